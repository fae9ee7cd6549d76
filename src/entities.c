/* entities.c - the entity stage: names from the gazetteers (countries,
 * cities, organisations, leaders and officials), nationality adjectives,
 * persons named after a role noun ("Wirtschaftsministerin Anna Berger"),
 * and surnames of people named before.  Every mention is linked to one
 * document entity; an entity known to the gazetteer carries its canonical
 * label, country and the CAMEO actor code valid on the document's date. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "calendar.h"
#include "engine.h"
#include "entities.h"
#include "error.h"
#include "fold.h"
#include "ner.h"
#include "stages.h"
#include "tokens.h"

/* True when a person's office covers `day` (0: any); never for a person of
 * persons.tsv, who holds none. */
static bool in_office(const nf_gz_entry *e, int32_t day) {
    if (e->no_office) return false;
    if (!day) return e->end == 0;
    return (!e->start || e->start <= day) && (!e->end || day <= e->end);
}

static int32_t entity_labelled(const nf_doc *doc, const char *label, int type); /* below */

/* Days of a term's start after a document's date within which the text
 * may already describe the person by the office: one elected or
 * designated ("der Bundeskanzlerin" of Merkel in October 2005). */
#define OFFICE_AHEAD_DAYS 90

/* Days from `day` to `start` (both YYYYMMDD); negative when start is
 * earlier. */
static long days_until(int32_t day, int32_t start) {
    long a = nf_days_from_civil(day / 10000, day / 100 % 100, day % 100);
    long b = nf_days_from_civil(start / 10000, start / 100 % 100, start % 100);
    return b - a;
}

/* True when an office starting on `start` (YYYYMMDD) begins more than
 * OFFICE_AHEAD_DAYS after `day` (YYYYMMDD). */
static bool office_ahead(int32_t day, int32_t start) {
    return days_until(day, start) > OFFICE_AHEAD_DAYS;
}

/* Days before the start of a head of state's or government's first term
 * within which the news already name the person by the surname alone: a
 * candidate's campaign ("Trump" in 2016, "Macron" in spring 2017). */
#define HEAD_AHEAD_DAYS 730

static int32_t former_head_named(nf_doc *doc, const nf_lex_entry *e, size_t k,
                                 size_t sa); /* below */

/* True when one of the document's first `n` entities is of country `iso`
 * (entities added after them do not count). */
static bool country_named_before(const nf_doc *doc, const char *iso, size_t n) {
    if (!iso[0]) return false;
    for (size_t i = 0; i < n && i < doc->nentities; i++)
        if (strncmp(doc->entities[i].country, iso, 3) == 0) return true;
    return false;
}

/* True when the document has named country `iso` so far: an entity of it
 * (the country, one of its places or people, or its adjective). */
static bool country_named(const nf_doc *doc, const char *iso) {
    return country_named_before(doc, iso, doc->nentities);
}

/* True when the sentence from token sa names country `iso` before the
 * word being read: a mention of an entity of it ("in Deutschland",
 * "deutsche"). */
static bool country_in_sentence(const nf_doc *doc, const char *iso, size_t sa) {
    if (!iso[0]) return false;
    for (size_t i = doc->nmentions; i-- > 0 && doc->mentions[i].ta >= sa;)
        if (!strncmp(doc->entities[doc->mentions[i].entity].country, iso, 3)) return true;
    return false;
}

/* How much the document says for organisation g: 2 when it has named g
 * itself ("die EU" before "die Union"), 1 when it has named another
 * organisation of g's kind and country ("SPD" before "Union": a German
 * party), else 0. */
static int org_kin_named(const nf_doc *doc, const nf_gz_entry *g) {
    if (entity_labelled(doc, g->canonical, g->type) >= 0) return 2;
    if (!g->role || !g->country[0]) return 0;
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *x = &doc->entities[i];
        if (x->type == NF_ENT_ORG && x->role && !strcmp(x->role, g->role) &&
            !strcmp(x->country, g->country))
            return 1;
    }
    return 0;
}

const char *nf_adjective_at(const nf_doc *doc, size_t k); /* below */

/* The most tokens after a city's name that country_ahead reads. */
#define AHEAD_TOKENS 12

/* True when the gazetteer name `e` names an entry of `source` (NF_GZ_*)
 * in country `iso`. */
static bool entry_of(const nf_gazetteer *gz, const nf_lex_entry *e, int source, const char *iso) {
    uint32_t ids[16];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 16);
    for (size_t i = 0; i < m; i++)
        if (ids[i] < gz->count && gz->entries[ids[i]].source == source &&
            !strcmp(gz->entries[ids[i]].country, iso))
            return true;
    return false;
}

/* True when a region of country `iso` (a place of the gazetteers, or a
 * compound of the country's name: "US-Bundesstaat") is set off right after
 * a city's name ending at `from`, by a parenthesis or a comma: "Newport
 * (Rhode Island)", "Newport (US-Bundesstaat Rhode Island)", "Paris,
 * Texas". */
static bool region_set_off(const nf_doc *doc, const char *iso, size_t from, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (from + 1 >= sb || doc->tokens[from].kind != NF_TOK_PUNCT) return false;
    int32_t c = doc->text.cp[doc->tokens[from].a];
    if (c != '(' && c != ',') return false;
    size_t j = from + 1;
    if ((doc->tokens[j].flags & NF_TF_CAP) && j + 1 < sb) {
        const char *of = nf_compound_country(doc, j, NF_CC_COUNTRY, NULL);
        if (of && strncmp(of, iso, 3) == 0) return true;
        if (of) j++; /* another country's region: its name decides below */
    }
    if (!(doc->tokens[j].flags & NF_TF_CAP)) return false;
    const nf_lex_entry *fw = nf_tok_get(doc, j, &gz->first_words);
    size_t tb = 0;
    const nf_lex_entry *e =
        fw ? nf_tok_phrase(doc, j, sb, (size_t)fw->num, &gz->names, false, &tb) : NULL;
    if (!e) return false;
    /* (after a comma, no list goes on: "in Washington, Oregon und Idaho") */
    if (c == ',' && tb < sb &&
        (nf_tok_is(doc, tb, ",") || nf_tok_is(doc, tb, "und") || nf_tok_is(doc, tb, "oder") ||
         nf_tok_is(doc, tb, "sowie")))
        return false;
    return entry_of(gz, e, NF_GZ_PLACE, iso);
}

/* True when country `iso` is named in the next few tokens [from, sb) of
 * the sentence by its name or its adjective ("Tripoli im nördlichen
 * Libanon"; before any conjunction: "nach Paris und in die USA" lists
 * another place), or a region of it is set off after the city: the entity
 * stage has not got there yet. */
static bool country_ahead(const nf_doc *doc, const char *iso, size_t from, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!iso[0]) return false;
    if (region_set_off(doc, iso, from, sb)) return true;
    for (size_t j = from; j < sb && j < from + AHEAD_TOKENS; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD) continue;
        /* (a conjunction lists another place, no qualifier: "nach Paris
         * und in die USA") */
        if (nf_tok_in(doc, j, (const char *const[]){"und", "oder", "sowie", "bis", NULL})) break;
        const char *a = nf_adjective_at(doc, j);
        if (a && strncmp(a, iso, 3) == 0) return true;
        if (!(doc->tokens[j].flags & NF_TF_CAP)) continue;
        const nf_lex_entry *e = nf_tok_get(doc, j, &gz->names);
        if (e && entry_of(gz, e, NF_GZ_COUNTRY, iso)) return true;
    }
    return false;
}

static bool far_larger(const nf_gz_entry *a, const nf_gz_entry *b); /* below */

/* How far on adjective_before_later looks for the name again, in tokens. */
#define LATER_REACH 2000

/* True when the one-word name that ends at token `after` stands again
 * further on in the document right after a nationality adjective of
 * country `iso` ("vom IPCC in València vorgelegt ... im spanischen
 * València": Spain's, not Venezuela's). */
static bool adjective_before_later(const nf_doc *doc, size_t after, const char *iso) {
    if (!iso[0] || after < 1) return false;
    size_t k = after - 1;
    size_t end = doc->ntokens - after > LATER_REACH ? after + LATER_REACH : doc->ntokens;
    for (size_t j = after + 1; j < end; j++) {
        if (!nf_tok_same(doc, j, k)) continue;
        const char *a = nf_adjective_at(doc, j - 1);
        if (a && strncmp(a, iso, 3) == 0) return true;
    }
    return false;
}

/* Which of two cities of one name in different countries the text points
 * to: 1 for e, -1 for b, 0 for neither.  A country named further on in
 * the sentence decides ("Tripoli im nördlichen Libanon", even against a
 * capital); else a country the document has named so far ("im spanischen
 * Valencia", "In Tripoli" in news from Lebanon, "Saint-Denis" in news from
 * France, whatever capital has the name too), or whose adjective stands
 * before the name further on ("in València ... im spanischen València"),
 * unless the other city is ten times as large ("London" in an article
 * that names Canada). */
static int city_evidence(const nf_doc *doc, const nf_gz_entry *e, const nf_gz_entry *b,
                         size_t after, size_t sb) {
    bool ea = country_ahead(doc, e->country, after, sb),
         ba = country_ahead(doc, b->country, after, sb);
    if (ea != ba) return ea ? 1 : -1;
    bool en = country_named(doc, e->country), bn = country_named(doc, b->country);
    if (en == bn) { /* (the same name after a country's adjective further on) */
        en = adjective_before_later(doc, after, e->country);
        bn = adjective_before_later(doc, after, b->country);
    }
    if (en == bn || far_larger(e, b) || far_larger(b, e)) return 0;
    return en ? 1 : -1;
}

/* True when city a so outweighs city b of the same name that no mention
 * of b's country makes b the one meant: ten times as large ("London" in
 * an article on Canada). */
static bool far_larger(const nf_gz_entry *a, const nf_gz_entry *b) {
    return (int64_t)a->population > 10 * (int64_t)b->population;
}

/* How many of the entries `ids` (n of them) are offices of the person
 * labelled `canonical` in country `iso3`. */
static size_t offices_in(const nf_gazetteer *gz, const uint32_t *ids, size_t n,
                         const char *canonical, const char *iso3) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
        c += g && g->source == NF_GZ_PERSON && g->canonical && canonical &&
             strcmp(g->canonical, canonical) == 0 && strcmp(g->country, iso3) == 0;
    }
    return c;
}

/* Whether the text names entry a elsewhere by a name of a's that is none
 * of entry b's (*a_alone), and b by one of b's that is none of a's
 * (*b_alone): a gazetteer name starting at a capitalised word.  Reads the
 * whole text once; asked only when two organisations of one name tie. */
static void named_alone_in_text(const nf_doc *doc, uint32_t a, uint32_t b, bool *a_alone,
                                bool *b_alone) {
    const nf_gazetteer *gz = &doc->engine->gz;
    *a_alone = *b_alone = false;
    for (size_t k = 0; k < doc->ntokens && !(*a_alone && *b_alone); k++) {
        if (!(doc->tokens[k].flags & NF_TF_CAP)) continue;
        const nf_lex_entry *fw = nf_tok_get(doc, k, &gz->first_words);
        size_t tb = 0;
        const nf_lex_entry *e =
            fw ? nf_tok_phrase(doc, k, doc->ntokens, (size_t)fw->num, &gz->names, false, &tb)
               : NULL;
        if (!e) continue;
        uint32_t found[64];
        size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), found, 64);
        bool has_a = false, has_b = false;
        for (size_t i = 0; i < n; i++) has_a |= found[i] == a, has_b |= found[i] == b;
        *a_alone |= has_a && !has_b;
        *b_alone |= has_b && !has_a;
    }
}

/* The most tokens after an organisation's name that kin_listed_after
 * reads. */
#define KIN_TOKENS 8

/* True when the tokens [after, sb) go on, within a few words and before
 * any clause ends, with a list of names (a comma, "und", "oder", "sowie")
 * of which one names an organisation of g's role and country: "an Union,
 * SPD und FDP" lists German parties, so "Union" is one too. */
static bool kin_listed_after(const nf_doc *doc, const nf_gz_entry *g, size_t after, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!g->role || !g->country[0] || after >= sb ||
        !(nf_tok_is(doc, after, ",") || nf_tok_is(doc, after, "und") ||
          nf_tok_is(doc, after, "oder") || nf_tok_is(doc, after, "sowie")))
        return false;
    for (size_t j = after + 1; j < sb && j < after + KIN_TOKENS; j++) {
        if (doc->tokens[j].kind == NF_TOK_PUNCT && !nf_tok_is(doc, j, ",")) break;
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP)) continue;
        const nf_lex_entry *e = nf_tok_get(doc, j, &gz->names);
        uint32_t ids[16];
        size_t m = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 16) : 0;
        for (size_t i = 0; i < m; i++) {
            const nf_gz_entry *x = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
            if (x && x != g && x->source == NF_GZ_ORG && x->role && !strcmp(x->role, g->role) &&
                !strcmp(x->country, g->country))
                return true;
        }
    }
    return false;
}

/* True when the office periods of persons' entries a and b overlap by
 * more than the day one ends and the other begins (an open start or end
 * reaches any date). */
static bool offices_overlap(const nf_gz_entry *a, const nf_gz_entry *b) {
    return (!a->end || !b->start || b->start < a->end) &&
           (!b->end || !a->start || a->start < b->end);
}

/* Picks the best entry among those a surface form names: a country over an
 * organisation over a region over a person over a city; among a person's
 * offices the one held on the document's date (of those, one in a
 * country the document has named, else in the country most of them are
 * in; else the latest); among
 * cities of several countries the one of a country the document has named
 * or the sentence names after it (tokens [after, sb); unless the other
 * is ten times as large), else the largest; among organisations of
 * several countries the one of a country the sentence (from token sa)
 * names, else one of a list of its kin after it (kin_listed_after),
 * else the one the text names elsewhere by a name only it has
 * (named_alone_in_text), else of the document's home country
 * (nf_home_country), else
 * the one it has named or named the kin of (org_kin_named), else the one
 * of a country the document has named, else the first. */
static int32_t choose(const nf_gazetteer *gz, const uint32_t *ids, size_t n, int32_t day,
                      const nf_doc *doc, size_t sa, size_t after, size_t sb) {
    const char *home = NULL; /* looked up when two organisations tie */
    static const int rank[] = {[NF_GZ_COUNTRY] = 5,
                               [NF_GZ_ORG] = 4,
                               [NF_GZ_PLACE] = 3,
                               [NF_GZ_PERSON] = 2,
                               [NF_GZ_CITY] = 1};
    int32_t best = -1;
    int evidence;
    for (size_t i = 0; i < n; i++) {
        if (ids[i] >= gz->count) continue;
        const nf_gz_entry *e = &gz->entries[ids[i]];
        if (best < 0) {
            best = (int32_t)ids[i];
            continue;
        }
        const nf_gz_entry *b = &gz->entries[best];
        if (rank[e->source] != rank[b->source]) {
            if (rank[e->source] > rank[b->source]) best = (int32_t)ids[i];
            continue;
        }
        if (e->source == NF_GZ_PERSON) {
            bool ei = in_office(e, day), bi = in_office(b, day);
            /* offices in several countries at once (a monarch of several
             * realms), both held on the document's date, or both not (no
             * date, or after them) and held at the same time: the one of a
             * country the document has named, else of the country most of
             * them are in (Elizabeth II: the United Kingdom, not the last
             * realm listed) */
            bool both = (ei && bi) || (!ei && !bi && offices_overlap(e, b));
            both = both && strcmp(e->country, b->country) != 0;
            bool en = both && country_named(doc, e->country),
                 bn = both && country_named(doc, b->country);
            size_t ec = both ? offices_in(gz, ids, n, e->canonical, e->country) : 0,
                   bc = both ? offices_in(gz, ids, n, b->canonical, b->country) : 0;
            if (ei != bi ? ei : en != bn ? en : ec != bc ? ec > bc : e->start > b->start)
                best = (int32_t)ids[i];
        } else if (e->source == NF_GZ_CITY && strcmp(e->country, b->country) != 0 &&
                   (evidence = city_evidence(doc, e, b, after, sb)) != 0) {
            if (evidence > 0) best = (int32_t)ids[i];
        } else if (e->source == NF_GZ_CITY && e->population > b->population) {
            best = (int32_t)ids[i];
        } else if (e->source == NF_GZ_ORG && strcmp(e->country, b->country) != 0) {
            /* the one of a country the sentence names ("in Deutschland
             * zwischen SPD/Grünen"), else of the document's home country
             * ("Innenministerium", "die Grünen"), else the one it has named
             * ("die EU" ... "die Union" in Austrian news) */
            bool el = country_in_sentence(doc, e->country, sa),
                 bl = country_in_sentence(doc, b->country, sa);
            if (el != bl) {
                if (el) best = (int32_t)ids[i];
                continue;
            }
            /* else the one a list after it names the kin of ("an Union,
             * SPD und FDP") */
            el = kin_listed_after(doc, e, after, sb), bl = kin_listed_after(doc, b, after, sb);
            if (el != bl) {
                if (el) best = (int32_t)ids[i];
                continue;
            }
            /* else the one the text names elsewhere by a name only it has
             * ("Die Pflichten der Union ... der Europäischen Union") */
            bool et, bt;
            named_alone_in_text(doc, ids[i], (uint32_t)best, &et, &bt);
            if (et != bt) {
                if (et) best = (int32_t)ids[i];
                continue;
            }
            if (!home) home = nf_home_country(doc);
            bool eh = strcmp(e->country, home) == 0, bh = strcmp(b->country, home) == 0;
            if (eh != bh) {
                if (eh) best = (int32_t)ids[i];
                continue;
            }
            int ek = org_kin_named(doc, e), bk = org_kin_named(doc, b);
            if (ek != bk) {
                if (ek > bk) best = (int32_t)ids[i];
                continue;
            }
            /* else, of two national ones, the one of a country the
             * document has named by any of its entities ("Bozen – ...
             * Durnwalder (SVP)": South Tyrol's party, not the Swiss one;
             * an international one, of no country, is left as it is: "die
             * Union" beside "Deutschland") */
            if (e->country[0] && b->country[0] && country_named(doc, e->country) &&
                !country_named(doc, b->country))
                best = (int32_t)ids[i];
        }
    }
    return best;
}

/* Grows an arena array to hold one more element. */
static bool grow(nf_doc *doc, void **v, size_t n, size_t *cap, size_t size) {
    if (n < *cap) return true;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = nf_arena_alloc(&doc->arena, ncap * size);
    if (!p) return false;
    if (n) memcpy(p, *v, n * size);
    *v = p;
    *cap = ncap;
    return true;
}

/* The bytes of the white space at p (before end) that a name's text
 * writes as one space: a space, tab or line break, a no-break or thin
 * space; 0 for any other character. */
static size_t space_width(const unsigned char *p, const unsigned char *end) {
    return *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ? 1
           : end - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0      ? 2 /* U+00A0 */
           : end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x89)
               ? 3 /* U+202F, U+2009 */
               : 0;
}

/* Copies the original text of tokens [ta, tb) into the arena. */
const char *nf_tokens_text(nf_doc *doc, size_t ta, size_t tb) {
    nf_span s = nf_doc_tokens_span(doc, ta, tb);
    size_t a = doc->text.orig_byte[s.start], b = doc->text.orig_byte[s.end];
    char *out = nf_arena_alloc(&doc->arena, b - a + 1);
    if (!out) return NULL;
    /* the space between words as one space, whatever the text has there
     * ("Angela  Merkel", a line break, a tab, a no-break space), so that
     * a name compares equal to itself written elsewhere */
    const unsigned char *p = (const unsigned char *)doc->text.orig + a,
                        *end = (const unsigned char *)doc->text.orig + b;
    size_t n = 0;
    while (p < end) {
        size_t w = space_width(p, end);
        if (!w) {
            out[n++] = (char)*p++;
            continue;
        }
        p += w;
        if (n && out[n - 1] != ' ') out[n++] = ' ';
    }
    while (n && out[n - 1] == ' ') n--;
    out[n] = '\0';
    return out;
}

/* See entities.h. */
bool nf_tokens_text_is(const nf_doc *doc, size_t ta, size_t tb, const char *name) {
    nf_span s = nf_doc_tokens_span(doc, ta, tb);
    const unsigned char *p = (const unsigned char *)doc->text.orig + doc->text.orig_byte[s.start],
                        *end = (const unsigned char *)doc->text.orig + doc->text.orig_byte[s.end];
    /* (tokens start and end on other characters than spaces: a run of
     * spaces inside is one space of the name) */
    while (p < end) {
        size_t w = space_width(p, end);
        if (!w) {
            if (*name++ != (char)*p++) return false;
            continue;
        }
        while (p < end && (w = space_width(p, end)) > 0) p += w;
        if (*name++ != ' ') return false;
    }
    return *name == '\0';
}

/* See entities.h. */
size_t nf_arabic_article_len(const char *w, size_t n) {
    static const char *const articles[] = {"al-", "el-", "ad-", "as-", "ash-",
                                           "ar-", "az-", "an-", "at-", "ul-"};
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++) {
        size_t al = strlen(articles[i]);
        if (n > al && memcmp(w, articles[i], al) == 0) return al;
    }
    return 0;
}

/* Compares the word after the last space (see entities.h). */
bool nf_last_word_is(const char *name, const char *w, size_t n) {
    /* The name ends in a space and w, and w has no space (else the last
     * space would be inside it); or in a space, an Arabic article and a
     * hyphen before w ("Gaddafi" of "Muammar al-Gaddafi") */
    size_t len = strlen(name);
    if (len <= n || n == 0 || memchr(w, ' ', n)) return false;
    if (name[len - n - 1] == '-') {
        const char *last = name + len - n - 1; /* the last word's start */
        while (last > name && last[-1] != ' ') last--;
        size_t al = last > name ? nf_arabic_article_len(last, len - (size_t)(last - name)) : 0;
        return al && last + al == name + len - n && memcmp(name + len - n, w, n) == 0;
    }
    if (name[len - n - 1] != ' ') return false;
    const char *tail = name + len - n;
    /* a particle's surname capitalised where it opens a sentence or after
     * a noun ("der Sunnit Al-Asir" of "Ahmed al-Asir") */
    if (tail[0] >= 'a' && tail[0] <= 'z' && w[0] == tail[0] - 'a' + 'A')
        return memcmp(tail + 1, w + 1, n - 1) == 0;
    return memcmp(tail, w, n) == 0;
}

/* See entities.h. */
bool nf_surname_in(const nf_doc *doc, const char *name, const char *w, size_t n) {
    if (nf_last_word_is(name, w, n)) return true;
    const char *last = strrchr(name, ' ');
    if (!last || n == 0 || last - name <= (ptrdiff_t)n) return false;
    /* the word before the last, if it is n bytes and not the first */
    const char *word = last - n;
    if (word[-1] != ' ' || memcmp(word, w, n) != 0) return false;
    return !nf_lexicon_find(&doc->engine->gz.given, w, n);
}

/* See entities.h. */
bool nf_other_mention_of(const nf_doc *doc, const nf_mention *m) {
    for (size_t i = 0; i < doc->nmentions; i++)
        if (doc->mentions[i].entity == m->entity && &doc->mentions[i] != m) return true;
    return false;
}

/* See entities.h. */
bool nf_first_word_is(const char *name, const char *w, size_t n) {
    return strlen(name) > n && name[n] == ' ' && memcmp(name, w, n) == 0 && !memchr(w, ' ', n);
}

/* See entities.h. */
bool nf_last_words_are(const char *name, const char *w, size_t n) {
    size_t len = strlen(name);
    if (n == 0 || len <= n || name[len - n - 1] != ' ') return false;
    const char *tail = name + len - n;
    /* a particle capitalised where it opens a sentence ("Van Gaal") */
    char a = tail[0], b = w[0];
    if (a >= 'a' && a <= 'z') a = (char)(a - 'a' + 'A');
    if (b >= 'a' && b <= 'z') b = (char)(b - 'a' + 'A');
    return a == b && memcmp(tail + 1, w + 1, n - 1) == 0;
}

/* Binary search over the mentions' first tokens (see entities.h). */
size_t nf_mention_first_at(const nf_doc *doc, size_t k) {
    size_t lo = 0, hi = doc->nmentions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->mentions[mid].ta < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Adds an entity; returns its index or -1 when memory runs out. */
int32_t nf_entity_add(nf_doc *doc, const nf_entity *e) {
    if (!grow(doc, (void **)&doc->entities, doc->nentities, &doc->entities_cap,
              sizeof *doc->entities))
        return -1;
    doc->entities[doc->nentities] = *e;
    return (int32_t)doc->nentities++;
}

/* Adds a mention in text order; a mention over the same tokens is not
 * added twice.  Returns false when memory runs out. */
bool nf_mention_add(nf_doc *doc, size_t ta, size_t tb, int32_t entity, int kind) {
    if (entity < 0) return true;
    size_t pos = doc->nmentions;
    while (pos > 0 && doc->mentions[pos - 1].ta > ta) pos--;
    for (size_t i = pos; i > 0 && doc->mentions[i - 1].ta == ta; i--) {
        nf_mention *m = &doc->mentions[i - 1];
        if (m->tb == tb) return true;
        /* one description of an entity from the same word, with or without
         * the phrase after its noun ("der UNO-Hochkommissar" and "der
         * UNO-Hochkommissar für Flüchtlinge"): one mention, the phrase a
         * speaker's span has, without it */
        if (kind == NF_MK_NOMINAL && m->kind == NF_MK_NOMINAL && m->entity == (uint32_t)entity) {
            if (tb < m->tb && !doc->mention_cover) m->tb = (uint32_t)tb;
            return true;
        }
    }
    if (!grow(doc, (void **)&doc->mentions, doc->nmentions, &doc->mentions_cap,
              sizeof *doc->mentions))
        return false;
    memmove(&doc->mentions[pos + 1], &doc->mentions[pos],
            (doc->nmentions - pos) * sizeof *doc->mentions);
    doc->mentions[pos] = (nf_mention){(uint32_t)ta, (uint32_t)tb, (uint32_t)entity, (uint8_t)kind};
    doc->nmentions++;
    if (doc->mention_cover) {
        /* Indexed already (the events stage resolves a pronoun): the
         * mentions after it move up one, and it covers its tokens unless
         * one before it does. */
        int32_t *cover = doc->mention_cover, p = (int32_t)pos;
        for (size_t k = 0; k < doc->ntokens; k++) cover[k] += cover[k] >= p;
        for (size_t k = ta; k < tb && kind != NF_MK_ADJECTIVE; k++)
            if (cover[k] < 0 || cover[k] > p) cover[k] = p;
    }
    /* The fullest name: the most words; the first written among equals
     * (so "Kasachstan", not the genitive "Kasachstans"). */
    if (kind == NF_MK_NAME) nf_entity_take_name(doc, (uint32_t)entity, ta, tb, false);
    return true;
}

/* See entities.h. */
void nf_mentions_drop_inside(nf_doc *doc, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= a && m->tb <= b) continue;
        doc->mentions[n++] = *m;
    }
    doc->nmentions = n;
}

/* True when `name` is the one word at token ta with an "s" added (a
 * genitive: "Vatikans" of "Vatikan"); tb must be ta + 1. */
static bool genitive_of_text(const nf_doc *doc, const char *name, size_t ta, size_t tb) {
    size_t n = strlen(name);
    if (tb != ta + 1 || n < 3 || name[n - 1] != 's') return false;
    return doc->tok_len[ta] + 1 == n && memcmp(nf_tok(doc, ta), name, n - 1) == 0;
}

/* True when `a` is `b` with a hyphen where b has a space, and no
 * other difference. */
static bool hyphen_for_space(const char *a, const char *b) {
    bool any = false;
    for (; *a && *b; a++, b++) {
        if (*a == *b) continue;
        if (*a != '-' || *b != ' ') return false;
        any = true;
    }
    return any && !*a && !*b;
}

/* `name` (one word) without its genitive "s" where the gazetteers list
 * that stem for entity e's label ("Frankreichs" for France), else `name`;
 * the stem is allocated in doc's arena. */
static const char *listed_stem(nf_doc *doc, const nf_entity *e, const char *name) {
    size_t n = strlen(name);
    if (n < 4 || name[n - 1] != 's') return name;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *x = nf_lexicon_find(&gz->names, name, n - 1);
    uint32_t ids[16];
    size_t m = x ? nf_gz_ids(nf_lex_val(&gz->names, x), ids, 16) : 0;
    for (size_t i = 0; i < m; i++)
        if (ids[i] < gz->count && gz->entries[ids[i]].canonical == e->canonical) {
            const char *stem = nf_arena_strndup(&doc->arena, name, n - 1);
            return stem ? stem : name;
        }
    return name;
}

/* See entities.h. */
void nf_entity_take_name(nf_doc *doc, uint32_t entity, size_t ta, size_t tb, bool on_tie) {
    nf_entity *e = &doc->entities[entity];
    size_t words = 0;
    for (size_t k = ta; k < tb; k++) words += doc->tokens[k].kind == NF_TOK_WORD;
    /* (among equals, the form the genitive name first written adds its
     * "s" to: "Vatikan", not "Vatikans") */
    if (e->name && words == e->name_words && !on_tie && genitive_of_text(doc, e->name, ta, tb))
        on_tie = true;
    if (e->name && words < e->name_words + (on_tie ? 0u : 1u)) return;
    const char *name = nf_tokens_text(doc, ta, tb);
    /* (the name as written before with a hyphen for the space stays:
     * "Baden-Württemberg", then "Baden Württemberg") */
    if (e->name && name && hyphen_for_space(e->name, name)) return;
    /* a listed name's genitive in "-s" gives the name ("Frankreichs": the
     * entity is "Frankreich") */
    if (name && e->canonical && tb == ta + 1) name = listed_stem(doc, e, name);
    /* a person no list knows, named by one word in the genitive before a
     * common noun (of the tagger's lexicon or the list of common nouns),
     * what is theirs, is named without the "s" ("Kafkas Prozess",
     * "Kiplings Dschungelbuch": Kafka, Kipling; a compound noun neither
     * knows only before no other capitalised word, which may go on with a
     * name: "Claudius Florimund Graf"); not where the name has more words,
     * which may end in an "s" of their own and stand for its genitive
     * ("Tom Hanks Regie-Debüt", "Bradley Wiggins Platz") */
    if (name && !e->canonical && e->type == NF_ENT_PERSON && words == 1 &&
        nf_genitive_name_end(doc, tb - 1) &&
        (nf_plain_noun(doc, tb) || nf_common_noun_listed(doc, tb) ||
         (nf_noun_compound(doc, tb) &&
          !(tb + 1 < doc->ntokens && (doc->tokens[tb + 1].flags & NF_TF_CAP))))) {
        const char *stem = nf_arena_strndup(&doc->arena, name, strlen(name) - 1);
        if (stem) name = stem;
    }
    if (name) e->name = name, e->name_words = (uint8_t)(words < 255 ? words : 255);
}

/* True when `g` is a government office its person did not hold on the
 * document's date (known): the person is then no government actor. */
static bool out_of_office(const nf_doc *doc, const nf_gz_entry *g) {
    int32_t day = nf_doc_day(doc);
    if (g->source != NF_GZ_PERSON || !day || in_office(g, day) || !g->actor || !g->country[0])
        return false;
    size_t cl = strlen(g->country);
    return strncmp(g->actor, g->country, cl) == 0 && strncmp(g->actor + cl, "GOV", 3) == 0;
}

/* See entities.h. */
const char *nf_actor_code(nf_doc *doc, const char *iso3, const char *sector) {
    char *c = nf_arena_alloc(&doc->arena, 8);
    if (c) snprintf(c, 8, "%.3s%.3s", iso3, sector);
    return c;
}

/* The CAMEO code the Phoenix dictionaries give person `g` on `day`, or
 * org-codes.seed.tsv an organisation (nf_gazetteer.codes, those of its own
 * country: a namesake elsewhere is someone else): the first of its codes
 * whose dates cover the day, else its code without dates; NULL when it has
 * neither.  The gazetteer owns the string. */
static const char *dated_code(const nf_doc *doc, const nf_gz_entry *g, int32_t day) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *le = nf_lexicon_find(&gz->person_codes, g->canonical, strlen(g->canonical));
    const char *fallback = NULL;
    for (size_t i = le ? (size_t)le->num : gz->ncodes; i < gz->ncodes; i++) {
        const nf_gz_code *c = &gz->codes[i];
        if (strcmp(c->country, g->country) == 0) {
            if (!c->start && !c->end) {
                if (!fallback) fallback = c->code;
            } else if ((!c->start || c->start <= day) && (!c->end || day <= c->end)) {
                return c->code;
            }
        }
        if (!c->more) break;
    }
    return fallback;
}

/* The actor code of person `g` out of the office of its entry on the
 * document's date: what Phoenix gives it on that day (Nicolas Sarkozy in
 * 2005, minister of the interior, is FRAGOVDEV), else the country's elite
 * code.  NULL only when memory runs out. */
static const char *code_out_of_office(nf_doc *doc, const nf_gz_entry *g) {
    const char *c = dated_code(doc, g, nf_doc_day(doc));
    return c ? c : nf_actor_code(doc, g->country, "ELI"); /* the elite: "DEUELI" */
}

/* The entity of the document with canonical label `label` and type
 * `type`, or -1. */
static int32_t entity_labelled(const nf_doc *doc, const char *label, int type) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->canonical && e->type == type && strcmp(e->canonical, label) == 0) return (int32_t)i;
    }
    return -1;
}

/* The document entity for a gazetteer entry: found by canonical label (so
 * all of a person's offices and every spelling meet), else created. */
static int32_t entity_for(nf_doc *doc, const nf_gz_entry *g) {
    int32_t known = entity_labelled(doc, g->canonical, g->type);
    if (known >= 0) return known;
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = g->type;
    e.canonical = g->canonical;
    memcpy(e.country, g->country, 4);
    e.actor = g->no_office || out_of_office(doc, g) ? code_out_of_office(doc, g) : g->actor;
    if (g->source == NF_GZ_ORG) {
        /* an organisation whose code changes over time (person-codes.tsv:
         * the Taliban govern Afghanistan in 1996-2001 and since 2021) */
        const char *dc = dated_code(doc, g, nf_doc_day(doc));
        if (dc) e.actor = dc;
    }
    if (g->source == NF_GZ_PERSON || g->source == NF_GZ_ORG) e.role = g->role;
    /* ("Friedrich Merz" in 2023 is no chancellor yet, "Naftali Bennett"
     * no prime minister any more) */
    int32_t day = nf_doc_day(doc);
    e.role_past = g->source == NF_GZ_PERSON && day && !g->no_office && !in_office(g, day);
    e.role_future = e.role_past && g->start && office_ahead(day, g->start);
    e.unconfirmed = g->no_office;
    return nf_entity_add(doc, &e);
}

/* The entity of a country by ISO code (created on first use), or -1. */
int32_t nf_country_entity(nf_doc *doc, const char *iso3) {
    const nf_gz_entry *g = nf_gz_country(&doc->engine->gz, iso3);
    return g ? entity_for(doc, g) : -1;
}

/* True when entity e is a country or its capital (see entities.h). */
bool nf_seat_of_state(const nf_doc *doc, int32_t e) {
    if (e < 0 || (size_t)e >= doc->nentities) return false;
    const nf_entity *x = &doc->entities[e];
    if (x->type != NF_ENT_GPE || !x->canonical || !x->country[0]) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_gz_entry *c = nf_gz_country(gz, x->country);
    if (c && c->canonical && strcmp(c->canonical, x->canonical) == 0) return true;
    const nf_lex_entry *n = nf_lexicon_find(&gz->names, x->canonical, strlen(x->canonical));
    if (!n) return false;
    uint32_t ids[64];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, n), ids, 64);
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
        if (g && g->capital && !strcmp(g->country, x->country) &&
            !strcmp(g->canonical, x->canonical))
            return true;
    }
    return false;
}

/* The gazetteer's organisation of country `iso3` (any where NULL) that
 * the `n` bytes at `name` name, and whose label is `label` unless that is
 * NULL (the engine owns it); NULL when there is none. */
static const nf_gz_entry *org_entry(const nf_doc *doc, const char *name, size_t n, const char *iso3,
                                    const char *label) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, name, n);
    if (!e) return NULL;
    uint32_t ids[64];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
        if (g && g->type == NF_ENT_ORG && (!iso3 || strncmp(g->country, iso3, 3) == 0) &&
            (!label ||
             (g->canonical && !strcmp(g->canonical, label) && g->role && !strcmp(g->role, "gov"))))
            return g;
    }
    return NULL;
}

/* The document entity of org_entry's organisation; -1 for none. */
static int32_t org_named(nf_doc *doc, const char *name, size_t n, const char *iso3,
                         const char *label) {
    const nf_gz_entry *g = org_entry(doc, name, n, iso3, label);
    return g ? entity_for(doc, g) : -1;
}

/* See entities.h. */
int32_t nf_gz_org_named(nf_doc *doc, const char *name, size_t n) {
    return org_named(doc, name, n, NULL, NULL);
}

/* See entities.h. */
int32_t nf_gz_place_hyphenated(nf_doc *doc, const char *name, size_t n) {
    return memchr(name, '-', n) ? nf_gz_place_named(doc, name, n) : -1;
}

/* The one place the gazetteers list under `name` (n bytes) with its
 * hyphens read as spaces; NULL when there is no such name, none or
 * several places. */
static const nf_gz_entry *gz_place_named(const nf_doc *doc, const char *name, size_t n) {
    char spaced[128];
    if (n >= sizeof spaced) return NULL;
    for (size_t i = 0; i < n; i++) spaced[i] = name[i] == '-' ? ' ' : name[i];
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, spaced, n);
    if (!e) return NULL;
    uint32_t ids[64];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    const nf_gz_entry *place = NULL;
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
        if (!g ||
            (g->source != NF_GZ_COUNTRY && g->source != NF_GZ_CITY && g->source != NF_GZ_PLACE))
            continue;
        if (place && place->canonical != g->canonical) return NULL; /* namesakes: no guess */
        place = g;
    }
    return place;
}

/* See entities.h. */
int32_t nf_gz_place_named(nf_doc *doc, const char *name, size_t n) {
    const nf_gz_entry *place = gz_place_named(doc, name, n);
    return place ? entity_for(doc, place) : -1;
}

/* See entities.h. */
int32_t nf_gz_named_at(nf_doc *doc, const char *name, size_t n, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, name, n);
    if (!e || k >= doc->ntokens) return -1;
    uint32_t ids[64];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    const nf_seg *s = &doc->sentences[doc->tok_sent[k]];
    int32_t best = m ? choose(gz, ids, m, nf_doc_day(doc), doc, s->ta, k + 1, s->tb) : -1;
    return best >= 0 ? entity_for(doc, &gz->entries[best]) : -1;
}

/* True when an entity of the document other than a person has the
 * country `iso` (3 bytes): a country, a place or an institution of it
 * (country_named counts persons' countries too). */
static bool doc_has_country(const nf_doc *doc, const char *iso) {
    for (size_t i = 0; i < doc->nentities; i++)
        if (doc->entities[i].type != NF_ENT_PERSON && !strncmp(doc->entities[i].country, iso, 3))
            return true;
    return false;
}

static bool large_city(const nf_gz_entry *g);               /* below */
static bool company_role_word(const nf_doc *doc, size_t k); /* below */

/* See entities.h. */
int32_t nf_gz_place_at_home(nf_doc *doc, size_t ta, size_t tb, const char *name, size_t n) {
    const nf_gz_entry *place = gz_place_named(doc, name, n);
    /* (a name with hyphens is a place's as written: "Tel-Aviv"; one word
     * that is a common one, or after an article, a company's noun or in
     * quotation marks, is a thing's: "der Saga", "der Metro", "die Fähre
     * „Eagle“", "der Autozulieferer Magna") */
    bool thing =
        tb == ta + 1 &&
        (nf_common_noun_listed(doc, ta) || nf_ner_common_word(doc->engine->ner, nf_tokl(doc, ta)) ||
         (ta > 0 && (nf_article_or_determiner(doc, ta - 1) ||
                     doc->tokens[ta - 1].kind == NF_TOK_QUOTE || company_role_word(doc, ta - 1))));
    if (!place || (place->source != NF_GZ_COUNTRY && !memchr(name, '-', n) &&
                   (thing || (place->source == NF_GZ_CITY && !large_city(place) &&
                              !doc_has_country(doc, place->country)))))
        return -1;
    return entity_for(doc, place);
}

/* See entities.h. */
bool nf_gz_names_org(const nf_doc *doc, const char *name, size_t n) {
    return org_entry(doc, name, n, NULL, NULL) != NULL;
}

/* The listed organisation of country `iso3` that the `n` bytes at `name`
 * name as written, or the country's government for a government role;
 * -1 when the gazetteer has neither (see entities.h). */
int32_t nf_listed_org(nf_doc *doc, const char *name, size_t n, const char *iso3, bool government) {
    int32_t listed = org_named(doc, name, n, iso3, NULL);
    if (listed >= 0 || !government) return listed;
    /* The country's government as the organisations list labels it (every
     * label is one of the names): "Government of Russia", "Government of
     * the United Kingdom", "Federal Government of Germany", "United States
     * Government". */
    const nf_gz_entry *c = nf_gz_country(&doc->engine->gz, iso3);
    if (!c || !c->canonical) return -1;
    static const char *const forms[] = {"Government of %s", "Government of the %s",
                                        "Federal Government of %s", "%s Government"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        char label[160];
        int len = snprintf(label, sizeof label, forms[f], c->canonical);
        if (len <= 0 || (size_t)len >= sizeof label) continue;
        listed = org_named(doc, label, (size_t)len, iso3, label);
        if (listed >= 0) return listed;
    }
    return -1;
}

/* True for a token that may start or continue a name: a word or
 * abbreviation beginning with an upper-case letter or a digit. */
static bool name_token(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD && t->kind != NF_TOK_ABBREV && t->kind != NF_TOK_NUMBER)
        return false;
    return (t->flags & NF_TF_CAP) || doc->text.cls[t->a] == NF_C_DIGIT;
}

/* See entities.h. */
bool nf_after_spatial_preposition(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const preps[] = {"in",       "aus",      "nach",     "bei",     "von",
                                        "vor",      "nahe",     "nördlich", "südlich", "östlich",
                                        "westlich", "richtung", "zwischen", NULL};
    if (k == sa) return false;
    for (const char *const *p = preps; *p; p++)
        if (nf_tok_is(doc, k - 1, *p)) return true;
    return false;
}

/* See entities.h. */
bool nf_place_phrase_before(const nf_doc *doc, size_t k) {
    if (k < 2 || !(doc->tokens[k - 1].flags & NF_TF_LOWER)) return false;
    const char *w = nf_tokl(doc, k - 1);
    size_t n = doc->tok_llen[k - 1];
    return n >= 4 && w[n - 2] == 'e' && (w[n - 1] == 'n' || w[n - 1] == 'm') &&
           (nf_tok_is(doc, k - 2, "im") || nf_tok_is(doc, k - 2, "in"));
}

/* True when the city's name at tokens [k, tb) stands as an organisation's
 * seat right after its head noun or an organisation's role noun
 * ("Landgericht Gießen", "Universität Portsmouth", "Landesgericht St.
 * Pölten", "Feuerwehr Kaiserslautern"): its first word no word of the
 * language or given name ("Außenministerrat Mitte", "Bewegung Martin
 * Konvička"), no name going on after it, and no
 * noun before it that classifies a name set off after it ("Nachrichten-
 * agentur Sana" names Sana). */
static bool seat_after_head(const nf_doc *doc, size_t k, size_t tb, size_t sa) {
    bool compound, org = false;
    if (k == sa || nf_class_noun(doc, k - 1) >= 0) return false;
    /* (after a role noun not a known surname: "die Regierung Valls", "das
     * Kabinett Obama" name their heads, not the towns) */
    if (!nf_org_head(doc, k - 1, &compound) &&
        (!nf_role_at(doc, k - 1, NULL, &org) || !org ||
         nf_known_surname(doc, nf_tok(doc, k), doc->tok_len[k]) ||
         nf_tok_get(doc, k, &doc->engine->gz.surnames)))
        return false;
    if (tb < doc->ntokens && doc->tokens[tb].kind == NF_TOK_WORD &&
        (doc->tokens[tb].flags & NF_TF_CAP))
        return false;
    return !nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k)) &&
           !nf_tok_get(doc, k, &doc->engine->gz.given);
}

/* The population from which a city counts wherever its name stands. */
#define LARGE_CITY 100000

/* True when city g counts wherever its name stands: a capital, a large
 * city, or one known enough to have a German name ("Venedig"). */
static bool large_city(const nf_gz_entry *g) {
    return g->capital || g->population >= LARGE_CITY || g->german_name;
}

/* The place whose name mention ends at token k - 2 of a sentence from sa,
 * the word between it and token k a list's ("in München, Essen und
 * Berlin"): after_place and after_listed_place test that word; NULL when
 * there is none. */
static const nf_entity *place_named_before(const nf_doc *doc, size_t k, size_t sa) {
    if (k < sa + 2) return NULL;
    size_t i = nf_mention_first_at(doc, k - 1);
    if (i == 0) return NULL;
    const nf_mention *m = &doc->mentions[i - 1];
    const nf_entity *e = &doc->entities[m->entity];
    return m->tb == k - 1 && m->kind == NF_MK_NAME && nf_place_type(e->type) ? e : NULL;
}

/* True when the word at token k of a sentence from sa is the next in a
 * list of places the gazetteers linked: after a comma or a conjunction
 * that follows a linked place's name ("in Stockholm, Paris, Venedig und
 * Wien"). */
static bool after_listed_place(const nf_doc *doc, size_t k, size_t sa) {
    if (!(nf_tok_is(doc, k - 1, ",") || nf_tok_is(doc, k - 1, "und") ||
          nf_tok_is(doc, k - 1, "oder") || nf_tok_is(doc, k - 1, "sowie")))
        return false;
    const nf_entity *e = place_named_before(doc, k, sa);
    return e && e->canonical;
}

/* The most tokens before the dash of a dateline run into a sentence (as
 * nf_tok_dateline_end reads them). */
#define DATELINE_WORDS_MAX 7

/* True when a name ending before token tb of a sentence from sa is in a
 * dateline: the document's own, or one the text runs into the sentence
 * ("Bozen – Im Prozess ...", "Meran/Wien – ..."). */
static bool in_dateline(const nf_doc *doc, size_t tb, size_t sa) {
    if (doc->has_dateline && sa == doc->dateline.ta) return tb <= doc->dateline.tb;
    /* (a dateline is a few words at the sentence's start: most names are
     * past them, and nothing need be read) */
    return tb <= sa + DATELINE_WORDS_MAX && nf_tok_dateline_end(doc, sa, doc->ntokens) >= tb + 1;
}

static bool town_noun(const nf_doc *doc, size_t k);               /* below */
static bool club_word_at(const nf_doc *doc, size_t k, size_t sb); /* below */

/* True when the one word at token k follows an article no town's name
 * takes and inflected adjectives or participles in lower case (one or
 * two): "der", "die" or "den", where a town, neuter, takes "das", "dem",
 * "des" ("das alte Wien"): "Der in Bayonne geborene Warrington" is a
 * man, not the English town (a club's word after it keeps the town for
 * the club: "die favorisierten Carolina Panthers"). */
static bool article_of_no_town(const nf_doc *doc, size_t k, size_t sa) {
    size_t j = k;
    while (j > sa && j + 2 >= k && (doc->tokens[j - 1].flags & NF_TF_LOWER) &&
           doc->tok_llen[j - 1] > 3 && !(doc->tok_mask[j - 1] & NF_TM_STOPWORD)) {
        const char *w = nf_tokl(doc, j - 1);
        size_t n = doc->tok_llen[j - 1];
        if (!(w[n - 1] == 'e' || (w[n - 2] == 'e' && (w[n - 1] == 'n' || w[n - 1] == 'r')))) break;
        j--;
    }
    if (j == k || j <= sa) return false;
    /* (a phrase of place before the participle: "Der in Bayonne (New
     * Jersey) geborene") */
    size_t a = j - 1;
    if (nf_tok_is(doc, a, ")")) {
        while (a > sa && a + 6 > j && !nf_tok_is(doc, a, "(")) a--;
        if (!nf_tok_is(doc, a, "(") || a == sa) return false;
        a--;
    }
    size_t names = 0;
    while (a > sa && names < 3 && (doc->tokens[a].flags & NF_TF_CAP) &&
           doc->tokens[a].kind == NF_TOK_WORD)
        a--, names++;
    if (names) {
        if (!nf_tok_is(doc, a, "in") && !nf_tok_is(doc, a, "aus")) return false;
        if (a == sa) return false;
        a--;
    }
    return nf_tok_is(doc, a, "der") || nf_tok_is(doc, a, "die") || nf_tok_is(doc, a, "den");
}

static bool club_acronym(const nf_doc *doc, size_t k); /* below */

/* True when a city named at token k should count: a large or capital city,
 * a name of several words ("für Wiener Neustadt": no common word spells
 * it), or any city after a spatial preposition ("in Essen"), after a noun that
 * names a settlement ("die Stadt Klagenfurt", "der Kleinstadt Molo"), as
 * the seat after an organisation's head noun (seat_after_head) or after an
 * acronym no name holds, which makes the two a club's, a university's or a
 * company's name ("die TU Kaiserslautern", "der SV Elversberg"), in a list
 * of places (after_listed_place) or in a dateline (in_dateline). */
static bool city_ok(const nf_doc *doc, const nf_gz_entry *g, size_t k, size_t tb, size_t sa) {
    if (tb == k + 1 && article_of_no_town(doc, k, sa) && !club_word_at(doc, tb, doc->ntokens))
        return false;
    return large_city(g) || tb > k + 1 || nf_after_spatial_preposition(doc, k, sa) ||
           (k > sa && town_noun(doc, k - 1)) || seat_after_head(doc, k, tb, sa) ||
           (k > sa && !doc->claimed[k - 1] && club_acronym(doc, k - 1) &&
            !(doc->nmentions && doc->mentions[doc->nmentions - 1].tb >= k)) ||
           after_listed_place(doc, k, sa) || in_dateline(doc, tb, sa);
}

/* True when token k opens sentence [sa, ...), perhaps after an opening
 * quotation mark or a dash, or opens a quotation after a colon ('sagte er:
 * "Man ...'), or follows a dateline the text runs into the sentence
 * ("Washington – Kurz vor dem Ende ...", "Holguin/Vatikanstadt – ..."). */
static bool sentence_initial(const nf_doc *doc, size_t k, size_t sa) {
    if (k >= sa + 2 && doc->tokens[k - 1].kind == NF_TOK_QUOTE &&
        strcmp(nf_tok(doc, k - 2), ":") == 0)
        return true;
    if (k >= sa + 2 && nf_tok_dateline_end(doc, sa, k + 1) == k) return true;
    for (size_t j = sa; j < k; j++)
        if (doc->tokens[j].kind != NF_TOK_QUOTE && doc->tokens[j].kind != NF_TOK_PUNCT)
            return false;
    return true;
}

/* True when tokens [k, end) have a byte beyond ASCII. */
static bool has_non_ascii(const nf_doc *doc, size_t k, size_t end) {
    for (; k < end; k++)
        for (const char *p = nf_tok(doc, k); *p; p++)
            if ((unsigned char)*p >= 0x80) return true;
    return false;
}

/* Like nf_tok_phrase for `lex`, with the joined tokens spelt as the
 * gazetteer's sources may spell them, in passes: (0) the accents folded
 * ("Hugo Chávez" finds "Hugo Chavez": the gazetteer holds every accented
 * name in both spellings, see add_form_folded); then, for names of two
 * words and more (one word so changed is often another: "Über" is no
 * "Uber"), (1) German's letters folded too, for names its sources wrote
 * in ASCII ("Wolfgang Schüssel" finds CountryInfo's "Wolfgang Schussel"),
 * and (2) hyphens as spaces as well ("Benita Ferrero-Waldner" finds
 * "Benita Ferrero Waldner"). */
static const nf_lex_entry *folded_phrase(const nf_doc *doc, size_t k, size_t end, size_t span,
                                         const nf_lexicon *lex, size_t *tb) {
    char buf[256];
    const nf_lex_entry *best = NULL;
    /* Which passes can change anything: accents, German letters, hyphens. */
    bool any[3] = {false, false, false};
    for (size_t j = k; j < end && j < k + span; j++) {
        const char *w = nf_tok(doc, j);
        size_t n = doc->tok_len[j];
        any[0] |= has_non_ascii(doc, j, j + 1);
        any[1] |= nf_has_german_letter(w, n);
        any[2] |= memchr(w, '-', n) != NULL;
    }
    for (int pass = 0; pass < 3 && !best; pass++) {
        if (!any[pass]) continue;
        /* The phrase grows token by token, each token folded once; it is
         * looked up once something differs from the text (nf_tok_phrase
         * has looked that up). */
        size_t len = 0;
        bool changed = false;
        for (size_t j = k; j < end && j < k + span; j++) {
            const char *w = nf_tok(doc, j);
            size_t n = doc->tok_len[j];
            bool space = j > k && (doc->tokens[j].flags & NF_TF_SPACE_BEFORE);
            if (len + n + 2 > sizeof buf) break;
            if (space) buf[len++] = ' ';
            size_t m = pass == 0 ? nf_fold_accents(w, n, buf + len, sizeof buf - len)
                                 : nf_fold_all(w, n, buf + len, sizeof buf - len);
            changed |= m != 0;
            if (!m) memcpy(buf + len, w, m = n);
            if (pass == 2)
                for (size_t i = len; i < len + m; i++)
                    if (buf[i] == '-') buf[i] = ' ', changed = true;
            len += m;
            if (!changed || (pass > 0 && j == k)) continue;
            const nf_lex_entry *e = nf_lexicon_find(lex, buf, len);
            if (e) {
                best = e;
                *tb = j + 1;
            }
        }
    }
    return best;
}

/* True for a lower-case word with an adjective's ending ("düsteres",
 * "einzelne", "klaren"). */
static bool adjective_like(const nf_doc *doc, size_t j) {
    size_t n = doc->tok_llen[j];
    const char *w = nf_tokl(doc, j);
    if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_LOWER) || n < 4)
        return false;
    char last = w[n - 1], before = w[n - 2];
    return last == 'e' ||
           (before == 'e' && (last == 'n' || last == 'r' || last == 's' || last == 'm'));
}

/* True when the noun at token k of [sa, ...) follows a word of `lex`,
 * perhaps with up to two adjectives between ("ein düsteres Bild", "eine
 * eigene Weinstraße"). */
static bool after_word_of(const nf_doc *doc, size_t k, size_t sa, const nf_lexicon *lex) {
    for (size_t j = k, adjectives = 0; j > sa; adjectives++) {
        j--;
        if (nf_lexicon_find(lex, nf_tokl(doc, j), doc->tok_llen[j]))
            return doc->tokens[j].kind == NF_TOK_WORD;
        if (adjectives == 2 || !adjective_like(doc, j)) return false;
    }
    return false;
}

/* See entities.h. */
bool nf_article_or_determiner(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    return nf_tokl_get(doc, k, &gz->articles) || nf_tokl_get(doc, k, &gz->noun_determiners);
}

/* True when the noun at token k of [sa, ...) follows a determiner that
 * makes it a common noun (lang/de/entities/noun-determiners.txt). */
static bool after_noun_determiner(const nf_doc *doc, size_t k, size_t sa) {
    return after_word_of(doc, k, sa, &doc->engine->gz.noun_determiners);
}

/* The least population of a city outside the German-speaking countries
 * whose adjective in "-er" German news uses ("Pariser", "Moskauer"): a
 * small town's would be read into words like "Bayer" (Bay, Philippines). */
#define CITY_ADJECTIVE_ABROAD_MIN 300000

static bool german_speaking(const char *iso); /* below */

/* True when gazetteer entry g, found by the name `stem` (n bytes), is a
 * city whose adjective in "-er" German news may use: one of the
 * German-speaking countries, a large one, or one with a German name of its
 * own ("Bozner": Bozen, Bolzano). */
static bool adjective_city(const nf_gz_entry *g, const char *stem, size_t n) {
    return g->source == NF_GZ_CITY && g->country[0] &&
           (german_speaking(g->country) || g->population >= CITY_ADJECTIVE_ABROAD_MIN ||
            strlen(g->canonical) != n || memcmp(g->canonical, stem, n) != 0);
}

/* True when the lower-cased word at token k ends in "-sch" and at most
 * three letters of an inflection: the shape of the nationality and region
 * adjectives ("russischen", "bayerische"), tested before a look-up. */
static bool sch_adjective_form(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    for (size_t i = n > 6 ? n - 6 : 0; i + 3 <= n; i++)
        if (l[i] == 's' && l[i + 1] == 'c' && l[i + 2] == 'h') return true;
    return false;
}

/* The gazetteer's entry of the region whose adjective
 * (lang/de/entities/region-adjectives.tsv) the lower-case word at token k
 * is ("bayerische": Bavaria, "steirischen": Styria), with `cap` the
 * capitalised word too ("Oberösterreichische" in a title): a place of the
 * gazetteers, else the most populous city of the name, for a city that
 * is a state ("hamburgische", "wienerische"); NULL when none. */
static const nf_gz_entry *region_of_adjective(const nf_doc *doc, size_t k, bool cap) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (doc->tokens[k].kind != NF_TOK_WORD ||
        !(doc->tokens[k].flags & (cap ? NF_TF_LOWER | NF_TF_CAP : NF_TF_LOWER)) ||
        !sch_adjective_form(doc, k))
        return NULL;
    const nf_lex_entry *a = nf_tokl_get(doc, k, &gz->region_adjectives);
    const char *name = a ? nf_lex_val(&gz->region_adjectives, a) : NULL;
    const nf_lex_entry *e = name ? nf_lexicon_find(&gz->names, name, strlen(name)) : NULL;
    uint32_t ids[64];
    size_t m = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64) : 0;
    const nf_gz_entry *best = NULL;
    for (size_t i = 0; i < m; i++) {
        if (ids[i] >= gz->count) continue;
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if ((g->source != NF_GZ_PLACE && g->source != NF_GZ_CITY) || !g->country[0]) continue;
        if (!best || (g->source == NF_GZ_PLACE && best->source != NF_GZ_PLACE) ||
            (g->source == best->source && g->population > best->population))
            best = g;
    }
    return best;
}

/* The city (or with `regions` also the region of a country: "Brandenburger",
 * "Thüringer") whose adjective token k is: the stem and its forms with "en"
 * ("Bremer": Bremen, "Münchner": München) or with "e" before a last "l"
 * ("Basler": Basel, "Brüssler": Brüssel) or "ich" for a last "ch"
 * ("Zürcher": Zürich), looked up among cities of the
 * German-speaking countries and large ones elsewhere, the most populous of
 * that name; with `regions`, a region's adjective in lower case too
 * (region_of_adjective: "bayerische"); NULL when none.  The entry is the
 * gazetteer's. */
static const nf_gz_entry *place_of_adjective(const nf_doc *doc, size_t k, bool regions) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (regions && (doc->tokens[k].flags & NF_TF_LOWER)) return region_of_adjective(doc, k, false);
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) || n < 5 ||
        n > 40 || memcmp(w + n - 2, "er", 2) != 0)
        return NULL;
    char stem[48];
    size_t sl = n - 2;
    const nf_gz_entry *best = NULL;
    for (int form = 0; form < 6 && !best; form++) {
        size_t len = sl;
        memcpy(stem, w, sl);
        if (form == 1) memcpy(stem + sl, "en", 2), len = sl + 2; /* Bremen */
        if (form == 2) {                                         /* München */
            if (sl < 3 || stem[sl - 1] != 'n') continue;
            memcpy(stem + sl - 1, "en", 2), len = sl + 1;
        }
        if (form == 3) { /* Basel, Brüssel: "Basler", "Brüssler" */
            if (sl < 3 || stem[sl - 1] != 'l' || strchr("aeiouy", stem[sl - 2])) continue;
            memcpy(stem + sl - 1, "el", 2), len = sl + 1;
        }
        if (form == 4) { /* Zürich: "Zürcher" */
            if (sl < 4 || memcmp(stem + sl - 2, "ch", 2) != 0 || strchr("aeiouy", stem[sl - 3]))
                continue;
            memcpy(stem + sl - 2, "ich", 3), len = sl + 1;
        }
        if (form == 5) { /* Mailand: "Mailänder", the last vowel's umlaut */
            stem[sl] = '\0';
            /* (not the first letter: "Ärzte") */
            if (!(len = nf_strip_last_umlaut(stem, sl, 1))) continue;
        }
        const nf_lex_entry *e = nf_lexicon_find(&gz->names, stem, len);
        uint32_t ids[64];
        size_t m = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64) : 0;
        for (size_t i = 0; i < m; i++) {
            const nf_gz_entry *g = &gz->entries[ids[i]];
            bool region = regions && g->source == NF_GZ_PLACE && g->country[0];
            if ((region || adjective_city(g, stem, len)) &&
                (!best || g->population > best->population))
                best = g;
        }
    }
    return best;
}

/* See entities.h. */
bool nf_english_opener(const nf_doc *doc, size_t k) {
    static const char *const openers[] = {"New",   "Great", "Little", "North", "South",
                                          "East",  "West",  "Upper",  "Lower", "Old",
                                          "Grand", "Royal", NULL};
    if (k + 1 >= doc->ntokens || !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE)) return false;
    for (const char *const *o = openers; *o; o++)
        if (doc->tok_len[k] == strlen(*o) && !memcmp(nf_tok(doc, k), *o, strlen(*o))) return true;
    return false;
}

/* See entities.h. */
bool nf_language_word(const nf_doc *doc, const char *w, size_t n) {
    char lower[64];
    if (n >= sizeof lower) return true;
    for (size_t i = 0; i < n; i++) lower[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    lower[n] = '\0';
    const nf_ner_model *m = doc->engine->ner;
    return nf_ner_common_word(m, lower) || nf_ner_noun_like(m, lower, 0) ||
           nf_lexicon_find(&doc->engine->gz.common_nouns, w, n);
}

/* See entities.h. */
size_t nf_strip_last_umlaut(char *s, size_t n, size_t min) {
    size_t u = n;
    while (u >= 2 && !((unsigned char)s[u - 2] == 0xC3 &&
                       ((unsigned char)s[u - 1] == 0xA4 || (unsigned char)s[u - 1] == 0xB6 ||
                        (unsigned char)s[u - 1] == 0xBC)))
        u--;
    if (u < 2 || u - 2 < min) return 0;
    unsigned char v = (unsigned char)s[u - 1];
    s[u - 2] = v == 0xA4 ? 'a' : v == 0xB6 ? 'o' : 'u';
    memmove(s + u - 1, s + u, n - u + 1);
    return n - 1;
}

/* See entities.h. */
bool nf_indefinite_article(const nf_doc *doc, size_t k) {
    static const char *const forms[] = {"ein", "eine", "einer", "einem", "einen", "eines", NULL};
    return nf_tok_in(doc, k, forms);
}

/* See entities.h. */
const char *nf_title_place_at(const nf_doc *doc, size_t k) {
    if (!(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    const nf_gz_entry *g = place_of_adjective(doc, k, true);
    if (!g) g = region_of_adjective(doc, k, true);
    return g ? g->country : NULL;
}

/* See entities.h: the country of place_of_adjective's city. */
const char *nf_city_adjective_at(const nf_doc *doc, size_t k) {
    const nf_gz_entry *g = place_of_adjective(doc, k, false);
    return g ? g->country : NULL;
}

/* See entities.h: the country of a city's or a region's adjective. */
const char *nf_place_adjective_at(const nf_doc *doc, size_t k) {
    const nf_gz_entry *g = place_of_adjective(doc, k, true);
    return g ? g->country : NULL;
}

/* True when token j is an adjective of a place that may be the city's of
 * country `iso3` ("saudi-arabischen", "niedersächsischen"): a lower-case
 * word ending in "isch" and an inflection, and no nationality adjective of
 * another country ("das syrische Essen"). */
static bool place_adjective(const nf_doc *doc, size_t j, const char *iso3) {
    static const char *const endings[] = {"ische", "ischen", "ischer", "isches", "ischem"};
    const char *w = nf_tokl(doc, j);
    size_t n = doc->tok_llen[j];
    bool ending = false;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0] && !ending; i++) {
        size_t el = strlen(endings[i]);
        ending = n > el && memcmp(w + n - el, endings[i], el) == 0;
    }
    if (!(doc->tokens[j].flags & NF_TF_LOWER) || !ending) return false;
    const char *c = nf_adjective_at(doc, j);
    return !c || memcmp(c, iso3, 3) == 0;
}

/* True when token k of a sentence from sa follows a place named just
 * before it and a comma, slash, "und" or "oder" ("in München, Essen und
 * Berlin"). */
static bool after_place(const nf_doc *doc, size_t k, size_t sa) {
    return (nf_tok_is(doc, k - 1, ",") || nf_tok_is(doc, k - 1, "/") ||
            nf_tok_is(doc, k - 1, "und") || nf_tok_is(doc, k - 1, "oder")) &&
           place_named_before(doc, k, sa) != NULL;
}

/* True when token k is a word of the language: one the tagger's lexicon
 * knows in lower case or as a noun, or one of the list of common nouns
 * (which knows rarer ones: "Uran"). */
static bool word_of_language(const nf_doc *doc, size_t k) {
    return nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k)) || nf_common_noun_listed(doc, k);
}

/* True when the one-word name at token k of city `g` in sentence [sa, sb)
 * is the common word the name tagger's lexicon knows it as, not the city:
 * always for a small city ("vor Ende", "von Uran", "nach Norden"), and for
 * a large one ("das Essen", "große Halle", "in Halle 4") unless a spatial
 * preposition comes before it and no number after it ("in Essen"), it
 * follows another place in a list, it is the dateline ("Essen – ..."), or
 * an adjective of a place that may be the city's comes before it ("im
 * saudi-arabischen Mekka").  A common word: one the lexicon knows in lower
 * case, or as a noun often enough (not "Detroit" in "die Detroit Pistons"),
 * or one of the list of common nouns (common-nouns.txt);
 * after a determiner or the article any word the lexicon knows ("der
 * Syracuse University", "das Mekka des Drogenhandels").  A capital is
 * always the city, unless a small one ("einige Male" is no Malé). */
#define BIG_CAPITAL 200000
static bool common_word_not_city(const nf_doc *doc, size_t k, size_t sa, size_t sb,
                                 const nf_gz_entry *g) {
    const nf_ner_model *m = doc->engine->ner;
    const char *l = nf_tokl(doc, k);
    /* (the list of common nouns knows rarer ones: "von Uran") */
    bool listed = nf_common_noun_listed(doc, k);
    if ((g->capital && g->population >= BIG_CAPITAL) || !(listed || nf_ner_common_word(m, l)))
        return false;
    bool adjective = false;
    for (size_t j = k; j > sa && j + 2 > k && !adjective;)
        adjective = place_adjective(doc, --j, g->country);
    if (!adjective &&
        (after_noun_determiner(doc, k, sa) || after_word_of(doc, k, sa, &doc->engine->gz.articles)))
        return true; /* "der Syracuse University", "das Mekka des Drogenhandels" */
    if (!(listed || nf_ner_lower_word(m, l) || nf_ner_common_noun(m, l, NF_COMMON_NOUN_MIN_FREQ)))
        return false;
    if (g->population < LARGE_CITY) return true;
    bool number_after = k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_NUMBER;
    if ((nf_after_spatial_preposition(doc, k, sa) && !number_after) || after_place(doc, k, sa))
        return false;
    if (sentence_initial(doc, k, sa) && k + 1 < sb &&
        (nf_tok_is(doc, k + 1, "\xe2\x80\x93") || nf_tok_is(doc, k + 1, "-") ||
         nf_tok_is(doc, k + 1, "(")))
        return false;
    return !adjective;
}

static bool definite_article(const nf_doc *doc, size_t j); /* below */

/* True when token j is a demonstrative or a quantifying determiner
 * ("diese", "jene", "jeder", "manche", "solche", "viele", "wenige",
 * "einige", "mehrere", "etliche", "zahlreiche" in any ending). */
static bool quantifying_determiner(const nf_doc *doc, size_t j) {
    static const char *const stems[] = {"dies",  "jen",   "jed",    "manch",  "solch",    "viel",
                                        "wenig", "einig", "mehrer", "etlich", "zahlreich"};
    const char *w = nf_tokl(doc, j);
    size_t n = doc->tok_llen[j];
    if (doc->tokens[j].kind != NF_TOK_WORD) return false;
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++) {
        size_t l = strlen(stems[i]);
        if (n >= l && n <= l + 2 && memcmp(w, stems[i], l) == 0) return true;
    }
    return false;
}

/* True when the word at token k is written in capitals only ("BMW", "EU"). */
static bool all_caps(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 'a' && w[i] <= 'z') return false;
    return n > 1;
}

/* True when the capitalised word at token k ends in "s" and is a common
 * noun's genitive: the word without it is one ("Sterns"). */
static bool genitive_of_noun(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    char stem[64];
    if (n < 4 || n > sizeof stem || l[n - 1] != 's') return false;
    memcpy(stem, l, n - 1);
    stem[n - 1] = '\0';
    return nf_ner_common_noun(doc->engine->ner, stem, NF_COMMON_NOUN_MIN_FREQ);
}

/* True when the word at token k of [sa, ...) follows the article and an
 * adjective of no nationality ("der verlängerte Arm", "des letzten
 * Sterns"; not "der deutschen Tagesschau"). */
static bool after_article_adjective(const nf_doc *doc, size_t k, size_t sa) {
    return k > sa && adjective_like(doc, k - 1) && !nf_adjective_at(doc, k - 1) &&
           after_word_of(doc, k, sa, &doc->engine->gz.articles);
}

/* True when the one-word organisation name at token k of [sa, ...) is a
 * common noun in use (see nf_plain_noun): after a determiner no outlet's
 * or company's name takes ("ein düsteres Bild", "diesem Bild", "seine
 * Allianz"; see after_noun_determiner) or, for a `commercial` name (a
 * company's or an outlet's), the article and an adjective ("der
 * verlängerte Arm") or the article and a genitive attribute ("dem Bild
 * der Kandidatin"), or, unless it is an acronym ("SPD 28 Prozent"),
 * before the one- or two-digit number of a figure ("Bild 2", but
 * "Bundesregierung 2011"). */
static bool common_noun_in_use(const nf_doc *doc, size_t k, size_t sa, bool commercial) {
    /* right after a demonstrative or a quantifier any word but an acronym
     * is a noun, also one that is someone's surname ("wie viele Damen",
     * "diese Damen"); a company's or an outlet's name takes neither */
    if (k > sa && doc->tokens[k].kind == NF_TOK_WORD && !all_caps(doc, k) &&
        quantifying_determiner(doc, k - 1))
        return true;
    if (!nf_plain_noun(doc, k)) /* (a noun's genitive too: "des letzten Sterns" is no magazine) */
        return commercial && genitive_of_noun(doc, k) && after_article_adjective(doc, k, sa);
    const char *w = nf_tok(doc, k);
    if (k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_NUMBER &&
        doc->tok_len[k + 1] <= 2 && doc->tok_len[k] > 1 && w[1] >= 'a' && w[1] <= 'z')
        return true;
    if (after_noun_determiner(doc, k, sa)) return true;
    /* a company's or outlet's name after the article, a genitive attribute
     * after it: "mit dem Bild der Kandidatin" (names take none) */
    if (commercial && k > sa && k + 2 < doc->ntokens && definite_article(doc, k - 1) &&
        (nf_tok_is(doc, k + 1, "der") || nf_tok_is(doc, k + 1, "des")))
        return true;
    /* a company's or outlet's name after the article and an adjective: "der
     * verlängerte Arm", "den größten Stern" (they take none: "die Bild", not
     * "die neue Bild"; institutions do: "die neue Bundesregierung"), unless
     * the adjective is a nationality's ("der deutschen Tagesschau") */
    return commercial && after_article_adjective(doc, k, sa);
}

/* True when a party is named in the sentence from token sa before the
 * mention being found, by a mention that ends at token `tb` (SIZE_MAX:
 * anywhere): "die Grünen und die nicht im Landtag vertretenen Linken"
 * (parties listed), "Syriza, die Linkspartei" (tb: the comma). */
static bool party_before(const nf_doc *doc, size_t sa, size_t tb) {
    for (size_t i = doc->nmentions; i-- > 0 && doc->mentions[i].ta >= sa;) {
        const char *role = doc->entities[doc->mentions[i].entity].role;
        if ((tb == SIZE_MAX || doc->mentions[i].tb == tb) && role && !strcmp(role, "party"))
            return true;
    }
    return false;
}

/* True when the word of a camp's party at token k of [sa, ...)
 * ("Linkspartei") describes another party named right after it ("die
 * Linkspartei Podemos", "der Linkspartei (Parti de Gauche)") or before it
 * ("Syriza, die Linkspartei, ..."). */
static bool party_described(const nf_doc *doc, size_t k, size_t sa) {
    size_t n = k + 1;
    if (n < doc->ntokens && doc->tok_sent[n] == doc->tok_sent[k] && nf_tok_is(doc, n, "(")) n++;
    if (n < doc->ntokens && doc->tok_sent[n] == doc->tok_sent[k] &&
        doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_CAP))
        return true;
    return k >= sa + 3 && nf_tok_is(doc, k - 2, ",") && definite_article(doc, k - 1) &&
           party_before(doc, sa, k - 2);
}

/* See entities.h. */
bool nf_political_camp_at(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const camps[] = {"linke", "linken", "rechte", "rechten", NULL};
    static const char *const camp_parties[] = {"linkspartei", "rechtspartei", NULL};
    if (nf_tok_in(doc, k, camp_parties)) return party_described(doc, k, sa);
    bool camp = nf_tok_in(doc, k, camps);
    if (k == sa || (!camp && !nf_tok_is(doc, k, "grüne"))) return false;
    if (camp && adjective_like(doc, k - 1) && !nf_adjective_at(doc, k - 1) &&
        !party_before(doc, sa, SIZE_MAX))
        return true;
    bool singular = nf_tokl(doc, k)[doc->tok_llen[k] - 1] == 'e';
    if (singular && nf_tok_is(doc, k - 1, "der")) return true;
    return singular && nf_tok_is(doc, k - 1, "die") && k + 1 < doc->ntokens &&
           doc->tok_sent[k + 1] == doc->tok_sent[k] &&
           nf_tok_get(doc, k + 1, &doc->engine->gz.given) != NULL;
}

/* True when token j is an article only a masculine or neuter noun takes,
 * or a preposition holding one: "dem", "den", "das", "des", "im", "am",
 * "vom", "zum", "beim", "ins" ("der" and "die" may be a feminine's). */
static bool masculine_or_neuter_article(const nf_doc *doc, size_t j) {
    static const char *const forms[] = {"dem", "den", "das",  "des", "im", "am",
                                        "vom", "zum", "beim", "ins", NULL};
    return doc->tokens[j].kind == NF_TOK_WORD && nf_tok_in(doc, j, forms);
}

/* True when the one-word company name at token k of [sa, ...) is the
 * common noun it also is, shown by a masculine or neuter article right
 * before it ("mit dem Arm"; a word the capitalisation lexicon knows in
 * lower case or as a noun): German gives a company's name
 * the feminine article of "die Firma" ("die Allianz", "die Bahn"), or
 * none ("bei Arm"); outlets take the gender of their title ("dem
 * Spiegel") and are not asked. */
static bool company_noun_after_article(const nf_doc *doc, size_t k, size_t sa) {
    return k > sa && masculine_or_neuter_article(doc, k - 1) && !all_caps(doc, k) &&
           !memchr(nf_tok(doc, k), '-', doc->tok_len[k]) && /* "den VW-Konzern" */
           nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k));
}

/* Where the description ending in the noun at token k of a sentence
 * starting at sa begins: its article and the adjectives in lower case
 * before the noun ("der iranische Vize-Außenminister"), at most three
 * words back. */
static size_t description_start(const nf_doc *doc, size_t k, size_t sa) {
    const nf_lexicon *articles = &doc->engine->gz.articles;
    size_t a = k;
    while (a > sa && k - a < 3 && doc->tokens[a - 1].kind == NF_TOK_WORD) {
        if (nf_tokl_get(doc, a - 1, articles)) return a - 1;
        if (!(doc->tokens[a - 1].flags & NF_TF_LOWER)) break;
        a--;
    }
    return a < k && nf_tokl_get(doc, a, articles) ? a : k;
}

static char gender_of_name(const nf_gazetteer *gz, const char *name);              /* below */
static bool not_a_surname_here(const nf_doc *doc, size_t k, size_t sa, size_t sb); /* below */
static bool surname_here(const nf_doc *doc, size_t k, size_t sa);                  /* below */
static bool office_holder_after_von(const nf_doc *doc, size_t k, size_t sa,
                                    const nf_gz_entry *city);     /* below */
static bool club_word_at(const nf_doc *doc, size_t k, size_t sb); /* below */

/* See entities.h. */
const char *nf_home_country(const nf_doc *doc) {
    static const char *const homes[] = {"DEU", "AUT", "CHE"};
    size_t count[3] = {0, 0, 0};
    for (size_t i = 0; i < doc->nmentions; i++) {
        const char *c = doc->entities[doc->mentions[i].entity].country;
        for (size_t h = 0; h < 3; h++)
            if (strcmp(c, homes[h]) == 0) count[h]++;
    }
    size_t best = 0;
    for (size_t h = 1; h < 3; h++)
        if (count[h] > count[best]) best = h;
    return homes[best];
}

/* True when token j is the definite article, not a preposition that holds
 * it ("die", "der"; not "im", "zum": lang/de/entities/articles.txt). */
static bool definite_article(const nf_doc *doc, size_t j) {
    const nf_lexicon *a = &doc->engine->gz.articles;
    const nf_lex_entry *e = nf_lexicon_find(a, nf_tokl(doc, j), doc->tok_llen[j]);
    return e && (*nf_lex_val(a, e) || strcmp(nf_tokl(doc, j), "des") == 0);
}

/* True when token j is a present participle used as an adjective
 * ("verbindende", "besuchenden", "nahestehender"): "-end" and an ending. */
static bool present_participle(const nf_doc *doc, size_t j) {
    static const char *const endings[] = {"ende", "enden", "ender", "endes", "endem", NULL};
    if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_LOWER)) return false;
    return nf_tokl_ends_in(doc, j, endings, 3);
}

/* The most tokens between a name and the participle of the attribute it
 * stands in ("London und Paris verbindende"). */
#define ATTRIBUTE_SPAN 6

/* True when the name at token k stands inside an extended attribute that
 * the article before it opens: the article belongs to the noun after a
 * participle a few words on ("Der London und Paris verbindende Eurostar",
 * "die Berlin besuchenden Touristen"). */
static bool inside_attribute(const nf_doc *doc, size_t k, size_t sb) {
    for (size_t j = k + 1; j + 1 < sb && j <= k + ATTRIBUTE_SPAN; j++) {
        if (present_participle(doc, j)) {
            /* the noun, perhaps after another adjective ("der Wien
             * mitprägenden jüdischen Kultur") */
            size_t n = j + 1;
            if (n + 1 < sb && adjective_like(doc, n)) n++;
            return doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_CAP);
        }
        if (doc->tokens[j].kind == NF_TOK_PUNCT && !nf_tok_is(doc, j, ",")) return false;
    }
    return false;
}

/* True when the article before a place's name at token k of [sa, sb) is a
 * relative pronoun (after a comma, a parenthesis or a preposition:
 * "Aufgaben, die Deutschland ...", "eine Karte (gesüdet), die Europa
 * darstellt", "in der China ..."), the name is the place in a time
 * ("das Österreich der Nachkriegszeit") or it stands in an attribute the
 * article opens (inside_attribute): the place after all. */
static bool relative_or_period(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    static const char *const preps[] = {"in",    "an",    "auf",  "mit",  "von",   "zu",
                                        "bei",   "nach",  "vor",  "über", "unter", "für",
                                        "durch", "gegen", "ohne", "um",   "aus",   "seit"};
    if (k + 1 < sb && (nf_tok_is(doc, k + 1, "der") || nf_tok_is(doc, k + 1, "des"))) return true;
    if (inside_attribute(doc, k, sb)) return true;
    if (k < sa + 2) return false;
    if (nf_tok_is(doc, k - 2, ",") || nf_tok_is(doc, k - 2, ")")) return true;
    const char *p = nf_tokl(doc, k - 2);
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (strcmp(p, preps[i]) == 0) return true;
    return false;
}

/* True when the word at token k is a nation's people in the plural that
 * the country's name is written as: a demonym and "n" ("Polen",
 * "Schweden"). */
static bool people_plural(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    return n > 3 && w[n - 1] == 'n' && nf_lexicon_find(&doc->engine->gz.demonyms, w, n - 1);
}

/* See entities.h: the article is no relative pronoun, the name no place in
 * a time and no club's ("die Cleveland Cavaliers"), and the tagger's
 * lexicon has seen the word without an article, or the word is the
 * nation's people too ("gegen die Schweden", "an den Polen" of a moon). */
bool nf_place_after_article(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    /* (the people after a plural's article, a preposition before it or not;
     * after a comma "die" may open a relative clause: ", die Polen ...") */
    if (k > sa && (nf_tok_is(doc, k - 1, "die") || nf_tok_is(doc, k - 1, "den")) &&
        people_plural(doc, k) && !(k >= sa + 2 && nf_tok_is(doc, k - 2, ",")))
        return true;
    return k > sa && definite_article(doc, k - 1) && !relative_or_period(doc, k, sa, sb) &&
           !club_word_at(doc, k + 1, sb) &&
           nf_ner_name_without_article(doc->engine->ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ);
}

/* True for the organisation types (organizations.tsv) of the state: gov,
 * legislature, court; false for NULL. */
static bool state_type(const char *type) {
    static const char *const types[] = {"gov", "legislature", "court"};
    for (size_t i = 0; type && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(type, types[i]) == 0) return true;
    return false;
}

/* True when ISO alpha-3 code iso is Germany's, Austria's or Switzerland's:
 * the countries whose news the engine reads first (nf_home_country). */
static bool german_speaking(const char *iso) {
    return !strcmp(iso, "DEU") || !strcmp(iso, "AUT") || !strcmp(iso, "CHE");
}

/* True for an organisation of the state that stays at home: a government
 * body, parliament or court (organizations.tsv types gov, legislature,
 * court). */
static bool state_institution(const nf_gz_entry *g) {
    return state_type(g->role);
}

/* True when token k is a code: up to four capitals and digits, after a
 * slash of its own ("PP", "PP2", "SH"); a word is something else
 * ("92./Ukraine": the player's team). */
static bool game_code(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k], i = w[0] == '/';
    if (n - i < 1 || n - i > 4 || w[i] < 'A' || w[i] > 'Z') return false;
    for (; i < n; i++)
        if (!((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= '0' && w[i] <= '9'))) return false;
    return true;
}

/* A code after a minute and a slash (see entities.h).  The slash may be a
 * token of its own or the code's first character ("53./PP2" may come as
 * "53", ".", "/PP2"), and k the slash, the code or the code's slash. */
bool nf_code_after_slash(const nf_doc *doc, size_t k, size_t sa) {
    size_t slash; /* the token that holds the slash */
    if (nf_tok_is(doc, k, "/")) {
        if (k + 1 >= doc->ntokens || (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) ||
            !game_code(doc, k + 1))
            return false;
        slash = k;
    } else {
        if (!game_code(doc, k)) return false;
        if (nf_tok(doc, k)[0] == '/') {
            slash = k;
        } else {
            if (k <= sa || (doc->tokens[k].flags & NF_TF_SPACE_BEFORE) ||
                !nf_tok_is(doc, k - 1, "/"))
                return false;
            slash = k - 1;
        }
    }
    if (slash <= sa || (doc->tokens[slash].flags & NF_TF_SPACE_BEFORE)) return false;
    /* the minute as an ordinal before it: "52." ("2010/CDU" is no game's note) */
    size_t j = slash - 1;
    if (doc->tokens[j].kind == NF_TOK_ORDINAL) return true;
    return j > sa && nf_tok_is(doc, j, ".") && !(doc->tokens[j].flags & NF_TF_SPACE_BEFORE) &&
           doc->tokens[j - 1].kind == NF_TOK_NUMBER;
}

/* See entities.h (the marks: fold.h). */
size_t nf_genitive_stem(const char *w, size_t wl) {
    const unsigned char *u = (const unsigned char *)w;
    size_t n = wl - 1;
    if (n >= 1 && u[n - 1] == '\'') return n - 1;
    if (n >= 2 &&
        ((u[n - 2] == 0xC2 && u[n - 1] == 0xB4) || (u[n - 2] == 0xCA && u[n - 1] == 0xBC)))
        return n - 2; /* ´ ʼ */
    if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && (u[n - 1] == 0x99 || u[n - 1] == 0xB2))
        return n - 3; /* ’ ′ */
    return n;
}

/* True when the word w (wl bytes) is the genitive in "-es" that names in
 * "-land" take besides the one in "-s" ("Griechenlandes", "Saarlandes"):
 * the name is w without its last two bytes. */
static bool land_genitive(const char *w, size_t wl) {
    return wl > 7 && memcmp(w + wl - 6, "landes", 6) == 0;
}

static bool longer_name_after(const nf_doc *doc, size_t k, size_t sb); /* below */

/* True when token k is a capitalised word the gazetteers know as a
 * person's surname ("Wirajuda"). */
static bool surname_word(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return false;
    const nf_lex_entry *e = nf_tok_get(doc, k, &doc->engine->gz.words);
    return e && (e->num & NF_GW_SURNAME);
}

/* True when a person the document named before, by a listed given name
 * and more ("Bruno Rossmann"), has token k as the last word of the name. */
static bool named_person_ending_in(const nf_doc *doc, size_t k) {
    const nf_lexicon *given = &doc->engine->gz.given;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->name || e->name_words < 2 ||
            !nf_last_word_is(e->name, w, n))
            continue;
        size_t first = strcspn(e->name, " ");
        if (nf_lexicon_find(given, e->name, first)) return true;
    }
    return false;
}

/* True when token k is one capital letter, as the press abbreviates a
 * private person's surname, with or without the period ("Albert G"). */
static bool capital_letter(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    return doc->tokens[k].kind == NF_TOK_WORD && doc->tok_len[k] == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

/* The length of word w (wl bytes) without a declined adjective's ending
 * ("-e", "-en", "-er", "-em", "-es" after a letter): 0 when it has none. */
static size_t adjective_stem(const char *w, size_t wl) {
    if (wl < 5) return 0;
    if (w[wl - 1] == 'e') return wl - 1;
    if (w[wl - 2] == 'e' &&
        (w[wl - 1] == 'n' || w[wl - 1] == 'r' || w[wl - 1] == 'm' || w[wl - 1] == 's'))
        return wl - 2;
    return 0;
}

/* True when token k is a word in capitals ("SPIEGEL", "DER"): no
 * lower-case ASCII letter, two capitals at least. */
static bool capitals_word(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !doc->tok_cased[k]) return false;
    const char *w = nf_tok(doc, k);
    size_t caps = 0;
    for (size_t i = 0; i < doc->tok_len[k]; i++) {
        if (w[i] >= 'a' && w[i] <= 'z') return false;
        caps += w[i] >= 'A' && w[i] <= 'Z';
    }
    return caps >= 2;
}

/* The shortest a name of one word in capitals is read as written
 * otherwise ("LINKEN", not "MAN", the company, as the Isle of Man). */
#define CAPITALS_ONE_WORD 5

/* A gazetteer name written in capitals from token k, as the list writes
 * it with a capital and small letters ("DER SPIEGEL", "SPIEGEL ONLINE",
 * "die LINKEN"): up to three words in capitals, one only from
 * CAPITALS_ONE_WORD letters.  Returns the longest entry and sets *tb, or
 * NULL. */
static const nf_lex_entry *capitals_name_at(const nf_doc *doc, size_t k, size_t sb, size_t *tb) {
    const nf_lexicon *names = &doc->engine->gz.names;
    const nf_lex_entry *best = NULL;
    char buf[256];
    size_t len = 0;
    for (size_t j = k; j < sb && j < k + 3 && capitals_word(doc, j); j++) {
        if (j > k && !(doc->tokens[j].flags & NF_TF_SPACE_BEFORE)) break;
        /* (room kept for a space: buf ends unused where a word fails) */
        size_t t = nf_tok_title_case(doc, j, buf + len + (j > k), sizeof buf - len - 1);
        if (!t) break;
        if (j > k) buf[len++] = ' ';
        len += t;
        if (j == k && doc->tok_len[j] < CAPITALS_ONE_WORD) continue;
        const nf_lex_entry *e = nf_lexicon_find(names, buf, len);
        if (e) best = e, *tb = j + 1;
    }
    return best;
}

/* True when word w (a declined adjective whose stem is `stem` bytes) with
 * the ending "-en" or "-e", or none (a noun's genitive in "-es"), begins
 * some listed name: the first test of declined_name_at, cheap enough to
 * ask of every such word. */
static bool declined_first_word(const nf_gazetteer *gz, const char *w, size_t stem) {
    char buf[64];
    if (stem + 3 > sizeof buf) return false;
    memcpy(buf, w, stem);
    memcpy(buf + stem, "en", 2);
    return nf_lexicon_find(&gz->first_words, buf, stem + 2) ||
           nf_lexicon_find(&gz->first_words, buf, stem + 1) ||
           (w[stem] == 'e' && w[stem + 1] == 's' && nf_lexicon_find(&gz->first_words, buf, stem));
}

/* True when tokens [a, b), as written, are a name of the list with the
 * same entries as e ("Niedersachsen" and "Land Niedersachsen"). */
static bool same_names(const nf_gazetteer *gz, const nf_lex_entry *e, const nf_doc *doc, size_t a,
                       size_t b) {
    size_t tb = 0;
    const nf_lex_entry *f = nf_tok_phrase(doc, a, b, b - a, &gz->names, false, &tb);
    return f && tb == b && strcmp(nf_lex_val(&gz->names, f), nf_lex_val(&gz->names, e)) == 0;
}

/* The most words of a name declined_name_at reads. */
#define DECLINED_WORDS 3

/* A gazetteer name of two or three capitalised words from token k whose
 * adjectives the text declines otherwise than the list writes them: the
 * strong forms after a preposition ("zwischen Europäischer Zentralbank",
 * "von Internationalem Währungsfonds", "laut Süddeutscher Zeitung"), or the
 * weak ones where the list has the nominative only ("der Frankfurter
 * Allgemeinen Sonntagszeitung"), and a noun's genitive ("des
 * Bundesstaates New York").  Each word before the last may take the
 * ending "-en" or "-e" instead of its own, or none; the form must begin
 * some name of the list.  Returns the entry and sets *tb, or NULL. */
static const nf_lex_entry *declined_name_at(const nf_doc *doc, size_t k, size_t sb, size_t *tb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t n = 0, stem[DECLINED_WORDS];
    while (n < DECLINED_WORDS && k + n < sb && doc->tokens[k + n].kind == NF_TOK_WORD &&
           (doc->tokens[k + n].flags & NF_TF_CAP) &&
           (n == 0 || (doc->tokens[k + n].flags & NF_TF_SPACE_BEFORE))) {
        stem[n] = adjective_stem(nf_tok(doc, k + n), doc->tok_len[k + n]);
        n++;
    }
    /* (NULL: as written; "": a noun's genitive "-es" dropped, "des
     * Bundesstaates Washington" is the state the list names "Bundesstaat
     * Washington") */
    static const char *const endings[] = {NULL, "en", "e", ""};
    char buf[256];
    for (size_t words = n; words >= 2; words--) {
        /* every choice of ending for the words before the last, one at
         * least changed */
        size_t choices = 1;
        for (size_t i = 0; i + 1 < words; i++) choices *= stem[i] ? 4 : 1;
        for (size_t c = 1; c < choices; c++) {
            size_t len = 0, rest = c;
            bool fits = true;
            for (size_t i = 0; i < words && fits; i++) {
                const char *w = nf_tok(doc, k + i);
                size_t wl = doc->tok_len[k + i];
                const char *end = NULL;
                if (i + 1 < words && stem[i]) {
                    end = endings[rest % 4];
                    rest /= 4;
                }
                size_t keep = end ? stem[i] : wl, el = end ? strlen(end) : 0;
                /* (no ending only for a genitive in "-es": "die Staaten
                 * Kuwait" is no "Staat Kuwait") */
                if (end && !*end && !(wl == keep + 2 && w[wl - 1] == 's')) fits = false;
                if (end && keep + el == wl && memcmp(w + keep, end, el) == 0) {
                    fits = false; /* the same as written: another choice reads it */
                    break;
                }
                if (len + keep + el + 2 > sizeof buf) fits = false;
                if (!fits) break;
                if (i) buf[len++] = ' ';
                memcpy(buf + len, w, keep);
                memcpy(buf + len + keep, end ? end : "", el);
                len += keep + el;
                if (i == 0 && !nf_lexicon_find(&gz->first_words, buf, len)) fits = false;
            }
            if (!fits) continue;
            const nf_lex_entry *e = nf_lexicon_find(&gz->names, buf, len);
            /* (a noun's genitive first only where the words after it alone
             * name another: "des Bundesstaates New York" is the state, "des
             * Landes Niedersachsen" the name "Niedersachsen" has) */
            if (e && c % 4 == 3 && same_names(gz, e, doc, k + 1, k + words)) e = NULL;
            if (e) {
                *tb = k + words;
                return e;
            }
        }
    }
    return NULL;
}

/* True when token k is the two digits of a club's founding year after
 * its name ("FSV Mainz 05", "FC Schalke 04"): a number of two digits with
 * no unit after it. */
static bool club_year_at(const nf_doc *doc, size_t k, size_t sb) {
    if (k >= sb || doc->tokens[k].kind != NF_TOK_NUMBER || doc->tokens[k].b - doc->tokens[k].a != 2)
        return false;
    return k + 1 >= sb || !(doc->tok_mask[k + 1] & NF_TM_UNIT);
}

/* See entities.h. */
bool nf_site_domain(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_URL && !strpbrk(nf_tok(doc, k), "/:@");
}

/* See entities.h. */
int32_t nf_org_named_as(const nf_doc *doc, const char *name) {
    for (size_t i = 0; i < doc->nentities; i++)
        if (doc->entities[i].type == NF_ENT_ORG && doc->entities[i].name &&
            strcmp(doc->entities[i].name, name) == 0)
            return (int32_t)i;
    return -1;
}

/* The gazetteer's organisation that the domain name at token k of [sa,
 * sb) (nf_site_domain) is the site of: the name as written, in lower case (domains know no
 * case: "Heise.de" is heise.de), or its first label as written ("CNN.com"
 * is CNN's, "derStandard.at" Der Standard's); -1 when none is. */
static int32_t domain_entry(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k), *dot = strchr(w, '.');
    if (!dot) return -1;
    const nf_lex_entry *e = nf_tok_find(doc, k, &gz->names);
    size_t ln = (size_t)(dot - w);
    if (!e && ln >= 2) e = nf_lexicon_find(&gz->names, w, ln);
    if (!e && ln >= 2 && ln < 32 && w[0] >= 'a' && w[0] <= 'z') {
        /* a label in lower case: an acronym's ("ndr.de", "orf.at"), else a
         * name's capitalised ("spiegel.de") */
        char label[32];
        for (size_t i = 0; i < ln; i++)
            label[i] = w[i] >= 'a' && w[i] <= 'z' ? (char)(w[i] - 'a' + 'A') : w[i];
        if (ln >= 3 && ln <= 4) e = nf_lexicon_find(&gz->names, label, ln);
        if (!e) {
            memcpy(label + 1, w + 1, ln - 1);
            e = nf_lexicon_find(&gz->names, label, ln);
        }
    }
    if (!e) return -1;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64), m = 0;
    for (size_t i = 0; i < n; i++)
        if (ids[i] < gz->count && gz->entries[ids[i]].source == NF_GZ_ORG) ids[m++] = ids[i];
    return m ? choose(gz, ids, m, nf_doc_day(doc), doc, sa, k + 1, sb) : -1;
}

/* True when the word at token k is a gazetteer name's genitive: it ends
 * in "s", and the name without it is one ("Spaniens"). */
static bool genitive_of_name(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_len[k];
    return n > 2 && nf_tok(doc, k)[n - 1] == 's' &&
           nf_lexicon_find(&doc->engine->gz.names, nf_tok(doc, k), n - 1) != NULL;
}

/* True when the word before token k is a noun of persons, a role or an
 * occupation ("Archäologin", "Präsident"), that a name follows. */
static bool person_noun_before(const nf_doc *doc, size_t k) {
    bool org = true;
    return nf_class_noun(doc, k - 1) == NF_ENT_PERSON ||
           (nf_role_at(doc, k - 1, NULL, &org) && !org);
}

/* True when the word before token k is a noun of persons or a nation's
 * member in the singular (no adjective of the same form: "der Schweizer
 * Bankier") after a definite article, past modifiers and ages, that opens
 * the clause: the sentence's first word, or one after a comma, "und" or
 * "oder" ("Der 61-jährige Kanadier", "Der Trainer"). */
static bool subject_noun_of_person_before(const nf_doc *doc, size_t k, size_t sa) {
    size_t n = k - 1;
    if (doc->tokens[n].kind != NF_TOK_WORD || !(doc->tokens[n].flags & NF_TF_CAP)) return false;
    size_t art = nf_definite_article_before(doc, n, sa, 2);
    if (art == SIZE_MAX) return false;
    static const char *const openers[] = {",", "und", "oder", NULL};
    if (art > sa && !nf_tok_in(doc, art - 1, openers)) return false;
    if (person_noun_before(doc, k)) return true;
    return nf_tok_get(doc, n, &doc->engine->gz.demonyms) && !nf_adjective_at(doc, n) &&
           !nf_city_adjective_at(doc, n) && nf_singular_demonym_after(doc, art, n);
}

/* The country (ISO alpha-3) of the adjective of a country or of a region
 * in lower case right before the city `g` named at token k of a sentence
 * from sa, where it is another country than the city's ("im
 * niedersächsischen Bergen" names no Bergen in Norway); NULL otherwise.
 * Owned by the engine. */
static const char *other_country_adjective(const nf_doc *doc, size_t k, size_t sa,
                                           const nf_gz_entry *g) {
    if (k <= sa || !(doc->tokens[k - 1].flags & NF_TF_LOWER)) return NULL;
    const char *of = nf_adjective_at(doc, k - 1);
    if (!of) of = nf_place_adjective_at(doc, k - 1);
    return of && strncmp(of, g->country, 3) != 0 ? of : NULL;
}

/* The country a person's role noun right before token k says its holder
 * serves: by a nationality adjective before it ("der jordanische König"),
 * a country's genitive ("Jordaniens König") or a compound's first part
 * ("Jordanien-König"); NULL when there is no such role or no country.
 * Owned by the engine. */
static const char *role_country_before(const nf_doc *doc, size_t k, size_t sa) {
    bool org = false;
    if (!nf_role_at(doc, k - 1, NULL, &org) || org) return NULL;
    const char *iso = nf_compound_country(doc, k - 1, NF_CC_COUNTRY, NULL);
    if (!iso && k - 1 > sa) iso = nf_adjective_at(doc, k - 2);
    if (!iso && k - 1 > sa) iso = nf_genitive_country_at(doc, k - 2);
    return iso;
}

/* True when a noun follows from token k on, before sb: a capitalised word,
 * or one in lower case (an adjective) and then a capitalised word ("Moskaus
 * Straßen", "Moskaus neue Straßen"). */
static bool noun_after(const nf_doc *doc, size_t k, size_t sb) {
    for (size_t j = k; j < sb && j < k + 2; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD) return false;
        if (doc->tokens[j].flags & NF_TF_CAP) return true;
    }
    return false;
}

/* True when a noun follows a prenominal genitive from token k on, before
 * sb, within three words and after no function word: a capitalised word
 * or one with a capital inside ("Apples iMessage", "Apples derzeit
 * größtes iPhone"). */
static bool genitive_noun_after(const nf_doc *doc, size_t k, size_t sb) {
    for (size_t j = k; j < sb && j < k + 3; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD) return false;
        if (doc->tokens[j].flags & NF_TF_CAP) return true;
        if (doc->tok_mask[j] & NF_TM_STOPWORD) return false; /* "Latinas aus den USA" */
        for (const char *c = nf_tok(doc, j) + 1; *c; c++)
            if (*c >= 'A' && *c <= 'Z') return true;
    }
    return false;
}

/* True when a postnominal genitive may start at token k of a sentence
 * from sa: a capitalised word or "des" stands right before it ("die
 * Straßen Moskaus", "Angaben des ZDFs"), or a conjunction or comma after
 * a name the text found there ("die Rolle Israels und Irans"). */
static bool genitive_head_before(const nf_doc *doc, size_t k, size_t sa) {
    if (k <= sa) return false;
    const nf_token *p = &doc->tokens[k - 1];
    if (p->kind == NF_TOK_WORD && (p->flags & NF_TF_CAP)) return true;
    if (nf_tok_is(doc, k - 1, "des")) return true; /* "laut Angaben des ZDFs" */
    /* (and adjectives between: "des modernen Griechenlands") */
    size_t a = k - 1;
    while (a > sa && a + 2 >= k && nf_inflected_adjective(doc, a)) a--;
    if (a < k - 1 && nf_tok_is(doc, a, "des")) return true;
    static const char *const joins[] = {"und", "oder", "sowie", ",", NULL};
    return k >= sa + 2 && nf_tok_in(doc, k - 1, joins) && nf_mention_over(doc, k - 2);
}

static bool city_surname_at(const nf_doc *doc, size_t k, size_t sb); /* below */

/* Matches the longest gazetteer name starting at token k of [sa, sb);
 * returns the token after it and the chosen entry, or 0. */
static size_t gazetteer_at(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t span,
                           int32_t *entry) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!span) { /* not known from the word table yet */
        const nf_lex_entry *fw = nf_tok_get(doc, k, &gz->first_words);
        span = fw ? (size_t)fw->num : 0;
    }
    size_t tb = 0;
    const nf_lex_entry *e = NULL;
    if (span) e = nf_tok_phrase(doc, k, sb, span, &gz->names, false, &tb);
    if (!e && span) e = folded_phrase(doc, k, sb, span, &gz->names, &tb);
    if (e && doc->tokens[tb - 1].kind == NF_TOK_WORD && tb < sb &&
        doc->tokens[tb].kind == NF_TOK_WORD && !(doc->tokens[tb].flags & NF_TF_SPACE_BEFORE))
        e = NULL; /* never a part of a longer word */
    /* "Man", "Seine" opening a sentence are the pronoun and the possessive,
     * not the Isle of Man and the river. */
    if (e && tb == k + 1 && sentence_initial(doc, k, sa) &&
        nf_tok_find(doc, k, &doc->pack->sentence_starters))
        e = NULL;
    if ((!e || tb == k + 1) && (doc->tokens[k].flags & NF_TF_CAP) && !nf_tok_is(doc, k, "the")) {
        /* A genitive: "Moskaus", "Putins", "Barack Obamas"; after a name
         * of one word, only a longer one ("Rapid Wiens" after "Rapid").
         * English names take none ("The Hills" is no The Hill's). */
        char buf[256];
        size_t len = 0, from = e ? k + 1 : k;
        for (size_t j = k; j < sb && j < k + 3; j++) {
            const char *x = nf_tok(doc, j);
            size_t xl = doc->tok_len[j];
            if (j > k && !(doc->tokens[j].flags & NF_TF_CAP)) break;
            if (len + xl + 2 > sizeof buf) break;
            if (j > k) buf[len++] = ' ';
            memcpy(buf + len, x, xl);
            len += xl;
            const nf_lex_entry *g;
            /* (names in "-land" take "-es" too: "des Saarlandes", "des
             * modernen Griechenlandes"; "Hollandes", Hollande's, is found
             * first) */
            if (j >= from && xl > 3 && x[xl - 1] == 's' &&
                ((g = nf_lexicon_find(&gz->names, buf, len - xl + nf_genitive_stem(x, xl))) ||
                 (land_genitive(x, xl) && (g = nf_lexicon_find(&gz->names, buf, len - 2))))) {
                /* one word: not a given name in "s" ("Nils Schmid" is no
                 * Nile's, "Lars" no Lar's), nor a word the language writes
                 * in lower case ("kein Grünes Licht" is no Greens') */
                if (j == k && nf_tok_get(doc, k, &gz->given)) break;
                if (j == k && nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k))) break;
                /* nor the surname of a person the text named before
                 * ("Ernst Swoboda ... Swobodas Verband" is no party
                 * Svoboda's) */
                if (j == k && nf_person_ending_in(doc, x, nf_genitive_stem(x, xl)) >= 0) break;
                /* nor the strong form of such a word in "-e" ("unter Mobiles
                 * Netz" is no Mobile's) */
                if (j == k && nf_strong_lower_form(doc, k)) break;
                /* after a preposition a genitive goes before its noun ("in
                 * Moskaus Straßen"); with none after it the word is another
                 * ("in Reservoirs in einigen Kilometern Tiefe") */
                if (nf_after_spatial_preposition(doc, k, sa) && !noun_after(doc, j + 1, sb)) break;
                /* a genitive stands before its noun or after one ("Moskaus
                 * Straßen", "die Straßen Moskaus", "Israels und Irans");
                 * with neither the word is another ("Latinos und Latinas
                 * aus den USA") */
                if (!genitive_noun_after(doc, j + 1, sb) && !genitive_head_before(doc, k, sa))
                    break;
                e = g, tb = j + 1;
                break;
            }
        }
    }
    bool declined = false;
    if (!e && (doc->tokens[k].flags & NF_TF_CAP) && k + 1 < sb &&
        (doc->tokens[k + 1].flags & NF_TF_CAP)) {
        e = declined_name_at(doc, k, sb, &tb);
        declined = e != NULL;
    }
    if (capitals_word(doc, k)) { /* "SPIEGEL ONLINE", longer than "SPIEGEL" */
        size_t ctb = 0;
        const nf_lex_entry *c = capitals_name_at(doc, k, sb, &ctb);
        if (c && (!e || ctb > tb)) e = c, tb = ctb;
    }
    if (!e) return 0;
    /* a unit right after a figure ("1.000 PS", "400 MW": lang/de/units.txt)
     * is no party or country of that name */
    if (tb == k + 1 && k > sa && doc->tokens[k - 1].kind == NF_TOK_NUMBER &&
        nf_tok_find(doc, k, &doc->pack->units))
        return 0;
    /* one word after an English word that opens names ("die Sonde New
     * Horizons", no French party "Horizons"; a longer name the lists know,
     * "New York", matched from that word already): part of a name the
     * lists do not have */
    if (tb == k + 1 && k > sa && nf_english_opener(doc, k - 1)) return 0;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    if (tb == k + 1 && nf_tok_get(doc, k, &gz->foreign_country_names)) {
        /* "Austria", "Turkey": no country in German text ("Bank Austria",
         * "die Austria"); another entry of the name may be meant ("Georgia") */
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (ids[i] < gz->count && gz->entries[ids[i]].source != NF_GZ_COUNTRY)
                ids[m++] = ids[i];
        n = m;
    }
    int32_t best = choose(gz, ids, n, nf_doc_day(doc), doc, sa, tb, sb);
    if (best < 0) return 0;
    const nf_gz_entry *g = &gz->entries[best];
    if (declined && g->source == NF_GZ_PERSON) return 0; /* persons' names are not declined */
    /* a person of another country than the role noun before the name says
     * ("der jordanische König Abdullah", "Jordaniens König Abdullah" is no
     * Saudi king): someone else of that name, whom the role makes */
    if (g->source == NF_GZ_PERSON && g->country[0] && k > sa) {
        const char *of = role_country_before(doc, k, sa);
        if (of && strncmp(of, g->country, 3) != 0) return 0;
    }
    /* one word that ends the full name of someone the text named before
     * is that person, not the place or company of the name ("Bruno
     * Rossmann ... so Rossmann", "Lewis Hamilton ... Hamilton") */
    if (g->source != NF_GZ_PERSON && tb == k + 1 && named_person_ending_in(doc, k)) return 0;
    /* a monarch's one name ("Albert", "Hassan") before a name word, a
     * surname or an initial is someone's given name ("Albert G", "Hassan
     * Wirajuda") */
    if (g->source == NF_GZ_PERSON && tb == k + 1 && tb < sb && !strchr(g->canonical, ' ') &&
        (nf_unknown_name_word(doc, tb) || capital_letter(doc, tb) || surname_word(doc, tb)))
        return 0;
    /* a person's name that goes on with particles and a surname or a word
     * no list knows is someone's longer name: "José Graziano da Silva"; not where
     * the particle is a German function word ("Elizabeth II. von
     * Generalgouverneurin Michaëlle Jean", "Merkel von der CDU") */
    if (g->source == NF_GZ_PERSON && tb < sb && !(doc->tok_mask[tb] & NF_TM_STOPWORD) &&
        longer_name_after(doc, tb, sb))
        return 0;
    /* a place's one name that is a given name, or follows a noun of persons
     * as written (no genitive), before a surname or a name word, is
     * someone's given name ("Nils Schmid" is no Nile, "Wladimir Klitschko"
     * no Vladimir, "die Archäologin Montserrat Sanz" no island; "der
     * Ministerpräsident Spaniens José Zapatero" names the country), not
     * before a club's word ("Carolina Panthers"); a country's before a
     * listed common noun is the country ("liefert Israel Panzer") */
    if (nf_place_type(g->type) && tb == k + 1 && tb < sb &&
        (nf_tok_get(doc, k, &gz->given) ||
         (k > sa && !genitive_of_name(doc, k) && person_noun_before(doc, k))) &&
        (surname_word(doc, tb) ||
         (nf_unknown_name_word(doc, tb) &&
          !(g->source == NF_GZ_COUNTRY && nf_common_noun_listed(doc, tb))) ||
         (nf_tok_get(doc, k, &gz->given) && city_surname_at(doc, tb, sb))) &&
        !club_word_at(doc, tb, sb))
        return 0;
    /* a place's one name after a given name no list knows, after a noun
     * of persons, is the surname: "Der Stürmer Enner Valencia" */
    if (nf_place_type(g->type) && g->source != NF_GZ_COUNTRY && tb == k + 1 && k > sa + 1 &&
        nf_unknown_name_word(doc, k - 1) && person_noun_before(doc, k - 1))
        return 0;
    /* a place's one name (no country's) right after a noun of persons or
     * a nation's member in the singular, whose article opens the clause,
     * before a word in lower case or punctuation, is the person's
     * surname: "Der Österreicher Brenner gewann", "Der 61-jährige
     * Kanadier Brenner sagte", "Der Trainer Brenner" (after a verb the
     * name may be the object: "verließ der Kanadier Toronto") */
    if (nf_place_type(g->type) && g->source != NF_GZ_COUNTRY && tb == k + 1 && k > sa + 1 &&
        (tb >= sb || !(doc->tokens[tb].flags & NF_TF_CAP)) && !genitive_of_name(doc, k) &&
        subject_noun_of_person_before(doc, k, sa))
        return 0;
    if (g->source == NF_GZ_CITY && !city_ok(doc, g, k, tb, sa)) return 0;
    /* a city's one name right after a bare title, a noun of persons with
     * no article or adjective before it, as written (no genitive), is the
     * person's name: "Präsident Lincoln", "Nachdem Präsident Cleveland die
     * Wahl verloren hatte" (the tagger or a rule after it finds the
     * person); after "der Diplomat" it may be the object ("warf der
     * Diplomat Warschau vor") */
    if (g->source == NF_GZ_CITY && tb == k + 1 && k > sa && !genitive_of_name(doc, k) &&
        person_noun_before(doc, k) && !nf_after_spatial_preposition(doc, k, sa) &&
        !(k - 1 > sa && (doc->tokens[k - 2].flags & NF_TF_LOWER) &&
          (nf_article_or_determiner(doc, k - 2) || nf_inflected_adjective(doc, k - 2))))
        return 0;
    if (g->source == NF_GZ_CITY && !g->capital && tb == k + 1 &&
        (surname_here(doc, k, sa) || office_holder_after_von(doc, k, sa, g)) &&
        (!nf_after_spatial_preposition(doc, k, sa) || nf_tok_is(doc, k - 1, "von") ||
         (e->key_len < doc->tok_len[k] && nf_tok(doc, k)[doc->tok_len[k] - 1] == 's' &&
          noun_after(doc, tb, sb))))
        return 0; /* "Samuel L. Jackson", "Michael Jackson ... Jackson", "von Obama selbst"
                   * (from him), "in Obamas Amerika" (his genitive before a noun); not
                   * "nach Jackson" */
    /* A place's name that takes no article after one is something else:
     * "die Bayern" are the club or the people, "die Schweden" the team
     * ("das heutige Österreich", with an adjective between, is the place;
     * "die Türkei", "der Iran" take the article; "die Cleveland Cavaliers"
     * are a club named by the city). */
    if ((g->type == NF_ENT_GPE || g->type == NF_ENT_LOC) && tb == k + 1 &&
        nf_place_after_article(doc, k, sa, sb))
        return 0;
    if (g->source == NF_GZ_ORG && tb == k + 1 &&
        common_noun_in_use(doc, k, sa,
                           g->role && (!strcmp(g->role, "company") || !strcmp(g->role, "media"))))
        return 0;
    /* a party named by an adjective in "-e" ("Grüne", "Linke") after the
     * article of a thing in the singular, before a common noun, is that
     * adjective: "das Grüne Trikot", "der Grüne Punkt" (not "die Grüne
     * Jugend", nor "der Grünen", the party's genitive) */
    static const char *const singular[] = {"das", "der", "ein", NULL};
    if (g->source == NF_GZ_ORG && tb == k + 1 && k > sa && tb < sb && g->role &&
        !strcmp(g->role, "party") && nf_tok_in(doc, k - 1, singular) &&
        nf_tokl(doc, k)[doc->tok_llen[k] - 1] == 'e' &&
        (nf_plain_noun(doc, tb) || nf_common_noun_listed(doc, tb) ||
         nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, tb), 0)))
        return 0;
    if (g->source == NF_GZ_ORG && tb == k + 1 && g->role && !strcmp(g->role, "company") &&
        company_noun_after_article(doc, k, sa))
        return 0;
    if (g->source == NF_GZ_ORG && tb == k + 1 && g->role && !strcmp(g->role, "party") &&
        nf_political_camp_at(doc, k, sa))
        return 0;
    /* a country's institution after another country's adjective: "des
     * britischen Umweltministeriums" is not the German one */
    const char *iso =
        g->source == NF_GZ_ORG && g->country[0] && k > sa ? nf_adjective_at(doc, k - 1) : NULL;
    if (iso && memcmp(iso, g->country, 3) != 0) return 0;
    /* nor, if it is the state's (government, parliament, court), before
     * "in" and a place of another country: "das Innenministerium in Wien" is
     * not the German one ("die Bundeswehr in Afghanistan", "die PKK in
     * Deutschland" are theirs) */
    int32_t place;
    if (g->source == NF_GZ_ORG && g->country[0] && state_institution(g) && tb + 1 < sb &&
        nf_tok_is(doc, tb, "in") && gazetteer_at(doc, tb + 1, sa, sb, 0, &place)) {
        const nf_gz_entry *p = &gz->entries[place];
        if ((p->type == NF_ENT_GPE || p->type == NF_ENT_LOC) && p->country[0] &&
            memcmp(p->country, g->country, 3) != 0)
            return 0;
    }
    if (g->source == NF_GZ_CITY && tb == k + 1 && common_word_not_city(doc, k, sa, sb, g)) return 0;
    /* A ruler known by one name ("Hussein", "Albert") is a given name of
     * someone else where a surname alone would be ("Hussein al Huthi",
     * "Albert G."). */
    if (g->source == NF_GZ_PERSON && tb == k + 1 && !strchr(g->canonical, ' ') &&
        not_a_surname_here(doc, k, sa, sb))
        return 0;
    /* Nor is it where a person the document named before bears it as a
     * surname: "Hussein" after "Saddam Hussein" is Saddam Hussein, not the
     * king of Jordan. */
    if (g->source == NF_GZ_PERSON && tb == k + 1 && !strchr(g->canonical, ' ') &&
        nf_known_surname(doc, nf_tok(doc, k), doc->tok_len[k]))
        return 0;
    *entry = best;
    return tb;
}

static bool cap_adjective(const nf_doc *doc, size_t k);

/* The person named before whose two-word name starts with the short word
 * w, as Chinese, Korean and Vietnamese names put the family name first
 * ("Hu Jia" ... "Hu", "Xi Jinping" ... "Xi"); -1 when there is none.  The
 * word is at most four letters long: longer first words are given names
 * far more often (and a short given name alone, "Tom" after "Tom Hanks",
 * means the same person anyway). */
static int32_t family_name_first_as(const nf_doc *doc, const char *w, size_t wl) {
    if (wl < 2 || wl > 4 || nf_function_word(doc, w, wl)) return -1; /* "The Revenant" */
    for (size_t i = doc->nentities; i-- > 0;) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->name) continue;
        /* two words, or three where the canonical name has two ("Ban Ki
         * Moon" for "Ban Ki-moon") or the country names people family
         * name first ("Kim Jong Un") */
        if (e->name_words != 2 && !(e->name_words == 3 && nf_gz_surname_first(e->country))) {
            const char *c = e->canonical, *csp = e->name_words == 3 && c ? strchr(c, ' ') : NULL;
            if (!csp || strchr(csp + 1, ' ') || (size_t)(csp - c) != wl || memcmp(c, w, wl) != 0)
                continue;
        }
        const char *sp = strchr(e->name, ' ');
        if (sp && (size_t)(sp - e->name) == wl && memcmp(e->name, w, wl) == 0 &&
            strlen(sp + 1) >= 2)
            return (int32_t)i;
    }
    return -1;
}

/* See entities.h: family_name_first_as for the word w as written or,
 * where none bears it, as the genitive of a family name ("die Erklärung
 * Bans" after "Ban Ki-moon", "Xis Politik" after "Xi Jinping"). */
int32_t nf_family_name_first(const nf_doc *doc, const char *w, size_t wl) {
    int32_t e = family_name_first_as(doc, w, wl);
    if (e < 0 && wl > 2 && w[wl - 1] == 's') e = family_name_first_as(doc, w, wl - 1);
    return e;
}

/* See entities.h: the word's ASCII letters lower-cased (the lists' words
 * are ASCII), looked up in each language's list. */
bool nf_function_word(const nf_doc *doc, const char *w, size_t wl) {
    char low[16];
    if (wl == 0 || wl >= sizeof low) return false;
    for (size_t i = 0; i < wl; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    for (size_t i = 0; i < NF_LANG_COUNT; i++)
        if (nf_lexicon_find(&doc->engine->packs[i].stopwords, low, wl)) return true;
    return false;
}

/* See entities.h. */
bool nf_known_surname(const nf_doc *doc, const char *w, size_t wl) {
    if (nf_family_name_first(doc, w, wl) >= 0) return true;
    /* "Putin", "Putins", "Putin's" */
    return nf_person_ending_in(doc, w, wl) >= 0 ||
           (wl > 1 && w[wl - 1] == 's' &&
            nf_person_ending_in(doc, w, nf_genitive_stem(w, wl)) >= 0);
}

/* True when the word at token k is a person's surname rather than a town
 * of that name: a person of the document has it as the last word of the
 * name, or an initial stands before it ("Samuel L. Jackson"). */
static bool surname_here(const nf_doc *doc, size_t k, size_t sa) {
    if (k > sa && nf_initial_at(doc, k - 1)) return true;
    return nf_known_surname(doc, nf_tok(doc, k), doc->tok_len[k]);
}

static int32_t in_office_entry(const nf_doc *doc, const nf_lexicon *lex, const nf_lex_entry *e,
                               bool former, const char *given, size_t gl, const char *role,
                               size_t rl); /* below */

/* True when the word at token k after "von" is the surname of the one
 * person in office on the document's date who has it, and `city`, a town
 * of that name, lies in a country the text has not named: "sprach von
 * Rubio als Leichtgewicht" in 2025 names the Secretary of State, no town
 * in Venezuela ("von Lima nach Cusco" in a text about Peru stays the
 * town). */
static bool office_holder_after_von(const nf_doc *doc, size_t k, size_t sa,
                                    const nf_gz_entry *city) {
    if (k == sa || !nf_tok_is(doc, k - 1, "von") || !nf_doc_day(doc) ||
        country_named(doc, city->country))
        return false;
    const nf_lexicon *sur = &doc->engine->gz.surnames;
    return in_office_entry(doc, sur, nf_tok_get(doc, k, sur), false, NULL, 0, NULL, 0) >= 0;
}

static int32_t in_office_named(nf_doc *doc, const nf_lexicon *lex, const nf_lex_entry *e,
                               bool former, const char *role, size_t rl);
static int32_t undated_surname_named(nf_doc *doc, size_t k, size_t sa, const nf_lex_entry *e);

/* See entities.h. */
bool nf_name_owns_noun(const nf_doc *doc, const nf_mention *m) {
    /* (the label where the entity has one: its name may be the genitive
     * as first written) */
    const nf_entity *e = &doc->entities[m->entity];
    const char *name = e->canonical ? e->canonical : e->name;
    size_t last = m->tb - 1, n = doc->tok_len[last], nl = name ? strlen(name) : 0;
    if (n < 3 || nf_tok(doc, last)[n - 1] != 's' || !nl || name[nl - 1] == 's') return false;
    /* the noun's determiner, past adjectives in lower case (none before
     * the text's first words) */
    for (size_t j = m->ta < 2 ? 0 : m->ta - 1; j-- > 0 && j + 4 > m->ta;) {
        if (nf_tok_is(doc, j, "des")) return false;
        if (!(doc->tokens[j].flags & NF_TF_LOWER)) break;
    }
    return true;
}

/* See entities.h. */
bool nf_name_owns_next_noun(const nf_doc *doc, const nf_mention *m) {
    const nf_token *t = m->tb < doc->ntokens ? &doc->tokens[m->tb] : NULL;
    return t && t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP) && nf_name_owns_noun(doc, m);
}

/* See entities.h. */
bool nf_initial_at(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t wl = doc->tok_len[k];
    if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
    if (wl == 2 && w[1] == '.') return true;
    return wl == 1 && doc->tokens[k].kind == NF_TOK_WORD && k + 1 < doc->ntokens &&
           nf_tok_is(doc, k + 1, ".") && doc->tokens[k + 1].a == doc->tokens[k].b;
}

/* The fewest bytes of the last part of a compound noun_compound looks up
 * in the tagger's lexicon, and in the list of common nouns. */
#define COMPOUND_TAIL_MIN 4
#define LISTED_TAIL_MIN 6

/* See entities.h. */
bool nf_noun_compound(const nf_doc *doc, size_t k) {
    return nf_noun_compound_word(doc, nf_tokl(doc, k), doc->tok_llen[k]);
}

/* See entities.h. */
bool nf_noun_compound_word(const nf_doc *doc, const char *l, size_t n) {
    const nf_lexicon *listed = &doc->engine->gz.common_nouns;
    char part[48];
    for (size_t i = 3; i + COMPOUND_TAIL_MIN <= n; i++) {
        if (l[i] < 'a' || l[i] > 'z') continue;
        if (nf_ner_compound_tail(doc->engine->ner, l + i, NF_COMMON_NOUN_MIN_FREQ)) return true;
        /* a noun of the list of common nouns, capitalised as listed, of
         * LISTED_TAIL_MIN bytes or more ("Zaun" in "Grenzzaun"; not "Alls"
         * in "Navarro-Valls") */
        if (n - i >= LISTED_TAIL_MIN && n - i < sizeof part) {
            memcpy(part, l + i, n - i);
            part[0] = (char)(part[0] - 'a' + 'A');
            if (nf_lexicon_find(listed, part, n - i)) return true;
        }
    }
    return false;
}

/* See entities.h. */
bool nf_unknown_name_word(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (!doc->engine->ner || !(t->flags & NF_TF_CAP)) return false;
    if (nf_initial_at(doc, k)) return true;
    const char *w = nf_tok(doc, k);
    size_t wl = doc->tok_len[k];
    if (t->kind != NF_TOK_WORD || wl < 2 || memchr(w, '-', wl) || nf_role_at(doc, k, NULL, NULL) ||
        nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k)) ||
        nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ) ||
        nf_noun_compound(doc, k) || nf_abstract_noun(doc, k))
        return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_tok_get(doc, k, &gz->words);
    if (e && (e->num & NF_GW_SURNAME)) return false;
    if ((e && (e->num & NF_GW_FIRST) && nf_lexicon_find(&gz->names, w, wl)) ||
        (wl > 2 && w[wl - 1] == 's' && nf_lexicon_find(&gz->surnames, w, wl - 1)))
        return false;
    return true;
}

/* See entities.h. */
bool nf_outlet(const nf_entity *e) {
    return nf_actor_sector(e->actor, "MED");
}

/* See entities.h. */
bool nf_actor_sector(const char *actor, const char *sector) {
    size_t n = actor ? strlen(actor) : 0;
    return n >= 3 && memcmp(actor + n - 3, sector, 3) == 0;
}

/* See entities.h. */
bool nf_turn_label(const nf_doc *doc, const nf_mention *m) {
    return m->tb < doc->ntokens && doc->sentences[doc->tok_sent[m->ta]].ta == m->ta &&
           nf_tok_is(doc, m->tb, ":");
}

/* See entities.h. */
bool nf_list_separator(const nf_doc *doc, size_t k) {
    static const char *const seps[] = {",", "\xe2\x80\x93", "\xe2\x80\x94", "-", "/", ";"};
    if (doc->tokens[k].kind != NF_TOK_PUNCT) return false;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++)
        if (nf_tok_is(doc, k, seps[i])) return true;
    return false;
}

/* See entities.h. */
bool nf_in_name_list(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    size_t n = 0;
    for (size_t j = k;
         j >= sa + 2 && n < 2 && nf_list_separator(doc, j - 1) && nf_unknown_name_word(doc, j - 2);
         j -= 2)
        n++;
    for (size_t j = k;
         j + 2 < sb && n < 2 && nf_list_separator(doc, j + 1) && nf_unknown_name_word(doc, j + 2);
         j += 2)
        n++;
    return n >= 2;
}

/* True when token k is a particle of names in lower case ("da", "al",
 * "van"; lang/de/entities/name-particles.txt). */
static bool name_particle(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_WORD && !(doc->tokens[k].flags & NF_TF_CAP) &&
           nf_tok_get(doc, k, &doc->engine->gz.name_particles) != NULL;
}

/* See entities.h. */
bool nf_hyphened_particle(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    const char *h = strchr(w, '-');
    return h && h > w && !(doc->tokens[k].flags & NF_TF_CAP) && h[1] >= 'A' && h[1] <= 'Z' &&
           nf_lexicon_find(&doc->engine->gz.name_particles, w, (size_t)(h - w));
}

/* True when a name goes on after token k - 1 with particles and a word no
 * list knows ("Rafael van der Vaart"), or any capitalised word after an
 * Arabic, Dutch or other particle that is no German word ("Hussein al
 * Huthi"), or with an Arabic article joined by a hyphen ("Abdullah
 * al-Senussi"). */
static bool particle_name_after(const nf_doc *doc, size_t k, size_t sb) {
    if (k >= sb) return false;
    if (nf_hyphened_particle(doc, k)) return true;
    size_t j = k;
    while (j < sb && j < k + 2 && name_particle(doc, j)) j++;
    if (j == k || j >= sb) return false;
    /* after a particle that is no German, French or English word ("al",
     * "bin", "van"), any capitalised word goes on with the name, one a list
     * knows as something else too ("Hussein al Huthi"); after "von", "der",
     * "de" and the like only a word no list knows ("Merkel von der CDU") */
    static const char *const foreign[] = {"abu", "ad", "al",  "ash", "ben",   "bin", "bint",
                                          "ibn", "el", "van", "del", "della", "dos", NULL};
    if (nf_tok_in(doc, k, foreign) && doc->tokens[j].kind == NF_TOK_WORD &&
        (doc->tokens[j].flags & NF_TF_CAP))
        return true;
    return nf_unknown_name_word(doc, j);
}

/* True when a person's name goes on at token k with particles and a
 * surname the gazetteers know ("José Graziano da Silva") or a word no list
 * knows (particle_name_after). */
static bool longer_name_after(const nf_doc *doc, size_t k, size_t sb) {
    if (particle_name_after(doc, k, sb)) return true;
    size_t j = k;
    while (j < sb && j < k + 2 && name_particle(doc, j)) j++;
    return j > k && j < sb && surname_word(doc, j);
}

/* True when a name with particles ends before token k ("Danny da Costa",
 * "Cecilia de Arce"). */
static bool particle_name_before(const nf_doc *doc, size_t k, size_t sa) {
    size_t j = k;
    while (j > sa && j + 2 > k && name_particle(doc, j - 1)) j--;
    return j < k && j > sa && nf_unknown_name_word(doc, j - 1);
}

/* The end of the UTF-8 character at s[i] (n bytes in all). */
static size_t char_end(const char *s, size_t i, size_t n) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

/* True when the characters [a, ae) of `s` and [b, be) of `t` are equal,
 * ASCII letters without case. */
static bool same_char(const char *s, size_t a, size_t ae, const char *t, size_t b, size_t be) {
    if (ae - a != be - b) return false;
    for (size_t i = 0; i < ae - a; i++) {
        unsigned char x = (unsigned char)s[a + i], y = (unsigned char)t[b + i];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return false;
    }
    return true;
}

/* True when two words (UTF-8) differ in one character at most, changed,
 * added or dropped: spellings of one given name ("Steffan" and "Steffen",
 * "Siegmar" and "Sigmar", "Gudni" and "Guðni"). */
static bool one_char_apart(const char *s, size_t sn, const char *t, size_t tn) {
    size_t i = 0, j = 0;
    while (i < sn && j < tn) { /* the common start */
        size_t ie = char_end(s, i, sn), je = char_end(t, j, tn);
        if (!same_char(s, i, ie, t, j, je)) break;
        i = ie, j = je;
    }
    size_t a = sn, b = tn;
    while (a > i && b > j) { /* the common end */
        size_t ia = a - 1, jb = b - 1;
        while (ia > i && ((unsigned char)s[ia] & 0xC0) == 0x80) ia--;
        while (jb > j && ((unsigned char)t[jb] & 0xC0) == 0x80) jb--;
        if (!same_char(s, ia, a, t, jb, b)) break;
        a = ia, b = jb;
    }
    /* What is left between them: a character at most on each side. */
    return (a == i || char_end(s, i, sn) == a) && (b == j || char_end(t, j, tn) == b);
}

/* True when a word in lower case (a verb, an adverb) stands right before
 * token k of a sentence from sa: there two names in a row are two
 * persons, subject and object ("Dort traf Toqajew Putin"). */
static bool lower_word_before(const nf_doc *doc, size_t k, size_t sa) {
    return k > sa && doc->tokens[k - 1].kind == NF_TOK_WORD &&
           (doc->tokens[k - 1].flags & NF_TF_LOWER);
}

/* True when the word at k - 1 before a surname alone may be the given name
 * of person `ent` as the text spells it: no word of an unknown name nor a
 * known surname after no verb ("Dr. Erdoğan Yilmaz" is no Mesut Yılmaz),
 * or one a character away from the first word of the person's label. */
static bool given_name_fits(const nf_doc *doc, size_t k, size_t sa, int32_t ent) {
    if (k == sa || !(nf_unknown_name_word(doc, k - 1) ||
                     (surname_word(doc, k - 1) && !lower_word_before(doc, k - 1, sa))))
        return true;
    const char *label = doc->entities[ent].canonical;
    if (!label) return false;
    size_t ln = strcspn(label, " ");
    return ln < strlen(label) && one_char_apart(nf_tok(doc, k - 1), doc->tok_len[k - 1], label, ln);
}

/* True when the words around a surname alone at k show it to be part of
 * another name or a common noun, not the surname of someone in office: an
 * unknown name word or particles and one after it ("Novak Djokovic",
 * "Hussein al Huthi"), particles and a name before it ("Danny da Costa"),
 * a line-up around it, a match's minute after it in brackets ("Berisha
 * (28.)" scored a goal), or a determiner right before it, which makes it
 * a common noun ("diesen Fall", "im Kern", "das Klima"): news write no
 * article before a surname. */
static bool not_a_surname_here(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    /* (or another surname after it where no verb stands before it: "Dr.
     * Erdoğan Yilmaz" is a man of that given name, neither Erdoğan nor
     * Mesut Yılmaz; "traf Toqajew Putin" names two) */
    if (k + 1 < sb && (nf_unknown_name_word(doc, k + 1) || particle_name_after(doc, k + 1, sb) ||
                       (surname_word(doc, k + 1) && !lower_word_before(doc, k, sa))))
        return true;
    if (k + 2 < sb && nf_tok_is(doc, k + 1, "(") &&
        (doc->tokens[k + 2].kind == NF_TOK_ORDINAL ||
         (doc->tokens[k + 2].kind == NF_TOK_NUMBER && k + 3 < sb && nf_tok_is(doc, k + 3, "."))))
        return true;
    if (particle_name_before(doc, k, sa) || nf_in_name_list(doc, k, sa, sb)) return true;
    if (k == sa) return false;
    const char *p = nf_tokl(doc, k - 1);
    size_t pn = doc->tok_llen[k - 1];
    if (nf_lexicon_find(&gz->noun_determiners, p, pn)) return true;
    const nf_lex_entry *a = nf_lexicon_find(&gz->articles, p, pn);
    if (!a || !*nf_lex_val(&gz->articles, a)) return a != NULL;
    /* "der", "dem": a relative pronoun too (", der Erdogan zu kritisch
     * war"), so only before a word the lexicon knows as a noun, or a role
     * noun */
    const char *l = nf_tokl(doc, k);
    return nf_ner_common_noun(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) ||
           nf_ner_noun_like(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) ||
           nf_role_at(doc, k, NULL, NULL); /* "der Kaiser aus München" */
}

/* See entities.h. */
bool nf_inflected_adjective(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 4 || nf_tok_find(doc, k, &doc->pack->stopwords)) return false;
    char z = w[n - 1], y = w[n - 2];
    return z == 'e' || (y == 'e' && (z == 'n' || z == 'r' || z == 's' || z == 'm'));
}

/* True when token k is a capitalised word in "s", as a name's genitive
 * is ("Leitls", "Mascheranos"). */
static bool genitive_like(const nf_doc *doc, size_t k) {
    return (doc->tokens[k].flags & NF_TF_CAP) && nf_tok(doc, k)[doc->tok_len[k] - 1] == 's';
}

/* True when token k of sentence [sa, sb) stands where a genitive name
 * does: before the noun it owns, adjectives between ("Putins Sprecher",
 * "Erdoğans islamisch-konservative AKP"), or another genitive joined to it
 * ("Messis und Mascheranos Clubkameraden"); or right after a capitalised
 * word that does not open the sentence ("die Politik Putins"), or after
 * another genitive ("von Plänen Leitls und Mitterlehners"). */
static bool genitive_place_for(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    size_t j = k + 1;
    if (j + 1 < sb && nf_tok_is(doc, j, "und") && genitive_like(doc, j + 1)) j += 2;
    for (int n = 0; n < 3 && j < sb && nf_inflected_adjective(doc, j); n++) j++;
    if (j < sb && doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP))
        return true;
    /* "von Plänen Leitls und Mitterlehners" */
    if (k > sa + 2 && nf_tok_is(doc, k - 1, "und") && genitive_like(doc, k - 2)) return true;
    return k > sa + 1 && doc->tokens[k - 1].kind == NF_TOK_WORD &&
           (doc->tokens[k - 1].flags & NF_TF_CAP);
}

/* See entities.h. */
int nf_age_word_ending(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k], d = 0;
    while (d < n && l[d] >= '0' && l[d] <= '9') d++;
    static const char tail[] = "-jährig";
    if (d == 0 || n - d < sizeof tail - 1 || memcmp(l + d, tail, sizeof tail - 1) != 0) return -1;
    return (int)(n - d - (sizeof tail - 1));
}

/* See entities.h. */
int32_t nf_person_ending_in(const nf_doc *doc, const char *w, size_t n) {
    int32_t latest = -1;
    for (size_t i = doc->nentities; i-- > 0;) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->name || !nf_last_word_is(e->name, w, n)) continue;
        if (e->canonical) return (int32_t)i;
        if (latest < 0) latest = (int32_t)i;
    }
    return latest;
}

/* True when a person of the document has a name of two words or more
 * whose first word is w (n bytes): "Roger" of "Roger Federer". */
static bool person_starting_with(const nf_doc *doc, const char *w, size_t n) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type == NF_ENT_PERSON && e->name && strncmp(e->name, w, n) == 0 && e->name[n] == ' ')
            return true;
    }
    return false;
}

static bool text_names_country(nf_doc *doc, const char *iso);      /* below */
static bool subject_place(const nf_doc *doc, size_t k, size_t sa); /* below */
static bool widely_reported(const char *iso, bool in_office);      /* below */
static size_t particles_before(const nf_doc *doc, size_t k, size_t sa,
                               const nf_entity *e); /* below */

/* True when the article right before token k is the last of a name's
 * particles ("von der Leyen", "Van der Bellen"): then it makes no common
 * noun of the word, if the person found has those particles
 * (particle_article_fits). */
static bool particle_article_at(const nf_doc *doc, size_t k, size_t sa) {
    const nf_gazetteer *gz = &doc->engine->gz;
    return k > sa + 1 && nf_tokl_get(doc, k - 1, &gz->articles) &&
           nf_tokl_get(doc, k - 2, &gz->name_particles);
}

/* The person `ent` for a surname at token k after a particle and an
 * article (particle_article_at) when the person's name has them before
 * the surname, else -1. */
static int32_t particle_article_fits(const nf_doc *doc, size_t k, size_t sa, int32_t ent) {
    return ent >= 0 && particles_before(doc, k, sa, &doc->entities[ent]) <= k - 2 ? ent : -1;
}

/* See entities.h. */
bool nf_whole_government(const char *role, size_t rl) {
    static const char *const whole[] = {"government", "leadership", "cabinet", "administration"};
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
        if (strlen(whole[i]) == rl && memcmp(whole[i], role, rl) == 0) return true;
    return false;
}

/* The gender of the word at k that addresses a person ("Frau" 'f',
 * "Herr" or "Herrn" 'm'), or 0 for any other word. */
static char address_gender(const nf_doc *doc, size_t k) {
    return nf_tok_is(doc, k, "frau")                                 ? 'f'
           : nf_tok_is(doc, k, "herr") || nf_tok_is(doc, k, "herrn") ? 'm'
                                                                     : 0;
}

/* A surname alone ("Putin", "Toqajew"): a person named in full earlier in
 * the document, or one in office on its date.  Returns the entity or -1. */
static int32_t surname_at(nf_doc *doc, size_t k, size_t sa, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    size_t wl = doc->tok_len[k];
    int32_t first = nf_family_name_first(doc, w, wl);
    if (first >= 0) {
        /* the whole name again ("Jane Kowalczyk" after "Jane Kowalczyk"):
         * the surname after it takes both words (particles_before) */
        const char *rest = strchr(doc->entities[first].name, ' ') + 1;
        bool whole = k + 1 < sb && doc->tok_len[k + 1] == strlen(rest) &&
                     memcmp(nf_tok(doc, k + 1), rest, doc->tok_len[k + 1]) == 0;
        /* (a short given name before another surname is someone else's:
         * "Nico Hülkenberg" after "Nico Rosberg"; not the rest of the
         * name in more words, "Kim Jong Un") */
        size_t nl = k + 1 < sb ? doc->tok_len[k + 1] : 0;
        bool other = nl && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
                     !(strncmp(rest, nf_tok(doc, k + 1), nl) == 0 &&
                       (rest[nl] == ' ' || rest[nl] == '\0')) &&
                     (nf_tok_get(doc, k + 1, &gz->surnames) || nf_unknown_name_word(doc, k + 1));
        return whole || other ? -1 : first;
    }
    if (wl < 4) return -1;
    /* A given name next to a capitalised word that is no common noun or
     * role, or next to a surname, starts a longer name ("Thomas Enders",
     * "Klaus Wiesehügel", "Martin Kaiser" though Peter Kaiser is known); a
     * surname after a given name belongs to someone else's full name
     * ("Joachim Rücker"). */
    const nf_lexicon *given = &gz->given;
    if (nf_tok_get(doc, k, given) && k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_WORD &&
        (doc->tokens[k + 1].flags & NF_TF_CAP) &&
        (nf_tok_get(doc, k + 1, &gz->surnames) ||
         !(nf_plain_noun(doc, k + 1) || nf_role_at(doc, k + 1, NULL, NULL))))
        return -1;
    if (k > sa && nf_tok_get(doc, k - 1, given) &&
        !(sentence_initial(doc, k - 1, sa) &&
          nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k - 1))))
        return -1; /* (not a word in lower case that opens the sentence: "In Putins ...") */
    /* after an initial: a name with a middle initial ("Georg W. Bush",
     * "John F. Kennedy"), someone the gazetteer names otherwise */
    if ((k > sa && nf_initial_at(doc, k - 1)) || (k > sa + 1 && nf_initial_at(doc, k - 2)))
        return -1;
    /* The genitive of a surname: "Putins". */
    char stem[128];
    bool genitive = false;
    if (wl > 4 && wl < sizeof stem && w[wl - 1] == 's' && !nf_tok_get(doc, k, &gz->surnames)) {
        size_t sl = nf_genitive_stem(w, wl);
        memcpy(stem, w, sl);
        stem[sl] = '\0';
        /* a surname in "s" of someone named before is no genitive
         * ("Andriukaitis" after "Vytenis Andriukaitis"), unless someone
         * has the name without it ("Hartmanns" after "Swantje Hartmann") */
        if (nf_person_ending_in(doc, stem, sl) >= 0 || nf_person_ending_in(doc, w, wl) < 0) {
            genitive = true;
            wl = sl;
            w = stem;
        }
    }
    /* Someone already in the document whose name ends with this word,
     * unless a determiner makes the word the common noun it also is ("der
     * Kunst" after "Ökonomen Kunst"; an article after a comma opens a
     * relative clause: ", das Rieger erwarb"). */
    bool particle_article = particle_article_at(doc, k, sa);
    if (k > sa && !particle_article &&
        nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ) &&
        (nf_tokl_get(doc, k - 1, &gz->noun_determiners) ||
         (nf_tokl_get(doc, k - 1, &gz->articles) && !(k - 1 > sa && nf_tok_is(doc, k - 2, ",")))))
        return -1;
    int32_t named = nf_person_ending_in(doc, w, wl);
    if (named >= 0) return particle_article ? particle_article_fits(doc, k, sa, named) : named;
    /* nor is a word right after an article the surname of an office holder
     * the text has not named ("Der Schmied arbeitet", "in der Scheuer"),
     * whether or not the lexicon knows the noun: news give surnames no
     * article */
    if (k > sa && !particle_article && nf_tokl_get(doc, k - 1, &gz->articles) &&
        !(k - 1 > sa && nf_tok_is(doc, k - 2, ",")) && /* (", der Erdogan ...", */
        !(k - 2 > sa && nf_tok_is(doc, k - 3, ",")))   /* ", bei dem Erdogan ...": relative) */
        return -1;
    /* a given name of someone named before is that person's, not the
     * surname of an office holder ("Ich habe Roger das Match geschenkt"
     * after "Roger Federer" is no Michel Roger's) */
    if (!genitive && nf_tok_get(doc, k, given) && person_starting_with(doc, w, wl)) return -1;
    /* A word of the language that opens the sentence, or a clause after a
     * colon, is that word ("Kurz danach ...", not Sebastian Kurz; "gesagt:
     * Weil sich ..."), unless its owner was named before or
     * a verb or a comma follows, as after a subject ("Kurz sagte", "Kurz
     * traf", "Kurz hat", "Kurz, der ..."). */
    bool opens = sentence_initial(doc, k, sa) || nf_tok_is(doc, k - 1, ":"); /* ": Weil sich" */
    if (opens && nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k)) && k + 1 < sb &&
        doc->tokens[k + 1].kind == NF_TOK_WORD) {
        const nf_langpack *lp = doc->pack;
        if (!nf_tok_find(doc, k + 1, &lp->speech_verbs) &&
            !nf_tok_find(doc, k + 1, &lp->event_triggers) &&
            !nf_tok_find(doc, k + 1, &lp->tense_markers) && !nf_konjunktiv_at(doc, k + 1))
            return -1;
    }
    if (not_a_surname_here(doc, k, sa, sb)) return -1;
    /* someone the text has not named, by a genitive: where a genitive
     * stands, before the noun it owns ("Putins Sprecher") or after one
     * ("die Politik Putins"); elsewhere the word is a plural ("Er kaufte
     * Bongos für die Band" is no Omar Bongo's) */
    if (genitive && !genitive_place_for(doc, k, sa, sb)) return -1;
    size_t before = doc->nentities;
    const nf_lex_entry *se = nf_lexicon_find(&gz->surnames, w, wl);
    int32_t ent = nf_doc_day(doc) ? in_office_named(doc, &gz->surnames, se, false, NULL, 0)
                                  : undated_surname_named(doc, k, sa, se);
    /* (of namesakes in office, the head of state or government after a
     * noun of a whole government: "die Regierung Bush" in 2004, while Jeb
     * Bush governed Florida) */
    bool org = false;
    const char *gov =
        ent < 0 && nf_doc_day(doc) && k > sa ? nf_role_at(doc, k - 1, NULL, &org) : NULL;
    if (gov && org && nf_whole_government(gov, nf_role_len(gov))) {
        static const char head_gov[] = "head_of_government", head_state[] = "head_of_state";
        ent = in_office_named(doc, &gz->surnames, se, false, head_gov, sizeof head_gov - 1);
        if (ent < 0)
            ent = in_office_named(doc, &gz->surnames, se, false, head_state, sizeof head_state - 1);
    }
    bool in_office = ent >= 0 && nf_doc_day(doc);
    if (ent < 0 && nf_doc_day(doc)) ent = former_head_named(doc, se, k, sa);
    if (ent >= 0 && !given_name_fits(doc, k, sa, ent)) {
        doc->nentities = before; /* "Ken Rice" is not Condoleezza Rice: no trace of her */
        return -1;
    }
    /* (the words before the name stand before its particles: "Frau von
     * der Leyen", "sagte de Maizière") */
    size_t from = ent >= 0 ? particles_before(doc, k, sa, &doc->entities[ent]) : k;
    /* "Frau Schneider" is no Carsten Schneider, "Herr Weil" no woman */
    char addressed = from > sa ? address_gender(doc, from - 1) : 0;
    if (ent >= 0 && particle_article && particle_article_fits(doc, k, sa, ent) < 0) {
        doc->nentities = before; /* "von der Leyen" is no Hans Leyen's */
        return -1;
    }
    if (ent >= 0 && addressed) {
        char g = gender_of_name(gz, doc->entities[ent].canonical);
        if (g && g != addressed) {
            doc->nentities = before;
            return -1;
        }
    }
    /* an office holder by the surname alone only where the text names the
     * holder's country ("Spencers Villa" in Los Angeles is no Baldwin
     * Spencer's, "Berisha" in a football report no Sali Berisha, "Hofer
     * oder Lidl" a chain of shops): the country an entity named before
     * has, or a word of the text names; or an office's noun before it
     * says whose ("Kanzler Scholz", "Amtsinhaber Lukaschenko") */
    bool titled =
        from > sa &&
        (nf_role_at(doc, from - 1, NULL, NULL) ||
         (nf_person_noun_at(doc, from - 1) && nf_class_noun(doc, from - 1) != NF_ENT_PERSON));
    /* (a given name before it that fits, spelt a letter off, says whose:
     * "Steffan Seibert") */
    bool given_before = k > sa && (nf_tok_get(doc, k - 1, &gz->given) ||
                                   nf_unknown_name_word(doc, k - 1)); /* (it fit: above) */
    /* (a surname that is a common noun too, "Fischer", "Koch", "Richter",
     * needs the country even for widely reported ones: "Daher bekommen
     * Fischer Subventionen" names no Heinz Fischer) */
    bool noun = nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ);
    /* (and before the "Frau" or "Herr" that addresses the person: "sagte
     * Frau von der Leyen") */
    if (ent >= 0 && !titled && !given_before &&
        !subject_place(doc, addressed ? from - 1 : from, sa) &&
        (!widely_reported(doc->entities[ent].country, in_office) || noun) &&
        !country_named_before(doc, doc->entities[ent].country, before) &&
        !text_names_country(doc, doc->entities[ent].country)) {
        doc->nentities = before;
        return -1;
    }
    return ent;
}

/* True for the countries whose office holders German news names by the
 * surname alone anywhere in a sentence ("ein Treffen mit Putin"): the
 * G20's, the German-speaking ones, and, for a holder in office on the
 * text's day (`in_office`), the two whose wars lead the news ("der
 * Haftbefehl gegen Netanjahu", "die Kritik an Selenskyj"; not anyone who
 * once held an office there: "die Neue Burg" is no Avraham Burg).  Those
 * of other countries it introduces with the country, or names as a
 * clause's subject. */
static bool widely_reported(const char *iso, bool in_office) {
    static const char *const g20[] = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND",
                                      "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF",
                                      "TUR", "GBR", "USA", "AUT", "CHE", NULL};
    for (const char *const *c = g20; *c; c++)
        if (strncmp(*c, iso, 3) == 0) return true;
    return in_office && (strncmp(iso, "ISR", 3) == 0 || strncmp(iso, "UKR", 3) == 0);
}

/* True when the word at token k of a sentence from sa stands where the
 * subject of its clause does: opening the sentence (or after a dateline),
 * after a comma or colon, in a list of names ("Merkel, Sarkozy und
 * Putin"), or right after a verb of saying, an event's verb or a tense
 * marker that it follows as subject ("sagte Putin", "traf Obama", "hat
 * Merkel").  There a surname alone is the well-known holder of an office
 * the reader is expected to know; in other places ("durch Berisha",
 * "Spencers Villa", "Billa als auch Hofer") only where the text says
 * whose. */
static bool subject_place(const nf_doc *doc, size_t k, size_t sa) {
    if (sentence_initial(doc, k, sa)) return true; /* (k == sa among them) */
    if (nf_tok_is(doc, k - 1, ",") || nf_tok_is(doc, k - 1, ":")) return true;
    if ((nf_tok_is(doc, k - 1, "und") || nf_tok_is(doc, k - 1, "sowie")) && k > sa + 1 &&
        nf_mention_over(doc, k - 2))
        return true;
    const nf_langpack *lp = doc->pack;
    return (doc->tokens[k - 1].flags & NF_TF_LOWER) &&
           (nf_tok_find(doc, k - 1, &lp->speech_verbs) ||
            nf_tok_find(doc, k - 1, &lp->event_triggers) ||
            nf_tok_find(doc, k - 1, &lp->tense_markers));
}

static bool given_names_meet(const char *a, size_t al, const char *b, size_t bl); /* below */

static bool role_fits(const char *role, size_t rl, const char *office); /* below */

/* The gazetteer entry of the one person among the entries of `e` (an
 * entry of `lex`, whose value lists them; NULL for none) in office on the
 * document's date, or with `former` out of an office held before it, with
 * `given` (gl bytes, a loose key; NULL for any) whose given name meets it
 * ("Sadyr" picks Sadyr Japarov of the two Japarovs in office), and in an
 * office the role noun `role` (rl bytes; NULL for any) fits ("Ex-Kanzler
 * Schröder" is Gerhard, though Kristina Schröder was a minister before the
 * date too); -1 when there is none, or more than one. */
static int32_t in_office_entry(const nf_doc *doc, const nf_lexicon *lex, const nf_lex_entry *e,
                               bool former, const char *given, size_t gl, const char *role,
                               size_t rl) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!e) return -1;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(lex, e), ids, 64);
    int32_t day = nf_doc_day(doc), found = -1;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (former ? !g->end || (day && g->end >= day) : !in_office(g, day)) continue;
        if (role && (!g->role || !role_fits(role, rl, g->role))) continue;
        if (given) {
            char known[NF_LOOSE_MAX];
            size_t nl = nf_loose_key(g->canonical, strcspn(g->canonical, " "), known, sizeof known);
            if (!nl || !given_names_meet(given, gl, known, nl)) continue;
        }
        if (found >= 0 && strcmp(gz->entries[found].canonical, g->canonical) != 0) return -1;
        found = (int32_t)ids[i];
    }
    return found;
}

/* True for the offices of a head of state or government, and of the
 * general secretary who led a one-party state, whose holders the news go
 * on naming by the surname alone after they left ("Merkels
 * Flüchtlingspolitik" in 2024, "Obama" in 2020, "als Stalin starb"). */
static bool head_office(const char *role) {
    static const char *const heads[] = {
        "president",          "prime_minister",    "chancellor",     "head_of_state",
        "head_of_government", "general_secretary", "supreme_leader", NULL};
    for (const char *const *h = heads; role && *h; h++)
        if (strcmp(role, *h) == 0) return true;
    return false;
}

/* The entity of the one former head of state or government (or one
 * whose first term begins within HEAD_AHEAD_DAYS) among the
 * persons of surname entry `e` (NULL: none) for the surname at token k
 * of a sentence from sa, where no one of them is in office on the
 * document's date and every person the surname lists is that one (a
 * minister or member of parliament of the name makes it anyone's); -1
 * otherwise, and where the word is also a given name or a word of the
 * language ("Maria", "Lange", "Roman"; a noun after their office's noun
 * is theirs), or a role noun before it names no office of theirs
 * ("Teamchef Koller" is no Arnold Koller). */
static int32_t former_head_named(nf_doc *doc, const nf_lex_entry *e, size_t k, size_t sa) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_ner_model *m = doc->engine->ner;
    const char *l = nf_tokl(doc, k);
    if (!e || nf_ner_lower_word(m, l) || nf_tok_get(doc, k, &gz->given)) return -1;
    const char *role = k > sa ? nf_role_at(doc, k - 1, NULL, NULL) : NULL;
    size_t rl = role ? nf_role_len(role) : 0;
    /* (a noun too, or a noun of persons, only after the office's noun:
     * "Bundeskanzler Kohl", but "als Geisel" is no Ernesto Geisel) */
    if (!role && (word_of_language(doc, k) || nf_ner_common_noun(m, l, NF_COMMON_NOUN_MIN_FREQ) ||
                  nf_person_noun_at(doc, k)))
        return -1;
    /* (a noun of persons that is no office: "Teamchef Koller") */
    if (!role && k > sa && nf_person_noun_at(doc, k - 1)) return -1;
    /* (nor a given name before a surname: "Heath Miller") */
    size_t sb = doc->sentences[doc->tok_sent[k]].tb;
    if (k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
        (nf_tok_get(doc, k + 1, &gz->surnames) || nf_unknown_name_word(doc, k + 1)))
        return -1;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->surnames, e), ids, 64);
    int32_t day = nf_doc_day(doc), found = -1;
    bool head = false, fits = !role;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (in_office(g, day)) return -1;
        if (found >= 0 && strcmp(gz->entries[found].canonical, g->canonical) != 0) return -1;
        found = (int32_t)ids[i];
        head |= !g->no_office && g->end && g->end < day && head_office(g->role);
        /* (or one who will be: the campaign before the first term) */
        head |= !g->no_office && g->start > day && days_until(day, g->start) <= HEAD_AHEAD_DAYS &&
                head_office(g->role);
        fits |= role && g->role && role_fits(role, rl, g->role);
    }
    if (found < 0 || !head || !fits) return -1;
    /* whose, where no office's noun says it: a country the news name
     * such people of without introduction, or one the text names
     * (Grenada's Ben Jones is not "hofft Jones" in a football report) */
    const char *iso = gz->entries[found].country;
    if (!role && !widely_reported(iso, false) && !country_named(doc, iso) &&
        !text_names_country(doc, iso))
        return -1;
    return entity_for(doc, &gz->entries[found]);
}

/* The entity of in_office_entry's person (any given name), or -1. */
static int32_t in_office_named(nf_doc *doc, const nf_lexicon *lex, const nf_lex_entry *e,
                               bool former, const char *role, size_t rl) {
    int32_t found = in_office_entry(doc, lex, e, former, NULL, 0, role, rl);
    return found >= 0 ? entity_for(doc, &doc->engine->gz.entries[found]) : -1;
}

/* True when two given names' loose keys (nf_loose_key) are one name: equal,
 * or, from five letters, one letter apart inside the name that the
 * transliterations of one name differ by ("Michail"/"Micheil",
 * "Andrej"/"Andrij", "Aleksander"/"Aleksandr").  The first and the last
 * letters must agree: "Maria" and "Mario" are two names. */
static bool given_names_meet(const char *a, size_t al, const char *b, size_t bl) {
    if (al == bl && memcmp(a, b, al) == 0) return true;
    if (al < 5 || bl < 5 || a[0] != b[0] || a[al - 1] != b[bl - 1]) return false;
    if (al + 1 < bl || bl + 1 < al) return false;
    size_t i = 0;
    while (i < al && i < bl && a[i] == b[i]) i++; /* the first difference */
    /* the rest after one letter changed, or one dropped from the longer */
    if (al == bl) return memcmp(a + i + 1, b + i + 1, al - i - 1) == 0;
    return al > bl ? memcmp(a + i + 1, b + i, bl - i) == 0 : memcmp(a + i, b + i + 1, al - i) == 0;
}

/* The gazetteer's names entry of the n bytes at w, or of them without a
 * genitive -s ("Österreichs", "Kasachstans"); NULL when neither is a
 * name.  The entry is the gazetteer's. */
static const nf_lex_entry *name_or_genitive(const nf_gazetteer *gz, const char *w, size_t n) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, w, n);
    if (!e && n > 4 && w[n - 1] == 's') e = nf_lexicon_find(&gz->names, w, n - 1);
    return e;
}

/* The most countries text_names_country keeps for a document. */
#define TEXT_COUNTRIES_MAX 64

/* Adds country `iso` to the document's text countries (once). */
static void add_text_country(nf_doc *doc, const char *iso) {
    for (size_t i = 0; i < doc->ntext_countries; i++)
        if (memcmp(doc->text_countries[i], iso, 3) == 0) return;
    if (doc->ntext_countries < TEXT_COUNTRIES_MAX) {
        memcpy(doc->text_countries[doc->ntext_countries], iso, 3);
        doc->text_countries[doc->ntext_countries++][3] = '\0';
    }
}

/* True when some word of the whole text names country `iso`: its name,
 * one of its capitals or large cities (as written or in the genitive:
 * "Österreichs"), or its nationality adjective, wherever the word stands
 * (country_named knows only the mentions found so far).  The countries
 * are gathered once per document, on first use; if memory for them runs
 * out, none counts. */
static bool text_names_country(nf_doc *doc, const char *iso) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!doc->text_countries_done) {
        doc->text_countries_done = true;
        doc->text_countries =
            nf_arena_alloc(&doc->arena, TEXT_COUNTRIES_MAX * sizeof *doc->text_countries);
        if (!doc->text_countries) return false;
        for (size_t k = 0; k < doc->ntokens; k++) {
            const nf_token *t = &doc->tokens[k];
            if (t->kind != NF_TOK_WORD) continue;
            const char *adj = nf_adjective_at(doc, k);
            if (adj) {
                add_text_country(doc, adj);
                continue;
            }
            if (!(t->flags & NF_TF_CAP)) continue;
            const nf_lex_entry *e = name_or_genitive(gz, nf_tok(doc, k), doc->tok_len[k]);
            if (!e) continue;
            /* (a city's name that is a word of the language too names no
             * country: "in den Bergen" is no Bergen) */
            bool word = word_of_language(doc, k);
            uint32_t ids[64];
            size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
            for (size_t i = 0; i < m; i++) {
                const nf_gz_entry *g = &gz->entries[ids[i]];
                if (g->country[0] && (g->source == NF_GZ_COUNTRY ||
                                      (g->source == NF_GZ_CITY && large_city(g) && !word)))
                    add_text_country(doc, g->country);
            }
        }
    }
    for (size_t i = 0; i < doc->ntext_countries; i++)
        if (memcmp(doc->text_countries[i], iso, 3) == 0) return true;
    return false;
}

/* In a text without a date, the entity of the person of the surname
 * entry `e` (of gz->surnames) at token k: the one person among the
 * holders of offices present and past who has it ("Poroschenko" years
 * after his presidency), else today's one holder of an office who has it,
 * where the text names that person's country somewhere (the text may be
 * of any year: a name that is no one else's is the evidence); linked as the full
 * name would be (choose: the latest office).  -1 when the text has a date
 * or no one fits; the word must be nothing else: no word of the language
 * ("Kurz gesagt", "klug"), no given name ("Sohn Martin"), not after an
 * article or a number ("dem Kern", "der vier Majors"). */
static int32_t undated_surname_named(nf_doc *doc, size_t k, size_t sa, const nf_lex_entry *e) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!e || nf_doc_day(doc) || nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k)) ||
        nf_tok_get(doc, k, &gz->given) ||
        (k > sa && (nf_article_or_determiner(doc, k - 1) ||
                    doc->tokens[k - 1].kind == NF_TOK_NUMBER || !isnan(doc->tok_numword[k - 1]))))
        return -1; /* "einem der vier Majors" */
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->surnames, e), ids, 64);
    int32_t found = -1;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source != NF_GZ_PERSON || g->no_office) continue;
        if (found >= 0 && strcmp(gz->entries[found].canonical, g->canonical) != 0) {
            found = -1; /* several persons: today's holder, if one */
            break;
        }
        if (found < 0 || g->start > gz->entries[found].start) found = (int32_t)ids[i];
    }
    if (found < 0) found = in_office_entry(doc, &gz->surnames, e, false, NULL, 0, NULL, 0);
    if (found < 0) return -1;
    const char *iso = gz->entries[found].country;
    if (!country_named(doc, iso) && !text_names_country(doc, iso)) return -1;
    return entity_for(doc, &gz->entries[found]);
}

/* See entities.h. */
int32_t nf_loose_person(nf_doc *doc, size_t ta, size_t tb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    char key[NF_LOOSE_MAX], given[NF_LOOSE_MAX];
    if (tb <= ta || tb - ta > 3) return -1;
    /* a surname alone that some form lists is the exact look-ups' to link,
     * or not; with a given name the exact look-ups have missed the name */
    if (tb == ta + 1 && nf_tok_get(doc, tb - 1, &gz->surnames)) return -1;
    /* a given name alone ("Mohammed") is anyone's */
    if (tb == ta + 1 && nf_tok_get(doc, ta, &gz->given)) return -1;
    size_t kl = nf_loose_key(nf_tok(doc, tb - 1), doc->tok_len[tb - 1], key, sizeof key);
    if (kl < (tb == ta + 1 ? 5u : 4u)) return -1; /* short keys meet too many others */
    const nf_lex_entry *e = nf_lexicon_find(&gz->loose_surnames, key, kl);
    /* with a given name, the person's whose given name it is, loosely
     * ("Wolodymyr" for "Volodymyr") */
    size_t gl = 0;
    if (tb - ta > 1) {
        gl = nf_loose_key(nf_tok(doc, ta), doc->tok_len[ta], given, sizeof given);
        if (!gl) return -1;
    }
    const char *g = gl ? given : NULL;
    int32_t found = in_office_entry(doc, &gz->loose_surnames, e, false, g, gl, NULL, 0);
    /* with a given name that meets the person's, a former holder of an
     * office too ("Michail Saakaschwili" years after his presidency) */
    if (found < 0 && g) found = in_office_entry(doc, &gz->loose_surnames, e, true, g, gl, NULL, 0);
    if (found < 0) return -1;
    /* a surname alone, only where the text has named the person's country:
     * else it is as likely someone unknown ("sagt Möller" is no Dane) */
    if (tb == ta + 1 && !country_named(doc, gz->entries[found].country)) return -1;
    return entity_for(doc, &gz->entries[found]);
}

/* Where a surname at k begins with the words its person's full name has
 * before it, when the text has them there: the lower-case particles ("von
 * der" of "Ursula von der Leyen", "de" of "Thomas de Maizière") in either
 * case ("Von der Leyen betonte"), and the given names before them as
 * written and not part of a mention yet ("Heinrich von Pierer", where no
 * rule took the given name before a particle); else k.  The surname
 * mention then covers them. */
static size_t particles_before(const nf_doc *doc, size_t k, size_t sa, const nf_entity *e) {
    const char *name = e->name ? e->name : e->canonical;
    if (!name) return k;
    const char *last = strrchr(name, ' ');
    if (!last) return k;
    size_t from = k;
    const char *end = last; /* the words before `end`, right to left */
    while (from > sa) {
        const char *sp = end;
        while (sp > name && sp[-1] != ' ') sp--;
        size_t n = (size_t)(end - sp);
        if (n == 0) break;
        if (*sp >= 'a' && *sp <= 'z') { /* a particle */
            const char *t = nf_tokl(doc, from - 1);
            if (doc->tok_llen[from - 1] != n || strncmp(t, sp, n) != 0) break;
        } else { /* a given name */
            const char *t = nf_tok(doc, from - 1);
            if (doc->claimed[from - 1] || nf_mention_over(doc, from - 1) ||
                doc->tok_len[from - 1] != n || strncmp(t, sp, n) != 0)
                break;
        }
        from--;
        if (sp == name) break;
        end = sp - 1;
    }
    return from;
}

/* The roles.tsv value of the role noun `key` (n bytes) when it is a
 * person's, or NULL; owned by the gazetteer. */
static const char *person_role(const nf_gazetteer *gz, const char *key, size_t n) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->roles, key, n);
    if (!e) return NULL;
    const char *v = nf_lex_val(&gz->roles, e);
    return strstr(v, "\tperson") ? v : NULL;
}

/* The person role of a hyphenated compound's last part ("CSU-Politiker",
 * "Fußball-Experte", "Bayern-Vorstand"), or NULL; owned by the gazetteer. */
static const char *hyphen_role(const nf_gazetteer *gz, const char *w) {
    const char *h = strrchr(w, '-');
    if (!h || h == w || !(h[1] >= 'A' && h[1] <= 'Z')) return NULL;
    return person_role(gz, h + 1, strlen(h + 1));
}

/* True when w (n bytes) is a given name of the list or one whose gender
 * lang/de/entities/given-genders.tsv gives ("Klaas"). */
static bool given_word(const nf_gazetteer *gz, const char *w, size_t n) {
    return nf_lexicon_find(&gz->given, w, n) || nf_lexicon_find(&gz->given_genders, w, n);
}

/* True when the word w (n bytes) joins two given names by one hyphen
 * ("Frank-Jürgen", "Anna-Lena", "Klaas-Jan"): a given name of its own,
 * where the list lacks the pair. */
static bool hyphenated_given(const nf_gazetteer *gz, const char *w, size_t n) {
    const char *h = memchr(w, '-', n);
    if (!h || h - w < 2 || (size_t)(h - w) + 3 > n || !(h[1] >= 'A' && h[1] <= 'Z') ||
        memchr(h + 1, '-', n - (size_t)(h - w) - 1))
        return false;
    return given_word(gz, w, (size_t)(h - w)) && given_word(gz, h + 1, n - (size_t)(h - w) - 1);
}

/* The role of a person's noun with "Bundes" before a role noun
 * ("Bundesinnenminister", "Bundesfinanzministerin": the federal
 * minister's), or NULL. */
static const char *federal_role(const nf_gazetteer *gz, const char *w, size_t n) {
    if (n < 10 || memcmp(w, "Bundes", 6) != 0 || w[6] < 'a' || w[6] > 'z' || n - 6 >= 64)
        return NULL;
    char head[64];
    memcpy(head, w + 6, n - 6);
    head[0] = (char)(head[0] - 'a' + 'A');
    return person_role(gz, head, n - 6); /* "Bundesregierung" is listed as it is */
}

/* True when the roles.tsv value v is a monarch's (king, queen, emperor,
 * emir, sultan). */
static bool monarch_role(const char *v) {
    static const char *const monarchs[] = {"king\t", "queen\t", "emperor\t", "emir\t", "sultan\t"};
    for (size_t i = 0; i < sizeof monarchs / sizeof monarchs[0]; i++)
        if (strncmp(v, monarchs[i], strlen(monarchs[i])) == 0) return true;
    return false;
}

static const char *role_lookup(const nf_doc *doc, size_t k); /* below */

/* The role of a role noun at token k ("Präsident" -> president), with its
 * gender and kind ("person"/"org"); NULL when it is none.  A monarch's
 * noun after a hyphen names a monarch only after a country
 * ("Jordanien-König"); else it is a figure of speech ("Assen-König",
 * "Roma-König", "Pop-Königin"). */
const char *nf_role_at(const nf_doc *doc, size_t k, char *gender, bool *org) {
    /* (many stages ask about a word: the answer is kept per token, `none`
     * for none) */
    static const char none[] = "";
    const char **memo = doc->role_memo && k < doc->ntokens ? &doc->role_memo[k] : NULL;
    const char *v = memo ? *memo : NULL;
    if (!v) {
        v = role_lookup(doc, k);
        if (memo) *memo = v ? v : none;
    }
    if (!v || v == none) return NULL;
    const char *t1 = strchr(v, '\t');
    if (gender) *gender = t1 && (t1[1] == 'm' || t1[1] == 'f') ? t1[1] : 0;
    if (org) *org = t1 && strstr(t1, "org") != NULL;
    return v;
}

/* nf_role_at's look-up itself: the roles.tsv value of the word at token
 * k, a hyphenated compound's or a federal office's; NULL when none. */
static const char *role_lookup(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    const nf_lex_entry *e = nf_tok_get(doc, k, &gz->roles);
    const char *v = e ? nf_lex_val(&gz->roles, e) : hyphen_role(gz, w);
    if (!e && v && monarch_role(v) && !nf_compound_country(doc, k, NF_CC_COUNTRY, NULL)) v = NULL;
    return v ? v : federal_role(gz, w, doc->tok_len[k]);
}

/* See entities.h. */
bool nf_feminine_role_at(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_llen[k];
    return (doc->tokens[k].flags & NF_TF_CAP) && n > 4 &&
           memcmp(nf_tokl(doc, k) + n - 2, "in", 2) == 0 && nf_role_at(doc, k, NULL, NULL);
}

static const char *class_noun_value(const nf_doc *doc, size_t k, bool *whole); /* below */
static const nf_lex_entry *class_noun_lookup(const nf_doc *doc, size_t k, bool *whole);
static const nf_lex_entry *class_noun_in(const nf_doc *doc, const char *w, size_t n, bool *whole);
static bool subsidiary_compound(const nf_doc *doc, size_t k);

/* The roles.tsv value of the person's role noun a compound at token k
 * ends in (from its sixth byte on, the longest first, capitalised:
 * "Schlagersängerin" -> "Sängerin"; "Chef" of four bytes too:
 * "Komiteechef", "Projektchefin"); NULL when none. */
static const char *compound_role_noun(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) || n >= 64)
        return NULL;
    char buf[64];
    for (size_t cut = 3; cut + 4 <= n; cut++) {
        if (w[cut] < 'a' || w[cut] > 'z') continue;
        if (cut + 6 > n && memcmp(w + cut, "chef", 4) != 0) continue;
        buf[0] = (char)(w[cut] - 'a' + 'A');
        memcpy(buf + 1, w + cut + 1, n - cut - 1);
        const nf_lex_entry *e = nf_lexicon_find(&gz->roles, buf, n - cut);
        if (e && strstr(nf_lex_val(&gz->roles, e), "\tperson")) return nf_lex_val(&gz->roles, e);
    }
    return NULL;
}

static bool person_noun_lookup(const nf_doc *doc, size_t k, bool whole_class); /* below */

/* True when the word at token k is a noun of persons: a role of no
 * organisation, a class noun of persons (with `whole_class`, only as the
 * whole word or after a hyphen), or a compound ending in a role. */
static bool person_noun(const nf_doc *doc, size_t k, bool whole_class) {
    /* (kept per token: bit 0 or 2 known, bit 1 or 3 the answer, for
     * whole_class false or true) */
    uint8_t *memo = doc->person_memo && k < doc->ntokens ? &doc->person_memo[k] : NULL;
    unsigned at = whole_class ? 2u : 0u;
    if (memo && (*memo >> at & 1u)) return (*memo >> (at + 1)) & 1u;
    bool yes = person_noun_lookup(doc, k, whole_class);
    if (memo) *memo = (uint8_t)(*memo | (1u | (unsigned)yes << 1) << at);
    return yes;
}

/* person_noun's look-up itself. */
static bool person_noun_lookup(const nf_doc *doc, size_t k, bool whole_class) {
    bool org = false, whole = false;
    if (nf_role_at(doc, k, NULL, &org)) return !org;
    const char *v = class_noun_value(doc, k, &whole);
    if (v && strncmp(v, "person", 6) == 0 &&
        (!whole_class || whole || memchr(nf_tokl(doc, k), '-', doc->tok_llen[k]) != NULL))
        return true;
    return compound_role_noun(doc, k) != NULL; /* (the dearest test last) */
}

/* See entities.h: the role noun as written, a compound's last part
 * (compound_role_noun), or a person's class noun. */
bool nf_person_noun_at(const nf_doc *doc, size_t k) {
    return person_noun(doc, k, false);
}

/* See entities.h: as nf_person_noun_at, but a class noun only as the
 * whole word or after a hyphen. */
bool nf_person_noun_word(const nf_doc *doc, size_t k) {
    return person_noun(doc, k, true);
}

/* See entities.h. */
char nf_person_noun_gender(const nf_doc *doc, size_t k) {
    char g = 0;
    bool org = false, whole;
    if (nf_role_at(doc, k, &g, &org)) return org ? 0 : g;
    size_t n = doc->tok_llen[k];
    bool in = n > 3 && memcmp(nf_tokl(doc, k) + n - 2, "in", 2) == 0; /* a woman's "-in" */
    const char *v = class_noun_value(doc, k, &whole);
    if (v && strncmp(v, "person", 6) == 0) {
        if (strstr(v, " x")) return 0;
        return strstr(v, " f") || in ? 'f' : 'm';
    }
    /* one of a nation's people: "die Schweizerin", "der Russe" */
    if ((doc->tokens[k].flags & NF_TF_CAP) && nf_tok_get(doc, k, &doc->engine->gz.demonyms))
        return in ? 'f' : nf_singular_demonym(doc, k) ? 'm' : 0;
    const char *r = compound_role_noun(doc, k);
    const char *t = r ? strchr(r, '\t') : NULL;
    return t && (t[1] == 'm' || t[1] == 'f') ? t[1] : 0;
}

/* Gives the persons whose gender nothing told yet the gender of the noun
 * of persons right before a name of theirs ("die Schlagersängerin Jordi",
 * "seine Tochter Maria"): she, he. */
static void genders_from_nouns_before(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || m->ta == 0 || e->type != NF_ENT_PERSON || e->gender ||
            e->plural || doc->tok_sent[m->ta - 1] != doc->tok_sent[m->ta])
            continue;
        /* (not a name in the genitive: "die Frau Hills" is Hill's wife) */
        const char *w = nf_tok(doc, m->tb - 1);
        size_t wl = doc->tok_len[m->tb - 1];
        size_t stem = wl > 2 && w[wl - 1] == 's' ? nf_genitive_stem(w, wl) : 0;
        if (stem && e->name &&
            (nf_last_words_are(e->name, w, stem) ||
             (strlen(e->name) == stem && memcmp(e->name, w, stem) == 0)))
            continue;
        char g = nf_person_noun_gender(doc, m->ta - 1);
        if (g) e->gender = g;
    }
}

/* The length of a role label up to its tab. */
size_t nf_role_len(const char *role) {
    return strcspn(role, "\t");
}

/* See entities.h. */
bool nf_role_is(const char *role, const char *label) {
    size_t n = nf_role_len(role);
    return strlen(label) == n && memcmp(role, label, n) == 0;
}

/* The country a nationality adjective at token k points to ("russische"),
 * or NULL. */
const char *nf_adjective_at(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD) return NULL;
    /* Nationality adjectives end in "-sch" and an inflection ("russischen"). */
    if (!sch_adjective_form(doc, k)) return NULL;
    const nf_lex_entry *e = nf_tokl_get(doc, k, &doc->engine->gz.adjectives);
    return e ? nf_lex_val(&doc->engine->gz.adjectives, e) : NULL;
}

/* See entities.h. */
bool nf_government_role(const char *role, size_t n) {
    static const char *const gov[] = {"president",       "head_of_state",  "head_of_government",
                                      "prime_minister",  "chancellor",     "minister",
                                      "leader",          "spokesperson",   "king",
                                      "vice_chancellor", "vice_president", "state_secretary",
                                      "regional_head",   "governor",       "mayor",
                                      "ambassador",      "envoy",          "un_ambassador"};
    for (size_t i = 0; i < sizeof gov / sizeof gov[0]; i++)
        if (strlen(gov[i]) == n && memcmp(gov[i], role, n) == 0) return true;
    return n > 9 && memcmp(role + n - 9, "_minister", 9) == 0;
}

/* Whether a person known in the role `office` (data/leaders.tsv; NULL when
 * unknown) may be named by a role noun of label `role` (n bytes;
 * lang/de/entities/roles.tsv): the same label, or a generic one that
 * covers it ("Staatschef" for a president or king, "Regierungschef" for
 * a prime minister or chancellor, "Minister" for any minister). */
static bool role_fits(const char *role, size_t n, const char *office) {
    if (!office || (strlen(office) == n && memcmp(office, role, n) == 0)) return true;
    static const struct {
        const char *generic, *offices;
    } groups[] = {{"leader", ""}, /* any office */
                  {"head_of_state",
                   " president king queen monarch emir sultan emperor supreme_leader pope "
                   "captain_regent prince co_prince shah "},
                  {"head_of_government", " prime_minister chancellor "},
                  {"president", " head_of_state "},
                  {"king", " monarch head_of_state "},
                  {"prime_minister", " head_of_government "},
                  {"chancellor", " head_of_government "},
                  /* "Ajatollah Chamenei": Iran's leader is one */
                  {"ayatollah", " supreme_leader head_of_state "}};
    char word[64];
    size_t ol = strlen(office);
    if (ol + 3 > sizeof word) return false;
    snprintf(word, sizeof word, " %s ", office);
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
        if (strlen(groups[i].generic) != n || memcmp(groups[i].generic, role, n) != 0) continue;
        return !*groups[i].offices || strstr(groups[i].offices, word) != NULL;
    }
    /* "Minister Kuleba": any minister */
    return n == 8 && memcmp(role, "minister", 8) == 0 && ol >= 8 &&
           memcmp(office + ol - 8, "minister", 8) == 0;
}

/* True when the role noun at k names an office held before: "Ex-Kanzler",
 * or after "frühere", "ehemalige", "einstige", "vormalige" ("der frühere
 * Kanzler Schröder", "der frühere iranische Präsident"); a title right
 * after such a role shares its time ("der frühere Revolutionsführer
 * Ajatollah Chomeini"). */
static bool former_role(const nf_doc *doc, size_t k, size_t sa) {
    if (strncmp(nf_tok(doc, k), "Ex-", 3) == 0) return true;
    if (k == sa) return false;
    if (nf_role_at(doc, k - 1, NULL, NULL)) return former_role(doc, k - 1, sa);
    /* (a nationality between: "der frühere iranische Präsident") */
    if (k - 1 > sa && nf_adjective_at(doc, k - 1)) k--;
    static const char *const before[] = {"früher", "ehemalig", "einstig", "vormalig"};
    const char *w = nf_tokl(doc, k - 1);
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++)
        if (strncmp(w, before[i], strlen(before[i])) == 0) return true;
    return false;
}

/* See entities.h. */
bool nf_singular_article(const nf_doc *doc, size_t j, bool feminine) {
    return nf_tok_is(doc, j, "der") || nf_tok_is(doc, j, "des") || nf_tok_is(doc, j, "dem") ||
           nf_tok_is(doc, j, "den") || (feminine && nf_tok_is(doc, j, "die"));
}

/* See entities.h. */
const char *nf_singular_demonym(const nf_doc *doc, size_t k) {
    return k > 0 ? nf_singular_demonym_after(doc, k - 1, k) : NULL;
}

/* See entities.h. */
const char *nf_singular_demonym_after(const nf_doc *doc, size_t art, size_t k) {
    const nf_lexicon *dem = &doc->engine->gz.demonyms;
    const nf_lex_entry *d = nf_tok_get(doc, k, dem);
    if (!d) return NULL;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    bool feminine = n > 2 && w[n - 2] == 'i' && w[n - 1] == 'n';
    return nf_singular_article(doc, art, feminine) ? nf_lex_val(dem, d) : NULL;
}

/* The rank of an office among those a generic description ("Führer",
 * "Staatschef") may mean: the lower, the likelier (a president over a
 * prime minister); -1 for offices it does not mean. */
static int office_rank(const char *role, size_t rl, const char *office) {
    bool leader = rl == 6 && memcmp(role, "leader", 6) == 0;
    bool head = rl == 13 && memcmp(role, "head_of_state", 13) == 0;
    if (!leader && !head) return 0;
    static const char *const ranked[] = {"president", "supreme_leader", "chancellor",
                                         "prime_minister", "general_secretary"};
    for (int i = 0; i < (int)(sizeof ranked / sizeof ranked[0]); i++)
        if (strcmp(office, ranked[i]) == 0) return !head || i < 2 ? i : -1;
    return head ? 5 : -1; /* a monarch heads a state but leads no government */
}

/* True when time t opens its sentence, alone or after words that lead a
 * time in ("1985 traf ...", "Im Jahr 1985 ...", "Anfang 1990 ..."): a
 * time that sets when what the sentence tells happened, where one inside
 * it is as often a thing it speaks of ("so ernst wie 1962", "der 1961
 * geborene Präsident", "der Anschlag von 2001"). */
static bool opening_time(const nf_doc *doc, const nf_time *t) {
    static const char *const leads[] = {"im",     "am",       "in",    "jahr",   "jahre",
                                        "anfang", "ende",     "mitte", "sommer", "winter",
                                        "herbst", "frühjahr", NULL};
    for (size_t j = doc->sentences[doc->tok_sent[t->ta]].ta; j < t->ta; j++)
        if (!nf_tok_in(doc, j, leads)) return false;
    return true;
}

/* The day (YYYYMMDD) the text around token r tells of: that of the
 * nearest time two years or more before or after the document's date that
 * opens r's sentence or the one before (opening_time: "Im Jahr 1985 reiste
 * er nach Bonn. Der französische Präsident sagte dort ...": the president
 * of 1985), else the document's date; 0 when the text has none. */
static int32_t narrative_day(const nf_doc *doc, size_t r) {
    int32_t day = nf_doc_day(doc);
    if (!day) return 0;
    uint32_t s = doc->tok_sent[r];
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        uint32_t ts = doc->tok_sent[t->ta];
        if (ts + 1 < s || ts > s || !t->has_days ||
            (t->type != NF_TIME_DATE && t->type != NF_TIME_PERIOD) ||
            abs(t->first_y - doc->date_y) < 2 || !opening_time(doc, t))
            continue;
        size_t dist = t->ta > r ? t->ta - r : r - t->ta;
        if (dist < best) best = dist, day = t->first_y * 10000 + t->first_m * 100 + t->first_d;
    }
    return day;
}

/* For a counterpart's noun ("Amtskollege": roles.tsv's "counterpart")
 * at token k, the office it stands for: that of the person with an office
 * named last before it in its sentence ("Lawrow traf seinen chinesischen
 * Amtskollegen": foreign_minister; the entity owns it), NULL where there
 * is none; for any other role `role` itself.  *rl gets its length. */
static const char *counterpart_role(const nf_doc *doc, size_t k, const char *role, size_t *rl) {
    *rl = nf_role_len(role);
    if (!nf_role_is(role, "counterpart")) return role;
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta < sa) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type == NF_ENT_PERSON && e->role && !nf_role_is(e->role, "counterpart")) {
            *rl = strlen(e->role);
            return e->role;
        }
    }
    return NULL;
}

/* True when the office of an organisation of states `office` (a role of
 * data/leaders.tsv) is one the role noun `role` (rl bytes) names: the same
 * role, one the office's name ends in ("Ratspräsident" of
 * european_council_president, "EZB-Präsidentin" of ecb_president) or, for
 * "Chef", the office that heads a secretariat or agency ("UN-Chef",
 * "IWF-Chefin").  Offices several people hold at once (the commissioners,
 * the special representatives) name no one person. */
static bool igo_office_fits(const char *role, size_t rl, const char *office) {
    static const char *const shared[] = {"commissioner", "special_representative", NULL};
    static const char *const heads[] = {"secretary_general", "director_general",
                                        "imf_managing_director", "commission_chairperson", NULL};
    for (const char *const *s = shared; *s; s++)
        if (strcmp(office, *s) == 0) return false;
    size_t ol = strlen(office);
    if (ol == rl && memcmp(office, role, rl) == 0) return true;
    if (ol > rl && office[ol - rl - 1] == '_' && memcmp(office + ol - rl, role, rl) == 0)
        return true;
    if (rl == 5 && memcmp(role, "chief", 5) == 0)
        for (const char *const *h = heads; *h; h++)
            if (strcmp(office, *h) == 0) return true;
    return false;
}

/* The person the gazetteer has in the office a role label names (`role`,
 * rl bytes) for country `iso` (or the organisation of states whose actor
 * code `iso` is, "IGOUNO") on `day` (YYYYMMDD; "der russische
 * Präsident" in 2025: Vladimir Putin): the entity (created on first use),
 * or -1 when no one, or more than one person of the likeliest office,
 * fits, or the day is 0. */
static int32_t office_holder(nf_doc *doc, const char *iso, const char *role, size_t rl, char gender,
                             int32_t day) {
    const nf_gazetteer *gz = &doc->engine->gz;
    int32_t found = -1;
    if (!day) return -1; /* an undated text's president is anyone's guess */
    int best = 1 << 20;
    bool tie = false;
    bool igo = strncmp(iso, "IGO", 3) == 0;
    const char *igo_office = NULL; /* the office of the organisation the noun fits */
    for (size_t i = gz->office_first; i < gz->office_end; i++) {
        const nf_gz_entry *g = &gz->entries[i];
        if (g->source != NF_GZ_PERSON || !g->role) continue;
        bool fits = igo ? !g->country[0] && g->actor && strcmp(g->actor, iso) == 0 &&
                              igo_office_fits(role, rl, g->role)
                        : strncmp(g->country, iso, 3) == 0 && role_fits(role, rl, g->role);
        if (!fits) continue;
        /* "der EU-Präsident" fits the presidents of the commission, the
         * council and the parliament: no one, whoever of them is listed
         * for the day */
        if (igo && igo_office && strcmp(igo_office, g->role) != 0) return -1;
        if (igo) igo_office = g->role;
        if (!in_office(g, day)) continue;
        /* "die Kanzlerin" is no man */
        char named = (gender == 'm' || gender == 'f') ? gender_of_name(gz, g->canonical) : 0;
        if ((named == 'm' || named == 'f') && named != gender) continue;
        int rank = office_rank(role, rl, g->role);
        if (rank < 0 || rank > best) continue;
        if (rank < best) {
            best = rank, found = (int32_t)i, tie = false;
        } else if (strcmp(gz->entries[found].canonical, g->canonical) != 0) {
            tie = true;
        }
    }
    return found >= 0 && !tie ? entity_for(doc, &gz->entries[found]) : -1;
}

/* See entities.h. */
size_t nf_compound_head_ids(const nf_doc *doc, size_t k, uint32_t *ids, size_t cap) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k), *h = strchr(w, '-');
    const nf_lex_entry *e = h && h > w ? nf_lexicon_find(&gz->names, w, (size_t)(h - w)) : NULL;
    return e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, cap) : 0;
}

/* See entities.h. */
const char *nf_compound_country(const nf_doc *doc, size_t k, unsigned readings, bool *party) {
    const nf_gazetteer *gz = &doc->engine->gz;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, k, ids, 16);
    const char *iso = NULL, *home = NULL;
    bool shared = true;
    if (party) *party = false;
    /* ("Austria-Coach", "Turkey-Fan": an English country name in German
     * text names a club or the like, no country; see gazetteer_at) */
    const char *w = nf_tok(doc, k), *h = strchr(w, '-');
    bool foreign = n && h && nf_lexicon_find(&gz->foreign_country_names, w, (size_t)(h - w));
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (foreign && g->source == NF_GZ_COUNTRY) continue;
        bool is_party = g->source == NF_GZ_ORG && nf_actor_sector(g->actor, "PTY");
        bool wanted = (g->source == NF_GZ_COUNTRY && (readings & NF_CC_COUNTRY)) ||
                      (g->source == NF_GZ_ORG && (readings & NF_CC_ORG)) ||
                      (is_party && (readings & NF_CC_PARTY));
        if (!wanted || !g->country[0]) {
            /* an organisation of no country among the readings
             * ("EU-Kommissar") makes the country unclear where organisations
             * count */
            if (wanted && (readings & NF_CC_ORG) && !(readings & NF_CC_HOME)) return NULL;
            continue;
        }
        if (is_party && party) *party = true;
        if (iso && strcmp(iso, g->country) != 0) shared = false;
        if (!iso) iso = g->country;
        if ((readings & NF_CC_HOME) && strcmp(g->country, nf_home_country(doc)) == 0)
            home = g->country;
    }
    return shared ? iso : home;
}

/* The gazetteer entry of a place of one of the `sources` (NF_GZ_* bits)
 * whose name token k is in the genitive ("Russlands", "Brüssels"), or
 * NULL. */
static const nf_gz_entry *genitive_place_entry(const nf_doc *doc, size_t k, unsigned sources) {
    if (k >= doc->ntokens || doc->tokens[k].kind != NF_TOK_WORD ||
        !(doc->tokens[k].flags & NF_TF_CAP))
        return NULL;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (n < 4 || w[n - 1] != 's') return NULL;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, w, nf_genitive_stem(w, n));
    uint32_t ids[64];
    size_t ne = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64) : 0;
    for (size_t i = 0; i < ne; i++)
        if (ids[i] < gz->count && (sources >> gz->entries[ids[i]].source & 1u))
            return &gz->entries[ids[i]];
    return NULL;
}

/* See entities.h. */
const char *nf_genitive_country_at(const nf_doc *doc, size_t k) {
    const nf_gz_entry *g = genitive_place_entry(doc, k, 1u << NF_GZ_COUNTRY);
    return g ? g->country : NULL;
}

/* See entities.h. */
bool nf_genitive_place_at(const nf_doc *doc, size_t k) {
    return genitive_place_entry(doc, k,
                                1u << NF_GZ_COUNTRY | 1u << NF_GZ_CITY | 1u << NF_GZ_PLACE) != NULL;
}

/* See entities.h. */
bool nf_country_mention_at(const nf_doc *doc, size_t k, char code[4]) {
    for (size_t i = nf_mention_first_at(doc, k); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta != k) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind == NF_MK_NAME && e->type == NF_ENT_GPE && e->actor && e->country[0] &&
            strlen(e->actor) == 3 && strncmp(e->actor, e->country, 3) == 0) {
            memcpy(code, e->country, 3);
            code[3] = '\0';
            return true;
        }
    }
    return false;
}

/* See entities.h: the optional fifth column of roles.tsv, after the
 * value's label, gender and kind. */
const char *nf_role_country(const char *role) {
    const char *t = role;
    for (int tabs = 0; tabs < 3; tabs++) {
        t = strchr(t, '\t');
        if (!t) return NULL;
        t++;
    }
    return strlen(t) == 3 ? t : NULL;
}

/* See entities.h. */
const char *nf_federal_country(const nf_doc *doc, size_t k) {
    static const char *const federal[] = {"DEU", "AUT", "CHE"};
    if (k >= doc->ntokens || strncmp(nf_tok(doc, k), "Bundes", 6) != 0 || doc->tok_len[k] < 10)
        return NULL;
    size_t count[3] = {0, 0, 0};
    for (size_t i = 0; i < doc->nmentions; i++) {
        const char *c = doc->entities[doc->mentions[i].entity].country;
        for (size_t f = 0; f < 3; f++) count[f] += strcmp(c, federal[f]) == 0;
    }
    size_t best = 0;
    for (size_t f = 1; f < 3; f++)
        if (count[f] > count[best]) best = f;
    for (size_t f = 0; f < 3; f++)
        if (f != best && count[f] == count[best]) return NULL; /* a tie, or none named */
    return federal[best];
}

/* See entities.h. */
bool nf_office_noun_at(const nf_doc *doc, size_t k) {
    static const char *const office_nouns[] = {"amt", "amtes", "amts", "posten", "postens", NULL};
    return nf_tok_in(doc, k, office_nouns);
}

/* office_holder for the description whose role noun (`role`, rl bytes, of
 * `gender`) is token r, after its article at `art` (0: none), on the day
 * the text around it tells of: -1 where the phrase names the office, no
 * one in it ("das Amt des afghanischen Präsidenten"); the holder takes the
 * gender the role noun tells and a given name may not ("der König"). */
static int32_t holder_named_at(nf_doc *doc, size_t r, size_t art, const char *code,
                               const char *role, size_t rl, char gender) {
    if (art >= 1 && nf_office_noun_at(doc, art - 1)) return -1;
    int32_t e = office_holder(doc, code, role, rl, gender, narrative_day(doc, r));
    if (e >= 0 && !doc->entities[e].gender && (gender == 'm' || gender == 'f'))
        doc->entities[e].gender = gender;
    return e;
}

/* See entities.h. */
int32_t nf_office_holder_at(nf_doc *doc, size_t r) {
    if (r < 1 || r >= doc->ntokens) return -1;
    char code[4] = "", gender = 0;
    size_t art; /* where the article stands; NO_ARTICLE after a genitive */
    const size_t NO_ARTICLE = SIZE_MAX;
    const char *iso = r >= 2 ? nf_adjective_at(doc, r - 1) : NULL;
    const char *gen, *own = NULL, *rv = nf_role_at(doc, r, NULL, NULL);
    if (iso) {
        memcpy(code, iso, 3);
        art = r - 2;
    } else if (rv && (own = nf_role_country(rv)) != NULL) {
        memcpy(code, own, 3); /* "der Kremlchef" */
        art = r - 1;
    } else if ((iso = nf_compound_country(doc, r, NF_CC_COUNTRY, NULL)) != NULL) {
        memcpy(code, iso, 4);
        art = r - 1;
    } else if ((gen = nf_genitive_country_at(doc, r - 1)) != NULL) {
        memcpy(code, gen, 3); /* "Irans Präsident" */
        art = NO_ARTICLE;
    } else if ((gen = nf_genitive_country_at(doc, r + 1)) != NULL) {
        memcpy(code, gen, 3); /* "der Präsident Russlands" */
        art = r - 1;
    } else if (r + 2 < doc->ntokens &&
               (nf_tok_is(doc, r + 1, "der") || nf_tok_is(doc, r + 1, "des")) &&
               nf_country_mention_at(doc, r + 2, code)) {
        art = r - 1; /* "der Präsident der USA" */
    } else if ((own = nf_federal_country(doc, r)) != NULL) {
        memcpy(code, own, 3); /* "der Bundeskanzler" in a text on Germany */
        art = r - 1;
    } else {
        return -1;
    }
    bool org = true;
    const char *role = nf_role_at(doc, r, &gender, &org);
    if (!role || org || strncmp(nf_tok(doc, r), "Ex-", 3) == 0) return -1;
    /* (a counterpart is the holder of the subject's office there, after
     * its possessive too: "seinen chinesischen Amtskollegen") */
    static const char *const possessives[] = {"seinen", "seinem", "seines", "sein", "ihren",
                                              "ihrem",  "ihres",  "ihr",    NULL};
    bool counterpart = nf_role_is(role, "counterpart");
    size_t rl;
    role = counterpart_role(doc, r, role, &rl);
    if (!role) return -1;
    /* the definite article right before, in the singular ("die russischen
     * Präsidenten" are several; "der frühere russische Präsident" held
     * the office once) */
    if (art != NO_ARTICLE && !nf_singular_article(doc, art, gender == 'f') &&
        !(counterpart && nf_tok_in(doc, art, possessives)))
        return -1;
    return holder_named_at(doc, r, art != NO_ARTICLE ? art : 0, code, role, rl, gender);
}

/* The actor code of the one organisation of states the first part of the
 * compound at k names ("UN-Generalsekretär": IGOUNO), or NULL. */
static const char *igo_of_compound(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, k, ids, 16);
    const char *actor = NULL;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source != NF_GZ_ORG || g->country[0] || !g->actor ||
            strncmp(g->actor, "IGO", 3) != 0)
            continue;
        if (actor && strcmp(actor, g->actor) != 0) return NULL;
        actor = g->actor;
    }
    return actor;
}

/* See entities.h. */
bool nf_adjective_noun_at(const nf_doc *doc, size_t k) {
    char gender = 0;
    bool org = true;
    if (k >= doc->ntokens || !nf_role_at(doc, k, &gender, &org) || org || gender == 'm' ||
        gender == 'f')
        return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'n') n--; /* "Abgeordneten" */
    /* (the plural of "-mann", and "Beamte", a noun of its own whose women
     * are "Beamtinnen") */
    return n > 1 && w[n - 1] == 'e' && !(n >= 5 && memcmp(w + n - 5, "leute", 5) == 0) &&
           !(n >= 6 && memcmp(w + n - 6, "beamte", 6) == 0);
}

/* See entities.h. */
char nf_adjective_noun_gender(const nf_doc *doc, size_t art, size_t k) {
    size_t n = doc->tok_llen[k];
    bool en = n > 2 && nf_tokl(doc, k)[n - 1] == 'n';
    if (!en) return nf_tok_is(doc, art, "die") ? 'f' : nf_tok_is(doc, art, "der") ? 'm' : 0;
    return nf_tok_is(doc, art, "den") || nf_tok_is(doc, art, "dem") || nf_tok_is(doc, art, "des")
               ? 'm'
               : 0;
}

/* The actor code of the organisation of states named after the genitive
 * article at token g ("der Vereinten Nationen", "der Nato"), or NULL. */
static const char *igo_in_genitive(const nf_doc *doc, size_t g) {
    if (g + 1 >= doc->ntokens || !(nf_tok_is(doc, g, "der") || nf_tok_is(doc, g, "des")))
        return NULL;
    for (size_t i = nf_mention_first_at(doc, g + 1); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta != g + 1) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind == NF_MK_NAME && e->type == NF_ENT_ORG && !e->country[0] && e->actor &&
            strncmp(e->actor, "IGO", 3) == 0)
            return e->actor;
    }
    return NULL;
}

/* See entities.h. */
int32_t nf_igo_office_holder_at(nf_doc *doc, size_t r) {
    if (r < 1 || r >= doc->ntokens) return -1;
    const char *actor = igo_of_compound(doc, r);
    if (!actor) actor = igo_in_genitive(doc, r + 1);
    char gender = 0;
    bool org = true;
    const char *role = actor ? nf_role_at(doc, r, &gender, &org) : NULL;
    /* "die EU-Außenbeauftragte" is one woman, "der" one man */
    if (role && !org && gender != 'm' && gender != 'f' && nf_adjective_noun_at(doc, r))
        gender = nf_adjective_noun_gender(doc, r - 1, r);
    if (!role || org || !nf_singular_article(doc, r - 1, gender == 'f')) return -1;
    return holder_named_at(doc, r, r - 1, actor, role, nf_role_len(role), gender);
}

/* See entities.h. */
bool nf_private_role(const char *role) {
    size_t n = nf_role_len(role);
    return (n == 8 && memcmp(role, "civilian", 8) == 0) ||
           (n == 11 && memcmp(role, "businessman", 11) == 0);
}

/* How often (log2) role_object_noun asks the lexicon to have seen a word
 * capitalised: eight times.  An unknown surname so frequent in the
 * lexicon's news is rare; a plural noun is not. */
#define ROLE_OBJECT_MIN_FREQ 3

/* True when token k, one word after a role noun, is a noun by the lexicon
 * (capitalised, seen at least 2^ROLE_OBJECT_MIN_FREQ times, no person's
 * name by the tagger's gazetteer) and by no list a given name or a
 * surname. */
static bool role_object_noun(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    return doc->tokens[k].kind == NF_TOK_WORD &&
           nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, k), ROLE_OBJECT_MIN_FREQ) &&
           !nf_tok_get(doc, k, &gz->given) && !surname_word(doc, k);
}

/* True when the word `w` of `n` bytes stands as a token of [from, end),
 * other than token `skip`, right after a given name ("Heinz Schaden"):
 * a surname there. */
static bool written_after_given_name(const nf_doc *doc, const char *w, size_t n, size_t from,
                                     size_t end, size_t skip) {
    for (size_t j = from; j < end; j++)
        if (j != skip && doc->tok_len[j] == n && memcmp(nf_tok(doc, j), w, n) == 0 &&
            nf_tok_get(doc, j - 1, &doc->engine->gz.given))
            return true;
    return false;
}

/* See entities.h. */
bool nf_surname_in_text(const nf_doc *doc, size_t k, size_t reach) {
    size_t from = k > reach ? k - reach : 1,
           end = doc->ntokens - k > reach ? k + reach : doc->ntokens;
    return written_after_given_name(doc, nf_tok(doc, k), doc->tok_len[k], from, end, k);
}

/* See entities.h. */
bool nf_genitive_surname_at(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || n < 4 || w[n - 1] != 's') return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_lexicon_find(&gz->words, w, n - 1);
    if (nf_lexicon_find(&gz->surnames, w, n - 1) || (e && (e->num & NF_GW_SURNAME))) return true;
    return written_after_given_name(doc, w, n - 1, 1, doc->ntokens, SIZE_MAX);
}

/* A person named after the role noun at k, the name from token `at` (k +
 * 1, or after the role's place: role_place_person_at):
 * "Wirtschaftsministerin Anna Berger", "Präsident Emmanuel Macron" (when
 * not known).  Returns the token after the name, or 0; fills the new
 * entity. */
static size_t role_person_at(nf_doc *doc, size_t k, size_t at, size_t sa, size_t sb,
                             int32_t *entity) {
    char gender;
    bool org;
    const char *role = nf_role_at(doc, k, &gender, &org);
    if (!role || org) return 0;
    int32_t known;
    if (at < sb && gazetteer_at(doc, at, sa, sb, 0, &known)) return 0; /* a known name */
    /* a private person's noun ("Lehrerin", "Touristen") is a title only
     * before a given name ("seine Studentin Jill"); before another noun it
     * is a phrase of its own ("warfen der Lehrerin Spionage vor") */
    if (nf_private_role(role) && (at >= sb || !nf_tok_get(doc, at, &doc->engine->gz.given)))
        return 0;
    size_t j = at, n = 0;
    const nf_langpack *lp = doc->pack;
    /* words of a name, and an initial after one ("Staatsbürger Mohammed H.") */
    while (j < sb && n < 3 &&
           ((name_token(doc, j) && doc->tokens[j].kind == NF_TOK_WORD &&
             !nf_tok_find(doc, j, &lp->sentence_starters) && !nf_role_at(doc, j, NULL, NULL) &&
             !nf_adjective_at(doc, j)) ||
            (n > 0 && nf_initial_at(doc, j) && doc->tokens[j].kind == NF_TOK_ABBREV)) &&
           !doc->claimed[j])
        j++, n++;
    /* the name goes on with particles and a word no list knows
     * ("Vorstandschef Heinrich von Pierer"), not a club's ("Trainer Peter
     * Stöger von Austria") */
    if (n > 0 && particle_name_after(doc, j, sb)) {
        size_t q = j;
        while (name_particle(doc, q)) q++;
        const nf_gazetteer *gz = &doc->engine->gz;
        if (q == j || (!nf_tokl_get(doc, q, &gz->club_prefixes) &&
                       !nf_tok_get(doc, q, &gz->foreign_country_names)))
            j = q + 1, n++; /* q == j: "al-Baghdadi", one word */
    }
    if (n == 0 ||
        (j < sb && doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP)))
        return 0;
    /* an English head word ends no person's name: a survey, a road, a
     * paper ("im 19th Global CEO Survey") */
    if (nf_tokl_get(doc, j - 1, &doc->engine->gz.english_heads) &&
        (doc->tokens[j - 1].flags & NF_TF_CAP))
        return 0;
    /* a plain common noun alone is the role noun's object or a list's
     * next word, no name ("demonstrierende Studenten Steine und
     * Molotowcocktails warfen"), and so is a word the lexicon has seen
     * capitalised often without an article that no list knows as a name:
     * mostly a plural ("lieferte der Präsident Waffen", "ordnete der
     * Präsident Maßnahmen an") */
    if (n == 1 && (nf_plain_noun(doc, at) || role_object_noun(doc, at))) return 0;
    /* so is a noun of the list of common nouns that no list knows as a
     * name and the text gives no one as a surname ("warf dem
     * Ministerpräsidenten Wortbruch vor"; "Bürgermeister Schaden" is the
     * mayor where "Heinz Schaden" stands, before or after) */
    if (n == 1 && nf_common_noun_listed(doc, at) && !surname_word(doc, at) &&
        !nf_tok_get(doc, at, &doc->engine->gz.given) && !nf_surname_in_text(doc, at, SIZE_MAX))
        return 0;
    /* so is a compound of a common noun that no list knows as a surname
     * ("gab der Mann vor den Beamten Liebeskummer an") */
    if (n == 1 && nf_noun_compound(doc, at) && !surname_word(doc, at)) return 0;
    /* so is a surname in the genitive after a noun with its article: the
     * noun is another's, whom the name owns ("Ein Sprecher Konvičkas") */
    if (n == 1 && k > sa && nf_article_or_determiner(doc, k - 1) && nf_genitive_surname_at(doc, at))
        return 0;
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = NF_ENT_PERSON;
    e.gender = gender;
    size_t rl;
    const char *held = counterpart_role(doc, k, role, &rl);
    if (held) role = held; /* (else a counterpart of no office known: none) */
    e.role = held ? nf_arena_strndup(&doc->arena, held, rl) : NULL;
    /* "die deutsche Wirtschaftsministerin": the adjective gives the country. */
    for (size_t b = k; b > sa && b + 3 > k; b--) {
        const char *iso = nf_adjective_at(doc, b - 1);
        if (iso) {
            memcpy(e.country, iso, 3);
            e.country[3] = '\0';
            break;
        }
    }
    if (e.country[0] && nf_government_role(role, rl))
        e.actor = nf_actor_code(doc, e.country, "GOV");
    /* The same name met before is the same person, and so is a surname
     * alone of someone named in full ("Thomas Enders" ... "Vorstandschef
     * Enders"). */
    const char *name = nf_tokens_text(doc, at, j);
    size_t nl = name ? strlen(name) : 0;
    for (size_t i = 0; name && i < doc->nentities; i++) {
        if (doc->entities[i].type == NF_ENT_PERSON && doc->entities[i].name &&
            (strcmp(doc->entities[i].name, name) == 0 ||
             (n == 1 && nf_last_word_is(doc->entities[i].name, name, nl)))) {
            *entity = (int32_t)i;
            return j;
        }
    }
    /* A surname alone after the role of an office ("Präsident Putin",
     * "Kanzler Scholz", "Kremlchef Putin", "UN-Generalsekretär Guterres"):
     * the person of that name in office on the document's date, as the
     * surname alone would be, when the office fits the role (so never
     * after "Trainer" or "Bürgermeister", which no one of the gazetteer
     * holds) and no country before the role says otherwise ("der
     * französische Präsident Putin" is no one we know).  A full name
     * after the role only where no form lists it (the name forms found
     * those before). */
    {
        size_t before = doc->nentities; /* a person looked up, not taken, leaves no trace */
        const nf_gazetteer *gz = &doc->engine->gz;
        bool former = former_role(doc, k, sa);
        int32_t office = -1;
        if (n == 1) {
            office = former ? in_office_named(doc, &gz->surnames,
                                              nf_tok_get(doc, at, &gz->surnames), true, role, rl)
                            : surname_at(doc, at, sa, sb);
            /* (of the namesakes in office, the one whose office the role
             * names: "US-Präsident Bush" in 2004 while Jeb Bush governed
             * Florida) */
            if (office < 0 && !former)
                office = in_office_named(doc, &gz->surnames, nf_tok_get(doc, at, &gz->surnames),
                                         false, role, rl);
            if (office < 0) /* "Staatschef Xi": a surname that comes first */
                office = in_office_named(doc, &gz->first_surnames,
                                         nf_tok_get(doc, at, &gz->first_surnames), former, NULL, 0);
        }
        /* "Präsident Selensky", "Präsident Wolodymyr Selenskij": a spelling
         * no name form lists */
        if (office < 0) office = nf_loose_person(doc, at, j);
        nf_entity *pe = office >= 0 ? &doc->entities[office] : NULL;
        if (pe && pe->type == NF_ENT_PERSON && pe->role && role_fits(role, rl, pe->role) &&
            (!e.country[0] || strcmp(pe->country, e.country) == 0)) {
            if (!pe->gender && gender != 'x') pe->gender = gender; /* "Premierminister": he */
            *entity = office;
            return j;
        }
        doc->nentities = before;
    }
    *entity = nf_entity_add(doc, &e);
    return *entity >= 0 ? j : 0;
}

/* The role noun of a person's office before "von" and the mention that
 * ends right before token k of a sentence from sa ("der Bürgermeisterin
 * von San Francisco" before k), or SIZE_MAX: role_place_person_at's
 * first test, cheap enough to ask of every capitalised word. */
static size_t role_before_place(const nf_doc *doc, size_t k, size_t sa) {
    if (k < sa + 3) return SIZE_MAX;
    /* ("von" within four words before k, first: no search of the mentions
     * for most words) */
    bool von = false;
    for (size_t j = k - 2; j >= sa + 1 && j + 5 > k && !von; j--)
        von = doc->tok_llen[j] == 3 && nf_tok_is(doc, j, "von");
    if (!von) return SIZE_MAX;
    size_t i = nf_mention_first_at(doc, k);
    if (i == 0 || doc->mentions[i - 1].tb != k) return SIZE_MAX;
    size_t p = doc->mentions[i - 1].ta; /* the place's first token */
    if (p < sa + 2 || !nf_tok_is(doc, p - 1, "von")) return SIZE_MAX;
    bool org;
    const char *role = nf_role_at(doc, p - 2, NULL, &org);
    return role && !org && !nf_private_role(role) ? p - 2 : SIZE_MAX;
}

/* A person named after a role noun and the place or organisation of the
 * office, the name of two words or more starting at token k: "der
 * Bürgermeisterin von San Francisco Dianne Feinstein", "Chef von Siemens
 * Joe Kaeser".  The place is a mention the pass found already, right
 * before k.  Returns the token after the name, or 0; fills the entity. */
static size_t role_place_person_at(nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entity) {
    size_t r = role_before_place(doc, k, sa);
    if (r == SIZE_MAX || k + 1 >= sb) return 0;
    /* two words of a name, neither a noun of the lexicon nor a role */
    for (size_t j = k; j < k + 2; j++)
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP) ||
            !name_token(doc, j) || doc->claimed[j] || nf_plain_noun(doc, j) ||
            nf_role_at(doc, j, NULL, NULL))
            return 0;
    /* (the words that address a person open no name: "Herr Dieter
     * Thalhammer", whom the given name finds) */
    if (address_gender(doc, k)) return 0;
    return role_person_at(doc, r, k, sa, sb, entity);
}

/* See entities.h: a first part of two letters or more, a last part in
 * lower case of four or more (a brand's may be shorter: "B-free"). */
bool nf_hyphen_adjective(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD) return false;
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    return h && h >= w + 2 && h[1] >= 'a' && h[1] <= 'z' && strlen(h + 1) >= 4 &&
           (doc->tokens[k].flags & NF_TF_CAP);
}

/* True for a capitalised adjective inside a name: "Deutschen",
 * "Serbischen", "Radikalen", "Europäische". */
static bool cap_adjective(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return false;
    if (nf_adjective_at(doc, k)) return true;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    /* Every ending ends in 'e' or in 'e' and one more letter: most words
     * are out after a byte or two.  Lengths are known, not counted. */
#define LIT(x)                                                                                     \
    { x, sizeof x - 1 }
    static const struct {
        const char *s;
        size_t n;
    } endings[] = {LIT("en"), LIT("er"), LIT("es"), LIT("em"), LIT("e")},
      stems[] = {LIT("isch"), LIT("lich"),    LIT("ig"),  LIT("al"),   LIT("iv"),
                 LIT("ell"),  LIT("ar"),      LIT("bar"), LIT("sam"),  LIT("ell"),
                 LIT("ös"),   LIT("deutsch"), LIT("neu"), LIT("frei"), LIT("hoch")};
#undef LIT
    if (n < 4 || (w[n - 1] != 'e' && w[n - 2] != 'e')) return false;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = endings[i].n;
        if (n <= el + 2 || memcmp(w + n - el, endings[i].s, el) != 0) continue;
        for (size_t j = 0; j < sizeof stems / sizeof stems[0]; j++) {
            size_t sl = stems[j].n;
            if (n - el >= sl && w[n - el - 1] == stems[j].s[sl - 1] &&
                memcmp(w + n - el - sl, stems[j].s, sl) == 0)
                return true;
        }
        return false;
    }
    return false;
}

/* True when the capitalised word at k ends in an organisation head noun
 * ("Hauptverband", "Bundesanstalt"), and is no common noun's compound
 * org-heads.txt marks ("Brandstiftung"); `compound` tells whether
 * something precedes the head inside the word. */
bool nf_org_head(const nf_doc *doc, size_t k, bool *compound) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    const nf_lexicon *lex = &doc->engine->gz.org_heads;
    const nf_lex_entry *tail =
        n >= 3 ? nf_lexicon_find(&doc->engine->gz.head_tails, w + n - 3, 3) : NULL;
    if (!tail) return false;
    /* Try only the lengths of endings that end like this word, longest first. */
    for (size_t len = n < 31 ? n : 31; len >= 3; len--) {
        if (!((uint64_t)tail->num >> len & 1)) continue;
        size_t cut = n - len;
        if (((unsigned char)w[cut] & 0xC0) == 0x80) continue;
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, len);
        if (!e) continue;
        /* (a common noun's compound, longer than the head it ends in) */
        if (strcmp(nf_lex_val(lex, e), "common") == 0) return false;
        if (!*nf_lex_val(lex, e)) {
            *compound = cut > 2;
            return true;
        }
    }
    return false;
}

/* The value of the classifying noun the word at token k is or ends in
 * ("person", "org word", ...; owned by the gazetteer), with in *whole
 * whether it is the whole word; NULL when none. */
static const char *class_noun_value(const nf_doc *doc, size_t k, bool *whole) {
    const nf_token *t = &doc->tokens[k];
    /* abbreviations too: the list has "Mr.", "Mrs.", "Ms." */
    if ((t->kind != NF_TOK_WORD && t->kind != NF_TOK_ABBREV) || !(t->flags & NF_TF_CAP))
        return NULL;
    const nf_lexicon *lex = &doc->engine->gz.class_nouns;
    /* (a word is asked about by many stages: the answer is kept per token,
     * 1 for none, else the entry's index + 2 shifted past the bit of
     * *whole) */
    uint32_t *memo = doc->class_memo && k < doc->ntokens ? &doc->class_memo[k] : NULL;
    if (memo && *memo) {
        if (*memo == 1) return NULL;
        *whole = *memo & 1;
        return nf_lex_val(lex, &lex->entries[(*memo >> 1) - 2]);
    }
    const nf_lex_entry *e = class_noun_lookup(doc, k, whole);
    if (memo) *memo = e ? (uint32_t)((size_t)(e - lex->entries) + 2) << 1 | (uint32_t)*whole : 1u;
    return e ? nf_lex_val(lex, e) : NULL;
}

/* class_noun_value's look-up itself: the entry of the class noun the word
 * at token k (a capitalised word) is or ends in, or NULL. */
static const nf_lex_entry *class_noun_lookup(const nf_doc *doc, size_t k, bool *whole) {
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (!nf_gz_tail2(doc->engine->gz.class_tail2, w, n)) return NULL;
    const nf_lex_entry *e = class_noun_in(doc, w, n, whole);
    /* (a compound joined by a hyphen before a part the list has only with
     * the words before it: "Musikstreaming-Dienst" as "streamingdienst") */
    size_t h = n;
    while (!e && h > 0 && w[h - 1] != '-') h--;
    h = h ? h - 1 : 0; /* the last hyphen, or 0 */
    char joined[64];
    if (!e && h >= 3 && n - h > 3 && n < sizeof joined) {
        memcpy(joined, w, h);
        memcpy(joined + h, w + h + 1, n - h - 1);
        e = class_noun_in(doc, joined, n - 1, whole);
        if (e && strstr(nf_lex_val(&doc->engine->gz.class_nouns, e), " word")) e = NULL;
        *whole = false;
    }
    if (!e && subsidiary_compound(doc, k)) {
        e = nf_lexicon_find(&doc->engine->gz.class_nouns, "tochterfirma", 12);
        *whole = false;
    }
    return e;
}

/* True when the word at token k is "Tochter" or "Töchter" after an
 * organisation's name and a hyphen ("Telekom-Tochter", "VW-Tochter",
 * "ORF-Töchter"): the company's subsidiary, no one's daughter
 * (class-nouns.txt has "tochter" as a whole word only). */
static bool subsidiary_compound(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k), *h = strchr(w, '-');
    if (!h || h == w || (strcmp(h, "-Tochter") != 0 && strcmp(h, "-Töchter") != 0)) return false;
    bool acronym = h - w >= 2;
    for (const char *p = w; p < h && acronym; p++) acronym = *p >= 'A' && *p <= 'Z';
    if (acronym) return true;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, k, ids, 16);
    for (size_t i = 0; i < n; i++)
        if (gz->entries[ids[i]].source == NF_GZ_ORG) return true;
    return false;
}

/* The entry of the class noun the lower-case word w (n bytes) is or ends
 * in, or NULL; *whole tells which. */
static const nf_lex_entry *class_noun_in(const nf_doc *doc, const char *w, size_t n, bool *whole) {
    const nf_lexicon *lex = &doc->engine->gz.class_nouns;
    /* The whole word (two letters will do: "SR", a referee), then endings
     * after a hyphen or at least three bytes in, no longer than the
     * longest noun of the list. */
    size_t from = n > doc->engine->gz.class_noun_max ? n - doc->engine->gz.class_noun_max : 0;
    for (size_t cut = 0; cut + 3 <= n || (cut == 0 && n == 2);
         cut = cut ? cut + 1 : (from > 3 ? from : 3)) {
        if (cut && (((unsigned char)w[cut] & 0xC0) == 0x80 || w[cut] == '-')) continue;
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, n - cut);
        if (!e) continue;
        const char *v = nf_lex_val(lex, e);
        /* (a whole-word noun may end a compound after its hyphen: "TV-Sender";
         * not one of kinship: "die Lufthansa-Tochter Germanwings" is a
         * company's) */
        if (cut && strstr(v, " word") && (w[cut - 1] != '-' || strstr(v, " kin"))) continue;
        *whole = cut == 0;
        return e;
    }
    return NULL;
}

/* See entities.h. */
bool nf_relation_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    return v && strncmp(v, "any", 3) == 0;
}

/* The kind of name a classifying noun at token k introduces (see
 * entities.h), or -1. */
int nf_class_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    if (!v) return -1;
    if (strncmp(v, "person", 6) == 0) return NF_ENT_PERSON;
    if (strncmp(v, "org", 3) == 0) return NF_ENT_ORG;
    if (strncmp(v, "place", 5) == 0) return NF_ENT_GPE;
    return -1;
}

/* See entities.h. */
int nf_class_noun_type(const nf_doc *doc, size_t k) {
    int kind = nf_class_noun(doc, k);
    if (kind != NF_ENT_GPE) return kind;
    bool whole;
    return strstr(class_noun_value(doc, k, &whole), " loc") ? NF_ENT_LOC : NF_ENT_GPE;
}

/* The first token of the name that ends right before token p and begins
 * after token sa: a name mention's, or one to three capitalised words no
 * mention covers ("Quarrelby"), no classifying noun among them; p when
 * none does. */
static size_t name_ending_at(const nf_doc *doc, size_t p, size_t sa) {
    for (size_t i = nf_mention_first_at(doc, p); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta <= sa || m->ta + 8 < p) break;
        if (m->tb == p && m->kind == NF_MK_NAME) return m->ta;
    }
    size_t a = p;
    while (a > sa + 1 && a + 3 > p && doc->tokens[a - 1].kind == NF_TOK_WORD &&
           (doc->tokens[a - 1].flags & NF_TF_CAP) && !nf_mention_over(doc, a - 1) &&
           nf_class_noun(doc, a - 1) < 0)
        a--;
    return a;
}

/* True for "und", "oder" and "sowie", which join a list's last item. */
static bool list_and(const nf_doc *doc, size_t k) {
    return nf_tok_is(doc, k, "und") || nf_tok_is(doc, k, "oder") || nf_tok_is(doc, k, "sowie");
}

/* True when the name ending before token tb goes on a list that "und",
 * "oder" or "sowie" closes: a comma and one to three capitalised words
 * after it, again and again, then the joining word ("Dodge, Ram und
 * Jeep"); not a name set off by commas ("Der Präsident der Region Tibet,
 * Qiangba Puncog, wies"). */
static bool list_goes_on(const nf_doc *doc, size_t tb) {
    size_t j = tb, si = doc->tok_sent[tb - 1];
    for (int items = 0; items < 8 && j < doc->ntokens && doc->tok_sent[j] == si; items++) {
        if (list_and(doc, j)) return true;
        if (!nf_tok_is(doc, j, ",")) return false;
        size_t w = j + 1;
        while (w < doc->ntokens && w < j + 4 && doc->tokens[w].kind == NF_TOK_WORD &&
               (doc->tokens[w].flags & NF_TF_CAP))
            w++;
        if (w == j + 1) return false;
        j = w;
    }
    return false;
}

/* See entities.h: back over a list of names before it too ("die Marken
 * Dongfeng, Brilliance und Qoros"). */
size_t nf_noun_before_name(const nf_doc *doc, size_t ta, size_t tb, size_t sa) {
    if (ta <= sa) return ta;
    bool listed = ta > sa + 2 &&
                  (list_and(doc, ta - 1) || (nf_tok_is(doc, ta - 1, ",") && list_goes_on(doc, tb)));
    for (int items = 0; listed && items < 8 && ta > sa + 2; items++) {
        size_t j = ta - 1;
        if (!(nf_tok_is(doc, j, ",") || list_and(doc, j))) break;
        size_t prev = name_ending_at(doc, j, sa);
        if (prev == j) break;
        ta = prev;
    }
    size_t k = ta - 1;
    if (k > sa && doc->tok_llen[k] == 6 && memcmp(nf_tokl(doc, k), "namens", 6) == 0 &&
        !(doc->tokens[k].flags & NF_TF_CAP))
        k--;
    return k;
}

/* True when token k is a noun that introduces a thing's name ("thing" in
 * class-nouns.txt: "das Medikament", "der Hurrikan", "die Raumsonde"),
 * no given name or surname as well ("Roman", "Song") unless a determiner
 * stands right before it: "der Roman Conversazione", not "Roman Giertych". */
static bool thing_class_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    if (!v || strncmp(v, "thing", 5) != 0) return false;
    return (k > 0 && nf_quote_word_class(doc, k - 1, 'd')) ||
           (!nf_tok_get(doc, k, &doc->engine->gz.given) &&
            !nf_known_surname(doc, nf_tok(doc, k), doc->tok_len[k]));
}

/* True when token k is a classifying noun of a settlement ("Stadt",
 * "Kleinstadt", "Gemeinde", "Stadtteil": "town" in class-nouns.txt). */
static bool town_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    return v && strncmp(v, "place", 5) == 0 && strstr(v, " town") != NULL;
}

/* See entities.h. */
bool nf_plural_class_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    return v && strstr(v, " list") != NULL;
}

/* See entities.h. */
bool nf_igo_code(const char *actor) {
    return actor && strncmp(actor, "IGO", 3) == 0;
}

/* See entities.h. */
bool nf_noble_title(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    return v && whole && strstr(v, " noble") != NULL;
}

/* See entities.h. */
bool nf_occupation_noun(const nf_doc *doc, size_t k) {
    bool whole;
    const char *v = class_noun_value(doc, k, &whole);
    return v && strncmp(v, "person", 6) == 0 && (whole || !strstr(v, " kin"));
}

/* The end of a genitive plural complement with no article from token j
 * ("Deutscher Kriminalbeamter" in "Bund Deutscher Kriminalbeamter",
 * "Österreichischer Zeitschriftenverleger"): an adjective in "-er" and a
 * capitalised word; `j` when there is none. */
static size_t bare_plural_complement(const nf_doc *doc, size_t j, size_t sb) {
    size_t n = j < sb ? doc->tok_llen[j] : 0;
    if (j + 1 >= sb || n < 5 || memcmp(nf_tokl(doc, j) + n - 2, "er", 2) != 0 ||
        !cap_adjective(doc, j) || doc->tokens[j + 1].kind != NF_TOK_WORD ||
        !(doc->tokens[j + 1].flags & NF_TF_CAP))
        return j;
    /* (a name of its own after a noun that describes it: "die
     * Terrororganisation Islamischer Staat") */
    size_t whole = 0;
    if (nf_tok_phrase(doc, j, j + 2, 2, &doc->engine->gz.names, false, &whole) && whole == j + 2)
        return j;
    return j + 2;
}

/* True when token k is an adjective in lower case of five bytes or more
 * (inflected_adjective: "politische", "internationale") and no word of
 * quantity ("für mehrere Monate", "für einige Jahre"). */
static bool lower_adjective(const nf_doc *doc, size_t k) {
    static const char *const quantities[] = {"mehrere", "einige",    "wenige",     "viele",
                                             "weitere", "andere",    "zahlreiche", "manche",
                                             "beide",   "sämtliche", NULL};
    return doc->tok_llen[k] >= 5 && nf_inflected_adjective(doc, k) &&
           !nf_tok_in(doc, k, quantities);
}

/* The end of a complement naming an organisation's field or owner: "für
 * Wirtschaft und Technologie", "der Deutschen Schuhindustrie", "Serbiens",
 * or a genitive plural with no article ("Deutscher Kriminalbeamter"; then
 * *bare is set).  Returns the token after it, or `j` when there is none. */
static size_t org_complement(const nf_doc *doc, size_t j, size_t sb, bool *bare) {
    *bare = false;
    size_t q = j;
    if (nf_tok_is(doc, q, "für")) {
        q++;
        size_t words = 0;
        /* (adjectives in lower case before the noun: "für politische
         * Bildung", "für internationale Zusammenarbeit") */
        size_t a = q;
        while (a < sb && a < q + 2 && lower_adjective(doc, a)) a++;
        if (a > q && a < sb && (doc->tokens[a].flags & NF_TF_CAP)) q = a;
        while (q < sb && words < 5 && (doc->tokens[q].flags & NF_TF_CAP) &&
               doc->tokens[q].kind == NF_TOK_WORD) {
            q++, words++;
            if (q + 1 < sb && (nf_tok_is(doc, q, "und") || strcmp(nf_tok(doc, q), ",") == 0) &&
                (doc->tokens[q + 1].flags & NF_TF_CAP))
                q++;
        }
        return words ? q : j;
    }
    if (nf_tok_is(doc, q, "der") || nf_tok_is(doc, q, "des")) {
        q++;
        size_t adj = 0;
        while (q < sb && cap_adjective(doc, q)) q++, adj++;
        if (q < sb && adj && (doc->tokens[q].flags & NF_TF_CAP) &&
            doc->tokens[q].kind == NF_TOK_WORD)
            return q + 1;
        return j;
    }
    q = bare_plural_complement(doc, j, sb);
    *bare = q > j;
    return q;
}

/* The end of a city's or a region's name at token k of [sa, sb) that
 * names the seat of an organisation ("Landgericht Berlin", "Universität
 * Leipzig", "das Kriminologische Forschungsinstitut Niedersachsen"), and
 * the place's gazetteer entry in *entry; 0 when none. */
static size_t seat_city(const nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entry) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (k >= sb || !(doc->tokens[k].flags & NF_TF_CAP) || doc->claimed[k]) return 0;
    const nf_lex_entry *fw = nf_tok_get(doc, k, &gz->first_words);
    if (!fw) return 0;
    size_t e = gazetteer_at(doc, k, sa, sb, (size_t)fw->num, entry);
    if (!e) return 0;
    const nf_gz_entry *g = &gz->entries[*entry];
    if (g->source == NF_GZ_CITY) return e;
    /* (a region after an outlet's noun is the outlet's name: "die
     * Lokalzeitung Trentino") */
    return g->source == NF_GZ_PLACE && g->type == NF_ENT_GPE && k > sa &&
                   !nf_outlet_word(doc, nf_tokl(doc, k - 1), doc->tok_llen[k - 1])
               ? e
               : 0;
}

/* True when the word at token k is a compound joined by hyphens whose
 * last part is a noun the tagger's lexicon knows, before a capitalised
 * word that is neither a legal form nor a place: a description of the
 * name after it ("Internet-Suchmaschinen-Betreiber Google", "Mitte-Links-
 * Partei CHP").  A name ends in a name ("Daimler-Benz"), or is the
 * compound itself before its legal form ("ÖBB-Infrastruktur AG",
 * "Hochschul-Informations-System GmbH"); a plant or office before its
 * place is one name with it ("Airbus-Werk Laupheim"). */
static bool noun_after_hyphen(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    const char *h = strrchr(l, '-');
    if (!h || h == l || doc->tokens[k].kind != NF_TOK_WORD || strlen(h + 1) < COMPOUND_TAIL_MIN ||
        !nf_ner_noun_like(doc->engine->ner, h + 1, NF_COMMON_NOUN_MIN_FREQ))
        return false;
    if (k + 1 >= doc->ntokens || doc->tokens[k + 1].kind != NF_TOK_WORD ||
        !(doc->tokens[k + 1].flags & NF_TF_CAP))
        return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *w = nf_tok_get(doc, k + 1, &gz->words);
    if (w && (w->num & NF_GW_SUFFIX)) return false;
    return !nf_gz_names_source(gz, nf_tok(doc, k + 1), doc->tok_len[k + 1],
                               1u << NF_GZ_CITY | 1u << NF_GZ_PLACE | 1u << NF_GZ_COUNTRY);
}

/* See entities.h. */
bool nf_describes_company(const nf_doc *doc, size_t k) {
    const char *role = nf_role_at(doc, k, NULL, NULL);
    if (role) return nf_role_len(role) == 7 && memcmp(role, "company", 7) == 0;
    return nf_class_noun(doc, k) == NF_ENT_PERSON || noun_after_hyphen(doc, k);
}

/* True when token k is a comma. */
static bool comma_at(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_PUNCT && doc->tok_len[k] == 1 && nf_tok(doc, k)[0] == ',';
}

/* True when token k opens a description of a person set off after a
 * name: "der"/"die", words in lower case, then a person's role noun or
 * a noun of persons ("der Generalsekretär des Verbandes", "die neue
 * Sprecherin"). */
static bool person_apposition_at(const nf_doc *doc, size_t k, size_t sb) {
    if (!nf_tok_is(doc, k, "der") && !nf_tok_is(doc, k, "die")) return false;
    for (size_t j = k + 1; j < sb && j < k + 4; j++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind != NF_TOK_WORD) return false;
        if (t->flags & NF_TF_LOWER) continue;
        bool org = false;
        return (nf_role_at(doc, j, NULL, &org) && !org) || nf_class_noun(doc, j) == NF_ENT_PERSON;
    }
    return false;
}

/* A person's name of two or three capitalised words no list knows that
 * opens its sentence before a comma and a person's description ("Houcine
 * Abassi, der Generalsekretär des Verbandes, sagte ..."): words the
 * lexicon knows as common ones, role nouns, nouns of persons, compounds
 * ("Entholzer-Kritiker Bernd Dobesberger, der ...") and sentence openers
 * excluded.
 * Returns the token after the name (0 when none) and the entity. */
static size_t name_before_apposition_at(nf_doc *doc, size_t k, size_t sa, size_t sb,
                                        int32_t *entity) {
    if (!sentence_initial(doc, k, sa)) return 0;
    size_t j = k;
    while (j < sb && j < k + 3) {
        const nf_token *t = &doc->tokens[j];
        const char *l = nf_tokl(doc, j);
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || doc->claimed[j] ||
            nf_tok_find(doc, j, &doc->pack->sentence_starters) || nf_role_at(doc, j, NULL, NULL) ||
            nf_ner_common_word(doc->engine->ner, l) || nf_class_noun(doc, j) == NF_ENT_PERSON ||
            memchr(l, '-', doc->tok_llen[j]))
            break;
        j++;
    }
    if (j < k + 2 || j + 1 >= sb || !comma_at(doc, j) || !person_apposition_at(doc, j + 1, sb))
        return 0;
    *entity = nf_entity_of(doc, k, j, NF_ENT_PERSON);
    return *entity >= 0 ? j : 0;
}

/* True when the hyphenated word at token k joins two adjectives, the
 * first ending as adjectives do ("Freisinnig-demokratische",
 * "Christlich-soziale"), not a name and an adjective ("Euro-skeptische";
 * a country's adjective the caller keeps: "US-amerikanischen"). */
static bool adjective_pair(const nf_doc *doc, size_t k) {
    const char *w = nf_tokl(doc, k), *h = memchr(w, '-', doc->tok_llen[k]);
    size_t n = h ? (size_t)(h - w) : 0;
    return n >= 5 && ((memcmp(w + n - 2, "ig", 2) == 0 || memcmp(w + n - 4, "lich", 4) == 0 ||
                       memcmp(w + n - 4, "isch", 4) == 0));
}

/* An organisation named by rule: capitalised adjectives and a head noun
 * ("Deutschen Gewerkschaftsbund", "Serbischen Radikalen Partei"), a
 * compound head with a complement ("Bundesanstalt für
 * Finanzdienstleistungsaufsicht", "Hauptverbandes der Deutschen
 * Schuhindustrie") or with the city it sits in ("Landgericht Berlin",
 * "Medizinischen Hochschule Hannover"), or words closed by a legal form
 * ("Hochtief AG").  Returns the token after the name (0 when none) and the
 * entity. */
static size_t org_name_at(nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entity) {
    if (!(doc->tokens[k].flags & NF_TF_CAP)) return 0;
    const nf_lexicon *heads = &doc->engine->gz.org_heads;
    size_t j = k, adj = 0;
    /* (an adjective before a capitalised word: "Landeszentrale für ..." is
     * a head, though it ends as "Zentrale" the adjective does; a name
     * writes no adjective's part after a hyphen in lower case: "Die
     * Euro-skeptische Partei Wahre Finnen") */
    while (j + 1 < sb && cap_adjective(doc, j) && (doc->tokens[j + 1].flags & NF_TF_CAP) &&
           !(nf_hyphen_adjective(doc, j) && !adjective_pair(doc, j) && !nf_adjective_at(doc, j)))
        j++, adj++;
    bool compound = false;
    size_t end = 0;
    int32_t seat = -1;
    bool head_at_j = j < sb && nf_org_head(doc, j, &compound);
    if (head_at_j) {
        bool bare;
        size_t c = org_complement(doc, j + 1, sb, &bare);
        size_t city = c == j + 1 ? seat_city(doc, c, sa, sb, &seat) : 0;
        if (!city) seat = -1;
        if (city)
            end = city;
        else if (adj || (compound && c > j + 1) || bare)
            end = c;
    }
    if (!end) {
        /* "Hochtief AG": capitalised words, then a legal form; after a
         * head noun, an association's name with the words that join its
         * parts ("Gesellschaft zur Förderung der Wissenschaften e.V.") */
        static const char *const joins[] = {"zur", "zum", "für", "der", "des", "und", NULL};
        bool head = adj == 0 && head_at_j; /* (the head at k) */
        size_t q = k, words = 0;
        bool joined = false;
        while (q < sb && words < (head ? 10 : 4)) {
            /* (the legal form may open in lower case: "e.V.", "eG") */
            const nf_lex_entry *e = nf_tok_get(doc, q, heads);
            if (e && *nf_lex_val(heads, e) && words) {
                /* not from a word that describes it: the name starts after
                 * ("der Aufsichtsrat der Weserstadion GmbH": a company's
                 * name joins no parts) */
                if (!nf_describes_company(doc, k) &&
                    (joined ? nf_tok_is(doc, q, "e.v.") : words < 4))
                    end = q + 1;
                break;
            }
            bool join = head && q > k && q + 1 < sb && nf_tok_in(doc, q, joins) &&
                        (doc->tokens[q + 1].flags & NF_TF_CAP);
            joined |= join;
            if (!join && (!(doc->tokens[q].flags & NF_TF_CAP) ||
                          nf_tok_find(doc, q, &doc->pack->sentence_starters)))
                break;
            q++, words++;
        }
    }
    if (!end) return 0;
    const char *name = nf_tokens_text(doc, k, end);
    if (!name) return 0;
    int32_t same = nf_org_named_as(doc, name);
    if (same >= 0) {
        *entity = same;
        return end;
    }
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = NF_ENT_ORG;
    for (size_t q = k; q < end; q++) {
        const char *iso = nf_adjective_at(doc, q);
        if (iso) {
            memcpy(e.country, iso, 3);
            break;
        }
    }
    if (!e.country[0] && seat >= 0) memcpy(e.country, doc->engine->gz.entries[seat].country, 4);
    *entity = nf_entity_add(doc, &e);
    return *entity >= 0 ? end : 0;
}

/* True when a company's name goes on after a place's name that ends at
 * token e: one or two capitalised words, then a legal form ("Emsland
 * Stärke GmbH", "Berlin Chemie AG"): the place's name is the company's
 * first word, no mention of the place. */
static bool legal_form_after_place(const nf_doc *doc, size_t e, size_t sb) {
    for (size_t q = e; q < sb && q < e + 3; q++) {
        if (q > e && nf_legal_form(doc, q)) return true;
        if (doc->tokens[q].kind != NF_TOK_WORD || !(doc->tokens[q].flags & NF_TF_CAP)) return false;
    }
    return false;
}

/* True when token k of a sentence ending at sb is a city's name of one
 * word that may be a surname after a given name: capitalised, set off by a
 * space, and the last capitalised word ("David Paterson": David is a town
 * in Panama, Paterson one in New Jersey). */
static bool city_surname_at(const nf_doc *doc, size_t k, size_t sb) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || !(t->flags & NF_TF_SPACE_BEFORE) ||
        (k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_WORD &&
         (doc->tokens[k + 1].flags & NF_TF_CAP)))
        return false;
    return nf_gz_names_source(&doc->engine->gz, nf_tok(doc, k), doc->tok_len[k], 1u << NF_GZ_CITY);
}

/* True when the place's name of one word at token k is a given name
 * followed by a surname: a capitalised word no list knows as a name, no
 * common noun, role or function word, that ends the name ("Don
 * Foster", "Virginia Woolf", "Madison Keys"; not "Columbus Blue Jackets",
 * "Hobart Superlative"). */
static bool given_before_surname(const nf_doc *doc, size_t k, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t s = k + 1;
    if (s >= sb || !nf_lexicon_find(&gz->given_genders, nf_tok(doc, k), doc->tok_len[k]))
        return false;
    const nf_token *t = &doc->tokens[s];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || (t->flags & NF_TF_TRUNC) ||
        doc->claimed[s] || nf_tok_find(doc, s, &doc->pack->sentence_starters) ||
        nf_role_at(doc, s, NULL, NULL) || nf_function_word(doc, nf_tok(doc, s), doc->tok_len[s]))
        return false;
    if (nf_tok_get(doc, s, &gz->names)) return false; /* "Paris Hilton" may be the hotel */
    const char *l = nf_tokl(doc, s);
    if (nf_ner_common_noun(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) ||
        nf_ner_noun_like(doc->engine->ner, l, 3) || nf_abstract_noun(doc, s))
        return false;
    /* (nor a listed one after a country's name: "liefert Israel Panzer";
     * a city's may be a given name: "Warren Buffet") */
    if (nf_common_noun_listed(doc, s) &&
        nf_gz_names_source(gz, nf_tok(doc, k), doc->tok_len[k], 1u << NF_GZ_COUNTRY))
        return false;
    return s + 1 >= sb ||
           !(doc->tokens[s + 1].kind == NF_TOK_WORD && (doc->tokens[s + 1].flags & NF_TF_CAP));
}

/* True when the organisation's name [k, e) the gazetteer found (entry g)
 * is an article and a common noun that opens sentence [sa, sb) or the
 * words after a colon ("Die Zeit", "Die Welt"), with no verb of saying
 * after it: the noun, not the paper ("Die Zeit der Titelverteidigerin
 * hielt nur kurz", "Die Welt ist wieder in Ordnung"; "Die Zeit meldet" is
 * the paper, and so is the name in quotation marks or after "die
 * Zeitung"). */
static bool article_noun_title(const nf_doc *doc, size_t k, size_t e, size_t sa, size_t sb,
                               const nf_gz_entry *g) {
    static const char *const articles[] = {"der", "die", "das", NULL};
    bool opens = k == sa || nf_tok_is(doc, k - 1, ":"); /* (or a clause after a colon) */
    if (g->source != NF_GZ_ORG || !opens || e != k + 2 || !nf_tok_in(doc, k, articles) ||
        !nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k + 1), NF_COMMON_NOUN_MIN_FREQ))
        return false;
    /* (a colon after it makes it the source's label: "Der Tagesspiegel: ...") */
    return e >= sb || (!nf_tokl_get(doc, e, &doc->pack->speech_verbs) && !nf_tok_is(doc, e, ":"));
}

/* The city whose adjective the organisation's name [k, e) the gazetteer
 * found (entry g) is, before a noun: the city's name and "er" ("New
 * Yorker"), then a capitalised word no name holds ("die New Yorker
 * Polizei" is the city's police, not the magazine "New Yorker"); the
 * city's gazetteer entry, or -1. */
static int32_t city_adjective_before_noun(nf_doc *doc, size_t k, size_t e, size_t sb,
                                          const nf_gz_entry *g) {
    if (g->source != NF_GZ_ORG || e >= sb || doc->tokens[e].kind != NF_TOK_WORD ||
        !(doc->tokens[e].flags & NF_TF_CAP) || nf_mention_over(doc, e))
        return -1;
    const char *name = nf_tokens_text(doc, k, e);
    size_t n = name ? strlen(name) : 0;
    if (n < 5 || memcmp(name + n - 2, "er", 2) != 0) return -1;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *x = nf_lexicon_find(&gz->names, name, n - 2);
    uint32_t ids[64];
    size_t m = x ? nf_gz_ids(nf_lex_val(&gz->names, x), ids, 64) : 0;
    for (size_t i = 0; i < m; i++)
        if (ids[i] < gz->count && adjective_city(&gz->entries[ids[i]], name, n - 2))
            return (int32_t)ids[i];
    return -1;
}

/* True when the word at token k is the genitive of a country or region
 * ("Englands", "Russlands", "Bayerns"): no part of a person's name before it ("Bobby Charlton
 * Englands Rekordtorschütze"); a city's may be a surname's ("Michael
 * Jacksons", "Gerard Lyons"). */
static bool genitive_place(const nf_doc *doc, size_t k) {
    return genitive_place_entry(doc, k, 1u << NF_GZ_COUNTRY | 1u << NF_GZ_PLACE) != NULL;
}

/* True when the n bytes at `w` are a legal form that closes a company's
 * name (org-heads.txt "suffix": "AG", "GmbH", "Inc."). */
static bool legal_form_word(const nf_doc *doc, const char *w, size_t n) {
    const nf_lex_entry *e = n <= 5 ? nf_lexicon_find(&doc->engine->gz.words, w, n) : NULL;
    return e && (e->num & NF_GW_SUFFIX);
}

/* See entities.h. */
bool nf_legal_form(const nf_doc *doc, size_t k) {
    return legal_form_word(doc, nf_tok(doc, k), doc->tok_len[k]);
}

/* True when token k is a hyphenated noun of persons whose first part is no
 * person's name ("Microsoft-Gründer", "Valve-Gründer"; not the double
 * name "Müller-Richter"): the title of the next person named, no word of
 * the name before it ("schickte Richard Seabrook Valve-Gründer Gabe
 * Newell einen Koffer"). */
static bool hyphened_person_noun(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    const char *dash = memchr(w, '-', doc->tok_len[k]);
    if (!dash || !nf_person_noun_word(doc, k)) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t first = (size_t)(dash - w);
    return !nf_lexicon_find(&gz->surnames, w, first) && !nf_lexicon_find(&gz->given, w, first);
}

/* A person named by a given name and one or two capitalised words that
 * are not known names themselves: "Thomas Enders", "Anna Berger".
 * Returns the token after the name (0 when none) and the entity. */
static size_t given_name_person_at(nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entity) {
    const nf_langpack *lp = doc->pack;
    if (!(doc->tokens[k].flags & NF_TF_CAP) || doc->tokens[k].kind != NF_TOK_WORD ||
        nf_place_phrase_before(doc, k))
        return 0;
    /* A function word that opens sentences ("In", "Am") is no given name,
     * even where a list has it ("In Deutschland ..."), nor is a thing's
     * noun after its determiner ("der Roman Conversazione"). */
    if (nf_tok_find(doc, k, &lp->sentence_starters) || thing_class_noun(doc, k)) return 0;
    /* A title or kinship noun some list has as a given name opens no name
     * before another capitalised word ("Sir George Carew"). */
    if (k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
        nf_class_noun(doc, k) == NF_ENT_PERSON)
        return 0;
    /* A given name in the genitive ("Melanies") is followed by what is hers
     * ("Melanies Eltern"), a full name now and then by a common noun
     * ("Matthew Williams Liebeskummer"). */
    const char *w = nf_tok(doc, k);
    size_t wl = strlen(w);
    bool genitive = wl > 3 && w[wl - 1] == 's' && !nf_tok_get(doc, k, &doc->engine->gz.given);
    size_t j = k + 1, n = 0;
    while (j < sb && n < 2 && doc->tokens[j].kind == NF_TOK_WORD &&
           (doc->tokens[j].flags & NF_TF_CAP) && !(doc->tokens[j].flags & NF_TF_TRUNC) &&
           !doc->claimed[j] && !nf_tok_find(doc, j, &lp->sentence_starters) &&
           !nf_role_at(doc, j, NULL, NULL) && !(n == 1 && nf_noun_after_name(doc, j)) &&
           !(n == 1 && hyphened_person_noun(doc, j)) && !(genitive && nf_plain_noun(doc, j)) &&
           !genitive_place(doc, j) && !(j > k + 1 && nf_genitive_name_end(doc, j - 1)))
        j++, n++;
    if (n == 0) return 0;
    /* A given name that is a function word too opens a sentence as that
     * word before a plain noun ("Per Dekret ordnete er ...", "Per Gesetz"),
     * not before a surname ("Per Nilsson", "Will Smith").  One that is a
     * determiner ("Allen Unkenrufen zum Trotz") takes any noun after it,
     * listed or not, unless that is a known surname ("Allen Chastanet"). */
    if (k == sa && n == 1 && nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k)) &&
        (nf_plain_noun(doc, k + 1) ||
         (nf_lexicon_find(&doc->engine->gz.noun_determiners, nf_tokl(doc, k), doc->tok_llen[k]) &&
          !surname_word(doc, k + 1))))
        return 0;
    /* "Lee Strasberg Theatre", "Franzis Verlag": an organisation named
     * after a person (its head may be the word the name stopped before:
     * "Islamic Jihad Union"). */
    bool compound;
    if (nf_org_head(doc, j - 1, &compound) ||
        (j < sb && doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP) &&
         nf_org_head(doc, j, &compound)))
        return 0;
    /* ... or a road, an institution or a contest an English head word ends
     * ("Davis Cup", "Song Contest", "Rosa Parks Boulevard") */
    const nf_lexicon *english = &doc->engine->gz.english_heads;
    if (nf_tokl_get(doc, j - 1, english) ||
        (j < sb && (doc->tokens[j].flags & NF_TF_CAP) && nf_tokl_get(doc, j, english)))
        return 0;
    /* "Beate Uhse AG", "die Hans Müller GmbH": a company named after a
     * person, closed by its legal form */
    if (nf_legal_form(doc, j - 1) || (j < sb && nf_legal_form(doc, j))) return 0;
    /* ... or a street: "in der Ben Jehudastraße" */
    if (nf_place_by_ending(doc, j - 1)) return 0;
    /* A sentence-initial given name may be a capitalised noun ("Mark", "Rose"):
     * ask for a second given-name-like shape, the surname, not a noun ending. */
    const char *last = nf_tokl(doc, j - 1);
    size_t ll = doc->tok_llen[j - 1];
    if (ll > 5 && (strcmp(last + ll - 3, "ung") == 0 || strcmp(last + ll - 4, "heit") == 0 ||
                   strcmp(last + ll - 4, "keit") == 0 || strcmp(last + ll - 4, "chaft") == 0))
        return 0;
    *entity = nf_entity_of(doc, k, j, NF_ENT_PERSON);
    return *entity >= 0 ? j : 0;
}

/* True when a capitalised word may open an organisation's name by rule:
 * an organisation head, or words that a legal form closes within four
 * tokens ("Muster Holding AG"). */
static bool org_start(const nf_doc *doc, size_t k) {
    bool compound;
    if (nf_org_head(doc, k, &compound)) return true;
    for (size_t j = k + 1; j < doc->ntokens && j < k + 5; j++) {
        if (nf_legal_form(doc, j)) return true;
        if (!(doc->tokens[j].flags & NF_TF_CAP)) break;
    }
    return false;
}

/* The CAMEO sector code of an organisation role ("military" -> MIL). */
const char *nf_role_sector(const char *role, size_t n) {
    static const struct {
        const char *role, *sector;
    } map[] = {{"government", "GOV"},
               {"leadership", "GOV"},
               {"cabinet", "GOV"},
               {"administration", "GOV"},
               {"presidential_office", "GOV"},
               {"ministry", "GOV"},
               {"foreign_ministry", "GOV"},
               {"interior_ministry", "GOV"},
               {"justice_ministry", "JUD"},
               {"finance_ministry", "GOV"},
               {"economy_ministry", "GOV"},
               {"defence_ministry", "MIL"},
               {"central_bank", "GOV"},
               {"embassy", "GOV"},
               {"consulate", "GOV"},
               {"agency", "GOV"},
               {"audit_office", "GOV"}, /* a court of audit ("der Rechnungshof") */
               {"press_service", "GOV"},
               {"military", "MIL"},
               {"security_forces", "MIL"},
               {"coast_guard", "MIL"}, /* its own body, not the army ("Küstenwache") */
               {"intelligence", "SPY"},
               {"state_security", "SPY"}, /* a domestic secret police */
               {"police", "COP"},
               {"fire_service", "GOV"}, /* Phoenix's FIRE_BRIGADE, FIRE_SERVICE */
               {"opposition", "OPP"},
               {"protesters", "OPP"},
               {"rebels", "REB"},
               {"militia", "UAF"},
               {"civilians", "CVL"},
               {"refugees", "REF"},
               {"court", "JUD"},
               {"prosecutor", "JUD"},
               {"parliament", "LEG"},
               {"party", "PTY"},
               {"company", "BUS"},
               {"bank", "BUS"},
               {"union", "LAB"},
               {"broadcaster", "MED"},
               {"newspaper", "MED"},
               {"magazine", "MED"},
               {"news_agency", "MED"},
               /* persons described by nationality and role */
               {"soldier", "MIL"},
               {"general", "MIL"},
               {"military_commander", "MIL"},
               {"military_chief", "MIL"},
               {"chief_of_general_staff", "MIL"},
               {"police_chief", "COP"},
               {"journalist", "MED"},
               {"correspondent", "MED"},
               {"judge", "JUD"},
               {"diplomat", "GOV"},
               {"ambassador", "GOV"},
               {"envoy", "GOV"},
               {"lawmaker", "LEG"},
               {"senator", "LEG"},
               {"opposition_leader", "OPP"},
               {"civilian", "CVL"},
               {"businessman", "BUS"},
               {"aid_worker", "NGO"},
               {"dissident", "OPP"},
               {"activist", "OPP"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i].role) == n && memcmp(map[i].role, role, n) == 0) return map[i].sector;
    return NULL;
}

/* True when entity i has a mention of `kind`. */
static bool mention_of_kind(const nf_doc *doc, size_t i, int kind) {
    for (size_t m = 0; m < doc->nmentions; m++)
        if (doc->mentions[m].entity == i && doc->mentions[m].kind == kind) return true;
    return false;
}

/* The national institution or group of country `iso` with organisation
 * role `role` (rl bytes), described by tokens [ta, tb): the unlinked one
 * of that country and role met before in the document (with the same name
 * when `placed`: "Staatsanwaltschaft Stuttgart" is not "Staatsanwaltschaft
 * Hof"), else a new entity
 * with the country's CAMEO code and the role's sector ("RUS" + "MIL").
 * Returns its index; -1 when the role has no sector or memory runs out. */
static int32_t national_org(nf_doc *doc, const char *iso, const char *role, size_t rl, size_t ta,
                            size_t tb, bool placed) {
    const char *sector = nf_role_sector(role, rl);
    if (!sector) return -1;
    const char *name = placed ? nf_tokens_text(doc, ta, tb) : NULL;
    /* the country's organisation the text named by a name that opens
     * with the noun ("die Nationalbank" after "Nationalbank der
     * Ukraine") */
    const char *noun = doc->tokens[tb - 1].kind == NF_TOK_WORD ? nf_tok(doc, tb - 1) : NULL;
    size_t nl = noun ? doc->tok_len[tb - 1] : 0;
    for (size_t i = 0; noun && i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type == NF_ENT_ORG && e->canonical && e->name && !strncmp(e->country, iso, 3) &&
            nf_first_word_is(e->name, noun, nl))
            return (int32_t)i;
    }
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_ORG || strncmp(e->country, iso, 3) != 0 || !e->role ||
            strlen(e->role) != rl || memcmp(e->role, role, rl) != 0)
            continue;
        if (!e->canonical && (!placed || (name && e->name && strcmp(e->name, name) == 0)))
            return (int32_t)i;
        /* the country's listed institution of that role, described so
         * before ("die israelische Armee" ... "nach israelischen
         * Armeeangaben") */
        if (e->canonical && !placed && mention_of_kind(doc, i, NF_MK_NOMINAL)) return (int32_t)i;
    }
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = NF_ENT_ORG;
    memcpy(e.country, iso, 3);
    if (!(e.actor = nf_actor_code(doc, iso, sector))) return -1;
    e.role = nf_arena_strndup(&doc->arena, role, rl);
    e.name = nf_tokens_text(doc, ta, tb);
    return nf_entity_add(doc, &e);
}

/* See entities.h. */
int32_t nf_paper_entity(nf_doc *doc, size_t ta, size_t tb, const char *iso) {
    static const char role[] = "newspaper";
    return national_org(doc, iso, role, sizeof role - 1, ta, tb, true);
}

/* The gazetteer's city of the first part of the word at token k that
 * joins two cities of one country by a hyphen ("Nürnberg-Fürth",
 * "Halle-Leipzig"): a district or a court's seat named after both; or a
 * city of 100,000 people or more where German is spoken and a name no
 * lexicon knows as a word, its quarter ("Berlin-Tiergarten",
 * "Hamburg-Altona"; not "Berlin-Besuch", "Basel-Stürmer"); NULL when the
 * word is none. */
static const nf_gz_entry *twin_cities_at(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    const char *w = nf_tok(doc, k), *h = memchr(w, '-', doc->tok_len[k]);
    if (!h || h == w || !(h[1] >= 'A' && h[1] <= 'Z') ||
        memchr(h + 1, '-', doc->tok_len[k] - (size_t)(h + 1 - w)))
        return NULL;
    const nf_gz_entry *part[2] = {NULL, NULL};
    const char *start[2] = {w, h + 1};
    size_t len[2] = {(size_t)(h - w), doc->tok_len[k] - (size_t)(h + 1 - w)};
    for (int i = 0; i < 2; i++) {
        const nf_lex_entry *e = nf_lexicon_find(&gz->names, start[i], len[i]);
        uint32_t ids[64];
        size_t m = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64) : 0;
        for (size_t j = 0; j < m; j++) {
            const nf_gz_entry *g = &gz->entries[ids[j]];
            if (g->source == NF_GZ_CITY && g->country[0] &&
                (!part[i] || g->population > part[i]->population))
                part[i] = g;
        }
    }
    if (part[0] && part[1]) return strcmp(part[0]->country, part[1]->country) == 0 ? part[0] : NULL;
    if (!part[0] || part[0]->population < 100000 || len[1] < 3 ||
        !(start[1][1] >= 'a' && start[1][1] <= 'z') || nf_language_word(doc, start[1], len[1]))
        return NULL;
    /* (a quarter of a city where German is spoken, whose quarters are
     * named so, not "Moskau-Biennale", "Mobile-Games"; no noun of persons
     * in "-er", "-erin", "-är", "-ist", "-ent": "Basel-Stürmer",
     * "Hollywood-Newcomerin", "Basel-Legionär") */
    static const nf_suffix persons[] = {
        NF_SFX("er"),  NF_SFX("erin"), NF_SFX("ern"),   NF_SFX("erinnen"), NF_SFX("är"),
        NF_SFX("äre"), NF_SFX("ist"),  NF_SFX("isten"), NF_SFX("ent"),     NF_SFX("enten")};
    if (!german_speaking(part[0]->country) ||
        nf_ends_in_one_of(start[1], len[1], persons, sizeof persons / sizeof persons[0]))
        return NULL;
    return part[0];
}

/* An institution named by its noun and its place: "die Staatsanwaltschaft
 * Stuttgart", "das Landgericht München", "die Polizei Berlin" - one name,
 * the place's country's institution with its CAMEO sector (DEUJUD); not
 * after another country's adjective ("die russische Armee Kiew").
 * Returns the token after the place (0 when none) and the entity. */
static size_t org_of_place_at(nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entity) {
    char gender;
    bool org;
    const char *role = nf_role_at(doc, k, &gender, &org);
    if (!role || !org || k + 1 >= sb || (doc->tokens[k].flags & NF_TF_TRUNC)) return 0;
    size_t rl = nf_role_len(role);
    if (!nf_role_sector(role, rl)) return 0;
    int32_t entry;
    size_t tb = gazetteer_at(doc, k + 1, sa, sb, 0, &entry);
    const nf_gz_entry *g = tb ? &doc->engine->gz.entries[entry] : twin_cities_at(doc, k + 1);
    if (!tb && g) tb = k + 2; /* "Staatsanwaltschaft Nürnberg-Fürth" */
    if (!g) return 0;
    if ((g->source != NF_GZ_CITY && g->source != NF_GZ_PLACE) || !g->country[0]) return 0;
    /* (a nation's institution before another's place names no seat: "griff
     * die russische Armee Kiew an" attacks Kyiv) */
    const char *nation = k > sa ? nf_adjective_at(doc, k - 1) : NULL;
    if (nation && strncmp(nation, g->country, 3) != 0) return 0;
    *entity = national_org(doc, g->country, role, rl, k, tb, true);
    return *entity >= 0 ? tb : 0;
}

/* See entities.h. */
bool nf_role_away_from_seat(const char *role) {
    return nf_role_is(role, "embassy") || nf_role_is(role, "consulate") ||
           nf_role_is(role, "military") || nf_role_is(role, "security_forces");
}

/* An institution by its seat after "in": "die Regierung in Moskau", "die
 * Staatsanwaltschaft in Paris", "das Ministerium in Kiew" - the seat's
 * country's institution as coreference finds it for a speaker
 * (nf_org_of_owner: the Government of Russia; else one with the CAMEO
 * sector, FRAJUD), described by the noun and the place.  Not an embassy
 * or consulate (of another country than its seat's), forces or a group of
 * people, nor a company (a description of one named before).  Returns the
 * token after the place (0 when none), the entity and the place's. */
static size_t org_in_place_at(nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *entity,
                              int32_t *seat) {
    char gender;
    bool org;
    const char *role = nf_role_at(doc, k, &gender, &org);
    if (!role || !org || k + 2 >= sb || !nf_tok_is(doc, k + 1, "in") ||
        (doc->tokens[k].flags & NF_TF_TRUNC))
        return 0;
    size_t rl = nf_role_len(role);
    const char *sector = nf_role_sector(role, rl);
    /* (not where the place says nothing of the country: an embassy,
     * forces and groups of people, "Truppen in Syrien", "Flüchtlinge in
     * Linz") */
    static const char *const groups[] = {"protesters", "rebels",     "militia", "civilians",
                                         "refugees",   "opposition", "party"};
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (nf_role_is(role, groups[i])) return 0;
    if (nf_role_away_from_seat(role) || !sector || strcmp(sector, "BUS") == 0) return 0;
    int32_t place;
    size_t tb = gazetteer_at(doc, k + 2, sa, sb, 0, &place);
    if (!tb) return 0;
    const nf_gz_entry *g = &doc->engine->gz.entries[place];
    if (g->source != NF_GZ_CITY || !g->country[0]) return 0;
    *seat = entity_for(doc, g);
    *entity = *seat >= 0 ? nf_org_of_owner(doc, k, tb, role, rl, *seat) : -1;
    return *entity >= 0 ? tb : 0;
}

/* A new entity for the soldiers or police officers of country `iso` that
 * the compound at token k names ("zwei US-Soldaten", "ein US-Soldat"):
 * persons of the role, acting for their country's forces (USAMIL,
 * USACOP), several unless an article of the singular comes before.
 * Returns the entity, -1 when memory runs out. */
static int32_t armed_persons(nf_doc *doc, const char *iso, const char *role, size_t rl,
                             const char *sector, size_t k) {
    nf_entity p;
    memset(&p, 0, sizeof p);
    p.type = NF_ENT_PERSON;
    p.plural = !(k > 0 && nf_singular_article(doc, k - 1, false));
    memcpy(p.country, iso, 3);
    p.role = nf_arena_strndup(&doc->arena, role, rl);
    p.name = nf_tokens_text(doc, k, k + 1);
    p.actor = nf_actor_code(doc, iso, sector);
    return p.actor ? nf_entity_add(doc, &p) : -1;
}

/* A compound of a country's short name and an organisation noun: "US-Truppen",
 * "US-Militär", "China-Behörden"; or a noun of soldiers or police officers
 * ("US-Soldaten"), who act for the country's forces.  Returns the token
 * after it (0 when none) and the national organisation's or the persons'
 * entity. */
static size_t country_compound_at(nf_doc *doc, size_t k, int32_t *entity) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    const char *h = strchr(w, '-');
    if (!h || h == w || strchr(h + 1, '-') || !(h[1] >= 'A' && h[1] <= 'Z')) return 0;
    const nf_lex_entry *r = nf_lexicon_find(&gz->roles, h + 1, strlen(h + 1));
    const char *role = r ? nf_lex_val(&gz->roles, r) : NULL;
    if (!role) return 0;
    size_t rl = nf_role_len(role);
    const char *sector = nf_role_sector(role, rl);
    bool org = strstr(role, "\torg") != NULL;
    /* a person's noun only of the armed forces or the police ("zwei
     * US-Soldaten"): offices have their holders (nf_office_holder_at) */
    bool armed = !org && sector && (strcmp(sector, "MIL") == 0 || strcmp(sector, "COP") == 0);
    if (!org && !armed) return 0;
    const nf_lex_entry *c = nf_lexicon_find(&gz->names, w, (size_t)(h - w));
    if (!c) return 0;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, c), ids, 64);
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source != NF_GZ_COUNTRY) continue;
        *entity = armed ? armed_persons(doc, g->country, role, rl, sector, k)
                        : national_org(doc, g->country, role, rl, k, k + 1, false);
        return *entity >= 0 ? k + 1 : 0;
    }
    return 0;
}

/* A nation's people as a group: a demonym in the plural ("Tausende
 * Russen protestierten", "die Amerikaner", "den Afghanen" after no
 * article of the singular), a nominal mention of the country.  One of
 * them ("der Russe", "ein Amerikaner", "die Russin", "der Amerikaner John
 * Kerry") is a person, coreference's to resolve.  Returns the country's
 * entity, -1 for none. */
static int32_t people_of_country(nf_doc *doc, size_t k, size_t sa, size_t sb) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 4 || !strchr("nrs", l[n - 1]) || (l[n - 2] == 'i' && l[n - 1] == 'n')) return -1;
    const nf_lex_entry *d = nf_tok_get(doc, k, &doc->engine->gz.demonyms);
    if (!d) return -1;
    static const char *const one[] = {"ein",   "einen", "einem",  "eines",  "jeder", "jeden",
                                      "jedem", "kein",  "keinen", "keinem", NULL};
    /* the determiner before the adjectives: "der 69-jährige Niederländer" */
    static const char *const plural[] = {"die", "alle", "viele", "vielen", "beide", "beiden", NULL};
    size_t p = k;
    while (p > sa + 1 && p + 3 > k && !(doc->tokens[p - 1].flags & NF_TF_CAP) &&
           (doc->tokens[p - 1].kind == NF_TOK_WORD || doc->tokens[p - 1].kind == NF_TOK_NUMBER) &&
           !nf_singular_article(doc, p - 1, false) && !nf_tok_in(doc, p - 1, plural))
        p--;
    bool single = false;
    for (const char *const *a = one; *a && p > sa && !single; a++)
        single = nf_tok_is(doc, p - 1, *a);
    if (single || (p > sa && nf_singular_article(doc, p - 1, false)) ||
        (k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP)))
        return -1;
    char code[4];
    memcpy(code, nf_lex_val(&doc->engine->gz.demonyms, d), 3);
    code[3] = '\0';
    return nf_country_entity(doc, code);
}

/* True when a person's name or description opens at token k (before sb):
 * a given name, or a word before a person's role noun ("Irans Präsident");
 * none of an organisation's members, who are states. */
static bool person_follows(const nf_doc *doc, size_t k, size_t sb) {
    if (nf_tok_get(doc, k, &doc->engine->gz.given)) return true;
    bool org = false;
    return k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
           nf_role_at(doc, k + 1, NULL, &org) && !org;
}

/* A compound of an international organisation's name, a hyphen and a
 * noun of its members as a group ("EU-Staaten", "Nato-Partnern":
 * member-nouns.txt; not one partner named after it, "der Nato-Partner
 * Türkei", but before a person named as its object: "verurteilten die
 * G8-Staaten Mahmud Ahmadinedschad"): the organisation acting.  (Not its meetings, "bis zum
 * G-20-Gipfel": a time as often as an actor.)  Returns the token after it
 * (0 when none) and the organisation's entity. */
static size_t igo_members_at(nf_doc *doc, size_t k, size_t sb, int32_t *entity) {
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    if (!h || h == w || !h[1] || doc->tok_len[k] != doc->tok_llen[k]) return 0;
    const char *l = nf_tokl(doc, k) + (h - w) + 1;
    if (!nf_lexicon_find(&doc->pack->member_nouns, l, strlen(l)) ||
        (k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) && !person_follows(doc, k + 1, sb)))
        return 0;
    const nf_gz_entry *g = org_entry(doc, w, (size_t)(h - w), NULL, NULL);
    if (!g || !nf_igo_code(g->actor)) return 0;
    *entity = entity_for(doc, g);
    return *entity >= 0 ? k + 1 : 0;
}

/* A compass part of a country: a direction before a country's name in one
 * word ("Ostukraine", "Nordsyrien", "Südlibanon", "Nordiraks", also
 * "Ost-Ukraine") that the gazetteer does not know as a whole ("Nordkorea",
 * "Südafrika" are countries of their own, "Norddeutschland" a place of
 * places.tsv).  Only countries: a region's part may lie across a border
 * ("Südtirol" is Italy's, Tirol Austria's).  The place gets the country's
 * code and an English label ("Eastern Ukraine").  Returns the token after
 * it (0 when none) and the entity. */
static size_t compass_region_at(nf_doc *doc, size_t k, int32_t *entity) {
    static const struct {
        const char *de, *en;
    } dirs[] = {{"Nordost", "Northeastern"}, {"Nordwest", "Northwestern"},
                {"Südost", "Southeastern"},  {"Südwest", "Southwestern"},
                {"Nord", "Northern"},        {"Süd", "Southern"},
                {"Ost", "Eastern"},          {"West", "Western"},
                {"Zentral", "Central"},      {"Mittel", "Central"}};
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || !strchr("NSOWZM", w[0]) || n < 7 || n > 60) return 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        size_t p = strlen(dirs[d].de);
        if (n < p + 3 || strncmp(w, dirs[d].de, p) != 0) continue;
        /* The country's name, capitalised: "ukraine" -> "Ukraine", after a
         * hyphen as written; a lower-case umlaut opens no country here. */
        char name[64];
        size_t m = n - p;
        const char *rest = w + p;
        if (rest[0] == '-') rest++, m--;
        if (!(rest[0] >= 'a' && rest[0] <= 'z') && !(rest[0] >= 'A' && rest[0] <= 'Z')) continue;
        if (rest == w + p && !(rest[0] >= 'a' && rest[0] <= 'z')) continue; /* "NordLB" */
        memcpy(name, rest, m);
        name[0] = (char)(name[0] & ~0x20);
        const nf_gazetteer *gz = &doc->engine->gz;
        const nf_lex_entry *c = name_or_genitive(gz, name, m);
        if (!c) continue;
        uint32_t ids[64];
        size_t nids = nf_gz_ids(nf_lex_val(&gz->names, c), ids, 64);
        for (size_t i = 0; i < nids; i++) {
            const nf_gz_entry *g = &gz->entries[ids[i]];
            if (g->source != NF_GZ_COUNTRY) continue;
            char label[160];
            snprintf(label, sizeof label, "%s %s", dirs[d].en, g->canonical);
            if ((*entity = entity_labelled(doc, label, NF_ENT_LOC)) >= 0) return k + 1;
            nf_entity e;
            memset(&e, 0, sizeof e);
            e.type = NF_ENT_LOC;
            e.canonical = nf_arena_strndup(&doc->arena, label, strlen(label));
            memcpy(e.country, g->country, 4);
            *entity = e.canonical ? nf_entity_add(doc, &e) : -1;
            return *entity >= 0 ? k + 1 : 0;
        }
        return 0;
    }
    return 0;
}

/* True when the word at token k is a company's role noun of roles.tsv
 * ("Konzern", "Hersteller") or a compound that ends in one
 * ("Stromkonzern", "Sportartikelhersteller"). */
static bool company_role_word(const nf_doc *doc, size_t k) {
    const nf_lexicon *roles = &doc->engine->gz.roles;
    const nf_lex_entry *e = nf_tok_get(doc, k, roles);
    char gender;
    const char *v = e ? nf_lex_val(roles, e) : nf_compound_org_role(doc, k, &gender);
    return v && nf_role_is(v, "company");
}

/* See entities.h. */
const char *nf_compound_org_part(const nf_doc *doc, size_t k, size_t cut, size_t *len) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    if (cut < 3 || cut >= doc->tok_len[k]) return NULL;
    if (w[cut - 1] == '-') cut--; /* "Armee-Sprecherin" */
    /* the part without a joining "es" or "s" first ("Heeres|sprecher":
     * Heer, "Regierungs|angaben", "Ministeriums|angaben": Ministerium),
     * then with it */
    size_t parts[3], np = 0;
    if (cut > 3 && w[cut - 2] == 'e' && w[cut - 1] == 's') parts[np++] = cut - 2;
    if (w[cut - 1] == 's') parts[np++] = cut - 1;
    parts[np++] = cut;
    for (size_t i = 0; i < np; i++) {
        const nf_lex_entry *e = nf_lexicon_find(&gz->roles, w, parts[i]);
        if (e && strstr(nf_lex_val(&gz->roles, e), "\torg")) {
            if (len) *len = parts[i];
            return nf_lex_val(&gz->roles, e);
        }
    }
    return NULL;
}

/* See entities.h. */
size_t nf_speech_noun_tail(const nf_doc *doc, size_t k) {
    const nf_lexicon *nouns = &doc->pack->speech_nouns;
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || n != doc->tok_llen[k] || n >= 64) return 0;
    for (size_t cut = 4; cut + 5 <= n; cut++)
        if (nf_lexicon_find(nouns, l + cut, n - cut)) return cut;
    return 0;
}

/* See entities.h. */
const char *nf_compound_source_role(const nf_doc *doc, size_t k, size_t *len) {
    size_t cut = nf_speech_noun_tail(doc, k);
    /* the circles of an institution speak for it as its statements do
     * ("aus Regierungskreisen", "aus Polizeikreisen") */
    static const char *const circles[] = {"kreisen", "kreise", NULL};
    if (!cut && doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP))
        for (const char *const *c = circles; *c && !cut; c++) {
            size_t n = doc->tok_llen[k], m = strlen(*c);
            if (n >= m + 4 && memcmp(nf_tokl(doc, k) + n - m, *c, m) == 0) cut = n - m;
        }
    return cut ? nf_compound_org_part(doc, k, cut, len) : NULL;
}

/* True when a comma follows token j - 1 within three words (no other
 * punctuation between) and a capitalised given name or two capitalised
 * words after it: a person's name set off after a description ("..., vor
 * Ort, Karlheinz Viereck"). */
static bool name_set_off_after(const nf_doc *doc, size_t j, size_t sb) {
    for (size_t i = j; i < sb && i < j + 4; i++) {
        if (doc->tokens[i].kind != NF_TOK_PUNCT) continue;
        if (!nf_tok_is(doc, i, ",") || i + 1 >= sb) return false;
        const nf_token *a = &doc->tokens[i + 1];
        if (a->kind != NF_TOK_WORD || !(a->flags & NF_TF_CAP)) return false;
        if (nf_tok_get(doc, i + 1, &doc->engine->gz.given)) return true;
        return i + 2 < sb && doc->tokens[i + 2].kind == NF_TOK_WORD &&
               (doc->tokens[i + 2].flags & NF_TF_CAP);
    }
    return false;
}

/* Writes `w` (n bytes) with its first letter upper-cased into out (cap
 * bytes, NUL-terminated): ASCII letters and German's ä, ö, ü (adjectives
 * start with nothing else).  Returns the length; 0 when it does not fit or
 * the first letter is none of these. */
static size_t upper_first(const char *w, size_t n, char *out, size_t cap) {
    if (n == 0 || n + 1 > cap) return 0;
    memcpy(out, w, n);
    out[n] = '\0';
    unsigned char c = (unsigned char)w[0];
    if (c >= 'a' && c <= 'z') {
        out[0] = (char)(c - 'a' + 'A');
        return n;
    }
    unsigned char d = n > 1 ? (unsigned char)w[1] : 0;
    if (c == 0xC3 && (d == 0xA4 || d == 0xB6 || d == 0xBC)) {
        out[1] = (char)(d - 0x20); /* ä ö ü -> Ä Ö Ü */
        return n;
    }
    return 0;
}

/* The gazetteer's organisation of country `iso` that the adjective and
 * noun at tokens k, k + 1 name, capitalised as in its list ("die
 * israelischen Armee" is the Israel Defense Forces, listed as "Israelischen
 * Armee"); -1 when the gazetteer has none. */
static int32_t listed_national_org(nf_doc *doc, size_t k, const char *iso) {
    char buf[160];
    size_t n = upper_first(nf_tok(doc, k), doc->tok_len[k], buf, sizeof buf);
    size_t nl = doc->tok_len[k + 1];
    if (!n || n + 1 + nl + 1 > sizeof buf) return -1;
    buf[n++] = ' ';
    memcpy(buf + n, nf_tok(doc, k + 1), nl);
    n += nl;
    return nf_listed_org(doc, buf, n, iso, false);
}

/* True for the roles of news outlets (roles.tsv). */
static bool media_role(const char *role, size_t rl) {
    static const char *const media[] = {"broadcaster", "newspaper", "magazine", "news_agency"};
    for (size_t i = 0; i < sizeof media / sizeof media[0]; i++)
        if (rl == strlen(media[i]) && memcmp(role, media[i], rl) == 0) return true;
    return false;
}

/* True when a name begins at token k of a sentence ending at sb: a word a
 * name of the gazetteers begins with ("Xinhua", "The Daily Telegraph"), or
 * a capitalised word in quotation marks ("die Zeitung „Kathimerini“").  A
 * word no list knows may be a noun ("die iranischen Behörden Spionage
 * vorwerfen"). */
/* True when the gazetteer's name at token k (before sb) is a city or a
 * country of another country than `iso`: after "die russische Armee" no
 * name of the army's but what it acts on ("griff die russische Armee Kiew
 * an"). */
static bool foreign_place_at(const nf_doc *doc, size_t k, size_t sb, const char *iso) {
    int32_t entry;
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    if (!gazetteer_at(doc, k, sa, sb, 0, &entry)) return false;
    const nf_gz_entry *g = &doc->engine->gz.entries[entry];
    return (g->source == NF_GZ_CITY || g->source == NF_GZ_COUNTRY) && g->country[0] &&
           strncmp(g->country, iso, 3) != 0;
}

static bool name_follows(const nf_doc *doc, size_t k, size_t sb) {
    bool quoted = k < sb && doc->tokens[k].kind == NF_TOK_QUOTE;
    if (quoted) k++;
    if (k >= sb || !(doc->tokens[k].flags & NF_TF_CAP)) return false;
    if (quoted) return true;
    const nf_lex_entry *e = nf_tok_get(doc, k, &doc->engine->gz.words);
    return e && (e->num & NF_GW_FIRST);
}

/* The company a definite singular description of one by its nationality
 * adjective at k and its noun (`role`, rl bytes) takes up: the last
 * organisation named in the three sentences before, of that country or
 * of none the text gave (it gets the country), and neither a state's body
 * nor a news outlet ("Der Musikdienst Spotify hat ... aufgefüllt, wie die
 * schwedische Firma bestätigte"); -1 when the noun is none of a company
 * or nothing fits (a new one of that country follows). */
static int32_t company_named_before(nf_doc *doc, size_t k, const char *iso, const char *role,
                                    size_t rl) {
    const char *sector = nf_role_sector(role, rl);
    if (!sector || strcmp(sector, "BUS") != 0 || k == 0) return -1;
    static const char *const neuter_or_oblique[] = {"das", "dem", "des", NULL};
    static const char *const der_die[] = {"der", "die", NULL};
    size_t al = doc->tok_llen[k];
    bool singular = nf_tok_in(doc, k - 1, neuter_or_oblique) ||
                    (nf_tok_in(doc, k - 1, der_die) && al > 1 && nf_tokl(doc, k)[al - 1] == 'e');
    if (!singular) return -1;
    uint32_t s = doc->tok_sent[k];
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (doc->tok_sent[m->ta] + 3 < s) break;
        nf_entity *e = &doc->entities[m->entity];
        if (e->type != NF_ENT_ORG || m->kind != NF_MK_NAME) continue;
        const char *its = e->role ? nf_role_sector(e->role, strlen(e->role)) : NULL;
        if ((e->country[0] && strncmp(e->country, iso, 3) != 0) || nf_news_outlet(doc, e) ||
            (its && strcmp(its, "BUS") != 0))
            continue;
        if (!e->country[0]) memcpy(e->country, iso, 3);
        return (int32_t)m->entity;
    }
    return -1;
}

/* True when the city's adjective at token k and "Zeitung" after it are a
 * paper's title ("die Basler Zeitung", "der Stuttgarter Zeitung"): a
 * name, no description, unless the paper's name follows ("die Turiner
 * Zeitung Tuttosport"). */
static bool paper_title(const nf_doc *doc, size_t k, size_t sb) {
    return k + 1 < sb && nf_tok_is(doc, k + 1, "zeitung") &&
           !(k + 2 < sb && (doc->tokens[k + 2].flags & NF_TF_CAP) &&
             doc->tokens[k + 2].kind == NF_TOK_WORD);
}

/* A national institution described by an adjective and an organisation
 * noun: "die israelische Armee", "iranische Behörden", "der libanesischen
 * Regierung"; with `city`, an outlet or institution by its city's
 * adjective ("des Belgrader Staatsfernsehens", "ein Moskauer Gericht", not
 * a company: "der Stuttgarter Konzern"; a capitalised nationality
 * adjective there belongs to a name: "Verband Österreichischer
 * Zeitungen").  Returns the
 * token after it (0 when none) and the entity, one per description, with
 * the country and its CAMEO sector code. */
static size_t national_org_at(nf_doc *doc, size_t k, size_t sb, bool city, int32_t *entity) {
    const char *iso = city ? NULL : nf_adjective_at(doc, k);
    if (k + 1 >= sb || (!iso && !city)) return 0;
    char gender;
    bool org;
    const char *role = nf_role_at(doc, k + 1, &gender, &org);
    /* (a compound's role only after a nationality adjective: the city's
     * outlets are named by their role nouns, and most capitalised words
     * ending in "-er" are nouns of other kinds) */
    if (!role && !city && (role = nf_compound_source_role(doc, k + 1, NULL)) != NULL) org = true;
    if (!role) return 0;
    size_t rl = nf_role_len(role);
    /* a city's adjective before an institution's noun: an institution of
     * that city's country ("ein Moskauer Gericht", "die Berliner Polizei",
     * "das Kiewer Verteidigungsministerium") */
    /* (not a company's: "der Wolfsburger Konzern" takes up one named
     * before, as coreference finds) */
    const char *org_sector = org ? nf_role_sector(role, rl) : NULL;
    const nf_gz_entry *cg = iso || !org ? NULL : place_of_adjective(doc, k, true);
    if (!iso && (!org || (org_sector && strcmp(org_sector, "BUS") == 0) || !cg)) return 0;
    /* (a country's leadership by its capital only: "die Moskauer Führung",
     * not "zur Kölner Führung" in a match) */
    if (!iso && nf_role_is(role, "leadership") && !cg->capital) return 0;
    if (!iso) iso = cg->country;
    /* "die Turiner Zeitung Tuttosport": an outlet of that country the
     * lists know named right after it is the one described */
    if (city && media_role(role, rl) && k + 2 < sb) {
        const nf_gz_entry *named =
            org_entry(doc, nf_tok(doc, k + 2), doc->tok_len[k + 2], iso, NULL);
        if (named && named->role && strcmp(named->role, "media") == 0) {
            *entity = entity_for(doc, named);
            return *entity >= 0 ? k + 2 : 0;
        }
    }
    /* "nach Angaben des Berliner Tagesspiegels ... Die Berliner Tageszeitung
     * berief sich": an outlet of that country named before is meant */
    for (size_t i = 0; city && media_role(role, rl) && i < doc->nentities; i++)
        if (strncmp(doc->entities[i].country, iso, 3) == 0 &&
            nf_news_outlet(doc, &doc->entities[i]))
            return 0;
    if (!org) {
        /* "der französische Journalist": a person known by nationality and
         * role, unless a name follows ("der russische Präsident Putin"). */
        if (k + 2 < sb && (doc->tokens[k + 2].flags & NF_TF_CAP) &&
            doc->tokens[k + 2].kind == NF_TOK_WORD)
            return 0;
        /* A description of someone of that country named before is
         * resolved by coreference on demand ("most likely that person
         * again"); of a country no one of which is named, the office's
         * holder on the document's date ("der russische Präsident"); else
         * a new, unnamed person, and always where a name is set off after
         * it ("des deutschen Oberbefehlshabers vor Ort, Karlheinz
         * Viereck,": join_appositions joins them). */
        bool named = false;
        for (size_t i = 0; i < doc->nentities && !named; i++)
            named = doc->entities[i].type == NF_ENT_PERSON &&
                    strncmp(doc->entities[i].country, iso, 3) == 0;
        bool set_off = name_set_off_after(doc, k + 2, sb);
        /* an indefinite article introduces someone new ("Sarkozy verlangte
         * die Freilassung einer französischen Lehrerin") */
        bool someone_new = k > 0 && nf_indefinite_article(doc, k - 1);
        /* "die kanadischen Ermittler", "der kanadischen Ermittler" (no
         * feminine noun): several people, whom "er" and "sein" are not;
         * after "die" or a quantifier ("manche libanesischen Politiker")
         * surely several, and so no one person named before */
        static const char *const articles[] = {"die", "der", "den", NULL};
        static const char *const several[] = {"die",     "manche",  "einige", "viele", "alle",
                                              "beide",   "mehrere", "zwei",   "drei",  "zahlreiche",
                                              "etliche", "wenige",  "andere", NULL};
        const char *adj = nf_tokl(doc, k);
        size_t al = doc->tok_llen[k];
        bool en = gender != 'f' && al > 3 && adj[al - 2] == 'e' && adj[al - 1] == 'n' && k > 0;
        bool surely_several = en && nf_tok_in(doc, k - 1, several);
        bool plural = surely_several || (en && nf_tok_in(doc, k - 1, articles));
        if (named && !set_off && !someone_new && !surely_several) return 0;
        int32_t holder = set_off ? -1 : nf_office_holder_at(doc, k + 1);
        if (holder >= 0) {
            *entity = holder;
            return k + 2;
        }
        nf_entity p;
        memset(&p, 0, sizeof p);
        p.type = NF_ENT_PERSON;
        p.gender = gender;
        p.plural = plural;
        memcpy(p.country, iso, 3);
        size_t orl;
        const char *office = counterpart_role(doc, k + 1, role, &orl);
        if (office) role = office, rl = orl; /* (a counterpart of no office known: none) */
        p.role = office ? nf_arena_strndup(&doc->arena, role, rl) : NULL;
        p.name = nf_tokens_text(doc, k, k + 2);
        /* "ein russischer Soldat" acts for his country's military: RUSMIL */
        const char *sector = nf_government_role(role, rl) ? "GOV" : nf_role_sector(role, rl);
        if (sector && !(p.actor = nf_actor_code(doc, iso, sector))) return 0;
        *entity = nf_entity_add(doc, &p);
        return *entity >= 0 ? k + 2 : 0;
    }
    /* a name after the noun is the organisation's ("die britische
     * Tageszeitung The Daily Telegraph", "der deutsche Konzern Siemens"):
     * the name's entity, which the description then describes, not one of
     * its own */
    if (name_follows(doc, k + 2, sb) && !foreign_place_at(doc, k + 2, sb, iso)) return 0;
    /* "eine russische Botschaft an den Westen", "hinterließen eine
     * griechische Botschaft": after an indefinite article the word is a
     * message, no embassy */
    if (nf_role_is(role, "embassy") && k > 0 && nf_indefinite_article(doc, k - 1) &&
        strncmp(nf_tokl(doc, k + 1), "botschaft", 9) == 0)
        return 0;
    if ((*entity = company_named_before(doc, k, iso, role, rl)) >= 0) return k + 2;
    *entity = listed_national_org(doc, k, iso);
    if (*entity < 0) {
        /* a noun the gazetteer lists for that country is its name there
         * ("das deutsche Umweltministerium", "das österreichische
         * Innenministerium"): the name, found at k + 1 */
        size_t before = doc->nentities;
        /* (after a city's adjective only the capital's: "das Münchner
         * Innenministerium" is Bavaria's, "die Tiroler Regierung" Tyrol's) */
        int32_t listed =
            !city || (cg && cg->capital)
                ? nf_listed_org(doc, nf_tok(doc, k + 1), doc->tok_len[k + 1], iso, false)
                : -1;
        if (listed >= 0 && city) { /* after a city's adjective, taken here: the */
            *entity = listed;      /* noun alone would be read as the country's */
            return k + 2;          /* where the text is written */
        }
        if (listed >= 0) {
            doc->nentities = before; /* looked up, not taken */
            return 0;
        }
        *entity = national_org(doc, iso, role, rl, k, k + 2, false);
    }
    return *entity >= 0 ? k + 2 : 0;
}

/* True for a short acronym that opens the names of clubs, universities and
 * companies before a place: two to four letters, at least two of them
 * capitals ("FC", "TSV", "VfB", "THW", "TU"). */
static bool club_acronym(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || t->b - t->a < 2 || t->b - t->a > 4) return false;
    size_t caps = 0;
    for (uint32_t i = t->a; i < t->b; i++) {
        uint8_t c = doc->text.cls[i];
        if (c != NF_C_UPPER && c != NF_C_LOWER) return false;
        caps += c == NF_C_UPPER;
    }
    return caps >= 2 && doc->text.cls[t->a] == NF_C_UPPER;
}

/* True when token k of [.., sb) is a capitalised word that names a
 * club after its city (lang/de/entities/club-words.txt: "United",
 * "Bulls"), with a space before it. */
static bool club_word_at(const nf_doc *doc, size_t k, size_t sb) {
    const nf_token *t = &doc->tokens[k];
    return k < sb && (t->kind == NF_TOK_WORD || t->kind == NF_TOK_NUMBER) &&
           (t->flags & NF_TF_SPACE_BEFORE) && !(t->flags & NF_TF_LOWER) &&
           nf_tok_find(doc, k, &doc->engine->gz.club_words);
}

/* True when token k of [.., sb) is a capitalised word that names a club
 * before its city (lang/de/entities/club-prefixes.txt: "Sturm", "Dynamo"),
 * with a space after it. */
static bool club_prefix_at(const nf_doc *doc, size_t k, size_t sb) {
    const nf_token *t = &doc->tokens[k];
    return k + 1 < sb && t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP) &&
           (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) &&
           nf_tokl_get(doc, k, &doc->engine->gz.club_prefixes);
}

/* The end of a club's name at token k of [sa, sb) made of a club's word
 * that the gazetteer also knows as a place ("Bayern", "Austria") and the
 * city after it ("Bayern München", "Austria Wien"), with the city's entry
 * in *city; 0 when there is none. */
static size_t club_over_place_at(const nf_doc *doc, size_t k, size_t sa, size_t sb, int32_t *city) {
    if (!club_prefix_at(doc, k, sb)) return 0;
    size_t e = gazetteer_at(doc, k + 1, sa, sb, 0, city);
    return e && doc->engine->gz.entries[*city].source == NF_GZ_CITY ? e : 0;
}

/* The entity of an organisation named by an acronym and a place at tokens
 * [ta, tb) ("FC Bayern", "THW Kiel", "TU Berlin"): an unlinked
 * organisation of the place's country, the same one wherever the text
 * names it so.  Returns its index or -1. */
static int32_t acronym_place_org(nf_doc *doc, size_t ta, size_t tb, const nf_gz_entry *place) {
    int32_t ent = nf_entity_of(doc, ta, tb, NF_ENT_ORG);
    if (ent >= 0 && !doc->entities[ent].country[0])
        memcpy(doc->entities[ent].country, place->country, 4);
    return ent;
}

/* Starts fetching what the word-table look-up of token k reads. */
static inline void word_prefetch(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    unsigned char c = (unsigned char)nf_tok(doc, k)[0];
    nf_lexicon_prefetch(c >= 'a' && c <= 'z' ? &gz->lower_words : &gz->words, doc->tok_hash[k]);
}

/* Tells whether an entity from index *checked on is a person, remembering
 * how far it looked: the sentence loop asks before every word. */
static bool persons_known(const nf_doc *doc, size_t *checked, bool *persons) {
    for (; !*persons && *checked < doc->nentities; (*checked)++)
        *persons = doc->entities[*checked].type == NF_ENT_PERSON;
    return *persons;
}

/* The parts a road word at token k has ("noun before"; see
 * lang/de/entities/road-words.txt), or "" for other words. */
static const char *road_word(const nf_doc *doc, size_t k) {
    const nf_lexicon *lex = &doc->engine->gz.road_words;
    const nf_lex_entry *e = nf_lexicon_find(lex, nf_tokl(doc, k), doc->tok_llen[k]);
    return e ? nf_lex_val(lex, e) : "";
}

/* True when the `n` bytes at `w` are a road's number: one to three digits,
 * the first not 0. */
static bool road_digits(const char *w, size_t n) {
    if (n < 1 || n > 3 || w[0] == '0') return false;
    for (size_t i = 0; i < n; i++)
        if (w[i] < '0' || w[i] > '9') return false;
    return true;
}

/* True when the letter at `w` is a road letter ("A", "B"). */
static bool road_letter(const nf_doc *doc, const char *w) {
    if (w[0] < 'A' || w[0] > 'Z') return false;
    char low = (char)(w[0] - 'A' + 'a');
    const nf_lex_entry *e = nf_lexicon_find(&doc->engine->gz.road_words, &low, 1);
    return e && strstr(nf_lex_val(&doc->engine->gz.road_words, e), "letter");
}

/* The end of a road's designation at token k of [.., sb): a road noun and
 * its number ("Bundesstraße 216"), or a road letter and number, apart or
 * in one word ("A 7", "A1", "B 27"), when `bare` is set; 0 when none. */
static size_t road_at(const nf_doc *doc, size_t k, size_t sb, bool *bare) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    *bare = true;
    /* the digits first: they rule out nearly every word without a look-up */
    if (n >= 2 && road_digits(w + 1, n - 1) && road_letter(doc, w)) return k + 1;
    if (k + 1 >= sb || doc->tokens[k + 1].kind != NF_TOK_NUMBER ||
        !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) ||
        !road_digits(nf_tok(doc, k + 1), doc->tok_len[k + 1]))
        return 0;
    if (n == 1 && road_letter(doc, w)) return k + 2;
    *bare = false;
    return strstr(road_word(doc, k), "noun") ? k + 2 : 0;
}

/* True when a bare letter designation at token k of [sa, ...) is a road
 * by its context: after the article or preposition roads take ("die A 7",
 * "zur B 27"), a road noun ("Autobahnen A 2"), or a conjunction after
 * another designation that is one ("A 2 und A 7"); not "Vitamin B 12",
 * "A380 und A350". */
static bool road_context(const nf_doc *doc, size_t k, size_t sa) {
    if (k <= sa) return false;
    const char *parts = road_word(doc, k - 1);
    if (strstr(parts, "before")) return true;
    if (!strstr(parts, "join") || k < sa + 2) return false;
    size_t p = k - 2; /* the designation before the conjunction */
    if (doc->tokens[p].kind == NF_TOK_NUMBER && p > sa) p--;
    bool bare;
    return doc->tokens[p].kind == NF_TOK_WORD && road_at(doc, p, k - 1, &bare) == k - 1 && bare &&
           road_context(doc, p, sa);
}

/* Names the roads of sentence [sa, sb) ("die A 7", "Bundesstraße 216") as
 * places, before the gazetteer can read "A1" as a company.  Returns false
 * when memory runs out. */
static bool roads_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k < sb; k++) {
        if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) continue;
        bool bare;
        size_t e = road_at(doc, k, sb, &bare);
        if (!e || (bare && !road_context(doc, k, sa))) continue;
        size_t i = nf_mention_first_at(doc, k);
        if (i < doc->nmentions && doc->mentions[i].ta < e) continue;
        if (i > 0 && doc->mentions[i - 1].tb > k) continue;
        const char *name = nf_tokens_text(doc, k, e);
        if (!name) return false;
        int32_t ent = -1;
        for (size_t j = 0; j < doc->nentities && ent < 0; j++)
            if (doc->entities[j].type == NF_ENT_LOC && !doc->entities[j].canonical &&
                doc->entities[j].name && strcmp(doc->entities[j].name, name) == 0)
                ent = (int32_t)j;
        if (ent < 0) {
            nf_entity x;
            memset(&x, 0, sizeof x);
            x.type = NF_ENT_LOC;
            if ((ent = nf_entity_add(doc, &x)) < 0) return false;
        }
        if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
        k = e - 1;
    }
    return true;
}

/* True when a mention starts at token k or the one before it covers k
 * (see entities.h). */
bool nf_mention_over(const nf_doc *doc, size_t k) {
    size_t i = nf_mention_first_at(doc, k);
    return (i < doc->nmentions && doc->mentions[i].ta == k) ||
           (i > 0 && doc->mentions[i - 1].tb > k);
}

/* See entities.h. */
bool nf_entity_has_name(const nf_doc *doc, int32_t ent) {
    for (size_t i = 0; i < doc->nmentions; i++)
        if ((int32_t)doc->mentions[i].entity == ent && doc->mentions[i].kind == NF_MK_NAME)
            return true;
    return false;
}

/* See entities.h. */
void nf_entity_give_mentions(nf_doc *doc, uint32_t from, uint32_t into) {
    for (size_t i = 0; i < doc->nmentions; i++)
        if (doc->mentions[i].entity == from) doc->mentions[i].entity = into;
}

/* A new entity of `type` that no gazetteer links (a place by its ending):
 * its index, or -1 when memory runs out. */
static int32_t unlinked_entity(nf_doc *doc, uint8_t type) {
    nf_entity x;
    memset(&x, 0, sizeof x);
    x.type = type;
    return nf_entity_add(doc, &x);
}

/* The lower-cased capitalised word at token k (its length in *n) when its
 * last two bytes are those of some ending of place-endings.txt (the cheap
 * test before the look-ups), or when it is hyphenated and its last part
 * is an ending marked "hyphen" (their tails have a bit set of their own:
 * "er", "ng", "on" end too many words to share the first); NULL for other
 * tokens.
 * Owned by the document. */
static const char *ending_candidate(const nf_doc *doc, size_t k, size_t *n) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return NULL;
    const char *w = nf_tokl(doc, k);
    *n = doc->tok_llen[k];
    if (nf_gz_tail2(doc->engine->gz.place_tail2, w, *n)) return w;
    if (!nf_gz_tail2(doc->engine->gz.hyphen_tail2, w, *n) || !memchr(w, '-', *n)) return NULL;
    size_t h = *n;
    while (w[h - 1] != '-') h--;
    const nf_lexicon *lex = &doc->engine->gz.place_endings;
    const nf_lex_entry *e = nf_lexicon_find(lex, w + h, *n - h);
    return e && strcmp(nf_lex_val(lex, e), "hyphen") == 0 ? w : NULL;
}

/* True when ending e of place-endings.txt ends the lower-cased word w at
 * byte `cut` as a place's: an ending of its own, or one marked "hyphen"
 * right after a hyphen ("Marlene-Dietrich-Platz"; "Marktplatz" is a
 * common noun). */
static bool ending_here(const nf_lexicon *lex, const nf_lex_entry *e, const char *w, size_t cut) {
    const char *v = nf_lex_val(lex, e);
    return !*v || (strcmp(v, "hyphen") == 0 && cut > 0 && w[cut - 1] == '-');
}

/* True when the part of the word at token k (lower-cased: w) that ends at
 * byte `end` (a hyphen there) and starts after the hyphen before it, or
 * at the word's start, is a common word: one the tagger's lexicon knows or
 * the list of common nouns has ("Bahn" of "S-Bahn-Tunnel"). */
static bool common_part_before(const nf_doc *doc, size_t k, const char *w, size_t end) {
    size_t a = end;
    while (a > 0 && w[a - 1] != '-') a--;
    char part[64];
    if (end - a < 2 || end - a >= sizeof part) return end - a < 2;
    memcpy(part, w + a, end - a);
    part[end - a] = '\0';
    if (nf_ner_common_word(doc->engine->ner, part)) return true;
    /* (the list has nouns as written: the same bytes of the token itself) */
    return doc->tok_len[k] == doc->tok_llen[k] &&
           nf_lexicon_find(&doc->engine->gz.common_nouns, nf_tok(doc, k) + a, end - a);
}

/* True when the capitalised word at token k is a place by its ending
 * (lang/de/entities/place-endings.txt: "Schwanitzstraße", "Herrengasse",
 * "Stüdlhütte"), not a common noun with that ending: one the list marks,
 * one after a linking "s" ("Zufahrtsstraße"), or one the tagger's lexicon
 * knows (see nf_plain_noun). */
static bool place_by_ending(const nf_doc *doc, size_t k) {
    const nf_lexicon *lex = &doc->engine->gz.place_endings;
    size_t n;
    const char *w = ending_candidate(doc, k, &n);
    if (!w) return false;
    const nf_lex_entry *whole = nf_lexicon_find(lex, w, n);
    if (whole && *nf_lex_val(lex, whole)) return false;
    size_t max = doc->engine->gz.place_ending_max;
    for (size_t cut = n > max + 3 ? n - max : 3; cut + 4 <= n; cut++) {
        if (((unsigned char)w[cut] & 0xC0) == 0x80) continue;
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, n - cut);
        if (!e || !ending_here(lex, e, w, cut)) continue;
        /* (after a hyphen, the part before names someone or somewhere: not
         * a common word, "S-Bahn-Tunnel", "Fußball-EM-Stadion") */
        if (w[cut - 1] == '-' && common_part_before(doc, k, w, cut - 1)) return false;
        if (w[cut - 1] == 's' && w[cut - 2] != 's' && w[cut - 2] != '-') return false;
        return !nf_plain_noun(doc, k);
    }
    return false;
}

/* See entities.h. */
bool nf_street_ending(const nf_doc *doc, size_t k) {
    const nf_lexicon *lex = &doc->engine->gz.place_endings;
    size_t n;
    const char *w = ending_candidate(doc, k, &n);
    if (!w) return false;
    size_t max = doc->engine->gz.place_ending_max;
    for (size_t cut = n > max ? n - max : 0; cut + 4 <= n; cut++) {
        if (((unsigned char)w[cut] & 0xC0) == 0x80) continue;
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, n - cut);
        const char *v = e ? nf_lex_val(lex, e) : "town";
        if (strcmp(v, "town") != 0 && (strcmp(v, "hyphen") != 0 || ending_here(lex, e, w, cut)))
            return true;
    }
    return false;
}

/* See entities.h (the stage calls the static one, which the compiler can
 * inline into its loop). */
bool nf_place_by_ending(const nf_doc *doc, size_t k) {
    return place_by_ending(doc, k);
}

/* Names the one-word places of sentence [sa, sb) that no mention covers
 * and whose ending tells what they are (see place_by_ending), unless a
 * determiner makes the word a common noun ("eine eigene Weinstraße"), with
 * a house number after it ("Handjerystraße 2", not "Seestraße 2011"); a
 * street named again is the same place.  Returns false when memory runs
 * out. */
static bool places_by_ending(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k < sb; k++) {
        if (!place_by_ending(doc, k) || after_noun_determiner(doc, k, sa) ||
            nf_mention_over(doc, k))
            continue;
        /* (a given name before it is the street's, named after a person
         * as an older spelling writes it: "in der Ben Jehudastraße") */
        size_t a = k;
        if (k > sa && (doc->tokens[k - 1].flags & NF_TF_CAP) &&
            nf_tok_get(doc, k - 1, &doc->engine->gz.given) && !nf_mention_over(doc, k - 1) &&
            !nf_tok_find(doc, k - 1, &doc->pack->sentence_starters))
            a = k - 1;
        int32_t ent = nf_entity_of(doc, a, k + 1, NF_ENT_LOC); /* the same street again */
        size_t e = k + 1;
        if (e < sb && doc->tokens[e].kind == NF_TOK_NUMBER && doc->tok_len[e] <= 3 &&
            (doc->tokens[e].flags & NF_TF_SPACE_BEFORE))
            e++;
        if (ent < 0 || !nf_mention_add(doc, a, e, ent, NF_MK_NAME)) return false;
        k = e - 1;
    }
    return true;
}

/* The fewest bytes of the last part of a compound plural_of_noun looks
 * up ("flüchtlingen" of "Kriegsflüchtlingen"; not "hausen" of
 * "Ehringshausen"). */
#define PLURAL_TAIL_MIN 8

/* True when the lower-case word `w` (n bytes) is the dative plural of a
 * common noun the lexicon knows in its plural in -e ("flüchtlingen":
 * "flüchtlinge"), or a compound that ends in one of PLURAL_TAIL_MIN bytes
 * or more ("kriegsflüchtlingen"): no town, whatever its ending.  (Not by
 * the singular: "Unterhausen" is no "Unterhaus".) */
static bool plural_of_noun(const nf_doc *doc, const char *w, size_t n) {
    char plural[64];
    if (n < 5 || n >= sizeof plural || w[n - 2] != 'e' || w[n - 1] != 'n') return false;
    for (size_t cut = 0; cut == 0 || cut + PLURAL_TAIL_MIN <= n; cut++) {
        if (cut && ((unsigned char)w[cut] & 0xC0) == 0x80) continue;
        memcpy(plural, w + cut, n - cut - 1);
        plural[n - cut - 1] = '\0';
        if (nf_ner_common_word(doc->engine->ner, plural)) return true;
    }
    return false;
}

/* True when the capitalised word at token k of [sa, sb) is a town no list
 * knows: right after "in", "aus", "nach", "bei" or "zwischen", or after
 * the "und" of "zwischen" and one word ("zwischen Ebern und
 * Untermerzbach"), with the ending of a German town's name
 * (place-endings.txt "town": "Unterhausen", "Kleinhofen",
 * "Oberwiesenbach"), alone (no capitalised word after it) and no common
 * noun the lexicon knows ("in Wald" is none). */
static bool town_by_ending(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    static const char *const preps[] = {"in", "aus", "nach", "bei", "zwischen"};
    const nf_token *t = &doc->tokens[k];
    if (!(t->flags & NF_TF_CAP) || t->kind != NF_TOK_WORD || k == sa) return false;
    size_t pl = doc->tok_llen[k - 1]; /* most words follow no short word */
    if (pl < 2 || pl > 8) return false;
    bool after = false;
    for (size_t i = 0; i < sizeof preps / sizeof preps[0] && !after; i++)
        after = nf_tok_is(doc, k - 1, preps[i]);
    after = after || (k >= sa + 3 && nf_tok_is(doc, k - 1, "und") &&
                      nf_tok_is(doc, k - 3, "zwischen") && (doc->tokens[k - 2].flags & NF_TF_CAP));
    if (!after || (k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_WORD &&
                   (doc->tokens[k + 1].flags & NF_TF_CAP)))
        return false;
    const nf_lexicon *lex = &doc->engine->gz.place_endings;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    for (size_t cut = 3; cut + 3 <= n; cut++) {
        if (((unsigned char)w[cut] & 0xC0) == 0x80) continue;
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, n - cut);
        if (e && strcmp(nf_lex_val(lex, e), "town") == 0)
            return !nf_plain_noun(doc, k) && !nf_ner_common_word(doc->engine->ner, w) &&
                   !plural_of_noun(doc, w, n);
    }
    return false;
}

/* Names the towns of sentence [sa, sb) that no mention covers and whose
 * ending and preposition tell what they are (see town_by_ending).
 * Returns false when memory runs out. */
static bool towns_by_ending(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa + 1; k < sb; k++) {
        if (!town_by_ending(doc, k, sa, sb) || nf_mention_over(doc, k)) continue;
        int32_t ent = nf_entity_of(doc, k, k + 1, NF_ENT_GPE); /* the same town again */
        if (ent < 0 || !nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* A name mention over exactly tokens [a, b), or NULL; it belongs
 * to doc. */
static const nf_mention *name_over(const nf_doc *doc, size_t a, size_t b) {
    size_t i = nf_mention_first_at(doc, a);
    for (; i < doc->nmentions && doc->mentions[i].ta == a; i++)
        if (doc->mentions[i].tb == b && doc->mentions[i].kind == NF_MK_NAME)
            return &doc->mentions[i];
    return NULL;
}

/* The name mention that opens at token k and holds that word alone, or
 * NULL; it belongs to doc. */
static const nf_mention *name_alone_at(const nf_doc *doc, size_t k) {
    return name_over(doc, k, k + 1);
}

/* True when the name mention at token k is one of a place. */
static bool place_mention_at(const nf_doc *doc, size_t k) {
    const nf_mention *m = name_alone_at(doc, k);
    return m && nf_place_type(doc->entities[m->entity].type);
}

/* True when the n bytes at w (a word in lower case) end in "-en", "-ern"
 * or "-eln": a noun's dative plural ("in Bars, Warteräumen oder
 * Treppenhäusern", "mit Siemens und Gutachtern"), no name. */
static bool dative_plural_ending(const char *w, size_t n) {
    return n >= 3 && w[n - 1] == 'n' && strchr("erl", w[n - 2]);
}

/* True when the word at token k is one no mention holds and no list or
 * lexicon knows: no name, no role, no common noun or compound of one (see
 * nf_unknown_name_word), none of common-nouns.txt. */
static bool unlisted_word(const nf_doc *doc, size_t k) {
    return !nf_mention_over(doc, k) && !doc->claimed[k] && nf_unknown_name_word(doc, k) &&
           !nf_plain_noun(doc, k) && !nf_common_noun_listed(doc, k);
}

/* True when the word at token k may be a place's name no list knows: one
 * capitalised word that no mention holds, no list or lexicon knows and no
 * common noun's list has. */
static bool unnamed_place_word(const nf_doc *doc, size_t k) {
    if (dative_plural_ending(nf_tokl(doc, k), doc->tok_llen[k])) return false;
    /* (nor a word a genitive, a particle, a word with a capital inside or
     * a place of its own follows: "Bruder des Präsidenten", "Irfan
     * al-Alawi", "Cote dIvoire", "Ideogramma aus Zypern") */
    static const char *const after[] = {"des", "der", "aus", "in", "bei", "von", NULL};
    if (k + 1 < doc->ntokens &&
        (nf_tok_in(doc, k + 1, after) ||
         (doc->tokens[k + 1].kind == NF_TOK_WORD && (doc->tokens[k + 1].flags & NF_TF_LOWER) &&
          (memchr(nf_tok(doc, k + 1), '-', doc->tok_len[k + 1]) || doc->tok_cased[k + 1] ||
           nf_tokl_get(doc, k + 1, &doc->engine->gz.name_particles)))))
        return false;
    return unlisted_word(doc, k);
}

/* Names the places of sentence [sa, sb) that stand beside a known place
 * after a preposition of place: one word no list or lexicon knows, joined
 * by "und", "oder" or a comma to a place's name ("zwischen Gudme und
 * Lundborg", "in Falkenhain und Mittweida", "von Ringethal nach
 * Mittweida").  Every word of the run is a place's or such a word, none a
 * name of another kind.  Returns false when memory runs out. */
static bool places_beside_places(nf_doc *doc, size_t sa, size_t sb) {
    static const char *const preps[] = {"in", "aus", "nach", "bei", "zwischen", "von", NULL};
    for (size_t p = sa; p + 3 < sb; p++) {
        /* (the cheap tests first: this runs over every word) */
        size_t pl = doc->tok_llen[p];
        if (pl < 2 || pl > 8 || !(doc->tokens[p + 1].flags & NF_TF_CAP) ||
            !(doc->tokens[p].flags & NF_TF_LOWER) || !nf_tok_in(doc, p, preps))
            continue;
        /* the run: words joined by "und", "oder", a comma, or "nach"
         * after "von" */
        size_t items[8], n = 0, k = p + 1;
        bool places = false, ok = true;
        while (k < sb && n < 8) {
            if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) {
                ok = false;
                break;
            }
            bool known = place_mention_at(doc, k);
            if (!known && !unnamed_place_word(doc, k)) {
                ok = false;
                break;
            }
            places |= known;
            items[n++] = k;
            size_t j = k + 1;
            if (j + 1 < sb &&
                (nf_tok_is(doc, j, "und") || nf_tok_is(doc, j, "oder") || nf_tok_is(doc, j, ",") ||
                 (nf_tok_is(doc, p, "von") && nf_tok_is(doc, j, "nach")))) {
                k = j + 1;
                continue;
            }
            /* (the run ends at no capitalised word: "in Gudme und
             * Lundborg Müller" is none) */
            ok = j >= sb ||
                 !(doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP));
            break;
        }
        if (!ok || !places || n < 2) continue;
        for (size_t i = 0; i < n; i++) {
            if (place_mention_at(doc, items[i])) continue;
            int32_t ent = nf_entity_of(doc, items[i], items[i] + 1, NF_ENT_GPE);
            if (ent < 0 || !nf_mention_add(doc, items[i], items[i] + 1, ent, NF_MK_NAME))
                return false;
        }
        p = items[n - 1];
    }
    return true;
}

/* True when the name mention at token k is one word of a company the
 * gazetteer knows ("Youtube", "Siemens"). */
static bool company_mention_at(const nf_doc *doc, size_t k) {
    const nf_mention *m = name_alone_at(doc, k);
    const nf_entity *e = m ? &doc->entities[m->entity] : NULL;
    return e && e->type == NF_ENT_ORG && e->canonical && e->role && strcmp(e->role, "company") == 0;
}

/* True when the one mention of token k alone is the tagger's guess of an
 * unlinked place. */
static bool guessed_place_at(const nf_doc *doc, size_t k) {
    const nf_mention *m = name_alone_at(doc, k);
    if (!m) return false;
    const nf_entity *e = &doc->entities[m->entity];
    return !e->canonical && nf_place_type(e->type) &&
           (m + 1 == doc->mentions + doc->nmentions || m[1].ta > k);
}

/* True when token k is one capitalised word no list or lexicon knows
 * (which no mention holds, or only the tagger's guess of a place: see
 * guessed_place_at) that stands alone: no capitalised word right before
 * or after it, of three letters or more ("und Co"), no noun's dative
 * plural (dative_plural_ending). */
static bool lone_unlisted_word(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    size_t n = doc->tok_llen[k];
    if (n < 3 || dative_plural_ending(nf_tokl(doc, k), n)) return false;
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
        (k > sa && doc->tokens[k - 1].kind == NF_TOK_WORD &&
         (doc->tokens[k - 1].flags & NF_TF_CAP)) ||
        (k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_WORD &&
         (doc->tokens[k + 1].flags & NF_TF_CAP)))
        return false;
    if (guessed_place_at(doc, k))
        return !doc->claimed[k] && nf_unknown_name_word(doc, k) && !nf_plain_noun(doc, k) &&
               !nf_common_noun_listed(doc, k);
    return unlisted_word(doc, k);
}

/* Names the companies of sentence [sa, sb) that "und", "oder" or "sowie"
 * join to a known company's name: one word no list or lexicon knows
 * ("über Youtube und Vimeo", "Vimeo oder Youtube"), where the tagger
 * found nothing or guessed a place.  Returns false when
 * memory runs out. */
static bool companies_beside_companies(nf_doc *doc, size_t sa, size_t sb) {
    static const char *const joins[] = {"und", "oder", "sowie", NULL};
    for (size_t j = sa + 1; j + 1 < sb; j++) {
        /* (the cheap tests first: this runs over every word) */
        size_t jl = doc->tok_llen[j];
        if (jl < 3 || jl > 5 || !nf_tok_in(doc, j, joins) || !(doc->tokens[j].flags & NF_TF_LOWER))
            continue;
        size_t k;
        if (company_mention_at(doc, j - 1) && lone_unlisted_word(doc, j + 1, sa, sb))
            k = j + 1;
        else if (company_mention_at(doc, j + 1) && lone_unlisted_word(doc, j - 1, sa, sb))
            k = j - 1;
        else
            continue;
        if (!nf_name_as(doc, k, k + 1, NF_ENT_ORG)) return false;
    }
    return true;
}

/* Names what a noun before "namens" calls by the capitalised words after
 * it ("ein Start-up namens Knowm", "eine Firma namens Zelcor"): a person
 * after a noun of persons ("ein kleiner Junge namens Jean-Black"), else
 * what class-nouns.txt says the noun introduces; nothing after another
 * noun ("ein Hund namens Bello").  "namens" introduces someone or
 * something the reader does not know: a name the lists know there is no
 * entry of theirs unless it is of the noun's kind and no person's ("ein
 * Mann namens Schröder" is no chancellor, "ein Hund namens Bello" no town
 * in Colombia; "eine Stadt namens Lima" is Lima).  Returns false when
 * memory runs out. */
static bool names_after_namens(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t j = sa + 1; j + 1 < sb; j++) {
        if (doc->tok_llen[j] != 6 || !nf_tok_is(doc, j, "namens") ||
            !(doc->tokens[j].flags & NF_TF_LOWER) || !(doc->tokens[j - 1].flags & NF_TF_CAP))
            continue;
        /* (and the plain nouns of persons, which name no one's kind
         * elsewhere: "ein Mann namens Schröder") */
        static const char *const people[] = {"mann",    "mannes", "junge",  "jungen",
                                             "mädchen", "kind",   "kindes", "kerl",
                                             "typ",     "typen",  "person", NULL};
        int type = nf_person_noun_at(doc, j - 1) || nf_tok_in(doc, j - 1, people)
                       ? NF_ENT_PERSON
                       : nf_class_noun(doc, j - 1);
        size_t b = j + 1;
        while (b < sb && b < j + 4 && doc->tokens[b].kind == NF_TOK_WORD &&
               (doc->tokens[b].flags & NF_TF_CAP) && !doc->claimed[b])
            b++;
        /* (the name ends where a word does: not "The" of
         * "The_Happy_Hobbit") */
        static const char *const ends[] = {",", ".", ";", ":", "!", "?", ")", NULL};
        bool ended =
            b == sb || (doc->tokens[b].flags & NF_TF_SPACE_BEFORE) || nf_tok_in(doc, b, ends);
        if (b == j + 1 || !ended || (b < sb && nf_mention_over(doc, b))) continue;
        const nf_mention *m = name_over(doc, j + 1, b);
        if (m) {
            const nf_entity *e = &doc->entities[m->entity];
            if (!e->canonical || (e->type == type && type != NF_ENT_PERSON)) continue;
            /* (the lists' entry is no one's the noun introduces) */
            nf_mentions_drop_inside(doc, j + 1, b);
            if (type < 0) continue;
            nf_entity x;
            memset(&x, 0, sizeof x);
            x.type = (uint8_t)type;
            x.name = nf_tokens_text(doc, j + 1, b);
            int32_t ent = x.name ? nf_entity_add(doc, &x) : -1;
            if (ent < 0 || !nf_mention_add(doc, j + 1, b, ent, NF_MK_NAME)) return false;
            continue;
        }
        if (type < 0 || nf_mention_over(doc, j + 1) || nf_mention_over(doc, b - 1)) continue;
        if (!nf_name_as(doc, j + 1, b, (uint8_t)type)) return false;
    }
    return true;
}

/* True when the word at k opens sentence [sa, sb) as an adverb or an
 * adjective that a surname is spelt like: a word the lexicon knows in
 * lower case, before an adverb of time ("darauf", "zuvor"), a preposition
 * or a conjunction ("Kurz darauf", "Kurz vor Mitternacht", "Klein, aber
 * fein"); "Kurz sagte", "Schaden ist" are Sebastian Kurz, Heinz Schaden. */
static bool adverb_opening(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    if (k + 1 >= sb || !sentence_initial(doc, k, sa) || !(doc->tokens[k + 1].flags & NF_TF_LOWER) ||
        !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k)))
        return false;
    const char *n = nf_tokl(doc, k + 1);
    static const char *const after[] = {"darauf",  "danach",  "davor", "daraufhin", "dahinter",
                                        "zuvor",   "hierauf", "vor",   "nach",      "und",
                                        "oder",    "aber",    "als",   "bei",       "bevor",
                                        "nachdem", "seit",    "für",   "gesagt"};
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++)
        if (nf_streq(n, after[i])) return true;
    return false;
}

/* True when the role noun at token k is followed by a country in the
 * genitive other than the country of entity `ent` ("der österreichischen
 * Staatsbürger" ... "Staatsbürger Afghanistans"): others of the noun, no
 * repeat of its description. */
static bool of_another_nation(const nf_doc *doc, size_t k, size_t sb, int32_t ent) {
    const char *iso = k + 1 < sb ? nf_genitive_country_at(doc, k + 1) : NULL;
    const char *own = doc->entities[ent].country;
    return iso && own[0] && strncmp(iso, own, 3) != 0;
}

/* Finds the names of one sentence. */
static bool entities_in_sentence(nf_doc *doc, size_t sa, size_t sb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t checked = 0, e0;
    int32_t ent0;
    bool any_person = false;
    /* The word table's lines for the first tokens, then (below) for the
     * token four ahead of the one being read. */
    for (size_t j = sa; j < sb && j < sa + 4; j++) word_prefetch(doc, j);
    for (size_t k = sa; k < sb;) {
        const nf_token *t = &doc->tokens[k];
        if (k + 4 < sb) word_prefetch(doc, k + 4);
        /* a person named before may come back by surname */
        bool persons = persons_known(doc, &checked, &any_person);
        if (doc->claimed[k] || t->kind == NF_TOK_PUNCT || t->kind == NF_TOK_QUOTE ||
            nf_code_after_number(doc, k, sa)) {
            k++;
            continue;
        }
        /* A site's domain names it: the gazetteer's organisation, or one of
         * its own where the name is written with a capital ("Musicload.de";
         * "amazon.de" in lower case is mostly an address, not a name). */
        if (nf_site_domain(doc, k)) {
            int32_t site = domain_entry(doc, k, sa, sb), ent = -1;
            if (site >= 0) {
                ent = entity_for(doc, &gz->entries[site]);
            } else if ((nf_tok(doc, k)[0] >= 'A' && nf_tok(doc, k)[0] <= 'Z') ||
                       (k > sa && nf_class_noun(doc, k - 1) == NF_ENT_ORG) ||
                       nf_org_named_as(doc, nf_tok(doc, k)) >= 0) {
                /* (the same site named again is the same organisation; one
                 * in lower case after an organisation's noun is named so:
                 * "das Branchenportal meedia.de", then "laut meedia.de") */
                if ((ent = nf_entity_of(doc, k, k + 1, NF_ENT_ORG)) < 0) return false;
            }
            if (site >= 0 || ent >= 0) {
                if (!nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
                k++;
                continue;
            }
        }
        /* One lookup says what this word may start; most words start nothing. */
        const char *w = nf_tok(doc, k);
        size_t wl = doc->tok_len[k];
        bool lower_start = (unsigned char)w[0] >= 'a' && (unsigned char)w[0] <= 'z';
        const nf_lex_entry *we = nf_tok_get(doc, k, lower_start ? &gz->lower_words : &gz->words);
        if (!we && (t->flags & NF_TF_CAP) && has_non_ascii(doc, k, k + 1)) {
            char bare[128]; /* "Álvaro": the bare spelling the gazetteer also holds */
            size_t m = nf_fold_accents(w, wl, bare, sizeof bare);
            if (m) we = nf_lexicon_find(&gz->words, bare, m);
            /* "Jürgen Rüttgers": "Jurgen Ruttgers", names of two words only */
            if (!we && k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
                nf_has_german_letter(w, wl) && (m = nf_fold_all(w, wl, bare, sizeof bare)) > 0)
                we = nf_lexicon_find(&gz->words, bare, m);
        }
        unsigned bits = we ? (unsigned)we->num & 0xff : 0;
        bool cap = (t->flags & NF_TF_CAP) != 0;
        unsigned long long own_bits = we ? (unsigned long long)we->num : 0;
        bool gen_bits = false;
        /* (an acronym's too: "des ZDFs", "des IWFs") */
        bool acronym = wl >= 3 && wl <= 6 && w[wl - 2] >= 'A' && w[wl - 2] <= 'Z' && w[1] >= 'A' &&
                       w[1] <= 'Z';
        if (cap && !bits && (wl > 4 || acronym) && w[wl - 1] == 's') {
            const nf_lex_entry *g = nf_lexicon_find(&gz->words, w, nf_genitive_stem(w, wl));
            if (!g && land_genitive(w, wl)) g = nf_lexicon_find(&gz->words, w, wl - 2);
            if (g) bits |= (unsigned)g->num & 0xff, gen_bits = (g->num & NF_GW_FIRST) != 0;
        }
        bool hyphen = cap && memchr(w, '-', wl) != NULL;
        if (hyphen && !(bits & NF_GW_ROLE) && hyphen_role(gz, w)) bits |= NF_GW_ROLE;
        if (hyphen && !(bits & NF_GW_GIVEN) && hyphenated_given(gz, w, wl)) bits |= NF_GW_GIVEN;
        /* A nationality adjective is written in lower case, except where it
         * opens the sentence before a role noun: "Russische Truppen ...". */
        bool adjective =
            ((t->flags & NF_TF_LOWER) || (cap && sentence_initial(doc, k, sa))) &&
            nf_adjective_at(doc, k) &&
            ((t->flags & NF_TF_LOWER) || (k + 1 < sb && nf_role_at(doc, k + 1, NULL, NULL)));
        bool compound = hyphen; /* "US-Truppen" */
        if (cap && !bits && (ent0 = people_of_country(doc, k, sa, sb)) >= 0) {
            if (!nf_mention_add(doc, k, k + 1, ent0, NF_MK_NOMINAL)) return false;
            k++;
            continue;
        }
        if (cap && !bits && !doc->claimed[k] && (e0 = compass_region_at(doc, k, &ent0)) > 0) {
            if (!nf_mention_add(doc, k, e0, ent0, NF_MK_NAME)) return false;
            k = e0;
            continue;
        }
        /* a name the list writes otherwise: in capitals ("DER SPIEGEL",
         * capitals_name_at), or with a declined adjective first
         * (declined_name_at) */
        bool capitals = cap && !(bits & NF_GW_FIRST) && capitals_word(doc, k) &&
                        (wl >= CAPITALS_ONE_WORD || (k + 1 < sb && capitals_word(doc, k + 1)));
        /* maybe an outlet by its city's adjective: "des Belgrader
         * Staatsfernsehens" (national_org_at decides) */
        bool city_adjective = cap && !adjective && wl >= 5 && memcmp(w + wl - 2, "er", 2) == 0 &&
                              k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP);
        /* a region's adjective: "die bayerische Staatsregierung" (an
         * institution, as after a city's adjective), else an adjective
         * mention of the region ("die steirischen Gemeinden") */
        const nf_gz_entry *region = !adjective && (t->flags & NF_TF_LOWER) && wl >= 8
                                        ? region_of_adjective(doc, k, false)
                                        : NULL; /* (the shortest: "badische") */
        if (region && k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP)) city_adjective = true;
        /* (name_before_apposition_at: a comma two or three words on) */
        bool set_off = cap && !bits && k + 3 < sb && (comma_at(doc, k + 2) || comma_at(doc, k + 3));
        /* a noun's genitive in "-es" before a capitalised word, which may
         * open a listed name (declined_name_at: "des Bundesstaates
         * Washington") */
        bool genitive = cap && !bits && wl >= 6 && memcmp(w + wl - 2, "es", 2) == 0 && k + 1 < sb &&
                        (doc->tokens[k + 1].flags & NF_TF_CAP);
        /* (role_place_person_at: a name of two words after a mention) */
        bool after_mention = cap && !bits && k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
                             role_before_place(doc, k, sa) != SIZE_MAX;
        if (!bits && !adjective && !compound && !capitals && !city_adjective && !set_off &&
            !genitive && !region && !after_mention &&
            !(cap && (persons || cap_adjective(doc, k) || org_start(doc, k)))) {
            k++;
            continue;
        }
        int32_t entry, ent;
        size_t stem =
            cap && !(bits & NF_GW_FIRST) && k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP)
                ? adjective_stem(w, wl)
                : 0;
        bool declined = capitals || (stem && declined_first_word(&doc->engine->gz, w, stem));
        /* Names start with a capital, but a few are written in lower case
         * ("dpa", "taz", "von der Leyen"): the first-word table knows them. */
        size_t e = (bits & NF_GW_FIRST) || gen_bits || declined
                       ? gazetteer_at(doc, k, sa, sb, NF_GW_SPAN(own_bits), &entry)
                       : 0;
        /* "per Bahn", "per Post": a means, the common noun, not the company */
        if (e == k + 1 && k > sa && nf_tok_is(doc, k - 1, "per") &&
            nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k))) {
            k++;
            continue;
        }
        const nf_gz_entry *twin = e ? NULL : twin_cities_at(doc, k);
        if (twin) {
            /* "Köln-Bonn", "Hamburg-Altona": two cities of one country or a
             * city's quarter, a place no list names (an airport, a district)
             * of the first one's country */
            ent = nf_entity_of(doc, k, k + 1, NF_ENT_GPE);
            if (ent < 0 || !nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
            if (!doc->entities[ent].country[0] && !doc->entities[ent].canonical)
                memcpy(doc->entities[ent].country, twin->country, 4);
            k++;
            continue;
        }
        int32_t city;
        size_t club = e <= k + 1 ? club_over_place_at(doc, k, sa, sb, &city) : 0;
        if (club) {          /* "Bayern München": the club, neither Bavaria nor Munich */
            size_t from = k; /* with its acronym: "FC Bayern München" */
            if (k > sa && !doc->claimed[k - 1] && club_acronym(doc, k - 1) &&
                !(doc->nmentions && doc->mentions[doc->nmentions - 1].tb >= k))
                from--;
            ent = acronym_place_org(doc, from, club, &doc->engine->gz.entries[city]);
            if (!nf_mention_add(doc, from, club, ent, NF_MK_NAME)) return false;
            k = club;
            continue;
        }
        if (e && article_noun_title(doc, k, e, sa, sb, &doc->engine->gz.entries[entry])) {
            /* "Die Zeit der Titelverteidigerin hielt nur kurz"; the noun may
             * open a longer name all the same ("Die Welt am Sonntag
             * berichtete"), which the next round finds */
            int32_t longer;
            k = gazetteer_at(doc, k + 1, sa, sb, 0, &longer) > k + 2 ? k + 1 : e;
            continue;
        }
        int32_t city_of_adjective =
            e ? city_adjective_before_noun(doc, k, e, sb, &doc->engine->gz.entries[entry]) : -1;
        if (city_of_adjective >= 0) { /* "die New Yorker Polizei": the city's, no magazine */
            ent = entity_for(doc, &doc->engine->gz.entries[city_of_adjective]);
            if (ent < 0 || !nf_mention_add(doc, k, e, ent, NF_MK_ADJECTIVE)) return false;
            k = e;
            continue;
        }
        if (e) {
            const nf_gz_entry *g = &doc->engine->gz.entries[entry];
            /* an organisation of another country than the one named after
             * it in the genitive is another of that name, of that country
             * ("Die Demokratische Partei Thailands" is no US party, "Der
             * Oberste Gerichtshof Saudi-Arabiens" no Austrian court) */
            size_t company;
            const char *foreign;
            const char *of = g->source == NF_GZ_ORG && g->country[0] && e < sb
                                 ? nf_genitive_country_at(doc, e)
                                 : NULL;
            if (of && strcmp(of, g->country) != 0) {
                ent = unlinked_entity(doc, NF_ENT_ORG);
                if (ent >= 0) memcpy(doc->entities[ent].country, of, 3);
                if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
                k = e;
                continue;
            }
            if ((g->type == NF_ENT_GPE || g->type == NF_ENT_LOC) && k > sa &&
                !doc->claimed[k - 1] &&
                (club_acronym(doc, k - 1) || club_prefix_at(doc, k - 1, sb)) &&
                !(doc->nmentions && doc->mentions[doc->nmentions - 1].tb >= k)) {
                /* a club's acronym or word before its city ("THW Kiel", "Sturm
                 * Graz"); a club's ordinal belongs to its name: "1. FC Köln" */
                size_t from = k - 1;
                if (from > sa && doc->tokens[from - 1].kind == NF_TOK_ORDINAL &&
                    !doc->claimed[from - 1])
                    from--;
                if (club_year_at(doc, e, sb)) e++; /* "FSV Mainz 05", "Hannover 96" */
                ent = acronym_place_org(doc, from, e, g);
                if (!nf_mention_add(doc, from, e, ent, NF_MK_NAME)) return false;
            } else if (g->source == NF_GZ_CITY && club_word_at(doc, e, sb)) {
                /* a club's word after its city: "Manchester United", "Chicago Bulls" */
                ent = acronym_place_org(doc, k, e + 1, g);
                if (!nf_mention_add(doc, k, ++e, ent, NF_MK_NAME)) return false;
            } else if ((g->type == NF_ENT_GPE || g->type == NF_ENT_LOC) &&
                       legal_form_after_place(doc, e, sb) &&
                       (company = org_name_at(doc, k, sa, sb, &ent)) > e) {
                /* "Emsland Stärke GmbH": a company named after its place,
                 * of the place's country */
                if (!doc->entities[ent].country[0] && !doc->entities[ent].canonical)
                    memcpy(doc->entities[ent].country, g->country, 4);
                if (!nf_mention_add(doc, k, company, ent, NF_MK_NAME)) return false;
                e = company;
            } else if (e == k + 1 && g->source == NF_GZ_CITY &&
                       (foreign = other_country_adjective(doc, k, sa, g)) != NULL &&
                       (ent = nf_entity_of(doc, k, e, NF_ENT_GPE)) >= 0) {
                /* "im niedersächsischen Bergen", "im texanischen Paris": a
                 * namesake the gazetteer does not hold, a town of the
                 * adjective's country, no link */
                if (!doc->entities[ent].country[0]) memcpy(doc->entities[ent].country, foreign, 3);
                if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            } else if (e == k + 1 && (g->type == NF_ENT_GPE || g->type == NF_ENT_LOC) &&
                       given_before_surname(doc, k, sb) &&
                       (ent = nf_entity_of(doc, k, k + 2, NF_ENT_PERSON)) >= 0) {
                /* "Don Foster": a given name that a place has too */
                if (!nf_mention_add(doc, k, k + 2, ent, NF_MK_NAME)) return false;
                e = k + 2;
            } else {
                ent = entity_for(doc, g);
                /* a list's name that opens with a company's role noun
                 * ("Stromkonzern Verbund", named so where the name alone is
                 * a common word or a city): the role is no part of the name,
                 * the description pass makes it a nominal mention */
                size_t from = g->source == NF_GZ_ORG && e > k + 1 &&
                                      (doc->tokens[k + 1].flags & NF_TF_CAP) &&
                                      company_role_word(doc, k)
                                  ? k + 1
                                  : k;
                if (!nf_mention_add(doc, from, e, ent, NF_MK_NAME)) return false;
                /* "Irans Präsident": the office's holder, unless a name
                 * follows ("Russlands Präsident Putin") */
                int32_t holder = -1;
                if (g->source == NF_GZ_COUNTRY && e == k + 1 && e + 1 < sb &&
                    nf_genitive_country_at(doc, k) &&
                    !(doc->tokens[e + 1].kind == NF_TOK_WORD &&
                      (doc->tokens[e + 1].flags & NF_TF_CAP)) &&
                    (holder = nf_office_holder_at(doc, e)) >= 0) {
                    if (!nf_mention_add(doc, k, e + 1, holder, NF_MK_NOMINAL)) return false;
                    e++;
                }
            }
            k = e;
            continue;
        }
        e = (bits & NF_GW_ROLE) ? role_person_at(doc, k, k + 1, sa, sb, &ent) : 0;
        if (e) {
            if (!nf_mention_add(doc, k + 1, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        e = cap ? role_place_person_at(doc, k, sa, sb, &ent) : 0;
        if (e) {
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        e = (bits & NF_GW_ROLE) && cap ? org_of_place_at(doc, k, sa, sb, &ent) : 0;
        if (e) { /* one name, as for the seats of organisation_with_seat */
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        int32_t seat;
        e = (bits & NF_GW_ROLE) && cap ? org_in_place_at(doc, k, sa, sb, &ent, &seat) : 0;
        if (e) { /* the description, and the place's own name in it */
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NOMINAL) ||
                !nf_mention_add(doc, k + 2, e, seat, NF_MK_NAME))
                return false;
            k = e;
            continue;
        }
        e = (bits & NF_GW_GIVEN) ? given_name_person_at(doc, k, sa, sb, &ent) : 0;
        if (e) {
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        e = org_name_at(doc, k, sa, sb, &ent);
        if (e) {
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        e = set_off ? name_before_apposition_at(doc, k, sa, sb, &ent) : 0;
        if (e) {
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NAME)) return false;
            k = e;
            continue;
        }
        /* a role noun before a capitalised word is the title of a name,
         * not a surname ("Präsident Omar al-Bashir" where the gazetteer
         * knows the name) */
        bool title = (bits & NF_GW_ROLE) && k + 1 < sb && (doc->tokens[k + 1].flags & NF_TF_CAP);
        if (title) { /* not a private person's noun before another noun (role_person_at) */
            const char *r = nf_role_at(doc, k, NULL, NULL);
            title = !r || !nf_private_role(r) || nf_tok_get(doc, k + 1, &doc->engine->gz.given);
        }
        if (doc->tokens[k].kind == NF_TOK_WORD && name_token(doc, k) && !title &&
            ((bits & NF_GW_SURNAME) || (persons && nf_known_surname(doc, w, wl))) &&
            !adverb_opening(doc, k, sa, sb) && (ent = surname_at(doc, k, sa, sb)) >= 0 &&
            !((bits & NF_GW_ROLE) && of_another_nation(doc, k, sb, ent))) {
            size_t from = particles_before(doc, k, sa, &doc->entities[ent]);
            /* a role noun that repeats a description ("eine italienische
             * Touristin" ... "der Touristin") is a nominal mention of that
             * person, with its article and adjectives, not a name */
            /* (but the surname alone of a person so named: "laut Bischof"
             * after "Vorstand Jens Bischof") */
            bool nominal = (bits & NF_GW_ROLE) != 0;
            if (nominal) from = description_start(doc, k, sa);
            /* (a person's name, which opens with a capital; not a
             * description's: "afghanische Soldaten") */
            const char *pn = doc->entities[ent].name;
            if (nominal && from == k && pn && pn[0] >= 'A' && pn[0] <= 'Z' &&
                nf_last_word_is(pn, w, wl))
                nominal = false;
            if (!nf_mention_add(doc, from, k + 1, ent, nominal ? NF_MK_NOMINAL : NF_MK_NAME))
                return false;
            k++;
            continue;
        }
        if ((adjective || city_adjective) &&
            (e = national_org_at(doc, k, sb, !adjective, &ent)) > 0) {
            /* a nationality adjective still names the country (a city's
             * does not); the phrase names the institution */
            const char *country = adjective ? nf_adjective_at(doc, k) : NULL;
            if (country) {
                char code[4];
                memcpy(code, country, 3);
                code[3] = '\0';
                if (!nf_mention_add(doc, k, k + 1, nf_country_entity(doc, code), NF_MK_ADJECTIVE))
                    return false;
            }
            if (region && !nf_mention_add(doc, k, k + 1, entity_for(doc, region), NF_MK_ADJECTIVE))
                return false;
            if (!nf_mention_add(doc, k, e, ent,
                                !adjective && paper_title(doc, k, sb) ? NF_MK_NAME : NF_MK_NOMINAL))
                return false;
            k = e;
            continue;
        }
        if (compound && ((e = country_compound_at(doc, k, &ent)) > 0 ||
                         (e = igo_members_at(doc, k, sb, &ent)) > 0)) {
            if (!nf_mention_add(doc, k, e, ent, NF_MK_NOMINAL)) return false;
            k = e;
            continue;
        }
        const char *iso = adjective ? nf_adjective_at(doc, k) : NULL;
        if (iso) {
            char code[4] = {iso[0], iso[1], iso[2], 0};
            ent = nf_country_entity(doc, code);
            if (!nf_mention_add(doc, k, k + 1, ent, NF_MK_ADJECTIVE)) return false;
        } else if (region) {
            if (!nf_mention_add(doc, k, k + 1, entity_for(doc, region), NF_MK_ADJECTIVE))
                return false;
        }
        k++;
    }
    return true;
}

static bool saying_verb_form(const nf_doc *doc, size_t k); /* below */

/* True when the word at k is a verb of saying in the third person
 * singular ("sagte", "erklärt", "scherzte"; the lexicon's class 'S' or 'D', see
 * speech-verbs.txt) right after a comma or a closing quotation mark: the
 * inverted frame after a quote ("...", sagte ...), with its particle
 * before the next punctuation where it needs one ("..., teilte X mit"). */
bool nf_saying_verb(const nf_doc *doc, size_t k) {
    const nf_token *p = k > 0 ? &doc->tokens[k - 1] : NULL;
    if (!p || !(p->kind == NF_TOK_QUOTE || strcmp(nf_tok(doc, k - 1), ",") == 0)) return false;
    return saying_verb_form(doc, k);
}

/* True when the word at k is a verb of saying in the third person
 * singular ("sagte", "meinte"; class 'S' or 'D' of speech-verbs.txt),
 * with its particle before the next punctuation where it needs one
 * ("teilte ... mit"), wherever it stands. */
static bool saying_verb_form(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || (doc->tokens[k].flags & NF_TF_CAP)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 4 || !(w[n - 1] == 't' || (w[n - 2] == 't' && w[n - 1] == 'e'))) return false;
    const nf_lex_entry *e = nf_tok_find(doc, k, &doc->pack->speech_verbs);
    const char *val = e ? nf_lex_val(&doc->pack->speech_verbs, e) : "";
    if (val[0] != 'S' && val[0] != 'D') return false;
    /* a verb that says only with its particle ("macht ... deutlich", "teilte
     * ... mit") needs one at the end of its clause: "..., macht Druck," is
     * no frame */
    const char *parts = strchr(val, '\t');
    if (!parts || !parts[1] || parts[1] == '~') return true;
    parts++;
    for (size_t j = k + 1; j < doc->ntokens && j < k + 12; j++) {
        if (doc->tokens[j].kind == NF_TOK_PUNCT) break;
        if (nf_speech_particle(parts, nf_tokl(doc, j))) return true;
    }
    return false;
}

/* True when the word at k is "so" right after a comma or a closing
 * quotation mark: the frame ", so Ketterer." that names a quote's speaker. */
static bool saying_so(const nf_doc *doc, size_t k) {
    return k > 0 && nf_tok_is(doc, k, "so") &&
           (nf_tok_is(doc, k - 1, ",") || doc->tokens[k - 1].kind == NF_TOK_QUOTE);
}

/* True when the capitalised word at k, after a verb of saying that needs
 * no particle ("sagt", not "stellt ... fest"), goes on with an article or
 * "gegenüber" ("sagt Eymer der Zeitung", "sagte Pfister im Interview"), and
 * is neither a compound, a name particle ("sagt Van der Bellen") nor a
 * common noun. */
static bool speaker_before_article(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *v = nf_tok_find(doc, k - 1, &doc->pack->speech_verbs);
    const char *particles = v ? strchr(nf_lex_val(&doc->pack->speech_verbs, v), '\t') : NULL;
    if (!v || (particles && particles[1] != '~')) return false; /* "~": optional ones */
    if (doc->tokens[k + 1].kind != NF_TOK_WORD ||
        !(nf_tokl_get(doc, k + 1, &gz->articles) || nf_tok_is(doc, k + 1, "gegenüber")))
        return false;
    return !memchr(nf_tok(doc, k), '-', doc->tok_len[k]) &&
           !nf_tokl_get(doc, k, &gz->name_particles) && !nf_plain_noun(doc, k);
}

/* A single capitalised word after a verb of saying names the speaker, a
 * person, before a comma or the sentence's end ("..., sagte Pfister.",
 * "..., so Ketterer.") or, after a verb, before a word in lower case
 * ("..., sagt Eymer der Zeitung", "sagte Pfister im Interview"): news name
 * speakers so, and a noun there would need an article.  Adds the persons
 * of sentence [sa, sb) that no mention covers yet.  Returns false when
 * memory runs out. */
static bool speakers_after_verbs(nf_doc *doc, size_t sa, size_t sb) {
    const nf_langpack *lp = doc->pack;
    for (size_t k = sa + 2; k + 1 < sb; k++) {
        const nf_token *t = &doc->tokens[k];
        /* a site's domain speaks as its outlet: "..., berichtet myce.com." */
        bool site = nf_site_domain(doc, k);
        if (!site && (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || t->b - t->a < 3))
            continue;
        bool verb = nf_saying_verb(doc, k - 1);
        if (!verb && !saying_so(doc, k - 1)) continue;
        const char *next = nf_tok(doc, k + 1);
        bool end =
            doc->tokens[k + 1].kind == NF_TOK_PUNCT && (!strcmp(next, ",") || !strcmp(next, "."));
        if (!end && !(verb && speaker_before_article(doc, k))) continue;
        if (nf_mention_over(doc, k) || doc->claimed[k] ||
            nf_tok_find(doc, k, &lp->sentence_starters) || nf_tok_find(doc, k, &lp->stopwords) ||
            nf_role_at(doc, k, NULL, NULL))
            continue;
        int32_t ent = site ? -1 : surname_at(doc, k, sa, sb);
        /* (the one the text named so before: "Mediaaffairs verfolgt ...",
         * "..., erklärt Mediaaffairs") */
        if (ent < 0) ent = nf_entity_of(doc, k, k + 1, site ? NF_ENT_ORG : NF_ENT_PERSON);
        if (ent < 0 || !nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* Adds the person named by the two capitalised words that open sentence
 * [sa, sb) right before a verb of saying in the third person singular
 * ("Erhardt Körting meinte: ...", "Ehrhart Körting sagte, ..."): a given
 * name or a word no list knows, then a surname of the lists or a word no
 * list or lexicon knows, that no mention holds.  News name a speaker so;
 * the tagger misses names it never saw at a sentence's start.  Returns
 * false when memory runs out. */
static bool speakers_before_verbs(nf_doc *doc, size_t sa, size_t sb) {
    size_t k = sa;
    if (k + 3 > sb || !saying_verb_form(doc, k + 2)) return true;
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t j = k; j < k + 2; j++)
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP) ||
            doc->tok_len[j] < 3 || nf_mention_over(doc, j) || doc->claimed[j])
            return true;
    if (nf_tok_find(doc, k, &doc->pack->sentence_starters) ||
        !(nf_tok_get(doc, k, &gz->given) || nf_unknown_name_word(doc, k)) ||
        !(nf_tok_get(doc, k + 1, &gz->surnames) || unlisted_word(doc, k + 1)))
        return true;
    int32_t ent = nf_entity_of(doc, k, k + 2, NF_ENT_PERSON);
    return ent >= 0 && nf_mention_add(doc, k, k + 2, ent, NF_MK_NAME);
}

/* Adds the persons named by initials written together and a word no
 * list or lexicon knows or a listed surname after them ("C.Y. Leung",
 * "H.C. Strache"), where no mention holds them: the tagger, which cuts
 * words at their periods, misses many.  Returns false when memory runs
 * out. */
static bool persons_after_initials(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        if (doc->tokens[k].kind == NF_TOK_WORD || !nf_initials_at(doc, k) ||
            nf_mention_over(doc, k) || nf_mention_over(doc, k + 1))
            continue;
        const nf_token *t = &doc->tokens[k + 1];
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || !(t->flags & NF_TF_SPACE_BEFORE) ||
            !(unlisted_word(doc, k + 1) || nf_tok_get(doc, k + 1, &doc->engine->gz.surnames)))
            continue;
        int32_t ent = nf_entity_of(doc, k, k + 2, NF_ENT_PERSON);
        if (ent < 0 || !nf_mention_add(doc, k, k + 2, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* Adds the persons named by one capitalised word no list or lexicon knows
 * before "zufolge" with no article ("Heidegger zufolge", "Müller
 * zufolge"): the source a claim is credited to; not a common noun, a
 * compound of one or a word in "-n", a dative plural's ("Berichten
 * zufolge", "Polizeiangaben zufolge", "Insidern zufolge").  Returns false
 * when memory runs out. */
static bool sources_before_zufolge(nf_doc *doc, size_t sa, size_t sb) {
    const nf_langpack *lp = doc->pack;
    for (size_t k = sa; k + 1 < sb; k++) {
        if (doc->tok_llen[k + 1] != 7 || !(doc->tokens[k + 1].flags & NF_TF_LOWER) ||
            !nf_tok_is(doc, k + 1, "zufolge"))
            continue;
        const nf_token *t = &doc->tokens[k];
        /* (a word in "-n" is a dative plural: "Insidern", "Annahmen") */
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || t->b - t->a < 3 ||
            nf_tokl(doc, k)[doc->tok_llen[k] - 1] == 'n' ||
            (k > sa && nf_article_or_determiner(doc, k - 1)) ||
            nf_tok_find(doc, k, &lp->sentence_starters) || !unlisted_word(doc, k))
            continue;
        int32_t ent = surname_at(doc, k, sa, sb);
        if (ent < 0) ent = nf_entity_of(doc, k, k + 1, NF_ENT_PERSON);
        if (ent < 0 || !nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* Merges entity `from` (a described person or organisation) into `into`
 * (the named one, or one_entity_per_name's linked entity of the same type): the
 * mentions of `from` go to `into`, which takes its country, role, title
 * and actor where it has none. */
static void join_person(nf_doc *doc, uint32_t from, uint32_t into) {
    const nf_entity *de = &doc->entities[from];
    nf_entity *e = &doc->entities[into];
    if (!e->country[0]) memcpy(e->country, de->country, sizeof e->country);
    if (!e->role) e->role = de->role;
    if (!e->title) e->title = de->title;
    if (!e->actor) e->actor = de->actor;
    nf_entity_give_mentions(doc, from, into);
}

/* True when tokens [a, b) hold no punctuation and no role noun: the
 * attribute between a description and its name ("für Kosovo", "der für
 * das Kosovo zuständige"). */
static bool plain_attribute(const nf_doc *doc, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (doc->tokens[k].kind == NF_TOK_PUNCT || nf_role_at(doc, k, NULL, NULL)) return false;
    return true;
}

/* True for a mention of a person described by nationality and role with no
 * name of its own (national_org_at made it). */
static bool described_person(const nf_doc *doc, const nf_mention *d) {
    const nf_entity *de = &doc->entities[d->entity];
    return d->kind == NF_MK_NOMINAL && de->type == NF_ENT_PERSON && !de->canonical;
}

/* The most apposition roles after names one text is given. */
#define ROLES_AFTER_NAMES_MAX 32

/* Makes a nominal mention of the person named before a comma of the role
 * noun right after it that an organisation's name completes in the
 * genitive or after "von" ("Theo Zwanziger, Präsident des Deutschen
 * Fußball Verbands (DFB), nannte ..."; its acronym in parentheses too):
 * whoever reads the role reads that person, as a quote's speaker named
 * by the role alone where the closing comma is missing.  False when
 * memory runs out. */
static bool role_after_name(nf_doc *doc) {
    static const char *const of[] = {"des", "der", "von", "vom", NULL};
    size_t ta[ROLES_AFTER_NAMES_MAX], tb[ROLES_AFTER_NAMES_MAX];
    uint32_t who[ROLES_AFTER_NAMES_MAX];
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions && n < ROLES_AFTER_NAMES_MAX; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t c = m->tb, r = c + 1;
        bool org = true;
        if (m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_PERSON ||
            r + 2 >= doc->ntokens || !nf_tok_is(doc, c, ",") || !nf_role_at(doc, r, NULL, &org) ||
            org || !nf_tok_in(doc, r + 1, of))
            continue;
        size_t f = nf_mention_first_at(doc, r + 2);
        if (f >= doc->nmentions || doc->mentions[f].ta != r + 2 ||
            doc->mentions[f].kind != NF_MK_NAME ||
            doc->entities[doc->mentions[f].entity].type != NF_ENT_ORG)
            continue;
        size_t end = doc->mentions[f].tb;
        if (end + 2 < doc->ntokens && nf_tok_is(doc, end, "(") && nf_tok_is(doc, end + 2, ")"))
            end += 3; /* "(DFB)" */
        ta[n] = r, tb[n] = end, who[n] = m->entity, n++;
    }
    for (size_t i = 0; i < n; i++)
        if (!nf_mention_add(doc, ta[i], tb[i], (int32_t)who[i], NF_MK_NOMINAL)) return false;
    return true;
}

/* A description and the name it is set off against are one person: "Der
 * serbische Minister für Kosovo, Slobodan Samardzic, sagte" and "Slobodan
 * Samardzic, der für das Kosovo zuständige serbische Minister, ...".  The
 * emptied entity is dropped by drop_unmentioned. */
static void join_appositions(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        /* name, [attribute] description */
        const nf_mention *d = &doc->mentions[i];
        if (!described_person(doc, d)) continue;
        for (size_t c = d->ta; c-- > 0 && d->ta - c <= 7;) {
            if (!nf_tok_is(doc, c, ",")) continue;
            if (!plain_attribute(doc, c + 1, d->ta)) break;
            for (size_t j = 0; j < i; j++) {
                const nf_mention *m = &doc->mentions[j];
                if (m->tb == c && m->kind == NF_MK_NAME &&
                    doc->entities[m->entity].type == NF_ENT_PERSON && m->entity != d->entity) {
                    join_person(doc, d->entity, m->entity);
                    break;
                }
            }
            break;
        }
    }

    /* description, [attribute], name */
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_PERSON || m->ta < 2 ||
            !nf_tok_is(doc, m->ta - 1, ","))
            continue;
        size_t comma = m->ta - 1;
        for (size_t j = i; j-- > 0;) {
            const nf_mention *d = &doc->mentions[j];
            if (d->tb > comma) continue;
            if (comma - d->tb > 4) break;            /* "für Kosovo": a short attribute at most */
            if (!described_person(doc, d)) continue; /* "Kosovo" */
            if (d->entity == m->entity || !plain_attribute(doc, d->tb, comma)) break;
            join_person(doc, d->entity, m->entity);
            break;
        }
    }
}

/* The role of a person's compound role noun at token k whose head keeps
 * the role ("EU-Migrationskommissar": commissioner, "Außenamtssprecherin":
 * spokesperson); NULL for others, as the compounds of heads of state and
 * government name other offices ("Vizepräsident", "Vizekanzler"). */
static const char *compound_person_role(const nf_doc *doc, size_t k) {
    static const char *const heads[] = {"kommissar",  "kommissarin", "sprecher",
                                        "sprecherin", "botschafter", "botschafterin"};
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t hl = strlen(heads[i]);
        if (n < hl + 3 || memcmp(w + n - hl, heads[i], hl) != 0) continue;
        char head[16];
        memcpy(head, heads[i], hl);
        head[0] = (char)(head[0] - 'a' + 'A'); /* the noun as roles.tsv writes it */
        const nf_lex_entry *e = nf_lexicon_find(&doc->engine->gz.roles, head, hl);
        const char *v = e ? nf_lex_val(&doc->engine->gz.roles, e) : NULL;
        return v && strstr(v, "\tperson") ? v : NULL;
    }
    return NULL;
}

/* The nameless organisation made of a description right before the name
 * mention m ("der japanische Konzern" of "der japanische Konzern Yamaha",
 * "US-Konzern" of "der US-Konzern Apple"), when that is its only mention
 * and its country is the name's or the name has none; -1 when there is
 * none. */
static int32_t description_before(const nf_doc *doc, const nf_mention *m) {
    const nf_entity *e = &doc->entities[m->entity];
    int32_t d = -1;
    /* (mentions are sorted by start; a description is a few words) */
    for (size_t j = nf_mention_first_at(doc, m->ta); j-- > 0 && d < 0;) {
        const nf_mention *x = &doc->mentions[j];
        if (x->ta + 16 < m->ta) break;
        const nf_entity *xe = &doc->entities[x->entity];
        if (x->tb == m->ta && x->kind == NF_MK_NOMINAL && x->entity != m->entity &&
            xe->type == NF_ENT_ORG && !xe->canonical &&
            (!e->country[0] || !xe->country[0] || strcmp(e->country, xe->country) == 0))
            d = (int32_t)x->entity;
    }
    for (size_t j = 0; j < doc->nmentions && d >= 0; j++)
        if (doc->mentions[j].entity == (uint32_t)d && doc->mentions[j].tb != m->ta) return -1;
    return d;
}

/* An organisation's name right after a description of one that became an
 * entity of its own is what the description describes: "der japanische
 * Konzern Yamaha", "der US-Konzern Apple" name one company, which takes
 * the description's country and actor code where it has none. */
static void descriptions_before_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_ORG) continue;
        int32_t d = description_before(doc, m);
        if (d >= 0) join_person(doc, (uint32_t)d, m->entity);
    }
}

/* The actor code of the office `role` (rl bytes) the gazetteer lists
 * for the person labelled `canonical`, or NULL where it lists none (or
 * several codes for it).  Owned by the engine. */
static const char *office_code(const nf_doc *doc, const char *canonical, const char *role,
                               size_t rl) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (!canonical) return NULL;
    const nf_lex_entry *n = nf_lexicon_find(&gz->names, canonical, strlen(canonical));
    uint32_t ids[64];
    size_t m = n ? nf_gz_ids(nf_lex_val(&gz->names, n), ids, 64) : 0;
    const char *code = NULL;
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = ids[i] < gz->count ? &gz->entries[ids[i]] : NULL;
        if (!g || g->source != NF_GZ_PERSON || !g->role || !g->actor ||
            strcmp(g->canonical, canonical) != 0 || strlen(g->role) != rl ||
            memcmp(g->role, role, rl) != 0)
            continue;
        if (code && strcmp(code, g->actor) != 0) return NULL;
        code = g->actor;
    }
    return code;
}

/* A person named right after a role noun has that role ("Unterrichts-
 * ministerin Gabriele Heinisch-Hosek", "Ex-Finanzminister Nigel Lawson"),
 * or as its title where the gazetteer gave it another one (the first such
 * title: "Außenminister Sebastian Kurz" in an undated text, whose latest
 * office is chancellor),
 * and the country of a nationality adjective before it, where the name's
 * entity (a known name, a tagged one) has none; an organisation no list
 * knows named right after an organisation's noun has its role ("der Firma
 * Euryza": company). */
static void roles_before_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || m->ta == 0 || (e->role && e->country[0] && e->title)) continue;
        if (e->type != NF_ENT_PERSON && e->type != NF_ENT_ORG) continue;
        bool org = true;
        const char *role = nf_role_at(doc, m->ta - 1, NULL, &org);
        if (!role && e->type == NF_ENT_PERSON && (role = compound_person_role(doc, m->ta - 1)))
            org = false;
        if (!role || org != (e->type == NF_ENT_ORG)) continue;
        /* (the owner's role in "der Sprecher des Präsidenten Peskow"; the
         * role of the owner's in "Ein Sprecher Merkels") */
        if (nf_owner_genitive_at(doc, m->ta - 1, e->type) ||
            (e->type == NF_ENT_PERSON &&
             (nf_name_owns_noun(doc, m) ||
              (m->tb == m->ta + 1 && m->ta >= 2 && nf_article_or_determiner(doc, m->ta - 2) &&
               nf_genitive_surname_at(doc, m->ta)))))
            continue;
        /* (a plural's noun before one name, no list of them: "werfen die
         * Abgeordneten Schaunig vor" speaks of her, no deputy) */
        static const char *const list[] = {"und", "sowie", ",", NULL};
        if (!org && m->ta >= 2 && nf_tok_is(doc, m->ta - 2, "die") &&
            nf_adjective_noun_at(doc, m->ta - 1) && nf_plural_in_en(doc, m->ta - 1) &&
            !nf_tok_in(doc, m->tb, list))
            continue;
        if (org) { /* "der Firma Euryza": a company, as "die Firma" finds it */
            if (!e->role && !e->canonical)
                e->role = nf_arena_strndup(&doc->arena, role, nf_role_len(role));
            /* (of the country a nation's adjective before the noun gives:
             * "Der britische Mobilfunker O2") */
            const char *iso = m->ta >= 2 ? nf_adjective_at(doc, m->ta - 2) : NULL;
            const char *sector = e->role ? nf_role_sector(e->role, nf_role_len(e->role)) : NULL;
            if (iso && !e->country[0] && !e->canonical && sector) {
                memcpy(e->country, iso, 3);
                e->country[3] = '\0';
                if (!e->actor) e->actor = nf_actor_code(doc, e->country, sector);
            }
            continue;
        }
        size_t rl;
        /* ("seinen chinesischen Amtskollegen Wang Yi": the office of the
         * one he meets) */
        if (!(role = counterpart_role(doc, m->ta - 1, role, &rl))) continue;
        bool same = e->role && strlen(e->role) == rl && memcmp(e->role, role, rl) == 0;
        /* (the text gives the office whatever the list's dates say) */
        if (same) e->role_future = false;
        if (!e->role) {
            e->role = nf_arena_strndup(&doc->arena, role, rl);
        } else if (!e->title && !same) {
            /* the gazetteer's office and the text's title both count; in
             * an undated text, the title's office gives the code where the
             * gazetteer has it ("Finanzminister Wolfgang Schäuble" is the
             * government's, though he presided over parliament later) */
            e->title = nf_arena_strndup(&doc->arena, role, rl);
            const char *code = nf_doc_day(doc) ? NULL : office_code(doc, e->canonical, role, rl);
            if (code) e->actor = code;
        }
        const char *iso = m->ta >= 2 ? nf_adjective_at(doc, m->ta - 2) : NULL;
        if (iso && !e->country[0]) memcpy(e->country, iso, 3), e->country[3] = '\0';
    }
}

/* True when token k is a capitalised word cut after a hyphen, the first
 * part of a compound the next one completes ("Arbeits-" of "Arbeits- und
 * Sozialgericht"). */
static bool cut_compound(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_len[k];
    return doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP) && n > 2 &&
           nf_tok(doc, k)[n - 1] == '-';
}

/* Takes the first parts of compounds joined to an organisation's name
 * into it: "Arbeits- und Sozialgericht Wien", "Industrie- und
 * Handelskammer", "Verkehrs-, Innovations- und Technologieministerium"
 * name one body, whose head the parts share; the name began after them.
 * Unlinked names only (a linked one is the name the gazetteer knows). */
static void cut_compounds_before_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_ORG || e->canonical || m->ta < 2) continue;
        size_t a = m->ta;
        while (a >= 2 && cut_compound(doc, a - 2) &&
               (nf_tok_is(doc, a - 1, "und") || nf_tok_is(doc, a - 1, "oder") ||
                nf_tok_is(doc, a - 1, ",")))
            a -= 2;
        if (a == m->ta || (i > 0 && doc->mentions[i - 1].tb > a)) continue;
        m->ta = (uint32_t)a;
        nf_entity_take_name(doc, m->entity, m->ta, m->tb, true);
    }
}

/* An organisation the gazetteers do not know whose name ends in a legal
 * form (org-heads.txt "suffix": "Müller Bau GmbH", "Acme Inc.") is a
 * company, one in "e.V." an association: the role a description picks it
 * up by ("die Firma", "der Verband").  Names only; a role a rule gave
 * stays. */
static void roles_from_legal_forms(nf_doc *doc) {
    const nf_lexicon *heads = &doc->engine->gz.org_heads;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_ORG || e->role || m->tb < m->ta + 2)
            continue;
        const nf_lex_entry *h = nf_tok_get(doc, m->tb - 1, heads);
        if (!h || strcmp(nf_lex_val(heads, h), "suffix") != 0) continue;
        e->role = nf_tok_is(doc, m->tb - 1, "e.v.") ? "association" : "company";
    }
}

/* True when mentions a and b are the same words, token by token. */
static bool same_words(const nf_doc *doc, const nf_mention *a, const nf_mention *b) {
    if (a->tb - a->ta != b->tb - b->ta) return false;
    for (uint32_t i = 0; i < a->tb - a->ta; i++) {
        size_t x = a->ta + i, y = b->ta + i;
        if (doc->tok_hash[x] != doc->tok_hash[y] || doc->tok_len[x] != doc->tok_len[y] ||
            memcmp(nf_tok(doc, x), nf_tok(doc, y), doc->tok_len[x]) != 0)
            return false;
    }
    return true;
}

/* Moves the mentions of entity `from` to `target`: all of them when
 * `whole`, else the name mentions with the words of mention m.  A whole
 * entity of the target's type gives the role, country and actor the
 * target lacks; in an undated text its role, the text's word for the
 * person's office ("Innenministerin Mikl-Leitner"), which is surer than
 * the last office the gazetteer knows. */
static void move_mentions(nf_doc *doc, uint32_t from, uint32_t target, const nf_mention *m,
                          bool whole) {
    const nf_entity *fe = &doc->entities[from];
    nf_entity *te = &doc->entities[target];
    if (whole && fe->type == te->type) {
        if (fe->role && !nf_doc_day(doc)) te->role = fe->role;
        join_person(doc, from, target);
        return;
    }
    for (size_t q = 0; q < doc->nmentions; q++) {
        nf_mention *o = &doc->mentions[q];
        if (o->entity == from && (whole || (o->kind == NF_MK_NAME && same_words(doc, m, o))))
            o->entity = target;
    }
}

static bool national_body(const char *role); /* below */

/* How many mentions of the document, those of entities a and b left out,
 * belong to entities of country `iso`; with `sentence_of` set, only those
 * in the sentence of that token, and not those of parties or state bodies,
 * whose country may be a guess of the same kind ("Die Sozialdemokraten
 * ... Kritik der Grünen" in a headline: neither says Germany). */
static size_t country_mentions(const nf_doc *doc, const char *iso, uint32_t a, uint32_t b,
                               const size_t *sentence_of) {
    size_t n = 0, s = sentence_of ? doc->tok_sent[*sentence_of] : 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (m->entity == a || m->entity == b ||
            (sentence_of && (doc->tok_sent[m->ta] != s ||
                             (e->type == NF_ENT_ORG && e->canonical && national_body(e->role)))))
            continue;
        n += strcmp(e->country, iso) == 0;
    }
    return n;
}

/* True when no mention of entity e stands in a sentence that names e's
 * country by another entity: its link came from no evidence of its own. */
static bool country_unsaid(const nf_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t k = m->ta;
        if (m->entity == e && country_mentions(doc, doc->entities[e].country, e, e, &k))
            return false;
    }
    return true;
}

/* The gazetteer entry of another country that the first name mention of
 * organisation e names as well, with e's role ("Grünen": the German,
 * Austrian and Swiss parties): the one of country `iso`, or without it
 * the one of the country the document names more often by its other
 * entities than e's; NULL when there is none. */
static const nf_gz_entry *namesake_of(const nf_doc *doc, uint32_t e, const char *iso) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_entity *x = &doc->entities[e];
    size_t i = 0; /* its first name mention */
    while (i < doc->nmentions &&
           (doc->mentions[i].entity != e || doc->mentions[i].kind != NF_MK_NAME))
        i++;
    if (i == doc->nmentions || !x->role) return NULL;
    const nf_mention *m = &doc->mentions[i];
    size_t tb = 0;
    const nf_lex_entry *le =
        nf_tok_phrase(doc, m->ta, m->tb, m->tb - m->ta, &gz->names, false, &tb);
    if (!le || tb != m->tb) return NULL;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, le), ids, 64);
    const nf_gz_entry *best = NULL;
    size_t most = iso ? 0 : country_mentions(doc, x->country, e, e, NULL);
    for (size_t j = 0; j < n; j++) {
        const nf_gz_entry *g = ids[j] < gz->count ? &gz->entries[ids[j]] : NULL;
        if (!g || g->source != NF_GZ_ORG || !g->country[0] || !g->role ||
            strcmp(g->role, x->role) != 0 || strcmp(g->country, x->country) == 0)
            continue;
        if (iso) {
            if (!strcmp(g->country, iso)) return g;
            continue;
        }
        int32_t other = entity_labelled(doc, g->canonical, g->type);
        size_t c = country_mentions(doc, g->country, e, other < 0 ? e : (uint32_t)other, NULL);
        if (c > most) best = g, most = c;
    }
    return best;
}

/* Moves the mentions of entity e to the entity of gazetteer entry g (found
 * or made; it takes e's name where it has none).  Returns false when
 * memory runs out. */
static bool move_to_entry(nf_doc *doc, uint32_t e, const nf_gz_entry *g) {
    int32_t to = entity_for(doc, g);
    if (to < 0) return false;
    nf_entity *t = &doc->entities[to];
    if (!t->name) t->name = doc->entities[e].name, t->name_words = doc->entities[e].name_words;
    join_person(doc, e, (uint32_t)to);
    return true;
}

/* True for the kinds of organisation every country has one of, named
 * alike ("Innenministerium", "die Grünen", "Nationalrat",
 * "Verfassungsgericht"); companies, media and armed forces that share a
 * name ("RAF") are different things, told apart where they are named. */
static bool national_body(const char *role) {
    return role && (!strcmp(role, "party") || !strcmp(role, "gov") ||
                    !strcmp(role, "legislature") || !strcmp(role, "court"));
}

/* Organisations that share a name with one of another country, linked
 * before the text named its country, move to the one of the country the
 * text names more often: "die Grünen" in the first sentence of an
 * Austrian report went to the German party (the home country by default),
 * the same word below to the Austrian one.  Only where no sentence of the
 * organisation's mentions names its own country ("die Grünen in
 * Deutschland" stays).  Emptied entities are dropped by drop_unmentioned.
 * Returns false when memory runs out. */
static bool namesakes_by_country(nf_doc *doc) {
    size_t count = doc->nentities;
    for (size_t e = 0; e < count; e++) {
        const nf_entity *x = &doc->entities[e];
        if (x->type != NF_ENT_ORG || !x->canonical || !x->country[0] || !national_body(x->role))
            continue;
        const nf_gz_entry *g = namesake_of(doc, (uint32_t)e, NULL);
        if (g && country_unsaid(doc, (uint32_t)e) && !move_to_entry(doc, (uint32_t)e, g))
            return false;
    }
    return true;
}

/* The most countries country_tally tells apart. */
#define TALLY_COUNTRIES 16

/* A country (the entity's iso string) and how many mentions name it. */
typedef struct country_count {
    const char *iso;
    size_t n;
} country_count;

/* Counts in tally the mentions of each country of the document's entities
 * (TALLY_COUNTRIES at most, in the order first named), leaving out those of
 * entity `skip` (UINT32_MAX for none), of foreign news outlets (Reuters's
 * Britain is where the agency works, not what the text is about; a German
 * or Austrian outlet's country is the home a local report is from: "(APA)"
 * after news of an Austrian village) and, with `abroad`, the
 * German-speaking countries; returns how many countries, with *best the
 * one named most often (the first to get ahead of the others). */
static size_t country_tally(const nf_doc *doc, uint32_t skip, bool abroad, country_count *tally,
                            size_t *best) {
    size_t nt = 0;
    *best = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const char *c = doc->entities[doc->mentions[i].entity].country;
        if (doc->mentions[i].entity == skip || !c[0] || (abroad && german_speaking(c)) ||
            (!german_speaking(c) && nf_news_outlet(doc, &doc->entities[doc->mentions[i].entity])))
            continue;
        size_t t = 0;
        while (t < nt && strcmp(tally[t].iso, c) != 0) t++;
        if (t == nt) {
            if (nt == TALLY_COUNTRIES) continue;
            tally[nt].iso = c, tally[nt].n = 0, nt++;
        }
        if (++tally[t].n > tally[*best].n) *best = t;
    }
    return nt;
}

/* The country of the place the document's dateline names ("Brüssel –
 * ..."), its own or one run into its first sentences; NULL when it has
 * none.  The string belongs to the entity. */
static const char *dateline_country(const nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t s = doc->tok_sent[m->ta];
        if (s > 2) break;
        const nf_entity *x = &doc->entities[m->entity];
        if (m->kind == NF_MK_NAME && nf_place_type(x->type) && x->country[0] &&
            in_dateline(doc, m->tb, doc->sentences[s].ta))
            return x->country;
    }
    return NULL;
}

/* True when the document names one country, by the mentions of entities
 * other than e, at least four times and over twice as often as e's own,
 * (more often than e's own where the dateline names a place of it), and no
 * sentence of e's mentions names e's own or another German-speaking one:
 * its iso in lead.  The country e stands for is then more likely the one
 * the text is about. */
static bool lead_country_of(const nf_doc *doc, uint32_t e, char lead[4]) {
    country_count tally[TALLY_COUNTRIES];
    size_t best;
    size_t nt = country_tally(doc, e, false, tally, &best);
    bool tie = false;
    for (size_t t = 0; t < nt && !tie; t++) tie = t != best && tally[t].n == tally[best].n;
    const char *own = doc->entities[e].country;
    if (!nt || tie || tally[best].n < 4 || !strcmp(tally[best].iso, own)) return false;
    /* (more often than e's own will do where the dateline is a place of
     * that country: "Brüssel – ..." with German arrests told as well) */
    const char *dated = dateline_country(doc);
    size_t own_n = country_mentions(doc, own, e, e, NULL);
    if (tally[best].n <= (dated && !strcmp(dated, tally[best].iso) ? own_n : 2 * own_n) ||
        !country_unsaid(doc, e))
        return false;
    /* a sentence of e's that names another German-speaking country speaks
     * for that one's namesake ("das Innenministerium rechnet mit 200 aus
     * Österreich") */
    for (size_t i = 0; i < doc->nmentions; i++) {
        if (doc->mentions[i].entity != e) continue;
        size_t si = doc->tok_sent[doc->mentions[i].ta];
        for (size_t j = 0; j < doc->nmentions; j++) {
            const nf_entity *x = &doc->entities[doc->mentions[j].entity];
            /* (a party's or a state body's country may be a guess too) */
            if (doc->tok_sent[doc->mentions[j].ta] == si && german_speaking(x->country) &&
                strcmp(x->country, tally[best].iso) != 0 && doc->mentions[j].entity != e &&
                !(x->type == NF_ENT_ORG && x->canonical && national_body(x->role)))
                return false;
        }
    }
    memcpy(lead, tally[best].iso, 3);
    lead[3] = '\0';
    return true;
}

/* The one person of the document whose name of two words or more ends
 * with `name`, the one word of person `from`; -1 when there is none or
 * another person has such a name too. */
static int32_t person_ending_in(const nf_doc *doc, uint32_t from, const char *name) {
    int32_t found = -1;
    size_t n = strlen(name);
    for (size_t t = 0; t < doc->nentities; t++) {
        const nf_entity *e = &doc->entities[t];
        if (t == from || e->type != NF_ENT_PERSON || !e->name || e->name_words < 2 ||
            !nf_last_word_is(e->name, name, n))
            continue;
        if (found >= 0) return -1;
        found = (int32_t)t;
    }
    return found;
}

/* True for the countries whose people the news name by the given name:
 * Thailand and Indonesia ("Thaksin", "Megawati"), Iceland (patronymics). */
static bool given_name_of_reference(const char *iso3) {
    static const char *const by_given[] = {"THA", "IDN", "ISL"};
    for (size_t i = 0; i < sizeof by_given / sizeof by_given[0]; i++)
        if (strcmp(iso3, by_given[i]) == 0) return true;
    return false;
}

/* The one person of the document whose name of two words or more begins
 * with the given name `name`, the one word of person `from` ("Roger"
 * after "Roger Federer"); -1 when there is none or another person has
 * such a name too. */
static int32_t person_beginning_with(const nf_doc *doc, uint32_t from, const char *name) {
    int32_t found = -1;
    size_t n = strlen(name);
    for (size_t t = 0; t < doc->nentities; t++) {
        const nf_entity *e = &doc->entities[t];
        if (t == from || e->type != NF_ENT_PERSON || !e->name || e->name_words < 2) continue;
        if (nf_last_word_is(e->name, name, n)) return -1; /* "Baher Mohammed": a surname too */
        if (strncmp(e->name, name, n) != 0 || e->name[n] != ' ') continue;
        if (found >= 0) return -1;
        found = (int32_t)t;
    }
    /* the news name public figures by the surname (the given name alone is
     * someone else's: "die heilige Angela"), except where the given name is
     * the name of reference ("Thaksin") */
    if (found >= 0 && doc->entities[found].canonical &&
        !given_name_of_reference(doc->entities[found].country))
        return -1;
    return found;
}

/* The most acronyms acronyms_again looks for in one text. */
#define ACRONYMS_AGAIN_MAX 32

/* A quick first test of acronym_word, inline in loops over all tokens: a
 * capitalised word of two bytes or more whose second is no lower-case
 * letter. */
static inline bool maybe_acronym(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    return (doc->tokens[k].flags & NF_TF_CAP) && doc->tok_len[k] >= 2 &&
           !(w[1] >= 'a' && w[1] <= 'z');
}

/* The letters of the word at token k when it may be an organisation's
 * acronym: two to six capital letters (umlauts too), no Roman numeral
 * ("XXXI") and no function word ("DIE", "UND"); else 0. */
static size_t acronym_word(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if ((t->kind != NF_TOK_WORD && t->kind != NF_TOK_ABBREV) || !(t->flags & NF_TF_CAP)) return 0;
    const unsigned char *w = (const unsigned char *)nf_tok(doc, k);
    size_t n = doc->tok_len[k], letters = 0;
    /* (most capitalised words go on in lower case: one test tells) */
    if (n < 2 || n > 12 || (w[1] >= 'a' && w[1] <= 'z')) return 0;
    bool roman = true;
    for (size_t i = 0; i < n; letters++) {
        if (w[i] >= 'A' && w[i] <= 'Z') {
            roman = roman && (w[i] == 'I' || w[i] == 'V' || w[i] == 'X' || w[i] == 'L' ||
                              w[i] == 'C' || w[i] == 'D' || w[i] == 'M');
            i++;
        } else if (i + 1 < n && w[i] == 0xC3 &&
                   (w[i + 1] == 0x84 || w[i + 1] == 0x96 || w[i + 1] == 0x9C)) { /* Ä Ö Ü */
            roman = false;
            i += 2;
        } else {
            return 0;
        }
    }
    bool ok = letters >= 2 && letters <= 6 && !roman && !nf_function_word(doc, nf_tok(doc, k), n);
    return ok ? letters : 0;
}

/* True when token k is an acronym of three to six capital letters right
 * after a definite article that nothing names ("Auch der ÖAMTC biete ...",
 * "die PDS"), no thing's (thing-acronyms.txt: "das BIP", "die ISS"), and
 * no first word of a longer name or a heading in capitals ("der GNU
 * General Public License", "der KLEINE GATTER"). */
static bool acronym_after_article(const nf_doc *doc, size_t k) {
    /* (the article in lower case: "DIE FRAU:" opens a line of a play) */
    return acronym_word(doc, k) >= 3 && definite_article(doc, k - 1) &&
           nf_tok_lower_after_first(doc, k - 1) && !doc->claimed[k] && !nf_mention_over(doc, k) &&
           !nf_tok_get(doc, k, &doc->engine->gz.thing_acronyms) &&
           !(k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_WORD &&
             (doc->tokens[k + 1].flags & NF_TF_CAP));
}

/* Such an acronym is an organisation's, as most are (the tagger misses
 * some).  One entity for one acronym, an organisation named by it before
 * if there is one; acronyms_again finds it again without the article.
 * Returns false when memory runs out. */
static bool acronyms_after_articles(nf_doc *doc) {
    size_t n = 0;
    for (size_t k = 1; k < doc->ntokens; k++)
        n += maybe_acronym(doc, k) && acronym_after_article(doc, k);
    if (!n) return true;
    /* The organisations named by each acronym so far, by its text's hash:
     * a token of the acronym (+ 1, 0 = empty) and the entity. */
    size_t cap = 16;
    while (cap < 2 * (n + doc->nmentions)) cap *= 2;
    uint32_t *tok = nf_arena_calloc(&doc->arena, cap, sizeof *tok);
    int32_t *ent = nf_arena_alloc(&doc->arena, cap * sizeof *ent);
    if (!tok || !ent) return false;
    for (size_t i = 0; i < doc->nmentions; i++) { /* the organisations named so already */
        size_t k = doc->mentions[i].ta;
        const nf_entity *e = &doc->entities[doc->mentions[i].entity];
        if (doc->mentions[i].kind != NF_MK_NAME || doc->mentions[i].tb != k + 1 ||
            e->type != NF_ENT_ORG || !e->name || strcmp(e->name, nf_tok(doc, k)) != 0)
            continue;
        size_t h = doc->tok_hash[k] & (cap - 1);
        while (tok[h] && !nf_tok_same(doc, tok[h] - 1, k)) h = (h + 1) & (cap - 1);
        if (!tok[h]) tok[h] = (uint32_t)k + 1, ent[h] = (int32_t)doc->mentions[i].entity;
    }
    for (size_t k = 1; k < doc->ntokens; k++) {
        if (!maybe_acronym(doc, k) || !acronym_after_article(doc, k)) continue;
        size_t h = doc->tok_hash[k] & (cap - 1);
        while (tok[h] && !nf_tok_same(doc, tok[h] - 1, k)) h = (h + 1) & (cap - 1);
        if (!tok[h]) {
            tok[h] = (uint32_t)k + 1;
            ent[h] = unlinked_entity(doc, NF_ENT_ORG);
        }
        if (ent[h] < 0 || !nf_mention_add(doc, k, k + 1, ent[h], NF_MK_NAME)) return false;
    }
    return true;
}

/* An organisation the text names by an acronym ("der IADB") is that
 * organisation wherever the acronym stands again as a word of its own and
 * nothing claimed it: the tagger, reading sentence by sentence, misses it
 * now and then ("Die IADB schätzt ..." opening a sentence); the gazetteer
 * finds its own everywhere.  An acronym two entities have is left alone.  It runs before
 * nf_acronym_definitions, which then joins an acronym in brackets to the name before it.  Returns
 * false when memory runs out. */
static bool acronyms_again(nf_doc *doc) {
    size_t tok[ACRONYMS_AGAIN_MAX];
    int32_t ent[ACRONYMS_AGAIN_MAX];
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1 ||
            doc->entities[m->entity].type != NF_ENT_ORG || doc->entities[m->entity].canonical ||
            acronym_word(doc, m->ta) == 0)
            continue;
        size_t j = 0;
        while (j < n && !nf_tok_same(doc, tok[j], m->ta)) j++;
        if (j < n) {
            if (ent[j] != (int32_t)m->entity) ent[j] = -1; /* two of that acronym */
        } else if (n < ACRONYMS_AGAIN_MAX) {
            tok[n] = m->ta, ent[n++] = (int32_t)m->entity;
        }
    }
    for (size_t k = 0; k < doc->ntokens && n; k++) {
        if (!(doc->tokens[k].flags & NF_TF_CAP) || doc->claimed[k]) continue;
        for (size_t j = 0; j < n; j++)
            if (ent[j] >= 0 && nf_tok_same(doc, k, tok[j])) {
                if (!nf_mention_over(doc, k) && !nf_mention_add(doc, k, k + 1, ent[j], NF_MK_NAME))
                    return false;
                break;
            }
    }
    return true;
}

/* The most name mentions of one text one_entity_per_name looks at. */
#define SAME_NAME_MAX 64

/* True when person `ent` is only a linked place's name taken for a
 * person's once ("Lustenau müsse sich entscheiden" among eight mentions
 * of the town): one word that no list has as a surname or given name
 * ("Hamilton", "Newton" name towns and persons), and every mention of the
 * person that name (no pronoun or role taken up). */
static bool person_named_as_place(const nf_doc *doc, uint32_t ent, const nf_mention *m) {
    const nf_gazetteer *gz = &doc->engine->gz;
    if (m->tb != m->ta + 1 || nf_tok_get(doc, m->ta, &gz->surnames) ||
        nf_tok_get(doc, m->ta, &gz->given))
        return false;
    for (size_t q = 0; q < doc->nmentions; q++) {
        const nf_mention *o = &doc->mentions[q];
        if (o->entity == ent && (o->kind != NF_MK_NAME || !same_words(doc, m, o))) return false;
    }
    return true;
}

/* Of mentions `group` (n of them) of one name linked to cities of
 * several countries, the entity of the one a region of its country is set
 * off after ("Newport" in a headline, "Newport (US-Bundesstaat Rhode
 * Island)" below: the American town all along); UINT32_MAX when none or
 * several are, or another kind of entity is linked. */
static uint32_t city_set_off(const nf_doc *doc, const size_t *group, size_t n) {
    uint32_t found = UINT32_MAX;
    for (size_t g = 0; g < n; g++) {
        const nf_mention *o = &doc->mentions[group[g]];
        const nf_entity *e = &doc->entities[o->entity];
        if (!e->canonical) continue;
        if (e->type != NF_ENT_GPE || !e->country[0] || e->actor) return UINT32_MAX;
        size_t sb = doc->sentences[doc->tok_sent[o->ta]].tb;
        if (o->entity == found || !region_set_off(doc, e->country, o->tb, sb)) continue;
        if (found != UINT32_MAX) return UINT32_MAX;
        found = o->entity;
    }
    return found;
}

/* A place no gazetteer linked, named by one word that opens the name of
 * one linked place of the text ("Rio" beside "Rio de Janeiro", "Santiago"
 * beside "Santiago de Chile"), is that place: its mentions move there. */
static void places_by_first_word(nf_doc *doc) {
    for (size_t f = 0; f < doc->nentities; f++) {
        const nf_entity *fe = &doc->entities[f];
        if (!nf_place_type(fe->type) || fe->canonical || !fe->name || fe->name_words != 1) continue;
        size_t n = strlen(fe->name);
        int32_t target = -1;
        for (size_t i = 0; i < doc->nentities; i++) {
            const nf_entity *e = &doc->entities[i];
            if (i == f || !nf_place_type(e->type) || !e->canonical || !e->name ||
                strncmp(e->name, fe->name, n) != 0 || e->name[n] != ' ')
                continue;
            if (target >= 0 && target != (int32_t)i) {
                target = -2; /* two such places: "San" is neither */
                break;
            }
            target = (int32_t)i;
        }
        if (target >= 0) move_mentions(doc, (uint32_t)f, (uint32_t)target, NULL, true);
    }
}

/* True when the words a (na bytes) and b (nb bytes) are one word, or one
 * and its genitive in "s" or "es" ("Übergangsrat", "Übergangsrates"). */
static bool genitive_alike(const char *a, size_t na, const char *b, size_t nb) {
    size_t lo = na < nb ? na : nb, hi = na < nb ? nb : na;
    const char *l = na < nb ? b : a; /* the longer */
    return memcmp(a, b, lo) == 0 && hi - lo <= 2 && (hi == lo || l[hi - 1] == 's') &&
           (hi - lo != 2 || l[hi - 2] == 'e');
}

/* True when names a and b (two words or more, as many each) differ only
 * in the endings of their inflected words: the adjectives before the last
 * word ("Nationale"/"Nationalen") and a genitive "s" or "es" of the last
 * ("Übergangsrat"/"Übergangsrates"): one organisation's or place's name
 * in two cases ("der Nationale Übergangsrat", "des Nationalen
 * Übergangsrates"). */
static bool inflected_alike(const char *a, const char *b) {
    size_t words = 0;
    for (;;) {
        size_t na = strcspn(a, " "), nb = strcspn(b, " ");
        bool last = !a[na] || !b[nb];
        if (a[na] != b[nb]) return false; /* as many words */
        if (!last) {
            size_t sa = adjective_stem(a, na), sb = adjective_stem(b, nb);
            if (!sa) sa = na;
            if (!sb) sb = nb;
            /* (or a noun's genitive before a place: "des Amtsgerichts
             * Berlin-Charlottenburg", "vor dem Amtsgericht ...") */
            if ((sa != sb || memcmp(a, b, sa) != 0) && !genitive_alike(a, na, b, nb)) return false;
        } else {
            return genitive_alike(a, na, b, nb) && words >= 1;
        }
        a += na + 1, b += nb + 1, words++;
    }
}

/* True when names a and b differ in their accents only, as a text that
 * misspells one writes them ("Jérôme Boateng", "Jêrome Boateng"). */
static bool accents_alike(const char *a, const char *b) {
    char fa[128], fb[128];
    size_t la = strlen(a), lb = strlen(b);
    if (la >= sizeof fa || lb >= sizeof fb) return false;
    size_t na = nf_fold_accents(a, la, fa, sizeof fa);
    size_t nb = nf_fold_accents(b, lb, fb, sizeof fb);
    if (!na && !nb) return false; /* neither has an accent: strcmp said it */
    const char *x = na ? fa : a, *y = nb ? fb : b;
    if (!na) na = la;
    if (!nb) nb = lb;
    return na == nb && memcmp(x, y, na) == 0;
}

/* Joins the entities no gazetteer links that the text names alike: of
 * one type, the same fullest name and no two countries ("das University
 * College London" again, found once by its head and city, once by its
 * English words; "Docs.com" twice), or for organisations and places that
 * name in another case (inflected_alike: "Nationale Übergangsrat",
 * "Nationalen Übergangsrates"; the shorter name, the nominative's, is
 * the entity's), or with other accents ("Jérôme Boateng", "Jêrome
 * Boateng": a misspelling; the first name stays).  The later one's
 * mentions go to the earlier one; drop_unmentioned drops the emptied
 * entity.  Persons named alike only by a surname ("Harriet Tubman", "John
 * Tubman") keep apart: their fullest names differ. */
static void unlinked_namesakes(nf_doc *doc) {
    for (size_t j = 1; j < doc->nentities; j++) {
        const nf_entity *b = &doc->entities[j];
        if (b->canonical || !b->name) continue;
        for (size_t i = 0; i < j; i++) {
            const nf_entity *a = &doc->entities[i];
            if (a->type != b->type || a->canonical || !a->name || a->name[0] != b->name[0] ||
                (a->country[0] && b->country[0] && strcmp(a->country, b->country) != 0))
                continue;
            bool inflected = false;
            if (strcmp(a->name, b->name) != 0 && !accents_alike(a->name, b->name) &&
                (a->type == NF_ENT_PERSON || !(inflected = inflected_alike(a->name, b->name))))
                continue;
            /* (the shorter of two cases is the nominative, the name to
             * show: "Amtsgericht X", not "Amtsgerichts X") */
            if (inflected && strlen(b->name) < strlen(a->name)) doc->entities[i].name = b->name;
            join_person(doc, (uint32_t)j, (uint32_t)i);
            break;
        }
    }
}

/* One name, one entity: a name written alike twice in a document names
 * one thing, but the tagger, reading sentence by sentence, may type it one
 * way here and another there ("Mitterlehner" a place once, "Putin" found
 * alone before his full name).  Where the gazetteer linked one entity of a
 * text, its other name mentions whose entity no gazetteer linked go to it:
 * those of the same type, or any to a linked person (a surname the tagger
 * took for a place); a person's to a linked place only where no list
 * knows the word as a person's name (person_named_as_place): else it is
 * as often a small town named like a person ("Hamilton", "Newton").  An entity
 * whose name mentions all go follows with its other mentions
 * (move_mentions).  So does a person named by a surname alone before the
 * full name ("Mikl-Leitner:" in a headline, "Johanna Mikl-Leitner" below;
 * "Andujar" before "Pablo Andujar") where one person of that surname is
 * named in full, linked or not, and a given name alone where one person of
 * the text has it ("Roger" beside "Roger Federer").  Emptied
 * entities are dropped by drop_unmentioned.  Returns false when memory
 * runs out. */
static bool one_entity_per_name(nf_doc *doc) {
    /* a hash of each name mention's words, compared before the words */
    uint32_t *key = nf_arena_alloc(&doc->arena, (doc->nmentions + 1) * sizeof *key);
    if (!key) return false;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        uint32_t h = NF_LEXICON_HASH_INIT;
        for (uint32_t k = m->ta; k < m->tb; k++) h = (h ^ doc->tok_hash[k]) * 16777619u;
        key[i] = m->kind == NF_MK_NAME ? h | 1u : 0; /* 0: no name */
    }
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (!key[i] || !doc->entities[m->entity].canonical) continue;
        uint32_t target = m->entity;
        size_t group[SAME_NAME_MAX], n = 0;
        bool first = true, mixed = false, two_linked = false;
        for (size_t j = 0; j < doc->nmentions && n < SAME_NAME_MAX; j++) {
            const nf_mention *o = &doc->mentions[j];
            if (key[j] != key[i] || !same_words(doc, m, o)) continue;
            const nf_entity *oe = &doc->entities[o->entity];
            if (j < i && oe->canonical) first = false; /* done at the first linked one */
            two_linked |= oe->canonical && o->entity != target;
            mixed |= o->entity != target;
            group[n++] = j;
        }
        if (two_linked && first) target = city_set_off(doc, group, n);
        if (!first || !mixed || target == UINT32_MAX) continue;
        uint8_t type = doc->entities[target].type;
        for (size_t g = 0; g < n; g++) {
            uint32_t from = doc->mentions[group[g]].entity;
            const nf_entity *fe = &doc->entities[from];
            if (from == target) continue;
            bool to_place = fe->type == NF_ENT_PERSON && nf_place_type(type);
            if (fe->type != type && type != NF_ENT_PERSON && !to_place) continue;
            if (to_place && !person_named_as_place(doc, from, m)) continue;
            /* all of the entity, when this text is every name it has */
            bool whole = true;
            for (size_t q = 0; q < doc->nmentions && whole; q++) {
                const nf_mention *o = &doc->mentions[q];
                whole = o->entity != from || o->kind != NF_MK_NAME || same_words(doc, m, o);
            }
            move_mentions(doc, from, target, m, whole);
        }
    }
    for (size_t f = 0; f < doc->nentities; f++) {
        const nf_entity *fe = &doc->entities[f];
        if (fe->type != NF_ENT_PERSON || fe->canonical || !fe->name || fe->name_words != 1)
            continue;
        int32_t target = person_ending_in(doc, (uint32_t)f, fe->name);
        size_t nl = strlen(fe->name);
        /* (a surname of the text's too is no one's: person_beginning_with);
         * a given name, or a word the lists know as no surname ("Zeid"
         * after "Zeid Raad al-Hussein") */
        const nf_gazetteer *gz = &doc->engine->gz;
        if (target < 0 && (nf_lexicon_find(&gz->given, fe->name, nl) ||
                           !nf_lexicon_find(&gz->surnames, fe->name, nl)))
            target = person_beginning_with(doc, (uint32_t)f, fe->name);
        if (target >= 0) move_mentions(doc, (uint32_t)f, (uint32_t)target, NULL, true);
    }
    places_by_first_word(doc);
    nf_surname_places(doc);
    nf_class_noun_kinds(doc);
    return true;
}

/* True when token k stands for a person's name: a person's mention holds
 * it, or (with `loose`) it is a capitalised word the tagger's lexicon
 * knows as no noun or common word ("Stronach sagte", not "ein Baby"). */
static bool person_name_word(const nf_doc *doc, size_t k, bool loose) {
    size_t i = nf_mention_first_at(doc, k);
    if (i < doc->nmentions && doc->mentions[i].ta == k)
        return doc->entities[doc->mentions[i].entity].type == NF_ENT_PERSON;
    if (i > 0 && doc->mentions[i - 1].tb > k)
        return doc->entities[doc->mentions[i - 1].entity].type == NF_ENT_PERSON;
    const nf_ner_model *ner = doc->engine->ner;
    return loose && (doc->tokens[k].flags & NF_TF_CAP) &&
           !nf_ner_common_word(ner, nf_tokl(doc, k)) &&
           !nf_ner_noun_like(ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ);
}

/* True when the document has the word of n bytes at w as a token of its
 * own, as written, that stands for a person's name (person_name_word). */
static bool name_word_in_text(const nf_doc *doc, const char *w, size_t n, bool loose) {
    uint32_t h = nf_lexicon_hash(w, n);
    for (size_t k = 0; k < doc->ntokens; k++)
        if (doc->tok_hash[k] == h && doc->tok_len[k] == n && memcmp(nf_tok(doc, k), w, n) == 0 &&
            person_name_word(doc, k, loose))
            return true;
    return false;
}

/* True when a name mention of entity e ends in the word of n bytes at w
 * (not a description the entity's name was taken from). */
static bool named_as(const nf_doc *doc, uint32_t e, const char *w, size_t n) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t k = m->tb - 1;
        if (m->entity == e && m->kind == NF_MK_NAME && doc->tok_len[k] == n &&
            memcmp(nf_tok(doc, k), w, n) == 0)
            return true;
    }
    return false;
}

/* A person named first in the genitive ("Privatklage Jürg Christandls",
 * "eine Auslieferung Heinz-Christian Straches") goes by the name without
 * its "-s" where the text or the gazetteer says that is the name: the
 * stem stands as a word of its own ("Christandl bestätigt") or is the
 * last word of the linked name.  Joined to the person of that name where
 * the text has one, else renamed, so the surname alone is found again
 * (nf_surnames_again).  Not for a last word that is a given name
 * ("Andreas", "Klaus"), whose "s" is no ending. */
static bool nominative_person_names(nf_doc *doc) {
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t f = 0; f < doc->nentities; f++) {
        nf_entity *fe = &doc->entities[f];
        if (fe->type != NF_ENT_PERSON || !fe->name) continue;
        size_t len = strlen(fe->name);
        const char *sp = strrchr(fe->name, ' ');
        const char *lw = sp ? sp + 1 : fe->name;
        size_t lwl = len - (size_t)(lw - fe->name);
        if (lwl < 4 || lw[lwl - 1] != 's' || nf_lexicon_find(&gz->given, lw, lwl) ||
            !named_as(doc, (uint32_t)f, lw, lwl))
            continue;
        size_t sl = nf_genitive_stem(lw, lwl);
        bool said = fe->canonical ? nf_last_word_is(fe->canonical, lw, sl) ||
                                        (strlen(fe->canonical) == sl && !sp &&
                                         memcmp(fe->canonical, lw, sl) == 0)
                                  : false;
        /* the stem alone may be a word the tagger passed over after a
         * given name and a surname ("Frank Stronachs ... Stronach sagte"),
         * else only a person's mention ("Jobs" is no Job's) */
        const nf_lex_entry *first =
            sp ? nf_lexicon_find(&gz->given, fe->name, strcspn(fe->name, " ")) : NULL;
        if (!said && !name_word_in_text(doc, lw, sl, first != NULL)) continue;
        size_t nl = len - (lwl - sl);
        int32_t target = -1;
        for (size_t t = 0; t < doc->nentities && target < 0; t++) {
            const nf_entity *te = &doc->entities[t];
            if (t != f && te->type == NF_ENT_PERSON && te->name && strlen(te->name) == nl &&
                memcmp(te->name, fe->name, nl) == 0)
                target = (int32_t)t;
        }
        if (target >= 0 && !(fe->canonical && !doc->entities[target].canonical)) {
            join_person(doc, (uint32_t)f, (uint32_t)target);
            continue;
        }
        if (target >= 0) join_person(doc, (uint32_t)target, (uint32_t)f); /* the linked one stays */
        const char *name = nf_arena_strndup(&doc->arena, fe->name, nl);
        if (!name) return false;
        fe->name = name;
    }
    return true;
}

/* True when the last word of mention a is the word at token k. */
static bool ends_with_word(const nf_doc *doc, const nf_mention *a, size_t k) {
    size_t x = a->tb - 1;
    return doc->tok_hash[x] == doc->tok_hash[k] && doc->tok_len[x] == doc->tok_len[k] &&
           memcmp(nf_tok(doc, x), nf_tok(doc, k), doc->tok_len[k]) == 0;
}

/* True when an entity other than e and `other` with e's actor code is
 * mentioned: the text speaks of e's kind ("SPD/Grünen ... Union/FDP": the
 * German parties). */
static bool kin_mentioned(const nf_doc *doc, uint32_t e, uint32_t other) {
    const char *actor = doc->entities[e].actor;
    for (size_t i = 0; i < doc->nmentions; i++) {
        uint32_t x = doc->mentions[i].entity;
        if (x != e && x != other && doc->entities[x].actor &&
            strcmp(doc->entities[x].actor, actor) == 0)
            return true;
    }
    return false;
}

/* A company named with its legal form and without it is one: the
 * unlinked entity of no person named "PNE Wind" joins the organisation
 * "PNE Wind AG", whichever the text names first ("Müller" the person and
 * "Müller GmbH" stay apart). */
static void names_without_legal_forms(nf_doc *doc) {
    for (size_t a = 0; a < doc->nentities; a++) {
        const nf_entity *ea = &doc->entities[a];
        if (!ea->name || ea->canonical || ea->type == NF_ENT_PERSON) continue;
        size_t n = strlen(ea->name);
        for (size_t b = 0; b < doc->nentities; b++) {
            const nf_entity *eb = &doc->entities[b];
            size_t len = eb->name && eb->type == NF_ENT_ORG && b != a ? strlen(eb->name) : 0;
            if (len > n + 1 && eb->name[n] == ' ' && memcmp(eb->name, ea->name, n) == 0 &&
                legal_form_word(doc, eb->name + n + 1, len - n - 1)) {
                move_mentions(doc, (uint32_t)a, (uint32_t)b, NULL, true);
                break;
            }
        }
    }
}

/* A person known by one word alone that is the first word of the name
 * of an organisation the text named before ("Rockstar Games ... dass
 * Rockstar sich viel vorgenommen habe") is that organisation by a short
 * name: its mentions go there.  Not a word the lists have as a given name
 * or surname ("Ford" after "Ford Motor Company" may be Harrison Ford). */
static void first_words_of_orgs(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *p = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1 || p->type != NF_ENT_PERSON ||
            p->canonical || p->name_words != 1 || nf_tok_get(doc, m->ta, &doc->engine->gz.given) ||
            nf_family_name_first(doc, nf_tok(doc, m->ta), doc->tok_len[m->ta]) >= 0)
            continue;
        int32_t org = -1;
        for (size_t j = i; j-- > 0 && org < 0;) {
            const nf_mention *o = &doc->mentions[j];
            if (o->kind == NF_MK_NAME && o->tb >= o->ta + 2 &&
                doc->entities[o->entity].type == NF_ENT_ORG && nf_tok_same(doc, o->ta, m->ta))
                org = (int32_t)o->entity;
        }
        if (org >= 0) nf_entity_give_mentions(doc, m->entity, (uint32_t)org);
    }
}

/* A ruler's name by its regnal number and a person's name in parentheses
 * right after it are one person ("König Rama IX. (Bhumibol Adulyadej)",
 * "Papst Benedikt XVI. (Joseph Ratzinger)"): the mentions of the one the
 * lists do not know go to the other. */
static void regnal_aliases(nf_doc *doc) {
    for (size_t i = 0; i + 1 < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i], *o = &doc->mentions[i + 1];
        size_t last = m->tb - 1;
        if (nf_tok_is(doc, last, ".") && last > m->ta) last--;
        if (m->kind != NF_MK_NAME || o->kind != NF_MK_NAME || m->entity == o->entity ||
            doc->entities[m->entity].type != NF_ENT_PERSON ||
            doc->entities[o->entity].type != NF_ENT_PERSON || !nf_regnal_number(doc, last))
            continue;
        size_t p = m->tb; /* (past the ordinal's period the name leaves out) */
        if (last == m->tb - 1 && p < doc->ntokens && nf_tok_is(doc, p, ".")) p++;
        if (o->ta != p + 1 || !nf_tok_is(doc, p, "(") || !nf_tok_is(doc, o->tb, ")")) continue;
        uint32_t from = m->entity, to = o->entity;
        if (doc->entities[from].canonical && !doc->entities[to].canonical)
            from = o->entity, to = m->entity;
        else if (doc->entities[from].canonical)
            continue; /* two persons the lists know apart */
        nf_entity_give_mentions(doc, from, to);
    }
}

/* A noun (no acronym) that the gazetteer knows as another's short name
 * stands for the linked organisation of the text whose name it ends ("die
 * Union" after "die Afrikanische Union" or "die Europäische Union", not
 * CDU/CSU), unless the text speaks of the gazetteer's entity's kind too
 * (another entity with its actor code: "SPD/Grünen ... Union/FDP"). */
static void aliases_of_longer_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1 || e->type != NF_ENT_ORG || !e->canonical ||
            !e->actor || doc->tok_len[m->ta] < 3 ||
            !(nf_tok(doc, m->ta)[1] >= 'a' && nf_tok(doc, m->ta)[1] <= 'z') ||
            !nf_noun_after_name(doc, m->ta))
            continue;
        int32_t longer = -1;
        for (size_t j = i; j-- > 0;) {
            const nf_mention *o = &doc->mentions[j];
            if (o->kind == NF_MK_NAME && o->tb >= o->ta + 2 && o->entity != m->entity &&
                doc->entities[o->entity].type == NF_ENT_ORG && doc->entities[o->entity].canonical &&
                ends_with_word(doc, o, m->ta)) {
                longer = (int32_t)o->entity;
                break;
            }
        }
        if (longer >= 0 && !kin_mentioned(doc, m->entity, (uint32_t)longer))
            m->entity = (uint32_t)longer;
    }
}

/* True when token k names towns alone in the gazetteer, no capital among
 * them, and no country in English ("Mexico"), no state ("Virginia"): a
 * word a town of several words may be named by. */
static bool town_word_only(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_tok_get(doc, k, &gz->names);
    if (!e || nf_tok_get(doc, k, &gz->foreign_country_names)) return false;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    for (size_t i = 0; i < n; i++)
        if (gz->entries[ids[i]].source != NF_GZ_CITY || gz->entries[ids[i]].capital) return false;
    return n > 0;
}

/* True when name mention o (of several words) names a town the gazetteer
 * knows by those words, and its entity is that town ("New Orleans"; not
 * "Region Odessa", "Land Salzburg"). */
static bool town_of_words(const nf_doc *doc, const nf_mention *o) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *canonical = doc->entities[o->entity].canonical;
    size_t tb;
    const nf_lex_entry *e =
        canonical ? nf_tok_phrase(doc, o->ta, o->tb, o->tb - o->ta, &gz->names, false, &tb) : NULL;
    if (!e || tb != o->tb) return false;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    for (size_t i = 0; i < n; i++)
        if (gz->entries[ids[i]].source == NF_GZ_CITY &&
            strcmp(gz->entries[ids[i]].canonical, canonical) == 0)
            return true;
    return false;
}

/* A town's name of one word after a town named by several words that end
 * in it is that town's short name, not the town elsewhere the gazetteer
 * knows by the word ("der Bürgermeister von Orleans" after "New Orleans"
 * is no mayor of Orléans; "Angeles" after "Los Angeles"); a capital stays
 * itself ("London" after "East London"), as does a town after its
 * region's name ("Odessa" after "Region Odessa"). */
static void towns_of_longer_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1 ||
            doc->entities[m->entity].type != NF_ENT_GPE || !town_word_only(doc, m->ta))
            continue;
        for (size_t j = i; j-- > 0;) {
            const nf_mention *o = &doc->mentions[j];
            const nf_entity *eo = &doc->entities[o->entity];
            if (o->kind == NF_MK_NAME && o->tb >= o->ta + 2 && o->entity != m->entity &&
                eo->type == NF_ENT_GPE && ends_with_word(doc, o, m->ta) && town_of_words(doc, o)) {
                m->entity = o->entity;
                break;
            }
        }
    }
}

/* See entities.h. */
bool nf_name_after_class_noun(const nf_doc *doc, const nf_mention *m) {
    uint8_t type = doc->entities[m->entity].type;
    if (m->kind != NF_MK_NAME || m->ta == 0) return false;
    size_t k = nf_noun_before_name(doc, m->ta, m->tb, doc->sentences[doc->tok_sent[m->ta]].ta);
    return k < m->ta && nf_class_noun(doc, k) == (nf_place_type(type) ? NF_ENT_GPE : type);
}

/* How sure the text is of the kind of unlinked entity e: 2 when a
 * name mention of it comes right after a classifying noun of its
 * kind ("die Stadt Kortrijk", "Schiedsrichter Undiano": nf_class_noun); 1
 * for a person named right after a verb of saying in a quote's frame
 * ("..., sagte Svindal": someone, if not a place); else 0. */
static int kind_evidence(const nf_doc *doc, uint32_t e) {
    const nf_entity *x = &doc->entities[e];
    int found = 0;
    for (size_t i = 0; i < doc->nmentions && found < 2; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->entity != e || m->kind != NF_MK_NAME || m->ta == 0) continue;
        if (nf_name_after_class_noun(doc, m))
            found = 2;
        else if (x->type == NF_ENT_PERSON && nf_saying_verb(doc, m->ta - 1))
            found = 1;
    }
    return found;
}

/* See entities.h. */
void nf_class_noun_kinds(nf_doc *doc) {
    for (size_t a = 0; a < doc->nentities; a++) {
        const nf_entity *ea = &doc->entities[a];
        if (ea->canonical || !ea->name) continue;
        int sure = -1; /* kind_evidence of a, once another kind of its name is found */
        for (size_t b = 0; sure != 0 && b < doc->nentities; b++) {
            const nf_entity *eb = &doc->entities[b];
            if (b == a || eb->canonical || !eb->name || eb->type == ea->type ||
                strcmp(eb->name, ea->name) != 0)
                continue;
            if (sure < 0) sure = kind_evidence(doc, (uint32_t)a);
            if (sure == 0 || (sure < 2 && !nf_place_type(eb->type)) ||
                kind_evidence(doc, (uint32_t)b) >= sure)
                continue;
            move_mentions(doc, (uint32_t)b, (uint32_t)a, NULL, true);
        }
    }
}

/* True when some name mention of entity e follows a spatial preposition
 * ("in Hamilton") or stands in a dateline ("Litvinov/Hamar -"). */
static bool placed_by_context(const nf_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t sa = doc->sentences[doc->tok_sent[m->ta]].ta;
        if (m->entity == e &&
            (nf_after_spatial_preposition(doc, m->ta, sa) || in_dateline(doc, m->tb, sa)))
            return true;
    }
    return false;
}

/* See entities.h. */
void nf_surname_places(nf_doc *doc) {
    for (size_t f = 0; f < doc->nentities; f++) {
        const nf_entity *fe = &doc->entities[f];
        if (!nf_place_type(fe->type) || !fe->name || fe->name_words != 1) continue;
        int32_t target = person_ending_in(doc, (uint32_t)f, fe->name);
        if (target < 0) continue;
        /* (a city of the gazetteer too, where neither a preposition of
         * place nor a dateline places it: "Hamilton vor Rosberg" in a
         * headline before "Lewis Hamilton"; not a country) */
        if (fe->canonical && (fe->actor || placed_by_context(doc, (uint32_t)f))) continue;
        move_mentions(doc, (uint32_t)f, (uint32_t)target, NULL, true);
    }
}

/* Drops the entities left without mentions (a tagged name that took in
 * two names keeps one entity) and renumbers the mentions' entities.
 * Returns false when memory runs out. */
static bool drop_unmentioned(nf_doc *doc) {
    if (!doc->nentities) return true;
    uint32_t *map = nf_arena_alloc(&doc->arena, doc->nentities * sizeof *map);
    if (!map) return false;
    memset(map, 0, doc->nentities * sizeof *map);
    for (size_t i = 0; i < doc->nmentions; i++) map[doc->mentions[i].entity] = 1;
    size_t n = 0;
    for (size_t i = 0; i < doc->nentities; i++) {
        if (!map[i]) continue;
        doc->entities[n] = doc->entities[i];
        map[i] = (uint32_t)n++;
    }
    for (size_t i = 0; i < doc->nmentions; i++)
        doc->mentions[i].entity = map[doc->mentions[i].entity];
    doc->nentities = n;
    return true;
}

/* The gender lang/de/entities/given-genders.tsv gives the given name of n
 * bytes at w ('m', 'f'); 0 when the list does not know it. */
static char given_gender(const nf_gazetteer *gz, const char *w, size_t n) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->given_genders, w, n);
    return e ? nf_lex_val(&gz->given_genders, e)[0] : 0;
}

/* 'f' when the given name of n bytes at w ends as women's names do and
 * men's almost never ("Arabella", "Henriette", "Walburga" does not count:
 * of the list's names in "-a", one in twenty is a man's, "Luca",
 * "Attila"); 0 else.  Of the list's names with these endings 99 % are
 * women's. */
static char feminine_ending(const char *w, size_t n) {
    static const char *const endings[] = {"ella", "etta", "ette", "ia",   "ina", "issa",
                                          "ika",  "anne", "ilde", "trud", NULL};
    if (n < 4) return 0;
    for (const char *const *e = endings; *e; e++) {
        size_t el = strlen(*e);
        if (n > el && memcmp(w + n - el, *e, el) == 0) return 'f';
    }
    return 0;
}

/* The gender of a person named `name` by its first word, a given name of
 * lang/de/entities/given-genders.tsv or, one the list does not know, one
 * with a woman's ending (feminine_ending); 0 for a name of one word or a
 * first word that tells none. */
static char gender_of_name(const nf_gazetteer *gz, const char *name) {
    const char *sp = name ? strchr(name, ' ') : NULL;
    if (!sp || sp == name) return 0;
    size_t n = (size_t)(sp - name);
    char g = given_gender(gz, name, n);
    return g ? g : feminine_ending(name, n);
}

/* Gives the persons whose gender no role noun told theirs by their given
 * name ("Angela Merkel": she), from the name as written or, failing that,
 * the canonical label, or a name of one word that is a given name and no
 * known surname ("Paolo"); not where the family name comes first ("Kim
 * Jong-un").  The pronouns then resolve to persons of their gender. */
static void genders_from_given_names(nf_doc *doc) {
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t i = 0; i < doc->nentities; i++) {
        nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || e->gender || e->plural ||
            (e->country[0] && nf_gz_surname_first(e->country)))
            continue;
        char g = gender_of_name(gz, e->name);
        if (!g) g = gender_of_name(gz, e->canonical);
        if (!g && e->name && !e->canonical && !strchr(e->name, ' ')) {
            /* a given name alone that is no surname the lists know:
             * "Paolo traf Laura" names a he and a she */
            size_t n = strlen(e->name);
            if (!nf_lexicon_find(&gz->surnames, e->name, n)) g = given_gender(gz, e->name, n);
        }
        if (g == 'm' || g == 'f') e->gender = g;
    }
}

/* The entity of the name mention that ends right before token k (side
 * -1) or starts right at it (+1); -1 when none. */
static int32_t name_entity_beside(const nf_doc *doc, size_t k, int side) {
    size_t i = nf_mention_first_at(doc, k);
    const nf_mention *m = NULL;
    if (side > 0 && i < doc->nmentions && doc->mentions[i].ta == k) m = &doc->mentions[i];
    if (side < 0 && i > 0 && doc->mentions[i - 1].tb == k) m = &doc->mentions[i - 1];
    return m && m->kind == NF_MK_NAME ? (int32_t)m->entity : -1;
}

/* True when entity e is a company (its code's sector BUS). */
static bool company_entity(const nf_doc *doc, int32_t e) {
    return e >= 0 && doc->entities[e].type == NF_ENT_ORG &&
           nf_actor_sector(doc->entities[e].actor, "BUS");
}

/* True when the one-word name mention m stands in a list with a company:
 * "Hofer oder Lidl", "Lidl, Hofer und Spar", "sowohl Rewe als auch Hofer". */
static bool listed_with_company(const nf_doc *doc, const nf_mention *m) {
    static const char *const joints[] = {"oder", "und", ",", "sowie"};
    for (size_t i = 0; i < sizeof joints / sizeof joints[0]; i++) {
        if (m->ta > 1 && nf_tok_is(doc, m->ta - 1, joints[i]) &&
            company_entity(doc, name_entity_beside(doc, m->ta - 1, -1)))
            return true;
        if (m->tb + 1 < doc->ntokens && nf_tok_is(doc, m->tb, joints[i]) &&
            company_entity(doc, name_entity_beside(doc, m->tb + 1, +1)))
            return true;
    }
    /* "sowohl Rewe als auch Hofer" */
    return m->ta > 3 && nf_tok_is(doc, m->ta - 1, "auch") && nf_tok_is(doc, m->ta - 2, "als") &&
           company_entity(doc, name_entity_beside(doc, m->ta - 2, -1));
}

/* Unlinks the persons the text names by a surname alone (no full name)
 * where that surname stands in a list with a company: a company of that
 * name ("Eher dürfte es Hofer oder Lidl gelüsten": the grocer, not the
 * politician Norbert Hofer), an organisation of the text then. */
static void surnames_among_companies(nf_doc *doc) {
    for (size_t i = 0; i < doc->nentities; i++) {
        nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->canonical) continue;
        bool one_word = true, listed = false;
        for (size_t j = 0; j < doc->nmentions && one_word; j++) {
            const nf_mention *m = &doc->mentions[j];
            if (m->entity != i || m->kind != NF_MK_NAME) continue;
            one_word = m->tb == m->ta + 1;
            listed = listed || listed_with_company(doc, m);
        }
        if (!one_word || !listed) continue;
        e->type = NF_ENT_ORG;
        e->canonical = NULL, e->actor = NULL, e->role = NULL, e->title = NULL;
        e->country[0] = '\0', e->gender = 0;
    }
}

/* Keeps the link of a person of persons.tsv (no office; found by a full
 * name alone) only where the document names the person's country through
 * some other entity: the country, a place, an organisation, an adjective
 * or a person linked otherwise.  Elsewhere the name is likely a namesake
 * ("Michael Smith" of an ice-hockey report is no Australian minister), and
 * the person stays a person of the text without label, country or code. */
static void confirm_known_persons(nf_doc *doc) {
    for (size_t i = 0; i < doc->nentities; i++) {
        nf_entity *e = &doc->entities[i];
        if (!e->unconfirmed) continue;
        bool named = false;
        for (size_t j = 0; j < doc->nentities && !named && e->country[0]; j++)
            named = j != i && !doc->entities[j].unconfirmed &&
                    strncmp(doc->entities[j].country, e->country, 3) == 0;
        if (!named) e->canonical = NULL, e->actor = NULL, e->country[0] = '\0';
    }
    for (size_t i = 0; i < doc->nentities; i++) doc->entities[i].unconfirmed = false;
}

/* Drops the link of a person whose own description in the text gives
 * another country by its adjective ("sein kanadischer Kollege Charles
 * Taylor" is no Liberian president) where the text names the linked
 * person's country nowhere else: a namesake.  The person keeps the
 * description's country. */
static void namesakes_by_description(nf_doc *doc) {
    for (size_t i = 0; i < doc->nentities; i++) {
        nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->canonical || !e->country[0]) continue;
        const char *said = NULL;
        bool agrees = false;
        for (size_t j = 0; j < doc->nmentions && !agrees; j++) {
            const nf_mention *m = &doc->mentions[j];
            if (m->entity != i || m->kind != NF_MK_NAME || m->ta < 2) continue;
            /* a noun of persons right before the name and the adjective
             * among the two words before it ("der kanadische Philosoph",
             * "sein kanadischer Kollege") */
            size_t noun = m->ta - 1, sa = doc->sentences[doc->tok_sent[noun]].ta;
            if (!nf_person_noun_at(doc, noun)) continue;
            for (size_t k = noun; k-- > sa && k + 3 > noun;) {
                const char *iso = nf_adjective_at(doc, k);
                if (!iso) continue;
                if (strncmp(iso, e->country, 3) == 0)
                    agrees = true;
                else
                    said = iso;
                break;
            }
        }
        if (agrees || !said) continue;
        bool named = false;
        for (size_t j = 0; j < doc->nentities && !named; j++)
            named = j != i && strncmp(doc->entities[j].country, e->country, 3) == 0;
        if (named) continue;
        e->canonical = NULL, e->actor = NULL;
        memcpy(e->country, said, 3), e->country[3] = '\0';
    }
}

/* True when entity i has a name mention written in capitals ("PSOE"). */
static bool named_by_acronym(const nf_doc *doc, size_t i) {
    for (size_t m = 0; m < doc->nmentions; m++) {
        const nf_mention *n = &doc->mentions[m];
        if (n->entity == i && n->kind == NF_MK_NAME && n->tb == n->ta + 1 && all_caps(doc, n->ta))
            return true;
    }
    return false;
}

/* Keeps the link of a party of a country abroad (not Germany, Austria or
 * Switzerland) only where the document names that country through some
 * other entity, or names no country at all, or writes the party's acronym:
 * many countries' parties bear its name ("Demokratische Partei" in a text
 * on Thailand or Moldova is no US party, "Liberaldemokraten" in Moldova no
 * British one).  Elsewhere it stays an organisation of the text without
 * label, country or code. */
static void confirm_parties_abroad(nf_doc *doc) {
    for (size_t i = 0; i < doc->nentities; i++) {
        nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_ORG || !e->canonical || !e->country[0] ||
            german_speaking(e->country) || !nf_actor_sector(e->actor, "PTY"))
            continue;
        bool own = false, other = false;
        for (size_t j = 0; j < doc->nentities && !own; j++) {
            const char *c = doc->entities[j].country;
            if (j == i || !c[0]) continue;
            if (strncmp(c, e->country, 3) == 0)
                own = true;
            else
                other = true;
        }
        if (!own && other && !named_by_acronym(doc, i))
            e->canonical = NULL, e->actor = NULL, e->country[0] = '\0';
    }
}

/* True when entity x is a party the gazetteers linked. */
static bool linked_party(const nf_entity *x) {
    return x->type == NF_ENT_ORG && x->canonical && x->role && strcmp(x->role, "party") == 0;
}

/* The token of the noun of entity e's name mention when e is a state's
 * institution of Germany, Austria or Switzerland the gazetteers linked (a
 * government body, parliament or court), named by its noun alone ("das
 * Finanzministerium"), perhaps after an adjective of the language ("der
 * Oberste Gerichtshof"), or a party of theirs named by its family's word
 * alone ("die Grünen", party-words.txt), and nothing else; -1 otherwise. */
static int64_t bare_home_institution(const nf_doc *doc, size_t e) {
    const nf_entity *x = &doc->entities[e];
    bool party = linked_party(x);
    if ((!state_type(x->role) && !party) || !x->canonical || !german_speaking(x->country))
        return -1;
    int64_t first = -1;
    for (size_t m = 0; m < doc->nmentions; m++) {
        const nf_mention *n = &doc->mentions[m];
        if (n->entity != e || n->kind != NF_MK_NAME) continue;
        bool org = false;
        size_t noun = n->tb - 1;
        bool bare =
            party ? n->tb == n->ta + 1 && nf_tokl_get(doc, n->ta, &doc->engine->gz.party_words)
                  : n->tb <= n->ta + 2 && nf_role_at(doc, noun, NULL, &org) && org &&
                        (noun == n->ta || nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, n->ta)));
        if (!bare) return -1;
        if (first < 0) first = (int64_t)noun;
    }
    return first;
}

/* See entities.h: no German-speaking country named (but by a state's
 * institution of one named by its noun alone, bare_home_institution), and
 * the country named most often, by mentions (with `clear_lead`, more than
 * twice as often as any other). */
bool nf_country_abroad(const nf_doc *doc, char iso[4], bool clear_lead) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const char *c = doc->entities[i].country;
        if (c[0] && german_speaking(c) && bare_home_institution(doc, i) < 0) return false;
    }
    country_count tally[TALLY_COUNTRIES];
    size_t best;
    size_t nt = country_tally(doc, UINT32_MAX, true, tally, &best);
    if (!nt) return false;
    for (size_t t = 0; clear_lead && t < nt; t++)
        if (t != best && 2 * tally[t].n > tally[best].n) return false;
    memcpy(iso, tally[best].iso, 3);
    iso[3] = '\0';
    return true;
}

/* See entities.h. */
bool nf_country_home_clear(const nf_doc *doc, char iso[4]) {
    country_count tally[TALLY_COUNTRIES];
    size_t best;
    size_t nt = country_tally(doc, UINT32_MAX, false, tally, &best);
    if (!nt || !german_speaking(tally[best].iso)) return false;
    for (size_t t = 0; t < nt; t++)
        if (t != best && 2 * tally[t].n >= tally[best].n) return false;
    memcpy(iso, tally[best].iso, 3);
    iso[3] = '\0';
    return true;
}

/* The country of the place named right after the noun at token k by "in"
 * or "im" ("der Oberste Gerichtshof in den USA"): the institution's seat
 * abroad; NULL when none, or a German-speaking one.  The string is the
 * entity's. */
static const char *seat_abroad_after(const nf_doc *doc, size_t k) {
    size_t j = k + 1;
    if (j + 1 >= doc->ntokens || !(nf_tok_is(doc, j, "in") || nf_tok_is(doc, j, "im"))) return NULL;
    j++;
    if (nf_tok_in(doc, j, (const char *const[]){"der", "den", "dem", "die", NULL})) j++;
    for (size_t i = nf_mention_first_at(doc, j); i < doc->nmentions && doc->mentions[i].ta == j;
         i++) {
        const nf_entity *p = &doc->entities[doc->mentions[i].entity];
        if (nf_place_type(p->type) && p->country[0] && !german_speaking(p->country))
            return p->country;
    }
    return NULL;
}

/* The one country of the places the clause names after "in" or "im"
 * before the noun at token k, with no punctuation between ("In Washington
 * entschied der Oberste Gerichtshof"): where the institution acts, so its
 * seat (not a place its words are about: "... Einsätze in Syrien
 * geflogen, sagte X vom Verteidigungsministerium"); NULL when it names
 * none there, places of two countries, or a German-speaking one.  The
 * string is the entity's. */
static const char *seat_in_sentence(const nf_doc *doc, size_t k) {
    size_t from = doc->sentences[doc->tok_sent[k]].ta;
    for (size_t j = k; j > from; j--)
        if (doc->tokens[j - 1].kind == NF_TOK_PUNCT) {
            from = j;
            break;
        }
    const char *found = NULL;
    for (size_t i = nf_mention_first_at(doc, from); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb > k) break;
        const nf_entity *p = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || !nf_place_type(p->type) || !p->country[0] || m->ta == 0 ||
            !(nf_tok_is(doc, m->ta - 1, "in") || nf_tok_is(doc, m->ta - 1, "im")))
            continue;
        if (german_speaking(p->country) || (found && strcmp(found, p->country) != 0)) return NULL;
        found = p->country;
    }
    return found;
}

/* The institutions a document of another country names by their nouns
 * alone are that country's: "das Finanzministerium" in news of Argentina
 * is Argentina's (ARGGOV), not Germany's.  Where the document names no
 * German-speaking country (but for such institutions), the bare home
 * institutions become the national institutions of the country it names
 * most often (by mentions); where it does, each one whose country the
 * text names far less often than another (lead_country_of) becomes that
 * other's: its namesake in the lists ("Innenministerium" in Austrian
 * news), else its national institution ("das Wirtschaftsministerium" in a
 * report on Russia, RUSGOV).  One whose seat abroad is named right after
 * it ("der Oberste Gerichtshof in den USA"), or in its sentence after
 * "in" ("In Washington entschied der Oberste Gerichtshof"), is that
 * country's in any document (seat_abroad_after, seat_in_sentence).
 * Returns false when memory runs out. */
static bool institutions_abroad(nf_doc *doc) {
    size_t candidates = 0;
    for (size_t i = 0; i < doc->nentities; i++)
        candidates += doc->entities[i].country[0] && bare_home_institution(doc, i) >= 0;
    if (!candidates) return true;
    char abroad[4];
    bool is_abroad = nf_country_abroad(doc, abroad, false);
    size_t count = doc->nentities;
    for (size_t i = 0; i < count; i++) {
        int64_t k = bare_home_institution(doc, i);
        if (k < 0) continue;
        /* (its seat abroad named after it decides, in any document) */
        const char *seat = seat_abroad_after(doc, (size_t)k);
        if (!seat) seat = seat_in_sentence(doc, (size_t)k);
        char lead[4];
        if (!seat && !is_abroad) {
            /* else the country the text names far more often than the
             * institution's own, where it names that one nowhere near it:
             * a namesake the lists have, or a national institution */
            if (!lead_country_of(doc, (uint32_t)i, lead)) continue;
            const nf_gz_entry *g = namesake_of(doc, (uint32_t)i, lead);
            if (g) {
                if (!move_to_entry(doc, (uint32_t)i, g)) return false;
                continue;
            }
        }
        /* (a party keeps its name: each family is a party of its own) */
        bool party = linked_party(&doc->entities[i]);
        const char *role = party ? "party" : nf_role_at(doc, (size_t)k, NULL, NULL);
        int32_t ent = national_org(doc,
                                   seat        ? seat
                                   : is_abroad ? abroad
                                               : lead,
                                   role, nf_role_len(role), (size_t)k, (size_t)k + 1, party);
        if (ent < 0) continue; /* no sector, or no memory: the link stays */
        /* (a new one keeps the name as written, "Oberste Gerichtshof", not
         * the noun alone) */
        if ((size_t)ent >= count && doc->entities[i].name)
            doc->entities[ent].name = doc->entities[i].name;
        join_person(doc, (uint32_t)i, (uint32_t)ent); /* it has country, role and actor */
    }
    return true;
}

/* See entities.h. */
bool nf_facility_noun(const nf_doc *doc, size_t k) {
    static const char *const nouns[] = {"flughafen",     "flughafens", "airport",  "aeropuerto",
                                        "aéroport",      "stadion",    "stadions", "estadio",
                                        "stade",         "bahnhof",    "bahnhofs", "hauptbahnhof",
                                        "hauptbahnhofs", NULL};
    return (doc->tokens[k].flags & NF_TF_CAP) && nf_tok_in(doc, k, nouns);
}

/* Gives an organisation the lists do not know, named by a party's name
 * and a place of the party's country ("SPÖ Wien", "SPÖ Oberösterreich":
 * the party's branch there), the party's country, actor code and role;
 * the branch keeps its own name and no canonical label. */
static void party_branches(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 2 || e->type != NF_ENT_ORG || e->canonical ||
            e->country[0] || e->actor)
            continue;
        const nf_gz_entry *party =
            org_entry(doc, nf_tok(doc, m->ta), doc->tok_len[m->ta], NULL, NULL);
        if (!party || !party->role || strcmp(party->role, "party") != 0 || !party->country[0])
            continue;
        const nf_gz_entry *place =
            gz_place_named(doc, nf_tok(doc, m->ta + 1), doc->tok_len[m->ta + 1]);
        if (!place || strcmp(place->country, party->country) != 0) continue;
        memcpy(e->country, party->country, 4);
        e->actor = party->actor;
        e->role = party->role;
    }
}

/* The end of the genitive plural after an organisation's name mention m
 * that ends in the head of an organisation's name: one or two adjectives
 * in "-er" and a capitalised noun in the sentence ("Bund deutscher
 * Architekten", "Zentralverein homöopathischer Ärzte"); m->tb when none. */
static size_t people_after_org(const nf_doc *doc, const nf_mention *m) {
    bool compound;
    size_t j = m->tb, sb = doc->sentences[doc->tok_sent[m->ta]].tb;
    if (m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_ORG ||
        !nf_org_head(doc, m->tb - 1, &compound))
        return m->tb;
    while (j < sb && j < m->tb + 2 && doc->tokens[j].kind == NF_TOK_WORD &&
           (doc->tokens[j].flags & NF_TF_LOWER) && doc->tok_llen[j] > 4 &&
           memcmp(nf_tokl(doc, j) + doc->tok_llen[j] - 2, "er", 2) == 0 &&
           /* (no function word: "unter", "jeder", "wieder" end in "-er" too) */
           !nf_quote_word_any(doc, j, "rdacsxp"))
        j++;
    if (j == m->tb || j >= sb || doc->tokens[j].kind != NF_TOK_WORD ||
        !(doc->tokens[j].flags & NF_TF_CAP))
        return m->tb;
    size_t next = nf_mention_first_at(doc, j); /* (the noun no name of its own) */
    if (next < doc->nmentions && doc->mentions[next].ta == j) return m->tb;
    return j + 1;
}

/* Widens the name mentions of organisations over the genitive plural of
 * the people they gather (people_after_org), which the tagger leaves off
 * at the adjective in lower case; the adjective's mention of a country
 * ("deutscher") inside goes. */
static void orgs_of_people(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        size_t end = people_after_org(doc, &doc->mentions[i]);
        if (end == doc->mentions[i].tb) continue;
        size_t ta = doc->mentions[i].ta, tb = doc->mentions[i].tb;
        uint32_t e = doc->mentions[i].entity;
        /* (the country of its adjective, where it has none: "Bund deutscher
         * Architekten" is German) */
        for (size_t k = tb; k < end && !doc->entities[e].country[0]; k++) {
            const char *iso = nf_adjective_at(doc, k);
            if (iso) memcpy(doc->entities[e].country, iso, 4);
        }
        nf_mentions_drop_inside(doc, tb, end); /* (after mention i: its index stays) */
        doc->mentions[i].tb = (uint32_t)end;
        nf_entity_take_name(doc, e, ta, end, false);
    }
}

/* Drops the mentions of persons and places that only make up a
 * facility's name: a person's name right after the facility's noun
 * ("am Flughafen John F. Kennedy": no act of the president's), a place's
 * after it and a capitalised word no mention holds ("Flughafen Mariscal
 * Sucre" is Quito's, not the Bolivian city).  A place right after the
 * noun is where it is ("Flughafen Frankfurt") and stays. */
static void facility_names(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        uint8_t type = doc->entities[m->entity].type;
        bool name = m->kind == NF_MK_NAME && m->ta >= 1;
        bool person = name && type == NF_ENT_PERSON && nf_facility_noun(doc, m->ta - 1);
        size_t w = m->ta - 1; /* (a word of a name: no noun, "Hauptbahnhof Richtung
                               * Harburg", nor a city's adjective, "Stadion Wiener Neustadt") */
        bool place = name && nf_place_type(type) && m->ta >= 2 &&
                     nf_facility_noun(doc, m->ta - 2) && (doc->tokens[w].flags & NF_TF_CAP) &&
                     !nf_mention_over(doc, w) &&
                     !nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, w), 0) &&
                     !nf_city_adjective_at(doc, w);
        if (!person && !place) doc->mentions[out++] = *m;
    }
    doc->nmentions = out;
}

/* True when the n bytes at w are a model's number: three or four digits
 * that are no year ("747", "911"; "2015" is a year), perhaps with a
 * variant after a hyphen ("737-300"), or capital letters before digits
 * ("A380", "RX100", "MT6595"). */
static bool model_code(const char *w, size_t n) {
    size_t d = 0, caps = 0;
    while (caps < n && w[caps] >= 'A' && w[caps] <= 'Z') caps++;
    while (caps + d < n && w[caps + d] >= '0' && w[caps + d] <= '9') d++;
    if (d == 0 || caps > 3 || w[caps] == '0') return false; /* (not "059 133": a telephone's) */
    if (caps) return caps + d == n && d >= 2 && d <= 5;     /* (not "O2", "B3") */
    if (d < 3 || d > 4) return false;
    if (d == 4 && (memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0)) return false;
    if (d == n) return true;
    if (w[d] != '-' || d + 1 >= n) return false;
    for (size_t i = d + 1; i < n; i++)
        if (w[i] < '0' || w[i] > '9') return false;
    return true;
}

/* Drops the organisations' name mentions that are a maker's name before
 * a model's number: "die Boeing 747", "des Airbus A 300", "einen Porsche
 * 911" name a product, inside whose name the maker is no mention of its
 * own (not before a number that counts the noun after it: "hatte EY 360
 * Kunden", "die SPD 45 Sitze"); so is a name the number ends ("Airbus
 * A380"). */
static void product_names(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        /* a maker: a company or an organisation the tagger found, no
         * party's, club's or outlet's ("Radiosender Athina 984") */
        bool maker = m->kind == NF_MK_NAME && e->type == NF_ENT_ORG &&
                     (!e->role || !strcmp(e->role, "company")) && !nf_news_outlet(doc, e) &&
                     !(m->ta > 0 &&
                       nf_outlet_word(doc, nf_tokl(doc, m->ta - 1), doc->tok_llen[m->ta - 1])) &&
                     !nf_tokl_get(doc, m->ta, &doc->engine->gz.club_prefixes);
        size_t k = m->tb, after = k + 1;
        bool product = maker && k < doc->ntokens && (doc->tokens[k].flags & NF_TF_SPACE_BEFORE);
        if (product && nf_tok_is(doc, k, "A") && k + 1 < doc->ntokens &&
            doc->tokens[k + 1].kind == NF_TOK_NUMBER)
            k++, after++; /* "Airbus A 300" */
        /* (the number counts no noun or unit after it, nor is a score:
         * "Atlanta Hawks 106:100") */
        product =
            product && model_code(nf_tok(doc, k), doc->tok_len[k]) &&
            (after >= doc->ntokens ||
             !((doc->tokens[after].kind == NF_TOK_WORD && (doc->tokens[after].flags & NF_TF_CAP)) ||
               (doc->tok_mask[after] & NF_TM_UNIT) || nf_tok_is(doc, after, ":")));
        /* or the tagger's name holds the number ("Airbus A380") */
        size_t last = m->tb - 1;
        product =
            product || (maker && last > m->ta && model_code(nf_tok(doc, last), doc->tok_len[last]));
        if (!product) doc->mentions[out++] = *m;
    }
    doc->nmentions = out;
}

/* True when name mention m stands in quotation marks after a noun of
 * things, maybe after a capitalised word no mention holds ("des
 * Flugzeugträgers „Graf Zeppelin“", "der Flugzeugträger „Charles de
 * Gaulle“"): the thing's name. */
static bool quoted_after_thing_noun(const nf_doc *doc, const nf_mention *m) {
    size_t j = m->ta;
    while (j > 0 && j + 2 > m->ta && doc->tokens[j - 1].kind == NF_TOK_WORD &&
           (doc->tokens[j - 1].flags & NF_TF_CAP) && !nf_mention_over(doc, j - 1))
        j--;
    return j >= 2 && doc->tokens[j - 1].kind == NF_TOK_QUOTE &&
           !(doc->tokens[j].flags & NF_TF_SPACE_BEFORE) && thing_class_noun(doc, j - 2) &&
           !nf_mention_over(doc, j - 2);
}

/* The first token of the thing's name mention m is or begins, or
 * m->tb when it names none: a name right after a noun of things that no
 * mention holds ("das Herbizid Glyphosat", "Hurrikan Joaquin"), not in
 * the genitive ("das Atomprogramm Irans", "der Film Hanekes"), or a
 * name that opens with such a noun after no capitalised word ("Hurrikan
 * Katrina" as the tagger found it). */
static size_t thing_name_at(const nf_doc *doc, const nf_mention *m) {
    if (m->kind != NF_MK_NAME) return m->tb;
    bool opens = m->ta == 0 || doc->tokens[m->ta - 1].kind != NF_TOK_WORD ||
                 !(doc->tokens[m->ta - 1].flags & NF_TF_CAP); /* (not "National Film Board") */
    if (opens && m->tb > m->ta + 1 && (doc->tokens[m->ta + 1].flags & NF_TF_CAP) &&
        thing_class_noun(doc, m->ta))
        return m->ta + 1;
    if (quoted_after_thing_noun(doc, m)) return m->ta;
    size_t k = m->ta
                   ? nf_noun_before_name(doc, m->ta, m->tb, doc->sentences[doc->tok_sent[m->ta]].ta)
                   : m->ta;
    if (k == m->ta || !thing_class_noun(doc, k) || nf_mention_over(doc, k)) return m->tb;
    const char *name = doc->entities[m->entity].name, *w = nf_tok(doc, m->ta);
    size_t n = doc->tok_len[m->ta];
    bool genitive =
        m->tb == m->ta + 1 && n > 2 && w[n - 1] == 's' &&
        (nf_genitive_place_at(doc, m->ta) || (name && strlen(name) == nf_genitive_stem(w, n) &&
                                              strncmp(name, w, nf_genitive_stem(w, n)) == 0));
    return genitive ? m->tb : m->ta;
}

/* True when the name mention m has the words of tokens [ta, tb). */
static bool mention_reads(const nf_doc *doc, const nf_mention *m, size_t ta, size_t tb) {
    if (m->tb - m->ta != tb - ta) return false;
    for (size_t i = 0; i < tb - ta; i++)
        if (doc->tok_len[m->ta + i] != doc->tok_len[ta + i] ||
            memcmp(nf_tok(doc, m->ta + i), nf_tok(doc, ta + i), doc->tok_len[ta + i]) != 0)
            return false;
    return true;
}

/* Drops the name mentions of things: a product, a work, a storm or a
 * craft named after its noun ("das Medikament Paxlovid", "der Zyklon
 * Tasha", "die Raumsonde Rosetta"; thing_name_at), and the mentions
 * elsewhere in the text of such a name where it is all of the mention
 * and the gazetteers do not know it ("Katrina" after "Hurrikan
 * Katrina"; not "Stuttgart" after "das Projekt Stuttgart 21"). */
static void thing_names(nf_doc *doc) {
    /* the names that stand for their thing elsewhere too: [a, b) */
    enum { MAX_THINGS = 16 };
    size_t a[MAX_THINGS], b[MAX_THINGS], things = 0, found = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *t = &doc->mentions[i];
        size_t at = thing_name_at(doc, t);
        if (at == t->tb) continue;
        found++;
        if (things < MAX_THINGS && !doc->entities[t->entity].canonical &&
            (t->tb >= doc->ntokens || !(doc->tokens[t->tb].flags & NF_TF_CAP)))
            a[things] = at, b[things++] = t->tb;
    }
    if (!found) return;
    size_t out = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        bool thing = thing_name_at(doc, m) < m->tb;
        for (size_t j = 0; !thing && m->kind == NF_MK_NAME && j < things; j++)
            thing = mention_reads(doc, m, a[j], b[j]);
        if (!thing) doc->mentions[out++] = *m;
    }
    doc->nmentions = out;
}

/* Takes "von" or "zu" and the family's seat after a person's name that
 * ends in a title of nobility into the name ("Claus Schenk Graf von
 * Stauffenberg", "Ernst August Prinz von Hannover"), and the land after a
 * ruler's number ("Ottos II. von Neumarkt", one word): the place names the
 * family or the realm there, no mention of its own. */
static void noble_names(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->tb < m->ta + 2 ||
            doc->entities[m->entity].type != NF_ENT_PERSON)
            continue;
        bool ruler = nf_regnal_number(doc, m->tb - 1) ||
                     (nf_tok_is(doc, m->tb - 1, ".") && nf_regnal_number(doc, m->tb - 2));
        if (!ruler && !nf_noble_title(doc, m->tb - 1)) continue;
        size_t j = m->tb, sb = doc->sentences[doc->tok_sent[m->ta]].tb;
        if (j + 1 >= sb || !(nf_tok_is(doc, j, "von") || nf_tok_is(doc, j, "zu"))) continue;
        j++;
        if (j + 1 < sb && (nf_tok_is(doc, j, "der") || nf_tok_is(doc, j, "dem"))) j++;
        if (ruler && !place_mention_at(doc, j)) continue; /* ("von Generalgouverneurin Jean") */
        size_t e = j;
        while (e < sb && e < j + (ruler ? 1 : 2) && doc->tokens[e].kind == NF_TOK_WORD &&
               (doc->tokens[e].flags & NF_TF_CAP))
            e++;
        if (e == j) continue;
        /* (the mentions inside come after m: i stays its index) */
        nf_mentions_drop_inside(doc, m->tb, e);
        m->tb = (uint32_t)e;
        nf_entity_take_name(doc, m->entity, m->ta, e, false);
    }
}

/* Drops an organisation's one-word name right before a person's name
 * where it is the person's title: a legislature's, its member's
 * ("Nationalrat Peter Pilz", "der frühere Bundesrat Ueli Maurer"), or an
 * office's named by a person's noun, its holder's ("Generalbundesanwalt
 * Harald Range", "Bundesdatenschutzbeauftragter Peter Schaar"), who takes
 * the office's country and actor code where the person has none.  Its
 * genitive names the body ("des Bundesrates Peter Müller" stays).  So too
 * a body's one-word name right before the name of another country's
 * organisation, which it classes ("eine Untersuchung der Bundespolizei
 * FBI" names the FBI, not Germany's federal police). */
static void titles_before_names(nf_doc *doc) {
    size_t out = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        size_t k = m->ta, n = doc->tok_len[k];
        bool one = m->kind == NF_MK_NAME && m->tb == k + 1 && e->type == NF_ENT_ORG;
        bool genitive = nf_tok(doc, k)[n - 1] == 's';
        bool chamber = one && !genitive && e->role && !strcmp(e->role, "legislature");
        bool office = one && !genitive && !chamber && nf_person_noun_at(doc, k);
        int32_t holder = -1;
        bool classes = false;
        for (size_t f = one ? nf_mention_first_at(doc, m->tb) : doc->nmentions;
             f < doc->nmentions && doc->mentions[f].ta == m->tb; f++) {
            const nf_mention *x = &doc->mentions[f];
            const nf_entity *xe = &doc->entities[x->entity];
            if (x->kind != NF_MK_NAME) continue;
            if ((chamber || office) && xe->type == NF_ENT_PERSON) holder = (int32_t)x->entity;
            classes |= xe->type == NF_ENT_ORG && x->entity != m->entity && e->country[0] &&
                       xe->country[0] && strcmp(e->country, xe->country) != 0;
        }
        /* (a noun, not a name: "Fiat Chrysler" is one company) */
        classes = classes && nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k), 0);
        if (classes) continue;
        if (holder < 0) {
            doc->mentions[out++] = *m;
            continue;
        }
        nf_entity *h = &doc->entities[holder];
        if (office && !h->actor && !h->canonical) {
            h->actor = e->actor;
            if (!h->country[0]) memcpy(h->country, e->country, sizeof h->country);
        }
    }
    doc->nmentions = out;
}

/* The token after the words that give a town's river, lake or region
 * after its name ending at token k, before sb: "am Main", "an der Oder",
 * "im Pongau", "im Zillertal", "ob der Tauber", "am See"; k when none
 * do.  The last word is "See", a place of the lists (a river, a
 * lake, a region: one mention over it alone) or one capitalised word no
 * list or lexicon knows; not a noun of the language, a day's or a month's
 * name ("in Wien am Montag", "Paris im Sommer", "Berlin an der Spitze"). */
static size_t river_suffix_end(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const compass[] = {"nord", "süd", "ost", "west"};
    size_t j = k;
    /* (a region the town lies in, after "im" or "in der", is one no list
     * has: "Freiburg im Breisgau", not "Hebron im Westjordanland") */
    bool region = nf_tok_is(doc, j, "im") || nf_tok_is(doc, j, "in");
    if (j + 1 < sb && (nf_tok_is(doc, j, "am") || nf_tok_is(doc, j, "im")))
        j++;
    else if (j + 2 < sb &&
             (nf_tok_is(doc, j, "an") || nf_tok_is(doc, j, "in") || nf_tok_is(doc, j, "ob")) &&
             nf_tok_is(doc, j + 1, "der"))
        j += 2;
    else
        return k;
    const nf_token *t = &doc->tokens[j];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) ||
        !(doc->tokens[j - 1].flags & NF_TF_LOWER) || !(t->flags & NF_TF_SPACE_BEFORE))
        return k;
    /* (nor a name going on after it: "an der Freien Universität") */
    if (j + 1 < sb && doc->tokens[j + 1].kind == NF_TOK_WORD &&
        (doc->tokens[j + 1].flags & NF_TF_CAP))
        return k;
    if (nf_tok_is(doc, j, "see") && !region) return j + 1;
    const nf_mention *m = name_alone_at(doc, j);
    const nf_entity *e = m ? &doc->entities[m->entity] : NULL;
    if (e && e->type == NF_ENT_LOC && !region) return j + 1;
    /* (a town's region that the tagger took for a town of its own, no
     * list's place, goes by its ending below: "St. Georgen im Attergau –"
     * opening a dateline) */
    bool unlisted_town = e && region && e->type == NF_ENT_GPE && !e->canonical && !e->actor;
    if (e && !unlisted_town) return k;
    if (nf_tok_find(doc, j, &doc->pack->weekdays) || nf_tok_find(doc, j, &doc->pack->months))
        return k;
    /* (nor a side or a bank: "am Ostufer", "im Nordteil") */
    const char *l = nf_tokl(doc, j);
    for (size_t c = 0; c < sizeof compass / sizeof compass[0]; c++)
        if (strncmp(l, compass[c], strlen(compass[c])) == 0) return k;
    /* (a region by the ending of a region's name: "im Pongau", "im
     * Zillertal", "im Mühlviertel"; not a forest or a hill's: "Stimberg
     * in der Haard") */
    static const char *const regions[] = {"gau", "tal", "viertel", NULL};
    if (region && !nf_tokl_ends_in(doc, j, regions, 3)) return k;
    return unlisted_town || unlisted_word(doc, j) ? j + 1 : k;
}

/* True when token k, a town's suffix's last word (river_suffix_end), is
 * "See" or a river's or a lake's name: a place of its own that no noun of
 * buildings or landforms ends ("Westbahnhof"). */
static bool water_at(const nf_doc *doc, size_t k) {
    if (nf_tok_is(doc, k, "see")) return true;
    const nf_mention *m = name_alone_at(doc, k);
    return m && doc->entities[m->entity].type == NF_ENT_LOC && nf_class_noun(doc, k) < 0 &&
           !nf_tok_is(doc, k - 1, "im") && !nf_tok_is(doc, k - 2, "in");
}

/* Gives the towns their rivers, lakes and regions (river_suffix_end): a
 * town's name mention goes on over them, the river's own mention is
 * dropped, and the town is the one the lists name so where they do
 * ("Frankfurt an der Oder" is Frankfurt (Oder), not Frankfurt am Main);
 * an unknown word after a preposition of place is a town where a river
 * or a lake the lists have follows ("in Kirchdorf am Inn"), and so is one
 * word the tagger took for an organisation or a person, named nowhere
 * else, before a lake or a river ("von Zell am See").  Countries and
 * regions take none.
 * Returns false when memory runs out. */
static bool towns_by_river(nf_doc *doc) {
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        for (size_t k = sa; k + 2 < sb; k++) {
            if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) continue;
            size_t end = river_suffix_end(doc, k + 1, sb);
            if (end == k + 1) continue;
            /* (the name mention that ends at the town's word) */
            const nf_mention *m = NULL;
            for (size_t a = nf_mention_first_at(doc, k + 1); a > 0 && !m; a--) {
                const nf_mention *x = &doc->mentions[a - 1];
                if (x->ta + 4 < k) break;
                if (x->tb == k + 1 && x->kind == NF_MK_NAME) m = x;
            }
            int32_t ent;
            size_t ta;
            if (m) {
                nf_entity *e = &doc->entities[m->entity];
                /* (one word the tagger took for an organisation or a
                 * person, before a lake or a river: "von Zell am See") */
                if (e->type != NF_ENT_GPE && m->tb == m->ta + 1 && !e->canonical && !e->actor &&
                    water_at(doc, end - 1) && !nf_other_mention_of(doc, m))
                    e->type = NF_ENT_GPE;
                if (e->type != NF_ENT_GPE || (e->actor && strlen(e->actor) == 3)) continue;
                ent = (int32_t)m->entity;
                ta = m->ta;
                /* the lists' town of the whole name, where it is another */
                const char *full = nf_tokens_text(doc, ta, end);
                const nf_lex_entry *x =
                    full ? nf_lexicon_find(&gz->names, full, strlen(full)) : NULL;
                uint32_t ids[16];
                size_t n = x ? nf_gz_ids(nf_lex_val(&gz->names, x), ids, 16) : 0;
                for (size_t g = 0; g < n; g++)
                    if (ids[g] < gz->count && gz->entries[ids[g]].source == NF_GZ_CITY) {
                        ent = entity_for(doc, &gz->entries[ids[g]]);
                        if (ent < 0) return false;
                        break;
                    }
            } else {
                /* (a new town only by a river or a lake the lists have) */
                if (!nf_after_spatial_preposition(doc, k, sa) || !unlisted_word(doc, k) ||
                    (!nf_tok_is(doc, end - 1, "see") && !name_alone_at(doc, end - 1)))
                    continue;
                ta = k;
                ent = nf_entity_of(doc, k, end, NF_ENT_GPE);
                if (ent < 0) return false;
            }
            nf_mentions_drop_inside(doc, ta, end);
            if (!nf_mention_add(doc, ta, end, ent, NF_MK_NAME)) return false;
            k = end - 1;
        }
    }
    return true;
}

/* The stage: every sentence, in order. */
nf_status nf_stage_entities(nf_doc *doc, nf_error *err) {
    nf_tagged tagged;
    if (!nf_tag_sentences(doc, &tagged))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    bool ok =
        !doc->has_dateline || (entities_in_sentence(doc, doc->dateline.ta, doc->dateline.tb) &&
                               nf_dateline_places(doc, doc->dateline.ta, doc->dateline.tb));
    for (size_t s = 0; ok && s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        ok = roads_in_sentence(doc, sa, sb) && entities_in_sentence(doc, sa, sb) &&
             places_by_ending(doc, sa, sb) && nf_papers_in_sentence(doc, sa, sb) &&
             nf_entities_tagged(doc, s, &tagged) && nf_english_outlets_in_sentence(doc, sa, sb) &&
             nf_landmarks_in_sentence(doc, sa, sb) &&
             nf_place_institutions_in_sentence(doc, sa, sb) && nf_dateline_places(doc, sa, sb) &&
             towns_by_ending(doc, sa, sb) && places_beside_places(doc, sa, sb) &&
             companies_beside_companies(doc, sa, sb) && names_after_namens(doc, sa, sb) &&
             speakers_after_verbs(doc, sa, sb) && speakers_before_verbs(doc, sa, sb) &&
             persons_after_initials(doc, sa, sb) && sources_before_zufolge(doc, sa, sb);
    }
    nf_tagged_free(&tagged);
    if (!ok || !towns_by_river(doc) || !nf_lineups(doc) || !nf_scorers(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    /* (namesakes first: a party the text names by its namesake's word is
     * evidence of the country an institution is of) */
    if (!namesakes_by_country(doc) || !institutions_abroad(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    join_appositions(doc);
    if (!role_after_name(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    roles_before_names(doc);
    descriptions_before_names(doc);
    roles_from_legal_forms(doc);
    cut_compounds_before_names(doc);
    facility_names(doc);
    orgs_of_people(doc);
    product_names(doc);
    thing_names(doc);
    titles_before_names(doc);
    noble_names(doc);
    if (!nf_places_named_as_outlets(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    nf_noun_outlets(doc);
    nf_outlets_by_noun(doc);
    confirm_parties_abroad(doc); /* (before acronyms join: "Demokratische Partei (PDM)") */
    if (!acronyms_after_articles(doc) || !acronyms_again(doc) || !nominative_person_names(doc) ||
        !nf_names_again(doc) || !nf_surnames_again(doc) || !nf_classified_names_again(doc) ||
        !nf_clubs_again(doc) || !nf_the_west(doc) || !nf_english_of_names(doc) ||
        !nf_acronym_definitions(doc) || !nf_sports_country_codes(doc) ||
        (unlinked_namesakes(doc), !one_entity_per_name(doc)) ||
        (names_without_legal_forms(doc), regnal_aliases(doc), first_words_of_orgs(doc),
         aliases_of_longer_names(doc), towns_of_longer_names(doc), !drop_unmentioned(doc)))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding entities");
    party_branches(doc);
    confirm_known_persons(doc);
    namesakes_by_description(doc);
    surnames_among_companies(doc);
    nf_person_countries(doc);
    genders_from_nouns_before(doc);
    genders_from_given_names(doc);
    nf_times_inside_names(doc);
    return NF_OK;
}
