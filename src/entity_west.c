/* entity_west.c - "the West" as an actor: "Der Westen verhängte Sanktionen",
 * "Putin kritisierte den Westen", "westliche Staaten", "westliche
 * Regierungen", "die Westmächte".  CAMEO codes the West as a region, WST
 * (WSTGOV for its governments, WSTMIL for its forces); GDELT and the
 * PETRARCH coders read it as an actor like a country.  The compass word is
 * the West only as a noun phrase of its own: with an article, after no
 * preposition of place or direction ("im Westen", "in den Westen", "aus
 * dem Westen") and before no genitive or other compass word ("der Westen
 * des Landes", "der Westen und Norden"). */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "tokens.h"

/* The label every mention of the West is linked to. */
#define WEST_LABEL "Western world"

/* True when token k is a preposition after which "den/dem Westen" is a
 * direction or a region ("in den Westen", "aus dem Westen", "nach dem
 * Westen"; lower-cased, as nf_tok_in compares). */
static bool place_preposition(const nf_doc *doc, size_t k) {
    static const char *const preps[] = {"in",    "im",   "aus", "nach", "von",
                                        "vom",   "zum",  "gen", "bis",  "richtung",
                                        "durch", "über", "an",  "am",   NULL};
    return nf_tok_in(doc, k, preps);
}

/* True when the words after a compass noun ending before token k make it
 * a part of somewhere ("der Westen des Landes", "der Westen der USA", "der
 * Westen Deutschlands", "der Westen von Paris", "der Westen und
 * Norden"). */
static bool region_follows(const nf_doc *doc, size_t k) {
    static const char *const of[] = {"des", "der", "von", "vom", NULL};
    static const char *const and_or[] = {"und", "oder", "sowie", NULL};
    static const char *const compass[] = {"norden",   "osten",      "süden",     "nordosten",
                                          "südosten", "nordwesten", "südwesten", NULL};
    if (k >= doc->ntokens) return false;
    if (nf_tok_in(doc, k, of) || nf_genitive_place_at(doc, k)) return true; /* "Deutschlands" */
    return nf_tok_in(doc, k, and_or) && k + 1 < doc->ntokens && nf_tok_in(doc, k + 1, compass);
}

/* True when the compass noun "Westen"/"Westens" at token w is the West
 * as a phrase of its own: "der/den/dem/des [adjective] Westen(s)". */
static bool the_west_at(const nf_doc *doc, size_t w) {
    static const char *const articles[] = {"der", "den", "dem", "des", NULL};
    /* one of the adjectives the West as a bloc takes between ("der
     * kollektive Westen", "den gesamten Westen"); any other makes it a
     * region ("den englischen Westen", "den wilden Westen") */
    static const char *const bloc[] = {
        "kollektive",    "kollektiven",    "gesamte",     "gesamten",
        "ganze",         "ganzen",         "freie",       "freien",
        "liberale",      "liberalen",      "reiche",      "reichen",
        "demokratische", "demokratischen", "christliche", "christlichen",
        "sogenannte",    "sogenannten",    NULL};
    if (!(doc->tokens[w].flags & NF_TF_CAP) || w == 0) return false;
    size_t k = w - 1; /* the article */
    if ((doc->tokens[k].flags & NF_TF_LOWER) && nf_tok_in(doc, k, bloc) && k > 0) k--;
    if (!nf_tok_in(doc, k, articles)) return false;
    return !(k > 0 && place_preposition(doc, k - 1)) && !region_follows(doc, w + 1);
}

/* The sector of a group of western states a plural noun names ("westliche
 * Regierungen": GOV), "" for the states themselves, NULL when the noun
 * names no such group. */
static const char *western_group(const nf_doc *doc, size_t k) {
    static const struct {
        const char *noun, *sector;
    } groups[] = {{"staaten", ""},          {"länder", ""},
                  {"ländern", ""},          {"mächte", ""},
                  {"mächten", ""},          {"demokratien", ""},
                  {"industrieländer", ""},  {"industrieländern", ""},
                  {"industriestaaten", ""}, {"industrienationen", ""},
                  {"partner", ""},          {"partnern", ""},
                  {"verbündete", ""},       {"verbündeten", ""},
                  {"regierungen", "GOV"},   {"diplomaten", "GOV"},
                  {"außenminister", "GOV"}, {"minister", "GOV"},
                  {"geheimdienste", "SPY"}, {"geheimdiensten", "SPY"},
                  {"truppen", "MIL"},       {"streitkräfte", "MIL"},
                  {"streitkräften", "MIL"}};
    if (k >= doc->ntokens || !(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    const char *l = nf_tokl(doc, k);
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (strcmp(l, groups[i].noun) == 0) return groups[i].sector;
    return NULL;
}

/* The end of "westliche Staaten", "westlichen Regierungen" (the adjective
 * at token k, in a plural ending), or 0; the group's sector in *sector. */
static size_t western_group_at(const nf_doc *doc, size_t k, const char **sector) {
    static const char *const adjectives[] = {"westliche", "westlichen", "westlicher", NULL};
    if (!nf_tok_in(doc, k, adjectives)) return 0;
    *sector = western_group(doc, k + 1);
    return *sector ? k + 2 : 0;
}

/* The entity of the West with `sector` ("" for the West itself): one per
 * sector and document, made on first use; -1 when memory runs out. */
static int32_t west_entity(nf_doc *doc, const char *sector, size_t ta, size_t tb) {
    const char *actor = nf_actor_code(doc, "WST", sector);
    if (!actor) return -1;
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->actor && strcmp(e->actor, actor) == 0 && e->canonical &&
            strcmp(e->canonical, WEST_LABEL) == 0)
            return (int32_t)i;
    }
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = sector[0] ? NF_ENT_ORG : NF_ENT_GPE;
    e.canonical = WEST_LABEL;
    e.actor = actor;
    e.name = nf_tokens_text(doc, ta, tb);
    if (!e.name) return -1;
    return nf_entity_add(doc, &e);
}

/* True when no mention covers a token of [ta, tb). */
static bool uncovered(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t k = ta; k < tb; k++)
        if (nf_mention_over(doc, k) || doc->claimed[k]) return false;
    return true;
}

/* See entities.h.  Only words that begin with "west" are looked at. */
bool nf_the_west(nf_doc *doc) {
    for (size_t k = 0; k < doc->ntokens; k++) {
        const nf_token *t = &doc->tokens[k];
        const char *l = nf_tokl(doc, k);
        if (t->kind != NF_TOK_WORD || l[0] != 'w' || strncmp(l, "west", 4) != 0) continue;
        const char *sector = "";
        size_t from = k, e = 0;
        int kind = NF_MK_NOMINAL;
        if ((nf_tok_is(doc, k, "westen") || nf_tok_is(doc, k, "westens")) && the_west_at(doc, k))
            e = k + 1, kind = NF_MK_NAME;
        else if ((t->flags & NF_TF_CAP) &&
                 (nf_tok_is(doc, k, "westmächte") || nf_tok_is(doc, k, "westmächten")))
            e = k + 1;
        else
            e = western_group_at(doc, k, &sector);
        if (!e || !uncovered(doc, from, e)) continue;
        int32_t ent = west_entity(doc, sector, from, e);
        if (ent < 0 || !nf_mention_add(doc, from, e, ent, kind)) return false;
        k = e - 1;
    }
    return true;
}
