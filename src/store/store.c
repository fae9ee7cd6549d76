/* store.c - choosing a backend, creating the schema, small helpers. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Row callback: the first column of the first row as a long long into
 * *ctx (untouched when the row has none); stops after that row. */
int nf_row_first_int(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                     const char *const *vals) {
    (void)names;
    (void)types;
    if (ncols > 0 && vals && vals[0]) *(long long *)ctx = atoll(vals[0]);
    return 1;
}

/* True for postgresql:// and postgres:// URLs. */
bool nf_store_target_is_pg(const char *target) {
    return strncmp(target, "postgresql://", 13) == 0 || strncmp(target, "postgres://", 11) == 0;
}

/* True when the store is a PostgreSQL one. */
bool nf_store_is_pg(const nf_store *s) {
    return s->ops != &nf_sqlite_ops;
}

/* Rolls the open transaction back after a failure, keeping the failure's
 * message in the store's err. */
void nf_store_abort(nf_store *s) {
    char keep[sizeof s->err];
    memcpy(keep, s->err, sizeof keep);
    s->ops->rollback(s);
    memcpy(s->err, keep, sizeof keep);
}

/* Begins a writer's transaction: once no other writer's is open (see
 * store.h). */
int nf_store_begin_write(nf_store *s) {
    if (s->ops->begin(s) != 0) return -1;
    if (!nf_store_is_pg(s)) return 0; /* SQLite: BEGIN IMMEDIATE did it */
    long long one = 0;
    if (s->ops->query(s, "SELECT 1 FROM pg_advisory_xact_lock(7400411700)", NULL, 0,
                      nf_row_first_int, &one) != 0) {
        nf_store_abort(s);
        return -1;
    }
    return 0;
}

/* The schema version nf_meta records into *version, 0 when there is none. */
static int schema_version(nf_store *s, long long *version) {
    *version = 0;
    long long tables = 0;
    const char *check = nf_store_is_pg(s)
                            ? "SELECT count(*) FROM pg_tables WHERE tablename = 'nf_meta' AND "
                              "schemaname = current_schema()"
                            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'nf_meta'";
    if (s->ops->query(s, check, NULL, 0, nf_row_first_int, &tables) != 0) return -1;
    if (!tables) return 0;
    return s->ops->query(s, "SELECT value FROM nf_meta WHERE key = 'schema'", NULL, 0,
                         nf_row_first_int, version);
}

/* Says in s->err that the store has schema `version`, which this code does
 * not read; returns -1. */
static int wrong_version(nf_store *s, long long version) {
    snprintf(s->err, sizeof s->err,
             "the store has schema version %lld, this newsfacts reads version 1", version);
    return -1;
}

/* Creates the schema unless nf_meta says it is there.  Two processes may
 * open a new store at once (two ingests): the one that finds no schema
 * takes the writers' lock and looks again before creating it, so the other
 * one waits and then finds it. */
static int ensure_schema(nf_store *s) {
    long long version = 0;
    if (schema_version(s, &version) != 0) return -1;
    if (version == 1) return 0;
    if (version != 0) return wrong_version(s, version);
    char *sql = nf_store_schema(s);
    if (!sql) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    int rc = nf_store_begin_write(s);
    if (rc == 0 &&
        (schema_version(s, &version) != 0 || (version == 0 && s->ops->script(s, sql) != 0) ||
         (version > 1 && wrong_version(s, version) != 0))) {
        nf_store_abort(s);
        rc = -1;
    }
    free(sql);
    return rc == 0 ? s->ops->commit(s) : -1;
}

/* Opens a store; with `create` makes sure its schema exists, else checks
 * that it does. */
static nf_store *open_store(const char *target, bool create, char *err, size_t errlen) {
    nf_store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (nf_store_target_is_pg(target)) {
        if (!nf_pg_ops) {
            snprintf(err, errlen, "this newsfacts was built without PostgreSQL support (libpq)");
            free(s);
            return NULL;
        }
        s->ops = nf_pg_ops;
    } else {
        s->ops = &nf_sqlite_ops;
    }
    s->existing = !create;
    long long version = 0;
    if (s->ops->open(s, target) != 0 ||
        (create ? ensure_schema(s) : schema_version(s, &version)) != 0) {
        snprintf(err, errlen, "%s", s->err);
        nf_store_close(s);
        return NULL;
    }
    if (!create && version != 1) {
        if (version == 0)
            snprintf(err, errlen,
                     "%s is not a newsfacts store (it has no nf_meta table); "
                     "newsfacts ingest makes one",
                     target);
        else
            snprintf(err, errlen, "%s: %s", target, (wrong_version(s, version), s->err));
        nf_store_close(s);
        return NULL;
    }
    return s;
}

/* Opens a store and makes sure its schema exists. */
nf_store *nf_store_open(const char *target, char *err, size_t errlen) {
    return open_store(target, true, err, errlen);
}

/* Opens a store ingest made, changing nothing in it. */
nf_store *nf_store_open_existing(const char *target, char *err, size_t errlen) {
    return open_store(target, false, err, errlen);
}

/* Closes and frees a store. */
void nf_store_close(nf_store *s) {
    if (!s) return;
    if (s->ops && s->impl) s->ops->close(s);
    free(s);
}

/* Runs one statement. */
int nf_store_exec(nf_store *s, const char *sql, const nf_val *params, int nparams) {
    return s->ops->exec(s, sql, params, nparams);
}

/* Runs one query. */
int nf_store_query(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
                   void *ctx) {
    return s->ops->query(s, sql, params, nparams, fn, ctx);
}

/* Runs an INSERT and gets the new row's key. */
int nf_store_insert_id(nf_store *s, const char *sql, const nf_val *params, int nparams,
                       const char *key, long long *id) {
    return s->ops->insert_id(s, sql, params, nparams, key, id);
}

/* A text parameter (NULL binds NULL). */
nf_val nf_text(const char *str) {
    nf_val v = {str ? NF_V_TEXT : NF_V_NULL, 0, 0.0, str};
    return v;
}

/* An integer parameter. */
nf_val nf_int(long long i) {
    nf_val v = {NF_V_INT, i, 0.0, NULL};
    return v;
}

/* A floating-point parameter. */
nf_val nf_real(double r) {
    nf_val v = {NF_V_REAL, 0, r, NULL};
    return v;
}

/* A NULL parameter. */
nf_val nf_null(void) {
    nf_val v = {NF_V_NULL, 0, 0.0, NULL};
    return v;
}

/* See store.h. */
void *nf_calloc_written(size_t n, size_t size) {
    char *p = calloc(n, size);
    if (p)
        for (size_t b = 0; b < n * size; b += 4096) ((volatile char *)p)[b] = 0;
    return p;
}
