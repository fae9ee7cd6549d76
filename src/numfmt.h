/* numfmt.h - decimal integers into a caller's buffer, without printf.
 *
 * Loading the gazetteer writes some 400,000 numbers into lexicon text and
 * every record a few hundred offsets; snprintf's format parsing and stream
 * set-up cost more than the digits (a quarter of engine start-up before). */
#ifndef NF_NUMFMT_H
#define NF_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

/* Writes `v` in decimal to `out` (at least 20 bytes, no NUL written) and
 * returns the number of bytes written. */
static inline size_t nf_fmt_u64(char *out, uint64_t v) {
    char tmp[20];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

/* Writes `v` in decimal with a leading '-' when negative to `out` (at least
 * 21 bytes, no NUL written); returns the number of bytes written. */
static inline size_t nf_fmt_i64(char *out, int64_t v) {
    if (v >= 0) return nf_fmt_u64(out, (uint64_t)v);
    out[0] = '-';
    return 1 + nf_fmt_u64(out + 1, (uint64_t)0 - (uint64_t)v);
}

#endif
