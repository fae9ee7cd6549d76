/* lexicon.c - plain-text word lists in an open-addressing hash table. */
#include "lexicon.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "tablemem.h"

static inline void trim(const char **a, const char **b);

/* Reads a decimal integer (with optional sign) that makes up all of `s`. */
static int64_t parse_num(const char *s) {
    const char *p = s;
    int neg = 0;
    if (*p == '-' || *p == '+') neg = *p++ == '-';
    if (*p < '0' || *p > '9') return 0;
    int64_t v = 0;
    while (*p >= '0' && *p <= '9') {
        if (v > (INT64_MAX - 9) / 10) return 0;
        v = v * 10 + (*p++ - '0');
    }
    return *p ? 0 : (neg ? -v : v);
}

/* Reads the decimal integer (with optional sign) that [s, end) begins with,
 * as atol would, without the locale machinery; 0 when there is none. */
static int64_t lead_num(const char *s, const char *end) {
    bool neg = false;
    if (s < end && (*s == '-' || *s == '+')) neg = *s++ == '-';
    int64_t v = 0;
    while (s < end && *s >= '0' && *s <= '9' && v <= (INT64_MAX - 9) / 10)
        v = v * 10 + (*s++ - '0');
    return neg ? -v : v;
}

/* See lexicon.h: linear probing from the hash's slot. */
const nf_lex_entry *nf_lexicon_probe(const nf_lexicon *lex, const char *key, size_t len,
                                     uint32_t h) {
    for (size_t i = h & lex->mask;; i = (i + 1) & lex->mask) {
        uint32_t s = lex->slots[i];
        if (!s) return NULL;
        if (nf_lex_slot_tag(s) != nf_lex_hash_tag(h)) continue; /* another key's: unread */
        const nf_lex_entry *e = &lex->entries[nf_lex_slot_entry(s)];
        if (e->hash == h && e->key_len == len && nf_lex_same_bytes(lex->pool + e->key, key, len))
            return e;
    }
}

/* Trims spaces and tabs at both ends of [*a, *b). */
static inline void trim(const char **a, const char **b) {
    while (*a < *b && (**a == ' ' || **a == '\t' || **a == '\r')) (*a)++;
    while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t' || (*b)[-1] == '\r')) (*b)--;
}

/* Two passes: count lines to size the arrays, then fill them.  With
 * `or_dups` the leading integers of every line of a key are OR-ed into its
 * entry (nf_lexicon_parse_or). */
static nf_status parse(nf_lexicon *lex, const char *data, size_t len, const char *name,
                       bool or_dups, nf_error *err) {
    memset(lex, 0, sizeof *lex);
    if (len >= UINT32_MAX / 2) return nf_fail(err, NF_ERR_DATA, 0, "%s: list too large", name);
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += data[i] == '\n';
    if (lines > NF_LEX_MAX_ENTRIES)
        return nf_fail(err, NF_ERR_DATA, 0, "%s: list too large (over %u lines)", name,
                       NF_LEX_MAX_ENTRIES);
    size_t slots = 16;
    while (slots < lines * 2) slots *= 2;
    lex->pool = nf_table_malloc(len + 2 * lines + 1);
    lex->entries = nf_table_malloc(lines * sizeof *lex->entries);
    lex->slots = nf_table_calloc(slots, sizeof *lex->slots);
    if (!lex->pool || !lex->entries || !lex->slots) {
        nf_lexicon_free(lex);
        return nf_fail(err, NF_ERR_MEMORY, 0, "%s: out of memory", name);
    }
    lex->mask = slots - 1;
    size_t used = 0, lineno = 0;
    const char *p = data, *end = data + len;
    bool has_nul = memchr(data, '\0', len) != NULL; /* then find its line */
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        lineno++;
        const char *a = p, *b = eol;
        p = eol + 1;
        trim(&a, &b);
        if (a == b || *a == '#') continue;
        if (has_nul && memchr(a, '\0', (size_t)(b - a))) {
            nf_lexicon_free(lex);
            return nf_fail(err, NF_ERR_DATA, (size_t)(a - data), "%s:%zu: NUL byte in entry", name,
                           lineno);
        }
        const char *tab = memchr(a, '\t', (size_t)(b - a));
        const char *ka = a, *kb = tab ? tab : b, *va = tab ? tab + 1 : b, *vb = b;
        trim(&ka, &kb);
        /* Values keep their inner tabs: an empty column stays a column. */
        while (va < vb && *va == ' ') va++;
        while (vb > va && (vb[-1] == ' ' || vb[-1] == '\t' || vb[-1] == '\r')) vb--;
        if (ka == kb) continue;
        size_t klen = (size_t)(kb - ka), vlen = (size_t)(vb - va);
        /* One hash: probe for an equal key (a duplicate is skipped) and
         * stop at the free slot the new entry takes. */
        uint32_t h = nf_lexicon_hash(ka, klen);
        size_t i = h & lex->mask;
        bool dup = false;
        for (uint32_t slot; (slot = lex->slots[i]) != 0; i = (i + 1) & lex->mask) {
            nf_lex_entry *o = &lex->entries[nf_lex_slot_entry(slot)];
            if (o->hash == h && o->key_len == klen && memcmp(lex->pool + o->key, ka, klen) == 0) {
                if (or_dups) o->num |= lead_num(va, vb);
                dup = true;
                break;
            }
        }
        if (dup) continue;
        nf_lex_entry *e = &lex->entries[lex->count];
        e->key = (uint32_t)used;
        e->key_len = (uint32_t)klen;
        if (klen > lex->max_key_len) lex->max_key_len = klen;
        memcpy(lex->pool + used, ka, klen);
        used += klen;
        lex->pool[used++] = '\0';
        e->val = (uint32_t)used;
        memcpy(lex->pool + used, va, vlen);
        used += vlen;
        lex->pool[used++] = '\0';
        e->hash = h;
        e->num = parse_num(lex->pool + e->val);
        if (or_dups) e->num |= lead_num(va, vb);
        lex->slots[i] = nf_lex_hash_tag(h) << 24 | (uint32_t)(++lex->count);
    }
    /* Sixteen bits per key: about one false "maybe" in a hundred. */
    size_t bits = 1024;
    while (bits < lex->count * 16) bits *= 2;
    lex->bloom = nf_table_calloc(bits / 64, sizeof *lex->bloom);
    if (!lex->bloom) {
        nf_lexicon_free(lex);
        return nf_fail(err, NF_ERR_MEMORY, 0, "%s: out of memory", name);
    }
    lex->bloom_mask = bits / 64 - 1;
    for (size_t k = 0; k < lex->count; k++) {
        uint32_t h = lex->entries[k].hash;
        lex->bloom[nf_lex_bloom_word(h, lex->bloom_mask)] |= nf_lex_bloom_bits(h);
    }
    return NF_OK;
}

/* Parses list text, keeping the first of equal keys. */
nf_status nf_lexicon_parse(nf_lexicon *lex, const char *data, size_t len, const char *name,
                           nf_error *err) {
    return parse(lex, data, len, name, false, err);
}

/* Frees a lexicon's arrays (unless borrowed). */
void nf_lexicon_free(nf_lexicon *lex) {
    if (!lex->borrowed) {
        free(lex->bloom);
        free(lex->pool);
        free(lex->entries);
        free(lex->slots);
    }
    memset(lex, 0, sizeof *lex);
}

/* One line of a multi-valued list: key and value as byte ranges. */
typedef struct kv {
    const char *k, *v;
    size_t kl, vl, line;
} kv;

/* Orders lines by key, then by line number. */
static int by_key(const void *a, const void *b) {
    const kv *x = a, *y = b;
    size_t n = x->kl < y->kl ? x->kl : y->kl;
    int c = memcmp(x->k, y->k, n);
    if (c) return c;
    if (x->kl != y->kl) return x->kl < y->kl ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

/* Groups the lines by key and parses "key<TAB>value<SEP>value..." text. */
nf_status nf_lexicon_parse_multi(nf_lexicon *lex, const char *data, size_t len, const char *name,
                                 nf_error *err) {
    memset(lex, 0, sizeof *lex);
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += data[i] == '\n';
    kv *v = malloc(lines * sizeof *v);
    char *text = malloc(len + lines + 2);
    if (!v || !text) {
        free(v);
        free(text);
        return nf_fail(err, NF_ERR_MEMORY, 0, "%s: out of memory", name);
    }
    size_t n = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        const char *a = p, *b = eol;
        p = eol + 1;
        trim(&a, &b);
        if (a == b || *a == '#') continue;
        const char *tab = memchr(a, '\t', (size_t)(b - a));
        if (!tab) continue;
        v[n] = (kv){a, tab + 1, (size_t)(tab - a), (size_t)(b - tab - 1), n};
        n++;
    }
    qsort(v, n, sizeof *v, by_key);
    size_t t = 0;
    for (size_t i = 0; i < n;) {
        memcpy(text + t, v[i].k, v[i].kl);
        t += v[i].kl;
        text[t++] = '\t';
        size_t j = i;
        for (; j < n && v[j].kl == v[i].kl && memcmp(v[j].k, v[i].k, v[i].kl) == 0; j++) {
            if (j > i) text[t++] = NF_LEX_SEP;
            memcpy(text + t, v[j].v, v[j].vl);
            t += v[j].vl;
        }
        text[t++] = '\n';
        i = j;
    }
    nf_status st = nf_lexicon_parse(lex, text, t, name, err);
    free(v);
    free(text);
    return st;
}

/* nf_lexicon_parse keeps the first of equal keys; the integers of the later
 * lines are OR-ed into it. */
nf_status nf_lexicon_parse_or(nf_lexicon *lex, const char *data, size_t len, const char *name,
                              nf_error *err) {
    return parse(lex, data, len, name, true, err);
}
