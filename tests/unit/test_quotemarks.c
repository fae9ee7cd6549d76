/* test_quotemarks.c - pairing quotation marks of every style. */
#include "helpers.h"

/* Asserts the quote regions of `text`: their contents and depths. */
static void expect_regions(void **state, const char *text, const char *const *want,
                           const int *depths, size_t n) {
    nf_doc *d = th_extract(state, text);
    size_t got = nf_doc_quote_region_count(d);
    for (size_t i = 0; i < got && i < n; i++) {
        nf_span s;
        int depth;
        assert_int_equal(nf_doc_quote_region(d, i, &s, &depth), NF_OK);
        if (strcmp(th_span(text, s), want[i]) != 0)
            fail_msg("region %zu: got \"%s\", want \"%s\"", i, th_span(text, s), want[i]);
        assert_int_equal(depth, depths[i]);
    }
    if (got != n) fail_msg("%zu regions, want %zu", got, n);
    nf_doc_free(d);
}

static void test_every_style(void **state) {
    const char *t = "„Eins“, ‚zwei‘, »drei«, «vier», \"fünf\", “six”, ‹sieben›, 'acht' und ”neun”.";
    const char *want[] = {"Eins", "zwei", "drei", "vier", "fünf", "six", "sieben", "acht", "neun"};
    const int depths[] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
    expect_regions(state, t, want, depths, 9);
}

static void test_nested(void **state) {
    const char *t = "Er sagte: „Sie nannte es ‚eine Farce‘ und ging.“ Dann schwieg er.";
    const char *want[] = {"Sie nannte es ‚eine Farce‘ und ging.", "eine Farce"};
    const int depths[] = {0, 1};
    expect_regions(state, t, want, depths, 2);
    const char *t2 = "»Das Buch heißt ›Die Welt‹«, sagte sie.";
    const char *want2[] = {"Das Buch heißt ›Die Welt‹", "Die Welt"};
    expect_regions(state, t2, want2, depths, 2);
}

static void test_over_sentences_and_interrupted(void **state) {
    const char *t = "„Wir sind bereit. Wir kommen“, sagte er, „und zwar bald.“";
    const char *want[] = {"Wir sind bereit. Wir kommen", "und zwar bald."};
    const int depths[] = {0, 0};
    expect_regions(state, t, want, depths, 2);
}

static void test_over_paragraphs(void **state) {
    /* A quote that runs on reopens at the next paragraph without closing. */
    const char *t = "„Der erste Absatz endet offen.\n„Der zweite schließt.“ Er ging.";
    const char *want[] = {"Der erste Absatz endet offen.\n„Der zweite schließt."};
    const int depths[] = {0};
    expect_regions(state, t, want, depths, 1);
    /* An unclosed quote that is not reopened is dropped at the paragraph end. */
    const char *t2 = "„Offen bleibt das.\nNeuer Absatz „mit Zitat“.";
    const char *want2[] = {"mit Zitat"};
    expect_regions(state, t2, want2, depths, 1);
}

static void test_apostrophes_are_not_quotes(void **state) {
    const char *t = "Hans’ Auto und geht’s, sagt ’s Volk in den 90er’n.";
    expect_regions(state, t, NULL, NULL, 0);
    const char *t2 = "Sie zitierte ‚Max’ Traum‘ gern.";
    const char *want2[] = {"Max’ Traum"};
    const int depths[] = {0};
    expect_regions(state, t2, want2, depths, 1);
}

static void test_colon_and_parenthesis_openers(void **state) {
    const char *t = "Merkel:„Wir schaffen das.“ (\"Nie\" sagte er.)";
    const char *want[] = {"Wir schaffen das.", "Nie"};
    const int depths[] = {0, 0};
    expect_regions(state, t, want, depths, 2);
}

static void test_unbalanced(void **state) {
    const char *t = "Ein “ einsames Zeichen und „ein offenes Zitat.";
    expect_regions(state, t, NULL, NULL, 0);
    const char *t2 = "Das ist“ falsch, „das“ richtig.";
    const char *want2[] = {"das"};
    const int depths[] = {0};
    expect_regions(state, t2, want2, depths, 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_style),
        cmocka_unit_test(test_nested),
        cmocka_unit_test(test_over_sentences_and_interrupted),
        cmocka_unit_test(test_over_paragraphs),
        cmocka_unit_test(test_apostrophes_are_not_quotes),
        cmocka_unit_test(test_colon_and_parenthesis_openers),
        cmocka_unit_test(test_unbalanced),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
