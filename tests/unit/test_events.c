/* test_events.c - event coding on sentences written for these tests. */
#include "helpers.h"
#include "doc.h"

/* The country of an event's actor ("" for none). */
static const char *country_of(const nf_doc *d, int32_t e) {
    if (e < 0) return "";
    const nf_entity *x = &d->entities[e];
    if (x->country[0]) return x->country;
    return x->actor ? x->actor : "";
}

/* Asserts that `text` yields an event with this root code between these
 * countries and this modality ("" target: none). */
static void expect_event(void **state, const char *text, const char *root, const char *src,
                         const char *tgt, const char *modality) {
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    for (size_t i = 0; i < d->nevents; i++) {
        const nf_event *v = &d->events[i];
        if (strncmp(v->code, root, 2) != 0) continue;
        if (strncmp(country_of(d, v->source), src, 3) != 0) continue;
        if (tgt[0] ? strncmp(country_of(d, v->target), tgt, 3) != 0 : v->target >= 0) continue;
        if (modality && strcmp(v->modality, modality) != 0)
            fail_msg("%s: modality %s, want %s", text, v->modality, modality);
        nf_doc_free(d);
        return;
    }
    for (size_t i = 0; i < d->nevents; i++)
        fprintf(stderr, "  found %s %s -> %s\n", d->events[i].code,
                country_of(d, d->events[i].source), country_of(d, d->events[i].target));
    nf_doc_free(d);
    fail_msg("no event %s %s -> %s in \"%s\"", root, src, tgt, text);
}

static void test_visit_and_host(void **state) {
    const char *t =
        "Der kasachische Präsident Toqajew traf am 11. November zu einem Staatsbesuch in "
        "Moskau ein.";
    expect_event(state, t, "04", "KAZ", "RUS", "asserted");
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, t, strlen(t), &m, &e);
    bool visit = false, host = false;
    for (size_t i = 0; i < d->nevents; i++) {
        visit |= strcmp(d->events[i].code, "042") == 0;
        host |= strcmp(d->events[i].code, "043") == 0;
    }
    assert_true(visit && host);
    nf_doc_free(d);
}

static void test_talks_between_two(void **state) {
    expect_event(state, "Putin führte Gespräche mit dem kasachischen Präsidenten Toqajew.", "04",
                 "RUS", "KAZ", NULL);
}

static void test_planned_signing(void **state) {
    expect_event(state, "Russland und Kasachstan sollen im Dezember ein Abkommen unterzeichnen.",
                 "05", "RUS", "KAZ", "planned");
}

static void test_criticism_and_demand(void **state) {
    expect_event(state, "Die Bundesregierung kritisierte Russland scharf.", "11", "DEU", "RUS",
                 NULL);
    expect_event(state, "Frankreich forderte von Iran die Freilassung der Lehrerin.", "10", "FRA",
                 "IRN", NULL);
}

static void test_sanctions_and_force(void **state) {
    expect_event(state, "Die Europäische Union verhängte neue Sanktionen gegen Russland.", "16",
                 "IGO", "RUS", NULL);
    expect_event(state, "Israel griff den Libanon an.", "19", "ISR", "LBN", NULL);
}

static void test_passive_arrest(void **state) {
    expect_event(state,
                 "Der französische Journalist wurde von der iranischen Polizei festgenommen.", "17",
                 "IRN", "FRA", NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_visit_and_host),      cmocka_unit_test(test_talks_between_two),
        cmocka_unit_test(test_planned_signing),     cmocka_unit_test(test_criticism_and_demand),
        cmocka_unit_test(test_sanctions_and_force), cmocka_unit_test(test_passive_arrest),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
