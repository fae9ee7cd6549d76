/* gazetteer.c - loading the TSV files of data/ and lang/de/entities/ into hash
 * tables: one pass to collect (surface form, entry) pairs, a sort, and
 * lexicons whose values list the entries a form may name. */
#include "gazetteer.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "doc.h"
#include "error.h"
#include "fold.h"
#include "numfmt.h"

/* A growable byte buffer for building lexicon text and the string pool. */
typedef struct gbuf {
    char *p;
    size_t len, cap;
    bool failed;
} gbuf;

/* Appends n bytes. */
static void gput(gbuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 16;
        while (cap < b->len + n + 1) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) {
            b->failed = true;
            return;
        }
        b->p = q, b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Appends "\t<v>\n": the value column of one lexicon line. */
static void gput_num(gbuf *b, uint64_t v) {
    char num[24];
    num[0] = '\t';
    size_t k = 1 + nf_fmt_u64(num + 1, v);
    num[k++] = '\n';
    gput(b, num, k);
}

/* A surface form naming an entry, before sorting. */
typedef struct form {
    const char *s; /* into the pool buffer (offset stored until the pool settles) */
    uint32_t off, len, id;
    uint64_t pre; /* the first eight bytes, big-endian, zero-padded: set for sorting */
} form;

/* The loader's state. */
typedef struct loader {
    nf_gazetteer *gz;
    gbuf pool; /* strings, NUL-separated; offsets until the end */
    form *forms;
    size_t nforms, cap_forms;
    size_t cap_entries;
    /* entry string fields are kept as pool offsets + 1 while loading */
    bool failed;
    const char *data_dir;
} loader;

/* Adds a string to the pool; returns its offset + 1 (0 for none). */
static uint32_t pool_add(loader *l, const char *s, size_t n) {
    if (n == 0) return 0;
    uint32_t off = (uint32_t)l->pool.len;
    gput(&l->pool, s, n);
    gput(&l->pool, "", 1);
    return off + 1;
}

/* Starts a new entry; returns it (zeroed) or NULL when memory runs out. */
static nf_gz_entry *new_entry(loader *l) {
    nf_gazetteer *gz = l->gz;
    if (gz->count == l->cap_entries) {
        size_t cap = l->cap_entries ? l->cap_entries * 2 : 4096;
        nf_gz_entry *e = realloc(gz->entries, cap * sizeof *e);
        if (!e) {
            l->failed = true;
            return NULL;
        }
        gz->entries = e, l->cap_entries = cap;
    }
    nf_gz_entry *e = &gz->entries[gz->count++];
    memset(e, 0, sizeof *e);
    return e;
}

/* The '|'-separated form of a list that starts at *p (before `end`), its
 * length in *n; moves *p past the form and its bar.  The form points into
 * the list. */
static const char *next_form(const char **p, const char *end, size_t *n) {
    const char *s = *p, *bar = memchr(s, '|', (size_t)(end - s));
    *n = (size_t)((bar ? bar : end) - s);
    *p = bar ? bar + 1 : end;
    return s;
}

/* True when `w` (n bytes) is one of the '|'-separated forms of `list`
 * (ln bytes). */
static bool in_forms(const char *list, size_t ln, const char *w, size_t n) {
    for (const char *p = list, *end = list + ln; p < end;) {
        size_t fn;
        const char *f = next_form(&p, end, &fn);
        if (fn == n && memcmp(f, w, n) == 0) return true;
    }
    return false;
}

/* Records that `form` (n bytes) names entry `id`.  A form that begins with
 * a role noun is left out where the name after the role is a form of its
 * own (`list`, ln bytes: the entry's forms): "Nachrichtenagentur Interfax"
 * (a role is not part of a name, and the name follows on its own), but not
 * "Bündnis 90/Die Grünen" or "Organisation für Sicherheit und Zusammenarbeit
 * in Europa"; and where a place follows the role: "Regierung in Kiew" is a
 * description (a nominal mention), no name. */
static void add_form(loader *l, const char *s, size_t n, uint32_t id, const char *list, size_t ln) {
    while (n && (s[0] == ' ')) s++, n--;
    while (n && (s[n - 1] == ' ')) n--;
    if (n == 0 || n > 120) return;
    const char *sp = memchr(s, ' ', n);
    if (sp && nf_lexicon_find(&l->gz->roles, s, (size_t)(sp - s)) &&
        (!list || in_forms(list, ln, sp + 1, (size_t)(s + n - sp - 1)) ||
         (s + n - sp > 4 && memcmp(sp, " in ", 4) == 0)))
        return;
    if (l->nforms == l->cap_forms) {
        size_t cap = l->cap_forms ? l->cap_forms * 2 : 65536;
        form *f = realloc(l->forms, cap * sizeof *f);
        if (!f) {
            l->failed = true;
            return;
        }
        l->forms = f, l->cap_forms = cap;
    }
    uint32_t off = pool_add(l, s, n);
    l->forms[l->nforms++] = (form){NULL, off - 1, (uint32_t)n, id, 0};
}

/* Records `form` and, when it has accents, its bare spelling too
 * ("Kraków" also as "Krakow"): the text may write it either way. */
static void add_form_folded(loader *l, const char *s, size_t n, uint32_t id, const char *list,
                            size_t ln) {
    add_form(l, s, n, id, list, ln);
    char bare[256];
    size_t m = n < 128 ? nf_fold_accents(s, n, bare, sizeof bare) : 0;
    if (m) add_form(l, bare, m, id, list, ln);
}

/* Reads "YYYY-MM-DD" or "YYYY" as YYYYMMDD; `end` fills an open month/day
 * with the last one.  0 for an empty field. */
static int32_t read_date(const char *s, size_t n, bool end) {
    int v[3] = {0, 0, 0};
    if (n == 0 || n >= 16) return 0;
    /* Up to three '-'-separated runs of digits (what sscanf "%d-%d-%d" read). */
    int k = 0;
    for (size_t i = 0; k < 3 && i < n; k++) {
        if (s[i] < '0' || s[i] > '9') break;
        while (i < n && s[i] >= '0' && s[i] <= '9') v[k] = v[k] * 10 + (s[i++] - '0');
        if (i >= n || s[i] != '-') {
            k++;
            break;
        }
        i++;
    }
    int y = v[0], m = v[1], d = v[2];
    if (k < 1) return 0;
    if (k < 2) m = end ? 12 : 1;
    if (k < 3) d = end ? 31 : 1;
    return y * 10000 + m * 100 + d;
}

/* Splits a line into at most `max` tab-separated fields. */
static size_t split_tabs(const char *line, size_t len, const char **f, size_t *fl, size_t max) {
    size_t n = 0;
    const char *p = line, *end = line + len;
    while (n < max) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        f[n] = p;
        fl[n] = (size_t)((tab ? tab : end) - p);
        n++;
        if (!tab) break;
        p = tab + 1;
    }
    return n;
}

/* True when byte i of the n bytes at s is a lower-case letter (ASCII or
 * "ä", "ö", "ü", "ß" as UTF-8, whose second byte i is). */
static bool lower_letter_at(const char *s, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'a' && c <= 'z') return true;
    return i > 0 && (unsigned char)s[i - 1] == 0xC3 &&
           (c == 0xA4 || c == 0xB6 || c == 0xBC || c == 0x9F);
}

/* Writes into out (room for n bytes) the form s (n bytes) with each hyphen
 * that joins two German words of a compound dropped and the second word's
 * capital made small ("Fußball-Bund" -> "Fußballbund", "Ford-Konzern" ->
 * "Fordkonzern"; a hyphen before a capital "Ä", "Ö", "Ü" or one of
 * another kind stays); returns its length, 0 when no hyphen was dropped. */
static size_t joined_compound(const char *s, size_t n, char *out) {
    size_t m = 0;
    bool dropped = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' && i > 0 && i + 2 < n && lower_letter_at(s, i - 1) && s[i + 1] >= 'A' &&
            s[i + 1] <= 'Z' && lower_letter_at(s, i + 2)) {
            out[m++] = (char)(s[++i] - 'A' + 'a');
            dropped = true;
            continue;
        }
        out[m++] = s[i];
    }
    return dropped ? m : 0;
}

/* Adds the forms of an organisation's names field (see add_forms) written
 * as one word where the field joins a compound's words by a hyphen: German
 * writes "Deutscher Fußballbund" and "Deutscher Fußball-Bund" alike. */
static void add_joined_compounds(loader *l, const char *s, size_t n, uint32_t id) {
    char joined[256];
    for (const char *p = s, *end = s + n; p < end;) {
        size_t fn;
        const char *f = next_form(&p, end, &fn);
        size_t m = fn < sizeof joined ? joined_compound(f, fn, joined) : 0;
        if (m) add_form(l, joined, m, id, s, n);
    }
}

/* Adds every '|'-separated form of a names field for entry `id`; with
 * `fold`, accented forms also bare (persons and places: an organisation's
 * bare form may be a German word, "Sénat" -> "Senat"). */
static void add_forms(loader *l, const char *s, size_t n, uint32_t id, bool fold) {
    for (const char *p = s, *end = s + n; p < end;) {
        size_t fn;
        const char *f = next_form(&p, end, &fn);
        if (fold)
            add_form_folded(l, f, fn, id, s, n);
        else
            add_form(l, f, fn, id, s, n);
    }
}

/* Splits the line at *p (before `end`, without its "\r\n") into at most
 * `max` tab-separated fields and moves *p past it; 0 fields for a blank
 * line or a comment. */
static size_t next_row(const char **p, const char *end, const char **f, size_t *fl, size_t max) {
    const char *s = *p, *nl = memchr(s, '\n', (size_t)(end - s));
    size_t len = (size_t)((nl ? nl : end) - s);
    *p = nl ? nl + 1 : end;
    if (len && s[len - 1] == '\r') len--;
    return len && s[0] != '#' ? split_tabs(s, len, f, fl, max) : 0;
}

/* Calls `row` for every non-comment line of a data file. */
static nf_status each_line(const char *data_dir, const char *rel, loader *l,
                           void (*row)(loader *, const char **, size_t *, size_t), size_t fields,
                           nf_error *err) {
    nf_data d;
    nf_status st = nf_data_get(data_dir, rel, &d, err);
    if (st != NF_OK) return st;
    for (const char *p = d.bytes, *end = d.bytes + d.len; p < end && !l->failed;) {
        const char *f[8];
        size_t fl[8];
        size_t n = next_row(&p, end, f, fl, 8);
        if (n && n >= fields) row(l, f, fl, n);
    }
    nf_data_release(&d);
    return l->failed ? nf_fail(err, NF_ERR_MEMORY, 0, "out of memory loading %s", rel) : NF_OK;
}

/* Fills the three-letter country field. */
static void set_country(nf_gz_entry *e, const char *s, size_t n) {
    if (n == 3) memcpy(e->country, s, 3), e->country[3] = '\0';
}

/* countries.tsv: iso3 iso2 canonical cameo names */
static void country_row(loader *l, const char **f, size_t *fl, size_t n) {
    (void)n;
    nf_gz_entry *e = new_entry(l);
    if (!e) return;
    uint32_t id = (uint32_t)(l->gz->count - 1);
    e->source = NF_GZ_COUNTRY;
    e->type = NF_ENT_GPE;
    set_country(e, f[0], fl[0]);
    e->canonical = (const char *)(uintptr_t)pool_add(l, f[2], fl[2]);
    e->actor = (const char *)(uintptr_t)pool_add(l, f[3], fl[3]);
    add_forms(l, f[4], fl[4], id, true);
}

/* cities.tsv: geonameid canonical iso3 population is_capital names german_name */
static void city_row(loader *l, const char **f, size_t *fl, size_t n) {
    nf_gz_entry *e = new_entry(l);
    if (!e) return;
    uint32_t id = (uint32_t)(l->gz->count - 1);
    e->source = NF_GZ_CITY;
    e->type = NF_ENT_GPE;
    e->canonical = (const char *)(uintptr_t)pool_add(l, f[1], fl[1]);
    set_country(e, f[2], fl[2]);
    e->population = (int32_t)atol(f[3]);
    e->capital = fl[4] && f[4][0] == '1';
    e->german_name = n > 6 && fl[6] && f[6][0] == '1';
    add_forms(l, f[5], fl[5], id, true);
}

/* organizations.tsv: canonical type country actor names */
static void org_row(loader *l, const char **f, size_t *fl, size_t n) {
    (void)n;
    nf_gz_entry *e = new_entry(l);
    if (!e) return;
    uint32_t id = (uint32_t)(l->gz->count - 1);
    e->source = NF_GZ_ORG;
    e->type = NF_ENT_ORG;
    e->canonical = (const char *)(uintptr_t)pool_add(l, f[0], fl[0]);
    e->role = (const char *)(uintptr_t)pool_add(l, f[1], fl[1]);
    set_country(e, f[2], fl[2]);
    e->actor = (const char *)(uintptr_t)pool_add(l, f[3], fl[3]);
    e->names = (const char *)(uintptr_t)pool_add(l, f[4], fl[4]);
    add_forms(l, f[4], fl[4], id, false);
    add_joined_compounds(l, f[4], fl[4], id);
}

/* places.tsv: canonical type iso3 names (regions, states, seas, rivers) */
static void place_row(loader *l, const char **f, size_t *fl, size_t n) {
    (void)n;
    nf_gz_entry *e = new_entry(l);
    if (!e) return;
    uint32_t id = (uint32_t)(l->gz->count - 1);
    e->source = NF_GZ_PLACE;
    e->type = fl[1] == 3 && memcmp(f[1], "gpe", 3) == 0 ? NF_ENT_GPE : NF_ENT_LOC;
    e->canonical = (const char *)(uintptr_t)pool_add(l, f[0], fl[0]);
    set_country(e, f[2], fl[2]);
    add_forms(l, f[3], fl[3], id, true);
}

/* Starts the entry of a person with its label and country; returns it
 * (its index in *id), or NULL when memory runs out. */
static nf_gz_entry *new_person(loader *l, const char **f, size_t *fl, uint32_t *id) {
    nf_gz_entry *e = new_entry(l);
    if (!e) return NULL;
    *id = (uint32_t)(l->gz->count - 1);
    e->source = NF_GZ_PERSON;
    e->type = NF_ENT_PERSON;
    e->canonical = (const char *)(uintptr_t)pool_add(l, f[0], fl[0]);
    set_country(e, f[1], fl[1]);
    return e;
}

/* leaders.tsv: canonical iso3 actor role start end names */
static void leader_row(loader *l, const char **f, size_t *fl, size_t n) {
    (void)n;
    uint32_t id;
    nf_gz_entry *e = new_person(l, f, fl, &id);
    if (!e) return;
    e->actor = (const char *)(uintptr_t)pool_add(l, f[2], fl[2]);
    e->role = (const char *)(uintptr_t)pool_add(l, f[3], fl[3]);
    e->start = read_date(f[4], fl[4], false);
    e->end = read_date(f[5], fl[5], true);
    add_forms(l, f[6], fl[6], id, true);
}

/* persons.tsv: canonical iso3 names.  A person of no listed office: its
 * actor code comes from person-codes.tsv on the document's date, and only
 * its full names find it (derived() leaves its surnames and given names
 * out of those tables). */
static void known_person_row(loader *l, const char **f, size_t *fl, size_t n) {
    (void)n;
    uint32_t id;
    nf_gz_entry *e = new_person(l, f, fl, &id);
    if (!e) return;
    e->no_office = true;
    add_forms(l, f[2], fl[2], id, true);
}

/* Orders forms by text, then entry.  The prefixes decide most pairs; as
 * forms hold no NUL bytes, equal prefixes mean equal first min(len, 8)
 * bytes. */
static int by_text(const void *a, const void *b) {
    const form *x = a, *y = b;
    if (x->pre != y->pre) return x->pre < y->pre ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n > 8 ? memcmp(x->s + 8, y->s + 8, n - 8) : 0;
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

/* A form's sort key and its place, for sort_forms. */
typedef struct form_key {
    uint64_t pre;
    uint32_t at;
} form_key;

/* Sorts the forms into by_text's order: a radix sort of their first eight
 * bytes, then each run of equal first bytes by by_text.  qsort's
 * comparisons over all the forms were a quarter of loading the gazetteers.
 * Returns false when memory runs out (the forms are then as they were). */
static bool sort_forms(form *forms, size_t n) {
    form_key *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    form *sorted = malloc(n * sizeof *sorted);
    if (!a || !b || !sorted || n > UINT32_MAX) {
        free(a);
        free(b);
        free(sorted);
        return false;
    }
    for (size_t i = 0; i < n; i++) a[i] = (form_key){forms[i].pre, (uint32_t)i};
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++) count[((a[i].pre >> shift) & 0xFF) + 1]++;
        bool one_byte = false; /* every key has the same byte here: nothing moves */
        for (int c = 1; c <= 256 && !one_byte; c++) one_byte = count[c] == n;
        if (one_byte) continue;
        for (int c = 0; c < 256; c++) count[c + 1] += count[c];
        for (size_t i = 0; i < n; i++) b[count[(a[i].pre >> shift) & 0xFF]++] = a[i];
        form_key *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < n; i++) sorted[i] = forms[a[i].at];
    memcpy(forms, sorted, n * sizeof *forms);
    free(a);
    free(b);
    free(sorted);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && forms[j].pre == forms[i].pre) j++;
        if (j - i > 1) qsort(forms + i, j - i, sizeof *forms, by_text);
        i = j;
    }
    return true;
}

/* Sorts forms whose sort keys are not set yet into by_text's order. */
static void sort_by_text(form *forms, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint64_t pre = 0;
        for (size_t k = 0; k < 8; k++)
            pre = pre << 8 | (k < forms[i].len ? (unsigned char)forms[i].s[k] : 0u);
        forms[i].pre = pre;
    }
    if (!sort_forms(forms, n)) qsort(forms, n, sizeof *forms, by_text);
}

/* Builds a lexicon whose values are the comma-separated ids of equal keys. */
static nf_status ids_lexicon(nf_lexicon *lex, form *forms, size_t n, const char *name,
                             nf_error *err) {
    sort_by_text(forms, n);
    gbuf t = {0};
    for (size_t i = 0; i < n;) {
        size_t j = i;
        gput(&t, forms[i].s, forms[i].len);
        gput(&t, "\t", 1);
        uint32_t last = UINT32_MAX;
        size_t written = 0;
        while (j < n && forms[j].len == forms[i].len &&
               memcmp(forms[j].s, forms[i].s, forms[i].len) == 0) {
            if (forms[j].id != last && written < 64) {
                char num[24];
                size_t k = 0;
                if (written) num[k++] = ',';
                k += nf_fmt_u64(num + k, forms[j].id);
                gput(&t, num, k);
                last = forms[j].id;
                written++;
            }
            j++;
        }
        gput(&t, "\n", 1);
        i = j;
    }
    if (t.failed) {
        free(t.p);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory building %s", name);
    }
    nf_status st = nf_lexicon_parse(lex, t.p ? t.p : "", t.len, name, err);
    free(t.p);
    return st;
}

/* Parses a comma-separated id list. */
size_t nf_gz_ids(const char *value, uint32_t *ids, size_t cap) {
    size_t n = 0;
    const char *p = value;
    while (*p && n < cap) {
        char *end;
        unsigned long v = strtoul(p, &end, 10);
        if (end == p) break;
        ids[n++] = (uint32_t)v;
        p = *end == ',' ? end + 1 : end;
        if (!*end) break;
    }
    return n;
}

/* Finds the country entry of an ISO code. */
const nf_gz_entry *nf_gz_country(const nf_gazetteer *gz, const char *iso3) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->countries, iso3, strlen(iso3));
    if (!e) return NULL;
    size_t id = (size_t)e->num;
    return id < gz->count ? &gz->entries[id] : NULL;
}

/* See gazetteer.h. */
bool nf_gz_names_source(const nf_gazetteer *gz, const char *s, size_t n, unsigned sources) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->names, s, n);
    if (!e) return false;
    uint32_t ids[64];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    for (size_t i = 0; i < m; i++)
        if (sources >> gz->entries[ids[i]].source & 1u) return true;
    return false;
}

/* The countries whose people the news name surname first, as at home:
 * China (with Hong Kong, Macao and Taiwan), both Koreas, Vietnam ("Xi
 * Jinping", "Kim Jong-un", "Nguyen Phu Trong"). */
bool nf_gz_surname_first(const char *iso3) {
    static const char *const order[] = {"CHN", "HKG", "MAC", "TWN", "PRK", "KOR", "VNM"};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (strcmp(iso3, order[i]) == 0) return true;
    return false;
}

/* True when `last`, the last word of the person's name form s (n bytes)
 * of country iso3, is part of a given name, no surname to name the person
 * by alone: a romanised given name of two syllables joined by a hyphen,
 * the second in lower case ("Ing-wen" of "Tsai Ing-wen", "Ki-moon"), or
 * the last of three words where the family name comes first ("Un" of "Kim
 * Jong Un"; not in Vietnam, whose people the news call by the last:
 * "Nguyen Phu Trong" is "Trong"). */
static bool given_syllables(const char *iso3, const char *s, size_t n, const char *last) {
    const char *end = s + n, *h = memchr(last, '-', (size_t)(end - last));
    if (h && h > last + 1 && h + 2 < end && h[1] >= 'a' && h[1] <= 'z' && last[0] >= 'A' &&
        last[0] <= 'Z')
        return true;
    if (!nf_gz_surname_first(iso3) || strcmp(iso3, "VNM") == 0) return false;
    size_t spaces = 0;
    for (const char *p = s; p < end; p++) spaces += *p == ' ';
    return spaces >= 2;
}

/* See gazetteer.h. */
bool nf_gz_first_word_names(const char *iso3) {
    return nf_gz_surname_first(iso3) || strcmp(iso3, "THA") == 0;
}

/* Builds gz->loose_surnames from the surnames `sur` (n of them): each
 * one's nf_loose_key, with its person. */
static nf_status loose_surnames(nf_gazetteer *gz, const form *sur, size_t n, nf_error *err) {
    char *keys = malloc(n * NF_LOOSE_MAX + 1);
    form *lsur = malloc((n + 1) * sizeof *lsur);
    if (!keys || !lsur) {
        free(keys);
        free(lsur);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        char *k = keys + m * NF_LOOSE_MAX;
        size_t kl = nf_loose_key(sur[i].s, sur[i].len, k, NF_LOOSE_MAX);
        if (kl >= 4) lsur[m++] = (form){k, 0, (uint32_t)kl, sur[i].id, 0};
    }
    nf_status st = ids_lexicon(&gz->loose_surnames, lsur, m, "loose surnames", err);
    free(keys);
    free(lsur);
    return st;
}

/* Builds the derived tables from the sorted forms: first words with the
 * most tokens a form starting with them spans, person surnames (the last
 * word; the first as well, apart, where nf_gz_surname_first), and
 * countries by code. */
static nf_status derived(loader *l, nf_error *err) {
    nf_gazetteer *gz = l->gz;
    gbuf fw = {0}, cc = {0};
    form *sur = malloc((l->nforms + 1) * sizeof *sur);
    form *fsur = malloc((l->nforms + 1) * sizeof *fsur);
    form *fwf = malloc((l->nforms + 1) * sizeof *fwf); /* first tokens, their most tokens in id */
    size_t nsur = 0, nfsur = 0, nfwf = 0;
    if (!sur || !fsur || !fwf) {
        free(sur);
        free(fsur);
        free(fwf);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    }
    /* Forms are sorted, so all forms with the same first word are adjacent. */
    for (size_t i = 0; i < l->nforms;) {
        const form *f = &l->forms[i];
        size_t first = strcspn(f->s, " ");
        if (first > f->len) first = f->len;
        size_t most = 1, j = i;
        while (j < l->nforms && l->forms[j].len >= first &&
               memcmp(l->forms[j].s, f->s, first) == 0 &&
               (l->forms[j].len == first || l->forms[j].s[first] == ' ')) {
            const form *g = &l->forms[j];
            /* a space starts a token; a punctuation mark is one and may
             * start another ("90/Die" is three tokens) */
            size_t tokens = 1;
            for (size_t k = 0; k < g->len; k++) {
                char c = g->s[k];
                if (c == ' ')
                    tokens++;
                else if (c == '/' || c == '(' || c == ')' || c == ',' || c == '.' || c == '&' ||
                         c == '\'')
                    tokens += 2;
            }
            if (tokens > most) most = tokens;
            j++;
        }
        if (j == i) j = i + 1;
        /* the first token: "CDU" of "CDU/CSU", "Washington" of
         * "Washington, D.C." (the group's words agree up to the space) */
        size_t tok = strcspn(f->s, "/(),&");
        if (tok == 0 || tok > first) tok = first;
        fwf[nfwf++] = (form){f->s, 0, (uint32_t)tok, (uint32_t)(most < 12 ? most : 12), 0};
        i = j;
    }
    /* One entry per first token, with the most tokens of its forms. */
    sort_by_text(fwf, nfwf);
    for (size_t i = 0; i < nfwf;) {
        size_t j = i + 1; /* by_text puts the largest count of a key last */
        while (j < nfwf && fwf[j].len == fwf[i].len && memcmp(fwf[j].s, fwf[i].s, fwf[i].len) == 0)
            j++;
        gput(&fw, fwf[i].s, fwf[i].len);
        gput_num(&fw, fwf[j - 1].id);
        i = j;
    }
    free(fwf);
    gbuf gv = {0};
    for (size_t i = 0; i < l->nforms; i++) {
        const form *f = &l->forms[i];
        if (gz->entries[f->id].source != NF_GZ_PERSON || gz->entries[f->id].no_office ||
            !memchr(f->s, ' ', f->len))
            continue;
        size_t first = strcspn(f->s, " ");
        if (nf_gz_surname_first(gz->entries[f->id].country))
            fsur[nfsur++] = (form){f->s, 0, (uint32_t)first, f->id, 0};
        /* (a title that opens a form is no given name: "Ajatollah
         * Ruhollah Chomeini") */
        if (!nf_lexicon_find(&gz->roles, f->s, first)) {
            gput(&gv, f->s, first);
            gput(&gv, "\n", 1);
        }
        const char *last = f->s + f->len;
        while (last > f->s && last[-1] != ' ') last--;
        if (!given_syllables(gz->entries[f->id].country, f->s, f->len, last))
            sur[nsur++] = (form){last, 0, (uint32_t)(f->s + f->len - last), f->id, 0};
    }
    for (size_t i = 0; i < gz->count; i++) {
        if (gz->entries[i].source != NF_GZ_COUNTRY) continue;
        gput(&cc, gz->entries[i].country, strlen(gz->entries[i].country));
        gput_num(&cc, i);
    }
    nf_status st = NF_OK;
    if (fw.failed || cc.failed) st = nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    if (st == NF_OK)
        st = nf_lexicon_parse(&gz->first_words, fw.p ? fw.p : "", fw.len, "first words", err);
    if (st == NF_OK)
        st = nf_lexicon_parse(&gz->countries, cc.p ? cc.p : "", cc.len, "countries", err);
    if (st == NF_OK) st = ids_lexicon(&gz->surnames, sur, nsur, "surnames", err);
    if (st == NF_OK)
        st = ids_lexicon(&gz->first_surnames, fsur, nfsur, "surnames named first", err);
    if (st == NF_OK) st = loose_surnames(gz, sur, nsur, err);
    if (st == NF_OK) {
        nf_data d;
        st = nf_data_get(l->data_dir, "lang/de/entities/given-names.txt", &d, err);
        if (st == NF_OK) {
            gput(&gv, "\n", 1);
            gput(&gv, d.bytes, d.len);
            nf_data_release(&d);
        }
    }
    if (st == NF_OK && gv.failed) st = nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    if (st == NF_OK)
        st = nf_lexicon_parse(&gz->given, gv.p ? gv.p : "", gv.len, "given names", err);
    free(gv.p);
    free(sur);
    free(fsur);
    free(fw.p);
    free(cc.p);
    return st;
}

/* Puts "<form><ending>\t<iso3>\n" into `b` for every '|'-separated form
 * of `list` (n bytes) and every one of the `nend` endings; with `lower`,
 * the form's ASCII capitals in lower case ("US-amerikanisch" is looked up
 * as the token's lower-case text). */
static void put_forms(gbuf *b, const char *list, size_t n, const char *const *endings, size_t nend,
                      const char *iso3, bool lower) {
    for (const char *p = list, *end = list + n; p < end;) {
        size_t fn;
        const char *f = next_form(&p, end, &fn);
        for (size_t k = 0; k < nend; k++) {
            if (lower)
                for (size_t i = 0; i < fn; i++) {
                    char c = f[i] >= 'A' && f[i] <= 'Z' ? (char)(f[i] - 'A' + 'a') : f[i];
                    gput(b, &c, 1);
                }
            else
                gput(b, f, fn);
            gput(b, endings[k], strlen(endings[k]));
            gput(b, "\t", 1);
            gput(b, iso3, 3);
            gput(b, "\n", 1);
        }
    }
}

/* nationalities.tsv: iso3, adjective stems, demonyms; every inflected
 * form of a stem becomes a lower-case key of the adjectives table, every
 * demonym as written one of the demonyms table. */
static nf_status load_adjectives(nf_gazetteer *gz, const char *data_dir, nf_error *err) {
    nf_data d;
    nf_status st = nf_data_get(data_dir, "lang/de/entities/nationalities.tsv", &d, err);
    if (st != NF_OK) return st;
    static const char *const endings[] = {"", "e", "en", "er", "es", "em"};
    static const char *const no_ending[] = {""};
    gbuf t = {0}, dem = {0}; /* adjectives; demonyms */
    for (const char *p = d.bytes, *end = d.bytes + d.len; p < end;) {
        const char *f[4];
        size_t fl[4];
        size_t nf = next_row(&p, end, f, fl, 4);
        if (nf >= 3 && fl[0] == 3) put_forms(&dem, f[2], fl[2], no_ending, 1, f[0], false);
        if (nf >= 2 && fl[0] == 3)
            put_forms(&t, f[1], fl[1], endings, sizeof endings / sizeof endings[0], f[0], true);
    }
    nf_data_release(&d);
    if (t.failed || dem.failed)
        st = nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    else
        st = nf_lexicon_parse(&gz->adjectives, t.p ? t.p : "", t.len, "nationalities", err);
    if (st == NF_OK)
        st = nf_lexicon_parse(&gz->demonyms, dem.p ? dem.p : "", dem.len, "demonyms", err);
    free(t.p);
    free(dem.p);
    return st;
}

/* region-adjectives.tsv: adjective stem, region; every inflected form of
 * a stem becomes a key of the region adjectives table, its value the
 * region's name. */
static nf_status load_region_adjectives(nf_gazetteer *gz, const char *data_dir, nf_error *err) {
    nf_data d;
    nf_status st = nf_data_get(data_dir, "lang/de/entities/region-adjectives.tsv", &d, err);
    if (st != NF_OK) return st;
    static const char *const endings[] = {"e", "en", "er", "es", "em"};
    gbuf t = {0};
    for (const char *p = d.bytes, *end = d.bytes + d.len; p < end;) {
        const char *f[2];
        size_t fl[2];
        if (next_row(&p, end, f, fl, 2) < 2 || !fl[0] || !fl[1]) continue;
        for (size_t k = 0; k < sizeof endings / sizeof endings[0]; k++) {
            gput(&t, f[0], fl[0]);
            gput(&t, endings[k], strlen(endings[k]));
            gput(&t, "\t", 1);
            gput(&t, f[1], fl[1]);
            gput(&t, "\n", 1);
        }
    }
    nf_data_release(&d);
    st = t.failed ? nf_fail(err, NF_ERR_MEMORY, 0, "out of memory")
                  : nf_lexicon_parse(&gz->region_adjectives, t.p ? t.p : "", t.len,
                                     "region adjectives", err);
    free(t.p);
    return st;
}

/* Adds every key of `lex` with `bit` to the word-index text; for
 * organisation heads, legal forms get NF_GW_SUFFIX and endings feed the
 * three-byte tail table instead. */
static void index_keys(gbuf *t, gbuf *tails, const nf_lexicon *lex, unsigned bit) {
    for (size_t i = 0; i < lex->count; i++) {
        const nf_lex_entry *e = &lex->entries[i];
        const char *k = nf_lex_key(lex, e);
        size_t n = e->key_len;
        /* (heads and the common nouns' compounds that end in them, which
         * nf_org_head must try first; the legal forms go in the word table) */
        if (tails && (!*nf_lex_val(lex, e) || strcmp(nf_lex_val(lex, e), "common") == 0)) {
            if (n >= 3 && n < 32) { /* tail -> a bit for the length of the ending */
                gput(tails, k + n - 3, 3);
                gput_num(tails, 1u << n);
            }
            continue;
        }
        /* first words carry the most tokens a name starting with them spans */
        uint64_t v = bit == NF_GW_FIRST ? bit | (uint64_t)e->num << 8 : bit;
        gput(t, k, n);
        gput_num(t, v);
    }
}

/* Builds the one-lookup word table and the head-tail table. */
static nf_status build_word_index(nf_gazetteer *gz, nf_error *err) {
    gbuf t = {0}, tails = {0};
    index_keys(&t, NULL, &gz->first_words, NF_GW_FIRST);
    index_keys(&t, NULL, &gz->surnames, NF_GW_SURNAME);
    index_keys(&t, NULL, &gz->given, NF_GW_GIVEN);
    index_keys(&t, NULL, &gz->roles, NF_GW_ROLE);
    index_keys(&t, &tails, &gz->org_heads, NF_GW_SUFFIX);
    nf_status st = NF_OK;
    if (t.failed || tails.failed) st = nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
    /* Equal keys: OR their bits. */
    nf_lexicon raw;
    if (st == NF_OK) st = nf_lexicon_parse_or(&raw, t.p ? t.p : "", t.len, "word index", err);
    if (st == NF_OK) {
        gz->words = raw;
        gbuf low = {0};
        for (size_t i = 0; i < raw.count; i++) {
            const nf_lex_entry *e = &raw.entries[i];
            const char *k = nf_lex_key(&raw, e);
            if ((unsigned char)k[0] < 'a' || (unsigned char)k[0] > 'z') continue;
            gput(&low, k, e->key_len);
            gput_num(&low, (uint64_t)e->num);
        }
        st = low.failed ? nf_fail(err, NF_ERR_MEMORY, 0, "out of memory")
                        : nf_lexicon_parse(&gz->lower_words, low.p ? low.p : "", low.len,
                                           "lower-case words", err);
        free(low.p);
        /* Endings sharing their last three bytes: OR their length bits. */
        if (st == NF_OK)
            st = nf_lexicon_parse_or(&gz->head_tails, tails.p ? tails.p : "", tails.len,
                                     "head tails", err);
    }
    free(t.p);
    free(tails.p);
    return st;
}

/* Turns a pool offset + 1 stored in a pointer field into the pointer. */
static const char *fix(const char *field, const char *pool) {
    uintptr_t off = (uintptr_t)field;
    return off ? pool + off - 1 : NULL;
}

/* Adds the last two bytes of the `n` bytes at `k` to the bit set `tail2`. */
static void add_tail2(uint8_t *tail2, const char *k, size_t n) {
    if (n < 2) return;
    unsigned v = (unsigned)(unsigned char)k[n - 2] << 8 | (unsigned char)k[n - 1];
    tail2[v >> 3] |= (uint8_t)(1u << (v & 7));
}

/* data/person-codes.tsv (canonical, iso3, code, start, end) into
 * gz->codes, and gz->person_codes from each person's canonical label to the
 * index of its first code. */
static nf_status load_person_codes(nf_gazetteer *gz, const char *data_dir, nf_error *err) {
    nf_data d;
    nf_status st = nf_data_get(data_dir, "data/person-codes.tsv", &d, err);
    if (st != NF_OK) return st;
    size_t lines = 1;
    for (size_t i = 0; i < d.len; i++) lines += d.bytes[i] == '\n';
    gz->codes = calloc(lines, sizeof *gz->codes);
    gbuf first = {0}; /* "canonical<TAB>index" of each person's first code */
    const char *prev = NULL;
    size_t prev_len = 0;
    for (const char *p = d.bytes, *end = d.bytes + d.len; gz->codes && p < end;) {
        const char *f[5];
        size_t fl[5];
        size_t nf = next_row(&p, end, f, fl, 5);
        if (nf >= 3 && fl[1] == 3 && fl[2] > 0 && fl[2] < sizeof gz->codes->code) {
            nf_gz_code *c = &gz->codes[gz->ncodes];
            memcpy(c->country, f[1], 3);
            memcpy(c->code, f[2], fl[2]);
            c->start = nf > 3 ? read_date(f[3], fl[3], false) : 0;
            c->end = nf > 4 ? read_date(f[4], fl[4], true) : 0;
            if (prev && prev_len == fl[0] && memcmp(prev, f[0], fl[0]) == 0) {
                gz->codes[gz->ncodes - 1].more = true;
            } else {
                gput(&first, f[0], fl[0]);
                gput_num(&first, gz->ncodes);
            }
            prev = f[0], prev_len = fl[0];
            gz->ncodes++;
        }
    }
    if (!gz->codes || first.failed)
        st = nf_fail(err, NF_ERR_MEMORY, 0, "%s: out of memory", d.origin);
    else
        st = nf_lexicon_parse(&gz->person_codes, first.p ? first.p : "", first.len, d.origin, err);
    free(first.p);
    nf_data_release(&d);
    return st;
}

/* Sets the range of entries that holds every person with a role (the
 * leaders' file fills one stretch of them), so that finding who holds an
 * office ("der russische Präsident") reads a few thousand entries, not
 * all of them. */
static void office_range(nf_gazetteer *gz) {
    gz->office_first = gz->office_end = 0;
    for (size_t i = 0; i < gz->count; i++) {
        if (gz->entries[i].source != NF_GZ_PERSON || !gz->entries[i].role) continue;
        if (gz->office_end == 0) gz->office_first = i;
        gz->office_end = i + 1;
    }
}

/* The image when there is one and no data directory is named, else the
 * files. */
nf_status nf_gazetteer_load(nf_gazetteer *gz, const char *data_dir, nf_error *err) {
    nf_status st =
        (!data_dir || !*data_dir) && nf_gazetteer_image_len
            ? nf_gazetteer_image_read(gz, nf_gazetteer_image, nf_gazetteer_image_len, err)
            : nf_gazetteer_parse(gz, data_dir, err);
    if (st == NF_OK) office_range(gz);
    return st;
}

/* Loads every gazetteer file and builds the tables. */
nf_status nf_gazetteer_parse(nf_gazetteer *gz, const char *data_dir, nf_error *err) {
    memset(gz, 0, sizeof *gz);
    loader l;
    memset(&l, 0, sizeof l);
    l.gz = gz;
    l.data_dir = data_dir;
    nf_data rd;
    nf_status st = nf_data_get(data_dir, "lang/de/entities/roles.tsv", &rd, err);
    if (st == NF_OK) {
        st = nf_lexicon_parse(&gz->roles, rd.bytes, rd.len, rd.origin, err);
        nf_data_release(&rd);
    }
    if (st == NF_OK) st = each_line(data_dir, "data/countries.tsv", &l, country_row, 5, err);
    if (st == NF_OK) st = each_line(data_dir, "data/organizations.tsv", &l, org_row, 5, err);
    if (st == NF_OK) st = each_line(data_dir, "data/leaders.tsv", &l, leader_row, 7, err);
    if (st == NF_OK) st = each_line(data_dir, "data/persons.tsv", &l, known_person_row, 3, err);
    if (st == NF_OK) st = each_line(data_dir, "data/cities.tsv", &l, city_row, 6, err);
    if (st == NF_OK) st = each_line(data_dir, "data/places.tsv", &l, place_row, 4, err);
    if (st == NF_OK && (l.failed || l.pool.failed))
        st = nf_fail(err, NF_ERR_MEMORY, 0, "out of memory loading the gazetteer");
    if (st == NF_OK) {
        gz->pool = l.pool.p;
        l.pool.p = NULL;
        for (size_t i = 0; i < gz->count; i++) {
            nf_gz_entry *e = &gz->entries[i];
            e->canonical = fix(e->canonical, gz->pool);
            e->actor = fix(e->actor, gz->pool);
            e->role = fix(e->role, gz->pool);
            e->names = fix(e->names, gz->pool);
            if (e->source == NF_GZ_PERSON && e->canonical) {
                const char *sp = strrchr(e->canonical, ' ');
                e->surname = sp ? sp + 1 : e->canonical;
            }
        }
        for (size_t i = 0; i < l.nforms; i++) l.forms[i].s = gz->pool + l.forms[i].off;
        st = ids_lexicon(&gz->names, l.forms, l.nforms, "gazetteer names", err);
    }
    if (st == NF_OK) st = derived(&l, err);
    if (st == NF_OK) st = load_adjectives(gz, data_dir, err);
    if (st == NF_OK) st = load_region_adjectives(gz, data_dir, err);
    struct {
        nf_lexicon *lex;
        const char *file;
    } lists[] = {{&gz->org_heads, "lang/de/entities/org-heads.txt"},
                 {&gz->class_nouns, "lang/de/entities/class-nouns.txt"},
                 {&gz->noun_determiners, "lang/de/entities/noun-determiners.txt"},
                 {&gz->articles, "lang/de/entities/articles.txt"},
                 {&gz->name_particles, "lang/de/entities/name-particles.txt"},
                 {&gz->road_words, "lang/de/entities/road-words.txt"},
                 {&gz->place_endings, "lang/de/entities/place-endings.txt"},
                 {&gz->club_words, "lang/de/entities/club-words.txt"},
                 {&gz->club_prefixes, "lang/de/entities/club-prefixes.txt"},
                 {&gz->foreign_country_names, "lang/de/entities/foreign-country-names.txt"},
                 {&gz->thing_acronyms, "lang/de/entities/thing-acronyms.txt"},
                 {&gz->given_genders, "lang/de/entities/given-genders.tsv"},
                 {&gz->sports_codes, "lang/de/entities/sports-codes.tsv"},
                 {&gz->noun_names, "lang/de/entities/noun-names.txt"},
                 {&gz->common_nouns, "lang/de/entities/common-nouns.txt"},
                 {&gz->landmark_nouns, "lang/de/entities/landmark-nouns.txt"},
                 {&gz->english_heads, "lang/de/entities/english-heads.txt"},
                 {&gz->place_of_words, "lang/de/entities/place-of-words.txt"},
                 {&gz->party_words, "lang/de/entities/party-words.txt"}};
    for (size_t i = 0; st == NF_OK && i < sizeof lists / sizeof lists[0]; i++) {
        nf_data d;
        st = nf_data_get(data_dir, lists[i].file, &d, err);
        if (st == NF_OK) {
            st = nf_lexicon_parse(lists[i].lex, d.bytes, d.len, d.origin, err);
            nf_data_release(&d);
        }
    }
    if (st == NF_OK) st = load_person_codes(gz, data_dir, err);
    for (size_t i = 0; st == NF_OK && i < gz->place_endings.count; i++) {
        const nf_lex_entry *e = &gz->place_endings.entries[i];
        const char *v = nf_lex_val(&gz->place_endings, e);
        if (strcmp(v, "hyphen") == 0)
            add_tail2(gz->hyphen_tail2, nf_lex_key(&gz->place_endings, e), e->key_len);
        if (*v) continue;
        if (e->key_len > gz->place_ending_max) gz->place_ending_max = e->key_len;
        add_tail2(gz->place_tail2, nf_lex_key(&gz->place_endings, e), e->key_len);
    }
    for (size_t i = 0; st == NF_OK && i < gz->class_nouns.count; i++) {
        const nf_lex_entry *e = &gz->class_nouns.entries[i];
        if (e->key_len > gz->class_noun_max) gz->class_noun_max = e->key_len;
        add_tail2(gz->class_tail2, nf_lex_key(&gz->class_nouns, e), e->key_len);
    }
    if (st == NF_OK) st = build_word_index(gz, err);
    free(l.forms);
    free(l.pool.p);
    if (st != NF_OK) nf_gazetteer_free(gz);
    return st;
}

/* Every lexicon of nf_gazetteer. */
const size_t nf_gz_lexicon_offsets[NF_GZ_LEXICONS] = {
    offsetof(nf_gazetteer, names),          offsetof(nf_gazetteer, first_words),
    offsetof(nf_gazetteer, surnames),       offsetof(nf_gazetteer, first_surnames),
    offsetof(nf_gazetteer, loose_surnames), offsetof(nf_gazetteer, given),
    offsetof(nf_gazetteer, countries),      offsetof(nf_gazetteer, adjectives),
    offsetof(nf_gazetteer, demonyms),       offsetof(nf_gazetteer, roles),
    offsetof(nf_gazetteer, org_heads),      offsetof(nf_gazetteer, words),
    offsetof(nf_gazetteer, lower_words),    offsetof(nf_gazetteer, head_tails),
    offsetof(nf_gazetteer, class_nouns),    offsetof(nf_gazetteer, noun_determiners),
    offsetof(nf_gazetteer, articles),       offsetof(nf_gazetteer, name_particles),
    offsetof(nf_gazetteer, place_endings),  offsetof(nf_gazetteer, club_words),
    offsetof(nf_gazetteer, club_prefixes),  offsetof(nf_gazetteer, foreign_country_names),
    offsetof(nf_gazetteer, thing_acronyms), offsetof(nf_gazetteer, road_words),
    offsetof(nf_gazetteer, person_codes),   offsetof(nf_gazetteer, given_genders),
    offsetof(nf_gazetteer, sports_codes),   offsetof(nf_gazetteer, noun_names),
    offsetof(nf_gazetteer, common_nouns),   offsetof(nf_gazetteer, landmark_nouns),
    offsetof(nf_gazetteer, english_heads),  offsetof(nf_gazetteer, place_of_words),
    offsetof(nf_gazetteer, party_words),    offsetof(nf_gazetteer, region_adjectives)};

_Static_assert(offsetof(nf_gazetteer, codes) - offsetof(nf_gazetteer, names) ==
                   NF_GZ_LEXICONS * sizeof(nf_lexicon),
               "every lexicon of nf_gazetteer is in nf_gz_lexicon_offsets");

/* Frees every table; what belongs to an image stays. */
void nf_gazetteer_free(nf_gazetteer *gz) {
    free(gz->entries);
    if (!gz->borrowed) {
        free(gz->codes);
        free(gz->pool);
    }
    for (size_t i = 0; i < NF_GZ_LEXICONS; i++) nf_lexicon_free(nf_gz_lexicon(gz, i));
    memset(gz, 0, sizeof *gz);
}
