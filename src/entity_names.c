/* entity_names.c - the name an entity without a proper name goes by: the
 * description in the nominative where the text has one.  "Nach Angaben der
 * polnischen Regierung ... Die polnische Regierung erklärte" names "polnische
 * Regierung", not "polnischen Regierung"; a reader, and a query over many
 * documents, expects the form a dictionary would list. */
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "tokens.h"

/* True when the mention [ta, tb) reads as a nominative singular or a
 * strong plural: its first word, an adjective in lower case (or in any
 * case, with `any_case`: "Taiwanischer Hersteller" opening a sentence), ends in -e
 * ("die polnische Regierung", "chinesische Behörden"), or in -er or -es
 * after "ein" or "kein" ("ein chinesisches Gericht") or with no article
 * ("britisches Ministerium"). */
static bool nominative(const nf_doc *doc, size_t ta, size_t tb, bool any_case) {
    if (tb < ta + 2 || doc->tokens[ta].kind != NF_TOK_WORD ||
        (!any_case && !(doc->tokens[ta].flags & NF_TF_LOWER)))
        return false;
    const char *w = nf_tokl(doc, ta);
    size_t n = doc->tok_llen[ta];
    if (n < 4) return false;
    if (w[n - 1] == 'e') return true;
    if (w[n - 2] != 'e' || (w[n - 1] != 'r' && w[n - 1] != 's')) return false;
    if (ta == 0 || doc->tokens[ta - 1].kind != NF_TOK_WORD) return true;
    return nf_tok_is(doc, ta - 1, "ein") || nf_tok_is(doc, ta - 1, "kein") ||
           !(doc->tokens[ta - 1].flags & NF_TF_LOWER);
}

/* True when the original text of mention m is `name`. */
static bool reads(nf_doc *doc, const nf_mention *m, const char *name) {
    nf_span s = nf_doc_tokens_span(doc, m->ta, m->tb);
    size_t a = doc->text.orig_byte[s.start], b = doc->text.orig_byte[s.end];
    return strlen(name) == b - a && memcmp(doc->text.orig + a, name, b - a) == 0;
}

/* How many bytes a noun in -n after "den" (n bytes at w) loses in the
 * nominative, where its form tells: 0 for a plural of feminines in
 * "-ungen", "-heiten", "-keiten", "-schaften", "-ionen", "-täten",
 * "-behörden" ("den iranischen Behörden" -> "iranische Behörden"), 1 for
 * a plural in "-ern" or "-eln" ("den arabischen Ländern" -> "arabische
 * Länder"); SIZE_MAX for any other, which may be a singular's accusative
 * ("den iranischen Präsidenten") or a plural that keeps its -n. */
static size_t den_plural_cut(const char *w, size_t n) {
    static const char *const keep[] = {"ungen", "heiten", "keiten",   "schaften",
                                       "ionen", "täten",  "behörden", NULL};
    for (const char *const *e = keep; *e; e++) {
        size_t m = strlen(*e);
        if (n >= m && memcmp(w + n - m, *e, m) == 0) return 0;
    }
    if (n > 4 && w[n - 3] == 'e' && (w[n - 2] == 'r' || w[n - 2] == 'l')) return 1;
    return SIZE_MAX;
}

/* The nominative of a description the text has only in another case
 * (mention m), as the definite article would have it, told by the word
 * before it: after "des" (genitive) and "der" (genitive or dative of a
 * feminine, genitive plural), "dem", "im", "vom", "zum", "beim" (dative)
 * adjectives in -en take -e ("des britischen Umweltministeriums" ->
 * "britische Umweltministerium", "der italienischen Polizei" ->
 * "italienische Polizei", "im mexikanischen Parlament" -> "mexikanische
 * Parlament"); so after "die", a plural ("die brasilianischen Behörden" ->
 * "brasilianische Behörden", as "chinesische Behörden" opens a sentence);
 * a city's adjective in -er stays ("des Belgrader Staatsfernsehens" ->
 * "Belgrader Staatsfernsehen"); after "des" the noun loses its -s, or its
 * -es after a consonant ("Geheimdienstes" -> "Geheimdienst").  NULL where
 * the form cannot be told from the words: a noun after "des" without -s
 * or after a dative article in -n ("des italienischen Staatspräsidenten",
 * "dem libanesischen Präsidenten": weak nouns, whose nominative ends
 * otherwise), another word before the noun, no memory.  The string
 * belongs to the document. */
static const char *nominative_of_other_case(nf_doc *doc, const nf_mention *m) {
    static const char *const dative[] = {"dem", "im", "vom", "zum", "beim", NULL};
    if (m->ta == 0 || m->tb < m->ta + 2) return NULL;
    size_t before = m->ta - 1;
    bool des = nf_tok_is(doc, before, "des"), dat = nf_tok_in(doc, before, dative);
    bool den = nf_tok_is(doc, before, "den");
    if (!des && !dat && !den && !nf_tok_is(doc, before, "der") && !nf_tok_is(doc, before, "die"))
        return NULL;
    char buf[256];
    size_t len = 0;
    bool changed = false;
    for (size_t k = m->ta; k < m->tb; k++) {
        const char *w = nf_tok(doc, k);
        size_t n = doc->tok_len[k], keep = n;
        const nf_token *t = &doc->tokens[k];
        if (t->kind != NF_TOK_WORD || n < 3) return NULL;
        if (k + 1 < m->tb) { /* an adjective */
            if ((t->flags & NF_TF_LOWER) && w[n - 2] == 'e' && w[n - 1] == 'n') {
                keep = n - 1; /* -en -> -e */
            } else if (!(t->flags & NF_TF_CAP) || w[n - 2] != 'e' || w[n - 1] != 'r') {
                return NULL;
            }
        } else if (des) { /* the noun */
            if (w[n - 1] != 's') return NULL;
            bool es = n > 4 && w[n - 2] == 'e' && !strchr("aeiouy", w[n - 3]);
            keep = es ? n - 2 : n - 1;
        } else if (dat && w[n - 1] == 'n') {
            return NULL;
        } else if (den && w[n - 1] == 'n') {
            /* a dative plural: its nominative as it is, or without the -n
             * a plural in -er or -el takes */
            size_t cut = den_plural_cut(nf_tokl(doc, k), doc->tok_llen[k]);
            if (cut == SIZE_MAX) return NULL;
            keep = n - cut;
        }
        changed |= keep != n;
        if (len + keep + 2 > sizeof buf) return NULL;
        if (k > m->ta) buf[len++] = ' ';
        memcpy(buf + len, w, keep);
        len += keep;
    }
    return changed ? nf_arena_strndup(&doc->arena, buf, len) : NULL;
}

/* True when name mention m is the only one of a person entity, of two
 * words or more that the gazetteer does not link, its last word in "-s"
 * read as a genitive: right before a common noun ("Stanley Kubricks
 * Film"), or right after one that names no person (a noun the lexicon
 * knows, a compound, or a word after an article: "die Ehrung Salman
 * Rushdies", "im Magna-Konzern Frank Stronachs"). */
static bool genitive_person_name(const nf_doc *doc, const nf_mention *m) {
    const nf_entity *e = &doc->entities[m->entity];
    if (e->type != NF_ENT_PERSON || e->canonical || m->tb < m->ta + 2 || !e->name ||
        strcmp(e->name, nf_tok(doc, m->ta)) == 0)
        return false;
    size_t last = m->tb - 1, n = doc->tok_len[last];
    const char *w = nf_tok(doc, last);
    if (n < 4 || w[n - 1] != 's' || !nf_tok_lower_after_first(doc, last)) return false;
    for (size_t j = 0; j < doc->nmentions; j++) /* one mention of a name */
        if (doc->mentions[j].entity == m->entity && doc->mentions[j].kind == NF_MK_NAME &&
            &doc->mentions[j] != m)
            return false;
    const nf_ner_model *ner = doc->engine->ner;
    size_t a = m->tb;
    bool compound = false;
    if (a < doc->ntokens && doc->tokens[a].kind == NF_TOK_WORD &&
        (doc->tokens[a].flags & NF_TF_SPACE_BEFORE) && (doc->tokens[a].flags & NF_TF_CAP) &&
        !nf_mention_over(doc, a) && !nf_org_head(doc, a, &compound) &&
        nf_ner_common_noun(ner, nf_tokl(doc, a), NF_COMMON_NOUN_MIN_FREQ))
        return true; /* (not "der John Hopkins Universität") */
    if (m->ta < 2) return false;
    size_t b = m->ta - 1;
    /* After a noun of persons the name is its apposition ("der Mitarbeiter
     * Nick Brauns", "die Seismologin Rita Meurers", "den Kuratoren Defne
     * Ayas"), as after a noun in the genitive ("des Broadway-Stars
     * Bernadette Peters") or an idiom ("Chef vom Dienst Robert Friess"):
     * nouns of persons end so more often than the lists know them. */
    static const char *const persons[] = {"er", "in", "en", "e", "or", "ist", NULL};
    if (nf_tok_is(doc, b - 1, "des") || nf_tok_is(doc, b - 1, "der") ||
        nf_tok_is(doc, b - 1, "vom") || nf_tokl_ends_in(doc, b, persons, 2))
        return false;
    return doc->tokens[b].kind == NF_TOK_WORD && (doc->tokens[b].flags & NF_TF_CAP) &&
           !nf_mention_over(doc, b) && !nf_person_noun_at(doc, b) &&
           doc->sentences[doc->tok_sent[b]].ta != b &&
           (nf_ner_common_noun(ner, nf_tokl(doc, b), NF_COMMON_NOUN_MIN_FREQ) ||
            nf_noun_compound(doc, b) || nf_tokl_get(doc, b - 1, &doc->engine->gz.articles));
}

/* See entities.h.  One pass over the mentions notes, per entity, whether
 * it has a proper name, the mention its name was taken from and the first
 * one in the nominative. */
bool nf_nominative_names(nf_doc *doc) {
    size_t n = doc->nentities;
    if (n == 0) return true;
    int32_t *named = nf_arena_alloc(&doc->arena, n * sizeof *named);
    int32_t *nom = nf_arena_alloc(&doc->arena, n * sizeof *nom);
    if (!named || !nom) return false;
    for (size_t i = 0; i < n; i++) named[i] = nom[i] = -1;
    for (size_t j = 0; j < doc->nmentions; j++) {
        const nf_mention *m = &doc->mentions[j];
        size_t i = m->entity;
        if (i >= n || named[i] == -2) continue;
        if (m->kind == NF_MK_NAME) {
            named[i] = -2; /* a proper name: it stays, but for a genitive's -s */
            if (!genitive_person_name(doc, m)) continue;
            const char *t = nf_tokens_text(doc, m->ta, m->tb);
            if (!t) return false;
            size_t tl = strlen(t), last = doc->tok_len[m->tb - 1];
            doc->entities[i].name = nf_arena_strndup(
                &doc->arena, t, tl - last + nf_genitive_stem(nf_tok(doc, m->tb - 1), last));
            if (!doc->entities[i].name) return false;
            continue;
        }
        if (m->kind != NF_MK_NOMINAL) continue;
        if (named[i] == -1 && doc->entities[i].name && reads(doc, m, doc->entities[i].name))
            named[i] = (int32_t)j;
        if (nom[i] == -1 && nominative(doc, m->ta, m->tb, false)) nom[i] = (int32_t)j;
    }
    for (size_t i = 0; i < n; i++) {
        if (named[i] >= 0 && nom[i] < 0) {
            /* no nominative in the text: the other case's, where it can be told */
            const char *t = nominative_of_other_case(doc, &doc->mentions[named[i]]);
            if (t) doc->entities[i].name = t;
            continue;
        }
        if (named[i] < 0 || nom[i] < 0) continue;
        const nf_mention *k = &doc->mentions[named[i]], *m = &doc->mentions[nom[i]];
        /* the same number of words: "chinesische Behörden" for "chinesischen
         * Behörden", not "die Regierung" */
        if (nominative(doc, k->ta, k->tb, true) || m->tb - m->ta != k->tb - k->ta) continue;
        const char *t = nf_tokens_text(doc, m->ta, m->tb);
        if (!t) return false;
        doc->entities[i].name = t;
    }
    return true;
}
