/* tokens.h - token texts and small helpers the lexical stages share. */
#ifndef NF_TOKENS_H
#define NF_TOKENS_H

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "doc.h"
#include "langpack.h"
#include "lexicon.h"

/* Builds doc->tok_text, tok_lower, tok_off, tok_sent and claimed.
 * Returns NF_OK or NF_ERR_MEMORY. */
nf_status nf_token_texts(nf_doc *doc, nf_error *err);

/* The normalised text of token k (NUL-terminated, owned by the doc). */
static inline const char *nf_tok(const nf_doc *doc, size_t k) {
    return doc->tok_text + doc->tok_off[k];
}

/* The lower-cased text of token k. */
static inline const char *nf_tokl(const nf_doc *doc, size_t k) {
    return doc->tok_lower + doc->tok_off[k];
}

/* True when the strings are equal: their first bytes decide most
 * comparisons without a call of strcmp (word lists tested word by word). */
static inline bool nf_streq(const char *a, const char *b) {
    return a[0] == b[0] && strcmp(a, b) == 0;
}

/* A word ending and its length in bytes (NF_SFX("lich")). */
typedef struct nf_suffix {
    const char *s;
    size_t n;
} nf_suffix;
#define NF_SFX(x)                                                                                  \
    { x, sizeof x - 1 }

/* True when the n bytes at w end in one of the `count` endings, with at
 * least one byte before it. */
static inline bool nf_ends_in_one_of(const char *w, size_t n, const nf_suffix *ends, size_t count) {
    for (size_t i = 0; i < count; i++) {
        size_t m = ends[i].n;
        if (m < n && w[n - 1] == ends[i].s[m - 1] && memcmp(w + n - m, ends[i].s, m) == 0)
            return true;
    }
    return false;
}

/* True when tokens x and y have the same text as written (by the hashes
 * nf_token_texts computed, then the bytes). */
static inline bool nf_tok_same(const nf_doc *doc, size_t x, size_t y) {
    return doc->tok_hash[x] == doc->tok_hash[y] && doc->tok_len[x] == doc->tok_len[y] &&
           memcmp(nf_tok(doc, x), nf_tok(doc, y), doc->tok_len[x]) == 0;
}

/* True when a character of token k after its first is a lower-case letter
 * ("Die", "Müller"; not "DIE", "NASA", "O2"). */
static inline bool nf_tok_lower_after_first(const nf_doc *doc, size_t k) {
    for (uint32_t i = doc->tokens[k].a + 1; i < doc->tokens[k].b; i++)
        if (doc->text.cls[i] == NF_C_LOWER) return true;
    return false;
}

/* True when token k's lower-cased text is `w`: the first byte tells most
 * words apart, the length most others (strlen of a literal is free once
 * inlined). */
static inline bool nf_tok_is(const nf_doc *doc, size_t k, const char *w) {
    if (k >= doc->ntokens) return false;
    const char *l = nf_tokl(doc, k);
    if (l[0] != w[0]) return false;
    size_t n = strlen(w);
    return doc->tok_llen[k] == n && memcmp(l, w, n) == 0;
}

/* True when token k, as a finite verb, may be plural by its form: it ends
 * in "n" ("fordern", "sprachen", "haben") or is "sind"; singular forms end
 * otherwise ("fordert", "sprach", "hat", "ist"). */
static inline bool nf_tok_plural_verb(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_llen[k];
    return (n > 0 && nf_tokl(doc, k)[n - 1] == 'n') || nf_tok_is(doc, k, "sind");
}

/* True when token k, lower-cased, ends in one of the words of the
 * NULL-terminated `list` with at least `rest` bytes before it ("konzern"
 * in "pharmakonzern" with rest 0 or more; "ung" in "ung" only with 0). */
static inline bool nf_tokl_ends_in(const nf_doc *doc, size_t k, const char *const *list,
                                   size_t rest) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    for (const char *const *p = list; *p; p++) {
        size_t m = strlen(*p);
        if (n >= m + rest && memcmp(l + n - m, *p, m) == 0) return true;
    }
    return false;
}

/* True when token k, lower-cased, ends in a suffix of feminine nouns
 * ("-ung", "-heit", "-keit", "-schaft", "-tion", "-sion", "-tät") with at
 * least `rest` bytes before it: "Regierung", "Universität". */
static inline bool nf_tokl_feminine_ending(const nf_doc *doc, size_t k, size_t rest) {
    static const char *const endings[] = {"ung",  "heit", "keit", "schaft",
                                          "tion", "sion", "tät",  NULL};
    return nf_tokl_ends_in(doc, k, endings, rest);
}

/* True when token k, lower-cased, is one of the words of the
 * NULL-terminated `list`. */
static inline bool nf_tok_in(const nf_doc *doc, size_t k, const char *const *list) {
    for (const char *const *p = list; *p; p++)
        if (nf_tok_is(doc, k, *p)) return true;
    return false;
}

/* True when "von" or "vom" stands right before token k (not before token
 * sa), or before one word in lower case before it: k opens the first
 * figure of a change "von ... auf" ("von 114 auf 99 Euro", "von derzeit
 * 2000 auf 15.000 Soldaten"), where a year before "auf" would be a time. */
static inline bool nf_tok_after_von(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const von[] = {"von", "vom", NULL};
    return (k > sa && nf_tok_in(doc, k - 1, von)) ||
           (k > sa + 1 && nf_tok_in(doc, k - 2, von) && (doc->tokens[k - 1].flags & NF_TF_LOWER));
}

/* Looks token k's text as written up in `lex` (by the hash nf_token_texts
 * computed); the entry belongs to the lexicon. */
static inline const nf_lex_entry *nf_tok_get(const nf_doc *doc, size_t k, const nf_lexicon *lex) {
    return nf_lexicon_find_hashed(lex, nf_tok(doc, k), doc->tok_len[k], doc->tok_hash[k]);
}

/* The same for token k's lower-cased text. */
static inline const nf_lex_entry *nf_tokl_get(const nf_doc *doc, size_t k, const nf_lexicon *lex) {
    return nf_lexicon_find_hashed(lex, nf_tokl(doc, k), doc->tok_llen[k], doc->tok_lhash[k]);
}

/* The subjunctive the word at token k is a form of: 1 (Konjunktiv I:
 * "sei", "propagiere"), 2 (Konjunktiv II: "hätte"), or 0 for none
 * (konjunktiv.txt and its endings; "schiere\t0" there is none).  The
 * token's mask answers most words without a look-up. */
static inline int nf_konjunktiv_at(const nf_doc *doc, size_t k) {
    if (k >= doc->ntokens || !(doc->tok_mask[k] & NF_TM_KONJ)) return 0;
    const nf_lex_entry *e = nf_tokl_get(doc, k, &doc->pack->konjunktiv);
    return e ? (int)e->num : 1; /* (not listed: by its ending) */
}

/* Writes token k as a list writes a name the text has in capitals: its
 * first letter as written, the rest lower-cased ("MOSKAU" -> "Moskau",
 * "ÄGYPTEN" -> "Ägypten"), to `out` (cap bytes, not NUL-terminated).
 * Returns the bytes written, 0 when they and one more do not fit. */
size_t nf_tok_title_case(const nf_doc *doc, size_t k, char *out, size_t cap);

/* Looks token k up in `lex`: as written, then lower-cased. */
const nf_lex_entry *nf_tok_find(const nf_doc *doc, size_t k, const nf_lexicon *lex);

/* Finds the longest entry of `lex` that matches tokens starting at k (keys
 * are words joined by single spaces; tokens without space between them are
 * joined without one).  Looks at most `max_tokens` tokens and never past
 * `end`.  Returns the entry and sets *tb to the token after the match;
 * NULL when nothing matches.  `lower` compares lower-cased text. */
const nf_lex_entry *nf_tok_phrase(const nf_doc *doc, size_t k, size_t end, size_t max_tokens,
                                  const nf_lexicon *lex, bool lower, size_t *tb);

/* The entry of qualifiers.txt whose words open at token k ("etwa", "mehr
 * als", "bis zu"), looked at no further than token `end`, with *tb set to
 * the token after them; NULL when none does (the token's mask answers
 * most words without a look-up).  The entry is the language pack's. */
static inline const nf_lex_entry *nf_tok_qualifier(const nf_doc *doc, size_t k, size_t end,
                                                   size_t *tb) {
    return (doc->tok_mask[k] & NF_TM_QUAL)
               ? nf_tok_phrase(doc, k, end, 4, &doc->pack->qualifiers, true, tb)
               : NULL;
}

/* The noun of speech-act-nouns.txt that word token k is or ends in
 * ("Forderung", "Rücktrittsforderung"); only endings as long as some noun
 * with the same last three bytes are looked up (speech_act_tails).  NULL
 * when none; the entry is the language pack's. */
const nf_lex_entry *nf_tok_statement_noun(const nf_doc *doc, size_t k);

/* True when word token k is a noun of a statement or an opinion of
 * speech-act-nouns.txt ("n" or "o"), alone or ending a compound
 * ("Forderung", "Rücktrittsforderung", "Ansicht"; not a verb form of the
 * list, nor a compound the list says names no statement). */
bool nf_tok_is_statement_noun(const nf_doc *doc, size_t k);

/* Where a dateline the text runs into a sentence at [sa, sb) ends: up to
 * six capitalised words and slashes before a dash ("Washington – Kurz vor
 * dem Ende ...", "Colombo/Genf – Im Bürgerkrieg ...", "Köln/Wien - Fast
 * ..."), the last town's region in parentheses before it at most
 * ("Sunrise (Florida) – ..."), and the token after the dash; sa when the
 * sentence opens with none. */
size_t nf_tok_dateline_end(const nf_doc *doc, size_t sa, size_t sb);

/* True when token k is a possessive article of the third person ("sein",
 * "seine", "ihrem", "ihres": "seine Forderung", "ihrer Ansicht"). */
bool nf_tok_possessive(const nf_doc *doc, size_t k);

/* True when token k is a zu-infinitive: a word after "zu" ("zu
 * entsenden") or one with "zu" after its separable particle ("aufzugeben",
 * "zurückzuziehen"). */
bool nf_tok_zu_infinitive(const nf_doc *doc, size_t k);

/* Token k's value as a German number word ("drei", "zweiundzwanzig"),
 * read once by nf_token_texts: true with it in *v, false when the token is
 * no number word. */
static inline bool nf_tok_number_word(const nf_doc *doc, size_t k, double *v) {
    if (k >= doc->ntokens || isnan(doc->tok_numword[k])) return false;
    *v = doc->tok_numword[k];
    return true;
}

#endif
