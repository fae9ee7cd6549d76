/* load.h - storing one document record (parsed JSON) into the normalised
 * tables, replacing an older version of the same document. */
#ifndef NF_STORE_LOAD_H
#define NF_STORE_LOAD_H

#include <stdint.h>

#include "jread.h"
#include "store.h"

typedef struct nf_loader nf_loader;

/* The child tables of a document, in the order they are stored. */
typedef enum nf_prep_table {
    NF_P_ENTITIES,
    NF_P_MENTIONS,
    NF_P_QUOTES,
    NF_P_AMOUNTS,
    NF_P_SUBJECTS,
    NF_P_TIMES,
    NF_P_EVENTS,
    NF_P_SOURCES,
    NF_P_TABLES
} nf_prep_table;

/* A value of a prepared row: an nf_val in half the room (the type next to
 * one of int, real or text, where nf_val has a field for each).  A batch
 * of documents keeps all its rows until they are stored. */
typedef struct nf_pval {
    union {
        long long i;
        double r;
        const char *s;
    } u;
    unsigned char t; /* nf_vtype */
} nf_pval;

/* The rows of one table: `n` rows of the table's columns, one after the
 * other (`v` holds n * columns values). */
typedef struct nf_prep_rows {
    nf_pval *v;
    size_t n, cap; /* rows */
} nf_prep_rows;

/* A name form of an actor, case-folded, with its hash. */
typedef struct nf_prep_form {
    const char *s;
    uint64_t h;
} nf_prep_form;

/* What linking one entity to its actor needs: the actor's key (canonical
 * label, else name; NULL for none) with its hash and what a new actor row
 * holds, the entity's row (SIZE_MAX when it has no id and is not stored)
 * and its name forms (forms[form0 .. form0 + nforms - 1]). */
typedef struct nf_prep_entity {
    const char *key, *type, *country, *code;
    uint64_t key_hash;
    size_t row, form0, nforms;
} nf_prep_entity;

/* A record turned into the rows of every table (nf_prep_build), so that
 * the thread that stores it only binds values and steps statements.  The
 * strings point into the parsed record (which must outlive the prep) or
 * into the prep's own blocks.  The `doc` column of every row (the first)
 * and `entities.actor_id` are filled in when the record is stored.  Zero
 * it before first use; nf_prep_build reuses its buffers. */
typedef struct nf_prep {
    char id[1024];
    const char *date, *date_source, *lang, *error_code, *error_message;
    bool error; /* the record carries an error object */
    nf_prep_rows t[NF_P_TABLES];
    nf_prep_entity *ents;
    size_t nents, ents_cap;
    nf_prep_form *forms;
    size_t nforms, forms_cap;
    struct nf_prep_block *blocks; /* derived strings (joined spans, folded names) */
    size_t used;                  /* bytes used in the first block */
} nf_prep;

/* Builds the rows of a record (parsed by nf_jparse) into `p`, replacing what
 * it held.  Safe to run on several threads at once, each with its own prep.
 * Returns 0, or -1 when memory runs out. */
int nf_prep_build(nf_prep *p, const nf_jv *record);

/* Empties a prep but keeps its buffers for the next nf_prep_build. */
void nf_prep_clear(nf_prep *p);

/* Frees a prep's buffers and zeroes it. */
void nf_prep_free(nf_prep *p);

/* What nf_loader_put_prep did with a document. */
typedef enum nf_put_result { NF_PUT_NEW, NF_PUT_SKIPPED, NF_PUT_REPLACED } nf_put_result;

/* A loader over an open store (not owned); NULL when memory runs out. */
nf_loader *nf_loader_new(nf_store *s);

/* Frees a loader; NULL is ignored. */
void nf_loader_free(nf_loader *l);

/* The stored hash of document `id`: 1 with it in `hash` (17 bytes), 0 when
 * the document is not stored, -1 on a database error. */
int nf_loader_stored_hash(nf_loader *l, const char *id, char hash[17]);

/* Stores a record turned into rows by nf_prep_build (whose doc and
 * actor_id columns it fills in) inside a transaction of nf_loader_begin:
 * skipped when a document with the same id and `hash` is stored, replaced
 * when its hash differs.  `title` and `text` are stored with the document
 * (either may be NULL).  The document row is stored at once, its other
 * rows are queued for nf_loader_flush, so `p` must stay as it is until
 * then.  Returns 0, or -1 with the message in the store's err. */
int nf_loader_put_prep(nf_loader *l, nf_prep *p, const char *hash, const char *title,
                       const char *text, nf_put_result *result);

/* Stores the queued rows of the records given to nf_loader_put_prep, table
 * by table, several rows a statement; call it before committing.  Returns 0,
 * or -1 with the message in the store's err. */
int nf_loader_flush(nf_loader *l);

/* Begins a transaction to store in, holding the writers' lock
 * (nf_store_begin_write): the loader's rows go into a store in
 * transactions begun here, committed by the store (after nf_loader_flush).
 * Returns 0, or -1 with the message in the store's err (and no
 * transaction open). */
int nf_loader_begin(nf_loader *l);

/* After the caller's transaction was rolled back: drops the queued rows and
 * forgets the actors and name forms it stored (their rows are gone). */
void nf_loader_rollback(nf_loader *l);

/* Deletes actors (and their names) that no entity refers to any more;
 * called after documents were replaced. */
int nf_loader_prune_actors(nf_loader *l);

/* The document id of a record's "id" value as text ("" for none); writes
 * into buf of n bytes and returns buf. */
const char *nf_record_id(const nf_jv *id, char *buf, size_t n);

/* 64-bit FNV-1a over the parts (NULL parts count as empty, each part is
 * followed by a separator), as 16 hex digits in out (17 bytes). */
void nf_hash_parts(const char *const *parts, const size_t *lens, int n, char out[17]);

/* The form of a name used for matching: case-folded and NFC (malloc'd;
 * NULL when memory runs out or s is not UTF-8). */
char *nf_name_key(const char *s);

#endif
