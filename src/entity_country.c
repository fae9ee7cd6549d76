/* entity_country.c - the country of a person no gazetteer knows, from the
 * words around the first mention of the name: a nationality adjective in
 * the noun phrase before it ("der libanesische Informationsminister Ghasi
 * Aridi"), a country in that phrase ("Der Vorsitzende des Verbands in
 * Deutschland, Michael Knipper") or in an apposition after it ("Hashim
 * Thaçi, der Premierminister des Kosovos"), or the party in parentheses
 * after it ("Hannes Androsch (SPÖ)"); a government's office gives the
 * government's actor code with it. */
#include <string.h>

#include "entities.h"
#include "tokens.h"

#define NP_LOOKBACK 7  /* tokens the phrase before a name may span */
#define NP_LOOKAHEAD 8 /* tokens an apposition after a name may span */

/* True for a token that may stand inside the noun phrase before a name:
 * articles, the prepositions of genitive and place phrases, adjectives and
 * nouns. */
static bool np_word(const nf_doc *doc, size_t k) {
    static const char *const small[] = {"der", "die",  "das",   "dem",   "den",   "des",
                                        "ein", "eine", "einem", "einen", "einer", "eines",
                                        "in",  "im",   "aus",   "von",   "vom",   NULL};
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD) return false;
    if (t->flags & NF_TF_CAP) return true;
    const char *w = nf_tokl(doc, k);
    for (const char *const *p = small; *p; p++)
        if (nf_streq(w, *p)) return true;
    size_t n = strlen(w);
    /* inflected adjectives: "amtierende", "ehemaligen" */
    return n > 3 && (w[n - 1] == 'e' || strcmp(w + n - 2, "en") == 0 ||
                     strcmp(w + n - 2, "er") == 0 || strcmp(w + n - 2, "es") == 0);
}

/* The country of token k when it is a nationality adjective or the first
 * token of a place with a country; NULL otherwise.  *national tells an
 * adjective or a country's own name from a town's ("Kölns Präsident" is
 * no one of Germany's government).  Owned by the engine or the document. */
static const char *country_at(const nf_doc *doc, size_t k, bool *national) {
    const char *iso = nf_adjective_at(doc, k);
    *national = iso != NULL;
    if (iso) return iso;
    for (size_t i = nf_mention_first_at(doc, k); i < doc->nmentions && doc->mentions[i].ta == k;
         i++) {
        const nf_entity *e = &doc->entities[doc->mentions[i].entity];
        if (e->type == NF_ENT_GPE && e->country[0]) {
            *national = e->actor && strcmp(e->actor, e->country) == 0;
            return e->country;
        }
    }
    return NULL;
}

/* True when token k is a comma. */
static bool is_comma(const nf_doc *doc, size_t k) {
    return k < doc->ntokens && doc->tokens[k].kind == NF_TOK_PUNCT &&
           doc->text.cp[doc->tokens[k].a] == ',';
}

/* True when token k is in the name of a person. */
static bool in_persons_name(const nf_doc *doc, size_t k) {
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb <= k && m->ta + 16 < k) break; /* names are short */
        if (m->ta <= k && k < m->tb && m->kind == NF_MK_NAME &&
            doc->entities[m->entity].type == NF_ENT_PERSON)
            return true;
    }
    return false;
}

/* The country the phrase before a name at token ta gives, or NULL; the
 * phrase ends at another person's name ("mit dem griechischen
 * Staatspräsidenten Prokopis Pavlopoulos betonte Avramopoulos" makes only
 * Pavlopoulos Greek). */
static const char *country_before(const nf_doc *doc, size_t ta, bool *national) {
    size_t k = ta;
    if (k > 0 && is_comma(doc, k - 1)) k--; /* "…in Deutschland, Michael Knipper" */
    for (size_t n = 0; k > 0 && n < NP_LOOKBACK; n++, k--) {
        if (!np_word(doc, k - 1) || in_persons_name(doc, k - 1)) break;
        const char *iso = country_at(doc, k - 1, national);
        if (iso) return iso;
    }
    return NULL;
}

/* The country an apposition after a name ending at token tb gives
 * (", der Premierminister des Kosovos"), or NULL. */
static const char *country_after(const nf_doc *doc, size_t tb, bool *national) {
    if (!is_comma(doc, tb) || !(nf_tok_is(doc, tb + 1, "der") || nf_tok_is(doc, tb + 1, "die")))
        return NULL;
    for (size_t k = tb + 2; k < doc->ntokens && k < tb + NP_LOOKAHEAD && np_word(doc, k); k++) {
        const char *iso = country_at(doc, k, national);
        if (iso) return iso;
    }
    return NULL;
}

/* The organisation with a country named in parentheses right after a name
 * ending at token tb ("Hannes Androsch (SPÖ)": the SPÖ), or NULL; owned by
 * the document. */
static const nf_entity *affiliation_after(const nf_doc *doc, size_t tb) {
    if (!nf_tok_is(doc, tb, "(")) return NULL;
    for (size_t i = nf_mention_first_at(doc, tb + 1);
         i < doc->nmentions && doc->mentions[i].ta == tb + 1; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type == NF_ENT_ORG && e->country[0] && nf_tok_is(doc, m->tb, ")")) return e;
    }
    return NULL;
}

/* True when entity e is a political party (its actor code ends in PTY). */
static bool party(const nf_entity *e) {
    size_t n = e->actor ? strlen(e->actor) : 0;
    return n >= 3 && memcmp(e->actor + n - 3, "PTY", 3) == 0;
}

/* Gives each person without a country the one its first described name
 * mention shows (see the file comment). */
void nf_person_countries(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_PERSON || e->country[0]) continue;
        bool national = false;
        const char *iso = country_before(doc, m->ta, &national);
        if (!iso) iso = country_after(doc, m->tb, &national);
        const nf_entity *body = iso ? NULL : affiliation_after(doc, m->tb);
        if (body) iso = body->country, national = party(body);
        if (!iso) continue;
        memcpy(e->country, iso, 3);
        e->country[3] = '\0';
        /* an office of government makes its holder the government's where
         * the country says so itself or by a party ("Vizekanzler Werner
         * Kogler (Grüne)": AUTGOV; not "Kölns Präsident Wolfgang Overath",
         * a club's) */
        if (!e->actor && national && e->role && nf_government_role(e->role, nf_role_len(e->role)))
            e->actor = nf_actor_code(doc, e->country, "GOV");
    }
}
