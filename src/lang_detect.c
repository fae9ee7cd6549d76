/* lang_detect.c - telling German, English and Russian apart by function
 * words and script, for documents that do not say their language. */
#include <string.h>

#include "engine.h"

#define DETECT_WINDOW 4000 /* code points looked at */
#define DETECT_MIN_HITS 3  /* fewer function words than this: undecided */

/* Counts function-word hits per pack over the start of the text. */
const char *nf_detect_lang(const nf_engine *e, const nf_text *t) {
    size_t hits[NF_LANG_COUNT] = {0};
    size_t cyrillic = 0, letters = 0;
    size_t end = t->n < DETECT_WINDOW ? t->n : DETECT_WINDOW;
    size_t i = 0;
    while (i < end) {
        if (!nf_cls_letter(t->cls[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < t->n && nf_cls_letter(t->cls[j])) {
            if (t->cp[j] >= 0x400 && t->cp[j] <= 0x4FF) cyrillic++;
            letters++;
            j++;
        }
        char word[64];
        size_t n = j - i < 16 ? nf_text_utf8(t, i, j, true, word, sizeof word) : 0;
        for (int k = 0; n && k < NF_LANG_COUNT; k++)
            if (nf_lexicon_find(&e->packs[k].stopwords, word, n)) hits[k]++;
        i = j;
    }
    int best = -1;
    for (int k = 0; k < NF_LANG_COUNT; k++)
        if (hits[k] >= DETECT_MIN_HITS && (best < 0 || hits[k] > hits[best])) best = k;
    if (letters && cyrillic * 2 > letters) return "ru";
    return best >= 0 ? e->packs[best].code : NULL;
}
