/* gazetteer.h - known entities (countries, cities, organisations, leaders
 * and officials) and the German words that point to them (nationality
 * adjectives, role nouns), loaded once per engine from data/ and
 * lang/de/entities/. */
#ifndef NF_GAZETTEER_H
#define NF_GAZETTEER_H

#include <stdbool.h>
#include <stdint.h>

#include "lexicon.h"
#include "newsfacts.h"

/* What kind of gazetteer a known entity comes from. */
enum { NF_GZ_COUNTRY, NF_GZ_CITY, NF_GZ_ORG, NF_GZ_PERSON, NF_GZ_PLACE };

/* A known entity.  Strings point into the gazetteer's pool. */
typedef struct nf_gz_entry {
    uint8_t source;        /* NF_GZ_* */
    uint8_t type;          /* NF_ENT_* */
    bool capital;          /* a capital city */
    bool no_office;        /* persons.tsv: a person linked by full name only, in no office */
    bool german_name;      /* cities: one lang/de/entities/cities.tsv names in German */
    char country[4];       /* ISO alpha-3 or "" */
    const char *canonical; /* English label */
    const char *actor;     /* CAMEO actor code or NULL */
    const char *role;      /* office ("president") or organisation type ("media") */
    const char *surname;   /* persons: the last word of the canonical name */
    const char *names;     /* organisations: their names, '|' between them */
    int32_t start, end;    /* persons: office dates as YYYYMMDD (0: open) */
    int32_t population;    /* cities */
} nf_gz_entry;

/* A CAMEO code the Phoenix dictionaries give a person of leaders.tsv for
 * some dates (data/person-codes.tsv); a person's codes follow each other
 * in Phoenix's order, so that the first whose dates cover a day is the
 * code of that day. */
typedef struct nf_gz_code {
    char country[4]; /* ISO alpha-3 of the person */
    char code[16];
    int32_t start, end; /* YYYYMMDD, 0: open; both 0: the code without dates */
    bool more;          /* the next code is the same person's */
} nf_gz_code;

/* What a word may be, as bits of the `words` table. */
enum {
    NF_GW_FIRST = 1u << 0,   /* the first word of a known name */
    NF_GW_SURNAME = 1u << 1, /* a known person's surname */
    NF_GW_GIVEN = 1u << 2,   /* a known person's given name */
    NF_GW_ROLE = 1u << 3,    /* a role noun */
    NF_GW_SUFFIX = 1u << 4   /* a legal form closing a company name ("AG") */
};
/* Bits 8 and up of a `words` value: for NF_GW_FIRST words, the most tokens
 * a known name starting with the word spans. */
#define NF_GW_SPAN(v) ((size_t)((v) >> 8) & 0xff)

typedef struct nf_gazetteer {
    nf_gz_entry *entries;
    size_t count;
    char *pool;
    nf_lexicon names;          /* surface form as written -> "id,id,..." */
    nf_lexicon first_words;    /* first token of every surface form -> the most tokens it spans */
    nf_lexicon surnames;       /* last word of a person's name forms -> "id,id,..." */
    nf_lexicon first_surnames; /* first word of the name forms of persons of countries that
                                * name the surname first ("Xi" of "Xi Jinping") -> "id,..." */
    nf_lexicon loose_surnames; /* nf_loose_key of the surnames (fold.h) -> "id,id,...":
                                * spellings no name form lists ("Selensky", "Tokajev") */
    nf_lexicon given;          /* given names: first words of persons' name forms and
                                * lang/de/entities/given-names.txt */
    nf_lexicon countries;      /* ISO alpha-3 -> "id" of the country entry */
    nf_lexicon adjectives;     /* inflected nationality adjective (lower case) -> ISO alpha-3 */
    nf_lexicon demonyms;       /* a nation's people as written ("Russen", "Französin") -> ISO
                                * alpha-3 */
    nf_lexicon roles;          /* role noun as written -> "role\tgender\tkind" */
    nf_lexicon org_heads;      /* endings of organisation head nouns; legal forms -> "suffix" */
    nf_lexicon words;          /* word as written -> NF_GW_* bits: one lookup per token */
    nf_lexicon lower_words;    /* the keys of `words` that begin in lower case ("dpa", "von"):
                                * small, so lower-case tokens never touch the big table */
    nf_lexicon
        head_tails; /* last three bytes of organisation head endings -> bit mask of their lengths */
    nf_lexicon class_nouns; /* nouns that classify the name after them -> "person"/"org"/"place",
                             * then " word" when only the whole word counts */
    nf_lexicon noun_determiners;      /* "ein", "diesem": a common noun follows, no outlet's name */
    nf_lexicon articles;              /* "der", "im": before a common noun, the noun */
    nf_lexicon name_particles;        /* "da", "al", "van": inside someone's name */
    nf_lexicon place_endings;         /* "straße", "hütte"; common compounds -> "common" */
    nf_lexicon club_words;            /* "united", "bulls": a city before one is a club */
    nf_lexicon club_prefixes;         /* "sturm", "dynamo": a city after one is a club */
    nf_lexicon foreign_country_names; /* "Austria": an English name, no country in German */
    nf_lexicon thing_acronyms;        /* "PC", "WM", "TTIP": things, no organisations */
    nf_lexicon road_words; /* "bundesstraße" -> "noun", "a" -> "letter", "zur" -> "before", ... */
    nf_lexicon person_codes;   /* canonical label of a person -> index of its first code */
    nf_lexicon given_genders;  /* given name -> "m" or "f" (lang/de/entities/given-genders.tsv) */
    nf_lexicon sports_codes;   /* "GER" -> "DEU": IOC and FIFA codes other than ISO alpha-3 */
    nf_lexicon noun_names;     /* "Stern", "Allianz": outlets and companies named by
                                * everyday words */
    nf_lexicon common_nouns;   /* "Kupfer", "Babys": nouns no name is written as
                                * (lang/de/entities/common-nouns.txt) */
    nf_lexicon landmark_nouns; /* "bucht", "platz", "tor": a place's adjective in "-er"
                                * before one makes a name ("die Kieler Bucht") */
    nf_lexicon english_heads;  /* "road" -> "place", "post" -> "org paper": what an
                                * English name ending in the word names */
    nf_lexicon place_of_words; /* "südlich", "nähe", "bürgermeister": "von" and a name
                                * after one name a place (place-of-words.txt) */
    nf_lexicon party_words;    /* "grünen", "sozialdemokraten": a party by its family alone
                                * (party-words.txt) */
    nf_lexicon region_adjectives; /* inflected region adjective (lower case) -> the region's
                                   * name ("bayerische" -> "Bayern";
                                   * lang/de/entities/region-adjectives.tsv) */
    /* (every lexicon lies above, from `names` on: see NF_GZ_LEXICONS) */
    nf_gz_code *codes; /* data/person-codes.tsv, in its order */
    size_t ncodes;
    size_t place_ending_max;    /* the longest key of place_endings that is no compound, in bytes */
    size_t class_noun_max;      /* the longest key of class_nouns, in bytes */
    uint8_t place_tail2[8192];  /* bit set of the last two bytes of those place endings */
    uint8_t hyphen_tail2[8192]; /* ... and of the endings marked "hyphen" */
    uint8_t class_tail2[8192];  /* bit set of the last two bytes of the class nouns */
    size_t office_first;        /* entries [office_first, office_end) hold every person with a */
    size_t office_end;          /* role: who holds an office is looked for only there */
    bool borrowed;              /* pool, codes and the lexicons' arrays belong to an image */
} nf_gazetteer;

/* The lexicons of a gazetteer, as byte offsets in nf_gazetteer: loops over
 * them free, write and read every one.  They are the members from `names`
 * to `codes`; a lexicon added there goes in the list, in gazetteer.c (an
 * assertion there counts them). */
#define NF_GZ_LEXICONS 34
extern const size_t nf_gz_lexicon_offsets[NF_GZ_LEXICONS];

/* Lexicon i of the list above. */
static inline nf_lexicon *nf_gz_lexicon(nf_gazetteer *gz, size_t i) {
    return (nf_lexicon *)(void *)((char *)gz + nf_gz_lexicon_offsets[i]);
}
static inline const nf_lexicon *nf_gz_lexicon_c(const nf_gazetteer *gz, size_t i) {
    return (const nf_lexicon *)(const void *)((const char *)gz + nf_gz_lexicon_offsets[i]);
}

/* True when the last two bytes of the `n` bytes at `w` are in the bit set
 * `tail2` (place_tail2, hyphen_tail2, class_tail2): a quick no for most
 * words. */
static inline bool nf_gz_tail2(const uint8_t *tail2, const char *w, size_t n) {
    if (n < 2) return false;
    unsigned v = (unsigned)(unsigned char)w[n - 2] << 8 | (unsigned char)w[n - 1];
    return tail2[v >> 3] >> (v & 7) & 1;
}

/* Loads the gazetteer: from the image compiled into the library
 * (nf_gazetteer_image) when there is one and `data_dir` is NULL or "",
 * else from the files (nf_gazetteer_parse).  On failure nothing needs
 * freeing and `err` says why. */
nf_status nf_gazetteer_load(nf_gazetteer *gz, const char *data_dir, nf_error *err);

/* Loads the gazetteer from the TSV and list files in `data_dir` (each one
 * that is missing there from the built-in copy): one pass to collect
 * surface forms, a sort, and the lexicons.  As nf_gazetteer_load. */
nf_status nf_gazetteer_parse(nf_gazetteer *gz, const char *data_dir, nf_error *err);

/* The image of a loaded gazetteer (gazetteer_image.c): `*len` bytes,
 * owned by the caller (free()); NULL with `err` set when memory runs out. */
char *nf_gazetteer_image_write(const nf_gazetteer *gz, size_t *len, nf_error *err);

/* Loads a gazetteer from an image of `len` bytes at `img` (8-byte aligned,
 * written by the same build), borrowing its arrays: the image must outlive
 * the gazetteer.  NF_ERR_DATA when the image is not one of this build's or
 * an offset in it lies outside; then nothing needs freeing. */
nf_status nf_gazetteer_image_read(nf_gazetteer *gz, const char *img, size_t len, nf_error *err);

/* The image compiled into the library (gen/gazetteer_image.c, written by
 * tools/gzimage.c at build time); NULL and 0 where none was. */
extern const char *const nf_gazetteer_image;
extern const size_t nf_gazetteer_image_len;

/* Frees a loaded gazetteer. */
void nf_gazetteer_free(nf_gazetteer *gz);

/* Reads the comma-separated entry ids of a names/surnames value into `ids`
 * (at most `cap`); returns how many. */
size_t nf_gz_ids(const char *value, uint32_t *ids, size_t cap);

/* The country entry with ISO code `iso3`, or NULL. */
const nf_gz_entry *nf_gz_country(const nf_gazetteer *gz, const char *iso3);

/* True for the countries whose people the news name surname first ("Xi
 * Jinping", "Kim Jong-un"): ISO alpha-3. */
bool nf_gz_surname_first(const char *iso3);

/* True for the countries whose people the news name alone by the first
 * word of their names: those of nf_gz_surname_first ("Xi" for "Xi
 * Jinping"), and Thailand's, named by the given name ("Abhisit" for
 * "Abhisit Vejjajiva"). */
bool nf_gz_first_word_names(const char *iso3);

/* True when the surface form `s` (`n` bytes, as written) names an entry of
 * one of the sources in `sources` (bits 1u << NF_GZ_*). */
bool nf_gz_names_source(const nf_gazetteer *gz, const char *s, size_t n, unsigned sources);

#endif
