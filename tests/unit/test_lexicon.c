/* test_lexicon.c - plain-text word lists. */
#include "helpers.h"
#include "lexicon.h"

static void test_parse_and_find(void **state) {
    (void)state;
    const char *src = "# a comment\nDr.\nusw.\tend\n  Mio. \t 1000000 \n\nDr.\tduplicate\n";
    nf_lexicon lex;
    nf_error e;
    assert_int_equal(nf_lexicon_parse(&lex, src, strlen(src), "test", &e), NF_OK);
    assert_int_equal(lex.count, 3);
    const nf_lex_entry *x = nf_lexicon_find(&lex, "Dr.", 3);
    assert_non_null(x);
    assert_string_equal(nf_lex_val(&lex, x), ""); /* the first entry wins */
    x = nf_lexicon_find(&lex, "usw.", 4);
    assert_string_equal(nf_lex_val(&lex, x), "end");
    x = nf_lexicon_find(&lex, "Mio.", 4);
    assert_non_null(x);
    assert_int_equal(x->num, 1000000);
    assert_null(nf_lexicon_find(&lex, "dr.", 3));
    assert_null(nf_lexicon_find(&lex, "Dr", 2));
    nf_lexicon_free(&lex);
}

static void test_many_entries(void **state) {
    (void)state;
    char *src = malloc(200000);
    size_t n = 0;
    for (int i = 0; i < 10000; i++) n += (size_t)sprintf(src + n, "wort%d\t%d\n", i, i * 3);
    nf_lexicon lex;
    nf_error e;
    assert_int_equal(nf_lexicon_parse(&lex, src, n, "big", &e), NF_OK);
    assert_int_equal(lex.count, 10000);
    for (int i = 0; i < 10000; i += 997) {
        char k[32];
        int kl = sprintf(k, "wort%d", i);
        const nf_lex_entry *x = nf_lexicon_find(&lex, k, (size_t)kl);
        assert_non_null(x);
        assert_int_equal(x->num, i * 3);
    }
    nf_lexicon_free(&lex);
    free(src);
}

static void test_or_of_equal_keys(void **state) {
    (void)state;
    const char *src = "haft\t1\nurteil\t2\nhaft\t4\nhaft\t1\n";
    nf_lexicon lex;
    nf_error e;
    assert_int_equal(nf_lexicon_parse_or(&lex, src, strlen(src), "test", &e), NF_OK);
    assert_int_equal(lex.count, 2);
    assert_int_equal(nf_lexicon_find(&lex, "haft", 4)->num, 5);
    assert_int_equal(nf_lexicon_find(&lex, "urteil", 6)->num, 2);
    nf_lexicon_free(&lex);
}

static void test_bad_data(void **state) {
    (void)state;
    const char src[] = {'a', '\n', 'b', '\0', 'c', '\n'};
    nf_lexicon lex;
    nf_error e;
    assert_int_equal(nf_lexicon_parse(&lex, src, sizeof src, "nul.txt", &e), NF_ERR_DATA);
    assert_non_null(strstr(e.message, "nul.txt:2"));
    assert_null(lex.pool);
}

/* The key compare of a look-up: equal bytes of every length up to 40
 * compare equal, and one byte changed at any position does not (each
 * length has its own path of loads: 1-3, 4-8, 9 and up). */
static void test_same_bytes(void **state) {
    (void)state;
    char a[48], b[48];
    for (size_t len = 0; len <= 40; len++) {
        for (size_t i = 0; i < len; i++) a[i] = b[i] = (char)('a' + (i * 7) % 26);
        /* bytes past the end differ: they must not be read as the key's */
        a[len] = 'X', b[len] = 'Y';
        assert_true(nf_lex_same_bytes(a, b, len));
        for (size_t at = 0; at < len; at++) {
            b[at] ^= 0x20;
            assert_false(nf_lex_same_bytes(a, b, len));
            b[at] ^= 0x20;
        }
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_and_find),   cmocka_unit_test(test_many_entries),
        cmocka_unit_test(test_or_of_equal_keys), cmocka_unit_test(test_bad_data),
        cmocka_unit_test(test_same_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
