/* load.c - one record into the normalised tables: the document, its
 * entities and mentions, quotes, amounts (and their subjects), times,
 * events and sources; entities are linked to the cross-document actors
 * (keyed by canonical label, else by name) and the actors' name forms. */
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- Hash maps (for the actor caches) ------------------------------------ */

/* FNV-1a over a string. */
static unsigned long long fnv(const char *s, size_t n, unsigned long long h) {
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* The hash the maps use for a string (computed where the string is made,
 * on a worker thread, and kept with it). */
static uint64_t str_hash(const char *s) {
    return fnv(s, strlen(s), 0xcbf29ce484222325ULL);
}

/* An entry: a string (owned) and a number; for the actor map the key
 * string and the actor id, for the name-form set the form and its actor. */
typedef struct smap_entry {
    char *key;
    uint64_t h;
    long long value;
} smap_entry;

/* Open addressing with linear probing; `cap` is a power of two. */
typedef struct smap {
    smap_entry *slots;
    size_t cap, n;
} smap;

/* The slot of (key, h, value) when `by_value` (the set of name forms, where
 * a form recurs with several actors), else of key: empty when absent. */
static smap_entry *smap_slot(smap *m, const char *key, uint64_t h, long long value, bool by_value) {
    uint64_t mix = by_value ? h ^ ((uint64_t)value * 0x9e3779b97f4a7c15ULL) : h;
    size_t i = (size_t)(mix ^ (mix >> 29)) & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        smap_entry *e = &m->slots[i];
        if (!e->key) return e;
        if (e->h == h && (!by_value || e->value == value) && strcmp(e->key, key) == 0) return e;
    }
}

/* Looks (key, h) up, with `value` too when `by_value`: the entry, or NULL. */
static smap_entry *smap_find(smap *m, const char *key, uint64_t h, long long value, bool by_value) {
    if (!m->cap) return NULL;
    smap_entry *e = smap_slot(m, key, h, value, by_value);
    return e->key ? e : NULL;
}

/* Adds an entry that smap_find did not find, copying the key; the entry,
 * or NULL when memory runs out. */
static smap_entry *smap_add(smap *m, const char *key, uint64_t h, long long value, bool by_value) {
    if ((m->n + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 1024;
        smap_entry *old = m->slots;
        size_t ocap = m->cap;
        m->slots = nf_calloc_written(ncap, sizeof *m->slots); /* probed before written */
        if (!m->slots) {
            m->slots = old;
            return NULL;
        }
        m->cap = ncap;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].key) *smap_slot(m, old[i].key, old[i].h, old[i].value, by_value) = old[i];
        free(old);
    }
    smap_entry *e = smap_slot(m, key, h, value, by_value);
    e->key = strdup(key);
    if (!e->key) return NULL;
    e->h = h;
    e->value = value;
    m->n++;
    return e;
}

/* Frees the map's keys and slots. */
static void smap_free(smap *m) {
    for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
    free(m->slots);
    memset(m, 0, sizeof *m);
}

/* ---- Tables and statements ------------------------------------------------ */

/* Rows per multi-row INSERT: one statement stores this many rows, so that
 * SQLite's cost of a statement (opening the table, halting, resetting) is
 * paid once per chunk, and PostgreSQL's round trip too. */
#define CHUNK 32

/* The most columns a child table has (events). */
#define MAX_COLS 15

/* A child table: its name, columns and what follows the VALUES. */
typedef struct table_def {
    const char *name, *cols, *tail;
    int ncols;
} table_def;

static const table_def tables[NF_P_TABLES] = {
    [NF_P_ENTITIES] = {"entities",
                       "doc, eid, type, name, canonical, country, actor, roles, actor_id", "", 9},
    [NF_P_MENTIONS] = {"mentions", "doc, eid, n, start_cp, end_cp, text, kind", "", 7},
    [NF_P_QUOTES] = {"quotes", "doc, qid, kind, text, start_cp, end_cp, cue, speaker_span, speaker",
                     "", 9},
    [NF_P_AMOUNTS] = {"amounts",
                      "doc, n, start_cp, end_cp, text, value, unit, approx, qualifier, object, "
                      "measure, period_start, period_end, claimant",
                      "", 14},
    [NF_P_SUBJECTS] = {"amount_subjects", "doc, n, eid", " ON CONFLICT DO NOTHING", 3},
    [NF_P_TIMES] = {"times", "doc, n, start_cp, end_cp, text, type, value", "", 7},
    [NF_P_EVENTS] = {"events",
                     "doc, vid, code, root, label, plover, goldstein, source, target, date, "
                     "location, modality, trigger, start_cp, end_cp",
                     "", 15},
    [NF_P_SOURCES] = {"sources", "doc, n, eid, cue, start_cp, end_cp", "", 6},
};

/* actor_names and (SQLite) actors, stored like the child tables. */
enum { T_NAMES = NF_P_TABLES, T_ACTORS, T_ALL };
static const table_def names_table = {"actor_names", "name, actor", " ON CONFLICT DO NOTHING", 2};
static const table_def actors_table = {"actors", "actor, key, type, country, code", "", 5};

/* The definition of table t: a child table, T_NAMES or T_ACTORS. */
static const table_def *table_of(int t) {
    return t < NF_P_TABLES ? &tables[t] : t == T_NAMES ? &names_table : &actors_table;
}

/* "INSERT INTO t (cols) VALUES (?1, ...), ... tail" for `rows` rows
 * (malloc'd; NULL when memory runs out).  For SQLite it is INSERT OR FAIL:
 * a violated constraint still fails the statement (and the caller rolls
 * the transaction back), but SQLite need not be able to undo the rows
 * before it, which in a plain multi-row INSERT means copying every page it
 * touches into a statement journal first (an eighth of the store thread's
 * instructions on bench-de). */
static char *insert_sql(const table_def *t, int rows, bool pg) {
    size_t cap = strlen(t->name) + strlen(t->cols) + strlen(t->tail) + 64 +
                 (size_t)rows * (size_t)t->ncols * 9;
    char *sql = malloc(cap);
    if (!sql) return NULL;
    size_t n = (size_t)snprintf(sql, cap, "INSERT%s INTO %s (%s) VALUES ", pg ? "" : " OR FAIL",
                                t->name, t->cols);
    int k = 1;
    for (int r = 0; r < rows; r++) {
        n += (size_t)snprintf(sql + n, cap - n, r ? ", (" : "(");
        for (int c = 0; c < t->ncols; c++)
            n += (size_t)snprintf(sql + n, cap - n, c ? ", ?%d" : "?%d", k++);
        n += (size_t)snprintf(sql + n, cap - n, ")");
    }
    snprintf(sql + n, cap - n, "%s", t->tail);
    return sql;
}

/* ---- The loader ------------------------------------------------------------ */

/* A growing array of statement values: rows of one table waiting for
 * nf_loader_flush. */
typedef struct val_rows {
    nf_val *v;
    size_t n, cap; /* rows */
} val_rows;

/* A loader: its store (not owned), the actors and name forms it knows to
 * be stored, its INSERT statements, and what waits for nf_loader_flush:
 * the preps whose child rows are not stored yet (not owned), the new name
 * forms and (SQLite) the new actors.
 *
 * On SQLite the loader numbers new actors itself and stores them with the
 * child rows, many a statement: an INSERT of its own for each of them was
 * a quarter of the store thread's time on bench-de.  It can, because a
 * SQLite transaction (BEGIN IMMEDIATE) keeps every other writer out, so
 * the largest id read at nf_loader_begin stays the largest.  When the
 * actors table was empty at the first nf_loader_begin and no one else has
 * written to it since, every stored actor is in `actors`, and a key that
 * is not there is new without asking the store.  PostgreSQL numbers its
 * identity column itself, so there every new actor is still one INSERT. */
struct nf_loader {
    nf_store *s;
    smap actors;           /* key -> actor id */
    smap names;            /* (form, actor), the name forms already stored */
    char *sql[T_ALL][2];   /* INSERTs of 1 and CHUNK rows: child tables, T_NAMES, T_ACTORS */
    bool number_actors;    /* SQLite: new actors are numbered here, stored by flush */
    bool actors_all_known; /* every stored actor is in `actors` */
    long long next_actor;  /* the id of the next new actor (number_actors) */
    nf_prep **pending;
    size_t npending, pending_cap;
    val_rows names_v;               /* new name forms: (name, actor) */
    val_rows actors_v;              /* new actors: (actor, key, type, country, code) */
    nf_val chunk[CHUNK * MAX_COLS]; /* the values of one multi-row INSERT */
};

/* Room for one more row of `ncols` values in r: its first value, or NULL
 * when memory runs out. */
static nf_val *val_rows_add(val_rows *r, size_t ncols) {
    if (r->n == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 256;
        nf_val *v = realloc(r->v, ncap * ncols * sizeof *v);
        if (!v) return NULL;
        r->v = v;
        r->cap = ncap;
    }
    return &r->v[r->n++ * ncols];
}

/* Makes a loader. */
nf_loader *nf_loader_new(nf_store *s) {
    nf_loader *l = calloc(1, sizeof *l);
    if (!l) return NULL;
    l->s = s;
    l->number_actors = !nf_store_is_pg(s);
    for (int t = 0; t < T_ALL; t++) {
        const table_def *def = table_of(t);
        l->sql[t][0] = insert_sql(def, 1, nf_store_is_pg(s));
        l->sql[t][1] = insert_sql(def, CHUNK, nf_store_is_pg(s));
        if (!l->sql[t][0] || !l->sql[t][1]) {
            nf_loader_free(l);
            return NULL;
        }
    }
    return l;
}

/* Frees a loader. */
void nf_loader_free(nf_loader *l) {
    if (!l) return;
    smap_free(&l->actors);
    smap_free(&l->names);
    for (int t = 0; t < T_ALL; t++) {
        free(l->sql[t][0]);
        free(l->sql[t][1]);
    }
    free(l->pending);
    free(l->names_v.v);
    free(l->actors_v.v);
    free(l);
}

/* FNV-1a over several parts with a separator after each. */
void nf_hash_parts(const char *const *parts, const size_t *lens, int n, char out[17]) {
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < n; i++) {
        if (parts[i]) h = fnv(parts[i], lens ? lens[i] : strlen(parts[i]), h);
        h = fnv("\x1f", 1, h);
    }
    snprintf(out, 17, "%016llx", h);
}

/* The case-folded NFC form of `s` into `out` (len + 1 bytes) when `s` is
 * Latin-1 in UTF-8 (ASCII, and U+0080..U+00FF but U+00B5, the micro sign,
 * which folds to a Greek mu): there folding lowers A-Z and U+00C0..U+00DE
 * but U+00D7 by 0x20, turns U+00DF into "ss", and NFC changes nothing
 * (no combining mark can follow: those start at U+0300).  That is what
 * utf8proc returns, at a fraction of the cost, for nearly every German
 * name.  False (out partly written) for anything else. */
static bool fold_latin1(const char *s, size_t len, char *out) {
    const unsigned char *p = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i];
        if (c < 0x80) {
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        if ((c != 0xC2 && c != 0xC3) || i + 1 == len || p[i + 1] < 0x80 || p[i + 1] > 0xBF)
            return false;
        unsigned char d = p[++i];
        if (c == 0xC2 && d == 0xB5) return false;
        if (c == 0xC3 && d == 0x9F) { /* ß */
            out[o++] = 's';
            out[o++] = 's';
            continue;
        }
        if (c == 0xC3 && d <= 0x9E && d != 0x97) d += 0x20;
        out[o++] = (char)c;
        out[o++] = (char)d;
    }
    out[o] = '\0';
    return true;
}

/* The case-folded NFC form of a name. */
char *nf_name_key(const char *s) {
    size_t len = strlen(s);
    char *ascii = malloc(len + 1);
    if (!ascii) return NULL;
    if (fold_latin1(s, len, ascii)) return ascii;
    free(ascii);
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (n < 0) return NULL;
    return (char *)out;
}

/* A record id as text. */
const char *nf_record_id(const nf_jv *id, char *buf, size_t n) {
    if (nf_jis(id, NF_J_STR))
        snprintf(buf, n, "%s", nf_jstr(id));
    else if (nf_jis(id, NF_J_INT))
        snprintf(buf, n, "%lld", (long long)id->u.i);
    else if (nf_jis(id, NF_J_REAL))
        snprintf(buf, n, "%.17g", id->u.d);
    else
        snprintf(buf, n, "%s", "");
    return buf;
}

/* A string member or NULL. */
static const char *jstr(const nf_jv *o, const char *key) {
    return nf_jstr(nf_jget(o, key));
}

/* Packed values (see nf_pval): text (NULL for a NULL string), integer,
 * real, NULL. */
static nf_pval pv_text(const char *s) {
    nf_pval v = {.u.s = s, .t = s ? NF_V_TEXT : NF_V_NULL};
    return v;
}
static nf_pval pv_int(long long i) {
    nf_pval v = {.u.i = i, .t = NF_V_INT};
    return v;
}
static nf_pval pv_real(double r) {
    nf_pval v = {.u.r = r, .t = NF_V_REAL};
    return v;
}
static nf_pval pv_null(void) {
    nf_pval v = {.u.i = 0, .t = NF_V_NULL};
    return v;
}

/* A packed value as a parameter. */
static nf_val pv_param(nf_pval v) {
    switch (v.t) {
        case NF_V_TEXT:
            return nf_text(v.u.s);
        case NF_V_INT:
            return nf_int(v.u.i);
        case NF_V_REAL:
            return nf_real(v.u.r);
        default:
            return nf_null();
    }
}

/* A number as a parameter (NULL for anything else). */
static nf_pval vnum(const nf_jv *v) {
    if (nf_jis(v, NF_J_INT)) return pv_int((long long)v->u.i);
    if (nf_jis(v, NF_J_REAL)) return pv_real(v->u.d);
    return pv_null();
}

/* A number as a floating-point parameter. */
static nf_pval vreal(const nf_jv *v) {
    return nf_jis_number(v) ? pv_real(nf_jnum(v)) : pv_null();
}

/* A boolean as 0/1 (NULL for anything else). */
static nf_pval vbool(const nf_jv *v) {
    if (nf_jis(v, NF_J_TRUE)) return pv_int(1);
    return nf_jis(v, NF_J_FALSE) ? pv_int(0) : pv_null();
}

/* The members of object `o` named by `keys` (`n` of them, each shorter than
 * 16 bytes) into out[] (NULL for a missing one; the last of equal keys, as
 * nf_jget): one walk over the members where a look-up per key walked them
 * once each, for every object of every record. */
static void jfields(const nf_jv *o, const char *const *keys, int n, const nf_jv **out) {
    size_t lens[16];
    for (int j = 0; j < n; j++) {
        out[j] = NULL;
        lens[j] = strlen(keys[j]);
    }
    if (!o || o->type != NF_J_OBJ) return;
    const nf_jv *k = o + 1;
    for (uint32_t i = 0; i < o->len; i++) {
        const nf_jv *val = k + 1;
        for (int j = 0; j < n; j++)
            if (k->len == lens[j] && memcmp(k->u.s, keys[j], lens[j]) == 0) {
                out[j] = val;
                break;
            }
        k = val + val->skip;
    }
}

/* ---- Building the rows of a record (on a worker thread) -------------------- */

/* A block of a prep's derived strings. */
typedef struct nf_prep_block {
    struct nf_prep_block *next;
    size_t cap;
    char data[];
} nf_prep_block;

/* `n` bytes from the prep's blocks (valid until the prep is cleared); NULL
 * when memory runs out.  A new block is twice the last (1 KiB at first):
 * ingest keeps a prep for each of its 2 x 500 items, so their first
 * sizes are what an idle item holds. */
static char *prep_alloc(nf_prep *p, size_t n) {
    if (!p->blocks || p->used + n > p->blocks->cap) {
        size_t cap = p->blocks ? 2 * p->blocks->cap : 1024;
        if (cap < n) cap = n;
        nf_prep_block *b = malloc(sizeof *b + cap);
        if (!b) return NULL;
        b->next = p->blocks;
        b->cap = cap;
        p->blocks = b;
        p->used = 0;
    }
    char *out = p->blocks->data + p->used;
    p->used += n;
    return out;
}

/* Appends a row of `ncols` values to table t; its values (to fill in), or
 * NULL when memory runs out. */
static nf_pval *prep_row(nf_prep *p, nf_prep_table t) {
    nf_prep_rows *r = &p->t[t];
    int ncols = tables[t].ncols;
    if (r->n == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 4;
        nf_pval *v = realloc(r->v, ncap * (size_t)ncols * sizeof *v);
        if (!v) return NULL;
        r->v = v;
        r->cap = ncap;
    }
    return &r->v[r->n++ * (size_t)ncols];
}

/* A span's members. */
static const char *const span_keys[] = {"text", "start", "end"};

/* The text of a span, or of an array of spans joined with " … ", copied
 * into the prep when joined; NULL for none (and for no memory, which sets
 * *oom).  `start`/`end` get the first start and the last end. */
static const char *span_text(nf_prep *p, const nf_jv *v, nf_pval *start, nf_pval *end, bool *oom) {
    const nf_jv *f[3];
    if (start) *start = pv_null();
    if (end) *end = pv_null();
    if (nf_jis(v, NF_J_OBJ)) {
        jfields(v, span_keys, 3, f);
        if (start) *start = vnum(f[1]);
        if (end) *end = vnum(f[2]);
        return nf_jstr(f[0]);
    }
    if (!nf_jis(v, NF_J_ARR) || v->len == 0) return NULL;
    size_t i, len = 0;
    const nf_jv *sp;
    nf_jforeach(v, i, sp) {
        const char *t = jstr(sp, "text");
        len += (i > 0 ? 5 : 0) + (t ? strlen(t) : 0);
    }
    char *out = prep_alloc(p, len + 1), *o = out;
    if (!out) {
        *oom = true;
        return NULL;
    }
    nf_jforeach(v, i, sp) {
        jfields(sp, span_keys, 3, f);
        const char *t = nf_jstr(f[0]);
        if (i > 0) {
            memcpy(o, " \xe2\x80\xa6 ", 5);
            o += 5;
        }
        if (t) {
            size_t n = strlen(t);
            memcpy(o, t, n);
            o += n;
        }
        if (i == 0 && start) *start = vnum(f[1]);
        if (end) *end = vnum(f[2]);
    }
    *o = '\0';
    return out;
}

/* Adds the case-folded form of `name` to the forms of the last entity
 * (unless it has it already); a name that is not UTF-8 has no form.
 * Returns false when memory runs out. */
static bool prep_form(nf_prep *p, const char *name) {
    if (!name || !*name) return true;
    size_t len = strlen(name);
    char *key = prep_alloc(p, len + 1);
    if (!key) return false;
    if (!fold_latin1(name, len, key)) {
        char *folded = nf_name_key(name);
        if (!folded) return true; /* not UTF-8 (or no memory: the form is only missed) */
        size_t n = strlen(folded);
        if (n > len) key = prep_alloc(p, n + 1);
        if (key) memcpy(key, folded, n + 1);
        free(folded);
        if (!key) return false;
    }
    uint64_t h = str_hash(key);
    nf_prep_entity *e = &p->ents[p->nents - 1];
    for (size_t i = e->form0; i < p->nforms; i++)
        if (p->forms[i].h == h && strcmp(p->forms[i].s, key) == 0) return true;
    if (p->nforms == p->forms_cap) {
        size_t ncap = p->forms_cap ? p->forms_cap * 2 : 16;
        nf_prep_form *f = realloc(p->forms, ncap * sizeof *f);
        if (!f) return false;
        p->forms = f;
        p->forms_cap = ncap;
    }
    p->forms[p->nforms].s = key;
    p->forms[p->nforms].h = h;
    p->nforms++;
    e->nforms++;
    return true;
}

/* A name and, for persons, its last word (the surname) as forms. */
static bool prep_person_name(nf_prep *p, const char *name, bool person) {
    if (!prep_form(p, name)) return false;
    if (person && name) {
        const char *sp = strrchr(name, ' ');
        if (sp && sp[1]) return prep_form(p, sp + 1);
    }
    return true;
}

/* The members of an entity and of a mention that are stored. */
enum { E_ID, E_TYPE, E_NAME, E_CANONICAL, E_COUNTRY, E_ACTOR, E_ROLES, E_MENTIONS, E_N };
static const char *const entity_keys[E_N] = {"id",      "type",  "name",  "canonical",
                                             "country", "actor", "roles", "mentions"};
enum { M_START, M_END, M_TEXT, M_KIND, M_N };
static const char *const mention_keys[M_N] = {"start", "end", "text", "kind"};

/* The entities, their mentions and name forms. */
static bool prep_entities(nf_prep *p, const nf_jv *arr) {
    size_t i, k;
    const nf_jv *e, *m, *f[E_N], *g[M_N];
    nf_jforeach(arr, i, e) {
        if (p->nents == p->ents_cap) {
            size_t ncap = p->ents_cap ? p->ents_cap * 2 : 8;
            nf_prep_entity *x = realloc(p->ents, ncap * sizeof *x);
            if (!x) return false;
            p->ents = x;
            p->ents_cap = ncap;
        }
        jfields(e, entity_keys, E_N, f);
        nf_prep_entity *pe = &p->ents[p->nents++];
        const char *canonical = nf_jstr(f[E_CANONICAL]), *name = nf_jstr(f[E_NAME]);
        const char *type = nf_jstr(f[E_TYPE]), *id = nf_jstr(f[E_ID]);
        const char *key = canonical && *canonical ? canonical : name;
        if (key && !*key) key = NULL;
        pe->key = key;
        pe->key_hash = key ? str_hash(key) : 0;
        pe->type = type;
        pe->country = nf_jstr(f[E_COUNTRY]);
        pe->code = nf_jstr(f[E_ACTOR]);
        pe->row = SIZE_MAX;
        pe->form0 = p->nforms;
        pe->nforms = 0;
        if (!id) continue; /* an entity without id cannot be referred to */
        /* The roles, joined with spaces. */
        size_t len = 0, nroles = 0;
        const nf_jv *r, *rlist = f[E_ROLES];
        nf_jforeach(rlist, k, r) if (nf_jis(r, NF_J_STR)) len += r->len + 1, nroles++;
        char *roles = NULL;
        if (nroles) {
            char *o = roles = prep_alloc(p, len);
            if (!roles) return false;
            nf_jforeach(rlist, k, r) {
                if (!nf_jis(r, NF_J_STR)) continue;
                if (o > roles) *o++ = ' ';
                memcpy(o, nf_jstr(r), r->len);
                o += r->len;
            }
            *o = '\0';
            if (o == roles) roles = NULL; /* only empty roles: none */
        }
        pe->row = p->t[NF_P_ENTITIES].n;
        nf_pval *v = prep_row(p, NF_P_ENTITIES);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_text(id);
        v[2] = pv_text(type);
        v[3] = pv_text(name);
        v[4] = pv_text(canonical);
        v[5] = pv_text(pe->country);
        v[6] = pv_text(pe->code);
        v[7] = pv_text(roles);
        v[8] = pv_null();
        bool person = type && strcmp(type, "person") == 0;
        if (key && (!prep_person_name(p, name, person) || !prep_person_name(p, canonical, person)))
            return false;
        const nf_jv *mlist = f[E_MENTIONS];
        nf_jforeach(mlist, k, m) {
            jfields(m, mention_keys, M_N, g);
            const char *kind = nf_jstr(g[M_KIND]), *text = nf_jstr(g[M_TEXT]);
            nf_pval *q = prep_row(p, NF_P_MENTIONS);
            if (!q) return false;
            q[0] = pv_int(0);
            q[1] = pv_text(id);
            q[2] = pv_int((long long)k);
            q[3] = vnum(g[M_START]);
            q[4] = vnum(g[M_END]);
            q[5] = pv_text(text);
            q[6] = pv_text(kind);
            if (key && kind && strcmp(kind, "name") == 0 && !prep_person_name(p, text, person))
                return false;
        }
    }
    return true;
}

/* The members of a quote that are stored. */
enum { Q_ID, Q_KIND, Q_SPANS, Q_CUE, Q_SPEAKER_SPAN, Q_SPEAKER, Q_N };
static const char *const quote_keys[Q_N] = {"id",  "kind",         "spans",
                                            "cue", "speaker_span", "speaker"};

/* The quotes. */
static bool prep_quotes(nf_prep *p, const nf_jv *arr) {
    size_t i;
    const nf_jv *q, *f[Q_N];
    bool oom = false;
    nf_jforeach(arr, i, q) {
        jfields(q, quote_keys, Q_N, f);
        const char *id = nf_jstr(f[Q_ID]);
        if (!id) continue;
        nf_pval start, end;
        const char *t = span_text(p, f[Q_SPANS], &start, &end, &oom);
        const char *c = span_text(p, f[Q_CUE], NULL, NULL, &oom);
        const char *sp = span_text(p, f[Q_SPEAKER_SPAN], NULL, NULL, &oom);
        nf_pval *v = oom ? NULL : prep_row(p, NF_P_QUOTES);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_text(id);
        v[2] = pv_text(nf_jstr(f[Q_KIND]));
        v[3] = pv_text(t);
        v[4] = start;
        v[5] = end;
        v[6] = pv_text(c);
        v[7] = pv_text(sp);
        v[8] = pv_text(nf_jstr(f[Q_SPEAKER]));
    }
    return true;
}

/* The members of an amount that are stored. */
enum {
    A_START,
    A_END,
    A_TEXT,
    A_VALUE,
    A_UNIT,
    A_APPROX,
    A_QUALIFIER,
    A_OBJECT,
    A_MEASURE,
    A_PERIOD,
    A_CLAIMANT,
    A_SUBJECTS,
    A_N
};
static const char *const amount_keys[A_N] = {"start",   "end",    "text",      "value",
                                             "unit",    "approx", "qualifier", "object",
                                             "measure", "period", "claimant",  "subjects"};

/* The amounts and their subjects. */
static bool prep_amounts(nf_prep *p, const nf_jv *arr) {
    size_t i, k;
    const nf_jv *a, *subj, *f[A_N];
    nf_jforeach(arr, i, a) {
        jfields(a, amount_keys, A_N, f);
        nf_pval *v = prep_row(p, NF_P_AMOUNTS);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_int((long long)i);
        v[2] = vnum(f[A_START]);
        v[3] = vnum(f[A_END]);
        v[4] = pv_text(nf_jstr(f[A_TEXT]));
        v[5] = vreal(f[A_VALUE]);
        v[6] = pv_text(nf_jstr(f[A_UNIT]));
        v[7] = vbool(f[A_APPROX]);
        v[8] = pv_text(nf_jstr(f[A_QUALIFIER]));
        v[9] = pv_text(nf_jstr(f[A_OBJECT]));
        v[10] = pv_text(nf_jstr(f[A_MEASURE]));
        v[11] = pv_text(jstr(f[A_PERIOD], "start"));
        v[12] = pv_text(jstr(f[A_PERIOD], "end"));
        v[13] = pv_text(nf_jstr(f[A_CLAIMANT]));
        const nf_jv *slist = f[A_SUBJECTS];
        nf_jforeach(slist, k, subj) {
            if (!nf_jis(subj, NF_J_STR)) continue;
            nf_pval *q = prep_row(p, NF_P_SUBJECTS);
            if (!q) return false;
            q[0] = pv_int(0);
            q[1] = pv_int((long long)i);
            q[2] = pv_text(nf_jstr(subj));
        }
    }
    return true;
}

/* The members of a time expression that are stored. */
enum { T_START, T_END, T_TEXT, T_TYPE, T_VALUE, T_N };
static const char *const time_keys[T_N] = {"start", "end", "text", "type", "value"};

/* The times. */
static bool prep_times(nf_prep *p, const nf_jv *arr) {
    size_t i;
    const nf_jv *t, *f[T_N];
    nf_jforeach(arr, i, t) {
        jfields(t, time_keys, T_N, f);
        nf_pval *v = prep_row(p, NF_P_TIMES);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_int((long long)i);
        v[2] = vnum(f[T_START]);
        v[3] = vnum(f[T_END]);
        v[4] = pv_text(nf_jstr(f[T_TEXT]));
        v[5] = pv_text(nf_jstr(f[T_TYPE]));
        v[6] = pv_text(nf_jstr(f[T_VALUE]));
    }
    return true;
}

/* The members of an event that are stored. */
enum {
    V_ID,
    V_CODE,
    V_ROOT,
    V_LABEL,
    V_PLOVER,
    V_GOLDSTEIN,
    V_SOURCE,
    V_TARGET,
    V_DATE,
    V_LOCATION,
    V_MODALITY,
    V_TRIGGER,
    V_N
};
static const char *const event_keys[V_N] = {"id",     "code",      "root",     "label",
                                            "plover", "goldstein", "source",   "target",
                                            "date",   "location",  "modality", "trigger"};

/* The events. */
static bool prep_events(nf_prep *p, const nf_jv *arr) {
    size_t i;
    const nf_jv *e, *f[V_N];
    bool oom = false;
    nf_jforeach(arr, i, e) {
        jfields(e, event_keys, V_N, f);
        const char *id = nf_jstr(f[V_ID]);
        if (!id) continue;
        nf_pval start, end;
        const char *t = span_text(p, f[V_TRIGGER], &start, &end, &oom);
        nf_pval *v = oom ? NULL : prep_row(p, NF_P_EVENTS);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_text(id);
        for (int c = V_CODE; c <= V_PLOVER; c++) v[c + 1] = pv_text(nf_jstr(f[c]));
        v[6] = vreal(f[V_GOLDSTEIN]);
        for (int c = V_SOURCE; c <= V_MODALITY; c++) v[c + 1] = pv_text(nf_jstr(f[c]));
        v[12] = pv_text(t);
        v[13] = start;
        v[14] = end;
    }
    return true;
}

/* The sources. */
static bool prep_sources(nf_prep *p, const nf_jv *arr) {
    size_t i;
    const nf_jv *s;
    bool oom = false;
    nf_jforeach(arr, i, s) {
        nf_pval start, end;
        const char *c = span_text(p, nf_jget(s, "cue"), &start, &end, &oom);
        nf_pval *v = oom ? NULL : prep_row(p, NF_P_SOURCES);
        if (!v) return false;
        v[0] = pv_int(0);
        v[1] = pv_int((long long)i);
        v[2] = pv_text(jstr(s, "entity"));
        v[3] = pv_text(c);
        v[4] = start;
        v[5] = end;
    }
    return true;
}

/* Empties a prep, keeping its buffers (and the first block of strings). */
void nf_prep_clear(nf_prep *p) {
    for (int t = 0; t < NF_P_TABLES; t++) p->t[t].n = 0;
    p->nents = p->nforms = 0;
    p->used = 0;
    if (p->blocks) {
        nf_prep_block *b = p->blocks->next;
        p->blocks->next = NULL;
        while (b) {
            nf_prep_block *next = b->next;
            free(b);
            b = next;
        }
    }
    p->id[0] = '\0';
    p->date = p->date_source = p->lang = p->error_code = p->error_message = NULL;
    p->error = false;
}

/* Frees a prep's buffers. */
void nf_prep_free(nf_prep *p) {
    nf_prep_clear(p);
    free(p->blocks);
    for (int t = 0; t < NF_P_TABLES; t++) free(p->t[t].v);
    free(p->ents);
    free(p->forms);
    memset(p, 0, sizeof *p);
}

/* Builds the rows of a record. */
int nf_prep_build(nf_prep *p, const nf_jv *record) {
    nf_prep_clear(p);
    nf_record_id(nf_jget(record, "id"), p->id, sizeof p->id);
    const nf_jv *date = nf_jget(record, "doc_date"), *err = nf_jget(record, "error");
    p->date = jstr(date, "value");
    p->date_source = jstr(date, "source");
    p->lang = jstr(record, "lang");
    p->error_code = jstr(err, "code");
    p->error_message = jstr(err, "message");
    p->error = nf_jis(err, NF_J_OBJ);
    if (!prep_entities(p, nf_jget(record, "entities")) ||
        !prep_quotes(p, nf_jget(record, "quotes")) ||
        !prep_amounts(p, nf_jget(record, "amounts")) || !prep_times(p, nf_jget(record, "times")) ||
        !prep_events(p, nf_jget(record, "events")) ||
        !prep_sources(p, nf_jget(record, "sources"))) {
        nf_prep_clear(p);
        return -1;
    }
    return 0;
}

/* ---- Storing (on the store thread) ----------------------------------------- */

/* The stored hash of a document. */
typedef struct found {
    long long doc;
    char hash[17];
    bool hit;
} found;

/* Row callback: the doc and hash of a documents row. */
static int found_row(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                     const char *const *vals) {
    (void)names;
    (void)types;
    found *f = ctx;
    if (ncols >= 2 && vals && vals[0]) {
        f->doc = atoll(vals[0]);
        snprintf(f->hash, sizeof f->hash, "%s", vals[1] ? vals[1] : "");
        f->hit = true;
    }
    return 1;
}

/* Looks a document up by id. */
static int lookup(nf_loader *l, const char *id, found *f) {
    memset(f, 0, sizeof *f);
    nf_val p[] = {nf_text(id)};
    return nf_store_query(l->s, "SELECT doc, text_hash FROM documents WHERE id = ?1", p, 1,
                          found_row, f);
}

/* The stored hash of a document by id. */
int nf_loader_stored_hash(nf_loader *l, const char *id, char hash[17]) {
    found f;
    if (lookup(l, id, &f) != 0) return -1;
    if (!f.hit) return 0;
    memcpy(hash, f.hash, 17);
    return 1;
}

/* Inserts `n` rows (`v`: n * the table's columns values) of table t (see
 * table_of), CHUNK rows a statement. */
static int insert_rows(nf_loader *l, int t, const nf_val *v, size_t n) {
    int ncols = table_of(t)->ncols;
    for (; n >= CHUNK; n -= CHUNK, v += CHUNK * (size_t)ncols)
        if (nf_store_exec(l->s, l->sql[t][1], v, CHUNK * ncols) != 0) return -1;
    for (; n > 0; n--, v += ncols)
        if (nf_store_exec(l->s, l->sql[t][0], v, ncols) != 0) return -1;
    return 0;
}

/* Stores the child rows of the pending preps, table by table (each table's
 * rows then go into its B-tree one after the other), and the new name
 * forms.  Rows of several documents share a statement: their values are
 * unpacked into l->chunk, CHUNK rows at a time. */
int nf_loader_flush(nf_loader *l) {
    if (insert_rows(l, T_ACTORS, l->actors_v.v, l->actors_v.n) != 0) return -1;
    l->actors_v.n = 0;
    for (int t = 0; t < NF_P_TABLES; t++) {
        size_t ncols = (size_t)tables[t].ncols, filled = 0;
        for (size_t i = 0; i < l->npending; i++) {
            const nf_prep_rows *r = &l->pending[i]->t[t];
            if (r->n == 0) continue; /* (no rows: r->v may be NULL, and NULL + 0 is undefined) */
            const nf_pval *v = r->v, *end = r->v + r->n * ncols;
            while (v < end) {
                nf_val *out = &l->chunk[filled * ncols];
                for (size_t c = 0; c < ncols; c++) out[c] = pv_param(v[c]);
                v += ncols;
                if (++filled == CHUNK) {
                    if (insert_rows(l, t, l->chunk, CHUNK) != 0) return -1;
                    filled = 0;
                }
            }
        }
        if (filled && insert_rows(l, t, l->chunk, filled) != 0) return -1;
    }
    l->npending = 0;
    if (insert_rows(l, T_NAMES, l->names_v.v, l->names_v.n) != 0) return -1;
    l->names_v.n = 0;
    return 0;
}

/* Deletes every row of a document (storing what is pending first, which
 * may be rows of this very document). */
static int delete_doc(nf_loader *l, long long doc) {
    static const char *const sql[] = {
        "DELETE FROM mentions WHERE doc = ?1",        "DELETE FROM entities WHERE doc = ?1",
        "DELETE FROM quotes WHERE doc = ?1",          "DELETE FROM amounts WHERE doc = ?1",
        "DELETE FROM amount_subjects WHERE doc = ?1", "DELETE FROM times WHERE doc = ?1",
        "DELETE FROM events WHERE doc = ?1",          "DELETE FROM sources WHERE doc = ?1",
        "DELETE FROM documents WHERE doc = ?1"};
    if (nf_loader_flush(l) != 0) return -1;
    nf_val p[] = {nf_int(doc)};
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++)
        if (nf_store_exec(l->s, sql[i], p, 1) != 0) return -1;
    return 0;
}

/* Out of memory: the message, and -1. */
static int oom(nf_loader *l) {
    snprintf(l->s->err, sizeof l->s->err, "out of memory");
    return -1;
}

/* The id of the stored actor with key `key` into *actor (left as it is
 * when there is none). */
static int stored_actor(nf_loader *l, const char *key, long long *actor) {
    nf_val p[] = {nf_text(key)};
    return nf_store_query(l->s, "SELECT actor FROM actors WHERE key = ?1", p, 1, nf_row_first_int,
                          actor);
}

/* A new actor numbered here (number_actors): its row waits for the next
 * flush, its key (the map's copy, which outlives the row) in the map. */
static int number_actor(nf_loader *l, const nf_prep_entity *e, long long *actor) {
    *actor = l->next_actor;
    smap_entry *m = smap_add(&l->actors, e->key, e->key_hash, *actor, false);
    nf_val *v = m ? val_rows_add(&l->actors_v, (size_t)actors_table.ncols) : NULL;
    if (!v) return oom(l);
    l->next_actor++;
    v[0] = nf_int(*actor);
    v[1] = nf_text(m->key);
    v[2] = nf_text(e->type);
    v[3] = nf_text(e->country);
    v[4] = nf_text(e->code);
    return 0;
}

/* The actor id for an entity's key, creating the actor when it is new. */
static int actor_of(nf_loader *l, const nf_prep_entity *e, long long *actor) {
    *actor = 0;
    if (!e->key) return 0;
    smap_entry *hit = smap_find(&l->actors, e->key, e->key_hash, 0, false);
    if (hit) {
        *actor = hit->value;
        return 0;
    }
    if (l->number_actors && l->next_actor > 0) {
        if (!l->actors_all_known && stored_actor(l, e->key, actor) != 0) return -1;
        if (!*actor) return number_actor(l, e, actor);
        return smap_add(&l->actors, e->key, e->key_hash, *actor, false) ? 0 : oom(l);
    }
    nf_val p[] = {nf_text(e->key), nf_text(e->type), nf_text(e->country), nf_text(e->code)};
    /* No row is inserted when the actor is stored already (by an earlier run). */
    if (nf_store_insert_id(l->s,
                           "INSERT INTO actors (key, type, country, code) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (key) DO NOTHING",
                           p, 4, "actor", actor) != 0)
        return -1;
    if (!*actor && stored_actor(l, e->key, actor) != 0) return -1;
    if (!smap_add(&l->actors, e->key, e->key_hash, *actor, false)) return oom(l);
    return 0;
}

/* Queues a name form of an actor unless it is known. */
static int add_form(nf_loader *l, long long actor, const nf_prep_form *f) {
    if (smap_find(&l->names, f->s, f->h, actor, true)) return 0;
    smap_entry *e = smap_add(&l->names, f->s, f->h, actor, true);
    nf_val *v = e ? val_rows_add(&l->names_v, 2) : NULL;
    if (!v) return oom(l);
    v[0] = nf_text(e->key); /* the map's copy outlives the prep */
    v[1] = nf_int(actor);
    return 0;
}

/* Stores one prepared record: the document now, its rows at the next
 * nf_loader_flush. */
int nf_loader_put_prep(nf_loader *l, nf_prep *p, const char *hash, const char *title,
                       const char *text, nf_put_result *result) {
    found f;
    if (lookup(l, p->id, &f) != 0) return -1;
    if (f.hit && strcmp(f.hash, hash) == 0) {
        *result = NF_PUT_SKIPPED;
        return 0;
    }
    *result = f.hit ? NF_PUT_REPLACED : NF_PUT_NEW;
    if (f.hit && delete_doc(l, f.doc) != 0) return -1;
    nf_val d[] = {nf_text(p->id),          nf_text(hash),          nf_text(p->date),
                  nf_text(p->date_source), nf_text(p->lang),       nf_text(title),
                  nf_text(text),           nf_text(p->error_code), nf_text(p->error_message)};
    long long doc = 0;
    if (nf_store_insert_id(l->s,
                           "INSERT INTO documents (id, text_hash, date, date_source, lang, title, "
                           "text, error_code, error_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                           "?8, ?9)",
                           d, 9, "doc", &doc) != 0)
        return -1;
    /* Actors in the order of the entities (new ones get increasing ids),
     * each entity's actor_id and the name forms. */
    for (size_t i = 0; i < p->nents; i++) {
        const nf_prep_entity *e = &p->ents[i];
        long long actor;
        if (actor_of(l, e, &actor) != 0) return -1;
        if (e->row == SIZE_MAX) continue;
        nf_pval *v = &p->t[NF_P_ENTITIES].v[e->row * (size_t)tables[NF_P_ENTITIES].ncols];
        v[8] = actor ? pv_int(actor) : pv_null();
        if (actor)
            for (size_t k = 0; k < e->nforms; k++)
                if (add_form(l, actor, &p->forms[e->form0 + k]) != 0) return -1;
    }
    for (int t = 0; t < NF_P_TABLES; t++) {
        nf_prep_rows *r = &p->t[t];
        size_t ncols = (size_t)tables[t].ncols;
        for (size_t i = 0; i < r->n; i++) r->v[i * ncols] = pv_int(doc);
    }
    if (l->npending == l->pending_cap) {
        size_t ncap = l->pending_cap ? l->pending_cap * 2 : 64;
        nf_prep **x = realloc(l->pending, ncap * sizeof *x);
        if (!x) return oom(l);
        l->pending = x;
        l->pending_cap = ncap;
    }
    l->pending[l->npending++] = p;
    return 0;
}

/* Begins a writer's transaction (nf_store_begin_write) and, on SQLite,
 * reads where the numbering of new actors goes on (see struct nf_loader). */
int nf_loader_begin(nf_loader *l) {
    if (nf_store_begin_write(l->s) != 0) return -1;
    if (!l->number_actors) return 0;
    long long top = 0;
    if (nf_store_query(l->s, "SELECT coalesce(max(actor), 0) FROM actors", NULL, 0,
                       nf_row_first_int, &top) != 0) {
        nf_store_abort(l->s);
        return -1;
    }
    /* The map holds every stored actor when the table is empty, or when it
     * did at the last begin and the largest id is still the last one given
     * out here (no one else has added an actor). */
    l->actors_all_known = top == 0 || (l->actors_all_known && top + 1 == l->next_actor);
    l->next_actor = top + 1;
    return 0;
}

/* Forgets what a rolled-back transaction stored. */
void nf_loader_rollback(nf_loader *l) {
    l->npending = 0;
    l->names_v.n = 0;
    l->actors_v.n = 0;
    l->actors_all_known = false; /* the map is emptied; the next begin decides */
    l->next_actor = 0;
    smap_free(&l->actors);
    smap_free(&l->names);
}

/* Deletes actors without entities, and their name forms. */
int nf_loader_prune_actors(nf_loader *l) {
    if (nf_loader_flush(l) != 0) return -1;
    if (nf_store_exec(l->s,
                      "DELETE FROM actors WHERE NOT EXISTS "
                      "(SELECT 1 FROM entities e WHERE e.actor_id = actors.actor)",
                      NULL, 0) != 0 ||
        nf_store_exec(l->s,
                      "DELETE FROM actor_names WHERE NOT EXISTS "
                      "(SELECT 1 FROM actors a WHERE a.actor = actor_names.actor)",
                      NULL, 0) != 0)
        return -1;
    smap_free(&l->actors);
    smap_free(&l->names);
    l->actors_all_known = false;
    return 0;
}
