/* sqlite.c - the SQLite backend: a file in WAL mode, prepared statements
 * cached by their SQL text. */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store.h"

#define CACHE_SIZE 64

/* A prepared statement, (a copy of) the SQL it was made from and how many
 * parameters it takes. */
typedef struct cached {
    const char *sql;
    sqlite3_stmt *stmt;
    int nparams;
} cached;

/* WAL pages after which a commit asks for a checkpoint: SQLite's own
 * default for the checkpoint it runs at commit. */
#define CHECKPOINT_PAGES 1000

/* How long a connection waits for another one's lock, in milliseconds. */
#define BUSY_MS 10000

/* The static page cache (see lite_configure): slots of a 4 KiB page and
 * SQLite's header (a few hundred bytes), 8-byte aligned as it needs. */
#define PAGECACHE_SLOT (4096 + 512)
#define PAGECACHE_SLOTS 2048
static _Alignas(8) unsigned char pagecache[(size_t)PAGECACHE_SLOT * PAGECACHE_SLOTS];

/* A background checkpointer: its connection and thread, and whether a
 * commit has asked for a checkpoint or the store is closing. */
typedef struct checkpointer {
    sqlite3 *db;
    pthread_t tid;
    pthread_mutex_t mu;
    pthread_cond_t wake;
    bool asked, quit;
} checkpointer;

/* The connection. */
typedef struct lite {
    sqlite3 *db;
    cached cache[CACHE_SIZE];
    int ncache;
    char *path;         /* the database file; owned */
    checkpointer *ckpt; /* NULL unless checkpoints run in the background; owned */
} lite;

/* Records SQLite's message for a failed call. */
static int fail(nf_store *s, const char *what) {
    lite *l = s->impl;
    snprintf(s->err, sizeof s->err, "%s: %s", what, l && l->db ? sqlite3_errmsg(l->db) : "?");
    return -1;
}

/* Turns off SQLite's memory statistics before its first use: with them on,
 * every allocation inside SQLite takes a global mutex, a twentieth of the
 * instructions an insert costs.  The store reads no statistics.  Once SQLite
 * is initialised (by an earlier open) the call is refused, harmlessly. */
static void lite_configure(void) {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    /* The cache's pages come from one static block (virtual memory until
     * used) rather than from malloc page by page: on a thread other than
     * the main one, glibc grows the thread's heap for every new page with
     * an mprotect call, some 1,200 of them while storing bench-de (and
     * TLB shootdowns on the cores that extract meanwhile).  Past the block,
     * SQLite falls back to malloc. */
    int hdr = 0;
    if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &hdr) == SQLITE_OK && hdr >= 0 &&
        hdr <= PAGECACHE_SLOT - 4096)
        sqlite3_config(SQLITE_CONFIG_PAGECACHE, pagecache, PAGECACHE_SLOT, PAGECACHE_SLOTS);
}

/* True when the file holds tables (or views, indexes) but no newsfacts
 * schema: someone else's database (false when it cannot tell). */
static bool foreign_tables(sqlite3 *db) {
    sqlite3_stmt *st = NULL;
    bool foreign = false;
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*) > 0 AND NOT EXISTS (SELECT 1 FROM sqlite_master "
                           "WHERE type = 'table' AND name = 'nf_meta') FROM sqlite_master",
                           -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        foreign = sqlite3_column_int(st, 0) != 0;
    sqlite3_finalize(st);
    return foreign;
}

/* Opens (creating) the database file in WAL mode. */
static int lite_open(nf_store *s, const char *target) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, lite_configure);
    lite *l = calloc(1, sizeof *l);
    if (!l) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    s->impl = l;
    /* A store opened to be read is never created (nor is a file). */
    int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (s->existing ? 0 : SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(target, &l->db, flags, NULL) != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "cannot open SQLite database %s: %s", target,
                 l->db ? sqlite3_errmsg(l->db) : "out of memory");
        return -1;
    }
    l->path = strdup(target);
    if (!l->path) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    sqlite3_busy_timeout(l->db, BUSY_MS);
    char *msg = NULL;
    /* Turning a new file to WAL needs it to itself, and SQLite answers
     * "database is locked" at once, without its busy handler, while another
     * process is doing the same: two ingests creating one store.  Wait and
     * try again, as the busy handler would. */
    int rc;
    /* A store is made only in a new or empty file, or in one that is a
     * store already: someone else's database is refused before its journal
     * mode is touched.  (A store being made by another ingest shows either
     * no table yet or all of them, nf_meta with them: they commit as one.) */
    if (!s->existing && foreign_tables(l->db)) {
        snprintf(s->err, sizeof s->err,
                 "the SQLite file %s is another database (it has tables but no newsfacts "
                 "store); ingest into a new file (and ATTACH it to join the two)",
                 target);
        return -1;
    }
    /* The journal mode is a setting of the file: a store opened to be read
     * keeps it (ingest made its stores WAL). */
    const char *pragmas = s->existing ? "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; "
                                        "PRAGMA temp_store=MEMORY;"
                                      : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                        "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";
    for (int waited = 0;; waited += 10) {
        rc = sqlite3_exec(l->db, pragmas, NULL, NULL, &msg);
        if ((rc & 0xFF) != SQLITE_BUSY || waited >= BUSY_MS) break;
        sqlite3_free(msg);
        msg = NULL;
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    }
    if (rc != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "cannot open SQLite database %s: %s", target,
                 msg ? msg : "?");
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* Finds or prepares the statement for `sql`, which will be run with
 * `nparams` parameters.  A statement found moves one place to the front, so
 * the few a loader repeats row after row are found after a comparison or
 * two.  Its old bindings are cleared only when fewer parameters will be
 * bound than it takes (binding replaces the others). */
static sqlite3_stmt *prepare(nf_store *s, const char *sql, int nparams) {
    lite *l = s->impl;
    for (int i = 0; i < l->ncache; i++)
        if (strcmp(l->cache[i].sql, sql) == 0) {
            if (i > 0) {
                cached t = l->cache[i - 1];
                l->cache[i - 1] = l->cache[i];
                l->cache[i] = t;
                i--;
            }
            sqlite3_reset(l->cache[i].stmt);
            if (nparams < l->cache[i].nparams) sqlite3_clear_bindings(l->cache[i].stmt);
            return l->cache[i].stmt;
        }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) != SQLITE_OK) {
        fail(s, "SQL error");
        return NULL;
    }
    if (l->ncache == CACHE_SIZE) { /* full: drop the last, the least used */
        sqlite3_finalize(l->cache[CACHE_SIZE - 1].stmt);
        free((char *)l->cache[CACHE_SIZE - 1].sql);
        l->ncache--;
    }
    char *copy = strdup(sql);
    if (!copy) {
        sqlite3_finalize(st);
        snprintf(s->err, sizeof s->err, "out of memory");
        return NULL;
    }
    l->cache[l->ncache].sql = copy;
    l->cache[l->ncache].stmt = st;
    l->cache[l->ncache].nparams = sqlite3_bind_parameter_count(st);
    l->ncache++;
    return st;
}

/* Binds the parameters to a statement. */
static int bind(nf_store *s, sqlite3_stmt *st, const nf_val *p, int n) {
    for (int i = 0; i < n; i++) {
        int rc;
        switch (p[i].t) {
            case NF_V_INT:
                rc = sqlite3_bind_int64(st, i + 1, p[i].i);
                break;
            case NF_V_REAL:
                rc = sqlite3_bind_double(st, i + 1, p[i].r);
                break;
            case NF_V_TEXT:
                rc = sqlite3_bind_text(st, i + 1, p[i].s, -1, SQLITE_STATIC);
                break;
            default:
                rc = sqlite3_bind_null(st, i + 1);
                break;
        }
        if (rc != SQLITE_OK) return fail(s, "cannot bind a parameter");
    }
    return 0;
}

/* Runs a statement, calling fn (when given) for each row. */
static int run(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
               void *ctx) {
    lite *l = s->impl;
    sqlite3_stmt *st = prepare(s, sql, nparams);
    if (!st || bind(s, st, params, nparams) != 0) return -1;
    int ncols = sqlite3_column_count(st);
    const char *names[64];
    nf_vtype types[64];
    const char *vals[64];
    if (ncols > 64) ncols = 64;
    for (int i = 0; i < ncols; i++) names[i] = sqlite3_column_name(st, i);
    int rc;
    bool any = false;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        any = true;
        if (!fn) continue;
        for (int i = 0; i < ncols; i++) {
            int t = sqlite3_column_type(st, i);
            types[i] = t == SQLITE_INTEGER ? NF_V_INT
                       : t == SQLITE_FLOAT ? NF_V_REAL
                       : t == SQLITE_NULL  ? NF_V_NULL
                                           : NF_V_TEXT;
            vals[i] = (const char *)sqlite3_column_text(st, i);
        }
        if (fn(ctx, ncols, names, types, vals) != 0) break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, "SQL error");
        sqlite3_reset(st);
        return -1;
    }
    sqlite3_reset(st);
    if (fn && !any && ncols > 0) fn(ctx, ncols, names, NULL, NULL); /* the names only */
    (void)l;
    return 0;
}

/* Runs a statement without rows. */
static int lite_exec(nf_store *s, const char *sql, const nf_val *params, int nparams) {
    return run(s, sql, params, nparams, NULL, NULL);
}

/* Runs a query. */
static int lite_query(nf_store *s, const char *sql, const nf_val *params, int nparams, nf_row_fn fn,
                      void *ctx) {
    return run(s, sql, params, nparams, fn, ctx);
}

/* Runs an INSERT; the rowid of the row it inserted (the INTEGER PRIMARY
 * KEY `key` names), 0 when it inserted none. */
static int lite_insert_id(nf_store *s, const char *sql, const nf_val *params, int nparams,
                          const char *key, long long *id) {
    lite *l = s->impl;
    (void)key;
    if (run(s, sql, params, nparams, NULL, NULL) != 0) return -1;
    *id = sqlite3_changes(l->db) > 0 ? (long long)sqlite3_last_insert_rowid(l->db) : 0;
    return 0;
}

/* Runs a script of statements. */
static int lite_script(nf_store *s, const char *sql) {
    lite *l = s->impl;
    char *msg = NULL;
    if (sqlite3_exec(l->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "SQL error: %s", msg ? msg : "?");
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* Starts a write transaction (IMMEDIATE: takes the write lock at once). */
static int lite_begin(nf_store *s) {
    return lite_script(s, "BEGIN IMMEDIATE");
}

/* Commits. */
static int lite_commit(nf_store *s) {
    return lite_script(s, "COMMIT");
}

/* Rolls back. */
static int lite_rollback(nf_store *s) {
    return lite_script(s, "ROLLBACK");
}

/* The checkpointer's thread: a passive checkpoint (it copies what it can
 * without waiting for the writer or readers) each time a commit asks for
 * one, until the store closes.  A failed checkpoint loses nothing: the
 * pages stay in the log for the next one, or for the one at close. */
static void *checkpoint_main(void *arg) {
    checkpointer *c = arg;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->asked && !c->quit) pthread_cond_wait(&c->wake, &c->mu);
        if (c->quit) break;
        c->asked = false;
        pthread_mutex_unlock(&c->mu);
        sqlite3_wal_checkpoint_v2(c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* The WAL hook of the writing connection, called after each commit with
 * the pages in the log: from CHECKPOINT_PAGES on, wakes the checkpointer
 * (instead of checkpointing here, as SQLite's own hook would). */
static int wal_hook(void *arg, sqlite3 *db, const char *name, int pages) {
    checkpointer *c = arg;
    (void)db;
    (void)name;
    if (pages >= CHECKPOINT_PAGES) {
        pthread_mutex_lock(&c->mu);
        c->asked = true;
        pthread_cond_signal(&c->wake);
        pthread_mutex_unlock(&c->mu);
    }
    return SQLITE_OK;
}

/* Ends the checkpointer: its thread, then its connection. */
static void checkpointer_free(checkpointer *c) {
    pthread_mutex_lock(&c->mu);
    c->quit = true;
    pthread_cond_signal(&c->wake);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->tid, NULL);
    pthread_cond_destroy(&c->wake);
    pthread_mutex_destroy(&c->mu);
    sqlite3_close(c->db);
    free(c);
}

/* Starts the checkpointer: a second connection to the file and a thread,
 * woken by the writing connection's WAL hook. */
static int lite_checkpoint_in_background(nf_store *s) {
    lite *l = s->impl;
    if (l->ckpt) return 0;
    checkpointer *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(s->err, sizeof s->err, "out of memory");
        return -1;
    }
    if (sqlite3_open_v2(l->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "cannot open SQLite database %s: %s", l->path,
                 c->db ? sqlite3_errmsg(c->db) : "out of memory");
        sqlite3_close(c->db);
        free(c);
        return -1;
    }
    /* A connection knows the file is in WAL mode (and checkpoints it) once
     * it has read it. */
    if (sqlite3_exec(c->db, "PRAGMA journal_mode", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "cannot open SQLite database %s: %s", l->path,
                 sqlite3_errmsg(c->db));
        sqlite3_close(c->db);
        free(c);
        return -1;
    }
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->wake, NULL);
    if (pthread_create(&c->tid, NULL, checkpoint_main, c) != 0) {
        pthread_cond_destroy(&c->wake);
        pthread_mutex_destroy(&c->mu);
        sqlite3_close(c->db);
        free(c);
        snprintf(s->err, sizeof s->err, "cannot start the checkpoint thread");
        return -1;
    }
    l->ckpt = c;
    sqlite3_wal_hook(l->db, wal_hook, c); /* replaces the checkpoint at commit */
    return 0;
}

/* Finalises the statements and closes the file (after the checkpointer, so
 * that this connection, the last, checkpoints what is left and removes the
 * log). */
static void lite_close(nf_store *s) {
    lite *l = s->impl;
    if (l->ckpt) checkpointer_free(l->ckpt);
    for (int i = 0; i < l->ncache; i++) {
        sqlite3_finalize(l->cache[i].stmt);
        free((char *)l->cache[i].sql);
    }
    if (l->db) sqlite3_close(l->db);
    free(l->path);
    free(l);
    s->impl = NULL;
}

const nf_store_ops nf_sqlite_ops = {"sqlite",
                                    lite_open,
                                    lite_begin,
                                    lite_commit,
                                    lite_rollback,
                                    lite_exec,
                                    lite_query,
                                    lite_insert_id,
                                    lite_script,
                                    lite_close,
                                    lite_checkpoint_in_background};
