/* progress.c - "1234 docs, 12.3 MB/s, 45%, ETA 0:12" on stderr. */
#include "progress.h"

#include <stdio.h>
#include <time.h>

/* Seconds on the monotonic clock. */
double nf_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Starts the clock. */
void nf_progress_init(nf_progress *p, bool enabled, size_t total_bytes) {
    p->enabled = enabled;
    p->start = p->last = nf_now();
    p->total_bytes = total_bytes;
    p->docs = p->bytes = p->errors = 0;
}

/* Draws the line. */
static void draw(const nf_progress *p, double now, const char *end) {
    double secs = now - p->start;
    double mbs = secs > 0 ? (double)p->bytes / 1e6 / secs : 0.0;
    fprintf(stderr, "\rnewsfacts: %zu docs (%zu errors), %.1f MB, %.1f MB/s", p->docs, p->errors,
            (double)p->bytes / 1e6, mbs);
    if (p->total_bytes && p->bytes <= p->total_bytes) {
        double frac = (double)p->bytes / (double)p->total_bytes;
        fprintf(stderr, ", %3.0f%%", frac * 100.0);
        if (frac > 0 && frac < 1) {
            long eta = (long)(secs / frac - secs + 0.5);
            fprintf(stderr, ", ETA %ld:%02ld", eta / 60, eta % 60);
        }
    }
    fprintf(stderr, "   %s", end);
    fflush(stderr);
}

/* Adds finished work; redraws when a quarter second has passed. */
void nf_progress_add(nf_progress *p, size_t docs, size_t bytes, size_t errors) {
    p->docs += docs;
    p->bytes += bytes;
    p->errors += errors;
    if (!p->enabled) return;
    double now = nf_now();
    if (now - p->last < 0.25) return;
    p->last = now;
    draw(p, now, "");
}

/* Ends the line with the totals. */
void nf_progress_done(nf_progress *p) {
    if (!p->enabled) return;
    draw(p, nf_now(), "\n");
}
