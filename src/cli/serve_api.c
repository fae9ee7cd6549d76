/* serve_api.c - the JSON API of `newsfacts serve`: read-only questions to
 * the store, every request value a bound parameter, every result bounded.
 * Bad parameters get a 400 with {"error": ...}. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../store/load.h"
#include "queries.h"
#include "rows.h"
#include "serve.h"

#define ARG_MAX 200        /* bytes of one parameter value */
#define SEARCH_LIMIT 200   /* documents of a search */
#define QUOTES_LIMIT 1000  /* quotes of a speaker */
#define CLAIMS_LIMIT 2000  /* amounts of a claims question */
#define EVENTS_LIMIT 1000  /* events listed on a dyad */
#define LAYER_LIMIT 10000  /* rows of one layer of a document */
#define SPEAKERS_LIMIT 100 /* speakers listed */

/* Sets the reply to a JSON error. */
void nf_reply_error(nf_reply *out, unsigned status, const char *msg) {
    json_t *o = json_pack("{s:s}", "error", msg ? msg : "error");
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    out->status = status;
    out->type = "application/json; charset=utf-8";
    out->body = s;
    out->len = s ? strlen(s) : 0;
}

/* Sets the reply to a JSON value (stolen); a 500 when it is NULL. */
static void reply_json(nf_reply *out, json_t *v) {
    char *s =
        v ? json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)) : NULL;
    json_decref(v);
    if (!s) {
        nf_reply_error(out, 500, "out of memory");
        return;
    }
    out->status = 200;
    out->type = "application/json; charset=utf-8";
    out->body = s;
    out->len = strlen(s);
}

/* What checking a request's parameters found. */
typedef struct argcheck {
    const char *const *allowed; /* NULL-terminated */
    const char *repeatable;     /* the one name that may repeat, or NULL */
    char msg[320];
    const char *subjects[NF_Q_MAX_SUBJECTS];
    int nsubjects;
} argcheck;

/* Iterator over the query string: stops at the first unknown, repeated,
 * too long or non-UTF-8 parameter. */
static enum MHD_Result check_one(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value) {
    (void)kind;
    argcheck *a = cls;
    bool known = false;
    for (const char *const *p = a->allowed; *p; p++) known = known || strcmp(*p, key) == 0;
    if (!known) {
        char list[160] = "";
        size_t n = 0;
        for (const char *const *p = a->allowed; *p && n < sizeof list; p++)
            n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", *p);
        snprintf(a->msg, sizeof a->msg, "unknown parameter '%.40s' (this takes: %s)", key,
                 *a->allowed ? list : "none");
        return MHD_NO;
    }
    if (value && strlen(value) > ARG_MAX) {
        snprintf(a->msg, sizeof a->msg, "parameter '%s' is longer than %d bytes", key, ARG_MAX);
        return MHD_NO;
    }
    char *k = nf_name_key(value ? value : "");
    free(k);
    if (!k) {
        snprintf(a->msg, sizeof a->msg, "parameter '%s' is not valid UTF-8", key);
        return MHD_NO;
    }
    if (a->repeatable && strcmp(key, a->repeatable) == 0 && value && *value) {
        if (a->nsubjects == NF_Q_MAX_SUBJECTS) {
            snprintf(a->msg, sizeof a->msg, "at most %d '%s' parameters", NF_Q_MAX_SUBJECTS, key);
            return MHD_NO;
        }
        a->subjects[a->nsubjects++] = value;
    }
    return MHD_YES;
}

/* Checks the request's parameters against `allowed`; false with a 400
 * reply when one is bad. */
static bool check_args(struct MHD_Connection *c, argcheck *a, nf_reply *out) {
    a->msg[0] = '\0';
    nf_mhd.MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_one, a);
    if (a->msg[0]) {
        nf_reply_error(out, 400, a->msg);
        return false;
    }
    return true;
}

/* A parameter's value; NULL when absent or empty.  Owned by the request. */
static const char *arg(struct MHD_Connection *c, const char *name) {
    const char *v = nf_mhd.MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
    return v && *v ? v : NULL;
}

/* Reads the date bounds `from` and `to` into o; false with a 400 reply
 * when either is not a date. */
static bool date_args(struct MHD_Connection *c, nf_query_opts *o, nf_reply *out) {
    o->from = arg(c, "from");
    o->to = arg(c, "to");
    if ((o->from && !nf_query_is_date(o->from)) || (o->to && !nf_query_is_date(o->to))) {
        nf_reply_error(out, 400, "from and to are dates: YYYY, YYYY-MM or YYYY-MM-DD");
        return false;
    }
    return true;
}

/* A required parameter; NULL with a 400 reply when it is missing. */
static const char *need(struct MHD_Connection *c, const char *name, nf_reply *out) {
    const char *v = arg(c, name);
    if (!v) {
        char msg[96];
        snprintf(msg, sizeof msg, "parameter '%s' is required", name);
        nf_reply_error(out, 400, msg);
    }
    return v;
}

/* Runs a query and returns its rows as a JSON array; NULL with a 500
 * reply on a store error. */
static json_t *rows_of(nf_store *s, const char *sql, const nf_val *p, int np, nf_reply *out) {
    nf_rows r = {0};
    json_t *j = NULL;
    if (nf_rows_query(s, sql, p, np, &r) == 0) j = nf_rows_json(&r);
    if (!j) {
        fprintf(stderr, "newsfacts serve: %s\n", s->err);
        nf_reply_error(out, 500, "the store could not answer (see the server's log)");
    }
    nf_rows_free(&r);
    return j;
}

/* Runs a built query (a 400 when it could not be built). */
static json_t *rows_of_query(nf_store *s, nf_query *q, int built, nf_reply *out) {
    if (built != 0) {
        nf_reply_error(out, 400, "a parameter is not valid UTF-8");
        return NULL;
    }
    json_t *j = rows_of(s, q->sql, q->p, q->np, out);
    nf_query_free(q);
    return j;
}

/* /api/doc?id=: a document with every layer. */
static void api_doc(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"id", NULL};
    argcheck a = {.allowed = allowed};
    if (!check_args(c, &a, out)) return;
    const char *id = need(c, "id", out);
    if (!id) return;
    nf_val pid[] = {nf_text(id)};
    json_t *docs = rows_of(s,
                           "SELECT doc, id, date, date_source, lang, title, text, error_code, "
                           "error_message FROM documents WHERE id = ?1",
                           pid, 1, out);
    if (!docs) return;
    json_t *doc = json_array_get(docs, 0);
    if (!doc) {
        json_decref(docs);
        nf_reply_error(out, 404, "no document with this id");
        return;
    }
    json_incref(doc);
    json_decref(docs);
    nf_val p[] = {nf_int(json_integer_value(json_object_get(doc, "doc")))};
    static const char *const layers[][2] = {
        {"entities", "SELECT eid, type, name, canonical, country, actor AS code, roles "
                     "FROM entities WHERE doc = ?1 ORDER BY eid LIMIT 10000"},
        {"mentions", "SELECT m.eid, e.type, m.kind, m.text, m.start_cp, m.end_cp FROM mentions m "
                     "JOIN entities e ON e.doc = m.doc AND e.eid = m.eid WHERE m.doc = ?1 "
                     "ORDER BY m.start_cp, m.end_cp LIMIT 10000"},
        {"quotes", "SELECT qid, kind, text, cue, speaker_span, speaker, "
                   "COALESCE(speaker_canonical, speaker_name) AS speaker_label, start_cp, end_cp "
                   "FROM v_quotes WHERE doc = ?1 ORDER BY start_cp LIMIT 10000"},
        {"amounts", "SELECT v.n, v.text, v.value, v.unit, v.approx, v.qualifier, v.object, "
                    "v.measure, v.period_start, v.period_end, v.claimant_name AS claimant, "
                    "am.start_cp, am.end_cp FROM v_claims v JOIN amounts am ON am.doc = v.doc "
                    "AND am.n = v.n WHERE v.doc = ?1 ORDER BY am.start_cp LIMIT 10000"},
        {"amount_subjects", "SELECT x.n, x.eid, COALESCE(e.canonical, e.name) AS name FROM "
                            "amount_subjects x LEFT JOIN entities e ON e.doc = x.doc AND "
                            "e.eid = x.eid WHERE x.doc = ?1 ORDER BY x.n, x.eid LIMIT 10000"},
        {"times", "SELECT n, text, type, value, start_cp, end_cp FROM times WHERE doc = ?1 "
                  "ORDER BY start_cp LIMIT 10000"},
        {"events", "SELECT v.vid, v.code, v.root, v.label, v.goldstein, v.modality, v.trigger, "
                   "v.source_name, v.target_name, v.location_name, v.date, ev.start_cp, ev.end_cp "
                   "FROM v_events v "
                   "JOIN events ev ON ev.doc = v.doc AND ev.vid = v.vid WHERE v.doc = ?1 "
                   "ORDER BY ev.start_cp LIMIT 10000"},
        {"sources", "SELECT s.n, s.eid, COALESCE(e.canonical, e.name) AS name, s.cue, s.start_cp, "
                    "s.end_cp FROM sources s LEFT JOIN entities e ON e.doc = s.doc AND "
                    "e.eid = s.eid WHERE s.doc = ?1 ORDER BY s.n LIMIT 10000"}};
    for (size_t i = 0; i < sizeof layers / sizeof layers[0]; i++) {
        json_t *rows = rows_of(s, layers[i][1], p, 1, out);
        if (!rows) {
            json_decref(doc);
            return;
        }
        json_object_set_new(doc, layers[i][0], rows);
    }
    reply_json(out, doc);
}

/* `s` with LIKE's special characters escaped by '\' and case-folded; the
 * pattern %s% in `buf` (of ARG_MAX * 2 + 3 bytes). */
static void like_pattern(const char *s, char *buf) {
    size_t n = 0;
    buf[n++] = '%';
    for (; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\') buf[n++] = '\\';
        buf[n++] = *s;
    }
    buf[n++] = '%';
    buf[n] = '\0';
}

/* /api/search?q=&entity=&speaker=&from=&to=: documents, newest first. */
static void api_search(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"q", "entity", "speaker", "from", "to", NULL};
    argcheck a = {.allowed = allowed};
    if (!check_args(c, &a, out)) return;
    const char *q = arg(c, "q"), *entity = arg(c, "entity"), *speaker = arg(c, "speaker");
    nf_query_opts dates = {0};
    if (!date_args(c, &dates, out)) return;
    const char *from = dates.from, *to = dates.to;
    char sql[2048], pat[ARG_MAX * 2 + 3], toend[24];
    char *ke = entity ? nf_name_key(entity) : NULL, *ks = speaker ? nf_name_key(speaker) : NULL;
    nf_val p[5];
    int np = 0;
    size_t n = (size_t)snprintf(sql, sizeof sql, "%s",
                                "SELECT d.id, d.date, d.title, d.lang, substr(d.text, 1, 280) AS "
                                "excerpt, d.error_code FROM documents d WHERE 1 = 1");
    if (q) {
        /* The needle is folded by the database too (lower() on both). */
        like_pattern(q, pat);
        p[np++] = nf_text(pat);
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              " AND (lower(COALESCE(d.text, '')) LIKE lower(?%d) ESCAPE '\\' OR "
                              "lower(COALESCE(d.title, '')) LIKE lower(?%d) ESCAPE '\\')",
                              np, np);
    }
    if (ke) {
        p[np++] = nf_text(ke);
        /* From the actor's entities to their documents (see who-said). */
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              " AND d.doc IN (SELECT doc FROM entities WHERE actor_id IN "
                              "(SELECT actor FROM actor_names WHERE name = ?%d))",
                              np);
    }
    if (ks) {
        p[np++] = nf_text(ks);
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              " AND d.doc IN (SELECT x.doc FROM quotes x WHERE (x.doc, x.speaker) "
                              "IN (SELECT doc, eid FROM entities WHERE actor_id IN (SELECT actor "
                              "FROM actor_names WHERE name = ?%d)))",
                              np);
    }
    if (from) {
        p[np++] = nf_text(from);
        n += (size_t)snprintf(sql + n, sizeof sql - n, " AND d.date >= ?%d", np);
    }
    if (to) {
        p[np++] = nf_text(nf_query_date_end(to, toend));
        n += (size_t)snprintf(sql + n, sizeof sql - n, " AND d.date <= ?%d", np);
    }
    snprintf(sql + n, sizeof sql - n, " ORDER BY COALESCE(d.date, '') DESC, d.id LIMIT %d",
             SEARCH_LIMIT);
    json_t *rows = rows_of(s, sql, p, np, out);
    free(ke);
    free(ks);
    if (rows) reply_json(out, json_pack("{s:o,s:i}", "documents", rows, "limit", SEARCH_LIMIT));
}

/* /api/who-said?speaker=&about=&from=&to=: a speaker's quotes by date. */
static void api_who_said(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"speaker", "about", "from", "to", NULL};
    argcheck a = {.allowed = allowed};
    if (!check_args(c, &a, out)) return;
    const char *speaker = need(c, "speaker", out);
    nf_query_opts o = {.about = arg(c, "about"), .limit = QUOTES_LIMIT};
    if (!speaker || !date_args(c, &o, out)) return;
    nf_query q;
    json_t *rows = rows_of_query(s, &q, nf_query_who_said(&q, speaker, &o), out);
    if (rows) reply_json(out, json_pack("{s:s,s:o}", "speaker", speaker, "quotes", rows));
}

/* /api/speakers?about=&from=&to=: the speakers quoted most. */
static void api_speakers(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"about", "from", "to", NULL};
    argcheck a = {.allowed = allowed};
    if (!check_args(c, &a, out)) return;
    nf_query_opts o = {.about = arg(c, "about"), .limit = SPEAKERS_LIMIT};
    if (!date_args(c, &o, out)) return;
    nf_query q;
    json_t *rows = rows_of_query(s, &q, nf_query_speakers(&q, &o), out);
    if (rows) reply_json(out, json_pack("{s:o}", "speakers", rows));
}

/* /api/claims?measure=&subject=...&claimant=&from=&to=: figures over time. */
static void api_claims(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"measure", "subject", "claimant", "from", "to", NULL};
    argcheck a = {.allowed = allowed, .repeatable = "subject"};
    if (!check_args(c, &a, out)) return;
    nf_query_opts o = {.limit = CLAIMS_LIMIT};
    if (!date_args(c, &o, out)) return;
    nf_query q;
    json_t *rows = rows_of_query(
        s, &q,
        nf_query_claims(&q, arg(c, "measure"), a.subjects, a.nsubjects, arg(c, "claimant"), &o),
        out);
    if (rows) reply_json(out, json_pack("{s:o,s:i}", "claims", rows, "limit", CLAIMS_LIMIT));
}

/* /api/dyad?a=&b=&by=&from=&to=: events between two actors per period, and
 * listed. */
static void api_dyad(nf_store *s, struct MHD_Connection *c, nf_reply *out) {
    static const char *const allowed[] = {"a", "b", "by", "from", "to", NULL};
    argcheck a = {.allowed = allowed};
    if (!check_args(c, &a, out)) return;
    const char *x = need(c, "a", out);
    const char *y = x ? need(c, "b", out) : NULL;
    if (!y) return;
    const char *by = arg(c, "by");
    if (!by) by = "month";
    if (strcmp(by, "day") != 0 && strcmp(by, "month") != 0 && strcmp(by, "year") != 0) {
        nf_reply_error(out, 400, "by is day, month or year");
        return;
    }
    nf_query_opts o = {0};
    if (!date_args(c, &o, out)) return;
    nf_query q;
    json_t *periods = rows_of_query(s, &q, nf_query_dyad(&q, s, x, y, by, &o), out);
    if (!periods) return;
    o.limit = EVENTS_LIMIT;
    json_t *events = rows_of_query(s, &q, nf_query_dyad_events(&q, s, x, y, &o), out);
    if (!events) {
        json_decref(periods);
        return;
    }
    reply_json(out, json_pack("{s:s,s:s,s:s,s:o,s:o}", "a", x, "b", y, "by", by, "periods", periods,
                              "events", events));
}

/* Dispatches an API path. */
void nf_api_reply(nf_store *s, struct MHD_Connection *c, const char *path, nf_reply *out) {
    static const struct {
        const char *path;
        void (*fn)(nf_store *, struct MHD_Connection *, nf_reply *);
    } routes[] = {{"doc", api_doc},           {"search", api_search}, {"who-said", api_who_said},
                  {"speakers", api_speakers}, {"claims", api_claims}, {"dyad", api_dyad}};
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (strcmp(path, routes[i].path) == 0) {
            routes[i].fn(s, c, out);
            return;
        }
    nf_reply_error(out, 404, "no such API (doc, search, who-said, speakers, claims, dyad)");
}
