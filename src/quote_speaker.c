/* quote_speaker.c - noun phrases and speakers: the phrase after "laut",
 * before "zufolge" or a colon, and the grammatical subject of a speech
 * verb - before it in a V2 clause ("Putin erinnerte"), after it in
 * inverted order ("sagte er", "teilte der Pressedienst des Kreml mit"),
 * after "wie" in a verb-final clause, the agent of a passive ("wird von
 * der Zeitung zitiert"), a subject set off by an apposition ("X, Chef der
 * Y, sagte").  Every scan is bounded by its clause and fixed lengths. */
#include <math.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "quotes.h"

/* The longest Vorfeld the speaker search looks at, in tokens. */
#define VORFELD_MAX 16

/* Short local name for qx_is. */
static bool is(const qctx *c, size_t k, const char *w) {
    return qx_is(c, k, w);
}

/* See quotes.h. */
bool qx_adjective(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (!qx_word(c, k) || (doc->tokens[k].flags & NF_TF_CAP)) return false;
    if (qx_lower_name(c, k)) return false; /* "40-Jährige", "documenta-Homepage": nouns */
    if ((c->wcls[k] & ~QW_DET) || c->vcls[k] || c->konj[k] || c->mk[k]) return false;
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 3) return false;
    char z = l[n - 1], y = l[n - 2];
    return z == 'e' || (y == 'e' && (z == 'n' || z == 'r' || z == 's' || z == 'm'));
}

/* True for a present participle used as an adjective: "überlebende",
 * "leitenden" (the adjective's ending after "-end"). */
static bool present_participle(const qctx *c, size_t k) {
    if (!qx_adjective(c, k)) return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k], e = l[n - 1] == 'e' ? 1 : 2;
    return n >= e + 6 && memcmp(l + n - e - 3, "end", 3) == 0;
}

/* See quotes.h. */
bool qx_genitive_without_article(const qctx *c, size_t k) {
    if (!qx_adjective(c, k) || is(c, k, "jeder") || is(c, k, "keiner")) return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    return n >= 5 && l[n - 2] == 'e' && l[n - 1] == 'r';
}

/* True for an adjective before a noun: after a determiner, a preposition
 * or another adjective ("über die neuen Pläne").  A word in -e(n) elsewhere
 * after a noun phrase is rather its verb ("brachte", "stellten"). */
static bool attributive(const qctx *c, size_t k) {
    return qx_adjective(c, k) && k > 0 &&
           ((c->wcls[k - 1] & (QW_DET | QW_PREP)) || qx_adjective(c, k - 1) ||
            c->doc->tokens[k - 1].kind == NF_TOK_NUMBER);
}

/* A short quotation region at token k used as a name („Reuters“): returns
 * the token after its closing mark (or after a compound's head joined to it
 * by a hyphen), or k. */
static bool name_starts_at(const qctx *c, size_t k);

static size_t quoted_name(const qctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    if (k >= end || !(doc->tokens[k].flags & NF_TF_QOPEN) || c->region[k] < 0) return k;
    const nf_qregion *r = &doc->qregions[c->region[k]];
    if (r->open != k || r->close >= end || !qx_short_region(c, c->region[k])) return k;
    /* (a name in lower case the entity stage found: „heise online“) */
    if (!qx_cap(c, k + 1) && !qx_lower_name(c, k + 1) && !name_starts_at(c, k + 1))
        return k; /* („tagesschau.de“) */
    /* „Bild“-Zeitung: a compound with the name */
    size_t e = r->close + 1;
    if (e + 1 < end && doc->tokens[e].kind == NF_TOK_PUNCT &&
        doc->text.cls[doc->tokens[e].a] == NF_C_HYPHEN &&
        !(doc->tokens[e].flags & NF_TF_SPACE_BEFORE) &&
        !(doc->tokens[e + 1].flags & NF_TF_SPACE_BEFORE) && qx_cap(c, e + 1))
        e += 2;
    return e;
}

static size_t name_at(const qctx *c, size_t k);
static nf_seg document_before(const qctx *c, size_t sa); /* below */

/* Endings of abstract common nouns ("-ung", "-keit", "-schaft", ...). */
static const char *const abstract_endings[] = {
    "ung",   "ungen", "keit",  "keiten", "heit",  "heiten", "schaft", "schaften", "ion",
    "ionen", "tät",   "täten", "nis",    "nisse", "ismus",  "age",    "agen",     NULL};

/* True when the word at token k is a common noun: one the name tagger's
 * lexicon saw as a noun 2^min_freq times or more, or, where it saw the
 * word too seldom to tell, one of common-nouns.txt ("Einblick"; not
 * "Liebe", a verb's and an adjective's form as often). */
static bool common_noun(const nf_doc *doc, size_t k, unsigned min_freq) {
    const nf_ner_model *m = doc->engine->ner;
    const char *l = nf_tokl(doc, k);
    return nf_ner_common_noun(m, l, min_freq) ||
           (!nf_ner_known_word(m, l, min_freq) &&
            nf_tok_get(doc, k, &doc->engine->gz.common_nouns) != NULL);
}

/* True when the capitalised word at k, right after the head noun of a
 * phrase with an article, opens a phrase of its own: a common noun by its
 * ending ("wird der Opposition Untätigkeit vorgeworfen", "leitete nach der
 * Pleite Ermittlungen ein"), no name ("der Firma Siemens"), after a head
 * that is a common noun and names no kind of thing ("die Stadt
 * Vöhringen"). */
static bool noun_after_noun(const qctx *c, size_t head, size_t k) {
    const nf_doc *doc = c->doc;
    bool org = false;
    if (k != head + 1 || !qx_cap(c, head) || !qx_cap(c, k) || doc->tok_llen[k] < 6 ||
        nf_class_noun(doc, head) >= 0 || (nf_role_at(doc, head, NULL, &org) && !org) ||
        qx_speech_noun(c, head) || qx_speech_noun(c, k))
        return false;
    /* (names over either word, not a description's nominal mention) */
    for (size_t i = nf_mention_first_at(doc, head > 8 ? head - 8 : 0);
         i < doc->nmentions && doc->mentions[i].ta <= k; i++)
        if (doc->mentions[i].kind == NF_MK_NAME && doc->mentions[i].tb > head) return false;
    /* the head a common noun of the tagger's lexicon ("Opposition", not
     * "Hoover" of "die Hoover Institution", "Interessengemeinschaft" of a
     * society's name), the word after it one too or by its ending */
    const nf_ner_model *m = doc->engine->ner;
    if (!m || memchr(nf_tokl(doc, head), '-', doc->tok_llen[head]) || nf_adjective_at(doc, head) ||
        nf_city_adjective_at(doc, head) || !nf_ner_common_noun(m, nf_tokl(doc, head), 2))
        return false; /* (not "der US-amerikanische Außenminister", "ein Londoner Gericht") */
    return nf_tokl_ends_in(doc, k, abstract_endings, 3) || common_noun(doc, k, 2);
}

/* The entity types of the name mentions that end right before token k
 * (*ending) and start at it (*next), -1 where none does; false when a
 * name goes on over k. */
static bool names_at(const nf_doc *doc, size_t k, int *ending, int *next) {
    *ending = *next = -1;
    for (size_t i = nf_mention_first_at(doc, k > 8 ? k - 8 : 0);
         i < doc->nmentions && doc->mentions[i].ta <= k; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME) continue;
        int type = doc->entities[m->entity].type;
        if (m->ta == k) {
            *next = type;
        } else if (m->tb > k) {
            return false; /* a name goes on over k */
        } else if (m->tb == k) {
            *ending = type;
        }
    }
    return true;
}

/* True when a person's name starts at token k right after an
 * organisation's name that ends there, in a phrase whose head noun at
 * `head` is no noun of persons (asked of the outermost phrase, not of a
 * genitive inside one): the name is a noun phrase of its own
 * ("zitierte die Nachrichtenagentur TASR Fico": the agency quoted Fico),
 * where after a noun of persons it is whom the phrase describes ("der
 * Präsident der Region Elsass Adrien Zeller"). */
static bool person_after_no_persons_noun(const qctx *c, size_t head, size_t k) {
    int ending, next;
    /* (the noun asked last: the names decide most cases for less) */
    return names_at(c->doc, k, &ending, &next) && ending == NF_ENT_ORG && next == NF_ENT_PERSON &&
           !nf_person_noun_at(c->doc, head);
}

/* True when the phrase from token k is "die" and a person's noun in "-en"
 * at `head` (a plural: one woman is "die Abgeordnete"), and one person's
 * name after it, no list: the name is another phrase ("werfen die
 * Abgeordneten Schaunig vor"), where a list would name them ("die
 * Abgeordneten Huber und Maier"). */
static bool plural_before_one_name(const qctx *c, size_t k, size_t head) {
    const nf_doc *doc = c->doc;
    if (!is(c, k, "die") || doc->tok_llen[head] < 5 || !nf_plural_in_en(doc, head) ||
        !nf_person_noun_at(doc, head))
        return false;
    size_t i = nf_mention_first_at(doc, head + 1);
    if (i >= doc->nmentions || doc->mentions[i].ta != head + 1 ||
        doc->entities[doc->mentions[i].entity].type != NF_ENT_PERSON)
        return false;
    size_t e = doc->mentions[i].tb;
    return !(e < doc->ntokens && (is(c, e, "und") || qx_punct(c, e, ',')) && e + 1 < doc->ntokens &&
             nf_mention_first_at(doc, e + 1) < doc->nmentions &&
             doc->mentions[nf_mention_first_at(doc, e + 1)].ta == e + 1);
}

/* True when a name ends right before token k and the capitalised word at
 * k starts another phrase: a place's or an organisation's name ("hatte
 * die EU-Kommission Griechenland gedrängt"), a person's name after a
 * person's ("warf Lech Kaczyński Wałęsa Spionage vor"), or a common noun
 * ("wird von den USA Korruption vorgeworfen"; "hatte Müller Neues zu
 * melden").  A name in the genitive
 * goes on with its noun ("Russlands Präsident Putin"), a description with
 * the person it describes ("der Präsident der Region Elsass Adrien
 * Zeller", "der Bürgermeister von Freising Herr Thalhammer"), a name with
 * its acronym ("die Welternährungsorganisation FAO") or its owner in the
 * genitive ("das Rote Kreuz Haitis"). */
static bool name_closes_phrase(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (!qx_cap(c, k) || nf_genitive_place_at(doc, k - 1) || nf_genitive_name_end(doc, k - 1) ||
        nf_genitive_place_at(doc, k))
        return false;
    int ending, next;
    if (!names_at(doc, k, &ending, &next) || ending < 0) return false;
    if (next == NF_ENT_PERSON) return ending == NF_ENT_PERSON;
    if (next >= 0) return nf_tok_lower_after_first(doc, k); /* (not "NASA") */
    /* (an adjective made a noun after a person's name is the verb's
     * object: "hatte Steinbrück Positives zu melden") */
    if (ending == NF_ENT_PERSON && nf_neuter_adjective_noun(doc, k)) return true;
    if (nf_role_at(doc, k, NULL, NULL) || nf_class_noun(doc, k) == NF_ENT_PERSON) return false;
    /* (or an abstract noun by its ending, a compound the lexicon lacks:
     * "schickte laut golem.de Unterlassungserklärung"; no noun of a kind
     * of body, which may go on with the name: "Bertelsmann Stiftung") */
    if (doc->tok_llen[k] >= 8 && nf_class_noun(doc, k) < 0 &&
        nf_tokl_ends_in(doc, k, abstract_endings, 3))
        return true;
    return common_noun(doc, k, NF_COMMON_NOUN_MIN_FREQ);
}

/* See quotes.h. */
int qx_name_span(const qctx *c, size_t a, size_t b) {
    const nf_doc *doc = c->doc;
    size_t i = nf_mention_first_at(doc, a);
    if (i < doc->nmentions && doc->mentions[i].ta == a && doc->mentions[i].tb == b &&
        doc->mentions[i].kind == NF_MK_NAME)
        return doc->entities[doc->mentions[i].entity].type;
    return -1;
}

/* True when tokens [a, b) are exactly a person's name mention ("Hannes
 * Ametsreiter"). */
static bool person_name_span(const qctx *c, size_t a, size_t b) {
    return qx_name_span(c, a, b) == NF_ENT_PERSON;
}

/* True when token k is a person's noun whose hyphenated compound names the
 * person's organisation first ("Lufthansa-Manager", "SPD-Politiker": one
 * the gazetteer or the text names; not "Innenpolitik-Chef"): the person
 * belongs to it, so a "der" after the noun opens no genitive of an outlet
 * ("sagte der Lufthansa-Manager der Zeitung" speaks to the paper). */
static bool affiliated_person_noun(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    const char *w = nf_tok(doc, k);
    const char *hy = memchr(w, '-', doc->tok_len[k]);
    if (!hy || hy == w || !qx_cap(c, k) || !nf_person_noun_at(doc, k)) return false;
    size_t part = (size_t)(hy - w);
    if (nf_gz_names_org(doc, w, part)) return true;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind == NF_MK_NAME && m->tb == m->ta + 1 && doc->tok_len[m->ta] == part &&
            doc->entities[m->entity].type == NF_ENT_ORG && memcmp(nf_tok(doc, m->ta), w, part) == 0)
            return true;
    }
    return false;
}

/* True when token k is a spokesperson's noun: "Sprecher", "Sprecherin",
 * "Sprecherinnen" or a compound ending so ("Polizeisprecher"). */
static bool spokesperson_noun(const qctx *c, size_t k) {
    static const char *const tails[] = {"sprecher", "sprecherin", "sprecherinnen", NULL};
    return qx_cap(c, k) && nf_tokl_ends_in(c->doc, k, tails, 0);
}

static bool outlet_after(const qctx *c, size_t i); /* below */

/* True when a place's name, not in the genitive, starts at token k right
 * after a person's role noun: an object of the verb, no apposition ("in
 * dem der Diplomat Warschau vorwarf", "warf der Minister Polen vor"; "der
 * Botschafter Russlands" goes on). */
static bool place_after_person_noun(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    bool org = false;
    if (k == 0 || !qx_cap(c, k - 1) || !nf_role_at(doc, k - 1, NULL, &org) || org ||
        nf_genitive_place_at(doc, k))
        return false;
    size_t i = nf_mention_first_at(doc, k);
    return i < doc->nmentions && doc->mentions[i].ta == k && doc->mentions[i].kind == NF_MK_NAME &&
           doc->entities[doc->mentions[i].entity].type == NF_ENT_GPE;
}

/* True when token k is the noun of an office of government or of a
 * politician ("Minister", "Kanzlerin", "Politiker"), which no outlet has:
 * a "der" before an outlet after it opens whom the holder speaks to
 * ("sagte der Minister der Süddeutschen Zeitung"). */
static bool office_noun(const qctx *c, size_t k) {
    bool org = true;
    const char *role = qx_cap(c, k) ? nf_role_at(c->doc, k, NULL, &org) : NULL;
    if (!role || org) return false;
    size_t n = nf_role_len(role);
    return nf_government_role(role, n) || (n == 10 && memcmp(role, "politician", 10) == 0);
}

/* True when token k is the noun of an institution that owns no outlet (a
 * role of roles.tsv of kind org whose sector, by nf_role_sector, is no
 * medium's: "Polizei", "Regierung", "Ministerium"): a "der" before an
 * outlet after it opens whom the institution speaks to ("bestätigte die
 * Polizei der Zeitung Dagens Nyheter"), where "die Redaktion der Zeitung"
 * stays its own. */
static bool institution_noun(const qctx *c, size_t k) {
    bool org = false;
    const char *role = qx_cap(c, k) ? nf_role_at(c->doc, k, NULL, &org) : NULL;
    if (!role || !org) return false;
    const char *sector = nf_role_sector(role, nf_role_len(role)); /* ("MED": a medium's) */
    return !sector || strcmp(sector, "MED") != 0;
}

/* True when "der" at token i after a speaker's noun phrase [k, i) with its
 * head noun at `head` opens whom the speaker speaks to, no genitive: after
 * a person's name ("sagte Ametsreiter der Rheinischen Post"), or after a
 * person's noun that names the person's organisation, before an outlet's
 * noun ("sagte der SPD-Politiker der Zeitung Welt am Sonntag"), or after
 * a spokesperson's ("sagte ein Sprecher der APA"), or after an
 * institution's ("bestätigte die Polizei der Zeitung Dagens Nyheter"). */
static bool dative_after(const qctx *c, size_t k, size_t head, size_t i) {
    if (!is(c, i, "der")) return false;
    /* after a name, alone or after a role noun ("sagte Staatsanwalt Jan
     * Holzner der Welt am Sonntag"): a name takes no genitive after it (a
     * phrase in the genitive itself may: "nach Angaben des Gouverneurs
     * Nasser Baoum der Provinz Schabwa") */
    if (!is(c, k, "des") && !is(c, k, "eines"))
        for (size_t j = k; j < i; j++)
            if (person_name_span(c, j, i)) return true;
    if (head == k) return false;
    /* (or a spokesperson's noun: a spokesperson speaks for whom the text
     * is about and tells the outlet, "sagte ein Sprecher der dpa", "sagte ein
     * Polizeisprecher der Nachrichtenagentur dpa"; the outlet's own would be
     * "ein Sprecher des Spiegels") */
    if (head + 1 != i || !(affiliated_person_noun(c, head) || spokesperson_noun(c, head) ||
                           office_noun(c, head) || institution_noun(c, head)))
        return false;
    return outlet_after(c, i);
}

/* True when an outlet's name or noun follows "der" at token i: "der
 * Rheinischen Post", "der FAZ", "der Zeitung", "der ungarischen
 * Nachrichtenagentur MTI", "der „Süddeutschen Zeitung“". */
static bool outlet_after(const qctx *c, size_t i) {
    const nf_doc *doc = c->doc;
    /* (a title in quotation marks: "der „Süddeutschen Zeitung“") */
    if (i + 1 < doc->ntokens && doc->tokens[i + 1].kind == NF_TOK_QUOTE) i++;
    size_t m = nf_mention_first_at(doc, i + 1);
    if (m < doc->nmentions && doc->mentions[m].ta == i + 1 &&
        nf_news_outlet(doc, &doc->entities[doc->mentions[m].entity]))
        return true;
    /* (the noun right after "der", or after one word: an adjective or a
     * city's, "der ungarischen Nachrichtenagentur", "der Berliner Zeitung") */
    return nf_outlet_noun_at(doc, i + 1) || nf_outlet_noun_at(doc, i + 2);
}

/* True for a demonstrative that stands for a person: "sagte dieser, …". */
static bool demonstrative(const qctx *c, size_t k) {
    return is(c, k, "dieser") || is(c, k, "diese") || is(c, k, "jener") || is(c, k, "jene") ||
           is(c, k, "letzterer") || is(c, k, "letztere");
}

/* True for a demonstrative in the dative that stands for a thing named
 * before ("In diesem wird festgehalten", "in dieser steht"). */
static bool dative_demonstrative(const qctx *c, size_t k) {
    return is(c, k, "diesem") || is(c, k, "dieser") || is(c, k, "diesen") || is(c, k, "jenem") ||
           is(c, k, "jener");
}

/* The token after the place named at token k (a name mention of a place
 * that starts there and ends by `end`), or 0. */
static size_t place_name_at(const qctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    size_t m = nf_mention_first_at(doc, k);
    if (m >= doc->nmentions) return 0;
    const nf_mention *x = &doc->mentions[m];
    if (x->ta != k || x->tb > end || x->kind != NF_MK_NAME ||
        doc->entities[x->entity].type != NF_ENT_GPE)
        return 0;
    return x->tb;
}

/* True for a hyphenated age adjective ("81-jährige", "45-jährigen"). */
static bool age_adjective(const qctx *c, size_t k) {
    const char *w = nf_tokl(c->doc, k);
    const char *h = strstr(w, "-jährig");
    return h && h > w && w[0] >= '0' && w[0] <= '9';
}

/* True when token k is a name in the s-genitive that an adjective (no
 * article or pronoun: "Reuters seine Flucht", "Gordons keine
 * Stellungnahme") and a noun follow: the genitive that opens the next
 * noun phrase ("laut deutschen Medien Dobrindts freihändige Vergabe"), no
 * attribute of the noun before it. */
static bool prenominal_genitive(const qctx *c, size_t k, size_t end) {
    size_t n = c->doc->tok_llen[k];
    return k + 2 < end && qx_cap(c, k) && n > 3 && nf_tokl(c->doc, k)[n - 1] == 's' &&
           qx_adjective(c, k + 1) && (c->doc->tokens[k + 1].flags & NF_TF_LOWER) &&
           !(c->wcls[k + 1] & (QW_DET | QW_PRON)) && qx_cap(c, k + 2);
}

/* True for an adjective used as an adverb before another adjective, a
 * word in lower case in an adjective's ending and not inflected
 * ("finanziell", "politisch", "wirtschaftlich", "hochgradig"). */
static bool adverbial_adjective(const qctx *c, size_t k) {
    static const nf_suffix endings[] = {NF_SFX("ell"), NF_SFX("isch"), NF_SFX("lich"), NF_SFX("ig"),
                                        NF_SFX("bar"), NF_SFX("sam"),  NF_SFX("los")};
    if (!qx_word(c, k) || !(c->doc->tokens[k].flags & NF_TF_LOWER) || c->wcls[k] || c->vcls[k])
        return false;
    size_t n = c->doc->tok_llen[k];
    /* (a stem of three bytes or more before the ending) */
    return n > 2 && nf_ends_in_one_of(nf_tokl(c->doc, k) + 2, n - 2, endings,
                                      sizeof endings / sizeof endings[0]);
}

/* True when the word at k, listed as an adverb for the times it stands
 * alone ("zuletzt", "in den letzten Tagen" skipped as adverbials), is an
 * adjective before a noun after its article ("der letzte Bericht", "im
 * vergangenen Bericht"): an adjective's ending, a capitalised word next,
 * an article or a preposition holding one before it; no time's word
 * ("vom vergangenen Freitag"). */
static bool adverb_as_adjective(const qctx *c, size_t k) {
    static const char *const with_article[] = {"im", "am", "vom", "zum", "zur", "beim", NULL};
    if (k == 0 || !(c->wcls[k] & QW_ADV) || !qx_word(c, k) ||
        !(c->doc->tokens[k].flags & NF_TF_LOWER) || !qx_cap(c, k + 1) || c->doc->claimed[k] == 1 ||
        c->doc->claimed[k + 1] == 1 ||
        !((c->wcls[k - 1] & QW_DET) || nf_tok_in(c->doc, k - 1, with_article)))
        return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    return n > 4 && (l[n - 1] == 'e' || (l[n - 2] == 'e' && l[n - 1] == 'n'));
}

/* The token after a short parenthesis that opens at token i before end
 * (five tokens at most: "(SPD)", "(Uni Cambridge)"); i when none does. */
static size_t past_parenthesis(const qctx *c, size_t i, size_t end) {
    if (i + 2 < end && qx_punct(c, i, '('))
        for (size_t j = i + 1; j < end && j < i + 6; j++)
            if (qx_punct(c, j, ')')) return j + 1;
    return i;
}

/* Where the figure starts that a qualifier at token k stands before
 * ("Rund 60 Prozent der Befragten", "Mehr als die Hälfte der Befragten",
 * "Knapp zwei Drittel", "Fast jeder Befragte", "Kaum ein Politiker"): the
 * phrase opens with the qualifier and goes on as the figure's; k when no
 * qualifier and figure stand there (qualifiers.txt). */
static size_t figure_after_qualifier(const qctx *c, size_t k, size_t end) {
    static const char *const quantifiers[] = {"jeder", "jede",  "jedes",  "alle",
                                              "kein",  "keine", "keiner", NULL};
    const nf_doc *doc = c->doc;
    size_t tb;
    if (!nf_tok_qualifier(doc, k, end, &tb) || tb >= end) return k;
    bool figure = doc->tokens[tb].kind == NF_TOK_NUMBER || !isnan(doc->tok_numword[tb]) ||
                  (is(c, tb, "die") && is(c, tb + 1, "hälfte")) || nf_tok_in(doc, tb, quantifiers);
    return figure ? tb : k;
}

/* True when "und" or "oder" at k joins the adjective before it to one
 * after it that a noun follows ("deutsche und französische Politiker"). */
static bool adjective_pair_at(const qctx *c, size_t k, size_t end) {
    return k + 2 < end && (is(c, k, "und") || is(c, k, "oder")) && qx_adjective(c, k + 1) &&
           qx_cap(c, k + 2);
}

/* Noun phrase forward, with at most `depth` nested attachments. */
static size_t np_fwd_depth(const qctx *c, size_t k, size_t end, int depth) {
    size_t i = k;
    if (i >= end) return k;
    /* (only where the phrase opens: "die BBC von rund 10.000 Menschen"
     * names no one by the figure) */
    size_t figure = depth == 2 ? figure_after_qualifier(c, i, end) : i;
    if (figure > i) {
        size_t j = np_fwd_depth(c, figure, end, depth);
        if (j > figure) return j;
    }
    uint16_t w = c->wcls[i];
    /* a pronoun, unless it is an article before its noun ("der 40-Jährige") */
    if ((w & QW_PRON) && !((w & QW_DET) && (qx_cap(c, i + 1) || qx_lower_name(c, i + 1))))
        return i + 1;
    /* "Dieser bestätigte", "Beide sagten": a determiner standing alone. */
    if ((w & QW_DET) && i + 1 < end && (c->vcls[i + 1] || (c->wcls[i + 1] & QW_AUX)) &&
        !(c->wcls[i + 1] & (QW_DET | QW_PRON)))
        return i + 1;
    /* "sagte dieser, dass …" */
    if (demonstrative(c, i) && (i + 1 >= end || c->doc->tokens[i + 1].kind == NF_TOK_PUNCT))
        return i + 1;
    /* "einer von ihnen", "einer aus der Runde": a numeral pronoun heading its group */
    if ((is(c, i, "einer") || is(c, i, "eine") || is(c, i, "keiner")) && i + 2 < end &&
        (is(c, i + 1, "von") || is(c, i + 1, "aus"))) {
        if (is(c, i + 2, "ihnen") || is(c, i + 2, "uns") || is(c, i + 2, "euch")) return i + 3;
        size_t j = np_fwd_depth(c, i + 2, end, depth > 0 ? depth - 1 : 0);
        /* where the phrase ends there; else "einer" is an article before a
         * participle ("einer von der Stadt in Auftrag gegebenen Studie") */
        if (j > i + 2 && (j >= end || !qx_word(c, j) || (c->wcls[j] & QW_ADV) || c->mk[j]))
            return j;
    }
    /* "Einer der Feuerwehrmänner": a determiner heading a genitive. */
    if ((w & QW_DET) && depth > 0 && (is(c, i + 1, "der") || is(c, i + 1, "des"))) {
        size_t j = np_fwd_depth(c, i + 1, end, depth - 1);
        if (j > i + 2) return j;
    }
    if (w & QW_DET) {
        i++;
        /* "die in New York geborene Sängerin", "der 1979 in Klagenfurt
         * geborene Fotograf": a phrase, after a year perhaps, before the
         * adjective */
        size_t p = i;
        if (p + 1 < end && c->doc->tokens[p].kind == NF_TOK_NUMBER && (c->wcls[p + 1] & QW_PREP))
            p++;
        if (p < end && (c->wcls[p] & QW_PREP)) {
            for (size_t j = p + 1; j < end && j < p + 7; j++) {
                if (qx_adjective(c, j) && qx_cap(c, j + 1)) {
                    i = j;
                    break;
                }
                if (qx_boundary(c, j) || c->vcls[j]) break;
            }
        } else if (p < end && (c->wcls[p] & QW_DET)) {
            /* "die das Unglück überlebende Frau", "der die Ermittlungen
             * leitende Staatsanwalt": the object of a present participle
             * before it */
            for (size_t j = p + 1; j < end && j < p + 5; j++) {
                if (present_participle(c, j) && qx_cap(c, j + 1)) {
                    i = j;
                    break;
                }
                if (qx_boundary(c, j) || c->vcls[j] || (c->wcls[j] & (QW_PREP | QW_AUX))) break;
            }
        }
    }
    /* "Arabische und iranische Medien": an adjective capitalised as the
     * sentence's first word, before "und" or "oder" and another adjective */
    /* (only in the phrase itself, not a genitive or a "von" phrase after
     * its noun: "laut Berichten nordafrikanischer oder arabischer
     * Herkunft", "berichtete von getöteten und verwundeten Kämpfern") */
    bool pairs = depth == 2;
    if (pairs && i + 2 < end && qx_cap(c, i) && adjective_pair_at(c, i + 1, end) &&
        nf_ner_lower_word(c->doc->engine->ner, nf_tokl(c->doc, i)) && !name_starts_at(c, i) &&
        c->doc->sentences[c->doc->tok_sent[i]].ta == i)
        i++;
    for (int a = 0; a < 5 && i < end; a++) {
        if (pairs && i > k && adjective_pair_at(c, i, end) &&
            (qx_adjective(c, i - 1) || c->doc->sentences[c->doc->tok_sent[i - 1]].ta == i - 1))
            i++; /* "deutsche und französische Politiker": the adjectives joined */
        else if (c->doc->tokens[i].kind == NF_TOK_NUMBER && i + 2 < end && qx_cap(c, i + 1) &&
                 qx_adjective(c, i + 2) && !name_starts_at(c, i + 1))
            i += 2; /* a measure before its adjective: "der 330 Seiten starke Bericht" */
        else if (qx_adjective(c, i) || adverb_as_adjective(c, i) ||
                 c->doc->tokens[i].kind == NF_TOK_NUMBER ||
                 c->doc->tokens[i].kind == NF_TOK_ORDINAL ||
                 ((c->doc->tokens[i].flags & NF_TF_LOWER) && !isnan(c->doc->tok_numword[i]) &&
                  i + 1 < end && (qx_cap(c, i + 1) || qx_adjective(c, i + 1))))
            i++; /* (a number in words: "die fünf konservativen Richter") */
        else if ((c->doc->claimed[i] == 1 || (c->wcls[i] & QW_ADV) ||
                  (i > k && adverbial_adjective(c, i))) &&
                 qx_adjective(c, i + 1))
            i++; /* "einer gestern verbreiteten Erklärung", "das finanziell
                  * angeschlagene Venezuela" */
        else
            break;
    }
    size_t head = i;
    for (int m = 0; m < 6 && i < end; m++) {
        size_t q = quoted_name(c, i, end);
        if (i > head && (name_closes_phrase(c, i) || place_after_person_noun(c, i) ||
                         (i == head + 1 && plural_before_one_name(c, k, head)) ||
                         prenominal_genitive(c, i, end) ||
                         (depth == 2 && person_after_no_persons_noun(c, head, i)) ||
                         (head > k && noun_after_noun(c, head, i))))
            break;
        /* (a time after the noun ends it: "die BBC Mittwochfrüh"; claimed 1) */
        if (i > head && c->doc->claimed[i] == 1) break;
        size_t n = qx_cap(c, i) ? i : name_at(c, i);
        if (q > i) {
            i = q;
        } else if (n > i + 1 && n <= end) {
            i = n; /* a name that opens with its particles: "sagte von der Leyen" */
        } else if ((qx_cap(c, i) || qx_lower_name(c, i) || name_starts_at(c, i)) && !c->vcls[i] &&
                   !c->mk[i] && !(c->wcls[i] & (QW_PREP | QW_SUBJ | QW_CONJ | QW_AUX))) {
            i++;
        } else if (i > head && (c->doc->tokens[i - 1].flags & NF_TF_TRUNC) &&
                   (is(c, i, "und") || is(c, i, "oder")) && qx_cap(c, i + 1)) {
            i++; /* "die Wirtschaftsprüfungs- und Beratungsgesellschaft PwC" */
        } else {
            break;
        }
    }
    /* "der 81-jährige" (as the old spelling writes the noun): an age's
     * adjective after the article heads the phrase */
    if (i == head && i > k + 1 && (c->wcls[k] & QW_DET) && age_adjective(c, i - 1)) return i;
    if (i == head) return k;
    /* a name the entity stage found goes on past a preposition: "der
     * Syrischen Beobachtungsstelle für Menschenrechte" */
    for (size_t j = k; j < i; j++) {
        size_t e = name_at(c, j);
        if (e > i && e <= end) {
            i = e;
            break;
        }
    }
    i = past_parenthesis(c, i, end); /* "Gitta Trauernicht (SPD)" */
    /* "sagte Ametsreiter der Rheinischen Post": "der" opens whom the
     * person speaks to */
    bool dative = dative_after(c, k, head, i) ||
                  /* a second "der" before an outlet, after a genitive: "ein
                   * Sprecher der Regierung der Nachrichtenagentur MTI" */
                  (depth < 2 && is(c, i, "der") && outlet_after(c, i));
    if (depth > 0 && i < end && !dative) {
        static const char *const genitives[] = {"des",    "der",    "eines",   "einer",   "dieses",
                                                "dieser", "seines", "seiner",  "ihres",   "ihrer",
                                                "jenes",  "jener",  "unseres", "unserer", NULL};
        /* (not "von" before an indefinite article or a possessive, what
         * the speaker tells of: "berichtet Anna Biryukowa von einem
         * Vorfall") */
        static const char *const told_of[] = {"einem",  "einer", "eines", "seinem",
                                              "seiner", "ihrem", "ihrer", NULL};
        /* (not "dieser Tage", "jener Tage": a time) */
        bool days = is(c, i + 1, "tage") && (is(c, i, "dieser") || is(c, i, "jener"));
        if ((nf_tok_in(c->doc, i, genitives) && !days) || qx_genitive_without_article(c, i)) {
            size_t j = np_fwd_depth(c, i, end, depth - 1);
            if (j > i + 1) i = j;
        } else if ((is(c, i, "von") || is(c, i, "vom")) && !nf_tok_in(c->doc, i + 1, told_of)) {
            size_t j = np_fwd_depth(c, i + 1, end, depth - 1);
            if (j > i + 1) i = j;
        } else if (is(c, i, "in") && i == head + 1) {
            /* an institution by its seat: "die Regierung in Moskau" */
            bool org = false;
            size_t j = place_name_at(c, i + 1, end);
            if (j && nf_role_at(c->doc, head, NULL, &org) && org) i = j;
        }
    }
    /* a group by its head, at any depth: "einer Studie von Forschern um
     * Kathelijne Koops (Uni Cambridge)", "das Team um X" */
    if (i + 1 < end && i == head + 1 && is(c, i, "um") && !dative) {
        size_t j = name_at(c, i + 1);
        if (j > i + 1 && j <= end) {
            i = j;
            /* (and a second name: "Forscher um X und Y") */
            if (i + 1 < end && is(c, i, "und") && (j = name_at(c, i + 1)) > i + 1 && j <= end)
                i = j;
            i = past_parenthesis(c, i, end);
        }
    }
    return i;
}

/* Noun phrase forward from k; it never ends inside a time expression
 * ("einer Meldung des Staatsfernsehens vom 11. Februar 2008": the phrase
 * reads "vom 11. Februar" as a noun's, the time goes on to its year). */
size_t qx_np_fwd(const qctx *c, size_t k, size_t end) {
    size_t i = np_fwd_depth(c, k, end, 2);
    while (i > k && i < end && c->doc->claimed[i - 1] == 1 && c->doc->claimed[i] == 1) i++;
    return i;
}

/* See quotes.h. */
size_t qx_before_agent(const qctx *c, size_t a, size_t e) {
    const nf_doc *doc = c->doc;
    for (size_t i = a + 1; i < e; i++) {
        if (!is(c, i, "von") && !is(c, i, "vom")) continue;
        bool named = false; /* "Ursula von der Leyen" */
        for (size_t m = nf_mention_first_at(doc, a); m < doc->nmentions && doc->mentions[m].ta <= i;
             m++)
            named |= doc->mentions[m].kind == NF_MK_NAME && doc->mentions[m].tb > i;
        if (named) continue;
        /* (a place after "von" belongs to the noun: "wird der Bürgermeister
         * von Paris zitiert") */
        size_t p = i + 1 + (i + 2 < e && (c->wcls[i + 1] & QW_DET));
        size_t m = nf_mention_first_at(doc, p);
        if (m < doc->nmentions && doc->mentions[m].ta == p &&
            doc->entities[doc->mentions[m].entity].type == NF_ENT_GPE)
            continue;
        return i;
    }
    return e;
}

/* Noun phrase backward from k. */
size_t qx_np_bwd(const qctx *c, size_t k, size_t start) {
    const nf_doc *doc = c->doc;
    size_t i = k;
    bool head = false;
    for (int n = 0; n < 14 && i > start; n++) {
        size_t t = i - 1;
        int kind = doc->tokens[t].kind;
        if (qx_punct(c, t, ')') && head == false) {
            size_t j = t;
            while (j > start && t - j < 6 && !qx_punct(c, j, '(')) j--;
            if (!qx_punct(c, j, '(')) break;
            i = j;
        } else if ((doc->tokens[t].flags & NF_TF_QCLOSE) && c->region[t] >= 0) {
            const nf_qregion *r = &doc->qregions[c->region[t]];
            if (r->close != t || r->open < start || !qx_short_region(c, c->region[t])) break;
            i = r->open;
            head = true;
        } else if ((qx_cap(c, t) || qx_lower_name(c, t)) && !c->vcls[t] &&
                   !(c->wcls[t] & (QW_PREP | QW_SUBJ | QW_AUX)) && !c->mk[t]) {
            i = t;
            head = true;
        } else if (kind == NF_TOK_NUMBER) {
            i = t;
        } else if ((c->wcls[t] & QW_DET) && !(c->wcls[t] & QW_PRON)) {
            i = t;
        } else if (qx_adjective(c, t) &&
                   (t == start || qx_boundary(c, t - 1) || (c->wcls[t - 1] & (QW_DET | QW_PREP)) ||
                    qx_adjective(c, t - 1))) {
            i = t;
        } else if (head && (is(c, t, "von") || is(c, t, "vom"))) {
            i = t;
        } else {
            break;
        }
    }
    /* "von X" is a prepositional phrase, unless it is a name ("von der
     * Leyen", which the entity stage found). */
    while (i < k && (is(c, i, "von") || is(c, i, "vom")) && !name_starts_at(c, i)) i++;
    /* An adverb that opens the sentence is capitalised for its place, no
     * name: "Auch dem Korrespondenten zufolge ..." */
    if (i + 1 < k && (c->wcls[i] & QW_ADV) && !(c->wcls[i] & (QW_DET | QW_PRON)) &&
        doc->sentences[doc->tok_sent[i]].ta == i && !name_starts_at(c, i))
        i++;
    return head ? i : k;
}

/* See quotes.h. */
size_t qx_name_list_end(const qctx *c, size_t k, size_t end) {
    if (k + 2 >= end || !qx_punct(c, k, ',')) return k;
    static const char *const articles[] = {"der", "die", "das", NULL};
    for (size_t i = k, n = 0; n < 8; n++) {
        size_t m = i + 1;
        if (m < end && nf_tok_in(c->doc, m, articles)) m++;
        size_t e = m < end ? name_at(c, m) : m;
        if (e <= m || e > end) return k;
        if (qx_list_conjunction(c, i)) return e;
        if (e + 1 >= end || !(qx_punct(c, e, ',') || qx_list_conjunction(c, e))) return k;
        i = e;
    }
    return k;
}

/* Adverbs, time expressions ("am Montag") and auxiliaries. */
size_t qx_skip_adverbials(const qctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    size_t i = k;
    for (int n = 0; n < 6 && i < end; n++) {
        uint16_t w = c->wcls[i];
        if (doc->claimed[i] == 1) {
            i++;
        } else if ((w & QW_ADV) && !(w & (QW_PRON | QW_DET)) &&
                   !(qx_cap(c, i) && i > 0 && doc->tokens[i - 1].kind == NF_TOK_WORD &&
                     doc->sentences[doc->tok_sent[i]].ta != i)) {
            i++; /* (an adverb capitalised inside a sentence is a name: "sagt Kurz") */
        } else if ((w & QW_PREP) && i + 1 < end && doc->claimed[i + 1] == 1) {
            i += 2;
        } else if ((w & QW_AUX) && !(w & (QW_PRON | QW_DET))) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

/* True for adverbs by their ending: "möglicherweise", and a participle
 * before the verb, alone or with its prepositional phrase: "Stellvertretend
 * sagte ...", "Stellvertretend für die Kommission empfahl ...", "Konfrontiert
 * mit den Vorwürfen sagt ...". */
static bool adverb_suffix(const qctx *c, size_t k, size_t fin) {
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    if (n > 7 && strcmp(l + n - 5, "weise") == 0) return true;
    bool alone_or_phrase = k + 1 == fin || (k + 1 < fin && (c->wcls[k + 1] & QW_PREP));
    /* "Abschließend sagte", "Stellvertretend für die Kommission empfahl" */
    if (n > 6 && strcmp(l + n - 3, "end") == 0 && alone_or_phrase) return true;
    /* "Konfrontiert mit den Vorwürfen sagt ...", "Angesprochen auf ...":
     * a word capitalised only as the clause's first, which the lexicon
     * knows in lower case (no noun), before a preposition, or alone */
    if (k + 1 < fin && (c->wcls[k + 1] & QW_PREP) && !c->wcls[k] && qx_cap(c, k) &&
        nf_ner_lower_word(c->doc->engine->ner, l))
        return true;
    /* (an adjective in "-e" is inflected, a noun made of it: "Jugendliche
     * sagten", "Angehörige haben gesagt"; a few adverbs end so) */
    static const char *const adverbs_in_e[] = {"gerne",  "lange", "alleine", "leise",
                                               "gerade", "bitte", "ferne",   NULL};
    if (n > 3 && l[n - 1] == 'e' && !nf_tok_in(c->doc, k, adverbs_in_e)) return false;
    /* "Unmissverständlich sagt das Gericht": such a word alone before the
     * verb, where it names no one ("Kurz sagte" names Sebastian Kurz) */
    return k + 1 == fin && !c->wcls[k] && qx_cap(c, k) && c->doc->tokens[k].kind == NF_TOK_WORD &&
           nf_ner_lower_word(c->doc->engine->ner, l) && !name_starts_at(c, k);
}

/* True when a coordinated subject [cs, e) whose first member [cs, and)
 * is a role and names no one ends in a person's name: two roles of one
 * person ("Der Landtagsabgeordnete und SPD-Fraktionschef Andreas Stoch"),
 * not two speakers. */
static bool roles_of_one(const qctx *c, size_t cs, size_t and, size_t e) {
    const nf_doc *doc = c->doc;
    bool role = false;
    for (size_t k = cs; k < and; k++) {
        if (nf_mention_over(doc, k)) return false;
        role |= nf_person_noun_at(doc, k);
    }
    return role && qx_person_name_ends(c, e);
}

/* See quotes.h. */
bool qx_person_name_ends(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta + 16 < k) break; /* names are short */
        if (m->tb == k && m->kind == NF_MK_NAME && doc->entities[m->entity].type == NF_ENT_PERSON)
            return true;
    }
    return false;
}

/* The end of a subject after the verb v that goes on past "und" to a
 * second role and the name of the one who holds both ("deponierte
 * ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner"): the token
 * after the name; e, where the phrase [a, e) ends, otherwise, and after a
 * verb in the plural ("sagten der Minister und Kanzler X": two). */
static size_t roles_of_one_after(const qctx *c, size_t v, size_t a, size_t e, size_t end) {
    size_t vl = c->doc->tok_llen[v];
    if (e + 2 >= end || !is(c, e, "und") || (vl && nf_tokl(c->doc, v)[vl - 1] == 'n')) return e;
    size_t e2 = qx_np_fwd(c, e + 1, end);
    return e2 > e + 2 && roles_of_one(c, a, e, e2) ? e2 : e;
}

/* True for a determiner that is never nominative: the phrase it opens is
 * not the subject ("Des Weiteren", "Dem Bericht zufolge").  "der" is,
 * except before an adjective in -en and its noun: the nominative has -e
 * there ("der englischsprachige Sender"), so "Der englischsprachigen
 * Zeitung sagte er" opens with a dative (or a genitive). */
bool qx_oblique_det(const qctx *c, size_t k) {
    /* ("dieses" is nominative too: "Dieses Unternehmen teilte mit") */
    static const char *const w[] = {"des",    "dem",     "einem",  "eines",  "seinem", "seines",
                                    "ihrem",  "ihres",   "diesem", "jedem",  "den",    "einen",
                                    "diesen", "jenen",   "jenem",  "seinen", "ihren",  "keinen",
                                    "keinem", "unseren", "unserem"};
    if (name_starts_at(c, k)) return false; /* "Den Haag" */
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (is(c, k, w[i])) return true;
    if (!is(c, k, "der") || k + 2 >= c->doc->ntokens) return false;
    /* "Der Außenministerin warf ... vor": a feminine role noun after "der"
     * is in the dative or genitive */
    if (nf_feminine_role_at(c->doc, k + 1)) return true;
    /* (so is a noun of a feminine ending: "Der Zeitung sagte Beckenbauer,
     * ...", "Der Regierung warf er vor, ...") */
    if ((c->doc->tokens[k + 1].flags & NF_TF_CAP) && c->doc->tokens[k + 1].kind == NF_TOK_WORD &&
        nf_tokl_feminine_ending(c->doc, k + 1, 4))
        return true;
    const nf_token *a = &c->doc->tokens[k + 1], *n = &c->doc->tokens[k + 2];
    size_t al = c->doc->tok_llen[k + 1];
    const char *aw = nf_tokl(c->doc, k + 1);
    return a->kind == NF_TOK_WORD && (a->flags & NF_TF_LOWER) && al > 3 && aw[al - 2] == 'e' &&
           aw[al - 1] == 'n' && n->kind == NF_TOK_WORD && (n->flags & NF_TF_CAP);
}

/* The subject at the start of sentence [sa, v): a pronoun or a noun
 * phrase that does not start with a preposition or an adverb. */
static nf_seg sentence_subject(const qctx *c, size_t sa, size_t v) {
    nf_seg none = {0, 0};
    if (sa >= v) return none;
    /* A name that opens with what looks like a preposition: "Von der
     * Leyen betonte, ...". */
    size_t name_end = name_at(c, sa);
    if (name_end > sa && name_end <= v && (c->wcls[sa] & QW_PREP))
        return (nf_seg){(uint32_t)sa, (uint32_t)name_end};
    if ((c->wcls[sa] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ)) || c->mk[sa]) return none;
    size_t e = qx_np_fwd(c, sa, v);
    return e > sa ? (nf_seg){(uint32_t)sa, (uint32_t)e} : none;
}

/* The most tokens from "wie" to the clause of its verb: room for a
 * subject and a relative clause of a line ("Wie X, der als Begleitung des
 * Anwalts Y am 20. August zur Beobachtung in Atlanta war, mitteilte"). */
#define WIE_SUBJECT_MAX 32

/* See quotes.h: back from the comma before cs to a "wie" within
 * WIE_SUBJECT_MAX tokens, where the words between are a subject and its
 * apposition. */
size_t qx_wie_apposition(const qctx *c, size_t cs, size_t sa, nf_seg *subject) {
    if (cs < sa + 3 || !qx_punct(c, cs - 1, ',')) return cs;
    for (size_t w = cs - 1; w-- > sa && cs - w < WIE_SUBJECT_MAX;) {
        if (!is(c, w, "wie") || (w > sa && !qx_punct(c, w - 1, ','))) continue;
        nf_seg s = qx_apposition_subject(c, w + 1, cs - 1);
        /* (or an apposition no comma closes, a name before the verb: "Wie
         * ein Sprecher des Konzerns, Hans Meier mitteilte, ...") */
        size_t e = name_at(c, cs), v = qx_skip_adverbials(c, e, c->doc->ntokens);
        if (s.tb <= s.ta && e > cs && v < c->doc->ntokens && c->vcls[v] &&
            qx_np_fwd(c, w + 1, cs - 1) == cs - 1 && cs - 1 > w + 2)
            s = (nf_seg){(uint32_t)w + 1, (uint32_t)cs - 1};
        if (s.tb <= s.ta) return cs;
        *subject = s;
        return w;
    }
    return cs;
}

/* A subject that opens the sentence and is followed by an apposition:
 * "X, Präsident der Y, [verb]" - the sentence's first clause (up to its
 * first comma, before `comma`) is a noun phrase alone. */
nf_seg qx_apposition_subject(const qctx *c, size_t sa, size_t comma) {
    nf_seg none = {0, 0};
    size_t first = qx_clause_end(c, sa, comma + 1);
    /* (or dashes: "X – dem die Immunität entzogen werden soll – hatte") */
    bool dashes = qx_dash(c, comma) && qx_dash(c, first);
    if (first >= comma || !(qx_punct(c, first, ',') || dashes)) return none;
    if (c->wcls[sa] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ)) return none;
    /* „Wir diskutieren alle, wie …“, sagte X: a quotation, not a subject. */
    if (c->region[sa] >= 0 || (comma > sa && c->region[comma - 1] >= 0)) return none;
    /* "Den Unmut brachte die Sprecherin der Fraktion, Anna Berg, zum
     * Ausdruck": an object first, the subject after its verb. */
    if (qx_oblique_det(c, sa)) {
        /* only when a noun phrase follows alone, an apposition ("Einen
         * Rabatt gibt es nicht, sodass ..., teilte X mit" has none) */
        size_t second = qx_clause_end(c, first + 1, comma + 1);
        if (second > comma || qx_np_fwd(c, first + 1, second) != second) return none;
        return qx_clause_subject(c, sa, first);
    }
    /* The first clause holds no verb: it is a noun phrase. */
    for (size_t k = sa; k < first; k++)
        if (c->vcls[k] || c->konj[k] || ((c->wcls[k] & QW_AUX) && !(c->wcls[k] & QW_DET)))
            return none;
    size_t e = qx_np_fwd(c, sa, first);
    /* A lower-case word right after the noun phrase that is no preposition,
     * conjunction, adverb or adjective is its verb: "Er starb am Samstag,
     * den 6. Februar, ..." and "Die Firma baut in Berlin, Hamburg und
     * München Stellen ab, ..." are clauses with commas, not a subject with
     * an apposition. */
    if (e > sa && e < first && qx_word(c, e) && !(c->doc->tokens[e].flags & NF_TF_CAP) &&
        !(c->wcls[e] & (QW_PREP | QW_CONJ | QW_ADV | QW_DET)) && !c->mk[e] && !attributive(c, e) &&
        !name_starts_at(c, e))
        return none;
    /* The last part before the comma is an apposition or a relative clause
     * ("Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben,
     * verurteilte"), not the main clause going on after a relative clause
     * ("Ein Tief, das über der Bucht stand, habe das Festland erreicht,
     * meldet X"). */
    size_t last = qx_clause_start(c, comma - 1, first + 1);
    if (last > first && !(c->wcls[last] & QW_REL) && !(c->wcls[last] & QW_PREP)) {
        for (size_t k = last; k < comma; k++)
            if (c->konj[k] || ((c->wcls[k] & QW_AUX) && !(c->wcls[k] & QW_DET))) return none;
        /* "Alles, was sie macht, geht über seinen Tisch, sagt X": a verb first */
        if (qx_word(c, last) && !qx_cap(c, last) && !c->wcls[last] && !qx_adjective(c, last))
            return none;
    }
    return e > sa ? (nf_seg){(uint32_t)sa, (uint32_t)e} : none;
}

/* The end of the longest name mention starting at token k; k when none
 * does. */
static size_t name_at(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    size_t end = k;
    for (size_t i = nf_mention_first_at(doc, k); i < doc->nmentions && doc->mentions[i].ta == k;
         i++)
        if (doc->mentions[i].kind == NF_MK_NAME && doc->mentions[i].tb > end)
            end = doc->mentions[i].tb;
    return end;
}

/* True when a name written in lower case ("taz", "dpa") starts at token
 * k: the entity stage found it. */
static bool name_starts_at(const qctx *c, size_t k) {
    return name_at(c, k) > k;
}

/* True when a mention of a person lies in [a, b): a name, a role noun
 * ("der Minister") or a pronoun the entity stage resolved. */
static bool names_person(const qctx *c, size_t a, size_t b) {
    const nf_doc *doc = c->doc;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta < b; i++)
        if (doc->entities[doc->mentions[i].entity].type == NF_ENT_PERSON) return true;
    /* (or a noun of a person heads it, after its article and adjectives:
     * "Der Hauptgeschäftsführer des BPI", which no mention holds yet) */
    size_t head = a;
    if (head < b && (c->wcls[head] & QW_DET)) head++;
    while (head < b && qx_word(c, head) && (doc->tokens[head].flags & NF_TF_LOWER)) head++;
    return head < b && qx_cap(c, head) && nf_person_noun_at(doc, head);
}

/* True when the noun phrase [a, b) names a possible speaker: a pronoun,
 * or an entity mention at its head (its first two tokens: "Die Regierung",
 * not "Die Anwendung des Gesetzes"). */
bool qx_names_someone(const qctx *c, size_t a, size_t b) {
    const nf_doc *doc = c->doc;
    if (c->wcls[a] & QW_PRON && !(c->wcls[a] & QW_DET)) return true;
    /* (after its article the adjectives, and adverbs before them: "das
     * finanziell angeschlagene Venezuela") */
    size_t head = a + 1;
    if ((c->wcls[a] & QW_DET) && !(c->wcls[a] & QW_PREP))
        while (head < b && head < a + 4 && qx_word(c, head) &&
               (doc->tokens[head].flags & NF_TF_LOWER) && !c->vcls[head] &&
               !(c->wcls[head] & (QW_PREP | QW_DET | QW_CONJ | QW_SUBJ | QW_AUX)))
            head++;
    size_t i = nf_mention_first_at(doc, a);
    return i < doc->nmentions && doc->mentions[i].ta < b && doc->mentions[i].ta <= head;
}

/* True for a postposition at k ("die Person betreffend", "dem Bericht
 * zufolge"): the noun phrase before it is no subject. */
static bool postposition(const qctx *c, size_t k) {
    static const char *const post[] = {"betreffend", "entsprechend", "gegenüber", "zufolge",
                                       "halber",     "zuliebe",      NULL};
    return nf_tok_in(c->doc, k, post);
}

/* The subject of the main clause [cs, e) whose verb is not known: the
 * noun phrase it opens with, or the one after the verb that follows a
 * one-word or prepositional Vorfeld ("Hier sparte der Präsident ..."). */
nf_seg qx_clause_subject(const qctx *c, size_t cs, size_t e) {
    nf_seg none = {0, 0};
    if (cs >= e) return none;
    /* A name that opens with what looks like a preposition ("Von der
     * Leyen betonte, ...") is the Vorfeld's noun phrase. */
    size_t name_end = name_at(c, cs);
    if (name_end > cs && name_end < e && (c->wcls[cs] & QW_PREP))
        return (nf_seg){(uint32_t)cs, (uint32_t)name_end};
    uint16_t w = c->wcls[cs];
    if ((w & QW_PRON) && !(w & QW_DET)) return (nf_seg){(uint32_t)cs, (uint32_t)cs + 1};
    /* "..., veröffentlichte der Verfasser folgenden Kommentar:" (after a
     * subordinate clause): the verb first, the subject after it; a word
     * that may be an adjective too is the verb before an article */
    bool verb_first = !w && qx_word(c, cs) && (c->doc->tokens[cs].flags & NF_TF_LOWER) &&
                      (!qx_adjective(c, cs) || (cs + 1 < e && (c->wcls[cs + 1] & QW_DET))) &&
                      qx_np_fwd(c, cs, e) <= cs;
    if (!(w & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ)) && !c->doc->claimed[cs] &&
        !((w & QW_ANA) && !qx_cap(c, cs + 1)) && !verb_first) {
        size_t n = qx_np_fwd(c, cs, e);
        if (n <= cs) return none;
        /* "Den Unmut der CDU über die Äußerungen brachte die Sprecherin
         * zum Ausdruck:": a Vorfeld that is never nominative; the subject
         * follows the verb, the first lower-case word after the Vorfeld's
         * phrases. */
        if (qx_oblique_det(c, cs)) {
            size_t v = n;
            while (v < e && (qx_cap(c, v) || !qx_word(c, v) || (c->wcls[v] & (QW_PREP | QW_DET)) ||
                             attributive(c, v)))
                v++;
            size_t a = v < e ? qx_skip_adverbials(c, v + 1, e) : e;
            if (a < e && (c->wcls[a] & QW_PRON) && !(c->wcls[a] & QW_DET))
                return (nf_seg){(uint32_t)a, (uint32_t)a + 1};
            size_t b = qx_np_fwd(c, a, e);
            return b > a && !qx_oblique_det(c, a) ? (nf_seg){(uint32_t)a, (uint32_t)b} : none;
        }
        /* "Die Person des Premiers betreffend schloss Sonthi nicht aus":
         * a phrase with a postposition is the Vorfeld; the subject follows
         * the verb after it */
        if (n + 2 < e && postposition(c, n)) {
            size_t a = qx_skip_adverbials(c, n + 2, e);
            if (a < e && (c->wcls[a] & QW_PRON) && !(c->wcls[a] & QW_DET))
                return (nf_seg){(uint32_t)a, (uint32_t)a + 1};
            size_t b = qx_np_fwd(c, a, e);
            return b > a ? (nf_seg){(uint32_t)a, (uint32_t)b} : none;
        }
        /* "Den Unmut der CDU brachte die Sprecherin X zum Ausdruck:": an
         * object in the Vorfeld names nobody; a person after the verb is
         * the subject (not where a noun of persons heads the Vorfeld: "Der
         * Minister lud Journalisten ein"). */
        if (n + 1 < e && !qx_names_someone(c, cs, n) && !names_person(c, cs, n) && qx_word(c, n) &&
            !qx_cap(c, n)) {
            size_t a = qx_skip_adverbials(c, n + 1, e), b = qx_np_fwd(c, a, e);
            if (b > a && names_person(c, a, b)) return (nf_seg){(uint32_t)a, (uint32_t)b};
        }
        return (nf_seg){(uint32_t)cs, (uint32_t)n};
    }
    /* "Auch die Industriellenvereinigung wandte sich dagegen": an adverb
     * before the subject and its verb; so before a name and its verb or
     * auxiliary ("Allein Check24 hat nach eigenen Angaben ...") */
    bool named = cs + 1 < e && qx_cap(c, cs + 1) && !c->wcls[cs + 1] && name_at(c, cs + 1) > cs + 1;
    if ((w & QW_ADV) && !(w & (QW_PREP | QW_SUBJ | QW_WH | QW_PRON)) &&
        (((c->wcls[cs + 1] & QW_DET) && !qx_oblique_det(c, cs + 1)) || named)) {
        size_t n = qx_np_fwd(c, cs + 1, e);
        if (n > cs + 1 + !named && n < e && qx_word(c, n) &&
            (c->doc->tokens[n].flags & NF_TF_LOWER) &&
            (!c->wcls[n] || (named && (c->wcls[n] & QW_AUX))))
            return (nf_seg){(uint32_t)cs + 1, (uint32_t)n};
    }
    size_t verb = cs + 1;
    /* (the degree's "zu" after a preposition: "Wegen zu geringer Nutzung
     * schaltet ...") */
    size_t np = cs + 1;
    if ((w & QW_PREP) && np + 2 < e && (is(c, np, "zu") || is(c, np, "allzu")) &&
        qx_adjective(c, np + 1))
        np++;
    /* ("Als Reaktion auf ...", "Als scheidende Premierministerin habe
     * sie ...": "als" and a noun phrase, as a preposition; not "Als die
     * Polizei kam", a clause with its article) */
    bool phrase = (w & QW_PREP) || ((w & QW_SUBJ) && qx_cap(c, cs + 1)) ||
                  (is(c, cs, "als") && qx_adjective(c, cs + 1) &&
                   !(c->wcls[cs + 1] & (QW_DET | QW_PRON)) && qx_np_fwd(c, cs + 1, e) > cs + 2);
    if (phrase) verb = qx_np_fwd(c, np, e);
    /* the Vorfeld's phrase may go on with another preposition's ("In dem
     * Verfahren vor dem Gerichtshof sieht Osterloh ...", "Als Reaktion auf
     * Petrys Statement veröffentlichte ..."), "zusammen mit" and "gemeinsam
     * mit" among them ("Nach dem Flug zusammen mit seinen Kollegen lenkte
     * er"): the verb comes after it, not a subject */
    for (int n = 0; n < 3 && phrase && verb + 1 < e && verb > cs + 1 && !c->doc->claimed[verb];
         n++) {
        static const char *const with[] = {"zusammen", "gemeinsam", NULL};
        if (!(c->wcls[verb] & QW_PREP) && verb + 2 < e && nf_tok_in(c->doc, verb, with) &&
            is(c, verb + 1, "mit"))
            verb++;
        /* (a phrase joined by "und" or "oder" is the Vorfeld's too: "mit
         * seinen Kollegen Edwin Aldrin und Michael Collins") */
        bool joined = is(c, verb, "und") || is(c, verb, "oder");
        if (!(c->wcls[verb] & QW_PREP) && !joined) break;
        size_t next = qx_np_fwd(c, verb + 1, e);
        if (next <= verb + 1) break;
        verb = next;
        /* (a number after a name is the name's: "mit Apollo 11") */
        if (verb + 1 < e && c->doc->tokens[verb].kind == NF_TOK_NUMBER && qx_cap(c, verb - 1))
            verb++;
    }
    /* "..., veröffentlichte der Verfasser folgenden Kommentar:" */
    if (verb_first) verb = cs;
    while (verb < e && c->doc->claimed[verb]) verb++;
    if (verb < cs || (verb == cs && !verb_first) || verb >= e || qx_cap(c, verb)) return none;
    size_t a = qx_skip_adverbials(c, verb + 1, e);
    if (a < e && (c->wcls[a] & QW_PRON) && !(c->wcls[a] & QW_DET))
        return (nf_seg){(uint32_t)a, (uint32_t)a + 1};
    size_t n = qx_np_fwd(c, a, e);
    return n > a ? (nf_seg){(uint32_t)a, (uint32_t)n} : none;
}

/* The statement a sentence opens with before a relative clause: "In einer
 * Presseerklärung, die am Mittwoch veröffentlicht wurde, …" gives "einer
 * Presseerklärung" when its head is a speech noun, a document's ("In
 * dieser Resolution, die ...") or a name; cs is the
 * start of the clause that holds the verb. */
static nf_seg statement_before(const qctx *c, size_t sa, size_t cs) {
    nf_seg none = {0, 0};
    if (!(is(c, sa, "in") || is(c, sa, "im") || is(c, sa, "auf"))) return none;
    size_t first = qx_clause_end(c, sa, cs);
    if (first >= cs || !qx_punct(c, first, ',')) return none;
    size_t r = first + 1; /* a relative pronoun, maybe after a preposition */
    if (c->wcls[r] & QW_PREP) r++;
    if (!(c->wcls[r] & QW_REL) && !is(c, r, "der") && !is(c, r, "die") && !is(c, r, "das"))
        return none;
    size_t e = qx_np_fwd(c, sa + 1, first);
    if (e <= sa + 1) return none;
    for (size_t h = sa + 1; h < e; h++)
        if (qx_cap(c, h) &&
            (qx_speech_noun(c, h) || qx_document_noun(c, h) || name_starts_at(c, h)))
            return (nf_seg){(uint32_t)sa + 1, (uint32_t)e};
    return none;
}

/* The statement a relative clause with "in" at j is about, in sentence
 * [sa, ...): "ein Schreiben der Rechtsabteilung, in dem er darüber
 * informiert wird, dass ...", "einen Brief, in dem gefordert wird" (the
 * phrase before the comma when its head is a speech noun or a
 * document's).  None when j opens no such clause. */
static nf_seg statement_before_relative(const qctx *c, size_t j, size_t sa) {
    nf_seg none = {0, 0};
    if (j < sa + 2 || !qx_punct(c, j - 1, ',') || !(c->wcls[j + 1] & QW_REL)) return none;
    size_t b = qx_np_bwd(c, j - 1, sa);
    for (size_t h = b; h + 1 < j; h++) {
        if (!qx_cap(c, h) || !(qx_speech_noun(c, h) || qx_document_noun(c, h))) continue;
        /* (from the head's article: "am 8. Januar ein Schreiben", "auf
         * seiner Website ein Schreiben") */
        size_t a = h;
        while (a > b && qx_adjective(c, a - 1)) a--;
        if (a > b && (c->wcls[a - 1] & QW_DET)) a--;
        /* (with the part of it that is quoted: "eine Stelle aus dem
         * Bericht, in der ...") */
        if (a == b && a > sa + 1 && is(c, a - 1, "aus")) {
            size_t p = qx_np_bwd(c, a - 1, sa);
            if (p < a - 1 && (c->wcls[p] & QW_DET)) a = p;
        }
        return (nf_seg){(uint32_t)a, (uint32_t)j - 1};
    }
    return none;
}

/* True when token k is a noun of a meeting, alone or as a compound's end
 * ("Konferenz", "Pressekonferenz"). */
static bool meeting_noun(const qctx *c, size_t k) {
    return nf_lexicon_find_ending(&c->lp->meeting_nouns, nf_tokl(c->doc, k), c->doc->tok_llen[k], 1,
                                  5) != NULL;
}

/* True when a personal pronoun in [a, b) is the subject of a passive
 * there: whom it addresses ("als er gefragt wurde"), not a statement
 * made ("wurde vorgeschlagen, ..."). */
static bool addressed(const qctx *c, size_t a, size_t b) {
    static const char *const subjects[] = {"er", "sie", "wir", "ich", NULL};
    for (size_t k = a; k < b; k++)
        if (nf_tok_in(c->doc, k, subjects)) return true;
    return false;
}

/* See quotes.h. */
bool qx_noun_in(const qctx *c, size_t a, size_t b, bool (*noun)(const qctx *, size_t)) {
    for (size_t h = a; h < b; h++)
        if (qx_cap(c, h) && noun(c, h)) return true;
    return false;
}

/* See quotes.h. */
bool qx_speech_np(const qctx *c, size_t a, size_t b) {
    return qx_noun_in(c, a, b, qx_speech_noun);
}

/* True when the Vorfeld `vf` opens with a noun in -en or -ern and no
 * article and the finite verb at `fin` is singular ("Angehörigen der
 * Verletzten sprach Putin sein Beileid aus"): a plural that cannot be
 * the verb's subject. */
static bool bare_plural_object(const qctx *c, nf_seg vf, size_t fin) {
    if (!qx_cap(c, vf.ta) || c->wcls[vf.ta] || name_starts_at(c, vf.ta)) return false;
    const char *l = nf_tokl(c->doc, vf.ta);
    size_t n = c->doc->tok_llen[vf.ta];
    if (n < 5 || l[n - 1] != 'n' || (l[n - 2] != 'e' && l[n - 2] != 'r')) return false;
    return c->doc->tok_llen[fin] >= 2 && !nf_tok_plural_verb(c->doc, fin);
}

/* True when the finite verb at `fin` is in the singular by its form:
 * not "-en" (nf_tok_plural_verb) nor "sind". */
static bool singular_verb(const qctx *c, size_t fin) {
    return c->doc->tok_llen[fin] >= 2 && !nf_tok_plural_verb(c->doc, fin) &&
           !nf_tok_is(c->doc, fin, "sind");
}

/* True when the conjunction at `conj` joins two parties in [a, b), not
 * two roles of one person ("OeNB-Gouverneur und EZB-Rat Ewald Nowotny":
 * roles_of_one) nor the parts of one compound ("Innen- und
 * Sportminister"). */
static bool joins_two(const qctx *c, size_t a, size_t conj, size_t b) {
    return !roles_of_one(c, a, conj, b) && !(c->doc->tokens[conj - 1].flags & NF_TF_TRUNC);
}

static nf_seg object_before_relative(const qctx *c, nf_seg vf, size_t fin, size_t end);

/* The subject after the finite verb `fin` when the Vorfeld `vf` is an
 * object: "Weitere Forderungen lehnt die Regierung ab", "Den Anstieg
 * bezifferte die Behörde auf ...".  The Vorfeld names nobody (no pronoun,
 * no name or role at its head, no statement), the verb is no verb of
 * accusing, and the phrase after the verb names someone and may be
 * nominative.  Returns that phrase, or an empty range. */
static nf_seg vorfeld_object(const qctx *c, nf_seg vf, size_t fin, size_t end) {
    nf_seg none = {0, 0};
    if (vf.tb != fin || fin + 1 >= end) return none;
    return object_before_relative(c, vf, fin, end);
}

/* vorfeld_object for a Vorfeld `vf` that a relative clause may follow
 * before the finite verb `fin` ("Die Domain, auf der er ... wollte,
 * bezeichnete Prieth als ..."). */
static nf_seg object_before_relative(const qctx *c, nf_seg vf, size_t fin, size_t end) {
    nf_seg none = {0, 0};
    if (fin + 1 >= end) return none;
    if (is(c, vf.ta, "der") || is(c, vf.ta, "ein") || is(c, vf.ta, "kein")) return none;
    /* a verb of accusing takes whom it accuses in the dative and what of
     * in its content: the Vorfeld is no accusative object there ("Die
     * Kampagne warf Obama vor, er habe ...": the campaign accuses) */
    static const char *const accuse[] = {"warf",          "warfen",
                                         "wirft",         "werfen",
                                         "werfe",         "unterstellte",
                                         "unterstellten", "unterstellt",
                                         "unterstellen",  "bescheinigte",
                                         "bescheinigten", "attestierte",
                                         "attestierten",  NULL};
    if (nf_tok_in(c->doc, fin, accuse)) return none;
    /* A Vorfeld opened by "den", "dem", "einen" ... is never the subject,
     * whoever it names ("Den Vorschlag der Kommission lehnte der Minister
     * ab"); others may be ("Die Regierung lehnte ... ab"). */
    bool object = qx_oblique_det(c, vf.ta) || bare_plural_object(c, vf, fin);
    /* a coordinated Vorfeld before a verb in the singular */
    if (!object && singular_verb(c, fin))
        for (size_t h = vf.ta + 1; h + 1 < vf.tb && !object; h++)
            object = (c->wcls[h] & QW_CONJ) && joins_two(c, vf.ta, h, vf.tb);
    if (!object && (qx_names_someone(c, vf.ta, vf.tb) || names_person(c, vf.ta, vf.tb) ||
                    qx_speech_np(c, vf.ta, vf.tb)))
        return none;
    for (size_t h = vf.ta; h < vf.tb && !object; h++)
        if (qx_group_noun(c, h) || name_starts_at(c, h) ||
            (qx_cap(c, h) && nf_role_at(c->doc, h, NULL, NULL)))
            return none; /* "Die EU-Außenminister hatten Serbien ... angeboten" */
    size_t a = qx_skip_adverbials(c, fin + 1, end);
    if (a >= end || qx_oblique_det(c, a)) return none;
    size_t b = qx_np_fwd(c, a, end);
    if (b <= a || (c->wcls[a] & QW_PRON)) return none;
    bool group = false;
    for (size_t h = a; h < b; h++) group = group || qx_group_noun(c, h);
    if (!group && !qx_names_someone(c, a, b)) return none;
    return (nf_seg){(uint32_t)a, (uint32_t)b};
}

/* True when a time opens at token k: a token of a time expression, or
 * "Ende", "Anfang", "Mitte" or "Beginn" right before one ("Ende Januar
 * 2006 verkündete der Verband ..."). */
static bool time_at(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (doc->claimed[k] == 1) return true;
    return k + 1 < doc->ntokens && doc->claimed[k + 1] == 1 &&
           (is(c, k, "ende") || is(c, k, "anfang") || is(c, k, "mitte") || is(c, k, "beginn"));
}

/* True for a quantifier that stands for people ("Einige", "Viele",
 * "Beide"), unlike an article ("Die kündigte X an" points back). */
static bool quantifier(const qctx *c, size_t k) {
    static const char *const w[] = {"einige", "viele",   "manche", "andere", "beide",
                                    "alle",   "mehrere", "wenige", NULL};
    for (const char *const *p = w; *p; p++)
        if (is(c, k, *p)) return true;
    return false;
}

/* True when the verb at k looks like a participle: it ends in -t or has
 * "ge" before its last three letters ("geschätzt", "mitgeteilt",
 * "angegeben"), not an infinitive ("sagen", "fragen"). */
bool qx_participle(const qctx *c, size_t k) {
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    if (n < 4 || l[n - 1] == 't') return n >= 4;
    for (size_t i = 0; i + 3 < n; i++) /* ("sagen" ends in "gen") */
        if (l[i] == 'g' && l[i + 1] == 'e') return true;
    return false;
}

/* True when the verb of saying at k is an infinitive (see quotes.h). */
bool qx_speech_infinitive(const qctx *c, size_t k) {
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    if (n < 4 || l[n - 1] != 'n') return false;
    if ((l[n - 2] == 'r' || l[n - 2] == 'l') && l[n - 3] == 'e') return true; /* "äußern" */
    return l[n - 2] == 'e' && nf_lexicon_find(&c->lp->speech_verbs, l, n - 1) != NULL;
}

/* True when clause [a, b) holds a verb that asks, makes or lets someone
 * else act ("forderte die Regierung auf", "bat", "gab dem Konzern die
 * Chance"; the particle "auf" closing the clause): who does what the
 * zu-infinitive after it says is that verb's object, not its subject. */
static bool object_control(const qctx *c, size_t a, size_t b) {
    static const char *const verbs[] = {
        "bat",        "baten",       "bittet",       "bitten",        "gebeten",      "drängte",
        "drängten",   "drängt",      "gedrängt",     "ermutigte",     "ermutigt",     "zwang",
        "zwangen",    "zwingt",      "gezwungen",    "überredete",    "überredet",    "veranlasste",
        "veranlasst", "beauftragte", "beauftragt",   "verpflichtete", "verpflichtet", "erlaubte",
        "erlaubt",    "verbot",      "verbietet",    "verboten",      "riet",         "rät",
        "geraten",    "empfahl",     "empfiehlt",    "empfohlen",     "half",         "hilft",
        "geholfen",   "lud",         "eingeladen",   "gab",           "gaben",        "gibt",
        "geben",      "gegeben",     "aufgefordert", "auffordern",    "aufforderte",  NULL};
    if (b > a && is(c, b - 1, "auf")) return true; /* "forderte ... auf", "rief ... auf" */
    for (size_t k = a; k < b; k++)
        if (nf_tok_in(c->doc, k, verbs)) return true;
    return false;
}

/* The subject of a frame that opens its clause with its verb after a
 * comma and ends right before the conjunction at `conj` (a dash may stand
 * between): "„…“, sagte der Minister am Montag und fügte hinzu", "…, sagt
 * Kurz – und fügt an".  The verb after the conjunction shares that
 * subject, not the one the sentence opened with, which stands inside what
 * was said.  None when the clause before is no such frame. */
static nf_seg frame_subject_before(const qctx *c, size_t conj, size_t sa) {
    nf_seg none = {0, 0};
    size_t p = conj;
    if (p > sa + 1 && qx_dash(c, p - 1)) p--;
    if (p <= sa + 2) return none;
    size_t pcs = qx_clause_start(c, p - 1, sa);
    if (pcs <= sa || pcs + 1 >= p || !qx_punct(c, pcs - 1, ',') || !c->vcls[pcs]) return none;
    /* "Einer der Putschisten, Harouna Adamou, dankte den Menschen ... und
     * ergänzte": the comma closes an apposition to the sentence's subject,
     * which speaks; the noun phrase after the verb is its object */
    nf_seg appositive = qx_apposition_subject(c, sa, pcs - 1);
    if (appositive.tb > appositive.ta) return appositive;
    size_t a = qx_skip_adverbials(c, pcs + 1, p);
    if (a >= p) return none;
    if ((c->wcls[a] & QW_PRON) && !(c->wcls[a] & QW_DET))
        return (nf_seg){(uint32_t)a, (uint32_t)a + 1};
    size_t e = qx_np_fwd(c, a, p);
    return e > a ? (nf_seg){(uint32_t)a, (uint32_t)e} : none;
}

/* The speaker of the speech verb at v as the grammar gives it (see
 * qx_speaker_of). */
static nf_seg grammatical_speaker(const qctx *c, size_t v, size_t sa, size_t sb) {
    nf_seg none = {0, 0};
    size_t cs = qx_clause_start(c, v, sa);
    /* "X hatte am Donnerstag, den 7.10. in einem Interview ... gesagt": a
     * date's apposition opens no clause */
    if (cs > sa + 1 && qx_punct(c, cs - 1, ',') && is(c, cs, "den") && cs + 1 < v &&
        c->doc->claimed[cs + 1] == 1)
        cs = qx_clause_start(c, cs - 1, sa);
    /* "Merkel versuchte, die Wähler davon zu überzeugen, dass ...": a
     * zu-infinitive's clause names no subject (the noun phrase in it is
     * the verb's object); the one who speaks is the subject of the clause
     * it hangs on; where that clause asks someone else to act ("bat die
     * Regierung, zu erklären, ...") its object speaks, which is not found
     * here: none rather than the infinitive's own object */
    if (v > cs && nf_tok_zu_infinitive(c->doc, v) && cs > sa + 1 && qx_punct(c, cs - 1, ',')) {
        /* "..., war es als Sensation zu bewerten", "..., er begann zu
         * schreiben": a clause of its own */
        bool finite = (c->wcls[cs] & QW_PRON) && !(c->wcls[cs] & QW_DET);
        for (size_t k = cs; k < v && !finite; k++) finite = (c->wcls[k] & QW_AUX) != 0;
        size_t gs = qx_clause_start(c, cs - 2, sa);
        /* (a clause of purpose is its subject's in any case: "lud
         * Journalisten ein, um mitzuteilen, ...") */
        if (!finite && !is(c, cs, "um") && object_control(c, gs, cs - 1)) return none;
        nf_seg s = finite ? none : qx_clause_subject(c, gs, cs - 1);
        /* someone named ("Faymann hat alle Mühe, ... zu erklären") or
         * described by a noun of persons ("Der Minister trat vor die
         * Presse, um zu verkünden"), not the "es" of "liegt es an X, zu
         * entscheiden" nor a thing ("Die richtige Lösung ist, offen zu
         * sagen") */
        if (s.tb > s.ta && !is(c, s.ta, "es") &&
            (qx_names_someone(c, s.ta, s.tb) || names_person(c, s.ta, s.tb)))
            return s;
        /* or the relative pronoun that opens the clause ("Michel, der
         * sich in Myanmar aufhält, um die Junta aufzufordern, ..."), else
         * none */
        if (!finite && gs > sa && qx_punct(c, gs - 1, ',') && (c->wcls[gs] & QW_REL) &&
            qx_word(c, gs + 1) && !(c->wcls[gs + 1] & (QW_DET | QW_PRON)) && !qx_cap(c, gs + 1))
            return (nf_seg){(uint32_t)gs, (uint32_t)gs + 1};
        if (!finite) return none;
    }
    /* The finite verb: an auxiliary before a clause-final participle.  The
     * Vorfeld is bounded before it, not before the participle ("Der
     * Minister hatte bereits am Samstag die Zustimmung ... bekanntgegeben"). */
    size_t fin = qx_finite_aux(c, cs, v);
    /* (not in a clause a subordinating word opens, whose verb comes last
     * and whose subject right after that word: "weil die US-Regierung
     * Georgien nach dem kurzen Krieg mit Russland ... bezeichnet hat") */
    if (fin - cs > VORFELD_MAX && !(c->wcls[cs] & QW_SUBJ)) cs = fin - VORFELD_MAX;
    size_t end = qx_clause_end(c, v + 1, sb);
    if (end < v + 1) end = v + 1;
    /* A subject pronoun after the verb: "sagte er", "hat sie ... gesagt";
     * not the "es" of "hält es für möglich" after a subject. */
    bool es_object = cs < fin && !(c->wcls[cs] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH));
    /* "„…“, so beschrieb ihn der Funktionär", "so nannte es die Zeitung":
     * after "so" a pronoun before a noun phrase is the verb's object */
    if (cs + 1 == fin && is(c, cs, "so")) {
        static const char *const objects[] = {"ihn", "ihm", "es", "ihr", "sie", "ihnen", "uns"};
        size_t a = qx_skip_adverbials(c, v + 1, sb);
        for (size_t i = 0; a + 1 < sb && i < sizeof objects / sizeof objects[0]; i++) {
            if (!is(c, a, objects[i])) continue;
            size_t b = qx_skip_adverbials(c, a + 1, sb), e = qx_np_fwd(c, b, sb);
            if (e > b && !((c->wcls[b] & QW_PRON) && !(c->wcls[b] & QW_DET)))
                return (nf_seg){(uint32_t)b, (uint32_t)e};
            break;
        }
    }
    /* "..., erklärte ihm eine Bäuerin: ...": a dative pronoun after a verb
     * that opens its clause is whom the speaker addresses, and the noun
     * phrase after it the speaker */
    if (cs == fin) {
        static const char *const datives[] = {"ihm", "ihnen", "mir", "uns", "dir", NULL};
        size_t a = qx_skip_adverbials(c, v + 1, sb);
        if (a + 1 < sb && nf_tok_in(c->doc, a, datives)) {
            size_t b = qx_skip_adverbials(c, a + 1, sb), e = qx_np_fwd(c, b, sb);
            if (e > b && !((c->wcls[b] & QW_PRON) && !(c->wcls[b] & QW_DET)) &&
                !qx_oblique_det(c, b))
                return (nf_seg){(uint32_t)b, (uint32_t)e};
        }
    }
    size_t after = qx_skip_adverbials(c, v + 1, sb);
    /* "X, Präsident der Y, nannte es geschmacklos": after a subject with
     * an apposition "es" is the object */
    if (after < sb && is(c, after, "es") && cs == fin && cs > sa && qx_punct(c, cs - 1, ',')) {
        nf_seg s = qx_apposition_subject(c, sa, cs - 1);
        if (s.tb > s.ta) return s;
    }
    /* "Als nicht akzeptabel bezeichnete es Gabriel": "es" before a name
     * is the object, the name the subject */
    if (after + 1 < sb && is(c, after, "es") && name_starts_at(c, after + 1)) {
        size_t e = qx_np_fwd(c, after + 1, sb);
        if (e > after + 1) return (nf_seg){(uint32_t)after + 1, (uint32_t)e};
    }
    /* ... and before a noun phrase in the nominative ("sah es das Gericht
     * als erwiesen an") */
    if (after + 2 < sb && is(c, after, "es") && (c->wcls[after + 1] & QW_DET) &&
        !(c->wcls[after + 1] & QW_PRON) && !qx_oblique_det(c, after + 1)) {
        size_t e = qx_np_fwd(c, after + 1, sb);
        if (e > after + 2) return (nf_seg){(uint32_t)after + 1, (uint32_t)e};
    }
    /* "... wies die Änderungen zurück und bezeichnete sie als ...": after
     * "und" the verb shares the subject before it, and a pronoun after it
     * is its object */
    bool shared = fin > sa && (c->wcls[fin - 1] & QW_CONJ);
    /* "Heiko Maas bezeichnete sie als niveaulos": after a Vorfeld that is
     * a noun phrase naming a person, and may be the nominative (no oblique
     * article, no preposition), "sie" is the verb's object, as a reader
     * takes it; the Vorfeld speaks */
    if (!shared && after < sb && is(c, after, "sie") && cs < fin &&
        !(c->wcls[cs] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ | QW_PRON)) &&
        !qx_oblique_det(c, cs) && qx_np_fwd(c, cs, fin) == fin && names_person(c, cs, fin))
        return (nf_seg){(uint32_t)cs, (uint32_t)fin};
    if (!shared && after < sb && (c->wcls[after] & QW_PRON) && !(c->wcls[after] & QW_DET) &&
        !(es_object && is(c, after, "es")))
        return (nf_seg){(uint32_t)after, (uint32_t)after + 1};
    after = qx_skip_adverbials(c, fin + 1, sb);
    if (!shared && after < sb && (c->wcls[after] & QW_PRON) && !(c->wcls[after] & QW_DET) &&
        !(es_object && is(c, after, "es")))
        return (nf_seg){(uint32_t)after, (uint32_t)after + 1};
    /* "..., sagte dieser am Montag", "schrieb diese in einer
     * Stellungnahme": after a verb of saying that opens its clause, a
     * demonstrative with no noun after it stands alone (not "sagte dieser
     * Tage"; "hält diese für wahrscheinlich" has it as its object) */
    static const char *const demonstratives[] = {"dieser", "diese", "jener", "jene", NULL};
    if (!shared && after < sb && (cs == fin || (cs + 1 == fin && is(c, cs, "so"))) &&
        (c->vcls[v] == QV_SAY || c->vcls[v] == QV_DIRECT) &&
        nf_tok_in(c->doc, after, demonstratives) && (after + 1 >= sb || !qx_cap(c, after + 1)))
        return (nf_seg){(uint32_t)after, (uint32_t)after + 1};
    /* "Sadiq Khan, einer der Abgeordneten, verurteilte ...": a subject with
     * an apposition before the verb (or an insertion between dashes). */
    if (cs == fin && cs > sa && (qx_punct(c, cs - 1, ',') || qx_dash(c, cs - 1))) {
        nf_seg s = qx_apposition_subject(c, sa, cs - 1);
        /* (a relative clause after it, not an apposition: the Vorfeld may
         * be the object, its subject after the verb: "Die Domain, auf der
         * er ... wollte, bezeichnete Prieth als Kunstprojekt") */
        if (s.tb > s.ta && s.tb + 2 < cs && qx_punct(c, s.tb, ',') &&
            ((c->wcls[s.tb + 1] & QW_REL) ||
             ((c->wcls[s.tb + 1] & QW_PREP) && (c->wcls[s.tb + 2] & QW_REL)))) {
            nf_seg post = object_before_relative(c, s, fin, end);
            if (post.tb > post.ta) return post;
        }
        if (s.tb > s.ta) return s;
        /* "Die Ministerin wies das zurück, der Sprecher der Fraktion, Peter
         * Maier, erklärte: ...": the subject and its apposition after a
         * clause of their own, set off by a comma, where no subject
         * follows the verb (", sagt Butterfill") */
        size_t next = qx_skip_adverbials(c, v + 1, sb);
        size_t ap =
            cs > sa + 2 && (next >= sb || !qx_word(c, next)) ? qx_clause_start(c, cs - 2, sa) : sa;
        size_t np = ap > sa + 2 && qx_punct(c, ap - 1, ',') ? qx_clause_start(c, ap - 2, sa) : sa;
        if (np > sa + 1 && qx_punct(c, np - 1, ',')) {
            s = qx_apposition_subject(c, np, cs - 1);
            if (s.tb > s.ta) return s;
        }
    }
    /* "Wie der Bevollmächtigte der Kommission, Gerald Braun, (in
     * Luxemburg) mitteilte": after "wie", a subject with an apposition, the
     * verb's own clause opening with it, an adverbial or an object ("Wie
     * X, ein Sprecher der Armee, der Presse mitteilte") */
    if ((cs == fin || (c->wcls[cs] & (QW_PREP | QW_ADV)) ||
         ((c->wcls[cs] & QW_DET) && qx_np_fwd(c, cs, fin) == fin)) &&
        end <= v + 2) {
        nf_seg s;
        if (qx_wie_apposition(c, cs, sa, &s) != cs) return s;
    }
    /* A passive: "wird von der Behörde mitgeteilt" names its speaker as the
     * agent; "Ihm wird vorgeworfen", "Die Männer werden beschuldigt" name
     * the accused, not a speaker.  "zitiert" is the exception: who is
     * quoted is the subject ("Watzke wird von der Zeitung zitiert"). */
    /* The perfect passive too: "war ... bezeichnet worden". */
    bool worden = v + 1 < sb && is(c, v + 1, "worden");
    /* and in a verb-final clause: "indem den Banken signalisiert wurde" */
    bool final_passive = v + 1 < sb && qx_werden_form(c, v + 1);
    /* (in Konjunktiv II: "würde behauptet"; "würde sagen" is no passive) */
    bool konj_passive = (is(c, fin, "würde") || is(c, fin, "würden")) && qx_participle(c, v);
    if (final_passive || (fin < v && (qx_werden_form(c, fin) || konj_passive ||
                                      (worden && c->wcls[fin] & QW_AUX)))) {
        bool quoted = is(c, v, "zitiert");
        for (size_t j = cs; j < v && !quoted; j++) {
            if (!is(c, j, "von") && !is(c, j, "vom")) continue;
            /* (in the Vorfeld after a noun it is the noun's: "Die Speicherung
             * von Fingerabdrücken war damit begründet worden") */
            if (j < fin && j > cs + 1 && qx_cap(c, j - 1) && !c->wcls[j - 1]) continue;
            /* ("von Seiten der Regierung", as "seitens der Regierung":
             * the phrase in the genitive after the noun) */
            size_t a = j + 1;
            if (a + 2 < v && is(c, a, "seiten") && (is(c, a + 1, "der") || is(c, a + 1, "des")))
                a++;
            size_t e = qx_np_fwd(c, a, v);
            if (e > a) return (nf_seg){(uint32_t)a, (uint32_t)e};
        }
        /* No agent: the statement it is in ("In einer Mitteilung wurde
         * gefordert", "im Bericht der Kommission wird festgestellt"), or
         * the body where or on whose part it was said ("Im Finanzministerium
         * wurde betont", "Seitens der Staatsanwaltschaft wurde mitgeteilt",
         * "Beim Roten Kreuz wurde betont"). */
        for (size_t j = cs; j < v && !quoted; j++) {
            bool in = is(c, j, "in") || is(c, j, "im");
            bool at = in || is(c, j, "bei") || is(c, j, "beim");
            bool part = is(c, j, "seitens") || is(c, j, "vonseiten");
            /* (or the meeting where it was said: "war auf einer Konferenz
             * in Aleppo vorgeschlagen worden", "Beim Gipfel wurde betont") */
            bool on = is(c, j, "auf");
            if (!at && !part && !on) continue;
            nf_seg rel = in ? statement_before_relative(c, j, sa) : (nf_seg){0, 0};
            if (rel.tb > rel.ta) return rel;
            /* (not a comparison: "wie bei Strache", "wie schon beim X") */
            if ((j > cs && is(c, j - 1, "wie")) || (j > cs + 1 && is(c, j - 2, "wie"))) continue;
            size_t e = qx_np_fwd(c, j + 1, v);
            if (e <= j + 1) continue;
            /* (or a demonstrative for a document named before: "In diesem
             * wird festgehalten, dass ...") */
            nf_seg named = in && e == j + 2 && dative_demonstrative(c, j + 1)
                               ? document_before(c, sa)
                               : (nf_seg){0, 0};
            bool document = named.tb > named.ta;
            if (qx_noun_in(c, j + 1, e, meeting_noun) && !addressed(c, cs, v))
                return (nf_seg){(uint32_t)j + 1, (uint32_t)e};
            if (on) continue;
            if ((in && qx_speech_np(c, j + 1, e)) || part || document ||
                qx_names_actor(c, j + 1, e, false))
                return (nf_seg){(uint32_t)j + 1, (uint32_t)e};
        }
        if (!quoted && cs > sa) {
            nf_seg st = statement_before(c, sa, cs);
            if (st.tb > st.ta) return st;
        }
        if (!quoted) return none;
    }
    /* "... und fügte hinzu": the subject of the sentence, or of the
     * subordinate clause the verb goes on ("..., während die Initiative den
     * Vorschlag unterstützt und fordert, ..."). */
    if (fin > sa && (c->wcls[fin - 1] & QW_CONJ)) {
        nf_seg framed = frame_subject_before(c, fin - 1, sa);
        if (framed.tb > framed.ta) return framed;
        size_t sub = qx_clause_start(c, fin - 1, sa);
        if (sub > sa && (c->wcls[sub] & QW_SUBJ) && !qx_oblique_det(c, sub + 1)) {
            size_t e = qx_np_fwd(c, sub + 1, fin - 1);
            if (e > sub + 1) return (nf_seg){(uint32_t)sub + 1, (uint32_t)e};
        }
        nf_seg s = {0, 0};
        /* "Als ein Gast half, biss der Mann ihn und rief": after a
         * subordinate clause the main clause's verb comes first, its
         * subject after it */
        if (sub > sa && (c->wcls[sa] & QW_SUBJ) && qx_punct(c, sub - 1, ','))
            s = qx_clause_subject(c, sub, fin - 1);
        if (s.tb <= s.ta) s = sentence_subject(c, sa, fin - 1);
        if (s.tb <= s.ta) s = qx_clause_subject(c, sa, fin - 1);
        if (s.tb > s.ta) return s;
    }
    /* "Denn wie die Zeitung berichtete": the conjunction before "wie" */
    if (cs + 1 < fin && (c->wcls[cs] & QW_CONJ) && (c->wcls[cs + 1] & (QW_SUBJ | QW_WH))) cs++;
    /* "..., und das Kinderhilfswerk rief Russland auf": a main clause
     * after the conjunction opens with its own Vorfeld ("sondern" and
     * "sowie" mostly join phrases: "sondern alle Teilnehmer ...") */
    else if (cs + 1 < fin && ((cs > sa && qx_punct(c, cs - 1, ',')) || cs == sa) &&
             (is(c, cs, "und") || is(c, cs, "oder") || is(c, cs, "aber") || is(c, cs, "denn")))
        cs++; /* (or one that opens the sentence: "Und sie versichert: ...") */
    /* "Stephen Singer, ein Klimaexperte vom WWF erklärte, ...": a person
     * named first, then a comma and a noun of a person with its article
     * (or none: "Rob Mueller, Klub-Sekretär der Buitenboys sagte") up to
     * the verb, its apposition that no comma closes (or a relative clause:
     * "X, der ... erklärte" is X as well); the person speaks */
    if (cs > sa + 1 && cs + 1 < fin && qx_punct(c, cs - 1, ',') &&
        qx_clause_start(c, cs - 2, sa) == sa &&
        (((c->wcls[cs] & QW_DET) && !qx_oblique_det(c, cs)) ||
         (qx_cap(c, cs) && nf_person_noun_at(c->doc, cs))) &&
        qx_person_name_ends(c, cs - 1) && qx_np_fwd(c, sa, cs - 1) == cs - 1 &&
        !(c->wcls[sa] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ)) &&
        qx_np_fwd(c, cs, fin) == fin && names_person(c, cs, fin) && !name_starts_at(c, cs + 1))
        return (nf_seg){(uint32_t)sa, (uint32_t)(cs - 1)};
    /* "Merkel, Macron und Draghi erklärten", "Die Außenminister
     * Frankreichs, Italiens und Österreichs erklärten": a list of names
     * that ends at the verb fills the Vorfeld from before its first comma,
     * a name before it (no verb, no conjunction of a clause, no pronoun
     * there: "Er traf Merkel, Macron und ...") */
    bool listed = false;
    int ending, next;
    while (cs > sa + 1 && cs < fin && qx_punct(c, cs - 1, ',') &&
           names_at(c->doc, cs - 1, &ending, &next) && ending >= 0 &&
           qx_name_list_end(c, cs - 1, fin) == fin) {
        size_t ps = qx_clause_start(c, cs - 2, sa);
        bool clause = false;
        for (size_t j = ps; j + 1 < cs && !clause; j++)
            clause = c->vcls[j] || (c->wcls[j] & (QW_AUX | QW_SUBJ | QW_WH)) ||
                     ((c->wcls[j] & QW_PRON) && !(c->wcls[j] & QW_DET));
        if (clause) break;
        cs = ps;
        listed = true;
    }
    /* "Sowohl die Behörde als auch das Militär kündigten ... an": the
     * first member speaks */
    if (cs + 1 < fin && is(c, cs, "sowohl")) {
        size_t e = qx_np_fwd(c, cs + 1, fin);
        if (e > cs + 1 && e + 1 < fin && is(c, e, "als") && is(c, e + 1, "auch"))
            return (nf_seg){(uint32_t)cs + 1, (uint32_t)e};
    }
    if (cs < fin) {
        uint16_t w0 = c->wcls[cs];
        /* A Vorfeld that is one name, even one that opens like a
         * prepositional phrase ("Von der Leyen betonte"): the subject. */
        if ((w0 & (QW_PREP | QW_ADV)) && name_at(c, cs) == fin)
            return (nf_seg){(uint32_t)cs, (uint32_t)fin}; /* "Kurz sagte" */
        bool after_comma = cs > sa && qx_punct(c, cs - 1, ',');
        /* Verb-final clause: "wie der Sprecher mitteilte", "der sagte". */
        bool verb_final = end <= v + 2;
        if (verb_final && (w0 & QW_PREP) && (c->wcls[cs + 1] & QW_REL) && after_comma) {
            /* "..., in denen er ... bezeichnet hatte"; "in dessen Folge
             * das Gericht festgestellt hatte": the noun of the relative
             * possessive is no subject */
            size_t r = cs + 2;
            if ((is(c, cs + 1, "dessen") || is(c, cs + 1, "deren")) && qx_np_fwd(c, r, v) > r)
                r = qx_np_fwd(c, r, v);
            size_t a = qx_skip_adverbials(c, r, v), e = qx_np_fwd(c, a, v);
            if (e > a) return (nf_seg){(uint32_t)a, (uint32_t)e};
        }
        if (verb_final &&
            ((w0 & (QW_SUBJ | QW_WH)) || ((w0 & QW_REL) && after_comma && !qx_cap(c, cs + 1)))) {
            /* "..., der sagte": the relative pronoun is the nearest mention;
             * after one in the dative or genitive the subject follows it
             * ("denen unter anderem Rafael Correa vorwirft, ...") */
            if ((w0 & QW_REL) && (is(c, cs, "denen") || is(c, cs, "dem") || is(c, cs, "deren") ||
                                  is(c, cs, "dessen") || is(c, cs, "den"))) {
                size_t a = cs + 1;
                for (int n = 0; n < 3 && a < v; n++) {
                    a = qx_skip_adverbials(c, a, v);
                    if (a + 1 < v && is(c, a, "unter") && is(c, a + 1, "anderem"))
                        a += 2;
                    else if (a + 1 < v && (c->wcls[a] & QW_PREP) && qx_np_fwd(c, a + 1, v) > a + 1)
                        a = qx_np_fwd(c, a + 1, v); /* "in seiner Rede" */
                    else
                        break;
                }
                size_t e = a < v ? qx_np_fwd(c, a, v) : a;
                if (e > a && (qx_names_someone(c, a, e) || qx_cap(c, a) || (c->wcls[a] & QW_DET)))
                    return (nf_seg){(uint32_t)a, (uint32_t)e};
            }
            if (w0 & QW_REL) return (nf_seg){(uint32_t)cs, (uint32_t)cs + 1};
            /* "wie schon die WHO mitteilte": adverbs before the subject;
             * "wie es ein Verhandler sagt": "es" before a subject is the
             * object */
            size_t a = qx_skip_adverbials(c, cs + 1, v);
            if (a + 1 < v && is(c, a, "es") &&
                qx_np_fwd(c, qx_skip_adverbials(c, a + 1, v), v) > qx_skip_adverbials(c, a + 1, v))
                a = qx_skip_adverbials(c, a + 1, v);
            size_t e = qx_np_fwd(c, a, v);
            /* "wie Hoyzer von Spiegel-Online zitiert wird": who quotes
             * him is no part of his name */
            for (size_t j = a + 1; j < e && is(c, v, "zitiert"); j++)
                if (is(c, j, "von") || is(c, j, "vom")) e = j;
            if (e > a) return (nf_seg){(uint32_t)a, (uint32_t)e};
            /* "wie schon vom Bundesgerichtshof entschieden": the agent of a
             * participle without its auxiliary */
            if ((is(c, a, "von") || is(c, a, "vom")) && v > a + 1) {
                size_t x = qx_np_fwd(c, a + 1, v);
                if (x > a + 1 && qx_skip_adverbials(c, x, v) == v)
                    return (nf_seg){(uint32_t)a + 1, (uint32_t)x};
            }
            /* "wie aus Unternehmenskreisen verlautete": the source after "aus" */
            if (is(c, a, "aus") && v > a + 1 && v - a <= 6) {
                size_t e2 = qx_np_fwd(c, a + 1, v);
                return (nf_seg){(uint32_t)a + 1, (uint32_t)(e2 > a + 1 ? e2 : v)};
            }
            /* "wie GGG.at berichtete" (not "wie bereits gesagt") */
            if (v - a <= 5 && v > a && qx_word(c, a) && !(c->wcls[a] & (QW_PREP | QW_AUX)) &&
                !is(c, a, "sich"))
                return (nf_seg){(uint32_t)a, (uint32_t)v};
            return none;
        }
        size_t vf = qx_np_fwd(c, cs, fin);
        bool adverbial = (w0 & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH)) || time_at(c, cs) ||
                         adverb_suffix(c, cs, fin) || qx_oblique_det(c, cs) || c->mk[cs] ||
                         ((w0 & QW_ANA) && cs + 1 == fin) ||
                         (vf > cs && vf + 1 == fin && postposition(c, vf));
        if (adverbial && (w0 & QW_ADV) && !(w0 & QW_PREP)) {
            /* "Auch der Minister sagte": an adverb before the subject. */
            size_t e = qx_np_fwd(c, cs + 1, fin);
            if (e == fin && e > cs + 1) return (nf_seg){(uint32_t)(cs + 1), (uint32_t)e};
        }
        /* "..., und das FBI versprach": a new subject after "und"; but
         * when a noun phrase alone fills the Vorfeld before it, the
         * subject is coordinated ("EU-Kommission und Bundesregierung
         * äußerten") and its first member is the speaker. */
        /* (a phrase that reaches the verb over its "und" is one:
         * "Die Forscher um X und Y sagen") */
        bool one_phrase = !adverbial && vf == fin;
        for (size_t j = fin; j > cs + 1 && !one_phrase; j--) {
            if (!(c->wcls[j - 1] & QW_CONJ)) continue;
            /* ("Innen- und Sportminister": the parts of one compound) */
            if (c->doc->tokens[j - 2].flags & NF_TF_TRUNC) continue;
            /* (a verb in the singular has no coordinated subject: where a
             * noun phrase alone stands before the conjunction ("Die
             * Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als
             * ...") the Vorfeld is the object, the subject follows; not
             * two roles of one person ("Innen- und Sportminister X"), nor a
             * clause of its own before "und" ("übergab ... und das FBI
             * versprach")) */
            if (!adverbial && singular_verb(c, fin) && joins_two(c, cs, j - 1, fin) &&
                qx_np_fwd(c, cs, j - 1) == j - 1) {
                nf_seg post = vorfeld_object(c, (nf_seg){(uint32_t)cs, (uint32_t)fin}, fin, end);
                if (post.tb > post.ta) return post;
                break;
            }
            /* "Auch auf Spekulationen und den schwachen Dollar verweisen
             * Analysten": a phrase never nominative after "und" goes on
             * with the object */
            if (qx_oblique_det(c, j)) break;
            /* "Zur Lage des Unternehmens und seiner Aufgabe wird X
             * zitiert": inside a prepositional Vorfeld, "und" joins its
             * phrases; a new clause would follow a comma */
            if ((w0 & QW_PREP) && !qx_punct(c, j - 2, ',')) break;
            size_t e = qx_np_fwd(c, j, fin);
            if (e > j && qx_skip_adverbials(c, e, fin) == fin) {
                size_t first = qx_np_fwd(c, cs, j - 1);
                if (!adverbial && first == j - 1)
                    return (nf_seg){(uint32_t)cs,
                                    (uint32_t)(roles_of_one(c, cs, j - 1, e) ? e : j - 1)};
                /* (the first member of a list: "Merkel, Macron und ...") */
                if (!adverbial && listed && first > cs && qx_punct(c, first, ','))
                    return (nf_seg){(uint32_t)cs, (uint32_t)first};
                /* (the group whose examples the "und" joins: "Politiker
                 * wie Merkel und Macron", as "Organisationen wie
                 * Greenpeace" speak by their noun) */
                if (!adverbial && first > cs && is(c, first, "wie"))
                    return (nf_seg){(uint32_t)cs, (uint32_t)first};
                return (nf_seg){(uint32_t)j, (uint32_t)e};
            }
            break;
        }
        if (!adverbial) {
            size_t e = qx_np_fwd(c, cs, fin);
            /* "Einige vertreten die Auffassung": a quantifier alone before
             * the verb stands for the subject */
            if (e <= cs && cs + 1 == fin && quantifier(c, cs))
                return (nf_seg){(uint32_t)cs, (uint32_t)cs + 1};

            if (e > cs) {
                nf_seg post = vorfeld_object(c, (nf_seg){(uint32_t)cs, (uint32_t)e}, fin, end);
                return post.tb > post.ta ? post : (nf_seg){(uint32_t)cs, (uint32_t)e};
            }
        }
    } else if (cs > sa && qx_punct(c, cs - 1, ',')) {
        /* "…, sagte der Minister" or an apposition before: "X, Y, sagte". */
        size_t e = qx_np_fwd(c, after, end);
        if (e > after)
            return (nf_seg){(uint32_t)after, (uint32_t)roles_of_one_after(c, v, after, e, sb)};
        /* "Die UN bestätigten den Vorfall, teilten jedoch mit": the subject
         * of the sentence, not the object before the comma. */
        nf_seg subj = sentence_subject(c, sa, cs - 1);
        if (subj.tb > subj.ta) return subj;
        size_t b = qx_np_bwd(c, cs - 1, sa);
        if (b < cs - 1) return (nf_seg){(uint32_t)b, (uint32_t)(cs - 1)};
        return none;
    }
    /* "eBay hält es für möglich": "es" after the verb is the object, the
     * one word before it, which no list knows, the subject */
    if (es_object && after < sb && is(c, after, "es") && cs + 1 == fin && qx_word(c, cs) &&
        !c->wcls[cs])
        return (nf_seg){(uint32_t)cs, (uint32_t)fin};
    size_t e = qx_np_fwd(c, after, end > after ? end : sb);
    if (e > after)
        return (nf_seg){(uint32_t)after, (uint32_t)roles_of_one_after(c, v, after, e, sb)};
    /* "Diese bestätigte, dass ...": no subject after the verb, so the
     * demonstrative before it is one. */
    if (cs + 1 == fin && demonstrative(c, cs)) return (nf_seg){(uint32_t)cs, (uint32_t)cs + 1};
    /* "Aus Diplomatenkreisen verlautete, ...": no subject at all; the
     * source is the phrase after "aus" that fills the Vorfeld. */
    if (cs + 1 < fin && is(c, cs, "aus")) {
        size_t e2 = qx_np_fwd(c, cs + 1, fin);
        if (e2 == fin) return (nf_seg){(uint32_t)cs + 1, (uint32_t)fin};
    }
    return none;
}

/* The document a Vorfeld of "in" names before the verb at fin, the phrase
 * after "in" ("In den Bekennerschreiben forderte man ...", "Im Bericht
 * kritisiert man ..."): an empty segment when [cs, fin) is no such phrase
 * ("In der Stadt sagt man"). */
static nf_seg document_vorfeld(const qctx *c, size_t cs, size_t fin) {
    nf_seg none = {0, 0};
    if (cs + 2 > fin || !(is(c, cs, "in") || is(c, cs, "im"))) return none;
    if (qx_np_fwd(c, cs + 1, fin) != fin) return none;
    for (size_t j = cs + 1; j < fin; j++)
        if (qx_document_noun(c, j)) return (nf_seg){(uint32_t)cs + 1, (uint32_t)fin};
    return none;
}

/* The speaker of the speech verb at v: the grammatical subject, or where
 * that is the "man" of a document's voice after the verb, the document
 * the Vorfeld names. */
nf_seg qx_speaker_of(const qctx *c, size_t v, size_t sa, size_t sb) {
    nf_seg sp = grammatical_speaker(c, v, sa, sb);
    if (sp.tb != sp.ta + 1 || !is(c, sp.ta, "man")) return sp;
    size_t cs = qx_clause_start(c, v, sa), fin = qx_finite_aux(c, cs, v);
    /* (not in reported speech, where "man" is whom the speaker reports:
     * "Im Schreiben habe man lediglich die Urteile ergänzt") */
    if (sp.ta <= fin || c->konj[fin]) return sp;
    nf_seg d = document_vorfeld(c, cs, fin);
    return d.tb > d.ta ? d : sp;
}

/* "bekannt" at k in a frame of something that became known: "Im April
 * wurde dann bekannt, dass ...", "Zuvor war schon bekannt geworden: ...",
 * "Wie gestern bekannt wurde, ...".  Nothing but adverbials may stand
 * before it in its clause ("Der Sänger wurde durch Filme bekannt" is no
 * frame); it names no speaker. */
static bool known_cue(const qctx *c, size_t k, size_t sa, size_t sb) {
    size_t cs = qx_clause_start(c, k, sa);
    if (is(c, cs, "wie")) {
        /* (not before a frame that names who spoke: "Wie heute bekannt
         * wurde, sind ..., berichteten Helfer") */
        for (size_t j = k + 2; j < sb; j++)
            if (c->vcls[j] && c->region[j] < 0) return false;
        /* (nor before one in the next sentence: "... aufgetreten. Das
         * berichteten Helfer") */
        if (sb + 1 < c->doc->ntokens && (c->wcls[sb] & QW_ANA) && c->vcls[sb + 1]) return false;
        return k + 1 < sb && (qx_werden_form(c, k + 1) || is(c, k + 1, "geworden")) &&
               qx_skip_adverbials(c, cs + 1, k) == k;
    }
    size_t fin = cs;
    while (fin < k && !qx_werden_form(c, fin) && !is(c, fin, "war") && !is(c, fin, "ist")) fin++;
    if (fin >= k || (!qx_werden_form(c, fin) && !(k + 1 < sb && is(c, k + 1, "geworden"))))
        return false;
    if (qx_skip_adverbials(c, fin + 1, k) != k) return false;
    /* the Vorfeld: "es", adverbials or a prepositional phrase */
    return is(c, cs, "es") || (fin > cs && qx_skip_adverbials(c, cs, fin) == fin) ||
           (fin > cs + 1 && (c->wcls[cs] & QW_PREP) && qx_np_fwd(c, cs + 1, fin) == fin);
}

/* True for a finite form of "gehen" ("geht ... hervor"). */
static bool gehen_form(const qctx *c, size_t k) {
    return is(c, k, "geht") || is(c, k, "ging") || is(c, k, "gingen") || is(c, k, "gehen") ||
           is(c, k, "gehe");
}

/* "hervorgeht" or "hervor" at k in a frame of what a document shows, its
 * source after "aus": "Wie aus dem Bericht hervorgeht, ...", "Aus dem
 * Bericht geht hervor, dass ...", "Dies geht aus dem Bericht hervor."
 * Nothing but adverbials may stand beside the phrase after "aus" and the
 * verb, and no subject but an anaphor ("aus der die Partei hervorging",
 * "Die Firma ging aus einer Fusion hervor" tell where something came
 * from).  Sets the verb as the cue, "hervor" as its particle. */
static bool from_cue(const qctx *c, size_t k, size_t sa, nf_seg *cue, nf_seg *part,
                     nf_seg *speaker) {
    size_t cs = qx_clause_start(c, k, sa), i = cs, v = k;
    bool split = is(c, k, "hervor"), wie = is(c, cs, "wie");
    if (wie || (split && (c->wcls[cs] & QW_ANA))) i++;
    if (wie == split) return false; /* "wie aus ... hervorgeht"; the split form in a main clause */
    nf_seg src = {0, 0};
    while (i < k) {
        if (src.tb == 0 && is(c, i, "aus")) {
            size_t e = qx_np_fwd(c, i + 1, k);
            if (e == i + 1) return false;
            src = (nf_seg){(uint32_t)i + 1, (uint32_t)e};
            i = e;
        } else if (split && v == k && gehen_form(c, i)) {
            v = i++;
        } else {
            size_t j = qx_skip_adverbials(c, i, k);
            if (j == i) return false;
            i = j;
        }
    }
    if (src.tb == 0 || (split && v == k)) return false;
    *cue = (nf_seg){(uint32_t)v, (uint32_t)v + 1};
    *part = split ? (nf_seg){(uint32_t)k, (uint32_t)k + 1} : (nf_seg){0, 0};
    *speaker = src;
    return true;
}

/* See quotes.h. */
bool qx_document_noun(const qctx *c, size_t k) {
    return qx_cap(c, k) && nf_lexicon_find_ending(&c->doc->pack->document_nouns, nf_tokl(c->doc, k),
                                                  c->doc->tok_llen[k], 3, 4) != NULL;
}

/* See quotes.h. */
bool qx_document_verb(const qctx *c, size_t k) {
    return c->wcls[k] == 0 && (is(c, k, "steht") || is(c, k, "stand") || is(c, k, "stehe"));
}

/* The most tokens from "in" to "steht" in document_cue. */
#define DOCUMENT_PHRASE_MAX 12

/* The noun phrase of the last document's noun in the sentence before the
 * one starting at sa ("Die Staatsanwaltschaft gab eine Stellungnahme ab"):
 * what "darin" points back to; an empty segment when it names none. */
static nf_seg document_before(const qctx *c, size_t sa) {
    nf_seg none = {0, 0};
    if (sa == 0) return none;
    nf_seg ps = c->doc->sentences[c->doc->tok_sent[sa - 1]];
    for (size_t j = ps.tb; j-- > ps.ta;) {
        if (!qx_document_noun(c, j) || c->region[j] >= 0) continue;
        /* (its article and adjectives before it) */
        size_t a = j;
        while (a > ps.ta && qx_adjective(c, a - 1)) a--;
        if (a > ps.ta && (c->wcls[a - 1] & QW_DET)) a--;
        return (nf_seg){(uint32_t)a, (uint32_t)j + 1};
    }
    return none;
}

/* "steht" at k in a frame of what a document says, with its source after
 * "in" opening the clause: "In dem Bericht steht, dass ...", "Im
 * Koalitionsvertrag stand: ...".  The content
 * follows a comma and "dass" or a colon ("In der Mitte steht ein Tisch"
 * quotes nothing, nor does a room's noun). */
static bool document_cue(const qctx *c, size_t k, size_t sa, size_t sb, nf_seg *cue,
                         nf_seg *speaker) {
    size_t cs = qx_clause_start(c, k, sa);
    /* "Darin steht: ...", "In diesem steht: ...": the document the
     * sentence before names */
    bool anaphor = (cs + 1 == k && is(c, cs, "darin")) ||
                   (cs + 2 == k && is(c, cs, "in") && dative_demonstrative(c, cs + 1));
    /* (adverbs before the colon: "Darin steht unter anderem: ...") */
    size_t colon = k + 1;
    if (colon + 2 < sb && is(c, colon, "unter") && is(c, colon + 1, "anderem")) colon += 2;
    colon = qx_skip_adverbials(c, colon, sb);
    if (anaphor && colon < sb && qx_punct(c, colon, ':')) {
        nf_seg doc_np = document_before(c, sa);
        if (doc_np.tb <= doc_np.ta) return false;
        *cue = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
        *speaker = doc_np;
        return true;
    }
    if (cs + 2 > k || k - cs > DOCUMENT_PHRASE_MAX || !(is(c, cs, "in") || is(c, cs, "im")))
        return false;
    /* the phrase: a document's noun, attributes ("für 2005", "des
     * Ministeriums", "von oben verordneten"), no comma or conjunction */
    bool noun = false;
    for (size_t j = cs + 1; j < k; j++) {
        if (qx_punct(c, j, ',') || (c->wcls[j] & (QW_SUBJ | QW_CONJ | QW_REL))) return false;
        noun |= qx_document_noun(c, j);
    }
    if (!noun || k + 1 >= sb) return false;
    if (!(qx_punct(c, k + 1, ':') ||
          (k + 2 < sb && qx_punct(c, k + 1, ',') && is(c, k + 2, "dass"))))
        return false;
    *cue = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
    *speaker = (nf_seg){(uint32_t)cs + 1, (uint32_t)k};
    return true;
}

/* True when "in" and a relative pronoun open the clause at cs after a
 * comma ("eine Erklärung, in der es heißt"). */
static bool relative_in(const qctx *c, size_t cs, size_t sa) {
    return cs > sa + 1 && qx_punct(c, cs - 1, ',') && is(c, cs, "in") &&
           (is(c, cs + 1, "der") || is(c, cs + 1, "dem") || is(c, cs + 1, "denen"));
}

/* "heißt es" with its source, "wurde bekannt" (see known_cue),
 * "hervorgeht" (see from_cue) or "steht" after a document (see
 * document_cue). */
bool qx_es_cue(const qctx *c, size_t k, size_t sa, size_t sb, nf_seg *cue, nf_seg *part,
               nf_seg *speaker) {
    if (k >= sb || c->used[k] || c->region[k] >= 0) return false;
    *part = (nf_seg){0, 0};
    if (!c->mk[k] && qx_document_verb(c, k)) return document_cue(c, k, sa, sb, cue, speaker);
    if (c->mk[k] == QM_FROM) return from_cue(c, k, sa, cue, part, speaker);
    if (c->mk[k] == QM_KNOWN) {
        if (!known_cue(c, k, sa, sb)) return false;
        *cue = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
        *speaker = (nf_seg){0, 0};
        return true;
    }
    if (c->mk[k] != QM_ES) return false;
    size_t a;
    if (is(c, k + 1, "es")) {
        a = k;
    } else if (k > sa && is(c, k - 1, "es")) {
        a = k - 1;
    } else {
        /* "hatte es zunächst geheißen": adverbs between "es" and the
         * participle */
        size_t j = k;
        while (j > sa && k - j < 4 && !is(c, j - 1, "es") && (c->wcls[j - 1] & QW_ADV)) j--;
        /* or anything, in a relative clause that ends with the verb: "in
         * denen es zu den Protesten auch heißt, dass ..." */
        size_t rs = qx_clause_start(c, k, sa);
        if (!(j > sa && is(c, j - 1, "es")) && relative_in(c, rs, sa) && rs + 2 < k &&
            is(c, rs + 2, "es") && k + 1 < sb && qx_punct(c, k + 1, ','))
            j = rs + 3;
        if (j == sa || j == k || !is(c, j - 1, "es")) return false;
        /* (in a main clause: "Als es dann geheißen habe, dass ..., habe X
         * angeboten" goes on) */
        if (c->wcls[qx_clause_start(c, j - 1, sa)] & QW_SUBJ) return false;
        a = k;
    }
    *cue = a == k && !is(c, k + 1, "es") ? (nf_seg){(uint32_t)k, (uint32_t)k + 1}
                                         : (nf_seg){(uint32_t)a, (uint32_t)a + 2};
    *speaker = (nf_seg){0, 0};
    size_t cs = qx_clause_start(c, a, sa), ce = qx_clause_end(c, a + 2, sb);
    /* "eine Erklärung, in der es heißt": the statement the relative
     * pronoun stands for */
    if (relative_in(c, cs, sa) && (cs + 2 == a || is(c, cs + 2, "es"))) {
        size_t b = qx_np_bwd(c, cs - 1, sa), e = cs - 1;
        /* (past the particle of the verb before: "griff den Tenor der
         * Medien auf, in denen es heißt") */
        if (b == e && e > sa + 1 && (c->wcls[e - 1] & QW_PREP) && !qx_cap(c, e - 1))
            b = qx_np_bwd(c, --e, sa);
        if (b < e) *speaker = (nf_seg){(uint32_t)b, (uint32_t)e};
        return true;
    }
    for (size_t j = cs; j < ce; j++) {
        if (j == a || j == a + 1) continue;
        /* "auf Nachfrage", "auf Anfrage": when asked, not by whom */
        if (is(c, j, "auf") && (is(c, j + 1, "nachfrage") || is(c, j + 1, "anfrage"))) {
            j++;
            continue;
        }
        if (is(c, j, "in") || is(c, j, "im") || is(c, j, "aus") || is(c, j, "von") ||
            is(c, j, "vom") || is(c, j, "bei") || is(c, j, "seitens") || is(c, j, "vonseiten") ||
            is(c, j, "auf")) {
            size_t e = qx_np_fwd(c, j + 1, ce);
            if (e > j + 1) {
                *speaker = (nf_seg){(uint32_t)j + 1, (uint32_t)e};
                break;
            }
        }
    }
    /* "In dem Bericht, der am Montag erschien, heißt es": the source
     * before a relative clause. */
    if (speaker->tb <= speaker->ta && cs > sa) *speaker = statement_before(c, sa, cs);
    return true;
}
