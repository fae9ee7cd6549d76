/* langpack.c - loading a language's word lists. */
#include "langpack.h"

#include <stdio.h>
#include <string.h>

#include "data.h"
#include "error.h"

/* Loads one list file of the pack into `lex`. */
static nf_status load_list(nf_lexicon *lex, const char *code, const char *file,
                           const char *data_dir, nf_error *err) {
    char rel[128];
    snprintf(rel, sizeof rel, "lang/%s/%s", code, file);
    nf_data d;
    nf_status st = nf_data_get(data_dir, rel, &d, err);
    if (st != NF_OK) return st;
    st = nf_lexicon_parse(lex, d.bytes, d.len, d.origin, err);
    nf_data_release(&d);
    return st;
}

/* Loads the pack's lists one by one, undoing everything on failure. */
nf_status nf_langpack_load(nf_langpack *lp, const char *code, bool full, const char *data_dir,
                           nf_error *err) {
    memset(lp, 0, sizeof *lp);
    if (strlen(code) >= sizeof lp->code)
        return nf_fail(err, NF_ERR_LANGUAGE, 0, "bad language code '%s'", code);
    strcpy(lp->code, code);
    lp->full = full;
    struct {
        nf_lexicon *lex;
        const char *file;
    } lists[] = {
        {&lp->stopwords, "stopwords.txt"},
        {&lp->abbreviations, "abbreviations.txt"},
        {&lp->sentence_starters, "sentence-starters.txt"},
        {&lp->ordinal_nouns, "ordinal-nouns.txt"},
        {&lp->ordinal_preceders, "ordinal-preceders.txt"},
        {&lp->months, "months.txt"},
        {&lp->number_words, "number-words.txt"},
        {&lp->scale_words, "scale-words.txt"},
        {&lp->qualifiers, "qualifiers.txt"},
        {&lp->number_idioms, "number-idioms.txt"},
        {&lp->weekdays, "weekdays.txt"},
        {&lp->time_units, "time-units.txt"},
        {&lp->time_words, "time-words.txt"},
        {&lp->time_modifiers, "time-modifiers.txt"},
        {&lp->tense_markers, "tense-markers.txt"},
        {&lp->holidays, "holidays.txt"},
        {&lp->currencies, "currencies.txt"},
        {&lp->units, "units.txt"},
        {&lp->measures, "measures.txt"},
        {&lp->year_nouns, "year-nouns.txt"},
    };
    size_t count = full ? sizeof lists / sizeof lists[0] : 1;
    for (size_t i = 0; i < count; i++) {
        nf_status st = load_list(lists[i].lex, code, lists[i].file, data_dir, err);
        if (st != NF_OK) {
            nf_langpack_free(lp);
            return st;
        }
    }
    return NF_OK;
}

/* Frees every list of the pack. */
void nf_langpack_free(nf_langpack *lp) {
    nf_lexicon *all[] = {&lp->stopwords,      &lp->abbreviations, &lp->sentence_starters,
                         &lp->ordinal_nouns,  &lp->ordinal_preceders, &lp->months,
                         &lp->number_words,   &lp->scale_words,   &lp->qualifiers,
                         &lp->number_idioms,  &lp->weekdays,      &lp->time_units,
                         &lp->time_words,     &lp->time_modifiers, &lp->tense_markers,
                         &lp->holidays,       &lp->currencies,    &lp->units,
                         &lp->measures,       &lp->year_nouns};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) nf_lexicon_free(all[i]);
}
