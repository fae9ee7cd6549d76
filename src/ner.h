/* ner.h - a learned name tagger for German: persons, organisations and
 * places in one sentence of a document.
 *
 * The model (data/ner-de.model, trained by tools/ner/train.py) is an
 * averaged structured perceptron over BIO tags with hashed features: the
 * word, its shape, prefixes and suffixes, capitalisation and position,
 * neighbouring words, how the word is usually written (a lexicon), and
 * gazetteer membership (countries, cities, organisations, leaders, first
 * names and surnames, nationalities, role nouns).  Decoding is Viterbi over
 * the BIO tags; all scores are integers, so the C tagger and the Python
 * trainer agree exactly (tests/unit/test_ner.c). */
#ifndef NF_NER_H
#define NF_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "newsfacts.h"

/* The path of the model file relative to the data root. */
#define NF_NER_MODEL_PATH "data/ner-de.model"

/* The longest run of tokens tagged as one sequence: longer sentences are
 * tagged in pieces of this many tokens (WINDOW in tools/ner/nerlib.py). */
#define NF_NER_WINDOW 256

typedef struct nf_ner_model nf_ner_model; /* read-only after loading; share across threads */

/* A name found by the tagger: tokens [ta, tb) of the document, its type
 * (NF_ENT_PERSON, NF_ENT_ORG or NF_ENT_GPE for any place) and a confidence
 * in (0, 1): the logistic of the mean margin of its tags over O. */
typedef struct nf_ner_span {
    uint32_t ta, tb;
    uint8_t type;
    float score;
} nf_ner_span;

/* Loads the model from `data_dir`/data/ner-de.model when that file exists,
 * else from the copy compiled into the library (data_dir may be NULL).
 * Returns NF_OK with *out owned by the caller (free with nf_ner_free);
 * NF_ERR_IO, NF_ERR_DATA or NF_ERR_MEMORY with `err` set otherwise. */
nf_status nf_ner_load(nf_ner_model **out, const char *data_dir, nf_error *err);

/* The same without the feature weights and the gazetteer: the
 * capitalisation lexicon only (nf_ner_common_noun and nf_ner_common_word
 * answer as with the whole model; nf_ner_tag finds nothing), for engines
 * that read times but tag no names. */
nf_status nf_ner_load_words(nf_ner_model **out, const char *data_dir, nf_error *err);

/* Frees a model; NULL is ignored. */
void nf_ner_free(nf_ner_model *m);

/* Tags tokens [ta, tb) of one sentence of `doc` (a document from
 * nf_extract, whose token texts are built).  Writes up to `cap` spans to
 * `out`, in text order, and returns how many it found (which may exceed
 * `cap`).  Allocates nothing: its scratch space (about 30 KB) is on the
 * stack.  Work per token is bounded: some 10 (lower-case tokens) to 50
 * (capitalised ones) feature lookups, at most 8 gazetteer probes, and a
 * Viterbi step over 9 tags. */
size_t nf_ner_tag(const nf_ner_model *m, const nf_doc *doc, size_t ta, size_t tb, nf_ner_span *out,
                  size_t cap);

/* The header line `key` of the model file ("features", "train", ...), or
 * NULL when it has none; owned by the model. */
const char *nf_ner_info(const nf_ner_model *m, const char *key);

/* How the training text capitalised the lower-cased word `lower`: true when
 * it is a common noun there (capitalised mid-sentence, often after an
 * article: "bemerkungen", "bank"), seen at least 2^min_freq times. */
bool nf_ner_common_noun(const nf_ner_model *m, const char *lower, unsigned min_freq);

/* True when the training text wrote the lower-cased word `lower` in any
 * way at least 2^min_freq times: the capitalisation lexicon has a class
 * for it. */
bool nf_ner_known_word(const nf_ner_model *m, const char *lower, unsigned min_freq);

/* True when the lower-cased word `lower` is written capitalised inside
 * sentences (after an article or not) in the text the lexicon was counted
 * from, at least 2^min_freq times, and the gazetteer knows it as no part of
 * a person's name: a noun ("Probleme", "Hilfe") rather than a surname
 * ("Schneider", "Merkel"). */
bool nf_ner_noun_like(const nf_ner_model *m, const char *lower, unsigned min_freq);

/* As nf_ner_noun_like, and also for a word written in lower case at times
 * but capitalised more often ("rede", "auftritt", "feier": nouns that are
 * verb forms too): what may end a compound noun ("Abschiedsrede",
 * "Wahlkampfauftritt"), where only the noun can stand. */
bool nf_ner_compound_tail(const nf_ner_model *m, const char *lower, unsigned min_freq);

/* True when the lower-cased word `lower` is written in lower case inside
 * sentences as often as capitalised or more in the text the lexicon was
 * counted from: a word of the language ("kurz", "weiter"), whatever a
 * surname it may also be. */
bool nf_ner_lower_word(const nf_ner_model *m, const char *lower);

/* True when the training text wrote the lower-cased word `lower` in lower
 * case mid-sentence, or capitalised after articles often enough to make it
 * a common noun: any word but an unknown one and one written like a name. */
bool nf_ner_common_word(const nf_ner_model *m, const char *lower);

/* True when the training text wrote the lower-cased word `lower`
 * capitalised inside sentences but seldom after an article, at least
 * 2^min_freq times: a name that takes no article ("Bayern", "Österreich",
 * "Wien"; not "Türkei", "Iran", which do). */
bool nf_ner_name_without_article(const nf_ner_model *m, const char *lower, unsigned min_freq);

#endif
