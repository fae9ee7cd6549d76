/* jtape.h - a record's values straight from the engine (nf_doc_emit) into
 * an nf_jdoc: the values nf_jparse makes of the record's JSON text, without
 * writing and parsing that text (ingest stores every record it extracts). */
#ifndef NF_STORE_JTAPE_H
#define NF_STORE_JTAPE_H

#include <stdbool.h>
#include <stddef.h>

#include "jread.h"
#include "newsfacts.h"

#define NF_JTAPE_DEPTH 64

/* A tape being built into `d` (not owned); `scratch` parses raw values. */
typedef struct nf_jtape {
    nf_jdoc *d;
    size_t used;                 /* bytes of d->str in use */
    size_t open[NF_JTAPE_DEPTH]; /* indexes of the open containers */
    int depth;
    bool failed;     /* out of memory, too deep, or bad raw JSON */
    nf_jdoc scratch; /* owned; freed by nf_jtape_free */
} nf_jtape;

/* The sink that fills a tape (its ctx is the nf_jtape). */
extern const nf_record_sink nf_jtape_sink;

/* Starts a tape into `d`, replacing what it held (its buffers are reused). */
void nf_jtape_start(nf_jtape *t, nf_jdoc *d);

/* Ends a tape: true when every value arrived and every container closed,
 * with d holding them as nf_jparse would; false (d empty) otherwise. */
bool nf_jtape_finish(nf_jtape *t);

/* Frees the tape's own buffers (not d). */
void nf_jtape_free(nf_jtape *t);

#endif
