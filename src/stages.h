/* stages.h - the stages that run after segmentation, in order. */
#ifndef NF_STAGES_H
#define NF_STAGES_H

#include "doc.h"

/* Times: finds and resolves time expressions, infers doc_date from the text
 * when the input gave none (times.c). */
nf_status nf_stage_times(nf_doc *doc, nf_error *err);

/* Amounts: figures with their units, objects, measures and periods
 * (amounts.c).  Runs after times, whose tokens it leaves alone. */
nf_status nf_stage_amounts(nf_doc *doc, nf_error *err);

/* The first and last day of amount a's period ({year, month, day} each);
 * false when it has none.  A figure of a change "von A auf B" over several
 * years gets the first or the last year only (amounts.c). */
bool nf_amount_period(const nf_doc *doc, const nf_amount *a, int first[3], int last[3]);

/* Entities: names from the gazetteers and by rule, linked to canonical
 * actors; nominal and pronoun mentions resolved within the document
 * (entities.c, coref.c). */
nf_status nf_stage_entities(nf_doc *doc, nf_error *err);

/* The entity that tokens [ta, tb) refer to: a mention already covering the
 * span's head, else a name, description ("der russische Präsident") or
 * pronoun ("er") resolved through coreference and added as a new mention.
 * Returns the entity index, or -1 when nothing fits (coref.c). */
int32_t nf_coref_resolve(nf_doc *doc, size_t ta, size_t tb);

/* What a relative pronoun "der" or "die" after a comma at token k refers
 * to: the person (of the pronoun's gender) or organisation named right
 * before the comma, past an apposition opening with a role noun; never a
 * place.  -1 when none (coref.c). */
int32_t nf_relative_antecedent(const nf_doc *doc, size_t k);

/* True when the word at token k is an event trigger whose reading in its
 * sentence has CAMEO code `code` ("verurteilte ihn zu fünf Jahren Haft" is
 * 173, a legal act; "verurteilte den Anschlag" 111): for a stage that asks
 * what a word means there (events.c). */
bool nf_event_code_at(const nf_doc *doc, size_t k, const char *code);

/* True when the verb form at token k is a participle that describes the
 * noun after it ("der festgenommene Reporter", "den am Montag wegen
 * Betrugs verurteilten Mann"): no act of a subject's (events.c). */
bool nf_attributive_participle(const nf_doc *doc, size_t k);

/* Makes the subjects that open their sentences as the holder of an office
 * of a country ("Der Bundeskanzler nahm Stellung.", "Der russische
 * Präsident reiste ab.") mentions of that holder on the document's date,
 * so that a pronoun after them can take them up (coref.c).  Returns false
 * when memory runs out. */
bool nf_coref_office_subjects(nf_doc *doc);

/* Resolves every personal pronoun of the third person singular ("er",
 * "ihm", "sie") that no stage has asked about yet and adds it as a
 * pronoun mention of the person it stands for, where one of its gender
 * fits: the entities layer's mentions of each actor, whatever the quotes
 * and events read from them.  Runs after the stages that ask, so that
 * their answers stay the same.  Returns false when memory runs out
 * (coref.c). */
bool nf_coref_pronouns(nf_doc *doc);

/* Adds the description right before a person's or an organisation's
 * name as a nominal mention of it ("der russische Präsident" of "der
 * russische Präsident Wladimir Putin", "US-Präsident" of "US-Präsident
 * Obama", "der deutschen Baufirma" of "der deutschen Baufirma Hochtief"):
 * a role noun or a noun that classifies the name, with its determiner and
 * the lower-case words between them.  Runs after the stages that read
 * mentions.  Returns false when memory runs out (entity_descriptions.c). */
bool nf_descriptions_before_names(nf_doc *doc);

/* The entity the personal pronoun at token k ("er", "sie", "ihm") refers
 * to, as nf_coref_resolve finds it, but without adding a mention: for a
 * caller that keeps the pronoun only when the entity suits it.  -1 for
 * other words or when nothing fits (coref.c). */
int32_t nf_coref_pronoun(const nf_doc *doc, size_t k);

/* True when tokens [ta, tb) are a definite description of one person or
 * organisation by a role noun ("der Minister", "das Unternehmen", "die
 * junge Trainerin") that entity `ent` fits: of the noun's kind, of no
 * other gender, of no other role where it has one, of the country a
 * compound's first part names ("der CSU-Chef"); or of a person by a
 * nation's or a city's member ("der Franzose", "der Wiener") that a person
 * of that country, or of none known (who takes it), fits.  Adds the description
 * as a nominal mention of `ent` then; false (nothing added) else, or when
 * memory runs out (coref.c). */
bool nf_coref_describes(nf_doc *doc, size_t ta, size_t tb, int32_t ent);

/* The organisation that the description [head, tb) names through an owner
 * entity ("die Regierung in Moskau", "der Pressedienst des Kreml"), whose
 * role noun at head is `role` (rl bytes): one named so before, the
 * gazetteer's institution (listed so, or the government of a state whose
 * seat owns it), else a new one with the owner's country and the role's
 * CAMEO sector.  Returns its index, -1 when memory runs out (coref.c). */
int32_t nf_org_of_owner(nf_doc *doc, size_t head, size_t tb, const char *role, size_t rl,
                        int32_t owner);

/* Quotes: direct, indirect, mixed and reported speech with cue, speaker
 * span and resolved speaker (quotes.c).  Runs after entities. */
nf_status nf_stage_quotes(nf_doc *doc, nf_error *err);

/* Sources: the outlets an article credits ("berichtet TASS", "laut dpa",
 * a dateline "(dpa)") (sources.c).  Runs after entities and quotes. */
nf_status nf_stage_sources(nf_doc *doc, nf_error *err);

/* Events: CAMEO-coded acts between entities, with date, place and
 * modality (events.c).  Runs last. */
nf_status nf_stage_events(nf_doc *doc, nf_error *err);

#endif
