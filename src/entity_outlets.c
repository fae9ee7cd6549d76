/* entity_outlets.c - outlets and companies named by common nouns, and
 * outlets named after an outlet's noun.  "Stern", "Bild",
 * "Spiegel" and "Kurier" name magazines and papers, and also a star, a
 * picture, a mirror and a courier: "umrundet den Stern", "das Bild an der
 * Wand".  The gazetteer links the word wherever it stands; here a document
 * keeps that outlet only where some mention of it reads as one (a word
 * that credits it next to it, quotation marks, an outlet's noun before it,
 * "online" after it, the dative of whom someone spoke to), as a reader
 * decides once per text what the word means there; so for a company whose
 * name is a word ("Allianz", "Henkel", "Bayer"), kept where some mention
 * reads as the company's.  And a name no list
 * knows set off after an outlet's noun ("das britische Boulevard-Blatt
 * Sun", "das Nachrichtenportal Bivol") is that outlet: a medium of the
 * country an adjective before the noun gives. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "tokens.h"

/* True when token k is a word that credits a source (source-cues.txt:
 * "berichtet", "laut", "zufolge", "Bericht"). */
static bool credit_word(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_WORD &&
           nf_tok_find(doc, k, &doc->pack->source_cues) != NULL;
}

/* True when token k is an article or a contracted preposition before an
 * outlet's name ("der Spiegel", "dem Stern", "des Kurier"). */
static bool outlet_article(const nf_doc *doc, size_t k) {
    static const char *const articles[] = {"der", "die", "das", "dem", "den", "des", NULL};
    return nf_tok_in(doc, k, articles);
}

/* True when a word of sentence [sa, sb) before token k voices speech or
 * credits a source ("sagte", "schrieb", "laut"). */
static bool speech_before(const nf_doc *doc, size_t sa, size_t k) {
    for (size_t j = sa; j < k; j++)
        if (doc->tok_mask[j] & (NF_TM_SPEECH | NF_TM_SOURCE)) return true;
    return false;
}

/* True when the one-word name at token k of sentence [sa, sb) reads as
 * an outlet's: in quotation marks („Spiegel“), after an outlet's noun
 * ("Magazin Stern"), before "online" or a crediting word ("Spiegel
 * online", "der Stern berichtet", "Bild zufolge"), after one with or
 * without an article ("laut Stern", "berichtet der Spiegel", "einem
 * Bericht des Kurier", "zitiert der Kurier"), after "wie" and the article with a crediting word
 * to follow ("Wie der Stern am Montag berichtete"), as whom someone spoke
 * to ("gegenüber der Bild", "im Gespräch mit dem Stern", "sagte er dem
 * Spiegel.", "sagt er zum Kurier"), or where one wrote ("schrieb er im Spiegel"). */
static bool outlet_reading(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    static const char *const after[] = {"online", "tv", NULL}; /* (lower case: nf_tok_is) */
    if (k > sa && doc->tokens[k - 1].kind == NF_TOK_QUOTE) return true;
    size_t b = k > sa && outlet_article(doc, k - 1) ? k - 1 : k; /* the article, if any */
    if (b > sa && (doc->tokens[b - 1].flags & NF_TF_CAP) &&
        nf_outlet_word(doc, nf_tokl(doc, b - 1), doc->tok_llen[b - 1]))
        return true;
    if (k + 1 < sb && (nf_tok_in(doc, k + 1, after) || credit_word(doc, k + 1))) return true;
    if (b > sa && (credit_word(doc, b - 1) || (doc->tok_mask[b - 1] & NF_TM_SPEECH))) return true;
    /* "zum Kurier", "zur Bild": whom someone spoke to, if the sentence
     * voices speech */
    bool to = k > sa && (nf_tok_is(doc, k - 1, "zum") || nf_tok_is(doc, k - 1, "zur"));
    if (to && speech_before(doc, sa, k)) return true;
    if (b == k) return false;
    if (b > sa && nf_tok_is(doc, b - 1, "wie"))
        for (size_t j = k + 1; j < sb && j < k + 8; j++)
            if (credit_word(doc, j) || (doc->tok_mask[j] & NF_TM_SPEECH)) return true;
    bool dative = nf_tok_is(doc, k - 1, "dem") || nf_tok_is(doc, k - 1, "der");
    if (dative && b > sa && (nf_tok_is(doc, b - 1, "gegenüber") || nf_tok_is(doc, b - 1, "mit")))
        return true;
    bool clause_end = k + 1 >= sb || doc->tokens[k + 1].kind == NF_TOK_PUNCT;
    if (dative && clause_end && speech_before(doc, sa, k)) return true;
    /* "im Spiegel", "in der Bild" where the sentence voices or credits */
    bool in = nf_tok_is(doc, k - 1, "im") || (dative && b > sa && nf_tok_is(doc, b - 1, "in"));
    return in && speech_before(doc, sa, sb);
}

/* True when token k is a company's noun (roles.tsv "company": "Konzern",
 * "Versicherungskonzern") or ends in one ("Chemieriese" aside). */
static bool company_noun(const nf_doc *doc, size_t k) {
    static const char *const tails[] = {"konzern",    "versicherer", "unternehmen",
                                        "hersteller", "firma",       NULL};
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return false;
    bool org = false;
    const char *role = nf_role_at(doc, k, NULL, &org);
    if (role && org && nf_role_is(role, "company")) return true;
    return nf_tokl_ends_in(doc, k, tails, 0);
}

/* True for a company by its actor code (its sector BUS). */
static bool company(const nf_entity *e) {
    return nf_actor_sector(e->actor, "BUS");
}

/* True when the one-word name at token k of sentence [sa, sb) reads as a
 * company's: a company's noun before it ("der Versicherer Allianz", "des
 * Konsumgüterkonzerns Henkel"), its legal form after it ("Henkel AG"),
 * another company in the sentence ("Siemens, Bayer und Allianz"), or a word
 * of the markets in it ("die Allianz-Aktie", "Umsatz", "Börse"). */
static bool company_reading(const nf_doc *doc, int32_t self, size_t k, size_t sa, size_t sb) {
    static const char *const forms[] = {"ag", "se", "gmbh", "kgaa", "group", "holding", NULL};
    /* (words and the ends of compounds: "Allianz-Aktie", "Jahresumsatz") */
    static const char *const markets[] = {"aktie",  "aktien",      "aktionäre",    "aktionären",
                                          "börse",  "dax",         "dividende",    "umsatz",
                                          "gewinn", "bilanz",      "konzern",      "versicherer",
                                          "firma",  "unternehmen", "versicherung", NULL};
    size_t b = k > sa && outlet_article(doc, k - 1) ? k - 1 : k;
    if (b > sa && company_noun(doc, b - 1)) return true;
    if (k + 1 < sb && nf_tok_in(doc, k + 1, forms)) return true;
    for (size_t j = sa; j < sb; j++)
        if (doc->tokens[j].kind == NF_TOK_WORD && nf_tokl_ends_in(doc, j, markets, 0)) return true;
    /* (the mentions are not in order yet: all of them) */
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= sa && m->ta < sb && (int32_t)m->entity != self && m->kind == NF_MK_NAME &&
            company(&doc->entities[m->entity]))
            return true;
    }
    return false;
}

/* True when name mention m is one word that is an everyday noun as
 * written ("Stern", "Bild"; not "STERN"; lang/de/entities/noun-names.txt). */
static bool noun_name(const nf_doc *doc, const nf_mention *m) {
    return m->kind == NF_MK_NAME && m->tb == m->ta + 1 &&
           nf_tok_get(doc, m->ta, &doc->engine->gz.noun_names) != NULL;
}

/* See entities.h. */
void nf_noun_outlets(nf_doc *doc) {
    for (size_t e = 0; e < doc->nentities; e++) {
        const nf_entity *ent = &doc->entities[e];
        bool outlet = nf_outlet(ent);
        if (ent->type != NF_ENT_ORG || (!outlet && !company(ent))) continue;
        bool nouns = false, shown = false;
        for (size_t i = 0; i < doc->nmentions && !shown; i++) {
            const nf_mention *m = &doc->mentions[i];
            if (m->entity != e || m->kind != NF_MK_NAME) continue;
            if (!noun_name(doc, m)) {
                shown = true; /* a name of its own ("Die Zeit", "Bild-Zeitung") */
                break;
            }
            nouns = true;
            size_t s = doc->tok_sent[m->ta];
            nf_seg sent = doc->sentences[s];
            shown = outlet ? outlet_reading(doc, m->ta, sent.ta, sent.tb)
                           : company_reading(doc, (int32_t)e, m->ta, sent.ta, sent.tb);
        }
        if (!nouns || shown) continue;
        /* every mention goes: the names, and what took them up */
        size_t n = 0;
        for (size_t i = 0; i < doc->nmentions; i++)
            if (doc->mentions[i].entity != e) doc->mentions[n++] = doc->mentions[i];
        doc->nmentions = n;
    }
}

/* See entities.h. */
void nf_outlets_by_noun(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_ORG || e->role || e->canonical || m->ta == 0)
            continue;
        size_t n = m->ta - 1, sa = doc->sentences[doc->tok_sent[m->ta]].ta;
        if (n < sa || doc->tokens[n].kind != NF_TOK_WORD || !(doc->tokens[n].flags & NF_TF_CAP) ||
            !nf_outlet_word(doc, nf_tokl(doc, n), doc->tok_llen[n]))
            continue;
        e->role = "media";
        /* "das britische Boulevard-Blatt Sun": the outlet's country */
        const char *iso = n > sa ? nf_adjective_at(doc, n - 1) : NULL;
        if (iso && !e->country[0]) memcpy(e->country, iso, 3);
        if (e->country[0] && !e->actor) e->actor = nf_actor_code(doc, e->country, "MED");
    }
}

/* True when a word that credits a source stands right before the name
 * at [a, b) of sentence [sa, sb) ("laut", "gegenüber", a verb of saying;
 * "Bericht von"), or right after it ("berichtet", "zufolge"). */
static bool credited(const nf_doc *doc, size_t a, size_t b, size_t sa, size_t sb) {
    static const char *const von[] = {"von", "vom", NULL};
    if (b < sb && (credit_word(doc, b) || (doc->tok_mask[b] & NF_TM_SPEECH))) return true;
    if (a == sa) return false;
    if (credit_word(doc, a - 1) || (doc->tok_mask[a - 1] & (NF_TM_SPEECH | NF_TM_SOURCE)) ||
        nf_tok_is(doc, a - 1, "gegenüber"))
        return true;
    return a > sa + 1 && nf_tok_in(doc, a - 1, von) && credit_word(doc, a - 2);
}

/* See entities.h. */
bool nf_english_outlets_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        /* (the cheap test first: this runs over every word) */
        if (doc->tok_len[k] != 3 || memcmp(nf_tok(doc, k), "The", 3) != 0 ||
            nf_mention_over(doc, k))
            continue;
        size_t b = k + 1;
        while (b < sb && b < k + 5 && doc->tokens[b].kind == NF_TOK_WORD &&
               (doc->tokens[b].flags & NF_TF_CAP) && doc->tokens[b].a > doc->tokens[b - 1].b &&
               !nf_mention_over(doc, b))
            b++;
        if (b == k + 1 || !credited(doc, k, b, sa, sb)) continue;
        nf_entity e;
        memset(&e, 0, sizeof e);
        e.type = NF_ENT_ORG;
        e.role = "media";
        if (!(e.name = nf_tokens_text(doc, k, b))) return false;
        int32_t ent = nf_entity_add(doc, &e);
        if (ent < 0 || !nf_mention_add(doc, k, b, ent, NF_MK_NAME)) return false;
        k = b - 1;
    }
    return true;
}
