/* quotes.h - what the files of the quotation stage share (quotes.c,
 * quote_words.c, quote_speaker.c, quote_frames.c, quote_direct.c).
 *
 * The stage works on one document with a `qctx`: per-token word classes
 * looked up once, the quotation region each token lies in, and the quotes
 * found so far (`qitem`, with the bookkeeping the passes need).  Every
 * array lives in the document arena. */
#ifndef NF_QUOTES_H
#define NF_QUOTES_H

#include <stdbool.h>
#include <stdint.h>

#include "doc.h"
#include "langpack.h"
#include "tokens.h"

/* Word classes of quote-words.txt (bits of qctx.wcls). */
enum {
    QW_DET = 1u << 0,  /* d: determiner or numeral */
    QW_PRON = 1u << 1, /* p: personal pronoun */
    QW_PREP = 1u << 2, /* r: preposition */
    QW_SUBJ = 1u << 3, /* s: subordinating conjunction */
    QW_WH = 1u << 4,   /* w: question word */
    QW_CONJ = 1u << 5, /* c: coordinating conjunction */
    QW_ADV = 1u << 6,  /* a: adverb */
    QW_AUX = 1u << 7,  /* x: auxiliary or modal verb */
    QW_ANA = 1u << 8,  /* n: anaphor pointing to the sentence before */
    QW_REL = 1u << 9   /* l: relative pronoun */
};

/* Classes of speech verbs (speech-verbs.txt): QV_DIRECT, a verb of the
 * manner of speaking ("scherzte", "schimpfte"), frames direct speech
 * only. */
enum { QV_NONE = 0, QV_SAY, QV_ACT, QV_THINK, QV_DIRECT };

/* Kinds of attribution markers (speech-markers.txt). */
enum { QM_NONE = 0, QM_SOURCE, QM_POST, QM_BACK, QM_REL, QM_ES, QM_KNOWN, QM_FROM };

/* True for the markers that frame like a speech verb (qx_es_cue reads
 * them): "heißt es", "wurde bekannt", "geht aus ... hervor". */
static inline bool qx_frame_marker(uint8_t mk) {
    return mk == QM_ES || mk == QM_KNOWN || mk == QM_FROM;
}

/* How a quote was found; later passes treat them differently. */
enum {
    QO_DIRECT,   /* a quotation region with its frame */
    QO_FRAGMENT, /* a quoted fragment inside another quote */
    QO_CLAUSE,   /* a content clause after or before a speech verb */
    QO_MARKER,   /* laut, zufolge, nach Angaben, demnach, heißt es */
    QO_ANAPHOR,  /* "Dies teilte ... mit": the sentence before */
    QO_REPORTED, /* a speech act with its object */
    QO_CONT      /* a Konjunktiv I sentence continuing a quote */
};

/* What became of a quotation region. */
enum {
    QR_OPEN = 0, /* not decided yet */
    QR_QUOTE,    /* a direct quote (or a piece of one) */
    QR_NONE      /* a title, a name or a scare quote */
};

#define QX_NONE UINT32_MAX

/* A quote with the stage's bookkeeping. */
typedef struct qitem {
    nf_quote q;
    uint32_t s_first, s_last; /* sentences its content lies in */
    uint8_t origin;           /* QO_* */
    bool dropped;             /* removed by a later pass */
    /* who speaks on after it where that is not its speaker: the one who
     * denies the report whose claim the quote is ("X wies die Darstellung
     * zurück, die Ausländer seien ...": X), else ta == tb */
    nf_seg denier;
    /* a continuation's: the cue of the quote whose speaker it carries on,
     * which a quotation inside it takes as its own (the GNQA annotations
     * give a direct quote the verb that frames it, however many sentences
     * before), else ta == tb */
    nf_seg carried[2];
} qitem;

/* The stage's working state for one document. */
typedef struct qctx {
    nf_doc *doc;
    const nf_langpack *lp;
    uint16_t *wcls;   /* per token: QW_* bits */
    uint8_t *vcls;    /* per token: QV_* of a speech verb form */
    uint8_t *mk;      /* per token: QM_* of a marker */
    uint8_t *konj;    /* per token: 1 or 2 for a subjunctive form, else 0 */
    int32_t *region;  /* per token: the outer quotation region it lies in (marks included), or -1 */
    uint8_t *used;    /* per token: taken as a cue or a speaker */
    uint8_t *paren;   /* per token: 1 inside a parenthesis closed in its sentence */
    uint8_t *covered; /* per sentence: 1 when some quote's content lies in it */
    uint8_t *rstate;  /* per quotation region: QR_* */
    qitem *items;
    size_t n, cap;
} qctx;

/* The cue (two segments, owned by `it`) of the frame that speaks in quote
 * `it`: its own, or for a continuation the one it carries (see qitem). */
static inline const nf_seg *qx_framing_cue(const qitem *it) {
    return it->q.cue[0].tb > it->q.cue[0].ta ? it->q.cue : it->carried;
}

/* Sets the carried cue of continuation `to` (see qitem) from the quote
 * `from` it carries on. */
static inline void qx_carry_cue(qitem *to, const qitem *from) {
    const nf_seg *cue = qx_framing_cue(from);
    to->carried[0] = cue[0];
    to->carried[1] = cue[1];
}

/* Gives quote `to` the speaker of `from`, with what an anaphoric speaker
 * ("Demnach") stands for; or the one who denied what `from` claims. */
static inline void qx_same_speaker(qitem *to, const qitem *from) {
    if (from->denier.tb > from->denier.ta) {
        to->q.speaker = from->denier;
        to->q.antecedent = (nf_seg){0, 0};
        return;
    }
    to->q.speaker = from->q.speaker;
    to->q.antecedent = from->q.antecedent;
}

/* ---- quote_words.c: token classes, clauses, cues (quote_speaker.c: noun
 * phrases and speakers) ----------------------------------------------- */

/* Fills the per-token arrays of `c` (word classes, verb classes, markers,
 * subjunctive forms, regions).  Returns false when memory runs out. */
bool qx_classify(qctx *c);

/* True when token k is punctuation `ch`. */
bool qx_punct(const qctx *c, size_t k, int32_t ch);
/* True when token k is a dash ("–", "—"), which sets off an insertion as
 * commas do. */
bool qx_dash(const qctx *c, size_t k);

/* True when token k ends a clause: a comma, semicolon, colon, dash,
 * parenthesis, or a quotation mark. */
bool qx_boundary(const qctx *c, size_t k);

/* True when the lower-cased token k is `w` (inline: the quote stages ask
 * it some 740,000 times on bench-de). */
static inline bool qx_is(const qctx *c, size_t k, const char *w) {
    return nf_tok_is(c->doc, k, w);
}

/* The index of the paragraph holding token k (binary search over
 * doc->paragraphs). */
size_t qx_paragraph_of(const nf_doc *doc, size_t k);

/* True when region `ri` is short and has no punctuation inside: a name, a
 * title or a scare quote that a clause runs through. */
bool qx_short_region(const qctx *c, int32_t ri);

/* A noun or name written in lower case: a compound with a capitalised part
 * ("documenta-Homepage") or a domain ("ndr.de"). */
bool qx_lower_name(const qctx *c, size_t k);

/* True when quotation region `ri` names something (a title, a paper, an
 * organisation) rather than quotes it. */
bool qx_name_like(const qctx *c, size_t ri);
/* True when the word before token o is an inflected adjective in lower
 * case ("besetzten", "neue") that an article or a preposition holding
 * one ("beim", "im") opens, perhaps after an adverb ("beim erstklassig
 * besetzten"): a quotation at o is that phrase's noun. */
bool qx_attributive_before(const qctx *c, size_t o);

/* True for a word token (not punctuation, number or mark). */
bool qx_word(const qctx *c, size_t k);

/* True for a capitalised word or an upper-case abbreviation. */
bool qx_cap(const qctx *c, size_t k);

/* The first token of the clause that holds token k (at most `limit`
 * tokens back, never before `sa`). */
size_t qx_clause_start(const qctx *c, size_t k, size_t sa);

/* The token after the clause that holds token k (never past `sb`). */
size_t qx_clause_end(const qctx *c, size_t k, size_t sb);

/* The end of a noun phrase starting at k (at most `end`): an optional
 * determiner, adjectives, nouns or names, and a genitive or "von" phrase.
 * A personal pronoun alone counts.  Returns k when there is none. */
size_t qx_np_fwd(const qctx *c, size_t k, size_t end);

/* Where the subject [a, e) after a form of "werden" ends before the agent
 * of the passive: at the first "von" or "vom" after its first word that
 * no name covers ("wird Merkel von der Nachrichtenagentur Reuters
 * zitiert"; "wird Ursula von der Leyen zitiert" keeps its name) and no
 * place follows ("der Bürgermeister von Paris"); e when there is none. */
size_t qx_before_agent(const qctx *c, size_t a, size_t e);

/* The start of a noun phrase that ends just before k (not before `start`);
 * k when there is none. */
size_t qx_np_bwd(const qctx *c, size_t k, size_t start);

/* True when token k is "und", "oder" or "sowie": a word that joins a
 * list's last member to it (quote_words.c). */
bool qx_list_conjunction(const qctx *c, size_t k);

/* The token after a list of names that goes on at the comma at token k
 * after its first member (never past `end`): "Merkel, Macron und Draghi",
 * "Frankreichs, Italiens und Österreichs", "die SPD, die Grünen und die
 * FDP", each member after the comma a name after its article perhaps, the
 * last after "und", "oder" or "sowie"; k where none goes on.  Such a comma
 * joins the members of one phrase, not two clauses. */
size_t qx_name_list_end(const qctx *c, size_t k, size_t end);

/* Skips adverbs, time expressions and auxiliaries from k (at most four
 * tokens, never past `end`). */
size_t qx_skip_adverbials(const qctx *c, size_t k, size_t end);

/* The particle of the separable speech verb at token v within its clause
 * ("teilte ... mit"): sets *part to its token (or QX_NONE) and returns true
 * when the verb is a cue (its particle is present or not needed). */
bool qx_verb_cue(const qctx *c, size_t v, size_t sb, uint32_t *part);

/* ---- quote_relay.c ---------------------------------------------------- */

/* Adds a copy of every quote framed by "zitieren" that names two parties
 * ("Die Zeitung zitiert den Minister"), with the second party as its
 * speaker.  Returns false when memory runs out. */
bool qx_relays(qctx *c);

/* True for a lower-case word that may be an adjective or participle inside
 * a noun phrase ("russische", "zuständigen", "vorbereitetes"): an ending
 * of one, and no list knows it as another class of word. */
bool qx_adjective(const qctx *c, size_t k);

/* True when token k opens a genitive attribute with no article: a
 * possessive, a demonstrative, a quantifier or an adjective in "-er"
 * ("Angaben seiner Familie", "Meinung vieler Experten", "Berichten
 * verschiedener US-Medien"); not "jeder" or "keiner", nominatives as
 * often. */
bool qx_genitive_without_article(const qctx *c, size_t k);

/* True when a person's name mention ends right before token k ("Andreas
 * Stoch" in "Der Abgeordnete und Fraktionschef Andreas Stoch sagte",
 * "Davies" in "Davies der Zeitung zufolge"). */
bool qx_person_name_ends(const qctx *c, size_t k);

/* True when the noun phrase [a, b) names a possible speaker: a pronoun,
 * or an entity mention at its head (its first two tokens: "Die Regierung",
 * not "Die Anwendung des Gesetzes"). */
bool qx_names_someone(const qctx *c, size_t a, size_t b);
/* True for a determiner that is never nominative ("den", "dem", "des",
 * "einen", ...; not where a name starts, "Den Haag"): the phrase it opens is
 * no subject. */
bool qx_oblique_det(const qctx *c, size_t k);

/* True when token k is an auxiliary or modal verb, not an article or
 * pronoun spelled alike. */
bool qx_aux(const qctx *c, size_t k);

/* True for a form of "werden" at k: "wurde", "wird", "werden", "wurden". */
bool qx_werden_form(const qctx *c, size_t k);

/* True when the verb at k names something rather than saying it ("nennt",
 * "nannte", "bezeichnete"). */
bool qx_names_act(const qctx *c, size_t k);

/* True when token k is a noun that names ("Name", "Übername", "Titel",
 * "Motto"): what follows "so" there says what something is called. */
bool qx_naming_noun(const qctx *c, size_t k);

/* The first auxiliary in [a, v) (the finite verb of a clause whose
 * participle or infinitive is at v), or v when there is none. */
size_t qx_finite_aux(const qctx *c, size_t a, size_t v);

/* The type of the entity whose name mention is exactly tokens [a, b)
 * (NF_ENT_*), or -1 when none is. */
int qx_name_span(const qctx *c, size_t a, size_t b);

/* The grammatical speaker of the speech verb at v in sentence [sa, sb):
 * before the verb when the clause starts with its subject, after it in
 * inverted order, between "wie"/"als" and a clause-final verb.  Returns the
 * token range, ta == tb when none is found. */
nf_seg qx_speaker_of(const qctx *c, size_t v, size_t sa, size_t sb);

/* True when the verb of saying at k is an infinitive: a form in -n whose
 * Konjunktiv I ("bestehe", "betone") speech-verbs.txt holds, or a verb in
 * -ern/-eln ("äußern").  Strong participles without "ge" ("bestanden",
 * "versprochen") have no such form, so "wird ... bestehen" is a future and
 * "wird ... versprochen" stays a passive. */
bool qx_speech_infinitive(const qctx *c, size_t k);

/* True when the verb at k looks like a participle: it ends in -t or has
 * "ge" before its last three letters ("geschätzt", "mitgeteilt",
 * "angegeben"), not an infinitive ("sagen", "fragen"). */
bool qx_participle(const qctx *c, size_t k);

/* True when token k is "steht", "stand" or "stehe", which frames what a
 * document says after "in" and its noun (qx_es_cue). */
bool qx_document_verb(const qctx *c, size_t k);

/* "heißt es" / "hieß es" / "es heißt" at token k: sets the cue range and
 * the source named with "in", "aus", "von", "bei" or "seitens" in its
 * clause ("heißt es in der Erklärung"), ta == tb when none; likewise "wurde
 * bekannt" (no source), "hervorgeht" / "geht ... hervor" (the source
 * after "aus"), whose particle goes to `part` (ta == tb when none), and
 * "steht" after "in" and a document ("In dem Bericht steht, dass"). */
bool qx_es_cue(const qctx *c, size_t k, size_t sa, size_t sb, nf_seg *cue, nf_seg *part,
               nf_seg *speaker);

/* The subject that opens sentence [sa, ...) and is set off by an
 * apposition ending at `comma`; ta == tb when there is none. */
nf_seg qx_apposition_subject(const qctx *c, size_t sa, size_t comma);

/* The "wie" that opens a verb-final frame whose subject is set off by an
 * apposition, the clause of the verb starting at cs after its comma ("Wie
 * der Direktor des Amtes, Smith Dharmmasaroj, mitteilte", "..., wie die
 * Sprecherin, Anna Berg, in Wien sagte"): "wie" opens sentence [sa, ...) or
 * follows a comma.  Sets *subject to the subject; returns the token of
 * "wie", or cs when there is none. */
size_t qx_wie_apposition(const qctx *c, size_t cs, size_t sa, nf_seg *subject);

/* The speaker `sp` without the phrase its verb governs, where that phrase
 * starts at the particle `part` inside it ("hat die Kammer von einem
 * Verlust gesprochen": "die Kammer"); QX_NONE for none. */
static inline nf_seg qx_before_particle(nf_seg sp, uint32_t part) {
    if (part != QX_NONE && part > sp.ta && part < sp.tb) sp.tb = part;
    return sp;
}

/* The subject of the main clause [cs, e) when its verb is not known. */
nf_seg qx_clause_subject(const qctx *c, size_t cs, size_t e);

/* True when a subjunctive form (mood 1, or 2 when `mood2`) lies in tokens
 * [a, b) outside quotation regions. */
bool qx_has_konj(const qctx *c, size_t a, size_t b, bool mood2);

/* True when the lower-cased token k ends in one of the speech nouns
 * ("Angaben", "Polizeiangaben"). */
bool qx_speech_noun(const qctx *c, size_t k);

/* True when the noun phrase [a, b) names an organisation, or with
 * `persons` a person too, before any preposition in it: at its head ("Die
 * israelische Regierung", "Der Minister Karl Huber") or as its genitive
 * ("Ein Bericht des Magazins Nikkei"); not a place ("Vorbedingungen zu
 * einer Zustimmung Israels"), nor a pronoun, which may stand for anything
 * ("Das ergab ein Experiment"). */
bool qx_names_actor(const qctx *c, size_t a, size_t b, bool persons);

/* True when the noun phrase [a, b) has a speech noun ("Bericht",
 * "Studie") among its capitalised words: a statement may speak. */
bool qx_speech_np(const qctx *c, size_t a, size_t b);

/* True when a capitalised word of [a, b) passes `noun` (qx_speech_noun,
 * qx_document_noun, ...). */
bool qx_noun_in(const qctx *c, size_t a, size_t b, bool (*noun)(const qctx *, size_t));

/* True when token k is a noun of speech-nouns.txt marked "event", alone or
 * at the end of a compound ("Korruptionsvorwurf"): it also
 * names a process or its outcome ("Ergebnis", "Untersuchung"), so "nach dem
 * Ergebnis" is after it unless a source follows. */
bool qx_event_speech_noun(const qctx *c, size_t k);

/* True when the lower-cased token k of at least `min` bytes ends in "te",
 * or of one byte more in "ten": the weak past tense ("erkannte",
 * "forderten"). */
bool qx_past_ending(const qctx *c, size_t k, size_t min);

/* True when word token k is a noun of a document or ends in one
 * (document-nouns.txt: "Bericht", "Jahresbericht", "Koalitionsvertrag"). */
bool qx_document_noun(const qctx *c, size_t k);

/* The class speech-act-nouns.txt gives token k: 'n' a noun of a statement
 * or demand, 'o' one of an opinion (capitalised, alone or ending a
 * compound), 'v' a verb that voices such a noun, 'b' a form of "sein" (in
 * lower case, the form itself); 0 for none. */
char qx_speech_act(const qctx *c, size_t k);

/* True when token k is a capitalised noun for a group or an unnamed
 * speaker ("Analysten", "Gesundheitsbehörden"), from group-speakers.txt. */
bool qx_group_noun(const qctx *c, size_t k);

/* The number of word tokens in [a, b). */
size_t qx_words(const qctx *c, size_t a, size_t b);

/* ---- quotes.c: the list of quotes ---------------------------------------- */

/* Appends a quote; NULL when memory runs out. */
qitem *qx_add(qctx *c, uint8_t kind, uint8_t origin);

/* Adds content span [a, b) to `it` (trimmed of outer punctuation; empty
 * spans are skipped). */
void qx_span(const qctx *c, qitem *it, size_t a, size_t b);

/* Marks the tokens of `it`'s cue and speaker as used. */
void qx_use(qctx *c, const qitem *it);

/* ---- quote_direct.c and quote_frames.c: the passes ------------------------ */

/* Direct quotes: quotation regions with a frame after or before them, the
 * colon pattern and interrupted quotes.  Returns false on memory failure. */
bool qx_direct(qctx *c);

/* Indirect and reported speech, sentence by sentence: content clauses of
 * speech verbs, "laut", "zufolge", "nach Angaben", "wie X sagte", "Dies
 * teilte X mit", and speech acts with their object. */
bool qx_frames(qctx *c);

/* Quoted fragments inside indirect speech, short quotations governed by a
 * speech verb, and longer quotations without a frame. */
bool qx_fragments(qctx *c);

/* Sentences in Konjunktiv I that carry on the quote before them. */
bool qx_continuations(qctx *c);

#endif
