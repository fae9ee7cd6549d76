/* data.h - finding a data file: in the data directory the caller named,
 * else among the files compiled into the library. */
#ifndef NF_DATA_H
#define NF_DATA_H

#include <stdbool.h>
#include <stddef.h>

#include "newsfacts.h"

/* A data file's bytes.  `owned` is set when they were read from disk and
 * must be released with nf_data_release. */
typedef struct nf_data {
    const char *bytes;
    size_t len;
    bool owned;
    char origin[512]; /* the path it came from, for messages */
} nf_data;

/* Loads `rel` ("lang/de/months.txt") from `data_dir` when that directory
 * has it, else from the embedded copy.  Returns NF_OK; NF_ERR_IO when the
 * file exists in neither place or cannot be read (err says which path). */
nf_status nf_data_get(const char *data_dir, const char *rel, nf_data *out, nf_error *err);

/* Frees the bytes of a file read from disk. */
void nf_data_release(nf_data *d);

#endif
