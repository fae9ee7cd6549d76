/* entity_english.c - English names of the form "X of Y" in German text:
 * "der University of Colorado", "die Bank of England", "Spielbergs Bridge
 * of Spies", "das Kreuzfahrtschiff Pride of America".  The tagger, trained
 * on German, cuts them at "of" and calls the parts a place and a person;
 * but a name inside a longer name is no mention of its own (annotation
 * guide), so the whole is one organisation where its head word names an
 * institution, and no person where it is a title of a work or a ship
 * ("Prince of Persia", "Bridge of Spies", "Pride of America"). */
#include <stddef.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "tokens.h"

/* The most words of a name after "of" looked at. */
#define OF_TAIL_MAX 8

/* True when token k is a word written with a capital. */
static bool capitalised(const nf_doc *doc, size_t k) {
    return k < doc->ntokens && doc->tokens[k].kind == NF_TOK_WORD &&
           (doc->tokens[k].flags & NF_TF_CAP);
}

/* True when token k is an English head word of an institution's name
 * (compared in lower case). */
static bool institution_head(const nf_doc *doc, size_t k) {
    static const char *const heads[] = {
        "university",   "institute",    "bank",        "museum",     "college",   "school",
        "academy",      "society",      "library",     "council",    "board",     "church",
        "department",   "ministry",     "court",       "federation", "union",     "association",
        "league",       "office",       "agency",      "commission", "committee", "organization",
        "organisation", "foundation",   "corporation", "gallery",    "hospital",  "center",
        "centre",       "conservatory", "seminary",    "parliament", "assembly",  "congress",
        "movement",     "front",        "party",       "fund",       "alliance",  "coalition",
        "campaign",     "network",      "forum",       NULL};
    return nf_tok_in(doc, k, heads);
}

/* True when token k is a French, Spanish, Italian or Portuguese head word
 * of an institution's or a movement's name ("Mouvement de Libération du
 * Congo", "Union pour la Démocratie Française", "Banco de España";
 * compared in lower case). */
static bool romance_head(const nf_doc *doc, size_t k) {
    static const char *const heads[] = {
        "mouvement",   "union",        "front",       "parti",      "rassemblement",
        "congrès",     "conseil",      "alliance",    "fédération", "confédération",
        "banque",      "université",   "partido",     "frente",     "movimiento",
        "unión",       "banco",        "universidad", "federación", "confederación",
        "partito",     "movimento",    "fronte",      "banca",      "università",
        "federazione", "universidade", NULL};
    return nf_tok_in(doc, k, heads);
}

/* The first token of the run of capitalised words that ends at token k
 * and may open the name: no article or determiner ("Die Bank of
 * England"), no word the tagger's lexicon knows as German ("Forscher",
 * "Kreuzfahrtschiff"), no noun that classifies the name, k itself at
 * least. */
static size_t run_start(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_ner_model *ner = doc->engine->ner;
    size_t a = k;
    while (a > 0 && k - a < OF_TAIL_MAX && capitalised(doc, a - 1) &&
           !nf_tokl_get(doc, a - 1, &gz->articles) &&
           !nf_tokl_get(doc, a - 1, &gz->noun_determiners) &&
           !nf_ner_common_word(ner, nf_tokl(doc, a - 1)) &&
           !nf_ner_noun_like(ner, nf_tokl(doc, a - 1), NF_COMMON_NOUN_MIN_FREQ) &&
           /* nor a German noun that classifies the name ("Die
            * Oppositionspartei Movement for ...") */
           nf_class_noun(doc, a - 1) < 0 && !nf_role_at(doc, a - 1, NULL, NULL) &&
           !nf_noun_compound(doc, a - 1))
        a--;
    return a;
}

/* The index of a name mention that crosses token k (starts before it and
 * ends after it: "Bank of America" the lists know whole, "Prince of
 * Persia" the tagger found), or -1. */
static ptrdiff_t name_across(const nf_doc *doc, size_t k) {
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < k; i++)
        if (doc->mentions[i].tb > k + 1 && doc->mentions[i].kind == NF_MK_NAME) return (ptrdiff_t)i;
    return -1;
}

/* Drops the name mentions inside tokens [a, b), and the one word's
 * before "of" at token k ("Prince" of "Prince of Persia"; not "Steven
 * Spielbergs" before "Bridge of Spies"); with `persons`, only those of
 * persons (a place or an organisation after "of" in a title is one:
 * "Earl of Totnes", "Profiles of U2").  Returns the entity of the first
 * name dropped that starts at a, or -1: its other mentions describe the
 * whole ("Die Oppositionspartei" of "Movement" in "Movement for
 * Democratic Change"). */
static int32_t drop_names_in(nf_doc *doc, size_t a, size_t b, size_t k, bool persons) {
    size_t out = 0;
    int32_t first = -1;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        bool inside = m->ta >= a && m->tb <= b;
        bool before_of = m->tb == k && m->ta + 1 == k;
        bool person = doc->entities[m->entity].type == NF_ENT_PERSON;
        if (!(m->kind == NF_MK_NAME && (inside || before_of) && (person || !persons))) {
            doc->mentions[out++] = *m;
            continue;
        }
        if (m->ta == a && first < 0) first = (int32_t)m->entity;
    }
    doc->nmentions = out;
    return first;
}

/* Gives entity `to` the mentions of entity `from` when no name of `from`
 * is left: the descriptions of a name's first word are the whole's. */
static void move_mentions(nf_doc *doc, int32_t from, int32_t to) {
    if (from < 0 || from == to || nf_entity_has_name(doc, from)) return;
    nf_entity_give_mentions(doc, (uint32_t)from, (uint32_t)to);
}

/* See entities.h. */
bool nf_english_of_names(nf_doc *doc) {
    static const char *const connectors[] = {"and", "of", "the", "for", "against", "on", NULL};
    /* (an institution's name links its parts by "for", "on" or "against"
     * as well: "Movement for Democratic Change", "Institute for Strategic
     * Studies"; a title by "of" alone) */
    static const char *const links[] = {"for", "on", "against", NULL};
    /* (and a Romance one by its prepositions, the articles after them
     * skipped, its parts joined by these; not "des" or "da", which German
     * has: "die Organisation des Teams") */
    static const char *const romance_links[] = {"de", "du",  "pour",  "para",  "por", "del",
                                                "di", "dei", "della", "degli", "per", NULL};
    static const char *const romance_articles[] = {"la",  "le", "les", "el",  "los",
                                                   "las", "il", "lo",  "gli", NULL};
    static const char *const romance_connectors[] = {
        "de", "du", "des", "del", "della", "di", "la", "le", "les", "el", "y", "et", "e", NULL};
    for (size_t k = 1; k + 1 < doc->ntokens; k++) {
        /* (the cheap tests first: this runs over every word) */
        char c = nf_tokl(doc, k)[0];
        if ((c != 'o' && c != 'f' && c != 'a' && c != 'd' && c != 'p') ||
            !(doc->tokens[k].flags & NF_TF_LOWER) || !capitalised(doc, k - 1))
            continue;
        bool of = nf_tok_is(doc, k, "of");
        /* (of three letters after "d" only "del" and "dei": not German's
         * "der", "die", "das", "den", "dem") */
        bool romance =
            (c == 'p' || (c == 'd' && (doc->tok_llen[k] != 3 || nf_tokl(doc, k)[2] == 'l' ||
                                       nf_tokl(doc, k)[2] == 'i'))) &&
            nf_tok_in(doc, k, romance_links) && romance_head(doc, k - 1);
        if (!of && !romance && !(nf_tok_in(doc, k, links) && institution_head(doc, k - 1)))
            continue;
        ptrdiff_t across = name_across(doc, k);
        size_t across_from = SIZE_MAX;
        if (across >= 0) {
            /* a title the tagger took whole for a person goes; a linked
             * name stays, an institution's unlinked one is taken whole
             * below ("International Council on Security" goes on with "and
             * Development") */
            const nf_mention *m = &doc->mentions[across];
            bool linked = doc->entities[m->entity].canonical != NULL;
            if (!linked && !institution_head(doc, k - 1)) drop_names_in(doc, m->ta, m->tb, k, true);
            if (linked || !institution_head(doc, k - 1)) continue;
            across_from = m->ta;
        }
        const char *const *joins = romance ? romance_connectors : connectors;
        size_t t = k + 1;
        if ((doc->tokens[t].flags & NF_TF_LOWER) &&
            (romance ? nf_tok_in(doc, t, romance_articles) : nf_tok_is(doc, t, "the")))
            t++;
        size_t b = t;
        while (b - t < OF_TAIL_MAX && capitalised(doc, b)) {
            b++;
            /* words joined by "and", "of", "the", "for", "against", "on"
             * go on with the name ("Science and Technology", "the State of
             * New York", "Front for Democracy against Dictatorship"; "du",
             * "de la", "y" in a Romance one) */
            if (b + 1 < doc->ntokens && b + 1 - t < OF_TAIL_MAX &&
                (doc->tokens[b].flags & NF_TF_LOWER) && nf_tok_in(doc, b, joins)) {
                size_t n = b + 1;
                if (romance && n + 1 < doc->ntokens && (doc->tokens[n].flags & NF_TF_LOWER) &&
                    nf_tok_in(doc, n, romance_articles))
                    n++;
                if (capitalised(doc, n)) b = n;
            }
        }
        if (b == t) continue;
        /* (or any English name of an organisation a noun of its kind sets
         * off before it: "die US-Band Eagles of Death Metal") */
        size_t start = run_start(doc, k - 1);
        bool classed = of && start > 0 && nf_class_noun(doc, start - 1) == NF_ENT_ORG;
        if (romance || institution_head(doc, k - 1) || classed) {
            size_t a = start;
            if (across_from < a) a = across_from;
            /* (a name the stages found that ends in the head opens it:
             * "United Front" of "United Front for Democracy") */
            for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < a; i++)
                if (doc->mentions[i].tb == k && doc->mentions[i].kind == NF_MK_NAME &&
                    doc->entities[doc->mentions[i].entity].type == NF_ENT_ORG &&
                    !doc->entities[doc->mentions[i].entity].canonical)
                    a = doc->mentions[i].ta;
            int32_t was = drop_names_in(doc, a, b, k, false);
            int32_t e = nf_entity_of(doc, a, b, NF_ENT_ORG);
            if (e < 0 || !nf_mention_add(doc, a, b, e, NF_MK_NAME)) return false;
            move_mentions(doc, was, e);
        } else if (of) {
            drop_names_in(doc, k + 1, b, k, true);
        }
        k = b;
    }
    return true;
}
