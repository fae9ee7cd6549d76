/* tablemem.c - large look-up tables on huge pages where the system has them. */
#include "tablemem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define NF_HUGE_PAGE ((size_t)2 << 20)
#define NF_TABLE_HUGE_MIN ((size_t)1 << 20) /* smaller tables waste too much of a page */

/* See tablemem.h. */
void nf_pages_populate(void *p, size_t bytes, bool write) {
#if defined(__linux__) && defined(MADV_POPULATE_READ) && defined(MADV_POPULATE_WRITE)
    const uintptr_t page = 4096;
    uintptr_t a = (uintptr_t)p & ~(page - 1), b = ((uintptr_t)p + bytes + page - 1) & ~(page - 1);
    if (bytes) (void)madvise((void *)a, b - a, write ? MADV_POPULATE_WRITE : MADV_POPULATE_READ);
#else
    (void)p;
    (void)bytes;
    (void)write;
#endif
}

/* Allocates `bytes` on a huge-page boundary with the advice, or with plain
 * malloc for small tables; the pages are mapped at once. */
void *nf_table_malloc(size_t bytes) {
    if (bytes < NF_TABLE_HUGE_MIN) {
        void *q = malloc(bytes ? bytes : 1);
        if (q) nf_pages_populate(q, bytes, true);
        return q;
    }
    if (bytes > SIZE_MAX - NF_HUGE_PAGE) return NULL;
    size_t rounded = (bytes + NF_HUGE_PAGE - 1) & ~(NF_HUGE_PAGE - 1);
    void *p = aligned_alloc(NF_HUGE_PAGE, rounded);
    if (!p) return malloc(bytes); /* alignment refused: plain memory will do */
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(p, rounded, MADV_HUGEPAGE); /* advice only: failure changes nothing */
#endif
    nf_pages_populate(p, rounded, true);
    return p;
}

/* Zero-filled table memory with an overflow check. */
void *nf_table_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    size_t bytes = n * size;
    if (bytes < NF_TABLE_HUGE_MIN) return calloc(n ? n : 1, size ? size : 1);
    void *p = nf_table_malloc(bytes);
    if (p) memset(p, 0, bytes);
    return p;
}
