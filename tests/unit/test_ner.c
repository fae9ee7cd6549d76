/* test_ner.c - the name tagger: loading its model, parity with the Python
 * tagger that trained it (tests/unit/ner_parity.tsv, written by
 * tools/ner/parity.py from sentences written for it), and a few sentences
 * whose names any usable model finds. */
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "doc.h"
#include "ner.h"

#ifndef NF_NER_PARITY
#define NF_NER_PARITY "tests/unit/ner_parity.tsv"
#endif

typedef struct fixture {
    nf_engine *engine;
    nf_ner_model *model;
} fixture;

/* Opens an engine and loads the built-in model (group setup). */
static int setup(void **state) {
    static fixture f;
    nf_engine_options o;
    nf_engine_options_init(&o);
    nf_error e;
    f.engine = nf_engine_open(&o, &e);
    if (!f.engine) return -1;
    if (nf_ner_load(&f.model, NULL, &e) != NF_OK) {
        fprintf(stderr, "model: %s\n", e.message);
        return -1;
    }
    *state = &f;
    return 0;
}

/* Frees the model and the engine (group teardown). */
static int teardown(void **state) {
    fixture *f = *state;
    nf_ner_free(f->model);
    nf_engine_close(f->engine);
    return 0;
}

/* Extracts `text` as German; the caller frees the document. */
static nf_doc *extract(fixture *f, const char *text) {
    nf_doc_meta m = {0};
    m.lang = "de";
    nf_error e;
    nf_doc *d = nf_extract(f->engine, text, strlen(text), &m, &e);
    assert_non_null(d);
    assert_null(nf_doc_error(d));
    return d;
}

/* Tags every sentence of `d` into out (cap spans); returns how many. */
static size_t tag_all(fixture *f, const nf_doc *d, nf_ner_span *out, size_t cap) {
    size_t n = 0;
    for (size_t s = 0; s < d->nsentences; s++) {
        size_t k =
            nf_ner_tag(f->model, d, d->sentences[s].ta, d->sentences[s].tb, out + n, cap - n);
        assert_true(k <= cap - n);
        n += k;
    }
    return n;
}

static const char *type_name(uint8_t t) {
    return t == NF_ENT_PERSON ? "PER" : t == NF_ENT_ORG ? "ORG" : t == NF_ENT_GPE ? "LOC" : "?";
}

static void test_model_header(void **state) {
    fixture *f = *state;
    assert_string_equal(nf_ner_info(f->model, "features"), "nfner-2");
    assert_non_null(nf_ner_info(f->model, "train"));
    assert_non_null(nf_ner_info(f->model, "licence"));
    assert_null(nf_ner_info(f->model, "no such key"));
}

static void test_bad_model(void **state) {
    (void)state;
    char dir[] = "/tmp/nf_ner_testXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/data", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/data/ner-de.model", dir);
    const char *bad[] = {"not a model", "NFNER1\n# features: nfner-0\ndata\n",
                         "NFNER1\n# features: nfner-1\ndata\n\x09\0\0\0"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        FILE *fp = fopen(path, "wb");
        assert_non_null(fp);
        fwrite(bad[i], 1, strlen(bad[i]) + (i == 2 ? 3 : 0), fp);
        fclose(fp);
        nf_ner_model *m = (nf_ner_model *)1;
        nf_error e;
        assert_int_equal(nf_ner_load(&m, dir, &e), NF_ERR_DATA);
        assert_null(m);
    }
    remove(path);
    snprintf(path, sizeof path, "%s/data", dir);
    rmdir(path);
    rmdir(dir);
}

/* Every text of the parity file: the C tagger finds exactly the spans the
 * Python tagger found, with the same scores. */
static void test_parity(void **state) {
    fixture *f = *state;
    FILE *fp = fopen(NF_NER_PARITY, "r");
    if (!fp) fail_msg("cannot open %s", NF_NER_PARITY);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    nf_doc *d = NULL;
    static nf_ner_span spans[1024];
    size_t n = 0, next = 0, texts = 0, checked = 0;
    char text[8192] = "";
    while ((len = getline(&line, &lcap, fp)) >= 0) {
        if (len && line[len - 1] == '\n') line[--len] = '\0';
        if (strncmp(line, "# model-id: ", 12) == 0) {
            const char *id = nf_ner_info(f->model, "id");
            if (!id || strcmp(id, line + 12) != 0)
                fail_msg("%s was made with model %s, the library has %s: rerun "
                         "tools/ner/parity.py",
                         NF_NER_PARITY, line + 12, id ? id : "(none)");
            continue;
        }
        if (line[0] == 'T' && line[1] == '\t') {
            if (d) {
                if (next != n) fail_msg("\"%s\": %zu spans, want %zu", text, n, next);
                nf_doc_free(d);
            }
            snprintf(text, sizeof text, "%s", line + 2);
            d = extract(f, text);
            n = tag_all(f, d, spans, 1024);
            next = 0;
            texts++;
            continue;
        }
        if (line[0] != 'S' || !d) continue;
        unsigned ta, tb;
        char type[8];
        double score;
        if (sscanf(line + 2, "%u\t%u\t%7s\t%lf", &ta, &tb, type, &score) != 4)
            fail_msg("bad line: %s", line);
        if (next >= n) fail_msg("\"%s\": no span %u-%u %s", text, ta, tb, type);
        nf_ner_span *s = &spans[next++];
        if (s->ta != ta || s->tb != tb || strcmp(type_name(s->type), type) != 0)
            fail_msg("\"%s\": span %u-%u %s, want %u-%u %s", text, s->ta, s->tb, type_name(s->type),
                     ta, tb, type);
        if (s->score < score - 1e-4 || s->score > score + 1e-4)
            fail_msg("\"%s\": span %u-%u score %f, want %f", text, ta, tb, s->score, score);
        checked++;
    }
    if (d) {
        if (next != n) fail_msg("\"%s\": %zu spans, want %zu", text, n, next);
        nf_doc_free(d);
    }
    free(line);
    fclose(fp);
    assert_true(texts >= 20);
    assert_true(checked >= 20);
}

/* Asserts that `text` has a name `name` of type `type`. */
static void expect_name(fixture *f, const char *text, const char *name, uint8_t type) {
    nf_doc *d = extract(f, text);
    nf_ner_span spans[64];
    size_t n = tag_all(f, d, spans, 64);
    for (size_t i = 0; i < n; i++) {
        const char *s = th_span(text, nf_doc_tokens_span(d, spans[i].ta, spans[i].tb));
        if (strcmp(s, name) == 0 && spans[i].type == type) {
            assert_true(spans[i].score > 0.0f && spans[i].score < 1.0f);
            nf_doc_free(d);
            return;
        }
    }
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "  found %s \"%s\"\n", type_name(spans[i].type),
                th_span(text, nf_doc_tokens_span(d, spans[i].ta, spans[i].tb)));
    nf_doc_free(d);
    fail_msg("no %s \"%s\" in \"%s\"", type_name(type), name, text);
}

static void test_common_names(void **state) {
    fixture *f = *state;
    expect_name(f, "Gestern reiste Angela Merkel nach Paris.", "Angela Merkel", NF_ENT_PERSON);
    expect_name(f, "Gestern reiste Angela Merkel nach Paris.", "Paris", NF_ENT_GPE);
    expect_name(f, "Die Europäische Union verhängte neue Sanktionen gegen Russland.", "Russland",
                NF_ENT_GPE);
    expect_name(f, "Die Regierung in Berlin will mit der Deutschen Bank sprechen.",
                "Deutschen Bank", NF_ENT_ORG);
}

/* The words-only model answers the lexicon questions as the whole one
 * does and tags nothing. */
static void test_words_only(void **state) {
    fixture *f = *state;
    nf_ner_model *w = NULL;
    nf_error e;
    assert_int_equal(nf_ner_load_words(&w, NULL, &e), NF_OK);
    const char *words[] = {"wahl", "regierung", "haus", "und", "merkel", "oberkirchbach", "jahr"};
    int nouns = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        assert_int_equal(nf_ner_common_noun(w, words[i], 2),
                         nf_ner_common_noun(f->model, words[i], 2));
        assert_int_equal(nf_ner_common_word(w, words[i]), nf_ner_common_word(f->model, words[i]));
        nouns += nf_ner_common_noun(w, words[i], 2);
    }
    assert_true(nouns >= 2); /* "wahl", "regierung", "haus" are nouns */
    assert_string_equal(nf_ner_info(w, "features"), nf_ner_info(f->model, "features"));
    nf_doc *d = extract(f, "Angela Merkel traf Olaf Scholz in Hamburg.");
    nf_ner_span spans[8];
    assert_true(nf_ner_tag(f->model, d, 0, d->ntokens, spans, 8) >= 2);
    assert_int_equal(nf_ner_tag(w, d, 0, d->ntokens, spans, 8), 0);
    nf_doc_free(d);
    nf_ner_free(w);
}

static void test_ranges(void **state) {
    fixture *f = *state;
    nf_doc *d = extract(f, "Angela Merkel traf Olaf Scholz in Hamburg.");
    nf_ner_span spans[8];
    assert_int_equal(nf_ner_tag(f->model, d, 0, 0, spans, 8), 0);
    assert_int_equal(nf_ner_tag(f->model, d, 0, d->ntokens + 1, spans, 8), 0);
    assert_int_equal(nf_ner_tag(NULL, d, 0, d->ntokens, spans, 8), 0);
    size_t all = nf_ner_tag(f->model, d, 0, d->ntokens, spans, 8);
    assert_true(all >= 2);
    /* With room for one span it still counts them all and writes one. */
    nf_ner_span one[2];
    one[1].ta = 999;
    assert_int_equal(nf_ner_tag(f->model, d, 0, d->ntokens, one, 1), all);
    assert_int_equal(one[0].ta, spans[0].ta);
    assert_int_equal(one[1].ta, 999);
    assert_int_equal(nf_ner_tag(f->model, d, 0, d->ntokens, NULL, 0), all);
    nf_doc_free(d);
}

/* A sentence longer than a window is tagged in pieces, without overrun. */
static void test_long_sentence(void **state) {
    fixture *f = *state;
    size_t cap = 40000;
    char *text = malloc(cap);
    assert_non_null(text);
    size_t n = 0;
    n += (size_t)snprintf(text + n, cap - n, "Er besuchte");
    for (int i = 0; i < 700; i++) n += (size_t)snprintf(text + n, cap - n, " Berlin, Hamburg und");
    snprintf(text + n, cap - n, " München.");
    nf_doc *d = extract(f, text);
    assert_int_equal(d->nsentences, 1);
    assert_true(d->ntokens > 3 * NF_NER_WINDOW);
    static nf_ner_span spans[4096];
    size_t k = nf_ner_tag(f->model, d, 0, d->ntokens, spans, 4096);
    assert_true(k > 1000);
    for (size_t i = 0; i < k && i < 4096; i++) {
        assert_true(spans[i].ta < spans[i].tb);
        assert_true(spans[i].tb <= d->ntokens);
        if (i) assert_true(spans[i - 1].tb <= spans[i].ta);
    }
    nf_doc_free(d);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_model_header), cmocka_unit_test(test_bad_model),
        cmocka_unit_test(test_parity),       cmocka_unit_test(test_common_names),
        cmocka_unit_test(test_ranges),       cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_words_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
