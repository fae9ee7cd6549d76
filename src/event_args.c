/* event_args.c - the arguments of an event trigger (see event_args.h):
 * clauses bounded by the commas that open subordinate and relative
 * clauses, actors as subject, object, prepositional phrase or passive
 * agent, and the actors coordinated with them. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "gazetteer.h"
#include "ner.h"
#include "event_args.h"
#include "stages.h"
#include "tokens.h"

#define ARG_WINDOW 12 /* tokens an argument may stand from its trigger */
#define PP_WINDOW 8   /* tokens an actor may stand after its preposition */

/* How ev_actor_in treats actors after a preposition. */
enum { ANY_ACTOR, BARE_ACTOR, NO_AGENT, SUBJECT_ACTOR /* bare, and no described place */ };

/* True when token k is one of the words in `list` (see event_args.h). */
bool ev_tok_in(const nf_doc *doc, size_t k, const char *const *list) {
    return nf_tok_in(doc, k, list);
}

/* The mention (not an adjective) that covers token k (see event_args.h). */
const nf_mention *ev_mention_at(const nf_doc *doc, size_t k) {
    if (doc->mention_cover) {
        int32_t i = k < doc->ntokens ? doc->mention_cover[k] : -1;
        return i >= 0 ? &doc->mentions[i] : NULL;
    }
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta > k) break;
        if (k < m->tb && m->kind != NF_MK_ADJECTIVE) return m;
    }
    return NULL;
}

/* See event_args.h.  Later mentions first, so that over a token the
 * first mention in text order is the one that stays. */
bool ev_index_mentions(nf_doc *doc) {
    int32_t *cover = nf_arena_alloc(&doc->arena, (doc->ntokens + 1) * sizeof *cover);
    if (!cover) return false;
    for (size_t k = 0; k <= doc->ntokens; k++) cover[k] = -1;
    for (size_t i = doc->nmentions; i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind == NF_MK_ADJECTIVE) continue;
        for (size_t k = m->ta; k < m->tb && k < doc->ntokens; k++) cover[k] = (int32_t)i;
    }
    doc->mention_cover = cover;
    return true;
}

/* True when `e` is one of the list's actors. */
bool ev_has(const ev_actors *list, int32_t e) {
    for (size_t i = 0; list && i < list->n; i++)
        if (list->e[i] == e) return true;
    return false;
}

/* The entity of the country a nationality adjective's code `iso` names
 * (its first three bytes: the lexicon's value may go on). */
static int32_t adjective_country(nf_doc *doc, const char *iso) {
    char code[4];
    memcpy(code, iso, 3);
    code[3] = '\0';
    return nf_country_entity(doc, code);
}

/* Appends `e` to the list unless it is there, full or -1. */
static void push(ev_actors *list, int32_t e) {
    if (e >= 0 && list->n < EV_MAX_ACTORS && !ev_has(list, e)) list->e[list->n++] = e;
}

/* The prepositions an actor may follow. */
static const char *const actor_preps[] = {
    "mit", "gegen", "nach",  "in",        "bei",    "an",      "auf",   "für",   "zu",
    "von", "aus",   "über",  "im",        "zum",    "vom",     "beim",  "am",    "zur",
    "ins", "unter", "durch", "zwischen",  "seit",   "während", "wegen", "trotz", "vor",
    "um",  "ohne",  "laut",  "gegenüber", "hinter", "neben",   "bis",   NULL};

/* True when an actor at token k follows a preposition (within the three
 * tokens before it, not before `a`); `agents_only` asks only for the
 * prepositions of a passive agent; `past_time` lets a time end the
 * preposition's phrase (for objects: a subject after a time in the
 * prefield, "am Montag zwei US-Jets", is as often a thing's). */
static bool after_prep(const nf_doc *doc, size_t a, size_t k, bool agents_only, bool past_time) {
    static const char *const agents[] = {"von", "vom", "durch", "seit", NULL};
    /* an abbreviation in parentheses stands where its name stands: "vor
     * dem UNO-Menschenrechtsrat (UNHRC)" */
    if (k >= a + 2 && nf_tok_is(doc, k - 1, "(")) {
        const nf_mention *m = ev_mention_at(doc, k - 2);
        if (m && m->tb == k - 1 && m->ta >= a)
            return after_prep(doc, a, m->ta, agents_only, past_time);
    }
    for (size_t q = k; q > a && q + 3 > k; q--) {
        /* (not past the verb: "Am Montag wurde Hu verhaftet") */
        if (ev_finite_verb(doc, q - 1)) break;
        /* (with `past_time`, nor past a time, which ends the preposition's
         * phrase: "hat am Wochenende zwei israelische Geiseln
         * freigelassen") */
        if (past_time && doc->claimed[q - 1] == 1) break;
        /* (nor past another name right before it: "laut Selenskyj Kiew") */
        const nf_mention *named = q == k ? ev_mention_at(doc, q - 1) : NULL;
        if (named && named->kind == NF_MK_NAME && named->tb == k) break;
        if (ev_tok_in(doc, q - 1, agents_only ? agents : actor_preps) &&
            !(nf_tok_is(doc, q - 1, "vor") && nf_tok_is(doc, q, "allem"))) /* "vor allem" */
            return true;
    }
    /* a place named after its kind, in the kind's phrase: "in der
     * östlichen Provinz Deir Essor", "in der syrischen Stadt Aleppo" */
    if (k >= a + 2 && !ev_mention_at(doc, k - 1) && nf_class_noun(doc, k - 1) == NF_ENT_GPE)
        return after_prep(doc, a, k - 1, agents_only, past_time);
    return false;
}

/* True when the nearest preposition before an actor at token k (within
 * three tokens, not before `a`) is one of `preps`. */
static bool nearest_prep_in(const nf_doc *doc, size_t a, size_t k, const char *const *preps) {
    for (size_t q = k; q > a && q + 3 > k; q--)
        if (ev_tok_in(doc, q - 1, actor_preps)) return ev_tok_in(doc, q - 1, preps);
    return false;
}

/* The prepositions that make an actor a party: "mit", "zwischen", "gegen". */
static const char *const party_preps[] = {"mit", "zwischen", "gegen", NULL};

/* "auf": what one side meets or agrees on ("trifft im Viertelfinale auf
 * Cilic", "einigten sich auf X"), not the other party of a mutual act. */
static const char *const auf_prep[] = {"auf", NULL};

/* Prepositions of time: an organisation after them names an occasion
 * ("vor dem EU-Gipfel", "nach der Sitzung des Rates"), no party. */
static const char *const time_preps[] = {"vor", "nach", "seit", "während", "bis", NULL};

/* "in": where something was said, of an outlet ("in der FAZ"); and
 * "gegenüber": to whom ("gegenüber dem Sender RTS"). */
static const char *const outlet_preps[] = {"in", "im", "gegenüber", NULL};

/* The document's entity a known name stands for ("EU" -> the European
 * Union named elsewhere, "US" -> the United States): the country of a
 * known country, the entity of the same label for a known organisation
 * (or of the same actor code, for an international one); -1 when unknown
 * or not in the document. */
static int32_t known_name_entity(const nf_doc *doc, const char *w, size_t n) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *x = nf_lexicon_find(&gz->names, w, n);
    if (!x) return -1;
    uint32_t ids[8];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, x), ids, 8);
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source == NF_GZ_COUNTRY && g->country[0]) {
            for (size_t e = 0; e < doc->nentities; e++)
                if (doc->entities[e].type == NF_ENT_GPE && doc->entities[e].actor &&
                    strcmp(doc->entities[e].actor, g->country) == 0)
                    return (int32_t)e;
        } else if (g->source == NF_GZ_ORG) {
            /* the same organisation by its label, or an international one's
             * body by its actor code ("EU-Behörde" for the Commission); a
             * national one's code is often its sector's, which many share
             * ("VW-Gesetz" is not Porsche's, though both are DEUBUS) */
            for (size_t e = 0; e < doc->nentities; e++) {
                const nf_entity *de = &doc->entities[e];
                if ((g->canonical && de->canonical && strcmp(de->canonical, g->canonical) == 0) ||
                    (!g->country[0] && g->actor && de->actor && strcmp(de->actor, g->actor) == 0))
                    return (int32_t)e;
            }
        }
    }
    return -1;
}

/* The entity a hyphenated compound at token k names by its first part
 * ("Hisbollah-Miliz", "EU-Außenminister", "UNMIK-Leiter"): a one-word name
 * mentioned elsewhere in the document, else a known name of an entity of
 * the document ("EU-Mission" with "Europäische Union"); -1 for other
 * tokens. */
static int32_t compound_actor(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return -1;
    const char *w = nf_tok(doc, k), *dash = strchr(w, '-');
    if (!dash || dash - w < 2 || !dash[1]) return -1;
    size_t n = (size_t)(dash - w);
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1) continue;
        const char *x = nf_tok(doc, m->ta);
        if (doc->tok_len[m->ta] == n && memcmp(x, w, n) == 0) return (int32_t)m->entity;
    }
    return known_name_entity(doc, w, n);
}

/* True when token k does not open its sentence: a capitalised word there
 * may be any word. */
static bool sentence_start_free(const nf_doc *doc, size_t k) {
    return doc->sentences[doc->tok_sent[k]].ta != k;
}

/* True when the mention at token k is a genitive attribute of a noun
 * before it ("eine Anhörung der EU", "der Premierminister des Kosovos",
 * "das Existenzrecht Israels"): not the subject or object of the clause. */
static bool genitive_attribute(const nf_doc *doc, size_t a, size_t k) {
    if (k < a + 1) return false;
    /* "Die Außenminister der EU forderten ...", "Ein Sprecher des Kremls
     * sagte ...": people by a role the text names no one in, of an
     * organisation or a state, act for it; the genitive is their owner.
     * Only for a phrase that opens the range with an article or the noun
     * and ends with the owner before the finite verb: no
     * name or apposition after it names them ("Der Präsident des
     * Parlaments, Martin Schulz, ...", "Die Vorsitzende der Linken Gesine
     * Lötzsch") */
    bool org;
    const nf_mention *owner = ev_mention_at(doc, k);
    if (k >= a + 2 && k <= a + 3 && (k == a + 2 || doc->tokens[a].kind == NF_TOK_WORD) &&
        (nf_tok_is(doc, k - 1, "des") || nf_tok_is(doc, k - 1, "der")) && owner && owner->ta == k &&
        ev_finite_verb(doc, owner->tb) && !ev_mention_at(doc, k - 2) &&
        (doc->tokens[k - 2].flags & NF_TF_CAP) && nf_role_at(doc, k - 2, NULL, &org) && !org &&
        (doc->entities[owner->entity].type == NF_ENT_ORG ||
         doc->entities[owner->entity].type == NF_ENT_GPE))
        return false;
    if (nf_tok_is(doc, k - 1, "des")) return true;
    /* "die Regierung der USA"; "das Auswärtige Amt der Bundesrepublik" (an
     * organisation's owner) */
    const nf_mention *head = k >= a + 2 ? ev_mention_at(doc, k - 2) : NULL;
    if (k >= a + 2 && nf_tok_is(doc, k - 1, "der") && doc->tokens[k - 2].kind == NF_TOK_WORD &&
        (doc->tokens[k - 2].flags & NF_TF_CAP) &&
        (!head || doc->entities[head->entity].type == NF_ENT_ORG))
        return true;
    /* A name in the s-genitive right after a common noun: "Israels" after
     * "Existenzrecht" (a role noun before a name is a title, not this). */
    const nf_mention *m = ev_mention_at(doc, k);
    const nf_token *before = &doc->tokens[k - 1];
    if (!m || m->kind != NF_MK_NAME || before->kind != NF_TOK_WORD ||
        !(before->flags & NF_TF_CAP) || ev_mention_at(doc, k - 1) ||
        nf_role_at(doc, k - 1, NULL, NULL) || nf_adjective_at(doc, k - 1))
        return false;
    const char *last = nf_tok(doc, m->tb - 1);
    size_t n = doc->tok_len[m->tb - 1];
    const nf_entity *e = &doc->entities[m->entity];
    const char *label = e->canonical ? e->canonical : e->name;
    size_t ln = label ? strlen(label) : 0;
    return n > 3 && last[n - 1] == 's' && ln > 0 && label[ln - 1] != 's' &&
           sentence_start_free(doc, k - 1);
}

/* True when entity e, mentioned at token k, is a place named after a noun
 * that describes it ("das Landesarbeitsgericht Hessen", "in der Grenzstadt
 * Kilis", "die Provinz Helmand"): the noun's phrase is the actor, or a
 * location, not the place.  Countries stand for their governments and
 * keep acting. */
static bool described_place(const nf_doc *doc, size_t a, size_t k, int32_t e) {
    const nf_entity *x = &doc->entities[e];
    if (x->type != NF_ENT_GPE && x->type != NF_ENT_LOC) return false;
    if (x->actor && strlen(x->actor) == 3) return false; /* a country */
    if (k <= a) return false;
    const nf_token *t = &doc->tokens[k - 1];
    return t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP) && !ev_mention_at(doc, k - 1) &&
           !nf_adjective_at(doc, k - 1);
}

/* True when entity x is a place of no state's that no list knows (a
 * square, a station, a wood: "den Umbau des Stuttgarter Bahnhofs"), which
 * no dataset of who did what to whom holds as an actor. */
static bool no_ones_place(const nf_entity *x) {
    return x->type == NF_ENT_LOC && !x->country[0] && !x->actor && !x->canonical;
}

/* True when mention m stands in parentheses right after a person's name:
 * "Hannes Androsch (SPÖ)" gives his party, which is no party to the act. */
static bool affiliation(const nf_doc *doc, const nf_mention *m) {
    if (m->ta < 2 || !nf_tok_is(doc, m->ta - 1, "(") || !nf_tok_is(doc, m->tb, ")")) return false;
    const nf_mention *p = ev_mention_at(doc, m->ta - 2);
    return p && doc->entities[p->entity].type == NF_ENT_PERSON;
}

/* True when the mention at token k is a dateline's place: a place in the
 * run of places that opens its sentence before a dash ("Wien – Die
 * Regierung ...", "Le Bourget – Nach langem Ringen ...", "London/Brüssel
 * – ...", "Neusiedl am See/Eisenstadt – ..."), where the report comes
 * from, no party to it. */
static bool dateline_place(const nf_doc *doc, const nf_mention *m) {
    uint8_t type = doc->entities[m->entity].type;
    if (type != NF_ENT_GPE && type != NF_ENT_LOC) return false;
    size_t sa = doc->sentences[doc->tok_sent[m->ta]].ta;
    for (size_t j = sa; j < doc->ntokens && j < sa + 10; j++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind == NF_TOK_PUNCT && t->b == t->a + 1) {
            uint8_t cls = doc->text.cls[t->a];
            if (cls == NF_C_DASH || cls == NF_C_HYPHEN) return j >= m->tb;
            if (!nf_tok_is(doc, j, "/")) return false;
            continue;
        }
        /* the places' words: names and their particles ("am See") */
        if (t->kind != NF_TOK_WORD) return false;
        if (!(t->flags & NF_TF_CAP) && !nf_tok_is(doc, j, "am") && !nf_tok_is(doc, j, "an") &&
            !nf_tok_is(doc, j, "der") && !nf_tok_is(doc, j, "im"))
            return false;
    }
    return false;
}

/* True when the mention of a news outlet opens its sentence before a
 * colon: the interviewer's label of an interview's turn ("STANDARD: Warum
 * kritisieren Sie die Regierung?"), no party to what the question names.
 * (A person's or a country's label may be the one who acts: "Putin: Wir
 * werden ...".) */
static bool interviewer_label(const nf_doc *doc, const nf_mention *m) {
    return nf_outlet(&doc->entities[m->entity]) && nf_turn_label(doc, m);
}

/* True when mention m is a place's name in the genitive before the noun
 * phrase it qualifies ("Berlins früherer Bürgermeister Eberhard Diepgen",
 * "Irans Präsident", "Wr. Neustadts Präsident Hans Reinisch"): the
 * phrase's head is the actor, not the place. */
static bool genitive_before_noun(const nf_doc *doc, const nf_mention *m) {
    const nf_entity *e = &doc->entities[m->entity];
    if (!nf_place_type(e->type) || m->kind != NF_MK_NAME || m->tb >= doc->ntokens ||
        !nf_genitive_place_at(doc, m->tb - 1))
        return false;
    const nf_token *t = &doc->tokens[m->tb];
    if (t->kind != NF_TOK_WORD) return false;
    /* a role noun, or an adjective and a noun ("früherer Regierender",
     * "geschlagene Linke") */
    if (nf_role_at(doc, m->tb, NULL, NULL)) return true;
    const char *l = nf_tokl(doc, m->tb);
    size_t ln = doc->tok_llen[m->tb];
    bool inflected =
        l[ln - 1] == 'e' ||
        (l[ln - 2] == 'e' && (l[ln - 1] == 'r' || l[ln - 1] == 'n' || l[ln - 1] == 's'));
    if (ln <= 4 || !inflected || m->tb + 1 >= doc->ntokens) return false;
    /* (capitalised as a title's part before its role noun: "Berlins
     * Regierender Bürgermeister", "Irans Oberster Führer") */
    if (t->flags & NF_TF_CAP) return nf_role_at(doc, m->tb + 1, NULL, NULL) != NULL;
    return (t->flags & NF_TF_LOWER) && (doc->tokens[m->tb + 1].flags & NF_TF_CAP);
}

/* The most tokens between a genitive place and the named head of its
 * phrase ("Berlins früherer Regierender Bürgermeister Eberhard Diepgen"). */
#define GENITIVE_HEAD_SPAN 5

/* True when a person or organisation is named within GENITIVE_HEAD_SPAN
 * tokens after mention m, before b: the head of the phrase m qualifies. */
static bool head_named_after(const nf_doc *doc, const nf_mention *m, size_t b) {
    for (size_t j = m->tb; j < b && j < m->tb + GENITIVE_HEAD_SPAN; j++) {
        const nf_mention *h = ev_mention_at(doc, j);
        if (h && h != m && !nf_place_type(doc->entities[h->entity].type)) return true;
    }
    return false;
}

/* True when mention m, a person's name in the genitive, owns the noun
 * after it and another person's name follows that noun before b: the
 * phrase names the second ("Bans Vorgänger Boutros Boutros-Ghali",
 * "Merkels Sprecher Steffen Seibert"), who acts, not the owner. */
static bool owner_before_name(const nf_doc *doc, const nf_mention *m, size_t b) {
    size_t j = m->tb;
    if (doc->entities[m->entity].type != NF_ENT_PERSON || j + 1 >= b || ev_mention_at(doc, j) ||
        !nf_name_owns_next_noun(doc, m))
        return false;
    const nf_mention *p = ev_mention_at(doc, j + 1);
    return p && p->ta == j + 1 && p->kind == NF_MK_NAME &&
           doc->entities[p->entity].type == NF_ENT_PERSON;
}

/* The entity of a nominal mention that starts with mention m and goes on
 * past it ("Irans Präsident" over "Irans"); -1 when there is none. */
static int32_t phrase_over(const nf_doc *doc, const nf_mention *m) {
    for (size_t i = nf_mention_first_at(doc, m->ta);
         i < doc->nmentions && doc->mentions[i].ta == m->ta; i++)
        if (doc->mentions[i].kind == NF_MK_NOMINAL && doc->mentions[i].tb > m->tb)
            return (int32_t)doc->mentions[i].entity;
    return -1;
}

/* True when the words from token `from` to token k only join a list: a
 * comma, "und", "oder", "sowie", an article, a preposition of place.  A
 * comma alone joins only places: before another name it opens an
 * apposition ("im Bundestag, Gregor Gysi"). */
static bool listed_after(const nf_doc *doc, size_t from, size_t k, bool places) {
    static const char *const joiners[] = {",",   "und", "oder", "sowie", "die",  "der",
                                          "den", "dem", "das",  "in",    "nach", NULL};
    static const char *const conjunctions[] = {"und", "oder", "sowie", NULL};
    /* (two names with nothing between them are no list: "nach Angaben
     * der Ukraine Kiew angegriffen") */
    if (from >= k || k - from > 3) return false;
    bool conjunction = false;
    for (size_t j = from; j < k; j++) {
        if (!ev_tok_in(doc, j, joiners)) return false;
        conjunction |= ev_tok_in(doc, j, conjunctions);
    }
    return conjunction || places;
}

/* True when token k is in the phrase that names the source of an
 * indirect quotation inside the quotation's words ("Russland hat [nach
 * Angaben der Ukraine] Kiew angegriffen", "setzte ... [laut
 * STANDARD-Informationen] aus"): it names no actor of what the words
 * tell, though ev_clause_of takes the words around it as one clause. */
static bool embedded_source(const nf_doc *doc, size_t k) {
    for (size_t q = 0; q < doc->nquotes; q++) {
        const nf_quote *x = &doc->quotes[q];
        if (x->kind != NF_Q_DIRECT && x->nspans >= 2 && x->speaker.ta <= k && k < x->speaker.tb &&
            x->spans[0].ta < x->speaker.ta && x->speaker.tb <= x->spans[x->nspans - 1].ta)
            return true;
    }
    return false;
}

/* The first actor in [a, b) under `mode` that is not in `not`; -1 when
 * none.  `at` (may be NULL) gets its token. */
static int32_t actor_from(const nf_doc *doc, size_t a, size_t b, int mode, const ev_actors * not,
                          size_t *at) {
    /* the token after the last actor skipped for standing after a
     * preposition: the names of its kind (places or not) listed with it
     * stand there too ("nach Deutschland, Belgien, die Niederlande und
     * Marokko"; not "in China, den Erdogan ... begann") */
    size_t skipped_end = 0;
    bool skipped_place = false;
    for (size_t k = a; k < b; k++) {
        const nf_mention *m = ev_mention_at(doc, k);
        /* a compound right before a name describes it ("sein US-Partner Northrop") */
        bool described = !m && k + 1 < b && ev_mention_at(doc, k + 1);
        int32_t e = m && m->ta == k  ? (int32_t)m->entity
                    : m || described ? -1
                                     : compound_actor(doc, k);
        if (m && e >= 0 && genitive_before_noun(doc, m) && head_named_after(doc, m, b)) {
            /* the phrase's head acts: the holder a nominal mention over the
             * phrase names ("Irans Präsident"), else a name after it */
            e = phrase_over(doc, m);
            if (e < 0) continue;
        }
        if (m && e >= 0 && owner_before_name(doc, m, b)) continue;
        if (e < 0 || ev_has(not, e) || no_ones_place(&doc->entities[e]) ||
            embedded_source(doc, k) ||
            (m && (dateline_place(doc, m) || affiliation(doc, m) || interviewer_label(doc, m))))
            continue;
        bool bare = mode == BARE_ACTOR || mode == SUBJECT_ACTOR;
        if (mode != ANY_ACTOR && k > 0 &&
            ((skipped_end && skipped_place == nf_place_type(doc->entities[e].type) &&
              listed_after(doc, skipped_end, k, skipped_place)) ||
             after_prep(doc, a, k, mode == NO_AGENT, mode != SUBJECT_ACTOR))) {
            skipped_end = m ? m->tb : k + 1;
            skipped_place = nf_place_type(doc->entities[e].type);
            continue;
        }
        if (mode != ANY_ACTOR && k > 0 &&
            ((bare && genitive_attribute(doc, a, k)) ||
             (mode == SUBJECT_ACTOR && described_place(doc, a, k, e))))
            continue;
        /* "kritisierte in der FAZ", "lobte gegenüber dem Sender RTS": an
         * outlet after "in" is where it was said, after "gegenüber" whom it
         * was told, no party to it */
        if (mode == NO_AGENT && nearest_prep_in(doc, a, k, outlet_preps) &&
            nf_news_outlet(doc, &doc->entities[e]))
            continue;
        if (at) *at = k;
        return e;
    }
    return -1;
}

/* The first actor mention in [a, b) (see event_args.h). */
int32_t ev_actor_in(const nf_doc *doc, size_t a, size_t b, bool bare, size_t *at) {
    return actor_from(doc, a, b, bare ? BARE_ACTOR : ANY_ACTOR, NULL, at);
}

/* True for a word that may stand between "und" and the next actor of a
 * list: articles, possessives, quantities, adjectives, a hyphenated
 * description ("sein US-Partner Northrop Grumman"). */
static bool list_filler(const nf_doc *doc, size_t k) {
    static const char *const words[] = {"der",  "die",   "das",    "dem", "den",  "des",
                                        "sein", "seine", "seinen", "ihr", "ihre", "ihren",
                                        "rund", "etwa",  "mehr",   "als", "alle", NULL};
    const nf_token *t = &doc->tokens[k];
    if (t->kind == NF_TOK_NUMBER) return true;
    if (t->kind != NF_TOK_WORD) return false;
    if (ev_tok_in(doc, k, words)) return true;
    const char *w = nf_tok(doc, k);
    if (t->flags & NF_TF_CAP) return strchr(w, '-') != NULL;
    size_t n = doc->tok_len[k];
    /* a declined adjective: "-e", "-en", "-er", "-es", "-em" ("sein
     * ost-timoresischer Kollege"), not a conjunction or adverb */
    static const char *const not_adjectives[] = {"aber",   "oder",   "über",   "wieder", "immer",
                                                 "weiter", "später", "bisher", "daher",  NULL};
    bool adj = n > 3 && (w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])));
    bool verb = n > 3 && (strcmp(w + n - 2, "te") == 0 || strcmp(w + n - 3, "ten") == 0);
    return adj && !verb && !ev_tok_in(doc, k, not_adjectives);
}

static bool comma_at(const nf_doc *doc, size_t k);

/* The token after the fillers from j (at most four, before cb). */
static size_t skip_fillers(const nf_doc *doc, size_t j, size_t cb) {
    size_t from = j;
    while (j < cb && j < from + 4 && !ev_mention_at(doc, j) && list_filler(doc, j)) j++;
    return j;
}

/* Where the actor of a conjunct starting at token j stands: past a noun
 * that is no actor and its genitive article, the actor it belongs to ("die
 * EU-Mission und die Unabhängigkeit des Kosovos": the Kosovo), else j. */
static size_t conjunct_actor(const nf_doc *doc, size_t j, size_t cb) {
    if (j + 2 < cb && !ev_mention_at(doc, j) && doc->tokens[j].kind == NF_TOK_WORD &&
        (doc->tokens[j].flags & NF_TF_CAP) && compound_actor(doc, j) < 0 &&
        !nf_role_at(doc, j, NULL, NULL) && /* "und Vorsitzender der X": the same person */
        (nf_tok_is(doc, j + 1, "des") || nf_tok_is(doc, j + 1, "der")))
        return skip_fillers(doc, j + 2, cb);
    return j;
}

/* True when the capitalised word at token j describes the person whose
 * name follows it ("Kollege Xanana Gusmão"). */
static bool described_person_after(const nf_doc *doc, size_t j) {
    const nf_mention *m = ev_mention_at(doc, j + 1);
    return doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_CAP) && m &&
           m->ta == j + 1 && doc->entities[m->entity].type == NF_ENT_PERSON;
}

/* The token after a short parenthesis opening at token j ("(VP)", "(SPD)",
 * "(Grüne)") or after the one closing there (a name inside it: "Miliz
 * (YPG)"), or j when neither. */
static size_t past_parenthesis(const nf_doc *doc, size_t j, size_t cb) {
    if (j < cb && nf_tok_is(doc, j, ")")) return j + 1;
    if (j >= cb || !nf_tok_is(doc, j, "(")) return j;
    for (size_t c = j + 1; c < cb && c < j + 5; c++)
        if (nf_tok_is(doc, c, ")")) return c + 1;
    return j;
}

/* Adds to `out` the actors listed after the one whose mention (or
 * hyphenated compound) starts at token `at` ("X und Y", "X, Y und Z", "X
 * und die Unabhängigkeit Ys"), up to token cb; a party in parentheses
 * after a name is passed over ("Markus Wallner (VP) und ..."). */
static void add_coordinated(const nf_doc *doc, size_t at, size_t cb, ev_actors *out) {
    const nf_mention *m = ev_mention_at(doc, at);
    if (!m && compound_actor(doc, at) < 0) return;
    size_t end = m ? m->tb : at + 1;
    while (out->n < EV_MAX_ACTORS && end < cb) {
        end = past_parenthesis(doc, end, cb); /* "Markus Wallner (VP) und ..." */
        /* "sowohl X als auch Y" joins as "und" does */
        size_t joiner = end;
        if (nf_tok_is(doc, end, "als") && end + 1 < cb && nf_tok_is(doc, end + 1, "auch")) end++;
        /* a comma after a compound opens its apposition ("CSU-Chef, Edmund Stoiber,") */
        else if (!nf_tok_is(doc, end, "und") && !nf_tok_is(doc, end, "sowie") &&
                 (!m || strcmp(nf_tok(doc, end), ",") != 0))
            return;
        size_t j = skip_fillers(doc, end + 1, cb);
        /* after a comma the phrase may be an apposition ("X, die Hauptstadt Ys") */
        if (!comma_at(doc, joiner)) j = conjunct_actor(doc, j, cb);
        /* the next one's title or a noun describing the person named after
         * it: "Valls und Innenminister Bernard Cazeneuve", "X und sein
         * Kollege Xanana Gusmão" */
        if (!comma_at(doc, joiner) && j + 1 < cb && !ev_mention_at(doc, j) &&
            (nf_role_at(doc, j, NULL, NULL) || described_person_after(doc, j)))
            j++;
        const nf_mention *next = j < cb ? ev_mention_at(doc, j) : NULL;
        if (!next || next->ta != j) return;
        /* (after a comma a name in the genitive before a noun opens an
         * apposition: "Abdullah al-Senussi, Gaddafis Schwager") */
        if (comma_at(doc, joiner) && next->tb < cb && nf_name_owns_next_noun(doc, next)) return;
        push(out, (int32_t)next->entity);
        end = next->tb;
    }
}

/* The actor a phrase starting with the mention at `at` names: a person
 * named right after a country or organisation ("des Kosovos Hashim Thaçi",
 * "Russlands Präsident Putin") is the actor, else the mention's entity. */
static int32_t head_actor(const nf_doc *doc, size_t at, size_t cb, size_t *head) {
    const nf_mention *m = ev_mention_at(doc, at);
    *head = at;
    if (!m) return compound_actor(doc, at);
    int32_t phrase = genitive_before_noun(doc, m) ? phrase_over(doc, m) : -1;
    if (phrase >= 0) return phrase; /* "Irans Präsident": the holder */
    size_t j = m->tb;
    if (j < cb && nf_role_at(doc, j, NULL, NULL)) j++;
    const nf_mention *p = j < cb ? ev_mention_at(doc, j) : NULL;
    if (p && p->ta == j && p->kind == NF_MK_NAME &&
        doc->entities[p->entity].type == NF_ENT_PERSON &&
        doc->entities[m->entity].type != NF_ENT_PERSON) {
        *head = j;
        return (int32_t)p->entity;
    }
    return (int32_t)m->entity;
}

/* Adds the actor at token `at` and those coordinated with it. */
static void add_with_list(const nf_doc *doc, size_t at, size_t cb, ev_actors *out) {
    size_t head;
    push(out, head_actor(doc, at, cb, &head));
    add_coordinated(doc, head, cb, out);
}

/* The relative pronouns (and the articles they look like). */
static const char *const relative_pronouns[] = {
    "der",   "die",    "das",     "dem",     "den",     "deren",   "dessen",
    "denen", "welche", "welcher", "welches", "welchem", "welchen", NULL};

static const char *const reported_aux[] = {"werde", "sei",   "habe",  "wolle", "könne",
                                           "müsse", "solle", "dürfe", "seien", NULL};
/* True when the words from token k open a reported clause without "dass":
 * an actor (perhaps after its article) or pronoun followed by a Konjunktiv
 * I auxiliary ("verbreiten, Iran werde sich nicht ...", "sagte, er sei
 * bereit", "kritisierte, die EU-Kommission habe sich ..."). */
bool ev_reported_clause(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const pron[] = {"er", "sie", "es", "man", NULL};
    static const char *const art[] = {"der", "die", "das", NULL};
    if (k + 1 < sb && ev_tok_in(doc, k, art) && !ev_mention_at(doc, k)) k++;
    size_t j = k + 1;
    const nf_mention *m = ev_mention_at(doc, k);
    if (m && m->ta == k)
        j = m->tb;
    else if (!ev_tok_in(doc, k, pron))
        return false;
    return j < sb && ev_tok_in(doc, j, reported_aux);
}

/* True when [a, e) opens with a name, "und" or "sowie" and another name,
 * then a finite verb that does not end the clause: the last items of a
 * list of subjects and their verb in second place ("die Vereinigten
 * Staaten und Frankreich werden die Unabhängigkeit anerkennen"), no
 * relative clause, whose finite verb comes last. */
static bool listed_subjects_before_verb(const nf_doc *doc, size_t a, size_t e) {
    const nf_mention *m = ev_mention_at(doc, a);
    if (!m || m->ta != a || m->tb + 2 >= e) return false;
    size_t j = m->tb;
    if (!nf_tok_is(doc, j, "und") && !nf_tok_is(doc, j, "sowie")) return false;
    j = skip_fillers(doc, j + 1, e);
    const nf_mention *n = j < e ? ev_mention_at(doc, j) : NULL;
    return n && n->ta == j && n->tb + 1 < e && ev_finite_verb(doc, n->tb);
}

/* True when the words from token k open a subordinate or relative clause
 * after a comma: a subordinating conjunction ("dass", "nachdem", "weil";
 * "was": ", was Washington bestreitet"),
 * or a relative pronoun, perhaps after a preposition, that no noun follows
 * ("die am 1. Juli festgenommen wurde"; ", die Vereinigten Staaten" is a
 * list). */
bool ev_opens_subclause(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const conj[] = {
        "dass",    "ob",         "weil",        "nachdem",      "als",        "wenn",
        "obwohl",  "während",    "damit",       "da",           "sodass",     "bevor",
        "seit",    "seitdem",    "indem",       "falls",        "sofern",     "wobei",
        "weshalb", "wo",         "um",          "obgleich",     "zumal",      "wann",
        "warum",   "wieso",      "inwieweit",   "ehe",          "sobald",     "solange",
        "was",     "daß",        "sooft",       "soweit",       "wenngleich", "wohingegen",
        "obschon", "deretwegen", "derentwegen", "dessentwegen", "weswegen",   NULL};
    static const char *const preps[] = {"in",   "mit",   "von",   "bei",   "an",
                                        "auf",  "für",   "zu",    "aus",   "nach",
                                        "über", "unter", "gegen", "durch", NULL};
    if (k >= sb) return false;
    if (ev_tok_in(doc, k, conj) || ev_reported_clause(doc, k, sb)) return true;
    bool prep = ev_tok_in(doc, k, preps);
    if (prep) k++;
    if (k + 1 >= sb || !ev_tok_in(doc, k, relative_pronouns)) return false;
    if (!(doc->tokens[k + 1].flags & NF_TF_CAP) && !nf_adjective_at(doc, k + 1)) return true;
    /* a noun after the pronoun: a relative clause where a finite verb
     * ends it ("die Handelskette Fressnapf, die Tiernahrung vertreibt"),
     * not a list's next item (", die Vereinigten Staaten und ...") nor a
     * zu-infinitive's object (", der Ukraine einen Rabatt einzuräumen") */
    size_t e = k + 1;
    while (e < sb && !comma_at(doc, e)) e++;
    while (e > k + 1 && doc->tokens[e - 1].kind == NF_TOK_PUNCT) e--;
    bool verb_last = e > k + 2 && ev_finite_verb(doc, e - 1) && !nf_tok_zu_infinitive(doc, e - 1);
    /* (a list's last items before the finite verb, which a clause goes on
     * after: "Die EU, die Vereinigten Staaten und Frankreich werden ...
     * anerkennen") */
    if (!prep && listed_subjects_before_verb(doc, k + 1, e)) return false;
    /* (after a preposition, a name after the pronoun and no finite verb
     * right after it: ", in der Merkel Russland kritisierte"; ", in der
     * Ukraine wurde gekämpft" is a main clause, its verb second) */
    if (prep) {
        const nf_mention *m = ev_mention_at(doc, k + 1);
        return m && m->ta == k + 1 && m->kind == NF_MK_NAME && m->tb + 1 < e &&
               !ev_finite_verb(doc, m->tb) && verb_last;
    }
    return verb_last;
}

/* See event_args.h: "Putins Besuch", "Israels Angriff", "Paris'
 * Bürgermeister", "der USA"; the caller asks for the noun after it ("bei
 * Hebron Anschlag" names a place, no possessor). */
bool ev_genitive_name_end(const nf_doc *doc, size_t j) {
    const char *w = nf_tok(doc, j);
    size_t n = doc->tok_len[j];
    if (n == 0) return false;
    if (w[n - 1] == 's' || w[n - 1] == '\'' ||
        (n >= 3 && memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0))
        return true;
    return (doc->tokens[j].flags & NF_TF_CAP) && n >= 2 && w[n - 1] >= 'A' && w[n - 1] <= 'Z';
}

/* True when token k is a comma. */
static bool comma_at(const nf_doc *doc, size_t k) {
    return doc->tokens[k].kind == NF_TOK_PUNCT && strcmp(nf_tok(doc, k), ",") == 0;
}

/* True when token j joins two verb phrases or clauses ("und", "oder",
 * "aber", "sondern"); most words are none, so the first letter is looked
 * at first. */
bool ev_conjunction(const nf_doc *doc, size_t j) {
    static const char *const conj[] = {"und", "oder", "aber", "sondern", NULL};
    char c = nf_tokl(doc, j)[0];
    return (c == 'u' || c == 'o' || c == 'a' || c == 's') && ev_tok_in(doc, j, conj);
}

/* True when token v is a lower-case word that can be a finite verb an
 * event reads: an auxiliary, a modal or an event trigger. */
bool ev_finite_verb(const nf_doc *doc, size_t v) {
    static const char *const aux[] = {
        "hat",     "haben",  "hatte",   "hatten", "ist",     "sind",    "war",
        "waren",   "wurde",  "wurden",  "wird",   "werden",  "habe",    "sei",
        "seien",   "will",   "wollen",  "wollte", "wollten", "wolle",   "soll",
        "sollen",  "sollte", "sollten", "solle",  "kann",    "können",  "konnte",
        "konnten", "könne",  "muss",    "müssen", "musste",  "mussten", "müsse",
        "darf",    "dürfen", "durfte",  "möchte", "möchten", NULL};
    if (v >= doc->ntokens || doc->tokens[v].kind != NF_TOK_WORD ||
        !(doc->tokens[v].flags & NF_TF_LOWER))
        return false;
    return ev_tok_in(doc, v, aux) || nf_tok_find(doc, v, &doc->pack->event_triggers) != NULL;
}

/* True when the clause that ends at token c is a main clause with its
 * finite verb second, not last: "Moskau kritisierte die Nato" before "und
 * Washington ...", not "weil er die Nato und die USA kritisiert hat" (a
 * subordinate clause) nor "X, Y und Z kritisierten" (no verb).  With
 * `full`, the verb is a full verb, not an auxiliary or modal whose
 * participle or infinitive may come after c ("hatte er den Präsidenten und
 * Fidel Castro getroffen").  The clause runs back to a comma, semicolon or
 * colon, or the start of the sentence. */
static bool verb_before(const nf_doc *doc, size_t c, bool full) {
    size_t sa = doc->sentences[doc->tok_sent[c]].ta, a = c;
    while (a > sa && !comma_at(doc, a - 1) && !nf_tok_is(doc, a - 1, ";") &&
           !nf_tok_is(doc, a - 1, ":"))
        a--;
    if (ev_opens_subclause(doc, a, c)) return false;
    for (size_t v = a; v + 1 < c; v++)
        if (ev_finite_verb(doc, v) &&
            (!full || nf_tok_find(doc, v, &doc->pack->event_triggers) != NULL))
            return true;
    return false;
}

/* True when the comma (or "und", "aber", "doch") at token c opens a main
 * clause of its own: an
 * article, an actor's mention (perhaps after adjectives) and a finite
 * verb ("unterstützt den Bürgermeister nun, die ÖVP lehnt das Ansinnen
 * ab").  Not after a mention (a list: "die SPÖ, die ÖVP und ..."), unless
 * a conjunction follows the comma, which a list does not put there ("Die
 * Regierung kritisierte die Nato, und die USA verurteilten Russland"). */
static bool opens_main_clause(const nf_doc *doc, size_t c, size_t sb) {
    static const char *const art[] = {"der", "die", "das", NULL};
    static const char *const adverbs[] = {"auch",     "zudem",     "dagegen",  "jedoch", "nun",
                                          "außerdem", "ebenfalls", "wiederum", NULL};
    static const char *const joiners[] = {"und", "aber", "doch", NULL};
    /* c may be the conjunction itself, without a comma: "Moskau kritisierte
     * die Nato und Washington verurteilte Russland" */
    bool bare = ev_tok_in(doc, c, joiners);
    size_t a = bare ? c : c + 1;
    /* (the clause before must have a verb of its own, checked last as it
     * costs most: "Frankreich, Deutschland, und die USA verurteilten ..."
     * is a list) */
    bool joined = a < sb && ev_tok_in(doc, a, joiners);
    if (joined) a++;
    /* (a verb right after it joins a verb phrase: "... und hatte die USA
     * angeprangert") */
    if (joined && ev_finite_verb(doc, a)) return false;
    if (c == 0 || a + 2 >= sb) return false;
    /* a name and its verb after a clause that has its own ("Die Türkei
     * kritisierte Russland, Frankreich verurteilte Syrien"; a list's next
     * item or an apposition has no verb right after it) */
    const nf_mention *n = bare ? NULL : ev_mention_at(doc, a);
    if (n && n->ta == a && n->kind == NF_MK_NAME && n->tb < sb && ev_finite_verb(doc, n->tb) &&
        !ev_tok_in(doc, n->tb, reported_aux) && verb_before(doc, c, false))
        return true;
    /* an adverb, the finite verb and its subject after it ("Frankreich
     * stieg aus, dafür soll Deutschland Spanien unterstützen") */
    static const char *const fronted[] = {"dafür",    "deshalb",     "daher",        "dann",
                                          "danach",   "darum",       "trotzdem",     "dennoch",
                                          "deswegen", "stattdessen", "anschließend", NULL};
    if (!bare && !joined && ev_tok_in(doc, a, fronted) && ev_finite_verb(doc, a + 1)) {
        size_t s = ev_tok_in(doc, a + 2, art) ? a + 3 : a + 2;
        const nf_mention *m = s < sb ? ev_mention_at(doc, s) : NULL;
        if (m && m->ta == s) return true;
    }
    if (!joined && ev_mention_at(doc, c - 1)) return false;
    if (ev_tok_in(doc, a, adverbs)) a++; /* ", auch Bundespräsident Heinz Fischer verurteilte" */
    bool article = a < sb && ev_tok_in(doc, a, art);
    size_t j = article ? a + 1 : a;
    /* adjectives ("die oppositionelle ÖVP"), a role noun ("Bundespräsident
     * Heinz Fischer") */
    while (j < sb && j < a + 4 && !ev_mention_at(doc, j) && doc->tokens[j].kind == NF_TOK_WORD &&
           ((doc->tokens[j].flags & NF_TF_LOWER) || nf_role_at(doc, j, NULL, NULL)))
        j++;
    /* without an article only after a role noun or the adverb: a bare name
     * after a comma is a list's next item or an apposition (after a
     * person's role noun right before the name, the clause before needs a
     * verb of its own: "Wien kann feiern, Innenminister Alfano sollte
     * zurücktreten"; not "Truppen aus Afghanistan abzuziehen") */
    bool org = false;
    bool titled = j == a + 1 && nf_role_at(doc, a, NULL, &org) && !org;
    if (!article && !joined && (j == a || (a == c + 1 && (!titled || !verb_before(doc, c, false)))))
        return false;
    const nf_mention *m = ev_mention_at(doc, j);
    if (!m || m->ta != j || m->tb >= sb) return false;
    /* a Konjunktiv I is reported content, which the verb before reads:
     * "kritisierte, die EU-Kommission habe sich ... untergeordnet" */
    return ev_finite_verb(doc, m->tb) && !ev_tok_in(doc, m->tb, reported_aux) &&
           (!joined || verb_before(doc, c, bare));
}

/* True when the dash at token c opens a clause of its own: an actor's
 * mention (perhaps after an article and adjectives) and a finite verb
 * ("... verantwortlich – Türkei droht Kurden", two headlines in one). */
static bool dash_opens_clause(const nf_doc *doc, size_t c, size_t sb) {
    if (doc->tokens[c].kind != NF_TOK_PUNCT || (!nf_tok_is(doc, c, "–") && !nf_tok_is(doc, c, "-")))
        return false;
    /* a subject (a name or a capitalised noun, perhaps after an adverb,
     * article, adjective or number) and then the verb: "– Auch Serbien
     * droht", "– 2.000 Migranten kommen täglich an" */
    bool subject = false;
    for (size_t j = c + 1; j < sb && j < c + 6; j++) {
        const nf_token *t = &doc->tokens[j];
        if (subject && ev_finite_verb(doc, j)) return true;
        if (t->kind != NF_TOK_WORD && t->kind != NF_TOK_NUMBER) return false;
        const nf_mention *m = ev_mention_at(doc, j);
        if (m) {
            subject = true;
            j = m->tb - 1;
        } else if ((t->flags & NF_TF_CAP) && j > c + 1) {
            subject = true; /* the first word may be an adverb: "Auch" */
        }
    }
    return false;
}

/* Where a subordinate clause that opens the sentence at sa ends: the
 * comma after which the main clause's finite verb stands ("Weil Russland
 * die Ukraine angegriffen hat, verurteilte Frankreich ..."); 0 when the
 * sentence opens with no such clause. */
static size_t fronted_clause_end(const nf_doc *doc, size_t sa, size_t sb) {
    static const char *const conj[] = {"dass",    "weil",    "nachdem", "obwohl",  "wenn",
                                       "falls",   "sofern",  "bevor",   "ob",      "obgleich",
                                       "sobald",  "solange", "seitdem", "obschon", "als",
                                       "während", "da",      "seit",    NULL};
    if (sa + 3 >= sb || !ev_tok_in(doc, sa, conj)) return 0;
    for (size_t c = sa + 2; c + 1 < sb; c++)
        if (comma_at(doc, c) && ev_finite_verb(doc, c + 1)) return c;
    return 0;
}

/* True when the verb at token k follows a prefield of an actor and the
 * clauses embedded after it: the sentence from sa opens with an actor's
 * mention and a comma, a relative or subordinate clause follows, and the
 * comma before k closes a clause (a lower-case word before it): "Winfried
 * Kretschmann, der früher gekommen war, um zu feiern, gratulierte Kuhn" -
 * the verb's clause is the main one, its subject the actor. */
static bool embedded_prefield(const nf_doc *doc, size_t sa, size_t k) {
    /* (the finite verb after the comma may be an auxiliary whose
     * participle k is: "..., in der Hu ... bezeichnete, wurden er und
     * seine Familie unter Hausarrest gestellt") */
    size_t v = k;
    while (v > sa && doc->tokens[v - 1].kind == NF_TOK_WORD && k - v < 8) v--;
    if (v < k && !(ev_finite_verb(doc, v) && !nf_tok_find(doc, v, &doc->pack->event_triggers)))
        v = k;
    k = v;
    if (k < sa + 4 || !comma_at(doc, k - 1) || !ev_finite_verb(doc, k)) return false;
    const nf_token *last = &doc->tokens[k - 2];
    if (last->kind != NF_TOK_WORD || !(last->flags & NF_TF_LOWER)) return false;
    /* not a participle before its noun: ", entführte Staatsbürger" */
    if (k + 1 < doc->ntokens && (doc->tokens[k + 1].flags & NF_TF_CAP) &&
        !ev_mention_at(doc, k + 1) && nf_tokl(doc, k)[doc->tok_llen[k] - 1] == 'e')
        return false;
    for (size_t c = sa + 1; c + 1 < k; c++)
        if (comma_at(doc, c)) {
            /* the prefield before the comma: an actor's mention, or a phrase
             * of a preposition and its noun ("In einem Bericht, der dem Rat
             * vorgelegt wurde, fordert X ...") */
            const nf_mention *m = ev_mention_at(doc, c - 1);
            bool phrase =
                ev_tok_in(doc, sa, actor_preps) && ((doc->tokens[c - 1].flags & NF_TF_CAP) ||
                                                    doc->tokens[c - 1].kind == NF_TOK_NUMBER);
            for (size_t j = sa + 1; phrase && j < c; j++)
                phrase =
                    (doc->tokens[j].kind == NF_TOK_WORD || doc->tokens[j].kind == NF_TOK_NUMBER) &&
                    !ev_finite_verb(doc, j);
            return ((m && m->tb == c) || phrase) && ev_opens_subclause(doc, c + 1, k);
        }
    return false;
}

#define BRACKET_WORDS 3 /* words, k's included, after an embedded clause (see ev_clause_of) */

/* True when tokens [a, b) are all words in lower case. */
static bool lower_words(const nf_doc *doc, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_LOWER))
            return false;
    return true;
}

/* True when token k is a relative pronoun, after a preposition or not
 * ("die", "in der"). */
static bool relative_opener(const nf_doc *doc, size_t k) {
    return ev_tok_in(doc, k, relative_pronouns) ||
           (k + 1 < doc->ntokens && ev_tok_in(doc, k, actor_preps) &&
            ev_tok_in(doc, k + 1, relative_pronouns));
}

/* The clause around token k: a subordinate or relative clause runs from
 * the comma that opens it to the next comma; a main clause from the
 * sentence start (or ";") to the first comma opening a subordinate clause
 * after k. */
void ev_clause_of(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t *ca, size_t *cb) {
    size_t fronted = fronted_clause_end(doc, sa, sb);
    if (fronted && k > fronted) sa = fronted + 1; /* the main clause after it */
    if (fronted && k < fronted) sb = fronted;     /* the fronted clause itself */
    size_t a = k;
    bool sub = false;
    bool embedded = embedded_prefield(doc, sa, k);
    /* set after a comma that ends a clause (a lower-case word before it)
     * and opens none, where k ends its own clause a few lower-case words
     * after it: a relative clause a comma before then opens is embedded in
     * k's, whose verb or predicate closes it ("Jedoch bin ich über die
     * Fremdenfeindlichkeit, die in Europa zunimmt, höchst beunruhigt") */
    bool closed = false;
    bool k_closes = k + 1 >= sb || doc->tokens[k + 1].kind == NF_TOK_PUNCT ||
                    doc->tokens[k + 1].kind == NF_TOK_QUOTE;
    while (a > sa) {
        /* a colon ends a clause before it as after it (not before a
         * quotation, nor after an interview's label: "Russland: Die
         * Regierung hat ...") */
        if (nf_tok_is(doc, a - 1, ";") ||
            (nf_tok_is(doc, a - 1, ":") && !(doc->tokens[a].flags & NF_TF_QOPEN) && a > sa + 4))
            break;
        if (comma_at(doc, a - 1) && ev_opens_subclause(doc, a, sb)) {
            if (embedded || (closed && relative_opener(doc, a))) { /* k's clause goes on */
                closed = false;
                a--;
                continue;
            }
            sub = true;
            break;
        }
        if ((comma_at(doc, a - 1) || ev_conjunction(doc, a - 1)) &&
            opens_main_clause(doc, a - 1, sb))
            break;
        if (dash_opens_clause(doc, a - 1, sb)) break;
        if (k_closes && comma_at(doc, a - 1) && a + BRACKET_WORDS >= k && a >= sa + 2 &&
            doc->tokens[a - 2].kind == NF_TOK_WORD && (doc->tokens[a - 2].flags & NF_TF_LOWER))
            closed = lower_words(doc, a, k + 1);
        else if (comma_at(doc, a - 1))
            closed = false;
        a--;
    }
    size_t b = k + 1;
    while (b < sb) {
        /* a colon brings what follows from the clause ("kritisierte die
         * Art, wie ..., scharf: So sagte Olli Rehn"); a quotation after it
         * is the clause's own words, which may name its object ("lobte er
         * mit den Worten: „Merkel und Platzeck handeln pragmatisch“") */
        if (nf_tok_is(doc, b, ";") ||
            (nf_tok_is(doc, b, ":") && !(b + 1 < sb && (doc->tokens[b + 1].flags & NF_TF_QOPEN))))
            break;
        if (comma_at(doc, b) &&
            (sub || ev_opens_subclause(doc, b + 1, sb) || opens_main_clause(doc, b, sb)))
            break;
        if (ev_conjunction(doc, b) && opens_main_clause(doc, b, sb)) break;
        if (dash_opens_clause(doc, b, sb)) break;
        /* a second verb phrase ("begrüßte den Beschluss und griff den Iran
         * an") has its own objects */
        if (ev_conjunction(doc, b) && ev_finite_verb(doc, b + 1)) break;
        b++;
    }
    /* An act told inside a quotation has its actors inside it: not the
     * speaker or the agency of the frame ("..., berichtet Reuters").  A
     * zu-infinitive has no subject of its own: the frame's subject does
     * it ("Frankreich erklärte sich bereit, Soldaten zu entsenden"). */
    bool zu_infinitive = doc->nquotes && nf_tok_zu_infinitive(doc, k);
    bool inside = false;
    for (size_t q = 0; q < doc->nquotes && !zu_infinitive; q++)
        for (size_t s = 0; s < doc->quotes[q].nspans; s++) {
            const nf_seg *p = &doc->quotes[q].spans[s];
            if (p->ta > k || k >= p->tb) continue;
            /* (a noun in an infinitive clause set off by a comma too: "den
             * Beschluss, Koalitionsgespräche mit der CDU zu führen") */
            if (doc->quotes[q].kind != NF_Q_DIRECT && p->ta > 0 && comma_at(doc, p->ta - 1) &&
                nf_tok_zu_infinitive(doc, p->tb - 1)) {
                zu_infinitive = true;
                break;
            }
            /* (an indirect quotation its source's phrase splits is one
             * clause: "Russland hat nach Angaben der Ukraine Kiew
             * angegriffen") */
            nf_seg whole = *p;
            if (doc->quotes[q].kind != NF_Q_DIRECT)
                for (size_t o = 0; o < doc->quotes[q].nspans; o++) {
                    const nf_seg *x = &doc->quotes[q].spans[o];
                    if (doc->tok_sent[x->ta] != doc->tok_sent[p->ta]) continue;
                    if (x->ta < whole.ta) whole.ta = x->ta;
                    if (x->tb > whole.tb) whole.tb = x->tb;
                }
            if (a < whole.ta) a = whole.ta;
            if (b > whole.tb) b = whole.tb;
            inside = true;
        }
    /* A verb right after the quotation it frames ("Israel gehe den
     * Verstößen nicht nach, kritisierte Wibisono") does not find its
     * actors in the quotation's words: the clause starts at the verb. */
    for (size_t q = 0; q < doc->nquotes && !inside; q++)
        for (size_t s = 0; s < doc->quotes[q].nspans; s++) {
            const nf_seg *p = &doc->quotes[q].spans[s];
            bool frames = p->tb == k || (p->tb + 1 == k && comma_at(doc, p->tb));
            if (p->tb > a && frames) a = k;
        }
    *ca = a;
    *cb = b;
}

/* The speaker of the quotation holding token j, or -1. */
static int32_t quote_speaker_at(const nf_doc *doc, size_t j) {
    for (size_t q = 0; q < doc->nquotes; q++)
        for (size_t s = 0; s < doc->quotes[q].nspans; s++)
            if (doc->quotes[q].spans[s].ta <= j && j < doc->quotes[q].spans[s].tb)
                return doc->quotes[q].speaker_entity;
    return -1;
}

/* The speaker of the quotation holding token k (see event_args.h). */
int32_t ev_quote_speaker(const nf_doc *doc, size_t k) {
    return quote_speaker_at(doc, k);
}

/* True for a noun of a person who acts for no state: a private role
 * ("Geschäftsmann") or a person's class noun that no role list holds
 * ("Historiker"); "Innenminister", "Regierungschef" act for theirs. */
static bool private_person_noun(const nf_doc *doc, size_t k) {
    const char *role = nf_role_at(doc, k, NULL, NULL);
    if (role) return nf_private_role(role);
    return nf_person_noun_at(doc, k);
}

/* The country a nationality adjective opening the clause [ca, k) names
 * when a noun follows it that is no private person's ("Israelische
 * Kampfflugzeuge bombardierten", "der italienische Innenminister"; not "ein
 * isländischer Historiker"), or -1. */
static int32_t adjective_actor(nf_doc *doc, size_t ca, size_t k) {
    /* (a preposition's phrase is no subject: "Auf das türkische
     * Kulturzentrum wurde ein Anschlag verübt" names the target) */
    if (ca < k && ev_tok_in(doc, ca, actor_preps)) return -1;
    for (size_t j = ca; j + 1 < k && j < ca + 3; j++) {
        if (doc->tokens[j].kind == NF_TOK_NUMBER) continue; /* "30 türkische Kampfjets" */
        if (doc->tokens[j].kind != NF_TOK_WORD) return -1;
        const nf_token *n = &doc->tokens[j + 1];
        const char *iso = nf_adjective_at(doc, j);
        if (!iso || n->kind != NF_TOK_WORD || !(n->flags & NF_TF_CAP) ||
            ev_mention_at(doc, j + 1) ||
            private_person_noun(doc, j + 1)) /* "ein isländischer Historiker" is no state */
            continue;
        return adjective_country(doc, iso);
    }
    return -1;
}

/* True when a noun phrase no list knows as an actor fills the clause's
 * first place before a verb at k: its subject ("Der Generalanwalt
 * kritisierte das VW-Gesetz", "Kritiker werfen Erdogan vor", "Westliche
 * Regierungen werfen Russland vor"), so an actor after the verb is its
 * object.  Articles and adjectives, then a word the lexicon knows as a
 * common noun; an adverb, a time or a phrase of a preposition first
 * ("Erneut kritisierte er", "Am Montag kritisierte X") leaves the subject
 * after the verb.  The noun may have a phrase of a preposition after it
 * ("Ein Leitartikel in der Washington Post forderte Obama ... auf"). */
static bool noun_phrase_first(const nf_doc *doc, size_t ca, size_t k) {
    /* a phrase of a preposition after the noun ("Ein Leitartikel in der
     * Washington Post forderte Obama auf"): the noun before it */
    static const char *const articles[] = {"der", "die", "das", "ein", "eine", NULL};
    for (size_t p = ca + 2; p + 1 < k && p < ca + 5; p++)
        if (ev_tok_in(doc, p, actor_preps) && (doc->tokens[p - 1].flags & NF_TF_CAP) &&
            !ev_mention_at(doc, p - 1) && k - p <= 5) {
            /* an article, adjectives, the noun: a phrase whatever the noun */
            bool phrase = ev_tok_in(doc, ca, articles);
            for (size_t j = ca + 1; phrase && j + 1 < p; j++)
                phrase = doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER);
            if (phrase) return true;
            k = p;
            break;
        }
    if (k <= ca || k - ca > 4) return false;
    size_t h = k - 1;
    const nf_token *t = &doc->tokens[h];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || ev_mention_at(doc, h) ||
        (doc->tok_mask[h] & (NF_TM_STARTER | NF_TM_STOPWORD | NF_TM_TIME)))
        return false;
    const char *l = nf_tokl(doc, h);
    if (!nf_ner_common_noun(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) &&
        !nf_ner_noun_like(doc->engine->ner, l, NF_COMMON_NOUN_MIN_FREQ) &&
        !nf_role_at(doc, h, NULL, NULL))
        return false;
    for (size_t j = ca; j < h; j++) {
        if (doc->tokens[j].kind != NF_TOK_WORD || ev_tok_in(doc, j, actor_preps)) return false;
        const char *w = nf_tokl(doc, j);
        size_t n = doc->tok_llen[j];
        bool inflected = n > 2 && w[n - 2] == 'e' && strchr("nrsm", w[n - 1]);
        bool article =
            ev_tok_in(doc, j,
                      (const char *const[]){"der", "die", "das", "den", "dem", "des", "ein", "eine",
                                            "einer", "einen", "einem", "kein", "keine", NULL});
        if (!article && !inflected && !(n > 1 && w[n - 1] == 'e')) return false;
    }
    return true;
}

/* Where a relative or subordinate clause set off by commas right before
 * the verb at k begins (its opening comma), or k when there is none: it
 * holds neither subject nor object of the verb ("Das Programm, das
 * Vorgänger wie Tony Blair betrieben, lehnt Corbyn ab").  An apposition
 * between commas ("Der Präsident, Martin Schulz, stellte ...") is part of
 * the phrase before it and stays. */
static size_t embedded_clause_start(const nf_doc *doc, size_t ca, size_t k) {
    if (k < ca + 3 || !comma_at(doc, k - 1)) return k;
    /* a clause ends in its verb, a lower-case word; an apposition in a noun */
    const nf_token *last = &doc->tokens[k - 2];
    if (last->kind != NF_TOK_WORD || !(last->flags & NF_TF_LOWER)) return k;
    for (size_t j = k - 2; j > ca; j--)
        if (comma_at(doc, j))
            return ev_opens_subclause(doc, j + 1, k) || ev_tok_in(doc, j + 1, relative_pronouns)
                       ? j
                       : k;
    /* the clause range itself opens with the embedded clause ("In einem
     * Bericht, der dem Sicherheitsrat vorgelegt wurde, fordert X ..." where
     * the range starts at "der") */
    if (ca > 0 && comma_at(doc, ca - 1) &&
        (ev_opens_subclause(doc, ca, k) || ev_tok_in(doc, ca, relative_pronouns)))
        return ca;
    return k;
}

/* True when the sentence opens at ca with "der" or "einer" before a
 * feminine role noun ("Der Unterrichtsministerin wirft Lugar ... vor"):
 * a dative or genitive, no subject. */
static bool feminine_oblique(const nf_doc *doc, size_t ca, size_t k) {
    if (!nf_tok_is(doc, ca, "der") && !nf_tok_is(doc, ca, "einer")) return false;
    size_t j = ca + 1;
    while (j < k && doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER)) j++;
    return j < k && nf_feminine_role_at(doc, j);
}

/* True when the clause [ca, k) before the verb at k opens with an article
 * or possessive of the accusative or dative ("Ihren Widersacher Jeremy
 * Corbyn forderte May auf", "Dem Minister warf die Opposition vor"): the
 * phrase there is an object, and the subject follows the verb.  Only at
 * the start of a sentence, and not for a name that opens with such a word
 * ("Den Haag"); or with "der" before a feminine role noun. */
static bool oblique_first(const nf_doc *doc, size_t ca, size_t k) {
    static const char *const oblique[] = {"den",    "einen",   "ihren",   "seinen", "diesen",
                                          "keinen", "dem",     "einem",   "ihrem",  "seinem",
                                          "diesem", "unseren", "unserem", NULL};
    /* the prefield of a sentence: after a comma "dem" may open an
     * apposition ("..., dem von der CDU unterstützten Turner") */
    if (k < ca + 2 || (ca > 0 && doc->tok_sent[ca - 1] == doc->tok_sent[ca])) return false;
    if (!ev_tok_in(doc, ca, oblique)) return feminine_oblique(doc, ca, k);
    const nf_mention *m = ev_mention_at(doc, ca);
    return !(m && m->ta == ca);
}

/* The finite verb after the prefield [ca, v) that opens a sentence when
 * that prefield is a phrase of a preposition and v is at most k, the
 * trigger ("Wegen der Sparpolitik der Regierung Griechenlands bot
 * Papandreou ...", "Angesichts der Proteste gegen Russland kritisierte
 * ..."): one constituent before the verb, so no subject stands in it,
 * however far its actor from the preposition; 0 when there is none. */
static size_t prepositional_prefield(const nf_doc *doc, size_t ca, size_t k) {
    static const char *const more[] = {"angesichts",   "aufgrund",  "infolge", "anlässlich",
                                       "hinsichtlich", "bezüglich", "mangels", NULL};
    if (k < ca + 2 || (ca > 0 && doc->tok_sent[ca - 1] == doc->tok_sent[ca])) return 0;
    if (!ev_tok_in(doc, ca, actor_preps) && !ev_tok_in(doc, ca, more)) return 0;
    if (ev_mention_at(doc, ca)) return 0; /* a name's particle: "Zu Guttenberg", "Von der Leyen" */
    for (size_t j = ca + 1; j <= k; j++) {
        if (doc->tokens[j].kind == NF_TOK_PUNCT || doc->tokens[j].kind == NF_TOK_QUOTE) return 0;
        if (ev_finite_verb(doc, j)) return j > ca + 1 ? j : 0;
    }
    return 0;
}

/* The antecedent of a relative pronoun at ca that is the subject of its
 * clause ending in the verb at k ("Gauck, der ihn zum Essen empfing"), or
 * -1: not where a subject of its own may follow the pronoun ("die
 * Kanzlerin, der er dankte", "Merkel, die der Präsident empfing"). */
static int32_t relative_subject(const nf_doc *doc, size_t ca, size_t k) {
    static const char *const own_subject[] = {"er",  "sie", "es",  "wir", "ich",  "ihr", "man",
                                              "der", "die", "das", "ein", "eine", NULL};
    static const char *const pronouns[] = {"er", "sie", "es", "wir", "ich", "ihr", "man", NULL};
    if (ca + 1 >= k) return -1;
    int32_t e = nf_relative_antecedent(doc, ca);
    if (e < 0) return -1;
    /* "der" after a man is the nominative, whatever follows it: "Putin,
     * der die Ukraine angriff", "Macron, der Russland kritisierte" (after
     * a woman it is the dative: "die Kanzlerin, der er dankte") */
    if (nf_tok_is(doc, ca, "der") && doc->entities[e].type == NF_ENT_PERSON &&
        doc->entities[e].gender == 'm' && !ev_tok_in(doc, ca + 1, pronouns))
        return e;
    if (ev_tok_in(doc, ca + 1, own_subject) || ev_mention_at(doc, ca + 1) ||
        (doc->tokens[ca + 1].flags & NF_TF_CAP))
        return -1;
    return e;
}

/* True when a preposition at ca and a relative pronoun after it open the
 * clause [ca, cb) of the verb at k after a comma (", in der Merkel
 * Russland kritisierte", ", mit dem Stigwood zusammenarbeitete"). */
static bool prep_relative_clause(const nf_doc *doc, size_t ca, size_t k, size_t cb) {
    return ca > 0 && ca + 2 < k && comma_at(doc, ca - 1) &&
           !ev_tok_in(doc, ca, relative_pronouns) && ev_tok_in(doc, ca + 1, relative_pronouns) &&
           ev_opens_subclause(doc, ca, cb);
}

/* The entity a relative pronoun after the preposition at ca stands for,
 * where the two open the clause of the verb at k after a comma ("Lloyd
 * Webber, mit dem Stigwood zusammenarbeitete"): the name that ends before
 * the comma; -1 where there is none. */
static int32_t relative_party(const nf_doc *doc, size_t ca, size_t k, size_t cb) {
    if (ca < 2 || !prep_relative_clause(doc, ca, k, cb)) return -1;
    const nf_mention *m = ev_mention_at(doc, ca - 2);
    return m && m->tb == ca - 1 && m->kind != NF_MK_ADJECTIVE ? (int32_t)m->entity : -1;
}

/* The nouns "beide" and "die beiden" make a pair of the parties before
 * with: sides, countries, governments (and the persons' role nouns, by
 * roles.tsv). */
static const char *const pair_nouns[] = {
    "seiten",   "länder",    "staaten",        "nationen",    "regierungen",     "delegationen",
    "parteien", "politiker", "politikerinnen", "staatschefs", "regierungschefs", NULL};

/* True when the clause's prefield [ca, k) is a pair's phrase: "Beide
 * Seiten", "die beiden Präsidenten", "Die beiden Länder", "Die Seiten". */
static bool pair_phrase(const nf_doc *doc, size_t ca, size_t k) {
    size_t j = ca;
    /* "Die Seiten", "Die Staatschefs": the sides of the act just told, as
     * reports of state visits put it */
    static const char *const sides[] = {"seiten", "staatschefs", "regierungschefs", "delegationen",
                                        NULL};
    if (j + 2 == k && nf_tok_is(doc, j, "die") && ev_tok_in(doc, j + 1, sides)) return true;
    if (j < k && nf_tok_is(doc, j, "die")) j++;
    /* "Beide vereinbarten", "Die beiden trafen sich erneut" */
    if (j + 1 == k && (j > ca ? nf_tok_is(doc, j, "beiden") : nf_tok_is(doc, j, "beide")))
        return true;
    if (j + 2 != k || !(nf_tok_is(doc, j, "beide") || nf_tok_is(doc, j, "beiden"))) return false;
    if (nf_tok_is(doc, j, "beiden") != (j > ca)) return false; /* "beide Seiten", "die beiden" */
    if (!(doc->tokens[j + 1].flags & NF_TF_CAP)) return false;
    bool org = false;
    return ev_tok_in(doc, j + 1, pair_nouns) || (nf_role_at(doc, j + 1, NULL, &org) && !org);
}

#define PAIR_BACK 2 /* sentences back a pair's phrase looks for its parties */

/* See event_args.h. */
bool ev_last_pair(const nf_doc *doc, size_t ca, int32_t *a, int32_t *b) {
    uint32_t s = doc->tok_sent[ca];
    for (size_t i = doc->nevents; i-- > 0;) {
        const nf_event *e = &doc->events[i];
        if (e->trigger.ta >= ca) continue;
        if (s - doc->tok_sent[e->trigger.ta] > PAIR_BACK) return false;
        if (e->source < 0 || e->target < 0 || e->source == e->target) continue;
        *a = e->source;
        *b = e->target;
        return true;
    }
    return false;
}

/* See event_args.h. */
bool ev_pair_subject(const nf_doc *doc, size_t k, size_t ca, int32_t *a, int32_t *b) {
    return pair_phrase(doc, ca, k) && ev_last_pair(doc, ca, a, b);
}

/* See event_args.h: the meetings' nouns in the genitive ("im Rahmen des
 * Besuchs", "am Rande des Treffens"), other than the act's own noun at k
 * ("ein Thema des Treffens" is that meeting again, not another act). */
bool ev_meeting_pair(const nf_doc *doc, size_t k, size_t ca, size_t cb, int32_t *a, int32_t *b) {
    static const char *const of_meeting[] = {"besuchs",  "besuches",       "staatsbesuchs",
                                             "treffens", "gesprächs",      "gespräches",
                                             "gipfels",  "gipfeltreffens", NULL};
    for (size_t j = ca; j < cb; j++)
        if (j != k && ev_tok_in(doc, j, of_meeting)) return ev_last_pair(doc, ca, a, b);
    return false;
}

/* The token of "ich" or "wir" that is the subject of the clause [ca, k)
 * holding a verb at k: the clause's first word, or the one after its
 * first word or phrase and the finite verb (at most FIRST_PERSON_REACH
 * tokens in, no comma before it); SIZE_MAX when there is none.  Both
 * words are nominatives, so no other noun of the clause is its subject. */
#define FIRST_PERSON_REACH 6
static size_t first_person_subject(const nf_doc *doc, size_t ca, size_t k) {
    static const char *const me[] = {"ich", "wir", NULL};
    for (size_t j = ca; j < k && j < ca + FIRST_PERSON_REACH; j++) {
        if (nf_tok_is(doc, j, ",")) return SIZE_MAX;
        if (!ev_tok_in(doc, j, me)) continue;
        if (j == ca ||
            (doc->tokens[j - 1].kind == NF_TOK_WORD && (doc->tokens[j - 1].flags & NF_TF_LOWER)))
            return j;
    }
    return SIZE_MAX;
}

/* The holder of the office that a description opening the clause at ca
 * names, before the finite verb ("Der Papst besuchte ...", "Die
 * Bundeskanzlerin reiste ..."): an article, lower-case adjectives and a
 * person's role noun, resolved as a speaker so described is (the holder
 * on the document's date); -1 when there is none. */
static int32_t described_holder(nf_doc *doc, size_t ca, size_t k) {
    static const char *const articles[] = {"der", "die", NULL};
    if (k < ca + 2 || !ev_tok_in(doc, ca, articles)) return -1;
    size_t r = ca + 1;
    while (r < k && r < ca + 3 && (doc->tokens[r].flags & NF_TF_LOWER)) r++;
    bool org = true;
    if (r >= k || !(doc->tokens[r].flags & NF_TF_CAP) || ev_mention_at(doc, r) ||
        !nf_role_at(doc, r, NULL, &org) || org || !ev_finite_verb(doc, r + 1))
        return -1;
    int32_t e = nf_coref_resolve(doc, ca, r + 1);
    return e >= 0 && doc->entities[e].type == NF_ENT_PERSON ? e : -1;
}

/* The token from j (before b) past the phrases of time there ("am
 * Montag", "in der Nacht"). */
static size_t past_times(const nf_doc *doc, size_t j, size_t b) {
    while (j < b && (doc->claimed[j] == 1 || (j + 1 < b && doc->claimed[j + 1] == 1 &&
                                              (doc->tokens[j].flags & NF_TF_LOWER))))
        j++;
    return j;
}

/* The country a state's phrase at token j (before b) names: an article,
 * a nationality adjective and "Staat" ("erkannte einen palästinensischen
 * Staat an", "hat den russischen Staat verklagt"); -1 when there is
 * none. */
static int32_t state_phrase_at(nf_doc *doc, size_t j, size_t b) {
    static const char *const articles[] = {"ein", "einen", "den", "der", "dem", NULL};
    static const char *const states[] = {"staat", "staates", "staats", NULL};
    if (j + 2 >= b || !ev_tok_in(doc, j, articles) || !ev_tok_in(doc, j + 2, states)) return -1;
    const char *iso = nf_adjective_at(doc, j + 1);
    if (!iso) return -1;
    return adjective_country(doc, iso);
}

/* The person a description right after the verb at k (past phrases of
 * time) names, before cb: an article of the accusative or dative
 * singular, lower-case adjectives and a person's role noun with no name or
 * complement after it ("kritisierte den ukrainischen Präsidenten", "warf
 * der Kanzlerin vor"; not the subject after the verb, "besucht der Papst",
 * "lobte die Kanzlerin den Plan"), resolved as a speaker so described is
 * (a person named before, or the holder of the office on the document's
 * date); -1 when there is none.  (The stage of descriptions runs after the
 * events: no mention covers it yet.) */
static int32_t described_object(nf_doc *doc, size_t k, size_t cb) {
    static const char *const articles[] = {"den", "dem", "der", NULL};
    static const char *const complements[] = {"des", "der", "von", "vom", NULL};
    size_t a = past_times(doc, k + 1, cb);
    if (a + 1 >= cb || !ev_tok_in(doc, a, articles)) return -1;
    size_t r = a + 1;
    while (r < cb && r < a + 3 && doc->tokens[r].kind == NF_TOK_WORD &&
           (doc->tokens[r].flags & NF_TF_LOWER))
        r++;
    bool org = true;
    char gender = 0;
    if (r >= cb || !(doc->tokens[r].flags & NF_TF_CAP) || ev_mention_at(doc, r) ||
        !nf_role_at(doc, r, &gender, &org) || org ||
        !nf_singular_person_article(doc, a, r, gender) ||
        (nf_tok_is(doc, a, "der") && gender != 'f'))
        return -1;
    if (r + 1 < cb && (ev_mention_at(doc, r + 1) || ev_tok_in(doc, r + 1, complements))) return -1;
    int32_t e = nf_coref_resolve(doc, a, r + 1);
    return e >= 0 && doc->entities[e].type == NF_ENT_PERSON ? e : -1;
}

/* The subjects of the clause holding a verb at k: actors (or a pronoun
 * resolved through coreference) before the verb at the clause start, else
 * right after it (verb-second order: "teilte der Pressedienst mit"); in a
 * relative clause its antecedent. */
void ev_subjects(nf_doc *doc, size_t k, size_t ca, size_t cb, ev_actors *out) {
    out->n = 0;
    size_t at;
    int32_t rel = relative_subject(doc, ca, k);
    if (rel >= 0) {
        push(out, rel);
        return;
    }
    /* "..., in der Merkel Russland kritisierte": after a preposition and
     * its relative pronoun the subject follows */
    if (prep_relative_clause(doc, ca, k, cb)) ca += 2;
    int32_t pa, pb;
    if (ev_pair_subject(doc, k, ca, &pa, &pb)) {
        push(out, pa);
        push(out, pb);
        return;
    }
    /* "er" right after the verb is its subject, whatever the prefield
     * holds: a fronted object ("Schäuble warf er vor, ...": he accuses
     * Schäuble) */
    if (k + 1 < cb && nf_tok_is(doc, k + 1, "er")) {
        int32_t r = nf_coref_resolve(doc, k + 1, k + 2);
        if (r >= 0) {
            push(out, r);
            return;
        }
    }
    /* "ich" or "wir" as the clause's subject (first, or right after the
     * finite verb in second place: "Jedoch bin ich über ... Österreichs
     * beunruhigt"): the speaker of the quotation around it, and no noun
     * of the clause, which is not its subject then */
    size_t me = first_person_subject(doc, ca, k);
    if (me != SIZE_MAX) {
        push(out, quote_speaker_at(doc, me));
        return;
    }
    /* a relative or subordinate clause right before the verb holds no
     * subject of it */
    size_t pre = embedded_clause_start(doc, ca, k);
    size_t verb = prepositional_prefield(doc, ca, k);
    /* (a noun after that verb: its subject stands between them, "... bot
     * Papandreou seinen Rücktritt an") */
    if (verb && verb < k && actor_from(doc, verb + 1, k, SUBJECT_ACTOR, NULL, &at) >= 0) {
        add_with_list(doc, at, k, out);
        return;
    }
    bool object_first = oblique_first(doc, ca, k) || verb;
    int32_t held = object_first ? -1 : described_holder(doc, ca, k);
    if (held >= 0) {
        push(out, held);
        return;
    }
    if (!object_first && actor_from(doc, ca, pre, SUBJECT_ACTOR, NULL, &at) >= 0) {
        add_with_list(doc, at, pre, out);
        return;
    }
    for (size_t j = ca; j < cb && j < k + 5; j++) {
        if (j == k) continue;
        /* (after the verb no further than its clause: "Die serbische
         * Republik habe kapituliert, wir nicht, zitiert ...": "wir" is
         * another clause's) */
        if (j > k && doc->tokens[j].kind == NF_TOK_PUNCT) break;
        const char *w = nf_tokl(doc, j);
        if (nf_streq(w, "wir") || nf_streq(w, "ich")) {
            /* first person in a quotation: its speaker */
            int32_t s = quote_speaker_at(doc, j);
            if (s >= 0) {
                push(out, s);
                return;
            }
        } else if (nf_streq(w, "er") || nf_streq(w, "sie")) {
            /* (not before a relative clause that holds the trigger: "Sie
             * wurde dem Richter vorgeführt, der Haftbefehl erließ") */
            static const char *const relative[] = {"der", "die", "das", "dem", "den", NULL};
            bool other = false;
            for (size_t q = j + 1; q + 1 < k && !other; q++)
                other = nf_tok_is(doc, q, ",") && ev_tok_in(doc, q + 1, relative);
            if (other) continue;
            int32_t r = nf_coref_resolve(doc, j, j + 1);
            if (r >= 0) {
                push(out, r);
                return;
            }
        }
    }
    /* the prefield holds only a nationality adjective's phrase of a thing
     * that acts for the state: its country ("30 türkische Kampfjets
     * bombardierten PKK-Stellungen") */
    if (!object_first && k >= ca + 2 && k <= ca + 4 && nf_adjective_at(doc, k - 2) &&
        !ev_mention_at(doc, k - 1) && (doc->tokens[k - 1].flags & NF_TF_CAP)) {
        int32_t national = adjective_actor(doc, ca, k);
        if (national >= 0) {
            push(out, national);
            return;
        }
    }
    size_t end = cb < k + ARG_WINDOW ? cb : k + ARG_WINDOW;
    if ((object_first || !noun_phrase_first(doc, ca, k)) &&
        actor_from(doc, k + 1, end, SUBJECT_ACTOR, NULL, &at) >= 0) {
        add_with_list(doc, at, end, out);
        return;
    }
    push(out, adjective_actor(doc, ca, k));
}

/* True when token j is a pronoun of the third person singular as an
 * object: "ihn", "ihm", and "ihr" where a verb or a punctuation mark
 * follows it ("Ihr wird Spionage vorgeworfen"; not the possessive "ihr
 * Haus"). */
static bool object_pronoun_at(const nf_doc *doc, size_t j) {
    if (nf_tok_is(doc, j, "ihn") || nf_tok_is(doc, j, "ihm")) return true;
    if (!nf_tok_is(doc, j, "ihr") || j + 1 >= doc->ntokens) return false;
    return doc->tokens[j + 1].kind == NF_TOK_PUNCT || ev_finite_verb(doc, j + 1);
}

/* The entity an object pronoun ("ihn", "ihm", "ihr") in [ca, cb) stands
 * for, or -1. */
static int32_t object_pronoun(nf_doc *doc, size_t k, size_t ca, size_t cb) {
    for (size_t j = ca; j < cb; j++)
        if (j != k && object_pronoun_at(doc, j)) return nf_coref_resolve(doc, j, j + 1);
    return -1;
}

/* True when the place at token k names the seat of those the words before
 * it name: "die Führung in Kiew", "der Regierung in Ankara", "die
 * Behörden in Peking" are the state's, not a place. */
static bool seat_of_government(const nf_doc *doc, size_t k) {
    static const char *const heads[] = {
        "regierung",      "führung",    "staatsführung", "machthaber",   "behörden", "regime",
        "administration", "verwaltung", "justiz",        "staatsspitze", NULL};
    return k >= 2 && nf_tok_is(doc, k - 1, "in") && ev_tok_in(doc, k - 2, heads);
}

/* True when the preposition at token p (after a verb at k) heads a phrase
 * that says where or when, not one inside the verb's object: it follows
 * the verb, an adverb or another phrase of a preposition ("nahmen am
 * Sonntag in Rotterdam ...", "mahnte auf einer Veranstaltung in London",
 * "am Rande des Gipfels in Paris"), not a noun phrase of its own ("erklärte
 * die Wahl in Russland für ungültig", "kritisierte die Lage in Syrien"). */
static bool in_adverbial(const nf_doc *doc, size_t p, size_t k) {
    static const char *const preps[] = {"auf",   "am",      "an",    "bei",   "beim", "nach",
                                        "vor",   "während", "in",    "im",    "zu",   "zum",
                                        "zur",   "mit",     "von",   "vom",   "seit", "wegen",
                                        "trotz", "über",    "unter", "durch", "aus",  NULL};
    size_t j = p;
    for (int level = 0; level < 2; level++) {
        /* the noun before the preposition, then its article and adjectives */
        if (j <= k + 1 || doc->tokens[j - 1].kind != NF_TOK_WORD ||
            !(doc->tokens[j - 1].flags & NF_TF_CAP))
            return true;
        j--;
        while (j > k + 1 && doc->tokens[j - 1].kind == NF_TOK_WORD &&
               (doc->tokens[j - 1].flags & NF_TF_LOWER) && !ev_tok_in(doc, j - 1, preps))
            j--;
        if (j <= k + 1) return false; /* right after the verb: its object */
        if (ev_tok_in(doc, j - 1, preps)) return true;
        /* a genitive: the phrase before it decides ("am Rande des Gipfels") */
    }
    return false;
}

/* The first actor right after "durch" (its article and adjectives
 * between) in [a, b), not one of `not`; -1 when none.  Sets *at. */
static int32_t doer_after_durch(const nf_doc *doc, size_t a, size_t b, const ev_actors * not,
                                size_t *at) {
    for (size_t j = a; j + 1 < b; j++) {
        if (!nf_tok_is(doc, j, "durch")) continue;
        size_t lim = j + 5 < b ? j + 5 : b;
        int32_t e = actor_from(doc, j + 1, lim, BARE_ACTOR, not, at);
        if (e >= 0) return e;
    }
    return -1;
}

/* True when the actor named at token `at`, after the trigger at token k,
 * follows "wie" with at most four words of its phrase between (an article,
 * adjectives, a title, "auch"): "ebenso wie Bundesinnenminister
 * Schäuble", "wie auch der französische Präsident Macron": one compared
 * with the subject, who did the same; not a noun of no one's phrase. */
static bool compared_actor(const nf_doc *doc, size_t at, size_t k) {
    size_t j = at;
    while (j > k + 1 && j + 4 > at && doc->tokens[j - 1].kind == NF_TOK_WORD &&
           !nf_tok_is(doc, j - 1, "wie") &&
           ((doc->tokens[j - 1].flags & NF_TF_CAP) || list_filler(doc, j - 1) ||
            nf_tok_is(doc, j - 1, "auch"))) {
        /* (a noun of no one heads the phrase, the actor its genitive: "das
         * Gesetz ebenso wie die Haltung der Regierung" are both objects) */
        if ((doc->tokens[j - 1].flags & NF_TF_CAP) && !ev_mention_at(doc, j - 1) &&
            !nf_role_at(doc, j - 1, NULL, NULL) && !nf_person_noun_at(doc, j - 1))
            return false;
        j--;
    }
    return j > k + 1 && nf_tok_is(doc, j - 1, "wie");
}

/* True when a conjunction ("und", "oder", ...) stands in [a, b). */
static bool conjunction_in(const nf_doc *doc, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (ev_conjunction(doc, j)) return true;
    return false;
}

/* True when the noun at token n of a clause from ca is a verb's direct
 * object: right after an article of the accusative that no preposition
 * governs ("die Unabhängigkeit", not "gegen eine Entscheidung", "der
 * Entscheidung", "die ernährungspolitische Sprecherin"). */
static bool object_noun(const nf_doc *doc, size_t n, size_t ca) {
    static const char *const accusative[] = {"die", "den", "das", "eine", "einen", NULL};
    static const char *const preps[] = {"in",    "mit",   "von", "bei",  "an",   "auf",
                                        "für",   "zu",    "aus", "nach", "über", "unter",
                                        "gegen", "durch", "um",  "ohne", "vor",  NULL};
    /* (past its adjectives, before a thing: "eine einseitige
     * Unabhängigkeitserklärung"; "die ernährungspolitische Sprecherin" is
     * an apposition's person more often than an object) */
    bool person = nf_person_noun_at(doc, n) || nf_role_at(doc, n, NULL, NULL);
    for (int a = 0; a < 3 && !person && n >= ca + 2 && nf_inflected_adjective(doc, n - 1) &&
                    !ev_tok_in(doc, n - 1, accusative);
         a++)
        n--;
    return n >= ca + 1 && ev_tok_in(doc, n - 1, accusative) &&
           !(n >= ca + 2 && ev_tok_in(doc, n - 2, preps));
}

/* The objects of a verb at k (see event_args.h). */
void ev_objects(nf_doc *doc, size_t k, size_t ca, size_t cb, const ev_actors * not,
                ev_actors *out) {
    out->n = 0;
    size_t to = cb < k + ARG_WINDOW ? cb : k + ARG_WINDOW, at;
    /* a verb that a punctuation mark or a conjunction follows closes its
     * phrase: what comes after is another's ("wurde ... festgenommen und
     * nach Bangkok gebracht", "haben Einwohner aufgefordert, ihre Häuser zu
     * verlassen - die Hälfte davon in Hiroshima") */
    static const char *const closing[] = {",", ".", ";", ":", "–", "-", "!", "?", NULL};
    bool closed = k + 1 < cb && (ev_tok_in(doc, k + 1, closing) || ev_conjunction(doc, k + 1));
    if (closed) to = k + 1;
    /* "Russland, gegen das die EU vorging": the relative pronoun after a
     * party's preposition stands for the other party */
    int32_t party = ev_tok_in(doc, ca, party_preps) ? relative_party(doc, ca, k, cb) : -1;
    if (party >= 0 && !ev_has(not, party)) {
        push(out, party);
        return;
    }
    /* a pronoun object comes first after the verb ("verurteilte ihn ein Gericht") */
    if (k + 1 < cb && object_pronoun_at(doc, k + 1)) {
        int32_t r = nf_coref_resolve(doc, k + 1, k + 2);
        if (r >= 0 && !ev_has(not, r)) {
            push(out, r);
            return;
        }
    }
    int32_t held = described_object(doc, k, cb);
    if (held < 0) held = state_phrase_at(doc, past_times(doc, k + 1, cb), cb);
    if (held >= 0 && !ev_has(not, held)) {
        push(out, held);
        return;
    }
    if (actor_from(doc, k + 1, to, BARE_ACTOR, not, &at) >= 0) {
        if (!compared_actor(doc, at, k)) add_with_list(doc, at, cb, out);
        return;
    }
    int32_t p = object_pronoun(doc, k, ca, cb);
    if (p >= 0 && !ev_has(not, p)) {
        push(out, p);
        return;
    }
    /* verb-final clauses: the object stands before the verb (not in a
     * clause of its own right before it), after the finite verb of a main
     * clause first ("Der Weihbischof der Diözese Linz, Gerhard Maria
     * Wagner, hat Papst Benedikt XVI. gebeten": not Linz, a part of the
     * subject), then anywhere ("Den Papst hat er gebeten") */
    size_t pre = embedded_clause_start(doc, ca, k), fin = ca;
    /* (a comma and a finite verb open a verb phrase of its own, whose
     * subject the clause before gives: its objects stand after that verb,
     * not in the clause before: "war dem Präsidenten unterlegen, hatte das
     * Wahlergebnis nicht anerkannt") */
    size_t own = ca;
    for (size_t j = pre; j > ca + 1 && own == ca; j--)
        if (comma_at(doc, j - 1) && ev_finite_verb(doc, j)) own = j + 1;
    while (fin < pre && !ev_finite_verb(doc, fin)) fin++;
    /* (an auxiliary whose participle k is, in one stretch without a comma) */
    bool aux = fin < pre && !nf_tok_find(doc, fin, &doc->pack->event_triggers);
    for (size_t j = fin; aux && j < k; j++) aux = !comma_at(doc, j);
    if (own > ca && own < pre) {
        if (actor_from(doc, own, pre, BARE_ACTOR, not, &at) >= 0) add_with_list(doc, at, pre, out);
        return;
    }
    int32_t state = aux ? state_phrase_at(doc, past_times(doc, fin + 1, pre), pre) : -1;
    if (state >= 0 && !ev_has(not, state)) {
        push(out, state);
        return;
    }
    if ((aux && actor_from(doc, fin + 1, pre, BARE_ACTOR, not, &at) >= 0) ||
        actor_from(doc, ca, pre, BARE_ACTOR, not, &at) >= 0) {
        add_with_list(doc, at, pre, out);
        return;
    }
    /* the actor of a noun the object is, in the genitive after it, between
     * the auxiliary and its participle with no conjunction between: "hat
     * die Unabhängigkeit des Kosovos anerkannt"; or before the verbs that
     * close a subordinate clause, no conjunction between the noun and the
     * verb: "dass die EU, die USA und weitere Staaten die Unabhängigkeit
     * des Kosovo anerkennen würden" */
    static const char *const gen[] = {"des", "der", NULL};
    bool final = !aux && fin >= pre && ev_opens_subclause(doc, ca, cb);
    size_t open = aux ? fin : ca;
    /* (or a zu-infinitive's clause, from its comma: "hat beschlossen, die
     * Regierung des Kosovos zu kritisieren") */
    bool zu = !aux && !final && nf_tok_zu_infinitive(doc, k);
    for (size_t j = k; zu && !final && j > ca + 1; j--)
        if (comma_at(doc, j - 1)) {
            final = true;
            open = j;
        }
    bool one_clause = aux || final;
    for (size_t j = fin + 1; aux && one_clause && j < k; j++) one_clause = !ev_conjunction(doc, j);
    for (size_t j = open + 2; one_clause && j + 1 < pre; j++)
        if (ev_tok_in(doc, j, gen) && (doc->tokens[j - 1].flags & NF_TF_CAP) &&
            !ev_mention_at(doc, j - 1) &&
            !(final && (conjunction_in(doc, j, k) || !object_noun(doc, j - 1, ca))) &&
            actor_from(doc, j + 1, j + 2, BARE_ACTOR, not, &at) >= 0) {
            add_with_list(doc, at, pre, out);
            return;
        }
    /* (or a name in the genitive after the object's noun, as the
     * subordinate clause writes it: "in der Merkel die Politik Russlands
     * als Katastrophe bezeichnete") */
    for (size_t j = open + 2; final && j < pre; j++) {
        const nf_mention *m = ev_mention_at(doc, j);
        if (!m || m->ta != j || m->kind != NF_MK_NAME || !object_noun(doc, j - 1, ca) ||
            !(doc->tokens[j - 1].flags & NF_TF_CAP) || ev_mention_at(doc, j - 1) ||
            conjunction_in(doc, j, k) || !ev_genitive_name_end(doc, m->tb - 1) ||
            ev_has(not, (int32_t)m->entity))
            continue;
        push(out, ev_government_of(doc, (int32_t)m->entity));
        return;
    }
    /* an actor named inside the object phrase, which may run on past the
     * window; not a place after "in", "bei", "vor", which says where
     * ("nahmen in Rotterdam einen Mann in Gewahrsam": force against a place
     * has its own rule, ev_place_target), unless it names a government's
     * seat; "aus" and "nach" name a party ("Lebensmittel aus Deutschland",
     * "die Reise nach Brüssel") */
    static const char *const where_preps[] = {"in", "im", "bei", "beim", "vor", "nahe", NULL};
    size_t end = closed ? to : to + PP_WINDOW < cb ? to + PP_WINDOW : cb;
    for (size_t from = k + 1; from < end;) {
        int32_t e = actor_from(doc, from, end, NO_AGENT, not, &at);
        if (e < 0) {
            /* "verurteilte die Leugnung des Holocaust durch Irans
             * Präsidenten": after the verb "durch" names the doer of the
             * act the object names (a passive's agent stands before its
             * participle) */
            if ((e = doer_after_durch(doc, from, end, not, &at)) >= 0)
                add_with_list(doc, at, cb, out);
            return;
        }
        /* (one compared with the subject did the same: "begrüßte das
         * Urteil ebenso wie Bundesinnenminister Schäuble") */
        if (compared_actor(doc, at, k)) return;
        /* (a sea, a mountain range, a region of no country: "ein Schiff im
         * Roten Meer" - no one's to act on) */
        const nf_entity *x = &doc->entities[e];
        bool stateless = x->type == NF_ENT_LOC && !x->country[0];
        if (!stateless &&
            (!nf_place_type(x->type) || at <= k + 1 || !ev_tok_in(doc, at - 1, where_preps) ||
             seat_of_government(doc, at) || !in_adverbial(doc, at - 1, k))) {
            add_with_list(doc, at, cb, out);
            return;
        }
        const nf_mention *m = ev_mention_at(doc, at);
        from = m && m->tb > at ? m->tb : at + 1;
    }
}

/* True when token j is preposition `prep` or its contraction with the
 * article ("in" -> "im", "ins"; "zu" -> "zum", "zur"; "von" -> "vom"). */
static bool prep_is(const nf_doc *doc, size_t j, const char *prep) {
    static const char *const forms[][3] = {{"in", "im", "ins"},   {"zu", "zum", "zur"},
                                           {"von", "vom", NULL},  {"an", "am", "ans"},
                                           {"bei", "beim", NULL}, {"auf", "aufs", NULL}};
    if (nf_tok_is(doc, j, prep)) return true;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (nf_streq(forms[i][0], prep))
            for (size_t f = 1; f < 3; f++)
                if (forms[i][f] && nf_tok_is(doc, j, forms[i][f])) return true;
    return false;
}

/* The end of the phrase after the preposition at j, at most at `lim`: a
 * comma, or "und"/"oder" before a capitalised word and one in lower case
 * that is no article or preposition, a clause's subject and verb
 * ("landet im Ranking auf dem dritten Platz und Deutschland holt ..."
 * names no place after "im"; "gegen den Süden und die USA" goes on). */
static size_t phrase_limit(const nf_doc *doc, size_t j, size_t lim) {
    static const char *const joins[] = {"und", "oder", NULL};
    static const char *const articles[] = {"der", "die",  "das",   "den",   "dem",   "des",
                                           "ein", "eine", "einen", "einem", "einer", NULL};
    for (size_t q = j + 1; q < lim; q++) {
        if (nf_tok_is(doc, q, ",")) return q;
        if (!ev_tok_in(doc, q, joins) || q + 2 >= doc->ntokens) continue;
        const nf_token *a = &doc->tokens[q + 1], *b = &doc->tokens[q + 2];
        if (a->kind == NF_TOK_WORD && (a->flags & NF_TF_CAP) && b->kind == NF_TOK_WORD &&
            (b->flags & NF_TF_LOWER) && !ev_tok_in(doc, q + 2, articles) &&
            !ev_tok_in(doc, q + 2, actor_preps))
            return q;
    }
    return lim;
}

/* The actor the apposition after the phrase of a preposition at j names
 * when that phrase, ending at the comma `lim`, names none: an article
 * like the phrase's own, a noun and then the name ("mit dem künftigen
 * Alterspräsidenten des Parlaments, dem CHP-Abgeordneten Deniz Baykal,").
 * Not a name right after the article, which may open a relative clause
 * ("mit dem Minister, dem Putin vertraut"). -1 when none; *at is where
 * the actor's mention starts. */
static int32_t apposition_actor(nf_doc *doc, size_t j, size_t lim, size_t cb, size_t *at) {
    if (lim + 3 >= cb || !nf_tok_is(doc, lim, ",") ||
        !nf_tok_is(doc, lim + 1, nf_tokl(doc, j + 1)) ||
        !nf_tok_in(doc, j + 1, (const char *const[]){"dem", "der", "den", "einem", "einer", NULL}))
        return -1;
    size_t end = phrase_limit(doc, lim + 1, lim + 1 + PP_WINDOW < cb ? lim + 1 + PP_WINDOW : cb);
    int32_t e = ev_actor_in(doc, lim + 2, end, false, at);
    return e >= 0 && *at > lim + 2 ? e : -1;
}

/* The actors after preposition `prep` following token k, else (for a
 * verb-final verb) before it from ca (see event_args.h). */
void ev_pp_actors(nf_doc *doc, size_t k, size_t ca, size_t cb, const char *prep, ev_actors *out) {
    out->n = 0;
    size_t end = k + ARG_WINDOW < cb ? k + ARG_WINDOW : cb;
    for (size_t j = k + 1; j < end; j++) {
        if (!prep_is(doc, j, prep)) continue;
        size_t lim = phrase_limit(doc, j, j + PP_WINDOW < cb ? j + PP_WINDOW : cb), at;
        if (ev_actor_in(doc, j + 1, lim, false, &at) >= 0 ||
            apposition_actor(doc, j, lim, cb, &at) >= 0) {
            add_with_list(doc, at, cb, out);
            return;
        }
    }
    for (size_t j = ca; j < k; j++) {
        if (!prep_is(doc, j, prep)) continue;
        /* ("Lloyd Webber, mit dem Stigwood zusammenarbeitete": the
         * relative pronoun's antecedent) */
        int32_t party = j == ca ? relative_party(doc, ca, k, cb) : -1;
        if (party >= 0) {
            push(out, party);
            return;
        }
        size_t lim = phrase_limit(doc, j, j + PP_WINDOW < k ? j + PP_WINDOW : k), at;
        if (ev_actor_in(doc, j + 1, lim, false, &at) >= 0) {
            add_with_list(doc, at, k, out);
            return;
        }
    }
}

/* The quantifiers of plurals that may stand before an object's noun
 * ("mehrere russische Stellungen"). */
static const char *const quantifiers[] = {"mehrere", "einige",  "zahlreiche",
                                          "viele",   "etliche", NULL};

/* Where the object after a verb at k begins, its phrase reaching to j:
 * past phrases of time ("griffen in der Nacht die Hauptstadt an"), an
 * article ("die", "den", "das") and a count ("bombardierten drei iranische
 * Atomanlagen", "mehrere russische Stellungen"). */
static size_t object_start(const nf_doc *doc, size_t k, size_t j) {
    size_t o = past_times(doc, k + 1, j);
    if (o < j && nf_tok_in(doc, o, (const char *const[]){"die", "den", "das", NULL})) o++;
    while (o < j && (doc->claimed[o] == 2 || nf_tok_in(doc, o, quantifiers))) o++;
    return o;
}

/* True when token k is an article or a quantifier inside a noun phrase of
 * the middle field ("die", "der", "mehrere"). */
static bool phrase_filler(const nf_doc *doc, size_t k) {
    static const char *const articles[] = {"die", "den", "das", "der", NULL};
    return ev_tok_in(doc, k, articles) || ev_tok_in(doc, k, quantifiers);
}

static int32_t place_after(nf_doc *doc, size_t k, size_t cb, const char *const *preps); /* below */

/* True when token k is a declined adjective in lower case before a noun
 * ("weitere", "zerstörten"): "-e", "-en", "-er", "-es", "-em", no verb. */
static bool declined_adjective(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_LOWER) || ev_finite_verb(doc, k)) return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    return n > 3 && (w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])));
}

/* The country of a nationality adjective's phrase in the middle field
 * of a verb-final clause [ca, k), right after the finite verb, a phrase
 * of time, one such phrase of the source's or a preposition of `preps`
 * (past an article and a count): "hat in der Nacht drei iranische
 * Atomanlagen bombardiert", "haben israelische Kampfjets syrische
 * Stellungen angegriffen"; or of a place after "in" that follows a noun
 * so placed ("hat Ziele im Iran angegriffen"); not one of `not`; -1 when
 * none. */
static int32_t middle_field_place(nf_doc *doc, size_t k, size_t ca, const ev_actors * not,
                                  const char *const *preps) {
    size_t fin = ca;
    while (fin < k && !ev_finite_verb(doc, fin)) fin++;
    if (fin >= k) return -1; /* the verb is the finite one: no middle field before it */
    /* (the source in the prefield: the middle field's first phrase is no
     * subject, "In der Nacht hatten die Landwirte in der Steiermark mit
     * Minusgraden zu kämpfen") */
    bool source_first = false;
    for (size_t j = ca; j < fin && !source_first; j++) {
        const nf_mention *m = ev_mention_at(doc, j);
        source_first = m && ev_has(not, (int32_t)m->entity);
    }
    /* (or the source right after the finite verb, the object after it: "Am
     * Montag hat Russland zwei Dörfer im Gebiet Donezk erobert") */
    size_t open = fin;
    size_t sj = past_times(doc, fin + 1, k);
    if (sj < k && phrase_filler(doc, sj)) sj++; /* ("die russische Armee") */
    const nf_mention *subject = sj < k ? ev_mention_at(doc, sj) : NULL;
    if (!source_first && subject && ev_has(not, (int32_t)subject->entity)) {
        open = subject->tb - 1;
        source_first = true;
    }
    size_t skipped_end = 0;
    for (size_t j = fin + 1; j + 1 < k; j++) {
        /* a place after "in" or "im" right after a noun there: "hat in der
         * Nacht Ziele im Iran angegriffen", "Kraftwerke in der Ukraine" */
        size_t q = j + 2 < k && phrase_filler(doc, j + 2) ? j + 3 : j + 2;
        const nf_mention *m = q < k ? ev_mention_at(doc, q) : NULL;
        if (source_first && m && !ev_mention_at(doc, j) && m->ta == q &&
            (doc->tokens[j].flags & NF_TF_CAP) && doc->tokens[j].kind == NF_TOK_WORD &&
            !private_person_noun(doc, j) &&
            (nf_tok_is(doc, j + 1, "in") || nf_tok_is(doc, j + 1, "im")) &&
            nf_place_type(doc->entities[m->entity].type) && doc->entities[m->entity].country[0]) {
            size_t p = j - 1;
            while (p > open &&
                   (doc->claimed[p] == 2 || phrase_filler(doc, p) || declined_adjective(doc, p)))
                p--;
            int32_t e = nf_country_entity(doc, doc->entities[m->entity].country);
            if ((p == open || doc->claimed[p] == 1) && e >= 0 && !ev_has(not, e)) return e;
        }
        const char *iso = nf_adjective_at(doc, j);
        if (!iso || !(doc->tokens[j + 1].flags & NF_TF_CAP) ||
            doc->tokens[j + 1].kind != NF_TOK_WORD || ev_mention_at(doc, j + 1) ||
            private_person_noun(doc, j + 1))
            continue;
        size_t p = j - 1;
        while (p > fin && (doc->claimed[p] == 2 || phrase_filler(doc, p))) p--;
        if (!(p == fin || doc->claimed[p] == 1 || ev_tok_in(doc, p, preps) || p + 1 == skipped_end))
            continue;
        int32_t e = adjective_country(doc, iso);
        if (e >= 0 && !ev_has(not, e)) return e;
        skipped_end = j + 2;
    }
    return -1;
}

/* See event_args.h: after the verb first, then before a verb-final one. */
int32_t ev_place_target(nf_doc *doc, size_t k, size_t ca, size_t cb, const ev_actors * not ) {
    static const char *const preps[] = {"in", "im", "ins", "auf", "nach", "gegen", NULL};
    int32_t after = place_after(doc, k, cb, preps);
    if (after >= 0 && !ev_has(not, after)) return after;
    return middle_field_place(doc, k, ca, not, preps);
}

/* The country a place named after a preposition of direction or place in
 * (k, cb) belongs to ("in den Gazastreifen", "auf Ziele in Israel",
 * "Richtung auf den Fluss Litani"), or of a nationality adjective's phrase
 * there, or -1: the target of an attack on things rather than actors. */
static int32_t place_after(nf_doc *doc, size_t k, size_t cb, const char *const *preps) {
    for (size_t j = k + 1; j < cb; j++) {
        /* a nationality adjective before a noun of no private person,
         * after such a preposition or as the object right after the verb:
         * "auf die ukrainische Hauptstadt", "gegen russische Stellungen",
         * "griffen die ukrainische Hauptstadt an" */
        const char *iso = j + 1 < cb ? nf_adjective_at(doc, j) : NULL;
        if (iso && (doc->tokens[j + 1].flags & NF_TF_CAP) &&
            doc->tokens[j + 1].kind == NF_TOK_WORD && !ev_mention_at(doc, j + 1) &&
            !private_person_noun(doc, j + 1)) {
            bool placed = j == object_start(doc, k, j);
            for (size_t q = j; q > k && q + 3 > j && !placed; q--)
                placed = ev_tok_in(doc, q - 1, preps);
            if (placed) {
                return adjective_country(doc, iso);
            }
        }
        const nf_mention *m = ev_mention_at(doc, j);
        if (!m || m->ta != j) continue;
        const nf_entity *e = &doc->entities[m->entity];
        if ((e->type != NF_ENT_GPE && e->type != NF_ENT_LOC) || !e->country[0]) continue;
        bool placed = false;
        for (size_t q = j; q > k && q + 4 > j; q--)
            if (ev_tok_in(doc, q - 1, preps)) placed = true;
        if (placed) return nf_country_entity(doc, e->country);
    }
    return -1;
}

/* The words after which "von" names where, not who: "im Norden von
 * Somalia", "nördlich von Erigabo", "außerhalb von Kabul". */
static const char *const place_before_von[] = {
    "norden",      "süden",        "osten",      "westen",      "nordosten", "nordwesten",
    "südosten",    "südwesten",    "nördlich",   "südlich",     "östlich",   "westlich",
    "nordöstlich", "nordwestlich", "südöstlich", "südwestlich", "außerhalb", "innerhalb",
    "unweit",      "nahe",         "zentrum",    "rand",        "umgebung",  NULL};

/* True when "von" at token j follows a noun in a phrase of a preposition
 * ("am Flughafen von Chicago festgenommen", "in der Nähe von Kabul"): the
 * noun's complement, no agent of the passive. */
static bool noun_in_phrase_before(const nf_doc *doc, size_t from, size_t j) {
    static const char *const articles[] = {"dem", "der", "den", "des", "einem", "einer", NULL};
    if (j < from + 2 || !(doc->tokens[j - 1].flags & NF_TF_CAP) ||
        doc->tokens[j - 1].kind != NF_TOK_WORD || ev_mention_at(doc, j - 1))
        return false;
    size_t p = j - 2;
    if (ev_tok_in(doc, p, articles) && p > from) p--;
    return ev_tok_in(doc, p, actor_preps) && !nf_tok_is(doc, p, "von") &&
           !nf_tok_is(doc, p, "vom") && !nf_tok_is(doc, p, "durch");
}

/* The institution a passive's agent phrase from token a (before lim)
 * names by its noun alone ("von der Polizei", "durch die Staatssicherheit"),
 * which no mention covers: coreference finds the one named before or makes
 * one of the country the document is about (nf_coref_resolve); -1 when the
 * phrase names none. */
static int32_t institution_agent(nf_doc *doc, size_t a, size_t lim) {
    size_t k = skip_fillers(doc, a, lim);
    bool org = false;
    if (k >= lim || k == a + 4 || ev_mention_at(doc, k) || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !nf_role_at(doc, k, NULL, &org) || !org)
        return -1;
    int32_t e = nf_coref_resolve(doc, a, k + 1);
    return e >= 0 && doc->entities[e].actor ? e : -1;
}

/* The agents of a passive (see event_args.h). */
void ev_agents(nf_doc *doc, size_t from, size_t cb, ev_actors *out) {
    out->n = 0;
    for (size_t j = from; j < cb; j++) {
        if (!nf_tok_is(doc, j, "von") && !nf_tok_is(doc, j, "vom") && !nf_tok_is(doc, j, "durch"))
            continue;
        if (j > 0 && nf_tok_is(doc, j, "von") && ev_tok_in(doc, j - 1, place_before_von)) continue;
        if (nf_tok_is(doc, j, "von") && noun_in_phrase_before(doc, from, j)) continue;
        size_t lim = j + PP_WINDOW < cb ? j + PP_WINDOW : cb, at;
        if (ev_actor_in(doc, j + 1, lim, false, &at) >= 0) {
            /* the agent's own phrase: "von Ärzten in Wilna" names no agent */
            bool own = true;
            for (size_t q = j + 1; q < at && own; q++) own = !ev_tok_in(doc, q, actor_preps);
            if (!own) continue;
            add_with_list(doc, at, cb, out);
            return;
        }
        int32_t inst = institution_agent(doc, j + 1, lim);
        if (inst >= 0) {
            out->e[out->n++] = inst;
            return;
        }
    }
}

/* True when the clause is in the passive (see event_args.h). */
bool ev_passive_clause(const nf_doc *doc, size_t ca, size_t cb) {
    static const char *const werden[] = {"wurde", "wurden", "worden", "wird", "werden",
                                         "würde", "würden", "werde",  NULL};
    /* "sieht sich bedroht", "fühlten sich verraten": the subject is the one
     * the act befalls, as in the passive */
    static const char *const perceive[] = {"sieht",  "sehen",  "sah",     "sahen", "fühlt",
                                           "fühlen", "fühlte", "fühlten", NULL};
    bool sich = false, sees = false;
    for (size_t j = ca; j < cb; j++) {
        if (ev_tok_in(doc, j, werden)) return true;
        sich |= nf_tok_is(doc, j, "sich");
        sees |= ev_tok_in(doc, j, perceive);
    }
    return sich && sees;
}

/* The government an entity stands for when it is a place (see
 * event_args.h). */
int32_t ev_government_of(nf_doc *doc, int32_t e) {
    if (e < 0) return e;
    const nf_entity *x = &doc->entities[e];
    if (x->type == NF_ENT_GPE && x->country[0] && (!x->actor || strlen(x->actor) != 3)) {
        int32_t c = nf_country_entity(doc, x->country);
        return c >= 0 ? c : e;
    }
    return e;
}

/* The party after "mit" later in [.., cb) when mention m is listed with
 * the one before it ("die Verhandlungspartner USA, Russland, China ... mit
 * dem Iran"): the list is one side, the "mit" phrase the other; -1 when m
 * stands in no list or no such party of another country than `a` follows. */
static int32_t counterpart_after(nf_doc *doc, const nf_mention *m, size_t cb, int32_t a) {
    if (m->ta == 0 || !(nf_tok_is(doc, m->ta - 1, ",") || nf_tok_is(doc, m->ta - 1, "und")))
        return -1;
    for (size_t j = m->tb; j + 1 < cb; j++) {
        if (!nf_tok_is(doc, j, "mit")) continue;
        size_t lim = j + 6 < cb ? j + 6 : cb, at;
        int32_t e = ev_actor_in(doc, j + 1, lim, false, &at);
        if (e < 0) return -1;
        e = ev_government_of(doc, e);
        return e != a && strcmp(doc->entities[e].country, doc->entities[a].country) != 0 ? e : -1;
    }
    return -1;
}

/* Two actors of different countries for a mutual act (see event_args.h). */
bool ev_two_actors(nf_doc *doc, size_t ca, size_t cb, int32_t *a, int32_t *b) {
    *a = *b = -1;
    /* "Lloyd Webber, mit dem Stigwood zusammenarbeitete": the relative
     * pronoun after a party's preposition is the first party */
    int32_t party = ev_tok_in(doc, ca, party_preps) ? relative_party(doc, ca, cb, cb) : -1;
    if (party >= 0) *a = ev_government_of(doc, party);
    for (size_t k = ca; k < cb; k++) {
        const nf_mention *m = ev_mention_at(doc, k);
        if (!m || m->ta != k || doc->entities[m->entity].type == NF_ENT_LOC ||
            dateline_place(doc, m) || affiliation(doc, m))
            continue;
        /* an outlet reports the talks or the agreement, it is no party */
        if (nf_news_outlet(doc, &doc->entities[m->entity])) continue;
        /* "in der Provinz Helmand", "in Moskau": where they meet, not who */
        if (doc->entities[m->entity].type == NF_ENT_GPE && m->kind == NF_MK_NAME &&
            after_prep(doc, ca, k, false, false) && !nearest_prep_in(doc, ca, k, party_preps))
            continue;
        if (nearest_prep_in(doc, ca, k, auf_prep) || (doc->entities[m->entity].type == NF_ENT_ORG &&
                                                      nearest_prep_in(doc, ca, k, time_preps)))
            continue;
        /* "im Vermittlungsausschuss", "beim Sicherheitsrat": the body where
         * they meet */
        if (k > ca && (nf_tok_is(doc, k - 1, "im") || nf_tok_is(doc, k - 1, "beim"))) continue;
        int32_t e = (int32_t)m->entity;
        /* "Frankreichs Präsident Emmanuel Macron traf ...": the phrase's
         * head is the party, as for one actor (actor_from) */
        if (genitive_before_noun(doc, m) && head_named_after(doc, m, cb) &&
            (e = phrase_over(doc, m)) < 0)
            continue;
        e = ev_government_of(doc, e);
        if (*a < 0) {
            *a = e;
        } else if (e != *a && strcmp(doc->entities[e].country, doc->entities[*a].country) != 0) {
            *b = e; /* a second party, of another country */
            int32_t other = counterpart_after(doc, m, cb, *a);
            if (other >= 0) *b = other;
            return true;
        }
    }
    return false;
}

/* The party a trigger noun at k names itself (see event_args.h). */
int32_t ev_noun_party(nf_doc *doc, size_t k, size_t cb, bool genitive_after) {
    const char *iso = k > 0 ? nf_adjective_at(doc, k - 1) : NULL;
    if (iso && !ev_mention_at(doc, k - 1)) {
        return adjective_country(doc, iso);
    }
    return genitive_after ? ev_noun_genitive(doc, k, cb) : -1;
}

/* The actor in the genitive, or after "von"/"durch", right after a trigger
 * noun at k (see event_args.h). */
int32_t ev_noun_genitive(nf_doc *doc, size_t k, size_t cb) {
    size_t lim = k + 6 < cb ? k + 6 : cb, at;
    int32_t e = actor_from(doc, k + 1, lim, ANY_ACTOR, NULL, &at);
    if (e < 0) return -1;
    /* "der Besuch von US-Präsident Obama", "die Eroberung durch die Armee";
     * a place after "von" is where from ("die Einreise von Griechenland") */
    bool place = nf_place_type(doc->entities[e].type);
    for (size_t q = at; q > k + 1 && q + 3 > at; q--) {
        if ((nf_tok_is(doc, q - 1, "von") && !place) || nf_tok_is(doc, q - 1, "durch")) {
            /* no other phrase between: "Attacke auf Spital von Ärzte ohne Grenzen" */
            for (size_t j = k + 1; j + 1 < q; j++)
                if (ev_tok_in(doc, j, actor_preps)) return -1;
            return e;
        }
    }
    if (after_prep(doc, k + 1, at, false, false)) return -1;
    /* "des britischen Journalisten Tom Baker": an article of the genitive,
     * adjectives and a role noun before the name */
    static const char *const genitive_articles[] = {"des", "der", "eines", "einer", NULL};
    bool adjectives = at > k + 2 && ev_tok_in(doc, k + 1, genitive_articles);
    for (size_t j = k + 2; adjectives && j < at; j++)
        adjectives = doc->tokens[j].kind == NF_TOK_WORD &&
                     (!(doc->tokens[j].flags & NF_TF_CAP) || nf_role_at(doc, j, NULL, NULL));
    if (adjectives) return e;
    return at < k + 4 && genitive_attribute(doc, k, at) ? e : -1;
}

/* The possessive articles of the first person plural ("unsere Kritik");
 * those of the third, nf_tok_possessive's: "seinen Rücktritt", "ihre
 * Kritik an". */
static const char *const our[] = {"unser", "unsere", "unseren", "unserem", "unserer", NULL};

/* The prepositions of a time or an aim an act of meeting fills ("bei
 * einem Besuch in Athen", "nach einem Treffen mit", "wird zu einem Besuch
 * erwartet", "auf Staatsbesuch"): the clause's subject takes part. */
static const char *const meeting_time_preps[] = {"bei", "beim", "nach", "während", "zu",
                                                 "zum", "zur",  "auf",  NULL};

/* True when the trigger at k is the quantifier "einigen" before its noun
 * ("von CDU, FDP und einigen SPD-Mitgliedern unterstützt") or a group's
 * genitive ("einigen der schärfsten Gegner"), not the verb of agreeing. */
bool ev_quantifier_einigen(const nf_doc *doc, size_t k, size_t sb) {
    static const char *const forms[] = {"einigen", "einige", NULL};
    if (nf_tokl(doc, k)[0] != 'e' || !ev_tok_in(doc, k, forms) || k + 1 >= sb) return false;
    /* after a preposition no verb: "in einigen eher peripheren Regionen" */
    static const char *const preps[] = {"in",   "mit", "von", "bei", "aus", "nach", "unter",
                                        "über", "für", "vor", "an",  "auf", NULL};
    if (k > 0 && ev_tok_in(doc, k - 1, preps)) return true;
    /* a part of a group: "also einigen der schärfsten TTIP-Gegner" */
    if (nf_tok_is(doc, k + 1, "der") || nf_tok_is(doc, k + 1, "des")) return true;
    size_t n = k + 1;
    if (doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_LOWER) &&
        !nf_tok_is(doc, n, "sich") && n + 1 < sb)
        n++; /* an adjective: "einigen wenigen Staaten" */
    return doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_CAP);
}

/* True when the clause's subject does the act a trigger noun at k names
 * (see event_args.h). */
ev_noun_subject ev_subject_does_noun(const nf_doc *doc, size_t k, size_t ca, size_t cb,
                                     bool meeting) {
    static const char *const support_preps[] = {"mit", "zu", "zum", "zur", "für", "an", "am", NULL};
    /* what parties agree on is theirs to do: "einigten sich auf neue
     * Sanktionen" ("auf" after other verbs is no such phrase: "reagierte
     * auf den Angriff") */
    static const char *const agree[] = {
        "einigt",      "einigen",      "einigte",      "einigten",      "geeinigt",
        "verständigt", "verständigen", "verständigte", "verständigten", NULL};
    /* the article before the noun and its adjectives: a possessive names
     * the subject's act, and for meetings so does a time or an aim; a
     * noun in another phrase of a preposition is no support verb's object
     * ("wurden in einer Reaktion auf die Annexion der Krim verhängt") */
    bool other_phrase = false;
    for (size_t q = k; q > ca && q + 4 > k; q--) {
        if (nf_tok_possessive(doc, q - 1) || ev_tok_in(doc, q - 1, our)) return EV_SUBJECT_PHRASE;
        if (meeting && ev_tok_in(doc, q - 1, meeting_time_preps)) return EV_SUBJECT_PHRASE;
        if (ev_tok_in(doc, q - 1, actor_preps)) {
            other_phrase = !ev_tok_in(doc, q - 1, support_preps);
            if (other_phrase && nf_tok_is(doc, q - 1, "auf"))
                for (size_t j = ca; j < cb && other_phrase; j++)
                    other_phrase = !ev_tok_in(doc, j, agree) || ev_quantifier_einigen(doc, j, cb);
            break;
        }
        if (doc->tokens[q - 1].kind != NF_TOK_WORD || (doc->tokens[q - 1].flags & NF_TF_CAP)) break;
    }
    if (other_phrase) return EV_SUBJECT_NONE;
    const nf_lexicon *support = &doc->pack->support_verbs;
    static const char *const machen[] = {"macht",   "machen", "machte", "machten",
                                         "gemacht", "mache",  NULL};
    bool sich = false, bekannt = false, supported = false, made = false;
    for (size_t j = ca; j < cb; j++) {
        if (j == k || doc->tokens[j].kind != NF_TOK_WORD || (doc->tokens[j].flags & NF_TF_CAP))
            continue;
        supported |= nf_tok_find(doc, j, support) != NULL && !ev_quantifier_einigen(doc, j, cb);
        made |= ev_tok_in(doc, j, machen);
        sich |= nf_tok_is(doc, j, "sich");
        bekannt |= nf_tok_is(doc, j, "bekannt");
    }
    /* "X machte Y für den Anschlag verantwortlich": Y is said to have done
     * it, which the accusation's event tells; the subject did nothing (in
     * the passive the subject is Y: "Al-Qaida wird für die Anschläge
     * verantwortlich gemacht") */
    if (supported && made && !ev_passive_clause(doc, ca, cb)) return EV_SUBJECT_NONE;
    /* "hat sich zu dem Anschlag bekannt" */
    return supported || (sich && bekannt) ? EV_SUBJECT_SUPPORT : EV_SUBJECT_NONE;
}

/* The country a compound trigger noun at k names by its first part, the
 * part before its `head_len` last bytes ("Japanbesuch", "Israel-Reise");
 * -1 when that part is no country's name. */
int32_t ev_compound_country(nf_doc *doc, size_t k, size_t head_len) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (head_len + 3 > n) return -1;
    size_t p = n - head_len;
    if (w[p - 1] == '-') p--;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *x = nf_lexicon_find(&gz->names, w, p);
    if (!x) return -1;
    uint32_t ids[8];
    size_t m = nf_gz_ids(nf_lex_val(&gz->names, x), ids, 8);
    for (size_t i = 0; i < m; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source == NF_GZ_COUNTRY && g->country[0]) return nf_country_entity(doc, g->country);
    }
    return -1;
}
