/* test_api.c - the public interface: engines, documents, records, errors. */
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

/* Extracts with metadata and returns the record (caller frees). */
static char *record_of(const nf_engine *e, const char *text, size_t len, const nf_doc_meta *m) {
    nf_error err;
    nf_doc *d = nf_extract(e, text, len, m, &err);
    assert_non_null(d);
    char *json = nf_doc_to_json(d, 0, NULL, &err);
    assert_non_null(json);
    nf_doc_free(d);
    return json;
}

static void test_record_shape(void **state) {
    nf_doc_meta m = {0};
    m.id = "doc-1";
    m.date = "2025-11-12T08:00:00Z";
    const char *text = "Putin sagte, die Lage sei ernst.";
    char *json = record_of(*state, text, strlen(text), &m);
    const char *keys[] = {"\"id\":\"doc-1\"",
                          "\"lang\":\"de\"",
                          "\"doc_date\":{\"value\":\"2025-11-12\",\"source\":\"input\"}",
                          "\"entities\":[",
                          "\"quotes\":[",
                          "\"amounts\":[",
                          "\"times\":[",
                          "\"events\":[",
                          "\"sources\":[",
                          "\"error\":null"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strstr(json, keys[i])) fail_msg("%s not in %s", keys[i], json);
    assert_null(strchr(json, '\n'));
    nf_free(json);
}

static void test_id_json_and_empty_text(void **state) {
    nf_doc_meta m = {0};
    m.id_json = "42";
    char *json = record_of(*state, "", 0, &m);
    assert_non_null(strstr(json, "\"id\":42"));
    assert_non_null(strstr(json, "\"error\":null"));
    nf_free(json);
    json = record_of(*state, NULL, 0, NULL);
    assert_non_null(strstr(json, "\"id\":null"));
    nf_free(json);
}

static void test_invalid_date_warns(void **state) {
    nf_doc_meta m = {0};
    m.date = "2025-02-30";
    char *json = record_of(*state, "Text.", 5, &m);
    assert_non_null(strstr(json, "\"source\":\"none\""));
    assert_non_null(strstr(json, "\"invalid_date\""));
    nf_free(json);
}

static void test_invalid_utf8_document(void **state) {
    nf_error err;
    const char text[] = "Gut\xc3\x28 und mehr";
    nf_doc *d = nf_extract(*state, text, sizeof text - 1, NULL, &err);
    assert_non_null(d);
    const nf_error *e = nf_doc_error(d);
    assert_non_null(e);
    assert_int_equal(e->code, NF_ERR_UTF8);
    assert_int_equal(e->offset, 3);
    assert_int_equal(nf_doc_sentence_count(d), 0);
    char *json = nf_doc_to_json(d, 0, NULL, &err);
    assert_non_null(strstr(json, "\"code\":\"invalid_utf8\""));
    assert_non_null(strstr(json, "\"offset\":3"));
    assert_non_null(strstr(json, "\"quotes\":[]"));
    nf_free(json);
    nf_doc_free(d);
}

static void test_too_large(void **state) {
    (void)state;
    nf_engine_options o;
    nf_engine_options_init(&o);
    o.max_doc_bytes = 10;
    nf_error err;
    nf_engine *e = nf_engine_open(&o, &err);
    assert_non_null(e);
    nf_doc *d = nf_extract(e, "Dieser Text ist zu lang.", 24, NULL, &err);
    assert_non_null(d);
    assert_int_equal(nf_doc_error(d)->code, NF_ERR_TOO_LARGE);
    nf_doc_free(d);
    nf_engine_close(e);
}

static void test_bad_arguments(void **state) {
    nf_error err;
    assert_null(nf_extract(NULL, "x", 1, NULL, &err));
    assert_int_equal(err.code, NF_ERR_ARGUMENT);
    assert_null(nf_extract(*state, NULL, 5, NULL, &err));
    assert_int_equal(err.code, NF_ERR_ARGUMENT);
    assert_null(nf_doc_to_json(NULL, 0, NULL, &err));
    nf_span s;
    assert_int_equal(nf_doc_sentence(NULL, 0, &s), NF_ERR_ARGUMENT);
    nf_doc_free(NULL);
    nf_engine_close(NULL);
    nf_free(NULL);
    assert_string_equal(nf_status_name(NF_ERR_TOO_LARGE), "too_large");
}

static void test_error_record(void **state) {
    (void)state;
    nf_error e = {NF_ERR_JSON, 7, "not JSON"};
    nf_error err;
    char *json = nf_error_record_json("\"x\\\"y\"", &e, 0, NULL, &err);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"id\":\"x\\\"y\""));
    assert_non_null(strstr(json, "\"error\":{\"code\":\"invalid_json\",\"message\":\"not "
                                 "JSON\",\"offset\":7}"));
    assert_non_null(strstr(json, "\"entities\":[]"));
    nf_free(json);
}

static void test_language_detection(void **state) {
    const char *en = "The president said that the talks with the government were over and that "
                     "he was in favour of a new deal.";
    char *json = record_of(*state, en, strlen(en), NULL);
    assert_non_null(strstr(json, "\"lang\":\"en\""));
    assert_non_null(strstr(json, "\"no_language_pack\""));
    nf_free(json);
    const char *ru = "Президент сказал, что переговоры с правительством завершены.";
    json = record_of(*state, ru, strlen(ru), NULL);
    assert_non_null(strstr(json, "\"lang\":\"ru\""));
    nf_free(json);
    const char *de = "Der Präsident sagte, dass die Gespräche mit der Regierung beendet sind.";
    json = record_of(*state, de, strlen(de), NULL);
    assert_non_null(strstr(json, "\"lang\":\"de\""));
    assert_null(strstr(json, "warnings"));
    nf_free(json);
    nf_doc_meta m = {0};
    m.lang = "de-AT";
    json = record_of(*state, en, strlen(en), &m);
    assert_non_null(strstr(json, "\"lang\":\"de\""));
    nf_free(json);
}

/* Writes a file under a directory, creating the directories. */
static void write_file(const char *dir, const char *rel, const char *content) {
    char path[512];
    snprintf(path, sizeof path, "%s/lang", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/lang/de", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static void test_data_dir_overrides(void **state) {
    (void)state;
    char dir[] = "/tmp/nf-data-XXXXXX";
    assert_non_null(mkdtemp(dir));
    /* An abbreviation list with a new entry: "Bsp." no longer ends a sentence. */
    write_file(dir, "lang/de/abbreviations.txt", "Bsp.\n");
    nf_engine_options o;
    nf_engine_options_init(&o);
    o.data_dir = dir;
    nf_error err;
    nf_engine *e = nf_engine_open(&o, &err);
    assert_non_null(e);
    const char *t = "Ein Bsp. Müller kam.";
    nf_doc *d = nf_extract(e, t, strlen(t), NULL, &err);
    assert_int_equal(nf_doc_sentence_count(d), 1);
    nf_doc_free(d);
    nf_engine_close(e);
    /* A malformed list is refused with its path. */
    write_file(dir, "lang/de/months.txt", "Mai\t5\n");
    char path[512];
    snprintf(path, sizeof path, "%s/lang/de/months.txt", dir);
    FILE *f = fopen(path, "ab");
    fputc('\0', f);
    fputs("x\n", f);
    fclose(f);
    assert_null(nf_engine_open(&o, &err));
    assert_int_equal(err.code, NF_ERR_DATA);
    assert_non_null(strstr(err.message, "months.txt"));
    unlink(path);
    snprintf(path, sizeof path, "%s/lang/de/abbreviations.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lang/de", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/lang", dir);
    rmdir(path);
    rmdir(dir);
    o.default_lang = "xx";
    o.data_dir = NULL;
    assert_null(nf_engine_open(&o, &err));
    assert_int_equal(err.code, NF_ERR_LANGUAGE);
}

/* Shared by the threads of test_threads. */
typedef struct thread_arg {
    const nf_engine *engine;
    const char *text;
    char *json;
} thread_arg;

/* Extracts the same text many times; keeps the last record. */
static void *extract_loop(void *p) {
    thread_arg *a = p;
    for (int i = 0; i < 50; i++) {
        nf_doc_meta m = {0};
        m.date = "2025-11-12";
        nf_error err;
        nf_doc *d = nf_extract(a->engine, a->text, strlen(a->text), &m, &err);
        free(a->json);
        a->json = nf_doc_to_json(d, NF_JSON_SEGMENTS, NULL, &err);
        nf_doc_free(d);
    }
    return NULL;
}

static void test_threads_share_engine(void **state) {
    const char *text = "„Wir sind bereit“, sagte Dr. Weber am 11. November. Es kostet 27,8 Mio. "
                       "Euro.\n\n„Das ist gut.“ Er ging.";
    thread_arg args[4];
    pthread_t tid[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (thread_arg){*state, text, NULL};
        assert_int_equal(pthread_create(&tid[i], NULL, extract_loop, &args[i]), 0);
    }
    for (int i = 0; i < 4; i++) pthread_join(tid[i], NULL);
    for (int i = 1; i < 4; i++) assert_string_equal(args[0].json, args[i].json);
    for (int i = 0; i < 4; i++) free(args[i].json);
}

/* The text of `json` from `key` to the end of its array (no nested arrays
 * in between); a static buffer. */
static const char *array_of(const char *json, const char *key) {
    static char buf[4096];
    const char *a = strstr(json, key), *b = a ? strchr(a, ']') : NULL;
    if (!a || !b) return "";
    snprintf(buf, sizeof buf, "%.*s", (int)(b - a + 1), a);
    return buf;
}

static void test_layers_parse(void **state) {
    (void)state;
    unsigned l = 0;
    nf_error err;
    assert_int_equal(nf_layers_parse("times, amounts", &l, &err), NF_OK);
    assert_int_equal(l, NF_LAYER_TIMES | NF_LAYER_AMOUNTS);
    assert_int_equal(nf_layers_parse("all", &l, &err), NF_OK);
    assert_int_equal(l, NF_LAYER_ALL);
    assert_int_equal(nf_layers_parse("times,tims", &l, &err), NF_ERR_ARGUMENT);
    assert_int_equal(err.offset, 6);
    assert_non_null(strstr(err.message, "'tims'"));
    assert_int_equal(nf_layers_parse("", &l, &err), NF_ERR_ARGUMENT);
    assert_string_equal(nf_layer_name(NF_LAYER_SOURCES), "sources");
    assert_null(nf_layer_name(NF_LAYER_TIMES | NF_LAYER_AMOUNTS));
    /* Events bring what they are read from; amounts stand with times. */
    assert_int_equal(nf_layers_needed(NF_LAYER_EVENTS), NF_LAYER_EVENTS | NF_LAYER_QUOTES |
                                                            NF_LAYER_ENTITIES | NF_LAYER_TIMES |
                                                            NF_LAYER_AMOUNTS);
    assert_int_equal(nf_layers_needed(NF_LAYER_AMOUNTS), NF_LAYER_AMOUNTS | NF_LAYER_TIMES);
}

static void test_layers_engine(void **state) {
    const char *text = "Der Handel zwischen Deutschland und Frankreich wuchs im Jahr 2024 um "
                       "27,8 Milliarden Euro, sagte Kanzler Olaf Scholz am Montag in Berlin.";
    nf_doc_meta m = {0};
    m.date = "2025-03-05";
    nf_engine_options o;
    nf_engine_options_init(&o);
    o.layers = NF_LAYER_AMOUNTS;
    nf_error err;
    nf_engine *narrow = nf_engine_open(&o, &err);
    assert_non_null(narrow);
    char *part = record_of(narrow, text, strlen(text), &m);
    char *full = record_of(*state, text, strlen(text), &m);
    /* The narrow record says what it holds; the full one needs not. */
    assert_non_null(strstr(part, "\"layers\":[\"amounts\",\"times\"]"));
    assert_null(strstr(full, "\"layers\""));
    assert_non_null(strstr(part, "\"entities\":[]"));
    assert_non_null(strstr(part, "\"quotes\":[]"));
    assert_null(strstr(full, "\"entities\":[]"));
    /* Times are the same; amounts have their value and period, not the
     * claimant (a quote) or subjects (entities). */
    char times[4096];
    snprintf(times, sizeof times, "%s", array_of(full, "\"times\":["));
    assert_true(strlen(times) > 20);
    assert_string_equal(array_of(part, "\"times\":["), times);
    assert_non_null(strstr(part, "\"value\":27800000000"));
    assert_non_null(strstr(part, "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}"));
    assert_non_null(strstr(part, "\"claimant\":null"));
    nf_free(part);
    nf_free(full);
    nf_engine_close(narrow);
    o.layers = 1u << 20;
    assert_null(nf_engine_open(&o, &err));
    assert_int_equal(err.code, NF_ERR_ARGUMENT);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_shape),       cmocka_unit_test(test_id_json_and_empty_text),
        cmocka_unit_test(test_invalid_date_warns), cmocka_unit_test(test_invalid_utf8_document),
        cmocka_unit_test(test_too_large),          cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_error_record),       cmocka_unit_test(test_language_detection),
        cmocka_unit_test(test_data_dir_overrides), cmocka_unit_test(test_threads_share_engine),
        cmocka_unit_test(test_layers_parse),       cmocka_unit_test(test_layers_engine),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
