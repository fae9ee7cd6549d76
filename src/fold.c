/* fold.c - accented letters to bare letters, German umlauts kept. */
#include "fold.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

/* The bare letter of code point c, or c itself when it has none (ASCII,
 * German umlauts and ß, non-Latin scripts). */
static utf8proc_int32_t bare(utf8proc_int32_t c) {
    switch (c) {
        case 0x00E4:
        case 0x00F6:
        case 0x00FC:
        case 0x00C4:
        case 0x00D6:
        case 0x00DC:
        case 0x00DF: /* ä ö ü Ä Ö Ü ß */
            return c;
        case 0x0131:
            return 'i'; /* ı */
        case 0x0141:
            return 'L'; /* Ł */
        case 0x0142:
            return 'l'; /* ł */
        case 0x0110:
            return 'D'; /* Đ */
        case 0x0111:
            return 'd'; /* đ */
        case 0x00D8:
            return 'O'; /* Ø */
        case 0x00F8:
            return 'o';  /* ø */
        case 0x2019:     /* ’ */
        case 0x02BC:     /* ʼ */
        case 0x2032:     /* ′ */
        case 0x00B4:     /* ´ */
            return '\''; /* apostrophes as typed: "L’Aquila" is "L'Aquila" */
        default:
            break;
    }
    if (c < 0xC0 || c > 0x24F) return c; /* only the Latin-1 and Latin Extended letters */
    utf8proc_int32_t d[4];
    utf8proc_ssize_t n = utf8proc_decompose_char(c, d, 4, UTF8PROC_DECOMPOSE, NULL);
    return n >= 1 && d[0] < 0x80 ? d[0] : c;
}

/* The bare vowel of a German umlaut, or c itself. */
static utf8proc_int32_t bare_umlaut(utf8proc_int32_t c) {
    switch (c) {
        case 0x00E4:
            return 'a';
        case 0x00F6:
            return 'o';
        case 0x00FC:
            return 'u';
        case 0x00C4:
            return 'A';
        case 0x00D6:
            return 'O';
        case 0x00DC:
            return 'U';
        default:
            return c;
    }
}

/* Folds the accents of s into out, German's letters too when `german`
 * (see fold.h for both). */
static size_t fold(const char *s, size_t n, char *out, size_t cap, bool german) {
    size_t ascii = 0;
    while (ascii < n && (unsigned char)s[ascii] < 0x80) ascii++;
    if (ascii == n) return 0; /* the common case: nothing to fold */
    size_t len = 0;
    bool changed = false;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t l =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (l <= 0) return 0;
        utf8proc_int32_t b = c >= 0x80 ? bare(c) : c;
        if (german && b == c && c >= 0x80) {
            if (c == 0x00DF) { /* ß */
                if (len + 6 > cap) return 0;
                out[len++] = 's', b = 's';
            } else {
                b = bare_umlaut(c);
            }
        }
        changed |= b != c;
        if (len + 5 > cap) return 0;
        len += (size_t)utf8proc_encode_char(b, (utf8proc_uint8_t *)out + len);
        i += (size_t)l;
    }
    if (!changed || len >= cap) return 0;
    out[len] = '\0';
    return len;
}

/* See fold.h. */
size_t nf_fold_accents(const char *s, size_t n, char *out, size_t cap) {
    return fold(s, n, out, cap, false);
}

/* See fold.h. */
size_t nf_fold_all(const char *s, size_t n, char *out, size_t cap) {
    return fold(s, n, out, cap, true);
}

/* See fold.h: the two-byte UTF-8 forms C3 A4/B6/BC/84/96/9C/9F. */
bool nf_has_german_letter(const char *s, size_t n) {
    for (size_t i = 0; i + 1 < n; i++) {
        if ((unsigned char)s[i] != 0xC3) continue;
        switch ((unsigned char)s[i + 1]) {
            case 0xA4:
            case 0xB6:
            case 0xBC:
            case 0x84:
            case 0x96:
            case 0x9C:
            case 0x9F:
                return true;
            default:
                break;
        }
    }
    return false;
}

/* A spelling nf_loose_key merges and what it writes for it. */
typedef struct loose_spelling {
    const char *from, *to;
} loose_spelling;

/* The spellings by their first letter, longest first: German and English
 * transliterations of one Cyrillic letter meet (ч: tsch, ch; х: ch, kh;
 * ш: sch, sh; щ: schtsch, shch; ж: sch, zh; з: s, z; ц: z, ts; й, я, е,
 * ё, ю: j, y and the vowel; дж: dsch, dzh, and zh as in "Zhaparov" for
 * "Dschaparow"), so do c, ck, k, q and w, v.  Most letters start none. */
static const loose_spelling *const loose_spellings[26] = {
    ['c' - 'a'] = (const loose_spelling[]){{"ch", "k"}, {"ck", "k"}, {"c", "k"}, {NULL, NULL}},
    ['d' - 'a'] = (const loose_spelling[]){{"dsch", "j"}, {"dzh", "j"}, {NULL, NULL}},
    ['i' - 'a'] = (const loose_spelling[]){{"ij", "i"}, {"iy", "i"}, {NULL, NULL}},
    ['j' - 'a'] =
        (const loose_spelling[]){
            {"je", "e"}, {"jo", "o"}, {"ju", "u"}, {"ja", "a"}, {"j", "i"}, {NULL, NULL}},
    ['k' - 'a'] = (const loose_spelling[]){{"kh", "k"}, {NULL, NULL}},
    ['p' - 'a'] = (const loose_spelling[]){{"ph", "f"}, {NULL, NULL}},
    ['q' - 'a'] = (const loose_spelling[]){{"q", "k"}, {NULL, NULL}},
    ['s' - 'a'] =
        (const loose_spelling[]){
            {"schtsch", "s"}, {"shch", "s"}, {"sch", "s"}, {"sh", "s"}, {NULL, NULL}},
    ['t' - 'a'] = (const loose_spelling[]){{"tsch", "k"}, {"ts", "s"}, {"tz", "s"}, {NULL, NULL}},
    ['w' - 'a'] = (const loose_spelling[]){{"w", "v"}, {NULL, NULL}},
    ['x' - 'a'] = (const loose_spelling[]){{"x", "ks"}, {NULL, NULL}},
    ['y' - 'a'] = (const loose_spelling[]){{"ye", "e"},
                                           {"yo", "o"},
                                           {"yu", "u"},
                                           {"ya", "a"},
                                           {"yj", "i"},
                                           {"yy", "i"},
                                           {"y", "i"},
                                           {NULL, NULL}},
    ['z' - 'a'] = (const loose_spelling[]){{"zh", "j"}, {"z", "s"}, {NULL, NULL}},
};

/* What nf_loose_key writes for the spelling at k (`rem` lower-case
 * letters left), the longest that matches, and its length in *len; NULL:
 * the letter as it is. */
static const char *loose_spelling_at(const char *k, size_t rem, size_t *len) {
    for (const loose_spelling *p = loose_spellings[k[0] - 'a']; p && p->from; p++) {
        size_t n = strlen(p->from);
        if (n <= rem && memcmp(k, p->from, n) == 0) {
            *len = n;
            return p->to;
        }
    }
    return NULL;
}

/* See fold.h. */
size_t nf_loose_key(const char *s, size_t n, char *out, size_t cap) {
    char folded[NF_LOOSE_MAX * 2], k[NF_LOOSE_MAX * 2];
    if (n >= sizeof folded || cap == 0) return 0;
    size_t fl = nf_fold_all(s, n, folded, sizeof folded);
    const char *src = fl ? folded : s;
    size_t sl = fl ? fl : n, kl = 0;
    /* the letters, lower case */
    for (size_t i = 0; i < sl; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c >= 0x80) return 0;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c >= 'a' && c <= 'z') k[kl++] = (char)c;
    }
    /* the spellings merged, doubled letters made single */
    size_t o = 0;
    for (size_t i = 0; i < kl;) {
        size_t len = 1;
        const char *to = loose_spelling_at(k + i, kl - i, &len);
        char one[2] = {k[i], '\0'};
        for (const char *t = to ? to : one; *t; t++) {
            if (o > 0 && out[o - 1] == *t) continue;
            if (o + 1 >= cap) return 0;
            out[o++] = *t;
        }
        i += len;
    }
    out[o] = '\0';
    return o;
}
