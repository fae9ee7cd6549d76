/* segment.h - paragraphs, tokens, sentences and quotation-mark pairs. */
#ifndef NF_SEGMENT_H
#define NF_SEGMENT_H

#include "doc.h"
#include "langpack.h"

/* Segments the document's normalised text with the word lists of `lp`:
 * fills doc->paragraphs, tokens, sentences, qregions and the dateline.
 * Returns NF_OK or NF_ERR_MEMORY. */
nf_status nf_segment(nf_doc *doc, const nf_langpack *lp, nf_error *err);

/* Pairs quotation marks across sentences and paragraphs (quotemarks.c);
 * called by nf_segment before sentences are cut. */
nf_status nf_pair_quotes(nf_doc *doc, nf_error *err);

#endif
