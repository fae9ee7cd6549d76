/* entity_codes.c - country codes in parentheses after athletes' names, as
 * sports results write them ("1. Ingemar Stenmark (SWE)", "Tobias Kamke
 * (GER)"): each is a name of the athlete's country, which becomes the
 * person's country.  The codes are ISO 3166-1 alpha-3 or the IOC's and
 * FIFA's codes that differ from it (lang/de/entities/sports-codes.tsv).
 * Parties write their acronyms the same way ("Evo Morales (MAS)", "Aung
 * San Suu Kyi (NLD)", "Peña Nieto (PRI)"), so the codes count only in a
 * text of sports (a word of lang/de/sports-words.txt). */
#include "engine.h"
#include "entities.h"
#include "langpack.h"
#include "tokens.h"

/* True when token k (of 1 .. ntokens - 2) may be a code: three capital
 * letters before punctuation (the cheap test every token takes). */
static inline bool code_like(const nf_doc *doc, size_t k) {
    if (doc->tokens[k + 1].kind != NF_TOK_PUNCT || doc->tok_len[k] != 3) return false;
    const char *w = nf_tok(doc, k);
    return (unsigned char)(w[0] - 'A') < 26 && (unsigned char)(w[1] - 'A') < 26 &&
           (unsigned char)(w[2] - 'A') < 26;
}

/* The ISO alpha-3 code (owned by the engine) that token k (a code_like
 * one), three capital letters between parentheses right after a person's
 * name, stands for as a country code; NULL otherwise.  A code the gazetteers know as a name (a
 * party's, say) or the gazetteers link to something else is none. */
static const char *country_code_at(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!nf_tok_is(doc, k - 1, "(") || !nf_tok_is(doc, k + 1, ")")) return NULL;
    const char *w = nf_tok(doc, k);
    size_t i = nf_mention_first_at(doc, k - 1);
    if (i == 0) return NULL;
    const nf_mention *m = &doc->mentions[i - 1];
    if (m->tb != k - 1 || m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_PERSON)
        return NULL;
    if (nf_tok_get(doc, k, &gz->names)) return NULL;
    const nf_lex_entry *e = nf_tok_get(doc, k, &gz->sports_codes);
    const char *iso = e ? nf_lex_val(&gz->sports_codes, e) : w;
    const nf_gz_entry *c = nf_gz_country(gz, iso);
    return c ? c->country : NULL;
}

/* True when the document is one of sports: a word of sports reporting
 * stands in it. */
static bool sports_text(const nf_doc *doc) {
    for (size_t k = 0; k < doc->ntokens; k++)
        if (doc->tok_mask[k] & NF_TM_SPORT) return true;
    return false;
}

/* Makes each country code after an athlete's name a name mention of the
 * country, and the country the person's where it has none (see the file
 * comment).  Returns false when memory runs out. */
bool nf_sports_country_codes(nf_doc *doc) {
    bool found = false;
    for (size_t k = 2; k + 1 < doc->ntokens && !found; k++)
        found = code_like(doc, k) && country_code_at(doc, k) != NULL;
    if (!found || !sports_text(doc)) return true;
    for (size_t k = 2; k + 1 < doc->ntokens; k++) {
        const char *iso = code_like(doc, k) ? country_code_at(doc, k) : NULL;
        if (!iso) continue;
        int32_t country = nf_country_entity(doc, iso);
        if (country < 0) continue;
        nf_entity *person =
            &doc->entities[doc->mentions[nf_mention_first_at(doc, k - 1) - 1].entity];
        if (!person->country[0]) memcpy(person->country, iso, 4);
        /* a mention the tagger made of the code (an organisation) is the
         * country's */
        size_t i = nf_mention_first_at(doc, k);
        if (i < doc->nmentions && doc->mentions[i].ta == k && doc->mentions[i].tb == k + 1) {
            if (!doc->entities[doc->mentions[i].entity].canonical)
                doc->mentions[i].entity = (uint32_t)country, doc->mentions[i].kind = NF_MK_NAME;
        } else if (!nf_mention_over(doc, k) &&
                   !nf_mention_add(doc, k, k + 1, country, NF_MK_NAME)) {
            return false;
        }
    }
    return true;
}
