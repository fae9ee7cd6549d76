/* lexicon.h - word lists loaded from plain text (one entry a line, an
 * optional tab-separated value, '#' comments) into a hash table. */
#ifndef NF_LEXICON_H
#define NF_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "newsfacts.h"

typedef struct nf_lex_entry {
    uint32_t key; /* offset of the NUL-terminated key in the pool */
    uint32_t key_len;
    uint32_t val; /* offset of the NUL-terminated value ("" when none) */
    uint32_t hash;
    int64_t num; /* the value read as an integer (0 when it is not one) */
} nf_lex_entry;

typedef struct nf_lexicon {
    char *pool;            /* keys and values, owned */
    nf_lex_entry *entries; /* owned */
    size_t count;
    uint32_t *slots;    /* the top byte of the key's hash << 24 | entry index + 1, 0 =
                         * empty: a probe tells most slots of other keys by that byte
                         * without reading their entries (a cache miss each in the
                         * large lists); owned */
    size_t mask;        /* slot count - 1 (a power of two) */
    uint64_t *bloom;    /* two bits per key: most absent keys are told by one probe of a
                         * table small enough to stay in the cache; owned */
    size_t bloom_mask;  /* word count - 1 */
    size_t max_key_len; /* bytes of the longest key: a longer phrase is none */
    uint32_t tok_bit;   /* a bit of the token masks (langpack.h) that every token equal to a
                         * key, its lower-cased or capitalised form has; 0 = none.  Set by
                         * the pack that indexes the list; nf_tok_find skips tokens without
                         * it. */
    bool borrowed;      /* the arrays belong to someone else (a gazetteer image): never
                         * freed here */
} nf_lexicon;

/* A slot holds an entry's index + 1 in its low 24 bits (NF_LEX_MAX_ENTRIES
 * entries at most) and the top byte of the entry's hash above them. */
#define NF_LEX_MAX_ENTRIES ((1u << 24) - 1)
static inline uint32_t nf_lex_hash_tag(uint32_t h) {
    return h >> 24;
}
static inline uint32_t nf_lex_slot_tag(uint32_t slot) {
    return slot >> 24;
}
static inline uint32_t nf_lex_slot_entry(uint32_t slot) {
    return (slot & NF_LEX_MAX_ENTRIES) - 1;
}

/* Parses `len` bytes of list text into `lex` (which must be zeroed).
 * `name` names the list in error messages.  Later duplicates of a key are
 * ignored.  Returns NF_OK, or NF_ERR_DATA/NF_ERR_MEMORY with `err` set; on
 * failure `lex` holds nothing that needs freeing. */
nf_status nf_lexicon_parse(nf_lexicon *lex, const char *data, size_t len, const char *name,
                           nf_error *err);

/* Like nf_lexicon_parse, but a key on several lines keeps all its values,
 * joined in line order by NF_LEX_SEP. */
#define NF_LEX_SEP '\x1e'
nf_status nf_lexicon_parse_multi(nf_lexicon *lex, const char *data, size_t len, const char *name,
                                 nf_error *err);

/* Like nf_lexicon_parse for "key<tab>integer" lines, but a key on several
 * lines gets the bitwise OR of their integers (bit-mask indexes built at
 * load time, where one word may be in several lists). */
nf_status nf_lexicon_parse_or(nf_lexicon *lex, const char *data, size_t len, const char *name,
                              nf_error *err);

/* The hash of a key that goes on with `len` more bytes at `key` after the
 * bytes hashed to `h` (NF_LEXICON_HASH_INIT for none).  FNV-1a: short
 * keys, good spread, no state; it streams, so a phrase's hash grows word
 * by word.  (A hash of 8 bytes a round measured slower on the words news
 * holds.) */
#define NF_LEXICON_HASH_INIT 2166136261u
static inline uint32_t nf_lexicon_hash_more(uint32_t h, const char *key, size_t len) {
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        h *= 16777619u;
    }
    return h;
}

/* The hash every lexicon files `key` (`len` bytes) under: computed once, it
 * serves look-ups of one word in many lists (nf_lexicon_find_hashed). */
static inline uint32_t nf_lexicon_hash(const char *key, size_t len) {
    return nf_lexicon_hash_more(NF_LEXICON_HASH_INIT, key, len);
}

/* Unaligned loads of 8 and 4 bytes. */
static inline uint64_t nf_lex_load64(const char *p) {
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}
static inline uint32_t nf_lex_load32(const char *p) {
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

/* True when the `len` bytes at a and b are equal: how a look-up compares a
 * key whose hash and length match.  Keys are short: 4-8 bytes are two
 * overlapping 4-byte loads, longer ones 8 bytes at a time with an
 * overlapping last load, shorter ones three byte loads, so the compare
 * takes few branches (a byte loop cost 1% of extraction time on bench-de,
 * a call of memcmp more). */
static inline bool nf_lex_same_bytes(const char *a, const char *b, size_t len) {
    if (len >= 8) {
        for (size_t i = 0; i + 8 < len; i += 8)
            if (nf_lex_load64(a + i) != nf_lex_load64(b + i)) return false;
        return nf_lex_load64(a + len - 8) == nf_lex_load64(b + len - 8);
    }
    if (len >= 4)
        return ((nf_lex_load32(a) ^ nf_lex_load32(b)) |
                (nf_lex_load32(a + len - 4) ^ nf_lex_load32(b + len - 4))) == 0;
    if (len == 0) return true;
    return a[0] == b[0] && a[len / 2] == b[len / 2] && a[len - 1] == b[len - 1];
}

/* The bloom filter is blocked: both bits of a key lie in one 64-bit word,
 * so an absent key costs one cache miss, not two.  The word comes from the
 * high bits of a remixed hash (the slots use the low bits), the bits from
 * the low twelve. */
static inline size_t nf_lex_bloom_word(uint32_t h, size_t word_mask) {
    return ((h * 0x9E3779B1u) >> 11) & word_mask;
}
static inline uint64_t nf_lex_bloom_bits(uint32_t h) {
    return ((uint64_t)1 << (h & 63)) | ((uint64_t)1 << ((h >> 6) & 63));
}

/* Starts fetching the bloom word and the first slot a look-up of hash `h`
 * reads: loops over tokens call it a few tokens ahead, so that the
 * look-up finds them in the cache. */
static inline void nf_lexicon_prefetch(const nf_lexicon *lex, uint32_t h) {
    if (lex->bloom) __builtin_prefetch(&lex->bloom[nf_lex_bloom_word(h, lex->bloom_mask)]);
    if (lex->slots) __builtin_prefetch(&lex->slots[h & lex->mask]);
}

/* The second step of fetching ahead, a few tokens after nf_lexicon_prefetch:
 * starts fetching the entry of the first slot (and its key), which a
 * look-up that finds the key reads next. */
static inline void nf_lexicon_prefetch_entry(const nf_lexicon *lex, uint32_t h) {
    if (!lex->slots) return;
    uint32_t s = lex->slots[h & lex->mask];
    if (s && nf_lex_slot_tag(s) == nf_lex_hash_tag(h)) {
        __builtin_prefetch(&lex->entries[nf_lex_slot_entry(s)]);
        __builtin_prefetch(lex->pool + lex->entries[nf_lex_slot_entry(s)].key);
    }
}

/* The slots of `lex` probed for a key whose hash is `h` (the bloom filter
 * said it may be there): nf_lexicon_find_hashed's second step. */
const nf_lex_entry *nf_lexicon_probe(const nf_lexicon *lex, const char *key, size_t len,
                                     uint32_t h);

/* nf_lexicon_find for a key whose nf_lexicon_hash is `h`.  The bloom
 * filter's test is inline: it answers most look-ups (absent keys) without
 * a call. */
static inline const nf_lex_entry *nf_lexicon_find_hashed(const nf_lexicon *lex, const char *key,
                                                         size_t len, uint32_t h) {
    if (!lex->slots) return NULL;
    if (lex->bloom) {
        uint64_t bits = nf_lex_bloom_bits(h);
        if ((lex->bloom[nf_lex_bloom_word(h, lex->bloom_mask)] & bits) != bits) return NULL;
    }
    return nf_lexicon_probe(lex, key, len, h);
}

/* Finds `key` (`len` bytes); NULL when absent.  The entry lives as long as
 * the lexicon.  Inline with the hash and the bloom test: the look-up of an
 * absent key (most are) makes no call. */
static inline const nf_lex_entry *nf_lexicon_find(const nf_lexicon *lex, const char *key,
                                                  size_t len) {
    return lex->slots ? nf_lexicon_find_hashed(lex, key, len, nf_lexicon_hash(key, len)) : NULL;
}

/* The entry of `lex` that the n bytes at `low` (a word in lower case) are
 * or end in: the whole word, else an ending of `min_len` bytes or more
 * that starts `min_cut` (one or more) bytes in or later, at a character's
 * first byte ("tageszeitung" ends in "zeitung"); NULL when none, and for a
 * word shorter than `min_len`.  The entry lives as long as the lexicon. */
static inline const nf_lex_entry *nf_lexicon_find_ending(const nf_lexicon *lex, const char *low,
                                                         size_t n, size_t min_cut, size_t min_len) {
    for (size_t cut = 0; cut + min_len <= n; cut = cut ? cut + 1 : min_cut) {
        if (((unsigned char)low[cut] & 0xC0) == 0x80) continue; /* inside a character */
        const nf_lex_entry *e = nf_lexicon_find(lex, low + cut, n - cut);
        if (e) return e;
    }
    return NULL;
}

/* The key or value text of an entry (owned by the lexicon). */
static inline const char *nf_lex_key(const nf_lexicon *lex, const nf_lex_entry *e) {
    return lex->pool + e->key;
}
static inline const char *nf_lex_val(const nf_lexicon *lex, const nf_lex_entry *e) {
    return lex->pool + e->val;
}

/* Frees what nf_lexicon_parse allocated and zeroes `lex`. */
void nf_lexicon_free(nf_lexicon *lex);

#endif
