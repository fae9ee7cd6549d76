/* bench_ner.c - how fast the name tagger runs: tags every sentence of a JSONL
 * corpus (one object per line with "text") and prints MB/s of input text.
 * A timing harness, not a test: it never fails on a slow result.
 *
 *     nf_ner_bench [--runs N] [--data-dir DIR] FILE.jsonl
 *
 * The documents are extracted first (that time is reported apart); then the
 * tagger runs over all their sentences N times (default 5) and the fastest
 * run counts. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc.h"
#include "ner.h"

/* Seconds on a monotonic clock. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int runs = 5;
    const char *data_dir = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc)
            data_dir = argv[++i];
        else
            path = argv[i];
    }
    if (!path || runs < 1) {
        fprintf(stderr, "usage: nf_ner_bench [--runs N] [--data-dir DIR] FILE.jsonl\n");
        return 2;
    }
    FILE *in = fopen(path, "rb");
    if (!in) {
        perror(path);
        return 1;
    }
    nf_engine_options opts;
    nf_engine_options_init(&opts);
    opts.data_dir = data_dir;
    nf_error err;
    nf_engine *engine = nf_engine_open(&opts, &err);
    if (!engine) {
        fprintf(stderr, "engine: %s\n", err.message);
        return 1;
    }
    double t0 = now();
    nf_ner_model *model = NULL;
    if (nf_ner_load(&model, data_dir, &err) != NF_OK) {
        fprintf(stderr, "model: %s\n", err.message);
        return 1;
    }
    double load_s = now() - t0;

    nf_doc **docs = NULL;
    size_t ndocs = 0, cap = 0, bytes = 0, tokens = 0, sentences = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    double extract_s = 0;
    while ((len = getline(&line, &lcap, in)) >= 0) {
        json_t *obj = json_loadb(line, (size_t)len, 0, NULL);
        json_t *text = obj ? json_object_get(obj, "text") : NULL;
        if (json_is_string(text)) {
            nf_doc_meta meta = {0};
            meta.lang = "de";
            double a = now();
            nf_doc *d =
                nf_extract(engine, json_string_value(text), json_string_length(text), &meta, &err);
            extract_s += now() - a;
            if (d && !nf_doc_error(d)) {
                if (ndocs == cap) {
                    cap = cap ? cap * 2 : 256;
                    nf_doc **p = realloc(docs, cap * sizeof *docs);
                    if (!p) return 1;
                    docs = p;
                }
                docs[ndocs++] = d;
                bytes += json_string_length(text);
                tokens += d->ntokens;
                sentences += d->nsentences;
            } else {
                nf_doc_free(d);
            }
        }
        json_decref(obj);
    }
    free(line);
    fclose(in);

    nf_ner_span spans[512];
    double best = 1e30;
    size_t found = 0;
    for (int r = 0; r < runs; r++) {
        double a = now();
        found = 0;
        for (size_t i = 0; i < ndocs; i++) {
            const nf_doc *d = docs[i];
            for (size_t s = 0; s < d->nsentences; s++)
                found += nf_ner_tag(model, d, d->sentences[s].ta, d->sentences[s].tb, spans, 512);
        }
        double t = now() - a;
        if (t < best) best = t;
    }
    printf("corpus      %s: %zu documents, %.2f MB, %zu sentences, %zu tokens\n", path, ndocs,
           (double)bytes / 1e6, sentences, tokens);
    printf("model load  %.1f ms\n", load_s * 1e3);
    printf("extract     %.3f s  (%.1f MB/s, the engine without the tagger)\n", extract_s,
           (double)bytes / 1e6 / extract_s);
    printf("tagging     %.3f s  (%.1f MB/s, %.2f M tokens/s; best of %d runs), %zu names\n", best,
           (double)bytes / 1e6 / best, (double)tokens / 1e6 / best, runs, found);
    for (size_t i = 0; i < ndocs; i++) nf_doc_free(docs[i]);
    free(docs);
    nf_ner_free(model);
    nf_engine_close(engine);
    return 0;
}
