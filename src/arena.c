/* arena.c - the per-document bump allocator. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NF_ARENA_ALIGN 16u
#define NF_ARENA_MIN_BLOCK (64u * 1024u)

/* Under AddressSanitizer every allocation is followed (and each block's
 * first one preceded) by a poisoned red zone, and a block's free space is
 * poisoned: a read or write past an arena array (or before the first one)
 * is reported as it would be for malloc'd memory.  Elsewhere the red zone
 * is empty and the calls vanish. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NF_ARENA_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NF_ARENA_ASAN 1
#endif
#ifdef NF_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define NF_ARENA_REDZONE NF_ARENA_ALIGN
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define NF_ARENA_REDZONE 0u
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

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
    if (size > SIZE_MAX - 3 * NF_ARENA_ALIGN - sizeof(nf_arena_block)) return NULL;
    size_t need = (size + NF_ARENA_REDZONE + NF_ARENA_ALIGN - 1) & ~(size_t)(NF_ARENA_ALIGN - 1);
    if (a->head && a->used + need <= a->head->cap) {
        unsigned char *p = a->head->data + a->used;
        a->used += need;
        UNPOISON(p, size);
        return p;
    }
    size_t cap =
        need + NF_ARENA_REDZONE > NF_ARENA_MIN_BLOCK ? need + NF_ARENA_REDZONE : NF_ARENA_MIN_BLOCK;
    nf_arena_block *b = malloc(sizeof(nf_arena_block) + cap);
    if (!b) return NULL;
    b->cap = cap;
    POISON(b->data, cap);
    unsigned char *p = b->data + NF_ARENA_REDZONE;
    UNPOISON(p, size);
    if (a->head && need > NF_ARENA_MIN_BLOCK / 2) {
        /* Keep filling the current block; file the big one behind it. */
        b->next = a->head->next;
        a->head->next = b;
        return p;
    }
    b->next = a->head;
    a->head = b;
    a->used = NF_ARENA_REDZONE + need;
    return p;
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
        UNPOISON(b->data, b->cap);
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}
