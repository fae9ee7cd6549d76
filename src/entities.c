/* entities.c - the entity stage.  Not built yet (issue: entities); until
 * then documents have no entities and speakers stay unresolved. */
#include "stages.h"

/* Finds no entities yet. */
nf_status nf_stage_entities(nf_doc *doc, nf_error *err) {
    (void)doc;
    (void)err;
    return NF_OK;
}

/* Resolves nothing yet: there are no entities to resolve to. */
int32_t nf_coref_resolve(nf_doc *doc, size_t ta, size_t tb) {
    (void)doc;
    (void)ta;
    (void)tb;
    return -1;
}
