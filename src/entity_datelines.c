/* entity_datelines.c - the towns of a dateline.  Agency copy opens with the
 * places it was filed from and a dash ("Wien/Gumpoldskirchen – Der
 * Glücksspielkonzern ...", "Maria Enzersdorf/London – Der Transfer ..."),
 * and a headline may stand before it as a sentence of its own.  Every
 * part between the slashes is a town or a country by that convention,
 * however small and whatever its words look like: the gazetteers know
 * only the larger cities ("Eisenstadt", "Gumpoldskirchen" are missing),
 * and the tagger takes "Maria Enzersdorf" or "Indian Wells" for persons. */
#include "engine.h"
#include "entities.h"
#include "langpack.h"
#include "tokens.h"

/* True when the words [a, b) may be a place's name in a dateline: the
 * first capitalised, and no article, preposition or other word that opens
 * sentences rather than names among the capitalised ones (a headline set
 * off by a dash, "Wegen Irreführung der Verbraucher – ...", is none, nor
 * an English title, "The Mousetrap – The History"). */
static bool dateline_name(const nf_doc *doc, size_t a, size_t b) {
    if (b <= a || !(doc->tokens[a].flags & NF_TF_CAP) || nf_tok_is(doc, a, "the")) return false;
    for (size_t k = a; k < b; k++)
        if ((doc->tokens[k].flags & NF_TF_CAP) &&
            ((doc->tok_mask[k] & NF_TM_STOPWORD) ||
             nf_tok_get(doc, k, &doc->pack->sentence_starters)))
            return false;
    return true;
}

/* The listed place a dateline's town in capitals names in the lists'
 * case ("KIEW", "ROM", "WIEN": too short for the gazetteer's reading of
 * capitals, which takes "MAN" for no island), or -1. */
static int32_t capitals_place(nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || n < 3 || doc->tok_llen[k] != n) return -1;
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 'a' && w[i] <= 'z') return -1; /* (ASCII capitals only) */
    char name[64];
    size_t len = nf_tok_title_case(doc, k, name, sizeof name);
    return len ? nf_gz_place_named(doc, name, len) : -1;
}

/* The sentences of a text that may open with its dateline: the first, or
 * the second after a headline. */
#define DATELINE_SENTENCES 2

/* See entities.h. */
bool nf_dateline_places(nf_doc *doc, size_t sa, size_t sb) {
    bool own = doc->has_dateline && sa == doc->dateline.ta;
    if (!own && (doc->nsentences == 0 || doc->tok_sent[sa] >= DATELINE_SENTENCES ||
                 doc->sentences[doc->tok_sent[sa]].ta != sa))
        return true;
    size_t end = own ? doc->dateline.tb : nf_tok_dateline_end(doc, sa, sb);
    /* (a sentence follows a dateline, opening with a capital and with a
     * word in lower case: "13. Monatsgehalt - so wie es ..." is none, nor
     * a line-up's "Berger – Walch/Kuen, Dorn – Fink"; the document's own,
     * which segmentation found, is a segment of its own) */
    if (!own) {
        if (end < sa + 2 || end >= sb || (doc->tokens[end].flags & NF_TF_LOWER)) return true;
        size_t lower = end + 1;
        while (lower < sb && !(doc->tokens[lower].flags & NF_TF_LOWER)) lower++;
        if (lower == sb) return true;
    }
    /* the places: up to the dash, or in the document's own dateline up to
     * its date or agency ("Moskau, 12. März (dpa) –") */
    size_t dash = end - 1;
    for (size_t k = sa; own && k < dash; k++)
        if (nf_tok_is(doc, k, ",") || nf_tok_is(doc, k, "(")) dash = k;
    for (size_t a = sa; a < dash;) {
        size_t b = a;
        while (b < dash && !nf_tok_is(doc, b, "/")) b++;
        /* (the town's name ends at its region in parentheses: "Sunrise
         * (Florida) –", "Mistelbach (NÖ) –") */
        size_t c = a;
        while (c < b && !nf_tok_is(doc, c, "(")) c++;
        int32_t place = own && c == a + 1 ? capitals_place(doc, a) : -1;
        if (place >= 0 && !nf_mention_over(doc, a)) {
            if (!nf_mention_add(doc, a, c, place, NF_MK_NAME)) return false;
        } else if (dateline_name(doc, a, c) && !nf_name_as(doc, a, c, NF_ENT_GPE)) {
            return false;
        }
        a = b + 1;
    }
    return true;
}
