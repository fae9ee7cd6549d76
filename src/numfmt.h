/* numfmt.h - decimal integers into a caller's buffer, without printf.
 *
 * Loading the gazetteer writes some 400,000 numbers into lexicon text and
 * every record a few hundred offsets; snprintf's format parsing and stream
 * set-up cost more than the digits (a quarter of engine start-up before). */
#ifndef NF_NUMFMT_H
#define NF_NUMFMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

/* Writes "YYYY-MM-DD" as printf's "%04d-%02d-%02d" of (y % 10000,
 * m % 100, d % 100) does, NUL-terminated, to `out` (at least 16 bytes);
 * returns its length.  Negative parts go through snprintf. */
static inline size_t nf_fmt_ymd(char *out, int y, int m, int d) {
    y %= 10000, m %= 100, d %= 100;
    if (y < 0 || m < 0 || d < 0) return (size_t)snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
    const char v[10] = {(char)('0' + y / 1000),
                        (char)('0' + y / 100 % 10),
                        (char)('0' + y / 10 % 10),
                        (char)('0' + y % 10),
                        '-',
                        (char)('0' + m / 10),
                        (char)('0' + m % 10),
                        '-',
                        (char)('0' + d / 10),
                        (char)('0' + d % 10)};
    memcpy(out, v, sizeof v);
    out[10] = '\0';
    return 10;
}

/* Writes a record's local id, `prefix` and the number n ("e3", "q12"), to
 * `out` (at least 22 bytes, no NUL written); returns its length. */
static inline size_t nf_fmt_local_id(char *out, char prefix, uint64_t n) {
    out[0] = prefix;
    return 1 + nf_fmt_u64(out + 1, n);
}

#endif
