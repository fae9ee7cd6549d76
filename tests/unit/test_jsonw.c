/* test_jsonw.c - the JSON writer. */
#include "helpers.h"
#include "jsonw.h"

static void test_compact(void **state) {
    (void)state;
    nf_buf b;
    nf_buf_init(&b);
    nf_jw w;
    nf_jw_init(&w, &b, false);
    nf_jw_object(&w);
    nf_jw_key(&w, "a");
    nf_jw_int(&w, -3);
    nf_jw_key(&w, "b");
    nf_jw_array(&w);
    nf_jw_double(&w, 27800000000.0);
    nf_jw_double(&w, 0.1);
    nf_jw_bool(&w, true);
    nf_jw_null(&w);
    nf_jw_array_end(&w);
    nf_jw_key(&w, "e");
    nf_jw_array(&w);
    nf_jw_array_end(&w);
    nf_jw_key(&w, "s");
    nf_jw_cstring(&w, "„Zitat“ \"x\" \\ \n\t\x01");
    nf_jw_object_end(&w);
    assert_false(b.failed);
    assert_string_equal(b.data, "{\"a\":-3,\"b\":[27800000000,0.1,true,null],\"e\":[],"
                                "\"s\":\"„Zitat“ \\\"x\\\" \\\\ \\n\\t\\u0001\"}");
    nf_buf_free(&b);
}

static void test_pretty(void **state) {
    (void)state;
    nf_buf b;
    nf_buf_init(&b);
    nf_jw w;
    nf_jw_init(&w, &b, true);
    nf_jw_object(&w);
    nf_jw_key(&w, "a");
    nf_jw_array(&w);
    nf_jw_int(&w, 1);
    nf_jw_array_end(&w);
    nf_jw_key(&w, "b");
    nf_jw_object(&w);
    nf_jw_object_end(&w);
    nf_jw_object_end(&w);
    assert_string_equal(b.data, "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}");
    nf_buf_free(&b);
}

static void test_nul_bytes_escaped(void **state) {
    (void)state;
    nf_buf b;
    nf_buf_init(&b);
    nf_json_escape(&b, "a\0b", 3);
    assert_int_equal(b.len, 8);
    assert_memory_equal(b.data, "a\\u0000b", 8);
    nf_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compact),
        cmocka_unit_test(test_pretty),
        cmocka_unit_test(test_nul_bytes_escaped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
