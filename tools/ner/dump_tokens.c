/* dump_tokens.c - tokenises texts exactly as the engine does at run time and
 * prints the tokens, so that the name tagger's trainer (tools/ner/train.py)
 * learns on the tokens it will see.
 *
 *     nf_ner_dump_tokens [FILE.jsonl]      (standard input when no file)
 *
 * Input: JSONL, one object per line with "text" and optionally "id".  Output,
 * per input line:
 *
 *     #doc ID
 *     START END KIND FLAGS CLASSES TEXT LOWER     (tab-separated, one token a line)
 *     (an empty line after each sentence)
 *
 * START/END are code point offsets into the input text (end exclusive), KIND
 * an nf_token_kind, FLAGS the NF_TF_* bits, CLASSES one character per
 * normalised code point ('a' + its NF_C_* class), TEXT and LOWER the token
 * as nf_tok() and nf_tokl() give it.  A line that cannot be processed prints
 * "#doc ID" and "#error MESSAGE". */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "tokens.h"

/* Prints the tokens of one document, sentence by sentence. */
static void dump_doc(const nf_doc *doc, FILE *out) {
    char cls[1024];
    for (size_t s = 0; s < doc->nsentences; s++) {
        for (size_t k = doc->sentences[s].ta; k < doc->sentences[s].tb; k++) {
            const nf_token *t = &doc->tokens[k];
            size_t n = 0;
            for (uint32_t i = t->a; i < t->b && n + 1 < sizeof cls; i++)
                cls[n++] = (char)('a' + doc->text.cls[i]);
            cls[n] = '\0';
            nf_span sp = nf_doc_tokens_span(doc, k, k + 1);
            fprintf(out, "%zu\t%zu\t%u\t%u\t%s\t%s\t%s\n", sp.start, sp.end, t->kind, t->flags, cls,
                    nf_tok(doc, k), nf_tokl(doc, k));
        }
        fputc('\n', out);
    }
}

int main(int argc, char **argv) {
    FILE *in = stdin;
    if (argc > 2 || (argc == 2 && strcmp(argv[1], "-h") == 0)) {
        fprintf(stderr, "usage: nf_ner_dump_tokens [FILE.jsonl]\n");
        return 2;
    }
    if (argc == 2 && strcmp(argv[1], "-") != 0) {
        in = fopen(argv[1], "rb");
        if (!in) {
            perror(argv[1]);
            return 1;
        }
    }
    nf_engine_options opts;
    nf_engine_options_init(&opts);
    nf_error err;
    nf_engine *engine = nf_engine_open(&opts, &err);
    if (!engine) {
        fprintf(stderr, "nf_ner_dump_tokens: %s\n", err.message);
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        if (len == 0 || line[0] == '\n') continue;
        json_error_t jerr;
        json_t *obj = json_loadb(line, (size_t)len, 0, &jerr);
        json_t *id = obj ? json_object_get(obj, "id") : NULL;
        json_t *text = obj ? json_object_get(obj, "text") : NULL;
        if (json_is_string(id))
            printf("#doc %s\n", json_string_value(id));
        else if (json_is_integer(id))
            printf("#doc %lld\n", (long long)json_integer_value(id));
        else
            printf("#doc %ld\n", lineno);
        if (!json_is_string(text)) {
            printf("#error no text\n");
            json_decref(obj);
            continue;
        }
        nf_doc_meta meta = {0};
        meta.lang = "de";
        nf_doc *doc =
            nf_extract(engine, json_string_value(text), json_string_length(text), &meta, &err);
        if (!doc)
            printf("#error %s\n", err.message);
        else if (nf_doc_error(doc))
            printf("#error %s\n", nf_doc_error(doc)->message);
        else
            dump_doc(doc, stdout);
        nf_doc_free(doc);
        json_decref(obj);
    }
    free(line);
    if (in != stdin) fclose(in);
    nf_engine_close(engine);
    return ferror(stdout) ? 1 : 0;
}
