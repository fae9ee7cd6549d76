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

/* The longest loose key nf_loose_key writes, NUL included. */
#define NF_LOOSE_MAX 48

/* Writes a spelling-insensitive key of the romanised name `s` (n bytes of
 * UTF-8) to `out` (cap bytes, NUL-terminated) and returns its length: the
 * letters folded to lower-case ASCII (ä to a, ß to ss), everything else
 * dropped, the German and English transliterations of one Cyrillic
 * letter merged (tsch and ch, sch and sh, w and v, j and y, s and z,
 * ...: the table in fold.c) and doubled letters made single: "Selenskyj",
 * "Zelenskiy" and "Selensky" share "selenski", "Tokajew" and "Tokayev"
 * "tokaev", "Sergej" and "Sergey" "sergei".  0 when a letter stays
 * outside ASCII (another script) or the key does not fit.
 * (tools/gazetteer/translit.py's loose_key, which matches names across
 * sources at build time, merges fewer spellings.) */
size_t nf_loose_key(const char *s, size_t n, char *out, size_t cap);

/* True when `s` (n bytes of UTF-8) has one of ä, ö, ü, Ä, Ö, Ü or ß: a
 * quick test before nf_fold_all. */
bool nf_has_german_letter(const char *s, size_t n);

#endif
