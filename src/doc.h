/* doc.h - what a document holds while the stages work on it.  Every array
 * lives in the document's arena. */
#ifndef NF_DOC_H
#define NF_DOC_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "newsfacts.h"
#include "text.h"

struct nf_langpack;

/* Token flags. */
enum {
    NF_TF_SPACE_BEFORE = 1u << 0, /* white space separates it from the token before */
    NF_TF_CAP = 1u << 1,          /* starts with an upper-case letter */
    NF_TF_LOWER = 1u << 2,        /* starts with a lower-case letter */
    NF_TF_TRUNC = 1u << 3,        /* a suspended compound: "Handels-" */
    NF_TF_ABBR_END = 1u << 4,     /* an abbreviation that may close a sentence */
    NF_TF_QOPEN = 1u << 5,        /* a quotation mark that opens a region */
    NF_TF_QCLOSE = 1u << 6,       /* a quotation mark that closes a region */
    NF_TF_QCONT = 1u << 7         /* a mark that reopens a quote in a new paragraph */
};

/* A token: normalised code points [a, b). */
typedef struct nf_token {
    uint32_t a, b;
    uint8_t kind;  /* nf_token_kind */
    uint8_t flags; /* NF_TF_* */
} nf_token;

/* A paragraph or sentence: tokens [ta, tb). */
typedef struct nf_seg {
    uint32_t ta, tb;
} nf_seg;

/* A pair of quotation marks: tokens `open` and `close`; depth 0 = outer. */
typedef struct nf_qregion {
    uint32_t open, close;
    uint32_t depth;
} nf_qregion;

/* Types of time expressions. */
enum { NF_TIME_DATE, NF_TIME_TIME, NF_TIME_DURATION, NF_TIME_PERIOD, NF_TIME_SET };

/* doc->claimed[k]: an age that tells when ("mit 13 Jahren", "im Alter von 78
 * Jahren"), which the times stage reads as no time and the amounts stage
 * then as no amount (1 and 2 mark a time's and an amount's tokens). */
#define NF_CLAIM_AGE 3

/* A time expression: tokens [ta, tb), its type, its ISO 8601 value ("" when
 * it cannot be resolved) and, for dates and periods, the first and last
 * day it covers (used as the period of amounts). */
typedef struct nf_time {
    uint32_t ta, tb;
    uint8_t type;
    bool has_days; /* first/last are set */
    char value[64];
    int first_y, first_m, first_d;
    int last_y, last_m, last_d;
} nf_time;

/* An amount: tokens [ta, tb) (qualifier, number, scale, unit). */
typedef struct nf_amount {
    uint32_t ta, tb;
    double value;
    double value_max;      /* the upper end of a range, or NaN */
    const char *unit;      /* ISO 4217, "%", a symbol, or NULL; owned by the engine */
    const char *qualifier; /* "about", ... or NULL; owned by the engine */
    int32_t obj;           /* token of the object noun, or -1 */
    const char *measure;   /* owned by the engine, or NULL */
    int32_t period;        /* index of the time giving its period, or -1 */
    uint8_t period_part;   /* of that time: 0 all of it, 1 its first year, 2 its last year,
                            * 3 from its first day to the document's date ("seit") */
    int32_t claimant;      /* entity stating the figure (a quote's speaker), or -1 */
    int32_t subjects[4];   /* entities the figure is about; -1 ends the list */
} nf_amount;

/* Entity types and mention kinds. */
enum { NF_ENT_PERSON, NF_ENT_ORG, NF_ENT_GPE, NF_ENT_LOC };
enum { NF_MK_NAME, NF_MK_NOMINAL, NF_MK_PRONOUN, NF_MK_ADJECTIVE };

/* One mention of an entity: tokens [ta, tb). */
typedef struct nf_mention {
    uint32_t ta, tb;
    uint32_t entity; /* index into doc->entities */
    uint8_t kind;    /* NF_MK_* */
} nf_mention;

/* An entity of the document.  Strings are owned by the engine (lexicon
 * values) or the document arena. */
typedef struct nf_entity {
    uint8_t type;          /* NF_ENT_* */
    char gender;           /* 'm', 'f', or 0 when unknown */
    bool plural;           /* a group ("die beiden Länder") */
    uint8_t name_words;    /* words in `name` */
    bool unconfirmed;      /* linked by a name of persons.tsv alone (the entity stage
                            * keeps the link only where the document names the
                            * person's country) */
    const char *name;      /* the fullest name as written */
    const char *canonical; /* English label, or NULL */
    char country[4];       /* ISO alpha-3, or "" */
    const char *actor;     /* CAMEO actor code, or NULL */
    const char *role;      /* "president", ... or NULL */
    bool role_past;        /* `role` is an office the person does not hold on the
                            * document's date (held before or after it): kept for
                            * the rules that read it ("Ex-Kanzler Schröder"), left
                            * out of the record's roles */
    bool role_future;      /* `role` is an office the person takes up only months
                            * after the document's date (Kickl, interior minister
                            * from 2017, in a text of 2015) and the text gives it
                            * no such title: no description of it names the person */
    const char *title;     /* the role the text gives right before the name where the
                            * gazetteer gave `role` and this differs ("foreign_minister"
                            * for "Außenminister Sebastian Kurz", whom an undated text's
                            * gazetteer entry makes chancellor), or NULL */
} nf_entity;

/* Kinds of quotation. */
enum { NF_Q_DIRECT, NF_Q_INDIRECT, NF_Q_REPORTED, NF_Q_MIXED };

#define NF_QUOTE_MAX_SPANS 4

/* A quotation: its content spans, cue and speaker as token ranges (a range
 * with ta == tb is absent), and the entity the speaker resolves to. */
typedef struct nf_quote {
    uint8_t kind;
    uint8_t nspans;
    nf_seg spans[NF_QUOTE_MAX_SPANS];
    nf_seg cue[2];          /* "teilte ... mit": the verb and its particle */
    nf_seg speaker;         /* the grammatical speaker's tokens */
    nf_seg antecedent;      /* what an anaphoric speaker ("Demnach", ", wonach")
                             * stands for, or empty: resolved in its place */
    int32_t speaker_entity; /* index into doc->entities, or -1 */
} nf_quote;

/* A source the article credits: an outlet entity and the cue word
 * ("berichtet TASS"); cue.ta == cue.tb when a dateline credits it. */
typedef struct nf_source {
    int32_t entity;
    nf_seg cue;
} nf_source;

/* An event: a CAMEO code, its actors (entity indices, -1 when none), the
 * trigger token, the modality ("asserted", ...: static strings), the time
 * giving its date (-1: the document's date) and its place (-1: none). */
typedef struct nf_event {
    char code[6];
    int32_t source, target, location, date;
    const char *modality;
    nf_seg trigger;
} nf_event;

/* A warning about a document that was processed anyway. */
typedef struct nf_warning {
    const char *code;    /* static string */
    const char *message; /* in the arena */
} nf_warning;

struct nf_doc {
    nf_arena arena;
    const nf_engine *engine;
    const struct nf_langpack *pack; /* the pack used for segmentation */
    bool failed;
    nf_error error;

    const char *id, *id_json, *title; /* copies in the arena, or NULL */
    char lang[8];

    nf_text text;
    nf_token *tokens;
    size_t ntokens;
    nf_seg *paragraphs;
    size_t nparagraphs;
    nf_seg *sentences;
    size_t nsentences;
    nf_qregion *qregions;
    size_t nqregions;
    bool has_dateline;
    nf_seg dateline;

    /* Token texts for lexicon lookups: NUL-terminated, as normalised and
     * lower-cased, at tok_off[k] in tok_text and tok_lower. */
    char *tok_text;
    char *tok_lower;
    uint32_t *tok_off;
    uint32_t *tok_len;      /* byte length of each token's text (strlen of nf_tok) */
    uint32_t *tok_llen;     /* byte length of its lower-cased text (strlen of nf_tokl) */
    uint8_t *tok_cased;     /* 1 where the lower-cased text differs from the text */
    uint32_t *tok_hash;     /* nf_lexicon_hash of each token's text ... */
    uint32_t *tok_lhash;    /* ... and of its lower-cased text: hashed once, looked up often */
    uint32_t *tok_sent;     /* sentence index of each token */
    uint8_t *claimed;       /* per token: part of a time (1), an amount (2) or an age that
                             * tells when, none of either (NF_CLAIM_AGE) */
    uint32_t *tok_mask;     /* per token: NF_TM_* bits from the pack's token index */
    uint32_t *class_memo;   /* per token: its class noun (see class_noun_value in entities.c),
                             * 0 when not looked up yet; a cache, written by look-ups of a
                             * const document */
    const char **role_memo; /* per token: nf_role_at's value, NULL when not looked up yet
                             * (entities.c); a cache like class_memo */
    uint8_t *person_memo;   /* per token: nf_person_noun_at's and nf_person_noun_word's
                             * answers and whether each is known (entities.c) */
    double *tok_numword;    /* per token: its value as a number word, NaN when it is none */

    nf_time *times;
    size_t ntimes;
    nf_amount *amounts;
    size_t namounts;

    nf_entity *entities;
    size_t nentities, entities_cap;
    nf_mention *mentions; /* in text order */
    size_t nmentions, mentions_cap;
    int32_t *mention_cover; /* per token: the first mention (not an adjective) over it, or
                             * -1; made by the events stage (ev_index_mentions) and kept
                             * up to date by nf_mention_add; NULL before */

    nf_quote *quotes;
    size_t nquotes;
    nf_seg said;        /* while the quotes stage resolves a quote's speaker: the quote's
                         * content, first span to last (an owner named there in the
                         * genitive is not the speaker); empty otherwise */
    bool no_apposition; /* while coref resolves a phrase inside a description that a
                         * name in apposition follows: the name is the whole one's */

    nf_source *sources;
    size_t nsources, sources_cap;

    nf_event *events;
    size_t nevents, events_cap;

    /* The countries the words of the text name (see text_names_country in
     * entities.c), gathered on first use: ISO codes in the arena. */
    char (*text_countries)[4];
    size_t ntext_countries;
    bool text_countries_done;

    /* The publication date, when known. */
    int date_y, date_m, date_d;
    enum { NF_DATE_NONE, NF_DATE_INPUT, NF_DATE_TEXT } date_source;

    nf_warning warnings[8];
    size_t nwarnings;
};

/* The document's date as YYYYMMDD, or 0 when it has none. */
static inline int32_t nf_doc_day(const nf_doc *doc) {
    if (doc->date_source == NF_DATE_NONE) return 0;
    return doc->date_y * 10000 + doc->date_m * 100 + doc->date_d;
}

/* Records a warning on the document (the first eight are kept). */
void nf_doc_warn(nf_doc *doc, const char *code, const char *message);

/* The original span of tokens [ta, tb). */
nf_span nf_doc_tokens_span(const nf_doc *doc, size_t ta, size_t tb);

#endif
