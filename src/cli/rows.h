/* rows.h - the rows of a store query, collected in memory, and their JSON
 * form; shared by `newsfacts query` and `newsfacts serve`. */
#ifndef NF_CLI_ROWS_H
#define NF_CLI_ROWS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "../store/store.h"

/* The rows of a result. */
typedef struct nf_rows {
    int ncols;
    char **names;
    size_t nrows, cap;
    char **vals;     /* nrows * ncols, NULL for SQL NULL; owned */
    nf_vtype *types; /* nrows * ncols */
    bool oom;
} nf_rows;

/* Row callback for nf_store_query: copies a row into the nf_rows `ctx`. */
int nf_rows_collect(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                    const char *const *vals);

/* Frees what a result holds and empties it. */
void nf_rows_free(nf_rows *r);

/* A value as JSON (numbers stay numbers, NULL is null); a new reference. */
json_t *nf_json_value(const char *v, nf_vtype t);

/* The rows as a JSON array of objects (column name: value); a new
 * reference, NULL when memory runs out. */
json_t *nf_rows_json(const nf_rows *r);

/* Runs a query into `r` (empty on entry): 0, or -1 with the message in the
 * store's err (or "out of memory" there). */
int nf_rows_query(nf_store *s, const char *sql, const nf_val *p, int np, nf_rows *r);

#endif
