/* arena.h - the per-document bump allocator: everything a document owns is
 * carved from one arena and released in one call. */
#ifndef NF_ARENA_H
#define NF_ARENA_H

#include <stddef.h>

typedef struct nf_arena_block nf_arena_block;

typedef struct nf_arena {
    nf_arena_block *head; /* the block being filled; older blocks follow */
    size_t used;          /* bytes used in head */
} nf_arena;

/* Prepares an empty arena; no memory is taken until the first allocation. */
void nf_arena_init(nf_arena *a);

/* Returns `size` bytes aligned for any type, owned by the arena, or NULL
 * when memory runs out (or size overflows). */
void *nf_arena_alloc(nf_arena *a, size_t size);

/* Like nf_arena_alloc for `n` elements of `size` bytes, zero-filled. */
void *nf_arena_calloc(nf_arena *a, size_t n, size_t size);

/* Copies `len` bytes of `s` into the arena and NUL-terminates the copy;
 * NULL when memory runs out. */
char *nf_arena_strndup(nf_arena *a, const char *s, size_t len);

/* Releases every block; the arena is empty and reusable afterwards. */
void nf_arena_release(nf_arena *a);

#endif
