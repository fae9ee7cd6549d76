/* fuzz_jread.c - libFuzzer harness for the store's JSON reader
 * (src/store/jread.c), differential against jansson.
 *
 * Parses the input with nf_jparse and with json_loadb (JSON_ALLOW_NUL; an
 * object or array at the top, as records and input lines are) and aborts
 * when they disagree: one accepts what the other rejects, or both accept
 * and the values differ in type, number, string bytes, element count or
 * member values.  Objects are compared through nf_jget, so repeated keys
 * must resolve to the last one as in jansson.  Inputs whose top value is a
 * scalar, or that hold a raw NUL byte, are parsed by the reader alone:
 * jansson reads scalars only with JSON_DECODE_ANY, and takes some raw NULs
 * outside strings as the end of the text, where the reader (as RFC 8259)
 * rejects them.
 *
 * Build and run: make fuzz FUZZ_TARGET=fuzz_jread FUZZ_SECONDS=60
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jread.h"

/* True when the reader's value a and jansson's b are the same JSON value. */
static int same(const nf_jv *a, json_t *b) {
    switch (a->type) {
        case NF_J_NULL:
            return json_is_null(b);
        case NF_J_TRUE:
            return json_is_true(b);
        case NF_J_FALSE:
            return json_is_false(b);
        case NF_J_INT:
            return json_is_integer(b) && json_integer_value(b) == a->u.i;
        case NF_J_REAL:
            return json_is_real(b) &&
                   (json_real_value(b) == a->u.d ||
                    (json_real_value(b) != json_real_value(b) && a->u.d != a->u.d));
        case NF_J_STR:
            return json_is_string(b) && json_string_length(b) == a->len &&
                   memcmp(json_string_value(b), a->u.s, a->len) == 0 && a->u.s[a->len] == '\0';
        case NF_J_ARR: {
            if (!json_is_array(b) || json_array_size(b) != a->len) return 0;
            size_t i;
            const nf_jv *c;
            nf_jforeach(a, i, c) if (!same(c, json_array_get(b, i))) return 0;
            return 1;
        }
        case NF_J_OBJ: {
            if (!json_is_object(b)) return 0;
            const nf_jv *k = a + 1;
            for (uint32_t i = 0; i < a->len; i++) {
                /* Keys with a NUL cannot be looked up by name in either. */
                if (strlen(k->u.s) == k->len) {
                    json_t *bv = json_object_get(b, k->u.s);
                    const nf_jv *av = nf_jget(a, k->u.s);
                    if (!bv || !av || !same(av, bv)) return 0;
                }
                k = k + 1 + (k + 1)->skip;
            }
            return 1;
        }
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static nf_jdoc d; /* reused: the reader's buffers must survive reuse */
    nf_jerr e;
    bool ok = nf_jparse(&d, (const char *)data, size, &e);
    size_t i = 0;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
        i++;
    if (i == size || (data[i] != '{' && data[i] != '[') || memchr(data, 0, size)) return 0;
    json_error_t je;
    json_t *j = json_loadb((const char *)data, size, JSON_ALLOW_NUL, &je);
    /* jansson limits nesting to 2048, the reader to NF_J_MAX_DEPTH. */
    bool too_deep = !ok && strcmp(e.msg, "nesting too deep") == 0;
    if (!too_deep && ok != (j != NULL)) {
        fprintf(stderr, "disagree: reader %s, jansson %s\n", ok ? "ok" : e.msg, j ? "ok" : je.text);
        abort();
    }
    if (ok && j && !same(nf_jroot(&d), j)) {
        fprintf(stderr, "values differ\n");
        abort();
    }
    json_decref(j);
    return 0;
}
