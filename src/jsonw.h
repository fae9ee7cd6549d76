/* jsonw.h - a streaming JSON writer into an nf_buf, compact or indented. */
#ifndef NF_JSONW_H
#define NF_JSONW_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "numfmt.h"
#include "newsfacts.h"

#define NF_JW_MAX_DEPTH 32

typedef struct nf_jw {
    nf_buf *out;                /* the JSON text, unless `sink` */
    const nf_record_sink *sink; /* else the events go here (nf_jw_init_sink) */
    void *ctx;                  /* the sink's */
    bool pretty;
    int depth;
    bool has_items[NF_JW_MAX_DEPTH]; /* per open container: something written */
    bool after_key;                  /* the next value follows "key": */
} nf_jw;

/* Starts a writer on `out` (which it appends to, never frees). */
void nf_jw_init(nf_jw *w, nf_buf *out, bool pretty);

/* Starts a writer that hands every value to `sink` (not owned) instead:
 * the same calls, the same decisions (null for a NULL string, integers for
 * integral doubles), no text. */
void nf_jw_init_sink(nf_jw *w, const nf_record_sink *sink, void *ctx);

void nf_jw_object(nf_jw *w);
void nf_jw_object_end(nf_jw *w);
void nf_jw_array(nf_jw *w);
void nf_jw_array_end(nf_jw *w);

/* Writes a key of the current object; a value must follow. */
void nf_jw_key(nf_jw *w, const char *key);

/* The same for a key written as a string literal of letters, digits and
 * '_' (nothing to escape): NF_JW_KEY(w, "start").  The quotes and colon
 * come with a second literal, so the key is one copy of known length;
 * a sink gets `key` itself (n bytes, NUL-terminated). */
static inline void nf_jw_key_literal(nf_jw *w, const char *key, const char *quoted, size_t n);
#define NF_JW_KEY(w, lit) nf_jw_key_literal((w), lit, "\"" lit "\":", sizeof(lit) - 1)

/* Values.  Strings are `n` bytes of valid UTF-8, escaped as JSON needs. */
void nf_jw_string(nf_jw *w, const char *s, size_t n);
void nf_jw_cstring(nf_jw *w, const char *s); /* NULL writes null */
static inline void nf_jw_int(nf_jw *w, int64_t v);
void nf_jw_double(nf_jw *w, double v);
void nf_jw_bool(nf_jw *w, bool v);
void nf_jw_null(nf_jw *w);
/* A value that is already JSON text (such as an id copied from the input). */
void nf_jw_raw(nf_jw *w, const char *json);

/* Appends `n` bytes of `s` to `out` as the inside of a JSON string. */
void nf_json_escape(nf_buf *out, const char *s, size_t n);

/* ---- inline: a record writes some 60,000 keys and numbers a megabyte ---- */

/* Writes a newline and indentation in pretty mode (jsonw.c). */
void nf_jw_newline(nf_jw *w);

/* Writes the separator a new value or key needs at this point. */
static inline void nf_jw_before_value(nf_jw *w) {
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth > 0) {
        if (w->has_items[w->depth - 1]) nf_buf_putc(w->out, ',');
        w->has_items[w->depth - 1] = true;
        if (w->pretty) nf_jw_newline(w);
    }
}

/* Writes the key `key` (n bytes), given also as `"key":` (see NF_JW_KEY):
 * inline, so that the copy of a literal of known length is a few moves. */
static inline void nf_jw_key_literal(nf_jw *w, const char *key, const char *quoted, size_t n) {
    if (w->sink) {
        w->sink->key(w->ctx, key, n);
        return;
    }
    nf_jw_before_value(w);
    nf_buf_put(w->out, quoted, n + 3);
    if (w->pretty) nf_buf_putc(w->out, ' ');
    w->after_key = true;
}

/* Writes an integer: its digits straight into the buffer when there is
 * room. */
static inline void nf_jw_int(nf_jw *w, int64_t v) {
    if (w->sink) {
        w->sink->integer(w->ctx, v);
        return;
    }
    nf_jw_before_value(w);
    nf_buf *b = w->out;
    if (b->len + 21 < b->cap) {
        b->len += nf_fmt_i64(b->data + b->len, v);
        b->data[b->len] = '\0';
        return;
    }
    char tmp[32];
    nf_buf_put(b, tmp, nf_fmt_i64(tmp, v));
}

#endif
