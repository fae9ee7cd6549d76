/* quote_relay.c - quotations passed on by a second source.
 *
 * "Die Zeitung zitiert den Minister mit den Worten: „…“" and "Der Minister
 * wird von der Zeitung mit den Worten zitiert: „…“" attribute the same
 * words twice: the minister said them, the paper says he did.  A reader
 * who asks "what did the paper report?" and one who asks "what did the
 * minister say?" both expect this quote, so the stage lists it once for
 * each party (the convention of the GNQA annotations as well).  The frame
 * pass has already found one party as the speaker; this pass finds the
 * other in the same clause and adds the copy.  Only the verb "zitieren"
 * makes a relay: after "laut X" or "wie X berichtet" X is the only source
 * the text names. */
#include "entities.h"
#include "quotes.h"

/* Short local name for qx_is. */
static bool is(const qctx *c, size_t k, const char *w) {
    return qx_is(c, k, w);
}

/* True for a form of "zitieren" that can head a frame. */
static bool cites(const qctx *c, size_t k) {
    return is(c, k, "zitiert") || is(c, k, "zitierte") || is(c, k, "zitieren") ||
           is(c, k, "zitierten");
}

/* True when a form of "werden" lies in [a, b) outside quotation marks:
 * the frame is passive ("wird von der Zeitung zitiert"; not "zitiert den
 * Minister mit den Worten „Wir werden siegen“"). */
static bool passive(const qctx *c, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (c->region[j] < 0 && qx_werden_form(c, j)) return true;
    return false;
}

/* True when [a, b) and speaker `s` share a token. */
static bool overlaps(nf_seg s, size_t a, size_t b) {
    return s.tb > s.ta && a < s.tb && s.ta < b;
}

/* True when the noun phrase [a, b) names a party that can be quoted, not
 * a saying that is cited ("zitiert eine alte Seglerweisheit", "ein
 * Sprichwort", "das Motto"): its head, the first capitalised word, is no
 * abstract noun ("-heit") nor a noun of sayings, as a compound's end. */
static bool names_party(const qctx *c, size_t a, size_t b) {
    static const char *const sayings[] = {"sprichwort", "spruch",   "motto", "redewendung",
                                          "zitat",      "weisheit", NULL};
    for (size_t k = a; k < b && k < a + 4; k++) {
        if (!qx_cap(c, k)) continue;
        return !nf_abstract_noun(c->doc, k) && !nf_tokl_ends_in(c->doc, k, sayings, 0);
    }
    return true;
}

/* The party of the clause [cs, ce) around the cue at v that is not
 * `speaker`: in a passive the agent or the medium ("von der Zeitung", "in
 * einer Presseerklärung"), in the active voice the other noun phrase
 * ("zitiert den Prediger").  Returns an empty segment when the clause
 * names no second party. */
static nf_seg other_party(const qctx *c, size_t v, size_t cs, size_t ce, nf_seg speaker) {
    nf_seg none = {0, 0};
    if (passive(c, cs, ce)) {
        for (size_t j = cs; j < ce; j++) {
            if (j == v || overlaps(speaker, j, j + 1)) continue;
            if (!(is(c, j, "von") || is(c, j, "vom") || is(c, j, "in") || is(c, j, "im"))) continue;
            size_t e = qx_np_fwd(c, j + 1, ce);
            if (e > j + 1 && !overlaps(speaker, j + 1, e) && qx_cap(c, j + 1 + (e > j + 2)))
                return (nf_seg){(uint32_t)j + 1, (uint32_t)e};
        }
        return none;
    }
    /* Active: the first noun phrase after the verb that is not the
     * speaker ("zitiert dazu Néstor Kirchner", "zitiert die „Computerwoche“
     * Lynch"), else one before it ("Den Minister zitiert die Zeitung"). */
    for (size_t j = qx_skip_adverbials(c, v + 1, ce); j < ce;) {
        if (overlaps(speaker, j, j + 1)) {
            j = speaker.tb;
            continue;
        }
        if (c->wcls[j] & QW_PREP) break; /* "mit den Worten", "in einem Bericht" */
        size_t e = qx_np_fwd(c, j, ce);
        if (e > j && !(c->wcls[j] & QW_PRON && c->wcls[j] & QW_DET))
            return names_party(c, j, e) ? (nf_seg){(uint32_t)j, (uint32_t)e} : none;
        j++;
    }
    return none;
}

/* Adds a copy of every quote framed by "zitieren" that names two parties,
 * with the second party as its speaker.  Returns false when memory runs
 * out. */
bool qx_relays(qctx *c) {
    const nf_doc *doc = c->doc;
    size_t n = c->n;
    for (size_t i = 0; i < n; i++) {
        const qitem *it = &c->items[i];
        if (it->dropped || it->q.nspans == 0 || it->q.cue[0].tb <= it->q.cue[0].ta) continue;
        size_t v = it->q.cue[0].ta;
        if (!cites(c, v) || it->q.speaker.tb <= it->q.speaker.ta) continue;
        nf_seg s = doc->sentences[doc->tok_sent[v]];
        size_t cs = qx_clause_start(c, v, s.ta), ce = qx_clause_end(c, v + 1, s.tb);
        nf_seg other = other_party(c, v, cs, ce, it->q.speaker);
        if (other.tb <= other.ta) continue;
        qitem *copy = qx_add(c, it->q.kind, it->origin);
        if (!copy) return false;
        it = &c->items[i]; /* qx_add may have moved the array */
        *copy = *it;
        copy->q.speaker = other;
        copy->q.speaker_entity = -1;
    }
    return true;
}
