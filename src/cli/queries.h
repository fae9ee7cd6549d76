/* queries.h - the SQL of the analyst's questions (who-said, claims, dyad,
 * entity), built once for `newsfacts query` and `newsfacts serve`.  The
 * SQL is assembled only from fixed fragments; every value is a bound
 * parameter. */
#ifndef NF_CLI_QUERIES_H
#define NF_CLI_QUERIES_H

#include <stdbool.h>

#include "../store/store.h"

#define NF_Q_MAX_SUBJECTS 8

/* A built query: its SQL and parameters (the parameters point into
 * `keys` and the caller's strings). */
typedef struct nf_query {
    char sql[4096];
    nf_val p[2 * NF_Q_MAX_SUBJECTS + 4];
    int np;
    char *keys[NF_Q_MAX_SUBJECTS + 2]; /* case-folded names; owned */
    int nkeys;
} nf_query;

/* True for an ISO 3166 alpha-3 code as written by a user (RUS). */
bool nf_is_iso3(const char *s);

/* Frees what a query owns. */
void nf_query_free(nf_query *q);

/* Opens a store that must exist already (opening a missing SQLite file
 * would create an empty one); prints why on stderr and returns NULL when it
 * cannot.  The caller closes it. */
nf_store *nf_open_existing_store(const char *db);

/* The quotes whose speaker is `name` (any name form); `limit` > 0 bounds
 * the rows.  Returns 0, or -1 when `name` is not UTF-8 or memory runs out. */
int nf_query_who_said(nf_query *q, const char *name, int limit);

/* The amounts, optionally of one measure, about all `subjects` (names or
 * ISO codes, at most NF_Q_MAX_SUBJECTS) and by `claimant` (NULL: any). */
int nf_query_claims(nf_query *q, const char *measure, const char *const *subjects, int nsubjects,
                    const char *claimant, int limit);

/* The events between `a` and `b` (both directions) per period of `by`
 * (day, month or year): count per CAMEO root and mean Goldstein. */
int nf_query_dyad(nf_query *q, const nf_store *s, const char *a, const char *b, const char *by);

/* The events between `a` and `b` themselves, by date, at most `limit`. */
int nf_query_dyad_events(nf_query *q, const char *a, const char *b, int limit);

/* The documents that mention `name`, and when. */
int nf_query_entity(nf_query *q, const nf_store *s, const char *name);

#endif
