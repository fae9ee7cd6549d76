/* jread.h - a JSON reader for records and input lines: one pass parses the
 * text into a flat array of values (a container is followed by everything
 * inside it, so a sibling is reached by one addition) and one buffer of
 * unescaped strings.  Two allocations a document instead of one per value:
 * `newsfacts ingest` reads every record it stores, and jansson's tree of
 * malloc'd nodes cost more than the SQL inserts (see bench/run).  Parsing
 * follows RFC 8259 with jansson's choices where the RFC leaves room: strings
 * must be valid UTF-8, "\u0000" is allowed in values but not in keys,
 * integers that do not fit in 64 bits are an error, the last of two equal
 * keys wins. */
#ifndef NF_STORE_JREAD_H
#define NF_STORE_JREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum nf_jtype {
    NF_J_NULL,
    NF_J_FALSE,
    NF_J_TRUE,
    NF_J_INT,
    NF_J_REAL,
    NF_J_STR,
    NF_J_ARR,
    NF_J_OBJ
} nf_jtype;

/* One value.  An array is followed by its elements, an object by its
 * members as key (a string value) and value, each with what is inside it. */
typedef struct nf_jv {
    uint8_t type;  /* nf_jtype */
    uint32_t len;  /* a string's bytes, an array's elements, an object's members */
    uint32_t skip; /* 1 + the values inside: the next sibling is this + skip */
    union {
        const char *s; /* NUL-terminated (and `len` bytes: it may hold NULs) */
        long long i;
        double d;
    } u;
} nf_jv;

/* A parsed document; zero it before the first parse.  Its buffers are
 * reused by the next nf_jparse on it. */
typedef struct nf_jdoc {
    nf_jv *v; /* v[0] is the root */
    size_t n, cap;
    char *str; /* the unescaped strings */
    size_t str_cap;
} nf_jdoc;

/* What went wrong, and at which byte of the text. */
typedef struct nf_jerr {
    size_t pos;
    char msg[96];
} nf_jerr;

/* The deepest nesting accepted. */
#define NF_J_MAX_DEPTH 512

/* Parses `len` bytes into `d` (replacing what it held).  Returns true, or
 * false with `err` (which may be NULL) set and `d` empty. */
bool nf_jparse(nf_jdoc *d, const char *s, size_t len, nf_jerr *err);

/* Frees the document's buffers and zeroes it. */
void nf_jdoc_free(nf_jdoc *d);

/* The root value; NULL when the document is empty. */
static inline const nf_jv *nf_jroot(const nf_jdoc *d) {
    return d->n ? d->v : NULL;
}

/* The member `key` of an object (the last one when the key repeats); NULL
 * when `obj` is NULL, not an object, or has no such member.  Points into
 * the document. */
const nf_jv *nf_jget(const nf_jv *obj, const char *key);

/* True when two values (and everything inside them) are equal: types,
 * lengths, bytes of strings (NUL-terminated both), numbers as stored. */
bool nf_jequal(const nf_jv *a, const nf_jv *b);

/* Walks the elements of an array: `i` counts them, `c` points at each;
 * nothing when `arr` is NULL or not an array. */
#define nf_jforeach(arr, i, c)                                                                     \
    for ((i) = 0, (c) = ((arr) && (arr)->type == NF_J_ARR && (arr)->len) ? (arr) + 1 : NULL; (c);  \
         (c) = (++(i) < (arr)->len) ? (c) + (c)->skip : NULL)

/* Type tests that accept NULL. */
static inline bool nf_jis(const nf_jv *v, nf_jtype t) {
    return v && v->type == t;
}
static inline bool nf_jis_number(const nf_jv *v) {
    return v && (v->type == NF_J_INT || v->type == NF_J_REAL);
}

/* A string value's text, NULL for anything else (points into the document). */
static inline const char *nf_jstr(const nf_jv *v) {
    return v && v->type == NF_J_STR ? v->u.s : NULL;
}

/* A number as a double (0 for anything else). */
static inline double nf_jnum(const nf_jv *v) {
    return !v ? 0 : v->type == NF_J_INT ? (double)v->u.i : v->type == NF_J_REAL ? v->u.d : 0;
}

#endif
