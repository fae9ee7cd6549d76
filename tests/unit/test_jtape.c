/* test_jtape.c - a record handed over as events (nf_doc_emit into
 * src/store/jtape.c) holds the values its JSON text parses to. */

#include "helpers.h"
#include "jtape.h"

/* Extracts `text` with `meta` and checks the tape against the parsed JSON. */
static void check(void **state, const char *text, const nf_doc_meta *meta, unsigned flags) {
    nf_error err;
    nf_doc *doc = nf_extract(*state, text, strlen(text), meta, &err);
    assert_non_null(doc);
    size_t len;
    char *json = nf_doc_to_json(doc, flags, &len, &err);
    assert_non_null(json);
    nf_jdoc parsed = {0}, taped = {0};
    assert_true(nf_jparse(&parsed, json, len, NULL));
    nf_jtape t = {0};
    /* Twice into the same buffers: a tape reuses them. */
    for (int round = 0; round < 2; round++) {
        nf_jtape_start(&t, &taped);
        assert_int_equal(nf_doc_emit(doc, flags, &nf_jtape_sink, &t, &err), NF_OK);
        assert_true(nf_jtape_finish(&t));
        assert_int_equal(taped.n, parsed.n);
        if (!nf_jequal(nf_jroot(&parsed), nf_jroot(&taped))) fail_msg("tape differs from %s", json);
    }
    nf_jtape_free(&t);
    nf_jdoc_free(&parsed);
    nf_jdoc_free(&taped);
    nf_free(json);
    nf_doc_free(doc);
}

static void test_records_equal(void **state) {
    nf_doc_meta m = {0};
    m.id_json = "\"a-1\"";
    m.date = "2025-11-12";
    check(state,
          "Moskau – Der russische Präsident Wladimir Putin hat am Dienstag Kasachstan "
          "besucht. „Wir sind Partner“, sagte er. Der Handel wuchs im Jahr 2024 auf 27,8 "
          "Milliarden US-Dollar, etwa 3,5 Prozent mehr; der Preis lag bei 0,37 Euro.",
          &m, 0);
    m.id_json = "17";
    check(state, "Er sagte: „Das ist \"gut\"\\.“\tEnde.\n\nZweiter Absatz am 3. März.", &m,
          NF_JSON_SEGMENTS);
    m.id_json = NULL;
    m.id = "frei";
    check(state, "", &m, 0);
    check(state, "\xff kein UTF-8", &m, 0); /* a failed document: its error record */
    /* Whole numbers past 2^53 that the JSON text writes without an exponent
     * ("66666666666666664") read back as integers: the tape gets them so. */
    check(state, "Der Betrag lag bei 66666666666666662 und bei 9007199254740993 Euro.", &m, 0);
}

static void test_unbalanced_fails(void **state) {
    (void)state;
    nf_jdoc d = {0};
    nf_jtape t = {0};
    nf_jtape_start(&t, &d);
    nf_jtape_sink.begin_object(&t);
    nf_jtape_sink.key(&t, "a", 1);
    nf_jtape_sink.integer(&t, 1);
    assert_false(nf_jtape_finish(&t)); /* the object is still open */
    nf_jtape_start(&t, &d);
    nf_jtape_sink.string(&t, "x", 1);
    nf_jtape_sink.key(&t, "k", 1); /* a key outside an object */
    assert_false(nf_jtape_finish(&t));
    nf_jtape_start(&t, &d);
    nf_jtape_sink.raw(&t, "{\"not\": \"a scalar\"}", 19);
    assert_false(nf_jtape_finish(&t));
    nf_jtape_free(&t);
    nf_jdoc_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records_equal),
        cmocka_unit_test(test_unbalanced_fails),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
