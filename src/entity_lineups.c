/* entity_lineups.c - the players of a team's line-up in a match report's
 * box, and its scorers ("Tore: Krawez (9.), Jarmolenko (30.)"): "Rapid:
 * Strebinger – Pavelic, Sonnleitner, M. Hofmann, Stangl –
 * Petsos/Grahovac, Schwab – Jelic", "Ersatz: Knoflach – Dibon, Auer".
 * After a colon, surnames (an initial before one maybe) joined by commas,
 * dashes between the lines of the formation and slashes between a player
 * and the one who came on for him (nf_list_separator) are all persons, whatever the words are
 * elsewhere ("Hart", "Schlager", "Nutz") and however few of them the
 * tagger finds: the box names players and nothing else.  A list needs five
 * names and a dash among its joints; places the gazetteers link (a route's
 * towns: "Wien – Linz, Salzburg") stay what they are. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "tokens.h"

/* The fewest names of a line-up. */
#define LINEUP_MIN 5

/* True when token k is a dash between two words ("–", "—", or "-" with
 * spaces around it). */
static bool dash_at(const nf_doc *doc, size_t k) {
    if (doc->tokens[k].kind != NF_TOK_PUNCT) return false;
    if (nf_tok_is(doc, k, "\xe2\x80\x93") || nf_tok_is(doc, k, "\xe2\x80\x94")) return true;
    return nf_tok_is(doc, k, "-") && (doc->tokens[k].flags & NF_TF_SPACE_BEFORE);
}

/* The end of a player's name from token k (its surname; an initial of a
 * letter or two before it: "M. Hofmann", "Ch. Leitgeb", as "M." or "M"
 * "."), or k when none starts there. */
static size_t player_end(const nf_doc *doc, size_t k) {
    size_t n = doc->ntokens;
    if (k + 1 < n && doc->tokens[k].kind == NF_TOK_ABBREV && doc->tok_len[k] <= 3 &&
        (doc->tokens[k].flags & NF_TF_CAP))
        k++;
    else if (k + 2 < n && doc->tokens[k].kind == NF_TOK_WORD && doc->tok_len[k] <= 2 &&
             (doc->tokens[k].flags & NF_TF_CAP) && nf_tok_is(doc, k + 1, "."))
        k += 2;
    if (k >= n || doc->tokens[k].kind != NF_TOK_WORD || !(doc->tokens[k].flags & NF_TF_CAP) ||
        doc->tok_len[k] < 2)
        return k;
    return k + 1;
}

/* True when a name the gazetteers link covers a token of [a, b). */
static bool linked_over(const nf_doc *doc, size_t a, size_t b) {
    for (size_t i = nf_mention_first_at(doc, a); i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta >= b) break;
        if (m->tb > a && doc->entities[m->entity].canonical) return true;
    }
    for (size_t i = 0; i < doc->nmentions && doc->mentions[i].ta < a; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->tb > a && doc->entities[m->entity].canonical) return true;
    }
    return false;
}

/* Makes the organisation a gazetteer links the one-word name at [a, b)
 * to a person of the text, unlinked, when every name the text gives it is
 * one word: in a line-up it is a player ("Sturm: Esser – Kayhan,
 * Avlonitis" names no Iranian newspaper), and so it is where the report
 * names him before ("ging Kayhan zu Boden").  Returns whether it did. */
static bool player_named_as_org(nf_doc *doc, size_t a, size_t b) {
    size_t first = nf_mention_first_at(doc, a);
    if (b != a + 1 || first >= doc->nmentions) return false;
    const nf_mention *m = &doc->mentions[first];
    if (m->ta != a || m->tb != b || m->kind != NF_MK_NAME) return false;
    nf_entity *e = &doc->entities[m->entity];
    if (e->type != NF_ENT_ORG || !e->canonical) return false;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *o = &doc->mentions[i];
        if (o->entity == m->entity && o->kind == NF_MK_NAME && o->tb != o->ta + 1) return false;
    }
    e->type = NF_ENT_PERSON;
    e->canonical = NULL, e->actor = NULL, e->role = NULL, e->title = NULL;
    e->country[0] = '\0', e->gender = 0;
    return true;
}

/* See entities.h. */
bool nf_lineups(nf_doc *doc) {
    size_t ends[64];
    size_t starts[64];
    for (size_t c = 0; c + 1 < doc->ntokens; c++) {
        if (!nf_tok_is(doc, c, ":")) continue;
        size_t k = c + 1, names = 0, dashes = 0;
        while (names < 64) {
            size_t e = player_end(doc, k);
            if (e == k) break;
            starts[names] = k, ends[names++] = e;
            if (e + 1 >= doc->ntokens || !nf_list_separator(doc, e)) break;
            dashes += dash_at(doc, e);
            k = e + 1;
        }
        if (names < LINEUP_MIN || !dashes) continue;
        for (size_t i = 0; i < names; i++)
            if (!player_named_as_org(doc, starts[i], ends[i]) &&
                !linked_over(doc, starts[i], ends[i]) &&
                !nf_name_as(doc, starts[i], ends[i], NF_ENT_PERSON))
                return false;
        c = ends[names - 1];
    }
    return true;
}

/* The most tokens a list of scorers runs over. */
#define SCORERS_MAX_TOKENS 120

/* The token after a goal's minute in parentheses from token k ("(9.)",
 * "(40./Elfmeter)", "(90.+2)"), or k when none opens there.  The minute
 * is an ordinal token ("9." before ")" or ",") or a number and its
 * period. */
static size_t minute_end(const nf_doc *doc, size_t k) {
    size_t n = doc->ntokens;
    if (k + 2 >= n || !nf_tok_is(doc, k, "(")) return k;
    size_t after = k + 2; /* the token after the minute */
    if (doc->tokens[k + 1].kind == NF_TOK_NUMBER && k + 3 < n && nf_tok_is(doc, k + 2, ".") &&
        !(doc->tokens[k + 2].flags & NF_TF_SPACE_BEFORE))
        after = k + 3;
    else if (doc->tokens[k + 1].kind != NF_TOK_ORDINAL)
        return k;
    for (size_t j = after; j < n && j < k + 8; j++)
        if (nf_tok_is(doc, j, ")")) return j + 1;
    return k;
}

/* True when a score ends right before token k: "1:0" as one token or
 * three. */
static bool score_before(const nf_doc *doc, size_t k) {
    if (k >= 1 && doc->tokens[k - 1].kind == NF_TOK_NUMBER && strchr(nf_tok(doc, k - 1), ':'))
        return true;
    return k >= 3 && doc->tokens[k - 1].kind == NF_TOK_NUMBER && nf_tok_is(doc, k - 2, ":") &&
           doc->tokens[k - 3].kind == NF_TOK_NUMBER;
}

/* True when the NUL-ended word w has a digit. */
static bool has_digit(const char *w) {
    return strpbrk(w, "0123456789") != NULL;
}

/* True when token k opens a label of scorers: "Tore:" or "Tor:"
 * (nf_tok_is reads the lower-case text). */
static bool scorers_label(const nf_doc *doc, size_t k) {
    return k + 1 < doc->ntokens && (doc->tokens[k].flags & NF_TF_CAP) &&
           (nf_tok_is(doc, k, "tore") || nf_tok_is(doc, k, "tor")) && nf_tok_is(doc, k + 1, ":");
}

/* True when token k may stand between the scorers of a list: a comma, a
 * semicolon, a slash, "bzw.", "und", or a score's digits and colon ("1:0"). */
static bool scorers_joint(const nf_doc *doc, size_t k) {
    return nf_tok_is(doc, k, ",") || nf_tok_is(doc, k, ";") || nf_tok_is(doc, k, "/") ||
           nf_tok_is(doc, k, "bzw.") || nf_tok_is(doc, k, "und") ||
           doc->tokens[k].kind == NF_TOK_NUMBER || nf_tok_is(doc, k, ":");
}

/* See entities.h. */
bool nf_scorers(nf_doc *doc) {
    for (size_t c = 0; c + 2 < doc->ntokens; c++) {
        if (!scorers_label(doc, c)) continue;
        size_t k = c + 2, end = c + 2 + SCORERS_MAX_TOKENS;
        bool after_minute = false;
        while (k < doc->ntokens && k < end) {
            size_t m = minute_end(doc, k);
            if (m > k) {
                after_minute = score_before(doc, k), k = m;
                continue;
            }
            size_t e = player_end(doc, k);
            if (e > k) {
                /* the scorer's minute after the name ("Krawez (9.)") or
                 * before it, after the score ("1:0 (52.) Junuzovic"); a
                 * word with digits is the box's text run together
                 * ("Schaub1:2") */
                if ((after_minute || minute_end(doc, e) > e) && !linked_over(doc, k, e) &&
                    !has_digit(nf_tok(doc, e - 1)) && !nf_name_as(doc, k, e, NF_ENT_PERSON))
                    return false;
                k = e, after_minute = false;
                continue;
            }
            if (!scorers_joint(doc, k)) break;
            k++, after_minute = false;
        }
        c = k;
    }
    return true;
}
