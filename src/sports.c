/* sports.c - how surely a sentence reports a game (lang/de/sports-words.txt):
 * the events stage codes no political act there, and the quotes stage
 * reads no speech act into a game's words ("verteidigt ihren Platz"). */
#include "sports.h"

#include <string.h>

#include "langpack.h"
#include "tokens.h"

/* See sports.h. */
size_t nf_sports_level(const nf_doc *doc, size_t sa, size_t sb) {
    const nf_lexicon *lex = &doc->pack->sports_words;
    size_t weak = 0;
    for (size_t k = sa; k < sb; k++) {
        /* a goal's minute in parentheses: "Julian Brandt (54.) ... trafen",
         * "Rosen (52./SH)", "Doppeltorschütze (3., 66.)" */
        if (doc->tokens[k].kind == NF_TOK_NUMBER && doc->tok_len[k] <= 3 && k > sa && k + 2 < sb &&
            nf_tok_is(doc, k - 1, "(") && nf_tok_is(doc, k + 1, ".") &&
            (nf_tok_is(doc, k + 2, ")") || nf_tok_is(doc, k + 2, "/") ||
             nf_tok_is(doc, k + 2, ",")))
            return 2;
        const nf_lex_entry *e = NULL;
        if (doc->tok_mask[k] & NF_TM_SPORT) {
            e = nf_tok_find(doc, k, lex);
        } else if (doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP) &&
                   doc->tok_len[k] > 6) {
            /* the last part of a hyphenated compound: "Achtelfinal-Rückspiel"
             * (a noun, so capitalised; memchr finds the first hyphen fast) */
            const char *w = nf_tok(doc, k), *h = memchr(w, '-', doc->tok_len[k]);
            if (h) {
                const char *end = w + doc->tok_len[k], *last = h;
                for (const char *p = h + 1; p < end; p++)
                    if (*p == '-') last = p;
                if (last + 1 < end) e = nf_lexicon_find(lex, last + 1, (size_t)(end - last - 1));
            }
        }
        if (!e) continue;
        const char *kind = nf_lex_val(lex, e);
        if (kind[0] == 'g') continue; /* "game": a trigger word */
        if (strcmp(kind, "strong") == 0 || ++weak == 2) return 2;
    }
    return weak;
}
