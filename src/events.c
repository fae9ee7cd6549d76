/* events.c - who did what to whom: German trigger words
 * (lang/de/event-triggers.txt) with their CAMEO code and argument frame,
 * actors from the entity layer (a leader stands for his government's
 * country through his entity's country), the date and place of the
 * sentence, and the modality its words give ("soll", "vorbereitet",
 * "nicht").  Repeated mentions of the same act are one event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "entities.h"
#include "error.h"
#include "stages.h"
#include "tokens.h"

#define ARG_WINDOW 12 /* tokens an argument may stand from its trigger */

/* One reading of a trigger word: the fields of a line of the lexicon. */
typedef struct reading {
    char particle[16];
    char code[6];
    char src[24], tgt[24];
    char reverse[6];
    bool passive, symmetric, noun, weak;
} reading;

/* Copies a tab-separated field into `out`; returns the rest after the tab. */
static const char *field(const char *p, const char *end, char *out, size_t cap) {
    const char *tab = p;
    while (tab < end && *tab != '\t') tab++;
    size_t n = (size_t)(tab - p);
    if (n >= cap) n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return tab < end ? tab + 1 : end;
}

/* Parses one reading ("particle\tcode\tframe\treverse\tflags"). */
static bool parse_reading(const char *p, const char *end, reading *r) {
    memset(r, 0, sizeof *r);
    char frame[24], flags[64];
    p = field(p, end, r->particle, sizeof r->particle);
    p = field(p, end, r->code, sizeof r->code);
    p = field(p, end, frame, sizeof frame);
    p = field(p, end, r->reverse, sizeof r->reverse);
    field(p, end, flags, sizeof flags);
    char *gt = strchr(frame, '>');
    if (!gt || strlen(r->code) < 2) return false;
    *gt = '\0';
    snprintf(r->src, sizeof r->src, "%s", frame);
    snprintf(r->tgt, sizeof r->tgt, "%s", gt + 1);
    if (r->reverse[0] == '-') r->reverse[0] = '\0';
    r->passive = strstr(flags, "pass") != NULL;
    r->symmetric = strstr(flags, "sym") != NULL;
    r->noun = strstr(flags, "noun") != NULL;
    r->weak = strstr(flags, "weak") != NULL;
    return true;
}

/* True when the particle closes the clause after token k ("traf … ein"). */
static bool particle_after(const nf_doc *doc, size_t k, size_t sb, const char *particle) {
    for (size_t j = k + 1; j < sb; j++) {
        const char *w = nf_tokl(doc, j);
        if (strcmp(w, particle) == 0) {
            /* the particle ends its clause: punctuation or the sentence end follows */
            return j + 1 >= sb || doc->tokens[j + 1].kind == NF_TOK_PUNCT ||
                   doc->tokens[j + 1].kind == NF_TOK_QUOTE;
        }
        if (strcmp(w, ",") == 0 && j > k + 1 && nf_tok_is(doc, j + 1, "dass")) return false;
    }
    return false;
}

/* The mention (not an adjective) that covers token k, or NULL. */
static const nf_mention *mention_at(const nf_doc *doc, size_t k) {
    for (size_t i = 0; i < doc->nmentions; i++) {
        const nf_mention *m = &doc->mentions[i];
        if (m->ta > k) break;
        if (k < m->tb && m->kind != NF_MK_ADJECTIVE) return m;
    }
    return NULL;
}

/* The first actor mention in tokens [a, b), skipping those after a
 * preposition when `bare` is set; -1 when none.  `at` gets its token. */
static int32_t actor_in(const nf_doc *doc, size_t a, size_t b, bool bare, size_t *at) {
    for (size_t k = a; k < b; k++) {
        const nf_mention *m = mention_at(doc, k);
        if (!m || m->ta != k) continue;
        if (bare && k > 0) {
            static const char *const preps[] = {"mit", "gegen", "nach", "in",   "bei", "an",
                                                "auf", "für",   "zu",   "von",  "aus", "über",
                                                "im",  "zum",   "vom",  "beim", NULL};
            bool after_prep = false;
            for (size_t q = k; q > a && q + 3 > k; q--) {
                for (const char *const *p = preps; *p; p++)
                    if (nf_tok_is(doc, q - 1, *p)) after_prep = true;
            }
            if (after_prep) continue;
        }
        if (at) *at = k;
        return (int32_t)m->entity;
    }
    return -1;
}

/* The entity after preposition `prep` following token k in [k, sb). */
static int32_t pp_target(nf_doc *doc, size_t k, size_t sb, const char *prep) {
    size_t end = k + ARG_WINDOW < sb ? k + ARG_WINDOW : sb;
    for (size_t j = k + 1; j < end; j++) {
        if (!nf_tok_is(doc, j, prep)) continue;
        size_t lim = j + 6 < sb ? j + 6 : sb;
        int32_t e = actor_in(doc, j + 1, lim, false, NULL);
        if (e >= 0) return e;
    }
    return -1;
}

/* The clause around token k: from the last clause boundary before it to
 * the next one after (commas before "dass", "und" between clauses and
 * sentence ends count as boundaries). */
static void clause_of(const nf_doc *doc, size_t k, size_t sa, size_t sb, size_t *ca, size_t *cb) {
    size_t a = k;
    while (a > sa) {
        const char *w = nf_tok(doc, a - 1);
        if (strcmp(w, ";") == 0 || (strcmp(w, ",") == 0 && a - 1 > sa && nf_tok_is(doc, a, "dass")))
            break;
        a--;
    }
    size_t b = k + 1;
    while (b < sb) {
        const char *w = nf_tok(doc, b);
        if (strcmp(w, ";") == 0 || (strcmp(w, ",") == 0 && nf_tok_is(doc, b + 1, "dass"))) break;
        b++;
    }
    *ca = a;
    *cb = b;
}

/* The subject of the clause holding a verb at k: an actor (or a pronoun
 * resolved through coreference) before the verb at the clause start, else
 * right after it (verb-second order: "teilte der Pressedienst mit"). */
static int32_t subject_of(nf_doc *doc, size_t k, size_t ca, size_t cb) {
    size_t at;
    int32_t e = actor_in(doc, ca, k, true, &at);
    if (e >= 0) return e;
    for (size_t j = ca; j < cb && j < k + 5; j++) {
        if (j == k) continue;
        const char *w = nf_tokl(doc, j);
        if (strcmp(w, "er") == 0 || strcmp(w, "sie") == 0 || strcmp(w, "wir") == 0 ||
            strcmp(w, "ich") == 0) {
            if (strcmp(w, "wir") == 0 || strcmp(w, "ich") == 0) {
                /* first person in a quotation: its speaker */
                for (size_t q = 0; q < doc->nquotes; q++)
                    for (size_t s = 0; s < doc->quotes[q].nspans; s++)
                        if (doc->quotes[q].spans[s].ta <= j && j < doc->quotes[q].spans[s].tb)
                            return doc->quotes[q].speaker_entity;
                continue;
            }
            int32_t r = nf_coref_resolve(doc, j, j + 1);
            if (r >= 0) return r;
        }
    }
    return actor_in(doc, k + 1, cb < k + ARG_WINDOW ? cb : k + ARG_WINDOW, true, NULL);
}

/* True when the clause is in the passive: a form of "werden" with the
 * participle ("wurde von Israel angegriffen"). */
static bool passive_clause(const nf_doc *doc, size_t ca, size_t cb) {
    static const char *const werden[] = {"wurde", "wurden", "worden", "wird", "werden",
                                         "würde", "würden", "werde",  NULL};
    for (size_t j = ca; j < cb; j++)
        for (const char *const *w = werden; *w; w++)
            if (nf_tok_is(doc, j, *w)) return true;
    return false;
}

/* True when a past participle ("ge...t", "ge...en") follows token j in
 * the clause. */
static bool passive_clause_participle(const nf_doc *doc, size_t j, size_t cb) {
    for (size_t q = j + 1; q < cb; q++) {
        const char *w = nf_tokl(doc, q);
        size_t n = strlen(w);
        if (n > 4 && strncmp(w, "ge", 2) == 0 &&
            (w[n - 1] == 't' || strcmp(w + n - 2, "en") == 0) &&
            (doc->tokens[q].flags & NF_TF_LOWER))
            return true;
    }
    return false;
}

/* The modality the clause's words give: planned, intended, negated,
 * hypothetical, else asserted. */
static const char *modality_of(const nf_doc *doc, size_t ca, size_t cb, size_t k) {
    const char *found = NULL;
    for (size_t j = ca; j < cb; j++) {
        if (j == k) continue; /* the trigger's own word ("bereit") */
        const nf_lex_entry *e = nf_tok_find(doc, j, &doc->pack->event_modality);
        if (!e) {
            if (nf_tok_is(doc, j, "zur") && nf_tok_is(doc, j + 1, "unterzeichnung") && j + 1 != k)
                found = "planned";
            continue;
        }
        const char *v = nf_lex_val(&doc->pack->event_modality, e);
        bool noun_scope = strstr(v, "noun") != NULL;
        if (noun_scope && !(j + 1 == k || j + 2 == k || j == k + 1 || j == k + 2)) continue;
        if ((nf_tok_is(doc, j, "wird") || nf_tok_is(doc, j, "werden")) &&
            passive_clause_participle(doc, j, cb))
            continue; /* "wird kritisiert": a present passive, not a plan */
        if (strncmp(v, "negated", 7) == 0) return "negated";
        if (!found || strncmp(v, "hypothetical", 12) == 0) {
            static const char *const kinds[] = {"planned", "intended", "hypothetical"};
            for (size_t i = 0; i < 3; i++)
                if (strncmp(v, kinds[i], strlen(kinds[i])) == 0) found = kinds[i];
        }
    }
    return found ? found : "asserted";
}

/* The time giving the event's date: the nearest day-level time in the
 * sentence; -1 for none. */
static int32_t date_of(const nf_doc *doc, size_t k, size_t sa, size_t sb) {
    int32_t best = -1;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        if (t->ta < sa || t->tb > sb || strlen(t->value) < 10 || t->value[4] != '-') continue;
        size_t d = t->ta > k ? t->ta - k : k - t->ta;
        if (d < best_d) best = (int32_t)i, best_d = d;
    }
    return best;
}

/* The place of the event: a city or country after "in" in the sentence. */
static int32_t location_of(const nf_doc *doc, size_t sa, size_t sb) {
    for (size_t k = sa; k + 1 < sb; k++) {
        if (!nf_tok_is(doc, k, "in") && !nf_tok_is(doc, k, "im")) continue;
        const nf_mention *m = mention_at(doc, k + 1);
        if (m && m->ta == k + 1 && doc->entities[m->entity].type == NF_ENT_GPE)
            return (int32_t)m->entity;
    }
    return -1;
}

/* The government an entity stands for when it is a place: "nach Moskau
 * reisen" targets Russia.  Other entities stand for themselves. */
static int32_t government_of(nf_doc *doc, int32_t e) {
    if (e < 0) return e;
    const nf_entity *x = &doc->entities[e];
    if (x->type == NF_ENT_GPE && x->country[0] && (!x->actor || strlen(x->actor) != 3)) {
        int32_t c = nf_country_entity(doc, x->country);
        return c >= 0 ? c : e;
    }
    return e;
}

/* Appends an event unless the same act (code, source and target) is
 * already there.  False when memory runs out. */
static bool add_event(nf_doc *doc, const char *code, int32_t src, int32_t tgt, size_t k,
                      const char *modality, int32_t date, int32_t loc) {
    for (size_t i = 0; i < doc->nevents; i++) {
        const nf_event *e = &doc->events[i];
        if (strcmp(e->code, code) == 0 && e->source == src && e->target == tgt) return true;
    }
    if (doc->nevents == doc->events_cap) {
        size_t cap = doc->events_cap ? doc->events_cap * 2 : 8;
        nf_event *v = nf_arena_alloc(&doc->arena, cap * sizeof *v);
        if (!v) return false;
        if (doc->nevents) memcpy(v, doc->events, doc->nevents * sizeof *v);
        doc->events = v;
        doc->events_cap = cap;
    }
    nf_event *e = &doc->events[doc->nevents++];
    memset(e, 0, sizeof *e);
    snprintf(e->code, sizeof e->code, "%s", code);
    e->source = src;
    e->target = tgt;
    e->trigger = (nf_seg){(uint32_t)k, (uint32_t)k + 1};
    e->modality = modality;
    e->date = date;
    e->location = loc;
    return true;
}

/* The actors of a symmetric act: two countries or actors named in the
 * clause ("Russland und Kasachstan unterzeichneten"). */
static bool two_actors(nf_doc *doc, size_t ca, size_t cb, int32_t *a, int32_t *b) {
    *a = *b = -1;
    for (size_t k = ca; k < cb; k++) {
        const nf_mention *m = mention_at(doc, k);
        if (!m || m->ta != k || doc->entities[m->entity].type == NF_ENT_LOC) continue;
        int32_t e = government_of(doc, (int32_t)m->entity);
        if (*a < 0) {
            *a = e;
        } else if (e != *a && strcmp(doc->entities[e].country, doc->entities[*a].country) != 0) {
            *b = e; /* a second party, of another country */
            return true;
        }
    }
    return false;
}

/* Codes the events a trigger at token k may carry. */
static bool trigger_at(nf_doc *doc, size_t k, size_t sa, size_t sb, const char *value) {
    reading best;
    bool have = false;
    for (const char *p = value; *p;) {
        const char *end = strchr(p, NF_LEX_SEP);
        if (!end) end = p + strlen(p);
        reading r;
        if (parse_reading(p, end, &r)) {
            bool ok = !r.particle[0] || particle_after(doc, k, sb, r.particle);
            /* a reading with its particle present beats one without */
            if (ok && (!have || (r.particle[0] && !best.particle[0]))) best = r, have = true;
        }
        p = *end ? end + 1 : end;
    }
    if (!have || best.weak) return true;
    size_t ca, cb;
    clause_of(doc, k, sa, sb, &ca, &cb);
    int32_t src = -1, tgt = -1;
    if (best.symmetric) {
        int32_t a, b;
        if (!two_actors(doc, best.noun ? sa : ca, best.noun ? sb : cb, &a, &b)) return true;
        src = a, tgt = b;
    } else {
        if (strcmp(best.src, "gen") == 0) {
            src = actor_in(doc, k + 1, k + 4 < sb ? k + 4 : sb, true, NULL);
        } else if (strcmp(best.src, "poss") == 0 && k > sa) {
            const nf_mention *m = mention_at(doc, k - 1);
            src = m ? (int32_t)m->entity : -1;
        }
        if (src < 0) src = subject_of(doc, k, ca, cb);
        if (strcmp(best.tgt, "none") == 0) {
            tgt = -1;
        } else if (strcmp(best.tgt, "obj") == 0) {
            size_t from = k + 1, to = cb < k + ARG_WINDOW ? cb : k + ARG_WINDOW;
            tgt = actor_in(doc, from, to, true, NULL);
            if (tgt == src) tgt = -1;
            if (tgt < 0) {
                /* verb-final clauses: the object stands before the verb */
                size_t at;
                int32_t before = actor_in(doc, ca, k, true, &at);
                if (before >= 0 && before != src) tgt = before;
            }
        } else {
            tgt = pp_target(doc, k, cb, best.tgt);
            if (strcmp(best.tgt, "nach") == 0 || strcmp(best.tgt, "in") == 0)
                tgt = government_of(doc, tgt);
        }
        if (best.passive && passive_clause(doc, ca, cb)) {
            int32_t agent = pp_target(doc, k > 8 ? k - 8 : sa, cb, "von");
            int32_t patient = actor_in(doc, ca, k, true, NULL);
            src = agent;
            tgt = patient;
        }
    }
    if (src < 0 || src == tgt) return true;
    /* An act that needs a counterpart ("Staatsbesuch", "begrüßen",
     * "festgenommen") and has none in the text is no event for a dataset of
     * who did what to whom. */
    if (tgt < 0 && strcmp(best.tgt, "none") != 0) return true;
    const char *modality = modality_of(doc, ca, cb, k);
    int32_t date = date_of(doc, k, sa, sb), loc = location_of(doc, sa, sb);
    if (!add_event(doc, best.code, src, tgt, k, modality, date, loc)) return false;
    if (best.reverse[0] && tgt >= 0 &&
        !add_event(doc, best.reverse, tgt, src, k, modality, date, loc))
        return false;
    return true;
}

/* The stage: every trigger word of every sentence. */
nf_status nf_stage_events(nf_doc *doc, nf_error *err) {
    const nf_lexicon *lex = &doc->pack->event_triggers;
    if (!lex->count) return NF_OK;
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t sa = doc->sentences[s].ta, sb = doc->sentences[s].tb;
        for (size_t k = sa; k < sb; k++) {
            if (doc->tokens[k].kind != NF_TOK_WORD || doc->claimed[k]) continue;
            if (!(doc->tok_mask[k] & NF_TM_EVENT)) continue;
            const char *w = nf_tok(doc, k);
            const nf_lex_entry *e = nf_lexicon_find(lex, w, strlen(w));
            if (!e && (doc->tokens[k].flags & NF_TF_CAP) && k == sa) {
                const char *l = nf_tokl(doc, k);
                e = nf_lexicon_find(lex, l, strlen(l));
            }
            if (e && !trigger_at(doc, k, sa, sb, nf_lex_val(lex, e)))
                return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory coding events");
        }
    }
    return NF_OK;
}
