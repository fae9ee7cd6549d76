/* entity_acronyms.c - acronyms a text defines in parentheses after an
 * organisation's name ("die American Library Association (ALA)", "der
 * Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)"): the acronym
 * names that organisation wherever the text uses it, whatever else the
 * gazetteers or the tagger took it for.  The test that an acronym belongs
 * to the name before it is Schwartz and Hearst's (2003): its letters occur
 * in the name in order, the first at the start of the name. */
#include <utf8proc.h>

#include "engine.h"
#include "entities.h"
#include "tokens.h"

/* Code points of the longest acronym looked at. */
#define ACRONYM_MAX_CPS 10
/* Code points of a name compared with an acronym. */
#define LONG_MAX_CPS 160
/* Tokens of the longest name looked back over. */
#define NAME_MAX_TOKENS 24
/* Words of a name left of its mention looked at. */
#define EXTEND_MAX 4
/* Words of a name no mention holds looked at before an acronym. */
#define NAME_BEFORE_MAX 8
/* Code points of a word compared with listed names (6 read "Bundesamt"
 * like "Bundesarbeitsgericht"). */
#define PREFIX_CPS 8
/* Acronyms in parentheses looked at in one text: each scans the text, so
 * a text of nothing else stays linear. */
#define DEFINITIONS_MAX 256

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

/* True when token j may stand inside an organisation's name left of the
 * part a mention holds: a capitalised word, or a function word of some
 * language ("Institute of Science", "Rundfunk und Telekom"), or "&". */
static bool name_word(const nf_doc *doc, size_t j) {
    const nf_token *t = &doc->tokens[j];
    if (t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP)) return true;
    if (t->kind == NF_TOK_WORD) return nf_function_word(doc, nf_tok(doc, j), doc->tok_len[j]);
    return nf_tok_is(doc, j, "&");
}

/* True for a word in lower case with an adjective's ending ("-e",
 * "-en", "-er", "-es"), of four letters or more. */
static bool declined_adjective(const nf_doc *doc, size_t j) {
    static const nf_suffix endings[] = {NF_SFX("e"), NF_SFX("en"), NF_SFX("er"), NF_SFX("es")};
    const nf_token *t = &doc->tokens[j];
    size_t n = doc->tok_llen[j];
    return t->kind == NF_TOK_WORD && (t->flags & NF_TF_LOWER) && n >= 4 &&
           nf_ends_in_one_of(nf_tokl(doc, j), n, endings, sizeof endings / sizeof endings[0]);
}

/* Where a name that ends before token `end` and that acronym token k
 * abbreviates begins, its words left of token `from` the ones no mention
 * holds ("der Cuban American National Foundation (CANF)" where the tagger
 * found "American National Foundation"; "der Schutzgemeinschaft der
 * Kapitalanleger (SdK)" where it found none): at most `most` tokens left
 * of `from` that no mention covers, in its sentence, the first a
 * capitalised word that is no function word; `from` when there are none. */
static size_t name_start(const nf_doc *doc, size_t from, size_t end, size_t k, size_t most) {
    for (size_t s = from; s-- > 0 && s + most >= from;) {
        if (nf_mention_over(doc, s) || doc->tok_sent[s] != doc->tok_sent[k]) break;
        /* (a declined adjective after a function word: "für demokratische
         * Politik") */
        if (!name_word(doc, s) && !(declined_adjective(doc, s) && s > 0 && name_word(doc, s - 1) &&
                                    !(doc->tokens[s - 1].flags & NF_TF_CAP)))
            break;
        if ((doc->tokens[s].flags & NF_TF_CAP) &&
            !nf_function_word(doc, nf_tok(doc, s), doc->tok_len[s]) && abbreviates(doc, k, s, end))
            return s;
    }
    return from;
}

/* True when acronym token k, whose letters the name before it lacks, may
 * still be that name's in another language ("Demokratische Unionspartei
 * (PYD)"): no country's code ("TPS Turku (FIN)") and no name the gazetteers
 * or the rules gave another entity. */
static bool loose_acronym(const nf_doc *doc, size_t k) {
    const nf_gazetteer *gz = &doc->engine->gz;
    char code[4] = {0};
    if (doc->tok_len[k] == 3) memcpy(code, nf_tok(doc, k), 3);
    if (code[0] && (nf_gz_country(gz, code) || nf_tok_get(doc, k, &gz->sports_codes))) return false;
    int32_t own = mention_exactly(doc, k, k + 1);
    return own < 0 || !doc->entities[doc->mentions[own].entity].canonical;
}

static const char *listed_names(const nf_doc *doc, size_t k, const char *canonical); /* below */
static bool reads_like(const nf_doc *doc, size_t ta, size_t tb, const char *names);  /* below */

/* True when acronym token k is the gazetteers' name of an organisation
 * the name mention before it reads like one of the lists' names of, in
 * another language than the acronym's letters ("der Sozialistischen
 * Arbeiterpartei (PSOE)": the lists know PSOE and "Sozialistische
 * Arbeiterpartei Spaniens"). */
static bool listed_acronym_of(const nf_doc *doc, size_t k, const nf_mention *name) {
    int32_t own = mention_exactly(doc, k, k + 1);
    const char *listed = own >= 0 ? doc->entities[doc->mentions[own].entity].canonical : NULL;
    const char *names = listed ? listed_names(doc, k, listed) : NULL;
    return names && reads_like(doc, name->ta, name->tb, names);
}

/* The name mention of an organisation that ends right before the
 * parentheses around acronym token k, when the acronym abbreviates it (an
 * unlinked one's mention then takes in the words of the name left of it
 * the tagger missed), or when the acronym may be its name in another
 * language (loose_acronym, listed_acronym_of); the mention belongs to doc;
 * NULL otherwise. */
static const nf_mention *defined_org(nf_doc *doc, size_t k) {
    /* the longest name mention that ends before "(" (mentions are in the
     * order of their first tokens: the last one found starts first), or
     * before the quotation mark that closes it there ("Der „Chaos
     * Computer Club“ (CCC)") */
    size_t end = k - 1;
    if (end > 1 && doc->tokens[end - 1].kind == NF_TOK_QUOTE) end--;
    nf_mention *name = NULL;
    for (size_t j = nf_mention_first_at(doc, end);
         j-- > 0 && doc->mentions[j].ta + NAME_MAX_TOKENS > k;) {
        nf_mention *m = &doc->mentions[j];
        if (m->tb == end && m->kind == NF_MK_NAME) name = m;
    }
    if (!name || doc->entities[name->entity].type != NF_ENT_ORG) return NULL;
    if (!abbreviates(doc, k, name->ta, name->tb)) {
        /* a linked name is whole: not "Betriebskindergarten des
         * Innenministeriums (BMI)" */
        if (doc->entities[name->entity].canonical) return NULL;
        size_t s = name_start(doc, name->ta, name->tb, k, EXTEND_MAX);
        if (s == name->ta)
            return loose_acronym(doc, k) || listed_acronym_of(doc, k, name) ? name : NULL;
        /* no mention starts between s and the mention: the order stays */
        name->ta = (uint32_t)s;
        nf_entity_take_name(doc, name->entity, name->ta, name->tb, false);
    }
    return name;
}

/* The names organizations.tsv lists for the organisation labelled
 * `canonical` that acronym token k is a name of ('|' between them, owned
 * by the engine), or NULL. */
static const char *listed_names(const nf_doc *doc, size_t k, const char *canonical) {
    const nf_gazetteer *gz = &doc->engine->gz;
    const nf_lex_entry *e = nf_tok_find(doc, k, &gz->names);
    uint32_t ids[16];
    size_t n = e ? nf_gz_ids(nf_lex_val(&gz->names, e), ids, 16) : 0;
    for (size_t i = 0; i < n; i++) {
        const nf_gz_entry *g = &gz->entries[ids[i]];
        if (g->source == NF_GZ_ORG && g->names && g->canonical == canonical) return g->names;
    }
    return NULL;
}

/* True when the first `cps` code points of a[0, an) (all of it when it is
 * shorter) begin b[0, bn), letter case aside. */
static bool begins_ci(const char *a, size_t an, const char *b, size_t bn, int cps) {
    size_t i = 0, j = 0;
    for (int c = 0; c < cps && i < an; c++) {
        utf8proc_int32_t x, y;
        utf8proc_ssize_t u =
            utf8proc_iterate((const utf8proc_uint8_t *)a + i, (utf8proc_ssize_t)(an - i), &x);
        utf8proc_ssize_t v = j < bn ? utf8proc_iterate((const utf8proc_uint8_t *)b + j,
                                                       (utf8proc_ssize_t)(bn - j), &y)
                                    : -1;
        if (u <= 0 || v <= 0 || utf8proc_tolower(x) != utf8proc_tolower(y)) return false;
        i += (size_t)u, j += (size_t)v;
    }
    return true;
}

/* True when some word of `names` (separated by spaces and '|'; its
 * hyphens skipped: "Fußball-Bund" reads "Fußballbund") begins with the
 * first PREFIX_CPS code points of w[0, wn). */
static bool word_of_names(const char *w, size_t wn, const char *names) {
    char word[64];
    for (const char *p = names; *p;) {
        size_t n = strcspn(p, " |"), m = 0;
        for (size_t i = 0; i < n && m < sizeof word; i++)
            if (p[i] != '-') word[m++] = p[i];
        if (m && begins_ci(w, wn, word, m, PREFIX_CPS)) return true;
        p += n;
        if (*p) p++;
    }
    return false;
}

/* True when the name at tokens [ta, tb) reads like one of `names`: half or
 * more of its words of four letters or more that are no function words
 * begin as a word of those names does ("Internationalen
 * Atomenergieorganisation" beside "Internationale
 * Atomenergie-Organisation"; not "Internet Watch Foundation" beside
 * "Internationaler Währungsfonds"). */
static bool reads_like(const nf_doc *doc, size_t ta, size_t tb, const char *names) {
    size_t words = 0, like = 0;
    for (size_t j = ta; j < tb; j++) {
        const nf_token *t = &doc->tokens[j];
        if (t->kind != NF_TOK_WORD || t->b - t->a < 4 ||
            nf_function_word(doc, nf_tok(doc, j), doc->tok_len[j]))
            continue;
        words++;
        like += word_of_names(nf_tok(doc, j), doc->tok_len[j], names);
    }
    return like && 2 * like >= words;
}

/* Moves every mention of entity `from` to entity `into`, whose name
 * becomes the fuller of the two ("Internationalen Atomenergieorganisation",
 * not "IAEA"). */
static void join_entities(nf_doc *doc, uint32_t from, uint32_t into) {
    nf_entity_give_mentions(doc, from, into);
    const nf_entity *f = &doc->entities[from];
    nf_entity *e = &doc->entities[into];
    if (f->name && (!e->name || f->name_words > e->name_words))
        e->name = f->name, e->name_words = f->name_words;
}

/* Binds every use of acronym token k, defined for organisation `org` named
 * at tokens [ta, tb), to it: its name mentions move to it (also those of
 * an entity the gazetteers link elsewhere in the text: the text says what
 * the acronym means), uses nothing covers become its mentions.  Where the
 * gazetteers link the defining acronym and not the name, the name joins
 * the acronym's organisation when it reads like one of its listed names (a
 * declined or other form: "der Internationalen Atomenergieorganisation
 * (IAEA)"), else the acronym is the name's ("Thai Rak Thai (TRT)", no
 * Turkish broadcaster).  Returns false when memory runs out. */
static bool bind_acronym(nf_doc *doc, size_t k, uint32_t org, size_t ta, size_t tb) {
    int32_t own = mention_exactly(doc, k, k + 1);
    if (own >= 0) {
        uint32_t a = doc->mentions[own].entity;
        const char *listed = doc->entities[a].canonical;
        if (a == org || (listed && doc->entities[org].canonical)) return true;
        if (listed) {
            const char *names = listed_names(doc, k, listed);
            if (!names) return true;
            if (reads_like(doc, ta, tb, names)) {
                join_entities(doc, org, a);
                return true;
            }
        }
    }
    for (size_t j = 0; j < doc->ntokens; j++) {
        if (!nf_tok_same(doc, j, k)) continue;
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

/* The most tokens of a name spelt out in parentheses after its acronym. */
#define SPELT_MAX_TOKENS 12

/* Where the name spelt out in parentheses after the organisation's
 * acronym at token k ends (its ")"), when the acronym abbreviates it: "die
 * CSV (Chrëschtlech Sozial Vollekspartei)", "die ADR (Alternativ
 * Demokratesch Reformpartei)"; its words capitalised or function words.
 * 0 otherwise. */
static size_t spelt_out_after(const nf_doc *doc, size_t k) {
    if (k + 3 >= doc->ntokens || !nf_tok_is(doc, k + 1, "(")) return 0;
    size_t a = k + 2, c = a;
    while (c < doc->ntokens && c < a + SPELT_MAX_TOKENS && !nf_tok_is(doc, c, ")")) {
        if (!name_word(doc, c)) return 0;
        c++;
    }
    if (c == a + 1 || c >= doc->ntokens || !nf_tok_is(doc, c, ")") ||
        !(doc->tokens[a].flags & NF_TF_CAP) || !abbreviates(doc, k, a, c))
        return 0;
    return c;
}

/* Makes the name spelt out in parentheses after an organisation's acronym
 * (spelt_out_after) a name mention of the acronym's organisation, in place
 * of the parts of it found as other names ("Reformpartei" is then no
 * Estonian party).  Returns false when memory runs out. */
static bool spelt_out_name(nf_doc *doc, size_t k) {
    int32_t own = mention_exactly(doc, k, k + 1);
    if (own < 0 || doc->mentions[own].kind != NF_MK_NAME) return true;
    uint32_t org = doc->mentions[own].entity;
    if (doc->entities[org].type != NF_ENT_ORG) return true;
    size_t c = spelt_out_after(doc, k);
    if (!c) return true;
    nf_mentions_drop_inside(doc, k + 2, c);
    return nf_mention_add(doc, k + 2, c, (int32_t)org, NF_MK_NAME);
}

/* Makes the words before the parentheses around acronym token k a name
 * mention of the acronym's organisation where no mention holds them and
 * the acronym abbreviates them ("der Schutzgemeinschaft der Kapitalanleger
 * (SdK)", "des „Space Telescope Science Institute“ (STSI)"): the
 * acronym's mention must be an organisation's, no list's.  Returns false
 * when memory runs out. */
static bool name_before(nf_doc *doc, size_t k) {
    int32_t own = mention_exactly(doc, k, k + 1);
    if (own < 0 || doc->mentions[own].kind != NF_MK_NAME) return true;
    uint32_t org = doc->mentions[own].entity;
    const char *listed = doc->entities[org].canonical;
    if (doc->entities[org].type != NF_ENT_ORG) return true;
    size_t end = k - 1; /* the "(" */
    bool quoted = end > 0 && doc->tokens[end - 1].kind == NF_TOK_QUOTE;
    if (quoted) end--;
    if (end == 0 || nf_mention_over(doc, end - 1)) return true;
    size_t s = name_start(doc, end, end, k, NAME_BEFORE_MAX);
    if (s == end || (quoted && (s == 0 || doc->tokens[s - 1].kind != NF_TOK_QUOTE))) return true;
    /* one word: a compound ending in an organisation's head
     * ("Bundeswettbewerbsbehörde (BWB)"; not "Energie (EEE)") */
    bool compound = false;
    if (s + 1 == end && (!nf_org_head(doc, s, &compound) || !compound)) return true;
    if (listed) {
        /* a listed acronym the text defines as another organisation's,
         * whose name opens with its head ("der Arbeitsgemeinschaft für
         * demokratische Politik (AFP)", no news agency): that one's, not
         * where the name reads like the list's */
        const char *names = listed_names(doc, k, listed);
        if (s + 1 == end || !nf_org_head(doc, s, &compound) || !names ||
            reads_like(doc, s, end, names))
            return true;
        int32_t named = nf_entity_of(doc, s, end, NF_ENT_ORG);
        if (named < 0 || !nf_mention_add(doc, s, end, named, NF_MK_NAME)) return false;
        return bind_acronym(doc, k, (uint32_t)named, s, end);
    }
    if (!nf_mention_add(doc, s, end, (int32_t)org, NF_MK_NAME)) return false;
    /* the name spelt out is the entity's name, not the acronym written
     * after it ("Bundeswettbewerbsbehörde", not "BWB") */
    nf_entity_take_name(doc, org, s, end, true);
    return true;
}

/* Finds the acronyms defined in parentheses after organisations' names and
 * binds their uses (see bind_acronym), and the names spelt out in
 * parentheses after organisations' acronyms (spelt_out_name).  Returns
 * false when memory runs out. */
bool nf_acronym_definitions(nf_doc *doc) {
    size_t seen = 0; /* each definition looks at every token or mention once */
    for (size_t k = 0; k + 1 < doc->ntokens && seen < DEFINITIONS_MAX; k++) {
        /* the cheap test first: this runs over every token */
        if (doc->tokens[k + 1].kind != NF_TOK_PUNCT) continue;
        char next = nf_tok(doc, k + 1)[0];
        if (next == '(' && acronym_token(doc, k)) {
            seen++;
            if (!spelt_out_name(doc, k)) return false;
        }
        if (next != ')' || k < 2 || !nf_tok_is(doc, k - 1, "(") || !acronym_token(doc, k)) continue;
        seen++;
        const nf_mention *name = defined_org(doc, k);
        if (name && !bind_acronym(doc, k, name->entity, name->ta, name->tb)) return false;
        if (!name && !name_before(doc, k)) return false;
    }
    return true;
}
