/* quote_direct.c - direct quotes: quotation regions with their frames
 * („…“, sagte er; Er sagte: „…“; Merkel: „…“; „A“, sagte er, „B“), and
 * afterwards the regions no frame claimed: fragments of indirect speech,
 * and longer quotations that carry on the speaker before them.
 *
 * A region is a direct quote when a speech verb or marker frames it or
 * governs it within its clause ("nannte den Bericht eine „Zeitungsente“").
 * Short regions that nothing governs are titles, names or scare quotes and
 * stay out. */
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "quotes.h"

/* A fragment of indirect speech this long (in words) is a quote of its own. */
#define FRAG_WORDS 2
/* A quotation this long needs no frame to count when it reads like speech. */
#define LONG_WORDS 5
/* A quotation this long with a lower-case word in it counts without frame. */
#define SHORT_WORDS 3
/* How far back (in sentences) a quotation without frame takes its speaker. */
#define INHERIT_SENTENCES 2

/* The conjunctions that join quotations ("„A“ und „B“") or predicates
 * ("sagte ... und forderte"). */
static const char *const joins[] = {"und", "oder", "sowie", NULL};

/* A frame found for a quotation: cue, particle, speaker. */
typedef struct frame {
    nf_seg cue[2];
    nf_seg speaker;
    size_t end; /* the token after the frame's clause */
} frame;

/* Short local name for qx_is. */
static bool is(const qctx *c, size_t k, const char *w) {
    return qx_is(c, k, w);
}

/* The sentence holding token k. */
static nf_seg sentence_of(const qctx *c, size_t k) {
    return c->doc->sentences[c->doc->tok_sent[k]];
}

/* Adds region r's content to `it`, one span per paragraph it runs over. */
static void region_spans(const qctx *c, qitem *it, const nf_qregion *r) {
    size_t a = r->open + 1;
    for (size_t k = r->open + 1; k < r->close; k++) {
        if (!(c->doc->tokens[k].flags & NF_TF_QCONT)) continue;
        if (it->q.nspans + 1 >= NF_QUOTE_MAX_SPANS) break; /* the rest goes in the last span */
        qx_span(c, it, a, k);
        a = k + 1;
    }
    qx_span(c, it, a, r->close);
}

/* The speech verb at v as a frame, with its particle and speaker. */
static bool verb_frame(const qctx *c, size_t v, size_t sa, size_t sb, frame *f) {
    uint32_t part;
    if (v >= sb || c->used[v] || c->region[v] >= 0 || !qx_verb_cue(c, v, sb, &part)) return false;
    f->cue[0] = (nf_seg){(uint32_t)v, (uint32_t)v + 1};
    f->cue[1] = part != QX_NONE ? (nf_seg){part, part + 1} : (nf_seg){0, 0};
    f->speaker = qx_before_particle(qx_speaker_of(c, v, sa, sb), part);
    f->end = qx_clause_end(c, v + 1, sb);
    return true;
}

/* "so" and a noun phrase that ends the clause: "…“, so Merkel." */
static bool so_frame(const qctx *c, size_t k, size_t sb, frame *f) {
    if (!is(c, k, "so") || c->used[k]) return false;
    size_t e = qx_np_fwd(c, k + 1, sb);
    if (e == k + 1) return false;
    size_t x = qx_skip_adverbials(c, e, sb);
    if (x < sb && !qx_boundary(c, x)) return false;
    f->cue[0] = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
    f->cue[1] = (nf_seg){0, 0};
    f->speaker = (nf_seg){(uint32_t)k + 1, (uint32_t)e};
    f->end = qx_clause_end(c, e, sb);
    return true;
}

/* "heißt es (in der Erklärung)". */
static bool es_frame(const qctx *c, size_t k, size_t sa, size_t sb, frame *f) {
    if (!qx_es_cue(c, k, sa, sb, &f->cue[0], &f->cue[1], &f->speaker)) return false;
    f->end = qx_clause_end(c, f->cue[1].tb > f->cue[0].tb ? f->cue[1].tb : f->cue[0].tb, sb);
    return true;
}

/* ", wie der Sprecher sagte": a clause-final speech verb after "wie". */
static bool wie_frame(const qctx *c, size_t k, size_t sa, size_t sb, frame *f) {
    if (!is(c, k, "wie")) return false;
    size_t ce = qx_clause_end(c, k + 1, sb);
    for (size_t v = ce; v > k + 1 && ce - v < 3; v--)
        if (c->vcls[v - 1] && verb_frame(c, v - 1, sa, sb, f)) return true;
    return false;
}

/* The subject of the sentence right before a quotation that opens its
 * sentence, speaks in the first person ("wir", "ich" among its first
 * words) and has no frame: an organisation before "wir" ("Die SPD will am
 * Kurs festhalten. „Wir wollen ein Europa, ...“"), a person before "ich";
 * an empty segment otherwise. */
static nf_seg voice_before(const qctx *c, const nf_qregion *r) {
    nf_seg none = {0, 0};
    const nf_doc *doc = c->doc;
    uint32_t s = doc->tok_sent[r->open];
    if (s == 0 || doc->sentences[s].ta != r->open) return none;
    int want = -1;
    for (uint32_t k = r->open + 1; k < r->close && k < r->open + 6 && want < 0; k++)
        if (is(c, k, "wir") || is(c, k, "uns") || is(c, k, "unser") || is(c, k, "unsere"))
            want = NF_ENT_ORG;
        else if (is(c, k, "ich") || is(c, k, "mein") || is(c, k, "meine"))
            want = NF_ENT_PERSON;
    if (want < 0) return none;
    nf_seg ps = doc->sentences[s - 1];
    if (c->region[ps.ta] >= 0) return none; /* (a quotation itself) */
    size_t from = nf_tok_dateline_end(doc, ps.ta, ps.tb);
    /* (after a heading's colon: "Europapolitik: Die SPD will ...") */
    for (size_t k = from; k + 1 < ps.tb && k < from + 4; k++)
        if (qx_punct(c, k, ':')) from = k + 1;
    nf_seg sp = qx_clause_subject(c, from, qx_clause_end(c, from, ps.tb));
    if (sp.tb <= sp.ta || sp.ta != from) return none;
    size_t i = nf_mention_first_at(doc, sp.ta);
    for (; i < doc->nmentions && doc->mentions[i].ta < sp.tb; i++)
        if (doc->mentions[i].kind == NF_MK_NAME &&
            doc->entities[doc->mentions[i].entity].type == want)
            return sp;
    return none;
}

/* True when region r's content ends with "?", "!" or "…" (then the frame
 * after it needs no comma). */
static bool ends_exclaiming(const qctx *c, const nf_qregion *r) {
    const nf_token *t = &c->doc->tokens[r->close - 1];
    if (t->kind != NF_TOK_PUNCT) return false;
    int32_t ch = c->doc->text.cp[t->a];
    return ch == '?' || ch == '!' || ch == 0x2026;
}

/* A frame right after region r: „…“, sagte er / so X / heißt es / wie X
 * sagte. */
static bool frame_after(const qctx *c, const nf_qregion *r, frame *f) {
    const nf_doc *doc = c->doc;
    size_t cl = r->close, j = cl + 1;
    nf_seg s = sentence_of(c, cl);
    size_t sa = s.ta, sb = s.tb;
    if (j >= doc->ntokens) return false;
    /* "Er sei „sehr enttäuscht“, sagte er": the frame belongs to the whole
     * clause, and the quotation is a fragment of it. */
    size_t o = r->open;
    /* "Als „unerwartetes Geschenk“ bezeichnet die Archäologin den Fund":
     * the verb's governed phrase opens the sentence */
    if (o == sa + 1 && is(c, sa, "als") && j < sb && c->vcls[j] && verb_frame(c, j, sa, sb, f) &&
        f->cue[1].tb == sa + 1)
        return true;
    if (o > sa && qx_word(c, o - 1) && sentence_of(c, o).ta == sa) return false;
    bool comma = qx_punct(c, j, ',') || qx_dash(c, j);
    /* Without a comma only after "?" or "!", or when a verb or "so"
     * follows a quotation that is more than a name. */
    if (!comma && !ends_exclaiming(c, r) &&
        !(qx_words(c, r->open, r->close) >= 3 && !qx_name_like(c, (size_t)c->region[r->open]) &&
          (doc->tokens[j].flags & NF_TF_LOWER) &&
          (c->vcls[j] || (c->wcls[j] & QW_AUX) || is(c, j, "so"))))
        return false;
    if (comma) j++;
    if (j >= sb) {
        /* "„…?“ fragte er" may have been cut into two sentences. */
        if (j >= doc->ntokens || !(doc->tokens[j].flags & NF_TF_LOWER) ||
            qx_paragraph_of(doc, j) != qx_paragraph_of(doc, cl))
            return false;
        s = sentence_of(c, j);
        sa = s.ta, sb = s.tb;
    }
    if (c->vcls[j]) return verb_frame(c, j, sa, sb, f);
    /* "„…“, so beschrieb ihn der Funktionär": "so" before the verb */
    if (is(c, j, "so") && j + 1 < sb && c->vcls[j + 1] && verb_frame(c, j + 1, sa, sb, f))
        return true;
    if (qx_aux(c, j)) {
        /* "„…“, wird der Minister zitiert"; past an apposition: "wird Mike
         * Downey, Produktmanager, zitiert" */
        size_t ce = qx_clause_end(c, j + 1, sb);
        if (ce + 2 < sb && qx_punct(c, ce, ',') && !c->vcls[ce - 1]) {
            size_t ce2 = qx_clause_end(c, ce + 1, sb);
            if (ce2 < sb && qx_punct(c, ce2, ',') && ce2 + 1 < sb && c->vcls[ce2 + 1] &&
                qx_clause_end(c, ce2 + 1, sb) <= ce2 + 3)
                ce = qx_clause_end(c, ce2 + 1, sb);
        }
        for (size_t v = ce; v > j + 1 && ce - v < 3; v--) {
            if (!c->vcls[v - 1] || !verb_frame(c, v - 1, sa, sb, f)) continue;
            size_t a = qx_skip_adverbials(c, j + 1, sb), e = qx_np_fwd(c, a, v - 1);
            /* (in the passive "von" names who quotes: "wird Merkel von der
             * Zeitung zitiert") */
            if (qx_werden_form(c, j)) e = qx_before_agent(c, a, e);
            f->speaker = e > a ? (nf_seg){(uint32_t)a, (uint32_t)e} : (nf_seg){0, 0};
            return true;
        }
        return false;
    }
    return so_frame(c, j, sb, f) || es_frame(c, j, sa, sb, f) || wie_frame(c, j, sa, sb, f);
}

/* "Das sagte X.": an anaphoric frame that makes up the next sentence,
 * after a quotation that ends its own. */
static bool frame_next(const qctx *c, const nf_qregion *r, frame *f) {
    const nf_doc *doc = c->doc;
    size_t j = r->close + 1;
    while (j < doc->ntokens && doc->tokens[j].kind == NF_TOK_PUNCT && j < r->close + 3) j++;
    if (j + 1 >= doc->ntokens || !(c->wcls[j] & QW_ANA)) return false;
    nf_seg n = sentence_of(c, j);
    if (n.ta != j) return false;
    size_t ce = qx_clause_end(c, j + 1, n.tb);
    if (ce + 1 < n.tb) return false;
    if (c->vcls[j + 1]) return verb_frame(c, j + 1, n.ta, n.tb, f);
    /* "Das musste der Minister einräumen." */
    if (!(c->wcls[j + 1] & QW_AUX)) return false;
    for (size_t v = ce; v > j + 2 && ce - v < 3; v--) {
        if (!c->vcls[v - 1] || !verb_frame(c, v - 1, n.ta, n.tb, f)) continue;
        size_t a = qx_skip_adverbials(c, j + 2, v - 1), e = qx_np_fwd(c, a, v - 1);
        f->speaker = e > a ? (nf_seg){(uint32_t)a, (uint32_t)e} : (nf_seg){0, 0};
        return true;
    }
    return false;
}

/* The last speech verb in [a, b) that frames as a cue; an infinitive
 * that completes the cue of a verb before it in sentence [sa, sb) is that
 * verb's particle ("Aktuell lässt sie Folgendes erklären: „…“" is "lässt
 * ... erklären", its subject after "lässt"). */
static bool verb_in(const qctx *c, size_t a, size_t b, size_t sa, size_t sb, frame *f) {
    for (size_t v = b; v > a; v--) {
        if (!c->vcls[v - 1] || !verb_frame(c, v - 1, sa, sb, f)) continue;
        uint32_t part;
        for (size_t u = sa; u + 1 < v; u++) /* (before a dash's aside too) */
            if (c->vcls[u] && !c->used[u] && c->region[u] < 0 && qx_verb_cue(c, u, sb, &part) &&
                part == v - 1 && verb_frame(c, u, sa, sb, f))
                break;
        return true;
    }
    return false;
}

/* "Merkel: „…“": a short name phrase alone before a colon. */
static bool colon_name(const qctx *c, size_t cs, size_t colon, frame *f) {
    if (colon - cs > 8 || colon == cs) return false;
    /* (an adverb before the name is no word of it: "Dazu Peskow: „…“") */
    if (cs + 1 < colon && (c->wcls[cs] & QW_ADV) && !(c->wcls[cs] & (QW_DET | QW_PRON)) &&
        qx_cap(c, cs + 1))
        cs++;
    size_t e = qx_np_fwd(c, cs, colon);
    if (e != colon) return false;
    /* A name, not a label: at least two capitalised words, or one without
     * an article before it. */
    size_t caps = 0;
    for (size_t k = cs; k < colon; k++) caps += qx_cap(c, k);
    if (caps < 2 && (c->wcls[cs] & QW_DET)) return false;
    if (caps == 0 || (c->wcls[cs] & QW_PRON)) return false;
    f->cue[0] = (nf_seg){(uint32_t)colon, (uint32_t)colon + 1};
    f->cue[1] = (nf_seg){0, 0};
    f->speaker = (nf_seg){(uint32_t)cs, (uint32_t)colon};
    f->end = colon;
    return true;
}

/* True when the subject `sp` of a clause with no verb of saying, which
 * ends before `end`, may speak: a pronoun (qx_names_someone), a person or
 * an organisation named in it or in its apposition ("Die Kernaussage von
 * Jerry Larson lautete dazu:", "Der Leiter der Studie, Paulo Pinheiro,
 * sieht ...:"), a role noun ("der Präsident", "Ein Hauptkommissar"), a
 * person's class noun ("der Trainer") or a group's noun ("Analysten");
 * "Das Buch ist ihr Erstwerk: „…“" gives a title, not words said.  (The
 * continuations' may_speak in quote_frames.c asks less of a subject right
 * after a quote: any mention, a speech noun; tried here, it lost 3
 * speakers on bench-de.) */
static bool colon_subject_speaks(const qctx *c, nf_seg sp, size_t end) {
    const nf_doc *doc = c->doc;
    if (qx_names_someone(c, sp.ta, sp.tb)) return true;
    size_t to = sp.tb;
    if (to + 1 < end && qx_punct(c, to, ',')) to = qx_clause_end(c, to + 1, end);
    for (size_t i = nf_mention_first_at(doc, sp.ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= to) break;
        uint8_t type = doc->entities[m->entity].type;
        if (type == NF_ENT_PERSON || type == NF_ENT_ORG) return true;
    }
    for (size_t k = sp.ta; k < sp.tb; k++)
        if (qx_group_noun(c, k) || nf_role_at(doc, k, NULL, NULL) || nf_person_noun_at(doc, k))
            return true;
    /* or a statement or a document ("Das Fazit des Vorabberichts lautete:",
     * "Der Text lautet:"); not one a possessive owns ("Seine Zuversicht
     * gründet sich auf ...:"), whose owner speaks on, as the quotation
     * before says */
    if (nf_tok_possessive(doc, sp.ta) || nf_tok_is(doc, sp.ta, "unser") ||
        nf_tok_is(doc, sp.ta, "unsere"))
        return false;
    for (size_t k = sp.ta; k < sp.tb; k++)
        if (qx_cap(c, k) && (qx_speech_noun(c, k) || qx_document_noun(c, k) ||
                             qx_speech_act(c, k) == 'n' || qx_speech_act(c, k) == 'o'))
            return true;
    return false;
}

/* True when token k is a lower-case word that may be a finite verb: a
 * verb of the lists, an auxiliary, or a word in "-t" or "-te" that is no
 * determiner, preposition or adverb; right after a subject (`after_np`),
 * any lower-case word of none of those classes ("rief", "sprach"). */
static bool finite_like(const qctx *c, size_t k, bool after_np) {
    if (!qx_word(c, k) || !(c->doc->tokens[k].flags & NF_TF_LOWER)) return false;
    if (c->vcls[k] || (c->wcls[k] & QW_AUX)) return true;
    if (c->wcls[k] & (QW_DET | QW_PREP | QW_ADV | QW_CONJ | QW_PRON | QW_SUBJ | QW_REL))
        return false;
    size_t n = c->doc->tok_llen[k];
    const char *w = nf_tokl(c->doc, k);
    return after_np || (n > 3 && (w[n - 1] == 't' || (w[n - 2] == 't' && w[n - 1] == 'e')));
}

/* The first token of a clause of its own after the last "und" in [cs, p)
 * of a sentence from sa: an article's phrase with a verb right after it,
 * and a verb before "und" too ("Die Menge skandierte Parolen und der
 * Unternehmer X rief aus: „…“": the quotation after the colon is the
 * second clause's).  0 when none. */
static size_t und_clause(const qctx *c, size_t sa, size_t cs, size_t p) {
    for (size_t u = p - 1; u >= cs && u > sa + 1; u--) {
        if (!is(c, u, "und")) continue;
        if (!(c->wcls[u + 1] & QW_DET) || !qx_word(c, u + 1)) return 0;
        size_t e = qx_np_fwd(c, u + 1, p);
        if (e <= u + 2 || e >= p || !finite_like(c, e, true)) return 0;
        for (size_t k = sa; k < u; k++) /* (a quotation may end the clause before) */
            if (finite_like(c, k, false)) return u + 1;
        return 0;
    }
    return 0;
}

/* True when [a, b) is a person's noun, with an article and adjectives
 * before it and its complements after ("Gründer der Band", "der Chef des
 * Verbandes"), and no verb: an apposition, no clause of its own. */
static bool speaker_apposition(const qctx *c, size_t a, size_t b) {
    size_t k = a;
    if (c->wcls[k] & QW_DET) k++;
    while (k < b && k < a + 4 && nf_modifier_at(c->doc, k)) k++;
    if (k >= b || !qx_cap(c, k) || nf_mention_over(c->doc, k) ||
        !(nf_person_noun_at(c->doc, k) || nf_role_at(c->doc, k, NULL, NULL)))
        return false;
    for (size_t j = a; j < b; j++)
        if (c->vcls[j] || c->konj[j] || ((c->wcls[j] & QW_AUX) && !(c->wcls[j] & QW_DET)))
            return false;
    return true;
}

static bool with_words(const qctx *c, size_t k); /* below */

/* The frame of a quotation of `words` words after the colon at p: a
 * speech verb or "heißt es" before it, a name ("Merkel:"), or the subject
 * of the clause ("Hier sparte der Präsident nicht mit Kritik:"). */
static bool colon_frame(const qctx *c, size_t p, size_t words, frame *f) {
    size_t sa = sentence_of(c, p).ta;
    size_t cs = qx_clause_start(c, p, sa);
    size_t und = und_clause(c, sa, cs, p);
    if (und) cs = und;
    if (verb_in(c, cs, p, sa, p, f)) return true;
    /* "Dann warnte der Chef des Verbandes, Peter Hahn, die Politik:": the
     * clause goes on after a name set off by commas */
    /* (an article, not a relative pronoun: a noun follows it) */
    if (cs > sa + 3 && qx_punct(c, cs - 1, ',') && !(c->wcls[cs] & QW_SUBJ) &&
        (!(c->wcls[cs] & QW_REL) || qx_cap(c, cs + 1))) {
        size_t q = qx_clause_start(c, cs - 1, sa);
        if (q > sa + 1 && qx_punct(c, q - 1, ',') && qx_np_fwd(c, q, cs - 1) == cs - 1 &&
            (qx_cap(c, q) || qx_cap(c, q + 1)) &&
            verb_in(c, qx_clause_start(c, q - 1, sa), q - 1, sa, p, f))
            return true;
    }
    /* "sagte Jon Bon Jovi, Gründer der Band:", "erklärte Peter Hahn, der
     * Chef des Verbandes:": the speaker's apposition after a comma ends the
     * frame before the colon */
    if (cs > sa + 2 && qx_punct(c, cs - 1, ',') && speaker_apposition(c, cs, p) &&
        verb_in(c, qx_clause_start(c, cs - 1, sa), cs - 1, sa, p, f))
        return true;
    /* "Er glaubt, dass das Team gestärkt sei: „…“": the verb of the clause
     * the colon's subordinate clause depends on. */
    if (cs > sa && (c->wcls[cs] & QW_SUBJ) && verb_in(c, sa, cs, sa, p, f)) return true;
    /* "(Motto: „…“)": a label in parentheses. */
    for (size_t k = p; k > cs; k--) {
        if (qx_punct(c, k - 1, ')')) break;
        if (qx_punct(c, k - 1, '(')) return false;
    }
    /* (up to the colon, which a document's "steht" asks for) */
    for (size_t k = cs; k < p; k++)
        if (es_frame(c, k, sa, p + 1, f)) return true;
    bool starts = cs == sa || qx_punct(c, cs - 1, ',') || und;
    /* (a name after a dash too: a headline's parts, "Finalsieg über Tomic
     * – Thiem: „…“") */
    bool dashed = cs > sa && qx_dash(c, cs - 1);
    if ((starts || dashed) && words >= 3 && colon_name(c, cs, p, f)) return true;
    if (words < 3 || !starts) return false;
    /* "Queensland sei Neuseeland zu Dank verpflichtet: „…“": a clause in
     * Konjunktiv I reports someone's words itself; the quotation goes on
     * with them, not with its subject. */
    if (qx_has_konj(c, cs, p, cs > sa)) return false;
    f->cue[0] = f->cue[1] = (nf_seg){0, 0};
    /* (a clause that says it speaks "mit den Worten" has that phrase's
     * noun as its cue, as before a quotation: "Enders schloss sich der
     * Einschätzung mit den Worten an:") */
    for (size_t k = cs + 2; k < p && f->cue[0].tb == 0; k++)
        if (with_words(c, k)) f->cue[0] = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
    /* "Der Leiter der Studie, Paulo Pinheiro, sieht ...:": a subject with
     * an apposition before the clause's verb */
    f->speaker = cs > sa && !und ? qx_apposition_subject(c, sa, cs - 1) : (nf_seg){0, 0};
    /* "X hat keine Hemmungen, seine Sympathien zu zeigen:": an infinitive
     * clause has no subject of its own; the clause before it gives it */
    if (f->speaker.tb <= f->speaker.ta && cs > sa && p >= cs + 2 && is(c, p - 2, "zu") &&
        qx_word(c, p - 1) && (c->doc->tokens[p - 1].flags & NF_TF_LOWER))
        f->speaker = qx_clause_subject(c, qx_clause_start(c, cs - 1, sa), cs - 1);
    if (f->speaker.tb <= f->speaker.ta) f->speaker = qx_clause_subject(c, cs, p);
    f->end = p;
    return f->speaker.tb > f->speaker.ta && colon_subject_speaks(c, f->speaker, p);
}

/* True when "mit", an article and a noun of words said end at token k
 * ("mit den Worten", "mit diesen Worten", "mit dem Satz"). */
static bool with_words(const qctx *c, size_t k) {
    return k >= 2 && is(c, k - 2, "mit") && (c->wcls[k - 1] & QW_DET) &&
           (is(c, k, "worten") || is(c, k, "worte") || is(c, k, "satz"));
}

/* The subject after the finite verb at v of sentence [.., sb), where the
 * Vorfeld was taken by a phrase ("Mit den Worten „…“ richtete er ...",
 * "„…“, mit diesen Worten meldete er sich"); empty when none. */
static nf_seg subject_after(const qctx *c, size_t v, size_t sb) {
    nf_seg none = {0, 0};
    if (v >= sb || !qx_word(c, v) || !(c->doc->tokens[v].flags & NF_TF_LOWER)) return none;
    size_t a = qx_skip_adverbials(c, v + 1, sb), e = qx_np_fwd(c, a, sb);
    return e > a ? (nf_seg){(uint32_t)a, (uint32_t)e} : none;
}

/* A frame of "mit den Worten" for region r with no verb of saying: the
 * phrase before the quotation and the clause's subject before it ("Er
 * verabschiedete sich mit den Worten „…“") or after its verb ("Mit den
 * Worten „…“, richtete er ..."), or the phrase after it ("„…“, mit diesen
 * Worten meldete er sich", "„…“ – mit diesen Worten reagierte er"), or
 * the next sentence's when the quotation is one of its own ("„…“ Mit
 * diesen Worten reagierte die EU-Kommission auf den Anschlag"). */
static bool words_frame(const qctx *c, const nf_qregion *r, frame *f) {
    size_t o = r->open, cl = r->close;
    nf_seg s = sentence_of(c, o);
    f->cue[1] = (nf_seg){0, 0};
    if (o > s.ta + 2 && with_words(c, o - 1)) {
        size_t w = o - 1, cs = qx_clause_start(c, w - 2, s.ta);
        f->cue[0] = (nf_seg){(uint32_t)w, (uint32_t)w + 1};
        f->end = o;
        f->speaker = cs + 2 < w ? qx_clause_subject(c, cs, w - 2) : (nf_seg){0, 0};
        if (f->speaker.tb <= f->speaker.ta && cs == w - 2) {
            size_t v = cl + 1 < s.tb && qx_punct(c, cl + 1, ',') ? cl + 2 : cl + 1;
            f->speaker = subject_after(c, v, s.tb);
        }
        return f->speaker.tb > f->speaker.ta;
    }
    size_t k = cl + 1;
    /* (after a comma or a dash: "„…“ – mit diesen Worten reagierte er") */
    bool set_off = k < s.tb && (qx_punct(c, k, ',') || qx_dash(c, k));
    if (k + 4 < s.tb && set_off && with_words(c, k + 3)) {
        f->cue[0] = (nf_seg){(uint32_t)k + 3, (uint32_t)k + 4};
        f->speaker = subject_after(c, k + 4, s.tb);
        f->end = qx_clause_end(c, k + 5, s.tb);
        return f->speaker.tb > f->speaker.ta;
    }
    /* (opening the next sentence after a quotation that ends its own:
     * "„… aufs Schärfste.“ Mit diesen Worten reagierte die EU-Kommission") */
    const nf_doc *doc = c->doc;
    size_t j = cl + 1;
    while (j < doc->ntokens && j < cl + 3 && doc->tokens[j].kind == NF_TOK_PUNCT) j++;
    if (j + 3 >= doc->ntokens || sentence_of(c, j).ta != j || sentence_of(c, cl).ta != r->open ||
        !with_words(c, j + 2))
        return false;
    nf_seg n = sentence_of(c, j);
    f->cue[0] = (nf_seg){(uint32_t)j + 2, (uint32_t)j + 3};
    f->speaker = subject_after(c, j + 3, n.tb);
    f->end = qx_clause_end(c, j + 4, n.tb);
    return f->speaker.tb > f->speaker.ta;
}

static bool frame_before(const qctx *c, const nf_qregion *r, frame *f) {
    size_t o = r->open;
    if (o == 0) return false;
    size_t p = o - 1;
    nf_seg s = sentence_of(c, p);
    size_t sa = s.ta;
    if (qx_punct(c, p, ':')) return colon_frame(c, p, qx_words(c, r->open, r->close), f);
    if (qx_name_like(c, (size_t)c->region[o])) return false;
    if (qx_punct(c, p, ',')) {
        /* "erklärte die Notwendigkeit, „…“" (not in a relative clause), the
         * quotation making up the whole clause after the comma. */
        size_t cs = qx_clause_start(c, p, sa);
        if (!qx_boundary(c, r->close + 1) && r->close + 1 < sentence_of(c, o).tb) return false;
        if (cs > sa && (c->wcls[cs] & (QW_REL | QW_SUBJ | QW_PREP))) return false;
        return verb_in(c, cs, p, sa, p, f);
    }
    /* Inside a clause: "nannte ihn einen „Lügner“", "Von einer „…“ sprach er". */
    s = sentence_of(c, o);
    size_t cs = qx_clause_start(c, o, s.ta), ce = qx_clause_end(c, r->close + 1, s.tb);
    if (cs < s.ta) cs = s.ta;
    /* "erklärte, sie sei „…“ und forderte X": a speech verb or auxiliary
     * after "und" opens a predicate of its own, the sentence subject's, and
     * frames no quotation before it */
    for (size_t u = r->close + 1; u + 1 < ce; u++)
        if (nf_tok_in(c->doc, u, joins) && (c->doc->tokens[u + 1].flags & NF_TF_LOWER) &&
            (c->vcls[u + 1] || (c->wcls[u + 1] & QW_AUX))) {
            ce = u;
            break;
        }
    bool found = verb_in(c, cs, o, s.ta, s.tb, f);
    /* "bezeichnete acht Karten in einem Spiel, in dem es 26 Fouls gab, als
     * „übertrieben“": the clause goes on after a relative clause */
    if (!found && cs > s.ta + 2 && qx_punct(c, cs - 1, ',') && is(c, cs, "als")) {
        size_t rs = qx_clause_start(c, cs - 1, s.ta);
        size_t r0 = (c->wcls[rs] & QW_PREP) ? rs + 1 : rs;
        if (rs > s.ta + 1 && qx_punct(c, rs - 1, ',') && (c->wcls[r0] & QW_REL)) {
            size_t ms = qx_clause_start(c, rs - 1, s.ta);
            found = verb_in(c, ms, rs - 1, s.ta, s.tb, f);
        }
    }
    if (!found && verb_in(c, r->close + 1, ce, s.ta, s.tb, f)) {
        /* "wie „heise online“ berichtet": the quotation is the subject;
         * an infinitive with "zu" after it has none to speak ("warf ihr
         * vor, diese „massive[n] Einschränkungen“ zu beschließen": the
         * words are a fragment of the frame before) */
        size_t v = f->cue[0].ta;
        found = !(cs + 1 == o && (c->wcls[cs] & (QW_SUBJ | QW_WH | QW_REL))) &&
                !(v > 0 && is(c, v - 1, "zu")) && !nf_tok_zu_infinitive(c->doc, v);
    }
    if (!found) return false;
    /* A name given rather than words said: "nennt sich „X“", "wird als
     * „X“ bezeichnet", "nennt man einen „X“". */
    bool naming = f->cue[0].tb > f->cue[0].ta && qx_names_act(c, f->cue[0].ta);
    /* (of any length with "sich": "die sich selbst „Rat für Demokratische
     * Reform“ nennt") */
    if (qx_words(c, o, r->close) < 3 || naming) {
        nf_seg sp = f->speaker;
        if (sp.tb <= sp.ta || (sp.tb == sp.ta + 1 && is(c, sp.ta, "man"))) return false;
        for (size_t k = cs; k < o; k++)
            if (is(c, k, "sich")) return false;
    }
    return true;
}

/* „…“, schrieb X, die ... könne: a relative clause on the speaker that
 * closes the frame after the quotation, in the Konjunktiv I, reports more
 * of what X said, an indirect quote of the same frame.  False when memory
 * runs out. */
static bool speaker_relative(qctx *c, const frame *f) {
    const nf_doc *doc = c->doc;
    size_t k = f->end;
    if (f->speaker.tb <= f->speaker.ta || f->speaker.tb != k || f->cue[0].tb > f->speaker.ta ||
        !qx_punct(c, k, ',') || k + 2 >= doc->ntokens || !(c->wcls[k + 1] & QW_REL) ||
        (c->wcls[k + 1] & QW_PREP) || qx_cap(c, k + 2) || c->region[k + 1] >= 0)
        return true;
    nf_seg s = doc->sentences[doc->tok_sent[k]];
    size_t e = qx_clause_end(c, k + 2, s.tb);
    if (e > s.tb || !qx_has_konj(c, k + 1, e, false)) return true; /* (k + 2 past s) */
    qitem *it = qx_add(c, NF_Q_INDIRECT, QO_CLAUSE);
    if (!it) return false;
    qx_span(c, it, k + 1, e);
    it->q.cue[0] = f->cue[0];
    it->q.cue[1] = f->cue[1];
    it->q.speaker = f->speaker;
    return true;
}

/* Records a direct quote of region r (and a second region it continues
 * with) with frame f. */
static bool add_direct(qctx *c, size_t ri, const frame *f, uint8_t origin) {
    const nf_qregion *r = &c->doc->qregions[ri];
    qitem *it = qx_add(c, NF_Q_DIRECT, origin);
    if (!it) return false;
    region_spans(c, it, r);
    it->q.cue[0] = f->cue[0];
    it->q.cue[1] = f->cue[1];
    it->q.speaker = f->speaker;
    c->rstate[ri] = QR_QUOTE;
    qx_use(c, it);
    /* „A“, sagte er, „B“: the frame interrupts one quote. */
    size_t k = f->end;
    if (f->cue[0].ta > r->close && qx_punct(c, k, ',') && k + 1 < c->doc->ntokens &&
        c->region[k + 1] >= 0) {
        size_t r2 = (size_t)c->region[k + 1];
        const nf_qregion *q2 = &c->doc->qregions[r2];
        if (q2->open == k + 1 && c->rstate[r2] == QR_OPEN &&
            c->doc->tok_sent[q2->open] == c->doc->tok_sent[k]) {
            region_spans(c, it, q2);
            c->rstate[r2] = QR_QUOTE;
        }
    }
    for (uint32_t s = it->s_first; s <= it->s_last && s < c->doc->nsentences; s++)
        c->covered[s] = 1;
    return speaker_relative(c, f);
}

/* „A“ und „B“, „A“, „B“ oder „C“: the quotations joined to framed region
 * ri in its sentence by a comma or a conjunction, each a direct quote of
 * the same frame ("Von „absichtlicher“ oder „mutwilliger Täuschung“
 * sprechen die Ermittler"). */
static bool add_coordinated(qctx *c, size_t ri, const frame *f) {
    const nf_doc *doc = c->doc;
    for (size_t k = doc->qregions[ri].close + 1; k + 1 < doc->ntokens;) {
        bool join = qx_punct(c, k, ',') || nf_tok_in(doc, k, joins);
        size_t o = k + 1;
        if (join && qx_punct(c, k, ',') && nf_tok_in(doc, o, joins)) o++; /* ", und" */
        if (!join || o >= doc->ntokens || c->region[o] < 0 || doc->tok_sent[o] != doc->tok_sent[k])
            return true;
        size_t r2 = (size_t)c->region[o];
        const nf_qregion *q2 = &doc->qregions[r2];
        if (q2->open != o || q2->depth != 0 || q2->close >= doc->ntokens ||
            c->rstate[r2] != QR_OPEN || qx_words(c, q2->open + 1, q2->close) == 0)
            return true;
        frame same = *f;
        same.end = q2->close + 1;
        if (!add_direct(c, r2, &same, QO_DIRECT)) return false;
        k = q2->close + 1;
    }
    return true;
}

/* True for a mark that opens quotations in German text. */
static bool opening_mark(int32_t ch) {
    return ch == 0x201E || ch == 0x00BB || ch == 0x00AB || ch == '"' || ch == 0x201C;
}

/* "... mit den Worten: „Wir ..." whose closing mark never comes: the
 * quotation runs to the end of its paragraph. */
static bool unclosed_after_colon(qctx *c) {
    const nf_doc *doc = c->doc;
    for (size_t pi = 0; pi < doc->nparagraphs; pi++) {
        size_t pa = doc->paragraphs[pi].ta, pb = doc->paragraphs[pi].tb;
        for (size_t k = pa + 1; k + 1 < pb; k++) {
            const nf_token *t = &doc->tokens[k];
            if (t->kind != NF_TOK_QUOTE || (t->flags & (NF_TF_QOPEN | NF_TF_QCLOSE)) ||
                c->region[k] >= 0 || !qx_punct(c, k - 1, ':') || !opening_mark(doc->text.cp[t->a]))
                continue;
            /* Nothing after it may close it. */
            size_t e = k + 1;
            while (e < pb && doc->tokens[e].kind != NF_TOK_QUOTE) e++;
            if (e < pb || qx_words(c, k + 1, pb) < 3) break;
            frame f;
            if (!colon_frame(c, k - 1, qx_words(c, k + 1, pb), &f)) break;
            qitem *it = qx_add(c, NF_Q_DIRECT, QO_DIRECT);
            if (!it) return false;
            qx_span(c, it, k + 1, pb);
            it->q.cue[0] = f.cue[0];
            it->q.cue[1] = f.cue[1];
            it->q.speaker = f.speaker;
            qx_use(c, it);
            for (uint32_t s = it->s_first; s <= it->s_last && s < doc->nsentences; s++)
                c->covered[s] = 1;
            break;
        }
    }
    return true;
}

/* Direct quotes with a frame. */
bool qx_direct(qctx *c) {
    const nf_doc *doc = c->doc;
    if (!unclosed_after_colon(c)) return false;
    for (size_t ri = 0; ri < doc->nqregions; ri++) {
        const nf_qregion *r = &doc->qregions[ri];
        if (r->depth != 0 || r->close >= doc->ntokens || c->rstate[ri] != QR_OPEN) continue;
        if (qx_words(c, r->open + 1, r->close) == 0) {
            c->rstate[ri] = QR_NONE;
            continue;
        }
        frame f;
        if (frame_after(c, r, &f) || frame_before(c, r, &f) || frame_next(c, r, &f) ||
            words_frame(c, r, &f)) {
            /* A name in the speaker's place is no quote: "wie „Reuters“ berichtet". */
            if (f.speaker.ta <= r->open && f.speaker.tb > r->close) continue;
            if (!add_direct(c, ri, &f, QO_DIRECT) || !add_coordinated(c, ri, &f)) return false;
        }
    }
    return true;
}

/* The quote (not direct) whose content holds tokens [a, b), or NULL; sets
 * *main when [a, b) lies in a main clause of that content (the content's
 * first clause, or one not opened by a relative pronoun or conjunction).
 * The latest of the sentence's quotes that holds them: a sentence may
 * report two ("erklärte, sie sei „…“, und kündigte an, ..."). */
static qitem *host_of(qctx *c, const int32_t *sitem, size_t a, size_t b, bool *main) {
    uint32_t s = c->doc->tok_sent[a];
    if (sitem[s] < 0) return NULL;
    for (size_t i = (size_t)sitem[s] + 1; i-- > 0;) {
        qitem *h = &c->items[i];
        if (h->q.kind == NF_Q_DIRECT || h->dropped || h->s_first > s || h->s_last < s) continue;
        for (size_t k = 0; k < h->q.nspans; k++) {
            size_t ta = h->q.spans[k].ta;
            if (ta > a || h->q.spans[k].tb < b) continue;
            size_t cs = a;
            while (
                cs > ta && a - cs < 60 &&
                !(c->region[cs - 1] < 0 && (qx_punct(c, cs - 1, ',') || qx_punct(c, cs - 1, ';') ||
                                            qx_punct(c, cs - 1, ':'))))
                cs--;
            *main = cs == ta || !(c->wcls[cs] & (QW_REL | QW_SUBJ | QW_WH));
            return h;
        }
    }
    return NULL;
}

/* The quote (not direct) of region r's sentence whose cue comes before r
 * and whose content starts after it, in the same sentence, with a
 * speaker: r stands in its frame, after the verb; NULL when none. */
static const qitem *frame_host(const qctx *c, const int32_t *sitem, const nf_qregion *r) {
    int32_t i = sitem[c->doc->tok_sent[r->open]];
    if (i < 0) return NULL;
    const qitem *h = &c->items[i];
    if (h->q.kind == NF_Q_DIRECT || h->q.nspans == 0 || h->q.speaker.tb <= h->q.speaker.ta ||
        h->q.cue[0].tb <= h->q.cue[0].ta || h->q.cue[0].tb > r->open ||
        h->q.spans[0].ta <= r->close ||
        c->doc->tok_sent[h->q.spans[0].ta] != c->doc->tok_sent[r->open])
        return NULL;
    return h;
}

/* True when region r holds a lower-case word other than a function word:
 * speech has verbs and adjectives, names and titles mostly do not. */
static bool lower_content(const qctx *c, const nf_qregion *r) {
    for (size_t k = r->open + 1; k < r->close; k++)
        if (qx_word(c, k) && (c->doc->tokens[k].flags & NF_TF_LOWER) &&
            !(c->wcls[k] & (QW_DET | QW_PREP | QW_CONJ | QW_PRON)))
            return true;
    return false;
}

/* True when region r reads like speech rather than a title: it ends with
 * sentence punctuation, opens its sentence, is long, or has three words or
 * more with a lower-case one among them. */
static bool speechlike(const qctx *c, const nf_qregion *r, size_t words) {
    const nf_doc *doc = c->doc;
    if (words >= SHORT_WORDS && lower_content(c, r)) return true;
    if (words < LONG_WORDS) return false;
    size_t last = r->close - 1;
    if (doc->tokens[last].kind == NF_TOK_PUNCT) {
        int32_t ch = doc->text.cp[doc->tokens[last].a];
        if (ch == '.' || ch == '!' || ch == '?' || ch == 0x2026) return true;
    }
    if (sentence_of(c, r->open).ta == r->open) return true;
    return words >= 12;
}

/* True when region r stands inside parentheses of its sentence: an aside
 * ("(Motto: „…“)"), not what the text reports. */
static bool in_parentheses(const qctx *c, const nf_qregion *r) {
    nf_seg s = sentence_of(c, r->open);
    size_t a = r->open;
    for (size_t k = a; k > s.ta && a - k < 12; k--) {
        if (qx_punct(c, k - 1, ')')) return false;
        if (qx_punct(c, k - 1, '(')) {
            for (size_t j = r->close + 1; j < s.tb && j < r->close + 12; j++)
                if (qx_punct(c, j, ')')) return true;
            return false;
        }
    }
    return false;
}

/* A quote's index with the token its content ends at. */
typedef struct qend {
    uint32_t end, idx;
} qend;

/* Orders qend entries by end, then index. */
static int by_end(const void *a, const void *b) {
    const qend *x = a, *y = b;
    if (x->end != y->end) return (x->end > y->end) - (x->end < y->end);
    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Makes region ri a direct quote, a fragment of the words of quote item
 * hi, whose cue (or, of a continuation, its carried cue) and speaker it
 * takes; false when memory runs out. */
static bool add_fragment(qctx *c, size_t ri, size_t hi) {
    qitem *it = qx_add(c, NF_Q_DIRECT, QO_FRAGMENT);
    if (!it) return false;
    const qitem *host = &c->items[hi]; /* (after qx_add, which may move the items) */
    region_spans(c, it, &c->doc->qregions[ri]);
    const nf_seg *cue = qx_framing_cue(host);
    it->q.cue[0] = cue[0];
    it->q.cue[1] = cue[1];
    qx_same_speaker(it, host);
    c->rstate[ri] = QR_QUOTE;
    return true;
}

/* Fragments of indirect speech and quotations without a frame. */
bool qx_fragments(qctx *c) {
    nf_doc *doc = c->doc;
    int32_t *sitem = nf_arena_alloc(&doc->arena, (doc->nsentences + 1) * sizeof *sitem);
    if (!sitem) return false;
    for (size_t s = 0; s <= doc->nsentences; s++) sitem[s] = -1;
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        if (it->q.kind == NF_Q_DIRECT || it->dropped || it->q.nspans == 0) continue;
        for (uint32_t s = it->s_first; s <= it->s_last && s < doc->nsentences; s++)
            sitem[s] = (int32_t)i;
    }
    /* Quotes by where their content ends, to find the one before a region. */
    size_t nends = 0;
    qend *ends = nf_arena_alloc(&doc->arena, (c->n + 1) * sizeof *ends);
    if (!ends) return false;
    for (size_t i = 0; i < c->n; i++) {
        const qitem *it = &c->items[i];
        if (it->dropped || it->q.nspans == 0) continue;
        ends[nends++] = (qend){it->q.spans[it->q.nspans - 1].tb, (uint32_t)i};
    }
    if (nends > 1) qsort(ends, nends, sizeof *ends, by_end);
    int64_t last_new = -1;
    for (size_t ri = 0; ri < doc->nqregions; ri++) {
        const nf_qregion *r = &doc->qregions[ri];
        if (r->depth != 0 || r->close >= doc->ntokens || c->rstate[ri] != QR_OPEN) continue;
        size_t words = qx_words(c, r->open + 1, r->close);
        bool main = false;
        qitem *host = host_of(c, sitem, r->open, r->close + 1, &main);
        bool in_frame = host && ((host->q.speaker.ta <= r->open && host->q.speaker.tb > r->close) ||
                                 (host->q.cue[0].ta <= r->open && host->q.cue[0].tb > r->close));
        if (host && (in_frame || qx_name_like(c, ri))) {
            c->rstate[ri] = QR_NONE;
            continue;
        }
        /* A host whose content is the quotation alone ("„…“, so X
         * gegenüber der Zeitung", framed by the clause stage) is direct
         * speech, one quote, not a mixed one and a fragment of it. */
        if (host && host->q.kind == NF_Q_INDIRECT && host->q.nspans == 1 &&
            host->q.spans[0].ta <= r->open && host->q.spans[0].tb >= r->close + 1 &&
            qx_words(c, host->q.spans[0].ta, r->open) == 0 &&
            qx_words(c, r->close + 1, host->q.spans[0].tb) == 0) {
            host->q.kind = NF_Q_DIRECT;
            host->q.spans[0] = (nf_seg){r->open + 1, r->close};
            c->rstate[ri] = QR_QUOTE;
            continue;
        }
        if (host) {
            if (words >= FRAG_WORDS || (doc->tokens[r->open + 1].flags & NF_TF_LOWER))
                if (host->q.kind == NF_Q_INDIRECT) host->q.kind = NF_Q_MIXED;
            /* Short fragments count only in the clause the cue governs:
             * "dass die Lage „sehr ernst“ sei", not "..., was durch
             * „konkrete Taten“ bestätigt werde". */
            bool lower = (doc->tokens[r->open + 1].flags & NF_TF_LOWER) != 0;
            if ((words < FRAG_WORDS && !(lower && main)) || (words < FRAG_WORDS + 1 && !main)) {
                c->rstate[ri] = QR_NONE;
                continue;
            }
            if (!add_fragment(c, ri, (size_t)(host - c->items))) return false;
            continue;
        }
        /* A fragment in the frame of its sentence's quote, between its cue
         * and its content, is the speaker's words ("X sieht darin einen
         * „Angriff gegen die Belegschaft“, es stehe ..."): the frame's verb
         * takes it as its object. */
        const qitem *fh = frame_host(c, sitem, r);
        if (fh && words >= FRAG_WORDS && !qx_name_like(c, ri) && !in_parentheses(c, r)) {
            if (!add_fragment(c, ri, (size_t)(fh - c->items))) return false;
            continue;
        }
        /* (a capitalised one after an adjective an article opens, no
         * quote framing it, is a name: "beim erstklassig besetzten „22.
         * Bol d’or mini féminine“") */
        bool named = (qx_cap(c, r->open + 1) || doc->tokens[r->open + 1].kind == NF_TOK_ORDINAL ||
                      doc->tokens[r->open + 1].kind == NF_TOK_NUMBER) &&
                     qx_attributive_before(c, r->open);
        if (!speechlike(c, r, words) || qx_name_like(c, ri) || in_parentheses(c, r) || named) {
            c->rstate[ri] = QR_NONE;
            continue;
        }
        /* The nearest quote before it lends its speaker (and its cue when
         * the frame stood between them: „A“, so X. „B“). */
        size_t lo = 0, hi = nends; /* ends[lo-1] is the last that ends before */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (ends[mid].end <= r->open)
                lo = mid + 1;
            else
                hi = mid;
        }
        int64_t pi = lo > 0 ? (int64_t)ends[lo - 1].idx : -1;
        if (last_new >= 0 &&
            (pi < 0 || c->items[last_new].q.spans[c->items[last_new].q.nspans - 1].tb >
                           c->items[pi].q.spans[c->items[pi].q.nspans - 1].tb))
            pi = last_new;
        qitem *it = qx_add(c, NF_Q_DIRECT, QO_DIRECT);
        if (!it) return false;
        last_new = (int64_t)(c->n - 1);
        const qitem *prev = pi >= 0 ? &c->items[pi] : NULL;
        region_spans(c, it, r);
        c->rstate[ri] = QR_QUOTE;
        uint32_t s = doc->tok_sent[r->open];
        bool inherits = prev && s - prev->s_last <= INHERIT_SENTENCES && prev->s_last <= s;
        nf_seg voiced = inherits ? (nf_seg){0, 0} : voice_before(c, r);
        if (voiced.tb > voiced.ta) {
            it->q.speaker = voiced;
        } else if (inherits) {
            qx_same_speaker(it, prev);
            uint32_t pend = prev->q.spans[prev->q.nspans - 1].tb;
            if (prev->q.kind == NF_Q_DIRECT && prev->q.cue[0].ta >= pend &&
                prev->q.cue[0].tb <= r->open) {
                it->q.cue[0] = prev->q.cue[0];
                it->q.cue[1] = prev->q.cue[1];
            }
        }
        for (uint32_t t = it->s_first; t <= it->s_last && t < doc->nsentences; t++)
            c->covered[t] = 1;
    }
    return true;
}
