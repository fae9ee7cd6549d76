/* langpack.c - loading a language's word lists. */
#include "langpack.h"

#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>
#include <string.h>

#include "data.h"
#include "error.h"
#include "numbers.h"
#include "numfmt.h"

/* Loads one list file of the pack into `lex`. */
static nf_status load_list(nf_lexicon *lex, const char *code, const char *file,
                           const char *data_dir, nf_error *err) {
    char rel[128];
    snprintf(rel, sizeof rel, "lang/%s/%s", code, file);
    nf_data d;
    nf_status st = nf_data_get(data_dir, rel, &d, err);
    if (st != NF_OK) return st;
    st = nf_lexicon_parse(lex, d.bytes, d.len, d.origin, err);
    nf_data_release(&d);
    return st;
}

/* Loads a list that a pack may lack: a missing file leaves `lex` empty.
 * `multi` keeps every line of a repeated key (nf_lexicon_parse_multi). */
static nf_status load_optional(nf_lexicon *lex, const char *code, const char *file,
                               const char *data_dir, bool multi, nf_error *err) {
    char rel[128];
    snprintf(rel, sizeof rel, "lang/%s/%s", code, file);
    nf_data d;
    nf_error miss;
    if (nf_data_get(data_dir, rel, &d, &miss) != NF_OK) return NF_OK;
    nf_status st = multi ? nf_lexicon_parse_multi(lex, d.bytes, d.len, d.origin, err)
                         : nf_lexicon_parse(lex, d.bytes, d.len, d.origin, err);
    nf_data_release(&d);
    return st;
}

/* Index text being built: "key\tmask\n" lines. */
typedef struct index_text {
    char *buf;
    size_t len, cap;
    bool failed;
} index_text;

/* Makes room for `need` more bytes; false (and failed set) when it cannot. */
static bool index_room(index_text *x, size_t need) {
    if (x->failed) return false;
    if (x->len + need > x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 65536;
        while (cap < x->len + need) cap *= 2;
        char *p = realloc(x->buf, cap);
        if (!p) {
            x->failed = true;
            return false;
        }
        x->buf = p, x->cap = cap;
    }
    return true;
}

/* Appends "\t<mask>\n" after a key. */
static void index_value(index_text *x, uint64_t mask) {
    x->buf[x->len++] = '\t';
    x->len += nf_fmt_u64(x->buf + x->len, mask);
    x->buf[x->len++] = '\n';
}

/* Appends a key (lower-cased, `n` bytes) with its mask. */
static void index_add(index_text *x, const char *key, size_t n, unsigned mask) {
    if (n == 0 || n > 200 || !index_room(x, n * 2 + 24)) return;
    for (utf8proc_ssize_t i = 0; i < (utf8proc_ssize_t)n;) {
        unsigned char b = (unsigned char)key[i];
        if (b < 0x80) { /* ASCII, nearly every byte of the lists */
            x->buf[x->len++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            i++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t l =
            utf8proc_iterate((const utf8proc_uint8_t *)key + i, (utf8proc_ssize_t)n - i, &c);
        if (l <= 0) break;
        x->len +=
            (size_t)utf8proc_encode_char(utf8proc_tolower(c), (utf8proc_uint8_t *)x->buf + x->len);
        i += l;
    }
    index_value(x, mask);
}

/* True for a trigger whose reading is a noun's (event-triggers.txt). */
static bool trigger_noun(const char *val) {
    return strstr(val, "noun") != NULL;
}

/* Adds, for the last three bytes of every noun of `lex` (those `noun`
 * accepts by their value), a bit for its length (5 to 60 bytes): a stage
 * then probes only the compound heads ("Nukleargipfel" -> "Gipfel",
 * "Rücktrittsforderung" -> "forderung") whose length exists. */
static void index_noun_tails(index_text *x, const nf_lexicon *lex, bool (*noun)(const char *val)) {
    for (size_t i = 0; i < lex->count; i++) {
        const nf_lex_entry *e = &lex->entries[i];
        size_t n = e->key_len;
        if (n < 5 || n > 60 || !noun(nf_lex_val(lex, e)) || !index_room(x, 3 + 24)) continue;
        memcpy(x->buf + x->len, nf_lex_key(lex, e) + n - 3, 3);
        x->len += 3;
        index_value(x, (uint64_t)1 << n);
    }
}

/* Adds the first word of every entry of `lex` (and the letters it starts
 * with, for "usd$" and "US$") under `mask`. */
static void index_first_words(index_text *x, const nf_lexicon *lex, unsigned mask) {
    for (size_t i = 0; i < lex->count; i++) {
        const char *k = nf_lex_key(lex, &lex->entries[i]);
        size_t n = strcspn(k, " ");
        index_add(x, k, n, mask);
        size_t alnum = 0;
        while (alnum < n && nf_index_alnum((unsigned char)k[alnum])) alnum++;
        if (alnum && alnum < n) index_add(x, k, alnum, mask);
    }
}

/* Indexes the first words of `lex` under `mask` and its filter bit `own`,
 * which nf_tok_find then checks before it looks a token up in `lex`. */
static void index_list(index_text *x, nf_lexicon *lex, unsigned mask, unsigned own) {
    index_first_words(x, lex, mask | own);
    lex->tok_bit = own;
}

/* Adds the first three bytes of every entry of `lex`. */
static void index_prefixes(index_text *x, const nf_lexicon *lex, unsigned mask) {
    for (size_t i = 0; i < lex->count; i++) {
        const char *k = nf_lex_key(lex, &lex->entries[i]);
        if (strlen(k) >= 3) index_add(x, k, 3, mask);
    }
}

/* Adds, for the first three bytes of every key, a bit for its length: the
 * number-word parser then tries only lengths that exist. */
static void index_lengths(index_text *x, const nf_lexicon *lex) {
    for (size_t i = 0; i < lex->count; i++) {
        const char *k = nf_lex_key(lex, &lex->entries[i]);
        size_t n = lex->entries[i].key_len;
        if (n >= 3 && n < 31) index_add(x, k, nf_prefix_len(k, n), 1u << n);
    }
    index_add(x, "und", 3, 1u << 3);
}

/* Merges "key\tmask" lines with equal keys by OR-ing their masks, then
 * parses them into `lex`. */
static nf_status finish_index(index_text *x, nf_lexicon *lex, const char *name, nf_error *err) {
    if (x->failed) return nf_fail(err, NF_ERR_MEMORY, 0, "out of memory building %s", name);
    return nf_lexicon_parse_or(lex, x->buf ? x->buf : "", x->len, name, err);
}

/* True for the value of a noun entry of speech-act-nouns.txt: a
 * statement's or an opinion's, or "-", a compound that ends in one of
 * those but names none ("Beschluss"), which the longest-first probe must
 * find before the shorter noun inside it. */
static bool statement_noun_entry(const char *val) {
    return nf_statement_noun_class(val) || (val[0] == '-' && val[1] == '\0');
}

/* Collects the endings konjunktiv.txt lists, its keys that begin with a
 * hyphen ("-iere"), into lp->konj_endings. */
static nf_status collect_konj_endings(nf_langpack *lp, nf_error *err) {
    lp->nkonj_endings = 0;
    for (size_t i = 0; i < lp->konjunktiv.count; i++) {
        const char *k = nf_lex_key(&lp->konjunktiv, &lp->konjunktiv.entries[i]);
        if (k[0] != '-') continue;
        if (lp->nkonj_endings == NF_KONJ_ENDINGS)
            return nf_fail(err, NF_ERR_DATA, 0, "konjunktiv.txt: more than %d endings",
                           NF_KONJ_ENDINGS);
        lp->konj_endings[lp->nkonj_endings] = k + 1;
        lp->konj_ending_lens[lp->nkonj_endings++] = lp->konjunktiv.entries[i].key_len - 1;
    }
    return NF_OK;
}

/* Builds the token and prefix indexes of a full pack. */
static nf_status build_indexes(nf_langpack *lp, nf_error *err) {
    index_text x = {0}, y = {0};
    /* Each list's own bit (the last argument) becomes its filter. */
    index_list(&x, &lp->months, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_MONTH);
    index_list(&x, &lp->weekdays, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_WEEKDAY_NAME);
    index_list(&x, &lp->time_units, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_TIME_UNIT);
    index_list(&x, &lp->time_words, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_TIME_WORD);
    index_list(&x, &lp->time_modifiers, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_MODIFIER);
    index_list(&x, &lp->number_idioms, 0, NF_TM_IDIOM);
    index_list(&x, &lp->holidays, NF_TM_TIME | NF_TM_TIMEWORD, NF_TM_HOLIDAY);
    index_list(&x, &lp->tense_markers, 0, NF_TM_TENSE);
    index_list(&x, &lp->time_starters, 0, NF_TM_TIME);
    index_list(&x, &lp->qualifiers, 0, NF_TM_QUAL);
    index_list(&x, &lp->currencies, 0, NF_TM_CURRENCY);
    index_list(&x, &lp->units, 0, NF_TM_UNIT);
    index_list(&x, &lp->scale_words, 0, NF_TM_SCALE);
    index_list(&x, &lp->event_triggers, 0, NF_TM_EVENT);
    index_list(&x, &lp->speech_verbs, 0, NF_TM_SPEECH);
    index_list(&x, &lp->speech_markers, 0, NF_TM_SPEECH);
    index_list(&x, &lp->konjunktiv, 0, NF_TM_KONJ);
    index_list(&x, &lp->quote_words, 0, NF_TM_QWORD);
    index_list(&x, &lp->sentence_starters, 0, NF_TM_STARTER);
    index_list(&x, &lp->event_modality, 0, NF_TM_MODALITY);
    index_list(&x, &lp->stopwords, 0, NF_TM_STOPWORD);
    index_list(&x, &lp->speech_nouns, 0, NF_TM_SPEECH_NOUN);
    index_list(&x, &lp->group_speakers, 0, NF_TM_GROUP);
    index_list(&x, &lp->ordinal_nouns, 0, NF_TM_ORDINAL);
    index_list(&x, &lp->ordinal_preceders, 0, NF_TM_ORDINAL);
    index_list(&x, &lp->year_nouns, 0, NF_TM_YEAR_NOUN);
    index_list(&x, &lp->source_cues, 0, NF_TM_SOURCE);
    index_list(&x, &lp->media_nouns, 0, NF_TM_SOURCE);
    index_list(&x, &lp->measures, 0, NF_TM_MEASURE);
    index_list(&x, &lp->sports_words, 0, NF_TM_SPORT);
    index_prefixes(&y, &lp->number_words, NF_TM_NUMWORD);
    index_prefixes(&y, &lp->weekdays, NF_TM_WEEKDAY);
    index_text z = {0}, t = {0}, u = {0};
    index_lengths(&z, &lp->number_words);
    index_noun_tails(&t, &lp->event_triggers, trigger_noun);
    index_noun_tails(&u, &lp->speech_acts, statement_noun_entry);
    nf_status st = finish_index(&x, &lp->token_index, "token index", err);
    if (st == NF_OK) st = finish_index(&y, &lp->prefix_index, "prefix index", err);
    if (st == NF_OK) st = finish_index(&z, &lp->numword_lengths, "number word lengths", err);
    if (st == NF_OK) st = finish_index(&t, &lp->trigger_tails, "trigger noun tails", err);
    if (st == NF_OK) st = finish_index(&u, &lp->speech_act_tails, "statement noun tails", err);
    free(x.buf);
    free(y.buf);
    free(z.buf);
    free(t.buf);
    free(u.buf);
    return st;
}

/* Loads the pack's lists one by one, undoing everything on failure. */
nf_status nf_langpack_load(nf_langpack *lp, const char *code, bool full, bool events,
                           const char *data_dir, nf_error *err) {
    memset(lp, 0, sizeof *lp);
    if (strlen(code) >= sizeof lp->code)
        return nf_fail(err, NF_ERR_LANGUAGE, 0, "bad language code '%s'", code);
    strcpy(lp->code, code);
    lp->full = full;
    struct {
        nf_lexicon *lex;
        const char *file;
    } lists[] = {
        {&lp->stopwords, "stopwords.txt"},
        {&lp->abbreviations, "abbreviations.txt"},
        {&lp->sentence_starters, "sentence-starters.txt"},
        {&lp->ordinal_nouns, "ordinal-nouns.txt"},
        {&lp->ordinal_preceders, "ordinal-preceders.txt"},
        {&lp->months, "months.txt"},
        {&lp->number_words, "number-words.txt"},
        {&lp->scale_words, "scale-words.txt"},
        {&lp->qualifiers, "qualifiers.txt"},
        {&lp->number_idioms, "number-idioms.txt"},
        {&lp->weekdays, "weekdays.txt"},
        {&lp->time_units, "time-units.txt"},
        {&lp->time_words, "time-words.txt"},
        {&lp->time_modifiers, "time-modifiers.txt"},
        {&lp->tense_markers, "tense-markers.txt"},
        {&lp->holidays, "holidays.txt"},
        {&lp->currencies, "currencies.txt"},
        {&lp->units, "units.txt"},
        {&lp->measures, "measures.txt"},
        {&lp->measure_verbs, "measure-verbs.txt"},
        {&lp->money_verbs, "money-verbs.txt"},
        {&lp->year_nouns, "year-nouns.txt"},
        {&lp->time_starters, "time-starters.txt"},
        {&lp->speech_verbs, "speech-verbs.txt"},
        {&lp->speech_markers, "speech-markers.txt"},
        {&lp->speech_nouns, "speech-nouns.txt"},
        {&lp->meeting_nouns, "meeting-nouns.txt"},
        {&lp->member_nouns, "member-nouns.txt"},
        {&lp->document_nouns, "document-nouns.txt"},
        {&lp->speech_acts, "speech-act-nouns.txt"},
        {&lp->group_speakers, "group-speakers.txt"},
        {&lp->konjunktiv, "konjunktiv.txt"},
        {&lp->quote_words, "quote-words.txt"},
        {&lp->source_cues, "source-cues.txt"},
        {&lp->media_nouns, "media-nouns.txt"},
        {&lp->sports_words, "sports-words.txt"},
        {&lp->period_cues, "period-cues.txt"},
        {&lp->number_names, "number-names.txt"},
    };
    size_t count = full ? sizeof lists / sizeof lists[0] : 1;
    for (size_t i = 0; i < count; i++) {
        nf_status st = load_list(lists[i].lex, code, lists[i].file, data_dir, err);
        if (st != NF_OK) {
            nf_langpack_free(lp);
            return st;
        }
    }
    /* Optional lists: a language without them codes no events. */
    if (full && events) {
        nf_status ost =
            load_optional(&lp->event_triggers, code, "event-triggers.txt", data_dir, true, err);
        if (ost == NF_OK)
            ost = load_optional(&lp->event_modality, code, "event-modality.txt", data_dir, false,
                                err);
        if (ost == NF_OK)
            ost =
                load_optional(&lp->support_verbs, code, "support-verbs.txt", data_dir, false, err);
        if (ost != NF_OK) {
            nf_langpack_free(lp);
            return ost;
        }
    }
    nf_status st = full ? build_indexes(lp, err) : NF_OK;
    if (st == NF_OK && full) st = collect_konj_endings(lp, err);
    if (st == NF_OK) st = nf_number_parts_build(&lp->number_words, &lp->number_parts, err);
    if (st == NF_OK) st = nf_ev_readings_build(&lp->event_triggers, &lp->trigger_readings, err);
    if (st != NF_OK) nf_langpack_free(lp);
    return st;
}

/* See langpack.h. */
bool nf_konj_ending(const nf_langpack *lp, const char *lower, size_t n) {
    for (size_t i = 0; i < lp->nkonj_endings; i++) {
        size_t m = lp->konj_ending_lens[i];
        if (n >= m + 3 && memcmp(lower + n - m, lp->konj_endings[i], m) == 0) return true;
    }
    return false;
}

/* Frees every list of the pack. */
void nf_langpack_free(nf_langpack *lp) {
    nf_lexicon *all[] = {
        &lp->stopwords,         &lp->abbreviations,   &lp->sentence_starters, &lp->ordinal_nouns,
        &lp->ordinal_preceders, &lp->months,          &lp->number_words,      &lp->scale_words,
        &lp->qualifiers,        &lp->number_idioms,   &lp->weekdays,          &lp->time_units,
        &lp->time_words,        &lp->time_modifiers,  &lp->tense_markers,     &lp->holidays,
        &lp->currencies,        &lp->units,           &lp->measures,          &lp->measure_verbs,
        &lp->money_verbs,       &lp->year_nouns,      &lp->time_starters,     &lp->source_cues,
        &lp->media_nouns,       &lp->event_triggers,  &lp->event_modality,    &lp->support_verbs,
        &lp->speech_verbs,      &lp->speech_markers,  &lp->speech_nouns,      &lp->meeting_nouns,
        &lp->member_nouns,      &lp->document_nouns,  &lp->group_speakers,    &lp->konjunktiv,
        &lp->quote_words,       &lp->sports_words,    &lp->period_cues,       &lp->number_names,
        &lp->speech_acts,       &lp->token_index,     &lp->numword_lengths,   &lp->prefix_index,
        &lp->trigger_tails,     &lp->speech_act_tails};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) nf_lexicon_free(all[i]);
    free(lp->number_parts);
    lp->number_parts = NULL;
    nf_ev_readings_free(&lp->trigger_readings);
}

/* See langpack.h: finds `w` among the "|"-separated particles in `list`:
 * 0 when absent, 1
 * for a separable particle (it closes the clause: "teilte ... mit"), 2 for
 * one marked "@" that governs a phrase anywhere in the clause ("sprach
 * von", "bezeichnete ... als"), or its pronoun in "da-" ("sprach davon"). */
int nf_speech_particle(const char *list, const char *w) {
    size_t n = strlen(w);
    /* "davon", "damit", "davor": the pronoun of a governed phrase ("sprach
     * davon, dass ...", "warnte davor, ... zu ...") */
    size_t da = strncmp(w, "da", 2) == 0 && n > 4 ? 2 : 0;
    /* before a vowel with an "r": "darauf", "darüber", "daran" */
    if (da && w[2] == 'r' && strchr("aeiou\xc3", w[3])) da = 3;
    for (const char *p = list; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        int kind = 1;
        if (*p == '@') p++, len--, kind = 2;
        if (len == n && strncmp(p, w, n) == 0) return kind;
        if (kind == 2 && da && len == n - da && strncmp(p, w + da, len) == 0) return kind;
        if (!bar) break;
        p = bar + 1;
    }
    return 0;
}
