/* tablemem.h - memory for the engine's large look-up tables.
 *
 * The gazetteer's and the tagger's tables take some ten megabytes and are
 * read at random, a few look-ups per token: with 4 KB pages nearly every
 * look-up also misses the TLB.  Tables of a megabyte or more are therefore
 * placed on 2 MB boundaries and advised as transparent huge pages (Linux
 * madvise; elsewhere, or where the kernel declines, they are ordinary
 * memory).  The price is the rounding: a table takes whole 2 MB pages. */
#ifndef NF_TABLEMEM_H
#define NF_TABLEMEM_H

#include <stdbool.h>
#include <stddef.h>

/* Allocates `n` elements of `size` bytes, zero-filled, for a table; NULL
 * when memory runs out or the size overflows.  Free with free(). */
void *nf_table_calloc(size_t n, size_t size);

/* Like nf_table_calloc, but the memory is not cleared; its pages are
 * mapped at once (nf_pages_populate). */
void *nf_table_malloc(size_t bytes);

/* Maps the pages that hold [p, p + bytes) in one call where the system can
 * (Linux madvise MADV_POPULATE_READ, or _WRITE with `write`): for memory
 * read or written whole right away, where a fault per page costs more
 * than the reading.  Advice only: nothing changes where it is refused. */
void nf_pages_populate(void *p, size_t bytes, bool write);

#endif
