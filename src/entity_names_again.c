/* entity_names_again.c - a name of several words the text has used once is
 * that name wherever the same words stand again, and a person's surname
 * wherever it stands alone, before the full name too.  The tagger reads sentence
 * by sentence and the rules look at a word and its neighbours, so a second
 * "die Panama Papers" may come out as the country Panama, a second "Wiener
 * Neustadt" as the town Neustadt, or as nothing; one sense per document
 * (Gale, Church and Yarowsky 1992) puts the name's entity there. */
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "ner.h"
#include "sports.h"
#include "tokens.h"

/* The most names of several words one text is looked at for: each is
 * compared at every capitalised word, so a text of nothing else stays
 * linear. */
#define NAMES_AGAIN_MAX 64
/* The most words of a name looked for again. */
#define NAME_WORDS_MAX 6

/* A name of several words: its first token, its length in tokens and its
 * entity (-1 where two entities have that name). */
typedef struct again_name {
    size_t ta, n;
    int32_t entity;
    uint32_t hash; /* the first token's (tok_hash), compared first */
} again_name;

/* True when tokens [a, a + n) and [b, b + n) read alike, word by word. */
static bool same_tokens(const nf_doc *doc, size_t a, size_t b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!nf_tok_same(doc, a + i, b + i)) return false;
    return true;
}

/* True when token k is a capitalised word that no mention holds: a word
 * of a longer name around an occurrence ("Fábio Luiz Lula da Silva" holds
 * "Lula da Silva", "Nordic Combined Triple" "Nordic Combined"), unless the
 * lexicon knows it in lower case (an article opening the sentence: "Die"). */
static bool loose_name_word(const nf_doc *doc, size_t k) {
    const nf_token *t = &doc->tokens[k];
    return t->kind == NF_TOK_WORD && (t->flags & NF_TF_CAP) && !nf_mention_over(doc, k) &&
           !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, k));
}

/* True when a loose name word (loose_name_word) stands right before or
 * after token k: the word there is part of a longer name, not a name
 * alone. */
static bool loose_word_beside(const nf_doc *doc, size_t k) {
    return (k > 0 && loose_name_word(doc, k - 1)) ||
           (k + 1 < doc->ntokens && loose_name_word(doc, k + 1));
}

/* True when a name of n words may stand at token k: the same tokens, no
 * mention of that extent yet, only names and adjectives inside it and no
 * mention reaching out of it, no word claimed by another layer, and no loose name
 * word right before or after it.  `first` is set to the index of the
 * first mention inside, `inner` to their count. */
static bool fits_at(const nf_doc *doc, const again_name *nm, size_t k, size_t *first,
                    size_t *inner) {
    size_t tb = k + nm->n;
    if (tb > doc->ntokens || k == nm->ta || !same_tokens(doc, nm->ta, k, nm->n)) return false;
    for (size_t i = k; i < tb; i++)
        if (doc->claimed[i]) return false;
    if ((k > 0 && loose_name_word(doc, k - 1)) || (tb < doc->ntokens && loose_name_word(doc, tb)))
        return false;
    size_t f = nf_mention_first_at(doc, k), n = 0;
    /* a mention that starts before k and reaches into it (mentions are a
     * few words: the ones that start a little before are enough) */
    for (size_t i = f; i-- > 0 && doc->mentions[i].ta + 2 * NAME_WORDS_MAX > k;)
        if (doc->mentions[i].tb > k) return false;
    for (size_t i = f; i < doc->nmentions && doc->mentions[i].ta < tb; i++, n++) {
        const nf_mention *m = &doc->mentions[i];
        bool part = m->kind == NF_MK_NAME || m->kind == NF_MK_ADJECTIVE; /* "Wiener" */
        if (m->tb > tb || !part || (m->ta == k && m->tb == tb)) return false;
    }
    *first = f, *inner = n;
    return true;
}

/* True when entity e's name is sure enough to stand for the names inside
 * it elsewhere: linked, or a person or an organisation (the tagger's
 * places of several words are too often something else's: "Gaddafis Tod",
 * "Missions Spezialist"). */
static bool trusted(const nf_doc *doc, uint32_t e) {
    const nf_entity *x = &doc->entities[e];
    return x->canonical || x->type == NF_ENT_PERSON || x->type == NF_ENT_ORG;
}

/* Lists the names of 2..NAME_WORDS_MAX tokens the text has, one entry per
 * wording; returns the count. */
static size_t list_names(const nf_doc *doc, again_name *names) {
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t len = m->tb - m->ta;
        if (m->kind != NF_MK_NAME || len < 2 || len > NAME_WORDS_MAX || !trusted(doc, m->entity))
            continue;
        size_t j = 0;
        while (j < n && !(names[j].n == len && same_tokens(doc, names[j].ta, m->ta, len))) j++;
        if (j < n) {
            if (names[j].entity != (int32_t)m->entity) names[j].entity = -1;
        } else if (n < NAMES_AGAIN_MAX) {
            names[n++] = (again_name){m->ta, len, (int32_t)m->entity, doc->tok_hash[m->ta]};
        }
    }
    return n;
}

/* See entities.h. */
bool nf_names_again(nf_doc *doc) {
    again_name names[NAMES_AGAIN_MAX];
    size_t n = list_names(doc, names);
    for (size_t k = 0; k < doc->ntokens && n; k++) {
        if (!(doc->tokens[k].flags & NF_TF_CAP)) continue;
        uint32_t h = doc->tok_hash[k];
        for (size_t j = 0; j < n; j++) {
            if (names[j].hash != h) continue;
            size_t first, inner;
            if (names[j].entity < 0 || !fits_at(doc, &names[j], k, &first, &inner) || !inner)
                continue;
            /* the inner mentions give way; an entity left without any is
             * dropped at the stage's end */
            memmove(&doc->mentions[first], &doc->mentions[first + inner],
                    (doc->nmentions - first - inner) * sizeof *doc->mentions);
            doc->nmentions -= inner;
            if (!nf_mention_add(doc, k, k + names[j].n, names[j].entity, NF_MK_NAME)) return false;
            k += names[j].n - 1;
            break;
        }
    }
    return true;
}

/* The most persons of one text whose surnames are looked for again. */
#define SURNAMES_AGAIN_MAX 64

/* A person's surname: the first `len` bytes of the last token of a name
 * mention (all of it, or its stem where the mention is a genitive:
 * "Heinz-Christian Straches" gives "Strache"), their hash
 * (nf_lexicon_hash), and the entity (-1 where two persons of the text
 * have it). */
typedef struct again_surname {
    size_t k, len;
    uint32_t hash;
    int32_t entity;
} again_surname;

/* True when token k is the surname s as written, or (with `genitive`) its
 * genitive in "-s" ("Straches"). */
static bool is_surname(const nf_doc *doc, size_t k, const again_surname *s, bool genitive) {
    size_t n = doc->tok_len[k];
    if (n == s->len)
        return doc->tok_hash[k] == s->hash && !memcmp(nf_tok(doc, k), nf_tok(doc, s->k), n);
    return genitive && n == s->len + 1 && nf_tok(doc, k)[n - 1] == 's' &&
           !memcmp(nf_tok(doc, k), nf_tok(doc, s->k), s->len);
}

/* True when the name mention m of a person begins with a given name the
 * lists know or its entity is linked: a person's name, not a thing the
 * tagger took for one ("Totes Gebirge", "Chromebook Pixel"). */
static bool sure_person(const nf_doc *doc, const nf_mention *m) {
    const nf_entity *e = &doc->entities[m->entity];
    return e->type == NF_ENT_PERSON &&
           (e->canonical || nf_tok_get(doc, m->ta, &doc->engine->gz.given) != NULL);
}

/* True when token k may stand alone for a person: a capitalised word of
 * three letters or more that the tagger's lexicon knows as no common word
 * or noun ("Premier", "Mann"), or a surname after an Arabic article
 * ("el-Baradei"). */
static bool name_word(const nf_doc *doc, size_t k) {
    if (nf_article_particle_name(doc, k)) return true; /* "el-Baradei" */
    return doc->tokens[k].kind == NF_TOK_WORD && (doc->tokens[k].flags & NF_TF_CAP) &&
           doc->tok_llen[k] >= 3 && !nf_ner_common_word(doc->engine->ner, nf_tokl(doc, k));
}

/* Adds the first `len` bytes of token k as a name of entity `entity` to
 * the n `names` (an entity of its own, or -1 where another person of the
 * text has the same); returns the new count. */
static size_t add_surname(const nf_doc *doc, again_surname *names, size_t n, size_t k, size_t len,
                          uint32_t entity) {
    size_t j = 0;
    while (j < n && !(names[j].len == len && !memcmp(nf_tok(doc, names[j].k), nf_tok(doc, k), len)))
        j++;
    if (j < n) {
        if (names[j].entity != (int32_t)entity) names[j].entity = -1;
    } else if (n < SURNAMES_AGAIN_MAX) {
        names[n++] = (again_surname){k, len, nf_lexicon_hash(nf_tok(doc, k), len), (int32_t)entity};
    }
    return n;
}

/* Lists the surnames of the persons named by two words or more, the
 * surname of the entity's fullest name (nf_surname_in: "Franco Foda",
 * "Pablo Escobar" of "Pablo Emilio Escobar Gaviria"; not after a particle,
 * "von der Leyen", nor a word the tagger's lexicon knows as a common word
 * or noun, "Premier", "Mann"); returns the count. */
static size_t list_surnames(const nf_doc *doc, again_surname *names) {
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        size_t k = m->tb - 1;
        const char *full = doc->entities[m->entity].name;
        if (m->kind != NF_MK_NAME || m->tb - m->ta < 2 || !sure_person(doc, m) || !full) continue;
        /* the first word too where the person's country names people by
         * it ("Abhisit" after "Abhisit Vejjajiva", "Xi" after "Xi
         * Jinping"; a foreign word, which the tagger's lexicon may have
         * seen after an article: only no word of the language in lower
         * case nor a listed noun) */
        const nf_entity *pe = &doc->entities[m->entity];
        if (pe->country[0] && nf_gz_first_word_names(pe->country) &&
            nf_first_word_is(full, nf_tok(doc, m->ta), doc->tok_len[m->ta]) &&
            (doc->tokens[m->ta].flags & NF_TF_CAP) && doc->tok_llen[m->ta] >= 2 &&
            !nf_ner_lower_word(doc->engine->ner, nf_tokl(doc, m->ta)) &&
            !nf_common_noun_listed(doc, m->ta))
            n = add_surname(doc, names, n, m->ta, doc->tok_len[m->ta], m->entity);
        /* the first of two surnames ("Escobar" of "Pablo Emilio Escobar
         * Gaviria") */
        if (m->tb - m->ta >= 3 &&
            nf_surname_in(doc, full, nf_tok(doc, k - 1), doc->tok_len[k - 1]) &&
            name_word(doc, k - 1) && (doc->tokens[k - 2].flags & NF_TF_CAP))
            n = add_surname(doc, names, n, k - 1, doc->tok_len[k - 1], m->entity);
        /* the surname as the name has it: the token, or its genitive's stem */
        size_t len = doc->tok_len[k];
        if (!nf_surname_in(doc, full, nf_tok(doc, k), len) && len > 4 &&
            nf_surname_in(doc, full, nf_tok(doc, k), nf_genitive_stem(nf_tok(doc, k), len)))
            len = nf_genitive_stem(nf_tok(doc, k), len);
        if (!nf_surname_in(doc, full, nf_tok(doc, k), len) || !name_word(doc, k) ||
            !(doc->tokens[k - 1].flags & NF_TF_CAP))
            continue;
        n = add_surname(doc, names, n, k, len, m->entity);
    }
    return n;
}

/* See entities.h. */
bool nf_surnames_again(nf_doc *doc) {
    again_surname names[SURNAMES_AGAIN_MAX];
    size_t n = list_surnames(doc, names);
    for (size_t k = 0; k < doc->ntokens && n; k++) {
        const nf_token *t = &doc->tokens[k];
        if (t->kind != NF_TOK_WORD ||
            !((t->flags & NF_TF_CAP) || nf_article_particle_name(doc, k)) ||
            nf_mention_over(doc, k) || doc->claimed[k])
            continue;
        for (size_t j = 0; j < n; j++) {
            if (names[j].entity < 0 || !is_surname(doc, k, &names[j], true)) continue;
            if (loose_word_beside(doc, k)) break; /* ("der „Poe Toaster“") */
            if (!nf_mention_add(doc, k, k + 1, names[j].entity, NF_MK_NAME)) return false;
            break;
        }
    }
    return true;
}

/* The most names of one word of one text looked for again. */
#define CLASSIFIED_AGAIN_MAX 32

/* True when the name mention m is one word right after a noun that makes
 * it the name of what its entity is ("der Gemeinde Dörverden", "die Firma
 * Pfaff", "der Sänger Bono"; class-nouns.txt), and no common word or noun
 * of the lexicons ("eine Gemeinde Menschen aus Drittstaaten"): the noun
 * vouches for the name, where the tagger and the gazetteers may not. */
static bool name_by_class_noun(const nf_doc *doc, const nf_mention *m) {
    return m->tb == m->ta + 1 && nf_name_after_class_noun(doc, m) &&
           !nf_ner_common_word(doc->engine->ner, nf_tokl(doc, m->ta)) &&
           !nf_common_noun_listed(doc, m->ta);
}

/* True when the place's word at token k goes on as a longer name with "an
 * der", "an dem" or "ob der" ("Bruck an der Leitha"): a name the word
 * alone is only the start of. */
static bool longer_place_name_after(const nf_doc *doc, size_t k) {
    static const char *const links[] = {"der", "dem", NULL};
    return k + 3 < doc->ntokens && (nf_tok_is(doc, k + 1, "an") || nf_tok_is(doc, k + 1, "ob")) &&
           nf_tok_in(doc, k + 2, links) && (doc->tokens[k + 3].flags & NF_TF_CAP);
}

/* Notes the word mention m opens with for m's entity in the n words
 * at[] of entities ent[] (the caller keeps room for one more); a word
 * noted for another entity before names neither (-1: no guess).  Returns
 * the new count. */
static size_t note_word(const nf_doc *doc, size_t *at, int32_t *ent, size_t n,
                        const nf_mention *m) {
    size_t j = 0;
    while (j < n && !nf_tok_same(doc, at[j], m->ta)) j++;
    if (j == n) {
        at[n] = m->ta, ent[n] = (int32_t)m->entity;
        return n + 1;
    }
    if (ent[j] != (int32_t)m->entity) ent[j] = -1;
    return n;
}

/* See entities.h. */
bool nf_classified_names_again(nf_doc *doc) {
    size_t at[CLASSIFIED_AGAIN_MAX];
    int32_t ent[CLASSIFIED_AGAIN_MAX];
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions && n < CLASSIFIED_AGAIN_MAX; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (!name_by_class_noun(doc, m)) continue;
        n = note_word(doc, at, ent, n, m);
    }
    for (size_t k = 0; k < doc->ntokens && n; k++) {
        const nf_token *t = &doc->tokens[k];
        if (t->kind != NF_TOK_WORD || !(t->flags & NF_TF_CAP) || nf_mention_over(doc, k) ||
            doc->claimed[k] || (k > 0 && nf_article_or_determiner(doc, k - 1)))
            continue;
        for (size_t j = 0; j < n; j++) {
            if (ent[j] < 0 || k == at[j] || doc->tok_hash[k] != doc->tok_hash[at[j]] ||
                !nf_tok_same(doc, k, at[j]))
                continue;
            /* alone, and no longer name of a place it opens ("an der") */
            if (loose_word_beside(doc, k) || longer_place_name_after(doc, k)) break;
            if (!nf_mention_add(doc, k, k + 1, ent[j], NF_MK_NAME)) return false;
            break;
        }
    }
    return true;
}

/* The most clubs of one text whose first words are looked for again. */
#define CLUBS_AGAIN_MAX 16

/* True when entity e is a sports club the lists know (actor code in
 * "SPT": "NGONLDSPT"). */
static bool listed_club(const nf_entity *e) {
    return e->type == NF_ENT_ORG && e->canonical && nf_actor_sector(e->actor, "SPT");
}

/* True when the word at token k names where, not who: after "in" ("die
 * Spiele werden in Cleveland ausgetragen") or in a dateline, before a
 * dash or joined by a slash ("Ingolstadt/Hannover – ...", "Philadelphia –
 * Michael Grabner hat ..."). */
static bool where_not_who(const nf_doc *doc, size_t k) {
    static const char *const marks[] = {"–", "-", "/", NULL};
    return (k > 0 && (nf_tok_is(doc, k - 1, "in") || nf_tok_is(doc, k - 1, "/"))) ||
           (k + 1 < doc->ntokens && nf_tok_in(doc, k + 1, marks));
}

/* See entities.h. */
bool nf_clubs_again(nf_doc *doc) {
    size_t at[CLUBS_AGAIN_MAX];
    int32_t ent[CLUBS_AGAIN_MAX];
    size_t n = 0;
    for (size_t i = 0; i < doc->nmentions && n < CLUBS_AGAIN_MAX; i++) {
        const nf_mention *m = &doc->mentions[i];
        const nf_token *t = &doc->tokens[m->ta];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 2 ||
            !listed_club(&doc->entities[m->entity]) || t->kind != NF_TOK_WORD ||
            !(t->flags & NF_TF_CAP) || doc->tok_llen[m->ta] < 3 ||
            nf_ner_common_word(doc->engine->ner, nf_tokl(doc, m->ta)))
            continue;
        n = note_word(doc, at, ent, n, m);
    }
    int sports = -1; /* whether the text reports a game: not known yet */
    for (size_t i = 0; i < doc->nmentions && n; i++) {
        nf_mention *m = &doc->mentions[i];
        if (m->kind != NF_MK_NAME || m->tb != m->ta + 1) continue;
        const nf_entity *e = &doc->entities[m->entity];
        if (e->type == NF_ENT_PERSON || where_not_who(doc, m->ta)) continue;
        /* (an organisation the lists know only in a text that reports a
         * game: "ging Wacker in Führung" is the club, "Bayer" in business
         * news the company) */
        if (e->type == NF_ENT_ORG && e->canonical) {
            if (sports < 0) {
                sports = 0;
                for (size_t s = 0; s < doc->nsentences && !sports; s++)
                    sports = nf_sports_level(doc, doc->sentences[s].ta, doc->sentences[s].tb) > 0;
            }
            if (!sports) continue;
        }
        for (size_t j = 0; j < n; j++)
            if (ent[j] >= 0 && nf_tok_same(doc, at[j], m->ta)) {
                m->entity = (uint32_t)ent[j]; /* the place left without a mention is dropped */
                break;
            }
    }
    return true;
}
