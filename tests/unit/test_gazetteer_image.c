/* test_gazetteer_image.c - the gazetteer image compiled into the library
 * (src/gazetteer_image.c) holds what parsing the files gives, and an image
 * that is not one of this build's is refused. */
#include <stddef.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gazetteer.h"
#include "helpers.h"

/* Asserts that two strings are both NULL or equal. */
static void assert_same_string(const char *a, const char *b) {
    if (!a || !b) {
        assert_true(a == b);
        return;
    }
    assert_string_equal(a, b);
}

/* Asserts that lexicon `b` holds every key of `a` with the same value and
 * number, and as many keys. */
static void assert_same_lexicon(const nf_lexicon *a, const nf_lexicon *b) {
    assert_int_equal(a->count, b->count);
    assert_int_equal(a->max_key_len, b->max_key_len);
    assert_int_equal(a->tok_bit, b->tok_bit);
    for (size_t i = 0; i < a->count; i++) {
        const nf_lex_entry *x = &a->entries[i];
        const nf_lex_entry *y = nf_lexicon_find(b, nf_lex_key(a, x), x->key_len);
        assert_non_null(y);
        assert_string_equal(nf_lex_val(a, x), nf_lex_val(b, y));
        assert_true(x->num == y->num);
    }
}

/* Asserts that two gazetteers hold the same entries, codes and lexicons. */
static void assert_same_gazetteer(const nf_gazetteer *a, const nf_gazetteer *b) {
    assert_int_equal(a->count, b->count);
    for (size_t i = 0; i < a->count; i++) {
        const nf_gz_entry *x = &a->entries[i], *y = &b->entries[i];
        assert_int_equal(x->source, y->source);
        assert_int_equal(x->type, y->type);
        assert_int_equal(x->capital, y->capital);
        assert_string_equal(x->country, y->country);
        assert_same_string(x->canonical, y->canonical);
        assert_same_string(x->actor, y->actor);
        assert_same_string(x->role, y->role);
        assert_same_string(x->surname, y->surname);
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_int_equal(x->population, y->population);
    }
    assert_int_equal(a->ncodes, b->ncodes);
    assert_memory_equal(a->codes, b->codes, a->ncodes * sizeof *a->codes);
    assert_int_equal(a->place_ending_max, b->place_ending_max);
    assert_int_equal(a->class_noun_max, b->class_noun_max);
    assert_memory_equal(a->place_tail2, b->place_tail2, sizeof a->place_tail2);
    assert_memory_equal(a->class_tail2, b->class_tail2, sizeof a->class_tail2);
    for (size_t i = 0; i < NF_GZ_LEXICONS; i++)
        assert_same_lexicon(nf_gz_lexicon_c(a, i), nf_gz_lexicon_c(b, i));
}

/* The list of lexicons names each of them once (the assertion in
 * gazetteer.c counts them). */
static void test_lexicon_list(void **state) {
    (void)state;
    bool seen[NF_GZ_LEXICONS] = {false};
    for (size_t i = 0; i < NF_GZ_LEXICONS; i++) {
        size_t off = nf_gz_lexicon_offsets[i] - offsetof(nf_gazetteer, names);
        assert_true(nf_gz_lexicon_offsets[i] >= offsetof(nf_gazetteer, names));
        assert_int_equal(off % sizeof(nf_lexicon), 0);
        assert_true(off / sizeof(nf_lexicon) < NF_GZ_LEXICONS);
        assert_false(seen[off / sizeof(nf_lexicon)]);
        seen[off / sizeof(nf_lexicon)] = true;
    }
}

/* The built-in image against parsing the built-in files. */
static void test_image_matches_files(void **state) {
    (void)state;
    assert_true(nf_gazetteer_image_len > 0);
    nf_gazetteer parsed, loaded;
    nf_error err;
    assert_int_equal(nf_gazetteer_parse(&parsed, NULL, &err), NF_OK);
    assert_int_equal(nf_gazetteer_load(&loaded, NULL, &err), NF_OK);
    assert_true(loaded.borrowed); /* it came from the image */
    assert_true(parsed.count > 1000);
    assert_same_gazetteer(&parsed, &loaded);
    nf_gazetteer_free(&loaded);
    nf_gazetteer_free(&parsed);
}

/* Every person with a role lies in the range finding an office's holder
 * reads, and the range holds the leaders. */
static void test_office_range(void **state) {
    (void)state;
    nf_gazetteer gz;
    nf_error err;
    assert_int_equal(nf_gazetteer_load(&gz, NULL, &err), NF_OK);
    assert_true(gz.office_end > gz.office_first + 1000);
    for (size_t i = 0; i < gz.count; i++)
        if (gz.entries[i].source == NF_GZ_PERSON && gz.entries[i].role)
            assert_true(i >= gz.office_first && i < gz.office_end);
    nf_gazetteer_free(&gz);
}

/* Parses the built-in files into *parsed and returns their image (`*len`
 * bytes; the caller frees both). */
static char *parsed_image(nf_gazetteer *parsed, size_t *len) {
    nf_error err;
    assert_int_equal(nf_gazetteer_parse(parsed, NULL, &err), NF_OK);
    char *img = nf_gazetteer_image_write(parsed, len, &err);
    assert_non_null(img);
    return img;
}

/* Writing and reading an image gives the gazetteer back. */
static void test_round_trip(void **state) {
    (void)state;
    nf_gazetteer parsed, read;
    nf_error err;
    size_t len = 0;
    char *img = parsed_image(&parsed, &len);
    assert_int_equal(nf_gazetteer_image_read(&read, img, len, &err), NF_OK);
    assert_same_gazetteer(&parsed, &read);
    nf_gazetteer_free(&read);
    nf_gazetteer_free(&parsed);
    free(img);
}

/* A damaged or foreign image is refused, and leaves nothing to free. */
static void test_bad_images(void **state) {
    (void)state;
    nf_gazetteer parsed, read;
    nf_error err;
    size_t len = 0;
    char *img = parsed_image(&parsed, &len);
    nf_gazetteer_free(&parsed);
    /* cut short: its tables lie past the end */
    assert_int_equal(nf_gazetteer_image_read(&read, img, len / 2, &err), NF_ERR_DATA);
    assert_int_equal(nf_gazetteer_image_read(&read, img, 16, &err), NF_ERR_DATA);
    assert_int_equal(nf_gazetteer_image_read(&read, NULL, 0, &err), NF_ERR_DATA);
    /* another magic: not an image of this build */
    img[7] = 'X';
    assert_int_equal(nf_gazetteer_image_read(&read, img, len, &err), NF_ERR_DATA);
    assert_non_null(strstr(err.message, "another build"));
    free(img);
}

/* Extracts `text` with engine `e` and returns its record (caller frees). */
static char *record(nf_engine *e, const char *text) {
    nf_error err;
    nf_doc *d = nf_extract(e, text, strlen(text), NULL, &err);
    assert_non_null(d);
    size_t len;
    char *json = nf_doc_to_json(d, 0, &len, &err);
    assert_non_null(json);
    nf_doc_free(d);
    return json;
}

/* An engine on the image and one that parses the files (an empty data
 * directory: every file comes from the built-in copies) write the same
 * records: a lexicon left out of nf_gz_lexicon_offsets would show here. */
static void test_engines_agree(void **state) {
    (void)state;
    char dir[] = "/tmp/nf-gzimage-XXXXXX";
    assert_non_null(mkdtemp(dir));
    nf_engine_options o;
    nf_engine_options_init(&o);
    nf_error err;
    nf_engine *image = nf_engine_open(&o, &err);
    o.data_dir = dir;
    nf_engine *files = nf_engine_open(&o, &err);
    assert_non_null(image);
    assert_non_null(files);
    static const char *const texts[] = {
        "MOSKAU, 27. November 2025 (TASS). Der russische Präsident Wladimir Putin hat den "
        "kasachischen Staatschef Kassym-Schomart Tokajew im Kreml empfangen. „Wir sind "
        "Verbündete“, sagte er. Kremlsprecher Dmitri Peskow nannte das Treffen wichtig.",
        "Bundeskanzlerin Angela Merkel traf in Berlin den französischen Präsidenten Emmanuel "
        "Macron. Die Europäische Union und die NATO berieten in Brüssel, sagte ein Sprecher "
        "des Auswärtigen Amts der dpa.",
        "Der FC Bayern München gewann gegen Borussia Dortmund. Laut Reuters stieg der Umsatz "
        "der Siemens AG um 3 Prozent auf 27,8 Milliarden Euro.",
        "Xi Jinping und Joe Biden sprachen am Montag in Washington über Taiwan; die Regierung "
        "in Peking wies Vorwürfe der Vereinten Nationen zurück."};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char *a = record(image, texts[i]), *b = record(files, texts[i]);
        assert_string_equal(a, b);
        assert_non_null(strstr(a, "\"canonical\""));
        nf_free(a);
        nf_free(b);
    }
    nf_engine_close(image);
    nf_engine_close(files);
    rmdir(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_list),  cmocka_unit_test(test_image_matches_files),
        cmocka_unit_test(test_round_trip),    cmocka_unit_test(test_bad_images),
        cmocka_unit_test(test_engines_agree), cmocka_unit_test(test_office_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
