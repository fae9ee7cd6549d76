/* fuzz_extract.c - libFuzzer harness for nf_extract and nf_doc_to_json.
 *
 * Feeds the raw input bytes (valid UTF-8 or not) to nf_extract, writes the
 * record with NF_JSON_SEGMENTS, and aborts when an invariant of the public
 * API does not hold:
 *   - nf_extract returns a document; it carries an NF_ERR_UTF8 error exactly
 *     when the input is not valid UTF-8, and an error document has no layers;
 *   - every paragraph, sentence, token, quote region and the dateline is a
 *     span with start <= end <= the input's number of code points;
 *   - tokens and sentences (and paragraphs) are non-empty, in increasing
 *     order and non-overlapping; quote depths are not negative;
 *   - index == count is rejected with NF_ERR_ARGUMENT;
 *   - the record is a non-NULL, NUL-free, valid UTF-8, syntactically valid
 *     JSON value of the reported length, on one line unless NF_JSON_PRETTY;
 *   - the record handed over as values (nf_doc_emit into the store's tape,
 *     src/store/jtape.c) equals its JSON text parsed (src/store/jread.c).
 *
 * The first input byte chooses the options: bit 0 NF_JSON_PRETTY, bit 1 a
 * meta with lang "de", bit 2 a meta with a date.  The engine is opened on
 * the first call and kept for the life of the process.
 *
 * Build and run: make fuzz FUZZ_SECONDS=60
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jread.h"
#include "jtape.h"
#include "newsfacts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Prints what failed and aborts, so that libFuzzer records the input. */
static void fail(const char *what, size_t a, size_t b) {
    fprintf(stderr, "fuzz_extract: invariant violated: %s (%zu, %zu)\n", what, a, b);
    abort();
}

/* Returns true when s[0, len) is valid UTF-8 (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF); counts its code points in *ncp. */
static bool utf8_count(const uint8_t *s, size_t len, size_t *ncp) {
    size_t i = 0, n = 0;
    while (i < len) {
        uint8_t b = s[i];
        size_t k;
        uint32_t cp, min;
        if (b < 0x80) {
            i++, n++;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            k = 1, cp = b & 0x1Fu, min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            k = 2, cp = b & 0x0Fu, min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            k = 3, cp = b & 0x07u, min = 0x10000;
        } else {
            return false;
        }
        if (len - i <= k) return false;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + j] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += k + 1;
        n++;
    }
    *ncp = n;
    return true;
}

/* Checks one span against the text's length in code points. */
static void check_span(const char *what, nf_span s, size_t ncp) {
    if (s.start > s.end) fail(what, s.start, s.end);
    if (s.end > ncp) fail(what, s.end, ncp);
}

/* Checks that span `cur` (the i-th) is non-empty and lies after `prev`
 * without overlap; i == 0 means there is no previous span. */
static void check_order(const char *what, size_t i, nf_span prev, nf_span cur) {
    if (cur.start >= cur.end) {
        fprintf(stderr, "fuzz_extract: %s %zu is empty: [%zu, %zu)\n", what, i, cur.start, cur.end);
        fail("empty span", cur.start, cur.end);
    }
    if (i > 0 && prev.end > cur.start) {
        fprintf(stderr, "fuzz_extract: %s %zu [%zu, %zu) overlaps or precedes %s %zu [%zu, %zu)\n",
                what, i, cur.start, cur.end, what, i - 1, prev.start, prev.end);
        fail("spans out of order or overlapping", prev.end, cur.start);
    }
}

/* Checks the paragraphs, sentences or tokens of a document, selected by
 * `layer` (0, 1, 2): each in range, in order, non-overlapping. */
static void check_layer(const nf_doc *doc, int layer, size_t ncp) {
    static const char *const names[] = {"paragraph", "sentence", "token"};
    size_t n = layer == 0   ? nf_doc_paragraph_count(doc)
               : layer == 1 ? nf_doc_sentence_count(doc)
                            : nf_doc_token_count(doc);
    nf_span prev = {0, 0};
    for (size_t i = 0; i <= n; i++) {
        nf_span s = {0, 0};
        nf_token_kind kind = NF_TOK_WORD;
        nf_status st = layer == 0   ? nf_doc_paragraph(doc, i, &s)
                       : layer == 1 ? nf_doc_sentence(doc, i, &s)
                                    : nf_doc_token(doc, i, &s, &kind);
        if (i == n) {
            if (st != NF_ERR_ARGUMENT) fail("index == count accepted", i, n);
            break;
        }
        if (st != NF_OK) fail(names[layer], i, (size_t)st);
        check_span(names[layer], s, ncp);
        check_order(names[layer], i, prev, s);
        if (layer == 2 && ((int)kind < NF_TOK_WORD || (int)kind > NF_TOK_SYMBOL))
            fail("token kind", i, (size_t)kind);
        prev = s;
    }
}

/* Checks the quote regions and the dateline. */
static void check_quotes(const nf_doc *doc, size_t ncp) {
    size_t n = nf_doc_quote_region_count(doc);
    for (size_t i = 0; i < n; i++) {
        nf_span s = {0, 0};
        int depth = -1;
        if (nf_doc_quote_region(doc, i, &s, &depth) != NF_OK) fail("quote region", i, n);
        check_span("quote region", s, ncp);
        if (depth < 0) fail("quote depth", i, (size_t)depth);
    }
    nf_span s = {0, 0};
    int depth = 0;
    if (nf_doc_quote_region(doc, n, &s, &depth) != NF_ERR_ARGUMENT)
        fail("quote index == count accepted", n, n);
    if (nf_doc_dateline(doc, &s) == NF_OK) check_span("dateline", s, ncp);
}

/* A minimal JSON syntax checker: a cursor over the record. */
typedef struct json_cur {
    const char *p;
    const char *end;
} json_cur;

static bool json_value(json_cur *c, int depth);

/* Skips JSON whitespace. */
static void json_ws(json_cur *c) {
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

/* Consumes the literal `lit` (true, false, null). */
static bool json_lit(json_cur *c, const char *lit) {
    size_t n = strlen(lit);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, lit, n) != 0) return false;
    c->p += n;
    return true;
}

/* Consumes a string: no raw control characters, only valid escapes. */
static bool json_string(json_cur *c) {
    if (c->p >= c->end || *c->p != '"') return false;
    c->p++;
    while (c->p < c->end) {
        unsigned char ch = (unsigned char)*c->p++;
        if (ch == '"') return true;
        if (ch < 0x20) return false;
        if (ch != '\\') continue;
        if (c->p >= c->end) return false;
        char e = *c->p++;
        if (e == 'u') {
            for (int i = 0; i < 4; i++, c->p++) {
                if (c->p >= c->end) return false;
                char h = *c->p;
                if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                    return false;
            }
        } else if (!strchr("\"\\/bfnrt", e) || e == '\0') {
            return false;
        }
    }
    return false;
}

/* Consumes a run of at least one digit. */
static bool json_digits(json_cur *c) {
    const char *s = c->p;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') c->p++;
    return c->p > s;
}

/* Consumes a number. */
static bool json_number(json_cur *c) {
    if (c->p < c->end && *c->p == '-') c->p++;
    if (c->p < c->end && *c->p == '0') {
        c->p++;
    } else if (!json_digits(c)) {
        return false;
    }
    if (c->p < c->end && *c->p == '.') {
        c->p++;
        if (!json_digits(c)) return false;
    }
    if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
        c->p++;
        if (c->p < c->end && (*c->p == '+' || *c->p == '-')) c->p++;
        if (!json_digits(c)) return false;
    }
    return true;
}

/* Consumes an array or object whose opening bracket is at the cursor. */
static bool json_container(json_cur *c, int depth) {
    bool object = *c->p == '{';
    char close = object ? '}' : ']';
    c->p++;
    json_ws(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        return true;
    }
    for (;;) {
        json_ws(c);
        if (object) {
            if (!json_string(c)) return false;
            json_ws(c);
            if (c->p >= c->end || *c->p != ':') return false;
            c->p++;
        }
        if (!json_value(c, depth + 1)) return false;
        json_ws(c);
        if (c->p >= c->end) return false;
        char ch = *c->p++;
        if (ch == close) return true;
        if (ch != ',') return false;
    }
}

/* Consumes one JSON value; nesting is limited to keep the stack small. */
static bool json_value(json_cur *c, int depth) {
    if (depth > 64) return false;
    json_ws(c);
    if (c->p >= c->end) return false;
    switch (*c->p) {
        case '{':
        case '[':
            return json_container(c, depth);
        case '"':
            return json_string(c);
        case 't':
            return json_lit(c, "true");
        case 'f':
            return json_lit(c, "false");
        case 'n':
            return json_lit(c, "null");
        default:
            return json_number(c);
    }
}

/* Checks the record: length, no NUL, UTF-8, one line unless pretty, and a
 * single JSON object with nothing after it. */
static void check_json(const char *json, size_t len, bool pretty) {
    if (!json) fail("nf_doc_to_json returned NULL", 0, 0);
    if (strlen(json) != len) fail("JSON length", strlen(json), len);
    size_t ncp = 0;
    if (!utf8_count((const uint8_t *)json, len, &ncp)) fail("JSON is not UTF-8", len, 0);
    if (!pretty && memchr(json, '\n', len)) fail("compact JSON spans lines", len, 0);
    json_cur c = {json, json + len};
    json_ws(&c);
    if (c.p >= c.end || *c.p != '{') fail("JSON is not an object", 0, len);
    if (!json_value(&c, 0)) fail("JSON syntax", (size_t)(c.p - json), len);
    json_ws(&c);
    if (c.p != c.end) fail("JSON trailing bytes", (size_t)(c.p - json), len);
}

/* Checks that the record handed over as values equals its text parsed. */
static void check_emit(const nf_doc *doc, unsigned flags, const char *json, size_t len) {
    nf_jdoc parsed = {0}, taped = {0};
    nf_jtape t = {0};
    nf_error err;
    if (!nf_jparse(&parsed, json, len, NULL)) fail("the store cannot parse the record", len, 0);
    nf_jtape_start(&t, &taped);
    if (nf_doc_emit(doc, flags, &nf_jtape_sink, &t, &err) != NF_OK) fail("nf_doc_emit", 0, 0);
    if (!nf_jtape_finish(&t)) fail("the emitted record is unbalanced", taped.n, 0);
    if (taped.n != parsed.n || !nf_jequal(nf_jroot(&parsed), nf_jroot(&taped)))
        fail("emitted record differs from its JSON", taped.n, parsed.n);
    nf_jtape_free(&t);
    nf_jdoc_free(&parsed);
    nf_jdoc_free(&taped);
}

/* The engine's size limit, for telling a rightly refused text apart. */
static size_t max_doc_bytes;

/* Opens the engine on the first call; aborts when that fails. */
static const nf_engine *engine_once(void) {
    static nf_engine *engine = NULL;
    if (!engine) {
        nf_engine_options opts;
        nf_engine_options_init(&opts);
        max_doc_bytes = opts.max_doc_bytes;
        nf_error err;
        engine = nf_engine_open(&opts, &err);
        if (!engine) {
            fprintf(stderr, "fuzz_extract: nf_engine_open: %s\n", err.message);
            abort();
        }
    }
    return engine;
}

/* The libFuzzer entry point: one document per input. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const nf_engine *engine = engine_once();
    unsigned sel = size ? data[0] : 0;
    unsigned flags = NF_JSON_SEGMENTS | ((sel & 1u) ? NF_JSON_PRETTY : 0u);
    nf_doc_meta meta = {0};
    meta.id = "fuzz";
    if (sel & 2u) meta.lang = "de";
    if (sel & 4u) meta.date = "2025-11-12";

    nf_error err;
    nf_doc *doc = nf_extract(engine, (const char *)data, size, &meta, &err);
    if (!doc) fail("nf_extract returned NULL", size, (size_t)err.code);

    size_t ncp = 0;
    bool valid = utf8_count(data, size, &ncp);
    const nf_error *derr = nf_doc_error(doc);
    if (!valid) {
        if (!derr || derr->code != NF_ERR_UTF8) fail("invalid UTF-8 accepted", size, 0);
        if (derr->offset >= size) fail("UTF-8 error offset", derr->offset, size);
    } else if (derr && !(derr->code == NF_ERR_TOO_LARGE && max_doc_bytes && size > max_doc_bytes)) {
        fail("valid UTF-8 rejected", (size_t)derr->code, derr->offset);
    }
    if (derr && (nf_doc_paragraph_count(doc) || nf_doc_sentence_count(doc) ||
                 nf_doc_token_count(doc) || nf_doc_quote_region_count(doc)))
        fail("error document has layers", size, 0);

    for (int layer = 0; layer < 3; layer++) check_layer(doc, layer, ncp);
    check_quotes(doc, ncp);

    size_t len = 0;
    char *json = nf_doc_to_json(doc, flags, &len, &err);
    check_json(json, len, (flags & NF_JSON_PRETTY) != 0);
    check_emit(doc, flags, json, len);
    nf_free(json);
    nf_doc_free(doc);
    return 0;
}
