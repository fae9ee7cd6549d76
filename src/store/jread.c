/* jread.c - the flat JSON reader of jread.h.
 *
 * The parser is a loop over an explicit stack of open containers, so deep
 * input cannot overflow the C stack.  Values are appended to one array
 * (grown by doubling, addressed by index while it may move); strings are
 * unescaped into one buffer as large as the text, which is always enough
 * because unescaping never lengthens a string and every string's quotes
 * leave room for its NUL. */
#include "jread.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *s, *p, *end;
    nf_jdoc *d;
    char *out; /* where the next string byte goes */
    nf_jerr *err;
} parser;

/* Records an error at `at` and returns false. */
static bool fail(parser *ps, const char *at, const char *msg) {
    if (ps->err) {
        ps->err->pos = (size_t)(at - ps->s);
        snprintf(ps->err->msg, sizeof ps->err->msg, "%s", msg);
    }
    return false;
}

/* Appends a value of type t; its index, or SIZE_MAX when memory runs out. */
static size_t push(parser *ps, nf_jtype t) {
    nf_jdoc *d = ps->d;
    if (d->n == d->cap) {
        size_t ncap = d->cap ? d->cap * 2 : 64;
        nf_jv *v = realloc(d->v, ncap * sizeof *v);
        if (!v) return SIZE_MAX;
        d->v = v;
        d->cap = ncap;
    }
    nf_jv *v = &d->v[d->n];
    v->type = (uint8_t)t;
    v->len = 0;
    v->skip = 1;
    v->u.i = 0;
    return d->n++;
}

/* Skips JSON whitespace. */
static void ws(parser *ps) {
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t'))
        ps->p++;
}

/* Bytes that end a run of plain string characters: '"', '\\', control
 * characters and the lead bytes of multi-byte UTF-8. */
static bool special(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

/* The special bytes (see special()) among the 8 bytes of `w`, loaded
 * little-endian: the top bit of each such byte is set in the result, and
 * its lowest set bit marks the first of them exactly (the bit tricks for
 * "a byte below n" and "a byte equal to c" may mark a later byte wrongly,
 * never an earlier one).  Most strings of a record run for several plain
 * bytes, which this tests eight at a time. */
static uint64_t special8(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t quote = w ^ (ones * '"'), bslash = w ^ (ones * '\\');
    uint64_t t =
        ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((bslash - ones) & ~bslash) | w;
    return t & high;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
#define NF_JREAD_WORDS 1
#else
#define NF_JREAD_WORDS 0
#endif

/* The length of the valid UTF-8 sequence at p (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF); 0 when it is not one. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end) {
    unsigned char c = p[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 0;
    if ((size_t)(end - p) < n || p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return n;
}

/* Reads four hex digits at p; -1 when they are not. */
static long hex4(const char *p, const char *end) {
    if (end - p < 4) return -1;
    long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int x = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (x < 0) return -1;
        v = v * 16 + x;
    }
    return v;
}

/* Writes code point c as UTF-8 at o; returns the bytes written. */
static size_t put_utf8(char *o, long c) {
    unsigned char *u = (unsigned char *)o;
    if (c < 0x80) {
        u[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        u[0] = (unsigned char)(0xC0 | c >> 6);
        u[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        u[0] = (unsigned char)(0xE0 | c >> 12);
        u[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
        u[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    u[0] = (unsigned char)(0xF0 | c >> 18);
    u[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
    u[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
    u[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

/* Reads the escape after a backslash at ps->p into the string buffer. */
static bool escape(parser *ps) {
    const char *at = ps->p - 1;
    if (ps->p >= ps->end) return fail(ps, at, "unterminated string");
    char c = *ps->p++;
    switch (c) {
        case '"':
        case '\\':
        case '/':
            *ps->out++ = c;
            return true;
        case 'b':
            *ps->out++ = '\b';
            return true;
        case 'f':
            *ps->out++ = '\f';
            return true;
        case 'n':
            *ps->out++ = '\n';
            return true;
        case 'r':
            *ps->out++ = '\r';
            return true;
        case 't':
            *ps->out++ = '\t';
            return true;
        case 'u':
            break;
        default:
            return fail(ps, at, "invalid escape");
    }
    long cp = hex4(ps->p, ps->end);
    if (cp < 0) return fail(ps, at, "invalid \\u escape");
    ps->p += 4;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(ps, at, "invalid Unicode: lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        long lo = ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u'
                      ? hex4(ps->p + 2, ps->end)
                      : -1;
        if (lo < 0xDC00 || lo > 0xDFFF) return fail(ps, at, "invalid Unicode: lone high surrogate");
        ps->p += 6;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    ps->out += put_utf8(ps->out, cp);
    return true;
}

/* Reads the string at ps->p (its opening quote) as a new value. */
static bool string(parser *ps) {
    const char *at = ps->p++;
    size_t idx = push(ps, NF_J_STR);
    if (idx == SIZE_MAX) return fail(ps, at, "out of memory");
    char *start = ps->out;
    for (;;) {
        /* Plain bytes, copied eight at a time while eight are left: the
         * output never runs ahead of the input (see the top), so the whole
         * word fits even where only its first bytes belong to the string. */
        bool hit = false;
#if NF_JREAD_WORDS
        while (ps->end - ps->p >= 8) {
            uint64_t w;
            memcpy(&w, ps->p, 8);
            memcpy(ps->out, &w, 8);
            uint64_t t = special8(w);
            if (t) {
                size_t k = (size_t)__builtin_ctzll(t) >> 3;
                ps->p += k;
                ps->out += k;
                hit = true;
                break;
            }
            ps->p += 8;
            ps->out += 8;
        }
#endif
        if (!hit)
            while (ps->p < ps->end && !special((unsigned char)*ps->p)) *ps->out++ = *ps->p++;
        if (ps->p >= ps->end) return fail(ps, at, "unterminated string");
        unsigned char c = (unsigned char)*ps->p;
        if (c == '"') {
            ps->p++;
            break;
        }
        if (c == '\\') {
            ps->p++;
            if (!escape(ps)) return false;
        } else if (c < 0x20) {
            return fail(ps, ps->p, "control character in string");
        } else {
            size_t n = utf8_len((const unsigned char *)ps->p, (const unsigned char *)ps->end);
            if (!n) return fail(ps, ps->p, "invalid UTF-8 in string");
            memcpy(ps->out, ps->p, n);
            ps->out += n;
            ps->p += n;
        }
    }
    nf_jv *v = &ps->d->v[idx];
    v->u.s = start;
    v->len = (uint32_t)(ps->out - start);
    *ps->out++ = '\0';
    return true;
}

/* Skips decimal digits; false when there is none. */
static bool digits(parser *ps) {
    const char *a = ps->p;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
    return ps->p > a;
}

/* Reads the number at ps->p as a new value: an integer unless it has a
 * fraction or an exponent. */
static bool number(parser *ps) {
    const char *a = ps->p;
    bool real = false;
    if (*ps->p == '-') ps->p++;
    if (ps->p < ps->end && *ps->p == '0')
        ps->p++;
    else if (!digits(ps))
        return fail(ps, a, "invalid number");
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        real = true;
        if (!digits(ps)) return fail(ps, a, "invalid number");
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        real = true;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-')) ps->p++;
        if (!digits(ps)) return fail(ps, a, "invalid number");
    }
    size_t n = (size_t)(ps->p - a);
    bool neg = *a == '-';
    if (!real && n - neg <= 18) { /* fits in 63 bits: no strtoll needed */
        long long v = 0;
        for (const char *d = a + neg; d < ps->p; d++) v = v * 10 + (*d - '0');
        size_t idx = push(ps, NF_J_INT);
        if (idx == SIZE_MAX) return fail(ps, a, "out of memory");
        ps->d->v[idx].u.i = neg ? -v : v;
        return true;
    }
    /* strtoll and strtod need a terminated copy: the text may end here. */
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) return fail(ps, a, "out of memory");
    memcpy(buf, a, n);
    buf[n] = '\0';
    size_t idx = push(ps, real ? NF_J_REAL : NF_J_INT);
    bool ok = idx != SIZE_MAX;
    errno = 0;
    if (ok && real) {
        double v = strtod(buf, NULL);
        ok = !(errno == ERANGE && (v > 1.0 || v < -1.0));
        ps->d->v[idx].u.d = v;
    } else if (ok) {
        long long v = strtoll(buf, NULL, 10);
        ok = errno != ERANGE;
        ps->d->v[idx].u.i = v;
    }
    if (buf != small) free(buf);
    if (idx == SIZE_MAX) return fail(ps, a, "out of memory");
    return ok ? true : fail(ps, a, real ? "real number overflow" : "too big integer");
}

/* Reads true, false or null as a new value. */
static bool literal(parser *ps) {
    static const struct {
        const char *word;
        size_t len;
        nf_jtype type;
    } lits[] = {{"true", 4, NF_J_TRUE}, {"false", 5, NF_J_FALSE}, {"null", 4, NF_J_NULL}};
    for (size_t i = 0; i < 3; i++) {
        if ((size_t)(ps->end - ps->p) >= lits[i].len &&
            memcmp(ps->p, lits[i].word, lits[i].len) == 0) {
            if (push(ps, lits[i].type) == SIZE_MAX) return fail(ps, ps->p, "out of memory");
            ps->p += lits[i].len;
            return true;
        }
    }
    return fail(ps, ps->p, "invalid value");
}

/* Reads an object key and its colon; ps->p is at the key. */
static bool key(parser *ps) {
    const char *at = ps->p;
    if (ps->p >= ps->end || *ps->p != '"') return fail(ps, ps->p, "string or '}' expected");
    if (!string(ps)) return false;
    const nf_jv *k = &ps->d->v[ps->d->n - 1];
    if (memchr(k->u.s, '\0', k->len)) return fail(ps, at, "NUL byte in object key");
    ws(ps);
    if (ps->p >= ps->end || *ps->p != ':') return fail(ps, ps->p, "':' expected");
    ps->p++;
    ws(ps);
    return true;
}

/* The whole parse: values are read in a loop; `stack` holds the indices of
 * the open containers. */
static bool parse(parser *ps) {
    size_t stack[NF_J_MAX_DEPTH];
    size_t depth = 0;
    nf_jv *v;
    ws(ps);
    for (;;) {
        /* A value. */
        if (ps->p >= ps->end) return fail(ps, ps->p, "unexpected end of input");
        char c = *ps->p;
        if (c == '{' || c == '[') {
            if (depth == NF_J_MAX_DEPTH) return fail(ps, ps->p, "nesting too deep");
            size_t idx = push(ps, c == '{' ? NF_J_OBJ : NF_J_ARR);
            if (idx == SIZE_MAX) return fail(ps, ps->p, "out of memory");
            stack[depth++] = idx;
            ps->p++;
            ws(ps);
            char close = c == '{' ? '}' : ']';
            if (ps->p < ps->end && *ps->p == close) {
                ps->p++;
                depth--;
                /* An empty container: skip stays 1. */
            } else {
                if (c == '{' && !key(ps)) return false;
                continue;
            }
        } else if (c == '"') {
            if (!string(ps)) return false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (!number(ps)) return false;
        } else if (!literal(ps)) {
            return false;
        }
        /* After a value: count it in its container, then a comma or the
         * container's end (which completes the container, a value too). */
        for (;;) {
            if (depth == 0) {
                ws(ps);
                if (ps->p != ps->end) return fail(ps, ps->p, "end of input expected");
                return true;
            }
            v = &ps->d->v[stack[depth - 1]];
            v->len++;
            ws(ps);
            if (ps->p >= ps->end) return fail(ps, ps->p, "unexpected end of input");
            bool obj = v->type == NF_J_OBJ;
            if (*ps->p == ',') {
                ps->p++;
                ws(ps);
                if (obj && !key(ps)) return false;
                break;
            }
            if (*ps->p != (obj ? '}' : ']'))
                return fail(ps, ps->p, obj ? "',' or '}' expected" : "',' or ']' expected");
            ps->p++;
            v->skip = (uint32_t)(ps->d->n - stack[depth - 1]);
            depth--;
        }
    }
}

/* Parses into d, reusing its buffers. */
bool nf_jparse(nf_jdoc *d, const char *s, size_t len, nf_jerr *err) {
    parser ps = {s, s, s + len, d, NULL, err};
    d->n = 0;
    if (len >= UINT32_MAX) return fail(&ps, s, "text too long");
    if (d->str_cap < len + 1) {
        char *b = realloc(d->str, len + 1);
        if (!b) return fail(&ps, s, "out of memory");
        d->str = b;
        d->str_cap = len + 1;
    }
    ps.out = d->str;
    if (!parse(&ps)) {
        d->n = 0;
        return false;
    }
    return true;
}

/* Frees the buffers. */
void nf_jdoc_free(nf_jdoc *d) {
    if (!d) return;
    free(d->v);
    free(d->str);
    memset(d, 0, sizeof *d);
}

/* Compares two values and what is inside them, value by value. */
bool nf_jequal(const nf_jv *a, const nf_jv *b) {
    if (a->type != b->type || a->len != b->len || a->skip != b->skip) return false;
    switch (a->type) {
        case NF_J_STR:
            return memcmp(a->u.s, b->u.s, a->len) == 0 && a->u.s[a->len] == '\0' &&
                   b->u.s[b->len] == '\0';
        case NF_J_INT:
            return a->u.i == b->u.i;
        case NF_J_REAL:
            return a->u.d == b->u.d;
        case NF_J_ARR:
        case NF_J_OBJ:
            for (uint32_t i = 1; i < a->skip; i++)
                if (!nf_jequal(a + i, b + i)) return false;
            return true;
        default:
            return true;
    }
}

/* Walks the members, keeping the last match. */
const nf_jv *nf_jget(const nf_jv *obj, const char *key) {
    if (!obj || obj->type != NF_J_OBJ) return NULL;
    size_t n = strlen(key);
    const nf_jv *found = NULL, *k = obj + 1;
    for (uint32_t i = 0; i < obj->len; i++) {
        const nf_jv *val = k + 1;
        if (k->len == n && memcmp(k->u.s, key, n) == 0) found = val;
        k = val + val->skip;
    }
    return found;
}
