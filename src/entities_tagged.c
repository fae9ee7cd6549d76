/* entities_tagged.c - names the learned tagger (ner.c) finds where the
 * gazetteers and rules of entities.c found nothing: persons, organisations
 * and places no list knows ("Michael Knipper", "Bauhauptverband Nord",
 * "Sankt Pölten").  A tagged name never overrides a mention the rules made;
 * it joins an entity of the same type and name, a person's surname joins
 * the person named before, and everything else becomes a new entity without
 * canonical label or actor code (a name the lists do not know cannot be
 * linked). */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"

/* The lowest tagger confidence a name needs. */
#define TAGGED_MIN_SCORE 0.5f

/* True when a mention of any kind overlaps tokens [ta, tb). */
static bool covered(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= tb) break;
        if (m->tb > ta) return true;
    }
    return false;
}

/* The entity a tagged name of `type` belongs to: one of the same type and
 * name, or for a one-word person name the person whose name ends in it;
 * a new entity otherwise.  Returns -1 when memory runs out. */
static int32_t entity_of(nf_doc *doc, size_t ta, size_t tb, uint8_t type) {
    const char *name = nf_tokens_text(doc, ta, tb);
    if (!name) return -1;
    size_t n = strlen(name);
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != type || !e->name) continue;
        if (strcmp(e->name, name) == 0) return (int32_t)i;
        if (type == NF_ENT_PERSON && tb == ta + 1 && nf_last_word_is(e->name, name, n))
            return (int32_t)i;
    }
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = type;
    return nf_entity_add(doc, &e);
}

/* Adds the names the tagger finds in sentence [sa, sb) that no mention
 * covers yet.  Returns false when memory runs out. */
bool nf_entities_tagged(nf_doc *doc, size_t sa, size_t sb) {
    const nf_ner_model *m = doc->engine->ner;
    if (!m || sb <= sa) return true;
    nf_ner_span spans[64];
    size_t n = nf_ner_tag(m, doc, sa, sb, spans, 64);
    if (n > 64) n = 64;
    for (size_t i = 0; i < n; i++) {
        const nf_ner_span *s = &spans[i];
        if (s->score < TAGGED_MIN_SCORE || covered(doc, s->ta, s->tb)) continue;
        int32_t ent = entity_of(doc, s->ta, s->tb, s->type);
        if (ent < 0 || !nf_mention_add(doc, s->ta, s->tb, ent, NF_MK_NAME)) return false;
    }
    return true;
}
