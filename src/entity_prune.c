/* entity_prune.c - drops the entities a record would list for nothing.
 *
 * The stages make an entity before they know whether a mention will hold
 * it: the government of a country an event names, an institution a
 * description might speak for.  Where no mention ended up in it and no
 * quote, source, amount or event points at it, the record would list an
 * entity a reader can find nowhere in the text ("Germany" with no
 * mentions).  This pass removes those and renumbers the rest, keeping
 * their order. */
#include <stdlib.h>

#include "entities.h"

/* The new index of entity e under `map` (-1 stays -1). */
static int32_t remap(const int32_t *map, int32_t e) {
    return e >= 0 ? map[e] : e;
}

/* See entities.h. */
bool nf_prune_entities(nf_doc *doc) {
    size_t n = doc->nentities;
    if (n == 0) return true;
    int32_t *map = calloc(n, sizeof *map); /* first 1 where used, then the new index */
    if (!map) return false;
    for (size_t i = 0; i < doc->nmentions; i++) map[doc->mentions[i].entity] = 1;
    for (size_t i = 0; i < doc->nquotes; i++)
        if (doc->quotes[i].speaker_entity >= 0) map[doc->quotes[i].speaker_entity] = 1;
    for (size_t i = 0; i < doc->nsources; i++)
        if (doc->sources[i].entity >= 0) map[doc->sources[i].entity] = 1;
    for (size_t i = 0; i < doc->namounts; i++) {
        const nf_amount *a = &doc->amounts[i];
        if (a->claimant >= 0) map[a->claimant] = 1;
        for (size_t k = 0; k < 4 && a->subjects[k] >= 0; k++) map[a->subjects[k]] = 1;
    }
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *v = &doc->events[i];
        if (v->source >= 0) map[v->source] = 1;
        if (v->target >= 0) map[v->target] = 1;
        if (v->location >= 0) map[v->location] = 1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (!map[i]) {
            map[i] = -1;
            continue;
        }
        doc->entities[kept] = doc->entities[i];
        map[i] = (int32_t)kept++;
    }
    if (kept < n) {
        doc->nentities = kept;
        for (size_t i = 0; i < doc->nmentions; i++)
            doc->mentions[i].entity = (uint32_t)map[doc->mentions[i].entity];
        for (size_t i = 0; i < doc->nquotes; i++)
            doc->quotes[i].speaker_entity = remap(map, doc->quotes[i].speaker_entity);
        for (size_t i = 0; i < doc->nsources; i++)
            doc->sources[i].entity = remap(map, doc->sources[i].entity);
        for (size_t i = 0; i < doc->namounts; i++) {
            nf_amount *a = &doc->amounts[i];
            a->claimant = remap(map, a->claimant);
            for (size_t k = 0; k < 4 && a->subjects[k] >= 0; k++)
                a->subjects[k] = remap(map, a->subjects[k]);
        }
        for (size_t i = 0; i < doc->nevents; i++) {
            nf_event *v = &doc->events[i];
            v->source = remap(map, v->source);
            v->target = remap(map, v->target);
            v->location = remap(map, v->location);
        }
    }
    free(map);
    return true;
}
