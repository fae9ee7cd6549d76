/* text.h - a document's text as the stages see it: decoded, normalised, and
 * mapped back to code point offsets of the original. */
#ifndef NF_TEXT_H
#define NF_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "newsfacts.h"

/* Character classes of normalised code points. */
enum {
    NF_C_OTHER = 0, /* controls, unassigned */
    NF_C_SPACE,     /* spaces and tabs (non-breaking spaces become these) */
    NF_C_NEWLINE,   /* \n, \r, line and paragraph separators */
    NF_C_UPPER,     /* upper- and title-case letters */
    NF_C_LOWER,     /* lower-case letters */
    NF_C_LETTER,    /* letters without case (CJK, ...) */
    NF_C_MARK,      /* combining marks left after NFC */
    NF_C_DIGIT,     /* decimal digits */
    NF_C_HYPHEN,    /* - and the Unicode hyphens */
    NF_C_DASH,      /* en and em dashes */
    NF_C_QUOTE,     /* every quotation mark and apostrophe, straight or curly */
    NF_C_PUNCT,     /* other punctuation */
    NF_C_SYMBOL     /* currency signs, math, emoji, ... */
};

/* The normalised text.  Index i runs over normalised code points; ostart[i]
 * and oend[i] give the original code points it came from, so a span [a, b)
 * of normalised text is [ostart[a], oend[b-1]) of the original.  Dropped
 * characters (soft hyphens, zero-width spaces, BOMs) fall between the
 * ostart/oend of their neighbours.  Everything lives in the document arena. */
typedef struct nf_text {
    const char *orig;    /* the original bytes (not owned) */
    size_t orig_bytes;   /* their length */
    size_t orig_len;     /* the original's length in code points */
    uint32_t *orig_byte; /* byte offset of original code point k; [orig_len] = orig_bytes */
    size_t n;            /* normalised length in code points */
    int32_t *cp;         /* normalised code points */
    uint8_t *cls;        /* NF_C_* class of each */
    uint32_t *ostart;    /* first original code point of each */
    uint32_t *oend;      /* one past its last original code point */
} nf_text;

/* Checks that `len` bytes are valid UTF-8 (no overlongs, surrogates or
 * values over U+10FFFF); returns true, or false with `*bad` set to the byte
 * offset of the first invalid sequence. */
bool nf_utf8_valid(const char *s, size_t len, size_t *bad);

/* Decodes and normalises `len` bytes of `s` (NFC, spaces, hyphens, dropped
 * invisibles) into `t`, all arrays in `arena`.  Returns NF_OK, NF_ERR_UTF8
 * (err->offset = byte offset), or NF_ERR_MEMORY. */
nf_status nf_text_build(nf_text *t, nf_arena *arena, const char *s, size_t len, nf_error *err);

/* The original span covered by normalised code points [a, b). */
nf_span nf_text_orig_span(const nf_text *t, size_t a, size_t b);

/* Encodes normalised code points [a, b) as UTF-8 into `out` (capacity
 * `cap`, NUL-terminated), lower-casing them when `lower` is set.  Returns
 * the byte length, or 0 when it does not fit. */
size_t nf_text_utf8(const nf_text *t, size_t a, size_t b, bool lower, char *out, size_t cap);

/* True when normalised code point i exists and has class c. */
static inline bool nf_text_is(const nf_text *t, size_t i, int c) {
    return i < t->n && t->cls[i] == c;
}

/* True for letters of any case. */
static inline bool nf_cls_letter(int c) {
    return c == NF_C_UPPER || c == NF_C_LOWER || c == NF_C_LETTER;
}

/* True for letters, digits and combining marks: the stuff of words. */
static inline bool nf_cls_alnum(int c) {
    return nf_cls_letter(c) || c == NF_C_DIGIT || c == NF_C_MARK;
}

/* True for characters that separate tokens without being tokens. */
static inline bool nf_cls_space(int c) {
    return c == NF_C_SPACE || c == NF_C_NEWLINE;
}

#endif
