/* load.h - storing one document record (parsed JSON) into the normalised
 * tables, replacing an older version of the same document. */
#ifndef NF_STORE_LOAD_H
#define NF_STORE_LOAD_H

#include "jread.h"
#include "store.h"

typedef struct nf_loader nf_loader;

/* What nf_loader_put did with a document. */
typedef enum nf_put_result { NF_PUT_NEW, NF_PUT_SKIPPED, NF_PUT_REPLACED } nf_put_result;

/* A loader over an open store (not owned); NULL when memory runs out. */
nf_loader *nf_loader_new(nf_store *s);

/* Frees a loader; NULL is ignored. */
void nf_loader_free(nf_loader *l);

/* The stored hash of document `id`: 1 with it in `hash` (17 bytes), 0 when
 * the document is not stored, -1 on a database error. */
int nf_loader_stored_hash(nf_loader *l, const char *id, char hash[17]);

/* Stores a record (parsed by nf_jparse) inside the caller's transaction: skipped when a document
 * with the same id and `hash` is stored, replaced when its hash differs.
 * `title` and `text` are stored with the document (either may be NULL).
 * Returns 0, or -1 with the message in the store's err. */
int nf_loader_put(nf_loader *l, const nf_jv *record, const char *hash, const char *title,
                  const char *text, nf_put_result *result);

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
