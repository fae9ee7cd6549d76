/* stages.h - the stages that run after segmentation, in order. */
#ifndef NF_STAGES_H
#define NF_STAGES_H

#include "doc.h"

/* Times: finds and resolves time expressions, infers doc_date from the text
 * when the input gave none (times.c). */
nf_status nf_stage_times(nf_doc *doc, nf_error *err);

/* Amounts: figures with their units, objects, measures and periods
 * (amounts.c).  Runs after times, whose tokens it leaves alone. */
nf_status nf_stage_amounts(nf_doc *doc, nf_error *err);

#endif
