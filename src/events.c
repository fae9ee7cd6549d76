/* events.c - who did what to whom: German trigger words
 * (lang/de/event-triggers.txt) with their CAMEO code and argument frame,
 * actors from the entity layer (a leader stands for his government's
 * country through his entity's country), the date and place of the
 * sentence, and the modality its words give ("soll", "vorbereitet",
 * "nicht").  Repeated mentions of the same act are one event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "error.h"
#include "event_args.h"
#include "event_readings.h"
#include "sports.h"
#include "stages.h"
#include "tokens.h"

/* One reading of a trigger word (parsed when the pack loaded). */
typedef nf_ev_reading reading;

/* The CAMEO root of a code as a number: "1823" -> 18, "046" -> 4. */
static int code_root(const char *code) {
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* True when the particle closes the clause after token k ("traf … ein"). */
static bool particle_after(const nf_doc *doc, size_t k, size_t sb, const char *particle) {
    for (size_t j = k + 1; j < sb; j++) {
        const char *w = nf_tokl(doc, j);
        if (nf_streq(w, particle)) {
            /* the particle ends its clause: punctuation or the sentence end follows */
            return j + 1 >= sb || doc->tokens[j + 1].kind == NF_TOK_PUNCT ||
                   doc->tokens[j + 1].kind == NF_TOK_QUOTE;
        }
        if (nf_streq(w, ",") && j > k + 1 && nf_tok_is(doc, j + 1, "dass")) return false;
    }
    return false;
}

/* True when the word `particle` stands right before the verb at k (or
 * before its "zu") and the verb ends its clause (or a conjunction follows
 * it, another verb's phrase after it): a verb-final clause
 * writes a complement before it ("für nichtig zu erklären", "dass er die
 * Zahlen bekannt gab"). */
static bool particle_before(const nf_doc *doc, size_t k, size_t sa, size_t sb,
                            const char *particle) {
    if (k + 1 < sb && doc->tokens[k + 1].kind != NF_TOK_PUNCT &&
        doc->tokens[k + 1].kind != NF_TOK_QUOTE && !nf_tok_is(doc, k + 1, "und") &&
        !nf_tok_is(doc, k + 1, "oder"))
        return false;
    size_t j = k;
    if (j > sa && nf_tok_is(doc, j - 1, "zu")) j--;
    return j > sa && nf_streq(nf_tokl(doc, j - 1), particle);
}

/* True when a word ending in `suffix` (lower case; the whole word when
 * `whole`) stands in the clause around token k, between the commas before
 * and after it ("verurteilte ihn zu einer Haftstrafe wegen", "Spionage
 * vorgeworfen"). */
static bool word_around(const nf_doc *doc, size_t k, size_t sa, size_t sb, const char *suffix,
                        bool whole) {
    size_t n = strlen(suffix), a = k, b = k + 1;
    while (a > sa && !nf_tok_is(doc, a - 1, ",")) a--;
    while (b < sb && !nf_tok_is(doc, b, ",")) b++;
    for (size_t j = a; j < b; j++) {
        const char *w = nf_tokl(doc, j);
        size_t m = doc->tok_llen[j];
        if (j != k && m >= n && (!whole || m == n) && strcmp(w + m - n, suffix) == 0) return true;
    }
    return false;
}

/* True when every part of a particle pattern holds at token k: parts are
 * joined by "+"; "*suffix" asks for a word with that ending in the clause,
 * "=word" for that word anywhere in it, a plain word for a particle
 * closing it ("zurück+*angebot": "zog ihr Angebot ... zurück"). */
static bool pattern_holds(const nf_doc *doc, size_t k, size_t sa, size_t sb, const char *pattern) {
    char part[40];
    for (const char *p = pattern; *p;) {
        const char *plus = strchr(p, '+');
        size_t n = plus ? (size_t)(plus - p) : strlen(p);
        if (n == 0 || n >= sizeof part) return false;
        memcpy(part, p, n);
        part[n] = '\0';
        bool ok = part[0] == '*' || part[0] == '='
                      ? word_around(doc, k, sa, sb, part + 1, part[0] == '=')
                      : particle_after(doc, k, sb, part) || particle_before(doc, k, sa, sb, part);
        if (!ok) return false;
        p += n + (plus ? 1 : 0);
    }
    return true;
}

/* True when a past participle ("ge...t", "ge...en") follows token j in
 * the clause. */
static bool passive_clause_participle(const nf_doc *doc, size_t j, size_t cb) {
    /* separable particles before "ge": "vorgeworfen", "festgenommen" */
    static const char *const particles[] = {
        "ab",   "an",  "auf", "aus",    "bei",    "dar",    "durch",  "ein",      "fest",
        "frei", "her", "hin", "los",    "mit",    "nach",   "statt",  "teil",     "um",
        "vor",  "weg", "zu",  "zurück", "heraus", "hinaus", "wieder", "zusammen", NULL};
    /* words ending in "t" that close a clause yet are no participle */
    static const char *const adverbs[] = {"nicht",  "jetzt",   "zuletzt", "zunächst", "längst",
                                          "selbst", "bereits", "erst",    "meist",    "sonst",
                                          "heut",   "weit",    "damit",   "somit",    NULL};
    for (size_t q = j + 1; q < cb; q++) {
        const char *w = nf_tokl(doc, q);
        size_t n = doc->tok_llen[q];
        if (n <= 4 || !(doc->tokens[q].flags & NF_TF_LOWER) ||
            !(w[n - 1] == 't' || strcmp(w + n - 2, "en") == 0))
            continue;
        if (strncmp(w, "ge", 2) == 0) return true;
        /* a participle without "ge" ending the clause: "wird von X
         * unterstützt", "wird kritisiert" (a future's infinitive ends in
         * "-en": "wird ... unterstützen") */
        if (w[n - 1] == 't' && (q + 1 >= cb || doc->tokens[q + 1].kind == NF_TOK_PUNCT) &&
            !ev_tok_in(doc, q, adverbs))
            return true;
        for (const char *const *p = particles; *p; p++) {
            size_t pn = strlen(*p);
            if (n > pn + 4 && strncmp(w, *p, pn) == 0 && strncmp(w + pn, "ge", 2) == 0) return true;
        }
    }
    return false;
}

/* True when token j is a "=word" part of the particle pattern: a word of
 * the trigger's own phrase ("lässt sich nicht abbringen"). */
static bool pattern_word(const nf_doc *doc, size_t j, const char *pattern) {
    const char *w = nf_tokl(doc, j);
    size_t n = doc->tok_llen[j];
    for (const char *p = strchr(pattern, '='); p; p = strchr(p + 1, '='))
        if (strncmp(p + 1, w, n) == 0 && (p[n + 1] == '+' || p[n + 1] == '\0')) return true;
    return false;
}

/* True when token j is a conjunction that a finite verb (see
 * ev_finite_verb) follows: the start of a second verb phrase beside the
 * trigger at k.  A lower-case word after "und" that is none of these
 * ("neue und schärfere Sanktionen") joins words, not acts. */
static bool conjunct_verb_after(const nf_doc *doc, size_t j, size_t k) {
    return ev_conjunction(doc, j) && j + 1 != k && ev_finite_verb(doc, j + 1);
}

/* True when a perfect infinitive closes the verbs from the trigger at k
 * in [.., cb): "haben", "sein" or "worden" after a word in lower case
 * ("angegriffen haben", "ermordet und ... verübt haben", "festgenommen
 * worden sein"). */
static bool perfect_infinitive_after(const nf_doc *doc, size_t k, size_t cb) {
    for (size_t j = k + 1; j < cb; j++)
        if ((nf_tok_is(doc, j, "haben") || nf_tok_is(doc, j, "sein") ||
             nf_tok_is(doc, j, "worden")) &&
            (doc->tokens[j - 1].flags & NF_TF_LOWER))
            return true;
    return false;
}

/* True when a relative clause opens at token j (its pronoun, after a
 * preposition or not: "bei dem", "die"). */
static bool relative_on_noun(const nf_doc *doc, size_t j, size_t cb) {
    static const char *const rel[] = {"der",   "die",   "das",    "dem", "den",
                                      "denen", "deren", "dessen", NULL};
    static const char *const preps[] = {"in", "mit",  "bei",  "an",    "auf",     "für",
                                        "zu", "nach", "über", "unter", "während", NULL};
    if (j < cb && ev_tok_in(doc, j, preps)) j++;
    return j + 1 < cb && ev_tok_in(doc, j, rel) && ev_opens_subclause(doc, j, cb);
}

/* The modality the clause's words give: planned, intended, negated,
 * hypothetical, else asserted.  Words of the trigger's own pattern (a
 * "nicht" the phrase requires) do not count. */
static const char *modality_of(const nf_doc *doc, size_t ca, size_t cb, size_t k,
                               const char *pattern) {
    const char *found = NULL;
    /* a comma after the trigger (and its particle) opens another clause:
     * what it wishes or supposes is not the act's ("wirft ... vor, ...
     * zwingen zu wollen"; "hatte ... gedroht, sollte das Parlament ...") */
    for (size_t j = k + 1; j < cb; j++)
        if (nf_tok_is(doc, j, ":")) { /* "bezweifelte ...: Er habe „nicht ...“" */
            cb = j;
            break;
        } else if (nf_tok_is(doc, j, ",")) {
            /* (a relative clause on a noun trigger tells the act's own
             * plan: "Dieser Gipfel, bei dem X und Y vertreten sein werden,
             * ..."; the clause after it is not) */
            if (j == k + 1 && relative_on_noun(doc, j + 1, cb)) {
                size_t e = j + 1;
                while (e < cb && !nf_tok_is(doc, e, ",")) e++;
                cb = e;
                break;
            }
            bool particle_later = false;
            for (size_t q = j + 1; q < cb && !particle_later; q++)
                particle_later = pattern_word(doc, q, pattern) ||
                                 (pattern && pattern[0] && pattern[0] != '*' && pattern[0] != '=' &&
                                  nf_tok_is(doc, q, pattern));
            if (!particle_later) cb = j;
            break;
        }
    /* A coordinated verb phrase is another act: its "wollte" or "nicht"
     * is not the trigger's ("empfing den Präsidenten und wollte mit ihm
     * sprechen"; "wollte verhandeln und beschloss dann Sanktionen"). */
    for (size_t j = k + 1; j + 1 < cb; j++)
        if (conjunct_verb_after(doc, j, k)) {
            cb = j;
            break;
        }
    /* ", und" before a pronoun or a conjunction joins two clauses
     * ("scheiterte ein Attentat auf ihn, und er ließ das Dorf
     * bombardieren"; ", aber dass ..."), not two phrases of a list */
    static const char *const clause_openers[] = {"er",   "sie", "es",   "man",  "wir", "ich",
                                                 "dass", "ob",  "weil", "wenn", "als", NULL};
    for (size_t j = k; j-- > ca;)
        if (j + 1 < k && conjunct_verb_after(doc, j, k) && !pattern_word(doc, j + 1, pattern)) {
            ca = j + 1;
            break;
        } else if ((j + 1 == k || (j > ca && nf_tok_is(doc, j - 1, ",") &&
                                   ev_tok_in(doc, j + 1, clause_openers))) &&
                   ev_conjunction(doc, j)) {
            ca = j + 1;
            break;
        }
    /* the trigger in a subordinate clause after a comma: the words of the
     * clause before are not its own ("wo kein Widerstand erwartet wird,
     * ehe es Obama zur Ratifizierung vorgelegt wird") */
    for (size_t j = k; j-- > ca;)
        if (nf_tok_is(doc, j, ",")) {
            if (ev_opens_subclause(doc, j + 1, cb)) ca = j + 1;
            break;
        }
    /* an act a decision or an agreement before the infinitive's comma
     * governs is to come ("haben sich darauf verständigt, ... für nichtig
     * zu erklären", "beschloss, Truppen zu entsenden") */
    static const char *const decided[] = {
        "beschlossen",  "beschloss",   "beschließt",    "vereinbart",   "vereinbarte",
        "vereinbarten", "verständigt", "verständigten", "geeinigt",     "einigten",
        "einigte",      "entschieden", "entschied",     "entschlossen", NULL};
    bool zu = nf_tok_zu_infinitive(doc, k);
    for (size_t j = k; zu && j-- > ca;)
        if (nf_tok_is(doc, j, ",")) {
            for (size_t q = ca; q < j && !found; q++)
                if (ev_tok_in(doc, q, decided)) found = "planned";
            break;
        }
    for (size_t j = ca; j < cb; j++) {
        if (j == k || pattern_word(doc, j, pattern)) continue; /* the trigger's own words */
        const nf_lex_entry *e = nf_tok_find(doc, j, &doc->pack->event_modality);
        if (!e) {
            if (nf_tok_is(doc, j, "zur") && nf_tok_is(doc, j + 1, "unterzeichnung") && j + 1 != k)
                found = "planned";
            continue;
        }
        /* a word inside a name is the name's ("Ärzte ohne Grenzen", "Keine
         * Macht den Drogen"), no word of the clause */
        const nf_mention *in = ev_mention_at(doc, j);
        if (in && in->kind == NF_MK_NAME && in->tb > in->ta + 1) continue;
        const char *v = nf_lex_val(&doc->pack->event_modality, e);
        /* "als nicht hilfreich kritisiert": the predicate's, not the act's */
        if (j > ca && nf_tok_is(doc, j - 1, "als") && strncmp(v, "negated", 7) == 0) continue;
        /* "soll ... angegriffen haben", "sollen ... verhaftet worden sein":
         * an act others report, done, no plan */
        if ((nf_tok_is(doc, j, "soll") || nf_tok_is(doc, j, "sollen")) &&
            perfect_infinitive_after(doc, k, cb))
            continue;
        /* "nicht nur ..., sondern auch", "nicht zuletzt": no negation */
        static const char *const not_negating[] = {"nur",    "allein", "bloß", "zuletzt",
                                                   "selten", "ohne",   NULL};
        if (nf_tok_is(doc, j, "nicht") && j + 1 < cb && ev_tok_in(doc, j + 1, not_negating))
            continue;
        bool noun_scope = strstr(v, "noun") != NULL;
        if (noun_scope && !(j + 1 == k || j + 2 == k || j == k + 1 || j == k + 2)) continue;
        if ((nf_tok_is(doc, j, "wird") || nf_tok_is(doc, j, "werden")) &&
            passive_clause_participle(doc, j, cb))
            continue; /* "wird kritisiert": a present passive, not a plan */
        if (strncmp(v, "negated", 7) == 0) return "negated";
        if (!found || strncmp(v, "hypothetical", 12) == 0) {
            static const char *const kinds[] = {"planned", "intended", "hypothetical"};
            for (size_t i = 0; i < 3; i++)
                if (strncmp(v, kinds[i], strlen(kinds[i])) == 0) found = kinds[i];
        }
    }
    return found ? found : "asserted";
}

/* True when the verb trigger at k stands in a condition that opens the
 * sentence [sa, sb) with its finite verb, the trigger itself or an
 * auxiliary ("Greift Russland die Ukraine an, ...", "Hat er zugestimmt,
 * ..."), which a comma and the main clause's verb or "dann"/"so" close
 * after the trigger ("..., wird die Nato reagieren", "..., dann ..."). */
static bool verb_first_condition(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    static const char *const aux[] = {"hat",  "haben", "hätte", "hätten", "ist", "sind",
                                      "wäre", "wären", "wird",  "werden", NULL};
    if (k != sa && !ev_tok_in(doc, sa, aux)) return false;
    for (size_t j = k + 1; j + 1 < sb; j++)
        if (nf_tok_is(doc, j, ","))
            return nf_tok_is(doc, j + 1, "dann") || nf_tok_is(doc, j + 1, "so") ||
                   ev_finite_verb(doc, j + 1);
    return false;
}

/* How precisely time value v dates an act: 3 a day (or a time or period
 * from one: "2025-11-11..."), 2 a month ("2008-04"), 1 a year ("1974"), 0
 * nothing an event's date can be (a season, a week, a duration). */
static int date_precision(const char *v) {
    size_t n = strlen(v);
    bool y = n >= 4 && v[0] >= '0' && v[0] <= '9' && v[3] >= '0' && v[3] <= '9';
    if (!y) return 0;
    if (n >= 10 && v[4] == '-' && v[7] == '-') return 3;
    if (n == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1') return 2;
    return n == 4 ? 1 : 0;
}

/* True when time t is a period of more than a month ("zwischen 1997 und
 * 2005", "in den ersten neun Monaten"): a term or a span of figures, not
 * the date of an act (a few days are: "vom 3. bis 5. Mai"). */
static bool long_period(const nf_time *t) {
    if (t->type != NF_TIME_PERIOD || !t->has_days) return false;
    long span =
        (t->last_y - t->first_y) * 372L + (t->last_m - t->first_m) * 31L + (t->last_d - t->first_d);
    return span > 31;
}

/* True when a time of month or year at [ta, tb) may date the act at
 * token k: nothing but words stand between them (a comma opens another
 * clause: "dementierte einen Bericht, wonach er Anfang 2017 ..."), it opens
 * or ends no span and names no purpose ("von 1991 bis ...", "bis Jänner
 * 2016", "die für kommendes Jahr geplante Erhöhung"), and a year is no
 * attribute of a noun before it other than the act's own ("der
 * Haushaltsentwurf 2007"; "sein Rücktritt 1993" is dated). */
static bool partial_date_of_act(const nf_doc *doc, size_t ta, size_t tb, size_t k) {
    size_t a = ta < k ? tb : k + 1, b = ta < k ? k : ta;
    for (size_t j = a; j < b; j++)
        if (nf_tok_is(doc, j, ",") || nf_tok_is(doc, j, ";") || nf_tok_is(doc, j, ":"))
            return false;
    /* (a part of the year or month before it, "Anfang 2008 verurteilte
     * ...", is no noun it qualifies; the words before it count) */
    static const char *const parts[] = {"anfang", "mitte", "ende", "beginn", NULL};
    static const char *const spans[] = {"bis", "für", "von", NULL};
    static const char *const articles[] = {"der", "die", "das", "den", "dem", "des", NULL};
    bool part = ta > 0 && ta - 1 != k && nf_tok_in(doc, ta - 1, parts);
    size_t p = part ? ta - 1 : ta;
    if (p > 0 && (nf_tok_in(doc, p - 1, spans) || (part && nf_tok_in(doc, p - 1, articles))))
        return false;
    /* (a word capitalised where it opens the sentence is none: "Im Mai
     * wurde er verhaftet") */
    return !(tb == ta + 1 && ta > 0 && ta - 1 != k && doc->tokens[ta - 1].kind == NF_TOK_WORD &&
             (doc->tokens[ta - 1].flags & NF_TF_CAP) && !part &&
             doc->sentences[doc->tok_sent[ta]].ta != ta - 1);
}

/* The time giving the event's date: the nearest of the most precise times
 * in the sentence ("Im April 2008 verurteilte ihn ein Gericht": 2008-04;
 * a month or year only as partial_date_of_act allows), or for a sentence
 * opening with "Dabei" the last day of the sentence before; -1 for
 * none. */
static int32_t date_of(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    int32_t best = -1, before = -1;
    int best_p = 0;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        if (t->type == NF_TIME_DURATION || t->type == NF_TIME_SET || long_period(t)) continue;
        int p = date_precision(t->value);
        if (!p) continue;
        if (t->tb <= sa && p == 3) before = (int32_t)i; /* the last day before the sentence */
        if (t->ta < sa || t->tb > sb || (p < 3 && !partial_date_of_act(doc, t->ta, t->tb, k)))
            continue;
        size_t d = t->ta > k ? t->ta - k : k - t->ta;
        if (p > best_p || (p == best_p && d < best_d)) best = (int32_t)i, best_d = d, best_p = p;
    }
    /* "Dabei wollen sie ...": on the occasion the sentence before dates */
    if (best < 0 && before >= 0 && nf_tok_is(doc, sa, "dabei") && sa > 0 &&
        doc->times[before].ta >= doc->sentences[doc->tok_sent[sa - 1]].ta)
        best = before;
    return best;
}

/* True when time t (a time index; -1 for none) starts on a day after the
 * document's date as its record gives it (a date read from the text, the
 * day of some act in it, tells no future). */
static bool after_document(const nf_doc *doc, int32_t t) {
    if (t < 0 || doc->date_source != NF_DATE_INPUT || !doc->times[t].has_days) return false;
    const nf_time *x = &doc->times[t];
    return x->first_y * 10000 + x->first_m * 100 + x->first_d > nf_doc_day(doc);
}

/* The place of the event: a city or country after "in" in the sentence. */
static int32_t location_of(const nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        if (!nf_tok_is(doc, k, "in") && !nf_tok_is(doc, k, "im")) continue;
        const nf_mention *m = ev_mention_at(doc, k + 1);
        if (m && m->ta == k + 1 && doc->entities[m->entity].type == NF_ENT_GPE)
            return (int32_t)m->entity;
    }
    return -1;
}

/* True when two dates (time indices, -1 for the document's date) name
 * different days, so that the same act on each is a distinct event. */
static bool other_day(const nf_doc *doc, int32_t a, int32_t b) {
    return a >= 0 && b >= 0 && strcmp(doc->times[a].value, doc->times[b].value) != 0;
}

/* Appends an event unless the same act (code, source, target, day) is
 * already there.  False when memory runs out. */
static bool add_event(nf_doc *doc, const char *code, int32_t src, int32_t tgt, size_t k,
                      const char *modality, int32_t date, int32_t loc) {
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *e = &doc->events[i];
        if (strcmp(e->code, code) == 0 && e->source == src && e->target == tgt &&
            !other_day(doc, e->date, date))
            return true;
    }
    if (doc->nevents == doc->events_cap) {
        size_t cap = doc->events_cap ? doc->events_cap * 2 : 8;
        nf_event *v = nf_arena_alloc(&doc->arena, cap * sizeof *v);
        if (!v) return false;
        if (doc->nevents) memcpy(v, doc->events, doc->nevents * sizeof *v);
        doc->events = v;
        doc->events_cap = cap;
    }
    nf_event *e = &doc->events[doc->nevents++];
    memset(e, 0, sizeof *e);
    snprintf(e->code, sizeof e->code, "%s", code);
    e->source = src;
    e->target = tgt;
    e->trigger = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
    e->modality = modality;
    e->date = date;
    e->location = loc;
    return true;
}

/* How specific a particle pattern is: the number of its "+"-joined parts,
 * 0 for none. */
static size_t pattern_parts(const char *pattern) {
    if (!pattern[0]) return 0;
    size_t n = 1;
    for (const char *p = pattern; *p; p++) n += *p == '+';
    return n;
}

/* True when entity e (or a place whose government it is) is named in
 * tokens [a, b). */
static bool named_before(nf_doc *doc, int32_t e, size_t a, size_t b) {
    for (size_t j = a; j < b; j++) {
        const nf_mention *m = ev_mention_at(doc, j);
        if (m && ((int32_t)m->entity == e || ev_government_of(doc, (int32_t)m->entity) == e))
            return true;
    }
    return false;
}

/* True when entities a and b are two organisations the lists know apart,
 * whatever their codes: sides of their own ("Podemos verhandelt mit der
 * PSOE", both ESPPTY). */
static bool listed_apart(const nf_doc *doc, int32_t a, int32_t b) {
    const nf_entity *x = &doc->entities[a], *y = &doc->entities[b];
    return x->type == NF_ENT_ORG && y->type == NF_ENT_ORG && x->canonical && y->canonical &&
           strcmp(x->canonical, y->canonical) != 0;
}

/* True when entities a and b cannot be the two sides of a mutual act:
 * of one country, unless both are actors of their own within it, with
 * codes that differ ("Erdogan traf sich mit dem CHP-Abgeordneten Baykal":
 * the president and a member of parliament; not Russia and the Russian
 * government, nor two members of one government), or two organisations
 * the lists know apart ("Podemos" and "PSOE"). */
static bool same_side(const nf_doc *doc, int32_t a, int32_t b) {
    const nf_entity *x = &doc->entities[a], *y = &doc->entities[b];
    if (strcmp(x->country, y->country) != 0) return false;
    if (!x->country[0]) return true;
    bool xs = x->type == NF_ENT_PERSON || x->type == NF_ENT_ORG;
    bool ys = y->type == NF_ENT_PERSON || y->type == NF_ENT_ORG;
    if (!xs || !ys) return true;
    if (listed_apart(doc, a, b)) return false;
    const char *p = x->actor ? x->actor : "", *q = y->actor ? y->actor : "";
    return strcmp(p, q) == 0;
}

/* The two sides of a mutual act told by a verb at k of clause [ca, cb):
 * its subjects, named before "mit", and the actors after "mit", each
 * side's governments, no country on both sides.  False (and both lists empty) when either side
 * is missing. */
static bool sides_with_mit(nf_doc *doc, size_t k, size_t ca, size_t cb, ev_actors *src,
                           ev_actors *tgt) {
    ev_actors s, t;
    ev_subjects(doc, k, ca, cb, &s);
    ev_pp_actors(doc, k, ca, cb, "mit", &t);
    src->n = tgt->n = 0;
    if (!s.n || !t.n) return false;
    /* a subject found in the "mit" phrase is none ("Die Schwedin traf sich
     * mit Vertretern von ÖGB, Attac ..."), and "(mit X, Y und Z)" includes
     * them rather than naming the other side */
    size_t mit = ca;
    while (mit < cb && !nf_tok_is(doc, mit, "mit")) mit++;
    for (size_t i = 0; i < s.n; i++)
        if (ev_has(&t, s.e[i]) || !named_before(doc, s.e[i], ca, mit)) return false;
    for (size_t j = ca + 1; j < cb; j++)
        if (nf_tok_is(doc, j, "mit") && nf_tok_is(doc, j - 1, "(")) return false;
    for (size_t i = 0; i < s.n; i++) src->e[src->n++] = ev_government_of(doc, s.e[i]);
    for (size_t i = 0; i < t.n; i++) {
        int32_t e = ev_government_of(doc, t.e[i]);
        bool same = e < 0;
        for (size_t j = 0; j < src->n && !same; j++)
            same = src->e[j] < 0 || src->e[j] == e || same_side(doc, src->e[j], e);
        if (!same) tgt->e[tgt->n++] = e;
    }
    if (!tgt->n) src->n = 0;
    return tgt->n > 0;
}

static const reading *best_reading(const nf_doc *doc, size_t k, size_t sa, size_t sb,
                                   size_t entry); /* below */
static bool counted_victims(const nf_doc *doc, size_t ca, size_t cb,
                            const ev_actors *src); /* below */

/* The party that does an attack (a noun of force, roots 18 to 20: a
 * nation's adjective before it, an actor in the genitive after it) named
 * in [ca, k) of the clause ending at cb, before a passive's participle at
 * k: "Bei einem Anschlag der PKK wurden ... getötet", "Bei einem
 * israelischen Luftangriff wurden ... verletzt".  -1 when none. */
static int32_t attack_doer(nf_doc *doc, size_t ca, size_t k, size_t cb) {
    const nf_lexicon *lex = &doc->pack->event_triggers;
    size_t sa = doc->sentences[doc->tok_sent[k]].ta, sb = doc->sentences[doc->tok_sent[k]].tb;
    for (size_t j = ca; j < k; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP)) continue;
        const nf_lex_entry *e = nf_tok_find(doc, j, lex);
        const reading *r = e ? best_reading(doc, j, sa, sb, (size_t)(e - lex->entries)) : NULL;
        int root = r ? code_root(r->code) : 0;
        if (!r || !r->noun || r->weak || root < 18 || root > 20) continue;
        int32_t doer = ev_noun_party(doc, j, j + 4 < cb ? j + 4 : cb, true);
        if (doer >= 0) return doer;
    }
    return -1;
}

/* True when clause [ca, cb) names people: a noun of persons, of people
 * at large ("Menschen", "Zivilisten", "Insassen") or a people's name
 * (demonym), or a count of the harmed (counted_victims). */
static bool people_in_clause(const nf_doc *doc, size_t ca, size_t cb, const ev_actors *src) {
    static const char *const people[] = {"menschen", "personen", "leute",     "zivilisten",
                                         "insassen", "bewohner", "einwohner", "passagiere",
                                         "kinder",   "frauen",   "männer",    NULL};
    for (size_t j = ca; j < cb; j++)
        if (doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP) &&
            (ev_tok_in(doc, j, people) || nf_person_noun_at(doc, j) ||
             nf_tok_get(doc, j, &doc->engine->gz.demonyms)))
            return true;
    return counted_victims(doc, ca, cb, src);
}

/* Sentences back within which an attack in the passive that names no
 * doer goes on the last act of force told before (campaign_doer). */
#define CAMPAIGN_SENTENCES 5

/* The source of the last act of force (roots 18 to 20) told with one
 * within CAMPAIGN_SENTENCES sentences before token k, and in *target its
 * target (-1: none): an attack in the passive that names no doer goes on
 * that campaign ("Israelische Kampfflugzeuge bombardierten die Straße im
 * Gazastreifen. ... Heute wurden mindestens 40 Ziele angegriffen").  -1
 * when no such act stands there. */
static int32_t campaign_doer(const nf_doc *doc, size_t k, int32_t *target) {
    size_t s = doc->tok_sent[k];
    *target = -1;
    for (size_t i = doc->nevents; i-- > 0;) {
        const nf_event *e = &doc->events[i];
        if (e->trigger.ta >= k) continue;
        if (doc->tok_sent[e->trigger.ta] + CAMPAIGN_SENTENCES < s) break;
        int root = code_root(e->code);
        if (e->source < 0 || root < 18 || root > 20 || strcmp(e->modality, "asserted") != 0)
            continue;
        *target = e->target;
        return e->source;
    }
    return -1;
}

/* The reading of trigger entry `entry` that applies at token k: a reading
 * whose particle pattern holds beats one without, a pattern of more parts
 * one of fewer.  NULL when none applies; else it points into the pack. */
static const reading *best_reading(const nf_doc *doc, size_t k, size_t sa, size_t sb,
                                   size_t entry) {
    const nf_ev_readings *rd = &doc->pack->trigger_readings;
    const reading *best = NULL;
    for (uint32_t i = rd->first[entry]; i < rd->first[entry + 1]; i++) {
        const reading *r = &rd->r[i];
        bool ok = !r->particle[0] || pattern_holds(doc, k, sa, sb, r->particle);
        if (ok && (!best || pattern_parts(r->particle) > pattern_parts(best->particle))) best = r;
    }
    return best;
}

/* See stages.h: the reading of the trigger at token k in its sentence. */
bool nf_event_code_at(const nf_doc *doc, size_t k, const char *code) {
    const nf_lexicon *lex = &doc->pack->event_triggers;
    if (k >= doc->ntokens || !lex->count || !(doc->tok_mask[k] & NF_TM_EVENT)) return false;
    const nf_lex_entry *e = nf_tok_find(doc, k, lex);
    if (!e) return false;
    /* (most words have no reading of that code: no pattern to test) */
    const nf_ev_readings *rd = &doc->pack->trigger_readings;
    size_t entry = (size_t)(e - lex->entries);
    bool any = false;
    for (uint32_t i = rd->first[entry]; i < rd->first[entry + 1] && !any; i++)
        any = strcmp(rd->r[i].code, code) == 0;
    if (!any) return false;
    const nf_seg *s = &doc->sentences[doc->tok_sent[k]];
    const reading *r = best_reading(doc, k, s->ta, s->tb, entry);
    return r && strcmp(r->code, code) == 0;
}

/* The country whose goods a trade barrier after token k of clause [.., cb)
 * falls on, as the phrase of "auf" after it names them: by a nationality
 * adjective ("Zölle auf chinesische Waren") or "aus" and an actor ("auf
 * Stahl aus der EU"); -1 when it names none. */
static int32_t goods_origin(nf_doc *doc, size_t k, size_t cb) {
    size_t j = k + 1;
    while (j < cb && j < k + 6 && !nf_tok_is(doc, j, "auf")) j++;
    if (j >= cb || !nf_tok_is(doc, j, "auf")) return -1;
    for (size_t q = j + 1; q < cb && q < j + 6; q++) {
        const char *iso = nf_adjective_at(doc, q);
        if (iso) return nf_country_entity(doc, iso);
        if (nf_tok_is(doc, q, "aus")) return ev_actor_in(doc, q + 1, cb, false, NULL);
        if (nf_tok_is(doc, q, ",") || nf_tok_is(doc, q, "und")) break;
    }
    return -1;
}

/* True for the codes of force and violence (roots 15 and 18-20), whose
 * target may be a place ("bombardierten die Straße im Gazastreifen"). */
static bool material_conflict(const char *code) {
    int root = code_root(code);
    return root == 15 || root >= 18;
}

/* What stating the wish to do an act of cooperation (03x) and refusing it
 * (12x) are coded as, by the act's root ("will ein Treffen" -> 036,
 * "lehnte Gespräche ab" -> 125). */
static const struct {
    char root;
    const char *intent, *refusal;
} cooperation_codes[] = {{'4', "036", "125"},
                         {'5', "032", "127"},
                         {'6', "031", "121"},
                         {'7', "033", "122"},
                         {'8', "035", "124"}};

/* The row of cooperation_codes for `code`, or NULL for other codes. */
static const char *cooperation_code(const char *code, bool refusal) {
    for (size_t i = 0; code[0] == '0' && i < sizeof cooperation_codes / sizeof *cooperation_codes;
         i++)
        if (cooperation_codes[i].root == code[1])
            return refusal ? cooperation_codes[i].refusal : cooperation_codes[i].intent;
    return NULL;
}

/* The "express intent" code (03x) for an act of cooperation whose source
 * only states the wish to do it ("ist bereit, Soldaten zu entsenden" ->
 * 0334; "will ein Treffen" -> 036); NULL for other codes.  Static. */
static const char *intent_code(const char *code) {
    return strcmp(code, "074") == 0 ? "0334" : cooperation_code(code, false);
}

/* The rejection code (12x) for an act of cooperation that its source
 * refuses ("lehnte Gespräche mit Putin ab" -> 125, "verweigerte die
 * Zusammenarbeit" -> 121; mediation 045 -> 126); NULL for other codes.
 * Static. */
static const char *rejection_code(const char *code) {
    return strcmp(code, "045") == 0 ? "126" : cooperation_code(code, true);
}

static bool verb_in_clause(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t ca, size_t cb,
                           bool (*fits)(const reading *)); /* below */
static bool rejecting(const reading *r);                   /* below */

/* True when a verb of rejection (a trigger read as 12x but 128: "lehnte ... ab",
 * "wies ... zurück", "verweigerte") stands in the noun's clause [ca, cb)
 * of sentence [sa, sb) and governs the trigger noun at k: the act it names
 * is refused, not done. */
static bool rejected_noun(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t ca, size_t cb) {
    return verb_in_clause(doc, k, sa, sb, ca, cb, rejecting);
}

/* True for a verb's reading of rejection: 12x but 128, "defy norms"
 * ("verletzt"), which refuses no act; no weak one. */
static bool rejecting(const reading *r) {
    return !r->weak && strncmp(r->code, "12", 2) == 0 && strncmp(r->code, "128", 3) != 0;
}

/* True when a lower-case word of clause [ca, cb) of sentence [sa, sb),
 * other than the trigger at k, is a verb whose best reading `fits`: a
 * verb of the clause that governs the trigger noun at k. */
static bool verb_in_clause(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t ca, size_t cb,
                           bool (*fits)(const reading *)) {
    const nf_lexicon *lex = &doc->pack->event_triggers;
    for (size_t j = ca; j < cb; j++) {
        if (j == k || !(doc->tokens[j].flags & NF_TF_LOWER)) continue;
        const nf_lex_entry *e = nf_tok_find(doc, j, lex);
        if (!e) continue;
        const reading *r = best_reading(doc, j, sa, sb, (size_t)(e - lex->entries));
        if (r && !r->noun && fits(r)) return true;
    }
    return false;
}

/* The code of cutting off the act `code` names: aid (07x) stopped is
 * 162 and its kind (1621 economic, 1622 military, 1623 humanitarian),
 * talks (040, 041, 046; no visit) halted 164; NULL for acts no stopping
 * names. */
static const char *halted_code(const char *code) {
    if (code[0] == '0' && code[1] == '7')
        return strcmp(code, "071") == 0   ? "1621"
               : strcmp(code, "072") == 0 ? "1622"
               : strcmp(code, "073") == 0 ? "1623"
                                          : "162";
    if (strcmp(code, "040") == 0 || strcmp(code, "041") == 0 || strcmp(code, "046") == 0)
        return "164";
    return NULL;
}

static bool stopping(const reading *r); /* below */

/* True when a verb of stopping or cutting (a trigger read as 160, 162 or
 * 163, weak ones too: "stoppte", "setzte ... aus", "kürzte", "fror ...
 * ein") stands in the noun's clause [ca, cb) of sentence [sa, sb) and
 * governs the trigger noun at k: the act it names is cut off ("Die USA
 * stoppten ihre Militärhilfe für die Ukraine": 1622, no aid). */
static bool halted_noun(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t ca, size_t cb) {
    return verb_in_clause(doc, k, sa, sb, ca, cb, stopping);
}

/* True for a verb's reading of stopping or cutting: 160, 162, 163. */
static bool stopping(const reading *r) {
    return strcmp(r->code, "160") == 0 || strcmp(r->code, "162") == 0 ||
           strcmp(r->code, "163") == 0;
}

/* True for the codes of demands, disapproval, rejection and threats
 * (roots 10-13), whose target may be named in the dass/ob clause after
 * their own ("äußerte Zweifel, ob die USA ..."). */
static bool content_target_code(const char *code) {
    int root = code_root(code);
    return root >= 10 && root <= 13;
}

/* True when an actor not in `not` and after no preposition follows the
 * verb at k in its clause ending at cb: the verb's own object. */
static bool bare_object_after(const nf_doc *doc, size_t k, size_t cb, const ev_actors * not ) {
    for (size_t j = k + 1; j < cb; j++) {
        int32_t e = ev_actor_in(doc, j, cb, true, &j);
        if (e < 0) return false;
        if (!ev_has(not, e)) return true;
    }
    return false;
}

/* The first actor not in `not` of the quotation that ends right before
 * the clause starting at ca, which frames it ("Israel gehe den Verstößen
 * nicht nach, kritisierte Wibisono": Israel); -1 when none. */
static int32_t target_in_quote_before(nf_doc *doc, size_t ca, const ev_actors * not ) {
    for (size_t q = 0; q < doc->nquotes; q++) {
        const nf_quote *x = &doc->quotes[q];
        if (x->nspans == 0) continue;
        const nf_seg *p = &x->spans[x->nspans - 1];
        if (p->tb != ca && !(p->tb + 1 == ca && nf_tok_is(doc, p->tb, ","))) continue;
        for (size_t j = x->spans[0].ta; j < p->tb; j++) {
            int32_t e = ev_actor_in(doc, j, p->tb, true, &j);
            if (e < 0) break;
            if (!ev_has(not, e)) return e;
        }
    }
    return -1;
}

/* The first actor not in `not` of the dass/ob clause or reported clause
 * ("kritisierte, die EU-Kommission habe sich ... untergeordnet") that
 * follows the clause ending at cb (at a comma or colon), up to the next
 * comma; -1 when none. */
static bool own_state(const nf_doc *doc, int32_t e, const ev_actors *src); /* below */

static int32_t target_in_content(nf_doc *doc, size_t cb, size_t sb, const ev_actors * not ) {
    if (cb + 2 >= sb || !(nf_tok_is(doc, cb, ",") || nf_tok_is(doc, cb, ":"))) return -1;
    size_t from;
    if (nf_tok_is(doc, cb + 1, "dass") || nf_tok_is(doc, cb + 1, "ob"))
        from = cb + 2;
    else if (ev_reported_clause(doc, cb + 1, sb))
        from = cb + 1;
    else
        return -1;
    size_t end = from;
    while (end < sb && !nf_tok_is(doc, end, ",")) end++;
    for (size_t j = from; j < end; j++) {
        int32_t e = ev_actor_in(doc, j, end, false, &j);
        if (e < 0) return -1;
        e = ev_government_of(doc, e);
        if (!ev_has(not, e) && !own_state(doc, e, not )) return e;
    }
    return -1;
}

/* True when entity e is the country of a source of `src` that acts for
 * its state (a government or the state itself): what a head of state says
 * of his own country targets no one ("Selenskyj kritisierte, dass die
 * Ukraine nicht einbezogen wurde"). */
static bool own_state(const nf_doc *doc, int32_t e, const ev_actors *src) {
    const nf_entity *x = &doc->entities[e];
    if (x->type != NF_ENT_GPE || !x->country[0] || !x->actor || strcmp(x->actor, x->country) != 0)
        return false;
    for (size_t i = 0; src && i < src->n; i++) {
        const nf_entity *s = &doc->entities[src->e[i]];
        if (strcmp(s->country, x->country) == 0 && s->actor &&
            (strcmp(s->actor, s->country) == 0 || nf_actor_sector(s->actor, "GOV")))
            return true;
    }
    return false;
}

/* The actor a demand, complaint or rejection with no target in its own
 * sentence (from sa) addresses: the last actor the sentence before names
 * whose country is known and differs from the source's, when a verb's clause
 * says it carries on (see continues) ("... durch Irans
 * Präsident Ahmadinedschad. Sarkozy verlangte auch die Freilassung einer
 * Lehrerin" -> Iran); -1 when none. */
static int32_t target_before(nf_doc *doc, size_t sa, int32_t source) {
    const char *own = doc->entities[source].country;
    size_t pa = sa;
    for (size_t s = 0; s < doc->nsentences; s++)
        if (doc->sentences[s].tb <= sa) pa = doc->sentences[s].ta;
    int32_t found = -1;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= sa) break;
        if (m->ta < pa) continue;
        const char *c = doc->entities[m->entity].country;
        if (c[0] && own[0] && strcmp(c, own) != 0)
            found = ev_government_of(doc, (int32_t)m->entity);
    }
    return found;
}

static bool speech_act(const char *code); /* below */

/* The source of the act a definite object after the verb at k (before
 * cb) takes up ("Südkorea und Japan verurteilten den Test", "Israel
 * kritisierte die Anerkennung scharf"): the last act (no statement,
 * no praise) coded in the sentence before or earlier in this one whose
 * source is none of `src` nor of their country; -1 when the object is
 * none such or no act stands there. */
static int32_t doer_of_act_named(const nf_doc *doc, size_t k, size_t cb, const ev_actors *src) {
    static const char *const definite[] = {"den", "die", "das", "diesen", "diese", "dieses", NULL};
    size_t o = k + 1;
    if (o + 1 >= cb || !ev_tok_in(doc, o, definite) || doc->tokens[o + 1].kind != NF_TOK_WORD ||
        !(doc->tokens[o + 1].flags & NF_TF_CAP) || ev_mention_at(doc, o + 1) ||
        nf_role_at(doc, o + 1, NULL, NULL))
        return -1;
    size_t s = doc->tok_sent[k];
    const char *own = doc->entities[src->e[0]].country;
    for (size_t i = doc->nevents; i-- > 0;) {
        const nf_event *e = &doc->events[i];
        size_t es = doc->tok_sent[e->trigger.ta];
        if (es + 1 < s) break;
        /* (an act, no statement about one: "begrüßte den Beschluss" is
         * another's reaction, not the decision) */
        if (e->trigger.ta >= k || e->source < 0 || ev_has(src, e->source) || speech_act(e->code) ||
            strcmp(e->code, "051") == 0)
            continue;
        const char *c = doc->entities[e->source].country;
        if (own[0] && c[0] && strcmp(c, own) == 0) continue;
        return e->source;
    }
    return -1;
}

/* True when the clause [ca, cb) carries on the sentence before with "auch",
 * "ebenfalls" or "daraufhin" ("Sarkozy verlangte auch ..."), not as "nicht
 * nur ..., sondern auch". */
static bool continues(const nf_doc *doc, size_t ca, size_t cb) {
    for (size_t j = ca; j < cb; j++)
        if ((nf_tok_is(doc, j, "auch") && !(j > ca && nf_tok_is(doc, j - 1, "sondern"))) ||
            nf_tok_is(doc, j, "ebenfalls") || nf_tok_is(doc, j, "daraufhin"))
            return true;
    return false;
}

static const nf_lex_entry *compound_trigger(const nf_langpack *lp, const char *w, size_t n);

/* The articles, and the prepositions that hold one ("im", "zum"). */
static const char *const articles[] = {"ein", "eine", "einen", "einem", "einer", "eines", "der",
                                       "die", "das",  "den",   "dem",   "des",   NULL};
static const char *const contracted[] = {"im", "am", "zum", "zur", "vom", "beim", NULL};

/* True when token b, before the participle at k, is an article, or ends
 * up to three numbers and adverbs after one before a declined participle
 * ("den damals 21 entführten Personen", "die seit 2014 inhaftierten
 * Aktivisten"), or is a number before a declined participle. */
static bool article_before(const nf_doc *doc, size_t k, size_t b) {
    if (ev_tok_in(doc, b, articles) || ev_tok_in(doc, b, contracted)) return true;
    size_t n = doc->tok_llen[k];
    const char *w = nf_tokl(doc, k);
    if (n < 5 || !(w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])))) return false;
    /* a number right before it counts its noun ("mit sechs getöteten
     * Journalisten", "15 verletzte Soldaten"); a year does not ("2008
     * kritisierte Putin die Ukraine") */
    double v;
    if (doc->claimed[b] != 1 &&
        (doc->tokens[b].kind == NF_TOK_NUMBER || nf_tok_number_word(doc, b, &v)))
        return true;
    for (size_t j = b, steps = 0; j > 0 && steps < 3; j--, steps++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind != NF_TOK_NUMBER && (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_LOWER)))
            return false;
        if (ev_tok_in(doc, j - 1, articles) || ev_tok_in(doc, j - 1, contracted)) return true;
    }
    return false;
}

/* True when the lower-case word at k stands between an article and a
 * capitalised noun ("in einem schlichten Apartment", "des nötigen
 * Bremsmanövers"): an adjective, no verb. */
static bool attributive(const nf_doc *doc, size_t k) {
    if (k == 0 || k + 1 >= doc->ntokens || (doc->tokens[k].flags & NF_TF_CAP)) return false;
    const nf_token *next = &doc->tokens[k + 1];
    if (next->kind != NF_TOK_WORD || !(next->flags & NF_TF_CAP)) return false;
    return article_before(doc, k, k - 1);
}

/* True when the declined participle at k, before the noun at n with
 * adjectives only between, ends prepositional phrases that an article
 * opens ("den am 29. März wegen Majestätsbeleidigung verurteilten
 * Schweizer", "seit dem vom Westen unterstützten Sturz"): words, numbers
 * and dates back to a preposition right after an article.  `*agent_at`
 * gets the word after a "von"/"vom"/"durch" among them (0: none). */
static bool phrases_after_article(const nf_doc *doc, size_t k, size_t n, size_t *agent_at) {
    static const char *const preps[] = {"in",    "an",   "auf",   "aus",   "bei",   "mit",
                                        "nach",  "von",  "vor",   "seit",  "wegen", "für",
                                        "gegen", "über", "unter", "durch", "nahe",  NULL};
    size_t w = doc->tok_llen[k];
    const char *l = nf_tokl(doc, k);
    if (w < 5 || !(l[w - 1] == 'e' || (l[w - 2] == 'e' && strchr("nrsm", l[w - 1])))) return false;
    for (size_t j = k + 1; j < n; j++) /* "verurteilte den Angriff": a verb and its object */
        if (ev_tok_in(doc, j, articles)) return false;
    size_t agent = 0;
    for (size_t p = k - 1, steps = 0; p > 0 && steps < 10; p--, steps++) {
        const nf_token *t = &doc->tokens[p];
        bool prep = ev_tok_in(doc, p, preps) || ev_tok_in(doc, p, contracted);
        if (prep &&
            (nf_tok_is(doc, p, "von") || nf_tok_is(doc, p, "vom") || nf_tok_is(doc, p, "durch")))
            agent = p + 1;
        if (prep && ev_tok_in(doc, p - 1, articles)) {
            *agent_at = agent;
            return true;
        }
        if (t->kind != NF_TOK_WORD && t->kind != NF_TOK_NUMBER && t->kind != NF_TOK_ORDINAL &&
            t->kind != NF_TOK_DATE)
            return false;
    }
    return false;
}

/* The noun an attributive participle at k qualifies ("der festgenommene
 * Reporter", "den von Russland verhafteten litauischen Diplomaten"): its
 * token, with up to two adjectives between; 0 when the participle does
 * not stand after an article, or after an article and a "von"/"durch"
 * phrase, before a noun.  `*agent_at` gets the first token of that phrase's
 * actor (0: none). */
static size_t attributive_noun(const nf_doc *doc, size_t k, size_t *agent_at) {
    *agent_at = 0;
    size_t n = k + 1;
    while (n < doc->ntokens && n < k + 3 && doc->tokens[n].kind == NF_TOK_WORD &&
           !(doc->tokens[n].flags & NF_TF_CAP))
        n++;
    if (n >= doc->ntokens || doc->tokens[n].kind != NF_TOK_WORD ||
        !(doc->tokens[n].flags & NF_TF_CAP) || k == 0)
        return 0;
    size_t b = k - 1;
    const nf_mention *m = ev_mention_at(doc, b);
    if (m && m->ta >= 2) {
        /* a phrase between the article and the participle: "von Russland",
         * "von der russischen Polizei" (the agent), "in Kiew" (a place) */
        size_t p = m->ta - 1;
        if (p > 0 && ev_tok_in(doc, p, articles)) p--;
        static const char *const phrase_preps[] = {"von", "vom", "durch", "in",  "im",
                                                   "am",  "bei", "beim",  "aus", NULL};
        if (ev_tok_in(doc, p, phrase_preps)) {
            bool agent =
                nf_tok_is(doc, p, "von") || nf_tok_is(doc, p, "vom") || nf_tok_is(doc, p, "durch");
            if (agent) *agent_at = m->ta;
            if (p == 0) return 0;
            b = p - 1;
        }
    }
    if (b == k - 1 ? article_before(doc, k, b) : ev_tok_in(doc, b, articles)) return n;
    *agent_at = 0;
    return phrases_after_article(doc, k, n, agent_at) ? n : 0;
}

/* See stages.h. */
bool nf_attributive_participle(const nf_doc *doc, size_t k) {
    size_t agent_at;
    return k < doc->ntokens && attributive_noun(doc, k, &agent_at) != 0;
}

/* The party of the act a criticism, demand, rejection or threat at k
 * names as its object, by a nationality adjective ("verurteilte die
 * israelischen Angriffe auf den Gazastreifen" is aimed at Israel, not at
 * the place the attacks hit); -1 when the first noun after the verb is no
 * trigger noun with such an adjective. */
static int32_t object_act_party(nf_doc *doc, size_t k, size_t cb) {
    for (size_t j = k + 1; j < cb && j < k + 6; j++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind != NF_TOK_WORD) return -1;
        if (!(t->flags & NF_TF_CAP)) continue;
        bool trigger = (doc->tok_mask[j] & NF_TM_EVENT) ||
                       compound_trigger(doc->pack, nf_tok(doc, j), doc->tok_len[j]);
        return trigger ? ev_noun_party(doc, j, cb, false) : -1;
    }
    return -1;
}

/* The first place named in the clause [ca, cb) after "in", "bei" or
 * "Nähe von" ("wurde am Samstag in der Nähe von Brüssel verhaftet"); -1
 * when none: a place in another clause is where someone lives or comes
 * from. */
static int32_t place_in_clause(const nf_doc *doc, size_t ca, size_t cb) {
    static const char *const preps[] = {"in", "im", "bei", "beim", "nahe", "nähe", NULL};
    /* the last: nearest the verb that ends the clause, not one of a
     * relative clause before it ("Bemba, der im Exil in Portugal lebt,
     * wurde in der Nähe von Brüssel verhaftet") */
    int32_t found = -1;
    for (size_t k = ca + 1; k < cb; k++) {
        const nf_mention *m = ev_mention_at(doc, k);
        if (!m || m->ta != k || doc->entities[m->entity].type != NF_ENT_GPE) continue;
        size_t p = nf_tok_is(doc, k - 1, "von") && k >= ca + 2 ? k - 2 : k - 1;
        /* (or a place's noun after the preposition: "am Flughafen von Chicago") */
        if (p + 2 == k && k >= ca + 3 && (doc->tokens[p].flags & NF_TF_CAP) &&
            !ev_mention_at(doc, p) && !ev_tok_in(doc, p, preps))
            p--;
        if (ev_tok_in(doc, p, preps) || nf_tok_is(doc, p, "am")) found = (int32_t)m->entity;
    }
    return found;
}

/* The place where the act of the trigger at k happens: a city or country
 * right after it ("bei einem Besuch in Kiew, die Türkei setze keine
 * Truppen in Syrien ein": Kiew), else the last one of its clause up to the
 * first comma after k ("Bemba, der im Exil in Portugal lebt, wurde in der
 * Nähe von Brüssel verhaftet": Brüssel), or -1. */
static int32_t place_of_act(const nf_doc *doc, size_t k, size_t ca, size_t cb) {
    if (k + 2 < cb && (nf_tok_is(doc, k + 1, "in") || nf_tok_is(doc, k + 1, "im"))) {
        const nf_mention *m = ev_mention_at(doc, k + 2);
        if (m && m->ta == k + 2 && doc->entities[m->entity].type == NF_ENT_GPE)
            return (int32_t)m->entity;
    }
    size_t end = k + 1;
    while (end < cb && !nf_tok_is(doc, end, ",")) end++;
    return place_in_clause(doc, ca, end);
}

/* True for the acts only a state does to a person or group: arrest,
 * expel, repress (CAMEO 173-175). */
static bool state_act(const char *code) {
    return strncmp(code, "173", 3) == 0 || strncmp(code, "174", 3) == 0 ||
           strncmp(code, "175", 3) == 0;
}

/* Where the verb phrase of the verb at k begins: at k right after a
 * comma, after the last "und", "oder" or "aber" before it that a finite
 * verb follows ("war von Chávez unterstützt worden und hatte die USA
 * angeprangert": "hatte"), else at the clause's start ca. */
static size_t verb_phrase_start(const nf_doc *doc, size_t ca, size_t k) {
    /* a verb right after a comma opens its phrase: what stands before
     * belongs to a clause embedded in the prefield ("In einem Bericht, der
     * vorgelegt wurde, kritisiert Frankreich ...") */
    if (k > ca && nf_tok_is(doc, k - 1, ",")) return k;
    for (size_t j = k; j-- > ca;)
        if (ev_conjunction(doc, j) && ev_finite_verb(doc, j + 1)) return j + 1;
    return ca;
}

/* Where the words of the verb at k end: at the first comma after it in
 * its clause ending at cb ("hatte ... abgelehnt, eine solche Forderung
 * könne nur vom Parlament gestellt werden": that "werden" is another
 * verb's). */
static size_t phrase_end(const nf_doc *doc, size_t k, size_t cb) {
    for (size_t j = k + 1; j < cb; j++)
        if (nf_tok_is(doc, j, ",")) return j;
    return cb;
}

/* Where the genitive after the noun at k may end (at most three tokens
 * on): before a word in lower case that no genitive phrase holds, a verb
 * ("Über das Polizeiaufgebot spottet ... Juncker" has none). */
static size_t genitive_end(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const links[] = {"des", "der", "eines", "einer", "von", "vom", NULL};
    size_t e = k + 1;
    for (; e < sb && e < k + 4; e++) {
        const nf_token *t = &doc->tokens[e];
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_LOWER) || ev_tok_in(doc, e, links))
            continue;
        const char *w = nf_tokl(doc, e);
        size_t n = doc->tok_llen[e];
        bool adjective =
            n > 3 && (w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])));
        if (!adjective) break;
    }
    return e;
}

/* The sources and targets of a one-sided act at k in clause [ca, cb). */
static void one_sided_args(nf_doc *doc, const reading *r, size_t k, size_t sa, size_t sb, size_t ca,
                           size_t cb, ev_actors *src, ev_actors *tgt) {
    src->n = tgt->n = 0;
    int32_t first = -1;
    int32_t next_owner = -1; /* the name after the noun, the next noun's: its entity */
    if (strcmp(r->src, "gen") == 0) {
        first = ev_actor_in(doc, k + 1, genitive_end(doc, k, sb), true, NULL);
        /* (a name in the genitive right after the noun and before another
         * is that one's: "dieser Streik Brandts Rücktrittsgedanken") */
        const nf_mention *m = ev_mention_at(doc, k + 1);
        if (first >= 0 && m && m->ta == k + 1 && m->kind == NF_MK_NAME &&
            ev_genitive_name_end(doc, m->tb - 1) && m->tb < sb &&
            doc->tokens[m->tb].kind == NF_TOK_WORD && (doc->tokens[m->tb].flags & NF_TF_CAP) &&
            !ev_mention_at(doc, m->tb))
            next_owner = (int32_t)m->entity, first = -1;
    } else if (strcmp(r->src, "poss") == 0 && k > sa) {
        /* a name in the genitive before the noun ("Putins Besuch"); a
         * phrase with its article there is the genitive of the noun before
         * it ("zur Unterstützung der syrischen Armee Luftangriffe") */
        const nf_mention *m = ev_mention_at(doc, k - 1);
        first = m && ((m->kind == NF_MK_NAME && ev_genitive_name_end(doc, k - 1)) ||
                      m->kind == NF_MK_PRONOUN)
                    ? (int32_t)m->entity
                    : -1;
    }
    if (first < 0 && r->noun && next_owner < 0)
        first = ev_noun_party(doc, k, cb, strcmp(r->src, "gen") == 0 || strcmp(r->tgt, "obj") != 0);
    int root = code_root(r->code);
    ev_noun_subject by_subject = first < 0 && r->noun
                                     ? ev_subject_does_noun(doc, k, ca, cb, root >= 3 && root <= 5)
                                     : EV_SUBJECT_NONE;
    if (first >= 0)
        src->e[src->n++] = first;
    else if (!r->noun || by_subject)
        ev_subjects(doc, k, ca, cb, src);
    /* (nor is that name the clause's subject) */
    if (next_owner >= 0 && src->n == 1 && src->e[0] == next_owner) src->n = 0;
    if (src->n == 0 && content_target_code(r->code) && ca > sa && nf_tok_is(doc, ca, "dass")) {
        /* a demand, complaint or threat stated with no actor as subject ("erklärte,
         * dass die Zeit für Verhandlungen befristet sei") is the speaker's */
        int32_t who = ev_quote_speaker(doc, k);
        if (who >= 0) src->e[src->n++] = who;
    }
    int32_t act_party = strcmp(r->tgt, "obj") == 0 && !r->noun && content_target_code(r->code)
                            ? object_act_party(doc, k, cb)
                            : -1;
    if (act_party >= 0 && !ev_has(src, act_party)) {
        tgt->e[tgt->n++] = act_party;
    } else if (strcmp(r->tgt, "obj") == 0 && r->noun) {
        /* a noun's object is its genitive ("die Annexion der Krim"), not
         * a name further on in its clause */
        int32_t of = k > 0 && nf_adjective_at(doc, k - 1) ? -1 : ev_noun_genitive(doc, k, cb);
        if (of >= 0 && !ev_has(src, of))
            tgt->e[tgt->n++] = of;
        else if (by_subject == EV_SUBJECT_SUPPORT) /* "hat X ein Flugverbot erteilt" */
            ev_objects(doc, k, ca, cb, src, tgt);
    } else if (strcmp(r->tgt, "obj") == 0) {
        /* a verb of saying right after the quotation it frames: what the
         * quotation is about, unless an object follows the verb ("Israel
         * gehe den Verstößen nicht nach, kritisierte Wibisono am Montag
         * vor dem Menschenrechtsrat": Israel) */
        int32_t about = ca == k ? target_in_quote_before(doc, ca, src) : -1;
        if (about >= 0 && !bare_object_after(doc, k, cb, src))
            tgt->e[tgt->n++] = about;
        else
            ev_objects(doc, k, ca, cb, src, tgt);
    } else if (strcmp(r->tgt, "none") != 0) {
        ev_pp_actors(doc, k, ca, cb, r->tgt, tgt);
        /* subjects read from the preposition's own phrase are none
         * ("Gegen den Chef der HDP, Demirtas, wird ermittelt": nobody named
         * investigates, neither the party nor its chief) */
        if (src->n && tgt->n && src->e[0] == tgt->e[0]) src->n = 0;
        if (strcmp(r->tgt, "nach") == 0 || strcmp(r->tgt, "in") == 0)
            for (size_t i = 0; i < tgt->n; i++) tgt->e[i] = ev_government_of(doc, tgt->e[i]);
    }
    if (tgt->n == 0 && strcmp(r->tgt, "none") != 0 && content_target_code(r->code)) {
        int32_t about = target_in_content(doc, cb, sb, src);
        if (about >= 0) tgt->e[tgt->n++] = about;
    }
    if (tgt->n == 0 && src->n == 1 && strcmp(r->tgt, "none") != 0 && root >= 10 && root <= 12 &&
        !r->noun && continues(doc, ca, cb)) {
        int32_t before = target_before(doc, sa, src->e[0]);
        if (before >= 0) tgt->e[tgt->n++] = before;
    }
    if (tgt->n == 0 && src->n && strcmp(r->tgt, "none") != 0 && root >= 11 && root <= 12 &&
        !r->noun) {
        int32_t doer = doer_of_act_named(doc, k, cb, src);
        if (doer >= 0) tgt->e[tgt->n++] = doer;
    }
    if (tgt->n == 0 && r->noun && strcmp(r->code, "163") == 0) {
        int32_t origin = goods_origin(doc, k, cb);
        if (origin >= 0 && !ev_has(src, origin)) tgt->e[tgt->n++] = origin;
    }
    if (tgt->n == 0 && strcmp(r->tgt, "none") != 0 && material_conflict(r->code)) {
        int32_t place = ev_place_target(doc, k, ca, cb, src);
        if (place >= 0 && !ev_has(src, place)) tgt->e[tgt->n++] = place;
    }
    size_t agent_at, noun = !r->noun ? attributive_noun(doc, k, &agent_at) : 0;
    if (noun && strcmp(r->tgt, "obj") != 0) {
        /* "den in Afghanistan stationierten Truppen": the participle
         * describes the noun; only its agent ("von X") acts, where it is
         * told, on no one the frame names */
        src->n = tgt->n = 0;
        if (agent_at) src->e[src->n++] = ev_actor_in(doc, agent_at, agent_at + 1, false, NULL);
        if (src->n && src->e[0] < 0) src->n = 0;
    } else if (noun) {
        /* "den von Russland verhafteten Diplomaten": the agent before the
         * participle acts on the noun's actor; without one, nobody named */
        src->n = tgt->n = 0;
        if (agent_at) src->e[src->n++] = ev_actor_in(doc, agent_at, agent_at + 1, false, NULL);
        /* the noun's actor, or one in the genitive after it ("die ...
         * freigelassenen Soldaten der ukrainischen Armee") */
        int32_t patient = ev_actor_in(doc, k + 1, noun + 1 < cb ? noun + 1 : cb, false, NULL);
        if (patient < 0)
            patient = ev_actor_in(doc, noun + 1, noun + 4 < cb ? noun + 4 : cb, true, NULL);
        if (patient < 0)
            patient = ev_actor_in(doc, noun + 1, noun + 4 < cb ? noun + 4 : cb, false, NULL);
        if (patient >= 0) tgt->e[tgt->n++] = patient;
        if (src->n && src->e[0] < 0) src->n = 0;
    } else if (r->passive &&
               ev_passive_clause(doc, verb_phrase_start(doc, ca, k), phrase_end(doc, k, cb))) {
        /* "wurde von Israel angegriffen": the agent acts on the subject */
        ev_agents(doc, ca, cb, src);
        if (src->n == 0 && root >= 18 && root <= 20) {
            /* "Bei einem Anschlag der PKK wurden zwei Soldaten getötet": the
             * attack's doer, no agent named */
            int32_t doer = attack_doer(doc, ca, k, cb);
            if (doer >= 0) src->e[src->n++] = doer;
        }
        ev_actors patient;
        patient.n = 0;
        /* the subject, not a name of the agents' list ("wird von Firmen
         * wie Apple, Google und Microsoft unterstützt") */
        size_t named_at = 0;
        int32_t named = ev_actor_in(doc, ca, k, true, &named_at);
        bool subject = named >= 0 && !ev_has(src, named);
        int32_t antecedent = subject ? -1 : nf_relative_antecedent(doc, ca);
        if (subject)
            patient.e[patient.n++] = named;
        else if (antecedent >= 0)
            patient.e[patient.n++] = antecedent;
        else
            ev_objects(doc, k, ca, cb, src, &patient);
        subject |= antecedent >= 0;
        /* (a person, or one of a people: "ein Algerier", whom
         * entities.c makes a mention of the country) */
        bool person =
            subject && (doc->entities[patient.e[0]].type == NF_ENT_PERSON ||
                        (antecedent < 0 && nf_tok_get(doc, named_at, &doc->engine->gz.demonyms)));
        if (src->n == 0 && person && state_act(r->code)) {
            /* a person's arrest, expulsion or repression with no agent
             * named is the state's where it happened ("Der Journalist
             * wurde in Teheran festgenommen") */
            int32_t where = ev_government_of(doc, place_in_clause(doc, ca, cb));
            /* (no place named there: the country the document is about,
             * where it is the person's own: "Hu wurde unter Hausarrest
             * gestellt" in news from China) */
            char abroad[4];
            const char *own = doc->entities[patient.e[0]].country;
            if (where < 0 && own[0] && nf_country_abroad(doc, abroad, true) &&
                strcmp(own, abroad) == 0)
                where = nf_country_entity(doc, abroad);
            if (where >= 0 && where != patient.e[0] && doc->entities[where].actor &&
                strlen(doc->entities[where].actor) == 3)
                src->e[src->n++] = where;
        } else if (src->n == 0 && patient.n == 0 && state_act(r->code) &&
                   counted_victims(doc, ca, cb, src)) {
            /* so are counted people's ("In Istanbul wurden drei
             * Journalisten festgenommen"), where a place is named */
            int32_t where = ev_government_of(doc, place_in_clause(doc, ca, cb));
            if (where >= 0 && doc->entities[where].actor && strlen(doc->entities[where].actor) == 3)
                src->e[src->n++] = where;
        }
        *tgt = patient;
    }
}

/* True when entity e (-1: none) can be coded as a party of an event: it
 * has a CAMEO actor code, a country, or (a person) a role the text gives
 * it ("Staatspräsident Parwanow", "die Justizministerin").  An act between
 * two parties with none of these (a film's cast, two players, an unknown
 * person and a village) tells a dataset of who did what to whom nothing. */
static bool codable(const nf_doc *doc, int32_t e) {
    if (e < 0) return false;
    const nf_entity *x = &doc->entities[e];
    /* a private person's role ("seine Studentin Jill") codes no one */
    return x->actor || x->country[0] ||
           (x->type == NF_ENT_PERSON && x->role && !nf_private_role(x->role));
}

/* True when entity e acts for a state or an international organisation:
 * a country or city (its government), a government's body or office
 * holder (an actor code with GOV after the country), an IGO. */
static bool state_actor(const nf_doc *doc, int32_t e) {
    if (e < 0) return false;
    const nf_entity *x = &doc->entities[e];
    if (x->type == NF_ENT_GPE && x->country[0]) return true;
    return nf_igo_code(x->actor) ||
           (x->actor && strlen(x->actor) >= 6 && strncmp(x->actor + 3, "GOV", 3) == 0);
}

/* True when a word of a nation's people ("Russen", "Iraner") stands in
 * [ca, k). */
static bool people_before(const nf_doc *doc, size_t ca, size_t k) {
    for (size_t j = ca; j < k; j++)
        if ((doc->tokens[j].flags & NF_TF_CAP) && nf_tok_get(doc, j, &doc->engine->gz.demonyms))
            return true;
    return false;
}

/* True when entity e is a place the gazetteers do not know (no country,
 * no actor code as the West has): no host of a visit or meeting ("hielt
 * sich im Vorort Strelna auf"). */
static bool countryless_place(const nf_doc *doc, int32_t e) {
    const nf_entity *x = e >= 0 ? &doc->entities[e] : NULL;
    return x && nf_place_type(x->type) && !x->country[0] && !x->actor;
}

/* The country code of entity e ("" for -1). */
static const char *country_of(const nf_doc *doc, int32_t e) {
    return e >= 0 ? doc->entities[e].country : "";
}

/* A meeting in one party's country is a visit by the other: the visitor
 * gets 042, the host 043 ("Treffen mit Medwedew in Moskau").  Rewrites
 * `code`/`reverse` and may swap the actors; no change elsewhere. */
static void meeting_as_visit(const nf_doc *doc, int32_t loc, char *code, char *reverse,
                             int32_t *src, int32_t *tgt) {
    if (strcmp(code, "040") != 0 || loc < 0 || *tgt < 0) return;
    const char *where = country_of(doc, loc), *a = country_of(doc, *src),
               *b = country_of(doc, *tgt);
    if (!where[0] || !a[0] || !b[0] || strcmp(a, b) == 0) return;
    if (strcmp(where, a) == 0) {
        int32_t t = *src;
        *src = *tgt;
        *tgt = t;
    } else if (strcmp(where, b) != 0) {
        return;
    }
    strcpy(code, "042");
    strcpy(reverse, "043");
}

/* True when a meeting or cooperation (roots 03-07) targets the country
 * of its own source as a place ("in Moskau zum Staatsbesuch begrüßen" said
 * by the host): no act between two parties. */
static bool home_place(const nf_doc *doc, const char *code, int32_t src, int32_t tgt) {
    if (tgt < 0 || doc->entities[tgt].type != NF_ENT_GPE || code[0] != '0' || code[1] < '3' ||
        code[1] > '7')
        return false;
    const char *a = country_of(doc, src), *b = country_of(doc, tgt);
    return a[0] && strcmp(a, b) == 0;
}

/* True when a threat verb at k has the expletive "es" as its subject ("Es
 * droht ein Wettrüsten", "droht es"): something looms, nobody threatens. */
static bool impersonal_threat(const nf_doc *doc, size_t k, size_t sb, const char *code) {
    if (strncmp(code, "13", 2) != 0) return false;
    return (k > 0 && nf_tok_is(doc, k - 1, "es")) || (k + 1 < sb && nf_tok_is(doc, k + 1, "es"));
}

/* True when entity e is named by the trigger word at token k itself ("den
 * Deal" read as a name): the act cannot be its own party. */
static bool names_trigger(const nf_doc *doc, int32_t e, size_t k) {
    const nf_mention *m = ev_mention_at(doc, k);
    return e >= 0 && m && (int32_t)m->entity == e;
}

/* True when "jeweils" or "jeweilig-" stands in the clause [ca, cb): each
 * party acts on its own ("Beratungen der jeweiligen Regierungen"), no
 * mutual act between them. */
static bool distributive(const nf_doc *doc, size_t ca, size_t cb) {
    for (size_t j = ca; j < cb; j++)
        if (strncmp(nf_tokl(doc, j), "jeweil", 6) == 0) return true;
    return false;
}

/* Makes the personal pronoun that is the subject of a verb trigger at k
 * ("Dort traf er Wang Yi", "Er traf seinen Amtskollegen") a mention of
 * what it stands for, so that a meeting counts it as a party; "sie" only
 * with a verb in the singular (not "trafen", "haben ... getroffen").
 * True when one was resolved to an entity with a CAMEO actor code: a
 * pronoun's party is less sure than a named one, and a sports page's
 * "traf er" (scored) has players without one. */
static bool resolve_subject_pronoun(nf_doc *doc, size_t k, size_t ca, size_t cb) {
    const char *v = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    bool plural_or_participle = n > 2 && v[n - 2] == 'e' && v[n - 1] == 'n';
    for (size_t j = ca; j < cb && j < k + 3; j++) {
        if (j == k || ev_mention_at(doc, j)) continue;
        if (nf_tok_is(doc, j, "er") || (nf_tok_is(doc, j, "sie") && !plural_or_participle)) {
            int32_t e = nf_coref_pronoun(doc, j);
            return e >= 0 && doc->entities[e].actor &&
                   nf_mention_add(doc, j, j + 1, e, NF_MK_PRONOUN);
        }
    }
    return false;
}

/* True when the noun at k stands after `word`, over at most three words in
 * lower case (an article, adjectives), none of them before `from`. */
static bool noun_after_word(const nf_doc *doc, size_t k, size_t from, const char *word) {
    for (size_t j = k; j > from && j + 4 > k; j--) {
        if (nf_tok_is(doc, j - 1, word)) return true;
        if (doc->tokens[j - 1].kind != NF_TOK_WORD || !(doc->tokens[j - 1].flags & NF_TF_LOWER))
            return false;
    }
    return false;
}

/* True when the noun at k stands after "über": what is spoken of
 * ("informierte die Außenminister über das Treffen in Wien"), whose parties
 * its own phrase names, not the clause's speaker and listeners. */
static bool topic_of_talk(const nf_doc *doc, size_t k, size_t ca) {
    return noun_after_word(doc, k, ca, "über");
}

/* Where the parties of a mutual act's noun in clause [ca, cb) of the
 * sentence from sa may stand: in the clause, or for a clause of a
 * zu-infinitive (which has no subject of its own) from the sentence's
 * start ("Rice hat erklärt, in direkte Gespräche mit dem Iran
 * einzutreten"). */
static size_t noun_scope(const nf_doc *doc, size_t sa, size_t ca, size_t cb) {
    for (size_t j = ca; j < cb; j++)
        if (doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER) &&
            nf_tok_zu_infinitive(doc, j))
            return sa;
    return ca;
}

/* Where the parties of a mutual act's noun in a clause ending at cb may
 * stand to: the end of the sentence (sb) when a subordinate or relative
 * clause follows ("ein zur Unterzeichnung vorbereitetes Memorandum, das
 * belegt, dass Russland und Kasachstan ..."), else cb. */
static size_t noun_end(const nf_doc *doc, size_t cb, size_t sb) {
    return cb + 1 < sb && nf_tok_is(doc, cb, ",") && ev_opens_subclause(doc, cb + 1, sb) ? sb : cb;
}

/* True when the noun at k ends a prefield that opens its sentence with a
 * preposition, or an adverb and one ("Beim Außenministertreffen", "Nach
 * dem Gipfel", "Noch vor dem Gipfel"), and the
 * word after it is the sentence's finite verb: a word in lower case that is
 * no preposition, article or conjunction ("dominieren", "wurde"). */
static bool verb_after_prefield(const nf_doc *doc, size_t k) {
    static const char *const preps[] = {"bei", "beim", "nach", "vor", "während", "auf", "am",
                                        "im",  "seit", "zum",  "zur", "vom",     NULL};
    static const char *const joined[] = {
        "zwischen", "mit",  "von",   "vom", "der",   "des",   "den", "dem",   "die",   "das",
        "und",      "oder", "sowie", "in",  "im",    "am",    "an",  "auf",   "über",  "um",
        "zu",       "zum",  "zur",   "aus", "bei",   "beim",  "für", "gegen", "unter", "nach",
        "vor",      "seit", "ab",    "bis", "einer", "eines", NULL};
    /* (after an adverb that places the time: "Noch vor dem Gipfel wollte
     * ...", "Kurz nach dem Treffen") */
    static const char *const adverbs[] = {"noch",   "schon",  "bereits",     "kurz",   "erst",
                                          "gleich", "direkt", "unmittelbar", "wenige", NULL};
    size_t sa = doc->sentences[doc->tok_sent[k]].ta, v = k + 1;
    if (sa + 1 < k && ev_tok_in(doc, sa, adverbs) && ev_tok_in(doc, sa + 1, preps)) sa++;
    if (k > sa + 4 || !ev_tok_in(doc, sa, preps) || v >= doc->ntokens) return false;
    for (size_t j = sa + 1; j < k; j++)
        if (doc->tokens[j].kind != NF_TOK_WORD) return false;
    const nf_token *t = &doc->tokens[v];
    return t->kind == NF_TOK_WORD && (t->flags & NF_TF_LOWER) && !ev_tok_in(doc, v, joined);
}

/* The two parties a mutual act's noun at k names itself, true when it
 * does: "Gespräche zwischen A und B", or a partner after "mit" ("Treffen
 * mit dem russischen Präsidenten") and the noun's own party (see
 * ev_noun_party) or the clause's subject where it takes part ("Putin bei
 * Gesprächen mit Toqajew"), within the noun's phrase (up to a comma).
 * Parties of one country, but for two organisations the lists know apart
 * ("Verhandlungen mit der PSOE" of Podemos), and news outlets
 * ("Telefonkonferenz mit dem STANDARD"), are no pair. */
static bool noun_parties(nf_doc *doc, size_t k, size_t ca, size_t cb, int32_t *a, int32_t *b) {
    /* the noun's phrase: up to the next comma or finite verb (after the
     * verb a phrase is another noun's: "Beim Außenministertreffen
     * dominieren die Konflikte zwischen der Türkei und Russland") */
    size_t pe = k + 1;
    if (verb_after_prefield(doc, k)) return false; /* the noun's phrase ends with it */
    while (pe < cb && !nf_tok_is(doc, pe, ",") && !ev_finite_verb(doc, pe)) pe++;
    ev_actors pp;
    ev_pp_actors(doc, k, k, pe, "zwischen", &pp);
    if (pp.n < 2) {
        ev_pp_actors(doc, k, k, pe, "mit", &pp);
        if (pp.n == 0) return false;
        int32_t own = ev_noun_party(doc, k, cb, true);
        if (own < 0 && ev_subject_does_noun(doc, k, ca, cb, true)) {
            ev_actors subj;
            ev_subjects(doc, k, ca, cb, &subj);
            for (size_t i = 0; i < subj.n && own < 0; i++)
                if (!ev_has(&pp, subj.e[i])) own = subj.e[i];
        }
        if (own < 0) return false;
        pp.e[1] = pp.e[0];
        pp.e[0] = own;
    }
    *a = ev_government_of(doc, pp.e[0]);
    *b = ev_government_of(doc, pp.e[1]);
    return *a >= 0 && *b >= 0 && *a != *b && !nf_news_outlet(doc, &doc->entities[*a]) &&
           !nf_news_outlet(doc, &doc->entities[*b]) &&
           (strcmp(doc->entities[*a].country, doc->entities[*b].country) != 0 ||
            listed_apart(doc, *a, *b));
}

/* True when one of `preps` opens the phrase of the noun at k in clause
 * [ca, ...), before its article and adjectives (at most three words in
 * lower case, or the clause's first word). */
static bool prep_before_noun(const nf_doc *doc, size_t k, size_t ca, const char *const *preps) {
    for (size_t q = k; q > ca && q + 4 > k; q--) {
        if (ev_tok_in(doc, q - 1, preps)) return true;
        const nf_token *t = &doc->tokens[q - 1];
        if (t->kind != NF_TOK_WORD || ((t->flags & NF_TF_CAP) && q - 1 != ca)) return false;
    }
    return false;
}

/* True when "gegen" governs the noun at k ("gegen eine Einigung", "gegen
 * weitere Verhandlungen"). */
static bool opposed_noun(const nf_doc *doc, size_t k, size_t ca) {
    static const char *const gegen[] = {"gegen", NULL};
    return prep_before_noun(doc, k, ca, gegen);
}

/* True when the noun at k opens with a preposition of time or cause
 * ("nach der Zustimmung", "wegen des Anschlags"): an adverbial, outside
 * the clause's assertion. */
static bool adverbial_phrase(const nf_doc *doc, size_t k, size_t ca) {
    static const char *const preps[] = {"nach", "vor",     "seit",    "wegen",      "trotz", "bei",
                                        "beim", "während", "infolge", "angesichts", NULL};
    return prep_before_noun(doc, k, ca, preps);
}

/* True when the word at token j ends in `suffix` (lower case). */
static bool ends_in(const nf_doc *doc, size_t j, const char *suffix) {
    size_t n = doc->tok_llen[j], m = strlen(suffix);
    return n >= m && memcmp(nf_tokl(doc, j) + n - m, suffix, m) == 0;
}

/* True when the attack a verb at k of clause [ca, cb) tells ("griff ...
 * an", "attackierte") is one of words: the clause says how ("scharf",
 * "öffentlich", "mit scharfen Formulierungen", "als den führenden
 * Förderer von Terrorismus") or a colon brings the words, or, for
 * "angreifen" and "attackieren", its source `src` commands no force -- a
 * person or a body without a government's, an army's or an armed group's
 * code ("Beckenbauer hat die DFB-Spitze angegriffen"). */
static bool verbal_attack(const nf_doc *doc, size_t k, size_t ca, size_t cb, int32_t src) {
    static const char *const how[] = {"scharf",  "scharfen",   "heftig",     "heftigen",
                                      "verbal",  "öffentlich", "rhetorisch", "persönlich",
                                      "worten",  "als",        "interview",  "rede",
                                      "twitter", ":",          NULL};
    static const char *const more[] = {"mehr", "weniger", NULL};
    static const char *const why[] = {"reaktion", "antwort", "vergeltung", "vergeltungsmaßnahme",
                                      NULL};
    for (size_t j = ca; j < cb; j++) {
        /* ("mehr als 100 Ziele": a number, no description; "als Reaktion
         * auf", "als Vergeltung": why, not how) */
        if (nf_tok_is(doc, j, "als") && ((j > ca && ev_tok_in(doc, j - 1, more)) ||
                                         (j + 1 < cb && (doc->tokens[j + 1].kind == NF_TOK_NUMBER ||
                                                         ev_tok_in(doc, j + 1, why)))))
            continue;
        if (j != k && (ev_tok_in(doc, j, how) || ends_in(doc, j, "formulierung") ||
                       ends_in(doc, j, "formulierungen")))
            return true;
    }
    if (cb < doc->ntokens && nf_tok_is(doc, cb, ":")) return true; /* the clause ends at it */
    const char *w = nf_tokl(doc, k);
    bool attack = strstr(w, "griff") || strstr(w, "greif") || strncmp(w, "attack", 6) == 0;
    if (!attack || src < 0) return false;
    const nf_entity *e = &doc->entities[src];
    if (e->type != NF_ENT_PERSON && e->type != NF_ENT_ORG) return false;
    size_t n = e->actor ? strlen(e->actor) : 0;
    if (n < 6) return e->type == NF_ENT_PERSON && !e->actor; /* a private person */
    if (strncmp(e->actor, "IMG", 3) == 0) return false;      /* a militarised group */
    static const char *const armed[] = {"GOV", "MIL", "REB", "UAF", "SPY", "COP", "INS"};
    for (size_t i = 0; i < sizeof armed / sizeof armed[0]; i++)
        if (strstr(e->actor + 3, armed[i])) return false;
    return true;
}

/* True when "einräumen" at k grants an actor of its clause something
 * ("hatte den USA Überflugrechte eingeräumt") rather than admits it: no
 * admission (015). */
static bool grants_right(nf_doc *doc, const reading *r, size_t k, size_t ca, size_t cb,
                         const ev_actors *src) {
    if (strcmp(r->code, "015") != 0 || !strstr(nf_tokl(doc, k), "räum")) return false;
    /* a bare actor besides the subject, before any comma after the verb
     * (what was admitted follows one): the dative of the one granted */
    for (size_t j = k + 1; j < cb; j++)
        if (nf_tok_is(doc, j, ",")) cb = j;
    for (size_t j = ca; j < cb; j++) {
        int32_t e = ev_actor_in(doc, j, cb, true, &j);
        if (e < 0) return false;
        if (j != k && !ev_has(src, e)) return true;
    }
    return false;
}

/* True when tokens [ca, cb) hold a share or a sum of money ("41 Prozent",
 * "200 Milliarden Euro"): figures a verb of expelling reports in its
 * other sense ("weisen Problemkredite ... aus", "wies 41 Prozent
 * Marktanteil aus": the accounts show). */
static bool share_or_sum_in(const nf_doc *doc, size_t ca, size_t cb) {
    for (size_t i = 0; i < doc->namounts; i++) {
        const nf_amount *a = &doc->amounts[i];
        const char *u = a->unit;
        if (a->ta >= ca && a->tb <= cb && u &&
            (strcmp(u, "%") == 0 || (strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z')))
            return true;
    }
    return false;
}

/* True when clause [ca, cb) counts the people an act of force harms (an
 * amount the amounts stage measured so: "hat drei Journalisten
 * festgenommen", "haben zwei Zivilisten getötet"): the act's victims,
 * no entity, are in the text.  Not when the phrase of the count names one
 * of the act's sources: those were taken for the doers ("wurden zehn
 * afghanische Soldaten getötet", "Zwei Palästinenser erschossen"). */
static bool counted_victims(const nf_doc *doc, size_t ca, size_t cb, const ev_actors *src) {
    /* (what harm befalls; and people the act befalls: "hat mehr als zehn
     * Teilnehmer festgenommen", "griff 30 Flüchtlinge an") */
    static const char *const harmed[] = {
        "arrested",   "deaths",     "injured",   "prisoners", "hostages",     "deported",
        "missing",    "casualties", "evacuated", "displaced", "participants", "refugees",
        "passengers", "visitors",   "members",   "police",    "troops",       NULL};
    bool counted = false;
    for (size_t i = 0; i < doc->namounts; i++) {
        const nf_amount *a = &doc->amounts[i];
        if (a->ta < ca || a->tb > cb || !a->measure) continue;
        bool victims = false;
        for (const char *const *h = harmed; *h && !victims; h++) victims = !strcmp(a->measure, *h);
        size_t end = a->obj >= 0 ? (size_t)a->obj + 1 : a->tb;
        for (size_t m = nf_mention_first_at(doc, a->ta);
             victims && m < doc->nmentions && doc->mentions[m].ta < end; m++)
            if (ev_has(src, (int32_t)doc->mentions[m].entity)) return false;
        counted |= victims;
    }
    return counted;
}

/* Codes the events a trigger at token k (lexicon entry `entry`, read as
 * `best`, NULL for none) may carry: one per source and
 * target named (coordinated actors each act).  `*content` is set when the
 * trigger's reading reports an act whose content follows ("wirft … vor,
 * … zu wollen").  False when memory runs out. */
/* True when a mutual act's noun at k of clause [ca, cb) is done by a
 * pair's phrase opening the clause, its subject doing the noun's act
 * (ev_subject_does_noun: "Beide Seiten einigten sich auf eine Waffenruhe"
 * after a meeting of two): the pair's source and target go to *a and *b
 * (ev_pair_subject). */
static bool noun_pair_subject(const nf_doc *doc, size_t k, size_t ca, size_t cb, int32_t *a,
                              int32_t *b) {
    size_t v = ca + 1;
    while (v < k && !ev_finite_verb(doc, v)) v++;
    return v < k && ev_subject_does_noun(doc, k, ca, cb, true) != EV_SUBJECT_NONE &&
           ev_pair_subject(doc, v, ca, a, b);
}

static bool agreeing_verb(const nf_doc *doc, size_t k); /* below */

/* True when a verb of agreeing in lower case stands before the noun at k
 * in its sentence from sa ("vereinbarten ein Treffen", "einigten sich,
 * Gespräche aufzunehmen"). */
static bool agreed_before(const nf_doc *doc, size_t k, size_t sa) {
    for (size_t j = sa; j < k; j++)
        if (doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER) &&
            agreeing_verb(doc, j))
            return true;
    return false;
}

/* True when a word of sentence [sa, sb) other than the noun at k says
 * that an agreement is concluded: signed, concluded, agreed on,
 * negotiated, ratified ("unterzeichneten", "schlossen", "einigten sich",
 * "ausgehandelt", "Unterzeichnung", "Abschluss"). */
static bool concluded(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    static const char *const stems[] = {
        "unterzeichn",   "unterschr", "abgeschlossen", "abschließ", "abschloss",
        "abzuschließen", "abschluss", "schloss",       "schließ",   "geschlossen",
        "einigt",        "einigte",   "geeinigt",      "einigung",  "vereinbar",
        "ausgehandelt",  "aushandel", "verständigt",   "paraphier", "ratifizier",
        "ratifikation",  "besiegel",  "signier",       "getroffen", NULL};
    for (size_t j = sa; j < sb; j++) {
        if (j == k || doc->tokens[j].kind != NF_TOK_WORD) continue;
        const char *w = nf_tokl(doc, j);
        for (const char *const *st = stems; *st; st++)
            if (strncmp(w, *st, strlen(*st)) == 0) return true;
    }
    return false;
}

static bool trigger_at(nf_doc *doc, size_t k, size_t sa, size_t sb, size_t entry,
                       const reading *best, bool *content) {
    *content = best && best->content;
    /* "Spotify besorgt sich Geld", "Das Ergebnis enttäuscht die Fans": an
     * adjective of a feeling read as the verb it also is */
    if (best && best->adjective && !best->noun && k + 1 < sb &&
        (nf_tok_is(doc, k + 1, "sich") || nf_quote_word_class(doc, k + 1, 'd')))
        return true;
    if (!best || best->weak || impersonal_threat(doc, k, sb, best->code) ||
        ev_quantifier_einigen(doc, k, sb))
        return true;
    /* a document agreed on is an act only where it is concluded */
    if (best->document && !concluded(doc, k, sa, sb)) return true;
    /* the form of an object verb there is its attributive participle, a
     * passive ("die freigelassenen Soldaten": one_sided_args); of other
     * verbs an adjective */
    if (!best->noun && strcmp(best->tgt, "obj") != 0 && attributive(doc, k)) return true;
    /* "zu optimistisch", "allzu besorgt": someone's judgment of the
     * subject (a plan, a forecast), not a comment the subject makes */
    if (!best->noun && best->code[0] == '0' && best->code[1] == '1' && k > sa &&
        (nf_tok_is(doc, k - 1, "zu") || nf_tok_is(doc, k - 1, "allzu")))
        return true;
    size_t ca, cb;
    ev_clause_of(doc, k, sa, sb, &ca, &cb);
    if (!best->noun && strcmp(best->code, "166") == 0 && share_or_sum_in(doc, ca, cb)) return true;
    ev_actors src = {{-1}, 0}, tgt = {{-1}, 0};
    /* a noun in a phrase of time or cause ("Nach der Zustimmung der BaFin
     * ... sieht er keine ...") takes only the words of its own phrase */
    bool adverbial = best->noun && adverbial_phrase(doc, k, ca);
    /* (a noun's relative clause right after it, which may lie beyond the
     * clause: modality_of reads it) */
    size_t mb = best->noun && cb == k + 1 && cb < sb && relative_on_noun(doc, cb + 1, sb) ? sb : cb;
    const char *modality = modality_of(doc, adverbial && k > ca + 3 ? k - 3 : ca,
                                       adverbial && k + 3 < mb ? k + 3 : mb, k, best->particle);
    /* an act asked about ("Bei welchem Ergebnis treten Sie zurück?") or
     * supposed by a clause that opens with its verb ("Greift Russland
     * an, wird die Nato reagieren") is not told as done */
    if (sb > sa &&
        (nf_tok_is(doc, sb - 1, "?") || (!best->noun && verb_first_condition(doc, k, sa, sb))) &&
        strcmp(modality, "asserted") == 0)
        modality = "hypothetical";
    bool needs_target = strcmp(best->tgt, "none") != 0;
    /* "sprachen sich gegen Verhandlungen mit den USA aus", "haben sich
     * gegen eine Einigung gestellt": a mutual act its parties oppose does
     * not happen (a meeting "zwischen A und B" others protest against
     * does) */
    if (best->symmetric && best->noun && opposed_noun(doc, k, ca) &&
        !(k + 1 < cb && nf_tok_is(doc, k + 1, "zwischen")))
        modality = "negated";
    if (best->symmetric) {
        int32_t a, b;
        if (distributive(doc, ca, cb)) return true;
        /* (a verb's two parties stand before the comma after it: not in
         * the infinitive that says what they agreed on, "haben sich darauf
         * verständigt, eine Erklärung des Kosovos für nichtig zu erklären") */
        size_t vb = k + 1;
        while (vb < cb && !nf_tok_is(doc, vb, ",")) vb++;
        if (!best->noun && sides_with_mit(doc, k, ca, cb, &src, &tgt)) {
            /* "Japan, die USA und Südkorea verhandeln mit Nordkorea": each
             * subject with each counterpart after "mit" */
        } else if ((best->noun && noun_parties(doc, k, ca, cb, &a, &b)) ||
                   (best->noun && !topic_of_talk(doc, k, ca) && !verb_after_prefield(doc, k) &&
                    ev_two_actors(doc, noun_scope(doc, sa, ca, cb), noun_end(doc, cb, sb), &a,
                                  &b) &&
                    codable(doc, a) && codable(doc, b)) ||
                   (!best->noun && ev_two_actors(doc, ca, vb, &a, &b)) ||
                   (!best->noun && ev_pair_subject(doc, k, ca, &a, &b)) ||
                   (best->noun && ev_meeting_pair(doc, k, ca, cb, &a, &b)) ||
                   (best->noun && noun_pair_subject(doc, k, ca, cb, &a, &b)) ||
                   (!best->noun && resolve_subject_pronoun(doc, k, ca, cb) &&
                    ev_two_actors(doc, ca, cb, &a, &b))) {
            src.e[src.n++] = a;
            tgt.e[tgt.n++] = b;

        } else if (strcmp(modality, "intended") == 0 && intent_code(best->code) && !adverbial) {
            /* "Obama will einen Gipfel": the wish to meet needs no counterpart
             * (not "will beim Gipfel ... durchsetzen": the wish is another) */
            ev_subjects(doc, k, ca, cb, &src);
            needs_target = false;
        } else {
            return true;
        }
    } else {
        one_sided_args(doc, best, k, sa, sb, ca, cb, &src, &tgt);
        if (grants_right(doc, best, k, ca, cb, &src)) return true;
        /* an attack on things told as done in the passive, no doer named
         * ("Am Sonntag waren mehr als 100 Ziele im Gazastreifen angegriffen
         * worden"): the doer of the attacks told just before, on the
         * place the clause names or on their target; not where people
         * were hit, who may be of either side ("Dem Militär zufolge
         * wurden zwei Soldaten getötet") */
        int force = code_root(best->code);
        if (src.n == 0 && !best->noun && best->passive && force >= 18 && force <= 20 &&
            strcmp(modality, "asserted") == 0 && !people_in_clause(doc, ca, cb, &src) &&
            ev_passive_clause(doc, verb_phrase_start(doc, ca, k), phrase_end(doc, k, cb))) {
            int32_t before = -1, doer = campaign_doer(doc, k, &before);
            if (doer >= 0) {
                src.e[src.n++] = doer;
                int32_t where = ev_government_of(doc, place_in_clause(doc, ca, cb));
                if (tgt.n == 0 && (where >= 0 || before >= 0))
                    tgt.e[tgt.n++] = where >= 0 ? where : before;
            }
        }
        size_t head = doc->pack->event_triggers.entries[entry].key_len;
        if (best->noun && best->code[0] == '0' && best->code[1] == '4' && head < doc->tok_len[k] &&
            (strcmp(best->tgt, "in") == 0 || strcmp(best->tgt, "nach") == 0)) {
            /* a visit named by its destination ("Japanbesuch") */
            int32_t to = ev_compound_country(doc, k, head);
            if (to >= 0 && !ev_has(&src, to)) {
                tgt.n = 0;
                tgt.e[tgt.n++] = to;
            }
        }
    }
    /* an act of force on people the text counts but names not ("Die
     * Polizei hat drei Journalisten festgenommen") is an event without a
     * target, as a dataset records it */
    int root = code_root(best->code);
    if (needs_target && !best->noun && tgt.n == 0 && root >= 17 && root <= 20 &&
        counted_victims(doc, ca, cb, &src))
        needs_target = false;
    int32_t loc = place_of_act(doc, k, ca, cb);
    if (loc < 0) loc = location_of(doc, sa, sb);
    int32_t date = date_of(doc, k, sa, sb);
    /* an act told as done on a day after the document's is one to come
     * ("Scholz besucht nächste Woche China": the present for the future) */
    if (strcmp(modality, "asserted") == 0 && after_document(doc, date)) modality = "planned";
    /* talks or a meeting agreed on are still to come ("vereinbarten ein
     * Treffen", "Beide vereinbarten, Verhandlungen aufzunehmen"); not one
     * where the agreement was made ("vereinbarten bei ihrem Treffen ...") */
    if (strcmp(modality, "asserted") == 0 && best->noun && best->code[0] == '0' &&
        best->code[1] == '4' && !adverbial && agreed_before(doc, k, sa))
        modality = "planned";
    /* an act a verb of rejection governs is refused (once per trigger) */
    bool refused =
        best->noun && rejection_code(best->code) && src.n && rejected_noun(doc, k, sa, sb, ca, cb);
    /* aid or talks a verb of stopping governs are cut off (once per trigger) */
    const char *halted = best->noun && !refused && src.n && halted_noun(doc, k, sa, sb, ca, cb)
                             ? halted_code(best->code)
                             : NULL;
    for (size_t i = 0; i < src.n; i++) {
        for (size_t j = 0; j < (tgt.n ? tgt.n : 1); j++) {
            int32_t s = src.e[i], t = tgt.n ? tgt.e[j] : -1;
            /* An act that needs a counterpart ("Staatsbesuch", "begrüßen",
             * "festgenommen") and has none in the text is no event for a
             * dataset of who did what to whom. */
            if (s < 0 || s == t || (t < 0 && needs_target) || names_trigger(doc, s, k) ||
                names_trigger(doc, t, k) || (!codable(doc, s) && !codable(doc, t)) ||
                (best->code[0] == '0' && best->code[1] == '4' &&
                 (countryless_place(doc, s) || countryless_place(doc, t))))
                continue;
            char code[6], reverse[6];
            snprintf(code, sizeof code, "%s", best->code);
            snprintf(reverse, sizeof reverse, "%s", best->reverse);
            const char *mod = modality;
            if (strcmp(code, "190") == 0 && !best->noun && verbal_attack(doc, k, ca, cb, s)) {
                /* words, not force: criticism */
                snprintf(code, sizeof code, "111");
                reverse[0] = '\0';
            }
            /* a state protests by an official complaint, not in the
             * street ("Japan protestierte gegen die Raketentests"; not
             * its people: "Tausende Russen protestierten") */
            if (strcmp(code, "140") == 0 && !best->noun && state_actor(doc, s) &&
                !people_before(doc, ca, k))
                snprintf(code, sizeof code, "114");
            if (refused) {
                /* the refused act is the rejection: no reverse */
                snprintf(code, sizeof code, "%s", rejection_code(best->code));
                reverse[0] = '\0';
            } else if (halted) {
                snprintf(code, sizeof code, "%s", halted);
                reverse[0] = '\0';
            } else if (strcmp(modality, "intended") == 0 && intent_code(code)) {
                /* the stated intent is the act: asserted, no reverse */
                snprintf(code, sizeof code, "%s", intent_code(best->code));
                reverse[0] = '\0';
                mod = "asserted";
            }
            meeting_as_visit(doc, loc, code, reverse, &s, &t);
            if (home_place(doc, code, s, t)) continue;
            if (!add_event(doc, code, s, t, k, mod, date, loc)) return false;
            if (reverse[0] && t >= 0 && !add_event(doc, reverse, t, s, k, mod, date, loc))
                return false;
        }
    }
    return true;
}

/* True when event a stands in sentence [sa, sb) with the same source and
 * root as event b, which has a target: b is a fuller record of the act. */
static bool fuller_in_sentence(const nf_event *a, const nf_event *b, size_t sa, size_t sb) {
    return b->target >= 0 && b->source == a->source && strncmp(a->code, b->code, 2) == 0 &&
           b->trigger.ta >= sa && b->trigger.ta < sb;
}

/* Drops an event without target when the same sentence has the same act of
 * the same source with one ("hat sich bereit erklärt, Soldaten in den
 * Libanon zu entsenden" is one act). */
static void drop_untargeted_repeats(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *a = &doc->events[i];
        bool drop = false;
        for (size_t s = 0; a->target < 0 && s < doc->nsentences && !drop; s++) {
            size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
            if (a->trigger.ta < sa || a->trigger.ta >= sb) continue;
            for (size_t j = 0; j < doc->nevents && !drop; j++)
                drop = j != i && fuller_in_sentence(a, &doc->events[j], sa, sb);
        }
        if (!drop) doc->events[out++] = *a;
    }
    doc->nevents = out;
}

/* True for an actor a country's private people make up: civilians and
 * business people ("chinesische Touristen" CHNCVL, "ein deutscher
 * Geschäftsmann" DEUBUS) travel, but make no state visit. */
static bool private_actor(const nf_entity *e) {
    size_t n = e->actor ? strlen(e->actor) : 0;
    return !e->canonical && n == 6 &&
           (strcmp(e->actor + 3, "CVL") == 0 || strcmp(e->actor + 3, "BUS") == 0);
}

/* True when the sentence of token k names country entity `who` only by
 * its people ("Tausende Iraker hielten sich in der Türkei auf": a
 * demonym's nominal mention, entities.c's people_of_country), private
 * persons no visit of state is paid by. */
static bool people_only(const nf_doc *doc, int32_t who, size_t k) {
    const nf_entity *e = &doc->entities[who];
    if (e->type != NF_ENT_GPE || k >= doc->ntokens) return false;
    nf_seg s = doc->sentences[doc->tok_sent[k]];
    bool people = false;
    for (size_t i = nf_mention_first_at(doc, s.ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= s.tb) break;
        if ((int32_t)m->entity != who) continue;
        if (m->kind != NF_MK_NOMINAL || m->tb != m->ta + 1 ||
            !nf_tok_get(doc, m->ta, &doc->engine->gz.demonyms))
            return false;
        people = true;
    }
    return people;
}

/* Drops the visits (CAMEO 042-044) whose visitor is no actor a dataset of
 * who did what to whom holds: an entity no list links that has neither an
 * actor code nor a role -- a footballer's trip to a training camp, a
 * ship's or a plane's arrival, refugees' train ("die Reise nach Sardinien
 * antreten", "ist in Hamburg eingetroffen"), or a private person or group
 * of a country (private_actor).  The visitor is the source of a visit
 * made or met, the target of one hosted. */
static void drop_private_visits(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *a = &doc->events[i];
        bool visit = strncmp(a->code, "042", 3) == 0 || strncmp(a->code, "043", 3) == 0 ||
                     strncmp(a->code, "044", 3) == 0;
        int32_t who = strncmp(a->code, "043", 3) == 0 ? a->target : a->source;
        const nf_entity *e = visit && who >= 0 ? &doc->entities[who] : NULL;
        if (!e || ((e->actor || e->role || e->canonical) && !private_actor(e) &&
                   !people_only(doc, who, a->trigger.ta)))
            doc->events[out++] = *a;
    }
    doc->nevents = out;
}

/* True for the codes of acts done by saying (roots 01-03 and 10-13:
 * statements, appeals, intents, demands, disapproval, rejection,
 * threats), which may name another act as their content. */
static bool speech_act(const char *code) {
    int root = code_root(code);
    return root <= 3 || (root >= 10 && root <= 13);
}

/* True when the trigger at k is a verb of agreeing or accepting
 * ("vereinbarten", "einigten sich", "stimmte zu", "akzeptierte"), whose
 * object is an act done, not one of offering, promising or aiming at
 * ("bot den Abschluss eines Abkommens an" is 030, no agreement signed). */
static bool agreeing_verb(const nf_doc *doc, size_t k) {
    static const char *const stems[] = {"einig",   "geeinig",   "verständig", "vereinbar", "stimm",
                                        "zustimm", "zugestimm", "zuzustimm",  "akzept",    NULL};
    const char *w = nf_tokl(doc, k);
    for (const char *const *st = stems; *st; st++)
        if (strncmp(w, *st, strlen(*st)) == 0) return true;
    return false;
}

/* True when trigger noun `noun` of clause [ca, cb) names what `verb`, a
 * verb's act of the same parties, is about: the noun is what is agreed
 * on, offered or refused, not where or when ("haben bei dem Treffen
 * nichts vereinbart": no preposition but "auf" or "über" opens its
 * phrase). */
static bool content_noun(const nf_doc *doc, const nf_event *verb, const nf_event *noun, size_t ca,
                         size_t cb) {
    size_t n = noun->trigger.ta;
    static const char *const venue[] = {"bei",   "beim",  "nach", "vor",  "während", "in",  "im",
                                        "am",    "an",    "mit",  "seit", "zu",      "zum", "zur",
                                        "trotz", "wegen", "von",  "vom",  NULL};
    if (n < ca || n >= cb || !(doc->tokens[n].flags & NF_TF_CAP)) return false;
    for (size_t j = n; j > ca && n - j < 4; j--) {
        if (nf_tok_in(doc, j - 1, venue)) return false;
        if (!(doc->tokens[j - 1].flags & NF_TF_LOWER) || nf_tok_is(doc, j - 1, "auf") ||
            nf_tok_is(doc, j - 1, "über"))
            break;
    }
    return verb->source == noun->source && verb->target == noun->target;
}

/* True when `verb`, a plain rejection (120), a plain reduction (160) or
 * a plain agreement (030) by a verb of agreeing, has a trigger noun of
 * its clause [ca, cb) coded as the refused, halted or agreed act between
 * the same parties: "lehnte Gespräche mit Putin ab" is 125, "setzte die
 * Verhandlungen aus" 164, "vereinbarten eine Waffenruhe" 0871, "einigten
 * sich auf neue Sanktionen" 163, which say more (an agreement's noun of
 * cooperation, consultation, diplomacy, aid, de-escalation or sanctions:
 * roots 03-08 and 16). */
static bool refined_by_noun(const nf_doc *doc, const nf_event *verb, const nf_event *noun,
                            size_t ca, size_t cb) {
    static const char *const agreed_roots[] = {"03", "04", "05", "06", "07", "08", "16", NULL};
    bool refused = strcmp(verb->code, "120") == 0 && strncmp(noun->code, "12", 2) == 0;
    /* ("setzte die Verhandlungen aus": the talks halted, 164, say it) */
    bool halted = strcmp(verb->code, "160") == 0 &&
                  (strcmp(noun->code, "164") == 0 || strncmp(noun->code, "162", 3) == 0);
    bool agreed = false;
    if (strcmp(verb->code, "030") == 0 && agreeing_verb(doc, verb->trigger.ta))
        for (const char *const *r = agreed_roots; *r && !agreed; r++)
            agreed = strncmp(noun->code, *r, 2) == 0;
    return (refused || halted || agreed) && strcmp(noun->code, verb->code) != 0 &&
           content_noun(doc, verb, noun, ca, cb);
}

/* The code of intent (03x) to do the act of code `act`, for a verb of
 * offering, promising or aiming (030, not agreeing) whose object is the
 * act: talks offered (04) are 036, cooperation (06) 031, aid (07) 033,
 * yielding (08) 035, each with its sub-code where CAMEO has one; NULL
 * for other acts ("bot den Abschluss eines Abkommens an" stays 030). */
static const char *intent_code_for(const char *act) {
    static const struct {
        const char *act, *intent;
    } map[] = {{"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
               {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
               {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
               {"087", "0356"}, {"08", "035"},   {"04", "036"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strncmp(act, map[i].act, strlen(map[i].act)) == 0) return map[i].intent;
    return NULL;
}

/* The clause [*ca, *cb) of its sentence that the trigger at token k
 * stands in (ev_clause_of). */
static void trigger_clause(const nf_doc *doc, size_t k, size_t *ca, size_t *cb) {
    const nf_seg *s = &doc->sentences[doc->tok_sent[k]];
    ev_clause_of(doc, k, s->ta, s->tb, ca, cb);
}

/* Recodes plain intents to cooperate (030) by a verb of offering or
 * promising whose clause names the offered act by a trigger noun of the
 * same parties: "bot der Ukraine Gespräche an" is
 * 036, the intent to negotiate (the noun's own event, talks told as
 * held, then gives way as the content of a speech act: part_of_act). */
static void intents_by_noun(nf_doc *doc) {
    for (size_t i = 0; i < doc->nevents; i++) {
        nf_event *v = &doc->events[i];
        size_t k = v->trigger.ta;
        if (strcmp(v->code, "030") != 0 || (doc->tokens[k].flags & NF_TF_CAP) ||
            agreeing_verb(doc, k))
            continue;
        size_t ca, cb;
        trigger_clause(doc, k, &ca, &cb);
        for (size_t j = 0; j < doc->nevents; j++) {
            const char *intent = intent_code_for(doc->events[j].code);
            if (j == i || !intent || !content_noun(doc, v, &doc->events[j], ca, cb)) continue;
            snprintf(v->code, sizeof v->code, "%s", intent);
            break;
        }
    }
}

/* True when event `noun`, named by a noun, is part of event `verb`, named
 * by a lower-case word of the same clause [ca, cb) for a speech act with
 * the same parties and another root: the negotiations a party demands, limits or rejects
 * ("forderte Verhandlungen mit Iran", "die Zeit zu Verhandlungen mit Iran
 * ist befristet") are no act of their own.  A noun in a phrase of time or
 * occasion is ("vereinbarten bei ihrem Treffen ...": the meeting took
 * place). */
static bool part_of_act(const nf_doc *doc, const nf_event *noun, const nf_event *verb, size_t ca,
                        size_t cb) {
    size_t v = verb->trigger.ta;
    return speech_act(verb->code) && v >= ca && v < cb && v != noun->trigger.ta &&
           !(doc->tokens[v].flags & NF_TF_CAP) && verb->source == noun->source &&
           verb->target == noun->target && strncmp(verb->code, noun->code, 2) != 0 &&
           !refined_by_noun(doc, verb, noun, ca, cb) &&  /* the noun says it better */
           !adverbial_phrase(doc, noun->trigger.ta, ca); /* ("bei ihrem Treffen": its occasion) */
}

/* Drops the events of trigger nouns that name the content of another act
 * of the same parties in their clause (see part_of_act), and plain
 * rejections and agreements the act of their clause says better
 * (refined_by_noun). */
static void drop_acts_in_acts(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *a = &doc->events[i];
        size_t k = a->trigger.ta;
        bool drop = false;
        bool noun = (doc->tokens[k].flags & NF_TF_CAP) != 0;
        /* only a noun's act or a verb's plain rejection, agreement or
         * reduction can give way */
        if (noun || strcmp(a->code, "120") == 0 || strcmp(a->code, "030") == 0 ||
            strcmp(a->code, "160") == 0) {
            size_t ca, cb;
            trigger_clause(doc, k, &ca, &cb);
            for (size_t j = 0; j < doc->nevents && !drop; j++)
                drop = noun ? part_of_act(doc, a, &doc->events[j], ca, cb)
                            : refined_by_noun(doc, a, &doc->events[j], ca, cb);
        }
        if (!drop) doc->events[out++] = *a;
    }
    doc->nevents = out;
}

#define COMPOUND_HEAD_MIN 5 /* letters the trigger noun ending a compound has */

/* The trigger noun a compound ends in ("Nukleargipfel" -> "Gipfel",
 * "Bodenoffensive" -> "Offensive"), the longest that is listed as a noun;
 * NULL when none is.  Points into the lexicon. */
static const nf_lex_entry *compound_trigger(const nf_langpack *lp, const char *w, size_t n) {
    const nf_lexicon *lex = &lp->event_triggers;
    char head[64];
    if (n < 3 + COMPOUND_HEAD_MIN || n >= sizeof head) return NULL;
    /* Only heads as long as some trigger noun ending in the same three bytes. */
    const nf_lex_entry *t = nf_lexicon_find(&lp->trigger_tails, w + n - 3, 3);
    uint64_t lengths = t ? (uint64_t)t->num : 0;
    for (size_t i = 3; lengths && i + COMPOUND_HEAD_MIN <= n; i++) {
        if (!(lengths >> (n - i) & 1)) continue;
        if (w[i] < 'a' || w[i] > 'z' || w[i - 1] == '-') continue;
        memcpy(head, w + i, n - i + 1);
        head[0] = (char)(head[0] - 'a' + 'A');
        const nf_lex_entry *e = nf_lexicon_find(lex, head, n - i);
        if (e && lp->trigger_readings.noun_text[e - lex->entries]) return e;
    }
    return NULL;
}

/* The demand code (10x) that asks for the act of code `act`: a
 * resignation (0831) demanded is 1041, a release (084x) 1053, a ceasefire
 * (087x) 1056, talks (040-046) 106; NULL when no demand code names it. */
static const char *demand_for(const char *act) {
    static const struct {
        const char *act, *demand;
    } table[] = {
        {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"}, {"083", "104"},
        {"081", "1051"},  {"082", "1052"},  {"084", "1053"},  {"085", "1054"},  {"086", "1055"},
        {"087", "1056"},  {"080", "105"},   {"045", "108"},   {"04", "106"},    {"061", "1011"},
        {"062", "1012"},  {"063", "1013"},  {"064", "1014"},  {"06", "101"},    {"071", "1031"},
        {"072", "1032"},  {"073", "1033"},  {"074", "1034"},  {"07", "103"},    {"05", "102"}};
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strncmp(act, table[i].act, strlen(table[i].act)) == 0) return table[i].demand;
    return NULL;
}

/* A demand or appeal and where what it asks for may stand (see
 * open_demand and nf_stage_events): the events its trigger coded, the end
 * of its clause and of the clause after it. */
typedef struct demand {
    size_t first, last; /* its events: doc->events[first, last) */
    size_t end;         /* the token its clause ends before (0: no demand) */
    size_t zu_end;      /* the end of the clause after it, which a zu-infinitive may hold */
    int32_t source;     /* its subject, where it coded no event; else -1 */
    bool by_noun;       /* a demand noun ("Forderung") and its "nach" phrase */
    size_t first_token; /* its trigger */
} demand;

/* True when a preposition stands within the three words before the noun
 * at k (not before sa): "für das Reisen", "über einen Rücktritt". */
static bool in_phrase_of_preposition(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const preps[] = {
        "für", "über", "nach", "von", "vom", "zu",    "zum", "zur",   "mit",   "in",  "im",
        "auf", "an",   "am",   "aus", "bei", "gegen", "um",  "durch", "unter", "vor", NULL};
    for (size_t j = k; j > sa && j + 3 > k; j--)
        if (ev_tok_in(doc, j - 1, preps)) return true;
    return false;
}

/* Gives the plain demands (100) and appeals (020) among d's events the
 * code that asks for an act of code `act` (see demand_for): "forderte den
 * Rücktritt des Präsidenten" is 1041.  Codes no demand can name leave
 * them as they are. */
static void demanded_act(nf_doc *doc, const demand *d, const char *act) {
    const char *code = demand_for(act);
    for (size_t i = d->first; i < d->last && code; i++)
        if (strcmp(doc->events[i].code, "100") == 0)
            snprintf(doc->events[i].code, sizeof doc->events[i].code, "%s", code);
        else if (strcmp(doc->events[i].code, "020") == 0) /* an appeal: 02x as 10x */
            snprintf(doc->events[i].code, sizeof doc->events[i].code, "02%s", code + 2);
}

/* True when "nicht" or "kein..." stands between tokens a and b. */
static bool negated_between(const nf_doc *doc, size_t a, size_t b) {
    for (size_t j = a + 1; j < b; j++)
        if (nf_tok_is(doc, j, "nicht") || strncmp(nf_tokl(doc, j), "kein", 4) == 0) return true;
    return false;
}

/* True for a reading that asks for an act: an appeal (02x) or a demand
 * (10x). */
static bool asks_for_act(const reading *r) {
    return (r->code[0] == '0' && r->code[1] == '2') || (r->code[0] == '1' && r->code[1] == '0');
}

/* Turns the events from `first` that a demanded act's noun coded into
 * demands by `source` of the noun's actor, with the code for act `act`
 * (see demand_for); those whose actor is missing or the source are
 * dropped. */
static void demand_of_noun(nf_doc *doc, size_t first, int32_t source, const char *act) {
    const char *code = demand_for(act);
    size_t out = first;
    for (size_t i = first; i < doc->nevents; i++) {
        nf_event e = doc->events[i];
        if (e.source < 0 || e.source == source) continue;
        snprintf(e.code, sizeof e.code, "%s", code);
        e.target = e.source;
        e.source = source;
        doc->events[out++] = e;
    }
    doc->nevents = out;
}

/* The token of `word` among the four after token k (before sb and any
 * punctuation), or 0. */
static size_t word_after(const nf_doc *doc, size_t k, size_t sb, const char *word) {
    for (size_t j = k + 1; j < sb && j < k + 5; j++) {
        if (doc->tokens[j].kind == NF_TOK_PUNCT) return 0;
        if (nf_tok_is(doc, j, word)) return j;
    }
    return 0;
}

/* Sets *asked to the demand or appeal the trigger at k (read as r, which
 * coded the events from `before`) makes, if it makes one: a demand noun's
 * "nach" phrase ("die Forderung der EU nach einem Waffenstillstand"), or
 * a verb's clause and the clause after its comma, where "zu" and an
 * infinitive say what is asked for; a verb that coded no event keeps its
 * subject as the one who asks.  Leaves *asked alone otherwise. */
static void open_demand(nf_doc *doc, const reading *r, size_t k, size_t sa, size_t sb,
                        size_t before, demand *asked) {
    size_t nach =
        r->noun && r->code[0] == '1' && r->code[1] == '0' ? word_after(doc, k, sb, "nach") : 0;
    if (nach) {
        size_t end = nach + 4 < sb ? nach + 4 : sb;
        *asked = (demand){before, doc->nevents, end, end, -1, true, k};
        return;
    }
    if (r->noun || !asks_for_act(r) || attributive(doc, k)) return;
    size_t ca, cb;
    ev_clause_of(doc, k, sa, sb, &ca, &cb);
    size_t zu_end = cb;
    if (cb < sb && nf_tok_is(doc, cb, ","))
        for (zu_end = cb + 1; zu_end < sb && !nf_tok_is(doc, zu_end, ","); zu_end++)
            ;
    *asked = (demand){before, doc->nevents, cb, zu_end, -1, false, k};
    if (before == doc->nevents) {
        ev_actors who;
        ev_subjects(doc, k, ca, cb, &who);
        if (who.n && codable(doc, who.e[0])) asked->source = who.e[0];
    }
}

/* True when the word at token k names a game in a text of sports
 * (sports-words.txt, kind "game"): "trifft", "bestreiten". */
static bool game_word(const nf_doc *doc, size_t k) {
    if (!(doc->tok_mask[k] & NF_TM_SPORT)) return false;
    const nf_lex_entry *e = nf_tok_find(doc, k, &doc->pack->sports_words);
    return e && nf_lex_val(&doc->pack->sports_words, e)[0] == 'g';
}

/* True when "drohen" at token k of clause [k, cb) says what someone faces,
 * not whom one threatens: a zu-infinitive with no comma before it ("droht
 * in der Versenkung zu verschwinden", "droht zu scheitern"; a threat sets
 * its act off: "drohte der Ukraine, die Lieferungen einzustellen") or a
 * thing in the nominative after it, which is its subject ("droht
 * Österreich eine EU-Strafe", "Verlagen droht ein Eingriff"); not after
 * "mit" ("drohte mit einem Angriff"). */
static bool faced_risk(const nf_doc *doc, size_t k, size_t cb) {
    static const char *const indefinite[] = {"ein", "eine", NULL};
    const char *w = nf_tokl(doc, k);
    if (strncmp(w, "droh", 4) != 0 && strncmp(w, "gedroh", 6) != 0) return false;
    for (size_t j = k + 1; j < cb; j++) {
        if (nf_tok_is(doc, j, "mit") || nf_tok_is(doc, j, ",")) return false;
        if (nf_tok_zu_infinitive(doc, j)) return true;
        if (ev_tok_in(doc, j, indefinite) && !ev_mention_at(doc, j)) {
            size_t n = j + 1;
            while (n < cb && doc->tokens[n].kind == NF_TOK_WORD &&
                   (doc->tokens[n].flags & NF_TF_LOWER))
                n++;
            if (n < cb && (doc->tokens[n].flags & NF_TF_CAP) && !ev_mention_at(doc, n)) return true;
        }
    }
    return false;
}

/* True when token k is one of the NULL-terminated lower-case words or a
 * compound that ends in one ("Sparmaßnahmen"). */
static bool ev_tok_ends_in(const nf_doc *doc, size_t k, const char *const *words) {
    if (doc->tokens[k].kind != NF_TOK_WORD) return false;
    for (; *words; words++)
        if (ends_in(doc, k, *words)) return true;
    return false;
}

/* True when a noun of a decision or a measure stands within a few words
 * of the "treffen" at token k, in its clause, before sb: one takes a
 * measure or a decision ("Diese Maßnahme hat auch HTC getroffen", "traf
 * die Entscheidung"), meets no one. */
static bool decision_taken(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const nouns[] = {"maßnahme",       "maßnahmen",      "entscheidung",
                                        "entscheidungen", "vorkehrung",     "vorkehrungen",
                                        "vereinbarung",   "vereinbarungen", "absprache",
                                        "absprachen",     "auswahl",        "regelung",
                                        "regelungen",     "feststellung",   "anordnung",
                                        "anordnungen",    "verfügung",      "abmachung",
                                        "vorsorge",       "vorbereitungen", NULL};
    size_t a = k > 8 ? k - 8 : 0, b = k + 7 < sb ? k + 7 : sb;
    for (size_t j = k; j-- > a && !nf_tok_is(doc, j, ",") && doc->tok_sent[j] == doc->tok_sent[k];)
        if (ev_tok_ends_in(doc, j, nouns)) return true;
    for (size_t j = k + 1; j < b && !nf_tok_is(doc, j, ","); j++)
        if (ev_tok_ends_in(doc, j, nouns)) return true;
    return false;
}

/* True when a form of "treffen" at token k goes with "auf" or "gegen"
 * (after at most one word in lower case): one comes up against someone
 * ("Thiem träfe entweder auf Becker", "trifft auf Widerstand") or scores
 * against a side ("traf er gegen den FC Brügge"), no meeting; after an
 * adverb of a blow, it hits ("tödlich getroffen", "schwer getroffen");
 * with a noun of a decision, it takes one (decision_taken). */
static bool no_meeting(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const blows[] = {"tödlich", "schwer",    "hart", "empfindlich",
                                        "voll",    "besonders", NULL};
    const char *w = nf_tokl(doc, k);
    if (strncmp(w, "tr", 2) != 0 && strncmp(w, "getroffen", 9) != 0) return false;
    static const char *const against[] = {"auf", "gegen", NULL};
    if (k > 0 && ev_tok_in(doc, k - 1, blows)) return true;
    if (k + 1 < sb && ev_tok_in(doc, k + 1, against)) return true;
    if (decision_taken(doc, k, sb)) return true;
    return k + 2 < sb && ev_tok_in(doc, k + 2, against) && doc->tokens[k + 1].kind == NF_TOK_WORD &&
           (doc->tokens[k + 1].flags & NF_TF_LOWER);
}

/* True when the noun at k follows "als" over an article and adjectives:
 * what something is called ("verurteilte ihn als hinterhältigen
 * Anschlag", "bezeichnete das als Angriff"), no act of its own. */
static bool named_as(const nf_doc *doc, size_t k, size_t sa) {
    return noun_after_word(doc, k, sa, "als");
}

/* The stage: every trigger word of every sentence. */
nf_status nf_stage_events(nf_doc *doc, nf_error *err) {
    const nf_lexicon *lex = &doc->pack->event_triggers;
    if (!lex->count) return NF_OK;
    if (!ev_index_mentions(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory coding events");
    /* A sentence reports a game with a strong word or two weak ones; in a
     * text of sports (five sentences or more do, or three and a quarter of
     * them) one weak word suffices, and the words of sports-words.txt that
     * name games are no acts ("dann trifft er auf den Sieger"). */
    uint8_t *level = nf_arena_alloc(&doc->arena, doc->nsentences + 1);
    if (!level) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory coding events");
    size_t games = 2, sporting = 0;
    for (size_t s = 0; s < doc->nsentences; s++) {
        level[s] = (uint8_t)nf_sports_level(doc, doc->sentences[s].ta, doc->sentences[s].tb);
        sporting += level[s] >= 2;
    }
    if (sporting >= 5 || (sporting >= 3 && sporting * 4 >= doc->nsentences)) games = 1;
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        if (level[s] >= games) continue;
        demand asked = {0, 0, 0, 0, -1, false, 0};
        for (size_t k = sa; k < sb; k++) {
            if (doc->tokens[k].kind != NF_TOK_WORD || doc->claimed[k]) continue;
            const char *w = nf_tok(doc, k);
            const nf_lex_entry *e = NULL;
            if (doc->tok_mask[k] & NF_TM_EVENT)
                e = nf_tok_get(doc, k, lex);
            else if (doc->tokens[k].flags & NF_TF_CAP)
                e = compound_trigger(doc->pack, w, doc->tok_len[k]);
            if (!e && (doc->tokens[k].flags & NF_TF_CAP) && k == sa) {
                e = nf_tokl_get(doc, k, lex);
            }
            if (!e || (games == 1 && game_word(doc, k))) continue;
            size_t entry = (size_t)(e - lex->entries);
            const reading *r = best_reading(doc, k, sa, sb, entry);
            if (r && !r->noun && r->code[0] == '0' && r->code[1] == '4' && no_meeting(doc, k, sb))
                continue;
            if (r && r->noun && named_as(doc, k, sa)) continue;
            if (r && !r->noun && r->code[0] == '1' && r->code[1] == '3') {
                size_t ca, cb;
                ev_clause_of(doc, k, sa, sb, &ca, &cb);
                if (faced_risk(doc, k, cb)) continue;
            }
            bool content = false;
            if (r && !r->noun && k > asked.first_token && k < asked.zu_end &&
                nf_tok_zu_infinitive(doc, k)) {
                /* "hatte Südafrika aufgerufen, den Staatschef zu verhaften":
                 * asked for, not done; a concession or talks asked for
                 * ("freizulassen", "zu verhandeln") say what is asked, unless
                 * the words ask for their omission */
                if ((r->code[0] == '0' && (r->code[1] == '8' || r->code[1] == '4')) &&
                    !negated_between(doc, asked.first_token, k))
                    demanded_act(doc, &asked, r->code);
                continue;
            }
            /* a call to strike or protest ("rufen zu Warnstreiks auf") is
             * the protest of those who call */
            bool protest = r && r->code[0] == '1' && r->code[1] == '4';
            if (r && r->noun && !protest && k >= asked.end && k < asked.zu_end) continue;
            if (r && r->noun && !protest && k < asked.end) {
                /* "die Forderung nach einem Waffenstillstand" */
                if (asked.by_noun) {
                    demanded_act(doc, &asked, r->code);
                    continue;
                }
                if (in_phrase_of_preposition(doc, k, sa)) continue;
                if (asked.first < asked.last || asked.source < 0 || !demand_for(r->code)) {
                    demanded_act(doc, &asked, r->code);
                    continue;
                }
                /* a demand with no one asked by name asks the noun's actor
                 * ("forderte den Rückzug der türkischen Truppen": Turkey) */
                size_t before = doc->nevents;
                if (!trigger_at(doc, k, sa, sb, entry, r, &content))
                    return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory coding events");
                demand_of_noun(doc, before, asked.source, r->code);
                continue;
            }
            size_t before = doc->nevents;
            if (!trigger_at(doc, k, sa, sb, entry, r, &content))
                return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory coding events");
            if (r) open_demand(doc, r, k, sa, sb, before, &asked);
            /* the acts named in what an accusation says are alleged, not events */
            if (content) break;
        }
    }
    drop_untargeted_repeats(doc);
    drop_private_visits(doc);
    intents_by_noun(doc);
    drop_acts_in_acts(doc);
    return NF_OK;
}
