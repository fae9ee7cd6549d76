/* text.c - UTF-8 decoding (utf8proc), NFC and typographic normalisation,
 * and the mapping from normalised back to original code point offsets. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "error.h"

/* The class of an ASCII character, as a constant expression (for the table
 * below). */
#define NF_ASCII_CLASS(c)                                                                          \
    ((c) >= 'A' && (c) <= 'Z'                                  ? NF_C_UPPER                        \
     : (c) >= 'a' && (c) <= 'z'                                ? NF_C_LOWER                        \
     : (c) >= '0' && (c) <= '9'                                ? NF_C_DIGIT                        \
     : (c) == ' ' || (c) == '\t' || (c) == '\v' || (c) == '\f' ? NF_C_SPACE                        \
     : (c) == '\n' || (c) == '\r'                              ? NF_C_NEWLINE                      \
     : (c) == '"' || (c) == '\'' || (c) == '`'                 ? NF_C_QUOTE                        \
     : (c) == '-'                                              ? NF_C_HYPHEN                       \
     : (c) == '$' || (c) == '%' || (c) == '+' || (c) == '<' || (c) == '=' || (c) == '>' ||         \
             (c) == '^' || (c) == '|' || (c) == '~'                                                \
         ? NF_C_SYMBOL                                                                             \
     : (c) < 0x20 || (c) == 0x7f ? NF_C_OTHER                                                      \
                                 : NF_C_PUNCT)
#define NF_AC4(c)                                                                                  \
    NF_ASCII_CLASS(c), NF_ASCII_CLASS((c) + 1), NF_ASCII_CLASS((c) + 2), NF_ASCII_CLASS((c) + 3)
#define NF_AC16(c) NF_AC4(c), NF_AC4((c) + 4), NF_AC4((c) + 8), NF_AC4((c) + 12)

/* The classes of the ASCII range: the text builder's hot path reads one
 * byte instead of running the tests. */
static const uint8_t ascii_classes[128] = {NF_AC16(0),  NF_AC16(16), NF_AC16(32), NF_AC16(48),
                                           NF_AC16(64), NF_AC16(80), NF_AC16(96), NF_AC16(112)};

/* The class of an ASCII character (c < 0x80). */
static inline uint8_t ascii_class(int32_t c) {
    return ascii_classes[c];
}

/* Decodes one code point at s[pos]; returns its byte length, or -1 when the
 * bytes there are not valid UTF-8. */
static int decode(const char *s, size_t len, size_t pos, int32_t *cp) {
    unsigned char b = (unsigned char)s[pos];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)(len - pos), cp);
    return n > 0 ? (int)n : -1;
}

/* Validates UTF-8 with utf8proc, ASCII bytes taking the fast path. */
bool nf_utf8_valid(const char *s, size_t len, size_t *bad) {
    size_t pos = 0;
    while (pos < len) {
        if ((unsigned char)s[pos] < 0x80) {
            pos++;
            continue;
        }
        int32_t cp;
        int n = decode(s, len, pos, &cp);
        if (n < 0) {
            if (bad) *bad = pos;
            return false;
        }
        pos += (size_t)n;
    }
    return true;
}

/* What normalisation does with one non-ASCII code point. */
typedef struct mapped {
    int32_t cp;    /* the replacement code point */
    uint8_t cls;   /* its class */
    uint8_t drop;  /* 1: leave it out of the normalised text */
    uint8_t twice; /* 1: emit it twice (a paragraph separator becomes a blank line) */
} mapped;

/* Maps a non-ASCII code point to its normalised form and class. */
static mapped map_nonascii(int32_t c, const utf8proc_property_t *p) {
    mapped m = {c, NF_C_OTHER, 0, 0};
    switch (c) {
        case 0x2010:
        case 0x2011:
        case 0x2212:
            m.cp = '-';
            m.cls = NF_C_HYPHEN;
            return m;
        case 0x2013:
        case 0x2014:
        case 0x2015:
            m.cls = NF_C_DASH;
            return m;
        case 0x0085:
        case 0x2028:
            m.cp = '\n';
            m.cls = NF_C_NEWLINE;
            return m;
        case 0x2029:
            m.cp = '\n';
            m.cls = NF_C_NEWLINE;
            m.twice = 1;
            return m;
        case 0x00AB:
        case 0x00BB:
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2039:
        case 0x203A:
            m.cls = NF_C_QUOTE;
            return m;
        default:
            break;
    }
    switch (p->category) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LT:
            m.cls = NF_C_UPPER;
            break;
        case UTF8PROC_CATEGORY_LL:
            m.cls = NF_C_LOWER;
            break;
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
            m.cls = NF_C_LETTER;
            break;
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
            m.cls = NF_C_MARK;
            break;
        case UTF8PROC_CATEGORY_ND:
            m.cls = NF_C_LETTER;
            break; /* only ASCII digits are numbers */
        case UTF8PROC_CATEGORY_ZS:
            m.cp = ' ';
            m.cls = NF_C_SPACE;
            break;
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
            m.cp = '\n';
            m.cls = NF_C_NEWLINE;
            break;
        case UTF8PROC_CATEGORY_PD:
            m.cls = NF_C_DASH;
            break;
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
            m.cls = NF_C_QUOTE;
            break;
        case UTF8PROC_CATEGORY_PC:
        case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE:
        case UTF8PROC_CATEGORY_PO:
            m.cls = NF_C_PUNCT;
            break;
        case UTF8PROC_CATEGORY_SM:
        case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK:
        case UTF8PROC_CATEGORY_SO:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            m.cls = NF_C_SYMBOL;
            break;
        case UTF8PROC_CATEGORY_CF:
            m.drop = 1;
            break; /* soft hyphen, ZWSP, BOM, LRM, ... */
        default:
            m.cls = NF_C_OTHER;
            break;
    }
    return m;
}

/* Class of a code point produced by composition (always a letter or mark in
 * practice, but asked of utf8proc rather than assumed). */
static uint8_t class_of(int32_t c) {
    if (c < 0x80) return ascii_class(c);
    return map_nonascii(c, utf8proc_get_property(c)).cls;
}

/* Replaces normalised entries [from, t->n) together with the combining
 * marks s[marks_start, marks_end) of the original by their NFC composition;
 * every resulting entry maps to the whole cluster, which ends before
 * original code point `ok_end`.  Returns 1 when composed, 0 when the
 * cluster was left alone (too long, or utf8proc refused it), -1 when memory
 * ran out. */
static int compose_cluster(nf_text *t, size_t from, const char *s, size_t marks_start,
                           size_t marks_end, uint32_t ok_end) {
    utf8proc_uint8_t buf[256]; /* a cluster is short; longer ones stay as they are */
    size_t blen = 0;
    for (size_t i = from; i < t->n; i++) {
        if (blen + 4 > sizeof buf) return 0;
        blen += (size_t)utf8proc_encode_char(t->cp[i], buf + blen);
    }
    size_t mlen = marks_end - marks_start;
    if (blen + mlen > sizeof buf) return 0;
    memcpy(buf + blen, s + marks_start, mlen);
    blen += mlen;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t olen =
        utf8proc_map(buf, (utf8proc_ssize_t)blen, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (olen < 0) return olen == UTF8PROC_ERROR_NOMEM ? -1 : 0;
    /* NFC never makes a cluster longer than its code points.  Output code
     * point i maps to original code point start+i, the last one to the rest
     * of the cluster, so spans stay ordered and never overlap. */
    size_t in_count = t->n - from, out_count = 0;
    for (utf8proc_ssize_t p = 0; p < olen;) {
        int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(out + p, olen - p, &c);
        if (k <= 0) break;
        p += k;
        out_count++;
    }
    (void)in_count;
    uint32_t os = t->ostart[from];
    size_t i = from;
    for (utf8proc_ssize_t p = 0; p < olen;) {
        int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(out + p, olen - p, &c);
        if (k <= 0) break;
        p += k;
        t->cp[i] = c;
        t->cls[i] = class_of(c);
        t->ostart[i] = os + (uint32_t)(i - from);
        t->oend[i] = i - from + 1 == out_count ? ok_end : t->ostart[i] + 1;
        i++;
    }
    free(out);
    t->n = i;
    return 1;
}

/* Builds the normalised text.  Arrays are sized by the byte length, which
 * bounds the number of code points. */
nf_status nf_text_build(nf_text *t, nf_arena *arena, const char *s, size_t len, nf_error *err) {
    memset(t, 0, sizeof *t);
    t->orig = s;
    t->orig_bytes = len;
    if (len >= UINT32_MAX / 2)
        return nf_fail(err, NF_ERR_TOO_LARGE, 0, "text of %zu bytes is too large", len);
    size_t cap = len + 2; /* a paragraph separator may emit two entries */
    t->orig_byte = nf_arena_alloc(arena, (len + 1) * sizeof *t->orig_byte);
    t->cp = nf_arena_alloc(arena, cap * sizeof *t->cp);
    t->cls = nf_arena_alloc(arena, cap);
    t->ostart = nf_arena_alloc(arena, cap * sizeof *t->ostart);
    t->oend = nf_arena_alloc(arena, cap * sizeof *t->oend);
    if (!t->orig_byte || !t->cp || !t->cls || !t->ostart || !t->oend)
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for a text of %zu bytes", len);

    size_t pos = 0, k = 0, n = 0;
    while (pos < len) {
#if defined(__SSE2__)
        /* Sixteen ASCII bytes at a time (most of a German text): code
         * points, offsets and classes in vectors, the classes from the
         * table byte by byte. */
        while (pos + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
            if (_mm_movemask_epi8(v)) break;
            const __m128i zero = _mm_setzero_si128(), four = _mm_set1_epi32(4);
            __m128i lo = _mm_unpacklo_epi8(v, zero), hi = _mm_unpackhi_epi8(v, zero);
            __m128i c[4] = {_mm_unpacklo_epi16(lo, zero), _mm_unpackhi_epi16(lo, zero),
                            _mm_unpacklo_epi16(hi, zero), _mm_unpackhi_epi16(hi, zero)};
            __m128i step = _mm_set_epi32(3, 2, 1, 0);
            __m128i vp = _mm_add_epi32(_mm_set1_epi32((int)pos), step);
            __m128i vk = _mm_add_epi32(_mm_set1_epi32((int)k), step);
            for (int q = 0; q < 4; q++) {
                _mm_storeu_si128((__m128i *)(void *)(t->cp + n + 4 * q), c[q]);
                _mm_storeu_si128((__m128i *)(void *)(t->orig_byte + k + 4 * q), vp);
                _mm_storeu_si128((__m128i *)(void *)(t->ostart + n + 4 * q), vk);
                _mm_storeu_si128((__m128i *)(void *)(t->oend + n + 4 * q),
                                 _mm_add_epi32(vk, _mm_set1_epi32(1)));
                vp = _mm_add_epi32(vp, four);
                vk = _mm_add_epi32(vk, four);
            }
            for (int q = 0; q < 16; q++) t->cls[n + q] = ascii_class((unsigned char)s[pos + q]);
            n += 16, k += 16, pos += 16;
        }
        if (pos >= len) break;
#endif
        unsigned char b = (unsigned char)s[pos];
        if (b < 0x80) { /* the hot path: ASCII */
            t->orig_byte[k] = (uint32_t)pos;
            t->cp[n] = b;
            t->cls[n] = ascii_class(b);
            t->ostart[n] = (uint32_t)k;
            t->oend[n] = (uint32_t)k + 1;
            n++, k++, pos++;
            continue;
        }
        int32_t c;
        int bl = decode(s, len, pos, &c);
        if (bl < 0) return nf_fail(err, NF_ERR_UTF8, pos, "invalid UTF-8 at byte %zu", pos);
        const utf8proc_property_t *p = utf8proc_get_property(c);
        if (p->combining_class > 0 && n > 0) {
            /* NFC works cluster by cluster: gather this and the following
             * combining marks and compose them with the starter before. */
            size_t from = n - 1;
            while (from > 0 && t->cls[from] == NF_C_MARK) from--;
            size_t mstart = pos, mend = pos, k0 = k;
            while (mend < len) {
                int32_t c2;
                int l2 = decode(s, len, mend, &c2);
                if (l2 < 0 || c2 < 0x80 || utf8proc_get_property(c2)->combining_class == 0) break;
                t->orig_byte[k++] = (uint32_t)mend;
                mend += (size_t)l2;
            }
            t->n = n;
            int r = compose_cluster(t, from, s, mstart, mend, (uint32_t)k);
            if (r < 0) return nf_fail(err, NF_ERR_MEMORY, pos, "out of memory while normalising");
            if (r > 0) {
                n = t->n;
            } else { /* keep the marks as they are */
                for (size_t q = mstart, kk = k0; q < mend; kk++) {
                    int32_t c2;
                    q += (size_t)decode(s, len, q, &c2);
                    t->cp[n] = c2;
                    t->cls[n] = NF_C_MARK;
                    t->ostart[n] = (uint32_t)kk;
                    t->oend[n] = (uint32_t)kk + 1;
                    n++;
                }
            }
            pos = mend;
            continue;
        }
        t->orig_byte[k] = (uint32_t)pos;
        mapped m = map_nonascii(c, p);
        if (!m.drop) {
            if (p->comp_exclusion && m.cls != NF_C_QUOTE) {
                /* A singleton or excluded composite: its NFC form differs. */
                utf8proc_uint8_t *out = NULL;
                utf8proc_ssize_t ol = utf8proc_map((const utf8proc_uint8_t *)s + pos, bl, &out,
                                                   UTF8PROC_STABLE | UTF8PROC_COMPOSE);
                int32_t c2;
                if (ol > 0 && utf8proc_iterate(out, ol, &c2) == ol) {
                    m.cp = c2;
                    m.cls = class_of(c2);
                }
                free(out);
            }
            for (int rep = 0; rep <= m.twice; rep++) {
                t->cp[n] = m.cp;
                t->cls[n] = m.cls;
                t->ostart[n] = (uint32_t)k;
                t->oend[n] = (uint32_t)k + 1;
                n++;
            }
        }
        k++;
        pos += (size_t)bl;
    }
    t->orig_byte[k] = (uint32_t)len;
    t->orig_len = k;
    t->n = n;
    return NF_OK;
}

/* Maps a normalised span to the original. */
nf_span nf_text_orig_span(const nf_text *t, size_t a, size_t b) {
    nf_span s;
    if (a >= t->n) {
        s.start = s.end = t->orig_len;
        return s;
    }
    s.start = t->ostart[a];
    s.end = b > a ? t->oend[b - 1] : s.start;
    return s;
}

/* Encodes a normalised range as UTF-8, optionally lower-cased. */
size_t nf_text_utf8(const nf_text *t, size_t a, size_t b, bool lower, char *out, size_t cap) {
    size_t len = 0;
    if (b > t->n) b = t->n;
    for (size_t i = a; i < b; i++) {
        int32_t c = t->cp[i];
        if (lower) {
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') c += 32;
            } else {
                c = utf8proc_tolower(c);
            }
        }
        if (len + 5 > cap) return 0;
        len += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + len);
    }
    if (len + 1 > cap) return 0;
    out[len] = '\0';
    return len;
}
