/* entity_country.c - the country of a person no gazetteer knows, from the
 * words around the first mention of the name: a nationality adjective in
 * the noun phrase before it ("der libanesische Informationsminister Ghasi
 * Aridi"), a country in that phrase ("Der Vorsitzende des Verbands in
 * Deutschland, Michael Knipper") or in an apposition after it ("Hashim
 * Thaçi, der Premierminister des Kosovos"), a party in that phrase ("die
 * Haushaltspolitikerin der Grünen, Anja Hajduk"), or the party in
 * parentheses after it ("Hannes Androsch (SPÖ)"); a government's office
 * gives the government's actor code with it. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "tokens.h"

#define NP_LOOKBACK 7  /* tokens the phrase before a name may span */
#define NP_LOOKAHEAD 8 /* tokens an apposition after a name may span */

/* True when the lower-case word at token k is a finite verb a clause may
 * put right before its subject: an auxiliary or a modal ("hatte", "kann")
 * or a verb of saying ("sagte").  A name right after it has no phrase
 * before it: what comes before the verb is another constituent ("Beim
 * Turnier in Newport hatte Philippoussis" says where he played, not
 * whence he comes; "In Peking stellten sie den Bürgerrechtler X unter
 * Arrest" still makes X Chinese).  A copula is no such verb: what comes
 * before it says what the name is ("Bester Deutscher wurde Robert
 * Förster"); nor is a verb that says what someone is called ("als neuer
 * Anführer des libyschen IS-Ablegers bezeichnete ..."), nor an event's
 * verb, whose participle is often an adjective ("der verletzte
 * Abwehrspieler"). */
static bool finite_verb(const nf_doc *doc, size_t k) {
    static const char *const copulas[] = {"ist",    "sind",   "war",     "waren", "sei",
                                          "seien",  "wäre",   "wären",   "wird",  "werden",
                                          "wurde",  "wurden", "werde",   "würde", "würden",
                                          "bleibt", "blieb",  "bleiben", NULL};
    if (nf_quote_word_class(doc, k, 'x')) return !nf_tok_in(doc, k, copulas);
    const nf_lexicon *sv = &doc->pack->speech_verbs;
    const nf_lex_entry *v = nf_tok_find(doc, k, sv);
    return v && (nf_lex_val(sv, v)[0] == 'S' || nf_lex_val(sv, v)[0] == 'D');
}

/* True for a token that may stand inside the noun phrase before a name:
 * articles, the prepositions of genitive and place phrases, adjectives and
 * nouns. */
static bool np_word(const nf_doc *doc, size_t k) {
    static const char *const small[] = {"der", "die",  "das",   "dem",   "den",   "des",
                                        "ein", "eine", "einem", "einen", "einer", "eines",
                                        "in",  "im",   "aus",   "von",   "vom",   NULL};
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD) return false;
    if (t->flags & NF_TF_CAP) return true;
    const char *w = nf_tokl(doc, k);
    for (const char *const *p = small; *p; p++)
        if (nf_streq(w, *p)) return true;
    size_t n = strlen(w);
    /* inflected adjectives: "amtierende", "ehemaligen" */
    return n > 3 && (w[n - 1] == 'e' || strcmp(w + n - 2, "en") == 0 ||
                     strcmp(w + n - 2, "er") == 0 || strcmp(w + n - 2, "es") == 0);
}

/* Where a person's country was read from: a town ("Kölns Präsident"), a
 * nation (an adjective, a country's name: "der kroatische
 * Außenminister"), or a party ("CDU-Chef", "Kogler (Grüne)").  A nation
 * makes an office of government its government's; a party only an office
 * ("Vizekanzler X (Grüne)"), not its own spokesperson ("Neos-Sprecher"). */
enum { BY_TOWN, BY_NATION, BY_PARTY };

/* The country of the party or the country a hyphenated compound's first
 * part names ("CDU-Chef", "Grünen-Vorsitzende", "US-Senator"; other bodies'
 * acronyms are too often a club's or a firm's as well: "SVR-Trainer"): the
 * one all its readings share, else, of a name several countries' parties
 * bear ("Grünen"), the document's home country's where it is one of them;
 * NULL when none.  Owned by the engine. */
static const char *compound_country(const nf_doc *doc, size_t k, int *by) {
    bool party;
    const char *iso = nf_compound_country(doc, k, NF_CC_COUNTRY | NF_CC_PARTY | NF_CC_HOME, &party);
    *by = party ? BY_PARTY : BY_NATION;
    return iso;
}

/* True when the person's noun at token k names an office or a service of
 * a state: a government's office (nf_government_role), or a soldier's, a
 * diplomat's, a lawmaker's, a judge's or an official's role. */
static bool state_service(const nf_doc *doc, size_t k) {
    static const char *const services[] = {"soldier",
                                           "general",
                                           "military_chief",
                                           "military_commander",
                                           "diplomat",
                                           "ambassador",
                                           "envoy",
                                           "un_ambassador",
                                           "lawmaker",
                                           "senator",
                                           "politician",
                                           "judge",
                                           "official",
                                           "prosecutor",
                                           "intelligence_chief",
                                           "police_chief",
                                           "commissioner",
                                           "delegation_head",
                                           NULL};
    bool org = false;
    const char *role = nf_role_at(doc, k, NULL, &org);
    if (!role || org) return false;
    size_t n = nf_role_len(role);
    if (nf_government_role(role, n)) return true;
    for (const char *const *s = services; *s; s++)
        if (strlen(*s) == n && memcmp(*s, role, n) == 0) return true;
    return false;
}

static bool in_persons_name(const nf_doc *doc, size_t k); /* below */
static bool party(const nf_entity *e);                    /* below */

/* The party with a country whose name mention ends at token k, or NULL;
 * owned by the document. */
static const nf_entity *party_ending_at(const nf_doc *doc, size_t k) {
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb <= k && m->ta + 16 < k) break; /* names are short */
        const nf_entity *e = &doc->entities[m->entity];
        if (m->tb == k + 1 && m->kind == NF_MK_NAME && e->country[0] && party(e)) return e;
    }
    return NULL;
}

/* The country of token k when it is a nationality adjective or a
 * nation's people ("Österreicher"), a compound
 * of persons whose first part names a country or a party ("CDU-Chef",
 * "US-Soldat"; not "durch einen US-Luftangriff getötete General"), the
 * first token of a place with a country, or a city's adjective before a
 * role; NULL otherwise, else *by says which.  Owned by the engine or the
 * document. */
static const char *country_at(const nf_doc *doc, size_t k, int *by) {
    const char *iso = nf_adjective_at(doc, k);
    *by = BY_NATION;
    if (iso) return iso;
    /* one of a nation's or region's people right before the name, however
     * many words come between the article and it ("Der 22-jährige
     * Niederösterreicher Dominic Thiem"; not "der Trainer der Österreicher,
     * Marcel Koller") */
    const nf_lex_entry *d = (doc->tokens[k].flags & NF_TF_CAP) && k + 1 < doc->ntokens &&
                                    doc->tokens[k + 1].kind == NF_TOK_WORD
                                ? nf_tok_get(doc, k, &doc->engine->gz.demonyms)
                                : NULL;
    if (d && in_persons_name(doc, k + 1)) return nf_lex_val(&doc->engine->gz.demonyms, d);
    iso = nf_person_noun_at(doc, k) ? compound_country(doc, k, by) : NULL;
    /* a country's name before a role says whom the person serves only in
     * an office or a service of that state ("US-Senator", "US-Soldat",
     * "US-Botschafter"), not what they know or cover ("Russland-Experte",
     * "Ukraine-Korrespondent", "Austria-Trainer") */
    if (iso && *by == BY_NATION && !state_service(doc, k)) iso = NULL;
    if (iso) return iso;
    for (size_t i = nf_mention_first_at(doc, k); i < doc->nmentions && doc->mentions[i].ta == k;
         i++) {
        const nf_entity *e = &doc->entities[doc->mentions[i].entity];
        if (e->type == NF_ENT_GPE && e->country[0]) {
            *by = e->actor && strcmp(e->actor, e->country) == 0 ? BY_NATION : BY_TOWN;
            return e->country;
        }
    }
    /* a party the phrase names ("die Haushaltspolitikerin der Grünen, Anja
     * Hajduk", "von Bündnis 90/Die Grünen") */
    const nf_entity *p = party_ending_at(doc, k);
    if (p) {
        *by = BY_PARTY;
        return p->country;
    }
    /* a city's adjective before a person's role ("der Istanbuler
     * Bürgermeister", "der Salzburger Erzbischof"; not "der Stuttgarter
     * Spieler", "der Freiburger Cedric Makiadi": a club's) */
    bool org = true;
    *by = BY_TOWN;
    return k + 1 < doc->ntokens && nf_role_at(doc, k + 1, NULL, &org) && !org
               ? nf_city_adjective_at(doc, k)
               : NULL;
}

/* True when token k is a comma. */
static bool is_comma(const nf_doc *doc, size_t k) {
    return k < doc->ntokens && doc->tokens[k].kind == NF_TOK_PUNCT &&
           doc->text.cp[doc->tokens[k].a] == ',';
}

/* True when token k is in the name of a person. */
static bool in_persons_name(const nf_doc *doc, size_t k) {
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb <= k && m->ta + 16 < k) break; /* names are short */
        if (m->ta <= k && k < m->tb && m->kind == NF_MK_NAME &&
            doc->entities[m->entity].type == NF_ENT_PERSON)
            return true;
    }
    return false;
}

/* The country the phrase before a name at token ta gives, or NULL; the
 * phrase ends at another person's name ("mit dem griechischen
 * Staatspräsidenten Prokopis Pavlopoulos betonte Avramopoulos" makes only
 * Pavlopoulos Greek). */
static const char *country_before(const nf_doc *doc, size_t ta, int *by) {
    size_t k = ta;
    bool comma = k > 0 && is_comma(doc, k - 1);
    if (comma) k--; /* "…in Deutschland, Michael Knipper" */
    for (size_t n = 0; k > 0 && n < NP_LOOKBACK; n++, k--) {
        if (!np_word(doc, k - 1) || in_persons_name(doc, k - 1)) break;
        if (n == 0 && !comma && finite_verb(doc, k - 1))
            break; /* "in Newport hatte Philippoussis" */
        /* (before a comma, a nation's people without an article or an
         * adjective before them are another subject: "Australier im
         * Training Schnellster, Hamilton Zweiter"; not "der Führer der
         * bosnischen Serben, Radovan Karadžić") */
        if (comma && nf_tok_get(doc, k - 1, &doc->engine->gz.demonyms) &&
            !nf_adjective_at(doc, k - 1) &&
            (k - 1 == doc->sentences[doc->tok_sent[k - 1]].ta ||
             !(doc->tokens[k - 2].flags & NF_TF_LOWER)))
            break;
        const char *iso = country_at(doc, k - 1, by);
        if (iso) return iso;
    }
    return NULL;
}

/* True when the place at token k is one a relative clause says someone
 * came back from (", die gerade aus dem Südsudan zurückgekehrt ist"):
 * "aus" before it and a verb of return ("zurück...", "heim...") in the
 * few words after it.  Where they went, not where they are from. */
static bool returned_from(const nf_doc *doc, size_t k) {
    size_t j = k;
    while (j > 0 && j + 3 > k && !nf_tok_is(doc, j - 1, "aus")) j--;
    if (j == 0 || !nf_tok_is(doc, j - 1, "aus")) return false;
    for (size_t v = k + 1; v < doc->ntokens && v < k + 4; v++) {
        const char *l = nf_tokl(doc, v);
        if (!strncmp(l, "zurück", strlen("zurück")) || !strncmp(l, "heim", 4)) return true;
    }
    return false;
}

/* The country an apposition after a name ending at token tb gives
 * (", der Premierminister des Kosovos"), or NULL. */
static const char *country_after(const nf_doc *doc, size_t tb, int *by) {
    if (!is_comma(doc, tb) || !(nf_tok_is(doc, tb + 1, "der") || nf_tok_is(doc, tb + 1, "die")))
        return NULL;
    /* (a preposition after the pronoun opens a relative clause that says
     * where or in what: a place named there is where the person lives, an
     * adjective there qualifies a thing, not the person: ", der in einem
     * mexikanischen Fußball-Dress auf den Court gekommen war") */
    static const char *const preps[] = {"in", "im", "mit", "bei", "auf", "an", "am", NULL};
    bool where = nf_tok_in(doc, tb + 2, preps);
    for (size_t k = tb + 2; k < doc->ntokens && k < tb + NP_LOOKAHEAD && np_word(doc, k); k++) {
        if (where && !(doc->tokens[k].flags & NF_TF_CAP)) continue;
        const char *iso = country_at(doc, k, by);
        /* (a nation's noun right before another's name is that one's:
         * "Flanke Dijks, der Pole Milik volliert") */
        if (iso && k + 1 < doc->ntokens && in_persons_name(doc, k + 1) &&
            nf_tok_get(doc, k, &doc->engine->gz.demonyms))
            return NULL;
        if (iso) return returned_from(doc, k) ? NULL : iso;
    }
    return NULL;
}

/* The country a name ending at token tb comes from, named right after it
 * with "aus" ("Kevin Anderson aus Südafrika"): a nation's name, not a
 * town's (a reporter's "berichtet X aus Moskau" is where he is), and not
 * one a verb of return brings the person back from; NULL when none. */
static const char *country_from(const nf_doc *doc, size_t tb, int *by) {
    static const char *const articles[] = {"dem", "der", "den", NULL};
    if (tb + 1 >= doc->ntokens || !nf_tok_is(doc, tb, "aus")) return NULL;
    size_t k = tb + 1 + nf_tok_in(doc, tb + 1, articles);
    if (k >= doc->ntokens || !(doc->tokens[k].flags & NF_TF_CAP)) return NULL;
    int b;
    const char *iso = country_at(doc, k, &b);
    if (!iso || b != BY_NATION || returned_from(doc, k)) return NULL;
    *by = b;
    return iso;
}

/* The organisation with a country named in parentheses right after a name
 * ending at token tb ("Hannes Androsch (SPÖ)": the SPÖ), or NULL; owned by
 * the document. */
static const nf_entity *affiliation_after(const nf_doc *doc, size_t tb) {
    if (!nf_tok_is(doc, tb, "(")) return NULL;
    for (size_t i = nf_mention_first_at(doc, tb + 1);
         i < doc->nmentions && doc->mentions[i].ta == tb + 1; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type == NF_ENT_ORG && e->country[0] && nf_tok_is(doc, m->tb, ")")) return e;
    }
    return NULL;
}

/* True when entity e is a political party (its actor code ends in PTY). */
static bool party(const nf_entity *e) {
    return nf_actor_sector(e->actor, "PTY");
}

/* True for the roles a party has as well as a government
 * ("spokesperson", "leader": "Neos-Justizsprecher"), which a party's name
 * leaves the party's. */
static bool party_role(const char *role, size_t n) {
    return (n == 12 && memcmp(role, "spokesperson", 12) == 0) ||
           (n == 6 && memcmp(role, "leader", 6) == 0);
}

/* True for an office held in a town or a region ("governor", "mayor"):
 * the place a sentence opens with is the office's. */
static bool local_office(const char *role) {
    static const char *const offices[] = {"governor",     "mayor",      "regional_head",
                                          "police_chief", "prosecutor", NULL};
    size_t n = role ? nf_role_len(role) : 0;
    for (const char *const *o = offices; *o && n; o++)
        if (strlen(*o) == n && memcmp(*o, role, n) == 0) return true;
    return false;
}

/* The country of the place a sentence opens with ("In Texas hat
 * Gouverneur Greg Abbott ...") when the name at token ta follows it
 * within a few words, or NULL. */
static const char *opening_place(const nf_doc *doc, size_t ta) {
    size_t sa = doc->sentences[doc->tok_sent[ta]].ta;
    if (!(nf_tok_is(doc, sa, "in") || nf_tok_is(doc, sa, "im"))) return NULL;
    for (size_t i = nf_mention_first_at(doc, sa + 1);
         i < doc->nmentions && doc->mentions[i].ta < sa + 4; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if ((e->type == NF_ENT_GPE || e->type == NF_ENT_LOC) && e->country[0] && m->tb < ta &&
            ta <= m->tb + 4)
            return e->country;
    }
    return NULL;
}

/* Gives each person without a country the one its first described name
 * mention shows (see the file comment). */
void nf_person_countries(nf_doc *doc) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_PERSON || e->country[0]) continue;
        /* (an international organisation's official, whom a gazetteer
         * gives no country, belongs to none: "in einer in New York
         * verbreiteten Erklärung Bans" is Ban Ki-moon's, no American's) */
        if (nf_igo_code(e->actor)) continue;
        int by = BY_TOWN;
        /* (a name in the genitive before its noun opens a phrase of its
         * own, which nothing before it describes: "stellt die National
         * Gallery in Melbourne Ai Weiweis Arbeiten aus") */
        const char *iso = nf_name_owns_next_noun(doc, m) ? NULL : country_before(doc, m->ta, &by);
        if (!iso) iso = country_after(doc, m->tb, &by);
        if (!iso) iso = country_from(doc, m->tb, &by);
        /* (a town's or a region's office: "In Texas hat Gouverneur Greg
         * Abbott ...") */
        if (!iso && local_office(e->role) && m->ta > 0 && nf_role_at(doc, m->ta - 1, NULL, NULL))
            iso = opening_place(doc, m->ta);
        /* (a party in parentheses says more than a town: "der Welser
         * Bürgermeister Andreas Rabl (FPÖ)") */
        const nf_entity *body = iso && by != BY_TOWN ? NULL : affiliation_after(doc, m->tb);
        if (body && (!iso || (party(body) && strncmp(body->country, iso, 3) == 0)))
            iso = body->country, by = party(body) ? BY_PARTY : BY_TOWN;
        if (!iso) continue;
        memcpy(e->country, iso, 3);
        e->country[3] = '\0';
        /* an office of government makes its holder the government's where
         * a nation or a party gives the country (see BY_*) */
        size_t rl = e->role ? nf_role_len(e->role) : 0;
        bool office = e->role && nf_government_role(e->role, rl) &&
                      (by == BY_NATION || !party_role(e->role, rl));
        if (!e->actor && by != BY_TOWN && office) e->actor = nf_actor_code(doc, e->country, "GOV");
    }
}
