/* progress.h - a progress line on stderr for long runs. */
#ifndef NF_CLI_PROGRESS_H
#define NF_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nf_progress {
    bool enabled;
    double start, last; /* seconds on a monotonic clock */
    size_t total_bytes; /* 0 when unknown */
    size_t docs, bytes, errors;
} nf_progress;

/* Monotonic seconds. */
double nf_now(void);

/* Starts tracking; `enabled` decides whether anything is printed. */
void nf_progress_init(nf_progress *p, bool enabled, size_t total_bytes);

/* Counts finished documents and redraws the line at most 4 times a second. */
void nf_progress_add(nf_progress *p, size_t docs, size_t bytes, size_t errors);

/* Prints the final summary line (when enabled). */
void nf_progress_done(nf_progress *p);

#endif
