/* entity_landmarks.c - places named by a place's adjective and a noun of
 * places: "die Kieler Bucht", "am Potsdamer Platz", "das Brandenburger
 * Tor", "der Kölner Dom", "im Ahltener Wald", "am Lehrter Bahnhof".  The
 * adjective in "-er" is a known city's or region's ("Kieler": Kiel) or a
 * word no list knows ("Ahltener"), and the noun is one of
 * lang/de/entities/landmark-nouns.txt; together they are one place's
 * name, which the tagger finds only now and then.  Where a word that
 * heads an organisation's name follows ("der Thüringer Wald Verlag"), the
 * two words are that name's, not a place's. */
#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "tokens.h"

#include <string.h>

/* True when the capitalised word at token k is a place's adjective in
 * "-er": a known city's or region's ("Potsdamer", "Brandenburger"), or,
 * not opening the sentence that begins at sa, a word no list knows as a
 * common noun, an everyday word, a given name or a person's noun
 * ("Ahltener", "Lehrter"; not "Bürger", "Neuer"). */
static bool place_adjective_er(const nf_doc *doc, size_t k, size_t sa) {
    const nf_token *t = &doc->tokens[k];
    size_t n = doc->tok_llen[k];
    const char *w = nf_tokl(doc, k);
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || n < 5 || w[n - 2] != 'e' ||
        w[n - 1] != 'r')
        return false;
    if (nf_place_adjective_at(doc, k)) return true;
    const nf_gazetteer *gz = &doc->engine->gz;
    return k > sa && !nf_tok_get(doc, k, &gz->common_nouns) && !nf_tok_get(doc, k, &gz->given) &&
           !nf_ner_lower_word(doc->engine->ner, w) && !nf_ner_common_noun(doc->engine->ner, w, 0) &&
           !nf_person_noun_at(doc, k);
}

/* The value landmark-nouns.txt gives the capitalised word at token k:
 * "" for a noun of places, "paper" for a newspaper's title; NULL for
 * other words. */
static const char *landmark_noun(const nf_doc *doc, size_t k) {
    const nf_lexicon *nouns = &doc->engine->gz.landmark_nouns;
    if (!(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    const nf_lex_entry *e = nf_tokl_get(doc, k, nouns);
    return e ? nf_lex_val(nouns, e) : NULL;
}

/* See entities.h. */
bool nf_papers_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        /* (the cheap test first: this runs over every word) */
        if (!(doc->tokens[k].flags & NF_TF_CAP) || !(doc->tokens[k + 1].flags & NF_TF_CAP))
            continue;
        /* ("Dresdner Neueste Nachrichten") */
        size_t h =
            k + 2 < sb && (nf_tok_is(doc, k + 1, "neueste") || nf_tok_is(doc, k + 1, "neuesten"))
                ? k + 2
                : k + 1;
        const char *v = landmark_noun(doc, h);
        const char *iso = v && strcmp(v, "paper") == 0 ? nf_title_place_at(doc, k) : NULL;
        if (!iso || nf_mention_over(doc, k)) continue;
        /* (the title's word alone may name another paper, which yields:
         * "dem Berliner Kurier" is not Vienna's "Kurier") */
        if (nf_mention_over(doc, h)) {
            size_t i = nf_mention_first_at(doc, h);
            if (i >= doc->nmentions || doc->mentions[i].ta != h || doc->mentions[i].tb != h + 1 ||
                doc->entities[doc->mentions[i].entity].type != NF_ENT_ORG)
                continue;
            nf_mentions_drop_inside(doc, h, h + 1);
        }
        int32_t ent = nf_paper_entity(doc, k, h + 1, iso);
        if (ent < 0 || !nf_mention_add(doc, k, h + 1, ent, NF_MK_NAME)) return false;
        k = h;
    }
    return true;
}

/* True when token k is a capitalised word set off by a space that may be
 * a name: a mention holds it, or no list or lexicon knows it as a word of
 * the language ("Schiphol"). */
static bool name_word_at(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || !(t->flags & NF_TF_SPACE_BEFORE))
        return false;
    if (nf_mention_over(doc, k)) return true;
    const char *w = nf_tokl(doc, k);
    return !nf_tok_get(doc, k, &doc->engine->gz.common_nouns) &&
           !nf_ner_common_word(doc->engine->ner, w) && !nf_tok_find(doc, k, &doc->pack->stopwords);
}

/* See entities.h. */
bool nf_landmarks_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        size_t h = k + 1;
        const char *v = landmark_noun(doc, h);
        if (!v || *v || !place_adjective_er(doc, k, sa) || nf_mention_over(doc, k) ||
            nf_mention_over(doc, h))
            continue;
        bool compound;
        if (h + 1 < sb && (nf_org_head(doc, h + 1, &compound) || nf_legal_form(doc, h + 1)))
            continue;
        /* (nor before a name, which they describe: "zum Amsterdamer
         * Flughafen Schiphol") */
        if (h + 1 < sb && name_word_at(doc, h + 1)) continue;
        /* (no country: a place of no state's, which acts in no event, as
         * "den Umbau des Stuttgarter Bahnhofs" does not) */
        int32_t ent = nf_entity_of(doc, k, h + 1, NF_ENT_LOC);
        if (ent < 0 || !nf_mention_add(doc, k, h + 1, ent, NF_MK_NAME)) return false;
        k = h;
    }
    return true;
}

/* See entities.h. */
bool nf_place_institutions_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    static const char *const goes_on[] = {"für", "der", "des", "zur", "zum", "am", "an", NULL};
    static const char *const fused[] = {"im",   "am",  "vom",  "zum", "zur",
                                        "beim", "ins", "aufs", "ans", NULL};
    for (size_t k = sa; k + 1 < sb; k++) {
        size_t h = k + 1;
        const nf_token *t = &doc->tokens[k];
        /* (the cheap tests first: this runs over every word) */
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || doc->tok_llen[k] < 5 ||
            memcmp(nf_tokl(doc, k) + doc->tok_llen[k] - 2, "er", 2) != 0 ||
            !(doc->tokens[h].flags & NF_TF_CAP))
            continue;
        bool compound;
        const char *iso;
        if (!nf_org_head(doc, h, &compound) || nf_role_at(doc, h, NULL, NULL) ||
            (k > sa && nf_indefinite_article(doc, k - 1)) || nf_mention_over(doc, k) ||
            nf_mention_over(doc, h) || !(iso = nf_place_adjective_at(doc, k)))
            continue;
        /* (a name that goes on: "das Wiener Institut für Hochenergiephysik",
         * "die Berliner Universität der Künste"; a centre's noun names a
         * place as often: "im Herzen des Frankfurter Finanzzentrums") */
        if (h + 1 < sb &&
            (nf_tok_in(doc, h + 1, goes_on) ||
             (doc->tokens[h + 1].kind == NF_TOK_WORD && (doc->tokens[h + 1].flags & NF_TF_CAP) &&
              !nf_mention_over(doc, h + 1))))
            continue;
        const char *hw = nf_tokl(doc, h);
        size_t hn = doc->tok_llen[h];
        if ((hn >= 7 && memcmp(hw + hn - 7, "zentrum", 7) == 0) ||
            (hn >= 8 && memcmp(hw + hn - 8, "zentrums", 8) == 0) ||
            (hn >= 8 && memcmp(hw + hn - 8, "zentrale", 8) == 0))
            continue;
        /* (an adjective before it makes a description: "der zweite
         * Londoner Club") */
        if (k > sa && (doc->tokens[k - 1].flags & NF_TF_LOWER) &&
            !nf_article_or_determiner(doc, k - 1) && !nf_tok_in(doc, k - 1, fused))
            continue;
        int32_t ent = nf_entity_of(doc, k, h + 1, NF_ENT_ORG);
        if (ent < 0 || !nf_mention_add(doc, k, h + 1, ent, NF_MK_NAME)) return false;
        nf_entity *e = &doc->entities[ent];
        if (!e->country[0] && !e->canonical) memcpy(e->country, iso, 3);
        k = h;
    }
    return true;
}
