/*
 * newsfacts.h - the one public header of libnewsfacts.
 *
 * libnewsfacts turns news articles into document records: entities, quotes,
 * amounts, times, events and the sources an article credits (see
 * docs/record-format.md).  The flow is:
 *
 *     nf_engine_options opts;
 *     nf_engine_options_init(&opts);
 *     nf_error err;
 *     nf_engine *engine = nf_engine_open(&opts, &err);      // once
 *     nf_doc *doc = nf_extract(engine, text, len, &meta, &err);  // per article
 *     char *json = nf_doc_to_json(doc, 0, NULL, &err);       // the record
 *     nf_free(json);
 *     nf_doc_free(doc);
 *     nf_engine_close(engine);
 *
 * An engine is read-only once opened and may be shared by any number of
 * threads; a document belongs to the thread that extracted it.  The library
 * has no global state, never prints and never aborts the process: every
 * failure comes back as a status code plus a message in an nf_error.
 *
 * Offsets are Unicode code points into the text exactly as given, end
 * exclusive (Python's text[start:end]).
 */
#ifndef NEWSFACTS_H
#define NEWSFACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden symbols; what this header declares is
 * its whole exported interface. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

#define NF_VERSION_MAJOR 0
#define NF_VERSION_MINOR 1
#define NF_VERSION_PATCH 0
#define NF_VERSION_STRING "0.1.0"

/* The library's version string; static storage, never freed. */
const char *nf_version(void);

/* ---- Errors --------------------------------------------------------------- */

typedef enum nf_status {
    NF_OK = 0,
    NF_ERR_ARGUMENT,  /* a NULL or out-of-range argument */
    NF_ERR_MEMORY,    /* an allocation failed */
    NF_ERR_IO,        /* a data file could not be read */
    NF_ERR_DATA,      /* a data file is malformed */
    NF_ERR_UTF8,      /* the text is not valid UTF-8 */
    NF_ERR_TOO_LARGE, /* the text exceeds the engine's size limit */
    NF_ERR_LANGUAGE,  /* no language pack for the requested language */
    NF_ERR_JSON,      /* an input record is not valid JSON (CLI and bindings) */
    NF_ERR_NO_TEXT,   /* an input record has no "text" (CLI and bindings) */
    NF_ERR_TEXT_TYPE  /* an input record's "text" is not a string */
} nf_status;

/* An error: what went wrong, where, and in words.  `offset` is a byte
 * offset into the input the failing call was given (or 0 where no position
 * applies).  The caller owns the struct; the library only fills it. */
typedef struct nf_error {
    nf_status code;
    size_t offset;
    char message[256];
} nf_error;

/* A short stable name for a status ("invalid_utf8", "too_large", ...), as used
 * in the "code" field of error records; static storage. */
const char *nf_status_name(nf_status code);

/* ---- Engine ------------------------------------------------------------------ */

typedef struct nf_engine nf_engine;

/* Options for nf_engine_open.  Initialise with nf_engine_options_init and
 * change only what you need. */
typedef struct nf_engine_options {
    /* A directory holding lang/<code>/ word-list files that replace the data
     * compiled into the library, file by file; NULL uses the built-in data. */
    const char *data_dir;
    /* The largest text nf_extract accepts, in bytes; 0 means no limit.
     * Default 10 MiB. */
    size_t max_doc_bytes;
    /* Language used when a document names none and detection is unsure;
     * default "de". */
    const char *default_lang;
    /* Skip the learned name tagger: extraction is about 1.4 times as fast,
     * but names no list knows are missed.  Default false. */
    bool no_tagger;
    /* The layers to extract: NF_LAYER_* bits, 0 (the default) for all.  A
     * layer brings the layers it is read from (nf_layers_needed below).
     * Layers left out are written as empty arrays, and the record then
     * lists the layers it holds in "layers".  Quotes and events add the
     * entities they resolve (speakers, actors), so entities extracted
     * without them are fewer.  Without entities the gazetteers are not
     * loaded, without events the event lists: a narrow engine starts and
     * runs faster. */
    unsigned layers;
} nf_engine_options;

/* The layers of a record, as bits of nf_engine_options.layers. */
typedef enum nf_layer {
    NF_LAYER_ENTITIES = 1u << 0, /* entities, their mentions and links */
    NF_LAYER_QUOTES = 1u << 1,   /* quotes (needs entities for speakers) */
    NF_LAYER_AMOUNTS = 1u << 2,  /* amounts (needs times for periods) */
    NF_LAYER_TIMES = 1u << 3,    /* times, and doc_date read from the text */
    NF_LAYER_EVENTS = 1u << 4,   /* events (needs entities, quotes and times) */
    NF_LAYER_SOURCES = 1u << 5,  /* sources (needs entities) */
    NF_LAYER_ALL = (1u << 6) - 1
} nf_layer;

/* The layer's name as the record writes it ("entities", "times", ...) for a
 * single NF_LAYER_* bit; NULL for anything else.  A static string. */
const char *nf_layer_name(unsigned layer);

/* The layers `layers` brings with it: the bits given plus every layer they
 * are read from.  Amounts without quotes and entities have no claimant and
 * no subjects; they are not brought in for that. */
unsigned nf_layers_needed(unsigned layers);

/* Reads a comma-separated list of layer names ("times,amounts"; "all" for
 * every layer) into NF_LAYER_* bits in *out.  Returns NF_OK, or
 * NF_ERR_ARGUMENT with err saying which name is unknown (err->offset: its
 * byte offset in `list`). */
nf_status nf_layers_parse(const char *list, unsigned *out, nf_error *err);

/* Fills `opts` with the defaults. */
void nf_engine_options_init(nf_engine_options *opts);

/* Opens an engine: loads the language packs once.  Returns NULL and fills
 * `err` (when not NULL) on failure.  The caller closes it with
 * nf_engine_close. */
nf_engine *nf_engine_open(const nf_engine_options *opts, nf_error *err);

/* Closes an engine opened by nf_engine_open; NULL is ignored.  Documents
 * extracted with it must be freed first. */
void nf_engine_close(nf_engine *engine);

/* ---- Documents -------------------------------------------------------------- */

typedef struct nf_doc nf_doc;

/* What the caller knows about a document besides its text.  Every field may
 * be NULL.  `id_json`, when set, is the id as a JSON value (a quoted string
 * or a number) and is written to the record verbatim; otherwise `id` is
 * written as a string.  `date` is the publication date (YYYY-MM-DD or a full
 * ISO 8601 timestamp).  The strings are copied; the caller keeps ownership. */
typedef struct nf_doc_meta {
    const char *id;
    const char *id_json;
    const char *date;
    const char *lang;
    const char *title;
} nf_doc_meta;

/* Extracts one document from `len` bytes of UTF-8 `text` (which need not be
 * NUL-terminated and may contain NUL).  Returns a document owned by the
 * caller, freed with nf_doc_free.
 *
 * Text the engine cannot process (invalid UTF-8, over the size limit) still
 * yields a document: it has no layers and nf_doc_error reports why, so that
 * its record can be written like any other.  NULL is returned only when the
 * arguments are unusable or memory runs out; then `err` says why. */
nf_doc *nf_extract(const nf_engine *engine, const char *text, size_t len, const nf_doc_meta *meta,
                   nf_error *err);

/* Frees a document and everything it owns; NULL is ignored. */
void nf_doc_free(nf_doc *doc);

/* The reason a document could not be processed, or NULL when it was.  The
 * pointer lives as long as the document. */
const nf_error *nf_doc_error(const nf_doc *doc);

/* The language the document was processed as ("de"); owned by the engine. */
const char *nf_doc_lang(const nf_doc *doc);

/* A span of the original text: code point offsets, end exclusive. */
typedef struct nf_span {
    size_t start;
    size_t end;
} nf_span;

/* Kinds of token the segmenter produces. */
typedef enum nf_token_kind {
    NF_TOK_WORD,    /* letters, with inner hyphens and apostrophes */
    NF_TOK_NUMBER,  /* digits, with inner decimal commas and thousands dots */
    NF_TOK_ORDINAL, /* a number with its period: "11." in "am 11. November" */
    NF_TOK_DATE,    /* a numeric date: "12.11.2025", "4.12." */
    NF_TOK_ABBREV,  /* an abbreviation with its period: "Dr.", "z.", "Mio." */
    NF_TOK_PUNCT,   /* punctuation other than quotation marks */
    NF_TOK_QUOTE,   /* a quotation mark of any style */
    NF_TOK_URL,     /* a web address */
    NF_TOK_EMAIL,   /* an e-mail address */
    NF_TOK_SYMBOL   /* anything else: currency signs, emoji, ... */
} nf_token_kind;

/* Counts of the segmentation layers of a document (0 for an error document). */
size_t nf_doc_paragraph_count(const nf_doc *doc);
size_t nf_doc_sentence_count(const nf_doc *doc);
size_t nf_doc_token_count(const nf_doc *doc);
size_t nf_doc_quote_region_count(const nf_doc *doc);

/* The i-th paragraph, sentence or token as a span; returns NF_ERR_ARGUMENT
 * when i is out of range. */
nf_status nf_doc_paragraph(const nf_doc *doc, size_t i, nf_span *out);
nf_status nf_doc_sentence(const nf_doc *doc, size_t i, nf_span *out);
nf_status nf_doc_token(const nf_doc *doc, size_t i, nf_span *out, nf_token_kind *kind);

/* The i-th pair of quotation marks: `content` is the text between the marks
 * (which may run over several sentences and paragraphs), `depth` 0 for an
 * outer quote and 1 or more for one nested inside another. */
nf_status nf_doc_quote_region(const nf_doc *doc, size_t i, nf_span *content, int *depth);

/* The dateline that opens the document ("Moskau (dpa) –"), if any; returns
 * NF_ERR_ARGUMENT when there is none. */
nf_status nf_doc_dateline(const nf_doc *doc, nf_span *out);

/* ---- Records -------------------------------------------------------------- */

enum {
    NF_JSON_PRETTY = 1u << 0,  /* indent the record over several lines */
    NF_JSON_SEGMENTS = 1u << 1 /* add "paragraphs", "sentences", "tokens" */
};

/* Writes the document's record (docs/record-format.md) as JSON, one line
 * unless NF_JSON_PRETTY is set, without a trailing newline.  Returns a
 * NUL-terminated string that the caller frees with nf_free, and stores its
 * length in `*len` when `len` is not NULL; NULL on failure with `err` set. */
char *nf_doc_to_json(const nf_doc *doc, unsigned flags, size_t *len, nf_error *err);

/* Writes the record of a document that never reached the engine (an input
 * line that is not JSON, has no text, ...): the id, empty layers and the
 * error.  `id_json` is the id as a JSON value (NULL writes null).  Ownership
 * as for nf_doc_to_json. */
char *nf_error_record_json(const char *id_json, const nf_error *error, unsigned flags, size_t *len,
                           nf_error *err);

/* A receiver of a record as a stream of JSON events: what nf_doc_to_json
 * would write, value by value, without the text (a program that stores
 * records skips writing and parsing it).  Strings are `len` bytes of UTF-8,
 * unescaped, valid until the callback returns, but keys, which are
 * constants of the library and live as long as it is loaded.  Numbers come as
 * nf_doc_to_json writes them: integral values (below 2^53) as integers,
 * others as reals; `raw` is JSON text copied from the caller (the id given
 * as nf_doc_meta.id_json).  Every member must be set. */
typedef struct nf_record_sink {
    void (*begin_object)(void *ctx);
    void (*end_object)(void *ctx);
    void (*begin_array)(void *ctx);
    void (*end_array)(void *ctx);
    void (*key)(void *ctx, const char *key, size_t len);
    void (*string)(void *ctx, const char *s, size_t len);
    void (*integer)(void *ctx, int64_t v);
    void (*real)(void *ctx, double v);
    void (*boolean)(void *ctx, bool v);
    void (*null)(void *ctx);
    void (*raw)(void *ctx, const char *json, size_t len);
} nf_record_sink;

/* Hands the document's record to `sink` (with `ctx`), event by event, in
 * the order nf_doc_to_json writes it (`flags` as there; NF_JSON_PRETTY
 * changes nothing).  Returns NF_OK, or NF_ERR_ARGUMENT with `err` set. */
nf_status nf_doc_emit(const nf_doc *doc, unsigned flags, const nf_record_sink *sink, void *ctx,
                      nf_error *err);

/* Frees memory returned by the library; NULL is ignored. */
void nf_free(void *ptr);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* NEWSFACTS_H */
