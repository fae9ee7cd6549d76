/* helpers.h - shared helpers for the unit tests: an engine per test file and
 * spans turned back into strings. */
#ifndef NF_TEST_HELPERS_H
#define NF_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsfacts.h"

/* Byte offset of code point `cp` in UTF-8 `s`. */
static inline size_t th_byte_of(const char *s, size_t cp) {
    size_t b = 0;
    while (cp > 0 && s[b]) {
        b++;
        while ((s[b] & 0xC0) == 0x80) b++;
        cp--;
    }
    return b;
}

/* Copies the text of a code point span of `s` into a static buffer. */
static inline const char *th_span(const char *s, nf_span sp) {
    static char buf[4][4096];
    static int which = 0;
    char *out = buf[which++ & 3];
    size_t a = th_byte_of(s, sp.start), b = th_byte_of(s, sp.end);
    size_t n = b - a < 4095 ? b - a : 4095;
    memcpy(out, s + a, n);
    out[n] = '\0';
    return out;
}

/* Opens an engine with the built-in data (group setup). */
static inline int th_engine_setup(void **state) {
    nf_engine_options o;
    nf_engine_options_init(&o);
    nf_error e;
    *state = nf_engine_open(&o, &e);
    if (!*state) fprintf(stderr, "engine: %s\n", e.message);
    return *state ? 0 : -1;
}

/* Closes the engine (group teardown). */
static inline int th_engine_teardown(void **state) {
    nf_engine_close(*state);
    return 0;
}

/* Extracts German text published on `date`; fails the test when no
 * document comes back.  The caller frees it. */
static inline nf_doc *th_extract_dated(void **state, const char *text, const char *date) {
    nf_doc_meta m = {0};
    m.lang = "de";
    m.date = date;
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    assert_non_null(d);
    assert_null(nf_doc_error(d));
    return d;
}

/* Extracts German text; fails the test when no document comes back. */
static inline nf_doc *th_extract(void **state, const char *text) {
    nf_doc_meta m = {0};
    m.lang = "de";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    assert_non_null(d);
    assert_null(nf_doc_error(d));
    return d;
}

#endif
