/* error.h - filling nf_error structs inside the library. */
#ifndef NF_ERROR_H
#define NF_ERROR_H

#include "newsfacts.h"

/* Sets `err` (when not NULL) to `code` at `offset` with a formatted message;
 * returns `code` so callers can `return nf_fail(...)`. */
nf_status nf_fail(nf_error *err, nf_status code, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Clears `err` to NF_OK (when not NULL). */
void nf_clear_error(nf_error *err);

#endif
