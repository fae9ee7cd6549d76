/* event_args.h - the arguments of an event trigger: its clause, the actors
 * standing as subject, object, prepositional or passive agent, with the
 * actors coordinated with them ("die EU und die USA").  Used by events.c;
 * implemented in event_args.c. */
#ifndef NF_EVENT_ARGS_H
#define NF_EVENT_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

/* The actors one argument may list ("die USA, Russland, China, Frankreich,
 * Großbritannien und Deutschland"). */
#define EV_MAX_ACTORS 8

/* The actors of one argument, in text order; entity indices. */
typedef struct ev_actors {
    int32_t e[EV_MAX_ACTORS];
    size_t n;
} ev_actors;

/* True when the prefield [ca, k) of the clause whose verb is at k is a
 * pair's phrase ("Beide Seiten", "die beiden Präsidenten", "Die beiden
 * Länder") and an act between two actors stands at most two sentences
 * before it ("Tokajew empfing Wang. Beide Seiten unterzeichneten ..."):
 * its source and target go to *a and *b. */
bool ev_pair_subject(const nf_doc *doc, size_t k, size_t ca, int32_t *a, int32_t *b);

/* True when an act between two actors stands at most two sentences before
 * token ca: its source and target go to *a and *b. */
bool ev_last_pair(const nf_doc *doc, size_t ca, int32_t *a, int32_t *b);

/* True when clause [ca, cb) of a mutual act's noun at k refers to a
 * meeting or a visit by a genitive other than k ("Im Rahmen des Besuchs
 * ist die Unterzeichnung ... geplant") and an act
 * between two actors stands at most two sentences before it: its parties
 * go to *a and *b, the parties of a mutual act's noun that names none. */
bool ev_meeting_pair(const nf_doc *doc, size_t k, size_t ca, size_t cb, int32_t *a, int32_t *b);

/* The mention (not an adjective) that covers token k, or NULL.  Points into
 * doc->mentions. */
const nf_mention *ev_mention_at(const nf_doc *doc, size_t k);

/* Indexes the mentions by token for ev_mention_at (which otherwise reads
 * them from the first); nf_mention_add keeps the index up to date.  False
 * when memory runs out. */
bool ev_index_mentions(nf_doc *doc);

/* The first actor mention in tokens [a, b), skipping those after a
 * preposition when `bare` is set; -1 when none.  `at` (may be NULL) gets
 * its first token. */
int32_t ev_actor_in(const nf_doc *doc, size_t a, size_t b, bool bare, size_t *at);

/* True when the name ending at token j may be in the genitive: it ends
 * in "s" or an apostrophe ("Putins", "Paris'"), or it is a word whose
 * genitive looks the same ("USA"). */
bool ev_genitive_name_end(const nf_doc *doc, size_t j);

/* True when token j joins two verb phrases or clauses ("und", "oder",
 * "aber", "sondern"). */
bool ev_conjunction(const nf_doc *doc, size_t j);

/* True when token v is a lower-case word that can be a finite verb an
 * event reads: an auxiliary, a modal or an event trigger. */
bool ev_finite_verb(const nf_doc *doc, size_t v);

/* True when the words from token k (before sb) open a subordinate or
 * relative clause after a comma ("dass", "weil", "die am 1. Juli ...",
 * or a reported clause). */
bool ev_opens_subclause(const nf_doc *doc, size_t k, size_t sb);

/* True when the words from token k (before sb) open a reported clause
 * without "dass": an actor or pronoun and a Konjunktiv I auxiliary
 * ("kritisierte, die EU-Kommission habe sich ..."). */
bool ev_reported_clause(const nf_doc *doc, size_t k, size_t sb);

/* The clause around token k of sentence [sa, sb) as tokens [*ca, *cb). */
void ev_clause_of(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t *ca, size_t *cb);

/* The subjects of the clause [ca, cb) holding a verb at k (see
 * event_args.c); `out` is empty when none is found. */
void ev_subjects(nf_doc *doc, size_t k, size_t ca, size_t cb, ev_actors *out);

/* The objects of a verb at k: the accusative or dative actors after it,
 * an object pronoun, the actor before a verb-final verb, failing those an
 * actor named inside the object ("die Bestrebungen der Bevölkerung im
 * Kosovo").  Actors in `not` are skipped. */
void ev_objects(nf_doc *doc, size_t k, size_t ca, size_t cb, const ev_actors * not, ev_actors *out);

/* The actors after preposition `prep` following token k in [k, cb), else
 * after one in [ca, k) (a verb-final verb: "in den Libanon zu entsenden"). */
void ev_pp_actors(nf_doc *doc, size_t k, size_t ca, size_t cb, const char *prep, ev_actors *out);

/* The country entity of a place named after "in", "auf", "nach", "gegen"
 * in (k, cb), or by a nationality adjective's phrase as the object (after
 * the verb, or before a verb-final one in its clause [ca, k)), not one of
 * `not`; -1 when none: the target of an attack on things in that place. */
int32_t ev_place_target(nf_doc *doc, size_t k, size_t ca, size_t cb, const ev_actors * not );

/* The agents of a passive ("von Israel", "vom Parlament", "durch die
 * Armee") between token `from` and cb. */
void ev_agents(nf_doc *doc, size_t from, size_t cb, ev_actors *out);

/* True when the clause [ca, cb) holds a form of "werden", or "sich" with
 * a form of "sehen" or "fühlen" ("sieht sich bedroht"). */
bool ev_passive_clause(const nf_doc *doc, size_t ca, size_t cb);

/* The government an entity stands for when it is a place ("nach Moskau"
 * -> Russia); other entities (and -1) stand for themselves. */
int32_t ev_government_of(nf_doc *doc, int32_t e);

/* Two actors of different countries named in [ca, cb) for a mutual act;
 * false when there are not two. */
bool ev_two_actors(nf_doc *doc, size_t ca, size_t cb, int32_t *a, int32_t *b);

/* The speaker entity of the quotation holding token k, or -1: who says
 * what a reported clause states. */
int32_t ev_quote_speaker(const nf_doc *doc, size_t k);

/* The party a trigger noun at k names itself, or -1: the country of a
 * nationality adjective right before it ("die israelischen Angriffe"), else
 * with `genitive_after` (a noun whose target is not its genitive) an actor
 * in the genitive right after it ("die Angriffe Israels auf", "der
 * Rücktritt des Ministers") or after "von" (no place: "die Einreise von
 * Griechenland" is where from) or "durch" ("der Besuch von Präsident
 * Obama", "die Eroberung durch die Armee"). */
int32_t ev_noun_party(nf_doc *doc, size_t k, size_t cb, bool genitive_after);
/* The actor in the genitive right after a trigger noun at k, or after
 * "von" (no place) or "durch" there: ev_noun_party's second half; -1 when
 * there is none. */
int32_t ev_noun_genitive(nf_doc *doc, size_t k, size_t cb);
/* True when the word at k is the quantifier "einigen" or "einige"
 * before its noun ("vor einigen Wochen", "einigen der Gegner"), not the
 * verb of agreeing; sb ends the sentence. */
bool ev_quantifier_einigen(const nf_doc *doc, size_t k, size_t sb);

/* Whether the subject of the clause [ca, cb) does the act a trigger noun
 * at k names, and why: a support verb of lang/de/support-verbs.txt stands in the
 * clause ("startete die Offensive", "hat Sanktionen verhängt"), or "sich
 * ... bekannt", or a possessive opens the noun's phrase ("kündigte seinen
 * Besuch an"), or (with `meeting`, for acts of intent, meeting and
 * cooperation) the noun fills a time or an aim after "bei", "nach",
 * "während", "zu" or "auf" ("sagte X bei einem Besuch in Athen").
 * Elsewhere the subject speaks of another's act ("China kritisierte die
 * Militärübung"). */
typedef enum ev_noun_subject {
    EV_SUBJECT_NONE,    /* the subject speaks of another's act */
    EV_SUBJECT_PHRASE,  /* the noun's phrase says so: a possessive, a time */
    EV_SUBJECT_SUPPORT, /* a support verb: its object is the act's target */
} ev_noun_subject;
ev_noun_subject ev_subject_does_noun(const nf_doc *doc, size_t k, size_t ca, size_t cb,
                                     bool meeting);
/* The country a compound trigger noun at k names by the part before its
 * last `head_len` bytes ("Japanbesuch", "Israel-Reise"), or -1. */
int32_t ev_compound_country(nf_doc *doc, size_t k, size_t head_len);
/* True when token k is one of the words in `list` (NULL-terminated, lower
 * case). */
bool ev_tok_in(const nf_doc *doc, size_t k, const char *const *list);
/* True when `e` is one of the list's actors. */
bool ev_has(const ev_actors *list, int32_t e);

#endif
