/* entities_tagged.c - names the learned tagger (ner.c) finds where the
 * gazetteers and rules of entities.c found nothing: persons, organisations
 * and places no list knows ("Michael Knipper", "Bauhauptverband Nord",
 * "Sankt Pölten").  A tagged name never overrides a mention the rules made;
 * it joins an entity of the same type and name, a person's surname joins
 * the person named before, and everything else becomes a new entity without
 * canonical label or actor code (a name the lists do not know cannot be
 * linked).  Every name the tagger finds counts, however low its score: the
 * model itself leans towards finding names (train.py --bias), since a name
 * it adds is right more often than the engine's F1 over two. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "tokens.h"

/* The lowest confidence with which a tagged name replaces the rule-made
 * names inside it ("Borussia Dortmund" around "Dortmund"). */
#define TAGGED_WIDER_NAME 0.5f

/* True when a mention overlaps tokens [ta, tb): of any kind, or with
 * `names_only` a name. */
static bool covered_by(const nf_doc *doc, size_t ta, size_t tb, bool names_only) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= tb) break;
        if (m->tb > ta && (!names_only || m->kind == NF_MK_NAME)) return true;
    }
    return false;
}

/* True when a mention of any kind overlaps tokens [ta, tb). */
static bool covered(const nf_doc *doc, size_t ta, size_t tb) {
    return covered_by(doc, ta, tb, false);
}

/* The bytes of the initial that opens the name `name` (n bytes), one
 * letter in upper case before a full stop and a space ("R. Kelly": 1,
 * "Ö. Yilmaz": 2), or 0 when it opens otherwise. */
static size_t initial_length(const char *name, size_t n) {
    size_t l = name[0] & 0x80 ? 2 : 1; /* (a letter of Latin-1 takes two bytes) */
    if (n < l + 3 || name[l] != '.' || name[l + 1] != ' ') return 0;
    if (l == 1) return isupper((unsigned char)name[0]) ? 1 : 0;
    return (unsigned char)name[0] == 0xC3 && (unsigned char)name[1] < 0x9F ? 2 : 0; /* À-Þ */
}

/* The person named before whose name ends in the words of tokens [ta, tb)
 * (`name`, n bytes), for a span that does not open with a given name ("Le
 * Maire" after "Bruno Le Maire": "Le" is a particle here, though some
 * list has it as a given name), or whose name or last words the span is
 * in the genitive ("Le Pens", "Tom McCarthys", "Kants"), or that the span
 * names by the initial of the given name ("R. Kelly" after "Robert
 * Kelly"): the one the gazetteers know first, else the latest; else one
 * whose family name
 * comes first ("Ais" after "Ai Weiwei"); -1 when none. */
static int32_t person_by_tail(const nf_doc *doc, size_t ta, size_t tb, const char *name, size_t n) {
    const nf_gazetteer *gz = &doc->engine->gz;
    bool given = nf_tok_get(doc, ta, &gz->given) && !nf_tokl_get(doc, ta, &gz->name_particles);
    size_t stem = n > 3 && name[n - 1] == 's' ? nf_genitive_stem(name, n) : 0;
    size_t initial = initial_length(name, n);
    int32_t latest = -1;
    for (size_t i = doc->nentities; i-- > 0;) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON || !e->name) continue;
        bool tail = tb > ta + 1 && !given && nf_last_words_are(e->name, name, n);
        /* ("R. Kelly" after "Robert Kelly": the given name's initial) */
        if (!tail && initial)
            tail = strncmp(e->name, name, initial) == 0 && e->name[initial] != ' ' &&
                   nf_last_words_are(e->name, name + initial + 2, n - initial - 2);
        if (!tail && stem)
            tail = (strlen(e->name) == stem && memcmp(e->name, name, stem) == 0) ||
                   (tb == ta + 1 ? nf_surname_in(doc, e->name, name, stem)
                                 : !given && nf_last_words_are(e->name, name, stem));
        if (!tail) continue;
        if (e->canonical) return (int32_t)i;
        if (latest < 0) latest = (int32_t)i;
    }
    /* (a family name that comes first, as written or in the genitive:
     * "Ais" after "Ai Weiwei") */
    return latest < 0 && tb == ta + 1 ? nf_family_name_first(doc, name, n) : latest;
}

/* The place the text has named whose genitive one word `name` (n bytes,
 * the text of tokens [ta, tb)) is ("Klosterneuburgs" after
 * "Klosterneuburg", "Roms" after "Rom"); -1 when none. */
static int32_t place_in_genitive(const nf_doc *doc, size_t ta, size_t tb, const char *name,
                                 size_t n) {
    if (tb != ta + 1 || n < 4 || name[n - 1] != 's') return -1;
    size_t stem = nf_genitive_stem(name, n);
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (nf_place_type(e->type) && e->name && strlen(e->name) == stem &&
            memcmp(e->name, name, stem) == 0)
            return (int32_t)i;
    }
    return -1;
}

/* True when the n bytes at w end as a Russian patronymic does
 * ("Jurjewitsch", "Wladimirowna", "Iljitsch"), a stem of three bytes or
 * more before the ending. */
static bool patronymic_ending(const char *w, size_t n) {
    static const nf_suffix endings[] = {NF_SFX("witsch"), NF_SFX("itsch"), NF_SFX("owna"),
                                        NF_SFX("ewna")};
    /* (past the stem's first two bytes, one more before the ending) */
    return n > 2 && nf_ends_in_one_of(w + 2, n - 2, endings, sizeof endings / sizeof endings[0]);
}

/* True when the n bytes at w are a middle name a text may leave out of a
 * person's full name: a patronymic ("Jurjewitsch"), a given name
 * ("Rudolf") or an initial ("W."). */
static bool middle_name(const nf_doc *doc, const char *w, size_t n) {
    return patronymic_ending(w, n) || (n == 2 && isupper((unsigned char)w[0]) && w[1] == '.') ||
           nf_lexicon_find(&doc->engine->gz.given, w, n) != NULL;
}

/* True when `name` is first, a middle name and last ("Sergej Jurjewitsch
 * Netschajew" for "Sergej Netschajew", "Oliver Rudolf Jufer" for "Oliver
 * Jufer"). */
static bool with_middle(const nf_doc *doc, const char *name, const char *first, const char *last) {
    size_t f = strlen(first), l = strlen(last), n = strlen(name);
    if (n < f + l + 2 || memcmp(name, first, f) != 0 || name[f] != ' ' ||
        memcmp(name + n - l, last, l) != 0 || name[n - l - 1] != ' ')
        return false;
    const char *mid = name + f + 1;
    size_t m = n - l - 1 - (f + 1);
    return m > 0 && !memchr(mid, ' ', m) && middle_name(doc, mid, m);
}

/* True when `name` is the two words first and last, a space between
 * ("Sergej Netschajew" for "Sergej Jurjewitsch Netschajew"). */
static bool without_middle(const char *name, const char *first, const char *last) {
    size_t f = strlen(first), l = strlen(last);
    return strlen(name) == f + 1 + l && memcmp(name, first, f) == 0 && name[f] == ' ' &&
           memcmp(name + f + 1, last, l) == 0;
}

/* The entity of `type` named `name` (n bytes, the text of tokens [ta,
 * tb)) already, or for a one-word person's name the person whose name ends
 * in it; -1 when none.  A name of no person is the unlinked entity of no
 * person named so before, whatever its type: the tagger's types of one
 * name wander ("am Stade de France" a place, "vom Stade de France" an
 * organisation), the text means one thing. */
static int32_t entity_named_as(const nf_doc *doc, const char *name, size_t n, size_t ta, size_t tb,
                               uint8_t type) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (!e->name) continue;
        if (e->type != type) {
            if (type != NF_ENT_PERSON && e->type != NF_ENT_PERSON && !e->canonical &&
                strcmp(e->name, name) == 0)
                return (int32_t)i;
            continue;
        }
        if (strcmp(e->name, name) == 0) return (int32_t)i;
        if (type == NF_ENT_PERSON && tb == ta + 1 && nf_surname_in(doc, e->name, name, n))
            return (int32_t)i;
        if (type == NF_ENT_PERSON && tb == ta + 3 && (doc->tokens[ta + 1].flags & NF_TF_CAP) &&
            middle_name(doc, nf_tok(doc, ta + 1), doc->tok_len[ta + 1]) &&
            without_middle(e->name, nf_tok(doc, ta), nf_tok(doc, ta + 2)))
            return (int32_t)i;
        if (type == NF_ENT_PERSON && tb == ta + 2 &&
            with_middle(doc, e->name, nf_tok(doc, ta), nf_tok(doc, ta + 1)))
            return (int32_t)i;
    }
    return -1;
}

/* True when the name `name` opens as a sports club's does: an acronym of
 * two to four letters ("SV Ried", "SCR Altach", "VfB Stuttgart") or a
 * word of club-prefixes.txt ("Sturm Graz") before a space. */
static bool club_opening(const nf_doc *doc, const char *name) {
    const char *sp = strchr(name, ' ');
    size_t n = sp ? (size_t)(sp - name) : 0;
    if (n >= 2 && n <= 4 && isupper((unsigned char)name[0]) &&
        isupper((unsigned char)name[n - 1])) {
        size_t i = 0;
        while (i < n && isalpha((unsigned char)name[i])) i++;
        if (i == n) return true;
    }
    char lower[32];
    if (n == 0 || n >= sizeof lower) return false;
    for (size_t i = 0; i < n; i++) lower[i] = (char)tolower((unsigned char)name[i]);
    return nf_lexicon_find(&doc->engine->gz.club_prefixes, lower, n) != NULL;
}

/* True when `label` ends in the word or words `name` (n bytes) after a
 * space. */
static bool ends_in_words(const char *label, const char *name, size_t n) {
    size_t len = label ? strlen(label) : 0;
    return len > n + 1 && label[len - n - 1] == ' ' && memcmp(label + len - n, name, n) == 0;
}

/* The organisation the text has named in more words, of which the name
 * `name` (n bytes; 4 or more) of type `type` is the last ones ("Maple
 * Leafs" after "Toronto Maple Leafs", "Panthers" after "Florida
 * Panthers"), as written or in its canonical label ("Volkspartei" after
 * "ÖVP", the Österreichische Volkspartei), the latest of them; a place's
 * name only a sports club's ("Ried" after "SV Ried"; not "Axams" after
 * "Alpinpolizei Axams"); -1 when none. */
static int32_t org_by_tail(const nf_doc *doc, const char *name, size_t n, uint8_t type) {
    if (n < 4) return -1;
    for (size_t i = doc->nentities; i-- > 0;) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_ORG) continue;
        if (ends_in_words(e->name, name, n) && (!nf_place_type(type) || club_opening(doc, e->name)))
            return (int32_t)i;
        if (type == NF_ENT_ORG && ends_in_words(e->canonical, name, n)) return (int32_t)i;
    }
    return -1;
}

/* See entities.h. */
int32_t nf_entity_of(nf_doc *doc, size_t ta, size_t tb, uint8_t type) {
    const char *name = nf_tokens_text(doc, ta, tb);
    if (!name) return -1;
    size_t n = strlen(name);
    /* a truncated compound's first word ("FPÖ- und BZÖ-Konten", "aus EU-
     * und Nicht-EU-Staaten"): the organisation or place it names */
    if (tb == ta + 1 && n > 2 && name[n - 1] == '-') {
        int32_t known = nf_gz_named_at(doc, name, n - 1, ta);
        if (known >= 0) return known;
    }
    int32_t same = entity_named_as(doc, name, n, ta, tb, type);
    if (same >= 0) return same;
    /* (a place's genitive the tagger takes for a person's: "Gmünds
     * Bürgermeister" after "Gmünd") */
    int32_t named = type != NF_ENT_ORG ? place_in_genitive(doc, ta, tb, name, n) : -1;
    if (named < 0 && type == NF_ENT_PERSON) named = person_by_tail(doc, ta, tb, name, n);
    if (named >= 0) return named;
    /* a known person in a spelling the gazetteers lack ("Selensky"), a
     * listed place, also written with hyphens ("Tel-Aviv") */
    int32_t known = type == NF_ENT_PERSON ? nf_loose_person(doc, ta, tb)
                    : nf_place_type(type) ? nf_gz_place_at_home(doc, ta, tb, name, n)
                                          : -1;
    if (known >= 0) return known;
    /* (the last words of an organisation's name, whatever the tagger took
     * them for) */
    int32_t org = org_by_tail(doc, name, n, type);
    if (org >= 0) return org;
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = type;
    return nf_entity_add(doc, &e);
}

/* See entities.h. */
bool nf_name_as(nf_doc *doc, size_t a, size_t b, uint8_t type) {
    size_t first = nf_mention_first_at(doc, a);
    const nf_mention *m = first < doc->nmentions ? &doc->mentions[first] : NULL;
    bool covered = nf_mention_over(doc, a) || nf_mention_over(doc, b - 1);
    if (!covered) {
        int32_t ent = nf_entity_of(doc, a, b, type);
        return ent >= 0 && nf_mention_add(doc, a, b, ent, NF_MK_NAME);
    }
    if (!m || m->ta != a || m->tb != b || m->kind != NF_MK_NAME) return true;
    nf_entity *e = &doc->entities[m->entity];
    if (e->type == type || e->canonical || nf_other_mention_of(doc, m)) return true;
    e->type = type;
    e->country[0] = '\0';
    if (type != NF_ENT_PERSON) e->gender = 0;
    return true;
}

static bool person_word(const nf_doc *doc, size_t k); /* below */

/* True when the lower-cased word w (n bytes) ends in a suffix of abstract
 * nouns that no name takes, singular or plural ("zynismus",
 * "gelassenheit", "partnerschaft", "heuchelei", "einmischung",
 * "kooperationen", "regelungen"). */
static bool abstract_word(const char *w, size_t n) {
    static const nf_suffix suffixes[] = {
        NF_SFX("ismus"),  NF_SFX("heit"),   NF_SFX("keit"),   NF_SFX("schaft"),   NF_SFX("tion"),
        NF_SFX("ität"),   NF_SFX("erei"),   NF_SFX("elei"),   NF_SFX("ismen"),    NF_SFX("heiten"),
        NF_SFX("keiten"), NF_SFX("tionen"), NF_SFX("itäten"), NF_SFX("schaften"), NF_SFX("ereien")};
    if (n < 7) return false;
    if (nf_ends_in_one_of(w, n, suffixes, sizeof suffixes / sizeof suffixes[0])) return true;
    /* "-ung" and "-ungen" only on longer words: "Hartung" is a surname,
     * "Holungen" and "Bad Salzungen" are towns */
    return (n >= 9 && memcmp(w + n - 3, "ung", 3) == 0) ||
           (n >= 10 && memcmp(w + n - 5, "ungen", 5) == 0);
}

/* See entities.h: by abstract_word, a noun the tagger's lexicon may
 * never have seen; not for hyphenated compounds, which may hold a name. */
bool nf_abstract_noun(const nf_doc *doc, size_t k) {
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    /* a compound with a name in it ("Uno-Vollversammlung") may be one */
    return !memchr(w, '-', n) && abstract_word(w, n);
}

/* See entities.h. */
bool nf_common_noun_listed(const nf_doc *doc, size_t k) {
    return nf_tok_get(doc, k, &doc->engine->gz.common_nouns) != NULL;
}

static bool name_like_ending(const nf_doc *doc, size_t k); /* below */

/* The longest word nf_strong_lower_form and nf_neuter_adjective_noun
 * look at, in bytes with its terminator. */
#define STRONG_FORM_MAX 40

/* See entities.h. */
bool nf_strong_lower_form(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_llen[k];
    const char *w = nf_tokl(doc, k);
    char form[STRONG_FORM_MAX];
    if (n < 5 || n >= sizeof form || memcmp(w + n - 2, "es", 2) != 0) return false;
    memcpy(form, w, n - 1);
    form[n - 1] = '\0';
    return nf_ner_lower_word(doc->engine->ner, form);
}

/* See entities.h. */
bool nf_neuter_adjective_noun(const nf_doc *doc, size_t k) {
    if (!nf_strong_lower_form(doc, k)) return false;
    /* (not a noun's genitive whose form in "-e" is an adjective too:
     * "des Römischen Reiches", "reiche") */
    size_t n = doc->tok_llen[k];
    char stem[STRONG_FORM_MAX];
    memcpy(stem, nf_tokl(doc, k), n - 2);
    stem[n - 2] = '\0';
    return !nf_ner_compound_tail(doc->engine->ner, stem, 1);
}

/* True when the tagged name `s` is one word, a noun that classifies a
 * person's name (class-nouns.txt: a title, a kinship), before a
 * capitalised word of sentence [.., sb): the title of the name after it,
 * which the tagger split off ("Sir" in "Sir Tim Hunt FRS"). */
static bool title_alone(const nf_doc *doc, const nf_ner_span *s, size_t sb) {
    return s->tb == s->ta + 1 && s->tb < sb && doc->tokens[s->tb].kind == NF_TOK_WORD &&
           (doc->tokens[s->tb].flags & NF_TF_CAP) && nf_class_noun(doc, s->ta) == NF_ENT_PERSON;
}

/* True when the tagged person or place `s` of sentence [sa, ..) is one
 * word of the list of common nouns that no list knows as a name and no
 * person of the text is named by ("Kupfer", "in Gewahrsam"; not "Iggy Pop
 * ... Pop"); an organisation's may be its name ("an der Sparkasse").  A
 * place right after an article may be a surname's word too: no surname
 * takes the article ("in der Rinne" is no Antti Rinne). */
static bool listed_noun_alone(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    size_t k = s->ta;
    bool article_place =
        nf_place_type(s->type) && k > sa && nf_tokl_get(doc, k - 1, &doc->engine->gz.articles);
    if (s->tb != k + 1 || s->type == NF_ENT_ORG || !nf_common_noun_listed(doc, k) ||
        (person_word(doc, k) && !article_place) ||
        nf_person_ending_in(doc, nf_tok(doc, k), doc->tok_len[k]) >= 0)
        return false;
    /* a place the noun before it classifies ("die Grenzübergänge
     * Spielfeld"), or one with a town's ending and no article before it,
     * nor an article and an adjective ("in Spielfeld"; "auf dem
     * Spielfeld" is the pitch, "die weiße Zeltstadt" a camp) */
    if (!nf_place_type(s->type) || k <= sa) return true;
    if (nf_class_noun(doc, k - 1) == NF_ENT_GPE) return false;
    size_t d = k - 1;
    if (d > sa && (doc->tokens[d].flags & NF_TF_LOWER) &&
        !nf_tokl_get(doc, d, &doc->engine->gz.articles))
        d--;
    return nf_article_or_determiner(doc, d) || !name_like_ending(doc, k);
}

/* True when token k is a common noun that names no person (see entities.h). */
bool nf_plain_noun(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_WORD &&
           (nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k), NF_COMMON_NOUN_MIN_FREQ) ||
            nf_abstract_noun(doc, k)) &&
           !person_word(doc, k);
}

/* How often (log2) a word must have been seen capitalised for
 * nf_noun_after_name to take it for a noun. */
#define NOUN_LIKE_MIN_FREQ 4

/* See entities.h. */
bool nf_noun_after_name(const nf_doc *doc, size_t k) {
    if (nf_plain_noun(doc, k)) return true;
    return doc->tokens[k].kind == NF_TOK_WORD &&
           nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, k), NOUN_LIKE_MIN_FREQ) &&
           !person_word(doc, k);
}

/* See entities.h. */
bool nf_genitive_name_end(const nf_doc *doc, size_t k) {
    if (k + 1 >= doc->ntokens) return false;
    const nf_token *t = &doc->tokens[k], *u = &doc->tokens[k + 1];
    if (t->kind != NF_TOK_WORD || u->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) ||
        !(u->flags & NF_TF_CAP))
        return false;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    return n > 3 && w[n - 1] == 's' && !person_word(doc, k) && !person_word(doc, k + 1);
}

/* True when token k is a weekday's compound with a part of the day
 * ("Mittwochfrüh", "Montagabend", "Dienstagnachmittag"): a time, no word
 * of a name. */
static bool weekday_daypart(const nf_doc *doc, size_t k) {
    static const char *const parts[] = {"früh",       "morgen", "vormittag", "mittag",
                                        "nachmittag", "abend",  "nacht",     NULL};
    const char *w = nf_tok(doc, k); /* (the weekdays are listed capitalised) */
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || n < 10) return false;
    for (const char *const *p = parts; *p; p++) {
        size_t pl = strlen(*p);
        if (n > pl + 5 && memcmp(w + n - pl, *p, pl) == 0 &&
            nf_lexicon_find(&doc->pack->weekdays, w, n - pl))
            return true;
    }
    return false;
}

static bool function_word(const nf_doc *doc, size_t k); /* below */

/* True when the word at token k ends as German adjectives and adverbs
 * do: "-ig", "-lich", "-isch", "-bar", "-los", "-sam", "-haft"
 * ("selbstständig", "schließlich"), in a word of six bytes or more. */
static bool adjective_ending(const nf_doc *doc, size_t k) {
    static const nf_suffix endings[] = {NF_SFX("ig"),  NF_SFX("lich"), NF_SFX("isch"),
                                        NF_SFX("bar"), NF_SFX("los"),  NF_SFX("sam"),
                                        NF_SFX("haft")};
    size_t n = doc->tok_llen[k];
    return n >= 6 &&
           nf_ends_in_one_of(nf_tokl(doc, k), n, endings, sizeof endings / sizeof endings[0]);
}

/* True when a closing parenthesis follows the opening one at token j
 * before token tb. */
static bool closes_before(const nf_doc *doc, size_t j, size_t tb) {
    for (size_t q = j + 1; q < tb; q++)
        if (doc->tokens[q].kind == NF_TOK_PUNCT && nf_tok_is(doc, q, ")")) return true;
    return false;
}

/* True when token k is a dash or hyphen standing alone. */
static bool dash_at(const nf_doc *doc, size_t k) {
    uint8_t c = doc->text.cls[doc->tokens[k].a];
    return doc->tokens[k].kind == NF_TOK_PUNCT && (c == NF_C_DASH || c == NF_C_HYPHEN);
}

/* True when token k is a figure that a colon joins to another without
 * spaces: a score or a ratio ("4:3"). */
static bool score_opens(const nf_doc *doc, size_t k) {
    return k + 2 < doc->ntokens && doc->tokens[k].kind == NF_TOK_NUMBER &&
           nf_tok_is(doc, k + 1, ":") && !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) &&
           !(doc->tokens[k + 2].flags & NF_TF_SPACE_BEFORE) &&
           doc->tokens[k + 2].kind == NF_TOK_NUMBER;
}

/* Cuts a tagged name of a genitive, a person's noun and a name after it
 * to the person's name ("Bushs Parteikollegen McCain", which the tagger
 * took for one organisation): the noun says who the name after it is. */
static void owner_noun_person(const nf_doc *doc, nf_ner_span *s) {
    size_t k = s->ta;
    if (s->tb < k + 3 || doc->tokens[k].kind != NF_TOK_WORD ||
        !(doc->tokens[k].flags & NF_TF_CAP) || doc->tok_len[k] < 3 ||
        nf_tok(doc, k)[doc->tok_len[k] - 1] != 's' || !nf_person_noun_at(doc, k + 1))
        return;
    for (size_t j = k + 2; j < s->tb; j++)
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP)) return;
    s->ta = (uint32_t)(k + 2);
    s->type = NF_ENT_PERSON;
}

/* True when tokens [a, b) are the name of an organisation or a place the
 * text named before (those the gazetteers list are mentions already). */
static bool org_or_place_named(const nf_doc *doc, size_t a, size_t b) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type != NF_ENT_PERSON && e->name && nf_tokens_text_is(doc, a, b, e->name))
            return true;
    }
    return false;
}

/* True when token k, the last of span s, is an exclamation or question
 * mark that ends the sentence, no part of the name before it: after a
 * name of several words ("Willie Nelson!") or a word the gazetteers know
 * without it ("Stand auf Facebook!"), unless they know it with the mark
 * ("Yahoo!").  A word no list knows keeps it, as brands write it ("Si!",
 * "FRITZ!Box"). */
static bool sentence_mark_after(const nf_doc *doc, const nf_ner_span *s, size_t k) {
    if (k == 0 || doc->tokens[k].kind != NF_TOK_PUNCT || doc->tok_len[k] != 1 ||
        !strchr("!?", nf_tok(doc, k)[0]))
        return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    char buf[64];
    size_t n = doc->tok_len[k - 1];
    if (n + 1 >= sizeof buf) return true;
    memcpy(buf, nf_tok(doc, k - 1), n);
    buf[n] = nf_tok(doc, k)[0];
    if (nf_gz_names_source(gz, buf, n + 1, ~0u)) return false;
    return k > s->ta + 1 || nf_gz_names_source(gz, buf, n, ~0u);
}

/* True when token k is a common noun, no acronym ("FC Chelsea London"),
 * no adjective of a place or any other adjective the lexicon has seen in
 * lower case: a word that describes the organisation named after it
 * ("Rundfunksender", "Segment"). */
static bool company_noun(const nf_doc *doc, size_t k) {
    return (nf_plain_noun(doc, k) || nf_noun_compound(doc, k) || nf_common_noun_listed(doc, k) ||
            nf_describes_company(doc, k)) &&
           nf_tok_lower_after_first(doc, k) &&
           !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k)) &&
           !nf_place_adjective_at(doc, k) && !nf_adjective_at(doc, k);
}

/* True when tokens [k, tb) are, whole, the name of an organisation the
 * gazetteer lists ("Amazon", "Radio France Internationale") and of no
 * place ("FC Chelsea London" ends in a city's name). */
static bool listed_org_name(const nf_doc *doc, size_t k, size_t tb) {
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t whole = 0;
    const nf_lex_entry *e = nf_tok_phrase(doc, k, tb, tb - k, &gz->names, false, &whole);
    if (!e || whole != tb) return false;
    uint32_t ids[64];
    size_t n = nf_gz_ids(nf_lex_val(&gz->names, e), ids, 64);
    bool org = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t src = gz->entries[ids[i]].source;
        if (src == NF_GZ_CITY || src == NF_GZ_COUNTRY || src == NF_GZ_PLACE) return false;
        org |= src == NF_GZ_ORG;
    }
    return org;
}

/* True when a tab or a line break stands between token j and the one
 * before it. */
static bool break_before(const nf_doc *doc, size_t j) {
    for (uint32_t i = doc->tokens[j - 1].b; i < doc->tokens[j].a; i++)
        if (doc->text.cp[i] == '\t' || doc->text.cp[i] == '\n' || doc->text.cp[i] == '\r')
            return true;
    return false;
}

/* Drops a tab or line break and what follows it, a weekday's time a span
 * ends with ("die BBC Mittwochfrüh"), a
 * score's first figure ("Hinspiel 4:3"), the
 * punctuation a span ends with before a closing quotation mark
 * ("Siemens.“"), the capitalised function words a span begins with ("In
 * Deutschland", "Im Kreml", "Jedes Heft", "Dein Manöver"), and from a person's name the common
 * nouns before it ("Sohn Jakob", "Vater Henrik") and the one after it
 * ("Matthew Williams Liebeskummer", "Melanies Eltern") or a club after
 * "von" ("Peter Stöger von Austria"), and from an
 * organisation's name the word that describes it ("Internet-Suchmaschinen-
 * Betreiber Google Inc."; nf_describes_company), and the words in lower
 * case it opens with: the tagger takes a neighbouring word into a name now
 * and then.  Returns false when nothing of a name is left. */
static bool trim(const nf_doc *doc, nf_ner_span *s) {
    /* a tab or a line break ends a name: a table's cells, a list's lines
     * ("Red Wings\t5", "Blue Jackets\n2") */
    for (size_t j = s->ta + 1; j < s->tb; j++)
        if (break_before(doc, j)) {
            s->tb = (uint32_t)j;
            break;
        }
    /* a parenthesis that opens or closes in a span and is not closed or
     * opened in it ends the name before it ("(Regie: Edward Zwick) Jamie
     * (Jake Gyllenhaal)"); "Sony (Deutschland)" keeps both */
    for (size_t j = s->ta + 1, open = 0; j < s->tb; j++) {
        if (doc->tokens[j].kind != NF_TOK_PUNCT || doc->tok_len[j] != 1) continue;
        char p = nf_tok(doc, j)[0];
        if (p == '(') open = j;
        if ((p == ')' && !open) || (p == '(' && !closes_before(doc, j, s->tb))) {
            s->tb = j;
            break;
        }
        if (p == ')') open = 0;
    }
    /* "das berichtete die BBC Mittwochfrüh": the time after a name */
    while (s->tb - s->ta > 1 && weekday_daypart(doc, s->tb - 1)) s->tb--;
    /* "Hinspiel 4:3": a score's first figure is no part of a name */
    if (s->tb - s->ta > 1 && score_opens(doc, s->tb - 1)) s->tb--;
    /* "bei Siemens.“": the mark that ends a quoted sentence ("Yahoo!" and,
     * as GermEval has it, "DFB." at a sentence's end stay) */
    while (s->tb - s->ta > 1 && s->tb < doc->ntokens && doc->tokens[s->tb].kind == NF_TOK_QUOTE &&
           doc->tokens[s->tb - 1].kind == NF_TOK_PUNCT && doc->tok_len[s->tb - 1] == 1 &&
           strchr(".!?,;:", nf_tok(doc, s->tb - 1)[0]))
        s->tb--;
    /* the full stop that ends the sentence after a word with small
     * letters ("an der Universität London."); after an acronym it may be
     * the name's, as GermEval has it ("DFB.", "NHL.") */
    while (s->tb - s->ta > 1 && doc->tokens[s->tb - 1].kind == NF_TOK_PUNCT &&
           doc->tok_len[s->tb - 1] == 1 && nf_tok(doc, s->tb - 1)[0] == '.' &&
           doc->tokens[s->tb - 2].kind == NF_TOK_WORD && doc->tok_cased[s->tb - 2] &&
           doc->tok_len[s->tb - 2] >= 3 && nf_tok_lower_after_first(doc, s->tb - 2))
        s->tb--;
    /* "Stand auf Facebook!": an exclamation or question mark ends the
     * sentence, unless the gazetteers know the name with it ("Yahoo!") */
    while (s->tb - s->ta > 1 && sentence_mark_after(doc, s, s->tb - 1)) s->tb--;
    /* a dash a headline sets before a name ("Zweiter ATP-Titel – Thiem:")
     * is none of it */
    while (s->tb - s->ta > 1 && dash_at(doc, s->ta)) s->ta++;
    /* nor a slash that joins the name to the word before it
     * ("Kurdisch/Zazaki", "Strobl/Denner": the name is "Zazaki"), nor a
     * colon before it ("gründen: Google Inc."); a comma or semicolon
     * stays, where GermEval's tokens keep it: ",Irmingard Achter", ";LTB
     * Extra") */
    while (s->tb - s->ta > 1 && doc->tokens[s->ta].kind == NF_TOK_PUNCT &&
           (nf_tok_is(doc, s->ta, "/") || nf_tok_is(doc, s->ta, ":")))
        s->ta++;
    /* nor quotation marks around it ("die ''Ethiopian People's
     * Revolutionary Democratic Front''": a name's marks are no part of it) */
    while (s->tb - s->ta > 1 && doc->tokens[s->ta].kind == NF_TOK_QUOTE) s->ta++;
    while (s->tb - s->ta > 1 && doc->tokens[s->tb - 1].kind == NF_TOK_QUOTE) s->tb--;
    /* nor the letters of an honour or an office after a person's name
     * ("Tim Hunt FRS", "Maria Keller MdB"; "postnominal" in
     * english-heads.txt): the name is the person's */
    const nf_lex_entry *post = s->tb - s->ta > 1 && (doc->tokens[s->tb - 1].flags & NF_TF_CAP)
                                   ? nf_tokl_get(doc, s->tb - 1, &doc->engine->gz.english_heads)
                                   : NULL;
    if (post && strcmp(nf_lex_val(&doc->engine->gz.english_heads, post), "postnominal") == 0)
        s->tb--, s->type = NF_ENT_PERSON;
    /* ... nor a dash that opens an aside after it ("Lorenz – übrigens
     * Ehrenpräsident – hätte ...") */
    while (s->tb - s->ta > 1 && dash_at(doc, s->tb - 1)) s->tb--;
    while (s->tb - s->ta > 1 && (nf_tok_find(doc, s->ta, &doc->pack->sentence_starters) ||
                                 nf_tokl_get(doc, s->ta, &doc->engine->gz.noun_determiners)))
        s->ta++;
    /* a word in lower case opens no name ("will Shelby", "die
     * europäischen Solidarität"; particles do: "van Gaal", "de Maizière";
     * and some brands: "heise online"); a common noun left alone after it
     * is none either ("die linke Hand", "der demokratischen Partei") */
    bool lower_cut = false;
    while (s->tb - s->ta > 1 && doc->tokens[s->ta].kind == NF_TOK_WORD &&
           (doc->tokens[s->ta].flags & NF_TF_LOWER) &&
           !nf_tokl_get(doc, s->ta, &doc->engine->gz.name_particles) &&
           !nf_tok_get(doc, s->ta, &doc->engine->gz.names))
        s->ta++, lower_cut = true;
    /* (the colon after a verb cut so: "gründen: Google Inc.") */
    while (lower_cut && s->tb - s->ta > 1 && nf_tok_is(doc, s->ta, ":")) s->ta++;
    if (lower_cut && s->tb == s->ta + 1 &&
        (nf_plain_noun(doc, s->ta) || nf_class_noun(doc, s->ta) >= 0 ||
         nf_abstract_noun(doc, s->ta)))
        return false;
    /* nor an adjective of a compound that a name's hyphen opens before a
     * capitalised word ("die SPD-nahen Friedrich-Ebert-Stiftung", "die
     * Kreml-treue Zeitung"): its last part is in lower case */
    while (s->tb - s->ta > 1 && (doc->tokens[s->ta + 1].flags & NF_TF_CAP) &&
           nf_hyphen_adjective(doc, s->ta))
        s->ta++;
    /* an organisation's describing word before its name ("Internet-
     * Suchmaschinen-Betreiber Google Inc."), where a capitalised word
     * follows */
    while (s->type == NF_ENT_ORG && s->tb - s->ta > 1 &&
           (doc->tokens[s->ta + 1].flags & NF_TF_CAP) && nf_describes_company(doc, s->ta))
        s->ta++;
    /* nor common nouns before the whole name of a listed organisation
     * ("der Online-Händler Amazon", "im Segment Energiesparlampen
     * Philips", "der Rundfunksender Radio France Internationale"); a
     * place's adjective is the name's ("die Hamburger SPD", "Berliner
     * Verfassungsschutz"), and so is any other ("Demokratische Linke") */
    for (size_t k = s->ta + 1; s->type == NF_ENT_ORG && k < s->tb; k++) {
        if (!listed_org_name(doc, k, s->tb)) continue;
        size_t j = s->ta;
        while (j < k && company_noun(doc, j)) j++;
        if (j == k) s->ta = (uint32_t)k;
        break;
    }
    /* nor does a German word in lower case end any name ("mit der Agentur
     * Casa Maria selbstständig gemacht"): one the lexicon knows so, or an
     * adjective or adverb by its ending; not a legal form ("Volksbank eG")
     * or a particle, nor where the lists know the whole ("heise online");
     * foreign names keep theirs ("Fédération romande", "Luzenské údolí") */
    size_t whole = 0;
    bool compound = false;
    while (
        s->tb - s->ta > 1 && doc->tokens[s->tb - 1].kind == NF_TOK_WORD &&
        (doc->tokens[s->tb - 1].flags & NF_TF_LOWER) &&
        (nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, s->tb - 1)) ||
         adjective_ending(doc, s->tb - 1)) &&
        !nf_org_head(doc, s->tb - 1, &compound) &&
        !nf_tokl_get(doc, s->tb - 1, &doc->engine->gz.name_particles) &&
        !(nf_tok_phrase(doc, s->ta, s->tb, s->tb - s->ta, &doc->engine->gz.names, false, &whole) &&
          whole == s->tb))
        s->tb--;
    /* nor an adjective made a noun in "-es" after a person's name, the
     * object the verb goes on with ("hatte Steinbrück Positives zu
     * melden", "Müller Neues"): its form in "-e" a word the lexicon knows
     * in lower case */
    if (s->type == NF_ENT_PERSON && s->tb - s->ta > 1 &&
        (doc->tokens[s->tb - 1].flags & NF_TF_CAP) && (doc->tokens[s->tb - 2].flags & NF_TF_CAP) &&
        nf_neuter_adjective_noun(doc, s->tb - 1) &&
        !(nf_tok_phrase(doc, s->ta, s->tb, s->tb - s->ta, &doc->engine->gz.names, false, &whole) &&
          whole == s->tb))
        s->tb--;
    /* a German function word ends no name: "Friesenbichler Es fehlen"
     * where a list ran into the next sentence without its period (English
     * ones may: "Rosmarie Will", "Ari Up") */
    while (s->tb - s->ta > 1 && function_word(doc, s->tb - 1) &&
           nf_tok_find(doc, s->tb - 1, &doc->pack->stopwords))
        s->tb--;
    if (s->type != NF_ENT_PERSON) return true;
    while (s->tb - s->ta > 1 && nf_plain_noun(doc, s->ta)) s->ta++;
    /* nor a listed common noun before it, no given name ("Glas Wodka",
     * "Kater Robby", "Superstar Newton"), nor one after a named person's
     * genitive or another such noun ("Cusks Zeilen", "an Sonntagen
     * Personal"; not "Iggy Pop", "DeMarcus Ware", "Fritz Rudolf Körper": a
     * surname may be a noun) */
    while (s->tb - s->ta > 1 && nf_common_noun_listed(doc, s->ta) && !person_word(doc, s->ta))
        s->ta++;
    /* "von" and one word right after a noun is the preposition and a name
     * ("Gas von Maxenergy", "ein Film von Haneke"), not a noble surname
     * alone ("sagte von Weizsäcker"; "von der Leyen" has more words) */
    if (s->tb == s->ta + 2 && s->ta > 0 && nf_tok_is(doc, s->ta, "von") &&
        doc->tokens[s->ta - 1].kind == NF_TOK_WORD && (doc->tokens[s->ta - 1].flags & NF_TF_CAP) &&
        doc->tok_sent[s->ta - 1] == doc->tok_sent[s->ta] &&
        !nf_tok_get(doc, s->ta - 1, &doc->engine->gz.given) &&
        !nf_tok_get(doc, s->ta - 1, &doc->engine->gz.names))
        s->ta++;
    /* "von" after a surname and before an organisation's or a place's
     * name is whom the person works for ("sagt Gabor Wichmann von
     * Birdlife"), no noble name, which has "von" after a given name or a
     * title ("Ursula von der Leyen", "Claus Schenk Graf von Stauffenberg") */
    for (size_t v = s->ta + 2; v + 1 < s->tb; v++)
        if ((nf_tok_is(doc, v, "von") || nf_tok_is(doc, v, "vom")) &&
            !nf_tok_get(doc, v - 1, &doc->engine->gz.given) && !nf_noble_title(doc, v - 1) &&
            org_or_place_named(doc, v + 1, s->tb)) {
            s->tb = (uint32_t)v;
            break;
        }
    if (s->tb - s->ta > 1 && nf_common_noun_listed(doc, s->tb - 1) &&
        !person_word(doc, s->tb - 1)) {
        size_t p = s->tb - 2, n = doc->tok_len[p];
        const char *w = nf_tok(doc, p);
        bool genitive = n > 3 && w[n - 1] == 's' && !person_word(doc, p) &&
                        nf_person_ending_in(doc, w, nf_genitive_stem(w, n)) >= 0;
        /* (a long noun, too, that no list has as a surname: "Luna
         * Menschenhandel", "Ernst Lubitsch Anleihen"; or any after a
         * country's name, which is an object before it: "liefert Israel
         * Panzer"; a city's may be a given name: "Warren Buffet") */
        if (genitive || nf_common_noun_listed(doc, p) || doc->tok_len[s->tb - 1] >= 8 ||
            nf_gz_names_source(&doc->engine->gz, w, n, 1u << NF_GZ_COUNTRY))
            s->tb--;
    }
    /* the English title "First Lady" before a name of two words or more
     * ("die frühere First Lady Eleanor Roosevelt"; "Lady Gaga" keeps hers) */
    if (s->tb - s->ta > 2 && s->ta > 0 && nf_tok_is(doc, s->ta, "lady") &&
        nf_tok_is(doc, s->ta - 1, "first") && (doc->tokens[s->ta - 1].flags & NF_TF_CAP))
        s->ta++;
    /* a title or noun of persons before the name ("Kommissionssprecher
     * Herwig Hösele", "OECD-Generalsekretär Ángel Gurría"), which the lists
     * know as a role, a class noun or a compound of a role noun: no part of
     * the name */
    while (s->tb - s->ta > 1 && (doc->tokens[s->ta + 1].flags & NF_TF_CAP) &&
           nf_person_noun_at(doc, s->ta) && !nf_tok_get(doc, s->ta, &doc->engine->gz.given))
        s->ta++;
    /* a word in lower case ends no person's name ("Jodie Henry bezwungen";
     * "al-Shishani" and particles do) */
    while (s->tb - s->ta > 1 && doc->tokens[s->tb - 1].kind == NF_TOK_WORD &&
           (doc->tokens[s->tb - 1].flags & NF_TF_LOWER) &&
           !memchr(nf_tok(doc, s->tb - 1), '-', doc->tok_len[s->tb - 1]) &&
           !nf_tokl_get(doc, s->tb - 1, &doc->engine->gz.name_particles))
        s->tb--;
    if (s->tb - s->ta > 1 && nf_plain_noun(doc, s->tb - 1)) s->tb--;
    /* nor a noun of persons after two words of the name, no word of a
     * name itself: the description of an apposition run on without its
     * verb ("Robert Kelly ist Experte für Außenpolitik, Scott Snyder
     * Experte für Nordkorea"; not "Thomas Fischer") */
    if (s->tb - s->ta > 2 && nf_person_noun_at(doc, s->tb - 1) && !person_word(doc, s->tb - 1))
        s->tb--;
    /* a label after a name, before its colon: "Nielsen, Reyna Ersatz: C.
     * Stankovic" where a line-up's lines ran together (a noun the lexicon
     * has seen at all) */
    if (s->tb - s->ta > 1 && nf_tok_is(doc, s->tb, ":") && !person_word(doc, s->tb - 1) &&
        nf_ner_common_word(doc->engine->ner, nf_tokl(doc, s->tb - 1)))
        s->tb--;
    /* "Peter Stöger von Austria": a club after "von" is where the person
     * works, no particle of the name */
    const nf_gazetteer *gz = &doc->engine->gz;
    if (s->tb - s->ta > 2 && nf_tok_is(doc, s->tb - 2, "von") &&
        (nf_tokl_get(doc, s->tb - 1, &gz->club_prefixes) ||
         nf_tok_get(doc, s->tb - 1, &gz->foreign_country_names)))
        s->tb -= 2;
    return true;
}

/* The lowest confidence a tagged name needs when it is one hyphenated word
 * ("Berlin-Mitte", but "Hisbollah-Miliz"): a name inside a compound is
 * mostly no mention of it ("Kasachstan-Besuch"). */
#define TAGGED_MIN_COMPOUND 0.5f

/* True when a tagged name is one acronym of a thing, an event or an
 * agreement ("PC", "WM", "TTIP"; lang/de/entities/thing-acronyms.txt). */
static bool thing_acronym(const nf_doc *doc, const nf_ner_span *s) {
    return s->tb == s->ta + 1 && nf_tok_get(doc, s->ta, &doc->engine->gz.thing_acronyms);
}

/* True when token k is a function word of one of the engine's languages
 * (their stopwords.txt: "der", "The", "of"), which names no one alone:
 * written as a word, not an acronym ("die ARE"), and after no particle of
 * a name ("Qabus bin Said"). */
static bool function_word(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    if (doc->tok_len[k] < 2 || !(w[1] >= 'a' && w[1] <= 'z') ||
        (k > 0 && nf_tokl_get(doc, k - 1, &doc->engine->gz.name_particles)))
        return false;
    return nf_function_word(doc, w, doc->tok_len[k]);
}

/* True when token k is a personal pronoun or a possessive written with a
 * capital, as one addresses people ("in Euren Gerichten", "Euch"): no
 * name. */
static bool pronoun_word(const nf_doc *doc, size_t k) {
    static const char *const possessives[] = {"eu", "unser", "ihr", "sein", "mein", "dein", NULL};
    if (doc->tok_len[k] < 3 || nf_tok(doc, k)[1] < 'a' || nf_tok(doc, k)[1] > 'z') return false;
    if (nf_quote_word_any(doc, k, "p")) return true;
    if (!nf_quote_word_any(doc, k, "d")) return false;
    const char *l = nf_tokl(doc, k);
    for (const char *const *p = possessives; *p; p++)
        if (strncmp(l, *p, strlen(*p)) == 0) return true;
    return false;
}

/* True when token k is a word of lang/de/year-nouns.txt ("Mitte", "Ende",
 * "Sommer") that goes on with the period it is part of: a month or a
 * number ("Mitte November", "Ende 2015"), a genitive ("Mitte des 19.
 * Jahrhunderts", "Ende der Saison"), or "und", "bis" or "oder" and another
 * such word or a month ("Mitte und Ende Mai"). */
static bool period_part(const nf_doc *doc, size_t k) {
    const nf_langpack *lp = doc->pack;
    size_t n = k + 1;
    if (n >= doc->ntokens || doc->tok_sent[n] != doc->tok_sent[k] ||
        !nf_tok_find(doc, k, &lp->year_nouns))
        return false;
    if (doc->tokens[n].kind == NF_TOK_NUMBER || nf_tok_find(doc, n, &lp->months) ||
        nf_tok_is(doc, n, "des") || nf_tok_is(doc, n, "der"))
        return true;
    return (nf_tok_is(doc, n, "und") || nf_tok_is(doc, n, "bis") || nf_tok_is(doc, n, "oder")) &&
           n + 1 < doc->ntokens &&
           (nf_tok_find(doc, n + 1, &lp->year_nouns) || nf_tok_find(doc, n + 1, &lp->months));
}

/* True when a tagged name is one word that opens sentences ("Weiters",
 * "Zunächst"; lang/de/sentence-starters.txt), a function word ("The" of
 * "The Hateful Eight") or names a month or a weekday ("Ende Jänner", "am
 * Montag"): the tagger, trained on other texts, takes regional or rare
 * forms of them for names now and then.  A month that is a person's given
 * name comes with the surname ("April Ryan"), two words; a part of a
 * month before it ("Mitte Oktober", "Ende Mai"; year-nouns.txt) makes no
 * name of it, nor of itself alone (period_part). */
static bool function_or_calendar_word(const nf_doc *doc, const nf_ner_span *s) {
    const nf_langpack *lp = doc->pack;
    if (s->tb == s->ta + 2 && nf_tok_find(doc, s->ta, &lp->year_nouns) &&
        nf_tok_find(doc, s->ta + 1, &lp->months))
        return true; /* "bis Mitte Oktober" */
    if (s->tb != s->ta + 1) return false;
    if (period_part(doc, s->ta)) return true;
    /* "Tim Cook und Co", "Öl, Kupfer & Co": "and the like" */
    if (s->ta > 0 && doc->tok_len[s->ta] == 2 && memcmp(nf_tok(doc, s->ta), "Co", 2) == 0 &&
        (nf_tok_is(doc, s->ta - 1, "und") || nf_tok_is(doc, s->ta - 1, "&")))
        return true;
    /* "Freitags läuft eine Folge": a weekday's genitive or adverb */
    const char *w = nf_tok(doc, s->ta);
    size_t n = doc->tok_len[s->ta];
    if (n > 6 && w[n - 1] == 's' && nf_lexicon_find(&lp->weekdays, w, n - 1)) return true;
    return nf_tok_find(doc, s->ta, &lp->sentence_starters) || function_word(doc, s->ta) ||
           pronoun_word(doc, s->ta) || nf_tok_find(doc, s->ta, &lp->months) ||
           nf_tok_find(doc, s->ta, &lp->weekdays);
}

/* The gazetteer sources a place's name comes from. */
#define PLACE_SOURCES (1u << NF_GZ_COUNTRY | 1u << NF_GZ_CITY | 1u << NF_GZ_PLACE)

static bool language_word(const nf_doc *doc, size_t k); /* below */

/* True when token k of a list is joined to the one `d` tokens away
 * (d = -2, 2: the next item; -4, 4: the one after) by separators or
 * "und"/"oder" ("Tschechisch, Tschetschenisch und Ungarisch"). */
static bool list_item_at(const nf_doc *doc, size_t k, int d) {
    size_t sa = doc->sentences[doc->tok_sent[k]].ta, sb = doc->sentences[doc->tok_sent[k]].tb;
    if (d < 0 ? k < sa + (size_t)-d : k + (size_t)d >= sb) return false;
    for (int i = 1; i < (d < 0 ? -d : d); i += 2) {
        size_t j = d < 0 ? k - (size_t)i : k + (size_t)i;
        if (!nf_list_separator(doc, j) && !nf_tok_is(doc, j, "und") && !nf_tok_is(doc, j, "oder"))
            return false;
    }
    return true;
}

/* True when a tagged name is one word that names a language
 * (language_word), or stands in a list beside one, an item or two away
 * ("Tschechisch, Tschetschenisch", "Kurdisch/Zazaki, Pashto"), or is
 * languages joined by slashes ("Bosnisch/Kroatisch/Serbisch"). */
static bool language_name(const nf_doc *doc, const nf_ner_span *s) {
    if (s->tb > s->ta + 1) {
        for (size_t k = s->ta; k < s->tb; k++)
            if ((k - s->ta) % 2 ? !nf_tok_is(doc, k, "/") : !language_word(doc, k)) return false;
        return true;
    }
    if (language_word(doc, s->ta)) return true;
    static const int away[] = {-2, 2, -4, 4};
    for (size_t i = 0; i < sizeof away / sizeof away[0]; i++)
        if (list_item_at(doc, s->ta, away[i]) &&
            language_word(doc, away[i] < 0 ? s->ta - (size_t)-away[i] : s->ta + (size_t)away[i]))
            return true;
    return false;
}

/* True when token k is a word that names a language: a nationality's
 * adjective in its bare form, capitalised ("Er spricht Tschechisch",
 * "Unterricht in Arabisch, Bulgarisch"), or another adjective's in "-isch"
 * ("Tschetschenisch"). */
static bool language_word(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n <= 6 || memcmp(w + n - 4, "isch", 4) != 0) return false;
    /* a country's adjective ("Englisch"), or an adjective the lexicon has
     * in lower case with the ending "-e" ("in Tschetschenisch":
     * "tschetschenische"; not "Garmisch") */
    if (nf_adjective_at(doc, k)) return true;
    char adj[64];
    if (n + 2 > sizeof adj) return false;
    memcpy(adj, w, n);
    adj[n] = 'e';
    adj[n + 1] = '\0';
    return nf_ner_lower_word(doc->engine->ner, adj);
}

/* True when a tagged name has no shape of one: no letter or digit in it
 * ("!!!"); one word cut before its compound's end with no capital after
 * its first letter ("Zeit- und Entgelttarife"; "FDP- und BZÖ-Konten"
 * keep the party, as GermEval has it); one word in lower case with no
 * capital or digit that is a person's, that the lexicon knows in lower
 * case or that joins words by a hyphen ("a rose garden", "linke",
 * "wissenschaftlich-technischer"; "flattr", "vhs" may be names); a
 * title or a saint abbreviated to two letters ("St.", "Dr."). */
static bool no_name_shape(const nf_doc *doc, const nf_ner_span *s) {
    bool alnum = false;
    for (size_t k = s->ta; k < s->tb && !alnum; k++)
        for (uint32_t i = doc->tokens[k].a; i < doc->tokens[k].b && !alnum; i++)
            alnum = nf_cls_alnum(doc->text.cls[i]);
    if (!alnum) return true;
    if (s->tb != s->ta + 1) return false;
    const nf_token *t = &doc->tokens[s->ta];
    /* (a title or a saint abbreviated to two letters and its period:
     * "St." of "St. Andrews" or "St.-Pauli-Spieler" the tagger cut off,
     * "Dr."; not "U.S.", nor "Chr.", which GermEval marks as Christ's) */
    if (t->kind == NF_TOK_ABBREV && t->b - t->a == 3 && doc->text.cp[t->b - 1] == '.' &&
        nf_tok_lower_after_first(doc, s->ta))
        return true;
    bool inner = false; /* a capital after the first letter, or a digit */
    for (uint32_t i = t->a + 1; i < t->b && !inner; i++)
        inner = doc->text.cls[i] == NF_C_UPPER || doc->text.cls[i] == NF_C_DIGIT;
    if (t->flags & NF_TF_TRUNC) return !inner;
    if (!(t->flags & NF_TF_LOWER) || inner) return false;
    /* (a person's name is written with a capital: "a rose garden") */
    return s->type == NF_ENT_PERSON ||
           memchr(nf_tok(doc, s->ta), '-', doc->tok_len[s->ta]) != NULL ||
           nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, s->ta));
}

/* True when a name tagged as a person's is a code in every word: digits
 * after capitals only, or letters after digits ("U1 und U6", "XC90",
 * "PM1633a"): a line, a model, no person's name ("Keita0", a name a score
 * ran into, stays).  So is one tagged as a place's that follows a
 * capitalised word no noun of the language, a product's line ("das
 * Galaxy S6"; "die Schnellstraße S6" is a road). */
static bool coded_name(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type == NF_ENT_ORG) return false;
    if (s->type != NF_ENT_PERSON) {
        size_t p = s->ta - 1;
        if (s->tb != s->ta + 1 || s->ta <= sa || doc->tokens[p].kind != NF_TOK_WORD ||
            !(doc->tokens[p].flags & NF_TF_CAP) || nf_plain_noun(doc, p) ||
            nf_common_noun_listed(doc, p) ||
            nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, p), NF_COMMON_NOUN_MIN_FREQ))
            return false;
    }
    for (size_t k = s->ta; k < s->tb; k++) {
        bool digit = false, lower = false, letter_after_digit = false;
        for (uint32_t i = doc->tokens[k].a; i < doc->tokens[k].b; i++) {
            uint8_t c = doc->text.cls[i];
            if (c == NF_C_DIGIT) digit = true;
            if (c == NF_C_LOWER) lower = true;
            if (digit && (c == NF_C_LOWER || c == NF_C_UPPER)) letter_after_digit = true;
        }
        if (!digit || (lower && !letter_after_digit)) return false;
    }
    return true;
}

/* True when a tagged name is one word of a person's age ("30-Jährige",
 * "19-jährigen"): digits, a hyphen, "jährig" and an ending. */
static bool age_noun(const nf_doc *doc, const nf_ner_span *s) {
    return s->tb == s->ta + 1 && nf_age_word_ending(doc, s->ta) > 0;
}

/* True when a tagged name is a time zone: an adjective of a place before
 * "Zeit" ("um 10:05 Uhr Moskauer Zeit", "Mitteleuropäische Zeit"), which
 * tells the clock a time is read on and names nothing.  "Die Zeit", the
 * paper, has an article before its noun. */
static bool time_zone(const nf_doc *doc, const nf_ner_span *s) {
    static const nf_suffix endings[] = {NF_SFX("er"), NF_SFX("ische"), NF_SFX("ischer")};
    if (s->tb < s->ta + 2 || !nf_tok_is(doc, s->tb - 1, "zeit")) return false;
    size_t a = s->tb - 2; /* the adjective */
    return doc->tokens[a].kind == NF_TOK_WORD && (doc->tokens[a].flags & NF_TF_CAP) &&
           doc->tok_llen[a] >= 5 &&
           nf_ends_in_one_of(nf_tokl(doc, a), doc->tok_llen[a], endings,
                             sizeof endings / sizeof endings[0]);
}

static bool counts_next(const nf_doc *doc, size_t k); /* below */

/* True when the tagged name `s` ends a unit's name that the word before it
 * opens ("Grad Celsius", "Grad Fahrenheit": lang/de/units.txt), is a unit
 * after a figure ("1,85 Kelvin"), or is (the end of) a currency after a
 * figure ("263 Milliarden Rp", "40 Millionen Deutsche Mark":
 * currencies.txt). */
static bool unit_name(const nf_doc *doc, const nf_ner_span *s) {
    size_t tb = 0;
    if (s->ta > 0 &&
        nf_tok_phrase(doc, s->ta - 1, doc->ntokens, 3, &doc->pack->units, false, &tb) != NULL &&
        tb >= s->tb)
        return true;
    if (s->ta > 0 && counts_next(doc, s->ta - 1) &&
        nf_tok_phrase(doc, s->ta, doc->ntokens, 3, &doc->pack->units, false, &tb) != NULL &&
        tb >= s->tb)
        return true;
    /* a currency after a figure, opening at the span or a word before it */
    for (size_t a = s->ta; a > 0 && a + 2 > s->ta; a--)
        if (nf_tok_phrase(doc, a, doc->ntokens, 3, &doc->pack->currencies, false, &tb) != NULL &&
            tb >= s->tb && counts_next(doc, a - 1))
            return true;
    return false;
}

/* True when a tagged name is one hyphenated word the tagger is not sure of. */
static bool unsure_compound(const nf_doc *doc, const nf_ner_span *s) {
    return s->tb == s->ta + 1 && s->score < TAGGED_MIN_COMPOUND &&
           strchr(nf_tok(doc, s->ta), '-') != NULL;
}

/* True when the tail of a compound (the part after its last hyphen, as
 * written, `n` bytes, and in lower case) names a company or its head: a
 * noun of companies ("company" in class-nouns.txt: "Konzern",
 * "Hersteller") or a chief's role (roles.tsv "chief", "ceo": "Chef",
 * "Vorstandschef"). */
static bool company_tail(const nf_gazetteer *gz, const char *tail, const char *lower, size_t n) {
    const nf_lex_entry *e = nf_lexicon_find(&gz->class_nouns, lower, n);
    if (e && strstr(nf_lex_val(&gz->class_nouns, e), " company")) return true;
    e = nf_lexicon_find(&gz->roles, tail, n);
    if (!e) return false;
    const char *v = nf_lex_val(&gz->roles, e);
    return strncmp(v, "chief\t", 6) == 0 || strncmp(v, "ceo\t", 4) == 0;
}

/* True when the document writes the name of span `s` (its words joined by
 * hyphens) as the first part of a compound whose last part names a
 * company or its head ("der Abacus-Konzern", "Constantia-Flexibles-Chef
 * Alexander Baumgartner"): a company's name, though a person's shape
 * ("Ist Constantia Flexibles auf Wachstum abonniert?").  A person's name
 * makes no such compounds ("Merkel-Chef"); a party's or a place's do
 * ("CDU-Chef", "Kreml-Chef"), whose names the lists hold. */
static bool company_by_compound(const nf_doc *doc, const nf_ner_span *s) {
    const nf_gazetteer *gz = &doc->engine->gz;
    /* (a given name first is a person's: the scan of the text below is
     * left to the few names that open otherwise) */
    if (nf_tok_get(doc, s->ta, &gz->given)) return false;
    char joined[64];
    size_t jl = 0;
    for (size_t k = s->ta; k < s->tb; k++) {
        size_t n = doc->tok_len[k];
        if (doc->tokens[k].kind != NF_TOK_WORD || jl + n + 1 >= sizeof joined) return false;
        if (jl) joined[jl++] = '-';
        memcpy(joined + jl, nf_tok(doc, k), n);
        jl += n;
    }
    for (size_t k = 0; k < doc->ntokens; k++) {
        size_t n = doc->tok_len[k];
        const char *w = nf_tok(doc, k);
        if (n < jl + 4 || w[0] != joined[0] || w[jl] != '-' || memcmp(w, joined, jl) != 0 ||
            doc->tokens[k].kind != NF_TOK_WORD || memchr(w + jl + 1, '-', n - jl - 1))
            continue;
        if (company_tail(gz, w + jl + 1, nf_tokl(doc, k) + jl + 1, n - jl - 1)) return true;
    }
    return false;
}

/* Makes a tagged "person" whose last word is the head of an organisation's
 * name ("Franzis Verlag", "Carlsen Comics", "Hansa Tonstudio") an
 * organisation: the tagger knows the first words as given names; so a
 * tagged place of such words ("Cameroon Airlines"), the head a word of its
 * own.  So is a club's first word alone that no person's name begins or
 * ends with ("bei Rapid", "Hertha verlor"; lang/de/entities/club-prefixes.txt;
 * but "Sturm" and "Viktoria" name persons too); and a "person" the
 * document names a company by its compounds (company_by_compound).  A
 * tagged town of several words whose last is a noun of buildings or
 * landforms (class-nouns.txt "place loc") is that place. */
static void retype(const nf_doc *doc, nf_ner_span *s) {
    if (s->tb == s->ta + 1 && nf_site_domain(doc, s->ta)) {
        s->type = NF_ENT_ORG; /* a site: "ZDNet.com", "Fool.com" */
        return;
    }
    bool compound = false;
    const nf_gazetteer *gz = &doc->engine->gz;
    bool org = false;
    if (nf_place_type(s->type))
        org = s->tb - s->ta > 1 && nf_org_head(doc, s->tb - 1, &compound) && !compound;
    else if (s->type == NF_ENT_PERSON)
        org = s->tb - s->ta > 1 ? nf_org_head(doc, s->tb - 1, &compound)
                                : nf_tokl_get(doc, s->ta, &gz->club_prefixes) &&
                                      !nf_tok_get(doc, s->ta, &gz->given) &&
                                      !nf_tok_get(doc, s->ta, &gz->surnames);
    if (org || (s->type == NF_ENT_PERSON && company_by_compound(doc, s))) s->type = NF_ENT_ORG;
    /* a town whose last word is a building's or a landform's noun is that
     * place ("die Al-Aksa Moschee", "der Frankfurter Flughafen") */
    else if (s->type == NF_ENT_GPE && s->tb - s->ta > 1 &&
             nf_class_noun_type(doc, s->tb - 1) == NF_ENT_LOC)
        s->type = NF_ENT_LOC;
}

/* True when the tagged person `s` of a sentence from sa stands after
 * "von" and a word of place-of-words.txt ("südlich von Birgitz", "der
 * Bürgermeister von Orleans") or after "Richtung" ("in Richtung Axamer
 * Lizum"), and its first word is no given name or surname the lists or
 * the text know ("in der Nähe von Merkel", "ein Seitenhieb in Richtung
 * Trump"). */
static bool person_after_place_of(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    size_t k = s->ta;
    if (k < sa + 1) return false;
    if (!nf_tok_is(doc, k - 1, "richtung") &&
        (k < sa + 2 || !nf_tok_is(doc, k - 1, "von") ||
         !nf_tokl_get(doc, k - 2, &doc->engine->gz.place_of_words)))
        return false;
    return !person_word(doc, k) && nf_person_ending_in(doc, nf_tok(doc, k), doc->tok_len[k]) < 0;
}

/* Makes a person the tagger found after "in" or "im" and a declined
 * adjective a place (see nf_place_phrase_before), or after a word that
 * makes "von" and a name a place (person_after_place_of), and one of
 * "Bad" and a word. */
static void person_in_place(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    if (s->type == NF_ENT_PERSON && ((s->ta >= sa + 2 && nf_place_phrase_before(doc, s->ta)) ||
                                     person_after_place_of(doc, s, sa)))
        s->type = NF_ENT_GPE;
    /* "Bad" and a capitalised word: a spa town ("Bad Ischl", "Bad Aussee"),
     * no one's name */
    if (s->type == NF_ENT_PERSON && s->tb == s->ta + 2 && nf_tok_is(doc, s->ta, "bad") &&
        (doc->tokens[s->ta].flags & NF_TF_CAP) && doc->tokens[s->ta + 1].kind == NF_TOK_WORD)
        s->type = NF_ENT_GPE;
}

static bool place_word(const nf_doc *doc, size_t k); /* below */

/* True when a person of the document with a role is named by the one
 * word w (n bytes): "Kommissar Borowski" before "dass Borowski ... bleiben
 * kann" (a person the tagger alone found may be its error). */
static bool person_named_once(const nf_doc *doc, const char *w, size_t n) {
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type == NF_ENT_PERSON && e->role && e->name && strlen(e->name) == n &&
            memcmp(e->name, w, n) == 0)
            return true;
    }
    return false;
}

/* Makes a one-word place the tagger found a person where the word, as it
 * stands or as a genitive, is the surname of a person the document named
 * or of one the gazetteers list ("zu den engsten Vertrauten Merkels"), no
 * place of the gazetteers has that name, and no preposition of place
 * stands before it. */
static void known_surname_not_place(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    size_t k = s->ta;
    if (s->tb != k + 1 || !nf_place_type(s->type)) return;
    /* (a person the text named by this one word before: "Kommissar
     * Borowski" ... "dass Borowski ... bleiben kann", a town's name too) */
    if (person_named_once(doc, nf_tok(doc, k), doc->tok_len[k])) {
        s->type = NF_ENT_PERSON;
        return;
    }
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    bool genitive = n > 1 && w[n - 1] == 's';
    /* (the genitive of a person the text named, where no place of the
     * gazetteers has the word: "in Ais Privaträumen" after "Ai Weiwei",
     * "nach Kohls Rede") */
    if (genitive && nf_known_surname(doc, w, n) &&
        !nf_gz_names_source(&doc->engine->gz, w, n, PLACE_SOURCES) &&
        !nf_gz_names_source(&doc->engine->gz, w, nf_genitive_stem(w, n), PLACE_SOURCES)) {
        s->type = NF_ENT_PERSON;
        return;
    }
    if (place_word(doc, k) || nf_after_spatial_preposition(doc, k, sa)) return;
    /* (nor after an article, which a river or a gully takes and a surname
     * does not: "an der Havel", "in der Rinne"; nor before a capitalised
     * word, where the name may go on: "Play Newsstand") */
    if ((k > sa && (nf_tokl_get(doc, k - 1, &doc->engine->gz.articles) ||
                    nf_article_or_determiner(doc, k - 1))) ||
        (k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_WORD &&
         (doc->tokens[k + 1].flags & NF_TF_CAP)))
        return;
    if (genitive && nf_gz_names_source(&doc->engine->gz, w, nf_genitive_stem(w, n), PLACE_SOURCES))
        return; /* "Roms" */
    const nf_lexicon *surnames = &doc->engine->gz.surnames;
    if (nf_known_surname(doc, w, n) || nf_lexicon_find(surnames, w, n) ||
        (n > 1 && w[n - 1] == 's' && nf_lexicon_find(surnames, w, nf_genitive_stem(w, n))))
        s->type = NF_ENT_PERSON;
}

/* Makes a one-word place the tagger found right after a verb of saying in
 * the inverted frame a person, the speaker ("..., sagte Niessl im
 * Interview"): the places that stand for their governments there
 * ("erklärte Moskau") are the gazetteer's, found before the tagger's. */
static void speaker_not_place(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    if (s->tb == s->ta + 1 && nf_place_type(s->type) && s->ta > sa &&
        nf_saying_verb(doc, s->ta - 1))
        s->type = NF_ENT_PERSON;
}

/* Makes a place the tagger found right after a noun of persons a person
 * ("Der Rebellenführer Radulan Sahiron", "Talibanführer Baitullah
 * Mehsud": a role noun, a compound ending in one, or a class noun of
 * persons). */
static void person_after_person_noun(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    if (nf_place_type(s->type) && s->ta > sa && nf_person_noun_at(doc, s->ta - 1))
        s->type = NF_ENT_PERSON;
}

/* Makes a person the tagger found a place where an apposition after it
 * names a place's class ("in Mardscha, Laschkar Gah, der
 * Provinzhauptstadt von Helmand"; class-nouns.txt): the name is the
 * place's. */
static void place_before_apposition(const nf_doc *doc, nf_ner_span *s, size_t sb) {
    static const char *const articles[] = {"der", "die", "das", "dem", "den", "des", NULL};
    size_t c = s->tb;
    if (s->type != NF_ENT_PERSON || c + 2 >= sb || !nf_tok_is(doc, c, ",") ||
        !nf_tok_in(doc, c + 1, articles) || !(doc->tokens[c + 2].flags & NF_TF_CAP))
        return;
    int kind = nf_class_noun_type(doc, c + 2);
    if (kind == NF_ENT_GPE || kind == NF_ENT_LOC) s->type = (uint8_t)kind;
}

/* The first token of the name that ends at token k - 1 of a list: the
 * word, and an initial before it ("C. Stankovic"). */
static size_t list_item_start(const nf_doc *doc, size_t k, size_t sa) {
    size_t a = k - 1;
    if (a > sa && doc->tokens[a - 1].kind == NF_TOK_ABBREV && doc->tok_len[a - 1] == 2)
        a--;
    else if (a >= sa + 2 && nf_tok_is(doc, a - 1, ".") && doc->tok_len[a - 2] == 1 &&
             (doc->tokens[a - 2].flags & NF_TF_CAP))
        a -= 2;
    return a;
}

/* Makes the one-word places the tagger found in a list of names no list
 * knows persons, where it found a person among the list's names (of the
 * n spans of sentence [sa, sb), `spans`): a team's line-up ("Ersatz: C.
 * Stankovic – Lainer, Sörensen, Atanga"), whose players' names it takes
 * for towns now and then; a list of places has no person in it ("Ceara,
 * Maranhao, Pernambuco"), nor one after a spatial preposition ("so in
 * Ceara, Bahia", "Unterricht in Arabisch, Bulgarisch").  Read before the
 * spans one by one, so that a person after a place counts too. */
static void listed_persons(const nf_doc *doc, nf_ner_span *spans, size_t n, size_t sa, size_t sb) {
    for (size_t i = 0; i < n; i++) {
        nf_ner_span *s = &spans[i];
        if (s->tb != s->ta + 1 || !nf_place_type(s->type) || !nf_in_name_list(doc, s->ta, sa, sb))
            continue;
        /* the list's extent: names between separators */
        size_t first = s->ta, last = s->ta;
        while (first >= sa + 2 && nf_list_separator(doc, first - 1) &&
               doc->tokens[first - 2].kind == NF_TOK_WORD &&
               (doc->tokens[first - 2].flags & NF_TF_CAP))
            first = list_item_start(doc, first - 1, sa);
        while (last + 2 < sb && nf_list_separator(doc, last + 1)) {
            size_t b = last + 2;
            if (doc->tokens[b].kind == NF_TOK_ABBREV && doc->tok_len[b] == 2 && b + 1 < sb) b++;
            if (doc->tokens[b].kind != NF_TOK_WORD || !(doc->tokens[b].flags & NF_TF_CAP)) break;
            last = b;
        }
        if (nf_after_spatial_preposition(doc, first, sa)) continue;
        for (size_t j = 0; j < n; j++)
            if (spans[j].type == NF_ENT_PERSON && spans[j].ta >= first && spans[j].tb <= last + 1) {
                s->type = NF_ENT_PERSON;
                break;
            }
    }
}

/* True for a word in capitals and digits ("ORS", "IFR", "AOL"). */
static bool acronym(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t letters = 0;
    for (; *w; w++) {
        if (*w >= 'A' && *w <= 'Z')
            letters++;
        else if (*w < '0' || *w > '9')
            return false;
    }
    return letters >= 2;
}

/* The country of a nation's member named in the singular by a noun at
 * token k after the definite article, perhaps past two modifiers ("der
 * Spanier", "die Russin", "der 61-jährige Kanadier"; see
 * nf_singular_demonym_after), not by an adjective of the same form ("der
 * Deutschen Bahn"); NULL for other words. */
static const char *demonym_noun(const nf_doc *doc, size_t k) {
    /* the cheap tests first: a capitalised word the list of demonyms has */
    if (k == 0 || doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !nf_tok_get(doc, k, &doc->engine->gz.demonyms))
        return NULL;
    size_t art = nf_definite_article_before(doc, k, 0, 2);
    if (art == SIZE_MAX || nf_adjective_at(doc, k)) return NULL;
    return nf_singular_demonym_after(doc, art, k);
}

/* True when token k is a nation's members' noun with no article, which no
 * adjective of the same form could be ("für Österreicher Grabner und
 * Raffl"; not "Deutsche Bank", "Schweizer Botschaft"). */
static bool bare_demonym(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !nf_tok_get(doc, k, &doc->engine->gz.demonyms))
        return false;
    if (k > 0 && nf_tokl_get(doc, k - 1, &doc->engine->gz.articles)) return false;
    return !nf_adjective_at(doc, k) && !nf_city_adjective_at(doc, k);
}

static bool surname_like(const nf_doc *doc, size_t k, size_t sb); /* below */

/* Types a tagged name by the noun that classifies it (see nf_class_noun):
 * one it begins with before a capitalised word, which it then drops
 * ("Onkel Gallus", "Firma Grünenthal", but "Reporter ohne Grenzen"), or
 * one right before it or before "namens" that no name covers ("seiner
 * Mutter Armentaria", "des Technologie-Konzerns Kyocera", "vom Berg
 * Lusen", "eine Firma namens Gutmann"): the tagger often
 * knows the name's words but not what it names.  A place right after a
 * nation's member in the singular is a person ("den Spanier Andujar"; an
 * organisation there is one: "der Schweizer SAM Group"), also where the
 * tagged place holds the noun ("der Pole Milik"), as where a tagged
 * organisation is the noun and one word that reads like a surname ("der
 * Kanadier Holst").  An acronym is no
 * person ("die Tochter ORS" is a company's). */
static void classify(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    int kind = -1;
    size_t k;
    if (s->tb - s->ta > 1 && (doc->tokens[s->ta + 1].flags & NF_TF_CAP) &&
        (kind = nf_class_noun_type(doc, s->ta)) >= 0)
        s->ta++;
    else if (s->tb - s->ta > 1 && (doc->tokens[s->ta + 1].flags & NF_TF_CAP) &&
             ((nf_place_type(s->type) && (demonym_noun(doc, s->ta) || bare_demonym(doc, s->ta))) ||
              (s->type == NF_ENT_ORG && s->tb == s->ta + 2 && demonym_noun(doc, s->ta) &&
               !nf_city_adjective_at(doc, s->ta) && surname_like(doc, s->ta + 1, doc->ntokens))))
        kind = NF_ENT_PERSON, s->ta++; /* "der Pole Milik" the tagger took whole */
    else if ((k = nf_noun_before_name(doc, s->ta, s->tb, sa)) < s->ta &&
             !covered_by(doc, k, k + 1, true))
        kind = nf_place_type(s->type) && demonym_noun(doc, k)
                   ? NF_ENT_PERSON               /* "den Spanier Andujar" */
                   : nf_class_noun_type(doc, k); /* "die österreichische Firma Magna Steyr" */
    if (kind == NF_ENT_PERSON && s->tb == s->ta + 1 && acronym(doc, s->ta)) return;
    if (kind >= 0) s->type = (uint8_t)kind;
    /* a street is a place with no government ("im Bereich Höhenstraße") */
    if (s->type == NF_ENT_GPE && nf_street_ending(doc, s->tb - 1)) s->type = NF_ENT_LOC;
}

/* True when token k is a capitalised English word that opens places'
 * names (english-heads.txt kind "place opener": "Lake", "Mount"). */
static bool place_opener(const nf_doc *doc, size_t k) {
    const nf_lexicon *heads = &doc->engine->gz.english_heads;
    const nf_lex_entry *h = (doc->tokens[k].flags & NF_TF_CAP) ? nf_tokl_get(doc, k, heads) : NULL;
    return h && strstr(nf_lex_val(heads, h), "opener") != NULL;
}

/* True when the word at token k (after token sa) is a German noun in the
 * genitive: it ends in "-s" after "des", "eines" or "dieses" ("des
 * Schiffseigners Rabaul Shipping Company"). */
static bool genitive_noun(const nf_doc *doc, size_t k, size_t sa) {
    static const char *const articles[] = {"des", "eines", "dieses", NULL};
    size_t n = doc->tok_llen[k];
    return k > sa && n > 3 && nf_tokl(doc, k)[n - 1] == 's' && nf_tok_in(doc, k - 1, articles);
}

/* True when word token k is a German noun that describes the English name
 * after it, no word of that name: a compound whose part after its last
 * hyphen the tagger's training text capitalises after articles at all
 * ("Onlinespiele-Entwickler Dalian Zeus Entertainment"), or a word it
 * does so often (2^GERMAN_NOUN_MIN_FREQ times: "60 weitere Mann State
 * Police"), which the English words of names it saw now and then are not
 * ("Great", "Mars" of "am Great Barrier Reef", "der Mars Society"). */
#define GERMAN_NOUN_MIN_FREQ 5
static bool german_noun_tail(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    const char *h = strrchr(l, '-');
    return nf_ner_common_noun(doc->engine->ner, h ? h + 1 : l, h ? 0 : GERMAN_NOUN_MIN_FREQ);
}

/* Types a tagged name by an English head word that ends it
 * (lang/de/entities/english-heads.txt: "Sukhumvit Road", "Bangkok Post",
 * "Mars Society"): a road is a place (unless the tagger took it for an
 * organisation), a newspaper or an institution an organisation, whatever
 * the tagger took it for; a road's or an institution's word the tagger
 * found alone takes the capitalised word before it, which no name covers,
 * into the name ("zur Sukhumvit Road", "der deutschen Mars Society"; a
 * German noun only before a place's word: "am Otter Creek", not "im
 * Bereich Games"), as a longer name does a word no German list knows as
 * a noun (or a compound of one: "im Vergnügungsviertel French Quarter")
 * or a lower-case word ("am Great Barrier Reef"); an institution's word
 * right after the name, in no mention, is its last ("Stanford
 * University"). */
static void english_head(const nf_doc *doc, nf_ner_span *s, size_t sa, size_t sb) {
    const nf_lexicon *heads = &doc->engine->gz.english_heads;
    /* (an institution's word right after the name, which the tagger left
     * out, ends it: "die zur kalifornischen Stanford University gehörende
     * Hoover Institution") */
    const nf_lex_entry *next = NULL;
    if (s->tb < sb && doc->tokens[s->tb].kind == NF_TOK_WORD &&
        (doc->tokens[s->tb].flags & NF_TF_CAP) && (doc->tokens[s->tb].flags & NF_TF_SPACE_BEFORE) &&
        !covered(doc, s->tb, s->tb + 1) && (next = nf_tokl_get(doc, s->tb, heads)) != NULL &&
        strncmp(nf_lex_val(heads, next), "org", 3) == 0)
        s->tb++;
    /* (an English word that opens places' names: "Lake Placid", "den
     * Mount Rainier", where the tagger had "Rainier") */
    if (s->ta > sa && doc->tokens[s->ta - 1].kind == NF_TOK_WORD &&
        (doc->tokens[s->ta - 1].flags & NF_TF_CAP) && !covered(doc, s->ta - 1, s->ta) &&
        place_opener(doc, s->ta - 1))
        s->ta--;
    if (s->tb > s->ta + 1 && place_opener(doc, s->ta)) {
        if (s->type != NF_ENT_ORG) s->type = NF_ENT_LOC;
        return;
    }
    size_t last = s->tb - 1;
    if (doc->tokens[last].kind != NF_TOK_WORD || !(doc->tokens[last].flags & NF_TF_CAP)) return;
    const nf_lex_entry *h = nf_tokl_get(doc, last, heads);
    if (!h) return;
    const char *kind = nf_lex_val(heads, h);
    if (strcmp(kind, "event") == 0 || strcmp(kind, "title") == 0)
        return; /* (english_event_or_office drops it) */
    bool place = strncmp(kind, "place", 5) == 0, paper = strstr(kind, "paper") != NULL;
    /* (a German noun in the genitive that the tagger took in is not the
     * name's: "des Schiffseigners Rabaul Shipping Company") */
    if (s->tb - s->ta > 2 && genitive_noun(doc, s->ta, sa)) s->ta++;
    size_t w = s->ta - 1;
    bool compound;
    if (!paper && s->ta > sa && doc->tokens[w].kind == NF_TOK_WORD &&
        (doc->tokens[w].flags & NF_TF_CAP) && !covered(doc, w, s->ta) &&
        !nf_tokl_get(doc, w, &doc->engine->gz.articles) && !nf_adjective_at(doc, w) &&
        !nf_city_adjective_at(doc, w) && !demonym_noun(doc, w) &&
        ((place && s->tb == s->ta + 1) ||
         (!nf_tok_get(doc, w, &doc->engine->gz.common_nouns) && nf_class_noun(doc, w) < 0)) &&
        (s->tb == s->ta + 1 ||
         (!nf_noun_compound(doc, w) && !genitive_noun(doc, w, sa) && !german_noun_tail(doc, w) &&
          !nf_org_head(doc, w, &compound) && !nf_person_noun_at(doc, w) &&
          !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, w)) &&
          !nf_tok_find(doc, w, &doc->pack->sentence_starters))))
        s->ta--;
    if (s->tb == s->ta + 1) return;
    /* (an organisation stays one: "der Wall Street" is the market) */
    if (place && s->type != NF_ENT_ORG) s->type = NF_ENT_LOC;
    if (!place) s->type = NF_ENT_ORG;
}

/* True when the tagged name `s` is two words or more that an English
 * head word of an event ends ("Davis Cup", "European Song Contest";
 * "event" in english-heads.txt): a contest's name, no mention; or one or
 * two words a title ends ("die First Lady", "First Secretary"; "title"),
 * an office, no name ("Lady Gaga" ends in her name). */
static bool english_event_or_office(const nf_doc *doc, const nf_ner_span *s) {
    const nf_lexicon *heads = &doc->engine->gz.english_heads;
    const nf_lex_entry *h;
    if (!(doc->tokens[s->tb - 1].flags & NF_TF_CAP) ||
        (h = nf_tokl_get(doc, s->tb - 1, heads)) == NULL)
        return false;
    const char *kind = nf_lex_val(heads, h);
    if (strcmp(kind, "title") == 0) return s->tb <= s->ta + 2;
    /* (the head alone after a capitalised word, which the tagger left out:
     * "im 19th Global CEO Survey") */
    bool cut = s->ta > 0 && doc->tokens[s->ta - 1].kind == NF_TOK_WORD &&
               (doc->tokens[s->ta - 1].flags & NF_TF_CAP) &&
               (doc->tokens[s->ta].flags & NF_TF_SPACE_BEFORE);
    return (s->tb > s->ta + 1 || cut) && strcmp(kind, "event") == 0;
}

/* See entities.h. */
bool nf_regnal_number(const nf_doc *doc, size_t k) {
    if (k == 0 || doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k - 1].flags & NF_TF_CAP) ||
        doc->tok_len[k] > 5)
        return false;
    for (const char *c = nf_tok(doc, k); *c; c++)
        if (*c != 'I' && *c != 'V' && *c != 'X' && *c != 'L') return false;
    return true;
}

/* Takes the period of an ordinal into a person's name that ends in a
 * regnal number ("Bernhard IV.", "Ottos II."), as German writes it: the
 * tagger leaves it out. */
static void regnal_period(const nf_doc *doc, nf_ner_span *s, size_t sb) {
    if (s->type == NF_ENT_PERSON && s->tb < sb && nf_regnal_number(doc, s->tb - 1) &&
        nf_tok_is(doc, s->tb, ".") && !(doc->tokens[s->tb].flags & NF_TF_SPACE_BEFORE))
        s->tb++;
}

/* True when the word at token k without its last byte (a genitive's "s":
 * "Beckenbauers") stands as a capitalised word of its own elsewhere in the
 * text ("Franz Beckenbauer" later on): the name whose genitive the word
 * is, even where the text names the person only after it (a headline
 * before the article). */
static bool stem_written_alone(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k] - 1;
    /* (not a word the lexicon knows in lower case or as a noun: "Totes
     * Gebirge" beside "Tote", "Grands Prix" beside "Grand") */
    char low[64];
    if (n < 3 || doc->tok_llen[k] - 1 >= sizeof low) return false;
    memcpy(low, nf_tokl(doc, k), doc->tok_llen[k] - 1);
    low[doc->tok_llen[k] - 1] = '\0';
    if (nf_ner_common_word(doc->engine->ner, low) ||
        nf_ner_noun_like(doc->engine->ner, low, NF_COMMON_NOUN_MIN_FREQ))
        return false;
    for (size_t j = 0; j < doc->ntokens; j++)
        if (j != k && doc->tok_len[j] == n && (doc->tokens[j].flags & NF_TF_CAP) &&
            memcmp(nf_tok(doc, j), w, n) == 0)
            return true;
    return false;
}

/* Ends a name still tagged a person's (after classify) where the sentence
 * goes on: at its last genitive, before what is theirs ("Heidi Klums
 * Modelsuche", "Andrew Lloyd Webbers Evita", "Gaddafis Schwager"), or
 * before a noun after a given name and surname ("Thomas Schneider
 * Probleme").  After another word of the name any word in "s" may be the
 * genitive (nf_genitive_name_end), a first word only when it is a known
 * name with the "s" ("Gaddafis") or what follows is a noun, a role noun
 * or a compound ending in a noun ("Hitlers Vizekanzler", "Wulffs
 * Hochzeitsfeier"): given names end in "s" too ("Guus Hiddink", "Klemens
 * Horvath"), or the surname of a person the text named before ("Haiders
 * Regierungseintritt" after "Jörg Haider").  A known surname before a
 * common noun ends there too. */
static void end_person(const nf_doc *doc, nf_ner_span *s) {
    if (s->type != NF_ENT_PERSON) return;
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t i = s->tb - 1; i-- > s->ta;) {
        if (!nf_genitive_name_end(doc, i)) continue;
        if (i == s->ta && !nf_lexicon_find(&gz->names, nf_tok(doc, i), doc->tok_len[i] - 1) &&
            nf_person_ending_in(doc, nf_tok(doc, i), doc->tok_len[i] - 1) < 0 &&
            !nf_noun_after_name(doc, i + 1) && !nf_role_at(doc, i + 1, NULL, NULL) &&
            !nf_noun_compound(doc, i + 1) && !stem_written_alone(doc, i))
            continue;
        s->tb = (uint32_t)(i + 1);
        return;
    }
    if (s->tb - s->ta > 2 && nf_noun_after_name(doc, s->tb - 1)) s->tb--;
    /* a known surname in "s" is its own genitive ("Griss Wahlprogramm") */
    if (s->tb - s->ta == 2 && nf_tok_get(doc, s->ta, &gz->surnames) &&
        !nf_tok_get(doc, s->ta, &gz->given) &&
        (nf_noun_after_name(doc, s->ta + 1) || nf_noun_compound(doc, s->ta + 1)))
        s->tb--;
}

/* True when token k, as written, is a name the gazetteers give a country,
 * a city or another place. */
static bool place_word(const nf_doc *doc, size_t k) {
    return nf_gz_names_source(&doc->engine->gz, nf_tok(doc, k), doc->tok_len[k], PLACE_SOURCES);
}

/* How far alone_elsewhere, and people_word in its search for a surname,
 * look on either side, in tokens: a text's names recur within a few
 * pages, and a long document's work stays linear. */
#define ALONE_REACH 5000

/* True when the tagged word `s` (one token) names people rather than a
 * place or someone: a nation's ("Russen", "Französin", "Syrer";
 * lang/de/entities/nationalities.tsv), or, tagged as no person, a place's
 * made of its name ("Berliner", "Niederösterreicher", "Kölnern"; a person's
 * "Hofer" is a surname), a city's or a region's adjective ("Zürcher",
 * "in Kärntner Anzügen"), or an adjective in "-isch" before a noun ("die
 * Niederösterreichische Landesausstellung"); tagged as a person, such an
 * adjective before a noun ("gegen ehemaligen Kärntner Landeshauptmann")
 * unless it is a surname as well ("von Mayer Olympiasieger Matthias
 * Mayer": not Mayen's).  The guide makes no mentions of them; the tagger
 * takes them for names now and then. */
static bool people_word(const nf_doc *doc, const nf_ner_span *s) {
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t k = s->ta;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (s->tb != s->ta + 1 || doc->tokens[k].kind != NF_TOK_WORD) return false;
    if (nf_lexicon_find(&gz->demonyms, w, n)) return true;
    if (s->type == NF_ENT_PERSON)
        return k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_WORD &&
               (doc->tokens[k].flags & NF_TF_CAP) && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
               nf_place_adjective_at(doc, k) && !nf_lexicon_find(&gz->surnames, w, n) &&
               !nf_surname_in_text(doc, k, ALONE_REACH) &&
               (nf_person_noun_word(doc, k + 1) || nf_common_noun_listed(doc, k + 1) ||
                nf_ner_common_noun(doc->engine->ner, nf_tokl(doc, k + 1), NF_COMMON_NOUN_MIN_FREQ));
    static const char *const endings[] = {"erinnen", "erin", "ern", "er"};
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (n < el + 3 || memcmp(w + n - el, endings[i], el) != 0) continue;
        if (nf_gz_names_source(gz, w, n - el, PLACE_SOURCES)) return true;
        break;
    }
    /* a city's or a region's adjective of another form ("Münchner",
     * "Basler", "Zürcher", "Kärntner") */
    if (nf_place_adjective_at(doc, k)) return true;
    static const nf_suffix isch[] = {NF_SFX("ische"), NF_SFX("ischen"), NF_SFX("ischer"),
                                     NF_SFX("isches"), NF_SFX("ischem")};
    return n > 8 && k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_WORD &&
           (doc->tokens[k + 1].flags & NF_TF_CAP) &&
           nf_ends_in_one_of(nf_tokl(doc, k), doc->tok_llen[k], isch, sizeof isch / sizeof isch[0]);
}

/* True when token k is a common noun's plural or genitive in "-s" the
 * lexicon does not list ("Reservoirs", "Labors"): the noun without it is
 * a common one. */
static bool plural_of_noun(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    char stem[64];
    if (n < 5 || n >= sizeof stem || l[n - 1] != 's') return false;
    memcpy(stem, l, n - 1);
    stem[n - 1] = '\0';
    return nf_ner_common_noun(doc->engine->ner, stem, NF_COMMON_NOUN_MIN_FREQ);
}

/* True when the tagged name `s` of sentence [sa, ..) is one word the
 * lexicon knows as a common one, in lower case or as a noun ("Sonne",
 * "Essen", "Dollar"), or as a noun's plural in "-s" ("Reservoirs"), tagged a place though no
 * spatial preposition comes before it ("in Essen" may be the city), a country's English name German
 * writes otherwise ("die Austria"), or a word of a time before a year or
 * a month ("Mitte 2007", "Ende Mai"; year-nouns.txt). */
static bool common_word_place(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->tb != s->ta + 1 || (s->type != NF_ENT_GPE && s->type != NF_ENT_LOC)) return false;
    if (nf_tok_get(doc, s->ta, &doc->engine->gz.foreign_country_names))
        return true; /* "die Austria" is the club (foreign-country-names.txt) */
    const nf_langpack *lp = doc->pack;
    size_t k = s->tb;
    if (k < doc->ntokens && doc->tok_sent[k] == doc->tok_sent[s->ta] &&
        (doc->tokens[k].kind == NF_TOK_NUMBER || nf_tok_find(doc, k, &lp->months)) &&
        nf_tok_find(doc, s->ta, &lp->year_nouns))
        return true;
    const nf_ner_model *m = doc->engine->ner;
    const char *l = nf_tokl(doc, s->ta);
    if (!nf_ner_lower_word(m, l) && !nf_ner_common_noun(m, l, NF_COMMON_NOUN_MIN_FREQ))
        return plural_of_noun(doc, s->ta) && !place_word(doc, s->ta);
    /* after a spatial preposition only a place's name may be the place
     * ("in Essen"; "in Gewahrsam" is none) */
    return !nf_after_spatial_preposition(doc, s->ta, sa) || !place_word(doc, s->ta);
}

/* True when token k counts or measures the word after it: a number in
 * digits or words, a scale ("Milliarde"), a currency or a unit ("583
 * Millimeter Niederschlag", "185.000 Euro Kapital", "acht Niederlagen"). */
static bool counts_next(const nf_doc *doc, size_t k) {
    const nf_langpack *lp = doc->pack;
    nf_token_kind kind = doc->tokens[k].kind;
    if (kind == NF_TOK_NUMBER) return true;
    if (kind != NF_TOK_WORD && kind != NF_TOK_ABBREV) return false;
    return nf_tok_find(doc, k, &lp->number_words) || nf_tok_find(doc, k, &lp->scale_words) ||
           nf_tok_find(doc, k, &lp->currencies) || nf_tok_find(doc, k, &lp->units);
}

/* The tagger's names of a sentence: spans[0 .. n). */
typedef struct tagged_names {
    const nf_ner_span *spans;
    size_t n;
} tagged_names;

/* True when token k lies in one of the tagger's names. */
static bool in_tagged(const tagged_names *tn, size_t k) {
    for (size_t i = 0; i < tn->n; i++)
        if (tn->spans[i].ta <= k && k < tn->spans[i].tb) return true;
    return false;
}

/* True when the word at token k is a name or a noun in the genitive
 * ("Eichmanns", "Kants", "Mamas") or a surname the document gave before
 * ("Celmins" after "Vija Celmins"), not a given name in "s" no list knows
 * ("Vytenis"): a word in "s" that is a surname named before as it stands
 * or without the "s", or whose stem the gazetteers know as a surname or
 * the capitalisation lexicon as a word. */
static bool genitive_owner(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k), *l = nf_tokl(doc, k);
    size_t n = doc->tok_len[k];
    if (n < 4 || n != doc->tok_llen[k] || w[n - 1] != 's' || n > 64) return false;
    if (nf_tok_get(doc, k, &doc->engine->gz.given)) return false; /* "Jonas", "Thomas" */
    if (nf_known_surname(doc, w, n) || nf_lexicon_find(&doc->engine->gz.surnames, w, n - 1))
        return true;
    char stem[64];
    memcpy(stem, l, n - 1);
    stem[n - 1] = '\0';
    return nf_ner_common_word(doc->engine->ner, stem);
}

/* True when the word at token k stands somewhere else in the document
 * (within ALONE_REACH tokens) without the word at token `before` in front
 * of it. */
static bool alone_elsewhere(const nf_doc *doc, size_t k, size_t before) {
    size_t end = doc->ntokens - k > ALONE_REACH ? k + ALONE_REACH : doc->ntokens;
    for (size_t j = k > ALONE_REACH ? k - ALONE_REACH : 0; j < end; j++)
        if (j != k && nf_tok_same(doc, j, k) && !(j > 0 && nf_tok_same(doc, j - 1, before)))
            return true;
    return false;
}

/* See entities.h. */
bool nf_initials_at(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (n < 4 || n % 2) return false;
    for (size_t i = 0; i < n; i += 2)
        if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
    return true;
}

/* True when the word right after span `s` (before sb), set off by a
 * space and in no mention, is a surname after an Arabic article
 * (nf_article_particle_name): the name goes on with it. */
static bool article_surname_next(const nf_doc *doc, const nf_ner_span *s, size_t sb) {
    size_t k = s->tb;
    return k < sb && (doc->tokens[k].flags & NF_TF_SPACE_BEFORE) &&
           nf_article_particle_name(doc, k) && !covered(doc, k, k + 1);
}

/* Widens a person the tagger found by its patronymics and a surname after
 * an Arabic article ("Abu Bakr al-Baghdadi", "Ahmed bin Mohammed
 * al-Mansuri"), a place by the word after an Arabic article, and a person
 * it found by one word over the words
 * of a name no list knows that follow it directly, two at most: the
 * tagger ends
 * "Vytenis Andriukaitis", "Cheikhou Dieng" after a given name it does not
 * know either.  Only after a listed given name or a word no list knows
 * (not "Weinbauer"), not after a genitive (genitive_owner), a noun of
 * persons (a title) or, where the word ends in "s" as a genitive may
 * ("Gryces Flöte"), unless the next word stands alone elsewhere in the
 * text as a surname would.  Never over an initial (the words added have
 * three letters at least), an abstract noun, a word the tagger put in a
 * name of its own, one a mention covers or one a time claimed ("Meier
 * Mittwochfrüh"). */
static void person_goes_on(const nf_doc *doc, nf_ner_span *s, size_t sb, const tagged_names *tn) {
    /* (a place's name goes on with its article and word too: "Marun
     * ar-Ras", "Ras al-Ain") */
    if (nf_place_type(s->type) && article_surname_next(doc, s, sb)) s->tb++;
    if (s->type != NF_ENT_PERSON) return;
    /* an Arabic name's patronymics ("Ahmed bin Mohammed al-Mansuri"), two
     * at most: "bin", "ibn" or "bint" and a capitalised word */
    static const char *const son_of[] = {"bin", "ibn", "bint", NULL};
    for (int n = 0; n < 2; n++) {
        size_t k = s->tb;
        if (k + 1 >= sb || !nf_tok_in(doc, k, son_of) || !(doc->tokens[k].flags & NF_TF_LOWER) ||
            doc->tokens[k + 1].kind != NF_TOK_WORD || covered(doc, k, k + 2))
            break;
        /* (or the surname after its article: "Ali bin al-Hussein") */
        if (nf_article_particle_name(doc, k + 1)) {
            s->tb += 2;
            return;
        }
        if (!(doc->tokens[k + 1].flags & NF_TF_CAP)) break;
        s->tb += 2;
    }
    /* after a name of any length, the surname after its article ("Abu
     * Bakr al-Baghdadi") */
    if (s->tb > s->ta + 1) {
        if (article_surname_next(doc, s, sb)) s->tb++;
        return;
    }
    if (nf_initials_at(doc, s->ta)) {
        /* "C.Y. Leung", "H.C. Strache": initials go on with the surname */
        size_t k = s->tb;
        if (k < sb && doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP) &&
            !covered(doc, k, k + 1) && !in_tagged(tn, k) && !nf_plain_noun(doc, k) &&
            !nf_abstract_noun(doc, k))
            s->tb++;
        return;
    }
    bool given = nf_tok_get(doc, s->ta, &doc->engine->gz.given) != NULL;
    if (!(given || nf_unknown_name_word(doc, s->ta)) || nf_role_at(doc, s->ta, NULL, NULL) ||
        nf_class_noun(doc, s->ta) >= 0 || genitive_owner(doc, s->ta))
        return;
    size_t n = doc->tok_len[s->ta];
    bool in_s = !given && nf_tok(doc, s->ta)[n - 1] == 's';
    for (int added = 0; added < 2; added++) {
        size_t k = s->tb;
        if (article_surname_next(doc, s, sb)) {
            s->tb++; /* "Ahmed al-Assadi": the surname after its article */
            return;
        }
        if (k >= sb || !(doc->tokens[k].flags & NF_TF_SPACE_BEFORE) ||
            doc->tokens[k].kind != NF_TOK_WORD || doc->tok_len[k] < 3 ||
            !nf_unknown_name_word(doc, k) || nf_abstract_noun(doc, k) || in_tagged(tn, k) ||
            covered(doc, k, k + 1) || doc->claimed[k] || (in_s && !alone_elsewhere(doc, k, s->ta)))
            return;
        s->tb++;
    }
}

/* See entities.h. */
bool nf_article_particle_name(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t len = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || len < 5) return false;
    /* (the hyphen after two or three letters first: most words have none
     * there, and the surnames-again pass asks of every word in lower case) */
    if (w[2] != '-' && w[3] != '-') return false;
    size_t n = nf_arabic_article_len(w, len);
    return n && len > n + 1 && w[n] >= 'A' && w[n] <= 'Z';
}

/* True when token k is a common noun no name holds (a mention or a name
 * the tagger found), nor a day's or a month's: an item of a list of
 * things.  Common by the capitalisation lexicon or by common-nouns.txt
 * ("Hotels", "Restaurants": words the lexicon's text seldom has). */
static bool listed_noun(const nf_doc *doc, size_t k, const tagged_names *tn) {
    const nf_langpack *lp = doc->pack;
    return doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP) &&
           (nf_plain_noun(doc, k) || nf_common_noun_listed(doc, k)) && !in_tagged(tn, k) &&
           !covered(doc, k, k + 1) && !nf_tok_find(doc, k, &lp->weekdays) &&
           !nf_tok_find(doc, k, &lp->months) && !place_word(doc, k);
}

/* 2 when token k is a coordinating "und" or "oder", 1 when it is a comma
 * (which may end a clause as well as an item), else 0. */
static int list_joint(const nf_doc *doc, size_t k) {
    if (nf_tok_is(doc, k, "und") || nf_tok_is(doc, k, "oder")) return 2;
    return nf_tok_is(doc, k, ",") ? 1 : 0;
}

/* True when token k of sentence [sa, sb) stands in a list beside a common
 * noun: "Alkohol und Nikotin", "Kleidung, Möbel und andere Produkte".
 * A comma alone makes a list only when another joint goes on with it
 * ("am Westbahnhof, Fahrgäste ... werden" is two clauses). */
static bool listed_with_noun(const nf_doc *doc, size_t k, size_t sa, size_t sb,
                             const tagged_names *tn) {
    bool more_after = k + 1 < sb && list_joint(doc, k + 1);
    /* (a noun after a preposition fused with its article heads a phrase of
     * its own, no item of a list: "die Saône im Nordwesten und Ognon im
     * Süden") */
    static const char *const fused[] = {"im", "am", "vom", "zum", "zur", "beim", "ins", NULL};
    if (k >= sa + 2 && listed_noun(doc, k - 2, tn) &&
        !(k >= sa + 3 && nf_tok_in(doc, k - 3, fused))) {
        int j = list_joint(doc, k - 1);
        if (j == 2 || (j == 1 && (more_after || (k >= sa + 3 && list_joint(doc, k - 3)))))
            return true;
    }
    if (k + 2 < sb && listed_noun(doc, k + 2, tn)) {
        int j = list_joint(doc, k + 1);
        if (j == 2 || (j == 1 && ((k + 3 < sb && list_joint(doc, k + 3) == 2) ||
                                  (k > sa && list_joint(doc, k - 1)))))
            return true;
    }
    return false;
}

/* True when the text uses token k's word after a number or a scale
 * somewhere ("einer halben Milliarde Dollar"): a currency or a unit
 * there, whatever a preposition before it here suggests. */
static bool counted_in_text(const nf_doc *doc, size_t k) {
    for (size_t j = 1; j < doc->ntokens; j++)
        if (nf_tok_same(doc, j, k) && counts_next(doc, j - 1)) return true;
    return false;
}

/* True when the tagged place `s` of sentence [sa, sb), one word no
 * gazetteer names as a place, is a thing's noun by its use: a currency or
 * a unit itself ("wird in Dollar gehandelt"; after a preposition of place
 * only where the text counts it too: "aus Franken" is the region),
 * counted or measured ("583 Millimeter Niederschlag", "mit 8
 * Niederlagen"), or listed beside a common noun ("Cafés, Bars und
 * Restaurants", "Alkohol und Nikotin").  A place's name is neither counted
 * nor listed with things; the tagger, which never saw such rare mass nouns
 * after an article, takes them for names now and then. */
static bool thing_noun(const nf_doc *doc, const nf_ner_span *s, size_t sa, size_t sb,
                       const tagged_names *tn) {
    if (s->tb != s->ta + 1 || !nf_place_type(s->type)) return false;
    size_t k = s->ta;
    if (place_word(doc, k)) return false;
    const nf_langpack *lp = doc->pack;
    if (k > sa && counts_next(doc, k - 1)) return true;
    if (nf_tok_find(doc, k, &lp->currencies) || nf_tok_find(doc, k, &lp->units))
        return !nf_after_spatial_preposition(doc, k, sa) || counted_in_text(doc, k);
    return listed_with_noun(doc, k, sa, sb, tn);
}

static bool geographic_compound(const nf_doc *doc, size_t k); /* below */

/* True when the tagged place `s` is one hyphenated word that no gazetteer
 * knows whose last part is a common noun (the lexicon's or the list's), a
 * compound of one or an abstract noun, and whose first part names no place
 * ("des Safe Harbor-Systems", "Boni-Erhöhungen", "in der Petrobras-Affäre",
 * "in den Petrobras-Korruptionsskandal"): a compound names what its last
 * part does, a thing; a place's district keeps it ("Berlin-Mitte").  So is one
 * whose first part is a common noun ("als Technologie-Hochburg"). */
static bool thing_compound_place(const nf_doc *doc, const nf_ner_span *s) {
    size_t k = s->ta;
    if (s->tb != k + 1 || !nf_place_type(s->type)) return false;
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    if (!h || h == w || !h[1] || place_word(doc, k)) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    if (nf_gz_names_source(gz, w, (size_t)(h - w), PLACE_SOURCES)) return false;
    const char *l = nf_tokl(doc, k);
    const char *tail = l + (h - w) + 1;
    size_t tl = strlen(tail);
    if (nf_ner_common_noun(doc->engine->ner, tail, NF_COMMON_NOUN_MIN_FREQ) ||
        abstract_word(tail, tl))
        return true;
    /* a noun of the list or a compound of one, where the word is not a
     * place's by its last part ("Ghelamco-Arena", "Maria-Lanzendorf",
     * "Französisch-Indochina") */
    /* (a title's word is no noun of places: "ARD-Nachrichten") */
    const nf_lex_entry *place = nf_lexicon_find(&gz->landmark_nouns, tail, tl);
    if (place && *nf_lex_val(&gz->landmark_nouns, place)) place = NULL;
    if ((nf_lexicon_find(&gz->common_nouns, h + 1, tl) || nf_noun_compound_word(doc, tail, tl)) &&
        !place && !name_like_ending(doc, k) && !geographic_compound(doc, k))
        return true;
    /* or whose first part is a common noun ("Technologie-Hochburg",
     * "Management-Meetings"), where no place's name begins it */
    const char *h1 = strchr(w, '-');
    char first[64];
    size_t fl = (size_t)(h1 - w);
    if (fl < 4 || fl >= sizeof first || nf_gz_names_source(gz, w, fl, PLACE_SOURCES) ||
        nf_lexicon_find(&gz->given, w, fl))
        return false;
    memcpy(first, l, fl);
    first[fl] = '\0';
    return nf_ner_common_noun(doc->engine->ner, first, NF_COMMON_NOUN_MIN_FREQ);
}

/* True when the tagged organisation `s` ends in a hyphenated word whose
 * last part is a common noun that heads no organisation's name ("das El
 * Khomri-Gesetz", "die HTC One-Reihe", "der Social Media-Ära"): a law, a
 * product line, an era named after someone or something, no organisation
 * ("Axel Springer-Verlag", "Siemens-Konzern" keep theirs). */
static bool thing_compound_org(const nf_doc *doc, const nf_ner_span *s) {
    size_t k = s->tb - 1;
    if (s->type != NF_ENT_ORG || doc->tokens[k].kind != NF_TOK_WORD) return false;
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    if (!h || h == w || !h[1] || (unsigned char)h[1] < 'A' || h[1] > 'Z') return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    bool compound;
    /* (a head anywhere in the name: "Bundesstiftung zur Aufarbeitung der
     * SED-Diktatur") */
    for (size_t j = s->ta; j <= k; j++)
        if (nf_org_head(doc, j, &compound)) return false;
    const char *l = nf_tokl(doc, k), *tail = l + (h - w) + 1;
    size_t tl = strlen(tail);
    /* an organisation's head or role after the hyphen: "ifo-Institut",
     * "Internet-Polizei" (nf_org_head reads only capitalised words) */
    const nf_lex_entry *head = nf_lexicon_find(&gz->org_heads, tail, tl);
    if (head && !*nf_lex_val(&gz->org_heads, head)) return false;
    const nf_lex_entry *role = nf_lexicon_find(&gz->roles, h + 1, tl);
    if (role && strstr(nf_lex_val(&gz->roles, role), "\torg")) return false;
    /* (a common noun the tagger's lexicon counts too seldom, which the
     * list of common nouns holds: "der Österreich-Schnitt"; not after a
     * single letter, a brand's way: "E-Plus") */
    return (nf_ner_common_noun(doc->engine->ner, tail, NF_COMMON_NOUN_MIN_FREQ) ||
            (h - w >= 2 && nf_lexicon_find(&gz->common_nouns, h + 1, tl))) &&
           !nf_gz_names_source(gz, w, doc->tok_len[k], 1u << NF_GZ_ORG);
}

/* True when the tagged place `s` of sentence [sa, ..) is one word no
 * gazetteer knows and no ending makes a place's ("Herrengasse"), a common
 * noun or a compound of one, right after a definite article that no
 * preposition stands before ("Der Euro-Preis wurde nicht genannt", "den
 * Salzburg-Fans"): a thing's noun or people's.  A place
 * the gazetteers miss takes an article after a preposition ("in der
 * Oberpfalz", "an der Havel"), or as a genitive after a noun ("des
 * Trentino"), which stay. */
static bool article_noun_place(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    static const char *const articles[] = {"der", "die", "das", "dem", "den", "des", NULL};
    static const char *const preps[] = {
        "in",   "an",       "auf",      "aus",       "nach",      "durch",     "über",  "unter",
        "vor",  "hinter",   "bei",      "von",       "zu",        "um",        "gegen", "entlang",
        "nahe", "neben",    "zwischen", "mit",       "ab",        "bis",       "seit",  "für",
        "ohne", "jenseits", "oberhalb", "unterhalb", "innerhalb", "außerhalb", NULL};
    size_t k = s->ta;
    if (s->tb != k + 1 || !nf_place_type(s->type) || k <= sa || !nf_tok_in(doc, k - 1, articles))
        return false;
    if (k - 1 > sa && nf_tok_in(doc, k - 2, preps)) return false;
    if (place_word(doc, k) || nf_place_by_ending(doc, k)) return false;
    /* a common noun or a compound of one ("den Kemmelberg", "die Suco"
     * may be places) */
    if (!nf_plain_noun(doc, k) && !nf_noun_compound(doc, k)) return false;
    /* "der"/"des" after a noun: a genitive, which places take */
    bool genitive = nf_tok_is(doc, k - 1, "des") || nf_tok_is(doc, k - 1, "der");
    return !(genitive && k - 1 > sa && (doc->tokens[k - 2].flags & NF_TF_CAP) &&
             doc->tokens[k - 2].kind == NF_TOK_WORD);
}

/* True when the tagged place `s` of sentence [sa, sb) is one word the
 * gazetteers list as a place's name after an article it takes none of:
 * the people or a team ("die Schweden stellten sich besser auf", "dem
 * Schweden Mats Sundin"), not the place, as the gazetteers have it too
 * (nf_place_after_article). */
static bool place_after_article(const nf_doc *doc, const nf_ner_span *s, size_t sa, size_t sb) {
    return s->tb == s->ta + 1 && nf_place_type(s->type) && place_word(doc, s->ta) &&
           nf_place_after_article(doc, s->ta, sa, sb);
}

/* True when the tagged name `s` of sentence [sa, ..) is one word that
 * describes rather than names, right after an article or a determiner:
 * a role noun (roles.tsv: "Die Partei will mehr", "der Präsident"), a
 * classifying noun as a whole word ("dem Verlag"; not "den Westbahnhof",
 * a station's name) or after a hyphen, with a name inside the compound
 * ("des McLaren-Rennstalls": no mention, as the guide has it; but "im
 * ZDF-Morgenmagazin" is a programme's title).  A name
 * with such a word and more keeps it ("Partei der Arbeit"). */
static bool described_not_named(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->tb != s->ta + 1 || s->ta <= sa || acronym(doc, s->ta)) return false;
    size_t j = s->ta - 1, k = s->ta;
    const nf_gazetteer *gz = &doc->engine->gz;
    if (doc->tokens[j].kind != NF_TOK_WORD || !nf_article_or_determiner(doc, j)) return false;
    if (nf_role_at(doc, k, NULL, NULL) || nf_tokl_get(doc, k, &gz->class_nouns)) return true;
    /* after a hyphen: not after an acronym, which makes a title of it
     * ("im ZDF-Morgenmagazin", "das DS-Magazin") */
    const char *w = nf_tok(doc, k), *h = strchr(w, '-');
    if (!h || nf_class_noun(doc, k) < 0) return false;
    for (const char *c = w; c < h; c++)
        if (*c >= 'a' && *c <= 'z') return true;
    return false;
}

/* True when the tagged name `s` of a sentence ending at sb is one word,
 * a person's role noun or a noun of persons no list knows as a name, right
 * before a name (a mention or another of the tagger's names): a title
 * ("Landeshauptmann Peter Kaiser", "Radprofi Matt Brammeier"), which the
 * name's person has, no one's name of its own. */
static bool title_before_name(const nf_doc *doc, const nf_ner_span *s, size_t sb,
                              const tagged_names *tn) {
    size_t k = s->ta, n = k + 1;
    bool org = false;
    if (s->tb != n || n >= sb || doc->tokens[n].kind != NF_TOK_WORD ||
        !(doc->tokens[n].flags & NF_TF_CAP))
        return false;
    const char *r = nf_role_at(doc, k, NULL, &org);
    if (r ? org : nf_class_noun(doc, k) != NF_ENT_PERSON || person_word(doc, k)) return false;
    return covered(doc, n, n + 1) || in_tagged(tn, n);
}

/* True when token k ends as German surnames and towns do, in a noun
 * itself ("Wendelstrom", "Rosenberg", "Lindemann"): a town's ending of
 * lang/de/entities/place-endings.txt or one of the surnames' below. */
static bool name_like_ending(const nf_doc *doc, size_t k) {
    static const nf_suffix surname_endings[] = {
        NF_SFX("mann"),  NF_SFX("stein"), NF_SFX("strom"), NF_SFX("ström"), NF_SFX("hof"),
        NF_SFX("meier"), NF_SFX("mayer"), NF_SFX("maier"), NF_SFX("huber"), NF_SFX("bauer"),
        NF_SFX("thal"),  NF_SFX("tal"),   NF_SFX("haus"),  NF_SFX("horn")};
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (nf_ends_in_one_of(w, n, surname_endings,
                          sizeof surname_endings / sizeof surname_endings[0]))
        return true;
    const nf_lexicon *lex = &doc->engine->gz.place_endings;
    size_t max = doc->engine->gz.place_ending_max;
    for (size_t cut = n > max ? n - max : 1; cut + 3 <= n; cut++) {
        const nf_lex_entry *e = nf_lexicon_find(lex, w + cut, n - cut);
        if (e && strcmp(nf_lex_val(lex, e), "town") == 0) return true;
    }
    return false;
}

/* True when the lower-cased word w (n bytes) is a common noun the lexicon
 * knows with a plural's or a dative's "n" or "en" ("Kraftwerken",
 * "Siedlern"), its umlaut too ("Verstößen"). */
static bool inflected_common_noun(const nf_doc *doc, const char *w, size_t n) {
    char stem[64];
    if (n < 6 || n >= sizeof stem || w[n - 1] != 'n') return false;
    for (size_t cut = 1; cut <= 2; cut++) {
        if (cut == 2 && w[n - 2] != 'e') break;
        size_t m = n - cut;
        memcpy(stem, w, m);
        stem[m] = '\0';
        if (nf_ner_common_noun(doc->engine->ner, stem, 0)) return true;
        /* a plural's umlaut: "Verstößen" is "Verstoß" */
        if (nf_strip_last_umlaut(stem, m, 0) && nf_ner_common_noun(doc->engine->ner, stem, 0))
            return true;
    }
    return false;
}

/* True when token k ends in a noun of places ("Tschadseeregion":
 * "region"; class-nouns.txt), of roads, peaks and districts
 * ("Ostautobahn", "Hammerspitze", "Saalachbrücke", "Rhein-Sieg-Kreises"),
 * or in a continent's or country's name ("Kontinentaleuropa"): a place's
 * name of its own. */
static bool geographic_compound(const nf_doc *doc, size_t k) {
    static const nf_suffix heads[] = {NF_SFX("autobahn"), NF_SFX("straße"), NF_SFX("spitze"),
                                      NF_SFX("brücke"),   NF_SFX("kogel"),  NF_SFX("horn"),
                                      NF_SFX("kamm"),     NF_SFX("pass"),   NF_SFX("kreis"),
                                      NF_SFX("kreises")};
    if (nf_class_noun(doc, k) == NF_ENT_GPE ||
        nf_ends_in_one_of(nf_tokl(doc, k), doc->tok_llen[k], heads, sizeof heads / sizeof heads[0]))
        return true;
    /* a country's or a region's name after a first part:
     * "Kontinental|europa" (not a town's: "Nieder|lagen") */
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    size_t wl = doc->tok_len[k];
    for (size_t cut = 3; cut + 4 <= wl; cut++) {
        if (!(w[cut] >= 'a' && w[cut] <= 'z')) continue;
        char cap[64];
        size_t m = wl - cut;
        if (m >= sizeof cap) continue;
        memcpy(cap, w + cut, m);
        cap[0] = (char)(cap[0] - 'a' + 'A');
        if (nf_gz_names_source(gz, cap, m, 1u << NF_GZ_COUNTRY | 1u << NF_GZ_PLACE)) return true;
    }
    return false;
}

/* The highest confidence at which noun_place drops a tagged place. */
#define TAGGED_NOUN_PLACE_MAX 0.6f

/* True when the tagged place `s` is one word no list knows that the tagger
 * is not sure of and that is a common noun by its form: a compound ending
 * in one ("Edelstahl", "Smartphone-Speicher") or one inflected
 * ("in Kraftwerken", "von Lianen"); not a word with a town's or a
 * surname's ending ("Stronsdorf", "Hövelhof"). */
static bool noun_place(const nf_doc *doc, const nf_ner_span *s) {
    size_t k = s->ta;
    if (s->tb != k + 1 || !nf_place_type(s->type) || s->score > TAGGED_NOUN_PLACE_MAX ||
        doc->tokens[k].kind != NF_TOK_WORD || covered(doc, k, k + 1) || name_like_ending(doc, k) ||
        place_word(doc, k) || geographic_compound(doc, k))
        return false;
    return nf_noun_compound(doc, k) ||
           inflected_common_noun(doc, nf_tokl(doc, k), doc->tok_llen[k]);
}

/* True when the tagged place `s` of two words or more ends in a noun of
 * persons ("der Heilige Vater", "die Obersten Richter"): a person or a
 * group described, no place's name. */
static bool person_noun_place(const nf_doc *doc, const nf_ner_span *s) {
    return nf_place_type(s->type) && s->tb >= s->ta + 2 && !covered(doc, s->ta, s->tb) &&
           nf_class_noun(doc, s->tb - 1) == NF_ENT_PERSON;
}

/* True when the tagged name `s` of sentence [sa, ..) is one word of a
 * person that is a compound ending in a common noun ("Preisgeld",
 * "Durchzugsverkehr"), no name the lists know, with no ending of names
 * (name_like_ending), and after no role noun or noun of persons
 * ("Präsident Wendelgeld", "Trainer Wendelgeld"). */
static bool compound_noun_person(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON || s->tb != s->ta + 1 || person_word(doc, s->ta) ||
        name_like_ending(doc, s->ta) || !nf_noun_compound(doc, s->ta))
        return false;
    return !(s->ta > sa && (nf_role_at(doc, s->ta - 1, NULL, NULL) ||
                            nf_class_noun(doc, s->ta - 1) == NF_ENT_PERSON));
}

/* True when the tagged organisation or place `s` is one word that is a
 * noun of persons: a role, a compound that ends in one ("in der Runde der
 * Eurozonenchefs") or a class noun of persons (nf_person_noun_word); the
 * people it names are no
 * name (a person tagged so is for compound_noun_person to judge). */
static bool person_noun_not_person(const nf_doc *doc, const nf_ner_span *s) {
    return s->type != NF_ENT_PERSON && s->tb == s->ta + 1 && nf_person_noun_word(doc, s->ta);
}

/* True when the tagged person `s` is one word that is a class noun of
 * persons or ends in one (class-nouns.txt: "Chemiker hatte ..." opening a
 * headline, "Coach" as a nickname), which no list and no person of the
 * text has as a name: the people it names are no name. */
static bool class_noun_person_alone(const nf_doc *doc, const nf_ner_span *s) {
    const char *w = nf_tok(doc, s->ta);
    size_t n = doc->tok_len[s->ta];
    return s->type == NF_ENT_PERSON && s->tb == s->ta + 1 &&
           nf_class_noun(doc, s->ta) == NF_ENT_PERSON && !person_word(doc, s->ta) &&
           !nf_known_surname(doc, w, n);
}

/* Completes a tagged name of two words or more that ends in the first
 * part of a compound cut short before "und" or "oder" ("der Arbeitskreis
 * Deutscher Markt- und Sozialforschungsinstitute": the tagger had
 * "Deutscher Markt-"; such a part alone is no name, "EU- und
 * Nicht-EU-Staaten"): the compound the conjunction joins it to is part
 * of the name. */
static void complete_truncated(const nf_doc *doc, nf_ner_span *s, size_t sb) {
    if (s->tb + 2 > sb || s->tb < s->ta + 2 || !(doc->tokens[s->tb - 1].flags & NF_TF_TRUNC) ||
        !(nf_tok_is(doc, s->tb, "und") || nf_tok_is(doc, s->tb, "oder")) ||
        doc->tokens[s->tb + 1].kind != NF_TOK_WORD || !(doc->tokens[s->tb + 1].flags & NF_TF_CAP) ||
        covered(doc, s->tb + 1, s->tb + 2))
        return;
    s->tb += 2;
}

/* Widens a tagged name over the English word that opens it and the tagger
 * left out ("die Sonde New Horizons", "Titelverteidiger New England
 * Patriots": the tagger had "Horizons", "England Patriots"). */
static void english_opener_before(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    if (s->ta > sa && nf_english_opener(doc, s->ta - 1) && !covered(doc, s->ta - 1, s->ta)) s->ta--;
}

/* True when the tagged person or place `s` ends in a noun of persons
 * after nothing but adjectives, a city's or a region's among them ("Marta Serafini, Mailänder
 * Journalistin,", "gegen ehemaligen Südtiroler Landeshauptmann"), or is such a noun alone in the
 * feminine ("Ärztin"): a description, no name (a surname that is an
 * occupation stands alone or after a given name: "Schneider", "Anna
 * Koch"; an organisation's name may end so: "Wiener Philharmoniker"). */
static bool described_person(const nf_doc *doc, const nf_ner_span *s) {
    size_t last = s->tb - 1;
    if (s->type == NF_ENT_ORG || !nf_person_noun_word(doc, last)) return false;
    for (size_t k = s->ta; k < last; k++)
        if (!nf_adjective_at(doc, k) && !nf_place_adjective_at(doc, k)) return false;
    size_t n = doc->tok_llen[last];
    return last > s->ta ||
           (s->type == NF_ENT_PERSON && n > 4 && memcmp(nf_tokl(doc, last) + n - 2, "in", 2) == 0);
}

/* True when the tagged person `s` ends in a word of letters and digits,
 * a model's number ("die McDonnell Douglas MD-80", "Boeing 737-800"): a
 * product named by its maker, no one's name. */
static bool model_number_person(const nf_doc *doc, const nf_ner_span *s) {
    if (s->type != NF_ENT_PERSON || s->tb < s->ta + 2) return false;
    /* the last word, with the tokens written onto it ("MD", "-", "80") */
    size_t a = s->tb - 1;
    while (a > s->ta + 1 && !(doc->tokens[a].flags & NF_TF_SPACE_BEFORE)) a--;
    bool digit = false, letter = false;
    for (uint32_t i = doc->tokens[a].a; i < doc->tokens[s->tb - 1].b; i++) {
        uint8_t c = doc->text.cls[i];
        digit |= c == NF_C_DIGIT;
        letter |= c == NF_C_UPPER || c == NF_C_LOWER;
    }
    return digit && letter;
}

/* How often (log2) the lexicon must have seen a word capitalised, mostly
 * with no article, for common_noun_person to take it for a noun ("Benzin",
 * "Spieler", "Windows") rather than a surname. */
#define BARE_NOUN_MIN_FREQ 3

/* True when the tagged person `s` of sentence [sa, ..) is one word no list
 * knows as a given name or surname that is a role noun before its body
 * ("Obmann der CSU-Fraktion"), or that the lexicon knows as a common noun
 * ("Brücke", "Kopf") or as a word often capitalised without an article
 * ("Benzin", "Spieler"; not a club's first word, "Werder") with no title
 * or noun of persons before it and no person of the text named so: a
 * thing or an office, not a person's name. */
static bool common_noun_person(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON || s->tb != s->ta + 1 || person_word(doc, s->ta)) return false;
    /* a role noun with the body it heads ("Karl-Theodor zu Guttenberg,
     * Obmann der CSU-Fraktion"; not "Werken Richters", "Emir und Darmina") */
    static const char *const of[] = {"der", "des", "von", "vom", NULL};
    if (nf_role_at(doc, s->ta, NULL, NULL) && nf_tok_in(doc, s->tb, of)) return true;
    const char *l = nf_tokl(doc, s->ta);
    if (!nf_ner_common_noun(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) &&
        (!nf_ner_noun_like(doc->engine->ner, l, BARE_NOUN_MIN_FREQ) ||
         nf_tokl_get(doc, s->ta, &doc->engine->gz.club_prefixes))) /* "Werder hat ..." */
        return false;
    if (s->ta > sa &&
        (nf_role_at(doc, s->ta - 1, NULL, NULL) || nf_class_noun(doc, s->ta - 1) == NF_ENT_PERSON))
        return false;
    return nf_person_ending_in(doc, nf_tok(doc, s->ta), doc->tok_len[s->ta]) < 0;
}

/* True when the lower-cased word w (n bytes) ends as German participles,
 * adjectives and adverbs do, and no name ("Moderiert", "Mildernd",
 * "Skeptisch", "Großartig", "Stimmlich", "Reizvoll", "Glücklicherweise"):
 * "-iert", "-end", "-isch", "-ig", "-lich", "-bar", "-sam", "-voll",
 * "-haft", "-weise", in a word of six bytes or more (given names and
 * surnames so written, "Ludwig", "Fröhlich", are the lists'; "-los" ends
 * Greek names too: "Christodoulos"). */
static bool participle_ending(const char *w, size_t n) {
    static const nf_suffix endings[] = {
        NF_SFX("iert"), NF_SFX("end"), NF_SFX("isch"), NF_SFX("ig"),   NF_SFX("lich"),
        NF_SFX("bar"),  NF_SFX("sam"), NF_SFX("voll"), NF_SFX("haft"), NF_SFX("weise")};
    return n >= 6 && nf_ends_in_one_of(w, n, endings, sizeof endings / sizeof endings[0]);
}

/* True for a participle by its form: an inseparable prefix (be-, ge-,
 * er-, ver-, ent-, zer-) and "-t", in a word of six bytes or more
 * ("beruhigt", "verärgert", "enttäuscht"); not "-dt", which ends
 * surnames so begun ("Gebhardt", "Bernhardt"). */
static bool prefixed_participle(const char *w, size_t n) {
    static const char *const prefixes[] = {"be", "ge", "er", "ver", "ent", "zer", NULL};
    if (n < 6 || w[n - 1] != 't' || w[n - 2] == 'd') return false;
    for (const char *const *p = prefixes; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return true;
    return false;
}

/* True when the n bytes of the lower-cased word `l` are a word the
 * lexicon knows in lower case with an ending of adjectives or adverbs
 * ("freies", "liberales", "öfters": "frei", "liberal", "öfter") or a
 * verb's third person ("schwindet": "schwinden"). */
static bool inflected_lower_word(const nf_doc *doc, const char *l, size_t n) {
    static const nf_suffix endings[] = {NF_SFX("es"), NF_SFX("er"), NF_SFX("en"), NF_SFX("em"),
                                        NF_SFX("e"),  NF_SFX("s"),  NF_SFX("et"), NF_SFX("t")};
    char stem[48];
    if (n < 5 || n + 2 >= sizeof stem) return false;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t m = endings[i].n;
        if (memcmp(l + n - m, endings[i].s, m) != 0) continue;
        memcpy(stem, l, n - m);
        size_t k = n - m;
        if (endings[i].s[m - 1] == 't') { /* "schwind" + "en" */
            memcpy(stem + k, "en", 2);
            k += 2;
        }
        stem[k] = '\0';
        if (k >= 3 && nf_ner_lower_word(doc->engine->ner, stem)) return true;
    }
    return false;
}

/* True when the tagged person `s` opens its sentence [sa, ..) as one word
 * capitalised for its place only: one the lexicon knows written in lower
 * case ("Keiner will ..."), or a participle or adjective by its ending
 * ("Moderiert wird das Format von ...", "Skeptisch äußerte sich ...") or
 * by its prefix and ending ("Verärgert zeigte sich ..."), or such a word
 * inflected ("Freies Land!", "Schwindet das Licht"; inflected_lower_word).  Not
 * a word the lists know as a given name or surname ("Klein sagte"), the
 * surname of a person the text names ("Kurz" after "Sebastian Kurz") or
 * an interview's turn label ("Schwarz: ..."). */
static bool capitalised_lower_word(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON || s->tb != s->ta + 1 || s->ta != sa ||
        doc->tokens[s->ta].kind != NF_TOK_WORD || person_word(doc, s->ta))
        return false;
    const char *l = nf_tokl(doc, s->ta);
    size_t n = doc->tok_llen[s->ta];
    if (!nf_ner_lower_word(doc->engine->ner, l) && !participle_ending(l, n) &&
        !prefixed_participle(l, n) && !inflected_lower_word(doc, l, n))
        return false;
    /* an interview's turn label ("Schwarz: Ich bin ...") names who speaks */
    if (nf_tok_is(doc, s->tb, ":")) return false;
    return nf_person_ending_in(doc, nf_tok(doc, s->ta), doc->tok_len[s->ta]) < 0;
}

/* True when the tagged name `s` is two words, an inflected adjective the
 * language writes in lower case and a common noun of the list ("Rote
 * Karte", "Seltenen Erden", "Spanischen Grippe", "Europäische Werte"),
 * perhaps with a complement that a word in lower case opens: a
 * concept the tagger took for a name, which the gazetteers do not know as
 * one ("Rote Kreuz", "Weiße Haus" they do) and whose noun heads no
 * organisation's name ("Junge Union"). */
static bool adjective_and_noun(const nf_doc *doc, const nf_ner_span *s) {
    static const nf_suffix endings[] = {NF_SFX("e"), NF_SFX("en"), NF_SFX("er"), NF_SFX("es"),
                                        NF_SFX("em")};
    size_t a = s->ta, n = doc->tok_llen[a];
    const nf_gazetteer *gz = &doc->engine->gz;
    bool compound = false;
    size_t whole = 0;
    /* (a complement after them too: "Historischer Meilenstein für Kärnten") */
    bool complement = s->tb > a + 3 && (doc->tokens[a + 2].flags & NF_TF_LOWER) &&
                      doc->tokens[a + 2].kind == NF_TOK_WORD;
    return (s->tb == a + 2 || complement) && doc->tokens[a].kind == NF_TOK_WORD && n >= 4 &&
           (doc->tokens[a].flags & NF_TF_CAP) &&
           nf_ends_in_one_of(nf_tokl(doc, a), n, endings, sizeof endings / sizeof endings[0]) &&
           nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, a)) &&
           nf_common_noun_listed(doc, a + 1) && !nf_org_head(doc, a + 1, &compound) &&
           !(nf_tok_phrase(doc, a, s->tb, 2, &gz->names, false, &whole) && whole == s->tb);
}

/* True when the tagged person `s` of sentence [sa, ..) is one word but a
 * given name right after a private person's noun ("warfen der Lehrerin
 * Spionage vor"): the noun's object, no name; such a noun is a title only
 * before a given name ("seine Studentin Jill"; role_person_at). */
static bool noun_after_private_role(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON || s->tb != s->ta + 1 || s->ta <= sa ||
        nf_tok_get(doc, s->ta, &doc->engine->gz.given))
        return false;
    const char *r = nf_role_at(doc, s->ta - 1, NULL, NULL);
    return r && nf_private_role(r);
}

/* How often (log2) determined_person asks the lexicon to have seen a
 * noun capitalised, mostly without an article ("die weiße Lady"). */
#define DETERMINED_NOUN_MIN_FREQ 1

/* True when the tagged name `s` of sentence [sa, ..) is one word of a
 * person right after a determiner that makes a common noun of it ("bei
 * einer Luke", "dieser Roman"; noun-determiners.txt): no one's name.
 * After a possessive or an article ("vom Bräutigam", "im Rokoko";
 * articles.txt), or a determiner or an article and words in lower case
 * ("der rechten Wade"), only a word the lexicon knows as a common one:
 * "mit seiner Talea" may be his wife; after an age only a noun of persons
 * ("der heute 19-jährige Rapper"): "der 23-jährige Müller" is a player. */
static bool determined_person(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON || s->tb != s->ta + 1 || s->ta <= sa) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t j = s->ta - 1;
    bool between = false, aged = false; /* words in lower case, an age between */
    while (j > sa && j + 3 > s->ta &&
           ((doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER)) ||
            nf_age_word_ending(doc, j) > 0) &&
           !nf_article_or_determiner(doc, j)) {
        aged |= nf_age_word_ending(doc, j) > 0;
        j--, between = true;
    }
    if (doc->tokens[j].kind != NF_TOK_WORD) return false;
    /* (a noun the lexicon has seen capitalised, mostly with no article,
     * counts here: "mit seinem Tattoo-verzierten Körper") */
    const char *l = nf_tokl(doc, s->ta);
    /* (after an age a noun of persons only: "der heute 19-jährige Rapper",
     * but "beim 14-jährigen Wise" is a name) */
    bool common = aged ? nf_person_noun_word(doc, s->ta)
                       : nf_ner_common_word(doc->engine->ner, l) ||
                             (nf_ner_noun_like(doc->engine->ner, l, DETERMINED_NOUN_MIN_FREQ) &&
                              !person_word(doc, s->ta));
    if (nf_tokl_get(doc, j, &gz->articles)) return common;
    if (!nf_tokl_get(doc, j, &gz->noun_determiners)) return false;
    static const char *const possessive[] = {"mein",  "dein", "sein", "ihr",
                                             "unser", "eure", "euer"};
    const char *d = nf_tokl(doc, j);
    for (size_t i = 0; i < sizeof possessive / sizeof possessive[0]; i++)
        if (strncmp(d, possessive[i], strlen(possessive[i])) == 0) return common;
    return !between || common;
}

/* True when the tagged person `s` of sentence [sa, ..) stands right after
 * a definite article that is no relative pronoun (none after a comma or a
 * comma and a preposition), and its first word is no given name: news put
 * no article before a person's name ("die Copa America", "der Kaufmann",
 * "mit der Barbie", "die Poxrucker Sisters"), so it names a thing, a group
 * or a title. */
static bool article_before_person(const nf_doc *doc, const nf_ner_span *s, size_t sa) {
    static const char *const articles[] = {"der", "die", "das", "dem", "den", "des", NULL};
    if (s->type != NF_ENT_PERSON || s->ta <= sa) return false;
    size_t j = s->ta - 1;
    if (!nf_tok_in(doc, j, articles) || (j > sa && nf_tok_is(doc, j - 1, ","))) return false;
    /* (nor after a preposition after a comma: ", in dem Brown singt") */
    if (j > sa + 1 && nf_tok_is(doc, j - 2, ",") && (doc->tokens[j - 1].flags & NF_TF_LOWER))
        return false;
    return !nf_tok_get(doc, s->ta, &doc->engine->gz.given);
}

/* The lowest confidence with which a tagged organisation or person
 * replaces two or more rule-made names that cover all its words ("Bayer
 * Leverkusen" over the company and the city, "THW Kiel", "Donna Leon" over
 * two places); never a place ("Darmstadt/Berlin" stays two). */
#define TAGGED_JOINED_NAMES 0.9f

/* Finds the names a tagged span [ta, tb) may replace: every mention
 * overlapping it lies inside it, is a name, and together they leave a word
 * of the span uncovered, or are two or more when `joined`.  Sets *first
 * and *count to their run in doc->mentions; false when there are none, or
 * one is not like that. */
static bool inner_names(const nf_doc *doc, size_t ta, size_t tb, bool joined, size_t *first,
                        size_t *count) {
    size_t n = 0, words = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= tb) break;
        if (m->tb <= ta) continue;
        if (m->ta < ta || m->tb > tb || m->kind != NF_MK_NAME) return false;
        if (!n) *first = i;
        n++, words += m->tb - m->ta;
    }
    *count = n;
    return n > 0 && (words < tb - ta || (joined && n > 1));
}

/* True when a word of [ta, tb) outside [ia, ib) passes `test`. */
static bool extra_word(const nf_doc *doc, size_t ta, size_t tb, size_t ia, size_t ib,
                       bool (*test)(const nf_doc *, size_t)) {
    for (size_t k = ta; k < tb; k++)
        if ((k < ia || k >= ib) && doc->tokens[k].kind == NF_TOK_WORD && test(doc, k)) return true;
    return false;
}

/* True when tokens [ta, tb) hold words outside [ia, ib) and `test` holds
 * for every one of them: the tagged name is the inner one and nothing
 * but such words ("SPÖ Zweifel", "Skandal VW"; not "BBC World Service",
 * whose "World" is a name's word). */
static bool only_extra_words(const nf_doc *doc, size_t ta, size_t tb, size_t ia, size_t ib,
                             bool (*test)(const nf_doc *, size_t)) {
    size_t n = 0;
    for (size_t k = ta; k < tb; k++) {
        if ((k >= ia && k < ib) || doc->tokens[k].kind != NF_TOK_WORD) continue;
        if (!test(doc, k)) return false;
        n++;
    }
    return n > 0;
}

/* True for a word in lower case ("und", "de"). */
static bool lower_word(const nf_doc *doc, size_t k) {
    return !(doc->tokens[k].flags & NF_TF_CAP);
}

/* True for a word ending in an organisation's head noun ("Verlag"). */
static bool head_word(const nf_doc *doc, size_t k) {
    bool compound;
    return nf_org_head(doc, k, &compound);
}

/* True when the word at token k is a plural in "-e", "-n" or "-en" of a
 * noun the list of common nouns has, both forms listed ("Getränke",
 * "Maßnahmen", "Zahlen"): plurals name no products or programmes, as
 * the singulars after a company's name may ("LG Display", "Ebay Plus"). */
static bool listed_plural(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    const nf_lexicon *nouns = &doc->engine->gz.common_nouns;
    if (n < 4 || !nf_common_noun_listed(doc, k) || person_word(doc, k)) return false;
    if (n > 4 && memcmp(w + n - 2, "en", 2) == 0 && nf_lexicon_find(nouns, w, n - 2)) return true;
    return (w[n - 1] == 'e' || w[n - 1] == 'n') && nf_lexicon_find(nouns, w, n - 1);
}

/* True for a common noun or a compound of one that is no organisation's
 * head ("Coverversionen" in "auf Youtube Coverversionen"), or a word that
 * describes a company ("Zweifel" in "in der SPÖ Zweifel laut",
 * "Getränke" in "in der SVP Getränke bezahlt", "Online-Händler" before
 * "Amazon"); not an acronym or a word with a capital inside ("SPD",
 * "GmbH"), which the lexicon may know after articles, nor a city's
 * adjective, which names papers ("Berliner Kurier"). */
static bool noun_beside_name(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    for (uint32_t i = t->a + 1; i < t->b; i++)
        if (doc->text.cls[i] == NF_C_UPPER) return false;
    if (nf_city_adjective_at(doc, k)) return false; /* "Berliner Kurier" */
    /* (a long compound no name covers and no adjective: not
     * "Burgenland", "Demokratische", "Sealand", "Plattform") */
    bool compound = doc->tok_llen[k] >= 10 && nf_noun_compound(doc, k) &&
                    !nf_mention_over(doc, k) &&
                    !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k));
    return ((nf_plain_noun(doc, k) || listed_plural(doc, k) || compound) && !head_word(doc, k)) ||
           nf_describes_company(doc, k);
}

/* True for a word the lists know as a given name or surname ("Martin"). */
static bool person_word(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    return nf_lexicon_find(&gz->given, w, n) || nf_lexicon_find(&gz->surnames, w, n);
}

/* True when the one-word company `m` ends the person's name `s` after
 * words of it that no lexicon knows, no other mention holds and that
 * are not a company's words ("Harrison Ford", "Keisuke Honda"; not
 * "Konzernchef Ford"): a surname that is also a company's name. */
static bool surname_of_a_company(const nf_doc *doc, const nf_mention *m, const nf_ner_span *s) {
    if (m->tb != s->tb || m->tb != m->ta + 1 || m->ta <= s->ta) return false;
    /* (nor after an adjective written capitalised, a heading's end run
     * into the text: "Kleiner Rabatt Gazprom seinerseits ist bereit") */
    size_t p = s->ta - 1;
    if (s->ta > 0 && doc->tokens[p].kind == NF_TOK_WORD && (doc->tokens[p].flags & NF_TF_CAP) &&
        nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, p)))
        return false;
    for (size_t k = s->ta; k < m->ta; k++)
        if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
            nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k)) ||
            nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, k), 0) || nf_mention_over(doc, k))
            return false;
    return true;
}

/* True when the tagged name `s` is two words or more and a club's word
 * ends it (lang/de/entities/club-words.txt: "West Ham United", "Queens
 * Park Rangers"): no person's or place's name ends so.  Not the words
 * that end places' names as well ("Canning Town", "die Londoner City",
 * "Orange County"). */
static bool club_word_ends(const nf_doc *doc, const nf_ner_span *s) {
    static const char *const places[] = {"city", "town", "county", NULL};
    size_t last = s->tb - 1;
    return s->tb >= s->ta + 2 && (doc->tokens[last].flags & NF_TF_CAP) &&
           nf_tok_find(doc, last, &doc->engine->gz.club_words) && !nf_tok_in(doc, last, places);
}

/* Types a tagged name by its last word: one that a club's word ends as an
 * organisation, whatever the tagger took it for; and a place whose last
 * word ends in a noun of buildings ("Innsbrucker Olympiahalle", "Salzburgarena",
 * "Allianz Arena") as a place with no government (loc), no town. */
static void type_by_last_word(const nf_doc *doc, nf_ner_span *s) {
    static const char *const buildings[] = {"halle",     "arena",   "stadion",
                                            "flughafen", "bahnhof", NULL};
    if (club_word_ends(doc, s)) s->type = NF_ENT_ORG;
    /* (the noun as the whole word only in a name of two words or more:
     * "Halle" alone is the town) */
    if (s->type == NF_ENT_GPE &&
        nf_tokl_ends_in(doc, s->tb - 1, buildings, s->tb >= s->ta + 2 ? 0 : 1))
        s->type = NF_ENT_LOC;
}

/* True when token k is an English head word of places (english-heads.txt
 * kind "place": "Island", "Road"). */
static bool english_place_head(const nf_doc *doc, size_t k) {
    const nf_lexicon *heads = &doc->engine->gz.english_heads;
    const nf_lex_entry *h = (doc->tokens[k].flags & NF_TF_CAP) ? nf_tokl_get(doc, k, heads) : NULL;
    return h && strncmp(nf_lex_val(heads, h), "place", 5) == 0;
}

/* True when the tagged name `s` is an English name of a place: an English
 * head word of places ends it, and no word before it is a German compound
 * with a hyphen ("EU-Beitritt Islands" is Iceland's accession). */
static bool english_name_of_place(const nf_doc *doc, const nf_ner_span *s) {
    if (s->tb < s->ta + 2 || !english_place_head(doc, s->tb - 1)) return false;
    for (size_t k = s->ta; k + 1 < s->tb; k++)
        if (memchr(nf_tok(doc, k), '-', doc->tok_len[k])) return false;
    return true;
}

/* True when name mention m of entity e ends in the genitive of the
 * entity's name or label: its last word that word and "s" ("Apples" of
 * Apple). */
static bool genitive_of_name(const nf_doc *doc, const nf_mention *m, const nf_entity *e) {
    const char *w = nf_tok(doc, m->tb - 1);
    size_t n = doc->tok_len[m->tb - 1];
    if (n < 3 || w[n - 1] != 's') return false;
    for (int i = 0; i < 2; i++) {
        const char *name = i ? e->canonical : e->name;
        size_t len = name ? strlen(name) : 0;
        if (len >= n - 1 && memcmp(name + len - (n - 1), w, n - 1) == 0 &&
            (len == n - 1 || name[len - n] == ' '))
            return true;
    }
    return false;
}

/* True when the inner name `m` may give way to the tagged name `s` around
 * it: a place inside an organisation ("Borussia Dortmund"); an
 * organisation inside a longer one of capitalised words ("Bayer
 * Leverkusen", "NATO Response Force"; not a known one beside another after
 * a slash, "APA/Reuters"); a person inside an organisation
 * with a head noun ("Verlag Paul Haupt"); an unlinked person inside a
 * person ("Volkbert Keßler"); a company as a person's surname (see
 * surname_of_a_company); a place that is also a person's name inside a
 * person ("Martin Stoll"). */
static bool gives_way(const nf_doc *doc, const nf_mention *m, const nf_ner_span *s) {
    const nf_entity *e = &doc->entities[m->entity];
    if (s->type == NF_ENT_ORG) {
        /* "APA/Reuters": a known organisation beside another after a
         * slash is one of two, no part of one */
        if (e->canonical)
            for (size_t k = s->ta; k < s->tb; k++)
                if (nf_tok_is(doc, k, "/") && (k + 1 == m->ta || k == m->tb)) return false;
        if (nf_place_type(e->type)) return true;
        /* (an organisation in the genitive before a noun owns it: "von
         * Apples Spotify-Konkurrent") */
        if (e->type == NF_ENT_ORG && m->tb < s->tb && genitive_of_name(doc, m, e)) return false;
        if (e->type == NF_ENT_ORG)
            return !extra_word(doc, s->ta, s->tb, m->ta, m->tb, lower_word) &&
                   !only_extra_words(doc, s->ta, s->tb, m->ta, m->tb, noun_beside_name);
        /* (an unlinked person inside a club's name: "West Ham United") */
        if (e->type == NF_ENT_PERSON && !e->canonical && club_word_ends(doc, s)) return true;
        return extra_word(doc, s->ta, s->tb, m->ta, m->tb, head_word);
    }
    /* (a place inside a place an English head word ends: "Lady Elliot
     * Island" holds no Iceland, "Heron Islands" none either) */
    if (nf_place_type(s->type) && nf_place_type(e->type) && english_name_of_place(doc, s))
        return true;
    if (s->type != NF_ENT_PERSON) return false;
    if (e->type == NF_ENT_PERSON) return !e->canonical;
    if (e->type == NF_ENT_ORG && nf_actor_sector(e->actor, "BUS"))
        return surname_of_a_company(doc, m, s);
    return nf_place_type(e->type) && m->tb == m->ta + 1 && person_word(doc, m->ta);
}

/* True when entity `ent` has a mention outside the run [first, first+n). */
static bool other_mentions(const nf_doc *doc, uint32_t ent, size_t first, size_t n) {
    for (size_t i = 0; i < doc->nmentions; i++)
        if ((i < first || i >= first + n) && doc->mentions[i].entity == ent) return true;
    return false;
}

/* Replaces the `n` mentions from `first` with the name [ta, tb) of `type`
 * around them.  A single inner name's entity keeps it when it is of the same
 * kind and unlinked ("Volkbert Keßler" for a person known as "Keßler"), or
 * linked and only a legal form or the like follows ("Google Inc."); an
 * entity named only there becomes the new one, cleared (so no entity is left
 * without mentions); else the name is a new entity.  Returns false when
 * memory runs out. */
static bool widen(nf_doc *doc, size_t first, size_t n, size_t ta, size_t tb, uint8_t type,
                  bool keep_link) {
    uint32_t old = doc->mentions[first].entity;
    const nf_entity *oe = &doc->entities[old];
    bool same = n == 1 && (oe->type == type || (nf_place_type(oe->type) && nf_place_type(type))) &&
                (!oe->canonical || keep_link);
    bool reuse = same || (n == 1 && !other_mentions(doc, old, first, n));
    memmove(&doc->mentions[first], &doc->mentions[first + n],
            (doc->nmentions - first - n) * sizeof *doc->mentions);
    doc->nmentions -= n;
    int32_t ent;
    if (reuse && !same) {
        /* the inner name's entity is left without mentions (dropped at the
         * stage's end) where the wider name is one named before ("Sony
         * Music" twice, "Sony" linked inside each) or, for a person,
         * someone's whose name ends in it */
        const char *name = nf_tokens_text(doc, ta, tb);
        size_t nl = name ? strlen(name) : 0;
        int32_t named = name ? entity_named_as(doc, name, nl, ta, tb, type) : -1;
        if (named < 0 && name && type == NF_ENT_PERSON)
            named = person_by_tail(doc, ta, tb, name, nl);
        if (named >= 0 && (uint32_t)named != old) {
            ent = named;
            return nf_mention_add(doc, ta, tb, ent, NF_MK_NAME);
        }
    }
    if (reuse) {
        if (!same) {
            memset(&doc->entities[old], 0, sizeof doc->entities[old]);
            doc->entities[old].type = type;
        }
        ent = (int32_t)old;
    } else {
        ent = nf_entity_of(doc, ta, tb, type);
    }
    return ent >= 0 && nf_mention_add(doc, ta, tb, ent, NF_MK_NAME);
}

/* True when the words of [ta, tb) outside [ia, ib) are legal forms or
 * punctuation only ("Google Inc.", "Deutsche Bank AG"): the name is still
 * the linked one. */
static bool only_legal_form(const nf_doc *doc, size_t ta, size_t tb, size_t ia, size_t ib) {
    const nf_gazetteer *gz = &doc->engine->gz;
    for (size_t k = ta; k < tb; k++) {
        if (k >= ia && k < ib) continue;
        if (doc->tokens[k].kind == NF_TOK_PUNCT) continue;
        const nf_lex_entry *e = nf_tok_get(doc, k, &gz->words);
        if (!e || !(e->num & NF_GW_SUFFIX)) return false;
    }
    return true;
}

/* The most parts a list of names the tagger joined is split into. */
#define TAGGED_MAX_PARTS 16

/* The commas (into cut, at most TAGGED_MAX_PARTS - 1; their count
 * returned) that stand between two of the `n` name mentions from `first`:
 * the tagger joined a list ("Apple, Google", "SPD, Grünen"), not one name
 * where there is one; a name with commas of its own ("Gerkan, Marg und
 * Partner") holds no names the rules found on both sides. */
static size_t list_commas(const nf_doc *doc, size_t first, size_t n, size_t *cut) {
    size_t ncut = 0;
    for (size_t i = first; i + 1 < first + n && ncut + 1 < TAGGED_MAX_PARTS; i++)
        for (size_t k = doc->mentions[i].tb; k < doc->mentions[i + 1].ta; k++)
            if (nf_tok_is(doc, k, ",")) {
                cut[ncut++] = k;
                break;
            }
    return ncut;
}

/* The joints (into cut, as list_commas) of a list the tagger joined
 * behind the one name the rules found at its start: "Boeing, Hughes
 * Network Systems oder Alcatel Alenia Space".  The name ends at a comma
 * and an "und" or "oder" closes the list; each part begins with a
 * capitalised word.  0 when the span is no such list (a name with a
 * comma and no closing joint is an apposition: "Microsoft, Redmond"). */
static size_t list_after_name(const nf_doc *doc, const nf_ner_span *s, const nf_mention *m,
                              size_t *cut) {
    const nf_entity *e = &doc->entities[m->entity];
    if (m->ta != s->ta || e->type != s->type || !nf_tok_is(doc, m->tb, ",")) return 0;
    size_t ncut = 0;
    bool closed = false;
    for (size_t k = m->tb; k < s->tb && ncut + 1 < TAGGED_MAX_PARTS; k++) {
        int joint = list_joint(doc, k);
        if (!joint) continue;
        if (closed || k + 1 >= s->tb || !(doc->tokens[k + 1].flags & NF_TF_CAP) ||
            nf_tok_is(doc, k - 1, ","))
            return 0;
        closed = joint == 2;
        cut[ncut++] = k;
    }
    return closed ? ncut : 0;
}

static bool replace_inner(nf_doc *doc, const nf_ner_span *s);

/* Takes each part of tagged span `s` between the `ncut` commas in `cut`
 * (see list_commas; cut has room for one more) as a name of its own:
 * widened over its inner name where that gives way ("FC Valencia, Bayer
 * Leverkusen"), a new name where the rules found none.  Returns false when
 * memory runs out. */
static bool replace_parts(nf_doc *doc, const nf_ner_span *s, size_t *cut, size_t ncut) {
    cut[ncut++] = s->tb;
    size_t pa = s->ta;
    for (size_t c = 0; c < ncut; pa = cut[c++] + 1) {
        nf_ner_span part = *s;
        part.ta = pa, part.tb = cut[c];
        if (part.tb <= part.ta) continue;
        if (covered(doc, part.ta, part.tb)) {
            if (!replace_inner(doc, &part)) return false;
            continue;
        }
        int32_t ent = nf_entity_of(doc, part.ta, part.tb, part.type);
        if (ent < 0 || !nf_mention_add(doc, part.ta, part.tb, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* The slash inside the tagged person's name `s` that joins two persons,
 * a pair of a doubles match or a team ("Jamie Murray/John Peers",
 * "Petsos/Grahovac"): a "/" with no space around it and a capitalised
 * word on both sides; 0 when there is none (or more than one). */
static size_t person_pair_slash(const nf_doc *doc, const nf_ner_span *s) {
    if (s->type != NF_ENT_PERSON) return 0;
    size_t slash = 0;
    for (size_t k = s->ta + 1; k + 1 < s->tb; k++) {
        if (!nf_tok_is(doc, k, "/")) continue;
        if (slash || (doc->tokens[k].flags & NF_TF_SPACE_BEFORE) ||
            (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) ||
            !(doc->tokens[k - 1].flags & NF_TF_CAP) || !(doc->tokens[k + 1].flags & NF_TF_CAP))
            return 0;
        slash = k;
    }
    /* (a name the rules found in a part is a person's, else the parts
     * are no pair: "Jung von Matt/Donau", an agency by a river) */
    for (size_t i = nf_mention_first_at(doc, s->ta); slash && i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= s->tb) break;
        if (doc->entities[m->entity].type != NF_ENT_PERSON || m->tb > s->tb) return 0;
    }
    return slash;
}

/* Adds tokens [a, b) as a person's name mention, in place of the names
 * the rules found inside (a surname alone: "Jamie Murray" is no Andy
 * Murray named before); false when memory runs out. */
static bool add_person(nf_doc *doc, size_t a, size_t b) {
    nf_mentions_drop_inside(doc, a, b);
    int32_t ent = nf_entity_of(doc, a, b, NF_ENT_PERSON);
    return ent >= 0 && nf_mention_add(doc, a, b, ent, NF_MK_NAME);
}

/* Replaces the rule-made names inside a confident tagged name when they
 * are parts of it (see gives_way); splits a joined list of names at its
 * commas (see list_commas).  Returns false when memory runs out. */
static bool replace_inner(nf_doc *doc, const nf_ner_span *s) {
    size_t first = 0, n;
    bool joined = s->type != NF_ENT_GPE && s->score >= TAGGED_JOINED_NAMES;
    if (s->score < TAGGED_WIDER_NAME || !inner_names(doc, s->ta, s->tb, joined, &first, &n) ||
        (n > 1 && s->type != NF_ENT_ORG && !joined))
        return true;
    size_t cut[TAGGED_MAX_PARTS];
    size_t ncut = n > 1 ? list_commas(doc, first, n, cut)
                        : list_after_name(doc, s, &doc->mentions[first], cut);
    if (ncut) return replace_parts(doc, s, cut, ncut);
    for (size_t i = first; i < first + n; i++)
        if (!gives_way(doc, &doc->mentions[i], s)) return true;
    const nf_mention *m = &doc->mentions[first];
    bool keep = n == 1 && only_legal_form(doc, s->ta, s->tb, m->ta, m->tb);
    return widen(doc, first, n, s->ta, s->tb, s->type, keep);
}

/* True when token k may be a word of a name set off after a classifying
 * noun: capitalised, whole (no "Pseudo-"), covered by no mention, no
 * sentence starter, month or word before a year ("Anfang 1991"), and no
 * word the tagger's lexicon knows as a common one. */
static bool apposed_name_word(const nf_doc *doc, size_t k) {
    const nf_langpack *lp = doc->pack;
    return doc->tokens[k].kind == NF_TOK_WORD &&
           (doc->tokens[k].flags & (NF_TF_CAP | NF_TF_TRUNC)) == NF_TF_CAP &&
           !covered(doc, k, k + 1) && !nf_tok_find(doc, k, &lp->sentence_starters) &&
           !nf_tok_find(doc, k, &lp->year_nouns) && !nf_tok_find(doc, k, &lp->months) &&
           !nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k));
}

/* The most words of a name set off after a classifying noun. */
#define APPOSED_NAME_WORDS 3

/* The end of a name set off from token k, up to APPOSED_NAME_WORDS words
 * that apposed_name_word takes, before sentence end sb; 0 when a
 * capitalised word follows them, so that where the name ends is unclear
 * ("Air One", "Preußen Münster"), or a foreign name's connector and a
 * capitalised word ("Women on Twenties", "Casa de Campo"). */
static size_t apposed_name_end(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const connectors[] = {"of", "on",  "for", "the", "and",
                                             "de", "del", "la",  "du",  NULL};
    size_t e = k;
    while (e < sb && e < k + APPOSED_NAME_WORDS && apposed_name_word(doc, e)) e++;
    if (e < sb && doc->tokens[e].kind == NF_TOK_WORD && (doc->tokens[e].flags & NF_TF_CAP))
        return 0;
    if (e + 1 < sb && nf_tok_in(doc, e, connectors) && doc->tokens[e + 1].kind == NF_TOK_WORD &&
        (doc->tokens[e + 1].flags & NF_TF_CAP))
        return 0;
    return e;
}

/* True when token k is a determiner of the dative or the accusative
 * ("dem", "den", "einem", "seinem", "ihren"): a noun after it is an
 * object, and a word after that noun may be the verb's other object ("warf
 * dem Musiker Gewalt vor", "seinem Bruder Sorgenfalten"). */
static bool object_determiner(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (!nf_tokl_get(doc, k, &doc->engine->gz.noun_determiners) &&
        !nf_tokl_get(doc, k, &doc->engine->gz.articles))
        return false;
    return n >= 3 && (w[n - 1] == 'm' || (w[n - 1] == 'n' && w[n - 2] == 'e'));
}

/* True when the word at token q is a double name joined by hyphens:
 * each part after a hyphen capitalised, the first and the last no common
 * word, also inflected, and one of them known as a name ("Adidas-Salomon",
 * "Müller-Westernhagen"; not "PKK-Kämpfern", "US-Konzern",
 * "Quanten-Ferrofluide"). */
static bool hyphenated_name(const nf_doc *doc, size_t q) {
    const char *w = nf_tok(doc, q), *l = nf_tokl(doc, q);
    size_t n = doc->tok_len[q], ln = doc->tok_llen[q];
    const char *first = memchr(w, '-', n);
    if (!first || first == w) return false;
    for (const char *h = first; h; h = memchr(h + 1, '-', n - (size_t)(h + 1 - w))) {
        unsigned char c = (unsigned char)h[1];
        unsigned char c2 = h + 2 < w + n ? (unsigned char)h[2] : 0;
        bool upper =
            (c >= 'A' && c <= 'Z') || (c == 0xC3 && (c2 == 0x84 || c2 == 0x96 || c2 == 0x9C));
        if (h + 1 >= w + n || !upper) return false;
    }
    const char *tail = l + ln;
    while (tail > l && tail[-1] != '-') tail--;
    size_t tn = ln - (size_t)(tail - l);
    const char *dash = memchr(l, '-', ln);
    size_t fn = dash ? (size_t)(dash - l) : 0;
    char part[64];
    if (tn < 3 || fn < 2 || fn >= sizeof part || tn >= sizeof part) return false;
    memcpy(part, l, fn);
    part[fn] = '\0';
    const nf_ner_model *ner = doc->engine->ner;
    if (nf_ner_common_word(ner, part) || inflected_common_noun(doc, part, fn) ||
        nf_ner_common_word(ner, tail) || inflected_common_noun(doc, tail, tn))
        return false;
    /* one part known as a name: no compound of unknown words
     * ("Quanten-Ferrofluide") */
    const nf_gazetteer *gz = &doc->engine->gz;
    size_t wf = (size_t)(first - w), wt = n;
    while (wt > 0 && w[wt - 1] != '-') wt--;
    if (!nf_ner_name_without_article(ner, part, 0) && !nf_ner_name_without_article(ner, tail, 0) &&
        !nf_lexicon_find(&gz->given, w, wf) && !nf_lexicon_find(&gz->surnames, w, wf) &&
        !nf_lexicon_find(&gz->given, w + wt, n - wt) &&
        !nf_lexicon_find(&gz->surnames, w + wt, n - wt))
        return false;
    /* a plural in "-e" of a noun the lexicon knows ("Gewinne") */
    memcpy(part, tail, tn - 1);
    part[tn - 1] = '\0';
    return !(tail[tn - 1] == 'e' && nf_ner_common_noun(ner, part, 0));
}

/* How often (log2) the tagger's text must have written a word
 * capitalised in the middle of sentences, as nouns are, for it to be a
 * place noun's object rather than a place's name ("in der Region
 * Projekte"). */
#define PLACE_OBJECT_MIN_FREQ 3

/* True when token q, in a name after a noun that classifies it as of
 * `kind`, is no word of such a name: for an organisation a noun the lexicon
 * knows, also inflected, or a person's title ("der Wolfsburger Konzern
 * Verstößen gegen ...", "das Studio DontNod Spieler ins London"); for a
 * person any word the lexicon has seen but a capitalised one it has seen
 * once ("das Nachrichtenportal EurActiv", "der Blogger Zarganar"), a
 * compound, a nation's member or
 * a noun of a kind ("warf dem Musiker Gewalt vor", "sein Bruder
 * PKK-Kämpfern", "der Vater Bosnier"), but a double name is one
 * ("Müller-Westernhagen", "Adidas-Salomon": hyphenated_name); for a
 * place a common noun of the list that the lexicon has seen more than
 * once, or any it has seen as a common noun often, and the gazetteers
 * know as no place: the noun's object ("die in dem Ort Stellung bezogen
 * hatten", "brannten in der Hauptstadt Reifen", "unterstützt in der
 * Region Projekte"; a rare one is as often a small town's name: "am
 * Grenzübergang Spielfeld"). */
static bool no_apposed_name_word(const nf_doc *doc, size_t q, int kind) {
    const nf_ner_model *ner = doc->engine->ner;
    const char *l = nf_tokl(doc, q);
    size_t n = doc->tok_llen[q];
    if (kind == NF_ENT_ORG)
        return nf_ner_common_noun(ner, l, 1) || nf_ner_noun_like(ner, l, BARE_NOUN_MIN_FREQ) ||
               inflected_common_noun(doc, l, n) || nf_class_noun(doc, q) == NF_ENT_PERSON ||
               nf_role_at(doc, q, NULL, NULL);
    if (kind == NF_ENT_PERSON && hyphenated_name(doc, q)) return false;
    if (kind == NF_ENT_PERSON)
        return nf_ner_noun_like(ner, l, 1) || nf_ner_common_word(ner, l) ||
               nf_noun_compound(doc, q) || inflected_common_noun(doc, l, n) ||
               nf_abstract_noun(doc, q) || nf_class_noun(doc, q) >= 0 ||
               nf_role_at(doc, q, NULL, NULL) || nf_tok_get(doc, q, &doc->engine->gz.demonyms) ||
               memchr(l, '-', n);
    return kind == NF_ENT_GPE &&
           ((nf_common_noun_listed(doc, q) && nf_ner_noun_like(ner, l, 1)) ||
            nf_ner_noun_like(ner, l, PLACE_OBJECT_MIN_FREQ)) &&
           !place_word(doc, q);
}

/* Adds the names set off after a noun that classifies them (see
 * nf_class_noun) that neither the rules nor the tagger found: up to three
 * capitalised words no mention covers and the lexicon does not know as
 * common words, and no capitalised word right after them ("die Stadt
 * Gedern", "der Flughafen Ferihegy", "der Insel Utøya").  Nouns of persons
 * and organisations often take an object there as well ("seinem Bruder
 * Schwierigkeiten", "der Konzern Milliarden"): a person's name only of
 * words no lexicon knows (nor lists as common nouns: "sollen Polizisten
 * Knüppel eingesetzt haben") and not after a determiner of the dative or
 * the accusative ("der Sänger Dulmatin"), an organisation's after a nation's
 * or a city's adjective, which makes its noun a description of the name
 * ("die Turiner Zeitung Tuttosport"), or else of words no lexicon knows,
 * as a person's, and not after such a determiner ("die Hilfsorganisation
 * Vie Active"), and no word of either that no_apposed_name_word rules
 * out.  Returns false when memory runs out. */
static bool names_after_class_nouns(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        const nf_token *a = &doc->tokens[k], *b = &doc->tokens[k + 1];
        if (a->kind != NF_TOK_WORD || !(a->flags & NF_TF_CAP) || b->kind != NF_TOK_WORD ||
            !(b->flags & NF_TF_CAP))
            continue; /* the cheap tests first: this runs over every word */
        int kind = nf_class_noun(doc, k);
        bool object = k > sa && object_determiner(doc, k - 1);
        if (kind == NF_ENT_PERSON && object) continue;
        /* (an organisation's name also of words no lexicon knows, as a
         * person's: "das Unternehmen Qasar") */
        bool described = kind == NF_ENT_ORG && k > sa &&
                         (nf_adjective_at(doc, k - 1) || nf_city_adjective_at(doc, k - 1));
        if (kind != NF_ENT_GPE && kind != NF_ENT_PERSON && !(kind == NF_ENT_ORG && !object))
            continue;
        if (!apposed_name_word(doc, k + 1) || covered(doc, k, k + 1)) continue;
        size_t e = apposed_name_end(doc, k + 1, sb);
        if (!e) continue;
        /* (after a plural, the first of a list: "die Städte Napier und
         * Hastings") */
        if (kind == NF_ENT_GPE && nf_plural_class_noun(doc, k) &&
            !(e < sb &&
              (nf_tok_is(doc, e, "und") || nf_tok_is(doc, e, ",") || nf_tok_is(doc, e, "oder"))))
            continue;
        bool nouns = false;
        for (size_t q = k + 1; q < e && !nouns; q++)
            nouns =
                no_apposed_name_word(doc, q, kind) ||
                (kind == NF_ENT_PERSON && nf_common_noun_listed(doc, q)) ||
                (kind == NF_ENT_ORG && !described && no_apposed_name_word(doc, q, NF_ENT_PERSON));
        if (nouns) continue;
        int32_t ent = nf_entity_of(doc, k + 1, e, (uint8_t)nf_class_noun_type(doc, k));
        if (ent < 0 || !nf_mention_add(doc, k + 1, e, ent, NF_MK_NAME)) return false;
        k = e - 1;
    }
    return true;
}

/* True when the parts of the hyphenated word at token k before its last
 * (w, the n bytes before the last hyphen) are a person's names: two or
 * more, the first a given name the lists know, each capitalised and
 * written in lower case after it, no word of the language and no acronym
 * ("Wilhelm-Tietjen", "Max-Weber"; not "Berlusconi", "Virtual-Reality",
 * "Neonazi"). */
static bool name_parts(const nf_doc *doc, const char *w, size_t n) {
    const char *first = memchr(w, '-', n);
    if (!first || !nf_lexicon_find(&doc->engine->gz.given, w, (size_t)(first - w))) return false;
    for (size_t a = 0; a < n;) {
        size_t b = a;
        while (b < n && w[b] != '-') b++;
        size_t len = b - a;
        if (len < 2 || w[a] < 'A' || w[a] > 'Z' || w[a + 1] < 'a' || w[a + 1] > 'z' ||
            nf_language_word(doc, w + a, len))
            return false;
        a = b + 1;
    }
    return true;
}

/* Adds the organisations named after a person by one hyphenated word: a
 * person's names joined to a head noun of organisations' names
 * (org-heads.txt) that the tagger and the lists missed ("die
 * Wilhelm-Tietjen-Stiftung", "das Albert-Schweitzer-Gymnasium"; not
 * "die EU-Kommission", "der Berlusconi-Club", "die Autopilot-Software":
 * a compound with a name or a word is as often a description).  Returns
 * false when memory runs out. */
static bool hyphenated_institutions(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k < sb; k++) {
        const nf_token *t = &doc->tokens[k];
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || doc->tok_len[k] < 8)
            continue; /* the cheap tests first: this runs over every word */
        const char *w = nf_tok(doc, k);
        size_t n = doc->tok_len[k];
        const char *last = w + n;
        while (last > w && last[-1] != '-') last--;
        bool compound;
        if (last == w || last - w < 3 || *last < 'A' || *last > 'Z' ||
            !nf_org_head(doc, k, &compound) || covered(doc, k, k + 1) ||
            !name_parts(doc, w, (size_t)(last - w) - 1))
            continue;
        int32_t ent = nf_entity_of(doc, k, k + 1, NF_ENT_ORG);
        if (ent < 0 || !nf_mention_add(doc, k, k + 1, ent, NF_MK_NAME)) return false;
    }
    return true;
}

/* True when token k is a particle of a name, alone or joined to the
 * name by a hyphen ("bin", "al-Hija"). */
static bool particle_word(const nf_doc *doc, size_t k) {
    return nf_tokl_get(doc, k, &doc->engine->gz.name_particles) || nf_hyphened_particle(doc, k);
}

/* True when the one capitalised word at token k, which no list knows,
 * reads like a surname where a nation's member's noun stands before it
 * ("der Norweger Hansen gewann", "der Kanadier Holst, der ..."; not after
 * one that is an adjective too, "der Schweizer Bankier"): the
 * tagger's training text never wrote it like a noun, it is no compound of
 * a noun ("Rennstall") nor an abstract noun, and no capitalised word
 * follows it that a noun phrase would go on with. */
static bool surname_like(const nf_doc *doc, size_t k, size_t sb) {
    if (k + 1 < sb && doc->tokens[k + 1].kind == NF_TOK_WORD &&
        (doc->tokens[k + 1].flags & NF_TF_CAP))
        return false;
    const char *l = nf_tokl(doc, k);
    return doc->tok_llen[k] >= 3 && !memchr(l, '-', doc->tok_llen[k]) &&
           !nf_ner_noun_like(doc->engine->ner, l, 0) && !nf_noun_compound(doc, k) &&
           !nf_abstract_noun(doc, k) && !nf_common_noun_listed(doc, k);
}

/* Adds the persons set off after a nation's member in the singular
 * ("die Amerikanerin Timea Bacsinszky", "der Franzose Jean Lemaire"): up
 * to three words as after a classifying noun (apposed_name_word), none
 * capitalised right after them, one alone only a listed name ("gegen den
 * Spanier Nadal"); the person is of
 * that nation where nothing else gave it a country, as is one the tagger
 * or the rules found there.  Returns false when memory runs out. */
static bool names_after_demonyms(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa + 1; k + 1 < sb; k++) {
        if (doc->tokens[k + 1].kind != NF_TOK_WORD || !(doc->tokens[k + 1].flags & NF_TF_CAP))
            continue; /* the cheap test first: this runs over every word */
        const char *iso = demonym_noun(doc, k);
        if (!iso) continue;
        size_t first = nf_mention_first_at(doc, k + 1);
        int32_t ent = -1;
        if (first < doc->nmentions && doc->mentions[first].ta == k + 1) {
            ent = (int32_t)doc->mentions[first].entity;
        } else if (apposed_name_word(doc, k + 1) && nf_class_noun(doc, k + 1) < 0 &&
                   !nf_role_at(doc, k + 1, NULL, NULL) && !head_word(doc, k + 1)) {
            /* not a description: "der Schweizer Versicherung Swiss Life" */
            size_t e = apposed_name_end(doc, k + 1, sb);
            if (!e) continue;
            /* one word and the initial of a surname ("der Franzose Brahim
             * A.", as the news shortens a suspect's name): a name */
            if (e == k + 2 && e < sb && doc->tokens[e].kind == NF_TOK_ABBREV &&
                doc->tok_len[e] == 2 && nf_initial_at(doc, e))
                e++;
            /* one word alone only where the lists know it as a name, or
             * it reads like a surname, and no other abbreviation or a
             * particle of the name follows ("Abu al-Hija"): a compound
             * noun no list knows is as likely ("den Schweizer Rennstall",
             * "der Bosnier Unterschiede"), and the tagger finds the rest */
            else if (e == k + 2 &&
                     (!(person_word(doc, k + 1) ||
                        (!nf_city_adjective_at(doc, k) && surname_like(doc, k + 1, sb))) ||
                      (e < sb && (doc->tokens[e].kind == NF_TOK_ABBREV || particle_word(doc, e)))))
                continue;
            ent = nf_entity_of(doc, k + 1, e, NF_ENT_PERSON);
            if (ent < 0 || !nf_mention_add(doc, k + 1, e, ent, NF_MK_NAME)) return false;
        }
        nf_entity *p = ent >= 0 ? &doc->entities[ent] : NULL;
        if (p && p->type == NF_ENT_PERSON && !p->country[0]) memcpy(p->country, iso, 3);
    }
    return true;
}

/* The most words of a name in quotation marks after a classifying noun. */
#define QUOTED_NAME_WORDS 6

/* True when token k may be a word of a name in quotation marks: a word,
 * an abbreviation or a number ("Channel 10", "Palabra NUEVA"). */
static bool quoted_name_token(const nf_doc *doc, size_t k) {
    int kind = doc->tokens[k].kind;
    return kind == NF_TOK_WORD || kind == NF_TOK_ABBREV || kind == NF_TOK_NUMBER;
}

/* Adds the organisations named in quotation marks right after a noun of
 * their kind (nf_class_noun: "der Fernsehsender „Channel 10“", "die
 * Zeitschrift „France Football“", "der Partei „Thai Rak Thai“"): up to six
 * words ("des Vereins „Gemeinsam für Van der Bellen“"), the first
 * capitalised, between a pair of marks.  Names inside the marks give way
 * to the whole ("„Yemen Observer“" is no mention of The Observer); a
 * mention over more than the marks' content, or one of another kind
 * inside it, leaves it as it is.  Returns false when memory runs out. */
static bool quoted_names_after_class_nouns(nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 3 < sb; k++) {
        if (doc->tokens[k + 1].kind != NF_TOK_QUOTE || doc->tokens[k].kind != NF_TOK_WORD ||
            !(doc->tokens[k].flags & NF_TF_CAP) || !(doc->tokens[k + 2].flags & NF_TF_CAP))
            continue; /* the cheap tests first: this runs over every word */
        size_t ta = k + 2, tb = ta;
        while (tb < sb && tb < ta + QUOTED_NAME_WORDS && quoted_name_token(doc, tb)) tb++;
        if (tb >= sb || doc->tokens[tb].kind != NF_TOK_QUOTE || nf_class_noun(doc, k) != NF_ENT_ORG)
            continue;
        /* the mentions over the content: names inside it only (one
         * adjective or description among them leaves it as it is); the
         * whole content named as a place or a person is the organisation
         * all the same ("der Sender „Phoenix“" is no town in Arizona) */
        size_t first = 0, n = 0;
        bool keep = false;
        for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < tb; i++) {
            nf_mention *m = &doc->mentions[i];
            if (m->tb <= ta) continue;
            if (m->kind == NF_MK_NAME && m->ta == ta && m->tb == tb &&
                doc->entities[m->entity].type != NF_ENT_ORG) {
                int32_t ent = nf_entity_of(doc, ta, tb, NF_ENT_ORG);
                if (ent < 0) return false;
                m->entity = (uint32_t)ent;
                nf_entity_take_name(doc, (uint32_t)ent, ta, tb, false);
            }
            if (m->kind != NF_MK_NAME || m->ta < ta || m->tb > tb || (m->ta == ta && m->tb == tb))
                keep = true;
            if (!n) first = i;
            n++;
        }
        if (keep) continue;
        if (n) {
            if (!widen(doc, first, n, ta, tb, NF_ENT_ORG, false)) return false;
        } else {
            int32_t ent = nf_entity_of(doc, ta, tb, NF_ENT_ORG);
            if (ent < 0 || !nf_mention_add(doc, ta, tb, ent, NF_MK_NAME)) return false;
        }
        k = tb;
    }
    return true;
}

/* See entities.h. */
bool nf_places_named_as_outlets(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        size_t k = m->ta;
        size_t sa = doc->sentences[doc->tok_sent[k]].ta, sb = doc->sentences[doc->tok_sent[k]].tb;
        if (k <= sa || m->kind != NF_MK_NAME || m->tb != k + 1 ||
            !nf_place_type(doc->entities[m->entity].type) ||
            doc->tokens[k - 1].kind != NF_TOK_WORD || !(doc->tokens[k - 1].flags & NF_TF_CAP) ||
            (m->tb < sb && (doc->tokens[m->tb].flags & NF_TF_CAP)) ||
            !nf_outlet_word(doc, nf_tokl(doc, k - 1), doc->tok_llen[k - 1]))
            continue;
        int32_t ent = nf_entity_of(doc, k, k + 1, NF_ENT_ORG);
        if (ent < 0) return false;
        m->entity = (uint32_t)ent;
        nf_entity_take_name(doc, (uint32_t)ent, k, k + 1, false);
    }
    return true;
}

/* The most spans of one sentence that count. */
#define TAGGED_MAX 64

/* True when token k is a dash set off by spaces ("Stangl – Petsos",
 * "Tomic - Thiem"): it parts names, it joins none. */
static bool spaced_dash(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_PUNCT || k + 1 >= doc->ntokens) return false;
    bool dash = doc->text.cls[t->a] == NF_C_DASH || doc->text.cp[t->a] == '-';
    return dash && (t->flags & NF_TF_SPACE_BEFORE) &&
           (doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE);
}

/* Splits the tagged names of spans[0, n) at the spaced dashes in them (a
 * line-up "Stangl – Petsos" is two persons), the part after a dash a name
 * of its own while there is room for max spans.  Returns the new count. */
static size_t split_at_dashes(const nf_doc *doc, nf_ner_span *spans, size_t n, size_t max) {
    for (size_t i = 0; i < n; i++) {
        nf_ner_span *s = &spans[i];
        for (size_t d = s->ta + 1; d + 1 < s->tb; d++) {
            if (!spaced_dash(doc, d)) continue;
            nf_ner_span rest = *s;
            rest.ta = (uint32_t)d + 1;
            s->tb = (uint32_t)d;
            if (n < max) {
                memmove(&spans[i + 2], &spans[i + 1], (n - i - 1) * sizeof *spans);
                spans[i + 1] = rest;
                n++;
            }
            break;
        }
    }
    return n;
}

/* True when token k is an ampersand between two capitalised words of
 * sentence [.., sb): "Ernst & Young", "Müller & Partner". */
static bool ampersand_join(const nf_doc *doc, size_t k, size_t sb) {
    return k > 0 && k + 1 < sb && doc->tok_len[k] == 1 && nf_tok(doc, k)[0] == '&' &&
           doc->tokens[k + 1].kind == NF_TOK_WORD && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
           (doc->tokens[k - 1].flags & NF_TF_CAP);
}

/* Joins a tagged name of spans[0, n) that an ampersand and a capitalised
 * word follow (or end it: the tagger's "Gerhard &") into one
 * organisation's ("Ernst & Young", the tagger's person "Ernst"; "Simon &
 * Garfunkel"), taking in the name the tagger found after the ampersand.
 * Returns the new count. */
static size_t join_ampersands(const nf_doc *doc, nf_ner_span *spans, size_t n, size_t sb) {
    for (size_t i = 0; i < n; i++) {
        nf_ner_span *s = &spans[i];
        if (s->tb > s->ta + 1 && ampersand_join(doc, s->tb - 1, sb)) s->tb--; /* "Gerhard &" */
        if (!ampersand_join(doc, s->tb, sb)) continue;
        s->type = NF_ENT_ORG;
        if (i + 1 < n && spans[i + 1].ta == s->tb + 1) {
            s->tb = spans[i + 1].tb;
            memmove(&spans[i + 1], &spans[i + 2], (n - i - 2) * sizeof *spans);
            n--;
        } else {
            s->tb += 2;
        }
        i--; /* ("A & B & C") */
    }
    return n;
}

/* Tags sentence after sentence into one growing array. */
bool nf_tag_sentences(const nf_doc *doc, nf_tagged *out) {
    memset(out, 0, sizeof *out);
    const nf_ner_model *m = doc->engine->ner;
    if (!m || !doc->nsentences) return true;
    out->first = malloc((doc->nsentences + 1) * sizeof *out->first);
    if (!out->first) return false;
    size_t n = 0, cap = 0;
    for (size_t s = 0; s < doc->nsentences; s++) {
        out->first[s] = n;
        if (n + TAGGED_MAX > cap) {
            size_t ncap = cap ? cap * 2 : 4 * TAGGED_MAX;
            nf_ner_span *p = realloc(out->spans, ncap * sizeof *p);
            if (!p) {
                nf_tagged_free(out);
                return false;
            }
            out->spans = p, cap = ncap;
        }
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        size_t found = sb > sa ? nf_ner_tag(m, doc, sa, sb, out->spans + n, TAGGED_MAX) : 0;
        if (found > TAGGED_MAX) found = TAGGED_MAX;
        found = split_at_dashes(doc, out->spans + n, found, TAGGED_MAX);
        n += join_ampersands(doc, out->spans + n, found, sb);
    }
    out->first[doc->nsentences] = n;
    return true;
}

/* Frees the spans and their index. */
void nf_tagged_free(nf_tagged *t) {
    free(t->spans);
    free(t->first);
    memset(t, 0, sizeof *t);
}

/* True when the tagged person `s` fills a pair of quotation marks alone
 * right after a noun of no person: German news names so works, things
 * and weather systems ("das Modul „Raffaello“", "die Gemälde „Madonna“",
 * "das Hoch „Cooper“"), not persons.  After an article or a comma the
 * marks may set off a nickname ("dem „Kaiser“", "den Pfarrer, „Karl“"),
 * as after a noun of names ("unter dem Pseudonym „Sosa“"). */
static bool quoted_person(const nf_doc *doc, const nf_ner_span *s) {
    static const char *const naming[] = {
        "beinamen",      "spitznamen", "kampfnamen", "decknamen", "pseudonym",
        "künstlernamen", "namen",      "vornamen",   "nachnamen", NULL};
    if (s->type != NF_ENT_PERSON || s->ta < 2 || s->tb >= doc->ntokens ||
        doc->tokens[s->ta - 1].kind != NF_TOK_QUOTE || doc->tokens[s->tb].kind != NF_TOK_QUOTE)
        return false;
    size_t k = s->ta - 2;
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
        covered(doc, k, k + 1) || nf_tok_in(doc, k, naming))
        return false;
    return nf_class_noun(doc, k) != NF_ENT_PERSON && !nf_role_at(doc, k, NULL, NULL) &&
           nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k));
}

/* True when token k is a saint's title as places bear it ("St.",
 * "Sankt"). */
static bool saint_word(const nf_doc *doc, size_t k) {
    return (doc->tokens[k].kind == NF_TOK_ABBREV && nf_tok_is(doc, k, "st.") &&
            nf_tok(doc, k)[0] == 'S') ||
           (nf_tok_is(doc, k, "sankt") && nf_tok(doc, k)[0] == 'S');
}

/* Makes a tagged person after a saint's title, or with one first, a
 * place of both ("in St. Georgen", "In Sankt Englmar"): German news names
 * towns so, no persons.  A saint's given name is the saint as well
 * ("Darstellungen von St. Georg"), so a place only after a preposition of
 * places ("nach St. Moritz"). */
static void saint_place(const nf_doc *doc, nf_ner_span *s, size_t sa) {
    if (s->type != NF_ENT_PERSON) return;
    size_t t = s->ta; /* the title */
    if (saint_word(doc, s->ta) && s->tb > s->ta + 1)
        t = s->ta;
    else if (s->ta > sa && saint_word(doc, s->ta - 1))
        t = s->ta - 1;
    else
        return;
    if (s->tb == t + 2 && nf_tok_get(doc, t + 1, &doc->engine->gz.given) &&
        !(nf_after_spatial_preposition(doc, t, sa) && !nf_tok_is(doc, t - 1, "von")) &&
        !nf_place_phrase_before(doc, t))
        return;
    s->ta = (uint32_t)t;
    s->type = NF_ENT_GPE;
}

/* Adds the names the tagger found in sentence s that no mention covers
 * yet, and the organisations it finds around a place name.  Returns false
 * when memory runs out. */
bool nf_entities_tagged(nf_doc *doc, size_t si, const nf_tagged *tagged) {
    size_t sa = doc->sentences[si].ta, sb = doc->sentences[si].tb;
    if (!tagged->first || sb <= sa) return true;
    nf_ner_span *spans = tagged->spans + tagged->first[si];
    size_t n = tagged->first[si + 1] - tagged->first[si];
    const tagged_names tn = {spans, n};
    for (size_t i = 0; i < n; i++) {
        saint_place(doc, &spans[i], sa);
        owner_noun_person(doc, &spans[i]);
        complete_truncated(doc, &spans[i], sb);
        english_opener_before(doc, &spans[i], sa);
    }
    listed_persons(doc, spans, n, sa, sb);
    for (size_t i = 0; i < n; i++) {
        nf_ner_span *s = &spans[i];
        if (nf_code_after_number(doc, s->ta, sa)) continue; /* "(52./PP)" */
        uint32_t tagger_end = s->tb;
        if (!trim(doc, s) || no_name_shape(doc, s) || coded_name(doc, s, sa) || age_noun(doc, s) ||
            unit_name(doc, s) || time_zone(doc, s) || unsure_compound(doc, s) ||
            people_word(doc, s) || thing_acronym(doc, s) || function_or_calendar_word(doc, s) ||
            language_name(doc, s) || described_not_named(doc, s, sa) ||
            title_before_name(doc, s, sb, &tn) || determined_person(doc, s, sa) ||
            compound_noun_person(doc, s, sa) || common_noun_person(doc, s, sa) ||
            capitalised_lower_word(doc, s, sa) ||
            (s->tb == s->ta + 1 && nf_abstract_noun(doc, s->ta)) || listed_noun_alone(doc, s, sa) ||
            person_noun_not_person(doc, s) || class_noun_person_alone(doc, s) ||
            described_person(doc, s) || model_number_person(doc, s) || adjective_and_noun(doc, s) ||
            english_event_or_office(doc, s) || quoted_person(doc, s) || title_alone(doc, s, sb) ||
            (s->tb == s->ta + 1 && nf_political_camp_at(doc, s->ta, sa)))
            continue;
        retype(doc, s);
        if (article_before_person(doc, s, sa)) continue;
        person_in_place(doc, s, sa);
        known_surname_not_place(doc, s, sa);
        speaker_not_place(doc, s, sa);
        person_after_person_noun(doc, s, sa);
        place_before_apposition(doc, s, sb);
        classify(doc, s, sa);
        english_head(doc, s, sa, sb);
        type_by_last_word(doc, s);
        uint32_t tagged_end = s->tb;
        end_person(doc, s);
        /* (not over the words trim cut off: "liefert Israel Panzer") */
        if (s->tb == tagged_end && tagged_end == tagger_end) person_goes_on(doc, s, sb, &tn);
        regnal_period(doc, s, sb);
        if (common_word_place(doc, s, sa) || place_after_article(doc, s, sa, sb) ||
            article_noun_place(doc, s, sa) || thing_compound_place(doc, s) ||
            thing_compound_org(doc, s) || noun_place(doc, s) || person_noun_place(doc, s) ||
            thing_noun(doc, s, sa, sb, &tn) || noun_after_private_role(doc, s, sa) ||
            /* (again once the noun before made it a person: "der Forscher
             * Juden" was an organisation) */
            listed_noun_alone(doc, s, sa))
            continue;
        /* (a pair: each its own person) */
        size_t slash = person_pair_slash(doc, s);
        if (slash) {
            if (!add_person(doc, s->ta, slash) || !add_person(doc, slash + 1, s->tb)) return false;
            continue;
        }
        if (covered(doc, s->ta, s->tb)) {
            if (!replace_inner(doc, s)) return false;
            continue;
        }
        int32_t ent = nf_entity_of(doc, s->ta, s->tb, s->type);
        if (ent < 0 || !nf_mention_add(doc, s->ta, s->tb, ent, NF_MK_NAME)) return false;
    }
    return names_after_class_nouns(doc, sa, sb) && names_after_demonyms(doc, sa, sb) &&
           quoted_names_after_class_nouns(doc, sa, sb) && hyphenated_institutions(doc, sa, sb);
}
