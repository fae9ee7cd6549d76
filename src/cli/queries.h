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
    nf_val p[2 * NF_Q_MAX_SUBJECTS + 6];
    int np;
    char *keys[NF_Q_MAX_SUBJECTS + 2]; /* case-folded names; owned */
    int nkeys;
    char to_end[24]; /* the last day of the `to` bound */
} nf_query;

/* What narrows the rows of a list query; zero it for nothing. */
typedef struct nf_query_opts {
    /* Dates (YYYY, YYYY-MM or YYYY-MM-DD; see nf_query_is_date) the row's
     * date must lie between, both included, NULL for no bound: the
     * document's date, for events their own.  A row without a date is left
     * out when either is given. */
    const char *from, *to;
    /* who-said, speakers: only quotes that name this actor (a name, or an
     * ISO code for anyone of that country) inside them; NULL for all. */
    const char *about;
    int limit; /* > 0: at most this many rows */
    /* dyad, dyad events: which side's entities to start from, as the
     * first of them worked out (three counts of the store), + 1; 0 until
     * then.  A caller that runs both for one pair passes one opts. */
    int dyad_drive;
} nf_query_opts;

/* True for a date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
bool nf_query_is_date(const char *s);

/* The last day an upper bound `to` (a date as above) includes: all of a
 * year or month.  Written into buf, which is returned. */
const char *nf_query_date_end(const char *to, char buf[24]);

/* True for an ISO 3166 alpha-3 code as written by a user (RUS). */
bool nf_is_iso3(const char *s);

/* Frees what a query owns. */
void nf_query_free(nf_query *q);

/* Opens a store that must exist already (opening a missing SQLite file
 * would create an empty one); prints why on stderr and returns NULL when it
 * cannot.  The caller closes it. */
nf_store *nf_open_existing_store(const char *db);

/* Each builder below fills `q` (free it with nf_query_free) and returns 0,
 * or -1 when a name is not UTF-8 or memory runs out.  `o` narrows the rows
 * (NULL: all of them); its dates must pass nf_query_is_date. */

/* The quotes whose speaker is `name` (any name form). */
int nf_query_who_said(nf_query *q, const char *name, const nf_query_opts *o);

/* The speakers of quotes (that name `o->about`), by the number of their
 * quotes, with the first and last date of one. */
int nf_query_speakers(nf_query *q, const nf_query_opts *o);

/* The amounts, optionally of one measure, about all `subjects` (names or
 * ISO codes, at most NF_Q_MAX_SUBJECTS) and by `claimant` (NULL: any). */
int nf_query_claims(nf_query *q, const char *measure, const char *const *subjects, int nsubjects,
                    const char *claimant, const nf_query_opts *o);

/* The events between `a` and `b` (both directions) per period of `by`
 * (day, month or year): count per CAMEO root and mean Goldstein (the
 * limit, if any, counts periods and roots). */
int nf_query_dyad(nf_query *q, nf_store *s, const char *a, const char *b, const char *by,
                  nf_query_opts *o);

/* The events between `a` and `b` themselves, by date. */
int nf_query_dyad_events(nf_query *q, nf_store *s, const char *a, const char *b, nf_query_opts *o);

/* The documents that mention `name`, and when. */
int nf_query_entity(nf_query *q, const nf_store *s, const char *name, const nf_query_opts *o);

#endif
