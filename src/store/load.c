/* load.c - one record into the normalised tables: the document, its
 * entities and mentions, quotes, amounts (and their subjects), times,
 * events and sources; entities are linked to the cross-document actors
 * (keyed by canonical label, else by name) and the actors' name forms. */
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- A small string-keyed hash map (for the actor caches) ---------------- */

typedef struct smap_entry {
    char *key;
    long long value;
} smap_entry;

typedef struct smap {
    smap_entry *slots;
    size_t cap, n;
} smap;

/* FNV-1a over a string. */
static unsigned long long fnv(const char *s, size_t n, unsigned long long h) {
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* The slot of `key` (empty when absent). */
static smap_entry *smap_slot(smap *m, const char *key) {
    size_t i = (size_t)fnv(key, strlen(key), 0xcbf29ce484222325ULL) & (m->cap - 1);
    while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0) i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

/* Looks a key up: true with its value. */
static bool smap_get(smap *m, const char *key, long long *value) {
    if (!m->cap) return false;
    smap_entry *e = smap_slot(m, key);
    if (!e->key) return false;
    *value = e->value;
    return true;
}

/* Inserts or updates a key; false when memory runs out. */
static bool smap_put(smap *m, const char *key, long long value) {
    if ((m->n + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 1024;
        smap_entry *old = m->slots;
        size_t ocap = m->cap;
        m->slots = calloc(ncap, sizeof *m->slots);
        if (!m->slots) {
            m->slots = old;
            return false;
        }
        m->cap = ncap;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].key) *smap_slot(m, old[i].key) = old[i];
        free(old);
    }
    smap_entry *e = smap_slot(m, key);
    if (!e->key) {
        e->key = strdup(key);
        if (!e->key) return false;
        m->n++;
    }
    e->value = value;
    return true;
}

/* Frees the map's keys and slots. */
static void smap_free(smap *m) {
    for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
    free(m->slots);
    memset(m, 0, sizeof *m);
}

/* ---- The loader ------------------------------------------------------------ */

struct nf_loader {
    nf_store *s;
    smap actors; /* key -> actor id */
    smap names;  /* "actor\x1fname" -> 1, the name forms already stored */
};

/* Makes a loader. */
nf_loader *nf_loader_new(nf_store *s) {
    nf_loader *l = calloc(1, sizeof *l);
    if (l) l->s = s;
    return l;
}

/* Frees a loader. */
void nf_loader_free(nf_loader *l) {
    if (!l) return;
    smap_free(&l->actors);
    smap_free(&l->names);
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

/* The case-folded NFC form of a name. */
char *nf_name_key(const char *s) {
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

/* A numeric member as a parameter (NULL when absent). */
static nf_val jnum(const nf_jv *o, const char *key) {
    const nf_jv *v = nf_jget(o, key);
    if (nf_jis(v, NF_J_INT)) return nf_int((long long)v->u.i);
    if (nf_jis(v, NF_J_REAL)) return nf_real(v->u.d);
    return nf_null();
}

/* A numeric member as a floating-point parameter. */
static nf_val jreal(const nf_jv *o, const char *key) {
    const nf_jv *v = nf_jget(o, key);
    return nf_jis_number(v) ? nf_real(nf_jnum(v)) : nf_null();
}

/* A boolean member as 0/1 (NULL when absent). */
static nf_val jbool(const nf_jv *o, const char *key) {
    const nf_jv *v = nf_jget(o, key);
    if (nf_jis(v, NF_J_TRUE)) return nf_int(1);
    return nf_jis(v, NF_J_FALSE) ? nf_int(0) : nf_null();
}

/* A growing string for joined span texts. */
typedef struct sbuf {
    char *p;
    size_t n, cap;
} sbuf;

/* Appends bytes; false when memory runs out. */
static bool sb_add(sbuf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t ncap = (b->n + n + 1) * 2;
        char *q = realloc(b->p, ncap);
        if (!q) return false;
        b->p = q;
        b->cap = ncap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    return true;
}

/* The text of a span, or of an array of spans joined with " … "; NULL for
 * none.  `start`/`end` get the first start and the last end. */
static const char *span_text(const nf_jv *v, sbuf *b, nf_val *start, nf_val *end) {
    b->n = 0;
    if (start) *start = nf_null();
    if (end) *end = nf_null();
    if (nf_jis(v, NF_J_OBJ)) {
        if (start) *start = jnum(v, "start");
        if (end) *end = jnum(v, "end");
        return jstr(v, "text");
    }
    if (!nf_jis(v, NF_J_ARR) || v->len == 0) return NULL;
    size_t i;
    const nf_jv *sp;
    nf_jforeach(v, i, sp) {
        const char *t = jstr(sp, "text");
        if (i > 0 && !sb_add(b, " \xe2\x80\xa6 ", 5)) return NULL;
        if (t && !sb_add(b, t, strlen(t))) return NULL;
        if (i == 0 && start) *start = jnum(sp, "start");
        if (end) *end = jnum(sp, "end");
    }
    return b->p;
}

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
    if (ncols >= 2 && vals[0]) {
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

/* Row callback: the first column as an integer. */
static int first_id(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                    const char *const *vals) {
    (void)names;
    (void)types;
    if (ncols > 0 && vals[0]) *(long long *)ctx = atoll(vals[0]);
    return 1;
}

/* Deletes every row of a document. */
static int delete_doc(nf_loader *l, long long doc) {
    static const char *const sql[] = {
        "DELETE FROM mentions WHERE doc = ?1",        "DELETE FROM entities WHERE doc = ?1",
        "DELETE FROM quotes WHERE doc = ?1",          "DELETE FROM amounts WHERE doc = ?1",
        "DELETE FROM amount_subjects WHERE doc = ?1", "DELETE FROM times WHERE doc = ?1",
        "DELETE FROM events WHERE doc = ?1",          "DELETE FROM sources WHERE doc = ?1",
        "DELETE FROM documents WHERE doc = ?1"};
    nf_val p[] = {nf_int(doc)};
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++)
        if (nf_store_exec(l->s, sql[i], p, 1) != 0) return -1;
    return 0;
}

/* Writes "<actor><sep><name>" into buf of n bytes (a name-map key; printf
 * was a tenth of the storing time); returns the length, or n when it does
 * not fit. */
static size_t name_map_key(char *buf, size_t n, long long actor, char sep, const char *name) {
    char digits[24];
    size_t d = 0;
    unsigned long long v = actor < 0 ? 0ULL - (unsigned long long)actor : (unsigned long long)actor;
    do digits[d++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    if (actor < 0) digits[d++] = '-';
    size_t len = strlen(name);
    if (d + 1 + len + 1 > n) return n;
    for (size_t i = 0; i < d; i++) buf[i] = digits[d - 1 - i];
    buf[d] = sep;
    memcpy(buf + d + 1, name, len + 1);
    return d + 1 + len;
}

/* Stores one name form of an actor (case-folded) unless it is known.  The
 * map of known forms also holds each raw name as it came ("\x1d" marks
 * it), so that a name seen before costs one look-up, not a Unicode
 * normalisation. */
static int add_name(nf_loader *l, long long actor, const char *name) {
    if (!name || !*name) return 0;
    char raw[512];
    long long dummy;
    bool cacheable = name_map_key(raw, sizeof raw, actor, '\x1d', name) < sizeof raw;
    if (cacheable && smap_get(&l->names, raw, &dummy)) return 0;
    char *key = nf_name_key(name);
    if (!key) return 0; /* not UTF-8: no form to match */
    size_t n = strlen(key) + 32;
    char *ck = malloc(n);
    if (!ck) {
        free(key);
        snprintf(l->s->err, sizeof l->s->err, "out of memory");
        return -1;
    }
    name_map_key(ck, n, actor, '\x1f', key);
    int rc = 0;
    if (!smap_get(&l->names, ck, &dummy)) {
        nf_val p[] = {nf_text(key), nf_int(actor)};
        rc = nf_store_exec(l->s,
                           "INSERT INTO actor_names (name, actor) VALUES (?1, ?2) "
                           "ON CONFLICT DO NOTHING",
                           p, 2);
        if (rc == 0 && !smap_put(&l->names, ck, 1)) rc = -2;
    }
    if (rc == 0 && cacheable && !smap_put(&l->names, raw, 1)) rc = -2;
    if (rc == -2) {
        snprintf(l->s->err, sizeof l->s->err, "out of memory");
        rc = -1;
    }
    free(ck);
    free(key);
    return rc;
}

/* Adds a name and, for persons, its last word (the surname) as forms. */
static int add_person_name(nf_loader *l, long long actor, const char *name, bool person) {
    if (add_name(l, actor, name) != 0) return -1;
    if (person && name) {
        const char *sp = strrchr(name, ' ');
        if (sp && sp[1]) return add_name(l, actor, sp + 1);
    }
    return 0;
}

/* The actor id for an entity, creating the actor when it is new. */
static int actor_of(nf_loader *l, const nf_jv *e, long long *actor) {
    const char *canonical = jstr(e, "canonical"), *name = jstr(e, "name");
    const char *key = canonical && *canonical ? canonical : name;
    *actor = 0;
    if (!key || !*key) return 0;
    if (smap_get(&l->actors, key, actor)) return 0;
    nf_val p[] = {nf_text(key), nf_text(jstr(e, "type")), nf_text(jstr(e, "country")),
                  nf_text(jstr(e, "actor"))};
    if (nf_store_exec(l->s,
                      "INSERT INTO actors (key, type, country, code) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT (key) DO NOTHING",
                      p, 4) != 0)
        return -1;
    if (nf_store_query(l->s, "SELECT actor FROM actors WHERE key = ?1", p, 1, first_id, actor) != 0)
        return -1;
    if (!smap_put(&l->actors, key, *actor)) {
        snprintf(l->s->err, sizeof l->s->err, "out of memory");
        return -1;
    }
    return 0;
}

/* The entities and their mentions. */
static int put_entities(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i, k;
    const nf_jv *e, *m;
    sbuf roles = {0};
    int rc = 0;
    nf_jforeach(arr, i, e) {
        long long actor;
        if (actor_of(l, e, &actor) != 0) {
            rc = -1;
            break;
        }
        roles.n = 0;
        const nf_jv *r, *rlist = nf_jget(e, "roles");
        nf_jforeach(rlist, k, r) {
            if (!nf_jis(r, NF_J_STR)) continue;
            if ((roles.n && !sb_add(&roles, " ", 1)) || !sb_add(&roles, nf_jstr(r), r->len)) break;
        }
        nf_val p[] = {nf_int(doc),
                      nf_text(jstr(e, "id")),
                      nf_text(jstr(e, "type")),
                      nf_text(jstr(e, "name")),
                      nf_text(jstr(e, "canonical")),
                      nf_text(jstr(e, "country")),
                      nf_text(jstr(e, "actor")),
                      nf_text(roles.n ? roles.p : NULL),
                      actor ? nf_int(actor) : nf_null()};
        if (!p[1].s) continue; /* an entity without id cannot be referred to */
        if (nf_store_exec(l->s,
                          "INSERT INTO entities (doc, eid, type, name, canonical, country, "
                          "actor, roles, actor_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                          p, 9) != 0) {
            rc = -1;
            break;
        }
        const char *type = jstr(e, "type");
        bool person = type && strcmp(type, "person") == 0;
        if (actor && (add_person_name(l, actor, jstr(e, "name"), person) != 0 ||
                      add_person_name(l, actor, jstr(e, "canonical"), person) != 0)) {
            rc = -1;
            break;
        }
        const nf_jv *mlist = nf_jget(e, "mentions");
        nf_jforeach(mlist, k, m) {
            const char *kind = jstr(m, "kind");
            nf_val q[] = {nf_int(doc),      p[1],           nf_int((long long)k),
                          jnum(m, "start"), jnum(m, "end"), nf_text(jstr(m, "text")),
                          nf_text(kind)};
            if (nf_store_exec(l->s,
                              "INSERT INTO mentions (doc, eid, n, start_cp, end_cp, text, kind) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              q, 7) != 0) {
                rc = -1;
                break;
            }
            if (actor && kind && strcmp(kind, "name") == 0 &&
                add_person_name(l, actor, jstr(m, "text"), person) != 0) {
                rc = -1;
                break;
            }
        }
        if (rc) break;
    }
    free(roles.p);
    return rc;
}

/* The quotes. */
static int put_quotes(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i;
    const nf_jv *q;
    sbuf text = {0}, cue = {0}, spk = {0};
    int rc = 0;
    nf_jforeach(arr, i, q) {
        nf_val start, end;
        const char *t = span_text(nf_jget(q, "spans"), &text, &start, &end);
        const char *c = span_text(nf_jget(q, "cue"), &cue, NULL, NULL);
        const char *sp = span_text(nf_jget(q, "speaker_span"), &spk, NULL, NULL);
        nf_val p[] = {nf_int(doc),
                      nf_text(jstr(q, "id")),
                      nf_text(jstr(q, "kind")),
                      nf_text(t),
                      start,
                      end,
                      nf_text(c),
                      nf_text(sp),
                      nf_text(jstr(q, "speaker"))};
        if (!p[1].s) continue;
        if (nf_store_exec(l->s,
                          "INSERT INTO quotes (doc, qid, kind, text, start_cp, end_cp, cue, "
                          "speaker_span, speaker) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                          p, 9) != 0) {
            rc = -1;
            break;
        }
    }
    free(text.p);
    free(cue.p);
    free(spk.p);
    return rc;
}

/* The amounts and their subjects. */
static int put_amounts(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i, k;
    const nf_jv *a, *subj;
    nf_jforeach(arr, i, a) {
        const nf_jv *period = nf_jget(a, "period");
        nf_val p[] = {nf_int(doc),
                      nf_int((long long)i),
                      jnum(a, "start"),
                      jnum(a, "end"),
                      nf_text(jstr(a, "text")),
                      jreal(a, "value"),
                      nf_text(jstr(a, "unit")),
                      jbool(a, "approx"),
                      nf_text(jstr(a, "qualifier")),
                      nf_text(jstr(a, "object")),
                      nf_text(jstr(a, "measure")),
                      nf_text(jstr(period, "start")),
                      nf_text(jstr(period, "end")),
                      nf_text(jstr(a, "claimant"))};
        if (nf_store_exec(l->s,
                          "INSERT INTO amounts (doc, n, start_cp, end_cp, text, value, unit, "
                          "approx, qualifier, object, measure, period_start, period_end, "
                          "claimant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                          "?13, ?14)",
                          p, 14) != 0)
            return -1;
        const nf_jv *slist = nf_jget(a, "subjects");
        nf_jforeach(slist, k, subj) {
            if (!nf_jis(subj, NF_J_STR)) continue;
            nf_val q[] = {nf_int(doc), nf_int((long long)i), nf_text(nf_jstr(subj))};
            if (nf_store_exec(l->s,
                              "INSERT INTO amount_subjects (doc, n, eid) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT DO NOTHING",
                              q, 3) != 0)
                return -1;
        }
    }
    return 0;
}

/* The times. */
static int put_times(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i;
    const nf_jv *t;
    nf_jforeach(arr, i, t) {
        nf_val p[] = {nf_int(doc),
                      nf_int((long long)i),
                      jnum(t, "start"),
                      jnum(t, "end"),
                      nf_text(jstr(t, "text")),
                      nf_text(jstr(t, "type")),
                      nf_text(jstr(t, "value"))};
        if (nf_store_exec(l->s,
                          "INSERT INTO times (doc, n, start_cp, end_cp, text, type, value) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                          p, 7) != 0)
            return -1;
    }
    return 0;
}

/* The events. */
static int put_events(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i;
    const nf_jv *v;
    sbuf trig = {0};
    int rc = 0;
    nf_jforeach(arr, i, v) {
        nf_val start, end;
        const char *t = span_text(nf_jget(v, "trigger"), &trig, &start, &end);
        nf_val p[] = {nf_int(doc),
                      nf_text(jstr(v, "id")),
                      nf_text(jstr(v, "code")),
                      nf_text(jstr(v, "root")),
                      nf_text(jstr(v, "label")),
                      nf_text(jstr(v, "plover")),
                      jreal(v, "goldstein"),
                      nf_text(jstr(v, "source")),
                      nf_text(jstr(v, "target")),
                      nf_text(jstr(v, "date")),
                      nf_text(jstr(v, "location")),
                      nf_text(jstr(v, "modality")),
                      nf_text(t),
                      start,
                      end};
        if (!p[1].s) continue;
        if (nf_store_exec(l->s,
                          "INSERT INTO events (doc, vid, code, root, label, plover, goldstein, "
                          "source, target, date, location, modality, trigger, start_cp, end_cp) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                          "?15)",
                          p, 15) != 0) {
            rc = -1;
            break;
        }
    }
    free(trig.p);
    return rc;
}

/* The sources. */
static int put_sources(nf_loader *l, long long doc, const nf_jv *arr) {
    size_t i;
    const nf_jv *v;
    sbuf cue = {0};
    int rc = 0;
    nf_jforeach(arr, i, v) {
        nf_val start, end;
        const char *c = span_text(nf_jget(v, "cue"), &cue, &start, &end);
        nf_val p[] = {
            nf_int(doc), nf_int((long long)i), nf_text(jstr(v, "entity")), nf_text(c), start, end};
        if (nf_store_exec(l->s,
                          "INSERT INTO sources (doc, n, eid, cue, start_cp, end_cp) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                          p, 6) != 0) {
            rc = -1;
            break;
        }
    }
    free(cue.p);
    return rc;
}

/* Stores one record. */
int nf_loader_put(nf_loader *l, const nf_jv *record, const char *hash, const char *title,
                  const char *text, nf_put_result *result) {
    char id[1024];
    nf_record_id(nf_jget(record, "id"), id, sizeof id);
    found f;
    if (lookup(l, id, &f) != 0) return -1;
    if (f.hit && strcmp(f.hash, hash) == 0) {
        *result = NF_PUT_SKIPPED;
        return 0;
    }
    *result = f.hit ? NF_PUT_REPLACED : NF_PUT_NEW;
    if (f.hit && delete_doc(l, f.doc) != 0) return -1;
    const nf_jv *date = nf_jget(record, "doc_date");
    const nf_jv *err = nf_jget(record, "error");
    nf_val p[] = {nf_text(id),
                  nf_text(hash),
                  nf_text(jstr(date, "value")),
                  nf_text(jstr(date, "source")),
                  nf_text(jstr(record, "lang")),
                  nf_text(title),
                  nf_text(text),
                  nf_text(jstr(err, "code")),
                  nf_text(jstr(err, "message"))};
    long long doc = 0;
    if (nf_store_query(l->s,
                       "INSERT INTO documents (id, text_hash, date, date_source, lang, title, "
                       "text, error_code, error_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                       "?8, ?9) RETURNING doc",
                       p, 9, first_id, &doc) != 0)
        return -1;
    if (put_entities(l, doc, nf_jget(record, "entities")) != 0 ||
        put_quotes(l, doc, nf_jget(record, "quotes")) != 0 ||
        put_amounts(l, doc, nf_jget(record, "amounts")) != 0 ||
        put_times(l, doc, nf_jget(record, "times")) != 0 ||
        put_events(l, doc, nf_jget(record, "events")) != 0 ||
        put_sources(l, doc, nf_jget(record, "sources")) != 0)
        return -1;
    return 0;
}

/* Deletes actors without entities, and their name forms. */
int nf_loader_prune_actors(nf_loader *l) {
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
    return 0;
}
