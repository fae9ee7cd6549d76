/* langpack.h - one language's word lists (the files in lang/<code>/). */
#ifndef NF_LANGPACK_H
#define NF_LANGPACK_H

#include <stdbool.h>

#include "event_readings.h"
#include "lexicon.h"
#include "newsfacts.h"

/* What a token may begin (bits of a token's mask). */
enum {
    NF_TM_TIME = 1u << 0,          /* a time expression */
    NF_TM_NUMWORD = 1u << 1,       /* its first bytes are those of a number word */
    NF_TM_QUAL = 1u << 2,          /* a qualifier ("mehr als") */
    NF_TM_CURRENCY = 1u << 3,      /* a currency name or symbol */
    NF_TM_UNIT = 1u << 4,          /* a unit */
    NF_TM_SCALE = 1u << 5,         /* a scale word */
    NF_TM_WEEKDAY = 1u << 6,       /* its first bytes are those of a weekday (compounds) */
    NF_TM_HOLIDAY = 1u << 7,       /* a named day */
    NF_TM_TENSE = 1u << 8,         /* a tense marker */
    NF_TM_SPEECH = 1u << 9,        /* a speech verb or an attribution marker ("laut") */
    NF_TM_KONJ = 1u << 10,         /* a subjunctive verb form ("sei", "hätte") */
    NF_TM_QWORD = 1u << 11,        /* a function word the quotation stage reads */
    NF_TM_EVENT = 1u << 12,        /* an event trigger */
    NF_TM_TIMEWORD = 1u << 13,     /* a time word proper: month, weekday, unit, modifier, holiday */
    NF_TM_MONTH = 1u << 14,        /* a month name */
    NF_TM_WEEKDAY_NAME = 1u << 15, /* a weekday name */
    NF_TM_TIME_UNIT = 1u << 16,    /* a time unit ("Stunden") */
    NF_TM_MODIFIER = 1u << 17,     /* a time modifier ("vergangenen") */
    NF_TM_TIME_WORD = 1u << 18,    /* a time word of time-words.txt ("gestern") */
    NF_TM_IDIOM = 1u << 19,        /* the first word of a number idiom */
    /* Bits that only tell nf_tok_find which lists a token may be in. */
    NF_TM_STARTER = 1u << 20,     /* sentence-starters.txt */
    NF_TM_MODALITY = 1u << 21,    /* event-modality.txt */
    NF_TM_STOPWORD = 1u << 22,    /* stopwords.txt */
    NF_TM_SPEECH_NOUN = 1u << 23, /* speech-nouns.txt */
    NF_TM_GROUP = 1u << 24,       /* group-speakers.txt */
    NF_TM_ORDINAL = 1u << 25,     /* ordinal-nouns.txt, ordinal-preceders.txt */
    NF_TM_YEAR_NOUN = 1u << 26,   /* year-nouns.txt */
    NF_TM_SOURCE = 1u << 27,      /* source-cues.txt, media-nouns.txt */
    NF_TM_MEASURE = 1u << 28,     /* measures.txt */
    NF_TM_SPORT = 1u << 29        /* sports-words.txt */
};

/* The most endings of subjunctive forms konjunktiv.txt may list. */
#define NF_KONJ_ENDINGS 8

typedef struct nf_langpack {
    char code[8];
    bool full;                           /* has segmentation data, not only detection words */
    nf_lexicon stopwords;                /* frequent function words, for detection */
    nf_lexicon abbreviations;            /* "Dr.", "usw.\tend" */
    nf_lexicon sentence_starters;        /* "Die", "Er", ... */
    nf_lexicon ordinal_nouns;            /* "Jahrhundert", "Platz", ... */
    nf_lexicon ordinal_preceders;        /* "am", "der", "seinen", ... */
    nf_lexicon months;                   /* "November\t11" */
    nf_lexicon number_words;             /* "zwei\t2\tunit" */
    struct nf_number_part *number_parts; /* number_words' values and classes, by entry
                                          * (nf_number_parts_build); owned */
    nf_lexicon scale_words;              /* "Milliarden\t1000000000" */
    nf_lexicon qualifiers;               /* "mehr als\tmore_than" */
    nf_lexicon number_idioms;            /* "unter vier augen" */
    nf_lexicon weekdays;                 /* "Montag\t1" */
    nf_lexicon time_units;               /* "Stunden\tH" */
    nf_lexicon time_words;               /* "gestern\tday:-1" */
    nf_lexicon time_modifiers;           /* "vergangenen\t-1\tdoc" */
    nf_lexicon tense_markers;            /* "wurde\tpast" */
    nf_lexicon holidays;                 /* "Ostermontag\teaster+1" */
    nf_lexicon currencies;               /* "US-Dollar\tUSD\t1" */
    nf_lexicon units;                    /* "Kilometer\tkm" */
    nf_lexicon measures;                 /* "handelsvolumen\ttrade" */
    nf_lexicon measure_verbs;            /* "getötet\tdeaths": a count's measure by its verb */
    nf_lexicon money_verbs;              /* "kostet\tcost": a sum's measure by its verb */
    nf_lexicon year_nouns;               /* "Ende", "Frühjahr": may precede a year */
    nf_lexicon time_starters;            /* "von", "jeden": words a time expression starts with */
    nf_lexicon source_cues;              /* "berichtet", "laut": words crediting a source */
    nf_lexicon media_nouns;              /* "zeitung", "sender": endings of outlet nouns */
    nf_lexicon event_triggers; /* "besuchte" -> readings "particle\tcode\tframe\treverse\tflags" */
    nf_lexicon event_modality; /* "soll" -> "planned\tclause" */
    nf_lexicon support_verbs;  /* "startete": its subject does the act of a trigger noun */
    nf_lexicon sports_words;   /* "Viertelfinale\tstrong": sentences that report games */
    nf_lexicon
        period_cues; /* "gegenüber\tcompare", "dabei\tcarry": how a figure's period is found */
    nf_lexicon number_names;   /* "Resolution", "Artikel": a number after them is no year */
    nf_lexicon speech_verbs;   /* "teilte\tS\tmit": form, class, particles */
    nf_lexicon speech_markers; /* "laut\tsource", "zufolge\tpost" */
    nf_lexicon speech_nouns;   /* "angaben": "nach Angaben", "Berichten zufolge" */
    nf_lexicon meeting_nouns;  /* "gipfels": "des G8-Gipfels" speaks for the G8 */
    nf_lexicon member_nouns;   /* "staaten": "die EU-Staaten" act for the EU */
    nf_lexicon document_nouns; /* "bericht": "In dem Bericht steht, dass ..." */
    nf_lexicon speech_acts;    /* "vorwurf\tn", "meinung\to", "erhob\tv": nouns with a content
                                * clause after a comma, and the verbs that voice them */
    nf_lexicon group_speakers; /* "analysten", "behörden": speakers with no name */
    nf_lexicon konjunktiv;     /* "sei\t1", "hätte\t2"; "-iere\t1" an ending, "schiere\t0" */
    nf_lexicon quote_words;    /* "dass\ts": function words with their classes */

    /* Built at load time from the lists above, for a quick first look at
     * each token: lower-cased first words of entries -> NF_TM_* bits, and
     * the first three bytes of number words and weekdays -> bits. */
    nf_lexicon token_index;
    nf_lexicon prefix_index;
    nf_lexicon numword_lengths; /* first bytes of number-word parts -> bit mask of their lengths */
    nf_lexicon trigger_tails;   /* last three bytes of trigger nouns -> bit mask of their lengths */
    nf_lexicon speech_act_tails;     /* the same for the nouns of speech_acts */
    nf_ev_readings trigger_readings; /* event_triggers' values, parsed */
    /* The endings konjunktiv.txt lists ("-iere": the key without its
     * hyphen, owned by `konjunktiv`), at most NF_KONJ_ENDINGS. */
    const char *konj_endings[NF_KONJ_ENDINGS];
    size_t konj_ending_lens[NF_KONJ_ENDINGS];
    size_t nkonj_endings;
} nf_langpack;

/* True for a byte the token index counts as part of a word's leading
 * letters and digits (ASCII alphanumerics and every byte of a non-ASCII
 * character): the index holds each key's first word and, when it goes on
 * with other bytes ("usd$", "al-Kaida"), those leading letters too. */
static inline bool nf_index_alnum(unsigned char c) {
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The length of the prefix index key of a word of `n` bytes: its first
 * whole characters within three bytes. */
static inline size_t nf_prefix_len(const char *w, size_t n) {
    size_t p = n < 3 ? n : 3;
    while (p > 0 && p < n && ((unsigned char)w[p] & 0xC0) == 0x80) p--;
    return p;
}

/* Loads the pack for `code` from `data_dir` or the built-in data.  With
 * `full` false only the detection words are loaded; with `events` false the
 * event lists are left out (an engine that codes no events).  On failure
 * nothing needs freeing and `err` names the file. */
nf_status nf_langpack_load(nf_langpack *lp, const char *code, bool full, bool events,
                           const char *data_dir, nf_error *err);

/* Frees a loaded pack. */
void nf_langpack_free(nf_langpack *lp);

/* True for the value of a noun of speech-act-nouns.txt: "n" (a statement
 * or demand) or "o" (an opinion); verbs are "v" and "b". */
static inline bool nf_statement_noun_class(const char *val) {
    return (val[0] == 'n' || val[0] == 'o') && val[1] == '\0';
}

/* Which of the particles of a speech-verbs.txt entry (`list`, the third
 * column after any "~") the lower-cased word `w` is: 0 none, 1 a separable
 * particle that closes the clause ("mit" of "teilte ... mit"), 2 one
 * marked "@" that governs a phrase ("von" of "sprach von"), also as its
 * pronoun in "da-" ("davon"). */
int nf_speech_particle(const char *list, const char *w);

/* True when the lower-cased word `lower` (n bytes) ends in an ending of
 * subjunctive forms that konjunktiv.txt lists ("propagiere": "-iere") and
 * has three bytes before it at least. */
bool nf_konj_ending(const nf_langpack *lp, const char *lower, size_t n);

#endif
