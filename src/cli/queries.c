/* queries.c - the SQL of the analyst's questions (see queries.h and
 * docs/schema.md). */
#include "queries.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../store/load.h"

/* True for three capital ASCII letters. */
bool nf_is_iso3(const char *s) {
    return s && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

/* Frees the case-folded names. */
void nf_query_free(nf_query *q) {
    for (int i = 0; i < q->nkeys; i++) free(q->keys[i]);
    q->nkeys = 0;
}

/* The case-folded form of `name`, kept by the query; NULL when it is not
 * UTF-8 or memory runs out. */
static const char *key_of(nf_query *q, const char *name) {
    char *k = nf_name_key(name);
    if (k) q->keys[q->nkeys++] = k;
    return k;
}

/* True for a date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
bool nf_query_is_date(const char *s) {
    size_t n = s ? strlen(s) : 0;
    if (n != 4 && n != 7 && n != 10) return false;
    for (size_t i = 0; i < n; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    }
    return true;
}

/* The last day an upper bound `to` includes (all of a year or month), as
 * ISO text in buf; returns buf.  Dates are compared as text, so
 * "2025-02-31" is after every day of February. */
const char *nf_query_date_end(const char *to, char buf[24]) {
    size_t len = strlen(to);
    snprintf(buf, 24, "%.10s%s", to, len == 4 ? "-12-31" : len == 7 ? "-31" : "");
    return buf;
}

/* Appends printf-style text to the SQL at q->sql + *n. */
static void add(nf_query *q, size_t *n, const char *fmt, ...) {
    if (*n >= sizeof q->sql) return;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(q->sql + *n, sizeof q->sql - *n, fmt, ap);
    va_end(ap);
    if (w > 0) *n += (size_t)w; /* past the end when cut: see built() */
}

/* Appends " AND col >= ?from AND col <= ?to" for the bounds of `o` (a year
 * or month as the upper bound includes all of it). */
static void add_dates(nf_query *q, size_t *n, const char *col, const nf_query_opts *o) {
    if (o && o->from) {
        q->p[q->np++] = nf_text(o->from);
        add(q, n, " AND %s >= ?%d", col, q->np);
    }
    if (o && o->to) {
        q->p[q->np++] = nf_text(nf_query_date_end(o->to, q->to_end));
        add(q, n, " AND %s <= ?%d", col, q->np);
    }
}

/* What a builder returns: 0, or -1 (the query freed) when the SQL did not
 * fit in q->sql (it always does: the options are bounded). */
static int built(nf_query *q, size_t n) {
    if (n < sizeof q->sql) return 0;
    nf_query_free(q);
    return -1;
}

/* Appends " LIMIT n" when `o` asks for at most n rows. */
static void add_limit(nf_query *q, size_t *n, const nf_query_opts *o) {
    if (o && o->limit > 0) add(q, n, " LIMIT %d", o->limit);
}

/* The actors a name designates (by any name form), as SQL on parameter ?N. */
#define ACTORS_NAMED(n) "(SELECT actor FROM actor_names WHERE name = ?" n ")"

/* The entities (doc, eid) of the actors named by parameter ?N.  The
 * queries test a row's (doc, entity) pair against this list rather than
 * the actor its view joins in: the database then starts from the actor's
 * entities (index entities_actor) and reads only their documents' rows,
 * where a test on the view's column reads every row of the table. */
#define ENTITIES_NAMED(n) "(SELECT doc, eid FROM entities WHERE actor_id IN " ACTORS_NAMED(n) ")"

/* Adds the parameters of a name that may be an ISO code: its folded form
 * (matched against actor names) and the code (NULL when it is not one).
 * Returns the number of the first, or 0 when the name is not UTF-8. */
static int name_or_iso(nf_query *q, const char *name) {
    const char *k = key_of(q, name);
    if (!k) return 0;
    q->p[q->np++] = nf_text(k);
    q->p[q->np++] = nf_text(nf_is_iso3(name) ? name : NULL);
    return q->np - 1;
}

/* Appends the test of `o`'s about (if any) on the quote `q` of v_quotes: a
 * mention of the actor (or of anyone of the country) inside the quote's
 * extent, other than the speaker's own (a frame inside the quote: "„...“,
 * sagte Lawrow, „...“" is not about Russia).  False when the name is not
 * UTF-8. */
static bool add_about(nf_query *q, size_t *n, const nf_query_opts *o) {
    if (!o || !o->about) return true;
    int a = name_or_iso(q, o->about);
    if (!a) return false;
    add(q, n,
        " AND EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.doc = m.doc AND e.eid = "
        "m.eid WHERE m.doc = q.doc AND m.eid <> q.speaker AND m.start_cp >= q.start_cp AND "
        "m.end_cp <= q.end_cp AND (e.actor_id IN (SELECT actor FROM actor_names WHERE name = "
        "?%d) OR e.country = ?%d))",
        a, a + 1);
    return true;
}

/* speakers [--about NAME]. */
int nf_query_speakers(nf_query *q, const nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    size_t n = 0;
    add(q, &n, "%s",
        "SELECT COALESCE(q.speaker_canonical, q.speaker_name) AS speaker, count(*) AS quotes, "
        "min(q.date) AS first_date, max(q.date) AS last_date FROM v_quotes q "
        "WHERE q.speaker_actor IS NOT NULL");
    if (!add_about(q, &n, o)) return nf_query_free(q), -1;
    add_dates(q, &n, "q.date", o);
    add(q, &n,
        " GROUP BY COALESCE(q.speaker_canonical, q.speaker_name) ORDER BY count(*) DESC, "
        "COALESCE(q.speaker_canonical, q.speaker_name)");
    add_limit(q, &n, o);
    return built(q, n);
}

/* who-said NAME [--about NAME]. */
int nf_query_who_said(nf_query *q, const char *name, const nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    const char *k = key_of(q, name);
    if (!k) return -1;
    q->p[q->np++] = nf_text(k);
    size_t n = 0;
    add(q, &n, "%s",
        "SELECT q.date, q.document, q.kind, COALESCE(q.speaker_canonical, q.speaker_name) AS "
        "speaker, q.cue, q.text FROM v_quotes q WHERE (q.doc, q.speaker) IN " ENTITIES_NAMED("1"));
    if (!add_about(q, &n, o)) return nf_query_free(q), -1;
    add_dates(q, &n, "q.date", o);
    add(q, &n, " ORDER BY COALESCE(q.date, ''), q.doc, q.start_cp");
    add_limit(q, &n, o);
    return built(q, n);
}

/* claims [--measure M] [--subject NAME]... [--claimant NAME]. */
int nf_query_claims(nf_query *q, const char *measure, const char *const *subjects, int nsubjects,
                    const char *claimant, const nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    if (nsubjects > NF_Q_MAX_SUBJECTS) return -1;
    size_t n = 0;
    add(q, &n, "%s",
        "SELECT c.date, c.document, c.value, c.unit, c.measure, c.object, c.period_start, "
        "c.period_end, c.claimant_name AS claimant, c.qualifier, c.text FROM v_claims c "
        "WHERE 1 = 1");
    if (measure) {
        q->p[q->np++] = nf_text(measure);
        add(q, &n, " AND c.measure = ?%d", q->np);
    }
    for (int i = 0; i < nsubjects; i++) {
        int a = name_or_iso(q, subjects[i]);
        if (!a) return nf_query_free(q), -1;
        /* From the subject's entities (by actor or country) to the amounts. */
        add(q, &n,
            " AND (c.doc, c.n) IN (SELECT x.doc, x.n FROM amount_subjects x JOIN entities e ON "
            "e.doc = x.doc AND e.eid = x.eid WHERE e.actor_id IN (SELECT actor FROM actor_names "
            "WHERE name = ?%d) OR e.country = ?%d)",
            a, a + 1);
    }
    if (claimant) {
        const char *k = key_of(q, claimant);
        if (!k) return nf_query_free(q), -1;
        q->p[q->np++] = nf_text(k);
        add(q, &n,
            " AND (c.doc, c.claimant) IN (SELECT doc, eid FROM entities WHERE actor_id IN "
            "(SELECT actor FROM actor_names WHERE name = ?%d))",
            q->np);
    }
    add_dates(q, &n, "c.date", o);
    add(q, &n, " ORDER BY COALESCE(c.date, ''), c.doc, c.n");
    add_limit(q, &n, o);
    return built(q, n);
}

/* How many rows `sql` (a count) gives for the parameters `p`, or -1. */
static long long count_of(nf_store *s, const char *sql, const nf_val *p, int np) {
    long long n = 0;
    return nf_store_query(s, sql, p, np, nf_row_first_int, &n) == 0 ? n : -1;
}

/* About how many entities the side of parameters `p` (a name key and an
 * ISO code, see name_or_iso) has: those of its actors plus those of its
 * country (an entity of both counts twice), each counted no further than
 * `cap`, two scans of one index each; -1 on failure. */
static long long side_entities(nf_store *s, const nf_val *p, long long cap) {
    char sql[320];
    snprintf(sql, sizeof sql,
             "SELECT (SELECT count(*) FROM (SELECT 1 FROM entities WHERE actor_id IN " ACTORS_NAMED(
                 "1") " LIMIT %lld)) + (SELECT count(*) FROM (SELECT 1 FROM entities WHERE "
                      "country = ?2 LIMIT %lld))",
             cap, cap);
    return count_of(s, sql, p, 2);
}

/* The sides of a dyad whose documents the query should start from
 * (add_drive): DRIVE_A, DRIVE_B, both or neither.  PostgreSQL gets both
 * and chooses by its statistics.  SQLite keeps none on values, so here the
 * side with fewer entities is found, and taken only when it has fewer
 * entities than a sixteenth of the documents: starting from a side's
 * entities costs about twice as much per entity as reading an event (of
 * which news has about one per two documents), and for an actor found
 * everywhere ("DEU" in German news) reading every event is faster.  The
 * store's size is its largest document number (found in the key without
 * reading the table); the entities are counted no further than that. */
enum { DRIVE_A = 1, DRIVE_B = 2 };
static int dyad_drive(nf_query *q, nf_store *s) {
    if (nf_store_is_pg(s)) return DRIVE_A | DRIVE_B;
    long long cap = count_of(s, "SELECT max(doc) FROM documents", NULL, 0) / 16;
    if (cap < 1) return 0;
    long long na = side_entities(s, q->p, cap), nb = side_entities(s, q->p + 2, cap);
    if (na < 0 || nb < 0) return 0;
    if (na <= nb) return na < cap ? DRIVE_A : 0;
    return nb < cap ? DRIVE_B : 0;
}

/* The parameters ?1..?4 of the two sides of a dyad, and in *drive the
 * sides to start from (dyad_drive, worked out once for `o`). */
static int dyad_params(nf_query *q, nf_store *s, const char *a, const char *b, nf_query_opts *o,
                       int *drive) {
    if (name_or_iso(q, a) != 1 || name_or_iso(q, b) != 3) {
        nf_query_free(q);
        return -1;
    }
    if (!o->dyad_drive) o->dyad_drive = dyad_drive(q, s) + 1;
    *drive = o->dyad_drive - 1;
    return 0;
}

/* The documents with an entity of the actor of ?n1 (names) or ?n2 (ISO). */
#define DOCS_OF(n1, n2)                                                                            \
    "(SELECT doc FROM entities WHERE actor_id IN " ACTORS_NAMED(n1) " OR country = ?" n2 ")"

/* Appends, for each side in `drive`, the test that the event's document
 * has an entity of that side: implied by the side's test on the event, but
 * one the database can start from (the side's entities by the indexes
 * entities_actor and entities_country, then their documents' events by the
 * events' key) rather than reading every event. */
static void add_drive(nf_query *q, size_t *n, int drive) {
    if (drive & DRIVE_A) add(q, n, "%s", "v.doc IN " DOCS_OF("1", "2") " AND ");
    if (drive & DRIVE_B) add(q, n, "%s", "v.doc IN " DOCS_OF("3", "4") " AND ");
}

/* One side of an event matches the actor of ?n1 (names) or ?n2 (ISO). */
#define SIDE(x, n1, n2)                                                                            \
    "(v." x "_actor IN (SELECT actor FROM actor_names WHERE name = ?" n1 ") OR v." x               \
    "_country = ?" n2 ")"
/* The event is between ?1/?2 and ?3/?4, either way. */
#define BETWEEN                                                                                    \
    "((" SIDE("source", "1", "2") " AND " SIDE("target", "3", "4") ") OR (" SIDE(                  \
        "source", "3", "4") " AND " SIDE("target", "1", "2") "))"

/* dyad A B [--by day|month|year]. */
int nf_query_dyad(nf_query *q, nf_store *s, const char *a, const char *b, const char *by,
                  nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    int drive;
    if (dyad_params(q, s, a, b, o, &drive) != 0) return -1;
    /* The period is a prefix of the ISO date; the length is fixed text. */
    const char *len = strcmp(by, "day") == 0 ? "10" : strcmp(by, "year") == 0 ? "4" : "7";
    const char *agg = nf_store_is_pg(s) ? "string_agg(DISTINCT label, ', ' ORDER BY label)"
                                        : "group_concat(DISTINCT label)";
    size_t n = 0;
    add(q, &n,
        "SELECT period, root, count(*) AS events, sum(forward) AS a_to_b, "
        "count(*) - sum(forward) AS b_to_a, avg(goldstein) AS mean_goldstein, %s AS labels "
        "FROM (SELECT COALESCE(substr(v.date, 1, %s), '') AS period, v.root, v.label, "
        "v.goldstein, CASE WHEN " SIDE("source", "1", "2") " THEN 1 ELSE 0 END AS forward "
                                                           "FROM v_events v WHERE ",
        agg, len);
    add_drive(q, &n, drive);
    add(q, &n, "%s", BETWEEN);
    add_dates(q, &n, "v.date", o);
    add(q, &n, ") x GROUP BY period, root ORDER BY period, root");
    add_limit(q, &n, o);
    return built(q, n);
}

/* The events of a dyad, listed. */
int nf_query_dyad_events(nf_query *q, nf_store *s, const char *a, const char *b, nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    int drive;
    if (dyad_params(q, s, a, b, o, &drive) != 0) return -1;
    size_t n = 0;
    add(q, &n, "%s",
        "SELECT v.date, v.document, v.vid, v.code, v.root, v.label, v.goldstein, v.modality, "
        "v.trigger, v.source_name, v.target_name, v.location_name FROM v_events v WHERE ");
    add_drive(q, &n, drive);
    add(q, &n, "%s", BETWEEN);
    add_dates(q, &n, "v.date", o);
    add(q, &n, " ORDER BY COALESCE(v.date, ''), v.doc, v.vid");
    add_limit(q, &n, o);
    return built(q, n);
}
#undef BETWEEN
#undef SIDE
#undef DOCS_OF

/* entity NAME. */
int nf_query_entity(nf_query *q, const nf_store *s, const char *name, const nf_query_opts *o) {
    memset(q, 0, sizeof *q);
    const char *k = key_of(q, name);
    if (!k) return -1;
    q->p[q->np++] = nf_text(k);
    const char *agg = nf_store_is_pg(s) ? "string_agg(DISTINCT m.text, ' | ' ORDER BY m.text)"
                                        : "group_concat(DISTINCT m.text)";
    size_t n = 0;
    add(q, &n,
        "SELECT m.date, m.document, COALESCE(m.canonical, m.name) AS entity, "
        "count(*) AS mentions, min(m.start_cp) AS first_at, %s AS forms "
        "FROM v_mentions m WHERE m.actor_id IN " ACTORS_NAMED("1"),
        agg);
    add_dates(q, &n, "m.date", o);
    add(q, &n,
        " GROUP BY m.doc, m.date, m.document, COALESCE(m.canonical, m.name) "
        "ORDER BY COALESCE(m.date, ''), m.doc");
    add_limit(q, &n, o);
    return built(q, n);
}

/* See queries.h. */
nf_store *nf_open_existing_store(const char *db) {
    if (!nf_store_target_is_pg(db) && access(db, R_OK) != 0) {
        fprintf(stderr, "newsfacts: cannot open the store %s: %s (run newsfacts ingest first)\n",
                db, strerror(errno));
        return NULL;
    }
    char err[512];
    nf_store *s = nf_store_open_existing(db, err, sizeof err);
    if (!s) fprintf(stderr, "newsfacts: %s\n", err);
    return s;
}
