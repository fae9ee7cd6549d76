/* quotemarks.c - pairing quotation marks of every style („“ ‚‘ »« «» "" ''
 * “” ‹›) across sentences and paragraphs.
 *
 * Each mark is judged by what it is and where it stands: a mark followed by
 * a word and preceded by space can open; one preceded by a word or followed
 * by space or punctuation can close.  Openers wait on a stack together with
 * the marks that may close them, so German „…“, English “…”, French «…»
 * and German »…« all pair, nested quotes included.  A quote still open at
 * the end of a paragraph carries on when the next paragraph opens with the
 * same mark (the typesetting convention for quotes over several
 * paragraphs); otherwise it is dropped as unpaired. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "segment.h"

#define MAX_DEPTH 16

/* An opener waiting for its closer. */
typedef struct opener {
    uint32_t tok;
    int32_t mark;
    int32_t closers[3]; /* the marks that close it; 0 = unused */
} opener;

/* True when `c` closes `o`. */
static bool closes(const opener *o, int32_t c) {
    for (int i = 0; i < 3; i++)
        if (o->closers[i] == c) return true;
    return false;
}

/* True when mark `c` at token k closes `o`.  A right single quotation mark
 * doubles as the apostrophe ("Max’ Traum"), so it closes a German ‚ only
 * when no proper ‘ follows in the paragraph (`last_lsq`: the last ‘). */
static bool closes_at(const opener *o, int32_t c, size_t k, size_t last_lsq) {
    if (c == 0x2019 && o->mark == 0x201A && last_lsq != SIZE_MAX && last_lsq > k) return false;
    return closes(o, c);
}

/* The marks that close a quote opened by `c` (when `c` can open at all). */
static bool closers_for(int32_t c, int32_t out[3]) {
    out[0] = out[1] = out[2] = 0;
    switch (c) {
        case 0x201E: /* „ */
            out[0] = 0x201C, out[1] = 0x201D, out[2] = '"';
            return true;
        case 0x201A: /* ‚ */
            out[0] = 0x2018, out[1] = '\'', out[2] = 0x2019;
            return true;
        case 0x201C: /* “ */
            out[0] = 0x201D, out[1] = 0x201C;
            return true;
        case 0x201D: /* ” */
            out[0] = 0x201D;
            return true;
        case 0x2018: /* ‘ */
            out[0] = 0x2019, out[1] = 0x2018;
            return true;
        case 0x00BB: /* » */
            out[0] = 0x00AB;
            return true;
        case 0x00AB: /* « */
            out[0] = 0x00BB;
            return true;
        case 0x203A: /* › */
            out[0] = 0x2039;
            return true;
        case 0x2039: /* ‹ */
            out[0] = 0x203A;
            return true;
        case '"':
            out[0] = '"', out[1] = 0x201C, out[2] = 0x201D;
            return true;
        case '\'':
            out[0] = '\'';
            out[1] = 0x2019;
            return true;
        default:
            return false;
    }
}

/* True for punctuation after which an opening mark may stand: "(„", "–„". */
static bool opening_context(const nf_text *t, const nf_token *prev) {
    if (!prev) return true;
    int32_t c = t->cp[prev->a];
    return prev->kind == NF_TOK_PUNCT && (c == '(' || c == '[' || c == '/' || c == ':' ||
                                          t->cls[prev->a] == NF_C_DASH || c == '-');
}

/* True for a token after which a closing mark may stand directly. */
static bool closing_follow(const nf_text *t, const nf_token *next) {
    if (!next || (next->flags & NF_TF_SPACE_BEFORE)) return true;
    if (next->kind == NF_TOK_QUOTE) return true;
    int32_t c = t->cp[next->a];
    return next->kind == NF_TOK_PUNCT && c != '(' && c != '[';
}

/* Appends a region; false when memory runs out. */
static bool push_region(nf_doc *doc, size_t *cap, uint32_t open, uint32_t close, uint32_t depth) {
    if (doc->nqregions == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        nf_qregion *v = nf_arena_alloc(&doc->arena, ncap * sizeof *v);
        if (!v) return false;
        if (doc->nqregions) memcpy(v, doc->qregions, doc->nqregions * sizeof *v);
        doc->qregions = v;
        *cap = ncap;
    }
    doc->qregions[doc->nqregions++] = (nf_qregion){open, close, depth};
    return true;
}

/* Orders regions by their opening mark. */
static int by_open(const void *a, const void *b) {
    const nf_qregion *x = a, *y = b;
    return (x->open > y->open) - (x->open < y->open);
}

/* Pairs the document's quotation marks, paragraph by paragraph. */
nf_status nf_pair_quotes(nf_doc *doc, nf_error *err) {
    const nf_text *t = &doc->text;
    nf_token *tk = doc->tokens;
    opener stack[MAX_DEPTH];
    size_t depth = 0, cap = 0;
    for (size_t p = 0; p < doc->nparagraphs; p++) {
        size_t ta = doc->paragraphs[p].ta, tb = doc->paragraphs[p].tb;
        if (depth > 0) {
            /* An open quote continues only if this paragraph reopens it. */
            bool cont = tk[ta].kind == NF_TOK_QUOTE && t->cp[tk[ta].a] == stack[0].mark;
            if (cont) {
                tk[ta].flags |= NF_TF_QCONT;
                ta++;
                depth = 1; /* inner quotes never run over a paragraph */
            } else {
                depth = 0;
            }
        }
        size_t last_lsq = SIZE_MAX;
        for (size_t k = ta; k < tb; k++)
            if (tk[k].kind == NF_TOK_QUOTE && t->cp[tk[k].a] == 0x2018) last_lsq = k;
        for (size_t k = ta; k < tb; k++) {
            if (tk[k].kind != NF_TOK_QUOTE) continue;
            int32_t c = t->cp[tk[k].a];
            const nf_token *prev = k > doc->paragraphs[p].ta ? &tk[k - 1] : NULL;
            const nf_token *next = k + 1 < tb ? &tk[k + 1] : NULL;
            bool space_before = !prev || (tk[k].flags & NF_TF_SPACE_BEFORE);
            bool can_open = next && !(next->flags & NF_TF_SPACE_BEFORE) &&
                            next->kind != NF_TOK_QUOTE &&
                            (space_before || opening_context(t, prev));
            bool can_close = (!space_before || closing_follow(t, next)) && prev;
            /* Try to close the innermost quote this mark closes. */
            if (can_close) {
                size_t d = depth;
                while (d > 0 && !closes_at(&stack[d - 1], c, k, last_lsq)) d--;
                /* A mark that could open and closes only an outer quote
                 * opens a nested one instead. */
                if (d > 0 && !(can_open && d < depth && space_before)) {
                    if (!push_region(doc, &cap, stack[d - 1].tok, (uint32_t)k, (uint32_t)(d - 1)))
                        return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory");
                    tk[stack[d - 1].tok].flags |= NF_TF_QOPEN;
                    tk[k].flags |= NF_TF_QCLOSE;
                    depth = d - 1;
                    continue;
                }
            }
            opener o;
            if (can_open && depth < MAX_DEPTH && closers_for(c, o.closers)) {
                o.tok = (uint32_t)k;
                o.mark = c;
                stack[depth++] = o;
            }
        }
    }
    /* Openers still waiting at the end stay unpaired. */
    if (doc->nqregions > 1) qsort(doc->qregions, doc->nqregions, sizeof *doc->qregions, by_open);
    return NF_OK;
}
