/* engine.h - what an open engine holds: read-only after nf_engine_open. */
#ifndef NF_ENGINE_H
#define NF_ENGINE_H

#include "gazetteer.h"
#include "langpack.h"
#include "text.h"

/* Languages the engine recognises; only those with `full` packs are
 * segmented with their own rules. */
#define NF_LANG_COUNT 3

struct nf_engine {
    size_t max_doc_bytes;
    unsigned layers; /* NF_LAYER_* bits the stages fill (nf_layers_needed applied) */
    char default_lang[8];
    nf_langpack packs[NF_LANG_COUNT]; /* de (full), en, ru (detection only for now) */
    nf_gazetteer gz;                  /* known entities and German entity words */
    nf_lexicon cameo;                 /* CAMEO code -> "label\tgoldstein\tplover" */
    struct nf_ner_model *ner;         /* the name tagger (ner.c); owned */
};

/* The pack for `code`, or NULL when the engine has none. */
const nf_langpack *nf_engine_pack(const nf_engine *e, const char *code);

/* Guesses the language of a normalised text from its function words and
 * script; returns a pack code, or NULL when the text gives too little to go
 * on. */
const char *nf_detect_lang(const nf_engine *e, const nf_text *t);

#endif
