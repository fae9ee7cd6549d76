/* entity_acronyms.c - acronyms a text defines in parentheses after an
 * organisation's name ("die American Library Association (ALA)", "der
 * Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)"): the acronym
 * names that organisation wherever the text uses it, whatever else the
 * gazetteers or the tagger took it for.  The test that an acronym belongs
 * to the name before it is Schwartz and Hearst's (2003): its letters occur
 * in the name in order, the first at the start of the name. */
#include <utf8proc.h>

#include "entities.h"
#include "tokens.h"

#define ACRONYM_MAX_CPS 10 /* code points of the longest acronym looked at */
#define LONG_MAX_CPS 160   /* code points of a name compared with an acronym */
#define NAME_MAX_TOKENS 24 /* tokens of the longest name looked back over */
#define EXTEND_MAX 4       /* words of a name left of its mention looked at */

/* True when token k looks like an acronym: a word of 2-10 letters that
 * begins with a capital and has another one ("ALA", "BaFin", "RoG"). */
static bool acronym_token(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    if ((t->kind != NF_TOK_WORD && t->kind != NF_TOK_ABBREV) || !(t->flags & NF_TF_CAP))
        return false;
    size_t n = t->b - t->a, upper = 0;
    if (n < 2 || n > ACRONYM_MAX_CPS) return false;
    for (size_t i = t->a; i < t->b; i++) {
        uint8_t c = doc->text.cls[i];
        if (c == NF_C_UPPER)
            upper++;
        else if (c != NF_C_LOWER)
            return false;
    }
    return upper >= 2;
}

/* The lower-cased code points of tokens [ta, tb) with one space where the
 * text has space between them, into out (at most cap); returns how many. */
static size_t lower_cps(const nf_doc *doc, size_t ta, size_t tb, int32_t *out, size_t cap) {
    size_t n = 0;
    for (size_t k = ta; k < tb; k++) {
        if (k > ta && (doc->tokens[k].flags & NF_TF_SPACE_BEFORE)) {
            if (n == cap) return 0;
            out[n++] = ' ';
        }
        for (uint32_t i = doc->tokens[k].a; i < doc->tokens[k].b; i++) {
            if (n == cap) return 0;
            out[n++] = utf8proc_tolower(doc->text.cp[i]);
        }
    }
    return n;
}

/* True for a letter or digit among the code points. */
static bool alnum_cp(int32_t c) {
    utf8proc_category_t cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           cat == UTF8PROC_CATEGORY_ND;
}

/* True when acronym token k abbreviates the name at tokens [ta, tb): from
 * the right, each of its letters is found in the name before the last one
 * found, and its first letter is the name's first. */
static bool abbreviates(const nf_doc *doc, size_t k, size_t ta, size_t tb) {
    int32_t s[ACRONYM_MAX_CPS], l[LONG_MAX_CPS];
    size_t sn = lower_cps(doc, k, k + 1, s, ACRONYM_MAX_CPS);
    size_t ln = lower_cps(doc, ta, tb, l, LONG_MAX_CPS);
    if (!sn || ln <= sn || s[0] != l[0]) return false;
    size_t li = ln;
    for (size_t si = sn; si-- > 1;) {
        /* this letter somewhere before the last one matched, past the
         * name's first letter (which the acronym's first must be) */
        while (li > 1 && l[li - 1] != s[si]) li--;
        if (li <= 1) return false;
        li--;
    }
    return alnum_cp(l[0]);
}

/* The mention over exactly tokens [ta, tb), or -1. */
static int32_t mention_exactly(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t i = nf_mention_first_at(doc, ta); i < doc->nmentions && doc->mentions[i].ta == ta;
         i++)
        if (doc->mentions[i].tb == tb) return (int32_t)i;
    return -1;
}

/* True when tokens x and y have the same text as written. */
static bool same_token(const nf_doc *doc, size_t x, size_t y) {
    return doc->tok_hash[x] == doc->tok_hash[y] && doc->tok_len[x] == doc->tok_len[y] &&
           memcmp(nf_tok(doc, x), nf_tok(doc, y), doc->tok_len[x]) == 0;
}

/* True when token j may stand inside an organisation's name left of the
 * part a mention holds: a capitalised word, or a function word of some
 * language ("Institute of Science", "Rundfunk und Telekom"), or "&". */
static bool name_word(const nf_doc *doc, size_t j) {
    const nf_token *t = &doc->tokens[j];
    if (t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP)) return true;
    if (t->kind == NF_TOK_WORD) return nf_function_word(doc, nf_tok(doc, j), doc->tok_len[j]);
    return nf_tok_is(doc, j, "&");
}

/* Where a name that mention m holds the end of begins, when the words
 * left of it belong to the name the acronym at token k abbreviates ("der
 * Cuban American National Foundation (CANF)" where the tagger found
 * "American National Foundation"): at most EXTEND_MAX tokens that no
 * mention covers, the first a capitalised word that is no function word;
 * m->ta when there are none. */
static size_t name_start(const nf_doc *doc, const nf_mention *m, size_t k) {
    for (size_t s = m->ta; s-- > 0 && s + EXTEND_MAX >= m->ta;) {
        if (nf_mention_over(doc, s) || !name_word(doc, s) ||
            doc->tok_sent[s] != doc->tok_sent[m->ta])
            break;
        if ((doc->tokens[s].flags & NF_TF_CAP) &&
            !nf_function_word(doc, nf_tok(doc, s), doc->tok_len[s]) &&
            abbreviates(doc, k, s, m->tb))
            return s;
    }
    return m->ta;
}

/* The organisation whose name mention ends right before the parentheses
 * around acronym token k, when the acronym abbreviates it (an unlinked
 * one's mention then takes in the words of the name left of it the tagger
 * missed); -1 otherwise. */
static int32_t defined_org(nf_doc *doc, size_t k) {
    /* the longest name mention that ends before "(" (mentions are in the
     * order of their first tokens: the last one found starts first) */
    nf_mention *name = NULL;
    for (size_t j = nf_mention_first_at(doc, k - 1);
         j-- > 0 && doc->mentions[j].ta + NAME_MAX_TOKENS > k;) {
        nf_mention *m = &doc->mentions[j];
        if (m->tb == k - 1 && m->kind == NF_MK_NAME) name = m;
    }
    if (!name || doc->entities[name->entity].type != NF_ENT_ORG) return -1;
    if (!abbreviates(doc, k, name->ta, name->tb)) {
        /* a linked name is whole: not "Betriebskindergarten des
         * Innenministeriums (BMI)" */
        if (doc->entities[name->entity].canonical) return -1;
        size_t s = name_start(doc, name, k);
        if (s == name->ta) return -1;
        /* no mention starts between s and the mention: the order stays */
        name->ta = (uint32_t)s;
        nf_entity *e = &doc->entities[name->entity];
        size_t words = 0;
        for (size_t j = name->ta; j < name->tb; j++) words += doc->tokens[j].kind == NF_TOK_WORD;
        const char *full = words > e->name_words ? nf_tokens_text(doc, name->ta, name->tb) : NULL;
        if (full) e->name = full, e->name_words = (uint8_t)(words < 255 ? words : 255);
    }
    return (int32_t)name->entity;
}

/* Binds every use of acronym token k, defined for organisation `org`, to
 * it: its name mentions move to it (also those of an entity the gazetteers
 * link elsewhere in the text: the text says what the acronym means), uses
 * nothing covers become its mentions.  A defining acronym the gazetteers
 * link is left as it is: the name before it is then a declined name of the
 * same organisation ("der Internationalen Atomenergieorganisation (IAEA)")
 * or, rarely, a namesake's ("Thai Rak Thai (TRT)"), and nothing tells
 * which.  Returns false when memory runs out. */
static bool bind_acronym(nf_doc *doc, size_t k, uint32_t org) {
    int32_t own = mention_exactly(doc, k, k + 1);
    if (own >= 0) {
        uint32_t a = doc->mentions[own].entity;
        if (a == org || doc->entities[a].canonical) return true;
    }
    for (size_t j = 0; j < doc->ntokens; j++) {
        if (!same_token(doc, j, k)) continue;
        int32_t m = mention_exactly(doc, j, j + 1);
        if (m >= 0) {
            if (doc->mentions[m].kind == NF_MK_NAME) doc->mentions[m].entity = org;
        } else if (!nf_mention_over(doc, j) &&
                   !nf_mention_add(doc, j, j + 1, (int32_t)org, NF_MK_NAME)) {
            return false;
        }
    }
    return true;
}

/* Finds the acronyms defined in parentheses after organisations' names and
 * binds their uses (see bind_acronym).  Returns false when memory runs
 * out. */
bool nf_acronym_definitions(nf_doc *doc) {
    for (size_t k = 2; k + 1 < doc->ntokens; k++) {
        if (doc->tokens[k - 1].kind != NF_TOK_PUNCT || !nf_tok_is(doc, k - 1, "(") ||
            !nf_tok_is(doc, k + 1, ")") || !acronym_token(doc, k))
            continue;
        int32_t org = defined_org(doc, k);
        if (org >= 0 && !bind_acronym(doc, k, (uint32_t)org)) return false;
    }
    return true;
}
