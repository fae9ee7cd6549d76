/* event_readings.h - the readings of the event trigger list
 * (lang/<code>/event-triggers.txt), parsed once when the pack loads. */
#ifndef NF_EVENT_READINGS_H
#define NF_EVENT_READINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "lexicon.h"
#include "newsfacts.h"

/* One reading of a trigger word: the fields of a line of the list
 * ("particle\tcode\tframe\treverse\tflags"), the frame split at '>'. */
typedef struct nf_ev_reading {
    char particle[40];
    char code[6];
    char src[24], tgt[24];
    char reverse[6];
    bool passive, symmetric, noun, weak, content, adjective, document;
} nf_ev_reading;

/* The readings of every entry of the trigger list, in its order. */
typedef struct nf_ev_readings {
    nf_ev_reading *r; /* all readings, entry after entry; owned */
    uint32_t *first;  /* entry i's readings are r[first[i]] up to r[first[i + 1]]; owned */
    bool *noun_text;  /* entry i's value names "noun" somewhere (a noun reading); owned */
} nf_ev_readings;

/* Parses the value of every entry of `lex` into `out` (which must be
 * zeroed); readings without a frame or code are left out.  Returns NF_OK,
 * or NF_ERR_MEMORY with `err` set and nothing left to free. */
nf_status nf_ev_readings_build(const nf_lexicon *lex, nf_ev_readings *out, nf_error *err);

/* Frees what nf_ev_readings_build allocated and zeroes `rd`. */
void nf_ev_readings_free(nf_ev_readings *rd);

#endif
