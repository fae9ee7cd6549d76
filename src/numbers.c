/* numbers.c - numbers in digits and in German words. */
#include "numbers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

/* Reads German or English digit notation. */
bool nf_parse_decimal(const char *s, size_t n, double *out) {
    if (n == 0 || n > 40) return false;
    char buf[48];
    size_t k = 0, dots = 0, commas = 0, group = 0, first_group = 0;
    bool groups_of_three = true;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            group++;
        } else if (c == '.') {
            if (commas) return false;
            if (dots == 0)
                first_group = group;
            else if (group != 3)
                groups_of_three = false;
            dots++;
            group = 0;
        } else if (c == ',') {
            if (commas++) return false;
            if (dots && group != 3) groups_of_three = false;
            group = 0;
        } else {
            return false;
        }
    }
    if (dots && !commas && group != 3) groups_of_three = false;
    if (dots && (first_group == 0 || first_group > 3)) groups_of_three = false;
    bool thousands_dots = dots > 0 && groups_of_three;
    if (dots > 1 && !thousands_dots) return false;
    if (dots && commas && !thousands_dots) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '.') {
            if (!thousands_dots) buf[k++] = '.';
        } else if (c == ',') {
            buf[k++] = '.';
        } else {
            buf[k++] = c;
        }
    }
    buf[k] = '\0';
    char *end;
    *out = strtod(buf, &end);
    return end == buf + k && k > 0;
}

/* Classes of number-word parts, from the third column of number-words.txt. */
enum { P_NONE, P_UNIT, P_TEEN, P_TEN, P_HUNDRED, P_THOUSAND, P_FRACTION, P_WORD, P_UND };

/* The class named by a number word's third column. */
static int class_named(const char *s) {
    static const struct {
        const char *name;
        int cls;
    } classes[] = {{"unit", P_UNIT},       {"teen", P_TEEN},         {"ten", P_TEN},
                   {"hundred", P_HUNDRED}, {"thousand", P_THOUSAND}, {"fraction", P_FRACTION},
                   {"word", P_WORD}};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strcmp(s, classes[i].name) == 0) return classes[i].cls;
    return P_NONE;
}

/* Reads every entry's "value<TAB>class" once, so that looking a part up
 * costs a probe of the list and no parsing. */
nf_status nf_number_parts_build(const nf_lexicon *lex, nf_number_part **out, nf_error *err) {
    *out = calloc(lex->count ? lex->count : 1, sizeof **out);
    if (!*out) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory reading number words");
    for (size_t i = 0; i < lex->count; i++) {
        const char *v = nf_lex_val(lex, &lex->entries[i]);
        char *end;
        (*out)[i].value = strtod(v, &end);
        while (*end == '\t' || *end == ' ') end++;
        (*out)[i].cls = class_named(end);
    }
    return NF_OK;
}

/* Looks up a number-word part: its value and class. */
static int part_of(const nf_langpack *lp, const char *w, size_t n, double *value) {
    if (n == 3 && memcmp(w, "und", 3) == 0) return P_UND;
    const nf_lex_entry *e = nf_lexicon_find(&lp->number_words, w, n);
    if (!e) return P_NONE;
    const nf_number_part *part = &lp->number_parts[e - lp->number_words.entries];
    *value = part->value;
    return part->cls;
}

/* True when a part of class `cur` may follow one of class `prev`. */
static bool may_follow(int prev, int cur) {
    switch (prev) {
        case P_NONE:
            return cur != P_UND;
        case P_UNIT:
            return cur == P_UND || cur == P_HUNDRED || cur == P_THOUSAND || cur == P_FRACTION;
        case P_UND:
            return cur == P_TEN;
        case P_TEEN:
        case P_TEN:
            return cur == P_HUNDRED || cur == P_THOUSAND || cur == P_FRACTION;
        case P_HUNDRED:
            return cur == P_UNIT || cur == P_TEEN || cur == P_TEN || cur == P_THOUSAND;
        case P_THOUSAND:
            return cur == P_UNIT || cur == P_TEEN || cur == P_TEN || cur == P_HUNDRED;
        default:
            return false;
    }
}

/* Splits the word into the longest known parts from the left and adds
 * them up: units and tens within a hundred, hundreds, thousands. */
bool nf_parse_number_word(const nf_langpack *lp, const char *w, size_t n, double *out) {
    if (n < 3 || n > 64) return false;
    double whole;
    int cls = part_of(lp, w, n, &whole);
    if (cls != P_NONE && cls != P_UND) { /* the common case: a listed word */
        *out = whole;
        return true;
    }
    double total = 0, cur = 0;
    int prev = P_NONE;
    size_t i = 0;
    while (i < n) {
        size_t best = 0;
        double v = 0;
        int bc = P_NONE;
        /* Only lengths of parts that begin like the rest of the word. */
        const nf_lex_entry *lens =
            nf_lexicon_find(&lp->numword_lengths, w + i, nf_prefix_len(w + i, n - i));
        uint32_t mask = lens ? (uint32_t)lens->num : 0;
        for (size_t len = n - i < 30 ? n - i : 30; len >= 3 && mask; len--) {
            if (!(mask >> len & 1)) continue;
            double pv = 0;
            int c = part_of(lp, w + i, len, &pv);
            if (c != P_NONE) {
                best = len, v = pv, bc = c;
                break;
            }
        }
        if (!best || !may_follow(prev, bc) || bc == P_WORD) return false;
        switch (bc) {
            case P_UNIT:
            case P_TEEN:
            case P_TEN:
            case P_FRACTION:
                cur += v;
                break;
            case P_HUNDRED:
                cur = (cur == 0 ? 1 : cur) * 100;
                break;
            case P_THOUSAND:
                total += (cur == 0 ? 1 : cur) * 1000, cur = 0;
                break;
            default:
                break;
        }
        prev = bc;
        i += best;
    }
    if (prev == P_UND) return false;
    *out = total + cur;
    return true;
}

/* Strips the inflection and the ordinal suffix, then reads the cardinal. */
bool nf_parse_ordinal_word(const nf_langpack *lp, const char *w, size_t n, int *out) {
    if (n < 4 || n > 64) return false;
    char stem[72];
    memcpy(stem, w, n);
    size_t k = n;
    if (k > 2 && stem[k - 1] != 'e' && stem[k - 2] == 'e' &&
        (stem[k - 1] == 'n' || stem[k - 1] == 'r' || stem[k - 1] == 's' || stem[k - 1] == 'm'))
        k -= 2;
    else if (stem[k - 1] == 'e')
        k -= 1;
    else
        return false;
    if (k < 3 || stem[k - 1] != 't') return false;
    stem[k] = '\0';
    static const struct {
        const char *stem;
        int value;
    } irregular[] = {{"erst", 1}, {"dritt", 3}, {"siebt", 7}, {"acht", 8}};
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++) {
        if (strcmp(stem, irregular[i].stem) == 0) {
            *out = irregular[i].value;
            return true;
        }
    }
    double v;
    /* "zwanzigst" -> "zwanzig", "zweit" -> "zwei", "sechst" -> "sechs". */
    if (k > 4 && stem[k - 2] == 's' && nf_parse_number_word(lp, stem, k - 2, &v) && v >= 20) {
        *out = (int)v;
        return true;
    }
    if (nf_parse_number_word(lp, stem, k - 1, &v) && v >= 1 && v < 20) {
        *out = (int)v;
        return true;
    }
    return false;
}
