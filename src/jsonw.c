/* jsonw.c - streaming JSON writer. */
#include "jsonw.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "numfmt.h"

/* Starts a writer. */
void nf_jw_init(nf_jw *w, nf_buf *out, bool pretty) {
    memset(w, 0, sizeof *w);
    w->out = out;
    w->pretty = pretty;
}

/* Starts a writer into a sink. */
void nf_jw_init_sink(nf_jw *w, const nf_record_sink *sink, void *ctx) {
    memset(w, 0, sizeof *w);
    w->sink = sink;
    w->ctx = ctx;
}

/* Writes a newline and indentation in pretty mode. */
void nf_jw_newline(nf_jw *w) {
    if (!w->pretty) return;
    nf_buf_putc(w->out, '\n');
    for (int i = 0; i < w->depth; i++) nf_buf_put(w->out, "  ", 2);
}

/* Opens a container. */
static void open_container(nf_jw *w, char c) {
    nf_jw_before_value(w);
    nf_buf_putc(w->out, c);
    if (w->depth < NF_JW_MAX_DEPTH) w->has_items[w->depth] = false;
    w->depth++;
}

/* Closes a container, putting the bracket on its own line if it had items. */
static void close_container(nf_jw *w, char c) {
    w->depth--;
    if (w->depth < NF_JW_MAX_DEPTH && w->has_items[w->depth]) nf_jw_newline(w);
    nf_buf_putc(w->out, c);
}

void nf_jw_object(nf_jw *w) {
    if (w->sink) {
        w->sink->begin_object(w->ctx);
        return;
    }
    open_container(w, '{');
}
void nf_jw_object_end(nf_jw *w) {
    if (w->sink) {
        w->sink->end_object(w->ctx);
        return;
    }
    close_container(w, '}');
}
void nf_jw_array(nf_jw *w) {
    if (w->sink) {
        w->sink->begin_array(w->ctx);
        return;
    }
    open_container(w, '[');
}
void nf_jw_array_end(nf_jw *w) {
    if (w->sink) {
        w->sink->end_array(w->ctx);
        return;
    }
    close_container(w, ']');
}

/* True for the bytes a JSON string writes escaped: controls, '"', '\\'. */
static inline bool json_escaped(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\';
}

/* Escapes a string's bytes: quotes, backslashes and control characters. */
void nf_json_escape(nf_buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t run = 0; /* bytes that need no escaping, copied in one go */
    for (size_t i = 0; i < n; i++) {
#ifdef __SSE2__
        /* Sixteen bytes at a time while none needs escaping: text is most
         * of a record, and escapes are rare in it. */
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
        const __m128i below = _mm_set1_epi8(0x20), bias = _mm_set1_epi8((char)0x80);
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            /* unsigned c < 0x20 as a signed compare of the biased bytes */
            __m128i ctl = _mm_cmplt_epi8(_mm_xor_si128(v, bias), _mm_xor_si128(below, bias));
            __m128i hit = _mm_or_si128(
                ctl, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            int mask = _mm_movemask_epi8(hit);
            if (mask) {
                i += (size_t)__builtin_ctz((unsigned)mask);
                break;
            }
            i += 16;
        }
        if (i >= n) break;
#endif
        unsigned char c = (unsigned char)s[i];
        if (!json_escaped(c)) continue;
        nf_buf_put(out, s + run, i - run);
        run = i + 1;
        switch (c) {
            case '"':
                nf_buf_put(out, "\\\"", 2);
                break;
            case '\\':
                nf_buf_put(out, "\\\\", 2);
                break;
            case '\n':
                nf_buf_put(out, "\\n", 2);
                break;
            case '\r':
                nf_buf_put(out, "\\r", 2);
                break;
            case '\t':
                nf_buf_put(out, "\\t", 2);
                break;
            case '\b':
                nf_buf_put(out, "\\b", 2);
                break;
            case '\f':
                nf_buf_put(out, "\\f", 2);
                break;
            default: {
                char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                nf_buf_put(out, e, 6);
            }
        }
    }
    nf_buf_put(out, s + run, n - run);
}

/* Writes an object key. */
void nf_jw_key(nf_jw *w, const char *key) {
    if (w->sink) {
        w->sink->key(w->ctx, key, strlen(key));
        return;
    }
    nf_jw_before_value(w);
    nf_buf_putc(w->out, '"');
    /* Keys are names like "speaker_span": measure and check in one pass,
     * and escape only the rare key that needs it. */
    size_t n = 0;
    bool plain = true;
    for (unsigned char c; (c = (unsigned char)key[n]) != 0; n++) plain &= !json_escaped(c);
    if (plain)
        nf_buf_put(w->out, key, n);
    else
        nf_json_escape(w->out, key, n);
    nf_buf_put(w->out, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
    w->after_key = true;
}

/* Writes a string value. */
void nf_jw_string(nf_jw *w, const char *s, size_t n) {
    if (w->sink) {
        w->sink->string(w->ctx, s, n);
        return;
    }
    nf_jw_before_value(w);
    nf_buf_putc(w->out, '"');
    nf_json_escape(w->out, s, n);
    nf_buf_putc(w->out, '"');
}

/* Writes a NUL-terminated string, or null. */
void nf_jw_cstring(nf_jw *w, const char *s) {
    if (s)
        nf_jw_string(w, s, strlen(s));
    else
        nf_jw_null(w);
}

/* Writes a number; integral values without a fraction, others with the
 * shortest of up to 17 significant digits that reads back exactly. */
void nf_jw_double(nf_jw *w, double v) {
    if (!isfinite(v)) {
        nf_jw_null(w);
        return;
    }
    if (v == floor(v) && fabs(v) < 9.007199254740992e15) {
        nf_jw_int(w, (int64_t)v);
        return;
    }
    char tmp[40];
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v) break;
    }
    if (w->sink) {
        /* What a reader of the text gets: a whole number past 2^53 may be
         * written without a fraction or exponent ("66666666666666664"),
         * which reads back as an integer. */
        if (!strpbrk(tmp, ".eEn") && fabs(v) < 9.2e18)
            w->sink->integer(w->ctx, (int64_t)v);
        else
            w->sink->real(w->ctx, v);
        return;
    }
    nf_jw_before_value(w);
    nf_buf_puts(w->out, tmp);
}

/* Writes true or false. */
void nf_jw_bool(nf_jw *w, bool v) {
    if (w->sink) {
        w->sink->boolean(w->ctx, v);
        return;
    }
    nf_jw_before_value(w);
    nf_buf_puts(w->out, v ? "true" : "false");
}

/* Writes null. */
void nf_jw_null(nf_jw *w) {
    if (w->sink) {
        w->sink->null(w->ctx);
        return;
    }
    nf_jw_before_value(w);
    nf_buf_put(w->out, "null", 4);
}

/* Writes pre-formed JSON. */
void nf_jw_raw(nf_jw *w, const char *json) {
    if (w->sink) {
        w->sink->raw(w->ctx, json, strlen(json));
        return;
    }
    nf_jw_before_value(w);
    nf_buf_puts(w->out, json);
}
