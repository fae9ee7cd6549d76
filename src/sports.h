/* sports.h - how surely a sentence reports a game. */
#ifndef NF_SPORTS_H
#define NF_SPORTS_H

#include <stddef.h>

#include "doc.h"

/* How surely sentence [sa, sb) of doc reports a game: 2 for one strong
 * word of lang/de/sports-words.txt (also as the last part of a hyphenated
 * compound), two weak ones or a goal's minute in parentheses; 1 for one
 * weak word; else 0. */
size_t nf_sports_level(const nf_doc *doc, size_t sa, size_t sb);

#endif
