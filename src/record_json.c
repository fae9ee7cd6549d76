/* record_json.c - writing a document record (docs/record-format.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "engine.h"
#include "doc.h"
#include "error.h"
#include "jsonw.h"
#include "numfmt.h"
#include "stages.h"

/* Writes the "start", "end" and "text" members of an original span. */
static void write_span_members(nf_jw *w, const nf_text *t, nf_span s) {
    NF_JW_KEY(w, "start");
    nf_jw_int(w, (int64_t)s.start);
    NF_JW_KEY(w, "end");
    nf_jw_int(w, (int64_t)s.end);
    NF_JW_KEY(w, "text");
    size_t a = t->orig_byte[s.start], b = t->orig_byte[s.end];
    nf_jw_string(w, t->orig + a, b - a);
}

/* Writes {"start":..,"end":..,"text":..} for an original span. */
static void write_span(nf_jw *w, const nf_text *t, nf_span s) {
    nf_jw_object(w);
    write_span_members(w, t, s);
    nf_jw_object_end(w);
}

/* Writes the id: the caller's JSON form, its string, or null. */
static void write_id(nf_jw *w, const char *id_json, const char *id) {
    NF_JW_KEY(w, "id");
    if (id_json)
        nf_jw_raw(w, id_json);
    else
        nf_jw_cstring(w, id);
}

/* Writes the error object, or null. */
static void write_error(nf_jw *w, const nf_error *e) {
    NF_JW_KEY(w, "error");
    if (!e) {
        nf_jw_null(w);
        return;
    }
    nf_jw_object(w);
    NF_JW_KEY(w, "code");
    nf_jw_cstring(w, nf_status_name(e->code));
    NF_JW_KEY(w, "message");
    nf_jw_cstring(w, e->message);
    NF_JW_KEY(w, "offset");
    nf_jw_int(w, (int64_t)e->offset);
    nf_jw_object_end(w);
}

/* Writes "key": {start, end, text} fields for tokens [ta, tb) inline. */
static void write_span_fields(nf_jw *w, const nf_doc *doc, size_t ta, size_t tb) {
    write_span_members(w, &doc->text, nf_doc_tokens_span(doc, ta, tb));
}

/* Writes the time expressions. */
static void write_times(nf_jw *w, const nf_doc *doc) {
    static const char *const types[] = {"date", "time", "duration", "period", "set"};
    nf_jw_array(w);
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        nf_jw_object(w);
        write_span_fields(w, doc, t->ta, t->tb);
        NF_JW_KEY(w, "type");
        nf_jw_cstring(w, types[t->type < 5 ? t->type : 0]);
        NF_JW_KEY(w, "value");
        nf_jw_cstring(w, t->value[0] ? t->value : NULL);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes amount a's period {start, end}, or null. */
static void write_period(nf_jw *w, const nf_doc *doc, const nf_amount *am) {
    int f[3], l[3];
    if (!nf_amount_period(doc, am, f, l)) {
        nf_jw_null(w);
        return;
    }
    char a[16], b[16];
    size_t an = nf_fmt_ymd(a, f[0], f[1], f[2]), bn = nf_fmt_ymd(b, l[0], l[1], l[2]);
    nf_jw_object(w);
    NF_JW_KEY(w, "start");
    nf_jw_string(w, a, an);
    NF_JW_KEY(w, "end");
    nf_jw_string(w, b, bn);
    nf_jw_object_end(w);
}

/* Writes an entity reference "eN", or null. */
static void write_entity_ref(nf_jw *w, int32_t e) {
    if (e < 0) {
        nf_jw_null(w);
        return;
    }
    char id[24];
    nf_jw_string(w, id, nf_fmt_local_id(id, 'e', (uint64_t)e + 1));
}

/* Writes the document's publication date as YYYY-MM-DD, or null when it
 * is unknown (or there is no document). */
static void write_publication_day(nf_jw *w, const nf_doc *doc) {
    if (!doc || doc->date_source == NF_DATE_NONE) {
        nf_jw_null(w);
        return;
    }
    char d[16];
    nf_jw_string(w, d, nf_fmt_ymd(d, doc->date_y, doc->date_m, doc->date_d));
}

/* Writes the amounts. */
static void write_amounts(nf_jw *w, const nf_doc *doc) {
    nf_jw_array(w);
    for (size_t i = 0; i < doc->namounts; i++) {
        const nf_amount *a = &doc->amounts[i];
        nf_jw_object(w);
        write_span_fields(w, doc, a->ta, a->tb);
        NF_JW_KEY(w, "value");
        nf_jw_double(w, a->value);
        if (!isnan(a->value_max)) {
            NF_JW_KEY(w, "value_max");
            nf_jw_double(w, a->value_max);
        }
        NF_JW_KEY(w, "unit");
        nf_jw_cstring(w, a->unit);
        NF_JW_KEY(w, "approx");
        nf_jw_bool(w, a->qualifier != NULL);
        NF_JW_KEY(w, "qualifier");
        nf_jw_cstring(w, a->qualifier);
        NF_JW_KEY(w, "object");
        if (a->obj >= 0) {
            nf_span s = nf_doc_tokens_span(doc, (size_t)a->obj, (size_t)a->obj + 1);
            size_t x = doc->text.orig_byte[s.start], y = doc->text.orig_byte[s.end];
            nf_jw_string(w, doc->text.orig + x, y - x);
        } else {
            nf_jw_null(w);
        }
        NF_JW_KEY(w, "measure");
        nf_jw_cstring(w, a->measure);
        NF_JW_KEY(w, "period");
        write_period(w, doc, a);
        NF_JW_KEY(w, "claimant");
        write_entity_ref(w, a->claimant);
        NF_JW_KEY(w, "subjects");
        nf_jw_array(w);
        for (size_t k = 0; k < 4 && a->subjects[k] >= 0; k++) write_entity_ref(w, a->subjects[k]);
        nf_jw_array_end(w);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes a token range as a span object. */
static void write_token_span(nf_jw *w, const nf_doc *doc, nf_seg r) {
    write_span(w, &doc->text, nf_doc_tokens_span(doc, r.ta, r.tb));
}

/* Writes the entities with their mentions (mentions are stored in text
 * order; each entity lists its own). */
static void write_entities(nf_jw *w, const nf_doc *doc) {
    static const char *const types[] = {"person", "org", "gpe", "loc"};
    static const char *const kinds[] = {"name", "nominal", "pronoun", "adjective"};
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        nf_jw_object(w);
        NF_JW_KEY(w, "id");
        write_entity_ref(w, (int32_t)i);
        NF_JW_KEY(w, "type");
        nf_jw_cstring(w, types[e->type < 4 ? e->type : 0]);
        NF_JW_KEY(w, "name");
        /* A country named only by adjectives ("israelische") has no name
         * as written: its label stands in. */
        nf_jw_cstring(w, e->name ? e->name : e->canonical);
        NF_JW_KEY(w, "canonical");
        nf_jw_cstring(w, e->canonical);
        NF_JW_KEY(w, "country");
        nf_jw_cstring(w, e->country[0] ? e->country : NULL);
        NF_JW_KEY(w, "actor");
        nf_jw_cstring(w, e->actor);
        NF_JW_KEY(w, "roles");
        nf_jw_array(w);
        bool role = e->role && !e->role_past;
        if (role) nf_jw_cstring(w, e->role);
        /* the text's title where it differs from the office written (two
         * mentions of one person, merged, can bring the same role twice) */
        if (e->title && !(role && strcmp(e->title, e->role) == 0)) nf_jw_cstring(w, e->title);
        nf_jw_array_end(w);
        NF_JW_KEY(w, "mentions");
        nf_jw_array(w);
        for (size_t m = 0; m < doc->nmentions; m++) {
            const nf_mention *x = &doc->mentions[m];
            if (x->entity != i) continue;
            nf_jw_object(w);
            write_span_fields(w, doc, x->ta, x->tb);
            NF_JW_KEY(w, "kind");
            nf_jw_cstring(w, kinds[x->kind < 4 ? x->kind : 0]);
            nf_jw_object_end(w);
        }
        nf_jw_array_end(w);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes the quotes. */
static void write_quotes(nf_jw *w, const nf_doc *doc) {
    static const char *const kinds[] = {"direct", "indirect", "reported", "mixed"};
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nquotes; i++) {
        const nf_quote *q = &doc->quotes[i];
        nf_jw_object(w);
        char id[24];
        NF_JW_KEY(w, "id");
        nf_jw_string(w, id, nf_fmt_local_id(id, 'q', i + 1));
        NF_JW_KEY(w, "kind");
        nf_jw_cstring(w, kinds[q->kind < 4 ? q->kind : 0]);
        NF_JW_KEY(w, "spans");
        nf_jw_array(w);
        for (size_t k = 0; k < q->nspans && k < NF_QUOTE_MAX_SPANS; k++)
            write_token_span(w, doc, q->spans[k]);
        nf_jw_array_end(w);
        NF_JW_KEY(w, "cue");
        bool two = q->cue[1].tb > q->cue[1].ta;
        if (q->cue[0].tb <= q->cue[0].ta) {
            nf_jw_null(w);
        } else if (two) { /* "teilte ... mit": both parts */
            nf_jw_array(w);
            write_token_span(w, doc, q->cue[0]);
            write_token_span(w, doc, q->cue[1]);
            nf_jw_array_end(w);
        } else {
            write_token_span(w, doc, q->cue[0]);
        }
        NF_JW_KEY(w, "speaker_span");
        if (q->speaker.tb > q->speaker.ta)
            write_token_span(w, doc, q->speaker);
        else
            nf_jw_null(w);
        NF_JW_KEY(w, "speaker");
        write_entity_ref(w, q->speaker_entity);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes the sources. */
static void write_sources(nf_jw *w, const nf_doc *doc) {
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nsources; i++) {
        const nf_source *s = &doc->sources[i];
        nf_jw_object(w);
        NF_JW_KEY(w, "entity");
        write_entity_ref(w, s->entity);
        NF_JW_KEY(w, "cue");
        if (s->cue.tb > s->cue.ta)
            write_token_span(w, doc, s->cue);
        else
            nf_jw_null(w);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes the events, with the label, Goldstein score and PLOVER category
 * of their code from the engine's CAMEO table. */
static void write_events(nf_jw *w, const nf_doc *doc) {
    const nf_lexicon *cameo = &doc->engine->cameo;
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *v = &doc->events[i];
        const nf_lex_entry *c = nf_lexicon_find(cameo, v->code, strlen(v->code));
        char label[96] = "", plover[32] = "";
        double goldstein = 0;
        bool known = false;
        if (c) {
            const char *val = nf_lex_val(cameo, c);
            const char *t1 = strchr(val, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            if (t1 && t2) {
                snprintf(label, sizeof label, "%.*s", (int)(t1 - val), val);
                goldstein = strtod(t1 + 1, NULL);
                snprintf(plover, sizeof plover, "%s", t2 + 1);
                known = true;
            }
        }
        nf_jw_object(w);
        char id[24];
        NF_JW_KEY(w, "id");
        nf_jw_string(w, id, nf_fmt_local_id(id, 'v', i + 1));
        NF_JW_KEY(w, "code");
        nf_jw_cstring(w, v->code);
        NF_JW_KEY(w, "root");
        nf_jw_string(w, v->code, strlen(v->code) >= 2 ? 2 : strlen(v->code));
        NF_JW_KEY(w, "label");
        nf_jw_cstring(w, known ? label : NULL);
        NF_JW_KEY(w, "plover");
        nf_jw_cstring(w, known && plover[0] ? plover : NULL);
        NF_JW_KEY(w, "goldstein");
        if (known)
            nf_jw_double(w, goldstein);
        else
            nf_jw_null(w);
        NF_JW_KEY(w, "source");
        write_entity_ref(w, v->source);
        NF_JW_KEY(w, "target");
        write_entity_ref(w, v->target);
        NF_JW_KEY(w, "date");
        if (v->date >= 0 && doc->times[v->date].value[0]) {
            /* the day, month or year the time begins on ("2025-11-11", "2008-04") */
            const char *dv = doc->times[v->date].value;
            size_t n = strlen(dv);
            nf_jw_string(w, dv, n < 10 ? n : 10);
        } else if (v->modality && strcmp(v->modality, "asserted") == 0) {
            write_publication_day(w, doc);
        } else {
            /* (an act planned, intended, denied or supposed that no time
             * dates has no day: the report's is none of it) */
            nf_jw_null(w);
        }
        NF_JW_KEY(w, "location");
        write_entity_ref(w, v->location);
        NF_JW_KEY(w, "modality");
        nf_jw_cstring(w, v->modality);
        NF_JW_KEY(w, "trigger");
        write_token_span(w, doc, v->trigger);
        nf_jw_object_end(w);
    }
    nf_jw_array_end(w);
}

/* Writes every layer; a NULL or failed document gets empty arrays. */
static void write_layers(nf_jw *w, const nf_doc *doc) {
    bool live = doc && !doc->failed;
    unsigned on = live ? doc->engine->layers : 0;
    for (unsigned bit = 1; bit & NF_LAYER_ALL; bit <<= 1) {
        nf_jw_key(w, nf_layer_name(bit));
        switch (on & bit) {
            case NF_LAYER_ENTITIES:
                write_entities(w, doc);
                break;
            case NF_LAYER_QUOTES:
                write_quotes(w, doc);
                break;
            case NF_LAYER_AMOUNTS:
                write_amounts(w, doc);
                break;
            case NF_LAYER_TIMES:
                write_times(w, doc);
                break;
            case NF_LAYER_EVENTS:
                write_events(w, doc);
                break;
            case NF_LAYER_SOURCES:
                write_sources(w, doc);
                break;
            default: /* not extracted, or a failed document */
                nf_jw_array(w);
                nf_jw_array_end(w);
        }
    }
}

/* Writes "layers" (the layers extracted) when the engine extracts only some
 * of them, so that an empty array left out is not read as nothing found. */
static void write_layer_list(nf_jw *w, const nf_doc *doc) {
    unsigned on = doc->engine->layers;
    if (on == NF_LAYER_ALL) return;
    NF_JW_KEY(w, "layers");
    nf_jw_array(w);
    for (unsigned bit = 1; bit & NF_LAYER_ALL; bit <<= 1)
        if (on & bit) nf_jw_cstring(w, nf_layer_name(bit));
    nf_jw_array_end(w);
}

/* Writes doc_date. */
static void write_doc_date(nf_jw *w, const nf_doc *doc) {
    NF_JW_KEY(w, "doc_date");
    nf_jw_object(w);
    NF_JW_KEY(w, "value");
    write_publication_day(w, doc);
    NF_JW_KEY(w, "source");
    nf_jw_cstring(w, !doc || doc->date_source == NF_DATE_NONE ? "none"
                     : doc->date_source == NF_DATE_INPUT      ? "input"
                                                              : "text");
    nf_jw_object_end(w);
}

/* Token kind names for the segments view. */
static const char *token_kind_name(int k) {
    static const char *const names[] = {"word",  "number", "ordinal", "date",  "abbrev",
                                        "punct", "quote",  "url",     "email", "symbol"};
    return k >= 0 && k < (int)(sizeof names / sizeof names[0]) ? names[k] : "other";
}

/* Writes the segmentation layers (on request: they are large). */
static void write_segments(nf_jw *w, const nf_doc *doc) {
    const nf_text *t = &doc->text;
    NF_JW_KEY(w, "paragraphs");
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nparagraphs; i++)
        write_span(w, t, nf_doc_tokens_span(doc, doc->paragraphs[i].ta, doc->paragraphs[i].tb));
    nf_jw_array_end(w);
    NF_JW_KEY(w, "sentences");
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nsentences; i++)
        write_span(w, t, nf_doc_tokens_span(doc, doc->sentences[i].ta, doc->sentences[i].tb));
    nf_jw_array_end(w);
    NF_JW_KEY(w, "tokens");
    nf_jw_array(w);
    for (size_t i = 0; i < doc->ntokens; i++) {
        nf_span s = nf_doc_tokens_span(doc, i, i + 1);
        nf_jw_array(w);
        nf_jw_int(w, (int64_t)s.start);
        nf_jw_int(w, (int64_t)s.end);
        nf_jw_cstring(w, token_kind_name(doc->tokens[i].kind));
        nf_jw_array_end(w);
    }
    nf_jw_array_end(w);
    NF_JW_KEY(w, "quote_regions");
    nf_jw_array(w);
    for (size_t i = 0; i < doc->nqregions; i++) {
        nf_span c;
        int depth;
        nf_doc_quote_region(doc, i, &c, &depth);
        write_span(w, t, c);
    }
    nf_jw_array_end(w);
    if (doc->has_dateline) {
        NF_JW_KEY(w, "dateline");
        write_span(w, t, nf_doc_tokens_span(doc, doc->dateline.ta, doc->dateline.tb));
    }
}

/* Finishes a record: returns the buffer's contents or NULL with err set. */
static char *finish(nf_buf *b, size_t *len, nf_error *err) {
    char *s = nf_buf_detach(b, len);
    if (!s) nf_fail(err, NF_ERR_MEMORY, 0, "out of memory writing a record");
    return s;
}

static void write_record(nf_jw *w, const nf_doc *doc, unsigned flags);

/* Writes a document's record. */
char *nf_doc_to_json(const nf_doc *doc, unsigned flags, size_t *len, nf_error *err) {
    if (!doc) {
        nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_doc_to_json needs a document");
        return NULL;
    }
    nf_buf b;
    nf_buf_init(&b);
    /* Records run to about three times the text; reserve once. */
    nf_buf_reserve(&b, doc->text.orig_bytes / 2 + 512);
    nf_jw w;
    nf_jw_init(&w, &b, (flags & NF_JSON_PRETTY) != 0);
    write_record(&w, doc, flags);
    return finish(&b, len, err);
}

/* Hands a document's record to a sink. */
nf_status nf_doc_emit(const nf_doc *doc, unsigned flags, const nf_record_sink *sink, void *ctx,
                      nf_error *err) {
    if (!doc || !sink)
        return nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_doc_emit needs a document and a sink");
    nf_jw w;
    nf_jw_init_sink(&w, sink, ctx);
    write_record(&w, doc, flags);
    nf_clear_error(err);
    return NF_OK;
}

/* Writes a document's record (JSON text or sink events). */
static void write_record(nf_jw *w, const nf_doc *doc, unsigned flags) {
    nf_jw_object(w);
    write_id(w, doc->id_json, doc->id);
    NF_JW_KEY(w, "lang");
    if (doc->failed)
        nf_jw_null(w);
    else
        nf_jw_cstring(w, doc->lang);
    write_doc_date(w, doc);
    write_layer_list(w, doc);
    write_layers(w, doc);
    if ((flags & NF_JSON_SEGMENTS) && !doc->failed) write_segments(w, doc);
    if (doc->nwarnings) {
        NF_JW_KEY(w, "warnings");
        nf_jw_array(w);
        for (size_t i = 0; i < doc->nwarnings; i++) {
            nf_jw_object(w);
            NF_JW_KEY(w, "code");
            nf_jw_cstring(w, doc->warnings[i].code);
            NF_JW_KEY(w, "message");
            nf_jw_cstring(w, doc->warnings[i].message);
            nf_jw_object_end(w);
        }
        nf_jw_array_end(w);
    }
    write_error(w, doc->failed ? &doc->error : NULL);
    nf_jw_object_end(w);
}

/* Writes the record of input that never became a document. */
char *nf_error_record_json(const char *id_json, const nf_error *error, unsigned flags, size_t *len,
                           nf_error *err) {
    if (!error) {
        nf_fail(err, NF_ERR_ARGUMENT, 0, "nf_error_record_json needs an error");
        return NULL;
    }
    nf_buf b;
    nf_buf_init(&b);
    nf_jw w;
    nf_jw_init(&w, &b, (flags & NF_JSON_PRETTY) != 0);
    nf_jw_object(&w);
    write_id(&w, id_json, NULL);
    NF_JW_KEY(&w, "lang");
    nf_jw_null(&w);
    write_doc_date(&w, NULL);
    write_layers(&w, NULL);
    write_error(&w, error);
    nf_jw_object_end(&w);
    return finish(&b, len, err);
}

/* Frees library-allocated memory. */
void nf_free(void *ptr) {
    free(ptr);
}
