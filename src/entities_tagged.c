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
#include "tokens.h"

/* The lowest tagger confidence a name needs. */
#define TAGGED_MIN_SCORE 0.5f

/* The lowest confidence with which an organisation the tagger finds around
 * a place the gazetteer named ("Borussia Dortmund", "FC Bayern",
 * "Medizinische Hochschule Hannover") replaces that place. */
#define TAGGED_ORG_OVER_PLACE 0.5f

/* The same for a person's longer name around a person the rules named
 * without linking it ("Volkbert Keßler" around "Keßler"). */
#define TAGGED_WIDER_PERSON 0.5f

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

/* How often (log2) a word must have been seen as a common noun for a
 * person's name not to end in it. */
#define COMMON_NOUN_MIN_FREQ 2

/* Drops the capitalised function words a span begins with ("In
 * Deutschland", "Im Kreml"), and the common noun a person's name is
 * followed by ("Matthew Williams Liebeskummer"): the tagger takes a
 * neighbouring capitalised word into a name now and then. */
static void trim(const nf_doc *doc, const nf_ner_model *m, nf_ner_span *s) {
    while (s->tb - s->ta > 1 && nf_tok_find(doc, s->ta, &doc->pack->sentence_starters)) s->ta++;
    if (s->type == NF_ENT_PERSON && s->tb - s->ta > 2 &&
        nf_ner_common_noun(m, nf_tokl(doc, s->tb - 1), COMMON_NOUN_MIN_FREQ))
        s->tb--;
}

/* Makes a tagged "person" whose last word is the head of an organisation's
 * name ("Franzis Verlag", "Carlsen Comics", "Hansa Tonstudio") an
 * organisation: the tagger knows the first words as given names. */
static void retype(const nf_doc *doc, nf_ner_span *s) {
    bool compound;
    if (s->type == NF_ENT_PERSON && s->tb - s->ta > 1 && nf_org_head(doc, s->tb - 1, &compound))
        s->type = NF_ENT_ORG;
}

/* The index of the one mention overlapping tokens [ta, tb) when it lies
 * strictly inside them and is a name of an entity of one of the types in
 * `types` (a bit per NF_ENT_*) without a canonical label, or any label when
 * `linked_too`; -1 otherwise (none, several, or another kind). */
static long inner_name(const nf_doc *doc, size_t ta, size_t tb, unsigned types, bool linked_too) {
    long found = -1;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= tb) break;
        if (m->tb <= ta) continue;
        if (found >= 0 || m->ta < ta || m->tb > tb || m->tb - m->ta >= tb - ta ||
            m->kind != NF_MK_NAME)
            return -1;
        const nf_entity *e = &doc->entities[m->entity];
        if (!(types & (1u << e->type)) || (e->canonical && !linked_too)) return -1;
        found = (long)i;
    }
    return found;
}

/* True when entity `ent` has a mention other than mention `except`. */
static bool other_mentions(const nf_doc *doc, uint32_t ent, size_t except) {
    for (size_t i = 0; i < doc->nmentions; i++)
        if (i != except && doc->mentions[i].entity == ent) return true;
    return false;
}

/* Replaces mention `mi` with the name [ta, tb) of `type` around it.  The
 * entity keeps it when it is of that type ("Volkbert Keßler" for a person
 * known as "Keßler"); an entity of another type named only there becomes
 * the new one (so no entity is left without mentions); else the name is a
 * new entity.  Returns false when memory runs out. */
static bool widen(nf_doc *doc, size_t mi, size_t ta, size_t tb, uint8_t type) {
    uint32_t old = doc->mentions[mi].entity;
    bool same = doc->entities[old].type == type;
    bool reuse = same || !other_mentions(doc, old, mi);
    memmove(&doc->mentions[mi], &doc->mentions[mi + 1],
            (doc->nmentions - mi - 1) * sizeof *doc->mentions);
    doc->nmentions--;
    int32_t ent;
    if (reuse) {
        if (!same) {
            memset(&doc->entities[old], 0, sizeof doc->entities[old]);
            doc->entities[old].type = type;
        }
        ent = (int32_t)old;
    } else {
        ent = entity_of(doc, ta, tb, type);
    }
    return ent >= 0 && nf_mention_add(doc, ta, tb, ent, NF_MK_NAME);
}

/* The mention a confident tagged name should replace because it names a
 * part of it: a place inside an organisation ("Borussia Dortmund"), or an
 * unlinked person inside a longer person's name ("Volkbert Keßler"); -1
 * for none. */
static long replaced_mention(const nf_doc *doc, const nf_ner_span *s) {
    if (s->type == NF_ENT_ORG && s->score >= TAGGED_ORG_OVER_PLACE)
        return inner_name(doc, s->ta, s->tb, 1u << NF_ENT_GPE | 1u << NF_ENT_LOC, true);
    if (s->type == NF_ENT_PERSON && s->score >= TAGGED_WIDER_PERSON)
        return inner_name(doc, s->ta, s->tb, 1u << NF_ENT_PERSON, false);
    return -1;
}

/* Adds the names the tagger finds in sentence [sa, sb) that no mention
 * covers yet, and the organisations it finds around a place name.
 * Returns false when memory runs out. */
bool nf_entities_tagged(nf_doc *doc, size_t sa, size_t sb) {
    const nf_ner_model *m = doc->engine->ner;
    if (!m || sb <= sa) return true;
    nf_ner_span spans[64];
    size_t n = nf_ner_tag(m, doc, sa, sb, spans, 64);
    if (n > 64) n = 64;
    for (size_t i = 0; i < n; i++) {
        nf_ner_span *s = &spans[i];
        if (s->score < TAGGED_MIN_SCORE) continue;
        trim(doc, m, s);
        retype(doc, s);
        if (covered(doc, s->ta, s->tb)) {
            long mi = replaced_mention(doc, s);
            if (mi >= 0 && !widen(doc, (size_t)mi, s->ta, s->tb, s->type)) return false;
            continue;
        }
        int32_t ent = entity_of(doc, s->ta, s->tb, s->type);
        if (ent < 0 || !nf_mention_add(doc, s->ta, s->tb, ent, NF_MK_NAME)) return false;
    }
    return true;
}
