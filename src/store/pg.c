/* pg.c - the PostgreSQL backend through libpq: ?N placeholders become $N,
 * every statement is prepared once per connection and cached. */
#include "store.h"

#ifdef NF_HAVE_PQ
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dynload.h"

#define CACHE_SIZE 64

/* The libpq functions the backend calls: return type, name, parameters. */
#define PQ_FUNCTIONS(X)                                                                            \
    X(PGconn *, PQconnectdb, (const char *))                                                       \
    X(ConnStatusType, PQstatus, (const PGconn *))                                                  \
    X(char *, PQerrorMessage, (const PGconn *))                                                    \
    X(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *, PQnoticeProcessor, void *))              \
    X(PGresult *, PQexec, (PGconn *, const char *))                                                \
    X(void, PQclear, (PGresult *))                                                                 \
    X(PGresult *, PQprepare, (PGconn *, const char *, const char *, int, const Oid *))             \
    X(ExecStatusType, PQresultStatus, (const PGresult *))                                          \
    X(char *, PQresultErrorMessage, (const PGresult *))                                            \
    X(PGresult *, PQexecPrepared,                                                                  \
      (PGconn *, const char *, int, const char *const *, const int *, const int *, int))           \
    X(int, PQnfields, (const PGresult *))                                                          \
    X(char *, PQfname, (const PGresult *, int))                                                    \
    X(Oid, PQftype, (const PGresult *, int))                                                       \
    X(int, PQntuples, (const PGresult *))                                                          \
    X(int, PQgetisnull, (const PGresult *, int, int))                                              \
    X(char *, PQgetvalue, (const PGresult *, int, int))                                            \
    X(void, PQfinish, (PGconn *))

/* libpq, opened by pg_open. */
typedef struct pq_api {
#define PQ_FIELD(ret, name, params) ret(*name) params;
    PQ_FUNCTIONS(PQ_FIELD)
#undef PQ_FIELD
} pq_api;

/* A prepared statement: the SQL it was made from and its name. */
typedef struct pcached {
    char *sql;
    char name[16];
} pcached;

/* The connection. */
typedef struct pg {
    void *lib; /* the handle of libpq (never closed: see pg_close) */
    pq_api pq;
    PGconn *conn;
    pcached cache[CACHE_SIZE];
    int ncache, serial;
} pg;

/* Copies libpq's message (without its trailing newline) into s->err. */
static int pfail(nf_store *s, const char *what, const char *msg) {
    snprintf(s->err, sizeof s->err, "%s: %s", what, msg ? msg : "?");
    size_t n = strlen(s->err);
    while (n && (s->err[n - 1] == '\n' || s->err[n - 1] == ' ')) s->err[--n] = '\0';
    return -1;
}

/* Ignores the server's notices ("relation already exists, skipping"). */
static void quiet(void *arg, const char *message) {
    (void)arg;
    (void)message;
}

/* Connects to the URL. */
static int pg_open(nf_store *s, const char *target) {
    pg *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    s->impl = p;
    static const char *const sonames[] = {"libpq.so.5", "libpq.so", NULL};
    p->lib = nf_dynload_open(sonames, s->err, sizeof s->err);
    if (!p->lib) return -1;
#define PQ_LOAD(ret, name, params)                                                                 \
    if (!nf_dynload_sym(p->lib, #name, &p->pq.name, s->err, sizeof s->err)) return -1;
    PQ_FUNCTIONS(PQ_LOAD)
#undef PQ_LOAD
    p->conn = p->pq.PQconnectdb(target);
    if (!p->conn || p->pq.PQstatus(p->conn) != CONNECTION_OK)
        return pfail(s, "cannot connect to PostgreSQL",
                     p->conn ? p->pq.PQerrorMessage(p->conn) : "out of memory");
    p->pq.PQsetNoticeProcessor(p->conn, quiet, NULL);
    PGresult *r = p->pq.PQexec(p->conn, "SET client_min_messages = warning");
    p->pq.PQclear(r);
    return 0;
}

/* Turns ?N into $N outside string literals; returns a malloc'd copy. */
static char *convert(const char *sql) {
    char *out = strdup(sql);
    if (!out) return NULL;
    bool quoted = false;
    for (char *p = out; *p; p++) {
        if (*p == '\'') quoted = !quoted;
        if (!quoted && *p == '?' && p[1] >= '0' && p[1] <= '9') *p = '$';
    }
    return out;
}

/* Finds or prepares the statement for `sql`; returns its name. */
static const char *prepare(nf_store *s, const char *sql, int nparams) {
    pg *p = s->impl;
    for (int i = 0; i < p->ncache; i++)
        if (strcmp(p->cache[i].sql, sql) == 0) return p->cache[i].name;
    if (p->ncache == CACHE_SIZE) { /* full: drop the oldest */
        char dealloc[64];
        snprintf(dealloc, sizeof dealloc, "DEALLOCATE %s", p->cache[0].name);
        p->pq.PQclear(p->pq.PQexec(p->conn, dealloc));
        free(p->cache[0].sql);
        memmove(p->cache, p->cache + 1, (CACHE_SIZE - 1) * sizeof *p->cache);
        p->ncache--;
    }
    char *text = convert(sql);
    pcached *c = &p->cache[p->ncache];
    c->sql = strdup(sql);
    if (!text || !c->sql) {
        free(text);
        free(c->sql);
        snprintf(s->err, sizeof s->err, "out of memory");
        return NULL;
    }
    snprintf(c->name, sizeof c->name, "nf%d", ++p->serial);
    (void)nparams;
    PGresult *r = p->pq.PQprepare(p->conn, c->name, text, 0, NULL);
    free(text);
    if (p->pq.PQresultStatus(r) != PGRES_COMMAND_OK) {
        pfail(s, "SQL error", p->pq.PQresultErrorMessage(r));
        p->pq.PQclear(r);
        free(c->sql);
        return NULL;
    }
    p->pq.PQclear(r);
    p->ncache++;
    return c->name;
}

/* The type of a result column from its type OID. */
static nf_vtype col_type(Oid oid) {
    switch (oid) {
        case 20: /* int8 */
        case 21: /* int2 */
        case 23: /* int4 */
            return NF_V_INT;
        case 700:  /* float4 */
        case 701:  /* float8 */
        case 1700: /* numeric */
            return NF_V_REAL;
        default:
            return NF_V_TEXT;
    }
}

/* Runs a prepared statement with text parameters, calling fn per row. */
static int run(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
               void *ctx) {
    pg *p = s->impl;
    const char *name = prepare(s, sql, nparams);
    if (!name) return -1;
    /* The values as text: numbers printed into bufs, 32 bytes each (on the
     * stack for up to 32 parameters; a multi-row INSERT has hundreds). */
    const char *small_vals[32];
    char small_bufs[32][32];
    const char **vals = small_vals;
    char(*bufs)[32] = small_bufs;
    if (nparams > 32) {
        vals = malloc((size_t)nparams * sizeof *vals);
        bufs = malloc((size_t)nparams * sizeof *bufs);
        if (!vals || !bufs) {
            free(vals);
            free(bufs);
            snprintf(s->err, sizeof s->err, "out of memory");
            return -1;
        }
    }
    for (int i = 0; i < nparams; i++) {
        switch (params[i].t) {
            case NF_V_INT:
                snprintf(bufs[i], sizeof bufs[i], "%lld", params[i].i);
                vals[i] = bufs[i];
                break;
            case NF_V_REAL:
                snprintf(bufs[i], sizeof bufs[i], "%.17g", params[i].r);
                vals[i] = bufs[i];
                break;
            case NF_V_TEXT:
                vals[i] = params[i].s;
                break;
            default:
                vals[i] = NULL;
        }
    }
    PGresult *r = p->pq.PQexecPrepared(p->conn, name, nparams, vals, NULL, NULL, 0);
    if (vals != small_vals) {
        free(vals);
        free(bufs);
    }
    ExecStatusType st = p->pq.PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        pfail(s, "SQL error", p->pq.PQresultErrorMessage(r));
        p->pq.PQclear(r);
        return -1;
    }
    if (fn && st == PGRES_TUPLES_OK) {
        int ncols = p->pq.PQnfields(r);
        if (ncols > 64) ncols = 64;
        const char *names[64], *row[64];
        nf_vtype types[64];
        for (int c = 0; c < ncols; c++) {
            names[c] = p->pq.PQfname(r, c);
            types[c] = col_type(p->pq.PQftype(r, c));
        }
        int nrows = p->pq.PQntuples(r);
        if (nrows == 0 && ncols > 0) fn(ctx, ncols, names, NULL, NULL); /* the names only */
        for (int i = 0; i < nrows; i++) {
            nf_vtype t[64];
            for (int c = 0; c < ncols; c++) {
                bool null = p->pq.PQgetisnull(r, i, c);
                row[c] = null ? NULL : p->pq.PQgetvalue(r, i, c);
                t[c] = null ? NF_V_NULL : types[c];
            }
            if (fn(ctx, ncols, names, t, row) != 0) break;
        }
    }
    p->pq.PQclear(r);
    return 0;
}

/* Runs a statement without rows. */
static int pg_exec(nf_store *s, const char *sql, const nf_val *params, int nparams) {
    return run(s, sql, params, nparams, NULL, NULL);
}

/* Runs a query. */
static int pg_query(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
                    void *ctx) {
    return run(s, sql, params, nparams, fn, ctx);
}

/* Runs an INSERT with "RETURNING key" added: the new row's key, 0 when
 * it inserted none. */
static int pg_insert_id(nf_store *s, const char *sql, const nf_val *params, int nparams,
                        const char *key, long long *id) {
    size_t n = strlen(sql) + strlen(key) + 16;
    char *full = malloc(n);
    if (!full) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    snprintf(full, n, "%s RETURNING %s", sql, key);
    *id = 0;
    int rc = run(s, full, params, nparams, nf_row_first_int, id);
    free(full);
    return rc;
}

/* Runs a script (several statements, no parameters). */
static int pg_script(nf_store *s, const char *sql) {
    pg *p = s->impl;
    PGresult *r = p->pq.PQexec(p->conn, sql);
    ExecStatusType st = p->pq.PQresultStatus(r);
    int rc = 0;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        rc = pfail(s, "SQL error", p->pq.PQresultErrorMessage(r));
    p->pq.PQclear(r);
    return rc;
}

/* Starts a transaction. */
static int pg_begin(nf_store *s) {
    return pg_script(s, "BEGIN");
}

/* Commits. */
static int pg_commit(nf_store *s) {
    return pg_script(s, "COMMIT");
}

/* Rolls back. */
static int pg_rollback(nf_store *s) {
    return pg_script(s, "ROLLBACK");
}

/* Closes the connection.  libpq stays loaded (the handle is not closed):
 * unloading it would also unload the TLS and Kerberos libraries it pulled
 * in, whose thread-local blocks glibc keeps listed for the threads that
 * used them; LeakSanitizer reads those lists at exit and crashed on them
 * (`query who-said` with no row, on PostgreSQL, under make asan-test).  A
 * process that opened one PostgreSQL store may well open another, and the
 * dynamic loader counts the handles of one library. */
static void pg_close(nf_store *s) {
    pg *p = s->impl;
    for (int i = 0; i < p->ncache; i++) free(p->cache[i].sql);
    if (p->conn) p->pq.PQfinish(p->conn);
    free(p);
    s->impl = NULL;
}

static const nf_store_ops pg_ops = {"postgresql", pg_open,  pg_begin, pg_commit,
                                    pg_rollback,  pg_exec,  pg_query, pg_insert_id,
                                    pg_script,    pg_close, NULL};
const nf_store_ops *const nf_pg_ops = &pg_ops;
#else
const nf_store_ops *const nf_pg_ops = NULL;
#endif
