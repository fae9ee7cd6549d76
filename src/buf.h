/* buf.h - a growable byte buffer that remembers an allocation failure
 * instead of making every caller check each append. */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stdbool.h>
#include <stddef.h>

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

/* Appends bytes, a NUL-terminated string, or one byte. */
void nf_buf_put(nf_buf *b, const char *s, size_t n);
void nf_buf_puts(nf_buf *b, const char *s);
void nf_buf_putc(nf_buf *b, char c);

/* Appends printf-style formatted text. */
void nf_buf_printf(nf_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Hands the contents to the caller (free with free()) and empties the
 * buffer; NULL if the buffer failed. */
char *nf_buf_detach(nf_buf *b, size_t *len);

/* Frees the contents. */
void nf_buf_free(nf_buf *b);

#endif
