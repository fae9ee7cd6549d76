/* ner.c - the German name tagger: model file, features, Viterbi decoding.
 *
 * Everything here mirrors tools/ner/nerlib.py, which trains the model: the
 * token attributes, the hashing of features, gazetteer matching, the
 * decoder and the file format.  Change both together (and the feature set
 * name in the model header); tests/unit/test_ner.c checks that they agree. */
#include "ner.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data.h"
#include "error.h"
#include "tablemem.h"
#include "tokens.h"

#define NER_FEATURE_SET "nfner-2"
#define NER_MAGIC "NFNER1\n"
#define NT                                                                                         \
    9 /* tags: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC (sum_weights            \
       * and viterbi are written for these nine) */
#define SLOT_W 12     /* weights per feature slot (NT, padded to 16-byte slots) */
#define MAX_HEADER 16 /* header lines kept for nf_ner_info */
#define G_PREFIX 0x8000u
#define BOS 1u /* value hashes of the words before and after a sentence */
#define EOS 2u
#define NEG (-(1 << 30)) /* far below any real score (see TR_MAX), and twice it fits */
#define TR_MAX                                                                                     \
    (1 << 20)          /* the largest transition weight a model may hold: with the                 \
                        * emissions (under 160 features of 8 bits) a window's scores               \
                        * stay within 2^28, so 32-bit sums never overflow */
#define EMW 12         /* emission scores of a token: NT, padded to three vectors of four */
#define MAX_FEATS 64   /* hashed features of one token: at most 24 (features lists them) */
#define MAX_DIRECT 96  /* direct features of one token: at most 11, and 75 gazetteer bits */
#define FILTER_BITS 19 /* a bit per 2^(32 - 19) keys: which features the model may know */
#define FILTER_SHIFT (32 - FILTER_BITS)

/* Feature templates (FT_* in tools/ner/nerlib.py, same order). */
enum {
    FT_BIAS,
    FT_W,
    FT_WT,
    FT_SH,
    FT_SHL,
    FT_P1,
    FT_P2,
    FT_P3,
    FT_P4,
    FT_S1,
    FT_S2,
    FT_S3,
    FT_S4,
    FT_CP,
    FT_WM1,
    FT_WP1,
    FT_WM2,
    FT_WP2,
    FT_SHM1,
    FT_SHP1,
    FT_WM1W,
    FT_WWP1,
    FT_LX,
    FT_LXCP,
    FT_LXM1,
    FT_LXP1,
    FT_LF,
    FT_G,
    FT_GM1,
    FT_GP1,
    FT_CPM1,
    FT_CPP1,
    FT_SH3,
    FT_RUN,
    FT_S3M1,
    FT_S3P1,
    FT_GCP,
    FT_WM1CP,
    FT_LXM1CP
};

/* Templates whose values are small numbers have their weights copied into
 * one flat array at load time, row D_<template> + value, so that scoring
 * reads them without hashing or probing: the same weights as the hashed
 * keys give, summed in another order (integers, so the sums are equal). */
enum {
    D_BIAS = 0,            /* 0: capitalised, 1: not */
    D_CP = D_BIAS + 2,     /* cp_code, 0 = none */
    D_LX = D_CP + 9,       /* lexicon class */
    D_LXCP = D_LX + 16,    /* class * 16 + cp */
    D_LF = D_LXCP + 256,   /* frequency bucket */
    D_LXM1 = D_LF + 16,    /* class of the previous word, 15 = none */
    D_LXP1 = D_LXM1 + 16,  /* class of the next word, 15 = none */
    D_CPM1 = D_LXP1 + 16,  /* cp of the previous word */
    D_CPP1 = D_CPM1 + 9,   /* cp of the next word */
    D_RUN = D_CPP1 + 9,    /* left * 4 + right */
    D_LXM1CP = D_RUN + 16, /* class of the previous word * 16 + cp */
    D_G = D_LXM1CP + 256,  /* gazetteer bit * 2 (+ 1: continues a name) */
    D_GCP = D_G + 30,      /* gazetteer bit * 16 + cp */
    D_GM1 = D_GCP + 240,   /* gazetteer bit of the previous word */
    D_GP1 = D_GM1 + 15,    /* gazetteer bit of the next word */
    D_END = D_GP1 + 15
};

typedef struct feat_slot {
    uint32_t key; /* 0 = empty */
    int8_t w[SLOT_W];
} feat_slot;

/* A word of the lexicon or a name (or the start of one) of the gazetteers,
 * in one table so that a token needs one probe for both; the key is the
 * FNV-1a hash of the lower-cased text (0 read as 1). */
typedef struct word_slot {
    uint32_t key; /* 0 = empty */
    uint16_t gaz; /* gazetteer category bits; G_PREFIX: a longer name continues */
    uint8_t lex;  /* lexicon: class (low 4 bits) and frequency bucket (high 4 bits) */
} word_slot;

struct nf_ner_model {
    feat_slot *feats;
    uint32_t fmask;
    uint64_t *filter;        /* FILTER_BITS bits: set where some feature key falls */
    feat_slot direct[D_END]; /* weights of the small templates (D_* above), keys unused */
    word_slot *words;
    uint32_t wmask;
    int32_t tr[NT + 1][NT]; /* transitions [previous tag, NT = sentence start][tag];
                             * NEG where the BIO constraints forbid them */
    int32_t trt[NT][NT];    /* the same [tag][previous tag], sentence start left out */
    int32_t spread[NT];     /* for O and B-X: max - min of the transitions into them */
    int32_t spread_bo;      /* the largest spread of O and the B-X */
    /* For viterbi's vectors (EMW lanes each, NEG beyond the NT tags): */
    int32_t trfrom[NT][EMW]; /* tr[p][t] in lane t */
    int32_t tri_b[EMW];      /* lane t of an I-X: tr[t - 1][t] (from its B-X), else 0 */
    int32_t tri_i[EMW];      /* lane t of an I-X: tr[t][t], else 0 */
    float scale;             /* span score = logistic(mean margin * scale) */
    char *header;            /* the header lines, split into keys and values below */
    const char *hkey[MAX_HEADER], *hval[MAX_HEADER];
    size_t nheader;
};

/* ---- hashing (fnv, fmix, fkey, pair in nerlib.py) ---------------------- */

/* FNV-1a over n bytes, continuing from h. */
static inline uint32_t fnv(uint32_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 0x01000193u;
    }
    return h;
}

#define FNV_INIT 0x811C9DC5u

/* MurmurHash3's 32-bit finaliser. */
static inline uint32_t fmix(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* A string's hash as the features use it: FNV-1a, 0 read as 1. */
static inline uint32_t hstr(const char *s, size_t n) {
    uint32_t h = fnv(FNV_INIT, s, n);
    return h ? h : 1;
}

/* The key of feature template `tid` with value hash `v` (never 0). */
static inline uint32_t fkey(uint32_t tid, uint32_t v) {
    uint32_t k = (v ^ (tid * 0x9E3779B1u)) * 0x85EBCA6Bu;
    k ^= k >> 16;
    return k ? k : 1;
}

/* A value hash for two value hashes. */
static inline uint32_t pair(uint32_t a, uint32_t b) {
    return a * 0x2C1B3C6Du + b;
}

/* ---- tables ------------------------------------------------------------ */

/* The slot of feature `key`, or NULL when the model has none. */
static inline const feat_slot *slot_find(const nf_ner_model *m, uint32_t key) {
    uint32_t i = key & m->fmask;
    for (;;) {
        uint32_t k = m->feats[i].key;
        if (k == key) return &m->feats[i];
        if (k == 0) return NULL;
        i = (i + 1) & m->fmask;
    }
}

/* The weights of feature `key`, or NULL when the model has none. */
static inline const int8_t *feat_find(const nf_ner_model *m, uint32_t key) {
    const feat_slot *f = slot_find(m, key);
    return f ? f->w : NULL;
}

/* The slot of a word or name hash: its own, or an empty one (a copy). */
static inline word_slot word_find(const nf_ner_model *m, uint32_t key) {
    if (key == 0) key = 1;
    uint32_t i = fmix(key) & m->wmask;
    for (;;) {
        uint32_t k = m->words[i].key;
        if (k == key || k == 0) return m->words[i];
        i = (i + 1) & m->wmask;
    }
}

/* The slot of `key` (never 0) in the word table, claimed when it is new. */
static word_slot *word_slot_for(nf_ner_model *m, uint32_t key) {
    uint32_t i = fmix(key) & m->wmask;
    while (m->words[i].key && m->words[i].key != key) i = (i + 1) & m->wmask;
    m->words[i].key = key;
    return &m->words[i];
}

/* The smallest power of two that is at least 2n (and at least 16). */
static uint32_t table_size(uint32_t n) {
    uint32_t s = 16;
    while (s < 2 * n) s *= 2;
    return s;
}

/* ---- loading ----------------------------------------------------------- */

/* Whether tag `cur` may follow tag `prev` (prev NT: the start): I-X only
 * after B-X or I-X. */
static bool allowed(int prev, int cur) {
    if (cur == 0 || cur % 2 == 1) return true;
    return prev >= 1 && prev < NT && (prev - 1) / 2 == (cur - 1) / 2;
}

/* Little-endian readers over unaligned bytes. */
static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint16_t rd16(const unsigned char *p) {
    return (uint16_t)(p[0] | p[1] << 8);
}

/* Splits the header lines ("# key: value") into m->hkey/hval; returns false
 * when the feature set is not the one this code computes. */
static bool parse_header(nf_ner_model *m) {
    char *s = m->header;
    while (*s && m->nheader < MAX_HEADER) {
        char *e = strchr(s, '\n');
        if (!e) break;
        *e = '\0';
        char *colon = strstr(s, ": ");
        if (s[0] == '#' && s[1] == ' ' && colon) {
            *colon = '\0';
            m->hkey[m->nheader] = s + 2;
            m->hval[m->nheader] = colon + 2;
            m->nheader++;
        }
        s = e + 1;
    }
    const char *fs = nf_ner_info(m, "features");
    return fs && strcmp(fs, NER_FEATURE_SET) == 0;
}

/* Copies the weights of the small templates' keys into m->direct (rows of
 * zeros for keys the model lacks). */
static void fill_direct(nf_ner_model *m) {
    static const struct {
        uint8_t tid;
        uint16_t row, n;
    } small[] = {{FT_BIAS, D_BIAS, 2},   {FT_CP, D_CP, 9},           {FT_LX, D_LX, 16},
                 {FT_LXCP, D_LXCP, 256}, {FT_LF, D_LF, 16},          {FT_LXM1, D_LXM1, 16},
                 {FT_LXP1, D_LXP1, 16},  {FT_CPM1, D_CPM1, 9},       {FT_CPP1, D_CPP1, 9},
                 {FT_RUN, D_RUN, 16},    {FT_LXM1CP, D_LXM1CP, 256}, {FT_G, D_G, 30},
                 {FT_GCP, D_GCP, 240},   {FT_GM1, D_GM1, 15},        {FT_GP1, D_GP1, 15}};
    for (size_t t = 0; t < sizeof small / sizeof small[0]; t++)
        for (uint32_t v = 0; v < small[t].n; v++) {
            const int8_t *w = feat_find(m, fkey(small[t].tid, v));
            if (w) memcpy(m->direct[small[t].row + v].w, w, NT);
        }
}

/* Builds the model from the file's bytes (without the feature weights when
 * `words_only`); returns NF_OK or an error. */
static nf_status parse_model(nf_ner_model *m, const unsigned char *p, size_t len,
                             const char *origin, bool words_only, nf_error *err) {
    size_t ml = strlen(NER_MAGIC);
    if (len < ml || memcmp(p, NER_MAGIC, ml) != 0)
        return nf_fail(err, NF_ERR_DATA, 0, "%s: not a name tagger model", origin);
    const unsigned char *end = p + len;
    const unsigned char *q = p + ml, *data = NULL;
    while (q < end) {
        const unsigned char *e = memchr(q, '\n', (size_t)(end - q));
        if (!e) break;
        if (e - q == 4 && memcmp(q, "data", 4) == 0) {
            data = e + 1;
            break;
        }
        q = e + 1;
    }
    if (!data) return nf_fail(err, NF_ERR_DATA, 0, "%s: no data section", origin);
    size_t hl = (size_t)(data - (p + ml));
    m->header = malloc(hl + 1);
    if (!m->header) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for the name tagger");
    memcpy(m->header, p + ml, hl);
    m->header[hl] = '\0';
    if (!parse_header(m))
        return nf_fail(err, NF_ERR_DATA, 0, "%s: feature set is not %s", origin, NER_FEATURE_SET);

    size_t rest = (size_t)(end - data);
    if (rest < 20) return nf_fail(err, NF_ERR_DATA, 0, "%s: truncated", origin);
    uint32_t nt = rd32(data), nf = rd32(data + 4), ng = rd32(data + 8), nl = rd32(data + 12);
    uint32_t sc = rd32(data + 16);
    memcpy(&m->scale, &sc, sizeof m->scale);
    if (nt != NT) return nf_fail(err, NF_ERR_DATA, 0, "%s: %u tags, want %d", origin, nt, NT);
    size_t need = 20 + 4u * (NT + 1) * NT + (size_t)nf * (4 + NT) + (size_t)ng * 6 + (size_t)nl * 5;
    if (nf > (1u << 26) || ng > (1u << 26) || nl > (1u << 26) || rest != need)
        return nf_fail(err, NF_ERR_DATA, 0, "%s: sizes do not match the file", origin);
    const unsigned char *r = data + 20;
    for (int a = 0; a <= NT; a++)
        for (int b = 0; b < NT; b++, r += 4) {
            int32_t v = (int32_t)rd32(r);
            if (v > TR_MAX || v < -TR_MAX)
                return nf_fail(err, NF_ERR_DATA, 0, "%s: transition weight out of range", origin);
            m->tr[a][b] = allowed(a, b) ? v : NEG;
        }
    for (int a = 0; a < NT; a++)
        for (int b = 0; b < NT; b++) m->trt[b][a] = m->tr[a][b];
    for (int b = 0; b < NT; b++) {
        int32_t lo = m->trt[b][0], hi = lo;
        for (int a = 1; a < NT; a++) {
            lo = m->trt[b][a] < lo ? m->trt[b][a] : lo;
            hi = m->trt[b][a] > hi ? m->trt[b][a] : hi;
        }
        m->spread[b] = hi - lo;
        if ((b == 0 || b % 2 == 1) && m->spread[b] > m->spread_bo) m->spread_bo = m->spread[b];
    }
    for (int t = 0; t < EMW; t++) {
        for (int a = 0; a < NT; a++) m->trfrom[a][t] = t < NT ? m->tr[a][t] : NEG;
        bool inside = t < NT && t > 0 && t % 2 == 0;
        m->tri_b[t] = inside ? m->tr[t - 1][t] : 0;
        m->tri_i[t] = inside ? m->tr[t][t] : 0;
    }

    /* Four slots or more a feature: a key is mostly at its own slot (half as
     * many gave 2 % more time on bench-de, a quarter as many 7 %). */
    m->fmask = table_size(nf * 2) - 1;
    /* The words-only model holds the lexicon words, not the gazetteer's. */
    m->wmask = table_size((words_only ? 0 : ng) + nl) - 1;
    if (!words_only) {
        m->feats = nf_table_calloc((size_t)m->fmask + 1, sizeof *m->feats);
        m->filter = nf_table_calloc((size_t)1 << (FILTER_BITS - 6), sizeof *m->filter);
    }
    m->words = nf_table_calloc((size_t)m->wmask + 1, sizeof *m->words);
    if ((!words_only && (!m->feats || !m->filter)) || !m->words)
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for the name tagger");
    const unsigned char *keys = r, *w = r + 4u * nf;
    for (uint32_t i = 0; i < nf && !words_only; i++) {
        uint32_t k = rd32(keys + 4u * i);
        if (k == 0) return nf_fail(err, NF_ERR_DATA, 0, "%s: feature key 0", origin);
        uint32_t s = k & m->fmask;
        while (m->feats[s].key && m->feats[s].key != k) s = (s + 1) & m->fmask;
        m->feats[s].key = k;
        memcpy(m->feats[s].w, w + (size_t)NT * i, NT);
        m->filter[(k >> FILTER_SHIFT) >> 6] |= (uint64_t)1 << ((k >> FILTER_SHIFT) & 63);
    }
    r = w + (size_t)NT * nf;
    const unsigned char *gm = r + 4u * ng;
    for (uint32_t i = 0; i < ng && !words_only; i++) {
        uint32_t k = rd32(r + 4u * i);
        if (k == 0) return nf_fail(err, NF_ERR_DATA, 0, "%s: gazetteer key 0", origin);
        word_slot_for(m, k)->gaz = rd16(gm + 2u * i);
    }
    r = gm + 2u * ng;
    const unsigned char *lv = r + 4u * nl;
    for (uint32_t i = 0; i < nl; i++) {
        uint32_t k = rd32(r + 4u * i);
        if (k == 0) return nf_fail(err, NF_ERR_DATA, 0, "%s: lexicon key 0", origin);
        word_slot_for(m, k)->lex = lv[i];
    }
    if (!words_only) fill_direct(m);
    return NF_OK;
}

/* Loads the model file, or only its words; the caller owns *out. */
static nf_status load(nf_ner_model **out, const char *data_dir, bool words_only, nf_error *err) {
    if (!out) return nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_ner_load: no output");
    *out = NULL;
    nf_data d;
    nf_status st = nf_data_get(data_dir, NF_NER_MODEL_PATH, &d, err);
    if (st != NF_OK) return st;
    nf_ner_model *m = calloc(1, sizeof *m);
    if (!m) {
        nf_data_release(&d);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory for the name tagger");
    }
    st = parse_model(m, (const unsigned char *)d.bytes, d.len, d.origin, words_only, err);
    nf_data_release(&d);
    if (st != NF_OK) {
        nf_ner_free(m);
        return st;
    }
    *out = m;
    return NF_OK;
}

/* Loads the whole model. */
nf_status nf_ner_load(nf_ner_model **out, const char *data_dir, nf_error *err) {
    return load(out, data_dir, false, err);
}

/* Loads the words (lexicon and gazetteer) without the feature weights. */
nf_status nf_ner_load_words(nf_ner_model **out, const char *data_dir, nf_error *err) {
    return load(out, data_dir, true, err);
}

/* Frees the model and its tables. */
void nf_ner_free(nf_ner_model *m) {
    if (!m) return;
    free(m->feats);
    free(m->filter);
    free(m->words);
    free(m->header);
    free(m);
}

/* A header value of the model file; owned by the model. */
const char *nf_ner_info(const nf_ner_model *m, const char *key) {
    if (!m || !key) return NULL;
    for (size_t i = 0; i < m->nheader; i++)
        if (strcmp(m->hkey[i], key) == 0) return m->hval[i];
    return NULL;
}

/* The lexicon classes of a word written mostly in lower case, of one
 * written in both cases and of a common noun (LX_L, LX_M and LX_N in
 * nerlib.py). */
#define LX_LOWER 2
#define LX_MIXED 3
#define LX_NOUN 4
#define LX_CAPITAL 5 /* LX_C: capitalised inside sentences, seldom after an article */

/* Gazetteer bits of persons' names: per_full, per_first, per_last,
 * first_name and surname of GAZ in nerlib.py. */
#define G_PERSON ((1u << 4) | (1u << 5) | (1u << 6) | (1u << 11) | (1u << 12))

/* The word table's slot of the lower-cased word `lower` (lexicon byte and
 * gazetteer bits); an empty slot without a model or word. */
static word_slot lexicon_slot(const nf_ner_model *m, const char *lower) {
    return m && lower ? word_find(m, hstr(lower, strlen(lower))) : (word_slot){0, 0, 0};
}

/* True when the capitalisation lexicon puts `lower` in class `cls`, seen at
 * least 2^min_freq times. */
static bool lexicon_class(const nf_ner_model *m, const char *lower, unsigned cls,
                          unsigned min_freq) {
    unsigned b = lexicon_slot(m, lower).lex;
    return (b & 15u) == cls && (b >> 4) >= min_freq;
}

/* Looks the word up in the capitalisation lexicon. */
bool nf_ner_common_noun(const nf_ner_model *m, const char *lower, unsigned min_freq) {
    return lexicon_class(m, lower, LX_NOUN, min_freq);
}

/* Looks the word up in the capitalisation lexicon. */
bool nf_ner_known_word(const nf_ner_model *m, const char *lower, unsigned min_freq) {
    unsigned b = lexicon_slot(m, lower).lex;
    return (b & 15u) != 0 && (b >> 4) >= min_freq;
}

/* Looks the word up in the capitalisation lexicon and the gazetteer. */
bool nf_ner_noun_like(const nf_ner_model *m, const char *lower, unsigned min_freq) {
    word_slot w = lexicon_slot(m, lower);
    unsigned c = w.lex & 15u;
    return (c == LX_NOUN || c == LX_CAPITAL) && (w.lex >> 4u) >= min_freq && !(w.gaz & G_PERSON);
}

/* Looks the word up in the capitalisation lexicon (see ner.h). */
bool nf_ner_compound_tail(const nf_ner_model *m, const char *lower, unsigned min_freq) {
    word_slot w = lexicon_slot(m, lower);
    unsigned c = w.lex & 15u;
    return (c == LX_NOUN || c == LX_CAPITAL || c == LX_MIXED) && (w.lex >> 4u) >= min_freq &&
           !(w.gaz & G_PERSON);
}

/* Looks the word up in the capitalisation lexicon. */
bool nf_ner_lower_word(const nf_ner_model *m, const char *lower) {
    unsigned c = lexicon_slot(m, lower).lex & 15u;
    return c == LX_LOWER || c == LX_MIXED;
}

/* Looks the word up in the capitalisation lexicon. */
bool nf_ner_common_word(const nf_ner_model *m, const char *lower) {
    unsigned c = lexicon_slot(m, lower).lex & 15u;
    return c == LX_LOWER || c == LX_MIXED || c == LX_NOUN;
}

/* Looks the word up in the capitalisation lexicon. */
bool nf_ner_name_without_article(const nf_ner_model *m, const char *lower, unsigned min_freq) {
    return lexicon_class(m, lower, LX_CAPITAL, min_freq);
}

/* ---- token attributes -------------------------------------------------- */

/* What the features of a window need to know about each of its tokens. */
typedef struct tok_info {
    const char *lower; /* nf_tokl */
    uint32_t llen;     /* its length in bytes */
    uint32_t hl, hs;   /* hashes of the lower-cased text (0 read as 1) and of the shape */
    uint32_t hraw;     /* FNV-1a of the lower-cased text as it is (gazetteer names go on from it) */
    uint32_t s3;       /* hash of its last three code points */
    uint32_t pre[4];   /* hashes of its first 1-4 code points */
    uint32_t ncp;      /* its length in code points, counted up to 5 */
    uint32_t gm;       /* gazetteer bits of names it begins (low 16) and continues (high 16) */
    uint16_t g0;       /* gazetteer slot of the word alone (word_slot.gaz) */
    uint8_t cp;        /* kind, capitalisation and position */
    uint8_t lx;        /* lexicon byte */
    uint8_t kind, flags;
    uint8_t left, right; /* capitalised words directly before / after it, at most 2 */
} tok_info;

/* Shape characters of the NF_C_* classes (indexed by class; 0 = left out,
 * '?' for any class beyond the table). */
static const char shape_chars[] = {
    [NF_C_OTHER] = '?',  [NF_C_SPACE] = '?',  [NF_C_NEWLINE] = '?', [NF_C_UPPER] = 'X',
    [NF_C_LOWER] = 'x',  [NF_C_LETTER] = 'x', [NF_C_MARK] = 0,      [NF_C_DIGIT] = 'd',
    [NF_C_HYPHEN] = '-', [NF_C_DASH] = '-',   [NF_C_QUOTE] = '\'',  [NF_C_PUNCT] = '.',
    [NF_C_SYMBOL] = '$'};

/* The shape character of class `cls`. */
static inline char shape_char(uint8_t cls) {
    return cls < sizeof shape_chars ? shape_chars[cls] : '?';
}

/* The hash of token k's short shape: one character per class, runs
 * collapsed, at most 8 characters. */
static uint32_t shape_hash(const nf_doc *doc, size_t k) {
    uint32_t h = FNV_INIT, n = 0;
    char last = 0;
    const uint8_t *cls = doc->text.cls;
    for (uint32_t i = doc->tokens[k].a, b = doc->tokens[k].b; i < b; i++) {
        char c = shape_char(cls[i]);
        if (c && c != last) {
            h = (h ^ (uint8_t)c) * 0x01000193u; /* hstr of the shape, as it grows */
            last = c;
            if (++n == 8) break;
        }
    }
    return h ? h : 1;
}

/* Length bucket of a token of n code points. */
static uint32_t len_bucket(uint32_t n) {
    return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 7 : 10;
}

/* Kind, capitalisation and position of a token in one small number. */
static uint8_t cp_code(uint8_t kind, uint8_t flags, bool first) {
    switch (kind) {
        case NF_TOK_WORD:
        case NF_TOK_ABBREV:
            if (flags & NF_TF_CAP) return first ? 1 : 2;
            return (flags & NF_TF_LOWER) ? 3 : 4;
        case NF_TOK_NUMBER:
        case NF_TOK_ORDINAL:
        case NF_TOK_DATE:
            return 5;
        case NF_TOK_PUNCT:
            return 6;
        case NF_TOK_QUOTE:
            return 7;
        default:
            return 8;
    }
}

/* Byte offset where the last `n` code points of s[0, len) begin (0 when it
 * has fewer). */
static size_t last_cps(const char *s, size_t len, int n) {
    size_t p = len;
    while (n > 0 && p > 0) {
        p--;
        while (p > 0 && ((uint8_t)s[p] & 0xC0) == 0x80) p--;
        n--;
    }
    return p;
}

/* Marks the gazetteer names that start in the window (gaz_masks in nerlib.py). */
static void match_gazetteer(const nf_ner_model *m, tok_info *ti, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (ti[i].kind != NF_TOK_WORD && ti[i].kind != NF_TOK_ABBREV) continue;
        uint32_t h = ti[i].hraw;
        size_t j = i;
        for (;;) {
            unsigned e = j == i ? ti[i].g0 : word_find(m, h).gaz;
            uint32_t bits = e & 0x7FFFu;
            if (bits) {
                ti[i].gm |= bits;
                for (size_t q = i + 1; q <= j; q++) ti[q].gm |= bits << 16;
            }
            if (!(e & G_PREFIX) || j + 1 >= n || j - i >= 7) break;
            j++;
            if (ti[j].flags & NF_TF_SPACE_BEFORE) h = fnv(h, " ", 1);
            h = fnv(h, ti[j].lower, ti[j].llen);
        }
    }
}

/* Fills the attributes of the window's tokens [wa, wa + n). */
static void token_infos(const nf_ner_model *m, const nf_doc *doc, size_t wa, size_t n,
                        tok_info *ti) {
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        size_t k = wa + i;
        tok_info *t = &ti[i];
        t->lower = nf_tokl(doc, k);
        t->kind = doc->tokens[k].kind;
        t->flags = doc->tokens[k].flags;
        /* The word's length and hash come from the token texts (the same
         * FNV-1a over the same bytes, up to a NUL); the hashes of its first
         * one to four code points from a pass that stops at the fifth. */
        _Static_assert(FNV_INIT == NF_LEXICON_HASH_INIT, "the token texts' hash");
        t->llen = doc->tok_llen[k];
        t->hraw = doc->tok_lhash[k];
        t->hl = t->hraw ? t->hraw : 1;
        t->ncp = 0;
        if ((t->flags & NF_TF_CAP) && t->kind == NF_TOK_WORD) {
            /* Prefixes: features of capitalised words only. */
            uint32_t h = FNV_INIT, ncp = 0;
            for (size_t b = 0; b < t->llen; b++) {
                if (((uint8_t)t->lower[b] & 0xC0) != 0x80) {
                    if (ncp >= 1 && ncp <= 4) t->pre[ncp - 1] = h ? h : 1;
                    if (++ncp == 5) break; /* five or more: all four prefixes are set */
                }
                h ^= (uint8_t)t->lower[b];
                h *= 0x01000193u;
            }
            t->ncp = ncp;
        }
        t->hs = shape_hash(doc, k);
        t->s3 = 0; /* below, where a feature needs it */
        t->cp = cp_code(t->kind, t->flags, first);
        if (t->kind != NF_TOK_PUNCT && t->kind != NF_TOK_QUOTE && t->kind != NF_TOK_SYMBOL)
            first = false;
        t->gm = 0;
        /* The word's slot (lexicon and gazetteer), needed below. */
        __builtin_prefetch(&m->words[fmix(t->hl) & m->wmask]);
    }
    for (size_t i = 0; i < n; i++) {
        word_slot w = word_find(m, ti[i].hl);
        ti[i].lx = w.lex;
        ti[i].g0 = w.gaz;
        if ((w.gaz & G_PREFIX) && i + 1 < n) {
            /* match_gazetteer will look up the name going on with the next word. */
            uint32_t h = ti[i].hraw;
            if (ti[i + 1].flags & NF_TF_SPACE_BEFORE) h = fnv(h, " ", 1);
            h = fnv(h, ti[i + 1].lower, ti[i + 1].llen);
            __builtin_prefetch(&m->words[fmix(h ? h : 1) & m->wmask]);
        }
    }
    /* The hash of the last three code points: features of a capitalised
     * token read its own and its neighbours'. */
    for (size_t i = 0; i < n; i++) {
        bool near_cap = (ti[i].flags & NF_TF_CAP) || (i > 0 && (ti[i - 1].flags & NF_TF_CAP)) ||
                        (i + 1 < n && (ti[i + 1].flags & NF_TF_CAP));
        if (!near_cap) continue;
        size_t p = last_cps(ti[i].lower, ti[i].llen, 3);
        ti[i].s3 = hstr(ti[i].lower + p, ti[i].llen - p);
    }
    /* Runs of capitalised words around each token, counted up to two. */
    uint8_t run = 0;
    for (size_t i = 0; i < n; i++) {
        ti[i].left = run;
        bool cw = (ti[i].flags & NF_TF_CAP) && ti[i].kind == NF_TOK_WORD;
        run = cw ? (uint8_t)(run < 2 ? run + 1 : 2) : 0;
    }
    run = 0;
    for (size_t i = n; i-- > 0;) {
        ti[i].right = run;
        bool cw = (ti[i].flags & NF_TF_CAP) && ti[i].kind == NF_TOK_WORD;
        run = cw ? (uint8_t)(run < 2 ? run + 1 : 2) : 0;
    }
    match_gazetteer(m, ti, n);
}

/* ---- scoring ----------------------------------------------------------- */

/* The feature keys of one token that may have weights (the model's filter
 * lets them through); their slots are being fetched into the cache. */
typedef struct key_list {
    uint32_t key[MAX_FEATS];
    size_t n;
    uint16_t row[MAX_DIRECT]; /* rows of m->direct */
    size_t nrow;
} key_list;

/* Lists feature `key` when the filter says the model may know it (without
 * a branch: the key is written either way, and counted only then), and
 * starts fetching its slot.  No token has more features than the lists
 * hold (MAX_FEATS, MAX_DIRECT: counted from features and gaz_features). */
static inline void put(const nf_ner_model *m, key_list *kl, uint32_t key) {
    uint32_t b = key >> FILTER_SHIFT;
    kl->key[kl->n] = key;
    kl->n += m->filter[b >> 6] >> (b & 63) & 1;
    __builtin_prefetch(&m->feats[key & m->fmask]);
}

/* Lists row `row` of the direct weights. */
static inline void put_direct(key_list *kl, uint32_t row) {
    kl->row[kl->nrow++] = (uint16_t)row;
}

#if defined(__SSE2__)
/* Adds the weights of a slot to 16-bit sums: lanes 4-7 of lo and 0-4 of hi
 * are the NT tags (the key's bytes go to lanes 0-3 of lo, unused).  A token
 * has under 128 features of weights in [-128, 127], so the sums fit. */
static inline void add_slot(__m128i *lo, __m128i *hi, const feat_slot *f) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)f);
    *lo = _mm_add_epi16(*lo, _mm_srai_epi16(_mm_unpacklo_epi8(x, x), 8));
    *hi = _mm_add_epi16(*hi, _mm_srai_epi16(_mm_unpackhi_epi8(x, x), 8));
}

/* Sums the weights of the listed features into acc (NT scores, then
 * zeros up to EMW). */
static void sum_weights(const nf_ner_model *m, const key_list *kl, int32_t *acc) {
    _Static_assert(sizeof(feat_slot) == 16 && NT == 9, "slots of a key and NT <= 12 weights");
    __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
    for (size_t j = 0; j < kl->n; j++) {
        const feat_slot *f = slot_find(m, kl->key[j]);
        if (f) add_slot(&lo, &hi, f);
    }
    for (size_t j = 0; j < kl->nrow; j++) add_slot(&lo, &hi, &m->direct[kl->row[j]]);
    /* Lanes 4-7 of lo and 0-7 of hi widened to 32 bits: the NT sums, then
     * those of the slots' padding (zeros: slots are zeroed before their
     * NT weights are copied in). */
    _mm_storeu_si128((__m128i *)(void *)acc, _mm_srai_epi32(_mm_unpackhi_epi16(lo, lo), 16));
    _mm_storeu_si128((__m128i *)(void *)(acc + 4), _mm_srai_epi32(_mm_unpacklo_epi16(hi, hi), 16));
    _mm_storeu_si128((__m128i *)(void *)(acc + 8), _mm_srai_epi32(_mm_unpackhi_epi16(hi, hi), 16));
}
#else
/* Sums the weights of the listed features into acc (NT scores, then
 * zeros up to EMW). */
static void sum_weights(const nf_ner_model *m, const key_list *kl, int32_t *acc) {
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    for (size_t j = 0; j < kl->n; j++) {
        const int8_t *w = feat_find(m, kl->key[j]);
        if (!w) continue;
        a0 += w[0], a1 += w[1], a2 += w[2], a3 += w[3], a4 += w[4];
        a5 += w[5], a6 += w[6], a7 += w[7], a8 += w[8];
    }
    for (size_t j = 0; j < kl->nrow; j++) {
        const int8_t *w = m->direct[kl->row[j]].w;
        a0 += w[0], a1 += w[1], a2 += w[2], a3 += w[3], a4 += w[4];
        a5 += w[5], a6 += w[6], a7 += w[7], a8 += w[8];
    }
    acc[0] = a0, acc[1] = a1, acc[2] = a2, acc[3] = a3, acc[4] = a4;
    acc[5] = a5, acc[6] = a6, acc[7] = a7, acc[8] = a8;
    acc[9] = acc[10] = acc[11] = 0;
}
#endif

/* Lists the gazetteer features of token i (gaz_features in nerlib.py);
 * inline: most tokens have no gazetteer bits, and the test is all. */
static inline __attribute__((always_inline)) void gaz_features(key_list *kl, const tok_info *ti,
                                                               size_t i, size_t n, uint32_t cp) {
    /* Set bits one by one, lowest first (g &= g - 1 clears it). */
    for (uint32_t g = ti[i].gm & 0x7FFFu; g; g &= g - 1) {
        uint32_t b = (uint32_t)__builtin_ctz(g);
        put_direct(kl, D_G + b * 2);
        put_direct(kl, D_GCP + b * 16 + cp);
    }
    for (uint32_t g = ti[i].gm >> 16 & 0x7FFFu; g; g &= g - 1)
        put_direct(kl, D_G + (uint32_t)__builtin_ctz(g) * 2 + 1);
    if (i > 0)
        for (uint32_t g = (ti[i - 1].gm | ti[i - 1].gm >> 16) & 0x7FFFu; g; g &= g - 1)
            put_direct(kl, D_GM1 + (uint32_t)__builtin_ctz(g));
    if (i + 1 < n)
        for (uint32_t g = (ti[i + 1].gm | ti[i + 1].gm >> 16) & 0x7FFFu; g; g &= g - 1)
            put_direct(kl, D_GP1 + (uint32_t)__builtin_ctz(g));
}

/* Lists the features of token i of the window (token_features in nerlib.py). */
static void features(const nf_ner_model *m, const nf_doc *doc, size_t k, const tok_info *ti,
                     size_t i, size_t n, key_list *kl) {
    const tok_info *t = &ti[i];
    kl->n = 0;
    kl->nrow = 0;
    uint32_t cp = t->cp;
    if (!(t->flags & NF_TF_CAP)) {
        /* A token that does not start with a capital: a few features only. */
        put_direct(kl, D_BIAS + 1);
        put(m, kl, fkey(FT_W, t->hl));
        put(m, kl, fkey(FT_SH, t->hs));
        put_direct(kl, D_CP + cp);
        put(m, kl, fkey(FT_WM1, i > 0 ? ti[i - 1].hl : BOS));
        put(m, kl, fkey(FT_WP1, i + 1 < n ? ti[i + 1].hl : EOS));
        put_direct(kl, D_LX + (t->lx & 15u));
        put_direct(kl, D_LXP1 + (i + 1 < n ? ti[i + 1].lx & 15u : 15u));
        put_direct(kl, D_CPM1 + (i > 0 ? ti[i - 1].cp : 0));
        put_direct(kl, D_CPP1 + (i + 1 < n ? ti[i + 1].cp : 0));
        gaz_features(kl, ti, i, n, cp);
        return;
    }
    put_direct(kl, D_BIAS);
    put(m, kl, fkey(FT_W, t->hl));
    /* the token texts' hash of the text as written: the same FNV-1a */
    put(m, kl, fkey(FT_WT, doc->tok_hash[k] ? doc->tok_hash[k] : 1));
    put(m, kl, fkey(FT_SH, t->hs));
    put(m, kl, fkey(FT_SHL, pair(t->hs, len_bucket(doc->tokens[k].b - doc->tokens[k].a))));
    put_direct(kl, D_CP + cp);
    if (t->kind == NF_TOK_WORD && t->ncp > 1) {
        /* Prefixes and suffixes of 1-4 code points shorter than the word. */
        size_t sfx = t->llen;
        for (uint32_t a = 1; a <= 4 && a < t->ncp; a++) {
            put(m, kl, fkey(FT_P1 + a - 1, t->pre[a - 1]));
            /* suffixes: the offsets of the last 1, 2, 3, 4 code points, one
             * step back at a time */
            sfx = a == 1 ? last_cps(t->lower, t->llen, 1) : last_cps(t->lower, sfx, 1);
            uint32_t sh = a == 3 ? t->s3 : hstr(t->lower + sfx, t->llen - sfx);
            put(m, kl, fkey(FT_S1 + a - 1, sh));
        }
    }
    uint32_t wm1 = i > 0 ? ti[i - 1].hl : BOS;
    uint32_t wp1 = i + 1 < n ? ti[i + 1].hl : EOS;
    put(m, kl, fkey(FT_WM1, wm1));
    put(m, kl, fkey(FT_WP1, wp1));
    put(m, kl, fkey(FT_WM2, i > 1 ? ti[i - 2].hl : BOS));
    put(m, kl, fkey(FT_WP2, i + 2 < n ? ti[i + 2].hl : EOS));
    uint32_t shm1 = i > 0 ? ti[i - 1].hs : BOS;
    uint32_t shp1 = i + 1 < n ? ti[i + 1].hs : EOS;
    put(m, kl, fkey(FT_SHM1, shm1));
    put(m, kl, fkey(FT_SHP1, shp1));
    put(m, kl, fkey(FT_SH3, pair(pair(shm1, t->hs), shp1)));
    put(m, kl, fkey(FT_WM1W, pair(wm1, t->hl)));
    put(m, kl, fkey(FT_WWP1, pair(t->hl, wp1)));
    uint32_t lx = t->lx, lxm1 = i > 0 ? ti[i - 1].lx & 15u : 15u;
    put_direct(kl, D_LX + (lx & 15u));
    put_direct(kl, D_LXCP + (lx & 15u) * 16 + cp);
    put_direct(kl, D_LF + (lx >> 4));
    put_direct(kl, D_LXM1 + lxm1);
    put_direct(kl, D_LXP1 + (i + 1 < n ? ti[i + 1].lx & 15u : 15u));
    put_direct(kl, D_CPM1 + (i > 0 ? ti[i - 1].cp : 0));
    put_direct(kl, D_CPP1 + (i + 1 < n ? ti[i + 1].cp : 0));
    if (t->flags & NF_TF_CAP) put_direct(kl, D_RUN + t->left * 4u + t->right);
    put(m, kl, fkey(FT_S3M1, i > 0 ? ti[i - 1].s3 : BOS));
    put(m, kl, fkey(FT_S3P1, i + 1 < n ? ti[i + 1].s3 : EOS));
    put(m, kl, fkey(FT_WM1CP, pair(wm1, cp)));
    put_direct(kl, D_LXM1CP + lxm1 * 16 + cp);
    gaz_features(kl, ti, i, n, cp);
}

/* A path's score and the tag it comes from. */
typedef struct cand {
    int32_t v;
    int tag;
} cand;

/* Of two candidates, x from lower tags than y: y when it scores higher. */
static inline cand pick(cand x, cand y) {
    return y.v > x.v ? y : x;
}

/* The path into some tag from tag p: its score plus the transition. */
static inline cand from(const int32_t *score, const int32_t *trt, int p) {
    return (cand){score[p] + trt[p], p};
}

/* The best of the paths from all nine tags into a tag whose transitions
 * are trt (a row of m->trt), the lowest tag on ties (the same as scanning
 * them in order), by a tree of comparisons. */
static inline cand best_from_all(const int32_t *score, const int32_t *trt) {
    cand a = pick(pick(from(score, trt, 0), from(score, trt, 1)),
                  pick(from(score, trt, 2), from(score, trt, 3)));
    cand b = pick(pick(from(score, trt, 4), from(score, trt, 5)),
                  pick(from(score, trt, 6), from(score, trt, 7)));
    return pick(pick(a, b), from(score, trt, 8));
}

/* The best path into O or B-X (t) from the scores of the tags before:
 * when the best tag so far (top) leads the others by more than the spread
 * of the transitions into t, it is the best predecessor of t (any other q
 * scores below score[top] - spread + max tr[.][t] = score[top] + min
 * tr[.][t]); else every predecessor is tried. */
static inline cand best_into(const nf_ner_model *m, const int32_t *score, int top, int64_t lead,
                             int t) {
    return lead > m->spread[t] ? (cand){score[top] + m->trt[t][top], top}
                               : best_from_all(score, m->trt[t]);
}

/* The tags of the best path: the best last tag (the lowest of equals) and
 * the back pointers from there. */
static void backtrack(const int32_t *score, const uint8_t (*back)[16], size_t n, uint8_t *tags) {
    int arg = 0;
    for (int t = 1; t < NT; t++)
        if (score[t] > score[arg]) arg = t;
    tags[n - 1] = (uint8_t)arg;
    for (size_t i = n - 1; i > 0; i--) tags[i - 1] = back[i][tags[i]];
}

#if defined(__SSE2__)
/* Lanes of a where mask is set, else of b. */
static inline __m128i sel(__m128i mask, __m128i a, __m128i b) {
    return _mm_or_si128(_mm_and_si128(mask, a), _mm_andnot_si128(mask, b));
}

/* The larger of a and b, lane by lane. */
static inline __m128i max32(__m128i a, __m128i b) {
    return sel(_mm_cmpgt_epi32(a, b), a, b);
}

/* The largest of the twelve lanes of v[0..2], in every lane. */
static inline __m128i hmax(__m128i a, __m128i b, __m128i c) {
    __m128i x = max32(max32(a, b), c);
    x = max32(x, _mm_shuffle_epi32(x, 0x4E));
    return max32(x, _mm_shuffle_epi32(x, 0xB1));
}

/* Bits 0-11: which lanes of a, b, c equal those of x. */
static inline unsigned lanes_equal(__m128i a, __m128i b, __m128i c, __m128i x) {
    return (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(a, x))) |
           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(b, x))) << 4 |
           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(c, x))) << 8;
}

/* The best tag sequence for n tokens of emission scores (viterbi in
 * nerlib.py: ties go to the lower tag).  Transitions that are not allowed
 * carry a penalty no path that can avoid them survives, which picks the
 * same path as skipping them.  O and B-X may follow any tag (best_into);
 * I-X only B-X (t - 1) or I-X.  The scores are vectors of EMW lanes, one
 * per tag and NEG-like past NT: the lanes of O and B-X take best_into's
 * path, the lanes of I-X the better of B-X and I-X, each lane's tag kept
 * as a byte in back. */
static void viterbi(const nf_ner_model *m, const int32_t (*em)[EMW], size_t n, uint8_t *tags,
                    uint8_t (*back)[16]) {
    _Alignas(16) int32_t score[EMW], bo[EMW];
    _Alignas(16) int32_t bo_tag[EMW];
    for (int t = 0; t < EMW; t++) score[t] = t < NT ? m->tr[NT][t] + em[0][t] : NEG;
    for (int t = NT; t < EMW; t++) bo[t] = NEG, bo_tag[t] = 0;
    const __m128i neg = _mm_set1_epi32(NEG);
    /* the lanes of I-X (2, 4, 6, 8), the lanes' own tags and those before */
    const __m128i in0 = _mm_set_epi32(0, -1, 0, 0), in1 = _mm_set_epi32(0, -1, 0, -1);
    const __m128i in2 = _mm_set_epi32(0, 0, 0, -1);
    const __m128i id0 = _mm_set_epi32(3, 2, 1, 0), id1 = _mm_set_epi32(7, 6, 5, 4);
    const __m128i id2 = _mm_set_epi32(11, 10, 9, 8), one = _mm_set1_epi32(1);
    const __m128i tb0 = _mm_loadu_si128((const __m128i *)(const void *)m->tri_b);
    const __m128i tb1 = _mm_loadu_si128((const __m128i *)(const void *)(m->tri_b + 4));
    const __m128i tb2 = _mm_loadu_si128((const __m128i *)(const void *)(m->tri_b + 8));
    const __m128i ti0 = _mm_loadu_si128((const __m128i *)(const void *)m->tri_i);
    const __m128i ti1 = _mm_loadu_si128((const __m128i *)(const void *)(m->tri_i + 4));
    const __m128i ti2 = _mm_loadu_si128((const __m128i *)(const void *)(m->tri_i + 8));
    for (size_t i = 1; i < n; i++) {
        __m128i v0 = _mm_load_si128((const __m128i *)(const void *)score);
        __m128i v1 = _mm_load_si128((const __m128i *)(const void *)(score + 4));
        __m128i v2 = _mm_load_si128((const __m128i *)(const void *)(score + 8));
        /* The leader (the lowest of equals) and its lead over the others. */
        __m128i top_v = hmax(v0, v1, v2);
        unsigned eq = lanes_equal(v0, v1, v2, top_v);
        int top = __builtin_ctz(eq);
        int64_t lead = 0;
        if (!(eq & (eq - 1))) { /* one leader: the second best, without it */
            __m128i e0 = _mm_cmpeq_epi32(v0, top_v), e1 = _mm_cmpeq_epi32(v1, top_v);
            __m128i e2 = _mm_cmpeq_epi32(v2, top_v);
            __m128i second = hmax(sel(e0, neg, v0), sel(e1, neg, v1), sel(e2, neg, v2));
            lead = (int64_t)score[top] - _mm_cvtsi128_si32(second);
        }
        __m128i b0, b1, b2, k0, k1, k2;
        if (lead > m->spread_bo) { /* the leader goes on to O and every B-X */
            __m128i s = _mm_set1_epi32(score[top]);
            const int32_t *tf = m->trfrom[top];
            b0 = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)(const void *)tf));
            b1 = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)(const void *)(tf + 4)));
            b2 = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)(const void *)(tf + 8)));
            k0 = k1 = k2 = _mm_set1_epi32(top);
        } else {
            for (int t = 0; t < NT; t += t == 0 ? 1 : 2) {
                cand c = best_into(m, score, top, lead, t);
                bo[t] = c.v, bo_tag[t] = c.tag;
            }
            b0 = _mm_load_si128((const __m128i *)(const void *)bo);
            b1 = _mm_load_si128((const __m128i *)(const void *)(bo + 4));
            b2 = _mm_load_si128((const __m128i *)(const void *)(bo + 8));
            k0 = _mm_load_si128((const __m128i *)(const void *)bo_tag);
            k1 = _mm_load_si128((const __m128i *)(const void *)(bo_tag + 4));
            k2 = _mm_load_si128((const __m128i *)(const void *)(bo_tag + 8));
        }
        /* I-X: from B-X (the lane before, shifted in) or from itself; ties
         * go to B-X, the lower tag. */
        __m128i p0 = _mm_slli_si128(v0, 4);
        __m128i p1 = _mm_or_si128(_mm_slli_si128(v1, 4), _mm_srli_si128(v0, 12));
        __m128i p2 = _mm_or_si128(_mm_slli_si128(v2, 4), _mm_srli_si128(v1, 12));
        __m128i fb0 = _mm_add_epi32(p0, tb0), fi0 = _mm_add_epi32(v0, ti0);
        __m128i fb1 = _mm_add_epi32(p1, tb1), fi1 = _mm_add_epi32(v1, ti1);
        __m128i fb2 = _mm_add_epi32(p2, tb2), fi2 = _mm_add_epi32(v2, ti2);
        __m128i g0 = _mm_and_si128(in0, _mm_cmpgt_epi32(fi0, fb0));
        __m128i g1 = _mm_and_si128(in1, _mm_cmpgt_epi32(fi1, fb1));
        __m128i g2 = _mm_and_si128(in2, _mm_cmpgt_epi32(fi2, fb2));
        /* lanes of I-X: the better path (g), else the one from B-X */
        __m128i n0 = sel(in0, sel(g0, fi0, fb0), b0), n1 = sel(in1, sel(g1, fi1, fb1), b1);
        __m128i n2 = sel(in2, sel(g2, fi2, fb2), b2);
        k0 = sel(in0, sel(g0, id0, _mm_sub_epi32(id0, one)), k0);
        k1 = sel(in1, sel(g1, id1, _mm_sub_epi32(id1, one)), k1);
        k2 = sel(in2, sel(g2, id2, _mm_sub_epi32(id2, one)), k2);
        const int32_t *e = em[i];
        _mm_store_si128((__m128i *)(void *)score,
                        _mm_add_epi32(n0, _mm_loadu_si128((const __m128i *)(const void *)e)));
        _mm_store_si128((__m128i *)(void *)(score + 4),
                        _mm_add_epi32(n1, _mm_loadu_si128((const __m128i *)(const void *)(e + 4))));
        _mm_store_si128((__m128i *)(void *)(score + 8),
                        _mm_add_epi32(n2, _mm_loadu_si128((const __m128i *)(const void *)(e + 8))));
        __m128i k = _mm_packus_epi16(_mm_packs_epi32(k0, k1), _mm_packs_epi32(k2, k2));
        _mm_storeu_si128((__m128i *)(void *)back[i], k);
    }
    backtrack(score, (const uint8_t(*)[16])back, n, tags);
}
#else
/* The same, one tag at a time. */
static void viterbi(const nf_ner_model *m, const int32_t (*em)[EMW], size_t n, uint8_t *tags,
                    uint8_t (*back)[16]) {
    int32_t score[NT], next[NT];
    for (int t = 0; t < NT; t++) score[t] = m->tr[NT][t] + em[0][t];
    for (size_t i = 1; i < n; i++) {
        int top = 0;
        int32_t second = NEG * 2; /* below every score */
        for (int p = 1; p < NT; p++) {
            if (score[p] > score[top]) {
                second = score[top];
                top = p;
            } else if (score[p] > second) {
                second = score[p];
            }
        }
        int64_t lead = (int64_t)score[top] - second;
        for (int t = 0; t < NT; t += t == 0 ? 1 : 2) {
            cand c = best_into(m, score, top, lead, t);
            next[t] = c.v + em[i][t];
            back[i][t] = (uint8_t)c.tag;
        }
        for (int t = 2; t < NT; t += 2) {
            int32_t vb = score[t - 1] + m->tr[t - 1][t], vi = score[t] + m->tr[t][t];
            next[t] = (vi > vb ? vi : vb) + em[i][t];
            back[i][t] = (uint8_t)(vi > vb ? t : t - 1);
        }
        memcpy(score, next, sizeof score);
    }
    backtrack(score, (const uint8_t(*)[16])back, n, tags);
}
#endif

#define LAG 3          /* tokens between listing a token's features and summing them */
#define PIPE (LAG + 1) /* key lists in flight */

/* Tags one window [wa, wa + n) and appends its spans; returns the new count. */
static size_t tag_window(const nf_ner_model *m, const nf_doc *doc, size_t wa, size_t n,
                         nf_ner_span *out, size_t cap, size_t found) {
    tok_info ti[NF_NER_WINDOW];
    _Alignas(16) int32_t em[NF_NER_WINDOW][EMW];
    uint8_t back[NF_NER_WINDOW][16];
    uint8_t tags[NF_NER_WINDOW];
    key_list kl[PIPE];
    token_infos(m, doc, wa, n, ti);
    /* A pipeline over the tokens: the features of token i are listed (and
     * the slots of those the filter lets through fetched), and those of
     * token i - LAG summed: a token's work is short, so the fetches get LAG
     * tokens' time to arrive. */
    for (size_t i = 0; i < n + LAG; i++) {
        if (i < n) features(m, doc, wa + i, ti, i, n, &kl[i % PIPE]);
        if (i >= LAG) sum_weights(m, &kl[(i - LAG) % PIPE], em[i - LAG]);
    }
    viterbi(m, (const int32_t(*)[EMW])em, n, tags, back);
    static const uint8_t types[3] = {NF_ENT_PERSON, NF_ENT_ORG, NF_ENT_GPE};
    for (size_t i = 0; i < n;) {
        int t = tags[i];
        if (t == 0 || t % 2 == 0) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && tags[j] == t + 1) j++;
        int type = (t - 1) / 2;
        if (type < 3) {
            if (found < cap) {
                int64_t margin = 0;
                for (size_t q = i; q < j; q++) margin += em[q][tags[q]] - em[q][0];
                double mm = (double)margin / (double)(j - i);
                out[found].ta = (uint32_t)(wa + i);
                out[found].tb = (uint32_t)(wa + j);
                out[found].type = types[type];
                out[found].score = (float)(1.0 / (1.0 + exp(-mm * (double)m->scale)));
            }
            found++;
        }
        i = j;
    }
    return found;
}

/* Tags the sentence window by window. */
size_t nf_ner_tag(const nf_ner_model *m, const nf_doc *doc, size_t ta, size_t tb, nf_ner_span *out,
                  size_t cap) {
    if (!m || !m->feats || !doc || !doc->tok_text || tb > doc->ntokens || ta >= tb) return 0;
    if (!out) cap = 0;
    size_t found = 0;
    for (size_t wa = ta; wa < tb; wa += NF_NER_WINDOW) {
        size_t n = tb - wa < NF_NER_WINDOW ? tb - wa : NF_NER_WINDOW;
        found = tag_window(m, doc, wa, n, out, cap, found);
    }
    return found;
}
