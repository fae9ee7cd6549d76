/* arena.c - the per-document bump allocator. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NF_ARENA_ALIGN 16u
#define NF_ARENA_MIN_BLOCK (64u * 1024u)

struct nf_arena_block {
    nf_arena_block *next;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

/* Prepares an empty arena. */
void nf_arena_init(nf_arena *a) {
    a->head = NULL;
    a->used = 0;
}

/* Returns aligned arena memory; large requests get a block of their own so
 * that small allocations keep filling the current one. */
void *nf_arena_alloc(nf_arena *a, size_t size) {
    if (size == 0) size = 1;
    if (size > SIZE_MAX - NF_ARENA_ALIGN - sizeof(nf_arena_block)) return NULL;
    size_t need = (size + NF_ARENA_ALIGN - 1) & ~(size_t)(NF_ARENA_ALIGN - 1);
    if (a->head && a->used + need <= a->head->cap) {
        void *p = a->head->data + a->used;
        a->used += need;
        return p;
    }
    size_t cap = need > NF_ARENA_MIN_BLOCK ? need : NF_ARENA_MIN_BLOCK;
    nf_arena_block *b = malloc(sizeof(nf_arena_block) + cap);
    if (!b) return NULL;
    b->cap = cap;
    if (a->head && need > NF_ARENA_MIN_BLOCK / 2) {
        /* Keep filling the current block; file the big one behind it. */
        b->next = a->head->next;
        a->head->next = b;
        return b->data;
    }
    b->next = a->head;
    a->head = b;
    a->used = need;
    return b->data;
}

/* Zero-filled array allocation with an overflow check. */
void *nf_arena_calloc(nf_arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = nf_arena_alloc(a, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

/* Copies a string into the arena. */
char *nf_arena_strndup(nf_arena *a, const char *s, size_t len) {
    if (len == SIZE_MAX) return NULL;
    char *p = nf_arena_alloc(a, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* Frees every block of the arena. */
void nf_arena_release(nf_arena *a) {
    nf_arena_block *b = a->head;
    while (b) {
        nf_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}
