/* fold.h - names written with and without their accents.
 *
 * International names reach German news with their diacritics or without
 * ("Chávez" / "Chavez", "Erdoğan" / "Erdogan", "Kraków" / "Krakow"), and
 * the gazetteers hold one or the other.  Folding both sides to the bare
 * letters lets either find the other.  German's own letters (ä, ö, ü, ß)
 * are kept: "Müller" is not "Muller".  Apostrophes as typographers and
 * keyboards write them (’ ʼ ′ ´) fold to the ASCII one. */
#ifndef NF_FOLD_H
#define NF_FOLD_H

#include <stdbool.h>
#include <stddef.h>

/* Writes `s` (n bytes of UTF-8) with its accented letters as their bare
 * letters to `out` (cap bytes, NUL-terminated) and returns the length
 * written; 0 when no letter changes, the text is not valid UTF-8, or it
 * does not fit. */
size_t nf_fold_accents(const char *s, size_t n, char *out, size_t cap);

/* The same, but German's letters folded too (ä, ö, ü to a, o, u; ß to
 * ss), as sources written in ASCII drop them ("Wolfgang Schussel" in
 * CountryInfo): a last resort after nf_fold_accents. */
size_t nf_fold_all(const char *s, size_t n, char *out, size_t cap);

/* True when `s` (n bytes of UTF-8) has one of ä, ö, ü, Ä, Ö, Ü or ß: a
 * quick test before nf_fold_all. */
bool nf_has_german_letter(const char *s, size_t n);

#endif
