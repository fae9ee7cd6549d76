/* quote_words.c - the quotation stage's view of words: function-word
 * classes, speech verbs with their particles, subjunctive forms, clauses,
 * noun phrases and the speaker of a speech verb.
 *
 * Every token is looked up at most once per list, and only when the pack's
 * token index says it is in that list (NF_TM_SPEECH, NF_TM_KONJ,
 * NF_TM_QWORD).  Clause and phrase scans stop at fixed lengths. */
#include <string.h>

#include "quotes.h"

/* Longest clause or phrase the scans look at, in tokens. */
#define CLAUSE_MAX 60
#define VORFELD_MAX 16

/* Reads the letters of a quote-words entry into QW_* bits. */
static uint16_t word_classes(const char *v) {
    uint16_t m = 0;
    for (size_t i = 0; v[i] && i < 16; i++) {
        switch (v[i]) {
            case 'd': m |= QW_DET; break;
            case 'p': m |= QW_PRON; break;
            case 'r': m |= QW_PREP; break;
            case 's': m |= QW_SUBJ; break;
            case 'w': m |= QW_WH; break;
            case 'c': m |= QW_CONJ; break;
            case 'a': m |= QW_ADV; break;
            case 'x': m |= QW_AUX; break;
            case 'n': m |= QW_ANA; break;
            case 'l': m |= QW_REL; break;
            default: break;
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
    return QM_NONE;
}

/* True when token k starts its sentence. */
static bool sentence_initial(const nf_doc *doc, size_t k) {
    return doc->sentences[doc->tok_sent[k]].ta == k;
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
    c->region = nf_arena_alloc(ar, (n + 1) * sizeof *c->region);
    c->covered = nf_arena_calloc(ar, doc->nsentences + 1, 1);
    c->rstate = nf_arena_calloc(ar, doc->nqregions + 1, 1);
    if (!c->wcls || !c->vcls || !c->mk || !c->konj || !c->used || !c->region || !c->covered ||
        !c->rstate)
        return false;
    const nf_langpack *lp = c->lp;
    for (size_t k = 0; k < n; k++) {
        c->region[k] = -1;
        unsigned m = doc->tok_mask[k] & (NF_TM_SPEECH | NF_TM_KONJ | NF_TM_QWORD);
        if (!m) continue;
        const char *l = nf_tokl(doc, k);
        size_t len = strlen(l);
        const nf_lex_entry *e;
        if ((m & NF_TM_QWORD) && (e = nf_lexicon_find(&lp->quote_words, l, len)) != NULL)
            c->wcls[k] = word_classes(nf_lex_val(&lp->quote_words, e));
        bool lower = !(doc->tokens[k].flags & NF_TF_CAP);
        if (m & NF_TM_SPEECH) {
            /* Verbs are written in lower case except at a sentence start
             * ("Das Sagen" is a noun). */
            if ((lower || sentence_initial(doc, k)) &&
                (e = nf_lexicon_find(&lp->speech_verbs, l, len)) != NULL) {
                char cls = nf_lex_val(&lp->speech_verbs, e)[0];
                c->vcls[k] = cls == 'S' ? QV_SAY : cls == 'R' ? QV_ACT : cls == 'T' ? QV_THINK : 0;
            }
            if ((e = nf_lexicon_find(&lp->speech_markers, l, len)) != NULL)
                c->mk[k] = marker_kind(nf_lex_val(&lp->speech_markers, e));
        }
        if ((m & NF_TM_KONJ) && lower && (e = nf_lexicon_find(&lp->konjunktiv, l, len)) != NULL)
            c->konj[k] = (uint8_t)(e->num == 2 ? 2 : 1);
    }
    c->region[n] = -1;
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

/* True when region `ri` is short and has no punctuation inside: a name,
 * a title or a scare quote that a clause runs through. */
static bool short_region(const qctx *c, int32_t ri) {
    if (ri < 0) return false;
    const nf_qregion *r = &c->doc->qregions[ri];
    if (r->close - r->open > 6) return false;
    for (uint32_t k = r->open + 1; k < r->close; k++)
        if (c->doc->tokens[k].kind == NF_TOK_PUNCT || c->doc->tokens[k].kind == NF_TOK_QUOTE)
            return false;
    return true;
}

/* Clause-ending punctuation and quotation marks (not those of short
 * regions: „Reuters“ berichtete, ...). */
bool qx_boundary(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (k >= doc->ntokens) return true;
    const nf_token *t = &doc->tokens[k];
    if (t->kind == NF_TOK_QUOTE) return !short_region(c, c->region[k]);
    if (t->kind != NF_TOK_PUNCT) return false;
    int32_t ch = doc->text.cp[t->a];
    return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' ||
           ch == '!' || ch == '?' || ch == '[' || ch == ']' || doc->text.cls[t->a] == NF_C_DASH ||
           (ch == '-' && (t->flags & NF_TF_SPACE_BEFORE));
}

/* A region that names something rather than quotes it: right after a
 * noun ("die Zeitung „Die Welt“", "Operation „Cast Lead“"), or every word
 * capitalised ("„Neue Rechte“"). */
bool qx_name_like(const qctx *c, size_t ri) {
    const nf_doc *doc = c->doc;
    const nf_qregion *r = &doc->qregions[ri];
    size_t o = r->open;
    if (o > 0 && qx_cap(c, o - 1) && qx_cap(c, o + 1) && doc->sentences[doc->tok_sent[o]].ta != o - 1 &&
        !(c->wcls[o - 1] & (QW_DET | QW_PRON)) && !c->vcls[o - 1])
        return true;
    size_t words = 0, caps = 0;
    for (uint32_t k = r->open + 1; k < r->close; k++) {
        int kind = doc->tokens[k].kind;
        if (kind == NF_TOK_WORD || kind == NF_TOK_ABBREV) {
            words++;
            caps += (doc->tokens[k].flags & NF_TF_CAP) != 0;
        } else if (kind == NF_TOK_NUMBER) {
            words++, caps++;
        } else if (kind == NF_TOK_PUNCT) {
            return false;
        }
    }
    if (words >= 2 && caps == words) return true;
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

/* A lower-case word that may be an adjective or participle inside a noun
 * phrase ("russische", "zuständigen", "vorbereitetes"). */
static bool adjective(const qctx *c, size_t k) {
    const nf_doc *doc = c->doc;
    if (!qx_word(c, k) || (doc->tokens[k].flags & NF_TF_CAP)) return false;
    if ((c->wcls[k] & ~QW_DET) || c->vcls[k] || c->konj[k] || c->mk[k]) return false;
    const char *l = nf_tokl(doc, k);
    size_t n = strlen(l);
    if (n < 3) return false;
    char z = l[n - 1], y = l[n - 2];
    return z == 'e' || (y == 'e' && (z == 'n' || z == 'r' || z == 's' || z == 'm'));
}

/* True when the lower-cased token k is `w`. */
static bool is(const qctx *c, size_t k, const char *w) {
    return k < c->doc->ntokens && strcmp(nf_tokl(c->doc, k), w) == 0;
}

/* A short quotation region at token k used as a name („Reuters“): returns
 * the token after its closing mark, or k. */
static size_t quoted_name(const qctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    if (k >= end || !(doc->tokens[k].flags & NF_TF_QOPEN) || c->region[k] < 0) return k;
    const nf_qregion *r = &doc->qregions[c->region[k]];
    if (r->open != k || r->close >= end || !short_region(c, c->region[k])) return k;
    return qx_cap(c, k + 1) ? r->close + 1 : k;
}

/* Noun phrase forward, with at most `depth` nested attachments. */
static size_t np_fwd_depth(const qctx *c, size_t k, size_t end, int depth) {
    size_t i = k;
    if (i >= end) return k;
    uint16_t w = c->wcls[i];
    if ((w & QW_PRON) && !((w & QW_DET) && qx_cap(c, i + 1))) return i + 1;
    if (w & QW_DET) {
        i++;
        /* "die in New York geborene Sängerin": a phrase before the adjective. */
        if (i < end && (c->wcls[i] & QW_PREP)) {
            for (size_t j = i + 1; j < end && j < i + 7; j++) {
                if (adjective(c, j) && qx_cap(c, j + 1)) {
                    i = j;
                    break;
                }
                if (qx_boundary(c, j) || c->vcls[j]) break;
            }
        }
    }
    for (int a = 0; a < 5 && i < end; a++) {
        if (adjective(c, i) || c->doc->tokens[i].kind == NF_TOK_NUMBER ||
            c->doc->tokens[i].kind == NF_TOK_ORDINAL)
            i++;
        else
            break;
    }
    size_t head = i;
    for (int m = 0; m < 6 && i < end; m++) {
        size_t q = quoted_name(c, i, end);
        if (q > i) {
            i = q;
        } else if (qx_cap(c, i) && !c->vcls[i] && !c->mk[i] &&
                   !(c->wcls[i] & (QW_PREP | QW_SUBJ | QW_CONJ | QW_AUX))) {
            i++;
        } else {
            break;
        }
    }
    if (i == head) return k;
    if (depth > 0 && i < end) {
        if (is(c, i, "des") || is(c, i, "der") || is(c, i, "eines") || is(c, i, "einer")) {
            size_t j = np_fwd_depth(c, i, end, depth - 1);
            if (j > i + 1) i = j;
        } else if (is(c, i, "von") || is(c, i, "vom")) {
            size_t j = np_fwd_depth(c, i + 1, end, depth - 1);
            if (j > i + 1) i = j;
        }
    }
    return i;
}

/* Noun phrase forward from k. */
size_t qx_np_fwd(const qctx *c, size_t k, size_t end) {
    return np_fwd_depth(c, k, end, 2);
}

/* Noun phrase backward from k. */
size_t qx_np_bwd(const qctx *c, size_t k, size_t start) {
    const nf_doc *doc = c->doc;
    size_t i = k;
    bool head = false;
    for (int n = 0; n < 14 && i > start; n++) {
        size_t t = i - 1;
        int kind = doc->tokens[t].kind;
        if ((doc->tokens[t].flags & NF_TF_QCLOSE) && c->region[t] >= 0) {
            const nf_qregion *r = &doc->qregions[c->region[t]];
            if (r->close != t || r->open < start || !short_region(c, c->region[t])) break;
            i = r->open;
            head = true;
        } else if (qx_cap(c, t) && !c->vcls[t] && !(c->wcls[t] & (QW_PREP | QW_SUBJ | QW_AUX)) &&
                   !c->mk[t]) {
            i = t;
            head = true;
        } else if (kind == NF_TOK_NUMBER) {
            i = t;
        } else if ((c->wcls[t] & QW_DET) && !(c->wcls[t] & QW_PRON)) {
            i = t;
        } else if (adjective(c, t) &&
                   (t == start || qx_boundary(c, t - 1) || (c->wcls[t - 1] & (QW_DET | QW_PREP)) ||
                    adjective(c, t - 1))) {
            i = t;
        } else if (head && (is(c, t, "von") || is(c, t, "vom"))) {
            i = t;
        } else {
            break;
        }
    }
    while (i < k && (is(c, i, "von") || is(c, i, "vom"))) i++;
    return head ? i : k;
}

/* Adverbs, time expressions ("am Montag") and auxiliaries. */
size_t qx_skip_adverbials(const qctx *c, size_t k, size_t end) {
    const nf_doc *doc = c->doc;
    size_t i = k;
    for (int n = 0; n < 6 && i < end; n++) {
        uint16_t w = c->wcls[i];
        if (doc->claimed[i] == 1) {
            i++;
        } else if ((w & QW_ADV) && !(w & (QW_PRON | QW_DET))) {
            i++;
        } else if ((w & QW_PREP) && i + 1 < end && doc->claimed[i + 1] == 1) {
            i += 2;
        } else if ((w & QW_AUX) && !(w & (QW_PRON | QW_DET))) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

/* True when `w` is one of the "|"-separated particles in `list`. */
static bool particle_in(const char *list, const char *w) {
    size_t n = strlen(w);
    for (const char *p = list; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && strncmp(p, w, n) == 0) return true;
        if (!bar) break;
        p = bar + 1;
    }
    return false;
}

/* Finds the separable particle of the verb at v. */
bool qx_verb_cue(const qctx *c, size_t v, size_t sb, uint32_t *part) {
    const nf_doc *doc = c->doc;
    *part = QX_NONE;
    if (!c->vcls[v]) return false;
    const char *l = nf_tokl(doc, v);
    const nf_lex_entry *e = nf_lexicon_find(&c->lp->speech_verbs, l, strlen(l));
    if (!e) return false;
    const char *val = nf_lex_val(&c->lp->speech_verbs, e);
    const char *tab = strchr(val, '\t');
    if (!tab || !tab[1]) return true;
    /* "es gab", "gibt es": there was, not a statement. */
    if ((v > 0 && is(c, v - 1, "es")) || is(c, v + 1, "es")) return false;
    bool optional = tab[1] == '~';
    const char *list = tab + (optional ? 2 : 1);
    if (v > 0 && qx_word(c, v - 1) && particle_in(list, nf_tokl(doc, v - 1))) {
        *part = (uint32_t)(v - 1); /* "bekannt gegeben" */
        return true;
    }
    size_t ce = qx_clause_end(c, v + 1, sb);
    for (size_t j = v + 1; j < ce; j++) {
        if (!qx_word(c, j) || !particle_in(list, nf_tokl(doc, j))) continue;
        /* A particle closes its clause; "von" and "vor" govern a phrase. */
        if (j + 1 == ce || is(c, j, "von") || is(c, j, "vor")) {
            *part = (uint32_t)j;
            return true;
        }
    }
    return optional;
}

/* The subject at the start of sentence [sa, v): a pronoun or a noun
 * phrase that does not start with a preposition or an adverb. */
static nf_seg sentence_subject(const qctx *c, size_t sa, size_t v) {
    nf_seg none = {0, 0};
    if (sa >= v || (c->wcls[sa] & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH | QW_CONJ)) || c->mk[sa])
        return none;
    size_t e = qx_np_fwd(c, sa, v);
    return e > sa ? (nf_seg){(uint32_t)sa, (uint32_t)e} : none;
}

/* The speaker of the speech verb at v. */
nf_seg qx_speaker_of(const qctx *c, size_t v, size_t sa, size_t sb) {
    nf_seg none = {0, 0};
    size_t cs = qx_clause_start(c, v, sa);
    if (v - cs > VORFELD_MAX) cs = v - VORFELD_MAX;
    /* The finite verb: an auxiliary before a clause-final participle. */
    size_t fin = v;
    for (size_t j = cs + 1; j < v; j++) {
        if ((c->wcls[j] & QW_AUX) && !(c->wcls[j] & (QW_DET | QW_PRON))) {
            fin = j;
            break;
        }
    }
    size_t end = qx_clause_end(c, v + 1, sb);
    if (end < v + 1) end = v + 1;
    size_t after = qx_skip_adverbials(c, fin + 1, sb);
    /* A subject pronoun after the finite verb: "sagte er", "hat sie". */
    if (after < sb && (c->wcls[after] & QW_PRON) && !(c->wcls[after] & QW_DET))
        return (nf_seg){(uint32_t)after, (uint32_t)after + 1};
    /* "... und fügte hinzu": the subject of the sentence. */
    if (fin > sa && (c->wcls[fin - 1] & QW_CONJ)) {
        nf_seg s = sentence_subject(c, sa, fin - 1);
        if (s.tb > s.ta) return s;
    }
    if (cs < fin) {
        uint16_t w0 = c->wcls[cs];
        bool after_comma = cs > sa && qx_punct(c, cs - 1, ',');
        /* Verb-final clause: "wie der Sprecher mitteilte", "der sagte". */
        bool verb_final = end <= v + 2;
        if (verb_final &&
            ((w0 & (QW_SUBJ | QW_WH)) || ((w0 & QW_REL) && after_comma && !qx_cap(c, cs + 1)))) {
            if (w0 & QW_REL) {
                size_t b = qx_np_bwd(c, cs - 1, sa);
                if (b < cs - 1) return (nf_seg){(uint32_t)b, (uint32_t)(cs - 1)};
                return none;
            }
            size_t e = qx_np_fwd(c, cs + 1, v);
            if (e > cs + 1) return (nf_seg){(uint32_t)(cs + 1), (uint32_t)e};
            if (v - cs <= 6 && v > cs + 1 && qx_word(c, cs + 1))
                return (nf_seg){(uint32_t)(cs + 1), (uint32_t)v}; /* "wie GGG.at berichtete" */
            return none;
        }
        bool adverbial = (w0 & (QW_PREP | QW_ADV | QW_SUBJ | QW_WH)) || c->doc->claimed[cs] == 1 ||
                         c->mk[cs] || ((w0 & QW_ANA) && cs + 1 == fin);
        if (adverbial && (w0 & QW_ADV) && !(w0 & QW_PREP)) {
            /* "Auch der Minister sagte": an adverb before the subject. */
            size_t e = qx_np_fwd(c, cs + 1, fin);
            if (e == fin && e > cs + 1) return (nf_seg){(uint32_t)(cs + 1), (uint32_t)e};
        }
        if (!adverbial) {
            size_t e = qx_np_fwd(c, cs, fin);
            if (e > cs) return (nf_seg){(uint32_t)cs, (uint32_t)e};
        }
    } else if (cs > sa && qx_punct(c, cs - 1, ',')) {
        /* "…, sagte der Minister" or an apposition before: "X, Y, sagte". */
        size_t e = qx_np_fwd(c, after, end);
        if (e > after) return (nf_seg){(uint32_t)after, (uint32_t)e};
        size_t b = qx_np_bwd(c, cs - 1, sa);
        if (b < cs - 1) return (nf_seg){(uint32_t)b, (uint32_t)(cs - 1)};
        return none;
    }
    size_t e = qx_np_fwd(c, after, end > after ? end : sb);
    if (e > after) return (nf_seg){(uint32_t)after, (uint32_t)e};
    return none;
}

/* "heißt es" with its source. */
bool qx_es_cue(const qctx *c, size_t k, size_t sa, size_t sb, nf_seg *cue, nf_seg *speaker) {
    if (k >= sb || c->mk[k] != QM_ES || c->used[k] || c->region[k] >= 0) return false;
    size_t a;
    if (is(c, k + 1, "es"))
        a = k;
    else if (k > sa && is(c, k - 1, "es"))
        a = k - 1;
    else
        return false;
    *cue = (nf_seg){(uint32_t)a, (uint32_t)a + 2};
    *speaker = (nf_seg){0, 0};
    size_t cs = qx_clause_start(c, a, sa), ce = qx_clause_end(c, a + 2, sb);
    for (size_t j = cs; j < ce; j++) {
        if (j == a || j == a + 1) continue;
        if (is(c, j, "in") || is(c, j, "im") || is(c, j, "aus") || is(c, j, "von") ||
            is(c, j, "vom") || is(c, j, "bei") || is(c, j, "seitens")) {
            size_t e = qx_np_fwd(c, j + 1, ce);
            if (e > j + 1) {
                *speaker = (nf_seg){(uint32_t)j + 1, (uint32_t)e};
                break;
            }
        }
    }
    return true;
}

/* Subjunctive forms outside quotation regions. */
bool qx_has_konj(const qctx *c, size_t a, size_t b, bool mood2) {
    for (size_t k = a; k < b; k++)
        if (c->konj[k] && c->region[k] < 0 && (c->konj[k] == 1 || mood2)) return true;
    return false;
}

/* A speech noun, alone or at the end of a compound. */
bool qx_speech_noun(const qctx *c, size_t k) {
    if (!qx_word(c, k)) return false;
    const char *l = nf_tokl(c->doc, k);
    size_t n = strlen(l);
    const nf_lexicon *lex = &c->lp->speech_nouns;
    if (nf_lexicon_find(lex, l, n)) return true;
    for (size_t i = 1; i + 4 <= n; i++) {
        if (((unsigned char)l[i] & 0xC0) == 0x80) continue;
        if (nf_lexicon_find(lex, l + i, n - i)) return true;
    }
    return false;
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
