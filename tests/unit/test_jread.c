/* test_jread.c - the flat JSON reader the store uses (src/store/jread.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jread.h"

/* Parses a C string; fails the test when it does not parse. */
static const nf_jv *parse_ok(nf_jdoc *d, const char *s) {
    nf_jerr e;
    bool ok = nf_jparse(d, s, strlen(s), &e);
    if (!ok) fail_msg("'%s' did not parse: %s at %zu", s, e.msg, e.pos);
    return nf_jroot(d);
}

/* Parses a C string that must fail; returns the error. */
static nf_jerr parse_bad(nf_jdoc *d, const char *s, size_t len) {
    nf_jerr e = {0};
    assert_false(nf_jparse(d, s, len, &e));
    assert_null(nf_jroot(d));
    return e;
}

static void test_record_shape(void **state) {
    (void)state;
    nf_jdoc d = {0};
    const nf_jv *r =
        parse_ok(&d, " {\"id\": \"a1\", \"n\": 3, \"x\": -2.5e1, \"ok\": true,"
                     " \"no\": false, \"nil\": null, \"list\": [1, [2, 3], {\"k\": [] },"
                     " 4], \"empty\": {}, \"last\": \"z\"} ");
    assert_true(nf_jis(r, NF_J_OBJ));
    assert_int_equal(r->len, 9);
    assert_string_equal(nf_jstr(nf_jget(r, "id")), "a1");
    assert_int_equal(nf_jget(r, "n")->u.i, 3);
    assert_true(nf_jis(nf_jget(r, "n"), NF_J_INT));
    assert_true(nf_jis(nf_jget(r, "x"), NF_J_REAL));
    assert_true(nf_jnum(nf_jget(r, "x")) == -25.0);
    assert_true(nf_jis(nf_jget(r, "ok"), NF_J_TRUE));
    assert_true(nf_jis(nf_jget(r, "no"), NF_J_FALSE));
    assert_true(nf_jis(nf_jget(r, "nil"), NF_J_NULL));
    assert_null(nf_jget(r, "missing"));
    assert_null(nf_jget(nf_jget(r, "id"), "x")); /* not an object */
    /* Skipping over nested values reaches the members after them. */
    assert_true(nf_jis(nf_jget(r, "empty"), NF_J_OBJ));
    assert_int_equal(nf_jget(r, "empty")->len, 0);
    assert_string_equal(nf_jstr(nf_jget(r, "last")), "z");
    const nf_jv *list = nf_jget(r, "list"), *c;
    size_t i, seen = 0;
    nf_jforeach(list, i, c) {
        seen++;
        if (i == 0) assert_int_equal(c->u.i, 1);
        if (i == 1) assert_int_equal(c->len, 2);
        if (i == 2) assert_int_equal(nf_jget(c, "k")->len, 0);
        if (i == 3) assert_int_equal(c->u.i, 4);
    }
    assert_int_equal(seen, 4);
    /* foreach over a non-array or NULL does nothing. */
    seen = 0;
    nf_jforeach(nf_jget(r, "id"), i, c) seen++;
    const nf_jv *none = NULL; /* (a variable: the macro's dead arm adds 1 to it) */
    nf_jforeach(none, i, c) seen++;
    assert_int_equal(seen, 0);
    nf_jdoc_free(&d);
}

static void test_strings(void **state) {
    (void)state;
    nf_jdoc d = {0};
    const nf_jv *r =
        parse_ok(&d, "[\"„Zitat“ \\\"x\\\" \\\\ \\/ \\n\\t\\b\\f\\r\", \"\\u00fc\\u20AC\","
                     " \"\\ud83d\\ude00\", \"a\\u0000b\", \"\"]");
    const nf_jv *c;
    size_t i;
    nf_jforeach(r, i, c) {
        assert_true(nf_jis(c, NF_J_STR));
        if (i == 0) assert_string_equal(c->u.s, "„Zitat“ \"x\" \\ / \n\t\b\f\r");
        if (i == 1) assert_string_equal(c->u.s, "ü€");
        if (i == 2) assert_string_equal(c->u.s, "\xF0\x9F\x98\x80");
        if (i == 3) {
            assert_int_equal(c->len, 3);
            assert_memory_equal(c->u.s, "a\0b", 4);
        }
        if (i == 4) assert_int_equal(c->len, 0);
    }
    assert_int_equal(i, 5);
    nf_jdoc_free(&d);
}

static void test_numbers(void **state) {
    (void)state;
    nf_jdoc d = {0};
    const nf_jv *r = parse_ok(&d, "[0, -0, 9223372036854775807, -9223372036854775808, 1.5,"
                                  " 2e3, 1E-2, 27800000000, 0.1]");
    const long long ints[] = {0, 0, 9223372036854775807LL, -9223372036854775807LL - 1};
    const double reals[] = {1.5, 2000.0, 0.01};
    const nf_jv *c;
    size_t i;
    nf_jforeach(r, i, c) {
        if (i < 4) {
            assert_true(nf_jis(c, NF_J_INT));
            assert_true(c->u.i == ints[i]);
        } else if (i < 7) {
            assert_true(nf_jis(c, NF_J_REAL));
            assert_true(c->u.d == reals[i - 4]);
        }
    }
    assert_int_equal(i, 9);
    nf_jdoc_free(&d);
}

static void test_duplicate_keys_last_wins(void **state) {
    (void)state;
    nf_jdoc d = {0};
    const nf_jv *r = parse_ok(&d, "{\"text\": \"first\", \"text\": \"second\"}");
    assert_string_equal(nf_jstr(nf_jget(r, "text")), "second");
    nf_jdoc_free(&d);
}

static void test_errors_have_positions(void **state) {
    (void)state;
    nf_jdoc d = {0};
    static const struct {
        const char *text;
        size_t pos;
    } cases[] = {
        {"", 0},
        {"{", 1},
        {"[1,2", 4},
        {"[1 2]", 3},
        {"{\"a\" 1}", 5},
        {"{\"a\":1,}", 7},
        {"{1:2}", 1},
        {"[tru]", 1},
        {"[01]", 2},
        {"[-]", 1},
        {"[1.]", 1},
        {"[1e]", 1},
        {"{\"a\":1} x", 8},
        {"[\"abc", 1},
        {"[\"a\\x\"]", 3},
        {"[\"\\u12G4\"]", 2},
        {"[\"\\udc00\"]", 2},
        {"[\"\\ud800x\"]", 2},
        {"[\"tab\there\"]", 5},
        {"[99999999999999999999]", 1},
        {"[1e999]", 1},
        {"{\"k\\u0000\": 1}", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        nf_jerr e = parse_bad(&d, cases[i].text, strlen(cases[i].text));
        if (e.pos != cases[i].pos)
            fail_msg("'%s': error '%s' at %zu, want %zu", cases[i].text, e.msg, e.pos,
                     cases[i].pos);
        assert_true(e.msg[0] != '\0');
    }
    /* Invalid UTF-8: a stray continuation byte, an overlong form, a
     * surrogate, a truncated sequence. */
    static const char *bad_utf8[] = {"[\"a\x80\"]", "[\"\xC0\xAF\"]", "[\"\xED\xA0\x80\"]",
                                     "[\"\xE2\x82\"]"};
    for (size_t i = 0; i < 4; i++) {
        nf_jerr e = parse_bad(&d, bad_utf8[i], strlen(bad_utf8[i]));
        assert_int_equal(e.pos, 2 + (i == 0));
    }
    /* A NUL byte outside a string, and text that ends inside a value. */
    parse_bad(&d, "[1]\0", 4);
    parse_bad(&d, "[12", 2);
    nf_jdoc_free(&d);
}

static void test_depth_limit(void **state) {
    (void)state;
    nf_jdoc d = {0};
    size_t deep = NF_J_MAX_DEPTH + 1;
    char *s = malloc(2 * deep + 1);
    assert_non_null(s);
    memset(s, '[', deep);
    memset(s + deep, ']', deep);
    s[2 * deep] = '\0';
    nf_jerr e = parse_bad(&d, s, 2 * deep);
    assert_int_equal(e.pos, NF_J_MAX_DEPTH);
    /* One level less is accepted, and the root skips to its end. */
    nf_jerr e2;
    assert_true(nf_jparse(&d, s + 1, 2 * deep - 2, &e2));
    assert_int_equal(nf_jroot(&d)->skip, deep - 1);
    free(s);
    nf_jdoc_free(&d);
}

static void test_buffers_are_reused(void **state) {
    (void)state;
    nf_jdoc d = {0};
    parse_ok(&d, "{\"a\": [\"long enough to need a buffer\", 1, 2, 3]}");
    char *str = d.str;
    const nf_jv *r = parse_ok(&d, "{\"b\": \"short\"}");
    assert_ptr_equal(d.str, str);
    assert_string_equal(nf_jstr(nf_jget(r, "b")), "short");
    assert_null(nf_jget(r, "a"));
    nf_jdoc_free(&d);
    assert_null(d.v);
    assert_null(d.str);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_shape),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_duplicate_keys_last_wins),
        cmocka_unit_test(test_errors_have_positions),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_buffers_are_reused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
