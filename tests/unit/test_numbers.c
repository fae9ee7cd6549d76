/* test_numbers.c - numbers in digits and German words. */
#include "helpers.h"
#include "engine.h"
#include "numbers.h"

/* The German pack of the test engine. */
static const nf_langpack *de(void **state) {
    return nf_engine_pack(*state, "de");
}

static void test_digits(void **state) {
    (void)state;
    double v;
    struct {
        const char *s;
        double v;
    } ok[] = {{"27,8", 27.8},      {"2.500", 2500},  {"1.000.000", 1e6},
              {"1.234,5", 1234.5}, {"3.5", 3.5},     {"0,7", 0.7},
              {"12", 12},          {"1,572", 1.572}, {"94.000", 94000}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        assert_true(nf_parse_decimal(ok[i].s, strlen(ok[i].s), &v));
        assert_true(v == ok[i].v);
    }
    const char *bad[] = {"12.11.2025", "1.2.3", "1,2,3", "", "12a", "1.23,4.5"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(nf_parse_decimal(bad[i], strlen(bad[i]), &v));
}

static void test_number_words(void **state) {
    struct {
        const char *w;
        double v;
    } ok[] = {{"drei", 3},
              {"zwölf", 12},
              {"zweiundzwanzig", 22},
              {"einundzwanzig", 21},
              {"dreihundertfünfzig", 350},
              {"zehntausend", 10000},
              {"achtundsiebzig", 78},
              {"siebenhundert", 700},
              {"anderthalb", 1.5},
              {"zweieinhalb", 2.5},
              {"hunderttausend", 100000},
              {"eintausendzweihundert", 1200},
              {"dutzend", 12}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        double v = -1;
        if (!nf_parse_number_word(de(state), ok[i].w, strlen(ok[i].w), &v) || v != ok[i].v)
            fail_msg("%s: got %g, want %g", ok[i].w, v, ok[i].v);
    }
    const char *bad[] = {"zweidrei", "dreiund", "undzwanzig", "dreist", "haus", "neunzigzwanzig"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double v;
        if (nf_parse_number_word(de(state), bad[i], strlen(bad[i]), &v))
            fail_msg("%s parsed as %g", bad[i], v);
    }
}

static void test_ordinal_words(void **state) {
    struct {
        const char *w;
        int v;
    } ok[] = {{"ersten", 1},
              {"zweiten", 2},
              {"dritte", 3},
              {"siebter", 7},
              {"achten", 8},
              {"sechste", 6},
              {"neunundzwanzigsten", 29},
              {"zwanzigste", 20}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int v = -1;
        if (!nf_parse_ordinal_word(de(state), ok[i].w, strlen(ok[i].w), &v) || v != ok[i].v)
            fail_msg("%s: got %d, want %d", ok[i].w, v, ok[i].v);
    }
    int v;
    assert_false(nf_parse_ordinal_word(de(state), "halbe", 5, &v));
    assert_false(nf_parse_ordinal_word(de(state), "letzten", 7, &v));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits),
        cmocka_unit_test(test_number_words),
        cmocka_unit_test(test_ordinal_words),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
