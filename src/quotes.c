/* quotes.c - the quotation stage (to be written). */
#include "stages.h"

/* Finds no quotes yet. */
nf_status nf_stage_quotes(nf_doc *doc, nf_error *err) {
    (void)doc;
    (void)err;
    return NF_OK;
}
