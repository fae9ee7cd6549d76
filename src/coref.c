/* coref.c - what a speaker or actor span refers to: a name already found,
 * a description ("der russische Präsident", "der Pressedienst des Kreml"),
 * or a pronoun ("er").  Resolution runs on demand, for the spans the quote
 * and event stages ask about, and adds the resolved span as a mention. */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "event_args.h"
#include "langpack.h"
#include "ner.h"
#include "stages.h"
#include "tokens.h"

#define PRONOUN_LOOKBACK 400 /* tokens a pronoun looks back for its antecedent */

/* The index of the innermost quotation region token k lies in (between
 * its marks), or -1. */
static int32_t quote_around(const nf_doc *doc, size_t k) {
    int32_t found = -1;
    for (size_t i = 0; i < doc->nqregions; i++) {
        const nf_qregion *q = &doc->qregions[i];
        if (q->open > k) break;
        if (k < q->close) found = (int32_t)i;
    }
    return found;
}

/* True when token k lies between a pair of quotation marks. */
static bool in_quote(const nf_doc *doc, size_t k) {
    return quote_around(doc, k) >= 0;
}

/* True when the pronoun at token k is a demonstrative ("dieser",
 * "diese"), which takes up the last one named. */
static bool demonstrative_at(const nf_doc *doc, size_t k) {
    static const char *const demonstratives[] = {"dieser", "diese", NULL};
    return nf_tok_in(doc, k, demonstratives);
}

/* True when the noun at token k names a woman by its ending ("Ärztin",
 * "Politikerin"; five bytes or more). */
static bool feminine_noun(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_llen[k];
    return n > 4 && memcmp(nf_tokl(doc, k) + n - 2, "in", 2) == 0;
}

/* True when the word at k is the polite address ("Warum kritisieren Sie
 * ...", "Ihr Parteichef", "Wer hat Ihrer Meinung nach recht?"): "Sie",
 * "Ihnen" and "Ihr" in any case written with a capital inside a sentence,
 * not after a quotation mark or a colon. */
static bool polite_address(const nf_doc *doc, size_t k) {
    const char *w = nf_tokl(doc, k);
    bool ihr = strncmp(w, "ihr", 3) == 0 && doc->tok_llen[k] <= 5;
    if (!(nf_streq(w, "sie") || nf_streq(w, "ihnen") || ihr) ||
        !(doc->tokens[k].flags & NF_TF_CAP) || k == 0 || doc->sentences[doc->tok_sent[k]].ta == k)
        return false;
    const nf_token *p = &doc->tokens[k - 1];
    return p->kind != NF_TOK_QUOTE && !nf_tok_is(doc, k - 1, ":");
}

/* The entity whose mention opens sentence s as the label of an
 * interview's turn ("Hofer: Nein."), or -1. */
static int32_t turn_label_of(const nf_doc *doc, size_t s) {
    size_t sa = doc->sentences[s].ta;
    size_t i = nf_mention_first_at(doc, sa);
    if (i >= doc->nmentions || doc->mentions[i].ta != sa || !nf_turn_label(doc, &doc->mentions[i]))
        return -1;
    return (int32_t)doc->mentions[i].entity;
}

/* The person a question of an interview addresses with the polite "Sie"
 * at token k: where k's sentence, or one of the two before it, opens with
 * a news outlet's label ("STANDARD: Würden Sie ...?"), the person whose
 * label opens one of the next three sentences ("Hofer: Nein."); -1
 * elsewhere. */
static int32_t interviewee(const nf_doc *doc, size_t k) {
    size_t s = doc->tok_sent[k], q = s;
    int32_t asker = -1;
    while ((asker = turn_label_of(doc, q)) < 0 && q > 0 && q + 2 > s) q--;
    if (asker < 0 || !nf_outlet(&doc->entities[asker])) return -1;
    for (size_t t = s + 1; t < doc->nsentences && t <= s + 3; t++) {
        int32_t e = turn_label_of(doc, t);
        if (e >= 0) return doc->entities[e].type == NF_ENT_PERSON ? e : -1;
    }
    return -1;
}

/* How many sentences back an interview's answer may have begun. */
#define TURN_BACK 6

/* The person who says "ich" at token k in an interview: the one whose
 * label opens the turn k's sentence belongs to ("Ennser-Jedenastik: Da
 * wäre ich skeptisch."), the nearest label at most TURN_BACK sentences
 * back; -1 in a question (the outlet's turn: "STANDARD: Wie sehe ich
 * ...?") or outside interviews. */
static int32_t turn_speaker(const nf_doc *doc, size_t k) {
    size_t s = doc->tok_sent[k];
    for (size_t q = s + 1; q-- > 0 && q + TURN_BACK >= s;) {
        int32_t e = turn_label_of(doc, q);
        if (e >= 0) return doc->entities[e].type == NF_ENT_PERSON ? e : -1;
    }
    return -1;
}

/* True when an outlet's label ("STANDARD: ...?") opens a sentence at
 * most 2 * TURN_BACK sentences before token k's: k stands in an
 * interview, not after a speaker's label a text without quotation marks
 * writes for a quote ("Swoboda: Ich schätze, ...", then "sagt der
 * VÖP-Vorsitzende. Er vermutet ..."). */
static bool asked(const nf_doc *doc, size_t k) {
    size_t s = doc->tok_sent[k];
    for (size_t q = s + 1; q-- > 0 && q + 2 * TURN_BACK >= s;) {
        int32_t e = turn_label_of(doc, q);
        if (e >= 0 && nf_outlet(&doc->entities[e])) return true;
    }
    return false;
}

/* The interviewee whose answer holds token k (turn_speaker), as long as
 * the text has not gone back to telling of that person by name since the
 * label, or by a description ("Stumpf: Das muss man sich anschauen.
 * Stumpf, Student der Politikwissenschaft, ... wie er sagt", "..., sagt
 * der VÖP-Vorsitzende. Er vermutet": the answer has ended); -1
 * elsewhere, and outside interviews (asked).  In the answer the person
 * says "ich": "er" or "sie" there is someone or something else. */
static int32_t answering(const nf_doc *doc, size_t k) {
    int32_t e = turn_speaker(doc, k);
    if (e < 0 || !asked(doc, k)) return -1;
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if ((int32_t)m->entity != e || (m->kind != NF_MK_NAME && m->kind != NF_MK_NOMINAL))
            continue;
        return nf_turn_label(doc, m) ? e : -1; /* (the latest name: the label, or one after it) */
    }
    return -1;
}

/* True when token j may be a verb: a word in lower case that is an
 * auxiliary of the quotation stage's function words ("hat", "seien"), or
 * none of them ("gegen", "stattdessen" are not) and no stop word, article
 * or determiner. */
static bool verb_like(const nf_doc *doc, size_t j) {
    const nf_token *t = &doc->tokens[j];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_LOWER)) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lexicon *qw = &doc->pack->quote_words;
    const nf_lex_entry *q = nf_tokl_get(doc, j, qw);
    return q ? strchr(nf_lex_val(qw, q), 'x') != NULL
             : !nf_tok_find(doc, j, &doc->pack->stopwords) &&
                   !nf_tokl_get(doc, j, &gz->noun_determiners) &&
                   !nf_tokl_get(doc, j, &gz->articles);
}

/* True when token j may be a finite verb in the plural: a word in "-en"
 * that may be a verb (verb_like) and no stop word. */
static bool verb_in_en(const nf_doc *doc, size_t j) {
    size_t n = doc->tok_llen[j];
    const char *v = nf_tokl(doc, j);
    return n > 3 && v[n - 2] == 'e' && v[n - 1] == 'n' &&
           !nf_tok_find(doc, j, &doc->pack->stopwords) && verb_like(doc, j);
}

/* Finite auxiliaries and modal verbs in the third person singular, the
 * indicative and the Konjunktiv ("hat", "habe", "sei", "könnte"). */
static const char *const singular_finite[] = {
    "ist",   "hat",    "wird",   "kann",   "will",   "soll",  "muss",  "darf", "war",    "hatte",
    "wurde", "konnte", "wollte", "sollte", "musste", "hätte", "würde", "wäre", "könnte", "habe",
    "sei",   "werde",  "könne",  "wolle",  "solle",  "müsse", "dürfe", NULL};

/* True when "sie" at token k is the subject of a plural verb: a finite
 * verb in the plural right before it ("Da werden sie", "Dann gehen sie":
 * verb_in_en) or, with none in the singular there, right after it ("Sie
 * gehen davon aus", "weil sie fürchten"; "sie einen" is none), or at the
 * end of the clause a conjunction or a preposition's relative pronoun
 * opens ("wie sie am Freitag ankündigten", "durch die sie drehen
 * wollten").  A finite
 * singular before it ("hatte sie bestritten") makes the word after it a
 * participle. */
static bool plural_sie(const nf_doc *doc, size_t k) {
    static const char *const plural[] = {
        "sind",    "haben",   "werden", "können", "wollen",  "sollen",  "müssen",
        "dürfen",  "waren",   "hatten", "wurden", "konnten", "wollten", "sollten",
        "mussten", "durften", "hätten", "würden", "wären",   "könnten", NULL};
    if (k > 0) {
        for (const char *const *w = plural; *w; w++)
            if (nf_tok_is(doc, k - 1, *w)) return true;
        if (nf_tok_in(doc, k - 1, singular_finite)) return false;
        /* the verb in second place after an adverb or a year, before its
         * subject: "Dann gehen sie", "2011 sanktionierten sie ihn" (after a
         * noun "sie" is the object: "Die Polizisten nahmen sie fest") */
        if (k > 1 && doc->sentences[doc->tok_sent[k]].ta == k - 2 &&
            (nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k - 2)) ||
             doc->tokens[k - 2].kind == NF_TOK_NUMBER) &&
            verb_in_en(doc, k - 1))
            return true;
        /* the verb in second place after a prepositional phrase that
         * opens the sentence: "Im Verhör des Geheimdienstes warnten sie
         * davor" (the phrase ends in a noun or name) */
        size_t sa = doc->sentences[doc->tok_sent[k]].ta;
        if (k > sa + 2 && nf_quote_word_class(doc, sa, 'r') &&
            (doc->tokens[k - 2].flags & NF_TF_CAP) && verb_in_en(doc, k - 1))
            return true;
        /* a frame after its content: "..., erklärten sie", "„…“, sagten sie" */
        if (k > 1 && (nf_tok_is(doc, k - 2, ",") || doc->tokens[k - 2].kind == NF_TOK_QUOTE) &&
            verb_in_en(doc, k - 1))
            return true;
    }
    if (k + 1 >= doc->ntokens || doc->tok_sent[k + 1] != doc->tok_sent[k]) return false;
    for (const char *const *w = plural; *w; w++)
        if (nf_tok_is(doc, k + 1, *w)) return true;
    if (verb_in_en(doc, k + 1)) return true;
    /* a clause with its verb last: the word that ends it ("wie sie am
     * Freitag ankündigten", "dass sie kommen werden", "wo sie 89
     * Menschen töteten,"; not "wie sie sagte", "dass sie kommen wolle") */
    static const char *const conjunctions[] = {
        "wie",   "dass",   "weil",    "ob",      "wenn",   "nachdem", "obwohl", "wo",
        "bevor", "ehe",    "als",     "während", "damit",  "bis",     "seit",   "seitdem",
        "falls", "sobald", "solange", "indem",   "sodass", "warum",   "wann",   NULL};
    /* (or a relative pronoun after a preposition, which cannot be the
     * subject: "durch die sie einen Film drehen wollten"; after a comma
     * the pronoun may be, and "sie" the object: "Unterlagen, die sie
     * belasten") */
    static const char *const relatives[] = {"die", "der", "das", "den", "dem", "denen", NULL};
    static const char *const prepositions[] = {"durch", "mit",  "für",  "von",   "bei",  "in",
                                               "an",    "auf",  "über", "unter", "nach", "zu",
                                               "gegen", "ohne", "um",   "aus",   NULL};
    bool relative =
        k >= 2 && nf_tok_in(doc, k - 1, relatives) && nf_tok_in(doc, k - 2, prepositions);
    if (k == 0 || !(relative || nf_tok_in(doc, k - 1, conjunctions))) return false;
    size_t s = doc->tok_sent[k], end = k + 1;
    while (end < doc->ntokens && end < k + 25 && doc->tok_sent[end] == s &&
           (doc->tokens[end].kind == NF_TOK_WORD || doc->tokens[end].kind == NF_TOK_NUMBER))
        end++;
    if (end == k + 1 || end >= doc->ntokens || doc->tokens[end].kind != NF_TOK_PUNCT) return false;
    for (const char *const *w = plural; *w; w++)
        if (nf_tok_is(doc, end - 1, *w)) return true;
    return verb_in_en(doc, end - 1) && !nf_tok_in(doc, end - 2, singular_finite);
}

/* True when "sie" at token k is the subject of a finite verb in the
 * singular right after it ("Sie habe ihm ... versprochen") or right
 * before it ("hatte sie"): one woman or organisation, no group. */
static bool singular_sie(const nf_doc *doc, size_t k) {
    if (!nf_tok_is(doc, k, "sie")) return false;
    if (k + 1 < doc->ntokens && doc->tok_sent[k + 1] == doc->tok_sent[k] &&
        nf_tok_in(doc, k + 1, singular_finite))
        return true;
    return k > 0 && nf_tok_in(doc, k - 1, singular_finite);
}

/* True when entity e is named as a plural: a group of persons, or an
 * organisation whose name ends in a noun in -en ("Staatsmedien",
 * "Vereinte Nationen", "die Grünen"). */
static bool named_plural(const nf_entity *e) {
    if (e->plural) return true;
    if (e->type != NF_ENT_ORG || !e->name) return false;
    size_t n = strlen(e->name);
    return n > 3 && e->name[n - 2] == 'e' && e->name[n - 1] == 'n';
}

/* Personal pronouns and their gender ('m', 'f'; 'p' for "sie" or "diese"
 * as the subject of a plural verb: plural_sie); 0 for other words, and for
 * the polite address. */
static char pronoun_gender(const nf_doc *doc, size_t k) {
    static const char *const male[] = {"er", "ihm", "ihn", "seinerseits", "dieser", NULL};
    static const char *const female[] = {"sie", "ihr", "ihrerseits", "diese", NULL};
    const char *w = nf_tokl(doc, k);
    /* (the word first, the costlier tests of its use only for these; its
     * first letter first of all, which most words fail) */
    if (w[0] != 'e' && w[0] != 'i' && w[0] != 's' && w[0] != 'd') return 0;
    char g = 0;
    for (const char *const *p = male; *p && !g; p++)
        if (nf_streq(w, *p)) g = 'm';
    for (const char *const *p = female; *p && !g; p++)
        if (nf_streq(w, *p)) g = 'f';
    if (!g || polite_address(doc, k)) return 0;
    if ((nf_streq(w, "sie") || nf_streq(w, "diese")) && plural_sie(doc, k)) return 'p';
    return g;
}

/* The gender of a possessive determiner at k, as pronoun_gender has it:
 * 'm' for "sein" in any case ("seiner", "seinen"), 'f' for "ihr" ("ihrer",
 * "ihren": hers or theirs, which resolve_pronoun's 'f' allows); 0 for
 * other words and the polite "Ihr". */
static char possessive_gender(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_WORD || polite_address(doc, k)) return 0;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    static const char *const endings[] = {"", "e", "er", "en", "em", "es"};
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (n == 4 + el && strncmp(w, "sein", 4) == 0 && strcmp(w + 4, endings[i]) == 0) return 'm';
        if (n == 3 + el && strncmp(w, "ihr", 3) == 0 && strcmp(w + 3, endings[i]) == 0) return 'f';
    }
    return 0;
}

/* True when the noun phrase at token k follows a verb in lower case (and
 * at most two adverbs, or a time: "am Freitag") that follows a person's
 * name opening the sentence (after role nouns), or "Er" or "Sie" opening
 * it: "Polizeichef Calvin Williams forderte Steve Stephens auf", "Er
 * beschuldigte seinerseits Thaksin", "Putin empfing am Freitag Xi
 * Jinping": the first phrase is the subject, this one an object. */
static bool object_after_verb(const nf_doc *doc, size_t k) {
    size_t sa = doc->sentences[doc->tok_sent[k]].ta, v = k;
    /* a time the times stage took, and its preposition */
    while (v > sa + 2 && k - v < 5 && doc->claimed[v - 1] == 1) {
        v--;
        while (v > sa + 2 && doc->claimed[v - 1] == 1) v--;
        if (doc->tokens[v - 1].flags & NF_TF_LOWER) v--; /* "am", "seit" */
    }
    size_t t = v;
    while (v > sa + 1 && v + 3 > t && (doc->tokens[v - 1].flags & NF_TF_LOWER) &&
           doc->tokens[v - 1].kind == NF_TOK_WORD &&
           !nf_function_word(doc, nf_tok(doc, v - 1), doc->tok_len[v - 1])) /* ("und") */
        v--;
    if (v == t) return false;
    if (v == sa + 1 && (nf_tok_is(doc, sa, "er") || nf_tok_is(doc, sa, "sie"))) return true;
    if (v != t - 1) return false; /* (a name before the verb alone, as before) */
    for (size_t i = nf_mention_first_at(doc, v); i-- > 0;) {
        const nf_mention *p = &doc->mentions[i];
        if (p->tb < v || p->ta < sa) break;
        if (p->tb != v || p->kind != NF_MK_NAME || doc->entities[p->entity].type != NF_ENT_PERSON)
            continue;
        size_t a = p->ta;
        while (a > sa && (doc->tokens[a - 1].flags & NF_TF_CAP) &&
               nf_role_at(doc, a - 1, NULL, NULL))
            a--;
        return a == sa;
    }
    return false;
}

/* True when mention m is a name in the genitive before the noun it owns
 * ("Pilz' Vorwurf", "Obamas Politik"): the noun heads the phrase. */
static bool possessor(const nf_doc *doc, const nf_mention *m) {
    const char *w = nf_tok(doc, m->tb - 1);
    size_t n = doc->tok_len[m->tb - 1];
    bool genitive = n > 1 && (w[n - 1] == 's' || w[n - 1] == '\'' ||
                              (n > 3 && memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0));
    return genitive && m->tb < doc->ntokens && (doc->tokens[m->tb].flags & NF_TF_CAP);
}

/* True when the sentence of token k opens with a participle in "-t" or
 * "-en" and a passive's auxiliary before token k ("Geleitet wurde es vom
 * ..."), whose subject is no actor. */
static bool fronted_passive(const nf_doc *doc, size_t k) {
    static const char *const aux[] = {"wurde", "wurden", "wird", "werden", NULL};
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    if (sa + 2 > k || !(doc->tokens[sa].flags & NF_TF_CAP) || !nf_tok_in(doc, sa + 1, aux))
        return false;
    const char *p = nf_tokl(doc, sa);
    size_t n = doc->tok_llen[sa];
    return n > 4 && memcmp(p, "ge", 2) == 0 && (p[n - 1] == 't' || memcmp(p + n - 2, "en", 2) == 0);
}

static bool subject_like(const nf_doc *doc, const nf_mention *m);

/* Whether the name that ends right before the conjunction at token conj
 * ("und", "oder") stands in a subject-like position (subject_like): the
 * second of two joined stands as the first does ("mit Hans Tuppy und
 * Friedrich Heer").  1 or 0; -1 when no name ends there. */
static int joined_subject_like(const nf_doc *doc, size_t conj) {
    for (size_t i = nf_mention_first_at(doc, conj); i-- > 0;) {
        const nf_mention *f = &doc->mentions[i];
        if (f->tb + 8 < conj) break;
        if (f->tb == conj && f->kind == NF_MK_NAME) return subject_like(doc, f);
    }
    return -1;
}

/* True when the noun phrase ending in mention m stands in a subject-like
 * position: not after a preposition or an oblique article ("mit dem
 * kasachischen Führer Toqajew", "mit seinem Bruder Eli" are not), nor a
 * label in brackets. */
static bool subject_like(const nf_doc *doc, const nf_mention *m) {
    size_t k = m->ta;
    /* the genitive name of a statement cited: "nach Andrejews Worten",
     * "Putins Angaben zufolge" name who speaks, the sentence's source */
    if (m->tb < doc->ntokens && nf_tokl_get(doc, m->tb, &doc->pack->speech_nouns) &&
        ((k > 0 && (nf_tok_is(doc, k - 1, "nach") || nf_tok_is(doc, k - 1, "laut"))) ||
         (m->tb + 1 < doc->ntokens && nf_tok_is(doc, m->tb + 1, "zufolge")))) {
        const char *w = nf_tok(doc, m->tb - 1);
        size_t n = doc->tok_len[m->tb - 1];
        if (n > 1 && (w[n - 1] == 's' || w[n - 1] == '\'')) return true;
    }
    /* Walk back over the rest of the noun phrase: adjectives, role nouns. */
    static const char *const oblique[] = {
        "dem",   "den",   "des",   "einem",  "einen",  "mit",     "von",    "vom",
        "bei",   "beim",  "zu",    "zum",    "für",    "gegen",   "über",   "nach",
        "an",    "auf",   "unter", "ohne",   "durch",  "seit",    "seinem", "seinen",
        "ihrem", "ihren", "deren", "dessen", "meinem", "unserem", "in",     "im",
        "aus",   "vor",   "wegen", "trotz",  NULL};
    while (k > 0) {
        const nf_token *t = &doc->tokens[k - 1];
        if (t->kind != NF_TOK_WORD || nf_tok_in(doc, k - 1, oblique)) break;
        /* (a declined adjective: "früheren", "ehemaliger"; in "-en" and
         * such only after a word in lower case, not a verb after a noun:
         * "mit dem Präsidenten sprachen Merkel und ...") */
        const char *l = nf_tokl(doc, k - 1);
        size_t n = doc->tok_llen[k - 1];
        bool declined =
            n > 3 && (l[n - 1] == 'e' || (l[n - 2] == 'e' && strchr("nrsm", l[n - 1]) && k >= 2 &&
                                          (doc->tokens[k - 2].flags & NF_TF_LOWER)));
        if ((t->flags & NF_TF_LOWER) && !nf_adjective_at(doc, k - 1) && !declined) break;
        /* (a person's noun before the name too: "mit seinem jüngeren
         * Bruder Eli", "vor der Tschechin Vera Pospíšilová") */
        if ((t->flags & NF_TF_CAP) && !nf_role_at(doc, k - 1, NULL, NULL) &&
            !nf_person_noun_at(doc, k - 1) && !nf_singular_demonym(doc, k - 1))
            break;
        k--;
    }
    if (k == 0) return true;
    const char *w = nf_tokl(doc, k - 1);
    if (nf_streq(w, "der") || nf_streq(w, "die")) {
        /* "der" before a woman's noun is the dative or the genitive ("vor
         * der Tschechin Vera Pospíšilová", "mit der Kanzlerin") */
        if (nf_streq(w, "der") && k < m->ta && nf_person_noun_gender(doc, k) == 'f') return false;
        /* ", in der Hu ... bezeichnete": a relative pronoun after its
         * preposition, before a name (which takes no article), opens a
         * clause whose subject the name is */
        if (k >= 3 && m->kind == NF_MK_NAME && m->ta == k && nf_tok_is(doc, k - 3, ","))
            return true;
        /* "mit der Kanzlerin": a preposition before the article. */
        if (k >= 2) {
            const char *p = nf_tokl(doc, k - 2);
            for (const char *const *o = oblique; *o; o++)
                if (nf_streq(p, *o)) return false;
            /* "vor der Russin X und der Tschechin Y": as the first of the
             * two joined */
            int joined = k >= 3 && (nf_streq(p, "und") || nf_streq(p, "oder"))
                             ? joined_subject_like(doc, k - 2)
                             : -1;
            if (joined >= 0) return joined;
        }
        return true;
    }
    /* the agent of a passive that opens its sentence with the participle
     * is its actor ("Geleitet wurde es vom früheren Präsidenten Ludwig
     * Adamovich") */
    if ((nf_streq(w, "vom") || nf_streq(w, "von")) && fronted_passive(doc, k - 1)) return true;
    /* an example after a noun and "wie" ("deren Gründer wie Paul
     * Lazarsfeld", "mit Freunden wie Emile de Antonio"; not "wie Müller
     * sagte" after a comma, nor one after an indefinite article, which is
     * the person: "für einen Autor wie Setz") */
    static const char *const indefinite[] = {"ein",   "eine",  "einen", "einem",
                                             "einer", "eines", NULL};
    if (nf_streq(w, "wie") && k >= 2 && doc->tokens[k - 2].kind == NF_TOK_WORD &&
        (doc->tokens[k - 2].flags & NF_TF_CAP) && !(k >= 3 && nf_tok_in(doc, k - 3, indefinite)))
        return false;
    for (const char *const *o = oblique; *o; o++)
        if (nf_streq(w, *o)) return false;
    /* a name in brackets right after another name is its label ("Jelena
     * Hoffmann (SPD)"), no subject; one after a noun is an apposition that
     * may be ("Der König (Bhumibol Adulyadej) empfing ihn") */
    if (k >= 2 && nf_tok_is(doc, k - 1, "(") && nf_mention_over(doc, k - 2)) return false;
    /* the second of two joined by "und", "oder": as the first is ("mit
     * Hans Tuppy und Friedrich Heer") */
    if (k >= 2 && (nf_streq(w, "und") || nf_streq(w, "oder"))) {
        int joined = joined_subject_like(doc, k - 1);
        if (joined >= 0) return joined;
    }
    return !object_after_verb(doc, m->ta);
}

/* True when token k is a dash ("–", "—"; a bracket sets off appositions
 * too often: "König Rama IX. (Bhumibol Adulyadej)", "Wulff (CDU)"). */
static bool aside_mark(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    return !strcmp(w, "\xe2\x80\x93") || !strcmp(w, "\xe2\x80\x94");
}

/* True when token k ends a sentence ("." "!" "?"). */
static bool sentence_end(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    return doc->tokens[k].kind == NF_TOK_PUNCT &&
           (!strcmp(w, ".") || !strcmp(w, "!") || !strcmp(w, "?"));
}

/* True when mention m stands in an aside set off by dashes
 * that closes before token k ("machte Joachim Gauck – wie schon Horst
 * Köhler – in Polen. Er ..."): the aside is background, the sentence
 * around it is what a pronoun after it picks up.  Looks up to ASIDE_SPAN
 * tokens either way within the sentence. */
#define ASIDE_SPAN 12
static bool in_aside_before(const nf_doc *doc, const nf_mention *m, size_t k) {
    bool opened = false;
    for (size_t j = m->ta, n = 0; j-- > 0 && n < ASIDE_SPAN && !sentence_end(doc, j); n++)
        if (aside_mark(doc, j)) {
            opened = true;
            break;
        }
    if (!opened) return false;
    for (size_t j = m->tb, n = 0; j < doc->ntokens && n < ASIDE_SPAN && !sentence_end(doc, j);
         j++, n++)
        if (aside_mark(doc, j)) return j < k;
    return false;
}

/* The organisation whose members the subject opening sentence s names by
 * a compound ("Die EU-Außenminister wollen sich treffen": the EU), when
 * the document has it already: the compound's first part a gazetteer
 * name of an organisation, its tail a person's role noun; -1 else. */
static int32_t members_subject_org(const nf_doc *doc, size_t s) {
    size_t j = doc->sentences[s].ta, sb = doc->sentences[s].tb;
    if (j < sb && (nf_tok_is(doc, j, "die") || nf_tok_is(doc, j, "Die"))) j++;
    bool org = true;
    if (j >= sb || !strchr(nf_tok(doc, j), '-') || !nf_role_at(doc, j, NULL, &org) || org)
        return -1;
    const nf_gazetteer *gz = &doc->engine->gz;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, j, ids, 16);
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source != NF_GZ_ORG || !g->canonical) continue;
        for (size_t e = 0; e < doc->nentities; e++)
            if (doc->entities[e].canonical && strcmp(doc->entities[e].canonical, g->canonical) == 0)
                return (int32_t)e;
    }
    return -1;
}

/* True when tokens [a, b) count out a group that has no entity: a number
 * of two or more, or "mehrere", "zahlreiche", before a capitalised noun
 * that names no one ("die Hinrichtung zweier Männer"): a plural "sie"
 * after it is that group rather than an organisation named before. */
static bool counted_group(const nf_doc *doc, size_t a, size_t b) {
    for (size_t j = a; j + 1 < b; j++) {
        double v = 0;
        bool count = nf_tok_number_word(doc, j, &v)
                         ? v >= 2
                         : nf_tok_is(doc, j, "mehrere") || nf_tok_is(doc, j, "zahlreiche") ||
                               nf_tok_is(doc, j, "zahlreicher");
        if (!count && doc->tokens[j].kind == NF_TOK_NUMBER) count = true;
        if (!count) continue;
        size_t n = j + 1;
        if (n + 1 < b && (doc->tokens[n].flags & NF_TF_LOWER)) n++; /* an adjective */
        if ((doc->tokens[n].flags & NF_TF_CAP) && !nf_mention_over(doc, n)) return true;
    }
    return false;
}

/* True when mention m is joined to another name by "und" or "sowie"
 * ("die Bahn und die GDL"): a plural "sie" after it is the pair, not the
 * one organisation. */
static bool coordinated(const nf_doc *doc, const nf_mention *m) {
    static const char *const joins[] = {"und", "sowie", NULL};
    static const char *const articles[] = {"die", "der", "den", "dem", "das", NULL};
    size_t a = m->ta;
    if (a > 0 && nf_tok_in(doc, a - 1, articles)) a--;
    if (a > 1 && nf_tok_in(doc, a - 1, joins) && nf_mention_over(doc, a - 2)) return true;
    size_t b = m->tb + 1;
    if (m->tb >= doc->ntokens || !nf_tok_in(doc, m->tb, joins)) return false;
    if (b < doc->ntokens && nf_tok_in(doc, b, articles)) b++;
    return b < doc->ntokens && nf_mention_over(doc, b);
}

/* Quantifiers that make the noun after them a plural group ("alle
 * Angeklagten", "einige Fahrer"). */
static const char *const plural_quantifiers[] = {"alle",    "beide",      "viele", "einige",
                                                 "mehrere", "zahlreiche", NULL};

/* True when sentence s opens with "Die" or a quantifier ("Alle",
 * "Beide", "Viele", ...), a capitalised noun no mention covers and a finite
 * verb in the plural ("Die Nationalisten sehen darin ein Nachgeben", "Alle
 * Angeklagten wurden ... verurteilt"): a group no entity stands for is its
 * subject. */
static bool plural_subject_opening(const nf_doc *doc, size_t s) {
    size_t j = doc->sentences[s].ta, sb = doc->sentences[s].tb;
    if (j + 2 >= sb || !(nf_tok_is(doc, j, "die") || nf_tok_in(doc, j, plural_quantifiers)) ||
        !(doc->tokens[j + 1].flags & NF_TF_CAP) || doc->tokens[j + 1].kind != NF_TOK_WORD ||
        nf_mention_over(doc, j + 1) || !(doc->tokens[j + 2].flags & NF_TF_LOWER) ||
        !nf_tok_plural_verb(doc, j + 2))
        return false;
    /* (a verb, no preposition or other function word: "Die Behörden von
     * Kiew") */
    return !nf_function_word(doc, nf_tok(doc, j + 2), doc->tok_len[j + 2]);
}

/* True when the sentence of token k holds, after token a and before k, a
 * group no entity stands for: a plural group noun of roles.tsv after
 * "die" ("In Presevo halten sich die Flüchtlinge auf, bevor sie ..."): a
 * plural "sie" there is that group, not an organisation named before. */
static bool unnamed_group(const nf_doc *doc, size_t a, size_t k) {
    size_t sk = doc->tok_sent[k], sa = doc->sentences[sk].ta;
    /* the plural subject that opens the sentence or the one before */
    for (size_t s = sk > 0 ? sk - 1 : sk; s <= sk; s++)
        if (doc->sentences[s].ta >= a && plural_subject_opening(doc, s)) return true;
    static const char *const groups[] = {"military", "police",    "protesters", "rebels",
                                         "militia",  "civilians", "refugees",   NULL};
    for (size_t j = a > sa ? a : sa; j + 1 < k; j++) {
        char gender = 0;
        bool org = false;
        const char *role;
        /* a plural group's noun, with or without an article ("unterstützen
         * Flüchtlinge und ... sie") */
        if ((doc->tokens[j].flags & NF_TF_CAP) && !nf_mention_over(doc, j) &&
            (role = nf_role_at(doc, j, &gender, &org)) != NULL && org && !gender)
            for (const char *const *g = groups; *g; g++)
                if (nf_role_is(role, *g)) return true;
        /* a quantifier before a noun: "beklagen sich einige Fahrer über
         * Probleme, die sie ..." */
        if (j + 2 < k && nf_tok_in(doc, j, plural_quantifiers) &&
            (doc->tokens[j + 1].flags & NF_TF_CAP) && doc->tokens[j + 1].kind == NF_TOK_WORD &&
            !nf_mention_over(doc, j + 1))
            return true;
        if (!nf_tok_is(doc, j, "die")) continue;
        size_t n = j + 1;
        if (n + 1 < k && (doc->tokens[n].flags & NF_TF_LOWER)) n++; /* an adjective */
        if ((doc->tokens[n].flags & NF_TF_CAP) && !nf_mention_over(doc, n) &&
            nf_role_at(doc, n, &gender, &org) && org && !gender)
            return true; /* (a noun of no gender after "die" is plural) */
    }
    return false;
}

/* True when mention m of an organisation opens the sentence of token k or
 * the one before, alone or after "Die", with a word in lower case after
 * it, the finite verb: the subject a "sie" that follows takes up as
 * readily as a person ("Die Bundesregierung lehnte den Antrag ab. Sie
 * fordert ..."). */
static bool opening_subject(const nf_doc *doc, const nf_mention *m, size_t k) {
    size_t s = doc->tok_sent[m->ta], sa = doc->sentences[s].ta;
    if (s + 1 < doc->tok_sent[k] || m->tb >= doc->ntokens || doc->tok_sent[m->tb] != s)
        return false;
    if (m->ta != sa && !(m->ta == sa + 1 && nf_tok_is(doc, sa, "die"))) return false;
    return doc->tokens[m->tb].kind == NF_TOK_WORD && (doc->tokens[m->tb].flags & NF_TF_LOWER);
}

/* True when the word at token k is a masculine noun of organisations
 * ("Konzern", "Verband"), alone or closing a hyphenated compound
 * ("Volkswagen-Konzern"). */
static bool masculine_org_noun(const nf_doc *doc, size_t k) {
    char g = 0;
    bool org = false;
    if (nf_role_at(doc, k, &g, &org)) return org && g == 'm';
    const nf_lexicon *roles = &doc->engine->gz.roles;
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    if (!h || h == w || !(h[1] >= 'A' && h[1] <= 'Z')) return false;
    const nf_lex_entry *e = nf_lexicon_find(roles, h + 1, strlen(h + 1));
    const char *v = e ? strchr(nf_lex_val(roles, e), '\t') : NULL;
    return v && v[1] == 'm' && strstr(v, "\torg") != NULL;
}

/* True when mention m of an organisation is the subject that opens the
 * sentence of token k or the one before after "Der" and a noun of
 * organisations that is masculine ("Der Konzern Volkswagen meldete", "Der
 * Volkswagen-Konzern meldete", "Der Verband kritisierte"), a word in lower
 * case after it: what "er" takes up as readily as a man ("Er rechne mit
 * ..."). */
static bool masculine_org_subject(const nf_doc *doc, const nf_mention *m, size_t k) {
    size_t s = doc->tok_sent[m->ta], sa = doc->sentences[s].ta;
    if (s + 1 < doc->tok_sent[k] || m->tb >= doc->ntokens || doc->tok_sent[m->tb] != s ||
        !nf_tok_is(doc, sa, "der"))
        return false;
    size_t head = m->ta == sa + 2 ? sa + 1 : m->tb - 1; /* "Der Konzern Volkswagen" */
    if (m->ta != sa + 2 && m->ta != sa + 1 && !(m->ta == sa && m->kind == NF_MK_NOMINAL))
        return false;
    return masculine_org_noun(doc, head) && doc->tokens[m->tb].kind == NF_TOK_WORD &&
           (doc->tokens[m->tb].flags & NF_TF_LOWER);
}

/* See entities.h. */
bool nf_quote_word_class(const nf_doc *doc, size_t k, char c) {
    const char classes[2] = {c, '\0'};
    return nf_quote_word_any(doc, k, classes);
}

/* See entities.h. */
bool nf_quote_word_any(const nf_doc *doc, size_t k, const char *classes) {
    const nf_lexicon *qw = &doc->pack->quote_words;
    const nf_lex_entry *q = nf_tokl_get(doc, k, qw);
    return q && strpbrk(nf_lex_val(qw, q), classes) != NULL;
}

/* True when token k is a word in lower case that may be a finite verb:
 * no function word of quote-words.txt but an auxiliary ("dankte",
 * "überreichte", "hat"). */
static bool verb_word(const nf_doc *doc, size_t k) {
    if (k >= doc->ntokens || doc->tokens[k].kind != NF_TOK_WORD ||
        !(doc->tokens[k].flags & NF_TF_LOWER))
        return false;
    const nf_lexicon *qw = &doc->pack->quote_words;
    const nf_lex_entry *q = nf_tokl_get(doc, k, qw);
    return !q || strchr(nf_lex_val(qw, q), 'x') != NULL;
}

/* True when token j is "als" before a noun no mention holds and "und",
 * "oder" or the token k: a comparison ("sprach von Rubio als Leichtgewicht
 * und nannte ihn ..."), not a clause that "als" opens ("als er kam"). */
static bool als_before_a_noun(const nf_doc *doc, size_t j, size_t k) {
    static const char *const und[] = {"und", "oder", NULL};
    return j + 2 <= k && nf_tok_is(doc, j, "als") && doc->tokens[j + 1].kind == NF_TOK_WORD &&
           (doc->tokens[j + 1].flags & NF_TF_CAP) && !nf_mention_over(doc, j + 1) &&
           (j + 2 == k || nf_tok_in(doc, j + 2, und));
}

/* True when mention m is another argument of the clause of the personal
 * pronoun at token k after it ("Schäuble warf er vor, ...": Schäuble is
 * not "er"): a pronoun is not bound inside its own clause (binding theory's
 * principle B).  One clause: nothing between them that opens another (a
 * punctuation mark, a quotation mark, a conjunction), in one sentence; an
 * argument: no prepositional phrase ("Von Merkel erwartet er ..."; but a
 * name right before the pronoun is none) and no
 * genitive before a noun ("Pilz' Vorwurf weist er zurück"). */
static bool co_argument(const nf_doc *doc, const nf_mention *m, size_t k) {
    static const char *const personal[] = {"er", "sie", "ihn", "ihm", NULL};
    static const char *const und[] = {"und", "oder", "sowie", NULL};
    /* (a pronoun after a preposition may stand in a phrase of a noun: "ein
     * von ihm produziertes Album" is his own) */
    if (!nf_tok_in(doc, k, personal) || doc->tok_sent[m->ta] != doc->tok_sent[k] ||
        (k > 0 && nf_quote_word_class(doc, k - 1, 'r')))
        return false;
    /* (a subject that opens the sentence, its verb right after it, is the
     * subject of a verb joined by "und" too: "Bischof Huber dankte dem
     * Polizeichef und überreichte ihm den Orden" is not the bishop's) */
    bool opener = verb_word(doc, m->tb);
    for (size_t j = doc->sentences[doc->tok_sent[k]].ta; j < m->ta && opener; j++)
        opener = doc->tokens[j].kind == NF_TOK_WORD &&
                 ((doc->tokens[j].flags & NF_TF_CAP) || nf_quote_word_class(doc, j, 'd'));
    for (size_t j = m->tb; j < k; j++) {
        int kind = doc->tokens[j].kind;
        if (opener && j + 1 < k && nf_tok_in(doc, j, und) && verb_word(doc, j + 1)) {
            opener = false;
            continue;
        }
        if (als_before_a_noun(doc, j, k)) {
            j++; /* (and the noun) */
            continue;
        }
        if (kind == NF_TOK_PUNCT || kind == NF_TOK_QUOTE || nf_quote_word_any(doc, j, "cs"))
            return false;
    }
    /* (a word of prepositions that opens clauses too, before a name and
     * the pronoun right after it, opens a clause: "bis Federer ihn im
     * dritten Satz demontierte") */
    if (m->ta > 0 && nf_quote_word_class(doc, m->ta - 1, 'r') && m->tb != k) return false;
    return !(possessor(doc, m) && m->tb < k);
}

/* True when mention m is the antecedent of a relative pronoun right
 * before the personal pronoun at token k, after a comma and maybe a
 * preposition: the relative pronoun is m's, an argument of k's clause,
 * and k someone else ("auf den Champion Cilic, gegen den er alle Spiele
 * gewonnen hat": not Cilic). */
static bool relative_antecedent(const nf_doc *doc, const nf_mention *m, size_t k) {
    size_t j = m->tb;
    if (j + 2 > k || !nf_tok_is(doc, j, ",")) return false;
    j++;
    if (j + 1 < k && nf_quote_word_class(doc, j, 'r')) j++;
    return j + 1 == k && nf_quote_word_class(doc, j, 'l');
}

/* True when mention m stands in a relative clause that ends before token
 * k: a comma and a relative pronoun, perhaps after a preposition, open it
 * before m in m's sentence, and a comma or the sentence's end after a word
 * in lower case (its verb) closes it between m and k.  What such a clause
 * names is background to the clause it hangs on ("traf den Minister
 * Klaus Vogel, der zuvor mit Jens Hart verhandelt hatte. Er erklärte":
 * Vogel). */
static bool in_closed_relative_clause(const nf_doc *doc, const nf_mention *m, size_t k) {
    size_t s = doc->tok_sent[m->ta];
    size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
    size_t j = m->ta;
    /* (past words, numbers and a genitive's apostrophe: "gegen Lenz'
     * Kollegen Hans-Jürgen Uhl") */
    while (j > sa &&
           (doc->tokens[j - 1].kind == NF_TOK_WORD || doc->tokens[j - 1].kind == NF_TOK_NUMBER ||
            nf_tok_is(doc, j - 1, "'") || nf_tok_is(doc, j - 1, "’")))
        j--;
    /* (not a reported clause: ", der Ministerpräsident habe Abbas
     * angerufen, um ihm ...") */
    if (j <= sa || !nf_tok_is(doc, j - 1, ",") || !ev_opens_subclause(doc, j, sb) ||
        ev_reported_clause(doc, j, sb))
        return false;
    size_t r = j + (nf_quote_word_class(doc, j, 'r') ? 1 : 0);
    if (r >= m->ta || !nf_quote_word_class(doc, r, 'l')) return false;
    /* (the name right after a preposition and its pronoun is the clause's
     * subject, in the foreground: "Nach der Anhörung, in der Karl Brenner
     * die Vergabe ... bezeichnete, wurden er und ...") */
    if (r > j && m->ta == r + 1) return false;
    size_t e = m->tb;
    while (e < sb && e < k && doc->tokens[e].kind == NF_TOK_WORD) e++;
    if (!(e > m->tb && e < sb && e < k && (doc->tokens[e - 1].flags & NF_TF_LOWER) &&
          (nf_tok_is(doc, e, ",") || nf_tok_is(doc, e, "."))))
        return false;
    /* (a subordinate clause right after it, which holds k, may hang on it:
     * ", die Erwin Pröll vom Zaun gebrochen hat, indem er ...") */
    if (k < sb && nf_tok_is(doc, e, ",") && ev_opens_subclause(doc, e + 1, sb)) {
        for (size_t c = e + 1; c < k; c++)
            if (nf_tok_is(doc, c, ",")) return true;
        return false;
    }
    return true;
}

/* True when token k is an object pronoun ("ihn", "ihm") and mention m,
 * an argument of its clause (co_argument), a name or the subject pronoun
 * "er" or "sie" ("bis Federer ihn im dritten Satz demontierte", "Trump
 * kritisierte Rubio und nannte ihn ...", "lobte Merkel ihn"): the two are
 * different people, and so are the object and every other mention of the
 * argument's entity. */
static bool object_of_subject_pronoun(const nf_doc *doc, const nf_mention *m, size_t k) {
    static const char *const objects[] = {"ihn", "ihm", NULL};
    static const char *const subjects[] = {"er", "sie", NULL};
    if (!nf_tok_in(doc, k, objects)) return false;
    if (m->kind == NF_MK_NAME) return true;
    return m->kind == NF_MK_PRONOUN && m->tb == m->ta + 1 && nf_tok_in(doc, m->ta, subjects);
}

/* True when mention m stands after an article or a contraction of the
 * masculine or neuter singular ("dem Kurier", "des ORF", "im Kreml",
 * "vom Ministerium"): an organisation so named is no "sie" of the
 * feminine singular ("Laut dem Kurier hat die Ministerin gelogen.
 * Daraufhin forderte sie ...": not the paper). */
static bool masculine_or_neuter_article(const nf_doc *doc, const nf_mention *m) {
    static const char *const articles[] = {"dem",    "des",    "im",    "vom",   "zum",
                                           "beim",   "am",     "ins",   "ans",   "aufs",
                                           "dieses", "diesem", "eines", "einem", NULL};
    return m->ta > 0 && nf_tok_in(doc, m->ta - 1, articles);
}

/* The token after the last feminine common noun in the singular before
 * token k, in k's sentence or the one before, by its ending ("eine
 * Forschungsrichtung", "die Regierungskoalition", "der Universität"), no
 * mention covering it; 0 when none.  "diese" takes up that noun, not a
 * woman named before it. */
static size_t feminine_noun_before(const nf_doc *doc, size_t k) {
    uint32_t s = doc->tok_sent[k];
    size_t from = doc->sentences[s > 0 ? s - 1 : 0].ta;
    for (size_t j = k; j-- > from;) {
        if (doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP) ||
            j == doc->sentences[doc->tok_sent[j]].ta || !nf_tokl_feminine_ending(doc, j, 2) ||
            nf_mention_over(doc, j))
            continue;
        return j + 1;
    }
    return 0;
}

/* True when sentence s opens with a definite article, adjectives in lower
 * case and a noun of persons ("Der Komponist schrieb ...", "Die neue
 * Ministerin"): its subject is a person, named or not. */
static bool person_description_opens(const nf_doc *doc, size_t s) {
    size_t k = doc->sentences[s].ta, sb = doc->sentences[s].tb;
    if (!nf_tok_is(doc, k, "der") && !nf_tok_is(doc, k, "die")) return false;
    for (k++; k < sb && k < doc->sentences[s].ta + 4; k++) {
        if (doc->tokens[k].kind != NF_TOK_WORD) return false;
        if (doc->tokens[k].flags & NF_TF_CAP) return nf_person_noun_at(doc, k);
    }
    return false;
}

/* The last mention of entity `ent` that ends before token k, or NULL. */
static const nf_mention *last_mention_before(const nf_doc *doc, int32_t ent, size_t k) {
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;)
        if ((int32_t)doc->mentions[i].entity == ent && doc->mentions[i].tb <= k)
            return &doc->mentions[i];
    return NULL;
}

/* Resolves a pronoun at token k to the most salient earlier person (or, for
 * "sie", organisation or group, unless `persons_only`) of a fitting
 * gender; a plural "sie" ('p') to a group, or an organisation just named
 * as a subject or whose members are ("Die EU-Außenminister wollen sich
 * treffen. Dabei wollen sie ..."), no one person; never to `exclude` (-1:
 * none), the subject an object pronoun cannot be (see bound_subject). */
static int32_t resolve_pronoun(const nf_doc *doc, size_t k, char gender, bool persons_only,
                               int32_t exclude) {
    int32_t best = -1;
    long best_score = 0;
    bool demonstrative = demonstrative_at(doc, k);
    /* A pronoun that opens an aside right after a person's name is that
     * person ("Nach der Schweizerin Aline Bonjour – sie wurde 16. –
     * folgte ..."). */
    if (k >= 2 && aside_mark(doc, k - 1) && !demonstrative && gender != 'p')
        for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
            const nf_mention *m = &doc->mentions[i];
            if (m->tb + 16 < k) break; /* (names are short) */
            const nf_entity *e = &doc->entities[m->entity];
            if (m->tb + 1 == k && m->kind == NF_MK_NAME && e->type == NF_ENT_PERSON && !e->plural &&
                (!e->gender || e->gender == gender) && (int32_t)m->entity != exclude)
                return (int32_t)m->entity;
        }
    /* ("Die Ergebnisse passen in eine Forschungsrichtung. Diese geht davon
     * aus": the research, no woman named before) */
    size_t noun_end = demonstrative && gender == 'f' ? feminine_noun_before(doc, k) : 0;
    bool one = gender == 'f' && singular_sie(doc, k); /* "Sie habe ...": no group */
    int32_t quoted = quote_around(doc, k);
    int32_t co_arg = -1; /* the entity of an argument of k's clause (co_argument) */
    /* A subject pronoun that opens its sentence ("Er war gestorben") and
     * the sentence before it: its fitting persons, and whether one of
     * them is a subject (see below). */
    size_t ks = doc->tok_sent[k];
    bool opens = !demonstrative && ks > 0 && k == doc->sentences[ks].ta &&
                 (nf_tok_is(doc, k, "er") || nf_tok_is(doc, k, "sie")) && gender != 'p' &&
                 k + 1 < doc->ntokens && !nf_konjunktiv_at(doc, k + 1) &&
                 !person_description_opens(doc, ks - 1);
    int32_t prev_last = -1;
    bool prev_subject = false;
    /* (from the last mention that starts before k: those after it end
     * after k) */
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb > k) continue;
        if (k - m->tb > PRONOUN_LOOKBACK || m->tb < noun_end) break;
        /* (the label of an interview's turn names who speaks there, who
         * says "ich", not "er": no antecedent) */
        if (m->kind == NF_MK_ADJECTIVE || nf_turn_label(doc, m)) continue;
        /* (inside a quotation only a name in the same one: „Franz Müntefering
         * war ein Stabilisator. Er stand für ...“) */
        int32_t mq = quote_around(doc, m->ta);
        if (mq >= 0 && mq != quoted) continue;
        /* (an argument of the pronoun's own clause is not it; where that
         * is the subject pronoun of an object pronoun, nor is any earlier
         * mention of the same one: "Trump lobte den Kanzler. Er nannte ihn
         * ...": not Trump) */
        if ((int32_t)m->entity == exclude || (int32_t)m->entity == co_arg) continue;
        if (co_argument(doc, m, k)) {
            if (object_of_subject_pronoun(doc, m, k)) co_arg = (int32_t)m->entity;
            continue;
        }
        if (relative_antecedent(doc, m, k)) {
            if (co_arg < 0) co_arg = (int32_t)m->entity;
            continue;
        }
        const nf_entity *e = &doc->entities[m->entity];
        /* a plural "sie": a group, or an organisation that is the subject
         * of its sentence or the one before (its members act) */
        bool fits = gender == 'p' ? (e->plural && e->type == NF_ENT_PERSON) ||
                                        (e->type == NF_ENT_ORG && !persons_only &&
                                         doc->tok_sent[k] <= doc->tok_sent[m->ta] + 1 &&
                                         subject_like(doc, m) && !counted_group(doc, m->tb, k) &&
                                         !unnamed_group(doc, m->tb, k) && !coordinated(doc, m))
                    : e->type == NF_ENT_PERSON
                        /* ("er", "sein" are no group's) */
                        ? (!e->gender || e->gender == gender || (gender == 'f' && e->plural)) &&
                              !(gender == 'm' && e->plural)
                        : e->type == NF_ENT_ORG && !persons_only &&
                              (gender == 'f'
                                   /* (an organisation's "sie" within a sentence
                                    * of its name: "Die WKÖ ist zufrieden. ...
                                    * eine Regel: Sie besagt" is the rule) */
                                   ? !unnamed_group(doc, m->tb, k) &&
                                         doc->tok_sent[k] <= doc->tok_sent[m->ta] + 1 &&
                                         !masculine_or_neuter_article(doc, m)
                                   : gender == 'm' && masculine_org_subject(doc, m, k));
        if (!fits || (one && named_plural(e))) continue;
        bool subject = !demonstrative && subject_like(doc, m); /* (opens: no demonstrative) */
        if (opens && doc->tok_sent[m->ta] + 1 == ks && e->type == NF_ENT_PERSON &&
            !possessor(doc, m)) {
            if (prev_last < 0) prev_last = (int32_t)m->entity;
            if (subject) prev_subject = true;
        }
        long score = 100000 - (long)(k - m->tb);
        if (e->type != NF_ENT_PERSON && !(gender == 'f' && opening_subject(doc, m, k)) &&
            gender != 'm')
            score -= 500;
        /* a demonstrative ("dieser", "diese") takes up the last one named,
         * subject or not ("Der Minister traf den Kanzler. ..., sagte
         * dieser": the chancellor); other pronouns prefer subjects */
        if (!demonstrative && !subject) score -= 200;
        /* (a name set off in an aside is background, but the last named
         * for a demonstrative: "dem Anwalt – Rainer Wittner – sagte dieser") */
        if (!demonstrative && in_aside_before(doc, m, k)) score -= 200;
        /* (so is one named in a relative clause that has ended, under
         * one named in the clause it hangs on, subject or not) */
        if (!demonstrative && in_closed_relative_clause(doc, m, k)) score -= 300;
        /* (the speaker after what he said is no owner named in it: "Noch
         * sei unklar, wohin Obamas Politik führe, sagt er") */
        if (k >= doc->said.tb && m->ta >= doc->said.ta && m->tb <= doc->said.tb &&
            possessor(doc, m))
            score -= 300;
        if (best < 0 || score > best_score) best = (int32_t)m->entity, best_score = score;
    }
    /* the last person the sentence before names where it names none as
     * its subject ("... den Tod des zweijährigen Dima Jakowlew. Er war
     * gestorben"), over a subject further back: what that sentence was
     * about */
    if (opens && prev_last >= 0 && !prev_subject && best >= 0 && best != prev_last) {
        const nf_mention *b = last_mention_before(doc, best, k);
        if (b && doc->tok_sent[b->ta] + 1 < ks) best = prev_last;
    }
    /* a plural "sie" after the members of an organisation as the subject */
    for (size_t s = doc->tok_sent[k] + 1;
         best < 0 && gender == 'p' && !persons_only && s-- > 0 && s + 2 > doc->tok_sent[k];)
        best = members_subject_org(doc, s);
    return best;
}

/* The gender of "der 40-Jährige" ('m') or "die 35-Jährige" ('f') at [ta,
 * tb): an article and a number joined to "Jährige"; 0 for anything else
 * (plurals in -n included). */
static char age_description(const nf_doc *doc, size_t ta, size_t tb) {
    if (tb != ta + 2) return 0;
    char g = nf_tok_is(doc, ta, "der") ? 'm' : nf_tok_is(doc, ta, "die") ? 'f' : 0;
    if (!g) return 0;
    /* "-jährige": the ending "e" alone */
    size_t n = doc->tok_llen[ta + 1];
    return nf_age_word_ending(doc, ta + 1) == 1 && nf_tokl(doc, ta + 1)[n - 1] == 'e' ? g : 0;
}

/* The gender of one of a nation's people named at head after the article
 * at ta: 'f' for a noun in "-in" ("die Französin") or "die" before it
 * ("die Deutsche"), 'm' after "der", "den" or "des" ("der Franzose"),
 * else 0 ("dem Deutschen" may be either). */
static char demonym_gender(const nf_doc *doc, size_t ta, size_t head) {
    const char *l = nf_tokl(doc, head);
    size_t n = doc->tok_llen[head];
    if (n > 3 && l[n - 2] == 'i' && l[n - 1] == 'n') return 'f';
    if (nf_tok_is(doc, ta, "die")) return 'f';
    if (nf_tok_is(doc, ta, "der") || nf_tok_is(doc, ta, "den") || nf_tok_is(doc, ta, "des"))
        return 'm';
    return 0;
}

/* True when a person's role fits a description's role: equal labels, or
 * the description's group ("Staatschef": head_of_state) holds it. */
static bool role_fits(const char *want, size_t wl, const char *have) {
    if (!have) return false;
    size_t hl = strlen(have);
    if (wl == hl && memcmp(want, have, wl) == 0) return true;
    if (wl == 10 && memcmp(want, "politician", 10) == 0) {
        /* "der CDU-Politiker", "die Politikerin": anyone in a political
         * office (any minister or president, and these) */
        static const char politicians[] =
            " chancellor vice_chancellor head_of_state head_of_government state_secretary "
            "party_leader parliamentary_leader opposition_leader lawmaker senator "
            "representative mayor governor speaker candidate leader general_secretary "
            "secretary_general ";
        if (strstr(have, "minister") || strstr(have, "president")) return true;
        char word[40];
        if (hl + 3 > sizeof word) return false;
        snprintf(word, sizeof word, " %s ", have);
        return strstr(politicians, word) != NULL;
    }
    static const struct {
        const char *group, *members;
    } groups[] = {
        {"head_of_state", " president king queen monarch emir sultan emperor supreme_leader pope "
                          "head_of_state "},
        {"head_of_government", " prime_minister chancellor head_of_government "},
        {"leader", " president king queen monarch emir sultan emperor supreme_leader pope "
                   "head_of_state prime_minister chancellor head_of_government party_leader "
                   "general_secretary leader "},
        {"president", " president head_of_state "},
        /* "der Diplomat" after "den russischen Botschafter Sergej
         * Andrejew" */
        {"diplomat", " ambassador un_ambassador envoy diplomat "},
        /* "der Ajatollah" after "Revolutionsführer Chamenei" */
        {"ayatollah", " supreme_leader "},
    };
    /* "der Minister": a minister of any portfolio ("interior_minister"),
     * not the prime minister */
    if (wl == 8 && memcmp(want, "minister", 8) == 0)
        return hl > 9 && memcmp(have + hl - 9, "_minister", 9) == 0 &&
               !strstr(have, "prime_minister");
    char needle[64];
    if (hl + 3 > sizeof needle) return false;
    needle[0] = ' ';
    memcpy(needle + 1, have, hl);
    needle[hl + 1] = ' ';
    needle[hl + 2] = '\0';
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (strlen(groups[i].group) == wl && memcmp(groups[i].group, want, wl) == 0 &&
            strstr(groups[i].members, needle))
            return true;
    return false;
}

/* True when token k, right before a person's name, is a title: a role or
 * an occupation's noun ("Trainer"), or another common noun ("Vorstand",
 * "Bürgerrechtler"). */
static bool title_before(const nf_doc *doc, size_t k) {
    return (doc->tokens[k].flags & NF_TF_CAP) &&
           (nf_class_noun(doc, k) == NF_ENT_PERSON || nf_role_at(doc, k, NULL, NULL) ||
            nf_ner_noun_like(doc->engine->ner, nf_tokl(doc, k), 0) || nf_noun_compound(doc, k));
}

/* True when person `ent` may hold the office or occupation a compound
 * names after the name of something of country `of` ("der CSU-Chef", "der
 * Siemens-Chef", "der Austria-Trainer"): a person of that country, or one
 * of no known country whom the text named after a title (title_before:
 * "Vorstand Jens Bischof", "Trainer Thorsten Fink"); not anyone else the
 * text quoted (the entity has no field for the organisation a person
 * belongs to). */
static bool same_country_or_titled(const nf_doc *doc, int32_t ent, const char *of) {
    const nf_entity *e = &doc->entities[ent];
    if (strncmp(e->country, of, 3) == 0) return true;
    if (e->country[0]) return false;
    if (e->role) return true;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->entity == (uint32_t)ent && m->kind == NF_MK_NAME && m->ta > 0 &&
            title_before(doc, m->ta - 1))
            return true;
    }
    return false;
}

/* True when a person's role or the title the text gave it (nf_entity.title)
 * fits a description's role; an office taken up only after the
 * document's date fits none ("der Minister" in 2015 is not Kickl, interior
 * minister from 2017; a former office still fits "der frühere Kanzler"). */
static bool person_role_fits(const char *want, size_t wl, const nf_entity *e) {
    return (!e->role_future && role_fits(want, wl, e->role)) ||
           (e->title && role_fits(want, wl, e->title));
}

/* True when a word that may be a verb (verb_like) stands between tokens a
 * and b ("kritisierte", "hat"; not "für" in "Der EU-Kommissar für Energie
 * Günther Oettinger"). */
static bool verb_between(const nf_doc *doc, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (verb_like(doc, j)) return true;
    return false;
}

/* Resolves a description of a person at [ta, tb) ("der russische
 * Präsident") to the most recent person, not named as someone's
 * predecessor, with that role and country (with
 * `any_country`, a person of no known country fits too: "der Volvo-Chef"
 * may be a Swede the text never calls one), and of the role noun's gender
 * where the person's is known ("die Politikerin" is no man); to the first
 * named after it when none is named before, but not to one its own clause
 * names after its verb ("Der ÖVP-Politiker kritisierte Minister
 * Doskozil": another party of the clause). */
static int32_t resolve_person_description(nf_doc *doc, size_t ta, size_t tb, const char *role,
                                          size_t rl, const char *country, bool any_country,
                                          char gender) {
    int32_t best = -1;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type != NF_ENT_PERSON || !person_role_fits(role, rl, e)) continue;
        if (m->ta >= tb && best < 0 && doc->tok_sent[m->ta] == doc->tok_sent[ta] &&
            verb_between(doc, tb, m->ta))
            continue;
        if ((gender == 'm' || gender == 'f') && (e->gender == 'm' || e->gender == 'f') &&
            e->gender != gender)
            continue;
        if (country && strncmp(e->country, country, 3) != 0 && !(any_country && !e->country[0]))
            continue;
        /* one named as another's predecessor held the office before the
         * one the text speaks of ("Bans Vorgänger Boutros Boutros-Ghali
         * ... des UN-Chefs": Ban) */
        static const char *const before[] = {"vorgänger", "vorgängerin", "amtsvorgänger",
                                             "amtsvorgängerin", NULL};
        if (m->ta < ta && m->ta > 0 && nf_tok_in(doc, m->ta - 1, before)) continue;
        if (m->ta < ta || best < 0) best = (int32_t)m->entity;
        if (m->ta >= ta) break;
    }
    return best;
}

/* The country of the party, organisation or country a compound's first
 * part names ("CDU-Politiker", "SPÖ-Chef", "US-Diplomat": DEU, AUT, USA),
 * when the gazetteer knows it and all its readings agree; NULL else. */
static const char *compound_country(const nf_doc *doc, size_t k) {
    return nf_compound_country(doc, k, NF_CC_COUNTRY | NF_CC_ORG, NULL);
}

/* True when the role at token k is a chief's ("Chef", "Chefin") in a
 * compound whose first part names a seat of government ("Élysée-Chef",
 * "Kreml-Chef"): the head of that state, not any chief. */
static bool seat_chief(const nf_doc *doc, size_t k, const char *role) {
    if (strncmp(role, "chief\t", 6) != 0) return false;
    const nf_gazetteer *gz = &doc->engine->gz;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, k, ids, 16);
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source == NF_GZ_ORG && g->role && strcmp(g->role, "gov") == 0 && g->country[0])
            return true;
    }
    return false;
}

/* The roles.tsv value of a head of state ("Staatschef"), or NULL; owned by
 * the gazetteer. */
static const char *head_of_state_role(const nf_doc *doc) {
    const nf_lexicon *roles = &doc->engine->gz.roles;
    const nf_lex_entry *e = nf_lexicon_find(roles, "Staatschef", 10);
    return e ? nf_lex_val(roles, e) : NULL;
}

#define DEMONYM_LOOKBACK 40 /* tokens "der Franzose" looks back for the person */

/* The person of country `iso` named last, in the DEMONYM_LOOKBACK tokens
 * before token ta ("Macron betonte ... sagte der Franzose"), or -1: a
 * nation's member further back is as likely someone the text never
 * named. */
static int32_t recent_person_of(const nf_doc *doc, size_t ta, const char *iso) {
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb + DEMONYM_LOOKBACK < ta) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_ADJECTIVE && e->type == NF_ENT_PERSON && !e->plural &&
            strncmp(e->country, iso, 3) == 0)
            return (int32_t)m->entity;
    }
    return -1;
}

/* True when person `p`, whom a description at token ta of a nation's
 * member (of country `iso`) or of an age (iso NULL) would take up outside
 * a quote's frame, is the one a reader takes it for: no one else of the
 * description's gender `g` (0: either) the text names since p's last
 * mention may be meant ("... auf Michail Kukuschkin.  Der Kasache" after
 * Cilic; another's country says he is not: "gegen den Serben" after "den
 * Spanier Rafael Nadal"), nor a person's noun no mention covers ("so der
 * Sozialarbeiter, sei der Sudanese", "der Vater des identifizierten
 * Franzosen").  With `guessed` (p is of no country the text gives, or the
 * description has none) p must be named in the sentence before, not in
 * this one ("Nadal hat zweimal gegen den Italiener verloren"). */
static bool description_fits(const nf_doc *doc, int32_t p, size_t ta, const char *iso, char g,
                             bool guessed) {
    const nf_mention *last = last_mention_before(doc, p, ta);
    if (!last) return false;
    size_t s = doc->tok_sent[ta];
    if (guessed && (s == 0 || doc->tok_sent[last->ta] != s - 1)) return false;
    /* (the sentence before whole where p is a guess: "Der tschechische
     * Ex-Teamspieler wird laut Gruber ... leiten.  ... der 43-Jährige") */
    size_t from = guessed ? doc->sentences[s - 1].ta : last->tb;
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta < from) break;
        const nf_entity *o = &doc->entities[m->entity];
        if (m->tb <= ta && m->kind != NF_MK_ADJECTIVE && m->entity != (uint32_t)p &&
            o->type == NF_ENT_PERSON && (!g || !o->gender || o->gender == g) &&
            (!iso || !o->country[0] || strncmp(o->country, iso, 3) == 0))
            return false;
    }
    /* (a definite description, not a predicate, "als sechster Spieler";
     * nor a noun before a name, which describes the one named: "auf den
     * topgesetzten Spanier Rafael Nadal") */
    static const char *const definite[] = {"der", "die", "den", "dem", "des", NULL};
    for (size_t j = from + 1; j < ta; j++) {
        if (!(doc->tokens[j].flags & NF_TF_CAP) || nf_mention_over(doc, j) ||
            nf_mention_over(doc, j + 1) ||
            !(nf_person_noun_at(doc, j) || nf_tok_get(doc, j, &doc->engine->gz.demonyms)))
            continue;
        size_t d = j;
        while (d > from + 1 && d + 4 > j && nf_modifier_at(doc, d - 1)) d--;
        if (nf_tok_in(doc, d - 1, definite)) return false;
    }
    return true;
}

/* Gives person e the country `iso` of a description that says where the
 * person is from ("der Bosnier", "der Wiener"), where the text gives it
 * none: what the text calls the person is the person's country. */
static void take_described_country(nf_doc *doc, int32_t e, const char *iso) {
    nf_entity *pe = &doc->entities[e];
    if (!pe->country[0]) memcpy(pe->country, iso, 3), pe->country[3] = '\0';
}

/* The person that one of a nation's people named at head after the
 * article at ta takes up ("der Franzose", "die Kasachin", "der 69-jährige
 * Niederländer"): the person of that nation named last, else the one a
 * pronoun of the noun's gender would be, when the text gives that person
 * no other country; -1 for none and for other words.  `strict` (outside
 * a quote's frame, where no speech verb asks for someone named) keeps
 * only the person description_fits.  Sets *iso to the noun's country (in
 * the gazetteer's pool) when it is a nation's member. */
static int32_t demonym_person(const nf_doc *doc, size_t ta, size_t head, bool strict,
                              const char **iso) {
    *iso = nf_singular_demonym_after(doc, ta, head);
    if (!*iso) return -1;
    int32_t e = recent_person_of(doc, ta, *iso);
    char g = demonym_gender(doc, ta, head);
    if (e >= 0 && strict && !description_fits(doc, e, ta, *iso, g, false)) return -1;
    /* (past one the text calls a man of another nation: "trifft
     * Djokovic auf den Kroaten Cilic. ..., sagte der Serbe") */
    for (int32_t tried = -1, n = 0; e < 0 && g && n < 2; n++) {
        int32_t p = resolve_pronoun(doc, ta, g, true, tried);
        const nf_mention *last = p >= 0 ? last_mention_before(doc, p, ta) : NULL;
        if (!last || last->tb + DEMONYM_LOOKBACK < ta || doc->entities[p].plural) break;
        const nf_entity *pe = &doc->entities[p];
        if (pe->country[0] && strncmp(pe->country, *iso, 3) != 0) {
            if (last->ta == 0 || !nf_tok_get(doc, last->ta - 1, &doc->engine->gz.demonyms)) break;
            tried = p;
            continue;
        }
        if (strict && !description_fits(doc, p, ta, *iso, g, true)) break;
        e = p;
    }
    return e;
}

/* True when an organisation of the gazetteer's type `type` (or of a role
 * a rule gave it) is what the role noun of a description (`role`, rl
 * bytes, a label of roles.tsv) names: the same word ("der Konzern" a
 * company, "die Partei" a party), or one of the pairs below ("die
 * Zeitung" a medium, "die Menschenrechtsorganisation" an NGO, "die
 * Organisation" the WHO or the Hamas: an armed group, not an army, which
 * resolve_org_description tells by the actor code). */
static bool org_role_fits(const char *role, size_t rl, const char *type) {
    static const struct {
        const char *role, *type;
    } fits[] = {{"bank", "company"},
                {"newspaper", "media"},
                {"broadcaster", "media"},
                {"news_agency", "media"},
                {"union", "ngo"},
                {"organisation", "ngo"},
                {"organisation", "igo"},
                {"organisation", "military"},
                {"parliament", "legislature"}};
    if (!type) return false;
    for (size_t i = 0; i < sizeof fits / sizeof fits[0]; i++)
        if (strlen(fits[i].role) == rl && memcmp(fits[i].role, role, rl) == 0 &&
            strcmp(fits[i].type, type) == 0)
            return true;
    return strlen(type) == rl && memcmp(type, role, rl) == 0;
}

/* True when organisation e is what a description of role `role` (rl
 * bytes) names by a noun that fits only some of a type's members: "der
 * Verband" an NGO of business, sports or labour (Bitkom, the FIFA; not
 * Greenpeace) or one with "Verband" in its name, "das Bündnis" an
 * alliance of states (the NATO, the CSTO), "das Parlament" an
 * international organisation that is one (the European Parliament). */
static bool member_fits(const char *role, size_t rl, const nf_entity *e) {
    if (!e->role) return false;
    if (rl == 10 && !memcmp(role, "parliament", 10))
        return !strcmp(e->role, "igo") && e->canonical && strstr(e->canonical, "Parliament");
    if (rl == 11 && !memcmp(role, "association", 11))
        return !strcmp(e->role, "ngo") &&
               (nf_actor_sector(e->actor, "BUS") || nf_actor_sector(e->actor, "SPT") ||
                nf_actor_sector(e->actor, "LAB") || (e->name && strstr(e->name, "erband")));
    if (rl == 8 && !memcmp(role, "alliance", 8))
        return !strcmp(e->role, "igo") &&
               (nf_actor_sector(e->actor, "NAT") ||
                (e->canonical &&
                 (strstr(e->canonical, "Alliance") || strstr(e->canonical, "Security Treaty"))));
    return false;
}

/* True when a government institution of the gazetteer (type "gov") is
 * what "die Behörde" or "das Ministerium" (role `role`, rl bytes) names:
 * an agency or office by its name ("Umweltbundesamt", "Bundesamt für
 * Verfassungsschutz", "US-Umweltbehörde"; canonical "... Agency",
 * "... Office"), a ministry by its name ("Bundesministerium der Justiz",
 * "Auswärtiges Amt"; canonical "Ministry ...", "... Foreign Office",
 * "Department ..."). */
static bool office_fits(const char *role, size_t rl, const nf_entity *e) {
    if (!e->role || strcmp(e->role, "gov") != 0 || !e->name) return false;
    const char *c = e->canonical ? e->canonical : "";
    bool ministry = strstr(e->name, "ministerium") || strstr(e->name, "Ministerium") ||
                    strstr(e->name, "Auswärtige") || strstr(c, "Ministry") ||
                    strstr(c, "Foreign Office") || strstr(c, "Department");
    if (rl == 8 && memcmp(role, "ministry", 8) == 0) return ministry;
    if (rl != 6 || memcmp(role, "agency", 6) != 0 || ministry) return false;
    return strstr(e->name, "amt") || strstr(e->name, "Amt") || strstr(e->name, "behörde") ||
           strstr(e->name, "Behörde") || strstr(e->name, "agentur") || strstr(c, "Agency") ||
           strstr(c, "Office");
}

/* See entities.h. */
bool nf_plural_in_en(const nf_doc *doc, size_t k) {
    size_t n = doc->tok_llen[k];
    const char *w = nf_tokl(doc, k);
    return n > 2 && w[n - 2] == 'e' && w[n - 1] == 'n';
}

/* True when the description [ta, head] opens with a definite article of
 * the singular: "der Konzern", "das Unternehmen", "die Zeitung" (gender
 * f), "den Konzern" (gender m), not "die Autobauer", "die Banken" (a
 * plural after "die": a noun of another gender, or one in -en), nor
 * "einige Parteien". */
static bool singular_definite(const nf_doc *doc, size_t ta, size_t head, char gender) {
    const char *a = nf_tokl(doc, ta);
    if (!strcmp(a, "der") || !strcmp(a, "das") || !strcmp(a, "dem") || !strcmp(a, "des"))
        return true;
    /* "den" with a masculine noun, an accusative ("durch den Konzern"),
     * not a dative plural: in "-en", or a role noun and "-n" ("den
     * Konzernen", "den Sendern") */
    if (strcmp(a, "den") == 0) {
        const char *w = nf_tok(doc, head);
        size_t n = doc->tok_len[head];
        return gender == 'm' && !nf_plural_in_en(doc, head) &&
               !(n > 3 && w[n - 1] == 'n' && nf_lexicon_find(&doc->engine->gz.roles, w, n - 1));
    }
    return strcmp(a, "die") == 0 && gender == 'f' && !nf_plural_in_en(doc, head);
}

/* True when the word at token k, in lower case and of the sentence of
 * token `of`, may be a finite verb in the plural: it ends in "en" (no
 * preposition that does: "gegen", "wegen") or is "sind". */
static bool plural_verb_beside(const nf_doc *doc, size_t k, size_t of) {
    static const char *const prepositions[] = {"gegen",  "wegen",    "neben", "zwischen",
                                               "binnen", "entgegen", NULL};
    if (k >= doc->ntokens || doc->tok_sent[k] != doc->tok_sent[of] ||
        doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER))
        return false;
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    return (n >= 4 && memcmp(w + n - 2, "en", 2) == 0 && !nf_tok_in(doc, k, prepositions)) ||
           nf_tok_is(doc, k, "sind");
}

/* True when the description is its head noun alone, no plural in -en
 * ("laut Polizei", "Regierung sagt", not "laut Behörden"). */
static bool bare_singular(const nf_doc *doc, size_t ta, size_t head) {
    return ta == head && !nf_plural_in_en(doc, head);
}

/* True when the noun alone at `head` is the subject of a verb in the
 * plural right after or before it ("Konzerne warnen", "Auch in Europa
 * warnen Mobilfunker"): a class of them, no organisation named before. */
static bool bare_plural_subject(const nf_doc *doc, size_t head) {
    /* (after the noun only where it opens its sentence: "laut Polizei
     * wurden drei Männer festgenommen"; before it only with no article
     * before that, which an adjective may follow: "der in London
     * ansässigen Beobachtungsstelle") */
    bool opens = head == 0 || doc->tok_sent[head - 1] != doc->tok_sent[head];
    if (opens) return plural_verb_beside(doc, head + 1, head);
    if (!plural_verb_beside(doc, head - 1, head)) return false;
    for (size_t k = head - 1; k-- > 0 && doc->tok_sent[k] == doc->tok_sent[head];)
        if (nf_tokl_get(doc, k, &doc->engine->gz.articles)) return false;
    return true;
}

/* See entities.h. */
bool nf_plural_person_form(const nf_doc *doc, size_t k, bool ern) {
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    return (n > 5 && memcmp(w + n - 5, "innen", 5) == 0) ||
           (ern && n > 4 && memcmp(w + n - 3, "ern", 3) == 0);
}

/* True when the description [ta, head] of persons is a plural: a
 * number word or "beide" in it ("die beiden Politiker", "drei
 * Minister"), a role noun in -innen or -ern ("von ÖVP-Politikern"), or
 * "die" before a role noun that is not feminine ("die Politiker", "die
 * Präsidenten", "religiöse Führer"): several people, not one to resolve. */
static bool plural_description(const nf_doc *doc, size_t ta, size_t head, char gender) {
    static const char *const many[] = {"beide", "beiden",  "zwei",   "drei",  "vier", "fünf",
                                       "alle",  "mehrere", "einige", "viele", NULL};
    for (size_t k = ta; k < head; k++)
        for (const char *const *w = many; *w; w++)
            if (nf_tok_is(doc, k, *w)) return true;
    /* a dative plural: "von ÖVP-Politikern", "mit Ministerinnen" */
    if (nf_plural_person_form(doc, head, true)) return true;
    /* a word in "-e" opening the phrase before a noun of no woman: "die",
     * "seine", or an adjective with no article ("religiöse Führer"; one
     * is "religiöser Führer") */
    if (nf_tok_is(doc, ta, "die") && gender != 'f') return true;
    const char *first = nf_tokl(doc, ta);
    size_t fl = doc->tok_llen[ta];
    return ta < head && gender == 'm' && (doc->tokens[ta].flags & NF_TF_LOWER) && fl >= 3 &&
           first[fl - 1] == 'e' && !nf_tok_is(doc, ta, "eine") && !feminine_noun(doc, head);
}

/* True when the armed service `e` (role "military") is a coast guard, which
 * "die Küstenwache" (role coast_guard) names: by its name or label
 * ("US-Küstenwache", "United States Coast Guard"); no army is one. */
static bool coast_guard_fits(const char *role, size_t rl, const nf_entity *e) {
    if (rl != 11 || memcmp(role, "coast_guard", 11) != 0 || !e->role ||
        strcmp(e->role, "military") != 0)
        return false;
    return (e->name && strstr(e->name, "üstenwache")) ||
           (e->canonical && strstr(e->canonical, "Coast Guard"));
}

/* Which armed groups "die Organisation" (a description of role
 * organisation) may name: by the word's first part when it is a compound
 * ("Terrororganisation", "Untergrundorganisation": armed groups only;
 * "Menschenrechtsorganisation", "Hilfsorganisation": none), else any. */
typedef enum { ARMED_ANY, ARMED_ONLY, ARMED_NONE } armed_fit;

#define ARMED_NEAR 40 /* tokens before an armed group where an NGO or IGO beats it */

/* The armed_fit of head word k of a description of role organisation. */
static armed_fit armed_fit_of(const nf_doc *doc, size_t k) {
    static const char *const armed[] = {
        "terror",     "untergrund",   "extremisten", "islamisten", "dschihadisten",
        "jihadisten", "rebellen",     "guerilla",    "guerrilla",  "widerstands",
        "befreiungs", "separatisten", NULL};
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k], tail = strlen("organisation");
    if (n >= tail + 2 && memcmp(w + n - tail - 2, "organisationen", tail + 2) == 0)
        n -= 2; /* the plural */
    if (n < tail || memcmp(w + n - tail, "organisation", tail) != 0) return ARMED_ANY;
    if (n == tail) return ARMED_ANY;
    for (const char *const *a = armed; *a; a++)
        if (strncmp(w, *a, strlen(*a)) == 0) return ARMED_ONLY;
    return ARMED_NONE;
}

/* True when name mention m stands in an apposition set off after a noun
 * and closes its clause: a comma, an article and the name, then a comma
 * or the sentence's end ("von seiner Tochter, der Postbank."). */
static bool in_apposition(const nf_doc *doc, const nf_mention *m) {
    static const char *const articles[] = {"der", "die", "das", "dem", "den", "des", NULL};
    size_t a = m->ta;
    if (m->kind != NF_MK_NAME || a < 3 || m->tb >= doc->ntokens) return false;
    if (nf_tok_in(doc, a - 1, articles)) a--;
    return a >= 2 && nf_tok_is(doc, a - 1, ",") && doc->tokens[a - 2].kind == NF_TOK_WORD &&
           (doc->tokens[a - 2].flags & NF_TF_CAP) &&
           (nf_tok_is(doc, m->tb, ",") || nf_tok_is(doc, m->tb, "."));
}

/* The organisation a definite description without a name refers to ("der
 * Konzern" after "Siemens"): the one of a fitting type (and of the
 * description's country, when it names one) mentioned last before token
 * ta, past one named in an apposition (in_apposition) where another fits
 * in its sentence or the one before; -1 when there is none.  `armed` (for
 * role organisation) says whether an armed group may be it; where any
 * may, an NGO or IGO named up to ARMED_NEAR tokens before the armed group
 * found is meant ("nach Angaben der Syrischen Beobachtungsstelle ... ein
 * Kommandant der Miliz IS getötet.  Wie die Organisation mitteilte"). */
static int32_t resolve_org_description(const nf_doc *doc, size_t ta, const char *role, size_t rl,
                                       const char *country, armed_fit armed) {
    bool organisation = rl == 12 && !memcmp(role, "organisation", 12);
    bool magazine = rl == 8 && !memcmp(role, "magazine", 8);
    bool parliament = rl == 10 && !memcmp(role, "parliament", 10);
    int32_t medium = -1; /* for "das Magazin": the last medium of another role */
    int32_t group = -1;
    size_t group_at = 0;
    int32_t aside = -1; /* the last one that fits, named in an apposition (see below) */
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (group >= 0 && m->tb + ARMED_NEAR < group_at) break;
        if (aside >= 0 && doc->tok_sent[m->ta] + 1 < doc->tok_sent[ta]) break;
        if (e->type != NF_ENT_ORG || m->kind == NF_MK_ADJECTIVE ||
            !(org_role_fits(role, rl, e->role) || office_fits(role, rl, e) ||
              coast_guard_fits(role, rl, e) || member_fits(role, rl, e) ||
              (magazine && e->role && !strcmp(e->role, "media"))))
            continue;
        /* (a legislature's committee is no parliament: "im
         * Vermittlungsausschuss ... das Parlament") */
        if (parliament && e->canonical && strstr(e->canonical, "Committee")) continue;
        /* (a magazine the text calls so before any other medium: "des
         * österreichischen Magazins Vangardist" ... "des Magazins") */
        if (magazine && (!e->role || strcmp(e->role, "magazine") != 0)) {
            if (medium < 0) medium = (int32_t)m->entity;
            continue;
        }
        /* "das Militär" is a state's, not an armed group's; "die
         * Organisation" an armed group's, not a state's */
        bool military = !strcmp(e->role, "military");
        bool army = e->actor && strlen(e->actor) == 6 && !strcmp(e->actor + 3, "MIL");
        if (military && army == organisation) continue;
        if (country && strncmp(e->country, country, 3) != 0) continue;
        if (organisation && military) {
            if (armed == ARMED_NONE || group >= 0) continue;
            if (armed == ARMED_ANY) { /* an NGO or IGO just before may be meant */
                group = (int32_t)m->entity, group_at = m->ta;
                continue;
            }
        } else if (organisation && armed == ARMED_ONLY) {
            continue;
        }
        /* (one named in an apposition after a noun is background to one
         * that fits before it in this sentence or the one before: "trennt
         * sich das Geldhaus von seiner Tochter, der Postbank.  Zudem will
         * die Bank ...": the Deutsche Bank) */
        if (aside < 0 && in_apposition(doc, m)) {
            aside = (int32_t)m->entity;
            continue;
        }
        if ((int32_t)m->entity == aside) continue;
        return (int32_t)m->entity;
    }
    return group >= 0 ? group : aside >= 0 ? aside : medium;
}

/* True when `name` holds the word w (a string of n bytes) whole: at its
 * start or after a space or a compound's hyphen, before its end or a
 * space ("Bank" in "Bank of England", "Zeitung" in "Frankfurter
 * Allgemeine Zeitung", "Kommission" in "EU-Kommission"; not in
 * "Notenbank"). */
static bool name_has_word(const char *name, const char *w, size_t n) {
    if (!name || !n) return false;
    for (const char *hit = strstr(name, w); hit; hit = strstr(hit + 1, w))
        if ((hit == name || hit[-1] == ' ' || hit[-1] == '-') && (hit[n] == '\0' || hit[n] == ' '))
            return true;
    return false;
}

/* True when a word of `name` is a compound that ends in the noun w (n
 * bytes, capitalised; ASCII first letter) after four bytes or more:
 * "Wirtschaftskammer Österreich" ends a word in "kammer". */
static bool name_has_compound_of(const char *name, const char *w, size_t n) {
    if (!name || n < 4 || n > 63 || w[0] < 'A' || w[0] > 'Z') return false;
    char tail[64];
    memcpy(tail, w, n);
    tail[0] = (char)(tail[0] - 'A' + 'a');
    tail[n] = '\0';
    for (const char *hit = strstr(name, tail); hit; hit = strstr(hit + 1, tail)) {
        const char *start = hit;
        while (start > name && start[-1] != ' ') start--;
        if (hit - start >= 4 && (hit[n] == '\0' || hit[n] == ' ')) return true;
    }
    return false;
}

static int32_t org_named_with_word(const nf_doc *doc, size_t ta, const char *w, size_t n,
                                   bool compounds); /* below */

/* The organisation named last before token ta whose name or label holds
 * the description's noun at token head as a word ("die Bank" after "die
 * Bank of England", whose lists call it a government's body, not a
 * bank), or with `compounds` whose name has a compound of it ("die
 * Kammer" after "die Wirtschaftskammer"); -1 when none. */
static int32_t org_named_with_noun(const nf_doc *doc, size_t ta, size_t head, bool compounds) {
    return org_named_with_word(doc, ta, nf_tok(doc, head), doc->tok_len[head], compounds);
}

/* org_named_with_noun for the noun w (n bytes and a NUL, capitalised). */
static int32_t org_named_with_word(const nf_doc *doc, size_t ta, const char *w, size_t n,
                                   bool compounds) {
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type != NF_ENT_ORG || m->kind != NF_MK_NAME) continue;
        if (name_has_word(e->name, w, n) || name_has_word(e->canonical, w, n) ||
            (compounds && name_has_compound_of(e->name, w, n)))
            return (int32_t)m->entity;
    }
    return -1;
}

/* The country (the entity's string) of the last place with one the text
 * names by name before token ta, in its sentence or the one before (not
 * by an adjective: "In Italien ... während der deutschen Besatzung ...
 * Der dortige Kassationsgerichtshof"); NULL when none. */
static const char *place_country_before(const nf_doc *doc, size_t ta) {
    size_t si = doc->tok_sent[ta];
    size_t from = doc->sentences[si ? si - 1 : 0].ta;
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta < from) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (m->tb <= ta && m->kind == NF_MK_NAME && nf_place_type(e->type) && e->country[0])
            return e->country;
    }
    return NULL;
}

/* The CAMEO sector of role value `role` when it is a body of a state's
 * (GOV, MIL, SPY, COP, JUD or LEG: nf_role_sector), else NULL. */
static const char *state_sector(const char *role) {
    const char *sector = nf_role_sector(role, nf_role_len(role));
    return sector && strlen(sector) == 3 && strstr("GOV MIL SPY COP JUD LEG", sector) ? sector
                                                                                      : NULL;
}

/* A speaking state institution named by its noun alone that nothing
 * before it names ("die Polizei teilte mit", "Angaben der
 * Staatsanwaltschaft"): a new organisation of that role (a sector of
 * state: nf_role_sector GOV, MIL, SPY, COP, JUD or LEG), of the country an
 * adjective gives it, else (the police, courts, parliaments, governments)
 * of the foreign country the document is clearly about
 * (nf_country_abroad) or of the German-speaking one it is clearly about
 * (nf_country_home_clear), else of none; the guide marks such speakers.  A
 * company or a party so described stays unresolved ("der Konzern" names
 * nobody new).  Returns the entity or -1. */
static int32_t new_institution_named(nf_doc *doc, size_t head, const char *role,
                                     const char *country, const char *name);

static int32_t new_institution(nf_doc *doc, size_t head, const char *role, const char *country) {
    return new_institution_named(doc, head, role, country, nf_tokens_text(doc, head, head + 1));
}

/* new_institution's work, the entity named `name` (in the arena; NULL
 * when memory ran out). */
static int32_t new_institution_named(nf_doc *doc, size_t head, const char *role,
                                     const char *country, const char *name) {
    size_t rl = nf_role_len(role);
    const char *sector = state_sector(role);
    if (!sector) return -1;
    /* "die Agentur" is as often the news agency the text credits */
    if (strncmp(nf_tokl(doc, head), "agentur", 7) == 0) return -1;
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = NF_ENT_ORG;
    e.role = nf_arena_strndup(&doc->arena, role, rl);
    e.name = name;
    if (!e.role || !e.name) return -1;
    /* no country given: the one a document from abroad is clearly about
     * ("Die Polizei nahm ... fest" in news from Venezuela), for the police,
     * courts, parliaments and governments, which are the place's; not for
     * forces, secret services or agencies, which act abroad too ("wie
     * Armee und Sanitätsdienste mitteilten" in news from the West Bank);
     * a state security ("die Staatssicherheit", "die Geheimpolizei") is a
     * secret police at home; so too in news clearly about Germany,
     * Austria or Switzerland ("Wien - Der Rechnungshof kritisiert") */
    char abroad[4];
    bool local = strcmp(sector, "MIL") != 0 &&
                 (strcmp(sector, "SPY") != 0 || nf_role_is(role, "state_security")) &&
                 !nf_role_is(role, "agency");
    if (!country && local &&
        (nf_country_abroad(doc, abroad, true) || nf_country_home_clear(doc, abroad)))
        country = abroad;
    if (country) {
        memcpy(e.country, country, 3);
        if (!(e.actor = nf_actor_code(doc, country, sector))) return -1;
    }
    return nf_entity_add(doc, &e);
}

/* The institution the first part of compound token k (`part` bytes)
 * names by its role `role`: the one a description of that role finds
 * before token ta, else a new one named by that part, of `country` where
 * one is given (new_institution_named); -1 when neither. */
static int32_t compound_institution(nf_doc *doc, size_t ta, size_t k, const char *role, size_t part,
                                    const char *country) {
    size_t rl = nf_role_len(role);
    int32_t e = resolve_org_description(doc, ta, role, rl, country, armed_fit_of(doc, k));
    if (e >= 0) return e;
    /* one made so before: "ein Regierungssprecher" twice speaks for one
     * government (such an entity has no mention a description could find) */
    const char *w = nf_tok(doc, k);
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *x = &doc->entities[i];
        if (x->type == NF_ENT_ORG && !x->canonical && x->name && x->role &&
            strlen(x->name) == part && memcmp(x->name, w, part) == 0 && strlen(x->role) == rl &&
            memcmp(x->role, role, rl) == 0 && (!country || strcmp(x->country, country) == 0))
            return (int32_t)i;
    }
    return new_institution_named(doc, k, role, country, nf_arena_strndup(&doc->arena, w, part));
}

/* True when a name mention of entity `owner` starts at token k: a place
 * that owns the organisation, in the genitive after the head noun ("die
 * Regierung Guatemalas"), names it only with the noun. */
static bool owner_named_at(const nf_doc *doc, size_t k, int32_t owner) {
    for (size_t i = nf_mention_first_at(doc, k); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta != k) break;
        if ((int32_t)m->entity == owner && m->kind == NF_MK_NAME) return true;
    }
    return false;
}

/* True when token k is "der" or "des" in lower case: a genitive's
 * article after a head noun ("das Ministerium der Vereinigten Staaten"),
 * not the article a name opens with ("des Magazins „Der Spiegel“"). */
static bool genitive_article(const nf_doc *doc, size_t k) {
    return (nf_tok_is(doc, k, "der") || nf_tok_is(doc, k, "des")) &&
           (doc->tokens[k].flags & NF_TF_LOWER);
}

/* True when the noun at token k is a compound whose first part names a
 * state's part, not the whole ("Landesregierung", "Kantonsregierung",
 * "Stadtregierung", "Provinzregierung"): in a capital that is a state or
 * a city of its own ("die Landesregierung in Berlin", "in Wien") it is
 * that part's government, not the country's. */
static bool part_of_state_noun(const nf_doc *doc, size_t k) {
    static const char *const parts[] = {"landes",   "kantons", "provinz", "stadt",
                                        "regional", "bezirks", "kommunal"};
    const char *w = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        size_t pl = strlen(parts[i]);
        if (n > pl + 3 && memcmp(w, parts[i], pl) == 0) return true;
    }
    return false;
}

/* See stages.h. */
int32_t nf_org_of_owner(nf_doc *doc, size_t head, size_t tb, const char *role, size_t rl,
                        int32_t owner) {
    const nf_entity *o = &doc->entities[owner];
    const char *sector = nf_role_sector(role, rl);
    /* a company's or an outlet's name after its noun is its own, even
     * where a place is named so ("des Unternehmens Badijah") */
    bool state = sector && strcmp(sector, "BUS") != 0 && strcmp(sector, "MED") != 0;
    size_t start = head;
    /* "Fernsehsender „Channel 10“", "Tageszeitung Haaretz": the proper name
     * after the head noun is the organisation's name; so too an
     * organisation's name written in lower case ("Die Gewerkschaft ver.di",
     * "der Sender al-Dschasira"). */
    size_t na = head + 1, nb = tb;
    while (na < nb && doc->tokens[na].kind == NF_TOK_QUOTE) na++;
    while (nb > na && doc->tokens[nb - 1].kind == NF_TOK_QUOTE) nb--;
    bool named_org = o->type == NF_ENT_ORG && owner_named_at(doc, na, owner);
    if (nb > na && ((doc->tokens[na].flags & NF_TF_CAP) || named_org) &&
        !genitive_article(doc, na) && o->type != NF_ENT_PERSON &&
        !(state && nf_place_type(o->type) && owner_named_at(doc, na, owner)))
        start = na;
    else
        nb = tb;
    /* the organisation's name mention there, with its acronym in
     * parentheses after it ("Die Oppositionspartei Movement for Democratic
     * Change (MDC)") */
    if (start == na && nb > na + 3 && nf_tok_is(doc, nb - 1, ")"))
        for (size_t i = nf_mention_first_at(doc, na); i < doc->nmentions; i++) {
            const nf_mention *m = &doc->mentions[i];
            if (m->ta != na) break;
            nf_entity *named = &doc->entities[m->entity];
            if (m->kind != NF_MK_NAME || named->type != NF_ENT_ORG || m->tb + 2 > nb ||
                !nf_tok_is(doc, m->tb, "("))
                continue;
            if (!named->role) named->role = nf_arena_strndup(&doc->arena, role, rl);
            return (int32_t)m->entity;
        }
    const char *name = nf_tokens_text(doc, start, nb);
    if (!name) return -1;
    int32_t same = nf_org_named_as(doc, name);
    if (same >= 0) {
        /* what the description says it is, where nothing said before */
        nf_entity *named = &doc->entities[same];
        if (!named->role) named->role = nf_arena_strndup(&doc->arena, role, rl);
        return same;
    }
    /* the gazetteer's institution: listed so ("Regierung in Wien"), or the
     * government of the owner's country ("die Regierung in Moskau") */
    /* ... or of its head's ("die Regierung Bush": the government of the
     * United States; a person's name after the noun is the owner's, no
     * name of the organisation) */
    if (o->country[0] && o->type == NF_ENT_PERSON && nf_whole_government(role, rl)) {
        int32_t listed = nf_listed_org(doc, name, strlen(name), o->country, true);
        if (listed >= 0) return listed;
    }
    if (o->country[0] && o->type == NF_ENT_GPE) {
        bool whole = nf_whole_government(role, rl) && nf_seat_of_state(doc, owner) &&
                     !part_of_state_noun(doc, head);
        int32_t listed = nf_listed_org(doc, name, strlen(name), o->country, whole);
        if (listed >= 0) return listed;
    }
    nf_entity e;
    memset(&e, 0, sizeof e);
    e.type = NF_ENT_ORG;
    e.name = name;
    memcpy(e.country, o->country, 4);
    e.role = nf_arena_strndup(&doc->arena, role, rl);
    if (o->actor && strlen(o->actor) >= 3 && !(nf_place_type(o->type) && sector)) {
        e.actor = o->actor;
    } else if (o->country[0]) {
        /* the country's code with the role's sector: "die Polizei in Wien" AUTCOP */
        e.actor = nf_actor_code(doc, o->country, sector ? sector : "GOV");
    }
    return nf_entity_add(doc, &e);
}

/* The person entity whose name ends in the capitalised word at token k
 * ("Enders" for "Thomas Enders"), or -1. */
static int32_t person_by_surname(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) return -1;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    for (size_t i = 0; i < doc->nentities; i++) {
        const nf_entity *e = &doc->entities[i];
        if (e->type == NF_ENT_PERSON && e->name && e->name_words >= 2 &&
            nf_last_word_is(e->name, w, n))
            return (int32_t)i;
    }
    return -1;
}

/* True when role label v (n bytes) is a body of a state: a compound of
 * its noun is one as well ("Kriminalpolizei", "Provinzregierung"), while
 * one of a company's, a paper's or a leadership's names another kind of
 * thing ("Hausverwaltung", "Ärztezeitung", "Geschäftsführung"). */
static bool state_body(const char *v, size_t n) {
    static const char *const bodies[] = {
        "police", "military",     "government", "court",        "parliament",     "ministry",
        "agency", "intelligence", "prosecutor", "central_bank", "state_security", "audit_office"};
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        if (strlen(bodies[i]) == n && memcmp(v, bodies[i], n) == 0) return true;
    return false;
}

/* See entities.h: the compound's first part four letters or more
 * ("Kriminalpolizei", "Landespolizei": police), its last a role of
 * roles.tsv that is a state's body (state_body), an organisation's in
 * general, an association's ("Digitalverband") or a company's, this one
 * also after a hyphen ("Internet-Riesen").
 * Persons' roles are left out: their compounds name other offices
 * ("Vizepräsident").  The caller asks for a word no mention covers
 * ("Bundesregierung" is a name) and no plural in -en ("der
 * Oppositionsparteien"). */
const char *nf_compound_org_role(const nf_doc *doc, size_t k, char *gender) {
    const nf_lexicon *roles = &doc->engine->gz.roles;
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) || n < 9 ||
        n > 63)
        return NULL;
    char part[64];
    for (size_t i = 4; i + 4 <= n; i++) {
        bool hyphen = w[i - 1] == '-';
        if (hyphen ? (w[i] < 'A' || w[i] > 'Z') : (w[i] < 'a' || w[i] > 'z')) continue;
        memcpy(part, w + i, n - i);
        part[0] = (char)(part[0] - (hyphen ? 0 : 'a' - 'A'));
        const nf_lex_entry *e = nf_lexicon_find(roles, part, n - i);
        const char *v = e ? nf_lex_val(roles, e) : NULL;
        const char *t1 = v ? strchr(v, '\t') : NULL;
        if (!t1 || !strstr(t1, "org")) continue;
        bool company = nf_role_is(v, "company");
        if (hyphen ? !company
                   : !(state_body(v, (size_t)(t1 - v)) || company ||
                       memcmp(v, "organisation\t", 13) == 0 || memcmp(v, "association\t", 12) == 0))
            continue;
        *gender = t1[1] == 'm' || t1[1] == 'f' ? t1[1] : 0;
        return v;
    }
    return NULL;
}

/* True when the compounds a and b (al and al + 1 bytes) differ only by a
 * linking "s" inside b, at least four bytes from either end
 * ("Gewerkschaftsschef", "Gewerkschaftschef"). */
static bool linking_s(const char *a, size_t al, const char *b) {
    size_t p = 0;
    while (p < al && a[p] == b[p]) p++;
    return p >= 4 && p + 4 <= al && b[p] == 's' && memcmp(a + p, b + p + 1, al - p) == 0;
}

/* True when the word at token k is written as the one at token head, or
 * is it with the genitive's "s" or "es" ("des Anwalts" after "Anwalt
 * Dieter Böhmdorfer"), or with a compound's linking "s" or without it
 * ("Gewerkschaftsschef Wolfgang Katzian" ... "der Gewerkschaftschef"). */
static bool same_noun(const nf_doc *doc, size_t k, size_t head) {
    const char *a = nf_tok(doc, k), *h = nf_tok(doc, head);
    size_t al = doc->tok_len[k], hl = doc->tok_len[head];
    if (hl == al + 1 && linking_s(a, al, h)) return true;
    if (al == hl + 1 && linking_s(h, hl, a)) return true;
    if (hl < al || memcmp(a, h, al) != 0) return false;
    return hl == al || (hl == al + 1 && h[al] == 's') ||
           (hl == al + 2 && h[al] == 'e' && h[al + 1] == 's');
}

/* True when the person's name mention m stands in a list of names (a
 * comma or "und" and another person's name after it): "Klubobleute Klaus
 * Schneeberger und Reinhard Langthaler" introduces no one alone. */
static bool listed_name(const nf_doc *doc, const nf_mention *m) {
    size_t k = m->tb;
    if (k + 1 >= doc->ntokens || !(nf_tok_is(doc, k, ",") || nf_tok_is(doc, k, "und")))
        return false;
    size_t i = nf_mention_first_at(doc, k + 1);
    return i < doc->nmentions && doc->mentions[i].ta == k + 1 &&
           doc->entities[doc->mentions[i].entity].type == NF_ENT_PERSON;
}

/* The person a definite description of one noun before token ta refers
 * to by the noun the text put before the person's name ("Teamchef Marcel
 * Koller" ... "sagte der Teamchef", "Anwalt Dieter Böhmdorfer" ... "der
 * Anwalt"), whatever the noun (a role noun, an occupation, a compound;
 * no noun of statements: "in seinem Bericht Morde ... an" names no one):
 * the one person introduced so; -1 when none or several were. */
static int32_t person_introduced_as(const nf_doc *doc, size_t ta, size_t head) {
    if (doc->tok_mask[head] & NF_TM_SPEECH_NOUN) return -1;
    int32_t found = -1;
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < ta; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->ta == 0 || doc->entities[m->entity].type != NF_ENT_PERSON ||
            !same_noun(doc, m->ta - 1, head) || listed_name(doc, m))
            continue;
        if (found >= 0 && found != (int32_t)m->entity) return -1;
        found = (int32_t)m->entity;
    }
    return found;
}

/* The organisation the text named right after the noun at token head
 * before token ta, in either's case ("des Digitalverbands Bitkom" ...
 * "dem Digitalverband"): the one organisation introduced so; -1 when none
 * or several were. */
static int32_t org_introduced_as(const nf_doc *doc, size_t ta, size_t head) {
    int32_t found = -1;
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < ta; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->ta == 0 || doc->entities[m->entity].type != NF_ENT_ORG ||
            !(same_noun(doc, m->ta - 1, head) || same_noun(doc, head, m->ta - 1)))
            continue;
        if (found >= 0 && found != (int32_t)m->entity) return -1;
        found = (int32_t)m->entity;
    }
    return found;
}

/* True when the text named person `ent` before token ta right after a
 * noun of persons other than the one at token head, or a compound of it
 * ("Die Journalistin Sara X ... Die Anwältin": another woman;
 * "Amtsrichterin Ute X ... die Richterin" is she). */
static bool introduced_otherwise(const nf_doc *doc, int32_t ent, size_t ta, size_t head) {
    const char *h = nf_tokl(doc, head);
    size_t hn = doc->tok_llen[head];
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < ta; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->entity != (uint32_t)ent || m->kind != NF_MK_NAME || m->ta == 0) continue;
        size_t k = m->ta - 1;
        if (!nf_person_noun_word(doc, k)) continue;
        const char *w = nf_tokl(doc, k);
        size_t wn = doc->tok_llen[k];
        if (wn < hn || memcmp(w + wn - hn, h, hn) != 0) return true;
    }
    return false;
}

/* The person whose name ends right before a comma at token ta - 1 (the
 * description at ta is set off after it as an apposition), or -1. */
static int32_t person_before_comma(const nf_doc *doc, size_t ta) {
    if (ta < 2 || !nf_tok_is(doc, ta - 1, ",")) return -1;
    for (size_t i = doc->nmentions; i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb < ta - 1) break;
        if (m->tb == ta - 1 && m->kind == NF_MK_NAME &&
            doc->entities[m->entity].type == NF_ENT_PERSON)
            return (int32_t)m->entity;
    }
    return -1;
}

/* Kinds of names apposition_named takes: persons, organisations too (the
 * apposition closed by a comma), or organisations only. */
enum { APPOS_PERSON, APPOS_ANY, APPOS_ORG };

/* The comma after a phrase ending before token tb, past at most a short
 * phrase (four words) where an apposition may follow; 0 when there is
 * none, or when a word of that phrase is a verb of speech ("Die
 * Universität teilte mit, Hunt sei ..." names what is said) or a finite
 * verb ("Die Experten hatten zuvor spekuliert, Berlusconi wolle ..."). */
static size_t apposition_comma(const nf_doc *doc, size_t tb) {
    size_t comma = tb;
    while (comma < doc->ntokens && comma < tb + 4 && doc->tokens[comma].kind == NF_TOK_WORD) {
        if (nf_tok_find(doc, comma, &doc->pack->speech_verbs)) return 0;
        if ((doc->tokens[comma].flags & NF_TF_LOWER) &&
            (nf_tok_find(doc, comma, &doc->pack->tense_markers) || nf_konjunktiv_at(doc, comma)))
            return 0;
        comma++;
    }
    if (comma + 1 >= doc->ntokens || doc->tokens[comma].kind != NF_TOK_PUNCT ||
        doc->text.cp[doc->tokens[comma].a] != ',')
        return 0;
    return comma;
}

/* True when a name opens a list of names right after the comma at token
 * `comma`: another name follows it after "und", "oder" or "sowie" (and an
 * article perhaps).  The name is the list's member, no apposition to the
 * phrase before the comma: "erklärten Merkel, Macron und Draghi", "sagte
 * der Minister, Macron und Draghi seien sich einig". */
static bool list_after_comma(const nf_doc *doc, size_t comma) {
    static const char *const conj[] = {"und", "oder", "sowie", NULL};
    static const char *const articles[] = {"der", "die", "das", NULL};
    for (size_t i = nf_mention_first_at(doc, comma + 1);
         i < doc->nmentions && doc->mentions[i].ta == comma + 1; i++) {
        size_t k = doc->mentions[i].tb;
        if (doc->mentions[i].kind != NF_MK_NAME || k + 1 >= doc->ntokens ||
            !nf_tok_in(doc, k, conj))
            continue;
        size_t n = k + 1 + nf_tok_in(doc, k + 1, articles);
        for (size_t j = nf_mention_first_at(doc, n); j < doc->nmentions && doc->mentions[j].ta == n;
             j++)
            if (doc->mentions[j].kind == NF_MK_NAME) return true;
    }
    return false;
}

/* "Der Vorsitzende des Verbands (in Deutschland), Michael Knipper, …": the
 * person named in apposition to the description [ta, tb), after at most a
 * short phrase; -1 when none.  The description becomes a mention of it.
 * With APPOS_ANY an organisation too, and the apposition must be closed by
 * a comma (", Feldmann rechne mit ..." is what is said, not who); never
 * past a verb of speech ("Die Universität teilte mit, Hunt sei ..."); with
 * APPOS_ORG an organisation only, so closed ("der vatikaneigene
 * Radiosender, Radio Vatikan, ..."). */
static int32_t apposition_named(nf_doc *doc, size_t ta, size_t tb, int kinds) {
    if (doc->no_apposition) return -1;
    bool orgs = kinds != APPOS_PERSON;
    size_t comma = apposition_comma(doc, tb);
    if (!comma || list_after_comma(doc, comma)) return -1;
    for (size_t i = nf_mention_first_at(doc, comma + 1);
         i < doc->nmentions && doc->mentions[i].ta == comma + 1; i++) {
        const nf_mention *m = &doc->mentions[i];
        int type = doc->entities[m->entity].type;
        bool closed = m->tb < doc->ntokens && doc->tokens[m->tb].kind == NF_TOK_PUNCT &&
                      doc->text.cp[doc->tokens[m->tb].a] == ',';
        bool fits = kinds == APPOS_ORG      ? type == NF_ENT_ORG
                    : kinds == APPOS_PERSON ? type == NF_ENT_PERSON
                                            : type == NF_ENT_PERSON || type == NF_ENT_ORG;
        if (m->kind == NF_MK_NAME && fits && (!orgs || closed)) {
            uint32_t e = m->entity; /* adding a mention may move the array */
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return (int32_t)e;
        }
    }
    return -1;
}

static int32_t bound_subject(const nf_doc *doc, size_t k);         /* below */
static bool thing_before(const nf_doc *doc, size_t k);             /* below */
static bool anonymous_before(const nf_doc *doc, size_t k, char g); /* below */

/* The speaker of the direct quote whose words hold token k, or -1: one
 * who speaks of himself as "ich", so a pronoun of the third person in his
 * words is someone else ("Jagland sagte: „Alles, was er als Präsident
 * angepackt hat ...“": Obama). */
static int32_t direct_speaker_around(const nf_doc *doc, size_t k) {
    for (size_t i = 0; i < doc->nquotes; i++) {
        const nf_quote *q = &doc->quotes[i];
        if (q->kind != NF_Q_DIRECT || q->speaker_entity < 0) continue;
        for (size_t s = 0; s < q->nspans; s++)
            if (q->spans[s].ta <= k && k < q->spans[s].tb) return q->speaker_entity;
    }
    return -1;
}

/* The most pronouns personal_pronoun follows back (pronoun_before). */
#define PRONOUN_CHAIN_HOPS 3

static int32_t chained_personal_pronoun(const nf_doc *doc, size_t k, char g, int hops);

/* The entity the personal pronoun at token k of gender `g` refers to, or
 * -1: none where it takes up a thing (thing_before) or a person the text
 * does not name (anonymous_before), never the subject it cannot be
 * (bound_subject) nor the speaker of the direct quote or the interview's
 * answer it stands in (direct_speaker_around, answering). */
static int32_t personal_pronoun(const nf_doc *doc, size_t k, char g) {
    return chained_personal_pronoun(doc, k, g, PRONOUN_CHAIN_HOPS);
}

/* The "er" (or "sie" of the same reading) nearest before token k, in its
 * sentence or the one before, outside quotations, with no person named
 * between them who may be the pronoun's as a subject: the same one, whom
 * k goes on speaking of ("Im März 2002 trat er zurück. Im Januar 2007
 * legte er seine Tätigkeit nieder", with "nach dem Rücktritt von Tom
 * Downs" before: not Downs).  SIZE_MAX when none. */
static size_t pronoun_before(const nf_doc *doc, size_t k, char g) {
    if (g != 'm' && g != 'f') return SIZE_MAX;
    size_t s = doc->tok_sent[k], from = doc->sentences[s > 0 ? s - 1 : s].ta;
    for (size_t j = k; j-- > from;) {
        if (!nf_tok_is(doc, j, g == 'm' ? "er" : "sie") || in_quote(doc, j) ||
            pronoun_gender(doc, j) != g || nf_mention_over(doc, j))
            continue;
        for (size_t i = nf_mention_first_at(doc, j + 1); i < doc->nmentions; i++) {
            const nf_mention *m = &doc->mentions[i];
            if (m->ta >= k) break;
            const nf_entity *e = &doc->entities[m->entity];
            if (m->kind != NF_MK_ADJECTIVE && e->type == NF_ENT_PERSON &&
                e->gender != (g == 'm' ? 'f' : 'm') && subject_like(doc, m))
                return SIZE_MAX;
        }
        return j;
    }
    return SIZE_MAX;
}

/* personal_pronoun, taking up what an "er" before it (pronoun_before)
 * takes up, `hops` such pronouns back at most; where that one finds no
 * one, as if there were none. */
static int32_t chained_personal_pronoun(const nf_doc *doc, size_t k, char g, int hops) {
    if (thing_before(doc, k) || anonymous_before(doc, k, g)) return -1;
    int32_t bound = bound_subject(doc, k);
    if (bound < 0) bound = direct_speaker_around(doc, k);
    if (bound < 0) bound = answering(doc, k);
    size_t j = hops > 0 ? pronoun_before(doc, k, g) : SIZE_MAX;
    if (j != SIZE_MAX) {
        int32_t e = chained_personal_pronoun(doc, j, g, hops - 1);
        if (e >= 0 && e != bound) return e;
    }
    return resolve_pronoun(doc, k, g, false, bound);
}

/* See stages.h: a definite article opening the sentence, adjectives in
 * lower case (three at most), the role noun of a person of a country, a
 * verb in lower case, where no mention covers the words yet: resolved as
 * a speaker's description is (the holder the text named, else the one in
 * office on the document's date). */
bool nf_coref_office_subjects(nf_doc *doc) {
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb, r = sa + 1;
        if (!nf_tok_is(doc, sa, "der") && !nf_tok_is(doc, sa, "die")) continue;
        while (r < sb && r < sa + 4 && doc->tokens[r].kind == NF_TOK_WORD &&
               (doc->tokens[r].flags & NF_TF_LOWER))
            r++;
        bool org = true;
        const char *role = r + 1 < sb ? nf_role_at(doc, r, NULL, &org) : NULL;
        if (!role || org || doc->tokens[r + 1].kind != NF_TOK_WORD ||
            !(doc->tokens[r + 1].flags & NF_TF_LOWER) || nf_tok_is(doc, r + 1, "der") ||
            nf_tok_is(doc, r + 1, "des"))
            continue;
        bool covered = false;
        for (size_t k = sa; k <= r && !covered; k++) covered = nf_mention_over(doc, k);
        if (covered) continue;
        /* an office of a country: by an adjective ("der russische
         * Präsident"), the noun itself ("der Kremlchef", "der
         * US-Präsident", "der Bundeskanzler") or a genitive after it */
        if (!(r > sa + 1 && nf_adjective_at(doc, r - 1)) && !nf_role_country(role) &&
            !nf_compound_country(doc, r, NF_CC_COUNTRY, NULL) &&
            !nf_genitive_country_at(doc, r + 1) && !nf_federal_country(doc, r))
            continue;
        size_t before = doc->nmentions;
        nf_coref_resolve(doc, sa, r + 1); /* the holder named before, else the one in office */
        if (doc->nmentions < before) return false;
    }
    return true;
}

static int32_t pronoun_referent(nf_doc *doc, size_t k, char g); /* below */

/* True when token k is a personal pronoun of the third person singular
 * that stands for someone: "er", "ihn", "ihm", "sie", "seinerseits" and
 * "ihrerseits" where no mention stands right before them, and "ihr"
 * before a punctuation mark ("gab ihr."); not
 * "dieser" or "diese", which mostly open a noun phrase, nor "ihr" before
 * a word, a possessive mostly ("ihr Haus"). */
static bool standing_pronoun(const nf_doc *doc, size_t k) {
    static const char *const words[] = {"er", "ihn", "ihm", "sie", NULL};
    static const char *const sides[] = {"seinerseits", "ihrerseits", NULL};
    if (nf_tok_in(doc, k, words)) return true;
    /* ("Toqajew seinerseits erklärte": a word of the mention before it,
     * which says who) */
    if (nf_tok_in(doc, k, sides)) return k == 0 || !nf_mention_over(doc, k - 1);
    return nf_tok_is(doc, k, "ihr") && k + 1 < doc->ntokens &&
           doc->tokens[k + 1].kind == NF_TOK_PUNCT;
}

/* True when a noun phrase that no mention covers opens a clause in
 * tokens [from, k) with an article of a subject of gender `g`: "der",
 * "ein", "dieser", "kein" ('m'), "die", "eine", "diese", "keine" ('f'),
 * at the sentence's start, after a punctuation mark or a conjunction
 * ("Der Motorradfahrer nickt.", "dass der Trainer ...", "Die Kamera
 * fokussiert", "die Flüchtlinge", plural, which "sie" may take up as
 * well).  A pronoun after such a subject may take it up rather than the
 * person named before it, of whom nothing tells then. */
static bool unnamed_subject_between(const nf_doc *doc, size_t from, size_t k, char g) {
    static const char *const masculine[] = {"der", "ein", "dieser", "kein", NULL};
    static const char *const feminine[] = {"die", "eine", "diese", "keine", NULL};
    static const char *const conjunctions[] = {
        "und",   "aber",   "oder",  "doch", "denn",    "weil",   "dass",
        "als",   "wenn",   "ob",    "da",   "sondern", "sodass", "nachdem",
        "bevor", "obwohl", "damit", "wie",  "weshalb", "warum",  NULL};
    for (size_t j = from; j + 1 < k; j++) {
        if (!nf_tok_in(doc, j, g == 'm' ? masculine : feminine) || nf_mention_over(doc, j))
            continue;
        bool opens = j == doc->sentences[doc->tok_sent[j]].ta ||
                     doc->tokens[j - 1].kind == NF_TOK_PUNCT ||
                     doc->tokens[j - 1].kind == NF_TOK_QUOTE || nf_tok_in(doc, j - 1, conjunctions);
        if (!opens) continue;
        size_t n = j + 1;
        while (n < k && n < j + 4 && doc->tokens[n].kind == NF_TOK_WORD &&
               (doc->tokens[n].flags & NF_TF_LOWER))
            n++;
        if (n < k && doc->tokens[n].kind == NF_TOK_WORD && (doc->tokens[n].flags & NF_TF_CAP) &&
            !nf_mention_over(doc, n))
            return true;
    }
    return false;
}

/* True when the words of quote q around token k, which lies in its span
 * j, are its speaker's own: in quotation marks; after a first-person
 * word of that span ("Wenn sie mir jemand abkaufen will, dann soll er
 * sich bei mir melden, sagte Prieth"); or the first span after a colon
 * with no subjunctive in the quote ("Zu Thiem meinte Nadal: Er ist ein
 * sehr guter Spieler"), where the marks are left out, as some texts do. */
static bool own_words(const nf_doc *doc, const nf_quote *q, size_t j, size_t k) {
    static const char *const first[] = {"ich",    "mir",    "mich",    "mein",    "meine",
                                        "meiner", "meinen", "meinem",  "wir",     "uns",
                                        "unser",  "unsere", "unserer", "unseren", NULL};
    if (q->kind == NF_Q_DIRECT) return true;
    for (size_t i = q->spans[j].ta; i < k; i++)
        if (nf_tok_in(doc, i, first)) return true;
    size_t a = q->spans[0].ta;
    if (j != 0 || a == 0 || !nf_tok_is(doc, a - 1, ":")) return false;
    for (size_t i = 0; i < q->nspans; i++)
        for (size_t t = q->spans[i].ta; t < q->spans[i].tb; t++)
            if (nf_konjunktiv_at(doc, t)) return false;
    return true;
}

/* True when token k lies inside the content of a quote of entity `ent`'s
 * own words (own_words): there "er" and "sie" are someone else. */
static bool in_own_words(const nf_doc *doc, size_t k, int32_t ent) {
    for (size_t i = 0; i < doc->nquotes; i++) {
        const nf_quote *q = &doc->quotes[i];
        if (q->speaker_entity != ent || q->nspans == 0 || k < q->spans[0].ta ||
            k >= q->spans[q->nspans - 1].tb)
            continue;
        for (size_t j = 0; j < q->nspans; j++)
            if (k >= q->spans[j].ta && k < q->spans[j].tb) return own_words(doc, q, j, k);
    }
    return false;
}

/* Adds the descriptions of a nation's member or of an age that take up a
 * person the text names ("Der gebürtige Bosnier spielte zuletzt für ...",
 * "lobte den Franzosen", "Der 27-Jährige unterschrieb") as nominal
 * mentions of that person: a subject or object as much as a speaker, whom
 * the quotes stage resolved already.  Before the pronouns: a description
 * no mention covers is someone else to them (unnamed_subject_between).
 * Not a plural ("die Hälfte der Österreicher", "mit den Russen"), nor a
 * description before a name ("der Amerikaner Joe Smith", which the
 * descriptions before names take).  Returns false when memory runs out. */
static bool nation_and_age_descriptions(nf_doc *doc) {
    static const char *const en[] = {"en", NULL};
    const nf_lexicon *dem = &doc->engine->gz.demonyms;
    for (size_t k = 1; k < doc->ntokens; k++) {
        /* (the cheap tests first: a capitalised word or one that opens
         * with a digit, and no capitalised word after it) */
        const nf_token *t = &doc->tokens[k];
        char c0 = nf_tok(doc, k)[0];
        bool digit = c0 >= '0' && c0 <= '9';
        if (t->kind != NF_TOK_WORD || !(digit || (t->flags & NF_TF_CAP)) ||
            (k + 1 < doc->ntokens && (doc->tokens[k + 1].flags & NF_TF_CAP)) ||
            (!digit && !nf_tok_get(doc, k, dem)) || nf_mention_over(doc, k))
            continue;
        /* "der 27-Jährige", "die 35-Jährige": the one person of that
         * gender the sentence before names */
        char age = digit ? age_description(doc, k - 1, k + 1) : 0;
        if (age) {
            int32_t p = resolve_pronoun(doc, k - 1, age, true, -1);
            if (p >= 0 && !doc->entities[p].plural && nf_entity_has_name(doc, p) &&
                description_fits(doc, p, k - 1, NULL, age, true) &&
                !nf_mention_add(doc, k - 1, k + 1, p, NF_MK_NOMINAL))
                return false;
            continue;
        }
        if (digit) continue;
        /* the article right before the noun or before its modifiers */
        size_t sa = doc->sentences[doc->tok_sent[k]].ta;
        size_t a = nf_definite_article_before(doc, k, sa, 3);
        if (a == SIZE_MAX) a = k - 1;
        const char *iso = NULL;
        char g = demonym_gender(doc, a, k);
        if (!g || !nf_singular_person_article(doc, a, k, g)) continue;
        /* (a sentence opened by "Den" and a noun in "-en" is mostly a
         * dative plural: "Den Chilenen war es gelungen") */
        if (a == sa && nf_tok_is(doc, a, "den") && nf_tokl_ends_in(doc, k, en, 0)) continue;
        int32_t e = demonym_person(doc, a, k, true, &iso);
        if (e < 0 || doc->entities[e].type != NF_ENT_PERSON || !nf_entity_has_name(doc, e))
            continue;
        take_described_country(doc, e, iso);
        if (!nf_mention_add(doc, a, k + 1, e, NF_MK_NOMINAL)) return false;
    }
    return true;
}

/* See stages.h. */
bool nf_coref_pronouns(nf_doc *doc) {
    if (!nation_and_age_descriptions(doc)) return false;
    for (size_t k = 0; k < doc->ntokens; k++) {
        /* (the pronouns' first letters first: the test most words fail) */
        char c = nf_tokl(doc, k)[0];
        if ((c != 'e' && c != 'i' && c != 's') || doc->tokens[k].kind != NF_TOK_WORD ||
            doc->tok_llen[k] > 11 || !standing_pronoun(doc, k) || nf_mention_over(doc, k))
            continue;
        char g = pronoun_gender(doc, k);
        if (g != 'm' && g != 'f') continue;
        int32_t want = pronoun_referent(doc, k, g);
        const nf_mention *last = want >= 0 ? last_mention_before(doc, want, k) : NULL;
        if (!last || unnamed_subject_between(doc, last->tb, k, g)) continue;
        /* (a person of a gender the text tells: "Bataclan", "Grand Slam"
         * tagged as persons have none; no organisation, whose "sie" is as
         * often a plural's or a thing's: "Viele wählen FPÖ, obwohl sie
         * ...") */
        const nf_entity *pe = &doc->entities[want];
        if (pe->type != NF_ENT_PERSON || pe->gender != g || in_own_words(doc, k, want)) continue;
        if (!nf_mention_add(doc, k, k + 1, want, NF_MK_PRONOUN)) return false;
    }
    return true;
}

/* See stages.h. */
int32_t nf_coref_pronoun(const nf_doc *doc, size_t k) {
    if (!doc || k >= doc->ntokens) return -1;
    char g = pronoun_gender(doc, k);
    return g ? personal_pronoun(doc, k, g) : -1;
}

/* The most tokens between two commas an apposition spans. */
#define APPOSITION_MAX 12

/* What a relative pronoun after a comma refers to, the person or the
 * organisation the clause hangs on ("Alice Schwarzer, die den Mut
 * hervorhob"; past an apposition that opens with a role noun: "Reinhard
 * Bütikofer, Parteivorsitzender der Grünen, der sagte"): the mention ending
 * right before the comma that begins first, of a person of the pronoun's
 * gender where it is known ("der": no woman, "die": no man) or of an
 * organisation; never a place, which a genitive holds there ("der Führer
 * Irans, der ...").  Returns the entity or -1. */
int32_t nf_relative_antecedent(const nf_doc *doc, size_t k) {
    const char *w = nf_tokl(doc, k);
    bool der = nf_streq(w, "der");
    if ((!der && !nf_streq(w, "die")) || k < 2 || !nf_tok_is(doc, k - 1, ",")) return -1;
    size_t end = k - 1, sa = doc->sentences[doc->tok_sent[k]].ta;
    /* an apposition between two commas that opens with a role noun */
    for (size_t c = end; c-- > sa && c + APPOSITION_MAX > end;) {
        if (!nf_tok_is(doc, c, ",")) continue;
        size_t first = c + 1;
        if (first + 1 < end && doc->tokens[first].kind == NF_TOK_WORD &&
            (doc->tokens[first].flags & NF_TF_LOWER))
            first++; /* "der", "ein" */
        if (first < end && nf_role_at(doc, first, NULL, NULL)) end = c;
        break;
    }
    int32_t found = -1;
    uint32_t from = UINT32_MAX;
    for (size_t i = nf_mention_first_at(doc, end); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb != end || m->kind == NF_MK_ADJECTIVE || m->ta >= from) continue;
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type == NF_ENT_PERSON ? e->gender == (der ? 'f' : 'm') : e->type != NF_ENT_ORG)
            continue;
        found = (int32_t)m->entity, from = m->ta;
    }
    return found;
}

/* True when the name mention at token k of person `e` is that person's
 * name in the genitive: its last word the name's last word and "s" or an
 * apostrophe ("Lahms" of Philipp Lahm, "Klaus'"), not the name itself
 * ("Thomas"). */
static bool person_in_genitive(const nf_doc *doc, size_t k, int32_t e) {
    size_t i = nf_mention_first_at(doc, k);
    const char *name = doc->entities[e].name;
    if (i >= doc->nmentions || doc->mentions[i].ta != k || !name) return false;
    size_t last = doc->mentions[i].tb - 1;
    const char *w = nf_tok(doc, last);
    size_t n = doc->tok_len[last];
    if (n < 3 || (w[n - 1] != 's' && w[n - 1] != '\'')) return false;
    return nf_last_word_is(name, w, n - 1);
}

/* The end of the owner named in the genitive right after the noun at j
 * ("Arzt Lahms": the name's mention), or j + 1 when none is. */
static size_t genitive_owner_end(const nf_doc *doc, size_t j) {
    size_t i = nf_mention_first_at(doc, j + 1);
    if (i >= doc->nmentions || doc->mentions[i].ta != j + 1 || doc->mentions[i].kind != NF_MK_NAME)
        return j + 1;
    size_t e = doc->mentions[i].tb;
    const char *w = nf_tok(doc, e - 1);
    return w[doc->tok_len[e - 1] - 1] == 's' ? e : j + 1;
}

/* True when the definite article at token d opens its sentence before the
 * noun of persons at j of gender g, and someone's genitive follows the
 * noun ("Der behandelnde Arzt Lahms", "Die Mutter des Opfers"): a person
 * the text describes by whose they are, not by name. */
static bool owned_description(const nf_doc *doc, size_t d, size_t j, char g) {
    if (d != doc->sentences[doc->tok_sent[d]].ta || !nf_tok_is(doc, d, g == 'f' ? "die" : "der"))
        return false;
    return genitive_owner_end(doc, j) > j + 1 ||
           (j + 2 < doc->ntokens &&
            (nf_tok_is(doc, j + 1, "des") || nf_tok_is(doc, j + 1, "der")) &&
            doc->tok_sent[j + 2] == doc->tok_sent[j] &&
            (doc->tokens[j + 2].flags & NF_TF_LOWER) == 0 && !nf_mention_over(doc, j + 2));
}

/* True when the pronoun at token k of gender g stands after a comma in a
 * sentence whose subject opens it as a definite description of a person
 * of that gender that no mention takes up: the article, adjectives in
 * lower case, the noun, a verb in lower case ("Die Anwältin erklärte
 * außerdem, sie sei ...": the lawyer the text names nowhere, not her
 * client named before).  Not across sentences, where such a description
 * is as often someone named before ("... Ludwig Adamovich. Der frühere
 * Höchstrichter wurde gefragt, ob er ..."). */
static bool unnamed_subject(const nf_doc *doc, size_t k, char g) {
    size_t d = doc->sentences[doc->tok_sent[k]].ta, j = d + 1;
    if (!nf_tok_is(doc, d, g == 'f' ? "die" : "der") || k < d + 3 || !nf_tok_is(doc, k - 1, ","))
        return false;
    while (j < k && j < d + 4 && (doc->tokens[j].flags & NF_TF_LOWER)) j++; /* adjectives */
    if (j + 1 >= k || !nf_person_noun_at(doc, j) || nf_mention_over(doc, j)) return false;
    const nf_token *v = &doc->tokens[j + 1];
    return feminine_noun(doc, j) == (g == 'f') && v->kind == NF_TOK_WORD &&
           (v->flags & NF_TF_LOWER) && !nf_tok_is(doc, j + 1, "des") &&
           !nf_tok_is(doc, j + 1, "der") && !nf_tok_is(doc, j + 1, "von") &&
           !nf_tok_is(doc, j + 1, "aus");
}

/* True when token j is the noun of an indefinite description of a person
 * of gender `g` ('m' or 'f') that stands for someone of its own: "eine
 * Armeesprecherin", "einem jungen Soldaten", "nach Angaben eines
 * Sprechers" (the article may stand before adjectives in lower case and
 * an age: "ein 40-jähriger Beamter").  Not
 * an apposition ("Andrew Wetzler, ein Anwalt"), a predicate ("ist ein
 * Anwalt", "bin ich ein Politiker", "als ein Vermittler"), the genitive of
 * a thing ("der erste Besuch eines NASA-Direktors"), which say what someone
 * is, nor the source a report ends with ("..., so ein Sprecher"), which is
 * no topic a pronoun after it takes up. */
static bool anonymous_person_at(const nf_doc *doc, size_t j, size_t from, char g,
                                bool demonstrative) {
    static const char *const articles_f[] = {"eine", "einer", NULL};
    static const char *const articles_m[] = {"ein", "einen", "einem", "eines", NULL};
    static const char *const predicative[] = {"ist",    "bin",    "bist",  "sind", "war",   "waren",
                                              "sei",    "seien",  "wäre",  "wird", "wurde", "werde",
                                              "wurden", "bleibt", "blieb", "als",  ",",     NULL};
    static const char *const subjects[] = {"ich", "du", "er", "sie", "es", "wir", "ihr", NULL};
    const char *const *articles = g == 'f' ? articles_f : articles_m;
    const nf_token *t = &doc->tokens[j];
    if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || feminine_noun(doc, j) != (g == 'f') ||
        !nf_person_noun_at(doc, j))
        return false;
    /* the agent of a passive, named by its noun alone and taken up by no
     * mention ("Die Haltung der Hamas wurde vom Sprecher kritisiert. Er
     * rief ...": the speaker on the tape, not a name before him); not
     * before a name ("vom Sprecher Peskow") */
    if (j > from + 1 && !nf_mention_over(doc, j) &&
        !(j + 1 < doc->ntokens && (doc->tokens[j + 1].flags & NF_TF_CAP)) &&
        (nf_tok_is(doc, j - 1, "vom") || (j > from + 2 && nf_tok_is(doc, j - 2, "von") &&
                                          nf_tok_is(doc, j - 1, g == 'f' ? "der" : "dem"))))
        return true;
    /* a woman's kin or the like after her possessive in the dative or
     * accusative, named by no one ("hatte Kontakt zu ihrem Sohn. Ihr
     * gegenüber hat er angegeben ...": the son) */
    static const char *const hers[] = {"ihrem", "ihren", NULL};
    if (g == 'm' && j > from && nf_tok_in(doc, j - 1, hers) && !nf_mention_over(doc, j) &&
        !(j + 1 < doc->ntokens && (doc->tokens[j + 1].flags & NF_TF_CAP)))
        return true;
    size_t a = j; /* (an age among the adjectives: "ein 40-jähriger Beamter") */
    while (a > from && a + 4 > j &&
           ((doc->tokens[a - 1].flags & NF_TF_LOWER) || nf_age_word_ending(doc, a - 1) > 0) &&
           !nf_tok_in(doc, a - 1, articles))
        a--;
    if (a > from && owned_description(doc, a - 1, j, g)) return true;
    if (a == from || !nf_tok_in(doc, a - 1, articles)) return false;
    a--; /* the article */
    if (a > from && nf_tok_in(doc, a - 1, predicative)) return false;
    /* the copula before its subject: "bin ich ein Politiker" */
    if (a > from + 1 && nf_tok_in(doc, a - 1, subjects) && nf_tok_in(doc, a - 2, predicative))
        return false;
    if (a > from + 1 && nf_tok_is(doc, a - 1, "so") && nf_tok_is(doc, a - 2, ",")) return false;
    bool genitive = nf_tok_is(doc, a, "eines") || nf_tok_is(doc, a, "einer");
    return demonstrative || !(genitive && a > from && (doc->tokens[a - 1].flags & NF_TF_CAP) &&
                              !(doc->tok_mask[a - 1] & NF_TM_SPEECH_NOUN));
}

/* True when a mention that starts in tokens [a, b) is of a person a
 * pronoun of gender `g` may stand for, or (where `orgs`) of an
 * organisation. */
static bool referent_between(const nf_doc *doc, size_t a, size_t b, char g, bool orgs) {
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= b) break;
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind == NF_MK_ADJECTIVE) continue;
        if ((e->type == NF_ENT_PERSON && e->gender != (g == 'f' ? 'm' : 'f')) ||
            (orgs && e->type == NF_ENT_ORG))
            return true;
    }
    return false;
}

/* True when the pronoun at token k of gender `g` takes up a person the
 * text does not name (following at most `hops` pronouns back), described with an indefinite article
 * in its sentence before it or in the sentence before (anonymous_person_at), with no person of that
 * gender or organisation mentioned between them but what the description holds ("ein Sprecher des
 * Ministeriums"): "Der Angriff wurde von einer Armeesprecherin bestätigt. Sie sagte, ..." (the
 * spokeswoman, not the army named earlier), "Ein Soldat sah den Wagen. Er
 * sagte, ...". */
static bool anonymous_chain(const nf_doc *doc, size_t k, char g, int hops) {
    if (g != 'm' && g != 'f') return false;
    size_t s = doc->tok_sent[k];
    size_t from = doc->sentences[s > 0 ? s - 1 : s].ta, j = k;
    /* (a pronoun to follow back may stand two sentences back when the one
     * between names no one it may be: "Er lobte die Serie. Wir wollten
     * wissen, ... Er sagte, ..."; a description only in the window) */
    size_t near = from;
    if (s > 1 && !referent_between(doc, from, doc->sentences[s - 1].tb, g, true))
        from = doc->sentences[s - 2].ta;
    bool demonstrative = demonstrative_at(doc, k);
    while (j > from &&
           !(j - 1 >= near && anonymous_person_at(doc, j - 1, near, g, demonstrative))) {
        j--;
        /* a pronoun of that gender before it takes up the same one: "Sie
         * sagte, ... Sie fügte hinzu" (ANONYMOUS_HOPS pronouns back at
         * most, so that a text of pronouns costs no walk to its start) */
        if (pronoun_gender(doc, j) == g && !nf_mention_over(doc, j) && k - j < 80)
            return hops > 0 && !referent_between(doc, j, k, g, true) &&
                   anonymous_chain(doc, j, g, hops - 1);
    }
    if (j-- == from) return false; /* none; else j is the noun's token */
    /* the phrase that hangs on the noun: "des Ministeriums", "der Polizei" */
    size_t held = genitive_owner_end(doc, j); /* "Arzt Lahms" */
    if (held < k && (nf_tok_is(doc, held, "des") || nf_tok_is(doc, held, "der") ||
                     nf_tok_is(doc, held, "von") || nf_tok_is(doc, held, "vom")))
        held += 4;
    /* a person of that gender named before it in its own sentence may be
     * the one ("Dem Berater X wurde von einem Kollegen vorgeworfen,
     * außerdem könne er ..."): no anonymous one then */
    size_t sa = doc->sentences[doc->tok_sent[j]].ta;
    return !referent_between(doc, sa, j, g, false) &&
           !referent_between(doc, held < k ? held : k, k, g, true);
}

/* The most pronouns anonymous_before follows back to a description. */
#define ANONYMOUS_HOPS 3

/* anonymous_chain with its bound. */
static bool anonymous_before(const nf_doc *doc, size_t k, char g) {
    return unnamed_subject(doc, k, g) || anonymous_chain(doc, k, g, ANONYMOUS_HOPS);
}

/* True when "ihn" at token k takes up a thing named just before it in its
 * sentence, nearer than any name: "den"/"einen", adjectives and a noun of
 * no person ("zeigte sich bestürzt über den Vorfall und verurteilte ihn":
 * the incident, not the man named before). */
static bool thing_before(const nf_doc *doc, size_t k) {
    if (!nf_tok_is(doc, k, "ihn")) return false;
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    for (size_t j = k; j-- > sa && j + 12 > k;) {
        if (nf_mention_over(doc, j)) return false;
        const nf_token *t = &doc->tokens[j];
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP)) continue;
        size_t a = j;
        while (a > sa && doc->tokens[a - 1].kind == NF_TOK_WORD &&
               (doc->tokens[a - 1].flags & NF_TF_LOWER) && !nf_tok_is(doc, a - 1, "den") &&
               !nf_tok_is(doc, a - 1, "einen") && a + 3 > j)
            a--; /* adjectives */
        return a > sa && (nf_tok_is(doc, a - 1, "den") || nf_tok_is(doc, a - 1, "einen")) &&
               !nf_person_noun_at(doc, j);
    }
    return false;
}

/* The subject of the clause holding an object pronoun at token k ("ihn",
 * "ihm", "ihnen"), which the pronoun cannot refer to (that would be
 * "sich"): the antecedent of the relative pronoun opening the clause
 * ("Gauck, der ihn zum Essen empfing": not Gauck).  -1 for other words or
 * clauses. */
static int32_t bound_subject(const nf_doc *doc, size_t k) {
    if (!nf_tok_is(doc, k, "ihn") && !nf_tok_is(doc, k, "ihm") && !nf_tok_is(doc, k, "ihnen"))
        return -1;
    size_t sa = doc->sentences[doc->tok_sent[k]].ta;
    for (size_t c = k; c-- > sa;)
        if (nf_tok_is(doc, c, ",")) return c + 1 < k ? nf_relative_antecedent(doc, c + 1) : -1;
    return -1;
}

/* True when a person's or an organisation's name mention lies in tokens
 * [a, b). */
static bool named_in(const nf_doc *doc, size_t a, size_t b) {
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta < b;
         i++) {
        const nf_mention *m = &doc->mentions[i];
        uint8_t type = doc->entities[m->entity].type;
        if (m->kind == NF_MK_NAME && m->tb <= b && (type == NF_ENT_PERSON || type == NF_ENT_ORG))
            return true;
    }
    return false;
}

/* The definite description that ends at token `end` of a sentence from
 * sa (an article, then words; no punctuation), as for a relative pronoun
 * after it ("Der oberste geistliche Führer Irans, der ..."): its first
 * token, or `end` when there is none within eight words. */
static size_t description_before(const nf_doc *doc, size_t end, size_t sa) {
    for (size_t j = end; j-- > sa && j + 8 > end;) {
        if (doc->tokens[j].kind != NF_TOK_WORD) return end;
        const char *w = nf_tokl(doc, j);
        if (j + 1 < end && (nf_streq(w, "der") || nf_streq(w, "die") || nf_streq(w, "das")))
            return j;
    }
    return end;
}

/* The role of a state institution the first part of a spokesperson's
 * compound at token k names ("Polizeisprecher": Polizei,
 * "Regierungssprecher": Regierung, "Armee-Sprecherin": Armee), with the
 * bytes of that part in *len; NULL for other words.  Owned by the engine. */
static const char *spokesperson_compound(const nf_doc *doc, size_t k, size_t *len) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_len[k];
    if (n != doc->tok_llen[k] || n < 11) return NULL;
    const char *tail = NULL;
    for (const char *p = strstr(l + 3, "sprecher"); p; p = strstr(p + 1, "sprecher")) tail = p;
    const char *v = tail ? nf_compound_org_part(doc, k, (size_t)(tail - l), len) : NULL;
    return v && state_sector(v) ? v : NULL;
}

/* The organisation a spokesperson's compound names before its hyphen
 * ("ein WWF-Sprecher", "eine Audi-Sprecherin", "der Kreml-Sprecher"): one
 * the text names so, else the gazetteer's; or, written as one word, before
 * "sprecher" ("ein Porschesprecher"): one the text names so, else the
 * gazetteer's by five letters or more ("ein Bundestagssprecher").  -1 for none
 * (a person's spokesperson, "Clinton-Sprecher", speaks for no
 * organisation). */
static int32_t named_spokesperson(nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    const char *hy = NULL;
    for (const char *p = memchr(w, '-', n); p; p = memchr(p + 1, '-', (size_t)(w + n - p - 1)))
        hy = p;
    size_t part;
    if (hy && hy != w && strncmp(hy + 1, "Sprecher", 8) == 0) {
        part = (size_t)(hy - w);
    } else {
        /* one word: the name, then "sprecher" or "sprecherin" */
        size_t tail = n >= 10 && memcmp(w + n - 10, "sprecherin", 10) == 0 ? 10
                      : n >= 8 && memcmp(w + n - 8, "sprecher", 8) == 0    ? 8
                                                                           : 0;
        if (!tail || hy || n - tail < 3 || !(doc->tokens[k].flags & NF_TF_CAP)) return -1;
        part = n - tail;
    }
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind == NF_MK_NAME && e->type == NF_ENT_ORG && doc->tok_len[m->ta] == part &&
            memcmp(nf_tok(doc, m->ta), w, part) == 0) /* "Audi", "Wendelbau GmbH" */
            return (int32_t)m->entity;
    }
    /* (or the organisation named before whose name holds the part as a
     * word, its linking "s" off: "ein Kommissionssprecher" after "die
     * EU-Kommission") */
    size_t noun = !hy && part > 5 && w[part - 1] == 's' ? part - 1 : part;
    char first[64];
    if (!hy && noun < sizeof first) {
        memcpy(first, w, noun);
        first[noun] = '\0';
        int32_t named = org_named_with_word(doc, k, first, noun, false);
        if (named >= 0) return named;
    }
    /* (the list's, by its genitive joined to the noun too: "ein
     * Bundestagssprecher") */
    return hy || part >= 5 ? nf_gz_org_named(doc, w, part) : -1;
}

/* The institution the spokesperson's compound at token head names
 * (spokesperson_compound: "ein Polizeisprecher", "eine Armeesprecherin"),
 * of the country an adjective from token ta + 1 gives ("ein israelischer
 * Regierungssprecher"); else the organisation named_spokesperson finds;
 * -1 when neither.  No mention: the word is the spokesperson, whom no
 * pronoun after it refers to as the institution. */
static int32_t compound_spokesperson(nf_doc *doc, size_t ta, size_t head) {
    size_t part = 0;
    const char *source = spokesperson_compound(doc, head, &part);
    if (!source) return named_spokesperson(doc, head);
    const char *country = NULL;
    for (size_t k = ta + 1; k < head && !country; k++) country = nf_adjective_at(doc, k);
    return compound_institution(doc, ta, head, source, part, country);
}

/* "ein Sprecher des saudi-arabischen Gesundheitsministeriums", "eine
 * Sprecherin der Polizei", "ein Vertreter der Hamas": the organisation
 * [ta, tb) names after a spokesperson's, representative's or official's
 * role noun, for which the anonymous spokesperson speaks;
 * -1 for any other indefinite description ("einer der Kritiker des
 * Ministers" is not the minister). */
static int32_t spokesperson_for(nf_doc *doc, size_t ta, size_t tb) {
    size_t head = ta + 1;
    while (head < tb && !(doc->tokens[head].flags & NF_TF_CAP)) head++; /* adjectives */
    const char *role = head < tb ? nf_role_at(doc, head, NULL, NULL) : NULL;
    /* (a spokesperson's noun joined to an institution's or an
     * organisation's name no list holds: "eine Parlamentssprecherin", as
     * "ein Polizeisprecher"; "ein Porschesprecher") */
    if (!role && head + 1 == tb) return compound_spokesperson(doc, ta, head);
    /* (a representative or an official speaks for the organisation after
     * the noun as its spokesperson does: "ein Vertreter der Hamas", "ein
     * Beamter des Außenministeriums") */
    if (!role || !(nf_role_is(role, "spokesperson") || nf_role_is(role, "representative") ||
                   nf_role_is(role, "official")))
        return -1;
    /* the phrase after the noun, as in "Angaben der Polizei" */
    size_t from = head + 1;
    if (from < tb && (nf_tok_is(doc, from, "von") || nf_tok_is(doc, from, "vom"))) from++;
    if (from >= tb || !(nf_tok_is(doc, from, "des") || nf_tok_is(doc, from, "der") ||
                        nf_tok_is(doc, head + 1, "von") || nf_tok_is(doc, head + 1, "vom"))) {
        /* else the institution a compound names: "ein Polizeisprecher",
         * "eine Armeesprecherin", as "nach Polizeiangaben" does */
        return head + 1 == tb ? compound_spokesperson(doc, ta, head) : -1;
    }
    /* a spokesperson named in apposition ("Ein Sprecher der Stadtwerke,
     * Karl Huber, sagte") is the one the whole phrase describes: the
     * organisation's phrase inside it takes no apposition */
    bool named = false;
    size_t comma = apposition_comma(doc, tb);
    for (size_t i = comma ? nf_mention_first_at(doc, comma + 1) : doc->nmentions;
         i < doc->nmentions && doc->mentions[i].ta == comma + 1; i++)
        named |= doc->mentions[i].kind == NF_MK_NAME &&
                 doc->entities[doc->mentions[i].entity].type == NF_ENT_PERSON;
    bool was = doc->no_apposition;
    doc->no_apposition = was || named;
    int32_t e = nf_coref_resolve(doc, from, tb);
    doc->no_apposition = was;
    /* not a place inside the phrase ("der Landespolizeidirektion Tirol") */
    return e >= 0 && doc->entities[e].type == NF_ENT_ORG ? e : -1;
}

/* The organisation "Es" stands for where it opens a sentence before a
 * verb of saying ("Das Gericht nutzte die Begründung. Es weist den Vorwurf
 * zurück", "Das Militär drohte. Es warf der Regierung vor"): one named
 * with "das" as the subject of the sentence before, or the state body its
 * description there names; -1 for none, and for the "es" that stands for
 * nothing ("Es gibt", "Es ist klar"). */
static int32_t neuter_speaker(nf_doc *doc, size_t k) {
    size_t s = doc->tok_sent[k];
    if (s == 0 || doc->sentences[s].ta != k || k + 1 >= doc->ntokens ||
        !nf_tok_find(doc, k + 1, &doc->pack->speech_verbs))
        return -1;
    nf_seg ps = doc->sentences[s - 1];
    for (size_t i = nf_mention_first_at(doc, ps.ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= ps.tb || m->ta > ps.ta + 1) break;
        size_t det = m->ta > ps.ta ? m->ta - 1 : m->ta;
        if (doc->entities[m->entity].type == NF_ENT_ORG && nf_tok_is(doc, det, "das") &&
            subject_like(doc, m))
            return (int32_t)m->entity;
    }
    /* a state body the sentence before opens with ("Das Gericht", "Das
     * Militär"), as a speaker's description finds or makes it */
    if (ps.ta + 2 < ps.tb && nf_tok_is(doc, ps.ta, "das") &&
        (doc->tokens[ps.ta + 1].flags & NF_TF_CAP)) {
        int32_t e = nf_coref_resolve(doc, ps.ta, ps.ta + 2);
        return e >= 0 && doc->entities[e].type == NF_ENT_ORG ? e : -1;
    }
    return -1;
}

/* True when the word at token k is a noun of speech (speech-nouns.txt) or
 * a compound ending in one ("Presseaussendung", "Pressemitteilung"). */
static bool speech_noun_word(const nf_doc *doc, size_t k) {
    return (doc->tok_mask[k] & NF_TM_SPEECH_NOUN) ||
           ((doc->tokens[k].flags & NF_TF_CAP) && nf_speech_noun_tail(doc, k) > 0);
}

/* True for "Erklärung" and its compounds ("Presseerklärung"): whose
 * statement it is, is who speaks; the quotation stage does not take the
 * word for a source ("nach der Erklärung" is a time as often). */
static bool declaration(const nf_doc *doc, size_t k) {
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    return (doc->tokens[k].flags & NF_TF_CAP) &&
           ((n >= 10 && strcmp(l + n - 10, "erklärung") == 0) ||
            (n >= 12 && strcmp(l + n - 12, "erklärungen") == 0));
}

/* The organisation a compound of a name, a hyphen and a noun of speech
 * credits, where the gazetteer knows the name as an organisation's
 * ("Spiegel-Informationen", "ORF-Angaben"), or that speaks through a
 * meeting of it ("des G8-Gipfels"); -1 for other words. */
static int32_t hyphen_source(nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k), *h = strrchr(w, '-');
    if (doc->tokens[k].kind != NF_TOK_WORD || !h || h == w || !h[1]) return -1;
    const char *l = nf_tokl(doc, k) + (h - w) + 1;
    size_t n = strlen(l);
    if (!nf_lexicon_find(&doc->pack->speech_nouns, l, n) &&
        !nf_lexicon_find(&doc->pack->meeting_nouns, l, n))
        return -1;
    return nf_gz_org_named(doc, w, (size_t)(h - w));
}

/* True for a person's role that speaks for a country or town when no
 * holder of it is known: its offices and envoys ("der Vertreter Libyens",
 * "der Bürgermeister von New Orleans" speak for the place); not a police
 * chief, a prosecutor, a rabbi or a player, who speak for themselves or
 * their institution. */
static bool speaks_for_place(const char *role) {
    static const char *const labels[] = {"head_of_state",
                                         "head_of_government",
                                         "leader",
                                         "president",
                                         "vice_president",
                                         "prime_minister",
                                         "chancellor",
                                         "vice_chancellor",
                                         "mayor",
                                         "governor",
                                         "regional_head",
                                         "representative",
                                         "ambassador",
                                         "envoy",
                                         "diplomat",
                                         "delegation_head",
                                         "state_secretary",
                                         "king",
                                         "queen",
                                         "monarch",
                                         "emir",
                                         "sultan",
                                         "emperor",
                                         "supreme_leader",
                                         "spokesperson",
                                         "official",
                                         "senator",
                                         "commissioner"};
    size_t n = nf_role_len(role);
    if (n >= 8 && memcmp(role + n - 8, "minister", 8) == 0) return true; /* "foreign_minister" */
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (nf_role_is(role, labels[i])) return true;
    return false;
}

/* True when place mention m of the phrase [.., tb) with head noun `head`
 * only says where its head is or belongs: after the head ("der Polizeichef
 * von Kandahar", "der Oberrabbiner Israels"), or a genitive before a noun
 * ("Frankreichs Serienmeister") other than an office or institution that
 * speaks for the place, or after a noun in the genitive ("der Polizeichef
 * des Bezirks X"); not a name the head classifies ("die Stadt Klagenfurt",
 * "das Land Berlin"), nor the owner of a statement ("die Auffassung
 * Österreichs"). */
static bool place_modifier(const nf_doc *doc, const nf_mention *m, size_t head, size_t tb) {
    if (!nf_place_type(doc->entities[m->entity].type)) return false;
    bool genitive = m->tb == m->ta + 1 && nf_genitive_place_at(doc, m->ta);
    /* (a place right after a capitalised noun of the phrase, not in the
     * genitive, is part of that noun's name: "einer Umfrage des Flughafens
     * Bremen" (a facility's), "laut Verkehrsclub Österreich"; "des Landes
     * Berlin" is the place its noun classifies) */
    static const char *const states[] = {"land",     "landes",     "staat",  "staates", "staats",
                                         "republik", "königreich", "emirat", "provinz", "region",
                                         "kanton",   "kantons",    NULL};
    if (m->ta > head && !genitive && doc->tokens[m->ta - 1].kind == NF_TOK_WORD &&
        (doc->tokens[m->ta - 1].flags & NF_TF_CAP) &&
        (nf_class_noun(doc, m->ta - 1) != NF_ENT_GPE || nf_facility_noun(doc, m->ta - 1)) &&
        !nf_tok_in(doc, m->ta - 1, states))
        return true;
    if (speech_noun_word(doc, head)) return false;
    /* (after the head, a place a genitive's noun classifies belongs to
     * that noun: "die Polizeichefin des Bezirks Sirmaur") */
    if (m->ta > head)
        return genitive || !(doc->tokens[m->ta - 1].flags & NF_TF_CAP) ||
               (m->ta >= head + 3 &&
                (nf_tok_is(doc, m->ta - 2, "des") || nf_tok_is(doc, m->ta - 2, "der")));
    if (!genitive || m->tb >= tb || doc->tokens[m->tb].kind != NF_TOK_WORD ||
        !(doc->tokens[m->tb].flags & NF_TF_CAP))
        return false;
    /* (an office or an institution that speaks for the place after it:
     * "Kärntens Landeshauptmann", "Kenias Regierung") */
    bool org = false;
    const char *role = nf_role_at(doc, m->tb, NULL, &org);
    return !(role && (org || speaks_for_place(role)));
}

/* The end of the phrase that opens the sentence before the one that "Sie"
 * opens at k with a verb in the singular ("Sie fordert"), when that phrase
 * is "die" (or the dative "der") and a feminine organisation's noun, with
 * a genitive after it ("Die Fraktion der Grünen hält das für falsch."):
 * the organisation is who "sie" is, not the last woman named.  0 when
 * there is none. */
static size_t feminine_org_subject_before(const nf_doc *doc, size_t k) {
    uint32_t s = doc->tok_sent[k];
    if (s == 0 || doc->sentences[s].ta != k || !nf_tok_is(doc, k, "sie") || k + 1 >= doc->ntokens)
        return 0;
    if (doc->tokens[k + 1].kind != NF_TOK_WORD || !(doc->tokens[k + 1].flags & NF_TF_LOWER) ||
        nf_tok_plural_verb(doc, k + 1))
        return 0; /* (a verb in the plural: "Sie fordern", they) */
    nf_seg ps = doc->sentences[s - 1];
    size_t h = ps.ta + 1;
    char gender = 0;
    bool org = false;
    /* ("Der" before a feminine noun: its dative, "Der Fraktion reicht das
     * nicht", whom "sie" takes up as well) */
    if (h >= ps.tb || !(nf_tok_is(doc, ps.ta, "die") || nf_tok_is(doc, ps.ta, "der")) ||
        !nf_role_at(doc, h, &gender, &org) || !org || gender != 'f')
        return 0;
    size_t end = h + 1;
    /* "der Grünen", "des Bundestags": a genitive after the noun */
    if (end + 1 < ps.tb && (nf_tok_is(doc, end, "der") || nf_tok_is(doc, end, "des")))
        for (end++; end < ps.tb && end < h + 6 && (doc->tokens[end].flags & NF_TF_CAP);) end++;
    /* the verb follows the subject */
    return end < ps.tb && doc->tokens[end].kind == NF_TOK_WORD &&
                   (doc->tokens[end].flags & NF_TF_LOWER)
               ? end
               : 0;
}

/* Whom "Sie" opening its sentence at k with a verb in the singular takes
 * up when the sentence before opens with "Die", adjectives in lower case
 * and capitalised words (a noun, or a name of up to three words) followed
 * by its verb: an organisation or place of the text named there ("Die
 * Deutsche Bank erhöhte ... Sie meldete"), or a thing no mention names
 * ("Die Magna Carta gilt als ... Sie hielt fest": not the queen named
 * before), *out -1 then.  False where that sentence opens otherwise, with
 * a person ("Die Ministerin", "Die Sängerin Adele") or names one
 * anywhere. */
static bool feminine_subject_before(const nf_doc *doc, size_t k, int32_t *out) {
    uint32_t s = doc->tok_sent[k];
    if (s == 0 || doc->sentences[s].ta != k || !nf_tok_is(doc, k, "sie") || k + 1 >= doc->ntokens ||
        doc->tokens[k + 1].kind != NF_TOK_WORD || !(doc->tokens[k + 1].flags & NF_TF_LOWER) ||
        nf_tok_plural_verb(doc, k + 1))
        return false;
    nf_seg ps = doc->sentences[s - 1];
    if (!nf_tok_is(doc, ps.ta, "die")) return false;
    size_t j = ps.ta + 1;
    while (j < ps.tb && j < ps.ta + 3 && (doc->tokens[j].flags & NF_TF_LOWER)) j++;
    size_t h = j;
    while (j < ps.tb && j < h + 3 && doc->tokens[j].kind == NF_TOK_WORD &&
           (doc->tokens[j].flags & NF_TF_CAP))
        j++;
    static const char *const attributes[] = {"des", "der", "von", "vom", "aus", "in", "im", NULL};
    if (j == h || j >= ps.tb || doc->tokens[j].kind != NF_TOK_WORD ||
        !(doc->tokens[j].flags & NF_TF_LOWER) || nf_tok_plural_verb(doc, j) ||
        nf_tok_in(doc, j, attributes))
        return false;
    /* (no person named in that sentence, who may be its subject after all:
     * "Die Entscheidung sei unwiderruflich, sagte Ensaf Haidar. Sie ...") */
    for (size_t i = nf_mention_first_at(doc, ps.ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= ps.tb) break;
        if (m->kind == NF_MK_NAME && doc->entities[m->entity].type == NF_ENT_PERSON) return false;
    }
    int32_t named = -1;
    for (size_t q = h; q < j; q++) {
        if (nf_person_noun_at(doc, q)) return false;
        size_t i = nf_mention_first_at(doc, q);
        const nf_mention *m = i < doc->nmentions && doc->mentions[i].ta == q ? &doc->mentions[i]
                              : i > 0 && doc->mentions[i - 1].tb > q         ? &doc->mentions[i - 1]
                                                                             : NULL;
        if (!m || m->kind == NF_MK_ADJECTIVE) continue;
        if (doc->entities[m->entity].type == NF_ENT_PERSON) return false;
        named = (int32_t)m->entity;
    }
    *out = named;
    return true;
}

/* True when the person's role noun at `head` is followed in [head, tb) by
 * the genitive of a body that is no place ("Der Präsident der
 * Wahlkommission", "der Chef des Verbands"): the office is that body's,
 * and whoever holds the same title of a state named before ("Präsident
 * Mohamed Morsi") is not meant. */
static bool of_another_body(const nf_doc *doc, size_t head, size_t tb) {
    size_t j = head + 1;
    if (j + 1 >= tb || !(nf_tok_is(doc, j, "der") || nf_tok_is(doc, j, "des"))) return false;
    j++;
    while (j < tb && (doc->tokens[j].flags & NF_TF_LOWER)) j++; /* adjectives */
    if (j >= tb || doc->tokens[j].kind != NF_TOK_WORD || !(doc->tokens[j].flags & NF_TF_CAP))
        return false;
    /* (the state itself: "der Präsident des Staates", "der Republik") */
    static const char *const state[] = {"staates", "staats",    "landes", "republik",
                                        "nation",  "regierung", NULL};
    if (nf_tok_in(doc, j, state)) return false;
    size_t i = nf_mention_first_at(doc, j);
    for (; i < doc->nmentions && doc->mentions[i].ta == j; i++)
        if (nf_place_type(doc->entities[doc->mentions[i].entity].type)) return false;
    return true;
}

/* The person whose nominal mention covers tokens [ta, tb) exactly and who
 * has a name mention in the text (a description joined to the name); -1
 * when there is none. */
static int32_t named_description(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t i = nf_mention_first_at(doc, ta); i < doc->nmentions && doc->mentions[i].ta == ta;
         i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb == tb && m->kind == NF_MK_NOMINAL &&
            doc->entities[m->entity].type == NF_ENT_PERSON &&
            nf_entity_has_name(doc, (int32_t)m->entity))
            return (int32_t)m->entity;
    }
    return -1;
}

/* The entity the personal pronoun at token k of gender `g` (pronoun_gender)
 * takes up, or -1; adds no mention of the pronoun (but may of the
 * description it takes up). */
static int32_t pronoun_referent(nf_doc *doc, size_t k, char g) {
    size_t org_end = g == 'f' ? feminine_org_subject_before(doc, k) : 0;
    if (org_end) {
        /* "Die Fraktion der Grünen hält das für falsch. Sie fordert
         * ...": the organisation, or no one the text names */
        size_t ps = doc->sentences[doc->tok_sent[k] - 1].ta;
        int32_t e = nf_coref_resolve(doc, ps, org_end);
        return e >= 0 && doc->entities[e].type == NF_ENT_PERSON ? -1 : e;
    }
    int32_t subject;
    if (g == 'f' && feminine_subject_before(doc, k, &subject)) return subject;
    return personal_pronoun(doc, k, g);
}

/* The English label of the party the first part of compound token k
 * names ("CDU-Chef", "SPD-Politikerin"), or NULL; owned by the
 * gazetteer. */
static const char *compound_party(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    uint32_t ids[16];
    size_t n = nf_compound_head_ids(doc, k, ids, 16);
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source == NF_GZ_ORG && g->role && !strcmp(g->role, "party") && g->canonical)
            return g->canonical;
    }
    return NULL;
}

/* The English label of the party the text gives person `ent`: in
 * brackets right after a name of theirs ("Friedrich Merz (CDU)") or by a
 * description of theirs that names it, right before a name ("der
 * SPD-Politiker Lars Klingbeil") or alone; NULL when it gives none.
 * Owned by the gazetteer or the document. */
static const char *party_in_text(const nf_doc *doc, int32_t ent) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if ((int32_t)m->entity != ent) continue;
        if (m->kind == NF_MK_NOMINAL) {
            const char *p = compound_party(doc, m->tb - 1);
            if (p) return p;
            continue;
        }
        if (m->kind != NF_MK_NAME) continue;
        /* "SPD-Politiker Lars Klingbeil" (the description's mention comes
         * later, by nf_descriptions_before_names) */
        if (m->ta > 0 && doc->tokens[m->ta - 1].kind == NF_TOK_WORD) {
            const char *p = compound_party(doc, m->ta - 1);
            if (p) return p;
        }
        if (m->tb + 2 >= doc->ntokens || !nf_tok_is(doc, m->tb, "(")) continue;
        for (size_t j = nf_mention_first_at(doc, m->tb + 1);
             j < doc->nmentions && doc->mentions[j].ta == m->tb + 1; j++) {
            const nf_entity *o = &doc->entities[doc->mentions[j].entity];
            if (o->type == NF_ENT_ORG && o->role && !strcmp(o->role, "party") && o->canonical &&
                nf_tok_is(doc, doc->mentions[j].tb, ")"))
                return o->canonical;
        }
    }
    return NULL;
}

/* True when the text gives person `ent` a party other than `party` (an
 * English label; NULL: none to compare). */
static bool other_party(const nf_doc *doc, const char *party, int32_t ent) {
    const char *theirs = party ? party_in_text(doc, ent) : NULL;
    return theirs && strcmp(theirs, party) != 0;
}

/* The person named last before token ta whose party the text gives as
 * `party` ("Lars Klingbeil (SPD) traf Friedrich Merz (CDU).  Der
 * SPD-Chef ..."), of gender `gender` where it is 'm' or 'f'; -1 when
 * there is none, or when a person of no party the text gives is named
 * after that one, in ta's sentence or the one before ("Verliert Strache
 * den Prozess, müsste der FPÖ-Chef ...": Strache, whom the text never
 * gives his party, rather than the "FPÖ-Obmann" further back). */
static int32_t party_member_before(const nf_doc *doc, size_t ta, const char *party, char gender) {
    uint32_t sent = doc->tok_sent[ta];
    for (size_t i = nf_mention_first_at(doc, ta); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        const nf_entity *e = &doc->entities[m->entity];
        if (m->kind != NF_MK_NAME || e->type != NF_ENT_PERSON || e->plural) continue;
        if ((gender == 'm' || gender == 'f') && (e->gender == 'm' || e->gender == 'f') &&
            e->gender != gender)
            continue;
        const char *theirs = party_in_text(doc, (int32_t)m->entity);
        if (theirs && !strcmp(theirs, party)) return (int32_t)m->entity;
        if (!theirs && doc->tok_sent[m->ta] + 1 >= sent) return -1;
    }
    return -1;
}

/* See stages.h. */
int32_t nf_coref_resolve(nf_doc *doc, size_t ta, size_t tb) {
    if (!doc || ta >= tb || tb > doc->ntokens) return -1;
    /* A pronoun. */
    if (tb == ta + 1) {
        int32_t rel = nf_relative_antecedent(doc, ta);
        /* no mention ends there: the description before the comma that
         * names a person or an organisation, resolved as one ("der
         * ehemalige US-Justizminister Ramsey Clark anwesend, der ...
         * vorwarf"); one that names none is left alone ("Der oberste
         * geistliche Führer Irans, der ..." is no leader the text names) */
        size_t sa = doc->sentences[doc->tok_sent[ta]].ta;
        if (rel < 0 && ta >= sa + 3 && nf_tok_is(doc, ta - 1, ",") &&
            (nf_tok_is(doc, ta, "der") || nf_tok_is(doc, ta, "die"))) {
            size_t d = description_before(doc, ta - 1, sa);
            if (d < ta - 1 && named_in(doc, d, ta - 1)) {
                rel = nf_coref_resolve(doc, d, ta - 1);
                const nf_entity *e = rel >= 0 ? &doc->entities[rel] : NULL;
                char want = nf_tok_is(doc, ta, "der") ? 'm' : 'f';
                if (e && (nf_place_type(e->type) ||
                          (e->type == NF_ENT_PERSON && e->gender && e->gender != want)))
                    rel = -1;
            }
        }
        if (rel >= 0) {
            nf_mention_add(doc, ta, tb, rel, NF_MK_PRONOUN);
            return rel;
        }
        char g = pronoun_gender(doc, ta);
        if (g) {
            int32_t e = pronoun_referent(doc, ta, g);
            if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_PRONOUN);
            return e;
        }
        if (polite_address(doc, ta)) {
            int32_t e = interviewee(doc, ta);
            if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_PRONOUN);
            return e;
        }
        /* "ich" speaks for no one outside an interview's answer (the
         * guide makes no mention of first-person words) */
        if (nf_tok_is(doc, ta, "ich")) return turn_speaker(doc, ta);
        if (nf_tok_is(doc, ta, "es")) {
            int32_t e = neuter_speaker(doc, ta);
            if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_PRONOUN);
            return e;
        }
    }
    /* the span is a named person's description the entity stage joined
     * to the name ("Theo Zwanziger, Präsident des DFB"): that person */
    int32_t described = named_description(doc, ta, tb);
    if (described >= 0) return described;
    /* "Politiker wie Merkel und Macron", "Länder wie Frankreich": a
     * bare noun before the examples that "wie" gives names a group of
     * several, none of them (not a name: "wird Musk wie folgt zitiert") */
    if (tb + 1 < doc->ntokens && nf_tok_is(doc, tb, "wie") && !nf_tok_is(doc, tb + 1, "folgt") &&
        (doc->tokens[ta].flags & NF_TF_CAP) && !nf_article_or_determiner(doc, ta) &&
        !nf_mention_over(doc, ta))
        return -1;
    /* "Seiner Meinung nach", "nach ihren Angaben": a possessive before a
     * speech noun stands for whose statement it is, like "er" and "sie" */
    /* (adjectives between: "Seine zentrale Aussage ist, dass ...") */
    bool adjectives = tb >= ta + 2 && tb <= ta + 4;
    for (size_t j = ta + 1; adjectives && j + 1 < tb; j++)
        adjectives = doc->tokens[j].kind == NF_TOK_WORD && (doc->tokens[j].flags & NF_TF_LOWER) &&
                     nf_inflected_adjective(doc, j);
    char possessor = adjectives && ((doc->tok_mask[tb - 1] & NF_TM_SPEECH_NOUN) ||
                                    nf_tok_is_statement_noun(doc, tb - 1))
                         ? possessive_gender(doc, ta)
                         : 0;
    if (possessor) {
        /* (none where an unnamed person was just described: "sagte eine
         * Sprecherin des Ministers. Nach ihren Worten ...") */
        if (anonymous_before(doc, ta, possessor)) return -1;
        int32_t e = resolve_pronoun(doc, ta, possessor, false, -1);
        if (e >= 0) nf_mention_add(doc, ta, ta + 1, e, NF_MK_PRONOUN);
        return e;
    }
    /* "der 40-Jährige", "die 35-Jährige": a person by age, like a pronoun
     * of the article's gender (persons only). */
    char age_gender = age_description(doc, ta, tb);
    if (age_gender) {
        int32_t e = resolve_pronoun(doc, ta, age_gender, true, -1);
        if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
        return e;
    }
    /* "Angaben der Polizei in Leipzig", "Informationen des Senders",
     * "Presseaussendung der Polizei": the one whose statement it is (the
     * speaker span holds the noun). */
    /* (or a name in the genitive right after the noun: "Angaben Putins",
     * "einer am Donnerstag verbreiteten Erklärung Bans") */
    for (size_t k = ta; k + 1 < tb && k < ta + 6; k++) {
        if (!speech_noun_word(doc, k) && !declaration(doc, k)) {
            if (k > ta && (doc->tokens[k].flags & NF_TF_CAP) && !doc->claimed[k])
                break; /* the head is another noun (a date's words are none) */
            continue;
        }
        if (k + 2 < tb && (nf_tok_is(doc, k + 1, "der") || nf_tok_is(doc, k + 1, "des") ||
                           nf_tok_is(doc, k + 1, "von") || nf_tok_is(doc, k + 1, "vom")))
            return nf_coref_resolve(doc, nf_tok_is(doc, k + 1, "von") ? k + 2 : k + 1, tb);
        size_t i = nf_mention_first_at(doc, k + 1);
        const nf_mention *m = i < doc->nmentions ? &doc->mentions[i] : NULL;
        const char *last = nf_tok(doc, tb - 1);
        char end = last[doc->tok_len[tb - 1] - 1];
        if (m && m->ta == k + 1 && m->tb == tb && m->kind == NF_MK_NAME &&
            (end == 's' || end == '\'') && doc->entities[m->entity].type != NF_ENT_GPE)
            return m->entity;
        break;
    }
    /* "nach Polizeiangaben", "Armeeberichten zufolge", "laut
     * Firmenangaben": the institution or the company of the compound's
     * first part, as "die Polizei" would be; not a newspaper or an agency
     * ("Zeitungsberichten zufolge" credits several, none named) */
    /* "nach Spiegel-Informationen", "laut ORF-Angaben": the organisation
     * the gazetteer names before the hyphen */
    /* (after an article, and a place after it that tells where: "des
     * G8-Gipfels von L'Aquila") */
    static const char *const articles[] = {"der", "die", "das", "des", "dem", "den", NULL};
    size_t c = tb > ta + 1 && nf_tok_in(doc, ta, articles) ? ta + 1 : ta;
    bool alone = tb == c + 1 ||
                 (tb > c + 2 && (nf_tok_is(doc, c + 1, "von") || nf_tok_is(doc, c + 1, "in")));
    /* (not a compound that is a name itself: "EU-Gipfel", the European
     * Council) */
    int32_t named_source = alone && !nf_mention_over(doc, c) ? hyphen_source(doc, c) : -1;
    if (named_source >= 0) return named_source;
    size_t part = 0;
    const char *source = tb == ta + 1 ? nf_compound_source_role(doc, ta, &part) : NULL;
    if (source && (nf_role_is(source, "newspaper") || nf_role_is(source, "news_agency") ||
                   strncmp(nf_tok(doc, ta), "Agentur", 7) == 0))
        return -1;
    /* (no mention: the statements are the institution's, no name of it a
     * pronoun after them could take up) */
    if (source) return compound_institution(doc, ta, ta, source, part, NULL);
    /* A phrase that a qualifier of a figure or a quantifier opens speaks
     * for no one in particular: "Kaum ein Politiker", "Fast jeder Fünfte",
     * "Rund 60 Prozent der Befragten", "Kein Minister" (qualifiers.txt;
     * a vague count of a nation's people is the nation's, as the people
     * are: "hunderte Osttimoresen"). */
    static const char *const quantifiers[] = {"jeder", "jede", "kein", "keine", "keiner", NULL};
    size_t qualified = 0;
    const nf_lex_entry *qual = nf_tok_qualifier(doc, ta, tb, &qualified);
    const char *qv = qual ? nf_lex_val(&doc->pack->qualifiers, qual) : "";
    if ((qual && strncmp(qv, "vague", 5) != 0 && strncmp(qv, "many", 4) != 0) ||
        nf_tok_in(doc, ta, quantifiers))
        return -1;
    /* Indefinite descriptions are anonymous speakers ("ein Sprecher"),
     * but a spokesperson speaks for the institution the phrase names, as
     * "der Sprecher der Polizei" does below. */
    const char *first = nf_tokl(doc, ta);
    if (strncmp(first, "ein", 3) == 0 && doc->tok_llen[ta] <= 5) {
        /* (but a person named after adjectives is that person: "erklärte
         * ein überglücklicher Thiem") */
        size_t a = ta + 1;
        while (a < tb && doc->tokens[a].kind == NF_TOK_WORD && (doc->tokens[a].flags & NF_TF_LOWER))
            a++;
        for (size_t i = nf_mention_first_at(doc, a);
             a > ta + 1 && i < doc->nmentions && doc->mentions[i].ta == a; i++)
            if (doc->mentions[i].kind == NF_MK_NAME && doc->mentions[i].tb == tb &&
                doc->entities[doc->mentions[i].entity].type == NF_ENT_PERSON)
                return (int32_t)doc->mentions[i].entity;
        return spokesperson_for(doc, ta, tb);
    }
    /* The head: the first role noun or capitalised word of the phrase. */
    size_t head = ta, adj_at = 0;
    const char *country = NULL;
    while (head < tb) {
        const nf_token *t = &doc->tokens[head];
        const char *iso = nf_adjective_at(doc, head);
        if (iso && !country) country = iso, adj_at = head;
        /* (a capitalised country's adjective before a capitalised word is
         * none: "Die US-amerikanische Regierung"; "der Deutsche" is, and
         * one a name holds: "der Syrischen Beobachtungsstelle") */
        if (t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP) &&
            !(iso && head + 1 < tb && (doc->tokens[head + 1].flags & NF_TF_CAP) &&
              !nf_mention_over(doc, head)) &&
            !nf_tok_find(doc, head, &doc->pack->sentence_starters))
            break;
        head++;
    }
    /* "dortige": the country of the place the text named last ("In
     * Italien ... Der dortige Kassationsgerichtshof") */
    for (size_t k = ta; k < head && !country; k++)
        if (doc->tok_llen[k] >= 7 && memcmp(nf_tokl(doc, k), "dortig", 6) == 0 &&
            (country = place_country_before(doc, ta)) != NULL)
            adj_at = k;
    /* a city's adjective before a role noun, in no name ("der Berliner
     * Zeitung" is one): the city's country ("die Salzburger Polizei", "die
     * Brüsseler Staatsanwaltschaft") */
    const char *city_iso;
    if (!country && head + 1 < tb && !nf_mention_over(doc, head) &&
        nf_role_at(doc, head + 1, NULL, NULL) &&
        (city_iso = nf_city_adjective_at(doc, head)) != NULL)
        country = city_iso, adj_at = head, head++;
    /* a country's name in the genitive before a person's role noun
     * ("Irans Präsident") or after it ("der Präsident Russlands") */
    bool genitive = false, gen_org = true;
    char named_country[4];
    const char *gen = head + 1 < tb ? nf_genitive_country_at(doc, head) : NULL;
    if (gen && !country && nf_role_at(doc, head + 1, NULL, &gen_org) && !gen_org)
        country = gen, genitive = true, head++;
    char gender = 0;
    bool org = false;
    const char *role = head < tb ? nf_role_at(doc, head, &gender, &org) : NULL;
    /* "die Vorsitzende" is a woman, "den Abgeordneten" none */
    if (role && !org && !gender && head > ta && nf_adjective_noun_at(doc, head))
        gender = nf_adjective_noun_gender(doc, ta, head);
    if (role && !org && seat_chief(doc, head, role)) role = head_of_state_role(doc);
    /* (a noun in -en after "des" or "dem" is a singular: "des Internet-Riesen") */
    bool compound = false; /* the role is a compound's last part */
    if (!role && head + 1 == tb &&
        (!nf_plural_in_en(doc, head) || nf_tok_is(doc, ta, "des") || nf_tok_is(doc, ta, "dem")) &&
        !nf_mention_over(doc, head))
        role = nf_compound_org_role(doc, head, &gender), org = compound = role != NULL;
    /* a company's compound whose first part the lists name, named before
     * or not ("Der Siemens-Konzern teilte mit", as definite_descriptions
     * reads it) */
    int32_t own = role && org && head + 1 == tb && !nf_mention_over(doc, head)
                      ? nf_company_of_compound(doc, head, role)
                      : -1;
    if (own >= 0) {
        nf_mention_add(doc, ta, tb, own, NF_MK_NOMINAL);
        return own;
    }
    bool any_country = false; /* a compound's country: see resolve_person_description */
    if (role && !org && !country && (country = compound_country(doc, head)) != NULL)
        any_country = true;
    bool own_country = false; /* "der Kremlchef": the noun names the country */
    if (role && !org && !country && (country = nf_role_country(role)) != NULL) own_country = true;
    /* "der Bundeskanzler": the federation the text is about */
    if (role && !org && !country && (country = nf_federal_country(doc, head)) != NULL)
        own_country = true;
    if (role && !org && !country && head + 1 < tb &&
        (country = nf_genitive_country_at(doc, head + 1)) != NULL)
        genitive = true;
    /* ... or the country after an article ("der Präsident der USA", "des
     * Premierministers des Vereinigten Königreichs"): the office's holder
     * too, not the country */
    if (role && !org && !country && head + 2 < tb &&
        (nf_tok_is(doc, head + 1, "der") || nf_tok_is(doc, head + 1, "des")) &&
        nf_country_mention_at(doc, head + 2, named_country))
        country = named_country, genitive = true;
    /* Mentions inside the span: the last name of a person for a person
     * description ("der russische Präsident Wladimir Putin"), the owner for
     * an organisation ("der Pressedienst des Kreml"): the first mention
     * after the head noun, a person or organisation before a place ("das
     * Ministerium von Alois Stöger (SPÖ)" is the minister's; "das
     * Gesundheitsministerium der im Gazastreifen regierenden Hamas" the
     * Hamas's). */
    int32_t inner = -1, inner_person = -1, itself = -1, owner = -1;
    size_t inner_person_ta = 0;
    size_t itself_tb = 0, owner_ta = 0;
    bool inner_modifier = false; /* inner is a place_modifier */
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= tb) break;
        if (m->tb <= ta || m->kind == NF_MK_ADJECTIVE) continue;
        /* a place after "in" in a person's description locates, it owns
         * nothing: "der Sprecher der Kommission in Luxemburg" speaks for
         * no Luxembourg ("die Regierung in Moskau" is an institution's
         * seat, below), nor in an embassy's ("die griechische Botschaft
         * in Berlin" is Greece's) */
        if (role && (!org || nf_role_away_from_seat(role)) && m->ta > ta &&
            nf_place_type(doc->entities[m->entity].type) &&
            (nf_tok_is(doc, m->ta - 1, "in") || nf_tok_is(doc, m->ta - 1, "im")))
            continue;
        inner = (int32_t)m->entity;
        inner_modifier = place_modifier(doc, m, head, tb);
        if (doc->entities[m->entity].type == NF_ENT_PERSON && m->kind == NF_MK_NAME)
            inner_person = (int32_t)m->entity, inner_person_ta = m->ta;
        /* an organisation whose mention holds the head noun is the one the
         * phrase names ("Die [polnische Regierung] in Warschau"), not its
         * owner */
        if (m->ta <= head && head < m->tb && doc->entities[m->entity].type == NF_ENT_ORG)
            itself = (int32_t)m->entity, itself_tb = m->tb;
        else if (m->ta > head && (owner < 0 || (nf_place_type(doc->entities[owner].type) &&
                                                !nf_place_type(doc->entities[m->entity].type))))
            owner = (int32_t)m->entity, owner_ta = m->ta;
    }
    /* a person's noun with the person set off after the phrase: "der
     * UN-Hochkommissar für Menschenrechte, Zeid Al-Hussein, sagte" is the
     * man, not the office the gazetteer names so */
    if (itself >= 0 && nf_person_noun_at(doc, head)) {
        int32_t e = apposition_named(doc, ta, tb, APPOS_PERSON);
        if (e >= 0) return e;
    }
    /* ... of the owner's country, when one is named after it: "das
     * Verteidigungsministerium der Vereinigten Staaten" is no German one
     * (an organisation of no country's has its branch in any: "Das Rote
     * Kreuz Haitis") */
    if (itself >= 0 && owner >= 0 && doc->entities[owner].country[0] &&
        doc->entities[itself].country[0] &&
        strcmp(doc->entities[owner].country, doc->entities[itself].country) != 0)
        itself = -1;
    /* ... unless a name follows the head noun outside that mention: "die
     * israelische Tageszeitung Haaretz", "der Fernsehsender „Channel 10“"
     * name the paper and the channel (nf_org_of_owner reads them so), while
     * "Die [Staatsanwaltschaft Oslo]" is the one mention */
    size_t after = head + 1;
    while (after < tb && doc->tokens[after].kind == NF_TOK_QUOTE) after++;
    if (after < tb && after >= itself_tb && (doc->tokens[after].flags & NF_TF_CAP)) itself = -1;
    if (role && org && itself >= 0) {
        nf_mention_add(doc, ta, tb, itself, NF_MK_NOMINAL);
        return itself;
    }
    if (role && org && inner >= 0 && head < tb) {
        int32_t e =
            nf_org_of_owner(doc, head, tb, role, nf_role_len(role), owner >= 0 ? owner : inner);
        if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
        return e;
    }
    /* a person's noun with a person after "von" or a genitive: the noun's
     * person is another, the one set off after the phrase if any ("der
     * Sprecher von Präsident Wladimir Putin, Dmitri Peskow") */
    if (inner_person >= 0 && ((role && !org) || nf_person_noun_at(doc, head)) &&
        inner_person_ta > head) {
        bool of = false;
        for (size_t j = head + 1; j < inner_person_ta && !of; j++)
            of = nf_tok_is(doc, j, "von") || nf_tok_is(doc, j, "des") || nf_tok_is(doc, j, "der");
        /* (the person's name in the genitive right after the noun: "Der
         * behandelnde Arzt Lahms", whose doctor no name of the text is) */
        bool owned = inner_person_ta == head + 1 && person_in_genitive(doc, head + 1, inner_person);
        int32_t e = of || owned ? apposition_named(doc, ta, tb, APPOS_PERSON) : -1;
        /* (or the one the phrase is set off after: "Olexandr Turtschynow,
         * der Exstellvertreter von Timoschenko, sagte") */
        if (e < 0 && (of || owned)) e = person_before_comma(doc, ta);
        if (e >= 0 && e != inner_person) return e;
        if (owned) return -1;
    }
    if (inner_person >= 0) return inner_person;
    /* a person's role before the organisation it is named by: the person
     * in apposition is the one ("Die Vorsitzende des Bundesverbands,
     * Brigitte Wischnewski, ...") */
    if (role && !org && inner >= 0) {
        int32_t e = apposition_named(doc, ta, tb, APPOS_PERSON);
        if (e >= 0) return e;
    }
    /* something of an owner named after the head noun ("von EADS", "der
     * WHO"; not a name right after it, "der Staat Louisiana"), then a name
     * in apposition, closed by a comma: "der US-Partner von EADS, Northrop
     * Grumman, der ...", "Der Leiter des Programms der WHO, Klaus Stöhr, ..." */
    if (inner >= 0 && owner >= 0 && itself < 0 && !role && owner_ta > after) {
        int32_t e = apposition_named(doc, ta, tb, APPOS_ANY);
        if (e >= 0) return e;
    }
    /* an organisation whose name holds the phrase's head, with no role
     * noun there, is what the phrase names, not its owner after it ("Das
     * Auswärtige Amt der Bundesrepublik") */
    if (!role && itself >= 0) return itself;
    /* the country of "Irans Präsident" is no person: the office's holder
     * is, below; nor is the place where a person or thing of the head
     * noun belongs ("der Polizeichef von Kandahar", "Frankreichs
     * Serienmeister") */
    bool person_role = role && !org;
    bool place_speaks = !inner_modifier || (person_role && speaks_for_place(role));
    /* a phrase that ends in a noun of a person's office after the name of
     * an organisation names a person, not the organisation ("der
     * ehemalige Mazda Österreich-Chef"; a place's office speaks for the
     * place, above and below: "Kärntens Landeshauptmann") */
    bool last_org = false;
    if (inner >= 0 && tb - 1 > head && doc->entities[inner].type == NF_ENT_ORG &&
        nf_role_at(doc, tb - 1, NULL, &last_org) && !last_org && !nf_mention_over(doc, tb - 1))
        return -1;
    /* "der Generalsekretär der Vereinten Nationen": the holder of the
     * organisation's office, no one named, not the organisation */
    if (person_role && inner >= 0 && head == ta + 1 && head + 2 < tb) {
        int32_t holder = nf_igo_office_holder_at(doc, head);
        if (holder >= 0) {
            nf_mention_add(doc, ta, tb, holder, NF_MK_NOMINAL);
            return holder;
        }
    }
    if (inner >= 0 && !(genitive && person_role) && place_speaks) return inner;
    /* "Der Airbus-Vorstandsvorsitzende Enders": a known surname inside. */
    for (size_t k = tb; k > head; k--) {
        int32_t e = person_by_surname(doc, k - 1);
        if (e >= 0) return e;
    }
    /* "das Amt des Präsidenten", "um den Posten des Bürgermeisters": the
     * office, no one in it */
    if (role && !org && ta > 0 && (nf_tok_is(doc, ta, "des") || nf_tok_is(doc, ta, "der")) &&
        nf_office_noun_at(doc, ta - 1))
        return -1;
    if (role && !org && !plural_description(doc, ta, head, gender) &&
        !of_another_body(doc, head, tb)) {
        int32_t e = resolve_person_description(doc, ta, tb, role, nf_role_len(role), country,
                                               any_country, gender);
        /* "der SPD-Chef": not one the text gives another party, but the
         * one it gives that party */
        const char *party = head + 1 == tb ? compound_party(doc, head) : NULL;
        if (e >= 0 && other_party(doc, party, e)) e = -1;
        if (e < 0 && party) e = party_member_before(doc, ta, party, gender);
        /* no one named in the office: its holder on the document's date */
        if (e < 0 && country && (any_country || genitive || own_country || adj_at + 1 == head))
            e = nf_office_holder_at(doc, head);
        if (e < 0 && !country && head == ta + 1 && head + 1 == tb)
            e = nf_igo_office_holder_at(doc, head);
        if (e >= 0) {
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
    }
    /* "der Vertreter Libyens": no holder, the country */
    if (genitive && inner >= 0 && place_speaks) return inner;
    /* an organisation's noun with the organisation's name set off after
     * it: "der vatikaneigene Radiosender, Radio Vatikan, meldete" */
    if (role && org && head + 1 == tb) {
        int32_t e = apposition_named(doc, ta, tb, APPOS_ORG);
        if (e >= 0) return e;
    }
    if (role && org && head + 1 == tb &&
        (singular_definite(doc, ta, head, gender) || bare_singular(doc, ta, head))) {
        /* "der Konzern", "die Partei", "laut Polizei" */
        if (compound && nf_role_is(role, "association")) {
            /* "der Jagdverband" is no association the text named otherwise:
             * only the one it introduced by that noun ("des
             * Digitalverbands Bitkom") or whose name holds it */
            int32_t e = org_introduced_as(doc, ta, head);
            if (e < 0) e = org_named_with_noun(doc, ta, head, false);
            if (e >= 0) nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
        /* (a class of them is a group of its own: "Konzerne warnen") */
        bool group = ta == head && bare_plural_subject(doc, head);
        int32_t e = group ? -1
                          : resolve_org_description(doc, ta, role, nf_role_len(role), country,
                                                    armed_fit_of(doc, head));
        /* (a compound of a state body's noun names another body than
         * the noun alone: "die Alpinpolizei Axams" ... "die Polizei"
         * elsewhere) */
        if (e < 0 && !country && !group)
            e = org_named_with_noun(doc, ta, head, !state_sector(role));
        if (e < 0) e = new_institution(doc, head, role, country);
        if (e >= 0) {
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
    }
    if (!role && head + 1 == tb &&
        (head == ta + 1 || nf_definite_article_before(doc, head, ta, 3) == ta)) {
        /* "der Franzose", "die Kasachin", "der 69-jährige Niederländer":
         * the person of that nation just named, else the one a pronoun
         * of the noun's gender would be, when the text gives that person
         * no other country (which the noun then gives) */
        const char *iso = NULL;
        int32_t e = demonym_person(doc, ta, head, false, &iso);
        if (e >= 0) {
            take_described_country(doc, e, iso);
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
    }
    /* "seine Anwältin" after "dessen Anwältin Klára Samková": the one
     * person the text introduced by that noun (a possessive's noun names
     * someone else than the possessor, whom nothing else here finds) */
    bool possessive =
        nf_tok_possessive(doc, ta) || nf_tok_is(doc, ta, "dessen") || nf_tok_is(doc, ta, "deren");
    if (head + 1 == tb && head == ta + 1 && possessive && nf_person_noun_word(doc, head)) {
        int32_t e = person_introduced_as(doc, ta, head);
        if (e >= 0) {
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
    }
    bool die = nf_tok_is(doc, ta, "die");
    if (head + 1 == tb && head == ta + 1 &&
        (die || nf_tok_is(doc, ta, "der") || nf_tok_is(doc, ta, "dem") ||
         nf_tok_is(doc, ta, "den") || nf_tok_is(doc, ta, "des"))) {
        /* "der Teamchef": the person the text introduced as such ("die"
         * before a woman's noun or name only: "die Spieler" are several) */
        int32_t e = person_introduced_as(doc, ta, head);
        size_t hl = doc->tok_llen[head];
        bool feminine = hl > 3 && memcmp(nf_tokl(doc, head) + hl - 2, "in", 2) == 0;
        /* "die Professorin", "die Forscherin": a woman's noun, the woman
         * the text named last, in this sentence or the two before, as "sie"
         * would be */
        if (e < 0 && die && feminine && nf_person_noun_word(doc, head)) {
            int32_t p = resolve_pronoun(doc, ta, 'f', true, -1);
            const nf_mention *last = p >= 0 ? last_mention_before(doc, p, ta) : NULL;
            /* (not one of another party: "die CDU-Kanzlerkandidatin" after
             * a minister of the SPD) */
            const char *party = p >= 0 ? compound_party(doc, head) : NULL;
            if (last && doc->entities[p].gender == 'f' && !doc->entities[p].plural &&
                doc->tok_sent[last->ta] + 2 >= doc->tok_sent[ta] && !other_party(doc, party, p) &&
                !introduced_otherwise(doc, p, ta, head))
                e = p;
        }
        if (e >= 0 && (!die || feminine || doc->entities[e].gender == 'f')) {
            nf_mention_add(doc, ta, tb, e, NF_MK_NOMINAL);
            return e;
        }
    }
    /* a name set off after a noun phrase ("der Trainer, Jens Weber,"); not
     * after a word in lower case alone ("glaubte man, Hitler komme ...":
     * an indefinite pronoun, whose comma opens what is said) */
    return head < tb ? apposition_named(doc, ta, tb, APPOS_PERSON) : -1;
}

/* See stages.h. */
bool nf_coref_describes(nf_doc *doc, size_t ta, size_t tb, int32_t ent) {
    if (!doc || ent < 0 || (size_t)ent >= doc->nentities || tb < ta + 2 || tb > doc->ntokens)
        return false;
    size_t head = tb - 1;
    /* a definite article, adjectives in lower case, the role noun ("ein
     * Sprecher" is someone else) */
    static const char *const definite[] = {"der", "die", "das", "dem", "den", "des", NULL};
    bool def = false;
    for (const char *const *a = definite; *a && !def; a++) def = nf_tok_is(doc, ta, *a);
    if (!def) return false;
    for (size_t k = ta + 1; k < head; k++)
        if (doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_LOWER))
            return false;
    const nf_entity *e = &doc->entities[ent];
    if (e->plural || nf_mention_over(doc, head)) return false;
    /* "der Franzose", "der Wiener": a person of that country, or of none
     * the text gives */
    const char *iso = tb == ta + 2 ? nf_singular_demonym(doc, head) : NULL;
    if (!iso && tb == ta + 2 && nf_tok_is(doc, ta, "der")) iso = nf_city_adjective_at(doc, head);
    if (iso) {
        if (e->type != NF_ENT_PERSON || (e->country[0] && strncmp(e->country, iso, 3) != 0))
            return false;
        take_described_country(doc, ent, iso);
        return nf_mention_add(doc, ta, tb, ent, NF_MK_NOMINAL);
    }
    char gender = 0;
    bool org = false;
    const char *role = nf_role_at(doc, head, &gender, &org);
    if (!role) {
        /* an occupation's noun ("der Regisseur", "die Anwältin"), alone
         * or after a name and a hyphen (below): a person, of the article's
         * gender, whom the text gave no role or a role it may be
         * ("Trainer Peter Schöttel ... der Trainer") */
        if (!nf_occupation_noun(doc, head) || e->type != NF_ENT_PERSON ||
            plural_description(doc, ta, head, 0))
            return false;
        /* (not one who holds an office the role list knows: "der
         * Studienautor" after "Integrationsminister Sebastian Kurz" is
         * another) */
        if (e->role) return false;
        /* (a compound names the occupation too: "der Drehbuchautor", "der
         * Austria-Trainer", "der Lufthansa-Manager") */
        const char *of = compound_country(doc, head);
        if (of && !same_country_or_titled(doc, ent, of)) return false;
        gender = nf_tok_is(doc, ta, "die") ? 'f' : nf_tok_is(doc, ta, "der") ? 'm' : 0;
        if (!gender || ((e->gender == 'm' || e->gender == 'f') && e->gender != gender))
            return false;
        return nf_mention_add(doc, ta, tb, ent, NF_MK_NOMINAL);
    }
    size_t rl = nf_role_len(role);
    if (org) {
        if (e->type != NF_ENT_ORG || !singular_definite(doc, ta, head, gender)) return false;
        if (e->role && !nf_role_is(role, e->role) && !org_role_fits(role, rl, e->role))
            return false;
    } else {
        if (e->type != NF_ENT_PERSON || plural_description(doc, ta, head, gender)) return false;
        /* "der Vorsitzende", "die Vorsitzende": the article tells */
        if (gender != 'm' && gender != 'f')
            gender = nf_tok_is(doc, ta, "die") ? 'f' : nf_tok_is(doc, ta, "der") ? 'm' : 0;
        if (gender && (e->gender == 'm' || e->gender == 'f') && e->gender != gender) return false;
        /* (an office held only before or after the document's date says
         * nothing of the role the person has on it: "Der CDU-Vorsitzende"
         * is Friedrich Merz in February 2025, chancellor from May) */
        bool known = e->role && !e->role_past;
        if (known && !person_role_fits(role, rl, e)) return false;
        /* a spokesperson, a judge or a prosecutor the text describes after
         * someone of no known role is another person ("..., sagte Prieth.
         * Der Richter muss nun entscheiden") */
        if (!known && (nf_role_is(role, "spokesperson") || nf_role_is(role, "judge") ||
                       nf_role_is(role, "prosecutor")))
            return false;
        /* "der CSU-Chef": a party's or country's office, someone of the
         * speaker's country only, and of that party where the text names
         * theirs ("Klingbeil (SPD) traf Merz (CDU).  Der SPD-Chef") */
        const char *of = compound_country(doc, head);
        if (of && !same_country_or_titled(doc, ent, of)) return false;
        if (other_party(doc, compound_party(doc, head), ent)) return false;
    }
    return nf_mention_add(doc, ta, tb, ent, NF_MK_NOMINAL);
}
