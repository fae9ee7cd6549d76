/* amounts.c - figures in German news: "etwa 27 Milliarden", "27,8
 * Milliarden US-Dollar", "rund 90 Prozent", "mehr als 100 Tote".
 *
 * An amount is an optional qualifier, a number (digits or words, a range),
 * an optional scale word and an optional unit or currency, either side of
 * the number.  Tokens that the times stage took (years, dates, durations)
 * are left alone.  Each amount then gets the noun it counts or measures
 * (after it, or for money the measure noun before it: "das Handelsvolumen
 * ... betrug 27,8 Milliarden US-Dollar"), a measure label from the lexicon,
 * and the period of the nearest year, month or period in its sentence. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "error.h"
#include "ner.h"
#include "numbers.h"
#include "stages.h"
#include "tokens.h"

/* A currency or unit found after or before a number. */
typedef struct unit_match {
    const char *code; /* ISO code or unit symbol; owned by the engine */
    double factor;    /* 0.01 for subunits like "Cent" */
    size_t tb;        /* token after the match */
} unit_match;

/* Reads a currency at token k: its ISO code, its factor and its end. */
static bool currency_at(const nf_doc *doc, size_t k, size_t end, unit_match *u) {
    const nf_langpack *lp = doc->pack;
    if (k >= end || !(doc->tok_mask[k] & NF_TM_CURRENCY)) return false;
    size_t tb;
    const nf_lex_entry *e = nf_tok_phrase(doc, k, end, 3, &lp->currencies, false, &tb);
    if (!e) return false;
    const char *v = nf_lex_val(&lp->currencies, e);
    const char *tab = strchr(v, '\t');
    u->code = v;
    u->factor = tab ? atof(tab + 1) : 1.0;
    if (u->factor <= 0) u->factor = 1.0;
    u->tb = tb;
    return true;
}

/* Reads a physical or percentage unit at token k. */
static bool unit_at(const nf_doc *doc, size_t k, size_t end, unit_match *u) {
    const nf_langpack *lp = doc->pack;
    if (k >= end || !(doc->tok_mask[k] & NF_TM_UNIT)) return false;
    size_t tb;
    const nf_lex_entry *e = nf_tok_phrase(doc, k, end, 3, &lp->units, false, &tb);
    if (!e) return false;
    u->code = nf_lex_val(&lp->units, e);
    u->factor = 1.0;
    u->tb = tb;
    return true;
}

/* The length of an ISO code or unit value up to its tab ("USD\t1" -> 3). */
static size_t code_len(const char *v) {
    const char *tab = strchr(v, '\t');
    return tab ? (size_t)(tab - v) : strlen(v);
}

/* The currency of the last amount found in a currency (its code one the
 * currency list has), else the euro: what "Cent" alone is a hundredth of
 * ("eine Dividende von zehn Cent je Aktie").  The string is the engine's
 * or a constant. */
static const char *currency_before(const nf_doc *doc) {
    for (size_t i = doc->namounts; i-- > 0;) {
        const char *c = doc->amounts[i].unit;
        if (c && code_len(c) == 3 && nf_lexicon_find(&doc->pack->currencies, c, 3)) return c;
    }
    return "EUR";
}

/* v / d (d = 100 for "Cent") as the decimal a reader writes: "70 Cent" is
 * 0.7 and "2,1510 Cent" 0.02151, where the binary quotient would print as
 * 0.7000000000000001 or 0.021509999999999998 (twelve significant digits
 * are more than any amount in the news has). */
static double decimal_fraction(double v, double d) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.12g", v / d);
    return strtod(tmp, NULL);
}

/* True for the article-like forms of "ein" that count only before a unit. */
static bool article_one(const char *lower) {
    return strncmp(lower, "ein", 3) == 0 && strlen(lower) <= 5;
}

/* `v` times the scale `f`, snapped to the whole number it misses only by the
 * rounding of binary fractions: "8,2 Milliarden" is 8200000000, not
 * 8199999999.999999.  A real fraction (1234,5 from "1,2345 Tausend") stays. */
static double times_scale(double v, double f) {
    double r = v * f, whole = round(r);
    return fabs(r - whole) <= 1e-12 * fabs(r) ? whole : r;
}

/* The denominator a fraction's noun at token k names ("Drittel" 3,
 * "Vierteln" 4, "Zehntel" 10), capitalised as a noun ("viertel acht" is a
 * clock time); 0 for any other word. */
static unsigned fraction_noun(const nf_doc *doc, size_t k) {
    static const struct {
        const char *stem;
        unsigned den;
    } nouns[] = {{"Drittel", 3},      {"Viertel", 4},       {"Fünftel", 5},       {"Sechstel", 6},
                 {"Siebtel", 7},      {"Achtel", 8},        {"Neuntel", 9},       {"Zehntel", 10},
                 {"Zwanzigstel", 20}, {"Hundertstel", 100}, {"Tausendstel", 1000}};
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return 0;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
        size_t m = strlen(nouns[i].stem);
        if ((n == m || (n == m + 1 && w[m] == 'n')) && memcmp(w, nouns[i].stem, m) == 0)
            return nouns[i].den;
    }
    return 0;
}

/* True when the number at token k stands in parentheses right after a
 * score: a tie-break's points ("6:7(1)", "6:7 (3)"), no amount. */
static bool tiebreak_at(const nf_doc *doc, size_t k) {
    if (k < 4 || k + 1 >= doc->ntokens || !nf_tok_is(doc, k - 1, "(") ||
        !nf_tok_is(doc, k + 1, ")"))
        return false;
    return doc->tokens[k - 2].kind == NF_TOK_NUMBER && nf_tok_is(doc, k - 3, ":") &&
           !(doc->tokens[k - 2].flags & NF_TF_SPACE_BEFORE) &&
           doc->tokens[k - 4].kind == NF_TOK_NUMBER;
}

/* True when the whole number at token k is joined by a slash to another
 * number, with no space between: a date's parts ("29/2/2019", "30/2"), a
 * season ("2015/16"), a player's caps and goals ("67/1"), a ratio or a
 * code ("24/7"), no count.  (Decimals so joined are measures:
 * "92,5/97,0 Meter".) */
static bool slashed_at(const nf_doc *doc, size_t k) {
    const nf_token *t = doc->tokens;
    if (strchr(nf_tok(doc, k), ',')) return false;
    bool after = k + 2 < doc->ntokens && nf_tok_is(doc, k + 1, "/") &&
                 !(t[k + 1].flags & NF_TF_SPACE_BEFORE) && t[k + 2].kind == NF_TOK_NUMBER &&
                 !(t[k + 2].flags & NF_TF_SPACE_BEFORE);
    bool before = k >= 2 && nf_tok_is(doc, k - 1, "/") && !(t[k - 1].flags & NF_TF_SPACE_BEFORE) &&
                  !(t[k].flags & NF_TF_SPACE_BEFORE) && t[k - 2].kind == NF_TOK_NUMBER;
    return after || before;
}

/* True when the number at token k is a minute of stoppage time after a
 * minute's ordinal ("(45.+1)", "90.+3"): no amount. */
static bool stoppage_at(const nf_doc *doc, size_t k) {
    return k >= 3 && nf_tok_is(doc, k - 1, "+") && !(doc->tokens[k].flags & NF_TF_SPACE_BEFORE) &&
           nf_tok_is(doc, k - 2, ".") && !(doc->tokens[k - 1].flags & NF_TF_SPACE_BEFORE) &&
           doc->tokens[k - 3].kind == NF_TOK_NUMBER;
}

/* True when the number at token k opens its sentence with a closing
 * parenthesis right after it: an item's number in a list ("5) Münchener
 * Biennale startet"), no count. */
static bool enumerator_at(const nf_doc *doc, size_t k) {
    return k + 1 < doc->ntokens && doc->sentences[doc->tok_sent[k]].ta == k &&
           nf_tok_is(doc, k + 1, ")") && !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE);
}

/* True when the whole number at token k, or the list of numbers it is in,
 * follows a noun that a number names a thing after ("Linie 5", "Artikel 3",
 * "die Straßenbahnlinien 5, 10 und 18"; number-names.txt without "count"):
 * a name, no amount. */
static bool named_number_at(const nf_doc *doc, size_t k) {
    if (strchr(nf_tok(doc, k), ',')) return false;
    size_t j = k;
    while (j >= 2 && (nf_tok_is(doc, j - 1, ",") || nf_tok_is(doc, j - 1, "und")) &&
           doc->tokens[j - 2].kind == NF_TOK_NUMBER)
        j -= 2;
    if (j == 0 || doc->tokens[j - 1].kind != NF_TOK_WORD || !(doc->tokens[j - 1].flags & NF_TF_CAP))
        return false;
    /* (a currency or unit after the number measures: "Verband 2.000 Euro") */
    if (k + 1 < doc->ntokens && (doc->tok_mask[k + 1] & (NF_TM_CURRENCY | NF_TM_UNIT)))
        return false;
    const char *l = nf_tokl(doc, j - 1);
    size_t n = doc->tok_llen[j - 1];
    const nf_lexicon *names = &doc->pack->number_names;
    /* the noun, or the last part of a compound of five bytes or more
     * ("Straßenbahnlinie"; "Verband" is no "Band") */
    const nf_lex_entry *e =
        n < 5 ? nf_lexicon_find(names, l, n) : nf_lexicon_find_ending(names, l, n, 3, 5);
    return e && strcmp(nf_lex_val(names, e), "count") != 0;
}

/* True when token k is a plain run of digits (not claimed by another stage). */
static bool digits_at(const nf_doc *doc, size_t k) {
    return k < doc->ntokens && doc->tokens[k].kind == NF_TOK_NUMBER && !doc->claimed[k] &&
           strspn(nf_tok(doc, k), "0123456789") == doc->tok_len[k];
}

/* True when the whole number at token k is one side of a score written
 * with spaces around its colon ("Werder Bremen 1 : 1 (1 : 1)"), both
 * sides one to three digits, no amount; scores written closed up are
 * read in number_at. */
static bool spaced_score_at(const nf_doc *doc, size_t k) {
    const nf_token *t = doc->tokens;
    if (!digits_at(doc, k) || doc->tok_len[k] > 3) return false;
    bool after = k + 2 < doc->ntokens && nf_tok_is(doc, k + 1, ":") &&
                 (t[k + 1].flags & NF_TF_SPACE_BEFORE) && (t[k + 2].flags & NF_TF_SPACE_BEFORE) &&
                 digits_at(doc, k + 2) && doc->tok_len[k + 2] <= 3;
    bool before = k >= 2 && nf_tok_is(doc, k - 1, ":") && (t[k - 1].flags & NF_TF_SPACE_BEFORE) &&
                  (t[k].flags & NF_TF_SPACE_BEFORE) && digits_at(doc, k - 2) &&
                  doc->tok_len[k - 2] <= 3;
    return after || before;
}

/* True when the word at token k can be a court register's letters in a
 * case number: one to four ASCII letters, the first a capital ("R",
 * "Ob", "BvR", "StR"), no scale word, unit or currency ("Mio", "Mrd",
 * "Euro"; the Rand's "R" alone is the register's letter there). */
static bool register_letters(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || doc->tok_len[k] > 4 ||
        (doc->tok_mask[k] & NF_TM_UNIT) ||
        ((doc->tok_mask[k] & NF_TM_CURRENCY) && doc->tok_len[k] > 1) ||
        nf_tok_find(doc, k, &doc->pack->scale_words))
        return false;
    const char *w = nf_tok(doc, k);
    if (w[0] < 'A' || w[0] > 'Z') return false;
    for (size_t i = 1; i < doc->tok_len[k]; i++)
        if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z'))) return false;
    return true;
}

/* True when the number at token k is part of a court's case number: a
 * chamber's number (or a Roman numeral) before register letters, then a
 * number a slash closes up to the year ("1 R 77/15y", "4 Ob 112/14m", "2
 * BvR 1234/19", "VI ZR 12/20"): an identifier, no amount. */
static bool case_number_at(const nf_doc *doc, size_t k) {
    const nf_token *t = doc->tokens;
    size_t reg = k + 1;                                      /* k the chamber's number */
    if (k >= 2 && register_letters(doc, k - 1)) reg = k - 1; /* k the file's number */
    if (reg + 4 > doc->ntokens || !register_letters(doc, reg) || reg == 0 ||
        !(t[reg].flags & NF_TF_SPACE_BEFORE) || !(t[reg + 1].flags & NF_TF_SPACE_BEFORE))
        return false;
    /* the chamber: up to three digits, or a Roman numeral */
    const char *c = nf_tok(doc, reg - 1);
    size_t cn = doc->tok_len[reg - 1];
    bool chamber = t[reg - 1].kind == NF_TOK_NUMBER ? cn <= 3 && strspn(c, "0123456789") == cn
                                                    : strspn(c, "IVX") == cn;
    /* the file: digits, then a slash and a year closed up to it */
    const char *y = nf_tok(doc, reg + 3);
    return chamber && digits_at(doc, reg + 1) && nf_tok_is(doc, reg + 2, "/") &&
           !(t[reg + 2].flags & NF_TF_SPACE_BEFORE) && !(t[reg + 3].flags & NF_TF_SPACE_BEFORE) &&
           y[0] >= '0' && y[0] <= '9';
}

/* True when the number at token k is one of three or more runs of digits
 * set side by side with spaces that are no thousands' groups (a head of one
 * to three digits, then groups of three): a telephone number or a code
 * ("059 133 60 3333"), no amount; "12 500 000" is one. */
static bool digit_groups_at(const nf_doc *doc, size_t k) {
    if (!digits_at(doc, k)) return false;
    size_t a = k, b = k + 1;
    while (a > 0 && digits_at(doc, a - 1) && (doc->tokens[a].flags & NF_TF_SPACE_BEFORE)) a--;
    while (digits_at(doc, b) && (doc->tokens[b].flags & NF_TF_SPACE_BEFORE)) b++;
    if (b - a < 3) return false;
    bool grouped = doc->tok_len[a] <= 3;
    for (size_t j = a + 1; j < b && grouped; j++) grouped = doc->tok_len[j] == 3;
    return !grouped;
}

/* True when a name the entity stage found covers token k ("Hannover 96",
 * "1. FSV Mainz 05"): a number in a name is no amount. */
static bool in_name(const nf_doc *doc, size_t k) {
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta + 16 < k) break; /* names are short */
        if (m->kind == NF_MK_NAME && m->ta <= k && k < m->tb) return true;
    }
    return false;
}

/* Reads the number at token k (not claimed): digits, "12 500" groups, or a
 * number word.  Returns the token after it, or 0. */
static size_t number_at(const nf_doc *doc, size_t k, size_t end, double *v, bool *word) {
    if (k >= end || doc->claimed[k]) return 0;
    const nf_token *t = &doc->tokens[k];
    const char *s = nf_tok(doc, k);
    *word = false;
    if (t->kind == NF_TOK_NUMBER) {
        size_t n = strlen(s);
        /* "2:1", "ein 6:0-Sieg": a score, whatever its digits. */
        if (k + 2 < end && strcmp(nf_tok(doc, k + 1), ":") == 0 &&
            !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) &&
            (doc->tokens[k + 2].kind == NF_TOK_NUMBER ||
             (!(doc->tokens[k + 2].flags & NF_TF_SPACE_BEFORE) && nf_tok(doc, k + 2)[0] >= '0' &&
              nf_tok(doc, k + 2)[0] <= '9')))
            return 0;
        if (k >= 2 && strcmp(nf_tok(doc, k - 1), ":") == 0 && !(t->flags & NF_TF_SPACE_BEFORE) &&
            doc->tokens[k - 2].kind == NF_TOK_NUMBER)
            return 0;
        if (strchr(s, ':')) return 0; /* scores, clock times */
        if (tiebreak_at(doc, k) || slashed_at(doc, k) || spaced_score_at(doc, k) ||
            enumerator_at(doc, k) || named_number_at(doc, k) || in_name(doc, k) ||
            digit_groups_at(doc, k) || case_number_at(doc, k) || stoppage_at(doc, k))
            return 0;
        if (n > 1 && s[0] == '0' && s[1] != ',' && s[1] != '.') return 0; /* "030", codes */
        if (!nf_parse_decimal(s, n, v)) return 0;
        size_t j = k + 1;
        /* "12 500": groups of three digits after a space. */
        bool plain = strspn(s, "0123456789") == n && n <= 3;
        while (plain && j < end && !doc->claimed[j] && doc->tokens[j].kind == NF_TOK_NUMBER &&
               doc->tok_len[j] == 3 && strspn(nf_tok(doc, j), "0123456789") == 3) {
            *v = *v * 1000 + atof(nf_tok(doc, j));
            j++;
        }
        return j;
    }
    if (t->kind != NF_TOK_WORD || (t->flags & NF_TF_TRUNC)) return 0;
    /* a fraction's noun alone is a part, a quarter of a town or of a game
     * ("im dritten Viertel", "im Viertel Jimeta"); after a number it makes
     * a share (amount_at) */
    if (fraction_noun(doc, k)) return 0;
    if (!nf_tok_number_word(doc, k, v)) return 0;
    *word = true;
    return k + 1;
}

/* Reads a hyphenated compound of number and currency or unit at token k:
 * "siebenhundert-Euro", "100-Dollar", "5-Prozent".  Returns true with the
 * value and the unit's code. */
static bool compound_at(const nf_doc *doc, size_t k, double *v, const char **code) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || doc->claimed[k]) return false;
    const char *w = nf_tok(doc, k), *l = nf_tokl(doc, k);
    const char *dash = strrchr(w, '-');
    if (!dash || dash == w || !dash[1]) return false;
    size_t head = (size_t)(dash - w);
    if (!nf_parse_decimal(w, head, v) && !nf_parse_number_word(doc->pack, l, head, v)) return false;
    const char *tail = dash + 1;
    const nf_lex_entry *e = nf_lexicon_find(&doc->pack->currencies, tail, strlen(tail));
    if (e) {
        *code = nf_lex_val(&doc->pack->currencies, e);
        return strchr(*code, '\t') == NULL || atof(strchr(*code, '\t') + 1) == 1.0;
    }
    e = nf_lexicon_find(&doc->pack->units, tail, strlen(tail));
    if (e) *code = nf_lex_val(&doc->pack->units, e);
    return e != NULL;
}

/* True when an idiom with a number word covers token k ("unter vier
 * Augen"): an idiom may start up to two tokens before it. */
static bool in_idiom(const nf_doc *doc, size_t k, size_t sa, size_t end) {
    for (size_t back = 0; back <= 2 && back <= k - sa; back++) {
        if (!(doc->tok_mask[k - back] & NF_TM_IDIOM)) continue;
        size_t tb;
        if (nf_tok_phrase(doc, k - back, end, 5, &doc->pack->number_idioms, true, &tb) && tb > k)
            return true;
    }
    return false;
}

/* The measure of the lower-case noun w (n bytes) in measures.txt, `e`
 * its entry when the caller looked the whole word up already:
 * exactly, without an inflection ending, then by its longest known
 * compound tail ("Nettoverlust" -> "verlust"); a change of a measure
 * measures what changes ("Mehrwertsteuererhöhung" -> "mehrwertsteuer",
 * "Zinssenkung" -> "zins").  NULL when none. */
static const char *measure_of_word(const nf_lexicon *lex, const char *w, size_t n,
                                   const nf_lex_entry *e) {
    static const char *const endings[] = {"es", "en", "er", "s", "n", "e"};
    for (size_t i = 0; !e && i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (n > el + 3 && memcmp(w + n - el, endings[i], el) == 0)
            e = nf_lexicon_find(lex, w, n - el);
    }
    for (size_t cut = 3; !e && cut + 3 < n; cut++) {          /* "Besitz" is no "Sitz" */
        if (((unsigned char)w[cut] & 0xC0) == 0x80) continue; /* inside a character */
        const char *tail = w + cut;
        if (*tail == '-') continue;
        /* (not "haft" of the suffix "-schaft": "Gesellschaft") */
        if (cut >= 2 && strncmp(tail - 2, "schaft", 6) == 0) continue;
        e = nf_lexicon_find(lex, tail, n - cut);
    }
    /* ("-": a compound whose tail would mislead measures nothing:
     * "Tankstellen" are no "Stellen") */
    const char *v = e ? nf_lex_val(lex, e) : NULL;
    if (v) return strcmp(v, "-") != 0 ? v : NULL;
    static const char *const changes[] = {"erhöhung", "erhöhungen", "senkung", "senkungen",
                                          "anhebung", "anhebungen", "kürzung", "kürzungen"};
    for (size_t i = 0; i < sizeof changes / sizeof changes[0]; i++) {
        size_t cl = strlen(changes[i]);
        if (n >= cl + 4 && memcmp(w + n - cl, changes[i], cl) == 0) {
            size_t m = n - cl;
            const nf_lex_entry *x = nf_lexicon_find(lex, w, m);
            return measure_of_word(lex, w, m, x);
        }
    }
    return NULL;
}

/* The measure of the noun at token k (measure_of_word). */
static const char *measure_of(const nf_doc *doc, size_t k) {
    const nf_lexicon *lex = &doc->pack->measures;
    size_t n = doc->tok_llen[k];
    if (n < 3) return NULL;
    return measure_of_word(lex, nf_tokl(doc, k), n, nf_tokl_get(doc, k, lex));
}

#define MEASURE_VERB_REACH 8 /* tokens after a count its clause's verb may stand */

/* True when token j is a form of "kosten" ("kostete ... das Leben"). */
static bool costs_word(const nf_doc *doc, size_t j) {
    static const char *const forms[] = {"kostet", "kostete",  "kosteten",
                                        "kosten", "gekostet", NULL};
    return j < doc->ntokens && nf_tok_in(doc, j, forms);
}

/* True when the word at j of measure-verbs.txt stands as it counts for
 * the count [ta, tb) of a sentence from sa: the nouns there only in their
 * phrase, "leben" after "ums" ("kamen ums Leben"), before a form of
 * "verlieren" ("ihr Leben verloren") or as what a form of "kosten" took
 * from the count, before it in its clause or after "das Leben" ("kostete
 * sechs Menschen das Leben", "die drei Menschen das Leben gekostet hat"),
 * "opfer" after "zum" ("fielen dem Hochwasser zum Opfer"). */
static bool measure_word_in_phrase(const nf_doc *doc, size_t j, size_t ta, size_t tb, size_t sa) {
    if (nf_tok_is(doc, j, "leben")) {
        if (j == 0) return false;
        if (nf_tok_is(doc, j - 1, "ums")) return true;
        /* "ihr Leben verloren", "sein Leben verlieren" */
        static const char *const lost[] = {"verloren", "verlor", "verlieren", NULL};
        static const char *const own[] = {"ihr", "sein", "das", NULL};
        if (nf_tok_in(doc, j - 1, own) && j + 1 < doc->ntokens && nf_tok_in(doc, j + 1, lost))
            return true;
        /* (right after the count's noun and its adjective at most) */
        if (!nf_tok_is(doc, j - 1, "das") || j - 1 > tb + 2) return false;
        if (costs_word(doc, j + 1)) return true;
        /* (the verb before the count in its clause: "kostete der Einsturz
         * zweier Häuser drei Menschen das Leben") */
        for (size_t k = ta; k > sa && ta - k < 10; k--) {
            if (costs_word(doc, k - 1)) return true;
            if (nf_tok_is(doc, k - 1, ",")) break;
        }
        return false;
    }
    if (nf_tok_is(doc, j, "opfer")) return j > 0 && nf_tok_is(doc, j - 1, "zum");
    return true;
}

/* The measure the verb or predicate of a count's clause gives it
 * (measure-verbs.txt: "mindestens 40 Menschen wurden getötet", "12
 * Soldaten starben", "kamen ums Leben"): the first such word within
 * MEASURE_VERB_REACH tokens after the count [ta, tb) before a comma or
 * another count, or the one that opens the clause before it ("Getötet
 * wurden 40 Menschen"); NULL when none. */
static const char *measure_by_verb(const nf_doc *doc, size_t ta, size_t tb, size_t sa, size_t sb) {
    const nf_lexicon *lex = &doc->pack->measure_verbs;
    for (size_t j = tb; j < sb && j < tb + MEASURE_VERB_REACH; j++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind == NF_TOK_NUMBER) break;
        if (t->kind == NF_TOK_PUNCT) {
            const char *p = nf_tok(doc, j);
            if ((p[0] == ',' || p[0] == ';') && !p[1]) break;
            continue;
        }
        if (t->kind != NF_TOK_WORD) continue;
        const nf_lex_entry *e = nf_tokl_get(doc, j, lex);
        if (!e) {
            /* "und" right after the count or its noun shares the next
             * count's verb:
             * "acht Menschen und auf der Insel 68 Menschen kamen ums
             * Leben" */
            double v;
            if (nf_tok_is(doc, j, "und") &&
                (j == tb || (j == tb + 1 && (doc->tokens[tb].flags & NF_TF_CAP)))) {
                /* (not past a verb of its own: "vier Autobomben und
                 * töteten 98 Menschen") */
                for (size_t n = j + 1;
                     n < sb && n < j + 10 && !nf_tok_is(doc, n, ",") && !nf_tokl_get(doc, n, lex);
                     n++)
                    if (doc->tokens[n].kind == NF_TOK_NUMBER || nf_tok_number_word(doc, n, &v))
                        return measure_by_verb(doc, n, n + 1, sa, sb);
            }
            /* (nor "und" between two nouns: "51 Personen durch
             * Schlammlawinen und Flutwasser getötet") */
            if (nf_tok_is(doc, j, "und") &&
                !(j > tb + 1 && j + 1 < sb && (doc->tokens[j - 1].flags & NF_TF_CAP) &&
                  doc->tokens[j + 1].kind == NF_TOK_WORD && (doc->tokens[j + 1].flags & NF_TF_CAP)))
                break;
            continue;
        }
        if (!measure_word_in_phrase(doc, j, ta, tb, sa)) continue;
        /* a participle before a noun is that noun's ("40 verletzte Soldaten"
         * has its own) */
        if (j + 1 < sb && (doc->tokens[j + 1].flags & NF_TF_CAP)) continue;
        return nf_lex_val(lex, e);
    }
    /* the finite verb right before the count, after the prefield: "Bei
     * dem Anschlag starben 20 Menschen", "In Berlin demonstrierten rund
     * 5000 Menschen" */
    /* (or before a pronoun, the subject: "Dort töteten sie 89 Menschen") */
    static const char *const pronouns[] = {"er", "sie", "es", "wir", "man", NULL};
    size_t v = ta > sa + 2 && nf_tok_in(doc, ta - 1, pronouns) ? ta - 2 : ta - 1;
    if (ta > sa + 1 && (doc->tokens[v].flags & NF_TF_LOWER) && !nf_tok_is(doc, v, "leben") &&
        !nf_tok_is(doc, v, "opfer")) {
        const nf_lex_entry *e = nf_tokl_get(doc, v, lex);
        if (e) return nf_lex_val(lex, e);
    }
    /* the clause's first word, the verb before the count: "Getötet wurden" */
    size_t a = ta;
    while (a > sa && !nf_tok_is(doc, a - 1, ",") && ta - a < 3) a--;
    if (a < ta && (a == sa || nf_tok_is(doc, a - 1, ","))) {
        const nf_lex_entry *e = nf_tokl_get(doc, a, lex);
        if (e && !nf_tok_is(doc, a, "leben") && !nf_tok_is(doc, a, "opfer"))
            return nf_lex_val(lex, e);
    }
    return NULL;
}

/* True when token j ends the clause a sum's verb is looked for in: a
 * comma, semicolon, colon or dash, or another count (not a year the
 * times stage took: "exportierte 2023 Öl im Wert von ..."). */
static bool money_clause_stop(const nf_doc *doc, size_t j) {
    const nf_token *t = &doc->tokens[j];
    return (t->kind == NF_TOK_NUMBER && !doc->claimed[j]) ||
           (t->kind == NF_TOK_PUNCT && (nf_tok_is(doc, j, ",") || nf_tok_is(doc, j, ";") ||
                                        nf_tok_is(doc, j, ":") || nf_tok_is(doc, j, "–")));
}

/* The measure money-verbs.txt gives the word at token j of a sentence
 * ending at sb, or NULL; not a participle before its noun, which is the
 * noun's ("an nicht bezahlten Steuern"), though a verb before a name that
 * is its subject is ("Im Jahr 2023 exportierte Russland Öl für ..."). */
static const char *money_verb_at(const nf_doc *doc, size_t j, size_t sb) {
    if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_LOWER) ||
        (j + 1 < sb && (doc->tokens[j + 1].flags & NF_TF_CAP) && !nf_mention_over(doc, j + 1)))
        return NULL;
    const nf_lexicon *lex = &doc->pack->money_verbs;
    const nf_lex_entry *e = nf_tokl_get(doc, j, lex);
    return e ? nf_lex_val(lex, e) : NULL;
}

/* The measure the verb of a sum of money's clause gives it
 * (money-verbs.txt: "Das Gebäude kostet fast fünf Milliarden Dollar",
 * "soll rund 500 Euro kosten", "zahlte der Staat 70.000 Dollar"): the
 * nearest such word within MEASURE_VERB_REACH tokens before the sum
 * [ta, tb) or after it (the one before where both are as near), in its
 * clause (money_clause_stop); NULL when none. */
static const char *measure_by_money_verb(const nf_doc *doc, size_t ta, size_t tb, size_t sa,
                                         size_t sb) {
    const char *before = NULL, *after = NULL;
    size_t db = 0, da = 0;
    for (size_t d = 1; d <= MEASURE_VERB_REACH && ta >= sa + d && !before; d++) {
        if (money_clause_stop(doc, ta - d)) break;
        if ((before = money_verb_at(doc, ta - d, sb)) != NULL) db = d;
    }
    for (size_t d = 1; d <= MEASURE_VERB_REACH && tb + d - 1 < sb && !after; d++) {
        if (money_clause_stop(doc, tb + d - 1)) break;
        if ((after = money_verb_at(doc, tb + d - 1, sb)) != NULL) da = d;
    }
    return before && (!after || db <= da) ? before : after;
}

/* True for a measure that says only who the people counted are
 * (measures.txt: "troops", "police", "participants"), not what befell
 * them. */
static bool people_measure(const char *m) {
    static const char *const people[] = {"employees", "participants", "visitors",   "troops",
                                         "refugees",  "passengers",   "population", "voters",
                                         "members",   "police",       "prisoners",  "unemployed",
                                         NULL};
    for (const char *const *p = people; *p; p++)
        if (strcmp(m, *p) == 0) return true;
    return false;
}

/* The measure a participle between a count and its noun gives it ("40
 * verletzte Soldaten" injured, "60 getötete Journalisten" deaths): its
 * stem, without the adjective's ending, in measure-verbs.txt; NULL when
 * none of the words in [j, obj) is one. */
static const char *measure_by_participle(const nf_doc *doc, size_t j, int32_t obj) {
    const nf_lexicon *lex = &doc->pack->measure_verbs;
    static const char *const endings[] = {"en", "er", "es", "em", "e", NULL};
    for (; obj >= 0 && j < (size_t)obj; j++) {
        const char *w = nf_tokl(doc, j);
        size_t n = doc->tok_llen[j];
        for (const char *const *e = endings; *e; e++) {
            size_t el = strlen(*e);
            if (n <= el + 3 || strcmp(w + n - el, *e) != 0) continue;
            const nf_lex_entry *x = nf_lexicon_find(lex, w, n - el);
            if (x && strncmp(w, "leben", 5) != 0 && strncmp(w, "opfer", 5) != 0)
                return nf_lex_val(lex, x);
            break;
        }
    }
    return NULL;
}

/* True when the noun at token k is an election's ("Wahlen",
 * "Vorwahlen", "Landtagswahl"). */
static bool ends_in_wahl(const nf_doc *doc, size_t k) {
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    return (n >= 4 && memcmp(w + n - 4, "wahl", 4) == 0) ||
           (n >= 6 && memcmp(w + n - 6, "wahlen", 6) == 0);
}

/* True when amount a counts "Stellen" after "an", perhaps with an adverb
 * between ("an drei Stellen", "an insgesamt zwei Stellen"): spots, where
 * something happened, no jobs. */
static bool spots_not_jobs(const nf_doc *doc, const nf_amount *a, size_t sa) {
    if (a->obj < 0 || !nf_tok_is(doc, (size_t)a->obj, "stellen") || a->ta <= sa) return false;
    size_t p = a->ta - 1;
    if (p > sa && !nf_tok_is(doc, p, "an") && doc->tokens[p].kind == NF_TOK_WORD &&
        (doc->tokens[p].flags & NF_TF_LOWER))
        p--;
    return nf_tok_is(doc, p, "an");
}

/* True when amount a may count the people a verb tells of: it counts no
 * time ("im Alter von 79 Jahren gestorben") or pieces ("16.000 Stück ...
 * vertrieben"), and no definite article stands before it, which makes it
 * the whole of which another number counts a part ("zwei der drei
 * Kinder", "von den 160 anwesenden Personen starben zehn"). */
static bool counts_people(const nf_doc *doc, const nf_amount *a, size_t sa) {
    static const char *const definite[] = {"der", "den", "des", "die", NULL};
    /* (but "der" or "die" right after a comma is a relative pronoun: "ein
     * Unfall, der drei Menschen tötete") */
    if (a->ta > sa && nf_tok_in(doc, a->ta - 1, definite) &&
        !(a->ta > sa + 1 && nf_tok_is(doc, a->ta - 2, ",") &&
          (nf_tok_is(doc, a->ta - 1, "der") || nf_tok_is(doc, a->ta - 1, "die"))))
        return false;
    if (a->obj < 0) return true;
    size_t k = (size_t)a->obj;
    return !nf_tok_find(doc, k, &doc->pack->time_units) && !nf_tok_is(doc, k, "stück") &&
           !nf_tok_find(doc, k, &doc->pack->units);
}

/* True when amount a (ending at token e) stands where a verb's object
 * does: after no preposition ("in 40 Sprachen übersetzt", "in drei
 * Varianten"), no article or genitive that makes it a whole ("drei der
 * sechs Pavillons", "der ca. 50.000 Wohnungen umfassenden WoBa"), and
 * before no possessive of a part ("zwei ihrer Brüder"). */
static bool verb_object_count(const nf_doc *doc, const nf_amount *a, size_t sa, size_t e) {
    static const char *const before[] = {"der", "den", "des",  "die",   "dem", "in",  "mit",
                                         "an",  "von", "für",  "zu",    "aus", "bei", "nach",
                                         "auf", "um",  "über", "unter", NULL};
    static const char *const part[] = {"ihrer", "seiner", "unserer", "deren", NULL};
    if (a->ta > sa && nf_tok_in(doc, a->ta - 1, before)) return false;
    return !(e < doc->ntokens && nf_tok_in(doc, e, part));
}

#define CLAUSE_REACH 12 /* tokens back a figure's clause is read for its opening */

/* The first token of the clause of a figure at token k of a sentence from
 * sa: after the last comma or semicolon before it, CLAUSE_REACH tokens
 * back at most. */
static size_t clause_opening(const nf_doc *doc, size_t k, size_t sa) {
    size_t a = k;
    while (a > sa && !nf_tok_is(doc, a - 1, ",") && !nf_tok_is(doc, a - 1, ";") &&
           k - a < CLAUSE_REACH)
        a--;
    return a;
}

/* The token of the economy ("Wirtschaft", "Weltwirtschaft", "die
 * deutsche Wirtschaft") that opens the clause of a percentage at token k
 * of a sentence from sa as the subject of a verb of growing or shrinking
 * before it ("Die deutsche Wirtschaft schrumpfte 2024 um 0,2 Prozent",
 * "Die Weltwirtschaft wächst um 3 Prozent"); -1 when there is none.  Not
 * a sector's ("Landwirtschaft", "Bauwirtschaft"): only the plain word and
 * the world's and the people's economy. */
static int32_t economy_growing(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const economies[] = {"wirtschaft", "weltwirtschaft", "volkswirtschaft",
                                            NULL};
    static const char *const verbs[] = {"wuchs",      "wächst",      "wachse",    "wachsen",
                                        "gewachsen",  "schrumpfte",  "schrumpft", "schrumpfe",
                                        "schrumpfen", "geschrumpft", NULL};
    size_t a = clause_opening(doc, k, sa);
    /* the clause's opening: an article, at most one adjective, the noun */
    size_t n = a;
    if (n < k && (nf_tok_is(doc, n, "die") || nf_tok_is(doc, n, "der"))) n++;
    if (n < k && (doc->tokens[n].flags & NF_TF_LOWER)) n++;
    if (n >= k || !(doc->tokens[n].flags & NF_TF_CAP) || !nf_tok_in(doc, n, economies)) return -1;
    for (size_t j = n + 1; j < k; j++)
        if (nf_tok_in(doc, j, verbs)) return (int32_t)n;
    return -1;
}

/* The noun a clause's "Zahl der" or "Anzahl der" counts, before the
 * number at token k of a sentence from sa, in its clause ("Die Zahl der
 * Toten stieg auf 120", "die Zahl der registrierten Arbeitslosen lag bei
 * 2,91 Millionen"); -1 when there is none. */
static int32_t number_of_noun(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const numbers[] = {"zahl", "anzahl", NULL};
    size_t a = clause_opening(doc, k, sa);
    for (size_t j = a; j + 2 < k; j++) {
        if (!(doc->tokens[j].flags & NF_TF_CAP) || !nf_tok_in(doc, j, numbers) ||
            !(nf_tok_is(doc, j + 1, "der") || nf_tok_is(doc, j + 1, "von")))
            continue;
        size_t n = j + 2;
        while (n < k && n < j + 4 && doc->tokens[n].kind == NF_TOK_WORD &&
               (doc->tokens[n].flags & NF_TF_LOWER))
            n++;
        if (n < k && doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_CAP))
            return (int32_t)n;
    }
    return -1;
}

/* True when the clause of a percentage at token k of a sentence from sa
 * opens with a political party as the subject of a verb of an election's
 * result before it ("Die AfD kam auf 20,8 Prozent", "die SPD erreichte
 * mit 16,4 Prozent ihr schlechtestes Ergebnis", "Die Grünen verloren 3,1
 * Prozent"): the party's share of the votes.  Not what a party wants
 * ("Die SPD will den Mindestlohn um 10 Prozent erhöhen"). */
static bool party_share(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const verbs[] = {
        "kam",       "kommt",    "kamen",     "kommen",      "käme",
        "erreichte", "erreicht", "erreichen", "erhielt",     "erhält",
        "erhielten", "holte",    "holt",      "holten",      "gewann",
        "gewinnt",   "gewannen", "landete",   "landet",      "liegt",
        "lag",       "lagen",    "liegen",    "verlor",      "verliert",
        "verloren",  "stürzte",  "sackte",    "rutschte",    "legte",
        "legt",      "legten",   "steigerte", "verbesserte", "verschlechterte",
        NULL};
    size_t a = clause_opening(doc, k, sa);
    if (a < k && (nf_tok_is(doc, a, "die") || nf_tok_is(doc, a, "der"))) a++;
    const nf_mention *m = NULL;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta == a;
         i++)
        if (nf_actor_sector(doc->entities[doc->mentions[i].entity].actor, "PTY"))
            m = &doc->mentions[i];
    if (!m || m->tb >= k) return false;
    for (size_t j = m->tb; j < k; j++)
        if (nf_tok_in(doc, j, verbs)) return true;
    return false;
}

/* True for a capitalised word that can be the counted noun. */
static bool noun_at(const nf_doc *doc, size_t k, size_t end) {
    if (k >= end) return false;
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || doc->claimed[k]) return false;
    const nf_langpack *lp = doc->pack;
    return !nf_tok_find(doc, k, &lp->sentence_starters) && !nf_tok_find(doc, k, &lp->months) &&
           !nf_tok_find(doc, k, &lp->weekdays);
}

/* The noun after an amount, skipping up to two adjectives ("22 Mädchen",
 * "mehr als 100 Tote", "1,3 Millionen Bundesbürger", "drei neue Werke"). */
static int32_t object_after(const nf_doc *doc, size_t j, size_t end) {
    for (size_t skip = 0; skip <= 2 && j < end; skip++, j++) {
        if (noun_at(doc, j, end)) return (int32_t)j;
        if (skip == 0 && (nf_tok_is(doc, j, "der") || nf_tok_is(doc, j, "des"))) {
            /* "30 Prozent der Stimmen": the genitive names what is counted */
            if (noun_at(doc, j + 1, end)) return (int32_t)(j + 1);
            continue;
        }
        const nf_token *t = &doc->tokens[j];
        const char *l = nf_tokl(doc, j);
        size_t n = doc->tok_llen[j];
        bool adjective =
            t->kind == NF_TOK_WORD && (t->flags & NF_TF_LOWER) && n > 3 &&
            (l[n - 1] == 'e' ||
             (n > 4 && l[n - 2] == 'e' &&
              (l[n - 1] == 'n' || l[n - 1] == 'r' || l[n - 1] == 's' || l[n - 1] == 'm')));
        /* (the ending of an adjective of a percentage, written onto its
         * sign: "einer 2,6%igen Rendite") */
        adjective |= t->kind == NF_TOK_WORD && j > 0 && !(t->flags & NF_TF_SPACE_BEFORE) &&
                     n >= 3 && l[0] == 'i' && l[1] == 'g' && nf_tok_is(doc, j - 1, "%");
        if (!adjective) break;
    }
    return -1;
}

/* The nearest noun with a measure before token k in the sentence (for
 * a sum of money, `money`, none that counts people or things): not
 * one after "vor" or "nach", which qualifies the noun before it ("Das
 * Ergebnis vor Steuern sank von 518 Millionen"), nor one in a clause of
 * purpose that opens the sentence ("Um ihn für den Verlust zu
 * entschädigen, zahlte der Staat 70.000 Dollar"). */
static bool count_measure(const char *m); /* below */

static int32_t measure_noun_before(const nf_doc *doc, size_t k, size_t sa, bool money) {
    for (size_t j = k; j-- > sa;) {
        if (nf_tok_is(doc, j, ",") && j > sa && nf_tok_zu_infinitive(doc, j - 1) &&
            nf_tok_in(doc, sa, (const char *const[]){"um", "ohne", "statt", "anstatt", NULL}))
            break;
        if (doc->claimed[j] || doc->tokens[j].kind != NF_TOK_WORD) continue;
        if (!(doc->tokens[j].flags & NF_TF_CAP)) continue;
        if (j > sa && (nf_tok_is(doc, j - 1, "vor") || nf_tok_is(doc, j - 1, "nach"))) continue;
        /* (an adjective's form in "-e" before a capitalised word is the
         * adjective of a name, capitalised as names are: "das Tote
         * Gebirge"; the noun is "20 Tote") */
        if (j + 1 < k && doc->tokens[j + 1].kind == NF_TOK_WORD &&
            (doc->tokens[j + 1].flags & NF_TF_CAP) &&
            nf_tokl(doc, j)[doc->tok_llen[j] - 1] == 'e' &&
            nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, j)))
            continue;
        const char *m = measure_of(doc, j);
        if (m && !(money && count_measure(m))) return (int32_t)j;
    }
    return -1;
}

/* True when token k has `role` in period-cues.txt ("compare", "carry"). */
static bool period_cue(const nf_doc *doc, size_t k, const char *role) {
    const nf_lexicon *lex = &doc->pack->period_cues;
    const nf_lex_entry *e = k < doc->ntokens ? nf_tokl_get(doc, k, lex) : NULL;
    return e && strcmp(nf_lex_val(lex, e), role) == 0;
}

static bool record_since(const nf_doc *doc, size_t j, size_t sa); /* below */

/* True when time t is the base of a comparison, not a period: a "compare"
 * word stands at most three words before it in its sentence ("gegenüber
 * dem Vorjahr", "im Vergleich zum Vorjahreszeitraum"; not "Zum Vergleich:
 * 2014 lag ...", where the time opens a clause of its own), or a record's
 * "seit" (record_since). */
static bool compared_time(const nf_doc *doc, const nf_time *t, size_t sa) {
    for (size_t back = 1; back <= 3 && t->ta >= sa + back; back++) {
        size_t j = t->ta - back;
        if (period_cue(doc, j, "compare")) return true;
        if (nf_tok_is(doc, j, "seit")) return record_since(doc, j, sa);
        if (doc->tokens[j].kind != NF_TOK_WORD) return false;
    }
    return false;
}

/* True when "seit" at token j follows a superlative or "erstmals" within
 * four words of its sentence from sa: the time after it is the base of a
 * record ("ihr schlechtestes Ergebnis seit 1887", "der höchste Stand seit
 * 2008", "erstmals seit 2019"), no span the figure covers. */
static bool record_since(const nf_doc *doc, size_t j, size_t sa) {
    static const char *const endings[] = {"ste",  "sten", "ster", "stes", "stem", "ßte",
                                          "ßten", "ßter", "ßtes", "ßtem", NULL};
    for (size_t b = j; b > sa && j - b < 4;) {
        b--;
        if (doc->tokens[b].kind != NF_TOK_WORD) return false;
        if (nf_tok_is(doc, b, "erstmals")) return true;
        const char *w = nf_tokl(doc, b);
        size_t n = doc->tok_llen[b];
        if (!(doc->tokens[b].flags & NF_TF_LOWER) || n < 6) continue;
        for (const char *const *e = endings; *e; e++) {
            size_t el = strlen(*e);
            if (memcmp(w + n - el, *e, el) == 0) return true;
        }
    }
    return false;
}

/* True when time t follows "seit" (within three words): a figure counted
 * from then to the document's date ("wurden seit 2009 mindestens 14.000
 * Menschen getötet", "seit August um 25 Prozent zugelegt"). */
static bool since_time(const nf_doc *doc, const nf_time *t, size_t sa) {
    for (size_t back = 1; back <= 3 && t->ta >= sa + back; back++) {
        size_t j = t->ta - back;
        if (nf_tok_is(doc, j, "seit")) return true;
        if (doc->tokens[j].kind != NF_TOK_WORD) return false;
    }
    return false;
}

/* True when the figure at token ta stands in apposition to time t: "dem
 * Vorjahr (1.697.881 Passagiere)", "gegenüber dem Vorjahr mit 33,1 Mio.
 * Euro" name the figure of the compared time. */
static bool figure_of_time(const nf_doc *doc, const nf_time *t, size_t ta) {
    return ta == t->tb + 1 && (nf_tok_is(doc, t->tb, "(") || nf_tok_is(doc, t->tb, "mit"));
}

/* True when the figure at token ta stands in a clause of "als" right
 * after time t that tells what happened then: "die schwerste Krise seit
 * 2009, als das BIP um 7,9 Prozent einbrach" is a figure of 2009. */
static bool figure_of_when(const nf_doc *doc, const nf_time *t, size_t ta) {
    if (ta <= t->tb + 2 || !nf_tok_is(doc, t->tb, ",") || !nf_tok_is(doc, t->tb + 1, "als"))
        return false;
    for (size_t j = t->tb + 2; j < ta; j++)
        if (nf_tok_is(doc, j, ",") || nf_tok_is(doc, j, ";")) return false;
    return true;
}

/* True when time t, in a clause after the figure ending at token tb (a
 * comma between them), has a figure of its own after it in that clause
 * ("407 Milliarden Dollar vorgesehen, für das laufende Jahr mit
 * zusätzlichen 410 Milliarden Dollar"): the time is that figure's. */
static bool figure_after_time(const nf_doc *doc, const nf_time *t, size_t tb, size_t sb) {
    bool comma = false;
    for (size_t j = tb; j < t->ta && !comma; j++) comma = nf_tok_is(doc, j, ",");
    if (!comma) return false;
    for (size_t j = t->tb; j < sb && !nf_tok_is(doc, j, ",") && !nf_tok_is(doc, j, ";"); j++)
        if (doc->tokens[j].kind == NF_TOK_NUMBER) return true;
    return false;
}

/* The time in the sentence that gives the figure's period: the nearest
 * year, month or span before it, else after it (not one with a figure of
 * its own after it), unless it is the base of a comparison; -1 when
 * none. */
static int32_t period_for(const nf_doc *doc, size_t ta, size_t tb, size_t sa, size_t sb) {
    int32_t best = -1;
    size_t best_dist = SIZE_MAX;
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        if (t->ta < sa || t->tb > sb || !t->has_days || !t->value[0]) continue;
        if (compared_time(doc, t, sa) && !figure_of_time(doc, t, ta) && !figure_of_when(doc, t, ta))
            continue;
        size_t vl = strlen(t->value);
        bool coarse = vl == 4 || vl == 7 || strchr(t->value, '/') != NULL;
        if (!coarse) continue;
        if (t->ta >= tb && figure_after_time(doc, t, tb, sb)) continue;
        size_t dist = t->tb <= ta ? ta - t->tb : t->ta >= tb ? (t->ta - tb) + 1000 : 0;
        /* (the time right after the figure, past "im", is its own: "lag im
         * Januar bei 2,3 Prozent nach 2,6 Prozent im Dezember") */
        if (t->ta == tb + 1 && (nf_tok_is(doc, tb, "im") || nf_tok_is(doc, tb, "in"))) dist = 0;
        if (dist < best_dist) best = (int32_t)i, best_dist = dist;
    }
    return best;
}

/* Which part of a period of several years a figure of a change "von A auf
 * B" belongs to: A to the first year, B to the last ("im Zeitraum von 2001
 * bis 2005 ... von 114 auf 99 Euro"); 3 for a time after "seit", from its
 * first day to the document's date; 0 (all of it) otherwise.  `prev` is
 * the figure before, NULL when none. */
static uint8_t period_part(const nf_doc *doc, const nf_amount *a, const nf_amount *prev, size_t sa,
                           size_t sb) {
    const nf_time *t = &doc->times[a->period];
    if (since_time(doc, t, sa) && !figure_of_when(doc, t, a->ta)) {
        int32_t from = t->first_y * 10000 + t->first_m * 100 + t->first_d;
        return nf_doc_day(doc) && from <= nf_doc_day(doc) ? 3 : 0;
    }
    if (t->first_y >= t->last_y || a->ta <= sa) return 0;
    if (nf_tok_is(doc, a->ta - 1, "von") && a->tb < sb && nf_tok_is(doc, a->tb, "auf")) return 1;
    if (nf_tok_is(doc, a->ta - 1, "auf") && prev && prev->period == a->period &&
        prev->period_part == 1 && prev->tb == a->ta - 1)
        return 2;
    return 0;
}

/* The figure whose period a sentence opening with a "carry" word
 * ("Dabei", "Damit") keeps: the last one of the previous sentence that
 * has a period; NULL when none. */
static const nf_amount *carried_period(const nf_doc *doc, size_t si) {
    size_t sa = doc->sentences[si].ta, k = sa;
    while (k < doc->sentences[si].tb &&
           (doc->tokens[k].kind == NF_TOK_PUNCT || doc->tokens[k].kind == NF_TOK_QUOTE))
        k++;
    if (!period_cue(doc, k, "carry")) return NULL;
    for (size_t i = doc->namounts; i-- > 0;) {
        const nf_amount *p = &doc->amounts[i];
        size_t ps = doc->tok_sent[p->ta];
        if (ps + 1 < si) return NULL;
        if (ps + 1 == si && p->period >= 0) return p;
    }
    return NULL;
}

/* True when a bare number is part of a name or identifier: "Boeing 747",
 * "Artikel 5", "Nr. 3", "Platz 3", "iPhone 6". */
static bool identifier(const nf_doc *doc, size_t k, size_t sa) {
    if (k == sa) return false;
    const nf_token *p = &doc->tokens[k - 1];
    if (p->kind == NF_TOK_ABBREV) {
        const char *l = nf_tokl(doc, k - 1);
        return strcmp(l, "ca.") != 0 && strcmp(l, "rd.") != 0;
    }
    /* (a brand's word in lower case with a capital inside: "iPhone 6",
     * "iOS 9"; not "der 22-Jährige drei") */
    if (p->kind == NF_TOK_WORD && !(p->flags & NF_TF_CAP)) {
        if (doc->text.cls[p->a] != NF_C_LOWER) return false;
        for (uint32_t i = p->a + 1; i < p->b; i++)
            if (doc->text.cls[i] == NF_C_UPPER) return true;
        return false;
    }
    if (p->kind != NF_TOK_WORD) return false;
    const nf_langpack *lp = doc->pack;
    if (nf_tok_find(doc, k - 1, &lp->sentence_starters) || nf_tok_find(doc, k - 1, &lp->months))
        return false;
    /* a capital at the sentence start says little: a name's there only
     * when the word is no word of the language ("Windows 10 kommt",
     * "Ubuntu 16.04 erscheint"; not "Etwa 100", "Gestern 10") */
    const nf_ner_model *m = doc->engine->ner;
    return k - 1 != sa || (!nf_ner_lower_word(m, nf_tokl(doc, k - 1)) &&
                           !nf_ner_common_noun(m, nf_tokl(doc, k - 1), NF_COMMON_NOUN_MIN_FREQ));
}

/* True when the number at token k (ending before j) after a capitalised
 * word counts the noun after it: a number word, or digits after a common
 * noun ("sind laut Polizei zwei Menschen gestorben", "nach Angaben der
 * Polizei 14 Menschen"), where identifier() reads a name and its number
 * ("Boeing 747", "Windows 10"). */
static bool counts_after_noun(const nf_doc *doc, size_t k, size_t j, size_t sb, bool word) {
    /* (after a noun of ranks and numbers the number is one: "auf Rang
     * sechs klassierten", "als Nummer fünf gesetzt", "Art 6 StGG") */
    static const char *const ranks[] = {"rang",  "platz",  "nummer", "position",  "runde",
                                        "tag",   "teil",   "art",    "artikel",   "absatz",
                                        "stufe", "gruppe", "level",  "kategorie", NULL};
    if (k == 0 || nf_tok_in(doc, k - 1, ranks)) return false;
    int32_t obj = object_after(doc, j, sb);
    if (obj < 0) return false;
    /* the noun right after it, adjectives between, no article ("Platz neun
     * der Tabelle", "Boeing 747 der KLM") */
    for (size_t t = j; t < (size_t)obj; t++)
        if (!(doc->tokens[t].flags & NF_TF_LOWER) || nf_article_or_determiner(doc, t)) return false;
    /* (a number word in lower case, a whole one: "Drei Hirtenkinder", "die
     * Tausend Inseln" are names, "halb Welle" no count) */
    if (word) return (doc->tokens[k].flags & NF_TF_LOWER) && strcmp(nf_tokl(doc, k), "halb") != 0;
    /* (digits after a common noun in lower-case letters, no acronym: "ZDF
     * 23.40 MAGAZIN" is a programme's time; nor a year, "seit den Wahlen
     * 2014 Vizebürgermeisterin", nor a clock's "22.15") */
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (n == 4 && strspn(w, "0123456789") == 4 && atoi(w) >= 1000 && atoi(w) < 2200) return false;
    if (n >= 4 && n <= 5 && w[n - 3] == '.' && strspn(w, "0123456789.") == n) return false;
    const nf_ner_model *m = doc->engine->ner;
    if (!m || !nf_tok_lower_after_first(doc, k - 1)) return false;
    /* (or after a compound of one, before a noun of what a figure
     * measures: "forderte die Naturkatastrophe 92 Menschenleben") */
    return nf_ner_common_noun(m, nf_tokl(doc, k - 1), NF_COMMON_NOUN_MIN_FREQ) ||
           (nf_noun_compound(doc, k - 1) && measure_of(doc, (size_t)obj) != NULL);
}

/* True when the plain number at token k, closed by the period at token j,
 * numbers an item of a ranking or a line-up: a dash, colon, semicolon,
 * comma, opening parenthesis or the figure of the item before stands before
 * it and a capitalised word other than a sentence's usual first word follows
 * ("1. Frenzel 671 - 2. Riessle", "Weiter: 10. Gruber", "(71. Sanogo)",
 * "8:17:43 3. Timothy O'Donnell"), or a closing parenthesis or a slash
 * follows the period (a goal's minute: "Rosseli (44.)", "(23./Foulelfmeter)"),
 * or a plus and the stoppage time ("(45.+1)").
 * An ordinal, not an amount; the segmenter's sentence break after it stays
 * (the name tagger reads such lists better so). */
static bool list_rank(const nf_doc *doc, size_t k, size_t j) {
    if (k == 0 || j + 1 >= doc->ntokens || doc->tok_len[k] > 3) return false;
    if (strspn(nf_tok(doc, k), "0123456789") != doc->tok_len[k]) return false;
    if (strcmp(nf_tok(doc, j), ".") != 0 || (doc->tokens[j].flags & NF_TF_SPACE_BEFORE))
        return false;
    if (strcmp(nf_tok(doc, j + 1), ")") == 0 || strcmp(nf_tok(doc, j + 1), "/") == 0 ||
        strcmp(nf_tok(doc, j + 1), "+") == 0)
        return true; /* "Rosseli (44.)", "Olic (23./Foulelfmeter)", "(45.+1)" */
    const nf_token *next = &doc->tokens[j + 1];
    if (next->kind != NF_TOK_WORD || !(next->flags & NF_TF_CAP) ||
        nf_tok_find(doc, j + 1, &doc->pack->sentence_starters))
        return false;
    if (doc->tokens[k - 1].kind == NF_TOK_NUMBER) return true;
    const char *p = nf_tok(doc, k - 1);
    return strcmp(p, "\xe2\x80\x93") == 0 || strcmp(p, "\xe2\x80\x94") == 0 ||
           strcmp(p, "-") == 0 || strcmp(p, ":") == 0 || strcmp(p, ";") == 0 ||
           strcmp(p, ",") == 0 || strcmp(p, "(") == 0;
}

/* True when token k, read as `v`, is a bare counting word a vague quantity
 * word may stand before: "hundert", "tausend", "Dutzend" (or 100 and 1000
 * in digits), not "drei" or "250". */
static bool counting_word(const nf_doc *doc, size_t k, double v) {
    if (doc->tokens[k].kind == NF_TOK_NUMBER) return v == 100 || v == 1000;
    const char *l = nf_tokl(doc, k);
    return strcmp(l, "hundert") == 0 || strcmp(l, "tausend") == 0 || strcmp(l, "dutzend") == 0 ||
           strcmp(l, "zehntausend") == 0 || strcmp(l, "hunderttausend") == 0;
}

/* Reads a counting word in the plural that qualifiers.txt marks "many"
 * ("Hunderte Zivilisten", "Tausende Euro", "Dutzende Millionen Muslime"),
 * ending at token j, with the scale word after it: a figure
 * without a value, kept where a unit or a counted noun follows.  Returns the
 * token after it, or 0. */
static size_t many_at(const nf_doc *doc, size_t j, size_t sb, nf_amount *a, size_t k) {
    unit_match u;
    a->value = NAN;
    a->qualifier = "about";
    if (j < sb && nf_tok_find(doc, j, &doc->pack->scale_words)) j++; /* "Dutzende Millionen" */
    if ((currency_at(doc, j, sb, &u) && u.factor == 1.0) || unit_at(doc, j, sb, &u)) {
        a->unit = u.code;
        j = u.tb;
    } else if (object_after(doc, j, sb) < 0) {
        return 0;
    }
    a->ta = (uint32_t)k;
    a->tb = (uint32_t)j;
    return j;
}

/* True when the plain number at token k is a person's age in parentheses
 * after their name or a noun of persons: "Nina Hagen (56)", "Der Fahrer
 * (33)", "ein Passant (23)",
 * "Aysha (35, Name geändert)" - not "Brandenburg (97)". */
static bool age_in_parentheses(const nf_doc *doc, size_t k) {
    if (k < 2 || k + 1 >= doc->ntokens || !nf_tok_is(doc, k - 1, "(")) return false;
    if (!nf_tok_is(doc, k + 1, ")") && !nf_tok_is(doc, k + 1, ",")) return false;
    double v = atof(nf_tok(doc, k));
    if (doc->tok_len[k] > 3 || v < 1 || v > 120) return false;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb == k - 1) return doc->entities[m->entity].type == NF_ENT_PERSON;
    }
    return nf_person_noun_at(doc, k - 2); /* a role's or a class noun of persons */
}

/* Grows the amounts array; false when memory runs out. */
static bool push_amount(nf_doc *doc, size_t *cap, const nf_amount *a) {
    if (doc->namounts == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        nf_amount *v = nf_arena_alloc(&doc->arena, ncap * sizeof *v);
        if (!v) return false;
        if (doc->namounts) memcpy(v, doc->amounts, doc->namounts * sizeof *v);
        doc->amounts = v;
        *cap = ncap;
    }
    doc->amounts[doc->namounts++] = *a;
    return true;
}

/* True when token k may begin an amount: only numbers, number words,
 * qualifiers and currencies do.  The stage asks before calling amount_at,
 * so that most tokens cost no call. */
static inline bool may_start_amount(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_NUMBER ||
           (doc->tok_mask[k] & (NF_TM_NUMWORD | NF_TM_QUAL | NF_TM_CURRENCY));
}

/* True when token k of sentence [sa, ...) is a minus sign before the
 * number at k + 1: the word "minus" ("minus 12 Grad"; not "plus/minus
 * 3", "plus minus 3": a margin), or a hyphen, minus or en dash written
 * onto the number ("-12 Grad", "−3,5 Prozent") and set off from what
 * stands before it (not a range's "10-12", nor "Covid-19"). */
static bool minus_sign(const nf_doc *doc, size_t k, size_t sa) {
    if (nf_tok_is(doc, k, "minus") || nf_tok_is(doc, k, "минус"))
        return k == sa || !(nf_tok_is(doc, k - 1, "plus") || nf_tok_is(doc, k - 1, "/") ||
                            nf_tok_is(doc, k - 1, "плюс"));
    const char *s = nf_tok(doc, k);
    bool dash =
        strcmp(s, "-") == 0 || strcmp(s, "\xE2\x88\x92") == 0 || strcmp(s, "\xE2\x80\x93") == 0;
    return dash && doc->tokens[k].kind == NF_TOK_PUNCT &&
           !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) &&
           (k == sa || (doc->tokens[k].flags & NF_TF_SPACE_BEFORE));
}

/* Empties amount a: no value range, no object, no period. */
static void amount_clear(nf_amount *a) {
    memset(a, 0, sizeof *a);
    a->value_max = NAN;
    a->obj = -1;
    a->period = -1;
}

/* "die Hälfte der Befragten", "mehr als die Hälfte der Stimmen": a share
 * of 50 percent, when token k (which must read "Hälfte", capitalised)
 * follows the article "die" or "der" and stands before its whole (not
 * "die zweite Hälfte des Jahres", "zur Hälfte"); the span opens at the
 * qualifier before the article where there is one ("mehr als die
 * Hälfte"), else at the noun.  Returns the token after it, 0 when none. */
static size_t half_at(const nf_doc *doc, size_t k, size_t sa, size_t sb, nf_amount *a) {
    static const char *const whole[] = {"der", "des", "aller", "ihrer", "seiner", NULL};
    static const char *const article[] = {"die", "der", NULL};
    /* "nach der Hälfte des Films": a point in time */
    static const char *const when[] = {"nach", "vor", "bis", "seit", "ab", "in", NULL};
    if (k < sa + 1 || k + 1 >= sb || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !nf_tok_in(doc, k - 1, article) || !nf_tok_in(doc, k + 1, whole) ||
        (k >= sa + 2 && nf_tok_in(doc, k - 2, when)))
        return 0;
    amount_clear(a);
    a->value = 50;
    a->unit = "%";
    a->ta = (uint32_t)k;
    a->tb = (uint32_t)(k + 1);
    /* a qualifier ending right before the article */
    const nf_lexicon *q = &doc->pack->qualifiers;
    for (size_t b = k - 1; b > sa && k - 1 - b < 4; b--) {
        size_t qtb;
        const nf_lex_entry *e = nf_tok_qualifier(doc, b - 1, sb, &qtb);
        if (e && qtb == k - 1 && !doc->claimed[b - 1]) {
            a->qualifier = nf_lex_val(q, e);
            a->ta = (uint32_t)(b - 1);
            break;
        }
    }
    if (a->qualifier && (strcmp(a->qualifier, "many") == 0 || strcmp(a->qualifier, "vague") == 0))
        return 0;
    return k + 1;
}

/* Tries to read an amount starting at token k of sentence [sa, sb), a
 * token may_start_amount lets through. */
static size_t amount_at(nf_doc *doc, size_t k, size_t sa, size_t sb, nf_amount *a) {
    const nf_langpack *lp = doc->pack;
    size_t j = k;
    amount_clear(a);
    /* A qualifier: "etwa", "mehr als", "bis zu". */
    size_t qtb;
    const nf_lex_entry *q = nf_tok_qualifier(doc, j, sb, &qtb);
    if (q) {
        a->qualifier = nf_lex_val(&lp->qualifiers, q);
        j = qtb;
        if (strcmp(a->qualifier, "many") == 0) return many_at(doc, j, sb, a, k);
        /* "mehrere Millionen Euro", "einige Milliarden Dollar": a scale
         * word after a vague qualifier, a figure without a value */
        if (strcmp(a->qualifier, "vague") == 0 && j < sb &&
            nf_tok_find(doc, j, &lp->scale_words) != NULL)
            return many_at(doc, j, sb, a, k);
    }
    /* A sign: after a qualifier ("etwa minus 5 Grad"), or before the
     * number this reading starts at (the sign starts no reading; it joins
     * the span at the end, where the figure is one) */
    bool negative = false, sign_before = false;
    if (j + 1 < sb && j > k && minus_sign(doc, j, sa) && doc->tokens[j + 1].kind == NF_TOK_NUMBER) {
        negative = true;
        j++;
    } else if (j == k && k > sa && doc->tokens[k].kind == NF_TOK_NUMBER) {
        sign_before = minus_sign(doc, k - 1, sa);
    }
    /* A currency before the number: "$ 15", "USD 15", "usd$ 15". */
    unit_match pre = {0};
    bool has_pre = false;
    if (currency_at(doc, j, sb, &pre) && pre.factor == 1.0) {
        double tmp;
        bool w;
        if (number_at(doc, pre.tb, sb, &tmp, &w) && !w) {
            has_pre = true;
            j = pre.tb;
        }
    }
    double v;
    bool word;
    size_t num_k = j;
    const char *ccode;
    if (!has_pre && j < sb && compound_at(doc, j, &v, &ccode)) {
        a->value = v;
        a->unit = ccode;
        a->ta = (uint32_t)k;
        a->tb = (uint32_t)(j + 1);
        return j + 1;
    }
    size_t e = number_at(doc, j, sb, &v, &word);
    if (!e) return 0;
    /* "mehrere hundert": only before a bare counting word. */
    bool vague = a->qualifier && strcmp(a->qualifier, "vague") == 0;
    if (vague && !(e == j + 1 && counting_word(doc, j, v))) return 0;
    if (word && in_idiom(doc, num_k, sa, sb)) return 0;
    /* "die 200- und 500-Euro-Scheine": the first part of a compound whose
     * rest stands after the next one, no figure */
    if (e + 1 < sb && nf_tok_is(doc, e, "-") && !(doc->tokens[e].flags & NF_TF_SPACE_BEFORE) &&
        (doc->tokens[e + 1].flags & NF_TF_SPACE_BEFORE) &&
        nf_tok_in(doc, e + 1, (const char *const[]){"und", "oder", "bzw", "bis", NULL}))
        return 0;
    a->value = v;
    j = e;
    /* A fraction: "zwei Drittel der Stimmen", "ein Fünftel": a share, in
     * percent as the text's percentages are */
    unsigned den = j < sb && !vague ? fraction_noun(doc, j) : 0;
    /* (tenths and hundredths without a whole after them are a race's
     * seconds, no figure: "acht Hundertstel Rückstand") */
    static const char *const whole[] = {"der", "des", "aller", "von", "ihrer", "seiner", NULL};
    if (den >= 10 && !(j + 1 < sb && nf_tok_in(doc, j + 1, whole))) return 0;
    if (den) {
        a->value = round(v * 10000.0 / den) / 100.0;
        a->unit = "%";
        a->ta = (uint32_t)k;
        a->tb = (uint32_t)(j + 1);
        return j + 1;
    }
    /* a fraction's word written as a noun before its whole ("mehr als
     * Dreiviertel der Wahlzettel") is a share too */
    if (word && v > 0 && v < 1 && e == num_k + 1 && num_k > sa &&
        (doc->tokens[num_k].flags & NF_TF_CAP) && j < sb && nf_tok_in(doc, j, whole)) {
        a->value = round(v * 10000.0) / 100.0;
        a->unit = "%";
        a->ta = (uint32_t)k;
        a->tb = (uint32_t)j;
        return j;
    }
    /* A range: "20 bis 30", "zwischen 5 und 7". */
    bool between = num_k > sa && nf_tok_is(doc, num_k - 1, "zwischen");
    if (!vague &&
        (nf_tok_is(doc, j, "bis") || (between && nf_tok_is(doc, j, "und")) ||
         (j < sb && strcmp(nf_tok(doc, j), "-") == 0)) &&
        j + 1 < sb) {
        /* (its other end a time's: "30 bis 40 Minuten" is a duration) */
        if (doc->claimed[j + 1] == 1 && doc->tokens[j + 1].kind == NF_TOK_NUMBER) return 0;
        double v2;
        bool w2;
        size_t e2 = number_at(doc, j + 1, sb, &v2, &w2);
        if (e2 && v2 > v) {
            a->value_max = v2;
            j = e2;
        }
    }
    /* A scale word: "Milliarden", "Mio.". */
    bool scaled = false;
    if (j < sb) {
        const nf_lex_entry *sc = nf_tok_find(doc, j, &lp->scale_words);
        if (sc) {
            double f = atof(nf_lex_val(&lp->scale_words, sc));
            a->value = times_scale(a->value, f);
            if (!isnan(a->value_max)) a->value_max = times_scale(a->value_max, f);
            scaled = true;
            j++;
        }
    }
    /* A currency or unit after: "US-Dollar", "Prozent", "€", "Kilometer". */
    unit_match u;
    if (has_pre) {
        a->unit = pre.code;
    } else if (currency_at(doc, j, sb, &u) && u.factor == 1.0) {
        a->unit = u.code;
        j = u.tb;
        /* "2 Euro und 50 Cent", "15 Dollar und 15", "15 Dollar 50". */
        size_t q2 = j;
        if (nf_tok_is(doc, q2, "und")) q2++;
        double cents;
        bool w3;
        size_t e3 = number_at(doc, q2, sb, &cents, &w3);
        if (e3 && cents < 100 && cents == floor(cents)) {
            unit_match sub;
            bool has_sub = currency_at(doc, e3, sb, &sub) && sub.factor < 1.0;
            if (has_sub || !w3) {
                a->value += cents / 100.0;
                j = has_sub ? sub.tb : e3;
            }
        }
    } else if (unit_at(doc, j, sb, &u)) {
        a->unit = u.code;
        j = u.tb;
    } else if (currency_at(doc, j, sb, &u) && u.factor < 1.0 && !scaled) {
        /* "50 Cent", "20 Kopeken": a subunit alone ("Cent" of the currency
         * the text named last, else the euro's) */
        if (code_len(u.code) == 0) u.code = currency_before(doc);
        a->unit = u.code;
        a->value = decimal_fraction(a->value, round(1.0 / u.factor));
        j = u.tb;
    }
    bool bare = !a->unit && !scaled;
    /* (a year before "auf" is when, no figure "von ... auf": "stieg 2015 auf
     * 3 Milliarden Dollar") */
    bool year_auf = nf_tok_is(doc, j, "auf") && doc->tok_len[num_k] == 4 &&
                    doc->tokens[num_k].kind == NF_TOK_NUMBER && a->value >= 1800 &&
                    a->value <= 2100 && !nf_tok_after_von(doc, num_k, sa);
    if (bare && isnan(a->value_max) && !year_auf &&
        (nf_tok_is(doc, j, "auf") || nf_tok_is(doc, j, "bis") || nf_tok_is(doc, j, "oder") ||
         nf_tok_is(doc, j, "und"))) {
        /* "von 114 auf 99 Euro", "drei oder vier Prozent": the figure after
         * lends this one its scale and unit. */
        size_t nq = j + 1, qt;
        if (nf_tok_phrase(doc, nq, sb, 4, &lp->qualifiers, true, &qt)) nq = qt;
        double v2;
        bool w2;
        size_t e2 = number_at(doc, nq, sb, &v2, &w2);
        if (e2 && e2 < sb) {
            const nf_lex_entry *sc = nf_tok_find(doc, e2, &lp->scale_words);
            size_t ue = sc ? e2 + 1 : e2;
            unit_match u2;
            bool has_unit =
                (currency_at(doc, ue, sb, &u2) && u2.factor == 1.0) || unit_at(doc, ue, sb, &u2);
            if (has_unit || sc) {
                if (sc) a->value = times_scale(a->value, atof(nf_lex_val(&lp->scale_words, sc)));
                if (has_unit) a->unit = u2.code;
                bare = false;
            }
        }
    }
    if (word && bare) {
        /* Articles ("ein", "einer") count only before a unit; number words
         * count when a noun follows them. */
        if (article_one(nf_tokl(doc, num_k)) && isnan(a->value_max))
            return 0; /* "ein bis zwei" counts */
        if (object_after(doc, j, sb) < 0) return 0;
    }
    if (bare && !a->qualifier &&
        ((identifier(doc, num_k, sa) && !counts_after_noun(doc, num_k, j, sb, word)) ||
         list_rank(doc, num_k, j) || age_in_parentheses(doc, num_k)))
        return 0;
    if (vague) {
        if (bare && object_after(doc, j, sb) < 0) return 0;
        a->value = a->value_max = NAN; /* "several hundred" is no number */
        a->qualifier = "about";
    }
    if (sign_before) k--;
    if (negative || sign_before) a->value = -a->value;
    a->ta = (uint32_t)k;
    a->tb = (uint32_t)j;
    return j;
}

/* The speaker of the quote that holds tokens [ta, tb), or -1. */
static int32_t claimant_of(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t i = 0; i < doc->nquotes; i++) {
        const nf_quote *q = &doc->quotes[i];
        for (size_t k = 0; k < q->nspans; k++)
            if (q->spans[k].ta <= ta && tb <= q->spans[k].tb) return q->speaker_entity;
    }
    return -1;
}

/* Adds an entity to a subject list once; false when the list is full. */
static bool add_subject(nf_amount *a, int32_t e) {
    for (size_t i = 0; i < 4; i++) {
        if (a->subjects[i] == e) return true;
        if (a->subjects[i] < 0) {
            a->subjects[i] = e;
            return true;
        }
    }
    return false;
}

/* The entities a figure is about: "zwischen den beiden Ländern" means the
 * last two countries named; otherwise the organisations and places named in
 * its sentence (else the sentence before, in the same paragraph), not the
 * one who states it. */
static void subjects_of(const nf_doc *doc, nf_amount *a, size_t si) {
    for (size_t i = 0; i < 4; i++) a->subjects[i] = -1;
    size_t sa = doc->sentences[si].ta, sb = doc->sentences[si].tb;
    for (size_t k = sa; k + 1 < sb; k++) {
        if (!nf_tok_is(doc, k, "beiden") && !nf_tok_is(doc, k, "zwei")) continue;
        const char *n = nf_tokl(doc, k + 1);
        if (strncmp(n, "länder", 6) != 0 && strncmp(n, "staaten", 7) != 0) continue;
        int32_t found = 0;
        for (size_t m = doc->nmentions; m-- > 0 && found < 2;) {
            const nf_mention *x = &doc->mentions[m];
            if (x->ta >= k) continue;
            const nf_entity *e = &doc->entities[x->entity];
            if (e->type != NF_ENT_GPE || !e->canonical || !e->actor || strlen(e->actor) != 3)
                continue;
            size_t before = 0;
            while (before < 4 && a->subjects[before] >= 0) before++;
            add_subject(a, (int32_t)x->entity);
            size_t after = 0;
            while (after < 4 && a->subjects[after] >= 0) after++;
            found += after > before;
        }
        if (found) return;
    }
    for (size_t pass = 0; pass < 2; pass++) {
        size_t s = si - pass;
        if (pass && (si == 0 || doc->tok_sent[sa] == 0)) break;
        size_t ta = doc->sentences[s].ta, tb = doc->sentences[s].tb;
        for (size_t m = 0; m < doc->nmentions; m++) {
            const nf_mention *x = &doc->mentions[m];
            if (x->ta < ta || x->tb > tb || x->kind == NF_MK_PRONOUN) continue;
            if ((int32_t)x->entity == a->claimant) continue;
            if (doc->entities[x->entity].type == NF_ENT_PERSON) continue;
            if (!add_subject(a, (int32_t)x->entity)) return;
        }
        if (a->subjects[0] >= 0) return;
    }
}

/* The first and last day of amount a's period. */
bool nf_amount_period(const nf_doc *doc, const nf_amount *a, int first[3], int last[3]) {
    if (a->period < 0 || (size_t)a->period >= doc->ntimes) return false;
    const nf_time *t = &doc->times[a->period];
    first[0] = t->first_y, first[1] = t->first_m, first[2] = t->first_d;
    last[0] = t->last_y, last[1] = t->last_m, last[2] = t->last_d;
    if (a->period_part == 1) last[0] = first[0], last[1] = 12, last[2] = 31;
    if (a->period_part == 2) first[0] = last[0], first[1] = 1, first[2] = 1;
    if (a->period_part == 3) last[0] = doc->date_y, last[1] = doc->date_m, last[2] = doc->date_d;
    return true;
}

/* True for the measure labels (measures.txt) only money has. */
static bool money_measure(const char *m) {
    static const char *const money[] = {
        "price",    "deficit", "fine",      "profit",     "revenue", "interest", "compensation",
        "subsidy",  "salary",  "loan",      "investment", "debt",    "tax",      "spending",
        "budget",   "wage",    "valuation", "pension",    "loss",    "gdp",      "cost",
        "dividend", "ransom",  "income",    "bonus",      "prize",   "tariff",   NULL};
    for (const char *const *p = money; *p; p++)
        if (strcmp(m, *p) == 0) return true;
    return false;
}

/* True for a measure that counts people or things (measures.txt:
 * "employees", "deaths", "votes", ...), which no sum of money measures. */
static bool count_measure(const char *m) {
    static const char *const counts[] = {
        "employees",  "participants", "deaths",     "arrested",   "visitors",   "troops",
        "refugees",   "jobs",         "passengers", "injured",    "unemployed", "population",
        "cases",      "votes",        "weapons",    "prisoners",  "displaced",  "voters",
        "seats",      "missing",      "evacuated",  "vaccinated", "members",    "homeless",
        "crimes",     "casualties",   "attacks",    "hostages",   "deported",   "births",
        "households", "police",       "sentence",   NULL};
    for (const char *const *p = counts; *p; p++)
        if (strcmp(m, *p) == 0) return true;
    return false;
}

/* True when unit code u is a currency's (three capital letters: "USD"). */
static bool currency_code(const char *u) {
    return strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' &&
           u[2] >= 'A' && u[2] <= 'Z';
}

/* True for a unit of a physical quantity ("km", "in", "GB"): neither a
 * currency's ISO code (three capitals) nor a share ("%", "‰", "bp",
 * "ppm"). */
static bool physical_unit(const char *u) {
    if (!u || !strcmp(u, "%") || !strcmp(u, "\xe2\x80\xb0") || !strcmp(u, "bp") ||
        !strcmp(u, "ppm"))
        return false;
    return !currency_code(u);
}

/* True when amount a holds a scale word ("50 Milliarden", "3 Mio."). */
static bool scaled_figure(const nf_doc *doc, const nf_amount *a) {
    for (size_t k = a->ta; k < a->tb; k++)
        if (nf_tok_find(doc, k, &doc->pack->scale_words)) return true;
    return false;
}

/* The sum of money whose conversion amount a (ending before token e of a
 * sentence ending at sb) is: the amount right before the parenthesis
 * that holds a alone ("1,5 Milliarden Dollar (1,24 Milliarden Euro)"),
 * both in currencies; NULL otherwise.  The amount is the document's. */
static nf_amount *converted_from(nf_doc *doc, const nf_amount *a, size_t e, size_t sb) {
    if (!doc->namounts || !a->unit || !currency_code(a->unit) || a->ta == 0 || e >= sb ||
        !nf_tok_is(doc, a->ta - 1, "(") || !nf_tok_is(doc, e, ")"))
        return NULL;
    nf_amount *p = &doc->amounts[doc->namounts - 1];
    return p->tb + 1 == a->ta && p->unit && currency_code(p->unit) ? p : NULL;
}

/* Finds the document's amounts and attaches objects, measures, periods. */
nf_status nf_stage_amounts(nf_doc *doc, nf_error *err) {
    size_t cap = 0;
    for (size_t si = 0; si < doc->nsentences; si++) {
        size_t sa = doc->sentences[si].ta, sb = doc->sentences[si].tb;
        for (size_t k = sa; k < sb;) {
            nf_amount a;
            size_t e =
                doc->claimed[k] || !may_start_amount(doc, k) ? 0 : amount_at(doc, k, sa, sb, &a);
            if (!e && doc->tok_llen[k] == 7 && !doc->claimed[k] && nf_tok_is(doc, k, "hälfte"))
                e = half_at(doc, k, sa, sb, &a);
            if (!e) {
                k++;
                continue;
            }
            /* "eine halbe Milliarde", "von einer halben Million": the
             * article is the fraction's "one" */
            static const char *const one[] = {"eine", "einer", "einen", "einem", NULL};
            if (a.ta == k && k > sa && !doc->claimed[k - 1] && nf_tok_in(doc, k - 1, one) &&
                (nf_tok_is(doc, k, "halbe") || nf_tok_is(doc, k, "halben")))
                a.ta = (uint32_t)(k - 1);
            /* Units are stored as their code alone. */
            if (a.unit) {
                size_t n = code_len(a.unit);
                a.unit = n ? nf_arena_strndup(&doc->arena, a.unit, n) : NULL;
            }
            a.obj = object_after(doc, e, sb);
            a.measure = a.obj >= 0 ? measure_of(doc, (size_t)a.obj) : NULL;
            /* a share of the economy's output in the genitive is the base
             * a figure before it is measured by ("Das Defizit beträgt 3,2
             * Prozent des BIP", "Verteidigungsausgaben von fünf Prozent der
             * Wirtschaftsleistung"): the noun before with a measure */
            if (a.measure && a.obj > 0 && strcmp(a.measure, "gdp") == 0 && a.unit &&
                strcmp(a.unit, "%") == 0 &&
                (nf_tok_is(doc, (size_t)a.obj - 1, "des") ||
                 nf_tok_is(doc, (size_t)a.obj - 1, "der"))) {
                int32_t before = measure_noun_before(doc, k, sa, false);
                if (before >= 0) {
                    a.obj = before;
                    a.measure = measure_of(doc, (size_t)before);
                }
            }
            if (!a.measure && a.unit) {
                /* (a sum of money is no count of people or things: "Die
                 * Kosten für die Belegschaft bezifferte er mit 22,5
                 * Millionen Euro" are costs) */
                int32_t before = measure_noun_before(doc, k, sa, currency_code(a.unit));
                if (before >= 0) {
                    a.obj = before;
                    a.measure = measure_of(doc, (size_t)before);
                }
            }
            /* a bare count of the number a clause opened with ("Die Zahl
             * der Toten stieg auf 120"): the genitive's noun */
            if (!a.measure && !a.unit && a.obj < 0) {
                int32_t counted = number_of_noun(doc, k, sa);
                if (counted >= 0) {
                    a.obj = counted;
                    a.measure = measure_of(doc, (size_t)counted);
                    /* (or its participle: "Die Zahl der verletzten
                     * Personen stieg auf 25") */
                    size_t adj = (size_t)counted;
                    while (adj > sa && doc->tokens[adj - 1].kind == NF_TOK_WORD &&
                           (doc->tokens[adj - 1].flags & NF_TF_LOWER))
                        adj--;
                    if (!a.measure) a.measure = measure_by_participle(doc, adj, counted);
                }
            }
            /* the economy's growth or shrinking in percent ("Die deutsche
             * Wirtschaft schrumpfte 2024 um 0,2 Prozent") */
            if (!a.measure && a.unit && strcmp(a.unit, "%") == 0) {
                int32_t economy = economy_growing(doc, k, sa);
                if (economy >= 0) a.obj = economy, a.measure = "growth";
                /* a party's result ("Die AfD kam auf 20,8 Prozent") */
                else if (party_share(doc, k, sa))
                    a.measure = "votes";
            }
            /* a sum no noun says more of: its clause's verb ("kostet fast
             * fünf Milliarden Dollar": cost) */
            if (!a.measure && a.unit && currency_code(a.unit))
                a.measure = measure_by_money_verb(doc, a.ta, e, sa, sb);
            /* "Der Warenumsatz erreichte 44 Milliarden US-Dollar. Bis 2030
             * soll er auf 50 Milliarden steigen": a scaled sum with no unit
             * and no noun of its own is in the currency of the money figure
             * before it, in its sentence or the one before */
            if (!a.unit && a.obj < 0 && doc->namounts) {
                const nf_amount *p = &doc->amounts[doc->namounts - 1];
                if (p->unit && currency_code(p->unit) && scaled_figure(doc, &a) &&
                    doc->tok_sent[p->ta] + 1 >= si) {
                    a.unit = p->unit; /* (its measure is too often another's) */
                }
            }
            /* "1,5 Milliarden Dollar (1,24 Milliarden Euro)": the same sum
             * in another currency measures what the sum before does; a
             * noun after the parenthesis says it of both ("168 Millionen
             * Dollar (rund 150 Millionen Euro) Schadenersatz") */
            nf_amount *from = converted_from(doc, &a, e, sb);
            if (from && !a.measure && from->measure) {
                a.measure = from->measure;
                a.obj = from->obj;
            } else if (from && !a.measure) {
                a.obj = object_after(doc, e + 1, sb);
                a.measure = a.obj >= 0 ? measure_of(doc, (size_t)a.obj) : NULL;
                if (a.measure && count_measure(a.measure)) a.measure = NULL, a.obj = -1;
                if (a.measure) {
                    from->measure = a.measure;
                    from->obj = a.obj;
                    from->period = period_for(doc, from->ta, from->tb, sa, sb);
                    from->period_part = 0;
                }
            }
            /* "34 Vorwahlen": a count of elections, not of votes */
            if (a.measure && !a.unit && a.obj >= 0 && strcmp(a.measure, "votes") == 0 &&
                ends_in_wahl(doc, (size_t)a.obj))
                a.measure = NULL;
            if (a.measure && strcmp(a.measure, "jobs") == 0 && spots_not_jobs(doc, &a, sa))
                a.measure = NULL;
            /* a count of people the noun says nothing of, or only who they
             * are: its clause's verb tells what befell them ("40 Menschen
             * wurden getötet", "25 Demonstranten wurden festgenommen") */
            if (!a.unit && (!a.measure || people_measure(a.measure)) &&
                counts_people(doc, &a, sa)) {
                const char *m = measure_by_participle(doc, e, a.obj);
                if (!m) m = measure_by_verb(doc, a.ta, e, sa, sb);
                if (m) a.measure = m;
            }
            /* "580 Ergebnisse", "498.000 Haushalten": a bare count of
             * them is no sum of money (no profit, no budget) */
            if (a.measure && money_measure(a.measure) && !a.unit && !scaled_figure(doc, &a))
                a.measure = NULL;
            /* "(295 km)" after "Ergebnisse": no profit in kilometres */
            if (a.measure && money_measure(a.measure) && physical_unit(a.unit)) {
                a.measure = NULL;
                a.obj = -1;
            }
            /* things sold, exported or imported, which no noun measures
             * ("Tesla verkaufte rund 495.000 Fahrzeuge": sales; "exportierte
             * 50 Millionen Tonnen Weizen": export) */
            if (!a.measure && (!a.unit || physical_unit(a.unit)) && a.obj >= 0 &&
                !nf_person_noun_at(doc, (size_t)a.obj) && verb_object_count(doc, &a, sa, e)) {
                const char *m = measure_by_money_verb(doc, a.ta, e, sa, sb);
                if (m && (!strcmp(m, "sales") || !strcmp(m, "export") || !strcmp(m, "import")))
                    a.measure = m;
            }
            if (a.measure) {
                a.period = period_for(doc, a.ta, a.tb, sa, sb);
                const nf_amount *prev = doc->namounts ? &doc->amounts[doc->namounts - 1] : NULL;
                const nf_amount *carried = a.period < 0 ? carried_period(doc, si) : NULL;
                if (carried) {
                    a.period = carried->period;
                    a.period_part = carried->period_part;
                } else if (a.period >= 0) {
                    a.period_part = period_part(doc, &a, prev, sa, sb);
                }
            }
            a.claimant = claimant_of(doc, a.ta, a.tb);
            subjects_of(doc, &a, si);
            if (!push_amount(doc, &cap, &a)) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
            for (size_t t = a.ta; t < a.tb; t++) doc->claimed[t] = 2;
            k = e;
        }
    }
    return NF_OK;
}
