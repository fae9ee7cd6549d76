/* buf.c - growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prepares an empty buffer. */
void nf_buf_init(nf_buf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

/* Grows the buffer geometrically so appends are amortised O(1). */
bool nf_buf_reserve(nf_buf *b, size_t extra) {
    if (b->failed) return false;
    if (extra > SIZE_MAX - b->len - 1) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

/* Appends n bytes, growing the buffer (nf_buf_put's path when it is full). */
void nf_buf_put_slow(nf_buf *b, const char *s, size_t n) {
    if (!nf_buf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Appends a NUL-terminated string. */
void nf_buf_puts(nf_buf *b, const char *s) {
    nf_buf_put(b, s, strlen(s));
}

/* Appends one byte, growing the buffer (nf_buf_putc's path when it is full). */
void nf_buf_putc_slow(nf_buf *b, char c) {
    if (!nf_buf_reserve(b, 1)) return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

/* Appends formatted text, measuring first so nothing is truncated. */
void nf_buf_printf(nf_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!nf_buf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Gives the contents away; the caller frees them with free(). */
char *nf_buf_detach(nf_buf *b, size_t *len) {
    if (b->failed) {
        nf_buf_free(b);
        return NULL;
    }
    if (!b->data && !nf_buf_reserve(b, 0)) return NULL;
    char *p = b->data;
    if (len) *len = b->len;
    nf_buf_init(b);
    return p;
}

/* Frees the contents and resets the buffer. */
void nf_buf_free(nf_buf *b) {
    free(b->data);
    nf_buf_init(b);
}
