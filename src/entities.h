/* entities.h - helpers the entity and coreference code share. */
#ifndef NF_ENTITIES_H
#define NF_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

/* Adds an entity to the document; returns its index or -1. */
int32_t nf_entity_add(nf_doc *doc, const nf_entity *e);

/* Adds a mention in text order (once per token range; one description of
 * an entity per first token, the longest); false when memory runs out.  A
 * name mention longer than the entity's name becomes it. */
bool nf_mention_add(nf_doc *doc, size_t ta, size_t tb, int32_t entity, int kind);

/* Drops the mentions that lie inside tokens [a, b); the mentions' order
 * stays, so a mention before a keeps its index. */
void nf_mentions_drop_inside(nf_doc *doc, size_t a, size_t b);

/* The entity of a country by ISO alpha-3 code (created on first use). */
int32_t nf_country_entity(nf_doc *doc, const char *iso3);

/* The role label of a role noun at token k ("Präsident" -> "president\tm\tperson":
 * the label runs to the first tab, see nf_role_len), with its gender and
 * whether it names an organisation; NULL for other words.  Owned by the engine. */
const char *nf_role_at(const nf_doc *doc, size_t k, char *gender, bool *org);

/* True when role label `role` (n bytes, a roles.tsv label) is an office
 * of government, national or local ("minister", "chancellor",
 * "vice_chancellor", "mayor", "ambassador", any "*_minister"): its holder
 * stands for their country's government (<ISO>GOV). */
bool nf_government_role(const char *role, size_t n);

/* The country a role noun names itself, by the optional last column of
 * roles.tsv ("Kremlchef", "Kremlsprecher": "RUS"), of a value nf_role_at
 * returned; NULL when it names none.  Owned by the gazetteer. */
const char *nf_role_country(const char *role);

/* True when token k is a capitalised role noun in the feminine "-in"
 * ("Außenministerin", "Premierministerin"): after "der" it is a dative or
 * genitive, no subject. */
bool nf_feminine_role_at(const nf_doc *doc, size_t k);

/* Where the noun of speech (speech-nouns.txt) that ends the word at token
 * k after four bytes or more begins ("Presseaussendung": 5, at
 * "aussendung"); 0 when none does. */
size_t nf_speech_noun_tail(const nf_doc *doc, size_t k);

/* The organisation role (a value of roles.tsv, owned by the engine) a
 * speech-noun compound at token k is made from ("Armeeangaben": Armee,
 * "Regierungsangaben": Regierung, "Polizeiberichten": Polizei), with the
 * bytes of its first part in *len (when len is not NULL); NULL for other
 * words.  "nach israelischen Armeeangaben" credits the Israeli army, and
 * "aus Regierungskreisen" the government (the institution's circles). */
const char *nf_compound_source_role(const nf_doc *doc, size_t k, size_t *len);

/* The organisation role (a value of roles.tsv, owned by the engine) the
 * first part of compound token k names when the compound's last part
 * begins at byte `cut` ("Polizei|sprecher", "Regierungs|angaben": the
 * joining "s" and a hyphen are no part of it), with that part's bytes in
 * *len (when len is not NULL); NULL when it names none. */
const char *nf_compound_org_part(const nf_doc *doc, size_t k, size_t cut, size_t *len);

/* True when the word at k names a person by what they are: a person's
 * role noun, one ending a compound ("Landtagsabgeordnete",
 * "Hauptkommissar": the role's label does not carry over, a
 * "Vizepräsident" is no president), or a person's class noun ("Trainer"). */
bool nf_person_noun_at(const nf_doc *doc, size_t k);

/* True when token k is a title of nobility ("Graf", "Prinz", "Freiherr":
 * "noble" in class-nouns.txt), which a name holds before "von". */
bool nf_noble_title(const nf_doc *doc, size_t k);

/* True when the actor code `actor` (NULL: none) is an international
 * organisation's ("IGOUNO", "IGOEUREEC"): its bodies and officials. */
bool nf_igo_code(const char *actor);

/* Like nf_person_noun_at, but a class noun of persons counts only as the
 * whole word or as the part after a hyphen ("Demokratiewerkstatt-Profi"),
 * not as the ending of a word ("Sangatte" is no "Gatte"). */
bool nf_person_noun_word(const nf_doc *doc, size_t k);

/* The gender ('m' or 'f', 0 when it tells none) of the person a noun of
 * persons at token k names: the role noun's (roles.tsv), a class noun's
 * (class-nouns.txt: "f" and "x" marked, else feminine in "-in"), a
 * nation's member's ("die Schweizerin", "der Russe") or a compound's; 0
 * for any other word. */
char nf_person_noun_gender(const nf_doc *doc, size_t k);

/* The length of a role label up to its tab. */
size_t nf_role_len(const char *role);

/* True when the role value `role` (a label up to its tab) is `label`. */
bool nf_role_is(const char *role, const char *label);

/* True when token k is an English word that opens names ("New", "Great",
 * "North", "Upper", ...) and a word follows it after a space: "New
 * Horizons", "New England Patriots" are names the word is part of. */
bool nf_english_opener(const nf_doc *doc, size_t k);

/* True when the capitalised word w (n bytes, an ASCII capital first) is
 * a word of the language: the tagger's lexicon knows it written in lower
 * case or as a noun, or common-nouns.txt lists it; a word too long to look
 * up counts as one.  ("Besuch" of "Berlin-Besuch"; not "Tiergarten",
 * "Tietjen".) */
bool nf_language_word(const nf_doc *doc, const char *w, size_t n);

/* Replaces the last lower-case umlaut (ä, ö, ü) of the NUL-terminated
 * string s (n bytes), whose first byte is at offset `min` or later, by its
 * vowel, in place ("Verstöß" -> "Verstoß", "Mailänd" -> "Mailand").
 * Returns the new length, 0 when there is none (s unchanged). */
size_t nf_strip_last_umlaut(char *s, size_t n, size_t min);

/* True when an organisation of role value `role` is as often another
 * country's as that of the place where it stands, so that a place after
 * "in" says nothing of whose it is: an embassy or consulate ("die
 * griechische Botschaft in Berlin"), forces ("Truppen in Syrien"). */
bool nf_role_away_from_seat(const char *role);

/* True for a role label of private persons (roles.tsv: "civilian",
 * "businessman"), which is no office or profession the news reports. */
bool nf_private_role(const char *role);

/* True when name mention m is its person's name in the genitive (its
 * last word ends in "s" where the entity's name does not), which owns the
 * noun before it rather than being described by it ("Caroline Kennedy,
 * der Tochter John F. Kennedys", "Ein Sprecher Konvičkas"), or the noun
 * after it (nf_name_owns_next_noun); not after "des", where the name goes
 * with the noun ("die Werke des Malers Antonio Guerreros"). */
bool nf_name_owns_noun(const nf_doc *doc, const nf_mention *m);

/* True when the word at token k is a surname in the genitive: it ends in
 * "s", and without it, it is a surname the lists know or one the text
 * writes after a given name ("Ein Sprecher Konvičkas" where "Martin
 * Konvička" stands, "Ein Sprecher Merkels"). */
bool nf_genitive_surname_at(const nf_doc *doc, size_t k);

/* True when name mention m is a person's name in the genitive
 * (nf_name_owns_noun) right before a capitalised word, the noun it owns
 * ("Merkels Sprecher", "Ai Weiweis Arbeiten"). */
bool nf_name_owns_next_noun(const nf_doc *doc, const nf_mention *m);

/* True when the word at token k stands elsewhere in the text, within
 * `reach` tokens either side, right after a given name ("Heinz Schaden"):
 * a surname there, whatever else it means. */
bool nf_surname_in_text(const nf_doc *doc, size_t k, size_t reach);

/* True when token k is an initial: one capital letter and a period ("A."),
 * one token or two. */
bool nf_initial_at(const nf_doc *doc, size_t k);

/* True when token k is two initials or more written together ("C.Y.",
 * "H.C.", "J.R.R."): capitals each followed by a period. */
bool nf_initials_at(const nf_doc *doc, size_t k);

/* The ISO alpha-3 code a nationality adjective at token k points to, or NULL.
 * The string may continue after the code; read three characters. */
const char *nf_adjective_at(const nf_doc *doc, size_t k);

/* The country (ISO alpha-3, owned by the engine) of the city whose
 * adjective in "-er" token k is ("Salzburger": AUT, "Brüsseler": BEL,
 * "Münchner": DEU), or NULL. */
const char *nf_city_adjective_at(const nf_doc *doc, size_t k);

/* Like nf_city_adjective_at, but a region's adjective counts too
 * ("Brandenburger", "Thüringer": DEU), and one in lower case
 * (lang/de/entities/region-adjectives.tsv: "bayerische": DEU). */
const char *nf_place_adjective_at(const nf_doc *doc, size_t k);

/* The country (ISO alpha-3, the gazetteer's string) of the place whose
 * adjective the capitalised word at token k is as the first word of a
 * title: a city's or region's in "-er" ("Kieler", "Vorarlberger") or a
 * region's in "-isch" and an ending ("Oberösterreichischen"); NULL when
 * none. */
const char *nf_title_place_at(const nf_doc *doc, size_t k);

/* True when token k is an indefinite article ("ein", "eine", "einem",
 * ...): what follows introduces someone or something new. */
bool nf_indefinite_article(const nf_doc *doc, size_t k);

/* The newspaper of country `iso` titled by tokens [ta, tb) ("Kieler
 * Nachrichten"): the one of that title met before in the document, else a
 * new organisation with the role "newspaper" and the country's media code
 * (DEUMED).  Returns its index; -1 when memory runs out. */
int32_t nf_paper_entity(nf_doc *doc, size_t ta, size_t tb, const char *iso);

/* The country (ISO alpha-3, in the gazetteer's pool) whose name token k is
 * in the genitive ("Russlands", "Irans"), or NULL. */
const char *nf_genitive_country_at(const nf_doc *doc, size_t k);

/* True when token k is the name of a country, city or place in the
 * genitive ("Berlins", "Brüssels"; not "Paris"). */
bool nf_genitive_place_at(const nf_doc *doc, size_t k);

/* True when the last word of `name` (what follows its last space) is the
 * `n` bytes at `w`: "Enders" for "Thomas Enders", "Al-Asir" for "Ahmed
 * al-Asir" (a word in lower case matches capitalised), or what follows
 * the hyphen of an Arabic article ("Gaddafi" for "Muammar al-Gaddafi");
 * false for one-word names. */
bool nf_last_word_is(const char *name, const char *w, size_t n);

/* True when the `n` bytes at `w` are a person's surname in the name
 * `name`: its last word (nf_last_word_is), or the word before that in a
 * name of three words or more where it is no given name the lists know,
 * the first of two surnames ("Escobar" of "Pablo Emilio Escobar Gaviria",
 * "García" of "Gabriel García Márquez"; not "Rudolf" of "Oliver Rudolf
 * Jufer"). */
bool nf_surname_in(const nf_doc *doc, const char *name, const char *w, size_t n);

/* True when the first word of `name` (what comes before its first space)
 * is the `n` bytes at `w`: "Abhisit" for "Abhisit Vejjajiva"; false for
 * one-word names. */
bool nf_first_word_is(const char *name, const char *w, size_t n);

/* True when `name` ends, after a space, in the `n` bytes at `w`, one word
 * or more ("Le Maire" for "Bruno Le Maire"), the first letter of `w` in
 * either case ("Van Gaal" for "Louis van Gaal"). */
bool nf_last_words_are(const char *name, const char *w, size_t n);

/* The length of `w` (wl bytes, ending in "s") without its genitive "s":
 * "Putins" -> "Putin", and without the apostrophe some write before it
 * ("Putin's", "Obama’s"). */
size_t nf_genitive_stem(const char *w, size_t wl);

/* True when the noun at token k ends in -en (coref.c), as the plurals of
 * feminine nouns do ("Behörden", "Banken"), and the nominalised
 * adjectives' after "die" ("die Abgeordneten": one woman is "die
 * Abgeordnete"). */
bool nf_plural_in_en(const nf_doc *doc, size_t k);

/* True when the noun at token k is a plural of persons by its ending
 * (coref.c): "-innen" ("Ministerinnen"), and with `ern` "-ern" too, a
 * dative plural ("Politikern", "Ermittlern"), where the phrase allows it. */
bool nf_plural_person_form(const nf_doc *doc, size_t k, bool ern);

/* The role of an organisation a compound at token k ends in (coref.c),
 * with its gender: a state's body ("Kriminalpolizei"), an organisation
 * ("Menschenrechtsorganisation") or a company ("Technologieriese",
 * "Internet-Riesen", "Softwarehersteller"); NULL when it ends in none.
 * Owned by the gazetteer. */
const char *nf_compound_org_role(const nf_doc *doc, size_t k, char *gender);

/* The index of the first mention that starts at token k or later
 * (mentions are kept in order of their first token); doc->nmentions when
 * none does. */
size_t nf_mention_first_at(const nf_doc *doc, size_t k);

/* True when the place's name at token k of sentence [sa, sb) stands after
 * a definite article it takes none of: something else is meant ("die
 * Bayern" are the club or the people, "die Schweden" the team; "das
 * heutige Österreich", with an adjective between, is the place). */
bool nf_place_after_article(const nf_doc *doc, size_t k, size_t sa, size_t sb);

/* True when the party's one-word name at token k of [sa, ...) that also
 * names a political camp ("Linke", "Rechte") names the camp or one of it:
 * after an adjective no nationality's ("Griechenlands geschlagene Linke",
 * "der europäischen Linken", "die regierende Linke": the party takes
 * none, but for one in a list of parties: party_before), or as "der
 * Linke", a man of it ("Der Linke Fabio De Masi"; the party is "die
 * Linke", "der Linken"); and when its party's word describes another
 * party (party_described).  "Grüne", an adjective's noun too, names one
 * member the same way ("Der Grüne Peter Pilz"); and after "die" before a
 * given name either names a woman of the party ("die Grüne Eva
 * Glawischnig"; "die Grüne Jugend" is an organisation's name). */
bool nf_political_camp_at(const nf_doc *doc, size_t k, size_t sa);

/* Makes the text of tokens [ta, tb) entity's name when it has more words
 * than the name it has (with `on_tie` as many), or it has none. */
void nf_entity_take_name(nf_doc *doc, uint32_t entity, size_t ta, size_t tb, bool on_tie);

/* Names each entity without a proper name by its description in the
 * nominative where the text has one ("polnische Regierung" rather than
 * "polnischen Regierung"; entity_names.c).  Returns false when memory runs
 * out. */
bool nf_nominative_names(nf_doc *doc);

/* Removes the entities with no mention that no quote, source, amount or
 * event refers to, renumbering the rest in their order and every
 * reference to them (entity_prune.c).  Returns false when memory runs
 * out. */
bool nf_prune_entities(nf_doc *doc);

/* Removes the times of words only that a name of an organisation or a
 * person of two tokens or more covers ("die „Welt am Sonntag“"), and
 * their tokens' claim (entity_times.c). */
void nf_times_inside_names(nf_doc *doc);

/* True when "in" or "im" and a declined adjective stand right before token
 * k: a town's name follows there, no person's ("im italienischen San
 * Luca", "in der nahen ..."; "Luca" is a given name too). */
bool nf_place_phrase_before(const nf_doc *doc, size_t k);

/* True when the capitalised word at token k is a place by its ending
 * (lang/de/entities/place-endings.txt: "Schwanitzstraße", "Herrengasse",
 * "Stüdlhütte"), not a common noun with that ending (entities.c). */
bool nf_place_by_ending(const nf_doc *doc, size_t k);

/* True when the capitalised word at token k ends in a street's, a lane's,
 * a hut's or a fountain's word of place-endings.txt, listed as a common
 * noun or not ("Höhenstraße", "Simmeringer Hauptstraße"): a place with no
 * government of its own (a `loc`), not a town's ending. */
bool nf_street_ending(const nf_doc *doc, size_t k);

/* True when token k is a legal form that closes a company's name ("AG",
 * "GmbH", "Inc.", "e.V.": org-heads.txt "suffix"; legal forms are short). */
bool nf_legal_form(const nf_doc *doc, size_t k);

/* True when a mention starts at token k or the one before it covers k. */
bool nf_mention_over(const nf_doc *doc, size_t k);

/* True when entity `ent` has a name mention (not only descriptions or
 * pronouns). */
bool nf_entity_has_name(const nf_doc *doc, int32_t ent);

/* Moves every mention of entity `from` to entity `into`; `from` keeps no
 * mention (drop_unmentioned removes it later). */
void nf_entity_give_mentions(nf_doc *doc, uint32_t from, uint32_t into);

/* Puts a name of several words the text has used wherever the same words
 * stand again, in place of the names found inside them ("die Panama
 * Papers" again, not the country; entity_names_again.c).  Returns false
 * when memory runs out. */
bool nf_names_again(nf_doc *doc);

/* Gives the person named by two words or more ("Franco Foda") the mentions
 * of the surname alone that no mention holds, before the full name too
 * ("Foda und Fink müssen blechen"), where no other person of the text has
 * that surname and the lexicon knows the word as no common word or noun.
 * Returns false when memory runs out (entity_names_again.c). */
bool nf_surnames_again(nf_doc *doc);

/* Gives a place, organisation or person named by one word right after a
 * noun of its kind ("der Gemeinde Dörverden", "die Firma Pfaff") the
 * mentions of the same word elsewhere that no mention holds and no
 * article or determiner precedes ("in Dörverden", "bei Dörverden"): one
 * sense per document.  Returns false when memory runs out
 * (entity_names_again.c). */
bool nf_classified_names_again(nf_doc *doc);

/* Gives a sports club the lists know, named by its word and its city
 * ("Ajax Amsterdam", "Lazio Rom"), the mentions of its word alone that
 * name something else but a person, or an organisation the lists know
 * outside a text that reports a game ("die Jungspunde von Ajax" is no
 * Ajax in Ontario; "Bayer" in business news stays the company): one sense
 * per document.  Returns true (it allocates
 * nothing; entity_names_again.c). */
bool nf_clubs_again(nf_doc *doc);

/* Makes the players of the line-ups of a match report's box persons
 * ("Rapid: Strebinger – Pavelic, Sonnleitner, M. Hofmann"; entity_lineups.c).
 * Returns false when memory runs out. */
bool nf_lineups(nf_doc *doc);

/* Makes the scorers a match report's box lists after "Tore:" or "Tor:"
 * with their goals' minutes persons ("Krawez (9.), Jarmolenko (30.)",
 * "1:0 (52.) Junuzovic"; entity_lineups.c).  Returns false when memory
 * runs out. */
bool nf_scorers(nf_doc *doc);

/* Names the places of the dateline that opens the sentence [sa, sb), the
 * first or second of the text ("Wien/Gumpoldskirchen – Der Konzern ...",
 * "Maria Enzersdorf/London – ..."), each a town by the convention of
 * datelines (entity_datelines.c).  Returns false when memory runs out. */
bool nf_dateline_places(nf_doc *doc, size_t sa, size_t sb);

/* Names the newspapers of sentence [sa, sb) that the adjective of a known
 * city or region and a title's word of landmark-nouns.txt make ("die
 * Kieler Nachrichten", "den Oberösterreichischen Nachrichten"), where no
 * mention holds either word (entity_landmarks.c).  Returns false when
 * memory runs out. */
bool nf_papers_in_sentence(nf_doc *doc, size_t sa, size_t sb);

/* Names the institutions of sentence [sa, sb) that a known city's or
 * region's adjective in "-er" and a noun ending in an organisation's head
 * make ("des Wiener Musikvereins", "der Wiener Staatsoper", "vom Berliner
 * Fahrgastverband"), of that place's country, where no mention holds
 * either word; not after an indefinite article ("ein Berliner Verein": a
 * description), nor with a role noun ("die Berliner Polizei": an
 * institution the entity rules describe).  Returns false when memory
 * runs out. */
bool nf_place_institutions_in_sentence(nf_doc *doc, size_t sa, size_t sb);

/* Names the places of sentence [sa, sb) that a place's adjective in "-er"
 * and a noun of places make ("die Kieler Bucht", "am Potsdamer Platz")
 * where no mention holds either word (entity_landmarks.c).  Returns false
 * when memory runs out. */
bool nf_landmarks_in_sentence(nf_doc *doc, size_t sa, size_t sb);

/* Names the West where the text makes it an actor: "der Westen", "den
 * Westen" as a phrase of its own, "westliche Staaten/Regierungen/...",
 * "die Westmächte" (CAMEO WST, WSTGOV, ...; entity_west.c).  Returns false
 * when memory runs out. */
bool nf_the_west(nf_doc *doc);

/* Reads the English names of the form "X of Y" ("der University of
 * Colorado", "Bridge of Spies"): one organisation where X is an
 * institution's head word, else no person in its words after "of" nor
 * one word before it.  False when memory runs out.  In entity_english.c. */
bool nf_english_of_names(nf_doc *doc);

/* Binds the acronyms a text defines in parentheses after organisations'
 * names ("American Library Association (ALA)") to them, wherever the text
 * uses them (entity_acronyms.c).  Returns false when memory runs out. */
bool nf_acronym_definitions(nf_doc *doc);

/* Moves the mentions of a place named by one word that is the surname of
 * a person the text names in full, to that person: a surname the tagger
 * took for a place ("Vija Celmins" ... "von Celmins geschätzt"), or a town
 * of the gazetteer no preposition of place or dateline places, also before
 * the full name ("Hamilton vor Rosberg" in a headline, "Lewis Hamilton"
 * after it); never a country.  A person of one word is no evidence: the
 * tagger calls "Cottbus" one as readily.  Part of the entity stage; the
 * place's entity is left without mentions, for the stage to drop. */
void nf_surname_places(nf_doc *doc);

/* True when token k is a noun of a facility that a name after it names:
 * "Flughafen John F. Kennedy", "Estadio Santiago Bernabéu", "des
 * Flughafens Bremen" (the airport, not the city). */
bool nf_facility_noun(const nf_doc *doc, size_t k);

/* Where the tagger gave one unlinked name two kinds in one text
 * ("Undiano habe" a place, "Schiedsrichter Undiano" a person; "Bon Jovi
 * spielte" a place, "die Rockband Bon Jovi" an organisation), makes the
 * kind a classifying noun gives one of its mentions ("die Stadt Kortrijk",
 * "der Ratingagentur Moodys", "der Bundesstaat Uttar Pradesh";
 * nf_class_noun) the name's: the other entity's mentions move to that
 * one.  Part of the entity stage. */
void nf_class_noun_kinds(nf_doc *doc);

/* True when the name mention m comes right after a noun that classifies it
 * as of its entity's kind ("die Stadt Kortrijk", "die Firma Pfaff";
 * nf_class_noun, a place's kind for any place). */
bool nf_name_after_class_noun(const nf_doc *doc, const nf_mention *m);

/* Makes the country codes in parentheses after athletes' names in sports
 * results ("Tobias Kamke (GER)") name mentions of the countries, and gives
 * the persons their country (entity_codes.c).  Returns false when memory
 * runs out. */
bool nf_sports_country_codes(nf_doc *doc);

/* True when token k (of a sentence from sa) is a code glued by a slash to
 * the minute before it, as game reports note goals ("Rosen (52./PP)": a
 * power play, "59./EN" an empty net): no name.  Every such code has a
 * slash in token k or, glued to it, in token k - 1: that test is inline
 * (the entity stage asks for every token), the rest in entities.c. */
bool nf_code_after_slash(const nf_doc *doc, size_t k, size_t sa);
static inline bool nf_code_after_number(const nf_doc *doc, size_t k, size_t sa) {
    const char *text = doc->tok_text;
    if (text[doc->tok_off[k]] != '/' && ((doc->tokens[k].flags & NF_TF_SPACE_BEFORE) || k <= sa ||
                                         text[doc->tok_off[k - 1]] != '/'))
        return false;
    return nf_code_after_slash(doc, k, sa);
}

/* The document entity of the gazetteer's organisation of country `iso3`
 * (ISO alpha-3) that the `n` bytes at `name` name as written ("Regierung
 * in Wien"); failing that, with `government`, of that country's government
 * ("Government of Russia").  -1 when the gazetteer has neither or memory
 * runs out. */
int32_t nf_listed_org(nf_doc *doc, const char *name, size_t n, const char *iso3, bool government);

/* The document entity of the gazetteer's organisation, of any country,
 * that the `n` bytes at `name` name as written ("WWF", "Kreml"); -1 when
 * the gazetteer has none or memory runs out. */
int32_t nf_gz_org_named(nf_doc *doc, const char *name, size_t n);

/* The document entity of what the gazetteer names by the `n` bytes at
 * `name` as written, read as if they stood at token k: of several
 * entries, the one the name would be linked to there (a country, the
 * organisation of a country the text names, ...).  -1 when the gazetteer
 * has none or memory runs out. */
int32_t nf_gz_named_at(nf_doc *doc, const char *name, size_t n, size_t k);

/* The document entity of the listed organisation that the first part
 * of the compound at token k names, when its last part is a company's
 * noun (`role`, roles.tsv's value for it: "der Gazprom-Konzern"); -1 when
 * it is none, the lists name none or memory runs out
 * (entity_descriptions.c). */
int32_t nf_company_of_compound(nf_doc *doc, size_t k, const char *role);

/* The first organisation of the document named `name` as written, or
 * -1. */
int32_t nf_org_named_as(const nf_doc *doc, const char *name);

/* The document entity of the one place the gazetteers list under
 * `name` (n bytes) with its hyphens read as spaces ("Tel-Aviv" for "Tel
 * Aviv"); -1 when there is no such name, none or several places. */
int32_t nf_gz_place_hyphenated(nf_doc *doc, const char *name, size_t n);

/* The same for any name, with or without hyphens ("Kiew"). */
int32_t nf_gz_place_named(nf_doc *doc, const char *name, size_t n);

/* The same for a name the tagger took for a place's at tokens [ta, tb),
 * but, unless written with hyphens, a place other than a country not as
 * one common word, after an article or quoted ("der Saga"), and a city
 * below the large ones only in a country some other entity of the
 * document has ("Mit Konstanz und Tübingen" in news from Stuttgart; no
 * "Jupiter" in Florida for the planet); -1 else. */
int32_t nf_gz_place_at_home(nf_doc *doc, size_t ta, size_t tb, const char *name, size_t n);

/* True when the gazetteer has an organisation, of any country, that the
 * `n` bytes at `name` name as written ("SPD", "Lufthansa"); adds nothing
 * to the document. */
bool nf_gz_names_org(const nf_doc *doc, const char *name, size_t n);

/* True when entity e is a country or the capital of its country (by the
 * gazetteer): the seat of a state, whose "Regierung in ..." is the
 * state's government ("in Moskau", not "der Krim"). */
bool nf_seat_of_state(const nf_doc *doc, int32_t e);

/* The CAMEO sector code of an organisation role of roles.tsv ("military"
 * -> "MIL", "police" -> "COP"; `n` bytes), or NULL for none. */
const char *nf_role_sector(const char *role, size_t n);

/* The CAMEO actor code of country `iso3` and sector `sector` ("AUT" and
 * "COP": "AUTCOP"), allocated in the document's arena; NULL when memory
 * runs out. */
const char *nf_actor_code(nf_doc *doc, const char *iso3, const char *sector);

/* Writes to ids (at most cap) the gazetteer entries the part of token k's
 * word before its first hyphen names ("US" of "US-Präsident", "CDU" of
 * "CDU-Politiker") and returns how many; 0 for a word without one. */
size_t nf_compound_head_ids(const nf_doc *doc, size_t k, uint32_t *ids, size_t cap);

/* The readings of a compound's first part nf_compound_country counts. */
enum {
    NF_CC_COUNTRY = 1, /* a country ("US-Präsident") */
    NF_CC_ORG = 2,     /* any organisation of a country ("SPÖ-Chef", "Lufthansa-Manager") */
    NF_CC_PARTY = 4,   /* a party ("CDU-Chef") */
    NF_CC_HOME = 8     /* readings of several countries: the document's home country's */
};

/* The country the first part of the hyphenated compound at token k names
 * by its gazetteer readings of the kinds `readings` (NF_CC_* bits): the
 * one they all share; where they differ, with NF_CC_HOME the document's
 * home country when it is one of them ("Grünen-Chef"), else NULL; without
 * NF_CC_HOME, NULL also where an organisation of no country is one of
 * them ("EU-Kommissar").  *party (may be NULL) tells whether a party's
 * reading gave it.  Owned by the engine. */
const char *nf_compound_country(const nf_doc *doc, size_t k, unsigned readings, bool *party);

/* The German-speaking country the document has named most often so far
 * (mentions of entities of AUT, CHE or DEU): the one whose institutions its
 * bare ministry names mean ("das Innenministerium" in Vienna's news is
 * Austria's), and whose party a name shared across them means ("die
 * Grünen"); DEU on a tie or none.  A static string. */
const char *nf_home_country(const nf_doc *doc);

/* The text of tokens [ta, tb) as written, each run of spaces between them
 * (line breaks, tabs, no-break spaces) one space; in the document arena. */
const char *nf_tokens_text(nf_doc *doc, size_t ta, size_t tb);

/* True when `name` is the text of tokens [ta, tb) as nf_tokens_text
 * writes it (each run of spaces one space), without a copy. */
bool nf_tokens_text_is(const nf_doc *doc, size_t ta, size_t tb, const char *name);

/* True when the entity of mention m (one of doc's) has another mention
 * too. */
bool nf_other_mention_of(const nf_doc *doc, const nf_mention *m);

/* The names the learned tagger finds, sentence by sentence: the spans of
 * sentence s are spans[first[s]] to spans[first[s + 1] - 1] (at most 64 a
 * sentence).  The tagger reads only the tokens, so every sentence is
 * tagged in one pass before the rules run: its tables and the rules' word
 * lists then take turns in the caches once a document, not once a
 * sentence. */
typedef struct nf_tagged {
    struct nf_ner_span *spans; /* owned (free with nf_tagged_free) */
    size_t *first;             /* nsentences + 1 entries; owned */
} nf_tagged;

/* Tags every sentence of `doc` into `out` (left empty without a tagger).
 * Returns false when memory runs out (then nothing needs freeing). */
bool nf_tag_sentences(const nf_doc *doc, nf_tagged *out);

/* Frees what nf_tag_sentences allocated. */
void nf_tagged_free(nf_tagged *t);

/* Adds the names the learned tagger found in sentence s (see nf_tagged)
 * that no mention covers yet (entities_tagged.c).  Returns false when
 * memory runs out. */
bool nf_entities_tagged(nf_doc *doc, size_t s, const nf_tagged *tagged);

/* True when token k of a sentence from sa follows a spatial preposition
 * ("in Essen", "nach", "nördlich"). */
bool nf_after_spatial_preposition(const nf_doc *doc, size_t k, size_t sa);

/* How often (log2) the name tagger's lexicon must have seen a word as a
 * common noun for the entity stage to take it for one. */
#define NF_COMMON_NOUN_MIN_FREQ 2

/* True when token k is a common noun that names no person: the name
 * tagger's lexicon has it capitalised after articles, and the name lists
 * do not know it as a given name or surname ("Bruder", "Eltern", but not
 * "Bauer"); false without a tagger (entities_tagged.c). */
bool nf_plain_noun(const nf_doc *doc, size_t k);

/* True when token k is a noun the list of common nouns has as written
 * ("Kupfer", "Babys"): a word the tagger's capitalisation statistics may
 * not know, which names nothing alone (entities_tagged.c). */
bool nf_common_noun_listed(const nf_doc *doc, size_t k);

/* True when token k, no hyphenated compound, ends in a suffix of abstract
 * nouns that no name takes ("Einmischung", "Waffenlieferungen",
 * "Partnerschaft"; entities_tagged.c). */
bool nf_abstract_noun(const nf_doc *doc, size_t k);

/* True when the capitalised word at k is an adjective made a noun in
 * "-es" ("Positives", "Neues", "Gutes"): without its "s" a word the
 * capitalisation lexicon knows in lower case ("positive"), and without
 * "es" no word the lexicon knows as a noun ("Reiches": "Reich";
 * entities_tagged.c). */
bool nf_neuter_adjective_noun(const nf_doc *doc, size_t k);

/* True when the word at k ends in "es" and is the strong form of a word in
 * "-e" the capitalisation lexicon knows in lower case, an adjective
 * ("Mobiles", "mobile"; entities_tagged.c). */
bool nf_strong_lower_form(const nf_doc *doc, size_t k);

/* True when token k is a surname after an Arabic article written in lower
 * case and joined by a hyphen ("al-Assadi", "el-Sisi", "as-Sadr"): a name
 * whatever the word after the hyphen (entities_tagged.c). */
bool nf_article_particle_name(const nf_doc *doc, size_t k);

/* The length of the Arabic article and its hyphen that the n bytes at w
 * open with ("al-", "el-", "ash-"), 0 when none; a word must follow it. */
size_t nf_arabic_article_len(const char *w, size_t n);

/* True for the role labels of a country's government as a whole
 * (roles.tsv: "Regierung", "Führung", "Kabinett", "Administration"), not
 * one of its parts ("Ministerium"); a head's surname may follow their
 * nouns ("die Regierung Merkel"). */
bool nf_whole_government(const char *role, size_t rl);

/* True when token k is an article or a determiner of nouns
 * (articles.txt, noun-determiners.txt): a capitalised word after it is a
 * noun, or a name that takes one (entities.c). */
bool nf_article_or_determiner(const nf_doc *doc, size_t k);

/* True when token k, after a person's given name and surname, is more
 * likely a noun of the sentence than a third part of the name ("hatte
 * Thomas Schneider Probleme"): a plain noun (nf_plain_noun), or a word the
 * tagger's lexicon has seen capitalised often and its gazetteer knows in no
 * person's name, nor the name lists here (entities_tagged.c). */
bool nf_noun_after_name(const nf_doc *doc, size_t k);

/* True when token k is a word in lower case inflected as adjectives are
 * ("konservative", "achter", "verstorbenem") and no function word. */
bool nf_inflected_adjective(const nf_doc *doc, size_t k);

/* True when a person's name ends at token k in the genitive and what
 * follows is what is theirs ("Heidi Klums Modelsuche", "Matthew Williams
 * Liebeskummer", "Papens Vizekanzlei"): token k is a capitalised word
 * ending in "s" that the name lists do not know as a given name or surname
 * as it stands ("Thomas", "Klaus"), and token k + 1 a capitalised word
 * they do not know either (entities_tagged.c). */
bool nf_genitive_name_end(const nf_doc *doc, size_t k);

/* True when token k is a capitalised word ending in the head noun of an
 * organisation's name ("Hauptverband", "Universität", "Gruppe"; the list
 * lang/de/entities/org-heads.txt); `compound` tells whether something
 * precedes the head inside the word. */
bool nf_org_head(const nf_doc *doc, size_t k, bool *compound);

/* True when token j is a definite article of the singular before a noun
 * of the gender given: "der", "des", "dem", "den", and "die" for a
 * `feminine` one ("die Kasachin"; "die Russen" are several). */
bool nf_singular_article(const nf_doc *doc, size_t j, bool feminine);

/* The country (ISO alpha-3, in the gazetteer's pool) of a nation's
 * member named in the singular at token k after the definite article at
 * k - 1: "der Russe", "dem Franzosen", "die Kasachin"; NULL for other
 * words and for plurals ("die Russen"). */
const char *nf_singular_demonym(const nf_doc *doc, size_t k);

/* The same with the article at token art, adjectives between it and k
 * ("der erfahrene Niederländer"). */
const char *nf_singular_demonym_after(const nf_doc *doc, size_t art, size_t k);

/* The federal country ("DEU", "AUT" or "CHE") that a role noun of the
 * federation at token k ("Bundeskanzler", "Bundespräsidentin") is of: the
 * one of the three whose entities the document mentions most; NULL for
 * other words, on a tie and where it names none of them.  Owned by the
 * library. */
const char *nf_federal_country(const nf_doc *doc, size_t k);

/* True when token k is a noun of an office ("Amt", "Posten"): a role noun
 * in the genitive after it names the office, no one who holds it ("das
 * Amt des Präsidenten"). */
bool nf_office_noun_at(const nf_doc *doc, size_t k);

/* The holder, on the document's date, of the office a description names
 * whose role noun is token r, after a nationality adjective or in a
 * compound with a country ("der russische Präsident", "dem kasachischen
 * Staatschef", "die deutsche Außenministerin", "der US-Präsident"; after
 * the definite article, in the singular, no "Ex-"), or with a country's
 * name in the genitive before it ("Irans Präsident") or after it ("der
 * Präsident Russlands"): the entity (created on first use), or -1 when the
 * gazetteer has no one, or several, in it. */
int32_t nf_office_holder_at(nf_doc *doc, size_t r);

/* True when token k is a person's role noun of no gender of its own that
 * is an adjective's form in "-e" or "-en" ("Vorsitzende", "Abgeordneten";
 * not "Obleute", nor "Beamte", a noun of its own), which takes its gender
 * from its article (nf_adjective_noun_gender). */
bool nf_adjective_noun_at(const nf_doc *doc, size_t k);

/* The gender such a noun at k has after the article at art: 'f' for "die
 * Vorsitzende", 'm' for "der Vorsitzende" and for "den", "dem", "des
 * Abgeordneten" (no woman: they are a man's forms, or a plural's); 0
 * where the article leaves it open ("der Abgeordneten" is a woman's or
 * several). */
char nf_adjective_noun_gender(const nf_doc *doc, size_t art, size_t k);

/* The holder, on the document's date, of the one office of an
 * organisation of states whose role noun is token r after the definite
 * article in the singular, a compound with the organisation's name ("der
 * UN-Generalsekretär", "die EU-Außenbeauftragte", "der Nato-Chef") or
 * before its name in the genitive ("der Generalsekretär der Vereinten
 * Nationen"): the entity (created on first use), or -1 when the gazetteer
 * has no one, or several, in it. */
int32_t nf_igo_office_holder_at(nf_doc *doc, size_t r);

/* True when a name mention of a country starts at token k ("USA",
 * "Vereinigten Staaten": a place entity whose actor is its country's code
 * alone, as countries' are; cities have none); its ISO code goes to
 * `code` (four bytes, NUL-terminated). */
bool nf_country_mention_at(const nf_doc *doc, size_t k, char code[4]);

/* The known person a name at tokens [ta, tb) (up to three words) whose
 * last word no form of the gazetteers lists as a surname is a spelling
 * of: that word's loose key (fold.h; four letters or more, five for a
 * surname alone) is the surname
 * of one person in office on the document's date, and a given name
 * before it is theirs, loosely ("Wolodymyr Selenskij", "Olaf Scholtz";
 * a surname alone where the text has named the person's country:
 * "Selensky").  The entity (created on first use), or -1. */
int32_t nf_loose_person(nf_doc *doc, size_t ta, size_t tb);

/* The entity the name at tokens [ta, tb) of `type` belongs to: one of the
 * same type and name, for a one-word person's name the person whose name
 * ends in it, a known person in a spelling the gazetteers lack
 * ("Selensky"); a new entity otherwise (the mention gives it its name).
 * Returns -1 when memory runs out (entities_tagged.c). */
int32_t nf_entity_of(nf_doc *doc, size_t ta, size_t tb, uint8_t type);

/* Makes the name at tokens [a, b) one of `type`: a new mention where none
 * covers its first or last word, or, where a name mention covers exactly
 * those words, its entity retyped when the gazetteers do not link it and
 * the text names it only there (a line-up's player the tagger took for a
 * place, a dateline's town it took for a person).  False when memory runs
 * out (entities_tagged.c). */
bool nf_name_as(nf_doc *doc, size_t a, size_t b, uint8_t type);

/* True when token k is a regnal number in Roman numerals after a
 * capitalised word ("Bernhard IV", "Elizabeth II") (entities_tagged.c). */
bool nf_regnal_number(const nf_doc *doc, size_t k);

/* True when token k may stand between a determiner and its noun: a word
 * in lower case with an adjective's ending ("russische", "neuen",
 * "früheren", "ehemaliger") or a number ("fünf"), not a determiner, a
 * preposition or a verb of another form ("vom", "laut", "sich", "gab")
 * (entity_descriptions.c). */
bool nf_modifier_at(const nf_doc *doc, size_t k);

/* The definite article ("der", "die", "den", "dem", "des") before the noun
 * at token `noun`, right before it or past up to `max` modifiers
 * (nf_modifier_at) and ages ("der mittlerweile 38-jährige Kanadier"), at
 * token `lowest` or after; SIZE_MAX where another word stands between
 * ("die Zeit der Serbin" holds a noun, "der bei den Kanadiern" a
 * preposition) (entity_descriptions.c). */
size_t nf_definite_article_before(const nf_doc *doc, size_t noun, size_t lowest, size_t max);

/* The bytes of the ending after "-jährig" of the word at token k when it
 * is a number joined to "-jährig" ("30-Jährige": 1, "19-jährigen": 2, a
 * bare "40-jährig": 0); -1 for other words. */
int nf_age_word_ending(const nf_doc *doc, size_t k);

/* The person of the document whose name of two words or more ends in the
 * `n` bytes at `w` ("Putin" for "Wladimir Putin"): the latest named so,
 * but one the gazetteers know before one they do not ("Arafat" after
 * "Jassir Arafat ... Suha Arafat, die Witwe"); -1 when none. */
int32_t nf_person_ending_in(const nf_doc *doc, const char *w, size_t n);

/* True when the article at token a reads as a singular before the
 * person's role noun at k of gender `gender` ('f' for a woman's noun):
 * "der Minister", "die Kanzlerin", "dem Präsidenten", "den Kanzler", "den
 * Präsidenten" after a verb; not "den Präsidenten" after "mit" (a dative
 * plural), "die Minister", "Angaben der Abgeordneten"
 * (entity_descriptions.c). */
bool nf_singular_person_article(const nf_doc *doc, size_t a, size_t k, char gender);

/* True when the noun at token `noun` (a role or a classifying noun of
 * entity type `type`) opens, with its determiner, a genitive after
 * another noun of that kind: "des russischen Präsidenten" in "der
 * Pressesprecher des russischen Präsidenten Dmitri Peskow" describes the
 * spokesman's owner, not the name after it; "nach Einschätzung des
 * Airbus-Chefs Thomas Enders" is no such genitive (entity_descriptions.c). */
bool nf_owner_genitive_at(const nf_doc *doc, size_t noun, int type);

/* The kind of name a noun at token k introduces when a name follows it
 * (an apposition: "die Firma Grünenthal", "seine Mutter Armentaria", "der
 * Berg Lusen"): NF_ENT_PERSON, NF_ENT_ORG or NF_ENT_GPE for a capitalised
 * word that is or ends in a noun of lang/de/entities/class-nouns.txt; -1
 * for other words. */
int nf_class_noun(const nf_doc *doc, size_t k);

/* The type of the name a classifying noun at token k introduces: as
 * nf_class_noun, but NF_ENT_LOC for a landform, a region or a building
 * ("der Berg Lusen", "das Kloster Andechs": "loc" in class-nouns.txt). */
int nf_class_noun_type(const nf_doc *doc, size_t k);

/* True when token k is a classifying noun in the plural, after which names
 * stand as a list ("die Städte", "die Dörfer": "list" in class-nouns.txt). */
bool nf_plural_class_noun(const nf_doc *doc, size_t k);

/* True when the word at token k is or ends in a noun of a relation that
 * persons and organisations alike stand in ("Konkurrent", "US-Partner",
 * "Suchmaschinen-Betreiber": class-nouns.txt's "any"), which describes a
 * name after it of either kind but classifies none. */
bool nf_relation_noun(const nf_doc *doc, size_t k);

/* True when token k is a capitalised word joined by a hyphen whose last
 * part is in lower case: an adjective made of a name and a word
 * ("SPD-nahen", "CDU-geführte", "Kreml-treuen", "Euro-skeptische"), no
 * name's word. */
bool nf_hyphen_adjective(const nf_doc *doc, size_t k);

/* The token of the word that stands before a name of tokens [ta, tb) to
 * classify it: the word right before it, or the one before "namens"
 * ("ein Videospiel namens Agony", "eine Firma namens Gutmann"), or the
 * one before the list of names it ends ("die Firmen Wendelsoft,
 * Quarrelby und Tarquini"); ta when ta opens the sentence beginning at
 * token sa. */
size_t nf_noun_before_name(const nf_doc *doc, size_t ta, size_t tb, size_t sa);

/* True when the word at token k is a noun of persons of
 * lang/de/entities/class-nouns.txt ("Autor", "Mutter"), or a compound
 * ending in one that is no noun of kinship or company ("Drehbuchautor",
 * "Austria-Trainer"; not "Schwiegermutter", "Parteifreund"): a word that
 * describes the person it stands for. */
bool nf_occupation_noun(const nf_doc *doc, size_t k);

/* True when the word at k is a verb of saying in the third person
 * singular right after a comma or a closing quotation mark: the inverted
 * frame after a quote ("...", sagte ...; speech-verbs.txt class 'S' or 'D'). */
bool nf_saying_verb(const nf_doc *doc, size_t k);

/* True when token k is a function word of class `c` of quote-words.txt
 * ('r' preposition, 'c' coordinating and 's' subordinating conjunction,
 * 'x' auxiliary or modal verb; coref.c). */
bool nf_quote_word_class(const nf_doc *doc, size_t k, char c);

/* True when token k is a function word of any of the classes whose
 * letters `classes` holds (one look-up for them all). */
bool nf_quote_word_any(const nf_doc *doc, size_t k, const char *classes);

/* True when the word at k of sentence [sa, sb) stands in a list of names
 * no list knows, two of them at least around it, separated by commas,
 * dashes or slashes: a team's line-up ("Derflinger, Schütz – Wallner",
 * "Gavilan, Sikorski, Fröschl").  "Obama, Romney und Ryan" is no such list
 * for "Obama". */
bool nf_in_name_list(const nf_doc *doc, size_t k, size_t sa, size_t sb);

/* True when token k is an Arabic article or another particle of names
 * joined by a hyphen to the capitalised name after it ("al-Senussi",
 * "al-Hija"; lang/de/entities/name-particles.txt). */
bool nf_hyphened_particle(const nf_doc *doc, size_t k);

/* True when the word w (wl bytes, as written) is a function word of one
 * of the engine's languages (their stopwords.txt: "der", "The", "of"),
 * which names no one alone. */
bool nf_function_word(const nf_doc *doc, const char *w, size_t wl);

/* True when an entity is a news outlet: a media organisation of the
 * gazetteer, one described by a role of the media sector ("der
 * Fernsehsender „Channel 10“": broadcaster), or an organisation whose name
 * ends in an outlet noun ("Frankfurter Allgemeine Sonntagszeitung";
 * lang/de/media-nouns.txt).  In sources.c. */
bool nf_news_outlet(const nf_doc *doc, const nf_entity *e);

/* True when the n bytes at `low` (a word in lower case) end in an outlet
 * noun of media-nouns.txt ("tageszeitung", "nachrichtenagentur").  In
 * sources.c. */
bool nf_outlet_word(const nf_doc *doc, const char *low, size_t n);

/* Makes each place of one word named right after a noun of outlets ("die
 * Lokalzeitung Trentino", "die Tageszeitung Österreich") the outlet of that
 * name, where the name ends there (no capitalised word after it).
 * Returns false when memory runs out (entities_tagged.c). */
bool nf_places_named_as_outlets(nf_doc *doc);

/* Drops the mentions of an outlet named by a common noun ("Stern",
 * "Bild", "Spiegel") where nothing in the document shows the word to
 * name the outlet (a crediting word next to it, quotation marks, an
 * outlet's noun before it, "online" after it): "den Stern umrunden", "das
 * Bild an der Wand".  In entity_outlets.c. */
void nf_noun_outlets(nf_doc *doc);

/* Makes an organisation no list knows, named right after an outlet's noun
 * ("das britische Boulevard-Blatt Sun", "das Nachrichtenportal Bivol";
 * lang/de/media-nouns.txt), a medium, of the country an adjective before
 * the noun gives.  In entity_outlets.c. */
void nf_outlets_by_noun(nf_doc *doc);

/* Makes an outlet of an English title no list knows that sentence
 * [sa, sb) credits: "The" and the capitalised words after it, with a word
 * that credits a source right before or after ("laut einem Bericht von
 * The Register", "Gegenüber The Register gab ...", "The Lancet zufolge").
 * False when memory runs out.  In entity_outlets.c. */
bool nf_english_outlets_in_sentence(nf_doc *doc, size_t sa, size_t sb);

/* True when the capitalised word at k ends in an outlet noun ("Zeitung",
 * "Nachrichtenagentur", "Bild-Zeitung"; lang/de/media-nouns.txt).  In
 * sources.c. */
bool nf_outlet_noun_at(const nf_doc *doc, size_t k);

/* True for a comma, dash, slash or semicolon between the names of a list. */
bool nf_list_separator(const nf_doc *doc, size_t k);

/* True for the types of places: countries, states, cities (gpe) and
 * regions, rivers, buildings (loc). */
static inline bool nf_place_type(int type) {
    return type == NF_ENT_GPE || type == NF_ENT_LOC;
}

/* True when entity e is a news outlet: its CAMEO actor code's sector is
 * MED ("AUTMED"). */
bool nf_outlet(const nf_entity *e);

/* True when CAMEO actor code `actor` (NULL for none) ends in the
 * three-letter `sector` ("MED", "BUS", "PTY"). */
bool nf_actor_sector(const char *actor, const char *sector);

/* True when mention m opens its sentence right before a colon: the label
 * of an interview's turn ("STANDARD: Warum ...?", "Hofer: Nein."). */
bool nf_turn_label(const nf_doc *doc, const nf_mention *m);

/* True when the word at token k ends in a noun the name tagger's lexicon
 * knows (nf_ner_compound_tail: "Präsident" is mostly written without an
 * article, "Rede" is a verb form too), after three bytes at least: a
 * compound noun the lexicon has not seen ("Angriffsauftrag",
 * "Palästinenserpräsident", "Wahlkampfauftritt"). */
bool nf_noun_compound(const nf_doc *doc, size_t k);

/* nf_noun_compound for the lower-cased word `l` of n bytes (a part of a
 * token: the last part of a hyphenated word). */
bool nf_noun_compound_word(const nf_doc *doc, const char *l, size_t n);

/* True when token k is a word of a name no list of the engine knows: a
 * capitalised word that is no hyphenated or other compound, no role noun,
 * no word the capitalisation lexicon knows as a common one or a noun (a
 * plural is capitalised without an article too), and neither a whole name
 * of the gazetteers ("Kiew", "NTV") nor a surname they know (also in the
 * genitive); or an initial.  Next to a surname alone such a word makes the
 * surname part of someone else's name ("Novak Djokovic", "Ken Rice",
 * "David A. Paterson").  Without the tagger's lexicon nothing counts. */
bool nf_unknown_name_word(const nf_doc *doc, size_t k);

/* The person of the document whose name of two words (or three, where
 * the country puts family names first) opens with the short word w (wl
 * bytes, two to four letters) or with w less a genitive "s": "Xi" or
 * "Xis" after "Xi Jinping", "Ais" after "Ai Weiwei"; -1 when none. */
int32_t nf_family_name_first(const nf_doc *doc, const char *w, size_t wl);

/* True when the word w (wl bytes) is, as it stands or as a genitive in
 * "s", the surname of a person the document named before, or of one the
 * gazetteers know by surname first ("Putin", "Putins"). */
bool nf_known_surname(const nf_doc *doc, const char *w, size_t wl);

/* The foreign country a document is about, in iso (4 bytes, NUL-ended):
 * where it names no German-speaking country, the country it names most
 * often (with `clear_lead`, more than twice as often as any other); false
 * when there is none (entities.c).  A state's institution it names by its
 * noun alone is that country's ("die Polizei" in news from Venezuela). */
bool nf_country_abroad(const nf_doc *doc, char iso[4], bool clear_lead);

/* The German-speaking country a document is clearly about, in iso (4
 * bytes, NUL-ended): the country its mentions name most often, more than
 * twice as often as any other, German or foreign ("Wien - Der Rechnungshof
 * kritisiert ..."); false when there is none (entities.c).  A state's
 * institution it names by its noun alone is that country's. */
bool nf_country_home_clear(const nf_doc *doc, char iso[4]);

/* True when the word at token k describes the organisation named after
 * it rather than opening its name: a company's role noun ("Firma PNE
 * Wind AG", "des Unternehmens Whatsapp Inc."), a person's class noun
 * ("Tochter Zielpunkt GmbH"), or a compound joined by hyphens whose last
 * part is a noun ("Internet-Suchmaschinen-Betreiber Google Inc.").  Not
 * "Bank" ("Bank Austria AG") nor a place's class noun ("Flughafen Wien
 * AG"): names begin so. */
bool nf_describes_company(const nf_doc *doc, size_t k);

/* Gives persons without a country the one the words around their name show:
 * a nationality adjective or a country in the phrase before it, or an
 * apposition after it (entity_country.c). */
void nf_person_countries(nf_doc *doc);

/* True when token k is a site's domain name: a URL token with neither
 * scheme nor path ("Golem.de", "CNN.com", "www.heise.de"). */
bool nf_site_domain(const nf_doc *doc, size_t k);

#endif
