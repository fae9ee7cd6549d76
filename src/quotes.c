/* quotes.c - the quotation stage: who said what, in German news.
 *
 * The stage runs four passes over a document whose quotation marks are
 * already paired (quotemarks.c):
 *
 *   1. direct quotes (quote_direct.c): each outer quotation region with the
 *      frame after it („…“, sagte er), before it (Er sagte: „…“; Merkel:
 *      „…“), or around it („A“, sagte er, „B“ is one quote of two spans);
 *   2. indirect and reported speech (quote_frames.c), sentence by sentence:
 *      dass-, ob- and w-clauses and Konjunktiv clauses of speech verbs, the
 *      frame after the content (…, sagte er), "wie X sagte", "laut X", "X
 *      zufolge", "nach Angaben X", "demnach", "heißt es", the anaphoric
 *      frame ("Dies teilte X mit": the sentence before), and speech acts
 *      with their object ("Er forderte den Rücktritt");
 *   3. quoted fragments (quote_direct.c): quotations inside indirect speech
 *      make it mixed and are direct quotes of their own; short quotations
 *      count only where a speech verb governs them, so titles and scare
 *      quotes stay out;
 *   4. continuations (quote_frames.c): sentences in Konjunktiv I after a
 *      quote carry on its speaker.
 *
 * Quotes are then put in text order and their speakers resolved through
 * coreference.  Word lists: lang/de/speech-verbs.txt, speech-markers.txt,
 * speech-nouns.txt, konjunktiv.txt and quote-words.txt. */
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "error.h"
#include "quotes.h"
#include "stages.h"

/* Appends an empty quote of `kind`. */
qitem *qx_add(qctx *c, uint8_t kind, uint8_t origin) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        qitem *v = nf_arena_alloc(&c->doc->arena, cap * sizeof *v);
        if (!v) return NULL;
        if (c->n) memcpy(v, c->items, c->n * sizeof *v);
        c->items = v;
        c->cap = cap;
    }
    qitem *it = &c->items[c->n++];
    memset(it, 0, sizeof *it);
    it->q.kind = kind;
    it->q.speaker_entity = -1;
    it->origin = origin;
    it->s_first = UINT32_MAX;
    return it;
}

/* True for punctuation that a content span does not start or end with. */
static bool trim_punct(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (doc->tokens[k].kind != NF_TOK_PUNCT) return false;
    int32_t ch = doc->text.cp[doc->tokens[k].a];
    return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '-' ||
           doc->text.cls[doc->tokens[k].a] == NF_C_DASH;
}

/* Adds a content span, trimmed of outer punctuation for indirect speech. */
void qx_span(const qctx *c, qitem *it, size_t a, size_t b) {
    /* "Wien – Die Pensionen ...": the dateline is no part of what is said */
    nf_seg sent = c->doc->sentences[c->doc->tok_sent[a]];
    if (sent.ta == a) a = nf_tok_dateline_end(c->doc, a, sent.tb);
    if (it->q.kind != NF_Q_DIRECT || it->origin == QO_FRAGMENT) {
        while (a < b && trim_punct(c, a)) a++;
        while (b > a && trim_punct(c, b - 1)) b--;
    }
    if (a >= b || it->q.nspans >= NF_QUOTE_MAX_SPANS) return;
    it->q.spans[it->q.nspans++] = (nf_seg){(uint32_t)a, (uint32_t)b};
    uint32_t s1 = c->doc->tok_sent[a], s2 = c->doc->tok_sent[b - 1];
    if (it->s_first == UINT32_MAX || s1 < it->s_first) it->s_first = s1;
    if (s2 > it->s_last) it->s_last = s2;
}

/* Marks cue and speaker tokens so that no other quote takes them. */
void qx_use(qctx *c, const qitem *it) {
    for (int i = 0; i < 2; i++)
        for (uint32_t k = it->q.cue[i].ta; k < it->q.cue[i].tb; k++) c->used[k] = 1;
    for (uint32_t k = it->q.speaker.ta; k < it->q.speaker.tb; k++) c->used[k] = 1;
}

/* Orders quotes by their first span, longer first on a tie. */
static int by_position(const void *a, const void *b) {
    const nf_quote *x = a, *y = b;
    uint32_t xa = x->nspans ? x->spans[0].ta : 0, ya = y->nspans ? y->spans[0].ta : 0;
    if (xa != ya) return (xa > ya) - (xa < ya);
    uint32_t xb = x->nspans ? x->spans[x->nspans - 1].tb : 0;
    uint32_t yb = y->nspans ? y->spans[y->nspans - 1].tb : 0;
    return (xb < yb) - (xb > yb);
}

/* How many sentences back a speaker named by a description ("so der
 * Minister") looks for the quote before. */
#define DESCRIBED_BACK 3

/* True when token k lies in a content span of quote q. */
static bool in_content(const nf_quote *q, size_t k) {
    for (size_t p = 0; p < q->nspans; p++)
        if (q->spans[p].ta <= k && k < q->spans[p].tb) return true;
    return false;
}

/* True when a name of another entity of the type of entity `ent` lies in
 * tokens [a, b) outside what quote q says: someone the text named after
 * q's speaker ("..., sagte Lazaro. Auch Trainer Oscar Garcia sah ...
 * erklärte der Spanier"; but "berichtete Gordon, dass er Wilhelm angerufen
 * habe" names Wilhelm in what Gordon said). */
static bool other_named(const nf_doc *doc, int32_t ent, const nf_quote *q, size_t a, size_t b) {
    uint8_t type = doc->entities[ent].type;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions && doc->mentions[i].ta < b;
         i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->kind == NF_MK_NAME && (int32_t)m->entity != ent &&
            doc->entities[m->entity].type == type && !in_content(q, m->ta))
            return true;
    }
    return false;
}

/* The person named in apposition right after the speaker phrase s where s
 * describes someone without naming them: ", Wirtschaftskammerpräsident
 * Christoph Leitl," after "Mitterlehners früherer Chef" (a noun of persons
 * in s, no person's name ending it; capitalised words, a role, before the
 * name; a comma, a period or a preposition after it).  -1 when none. */
static int32_t apposition_person(const nf_doc *doc, nf_seg s) {
    /* (after a short phrase of place the speaker phrase left out: "Ein
     * Sprecher der Moscheen in Mekka und Medina, Ahmed ...,"; capitalised
     * words and words that join them only, no verb) */
    static const char *const joins[] = {"in", "im",  "aus", "von", "vom", "und",
                                        "am", "der", "des", "den", "dem", NULL};
    size_t c = s.tb;
    while (c < doc->ntokens && c < s.tb + 4 && doc->tokens[c].kind == NF_TOK_WORD &&
           ((doc->tokens[c].flags & NF_TF_CAP) || nf_tok_in(doc, c, joins)))
        c++;
    if (c >= doc->ntokens || !nf_tok_is(doc, c, ",")) return -1;
    s.tb = (uint32_t)c; /* (the phrase is part of the description) */
    bool noun = false;
    for (size_t k = s.ta; k < s.tb; k++) noun |= nf_person_noun_at(doc, k);
    if (!noun) return -1;
    for (size_t i = nf_mention_first_at(doc, s.ta); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= s.tb) break;
        if (m->tb == s.tb && m->kind == NF_MK_NAME &&
            doc->entities[m->entity].type == NF_ENT_PERSON)
            return -1;
    }
    for (size_t i = nf_mention_first_at(doc, s.tb + 1); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta > s.tb + 3) break;
        if (m->kind != NF_MK_NAME || doc->entities[m->entity].type != NF_ENT_PERSON) continue;
        for (size_t k = s.tb + 1; k < m->ta; k++)
            if (!(doc->tokens[k].flags & NF_TF_CAP)) return -1;
        size_t a = m->tb;
        bool closed = a >= doc->ntokens || nf_tok_is(doc, a, ",") || nf_tok_is(doc, a, ".") ||
                      nf_tok_in(doc, a, (const char *const[]){"im", "in", "bei", "vor", NULL});
        return closed ? (int32_t)m->entity : -1;
    }
    return -1;
}

/* The speaker of the nearest quote before quote i of out (in text
 * order) that has one, when it lies at most DESCRIBED_BACK sentences
 * before and no one else of its kind is named between its speaker and
 * quote i's; -1 else.  A description of the speaker with no entity of its
 * own ("..., sagt Hofer. ... so der Ökonom"; "..., betonte Ebay. ...
 * teilte das Unternehmen mit") is that speaker when it fits
 * (nf_coref_describes): news vary the words for the one they quote. */
static int32_t speaker_before(const nf_doc *doc, const nf_quote *out, size_t i) {
    uint32_t s = doc->tok_sent[out[i].speaker.ta];
    for (size_t j = i; j-- > 0;) {
        const nf_quote *q = &out[j];
        if (q->nspans == 0) continue;
        uint32_t qs = doc->tok_sent[q->spans[q->nspans - 1].ta];
        if (qs > s) continue;
        if (s - qs > DESCRIBED_BACK) return -1;
        if (q->speaker_entity < 0) continue;
        size_t from = q->speaker.tb > q->speaker.ta ? q->speaker.tb : q->spans[q->nspans - 1].tb;
        return from < out[i].speaker.ta &&
                       other_named(doc, q->speaker_entity, q, from, out[i].speaker.ta)
                   ? -1
                   : q->speaker_entity;
    }
    return -1;
}

/* The speaker of the quote before quote i of out (in text order) when it
 * ends in quote i's sentence or the one before and has one; -1 else.  What
 * "demnach" and "demzufolge" point back to: the source just quoted
 * ("Nach Angaben des Tagesspiegels ... Die Polizei habe demnach ..."). */
static int32_t source_just_quoted(const nf_doc *doc, const nf_quote *out, size_t i) {
    uint32_t s = doc->tok_sent[out[i].speaker.ta];
    for (size_t j = i; j-- > 0;) {
        const nf_quote *q = &out[j];
        if (q->nspans == 0) continue;
        uint32_t qs = doc->tok_sent[q->spans[q->nspans - 1].tb - 1];
        if (qs > s) continue;
        return s - qs <= 1 ? q->speaker_entity : -1;
    }
    return -1;
}

/* True when the description [s.ta, s.tb) names no country by an
 * adjective ("der italienische Innenminister"), or entity `ent` is of that
 * country. */
static bool country_fits(const nf_doc *doc, nf_seg s, int32_t ent) {
    for (size_t k = s.ta; k < s.tb; k++) {
        const char *iso = nf_adjective_at(doc, k);
        if (iso) return strncmp(doc->entities[ent].country, iso, 3) == 0;
    }
    return true;
}

/* True when mention i is one of a list of names of `type` ("Klaus Lindner
 * und Peter Maurer"): the name before it ends at "und", "oder" or a comma
 * right before it. */
static bool listed(const nf_doc *doc, size_t i, uint8_t type) {
    size_t ta = doc->mentions[i].ta;
    if (i == 0 || ta < 2) return false;
    if (!(nf_tok_is(doc, ta - 1, "und") || nf_tok_is(doc, ta - 1, "oder") ||
          nf_tok_is(doc, ta - 1, ",")))
        return false;
    for (size_t j = i; j-- > 0;) {
        const nf_mention *p = &doc->mentions[j];
        if (p->tb < ta - 1) break;
        if (p->tb == ta - 1 && p->kind == NF_MK_NAME && doc->entities[p->entity].type == type)
            return true;
    }
    return false;
}

/* The entity of `type` whose name is mentioned last before token k, at
 * most DESCRIBED_BACK sentences before and outside quote q's content; -1
 * when none is. */
static int32_t named_last(const nf_doc *doc, const nf_quote *q, size_t k, uint8_t type) {
    uint32_t s = doc->tok_sent[k];
    for (size_t i = nf_mention_first_at(doc, k); i-- > 0;) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb > k) continue;
        if (s - doc->tok_sent[m->ta] > DESCRIBED_BACK) break;
        if (m->kind == NF_MK_NAME && doc->entities[m->entity].type == type && !in_content(q, m->ta))
            return listed(doc, i, type) ? -1 : (int32_t)m->entity;
    }
    return -1;
}

/* True when a name mention of entity `ent` lies inside quote q's content
 * ("„Was Größeres als Demjanjuk kommt nicht nach!“"). */
static bool named_inside(const nf_doc *doc, const nf_quote *q, int32_t ent) {
    size_t a = q->spans[0].ta, b = q->spans[q->nspans - 1].tb;
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= b) break;
        if ((int32_t)m->entity == ent && m->kind == NF_MK_NAME && in_content(q, m->ta)) return true;
    }
    return false;
}

/* Unresolves the persons speaking whom their own words in quotation
 * marks name (an indirect quote's content may hold an apposition to its
 * speaker; an organisation's spokesperson names it: "„Der IWF
 * unterstützt Griechenland“, sagte ein IWF-Sprecher"): one who speaks of
 * someone by name is someone else ("Der Ermittler ... will einstellen:
 * „Was Größeres als Demjanjuk kommt nicht nach!“" is no Demjanjuk), unless
 * the speaker's phrase names the person itself.  The nominal or pronoun
 * mention the look-up made of the phrase goes with it. */
static void no_self_named_speakers(nf_doc *doc, nf_quote *out, size_t m) {
    for (size_t i = 0; i < m; i++) {
        nf_quote *q = &out[i];
        int32_t e = q->speaker_entity;
        nf_seg s = q->antecedent.tb > q->antecedent.ta ? q->antecedent : q->speaker;
        if (e < 0 || q->kind != NF_Q_DIRECT || doc->entities[e].type != NF_ENT_PERSON ||
            s.tb <= s.ta || !named_inside(doc, q, e))
            continue;
        bool named = false;
        size_t first = nf_mention_first_at(doc, s.ta), drop = doc->nmentions;
        for (size_t j = first; j < doc->nmentions && doc->mentions[j].ta < s.tb; j++) {
            const nf_mention *x = &doc->mentions[j];
            if ((int32_t)x->entity != e) continue;
            if (x->kind == NF_MK_NAME)
                named = true;
            else if (x->ta == s.ta && x->tb == s.tb)
                drop = j;
        }
        if (named) continue;
        q->speaker_entity = -1;
        if (drop < doc->nmentions) {
            /* (no index of the mentions by token exists yet: the events
             * stage, after this one, makes it) */
            memmove(&doc->mentions[drop], &doc->mentions[drop + 1],
                    (doc->nmentions - drop - 1) * sizeof *doc->mentions);
            doc->nmentions--;
        }
    }
}

/* Finds the document's quotes and fills doc->quotes. */
nf_status nf_stage_quotes(nf_doc *doc, nf_error *err) {
    doc->quotes = NULL;
    doc->nquotes = 0;
    if (!doc->pack || !doc->pack->full || doc->ntokens == 0 || doc->nsentences == 0) return NF_OK;
    qctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.lp = doc->pack;
    bool ok = qx_classify(&c) && qx_direct(&c) && qx_frames(&c) && qx_continuations(&c) &&
              qx_fragments(&c) && qx_relays(&c);
    if (!ok) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding quotes");
    size_t kept = 0;
    for (size_t i = 0; i < c.n; i++)
        if (!c.items[i].dropped && c.items[i].q.nspans > 0) kept++;
    if (kept == 0) return NF_OK;
    nf_quote *out = nf_arena_alloc(&doc->arena, kept * sizeof *out);
    if (!out) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding quotes");
    size_t m = 0;
    for (size_t i = 0; i < c.n; i++)
        if (!c.items[i].dropped && c.items[i].q.nspans > 0) out[m++] = c.items[i].q;
    qsort(out, m, sizeof *out, by_position);
    if (!nf_coref_office_subjects(doc))
        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory finding quotes");
    for (size_t i = 0; i < m; i++) {
        nf_seg s = out[i].antecedent.tb > out[i].antecedent.ta ? out[i].antecedent : out[i].speaker;
        /* a time after the phrase dates the statement, no part of whose it
         * is ("Angaben der Polizei vom Dienstag") */
        if (s.tb > s.ta + 2 && doc->claimed[s.tb - 1] == 1) {
            size_t e = s.tb;
            while (e > s.ta + 1 && doc->claimed[e - 1] == 1) e--;
            if (nf_tok_is(doc, e - 1, "vom") || nf_tok_is(doc, e - 1, "am") ||
                nf_tok_is(doc, e - 1, "von"))
                e--;
            if (e > s.ta + 1) s.tb = (uint32_t)e;
        }
        doc->said = (nf_seg){out[i].spans[0].ta, out[i].spans[out[i].nspans - 1].tb};
        out[i].speaker_entity = s.tb > s.ta ? nf_coref_resolve(doc, s.ta, s.tb) : -1;
        doc->said = (nf_seg){0, 0};
        /* the person named in apposition is the one described, and the
         * description's mention is that person's */
        int32_t appos = s.tb > s.ta ? apposition_person(doc, s) : -1;
        if (appos >= 0 && appos != out[i].speaker_entity) {
            for (size_t k = nf_mention_first_at(doc, s.ta);
                 k < doc->nmentions && doc->mentions[k].ta == s.ta; k++)
                if (doc->mentions[k].tb == s.tb && doc->mentions[k].kind == NF_MK_NOMINAL)
                    doc->mentions[k].entity = (uint32_t)appos;
            out[i].speaker_entity = appos;
        }
        if (out[i].speaker_entity < 0 && s.tb == s.ta + 1 &&
            (nf_tok_is(doc, s.ta, "demnach") || nf_tok_is(doc, s.ta, "demzufolge"))) {
            out[i].speaker_entity = source_just_quoted(doc, out, i);
            continue;
        }
        /* "Offiziell sagt die Regierung, ... Aber man betont auch, ...":
         * "man" saying something right after a body's words is that body
         * (not a person's: "man" is never one named before; nor "man"
         * that believes, which is anyone: "Bisher hatte man angenommen") */
        if (out[i].speaker_entity < 0 && s.tb == s.ta + 1 && nf_tok_is(doc, s.ta, "man")) {
            const nf_seg *cue = &out[i].cue[0];
            int32_t prev = cue->tb > cue->ta && c.vcls[cue->ta] != QV_THINK
                               ? source_just_quoted(doc, out, i)
                               : -1;
            if (prev >= 0 && doc->entities[prev].type != NF_ENT_PERSON)
                out[i].speaker_entity = prev;
            continue;
        }
        if (out[i].speaker_entity < 0 && s.tb > s.ta) {
            int32_t prev = speaker_before(doc, out, i);
            if (prev >= 0 && nf_coref_describes(doc, s.ta, s.tb, prev)) {
                out[i].speaker_entity = prev;
                continue;
            }
            /* or the person named last before it ("Auch Trainer Oscar
             * Garcia sah ... erklärte der Spanier"; not an organisation:
             * "der Konzern" after a product or a partner's name is too
             * often another) */
            int32_t named = named_last(doc, &out[i], s.ta, NF_ENT_PERSON);
            if (named >= 0 && named != prev && country_fits(doc, s, named) &&
                nf_coref_describes(doc, s.ta, s.tb, named))
                out[i].speaker_entity = named;
        }
    }
    no_self_named_speakers(doc, out, m);
    doc->quotes = out;
    doc->nquotes = m;
    return NF_OK;
}
