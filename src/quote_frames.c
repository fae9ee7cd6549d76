/* quote_frames.c - indirect and reported speech, sentence by sentence, and
 * the Konjunktiv I sentences that carry a quote on.
 *
 * Per sentence, the first of these that fits makes its quote:
 *   - markers: "laut X", "gemäß X", "X zufolge", "nach Angaben X",
 *     "demnach", ", wonach ...";
 *   - a speech verb (or "heißt es") whose clause is followed by its
 *     content: a dass-, ob- or w-clause, a clause in the subjunctive, a
 *     zu-infinitive, or any clause right after the verb ("sagte, ...");
 *   - "wie X sagte", before or after the content;
 *   - the frame after the content: "..., sagte der Minister.";
 *   - the anaphoric frame "Dies teilte X mit": the sentence before;
 * and only then a speech act with its object: "Er forderte den Rücktritt".
 * Every scan stays inside its sentence and its clause limits. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "quotes.h"
#include "sports.h"
#include "stages.h"

/* How many sentences back "demnach" and continuations look for a quote. */
#define BACK_SENTENCES 2

/* Short local name for qx_is. */
static bool is(const qctx *c, size_t k, const char *w) {
    return qx_is(c, k, w);
}

/* Makes a quote with a cue and speaker; NULL when memory runs out. */
static qitem *make(qctx *c, uint8_t kind, uint8_t origin, nf_seg cue, nf_seg part, nf_seg speaker) {
    qitem *it = qx_add(c, kind, origin);
    if (!it) return NULL;
    it->q.cue[0] = cue;
    it->q.cue[1] = part;
    it->q.speaker = speaker;
    return it;
}

static bool acts_only(const qctx *c, size_t s);   /* below */
static bool framed_only(const qctx *c, size_t s); /* below */

/* True when the speaker `sp` is "man" beside a modal verb ("Alles in allem
 * kann man sagen, dass ...", "möchte man ihr fast raten"): the writer's
 * own voice, no one's statement ("geht man davon aus" reports one). */
static bool writers_man(const qctx *c, nf_seg sp) {
    static const char *const modals[] = {"kann", "könnte", "muss",   "müsste", "möchte",
                                         "darf", "dürfte", "sollte", NULL};
    if (sp.tb != sp.ta + 1 || !qx_is(c, sp.ta, "man")) return false;
    return (sp.ta > 0 && nf_tok_in(c->doc, sp.ta - 1, modals)) ||
           (sp.tb < c->doc->ntokens && nf_tok_in(c->doc, sp.tb, modals));
}

/* Finishes a quote: drops it when it has no content, else marks its cue,
 * speaker and sentences.  Returns true when it stays. */
static bool finish(qctx *c, qitem *it) {
    if (it->q.nspans == 0 || qx_words(c, it->q.spans[0].ta, it->q.spans[it->q.nspans - 1].tb) < 2 ||
        writers_man(c, it->q.speaker)) {
        it->dropped = true;
        return false;
    }
    /* "Es ist eine Fiktion zu sagen: ...": the expletive "es" before an
     * infinitive's frame is no one ("Es stellte fest, ..." may be the
     * court's) */
    if (it->q.speaker.tb == it->q.speaker.ta + 1 && is(c, it->q.speaker.ta, "es") &&
        it->q.cue[0].tb > it->q.cue[0].ta && nf_tok_zu_infinitive(c->doc, it->q.cue[0].ta))
        it->q.speaker = (nf_seg){0, 0};
    qx_use(c, it);
    for (size_t i = 0; i < it->q.nspans; i++)
        for (uint32_t k = it->q.spans[i].ta; k < it->q.spans[i].tb; k++)
            if (!c->used[k]) c->used[k] = 2;
    for (uint32_t s = it->s_first; s <= it->s_last && s < c->doc->nsentences; s++)
        c->covered[s] = 1;
    return true;
}

static bool ends_sentence(const qctx *c, size_t j, size_t sb); /* below */

/* Adds the sentence [sa, sb) without the attribution [a, b) as content:
 * one span after it when it opens the sentence (or the part between
 * colons and semicolons that holds it), else one either side.
 * In a relative or subordinate clause ("..., die nach Angaben der Polizei
 * die Bombe enthielt", "..., worauf dieser nach Aussagen Gordons keine
 * Stellungnahme abgab", "..., was sich nach Ansicht der Kritiker ...")
 * the content is that clause only, and relative clauses in the
 * Konjunktiv after it. */
static void around(const qctx *c, qitem *it, size_t sa, size_t sb, size_t a, size_t b) {
    /* A colon or semicolon ends what the marker covers ("X schloss sich
     * an: Die Lage sei ihrer Meinung nach ernst"). */
    for (size_t k = a; k > sa; k--)
        if (c->region[k - 1] < 0 && (qx_punct(c, k - 1, ':') || qx_punct(c, k - 1, ';'))) {
            sa = k;
            break;
        }
    for (size_t k = b; k < sb; k++)
        if (c->region[k] < 0 && (qx_punct(c, k, ':') || qx_punct(c, k, ';'))) {
            sb = k;
            break;
        }
    /* So does a frame of its own that ends the sentence after a dash, a
     * name in its subject ("... – der STANDARD berichtete"): the outlet
     * reports, its words are no content. */
    for (size_t k = b; k + 2 < sb; k++) {
        if (c->region[k] >= 0 || !qx_dash(c, k)) continue;
        size_t e = qx_np_fwd(c, k + 1, sb);
        if (e > k + 1 && e < sb && c->vcls[e] && ends_sentence(c, e + 1, sb) &&
            qx_names_actor(c, k + 1, e, true)) {
            sb = k;
            break;
        }
    }
    /* Parentheses around the marker bound it too ("(nach anderen Angaben
     * liegt die Stadt 46 Kilometer entfernt)"). */
    for (size_t k = a; k > sa; k--) {
        if (qx_punct(c, k - 1, ')')) break;
        if (!qx_punct(c, k - 1, '(')) continue;
        for (size_t e = b; e < sb; e++) {
            if (qx_punct(c, e, '(')) break;
            if (qx_punct(c, e, ')')) {
                sa = k, sb = e;
                break;
            }
        }
        break;
    }
    size_t cs = qx_clause_start(c, a, sa);
    if (cs > sa && qx_punct(c, cs - 1, ',') &&
        (c->wcls[cs] & (QW_REL | QW_SUBJ | QW_PREP | QW_WH))) {
        size_t ce = qx_clause_end(c, b, sb);
        /* (with a relative clause after it in the Konjunktiv, which goes on
         * with what is reported: "..., das seiner Meinung nach zu einem
         * Kartell führen werde, das Flächen monopolisieren werde") */
        for (size_t ne; ce + 2 < sb && qx_punct(c, ce, ',') && (c->wcls[ce + 1] & QW_REL) &&
                        qx_has_konj(c, ce + 1, ne = qx_clause_end(c, ce + 2, sb), false);)
            ce = ne;
        sa = cs, sb = ce;
        if (a > sa) {
            qx_span(c, it, sa, a);
            qx_span(c, it, b, sb);
            return;
        }
    }
    if (a > sa && qx_words(c, sa, a) >= 2) qx_span(c, it, sa, a);
    qx_span(c, it, b, sb);
}

/* The quote nearest before token k within BACK_SENTENCES sentences. */
static const qitem *quote_before(const qctx *c, size_t k) {
    uint32_t s = c->doc->tok_sent[k];
    const qitem *best = NULL;
    for (size_t i = c->n; i > 0; i--) {
        const qitem *it = &c->items[i - 1];
        if (it->dropped || it->q.nspans == 0 || it->s_last > s || s - it->s_last > BACK_SENTENCES)
            continue;
        if (it->q.spans[it->q.nspans - 1].tb > k) continue;
        if (!best || it->q.spans[it->q.nspans - 1].tb > best->q.spans[best->q.nspans - 1].tb)
            best = it;
        if (c->n - i > 64) break; /* items are mostly in text order */
    }
    return best;
}

/* See quotes.h. */
bool qx_names_actor(const qctx *c, size_t a, size_t b, bool persons) {
    const nf_doc *doc = c->doc;
    size_t end = a + 1;
    while (end < b && !(c->wcls[end] & QW_PREP)) end++;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta < end;
         i++) {
        const nf_mention *m = &doc->mentions[i];
        uint8_t type = doc->entities[m->entity].type;
        if ((m->kind == NF_MK_NAME || m->kind == NF_MK_NOMINAL) &&
            ((persons && type == NF_ENT_PERSON) || type == NF_ENT_ORG))
            return true;
    }
    return false;
}

/* True when sentence [a, b) is in the passive: a form of "werden" and no
 * agent phrase with "von" ("Allerdings wurden Vorbedingungen genannt"),
 * which names no source of what it reports. */
static bool agentless_passive(const qctx *c, size_t a, size_t b) {
    bool aux = false;
    for (size_t k = a; k < b; k++) {
        if (is(c, k, "von") || is(c, k, "vom")) return false;
        aux = aux || is(c, k, "wurde") || is(c, k, "wurden") || is(c, k, "worden");
    }
    return aux;
}

/* The agent of a sentence [sa, sb) in the passive ("Dieser Darstellung
 * wurde von einem libanesischen Militärsprecher widersprochen"): the
 * phrase after "von" or "vom" that names an actor, where a form of
 * "werden" stands before it in its clause; {0, 0} when there is none. */
static nf_seg passive_agent(const qctx *c, size_t sa, size_t sb) {
    bool aux = false;
    for (size_t k = sa; k + 1 < sb; k++) {
        /* (in the clause of the form of "werden", its participle too) */
        if (qx_punct(c, k, ',')) aux = false;
        aux = aux || qx_werden_form(c, k) || is(c, k, "worden");
        if (!aux || (!is(c, k, "von") && !is(c, k, "vom"))) continue;
        size_t np = qx_np_fwd(c, k + 1, sb);
        if (np > k + 1 && qx_names_actor(c, k + 1, np, true)) return (nf_seg){k + 1, np};
    }
    return (nf_seg){0, 0};
}

/* The antecedent of "demnach" in sentence [sa, ..) where no quote comes
 * before: the subject of the sentence right before, when it is a person
 * or an organisation or when the adverb opens its sentence ("Die
 * Kommission gab das Ergebnis bekannt. Demnach ..."); past a sentence in
 * the passive without an agent, that of the sentence before it ("Die
 * israelische Regierung stimmte zu. Allerdings wurden Vorbedingungen
 * genannt. Der Abzug soll demnach ..."). */
static nf_seg subject_before(const qctx *c, size_t sa, bool opens) {
    for (int back = 0; back < BACK_SENTENCES && sa > 0; back++) {
        nf_seg ps = c->doc->sentences[c->doc->tok_sent[sa - 1]];
        /* a place and a dash opening the sentence are a dateline, no
         * subject ("Salzburg – Der Naturschutzbund hat ... kritisiert.
         * Demnach ...") */
        nf_seg subj = qx_clause_subject(c, nf_tok_dateline_end(c->doc, ps.ta, ps.tb), ps.tb);
        /* (a phrase after a preposition is none: "Zusammen mit
         * Finanzminister Geithner plädiert Frank") */
        bool governed = subj.ta > ps.ta && (c->wcls[subj.ta - 1] & QW_PREP);
        if (subj.tb > subj.ta && !governed &&
            ((opens && back == 0) || qx_names_actor(c, subj.ta, subj.tb, true)))
            return subj;
        if (!agentless_passive(c, ps.ta, ps.tb)) break;
        sa = ps.ta;
    }
    return (nf_seg){0, 0};
}

/* True when "nach" at token k follows the noun it governs: "Seiner
 * Meinung nach", "dem Vernehmen nach".  The noun is a speech noun after a
 * possessive or "dem", and no noun phrase follows "nach" (as in "ein Bericht nach
 * dem anderen").  Not inside a noun phrase ("die seiner Meinung nach
 * wachsenden Gefahren"), which attributes a word, not a statement. */
static bool post_nach(const qctx *c, size_t k, size_t sa) {
    static const char *const det[] = {"seiner", "ihrer",  "meiner", "unserer",
                                      "deren",  "dessen", "dem"};
    bool owner = false; /* a possessive or "dem": "die Sicht nach hinten" is no source */
    for (size_t i = 0; i < sizeof det / sizeof det[0] && k >= sa + 2; i++)
        owner |= is(c, k - 2, det[i]);
    /* (a relative pronoun after a comma opens a clause, no noun phrase:
     * "die Regierung, die ihrer Meinung nach zu Unrecht regiert") */
    bool relative = k > sa + 3 && (c->wcls[k - 3] & QW_REL) && qx_punct(c, k - 4, ',');
    if (!owner || !qx_cap(c, k - 1) || !qx_speech_noun(c, k - 1) ||
        (k > sa + 2 && (c->wcls[k - 3] & QW_DET) && !relative))
        return false;
    /* ("Wer hat Ihrer Meinung nach recht?": the addressee's, whom a
     * question asks, no source) */
    if (k > sa + 2 && is(c, k - 2, "ihrer") && nf_tok(c->doc, k - 2)[0] == 'I') return false;
    size_t n = k + 1;
    if (n >= c->doc->ntokens) return false;
    if (c->region[n] >= 0) return true; /* "Seiner Ansicht nach „sind wir ..." */
    return qx_word(c, n) && !qx_cap(c, n) &&
           !(c->wcls[n] & (relative ? QW_DET : QW_DET | QW_PREP)); /* ("zu Unrecht") */
}

/* True when token k is a superlative or an ordinal in lower case after an
 * article ("die zweitgrößte", "der beste", "das dritte"): an ending of
 * "-ste", "-sten", "-ster" or "-stes" after three letters at least, or
 * "-te", "-ten" of an ordinal the article makes one ("die erste", "der
 * zweite"). */
static bool superlative(const qctx *c, size_t k) {
    static const char *const articles[] = {"der", "die", "das", "den", "dem", "des", NULL};
    const nf_token *t = &c->doc->tokens[k];
    if (k == 0 || t->kind != NF_TOK_WORD || !(t->flags & NF_TF_LOWER) || c->vcls[k] ||
        !nf_tok_in(c->doc, k - 1, articles))
        return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    static const char *const ends[] = {"ste", "sten", "ster", "stes", "te", "ten"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t el = strlen(ends[i]);
        if (n >= el + 3 && memcmp(l + n - el, ends[i], el) == 0) return true;
    }
    return false;
}

/* True when "nach" at token k of a sentence starting at sa cannot open a
 * source: after a word that makes it temporal ("erst nach umfangreichen
 * Ermittlungen", "kurz nach der Nachricht"), before one of duration ("nach
 * monatelangen Ermittlungen"), or inside a noun phrase after
 * its article ("246 der nach Behördenangaben 350 Passagiere", "des - nach
 * Angaben der Sport-Bild - verschuldeten Vereins"), where it attributes a
 * word, not a statement. */
static bool nach_not_source(const qctx *c, size_t k, size_t sa) {
    static const char *const temporal[] = {"erst",  "kurz", "unmittelbar", "gleich",     "direkt",
                                           "schon", "bald", "spätestens",  "frühestens", "bereits"};
    /* "nach monatelangen Ermittlungen", "nach langen Verhandlungen": a
     * duration, after which something happened */
    for (size_t j = k + 1; j < k + 3 && j < c->doc->ntokens && !qx_cap(c, j); j++) {
        const char *l = nf_tokl(c->doc, j);
        size_t n = c->doc->tok_llen[j];
        if ((n >= 6 && strcmp(l + n - 6, "langen") == 0) ||
            (n >= 5 && strcmp(l + n - 5, "lange") == 0))
            return true;
    }
    if (k <= sa) return false;
    size_t p = k - 1;
    for (size_t i = 0; i < sizeof temporal / sizeof temporal[0]; i++)
        if (is(c, p, temporal[i])) return true;
    /* "die zweitgrößte nach der englischen Version": a rank after a
     * superlative or an ordinal in lower case, which "nach" goes on */
    if (superlative(c, p)) return true;
    if (p > sa && qx_dash(c, p)) p--;
    static const char *const art[] = {"der", "die", "das", "des", "dem", "den"};
    if (p > sa && !qx_punct(c, p - 1, ','))
        for (size_t i = 0; i < sizeof art / sizeof art[0]; i++)
            if (is(c, p, art[i])) return true;
    return false;
}

static bool names_agent(const qctx *c, size_t a, size_t b); /* below */
static bool may_speak(const qctx *c, nf_seg np);            /* below */

/* True when "nach" at k and the noun at j of speech-nouns.txt marked
 * "event" name a time, not a source: "nach dem einen schlechten Ergebnis",
 * "nach der Untersuchung", "nach einem Korruptionsvorwurf", "nach kritischen
 * Artikeln" (an article or adjectives alone before it, no source after the
 * noun:
 * not "nach dem Ergebnis einer Umfrage", "nach den Ergebnissen
 * internationaler Studien", "nach der Untersuchung von Experten"), unless
 * an adjective of a statement qualifies it ("nach dem vorläufigen
 * Ergebnis"). */
static bool event_after_nach(const qctx *c, size_t k, size_t j, size_t sb) {
    static const char *const told[] = {"vorläufig", "amtlich", "offiziell", "bisherig",
                                       "neuest",    "jüngst",  "erst",      NULL};
    if (!qx_event_speech_noun(c, j)) return false;
    bool article = is(c, k + 1, "dem") || is(c, k + 1, "den") || is(c, k + 1, "der") ||
                   is(c, k + 1, "einem") || is(c, k + 1, "einer");
    /* (or a plural with adjectives in lower case only: "nach kritischen
     * Artikeln") */
    bool bare = j > k + 1;
    for (size_t i = k + 1; i < j && bare; i++)
        bare = qx_word(c, i) && !qx_cap(c, i) && !(c->wcls[i] & (QW_DET | QW_PRON | QW_PREP));
    if (!article && !bare) return false;
    for (size_t i = k + 1; i < j; i++)
        for (const char *const *t = told; *t; t++)
            if (strncmp(nf_tokl(c->doc, i), *t, strlen(*t)) == 0) return false;
    size_t n = j + 1;
    /* ("nach der Nachricht vom Rücktritt des Präsidenten": after "von" what
     * it tells of, no one who tells it; nor a date: "vom Dienstag") */
    if (n + 1 < sb && (is(c, n, "von") || is(c, n, "vom")) && !c->doc->claimed[n + 1]) {
        size_t e = qx_np_fwd(c, n + 1, sb);
        if (e > n + 1 && qx_cap(c, is(c, n, "vom") ? n + 1 : e - 1) && !names_agent(c, n + 1, e))
            return true;
    }
    return !(n < sb && (is(c, n, "des") || is(c, n, "der") || is(c, n, "eines") ||
                        is(c, n, "einer") || is(c, n, "von") || is(c, n, "vom") || qx_cap(c, n) ||
                        qx_genitive_without_article(c, n)));
}

/* True for a relative pronoun after "nach" that opens a clause
 * ("Gerüchte, nach denen ..."), not an article ("nach dem Spiel"). */
static bool relative_after_nach(const qctx *c, size_t k) {
    return is(c, k, "denen") || is(c, k, "welchem") || is(c, k, "welcher") || is(c, k, "welchen");
}

/* True when token k opens a relative clause that gives what a statement
 * says: ", nach denen" after a speech noun ("Studien, nach denen ..."),
 * also one that a short phrase of place or owner follows ("Umfragen im
 * Land, nach denen ...", "Studien der Universität, nach denen ...").
 * The caller makes sure tokens k - 2 and k + 1 exist. */
static bool source_clause(const qctx *c, size_t k) {
    if (!is(c, k, "nach") || !qx_punct(c, k - 1, ',') || !relative_after_nach(c, k + 1))
        return false;
    if (qx_cap(c, k - 2) && qx_speech_noun(c, k - 2)) return true;
    /* the noun before a phrase of up to four words that opens with a
     * preposition or a genitive article, holds no comma and ends with a
     * noun */
    if (!qx_cap(c, k - 2)) return false;
    for (size_t p = k - 2; p > 0 && p + 6 > k; p--) {
        if (!qx_word(c, p - 1) || c->vcls[p - 1] || c->region[p - 1] >= 0) return false;
        bool opens = (c->wcls[p] & QW_PREP) || is(c, p, "des") || is(c, p, "der") ||
                     is(c, p, "eines") || is(c, p, "einer");
        if (opens && p + 1 < k - 1) return qx_cap(c, p - 1) && qx_speech_noun(c, p - 1);
    }
    return false;
}

/* The start of the source before "zufolge" at k when the noun phrase
 * search finds none: the words from the clause start (after adverbs) when
 * they are few and hold no verb ("Berichten zufolge", "Dem Sender
 * al-Arabija zufolge", "Der Website example.com zufolge").  Returns k when
 * there is none. */
static size_t source_before(const qctx *c, size_t k, size_t sa) {
    size_t b = qx_clause_start(c, k, sa);
    while (b < k && (c->wcls[b] & QW_ADV) && !(c->wcls[b] & (QW_DET | QW_PRON))) b++;
    if (b >= k || k - b > 8 || !(qx_cap(c, b) || (c->wcls[b] & QW_DET))) return k;
    for (size_t j = b; j < k; j++) {
        if (((c->vcls[j] || c->konj[j]) && !qx_cap(c, j)) || c->mk[j] || c->region[j] >= 0)
            return k;
        if (c->wcls[j] & (QW_AUX | QW_CONJ | QW_SUBJ | QW_REL | QW_WH | QW_PRON)) return k;
        if (!qx_word(c, j) && !qx_lower_name(c, j) && !qx_punct(c, j, '.') && !qx_punct(c, j, '-'))
            return k;
    }
    return b;
}

/* The subject whose own statement "nach eigenen Angaben" at k (its phrase
 * ending at np) cites, in sentence [sa, sb): the subject of the clause
 * around it, after a dateline without an agency ("Graz – ..."), before an
 * apposition, the antecedent of a relative pronoun ("..., die nach eigenen
 * Angaben ...") or the subject after an object pronoun ("..., den er nach
 * eigenen Angaben ..."), or after the verb when the phrase opens the
 * sentence ("Nach eigenen Angaben hat die Firma ...").  Empty when none is
 * found. */
static nf_seg own_statement_subject(const qctx *c, size_t k, size_t np, size_t sa, size_t sb) {
    nf_seg subj = {0, 0};
    size_t from = qx_clause_start(c, k, sa);
    for (size_t d = from; d < from + 4 && d < k; d++) {
        if (qx_dash(c, d)) {
            from = d + 1;
            break;
        }
        if (!qx_cap(c, d)) break;
    }
    if (from > sa && from < k && (c->wcls[from] & QW_REL) && qx_punct(c, from - 1, ',')) {
        if (qx_oblique_det(c, from)) {
            size_t e = qx_np_fwd(c, from + 1, k);
            if (e > from + 1) subj = (nf_seg){(uint32_t)from + 1, (uint32_t)e};
        } else {
            size_t b = qx_np_bwd(c, from - 1, sa);
            if (b < from - 1) subj = (nf_seg){(uint32_t)b, (uint32_t)from - 1};
        }
    } else if (from < k) {
        subj = qx_clause_subject(c, from, k);
        if (subj.tb <= subj.ta && from > sa && qx_punct(c, from - 1, ','))
            subj = qx_apposition_subject(c, sa, from - 1);
        /* a figure first is the object, the subject after the verb: "Zwei
         * Millionen Euro hat die FPÖ nach eigenen Angaben investiert" */
        size_t v = subj.tb;
        if (subj.tb > subj.ta && v < k &&
            (c->doc->tokens[subj.ta].kind == NF_TOK_NUMBER ||
             !isnan(c->doc->tok_numword[subj.ta])) &&
            (qx_aux(c, v) || c->vcls[v])) {
            size_t a = qx_skip_adverbials(c, v + 1, k), e = qx_np_fwd(c, a, k);
            if (e > a) subj = (nf_seg){(uint32_t)a, (uint32_t)e};
        }
    } else if (np < sb && (qx_aux(c, np) || (qx_word(c, np) && !c->wcls[np] &&
                                             (c->doc->tokens[np].flags & NF_TF_LOWER)))) {
        /* the finite verb after the phrase that opens the clause: "Nach
         * eigenen Angaben hat die Firma ...", "... reagierte sie damit" */
        size_t a = qx_skip_adverbials(c, np + 1, sb), e = qx_np_fwd(c, a, sb);
        if (e > a) subj = (nf_seg){(uint32_t)a, (uint32_t)e};
    }
    return subj.tb > subj.ta && !(c->wcls[subj.ta] & QW_PREP) ? subj : (nf_seg){0, 0};
}

/* True when the marker at token k opens a phrase of one's own statement:
 * "nach eigenen Angaben", "laut eigenem Bekunden". */
static bool own_phrase(const qctx *c, size_t k) {
    return is(c, k + 1, "eigenen") || is(c, k + 1, "eigenem") || is(c, k + 1, "eigener");
}

static size_t past_apposition(const qctx *c, size_t ce, size_t sb); /* below */
static bool said_past(const qctx *c, size_t k);                     /* below */
static bool names_itself(const qctx *c, size_t k, size_t sb);       /* below */

/* The comma that ends a relative clause about a source's phrase at the
 * comma `ce`, which a preposition may open ("Nach offiziellen Angaben, die
 * aber nicht überprüft werden können, waren ...", "Laut einem Artikel von
 * BBC News, der sich auf die Daten der IADB beruft, leben ..."): it ends in
 * a verb in lower case and holds no Konjunktiv, which would make it the
 * content ("nach Angaben der Polizei, die Täter seien geflohen"); `ce`
 * when none follows. */
static size_t past_source_relative(const qctx *c, size_t ce, size_t sb) {
    size_t a = ce + 1;
    if (a + 2 < sb && (c->wcls[a] & QW_PREP) && !(c->wcls[a] & QW_REL)) a++;
    /* (an article before its noun is none: "dem Direktor der Behörde",
     * "den Schülern die Fähigkeit zu vermitteln") */
    if (a + 2 >= sb || !(c->wcls[a] & QW_REL) || qx_cap(c, a) || qx_cap(c, a + 1)) return ce;
    size_t e = qx_clause_end(c, a + 1, sb);
    if (e >= sb || !qx_punct(c, e, ',') || e < a + 3 || !qx_word(c, e - 1) ||
        !(c->doc->tokens[e - 1].flags & NF_TF_LOWER) || qx_has_konj(c, a, e, true))
        return ce;
    return e;
}

/* Where the content after a source's phrase ending at np may begin: past
 * up to two appositions set off by commas ("Nach Angaben von Peter Beck,
 * dem Dekan, befanden sich ...", "laut dem Generalinspekteur, Charles
 * McCullough, sollen ...": no content) and a relative clause after them
 * ("..., der der Gruppe angehört,"); np when none follows. */
static size_t past_appositions(const qctx *c, size_t np, size_t sb) {
    size_t after = np;
    for (int n = 0; n < 2 && after < sb && qx_punct(c, after, ','); n++) {
        size_t next = past_apposition(c, after, sb);
        if (next == after) next = past_source_relative(c, after, sb);
        if (next == after) break;
        after = next;
    }
    return after;
}

/* True when the word at token k may be a name in the genitive: it ends in
 * "s" ("Moskaus", "Merkels"). */
static bool genitive_word(const qctx *c, size_t k) {
    size_t n = c->doc->tok_len[k];
    return n > 1 && nf_tok(c->doc, k)[n - 1] == 's';
}

/* True when a name mention holds token k and the one after it ("laut
 * Statistik Austria"). */
static bool name_goes_on(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    for (size_t i = nf_mention_first_at(doc, k + 1); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta + 16 < k) break; /* names are short */
        if (m->ta <= k && m->tb > k + 1 && m->kind == NF_MK_NAME) return true;
    }
    return false;
}

/* Where a source's phrase [a, np) after "laut" or "nach" ends: with its
 * noun of speech before a capitalised word that is no genitive ("laut
 * italienischen Medienberichten Champions-League-Finalist Juventus
 * Turin", "nach Gewerkschaftsangaben Kundgebungen im Saarland": the
 * clause goes on; "laut Angaben Moskaus" and a name that holds the noun,
 * "laut Statistik Austria", go on); np when it holds none. */
static size_t speech_noun_end(const qctx *c, size_t a, size_t np) {
    for (size_t j = a; j + 1 < np; j++)
        if (qx_speech_noun(c, j) && qx_cap(c, j + 1) && !genitive_word(c, j + 1) &&
            !name_goes_on(c, j))
            return j + 1;
    return np;
}

/* Where a source's phrase ending at np in a noun of speech goes on over
 * "aus" and the phrase of where the words come from ("Laut Informationen
 * aus Apples Zulieferkette", "Nach Berichten aus Moskau"): the end of that
 * phrase, else np. */
static size_t origin_after_speech_noun(const qctx *c, size_t np, size_t sb) {
    if (np + 1 >= sb || np == 0 || !qx_speech_noun(c, np - 1)) return np;
    /* (so over "über" and what the words are about: "Nach Berichten über
     * eine Festnahme sollen ..."; not after one's own words, which the
     * subject's verb goes on from: "die nach eigenen Angaben über
     * Informanten verfügt") */
    if (is(c, np, "über") && !(np >= 2 && is(c, np - 2, "eigenen"))) {
        size_t e = qx_np_fwd(c, np + 1, sb);
        return e > np + 1 && e < sb ? e : np;
    }
    if (!is(c, np, "aus")) return np;
    size_t e = qx_np_fwd(c, np + 1, sb);
    if (e <= np + 1) return np;
    /* (a place or an organisation the text names there, or circles:
     * "aus Regierungskreisen"; not the verb's "aus": "setzt sich laut
     * Bericht aus jenen Produkten zusammen", "aus technischer Sicht") */
    const char *l = nf_tokl(c->doc, e - 1);
    size_t n = c->doc->tok_llen[e - 1];
    bool circles = n >= 6 && (memcmp(l + n - 6, "kreise", 6) == 0 ||
                              (n >= 7 && memcmp(l + n - 7, "kreisen", 7) == 0));
    bool named = false;
    for (size_t i = nf_mention_first_at(c->doc, np + 1);
         !named && i < c->doc->nmentions && c->doc->mentions[i].ta < e; i++)
        named = c->doc->mentions[i].kind == NF_MK_NAME;
    return circles || named ? e : np;
}

/* Where a source's phrase ending at np goes on over the outlet that
 * printed the statement, "in" and a phrase that names a news outlet or an
 * outlet's noun, before the content's verb in Konjunktiv ("Nach Angaben
 * des Rezensenten X in der Tageszeitung DIE WELT sei ..."): the end of that
 * phrase, else np.  The source stays the phrase before it. */
static size_t past_medium(const qctx *c, size_t np, size_t sb) {
    if (np + 2 >= sb || !(is(c, np, "in") || is(c, np, "im"))) return np;
    size_t e = qx_np_fwd(c, np + 1, sb);
    if (e <= np + 1 || e >= sb || !c->konj[e] || !(c->doc->tokens[e].flags & NF_TF_LOWER))
        return np;
    for (size_t j = np + 1; j < e; j++) {
        const nf_mention *m = NULL;
        size_t i = nf_mention_first_at(c->doc, j);
        if (i < c->doc->nmentions && c->doc->mentions[i].ta == j) m = &c->doc->mentions[i];
        if ((m && nf_news_outlet(c->doc, &c->doc->entities[m->entity])) ||
            (qx_cap(c, j) && nf_outlet_word(c->doc, nf_tokl(c->doc, j), c->doc->tok_llen[j])))
            return e;
    }
    return np;
}

/* Where a source's phrase ending at np goes on over "und", "oder" or
 * "sowie" and a second phrase the clause's verb follows ("nach Angaben von
 * Polizei und Feuerwehr wurden ...", "Nach Meinung vieler Experten und
 * Fans werden ...": the content does not begin with "und"): the end of
 * the second phrase, else np. */
static size_t coordinated_source_end(const qctx *c, size_t np, size_t sb) {
    if (np + 2 >= sb || !qx_list_conjunction(c, np)) return np;
    size_t e = qx_np_fwd(c, np + 1, sb);
    if (e <= np + 1 || e >= sb) return np;
    bool verb = c->vcls[e] || c->konj[e] ||
                (qx_word(c, e) && (c->doc->tokens[e].flags & NF_TF_LOWER) &&
                 !(c->wcls[e] & (QW_DET | QW_PREP | QW_CONJ | QW_SUBJ | QW_WH | QW_REL | QW_PRON)));
    return verb ? e : np;
}

/* True for a determiner at k that opens a dative phrase and no genitive
 * ("dem", "einem", "den", "einigen", "seinem"): before "zufolge" it is
 * where the source's phrase begins. */
static bool dative_det(const qctx *c, size_t k) {
    static const char *const dets[] = {
        "dem",    "einem",   "den",      "diesem",  "diesen",  "jenem",       "jedem", "keinem",
        "keinen", "seinem",  "seinen",   "ihrem",   "ihren",   "unserem",     "allen", "beiden",
        "vielen", "einigen", "mehreren", "manchen", "wenigen", "zahlreichen", NULL};
    return nf_tok_in(c->doc, k, dets);
}

/* Where the dative phrase before "zufolge" begins in [b, k), the phrase
 * the noun phrase search found: a phrase it ran on into ends before a
 * determiner that opens a dative after a word ("Sarkozy dem „Figaro“
 * zufolge", "die Kanzlerin einigen Teilnehmern zufolge") or one that
 * opens a dative or genitive after a person's name ("Davies der Zeitung
 * zufolge"; "den Angaben der Polizei" is one phrase) or before a
 * statement's noun. */
static size_t dative_start(const qctx *c, size_t b, size_t k) {
    /* (a phrase after a word of its clause; one that opens the clause is
     * the source whole: "Der Auswertung der Einzelstudien zufolge") */
    bool inside_clause =
        b > 0 && qx_word(c, b - 1) && c->doc->tok_sent[b - 1] == c->doc->tok_sent[b];
    for (size_t j = k; j-- > b + 1;) {
        bool after_word = qx_cap(c, j - 1) || (c->doc->tokens[j - 1].flags & NF_TF_QCLOSE);
        if ((dative_det(c, j) && after_word) ||
            ((is(c, j, "der") || is(c, j, "einer")) && qx_person_name_ends(c, j)))
            return j;
        /* "stehen selbstfahrenden Pkw einer Umfrage zufolge positiv
         * gegenüber": a statement's noun after "einer" or "der" is the
         * source, no genitive of a noun of other things before it ("den
         * Angaben der Polizei", "dem Bericht einer Zeitung" are one
         * phrase) */
        if ((is(c, j, "der") || is(c, j, "einer")) && j + 2 == k && qx_speech_noun(c, j + 1) &&
            qx_cap(c, j - 1) && !qx_speech_noun(c, j - 1) && !nf_mention_over(c->doc, j - 1) &&
            inside_clause)
            return j;
    }
    return b;
}

/* True when [a, b) is the phrase of whom something was said to: a
 * determiner of the dative ("dem", "einem", "der", "einer") and a noun
 * phrase that names an outlet or someone ("der Nachrichtenagentur
 * Reuters", "dem Sender", "der Zeitung"), up to b. */
static bool addressee(const qctx *c, size_t a, size_t b) {
    static const char *const dative[] = {"dem", "einem", "der", "einer", NULL};
    if (a + 1 >= b || !nf_tok_in(c->doc, a, dative) || qx_np_fwd(c, a, b) != b) return false;
    for (size_t k = a + 1; k < b; k++)
        if (nf_outlet_noun_at(c->doc, k) || qx_names_actor(c, k, k + 1, true)) return true;
    return false;
}

/* True when the clause around marker k holds a verb of saying that frames
 * the direct quotation after the clause's colon: the marker only says
 * where the words were reported ("Er kommentierte die Entscheidung laut
 * BBC mit diesen Worten: „…“"), and the clause is no content. */
static bool frames_direct_after(const qctx *c, size_t k, size_t sa, size_t sb) {
    size_t cs = qx_clause_start(c, k, sa), ce = qx_clause_end(c, k + 1, sb);
    if (ce + 1 >= sb || !qx_punct(c, ce, ':') || c->region[ce + 1] < 0 ||
        c->rstate[c->region[ce + 1]] != QR_QUOTE)
        return false;
    for (size_t j = cs; j < ce; j++)
        if (j != k && (c->vcls[j] == QV_SAY || c->vcls[j] == QV_DIRECT) && c->region[j] < 0)
            return true;
    return false;
}

/* The source of ", wonach" at k: the phrase right before the comma
 * ("Berichte, wonach"), or else the statement a verb before it denies or
 * confirms ("konnte erste Medienberichte nicht bestätigen, wonach", "hat
 * Pressemeldungen der Zeitung von Donnerstag, dem 2. Dezember,
 * zurückgewiesen, wonach"): a noun of statements after no preposition
 * ("in Aussicht gestellt" is none).  Empty when there is neither. */
static nf_seg rel_source(const qctx *c, size_t k, size_t sa) {
    size_t b = qx_np_bwd(c, k - 1, sa);
    if (b < k - 1) return (nf_seg){(uint32_t)b, (uint32_t)k - 1};
    if (k < sa + 3) return (nf_seg){0, 0};
    for (size_t j = k - 2; j > sa && j + 16 > k; j--) {
        if (c->konj[j]) break; /* another clause's reported words */
        if (!qx_cap(c, j) || !qx_speech_noun(c, j) || (c->wcls[j - 1] & QW_PREP)) continue;
        size_t s0 = qx_np_bwd(c, j + 1, sa);
        for (size_t t = j; t > s0; t--)    /* its own article on ("hat die EU einen */
            if (c->wcls[t - 1] & QW_DET) { /* Bericht zurückgewiesen") */
                s0 = t - 1;
                break;
            }
        return (nf_seg){(uint32_t)s0, (uint32_t)j + 1};
    }
    return (nf_seg){0, 0};
}

/* True when a marker that names its source ("laut X") stands in [a, b):
 * it, not "Demnach" before it, credits the sentence ("Demnach soll Lula
 * laut der Zeitung Folha ..."). */
static bool source_marker_in(const qctx *c, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (c->mk[j] == QM_SOURCE && c->region[j] < 0) return true;
    return false;
}

/* True when the sentence ending at sb closes after token a with a frame
 * of its own set off by a comma, a verb of saying in the past and its
 * subject ("... wäre demnach ..., sagte Hendricks dem Spiegel."): the
 * frame, not "demnach" before it, credits the words. */
static bool frame_closes(const qctx *c, size_t a, size_t sb) {
    for (size_t j = a; j + 2 < sb; j++)
        if (qx_punct(c, j, ',') && c->region[j] < 0 && c->vcls[j + 1] == QV_SAY &&
            said_past(c, j + 1) && qx_clause_end(c, j + 1, sb) + 1 >= sb)
            return true;
    return false;
}

/* True when token k stands in a frame that closes a sentence after its
 * content in Konjunktiv I, set off by a comma and opening with a verb of
 * saying ("Das Problem sei ..., erklärte der Premierminister demnach
 * weiter."): that frame credits the words, the adverb in it none of its
 * own (not "Um ... zu bringen, sprechen sich demnach 84 Prozent ... aus"). */
static bool in_closing_frame(const qctx *c, size_t k, size_t sa) {
    size_t cs = qx_clause_start(c, k, sa);
    return cs > sa + 1 && cs < k && qx_punct(c, cs - 1, ',') && c->vcls[cs] == QV_SAY &&
           qx_has_konj(c, sa, cs - 1, false);
}

/* True when a verb of saying or thinking at v, right after a source
 * marker's phrase, frames the sentence itself with its own speaker:
 * "Laut BBC News sagte der Minister, dass ...", "Demnach erwartet
 * Russland, dass ...".  The verb has its subject after it and a content
 * clause of its own after its clause (not a passive's participle: "laut
 * taz deutlich gemacht, dass ..."; not a verb reported as an act: "laut
 * Polizei forderte die Menge ..."). */
static bool verb_frames_after(const qctx *c, size_t v, size_t sb) {
    if (v >= sb || (c->vcls[v] != QV_SAY && c->vcls[v] != QV_THINK) || c->used[v]) return false;
    size_t ce = qx_clause_end(c, v + 1, sb), n1 = ce + 1;
    size_t s0 = qx_skip_adverbials(c, v + 1, ce), s1 = qx_np_fwd(c, s0, ce);
    return s1 > s0 && n1 + 1 < sb && qx_punct(c, ce, ',') &&
           (is(c, n1, "dass") || is(c, n1, "ob") ||
            qx_has_konj(c, n1, qx_clause_end(c, n1, sb), false));
}

/* True for a lower-case participle at k, "ge-" near its start and "-t" or
 * "-en" at its end: "geworden", "gelacht", "aufgerufen". */
static bool lower_participle(const qctx *c, size_t k) {
    if (!(c->doc->tokens[k].flags & NF_TF_LOWER)) return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = c->doc->tok_llen[k];
    if (n < 6 || !(l[n - 1] == 't' || (l[n - 2] == 'e' && l[n - 1] == 'n'))) return false;
    for (size_t i = 0; i + 4 < n && i <= 5; i++)
        if (l[i] == 'g' && l[i + 1] == 'e') return true;
    return false;
}

/* Forms of "sein" and "nicht", which follow the adverb "laut" ("laut
 * gewesen", "laut waren die Rufe", "laut nicht zu hören"). */
static const char *const sein_or_not[] = {"ist",  "sind",  "war",  "waren", "sei", "seien",
                                          "wäre", "wären", "sein", "nicht", NULL};

/* True when "laut" at token k opens a relative clause after a comma
 * that gives what its antecedent says: ", laut denen", ", laut deren",
 * ", laut dessen", or ", laut der"/", laut dem" where no noun of speech
 * follows and the clause ends in a word in lower case, its verb ("ein
 * Gutachten, laut dem Kevin misshandelt worden war", "die Studentin,
 * laut der seine Kommentare nicht weiterhülfen"; not ", laut dem Bericht
 * der Polizei."). */
static bool relative_laut(const qctx *c, size_t k, size_t sa, size_t sb) {
    static const char *const relatives[] = {"denen", "deren", "dessen", NULL};
    if (k <= sa + 1 || k + 3 >= sb || !qx_punct(c, k - 1, ',')) return false;
    if (nf_tok_in(c->doc, k + 1, relatives)) return true;
    if ((!is(c, k + 1, "der") && !is(c, k + 1, "dem")) || qx_speech_noun(c, k + 2)) return false;
    size_t e = k + 2;
    while (e < sb && qx_word(c, e)) e++;
    return e > k + 3 && !qx_cap(c, e - 1);
}

/* True when tokens [j, sb) are punctuation but for one word in lower case
 * at most (a separable particle: "teilte am Dienstag laut ČTK mit."). */
static bool ends_sentence(const qctx *c, size_t j, size_t sb) {
    if (j < sb && qx_word(c, j) && (c->doc->tokens[j].flags & NF_TF_LOWER)) j++;
    for (; j < sb; j++)
        if (c->doc->tokens[j].kind != NF_TOK_PUNCT) return false;
    return true;
}

/* True when a quote made by a verb's frame (not a marker's) has its cue
 * in tokens [sa, k); the last 64 quotes are looked at (they are mostly in
 * text order, and a direct quote may have no cue). */
static bool frame_before(const qctx *c, size_t sa, size_t k) {
    for (size_t i = c->n; i > 0 && c->n - i < 64; i--) {
        const qitem *it = &c->items[i - 1];
        size_t cue = it->q.cue[0].ta;
        if (!it->dropped && it->origin == QO_CLAUSE && it->q.cue[0].tb > cue && cue >= sa &&
            cue < k && c->vcls[cue])
            return true;
    }
    return false;
}

/* True when token k is a document's or a news outlet's noun, alone or
 * as a compound's end ("Gesetz", "Verfassung", "Netzzeitung"). */
static bool document_or_outlet(const qctx *c, size_t k) {
    return qx_document_noun(c, k) ||
           nf_outlet_word(c->doc, nf_tokl(c->doc, k), c->doc->tok_llen[k]);
}

/* Attribution markers at token k of sentence [sa, sb). */
static bool marker(qctx *c, size_t k, size_t sa, size_t sb, bool *fail) {
    nf_seg none = {0, 0}, cue = {(uint32_t)k, (uint32_t)k + 1};
    uint8_t mk = c->mk[k];
    qitem *it = NULL;
    if (mk == QM_SOURCE && frames_direct_after(c, k, sa, sb)) return false;
    if (mk == QM_SOURCE && is(c, k, "laut") && relative_laut(c, k, sa, sb)) {
        /* Like ", wonach": the phrase before the comma is the source, the
         * relative pronoun when there is none; the clause the content. */
        nf_seg src = rel_source(c, k, sa);
        if (src.tb <= src.ta) src = (nf_seg){cue.tb, cue.tb + 1};
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, src))) return *fail = true, false;
        qx_span(c, it, k + 2, sb);
    } else if (mk == QM_SOURCE) { /* "laut Polizei", "gemäß dem Bericht" */
        size_t np = qx_np_fwd(c, k + 1, sb);
        /* "laut dpa"; not the adverb "laut" of "laut geworden", "laut
         * gesagt", "laut war" */
        bool adverb = qx_werden_form(c, k + 1) || lower_participle(c, k + 1) ||
                      nf_tok_in(c->doc, k + 1, sein_or_not);
        if (np == k + 1 && qx_word(c, k + 1) && !c->wcls[k + 1] && !c->vcls[k + 1] &&
            !c->konj[k + 1] && !adverb)
            np = k + 2;
        if (np == k + 1) return false;
        /* "gemäß dem Islam verändert": a rule one acts by, where the phrase
         * names no one who speaks, no statement, document or outlet */
        if (is(c, k, "gemäß") && !may_speak(c, (nf_seg){(uint32_t)k + 1, (uint32_t)np}) &&
            !names_agent(c, k + 1, np) && !qx_speech_np(c, k + 1, np) &&
            !qx_noun_in(c, k + 1, np, document_or_outlet))
            return false;
        /* "Laut BBC News sagte der Minister, dass ...": the verb's frame */
        if (verb_frames_after(c, qx_skip_adverbials(c, np, sb), sb)) return false;
        /* "..., sagte Davies der Welt am Sonntag laut Vorausbericht.": at
         * the end of a sentence a verb's frame already quotes, the phrase
         * says where that frame was read, no quote of its own */
        /* (a time after it too: "... laut Staatsmedien am Donnerstag.") */
        if (frame_before(c, sa, k) && ends_sentence(c, qx_skip_adverbials(c, np, sb), sb))
            return false;
        np = coordinated_source_end(
            c, origin_after_speech_noun(c, speech_noun_end(c, k + 1, np), sb), sb);
        /* a name or an institution's noun right after "laut", then a
         * common noun the lexicon knows that is no role: the clause's object
         * ("laut Filzmaier Aufträge von Parteien aus", "laut Ministerium
         * Arbeiten an ..."; not "laut Prieths Anwalt Kapferer", "laut
         * Gewerkschaftsverband Industriall") */
        size_t nb = 0;
        bool org = false;
        for (size_t i = nf_mention_first_at(c->doc, k + 1);
             i < c->doc->nmentions && c->doc->mentions[i].ta == k + 1; i++)
            if (c->doc->mentions[i].kind == NF_MK_NAME && c->doc->mentions[i].tb > nb)
                nb = c->doc->mentions[i].tb;
        if (!nb && qx_cap(c, k + 1) && nf_role_at(c->doc, k + 1, NULL, &org) && org) nb = k + 2;
        org = false;
        if (nb && nb < np && qx_cap(c, nb) && !genitive_word(c, nb) &&
            !nf_mention_over(c->doc, nb) && !qx_speech_noun(c, nb) &&
            !nf_person_noun_at(c->doc, nb) && !nf_role_at(c->doc, nb, NULL, &org) &&
            (nf_ner_common_word(c->doc->engine->ner, nf_tokl(c->doc, nb)) ||
             nf_ner_noun_like(c->doc->engine->ner, nf_tokl(c->doc, nb), 0)))
            np = nb;
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, (nf_seg){cue.tb, (uint32_t)np})))
            return *fail = true, false;
        /* "laut eigenen Angaben", "laut eigenem Bekunden": the subject's
         * own, as after "nach" */
        if (own_phrase(c, k)) it->q.antecedent = own_statement_subject(c, k, np, sa, sb);
        around(c, it, sa, sb, k, past_medium(c, past_appositions(c, np, sb), sb));
    } else if (mk == QM_POST) { /* "Berichten zufolge" */
        size_t b = qx_np_bwd(c, k, sa);
        if (b == k) b = source_before(c, k, sa);
        if (b == k) return false;
        /* "Den Polizeibehörden in Mombasa zufolge": the place after the
         * noun is part of its phrase */
        if (b > sa + 1 && (is(c, b - 1, "in") || is(c, b - 1, "im") || is(c, b - 1, "aus"))) {
            size_t a = qx_np_bwd(c, b - 1, sa);
            if (a < b - 1) b = a;
        }
        b = dative_start(c, b, k);
        /* a genitive plural without article that opens it, or stands
         * before it, belongs to the speech noun it follows: "Berichten
         * verschiedener US-Medien", "Berichten mehrerer Zeitungen" */
        size_t g = b;
        if (b > sa && !qx_genitive_without_article(c, b)) g = b - 1;
        if (g > sa && qx_genitive_without_article(c, g) && qx_speech_noun(c, g - 1)) {
            size_t a = qx_np_bwd(c, g, sa);
            b = a < g - 1 ? a : g - 1;
        }
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, (nf_seg){(uint32_t)b, cue.ta})))
            return *fail = true, false;
        around(c, it, sa, sb, b, k + 1);
    } else if (is(c, k, "nach") && post_nach(c, k, sa)) { /* "Seiner Meinung nach" */
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, (nf_seg){(uint32_t)k - 2, cue.ta})))
            return *fail = true, false;
        around(c, it, sa, sb, k - 2, k + 1);
    } else if (k > sa + 1 && k + 2 < sb && source_clause(c, k)) { /* "Studien, nach denen" */
        /* Like ", wonach": the relative pronoun is the nearest mention of
         * the source, the rest of the sentence its content. */
        nf_seg rel = {cue.tb, cue.tb + 1};
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, rel))) return *fail = true, false;
        qx_span(c, it, k + 2, sb);
    } else if (is(c, k, "nach") && !nach_not_source(c, k, sa)) { /* "nach Angaben der Polizei" */
        size_t j = k + 1;
        /* articles and adjectives before the noun; not "nach wie vor" */
        for (int n = 0; n < 4 && j < sb && !qx_cap(c, j); n++, j++)
            if (!qx_word(c, j) || c->vcls[j] ||
                ((c->wcls[j] & (QW_PREP | QW_SUBJ | QW_WH | QW_CONJ | QW_AUX)) &&
                 !(c->wcls[j] & QW_DET)))
                return false;
        /* "nach Grupps Meinung": a name in the genitive before the noun,
         * right after "nach" ("nach der Pleite Ermittlungen einleiten": a
         * noun after its article, then the object) */
        if (j == k + 1 && j + 1 < sb && !qx_speech_noun(c, j) && qx_cap(c, j + 1)) j++;
        if (j >= sb || !qx_speech_noun(c, j)) return false;
        if (event_after_nach(c, k, j, sb)) return false;
        size_t np = speech_noun_end(c, k + 1, qx_np_fwd(c, k + 1, sb));
        if (np <= j) np = j + 1;
        np = coordinated_source_end(c, origin_after_speech_noun(c, np, sb), sb);
        /* (as after "laut": "Nach Gerüchten über eine Festnahme teilte der
         * Minister mit, dass ...": the verb frames the sentence) */
        if (verb_frames_after(c, qx_skip_adverbials(c, np, sb), sb)) return false;
        nf_seg src = {cue.tb, (uint32_t)np}, ante = {0, 0};
        /* "nach eigenen Angaben": the phrase is the nearest mention of the
         * source (as the GNQA gold marks it), which is the clause's subject
         * ("Die Firma hat nach eigenen Angaben ...", "Nach eigenen Angaben
         * hat die Firma ..."): the subject resolves the speaker, like the
         * antecedent of "demnach" */
        if (own_phrase(c, k)) ante = own_statement_subject(c, k, np, sa, sb);
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, src))) return *fail = true, false;
        it->q.antecedent = ante;
        around(c, it, sa, sb, k, past_medium(c, past_appositions(c, np, sb), sb));
    } else if (mk == QM_BACK && !source_marker_in(c, k + 1, sb) &&
               !verb_frames_after(c, qx_skip_adverbials(c, k + 1, sb), sb) &&
               !frame_closes(c, k + 1, sb) && !in_closing_frame(c, k, sa)) { /* "Demnach ..." */
        /* The adverb is the nearest mention of the source, like a pronoun;
         * it stands for the speaker of the quote before, else the subject
         * of the sentence before ("Die Kommission gab das Ergebnis bekannt.
         * Demnach ..."). */
        const qitem *prev = quote_before(c, k);
        nf_seg ante = !prev                                           ? none
                      : prev->q.antecedent.tb > prev->q.antecedent.ta ? prev->q.antecedent
                                                                      : prev->q.speaker;
        /* (a sentence in the passive between that quote and the adverb
         * names who spoke last: "Nach israelischen Angaben seien ...
         * Dieser Darstellung wurde von einem libanesischen Militärsprecher
         * widersprochen. Danach ...") */
        if (sa > 0) {
            nf_seg ps = c->doc->sentences[c->doc->tok_sent[sa - 1]];
            nf_seg agent = passive_agent(c, ps.ta, ps.tb);
            if (agent.tb > agent.ta && (!prev || prev->q.spans[prev->q.nspans - 1].tb <= ps.ta))
                prev = NULL, ante = agent;
        }
        /* (after a colon the clause before it: "Im Programm schlüsselt das
         * Ministerium die Kosten auf: Demnach ...") */
        nf_seg head =
            k > sa + 2 && qx_punct(c, k - 1, ':') ? qx_clause_subject(c, sa, k - 1) : none;
        bool governed = head.ta > sa && (c->wcls[head.ta - 1] & QW_PREP);
        if (!prev && head.tb > head.ta && !governed && qx_names_actor(c, head.ta, head.tb, true))
            ante = head;
        else if (!prev && ante.tb <= ante.ta)
            ante = subject_before(c, sa, k == sa);
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, cue))) return *fail = true, false;
        it->q.antecedent = ante;
        around(c, it, sa, sb, k, k + 1);
    } else if (mk == QM_REL && k > sa && qx_punct(c, k - 1, ',')) { /* "ein Bericht, wonach" */
        /* The phrase before "wonach" is the source ("Berichte, wonach"); the
         * adverb stands in for it only when there is none. */
        nf_seg src = rel_source(c, k, sa);
        if (src.tb <= src.ta) src = cue;
        if (!(it = make(c, NF_Q_INDIRECT, QO_MARKER, cue, none, src))) return *fail = true, false;
        qx_span(c, it, k + 1, sb);
    } else {
        return false;
    }
    return finish(c, it);
}

/* The token after the adjectives (two at most) from k, never past b:
 * where the noun of "die internationale Besorgnis" stands after its
 * article. */
static size_t past_adjectives(const qctx *c, size_t k, size_t b) {
    size_t n = k;
    while (n < b && n < k + 2 && qx_adjective(c, n)) n++;
    return n;
}

/* True when token v is a word in lower case of no class the lists give,
 * four letters or more, that ends in "-e" (with `not_te`, not in "-te",
 * as often the preterite: "sandte"): the Konjunktiv I of any verb after a
 * subject in the third person ("warte", "bedinge"). */
static bool e_form(const qctx *c, size_t v, bool not_te) {
    if (!qx_word(c, v) || c->wcls[v] || !(c->doc->tokens[v].flags & NF_TF_LOWER)) return false;
    const char *l = nf_tokl(c->doc, v);
    size_t n = c->doc->tok_llen[v];
    return n >= 4 && l[n - 1] == 'e' && (!not_te || l[n - 2] != 't');
}

/* True when a subject pronoun, or an article and nouns opening the clause
 * [a, b), is followed by a verb in "-e", the Konjunktiv I of a verb the
 * lists do not hold: "er warte", "sie plane", "dies bedinge", "die Aktion
 * erinnere". */
static bool pronoun_konj(const qctx *c, size_t a, size_t b) {
    for (size_t k = a; k + 1 < b && k < a + 4; k++) {
        size_t v = k + 1;
        if (!(is(c, k, "er") || is(c, k, "sie") || is(c, k, "es") || is(c, k, "man") ||
              is(c, k, "dies"))) {
            /* a subject of an article, adjectives and nouns that opens the
             * clause: "die Aktion erinnere an ...", "die internationale
             * Besorgnis resultiere aus ..." (a noun is followed by no
             * adjective) */
            if (k != a || !(c->wcls[k] & QW_DET) || (c->wcls[k] & QW_PRON)) continue;
            size_t n1 = past_adjectives(c, k + 1, b);
            if (!qx_cap(c, n1)) continue;
            v = n1;
            while (v < b && v < n1 + 3 && qx_cap(c, v)) v++;
            if (v >= b) continue;
        }
        if (!c->vcls[v] && e_form(c, v, false) &&
            (v == k + 1 || nf_ner_lower_word(c->doc->engine->ner, nf_tokl(c->doc, v))))
            return true;
    }
    return false;
}

/* True when sentence [sa, sb) opens with a subject pronoun and a verb in
 * "-e" that no list holds, the Konjunktiv I of any verb ("Dies bedinge
 * schwere Böen", "Er vertraue darauf"); not in "-te", which is as often
 * the preterite ("Er sandte", "Sie spielte"). */
static bool pronoun_then_konj(const qctx *c, size_t sa, size_t sb) {
    static const char *const pronouns[] = {"er", "sie", "es", "man", "dies", NULL};
    size_t v = sa + 1;
    return v + 1 < sb && nf_tok_in(c->doc, sa, pronouns) && !c->vcls[v] && e_form(c, v, true);
}

/* True when a subordinate clause [a, b) whose subject is "er", "es" or
 * "man" ends with its verb in -e, the Konjunktiv I of any verb ("da er
 * jeder Grundlage entbehre"; the indicative would end in -t; not the
 * past's -te). */
static bool final_konj(const qctx *c, size_t a, size_t b) {
    if (b < a + 3 || !(is(c, a, "er") || is(c, a, "es") || is(c, a, "man"))) return false;
    return e_form(c, b - 1, true);
}

/* True when the clause [a, b) opens as a main clause: a subject pronoun,
 * or an article and capitalised words, then a word in lower case that no
 * list knows (the finite verb) with more of the clause after it ("die USA
 * hielten sich an ..."); a relative clause ends with its verb ("Müller,
 * die Chefin wurde"). */
static bool verb_second(const qctx *c, size_t a, size_t b) {
    size_t v = a + 1;
    bool name = false;
    if (!(is(c, a, "er") || is(c, a, "sie") || is(c, a, "es") || is(c, a, "man") ||
          is(c, a, "wir"))) {
        /* an article and capitalised words, or a name of them alone
         * ("Benedikt XVI. ist ...") */
        bool article = (c->wcls[a] & QW_DET) && !(c->wcls[a] & QW_PRON) && qx_cap(c, a + 1);
        size_t m = nf_mention_first_at(c->doc, a);
        name = !article && qx_cap(c, a) && !c->wcls[a] && m < c->doc->nmentions &&
               c->doc->mentions[m].ta == a;
        if (!article && !name) return false;
        if (name) v = c->doc->mentions[m].tb;
        while (v < b && v < a + 4 && qx_cap(c, v)) v++;
    }
    /* mixed speech: the verb opens a quotation in lower case (the name
     * before it: "sagte Merkel, Benedikt „ist und bleibt ...“") */
    if (v + 1 < b && v > a && (c->doc->tokens[v].flags & NF_TF_QOPEN) &&
        (c->doc->tokens[v + 1].flags & NF_TF_LOWER) && !(c->wcls[a] & QW_DET))
        v++;
    /* (not "die Apple Insider veröffentlicht hat": a verb-final clause; an
     * auxiliary at the second place too after a name: "Benedikt ist ...") */
    return v + 1 < b && qx_word(c, v) && (!c->wcls[v] || (qx_aux(c, v) && name)) &&
           (c->doc->tokens[v].flags & NF_TF_LOWER) && qx_word(c, v + 1) && !qx_aux(c, v + 1);
}

/* The comma that ends an apposition set off after a subject at the comma
 * `ce` ("Li Fei, der stellvertretende Vorsitzende des Ausschusses, ..."),
 * or a relative clause about it ("..., der in Peking lebt, ..."), and
 * adverbs set off after that ("aber auch,"); `ce` when none follows.  It
 * opens with an article or relative pronoun and holds no speech verb,
 * subjunctive, auxiliary or zu-infinitive: "sagte Merkel, die Lage sei
 * ernst, ..." is content. */
static size_t past_apposition(const qctx *c, size_t ce, size_t sb) {
    size_t a = ce + 1;
    if (a + 1 >= sb) return ce;
    size_t e = qx_clause_end(c, a, sb);
    if (e >= sb || !qx_punct(c, e, ',')) return ce;
    /* a person's or an organisation's name alone: "meldete der Sender,
     * Radio Vatikan, dass ..." */
    int type = qx_name_span(c, a, e);
    if (type == NF_ENT_PERSON || type == NF_ENT_ORG) return e;
    /* (an article and a noun within its first words: "der stellvertretende
     * Vorsitzende", "einer der beiden Jesuiten") */
    bool noun = false;
    for (size_t j = a + 1; j < e && j < a + 4 && !noun; j++) {
        if (c->wcls[j] & (QW_ADV | QW_PRON | QW_PREP | QW_CONJ)) break; /* "der jedoch ..." */
        noun = qx_cap(c, j);
    }
    /* (or a participle in "-end" before its noun: "das auch die Ruhr
     * Nachrichten verlegende Medienhaus Lensing") */
    for (size_t j = a + 2; j + 1 < e && !noun; j++) {
        const char *l = nf_tokl(c->doc, j);
        size_t n = c->doc->tok_llen[j];
        noun = n > 6 && (c->doc->tokens[j].flags & NF_TF_LOWER) && qx_cap(c, j + 1) &&
               (strstr(l + n - 5, "ende") || strstr(l + n - 6, "enden"));
    }
    /* (or a person's noun without an article: "sagte Peter Müller,
     * Gründer der Firma, er sei froh", "Sprecher des Ministeriums") */
    bool bare = qx_cap(c, a) && nf_person_noun_at(c->doc, a) && !nf_mention_over(c->doc, a);
    if (!bare && (!(c->wcls[a] & QW_DET) || !noun)) return ce;
    for (size_t j = a + 1; j < e; j++)
        if (c->vcls[j] || c->konj[j] || ((c->wcls[j] & QW_AUX) && !(c->wcls[j] & QW_DET)) ||
            nf_tok_zu_infinitive(c->doc, j) ||
            (qx_word(c, j) && (c->doc->tokens[j].flags & NF_TF_LOWER) && !c->wcls[j] &&
             !nf_adjective_at(c->doc, j) && j + 1 < e && !qx_cap(c, j + 1)))
            return ce;
    /* "aber auch," after it */
    size_t f = e + 1;
    while (f < sb && (c->wcls[f] & QW_ADV) && !(c->wcls[f] & (QW_PRON | QW_DET))) f++;
    if (f > e + 1 && f < sb && qx_punct(c, f, ',')) return f;
    return e;
}

/* True when the clause of "wie" at a holds an accusative object after its
 * subject and before its verb at v ("wie Mair die Abgeordnete
 * attackierte"): an act told, not the frame "wie der Sprecher sagte" or
 * "wie er der Zeitung sagte". */
static bool wie_with_object(const qctx *c, size_t a, size_t v) {
    static const char *const acc[] = {"den", "die", "das", "einen", "eine", NULL};
    if (v <= a + 1) return false;
    /* (past adverbs, the subject, phrases after a preposition and subjects
     * joined by "und": "wie schon die WHO sagte", "wie die Agentur unter
     * Berufung auf die Polizei berichtet", "wie der Konzern und das
     * Ministerium bestätigten") */
    size_t s = qx_skip_adverbials(c, a + 1, v);
    /* (a pronoun first is the object of a frame: "wie das die ÖVP
     * fordert", "wie uns die Philologen sagen") */
    if (s < v && ((c->wcls[s] & QW_PRON) || is(c, s, "das") || is(c, s, "es")) &&
        !is(c, s, "man")) /* (never an object: "wie man den Betriebswirt nannte") */
        return false;
    size_t j = qx_np_fwd(c, s, v);
    while (j < v) {
        if ((c->wcls[j] & (QW_PREP | QW_CONJ)) && j + 1 < v) {
            size_t e = qx_np_fwd(c, j + 1, v);
            j = e > j + 1 ? e : j + 1;
            continue;
        }
        /* (a relative clause or an apposition set off by commas is no
         * part of it: "wie Paech, der den Prozess beobachtete, mitteilte") */
        if (qx_punct(c, j, ',') && j + 1 < v) {
            size_t e = qx_clause_end(c, j + 1, v);
            if (e < v && qx_punct(c, e, ',')) {
                j = e + 1;
                continue;
            }
        }
        if (c->region[j] < 0 && nf_tok_in(c->doc, j, acc)) return true;
        j++;
    }
    return false;
}

/* True when the verb at k is a form of "nennen" and [a, b) holds the
 * one it names as a pronoun ("wie man ihn nannte", "wie sie sich
 * nennen"): naming, no saying ("wie er es nannte" may frame what he
 * called it). */
static bool naming(const qctx *c, size_t a, size_t b, size_t k) {
    static const char *const named[] = {"ihn", "sie", "sich", NULL};
    const char *v = nf_tokl(c->doc, k);
    if (strncmp(v, "nenn", 4) != 0 && strncmp(v, "nannt", 5) != 0 && strcmp(v, "genannt") != 0)
        return false;
    for (size_t j = a; j < b; j++)
        if (nf_tok_in(c->doc, j, named)) return true;
    return false;
}

/* True when the verb at k is a form of "meinen" in its idiom "es gut
 * (ernst, ehrlich, ...) meinen" ("Das Wetter meinte es gut mit den
 * Zuschauern", "wenn sie es ernst meint"): an attitude, no saying.  "es"
 * stands within three words of the verb, the adverb right after it or
 * after one intensifier ("meinte es wirklich ernst"). */
static bool means_it(const qctx *c, size_t k, size_t sa, size_t sb) {
    static const char *const manner[] = {"gut",      "ernst",    "ehrlich", "böse",
                                         "schlecht", "todernst", "redlich", NULL};
    static const char *const intensifier[] = {"sehr", "wirklich", "durchaus", "nur", "doch",
                                              "gar",  "so",       "ganz",     NULL};
    const char *v = nf_tokl(c->doc, k);
    if (strncmp(v, "mein", 4) != 0 && strcmp(v, "gemeint") != 0) return false;
    for (size_t j = k > sa + 3 ? k - 3 : sa; j < k + 4 && j + 1 < sb; j++) {
        if (j == k || !is(c, j, "es")) continue;
        /* (in the verb's own clause: "Er meinte, es gut gemacht zu
         * haben" says something) */
        bool apart = false;
        for (size_t i = j < k ? j : k; i < (j < k ? k : j) && !apart; i++)
            apart = c->doc->tokens[i].kind == NF_TOK_PUNCT;
        if (apart) continue;
        size_t a = j + 1;
        if (a + 1 < sb && nf_tok_in(c->doc, a, intensifier)) a++;
        if (nf_tok_in(c->doc, a, manner)) return true;
    }
    return false;
}

/* True when the verb at k stands in a question the writer or an
 * interviewer asks, which reports no one's words: sentence [sa, sb) ends
 * in "?" outside quotation marks, and the sentence (or its part after a
 * colon before the verb) opens with a question word or an auxiliary, or
 * the verb's subject is the one addressed ("Was ist passiert, dass Sie
 * beschlossen haben, ...?", "Haben Sie damals geglaubt, ...?", "Für wie
 * wahrscheinlich halten Sie es, dass ...?").  A verb of asking reports the
 * question ("Er fragte, ob ...?"). */
static bool asked(const qctx *c, size_t k, size_t sa, size_t sb) {
    size_t e = sb;
    /* (past closing quotation marks and a period after the mark: "...?.") */
    while (e > sa && (c->doc->tokens[e - 1].kind == NF_TOK_QUOTE ||
                      (qx_punct(c, e - 1, '.') && e - 1 > sa && qx_punct(c, e - 2, '?'))))
        e--;
    if (e <= sa || !qx_punct(c, e - 1, '?') || c->region[e - 1] >= 0 || c->region[k] >= 0)
        return false;
    if (strncmp(nf_tokl(c->doc, k), "frag", 4) == 0) return false;
    /* (after a colon, the question opens there: "STANDARD: Was ist
     * passiert, dass ...?") */
    size_t q = sa;
    for (size_t j = sa; j < k; j++)
        if (qx_punct(c, j, ':')) q = j + 1;
    bool opens = qx_aux(c, q);
    for (size_t j = q; j < q + 3 && j < k && !opens; j++) opens = (c->wcls[j] & QW_WH) != 0;
    static const char *const you[] = {"sie", "du", "ihr", NULL};
    bool addressed = (k + 1 < sb && nf_tok_in(c->doc, k + 1, you) && qx_cap(c, k + 1)) ||
                     (k > sa && is(c, k - 1, "du"));
    return opens || addressed;
}

/* True when sentence [sa, sb) opens with the writer's aside, a
 * participle and "sei" with no one who speaks, before a comma or a colon
 * ("Erwähnt sei, dass ...", "Angemerkt sei: ..."): no one's words. */
static bool writers_aside(const qctx *c, size_t sa, size_t sb) {
    return sa + 2 < sb && qx_participle(c, sa) && is(c, sa + 1, "sei") &&
           (qx_punct(c, sa + 2, ',') || qx_punct(c, sa + 2, ':'));
}

static bool past_verb(const qctx *c, size_t k);      /* below */
static bool indicative_aux(const qctx *c, size_t v); /* below */

/* True when [a, b), set off by commas, reads as an insertion into a
 * clause: an apposition, an article or a capitalised word first, a noun
 * last and no verb ("das höchste der Gebäude"), or a relative clause, its
 * pronoun first (after a preposition or not) and a verb last ("der am
 * Hafen steht"). */
static bool inserted(const qctx *c, size_t a, size_t b) {
    if (b < a + 2) return false;
    size_t r = (c->wcls[a] & QW_PREP) ? a + 1 : a;
    if ((c->wcls[r] & QW_REL) && r + 1 < b && !qx_cap(c, r + 1) && qx_word(c, b - 1) &&
        (c->doc->tokens[b - 1].flags & NF_TF_LOWER)) {
        /* (not one whose verb of saying frames what follows: "..., denen
         * Correa vorwirft, Urheber der Krise zu sein") */
        for (size_t j = r + 1; j < b; j++)
            if (c->vcls[j] || c->mk[j]) return false;
        return true;
    }
    if (!((c->wcls[a] & QW_DET) || qx_cap(c, a)) || !qx_cap(c, b - 1)) return false;
    for (size_t j = a; j < b; j++)
        if (c->vcls[j] || c->konj[j] || qx_aux(c, j) || (c->wcls[j] & (QW_SUBJ | QW_CONJ)))
            return false;
    return true;
}

/* True when the cue is a form of "erinnern" with "an" right after it,
 * perhaps after "sich" and adverbs: one recalls a thing or resembles it
 * ("erinnert an Vorgänge im Fußball", "Das erinnert freilich an jene
 * Probleme"), which says nothing by itself. */
static bool recalls_a_thing(const qctx *c, nf_seg cue) {
    if (strncmp(nf_tokl(c->doc, cue.ta), "erinner", 7) != 0) return false;
    for (size_t j = cue.tb; j < c->doc->ntokens && j < cue.tb + 4; j++) {
        if (is(c, j, "an")) return true;
        if (!is(c, j, "sich") &&
            (!qx_word(c, j) || !(c->doc->tokens[j].flags & NF_TF_LOWER) || c->vcls[j] ||
             (c->wcls[j] & (QW_PRON | QW_DET | QW_PREP | QW_CONJ | QW_SUBJ))))
            return false;
    }
    return false;
}

/* True for a verb of denial at k ("wies ... zurück", "dementierte",
 * "bestreitet"; not one of criticism, whose content is the critic's). */
static bool denies(const qctx *c, size_t k, nf_seg part) {
    static const char *const stems[] = {"zurückgewies", "zurückweis", "dementi",
                                        "bestritt",     "bestreit",   NULL};
    const char *w = nf_tokl(c->doc, k);
    for (const char *const *p = stems; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return true;
    return part.tb > part.ta && is(c, part.ta, "zurück") &&
           (strncmp(w, "wies", 4) == 0 || strncmp(w, "weis", 4) == 0);
}

/* True when the verb of the cue at token k (its particle at `part`, or
 * none) rejects or disputes what it takes as its object ("lehnte ... ab",
 * "wies ... zurück", "dementierte", "bestritt", "kritisierte",
 * "widersprach"): "Das lehnte X ab" after someone's demand rejects those
 * words, it does not say them. */
static bool disputes(const qctx *c, size_t k, nf_seg part) {
    if (denies(c, k, part)) return true;
    static const char *const stems[] = {"ablehn",    "kritisier", "widersp",
                                        "bezweifel", "verurteil", NULL};
    /* "Dies hält er für unwahrscheinlich": holding it untrue */
    static const char *const untrue[] = {"unwahrscheinlich", "falsch",      "unrealistisch",
                                         "ausgeschlossen",   "abwegig",     "unsinnig",
                                         "unglaubwürdig",    "unbegründet", NULL};
    const char *w = nf_tokl(c->doc, k);
    for (const char *const *p = stems; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return true;
    if (part.tb > part.ta && is(c, part.ta, "für") && part.tb < c->doc->ntokens &&
        nf_tok_in(c->doc, part.tb, untrue))
        return true;
    return part.tb > part.ta && is(c, part.ta, "ab") && strncmp(w, "lehn", 4) == 0;
}

/* The object of a verb of denial in its clause [cs, ce) that names a
 * report or a statement ("die Darstellung", "Berichte der Wochenzeitung
 * X"), outside the speaker `sp` and the cue: whose claim the content
 * after the comma is.  None where the clause judges it "als" something
 * ("weist den Vorwurf als abwegig zurück, man hätte ...": the words are
 * the subject's), or after a preposition. */
static nf_seg disputed_report(const qctx *c, size_t cs, size_t ce, nf_seg sp, nf_seg cue,
                              nf_seg part) {
    /* (a claim's nouns, as compounds' ends: "Medienberichte"; not a
     * demand, whose content is an act, nor criticism) */
    static const char *const claims[] = {"darstellung", "darstellungen", "bericht", "berichte",
                                         "meldung",     "meldungen",     "gerücht", "gerüchte",
                                         "behauptung",  "behauptungen",  "vorwurf", "vorwürfe",
                                         "spekulation", "spekulationen", NULL};
    nf_seg none = {0, 0};
    for (size_t j = cs; j < ce; j++)
        if (is(c, j, "als")) return none;
    for (size_t j = cs; j < ce; j++) {
        if ((j >= sp.ta && j < sp.tb) || (j >= cue.ta && j < cue.tb) ||
            (j >= part.ta && j < part.tb) || !qx_cap(c, j) ||
            !nf_tokl_ends_in(c->doc, j, claims, 0))
            continue;
        size_t a = j;
        while (a > cs && a + 4 > j && (qx_adjective(c, a - 1) || (c->wcls[a - 1] & QW_DET))) a--;
        if (a > cs && (c->wcls[a - 1] & QW_PREP)) return none;
        size_t e = qx_np_fwd(c, a, ce);
        return e > j ? (nf_seg){(uint32_t)a, (uint32_t)e} : none;
    }
    return none;
}

/* True when a quote made already has its cue in [a, b), a noun of a
 * statement's (speech-act-nouns.txt: "den Vorschlag des Kanzlers, ..."). */
static bool statement_quoted(const qctx *c, size_t a, size_t b) {
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        size_t q = it->q.cue[0].ta;
        if (!it->dropped && it->q.cue[0].tb > q && q >= a && q < b && qx_cap(c, q) &&
            qx_speech_act(c, q) == 'n')
            return true;
    }
    return false;
}

/* True when the clause [a, b) (the sentence going on to sb) is the
 * content of a speech verb of class `vcls` before it; `verb_last` when the
 * verb stands right before the comma, `subject_last` when its subject
 * does ("sagte Rice, ..."). */
static bool content_clause(const qctx *c, size_t a, size_t b, size_t sb, uint8_t vcls,
                           bool verb_last, bool subject_last) {
    if (a >= sb) return false;
    const char *l = nf_tokl(c->doc, a);
    if (strcmp(l, "dass") == 0 || strcmp(l, "daß") == 0 || strcmp(l, "ob") == 0) return true;
    /* "..., wie die Agentur PAP berichtet": a frame of its own, not what
     * the verb before says. */
    if (is(c, a, "wie"))
        for (size_t k = b; k > a + 1 && k + 3 > b; k--)
            if (c->vcls[k - 1] && !wie_with_object(c, a, k - 1)) return false;
    /* (a w-word of "wo-" and a preposition after the verb's object opens a
     * relative clause: "informierte die Firma von der Pfändung, worauf
     * diese zahlte") */
    bool wo_relative = strncmp(l, "wo", 2) == 0 && strlen(l) > 4 && !verb_last && !subject_last;
    /* (nor does "welches" before a word in lower case that is neither an
     * article, a pronoun nor an adjective: "informierte das Amt, welches
     * daraufhin einen Krisenstab einrichtete"; "fragte, welche neuen
     * Regeln gelten" asks) */
    wo_relative |= (c->wcls[a] & QW_REL) && a + 1 < b && qx_word(c, a + 1) &&
                   (c->doc->tokens[a + 1].flags & NF_TF_LOWER) &&
                   !(c->wcls[a + 1] & (QW_DET | QW_PRON)) && !qx_adjective(c, a + 1);
    if ((c->wcls[a] & QW_WH) && vcls != QV_ACT) return !wo_relative;
    /* "..., heißt es im Brief": a frame of its own */
    if (is(c, a, "heißt") || is(c, a, "hieß")) return false;
    if (c->wcls[a] & (QW_SUBJ | QW_CONJ)) return false;
    /* "..., so der Sender": a frame of its own, not a content */
    if (is(c, a, "so") && a + 1 < b && ((c->wcls[a + 1] & QW_DET) || qx_cap(c, a + 1)) &&
        !qx_has_konj(c, a, b, true))
        return false;
    /* "..., berichtet TASS": another frame, not a content. */
    if (c->vcls[a] || qx_aux(c, a)) return false;
    /* "Sie nennen es Korsett, ich sage, es gibt Prinzipien": a pronoun and
     * a verb of saying in the indicative before a comma open a frame of
     * their own (in the Konjunktiv they go on with the words reported:
     * "sagte, er glaube, ...", "sie befürchte, ..."; the first person's
     * "-e" is the indicative) */
    if ((c->wcls[a] & QW_PRON) && !(c->wcls[a] & QW_DET) && a + 2 < sb && c->vcls[a + 1] &&
        qx_punct(c, a + 2, ',')) {
        size_t vn = c->doc->tok_llen[a + 1];
        bool first = is(c, a, "ich") || is(c, a, "wir");
        if (first || (!c->konj[a + 1] && vn && nf_tokl(c->doc, a + 1)[vn - 1] == 't')) return false;
    }
    /* "um ... zu vermeiden": a purpose, not a content. */
    if (is(c, a, "um") || is(c, a, "ohne") || is(c, a, "statt") || is(c, a, "anstatt"))
        return false;
    /* (a relative pronoun before a verb or adverb, not an article; "dessen"
     * and "deren" before their noun: "..., dessen Sitz in Bad Homburg
     * liegt") */
    bool relative =
        (c->wcls[a] & QW_REL) && (!qx_cap(c, a + 1) || is(c, a, "dessen") || is(c, a, "deren"));
    /* (or one after a preposition: "eine Erklärung, in der es heißt, ...";
     * not an article, "sagte, in der Stadt sei ...") */
    relative |= (c->wcls[a] & QW_PREP) && a + 2 < b && (c->wcls[a + 1] & QW_REL) &&
                !qx_cap(c, a + 2) && !(c->wcls[a + 2] & QW_DET) && !qx_adjective(c, a + 2);
    /* (right after the verb an article, adjectives and a noun: "sagte, die
     * internationale Besorgnis resultiere aus ..."; "Merkel, die neue Pläne
     * vorstellte" is a relative clause after a name; an article that opens
     * no subject, "den", no main clause) */
    if (relative && verb_last && (is(c, a, "der") || is(c, a, "die") || is(c, a, "das"))) {
        size_t n1 = past_adjectives(c, a + 1, b);
        if (n1 > a + 1 && n1 < b && qx_cap(c, n1)) relative = false;
    }
    /* (a finite verb in the indicative closing the clause, or a
     * preposition right after its article and noun, puts it in the order
     * of a subordinate clause: "zitierte aus Tonbändern, die Kohl für
     * seine Memoiren angefertigt hatte"; a main clause has its verb
     * second; "soll" reports, "..., die Gewerkschaft versucht haben soll") */
    size_t last = b, after_np = a + 1;
    while (last > a && c->doc->tokens[last - 1].kind == NF_TOK_PUNCT) last--;
    while (after_np < b && after_np < a + 4 && qx_cap(c, after_np)) after_np++;
    if (!relative && (c->wcls[a] & QW_REL) && (c->wcls[a] & QW_DET) && last > a + 3 &&
        (indicative_aux(c, last - 1) || past_verb(c, last - 1) ||
         (after_np > a + 1 && after_np < b && (c->wcls[after_np] & QW_PREP))) &&
        !qx_has_konj(c, a, b, true)) {
        bool reports = is(c, last - 1, "soll") || is(c, last - 1, "sollen");
        /* (nor a zu-infinitive's phrase: "beschloss, die Hilfsgelder für
         * Syrien aufzustocken", "gab zu, das Mittel nach dem 1. Jänner
         * genommen zu haben") */
        for (size_t j = a + 1; j < sb && !reports; j++)
            reports = nf_tok_zu_infinitive(c->doc, j) ||
                      (is(c, j, "zu") && j + 1 < sb && qx_word(c, j + 1) &&
                       (c->doc->tokens[j + 1].flags & NF_TF_LOWER));
        relative = !reports;
    }
    size_t kb = vcls == QV_ACT || relative ? b : sb;
    if (qx_has_konj(c, a, kb, true) || pronoun_konj(c, a, b)) return true;
    /* "dahingehend, das Gespräch „sei gut verlaufen“": the subjunctive in a
     * quoted fragment that goes on with the clause in lower case (mixed
     * speech; after a colon a quotation is direct speech of its own) */
    for (size_t k = a + 1; k < kb && c->region[a] < 0; k++) {
        if (qx_punct(c, k, ':')) break;
        if (c->konj[k] != 1 || c->region[k] < 0) continue;
        uint32_t open = c->doc->qregions[c->region[k]].open;
        if (open > a && (c->doc->tokens[open + 1].flags & NF_TF_LOWER)) return true;
    }
    /* "forderte ihn auf, das Land zu verlassen"; after a verb of thinking
     * too, as GNQA marks it ("Die Schule hofft, die Frau halten zu
     * können": gnqa-train 3 quotes more, none wrong) */
    /* (not after a main clause of its own, a subject and an auxiliary
     * first: "beschimpften einander, zwei Senatoren wurden ausgeschlossen
     * und um die Reform zu blockieren, ...") */
    size_t np = qx_np_fwd(c, a, b);
    bool own_clause = np > a && np + 1 < b && qx_aux(c, np);
    if (b >= a + 2 && nf_tok_zu_infinitive(c->doc, b - 1) && !own_clause) return true;
    /* (with an apposition or a relative clause set off by commas inside
     * it: "zugesagt, nicht über den Turm, das höchste der Gebäude,
     * bestimmen zu wollen") */
    if (b >= a + 2 && b + 2 < sb && qx_punct(c, b, ',') && c->region[b] < 0) {
        size_t f = qx_clause_end(c, b + 1, sb), g = f + 1;
        if (f < sb && qx_punct(c, f, ',') && inserted(c, b + 1, f)) {
            g = qx_clause_end(c, f + 1, sb);
            while (g > f + 1 && c->doc->tokens[g - 1].kind == NF_TOK_PUNCT) g--;
            if (g >= f + 3 && nf_tok_zu_infinitive(c->doc, g - 1) && !qx_has_konj(c, a, g, true))
                return true;
        }
    }
    /* (with a phrase set after it: "angekündigt, kurzfristig zurückzutreten
     * als Chefin der CDU") */
    /* (or "und zwar" and what it singles out: "vorgeworfen, das Dokument
     * verwässert zu haben und zwar genau dort, wo ...") */
    for (size_t j = a + 1; j + 2 < b; j++)
        if (nf_tok_zu_infinitive(c->doc, j) && !is(c, j, "zu") &&
            ((((c->wcls[j + 1] & QW_PREP) || is(c, j + 1, "als")) && !(c->wcls[j + 1] & QW_DET) &&
              qx_np_fwd(c, j + 2, b) == b) ||
             (is(c, j + 1, "und") && is(c, j + 2, "zwar"))))
            return true;
    /* "wies die Behauptung zurück, der Sprecher der Fraktion, Peter Maier,
     * erklärte: ...": a verb of saying in the past before a colon or a
     * comma frames what comes after it, so the clause is someone's own
     * statement, no content */
    for (size_t j = a + 1; j + 1 < sb && j < a + 16 && c->region[j] < 0; j++) {
        if (qx_punct(c, j, ':')) break;
        if (said_past(c, j) && (qx_punct(c, j + 1, ':') || qx_punct(c, j + 1, ','))) return false;
    }
    /* "sagte, er kommt morgen": a clause right after the verb, or one
     * that opens as a main clause ("sagte Rice, die USA hielten sich an
     * ..."). */
    if (vcls == QV_SAY) {
        /* (a clause that goes on into a quotation ends at its mark: the
         * verb may be the quotation's first word; the point of a name's
         * ordinal before it, "Benedikt XVI. „ist ...“", ends nothing) */
        size_t vb = b;
        if (vb + 1 < sb && qx_punct(c, vb, '.') && nf_mention_over(c->doc, vb)) vb++;
        vb = vb < sb && (c->doc->tokens[vb].flags & NF_TF_QOPEN) && vb + 1 < sb
                 ? qx_clause_end(c, vb + 1, sb)
                 : b;
        return !relative && (verb_last || (subject_last && verb_second(c, a, vb)));
    }
    /* "Kritiker hatten ihm vorgeworfen, er wollte sich bereichern": after
     * the verb of an act that closes its clause, a pronoun subject and a
     * finite verb in the indicative (an auxiliary or modal, or a verb in
     * the past) */
    return vcls == QV_ACT && verb_last && a + 2 < b &&
           (is(c, a, "er") || is(c, a, "sie") || is(c, a, "man")) && qx_word(c, a + 1) &&
           (c->doc->tokens[a + 1].flags & NF_TF_LOWER) && !c->vcls[a + 1] &&
           (indicative_aux(c, a + 1) || past_verb(c, a + 1));
}

/* True when "nicht" negates the clause [a, b) ("gab nicht bekannt"), or
 * its subject is no one: "niemand" or "keiner" opening it or right after
 * its verb ("Niemand erwartet, dass ...", "Das glaubt keiner"; not "in
 * keiner Region"). */
static bool negated(const qctx *c, size_t a, size_t b) {
    static const char *const no[] = {"nicht", "nie", "niemals", "keine", "kein", NULL};
    static const char *const no_one[] = {"niemand", "keiner", NULL};
    for (size_t k = a; k < b; k++)
        if (nf_tok_in(c->doc, k, no) ||
            (nf_tok_in(c->doc, k, no_one) && (k == a || (c->vcls[k - 1] && c->region[k] < 0))))
            return true;
    return false;
}

/* True for "gefordert" or "gefragt" at k with a form of "sein": a state
 * ("Die Ministerin sei gefordert, ... anzufordern": is called upon, "Wir
 * sind alle gefordert"), no demand made; and "gemeint" with one before or
 * after it. */
static bool stative_participle(const qctx *c, size_t cs, size_t k) {
    static const char *const sein[] = {"ist",   "sind", "sei",   "seien", "war",
                                       "waren", "wäre", "wären", NULL};
    /* "gemeint war Minister X", "damit ist Y gemeint": what a word means,
     * no statement */
    if (is(c, k, "gemeint") && (nf_tok_in(c->doc, k + 1, sein) ||
                                (k > cs && nf_tok_in(c->doc, qx_finite_aux(c, cs, k), sein))))
        return true;
    size_t fin = qx_finite_aux(c, cs, k);
    if (fin == k || !(is(c, k, "gefordert") || is(c, k, "gefragt"))) return false;
    return nf_tok_in(c->doc, fin, sein);
}

/* True for a form of "erklären" at k after "für" and a word in lower case
 * in its clause [cs, ..) ("hat ... für zulässig erklärt", "für nichtig zu
 * erklären"): it declares its object something, and frames no words. */
static bool declared_as(const qctx *c, size_t cs, size_t k) {
    if (strncmp(nf_tokl(c->doc, k), "erklär", strlen("erklär")) != 0) return false;
    size_t j = k;
    if (j > cs && is(c, j - 1, "zu")) j--;
    return j >= cs + 2 && is(c, j - 2, "für") && (c->doc->tokens[j - 1].flags & NF_TF_LOWER) &&
           qx_word(c, j - 1);
}

/* True for a form of "ausschließen" at k ("schloss ... aus",
 * "ausgeschlossen"): not to rule something out says it may be, so "nicht"
 * negates no statement there ("schloss nicht aus, dass ..."). */
static bool rules_out(const qctx *c, size_t k) {
    const char *l = nf_tokl(c->doc, k);
    return strstr(l, "schloss") || strstr(l, "schließ");
}

/* True when the verb of saying at k is a future in clause [cs, ce) ("Die
 * Partei wird darauf bestehen, dass ...", "..., ob sie bekanntgeben
 * wird"): a speech act yet to come says nothing yet. */
static bool future_act(const qctx *c, size_t cs, size_t ce, size_t k) {
    if (!qx_speech_infinitive(c, k)) return false;
    size_t fin = qx_finite_aux(c, cs, k);
    if (fin < k && (is(c, fin, "wird") || is(c, fin, "werden"))) return true;
    return k + 1 < ce && (is(c, k + 1, "wird") || is(c, k + 1, "werden"));
}

/* True when [a, b) holds the cue or speaker of another quote: "Dies teilte
 * X mit, berichtet TASS" credits a source, it quotes nothing more (one set
 * off by "wie" and commas inside it is part of what is quoted). */
static bool frames_before(const qctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        if (c->used[k] != 1) continue;
        /* (not one set off inside it by "wie": "Von einer Abarbeitung, wie
         * der Minister behaupte, kann keine Rede sein, sagte X" is X's) */
        size_t cs = qx_clause_start(c, k, a);
        if (cs > a && is(c, cs, "wie") && qx_punct(c, cs - 1, ',') && qx_clause_end(c, k, b) < b)
            continue;
        return true;
    }
    return false;
}

/* True when the noun phrase np after a plural verb of saying at k is in
 * the singular, so it cannot be the verb's subject: "Die Gewerkschaften
 * begrüßten den Kompromiss, forderten aber eine schnelle Umsetzung" joins
 * two verbs of one subject, and "eine schnelle Umsetzung" is the object,
 * not who speaks after the content, as in "..., sagten die Minister".  The
 * singular is read where the form is sure of it: an article or pronoun
 * only the singular has, or "die" before a feminine noun in -ung, -heit,
 * -keit, -schaft, -ion, -tät, -ik, -anz, -enz or -ur (whose plurals add
 * -en). */
static bool singular_after_plural(const qctx *c, size_t k, nf_seg np) {
    if (np.tb <= np.ta || !nf_tok_plural_verb(c->doc, k) || nf_tok_is(c->doc, k, "sind"))
        return false;
    static const char *const singular[] = {"ein", "eine",   "einer",  "das",   "der",   "er",
                                           "es",  "dieser", "dieses", "jener", "jenes", NULL};
    if (nf_tok_in(c->doc, np.ta, singular)) return true;
    if (!is(c, np.ta, "die") || np.tb < np.ta + 2) return false;
    static const char *const feminine[] = {"ung", "heit", "keit", "schaft", "ion", "tät",
                                           "ik",  "anz",  "enz",  "ur",     NULL};
    for (size_t h = np.ta + 1; h < np.tb; h++)
        if (qx_cap(c, h)) /* the first noun heads the phrase */
            return nf_tokl_ends_in(c->doc, h, feminine, 1);
    return false;
}

/* True for a determiner that marks a noun phrase as object, not subject. */
static bool oblique(const qctx *c, size_t k) {
    static const char *const w[] = {"den",    "dem",   "einen", "einem",  "seinen",
                                    "seinem", "ihren", "ihrem", "diesen", "diesem",
                                    "ihn",    "ihm",   "uns",   "mich"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (is(c, k, w[i])) return true;
    return false;
}

/* True for a lower-case word that is a weak verb in the past tense
 * indicative by its ending ("erkannte", "weigerte", "lehnten"): no word
 * of the quote lists, no subjunctive. */
static bool past_verb(const qctx *c, size_t k) {
    if (!qx_word(c, k) || c->wcls[k] || c->vcls[k] || c->konj[k] ||
        !(c->doc->tokens[k].flags & NF_TF_LOWER))
        return false;
    return qx_past_ending(c, k, 6);
}

/* True for an auxiliary or modal verb in the indicative at v ("wurde",
 * "durfte"; not "sei", nor the article or pronoun some forms share). */
static bool indicative_aux(const qctx *c, size_t v) {
    return qx_aux(c, v) && !c->konj[v] && !(c->wcls[v] & (QW_DET | QW_PRON));
}

/* True for a verb of saying at k in the past tense indicative by its
 * ending ("forderte", "kritisierten"). */
static bool said_past(const qctx *c, size_t k) {
    if (!c->vcls[k] || c->konj[k] || !(c->doc->tokens[k].flags & NF_TF_LOWER)) return false;
    return qx_past_ending(c, k, 5);
}

/* True when "und" at k ends reported speech that starts at a: another
 * subject follows with a verb of saying in the past ("die Kommission habe
 * sich untergeordnet und die Fraktion der Grünen im Landtag forderte
 * ...").  (Not a verb in the past right after "und": "seien Ausschuss und
 * wanderten in den Müll" is the Konjunktiv II, which looks the same.)
 * "doch", "aber" and "jedoch" after a comma do the same with a subject of
 * their own ("Annabi sei tot, doch ein UN-Sprecher erklärte, ..."). */
static bool und_ends_content(const qctx *c, size_t a, size_t k, size_t sb) {
    bool but = k > a && qx_punct(c, k - 1, ',') &&
               (is(c, k, "doch") || is(c, k, "aber") || is(c, k, "jedoch"));
    if ((!but && !is(c, k, "und")) || c->region[k] >= 0 || k + 2 >= sb ||
        !qx_has_konj(c, a, k, false))
        return false;
    /* "..., und fügte hinzu": the speaker goes on */
    if (!but && said_past(c, k + 1)) return true;
    size_t e = qx_np_fwd(c, k + 1, sb);
    if (e == k + 1 || (c->wcls[k + 1] & QW_PRON)) return false;
    size_t ce = qx_clause_end(c, e, sb);
    for (size_t j = e; j < ce && j < e + 8; j++)
        if (said_past(c, j)) return true;
    return false;
}

static size_t so_frame_end(const qctx *c, size_t k, size_t sb, size_t *np_end); /* below */

/* True when the comma at k closes a relative clause set off after the
 * noun phrase the content from a opens with ("Fälle von Spekulanten, die
 * etwas abgeben, halten sich in Grenzen"): the verb after it is that
 * phrase's, the content's own clause going on. */
static bool after_subject_relative(const qctx *c, size_t a, size_t k) {
    size_t j = k;
    while (j > a && !qx_punct(c, j - 1, ',')) j--;
    if (j <= a + 1 || !(c->wcls[j] & QW_REL)) return false;
    return qx_np_fwd(c, a, j - 1) >= j - 1;
}

/* Where a content that starts at a ends: the sentence end, a comma
 * followed by another frame (", räumte X ein, ...", ", so X." at the
 * sentence's end), or "und" before the speaker's own clause
 * (und_ends_content). */
static size_t content_end(const qctx *c, size_t a, size_t sb) {
    for (size_t k = a + 1; k + 1 < sb; k++) {
        if (und_ends_content(c, a, k, sb)) return k;
        if (c->region[k] >= 0 || !qx_punct(c, k, ',')) continue;
        size_t v = k + 1, np_end;
        /* "..., die Grenze zu öffnen, so Hisbollah-Chef Nasrallah im
         * Fernsehen.": the sentence is the words of the one "so" names */
        if (is(c, v, "so")) {
            size_t x = so_frame_end(c, v, sb, &np_end);
            while (x && x < sb && qx_punct(c, x, '.')) x++;
            if (x >= sb) return k;
            /* (or set off inside it: "..., an Geld zu kommen, so Notenbankchef
             * Bernanke, bewirkte aber ...": the frame's own quote) */
            if (x && qx_punct(c, x, ',') && qx_has_konj(c, a, k, false)) return k;
        }
        /* "um sie aufzufordern, das Land zu öffnen, durfte er nicht ...",
         * "Weil er erklärte, die Lage sei ernst, wurde die Sitzung
         * verschoben": an auxiliary in the indicative after a zu-infinitive
         * or after reported speech goes on with the clause they hang on
         * ("..., zu entwickeln, würde die Sicherheit senken": in the
         * subjunctive, the content's own) */
        if (v + 1 < sb && qx_word(c, v + 1) && indicative_aux(c, v) &&
            (nf_tok_zu_infinitive(c->doc, k - 1) || qx_has_konj(c, a, k, false)))
            return k;
        if (c->vcls[v] && !(c->doc->tokens[v].flags & NF_TF_CAP) && v + 1 < sb &&
            qx_np_fwd(c, qx_skip_adverbials(c, v + 1, sb), sb) > v + 1 &&
            !after_subject_relative(c, a, k))
            return k;
        /* "..., er habe nicht sorgfältig gearbeitet, jedoch stets beteuert,
         * ...": after reported speech a verb of saying of the speaker's own
         * clause, alone but for adverbs and set off by commas, opens the
         * next frame (its auxiliary and subject are the frame's before) */
        size_t sv = qx_skip_adverbials(c, v, sb);
        if (sv + 1 < sb && c->vcls[sv] && !c->konj[sv] &&
            (c->doc->tokens[sv].flags & NF_TF_LOWER) && c->region[sv] < 0 &&
            (qx_punct(c, sv + 1, ',') || qx_punct(c, sv + 1, ':')) && qx_has_konj(c, a, k, false))
            return k;
        /* "er sei unschuldig, erkannte die Autorität nicht an": after reported
         * speech the speaker's own clause goes on with a verb in the past;
         * so does the main clause after a zu-infinitive ("Da sie es für
         * sinnvoll hielten, die Passagiere zu evakuieren, erteilten sie
         * ...") */
        if (v + 1 < sb && past_verb(c, v) && !qx_cap(c, v + 1) &&
            (qx_has_konj(c, a, k, false) || nf_tok_zu_infinitive(c->doc, k - 1) ||
             ((is(c, a, "dass") || is(c, a, "ob")) && qx_word(c, v + 1))))
            return k;
        /* (or in the present: "Die Polizei, die mitteilte, der Täter sei
         * flüchtig, sucht Zeugen": a word in lower case of no other class,
         * in "-t" and the indicative, and no subjunctive in its clause:
         * not "..., ausgelöst werde", "..., sonst wären ...") */
        /* (nor is an adverb between two adjectives of one noun: "einen
         * geheimen, gut geplanten Versuch") */
        bool adverb =
            v + 2 < sb && qx_adjective(c, k - 1) && qx_adjective(c, v + 1) && qx_cap(c, v + 2);
        if (v + 1 < sb && qx_word(c, v) && (c->doc->tokens[v].flags & NF_TF_LOWER) && !c->wcls[v] &&
            !c->konj[v] && !c->vcls[v] && nf_tokl(c->doc, v)[c->doc->tok_llen[v] - 1] == 't' &&
            !adverb && qx_has_konj(c, a, k, false) &&
            !qx_has_konj(c, v + 1, qx_clause_end(c, v + 1, sb), true))
            return k;
        /* "Er trat dem Vorwurf, das Gericht sei nicht legitim, mit den
         * Worten entgegen, ...": after reported speech a phrase of a
         * preposition and the separable particle that closes the main
         * clause before a comma, no verb of its own, resume that clause */
        if ((c->wcls[v] & QW_PREP) && qx_has_konj(c, a, k, false)) {
            static const char *const particles[] = {
                "entgegen", "zurück", "ab",  "an",   "auf",    "aus",    "bei",       "ein",
                "fest",     "hin",    "vor", "nach", "hervor", "weiter", "gegenüber", NULL};
            size_t e = qx_clause_end(c, v, sb);
            bool verbless = e > v + 2 && e < sb && qx_punct(c, e, ',');
            for (size_t j = v; j < e && verbless; j++)
                verbless = !c->konj[j] && !c->vcls[j] && !qx_aux(c, j);
            if (verbless && nf_tok_in(c->doc, e - 1, particles)) return k;
        }
        /* "..., dass die Wahl frei war, und zählten Fehler": after a clause
         * of "dass" or "ob" and its comma, "und" and a verb in the past or
         * an auxiliary open a main clause, the speaker's own (a clause of
         * the content would put its verb last) */
        if ((is(c, a, "dass") || is(c, a, "ob")) && is(c, v, "und") && v + 2 < sb &&
            (past_verb(c, v + 1) || indicative_aux(c, v + 1) || said_past(c, v + 1)) &&
            qx_word(c, v + 2))
            return k;
    }
    return sb;
}

/* The next cue candidate after token k in [k, sb), or sb. */
static size_t next_cue(const qctx *c, size_t k, size_t sb) {
    for (size_t j = k; j < sb; j++)
        if ((c->vcls[j] || qx_frame_marker(c->mk[j])) && c->region[j] < 0) return j;
    return sb;
}

/* True for a lower-case word at k that may be an infinitive or a
 * participle by its ending (-en, -n, -t): "begrenzen", "gebracht". */
static bool verb_like(const qctx *c, size_t k) {
    if (!qx_word(c, k) || !(c->doc->tokens[k].flags & NF_TF_LOWER)) return false;
    size_t n = c->doc->tok_llen[k];
    char z = n ? nf_tokl(c->doc, k)[n - 1] : 0;
    return n > 3 && (z == 'n' || z == 't');
}

/* True when the words after a frame set off by commas inside the
 * sentence, from r to the content's end, complete the clause the part
 * [a, b) before it opens with a verb in the Konjunktiv I (an auxiliary
 * or a modal, whose infinitive or participle comes after the frame):
 * "Der Einsatz müsse sich, sagte Gall, auf schwere Fälle begrenzen", "Er
 * habe, so der Anwalt, nichts gewusst".  The rest has no finite verb of
 * its own (no auxiliary, no subjunctive, no cue) and opens with neither a
 * pronoun, an article, a conjunction nor a capitalised word, any of which
 * may open a clause of its own ("..., sagte Gall, die Polizei ermittelt"). */
static bool rest_completes(const qctx *c, size_t a, size_t b, size_t r, size_t sb) {
    bool konj = false;
    for (size_t j = a; j < b && !konj; j++) konj = c->konj[j] == 1;
    if (!konj || r >= sb || !qx_word(c, r) || c->region[r] >= 0 || qx_cap(c, r) ||
        (c->wcls[r] & (QW_PRON | QW_DET | QW_CONJ | QW_SUBJ | QW_REL | QW_WH)))
        return false;
    size_t e = content_end(c, r, sb);
    if (e <= r + 1 || next_cue(c, r, e) != e) return false;
    for (size_t j = r; j < e; j++)
        if (c->konj[j] || qx_aux(c, j)) return false;
    /* The rest closes with the verb the auxiliary wants, which the part
     * before lacks ("Die Entscheidung sei hart gewesen, sagte X, am
     * Donnerstag" is complete before the frame). */
    size_t last = e - 1, before = b - 1;
    while (last > r && !qx_word(c, last)) last--;
    while (before > a && !qx_word(c, before)) before--;
    return verb_like(c, last) && !verb_like(c, before);
}

/* True when the word at r, after a frame set off by commas, may be the
 * verb of the clause the part before the frame opened: a word in lower
 * case outside quotation marks that is no pronoun, article, conjunction,
 * relative, w-word or preposition. */
static bool verb_goes_on(const qctx *c, size_t r) {
    return qx_word(c, r) && c->region[r] < 0 && (c->doc->tokens[r].flags & NF_TF_LOWER) &&
           !(c->wcls[r] & (QW_PRON | QW_DET | QW_CONJ | QW_SUBJ | QW_REL | QW_WH | QW_PREP));
}

/* True when the part [a, b) before a frame set off by commas is a noun
 * phrase alone and the rest from r opens with a word in lower case that is
 * no pronoun, article, conjunction or relative: the subject, then its
 * verb ("Die Lage, schreibt das Magazin Time, ist ernst"), one clause
 * around the frame, not an apposition of the frame's speaker ("sagte
 * Müller, der Chef der Firma"). */
static bool verb_after_subject(const qctx *c, size_t a, size_t b, size_t r) {
    return b > a && qx_np_fwd(c, a, b) >= b && verb_goes_on(c, r);
}

/* True when the part [a, b) before a frame set off by commas holds only
 * adverbs and times ("Frühestens im August, heißt es, hat er Zeit") and
 * the rest from r opens with the clause's verb, as verb_after_subject
 * asks: the part is the Vorfeld of the clause that goes on after the
 * frame, no statement of its own. */
static bool verb_after_adverbials(const qctx *c, size_t a, size_t b, size_t r) {
    /* (an adverb of a limit first, which the lists leave out: "frühestens",
     * "spätestens", "mindestens") */
    size_t n = c->doc->tok_llen[a];
    size_t from = a + (n > 6 && strcmp(nf_tokl(c->doc, a) + n - 5, "stens") == 0);
    return b > a + 1 && qx_skip_adverbials(c, from, b) >= b && verb_goes_on(c, r);
}

/* True when [a, e) after a verb is a time ("am Montag"), perhaps with a
 * phrase of a preposition after it ("vor den Gewerkschaftsvertretern"). */
static bool time_then_phrase(const qctx *c, size_t a, size_t e) {
    size_t j = qx_skip_adverbials(c, a, e);
    bool time = j > a;
    for (size_t t = a; t < j && time; t++) time = c->doc->claimed[t] == 1 || (c->wcls[t] & QW_PREP);
    if (!time) return false;
    if (j + 1 < e && (c->wcls[j] & QW_PREP) && !(c->wcls[j] & QW_DET))
        j = qx_np_fwd(c, j + 1, e);
    else if (j < e && (c->wcls[j - 1] & QW_PREP)) /* (skipped with the time) */
        j = qx_np_fwd(c, j, e);
    return j == e;
}

/* True when token k is a finite form of "haben", the auxiliary of the
 * perfect ("hat", "hatte", "hätten"). */
static bool perfect_haben(const qctx *c, size_t k) {
    static const char *const forms[] = {"hat",   "hatte",  "hatten", "habe",   "haben",
                                        "hätte", "hätten", "hast",   "hattest"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (is(c, k, forms[i])) return true;
    return false;
}

/* Where the clause of a participle at cs, alone after a comma, begins
 * when the words before it are the apposition of a subject whose clause
 * opens with a form of "haben" after a comma ("..., hatte die Anklägerin,
 * Maria Navarro, gesagt"): that form, and *subject the noun phrase after
 * it; else cs. */
static size_t aux_apposition(const qctx *c, size_t cs, size_t sa, nf_seg *subject) {
    if (cs < sa + 6 || !qx_punct(c, cs - 1, ',')) return cs;
    size_t ap = qx_clause_start(c, cs - 1, sa);
    if (ap < sa + 4 || ap + 1 >= cs - 1 || !qx_punct(c, ap - 1, ',') ||
        qx_np_fwd(c, ap, cs - 1) != cs - 1)
        return cs;
    size_t hs = qx_clause_start(c, ap - 1, sa);
    if (hs < sa + 2 || !qx_punct(c, hs - 1, ',') || !perfect_haben(c, hs) ||
        qx_np_fwd(c, hs + 1, ap - 1) != ap - 1 || ap - 1 <= hs + 1)
        return cs;
    *subject = (nf_seg){(uint32_t)hs + 1, (uint32_t)ap - 1};
    return hs;
}

static nf_seg previous_speaker(const qctx *c, nf_seg ps);
static bool speaker_like(const qctx *c, nf_seg np);
static bool may_speak(const qctx *c, nf_seg np);
static bool names_agent(const qctx *c, size_t a, size_t b);

/* True when the subordinating word at k ("da") is an adverb: a finite verb
 * follows it at once, an auxiliary ("Da müssen wir aufpassen"), a verb in
 * Konjunktiv I ("Damit sei ...") or a lower-case word in -t or -en ("Da
 * zeigt sich", "Da stehen"); in a subordinate clause the verb comes last. */
static bool adverb_before_verb(const qctx *c, size_t k) {
    size_t v = k + 1;
    if ((c->wcls[v] & QW_AUX) && !(c->wcls[v] & QW_DET)) return true;
    /* a verb in Konjunktiv I: "Damit entstehe ..., berichteten Medien" */
    if (c->konj[v] && qx_word(c, v) && !(c->wcls[v] & (QW_DET | QW_PRON))) return true;
    if (!qx_word(c, v) || qx_cap(c, v) || c->wcls[v] || c->konj[v] != 0 ||
        !(c->doc->tokens[v].flags & NF_TF_LOWER))
        return false;
    const char *l = nf_tokl(c->doc, v);
    size_t n = c->doc->tok_llen[v];
    return n >= 3 && (l[n - 1] == 't' || (l[n - 2] == 'e' && l[n - 1] == 'n'));
}

/* True when a content [sa, end) that opens with a subordinate clause goes
 * on with its main clause ("Wenn es so kommt, dann müsse man handeln, sagte
 * X"); "Als die Polizei eintraf, sagte der Zeuge" has none, and a comma
 * before a relative clause or another subordinate one is left alone. */
static bool main_after(const qctx *c, size_t sa, size_t end) {
    size_t first = qx_clause_end(c, sa + 1, end);
    return first + 2 < end && qx_punct(c, first, ',') && qx_word(c, first + 1) &&
           !(c->wcls[first + 1] & (QW_REL | QW_SUBJ | QW_PREP | QW_WH | QW_CONJ)) &&
           !qx_cap(c, first + 1);
}

/* True when tokens [a, b) after a colon say something: a word in lower
 * case other than an article, a preposition, a conjunction or a pronoun
 * (a verb, an adjective, an adverb).  A list of names or things ("werden
 * Spuren verschiedener Gase erwartet: Kohlendioxid, Methan oder
 * Stickstoff", "ergab folgende Paarungen: Italien – Frankreich") quotes
 * no one. */
static bool says_something(const qctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (qx_word(c, k) && (c->doc->tokens[k].flags & NF_TF_LOWER) &&
            !(c->wcls[k] & (QW_DET | QW_PREP | QW_CONJ | QW_PRON)))
            return true;
    return false;
}

static bool first_person(const qctx *c, size_t sa, size_t sb); /* below */

/* True when the clause of the verb at k (in sentence [sa, sb)) has "ich"
 * or "wir" outside quotation marks before the verb or right after it. */
static bool first_person_subject(const qctx *c, size_t k, size_t sa, size_t sb) {
    return first_person(c, qx_clause_start(c, k, sa), k + 2 < sb ? k + 2 : sb);
}

/* True when the finite verb at v ends in "-e" (not "-te", nor "wurde"):
 * after a subject of the third person, the Konjunktiv I of a verb the
 * lists do not hold ("dauere", "heile"). */
static bool unlisted_konj(const qctx *c, size_t v) {
    const char *vl = nf_tokl(c->doc, v);
    size_t vn = c->doc->tok_llen[v];
    return vn > 3 && vl[vn - 1] == 'e' && vl[vn - 2] != 't' && !is(c, v, "wurde");
}

/* True when the clause [cs, e) is in Konjunktiv I: a listed form in it, or
 * an unlisted one in "-e" right after the noun phrase that opens it ("Die
 * Hilfe heile ..."). */
static bool konj_clause(const qctx *c, size_t cs, size_t e) {
    if (qx_has_konj(c, cs, e, false)) return true;
    size_t v = qx_np_fwd(c, cs, e);
    return v > cs && v < e && qx_word(c, v) && (c->doc->tokens[v].flags & NF_TF_LOWER) &&
           !c->wcls[v] && unlisted_konj(c, v);
}

/* True when the speech verb at k is in Konjunktiv I: a listed form
 * ("wisse", "sage"), or one in -e (not the past's -te) next to "er",
 * "sie" or "man" ("Er glaube", "meine sie"), which the indicative would
 * end in -t. */
static bool konj_cue(const qctx *c, size_t k) {
    if ((k > 0 && (is(c, k - 1, "ich") || is(c, k - 1, "wir"))) || is(c, k + 1, "ich") ||
        is(c, k + 1, "wir"))
        return false; /* "Ich nehme an": the first person's indicative */
    if (c->konj[k] == 1) return true;
    if (!unlisted_konj(c, k)) return false; /* "räumte": the past */
    static const char *const subj[] = {"er", "sie", "man"};
    for (size_t i = 0; i < sizeof subj / sizeof subj[0]; i++)
        if ((k > 0 && is(c, k - 1, subj[i])) || is(c, k + 1, subj[i])) return true;
    return false;
}

/* True when a frame follows the speech verb at k in its sentence (up to
 * sb) after a comma: a speech verb right after it (", sagte Müller") or in
 * the perfect (", hatte sie damals gesagt"). */
static bool frame_follows(const qctx *c, size_t k, size_t sb) {
    for (size_t j = k + 1; j + 1 < sb; j++) {
        if (c->region[j] >= 0 || !qx_punct(c, j, ',')) continue;
        size_t v = j + 1;
        /* (not "..., stelle ich fest": the first person goes on) */
        if (v + 1 < sb && (is(c, v + 1, "ich") || is(c, v + 1, "wir"))) continue;
        if (c->vcls[v] == QV_SAY && !(c->doc->tokens[v].flags & NF_TF_CAP)) return true;
        if (!perfect_haben(c, v)) continue;
        size_t ce = qx_clause_end(c, v + 1, sb);
        for (size_t t = v + 1; t < ce; t++)
            if (c->vcls[t] == QV_SAY) return true;
    }
    return false;
}

/* True when [a, b) is a prepositional or a noun phrase with only relative
 * clauses or appositions after it ("In einem Essay, das ... veröffentlicht
 * wurde, kritisierte er ...", "Von der Zusammenarbeit beider Standorte,
 * dem neuen in Pune, verspricht sich der Konzern ...", "Das Programm, das
 * Blair betrieb, lehnt Corbyn ab"): the Vorfeld of the verb after it, no
 * words anyone said. */
static bool phrase_only(const qctx *c, size_t a, size_t b) {
    if (a + 1 >= b || c->region[a] >= 0) return false;
    /* the phrase's own words: after its preposition, or after adverbs
     * before a noun phrase ("Auch das Programm, das Vorgänger wie Blair
     * betrieben, lehnt Corbyn ab": the object, fronted) */
    size_t np = a + 1;
    if (!(c->wcls[a] & QW_PREP))
        for (np = a; np < b && (c->wcls[np] & QW_ADV) && !(c->wcls[np] & (QW_DET | QW_PRON));) np++;
    size_t x = qx_clause_end(c, a, b);
    if (x >= b || np >= x || qx_np_fwd(c, np, x) != x) return false;
    /* (a relative clause, or after a preposition's phrase one that says
     * what its noun asks or holds: "Auf die Frage, ob es Pläne gebe,
     * sagte er"; a part that opens with a capital after one goes on with
     * it: "ob Menschen, die Vorbehalte haben, Rassisten seien") */
    bool prep = c->wcls[a] & QW_PREP, inner = false;
    unsigned opens = prep ? QW_REL | QW_SUBJ | QW_WH : QW_REL;
    while (x < b) {
        size_t y = qx_clause_end(c, x + 1, b);
        size_t r = (c->wcls[x + 1] & QW_PREP) ? x + 2 : x + 1;
        bool opened = r < y && (c->wcls[r] & opens);
        bool rest = prep && inner && qx_cap(c, x + 1);
        if (!opened && !rest && qx_np_fwd(c, x + 1, y) != y) return false;
        inner = opened || rest;
        x = y;
    }
    return true;
}

/* True for a verb of naming or describing at k with "sich" right after it
 * ("nennt sich „X“", "charakterisiert sich dadurch, dass ..."): a name
 * taken or a property, no words said. */
static bool names_itself(const qctx *c, size_t k, size_t sb) {
    const char *l = nf_tokl(c->doc, k);
    if (!qx_names_act(c, k) && strncmp(l, "charakterisier", 14) != 0) return false;
    size_t e = qx_clause_end(c, k + 1, sb);
    for (size_t j = k + 1; j < k + 4 && j < e; j++)
        if (is(c, j, "sich")) return true;
    /* (before the verb of a clause that ends with it: "wie er sich selbst
     * gerne nannte"); and a name "man" gives is a definition ("Als
     * Lichtjahr bezeichnet man die Strecke, ...") */
    size_t cs = qx_clause_start(c, k, 0);
    for (size_t j = k; j > cs && j + 5 > k; j--)
        if (is(c, j - 1, "sich") || (is(c, j - 1, "man") && j == k)) return true;
    return is(c, k + 1, "man");
}

/* Where the content [sa, e) of a frame after it begins: after the last
 * colon (with `semicolon`, or semicolon) outside quotation marks when what
 * stands before it is the writer's own words in the indicative and what
 * follows is reported speech ("X ist vorgeprescht: Er sehe mehr
 * Reformwillen, sagte er"), else at sa (not "Es gebe zwei Gründe: die
 * Kosten und die Zeit, sagte er", where the colon is the speaker's). */
static size_t after_narration(const qctx *c, size_t sa, size_t e, bool semicolon) {
    for (size_t k = e; k > sa + 1; k--) {
        size_t colon = k - 1;
        if (c->region[colon] >= 0 ||
            !(qx_punct(c, colon, ':') || (semicolon && qx_punct(c, colon, ';'))))
            continue;
        if (qx_word(c, colon + 1) && !qx_has_konj(c, sa, colon, true) &&
            qx_has_konj(c, colon + 1, e, false))
            return colon + 1;
        break;
    }
    return sa;
}

/* True when token k is a verb in the past of the writer's telling: a
 * weak preterite ("teilte") or one tense-markers.txt names ("gab"), not in
 * Konjunktiv. */
static bool told_in_past(const qctx *c, size_t k) {
    if (!qx_word(c, k) || !(c->doc->tokens[k].flags & NF_TF_LOWER) || c->konj[k]) return false;
    if (qx_past_ending(c, k, 6)) return true;
    const nf_lex_entry *m = nf_tok_find(c->doc, k, &c->doc->pack->tense_markers);
    return m && strcmp(nf_lex_val(&c->doc->pack->tense_markers, m), "past") == 0;
}

/* True when the words [a, e) after a colon are in the present as one
 * speaks, not as the writer tells: no verb in the past, and "ist",
 * "sind", "hat", "haben", "wird" or "werden" or a verb in "-t" second
 * ("ATTAC unterstützt ...", "Das sind ..."). */
static bool present_after(const qctx *c, size_t a, size_t e) {
    static const char *const present[] = {"ist", "sind", "hat", "haben", "wird", "werden", NULL};
    for (size_t k = a; k < e; k++)
        if (told_in_past(c, k) || c->konj[k]) return false;
    for (size_t k = a + 1; k < e && k < a + 3; k++) {
        if (nf_tok_in(c->doc, k, present)) return true;
        if (!qx_word(c, k) || !(c->doc->tokens[k].flags & NF_TF_LOWER)) continue;
        size_t n = c->doc->tok_llen[k];
        if (n >= 4 && nf_tokl(c->doc, k)[n - 1] == 't' && !qx_past_ending(c, k, 3)) return true;
    }
    return false;
}

/* Where the content [sa, e) of a frame after it whose speaker is `sp`
 * begins: as after_narration, or after the last colon outside quotation
 * marks where the words before it tell, in the past and with no
 * Konjunktiv, of the frame's speaker by the same last word of the name
 * ("Begeistert zeigte sich auch Coach Günter Bresnik: Das war eine
 * Riesenvorstellung, sagte Bresnik": the words after the colon are his,
 * quoted without their marks), or where the words after the colon speak
 * in the present ("Lob kam auch aus der Wissenschaft: Wenn dies umgesetzt
 * wird, bedeutet das ..., erklärte X"). */
static size_t after_speakers_narration(const qctx *c, size_t sa, size_t e, nf_seg sp) {
    size_t from = after_narration(c, sa, e, false);
    if (from != sa || sp.tb <= sp.ta) return from;
    size_t colon = e;
    while (colon > sa + 1 && !(qx_punct(c, colon - 1, ':') && c->region[colon - 1] < 0)) colon--;
    if (colon <= sa + 1 || qx_words(c, colon, e) < 3 || qx_has_konj(c, sa, colon - 1, true))
        return sa;
    static const char *const past_aux[] = {"war",   "waren",  "hatte", "hatten",
                                           "wurde", "wurden", NULL};
    static const char *const first_person[] = {"ich", "wir", "mir", "mich", "uns", NULL};
    bool named = false, past = false, own = false;
    for (size_t k = sa; k + 1 < colon; k++) {
        named |= nf_tok_same(c->doc, k, sp.tb - 1) && qx_cap(c, k);
        past |= told_in_past(c, k) || nf_tok_in(c->doc, k, past_aux);
        own |= nf_tok_in(c->doc, k, first_person);
    }
    /* (the tense shifting to the present after the colon marks the
     * speaker's words too, unless the words before speak in the first
     * person: "Wir hatten Glück: Das ist knapp, sagte er") */
    return past && (named || (!own && present_after(c, colon, e))) ? colon : sa;
}

/* Where the reported words of sentence [sa, sb), which no frame covers
 * and none frames itself, begin: after a main clause in the indicative
 * before a comma, its verb an auxiliary or in the past, when a main
 * clause follows whose verb after its subject is in Konjunktiv I
 * ("Zwölf Reisende wurden verletzt, die Verletzten seien Touristen": the
 * writer's words first); else at sa. */
static size_t after_narrated_clause(const qctx *c, size_t sa, size_t sb) {
    size_t fe = qx_clause_end(c, sa, sb);
    if (fe + 3 >= sb || !qx_punct(c, fe, ',') || qx_has_konj(c, sa, fe, true) ||
        (c->wcls[sa] & (QW_SUBJ | QW_REL | QW_WH | QW_PREP)))
        return sa;
    bool finite = false;
    for (size_t k = sa + 1; k < fe && !finite; k++)
        finite = (indicative_aux(c, k) || past_verb(c, k)) && !qx_cap(c, k);
    size_t v = qx_np_fwd(c, fe + 1, sb);
    if (finite && v > fe + 1 && v < sb && c->konj[v] == 1 && !(c->wcls[fe + 1] & QW_PREP))
        return fe + 1;
    return sa;
}

/* True when [sa, cs - 1) may be the content of a frame whose clause starts
 * at cs after a comma or a dash: no apposition of a subject, no other
 * frame, more than a phrase, and a main clause (or "dass") first. */
static bool content_before(const qctx *c, size_t sa, size_t cs) {
    const nf_doc *doc = c->doc;
    /* (not a purpose alone: "Um die Autos auf die Straße zu bringen,
     * sprechen sich 84 Prozent dafür aus"; one with its main clause is:
     * "Um frei zu sein, würde ich Gras essen, sagte er") */
    if ((is(c, sa, "um") || is(c, sa, "ohne") || is(c, sa, "statt") || is(c, sa, "anstatt")) &&
        cs > sa + 2 && qx_clause_end(c, sa, cs) + 1 == cs && nf_tok_zu_infinitive(doc, cs - 2) &&
        (doc->tokens[cs - 2].flags & NF_TF_LOWER)) {
        bool finite = false; /* "Ohne Lösung ist keine Besserung zu erwarten" */
        for (size_t j = sa + 1; j + 2 < cs && !finite; j++)
            finite = indicative_aux(c, j) || c->konj[j];
        if (!finite) return false;
    }
    /* (the words after a colon: "Dabei soll es eine Spreizung geben:
     * Während die Preise konstant bleiben, erwartet X ...": a subordinate
     * clause there opens the frame's own sentence, no content) */
    size_t from = sa;
    for (size_t k = cs > sa + 2 ? cs - 1 : sa; k > sa + 1 && from == sa; k--)
        if (qx_punct(c, k - 1, ':') && c->region[k - 1] < 0) from = k;
    return cs > sa + 2 && (qx_punct(c, cs - 1, ',') || qx_dash(c, cs - 1)) &&
           qx_apposition_subject(c, sa, cs - 1).tb == 0 && !frames_before(c, sa, cs - 1) &&
           !phrase_only(c, sa, cs - 1) &&
           (!(c->wcls[sa] & QW_SUBJ) || is(c, sa, "dass") || main_after(c, sa, cs - 1) ||
            adverb_before_verb(c, sa)) &&
           (from == sa || from + 1 >= cs || !(c->wcls[from] & QW_SUBJ) || is(c, from, "dass") ||
            main_after(c, from, cs - 1));
}

/* True when the frame clause [cs, ce) of the cue is "so" and the cue,
 * set off by commas inside sentence [sa, sb) with words on both sides:
 * "A, so erklärte der Minister, B".  Not after the apposition of a subject
 * or another frame, nor before a relative clause (an article before a noun
 * is none) or a subordinate one or a conjunction ("..., so schrieb er, und ..."), nor for a cue
 * that names an act ("so heißt der Plan"). */
static bool so_inside(const qctx *c, size_t sa, size_t sb, size_t cs, size_t ce, nf_seg cue) {
    return cs > sa + 1 && cs + 1 == cue.ta && is(c, cs, "so") && qx_punct(c, cs - 1, ',') &&
           ce + 1 < sb && qx_punct(c, ce, ',') && qx_word(c, ce + 1) && c->region[ce + 1] < 0 &&
           !(c->wcls[ce + 1] & (QW_SUBJ | QW_CONJ)) &&
           (!(c->wcls[ce + 1] & QW_REL) || ((c->wcls[ce + 1] & QW_DET) && qx_cap(c, ce + 2))) &&
           !qx_names_act(c, cue.ta) && qx_apposition_subject(c, sa, cs - 1).tb == 0 &&
           !frames_before(c, sa, cs - 1);
}

/* True when the clause of a verb that opens its sentence ends at e with a
 * comma and "dann" or "so": the clause is a condition, whatever the verb
 * ("Rechnet man mit acht Tonnen, dann wären ..."), and neither frames
 * content nor reports an act. */
static bool condition_ends(const qctx *c, size_t e, size_t sb) {
    return e + 1 < sb && qx_punct(c, e, ',') && (is(c, e + 1, "dann") || is(c, e + 1, "so"));
}

/* Where the content after a frame's comma begins when a clause of "wie"
 * that names the subject sets off first ("erklärte der Oberste Rat, wie
 * sich die Junta selbst nennt, die Situation sei ..."): after that
 * clause's comma; else at n1. */
static size_t naming_aside_end(const qctx *c, size_t n1, size_t sb) {
    if (n1 + 3 >= sb || !is(c, n1, "wie")) return n1;
    size_t e = qx_clause_end(c, n1 + 1, sb);
    if (e + 2 >= sb || !qx_punct(c, e, ',') ||
        !(is(c, e + 1, "dass") || qx_has_konj(c, e + 1, qx_clause_end(c, e + 1, sb), false)))
        return n1; /* (the clause after it is a content: "..., die Lage sei ...") */
    for (size_t j = n1 + 1; j < e; j++)
        if (qx_names_act(c, j)) return e + 1;
    return n1;
}

/* True when "als" or "zur" and a reason's noun open [a, b): "Als
 * Begründung dafür", "Zur Begründung", "Als Grund". */
static bool reason_phrase(const qctx *c, size_t a, size_t b) {
    return a + 2 <= b && (is(c, a, "als") || is(c, a, "zur")) &&
           (is(c, a + 1, "begründung") || is(c, a + 1, "grund"));
}

static nf_seg previous_subject(const qctx *c, nf_seg ps); /* below */

/* True for a verb of deciding or weighing at k ("entscheidet",
 * "entschieden", "überlegte"). */
static bool deciding(const qctx *c, size_t k) {
    const char *l = nf_tokl(c->doc, k);
    return strncmp(l, "entschei", 8) == 0 || strncmp(l, "entschied", 9) == 0 ||
           strncmp(l, "überleg", strlen("überleg")) == 0;
}

/* True for the zu-infinitive of a verb of saying at k in a clause of "es
 * gibt" ("Es gibt noch viel zu erzählen: ...", "gibt es auch Sportliches
 * zu berichten: ..."): the writer's announcement, no one's frame ("Der
 * Trainer hatte nur eines zu sagen: ..." has its speaker). */
static bool there_is_to_say(const qctx *c, size_t k, size_t sa) {
    if (!nf_tok_zu_infinitive(c->doc, k)) return false;
    size_t cs = qx_clause_start(c, k, sa);
    for (size_t j = cs; j + 1 < k; j++)
        if ((is(c, j, "gibt") || is(c, j, "gab")) &&
            (is(c, j + 1, "es") || (j > cs && is(c, j - 1, "es"))))
            return true;
    return false;
}

/* A speech verb (or "heißt es") at k with its content in sentence [sa, sb). */
static bool verb(qctx *c, size_t k, size_t sa, size_t sb, size_t s, bool *fail) {
    const nf_doc *doc = c->doc;
    nf_seg cue, part = {0, 0}, sp;
    uint8_t vcls = QV_SAY;
    if (c->vcls[k] == QV_DIRECT) return false; /* it frames direct speech only */
    /* "Er glaube, dass es klappe, sagte Müller": a verb of saying or
     * thinking in Konjunktiv I belongs to someone's reported words, which
     * the frame after them quotes whole */
    if (c->vcls[k] && konj_cue(c, k) && frame_follows(c, k, sb)) return false;
    /* "Seine Liebe heile alle und regt uns an, ..., sagte der Papst": so is
     * one after "und" that goes on such words, a clause in Konjunktiv I no
     * verb of saying frames before it */
    if (c->vcls[k] && k > sa + 2 && is(c, k - 1, "und") && frame_follows(c, k, sb) &&
        konj_clause(c, qx_clause_start(c, k - 1, sa), k - 1) && next_cue(c, sa, k - 1) == k - 1)
        return false;
    /* "Ich habe entschieden, das Amt zu verlassen, sagte der 73-Jährige":
     * so are the words of a speaker in the first person outside quotation
     * marks */
    if (c->vcls[k] && first_person_subject(c, k, sa, sb) && frame_follows(c, k, sb)) return false;
    if (c->vcls[k] && names_itself(c, k, sb)) return false;
    if (c->vcls[k] && means_it(c, k, sa, sb)) return false;
    if (k == sa && writers_aside(c, sa, sb)) return false;
    if (asked(c, k, sa, sb)) return false;
    if (c->vcls[k] && there_is_to_say(c, k, sa)) return false;
    if (c->vcls[k]) {
        uint32_t p;
        if (!qx_verb_cue(c, k, sb, &p)) return false;
        cue = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
        if (p != QX_NONE) part = (nf_seg){p, p + 1};
        sp = qx_before_particle(qx_speaker_of(c, k, sa, sb), p);
        vcls = c->vcls[k];
    } else if (!qx_es_cue(c, k, sa, sb, &cue, &part, &sp)) {
        return false;
    }
    size_t last = cue.tb - 1;
    if (part.tb > cue.tb) last = part.tb - 1;
    size_t cs = qx_clause_start(c, cue.ta, sa), ce = qx_clause_end(c, last + 1, sb);
    /* "Er hatte angegeben, er habe nicht sorgfältig gearbeitet, jedoch stets
     * beteuert, ...": a participle set off after reported speech, with no
     * auxiliary and no subject of its own, shares the subject of the frame
     * whose content the comma before it closes */
    if (c->vcls[k] && sp.tb <= sp.ta && cs > sa + 1 && qx_punct(c, cs - 1, ',') &&
        qx_participle(c, k) && qx_finite_aux(c, cs, k) == k) {
        const qitem *prev = quote_before(c, k);
        if (prev && prev->q.spans[prev->q.nspans - 1].tb == cs - 1) sp = prev->q.speaker;
    }
    /* "Das Fahrzeug sei, anders als das Militär behauptet, langsam
     * gefahren": a claim the content contradicts frames nothing */
    if (cs + 2 < cue.ta && is(c, cs, "anders") && is(c, cs + 1, "als")) return false;
    if ((negated(c, cs, ce) && !rules_out(c, k)) || stative_participle(c, cs, k) ||
        (c->vcls[k] && future_act(c, cs, ce, k)) || declared_as(c, cs, k))
        return false;
    /* "Kurz gesagt: ...", "Oder anders gesagt: ...": a participle after
     * nothing but adverbs and conjunctions, with no auxiliary and no one who
     * says it, before a colon, is the writer's phrase (not "Und sie
     * versichert: ...") */
    if (c->vcls[k] && qx_participle(c, k) && sp.tb <= sp.ta && qx_finite_aux(c, cs, k) == k &&
        ce < sb && qx_punct(c, ce, ':')) {
        bool adverbs = k > cs;
        for (size_t j = cs; j < k && adverbs; j++)
            adverbs = qx_word(c, j) && !(c->wcls[j] & (QW_PRON | QW_DET)) &&
                      !nf_mention_over(doc, j) && (j == cs || !qx_cap(c, j));
        if (adverbs) return false;
    }
    /* "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, ...":
     * the frame's clause goes back over the apposition to "wie" */
    nf_seg wie_subject;
    if (c->vcls[k] && ce - last <= 2) cs = qx_wie_apposition(c, cs, sa, &wie_subject);
    /* "..., hatte die Staatsanwältin von Grosseto, Maria Navarro, gesagt":
     * and back over it to the auxiliary, whose subject speaks */
    nf_seg aux_subject;
    if (c->vcls[k] && cs == k && qx_participle(c, k)) {
        size_t back = aux_apposition(c, cs, sa, &aux_subject);
        if (back != cs) cs = back, sp = aux_subject;
    }
    /* "Als Begründung heißt es, ...", "Als Begründung wurde angegeben,
     * ...": a reason given with no one named is the reason of the one who
     * acts in the sentence before, where its subject names someone */
    if (sp.tb <= sp.ta && cs == sa && sa > 0 && reason_phrase(c, cs, cue.ta))
        sp = previous_subject(c, doc->sentences[doc->tok_sent[sa - 1]]);
    qitem *it = NULL;
    /* "Sie wisse, dass ..., hatte X gesagt und verwiesen, doch ...": a
     * frame in the perfect right after reported speech quotes what comes
     * before it (after a colon, what follows: "..., hatte X
     * zurückgewiesen: ..."; after "Als er ... erfahren habe," a clause of
     * time, no reported speech) */
    bool after_reported = cs > sa + 2 && cs < cue.ta && qx_punct(c, cs - 1, ',') &&
                          perfect_haben(c, cs) && qx_has_konj(c, sa, cs - 1, false) &&
                          !(ce < sb && qx_punct(c, ce, ':')) &&
                          (!(c->wcls[sa] & QW_SUBJ) || is(c, sa, "dass"));
    /* "sagte Li Fei, der stellvertretende Vorsitzende des Ausschusses, aber
     * auch, dass ...": the subject's apposition and adverbs set off by
     * commas go with the frame */
    if (sp.tb == ce && sp.ta > last) ce = past_apposition(c, ce, sb);
    /* "erklärten Merkel, Macron und Draghi, man werde ...": so do the
     * other members of a list of names after its first, the subject, up
     * to the comma after the last ("sagte Merkel, Macron und Draghi seien
     * ..." is content, no comma after its list) */
    if (sp.tb == ce && sp.ta > last) {
        size_t le = qx_name_list_end(c, ce, sb);
        if (le > ce && le < sb && (qx_punct(c, le, ',') || qx_punct(c, le, ':'))) ce = le;
    }
    /* "Tatsächlich, so betont die Polizei, ist dies falsch", "Dieses liegt,
     * so zeigen Studien, bei 60 Prozent": a frame that opens with "so"
     * between commas inside the sentence is parenthetical, and its content
     * is what stands on both sides, however short the part before (not
     * where another cue frames the part after: "Auf seine Frage, so schreibt
     * er, erklärte ihm eine Frau: ...") */
    size_t so_end = ce + 1 < sb ? content_end(c, ce + 1, sb) : sb;
    if (so_inside(c, sa, sb, cs, ce, cue) && sp.tb > sp.ta && sp.ta > cs &&
        next_cue(c, ce + 1, so_end) == so_end) {
        if (!(it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp))) return *fail = true;
        /* (a conjunction alone before the frame is no content: "Aber, so
         * schrieb er, ...") */
        if (cs > sa + 2 || !(c->wcls[sa] & QW_CONJ)) qx_span(c, it, sa, cs - 1);
        qx_span(c, it, ce + 1, so_end);
        return finish(c, it);
    }
    /* Content after the frame's clause. */
    /* (not for "A, wie X sagte, B": the content stands on both sides) */
    if (!after_reported && !(is(c, cs, "wie") && qx_punct(c, ce, ',')) && ce < sb &&
        (qx_punct(c, ce, ',') || qx_punct(c, ce, ':')) && next_cue(c, last + 1, ce) == ce) {
        size_t n1 = naming_aside_end(c, ce + 1, sb);
        bool quote_next = n1 < sb && c->region[n1] >= 0 && c->rstate[c->region[n1]] == QR_QUOTE;
        size_t b = qx_clause_end(c, n1, sb);
        /* (or adverbs after it: "meinte nun, der Ehemann ...", "sagte
         * zudem, ...") */
        bool verb_last = ce == last + 1;
        for (size_t j = last + 1; !verb_last && j < ce && j <= last + 2; j++) {
            uint16_t w = c->wcls[j];
            if (!(w & QW_ADV) || (w & (QW_PRON | QW_DET)) || !(doc->tokens[j].flags & NF_TF_LOWER))
                break;
            verb_last = j + 1 == ce;
        }
        /* (or a time and a phrase of a preposition, its subject before it
         * and a finite auxiliary or modal in the clause after the comma:
         * "sagte am Montag vor den Gewerkschaftsvertretern, 2016 sollten
         * ...") */
        if (!verb_last && sp.tb <= last && time_then_phrase(c, last + 1, ce)) {
            for (size_t j = n1; j < b && !verb_last; j++)
                verb_last = (qx_aux(c, j) || c->konj[j]) && (doc->tokens[j].flags & NF_TF_LOWER);
        }
        /* (or whom it was said to, its subject before it: "Ein Insider
         * sagte der Nachrichtenagentur Reuters, die Gespräche stockten") */
        if (!verb_last && sp.tb > sp.ta && sp.tb <= last && addressee(c, last + 1, ce))
            verb_last = true;
        /* (or with a phrase of a preposition after it: "sagte Merkel vor
         * der Presse, ...") */
        bool subject_last =
            sp.ta == last + 1 && (sp.tb == ce || (sp.tb + 1 < ce && (c->wcls[sp.tb] & QW_PREP) &&
                                                  qx_np_fwd(c, sp.tb + 1, ce) == ce));
        /* "verwies auf Studien, nach denen ...", "wies Berichte zurück,
         * wonach ...": the clause quotes the studies or the reports, not
         * the one who points to them or denies them. */
        bool source = n1 + 1 < sb && (source_clause(c, n1) ||
                                      (c->mk[n1] == QM_REL && rel_source(c, n1, sa).tb > 0));
        /* "Sollte der Antrag angenommen werden, könnte ...": the clause
         * after a conditional one that opens with its verb is its
         * consequence, no content */
        static const char *const cond[] = {"sollte", "sollten", "wäre",  "wären",
                                           "hätte",  "hätten",  "würde", "würden"};
        bool conditional = false;
        for (size_t i = 0; i < sizeof cond / sizeof cond[0] && cs == sa; i++)
            conditional |= is(c, sa, cond[i]);
        conditional = conditional && !is(c, n1, "dass") && !is(c, n1, "ob");
        conditional |= cs == sa && cue.ta == sa && condition_ends(c, ce, sb);
        /* "Als die Frau der Presse davon erzählte, verdoppelte ein Gericht
         * ...": after a subordinate clause the main clause opens with its
         * finite verb (an auxiliary, a verb in the past), no content */
        /* ("wenn man einen Beschluss fasst, dann ist es ...": after
         * "dann" or "so") */
        size_t fv = n1 + 1 < sb && (is(c, n1, "dann") || is(c, n1, "so")) ? n1 + 1 : n1;
        /* ("Falls das Gericht es für nichtig erklären sollte, gäbe es
         * Neuwahlen": the verb and its auxiliaries close the subordinate
         * clause, and a Konjunktiv II opens the main one) */
        bool closes = true;
        for (size_t j = last + 1; j < ce && closes; j++) closes = qx_aux(c, j);
        bool main_next = (c->wcls[cs] & QW_SUBJ) && !is(c, cs, "wie") && closes && fv + 1 < sb &&
                         qx_word(c, fv) && (doc->tokens[fv].flags & NF_TF_LOWER) && !c->vcls[fv] &&
                         (c->konj[fv] == 2 ||
                          (!is(c, cs, "dass") && !is(c, cs, "ob") &&
                           (indicative_aux(c, fv) || (!c->wcls[fv] && qx_past_ending(c, fv, 5)))));
        /* "In der Stadt, über die er berichtet, herrscht Krieg": after a
         * relative clause the main clause goes on with its finite verb,
         * no content (content opens with its subject, "dass" or an
         * adverb: "Der Sprecher, der sagte, die Lage sei ernst, ...") */
        bool relative = cs > sa && qx_punct(c, cs - 1, ',') &&
                        ((c->wcls[cs] & QW_REL) || ((c->wcls[cs] & QW_PREP) && cs + 1 < cue.ta &&
                                                    (c->wcls[cs + 1] & QW_REL)));
        bool resumes = relative && n1 < sb && qx_word(c, n1) &&
                       (doc->tokens[n1].flags & NF_TF_LOWER) && !qx_has_konj(c, n1, b, false) &&
                       (indicative_aux(c, n1) ||
                        (!c->wcls[n1] && nf_tokl(doc, n1)[doc->tok_llen[n1] - 1] == 't'));
        /* "A, sagt der Chef, wodurch ...": after a frame that opens with
         * its verb after words of its own, a clause of a relative adverb
         * goes on with those words, not the verb's content */
        bool goes_on = cs == cue.ta && cs > sa + 2 && qx_punct(c, cs - 1, ',') && n1 < sb &&
                       ((c->wcls[n1] & QW_WH) || is(c, n1, "wobei")) && !is(c, n1, "ob") &&
                       !is(c, n1, "wie") && content_before(c, sa, cs);
        /* "Der Fall erinnert an Vorgänge im Fußball, wo ...": "erinnern
         * an" a thing recalls it or resembles it, and a clause after the
         * thing is its own, no content (but "erinnerte an die Zusage,
         * dass ...", "erinnerte daran, dass ...", "erinnert sich an die
         * Zeit: ...") */
        bool reminds_of = !is(c, n1, "dass") && !is(c, n1, "ob") && !qx_punct(c, ce, ':') &&
                          cue.tb + 1 < ce && recalls_a_thing(c, cue);
        /* "Der Richter entscheidet, ob ...", "überlegten, ob ...": a
         * question still to be decided, no one's words */
        bool undecided = is(c, n1, "ob") && deciding(c, cue.ta);
        bool ok =
            !quote_next && !source && !conditional && !main_next && !resumes && !goes_on &&
            !reminds_of && !undecided &&
            (qx_punct(c, ce, ':') ? n1 < sb && c->region[n1] < 0 && says_something(c, n1, sb)
                                  : content_clause(c, n1, b, sb, vcls, verb_last, subject_last));
        /* "begrüßt den Vorschlag des Kanzlers, die Regelung zu
         * verschärfen": a statement whose owner the noun names frames the
         * content after it already; the verb answers it, no words of its
         * own */
        ok = ok && !statement_quoted(c, cue.tb, ce);
        /* "wies die Darstellung zurück, die Ausländer seien ...": the
         * content is what the report a verb of denial rejects claimed */
        nf_seg denier = {0, 0};
        if (ok && c->vcls[k] && denies(c, k, part) && qx_punct(c, ce, ',')) {
            nf_seg claim = disputed_report(c, cs, ce, sp, cue, part);
            if (claim.tb > claim.ta) denier = sp, sp = claim;
        }
        if (ok) {
            if (!(it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp))) return *fail = true;
            it->denier = denier;
            /* "Das sei ein trauriger Fall, sagte der Richter: Die Tat ...":
             * reported speech before a frame that opens with its verb is
             * quoted too */
            if (qx_punct(c, ce, ':') && cs == cue.ta && sp.ta > last && content_before(c, sa, cs) &&
                qx_has_konj(c, sa, cs - 1, false))
                qx_span(c, it, sa, cs - 1);
            /* "Das, verspricht Cook, werde sich ändern", "Im Mai, sagte er,
             * solle ...": a noun phrase (or an anaphor, or adverbials) before
             * a frame set off by commas opens the content that goes on with
             * its finite verb after it */
            else if (cs == cue.ta && cs > sa + 1 && qx_punct(c, cs - 1, ',') && c->konj[n1] &&
                     c->region[sa] < 0 &&
                     (qx_np_fwd(c, sa, cs - 1) == cs - 1 ||
                      qx_skip_adverbials(c, sa, cs - 1) == cs - 1 ||
                      (cs == sa + 2 && (c->wcls[sa] & QW_ANA))))
                qx_span(c, it, sa, cs - 1);
            /* "Es handle sich um eine Maßnahme, sagte Mitterlehner, daher
             * sei das zulässig": a frame that opens with its verb between
             * two clauses in reported speech quotes both (its subject
             * after it; not "Auf die Frage, ob ..., meinte X, ...") */
            else if (cs == cue.ta && cs > sa + 2 && qx_punct(c, cs - 1, ',') &&
                     qx_punct(c, ce, ',') && c->region[sa] < 0 && sp.ta > cue.ta &&
                     !(c->wcls[sa] & (QW_SUBJ | QW_PREP)) && qx_has_konj(c, sa, cs - 1, false) &&
                     content_before(c, sa, cs))
                qx_span(c, it, sa, cs - 1);
            qx_span(c, it, n1, content_end(c, n1, sb));
            return finish(c, it);
        }
    }
    /* "Philips hat angekündigt die Preise zu erhöhen": an infinitive
     * clause after the participle that closes the frame's clause, its
     * comma left out */
    if (c->vcls[k] && part.tb <= cue.tb && qx_finite_aux(c, cs, k) < k && qx_participle(c, k) &&
        qx_words(c, last + 1, ce) >= 3 && c->region[last + 1] < 0 && !qx_punct(c, last + 1, ',') &&
        nf_tok_zu_infinitive(doc, ce - 1) && next_cue(c, last + 1, ce) == ce &&
        !(c->wcls[last + 1] & (QW_SUBJ | QW_CONJ | QW_AUX))) {
        if (!(it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp))) return *fail = true;
        qx_span(c, it, last + 1, ce);
        return finish(c, it);
    }
    /* "Wie der Sprecher sagte, ...", "..., wie der Sprecher sagte." (not
     * the phrase "wie gesagt" with no one who says: "as said") */
    bool as_said = c->vcls[k] && qx_participle(c, k) && ce == last + 1 && sp.tb <= sp.ta &&
                   qx_skip_adverbials(c, cs + 1, cue.ta) == cue.ta; /* ("wie bereits gesagt") */
    /* (nor "wie man sagt", "wie man so schön sagt": "as they say") */
    as_said |= sp.tb == sp.ta + 1 && is(c, sp.ta, "man") && is(c, k, "sagt");
    /* (nor "wie man ihn nannte", "wie sie sich nennen": what someone is
     * called, no frame of what was said) */
    as_said |= is(c, cs, "wie") && naming(c, cs + 1, cue.ta, k);
    if (is(c, cs, "wie") && ce - last <= 2 && !as_said && !wie_with_object(c, cs, cue.ta)) {
        if (!(it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp))) return *fail = true;
        /* (a clause before a colon or a semicolon is another's: "... in
         * einer Eigenschaft: Wie die Forscher schreiben, ist ...") */
        if (cs > sa && !qx_punct(c, cs - 1, ':') && !qx_punct(c, cs - 1, ';'))
            qx_span(c, it, sa, cs);
        /* (up to a frame of the whole sentence after it: "..., wie X
         * behaupte, kann keine Rede sein, so Rossmann") */
        if (ce < sb) qx_span(c, it, ce + 1, content_end(c, ce + 1, sb));
        return finish(c, it);
    }
    /* The frame after its content: "..., sagte der Minister.", or in the
     * perfect, a form of "haben" first and the participle last, after
     * reported speech (a subjunctive or a dass-clause): "Es drohe ein
     * Wettrüsten, hatte Obama bei seinem Treffen gesagt." ("..., wird er
     * gefragt", "..., soll er sagen", "Nach der Verpuffung ..., waren die
     * Ermittler ... ausgegangen" are no frames). */
    bool perfect = cs > sa + 2 && cs < cue.ta && ce == last + 1 && perfect_haben(c, cs) &&
                   (qx_has_konj(c, sa, cs - 1, false) || is(c, sa, "dass"));
    /* (so is the passive of "zitieren", a form of "werden" first and the
     * participle last, after any words: "Es war eine schwere Entscheidung,
     * wurde er auf der Homepage des Klubs zitiert.") */
    static const char *const werden[] = {"wird", "wurde", "werden", "wurden", NULL};
    perfect |= cs > sa + 2 && cs < cue.ta && ce == last + 1 && cue.tb == cue.ta + 1 &&
               nf_tok_in(doc, cs, werden) && is(c, cue.ta, "zitiert");
    /* "..., hieß es." names no speaker, and needs none; "heißt es in dem
     * Bericht" names its source in the dative */
    bool speaker_ok = sp.tb > sp.ta ? sp.ta > cs && (!c->vcls[k] || !oblique(c, sp.ta)) &&
                                          !singular_after_plural(c, k, sp)
                                    : !c->vcls[k];
    /* "..., so erklärte der Minister", "..., so heißt es im Bericht": "so"
     * before the verb of a frame that ends the sentence after its content
     * (one inside it, "Ohne Brot, so erinnert er sich, wurden ...", is no
     * such frame) */
    bool so_first =
        cs + 1 == cue.ta && is(c, cs, "so") && qx_words(c, ce, sb) == 0 && !qx_names_act(c, cue.ta);
    /* "..., das entschied die NASA", "..., dies teilte die Polizei mit":
     * an anaphor after a comma before the verb of a frame that ends the
     * sentence, with its subject after the verb */
    so_first |= cs + 1 == cue.ta && cs > sa + 2 && qx_punct(c, cs - 1, ',') &&
                (is(c, cs, "das") || is(c, cs, "dies")) && qx_words(c, ce, sb) == 0 &&
                sp.ta > cue.ta && !qx_names_act(c, cue.ta);
    /* (a subject of one word before a frame set off by commas, its verb
     * after: "Cruz, schreibt das Magazin Time, bewegt sich ...") */
    bool word_subject = cs == sa + 2 && cs == cue.ta && qx_punct(c, sa + 1, ',') && ce + 1 < sb &&
                        qx_punct(c, ce, ',') && verb_after_subject(c, sa, sa + 1, ce + 1);
    if ((cs == cue.ta || perfect || so_first) && speaker_ok &&
        (content_before(c, sa, cs) || word_subject)) {
        /* "..., hieß es weiter": the source of the quote before goes on */
        const qitem *prev = sp.tb > sp.ta ? NULL : quote_before(c, sa);
        size_t pi = prev ? (size_t)(prev - c->items) : 0;
        if (!(it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp))) return *fail = true;
        if (prev) {
            qx_same_speaker(it, &c->items[pi]); /* make may move the items */
        } else if (sp.tb <= sp.ta && s > 0) {
            /* or who speaks in the sentence before */
            it->q.speaker = previous_speaker(c, doc->sentences[s - 1]);
        }
        qx_span(c, it, after_speakers_narration(c, sa, cs - 1, sp), cs - 1);
        /* "A, sagte er, B": the rest when it is a clause, not an apposition,
         * nor one joined by "und" that frames its own ("..., meinte X, und
         * Y ergänzte: ..."). */
        /* (its subject a name or a noun; "aber ich ... denke" goes on
         * quoting) */
        bool own_frame_next =
            ce + 2 < sb && (is(c, ce + 1, "und") || is(c, ce + 1, "aber")) && qx_cap(c, ce + 2) &&
            !(c->wcls[ce + 2] & QW_PRON) &&
            next_cue(c, ce + 2, qx_clause_end(c, ce + 2, sb)) < qx_clause_end(c, ce + 2, sb);
        if (ce < sb && qx_word(c, ce + 1) && !own_frame_next &&
            (qx_has_konj(c, ce + 1, sb, true) || (c->wcls[sp.ta] & QW_PRON) ||
             rest_completes(c, sa, cs - 1, ce + 1, sb) ||
             verb_after_subject(c, sa, cs - 1, ce + 1) ||
             verb_after_adverbials(c, sa, cs - 1, ce + 1)))
            qx_span(c, it, ce + 1, content_end(c, ce + 1, sb));
        return finish(c, it);
    }
    /* "Dies teilte der Sprecher mit": the sentence before (not "Das
     * erinnert an Kafkas Prozess", which compares, nor "Das lehnte X ab",
     * which rejects it). */
    if (cs == sa && cue.ta == sa + 1 && (c->wcls[sa] & QW_ANA) && s > 0 &&
        !recalls_a_thing(c, cue) && !disputes(c, cue.ta, part) &&
        (!c->covered[s - 1] || acts_only(c, s - 1) || framed_only(c, s - 1))) {
        nf_seg prev = doc->sentences[s - 1];
        if (qx_paragraph_of(doc, prev.ta) + 1 >= qx_paragraph_of(doc, sa)) {
            /* "Die Partei schließt eine Koalition aus. Dies bestätigte ihr
             * Vorsitzender": the act reported is what the frame's speaker
             * says, one quote of his */
            for (size_t i = 0; i < c->n; i++)
                if (c->items[i].origin == QO_REPORTED && c->items[i].s_first == s - 1)
                    c->items[i].dropped = true;
            if (!(it = make(c, NF_Q_INDIRECT, QO_ANAPHOR, cue, part, sp))) return *fail = true;
            qx_span(c, it, prev.ta, prev.tb);
            /* the quote reaches to its frame: a Konjunktiv I after it goes
             * on with it ("Dies teilte X mit. Unter den Opfern sollen ...") */
            it->s_last = (uint32_t)s;
            return finish(c, it);
        }
    }
    return false;
}

/* True when every quote in sentence s is an act the sentence reports
 * ("Die Partei schließt eine Koalition aus."), over all of it and within
 * it alone. */
static bool acts_only(const qctx *c, size_t s) {
    nf_seg sent = c->doc->sentences[s];
    bool any = false;
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        if (it->dropped || it->q.nspans == 0 || it->s_last < s || it->s_first > s) continue;
        if (it->origin != QO_REPORTED || it->s_first != s || it->s_last != s ||
            it->q.spans[0].ta != sent.ta)
            return false;
        any = true;
    }
    return any;
}

/* True when every quote in sentence s is reported speech that a marker
 * or a verb frames within it, naming its speaker ("Laut N24 ist ein Mann
 * festgenommen worden.", "Wie aus Kreisen verlautete, will VW ..."): the
 * sentence as a whole may still be what another says ("Dies gab die
 * Polizei bekannt"). */
static bool framed_only(const qctx *c, size_t s) {
    bool any = false;
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        if (it->dropped || it->q.nspans == 0 || it->s_last < s || it->s_first > s) continue;
        if ((it->origin != QO_MARKER && it->origin != QO_CLAUSE) || it->q.kind != NF_Q_INDIRECT ||
            it->s_first != s || it->s_last != s || it->q.speaker.tb <= it->q.speaker.ta)
            return false;
        any = true;
    }
    return any;
}

/* Where the frame "so" and a noun phrase at k (after a comma or a dash)
 * ends: the comma, dash or sentence end after the noun phrase and its
 * adverbials (x), with the phrase's end in *np_end; 0 when k opens no
 * such frame ("so dass", "– so der Übername der Zeltstadt –"). */
static size_t so_frame_end(const qctx *c, size_t k, size_t sb, size_t *np_end) {
    const nf_doc *doc = c->doc;
    size_t e = qx_np_fwd(c, k + 1, sb);
    if (e == k + 1 || (c->wcls[k + 1] & QW_PRON)) return 0;
    for (size_t h = k + 1; h < e; h++)
        if (qx_cap(c, h)) {
            if (qx_naming_noun(c, h)) return 0;
            break;
        }
    /* (a preposition that is an adverb too opens the phrase after the
     * speaker, not an adverbial to skip: "so X gegenüber dem Spiegel") */
    size_t x = e < sb && (c->wcls[e] & QW_PREP) ? e : qx_skip_adverbials(c, e, sb);
    while (x < sb && doc->tokens[x].kind == NF_TOK_PUNCT && !qx_punct(c, x, ',') &&
           !qx_dash(c, x) && x < e + 3)
        x++;
    bool ends = x >= sb || qx_punct(c, x, ',') || qx_dash(c, x) ||
                (c->wcls[x] & QW_PREP); /* "so eine Information des BKA in Wiesbaden" */
    if (!ends) return 0;
    if (c->wcls[x] & QW_PREP) {
        x = qx_clause_end(c, x, sb);
        /* (a clause that ends in its verb is a condition: "– so die
         * Integration nach Plan verläuft") */
        if (x > e + 1 && qx_word(c, x - 1) && (doc->tokens[x - 1].flags & NF_TF_LOWER) &&
            !(c->wcls[x - 1] & (QW_ADV | QW_PREP | QW_DET | QW_PRON)))
            return 0;
    }
    *np_end = e;
    return x;
}

/* "..., so der Sprecher." (or "– so Canny –"): "so" and a noun phrase
 * after the content. */
static bool so_frame(qctx *c, size_t k, size_t sa, size_t sb, bool *fail) {
    if (!is(c, k, "so") || k < sa + 3) return false;
    bool dash = qx_dash(c, k - 1);
    if (!qx_punct(c, k - 1, ',') && !dash) return false;
    size_t e = 0, x = so_frame_end(c, k, sb, &e);
    if (!x) return false;
    nf_seg cue = {(uint32_t)k, (uint32_t)k + 1}, none = {0, 0};
    qitem *it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, none, (nf_seg){cue.tb, (uint32_t)e});
    if (!it) return *fail = true;
    /* (not the writer's clause before a colon: "Die Grünen verweigerten
     * ihm die Zustimmung: Wer ... habe, dürfe ..., so X") */
    qx_span(c, it, after_narration(c, sa, k - 1, false), k - 1);
    if (dash && x + 1 < sb) qx_span(c, it, x + 1, sb); /* "A – so X – B" */
    /* "A, so X, B": the rest too where it goes on in the subjunctive or
     * completes a short beginning ("Der Präsident sei, so X, schuld ..."),
     * not a relative clause or another frame ("so X, die auch angab, ...") */
    /* ("Das Problem sei vielmehr, so der Präsident, dass ...": a dass-clause
     * the part before in the Konjunktiv I wants) */
    bool dass_rest = x + 1 < sb && is(c, x + 1, "dass") && qx_has_konj(c, sa, k - 1, false);
    if (!dash && x + 1 < sb && qx_punct(c, x, ',') &&
        (!(c->wcls[x + 1] & (QW_REL | QW_SUBJ)) || dass_rest) && next_cue(c, x + 1, sb) == sb &&
        (dass_rest || qx_has_konj(c, x + 1, sb, true) || qx_words(c, sa, k - 1) <= 3 ||
         rest_completes(c, sa, k - 1, x + 1, sb)))
        qx_span(c, it, x + 1, sb);
    return finish(c, it);
}

/* True for "fordern" with victims as its object ("Die Überschwemmungen
 * haben 35 Todesopfer gefordert"): a disaster claiming lives, not a demand.
 * The victims are the nouns measures.txt counts as deaths, casualties or
 * injured. */
static bool claims_lives(const qctx *c, size_t k, size_t a, size_t b) {
    const char *l = nf_tokl(c->doc, k);
    if (strncmp(l, "forder", 6) != 0 && strncmp(l, "gefordert", 9) != 0) return false;
    const nf_lexicon *lex = &c->doc->pack->measures;
    for (size_t j = a; j < b; j++) {
        const nf_lex_entry *e = nf_tokl_get(c->doc, j, lex);
        const char *m = e ? nf_lex_val(lex, e) : "";
        if (!strcmp(m, "deaths") || !strcmp(m, "casualties") || !strcmp(m, "injured")) return true;
    }
    return false;
}

/* True when the noun phrase [a, b) ends in a person's or an
 * organisation's name after the words that introduce it, with no article
 * between ("Der stellvertretende Programmdirektor Wayne Hale", "Die
 * Berliner SPD", not "Die Siegchance der favorisierten Carolina
 * Panthers"), or in a town's after its noun ("Die Stadt Nürnberg"). */
static bool named_head(const qctx *c, size_t a, size_t b) {
    const nf_doc *doc = c->doc;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta < b;
         i++) {
        const nf_mention *m = &doc->mentions[i];
        uint8_t type = doc->entities[m->entity].type;
        /* (a town after its noun is its administration: "Die Stadt
         * Nürnberg begründet ...") */
        bool body = type == NF_ENT_GPE && m->ta > a && nf_class_noun(doc, m->ta - 1) == NF_ENT_GPE;
        if (m->tb != b || m->ta <= a || m->kind != NF_MK_NAME ||
            (type != NF_ENT_PERSON && type != NF_ENT_ORG && !body))
            continue;
        for (size_t j = a + 1; j < m->ta; j++)
            if (c->wcls[j] & (QW_DET | QW_PREP)) return false;
        return true;
    }
    return false;
}

/* A speech act with its object: "Er forderte den Rücktritt des Ministers." */
static bool reported(qctx *c, size_t k, size_t sa, size_t sb, bool *fail) {
    uint32_t p;
    if (!c->vcls[k] || c->vcls[k] == QV_DIRECT || !qx_verb_cue(c, k, sb, &p)) return false;
    if (asked(c, k, sa, sb)) return false;
    /* "den am Montag verurteilten Schweizer": a participle that describes
     * a noun reports no act (after a demonstrative that opens the
     * sentence the verb is finite: "Die kündigte der Minister an") */
    if (k > sa + 1 && nf_attributive_participle(c->doc, k)) return false;
    if (k == sa && condition_ends(c, qx_clause_end(c, k + 1, sb), sb)) return false;
    /* Verbs of saying and thinking report an act with a "von" or "über"
     * phrase ("sprach von einem Unfall", "berichtete über Angriffe") or
     * with their particle ("gab ... bekannt", "sagte ... zu", "wies auf
     * ... hin", "rechnet mit"). */
    if (c->vcls[k] != QV_ACT) {
        /* (not "annehmen" with its object: "nahm die Wahl an" accepts;
         * "hielt die Frau fest" holds her) */
        bool von =
            p != QX_NONE && !(c->vcls[k] == QV_THINK && (is(c, p, "an") || is(c, p, "fest")));
        for (size_t j = k + 1; j < k + 6 && j < sb && !von; j++)
            von = is(c, j, "von") || is(c, j, "über");
        if (!von) return false;
    }
    size_t cs = qx_clause_start(c, k, sa);
    /* the clause opens the sentence, or follows its subject's apposition
     * ("Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung ...")
     * or a Vorfeld with a relative clause ("In einem Bericht, der ...
     * vorgelegt wurde, fordert Kofi Annan ...") */
    /* (or a main clause after a comma that opens with a subject pronoun:
     * "Einzelheiten gab er nicht bekannt, er verwies aber auf ...") */
    bool pronoun_clause = cs > sa && cs + 1 == k && qx_punct(c, cs - 1, ',') &&
                          (c->wcls[cs] & QW_PRON) && !(c->wcls[cs] & (QW_DET | QW_REL)) &&
                          !(c->wcls[sa] & QW_SUBJ);
    /* (or the main clause after a subordinate one, opening with its verb:
     * "Während die Zeitung von 100.000 Demonstranten sprach, sprach die
     * Agentur von 50.000") */
    bool after_clause = cs == k && cs > sa + 2 && qx_punct(c, cs - 1, ',') &&
                        (c->wcls[sa] & QW_SUBJ) && !is(c, sa, "dass") && !is(c, sa, "ob") &&
                        !is(c, sa, "wie");
    if (cs != sa && !pronoun_clause && !after_clause &&
        !(cs == k && qx_punct(c, cs - 1, ',') &&
          (qx_apposition_subject(c, sa, cs - 1).tb > 0 || phrase_only(c, sa, cs - 1))))
        return false;
    /* (an article is no anaphor: "Das Weiße Haus verlangte ..."; "Als
     * Grund gab die Behörde ... an": "als" with a noun phrase right before
     * the verb opens no subordinate clause) */
    bool als_phrase = is(c, sa, "als") && k > sa + 1 && qx_cap(c, k - 1) &&
                      qx_clause_start(c, k, sa) == sa && k + 1 < sb &&
                      c->doc->tokens[k + 1].kind != NF_TOK_PUNCT;
    if (((c->wcls[sa] & (QW_SUBJ | QW_WH)) && !als_phrase && !after_clause) ||
        ((c->wcls[sa] & QW_ANA) && !qx_cap(c, sa + 1)))
        return false;
    /* "nennt sich „X“": a name taken, not a speech act; "sagte vor Gericht
     * aus": testimony with no content reports nothing. */
    if (names_itself(c, k, sb) ||
        (p != QX_NONE && is(c, p, "aus") && strncmp(nf_tokl(c->doc, k), "sag", 3) == 0))
        return false;
    /* "verteidigt ihren zweiten Platz", "hat das Double verteidigt": in a
     * sentence of sports a title or a lead is defended, no position */
    if (strncmp(nf_tokl(c->doc, k), "verteidig", 9) == 0 && nf_sports_level(c->doc, sa, sb) > 0)
        return false;
    nf_seg sp = qx_before_particle(qx_speaker_of(c, k, sa, sb), p);
    if (sp.tb <= sp.ta || (after_clause && sp.ta < k)) return false;
    /* Someone acts: a name, a pronoun or a group ("Menschenrechtsorganisationen",
     * "die Behörden"), not "Die Krise ... nimmt Ausmaße an". */
    bool someone = qx_names_someone(c, sp.ta, sp.tb) || named_head(c, sp.ta, sp.tb);
    /* (or a document in the Vorfeld: "In dem Schreiben forderte man ...",
     * the phrase after "in" that qx_speaker_of gives, or the passive's
     * "In dem Bericht wird ... beklagt") */
    bool in_doc = sp.ta == cs + 1 && (is(c, cs, "in") || is(c, cs, "im"));
    for (size_t j = sp.ta; j < sp.tb && !someone && in_doc; j++) someone = qx_document_noun(c, j);
    for (size_t j = sp.ta; j < sp.tb && !someone; j++) {
        bool compound;
        /* a title in quotation marks names a publication: der „Focus“ */
        someone = qx_group_noun(c, j) || nf_role_at(c->doc, j, NULL, NULL) ||
                  nf_org_head(c->doc, j, &compound) ||
                  (c->region[j] >= 0 && qx_short_region(c, c->region[j]) && qx_cap(c, j + 1));
    }
    /* "Es soll die Piloten vor Böen warnen": "es" acts only where it
     * stands for an organisation ("das Ministerium ... Es forderte") */
    if (someone && sp.tb == sp.ta + 1 && is(c, sp.ta, "es")) {
        int32_t e = nf_coref_resolve(c->doc, sp.ta, sp.tb);
        someone = e >= 0 && c->doc->entities[e].type == NF_ENT_ORG;
    }
    if (!someone) return false;
    /* "bezeichnet eine afrikanische Philosophie": naming with no "als"
     * in the sentence denotes, no act of speech ("bezeichnete die Worte,
     * sollten sie gefallen sein, als „inakzeptabel“", "als unrealistisch
     * bezeichnet" are acts) */
    if (strncmp(nf_tokl(c->doc, k), "bezeichn", 8) == 0) {
        bool als = false;
        for (size_t j = sa; j < sb && !als; j++) als = is(c, j, "als");
        if (!als) return false;
    }
    /* The object: what was demanded, criticised, announced; after the
     * verb, or before a participle or infinitive that closes the clause
     * after its auxiliary ("hat den Abzug der Truppen angekündigt"). */
    /* (from the verb's clause: "der in Berlin war" before it has its own) */
    size_t aux = qx_finite_aux(c, cs, k);
    size_t a, b = sb;
    if (sp.ta > k && k > sa + 1 && qx_oblique_det(c, sa)) {
        /* "Den Vorschlag lehnte der Minister ab": the object before the verb */
        a = sa;
        b = k;
    } else if (aux < k && sp.tb <= k) {
        a = qx_skip_adverbials(c, (sp.tb > aux ? sp.tb : aux + 1), k);
        b = k;
    } else {
        a = qx_skip_adverbials(c, sp.ta > k ? sp.tb : k + 1, sb);
    }
    while (b > a && c->doc->tokens[b - 1].kind == NF_TOK_PUNCT) b--;
    if (p != QX_NONE && p + 1 == b) b = p;
    size_t from = pronoun_clause || after_clause ? cs : sa;
    /* (one word will do when it is a noun: "wird von der Opposition
     * Untätigkeit vorgeworfen", "forderte Reformen") */
    size_t words = qx_words(c, a, b), w1 = a;
    while (w1 < b && !qx_word(c, w1)) w1++;
    /* (a negation in a clause after the verb's own is that clause's:
     * "droht mit Streiks, sollte der Arbeitgeber kein Angebot vorlegen";
     * not where that clause is in the Konjunktiv I, the speaker's words
     * a later pass quotes: "kündigte sein Veto an, falls er nicht
     * abgeschwächt werde") */
    size_t own_end = qx_clause_end(c, k + 1, sb);
    if (p != QX_NONE && p + 1 > own_end) own_end = p + 1;
    if (qx_has_konj(c, own_end, sb, false)) own_end = sb;
    if (words == 0 || (words == 1 && (!qx_cap(c, w1) || (c->wcls[w1] & QW_PRON))) ||
        negated(c, from, own_end) || claims_lives(c, k, a, b))
        return false;
    nf_seg part = p != QX_NONE ? (nf_seg){p, p + 1} : (nf_seg){0, 0};
    /* "X hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre":
     * a reason in the Konjunktiv I after an act on a statement is the
     * speaker's words, the act's content */
    size_t ce = qx_clause_end(c, k, sb), n1 = ce + 1;
    size_t re = n1 + 1 < sb ? qx_clause_end(c, n1 + 1, sb) : sb;
    bool statement = false; /* the act's object names a statement: "den Vorwurf" */
    for (size_t j = a; j < b && !statement; j++)
        statement = qx_cap(c, j) && (qx_speech_noun(c, j) || qx_speech_act(c, j) == 'n' ||
                                     qx_speech_act(c, j) == 'o');
    if (statement && n1 + 2 < sb && qx_punct(c, ce, ',') &&
        (is(c, n1, "da") || is(c, n1, "weil") || is(c, n1, "zumal")) &&
        (qx_has_konj(c, n1 + 1, re, false) || final_konj(c, n1 + 1, re))) {
        qitem *in =
            make(c, NF_Q_INDIRECT, QO_CLAUSE, (nf_seg){(uint32_t)k, (uint32_t)k + 1}, part, sp);
        if (!in) return *fail = true;
        qx_span(c, in, n1, content_end(c, n1, sb));
        return finish(c, in);
    }
    qitem *it =
        make(c, NF_Q_REPORTED, QO_REPORTED, (nf_seg){(uint32_t)k, (uint32_t)k + 1}, part, sp);
    if (!it) return *fail = true;
    /* The span is the sentence that reports the act, as the annotation
     * guide shows it ("Die Firma forderte eine schnellere Entscheidung"),
     * or the clause after the comma that does. */
    qx_span(c, it, from, sb);
    return finish(c, it);
}

/* Determiners that open the phrase whose statement a noun names, after
 * it: "der Vorwurf der Regierung", "die Forderung von Amnesty". */
static const char *const owner_dets[] = {"der",   "des",   "eines", "einer", "seines", "seiner",
                                         "ihres", "ihrer", "von",   "vom",   NULL};

/* Where the content after a statement noun ends: where content_end puts
 * it, or at the end of its clause when the noun's own clause goes on with
 * its verb after it ("Dem Appell der Polizei, sich zu stellen, folgte er
 * nicht"). */
static size_t noun_content_end(const qctx *c, size_t n1, size_t b, size_t sb) {
    size_t e = content_end(c, n1, sb);
    size_t v = b + 1;
    if (b < e && qx_punct(c, b, ',') && v + 1 < sb && qx_word(c, v) &&
        (c->doc->tokens[v].flags & NF_TF_LOWER) && !c->konj[v] && !c->vcls[v] &&
        !(c->wcls[v] & (QW_SUBJ | QW_CONJ | QW_DET | QW_PRON | QW_REL | QW_PREP | QW_WH)) &&
        !nf_tok_zu_infinitive(c->doc, v) && !nf_adjective_at(c->doc, v))
        return b;
    /* (nor does a short rest of the sentence that ends in a lower-case
     * word of no Konjunktiv: the particle that closes the noun's clause,
     * "trat dem Vorwurf, ..., am Montag entschieden entgegen") */
    size_t last = sb;
    while (last > v && c->doc->tokens[last - 1].kind == NF_TOK_PUNCT) last--;
    if (b < e && qx_punct(c, b, ',') && last > v && last == qx_clause_end(c, v, sb) &&
        qx_words(c, v, last) <= 4 && qx_word(c, last - 1) &&
        (c->doc->tokens[last - 1].flags & NF_TF_LOWER) && !c->konj[last - 1] &&
        !nf_tok_zu_infinitive(c->doc, last - 1)) {
        bool joined = false;
        for (size_t w = v; w < last && !joined; w++)
            joined = (c->wcls[w] & (QW_SUBJ | QW_CONJ)) != 0;
        if (!joined) return b;
    }
    return e;
}

/* "Von der Polizei kam die Nachricht, ...": the phrase with "von" that
 * opens clause [cs, ..) before the noun at k, when it names someone who
 * speaks.  ta == tb when none. */
static nf_seg from_whom(const qctx *c, size_t k, size_t cs) {
    if (k > cs + 2 && (is(c, cs, "von") || is(c, cs, "vom"))) {
        size_t e = qx_np_fwd(c, cs + 1, k);
        if (e > cs + 1 && e < k && names_agent(c, cs + 1, e))
            return (nf_seg){(uint32_t)cs + 1, (uint32_t)e};
    }
    return (nf_seg){0, 0};
}

/* True when a word of [a, b) other than the noun at token `noun` is a
 * verb that voices or holds a statement noun (speech-act-nouns.txt "v":
 * "erhob", "vertritt", "liegt"), or with `be` (for a noun of an opinion)
 * a form of "sein" that holds it ("b": "ist der Meinung"). */
static bool voiced_in(const qctx *c, size_t a, size_t b, size_t noun, bool be) {
    for (size_t q = a; q < b; q++) {
        /* (verbs are in lower case: no noun's compound endings probed) */
        char v = q == noun || qx_cap(c, q) ? 0 : qx_speech_act(c, q);
        if (v == 'v' || (v == 'b' && be)) return true;
    }
    return false;
}

/* Whose statement the noun at k is, when the text says it before the
 * noun: a possessive right before it ("seine Forderung"), or the subject
 * of a clause [cs, ce) of sentence [sa, ..) whose verb voices or holds the
 * noun ("erhob den Vorwurf", "teilt die Ansicht", "ist der Meinung" for
 * an opinion, "verband den Abzug mit der Forderung").  ta == tb when
 * none. */
static nf_seg noun_holder(const qctx *c, size_t k, size_t sa, size_t cs, size_t ce, char cls) {
    /* (the possessive with its noun, as "seiner Ansicht nach" is a speaker
     * the coreference stage resolves) */
    if (k > cs && nf_tok_possessive(c->doc, k - 1))
        return (nf_seg){(uint32_t)k - 1, (uint32_t)k + 1};
    /* ("mit der Bitte", "mit der dringenden Bitte": adjectives may stand
     * between the article and the noun) */
    size_t d = k;
    while (d > cs + 2 && d + 3 > k && qx_adjective(c, d - 1)) d--;
    bool voiced = (d >= cs + 2 && is(c, d - 2, "mit") && (c->wcls[d - 1] & QW_DET)) ||
                  voiced_in(c, cs, ce, k, cls == 'o');
    if (!voiced) return (nf_seg){0, 0};
    nf_seg sp = from_whom(c, k, cs);
    if (sp.tb > sp.ta) return sp;
    sp = qx_clause_subject(c, cs, ce);
    /* a clause that opens with its verb (one that voices the noun, or of
     * saying) after a comma shares the subject of the clause before
     * ("Wahlbeobachter dokumentierten Unregelmäßigkeiten, kamen aber zu
     * dem Ergebnis, ...") */
    if (sp.tb <= sp.ta && cs > sa + 2 && qx_punct(c, cs - 1, ',') && !c->wcls[cs] &&
        (c->doc->tokens[cs].flags & NF_TF_LOWER) && (qx_speech_act(c, cs) == 'v' || c->vcls[cs])) {
        size_t pcs = qx_clause_start(c, cs - 2, sa);
        if (pcs == sa) sp = qx_clause_subject(c, pcs, cs - 1);
    }
    /* (the noun's own phrase is no subject: "Die Forderung ist, ..."; nor
     * is "es": "Es ist unsere Überzeugung, ...") */
    if ((sp.ta <= k && k < sp.tb) || (sp.tb == sp.ta + 1 && is(c, sp.ta, "es")))
        return (nf_seg){0, 0};
    return sp;
}

/* A noun of a statement, a demand or an opinion at k with its content in
 * a clause after a comma: "die Aufforderung, das Feuer einzustellen", "der
 * Vorwurf der Regierung an die Rebellen, sie hätten ...", "ist der
 * Meinung, dass ...".  The speaker is the genitive or "von" phrase after
 * the noun (with its apposition: "ihres Trainers, Greg Poss,"), else
 * noun_holder's; a noun of an opinion needs one. */
static bool noun_frame(qctx *c, size_t k, size_t sa, size_t sb, bool owned, bool *fail) {
    const nf_doc *doc = c->doc;
    char cls = qx_speech_act(c, k);
    if (cls != 'n' && cls != 'o') return false;
    /* (none there: "keine aktuellen Berichte, dass ...") */
    size_t d = k;
    while (d > sa + 1 && d + 3 > k && qx_word(c, d - 1) &&
           (c->doc->tokens[d - 1].flags & NF_TF_LOWER) && !(c->wcls[d - 1] & QW_DET))
        d--;
    if (d > sa && (is(c, d - 1, "kein") || is(c, d - 1, "keine") || is(c, d - 1, "keinen")))
        return false;
    size_t j = k + 1;
    nf_seg sp = {0, 0};
    if (j < sb && (nf_tok_in(doc, j, owner_dets) || qx_genitive_without_article(c, j))) {
        size_t e = qx_np_fwd(c, is(c, j, "von") || is(c, j, "vom") ? j + 1 : j, sb);
        if (e <= j + 1 && !qx_cap(c, j)) return false;
        sp = (nf_seg){(uint32_t)j, (uint32_t)e};
        j = e;
    }
    /* (first of the frames only with an owner who speaks, and with the
     * noun no preposition's object: "sagte in einer Stellungnahme zu dem
     * Bericht des Ministeriums, es habe ..." is the verb's content; "Auf
     * die Kritik der Grünen, ..." opens the sentence) */
    if (owned && sp.tb <= sp.ta) {
        /* (or a phrase with "von" before it that a verb voicing the noun
         * follows: "Von der Polizei kam die Nachricht, ...") */
        size_t cs = qx_clause_start(c, k, sa);
        nf_seg from = from_whom(c, k, cs);
        if (from.tb <= from.ta) return false;
        nf_seg held = noun_holder(c, k, sa, cs, qx_clause_end(c, k, sb), cls);
        if (held.ta != from.ta || held.tb != from.tb) return false;
    } else if (owned) {
        size_t oa = sp.ta + (sp.tb > sp.ta && (is(c, sp.ta, "von") || is(c, sp.ta, "vom")));
        /* (or a role's noun that names one: "den Vorschlag des Kanzlers") */
        bool role = false;
        for (size_t r = oa; r < sp.tb && r < oa + 3 && !role; r++)
            role = qx_cap(c, r) && nf_role_at(c->doc, r, NULL, NULL);
        if (sp.tb <= sp.ta ||
            !(names_agent(c, oa, sp.tb) || may_speak(c, (nf_seg){(uint32_t)oa, sp.tb}) || role))
            return false;
        /* (back over the phrase's adjectives to its article) */
        size_t h = k;
        while (h > sa && h + 4 > k && qx_word(c, h - 1) &&
               (c->doc->tokens[h - 1].flags & NF_TF_LOWER) && !(c->wcls[h - 1] & QW_PREP) &&
               !c->vcls[h - 1] && !c->konj[h - 1]) {
            h--;
            if (c->wcls[h] & QW_DET) break;
        }
        if (h > sa && (c->wcls[h - 1] & QW_PREP) && !(h - 1 == sa && is(c, sa, "auf")))
            return false;
    }
    /* the one it is addressed to: "an Wikipedia", "gegen die Regierung" */
    if (j + 1 < sb && (is(c, j, "an") || is(c, j, "gegen"))) {
        size_t e = qx_np_fwd(c, j + 1, sb);
        if (e <= j + 1) return false;
        j = e;
    }
    /* the verb that voices it, last in its clause: "hat eine Mahnung an
     * die Politik ausgesprochen, ..." */
    if (j + 1 < sb && qx_punct(c, j + 1, ',') && qx_speech_act(c, j) == 'v') j++;
    /* or its particle, the verb before the noun: "legte einen Vorschlag
     * vor, ...", "Von ihm liegt die Äußerung vor, ..." */
    if (j + 1 < sb && qx_punct(c, j + 1, ',') && is(c, j, "vor") &&
        voiced_in(c, qx_clause_start(c, k, sa), k, k, false))
        j++;
    if (j >= sb || !qx_punct(c, j, ',')) return false;
    size_t ce = j;
    if (sp.tb == ce) {
        size_t e = past_apposition(c, ce, sb);
        if (e > ce) sp.tb = (uint32_t)(ce = e);
    }
    size_t n1 = ce + 1;
    if (n1 + 1 >= sb || c->used[n1] || c->region[n1] >= 0) return false;
    /* a relative clause on the noun is no content ("die Forderung, die er
     * erhob"; "die Hamas habe ..." is one) */
    if ((c->wcls[n1] & QW_REL) && (!qx_cap(c, n1 + 1) || is(c, n1, "dessen") || is(c, n1, "deren")))
        return false;
    size_t b = qx_clause_end(c, n1, sb);
    if (!content_clause(c, n1, b, sb, QV_ACT, false, false)) return false;
    size_t cs = qx_clause_start(c, k, sa);
    /* Inside reported speech the noun is part of what someone says ("Der
     * Präsident sei der Ansicht, ..."; "Sein Vorschlag, dass ..., sei
     * abgelehnt worden"), and before a verb of saying its content is
     * what that verb's subject answers ("Den Vorwurf, dass ..., wies der
     * Minister zurück"): the frames of those quote it. */
    size_t after = b + 1 < sb && qx_punct(c, b, ',') ? b + 1 : sb;
    /* (a relative clause there goes on with the content: "..., es handele
     * sich um Mitglieder eines Clans, der seit Jahren kämpfe"; what comes
     * after it is what counts) */
    size_t rel = after + 1 < sb && (c->wcls[after] & QW_PREP) ? after + 1 : after;
    if (rel + 1 < sb && (c->wcls[rel] & QW_REL) && !qx_cap(c, rel + 1)) {
        size_t re = qx_clause_end(c, after, sb);
        after = re + 1 < sb && qx_punct(c, re, ',') ? re + 1 : sb;
    }
    if (qx_has_konj(c, cs, ce, false) ||
        (after < sb &&
         ((c->vcls[after] && !owned) || qx_has_konj(c, after, qx_clause_end(c, after, sb), false))))
        return false;
    if (sp.tb <= sp.ta) sp = noun_holder(c, k, sa, cs, ce, cls);
    if (cls == 'o' && sp.tb <= sp.ta) return false;
    nf_seg cue = {(uint32_t)k, (uint32_t)k + 1}, part = {0, 0};
    qitem *it = make(c, NF_Q_INDIRECT, QO_CLAUSE, cue, part, sp);
    if (!it) return *fail = true;
    qx_span(c, it, n1, noun_content_end(c, n1, b, sb));
    return finish(c, it);
}

/* "Der Sicherheitsrat rief die Regierung zur Mäßigung auf und beschloss,
 * den Fall weiterzuleiten": a speech act reported in the clause before
 * "und" and the cue of a quote made already in sentence [sa, sb) (none of
 * whose content lies before "und").  Returns true when one is made. */
static bool reported_before_und(qctx *c, size_t sa, size_t sb, bool *fail) {
    for (size_t u = sa + 3; u + 1 < sb; u++) {
        if (c->region[u] >= 0 || c->used[u] == 2 || qx_punct(c, u, ',')) return false;
        if (!is(c, u, "und")) continue;
        if (c->used[u + 1] != 1 || !c->vcls[u + 1]) return false;
        for (size_t k = sa; k < u; k++)
            if (c->vcls[k] && c->region[k] < 0 && !c->used[k]) return reported(c, k, sa, u, fail);
        return false;
    }
    return false;
}

/* True when sentence [sa, sb) holds a quotation region taken as a quote. */
static bool has_direct(const qctx *c, size_t sa, size_t sb) {
    for (size_t k = sa; k < sb; k++)
        if (c->region[k] >= 0 && c->rstate[c->region[k]] == QR_QUOTE) return true;
    return false;
}

/* "In dem Bericht ist von schweren Mängeln die Rede": a statement's or a
 * document's phrase after "in" or "bei" opens the sentence, a form of
 * "sein", "von" and "die Rede" close its clause.  The statement reports
 * what was spoken of (a reported quote of the clause, its speaker the
 * phrase without the preposition); a sentence that names no such phrase
 * ("Es war von einem Unfall die Rede") credits no one and makes none. */
static bool rede_frame(qctx *c, size_t sa, size_t sb, bool *fail) {
    static const char *const sein[] = {"ist", "war", "sei", "wäre", "sind", "waren", NULL};
    if (!(is(c, sa, "in") || is(c, sa, "im") || is(c, sa, "bei") || is(c, sa, "beim")))
        return false;
    size_t cop = sa + 1;
    while (cop < sb && !nf_tok_in(c->doc, cop, sein) && c->doc->tokens[cop].kind != NF_TOK_PUNCT)
        cop++;
    if (cop >= sb || !nf_tok_in(c->doc, cop, sein) || cop < sa + 2) return false;
    /* the phrase names a statement, a document or someone */
    bool source = qx_names_someone(c, sa + 1, cop);
    for (size_t h = sa + 1; h < cop && !source; h++)
        source = qx_cap(c, h) && (qx_speech_noun(c, h) || qx_document_noun(c, h));
    if (!source) return false;
    size_t von = cop + 1;
    while (von < sb && !is(c, von, "von") && c->doc->tokens[von].kind != NF_TOK_PUNCT) von++;
    size_t rede = von + 1;
    while (rede + 1 < sb && !(is(c, rede, "die") && is(c, rede + 1, "rede")) &&
           c->doc->tokens[rede].kind != NF_TOK_PUNCT)
        rede++;
    if (von >= sb || !is(c, von, "von") || rede + 1 >= sb || !is(c, rede, "die") ||
        !is(c, rede + 1, "rede") || rede == von + 1)
        return false;
    size_t end = rede + 2;
    if (end < sb && c->doc->tokens[end].kind != NF_TOK_PUNCT) return false;
    qitem *it =
        make(c, NF_Q_REPORTED, QO_REPORTED, (nf_seg){(uint32_t)cop, (uint32_t)cop + 1},
             (nf_seg){(uint32_t)von, (uint32_t)von + 1}, (nf_seg){(uint32_t)sa + 1, (uint32_t)cop});
    if (!it) return *fail = true;
    qx_span(c, it, sa, end);
    return finish(c, it);
}

/* Indirect and reported speech. */
bool qx_frames(qctx *c) {
    const nf_doc *doc = c->doc;
    bool fail = false;
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        bool made = false;
        /* (noun_frame needs a comma after its noun) */
        size_t last_comma = sa;
        for (size_t k = sb; k > sa && last_comma == sa; k--)
            if (qx_punct(c, k - 1, ',')) last_comma = k - 1;
        /* A statement noun that names whose statement it is comes before
         * the verbs: its content is that owner's words even where a verb
         * of the sentence answers it ("Der Minister wies den Vorwurf der
         * Opposition, die Wahl sei gefälscht, zurück"; "Auf die Kritik
         * der Grünen, ..., antwortete er, ..."). */
        /* (a clause opening with "von" or an owner's phrase after the
         * noun: the cheap tests first) */
        bool von = false;
        for (size_t k = sa; k < last_comma && !von; k++) von = is(c, k, "von") || is(c, k, "vom");
        for (size_t k = sa; k < last_comma && !fail; k++)
            if (c->region[k] < 0 && !c->used[k] && qx_cap(c, k) &&
                (von || nf_tok_in(doc, k + 1, owner_dets) || qx_genitive_without_article(c, k + 1)))
                made |= noun_frame(c, k, sa, sb, true, &fail);
        for (size_t k = sa; k < sb && !fail; k++) {
            if (c->region[k] >= 0 || c->used[k] == 1) continue;
            bool m = false;
            /* (a source marker inside another quote's content makes a
             * quote of its own, nested: "Nach Angaben der Polizei habe es
             * eine Kontrolle des Wagens gegeben, von dem laut Polizei zu
             * Straftaten aufgerufen worden sei") */
            bool inner = c->used[k] == 2;
            if (c->mk[k] && !qx_frame_marker(c->mk[k]) &&
                (!inner || c->mk[k] == QM_SOURCE || c->mk[k] == QM_POST))
                m = marker(c, k, sa, sb, &fail);
            else if (c->wcls[k] && is(c, k, "nach"))
                m = marker(c, k, sa, sb, &fail);
            if (inner) {
                made |= m;
                continue;
            }
            if (!m && (c->vcls[k] || qx_frame_marker(c->mk[k]) || qx_document_verb(c, k)))
                m = verb(c, k, sa, sb, s, &fail);
            if (!m && c->wcls[k] && is(c, k, "so")) m = so_frame(c, k, sa, sb, &fail);
            made |= m;
        }
        /* Statement nouns after the verbs: a frame that quotes the whole
         * sentence ("..., sagte der Abgeordnete") comes first. */
        for (size_t k = sa; k < last_comma && !fail; k++)
            if (c->region[k] < 0 && !c->used[k] && qx_cap(c, k))
                made |= noun_frame(c, k, sa, sb, false, &fail);
        if (fail) return false;
        if (made && !has_direct(c, sa, sb)) {
            reported_before_und(c, sa, sb, &fail);
            if (fail) return false;
        }
        if (made || has_direct(c, sa, sb)) continue;
        for (size_t k = sa; k < sb && !made && !fail; k++)
            if (c->vcls[k] && c->region[k] < 0 && !c->used[k]) made = reported(c, k, sa, sb, &fail);
        if (!made && !fail) rede_frame(c, sa, sb, &fail);
        if (fail) return false;
    }
    return true;
}

/* True when sentence [sa, sb) speaks in the first person outside quotes
 * and outside parentheses (an aside in the speaker's words: "Sechs
 * Monate sei es her, dass er sich eine Pistole zugelegt hat (ich schieße
 * gern!)"). */
static bool first_person(const qctx *c, size_t sa, size_t sb) {
    int depth = 0;
    for (size_t k = sa; k < sb; k++) {
        depth += is(c, k, "(") - (depth > 0 && is(c, k, ")"));
        if (!depth && c->region[k] < 0 && (is(c, k, "ich") || is(c, k, "wir"))) return true;
    }
    return false;
}

/* True for the reportive "soll ... ereignet haben": a form of "sollen"
 * with a perfect infinitive at the end of sentence [sa, sb), or with "um
 * ... handeln" ("soll es sich um X handeln").  With
 * `plain` (right after a quotation) also "soll" with a plain infinitive in
 * the first clause, which goes on reporting a plan ("Die Arbeiten sollen
 * im Mai beginnen"); not in a clause after it ("die Teile, die ...
 * eingebaut werden sollen"). */
static bool reportive(const qctx *c, size_t sa, size_t sb, bool plain) {
    size_t e = sb;
    while (e > sa && c->doc->tokens[e - 1].kind == NF_TOK_PUNCT) e--;
    if (e < sa + 4) return false;
    bool perfect = is(c, e - 1, "sein") || is(c, e - 1, "haben");
    /* "Bei den Männern soll es sich um Schmuggler handeln": what something
     * is, reported, wherever it stands */
    bool identity = false;
    for (size_t k = sa; k + 1 < e && is(c, e - 1, "handeln") && !identity; k++)
        identity = is(c, k, "um") && is(c, k - (k > sa), "sich");
    if (!perfect && !plain && !identity) return false;
    if (!perfect) e = qx_clause_end(c, sa, e);
    /* (the "soll" of a clause that opens with a w-word is its own: "Wie
     * die Fortsetzung heißen soll, verriet man nicht") */
    if (!perfect && (c->wcls[sa] & QW_WH)) return false;
    for (size_t k = sa; k < e; k++)
        if (c->region[k] < 0 && (is(c, k, "soll") || is(c, k, "sollen"))) return true;
    return false;
}

/* The speaker of the first speech verb of sentence `ps`, or none. */
static nf_seg previous_speaker(const qctx *c, nf_seg ps) {
    for (size_t k = ps.ta; k < ps.tb; k++) {
        uint32_t part;
        if (c->vcls[k] && c->region[k] < 0 && qx_verb_cue(c, k, ps.tb, &part)) {
            nf_seg sp = qx_speaker_of(c, k, ps.ta, ps.tb);
            if (sp.tb > sp.ta && speaker_like(c, sp)) return sp;
            break;
        }
    }
    return (nf_seg){0, 0};
}

/* True unless the noun phrase `np` is headed by an abstract noun (in
 * "-ung", "-heit", "-keit", "-tion", "-ität", "-ismus") that names no one
 * (may_speak, names_agent) and no organisation's kind, head or role
 * (class nouns, org-heads.txt, roles.tsv): a list's noun a comma set off reads as a
 * clause's subject ("Er wurde wegen Gründung einer Vereinigung,
 * Volksverhetzung und ... verurteilt"). */
static bool speaker_like(const qctx *c, nf_seg np) {
    static const char *const endings[] = {"ung", "heit", "keit", "tion", "ität", "ismus", NULL};
    size_t head = np.ta;
    for (size_t k = np.ta; k < np.tb; k++)
        if (qx_cap(c, k)) head = k;
    const char *w = nf_tokl(c->doc, head);
    size_t n = c->doc->tok_llen[head];
    bool abstract = false, compound;
    for (const char *const *e = endings; *e && !abstract; e++) {
        size_t el = strlen(*e);
        abstract = n > el + 3 && memcmp(w + n - el, *e, el) == 0;
    }
    /* (nor one of an organisation: "Die Universität", "Standesvertretung") */
    return !abstract || may_speak(c, np) || names_agent(c, np.ta, np.tb) ||
           nf_class_noun(c->doc, head) == NF_ENT_ORG || nf_org_head(c->doc, head, &compound) ||
           nf_role_at(c->doc, head, NULL, NULL);
}

/* True when a mention of a person or an organisation heads the noun
 * phrase [a, b) (starts at its first or second token), a group noun does
 * ("Die Behörden", "Augenzeugen", "Viele Experten"), or a role noun before
 * a name. */
static bool names_agent(const qctx *c, size_t a, size_t b) {
    const nf_doc *doc = c->doc;
    for (size_t k = a; k < b && k < a + 3; k++)
        if (qx_group_noun(c, k)) return true;
    /* "Der senegalesische Innenminister Usman Ngom": a role noun with the
     * name after it */
    for (size_t k = a; k + 1 < b && k < a + 4; k++)
        if (qx_cap(c, k) && nf_role_at(doc, k, NULL, NULL) && qx_names_someone(c, k + 1, b))
            return true;
    for (size_t i = nf_mention_first_at(doc, a);
         i < doc->nmentions && doc->mentions[i].ta < b && doc->mentions[i].ta <= a + 1; i++) {
        uint8_t t = doc->entities[doc->mentions[i].entity].type;
        if (t == NF_ENT_PERSON || t == NF_ENT_ORG) return true;
    }
    return false;
}

/* True for a word with a capital letter after its first ("BVG",
 * "EurActiv"): a name or an abbreviation. */
static bool inner_cap(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (!qx_word(c, k)) return false;
    for (uint32_t i = doc->tokens[k].a + 1; i < doc->tokens[k].b; i++)
        if (doc->text.cp[i] >= 'A' && doc->text.cp[i] <= 'Z') return true;
    return false;
}

/* True when the noun phrase `np` may speak: a pronoun, a group noun, a
 * speech noun ("Der Bericht") or any entity mention in it ("Die
 * Demonstranten der UDD"). */
static bool may_speak(const qctx *c, nf_seg np) {
    const nf_doc *doc = c->doc;
    if (c->wcls[np.ta] & QW_PRON) return true;
    for (size_t k = np.ta; k < np.tb; k++)
        if (qx_group_noun(c, k) || (qx_cap(c, k) && qx_speech_noun(c, k)) || inner_cap(c, k))
            return true;
    size_t i = nf_mention_first_at(doc, np.ta);
    return i < doc->nmentions && doc->mentions[i].ta < np.tb;
}

/* The subject of sentence `ps` when it names someone who may go on to
 * speak ("Der Minister sieht keine Gefahr. Die Lage sei ruhig."), or
 * none. */
static nf_seg previous_subject(const qctx *c, nf_seg ps) {
    nf_seg none = {0, 0};
    /* (past a dateline: "Wien – Die Ministerin wünscht sich ...") */
    ps.ta = (uint32_t)nf_tok_dateline_end(c->doc, ps.ta, ps.tb);
    size_t ce = qx_clause_end(c, ps.ta, ps.tb);
    nf_seg sp = qx_clause_subject(c, ps.ta, ce);
    if (sp.tb <= sp.ta) return none;
    /* (nor the subject of a clause in the Konjunktiv no quote took: what
     * someone reports of it, no one who speaks; the sentence before it
     * may name who does: "Die Regierung brachte eine Darstellung in
     * Umlauf. So hätten Rebellen Zivilisten eingeschlossen. Außerdem habe
     * ...") */
    if (qx_has_konj(c, ps.ta, ce, true)) {
        size_t s = c->doc->tok_sent[ps.ta];
        if (s == 0 || c->covered[s - 1]) return none;
        nf_seg before = c->doc->sentences[s - 1];
        return qx_has_konj(c, before.ta, before.tb, true) ? none : previous_subject(c, before);
    }
    /* (not one who died there: "Dabei starb X, der das Auto fuhr. Das
     * Fahrzeug sei langsam gefahren" goes on with someone else's words) */
    static const char *const death[] = {"starb",      "starben",    "gestorben",  "stirbt",
                                        "getötet",    "ermordet",   "erschossen", "umgekommen",
                                        "umgebracht", "verstorben", NULL};
    for (size_t k = ps.ta; k < ce; k++)
        if (nf_tok_in(c->doc, k, death)) return none;
    if (sp.tb == sp.ta + 1 && (is(c, sp.ta, "er") || is(c, sp.ta, "sie"))) return sp;
    if (names_agent(c, sp.ta, sp.tb)) return sp;
    /* or one person's role heads it, with no name: "der" or "die" with a
     * feminine in "-in" before it ("Der Minister", "der Ministerpräsident
     * des Landes", "die Sprecherin"; not "die Soldaten"), in a main clause
     * ("Ob nun amerikanische Gerichte ...") */
    if ((c->wcls[ps.ta] & QW_SUBJ) || !(is(c, sp.ta, "der") || is(c, sp.ta, "die"))) return none;
    size_t h = sp.ta + 1;
    while (h < sp.tb && h < sp.ta + 3 && qx_adjective(c, h)) h++;
    if (h >= sp.tb || !qx_cap(c, h) || !nf_role_at(c->doc, h, NULL, NULL)) return none;
    const char *w = nf_tokl(c->doc, h);
    size_t n = c->doc->tok_llen[h];
    return is(c, sp.ta, "der") || (n > 4 && strcmp(w + n - 2, "in") == 0) ? sp : none;
}

/* The subject of sentence `ps` when it is an authority or a group that
 * reports ("Die Behörden fanden den Wagen. Der Täter soll ... sein."):
 * the source of a reportive "soll", whose own subject is whom the report
 * is about.  None for a person or any other subject. */
static nf_seg previous_source(const qctx *c, nf_seg ps) {
    nf_seg none = {0, 0};
    /* (after a headline's colon, the clause after it: "Rückschlag für die
     * Forschung: Die Behörden haben ... entdeckt. Er soll ... sein.") */
    size_t from = nf_tok_dateline_end(c->doc, ps.ta, ps.tb); /* ("Wien – ") */
    for (size_t k = from; k + 1 < ps.tb && k < from + 8; k++)
        if (qx_punct(c, k, ':') && c->region[k] < 0) {
            from = k + 1;
            break;
        }
    nf_seg sp = qx_clause_subject(c, from, qx_clause_end(c, from, ps.tb));
    for (size_t k = sp.ta; k < sp.tb && k < sp.ta + 5; k++)
        if (qx_group_noun(c, k)) return sp;
    return none;
}

/* "Für den Theologen Hans Küng sei der Rücktritt verständlich": the one
 * "für" names at the start of a clause whose finite verb in the
 * Konjunktiv follows the phrase holds the view it reports; that phrase
 * without "für", where it names a person or an organisation, else an
 * empty segment. */
static nf_seg for_whom(const qctx *c, size_t sa, size_t sb) {
    nf_seg none = {0, 0};
    if (sa + 3 >= sb || !is(c, sa, "für")) return none;
    size_t e = qx_np_fwd(c, sa + 1, sb);
    if (e <= sa + 1 || e >= sb || c->konj[e] != 1) return none;
    /* (a person or an organisation named in the phrase: "den Theologen
     * Hans Küng"; a group's noun is more often whom the content concerns:
     * "Für Anwälte sei es längst möglich, ...") */
    const nf_doc *doc = c->doc;
    for (size_t i = nf_mention_first_at(doc, sa + 1); i < doc->nmentions && doc->mentions[i].ta < e;
         i++) {
        uint8_t t = doc->entities[doc->mentions[i].entity].type;
        if (doc->mentions[i].tb <= e && (t == NF_ENT_PERSON || t == NF_ENT_ORG))
            return (nf_seg){(uint32_t)sa + 1, (uint32_t)e};
    }
    return none;
}

/* A sentence that opens with an indicative main clause, its subject and
 * its verb, followed by subjunctive content ("Die Experten kamen zu dem
 * Ergebnis, dass es keine Beweise gebe"): the subject speaks, as with a
 * speech verb the lists do not hold.  Returns the subject, ta == tb when
 * the sentence is not so framed; sets *content to where the content starts
 * and *cue to the verb. */
static nf_seg own_frame(const qctx *c, size_t sa, size_t sb, bool mood2, size_t *content,
                        nf_seg *cue) {
    nf_seg none = {0, 0};
    size_t fe = qx_clause_end(c, sa, sb);
    if (fe + 1 >= sb || !qx_punct(c, fe, ',') || qx_has_konj(c, sa, fe, true) ||
        !qx_has_konj(c, fe + 1, sb, mood2) || (c->wcls[fe + 1] & QW_CONJ))
        return none;
    /* (nor a clause of "als", a comparison or a time, which belongs to the
     * clause before: "wollten die Briten schneller bauen, als es Rivalen
     * gelinge"; a reason in the Konjunktiv is the subject's: "erwarten
     * keine Entscheidung, weil die Abgeordneten keinen Antrag gestellt
     * hätten") */
    if (is(c, fe + 1, "als")) return none;
    /* (nor a reportive main clause, itself someone's report whose subject
     * is whom it is about: "So soll er die Information erhalten haben,
     * dass ein Angriff bevorstehe") */
    if (reportive(c, sa, fe, false)) return none;
    nf_seg sp = qx_clause_subject(c, sa, fe);
    if (sp.tb <= sp.ta || (sp.tb == sp.ta + 1 && is(c, sp.ta, "es"))) return none;
    /* The cue: the finite verb, right after a subject that opens the
     * clause or right before one that follows it. */
    size_t v = sp.ta == sa ? sp.tb : sp.ta - 1;
    /* "CDU und FDP setzten dem entgegen, ...": the verb after a
     * coordinated subject (its first member speaks) */
    if (sp.ta == sa && v + 1 < fe && qx_list_conjunction(c, v) && qx_np_fwd(c, v + 1, fe) > v + 1)
        v = qx_np_fwd(c, v + 1, fe);
    for (int n = 0; n < 3 && v > sa && sp.ta > sa && (is(c, v, "sich") || (c->wcls[v] & QW_ADV));
         n++)
        v--; /* "beruft sich nun X darauf" */
    if (v >= fe || !qx_word(c, v) || !(c->doc->tokens[v].flags & NF_TF_LOWER) ||
        (c->wcls[v] & (QW_PREP | QW_DET | QW_PRON | QW_CONJ | QW_SUBJ | QW_WH)))
        return none; /* no verb: "Die Toten, meist Zivilisten, seien ...",
                      * "Auch wenn Flüchtlinge kommen, ..." */
    /* "ist", "war" say what something is, no one's words ("Er ist zu krank,
     * als dass er ... könne", "Mohammed ist übergetreten, ..."), but for a
     * statement's noun ("Seine zentrale Aussage ist, dass ...") */
    static const char *const sein[] = {"ist", "war", "sind", "waren", NULL};
    if (nf_tok_in(c->doc, v, sein) && !qx_speech_np(c, sp.ta, sp.tb)) return none;
    /* a finite verb in "-e" (not "-te", nor "wurde") with a subject of
     * the third person is the Konjunktiv I the lists do not hold: a
     * subject that names no one then frames nothing, the sentence is
     * reported itself ("Erfahrungsgemäß dauere es einige Zeit, bis ...";
     * "Er baue darauf, dass ..." stays his) */
    if (unlisted_konj(c, v) && !is(c, sp.ta, "ich") && !may_speak(c, sp) &&
        !names_agent(c, sp.ta, sp.tb))
        return none;
    *content = fe + 1;
    *cue = (nf_seg){(uint32_t)v, (uint32_t)v + 1};
    return sp;
}

/* True when a verb of saying in the indicative follows a preposition's
 * phrase and the clauses that belong to it ("Auf die Frage, ob er bleibe,
 * sagte er nichts"): the Konjunktiv is the question's, no one's reported
 * words. */
static bool frames_after_phrase(const qctx *c, size_t sa, size_t sb) {
    if (!(c->wcls[sa] & QW_PREP)) return false;
    for (size_t k = sa + 3; k + 1 < sb; k++)
        if (c->vcls[k] && !c->konj[k] && c->region[k] < 0 && qx_punct(c, k - 1, ',') &&
            (c->doc->tokens[k].flags & NF_TF_LOWER) && phrase_only(c, sa, k - 1))
            return true;
    return false;
}

/* True when sentence ps lies in a quotation region (its words from the
 * first on): direct speech, whatever frames it. */
static bool quoted_sentence(const qctx *c, nf_seg ps) {
    size_t k = ps.ta;
    while (k < ps.tb && c->doc->tokens[k].kind == NF_TOK_QUOTE) k++;
    return k < ps.tb && c->region[k] >= 0 && c->region[ps.tb - 1] >= 0;
}

/* True when the subordinating word that opens sentence [sa, sb) opens a
 * subordinate clause.  "während" is also a preposition, "damit" and "da"
 * adverbs: with the finite verb right after the preposition's phrase or the
 * adverb, the sentence is a main clause ("Während des Überfalls sollen
 * Schüsse gefallen sein", "Damit sei der Weg frei", "Da sei noch
 * Spielraum"; not "Während der Minister sprach, ..."). */
static bool opens_subordinate(const qctx *c, size_t sa, size_t sb) {
    if (!(c->wcls[sa] & QW_SUBJ)) return false;
    /* ("da" is the adverb "there" as well: "Da sei noch Spielraum") */
    bool adverb = (c->wcls[sa] & QW_ADV) || is(c, sa, "da");
    if (!((c->wcls[sa] & QW_PREP) || adverb) || sa + 2 >= sb) return true;
    size_t v = (c->wcls[sa] & QW_PREP) ? qx_np_fwd(c, sa + 1, sb) : sa + 1;
    if (v <= sa + 1 && (c->wcls[sa] & QW_PREP)) return true; /* no phrase after it */
    return v >= sb || !(c->konj[v] || indicative_aux(c, v));
}

/* True when the subordinate clause that opens sentence [sa, sb) ends at
 * a comma and the main clause after it has a verb in Konjunktiv I right
 * at its start ("Da X liege, werde Y herangeführt"). */
static bool konj_main_after(const qctx *c, size_t sa, size_t sb) {
    size_t fe = qx_clause_end(c, sa, sb);
    return fe + 1 < sb && qx_punct(c, fe, ',') && c->konj[fe + 1] == 1;
}

/* True when sentence [sa, sb) holds a verb of saying that its clause
 * negates ("Ein Sprecher wollte nicht bestätigen, dass ... gefordert
 * werde"): the Konjunktiv after it is what was not said, and the sentence
 * carries no one's words on; its subject may speak in the next. */
static bool negated_frame(const qctx *c, size_t sa, size_t sb) {
    size_t ce = qx_clause_end(c, sa, sb);
    if (ce >= sb || !qx_punct(c, ce, ',') || qx_has_konj(c, sa, ce, true)) return false;
    for (size_t k = sa; k < ce; k++) {
        uint32_t part;
        /* a verb of saying in the indicative, its clause first in the
         * sentence with a subject, "nicht" right before or after it ("Man
         * glaube nicht, dass ..." is someone's words, "glaubt nicht daran"
         * a view, "als nicht hilfreich kritisiert" a statement) */
        if ((c->vcls[k] != QV_SAY && c->vcls[k] != QV_ACT) || c->region[k] >= 0 ||
            !qx_verb_cue(c, k, sb, &part))
            continue;
        if (qx_speaker_of(c, k, sa, sb).tb == 0 || rules_out(c, k)) return false;
        return negated(c, k > sa ? k - 1 : sa, k + 2 < ce ? k + 2 : ce);
    }
    return false;
}

/* True when sentence [sa, sb) holds a verb in Konjunktiv I, or with
 * `mood2` one in Konjunktiv II, that carries reported speech on.  A modal
 * of possibility or necessity in the singular ("könnte", "müsste",
 * "dürfte") is the writer's own hedge: reported speech has "könne",
 * "müsse", "dürfe" for it ("Die Maßnahme könnte sich als notwendig
 * erweisen"); its plural, the same as the indicative in Konjunktiv I,
 * reports ("Sie könnten ..."). */
static bool carrying_konj(const qctx *c, size_t sa, size_t sb, bool mood2) {
    static const char *const hedges[] = {"könnte", "müsste", "dürfte", NULL};
    for (size_t k = sa; k < sb; k++) {
        if (!c->konj[k] || c->region[k] >= 0) continue;
        if (c->konj[k] == 1 || (mood2 && !nf_tok_in(c->doc, k, hedges))) return true;
    }
    return false;
}

/* Sentences in Konjunktiv I (or reportive "soll") that no quote covers:
 * they carry on the quote before them, whose speaker they take, or stand
 * alone when none is near. */
bool qx_continuations(qctx *c) {
    const nf_doc *doc = c->doc;
    int32_t *sitem = nf_arena_alloc(&c->doc->arena, (doc->nsentences + 1) * sizeof *sitem);
    if (!sitem) return false;
    for (size_t s = 0; s <= doc->nsentences; s++) sitem[s] = -1;
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        if (it->dropped || it->q.nspans == 0) continue;
        int32_t old = sitem[it->s_last];
        if (old < 0 ||
            c->items[old].q.spans[c->items[old].q.nspans - 1].tb < it->q.spans[it->q.nspans - 1].tb)
            sitem[it->s_last] = (int32_t)i;
    }
    int32_t last = -1; /* the latest quote before the sentence */
    for (size_t s = 0; s < doc->nsentences; s++) {
        if (s > 0 && sitem[s - 1] >= 0) last = sitem[s - 1];
        if (c->covered[s]) continue;
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        /* (a subordinate clause first, unless the main clause after it is
         * in Konjunktiv I: "Da Deutschland am Rand eines Tiefs liege, werde
         * milde Luft herangeführt") */
        if (opens_subordinate(c, sa, sb) && !konj_main_after(c, sa, sb)) continue;
        const qitem *prev = last >= 0 ? &c->items[last] : NULL;
        /* Konjunktiv II ("hätte", "würden") and "soll" with a plain
         * infinitive report too, but only right after a quote: elsewhere
         * they are mostly a conditional or a plan stated. */
        bool mood2 = prev && prev->s_last + 1 == s;
        /* (right after a quote, a verb the lists do not hold: "Dies
         * bedinge schwere Böen") */
        bool reports = reportive(c, sa, sb, mood2) || (mood2 && pronoun_then_konj(c, sa, sb));
        if (!qx_has_konj(c, sa, sb, mood2) && !reports) continue;
        /* (a hedge alone carries no one's words on; in a clause that a
         * frame of the sentence's own governs it may be reported) */
        bool hedged = !reports && !carrying_konj(c, sa, sb, mood2);
        if (first_person(c, sa, sb) || qx_words(c, sa, sb) < 3 || frames_after_phrase(c, sa, sb) ||
            negated_frame(c, sa, sb) || writers_aside(c, sa, sb))
            continue;
        /* (the writer's own clause before a semicolon or a colon is no
         * part of it: "X wandte sich an die Anhänger, um sich gegen den
         * Vorwurf zu verteidigen; er habe seine Prinzipien verraten") */
        size_t from = after_narration(c, sa, sb, true);
        size_t opens = from;
        nf_seg ocue = {0, 0};
        nf_seg own = own_frame(c, opens, sb, mood2, &from, &ocue);
        if (own.tb <= own.ta) own = for_whom(c, opens, sb);
        /* (who does what the clause before a colon tells speaks after it:
         * "Die Kommissarin warb um Verständnis: Sie sei Offenheit gewohnt") */
        bool doer = false;
        if (own.tb <= own.ta && opens > sa + 1 && qx_punct(c, opens - 1, ':')) {
            nf_seg who = qx_clause_subject(c, sa, qx_clause_end(c, sa, opens - 1));
            for (size_t k = who.ta; k < who.tb && !doer; k++)
                doer = qx_cap(c, k) && nf_role_at(doc, k, NULL, NULL);
            doer = who.tb > who.ta && (doer || may_speak(c, who) || names_agent(c, who.ta, who.tb));
            if (doer) own = who;
        }
        if (prev &&
            (s - prev->s_last > BACK_SENTENCES + 1 ||
             qx_paragraph_of(doc, sa) > qx_paragraph_of(doc, doc->sentences[prev->s_last].ta) + 1))
            prev = NULL;
        /* "Die hohen Raten bedeuteten, dass ...": right after a quote, a
         * subject that names nobody is no speaker; the quote goes on. */
        if (own.tb > own.ta && !doer && prev && prev->s_last + 1 == s &&
            prev->q.speaker.tb > prev->q.speaker.ta && !may_speak(c, own))
            own = (nf_seg){0, 0}, from = opens;
        if (hedged && own.tb <= own.ta) continue;
        if (own.tb <= own.ta && from == sa) from = opens = after_narrated_clause(c, sa, sb);
        if (own.tb > own.ta) {
            qitem *it = qx_add(c, NF_Q_INDIRECT, QO_CONT);
            if (!it) return false;
            it->q.speaker = own;
            it->q.cue[0] = ocue;
            qx_span(c, it, from, sb);
            sitem[s] = (int32_t)(c->n - 1);
        } else if (prev && prev->origin == QO_CONT && prev->s_last == s - 1 && opens == sa &&
                   qx_paragraph_of(doc, sa) == qx_paragraph_of(doc, doc->sentences[s - 1].ta)) {
            /* Carry the same continuation on: one quote over the sentences. */
            qitem tmp = *prev;
            tmp.q.nspans = 0;
            qx_span(c, &tmp, sa, sb);
            if (tmp.q.nspans == 1) {
                qitem *p = &c->items[last];
                p->q.spans[p->q.nspans - 1].tb = tmp.q.spans[0].tb;
                p->s_last = (uint32_t)s;
            }
            sitem[s] = last;
        } else {
            size_t pi = prev ? (size_t)(prev - c->items) : 0;
            qitem *it = qx_add(c, NF_Q_INDIRECT, QO_CONT);
            if (!it) return false;
            if (prev) {
                qx_same_speaker(it, &c->items[pi]); /* qx_add may move items */
                qx_carry_cue(it, &c->items[pi]);
            }
            nf_seg before = s > 0 ? doc->sentences[s - 1] : (nf_seg){0, 0};
            const qitem *framed;
            if (s > 0 && (!prev || prev->s_last + 1 < s) && quoted_sentence(c, before) &&
                (framed = quote_before(c, before.ta)) != NULL) {
                /* the sentence before is a quotation no frame names, whose
                 * speaker is the quote's before it ("„A“, sagte er. „B.“
                 * Er erwarte ..."), not a subject inside the quotation */
                size_t fi = (size_t)(framed - c->items);
                qx_same_speaker(it, &c->items[fi]); /* qx_add may have moved them */
                qx_carry_cue(it, &c->items[fi]);
            } else if (s > 0 && (!prev || prev->s_last + 1 < s)) {
                /* No quote right before: the one who speaks or acts in the
                 * sentence before ("Der Minister wies auf Risiken hin."). */
                nf_seg near = previous_speaker(c, doc->sentences[s - 1]);
                /* Not for the reportive "soll": its subject is whom the
                 * report is about, not its source. */
                if (near.tb <= near.ta && qx_has_konj(c, sa, sb, mood2))
                    near = previous_subject(c, doc->sentences[s - 1]);
                else if (near.tb <= near.ta)
                    near = previous_source(c, doc->sentences[s - 1]);
                if (near.tb > near.ta) it->q.speaker = near, it->q.antecedent = (nf_seg){0, 0};
            }
            qx_span(c, it, opens, sb);
            sitem[s] = (int32_t)(c->n - 1);
        }
        c->covered[s] = 1;
    }
    return true;
}
