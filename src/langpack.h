/* langpack.h - one language's word lists (the files in lang/<code>/). */
#ifndef NF_LANGPACK_H
#define NF_LANGPACK_H

#include <stdbool.h>

#include "lexicon.h"
#include "newsfacts.h"

typedef struct nf_langpack {
    char code[8];
    bool full;                    /* has segmentation data, not only detection words */
    nf_lexicon stopwords;         /* frequent function words, for detection */
    nf_lexicon abbreviations;     /* "Dr.", "usw.\tend" */
    nf_lexicon sentence_starters; /* "Die", "Er", ... */
    nf_lexicon ordinal_nouns;     /* "Jahrhundert", "Platz", ... */
    nf_lexicon ordinal_preceders; /* "am", "der", "seinen", ... */
    nf_lexicon months;            /* "November\t11" */
    nf_lexicon number_words;      /* "zwei\t2\tunit" */
    nf_lexicon scale_words;       /* "Milliarden\t1000000000" */
    nf_lexicon qualifiers;        /* "mehr als\tmore_than" */
    nf_lexicon number_idioms;     /* "unter vier augen" */
    nf_lexicon weekdays;          /* "Montag\t1" */
    nf_lexicon time_units;        /* "Stunden\tH" */
    nf_lexicon time_words;        /* "gestern\tday:-1" */
    nf_lexicon time_modifiers;    /* "vergangenen\t-1\tdoc" */
    nf_lexicon tense_markers;     /* "wurde\tpast" */
    nf_lexicon holidays;          /* "Ostermontag\teaster+1" */
    nf_lexicon currencies;        /* "US-Dollar\tUSD\t1" */
    nf_lexicon units;             /* "Kilometer\tkm" */
    nf_lexicon measures;          /* "handelsvolumen\ttrade" */
    nf_lexicon year_nouns;        /* "Ende", "Frühjahr": may precede a year */
} nf_langpack;

/* Loads the pack for `code` from `data_dir` or the built-in data.  With
 * `full` false only the detection words are loaded.  On failure nothing
 * needs freeing and `err` names the file. */
nf_status nf_langpack_load(nf_langpack *lp, const char *code, bool full, const char *data_dir,
                           nf_error *err);

/* Frees a loaded pack. */
void nf_langpack_free(nf_langpack *lp);

#endif
