/* rows.c - collecting query rows in memory and writing them as JSON. */
#include "rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Row callback: copies a row into the result (sets oom and stops when
 * memory runs out). */
int nf_rows_collect(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                    const char *const *vals) {
    nf_rows *r = ctx;
    if (!r->names) {
        r->names = calloc((size_t)ncols, sizeof *r->names);
        if (!r->names) return r->oom = true, 1;
        r->ncols = ncols;
        for (int i = 0; i < ncols; i++) {
            r->names[i] = strdup(names[i]);
            if (!r->names[i]) return r->oom = true, 1;
        }
    }
    if (!vals) return 0; /* no rows: the names only */
    if (r->nrows == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 64;
        char **v = realloc(r->vals, ncap * (size_t)ncols * sizeof *v);
        if (!v) return r->oom = true, 1;
        r->vals = v;
        nf_vtype *t = realloc(r->types, ncap * (size_t)ncols * sizeof *t);
        if (!t) return r->oom = true, 1;
        r->types = t;
        r->cap = ncap;
    }
    for (int i = 0; i < ncols; i++) {
        size_t k = r->nrows * (size_t)ncols + (size_t)i;
        r->vals[k] = vals[i] ? strdup(vals[i]) : NULL;
        r->types[k] = vals[i] ? types[i] : NF_V_NULL;
        if (vals[i] && !r->vals[k]) r->types[k] = NF_V_NULL, r->oom = true;
    }
    r->nrows++;
    return r->oom ? 1 : 0;
}

/* Frees a result. */
void nf_rows_free(nf_rows *r) {
    for (size_t k = 0; k < r->nrows * (size_t)r->ncols; k++) free(r->vals[k]);
    for (int i = 0; i < r->ncols && r->names; i++) free(r->names[i]);
    free(r->names);
    free(r->vals);
    free(r->types);
    memset(r, 0, sizeof *r);
}

/* A value as JSON: numbers stay numbers. */
json_t *nf_json_value(const char *v, nf_vtype t) {
    if (!v) return json_null();
    if (t == NF_V_INT) return json_integer(strtoll(v, NULL, 10));
    if (t == NF_V_REAL) return json_real(strtod(v, NULL));
    return json_string(v);
}

/* The rows as an array of objects. */
json_t *nf_rows_json(const nf_rows *r) {
    json_t *out = json_array();
    if (!out) return NULL;
    for (size_t i = 0; i < r->nrows; i++) {
        size_t k = i * (size_t)r->ncols;
        json_t *row = json_object();
        if (!row || json_array_append_new(out, row) != 0) {
            json_decref(out);
            return NULL;
        }
        for (int c = 0; c < r->ncols; c++)
            json_object_set_new(row, r->names[c],
                                nf_json_value(r->vals[k + (size_t)c], r->types[k + (size_t)c]));
    }
    return out;
}

/* Runs a query into a result. */
int nf_rows_query(nf_store *s, const char *sql, const nf_val *p, int np, nf_rows *r) {
    if (nf_store_query(s, sql, p, np, nf_rows_collect, r) != 0) return -1;
    if (r->oom) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    return 0;
}
