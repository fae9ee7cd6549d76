/* buf.h - a growable byte buffer that remembers an allocation failure
 * instead of making every caller check each append. */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct nf_buf {
    char *data; /* NUL-terminated while not failed; owned by the buffer */
    size_t len;
    size_t cap;
    bool failed; /* an allocation failed: contents are incomplete */
} nf_buf;

/* Prepares an empty buffer. */
void nf_buf_init(nf_buf *b);

/* Makes room for `extra` more bytes; false (and failed set) if it cannot. */
bool nf_buf_reserve(nf_buf *b, size_t extra);

/* Appends bytes, a NUL-terminated string, or one byte.  The record writer
 * appends a few bytes at a time, so the common case (room left) is inline
 * and only growing calls out. */
void nf_buf_put_slow(nf_buf *b, const char *s, size_t n);
void nf_buf_putc_slow(nf_buf *b, char c);
static inline void nf_buf_put(nf_buf *b, const char *s, size_t n) {
    if (b->len + n < b->cap && n < b->cap) { /* the second test guards the sum's overflow */
        if (n) memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return;
    }
    nf_buf_put_slow(b, s, n);
}
static inline void nf_buf_putc(nf_buf *b, char c) {
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    nf_buf_putc_slow(b, c);
}
void nf_buf_puts(nf_buf *b, const char *s);

/* Appends printf-style formatted text. */
void nf_buf_printf(nf_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Hands the contents to the caller (free with free()) and empties the
 * buffer; NULL if the buffer failed. */
char *nf_buf_detach(nf_buf *b, size_t *len);

/* Frees the contents. */
void nf_buf_free(nf_buf *b);

#endif
