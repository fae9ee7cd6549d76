/* sources.c - the outlets an article credits: a news organisation named
 * next to a crediting word in the same sentence ("berichtet TASS", "laut
 * Reuters", "wie die Nachrichtenagentur Interfax meldete", "nach einer
 * Meldung des Belgrader Staatsfernsehens"), in the dateline ("Moskau
 * (dpa) –") or in the credit line that closes an article ("(APA,
 * 11.9.2015)").  Each outlet is credited once; a parenthesis that only says
 * an outlet reported before ("(Wikinews berichtete)") credits none. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "error.h"
#include "stages.h"
#include "tokens.h"

#define CUE_WINDOW 6 /* tokens between an outlet and its crediting word */

/* See entities.h. */
bool nf_outlet_word(const nf_doc *doc, const char *low, size_t n) {
    return nf_lexicon_find_ending(&doc->pack->media_nouns, low, n, 1, 4) != NULL;
}

/* See entities.h. */
bool nf_news_outlet(const nf_doc *doc, const nf_entity *e) {
    if (e->type != NF_ENT_ORG) return false;
    if (e->role && strcmp(e->role, "media") == 0) return true;
    const char *sector = e->role ? nf_role_sector(e->role, strlen(e->role)) : NULL;
    if (sector && strcmp(sector, "MED") == 0) return true;
    if (!e->name) return false;
    const char *sp = strrchr(e->name, ' ');
    const char *last = sp ? sp + 1 : e->name;
    char low[64];
    size_t n = 0;
    for (; last[n] && n + 1 < sizeof low; n++)
        low[n] = (char)(last[n] >= 'A' && last[n] <= 'Z' ? last[n] + 32 : last[n]);
    low[n] = '\0';
    return nf_outlet_word(doc, low, n);
}

/* See entities.h. */
bool nf_outlet_noun_at(const nf_doc *doc, size_t k) {
    return k < doc->ntokens && (doc->tokens[k].flags & NF_TF_CAP) &&
           nf_outlet_word(doc, nf_tokl(doc, k), doc->tok_llen[k]);
}

/* Records a source once per entity; false when memory runs out. */
static bool credit(nf_doc *doc, int32_t entity, size_t ca, size_t cb) {
    for (size_t i = 0; i < doc->nsources; i++)
        if (doc->sources[i].entity == entity) return true;
    if (doc->nsources == doc->sources_cap) {
        size_t cap = doc->sources_cap ? doc->sources_cap * 2 : 4;
        nf_source *v = nf_arena_alloc(&doc->arena, cap * sizeof *v);
        if (!v) return false;
        if (doc->nsources) memcpy(v, doc->sources, doc->nsources * sizeof *v);
        doc->sources = v;
        doc->sources_cap = cap;
    }
    doc->sources[doc->nsources++] = (nf_source){entity, {(uint32_t)ca, (uint32_t)cb}};
    return true;
}

/* The crediting word nearest to tokens [ta, tb) within the sentence
 * [sa, sb) ("Berufung" only before them), or SIZE_MAX. */
static size_t cue_near(const nf_doc *doc, size_t ta, size_t tb, size_t sa, size_t sb) {
    size_t best = SIZE_MAX, best_dist = SIZE_MAX;
    size_t lo = ta > sa + CUE_WINDOW ? ta - CUE_WINDOW : sa;
    size_t hi = tb + CUE_WINDOW < sb ? tb + CUE_WINDOW : sb;
    size_t citing = SIZE_MAX;
    for (size_t k = lo; k < hi; k++) {
        if (k >= ta && k < tb) continue;
        if (!nf_tok_find(doc, k, &doc->pack->source_cues)) continue;
        /* ("unter Berufung auf" after the outlet names the outlet's own
         * source: "berichtete Reuters unter Berufung auf Insider" credits
         * Reuters by its verb) */
        if (k >= tb && nf_tok_is(doc, k, "berufung")) {
            if (citing == SIZE_MAX) citing = k;
            continue;
        }
        size_t dist = k < ta ? ta - k : k - tb;
        if (dist < best_dist) best = k, best_dist = dist;
    }
    if (best != SIZE_MAX || citing == SIZE_MAX) return best;
    /* (the verb after the sources it cites, further on: "Wie die Financial
     * Times am Freitag unter Berufung auf mit den Plänen vertraute Banker
     * berichtete"; else the citing itself) */
    for (size_t k = citing + 1; k < sb && !nf_tok_is(doc, k, ","); k++)
        if ((doc->tokens[k].flags & NF_TF_LOWER) && nf_tok_find(doc, k, &doc->pack->source_cues))
            return k;
    return citing;
}

/* True when the outlet at tokens [ta, tb) and its crediting word at token
 * `cue` fill a parenthesis alone: "(Wikinews berichtete)", "(der STANDARD
 * berichtete)" - a reference to the outlet's earlier report (a link in the
 * original), not the source of this one. */
static bool back_reference(const nf_doc *doc, size_t ta, size_t tb, size_t cue) {
    if (cue < tb || cue + 1 >= doc->ntokens) return false;
    size_t open = ta;
    if (open > 0 && doc->tokens[open - 1].kind == NF_TOK_WORD &&
        (doc->tokens[open - 1].flags & NF_TF_LOWER))
        open--; /* an article: "(der STANDARD berichtete)" */
    return open > 0 && cue == tb && nf_tok_is(doc, open - 1, "(") && nf_tok_is(doc, cue + 1, ")");
}

/* True when the outlet at token `ta` stands after the crediting word at
 * `cue` past a comma: in what is reported ("Die Gruppe Turkey Blocks
 * berichtet, dass Wikipedia blockiert wird"), not who reports it; a list
 * of the reporters goes on ("berichteten mehrere Medien, darunter die
 * Turiner Zeitung Tuttosport"). */
static bool in_content(const nf_doc *doc, size_t cue, size_t ta) {
    static const char *const listing[] = {"darunter", "etwa", "insbesondere", "namentlich", "vor",
                                          "zum",      NULL};
    for (size_t k = cue + 1; k < ta; k++)
        if (nf_tok_is(doc, k, ",") && !nf_tok_in(doc, k + 1, listing)) return true;
    return false;
}

/* Whether entity e is a news outlet, asked once: `outlet` holds 0 (no), 1
 * (yes) or 2 (not asked yet) per entity. */
static bool is_outlet(const nf_doc *doc, uint8_t *outlet, uint32_t e) {
    if (outlet[e] == 2) outlet[e] = nf_news_outlet(doc, &doc->entities[e]);
    return outlet[e] == 1;
}

/* True when token k is an editor's initials in a credit line: a word of
 * two to four lower-case letters ("red", "sid", "jdo", "kub"). */
static bool initials(const nf_doc *doc, size_t k) {
    const char *w = nf_tok(doc, k);
    size_t n = doc->tok_len[k];
    if (doc->tokens[k].kind != NF_TOK_WORD || n < 2 || n > 4) return false;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z') return false;
    return true;
}

/* True when the outlet's mention [ta, tb) stands in a credit line: a
 * parenthesis that opens a sentence and holds nothing but outlets' names,
 * the editors' initials ("red", "sid"), separators and a date ("(APA,
 * 11.9.2015)", "(APA/dpa, 23.8.2015)", "(APA, red, 25.7.2015)", "(APA/red
 * – 8.8. 2015)"), as the end of an article credits its agencies; inside a
 * sentence only with its date, at the text's end ("(APA)") or at its
 * start, alone or after its place ("(AFP) Die Lage", "Paris (AFP) Die
 * Lage").  Fills in `outlet` (is_outlet) for the names it reads. */
static bool credit_line(const nf_doc *doc, size_t ta, size_t tb, uint8_t *outlet) {
    size_t open = ta;
    while (open > 0 && ta - open < 8 && !nf_tok_is(doc, open - 1, "(")) open--;
    if (open == 0 || !nf_tok_is(doc, open - 1, "(")) return false;
    open--;
    uint32_t s = doc->tok_sent[open];
    if (s >= doc->nsentences) return false;
    /* (inside a sentence only with a date: "... zu erwarten (APA,
     * 29.4.2016)", where the period was left out) */
    bool opens = doc->sentences[s].ta == open, dated = false;
    /* (opening the text, alone or after its place, a dateline without
     * its dash: "(AFP) Die Lage ...", "Paris (AFP) Die Lage ...") */
    bool text_start = open == 0 || (open == 1 && doc->tokens[0].kind == NF_TOK_WORD &&
                                    (doc->tokens[0].flags & NF_TF_CAP));
    size_t m = nf_mention_first_at(doc, open + 1);
    for (size_t k = open + 1; k < doc->ntokens && k < open + 14; k++) {
        /* (or closing the text: "... Geld einbringen. (APA)") */
        if (nf_tok_is(doc, k, ")"))
            return (k > tb && (opens || dated)) ||
                   (k >= tb && (k + 1 == doc->ntokens || text_start));
        int kind = doc->tokens[k].kind;
        if (kind == NF_TOK_DATE || kind == NF_TOK_NUMBER || kind == NF_TOK_ORDINAL) {
            dated = true; /* "11.9.2015", "30. 9. 2015" */
            continue;
        }
        if (nf_tok_is(doc, k, "/") || nf_tok_is(doc, k, ",") || nf_tok_is(doc, k, ";") ||
            nf_tok_is(doc, k, ".") || nf_tok_is(doc, k, "–") || nf_tok_is(doc, k, "-") ||
            initials(doc, k))
            continue;
        /* an outlet's name mention starting here */
        while (m < doc->nmentions && doc->mentions[m].ta < k) m++;
        uint32_t e =
            m < doc->nmentions && doc->mentions[m].ta == k && doc->mentions[m].kind == NF_MK_NAME
                ? doc->mentions[m].entity
                : UINT32_MAX;
        if (e != UINT32_MAX && is_outlet(doc, outlet, e)) {
            k = doc->mentions[m].tb - 1;
            continue;
        }
        return false;
    }
    return false;
}

/* True when a copyright sign or the word "Copyright" stands within the
 * four tokens before token ta in its sentence: the outlet owns the text
 * ("© dpa-infocom, dpa:250312-...", "© Reuters 2025", "Copyright: AFP"). */
static bool copyright(const nf_doc *doc, size_t ta) {
    size_t sa = doc->sentences[doc->tok_sent[ta]].ta;
    for (size_t k = ta; k > sa && ta - k < 4;) {
        k--;
        if (nf_tok_is(doc, k, "\xc2\xa9") || nf_tok_is(doc, k, "copyright")) return true;
    }
    return false;
}

/* True when a source is credited with the crediting word at token k. */
static bool cue_taken(const nf_doc *doc, size_t k) {
    for (size_t i = 0; i < doc->nsources; i++)
        if (doc->sources[i].cue.ta == k && doc->sources[i].cue.tb == k + 1) return true;
    return false;
}

/* The stage: outlets by the mentions of their names, then by descriptions
 * resolved to them ("Der israelische Fernsehsender „Channel 10“
 * berichtete", "meldete die japanische Nachrichtenagentur") where no named
 * outlet has the crediting word already ("Der US-Sender NBC berichtete":
 * NBC); the dateline's agency among the names. */
nf_status nf_stage_sources(nf_doc *doc, nf_error *err) {
    /* whether each entity is an outlet (is_outlet) */
    uint8_t *outlet = nf_arena_alloc(&doc->arena, doc->nentities + 1);
    if (!outlet) goto oom;
    memset(outlet, 2, doc->nentities + 1);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < doc->nmentions; i++) {
            const nf_mention *m = &doc->mentions[i];
            if (m->kind != (pass == 0 ? NF_MK_NAME : NF_MK_NOMINAL)) continue;
            if (!is_outlet(doc, outlet, m->entity)) continue;
            if (doc->has_dateline && m->tb <= doc->dateline.tb) {
                if (pass == 0 && !credit(doc, (int32_t)m->entity, 0, 0)) goto oom;
                continue;
            }
            if (pass == 0 && (credit_line(doc, m->ta, m->tb, outlet) || copyright(doc, m->ta))) {
                if (!credit(doc, (int32_t)m->entity, 0, 0)) goto oom;
                continue;
            }
            uint32_t s = doc->tok_sent[m->ta];
            if (s >= doc->nsentences) continue;
            size_t cue = cue_near(doc, m->ta, m->tb, doc->sentences[s].ta, doc->sentences[s].tb);
            if (cue == SIZE_MAX || (pass == 1 && cue_taken(doc, cue)) ||
                back_reference(doc, m->ta, m->tb, cue) || in_content(doc, cue, m->ta))
                continue;
            /* "Material" credits only as the credit line that opens with it
             * ("Mit Material von dpa und AFP"), not material worked with
             * ("arbeitet mit Material von ARD und ZDF") */
            size_t sa = doc->sentences[s].ta;
            if (nf_tok_is(doc, cue, "material") && !(cue == sa + 1 && nf_tok_is(doc, sa, "mit")))
                continue;
            if (!credit(doc, (int32_t)m->entity, cue, cue + 1)) goto oom;
        }
    return NF_OK;
oom:
    return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory crediting sources");
}
