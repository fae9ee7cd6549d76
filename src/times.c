/* times.c - German time expressions: recognised token by token, then
 * resolved to ISO 8601 against the document date and the last date the
 * text mentioned.
 *
 * Each recogniser looks at the tokens from one position and either fails
 * fast on the first token or returns where its expression ends and what it
 * means (a `tsem`).  The longest match wins.  Resolution runs afterwards in
 * text order, so that "am selben Tag" and "ein Jahr zuvor" can refer to the
 * last date before them, and so that a document without a date can take
 * one from the text ("Heute, am 12. November"). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "error.h"
#include "numbers.h"
#include "stages.h"
#include "tokens.h"

/* What a recognised expression means, before resolution. */
enum {
    K_ABS,      /* y/m/d as given (y 0: infer the year; m 0: a year) */
    K_DOCDAY,   /* document date + shift days */
    K_NOW,      /* the document date */
    K_VAGUE,    /* unresolvable: value null */
    K_WEEKDAY,  /* weekday wd, shift weeks (0: the tense decides) */
    K_REL,      /* unit shifted from the document date or the last date */
    K_OFFSET,   /* amount * unit before/after the document or last date */
    K_DURATION, /* amount * unit */
    K_FIRSTN,   /* the first n units (months, quarters, halves) of year y */
    K_RANGE,    /* from y/m/d to y2/m2/d2 */
    K_SET,      /* a recurring time: literal value */
    K_HOLIDAY,  /* a named day by rule, in year y (0: infer) */
    K_WEEKEND,  /* the weekend, shifted */
    K_DAYPART,  /* a part of a day: the document's or a weekday's */
    K_SEASON,   /* a season (m: its first month, daypart: its code) of year y */
    K_SPAN,     /* the last (or, future, the next) amount * unit up to the document date */
    K_LITERAL   /* a value that needs no date: `set` holds it ("199X" for the 1990s) */
};

/* Calendar units. */
enum { U_NONE, U_S, U_MIN, U_H, U_D, U_W, U_MON, U_Q, U_HY, U_Y, U_DEC, U_CEN, U_Q3 };

typedef struct tsem {
    int kind, type;
    int y, m, d;
    int y2, m2, d2;
    int hh, mi, ss; /* clock time; hh -1 when none */
    int hh2, mi2;   /* the end of a clock range ("von 5 bis 6 Uhr"); hh2 -1 when none */
    char daypart[3];
    int half; /* of a part of day: 0 all of it, 1 its first half ("früh"), 2 its second ("spät") */
    int wd, shift, unit, n;
    bool next_week;  /* "nächsten Montag": the Monday of next week */
    bool from_last;  /* anchored on the last mentioned date */
    bool on_named;   /* K_DAYPART: on the day named last, when the sentence or the one
                      * before named it, else the document's day + shift ("am Abend",
                      * "in der Nacht") */
    bool night_past; /* K_DAYPART on no named day: the night before the document's day
                      * in a sentence in the past ("hat in der Nacht Kiew angegriffen") */
    bool year_last;  /* K_ABS or K_SEASON without a year: the last mentioned date's
                      * year + year_shift ("im August desselben Jahres") */
    int year_shift;
    bool doc_year; /* K_FIRSTN: of the document's year + shift ("des Jahres", "des
                    * vergangenen Jahres"), not of the last date's */
    bool future;   /* for K_OFFSET: forward in time */
    int edge;      /* of a K_REL unit's compound: -1 its beginning ("Jahresbeginn"),
                    * +1 its end ("Jahresende"), 0 neither */
    double amount;
    char set[24];
    const char *rule;
} tsem;

/* Per-document state of resolution. */
typedef struct tctx {
    nf_doc *doc;
    const nf_langpack *lp;
    bool has_doc;
    nf_date docd;
    nf_date last;      /* the last date mentioned */
    int last_gran;     /* 0 none, 1 year, 2 month, 3 day */
    int last_min;      /* the clock time named last on that day, in minutes, or -1 */
    uint32_t sent;     /* the sentence of the expression being resolved */
    uint32_t day_sent; /* the sentence that named the last day (last_gran 3) */
    int sent_year;     /* the year a chronicle's entry opens its sentence with, or 0 */
} tctx;

/* ---- token helpers ---------------------------------------------------------- */

/* Lower-cased text of token k, or "" outside [0, end). */
static const char *lw(const tctx *c, size_t k, size_t end) {
    return k < end ? nf_tokl(c->doc, k) : "";
}

/* True when token k (before `end`) is `w`, lower-cased. */
static inline bool is(const tctx *c, size_t k, size_t end, const char *w) {
    return k < end && nf_tok_is(c->doc, k, w);
}

/* True when token k is any of the NULL-terminated words. */
static bool is_any(const tctx *c, size_t k, size_t end, const char *const *words) {
    if (k >= end) return false;
    for (; *words; words++)
        if (nf_tok_is(c->doc, k, *words)) return true;
    return false;
}

/* The kind of token k. */
static int kind_of(const tctx *c, size_t k) {
    return c->doc->tokens[k].kind;
}

/* Reads token k as a plain integer of digits; false otherwise. */
static bool int_at(const tctx *c, size_t k, size_t end, int *v) {
    if (k >= end || kind_of(c, k) != NF_TOK_NUMBER) return false;
    const char *s = nf_tok(c->doc, k);
    int x = 0, n = 0;
    for (; *s; s++, n++) {
        if (*s < '0' || *s > '9' || n > 6) return false;
        x = x * 10 + (*s - '0');
    }
    *v = x;
    return n > 0;
}

/* Reads token k as a count: digits (with decimal comma) or a number word. */
static bool count_at(const tctx *c, size_t k, size_t end, double *v) {
    if (k >= end) return false;
    int kd = kind_of(c, k);
    const char *s = nf_tok(c->doc, k);
    if (kd == NF_TOK_NUMBER) return nf_parse_decimal(s, c->doc->tok_len[k], v);
    return kd == NF_TOK_WORD && nf_tok_number_word(c->doc, k, v);
}

/* Reads token k as a four-digit year 1000..2199. */
static bool year_at(const tctx *c, size_t k, size_t end, int *y) {
    int v;
    if (!int_at(c, k, end, &v) || c->doc->tok_len[k] != 4) return false;
    if (v < 1000 || v > 2199) return false;
    *y = v;
    return true;
}

/* True when a number stands right before or after token k, or one token
 * further past a slash or a hyphen ("23/Sep/2020", "Sep-2020"). */
static bool number_beside(const tctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    for (int side = -1; side <= 1; side += 2) {
        for (size_t d = 1; d <= 2; d++) {
            if (side < 0 ? k < d : k + d >= end) break;
            size_t j = side < 0 ? k - d : k + d;
            if (doc->tokens[j].kind == NF_TOK_NUMBER || doc->tokens[j].kind == NF_TOK_ORDINAL)
                return true;
            if (!nf_tok_is(doc, j, "/") && !nf_tok_is(doc, j, "-")) break;
        }
    }
    return false;
}

/* The month named by token k (word or abbreviation), or 0. */
static int month_at(const tctx *c, size_t k, size_t end) {
    if (k >= end) return 0;
    /* Month names have their bit; "Sep", "Okt" (abbreviations written
     * without their period) are three letters long. */
    if (!(c->doc->tok_mask[k] & NF_TM_MONTH) &&
        (kind_of(c, k) != NF_TOK_WORD || c->doc->tok_len[k] != 3))
        return 0;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->months);
    if (!e && c->doc->tokens[k].kind == NF_TOK_WORD && number_beside(c, k, end)) {
        /* An abbreviation written without its period: "23/Sep/2020", "Jan
         * 2020"; a number beside it, or it is a word ("von Jan Haft"). */
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%s.", nf_tok(c->doc, k));
        if (n > 0 && (size_t)n < sizeof buf) e = nf_lexicon_find(&c->lp->months, buf, (size_t)n);
    }
    return e ? (int)e->num : 0;
}

/* True when the capitalised weekday at token k is the surname of a person
 * whose given name stands right before it ("der Abgeordnete Jerzy Montag",
 * "Peter Freitag"): a weekday after a name is written with "am" ("sagte
 * Peter am Montag"). */
static bool weekday_surname(const nf_doc *doc, size_t k) {
    if (k == 0 || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !(doc->tokens[k].flags & NF_TF_SPACE_BEFORE) || doc->tok_sent[k] != doc->tok_sent[k - 1])
        return false;
    size_t g = k - 1;
    return doc->tokens[g].kind == NF_TOK_WORD && (doc->tokens[g].flags & NF_TF_CAP) &&
           !(doc->tok_mask[g] & NF_TM_STOPWORD) && nf_tok_get(doc, g, &doc->engine->gz.given);
}

/* The weekday named by token k, or 0. */
static int weekday_at(const tctx *c, size_t k, size_t end) {
    if (k >= end || !(c->doc->tok_mask[k] & NF_TM_WEEKDAY_NAME)) return 0;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->weekdays);
    return e && !weekday_surname(c->doc, k) ? (int)e->num : 0;
}

/* The day of an ordinal token ("11.") or ordinal word ("zweiten"), or 0. */
static int day_at(const tctx *c, size_t k, size_t end) {
    if (k >= end) return 0;
    const char *s = nf_tok(c->doc, k);
    if (kind_of(c, k) == NF_TOK_ORDINAL) {
        int d = atoi(s);
        return d >= 1 && d <= 31 ? d : 0;
    }
    if (kind_of(c, k) == NF_TOK_WORD) {
        int d;
        const char *l = nf_tokl(c->doc, k);
        if (nf_parse_ordinal_word(c->lp, l, c->doc->tok_llen[k], &d) && d >= 1 && d <= 31) return d;
    }
    return 0;
}

/* True when token k is a noun of people the lists know (a person's role
 * or class noun, "Studenten", or a nation's, "Deutschen"; not yet
 * "Jugendlichen", "Frauen", "Wähler"): "zwischen 18 und 34 Jahren" after
 * it gives their ages, no span of time. */
static bool people_noun(const tctx *c, size_t k) {
    if (k >= c->doc->ntokens || kind_of(c, k) != NF_TOK_WORD ||
        !(c->doc->tokens[k].flags & NF_TF_CAP))
        return false;
    return nf_person_noun_at(c->doc, k) || nf_tok_get(c->doc, k, &c->doc->engine->gz.demonyms);
}

static int month_at(const tctx *c, size_t k, size_t end); /* below */
static int unit_at(const tctx *c, size_t k, size_t end);  /* below */

/* True when token k names whom an award of the year goes to, before "des
 * Jahres" ("Fußballer des Jahres", "Onlinerin des Jahres", "Person des
 * Jahres"): a noun of people, or a capitalised noun in "-er" or "-erin"
 * that is no month or season ("im September des Jahres" is a time), nor
 * one in "-ier" ("das erste Turnier des Jahres"). */
static bool award_holder(const tctx *c, size_t k, size_t end) {
    static const char *const holders[] = {"person", "persönlichkeit", "mannschaft", "team", NULL};
    static const char *const seasons[] = {"sommer", "winter", NULL};
    if (people_noun(c, k) || is_any(c, k, end, holders)) return true;
    const char *w = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    bool agent = (n > 4 && memcmp(w + n - 2, "er", 2) == 0 && w[n - 3] != 'i') ||
                 (n > 6 && memcmp(w + n - 4, "erin", 4) == 0);
    return agent && kind_of(c, k) == NF_TOK_WORD && (c->doc->tokens[k].flags & NF_TF_CAP) &&
           !month_at(c, k, end) && !is_any(c, k, end, seasons) && unit_at(c, k, end) == U_NONE;
}

/* The calendar unit named by token k ("Tagen", "Jahre", ...), or U_NONE. */
static int unit_at(const tctx *c, size_t k, size_t end) {
    if (k >= end || !(c->doc->tok_mask[k] & NF_TM_TIME_UNIT)) return U_NONE;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->time_units);
    if (!e) return U_NONE;
    const char *v = nf_lex_val(&c->lp->time_units, e);
    static const struct {
        const char *name;
        int unit;
    } units[] = {{"S", U_S}, {"MIN", U_MIN}, {"H", U_H},     {"D", U_D},
                 {"W", U_W}, {"MON", U_MON}, {"Q", U_Q},     {"HY", U_HY},
                 {"Y", U_Y}, {"DEC", U_DEC}, {"CEN", U_CEN}, {"Q3", U_Q3}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(v, units[i].name) == 0) return units[i].unit;
    return U_NONE;
}

/* True when one of the n tokens from k (before `end`) is a time unit. */
static bool unit_within(const tctx *c, size_t k, size_t end, size_t n) {
    for (size_t q = k; q < end && q < k + n; q++)
        if (c->doc->tok_mask[q] & NF_TM_TIME_UNIT) return true;
    return false;
}

/* True for the nouns m_relunit reads besides units: "Vorjahr", "Vortag",
 * "Werktag(e)", "Wochenende", "Geschäftsjahr" and their inflections. */
static bool relative_noun(const char *w) {
    static const struct {
        const char *stem;
        size_t len;
    } stems[] = {{"vorjahr", 7}, {"vortag", 6},      {"vorwoche", 8},      {"vormonat", 8},
                 {"werktag", 7}, {"wochenende", 10}, {"geschäftsjahr", 14}};
    if (w[0] != 'v' && w[0] != 'w' && w[0] != 'g') return false;
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++)
        if (strncmp(w, stems[i].stem, stems[i].len) == 0) return true;
    return false;
}

/* A shift word ("vergangenen", "nächsten", "selben") at k: returns true and
 * its shift and anchor. */
static bool modifier_at(const tctx *c, size_t k, size_t end, int *shift, bool *from_last) {
    if (k >= end || !(c->doc->tok_mask[k] & NF_TM_MODIFIER)) return false;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->time_modifiers);
    if (!e) return false;
    const char *v = nf_lex_val(&c->lp->time_modifiers, e);
    *shift = atoi(v);
    *from_last = strstr(v, "last") != NULL;
    return true;
}

/* True when the modifier at k names the next calendar week ("nächsten"). */
static bool next_week_at(const tctx *c, size_t k, size_t end) {
    if (k >= end || !(c->doc->tok_mask[k] & NF_TM_MODIFIER)) return false;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->time_modifiers);
    return e && strstr(nf_lex_val(&c->lp->time_modifiers, e), "doc-week") != NULL;
}

/* True when token k is a unit's or a currency's word (units.txt,
 * currencies.txt): the number before it measures ("1000 qm", "9.00 Euro"). */
static bool unit_or_currency(const tctx *c, size_t k) {
    return nf_tok_find(c->doc, k, &c->lp->units) || nf_tok_find(c->doc, k, &c->lp->currencies);
}

/* True when the number at k is a clock time written with a dot and no
 * "Uhr" after a preposition of time ("um 20.15", "bis 23.35", "ab 6.30":
 * an hour up to 24, two digits of minutes), not a measure ("um 2.50
 * Prozent", "ab 9.00 Euro"); *hh and *mi get it. */
static bool dotted_clock(const tctx *c, size_t k, size_t end, int *hh, int *mi) {
    static const char *const preps[] = {"um", "bis", "ab", "gegen", "von", NULL};
    if (k == 0 || kind_of(c, k) != NF_TOK_NUMBER || !is_any(c, k - 1, end, preps)) return false;
    const char *s = nf_tok(c->doc, k), *dot = strchr(s, '.');
    size_t n = strlen(s);
    if (!dot || dot == s || dot - s > 2 || (size_t)(dot - s) + 3 != n ||
        strspn(s, "0123456789") != (size_t)(dot - s) || strspn(dot + 1, "0123456789") != 2)
        return false;
    int h = atoi(s), m = atoi(dot + 1);
    if (h > 24 || m > 59) return false;
    size_t u = k + 1;
    if (is(c, u, end, "uhr")) return false; /* "um 15.05 Uhr": clock_at reads it with "Uhr" */
    if (u < end && kind_of(c, u) == NF_TOK_WORD &&
        (is(c, u, end, "prozent") || unit_or_currency(c, u)))
        return false;
    *hh = h, *mi = m;
    return true;
}

/* Reads a clock time at k: "14:30", "14:30:15", "14 Uhr", "fünf Uhr", "14
 * Uhr 30", "14.30 Uhr", "halb 8", "viertel 8"; returns the token after it
 * or 0. */
static size_t clock_at(const tctx *c, size_t k, size_t end, int *hh, int *mi, int *ss) {
    if (k >= end) return 0;
    const char *s = nf_tok(c->doc, k);
    int h, m = 0, sec = 0;
    *ss = -1;
    if (kind_of(c, k) == NF_TOK_NUMBER && strchr(s, ':')) {
        int n = sscanf(s, "%d:%d:%d", &h, &m, &sec);
        const char *colon = strchr(s, ':');
        /* Minutes have two digits: "2:1" is a score, not a time. */
        if (n < 2 || h > 24 || m > 59 || sec > 59 || strlen(colon) < 3 || colon[3] == ',') return 0;
        *hh = h, *mi = m;
        if (n == 3) *ss = sec;
        size_t j = k + 1;
        if (is(c, j, end, "uhr")) j++;
        return j;
    }
    if (is(c, k, end, "halb") || is(c, k, end, "viertel")) {
        if (!int_at(c, k + 1, end, &h) || h < 1 || h > 24) return 0;
        *hh = h - 1; /* "halb 8" = 7:30, "viertel 8" = 7:15 */
        *mi = is(c, k, end, "halb") ? 30 : 15;
        return k + 2;
    }
    if (kind_of(c, k) == NF_TOK_NUMBER && k + 1 < end &&
        is_any(c, k + 1, end,
               (const char *const[]){"nachts", "abends", "morgens", "nachmittags", "vormittags",
                                     NULL}) &&
        int_at(c, k, end, &h) && h >= 1 && h <= 12) {
        *hh = h, *mi = 0; /* "12 nachts", "8 abends": the part of day follows */
        return k + 1;
    }
    double wv; /* a number word: "um fünf Uhr", "gegen zwölf Uhr" ("eine Uhr" is a clock) */
    if (kind_of(c, k) == NF_TOK_WORD && is(c, k + 1, end, "uhr") &&
        !is_any(c, k, end, (const char *const[]){"eine", "einer", "einen", "einem", NULL}) &&
        nf_tok_number_word(c->doc, k, &wv) && wv >= 0 && wv <= 24 && wv == floor(wv)) {
        *hh = (int)wv, *mi = 0;
        return k + 2;
    }
    if (dotted_clock(c, k, end, &h, &m)) {
        *hh = h, *mi = m; /* "bis 23.35", "um 20.15" in a programme */
        return k + 1;
    }
    if (kind_of(c, k) == NF_TOK_NUMBER && is(c, k + 1, end, "uhr")) {
        double v;
        if (!nf_parse_decimal(s, strlen(s), &v) || v < 0 || v > 24) return 0;
        h = (int)v;
        m = (int)lround((v - h) * 100);
        if (m > 59) return 0;
        size_t j = k + 2;
        int extra;
        if (!m && int_at(c, j, end, &extra) && extra < 60 && !is(c, j + 1, end, "uhr")) {
            m = extra; /* "18 Uhr 12" */
            j++;
        }
        *hh = h, *mi = m;
        return j;
    }
    return 0;
}

/* Applies a part of day spoken after a clock time ("8 Uhr abends"). */
static size_t clock_daypart(const tctx *c, size_t k, size_t end, int *hh) {
    if (is(c, k, end, "abends") || is(c, k, end, "nachmittags") || is(c, k, end, "abend")) {
        if (*hh == 12 && !is(c, k, end, "nachmittags"))
            *hh = 0; /* "12 Uhr abends": midnight */
        else if (*hh < 12)
            *hh += 12;
        if (*hh == 24) *hh = 0;
        return k + 1;
    }
    if (is(c, k, end, "nachts") || is(c, k, end, "nacht")) {
        if (*hh == 12) *hh = 0;
        return k + 1;
    }
    if (is(c, k, end, "morgens") || is(c, k, end, "früh") || is(c, k, end, "vormittags"))
        return k + 1;
    return k;
}

/* A clock time after a date or weekday ending at token j ("um 8:00",
 * with `comma` also ", 14:55", then "abends"): makes `s` a time of that day
 * and returns the token after it, or returns j and leaves `s` alone. */
static size_t clock_after(const tctx *c, size_t j, size_t end, bool comma, tsem *s) {
    size_t q = j;
    if (is(c, q, end, "um") || (comma && is(c, q, end, ","))) q++;
    int hh, mi, ss;
    size_t j3 = clock_at(c, q, end, &hh, &mi, &ss);
    if (!j3) return j;
    s->type = NF_TIME_TIME;
    s->hh = hh, s->mi = mi, s->ss = ss;
    return clock_daypart(c, j3, end, &s->hh);
}

/* ---- recognisers ------------------------------------------------------------ */

static void sem_init(tsem *s, int kind, int type) {
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->type = type;
    s->hh = -1;
    s->hh2 = -1;
}

/* Reads a clock range after a date: "von 5 bis 6 Uhr Nachmittags", "von 17
 * bis 18 Uhr".  Returns the token after it or 0. */
static size_t clock_range_at(const tctx *c, size_t k, size_t end, tsem *s) {
    int h1, h2;
    if (!is(c, k, end, "von") || !int_at(c, k + 1, end, &h1) || !is(c, k + 2, end, "bis") ||
        !int_at(c, k + 3, end, &h2) || h1 > 24 || h2 > 24)
        return 0;
    size_t j = k + 4;
    if (is(c, j, end, "uhr")) j++;
    int a = h1, b = h2;
    size_t j2 = clock_daypart(c, j, end, &b);
    if (j2 > j) clock_daypart(c, j, end, &a);
    s->hh = a, s->mi = 0, s->ss = -1;
    s->hh2 = b, s->mi2 = 0;
    s->type = NF_TIME_PERIOD;
    return j2;
}

/* True when the word at k, or the compound it ends ("UN-Resolution",
 * "Sicherheitsratsresolution"), is a noun a number names or counts a thing
 * after (number-names.txt: "Artikel 5", "Version 2.1", "Profil 1.1"). */
static bool number_name(const tctx *c, size_t k) {
    return nf_lexicon_find_ending(&c->lp->number_names, nf_tokl(c->doc, k), c->doc->tok_llen[k], 3,
                                  3) != NULL;
}

/* True when the word at k is a capitalised name that no lexicon knows as
 * a word (no weekday, month or noun of the language): a product's, whose
 * number after it is a version ("Android 5.1."). */
static bool product_before(const tctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    return (doc->tokens[k].flags & NF_TF_CAP) && doc->tok_llen[k] >= 2 &&
           !nf_tok_find(doc, k, &c->lp->weekdays) && !nf_tok_find(doc, k, &c->lp->months) &&
           !nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k));
}

/* Words that call for a date after them: a day and month in digits
 * alone ("am 22.04", "am 3/4") is a date there. */
static const char *const date_cues[] = {"am", "den", "vom", "zum", "bis", "ab", NULL};

/* True when the day and month in digits at [k, j) stand after a word that
 * calls for a date (date_cues) or alone in their sentence. */
static bool slash_date_cue(const tctx *c, size_t k, size_t j) {
    if (k > 0 && is_any(c, k - 1, k, date_cues)) return true;
    const nf_seg *sen = &c->doc->sentences[c->doc->tok_sent[k]];
    if (k != sen->ta) return false;
    for (size_t q = j; q < sen->tb; q++)
        if (kind_of(c, q) != NF_TOK_PUNCT) return false;
    return true;
}

/* A date of day and month, with an optional year: "11. November 2025",
 * "zweiten Mai", "12.11.2025", "4.12.", "22.04" (after am/den/vom), "29/2",
 * "23/Sep/2020".  Returns the token after it, or 0. */
static size_t date_at(const tctx *c, size_t k, size_t end, int *y, int *m, int *d) {
    if (k >= end) return 0;
    const char *s = nf_tok(c->doc, k);
    int kd = kind_of(c, k);
    *y = 0;
    if (kd == NF_TOK_DATE) {
        int a = 0, b = 0, yy = 0;
        int n = sscanf(s, "%d.%d.%d", &a, &b, &yy);
        if (n < 2) return 0;
        /* "Das Profil 1.1. wird", "Artikel 3.2.": a number's name, no day;
         * nor a version after a product's name, a capitalised word of no
         * language ("Android 5.1.", "iOS 9.3.") */
        if (n == 2 && k > 0 && kind_of(c, k - 1) == NF_TOK_WORD &&
            (number_name(c, k - 1) || product_before(c, k - 1)))
            return 0;
        if (n == 3) *y = yy < 100 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy;
        *d = a, *m = b;
        if (!nf_date_valid(*y ? *y : 2000, b, a)) return 0;
        /* "11.7. 2015": the year written after a space */
        if (n == 2 && year_at(c, k + 1, end, &yy) && nf_date_valid(yy, b, a)) {
            *y = yy;
            return k + 2;
        }
        return k + 1;
    }
    int day = day_at(c, k, end);
    if (day) {
        size_t j = k + 1;
        int mon = month_at(c, j, end);
        if (!mon) {
            /* "7. vierter" / "siebter 4.": day then month as an ordinal. */
            int mo2 = day_at(c, j, end);
            if (mo2 >= 1 && mo2 <= 12 &&
                (kind_of(c, k) == NF_TOK_WORD) != (kind_of(c, j) == NF_TOK_WORD)) {
                *d = day, *m = mo2;
                return j + 1;
            }
            /* "16. 5. 2016": both in digits, then the year (segment.c) */
            int yy;
            if (mo2 >= 1 && mo2 <= 12 && kind_of(c, k) == NF_TOK_ORDINAL &&
                kind_of(c, j) == NF_TOK_ORDINAL && year_at(c, j + 1, end, &yy) &&
                nf_date_valid(yy, mo2, day)) {
                *d = day, *m = mo2, *y = yy;
                return j + 2;
            }
            return 0;
        }
        *d = day, *m = mon;
        j++;
        int yy;
        if (year_at(c, j, end, &yy)) *y = yy, j++;
        return nf_date_valid(*y ? *y : 2000, mon, day) ? j : 0;
    }
    int a;
    if (int_at(c, k, end, &a) && a >= 1 && a <= 31 && k + 2 < end &&
        strcmp(nf_tok(c->doc, k + 1), "/") == 0) {
        /* "29/2", "29/2/2019", "23/Sep/2020" */
        int b = month_at(c, k + 2, end);
        if (!b && (!int_at(c, k + 2, end, &b) || b < 1 || b > 12)) return 0;
        size_t j = k + 3;
        int yy;
        if (j + 1 < end && strcmp(nf_tok(c->doc, j), "/") == 0 && year_at(c, j + 1, end, &yy)) {
            *y = yy;
            j += 2;
        }
        if (!nf_date_valid(*y ? *y : 2000, b, a)) return 0;
        /* two numbers and no year are a date only after a word that calls
         * for one ("am 29/2") or alone ("29/2"): news write dates with dots,
         * and "24/7", "3/4", "16/1" (caps and goals) are none */
        if (!month_at(c, k + 2, end) && !*y && !slash_date_cue(c, k, j)) return 0;
        *d = a, *m = b;
        return j;
    }
    int yy0;
    if (year_at(c, k, end, &yy0) && k + 4 < end && strcmp(nf_tok(c->doc, k + 1), "/") == 0 &&
        strcmp(nf_tok(c->doc, k + 3), "/") == 0) {
        /* "2020/Sep/23", "2020/23/Sep" */
        int mon = month_at(c, k + 2, end), dd = 0;
        if (mon)
            int_at(c, k + 4, end, &dd);
        else if (int_at(c, k + 2, end, &dd))
            mon = month_at(c, k + 4, end);
        if (!mon || !nf_date_valid(yy0, mon, dd) || !dd) return 0;
        *y = yy0, *m = mon, *d = dd;
        return k + 5;
    }
    if (kd == NF_TOK_NUMBER && k > 0) {
        /* "am 22.04": a day and month after a word that calls for a date. */
        int a2 = 0, b2 = 0, n2 = 0;
        if (sscanf(s, "%d.%d%n", &a2, &b2, &n2) == 2 && s[n2] == '\0' && n2 <= 5 &&
            is_any(c, k - 1, end, date_cues) && nf_date_valid(2000, b2, a2) &&
            !is(c, k + 1, end, "uhr")) {
            *d = a2, *m = b2;
            return k + 1;
        }
    }
    return 0;
}

/* Dates and date ranges: "11. November", "24. und 25. September",
 * "24. März 1999 bis zum 10. Juni 1999", "vom 4. bis zum 23.", with an
 * optional clock time after "um". */
static size_t m_date(const tctx *c, size_t k, size_t end, tsem *s) {
    int y, m, d;
    size_t j = date_at(c, k, end, &y, &m, &d);
    if (!j) {
        /* "24. und 25. September": a bare day, then the full date. */
        int d1 = kind_of(c, k) == NF_TOK_ORDINAL ? day_at(c, k, end) : 0;
        if (!d1 || !(is(c, k + 1, end, "und") || is(c, k + 1, end, "bis"))) return 0;
        size_t q = k + 2;
        if (is(c, q, end, "zum") || is(c, q, end, "dem")) q++;
        int y2, m2, dd2;
        size_t j2 = date_at(c, q, end, &y2, &m2, &dd2);
        if (!j2) return 0;
        sem_init(s, K_RANGE, NF_TIME_PERIOD);
        s->y = y2, s->m = m2, s->d = d1;
        s->y2 = y2, s->m2 = m2, s->d2 = dd2;
        return j2;
    }
    sem_init(s, K_ABS, NF_TIME_DATE);
    s->y = y, s->m = m, s->d = d;
    /* A range to a second date. */
    size_t q = j;
    if (is(c, q, end, "bis") || is(c, q, end, "und") ||
        (q < end && strcmp(nf_tok(c->doc, q), "-") == 0)) {
        q++;
        if (is(c, q, end, "zum") || is(c, q, end, "dem")) q++;
        int y2, m2, d2;
        size_t j2 = date_at(c, q, end, &y2, &m2, &d2);
        if (j2) {
            s->kind = K_RANGE;
            s->type = NF_TIME_PERIOD;
            s->y2 = y2, s->m2 = m2, s->d2 = d2;
            if (!s->y) s->y = y2;
            return j2;
        }
    }
    /* A clock range: "am 22. April von 5 bis 6 Uhr Nachmittags". */
    size_t jr = clock_range_at(c, j, end, s);
    if (jr) return jr;
    /* A clock time: "am 14. Oktober um 8:00:31", "23.04.2022 14:55". */
    return clock_after(c, j, end, true, s);
}

/* Words for parts of the day, on their own ("Dienstag Morgen", "heute
 * Abend") or closing a compound ("Samstagabend", "Dienstagspätabends"):
 * the code and the half ("früh"/"spät": 1 the first, 2 the second).
 * Longer words come before the words they end in, for the compounds. */
static const struct daypart_word {
    const char *w, *part;
    int half;
} dayparts[] = {{"spätabends", "EV", 2}, {"frühmorgens", "MO", 1}, {"nachmittags", "AF", 0},
                {"nachmittag", "AF", 0}, {"vormittags", "MO", 0},  {"vormittag", "MO", 0},
                {"abends", "EV", 0},     {"abend", "EV", 0},       {"morgens", "MO", 0},
                {"morgen", "MO", 0},     {"mittags", "MI", 0},     {"mittag", "MI", 0},
                {"nachts", "NI", 0},     {"nacht", "NI", 0},       {"früh", "MO", 0}};

/* The part of day a word at k names after a day ("Morgen", "abends",
 * "früh"): its code (a string constant) with *half set and *after at the
 * next token; NULL when it names none. */
static const char *daypart_word_at(const tctx *c, size_t k, size_t end, int *half, size_t *after) {
    const struct daypart_word *words = dayparts;
    for (size_t i = 0; i < sizeof dayparts / sizeof dayparts[0]; i++) {
        if (is(c, k, end, words[i].w)) {
            /* "um 8 Uhr": a clock time follows the part, which then only
             * says which half of the clock is meant. */
            if (is(c, k + 1, end, "um")) return NULL;
            *half = words[i].half;
            *after = k + 1;
            return words[i].part;
        }
    }
    return NULL;
}

/* A weekday: "Montag", "vergangenen Freitag", "Sonntag, den 17. Februar
 * 2008", "Samstagabend", "Mittwoch 4:00", "montags" (a set). */
static size_t m_weekday(const tctx *c, size_t k, size_t end, tsem *s) {
    int shift = 0;
    bool from_last = false;
    size_t j = k;
    if (is(c, k, end, "jeden") || (is(c, k, end, "immer"))) {
        int w = weekday_at(c, k + 1, end);
        if (w) { /* "jeden Montag": every Monday; "um 16 Uhr": at that hour */
            sem_init(s, K_SET, NF_TIME_SET);
            snprintf(s->set, sizeof s->set, "XXXX-WXX-%d", w);
            int hh, mi, ss;
            size_t j3 = is(c, k + 2, end, "um") ? clock_at(c, k + 3, end, &hh, &mi, &ss) : 0;
            if (j3) {
                j3 = clock_daypart(c, j3, end, &hh);
                size_t l = strlen(s->set);
                if (mi)
                    snprintf(s->set + l, sizeof s->set - l, "T%02d:%02d", hh, mi);
                else
                    snprintf(s->set + l, sizeof s->set - l, "T%02d", hh);
                return j3;
            }
            return k + 2;
        }
        if (is(c, k, end, "immer")) j++;
    }
    if (j == k) {
        /* "(in der) Nacht zum Samstag", "Nacht auf Montag", "Nacht von
         * Freitag auf Samstag": the night before that day, dated by the
         * day. */
        size_t n = is(c, k, end, "der") ? k + 1 : k;
        if (is(c, n, end, "nacht")) {
            size_t q = n + 1; /* "zum" or "auf" */
            if ((is(c, q, end, "von") || is(c, q, end, "vom")) && weekday_at(c, q + 1, end)) q += 2;
            if ((is(c, q, end, "zum") || is(c, q, end, "auf")) && weekday_at(c, q + 1, end))
                j = q + 1;
        }
    }
    if (modifier_at(c, j, end, &shift, &from_last)) j++;
    int wd = weekday_at(c, j, end);
    const char *dp = NULL;
    int half = 0;
    /* Compounds begin like a weekday (the prefix index's bit): most words
     * do not. */
    if (!wd && j < end && (c->doc->tok_mask[j] & NF_TM_WEEKDAY)) {
        /* Compounds: "Samstagabend", "Dienstagspätabends", "samstagfrüh". */
        const struct daypart_word *parts = dayparts;
        const size_t nparts = sizeof dayparts / sizeof dayparts[0];
        const char *w = nf_tokl(c->doc, j);
        size_t n = c->doc->tok_llen[j];
        for (size_t i = 0; i < nparts && !wd; i++) {
            size_t sl = strlen(parts[i].w);
            if (n <= sl + 5) continue;
            if (strcmp(w + n - sl, parts[i].w) != 0) continue;
            for (size_t cut = n - sl; cut >= n - sl - 1 && cut > 0; cut--) {
                char head[32];
                if (cut >= sizeof head) break;
                memcpy(head, w, cut);
                head[cut] = '\0';
                if (head[0] >= 'a' && head[0] <= 'z') head[0] = (char)(head[0] - 32);
                const nf_lex_entry *e = nf_lexicon_find(&c->lp->weekdays, head, cut);
                if (e) {
                    wd = (int)e->num;
                    dp = parts[i].part;
                    half = parts[i].half;
                    break;
                }
            }
        }
        if (!wd) {
            /* "montags", "Mittwochs": every such day. */
            if (n > 6 && w[n - 1] == 's') {
                char head[32];
                if (n - 1 < sizeof head) {
                    memcpy(head, w, n - 1);
                    head[n - 1] = '\0';
                    head[0] = (char)(head[0] >= 'a' && head[0] <= 'z' ? head[0] - 32 : head[0]);
                    const nf_lex_entry *e = nf_lexicon_find(&c->lp->weekdays, head, n - 1);
                    if (e && j == k) {
                        sem_init(s, K_SET, NF_TIME_SET);
                        snprintf(s->set, sizeof s->set, "XXXX-WXX-%d", (int)e->num);
                        return j + 1;
                    }
                }
            }
            return 0;
        }
    }
    if (!wd) return 0;
    j++;
    /* "Dienstag Morgen", "Freitag abends": the part of that day. */
    size_t after = j;
    if (!dp) dp = daypart_word_at(c, j, end, &half, &after);
    if (dp) {
        sem_init(s, K_DAYPART, NF_TIME_PERIOD);
        s->wd = wd, s->shift = shift, s->half = half;
        memcpy(s->daypart, dp, 3);
        return after;
    }
    /* "Sonntag, den 17. Februar 2008", "Donnerstag 7. April" */
    size_t q = j;
    if (is(c, q, end, ",")) q++;
    if (is(c, q, end, "den")) q++;
    int y, m, d;
    size_t j2 = date_at(c, q, end, &y, &m, &d);
    if (j2) {
        size_t r = m_date(c, q, end, s);
        return r ? r : j2;
    }
    sem_init(s, K_WEEKDAY, NF_TIME_DATE);
    s->wd = wd, s->shift = shift;
    s->next_week = j - 1 > k && next_week_at(c, k, end);
    return clock_after(c, j, end, false, s);
}

/* A month with or without a year: "November 2025", "im März", "diesen
 * September".  A bare month needs a preposition or modifier before it. */
/* A span of months from month m (the token before j, the first at k) to
 * the month "bis" joins to it, or "und" the next month, with the year
 * after the second or none: "im Januar und Februar", "von Januar bis März
 * 2024", "von Dezember bis Februar"; the end after it, or 0.  Without a
 * year the first month needs a preposition before it, as a bare month
 * does. */
static size_t month_range(const tctx *c, size_t k, size_t j, size_t end, int m, tsem *s) {
    static const char *const preps[] = {"im",   "seit", "bis", "ab", "anfang",   "mitte",
                                        "ende", "vom",  "von", "in", "zwischen", NULL};
    static const char *const year_words[] = {"dieses",  "diesen",    "des",      "vergangenen",
                                             "letzten", "kommenden", "nächsten", "laufenden",
                                             "jenes",   NULL};
    bool und = is(c, j, end, "und");
    if (!und && !is(c, j, end, "bis")) return 0;
    int m2 = month_at(c, j + 1, end);
    if (!m2 || m2 == m || kind_of(c, j + 1) == NF_TOK_ABBREV) return 0;
    /* ("im April und Juni": two months, no span; "und" joins neighbours) */
    if (und && m2 != m % 12 + 1) return 0;
    size_t q = j + 2;
    int y2 = 0;
    /* (a year the second month names otherwise, "bis Juni dieses Jahres",
     * is read with that month alone) */
    if (year_at(c, q, end, &y2))
        q++;
    else if (k == 0 || !is_any(c, k - 1, end, preps) || is_any(c, q, end, year_words))
        return 0;
    sem_init(s, K_RANGE, NF_TIME_PERIOD);
    s->m = m, s->d = 1;
    s->m2 = m2, s->d2 = 0;
    /* (a span over the new year starts in the year before: "Dezember bis
     * Februar 2024") */
    s->y2 = y2;
    s->y = y2 && m2 < m ? y2 - 1 : y2;
    return q;
}

static size_t m_month(const tctx *c, size_t k, size_t end, tsem *s) {
    int shift = 0;
    bool from_last = false, mod = false;
    size_t j = k;
    if (modifier_at(c, j, end, &shift, &from_last)) j++, mod = true;
    int m = month_at(c, j, end);
    if (!m) return 0;
    if (kind_of(c, j) == NF_TOK_ABBREV && !mod) {
        int yy;
        if (!year_at(c, j + 1, end, &yy)) return 0; /* "Sept." alone is too short to trust */
    }
    sem_init(s, K_ABS, NF_TIME_DATE);
    s->m = m;
    j++;
    int y;
    size_t jr = mod ? 0 : month_range(c, k, j, end, m, s);
    if (jr) return jr;
    if (year_at(c, j, end, &y)) {
        s->y = y;
        return j + 1;
    }
    int d1 = 0, d2 = 0, nn = 0;
    if (j < end && kind_of(c, j) == NF_TOK_NUMBER &&
        sscanf(nf_tok(c->doc, j), "%d-%d%n", &d1, &d2, &nn) == 2 && nf_tok(c->doc, j)[nn] == '\0' &&
        d1 >= 1 && d1 < d2 && d2 <= nf_month_days(2000, m)) {
        s->kind = K_RANGE; /* "November 19-20" */
        s->type = NF_TIME_PERIOD;
        s->d = d1, s->m2 = m, s->d2 = d2;
        return j + 1;
    }
    if (mod) {
        s->kind = K_REL;
        s->unit = U_MON;
        s->n = m; /* a named month shifted by years: "diesen September" */
        s->shift = shift;
        return j;
    }
    static const char *const preps[] = {"im",  "seit", "bis", "ab", "anfang", "mitte", "ende",
                                        "vom", "zum",  "von", "in", "des",    "im",    NULL};
    if (k == 0 || !is_any(c, k - 1, end, preps)) return 0;
    return j;
}

/* Seasons: "im Herbst", "Frühjahr 2025", "im vergangenen Sommer" ->
 * "2025-FA" (ISO 8601 / TIMEX season codes). */
static size_t m_season(const tctx *c, size_t k, size_t end, tsem *s) {
    static const struct {
        const char *w, *code;
        int month; /* the month a season starts in */
    } seasons[] = {{"frühjahr", "SP", 3}, {"frühling", "SP", 3}, {"sommer", "SU", 6},
                   {"herbst", "FA", 9},   {"winter", "WI", 12},  {"frühjahrs", "SP", 3},
                   {"sommers", "SU", 6},  {"herbstes", "FA", 9}, {"winters", "WI", 12}};
    size_t j = k;
    int shift = 0;
    bool from_last = false, mod = modifier_at(c, j, end, &shift, &from_last);
    if (mod) j++;
    if (j >= end || !(c->doc->tokens[j].flags & NF_TF_CAP)) return 0;
    for (size_t i = 0; i < sizeof seasons / sizeof seasons[0]; i++) {
        if (!is(c, j, end, seasons[i].w)) continue;
        sem_init(s, K_SEASON, NF_TIME_DATE);
        s->m = seasons[i].month;
        memcpy(s->daypart, seasons[i].code, 3);
        s->shift = shift;
        int y;
        if (year_at(c, j + 1, end, &y)) {
            s->y = y;
            return j + 2;
        }
        /* a bare season needs "im", "diesen", ...: "Sommer" is also a name */
        if (!mod &&
            !(k > 0 &&
              is_any(c, k - 1, end, (const char *const[]){"im", "seit", "bis", "zum", "ab", NULL})))
            return 0;
        return j + 1;
    }
    return 0;
}

/* True when the capitalised word at k is a common noun a year may follow
 * as the time of what it names ("der Wahl 2013", "der Schuhindustrie 2006
 * gelang"): common-nouns.txt lists it, or the name tagger's lexicon knows
 * it or its compound head (at least five bytes) as a noun, and
 * number-names.txt does not list it. */
static bool dated_noun(const tctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (number_name(c, k)) return false;
    if (n >= 3 && n < 5 && nf_tok_get(doc, k, &doc->engine->gz.common_nouns)) return true;
    for (size_t cut = 0; cut + 5 <= n; cut = cut ? cut + 1 : 3) {
        if (((unsigned char)l[cut] & 0xC0) == 0x80) continue;
        if (nf_ner_common_noun(doc->engine->ner, l + cut, 2)) return true;
    }
    return false;
}

/* True when a slash at token k joins the year y before it to the next
 * year after it, in two digits or four ("2015/16", "2019/2020"), written
 * without spaces; *next is that year. */
static bool next_year_slashed(const tctx *c, size_t k, size_t end, int y, int *next) {
    if (k + 1 >= end || strcmp(nf_tok(c->doc, k), "/") != 0 ||
        (c->doc->tokens[k].flags & NF_TF_SPACE_BEFORE) ||
        (c->doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE))
        return false;
    int v;
    if (!int_at(c, k + 1, end, &v)) return false;
    size_t n = c->doc->tok_len[k + 1];
    if ((n == 2 && v == (y + 1) % 100) || (n == 4 && v == y + 1)) {
        *next = y + 1;
        return true;
    }
    return false;
}

/* True when the year-like number at token j follows a verb of becoming
 * or being in the singular, its pronoun maybe between, and no unit
 * follows it: "wurde er 2010 Weltmeister" names a year (2010 champions
 * would take "wurden"), and so does the next of a list ("und 2012
 * Europameister"). */
static bool became_in(const tctx *c, size_t j, size_t end) {
    static const char *const be[] = {"wurde", "wird", "war", "ist", NULL};
    static const char *const one[] = {"er", "sie", "es", NULL};
    int y;
    if (j == 0 || unit_at(c, j + 1, end) != U_NONE) return false;
    if (j >= 3 && is(c, j - 1, end, "und") && (c->doc->tokens[j - 2].flags & NF_TF_CAP) &&
        year_at(c, j - 3, end, &y))
        return became_in(c, j - 3, end);
    size_t v = j > 1 && is_any(c, j - 1, end, one) ? j - 2 : j - 1;
    return is_any(c, v, end, be);
}

/* True when token k opens its sentence and is a word the tagger's lexicon
 * knows in lower case, capitalised only there ("Allein 2015 könnten",
 * "Wurden 2012 noch"): no name before a number. */
static bool lower_word_opening(const tctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    return doc->sentences[doc->tok_sent[k]].ta == k && doc->engine->ner &&
           nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k));
}

/* True when the capitalised word at k ends as no German plural does, so
 * that no number above one counts it ("exportierte 2023 Öl", "ab 2017
 * Strom", "bis 2020 Zeit", "1999 Gold"): not in -e, -n, -r, -s or -el,
 * the endings of plurals ("2000 Stellen", "2000 Flüchtlinge", "2000
 * Lehrer", "2000 Autos", "2000 Artikel").  Not a name of the gazetteer:
 * "1899 Hoffenheim" is a club's name (the figure opens one). */
static bool singular_noun(const tctx *c, size_t k) {
    const char *w = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    if (n < 2 || (unsigned char)w[n - 1] >= 0x80) return false;
    char last = w[n - 1];
    /* (and mass nouns that end as plurals do: "Gas", "Erdgas", "Weizen",
     * "Getreide") */
    bool mass = (n >= 3 && memcmp(w + n - 3, "gas", 3) == 0) ||
                (n == 6 && !memcmp(w, "weizen", 6)) || (n == 8 && !memcmp(w, "getreide", 8));
    /* (a woman's noun in "-in" is one, no plural: "die 1998
     * Europameisterin") */
    bool feminine = n >= 4 && last == 'n' && w[n - 2] == 'i';
    if (!mass && !feminine && (last < 'a' || last > 'z' || strchr("enrs", last))) return false;
    if (last == 'l' && w[n - 2] == 'e') return false;
    const nf_gazetteer *gz = &c->doc->engine->gz;
    return !nf_tok_get(c->doc, k, &gz->names) &&
           !(k > 0 && nf_tok_get(c->doc, k - 1, &gz->first_words));
}

/* True when token k is a noun of documents (document-nouns.txt, or a
 * compound ending in one), perhaps in the genitive ("Abkommens",
 * "Vertrages"). */
static bool document_before(const tctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (kind_of(c, k) != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    const nf_lexicon *lex = &c->lp->document_nouns;
    for (size_t drop = 0; drop <= 2 && drop + 4 <= n; drop++) {
        if (drop && w[n - drop] != (drop == 1 ? 's' : 'e')) break; /* "-s", "-es" */
        if (nf_lexicon_find_ending(lex, w, n - drop, 3, 4)) return true;
    }
    return false;
}

/* Years and year ranges: "Jahr 2024", "2024", "2001 bis 2005", "von 2001
 * bis 2005", "zwischen 2010 und 2015", "Zeitraum von 2001 bis 2005". */
static size_t m_year(const tctx *c, size_t k, size_t end, tsem *s) {
    size_t j = k;
    bool between = false, noun = false;
    if (is(c, j, end, "zeitraum") || is(c, j, end, "zeitraums")) j++, noun = true;
    if (is(c, j, end, "zwischen"))
        j++, between = true;
    else if (noun && is(c, j, end, "von"))
        j++;
    if (!between && (is(c, j, end, "jahr") || is(c, j, end, "jahres") || is(c, j, end, "jahre")))
        j++, noun = true;
    int y;
    if (!year_at(c, j, end, &y)) return 0;
    if (j > 0 && strcmp(nf_tok(c->doc, j - 1), "/") == 0) return 0; /* part of "29/2/2019" */
    /* a dimension: "1152 x 1920 Pixel", "1920×1080" */
    if (!noun && !between &&
        ((j + 1 < end &&
          (is(c, j + 1, end, "x") || strcmp(nf_tok(c->doc, j + 1), "\xc3\x97") == 0)) ||
         (j > 0 && (is(c, j - 1, end, "x") || strcmp(nf_tok(c->doc, j - 1), "\xc3\x97") == 0))))
        return 0;
    if (j + 3 < end && strcmp(nf_tok(c->doc, j + 1), "/") == 0 &&
        kind_of(c, j + 2) == NF_TOK_NUMBER && strcmp(nf_tok(c->doc, j + 3), "/") == 0)
        return 0; /* "Richtlinie 2012/34/EU": a number, not a season "2006/07" */
    if (!noun && !between && j > 0 && kind_of(c, j - 1) == NF_TOK_WORD &&
        (c->doc->tokens[j - 1].flags & NF_TF_CAP) &&
        !nf_tok_find(c->doc, j - 1, &c->lp->sentence_starters) &&
        !nf_tok_find(c->doc, j - 1, &c->lp->year_nouns) && !dated_noun(c, j - 1) &&
        !lower_word_opening(c, j - 1))
        return 0; /* "Resolution 1701", "Windows 2000" */
    if (!noun && !between) {
        /* "von 2000 auf rund 15.000 Soldaten": a count, compared with one
         * (but "im Jahr 2024 auf 170 Milliarden" names its year). */
        size_t q = j + 1;
        /* (before "auf" only after "von", maybe an adverb between: "stieg
         * 2015 auf 3 Milliarden Dollar" names its year) */
        bool from = nf_tok_after_von(c->doc, j, 0);
        if (is_any(c, q, end, (const char *const[]){"bis", "und", "oder", NULL}) ||
            (from && is(c, q, end, "auf"))) {
            q++;
            size_t qt;
            if (q < end && nf_tok_phrase(c->doc, q, end, 4, &c->lp->qualifiers, true, &qt)) q = qt;
            int y2;
            double other;
            if (count_at(c, q, end, &other) && !year_at(c, q, end, &y2)) return 0;
        }
    }
    /* A year-like number that counts a following noun is an amount, but not
     * after "seit", which takes a point in time ("seit 2003 Gouverneur";
     * "seit 1500 Jahren" is a duration, read before years are). */
    bool since = j > 0 && is(c, j - 1, end, "seit") && unit_at(c, j + 1, end) == U_NONE;
    if (became_in(c, j, end)) since = true;
    /* nor after a document's noun and "von", which dates it ("eines
     * Abkommens von 1961 Zahlungen geleistet", "die Verfassung von 1949") */
    if (j > 1 && is(c, j - 1, end, "von") && unit_at(c, j + 1, end) == U_NONE &&
        document_before(c, j - 2))
        since = true;
    /* nor after "für", "bis", "ab" when it lies near the document's year,
     * two back to thirty on: a year a plan or a goal names ("plant für
     * 2026 Ausgaben von ...", "bis 2030 Kohlekraftwerke abschalten"; "Platz
     * für 2000 Menschen" in 2025 counts them) */
    static const char *const towards[] = {"für", "bis", "ab", NULL};
    if (j > 0 && is_any(c, j - 1, end, towards) && c->has_doc && y >= c->docd.y - 2 &&
        y <= c->docd.y + 30 && unit_at(c, j + 1, end) == U_NONE)
        since = true;
    if (!noun && !between && !since && j + 1 < end && (c->doc->tokens[j + 1].flags & NF_TF_CAP) &&
        kind_of(c, j + 1) == NF_TOK_WORD && !month_at(c, j + 1, end) &&
        !nf_tok_find(c->doc, j + 1, &c->lp->sentence_starters) && !singular_noun(c, j + 1))
        return 0;
    if (!noun && !between && j > 0 && nf_tok_find(c->doc, j - 1, &c->lp->qualifiers)) return 0;
    /* a unit or a currency after it measures: "1000 qm", "2000 Euro" */
    if (!noun && !between && j + 1 < end && unit_or_currency(c, j + 1)) return 0;
    if (!noun && !between && j > 0 && j - 1 < end) {
        /* "Boeing 747"-like identifiers never reach here (3 digits); a year
         * after a currency or count word is no year. */
        const char *p = nf_tok(c->doc, j - 1);
        if (strcmp(p, "$") == 0 || strcmp(p, "€") == 0) return 0;
    }
    sem_init(s, K_ABS, NF_TIME_DATE);
    s->y = y;
    j++;
    int next;
    if (!between && next_year_slashed(c, j, end, y, &next)) {
        s->kind = K_RANGE; /* a season: "2015/16", "2019/2020" */
        s->type = NF_TIME_PERIOD;
        s->y2 = next;
        return j + 2;
    }
    size_t q = j;
    if (is(c, q, end, between ? "und" : "bis") ||
        (!between && q < end && strcmp(nf_tok(c->doc, q), "-") == 0 &&
         !(c->doc->tokens[q].flags & NF_TF_SPACE_BEFORE))) {
        int y2;
        if (year_at(c, q + 1, end, &y2) && y2 >= y) {
            s->kind = K_RANGE;
            s->type = NF_TIME_PERIOD;
            s->y2 = y2;
            return q + 2;
        }
    }
    if (between) return 0;
    return j;
}

/* Parts of a year: "den ersten neun Monaten des Jahres 2025", "im ersten
 * Quartal 2025", "im zweiten Halbjahr", "in der ersten Jahreshälfte". */
static size_t m_firstn(const tctx *c, size_t k, size_t end, tsem *s) {
    size_t j = k;
    if (is_any(c, j, end, (const char *const[]){"den", "dem", "der", "die", "das", NULL})) j++;
    int ord = day_at(c, j, end);
    bool first = is(c, j, end, "ersten") || is(c, j, end, "erste");
    if (!ord) return 0;
    j++;
    double n = 1;
    int unit;
    if (first && count_at(c, j, end, &n) && unit_at(c, j + 1, end) == U_MON) {
        j++; /* "den ersten neun Monaten" */
        unit = U_MON;
        ord = (int)n;
    } else if (is(c, j, end, "quartal") || is(c, j, end, "quartals")) {
        unit = U_Q;
    } else if (is(c, j, end, "halbjahr") || is(c, j, end, "halbjahres") ||
               is(c, j, end, "jahreshälfte")) {
        unit = U_HY;
    } else {
        return 0;
    }
    if (unit == U_Q && ord > 4) return 0;
    if (unit == U_HY && ord > 2) return 0;
    if (unit == U_MON && (ord < 1 || ord > 12)) return 0;
    j++;
    sem_init(s, K_FIRSTN, NF_TIME_PERIOD);
    s->unit = unit;
    s->n = ord;
    size_t q = j;
    if (is(c, q, end, "des") && (is(c, q + 1, end, "jahres") || is(c, q + 1, end, "jahrs")))
        q += 2;
    else if (is(c, q, end, "im") && is(c, q + 1, end, "jahr"))
        q += 2;
    int y;
    if (year_at(c, q, end, &y)) {
        s->y = y;
        return q + 1;
    }
    /* "des Jahres", "des vergangenen Jahres", "dieses Jahres" without a
     * year: the document's year, as "des Jahres" alone is (m_relunit) */
    int shift = 0;
    bool from_last = false;
    size_t year =
        is(c, j, end, "des") && modifier_at(c, j + 1, end, &shift, &from_last) && !from_last ? j + 2
        : is(c, j, end, "des") || is(c, j, end, "dieses")                                    ? j + 1
                                                                                             : 0;
    if (year && (is(c, year, end, "jahres") || is(c, year, end, "jahrs")) &&
        !year_at(c, year + 1, end, &y)) {
        s->doc_year = true;
        s->shift = shift;
        return year + 1;
    }
    return j;
}

/* Units shifted from now or from the last date: "vergangene Woche", "im
 * kommenden Jahr", "das abgelaufene Geschäftsjahr", "dem Vorjahr", "am
 * selben Tag", "am folgenden Tag", "Wochenende", "dieses Jahr". */
static size_t m_relunit(const tctx *c, size_t k, size_t end, tsem *s) {
    /* Every reading ends in a unit or one of the nouns below within three
     * tokens ("den vergangenen Tagen", "im Vorjahr"), a span of a count of
     * units within four ("den vergangenen drei Jahren"). */
    bool near = unit_within(c, k, end, 3);
    for (size_t q = k; !near && q < end && q < k + 3; q++)
        near = (c->doc->tok_mask[q] & NF_TM_TIME) && relative_noun(lw(c, q, end));
    if (!near && !unit_within(c, k, end, 4)) return 0;
    size_t j = k;
    bool article = false;
    if (is_any(c, j, end, (const char *const[]){"das", "dem", "des", "der", "den", "die", NULL}))
        j++, article = true;
    /* an article before a demonstrative is a relative pronoun's or
     * another phrase's ("John Edwards, der dieses Jahr angetreten war"):
     * the time starts at the demonstrative */
    if (article && strncmp(lw(c, j, end), "dies", 4) == 0) return 0;
    int shift = 0;
    bool from_last = false, mod = modifier_at(c, j, end, &shift, &from_last);
    if (mod) j++;
    double n;
    if (mod && (shift == 1 || shift == -1) && !from_last && count_at(c, j, end, &n) && n >= 1 &&
        n <= 1000 && n == floor(n)) {
        /* "in den vergangenen drei Jahren", "die nächsten 3 Tage": the span
         * of that many units up to the document's date, or after it */
        int u = unit_at(c, j + 1, end);
        if (u == U_D || u == U_W || u == U_MON || u == U_Y) {
            sem_init(s, K_SPAN, NF_TIME_PERIOD);
            s->unit = u, s->amount = n, s->future = shift > 0;
            return j + 2;
        }
        return 0;
    }
    if (!near) return 0;
    const char *w = lw(c, j, end);
    if (!mod && (strcmp(w, "vorjahr") == 0 || strcmp(w, "vorjahres") == 0)) {
        sem_init(s, K_REL, NF_TIME_DATE);
        s->unit = U_Y, s->shift = -1, s->from_last = true;
        return j + 1;
    }
    if (!mod && (strcmp(w, "vortag") == 0 || strcmp(w, "vortages") == 0)) {
        sem_init(s, K_REL, NF_TIME_DATE);
        s->unit = U_D, s->shift = -1, s->from_last = true;
        return j + 1;
    }
    if (!mod &&
        (strcmp(w, "vorwoche") == 0 || strcmp(w, "vormonat") == 0 || strcmp(w, "vormonats") == 0)) {
        /* "in der Vorwoche", "im Vormonat": the unit before the last date */
        bool week = w[3] == 'w';
        sem_init(s, K_REL, week ? NF_TIME_PERIOD : NF_TIME_DATE);
        s->unit = week ? U_W : U_MON, s->shift = -1, s->from_last = true;
        return j + 1;
    }
    if (!mod && unit_at(c, j, end) == U_D && is(c, j + 1, end, "darauf")) {
        sem_init(s, K_REL, NF_TIME_DATE); /* "am Tag darauf" */
        s->unit = U_D, s->shift = 1, s->from_last = true;
        return j + 2;
    }
    if (strncmp(w, "werktag", 7) == 0 ||
        (strcmp(w, "woche") == 0 && k > 0 && is(c, k, end, "der") && is(c, k - 1, end, "unter"))) {
        /* "unter der Woche", "letzte Werktage": Monday to Saturday. */
        sem_init(s, K_WEEKEND, NF_TIME_PERIOD);
        s->shift = shift;
        s->n = 1; /* workdays, not the weekend */
        return j + 1;
    }
    if (strcmp(w, "wochenende") == 0 || strcmp(w, "wochenendes") == 0) {
        sem_init(s, K_WEEKEND, NF_TIME_PERIOD);
        s->shift = shift;
        return j + 1;
    }
    int unit = unit_at(c, j, end);
    if (strcmp(w, "geschäftsjahr") == 0 || strcmp(w, "geschäftsjahres") == 0) unit = U_Y;
    if (unit != U_D && unit != U_W && unit != U_MON && unit != U_Y && unit != U_Q) return 0;
    const char *word = nf_tok(c->doc, j);
    bool plural = strcmp(word, "Tage") == 0 || strcmp(word, "Tagen") == 0 ||
                  strcmp(word, "Wochen") == 0 || strcmp(word, "Monate") == 0 ||
                  strcmp(word, "Monaten") == 0 || strcmp(word, "Jahre") == 0 ||
                  strcmp(word, "Jahren") == 0;
    if (plural) {
        /* "in den letzten Tagen", "den nächsten Monaten": a vague span. */
        if (!mod) return 0;
        sem_init(s, K_VAGUE, NF_TIME_PERIOD);
        return j + 1;
    }
    if (!mod && unit == U_MON && is(c, k, end, "des") && !month_at(c, j + 1, end)) {
        sem_init(s, K_REL, NF_TIME_DATE); /* "Ende des Monats": this month */
        s->unit = U_MON;
        return j + 1;
    }
    if (unit == U_Q) {
        /* "im letzten Quartal des Jahres 2007", "im letzten Quartal 2004":
         * the last of that year's, no shift from the document's date (left
         * to no reading) */
        int y;
        if (year_at(c, j + 1, end, &y) ||
            is_any(c, j + 1, end,
                   (const char *const[]){"des", "dieses", "diesen", "eines", "jenes", NULL}))
            return 0;
        if (!mod && is(c, k, end, "des")) {
            sem_init(s, K_REL, NF_TIME_DATE); /* "Ende des Quartals": this quarter */
            s->unit = U_Q;
            return j + 1;
        }
    }
    if (!mod) {
        /* "das Jahr", "des Jahres" (not followed by a year): this year. */
        if (unit != U_Y || !article) return 0;
        int y;
        if (year_at(c, j + 1, end, &y)) return 0;
        if (!(is(c, k, end, "das") || is(c, k, end, "des"))) return 0;
        /* (after a noun of people an award: "zum Fußballer des Jahres") */
        if (is(c, k, end, "des") && k > 0 && award_holder(c, k - 1, end)) return 0;
        shift = 0;
    }
    /* "an diesem Tag" points back to the day the text named last, as "am
     * selben Tag" does ("Am Freitag ... die an diesem Tag gehandelten
     * Aktien"); "diese Woche", "dieses Jahr" are the writer's own */
    if (mod && unit == U_D && shift == 0 && strncmp(lw(c, j - 1, end), "dies", 4) == 0)
        from_last = true;
    sem_init(s, K_REL, unit == U_D ? NF_TIME_DATE : unit == U_W ? NF_TIME_PERIOD : NF_TIME_DATE);
    s->unit = unit, s->shift = shift, s->from_last = from_last;
    if (unit == U_Y && !from_last && is(c, j + 1, end, "früher")) return j + 2;
    if (unit == U_MON && is(c, j + 1, end, "vom")) {
        /* "nächsten Monat vom 4. bis zum 23." */
        int d1 = j + 2 < end && kind_of(c, j + 2) == NF_TOK_ORDINAL ? day_at(c, j + 2, end) : 0;
        size_t q = j + 3;
        if (d1 && is(c, q, end, "bis")) {
            q++;
            if (is(c, q, end, "zum")) q++;
            int d2 = q < end && kind_of(c, q) == NF_TOK_ORDINAL ? day_at(c, q, end) : 0;
            if (d2 >= d1) {
                s->d = d1, s->d2 = d2;
                s->type = NF_TIME_PERIOD;
                return q + 1;
            }
        }
    }
    return j + 1;
}

/* Reads "1:35 Stunden" (an hour and 35 minutes: *n = 95, *unit U_MIN),
 * "8:14:40 Stunden" (*n = 29680, U_S) or "2:05 Minuten" (*n = 125, U_S) at
 * token j: a figure with colons and two digits after each, before the
 * larger unit.  False otherwise. */
static bool colon_duration(const tctx *c, size_t j, size_t end, double *n, int *unit) {
    if (j + 1 >= end || kind_of(c, j) != NF_TOK_NUMBER) return false;
    const char *t = nf_tok(c->doc, j);
    const char *colon = strchr(t, ':');
    int a, b, sec = 0, used = 0;
    if (!colon || strlen(colon) < 3 || (colon[3] != '\0' && colon[3] != ':')) return false;
    int parts = sscanf(t, "%d:%d%n:%d%n", &a, &b, &used, &sec, &used);
    if (parts < 2 || (size_t)used != strlen(t) || b > 59 || sec > 59 ||
        (parts == 3 && strlen(strrchr(t, ':')) != 3))
        return false;
    int u = unit_at(c, j + 1, end);
    if (u != U_H && (u != U_MIN || parts == 3)) return false;
    *n = parts == 3 ? a * 3600.0 + b * 60.0 + sec : a * 60.0 + b;
    *unit = u == U_H && parts == 2 ? U_MIN : U_S;
    return true;
}

/* Durations and offsets: "drei Stunden", "anderthalb Stunden", "eine halbe
 * Stunde", "vor drei Tagen", "in drei Wochen", "3 Wochen später", "Ein
 * Jahr zuvor", "alle zwei Tage", "jeden Tag", "den ganzen Tag". */
static size_t m_duration(const tctx *c, size_t k, size_t end, tsem *s) {
    /* Every reading ends in a unit within eight tokens ("vor fast genau
     * zwei Jahren", "in rund drei Wochen", "eine halbe Stunde"): without
     * one, none can match. */
    if (!unit_within(c, k, end, 8)) return 0;
    size_t j = k;
    int mode = 0; /* 0 duration, 1 ago, 2 in, 3 set (alle/jeden) */
    if (is(c, j, end, "vor"))
        j++, mode = 1;
    else if (is(c, j, end, "in") && !is(c, j + 1, end, "den") && !is(c, j + 1, end, "der"))
        j++, mode = 2;
    else if (is(c, j, end, "alle") || is(c, j, end, "jeden") || is(c, j, end, "jede"))
        j++, mode = 3;
    else if (is(c, j, end, "ganzen") && k > 0 && is(c, k - 1, end, "den")) {
        if (unit_at(c, j + 1, end) == U_D) {
            sem_init(s, K_DURATION, NF_TIME_DURATION);
            s->unit = U_D, s->amount = 1;
            return j + 2;
        }
        return 0;
    }
    /* "eines Tages", "eines Abends": some day, no day's length ("binnen
     * eines Tages" is one) */
    if (mode == 0 && is(c, j, end, "eines") &&
        !(j > 0 && (is(c, j - 1, end, "binnen") || is(c, j - 1, end, "innerhalb"))) &&
        is_any(
            c, j + 1, end,
            (const char *const[]){"tages", "morgens", "abends", "nachts", "nachmittags", NULL})) {
        sem_init(s, K_VAGUE, NF_TIME_DATE);
        return j + 2;
    }
    double n = 1;
    bool have_n = false;
    if (mode == 1 || mode == 2) {
        /* "vor fast genau zwei Jahren", "in rund drei Wochen" */
        size_t qt;
        const nf_lex_entry *q = nf_tok_phrase(c->doc, j, end, 3, &c->lp->qualifiers, true, &qt);
        /* the vague quantity words are read below ("in wenigen Wochen") */
        if (q && strcmp(nf_lex_val(&c->lp->qualifiers, q), "vague") != 0) j = qt;
        if (is(c, j, end, "genau")) j++;
    }
    /* "in 1:35 Stunden": how long it took, no time to come ("1:35
     * Stunden" is read from its figure on) */
    int cu;
    if (mode != 1 && mode != 3 && colon_duration(c, j, end, &n, &cu)) {
        if (mode == 2) return 0;
        sem_init(s, K_DURATION, NF_TIME_DURATION);
        s->unit = cu, s->amount = n;
        return j + 2;
    }
    if (is(c, j, end, "ein") && is(c, j + 1, end, "paar")) j++; /* "vor ein paar Jahren" */
    if (is_any(c, j, end,
               (const char *const[]){"einigen", "einige", "mehreren", "mehrere", "wenigen",
                                     "wenige", "vielen", "viele", "paar", NULL}) &&
        unit_at(c, j + 1, end) != U_NONE) {
        /* "vor einigen Jahren", "seit mehreren Tagen": no number to resolve */
        sem_init(s, K_VAGUE, mode == 0 ? NF_TIME_DURATION : NF_TIME_DATE);
        return j + 2;
    }
    if (count_at(c, j, end, &n)) {
        have_n = true;
        j++;
        if (is(c, j, end, "halbe") || is(c, j, end, "halben")) {
            n *= 0.5; /* "eine halbe Stunde" */
            j++;
        }
    }
    int unit = unit_at(c, j, end);
    if (unit == U_NONE) return 0;
    if (!have_n && mode != 3) {
        /* "seit Jahren", "vor Tagen": a plural unit after a preposition. */
        const char *w = nf_tok(c->doc, j);
        size_t wl = c->doc->tok_len[j];
        bool plural = wl > 2 && (w[wl - 1] == 'n' || w[wl - 1] == 'e');
        if (mode == 0 && k > 0 && plural &&
            is_any(c, k - 1, end,
                   (const char *const[]){"seit", "nach", "für", "binnen", "innerhalb", NULL})) {
            sem_init(s, K_VAGUE, NF_TIME_DURATION);
            return j + 1;
        }
        if (mode == 1 && plural) {
            sem_init(s, K_VAGUE, NF_TIME_DATE);
            return j + 1;
        }
        /* ("Vierteljahr" alone is three months; "Quartal" alone is one of
         * the calendar's: "zum Ende eines Quartals", "die stärksten
         * Quartale") */
        if ((unit != U_Q3 && unit != U_Q && unit != U_HY) ||
            strncmp(nf_tokl(c->doc, j), "quartal", 7) == 0)
            return 0;
    }
    /* Ages are not times: "im Alter von 78 Jahren", "im Alter von 62, 64
     * und 66 Jahren", "im Alter zwischen 15 und 60 Jahren", "drei Jahre
     * alt"; "mit 13 Jahren", "mit 12 oder 13 Jahren" with no noun after
     * ("mit zwei Jahren Verspätung" is a span). */
    bool noun_after = j + 1 < end && kind_of(c, j + 1) == NF_TOK_WORD &&
                      (c->doc->tokens[j + 1].flags & NF_TF_CAP);
    for (size_t b = k; b >= 1 && b + 8 > k; b--) {
        bool age = (is(c, b - 1, end, "von") || is(c, b - 1, end, "zwischen")) &&
                   (is(c, b - 2, end, "alter") || people_noun(c, b - 2));
        /* an age that tells when ("starb im Alter von 81 Jahren", "mit 13
         * Jahren"): no amount either, as the guide has it, so the numbers
         * and the unit are claimed for none; an age range describes people
         * and stays an amount ("Männer im Alter zwischen 15 und 60") */
        bool when =
            (age && is(c, b - 1, end, "von") && is(c, b - 3, end, "im")) ||
            (is(c, b - 1, end, "mit") && unit == U_Y && is(c, j, end, "jahren") && !noun_after);
        if (when)
            for (size_t q = b; q <= j; q++) c->doc->claimed[q] = NF_CLAIM_AGE;
        if (age || when) return 0;
        bool listed = kind_of(c, b - 1) == NF_TOK_NUMBER || is(c, b - 1, end, ",") ||
                      is(c, b - 1, end, "und") || is(c, b - 1, end, "bis") ||
                      is(c, b - 1, end, "oder");
        if (!listed) break;
    }
    static const char *const old_forms[] = {"alt",   "alte",  "alten", "alter",
                                            "altes", "altem", NULL};
    for (const char *const *o = old_forms; *o; o++)
        if (is(c, j + 1, end, *o)) return 0; /* "ein 43 Jahre alter Ungar" */
    j++;
    if (mode == 3) {
        sem_init(s, K_SET, NF_TIME_SET);
        s->unit = unit, s->amount = n;
        int hh, mi, ss;
        size_t j3 = unit == U_D && n == 1 && is(c, j, end, "um")
                        ? clock_at(c, j + 1, end, &hh, &mi, &ss)
                        : 0;
        if (j3) { /* "jeden Tag um 3 Uhr nachmittags": daily at that time */
            j3 = clock_daypart(c, j3, end, &hh);
            snprintf(s->set, sizeof s->set, "XXXX-XX-XXT%02d:%02d", hh, mi);
            return j3;
        }
        return j;
    }
    if (mode == 0 &&
        (is(c, j, end, "später") || is(c, j, end, "danach") || is(c, j, end, "zuvor") ||
         is(c, j, end, "davor") || is(c, j, end, "früher"))) {
        sem_init(s, K_OFFSET, NF_TIME_DATE);
        s->future = is(c, j, end, "später") || is(c, j, end, "danach");
        /* (all of them count from the date the text named last, as a
         * reader does: "Ab Sommer 2006 ..., ein Jahr später" is 2007) */
        s->from_last = true;
        s->unit = unit, s->amount = n;
        return j + 1;
    }
    if (mode == 1 || mode == 2) {
        sem_init(s, K_OFFSET, NF_TIME_DATE);
        s->future = mode == 2;
        s->unit = unit, s->amount = n;
        return j;
    }
    sem_init(s, K_DURATION, NF_TIME_DURATION);
    s->unit = unit, s->amount = n;
    return j;
}

/* Compound adjectives of duration: "dreieinhalbjährigen", "zweitägigen",
 * "dreistündige".  Only with a number word: "29-jährige" is an age. */
static size_t m_duration_adjective(const tctx *c, size_t k, size_t end, tsem *s) {
    /* The word starts with a number word ("zweijährige"): the prefix
     * index's bit says whether it may. */
    if (k >= end || kind_of(c, k) != NF_TOK_WORD || !(c->doc->tokens[k].flags & NF_TF_LOWER) ||
        !(c->doc->tok_mask[k] & NF_TM_NUMWORD))
        return 0;
    static const struct {
        const char *stem;
        int unit;
    } stems[] = {{"jährig", U_Y}, {"monatig", U_MON}, {"wöchig", U_W},
                 {"tägig", U_D},  {"stündig", U_H},   {"minütig", U_MIN}};
    const char *w = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    /* Every stem ends in "ig", and the word in the stem and an ending of
     * at most two letters that starts with "e". */
    bool ig = (n >= 2 && memcmp(w + n - 2, "ig", 2) == 0) ||
              (n >= 3 && memcmp(w + n - 3, "ige", 3) == 0) ||
              (n >= 4 && memcmp(w + n - 4, "ige", 3) == 0);
    if (!ig) return 0;
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++) {
        const char *p = strstr(w, stems[i].stem);
        if (!p || p == w) continue;
        const char *rest = p + strlen(stems[i].stem);
        if (*rest && strcmp(rest, "e") && strcmp(rest, "en") && strcmp(rest, "er") &&
            strcmp(rest, "es") && strcmp(rest, "em"))
            continue;
        double v;
        if (!nf_parse_number_word(c->lp, w, (size_t)(p - w), &v) || v <= 0) continue;
        sem_init(s, K_DURATION, NF_TIME_DURATION);
        s->unit = stems[i].unit, s->amount = v;
        return k + 1;
    }
    return 0;
}

static size_t day_adjective(const tctx *c, size_t k, size_t end, int shift, tsem *s);
static size_t m_holiday(const tctx *c, size_t k, size_t end, tsem *s);

/* "frühen" or "späten" at k, before the noun of a part of the day ("am
 * frühen Morgen"): sets *half to its first (1) or second (2) half and
 * returns the token after it; returns k (and leaves *half) for any other
 * word. */
static size_t early_or_late(const tctx *c, size_t k, size_t end, int *half) {
    if (is(c, k, end, "frühen")) return *half = 1, k + 1;
    if (is(c, k, end, "späten")) return *half = 2, k + 1;
    return k;
}

/* Single time words ("heute", "gestern", "damals", "täglich", "abends"),
 * adjectives of days ("gestrigen") and "am Abend", "am Morgen". */
static size_t m_word(const tctx *c, size_t k, size_t end, tsem *s) {
    if (k >= end) return 0;
    if (is(c, k, end, "morgen") && k > 0 &&
        is_any(c, k - 1, end,
               (const char *const[]){"am", "den", "jeden", "diesen", "dieser", NULL}))
        goto daypart_noun;
    {
        const nf_lex_entry *e = nf_tok_get(c->doc, k, &c->lp->time_words);
        if (e) {
            const char *v = nf_lex_val(&c->lp->time_words, e);
            if (strncmp(v, "day:", 4) == 0) {
                /* "heute Abend", "morgen früh", "gestern Nachmittag" */
                int half = 0;
                size_t after;
                const char *dp = daypart_word_at(c, k + 1, end, &half, &after);
                if (!dp && is(c, k + 1, end, "am")) {
                    /* "gestern am frühen Abend": that day's part */
                    size_t q = early_or_late(c, k + 2, end, &half);
                    if (q < end && (c->doc->tokens[q].flags & NF_TF_CAP) &&
                        !is(c, q + 1, end, "des")) {
                        int h2;
                        dp = daypart_word_at(c, q, end, &h2, &after);
                        if (dp && !half) half = h2;
                    }
                }
                if (dp) {
                    sem_init(s, K_DAYPART, NF_TIME_PERIOD);
                    s->shift = atoi(v + 4), s->half = half;
                    memcpy(s->daypart, dp, 3);
                    return after;
                }
                sem_init(s, K_DOCDAY, NF_TIME_DATE);
                s->shift = atoi(v + 4);
                /* "heute 21:30 Uhr", "morgen um 10 Uhr": that day's hour */
                size_t j = clock_after(c, k + 1, end, false, s);
                if (j > k + 1) return j;
            } else if (strcmp(v, "now") == 0) {
                sem_init(s, K_NOW, NF_TIME_DATE);
            } else if (strcmp(v, "vague") == 0) {
                sem_init(s, K_VAGUE, NF_TIME_DATE);
            } else if (strncmp(v, "set:", 4) == 0) {
                sem_init(s, K_SET, NF_TIME_SET);
                snprintf(s->set, sizeof s->set, "%s", v + 4);
            } else if (strncmp(v, "daypart:", 8) == 0) {
                sem_init(s, K_DAYPART, NF_TIME_PERIOD);
                memcpy(s->daypart, v + 8, 2);
                if (v[10] == '1' || v[10] == '2') s->half = v[10] - '0';
            } else if (strncmp(v, "dayadj:", 7) == 0) {
                return day_adjective(c, k, end, atoi(v + 7), s);
            } else if (strncmp(v, "time:", 5) == 0) {
                sem_init(s, K_DAYPART, NF_TIME_TIME);
                s->hh = atoi(v + 5);
                s->mi = atoi(v + 8);
                s->ss = -1;
            } else {
                return 0;
            }
            /* "abends um 8 Uhr": the clock time is the point. */
            size_t j = k + 1;
            if (s->kind == K_DAYPART && s->hh < 0 && is(c, j, end, "um")) {
                int hh, mi, ss;
                size_t j3 = clock_at(c, j + 1, end, &hh, &mi, &ss);
                if (j3) {
                    s->hh = hh, s->mi = mi, s->ss = ss;
                    if (strcmp(s->daypart, "EV") == 0 || strcmp(s->daypart, "AF") == 0)
                        if (s->hh < 12) s->hh += 12;
                    s->daypart[0] = '\0';
                    return j3;
                }
            }
            return j;
        }
    }
    return 0;
daypart_noun:
    sem_init(s, K_DAYPART, NF_TIME_PERIOD);
    memcpy(s->daypart, "MO", 3);
    s->on_named = true;
    return k + 1;
}

/* True when the capitalised noun at k names a day's event whose date
 * "heutig" gives ("die heutige Sitzung"): a meeting's noun or one of a few
 * others. */
static bool dated_event_noun(const tctx *c, size_t k, size_t end) {
    static const char *const nouns[] = {"ausgabe", "sitzung", "abstimmung",      "spiel",
                                        "datum",   "tag",     "pressekonferenz", NULL};
    return k < end && (c->doc->tokens[k].flags & NF_TF_CAP) &&
           (is_any(c, k, end, nouns) || nf_tokl_get(c->doc, k, &c->lp->meeting_nouns));
}

/* An adjective of a day at k, `shift` days from the document date
 * ("gestrigen", time-words.txt's dayadj): with a weekday, "Tag" or a part
 * of the day after it the phrase ("am gestrigen Sonntag", "am heutigen
 * Tag", "am gestrigen Vormittag"), else the adjective alone before its
 * noun ("die gestrige Sitzung").  "heutig" before other nouns names the
 * present, no date ("das heutige Russland"): no match then. */
static size_t day_adjective(const tctx *c, size_t k, size_t end, int shift, tsem *s) {
    static const char *const day_nouns[] = {"tag", "tage", "tages", NULL};
    size_t j = k + 1;
    if (j >= end || c->doc->tokens[j].kind != NF_TOK_WORD || !(c->doc->tokens[j].flags & NF_TF_CAP))
        return 0;
    int half = 0;
    size_t after;
    const char *dp = daypart_word_at(c, j, end, &half, &after);
    if (dp) {
        sem_init(s, K_DAYPART, NF_TIME_PERIOD);
        s->shift = shift, s->half = half;
        memcpy(s->daypart, dp, 3);
        return after;
    }
    /* a weekday, as m_weekday reads it with a clock time or a part of the
     * day ("am gestrigen Samstag 8 Uhr", "am gestrigen
     * Mittwochvormittag"): the last one before the document date, that
     * date's own, or the next; a holiday as m_holiday reads it */
    size_t e = m_weekday(c, j, end, s);
    if (e && (s->kind == K_WEEKDAY || s->kind == K_DAYPART) && s->wd) {
        s->shift = shift < 0 ? -1 : shift > 0 ? 1 : 0;
        s->next_week = false;
        return e;
    }
    if (e) return e; /* a weekday with its date: "Sonntag, den 17. Februar" */
    e = m_holiday(c, j, end, s);
    if (e) return e;
    bool day = is_any(c, j, end, day_nouns);
    if (shift == 0 && !day && !dated_event_noun(c, j, end)) return 0;
    sem_init(s, K_DOCDAY, NF_TIME_DATE);
    s->shift = shift;
    return day ? j + 1 : j;
}

/* The night before the document's day: "(in der) vergangenen Nacht",
 * "letzte Nacht"; k is the word after "in der" or the first of the
 * phrase.  Not "die letzte Nacht vor der Wahl" (an article or pronoun
 * before it). */
static size_t m_night_before(const tctx *c, size_t k, size_t end, bool after_in_der, tsem *s) {
    static const char *const last[] = {"vergangenen", "vergangene", "letzten", "letzte", NULL};
    static const char *const owners[] = {"sein", "ihr",  "mein", "dein", "unser",
                                         "eur",  "dies", "ein",  "jen",  NULL};
    static const char *const articles[] = {"der", "die", "das", "den", "dem", "des", NULL};
    /* (most words open with neither letter: one look tells) */
    if (k >= end || (nf_tokl(c->doc, k)[0] != 'v' && nf_tokl(c->doc, k)[0] != 'l') ||
        !is_any(c, k, end, last))
        return 0;
    if (!after_in_der && k > 0 && c->doc->tokens[k - 1].kind == NF_TOK_WORD) {
        /* "die letzte Nacht", "seine letzte Nacht", "diese", "eine" (the
         * owners' and demonstratives' words by their stems) */
        if (is_any(c, k - 1, end, articles)) return 0;
        for (const char *const *o = owners; *o; o++)
            if (strncmp(nf_tokl(c->doc, k - 1), *o, strlen(*o)) == 0) return 0;
    }
    if (!is(c, k + 1, end, "nacht") || !(c->doc->tokens[k + 1].flags & NF_TF_CAP)) return 0;
    sem_init(s, K_DAYPART, NF_TIME_PERIOD);
    memcpy(s->daypart, "NI", 3);
    s->shift = -1;
    return k + 2;
}

/* "am Abend", "Dieser Abend", "in der Nacht": parts of the day named last
 * (in the sentence or the one before: "Am Dienstag traf er ein.  Am Abend
 * ...") or else of the document's day. */
static size_t m_daypart_noun(const tctx *c, size_t k, size_t end, tsem *s) {
    static const struct {
        const char *w, *part;
    } nouns[] = {{"abend", "EV"},
                 {"nachmittag", "AF"},
                 {"vormittag", "MO"},
                 {"nacht", "NI"},
                 {"mittag", "MI"}};
    size_t j = k;
    bool dem = is_any(c, j, end, (const char *const[]){"dieser", "diesen", "diese", NULL});
    if (dem) j++;
    /* "in der Nacht": the span keeps the article, as "der Nacht zum
     * Samstag" does */
    bool in_der = !dem && k > 0 && is(c, k - 1, end, "in") && is(c, k, end, "der");
    if (in_der) {
        size_t e = m_night_before(c, k + 1, end, true, s);
        if (e) return e;
        if (!is(c, k + 1, end, "nacht") || !(c->doc->tokens[k + 1].flags & NF_TF_CAP)) return 0;
        /* "in der Nacht zum Samstag" is m_weekday's or m_night's; "in
         * der Nacht des 3. März", "der Verhandlungen", "nach der Wahl",
         * "zuvor" another day's (the day before one named: the night of
         * the dates that "zum" gives, or of the day's own evening) */
        static const char *const other[] = {"zum",   "zur",    "zu",     "auf",  "vom", "von",
                                            "des",   "der",    "über",   "nach", "vor", "zuvor",
                                            "davor", "danach", "darauf", NULL};
        if (is_any(c, k + 2, end, other)) return 0;
        sem_init(s, K_DAYPART, NF_TIME_PERIOD);
        memcpy(s->daypart, "NI", 3);
        s->on_named = s->night_past = true;
        return k + 2;
    }
    if (!dem) {
        size_t e = m_night_before(c, k, end, false, s);
        if (e) return e;
    }
    if (!dem && !(k > 0 && is_any(c, k - 1, end, (const char *const[]){"am", "in", NULL})))
        return 0;
    /* "am frühen Morgen", "am späten Abend": its first or second half */
    int half = 0;
    if (!dem) j = early_or_late(c, j, end, &half);
    if (half && is(c, j, end, "morgen") && (c->doc->tokens[j].flags & NF_TF_CAP) &&
        !is(c, j + 1, end, "des")) {
        sem_init(s, K_DAYPART, NF_TIME_PERIOD);
        memcpy(s->daypart, "MO", 3);
        s->half = half;
        s->on_named = true;
        return j + 1;
    }
    /* "am Abend des 3. März", "am Morgen des Wahltags": another day's
     * part, not the document's (the day after it is read alone) */
    if (is(c, j + 1, end, "des")) return 0;
    for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
        if (is(c, j, end, nouns[i].w) && (c->doc->tokens[j].flags & NF_TF_CAP)) {
            sem_init(s, K_DAYPART, NF_TIME_PERIOD);
            memcpy(s->daypart, nouns[i].part, 3);
            s->half = half;
            s->on_named = true;
            return j + 1;
        }
    }
    return 0;
}

/* True when the figure with a colon at token k (read as a clock time with
 * nothing after it: no "Uhr") stands where no clock time does: not after
 * a word that calls for one ("um", "gegen", "ab", "bis", "von", "seit",
 * "zwischen", "und" of a range), nor before a time zone or a part of the
 * day.  Bare, it is a score or a record as often ("mit 24:10", "(15:13)",
 * "das 22:10", "Katjuscha +11:37"). */
static bool bare_colon_figure(const tctx *c, size_t k, size_t end) {
    static const char *const before[] = {"um",       "gegen", "ab",  "bis",  "von", "seit",
                                         "zwischen", "und",   "vor", "nach", NULL};
    static const char *const zones[] = {"mez",  "mesz", "utc", "gmt", "ortszeit", "cet",
                                        "cest", "est",  "edt", "pst", "pdt",      NULL};
    if (!strchr(nf_tok(c->doc, k), ':')) return false;
    if (k > 0 && is_any(c, k - 1, end, before)) return false;
    if (is_any(c, k + 1, end, zones)) return false;
    int hh = 0;
    return clock_daypart(c, k + 1, end, &hh) == k + 1;
}

/* A clock time on its own: "um 14 Uhr", "18:12", "halb 8". */
static size_t m_clock(const tctx *c, size_t k, size_t end, tsem *s) {
    int hh, mi, ss;
    /* A range of hours: "von 17 bis 18 Uhr", "zwischen 4 und 7 Uhr", "von 5
     * Uhr nachmittags bis 6 Uhr nachmittags", "morgens von 5 bis sieben". */
    size_t j0 = k;
    bool morning = is(c, j0, end, "morgens");
    if (morning) j0++;
    bool from = is(c, j0, end, "von"), between = is(c, j0, end, "zwischen");
    if (from || between) {
        double a, b;
        size_t q = j0 + 1;
        if (count_at(c, q, end, &a) && a == floor(a) && a >= 0 && a <= 24) {
            q++;
            int ha = (int)a;
            if (is(c, q, end, "uhr")) q++;
            q = clock_daypart(c, q, end, &ha);
            if (is(c, q, end, from ? "bis" : "und") && count_at(c, q + 1, end, &b) &&
                b == floor(b) && b >= 0 && b <= 24) {
                size_t e = q + 2;
                int hb = (int)b;
                bool uhr = is(c, e, end, "uhr");
                if (uhr) e++;
                size_t e2 = clock_daypart(c, e, end, &hb);
                if (e2 > e && ha == (int)a && ha < 12 && hb >= 12) ha += 12;
                if (uhr || e2 > e || morning) {
                    sem_init(s, K_DAYPART, NF_TIME_PERIOD);
                    s->hh = ha, s->mi = 0, s->ss = -1;
                    s->hh2 = hb, s->mi2 = 0;
                    return e2;
                }
            }
        }
    }
    size_t j = clock_at(c, k, end, &hh, &mi, &ss);
    if (!j) return 0;
    if (j == k + 1 && bare_colon_figure(c, k, end)) return 0;
    sem_init(s, K_DAYPART, NF_TIME_TIME);
    j = clock_daypart(c, j, end, &hh);
    s->hh = hh, s->mi = mi, s->ss = ss;
    return j;
}

/* A named day: "Ostermontag", "Pfingsten 2022", "Tag der Arbeit",
 * "Heilige Drei Könige im Jahr 2020", "Johannistag". */
static size_t m_holiday(const tctx *c, size_t k, size_t end, tsem *s) {
    if (!(c->doc->tok_mask[k] & NF_TM_HOLIDAY)) return 0;
    size_t tb = 0;
    const nf_lex_entry *e = nf_tok_phrase(c->doc, k, end, 4, &c->lp->holidays, false, &tb);
    if (!e) e = nf_tok_phrase(c->doc, k, end, 4, &c->lp->holidays, true, &tb);
    if (!e) return 0;
    sem_init(s, K_HOLIDAY, NF_TIME_DATE);
    s->rule = nf_lex_val(&c->lp->holidays, e);
    int y;
    size_t j = tb;
    if (year_at(c, j, end, &y)) {
        s->y = y;
        return j + 1;
    }
    if (is(c, j, end, "im") && is(c, j + 1, end, "jahr") && year_at(c, j + 2, end, &y)) {
        s->y = y;
        return j + 3;
    }
    int shift;
    bool fl;
    if (modifier_at(c, j, end, &shift, &fl) && (is(c, j + 1, end, "jahres"))) {
        s->shift = shift; /* "letzten Jahres" */
        return j + 2;
    }
    return j;
}

/* m_clock for a number word, which begins a clock time only before "Uhr"
 * ("fünf Uhr"): that test first, as most number words count things. */
static size_t m_hour_word(const tctx *c, size_t k, size_t end, tsem *s) {
    return is(c, k + 1, end, "uhr") ? m_clock(c, k, end, s) : 0;
}

/* Runs every recogniser at k and keeps the longest match. */
/* The night before a date, dated by the morning's day as "in der Nacht
 * zum Samstag" is (m_weekday): "der Nacht zum 11. Januar", "der Nacht auf
 * den 11. Januar", "der Nacht vom 10. zum 11. Januar 2006". */
static size_t m_night(const tctx *c, size_t k, size_t end, tsem *s) {
    size_t j = is(c, k, end, "der") ? k + 1 : k;
    if (!is(c, j, end, "nacht")) return 0;
    j++;
    if (is(c, j, end, "vom") && kind_of(c, j + 1) == NF_TOK_ORDINAL && day_at(c, j + 1, end))
        j += 2; /* "vom 10." */
    if (is(c, j, end, "zum")) {
        j++;
    } else if (is(c, j, end, "auf")) {
        j++;
        if (is(c, j, end, "den")) j++;
    } else {
        return 0;
    }
    return m_date(c, j, end, s);
}

/* The decade the lower-cased word w (n bytes) begins with ("1990er",
 * "90er", "neunziger", "Neunzigerjahre"), as the three digits its years
 * share (199), with *used set to the bytes it takes (what follows in the
 * word, "jahre" or "-jahren", the caller checks); 0 when it names none.  A two-digit decade is the
 * last century's when it lies after the document's year in its century, else this one's ("20er" in
 * 2016 is the 1920s, "10er" the 2010s). */
static int decade_of(const tctx *c, const char *w, size_t n, size_t *used) {
    static const char *const tens[] = {"zwanziger", "dreißiger", "vierziger", "fünfziger",
                                       "sechziger", "siebziger", "achtziger", "neunziger"};
    int year = 0;
    size_t i = 0;
    while (i < n && w[i] >= '0' && w[i] <= '9' && i < 5) year = year * 10 + (w[i++] - '0');
    if ((i == 4 || i == 2) && year % 10 == 0 && i + 2 <= n && w[i] == 'e' && w[i + 1] == 'r') {
        *used = i + 2;
    } else {
        year = 0;
        for (size_t t = 0; t < sizeof tens / sizeof tens[0] && !year; t++) {
            size_t l = strlen(tens[t]);
            if (n >= l && strncmp(w, tens[t], l) == 0) year = 20 + 10 * (int)t, *used = l, i = 2;
        }
        if (!year) return 0;
    }
    if (i == 2) {
        int now = c->has_doc ? c->docd.y : 2000;
        int century = now / 100 * 100;
        year = century + year > now ? century - 100 + year : century + year;
    }
    return year / 10;
}

/* Decades and centuries: "die 1990er Jahre", "in den 90er-Jahren",
 * "Neunzigerjahre", "im 19. Jahrhundert" - periods valued by the digits
 * their years share, the rest X ("199X", "18XX"), as TIMEX3 and
 * Recognizers-Text write years known in part. */
static size_t m_decade(const tctx *c, size_t k, size_t end, tsem *s) {
    static const char *const years[] = {"jahre", "jahren", "jahrzehnt", "jahrzehnts", NULL};
    static const char *const centuries[] = {"jahrhundert", "jahrhunderts", NULL};
    if (k >= end) return 0;
    size_t j = k;
    /* (most tokens: no article, no ordinal, no digit or number word) */
    int kd = kind_of(c, k);
    if (kd == NF_TOK_WORD && !(c->doc->tok_mask[k] & NF_TM_NUMWORD) &&
        !(nf_tok(c->doc, k)[0] >= '0' && nf_tok(c->doc, k)[0] <= '9')) {
        if (!is_any(c, j, end, (const char *const[]){"den", "die", "der", NULL})) return 0;
        j++;
    } else if (kd != NF_TOK_WORD && kd != NF_TOK_ORDINAL) {
        return 0;
    }
    if (j >= end) return 0;
    if (kind_of(c, j) == NF_TOK_ORDINAL && is_any(c, j + 1, end, centuries)) {
        int v = atoi(nf_tok(c->doc, j)); /* "19." */
        if (v < 1 || v > 21) return 0;
        sem_init(s, K_LITERAL, NF_TIME_PERIOD);
        snprintf(s->set, sizeof s->set, "%02dXX", v - 1);
        return j + 2;
    }
    if (kind_of(c, j) != NF_TOK_WORD) return 0;
    const char *w = lw(c, j, end);
    if (!(w[0] >= '0' && w[0] <= '9') && !(c->doc->tok_mask[j] & NF_TM_NUMWORD)) return 0;
    size_t n = c->doc->tok_llen[j], used = 0;
    int dec = decade_of(c, w, n, &used);
    if (!dec) return 0;
    const char *rest = w + used;
    size_t e;
    if (!*rest && is_any(c, j + 1, end, years))
        e = j + 2; /* "1990er Jahre", "neunziger Jahren" */
    else if (strcmp(rest, "jahre") == 0 || strcmp(rest, "jahren") == 0 ||
             strcmp(rest, "-jahre") == 0 || strcmp(rest, "-jahren") == 0)
        e = j + 1; /* "Neunzigerjahre", "90er-Jahren" */
    else
        return 0;
    sem_init(s, K_LITERAL, NF_TIME_PERIOD);
    snprintf(s->set, sizeof s->set, "%03dX", dec);
    return e;
}

/* The start, middle or end of a calendar unit: "Anfang Dezember", "Ende
 * 2012", "Mitte der Woche", "Ende nächsten Monats", "Jahresbeginn",
 * "Monatsende 2015".  The span takes the part's word in; the value and the
 * type stay the unit's (the record has no modifier for the part), so that
 * a year dates an act as it did ("Anfang 2008 kritisierte Putin ..."). */
static size_t m_part(const tctx *c, size_t k, size_t end, tsem *s) {
    static const char *const parts[] = {"anfang", "mitte", "ende", "beginn", NULL};
    static const struct {
        const char *w;
        int unit;
    } compounds[] = {{"jahres", U_Y}, {"monats", U_MON}, {"wochen", U_W}};
    static const char *const tails[] = {"beginn", "anfang", "mitte", "ende", NULL};
    if (k >= end || c->doc->tokens[k].kind != NF_TOK_WORD || !(c->doc->tokens[k].flags & NF_TF_CAP))
        return 0;
    const char *w = lw(c, k, end);
    size_t n = c->doc->tok_llen[k];
    if (is_any(c, k, end, parts)) {
        typedef size_t (*recogniser)(const tctx *, size_t, size_t, tsem *);
        static const recogniser units[] = {m_year, m_month, m_relunit, m_season, m_decade};
        size_t best = 0;
        /* (after "des" or "der" the unit may begin at the next word:
         * "Beginn des Jahres 2012", where "Jahres 2012" is the year) */
        bool article = is(c, k + 1, end, "des") || is(c, k + 1, end, "der");
        for (size_t i = 0; i < 2 * sizeof units / sizeof units[0]; i++) {
            size_t from = k + 1 + i / (sizeof units / sizeof units[0]);
            if (from > k + 1 && !article) break;
            tsem t;
            size_t e = units[i % (sizeof units / sizeof units[0])](c, from, end, &t);
            if (e <= best) continue; /* (t is unset where nothing matched) */
            /* a unit, not a day ("Ende des Tages") or a vague span */
            bool unit = (t.kind == K_ABS && t.d == 0) || t.kind == K_SEASON ||
                        t.kind == K_LITERAL || (t.kind == K_REL && t.unit != U_D);
            if (unit) best = e, *s = t;
        }
        if (!best && is(c, k + 1, end, "der") && is(c, k + 2, end, "woche")) {
            sem_init(s, K_REL, NF_TIME_PERIOD); /* "Ende der Woche": this week's */
            s->unit = U_W;
            best = k + 3;
        }
        return best;
    }
    /* "Jahresbeginn", "Monatsende", "Wochenmitte": this unit, or the
     * year after it ("Jahresende 2015") */
    for (size_t i = 0; i < sizeof compounds / sizeof compounds[0]; i++) {
        size_t l = strlen(compounds[i].w);
        if (n <= l || strncmp(w, compounds[i].w, l) != 0) continue;
        const char *tail = w + l;
        bool part = false;
        for (const char *const *t = tails; *t && !part; t++) part = strcmp(tail, *t) == 0;
        if (!part) return 0;
        int y;
        if (compounds[i].unit == U_Y && year_at(c, k + 1, end, &y)) {
            sem_init(s, K_ABS, NF_TIME_DATE);
            s->y = y;
            return k + 2;
        }
        sem_init(s, K_REL, compounds[i].unit == U_W ? NF_TIME_PERIOD : NF_TIME_DATE);
        s->unit = compounds[i].unit;
        s->edge = strcmp(tail, "ende") == 0 ? 1 : strcmp(tail, "mitte") == 0 ? 0 : -1;
        return k + 1;
    }
    return 0;
}

static size_t match_at(const tctx *c, size_t k, size_t end, tsem *best) {
    /* Most tokens can begin no time expression: skip them at once. */
    int kd = kind_of(c, k);
    uint32_t mask = c->doc->tok_mask[k];
    /* Only a long word that begins like a weekday can be a compound of one
     * ("Montags", "Samstagabend"); "die" and "Dienst" begin like "Dienstag". */
    if (kd == NF_TOK_WORD && c->doc->tok_len[k] < 7) mask &= ~(uint32_t)NF_TM_WEEKDAY;
    bool digits = kd == NF_TOK_WORD && nf_tok(c->doc, k)[0] >= '0' && nf_tok(c->doc, k)[0] <= '9';
    if (kd != NF_TOK_NUMBER && kd != NF_TOK_ORDINAL && kd != NF_TOK_DATE && !digits &&
        !(mask & (NF_TM_TIME | NF_TM_NUMWORD | NF_TM_WEEKDAY)))
        return 0;
    if (digits && !(mask & (NF_TM_TIME | NF_TM_NUMWORD))) {
        tsem s; /* "1990er": a word of digits is a decade or nothing */
        size_t e = m_decade(c, k, end, &s);
        if (e) *best = s;
        return e;
    }
    typedef size_t (*recogniser)(const tctx *, size_t, size_t, tsem *);
    static const recogniser all[] = {m_holiday,      m_date, m_weekday, m_firstn,
                                     m_month,        m_year, m_relunit, m_duration,
                                     m_daypart_noun, m_word, m_clock,   m_duration_adjective,
                                     m_season,       m_part, m_decade,  m_night};
    /* A function word alone ("den", "von", "vor") starts only phrases that
     * the recognisers for parts of years, relative units, durations, years,
     * clock ranges, weekday sets and parts of days read. */
    static const recogniser function_word[] = {m_firstn, m_relunit, m_duration,     m_year,
                                               m_clock,  m_weekday, m_daypart_noun, m_night};
    bool only_function =
        kd == NF_TOK_WORD && !(mask & (NF_TM_TIMEWORD | NF_TM_NUMWORD | NF_TM_WEEKDAY));
    if (only_function && (c->doc->tokens[k].flags & NF_TF_CAP) &&
        !nf_tok_find(c->doc, k, &c->lp->sentence_starters))
        only_function = false; /* a noun of the list: "Abend", "Wochenende", "Vorjahr" */
    if (only_function) {
        /* ... and only when a time word or a number follows closely:
         * "den ersten neun Monaten", "vor fast genau zwei Jahren". */
        bool near = false;
        for (size_t j = k + 1; j < end && j <= k + 3 && !near; j++) {
            int kj = kind_of(c, j);
            near = kj == NF_TOK_NUMBER || kj == NF_TOK_ORDINAL || kj == NF_TOK_DATE ||
                   (c->doc->tok_mask[j] & (NF_TM_TIMEWORD | NF_TM_NUMWORD | NF_TM_WEEKDAY)) ||
                   ((c->doc->tok_mask[j] & NF_TM_TIME) && j == k + 1);
        }
        if (!near) return 0;
    }
    /* A word that only begins like a number word ("ein", "dreimal", "Diesel")
     * or a weekday ("die", "Dienst") can start only counts, ordinals,
     * weekday compounds, duration adjectives and clock times ("fünf Uhr"). */
    static const recogniser number_word[] = {m_duration,           m_date,      m_firstn, m_weekday,
                                             m_duration_adjective, m_hour_word, m_decade};
    bool only_number = kd == NF_TOK_WORD && !only_function &&
                       !(mask & (NF_TM_TIMEWORD | NF_TM_TIME)) &&
                       (mask & (NF_TM_NUMWORD | NF_TM_WEEKDAY));
    const recogniser *list = only_function ? function_word : only_number ? number_word : all;
    size_t count = only_function ? sizeof function_word / sizeof function_word[0]
                   : only_number ? sizeof number_word / sizeof number_word[0]
                                 : sizeof all / sizeof all[0];
    size_t best_end = 0;
    for (size_t i = 0; i < count; i++) {
        tsem s;
        size_t e = list[i](c, k, end, &s);
        if (e > best_end) {
            best_end = e;
            *best = s;
        }
    }
    return best_end;
}

/* ---- resolution ------------------------------------------------------------- */

/* Formats a full or partial date; nothing (the value null) for a year
 * before year 0 or after 9999, which the record's ISO 8601 forms do not
 * hold ("vor 30.000 Jahren" is no day a reader could name). */
static void fmt_date(char *out, size_t cap, int y, int m, int d) {
    if (y < 0 || y > 9999)
        out[0] = '\0';
    else if (m && d)
        snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
    else if (m)
        snprintf(out, cap, "%04d-%02d", y, m);
    else
        snprintf(out, cap, "%04d", y);
}

/* Sets the first and last day a date, month or year covers. */
static void set_days(nf_time *t, int y, int m, int d, int y2, int m2, int d2) {
    t->has_days = true;
    t->first_y = y, t->first_m = m ? m : 1, t->first_d = d ? d : 1;
    t->last_y = y2, t->last_m = m2 ? m2 : 12;
    t->last_d = d2 ? d2 : nf_month_days(y2, t->last_m);
}

/* Remembers a resolved date as the last mentioned, with no clock time
 * known on it yet. */
static void note_last(tctx *c, int y, int m, int d) {
    c->last = (nf_date){y, m, d};
    c->last_gran = d ? 3 : m ? 2 : 1;
    c->last_min = -1;
    if (d) c->day_sent = c->sent;
}

/* Days within which the nearest day of a date beats the sentence's tense,
 * and beyond which the tense's choice is far enough to doubt. */
#define NEAR_DAYS 45
#define FAR_DAYS 150

/* The year to give a day-and-month (or month) without one: the closest
 * such date to the document date (a month by its nearer end: "im
 * November" in May is the coming one, 160 days ahead, not the last, 177
 * days back), in the direction of the tense, unless the tense points
 * ahead and the date lies a few weeks back. */
static int infer_year(const tctx *c, int m, int d, int tense) {
    long doc = nf_days_from_civil(c->docd.y, c->docd.m, c->docd.d);
    int best = c->docd.y, nearest = c->docd.y;
    long best_dist = -1, nearest_dist = -1;
    for (int y = c->docd.y - 1; y <= c->docd.y + 1; y++) {
        if (!nf_date_valid(y, m, d ? d : 1)) continue;
        long diff;
        if (d) {
            diff = nf_days_from_civil(y, m, d) - doc;
        } else {
            long first = nf_days_from_civil(y, m, 1) - doc;
            long last = nf_days_from_civil(y, m, nf_month_days(y, m)) - doc;
            diff = first > 0 ? first : last < 0 ? last : 0;
        }
        long dist = diff < 0 ? -diff : diff;
        if (nearest_dist < 0 || dist < nearest_dist) nearest = y, nearest_dist = dist;
        if (tense < 0 && diff > 0) continue;
        if (tense > 0 && diff < 0) continue;
        if (best_dist < 0 || dist < best_dist) best = y, best_dist = dist;
    }
    /* a day weeks before the document's date, where the tense found
     * points most of a year ahead: the recent one (news report days just
     * past in the Konjunktiv and the perfect, whose verbs the tense reads
     * as future: "hätten am 16. September Angriffe geflogen"); a past
     * tense does point a year back ("Es war am 4.12.") */
    if (d && nearest < best && nearest_dist <= NEAR_DAYS && best_dist > FAR_DAYS) best = nearest;
    return best;
}

/* The day of a holiday rule in year y; false when the rule is unknown. */
static bool holiday_date(const char *rule, int y, nf_date *out) {
    int a, b, cc, dd;
    if (strncmp(rule, "easter", 6) == 0) {
        *out = nf_date_add_days(nf_easter(y), atoi(rule + 6));
        return true;
    }
    if (strncmp(rule, "before-", 7) == 0 && sscanf(rule + 7, "%d-%d-%d", &a, &b, &cc) == 3) {
        nf_date d = {y, b, cc};
        d = nf_date_add_days(d, -1);
        while (nf_weekday(d) != a) d = nf_date_add_days(d, -1);
        *out = d;
        return true;
    }
    if (sscanf(rule, "%d-%d-%d", &a, &b, &cc) == 3) { /* nth-WD-MM */
        nf_date d = {y, cc, 1};
        while (nf_weekday(d) != b) d = nf_date_add_days(d, 1);
        *out = nf_date_add_days(d, 7L * (a - 1));
        return true;
    }
    if (sscanf(rule, "%d-%d", &a, &dd) == 2 && nf_date_valid(y, a, dd)) {
        *out = (nf_date){y, a, dd};
        return true;
    }
    return false;
}

/* Formats a duration: "PT3H", "P2D", "P1.5Y", "P9M". */
static void fmt_duration(char *out, size_t cap, int unit, double n) {
    const char *u = "D";
    bool time = false;
    switch (unit) {
        case U_S:
            u = "S", time = true;
            break;
        case U_MIN:
            u = "M", time = true;
            break;
        case U_H:
            u = "H", time = true;
            break;
        case U_D:
            u = "D";
            break;
        case U_W:
            u = "W";
            break;
        case U_MON:
            u = "M";
            break;
        case U_Q:
            u = "M", n *= 3;
            break;
        case U_Q3:
            u = "M", n *= 9;
            break;
        case U_HY:
            u = "M", n *= 6;
            break;
        case U_Y:
            u = "Y";
            break;
        case U_DEC:
            u = "Y", n *= 10;
            break;
        case U_CEN:
            u = "Y", n *= 100;
            break;
        default:
            break;
    }
    if (unit == U_Y && n != floor(n) && n * 12 == floor(n * 12)) {
        snprintf(out, cap, "P%dY%dM", (int)n, (int)lround((n - floor(n)) * 12)); /* "P3Y6M" */
        return;
    }
    snprintf(out, cap, "P%s%g%s", time ? "T" : "", n, u);
}

/* Writes the interval of a clock range or a part of day on day d into v
 * ("2025-11-12T16:00/2025-11-12T20:00").  Parts of day are the hours Recognizers-Text
 * gives them (Morgen 8-12, Mittag 11-13, Nachmittag 12-16, Abend 16-20,
 * Nacht 20-24, written 23:59), "früh"/"spät" their first or second half:
 * an ISO 8601 interval that sorts, where TIMEX3's "TEV" would not. */
static void daypart_value(const tsem *s, nf_date d, char *v, size_t cap) {
    int a = s->hh * 60 + s->mi, b = s->hh2 * 60 + s->mi2; /* minutes of the day */
    if (!(s->hh >= 0 && s->hh2 >= 0)) {
        static const struct {
            const char *code;
            int from, to;
        } parts[] = {{"MO", 8, 12}, {"MI", 11, 13}, {"AF", 12, 16}, {"EV", 16, 20}, {"NI", 20, 24}};
        a = b = -1;
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
            if (strcmp(s->daypart, parts[i].code) == 0)
                a = parts[i].from * 60, b = parts[i].to * 60;
        if (a < 0) return; /* not a part of day this knows: no value */
        int mid = (a + b) / 2;
        if (s->half == 1) b = mid;
        if (s->half == 2) a = mid;
        if (b == 24 * 60) b = 24 * 60 - 1;
    }
    snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d/%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, a / 60,
             a % 60, d.y, d.m, d.d, b / 60, b % 60);
}

/* The shift a year's or a month's edge named from the document's date
 * takes from the tense near the unit's turn: an end told in the past in
 * a year's first two months, or a month's first week, is the last one's
 * ("Die Zahl stieg bis Jahresende" in January); a beginning told in the
 * future in a year's last two months, or a month's last week, is the next
 * one's ("Zum Jahresbeginn soll ..." in December); else 0. */
static int edge_shift(const tctx *c, const tsem *s, int tense) {
    if (!s->edge || s->shift || s->from_last || !c->has_doc || s->edge != -tense) return 0;
    bool turn = s->unit == U_Y ? (tense < 0 ? c->docd.m <= 2 : c->docd.m >= 11)
                               : (tense < 0 ? c->docd.d <= 7
                                            : c->docd.d + 7 > nf_month_days(c->docd.y, c->docd.m));
    return turn ? tense : 0;
}

/* Resolves one expression into `t`.  `tense`: -1 past, +1 future, 0 unknown. */
static void resolve(tctx *c, const tsem *s, int tense, nf_time *t) {
    t->type = (uint8_t)s->type;
    t->value[0] = '\0';
    t->has_days = false;
    char *v = t->value;
    size_t cap = sizeof t->value;
    switch (s->kind) {
        case K_ABS: {
            int y = s->y ? s->y : c->sent_year;
            if (!s->y && s->year_last && c->last_gran) y = c->last.y + s->year_shift;
            if (!y) {
                if (!c->has_doc) return;
                y = infer_year(c, s->m, s->d, tense);
            }
            if (s->hh >= 0 && s->hh2 >= 0 && s->d) {
                snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d/%04d-%02d-%02dT%02d:%02d", y, s->m, s->d,
                         s->hh, s->mi, y, s->m, s->d, s->hh2, s->mi2);
            } else if (s->hh >= 0) {
                if (s->ss >= 0)
                    snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d:%02d", y, s->m, s->d, s->hh, s->mi,
                             s->ss);
                else
                    snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d", y, s->m, s->d, s->hh, s->mi);
            } else {
                fmt_date(v, cap, y, s->m, s->d);
            }
            set_days(t, y, s->m, s->d, y, s->m, s->d);
            note_last(c, y, s->m, s->d);
            if (s->hh >= 0 && s->hh2 < 0 && s->d) c->last_min = s->hh * 60 + s->mi;
            return;
        }
        case K_RANGE: {
            int y = s->y, y2 = s->y2 ? s->y2 : s->y;
            if (!y && !y2) {
                if (!c->has_doc) return;
                y = y2 = infer_year(c, s->m, s->d, tense);
                if (s->m2 < s->m) y2++; /* "von Dezember bis Februar" */
            }
            if (!y) y = y2;
            set_days(t, y, s->m, s->d, y2, s->m2, s->d2);
            snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", t->first_y, t->first_m, t->first_d,
                     t->last_y, t->last_m, t->last_d);
            note_last(c, y2, s->m2, s->d2);
            return;
        }
        case K_DOCDAY:
        case K_NOW: {
            if (!c->has_doc) return;
            nf_date d = nf_date_add_days(c->docd, s->kind == K_DOCDAY ? s->shift : 0);
            if (s->kind == K_DOCDAY && s->hh >= 0)
                snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, s->hh, s->mi);
            else
                fmt_date(v, cap, d.y, d.m, d.d);
            set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
            note_last(c, d.y, d.m, d.d);
            return;
        }
        case K_VAGUE:
            return;
        case K_WEEKDAY:
        case K_DAYPART: {
            bool clock_only = s->hh >= 0 && s->hh2 < 0 && !s->wd && !s->daypart[0];
            if (clock_only) { /* "um 14 Uhr": the hour, on whichever day */
                snprintf(v, cap, "T%02d:%02d", s->hh, s->mi);
                if (c->last_gran == 3) c->last_min = s->hh * 60 + s->mi; /* on the day named last */
                return;
            }
            if (!c->has_doc) return;
            nf_date d = c->docd;
            if (s->kind == K_DAYPART && !s->wd) {
                bool named = s->on_named && c->last_gran == 3 && c->day_sent + 1 >= c->sent;
                if (named)
                    d = c->last;
                else if (s->night_past && tense < 0)
                    d = nf_date_add_days(d, -1);
                d = nf_date_add_days(d, s->shift);
            }
            if (s->wd) {
                int dw = nf_weekday(d);
                long diff = s->wd - dw; /* -6 .. 6 */
                long off;
                if (s->next_week)
                    off = diff + 7; /* "nächsten" */
                else if (s->shift < 0)
                    off = diff < 0 ? diff : diff - 7; /* "vergangenen" */
                else if (s->shift > 0)
                    off = (diff > 0 ? diff : diff + 7) + 7L * (s->shift - 1);
                else if (diff == 0)
                    off = 0; /* the same day */
                else if (tense > 0)
                    off = diff > 0 ? diff : diff + 7; /* the next one */
                else
                    off = diff < 0 ? diff : diff - 7; /* news: the last one */
                d = nf_date_add_days(d, off);
            }
            if ((s->hh >= 0 && s->hh2 >= 0) || s->daypart[0])
                daypart_value(s, d, v, cap);
            else if (s->hh >= 0)
                snprintf(v, cap, "%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, s->hh, s->mi);
            else
                fmt_date(v, cap, d.y, d.m, d.d);
            if (s->wd || s->daypart[0]) {
                set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
                note_last(c, d.y, d.m, d.d);
                if (s->hh >= 0 && s->hh2 < 0) c->last_min = s->hh * 60 + s->mi;
            }
            return;
        }
        case K_REL: {
            nf_date base = c->docd;
            int gran = 3;
            if (s->from_last && c->last_gran)
                base = c->last, gran = c->last_gran;
            else if (!c->has_doc)
                return;
            if (s->unit == U_Y) {
                int y = base.y + s->shift + edge_shift(c, s, tense);
                fmt_date(v, cap, y, 0, 0);
                set_days(t, y, 0, 0, y, 0, 0);
                note_last(c, y, 0, 0);
            } else if (s->unit == U_MON) {
                int y = base.y, m = base.m ? base.m : 1;
                if (s->n) { /* a named month: "diesen September" */
                    y += s->shift;
                    m = s->n;
                } else {
                    int idx = y * 12 + (m - 1) + s->shift + edge_shift(c, s, tense);
                    y = idx / 12, m = idx % 12 + 1;
                }
                if (s->d && s->d2 && nf_date_valid(y, m, s->d2)) {
                    snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, s->d, y, m, s->d2);
                    set_days(t, y, m, s->d, y, m, s->d2);
                } else {
                    fmt_date(v, cap, y, m, 0);
                    set_days(t, y, m, 0, y, m, 0);
                }
                note_last(c, y, m, 0);
            } else if (s->unit == U_D) {
                if (gran < 3) return;
                nf_date d = nf_date_add_days(base, s->shift);
                fmt_date(v, cap, d.y, d.m, d.d);
                set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
                note_last(c, d.y, d.m, d.d);
            } else if (s->unit == U_W) {
                if (gran < 3) return;
                nf_date d = nf_date_add_days(base, 7L * s->shift - (nf_weekday(base) - 1));
                nf_date e = nf_date_add_days(d, 6);
                t->type = NF_TIME_PERIOD;
                snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", d.y, d.m, d.d, e.y, e.m, e.d);
                set_days(t, d.y, d.m, d.d, e.y, e.m, e.d);
            } else if (s->unit == U_Q) {
                int q = (base.m ? (base.m - 1) / 3 : 0) + s->shift;
                int y = base.y + (q < 0 ? -1 : q / 4);
                q = ((q % 4) + 4) % 4;
                t->type = NF_TIME_PERIOD;
                set_days(t, y, q * 3 + 1, 1, y, q * 3 + 3, 0);
                snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", t->first_y, t->first_m, 1,
                         t->last_y, t->last_m, t->last_d);
            }
            return;
        }
        case K_OFFSET: {
            nf_date base = c->docd;
            if (s->from_last && c->last_gran == 3)
                base = c->last;
            else if (s->from_last && c->last_gran && (s->unit == U_Y || s->unit == U_MON))
                base = (nf_date){c->last.y, c->last.m ? c->last.m : 1, 1};
            else if (!c->has_doc)
                return;
            double sign = s->future ? 1 : -1;
            if (s->unit == U_D || s->unit == U_W) {
                long days = lround(s->amount * (s->unit == U_W ? 7 : 1) * sign);
                nf_date d = nf_date_add_days(base, days);
                fmt_date(v, cap, d.y, d.m, d.d);
                set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
                note_last(c, d.y, d.m, d.d);
            } else if (s->unit == U_MON) {
                int idx = base.y * 12 + (base.m - 1) + (int)lround(s->amount * sign);
                fmt_date(v, cap, idx / 12, idx % 12 + 1, 0);
                set_days(t, idx / 12, idx % 12 + 1, 0, idx / 12, idx % 12 + 1, 0);
                note_last(c, idx / 12, idx % 12 + 1, 0);
            } else if (s->unit == U_Y) {
                int y = base.y + (int)lround(s->amount * sign);
                fmt_date(v, cap, y, 0, 0);
                set_days(t, y, 0, 0, y, 0, 0);
                note_last(c, y, 0, 0);
            } else if (s->unit == U_H || s->unit == U_MIN) {
                long mins = lround(s->amount * (s->unit == U_H ? 60 : 1) * sign);
                /* from the clock time named last ("um 22:30 Uhr ..., eine
                 * Minute später": 22:31); with none, a reader cannot tell
                 * the time ("in der zwölften Minute ..., zehn Minuten
                 * später") */
                t->type = NF_TIME_TIME;
                if (s->from_last && (c->last_gran != 3 || c->last_min < 0)) return;
                long total = mins + (s->from_last ? c->last_min : 0);
                long days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
                long rem = total - days * 1440;
                nf_date d = nf_date_add_days(base, days);
                snprintf(v, cap, "%04d-%02d-%02dT%02ld:%02ld", d.y, d.m, d.d, rem / 60, rem % 60);
                if (s->from_last) note_last(c, d.y, d.m, d.d), c->last_min = (int)rem;
            }
            return;
        }
        case K_DURATION:
            fmt_duration(v, cap, s->unit, s->amount);
            return;
        case K_SPAN: {
            /* the last n units end on the document's date; the next n start
             * the day after it (in a sentence in the past, "für die nächsten
             * 200 Jahre" counts from a time the text tells of: no value) */
            if (!c->has_doc || (s->future && tense < 0)) return;
            int sign = s->future ? 1 : -1, n = (int)s->amount;
            nf_date far = c->docd;
            if (s->unit == U_D || s->unit == U_W) {
                far = nf_date_add_days(c->docd, (long)sign * n * (s->unit == U_W ? 7 : 1));
            } else {
                int idx = c->docd.y * 12 + (c->docd.m - 1) + sign * n * (s->unit == U_Y ? 12 : 1);
                far.y = idx / 12, far.m = idx % 12 + 1;
                int md = nf_month_days(far.y, far.m);
                if (far.d > md) far.d = md;
            }
            if (far.y < 1 || far.y > 9999) return;
            nf_date a = s->future ? nf_date_add_days(c->docd, 1) : far;
            nf_date b = s->future ? far : c->docd;
            set_days(t, a.y, a.m, a.d, b.y, b.m, b.d);
            snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
            return;
        }
        case K_SET:
        case K_LITERAL:
            if (s->set[0])
                snprintf(v, cap, "%s", s->set);
            else
                fmt_duration(v, cap, s->unit, s->amount);
            return;
        case K_FIRSTN: {
            int y = s->y;
            int m1, m2;
            if (s->unit == U_MON)
                m1 = 1, m2 = s->n;
            else if (s->unit == U_Q)
                m1 = (s->n - 1) * 3 + 1, m2 = s->n * 3;
            else
                m1 = (s->n - 1) * 6 + 1, m2 = s->n * 6;
            if (!y) {
                if (!c->has_doc) return;
                y = s->doc_year ? c->docd.y + s->shift : c->last_gran ? c->last.y : c->docd.y;
                /* a part of the document's year not begun by its date, told
                 * in the past or with no tense marked (news tell what has
                 * happened, as weekdays are read), is last year's ("Tesla
                 * verkaufte im vierten Quartal ..." in March) */
                if (!s->doc_year && !c->last_gran && tense <= 0 && m1 > c->docd.m) y--;
            }
            set_days(t, y, m1, 1, y, m2, 0);
            snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", y, m1, 1, y, m2, t->last_d);
            return;
        }
        case K_HOLIDAY: {
            if (!s->y && !c->has_doc) return;
            nf_date d;
            int y = s->y ? s->y : c->sent_year ? c->sent_year : c->docd.y + s->shift;
            if (!holiday_date(s->rule, y, &d)) return;
            if (!s->y && !s->shift && !c->sent_year) {
                /* The closest occurrence in the direction of the tense. */
                long doc = nf_days_from_civil(c->docd.y, c->docd.m, c->docd.d);
                nf_date best = d;
                long bestd = -1;
                for (int yy = c->docd.y - 1; yy <= c->docd.y + 1; yy++) {
                    nf_date x;
                    if (!holiday_date(s->rule, yy, &x)) continue;
                    long diff = nf_days_from_civil(x.y, x.m, x.d) - doc;
                    if ((tense < 0 && diff > 0) || (tense > 0 && diff < 0)) continue;
                    long dist = diff < 0 ? -diff : diff;
                    if (bestd < 0 || dist < bestd) best = x, bestd = dist;
                }
                d = best;
            }
            fmt_date(v, cap, d.y, d.m, d.d);
            set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
            note_last(c, d.y, d.m, d.d);
            return;
        }
        case K_SEASON: {
            int y = s->y;
            if (!y && s->year_last && c->last_gran) y = c->last.y + s->year_shift;
            if (!y) {
                if (!c->has_doc) return;
                /* "vergangenen Winter": the last one; "kommenden Sommer": the next */
                int dir = s->shift < 0 ? -1 : s->shift > 0 ? 1 : tense;
                y = infer_year(c, s->m, 0, dir);
            }
            snprintf(v, cap, "%04d-%s", y, s->daypart);
            int m2 = s->m + 2, y2 = y;
            if (m2 > 12) m2 -= 12, y2++;
            set_days(t, y, s->m, 1, y2, m2, 0);
            note_last(c, y, 0, 0); /* its year: "im Herbst 2010 ... im August desselben Jahres" */
            return;
        }
        case K_WEEKEND: {
            if (!c->has_doc) return;
            int dw = nf_weekday(c->docd);
            if (s->n == 1) { /* the working days (Monday to Saturday) of a week */
                nf_date a = nf_date_add_days(c->docd, 1 - dw + 7L * s->shift);
                nf_date b = nf_date_add_days(a, 5);
                snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
                set_days(t, a.y, a.m, a.d, b.y, b.m, b.d);
                return;
            }
            long to_sat = 6 - dw; /* Saturday of this week */
            if (s->shift == 0 && dw < 6 && tense <= 0) to_sat -= 7;
            to_sat += 7L * s->shift;
            nf_date a = nf_date_add_days(c->docd, to_sat), b = nf_date_add_days(a, 1);
            snprintf(v, cap, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
            set_days(t, a.y, a.m, a.d, b.y, b.m, b.d);
            return;
        }
        default:
            return;
    }
}

/* The year a chronicle's entry opens sentence [ta, tb) with before a dash
 * ("1970 – Der im August verunglückte Jochen Rindt wird ..."), or a year
 * that opens it before its verb ("1953 kamen am 24. Dezember ...", "Im
 * Jahr 1953 kamen ..."): the year of its days, months and holidays that
 * name none; 0 when the sentence opens otherwise. */
static int chronicle_year(const tctx *c, size_t ta, size_t tb) {
    int y;
    size_t k = ta;
    /* "Im Jahr 1953 kamen ..." */
    if (is(c, k, tb, "im") && (is(c, k + 1, tb, "jahr") || is(c, k + 1, tb, "jahre"))) k += 2;
    if (k + 2 >= tb || !year_at(c, k, tb, &y)) return 0;
    /* a year before the verb frames the sentence: "1953 kamen am Heiligen
     * Abend 151 Menschen ums Leben" (a word in lower case after it, no
     * noun it counts: "1953 Menschen") */
    const nf_token *next = &c->doc->tokens[k + 1];
    if (next->kind == NF_TOK_WORD && (next->flags & NF_TF_LOWER) && !unit_at(c, k + 1, tb) &&
        !nf_tok_find(c->doc, k + 1, &c->lp->units))
        return y;
    if (k != ta) return 0;
    const char *d = nf_tok(c->doc, ta + 1);
    bool dash =
        strcmp(d, "\xe2\x80\x93") == 0 || strcmp(d, "\xe2\x80\x94") == 0 || strcmp(d, "-") == 0;
    return dash && (c->doc->tokens[ta + 1].flags & NF_TF_SPACE_BEFORE) ? y : 0;
}

/* Counts token k into *past or *future where tense-markers.txt lists it. */
static void count_marker(const tctx *c, size_t k, int *past, int *future) {
    if (!(c->doc->tok_mask[k] & NF_TM_TENSE)) return;
    const nf_lex_entry *e = nf_tok_find(c->doc, k, &c->lp->tense_markers);
    if (!e) return;
    if (strcmp(nf_lex_val(&c->lp->tense_markers, e), "past") == 0)
        ++*past;
    else
        ++*future;
}

/* True when token k is the preterite singular of a weak verb the
 * speech-verb or event-trigger lists hold ("kritisierte", "meldete"): a
 * form in -te of those verbs, lower case, after no article or other
 * determiner (not the participle of "die vereinbarte Waffenruhe").  The
 * plural in -ten is left out: it is the infinitive of "beraten" as well. */
static bool weak_preterite(const tctx *c, size_t k) {
    static const char *const determiners[] = {"der",   "die",   "das",    "den",   "dem",
                                              "des",   "eine",  "einer",  "einem", "einen",
                                              "eines", "diese", "dieser", "jede",  NULL};
    const nf_doc *doc = c->doc;
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER) ||
        !(doc->tok_mask[k] & (NF_TM_SPEECH | NF_TM_EVENT)))
        return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 5 || w[n - 2] != 't' || w[n - 1] != 'e') return false;
    if (k > 0 && is_any(c, k - 1, doc->ntokens, determiners)) return false;
    return nf_tok_find(doc, k, &c->lp->speech_verbs) || nf_tok_find(doc, k, &c->lp->event_triggers);
}

/* The tense of the clause around a time at [ta, tb) of sentence [sa,
 * sb): its stretch between commas, colons or semicolons, read from the
 * marker words and the weak preterites of the speech and event lists
 * there ("Am 3. März kritisierte er ...": past; "..., die am 16. Dezember
 * ausgestrahlt werden wird": future, whatever the main clause's tense);
 * 0 when the stretch tells none. */
static int clause_tense(const tctx *c, size_t sa, size_t sb, size_t ta, size_t tb) {
    const nf_doc *doc = c->doc;
    size_t a = ta, b = tb;
    while (a > sa && !(doc->tokens[a - 1].kind == NF_TOK_PUNCT &&
                       strchr(",;:", nf_tok(doc, a - 1)[0]) && !nf_tok(doc, a - 1)[1]))
        a--;
    while (b < sb && !(doc->tokens[b].kind == NF_TOK_PUNCT && strchr(",;:", nf_tok(doc, b)[0]) &&
                       !nf_tok(doc, b)[1]))
        b++;
    /* (a marker after an article or a preposition with one is an
     * adjective of a noun, "für den nächsten Chief Executive", or of a
     * time read on its own, "am kommenden Montag": no verb's tense) */
    static const char *const before_adjective[] = {"der", "die",  "das", "den",  "dem",
                                                   "des", "am",   "im",  "zum",  "zur",
                                                   "vom", "beim", "ein", "eine", NULL};
    int past = 0, future = 0;
    for (size_t k = a; k < b; k++) {
        if (weak_preterite(c, k))
            past++;
        else if (!(k > 0 && is_any(c, k - 1, sb, before_adjective)))
            count_marker(c, k, &past, &future);
    }
    return future > past ? 1 : past > 0 ? -1 : 0;
}

/* True when the time at token ta of sentence [sa, sb) is the date
 * something was put off to or set for: right after "auf" or "auf den"
 * in a sentence with a verb of postponing or setting a date ("wurde der
 * Prozess auf den 28. November vertagt"): a date ahead of the act,
 * whatever its tense. */
static bool postponed_to(const tctx *c, size_t sa, size_t sb, size_t ta) {
    static const char *const stems[] = {"vertag",     "verschob",    "verschieb", "verlegt",
                                        "verlegte",   "festgesetzt", "angesetzt", "anberaumt",
                                        "terminiert", NULL};
    const nf_doc *doc = c->doc;
    size_t k = ta;
    if (k > sa && is(c, k - 1, sb, "den")) k--;
    if (k == sa || !is(c, k - 1, sb, "auf")) return false;
    for (size_t j = sa; j < sb; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_LOWER)) continue;
        const char *w = nf_tokl(doc, j);
        for (const char *const *st = stems; *st; st++)
            if (strncmp(w, *st, strlen(*st)) == 0) return true;
    }
    return false;
}

/* True when the weekday at token ta of sentence [sa, sb) is the day a
 * thing is set for, in the present: right after "für", in a clause with
 * "ist" or "sind" and no auxiliary in the past ("Weitere Aktionen sind für
 * Montag angekündigt": the coming Monday, though the participle counts as
 * past; "hatte für Montag zum Streik aufgerufen" is left to the tense). */
static bool set_for_weekday(const tctx *c, size_t sa, size_t sb, size_t ta) {
    static const char *const present[] = {"ist", "sind", NULL}, *const past[] = {"war",    "waren",
                                                                                 "wurde",  "wurden",
                                                                                 "hatte",  "hatten",
                                                                                 "worden", NULL};
    if (ta == sa || !is(c, ta - 1, sb, "für")) return false;
    bool now = false;
    for (size_t k = sa; k < sb; k++) {
        if (is_any(c, k, sb, past)) return false;
        now = now || is_any(c, k, sb, present);
    }
    return now;
}

/* The tense an attributive participle after the weekday at [ta, tb) of
 * sentence [sa, sb) gives it, between an article before "am" and the
 * participle's noun: "nach der am Dienstag erfolgten Veröffentlichung"
 * was done (-1), "die am Montag geplante Sitzung" is to come (+1, a
 * participle the markers list as future); 0 elsewhere. */
static int attributive_tense(const tctx *c, size_t sa, size_t sb, size_t ta, size_t tb) {
    static const char *const articles[] = {"der", "die", "das", "den", "dem", "des", NULL};
    static const char *const endings[] = {"te", "ten", "tes", "ter", "tem", "ene", "enen", NULL};
    const nf_doc *doc = c->doc;
    if (ta < sa + 2 || tb + 1 >= sb || !is(c, ta - 1, sb, "am") ||
        !is_any(c, ta - 2, sb, articles) || doc->tokens[tb].kind != NF_TOK_WORD ||
        !(doc->tokens[tb].flags & NF_TF_LOWER) || !(doc->tokens[tb + 1].flags & NF_TF_CAP))
        return 0;
    const char *w = nf_tokl(doc, tb);
    size_t n = doc->tok_llen[tb];
    for (const char *const *e = endings; *e; e++) {
        size_t el = strlen(*e);
        if (n < el + 4 || memcmp(w + n - el, *e, el) != 0) continue;
        /* the participle without its ending: "geplant" of "geplante" */
        size_t stem = n - el + ((*e)[0] == 't' ? 1 : 2);
        const nf_lex_entry *m = nf_lexicon_find(&c->lp->tense_markers, w, stem);
        return m && strcmp(nf_lex_val(&c->lp->tense_markers, m), "future") == 0 ? 1 : -1;
    }
    return 0;
}

/* The tense of a sentence from its marker words: -1 past, +1 future. */
static int sentence_tense(const tctx *c, size_t ta, size_t tb) {
    int past = 0, future = 0;
    for (size_t k = ta; k < tb; k++) count_marker(c, k, &past, &future);
    return future > past ? 1 : past > 0 ? -1 : 0;
}

/* A weekday in brackets right after the day it names ("für morgen
 * (Mittwoch)", "am 3. März (Montag)"): that day, as the time before it
 * `prev` resolved, where the weekday is its own; `t` (the weekday, whose
 * recognised meaning is `s`) takes its value. */
static void weekday_in_brackets(const tctx *c, const tsem *s, const nf_time *prev, nf_time *t) {
    const nf_doc *doc = c->doc;
    if (s->kind != K_WEEKDAY || !s->wd || s->hh >= 0 || prev->type != NF_TIME_DATE || t->ta < 1 ||
        t->tb >= doc->ntokens || !nf_tok_is(doc, t->ta - 1, "(") || !nf_tok_is(doc, t->tb, ")") ||
        prev->tb + 1 != t->ta || !prev->has_days || prev->first_y != prev->last_y ||
        prev->first_m != prev->last_m || prev->first_d != prev->last_d)
        return;
    nf_date d = {prev->first_y, prev->first_m, prev->first_d};
    if (nf_weekday(d) != s->wd) return;
    memcpy(t->value, prev->value, sizeof t->value);
    set_days(t, d.y, d.m, d.d, d.y, d.m, d.d);
}

/* ---- the stage -------------------------------------------------------------- */

/* A recognised expression waiting for resolution. */
typedef struct pending {
    uint32_t ta, tb, sent;
    tsem sem;
    bool paired; /* "von Montag 7 Uhr bis Freitag 15 Uhr": `end` is the second half */
    tsem end;
} pending;

/* The year a genitive after a day names relative to the document's date
 * ("am 21. September des Vorjahres", "am 3. Mai vergangenen Jahres", "am
 * 1. März kommenden Jahres"); 0 when none follows token k. */
static int year_named_after(const tctx *c, size_t k) {
    size_t end = c->doc->ntokens, j = k;
    if (is(c, j, end, "des")) j++;
    if (is_any(c, j, end, (const char *const[]){"vorjahres", "vorjahrs", NULL}))
        return c->docd.y - 1;
    if (!is_any(c, j + 1, end, (const char *const[]){"jahres", "jahrs", NULL})) return 0;
    if (is_any(c, j, end, (const char *const[]){"vergangenen", "letzten", "vorigen", NULL}))
        return c->docd.y - 1;
    if (is_any(c, j, end, (const char *const[]){"dieses", "laufenden", NULL})) return c->docd.y;
    if (is_any(c, j, end, (const char *const[]){"nächsten", "kommenden", NULL}))
        return c->docd.y + 1;
    return 0;
}

/* Joins a day, month or season without a year and the genitive after it
 * that names its year ("am 21. September des Vorjahres": 21 September of the
 * year before the document's; "im August desselben Jahres": of the year
 * mentioned last) into one expression; returns the new count. */
static size_t join_year_genitives(const tctx *c, pending *p, size_t n) {
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        p[out] = p[i];
        int y;
        bool yearless = i + 1 < n && !p[i].sem.y && !p[i].paired && p[i + 1].ta == p[i].tb &&
                        ((p[i].sem.kind == K_ABS && p[i].sem.m) || p[i].sem.kind == K_SEASON);
        if (yearless && c->has_doc && (y = year_named_after(c, p[i].tb)) != 0) {
            p[out].sem.y = y;
            p[out].tb = p[i + 1].tb;
            i++;
        } else if (yearless && p[i + 1].sem.kind == K_REL && p[i + 1].sem.unit == U_Y &&
                   p[i + 1].sem.from_last) {
            /* "im August desselben Jahres", "im Sommer des folgenden Jahres":
             * the year of the date mentioned last, shifted */
            p[out].sem.year_last = true;
            p[out].sem.year_shift = p[i + 1].sem.shift;
            p[out].tb = p[i + 1].tb;
            i++;
        }
        out++;
    }
    return out;
}

/* True for expressions that can be the ends of a "X bis Y" range. */
static bool range_end_kind(const tsem *s) {
    return s->kind == K_WEEKDAY || (s->kind == K_ABS && s->d && s->hh2 < 0);
}

/* Joins "X bis Y" and "von X bis (zum) Y" of days and dated times into one
 * range; returns the new count. */
static size_t join_ranges(const tctx *c, pending *p, size_t n) {
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        p[out] = p[i];
        if (i + 1 < n && p[i].sent == p[i + 1].sent && range_end_kind(&p[i].sem) &&
            range_end_kind(&p[i + 1].sem)) {
            size_t gap = p[i].tb;
            size_t end = c->doc->sentences[p[i].sent].tb;
            if (is(c, gap, end, "bis")) {
                gap++;
                if (is(c, gap, end, "zum") || is(c, gap, end, "zur")) gap++;
                if (gap == p[i + 1].ta) {
                    p[out].paired = true;
                    p[out].end = p[i + 1].sem;
                    p[out].tb = p[i + 1].tb;
                    i++;
                }
            }
        }
        out++;
    }
    return out;
}

/* Resolves a joined range: the second half counts from the first. */
static void resolve_pair(tctx *c, const pending *p, int tense, nf_time *t) {
    nf_time a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    resolve(c, &p->sem, tense, &a);
    nf_date saved = c->docd;
    bool saved_has = c->has_doc;
    if (a.has_days) {
        c->docd = (nf_date){a.first_y, a.first_m, a.first_d};
        c->has_doc = true;
    }
    resolve(c, &p->end, 1, &b);
    c->docd = saved;
    c->has_doc = saved_has;
    t->type = NF_TIME_PERIOD;
    t->value[0] = '\0';
    if (!a.value[0] || !b.value[0] || !a.has_days || !b.has_days) return;
    bool ta = strchr(a.value, 'T') != NULL, tb = strchr(b.value, 'T') != NULL;
    size_t la = strlen(a.value), lb = strlen(b.value);
    if (ta == tb && la + lb + 2 <= sizeof t->value) {
        memcpy(t->value, a.value, la);
        t->value[la] = '/';
        memcpy(t->value + la + 1, b.value, lb + 1);
    } else
        snprintf(t->value, sizeof t->value, "%04d-%02d-%02d/%04d-%02d-%02d", a.first_y, a.first_m,
                 a.first_d, b.last_y, b.last_m, b.last_d);
    set_days(t, a.first_y, a.first_m, a.first_d, b.last_y, b.last_m, b.last_d);
}

/* True when the full date of pending time `x` closes a credit in
 * parentheses, as news sites stamp their articles: "(red, 16. 5. 2016)",
 * "(APA; 14.12.2015)", "(APA/red - 29.8. 2015)". */
static bool credit_stamp(const tctx *c, const pending *x) {
    const nf_doc *doc = c->doc;
    const tsem *s = &x->sem;
    if (s->kind != K_ABS || !s->y || !s->m || !s->d || x->ta < 3 || x->tb >= doc->ntokens)
        return false;
    if (strcmp(nf_tok(doc, x->tb), ")") != 0) return false;
    const char *sep = nf_tok(doc, x->ta - 1);
    if (strcmp(sep, ",") != 0 && strcmp(sep, ";") != 0 && strcmp(sep, "\xe2\x80\x93") != 0 &&
        strcmp(sep, "-") != 0)
        return false;
    /* the credit: up to eight tokens (initials, agencies, an author's
     * name, several of them: "(APA, Reuters, 2.8.2015)", "(red, APA, ...)") */
    for (size_t k = x->ta - 1, back = 0; k-- > 0 && back < 9; back++) {
        if (strcmp(nf_tok(doc, k), "(") == 0) return back > 0;
        int kd = doc->tokens[k].kind;
        if (kd != NF_TOK_WORD && kd != NF_TOK_ABBREV && strcmp(nf_tok(doc, k), "/") != 0 &&
            strcmp(nf_tok(doc, k), ",") != 0)
            return false;
    }
    return false;
}

/* Sets the document date inferred from the text. */
static void set_doc_date(tctx *c, int y, int m, int d) {
    c->docd = (nf_date){y, m, d};
    c->has_doc = true;
    nf_doc *doc = c->doc;
    doc->date_y = y, doc->date_m = m, doc->date_d = d;
    doc->date_source = NF_DATE_TEXT;
}

/* Infers the document date from the text when the input gave none: a date
 * next to "heute" ("Heute, am 12. November"), its year from the latest
 * year the text names; else the date of the last credit stamp
 * ("(APA, 30. 9. 2015)"). */
static void infer_doc_date(tctx *c, const pending *p, size_t n) {
    int latest_year = 0;
    for (size_t i = 0; i < n; i++) {
        if ((p[i].sem.kind == K_ABS || p[i].sem.kind == K_RANGE) && p[i].sem.y > latest_year)
            latest_year = p[i].sem.y;
        if (p[i].sem.kind != K_ABS && p[i].sem.y > latest_year) latest_year = p[i].sem.y;
        if (p[i].sem.y2 > latest_year) latest_year = p[i].sem.y2;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i].sem.kind != K_DOCDAY || p[i].sem.shift != 0) continue;
        /* the date expression right after "heute" (within three tokens) */
        for (size_t j = i + 1; j < n && p[j].ta <= p[i].tb + 3 && p[j].sent == p[i].sent; j++) {
            const tsem *s = &p[j].sem;
            if (s->kind != K_ABS || !s->m || !s->d) continue;
            int y = s->y ? s->y : latest_year;
            if (!y || !nf_date_valid(y, s->m, s->d)) continue;
            set_doc_date(c, y, s->m, s->d);
            return;
        }
    }
    for (size_t i = n; i-- > 0;) {
        if (!credit_stamp(c, &p[i]) || !nf_date_valid(p[i].sem.y, p[i].sem.m, p[i].sem.d)) continue;
        set_doc_date(c, p[i].sem.y, p[i].sem.m, p[i].sem.d);
        return;
    }
}

/* Finds, resolves and stores the document's time expressions. */
nf_status nf_stage_times(nf_doc *doc, nf_error *err) {
    const nf_langpack *lp = doc->pack;
    tctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.lp = lp;
    c.last_min = -1;
    if (doc->date_source != NF_DATE_NONE) {
        c.has_doc = true;
        c.docd = (nf_date){doc->date_y, doc->date_m, doc->date_d};
    }
    size_t cap = 16, n = 0;
    pending *p = nf_arena_alloc(&doc->arena, cap * sizeof *p);
    if (!p) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    for (size_t si = 0; si < doc->nsentences; si++) {
        size_t ta = doc->sentences[si].ta, tb = doc->sentences[si].tb;
        for (size_t k = ta; k < tb;) {
            tsem s;
            size_t e = match_at(&c, k, tb, &s);
            if (!e) {
                k++;
                continue;
            }
            if (n == cap) {
                pending *q = nf_arena_alloc(&doc->arena, 2 * cap * sizeof *q);
                if (!q) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
                memcpy(q, p, n * sizeof *p);
                p = q, cap *= 2;
            }
            memset(&p[n], 0, sizeof p[n]);
            p[n].ta = (uint32_t)k, p[n].tb = (uint32_t)e, p[n].sent = (uint32_t)si, p[n].sem = s;
            n++;
            k = e;
        }
    }
    n = join_ranges(&c, p, n);
    if (!c.has_doc) infer_doc_date(&c, p, n);
    n = join_year_genitives(&c, p, n);
    doc->times = nf_arena_calloc(&doc->arena, n ? n : 1, sizeof *doc->times);
    if (!doc->times) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    int tense = 0;
    uint32_t tense_sent = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        c.sent = p[i].sent;
        if (p[i].sent != tense_sent) {
            tense_sent = p[i].sent;
            tense =
                sentence_tense(&c, doc->sentences[tense_sent].ta, doc->sentences[tense_sent].tb);
            c.sent_year =
                chronicle_year(&c, doc->sentences[tense_sent].ta, doc->sentences[tense_sent].tb);
        }
        nf_time *t = &doc->times[doc->ntimes++];
        t->ta = p[i].ta;
        t->tb = p[i].tb;
        /* the clause's own tense where it shows one, else the sentence's */
        size_t tsa = doc->sentences[tense_sent].ta, tsb = doc->sentences[tense_sent].tb;
        int own = clause_tense(&c, tsa, tsb, p[i].ta, p[i].tb);
        if (postponed_to(&c, tsa, tsb, p[i].ta)) own = 1;
        if (p[i].sem.kind == K_WEEKDAY && p[i].sem.wd) {
            int attributive = attributive_tense(&c, tsa, tsb, p[i].ta, p[i].tb);
            if (attributive) own = attributive;
            if (set_for_weekday(&c, tsa, tsb, p[i].ta)) own = 1;
        }
        /* "seit Mittwoch": a day already past, whatever the verb's tense */
        if (p[i].ta > 0 && nf_tok_is(doc, p[i].ta - 1, "seit")) own = -1;
        if (p[i].paired)
            resolve_pair(&c, &p[i], own ? own : tense, t);
        else
            resolve(&c, &p[i].sem, own ? own : tense, t);
        if (doc->ntimes >= 2) weekday_in_brackets(&c, &p[i].sem, &doc->times[doc->ntimes - 2], t);
        for (uint32_t k = t->ta; k < t->tb; k++) doc->claimed[k] = 1;
    }
    return NF_OK;
}
