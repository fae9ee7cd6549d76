/* event_readings.c - the trigger list's values read into structs once, so
 * that coding an event copies no fields and searches no flags. */
#include "event_readings.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

/* Copies a tab-separated field into `out`; returns the rest after the tab. */
static const char *field(const char *p, const char *end, char *out, size_t cap) {
    const char *tab = p;
    while (tab < end && *tab != '\t') tab++;
    size_t n = (size_t)(tab - p);
    if (n >= cap) n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return tab < end ? tab + 1 : end;
}

/* Parses one reading ("particle\tcode\tframe\treverse\tflags"); false when
 * it has no frame ("src>tgt") or no code of two digits or more. */
static bool parse_reading(const char *p, const char *end, nf_ev_reading *r) {
    memset(r, 0, sizeof *r);
    char frame[24], flags[64];
    p = field(p, end, r->particle, sizeof r->particle);
    p = field(p, end, r->code, sizeof r->code);
    p = field(p, end, frame, sizeof frame);
    p = field(p, end, r->reverse, sizeof r->reverse);
    field(p, end, flags, sizeof flags);
    char *gt = strchr(frame, '>');
    if (!gt || strlen(r->code) < 2) return false;
    /* frame is as long as src and tgt: both halves fit, NUL included */
    _Static_assert(sizeof frame == sizeof r->src && sizeof frame == sizeof r->tgt, "frame fits");
    *gt = '\0';
    memcpy(r->src, frame, (size_t)(gt - frame) + 1);
    memcpy(r->tgt, gt + 1, strlen(gt + 1) + 1);
    if (r->reverse[0] == '-') r->reverse[0] = '\0';
    r->passive = strstr(flags, "pass") != NULL;
    r->symmetric = strstr(flags, "sym") != NULL;
    r->noun = strstr(flags, "noun") != NULL;
    r->weak = strstr(flags, "weak") != NULL;
    r->content = strstr(flags, "content") != NULL;
    r->adjective = strstr(flags, "adj") != NULL;
    r->document = strstr(flags, "doc") != NULL;
    return true;
}

/* Two passes over the values (readings are joined by NF_LEX_SEP): count,
 * then parse. */
nf_status nf_ev_readings_build(const nf_lexicon *lex, nf_ev_readings *out, nf_error *err) {
    size_t total = 0;
    for (size_t i = 0; i < lex->count; i++) {
        total++;
        for (const char *v = nf_lex_val(lex, &lex->entries[i]); *v; v++) total += *v == NF_LEX_SEP;
    }
    out->r = malloc((total ? total : 1) * sizeof *out->r);
    out->first = malloc((lex->count + 1) * sizeof *out->first);
    out->noun_text = malloc(lex->count ? lex->count : 1);
    if (!out->r || !out->first || !out->noun_text) {
        nf_ev_readings_free(out);
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory reading the event triggers");
    }
    uint32_t n = 0;
    for (size_t i = 0; i < lex->count; i++) {
        const char *value = nf_lex_val(lex, &lex->entries[i]);
        out->first[i] = n;
        out->noun_text[i] = strstr(value, "noun") != NULL;
        for (const char *p = value; *p;) {
            const char *end = strchr(p, NF_LEX_SEP);
            if (!end) end = p + strlen(p);
            if (parse_reading(p, end, &out->r[n])) n++;
            p = *end ? end + 1 : end;
        }
    }
    out->first[lex->count] = n;
    return NF_OK;
}

/* Frees the arrays. */
void nf_ev_readings_free(nf_ev_readings *rd) {
    free(rd->r);
    free(rd->first);
    free(rd->noun_text);
    memset(rd, 0, sizeof *rd);
}
