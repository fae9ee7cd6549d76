/* layers.c - the names of the record's layers and which layers each one is
 * read from, for engines that extract only some of them. */
#include <string.h>

#include "error.h"
#include "newsfacts.h"

/* Names by bit, in the order of the nf_layer bits (and of the record). */
static const char *const names[] = {"entities", "quotes", "amounts", "times", "events", "sources"};

/* The name of one layer bit; NULL for anything else. */
const char *nf_layer_name(unsigned layer) {
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (layer == 1u << i) return names[i];
    return NULL;
}

/* Adds what each layer is read from: events read the quotes (their
 * speakers' acts), times (their dates) and amounts (the people an act of
 * force befalls, counted: "hat drei Journalisten festgenommen"; a share
 * or a sum that makes a verb another's); quotes and sources read the
 * entities; entities and amounts read the times (a date is not a name and
 * not a figure; a figure's period is a time).  Amounts also read quotes and
 * entities for claimant and subjects, but stand without them. */
unsigned nf_layers_needed(unsigned layers) {
    unsigned l = layers & NF_LAYER_ALL;
    if (l & NF_LAYER_EVENTS) l |= NF_LAYER_QUOTES | NF_LAYER_TIMES | NF_LAYER_AMOUNTS;
    if (l & (NF_LAYER_QUOTES | NF_LAYER_SOURCES)) l |= NF_LAYER_ENTITIES;
    if (l & (NF_LAYER_ENTITIES | NF_LAYER_AMOUNTS)) l |= NF_LAYER_TIMES;
    return l;
}

/* Reads "name,name,..." (spaces around names allowed) into layer bits. */
nf_status nf_layers_parse(const char *list, unsigned *out, nf_error *err) {
    if (!list || !out) return nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_layers_parse: no list");
    unsigned bits = 0;
    size_t i = 0, n = strlen(list);
    while (i <= n) {
        while (i < n && list[i] == ' ') i++;
        size_t a = i;
        while (i < n && list[i] != ',') i++;
        size_t b = i;
        while (b > a && list[b - 1] == ' ') b--;
        unsigned bit = 0;
        if (b - a == 3 && memcmp(list + a, "all", 3) == 0) bit = NF_LAYER_ALL;
        for (unsigned k = 0; !bit && k < sizeof names / sizeof names[0]; k++)
            if (strlen(names[k]) == b - a && memcmp(list + a, names[k], b - a) == 0) bit = 1u << k;
        if (!bit)
            return nf_fail(err, NF_ERR_ARGUMENT, a,
                           "unknown layer '%.*s' at byte %zu (layers: entities, quotes, amounts, "
                           "times, events, sources, all)",
                           (int)(b - a > 40 ? 40 : b - a), list + a, a);
        bits |= bit;
        i++; /* past the comma (or the end) */
    }
    *out = bits;
    nf_clear_error(err);
    return NF_OK;
}
