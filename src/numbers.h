/* numbers.h - reading numbers written in digits (German and English
 * notation) and in German words ("zweiundzwanzig", "anderthalb",
 * "neunundzwanzigsten"). */
#ifndef NF_NUMBERS_H
#define NF_NUMBERS_H

#include <stdbool.h>
#include <stddef.h>

#include "langpack.h"

/* Reads digits with German separators: "27,8" = 27.8, "2.500" = 2500,
 * "1.234,5" = 1234.5; a single dot before other than three digits is an
 * English decimal point ("3.5").  Returns false for anything else. */
bool nf_parse_decimal(const char *s, size_t n, double *out);

/* A number word's value and class (its second and third columns in
 * number-words.txt), read once when the pack loads. */
typedef struct nf_number_part {
    double value;
    int cls; /* P_* in numbers.c */
} nf_number_part;

/* Reads the values and classes of every entry of `lex` (number-words.txt)
 * into *out, indexed like lex->entries; the caller frees *out.  Returns
 * NF_OK, or NF_ERR_MEMORY. */
nf_status nf_number_parts_build(const nf_lexicon *lex, nf_number_part **out, nf_error *err);

/* Reads a German cardinal number word, simple or compound, lower case:
 * "drei", "zweiundzwanzig", "dreihundertfünfzig", "zehntausend",
 * "zweieinhalb".  Returns false when the word is not one. */
bool nf_parse_number_word(const nf_langpack *lp, const char *w, size_t n, double *out);

/* Reads a German ordinal word in any inflection, lower case: "ersten",
 * "zweite", "neunundzwanzigsten", "siebter".  Returns false otherwise. */
bool nf_parse_ordinal_word(const nf_langpack *lp, const char *w, size_t n, int *out);

#endif
