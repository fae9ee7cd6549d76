/* segment.c - German-aware paragraphs, tokens and sentences.
 *
 * The order of work: paragraphs from the line structure; raw tokens per
 * paragraph; a pass that decides which periods belong to the word before
 * them (abbreviations, ordinals, numeric dates); quotation-mark pairing
 * (quotemarks.c); a dateline at the start; then sentence boundaries, which
 * may look at all of these.  Work per token is bounded: lookups are hashes
 * of the token text, and no pass backtracks. */
#include "segment.h"

#include <string.h>

#include "error.h"

/* A growable token array inside the arena-free world of one call. */
typedef struct tokvec {
    nf_token *v;
    size_t n, cap;
} tokvec;

/* ---- helpers on the normalised text -------------------------------------- */

/* Code point at i, or 0 past the end. */
static int32_t cp_at(const nf_text *t, size_t i) {
    return i < t->n ? t->cp[i] : 0;
}

/* Class at i, or NF_C_NEWLINE past the end (the end separates like a line). */
static int cls_at(const nf_text *t, size_t i) {
    return i < t->n ? t->cls[i] : NF_C_NEWLINE;
}

/* Case-insensitive ASCII prefix test at i. */
static bool starts_with_ci(const nf_text *t, size_t i, const char *s) {
    for (size_t k = 0; s[k]; k++) {
        int32_t c = cp_at(t, i + k);
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != s[k]) return false;
    }
    return true;
}

/* True for characters that may appear inside a URL. */
static bool url_char(const nf_text *t, size_t i) {
    int c = cls_at(t, i);
    return !(nf_cls_space(c) || c == NF_C_QUOTE || c == NF_C_OTHER);
}

/* Characters that end a URL rather than belong to it when they come last. */
static bool url_trailer(int32_t c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}' || c == '\'' || c == '"';
}

/* Length of a URL starting at i, or 0. */
static size_t scan_url(const nf_text *t, size_t i) {
    if (!(starts_with_ci(t, i, "http://") || starts_with_ci(t, i, "https://") ||
          starts_with_ci(t, i, "ftp://") || starts_with_ci(t, i, "www.")))
        return 0;
    size_t j = i;
    int parens = 0;
    while (j < t->n && url_char(t, j)) {
        if (t->cp[j] == '(') parens++;
        if (t->cp[j] == ')') parens--;
        j++;
    }
    /* Give back trailing punctuation, keeping a ")" that closes a "(". */
    while (j > i && url_trailer(t->cp[j - 1])) {
        if (t->cp[j - 1] == ')' && parens >= 0) break;
        if (t->cp[j - 1] == ')') parens++;
        j--;
    }
    return j - i;
}

/* Characters of an e-mail address's local part. */
static bool email_local(const nf_text *t, size_t i) {
    int c = cls_at(t, i);
    int32_t ch = cp_at(t, i);
    return c == NF_C_UPPER || c == NF_C_LOWER || c == NF_C_DIGIT || ch == '.' || ch == '_' ||
           ch == '+' || ch == '-' || ch == '%';
}

/* Length of an e-mail address starting at i (local@domain.tld), or 0. */
static size_t scan_email(const nf_text *t, size_t i) {
    size_t j = i;
    while (j < t->n && email_local(t, j)) j++;
    if (j == i || cp_at(t, j) != '@') return 0;
    size_t d = j + 1, last_dot = 0;
    while (d < t->n) {
        int c = cls_at(t, d);
        int32_t ch = cp_at(t, d);
        if (c == NF_C_UPPER || c == NF_C_LOWER || c == NF_C_DIGIT || ch == '-') {
            d++;
        } else if (ch == '.' && d + 1 < t->n && nf_cls_alnum(cls_at(t, d + 1))) {
            last_dot = d++;
        } else {
            break;
        }
    }
    if (!last_dot || d - last_dot < 3) return 0; /* needs a TLD of two letters or more */
    return d - i;
}

/* True for an apostrophe inside a word: "geht's", "O’Brien", and the marks
 * typed for one ("L′Aquila" with a prime, "geht´s" with an accent). */
static bool apostrophe(int32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2032 || c == 0x00B4;
}

/* Length of a chain of short letter groups joined by periods ("z.B.",
 * "u.a.", "U.S.", "i.d.R.") starting at i, including its final period, or 0. */
static size_t scan_abbrev_chain(const nf_text *t, size_t i) {
    size_t j = i, groups = 0;
    for (;;) {
        size_t g = j;
        while (g < t->n && nf_cls_letter(t->cls[g]) && g - j < 4) g++;
        if (g == j || g - j > 3 || cp_at(t, g) != '.') break;
        j = g + 1;
        groups++;
        if (!nf_cls_letter(cls_at(t, j))) break;
    }
    return groups >= 2 ? j - i : 0;
}

/* True when the `n` code points at i are a top-level domain that names
 * written with capitals end in ("Golem.de", "ZDNet.com", "derStandard.at"):
 * the common ones of German news, so that "Ende.das" typed without its
 * space stays two words. */
static bool common_tld(const nf_text *t, size_t i, size_t n) {
    static const char *const tlds[] = {"de", "at", "ch", "com", "org", "net", "eu", "info",
                                       "fr", "uk", "ru", "it",  "tv",  "fm",  "io"};
    for (size_t k = 0; k < sizeof tlds / sizeof tlds[0]; k++)
        if (strlen(tlds[k]) == n && starts_with_ci(t, i, tlds[k])) return true;
    return false;
}

/* Length of a domain name ("tagesschau.de", "bund.de/presse", "Golem.de")
 * at i, or 0: labels in lower case (or, before a common top-level domain,
 * with capitals) and a final label of 2 to 6 lower-case letters. */
static size_t scan_domain(const nf_text *t, size_t i) {
    size_t j = i, dots = 0, label = 0;
    bool letters_only = true, capitals = false;
    while (j < t->n) {
        int c = t->cls[j];
        int32_t ch = t->cp[j];
        if (c == NF_C_LOWER || c == NF_C_UPPER || c == NF_C_DIGIT || ch == '-') {
            if (c != NF_C_LOWER) letters_only = false;
            if (c == NF_C_UPPER) capitals = true;
            label++;
            j++;
        } else if (ch == '.' && label && j + 1 < t->n && t->cls[j + 1] == NF_C_LOWER) {
            dots++;
            label = 0;
            letters_only = true;
            j++;
        } else {
            break;
        }
    }
    if (!dots || !letters_only || label < 2 || label > 6) return 0;
    if (capitals && !common_tld(t, j - label, label)) return 0;
    if (nf_cls_alnum(cls_at(t, j)) || cls_at(t, j) == NF_C_UPPER) return 0;
    if (cp_at(t, j) == '/') { /* a path */
        while (j < t->n && url_char(t, j)) j++;
        while (j > i && url_trailer(t->cp[j - 1])) j--;
    }
    return j - i;
}

/* ---- raw tokens ---------------------------------------------------------- */

/* Appends a token; false when memory runs out. */
static bool push_token(nf_doc *doc, tokvec *tv, size_t a, size_t b, int kind, unsigned flags) {
    if (tv->n == tv->cap) {
        size_t cap = tv->cap ? tv->cap * 2 : 256;
        nf_token *v = nf_arena_alloc(&doc->arena, cap * sizeof *v);
        if (!v) return false;
        if (tv->n) memcpy(v, tv->v, tv->n * sizeof *v);
        tv->v = v;
        tv->cap = cap;
    }
    const nf_text *t = &doc->text;
    if (t->cls[a] == NF_C_UPPER) flags |= NF_TF_CAP;
    if (t->cls[a] == NF_C_LOWER) flags |= NF_TF_LOWER;
    tv->v[tv->n++] = (nf_token){(uint32_t)a, (uint32_t)b, (uint8_t)kind, (uint8_t)flags};
    return true;
}

/* Scans a word or number starting at i; returns its end and kind. */
static size_t scan_word(const nf_text *t, size_t i, int *kind, unsigned *flags) {
    size_t j = i;
    bool letters = false, seps = false;
    int colons = 0;
    for (;;) {
        while (j < t->n && nf_cls_alnum(t->cls[j])) {
            if (t->cls[j] != NF_C_DIGIT) letters = true;
            j++;
        }
        if (j >= t->n) break;
        int32_t c = t->cp[j];
        int next = cls_at(t, j + 1);
        int prev = t->cls[j - 1];
        if (t->cls[j] == NF_C_HYPHEN && nf_cls_alnum(next)) { /* "US-Dollar", "1970-er" */
            letters = letters || next != NF_C_DIGIT;
            j++;
            continue;
        }
        if ((c == '.' || c == ',') && prev == NF_C_DIGIT && next == NF_C_DIGIT && !letters) {
            seps = true; /* "27,8", "2.500", "12.11.2025" */
            j++;
            continue;
        }
        if (c == ':' && prev == NF_C_DIGIT && next == NF_C_DIGIT && !letters &&
            (j - i <= 2 ? !seps : colons == 1 && t->cp[j - 3] == ':') &&
            cls_at(t, j + 2) == NF_C_DIGIT && !nf_cls_alnum(cls_at(t, j + 3))) {
            seps = true; /* clock time "14:30", "8:00:31" */
            colons++;
            j++;
            continue;
        }
        if (apostrophe(c) && nf_cls_letter(prev) && nf_cls_letter(next)) { /* "geht's" */
            letters = true;
            j++;
            continue;
        }
        break;
    }
    /* A suspended compound keeps its hyphen: "Handels- und Wirtschaftspartner". */
    if (letters && j < t->n && t->cls[j] == NF_C_HYPHEN) {
        int after = cls_at(t, j + 1);
        int32_t ac = cp_at(t, j + 1);
        if (nf_cls_space(after) || ac == ',' || ac == '/') {
            j++;
            *flags |= NF_TF_TRUNC;
        }
    }
    *kind = letters ? NF_TOK_WORD : NF_TOK_NUMBER;
    return j;
}

/* Splits normalised code points [a, b) into raw tokens. */
static bool tokenize(nf_doc *doc, tokvec *tv, size_t a, size_t b) {
    const nf_text *t = &doc->text;
    size_t i = a;
    unsigned space = 0;
    while (i < b) {
        int c = t->cls[i];
        if (nf_cls_space(c)) {
            space = NF_TF_SPACE_BEFORE;
            i++;
            continue;
        }
        size_t j;
        int kind;
        unsigned flags = space;
        space = 0;
        if (nf_cls_alnum(c)) {
            size_t n, r = i;
            while (r < b && nf_cls_alnum(t->cls[r])) r++;
            int32_t after = r < b ? t->cp[r] : 0;
            /* URLs, domains, e-mail addresses and "z.B." continue a run of
             * letters with one of these; other words need no second look. */
            bool special = after == '.' || after == '@' || after == ':' || after == '/' ||
                           after == '_' || after == '-' || after == '+' || after == '%';
            if (!special) {
                j = scan_word(t, i, &kind, &flags);
            } else if ((n = scan_url(t, i)) > 0 ||
                       /* a capitalised word is a domain's only before a
                        * dot and a lower-case letter ("Golem.de", not
                        * "Berlin.") */
                       ((t->cls[i] != NF_C_UPPER ||
                         (after == '.' && r + 1 < b && t->cls[r + 1] == NF_C_LOWER)) &&
                        (n = scan_domain(t, i)) > 0)) {
                j = i + n;
                kind = NF_TOK_URL;
            } else if ((n = scan_email(t, i)) > 0) {
                j = i + n;
                kind = NF_TOK_EMAIL;
            } else if ((n = scan_abbrev_chain(t, i)) > 0) {
                j = i + n;
                kind = NF_TOK_ABBREV;
            } else {
                j = scan_word(t, i, &kind, &flags);
            }
        } else if (c == NF_C_QUOTE) {
            j = i + 1;
            while (j < b && t->cls[j] == NF_C_MARK) j++;
            kind = NF_TOK_QUOTE;
        } else if (t->cp[i] == '.') {
            j = i + 1;
            while (j < b && t->cp[j] == '.') j++; /* "..." is one token */
            kind = NF_TOK_PUNCT;
        } else if (c == NF_C_PUNCT || c == NF_C_DASH || c == NF_C_HYPHEN) {
            j = i + 1;
            while (j < b && t->cls[j] == NF_C_MARK) j++; /* a mark stays with its base */
            kind = NF_TOK_PUNCT;
        } else {
            j = i + 1;
            while (j < b && t->cls[j] == NF_C_MARK) j++;
            kind = NF_TOK_SYMBOL;
        }
        if (j > b) j = b;
        if (!push_token(doc, tv, i, j, kind, flags)) return false;
        i = j;
    }
    return true;
}

/* ---- periods that belong to the word before ------------------------------ */

/* Looks up token text (optionally with a trailing period) in `lex`, exactly
 * and then lower-cased. */
static const nf_lex_entry *lookup_token(const nf_text *t, const nf_token *tk, bool with_period,
                                        const nf_lexicon *lex) {
    char buf[128];
    size_t n = nf_text_utf8(t, tk->a, tk->b, false, buf, sizeof buf - 2);
    if (!n) return NULL;
    if (with_period) buf[n++] = '.', buf[n] = '\0';
    const nf_lex_entry *e = nf_lexicon_find(lex, buf, n);
    if (e) return e;
    n = nf_text_utf8(t, tk->a, tk->b, true, buf, sizeof buf - 2);
    if (!n) return NULL;
    if (with_period) buf[n++] = '.', buf[n] = '\0';
    return nf_lexicon_find(lex, buf, n);
}

/* True when the token is a number of digits only. */
static bool plain_digits(const nf_text *t, const nf_token *tk) {
    for (uint32_t i = tk->a; i < tk->b; i++)
        if (t->cls[i] != NF_C_DIGIT) return false;
    return true;
}

/* True for "d.d" or "dd.dd" with a plausible day and month. */
static bool day_month(const nf_text *t, const nf_token *tk) {
    uint32_t i = tk->a;
    int d = 0, m = 0, nd = 0, nm = 0;
    while (i < tk->b && t->cls[i] == NF_C_DIGIT && nd < 3) d = d * 10 + (t->cp[i++] - '0'), nd++;
    if (i >= tk->b || t->cp[i] != '.') return false;
    i++;
    while (i < tk->b && t->cls[i] == NF_C_DIGIT && nm < 3) m = m * 10 + (t->cp[i++] - '0'), nm++;
    return i == tk->b && nd >= 1 && nd <= 2 && nm >= 1 && nm <= 2 && d >= 1 && d <= 31 && m >= 1 &&
           m <= 12;
}

/* True for "dd.mm.yyyy" (or a two-digit year). */
static bool full_date(const nf_text *t, const nf_token *tk) {
    int parts[3] = {0, 0, 0}, lens[3] = {0, 0, 0}, p = 0;
    for (uint32_t i = tk->a; i < tk->b; i++) {
        if (t->cp[i] == '.') {
            if (++p > 2) return false;
        } else if (t->cls[i] == NF_C_DIGIT) {
            if (++lens[p] > 4) return false;
            parts[p] = parts[p] * 10 + (t->cp[i] - '0');
        } else {
            return false;
        }
    }
    return p == 2 && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2) &&
           parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12;
}

static bool terminal(const nf_text *t, const nf_token *tk); /* below */

/* True when token tk reads `w` exactly (ASCII). */
static bool token_is(const nf_text *t, const nf_token *tk, const char *w) {
    size_t n = tk->b - tk->a, j = 0;
    while (j < n && w[j] && t->cp[tk->a + j] == (int32_t)(unsigned char)w[j]) j++;
    return j == n && !w[j];
}

/* Decides whether "N." before `next` is an ordinal ("am 11. November", "im
 * 19. Jahrhundert", "der 3. Platz", and opening a sentence "Der 1. FC
 * Köln") rather than a number closing a sentence; `prev3` is the token
 * before `prev2` (NULL: none). */
static bool ordinal_period(const nf_doc *doc, const nf_langpack *lp, const nf_token *prev3,
                           const nf_token *prev2, const nf_token *num, const nf_token *next) {
    const nf_text *t = &doc->text;
    if (!next) return false;
    /* the end of a score or a time ("endete 2:1. FC Bayern führt") */
    if (prev2 && prev2->kind == NF_TOK_PUNCT && t->cp[prev2->a] == ':' &&
        !(num->flags & NF_TF_SPACE_BEFORE))
        return false;
    if (next->flags & NF_TF_LOWER) return true; /* "am 3. und 4. Mai", "die 5. geplante" */
    /* a comma, semicolon or closing parenthesis right after it: no sentence
     * ends there ("ein Doppelpack (80., 94.)", "Stocker (84.)") */
    if (next->kind == NF_TOK_PUNCT && num->b - num->a <= 3 && next->b - next->a == 1 &&
        (t->cp[next->a] == ',' || t->cp[next->a] == ';' || t->cp[next->a] == ')'))
        return true;
    if (next->kind == NF_TOK_WORD || next->kind == NF_TOK_ABBREV) {
        bool abbr = next->kind == NF_TOK_ABBREV;
        nf_token w = *next;
        if (abbr) w.b--; /* "Nov." is looked up as "Nov." below */
        if (lookup_token(t, &w, abbr, &lp->months)) return true;
        if (!abbr && lookup_token(t, &w, false, &lp->ordinal_nouns)) return true;
        if (!abbr && lookup_token(t, &w, false, &lp->sentence_starters)) return false;
    }
    if (num->b - num->a > 3) return false; /* a year or a count closes the sentence */
    /* an item's number opening the text or a sentence before a capitalised
     * word ("1. Anna Berg (AUT) 242,6"): no sentence is a number alone */
    if ((!prev2 || terminal(t, prev2)) && num->b - num->a <= 2 && (next->flags & NF_TF_CAP) &&
        next->kind == NF_TOK_WORD)
        return true;
    /* a rank of a results list after a parenthesis ("(94,0/91,0) 5. Yuki
     * Ito"): no sentence ends in a number right after one */
    if (prev2 && prev2->kind == NF_TOK_PUNCT && t->cp[prev2->a] == ')' && num->b - num->a <= 2 &&
        (next->flags & NF_TF_CAP) && next->kind == NF_TOK_WORD)
        return true;
    /* an opening quotation mark between such a word and the number: a
     * title that opens with an ordinal ("die „4. Winterwelt“") */
    if (prev2 && prev2->kind == NF_TOK_QUOTE && prev3 && prev3->kind == NF_TOK_WORD &&
        (prev3->flags & NF_TF_LOWER) && !(num->flags & NF_TF_SPACE_BEFORE) &&
        num->b - num->a <= 2 && (next->flags & NF_TF_CAP) && next->kind == NF_TOK_WORD &&
        lookup_token(t, prev3, false, &lp->ordinal_preceders))
        return true;
    /* the word before in lower case, or capitalised where it opens the
     * sentence: an article or a preposition ends none */
    bool opening = prev2 && (prev2->flags & NF_TF_CAP) && (!prev3 || terminal(t, prev3));
    if (next->kind == NF_TOK_QUOTE || !prev2 || prev2->kind != NF_TOK_WORD) return false;
    /* "als" before a capitalised word: a rank held ("als 47. Präsident
     * vereidigt"), not a comparison that closes a sentence ("mehr als
     * 47. Die ...") */
    if (token_is(t, prev2, "als") && num->b - num->a <= 2 && (next->flags & NF_TF_CAP) &&
        next->kind == NF_TOK_WORD &&
        !(prev3 && (token_is(t, prev3, "mehr") || token_is(t, prev3, "weniger") ||
                    token_is(t, prev3, "mindestens"))))
        return true;
    if (((prev2->flags & NF_TF_LOWER) || opening) &&
        lookup_token(t, prev2, false, &lp->ordinal_preceders))
        return true;
    /* (an adverb of time between: "zu seinem bereits 150. Grand Prix") */
    static const char *const adverbs[] = {"bereits",      "schon",      "erst", "insgesamt",
                                          "mittlerweile", "inzwischen", NULL};
    bool adverb = false;
    for (const char *const *a = adverbs; *a && !adverb; a++) adverb = token_is(t, prev2, *a);
    return adverb && prev3 && (prev3->flags & NF_TF_LOWER) && prev3->kind == NF_TOK_WORD &&
           lookup_token(t, prev3, false, &lp->ordinal_preceders);
}

/* True when the period at token k closes the day of a date written with
 * spaces: day, period, month, period, year ("16. 5. 2016", "3. 10. 2019"). */
static bool spaced_date(const nf_text *t, const tokvec *tv, size_t k) {
    if (k + 3 >= tv->n) return false;
    const nf_token *day = &tv->v[k - 1], *mon = &tv->v[k + 1], *dot = &tv->v[k + 2],
                   *year = &tv->v[k + 3];
    if (day->b - day->a > 2 || mon->kind != NF_TOK_NUMBER || !plain_digits(t, mon) ||
        mon->b - mon->a > 2 || dot->kind != NF_TOK_PUNCT || dot->b - dot->a != 1 ||
        t->cp[dot->a] != '.' || (dot->flags & NF_TF_SPACE_BEFORE) || year->kind != NF_TOK_NUMBER ||
        !plain_digits(t, year) || year->b - year->a != 4)
        return false;
    int d = 0, m = 0;
    for (uint32_t i = day->a; i < day->b; i++) d = d * 10 + (t->cp[i] - '0');
    for (uint32_t i = mon->a; i < mon->b; i++) m = m * 10 + (t->cp[i] - '0');
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* Merges token k (a period) into token k-1 as `kind`, shifting the rest. */
static void merge_period(tokvec *tv, size_t k, int kind, unsigned extra) {
    tv->v[k - 1].b = tv->v[k].b;
    tv->v[k - 1].kind = (uint8_t)kind;
    tv->v[k - 1].flags |= (uint8_t)extra;
    memmove(&tv->v[k], &tv->v[k + 1], (tv->n - k - 1) * sizeof tv->v[0]);
    tv->n--;
}

/* Attaches periods to abbreviations, ordinals and dates in tokens [from, n). */
static void attach_periods(nf_doc *doc, const nf_langpack *lp, tokvec *tv, size_t from) {
    const nf_text *t = &doc->text;
    for (size_t k = from; k < tv->n; k++) {
        nf_token *tk = &tv->v[k];
        if (tk->kind == NF_TOK_NUMBER && full_date(t, tk)) tk->kind = NF_TOK_DATE;
        if (k == from || tk->kind != NF_TOK_PUNCT || tk->b - tk->a != 1 || t->cp[tk->a] != '.' ||
            (tk->flags & NF_TF_SPACE_BEFORE))
            continue;
        nf_token *p = &tv->v[k - 1];
        const nf_token *next = k + 1 < tv->n ? &tv->v[k + 1] : NULL;
        const nf_token *p2 = k >= from + 2 ? &tv->v[k - 2] : NULL;
        const nf_token *p3 = k >= from + 3 ? &tv->v[k - 3] : NULL;
        if (p->kind == NF_TOK_WORD && !(p->flags & NF_TF_TRUNC)) {
            const nf_lex_entry *e = lookup_token(t, p, true, &lp->abbreviations);
            if (e) {
                /* ("num": one before a number, a word where none
                 * follows: "Hybrid Art. Es sei") */
                const char *v = nf_lex_val(&lp->abbreviations, e);
                bool may_end = strcmp(v, "end") == 0 || strcmp(v, "num") == 0;
                merge_period(tv, k, NF_TOK_ABBREV, may_end ? NF_TF_ABBR_END : 0);
                k--;
            } else if (p->b - p->a == 1 && nf_cls_letter(t->cls[p->a])) {
                /* initials, "z. B."; a capital letter alone (not after
                 * another one's period: "z. B.") may end a sentence before
                 * a word that opens sentences ("schrieb er auf der
                 * Plattform X. Seine Frau ..."; not "John F. Kennedy") */
                bool lone = t->cls[p->a] == NF_C_UPPER &&
                            !(p2 && p2->kind == NF_TOK_ABBREV && p2->b - p2->a == 2);
                merge_period(tv, k, NF_TOK_ABBREV, lone ? NF_TF_ABBR_END : 0);
                k--;
            }
        } else if (p->kind == NF_TOK_NUMBER && plain_digits(t, p)) {
            if (spaced_date(t, tv, k)) {
                /* "16. 5. 2016": day and month become ordinals the times
                 * stage reads as one date */
                merge_period(tv, k, NF_TOK_ORDINAL, 0);
                merge_period(tv, k + 1, NF_TOK_ORDINAL, 0);
            } else if (ordinal_period(doc, lp, p3, p2, p, next)) {
                merge_period(tv, k, NF_TOK_ORDINAL, 0);
                k--;
            }
        } else if (p->kind == NF_TOK_NUMBER && day_month(t, p)) {
            bool starter = next && next->kind == NF_TOK_WORD &&
                           lookup_token(t, next, false, &lp->sentence_starters);
            if (!starter) {
                merge_period(tv, k, NF_TOK_DATE, 0); /* "am 4.12. wurde" */
                k--;
            }
        }
    }
}

/* ---- paragraphs ------------------------------------------------------------ */

/* Counts the line breaks in white space [a, b), a CR LF pair counting once. */
static int count_breaks(const nf_text *t, size_t a, size_t b) {
    int n = 0;
    for (size_t i = a; i < b; i++) {
        if (t->cls[i] != NF_C_NEWLINE) continue;
        if (t->cp[i] == '\r' && i + 1 < b && t->cp[i + 1] == '\n') continue;
        n++;
    }
    return n;
}

/* True when the text is hard-wrapped: many lines, and nearly all lines that
 * a single line break ends are of about the same width (as a mail client or
 * an editor wraps them).  Then a single line break is not a paragraph
 * break; otherwise it is (headings, list items and one-line paragraphs are
 * far more common in news than wrapped text). */
static bool hard_wrapped(const nf_text *t) {
    size_t lens[512], nl = 0, widest = 0, start = 0;
    /* From line break to line break: memchr over the class bytes. */
    const uint8_t *c = t->cls, *p;
    while (nl < 512 && start < t->n &&
           (p = memchr(c + start, NF_C_NEWLINE, t->n - start)) != NULL) {
        size_t i = (size_t)(p - c), len = i - start;
        /* Only lines followed by text on the next line count. */
        if (len > 0 && i + 1 < t->n && c[i + 1] != NF_C_NEWLINE) {
            lens[nl++] = len;
            if (len > widest) widest = len;
        }
        start = i + 1;
    }
    if (nl < 3 || widest < 50 || widest > 100) return false;
    size_t near = 0;
    for (size_t k = 0; k < nl; k++) near += lens[k] + 25 >= widest;
    return near * 5 >= nl * 4;
}

/* ---- dateline -------------------------------------------------------------- */

/* Finds a dateline at the start of the first paragraph: place words,
 * optionally a date, "(agency)" and a dash or colon: "Moskau (dpa) –",
 * "BERLIN, 12. November (Reuters) -".  Returns the token after it, or 0. */
static size_t find_dateline(const nf_doc *doc, const nf_langpack *lp, const nf_seg *para) {
    const nf_token *tk = doc->tokens;
    const nf_text *t = &doc->text;
    size_t k = para->ta, end = para->tb;
    if (k >= end || !(tk[k].flags & NF_TF_CAP)) return 0;
    size_t words = 0;
    while (k < end && words < 8) {
        const nf_token *x = &tk[k];
        int32_t c = t->cp[x->a];
        bool ok = (x->kind == NF_TOK_WORD && (x->flags & NF_TF_CAP)) || x->kind == NF_TOK_ORDINAL ||
                  x->kind == NF_TOK_DATE || x->kind == NF_TOK_NUMBER || x->kind == NF_TOK_ABBREV ||
                  (x->kind == NF_TOK_PUNCT && (c == ',' || c == '/'));
        if (!ok) break;
        /* Place names, not a sentence that happens to hold parentheses. */
        if (x->kind == NF_TOK_WORD && lookup_token(t, x, false, &lp->sentence_starters)) return 0;
        words++, k++;
    }
    if (!words || k >= end || t->cp[tk[k].a] != '(') return 0;
    size_t close = k + 1;
    while (close < end && close - k <= 5 && t->cp[tk[close].a] != ')') close++;
    if (close >= end || t->cp[tk[close].a] != ')' || close == k + 1) return 0;
    size_t dash = close + 1;
    if (dash >= end || tk[dash].kind != NF_TOK_PUNCT) return 0;
    int32_t d = t->cp[tk[dash].a];
    if (!(t->cls[tk[dash].a] == NF_C_DASH || d == '-' || d == ':')) return 0;
    if (dash + 1 >= end || (tk[dash + 1].flags & NF_TF_LOWER)) return 0; /* a sentence follows */
    return dash + 1;
}

/* ---- sentences ------------------------------------------------------------- */

/* True for a token that can end a sentence: . ! ? … and runs of them. */
static bool terminal(const nf_text *t, const nf_token *tk) {
    if (tk->kind != NF_TOK_PUNCT) return false;
    int32_t c = t->cp[tk->a];
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* True for closing brackets that stay with the sentence they end. */
static bool closer(const nf_text *t, const nf_token *tk) {
    if (tk->flags & NF_TF_SPACE_BEFORE) return false;
    if (tk->kind == NF_TOK_QUOTE) return !(tk->flags & NF_TF_QOPEN);
    int32_t c = t->cp[tk->a];
    return tk->kind == NF_TOK_PUNCT && (c == ')' || c == ']');
}

/* Decides whether a new sentence starts at `next` after a terminal. */
static bool starts_sentence(const nf_doc *doc, const nf_langpack *lp, const nf_token *next,
                            const nf_token *after, bool abbr_end) {
    const nf_text *t = &doc->text;
    if (abbr_end) /* "usw. Die ..." but not "usw. Müller" */
        return next->kind == NF_TOK_WORD && lookup_token(t, next, false, &lp->sentence_starters);
    if (next->flags & NF_TF_CAP) return true;
    if (next->flags & NF_TF_LOWER) return false;
    switch (next->kind) {
        case NF_TOK_NUMBER:
        case NF_TOK_ORDINAL:
        case NF_TOK_DATE:
        case NF_TOK_URL:
        case NF_TOK_EMAIL:
        case NF_TOK_SYMBOL:
            return true;
        case NF_TOK_QUOTE:
            /* a quotation that opens with a function word in lower case
             * goes on the sentence ("sagte, Benedikt XVI. „ist und bleibt
             * ...“"; not a name such as „taz“) */
            if ((next->flags & NF_TF_QOPEN) && after && after->kind == NF_TOK_WORD &&
                (after->flags & NF_TF_LOWER) && !(after->flags & NF_TF_SPACE_BEFORE) &&
                lookup_token(t, after, false, &lp->stopwords))
                return false;
            return (next->flags & NF_TF_QOPEN) != 0 || !(next->flags & NF_TF_QCLOSE);
        case NF_TOK_PUNCT: {
            int32_t c = t->cp[next->a];
            /* (a hashtag too: "... auf die EM. #Nachbarn") */
            bool hashtag = c == '#' && after && after->kind == NF_TOK_WORD &&
                           !(after->flags & NF_TF_SPACE_BEFORE);
            return c == '(' || c == '[' || t->cls[next->a] == NF_C_DASH || hashtag;
        }
        default:
            return next->kind == NF_TOK_WORD || next->kind == NF_TOK_ABBREV;
    }
}

/* Appends a sentence of tokens [ta, tb) when it is not empty. */
static bool push_sentence(nf_doc *doc, size_t *cap, size_t ta, size_t tb) {
    if (tb <= ta) return true;
    if (doc->nsentences == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        nf_seg *v = nf_arena_alloc(&doc->arena, ncap * sizeof *v);
        if (!v) return false;
        if (doc->nsentences) memcpy(v, doc->sentences, doc->nsentences * sizeof *v);
        doc->sentences = v;
        *cap = ncap;
    }
    doc->sentences[doc->nsentences++] = (nf_seg){(uint32_t)ta, (uint32_t)tb};
    return true;
}

/* True for the polite address, capitalised inside a sentence too ("Wagen
 * Sie es nicht", "Beschreiben Sie Ihre Arbeit"). */
static bool polite(const nf_text *t, const nf_token *tk) {
    static const char *const w[] = {"Sie", "Ihr", "Ihre", "Du"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (token_is(t, tk, w[i])) return true;
    return false;
}

/* The length of a heading run into the sentence at [start, tb): up to
 * five capitalised words before a capitalised word that opens sentences
 * (no polite pronoun) and a word in lower case ("Engagement Deutschlands Bereits im Dezember
 * hatte ...", where a text lost the heading's line break); 0 when none. */
static size_t heading_before(const nf_doc *doc, const nf_langpack *lp, size_t start, size_t tb) {
    const nf_text *t = &doc->text;
    const nf_token *tk = doc->tokens;
    for (size_t k = start + 1; k + 1 < tb && k <= start + 5; k++) {
        if (tk[k - 1].kind != NF_TOK_WORD || !(tk[k - 1].flags & NF_TF_CAP)) return 0;
        if (tk[k].kind == NF_TOK_WORD && (tk[k].flags & NF_TF_CAP) &&
            tk[k + 1].kind == NF_TOK_WORD && (tk[k + 1].flags & NF_TF_LOWER) &&
            lookup_token(t, &tk[k], false, &lp->sentence_starters) && !polite(t, &tk[k]))
            return k - start;
    }
    return 0;
}

/* True for the link an embedded tweet ends with ("pic.twitter.com/...",
 * "https://t.co/..."): where a text runs the article on after it with no
 * full stop ("... #AfD ist deutschfeindlich! pic.twitter.com/b8Un
 * Innenminister X sagte ..."), the next capitalised word opens a
 * sentence. */
static bool tweet_link(const nf_text *t, const nf_token *tk) {
    if (tk->kind != NF_TOK_URL) return false;
    static const char *const hosts[] = {"pic.twitter.com/", "https://t.co/", "http://t.co/",
                                        "t.co/"};
    for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
        if (starts_with_ci(t, tk->a, hosts[i])) return true;
    return false;
}

/* True when tokens [start, end) are hashtags alone, a "#" and a word
 * joined to it each ("#Nachbarn", "#EM2016 #Fußball"). */
static bool hashtags_to(const nf_text *t, const nf_token *tk, size_t start, size_t end) {
    if (end < start + 2 || (end - start) % 2) return false;
    for (size_t k = start; k < end; k += 2)
        if (tk[k].kind != NF_TOK_PUNCT || t->cp[tk[k].a] != '#' || tk[k + 1].kind == NF_TOK_PUNCT ||
            (tk[k + 1].flags & NF_TF_SPACE_BEFORE))
            return false;
    return true;
}

/* True when tk[2] is a period right after a Roman numeral of up to five
 * letters (tk[1]) after a capitalised word (tk[0]): the ordinal of a
 * ruler's name ("Ludwig XIV."). */
static bool regnal_period(const nf_text *t, const nf_token *tk) {
    if (tk[0].kind != NF_TOK_WORD || !(tk[0].flags & NF_TF_CAP) || tk[1].kind != NF_TOK_WORD ||
        tk[1].b - tk[1].a > 5 || (tk[2].flags & NF_TF_SPACE_BEFORE) || t->cp[tk[2].a] != '.')
        return false;
    for (size_t i = tk[1].a; i < tk[1].b; i++)
        if (t->cp[i] != 'I' && t->cp[i] != 'V' && t->cp[i] != 'X' && t->cp[i] != 'L') return false;
    return true;
}

/* Cuts one paragraph's tokens [ta, tb) into sentences. */
static bool split_sentences(nf_doc *doc, const nf_langpack *lp, size_t *cap, size_t ta, size_t tb) {
    const nf_text *t = &doc->text;
    const nf_token *tk = doc->tokens;
    size_t start = ta;
    for (size_t k = ta; k < tb; k++) {
        if (k == start) {
            size_t h = heading_before(doc, lp, start, tb);
            if (h) {
                if (!push_sentence(doc, cap, start, start + h)) return false;
                start += h;
                k = start;
            }
        }
        bool abbr_end = tk[k].kind == NF_TOK_ABBREV && (tk[k].flags & NF_TF_ABBR_END);
        bool tweet_end = k + 1 < tb && (tk[k + 1].flags & NF_TF_CAP) && tweet_link(t, &tk[k]);
        /* (hashtags that open the sentence end a tweet before a word that
         * opens sentences: "... auf die EM. #Nachbarn Als Reaktion ...") */
        bool tag_end = k + 1 < tb && tk[start].kind == NF_TOK_PUNCT && t->cp[tk[start].a] == '#' &&
                       hashtags_to(t, tk, start, k + 1);
        if (!terminal(t, &tk[k]) && !abbr_end && !tweet_end && !tag_end) continue;
        size_t j = k + 1;
        while (j < tb && (terminal(t, &tk[j]) || closer(t, &tk[j])) &&
               !(tk[j].flags & NF_TF_SPACE_BEFORE && terminal(t, &tk[j])))
            j++;
        /* (a regnal number's period before a parenthesis: "König Rama
         * IX. (Bhumibol Adulyadej) bestellte ...") */
        bool regnal = k >= ta + 2 && j == k + 1 && regnal_period(t, &tk[k - 2]) &&
                      tk[j].kind == NF_TOK_PUNCT && t->cp[tk[j].a] == '(';
        if (j < tb && (regnal || !starts_sentence(doc, lp, &tk[j], j + 1 < tb ? &tk[j + 1] : NULL,
                                                  abbr_end || tag_end))) {
            k = j - 1;
            continue;
        }
        if (!push_sentence(doc, cap, start, j)) return false;
        start = j;
        k = j - 1;
    }
    return push_sentence(doc, cap, start, tb);
}

/* ---- the whole ------------------------------------------------------------- */

/* Segments the document: paragraphs, tokens, periods, quotes, sentences. */
nf_status nf_segment(nf_doc *doc, const nf_langpack *lp, nf_error *err) {
    const nf_text *t = &doc->text;
    int breaks_needed = hard_wrapped(t) ? 2 : 1;
    tokvec tv = {NULL, 0, 0};
    size_t pcap = 0;
    size_t i = 0;
    while (i < t->n) {
        while (i < t->n && nf_cls_space(t->cls[i])) i++;
        if (i >= t->n) break;
        /* The paragraph runs to the next white space with enough breaks
         * (or to the end).  Only white space with a line break can have
         * them: from line break to line break, by memchr over the class
         * bytes, each looked at in the run of white space around it. */
        size_t j = t->n;
        for (size_t q = i; q < t->n;) {
            const uint8_t *nl = memchr(t->cls + q, NF_C_NEWLINE, t->n - q);
            if (!nl) break;
            size_t a = (size_t)(nl - t->cls), w = a;
            while (a > i && nf_cls_space(t->cls[a - 1])) a--;
            while (w < t->n && nf_cls_space(t->cls[w])) w++;
            if (count_breaks(t, a, w) >= breaks_needed || w >= t->n) {
                j = a;
                break;
            }
            q = w;
        }
        size_t first = tv.n;
        if (!tokenize(doc, &tv, i, j))
            return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory while tokenising");
        attach_periods(doc, lp, &tv, first);
        if (tv.n > first) {
            if (doc->nparagraphs == pcap) {
                size_t ncap = pcap ? pcap * 2 : 16;
                nf_seg *v = nf_arena_alloc(&doc->arena, ncap * sizeof *v);
                if (!v) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
                if (doc->nparagraphs) memcpy(v, doc->paragraphs, doc->nparagraphs * sizeof *v);
                doc->paragraphs = v;
                pcap = ncap;
            }
            doc->paragraphs[doc->nparagraphs++] = (nf_seg){(uint32_t)first, (uint32_t)tv.n};
        }
        i = j;
    }
    doc->tokens = tv.v;
    doc->ntokens = tv.n;

    nf_status st = nf_pair_quotes(doc, err);
    if (st != NF_OK) return st;

    size_t scap = 0;
    for (size_t p = 0; p < doc->nparagraphs; p++) {
        size_t ta = doc->paragraphs[p].ta;
        if (p == 0) {
            size_t after = find_dateline(doc, lp, &doc->paragraphs[0]);
            if (after) {
                doc->has_dateline = true;
                doc->dateline = (nf_seg){(uint32_t)ta, (uint32_t)after};
                ta = after;
            }
        }
        if (!split_sentences(doc, lp, &scap, ta, doc->paragraphs[p].tb))
            return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory while splitting sentences");
    }
    return NF_OK;
}
