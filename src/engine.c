/* engine.c - opening an engine and running the stages over one document. */
#include "engine.h"
#include "ner.h"

#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "doc.h"
#include "entities.h"
#include "error.h"
#include "segment.h"
#include "stages.h"
#include "tokens.h"

static const char *const lang_codes[NF_LANG_COUNT] = {"de", "en", "ru"};
static const bool lang_full[NF_LANG_COUNT] = {true, false, false};

/* The version of the library. */
const char *nf_version(void) {
    return NF_VERSION_STRING;
}

/* Defaults: built-in data, 10 MiB documents, German. */
void nf_engine_options_init(nf_engine_options *opts) {
    memset(opts, 0, sizeof *opts);
    opts->max_doc_bytes = 10u * 1024u * 1024u;
    opts->default_lang = "de";
}

/* The pack with this code, if loaded. */
const nf_langpack *nf_engine_pack(const nf_engine *e, const char *code) {
    for (int i = 0; i < NF_LANG_COUNT; i++)
        if (strcmp(e->packs[i].code, code) == 0) return &e->packs[i];
    return NULL;
}

/* Loads every pack; the caller owns the engine. */
nf_engine *nf_engine_open(const nf_engine_options *opts, nf_error *err) {
    nf_engine_options defaults;
    if (!opts) {
        nf_engine_options_init(&defaults);
        opts = &defaults;
    }
    nf_engine *e = calloc(1, sizeof *e);
    if (!e) {
        nf_fail(err, NF_ERR_MEMORY, 0, "out of memory opening the engine");
        return NULL;
    }
    e->max_doc_bytes = opts->max_doc_bytes;
    if (opts->layers & ~(unsigned)NF_LAYER_ALL) {
        nf_fail(err, NF_ERR_ARGUMENT, 0, "unknown layer bits 0x%x", opts->layers);
        free(e);
        return NULL;
    }
    e->layers = opts->layers ? nf_layers_needed(opts->layers) : NF_LAYER_ALL;
    /* The tagger's lexicon also tells the times stage nouns a year may
     * follow; the gazetteers and the CAMEO table serve entities and events. */
    bool need_gz = e->layers & NF_LAYER_ENTITIES;
    bool need_ner = !opts->no_tagger && (e->layers & (NF_LAYER_ENTITIES | NF_LAYER_TIMES));
    const char *def = opts->default_lang ? opts->default_lang : "de";
    for (int i = 0; i < NF_LANG_COUNT; i++) {
        if (nf_langpack_load(&e->packs[i], lang_codes[i], lang_full[i],
                             (e->layers & NF_LAYER_EVENTS) != 0, opts->data_dir, err) != NF_OK) {
            nf_engine_close(e);
            return NULL;
        }
    }
    if ((need_gz && nf_gazetteer_load(&e->gz, opts->data_dir, err) != NF_OK) ||
        (need_ner && (need_gz ? nf_ner_load(&e->ner, opts->data_dir, err)
                              : nf_ner_load_words(&e->ner, opts->data_dir, err)) != NF_OK)) {
        nf_engine_close(e);
        return NULL;
    }
    if (e->layers & NF_LAYER_EVENTS) {
        /* The CAMEO table: code -> label, Goldstein score, PLOVER category. */
        nf_data d;
        if (nf_data_get(opts->data_dir, "data/cameo.tsv", &d, NULL) == NF_OK) {
            nf_status st = nf_lexicon_parse(&e->cameo, d.bytes, d.len, d.origin, err);
            nf_data_release(&d);
            if (st != NF_OK) {
                nf_engine_close(e);
                return NULL;
            }
        }
    }
    const nf_langpack *dp = nf_engine_pack(e, def);
    if (!dp || !dp->full) {
        nf_fail(err, NF_ERR_LANGUAGE, 0, "no full language pack for default language '%s'", def);
        nf_engine_close(e);
        return NULL;
    }
    strcpy(e->default_lang, dp->code);
    nf_clear_error(err);
    return e;
}

/* Frees the engine's packs. */
void nf_engine_close(nf_engine *e) {
    if (!e) return;
    for (int i = 0; i < NF_LANG_COUNT; i++) nf_langpack_free(&e->packs[i]);
    nf_gazetteer_free(&e->gz);
    nf_ner_free(e->ner);
    nf_lexicon_free(&e->cameo);
    free(e);
}

/* Records a warning, keeping the first few. */
void nf_doc_warn(nf_doc *doc, const char *code, const char *message) {
    if (doc->nwarnings >= sizeof doc->warnings / sizeof doc->warnings[0]) return;
    const char *m = nf_arena_strndup(&doc->arena, message, strlen(message));
    doc->warnings[doc->nwarnings++] = (nf_warning){code, m ? m : ""};
}

/* Days in a month of the proleptic Gregorian calendar. */
static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* Reads YYYY-MM-DD at the start of `s` (a timestamp may follow after 'T'
 * or a space); false when it is not a valid calendar date. */
static bool parse_date(const char *s, int *y, int *m, int *d) {
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return false;
        } else if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    if (s[10] && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return false;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(*y, *m);
}

/* Normalises a language tag to its primary subtag in lower case: "de-DE" ->
 * "de".  Returns false for tags that are not 2 or 3 letters. */
static bool primary_lang(const char *tag, char out[8]) {
    size_t n = 0;
    while (tag[n] && tag[n] != '-' && tag[n] != '_') {
        char c = tag[n];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c < 'a' || c > 'z' || n >= 3) return false;
        out[n++] = c;
    }
    out[n] = '\0';
    return n >= 2;
}

/* Copies a meta string into the document; false when memory runs out. */
static bool copy_meta(nf_doc *doc, const char **dst, const char *src) {
    if (!src) return true;
    *dst = nf_arena_strndup(&doc->arena, src, strlen(src));
    return *dst != NULL;
}

/* Sets the document into its error state. */
static nf_doc *doc_error(nf_doc *doc, const nf_error *e) {
    doc->failed = true;
    doc->error = *e;
    return doc;
}

/* Runs the stages over one document. */
nf_doc *nf_extract(const nf_engine *engine, const char *text, size_t len, const nf_doc_meta *meta,
                   nf_error *err) {
    if (!engine || (!text && len)) {
        nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_extract needs an engine and a text");
        return NULL;
    }
    if (!text) text = "";
    nf_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
        return NULL;
    }
    nf_arena_init(&doc->arena);
    doc->engine = engine;
    strcpy(doc->lang, engine->default_lang);
    nf_doc_meta none = {0};
    if (!meta) meta = &none;
    if (!copy_meta(doc, &doc->id, meta->id) || !copy_meta(doc, &doc->id_json, meta->id_json) ||
        !copy_meta(doc, &doc->title, meta->title)) {
        nf_doc_free(doc);
        nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
        return NULL;
    }
    nf_error e;
    nf_clear_error(&e);
    if (engine->max_doc_bytes && len > engine->max_doc_bytes) {
        nf_fail(&e, NF_ERR_TOO_LARGE, engine->max_doc_bytes,
                "text of %zu bytes exceeds the limit of %zu bytes", len, engine->max_doc_bytes);
        return doc_error(doc, &e);
    }
    if (meta->date) {
        if (parse_date(meta->date, &doc->date_y, &doc->date_m, &doc->date_d)) {
            doc->date_source = NF_DATE_INPUT;
        } else {
            nf_doc_warn(doc, "invalid_date",
                        "the input date is not YYYY-MM-DD or ISO 8601; ignored");
        }
    }
    nf_status st = nf_text_build(&doc->text, &doc->arena, text, len, &e);
    if (st == NF_ERR_MEMORY) {
        if (err) *err = e;
        nf_doc_free(doc);
        return NULL;
    }
    if (st != NF_OK) return doc_error(doc, &e);

    /* The language: as given, else detected, else the default. */
    const nf_langpack *pack = NULL;
    char code[8];
    if (meta->lang && *meta->lang) {
        if (primary_lang(meta->lang, code)) {
            strcpy(doc->lang, code);
        } else {
            nf_doc_warn(doc, "invalid_lang",
                        "the input lang is not a language code; detected instead");
        }
    }
    if (!meta->lang || !*meta->lang || !primary_lang(meta->lang, code)) {
        const char *det = nf_detect_lang(engine, &doc->text);
        if (det) strcpy(doc->lang, det);
    }
    pack = nf_engine_pack(engine, doc->lang);
    if (!pack || !pack->full) {
        nf_doc_warn(
            doc, "no_language_pack",
            "no language pack for this language yet; segmented with the default rules only");
        pack = nf_engine_pack(engine, engine->default_lang);
    }
    doc->pack = pack;
    st = nf_segment(doc, pack, &e);
    if (st == NF_OK) st = nf_token_texts(doc, &e);
    unsigned on = engine->layers;
    if (st == NF_OK && (on & NF_LAYER_TIMES)) st = nf_stage_times(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_ENTITIES)) st = nf_stage_entities(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_QUOTES)) st = nf_stage_quotes(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_SOURCES)) st = nf_stage_sources(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_AMOUNTS)) st = nf_stage_amounts(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_EVENTS)) st = nf_stage_events(doc, &e);
    if (st == NF_OK && (on & NF_LAYER_ENTITIES) && !nf_coref_pronouns(doc))
        st = nf_fail(&e, NF_ERR_MEMORY, 0, "out of memory resolving pronouns");
    if (st == NF_OK && (on & NF_LAYER_ENTITIES) && !nf_nominative_names(doc))
        st = nf_fail(&e, NF_ERR_MEMORY, 0, "out of memory naming entities");
    /* (after the names, which read the descriptions without their articles) */
    if (st == NF_OK && (on & NF_LAYER_ENTITIES) && !nf_descriptions_before_names(doc))
        st = nf_fail(&e, NF_ERR_MEMORY, 0, "out of memory adding descriptions");
    if (st == NF_OK && (on & NF_LAYER_ENTITIES) && !nf_prune_entities(doc))
        st = nf_fail(&e, NF_ERR_MEMORY, 0, "out of memory pruning entities");
    if (st != NF_OK) {
        if (err) *err = e;
        nf_doc_free(doc);
        return NULL;
    }
    nf_clear_error(err);
    return doc;
}

/* Frees a document and its arena. */
void nf_doc_free(nf_doc *doc) {
    if (!doc) return;
    nf_arena_release(&doc->arena);
    free(doc);
}

/* The error of a failed document, or NULL. */
const nf_error *nf_doc_error(const nf_doc *doc) {
    return doc && doc->failed ? &doc->error : NULL;
}

/* The language the document was processed as. */
const char *nf_doc_lang(const nf_doc *doc) {
    return doc ? doc->lang : NULL;
}

/* The original span of tokens [ta, tb). */
nf_span nf_doc_tokens_span(const nf_doc *doc, size_t ta, size_t tb) {
    nf_span s = {0, 0};
    if (ta >= tb || tb > doc->ntokens) return s;
    s.start = doc->text.ostart[doc->tokens[ta].a];
    s.end = doc->text.oend[doc->tokens[tb - 1].b - 1];
    return s;
}

size_t nf_doc_paragraph_count(const nf_doc *doc) {
    return doc ? doc->nparagraphs : 0;
}
size_t nf_doc_sentence_count(const nf_doc *doc) {
    return doc ? doc->nsentences : 0;
}
size_t nf_doc_token_count(const nf_doc *doc) {
    return doc ? doc->ntokens : 0;
}
size_t nf_doc_quote_region_count(const nf_doc *doc) {
    return doc ? doc->nqregions : 0;
}

/* The i-th paragraph as an original span. */
nf_status nf_doc_paragraph(const nf_doc *doc, size_t i, nf_span *out) {
    if (!doc || !out || i >= doc->nparagraphs) return NF_ERR_ARGUMENT;
    *out = nf_doc_tokens_span(doc, doc->paragraphs[i].ta, doc->paragraphs[i].tb);
    return NF_OK;
}

/* The i-th sentence as an original span. */
nf_status nf_doc_sentence(const nf_doc *doc, size_t i, nf_span *out) {
    if (!doc || !out || i >= doc->nsentences) return NF_ERR_ARGUMENT;
    *out = nf_doc_tokens_span(doc, doc->sentences[i].ta, doc->sentences[i].tb);
    return NF_OK;
}

/* The i-th token as an original span, with its kind. */
nf_status nf_doc_token(const nf_doc *doc, size_t i, nf_span *out, nf_token_kind *kind) {
    if (!doc || !out || i >= doc->ntokens) return NF_ERR_ARGUMENT;
    *out = nf_doc_tokens_span(doc, i, i + 1);
    if (kind) *kind = (nf_token_kind)doc->tokens[i].kind;
    return NF_OK;
}

/* The content of the i-th quote region: between its two marks. */
nf_status nf_doc_quote_region(const nf_doc *doc, size_t i, nf_span *content, int *depth) {
    if (!doc || !content || i >= doc->nqregions) return NF_ERR_ARGUMENT;
    const nf_qregion *q = &doc->qregions[i];
    content->start = doc->text.oend[doc->tokens[q->open].b - 1];
    content->end = doc->text.ostart[doc->tokens[q->close].a];
    if (depth) *depth = (int)q->depth;
    return NF_OK;
}

/* The dateline, if the document opens with one. */
nf_status nf_doc_dateline(const nf_doc *doc, nf_span *out) {
    if (!doc || !out || !doc->has_dateline) return NF_ERR_ARGUMENT;
    *out = nf_doc_tokens_span(doc, doc->dateline.ta, doc->dateline.tb);
    return NF_OK;
}
