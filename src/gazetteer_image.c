/* gazetteer_image.c - the loaded gazetteer as one block of bytes, made at
 * build time (tools/gzimage.c) and compiled into the library, so that an
 * engine opens in milliseconds instead of parsing and hashing the TSV
 * files again each time.
 *
 * The tables of a lexicon hold offsets, not pointers, so they are written
 * as they lie in memory and read back in place: an engine built from the
 * image borrows its lexicons' arrays and the string pool from the image
 * (nf_lexicon.borrowed) and copies only the entries, whose string fields
 * are pointers.  The image is written and read by the same build of the
 * library, so the layout needs no conversion; its header still records the
 * sizes of the structures and is checked, and every offset is checked
 * against the image's length before it is used. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gazetteer.h"
#include "tablemem.h"

#define IMAGE_MAGIC "NFGZIMG1"
#define IMAGE_ALIGN 64 /* every array starts on a cache line */

/* Where a lexicon's arrays lie in the image (byte offsets; 0 = none) and
 * its sizes. */
typedef struct image_lexicon {
    uint64_t pool, pool_len, entries, count, slots, mask, bloom, bloom_mask, max_key_len;
    uint64_t tok_bit;
} image_lexicon;

/* The image's header, at offset 0. */
typedef struct image_header {
    char magic[8];
    uint64_t lex_entry_size, gz_entry_size, code_size, lexicons; /* checked on reading */
    uint64_t count, entries, strings;                            /* the entries */
    uint64_t pool, pool_len, codes, ncodes;
    uint64_t place_ending_max, class_noun_max;
    uint8_t place_tail2[sizeof(((nf_gazetteer *)0)->place_tail2)];
    uint8_t hyphen_tail2[sizeof(((nf_gazetteer *)0)->hyphen_tail2)];
    uint8_t class_tail2[sizeof(((nf_gazetteer *)0)->class_tail2)];
    image_lexicon lex[NF_GZ_LEXICONS];
} image_header;

/* The string fields of an entry as pool offsets + 1 (0 = NULL). */
typedef struct image_strings {
    uint32_t canonical, actor, role, surname, names;
} image_strings;

/* A growing image: bytes with arrays appended on IMAGE_ALIGN boundaries. */
typedef struct image_buf {
    char *p;
    size_t len, cap;
    bool failed;
} image_buf;

/* Appends n bytes at the next aligned offset; returns that offset (0 on
 * failure or for n == 0, which stands for "none"). */
static uint64_t append(image_buf *b, const void *data, size_t n) {
    if (b->failed || n == 0) return 0;
    size_t at = (b->len + IMAGE_ALIGN - 1) / IMAGE_ALIGN * IMAGE_ALIGN;
    if (at + n > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 20;
        while (cap < at + n) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) {
            b->failed = true;
            return 0;
        }
        b->p = q, b->cap = cap;
    }
    memset(b->p + b->len, 0, at - b->len);
    memcpy(b->p + at, data, n);
    b->len = at + n;
    return at;
}

/* The bytes of a lexicon's pool that its entries use (the pool is sized
 * for the source text, which may be longer). */
static size_t pool_used(const nf_lexicon *lex) {
    size_t used = 0;
    for (size_t i = 0; i < lex->count; i++) {
        const nf_lex_entry *e = &lex->entries[i];
        size_t end = e->val + strlen(lex->pool + e->val) + 1;
        if (end > used) used = end;
    }
    return used;
}

/* Appends a lexicon's arrays and fills in where they lie. */
static void append_lexicon(image_buf *b, const nf_lexicon *lex, image_lexicon *out) {
    memset(out, 0, sizeof *out);
    if (!lex->slots) return; /* never loaded: stays empty */
    out->pool_len = pool_used(lex);
    out->pool = append(b, lex->pool, (size_t)out->pool_len);
    out->count = lex->count;
    out->entries = append(b, lex->entries, lex->count * sizeof *lex->entries);
    out->mask = lex->mask;
    out->slots = append(b, lex->slots, (lex->mask + 1) * sizeof *lex->slots);
    out->bloom_mask = lex->bloom_mask;
    if (lex->bloom) out->bloom = append(b, lex->bloom, (lex->bloom_mask + 1) * sizeof *lex->bloom);
    out->max_key_len = lex->max_key_len;
    out->tok_bit = lex->tok_bit;
}

/* A string field of an entry as a pool offset + 1. */
static uint32_t pool_ref(const nf_gazetteer *gz, const char *s) {
    return s ? (uint32_t)(s - gz->pool) + 1 : 0;
}

/* Writes the image of a loaded gazetteer (see the top of the file). */
char *nf_gazetteer_image_write(const nf_gazetteer *gz, size_t *len, nf_error *err) {
    image_buf b = {0};
    image_header h;
    memset(&h, 0, sizeof h);
    append(&b, &h, sizeof h); /* filled in at the end */
    memcpy(h.magic, IMAGE_MAGIC, 8);
    h.lex_entry_size = sizeof(nf_lex_entry);
    h.gz_entry_size = sizeof(nf_gz_entry);
    h.code_size = sizeof(nf_gz_code);
    h.lexicons = NF_GZ_LEXICONS;
    size_t pool_len = 0;
    for (size_t i = 0; i < gz->count; i++) {
        const char *s[] = {gz->entries[i].canonical, gz->entries[i].actor, gz->entries[i].role,
                           gz->entries[i].surname, gz->entries[i].names};
        for (int k = 0; k < 5; k++)
            if (s[k] && (size_t)(s[k] - gz->pool) + strlen(s[k]) + 1 > pool_len)
                pool_len = (size_t)(s[k] - gz->pool) + strlen(s[k]) + 1;
    }
    h.pool_len = pool_len;
    h.pool = append(&b, gz->pool, pool_len);
    h.count = gz->count;
    nf_gz_entry *bare = calloc(gz->count ? gz->count : 1, sizeof *bare);
    image_strings *strs = calloc(gz->count ? gz->count : 1, sizeof *strs);
    if (bare && strs) {
        for (size_t i = 0; i < gz->count; i++) {
            const nf_gz_entry *e = &gz->entries[i];
            bare[i] = *e;
            bare[i].canonical = bare[i].actor = bare[i].role = bare[i].surname = NULL;
            bare[i].names = NULL;
            strs[i] = (image_strings){pool_ref(gz, e->canonical), pool_ref(gz, e->actor),
                                      pool_ref(gz, e->role), pool_ref(gz, e->surname),
                                      pool_ref(gz, e->names)};
        }
        h.entries = append(&b, bare, gz->count * sizeof *bare);
        h.strings = append(&b, strs, gz->count * sizeof *strs);
    } else {
        b.failed = true;
    }
    free(bare);
    free(strs);
    h.ncodes = gz->ncodes;
    h.codes = append(&b, gz->codes, gz->ncodes * sizeof *gz->codes);
    h.place_ending_max = gz->place_ending_max;
    h.class_noun_max = gz->class_noun_max;
    memcpy(h.place_tail2, gz->place_tail2, sizeof h.place_tail2);
    memcpy(h.hyphen_tail2, gz->hyphen_tail2, sizeof h.hyphen_tail2);
    memcpy(h.class_tail2, gz->class_tail2, sizeof h.class_tail2);
    for (size_t i = 0; i < NF_GZ_LEXICONS; i++)
        append_lexicon(&b, nf_gz_lexicon_c(gz, i), &h.lex[i]);
    if (b.failed) {
        free(b.p);
        nf_fail(err, NF_ERR_MEMORY, 0, "out of memory writing the gazetteer image");
        return NULL;
    }
    memcpy(b.p, &h, sizeof h);
    *len = b.len;
    return b.p;
}

/* True when `n` elements of `size` bytes at offset `off` lie inside an
 * image of `len` bytes, on a boundary fit for them (0 elements always do). */
static bool inside(uint64_t off, uint64_t n, size_t size, size_t len) {
    if (n == 0) return true;
    if (off == 0 || off % IMAGE_ALIGN || off > len || n > (len - off) / size) return false;
    return true;
}

/* A lexicon whose arrays take this many bytes or more is copied out of the
 * image (see read_lexicon). */
#define BIG_LEXICON ((size_t)1 << 20)

/* Points `lex` at a lexicon's arrays in the image, borrowed, or copies
 * them when they are large.  False when they do not fit inside the image,
 * or (with *oom set) when memory runs out. */
static bool read_lexicon(nf_lexicon *lex, const char *img, size_t len, const image_lexicon *l,
                         bool *oom) {
    memset(lex, 0, sizeof *lex);
    if (!l->slots) return l->count == 0;
    if (!inside(l->pool, l->pool_len, 1, len) ||
        !inside(l->entries, l->count, sizeof(nf_lex_entry), len) ||
        !inside(l->slots, l->mask + 1, sizeof *lex->slots, len) ||
        (l->bloom && !inside(l->bloom, l->bloom_mask + 1, sizeof *lex->bloom, len)) ||
        (l->mask & (l->mask + 1)) || (l->bloom_mask & (l->bloom_mask + 1)))
        return false;
    size_t pool = (size_t)l->pool_len, entries = (size_t)l->count * sizeof *lex->entries;
    size_t slots = ((size_t)l->mask + 1) * sizeof *lex->slots;
    size_t bloom = l->bloom ? ((size_t)l->bloom_mask + 1) * sizeof *lex->bloom : 0;
    lex->count = (size_t)l->count;
    lex->mask = (size_t)l->mask;
    lex->bloom_mask = (size_t)l->bloom_mask;
    lex->max_key_len = (size_t)l->max_key_len;
    lex->tok_bit = (uint32_t)l->tok_bit;
    if (pool + entries + slots + bloom >= BIG_LEXICON) {
        /* Copied into table memory (huge pages), as a parsed one would
         * be: read at random a few times a token, it would otherwise cost
         * a TLB miss a look-up. */
        lex->pool = nf_table_malloc(pool);
        lex->entries = nf_table_malloc(entries);
        lex->slots = nf_table_malloc(slots);
        lex->bloom = bloom ? nf_table_malloc(bloom) : NULL;
        if (!lex->pool || !lex->entries || !lex->slots || (bloom && !lex->bloom)) {
            nf_lexicon_free(lex);
            *oom = true;
            return false;
        }
        memcpy(lex->pool, img + l->pool, pool);
        memcpy(lex->entries, img + l->entries, entries);
        memcpy(lex->slots, img + l->slots, slots);
        if (bloom) memcpy(lex->bloom, img + l->bloom, bloom);
    } else {
        /* Borrowed: the image is read-only, a lexicon only reads its
         * arrays after loading, and a borrowed one never frees them. */
        lex->pool = (char *)(uintptr_t)(img + l->pool);
        lex->entries = (nf_lex_entry *)(uintptr_t)(img + l->entries);
        lex->slots = (uint32_t *)(uintptr_t)(img + l->slots);
        lex->bloom = l->bloom ? (uint64_t *)(uintptr_t)(img + l->bloom) : NULL;
        lex->borrowed = true;
    }
    for (size_t i = 0; i < lex->count; i++) {
        const nf_lex_entry *e = &lex->entries[i];
        if ((uint64_t)e->key + e->key_len >= l->pool_len || e->val >= l->pool_len) return false;
    }
    return true;
}

/* A string field of an entry from its pool offset + 1; false when the
 * offset is outside the pool. */
static bool string_at(const char *pool, uint64_t pool_len, uint32_t ref, const char **out) {
    if (ref > pool_len) return false;
    *out = ref ? pool + ref - 1 : NULL;
    return true;
}

/* Loads a gazetteer from an image (see the top of the file). */
nf_status nf_gazetteer_image_read(nf_gazetteer *gz, const char *img, size_t len, nf_error *err) {
    memset(gz, 0, sizeof *gz);
    image_header h;
    if (!img || len < sizeof h || (uintptr_t)img % 8)
        return nf_fail(err, NF_ERR_DATA, 0, "gazetteer image: too short or misaligned");
    memcpy(&h, img, sizeof h);
    if (memcmp(h.magic, IMAGE_MAGIC, 8) != 0 || h.lex_entry_size != sizeof(nf_lex_entry) ||
        h.gz_entry_size != sizeof(nf_gz_entry) || h.code_size != sizeof(nf_gz_code) ||
        h.lexicons != NF_GZ_LEXICONS)
        return nf_fail(err, NF_ERR_DATA, 0, "gazetteer image: made by another build");
    if (!inside(h.pool, h.pool_len, 1, len) ||
        !inside(h.entries, h.count, sizeof(nf_gz_entry), len) ||
        !inside(h.strings, h.count, sizeof(image_strings), len) ||
        !inside(h.codes, h.ncodes, sizeof(nf_gz_code), len))
        return nf_fail(err, NF_ERR_DATA, 0, "gazetteer image: a table lies outside it");
    nf_pages_populate((void *)(uintptr_t)img, len, false); /* read whole below */
    gz->borrowed = true;
    gz->pool = (char *)(uintptr_t)(img + h.pool);
    gz->codes = (nf_gz_code *)(uintptr_t)(img + h.codes);
    gz->ncodes = (size_t)h.ncodes;
    gz->place_ending_max = (size_t)h.place_ending_max;
    gz->class_noun_max = (size_t)h.class_noun_max;
    memcpy(gz->place_tail2, h.place_tail2, sizeof gz->place_tail2);
    memcpy(gz->hyphen_tail2, h.hyphen_tail2, sizeof gz->hyphen_tail2);
    memcpy(gz->class_tail2, h.class_tail2, sizeof gz->class_tail2);
    /* The entries are copied: their string fields become pointers. */
    gz->entries = malloc((h.count ? h.count : 1) * sizeof *gz->entries);
    if (!gz->entries) {
        nf_gazetteer_free(gz);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory loading the gazetteer image");
    }
    gz->count = (size_t)h.count;
    if (gz->count) memcpy(gz->entries, img + h.entries, gz->count * sizeof *gz->entries);
    const image_strings *strs = (const image_strings *)(const void *)(img + h.strings);
    bool ok = true;
    for (size_t i = 0; i < gz->count && ok; i++) {
        nf_gz_entry *e = &gz->entries[i];
        ok = string_at(gz->pool, h.pool_len, strs[i].canonical, &e->canonical) &&
             string_at(gz->pool, h.pool_len, strs[i].actor, &e->actor) &&
             string_at(gz->pool, h.pool_len, strs[i].role, &e->role) &&
             string_at(gz->pool, h.pool_len, strs[i].surname, &e->surname) &&
             string_at(gz->pool, h.pool_len, strs[i].names, &e->names);
    }
    bool oom = false;
    for (size_t i = 0; i < NF_GZ_LEXICONS && ok; i++)
        ok = read_lexicon(nf_gz_lexicon(gz, i), img, len, &h.lex[i], &oom);
    if (!ok) {
        nf_gazetteer_free(gz);
        return oom ? nf_fail(err, NF_ERR_MEMORY, 0, "out of memory loading the gazetteer image")
                   : nf_fail(err, NF_ERR_DATA, 0, "gazetteer image: an offset lies outside it");
    }
    return NF_OK;
}
