/* tokens.c - token texts for lexicon lookups. */
#include "tokens.h"

#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "error.h"
#include "langpack.h"
#include "numbers.h"

/* The token kinds whose masks nf_token_texts sets from the token index. */
static bool masked_kind(int kind) {
    return kind == NF_TOK_WORD || kind == NF_TOK_ABBREV || kind == NF_TOK_SYMBOL ||
           kind == NF_TOK_PUNCT;
}

/* Encodes every token twice (as written and lower-cased) into two arena
 * buffers that share their offsets. */
nf_status nf_token_texts(nf_doc *doc, nf_error *err) {
    const nf_text *t = &doc->text;
    size_t bytes = 1;
    for (size_t k = 0; k < doc->ntokens; k++)
        bytes += 4u * (doc->tokens[k].b - doc->tokens[k].a) + 1;
    doc->tok_text = nf_arena_alloc(&doc->arena, bytes);
    doc->tok_lower = nf_arena_alloc(&doc->arena, bytes);
    doc->tok_off = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_off);
    doc->tok_len = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_len);
    doc->tok_llen = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_llen);
    doc->tok_cased = nf_arena_calloc(&doc->arena, doc->ntokens + 1, 1);
    doc->tok_hash = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_hash);
    doc->tok_lhash = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_lhash);
    doc->tok_sent = nf_arena_calloc(&doc->arena, doc->ntokens + 1, sizeof *doc->tok_sent);
    doc->claimed = nf_arena_calloc(&doc->arena, doc->ntokens + 1, 1);
    doc->tok_mask = nf_arena_calloc(&doc->arena, doc->ntokens + 1, sizeof *doc->tok_mask);
    doc->class_memo = nf_arena_calloc(&doc->arena, doc->ntokens + 1, sizeof *doc->class_memo);
    doc->role_memo = nf_arena_calloc(&doc->arena, doc->ntokens + 1, sizeof *doc->role_memo);
    doc->person_memo = nf_arena_calloc(&doc->arena, doc->ntokens + 1, 1);
    doc->tok_numword = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *doc->tok_numword);
    if (!doc->tok_text || !doc->tok_lower || !doc->tok_off || !doc->tok_len || !doc->tok_llen ||
        !doc->tok_cased || !doc->tok_hash || !doc->tok_lhash || !doc->tok_sent || !doc->claimed ||
        !doc->tok_mask || !doc->class_memo || !doc->role_memo || !doc->person_memo ||
        !doc->tok_numword)
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for token texts");
    /* The hash of each lower-cased token's first whole characters within
     * three bytes (nf_prefix_len), for the prefix index below. */
    uint32_t *prefix_hash = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *prefix_hash);
    if (!prefix_hash) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for token texts");
    size_t off = 0;
    for (size_t k = 0; k < doc->ntokens; k++) {
        doc->tok_off[k] = (uint32_t)off;
        size_t lo = off, start = off;
        bool cased = false, nul = false;
        /* The lexicon hashes of both texts (nf_lexicon_hash) as they are
         * written: FNV-1a, byte by byte. */
        uint32_t th = NF_LEXICON_HASH_INIT, lh = NF_LEXICON_HASH_INIT, ph = lh;
        uint32_t i = doc->tokens[k].a;
#if defined(__SSE2__)
        /* A token of up to sixteen ASCII characters (most are): its code
         * points packed to bytes and lower-cased as one vector, stored with
         * the bytes after it (which the next token overwrites), and hashed
         * byte by byte as below. */
        size_t len = doc->tokens[k].b - i;
        if (len <= 16 && i + 16 <= t->n && off + 16 <= bytes) {
            const __m128i *src = (const __m128i *)(const void *)(t->cp + i);
            __m128i w = _mm_packus_epi16(
                _mm_packs_epi32(_mm_loadu_si128(src), _mm_loadu_si128(src + 1)),
                _mm_packs_epi32(_mm_loadu_si128(src + 2), _mm_loadu_si128(src + 3)));
            unsigned in = (unsigned)((1u << len) - 1u); /* the token's bytes */
            if (!((unsigned)_mm_movemask_epi8(w) & in)) {
                __m128i up = _mm_and_si128(_mm_cmpgt_epi8(w, _mm_set1_epi8('A' - 1)),
                                           _mm_cmplt_epi8(w, _mm_set1_epi8('Z' + 1)));
                __m128i low = _mm_add_epi8(w, _mm_and_si128(up, _mm_set1_epi8(32)));
                _mm_storeu_si128((__m128i *)(void *)(doc->tok_text + off), w);
                _mm_storeu_si128((__m128i *)(void *)(doc->tok_lower + off), low);
                cased = ((unsigned)_mm_movemask_epi8(up) & in) != 0;
                nul =
                    ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, _mm_setzero_si128())) & in) != 0;
                const unsigned char *x = (const unsigned char *)doc->tok_text + off;
                const unsigned char *y = (const unsigned char *)doc->tok_lower + off;
                for (size_t j = 0; j < len; j++) {
                    th = (th ^ x[j]) * 16777619u;
                    lh = (lh ^ y[j]) * 16777619u;
                    if (j < 3) ph = lh;
                }
                off += len, lo += len;
                i = doc->tokens[k].b; /* done: the loop below has nothing left */
            }
        }
#endif
        for (; i < doc->tokens[k].b; i++) {
            int32_t c = t->cp[i];
            if (c < 0x80) {
                uint32_t upper = (uint32_t)(c - 'A') < 26u;
                uint32_t lc = (uint32_t)c + (upper << 5);
                doc->tok_text[off] = (char)c;
                doc->tok_lower[lo] = (char)lc;
                th = (th ^ (uint32_t)c) * 16777619u;
                lh = (lh ^ lc) * 16777619u;
                cased |= upper;
                nul |= c == 0;
                off++, lo++;
            } else {
                int32_t lc = utf8proc_tolower(c);
                cased |= lc != c;
                size_t n = (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)doc->tok_text + off);
                size_t ln =
                    (size_t)utf8proc_encode_char(lc, (utf8proc_uint8_t *)doc->tok_lower + lo);
                th = nf_lexicon_hash_more(th, doc->tok_text + off, n);
                lh = nf_lexicon_hash_more(lh, doc->tok_lower + lo, ln);
                off += n, lo += ln;
            }
            if (lo - start <= 3) ph = lh;
        }
        prefix_hash[k] = ph;
        doc->tok_len[k] = (uint32_t)(off - start);
        doc->tok_llen[k] = (uint32_t)(lo - start);
        if (nul) {
            /* What strlen would give, and the hashes of that much. */
            doc->tok_len[k] = (uint32_t)strnlen(doc->tok_text + start, off - start);
            doc->tok_llen[k] = (uint32_t)strnlen(doc->tok_lower + start, lo - start);
            th = nf_lexicon_hash(doc->tok_text + start, doc->tok_len[k]);
            lh = nf_lexicon_hash(doc->tok_lower + start, doc->tok_llen[k]);
            prefix_hash[k] = nf_lexicon_hash(
                doc->tok_lower + start, nf_prefix_len(doc->tok_lower + start, doc->tok_llen[k]));
        }
        doc->tok_cased[k] = cased;
        doc->tok_hash[k] = th;
        doc->tok_lhash[k] = cased ? lh : th;
        /* Lower-casing never changes the length of the letters news uses;
         * where it would, keep the lower-cased text in step by padding. */
        while (lo < off) doc->tok_lower[lo++] = '\0';
        while (off < lo) doc->tok_text[off++] = '\0';
        doc->tok_text[off] = '\0';
        doc->tok_lower[off] = '\0';
        off++;
    }
    doc->tok_off[doc->ntokens] = (uint32_t)off;
    doc->tok_len[doc->ntokens] = doc->tok_llen[doc->ntokens] = 0;
    doc->tok_hash[doc->ntokens] = doc->tok_lhash[doc->ntokens] = NF_LEXICON_HASH_INIT;
    const nf_langpack *lp = doc->pack;
    for (size_t k = 0; k < doc->ntokens; k++) {
        int kind = doc->tokens[k].kind;
        if (!masked_kind(kind)) continue;
        const char *l = nf_tokl(doc, k);
        size_t n = doc->tok_llen[k];
        if (k + 8 < doc->ntokens) nf_lexicon_prefetch(&lp->token_index, doc->tok_lhash[k + 8]);
        if (k + 4 < doc->ntokens)
            nf_lexicon_prefetch_entry(&lp->token_index, doc->tok_lhash[k + 4]);
        const nf_lex_entry *e = nf_tokl_get(doc, k, &lp->token_index);
        unsigned mask = e ? (unsigned)e->num : 0;
        if (kind == NF_TOK_WORD && n >= 3) {
            /* The first whole characters within three bytes, as indexed. */
            const nf_lex_entry *x =
                nf_lexicon_find_hashed(&lp->prefix_index, l, nf_prefix_len(l, n), prefix_hash[k]);
            if (x) mask |= (unsigned)x->num;
        }
        /* (a subjunctive form by its ending: "propagiere") */
        if (kind == NF_TOK_WORD && !(mask & NF_TM_KONJ) && lp->nkonj_endings &&
            (doc->tokens[k].flags & NF_TF_LOWER) && nf_konj_ending(lp, l, n))
            mask |= NF_TM_KONJ;
        doc->tok_mask[k] = (uint32_t)mask;
    }
    /* Number words, read once for the times and amounts stages: only a word
     * that begins like one (the prefix index's bit) can be one. */
    for (size_t k = 0; k <= doc->ntokens; k++) {
        double v;
        doc->tok_numword[k] = NAN;
        if (k < doc->ntokens && doc->tokens[k].kind == NF_TOK_WORD &&
            (doc->tok_mask[k] & NF_TM_NUMWORD) &&
            nf_parse_number_word(lp, nf_tokl(doc, k), doc->tok_llen[k], &v))
            doc->tok_numword[k] = v;
    }
    for (size_t s = 0; s < doc->nsentences; s++)
        for (uint32_t k = doc->sentences[s].ta; k < doc->sentences[s].tb; k++)
            doc->tok_sent[k] = (uint32_t)s;
    return NF_OK;
}

/* Writes `w` (n bytes) with its first letter upper-cased into buf (cap
 * bytes); returns the length, or 0 when it does not fit or nothing
 * changes. */
static size_t capitalise(const char *w, size_t n, char *buf, size_t cap) {
    utf8proc_int32_t c;
    if (n && (unsigned char)w[0] < 0x80 && !(w[0] >= 'a' && w[0] <= 'z'))
        return 0; /* ASCII that is no lower-case letter stays as it is */
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)n, &c);
    if (l <= 0) return 0;
    utf8proc_int32_t u = utf8proc_toupper(c);
    if (u == c || n + 4 >= cap) return 0;
    size_t k = (size_t)utf8proc_encode_char(u, (utf8proc_uint8_t *)buf);
    memcpy(buf + k, w + l, n - (size_t)l + 1);
    return k + n - (size_t)l;
}

/* See tokens.h. */
size_t nf_tok_title_case(const nf_doc *doc, size_t k, char *out, size_t cap) {
    const char *w = nf_tok(doc, k), *l = nf_tokl(doc, k);
    size_t n = doc->tok_len[k], ln = doc->tok_llen[k];
    size_t first = 1; /* the first letter's bytes, as written */
    while (first < n && ((unsigned char)w[first] & 0xC0) == 0x80) first++;
    size_t lfirst = 1;
    while (lfirst < ln && ((unsigned char)l[lfirst] & 0xC0) == 0x80) lfirst++;
    if (lfirst > ln) return 0; /* no letter lower-cased (a NUL in the word) */
    size_t len = first + (ln - lfirst);
    if (len + 1 > cap) return 0;
    memcpy(out, w, first);
    memcpy(out + first, l + lfirst, ln - lfirst);
    return len;
}

/* Looks a token up as written, lower-cased, then capitalised (users write
 * "minuten" and "ostermontag"; lists hold nouns capitalised). */
const nf_lex_entry *nf_tok_find(const nf_doc *doc, size_t k, const nf_lexicon *lex) {
    /* The token index knows the lower-cased first words of the list's keys:
     * a token whose mask lacks the list's bit is none of its keys in any
     * of the three forms (masks are set for the kinds below only). */
    if (lex->tok_bit && k < doc->ntokens && !(doc->tok_mask[k] & lex->tok_bit) &&
        masked_kind(doc->tokens[k].kind))
        return NULL;
    const char *w = nf_tok(doc, k);
    size_t wl = doc->tok_len[k];
    const nf_lex_entry *e = nf_tok_get(doc, k, lex);
    if (e) return e;
    if (doc->tok_cased[k] && (e = nf_tokl_get(doc, k, lex)) != NULL) return e;
    char buf[128];
    size_t n = capitalise(w, wl, buf, sizeof buf);
    return n ? nf_lexicon_find(lex, buf, n) : NULL;
}

/* True when every byte of token k's lower-cased text counts as a letter or
 * digit the way the token index counts them (nf_index_alnum). */
static bool alnum_token(const nf_doc *doc, size_t k) {
    const unsigned char *w = (const unsigned char *)nf_tokl(doc, k);
    for (size_t i = 0, n = doc->tok_llen[k]; i < n; i++)
        if (!nf_index_alnum(w[i])) return false;
    return true;
}

/* False when no key of `lex` can begin at token k, as the token index
 * tells: it holds every key's lower-cased first word (up to a space) and
 * that word's leading letters and digits.  A phrase's first word is token
 * k alone when the next token is set apart by a space (or the phrase ends
 * at k); its leading letters and digits are token k when token k is all
 * letters and digits and the next token begins with something else.  In
 * other cases (or for lists without a filter bit) it may begin here. */
static bool phrase_may_start(const nf_doc *doc, size_t k, size_t end, size_t max_tokens,
                             const nf_lexicon *lex) {
    if (!lex->tok_bit || k >= doc->ntokens || (doc->tok_mask[k] & lex->tok_bit) ||
        !masked_kind(doc->tokens[k].kind))
        return true;
    if (k + 1 >= end || max_tokens < 2 || (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE))
        return false;
    unsigned char next = (unsigned char)nf_tokl(doc, k + 1)[0];
    return !(!nf_index_alnum(next) && alnum_token(doc, k));
}

/* Longest phrase match over following tokens. */
const nf_lex_entry *nf_tok_phrase(const nf_doc *doc, size_t k, size_t end, size_t max_tokens,
                                  const nf_lexicon *lex, bool lower, size_t *tb) {
    if (!phrase_may_start(doc, k, end, max_tokens, lex)) return NULL;
    char buf[256];
    size_t len = 0;
    const nf_lex_entry *best = NULL;
    if (!lower && k < end) {
        /* A lower-cased single word may stand for a capitalised entry. */
        char cap[128];
        size_t n = capitalise(nf_tok(doc, k), doc->tok_len[k], cap, sizeof cap);
        const nf_lex_entry *e = n ? nf_lexicon_find(lex, cap, n) : NULL;
        if (e) {
            best = e;
            *tb = k + 1;
        }
    }
    uint32_t h = NF_LEXICON_HASH_INIT; /* of buf, grown word by word */
    for (size_t j = k; j < end && j < k + max_tokens; j++) {
        const char *w = lower ? nf_tokl(doc, j) : nf_tok(doc, j);
        size_t n = lower ? doc->tok_llen[j] : doc->tok_len[j];
        bool space = j > k && (doc->tokens[j].flags & NF_TF_SPACE_BEFORE);
        if (len + n + 2 > sizeof buf || len + space + n > lex->max_key_len) break;
        if (space) buf[len++] = ' ';
        memcpy(buf + len, w, n);
        len += n;
        if (j == k)
            h = lower ? doc->tok_lhash[k] : doc->tok_hash[k];
        else
            h = nf_lexicon_hash_more(space ? nf_lexicon_hash_more(h, " ", 1) : h, w, n);
        const nf_lex_entry *e = nf_lexicon_find_hashed(lex, buf, len, h);
        if (e) {
            best = e;
            *tb = j + 1;
        }
    }
    return best;
}

/* Separable particles a joined zu-infinitive starts with ("zurückzuziehen"). */
static const char *const zu_particles[] = {
    "an",      "auf",     "aus",      "ab",       "ein",       "mit",    "vor",    "zurück",
    "zu",      "weg",     "her",      "hin",      "nach",      "bei",    "fest",   "frei",
    "los",     "dar",     "um",       "durch",    "über",      "unter",  "weiter", "voran",
    "voraus",  "vorbei",  "fort",     "heraus",   "herein",    "hinaus", "hinein", "herbei",
    "hervor",  "herum",   "zusammen", "entgegen", "gegenüber", "wieder", "nieder", "statt",
    "teil",    "bekannt", "sicher",   "bereit",   "kennen",    "offen",  "klar",   "zurecht",
    "dagegen", "entlang"};

/* See tokens.h. */
const nf_lex_entry *nf_tok_statement_noun(const nf_doc *doc, size_t k) {
    if (k >= doc->ntokens) return NULL;
    int kind = doc->tokens[k].kind;
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 5 || (kind != NF_TOK_WORD && kind != NF_TOK_ABBREV)) return NULL;
    const nf_langpack *lp = doc->pack;
    const nf_lex_entry *t = nf_lexicon_find(&lp->speech_act_tails, l + n - 3, 3);
    uint64_t lengths = t ? (uint64_t)t->num : 0;
    for (size_t i = 0; lengths && i + 5 <= n; i++)
        if (n - i < 64 && (lengths >> (n - i) & 1) && ((unsigned char)l[i] & 0xC0) != 0x80) {
            const nf_lex_entry *e = nf_lexicon_find(&lp->speech_acts, l + i, n - i);
            if (e) return e;
        }
    return NULL;
}

/* See tokens.h. */
bool nf_tok_is_statement_noun(const nf_doc *doc, size_t k) {
    const nf_lex_entry *e = nf_tok_statement_noun(doc, k);
    return e && nf_statement_noun_class(nf_lex_val(&doc->pack->speech_acts, e));
}

/* True when token k is a dash between words: an en or em dash, or a
 * hyphen with spaces around it ("Köln/Wien - Fast ..."). */
static bool spaced_dash(const nf_doc *doc, size_t k, size_t sb) {
    if (nf_tok_is(doc, k, "\xe2\x80\x93") || nf_tok_is(doc, k, "\xe2\x80\x94")) return true;
    return nf_tok_is(doc, k, "-") && (doc->tokens[k].flags & NF_TF_SPACE_BEFORE) && k + 1 < sb &&
           (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE);
}

/* The lower-case words inside a town's name ("Neusiedl am See", "Ried im
 * Innkreis", "Bruck an der Mur", "Frankfurt am Main"). */
static const char *const town_particles[] = {"am", "im", "an", "der", "bei", "ob", NULL};

/* See tokens.h: capitalised words, abbreviations ("St. Pölten"), the
 * particles inside a town's name ("Neusiedl am See") and slashes, a
 * region in parentheses at most, then a dash. */
size_t nf_tok_dateline_end(const nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa + 1; k + 1 < sb && k <= sa + 7; k++) {
        const nf_token *p = &doc->tokens[k - 1];
        bool word = (p->kind == NF_TOK_WORD || p->kind == NF_TOK_ABBREV) && (p->flags & NF_TF_CAP);
        /* (a particle: a short word in lower case, checked only then) */
        if (!word && k - 1 > sa && p->kind == NF_TOK_WORD && doc->tok_llen[k - 1] <= 3 &&
            ((doc->tokens[k].flags & NF_TF_CAP) || nf_tok_is(doc, k, "der")) &&
            nf_tok_in(doc, k - 1, town_particles) &&
            (!nf_tok_is(doc, k - 1, "der") || nf_tok_is(doc, k - 2, "an")))
            continue;
        /* (a town's region in parentheses before the dash: "Sunrise
         * (Florida) –", "Mistelbach (NÖ) –") */
        if (!word && k - 1 > sa && nf_tok_is(doc, k - 1, "(")) {
            size_t c = k;
            while (c < sb && c < k + 3 &&
                   (doc->tokens[c].kind == NF_TOK_WORD || doc->tokens[c].kind == NF_TOK_ABBREV) &&
                   (doc->tokens[c].flags & NF_TF_CAP))
                c++;
            return c > k && c + 1 < sb && nf_tok_is(doc, c, ")") && spaced_dash(doc, c + 1, sb)
                       ? c + 2
                       : sa;
        }
        if (!word && !(k - 1 > sa && nf_tok_is(doc, k - 1, "/"))) return sa;
        if (word && spaced_dash(doc, k, sb)) return k + 1;
    }
    return sa;
}

/* See tokens.h. */
bool nf_tok_possessive(const nf_doc *doc, size_t k) {
    static const char *const forms[] = {"sein",   "seine", "seinen", "seinem", "seiner",
                                        "seines", "ihr",   "ihre",   "ihren",  "ihrem",
                                        "ihrer",  "ihres", NULL};
    return nf_tok_in(doc, k, forms);
}

/* True for a word after "zu" or a joined zu-infinitive. */
bool nf_tok_zu_infinitive(const nf_doc *doc, size_t k) {
    if (k >= doc->ntokens) return false;
    int kind = doc->tokens[k].kind;
    if (kind != NF_TOK_WORD && kind != NF_TOK_ABBREV) return false;
    if (k > 0 && nf_tok_is(doc, k - 1, "zu")) return true;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    /* "-en", or "-rn" and "-ln" of verbs in -ern and -eln ("aufzufordern") */
    if (n < 6 || w[n - 1] != 'n' || !strchr("erl", w[n - 2])) return false;
    /* (most words hold no "zu" after a particle: no need to try them) */
    bool zu = false;
    for (size_t i = 2; i + 4 < n && !zu; i++) zu = w[i] == 'z' && w[i + 1] == 'u';
    if (!zu) return false;
    for (size_t i = 0; i < sizeof zu_particles / sizeof zu_particles[0]; i++) {
        size_t p = strlen(zu_particles[i]);
        if (n > p + 4 && memcmp(w, zu_particles[i], p) == 0 && w[p] == 'z' && w[p + 1] == 'u')
            return true;
    }
    return false;
}
