/* store.h - the corpus store: one schema behind a small interface that
 * SQLite (a file) and PostgreSQL (a postgresql:// URL, through libpq)
 * both implement.  SQL is written once with ?N placeholders (SQLite's
 * numbered parameters); the PostgreSQL backend turns them into $N. */
#ifndef NF_STORE_H
#define NF_STORE_H

#include <stdbool.h>
#include <stddef.h>

/* The type of a bound parameter or of a result value. */
typedef enum nf_vtype { NF_V_NULL, NF_V_INT, NF_V_REAL, NF_V_TEXT } nf_vtype;

/* A bound parameter. */
typedef struct nf_val {
    nf_vtype t;
    long long i;
    double r;
    const char *s; /* NF_V_TEXT; NULL binds NULL */
} nf_val;

/* Called once per result row: `vals[i]` is the column's value as text (NULL
 * for SQL NULL) and `types[i]` its type.  Returning non-zero stops the
 * query (which then still succeeds).  A query that returns no rows calls
 * it once with `types` and `vals` NULL, so that the caller still learns
 * the names of the columns. */
typedef int (*nf_row_fn)(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                         const char *const *vals);

/* A row callback for counts and keys: the first column of the first row
 * as a long long into *(long long *)ctx (untouched when there is none). */
int nf_row_first_int(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                     const char *const *vals);

typedef struct nf_store nf_store;

/* The operations a backend provides; each returns 0 on success or -1 with
 * a message in the store's `err`. */
typedef struct nf_store_ops {
    const char *name; /* "sqlite" or "postgresql" */
    int (*open)(nf_store *s, const char *target);
    int (*begin)(nf_store *s);
    int (*commit)(nf_store *s);
    int (*rollback)(nf_store *s);
    /* Runs one statement with bound parameters (no rows expected). */
    int (*exec)(nf_store *s, const char *sql, const nf_val *params, int nparams);
    /* Runs one query with bound parameters, calling `fn` for each row. */
    int (*query)(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
                 void *ctx);
    /* Runs an INSERT of one row (no RETURNING clause) and sets *id to the
     * new row's integer key, the column `key`; 0 when no row was inserted
     * (ON CONFLICT DO NOTHING).  SQLite asks the connection for the rowid:
     * a RETURNING clause would cost it a statement journal. */
    int (*insert_id)(nf_store *s, const char *sql, const nf_val *params, int nparams,
                     const char *key, long long *id);
    /* Runs a script of statements without parameters (the schema). */
    int (*script)(nf_store *s, const char *sql);
    void (*close)(nf_store *s);
    /* From now on, the pages this connection commits are copied from the
     * write-ahead log into the database file on a thread (and connection)
     * of the store's own, which close ends, rather than by the commit that
     * fills the log, which waits for the disk: a writer that stores while
     * other threads extract does not stall them.  NULL where the backend
     * has no such log (PostgreSQL). */
    int (*checkpoint_in_background)(nf_store *s);
} nf_store_ops;

/* An open store. */
struct nf_store {
    const nf_store_ops *ops;
    void *impl;    /* the backend's connection state */
    bool existing; /* opened by nf_store_open_existing: the backend sets nothing in the file */
    char err[512]; /* the last error */
};

/* The SQL dialects differ in a few places (the surrogate key, string
 * aggregation); the schema and the queries ask which one is open. */
bool nf_store_is_pg(const nf_store *s);

/* True when `target` names a PostgreSQL database (postgresql:// or
 * postgres:// URL). */
bool nf_store_target_is_pg(const char *target);

/* Opens the store at `target` and creates the schema when it is missing.
 * Returns NULL with a message in `err` (of `errlen` bytes) on failure. */
nf_store *nf_store_open(const char *target, char *err, size_t errlen);

/* Opens a store that `newsfacts ingest` made, to read it: creates nothing,
 * and changes nothing in the database on opening (a SQLite file keeps its
 * journal mode).  NULL with `err` set when it cannot be opened, or when it
 * is no newsfacts store (no schema, or one of another version): its tables
 * are then left as they are.  Close it with nf_store_close. */
nf_store *nf_store_open_existing(const char *target, char *err, size_t errlen);

/* Closes and frees a store; NULL is ignored. */
void nf_store_close(nf_store *s);

/* Shorthands for the ops. */
int nf_store_exec(nf_store *s, const char *sql, const nf_val *params, int nparams);
int nf_store_query(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
                   void *ctx);
int nf_store_insert_id(nf_store *s, const char *sql, const nf_val *params, int nparams,
                       const char *key, long long *id);

/* Parameter constructors. */
nf_val nf_text(const char *s);
nf_val nf_int(long long i);
nf_val nf_real(double r);
nf_val nf_null(void);

/* Rolls the open transaction back after a failure, keeping the failure's
 * message in the store's err. */
void nf_store_abort(nf_store *s);

/* Begins a transaction holding the writers' lock to its end: writers'
 * transactions take turns.  SQLite's BEGIN IMMEDIATE takes the lock;
 * PostgreSQL takes an advisory lock, without which two ingests that add
 * the same actors at once deadlock on the actors' key.  0, or -1 with the
 * message in the store's err (and no transaction open). */
int nf_store_begin_write(nf_store *s);

/* calloc(n, size), with a byte written to every page at once (free with
 * free()).  For arrays that threads probe before they write: a fresh page
 * read first maps the shared zero page, and the first write to it after
 * that costs a copy and a TLB flush on every core the process runs on. */
void *nf_calloc_written(size_t n, size_t size);

/* The schema: tables, indexes and views, for the dialect of `s`; the caller
 * frees it (NULL when memory runs out). */
char *nf_store_schema(const nf_store *s);

/* The SQLite and PostgreSQL backends (the latter NULL when built without
 * libpq). */
extern const nf_store_ops nf_sqlite_ops;
extern const nf_store_ops *const nf_pg_ops;

#endif
