/* quote_words.c - the quotation stage's view of words: function-word
 * classes, speech verbs with their particles, subjunctive forms, clauses,
 * noun phrases and the speaker of a speech verb.
 *
 * Every token is looked up at most once per list, and only when the pack's
 * token index says it is in that list (NF_TM_SPEECH, NF_TM_KONJ,
 * NF_TM_QWORD).  Clause and phrase scans stop at fixed lengths. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "quotes.h"
#include "stages.h"

/* Longest clause or phrase the scans look at, in tokens. */
#define CLAUSE_MAX 60

/* Reads the letters of a quote-words entry into QW_* bits. */
static uint16_t word_classes(const char *v) {
    uint16_t m = 0;
    for (size_t i = 0; v[i] && i < 16; i++) {
        switch (v[i]) {
            case 'd':
                m |= QW_DET;
                break;
            case 'p':
                m |= QW_PRON;
                break;
            case 'r':
                m |= QW_PREP;
                break;
            case 's':
                m |= QW_SUBJ;
                break;
            case 'w':
                m |= QW_WH;
                break;
            case 'c':
                m |= QW_CONJ;
                break;
            case 'a':
                m |= QW_ADV;
                break;
            case 'x':
                m |= QW_AUX;
                break;
            case 'n':
                m |= QW_ANA;
                break;
            case 'l':
                m |= QW_REL;
                break;
            default:
                break;
        }
    }
    return m;
}

/* The marker kind named by a speech-markers value. */
static uint8_t marker_kind(const char *v) {
    if (strcmp(v, "source") == 0) return QM_SOURCE;
    if (strcmp(v, "post") == 0) return QM_POST;
    if (strcmp(v, "back") == 0) return QM_BACK;
    if (strcmp(v, "rel") == 0) return QM_REL;
    if (strcmp(v, "es") == 0) return QM_ES;
    if (strcmp(v, "known") == 0) return QM_KNOWN;
    if (strcmp(v, "aus") == 0) return QM_FROM;
    return QM_NONE;
}

/* True when token k starts its sentence. */
static bool sentence_initial(const nf_doc *doc, size_t k) {
    return doc->sentences[doc->tok_sent[k]].ta == k;
}

/* True when the verb form at token k stands between an article and a
 * noun as an attributive adjective: "einer bestätigten Höchstgeschwindigkeit",
 * "in der erwarteten Zusatzkampagne", "in einem entscheiden Punkt" (a typo
 * for "entscheidenden"); no verb frames a quotation there.  Only articles
 * that are no pronouns before a verb count ("Das bestätigte Müller", "Dem
 * widersprach der Minister" are verbs), the definite ones after a
 * preposition; the word after is a capitalised word that is no name and
 * no role ("Das sagte Präsident X"). */
static bool attributive_form(const nf_doc *doc, size_t k) {
    static const char *const indefinite[] = {"des", "eines", "einem", "einer",
                                             "ein", "eine",  "einen", NULL};
    static const char *const definite[] = {"der", "den", "dem", NULL};
    static const char *const preps[] = {"in",   "an",     "auf",   "aus",   "bei",   "mit",
                                        "nach", "von",    "vor",   "zu",    "über",  "unter",
                                        "für",  "durch",  "gegen", "trotz", "wegen", "aufgrund",
                                        "seit", "hinter", NULL};
    size_t n = doc->tok_llen[k];
    const char *l = nf_tokl(doc, k);
    if (k < 1 || k + 1 >= doc->ntokens || n < 4 || (l[n - 1] != 'e' && l[n - 1] != 'n') ||
        doc->tokens[k + 1].kind != NF_TOK_WORD || !(doc->tokens[k + 1].flags & NF_TF_CAP) ||
        nf_mention_over(doc, k + 1) || nf_role_at(doc, k + 1, NULL, NULL))
        return false;
    return nf_tok_in(doc, k - 1, indefinite) ||
           (k >= 2 && nf_tok_in(doc, k - 1, definite) && nf_tok_in(doc, k - 2, preps));
}

/* True for "sei es" after a dash, "be it" ("etwas bezahlen – sei es durch
 * einen Sozialplan oder ..."): no subjunctive of reported speech. */
static bool be_it(const nf_doc *doc, size_t k) {
    return k > 0 && k + 1 < doc->ntokens && nf_tok_is(doc, k, "sei") &&
           nf_tok_is(doc, k + 1, "es") &&
           (doc->text.cls[doc->tokens[k - 1].a] == NF_C_DASH ||
            doc->text.cls[doc->tokens[k - 1].a] == NF_C_HYPHEN) &&
           doc->tokens[k - 1].kind == NF_TOK_PUNCT;
}

/* The most tokens a parenthesis may hold for its commas to open no
 * clause: an aside, an abbreviation or a gloss, not a sentence. */
#define PAREN_MAX 16

/* Marks the tokens inside a parenthesis that closes within PAREN_MAX
 * tokens in its sentence (and holds no other): their commas and colons
 * separate the aside's words, not the clauses around it (qx_boundary). */
static void mark_parentheses(qctx *c) {
    const nf_doc *doc = c->doc;
    for (size_t k = 0; k < doc->ntokens; k++) {
        if (doc->tokens[k].kind != NF_TOK_PUNCT || doc->text.cp[doc->tokens[k].a] != '(') continue;
        uint32_t s = doc->tok_sent[k];
        for (size_t j = k + 1; j < doc->ntokens && j <= k + PAREN_MAX && doc->tok_sent[j] == s;
             j++) {
            if (doc->tokens[j].kind != NF_TOK_PUNCT) continue;
            int32_t ch = doc->text.cp[doc->tokens[j].a];
            if (ch == '(') break;
            if (ch != ')') continue;
            for (size_t i = k + 1; i < j; i++) c->paren[i] = 1;
            k = j;
            break;
        }
    }
}

/* See quotes.h. */
bool qx_past_ending(const qctx *c, size_t k, size_t min) {
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    return (n >= min && strcmp(l + n - 2, "te") == 0) ||
           (n >= min + 1 && strcmp(l + n - 3, "ten") == 0);
}

/* True when the word at token k may be a finite verb in the present or
 * the Konjunktiv ("bestimmen", "verzeichnet", "ist", "hätte"), not the
 * weak past ("verfügte", "gingen" aside). */
static bool present_or_konj(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (k >= doc->ntokens || doc->tokens[k].kind != NF_TOK_WORD ||
        !(doc->tokens[k].flags & NF_TF_LOWER))
        return false;
    if (c->konj[k]) return true;
    const char *l = nf_tokl(doc, k);
    size_t n = doc->tok_llen[k];
    if (qx_past_ending(c, k, 3)) return false;
    return (n >= 3 && (l[n - 1] == 't' || strcmp(l + n - 2, "en") == 0)) ||
           nf_tok_is(doc, k, "ist") || nf_tok_is(doc, k, "sind");
}

/* True when "Danach" opening a sentence at k means "according to it", as
 * "Demnach" does, not "afterwards": a verb in the present or the
 * Konjunktiv follows it, and the sentence before names a statement or a
 * document it goes by ("Das Kinderhilfswerk stellte einen Bericht vor.
 * Danach bestimmen verschiedene Formen von Gewalt den Alltag ..."). */
static bool danach_source(const qctx *c, size_t k, nf_seg prev) {
    const nf_doc *doc = c->doc;
    if (!nf_tok_is(doc, k, "danach") || !(doc->tokens[k].flags & NF_TF_CAP) ||
        !present_or_konj(c, k + 1))
        return false;
    for (size_t j = prev.ta; j < prev.tb; j++)
        if (qx_cap(c, j) && (qx_speech_noun(c, j) || qx_document_noun(c, j))) return true;
    return false;
}

/* True when "meine" or "meinen" at k is the possessive before its noun,
 * not the verb "meinen": a capitalised word other than a pronoun right
 * after it, or after an adjective ("meine Hauptaufgabe", "Meine
 * Mannschaft", "meinen ersten Titel"), and for "meinen"
 * a word in lower case before it ("über meinen Posten"; "Dann, meinen
 * Unternehmer, ..." and "Experten meinen" are the verb). */
static bool possessive_mein(const nf_doc *doc, size_t k) {
    bool e = nf_tok_is(doc, k, "meine"), en = nf_tok_is(doc, k, "meinen");
    if ((!e && !en) || k + 1 >= doc->ntokens) return false;
    size_t j = k + 1;
    /* (an adjective before the noun: "meinen ersten Titel") */
    if (j + 1 < doc->ntokens && nf_inflected_adjective(doc, j) &&
        !nf_tok_find(doc, j, &doc->pack->speech_verbs))
        j++;
    const nf_token *next = &doc->tokens[j];
    static const char *const pronouns[] = {"sie", "ich", "er", "wir", "es", "ihr", NULL};
    /* (a noun that opens with a figure: "meinen ersten 500er-Titel") */
    const char *w = nf_tok(doc, j), *h = strrchr(w, '-');
    bool figure_noun = w[0] >= '0' && w[0] <= '9' && h && h[1] >= 'A' && h[1] <= 'Z';
    if (!figure_noun &&
        (next->kind != NF_TOK_WORD || !(next->flags & NF_TF_CAP) || nf_tok_in(doc, j, pronouns)))
        return false;
    if (e) return true;
    return k > 0 && doc->tokens[k - 1].kind == NF_TOK_WORD &&
           (doc->tokens[k - 1].flags & NF_TF_LOWER);
}

/* True when the participle at k is "gesagt" of an idiom set off from its
 * clause ("ehrlich gesagt", "offen gesagt", "kurz gesagt", "wie
 * gesagt"): a manner adverb before it that opens the sentence or follows
 * a comma, and a comma or the clause's verb after it ("Diese Debatte
 * ist, ehrlich gesagt, erst am Anfang", "Ehrlich gesagt war das ein
 * Fehler"); the frame is another's, no one says anything by it ("Er hat
 * es offen gesagt" does). */
static bool parenthetical_gesagt(const nf_doc *doc, size_t k) {
    static const char *const manner[] = {"ehrlich",  "offen",      "kurz",      "anders",
                                         "genauer",  "grob",       "salopp",    "vereinfacht",
                                         "nebenbei", "wie",        "ehrlicher", "allgemein",
                                         "gelinde",  "deutlicher", "besser",    NULL};
    if (k == 0 || k + 1 >= doc->ntokens || !nf_tok_is(doc, k, "gesagt") ||
        !nf_tok_in(doc, k - 1, manner))
        return false;
    bool set_off = sentence_initial(doc, k - 1) ||
                   (k >= 2 && (nf_tok_is(doc, k - 2, ",") || nf_tok_is(doc, k - 2, "(") ||
                               doc->tokens[k - 2].kind == NF_TOK_QUOTE));
    return set_off && (nf_tok_is(doc, k + 1, ",") || nf_tok_is(doc, k + 1, ")") ||
                       (doc->tokens[k + 1].flags & NF_TF_LOWER));
}

/* True when the zu-infinitive of a separable verb at k ("hinzuweisen",
 * one word) hangs on a form of "sein" before it in its clause, the modal
 * passive ("so ist darauf hinzuweisen, dass", "ihm sind keine Zweifel
 * anzumerken"): what must or can be said, by no one; no frame.  (The
 * two words "zu sagen" after "sein" are left to the frames: "war es
 * wichtig zu betonen, dass" quotes.) */
static bool modal_passive(const nf_doc *doc, size_t k) {
    static const char *const sein[] = {"ist",   "sind", "war",   "waren", "sei",
                                       "seien", "wäre", "wären", NULL};
    /* (the form of "sein" first: most verbs have none before them) */
    size_t s = doc->sentences[doc->tok_sent[k]].ta;
    bool after_sein = false;
    for (size_t j = k; j-- > s && j + 8 > k && !after_sein;) {
        if (doc->tokens[j].kind == NF_TOK_PUNCT || doc->tokens[j].kind == NF_TOK_QUOTE) break;
        after_sein = nf_tok_in(doc, j, sein);
    }
    return after_sein && !(k > 0 && nf_tok_is(doc, k - 1, "zu")) && nf_tok_zu_infinitive(doc, k);
}

/* Looks each flagged token up in the stage's lists. */
bool qx_classify(qctx *c) {
    nf_doc *doc = c->doc;
    size_t n = doc->ntokens;
    nf_arena *ar = &doc->arena;
    c->wcls = nf_arena_calloc(ar, n + 1, sizeof *c->wcls);
    c->vcls = nf_arena_calloc(ar, n + 1, 1);
    c->mk = nf_arena_calloc(ar, n + 1, 1);
    c->konj = nf_arena_calloc(ar, n + 1, 1);
    c->used = nf_arena_calloc(ar, n + 1, 1);
    c->paren = nf_arena_calloc(ar, n + 1, 1);
    c->region = nf_arena_alloc(ar, (n + 1) * sizeof *c->region);
    c->covered = nf_arena_calloc(ar, doc->nsentences + 1, 1);
    c->rstate = nf_arena_calloc(ar, doc->nqregions + 1, 1);
    if (!c->wcls || !c->vcls || !c->mk || !c->konj || !c->used || !c->paren || !c->region ||
        !c->covered || !c->rstate)
        return false;
    const nf_langpack *lp = c->lp;
    for (size_t k = 0; k < n; k++) {
        c->region[k] = -1;
        unsigned m = doc->tok_mask[k] & (NF_TM_SPEECH | NF_TM_KONJ | NF_TM_QWORD);
        if (!m) continue;
        const nf_lex_entry *e;
        if ((m & NF_TM_QWORD) && (e = nf_tokl_get(doc, k, &lp->quote_words)) != NULL)
            c->wcls[k] = word_classes(nf_lex_val(&lp->quote_words, e));
        bool lower = !(doc->tokens[k].flags & NF_TF_CAP);
        if (m & NF_TM_SPEECH) {
            /* Verbs are written in lower case except at a sentence start
             * ("Das Sagen" is a noun), where a name is none ("Twitter
             * sagte"). */
            /* (a capitalised word before a colon is a label: "Frage: ...",
             * the turn of an interview, no verb) */
            bool label = !lower && k + 1 < n && nf_tok_is(doc, k + 1, ":");
            /* (nor a noun of a statement, written as a verb's form
             * there: "Hinweise auf seinen Namen wurden entfernt", no "er
             * hinweise") */
            if ((lower || (sentence_initial(doc, k) && !nf_mention_over(doc, k) && !label &&
                           !nf_tok_is_statement_noun(doc, k))) &&
                (e = nf_tokl_get(doc, k, &lp->speech_verbs)) != NULL && !attributive_form(doc, k) &&
                !possessive_mein(doc, k) && !parenthetical_gesagt(doc, k) &&
                !modal_passive(doc, k)) {
                char cls = nf_lex_val(&lp->speech_verbs, e)[0];
                c->vcls[k] = cls == 'S'   ? QV_SAY
                             : cls == 'R' ? QV_ACT
                             : cls == 'T' ? QV_THINK
                             : cls == 'D' ? QV_DIRECT
                                          : 0;
            }
            if ((e = nf_tokl_get(doc, k, &lp->speech_markers)) != NULL)
                c->mk[k] = marker_kind(nf_lex_val(&lp->speech_markers, e));
        }
        int kj;
        if ((m & NF_TM_KONJ) && lower && (kj = nf_konjunktiv_at(doc, k)) != 0 && !be_it(doc, k))
            c->konj[k] = (uint8_t)(kj == 2 ? 2 : 1);
    }
    c->region[n] = -1;
    /* "zu krank, als dass er arbeiten könne", "als ob es nichts gäbe": the
     * Konjunktiv of a clause of "als dass", "als ob" is its grammar, no
     * one's reported words */
    for (size_t k = 0; k + 1 < n; k++) {
        if (!(c->wcls[k] & QW_SUBJ) || !nf_tok_is(doc, k, "als") ||
            !(nf_tok_is(doc, k + 1, "dass") || nf_tok_is(doc, k + 1, "daß") ||
              nf_tok_is(doc, k + 1, "ob")))
            continue;
        for (size_t j = k + 2;
             j < n && doc->tokens[j].kind != NF_TOK_PUNCT && doc->tokens[j].kind != NF_TOK_QUOTE;
             j++)
            c->konj[j] = 0;
    }
    for (size_t si = 1; si < doc->nsentences; si++) {
        size_t k = doc->sentences[si].ta;
        if (danach_source(c, k, doc->sentences[si - 1])) c->mk[k] = QM_BACK;
    }
    mark_parentheses(c);
    for (size_t r = 0; r < doc->nqregions; r++) {
        const nf_qregion *q = &doc->qregions[r];
        if (q->depth != 0 || q->close >= n) continue;
        for (uint32_t k = q->open; k <= q->close; k++) c->region[k] = (int32_t)r;
    }
    return true;
}

/* Punctuation test on one token. */
bool qx_punct(const qctx *c, size_t k, int32_t ch) {
    const nf_doc *doc = c->doc;
    if (k >= doc->ntokens) return false;
    const nf_token *t = &doc->tokens[k];
    return t->kind == NF_TOK_PUNCT && t->b == t->a + 1 && doc->text.cp[t->a] == ch;
}

/* See quotes.h. */
bool qx_dash(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    return k < doc->ntokens && doc->tokens[k].kind == NF_TOK_PUNCT &&
           doc->text.cls[doc->tokens[k].a] == NF_C_DASH;
}

/* Binary search for the last paragraph starting at or before k. */
size_t qx_paragraph_of(const nf_doc *doc, size_t k) {
    size_t lo = 0, hi = doc->nparagraphs;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->paragraphs[mid].ta <= k)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Short local name for qx_is. */
static bool is(const qctx *c, size_t k, const char *w) {
    return qx_is(c, k, w);
}

/* True when region `ri` is short and has no punctuation inside: a name,
 * a title or a scare quote that a clause runs through. */
bool qx_short_region(const qctx *c, int32_t ri) {
    if (ri < 0) return false;
    const nf_qregion *r = &c->doc->qregions[ri];
    /* up to five words, or ten of a name: every word capitalised but
     * articles, prepositions and conjunctions („Oberster Rat zur
     * Wiederherstellung der Demokratie“) */
    if (r->close - r->open > 11) return false;
    bool name = qx_cap(c, r->open + 1);
    for (uint32_t k = r->open + 1; k < r->close; k++) {
        if (c->doc->tokens[k].kind == NF_TOK_PUNCT || c->doc->tokens[k].kind == NF_TOK_QUOTE)
            return false;
        if (!qx_cap(c, k) && !(c->wcls[k] & (QW_DET | QW_PREP | QW_CONJ))) name = false;
    }
    return r->close - r->open <= 6 || name;
}

/* Clause-ending punctuation and quotation marks (not those of short
 * regions: „Reuters“ berichtete, ...). */
bool qx_boundary(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (k >= doc->ntokens) return true;
    const nf_token *t = &doc->tokens[k];
    if (t->kind == NF_TOK_QUOTE) return !qx_short_region(c, c->region[k]);
    if (t->kind != NF_TOK_PUNCT) return false;
    int32_t ch = doc->text.cp[t->a];
    /* a parenthesis's comma or colon separates its own words ("Peres
     * (Awoda, dt. etwa Arbeiterpartei)"); its full stop still ends ("(...)") */
    if (c->paren[k] && (ch == ',' || ch == ':' || ch == ';')) return false;
    /* the colon of a score or a ratio ("ein 2:1 aus dem Hinspiel") is no
     * boundary: a number on both sides, no space around it */
    if (ch == ':' && k > 0 && k + 1 < doc->ntokens && !(t->flags & NF_TF_SPACE_BEFORE) &&
        !(doc->tokens[k + 1].flags & NF_TF_SPACE_BEFORE) &&
        doc->tokens[k - 1].kind == NF_TOK_NUMBER && doc->tokens[k + 1].kind == NF_TOK_NUMBER)
        return false;
    /* nor the period of a regnal number within its sentence ("Papst
     * Benedikt XVI. sagte") */
    if (ch == '.' && k > 0 && k + 1 < doc->ntokens && !(t->flags & NF_TF_SPACE_BEFORE) &&
        doc->tok_sent[k + 1] == doc->tok_sent[k] && nf_regnal_number(doc, k - 1))
        return false;
    return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?' ||
           doc->text.cls[t->a] == NF_C_DASH || (ch == '-' && (t->flags & NF_TF_SPACE_BEFORE));
}

/* See quotes.h. */
bool qx_list_conjunction(const qctx *c, size_t k) {
    return is(c, k, "und") || is(c, k, "oder") || is(c, k, "sowie");
}

/* True when a list joins region r to another quotation right before or
 * after it: "„A“, „B“ oder „C“". */
static bool list_neighbour(const qctx *c, const nf_qregion *r) {
    const nf_doc *doc = c->doc;
    size_t o = r->open, e = r->close;
    bool join_before = o >= 2 && (qx_punct(c, o - 1, ',') || qx_list_conjunction(c, o - 1));
    if (join_before && doc->tokens[o - 2].kind == NF_TOK_QUOTE &&
        (doc->tokens[o - 2].flags & NF_TF_QCLOSE))
        return true;
    bool join_after =
        e + 2 < doc->ntokens && (qx_punct(c, e + 1, ',') || qx_list_conjunction(c, e + 1));
    return join_after && doc->tokens[e + 2].kind == NF_TOK_QUOTE &&
           (doc->tokens[e + 2].flags & NF_TF_QOPEN);
}

/* True for a noun of words said before a quotation, which quotes them
 * rather than names it: "mit den Worten „…“", "mit dem Satz „…“". */
static bool words_noun(const qctx *c, size_t k) {
    return is(c, k, "worten") || is(c, k, "worte") || is(c, k, "satz") || is(c, k, "sätzen") ||
           is(c, k, "ausspruch") || is(c, k, "zitat");
}

/* The first of the lower-case adjectives right before token o, with one
 * place phrase among them ("die in Oberösterreich erscheinende", "die
 * neue"), or o itself when there are none; never the sentence's first
 * token.  An adjective here is qx_adjective's of four letters or more,
 * no determiner ("die" is the article this looks for). */
static size_t adjectives_before(const qctx *c, size_t o) {
    const nf_doc *doc = c->doc;
    size_t sa = doc->sentences[doc->tok_sent[o]].ta, a = o, adjectives = 0;
    bool place = false;
    while (a > sa + 1 && o - a < 5) {
        size_t k = a - 1;
        if (qx_adjective(c, k) && !c->wcls[k] && doc->tok_llen[k] >= 4) {
            a = k, adjectives++;
            continue;
        }
        /* "in Oberösterreich" before a participle */
        if (!place && adjectives > 0 && qx_cap(c, k) && k > sa + 1 &&
            (is(c, k - 1, "in") || is(c, k - 1, "aus"))) {
            a = k - 1, place = true;
            continue;
        }
        break;
    }
    return a;
}

/* True when a verb of meaning stands before the quotation mark at token
 * o, up to four words of hedge or language between ("bedeutet auf Zulu
 * etwa", "heißt übersetzt", "wörtlich übersetzt"): what follows glosses a
 * word, no one says it. */
static bool gloss_before(const qctx *c, size_t o) {
    size_t sa = c->doc->sentences[c->doc->tok_sent[o]].ta;
    for (size_t k = o; k > sa && o - k < 5;) {
        k--;
        if (is(c, k, "bedeutet") || is(c, k, "bedeuten") || is(c, k, "bedeutete") ||
            is(c, k, "übersetzt"))
            return true;
        if (c->doc->tokens[k].kind != NF_TOK_WORD || c->vcls[k]) return false;
    }
    return false;
}

/* See quotes.h. */
bool qx_attributive_before(const qctx *c, size_t o) {
    static const char *const endings[] = {"e", "en", "er", "es", "em", NULL};
    const nf_doc *doc = c->doc;
    size_t a = o - 1;
    if (o < 2 || !qx_word(c, a) || !(doc->tokens[a].flags & NF_TF_LOWER) || c->wcls[a] ||
        c->vcls[a] || doc->tok_llen[a] < 4 || !nf_tokl_ends_in(doc, a, endings, 2))
        return false;
    for (size_t k = a; k-- > 0 && k + 3 >= a;) {
        /* (articles.txt: the articles and the prepositions holding one) */
        if ((c->wcls[k] & QW_DET) || nf_tokl_get(doc, k, &doc->engine->gz.articles)) return true;
        /* (an adverb between: "erstklassig", "sehr") */
        if (!qx_word(c, k) || !(doc->tokens[k].flags & NF_TF_LOWER) || c->vcls[k] || c->konj[k] ||
            (c->wcls[k] & ~QW_ADV))
            return false;
    }
    return false;
}

/* A region that names something rather than quotes it: right after a
 * noun ("die Zeitung „Die Welt“", "Operation „Cast Lead“"), or every word
 * capitalised ("„Neue Rechte“"). */
bool qx_name_like(const qctx *c, size_t ri) {
    const nf_doc *doc = c->doc;
    const nf_qregion *r = &doc->qregions[ri];
    size_t o = r->open;
    /* A gloss in parentheses: „Cast Lead“ („gegossenes Blei“). */
    if (o > 0 && qx_punct(c, o - 1, '(')) return true;
    /* or after a verb of meaning: "Ubuntu bedeutet auf Zulu etwa
     * „Menschlichkeit“", "übersetzt „Haus des Volkes“" */
    if (gloss_before(c, o)) return true;
    size_t words = 0, content = 0, caps = 0, punct = 0;
    for (uint32_t k = r->open + 1; k < r->close; k++) {
        int kind = doc->tokens[k].kind;
        if (kind == NF_TOK_WORD || kind == NF_TOK_ABBREV) {
            words++;
            bool cap = (doc->tokens[k].flags & NF_TF_CAP) != 0;
            if (!cap && (c->wcls[k] & (QW_DET | QW_PREP | QW_CONJ))) continue;
            content++;
            caps += cap;
        } else if (kind == NF_TOK_NUMBER || kind == NF_TOK_ORDINAL) {
            words++, content++, caps++;
        } else if (kind == NF_TOK_PUNCT) {
            int32_t ch = doc->text.cp[doc->tokens[k].a];
            if (ch == '.' || ch == '!' || ch == '?') return false; /* a sentence */
            punct++;
        }
    }
    bool cap_first =
        (doc->tokens[o + 1].flags & NF_TF_CAP) != 0 || doc->tokens[o + 1].kind == NF_TOK_NUMBER;
    /* "die Zeitung „Die Welt“", "das Prädikat „summa cum laude“": a noun
     * before the quotation that it names. */
    if (o > 0 && qx_cap(c, o - 1) && doc->sentences[doc->tok_sent[o]].ta != o - 1 &&
        !(c->wcls[o - 1] & (QW_DET | QW_PRON)) && !c->vcls[o - 1] && cap_first &&
        !words_noun(c, o - 1))
        return true;
    /* (so does a noun of categories and terms: "im Bereich „politisch
     * motivierte Ausländerkriminalität“", "der Begriff „nachhaltig“") */
    static const char *const terms[] = {"bereich",  "bereichs", "kategorie", "begriff",
                                        "begriffs", "rubrik",   "stichwort", NULL};
    if (o > 0 && qx_cap(c, o - 1) && nf_tokl_ends_in(doc, o - 1, terms, 0)) return true;
    /* (an outlet's noun names a title in lower case too: "des Magazins
     * „auto, motor und sport“") */
    if (o > 0 && qx_cap(c, o - 1) && nf_outlet_word(doc, nf_tokl(doc, o - 1), doc->tok_llen[o - 1]))
        return true;
    /* "„Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“": a list of
     * capitalised titles. */
    if (cap_first && list_neighbour(c, r)) return true;
    /* "„Board of Governors“", "„Ärzte ohne Grenzen e.V.“": a capitalised
     * name with a foreign article or a legal form. */
    static const char *const foreign[] = {
        "of",  "the", "to", "at",  "and", "for", "la",   "le", "les",  "pour", "du",   "de", "et",
        "del", "da",  "el", "los", "il",  "di",  "e.v.", "ag", "gmbh", "ltd.", "inc.", "e.v"};
    if (cap_first && punct == 0)
        for (uint32_t k = r->open + 1; k < r->close; k++)
            for (size_t i = 0; i < sizeof foreign / sizeof foreign[0]; i++)
                if (is(c, k, foreign[i])) return true;
    /* "„con energy ag“", "„Wikimedia Deutschland – Gesellschaft zur
     * Förderung Freien Wissens e.V.“", "„Nichtraucher-Initiative e.V.
     * (NID)“": a legal form ends the name (before an abbreviation in
     * parentheses), whatever its case and punctuation. */
    static const char *const legal[] = {"e.v.", "e.v", "ag", "gmbh", "ltd.", "inc.", "kg"};
    size_t last = r->close - 1;
    if (last > o + 1 && qx_punct(c, last, ')'))
        while (last > o + 1 && !qx_punct(c, last, '(')) last--;
    if (last > o + 1 && qx_punct(c, last, '(')) last--;
    if (last > o + 1)
        for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++)
            if (is(c, last, legal[i])) return true;
    /* "„Neue Rechte“", "„Associated Press“": every word capitalised. */
    if (punct == 0 && words >= 2 && caps == words && content == words) return true;
    /* "der „Focus“", "im „Kesselhaus“": a definite article before a
     * capitalised word names a paper, a place, a product. */
    static const char *const def[] = {"der", "die", "das", "dem",  "den", "des", "im",
                                      "zum", "zur", "vom", "beim", "ins", "am"};
    if (o > 0 && caps > 0 && cap_first && punct == 0) {
        size_t a = adjectives_before(c, o);
        for (size_t i = 0; i < sizeof def / sizeof def[0]; i++)
            if (is(c, a - 1, def[i])) return true;
    }
    /* "„Reuters“-Reporterin", "„Al-Qaida“-Mitglieder": part of a compound. */
    size_t n = r->close + 1;
    return n < doc->ntokens && !(doc->tokens[n].flags & NF_TF_SPACE_BEFORE) &&
           doc->text.cp[doc->tokens[n].a] == '-';
}

/* Word tokens. */
bool qx_word(const qctx *c, size_t k) {
    if (k >= c->doc->ntokens) return false;
    int kind = c->doc->tokens[k].kind;
    return kind == NF_TOK_WORD || kind == NF_TOK_ABBREV;
}

/* Capitalised words and abbreviations. */
bool qx_cap(const qctx *c, size_t k) {
    return qx_word(c, k) && (c->doc->tokens[k].flags & NF_TF_CAP);
}

/* A noun or name written in lower case: a compound with a capitalised
 * part ("documenta-Homepage") or a domain ("ndr.de", "bildblog.de"). */
bool qx_lower_name(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (k >= doc->ntokens) return false;
    const nf_token *t = &doc->tokens[k];
    if (t->kind == NF_TOK_URL) return true;
    if (t->kind != NF_TOK_WORD && t->kind != NF_TOK_ABBREV) return false;
    bool dot = false;
    for (uint32_t i = t->a + 1; i + 1 < t->b; i++) {
        int32_t ch = doc->text.cp[i];
        if (ch == '-' && doc->text.cls[i + 1] == NF_C_UPPER) return true;
        if (ch == '.' && doc->text.cls[i + 1] == NF_C_LOWER) dot = true;
    }
    return dot;
}

/* Scans back to the clause's first token. */
size_t qx_clause_start(const qctx *c, size_t k, size_t sa) {
    size_t j = k;
    while (j > sa && k - j < CLAUSE_MAX && !qx_boundary(c, j - 1)) j--;
    return j;
}

/* Scans forward to the token after the clause. */
size_t qx_clause_end(const qctx *c, size_t k, size_t sb) {
    size_t j = k;
    while (j < sb && j - k < CLAUSE_MAX && !qx_boundary(c, j)) j++;
    return j;
}

/* True when a reflexive pronoun stands within three tokens after the verb
 * at v, before b. */
static bool reflexive_after(const qctx *c, size_t v, size_t b) {
    static const char *const refl[] = {"sich", "uns", "mich", "dich", "euch"};
    for (size_t j = v + 1; j < b && j < v + 4; j++)
        for (size_t i = 0; i < sizeof refl / sizeof refl[0]; i++)
            if (is(c, j, refl[i])) return true;
    return false;
}

/* nf_speech_particle for token k; "als" in "sowohl ... als auch" governs
 * nothing. */
static int particle_at(const qctx *c, const char *list, size_t k) {
    if (is(c, k, "als") && k + 1 < c->doc->ntokens && is(c, k + 1, "auch")) return 0;
    return nf_speech_particle(list, nf_tokl(c->doc, k));
}

/* True for a form of "lassen" that makes "lässt sich" (can be done). */
static bool lassen(const qctx *c, size_t k) {
    return is(c, k, "lässt") || is(c, k, "ließ") || is(c, k, "lassen") || is(c, k, "ließen");
}

/* True when a noun of a game, a contest, a title or a living ends a word
 * in the clause after the verb at v ("bestritt das Halbfinale", "106
 * Länderspiele", "bestreitet ihr Leben", "verteidigte das Gelbe Trikot"):
 * "bestreiten" and "verteidigen" there play, pay or hold on, no one
 * denies or defends in words. */
static bool contested_not_denied(const qctx *c, size_t v, size_t sb) {
    static const char *const tails[] = {"spiel",     "spiele", "spielen",   "finale",  "partie",
                                        "partien",   "rennen", "turnier",   "match",   "duell",
                                        "saison",    "titel",  "trikot",    "führung", "leben",
                                        "unterhalt", "kosten", "wahlkampf", NULL};
    size_t ce = qx_clause_end(c, v + 1, sb);
    for (size_t j = v + 1; j < ce; j++) {
        if (!qx_cap(c, j)) continue;
        const char *w = nf_tokl(c->doc, j);
        size_t n = c->doc->tok_llen[j];
        for (const char *const *t = tails; *t; t++) {
            size_t tl = strlen(*t);
            if (n >= tl && strcmp(w + n - tl, *t) == 0) return true;
        }
    }
    return false;
}

/* True when token k is an infinitive that "geben ... zu" takes to say
 * something ("zu bedenken", "zu verstehen", "zu erkennen"). */
static bool zu_given(const qctx *c, size_t k) {
    return is(c, k, "bedenken") || is(c, k, "verstehen") || is(c, k, "erkennen");
}

/* Finds the separable particle of the verb at v. */
bool qx_verb_cue(const qctx *c, size_t v, size_t sb, uint32_t *part) {
    const nf_doc *doc = c->doc;
    *part = QX_NONE;
    if (!c->vcls[v]) return false;
    /* "Das lässt sich nur so erklären", "ließ sich kaum bestätigen": the
     * infinitive after "lässt sich" (can be done); but "lässt sich sagen"
     * states what the one who says it holds */
    size_t vl = doc->tok_llen[v];
    bool infinitive = vl > 2 && nf_tokl(doc, v)[vl - 1] == 'n' && !is(c, v, "sagen");
    for (size_t j = qx_clause_start(c, v, 0); infinitive && j + 1 < v; j++)
        if (lassen(c, j) && is(c, j + 1, "sich")) return false;
    const char *l = nf_tokl(doc, v);
    const nf_lex_entry *e = nf_tokl_get(doc, v, &c->lp->speech_verbs);
    if (!e) return false;
    /* "wurde zu fünf Jahren Haft verurteilt": a court's sentence, no
     * statement (the event triggers' reading of the word there: 173);
     * but a "dass" clause right after it is what was stated ("hat
     * festgehalten, dass ...") */
    bool dass_next =
        v + 2 < sb && qx_punct(c, v + 1, ',') && (is(c, v + 2, "dass") || is(c, v + 2, "daß"));
    if (!dass_next && nf_event_code_at(doc, v, "173")) return false;
    /* "bestritt das Finale", "bestreitet ihr Leben damit", "verteidigte
     * den Titel": a game played, a living earned, a title held, no denial
     * or defence in words */
    if ((strncmp(l, "bestreit", strlen("bestreit")) == 0 ||
         strncmp(l, "bestritt", strlen("bestritt")) == 0 || strstr(l, "verteidig")) &&
        contested_not_denied(c, v, sb))
        return false;
    /* "aussprechen" joined speaks for or against something with "sich"
     * only ("hat sich für X ausgesprochen"); "wie man den Satz
     * aussprechen kann" pronounces it */
    if (strncmp(l, "aus", 3) == 0 && (strstr(l, "sprech") || strstr(l, "sprach") ||
                                      strstr(l, "sproch") || strstr(l, "spricht"))) {
        bool self = false;
        size_t cs = qx_clause_start(c, v, 0), ce = qx_clause_end(c, v + 1, sb);
        for (size_t j = cs; j < ce && !self; j++) self = is(c, j, "sich");
        if (!self) return false;
    }
    /* "wie sich der Bezirk entschieden hat", "entschied sich für ...": a
     * choice made, no decision pronounced; "kann sich auf den 27. Platz
     * drängen": a push, no urging */
    if ((strncmp(l, "entscheid", strlen("entscheid")) == 0 ||
         strncmp(l, "entschied", strlen("entschied")) == 0 || strncmp(l, "dräng", 6) == 0)) {
        size_t cs = qx_clause_start(c, v, 0), ce = qx_clause_end(c, v + 1, sb);
        for (size_t j = cs; j < ce; j++)
            if (is(c, j, "sich")) return false;
    }
    /* "Die Befürchtung bestätigte sich": it proved true, no one confirms it;
     * "ergaben sich Komplikationen": they arose, no study found them */
    if ((strncmp(l, "bestätig", strlen("bestätig")) == 0 || strncmp(l, "ergab", 5) == 0 ||
         strncmp(l, "ergeb", 5) == 0 || strncmp(l, "ergib", 5) == 0) &&
        (is(c, v + 1, "sich") || (v > 0 && is(c, v - 1, "sich"))))
        return false;
    /* "die sich auf Reisen versichern", "versicherte sich": they insure
     * themselves, or make sure, and assure no one */
    if (strncmp(l, "versicher", 9) == 0) {
        if (is(c, v + 1, "sich")) return false;
        for (size_t j = qx_clause_start(c, v, 0); j < v; j++)
            if (is(c, j, "sich")) return false;
    }
    /* "verspricht sich Erfolg", "versprechen sich die Forscher ...": hopes,
     * no promise ("versprach, sich zu kümmern" is one) */
    if ((strncmp(l, "versprech", strlen("versprech")) == 0 ||
         strncmp(l, "versprich", strlen("versprich")) == 0 ||
         strncmp(l, "versprach", strlen("versprach")) == 0) &&
        (is(c, v + 1, "sich") || (v + 2 < sb && is(c, v + 2, "sich") && !qx_punct(c, v + 1, ','))))
        return false;
    /* "vertritt wie berichtet die Meinung", "wie angekündigt": the
     * paper's own earlier report, a verb with no one who speaks */
    if (v > 0 && is(c, v - 1, "wie")) return false;
    const char *val = nf_lex_val(&c->lp->speech_verbs, e);
    const char *tab = strchr(val, '\t');
    if (!tab || !tab[1]) return true;
    /* "es gab", "gibt es": there was, not a statement ("hält es für
     * möglich" is one). */
    if (l[0] == 'g' && ((v > 0 && is(c, v - 1, "es")) || is(c, v + 1, "es"))) return false;
    /* "lässt sich ... erklären": can be explained, no one declares it */
    if (is(c, v + 1, "sich") && lassen(c, v)) return false;
    bool optional = tab[1] == '~';
    const char *list = tab + (optional ? 2 : 1);
    /* (a "zu" before it marks an infinitive: "scheint Streit über die
     * Frage zu geben, ob ..." is no "zugeben", which is written as one) */
    if (v > 0 && qx_word(c, v - 1) && particle_at(c, list, v - 1) == 1 && !is(c, v - 1, "zu")) {
        *part = (uint32_t)(v - 1); /* "bekannt gegeben" */
        return true;
    }
    size_t cs = qx_clause_start(c, v, 0), ce = qx_clause_end(c, v + 1, sb);
    for (size_t j = v + 1; j < ce; j++) {
        int kind = qx_word(c, j) ? particle_at(c, list, j) : 0;
        /* "gab ... zu bedenken", "gab ... zu verstehen": "zu" and an
         * infinitive closing the clause give what "zugeben" would */
        bool zu_infinitive = kind == 1 && j + 2 == ce && is(c, j, "zu") && zu_given(c, j + 1);
        if (kind == 2 || (kind == 1 && j + 1 == ce) || zu_infinitive) {
            /* "sehen wir uns die Lage an": looking at something, no view */
            bool sehen = strncmp(l, "seh", 3) == 0 || strncmp(l, "sieh", 4) == 0 ||
                         strncmp(l, "sah", 3) == 0;
            if (sehen && is(c, j, "an") && reflexive_after(c, v, j)) return false;
            *part = (uint32_t)j;
            return true;
        }
    }
    /* "bezeichnete acht Karten in einem Spiel, in dem es 26 Fouls gab, als
     * „übertrieben“": a governed phrase after a relative clause */
    if (ce + 2 < sb && qx_punct(c, ce, ',') &&
        ((c->wcls[ce + 1] & QW_REL) ||
         ((c->wcls[ce + 1] & QW_PREP) && (c->wcls[ce + 2] & QW_REL)))) {
        size_t re = qx_clause_end(c, ce + 1, sb);
        size_t ae = re < sb && qx_punct(c, re, ',') ? qx_clause_end(c, re + 1, sb) : re;
        for (size_t j = re + 1; j < ae; j++)
            if (qx_word(c, j) && particle_at(c, list, j) == 2) {
                *part = (uint32_t)j;
                return true;
            }
    }
    /* "warf Obama, nachdem dessen Entscheidung publik wurde, vor, er habe
     * ...": the particle right after a subordinate clause set off by
     * commas, its own clause ending there */
    if (ce + 3 < sb && qx_punct(c, ce, ',') && (c->wcls[ce + 1] & QW_SUBJ) &&
        !is(c, ce + 1, "dass") && !is(c, ce + 1, "daß") && !is(c, ce + 1, "ob")) {
        size_t re = qx_clause_end(c, ce + 1, sb);
        if (re + 1 < sb && qx_punct(c, re, ',') && qx_word(c, re + 1) &&
            particle_at(c, list, re + 1) == 1 && qx_clause_end(c, re + 1, sb) == re + 2) {
            *part = (uint32_t)(re + 1);
            return true;
        }
    }
    /* "zeigte sich Rajevac, der Trainer Ghanas, zufrieden", "teilte der
     * Sprecher, Jens Nacke, mit": after an apposition, which follows a
     * subject and holds no verb ("sagte, die Straße bleibe zu" is no
     * "zusagen"). */
    if (ce > v + 1 && ce < sb && qx_punct(c, ce, ',') &&
        ((c->wcls[ce + 1] & QW_DET) || (qx_cap(c, ce + 1) && !c->vcls[ce + 1]))) {
        size_t ce2 = qx_clause_end(c, ce + 1, sb);
        bool verb = false;
        int depth = 0; /* a clause in parentheses is an aside: "(er ist jener, der ...)" */
        for (size_t j = v + 1; j < ce; j++) depth += qx_punct(c, j, '(') - qx_punct(c, j, ')');
        for (size_t j = ce + 1; j + 1 < ce2 && !verb; j++) {
            depth += qx_punct(c, j, '(') - qx_punct(c, j, ')');
            verb = depth == 0 &&
                   (c->vcls[j] || c->konj[j] || ((c->wcls[j] & QW_AUX) && !(c->wcls[j] & QW_DET)));
        }
        if (ce2 > ce + 2 && !verb && particle_at(c, list, ce2 - 1) == 1) {
            *part = (uint32_t)(ce2 - 1);
            return true;
        }
        /* the particle after the apposition's closing comma, alone or
         * ending a short clause without a verb of its own ("Celebi, die
         * Anwältin der Frau, noch davon aus, dass ...") */
        size_t ce3 = ce2 + 1 < sb ? qx_clause_end(c, ce2 + 1, sb) : ce2;
        bool verb3 = false;
        for (size_t j = ce2 + 1; j + 1 < ce3; j++)
            verb3 |= c->vcls[j] || c->konj[j] || ((c->wcls[j] & QW_AUX) && !(c->wcls[j] & QW_DET));
        if (ce2 > ce + 1 && !verb && !verb3 && ce3 > ce2 + 1 && ce3 <= ce2 + 6 &&
            qx_punct(c, ce2, ',') && qx_word(c, ce3 - 1) && particle_at(c, list, ce3 - 1) == 1) {
            *part = (uint32_t)(ce3 - 1);
            return true;
        }
    }
    /* "Von einem „Skandal“ sprach er": a governing particle before. */
    for (size_t j = cs; j < v; j++) {
        if (qx_word(c, j) && particle_at(c, list, j) == 2) {
            *part = (uint32_t)j;
            return true;
        }
    }
    return optional;
}

/* Subjunctive forms outside quotation regions. */
bool qx_has_konj(const qctx *c, size_t a, size_t b, bool mood2) {
    for (size_t k = a; k < b; k++)
        if (c->konj[k] && c->region[k] < 0 && (c->konj[k] == 1 || mood2)) return true;
    return false;
}

/* The entry of `lex` the lower-cased token k is, alone or at the end of
 * a compound (at least four bytes long), or NULL; owned by `lex`. */
static const nf_lex_entry *entry_ending(const qctx *c, size_t k, const nf_lexicon *lex) {
    if (!qx_word(c, k)) return NULL;
    const nf_lex_entry *e = nf_tokl_get(c->doc, k, lex);
    /* (the endings from the second byte on: the whole word is probed) */
    return e ? e
             : nf_lexicon_find_ending(lex, nf_tokl(c->doc, k) + 1, c->doc->tok_llen[k] - 1, 1, 4);
}

/* A speech noun, alone or at the end of a compound; not "Artikel" before
 * a number, a law's article ("nach Artikel 5 des Grundgesetzes"; a number
 * after others is the content's: "nach Behördenangaben 62 Personen"). */
bool qx_speech_noun(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    size_t n = doc->tok_llen[k];
    if (k + 1 < doc->ntokens && doc->tokens[k + 1].kind == NF_TOK_NUMBER && n >= 7 &&
        memcmp(nf_tokl(doc, k) + n - 7, "artikel", 7) == 0)
        return false;
    return entry_ending(c, k, &c->lp->speech_nouns) != NULL;
}

/* See quotes.h. */
bool qx_event_speech_noun(const qctx *c, size_t k) {
    const nf_lex_entry *e = entry_ending(c, k, &c->lp->speech_nouns);
    return e && strcmp(nf_lex_val(&c->lp->speech_nouns, e), "event") == 0;
}

/* The class of speech-act-nouns.txt that token k has (see quotes.h). */
char qx_speech_act(const qctx *c, size_t k) {
    const nf_lex_entry *e;
    if (qx_cap(c, k))
        e = nf_tok_statement_noun(c->doc, k);
    else
        e = qx_word(c, k) ? nf_tokl_get(c->doc, k, &c->lp->speech_acts) : NULL;
    const char *val = e ? nf_lex_val(&c->lp->speech_acts, e) : "";
    /* a noun only when capitalised, a verb only when not */
    return nf_statement_noun_class(val) == qx_cap(c, k) ? val[0] : 0;
}

/* A noun for a group or unnamed speaker, alone or ending a compound. */
bool qx_group_noun(const qctx *c, size_t k) {
    /* ("Beide" alone; "Beide Verträge" is the contracts) */
    if (is(c, k, "beide") && k + 1 < c->doc->ntokens && qx_cap(c, k + 1)) return false;
    return qx_cap(c, k) && entry_ending(c, k, &c->lp->group_speakers) != NULL;
}

/* True for a form of "werden" at k: "wurde", "wird", "werden", "wurden". */
bool qx_werden_form(const qctx *c, size_t k) {
    return is(c, k, "wurde") || is(c, k, "wird") || is(c, k, "werden") || is(c, k, "wurden");
}

/* True when the verb at k names something rather than saying it ("so
 * nennt der Designer ...", "bezeichnete ... als"). */
bool qx_names_act(const qctx *c, size_t k) {
    const char *l = nf_tokl(c->doc, k);
    return strncmp(l, "nenn", 4) == 0 || strncmp(l, "nann", 4) == 0 ||
           strncmp(l, "bezeichn", 8) == 0;
}

/* True when token k is a noun that names, no speaker, or a compound
 * ending in one: "der Name", "der Übername", "der Filmtitel", "das Motto"
 * ("– so der Übername der Zeltstadt –" says what it is called; "so der
 * Titelverteidiger" names a speaker). */
bool qx_naming_noun(const qctx *c, size_t k) {
    static const char *const endings[] = {"name",  "namen",  "titel",  "titels",
                                          "motto", "mottos", "slogan", "slogans"};
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (n >= el && memcmp(l + n - el, endings[i], el) == 0) return true;
    }
    return false;
}

/* True when token k is an auxiliary or modal verb ("hat", "wird"), not the
 * article or pronoun some of them also spell. */
bool qx_aux(const qctx *c, size_t k) {
    return (c->wcls[k] & QW_AUX) && !(c->wcls[k] & (QW_DET | QW_PRON));
}

/* The first auxiliary in [a, v): the finite verb before a clause-final
 * participle or infinitive at v; v when there is none, or when v, neither
 * participle nor infinitive, follows a conjunction: it is a finite verb of
 * its own ("sie sei gewählt worden und kündigte an"). */
size_t qx_finite_aux(const qctx *c, size_t a, size_t v) {
    if (v > a && (is(c, v - 1, "und") || is(c, v - 1, "oder") || is(c, v - 1, "aber")) &&
        !qx_participle(c, v) && !qx_speech_infinitive(c, v))
        return v;
    for (size_t j = a; j < v; j++)
        if (qx_aux(c, j)) return j;
    return v;
}

/* Counts word and number tokens. */
size_t qx_words(const qctx *c, size_t a, size_t b) {
    size_t n = 0;
    for (size_t k = a; k < b && k < c->doc->ntokens; k++) {
        int kind = c->doc->tokens[k].kind;
        if (kind == NF_TOK_WORD || kind == NF_TOK_ABBREV || kind == NF_TOK_NUMBER) n++;
    }
    return n;
}
