/* entity_descriptions.c - the descriptions joined to names as nominal
 * mentions.  "der russische Präsident Wladimir Putin", "dem kasachischen
 * Führer Toqajew", "Irans Präsident Ahmadinedschad", "der deutschen
 * Baufirma Hochtief": the words before the name describe the one it names, and
 * the annotation guide marks them as a nominal mention of that person or
 * organisation, as it marks "der Präsident" elsewhere in the text.  The
 * stages that resolve descriptions ask only about speakers and actors;
 * this pass, run once they are done, adds the description wherever a
 * person's or an organisation's name has one right before it. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "langpack.h"
#include "ner.h"
#include "stages.h"
#include "tokens.h"

/* The most lower-case words (adjectives, participles, ages) between a
 * description's article and its noun. */
#define MODIFIERS_MAX 4

/* The most tokens a mention spans, as far as the look-back below goes. */
#define MENTION_SPAN_MAX 32

/* True when a mention covers token k: with `names`, a name mention; else
 * any but a nationality's adjective (which stays a mention of its country
 * inside the description: "der russische Präsident"). */
static bool covered_by(const nf_doc *doc, size_t k, bool names) {
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta + MENTION_SPAN_MAX < k) break;
        if (m->tb > k && (names ? m->kind == NF_MK_NAME : m->kind != NF_MK_ADJECTIVE)) return true;
    }
    return false;
}

/* True when a mention other than a nationality's adjective covers token k. */
static bool covered(const nf_doc *doc, size_t k) {
    return covered_by(doc, k, false);
}

/* True when token k is a determiner a description opens with: an article
 * or a possessive ("der", "dem", "einer", "seiner", "ihrem"). */
static bool determiner_at(const nf_doc *doc, size_t k) {
    static const char *const words[] = {
        "der",   "die",   "das",   "den",   "dem",   "des",    "ein",    "eine",   "einem",
        "einen", "einer", "eines", "sein",  "seine", "seinem", "seinen", "seiner", "seines",
        "ihr",   "ihre",  "ihrem", "ihren", "ihrer", "ihres",  NULL};
    return doc->tokens[k].kind == NF_TOK_WORD && nf_tok_in(doc, k, words);
}

/* True when the noun at token k describes a name of entity type `type`
 * set off next to it: a role of roles.tsv of that kind ("Präsident",
 * "Konzern") or a noun of class-nouns.txt that introduces such a name
 * ("Wissenschaftsjournalist", "Baufirma") or any ("Konkurrent"). */
static bool noun_of_kind(const nf_doc *doc, size_t k, int type) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return false;
    bool org = false;
    if (nf_role_at(doc, k, NULL, &org)) return org == (type == NF_ENT_ORG);
    return nf_class_noun(doc, k) == type || nf_relation_noun(doc, k);
}

/* noun_of_kind for a noun no mention covers yet. */
static bool describing_noun(const nf_doc *doc, size_t k, int type) {
    return !covered(doc, k) && noun_of_kind(doc, k, type);
}

/* See entities.h. */
bool nf_modifier_at(const nf_doc *doc, size_t k) {
    static const char *const endings[] = {"e", "en", "er", "es", "em", NULL};
    if (doc->tokens[k].kind == NF_TOK_NUMBER) return true; /* "die 5 Kubaner" */
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER) ||
        determiner_at(doc, k))
        return false;
    if (nf_tok_find(doc, k, &doc->pack->number_words)) return true; /* "die fünf Kubaner" */
    return doc->tok_llen[k] > 3 && nf_tokl_ends_in(doc, k, endings, 1);
}

/* See entities.h. */
size_t nf_definite_article_before(const nf_doc *doc, size_t noun, size_t lowest, size_t max) {
    static const char *const definite[] = {"der", "die", "den", "dem", "des", NULL};
    for (size_t j = noun, mods = 0; j-- > lowest; mods++) {
        if (nf_tok_in(doc, j, definite)) return j;
        if (mods == max || (!nf_modifier_at(doc, j) && nf_age_word_ending(doc, j) <= 0)) break;
    }
    return SIZE_MAX;
}

/* True when token k is a place's name in the genitive that stands for a
 * determiner ("Irans Präsident", "Russlands Außenminister"). */
static bool genitive_place_at(const nf_doc *doc, size_t k) {
    size_t i = nf_mention_first_at(doc, k);
    if (i >= doc->nmentions || doc->mentions[i].ta != k || doc->mentions[i].tb != k + 1 ||
        doc->mentions[i].kind != NF_MK_NAME ||
        !nf_place_type(doc->entities[doc->mentions[i].entity].type))
        return false;
    size_t n = doc->tok_len[k];
    return n > 2 && nf_tok(doc, k)[n - 1] == 's';
}

/* The first token of the determiner and the words between it and the
 * noun phrase's word at token `first` ("der russische" of "der russische
 * Präsident", "Irans" of "Irans Präsident"), within the sentence from sa;
 * `first` itself when no determiner opens the phrase (the words before
 * are no part of it then: "sagte Präsident X"). */
static size_t phrase_start(const nf_doc *doc, size_t first, size_t sa) {
    size_t a = first;
    /* the first parts of a compound that shares the noun's head ("der
     * europäische Rüstungs- und Raumfahrtkonzern") */
    while (a >= sa + 2 && (nf_tok_is(doc, a - 1, "und") || nf_tok_is(doc, a - 1, "oder")) &&
           doc->tokens[a - 2].kind == NF_TOK_WORD && (doc->tokens[a - 2].flags & NF_TF_CAP) &&
           doc->tok_len[a - 2] > 2 && nf_tok(doc, a - 2)[doc->tok_len[a - 2] - 1] == '-')
        a -= 2;
    size_t b = a;
    /* (no preposition, pronoun, conjunction or auxiliary: "Der habe unter
     * Ex-Flughafen-Chef X gelitten" opens with a pronoun) */
    while (a > sa && a + MODIFIERS_MAX > b && nf_modifier_at(doc, a - 1) && !covered(doc, a - 1) &&
           !(nf_quote_word_any(doc, a - 1, "prscx") && !nf_quote_word_class(doc, a - 1, 'd')))
        a--;
    if (a > sa && determiner_at(doc, a - 1) && !covered(doc, a - 1)) return a - 1;
    if (a == b && a > sa && genitive_place_at(doc, a - 1)) return a - 1;
    return first;
}

/* The first token of the definite description of type `type` whose
 * genitive the phrase starting at token a (phrase_start's, a determiner)
 * is ("der Pressesprecher" of "des russischen Präsidenten"), within the
 * sentence from sa; a when there is none.  (After an indefinite one the
 * name that follows is the owner's: "ein Mitarbeiter der damaligen
 * Justizministerin Karin Gastinger".) */
static size_t owner_start(const nf_doc *doc, size_t a, size_t sa, int type) {
    static const char *const genitives[] = {"des", "der", "eines", "einer", NULL};
    static const char *const definite[] = {"der", "die", "das", "den", "dem", "des", NULL};
    if (a == sa || !nf_tok_in(doc, a, genitives) || !describing_noun(doc, a - 1, type) ||
        nf_relation_noun(doc, a - 1))
        return a; /* (no relation's noun: "den lokalen Partner der Organisation X" is not X) */
    size_t head = phrase_start(doc, a - 1, sa);
    return head < a - 1 && nf_tok_in(doc, head, definite) ? head : a;
}

/* See entities.h. */
bool nf_owner_genitive_at(const nf_doc *doc, size_t noun, int type) {
    size_t sa = doc->sentences[doc->tok_sent[noun]].ta;
    size_t a = phrase_start(doc, noun, sa);
    return a < noun && owner_start(doc, a, sa, type) < a;
}

/* The first token of the name of a place or an organisation in the
 * genitive that ends right before token `end` and complements the noun
 * before it: after "des" or "der" ("des Kosovos", "der Deutschen Bank"),
 * or a place's in "-s" alone ("Frankreichs"); `end` when there is none
 * within the sentence from sa. */
static size_t genitive_name_before(const nf_doc *doc, size_t end, size_t sa) {
    static const char *const genitives[] = {"des", "der", NULL};
    for (size_t i = nf_mention_first_at(doc, end); i-- > 0;) {
        const nf_mention *g = &doc->mentions[i];
        if (g->ta + MENTION_SPAN_MAX < end) break;
        if (g->tb != end || g->kind != NF_MK_NAME) continue;
        int type = doc->entities[g->entity].type;
        if (g->ta <= sa + 1 || (type != NF_ENT_ORG && !nf_place_type(type))) return end;
        if (nf_tok_in(doc, g->ta - 1, genitives)) return g->ta - 1;
        return genitive_place_at(doc, g->ta) ? g->ta : end;
    }
    return end;
}

/* True when the name mention m is followed by "und" or "sowie" and a
 * name of the same kind: a noun before the list is a plural's ("den
 * Konkurrenten Apple und Google", "den Koalitionspartnern SPÖ und ÖVP"). */
static bool listed_with_next(const nf_doc *doc, const nf_mention *m) {
    static const char *const conjunctions[] = {"und", "sowie", NULL};
    if (m->tb + 1 >= doc->ntokens || !nf_tok_in(doc, m->tb, conjunctions)) return false;
    size_t i = nf_mention_first_at(doc, m->tb + 1);
    return i < doc->nmentions && doc->mentions[i].ta == m->tb + 1 &&
           doc->mentions[i].kind == NF_MK_NAME &&
           doc->entities[doc->mentions[i].entity].type == doc->entities[m->entity].type;
}

/* The first token of the description that ends right before the name
 * mention m (its noun at m->ta - 1), or m->ta when there is none: the
 * noun with its determiner and the lower-case words between them ("der
 * russische Präsident", "Irans Präsident"), and the noun phrase a
 * genitive of that noun follows ("der Pressesprecher des russischen
 * Führers"), whose genitive then starts at *owner_of (else untouched). */
static size_t description_start(const nf_doc *doc, const nf_mention *m, size_t sa,
                                size_t *owner_of) {
    if (m->ta <= sa || listed_with_next(doc, m)) return m->ta;
    int type = doc->entities[m->entity].type;
    size_t noun = m->ta - 1;
    /* (a person's office, of a place or an organisation: "der
     * Premierminister des Kosovos Hashim Thaçi") */
    if (type == NF_ENT_PERSON) noun = genitive_name_before(doc, m->ta, sa) - 1;
    if (!describing_noun(doc, noun, type)) return m->ta;
    /* (a noun with no determiner is a title: "Präsident Boris Tadić") */
    size_t a = phrase_start(doc, noun, sa);
    if (a == noun) return m->ta;
    /* (a person's noun is seldom neuter: "Das erklärte General Winai" is
     * the demonstrative and a verb) */
    if (type == NF_ENT_PERSON && nf_tok_is(doc, a, "das") && a + 1 < noun) return m->ta;
    /* (nor is a plural by its form, "-innen", or "-ern" after "den": "von
     * den Ermittlern Demjanjuk zugeordnet") */
    if (type == NF_ENT_PERSON && nf_plural_person_form(doc, noun, nf_tok_is(doc, a, "den")))
        return m->ta;
    /* (nor "die" before a noun in "-en": "werfen die Abgeordneten Schaunig
     * vor", one woman is "die Abgeordnete") */
    if (type == NF_ENT_PERSON && nf_tok_is(doc, a, "die") && doc->tok_llen[noun] > 4 &&
        nf_plural_in_en(doc, noun))
        return m->ta;
    /* (nor "die" before a man's noun, which is the plural's or a relative
     * pronoun: "die Reform, die Ministerpräsident Hans Vogel begonnen hat") */
    if (type == NF_ENT_PERSON && nf_tok_is(doc, a, "die") &&
        nf_person_noun_gender(doc, noun) == 'm')
        return m->ta;
    /* (nor is a name in the genitive, whose noun before it is another's:
     * nf_name_owns_noun) */
    if (type == NF_ENT_PERSON &&
        (nf_name_owns_noun(doc, m) || (m->tb == m->ta + 1 && nf_genitive_surname_at(doc, m->ta))))
        return m->ta;
    /* (the genitive of another's description: the spokesman's, whose
     * description holds it) */
    size_t owner = owner_start(doc, a, sa, type);
    if (owner < a) *owner_of = a;
    return owner;
}

/* Orders the mentions by their first token again (insertion sort: a pass
 * that moved a few starts back leaves them nearly in order), the order
 * nf_mention_first_at searches. */
static void sort_mentions(nf_doc *doc) {
    for (size_t i = 1; i < doc->nmentions; i++) {
        nf_mention x = doc->mentions[i];
        size_t j = i;
        while (j > 0 && doc->mentions[j - 1].ta > x.ta) {
            doc->mentions[j] = doc->mentions[j - 1];
            j--;
        }
        doc->mentions[j] = x;
    }
}

/* The end of the nominal mention m without the name of its own entity
 * it ends in: a stage may have taken a speaker's whole phrase, "die
 * israelische Tageszeitung Haaretz" or "der Fernsehsender „Channel 10“",
 * whose description ends at its noun (an acronym in parentheses after
 * the name left out); m->tb when no such name ends it,
 * or when the name holds the noun ("Die [Staatsanwaltschaft Oslo]"). */
static size_t description_before_own_name(const nf_doc *doc, const nf_mention *m) {
    size_t end = m->tb;
    if (end > m->ta + 1 && doc->tokens[end - 1].kind == NF_TOK_QUOTE) end--;
    /* (and its acronym in parentheses: "die Oppositionspartei Movement for
     * Democratic Change (MDC)") */
    if (end > m->ta + 3 && nf_tok_is(doc, end - 1, ")"))
        for (size_t p = end - 2; p > m->ta + 1 && p + 4 >= end; p--)
            if (nf_tok_is(doc, p, "(")) {
                end = p;
                break;
            }
    for (size_t i = nf_mention_first_at(doc, m->ta + 1); i < doc->nmentions; i++) {
        const nf_mention *x = &doc->mentions[i];
        if (x->ta >= end) break;
        if (x->tb != end || x->kind != NF_MK_NAME || x->entity != m->entity) continue;
        size_t cut = x->ta;
        while (cut > m->ta && doc->tokens[cut - 1].kind == NF_TOK_QUOTE) cut--;
        bool noun = cut > m->ta + 1 && doc->tokens[cut - 1].kind == NF_TOK_WORD &&
                    (doc->tokens[cut - 1].flags & NF_TF_CAP) && !determiner_at(doc, cut - 1);
        return noun ? cut : m->tb;
    }
    return m->tb;
}

/* Gives the nominal mentions the stages made without their determiner
 * ("israelische Regierung" of "Die israelische Regierung stimmte zu") the
 * determiner and the words before their first one, as the annotation
 * guide writes a description; one so made that holds another of the
 * same entity replaces it. */
static void drop_held_nominals(nf_doc *doc); /* below */

static void nominals_with_determiners(nf_doc *doc) {
    bool moved = false;
    for (size_t i = 0; i < doc->nmentions; i++) {
        nf_mention *m = &doc->mentions[i];
        if (m->kind == NF_MK_NOMINAL) m->tb = (uint32_t)description_before_own_name(doc, m);
        if (m->kind != NF_MK_NOMINAL || m->ta == 0 || doc->tokens[m->ta].kind != NF_TOK_WORD ||
            determiner_at(doc, m->ta))
            continue;
        size_t a = phrase_start(doc, m->ta, doc->sentences[doc->tok_sent[m->ta]].ta);
        if (a < m->ta) m->ta = (uint32_t)a, moved = true;
    }
    if (moved) sort_mentions(doc);
    drop_held_nominals(doc);
}

/* Drops a nominal mention that another of the same entity holds: a stage
 * may have made the phrase a mention with its determiner and another
 * without it, or its noun one inside an apposition. */
static void drop_held_nominals(nf_doc *doc) {
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        bool held = false;
        for (size_t j = n; j-- > 0 && !held && doc->mentions[j].ta + MENTION_SPAN_MAX >= m->ta;) {
            const nf_mention *x = &doc->mentions[j];
            held = m->kind == NF_MK_NOMINAL && x->kind == NF_MK_NOMINAL && x->entity == m->entity &&
                   x->tb >= m->tb;
        }
        if (!held) doc->mentions[n++] = *m;
    }
    doc->nmentions = n;
}

/* Drops the nominal mention of entity `ent` over tokens [ta, tb) where
 * there is one: the owner's genitive resolved to the one it is the owner
 * of ("der Pressesprecher des russischen Präsidenten Dmitri Peskow" in a
 * text that names no president is no description of Peskow's). */
static void drop_nominal(nf_doc *doc, size_t ta, size_t tb, uint32_t ent) {
    for (size_t i = nf_mention_first_at(doc, ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta != ta) break;
        if (m->tb != tb || m->entity != ent || m->kind != NF_MK_NOMINAL) continue;
        memmove(&doc->mentions[i], &doc->mentions[i + 1],
                (doc->nmentions - i - 1) * sizeof *doc->mentions);
        doc->nmentions--;
        return;
    }
}

/* True when a name mention (not a description) covers token k. */
static bool named_at(const nf_doc *doc, size_t k) {
    return covered_by(doc, k, true);
}

/* The most tokens an apposition after a name spans. */
#define APPOSITION_MAX 12

/* True when token k is a word that may open a complement of a
 * description's noun or stand inside one: a preposition or a determiner
 * ("des Kosovos", "für das Kosovo zuständige", "im Kosovo"). */
static bool complement_word(const nf_doc *doc, size_t k) {
    static const char *const words[] = {"des", "der",  "von", "vom", "im",  "in",  "aus", "für",
                                        "bei", "beim", "am",  "an",  "zum", "zur", NULL};
    return determiner_at(doc, k) || nf_tok_in(doc, k, words);
}

/* The end of the description of an entity of type `type` that opens
 * with the determiner at token d, within the sentence ending at sb: the
 * punctuation mark after it; 0 where the words from d are no such
 * description.  One is a determiner, then words with a describing noun of
 * that kind among them, ending in a capitalised word ("der Premierminister
 * des Kosovos", "der für das Kosovo zuständige serbische Minister").  No
 * relative clause, which ends in its verb ("der die Unabhängigkeit
 * erklärte"), no list ("die Regierung und ..."), no noun that introduces a
 * name of its own ("die Drogeriekette Rossmann", "dem Papst Benedikt
 * XVI."), none headed by a noun of another kind ("eine Aussage des
 * Chefs") or holding two of the kind. */
static size_t description_end(const nf_doc *doc, size_t d, size_t sb, int type) {
    static const char *const conjunctions[] = {"und", "oder", "sowie", "bzw", NULL};
    size_t noun = 0, end = d + 1;
    bool preposition = false;
    for (; end < sb && end < d + APPOSITION_MAX; end++) {
        const nf_token *t = &doc->tokens[end];
        if (t->kind == NF_TOK_PUNCT) break;
        if (noun_of_kind(doc, end, type)) {
            /* (one noun of the kind only: "die Anwälte des Kapitäns, X"
             * may name either) */
            if (noun || named_at(doc, end) || (end + 1 < sb && named_at(doc, end + 1))) return 0;
            noun = end;
            continue;
        }
        /* a capitalised word before the noun only in a phrase of a
         * preposition ("der für das Kosovo zuständige"): else it heads
         * the phrase ("eine Aussage des Chefs", "die Neue Demokratische
         * Partei des Machthabers") */
        if (!noun && (t->flags & NF_TF_CAP) && !preposition) return 0;
        /* lower-case words: adjectives, prepositions and determiners only */
        if ((t->flags & NF_TF_LOWER) && (nf_tok_in(doc, end, conjunctions) ||
                                         (!nf_modifier_at(doc, end) && !complement_word(doc, end))))
            return 0;
        if ((t->flags & NF_TF_LOWER) && complement_word(doc, end) && !determiner_at(doc, end))
            preposition = true;
        if (t->kind != NF_TOK_WORD && t->kind != NF_TOK_NUMBER) return 0;
    }
    return noun && end < sb && doc->tokens[end].kind == NF_TOK_PUNCT &&
                   (doc->tokens[end - 1].flags & NF_TF_CAP)
               ? end
               : 0;
}

/* The apposition set off by a comma after the name mention m, [*a, *b):
 * a description closed by a comma or the sentence's end ("Hashim Thaçi,
 * der Premierminister des Kosovos, ..."; a full stop inside the sentence
 * ends an abbreviation: "König Felipe VI. mit ..."), with no name right
 * after it, which it would describe in a list of people ("Berlusconi, der
 * Leiter der IAEA, Mohammed ElBaradei"). */
static bool apposition_after(const nf_doc *doc, const nf_mention *m, size_t *a, size_t *b) {
    size_t sb = doc->sentences[doc->tok_sent[m->ta]].tb, d = m->tb + 1;
    if (d + 1 >= sb || !nf_tok_is(doc, m->tb, ",") || !determiner_at(doc, d)) return false;
    size_t end = description_end(doc, d, sb, doc->entities[m->entity].type);
    if (!end || !(nf_tok_is(doc, end, ",") || end + 1 == sb) ||
        (end + 1 < sb && named_at(doc, end + 1)))
        return false;
    *a = d, *b = end;
    return true;
}

/* The description set off by a comma before the name mention m, [*a,
 * *b): "der Vorsitzende der IG Bau, Klaus Wiesehügel", "Der Vorsitzende
 * des Verbands in Deutschland, Michael Knipper, kritisierte", opening the
 * sentence, after a comma or after a verb in lower case ("sieht der
 * Vorsitzende ..."); the name closed by a comma or the sentence's end. */
static bool apposition_before(const nf_doc *doc, const nf_mention *m, size_t *a, size_t *b) {
    size_t sa = doc->sentences[doc->tok_sent[m->ta]].ta;
    size_t sb = doc->sentences[doc->tok_sent[m->ta]].tb, c = m->ta - 1;
    if (m->ta < sa + 3 || !nf_tok_is(doc, c, ",") ||
        !(m->tb + 1 == sb || (m->tb < sb && nf_tok_is(doc, m->tb, ","))))
        return false;
    int type = doc->entities[m->entity].type;
    for (size_t d = c - 1; d-- > sa && d + APPOSITION_MAX > c;) {
        /* (a determiner after a noun opens a genitive inside: "der Leiter
         * der Behörde") */
        if (!determiner_at(doc, d) || (d > sa && doc->tokens[d - 1].kind != NF_TOK_PUNCT &&
                                       !(doc->tokens[d - 1].flags & NF_TF_LOWER)))
            continue;
        if (description_end(doc, d, sb, type) != c) return false;
        *a = d, *b = c;
        return true;
    }
    return false;
}

/* Drops the entities from `keep` on and their mentions: what a look-up
 * made that names no one of the text. */
static void drop_entities_from(nf_doc *doc, size_t keep) {
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++)
        if (doc->mentions[i].entity < keep) doc->mentions[n++] = doc->mentions[i];
    doc->nmentions = n;
    doc->nentities = keep;
}

/* True when the text s starts with the n bytes of `lower` (in lower
 * case), its ASCII letters read in lower case. */
static bool lower_prefix(const char *s, const char *lower, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
        if (c != lower[i]) return false; /* (s's NUL ends it too) */
    }
    return true;
}

/* True when the first part of a hyphenated compound at token k allows
 * that it describes entity e: a word ("Online-Versandriese"), a
 * country's ("US-Technologieriese") or the start of e's name ("der
 * RWE-Konzern"), not another name ("der Windows-Konzern" is no Google);
 * true for a compound without a hyphen. */
static bool first_part_fits(const nf_doc *doc, size_t k, const nf_entity *e) {
    const char *w = nf_tokl(doc, k), *h = memchr(w, '-', doc->tok_llen[k]);
    size_t n = h ? (size_t)(h - w) : 0;
    if (!n || n >= 64 || nf_compound_country(doc, k, NF_CC_COUNTRY, NULL)) return true;
    char part[64];
    memcpy(part, w, n);
    part[n] = '\0';
    if (nf_ner_common_word(doc->engine->ner, part)) return true;
    const char *names[] = {e->name, e->canonical};
    for (size_t i = 0; i < 2; i++)
        if (names[i] && lower_prefix(names[i], part, n)) return true;
    if (part[0] >= 'a' && part[0] <= 'z') part[0] = (char)(part[0] - 'a' + 'A');
    return nf_lexicon_find(&doc->engine->gz.common_nouns, part, n) != NULL; /* "Internet" */
}

/* True when a definite article (three letters that begin with "d":
 * "der", "die", "das", "den", "dem", "des") stands within the
 * MODIFIERS_MAX + 1 tokens before token k in its sentence, as it must
 * before a definite description's noun: a cheap test that spares most
 * words the look-up of a compound's last part. */
static bool definite_near(const nf_doc *doc, size_t k) {
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    for (size_t j = k; j > sa && j + MODIFIERS_MAX + 1 > k;) {
        j--;
        if (doc->tok_llen[j] == 3 && nf_tokl(doc, j)[0] == 'd') return true;
    }
    return false;
}

/* True when entity e has a nominal mention before token k that is one
 * hyphenated compound ("Der Gazprom-Konzern"): the text names it so. */
static bool described_by_compound(const nf_doc *doc, int32_t e, size_t k) {
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < k; i++) {
        const nf_mention *m = &doc->mentions[i];
        if ((int32_t)m->entity == e && m->kind == NF_MK_NOMINAL &&
            memchr(nf_tok(doc, m->tb - 1), '-', doc->tok_len[m->tb - 1]))
            return true;
    }
    return false;
}

/* True when "den" at token a before the person's noun at k is a
 * masculine accusative in the singular, no dative plural: a noun without
 * the plural's "-n" or "-s" ("den Minister", "den Kanzler"), or a weak
 * noun's "-en" after no preposition but one that governs the accusative
 * ("kritisierte den ukrainischen Präsidenten", "gegen den Präsidenten";
 * not "mit den Präsidenten Russlands und Chinas"). */
static bool singular_after_den(const nf_doc *doc, size_t a, size_t k) {
    static const char *const accusative[] = {"für", "gegen", "durch", "ohne", "um", NULL};
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (n < 3) return false;
    if (w[n - 1] != 'n' && w[n - 1] != 's') return true;
    if (w[n - 1] != 'n' || w[n - 2] != 'e' || a == 0) return false;
    return nf_tok_in(doc, a - 1, accusative) || !nf_quote_word_class(doc, a - 1, 'r');
}

/* See entities.h.  A person's noun in the singular only: "die" with a
 * woman's noun, "den" where it is no dative plural (singular_after_den),
 * "der" with a man's not after a noun or a preposition ("die Riege der
 * Minister", "Angaben der Abgeordneten": plural genitives). */
bool nf_singular_person_article(const nf_doc *doc, size_t a, size_t k, char gender) {
    size_t sa = doc->sentences[doc->tok_sent[a]].ta;
    if (nf_tok_is(doc, a, "den")) return singular_after_den(doc, a, k);
    if (nf_tok_is(doc, a, "die")) return gender == 'f';
    return !(nf_tok_is(doc, a, "der") && gender != 'f' && a > sa &&
             doc->tokens[a - 1].kind == NF_TOK_WORD &&
             ((doc->tokens[a - 1].flags & NF_TF_CAP) || complement_word(doc, a - 1)));
}

/* Resolves the definite descriptions by a role noun that no mention
 * covers yet ("der Konzern", "des Unternehmens", "der Minister") as a
 * speaker's would be, and keeps those that take up a person or an
 * organisation the text names, of the noun's kind: the nominal mentions
 * of the actors the text goes on to describe.  Returns false when memory
 * runs out. */
static bool definite_descriptions(nf_doc *doc) {
    static const char *const definite[] = {"der", "die", "das", "den", "dem", "des", NULL};
    static const char *const complements[] = {"des", "der", "von", "vom", NULL};
    for (size_t k = 1; k + 1 < doc->ntokens; k++) {
        const nf_token *t = &doc->tokens[k];
        /* (a capitalised word after one in lower case, an article's or an
         * adjective's, or after the first word of the sentence or of a
         * clause after a punctuation mark: the cheap tests first) */
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) ||
            doc->tokens[k - 1].kind != NF_TOK_WORD ||
            !((doc->tokens[k - 1].flags & NF_TF_LOWER) ||
              doc->sentences[doc->tok_sent[k]].ta == k - 1 ||
              (k >= 2 && (doc->tokens[k - 2].kind == NF_TOK_PUNCT ||
                          doc->tokens[k - 2].kind == NF_TOK_QUOTE))) ||
            covered(doc, k))
            continue;
        bool org = false;
        char gender = 0;
        const char *role = nf_role_at(doc, k, &gender, &org);
        /* a compound whose last part is an organisation's noun ("der
         * Chemieriese", "die Kartellbehörde"), not a court's: "das
         * Insolvenzgericht" is a court of its own */
        bool compound = false;
        if (!role && definite_near(doc, k) &&
            (role = nf_compound_org_role(doc, k, &gender)) != NULL) {
            if (nf_role_is(role, "court")) continue;
            org = compound = true;
        }
        /* (groups of people are no one actor: "der Flüchtlinge") */
        if (!role || nf_role_is(role, "refugees") || nf_role_is(role, "civilians") ||
            nf_role_is(role, "protesters") || nf_role_is(role, "rebels"))
            continue;
        int type = org ? NF_ENT_ORG : NF_ENT_PERSON;
        size_t sa = doc->sentences[doc->tok_sent[k]].ta;
        size_t a = phrase_start(doc, k, sa);
        /* (a number among the words is a plural, "der drei Organisationen",
         * "der beiden Hersteller";
         * so is a partitive, "einer der einflussreichsten Organisationen") */
        /* (or a quantifier of plurals: "der meisten Firmen", "aller
         * Parteien") */
        static const char *const plurals[] = {
            "beiden",     "meisten",  "vielen",      "vieler",      "mehreren", "mehrerer",
            "einigen",    "einiger",  "zahlreichen", "zahlreicher", "wenigen",  "sämtlichen",
            "sämtlicher", "etlichen", "etlicher",    "aller",       NULL};
        bool counted = false;
        for (size_t j = a + 1; j < k && !counted; j++)
            counted = doc->tokens[j].kind == NF_TOK_NUMBER || nf_tok_in(doc, j, plurals) ||
                      nf_tok_find(doc, j, &doc->pack->number_words) != NULL;
        static const char *const partitive[] = {"einer", "eines", "einem", "einen", NULL};
        if (counted || (a > sa && nf_tok_in(doc, a - 1, partitive))) continue;
        /* (not before a name or a word that may be one, "die Bank
         * Austria", nor a complement that says whose office it is, "den
         * Präsidenten des Landtags") */
        if (a == k || !nf_tok_in(doc, a, definite) || (doc->tokens[k + 1].flags & NF_TF_CAP) ||
            nf_tok_in(doc, k + 1, complements))
            continue;
        if (!org && !nf_singular_person_article(doc, a, k, gender)) continue;
        /* a company's compound whose first part the gazetteer names as an
         * organisation describes it, named before or not ("Der
         * Gazprom-Konzern meldete ... Das Unternehmen"; the entity from the
         * lists where the text has none yet) */
        int32_t own = compound ? nf_company_of_compound(doc, k, role) : -1;
        if (own >= 0) {
            if (!nf_mention_add(doc, a, k + 1, own, NF_MK_NOMINAL)) return false;
            continue;
        }
        size_t ne = doc->nentities;
        int32_t e = nf_coref_resolve(doc, a, k + 1);
        if (doc->nentities > ne) drop_entities_from(doc, ne);
        if (e < 0 || (size_t)e >= ne) continue;
        /* (a company the lists name by a compound's first part counts as
         * named: "Der Gazprom-Konzern ... Das Unternehmen") */
        bool named = nf_entity_has_name(doc, e) ||
                     (doc->entities[e].canonical && org && described_by_compound(doc, e, k));
        if (doc->entities[e].type != type || !named ||
            (compound && !first_part_fits(doc, k, &doc->entities[e])))
            drop_nominal(doc, a, k + 1, e);
    }
    return true;
}

/* See entities.h. */
int32_t nf_company_of_compound(nf_doc *doc, size_t k, const char *role) {
    const char *w = nf_tok(doc, k), *h = strchr(w, '-');
    return h && h > w && nf_role_is(role, "company") ? nf_gz_org_named(doc, w, (size_t)(h - w))
                                                     : -1;
}

/* The most sentences back "das Land" looks for its country. */
#define COUNTRY_SENTENCES 2

/* True when entity e is a country: a place whose actor code is its
 * country's (Russia, not Moscow, which has none). */
static bool country_entity(const nf_entity *e) {
    return e->type == NF_ENT_GPE && e->actor && e->country[0] && strcmp(e->actor, e->country) == 0;
}

/* The country "Das Land" at token k (opening its sentence) takes up,
 * or -1: of the places named in the COUNTRY_SENTENCES before it, the
 * last country that opened its sentence, the subject ("Frankreich will
 * Soldaten in den Libanon entsenden. Das Land ..."), else the one country
 * where all the places named are it; none where another place was named
 * ("Niedersachsen ... Das Land will sparen": a state's "Land"). */
static int32_t country_taken_up(const nf_doc *doc, size_t k) {
    size_t s = doc->tok_sent[k];
    size_t from = doc->sentences[s > COUNTRY_SENTENCES ? s - COUNTRY_SENTENCES : 0].ta;
    int32_t only = -1;
    bool others = false;
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta < from) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (!nf_place_type(e->type)) continue;
        if (!country_entity(e)) {
            others = true;
            continue;
        }
        if (m->kind == NF_MK_NAME && m->ta == doc->sentences[doc->tok_sent[m->ta]].ta)
            return (int32_t)m->entity;
        if (only >= 0 && only != (int32_t)m->entity) others = true;
        only = (int32_t)m->entity;
    }
    return others ? -1 : only;
}

/* Makes "Das Land" that opens a sentence before a word in lower case
 * ("Das Land war 1962 beigetreten") a nominal mention of the country it
 * takes up (country_taken_up). */
static bool country_descriptions(nf_doc *doc) {
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t k = doc->sentences[s].ta;
        if (k + 2 >= doc->ntokens || !nf_tok_is(doc, k, "das") || !nf_tok_is(doc, k + 1, "land") ||
            doc->tokens[k + 2].kind != NF_TOK_WORD || !(doc->tokens[k + 2].flags & NF_TF_LOWER) ||
            covered(doc, k + 1))
            continue;
        if (!nf_mention_add(doc, k, k + 2, country_taken_up(doc, k), NF_MK_NOMINAL)) return false;
    }
    return true;
}

/* A description found, to be added once the mentions are all read. */
typedef struct found_description {
    uint32_t ta, tb, entity;
    uint32_t owner; /* the genitive of another's description in it, or tb */
} found_description;

/* See stages.h. */
bool nf_descriptions_before_names(nf_doc *doc) {
    /* (the events' index of mentions over tokens: no stage reads it after
     * them, and the starts below move) */
    doc->mention_cover = NULL;
    nominals_with_determiners(doc);
    if (!country_descriptions(doc)) return false;
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        int type = doc->entities[m->entity].type;
        n += m->kind == NF_MK_NAME && (type == NF_ENT_PERSON || type == NF_ENT_ORG);
    }
    /* (with no name of either, still the descriptions of the lists'
     * companies: "Der Gazprom-Konzern meldete Verluste") */
    found_description *found = n ? nf_arena_alloc(&doc->arena, 2 * n * sizeof *found) : NULL;
    if (n && !found) return false;
    size_t nf = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        int type = doc->entities[m->entity].type;
        if (m->kind != NF_MK_NAME || (type != NF_ENT_PERSON && type != NF_ENT_ORG)) continue;
        size_t owner = m->ta;
        size_t a = description_start(doc, m, doc->sentences[doc->tok_sent[m->ta]].ta, &owner);
        if (a < m->ta)
            found[nf++] = (found_description){(uint32_t)a, m->ta, m->entity, (uint32_t)owner};
        size_t b;
        if (apposition_after(doc, m, &a, &b) || apposition_before(doc, m, &a, &b))
            found[nf++] = (found_description){(uint32_t)a, (uint32_t)b, m->entity, (uint32_t)b};
    }
    /* the owner's description in the genitive, resolved as a speaker's
     * would be ("des russischen Führers": Putin, named before or in
     * office), before the description around it covers its words */
    for (size_t i = 0; i < nf; i++)
        if (found[i].owner < found[i].tb &&
            nf_coref_resolve(doc, found[i].owner, found[i].tb) == (int32_t)found[i].entity)
            drop_nominal(doc, found[i].owner, found[i].tb, found[i].entity);
    for (size_t i = 0; i < nf; i++)
        if (!nf_mention_add(doc, found[i].ta, found[i].tb, (int32_t)found[i].entity, NF_MK_NOMINAL))
            return false;
    if (!definite_descriptions(doc)) return false;
    drop_held_nominals(doc);
    return true;
}
