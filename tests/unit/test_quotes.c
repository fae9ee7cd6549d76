/* test_quotes.c - the quotation stage: direct quotes in every mark style,
 * interrupted quotes, the colon pattern, fragments, indirect speech
 * (dass-clauses, Konjunktiv I, laut, zufolge, nach Angaben, wie X sagte,
 * the anaphoric frame), reported speech, separable cues and speakers.
 * Sentences written for these tests. */
#include "helpers.h"
#include "doc.h"
#include "stages.h"

/* What a quote should be; NULL for "none", "*" for "anything". */
typedef struct want {
    int kind;
    const char *span;    /* the first span */
    const char *span2;   /* the second span, or NULL */
    const char *cue;     /* the first cue part */
    const char *cue2;    /* the particle, or NULL */
    const char *speaker; /* the speaker span */
} want;

/* The text of token range s, or NULL when it is empty. */
static const char *seg_text(const nf_doc *d, const char *text, nf_seg s) {
    if (s.tb <= s.ta) return NULL;
    return th_span(text, nf_doc_tokens_span(d, s.ta, s.tb));
}

/* Compares a possibly NULL string with an expectation ("*" matches all). */
static bool same(const char *got, const char *exp) {
    if (exp && strcmp(exp, "*") == 0) return true;
    if (!got || !exp) return got == exp;
    return strcmp(got, exp) == 0;
}

/* Prints the quotes of a document (when a test fails). */
static void dump(const nf_doc *d, const char *text) {
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        const char *sp = seg_text(d, text, q->speaker);
        fprintf(stderr, "  q%zu kind %d \"%s\"", i + 1, q->kind, seg_text(d, text, q->spans[0]));
        fprintf(stderr, " cue \"%s\"",
                q->cue[0].tb > q->cue[0].ta ? seg_text(d, text, q->cue[0]) : "");
        fprintf(stderr, " speaker \"%s\"\n", sp ? sp : "");
    }
}

/* A possibly NULL string for a message. */
static const char *shown(const char *s) {
    return s ? s : "(none)";
}

/* Extracts `text` and checks that it has a quote like `w`. */
static void expect_quote(void **state, const char *text, want w) {
    nf_doc *d = th_extract(state, text);
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        if (q->nspans == 0 || !same(seg_text(d, text, q->spans[0]), w.span)) continue;
        if (q->kind != w.kind) fail_msg("%s: kind %d, want %d", w.span, q->kind, w.kind);
        if (w.span2 && (q->nspans < 2 || !same(seg_text(d, text, q->spans[1]), w.span2)))
            fail_msg("%s: no second span \"%s\"", w.span, w.span2);
        if (!same(seg_text(d, text, q->cue[0]), w.cue))
            fail_msg("%s: cue \"%s\", want \"%s\"", w.span, shown(seg_text(d, text, q->cue[0])),
                     shown(w.cue));
        if (!same(seg_text(d, text, q->cue[1]), w.cue2))
            fail_msg("%s: particle \"%s\", want \"%s\"", w.span,
                     shown(seg_text(d, text, q->cue[1])), shown(w.cue2));
        if (!same(seg_text(d, text, q->speaker), w.speaker))
            fail_msg("%s: speaker \"%s\", want \"%s\"", w.span,
                     shown(seg_text(d, text, q->speaker)), shown(w.speaker));
        assert_int_equal(q->speaker_entity < (int32_t)d->nentities, 1);
        nf_doc_free(d);
        return;
    }
    dump(d, text);
    nf_doc_free(d);
    fail_msg("no quote \"%s\" in \"%s\"", w.span, text);
}

/* Asserts that no quote's first span is `span` (NULL: no quote at all). */
static void expect_no_quote(void **state, const char *text, const char *span) {
    nf_doc *d = th_extract(state, text);
    for (size_t i = 0; i < d->nquotes; i++) {
        if (span && !same(seg_text(d, text, d->quotes[i].spans[0]), span)) continue;
        dump(d, text);
        nf_doc_free(d);
        fail_msg("unexpected quote in \"%s\"", text);
    }
    nf_doc_free(d);
}

static void test_direct_mark_styles(void **state) {
    expect_quote(state, "„Wir bauen die Brücke bis zum Herbst“, sagte der Bürgermeister.",
                 (want){NF_Q_DIRECT, "Wir bauen die Brücke bis zum Herbst", NULL, "sagte", NULL,
                        "der Bürgermeister"});
    expect_quote(
        state, "\"Die Preise steigen weiter\", sagte die Ökonomin am Montag.",
        (want){NF_Q_DIRECT, "Die Preise steigen weiter", NULL, "sagte", NULL, "die Ökonomin"});
    expect_quote(
        state, "»Das Angebot ist fair«, erklärte der Vorstand.",
        (want){NF_Q_DIRECT, "Das Angebot ist fair", NULL, "erklärte", NULL, "der Vorstand"});
    /* examples after a noun and "wie" in the clause of the verb */
    expect_quote(state, "Die Demonstranten skandierten Parolen wie „Wir wollen keine Kameras“.",
                 (want){NF_Q_DIRECT, "Wir wollen keine Kameras", NULL, "skandierten", NULL,
                        "Die Demonstranten"});
    expect_quote(state, "«Wir werden nicht nachgeben», betonte sie.",
                 (want){NF_Q_DIRECT, "Wir werden nicht nachgeben", NULL, "betonte", NULL, "sie"});
    expect_quote(
        state, "„Warum wartet ihr noch?“ fragte der Trainer seine Spieler.",
        (want){NF_Q_DIRECT, "Warum wartet ihr noch?", NULL, "fragte", NULL, "der Trainer"});
}

/* Verbs of the manner of speaking ("scherzte", "schimpfte") frame direct
 * speech, before or after it, but report nothing by themselves. */
static void test_manner_verbs(void **state) {
    expect_quote(state, "„Das ist ein Witz“, scherzte der Minister.",
                 (want){NF_Q_DIRECT, "Das ist ein Witz", NULL, "scherzte", NULL, "der Minister"});
    expect_quote(state, "Der Trainer schimpfte: „Das war schwach.“",
                 (want){NF_Q_DIRECT, "Das war schwach.", NULL, "schimpfte", NULL, "Der Trainer"});
    /* going on speaking, with its particle ("fuhr nach Hause fort" is no
     * speech of its own) */
    expect_quote(state, "Der Trainer fuhr fort: „Das war schwach.“",
                 (want){NF_Q_DIRECT, "Das war schwach.", NULL, "fuhr", "fort", "Der Trainer"});
    expect_quote(state, "„Wir sind wieder da“, jubelten die Spieler nach dem Abpfiff.",
                 (want){NF_Q_DIRECT, "Wir sind wieder da", NULL, "jubelten", NULL, "die Spieler"});
    expect_no_quote(state, "Die Fans jubelten über den Sieg der Mannschaft in Berlin.", NULL);
    /* "es" after the verb of "hält es für möglich" is the object, one
     * word no list knows before it the subject */
    expect_quote(state, "Das Angebot läuft. eBay hält es für möglich, dass der Rekord bricht.",
                 (want){NF_Q_INDIRECT, "dass der Rekord bricht", NULL, "hält", "für", "eBay"});
    /* "es" before a name is the object, the name the subject */
    expect_quote(state,
                 "Das Werk schließt. Als nicht akzeptabel bezeichnete es Hans Wendelbruck, dass "
                 "die Firma geht: „Das ist ein Skandal.“",
                 (want){NF_Q_DIRECT, "Das ist ein Skandal.", NULL, "bezeichnete", "Als",
                        "Hans Wendelbruck"});
    /* a name that opens a sentence is no verb ("twittern") */
    expect_quote(state, "Twitter sagte, man werde klagen.",
                 (want){NF_Q_INDIRECT, "man werde klagen", NULL, "sagte", NULL, "Twitter"});
    /* nor is a noun of a statement, written as a verb's form ("er
     * hinweise") */
    expect_no_quote(state, "Hinweise auf seinen Namen wurden entfernt: Das Spiel erscheint bald.",
                    NULL);
    expect_no_quote(state, "Der Trainer schimpfte über den Schiedsrichter und das Wetter.", NULL);
}

/* "Als ..., biss der Mann ihn und schrie: „…“": after a subordinate
 * clause the main clause's verb comes first and its subject after it; a
 * second verb after "und" shares that subject. */
static void test_subject_after_subordinate_clause(void **state) {
    expect_quote(state,
                 "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und "
                 "schrie: „Lasst mich raus!“",
                 (want){NF_Q_DIRECT, "Lasst mich raus!", NULL, "schrie", NULL, "der Randalierer"});
    expect_quote(state,
                 "Nachdem der Streit beendet war, kam der Minister nach Berlin und sagte, man "
                 "bleibe hier.",
                 (want){NF_Q_INDIRECT, "man bleibe hier", NULL, "sagte", NULL, "der Minister"});
}

/* A verb of saying or thinking in Konjunktiv I is part of someone's
 * reported words: the frame after them quotes the whole, also in the
 * perfect before more words; "Ich nehme an" and a clause of time
 * in Konjunktiv are no such words. */
static void test_reported_verb_of_saying(void **state) {
    expect_quote(
        state, "Er glaube, dass das klappe, sagte Müller.",
        (want){NF_Q_INDIRECT, "Er glaube, dass das klappe", NULL, "sagte", NULL, "Müller"});
    expect_quote(
        state,
        "Sie wisse, dass ihre Arbeit fehlerhaft sei, hatte Anna Wendel damals gesagt, doch "
        "„eine Arbeit ist zu prüfen“.",
        (want){NF_Q_INDIRECT, "Sie wisse, dass ihre Arbeit fehlerhaft sei", NULL, "gesagt", NULL,
               "Anna Wendel"});
    expect_quote(state, "Als er davon erfahren habe, habe er geglaubt, dass es klappe.",
                 (want){NF_Q_INDIRECT, "dass es klappe", NULL, "geglaubt", NULL, "er"});
}

/* A governed phrase's pronoun in "da-" is the verb's particle ("spricht
 * davon, dass ..."); a passive at the end of a clause ("weil der Verein
 * aufgefordert wurde, ...") names whom the words were addressed to, not
 * who spoke them. */
static void test_da_particles_and_final_passives(void **state) {
    expect_quote(state, "Hilda Wendel spricht davon, dass Gewalt ein Problem darstelle.",
                 (want){NF_Q_INDIRECT, "dass Gewalt ein Problem darstelle", NULL, "spricht",
                        "davon", "Hilda Wendel"});
    expect_quote(state,
                 "Es kam zum Streit, weil der Verein aufgefordert wurde, die Kosten zu tragen.",
                 (want){NF_Q_INDIRECT, "die Kosten zu tragen", NULL, "aufgefordert", NULL, NULL});
}

/* A Vorfeld of a prepositional phrase and a relative clause is no content
 * for the verb after it: the sentence reports the act ("In einem Essay,
 * das ... erschien, kritisierte er ..."); "die Befürchtung bestätigte
 * sich" proves true and reports nothing. */
static void test_vorfeld_with_relative_clause(void **state) {
    const char *t = "In einem Essay, das zu seinem Geburtstag erschien, kritisierte der Politiker "
                    "Hans Wendel den Stil der Regierung.";
    expect_no_quote(state, t, "In einem Essay, das zu seinem Geburtstag erschien");
    expect_quote(state, t,
                 (want){NF_Q_REPORTED,
                        "In einem Essay, das zu seinem Geburtstag erschien, kritisierte der "
                        "Politiker Hans Wendel den Stil der Regierung",
                        NULL, "kritisierte", NULL, "der Politiker Hans Wendel"});
    expect_no_quote(state, "Damit bestätigt sich die Befürchtung, dass sich das Virus ausbreitet.",
                    NULL);
    /* "sich entscheiden" chooses, no decision is pronounced */
    expect_no_quote(state, "Wie sich Ihr Bezirk entschieden hat, sehen Sie in dieser Grafik.",
                    NULL);
    expect_no_quote(state, "Bis Ende März können sie sich entscheiden, ob sie wechseln wollen.",
                    NULL);
    /* the subject's relative clause has its own auxiliary, not the act's */
    expect_quote(state, "Der Minister, der am Montag in Berlin war, kritisierte die Regierung.",
                 (want){NF_Q_REPORTED,
                        "Der Minister, der am Montag in Berlin war, kritisierte die Regierung",
                        NULL, "kritisierte", NULL, "Der Minister"});
}

/* A verb's clause goes on after a relative clause: "bezeichnete acht
 * Karten in einem Spiel, in dem ..., als „übertrieben“", "halten das
 * Verfahren, das ..., für verfassungswidrig". */
static void test_clause_after_relative_clause(void **state) {
    expect_quote(state,
                 "Der Trainer bezeichnete acht Karten in einem Spiel, in dem es nur 26 Fouls gab, "
                 "als „übertrieben“.",
                 (want){NF_Q_DIRECT, "übertrieben", NULL, "bezeichnete", "als", "Der Trainer"});
    expect_quote(state,
                 "Die Abgeordneten halten das Verfahren, das zur Auflösung führte, für "
                 "verfassungswidrig.",
                 (want){NF_Q_REPORTED,
                        "Die Abgeordneten halten das Verfahren, das zur Auflösung führte, für "
                        "verfassungswidrig",
                        NULL, "halten", "für", "Die Abgeordneten"});
}

/* What opens a clause before its verb and is no subject: a time ("Ende
 * Januar 2006 verkündete der Verband"), a prepositional phrase that joins
 * two nouns with "und" ("Zur Lage der Firma und seiner Aufgabe wird X
 * zitiert"); "hatte es geheißen" credits the statement the clause names. */
static void test_vorfeld_no_subject(void **state) {
    /* (a preposition's phrase with the degree's "zu") */
    expect_quote(state,
                 "Wegen zu geringer Nutzung schaltet die Firma die App ab, die App sei nicht "
                 "genutzt worden.",
                 (want){NF_Q_INDIRECT, "die App sei nicht genutzt worden", NULL, "schaltet", NULL,
                        "die Firma"});
    expect_quote(state,
                 "Ende Januar 2006 verkündete der Verband dann offiziell, dass man sich bewerben "
                 "werde.",
                 (want){NF_Q_INDIRECT, "dass man sich bewerben werde", NULL, "verkündete", NULL,
                        "der Verband"});
    expect_quote(
        state,
        "Zur Lage der Firma und seiner neuen Aufgabe wird Hans Wendel so zitiert: „Es "
        "gab bessere Jahre.“",
        (want){NF_Q_DIRECT, "Es gab bessere Jahre.", NULL, "zitiert", NULL, "Hans Wendel"});
    expect_quote(state,
                 "Am Vormittag hatte es zunächst geheißen, die Opposition habe die Demonstration "
                 "abgesagt.",
                 (want){NF_Q_INDIRECT, "die Opposition habe die Demonstration abgesagt", NULL,
                        "geheißen", NULL, NULL});
    /* a word the lexicon knows in lower case, alone before the verb */
    expect_quote(state,
                 "Unmissverständlich sagt das Gericht in der Begründung, dass es nicht von seiner "
                 "Unschuld überzeugt sei.",
                 (want){NF_Q_INDIRECT, "dass es nicht von seiner Unschuld überzeugt sei", NULL,
                        "sagt", NULL, "das Gericht"});
    /* who quotes him is no part of his name */
    expect_quote(state,
                 "Der Betreuer habe jedem Geld gegeben, wie Hoyzer von der Zeitung zitiert wird.",
                 (want){NF_Q_INDIRECT, "Der Betreuer habe jedem Geld gegeben", NULL, "zitiert",
                        NULL, "Hoyzer"});
    expect_quote(state,
                 "In einer Erklärung der Minister hatte es geheißen: „Es gibt keine Lösung.“",
                 (want){NF_Q_DIRECT, "Es gibt keine Lösung.", NULL, "es geheißen", NULL,
                        "einer Erklärung der Minister"});
}

/* The passive of "zitieren" after its content frames it as "sagte" would,
 * marks or none ("Es war eine schwere Entscheidung, wurde er auf der
 * Homepage des Klubs zitiert"); "wird er gefragt" frames nothing. */
static void test_passive_zitiert_after_its_content(void **state) {
    expect_quote(state,
                 "Es war eine sehr schwere Entscheidung, wurde er auf der Homepage des Klubs "
                 "zitiert.",
                 (want){NF_Q_INDIRECT, "Es war eine sehr schwere Entscheidung", NULL, "zitiert",
                        NULL, "er"});
    expect_no_quote(state, "Er ist müde, wird er gefragt.", NULL);
}

/* A sentence in Konjunktiv I after one whose subject is a role noun with
 * a name (and no verb of saying) goes on with that person's words. */
static void test_continuation_after_role_and_name(void **state) {
    expect_quote(state,
                 "Der senegalesische Innenminister Usman Wendel definierte in Dakar das Ziel. Es "
                 "gehe nicht darum, die Wanderung zu verhindern.",
                 (want){NF_Q_INDIRECT, "Es gehe nicht darum, die Wanderung zu verhindern", NULL,
                        NULL, NULL, "Der senegalesische Innenminister Usman Wendel"});
}

/* Groups that report: the media, professions, parties to a dispute
 * (group-speakers.txt; a compound counts by its end: "Datenschützer"). */
/* A frame with "wie" inside the content: the agent of a participle
 * without its auxiliary speaks ("wie schon vom Gerichtshof entschieden"),
 * and the content stands on both sides. */
/* The participle of "schreiben" frames in the perfect, in Konjunktiv too
 * ("Der Vater habe darin geschrieben, er müsse ..."). */
static void test_written(void **state) {
    expect_quote(state,
                 "Die Polizei wertet den Brief aus. Der Vater habe darin geschrieben, er müsse "
                 "seine Kinder retten.",
                 (want){NF_Q_INDIRECT, "er müsse seine Kinder retten", NULL, "geschrieben", NULL,
                        "Der Vater"});
    /* and the participles of "äußern", "vorschlagen", "drohen" */
    expect_quote(state,
                 "Die Oppositionsparteien haben sich zuversichtlich geäußert, dass keine Neuwahl "
                 "nötig sein wird.",
                 (want){NF_Q_INDIRECT, "dass keine Neuwahl nötig sein wird", NULL, "geäußert", NULL,
                        "Die Oppositionsparteien"});
    expect_quote(state, "Die Gewerkschaft hatte damit gedroht, jede Woche zu streiken.",
                 (want){NF_Q_INDIRECT, "jede Woche zu streiken", NULL, "gedroht", "damit",
                        "Die Gewerkschaft"});
    /* "sieht ... vor" (provides), "sieht ... an" (holds); "es" before the
     * subject is the object; "sehen uns ... an" is looking */
    expect_quote(state, "Der Beschluss sieht vor, dass eine Versammlung entscheidet.",
                 (want){NF_Q_INDIRECT, "dass eine Versammlung entscheidet", NULL, "sieht", "vor",
                        "Der Beschluss"});
    expect_quote(state,
                 "Als seine Aufgabe sieht es der Präsident an, Frieden mit den Rebellen zu "
                 "schließen.",
                 (want){NF_Q_INDIRECT, "Frieden mit den Rebellen zu schließen", NULL, "sieht", "an",
                        "der Präsident"});
    expect_no_quote(state, "Zuerst sehen wir uns die Lage an, bevor wir entscheiden.", NULL);
    /* "verweisen" frames with its phrase in "auf" or "darauf" (an "r"
     * before the vowel), and reports the act with it; without it, it
     * refers a case */
    expect_quote(state, "Der Sprecher verwies auf die schlechten Wetterbedingungen.",
                 (want){NF_Q_REPORTED, "Der Sprecher verwies auf die schlechten Wetterbedingungen",
                        NULL, "verwies", "auf", "Der Sprecher"});
    /* sources and parliaments are groups that speak */
    expect_quote(state, "Andere Quellen berichten von rund 25 verletzten Personen.",
                 (want){NF_Q_REPORTED, "Andere Quellen berichten von rund 25 verletzten Personen",
                        NULL, "berichten", NULL, "Andere Quellen"});
    /* a body's management and a site's operators speak */
    expect_quote(state, "Die Armeeleitung sprach von einem normalen Absturz.",
                 (want){NF_Q_REPORTED, "Die Armeeleitung sprach von einem normalen Absturz", NULL,
                        "sprach", "von", "Die Armeeleitung"});
    expect_quote(state, "Die Betreiber sprechen von bis zu 850 Arbeitsplätzen.",
                 (want){NF_Q_REPORTED, "Die Betreiber sprechen von bis zu 850 Arbeitsplätzen", NULL,
                        "sprechen", "von", "Die Betreiber"});
    /* "ist von ... die Rede" after a statement's, a document's or someone's
     * phrase reports what they spoke of; without one it credits no one */
    expect_quote(state, "In dem Bericht ist von schweren Mängeln die Rede.",
                 (want){NF_Q_REPORTED, "In dem Bericht ist von schweren Mängeln die Rede", NULL,
                        "ist", "von", "dem Bericht"});
    expect_no_quote(state, "Im Dorf war von nichts anderem die Rede.", NULL);
    expect_no_quote(state, "Es war von einem Unfall die Rede.", NULL);
    /* a town after its noun is its administration, which acts */
    expect_quote(state, "Die Stadt Nürnberg begründet die Erhöhung mit dem neuen Angebot.",
                 (want){NF_Q_REPORTED,
                        "Die Stadt Nürnberg begründet die Erhöhung mit dem neuen Angebot", NULL,
                        "begründet", "mit", "Die Stadt Nürnberg"});
    /* "zurückweisen" joined reports the act as "wies ... zurück" does */
    expect_quote(state, "Die Regierung hat die Vorwürfe bereits als haltlos zurückgewiesen.",
                 (want){NF_Q_REPORTED,
                        "Die Regierung hat die Vorwürfe bereits als haltlos zurückgewiesen", NULL,
                        "zurückgewiesen", NULL, "Die Regierung"});
    expect_quote(state,
                 "Der Kommissar verweist jedoch darauf, dass die Kommission schweigen müsse.",
                 (want){NF_Q_INDIRECT, "dass die Kommission schweigen müsse", NULL, "verweist",
                        "darauf", "Der Kommissar"});
    expect_no_quote(state, "Der Richter verwies den Fall an das Landgericht.", NULL);
    /* a main clause after a comma that opens with a subject pronoun
     * reports its own act; the negation before the comma is not its own */
    expect_quote(state,
                 "Einzelheiten gab er nicht bekannt, er verwies aber auf Verzögerungen in den USA.",
                 (want){NF_Q_REPORTED, "er verwies aber auf Verzögerungen in den USA", NULL,
                        "verwies", "auf", "er"});
    /* "besagen": what a document states */
    expect_quote(state, "Die Studie besagt, dass die Integration schwierig ist.",
                 (want){NF_Q_INDIRECT, "dass die Integration schwierig ist", NULL, "besagt", NULL,
                        "Die Studie"});
    /* "bitten" and "urteilen" frame in every form */
    expect_quote(
        state, "Der Präsident hatte den Minister gebeten, vorerst im Amt zu bleiben.",
        (want){NF_Q_INDIRECT, "vorerst im Amt zu bleiben", NULL, "gebeten", NULL, "Der Präsident"});
    expect_quote(state, "Ein Londoner Gericht urteilte, dass der Mann in Haft bleiben muss.",
                 (want){NF_Q_INDIRECT, "dass der Mann in Haft bleiben muss", NULL, "urteilte", NULL,
                        "Ein Londoner Gericht"});
}

static void test_wie_inside(void **state) {
    expect_quote(state,
                 "Die Kürzung verstoße, wie schon vom Bundesgerichtshof entschieden, gegen den "
                 "Grundsatz der Gleichbehandlung.",
                 (want){NF_Q_INDIRECT, "Die Kürzung verstoße",
                        "gegen den Grundsatz der Gleichbehandlung", "entschieden", NULL,
                        "Bundesgerichtshof"});
}

static void test_reporting_groups(void **state) {
    /* the phrase the verb governs is no part of the speaker */
    expect_quote(
        state, "Für das Land hat die Kammer von einem Verlust von 150 Millionen gesprochen.",
        (want){NF_Q_REPORTED,
               "Für das Land hat die Kammer von einem Verlust von 150 Millionen gesprochen", NULL,
               "gesprochen", "von", "die Kammer"});
    expect_quote(state,
                 "Andere Medien berichten von 13 Passagieren und zwei Besatzungsmitgliedern.",
                 (want){NF_Q_REPORTED,
                        "Andere Medien berichten von 13 Passagieren und zwei Besatzungsmitgliedern",
                        NULL, "berichten", NULL, "Andere Medien"});
    expect_quote(state, "Datenschützer wiesen mehrfach auf die Gefahren der Sammlung hin.",
                 (want){NF_Q_REPORTED,
                        "Datenschützer wiesen mehrfach auf die Gefahren der Sammlung hin", NULL,
                        "wiesen", "hin", "Datenschützer"});
    /* "Als" with a noun right before the verb opens no subordinate clause */
    expect_quote(state, "Als Grund nannte die Behörde einen Engpass beim Personal.",
                 (want){NF_Q_REPORTED, "Als Grund nannte die Behörde einen Engpass beim Personal",
                        NULL, "nannte", NULL, "die Behörde"});
    expect_no_quote(state, "Als der Minister den Rücktritt forderte, lachte er.", NULL);
    /* a group in the dative plural, as the agent of a passive */
    expect_quote(state, "Von Unionspolitikern wurden die Äußerungen als geschmacklos bezeichnet.",
                 (want){NF_Q_REPORTED,
                        "Von Unionspolitikern wurden die Äußerungen als geschmacklos bezeichnet",
                        NULL, "bezeichnet", "als", "Unionspolitikern"});
    /* "Das" before a noun is an article, not an anaphor */
    expect_quote(state, "Das Weiße Haus verlangte einen umgehenden Rückzug der Truppen.",
                 (want){NF_Q_REPORTED,
                        "Das Weiße Haus verlangte einen umgehenden Rückzug der Truppen", NULL,
                        "verlangte", NULL, "Das Weiße Haus"});
}

/* A clause of "wie" with an object after its subject tells an act, the
 * content of the verb before it, not a frame ("wie die Zeitung
 * berichtete"). */
static void test_wie_clause_with_object(void **state) {
    expect_quote(state,
                 "Vor Gericht hatten Zeugen berichtet, wie der Mann die Frau vor dem Haus "
                 "attackierte.",
                 (want){NF_Q_INDIRECT, "wie der Mann die Frau vor dem Haus attackierte", NULL,
                        "berichtet", NULL, "Zeugen"});
    expect_quote(state, "Die Lage ist ernst, wie schon die Regierung am Montag sagte.",
                 (want){NF_Q_INDIRECT, "Die Lage ist ernst", NULL, "sagte", NULL, "die Regierung"});
    /* (the speaker's span takes the pronoun in: "das die Regierung") */
    expect_quote(state, "Die Grenze bleibt zu, wie das die Regierung fordert.",
                 (want){NF_Q_INDIRECT, "Die Grenze bleibt zu", NULL, "fordert", NULL, "*"});
}

/* "so" before the verb of a frame that ends the sentence ("..., so
 * erklärte der Minister"); verbs of estimating and
 * of holding a view ("schätzt, dass", "vertritt die Ansicht"); a
 * quantifier alone as the subject ("Einige"); a date's apposition opens
 * no clause; "würde behauptet" is a passive. */
static void test_so_frames_and_views(void **state) {
    expect_quote(
        state, "Die Lage sei ernst, so erklärte der Minister am Montag.",
        (want){NF_Q_INDIRECT, "Die Lage sei ernst", NULL, "erklärte", NULL, "der Minister"});
    /* "so" opening a clause that ends in its verb is a condition */
    expect_no_quote(state, "Dann sollte es so weit sein – so die Umstellung nach Plan verläuft.",
                    NULL);
    /* the writer's aside: a participle and "sei" */
    expect_no_quote(state, "Erwähnt sei, dass es bereits andere Lösungen gibt.", NULL);
    /* (not the writer's clause before a colon) */
    expect_quote(state,
                 "Die Grünen verweigerten ihm die Zustimmung: Wer so geworben habe, dürfe das Amt "
                 "nicht haben, so der Abgeordnete Rudi Kern.",
                 (want){NF_Q_INDIRECT, "Wer so geworben habe, dürfe das Amt nicht haben", NULL,
                        "so", NULL, "der Abgeordnete Rudi Kern"});
    expect_quote(
        state, "Die Behörde schätzt, dass der Schaden groß ist.",
        (want){NF_Q_INDIRECT, "dass der Schaden groß ist", NULL, "schätzt", NULL, "Die Behörde"});
    /* reckoning, weighing and thinking over frame what they arrive at; plain
     * "denken" does not ("denke ich", "dachte an ...") */
    expect_quote(state, "Die Helfer errechneten, dass beide gleich viele Stimmen erhielten.",
                 (want){NF_Q_INDIRECT, "dass beide gleich viele Stimmen erhielten", NULL,
                        "errechneten", NULL, "Die Helfer"});
    expect_quote(
        state, "Die Regierung denkt darüber nach, das Gesetz zu ändern.",
        (want){NF_Q_INDIRECT, "das Gesetz zu ändern", NULL, "denkt", "nach", "Die Regierung"});
    expect_quote(
        state, "Der Konzern überlegte, die Preise zu senken.",
        (want){NF_Q_INDIRECT, "die Preise zu senken", NULL, "überlegte", NULL, "Der Konzern"});
    expect_no_quote(state, "Niemand dachte an etwas anderes: Der Stürmer passte zu Weber.", NULL);
    expect_quote(state, "Einige vertreten die Auffassung, die Welt befände sich in der Endzeit.",
                 (want){NF_Q_INDIRECT, "die Welt befände sich in der Endzeit", NULL, "vertreten",
                        "Auffassung", "Einige"});
    expect_quote(state,
                 "Gysi hatte am Donnerstag, den 7.10. in einem Interview die These vertreten, "
                 "die Partei stagniere.",
                 (want){NF_Q_INDIRECT, "die Partei stagniere", NULL, "vertreten", "These", "Gysi"});
    expect_quote(
        state, "In dem Bericht würde dann behauptet, die Lage sei ernst.",
        (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "behauptet", NULL, "dem Bericht"});
    /* "so X" closing the sentence frames all of it, a frame inside too */
    expect_quote(state,
                 "Wir fragten uns lange, warum die Straße gesperrt wurde, so ein Anwohner im "
                 "Radio.",
                 (want){NF_Q_INDIRECT, "Wir fragten uns lange, warum die Straße gesperrt wurde",
                        NULL, "so", NULL, "ein Anwohner"});
}

/* A frame of "so" and its verb between commas inside the sentence quotes
 * both sides, however short the first ("Tatsächlich"), but not a
 * conjunction alone, nor a part after it that another cue frames or a
 * conjunction opens.  A dative pronoun after a verb that opens its clause
 * ("erklärte ihm eine Bäuerin") is whom the speaker addresses. */
static void test_so_frame_inside(void **state) {
    expect_quote(state, "Ohne Brot, so erinnert sich Hans Wendel, wurden die Leute narrisch.",
                 (want){NF_Q_INDIRECT, "Ohne Brot", "wurden die Leute narrisch", "erinnert", NULL,
                        "Hans Wendel"});
    expect_quote(state,
                 "Tatsächlich, so betont auch die ermittelnde Polizei, ist dies keine "
                 "zutreffende Darstellung.",
                 (want){NF_Q_INDIRECT, "Tatsächlich", "ist dies keine zutreffende Darstellung",
                        "betont", NULL, "die ermittelnde Polizei"});
    expect_quote(
        state, "Die Lage ist, so betonte der Minister, sehr ernst.",
        (want){NF_Q_INDIRECT, "Die Lage ist", "sehr ernst", "betonte", NULL, "der Minister"});
    expect_quote(state, "Aber, so schrieb der Dichter einst, die Liebe bleibt.",
                 (want){NF_Q_INDIRECT, "die Liebe bleibt", NULL, "schrieb", NULL, "der Dichter"});
    expect_no_quote(state,
                    "Auf seine Frage, so schreibt er, erklärte ihm eine Bäuerin: „Wir bleiben "
                    "hier!“",
                    "Auf seine Frage");
    expect_quote(state,
                 "Auf seine Frage, so schreibt er, erklärte ihm eine Bäuerin: „Wir bleiben "
                 "hier!“",
                 (want){NF_Q_DIRECT, "Wir bleiben hier!", NULL, "erklärte", NULL, "eine Bäuerin"});
    expect_no_quote(state, "Die Lage ist, so sagte er, und die Leute gingen.", "Die Lage ist");
    /* after a relative clause with a verb of saying the main clause goes
     * on with its finite verb: no content of that verb */
    expect_no_quote(state,
                    "In den Gebieten, aus denen Anna Wendel für den Sender berichtet, hilft oft "
                    "nur Bargeld weiter.",
                    NULL);
    /* and after reported speech in a relative clause, with a verb in the
     * present too, where no subjunctive follows in its clause */
    expect_quote(state, "Die Polizei, die mitteilte, der Täter sei flüchtig, sucht Zeugen.",
                 (want){NF_Q_INDIRECT, "der Täter sei flüchtig", NULL, "mitteilte", NULL, "die"});
    expect_quote(state, "Die Polizei, die mitteilte, der Täter sei flüchtig, sucht neue Zeugen.",
                 (want){NF_Q_INDIRECT, "der Täter sei flüchtig", NULL, "mitteilte", NULL, "die"});
    /* (not an adverb between two adjectives of one noun) */
    expect_quote(state,
                 "Der Abgeordnete sagte, es habe einen geheimen, gut geplanten Versuch gegeben.",
                 (want){NF_Q_INDIRECT, "es habe einen geheimen, gut geplanten Versuch gegeben",
                        NULL, "sagte", NULL, "Der Abgeordnete"});
    expect_quote(state, "Er sagte, eine Brücke habe den Aufprall gemildert, sonst wären alle tot.",
                 (want){NF_Q_INDIRECT,
                        "eine Brücke habe den Aufprall gemildert, sonst wären alle tot", NULL,
                        "sagte", NULL, "Er"});
    /* a demonstrative alone after the verb is the speaker, not a phrase
     * after it */
    expect_quote(
        state, "Für die Sängerin, so schrieb diese in einer Stellungnahme, sei es eine Ehre.",
        (want){NF_Q_INDIRECT, "Für die Sängerin", "sei es eine Ehre", "schrieb", NULL, "diese"});
    expect_quote(state, "Das sei falsch, sagte dieser am Montag.",
                 (want){NF_Q_INDIRECT, "Das sei falsch", NULL, "sagte", NULL, "dieser"});
    /* a dative pronoun after a verb that opens its clause is no speaker */
    expect_quote(
        state, "Das sei falsch, sagte uns der Sprecher der Polizei.",
        (want){NF_Q_INDIRECT, "Das sei falsch", NULL, "sagte", NULL, "der Sprecher der Polizei"});
}

/* Quotations joined to a framed one by a comma or a conjunction are
 * direct quotes of the same frame; titles no frame takes are none. */
static void test_coordinated_fragments(void **state) {
    expect_quote(
        state, "Von „absichtlicher“ oder „mutwilliger Täuschung“ sprechen die Ermittler.",
        (want){NF_Q_DIRECT, "mutwilliger Täuschung", NULL, "sprechen", "Von", "die Ermittler"});
    const char *t = "Der Minister nannte den Plan „unsinnig“, „teuer“ und „gefährlich“.";
    expect_quote(state, t, (want){NF_Q_DIRECT, "teuer", NULL, "nannte", NULL, "Der Minister"});
    expect_quote(state, t, (want){NF_Q_DIRECT, "gefährlich", NULL, "nannte", NULL, "Der Minister"});
    expect_no_quote(state, "Diebe stahlen die Gemälde „Madonna“ und „Der Schrei“.", NULL);
}

/* Phrases of speech verbs that frame nothing: "wie gesagt" (as said)
 * with no one who says, "gemeint war X" (what a word means), a clause
 * that opens with its verb as a condition ("Rechnet man mit ..., dann"),
 * a participle after adverbs before a colon ("Kurz gesagt: ..."), the
 * label "Frage:" of an interview's turn. */
static void test_phrases_that_frame_nothing(void **state) {
    expect_no_quote(state, "Aber, wie gesagt, davon ist derzeit nichts zu spüren.", NULL);
    /* "wie man sagt": as they say */
    expect_no_quote(state, "Die Lage war damals, wie man gerne sagt, noch überschaubar.", NULL);
    /* "sich versprechen": hoping, no promise */
    expect_no_quote(state, "Von den finnischen Hunden verspricht man sich nun Erfolg.", NULL);
    expect_no_quote(state, "Die Regierung verspricht sich von der Reform mehr Tempo.", NULL);
    expect_quote(
        state, "Der Minister versprach, sich darum zu kümmern.",
        (want){NF_Q_INDIRECT, "sich darum zu kümmern", NULL, "versprach", NULL, "Der Minister"});
    /* "wie man ihn nannte", "wie man den Mann nannte": what someone is
     * called; "wie er es nannte" frames what he called it */
    expect_no_quote(state, "Es wurde ruhig um Schicki, wie man ihn in Graz nannte.", NULL);
    expect_no_quote(state, "Es wurde ruhig um Schicki, wie man den Mann in Graz nannte.", NULL);
    expect_quote(state, "Das sei eine Katastrophe, wie er es nannte.",
                 (want){NF_Q_INDIRECT, "Das sei eine Katastrophe", NULL, "nannte", NULL, "er"});
    /* no one says or expects it */
    expect_no_quote(state, "Niemand erwartet, dass das Land eine Rakete abschießt.", NULL);
    expect_no_quote(state, "Das glaubt keiner, dass die Firma überlebt.", NULL);
    expect_quote(
        state, "Die Partei gewann in keiner Region und sagte, sie werde weitermachen.",
        (want){NF_Q_INDIRECT, "sie werde weitermachen", NULL, "sagte", NULL, "Die Partei"});
    /* a subject after "Und" makes a participle-like verb a frame */
    expect_quote(state, "Und sie versichert: Wir gehen jeder Beschwerde sofort nach.",
                 (want){NF_Q_INDIRECT, "Wir gehen jeder Beschwerde sofort nach", NULL, "versichert",
                        NULL, "sie"});
    /* an interview's label "Frage:" is no verb "frage" */
    expect_no_quote(state, "Frage: Wie lange wird das dauern? Antwort: Das ist noch offen.", NULL);
    expect_no_quote(state, "Wie bereits gesagt, ist davon derzeit nichts zu spüren.", NULL);
    expect_no_quote(state, "Oder anders gesagt: Die Lage ist ernst.", NULL);
    expect_no_quote(state,
                    "Am Freitag präsentierte die Ministerin mit dem lieben Josef, gemeint war "
                    "Minister Ostermayer, jene Barriere.",
                    NULL);
    expect_no_quote(state,
                    "Rechnet man mit einer Beladung von acht Tonnen, dann wären 60.000 Fahrten "
                    "nötig.",
                    NULL);
    /* a speaker makes "wie ... gesagt" a frame again */
    expect_quote(
        state, "Die Lage ist, wie der Minister gesagt hat, sehr ernst.",
        (want){NF_Q_INDIRECT, "Die Lage ist", "sehr ernst", "gesagt", NULL, "der Minister"});
}

/* A state's institution named by its noun alone, in news that is clearly
 * about one foreign country, is that country's ("Nach Angaben der
 * Polizei" in news from Venezuela: VENCOP); where two countries share the
 * news, of none. */
static void test_institution_of_the_country_abroad(void **state) {
    const char *t = "In Venezuela gehen die Proteste weiter. Venezuelas Opposition rief zu "
                    "Streiks auf. Nach Angaben der Polizei wurden in Caracas 20 Menschen "
                    "festgenommen.";
    nf_doc *d = th_extract(state, t);
    const nf_entity *police = NULL;
    for (size_t i = 0; i < d->nquotes; i++)
        if (d->quotes[i].speaker_entity >= 0 &&
            !strcmp(seg_text(d, t, d->quotes[i].speaker), "Angaben der Polizei"))
            police = &d->entities[d->quotes[i].speaker_entity];
    assert_non_null(police);
    assert_non_null(police->actor);
    assert_string_equal(police->actor, "VENCOP");
    nf_doc_free(d);
    /* (a time after the phrase dates the statement: the police still speak) */
    t = "In Venezuela gehen die Proteste weiter. Venezuelas Opposition rief zu Streiks auf. "
        "Nach Angaben der Polizei vom Dienstag wurden 20 Menschen festgenommen.";
    d = th_extract(state, t);
    police = NULL;
    for (size_t i = 0; i < d->nquotes; i++)
        if (d->quotes[i].speaker_entity >= 0 &&
            !strcmp(seg_text(d, t, d->quotes[i].speaker), "Angaben der Polizei vom Dienstag"))
            police = &d->entities[d->quotes[i].speaker_entity];
    assert_non_null(police);
    assert_non_null(police->actor);
    assert_string_equal(police->actor, "VENCOP");
    nf_doc_free(d);
    t = "Nordkorea droht Südkorea. Nach Angaben der Polizei wurden 20 Menschen festgenommen.";
    d = th_extract(state, t);
    for (size_t i = 0; i < d->nquotes; i++)
        if (d->quotes[i].speaker_entity >= 0)
            assert_false(d->entities[d->quotes[i].speaker_entity].country[0]);
    nf_doc_free(d);
}

/* The actor code of the speaker of the first quote of `text` whose
 * speaker phrase reads `span`, or "" when it has no speaker entity or no
 * actor; fails when no such quote is found. */
static void expect_speaker_actor(void **state, const char *t, const char *span, const char *actor) {
    nf_doc *d = th_extract(state, t);
    bool found = false;
    for (size_t i = 0; i < d->nquotes && !found; i++) {
        if (strcmp(seg_text(d, t, d->quotes[i].speaker), span) != 0) continue;
        found = true;
        int32_t e = d->quotes[i].speaker_entity;
        const char *got = e >= 0 && d->entities[e].actor ? d->entities[e].actor : "";
        if (strcmp(got, actor) != 0) fail_msg("%s: actor \"%s\", want \"%s\"", span, got, actor);
    }
    if (!found) fail_msg("no quote spoken by %s", span);
    nf_doc_free(d);
}

/* A state's institution named by its noun alone in news clearly about
 * Germany, Austria or Switzerland is that country's ("Wien - Der
 * Rechnungshof kritisiert"); "dortig" gives it the country of the place
 * named last ("In Italien ... Der dortige Kassationsgerichtshof"); news
 * about two countries alike gives it none. */
static void test_institution_of_the_country_at_home(void **state) {
    expect_speaker_actor(state,
                         "Wien – Der Rechnungshof kritisierte am Montag, das Ministerium habe "
                         "versagt.",
                         "Der Rechnungshof", "AUTGOV");
    expect_speaker_actor(state,
                         "Berlin – Die Bundesregierung klagte in Den Haag. In Italien waren "
                         "Entschädigungen für die deutsche Besatzung gefordert worden. Der "
                         "dortige Kassationsgerichtshof "
                         "sagte, Deutschland müsse zahlen.",
                         "Der dortige Kassationsgerichtshof", "ITAJUD");
    expect_speaker_actor(state,
                         "Wien – Der Kanzler reiste nach Berlin. Die Polizei teilte mit, es habe "
                         "keine Zwischenfälle gegeben.",
                         "Die Polizei", "");
}

/* A representative or an official of an organisation speaks for it as its
 * spokesperson does ("ein ranghoher Vertreter der Hamas"); an
 * institution's circles speak for it ("aus israelischen
 * Regierungskreisen"). */
static void test_representatives_and_circles(void **state) {
    expect_speaker_actor(state, "„Die Lage ist ernst“, sagte ein ranghoher Vertreter der Hamas.",
                         "ein ranghoher Vertreter der Hamas", "PSEREBHMS");
    expect_speaker_actor(state,
                         "„Die Lage ist ernst“, sagte ein Vertreter des US-Außenministeriums.",
                         "ein Vertreter des US-Außenministeriums", "USAGOV");
    expect_speaker_actor(state,
                         "Aus israelischen Regierungskreisen hieß es, man prüfe die Anfrage.",
                         "israelischen Regierungskreisen", "ISRGOV");
}

/* A name given is no words said, at any length ("die sich selbst „Rat
 * für Demokratische Reform“ nennt"); "nur eingeschränkt" restricts, it
 * frames nothing. */
static void test_names_given(void **state) {
    expect_no_quote(state,
                    "Die Junta, die sich selbst „Rat für Demokratische Reform“ nennt, regiert "
                    "seit Montag.",
                    NULL);
    expect_no_quote(state,
                    "Der London mit dem Festland verbindende „Eurostar“ kann nur eingeschränkt "
                    "verkehren.",
                    NULL);
}

static void test_direct_over_paragraphs(void **state) {
    const char *t = "Die Ministerin sagte: „Wir haben lange verhandelt. Das Ergebnis ist gut.\n\n"
                    "„Nun beginnt die Arbeit an den Details.“\n\nDanach ging sie.";
    nf_doc *d = th_extract(state, t);
    assert_true(d->nquotes >= 1);
    const nf_quote *q = &d->quotes[0];
    assert_int_equal(q->kind, NF_Q_DIRECT);
    assert_int_equal(q->nspans, 2);
    assert_string_equal(seg_text(d, t, q->spans[0]),
                        "Wir haben lange verhandelt. Das Ergebnis ist gut.");
    assert_string_equal(seg_text(d, t, q->spans[1]), "Nun beginnt die Arbeit an den Details.");
    assert_string_equal(seg_text(d, t, q->speaker), "Die Ministerin");
    nf_doc_free(d);
}

static void test_interrupted(void **state) {
    expect_quote(state,
                 "„Wir haben viel erreicht“, sagte die Kanzlerin, „aber der Weg ist noch lang.“",
                 (want){NF_Q_DIRECT, "Wir haben viel erreicht", "aber der Weg ist noch lang.",
                        "sagte", NULL, "die Kanzlerin"});
}

static void test_colon(void **state) {
    /* a frame after its content quotes what follows the writer's own
     * clause before a colon, and the whole where the colon is the
     * speaker's */
    expect_quote(
        state,
        "Der Landesrat ist noch vor den Gesprächen vorgeprescht: Er sehe bei der FPÖ mehr "
        "Reformwillen, sagte er am Mittwoch.",
        (want){NF_Q_INDIRECT, "Er sehe bei der FPÖ mehr Reformwillen", NULL, "sagte", NULL, "er"});
    expect_quote(state, "Es gebe zwei Gründe: die Kosten und die Zeit, sagte der Minister.",
                 (want){NF_Q_INDIRECT, "Es gebe zwei Gründe: die Kosten und die Zeit", NULL,
                        "sagte", NULL, "der Minister"});
    expect_quote(state, "Die Sprecherin sagte: „Die Verhandlungen gehen morgen weiter.“",
                 (want){NF_Q_DIRECT, "Die Verhandlungen gehen morgen weiter.", NULL, "sagte", NULL,
                        "Die Sprecherin"});
    expect_quote(state, "Angela Merkel: „Wir schaffen das.“",
                 (want){NF_Q_DIRECT, "Wir schaffen das.", NULL, ":", NULL, "Angela Merkel"});
    /* the verb's clause goes on after the subject's apposition */
    expect_quote(state,
                 "Dann warnte Peter Wendelbruck, der Chef des Verbandes, die Politik in einem "
                 "Brief: „Die Versorgung ist in Gefahr.“",
                 (want){NF_Q_DIRECT, "Die Versorgung ist in Gefahr.", NULL, "warnte", NULL,
                        "Peter Wendelbruck"});
    /* with no verb of saying before the colon, the clause's subject
     * speaks only when it may: a role noun, or someone named in it or its
     * apposition; a work or a name gives a title */
    expect_quote(state, "Hier sparte der Präsident nicht mit Kritik: „Das ist ein Skandal.“",
                 (want){NF_Q_DIRECT, "Das ist ein Skandal.", NULL, NULL, NULL, "der Präsident"});
    /* a clause after "und" with a subject of its own frames what follows
     * its colon, not the verb before "und" */
    expect_quote(state,
                 "Die Menge skandierte Parolen wie „Nieder mit ihm!“ und der Verleger Jonas "
                 "Wendelbruck rief vor der Bühne aus: „Das ist der schlechteste Vertrag!“",
                 (want){NF_Q_DIRECT, "Das ist der schlechteste Vertrag!", NULL, NULL, NULL,
                        "der Verleger Jonas Wendelbruck"});
    expect_quote(state,
                 "Der Leiter der Studie, Paulo Wendelbruck, sieht die Schuld beim Staat: „Es "
                 "gilt, ein Signal zu setzen.“",
                 (want){NF_Q_DIRECT, "Es gilt, ein Signal zu setzen.", NULL, NULL, NULL,
                        "Der Leiter der Studie"});
    expect_no_quote(
        state, "Sein erstes großes Werk entstand in den 1970er Jahren: „Le Grand Macabre“.", NULL);
    expect_quote(state, "Ein Hauptkommissar nach der Festnahme: „Er ist dort, wo er hingehört.“",
                 (want){NF_Q_DIRECT, "Er ist dort, wo er hingehört.", NULL, NULL, NULL,
                        "Ein Hauptkommissar"});
    /* after a clause set off before it, the verb first (one that may be
     * an adjective too, before an article), the subject after it; an
     * author's noun is a person's */
    expect_quote(state,
                 "Höhnisch, wohl auf das Presseecho reagierend, veröffentlichte der Verfasser "
                 "folgenden Kommentar dazu: „Wer gestrichen werden möchte, hat die Chance.“",
                 (want){NF_Q_DIRECT, "Wer gestrichen werden möchte, hat die Chance.", NULL, NULL,
                        NULL, "der Verfasser"});
    /* a clause in Konjunktiv I before the colon reports the words of the
     * quote before it: its subject is no speaker (the verb that framed
     * those words is the quotation's cue) */
    expect_quote(
        state,
        "Anna Wendel erklärte, sie habe Helfer geschickt. Sachsen sei Polen zu Dank "
        "verpflichtet: „Sie haben uns geholfen.“",
        (want){NF_Q_DIRECT, "Sie haben uns geholfen", NULL, "erklärte", NULL, "Anna Wendel"});
    /* nor one after a comma in Konjunktiv II ("..., würden nicht alle
     * stimmen:"); an infinitive clause's subject is the one before it */
    expect_quote(
        state,
        "Die Ministerin Anna Wendel äußerte Zweifel und wagte die Prognose, bei der Wahl "
        "würden nicht alle Abgeordneten zustimmen: „Ich gehe davon aus, dass es knapp wird.“",
        (want){NF_Q_DIRECT, "Ich gehe davon aus, dass es knapp wird", NULL, "äußerte", NULL,
               "Die Ministerin Anna Wendel"});
    expect_quote(
        state,
        "Der Mitarbeiter Nick Wendel hat keine Hemmungen, seine Sympathien offen zu "
        "zeigen: „Wir stehen dazu.“",
        (want){NF_Q_DIRECT, "Wir stehen dazu.", NULL, NULL, NULL, "Der Mitarbeiter Nick Wendel"});
    /* a list of names or things after a colon says nothing */
    expect_no_quote(state,
                    "Neben dem Wasser werden auch Spuren verschiedener Gase erwartet: "
                    "Kohlendioxid, Methan oder Stickstoff.",
                    NULL);
    expect_quote(
        state, "Der Minister erklärte: Die Lage ist ernst.",
        (want){NF_Q_INDIRECT, "Die Lage ist ernst", NULL, "erklärte", NULL, "Der Minister"});
    /* the colon of a score opens nothing */
    const char *t = "Das ist ärgerlich, sagte Trainer Hans Wendel nach dem 0:1 im eigenen Stadion.";
    expect_no_quote(state, t, "1 im eigenen Stadion");
    expect_quote(
        state, t,
        (want){NF_Q_INDIRECT, "Das ist ärgerlich", NULL, "sagte", NULL, "Trainer Hans Wendel"});
    /* "lässt ... erklären:": the infinitive completes the finite verb's
     * cue, whose subject follows it (no adverb opening the sentence) */
    expect_quote(
        state, "Heute ließ die Regierung erklären: „Es gibt keine Opfer.“",
        (want){NF_Q_DIRECT, "Es gibt keine Opfer.", NULL, "ließ", "erklären", "die Regierung"});
    expect_quote(
        state, "Aktuell lässt sie Folgendes erklären: „Sie hat das Abitur nachgeholt.“",
        (want){NF_Q_DIRECT, "Sie hat das Abitur nachgeholt.", NULL, "lässt", "erklären", "sie"});
}

static void test_so_before_the_verb(void **state) {
    /* "„…“, so beschreibt ihn X": "so" before the verb of the frame, an
     * object pronoun before its subject */
    expect_quote(state, "„Er ist hart“, so beschreibt ihn der Funktionär Bernard Wendel.",
                 (want){NF_Q_DIRECT, "Er ist hart", NULL, "beschreibt", NULL,
                        "der Funktionär Bernard Wendel"});
    expect_quote(
        state, "„Er ist hart“, so sagte es der Funktionär Bernard Wendel.",
        (want){NF_Q_DIRECT, "Er ist hart", NULL, "sagte", NULL, "der Funktionär Bernard Wendel"});
    expect_quote(state, "„Er ist hart“, so sagte sie.",
                 (want){NF_Q_DIRECT, "Er ist hart", NULL, "sagte", NULL, "sie"});
}

static void test_passive_frame_past_apposition(void **state) {
    /* "„…“, wird X, Y, zitiert": the participle after the apposition */
    expect_quote(state,
                 "„Das ist eine echte Chance für Video“, wird Mike Wendel, Produktmanager für "
                 "Flash, zitiert.",
                 (want){NF_Q_DIRECT, "Das ist eine echte Chance für Video", NULL, "zitiert", NULL,
                        "Mike Wendel"});
    /* "von" after the subject names who quotes, not a part of the subject
     * (the relay's copy credits it); a place after "von" is the noun's */
    expect_quote(
        state, "„Es ist vorbei“, wird die Ministerin Anna Wendel von der Zeitung zitiert.",
        (want){NF_Q_DIRECT, "Es ist vorbei", NULL, "zitiert", NULL, "die Ministerin Anna Wendel"});
    expect_quote(
        state, "„Es ist vorbei“, wurde der Bürgermeister von Paris zitiert.",
        (want){NF_Q_DIRECT, "Es ist vorbei", NULL, "zitiert", NULL, "der Bürgermeister von Paris"});
}

static void test_relative_clause_on_the_speaker(void **state) {
    /* "„…“, schrieb X, die ... könne": more of what X said; in the
     * indicative the writer's own words about X */
    const char *t = "„Es ist toll“, schrieb die Sängerin Anna Wendel, die den Auftritt kaum "
                    "erwarten könne.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "die den Auftritt kaum erwarten könne", NULL, "schrieb",
                        NULL, "die Sängerin Anna Wendel"});
    expect_quote(
        state, t,
        (want){NF_Q_DIRECT, "Es ist toll", NULL, "schrieb", NULL, "die Sängerin Anna Wendel"});
    expect_no_quote(state, "„Wir kommen“, sagte Anna Wendel, die seit 2005 Ministerin ist.",
                    "die seit 2005 Ministerin ist");
}

static void expect_speaker_entity(void **state, const char *text, const char *span,
                                  const char *name); /* below */

static void test_with_the_words(void **state) {
    /* "mit den Worten" quotes the words after it (no name of a noun), its
     * speaker the clause's subject, before it or after its verb */
    expect_quote(state,
                 "Die Zeitung zitiert den Prediger mit den Worten „Wir hatten einst die Welt "
                 "beherrscht“.",
                 (want){NF_Q_DIRECT, "Wir hatten einst die Welt beherrscht", NULL, "zitiert", NULL,
                        "Die Zeitung"});
    expect_quote(state,
                 "Mit den Worten „Jetzt werden alle Fragen in der Runde diskutiert“, richtete er "
                 "seinen Blick auf andere.",
                 (want){NF_Q_DIRECT, "Jetzt werden alle Fragen in der Runde diskutiert", NULL,
                        "Worten", NULL, "er"});
    expect_quote(state, "„Guten Tag, ich bin wieder da“, mit diesen Worten meldete er sich.",
                 (want){NF_Q_DIRECT, "Guten Tag, ich bin wieder da", NULL, "Worten", NULL, "er"});
    /* (after a dash too, and the speaker is the one named there, not the
     * one quoted before) */
    const char *dash = "Klingbeil sagte, man werde verhandeln. „Das ist inakzeptabel“ – mit diesen "
                       "Worten reagierte Macron auf den Angriff.";
    expect_quote(state, dash,
                 (want){NF_Q_DIRECT, "Das ist inakzeptabel", NULL, "Worten", NULL, "Macron"});
    expect_speaker_entity(state, dash, "Das ist inakzeptabel", "Macron");
    expect_quote(state, "Der Trainer verabschiedete sich mit den Worten „Ich komme wieder“.",
                 (want){NF_Q_DIRECT, "Ich komme wieder", NULL, "Worten", NULL, "Der Trainer"});
    /* (so before a colon in the clause of a verb that says nothing) */
    expect_quote(state,
                 "Der Trainer schloss sich der Kritik mit den Worten an: „Ich komme wieder.“",
                 (want){NF_Q_DIRECT, "Ich komme wieder.", NULL, "Worten", NULL, "Der Trainer"});
    /* (and opening the next sentence after a quotation of its own) */
    const char *next = "„Wir verurteilen diesen Angriff aufs Schärfste.“ Mit diesen Worten "
                       "reagierte die EU-Kommission auf den Anschlag.";
    expect_quote(state, next,
                 (want){NF_Q_DIRECT, "Wir verurteilen diesen Angriff aufs Schärfste.", NULL,
                        "Worten", NULL, "die EU-Kommission"});
}

static void test_partial_and_mixed(void **state) {
    const char *t =
        "Der Minister betonte, dass die Gespräche „offen und konstruktiv“ verlaufen seien.";
    expect_quote(state, t,
                 (want){NF_Q_MIXED, "dass die Gespräche „offen und konstruktiv“ verlaufen seien",
                        NULL, "betonte", NULL, "Der Minister"});
    expect_quote(
        state, t,
        (want){NF_Q_DIRECT, "offen und konstruktiv", NULL, "betonte", NULL, "Der Minister"});
    expect_quote(state,
                 "Die Rektorin erklärte die Absicht, „den Studierenden mehr Zeit für die Prüfungen "
                 "zu geben“.",
                 (want){NF_Q_DIRECT, "den Studierenden mehr Zeit für die Prüfungen zu geben", NULL,
                        "erklärte", NULL, "Die Rektorin"});
    expect_quote(state, "Der Abgeordnete nannte den Plan einen „teuren Irrweg“.",
                 (want){NF_Q_DIRECT, "teuren Irrweg", NULL, "nannte", NULL, "Der Abgeordnete"});
}

static void test_writers_own_voice(void **state) {
    /* "man" beside a modal verb is the writer's own voice; the frame
     * after it names who speaks ("so der Forscher") */
    expect_no_quote(state, "Alles in allem kann man sagen, dass das Fest ein Erfolg war.", NULL);
    expect_quote(state,
                 "Man darf aber davon ausgehen, dass es weitere Arten gibt, so der Forscher.",
                 (want){NF_Q_INDIRECT, "Man darf aber davon ausgehen, dass es weitere Arten gibt",
                        NULL, "so", NULL, "der Forscher"});
}

static void test_titles_are_not_quotes(void **state) {
    expect_no_quote(state, "Der Film „Die lange Nacht“ läuft ab Donnerstag im Kino.", NULL);
    expect_no_quote(state, "Die Polizei nahm zwei mutmaßliche „Al-Qaida“-Mitglieder fest.", NULL);
    expect_no_quote(state, "Die Zeitung „Neue Rundschau“ erscheint täglich.", NULL);
    /* a gloss after a verb of meaning, and naming without "als" (to
     * denote) is no act of speech */
    expect_no_quote(state,
                    "Der Name Wendu bedeutet auf Zulu etwa „Menschlichkeit“ und bezeichnet eine "
                    "afrikanische Philosophie.",
                    NULL);
    /* a noun of categories and terms before a term in lower case */
    expect_no_quote(state,
                    "Das Land liegt im Bereich „politisch motivierte Kriminalität“ an erster "
                    "Stelle.",
                    NULL);
    /* an article and adjectives before a capitalised title */
    expect_no_quote(state,
                    "So berichtete die in Bayern erscheinende „Abendpost am Sonntag“ gestern von "
                    "einer Initiative.",
                    NULL);
    expect_no_quote(state, "Das meldete die wöchentliche „Stimme der Heimat“ am Montag.", NULL);
    /* after an outlet's noun a title in lower case, commas in it too */
    expect_no_quote(state, "Das ergab ein Vergleich des Magazins „haus, garten und hof“ im Mai.",
                    NULL);
    /* a legal form ends a name, whatever its case and punctuation */
    expect_no_quote(state, "Die Firma „solar energie ag“ aus Essen investiert in den Bau.", NULL);
    expect_no_quote(state,
                    "Man sah nur eine Nachricht des „Freunde des Waldes – Verein für "
                    "Naturschutz e.V.“ auf der Seite.",
                    NULL);
    expect_no_quote(state,
                    "Geworben haben die „Initiative Saubere Luft e.V. (ISL)“ und der "
                    "Verband der Ärzte.",
                    NULL);
    /* a capitalised one after an adjective an article opens is that
     * phrase's noun, a name */
    expect_no_quote(state,
                    "Sie wurden beim erstklassig besetzten „22. Bol d’or mini féminine“, das in "
                    "Genf ausgetragen wurde, Dritte.",
                    NULL);
}

/* An age's adjective after the article heads the speaker's phrase, as the
 * old spelling writes the noun ("der 81-jährige"). */
static void test_age_adjective_speaker(void **state) {
    expect_quote(state,
                 "Am Montag sagte der 81-jährige in einem Interview, dass die Maus tot gewesen "
                 "sei.",
                 (want){NF_Q_INDIRECT, "dass die Maus tot gewesen sei", NULL, "sagte", NULL,
                        "der 81-jährige"});
    /* a year and a phrase before the adjective: "der 1979 in Klagenfurt
     * geborene Fotograf" */
    expect_quote(state,
                 "Das sei falsch, sagt der 1979 in Klagenfurt geborene Fotograf Laurent Mekul.",
                 (want){NF_Q_INDIRECT, "Das sei falsch", NULL, "sagt", NULL,
                        "der 1979 in Klagenfurt geborene Fotograf Laurent Mekul"});
    /* the object of a present participle before it: "die den Angriff
     * überlebende Frau" */
    expect_quote(state,
                 "Die den Angriff überlebende Frau sagte, die Soldaten seien nachts gekommen.",
                 (want){NF_Q_INDIRECT, "die Soldaten seien nachts gekommen", NULL, "sagte", NULL,
                        "Die den Angriff überlebende Frau"});
    expect_quote(state,
                 "Das Verfahren sei eingestellt, sagte der die Ermittlungen leitende Staatsanwalt.",
                 (want){NF_Q_INDIRECT, "Das Verfahren sei eingestellt", NULL, "sagte", NULL,
                        "der die Ermittlungen leitende Staatsanwalt"});
}

/* A fronted noun phrase with a relative clause before a verb of speech
 * is the verb's object, no content anyone said. */
static void test_fronted_object_is_no_content(void **state) {
    expect_no_quote(state,
                    "Auch das teure Image-Management, das Vorgänger wie Tony Blair betrieben, "
                    "lehnt Corbyn ab.",
                    NULL);
    /* a clause before the verb still is */
    expect_quote(
        state, "Das Programm sei zu teuer, kritisierte Corbyn.",
        (want){NF_Q_INDIRECT, "Das Programm sei zu teuer", NULL, "kritisierte", NULL, "Corbyn"});
}

/* "nach" that is no source: an idiom, a temporal "nach" after "erst" or
 * "kurz", and a source inside a noun phrase after its article. */
static void test_nach_without_source(void **state) {
    expect_no_quote(state,
                    "Es stehen aber nach wie vor offizielle Paketquellen für ältere Rechner "
                    "bereit, womit eine Installation möglich bleibt.",
                    NULL);
    expect_no_quote(state,
                    "Erst nach umfangreichen Ermittlungen, die der Anwalt selbst bezahlte, war "
                    "genug Material beisammen.",
                    NULL);
    expect_no_quote(state,
                    "Bis zum Abend wurden 246 der nach Behördenangaben 350 Passagiere "
                    "gerettet.",
                    NULL);
    /* the source itself still counts, with an article of its own */
    expect_quote(state, "Nach den Angaben der Polizei brach das Feuer im Keller aus.",
                 (want){NF_Q_INDIRECT, "brach das Feuer im Keller aus", NULL, "Nach", NULL,
                        "den Angaben der Polizei"});
}

static void test_subjunctive_of_unlisted_verbs(void **state) {
    /* a verb in "-e" after a subject pronoun or an article and its noun
     * is the Konjunktiv I, reported speech, of a verb konjunktiv.txt does
     * not hold */
    expect_quote(state,
                 "Der Redakteur Hans Wendel kritisiert in der Zeitung, die Aktion erinnere an "
                 "die Bücherverbrennung.",
                 (want){NF_Q_INDIRECT, "die Aktion erinnere an die Bücherverbrennung", NULL,
                        "kritisiert", NULL, "Der Redakteur Hans Wendel"});
    expect_quote(state, "Der Trainer kritisierte, er warte noch auf eine Antwort.",
                 (want){NF_Q_INDIRECT, "er warte noch auf eine Antwort", NULL, "kritisierte", NULL,
                        "Der Trainer"});
    /* adjectives between the article and its noun ("die internationale
     * Gemeinschaft zögere") */
    expect_quote(state,
                 "Der Minister betonte gegenüber Reportern, die internationale Gemeinschaft "
                 "zögere noch immer.",
                 (want){NF_Q_INDIRECT, "die internationale Gemeinschaft zögere noch immer", NULL,
                        "betonte", NULL, "Der Minister"});
    /* right after the verb, "die", an adjective and a noun open the
     * content, no relative clause: "sagte, die internationale Besorgnis
     * resultiere aus ..." (not "den": "ausgehe, den sogenannten ...") */
    expect_quote(state,
                 "Patrick Kamanda sagte, die internationale Besorgnis resultiere aus der "
                 "Tatsache, dass die Gifte sich verbreiteten.",
                 (want){NF_Q_INDIRECT,
                        "die internationale Besorgnis resultiere aus der Tatsache, dass die Gifte "
                        "sich verbreiteten",
                        NULL, "sagte", NULL, "Patrick Kamanda"});
    expect_quote(state, "Die Behörde meldete, die beiden Geiseln stünden zum Verkauf.",
                 (want){NF_Q_INDIRECT, "die beiden Geiseln stünden zum Verkauf", NULL, "meldete",
                        NULL, "Die Behörde"});
    /* adverbs between the verb and the comma: the clause still follows
     * the verb ("meinte nun, der Ehemann konnte ...") */
    expect_quote(state,
                 "Ein Polizeisprecher meinte nun, der Ehemann wollte sich mit der Trennung nicht "
                 "abfinden.",
                 (want){NF_Q_INDIRECT, "der Ehemann wollte sich mit der Trennung nicht abfinden",
                        NULL, "meinte", NULL, "Ein Polizeisprecher"});
    /* after "sagte X, ..." (with a phrase after the subject) a name and a
     * quotation that opens with the verb: mixed speech of the subject */
    expect_quote(state,
                 "Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist "
                 "und bleibt einer der bedeutendsten Denker“.",
                 (want){NF_Q_MIXED, "Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“",
                        NULL, "sagte", NULL, "Bundeskanzlerin Angela Merkel"});
    expect_quote(state,
                 "Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist "
                 "und bleibt einer der bedeutendsten Denker“.",
                 (want){NF_Q_DIRECT, "ist und bleibt einer der bedeutendsten Denker", NULL, "sagte",
                        NULL, "Bundeskanzlerin Angela Merkel"});
    /* a frame that opens with its verb between two clauses of reported
     * speech quotes both */
    expect_quote(state,
                 "Es handle sich um eine technische Maßnahme, sagte der Minister, daher sei das "
                 "zulässig.",
                 (want){NF_Q_INDIRECT, "Es handle sich um eine technische Maßnahme",
                        "daher sei das zulässig", "sagte", NULL, "der Minister"});
    /* an indicative after a noun is none ("die Aktion erinnert"; the act
     * of criticising is reported) */
    expect_no_quote(state,
                    "Der Redakteur Hans Wendel kritisiert in der Zeitung, die Aktion erinnert an "
                    "die Bücherverbrennung.",
                    "die Aktion erinnert an die Bücherverbrennung");
}

static void test_reported_clause_ends_at_own_verb(void **state) {
    /* after reported speech, a verb in the past indicative after a comma
     * goes on with the speaker's own clause, no part of what was said */
    expect_quote(
        state,
        "Der Angeklagte hatte vor Gericht erklärt, er sei unschuldig, erkannte das "
        "Gericht nicht an und weigerte sich.",
        (want){NF_Q_INDIRECT, "er sei unschuldig", NULL, "erklärt", NULL, "Der Angeklagte"});
    /* after a clause of "dass", its comma, "und" and a verb first open
     * the speaker's own clause; another "dass" goes on with the content */
    expect_quote(
        state, "Die Beobachter sagten, dass die Wahl frei war, und zählten dann die Fehler.",
        (want){NF_Q_INDIRECT, "dass die Wahl frei war", NULL, "sagten", NULL, "Die Beobachter"});
    expect_quote(state, "Er sagte, dass die Lage ernst sei, und dass alle helfen müssten.",
                 (want){NF_Q_INDIRECT, "dass die Lage ernst sei, und dass alle helfen müssten",
                        NULL, "sagte", NULL, "Er"});
    /* "und" before another subject and its verb of saying in the past */
    expect_quote(state,
                 "Der Experte kritisierte, die Kommission habe sich den Konzernen untergeordnet "
                 "und die Fraktion der Grünen im Landtag forderte einen Stopp.",
                 (want){NF_Q_INDIRECT, "die Kommission habe sich den Konzernen untergeordnet", NULL,
                        "kritisierte", NULL, "Der Experte"});
    /* ", doch" before another subject and its verb of saying: the other
     * one's frame, with a quote of its own */
    const char *doch = "Der Bürgermeister sagte, die Brücke sei gesperrt, doch ein Sprecher der "
                       "Stadt erklärte, sie werde morgen geöffnet.";
    expect_quote(
        state, doch,
        (want){NF_Q_INDIRECT, "die Brücke sei gesperrt", NULL, "sagte", NULL, "Der Bürgermeister"});
    expect_quote(state, doch,
                 (want){NF_Q_INDIRECT, "sie werde morgen geöffnet", NULL, "erklärte", NULL,
                        "ein Sprecher der Stadt"});
    /* a verb of saying in the past right after "und": the speaker goes on */
    expect_quote(
        state, "Die Ministerin sagte, die Lage sei ernst und fügte hinzu, man arbeite daran.",
        (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "sagte", NULL, "Die Ministerin"});
    /* (a Konjunktiv II after "und" looks like the past: no end there) */
    expect_quote(state, "Der Experte sagte, viele Teile seien Ausschuss und wanderten in den Müll.",
                 (want){NF_Q_INDIRECT, "viele Teile seien Ausschuss und wanderten in den Müll",
                        NULL, "sagte", NULL, "Der Experte"});
}

static void test_conjunction_opens_the_sentence(void **state) {
    /* "Doch" and "Aber" before the subject are none of the speaker */
    expect_quote(state, "Doch die Gewerkschaften kritisierten, die Maßnahmen seien kosmetisch.",
                 (want){NF_Q_INDIRECT, "die Maßnahmen seien kosmetisch", NULL, "kritisierten", NULL,
                        "die Gewerkschaften"});
}

static void test_reported_speech_before_a_colon(void **state) {
    /* reported speech before a frame that opens with its verb and ends in
     * a colon is quoted with what follows the colon */
    expect_quote(state,
                 "Das sei ein trauriger Fall, sagte ein Richter am Donnerstag: Die Tat sei "
                 "Folge einer Krankheit.",
                 (want){NF_Q_INDIRECT, "Das sei ein trauriger Fall",
                        "Die Tat sei Folge einer Krankheit", "sagte", NULL, "ein Richter"});
    /* a preposition's phrase with the question it names is no content, in
     * front of a colon or not */
    expect_quote(state,
                 "Auf die Frage, ob es neue Pläne gebe, sagte der Chef lediglich: Das könnte "
                 "schon sein.",
                 (want){NF_Q_INDIRECT, "Das könnte schon sein", NULL, "sagte", NULL, "der Chef"});
    expect_no_quote(state,
                    "Auf die Frage, ob Menschen, die Vorbehalte haben, Rassisten seien, "
                    "sagte der Chef: Das könnte schon sein.",
                    "Auf die Frage, ob Menschen, die Vorbehalte haben, Rassisten seien");
    /* nor does its Konjunktiv carry reported speech on */
    expect_no_quote(state,
                    "Er sei krank, so ein Sprecher. Auf die Frage, ob er bleibe, sagte er nichts.",
                    "Auf die Frage, ob er bleibe, sagte er nichts");
}

static void test_name_set_off_after_the_subject(void **state) {
    /* a name set off by commas after the subject is no content */
    expect_quote(state,
                 "Am Montag sagte der Sprecher des Ministeriums, Hans Weber, dass die Zahlen "
                 "stimmen.",
                 (want){NF_Q_INDIRECT, "dass die Zahlen stimmen", NULL, "sagte", NULL,
                        "der Sprecher des Ministeriums"});
    expect_quote(
        state,
        "Nach Angaben des Direktors der Fluggesellschaft, Hans Weber, sei der Zustand "
        "des Flugzeugs gut gewesen.",
        (want){NF_Q_INDIRECT, "sei der Zustand des Flugzeugs gut gewesen", NULL, "*", NULL, "*"});
}

static void test_request_in_a_clause_of_purpose(void **state) {
    /* "um X aufzufordern": the one who asks is the subject of the clause
     * it hangs on (here a relative pronoun), not X; the request ends
     * where that clause goes on in the indicative */
    expect_quote(state,
                 "Louis Michel, der sich in Myanmar aufhält, um die Junta aufzufordern, das Land "
                 "zu öffnen, durfte nicht reisen.",
                 (want){NF_Q_INDIRECT, "das Land zu öffnen", NULL, "aufzufordern", NULL, "der"});
    expect_quote(
        state, "Louis Michel reiste nach Myanmar, um die Junta aufzufordern, das Land zu öffnen.",
        (want){NF_Q_INDIRECT, "das Land zu öffnen", NULL, "aufzufordern", NULL, "Louis Michel"});
    /* (in the subjunctive the clause is the content's own) */
    expect_quote(state,
                 "Apple argumentiert, eine solche Lücke zu entwickeln, würde die Sicherheit "
                 "senken.",
                 (want){NF_Q_INDIRECT,
                        "eine solche Lücke zu entwickeln, würde die Sicherheit senken", NULL,
                        "argumentiert", NULL, "Apple"});
    /* (after a dass-clause too) */
    expect_quote(state,
                 "Als die Frau bemerkte, dass ihr Begleiter die Polizei gerufen hatte, "
                 "flüchtete sie.",
                 (want){NF_Q_INDIRECT, "dass ihr Begleiter die Polizei gerufen hatte", NULL,
                        "bemerkte", NULL, "die Frau"});
    /* the main clause after a subordinate one opens with a verb in the past */
    expect_quote(
        state,
        "Weil die Ärzte vorschlugen, die Kranken zu verlegen, erteilten sie den "
        "Pflegern den Auftrag, das Haus zu räumen.",
        (want){NF_Q_INDIRECT, "die Kranken zu verlegen", NULL, "vorschlugen", NULL, "die Ärzte"});
}

static void test_called_upon_is_no_demand(void **state) {
    /* "gefordert sein": called upon, no one demands; the reported speech
     * around it goes on */
    expect_quote(state,
                 "Der Landeshauptmann sagte, die Lage sei ernst. Die Ministerin sei gefordert, "
                 "das Heer anzufordern.",
                 (want){NF_Q_INDIRECT, "Die Ministerin sei gefordert, das Heer anzufordern", NULL,
                        "*", NULL, "Der Landeshauptmann"});
}

/* A verb of saying in the future ("wird darauf bestehen", "bekanntgeben
 * wird") is a speech act yet to come: nothing is quoted.  The passive
 * with "wird" and a participle still frames ("wird betont", "wird
 * versprochen"), and so does a future inside the content. */
static void test_future_speech_act_quotes_nothing(void **state) {
    expect_no_quote(state, "Die Partei wird darauf bestehen, dass die Steuern sinken.", NULL);
    expect_no_quote(state, "Am Dienstag wird die Ministerin bekanntgeben, ob sie erneut antritt.",
                    NULL);
    expect_no_quote(state, "Es ist offen, ob die Ministerin das Ergebnis bekanntgeben wird.", NULL);
    expect_no_quote(state, "Die Ministerin wird morgen erklären, ob sie erneut antritt.", NULL);
    expect_no_quote(state, "Die Minister werden sich dazu äußern, ob sie erneut antreten.", NULL);
    expect_quote(state, "Von der Regierung wird versprochen, dass die Steuern sinken.",
                 (want){NF_Q_INDIRECT, "dass die Steuern sinken", NULL, "versprochen", NULL,
                        "der Regierung"});
    expect_quote(state, "Es wird betont, dass die Steuern sinken.",
                 (want){NF_Q_INDIRECT, "dass die Steuern sinken", NULL, "betont", NULL, NULL});
    expect_quote(state, "Die Ministerin sagte, dass die Steuern sinken werden.",
                 (want){NF_Q_INDIRECT, "dass die Steuern sinken werden", NULL, "sagte", NULL,
                        "Die Ministerin"});
}

/* A plural with no article before a singular verb cannot be its subject
 * ("Angehörigen der Verletzten sprach ... sein Beileid aus": a dative);
 * the one named after the verb speaks.  Before a plural verb the plural
 * is the subject. */
static void test_bare_plural_before_singular_verb(void **state) {
    expect_quote(state,
                 "Angehörigen der Verletzten sprach der russische Präsident Wladimir Putin sein "
                 "Beileid aus.",
                 (want){NF_Q_REPORTED, "*", NULL, "sprach", "aus",
                        "der russische Präsident Wladimir Putin"});
    expect_quote(state, "Experten der Universität kritisieren die Pläne der Regierung.",
                 (want){NF_Q_REPORTED, "*", NULL, "kritisieren", NULL, "Experten der Universität"});
}

static void test_person_introduced_by_unknown_nouns_acts(void **state) {
    /* a person's name after nouns no list knows is someone who acts */
    expect_quote(state,
                 "Der stellvertretende Programmdirektor Wayne Hale sprach von einem geringen "
                 "Risiko.",
                 (want){NF_Q_REPORTED,
                        "Der stellvertretende Programmdirektor Wayne Hale sprach von einem "
                        "geringen Risiko",
                        NULL, "sprach", "von", "Der stellvertretende Programmdirektor Wayne Hale"});
    /* games played or a title defended are no speech acts */
    expect_no_quote(state, "Der Tour-Favorit Lance Armstrong verteidigte das Gelbe Trikot.", NULL);
    expect_no_quote(state, "Der Stürmer Bobby Charlton bestritt 106 Länderspiele für England.",
                    NULL);
    expect_quote(state, "Der Minister Hans Weber bestritt die Vorwürfe.",
                 (want){NF_Q_REPORTED, "Der Minister Hans Weber bestritt die Vorwürfe", NULL,
                        "bestritt", NULL, "Der Minister Hans Weber"});
    /* not one named in a genitive after the head noun */
    expect_no_quote(
        state, "Die Siegchance der favorisierten Anna Weber bestätigte den Trend der Woche.", NULL);
}

static void test_not_ruling_out_and_insisting(void **state) {
    /* not to rule something out says it may be: "nicht" negates no
     * statement there */
    expect_quote(
        state, "Der Minister schloss nicht aus, dass die Steuern steigen.",
        (want){NF_Q_INDIRECT, "dass die Steuern steigen", NULL, "schloss", "aus", "Der Minister"});
    /* "bestehen darauf": to insist */
    expect_quote(state,
                 "Die Sender bestehen jedoch darauf, Programme für die ganze Bevölkerung zu "
                 "machen.",
                 (want){NF_Q_INDIRECT, "Programme für die ganze Bevölkerung zu machen", NULL,
                        "bestehen", "darauf", "Die Sender"});
    expect_no_quote(state, "Die Gruppe besteht aus zehn Leuten. Er schloss die Tür.", NULL);
    /* "klagen über": to complain (not "klagen gegen", to sue) */
    expect_quote(state,
                 "Internationale Medien klagten darüber, dass sie an der Berichterstattung "
                 "behindert würden.",
                 (want){NF_Q_INDIRECT, "dass sie an der Berichterstattung behindert würden", NULL,
                        "klagten", "darüber", "Internationale Medien"});
    expect_no_quote(state, "Die Firma klagte gegen den Bescheid der Behörde.", NULL);
    /* a phrase with a postposition fills the Vorfeld: the subject follows
     * the verb */
    expect_quote(state,
                 "Die Person des Premiers betreffend schloss der General nicht aus, dass ein "
                 "Offizier das Amt übernimmt.",
                 (want){NF_Q_INDIRECT, "dass ein Offizier das Amt übernimmt", NULL, "schloss",
                        "aus", "der General"});
}

static void test_commas_in_parentheses(void **state) {
    /* a parenthesis's commas set off its own words, not clauses: the
     * frame's subject stands before it */
    expect_quote(state,
                 "Der Präsident Hans Weber hat in einem Gespräch mit seinem Amtskollegen Peres "
                 "(Awoda, dt. etwa Arbeiterpartei) bekräftigt, das Land bekenne sich zu seiner "
                 "Verantwortung.",
                 (want){NF_Q_INDIRECT, "das Land bekenne sich zu seiner Verantwortung", NULL,
                        "bekräftigt", NULL, "Der Präsident Hans Weber"});
}

static void test_main_clause_after_a_subordinate_frame(void **state) {
    /* after a subordinate clause that holds the verb of saying, the main
     * clause opens with its finite verb: no content */
    expect_no_quote(state,
                    "Als die junge Frau der Presse von ihrem Schicksal erzählte, verdoppelte ein "
                    "Gericht die Strafe.",
                    NULL);
    /* and an auxiliary in the indicative after reported speech ends it */
    expect_quote(
        state, "Weil der Minister erklärte, die Lage sei ernst, wurde die Sitzung verschoben.",
        (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "erklärte", NULL, "der Minister"});
}

static void test_partitive_apposition(void **state) {
    /* "einer der ..." set off after the subject is its apposition; a
     * relative clause split by an infinitive is none */
    expect_quote(state,
                 "Ebenso sagte Franz Jalics, einer der beiden Jesuiten, er habe sich geirrt.",
                 (want){NF_Q_INDIRECT, "er habe sich geirrt", NULL, "sagte", NULL, "Franz Jalics"});
    expect_quote(state,
                 "Sie haben es verdient, meinte Koller, der jedoch die Schwierigkeit, in den "
                 "Kader zu kommen, herausstrich.",
                 (want){NF_Q_INDIRECT, "Sie haben es verdient", NULL, "meinte", NULL, "Koller"});
}

static void test_continuation_after_unframed_direct_speech(void **state) {
    /* after a quotation no frame names, reported speech goes on with the
     * speaker of the quote before it, not a pronoun inside the quotation */
    expect_quote(state,
                 "„Wir befürchten das Schlimmste“, sagte der Vorsitzende. „Es gibt Razzien. Da "
                 "werden sie alles durchsuchen.“ Er erwarte Verhaftungen in den nächsten Tagen.",
                 (want){NF_Q_INDIRECT, "Er erwarte Verhaftungen in den nächsten Tagen", NULL, "*",
                        NULL, "der Vorsitzende"});
}

static void test_name_after_a_headline_dash(void **state) {
    /* a headline's parts are set off by dashes: a name before a colon
     * there frames the quotation after it */
    expect_quote(state,
                 "Finalsieg in Acapulco – Thiem: „Mexiko hat einen besonderen Platz in meinem "
                 "Herzen“ – Niederösterreicher zufrieden.",
                 (want){NF_Q_DIRECT, "Mexiko hat einen besonderen Platz in meinem Herzen", NULL,
                        ":", NULL, "Thiem"});
}

static void test_informing_and_sources_in_one_sentence(void **state) {
    /* "informieren" frames */
    expect_quote(state,
                 "Die Ermittlungen seien noch nicht abgeschlossen, informierte am Sonntag die "
                 "Landespolizeidirektion.",
                 (want){NF_Q_INDIRECT, "Die Ermittlungen seien noch nicht abgeschlossen", NULL,
                        "informierte", NULL, "die Landespolizeidirektion"});
    /* "laut X" names the source where "Demnach" stands before it */
    expect_quote(state,
                 "Die Regierung traf sich. Demnach soll Lula laut der Zeitung Folha als Minister "
                 "in die Regierung einrücken.",
                 (want){NF_Q_INDIRECT, "*", NULL, "laut", NULL, "der Zeitung Folha"});
    /* a "wo-" word after the verb's object opens a relative clause; "heißt
     * es" after a comma is a frame of its own */
    expect_no_quote(state,
                    "Der Flughafen informierte die Gesellschaft von der Pfändung, worauf diese "
                    "ihre Schulden beglich.",
                    NULL);
    expect_quote(
        state, "Der Minister sagte, worauf es jetzt ankomme.",
        (want){NF_Q_INDIRECT, "worauf es jetzt ankomme", NULL, "sagte", NULL, "Der Minister"});
    expect_quote(state, "Ich möchte dich über unsere Kampagne informieren, heißt es im Brief.",
                 (want){NF_Q_INDIRECT, "Ich möchte dich über unsere Kampagne informieren", NULL,
                        "*", NULL, "*"});
    /* an adverb before the subject and its verb */
    expect_quote(state, "Auch der Außenminister sprach sich dagegen aus und sagte, das sei falsch.",
                 (want){NF_Q_INDIRECT, "das sei falsch", NULL, "sagte", NULL, "der Außenminister"});
}

static void test_speaking_for_or_against(void **state) {
    /* "sich aussprechen für/gegen": for or against, with what follows */
    expect_quote(state,
                 "Er sprach sich zudem dafür aus, die Privatisierung der Kontrollen rückgängig "
                 "zu machen.",
                 (want){NF_Q_INDIRECT, "die Privatisierung der Kontrollen rückgängig zu machen",
                        NULL, "sprach", "*", "Er"});
    expect_quote(state,
                 "Die Berliner SPD hat sich gestern für einen verpflichtenden Werteunterricht "
                 "ausgesprochen.",
                 (want){NF_Q_REPORTED,
                        "Die Berliner SPD hat sich gestern für einen verpflichtenden "
                        "Werteunterricht ausgesprochen",
                        NULL, "ausgesprochen", NULL, "Die Berliner SPD"});
    /* (without "sich" the joined verb pronounces: "wie man den Satz nur
     * aussprechen kann") */
    expect_no_quote(
        state, "Wasser ist Wasser, so trocken, wie man diesen Satz nur aussprechen kann.", NULL);
    /* a purpose alone before the frame is none of its content */
    expect_no_quote(state,
                    "Um die Autos auf die Straße zu bringen, sprechen sich viele Befragte für "
                    "Investitionen aus.",
                    "Um die Autos auf die Straße zu bringen");
    /* nor is a main clause of its own with a purpose after "und" */
    expect_no_quote(
        state,
        "Die Stadträte beschimpften einander, drei Mitglieder wurden vom Rat "
        "ausgeschlossen und um den Plan zu stoppen, hatte einer ein Programm geschrieben.",
        "drei Mitglieder wurden vom Rat ausgeschlossen und um den Plan zu stoppen");
}

static void test_thought_with_infinitive(void **state) {
    /* a phrase may follow the infinitive */
    expect_quote(state,
                 "Die Kanzlerin hat am Samstag angekündigt, kurzfristig zurückzutreten als "
                 "Chefin der Partei.",
                 (want){NF_Q_INDIRECT, "kurzfristig zurückzutreten als Chefin der Partei", NULL,
                        "angekündigt", NULL, "Die Kanzlerin"});
    /* a verb of thinking with an infinitive clause reports a thought */
    expect_quote(state, "Der Leiter der Schule hofft, die Frau halten zu können.",
                 (want){NF_Q_INDIRECT, "die Frau halten zu können", NULL, "hofft", NULL,
                        "Der Leiter der Schule"});
}

/* "erinnern an" a thing recalls it or resembles it: a clause after the
 * thing is its relative clause, no content; "daran, dass", "an die
 * Zusage, dass" and a colon give content. */
static void test_erinnern_an_a_thing(void **state) {
    expect_no_quote(
        state, "Der Fall erinnert an Vorgänge im Fußball, wo sich Vereine Erfolge kauften.", NULL);
    expect_no_quote(state,
                    "Der Sound erinnert an jene Alben, die Bowie mithilfe von Musikern aufgenommen "
                    "hat.",
                    NULL);
    expect_quote(
        state, "Der Minister erinnerte an die Zusage, dass die Hilfe komme.",
        (want){NF_Q_INDIRECT, "dass die Hilfe komme", NULL, "erinnerte", NULL, "Der Minister"});
    /* an anaphor's "Das erinnert an ..." frames no sentence before it */
    expect_no_quote(state, "Die Regierung schweigt seit Wochen. Das erinnert an Kafkas Prozess.",
                    NULL);
    expect_no_quote(state,
                    "Der Konzern will Abhilfe schaffen, berichtet die Zeitung. Das erinnert "
                    "freilich an jene Probleme des Vorjahres.",
                    "Der Konzern will Abhilfe schaffen, berichtet die Zeitung");
    expect_quote(
        state, "Straubinger erinnert sich an die letzte Zeit: Wir hatten Probleme.",
        (want){NF_Q_INDIRECT, "Wir hatten Probleme", NULL, "erinnert", NULL, "Straubinger"});
}

static void test_dass_clause(void **state) {
    expect_quote(
        state, "Der Präsident erinnerte daran, dass der Handel im vergangenen Jahr gewachsen ist.",
        (want){NF_Q_INDIRECT, "dass der Handel im vergangenen Jahr gewachsen ist", NULL,
               "erinnerte", NULL, "Der Präsident"});
    expect_quote(state, "Dabei betonte die Ministerin, dass die Schulen offen bleiben.",
                 (want){NF_Q_INDIRECT, "dass die Schulen offen bleiben", NULL, "betonte", NULL,
                        "die Ministerin"});
}

static void test_konjunktiv_and_continuation(void **state) {
    const char *t = "Der Bürgermeister sagte, die Lage sei ernst. Die Stadt habe bereits Hilfe "
                    "angefordert. Am Abend regnete es.";
    expect_quote(
        state, t,
        (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "sagte", NULL, "Der Bürgermeister"});
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Die Stadt habe bereits Hilfe angefordert", NULL, NULL, NULL,
                        "Der Bürgermeister"});
    expect_no_quote(state, t, "Am Abend regnete es");
    /* a quotation inside the continuation takes the verb that framed the
     * speech as its cue (the continuation itself has none) */
    t = "Der Minister betonte, die Lage sei ernst. Die Kassen seien „leer und auf Jahre "
        "verschuldet“.";
    expect_quote(state, t,
                 (want){NF_Q_DIRECT, "leer und auf Jahre verschuldet", NULL, "betonte", NULL,
                        "Der Minister"});
    /* the writer's own clause before a semicolon or a colon is no part of
     * the words that go on after it */
    expect_quote(
        state,
        "Der Bürgermeister sagte, die Lage sei ernst. Die Kommissarin warb am Abend um "
        "Verständnis: Sie sei Offenheit gewohnt.",
        (want){NF_Q_INDIRECT, "Sie sei Offenheit gewohnt", NULL, NULL, NULL, "Die Kommissarin"});
    /* a verb in "-iere" is in Konjunktiv I whatever its subject
     * (konjunktiv.txt's ending "-iere"); "schiere" is an adjective */
    t = "Der Bürgermeister sagte, die Lage sei ernst. Denn Berlin propagiere die Rente mit 67. "
        "Die schiere Größe der Stadt überrascht.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Denn Berlin propagiere die Rente mit 67", NULL, NULL, NULL,
                        "Der Bürgermeister"});
    expect_no_quote(state, t, "Die schiere Größe der Stadt überrascht");
    /* "möchte" says what someone wants, in the indicative's sense: it goes
     * on with no reported words */
    expect_no_quote(state,
                    "Der Verband sagte, die Gesetze seien ausreichend. Der Präsident Karl Huber "
                    "möchte nun die Debatte versachlichen.",
                    "Der Präsident Karl Huber möchte nun die Debatte versachlichen");
    /* (in the Konjunktiv I of any common verb: "vertrage", "ruhe"; the
     * sentences that go on in it make one span) */
    const char *u = "Der Bürgermeister sagte, die Lage sei ernst. Die Stadt vertrage keine "
                    "Verzögerung. Jedoch ruhe die Arbeit nicht.";
    expect_quote(state, u,
                 (want){NF_Q_INDIRECT,
                        "Die Stadt vertrage keine Verzögerung. Jedoch ruhe die Arbeit nicht", NULL,
                        NULL, NULL, "Der Bürgermeister"});
    /* a claim the content contradicts ("anders als X behauptet") frames
     * nothing, and one who died in the sentence before says nothing after
     * it: a continuation with no speaker named rather than a wrong one */
    expect_no_quote(state, "Anders als die Regierung behauptet, ist die Lage ernst.", NULL);
    expect_quote(state,
                 "Die Zeitung meldet, die Reporterin habe die Angaben bezweifelt.\n\nDas Auto "
                 "wurde beschossen. Dabei starb der Fahrer Nico Callo.\n\nDas Auto sei, anders "
                 "als das Militär behauptet, langsam gefahren.",
                 (want){NF_Q_INDIRECT,
                        "Das Auto sei, anders als das Militär behauptet, langsam gefahren", NULL,
                        NULL, NULL, NULL});
}

static void test_markers(void **state) {
    /* a verb of saying with its subject and content right after the
     * source's phrase frames the sentence itself */
    expect_quote(state, "Laut BBC sagte der Minister, dass die Pipeline gebaut werde.",
                 (want){NF_Q_INDIRECT, "dass die Pipeline gebaut werde", NULL, "sagte", NULL,
                        "der Minister"});
    /* so after "demnach" */
    expect_quote(state,
                 "Das Ministerium gab einen Kommentar ab. Demnach erwartet Russland, dass Litauen "
                 "dem Offizier Immunität gewährt.",
                 (want){NF_Q_INDIRECT, "dass Litauen dem Offizier Immunität gewährt", NULL,
                        "erwartet", NULL, "Russland"});
    expect_quote(
        state, "Laut Polizei wurden drei Menschen verletzt.",
        (want){NF_Q_INDIRECT, "wurden drei Menschen verletzt", NULL, "Laut", NULL, "Polizei"});
    /* "gemäß" a rule one acts by is no source; a statement, a document or
     * an outlet is */
    expect_no_quote(state, "Das Recht wurde allmählich gemäß dem Islam verändert.", NULL);
    expect_quote(state, "Gemäß der Netzzeitung wurden drei Menschen verletzt.",
                 (want){NF_Q_INDIRECT, "wurden drei Menschen verletzt", NULL, "Gemäß", NULL,
                        "der Netzzeitung"});
    expect_quote(
        state, "Gemäß dem Bericht wurden drei Menschen verletzt.",
        (want){NF_Q_INDIRECT, "wurden drei Menschen verletzt", NULL, "Gemäß", NULL, "dem Bericht"});
    /* a marker inside another quote's content makes a quote of its own */
    expect_quote(state,
                 "Nach Angaben der Polizei gab es eine Kontrolle des Wagens, von dem laut Zeugen "
                 "zu Straftaten aufgerufen worden sein soll.",
                 (want){NF_Q_INDIRECT, "von dem", "zu Straftaten aufgerufen worden sein soll",
                        "laut", NULL, "Zeugen"});
    /* parentheses bound a marker inside them */
    expect_quote(state,
                 "Die Rakete traf die Stadt, 37 Kilometer entfernt (nach anderen Angaben liegt sie "
                 "46 Kilometer entfernt).",
                 (want){NF_Q_INDIRECT, "liegt sie 46 Kilometer entfernt", NULL, "nach", NULL,
                        "anderen Angaben"});
    /* (a place after the noun is part of the phrase) */
    expect_quote(state, "Den Polizeibehörden in Mombasa zufolge wurden Chemikalien gefunden.",
                 (want){NF_Q_INDIRECT, "wurden Chemikalien gefunden", NULL, "zufolge", NULL,
                        "Den Polizeibehörden in Mombasa"});
    expect_quote(state, "Einem Bericht der Zeitung zufolge plant die Firma einen Umzug.",
                 (want){NF_Q_INDIRECT, "plant die Firma einen Umzug", NULL, "zufolge", NULL,
                        "Einem Bericht der Zeitung"});
    expect_quote(state, "Nach Angaben der Feuerwehr brach das Feuer im Keller aus.",
                 (want){NF_Q_INDIRECT, "brach das Feuer im Keller aus", NULL, "Nach", NULL,
                        "Angaben der Feuerwehr"});
    expect_quote(state, "Das Feuer brach nach Angaben der Feuerwehr im Keller aus.",
                 (want){NF_Q_INDIRECT, "Das Feuer brach", "im Keller aus", "nach", NULL,
                        "Angaben der Feuerwehr"});
    /* the will or the ideas of a body after "nach" credit it too */
    expect_quote(state, "Nach dem Willen der Regierung soll der Streit verhandelt werden.",
                 (want){NF_Q_INDIRECT, "soll der Streit verhandelt werden", NULL, "Nach", NULL,
                        "dem Willen der Regierung"});
    expect_no_quote(state, "Gegen den Willen der Eltern heiratete sie.", NULL);
    /* a duration after "nach" is time, no source */
    expect_no_quote(state, "Nach monatelangen Ermittlungen waren die Beamten auf Blüten gestoßen.",
                    NULL);
    /* nor is a rank after a superlative or an ordinal */
    expect_no_quote(state,
                    "Die Stadt ist damit die zweitgrößte nach der offiziellen Version der "
                    "Statistik.",
                    NULL);
    /* A genitive attribute without an article belongs to the source:
     * a quantifier, an adjective in "-er", a possessive. */
    expect_quote(state, "Nach Meinung vieler Experten wird der Preis weiter steigen.",
                 (want){NF_Q_INDIRECT, "wird der Preis weiter steigen", NULL, "Nach", NULL,
                        "Meinung vieler Experten"});
    expect_quote(state, "Nach Angaben seiner Familie ist er wieder gesund.",
                 (want){NF_Q_INDIRECT, "ist er wieder gesund", NULL, "Nach", NULL,
                        "Angaben seiner Familie"});
    /* A bare plural before "zufolge" that is also a verb form. */
    expect_quote(state, "Berichten zufolge baut die Firma jedes Jahr neue Werke.",
                 (want){NF_Q_INDIRECT, "baut die Firma jedes Jahr neue Werke", NULL, "zufolge",
                        NULL, "Berichten"});
    /* A web address is the source's head; an adverb that opens the
     * sentence is none of it. */
    expect_quote(state, "Der Website politico.com zufolge ist der Trainer krank.",
                 (want){NF_Q_INDIRECT, "ist der Trainer krank", NULL, "zufolge", NULL,
                        "Der Website politico.com"});
    expect_quote(state, "Laut „tagesschau.de“ gehören auch Posten zu den Forderungen.",
                 (want){NF_Q_INDIRECT, "gehören auch Posten zu den Forderungen", NULL, "Laut", NULL,
                        "„tagesschau.de“"});
    /* A verb of saying framing the direct quotation after the colon: the
     * marker's clause is no content. */
    expect_no_quote(state,
                    "Finnsson kommentierte die Entscheidung laut „news.bbc.co.uk“ mit diesen "
                    "Worten: „Es gibt in Island keinen Markt für das Fleisch.“",
                    "Finnsson kommentierte die Entscheidung");
    expect_quote(state, "Auch dem Korrespondenten al-Jazeeras zufolge wurde die Lage schwieriger.",
                 (want){NF_Q_INDIRECT, "wurde die Lage schwieriger", NULL, "zufolge", NULL,
                        "dem Korrespondenten al-Jazeeras"});
}

static void test_wie_x_sagte(void **state) {
    expect_quote(state, "Wie ein Sprecher der Bahn mitteilte, fallen morgen alle Züge aus.",
                 (want){NF_Q_INDIRECT, "fallen morgen alle Züge aus", NULL, "mitteilte", NULL,
                        "ein Sprecher der Bahn"});
}

static void test_frame_after_content(void **state) {
    expect_quote(state, "Die Verhandlungen seien gescheitert, sagte ein Sprecher des Verbandes.",
                 (want){NF_Q_INDIRECT, "Die Verhandlungen seien gescheitert", NULL, "sagte", NULL,
                        "ein Sprecher des Verbandes"});
    expect_quote(state, "Die Straße bleibt bis Freitag gesperrt, so die Stadtverwaltung.",
                 (want){NF_Q_INDIRECT, "Die Straße bleibt bis Freitag gesperrt", NULL, "so", NULL,
                        "die Stadtverwaltung"});
    /* in the perfect, "haben" first and the participle last */
    expect_quote(
        state, "Es drohe ein Wettrüsten, hatte der Präsident bei seinem Treffen gesagt.",
        (want){NF_Q_INDIRECT, "Es drohe ein Wettrüsten", NULL, "gesagt", NULL, "der Präsident"});
    expect_quote(
        state, "Dass die Zinsen steigen würden, hatte die Bank schon im Frühjahr erklärt.",
        (want){NF_Q_INDIRECT, "Dass die Zinsen steigen würden", NULL, "erklärt", NULL, "die Bank"});
    /* but no frame after a phrase, nor with a modal or a passive */
    expect_no_quote(state,
                    "Nach der Explosion im November, waren die Ermittler von einem Unfall "
                    "ausgegangen.",
                    "Nach der Explosion im November");
    expect_no_quote(state, "Was macht Sie so sicher, wird er gefragt.", "Was macht Sie so sicher");
    /* nor a question that opens the document with "haben" */
    expect_no_quote(state, "Hatte er das wirklich gesagt?", NULL);
    /* a dateline the text runs into the sentence is no part of the words
     * ("Wien – ", "Köln/Wien - "), and no span where a marker follows it */
    expect_quote(state, "Köln/Wien - Die Verhandlungen seien gescheitert, sagte ein Sprecher.",
                 (want){NF_Q_INDIRECT, "Die Verhandlungen seien gescheitert", NULL, "sagte", NULL,
                        "ein Sprecher"});
    expect_quote(state,
                 "Amstetten/St. Pölten – Nach Angaben der Polizei wurden drei Menschen verletzt.",
                 (want){NF_Q_INDIRECT, "wurden drei Menschen verletzt", NULL, "Nach", NULL,
                        "Angaben der Polizei"});
    /* A plural verb after the comma with a singular noun phrase after it
     * goes on with the subject before: the phrase is its object, and no
     * one speaks after the content (the plural agrees: "sagten die
     * Minister") */
    expect_no_quote(state,
                    "Die Bauern begrüßten den Kompromiss, forderten aber eine rasche Umsetzung.",
                    "Die Bauern begrüßten den Kompromiss");
    expect_no_quote(state,
                    "Die Pendler lobten den neuen Fahrplan, verlangen jedoch die Transparenz der "
                    "Preise.",
                    "Die Pendler lobten den neuen Fahrplan");
    expect_quote(
        state, "Die Ernte sei gut gewesen, sagten die Bauern.",
        (want){NF_Q_INDIRECT, "Die Ernte sei gut gewesen", NULL, "sagten", NULL, "die Bauern"});
}

static void test_anaphoric_frame(void **state) {
    expect_quote(state,
                 "Die beiden Länder wollen enger zusammenarbeiten. Dies teilte der Außenminister "
                 "nach dem Treffen mit.",
                 (want){NF_Q_INDIRECT, "Die beiden Länder wollen enger zusammenarbeiten", NULL,
                        "teilte", "mit", "der Außenminister"});
    /* A relative clause after the frame is no content of its own: the
     * sentence before is. */
    expect_quote(state,
                 "Der Konzern plant eine Umwandlung. Das teilte der Konzern mit, dessen Sitz in "
                 "Bad Homburg liegt.",
                 (want){NF_Q_INDIRECT, "Der Konzern plant eine Umwandlung", NULL, "teilte", "mit",
                        "der Konzern"});
    /* An act the sentence before reports is what the frame's speaker
     * says: one quote of his, not the act of the subject too. */
    expect_quote(state,
                 "Die Partei schließt eine Koalition mit den Grünen aus. Dies bestätigte ihr "
                 "Vorsitzender am Abend.",
                 (want){NF_Q_INDIRECT, "Die Partei schließt eine Koalition mit den Grünen aus",
                        NULL, "bestätigte", NULL, "ihr Vorsitzender"});
    /* A verb that rejects or disputes ("lehnte ... ab", "wies ...
     * zurück") takes the sentence before as another's words, no quote of
     * the frame's speaker. */
    expect_no_quote(state, "Die Rothemden fordern ein genaues Datum. Das lehnte Abhisit jedoch ab.",
                    "Die Rothemden fordern ein genaues Datum");
    expect_no_quote(state, "Die Firma hat Millionen verdient. Das wies der Chef Jens Hart zurück.",
                    "Die Firma hat Millionen verdient");
    /* so does holding it untrue */
    expect_no_quote(state,
                    "Die Firma hat Millionen verdient. Dies hält er aber für unwahrscheinlich.",
                    "Die Firma hat Millionen verdient");
    /* A sentence whose reported speech a marker or a verb frames is, as a
     * whole, what the frame's speaker says too. */
    expect_quote(state,
                 "Laut dem Sender N24 ist in London ein Mann festgenommen worden. Dies gab die "
                 "britische Polizei bekannt.",
                 (want){NF_Q_INDIRECT,
                        "Laut dem Sender N24 ist in London ein Mann festgenommen worden", NULL,
                        "gab", "bekannt", "die britische Polizei"});
    expect_quote(state,
                 "Wie aus Unternehmenskreisen verlautete, will der Konzern ein Werk bauen. Das "
                 "berichtete die Zeitung am Montag.",
                 (want){NF_Q_INDIRECT,
                        "Wie aus Unternehmenskreisen verlautete, will der Konzern ein Werk bauen",
                        NULL, "berichtete", NULL, "die Zeitung"});
    /* The quote reaches to its frame, so a Konjunktiv I or "sollen" right
     * after the frame carries it on. */
    expect_quote(state,
                 "Bei dem Angriff starben 80 Menschen. Dies teilte die Organisation mit. Unter den "
                 "Opfern sollen sich viele Kinder befinden.",
                 (want){NF_Q_INDIRECT, "Unter den Opfern sollen sich viele Kinder befinden", NULL,
                        NULL, NULL, "die Organisation"});
    /* a reportive "soll" after a headline's colon: the source is the
     * subject of the clause after the colon */
    expect_quote(state,
                 "Rückschlag für die Forschung: Die Gesundheitsbehörden haben einen neuen "
                 "Virusstamm entdeckt. Er soll resistent gegen Medikamente sein.",
                 (want){NF_Q_INDIRECT, "Er soll resistent gegen Medikamente sein", NULL, NULL, NULL,
                        "Die Gesundheitsbehörden"});
    /* ("soll" in a clause that opens with a w-word is that clause's own) */
    expect_no_quote(state,
                    "Bei dem Angriff starben 80 Menschen. Dies teilte die Organisation mit. Wer "
                    "den Angriff befohlen haben soll, sagte sie nicht.",
                    "Wer den Angriff befohlen haben soll, sagte sie nicht");
}

/* "hervorgehen": what a document shows, its source after "aus". */
static void test_hervorgehen_frames(void **state) {
    expect_quote(state,
                 "Wie aus einer Verlautbarung der Schutztruppe hervorgeht, wurden fünf Zivilisten "
                 "getötet.",
                 (want){NF_Q_INDIRECT, "wurden fünf Zivilisten getötet", NULL, "hervorgeht", NULL,
                        "einer Verlautbarung der Schutztruppe"});
    expect_quote(state, "Das Feuer wurde gelegt, wie aus dem Bericht der Polizei hervorgeht.",
                 (want){NF_Q_INDIRECT, "Das Feuer wurde gelegt", NULL, "hervorgeht", NULL,
                        "dem Bericht der Polizei"});
    expect_quote(state, "Aus dem Bericht der Polizei geht hervor, dass das Feuer gelegt wurde.",
                 (want){NF_Q_INDIRECT, "dass das Feuer gelegt wurde", NULL, "geht", "hervor",
                        "dem Bericht der Polizei"});
    expect_quote(state,
                 "Der Konzern plant eine Umwandlung. Dies geht aus einer Pressemitteilung des "
                 "Konzerns hervor, die am Montag erschien.",
                 (want){NF_Q_INDIRECT, "Der Konzern plant eine Umwandlung", NULL, "geht", "hervor",
                        "einer Pressemitteilung des Konzerns"});
    /* Where something came from is no statement. */
    expect_no_quote(state,
                    "Die Partei entstand 2012. Die Partei ging aus einer Fusion hervor, wie die "
                    "Chronik zeigt.",
                    NULL);
    expect_no_quote(state, "Das ist die Bewegung, aus der die Partei im April hervorging.", NULL);
}

static void test_separable_cues(void **state) {
    expect_quote(state, "„Wir kommen wieder“, fügte der Kapitän hinzu.",
                 (want){NF_Q_DIRECT, "Wir kommen wieder", NULL, "fügte", "hinzu", "der Kapitän"});
    expect_quote(state, "Die Behörde gab am Dienstag bekannt, dass die Brücke gesperrt wird.",
                 (want){NF_Q_INDIRECT, "dass die Brücke gesperrt wird", NULL, "gab", "bekannt",
                        "Die Behörde"});
    /* "gab ... zu bedenken": "zu" and an infinitive close the frame */
    expect_quote(state,
                 "Das sei oft nur auf den ersten Blick von Vorteil, gab der Gewerkschaftschef "
                 "am Montag zu bedenken.",
                 (want){NF_Q_INDIRECT, "Das sei oft nur auf den ersten Blick von Vorteil", NULL,
                        "gab", "zu", "der Gewerkschaftschef"});
    /* "es gab" is no statement */
    expect_no_quote(state, "Es gab an der Grenze lange Staus.", NULL);
}

static void test_reported(void **state) {
    expect_quote(state, "Die Gewerkschaft forderte eine schnellere Entscheidung.",
                 (want){NF_Q_REPORTED, "Die Gewerkschaft forderte eine schnellere Entscheidung",
                        NULL, "forderte", NULL, "Die Gewerkschaft"});
    /* "es" reports only where it stands for an organisation */
    expect_no_quote(state,
                    "Das neue Radargerät wurde installiert. Es soll die Piloten vor plötzlichen "
                    "Böen warnen.",
                    NULL);
    expect_quote(state,
                 "Das Ministerium legte den Bericht vor. Es forderte eine schnellere "
                 "Entscheidung.",
                 (want){NF_Q_REPORTED, "Es forderte eine schnellere Entscheidung", NULL, "forderte",
                        NULL, "Es"});
    /* the main clause after a subordinate one, which it does not include */
    expect_quote(state,
                 "Während die Zeitung von 100.000 Menschen sprach, sprach die Polizei von "
                 "50.000 Demonstranten.",
                 (want){NF_Q_REPORTED, "sprach die Polizei von 50.000 Demonstranten", NULL,
                        "sprach", "von", "die Polizei"});
    /* an object of one noun will do; the agent's phrase ends before it */
    expect_quote(state, "Dem Minister wird von der Opposition Untätigkeit vorgeworfen.",
                 (want){NF_Q_REPORTED,
                        "Dem Minister wird von der Opposition Untätigkeit vorgeworfen", NULL,
                        "vorgeworfen", NULL, "der Opposition"});
    /* an act's content in the indicative after its pronoun subject */
    expect_quote(state, "Kritiker hatten ihm vorgeworfen, er wollte sich nur selbst bereichern.",
                 (want){NF_Q_INDIRECT, "er wollte sich nur selbst bereichern", NULL, "vorgeworfen",
                        NULL, "Kritiker"});
    /* "annehmen" with an object accepts, it reports nothing */
    expect_no_quote(state, "Im zweiten Wahlgang erreichte er genug Stimmen und nahm die Wahl an.",
                    NULL);
    /* a forecast with its object */
    expect_quote(state, "Der Verband prognostizierte einen Anstieg der Preise.",
                 (want){NF_Q_REPORTED, "Der Verband prognostizierte einen Anstieg der Preise", NULL,
                        "prognostizierte", NULL, "Der Verband"});
    /* a view with "als", a reason with "mit" */
    expect_quote(state, "Der Minister betrachtet die Klage als Eskalation des Konflikts.",
                 (want){NF_Q_REPORTED,
                        "Der Minister betrachtet die Klage als Eskalation des Konflikts", NULL,
                        "betrachtet", "als", "Der Minister"});
    expect_no_quote(state, "Der Minister betrachtete das Bild lange.", NULL);
    expect_quote(state, "Der Präsident begründete seine Entscheidung mit der Lage im Land.",
                 (want){NF_Q_REPORTED,
                        "Der Präsident begründete seine Entscheidung mit der Lage im Land", NULL,
                        "begründete", "mit", "Der Präsident"});
    expect_quote(state, "Die Gewerkschaft forderte Reformen.",
                 (want){NF_Q_REPORTED, "Die Gewerkschaft forderte Reformen", NULL, "forderte", NULL,
                        "Die Gewerkschaft"});
    expect_no_quote(state, "Die Gewerkschaft forderte das.", NULL);
    /* suspecting someone of an act quotes the act */
    expect_quote(state, "Die Polizei verdächtigt den Mann, das Feuer gelegt zu haben.",
                 (want){NF_Q_INDIRECT, "das Feuer gelegt zu haben", NULL, "verdächtigt", NULL,
                        "Die Polizei"});
    /* a reason in the Konjunktiv I after the act is the speaker's words */
    expect_quote(state, "Der Chef hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre.",
                 (want){NF_Q_INDIRECT, "da er jeder Grundlage entbehre", NULL, "zurückgewiesen",
                        NULL, "Der Chef"});
    expect_quote(
        state, "Der Minister lehnte die Forderung ab, weil sie zu teuer sei.",
        (want){NF_Q_INDIRECT, "weil sie zu teuer sei", NULL, "lehnte", "ab", "Der Minister"});
    /* (an act on no statement reports the whole sentence: "lehnte den Plan ab") */
    expect_quote(state, "Der Minister lehnte den Plan ab, weil er zu teuer sei.",
                 (want){NF_Q_REPORTED, "Der Minister lehnte den Plan ab, weil er zu teuer sei",
                        NULL, "lehnte", "ab", "Der Minister"});
    /* before "und" and the frame of a content clause, the clause of its own */
    expect_quote(state, "Die Gewerkschaft forderte mehr Lohn und erklärte, der Streik gehe weiter.",
                 (want){NF_Q_REPORTED, "Die Gewerkschaft forderte mehr Lohn", NULL, "forderte",
                        NULL, "Die Gewerkschaft"});
    expect_quote(state, "Die Gewerkschaft forderte mehr Lohn und erklärte, der Streik gehe weiter.",
                 (want){NF_Q_INDIRECT, "der Streik gehe weiter", NULL, "erklärte", NULL,
                        "Die Gewerkschaft"});
    expect_quote(state, "Der Konzern kündigte für das nächste Jahr neue Stellen an.",
                 (want){NF_Q_REPORTED, "Der Konzern kündigte für das nächste Jahr neue Stellen an",
                        NULL, "kündigte", "an", "Der Konzern"});
    /* In the perfect the object stands before the participle. */
    expect_quote(state, "Der Kanzler hat den Abzug der Truppen angekündigt.",
                 (want){NF_Q_REPORTED, "Der Kanzler hat den Abzug der Truppen angekündigt", NULL,
                        "angekündigt", NULL, "Der Kanzler"});
    /* "drohen mit" threatens, as "androhen" does. */
    expect_quote(state, "Der Minister drohte mit seinem Rücktritt.",
                 (want){NF_Q_REPORTED, "Der Minister drohte mit seinem Rücktritt", NULL, "drohte",
                        "mit", "Der Minister"});
    expect_no_quote(state, "Am Himmel drohte ein Gewitter.", NULL);
    /* A disaster that claims lives demands nothing. */
    expect_no_quote(state, "Die Überschwemmungen haben mindestens 35 Todesopfer gefordert.", NULL);
    expect_no_quote(state, "Der Sturm forderte zwei Tote.", NULL);
    /* Verbs of saying with their particle or an "über" phrase report an
     * act, when someone acts. */
    expect_quote(state, "Die Ministerin sagte weitere Hilfe zu.",
                 (want){NF_Q_REPORTED, "Die Ministerin sagte weitere Hilfe zu", NULL, "sagte", "zu",
                        "Die Ministerin"});
    expect_quote(state, "Die Behörden berichteten über neue Angriffe.",
                 (want){NF_Q_REPORTED, "Die Behörden berichteten über neue Angriffe", NULL,
                        "berichteten", NULL, "Die Behörden"});
    expect_quote(state, "Die Opposition kritisierte die Regierung.",
                 (want){NF_Q_REPORTED, "Die Opposition kritisierte die Regierung", NULL,
                        "kritisierte", NULL, "Die Opposition"});
    expect_no_quote(state, "Die Krise nimmt immer größere Ausmaße an.", NULL);
    /* a subject with an apposition before the speech act */
    expect_quote(state,
                 "Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung der Regierung.",
                 (want){NF_Q_REPORTED,
                        "Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung der Regierung",
                        NULL, "verurteilte", NULL, "Sadiq Khan"});
    /* or an insertion between dashes: the noun phrase after the verb is
     * its object */
    expect_quote(state,
                 "Der Parteichef Selim Demir – dem die Immunität entzogen werden soll – hatte die "
                 "Regierung gewarnt: Wir werden das nicht erlauben.",
                 (want){NF_Q_INDIRECT, "Wir werden das nicht erlauben", NULL, "gewarnt", NULL,
                        "Der Parteichef Selim Demir"});
    /* "bestreiten" of a game or a living plays or pays, denies nothing */
    expect_no_quote(state, "Deutschland bestreitet sein zweites Gruppenspiel gegen Spanien.", NULL);
    expect_no_quote(state, "Sie bestreitet ihr Leben damit, anderen zu helfen.", NULL);
    expect_quote(state, "Der Minister bestritt die Vorwürfe.",
                 (want){NF_Q_REPORTED, "Der Minister bestritt die Vorwürfe", NULL, "bestritt", NULL,
                        "Der Minister"});
    /* "erwägen" frames what someone considers doing */
    expect_quote(state, "Nun erwägt die Airline, ihre Klage auf Schadenersatz auszuweiten.",
                 (want){NF_Q_INDIRECT, "ihre Klage auf Schadenersatz auszuweiten", NULL, "erwägt",
                        NULL, "die Airline"});
    /* "abstreiten", split and joined; "streiten" alone is no speech act */
    expect_quote(state, "Die Regierung stritt jede Verantwortung ab.",
                 (want){NF_Q_REPORTED, "Die Regierung stritt jede Verantwortung ab", NULL, "stritt",
                        "ab", "Die Regierung"});
    expect_quote(state, "Die Firma hat abgestritten, dass die Türen unsicher seien.",
                 (want){NF_Q_INDIRECT, "dass die Türen unsicher seien", NULL, "abgestritten", NULL,
                        "Die Firma"});
    expect_no_quote(state, "Die Parteien streiten seit Wochen über das Budget.", NULL);
    /* "sei es" after a dash is "be it", no reported speech */
    expect_no_quote(state,
                    "Oft müssen die Firmen mehr bezahlen – sei es durch einen Sozialplan oder "
                    "durch einen Vergleich.",
                    NULL);
    /* a participle that describes a noun reports no act */
    expect_no_quote(state, "Neben den bereits erwähnten Politikern nehmen Morales und Correa teil.",
                    NULL);
    expect_no_quote(
        state, "Der König hat den am Montag wegen Betrugs verurteilten Schweizer begnadigt.", NULL);
    /* a court's sentence is no speech act; a condemnation is one */
    expect_no_quote(state, "Das Landgericht hat den Wirt zu einer Geldstrafe verurteilt.", NULL);
    expect_no_quote(state, "Der Mann wurde im Oktober zu drei Jahren verurteilt.", NULL);
    expect_no_quote(state, "Die Richterin verurteilte ihn wegen Betrugs zum Tod.", NULL);
    expect_quote(state, "Die Gewerkschaft verurteilte den Angriff auf das Büro.",
                 (want){NF_Q_REPORTED, "Die Gewerkschaft verurteilte den Angriff auf das Büro",
                        NULL, "verurteilte", NULL, "Die Gewerkschaft"});
}

static void test_source_apposition_no_content(void **state) {
    /* the source's apposition (and a relative clause about it) after "nach
     * Angaben X" is no content */
    expect_quote(state, "Nach Angaben von Peter Beck, dem Dekan, befanden sich Besucher im Turm.",
                 (want){NF_Q_INDIRECT, "befanden sich Besucher im Turm", NULL, "Nach", NULL,
                        "Angaben von Peter Beck"});
    expect_quote(state,
                 "Nach Aussage von Karl Wendel, einem früheren Sprecher der Partei, der der "
                 "Gruppe angehört, wurde die Partei ausgewählt.",
                 (want){NF_Q_INDIRECT, "wurde die Partei ausgewählt", NULL, "Nach", NULL, "*"});
    /* so after "laut": the apposition is neither span's */
    expect_quote(state, "Die Lage soll laut dem Sprecher des Ministeriums, Hans Meier, ernst sein.",
                 (want){NF_Q_INDIRECT, "Die Lage soll", "ernst sein", "laut", NULL,
                        "dem Sprecher des Ministeriums"});
    expect_quote(state, "Laut Polizei, die den Fall untersucht, war der Mann betrunken.",
                 (want){NF_Q_INDIRECT, "war der Mann betrunken", NULL, "Laut", NULL, "Polizei"});
    /* a relative clause with a reflexive, an adverb or a preposition first */
    expect_quote(state,
                 "Nach offiziellen Angaben, die aber nicht überprüft werden können, waren die "
                 "meisten Opfer Bauern.",
                 (want){NF_Q_INDIRECT, "waren die meisten Opfer Bauern", NULL, "Nach", NULL,
                        "offiziellen Angaben"});
    expect_quote(state,
                 "Laut einem Artikel von BBC News, der sich auf die Daten der Bank beruft, leben "
                 "dort acht Millionen Menschen.",
                 (want){NF_Q_INDIRECT, "leben dort acht Millionen Menschen", NULL, "Laut", NULL,
                        "einem Artikel von BBC News"});
    expect_quote(state,
                 "Nach Angaben des Senders, auf den sich die Zeitung beruft, leben dort acht "
                 "Millionen Menschen.",
                 (want){NF_Q_INDIRECT, "leben dort acht Millionen Menschen", NULL, "Nach", NULL,
                        "Angaben des Senders"});
    /* a clause in Konjunktiv after the comma is the content; an article
     * before its noun opens no relative clause */
    expect_quote(state,
                 "Nach Angaben der Polizei, die Täter hätten fliehen können, gab es Verletzte.",
                 (want){NF_Q_INDIRECT, "die Täter hätten fliehen können, gab es Verletzte", NULL,
                        "Nach", NULL, "Angaben der Polizei"});
    expect_quote(state,
                 "Ein Ziel ist es laut Erlass, den Schülern ein Urteil zu ermöglichen, und zwar "
                 "ohne Werbung.",
                 (want){NF_Q_INDIRECT, "Ein Ziel ist es",
                        "den Schülern ein Urteil zu ermöglichen, und zwar ohne Werbung", "laut",
                        NULL, "Erlass"});
}

/* "aussagen" (to testify) frames what the witness said, split ("sagte
 * vor Gericht aus") or not; with nothing said it reports no act. */
static void test_testimony(void **state) {
    expect_quote(state,
                 "Der Politiker hatte Ende Februar im Prozess ausgesagt, dass er keinen Cent "
                 "genommen habe.",
                 (want){NF_Q_INDIRECT, "dass er keinen Cent genommen habe", NULL, "ausgesagt", NULL,
                        "Der Politiker"});
    expect_quote(
        state, "Der Zeuge sagte vor Gericht aus, dass er nichts gesehen habe.",
        (want){NF_Q_INDIRECT, "dass er nichts gesehen habe", NULL, "sagte", "aus", "Der Zeuge"});
    expect_no_quote(state, "Im Laufe des Verfahrens sagten 62 Zeugen vor Gericht aus.", NULL);
}

/* A noun made of an adjective opening the sentence is its subject, no
 * adverb ("Jugendliche haben gesagt"; "Unmissverständlich sagt das
 * Gericht" is one). */
static void test_adjective_noun_subject(void **state) {
    expect_quote(state,
                 "Jugendliche haben dagegen gegenüber der Zeitung ausgesagt, dass Paris das "
                 "Vorbild sei.",
                 (want){NF_Q_INDIRECT, "dass Paris das Vorbild sei", NULL, "ausgesagt", NULL,
                        "Jugendliche"});
    expect_quote(
        state, "Angehörige sagten, dass die Lage ernst sei.",
        (want){NF_Q_INDIRECT, "dass die Lage ernst sei", NULL, "sagten", NULL, "Angehörige"});
}

/* The verb after "und" shares the subject of the clause before, which
 * follows its verb after a Vorfeld of "als" and a noun phrase. */
static void test_shared_subject_after_als_phrase(void **state) {
    expect_quote(state,
                 "Als Reaktion auf Petrys Statement veröffentlichte der Rapper Eko Fresh ein "
                 "Lied und schrieb auf Twitter: Du bist so sexy, wenn du lügst.",
                 (want){NF_Q_INDIRECT, "Du bist so sexy, wenn du lügst", NULL, "schrieb", NULL,
                        "der Rapper Eko Fresh"});
    /* (adjectives before the noun: the phrase is no subject) */
    expect_quote(state,
                 "Als scheidende Ministerin habe sie den Abschied akzeptiert und frage Müller, ob "
                 "er nun gehe.",
                 (want){NF_Q_INDIRECT, "ob er nun gehe", NULL, "frage", NULL, "sie"});
}

/* A ruler's name with its regnal number's period is one subject, a
 * name in parentheses after it too. */
static void test_regnal_number_in_the_subject(void **state) {
    expect_quote(state, "Papst Benedikt XVI. sagte, er sei müde.",
                 (want){NF_Q_INDIRECT, "er sei müde", NULL, "sagte", NULL, "Papst Benedikt XVI."});
    expect_quote(
        state, "Gestern sagte Kaiser Ludwig XIV., er sei der Staat.",
        (want){NF_Q_INDIRECT, "er sei der Staat", NULL, "sagte", NULL, "Kaiser Ludwig XIV."});
    expect_quote(state, "Papst Benedikt XVI. (Joseph Ratzinger) sagte, er sei müde.",
                 (want){NF_Q_INDIRECT, "er sei müde", NULL, "sagte", NULL,
                        "Papst Benedikt XVI. (Joseph Ratzinger)"});
}

static void test_governed_phrase_first(void **state) {
    /* the verb's "als" phrase with the quotation opens the sentence */
    expect_quote(
        state, "Als „unerwartetes Geschenk“ bezeichnet die Archäologin den Fund.",
        (want){NF_Q_DIRECT, "unerwartetes Geschenk", NULL, "bezeichnet", "Als", "die Archäologin"});
    /* "als" as a conjunction before a name in quotation marks is no such phrase */
    expect_no_quote(state, "Als „Bild“ erschien, kam es zum Streit.", "Bild");
}

static void test_frame_past_subjects_apposition(void **state) {
    /* the subject's apposition (or a relative clause about it) and
     * adverbs set off after the verb go with the frame; the content
     * follows them */
    expect_quote(state,
                 "Dabei sagte Li Fei, der stellvertretende Vorsitzende des Ausschusses, aber "
                 "auch, dass die Demonstranten von Standards sprächen.",
                 (want){NF_Q_INDIRECT, "dass die Demonstranten von Standards sprächen", NULL,
                        "sagte", NULL, "Li Fei"});
    /* a subjunctive after the comma is content */
    expect_quote(state, "Dabei sagte Li Fei, die Lage sei ernst.",
                 (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "sagte", NULL, "Li Fei"});
}

static void test_second_clause_with_its_own_frame(void **state) {
    /* after a clause of its own and a comma, a subject with an apposition
     * and a verb of saying before a colon frame the words after them: the
     * clause is no content of the first verb, and the subject after the
     * comma speaks */
    const char *t = "Der Bürgermeister wies den Vorwurf zurück, die Sprecherin der Opposition, "
                    "Eva Brandt, erklärte: „Das ist eine Ausrede.“";
    expect_quote(state, t,
                 (want){NF_Q_DIRECT, "Das ist eine Ausrede.", NULL, "erklärte", NULL,
                        "die Sprecherin der Opposition"});
    expect_no_quote(state, t,
                    "die Sprecherin der Opposition, Eva Brandt, erklärte: „Das ist "
                    "eine Ausrede.“");
    /* (a subject after the verb is the verb's own: ", sagt Butterfill") */
    expect_quote(state,
                 "Mit den Preisen, die so mancher Regierung Sorgen machen, sei bald Schluss, "
                 "sagt der Analyst.",
                 (want){NF_Q_INDIRECT,
                        "Mit den Preisen, die so mancher Regierung Sorgen machen, "
                        "sei bald Schluss",
                        NULL, "sagt", NULL, "der Analyst"});
}

static void test_speaker_of_zu_infinitive(void **state) {
    /* a zu-infinitive's clause has no subject: the noun phrase in it is
     * the verb's object; the subject of the clause it hangs on speaks */
    expect_quote(
        state, "Merkel versuchte, die Wähler davon zu überzeugen, dass die Reform nötig sei.",
        (want){NF_Q_INDIRECT, "dass die Reform nötig sei", NULL, "überzeugen", NULL, "Merkel"});
    /* ... unless it asks or lets someone else act, or names no one */
    expect_quote(
        state,
        "Die Produkte geben dem Konzern die Chance, die Kunden daran zu erinnern, dass "
        "die Preise stabil bleiben.",
        (want){NF_Q_INDIRECT, "dass die Preise stabil bleiben", NULL, "erinnern", NULL, NULL});
    expect_quote(state, "Es ist schwierig, den Wählern zu erklären, dass die Reform nötig sei.",
                 (want){NF_Q_INDIRECT, "dass die Reform nötig sei", NULL, "erklären", NULL, NULL});
    /* (a subject a noun of persons describes speaks too) */
    expect_quote(state,
                 "Der Minister trat vor die Presse, um zu verkünden, dass die Kontingente "
                 "gelten.",
                 (want){NF_Q_INDIRECT, "dass die Kontingente gelten", NULL, "verkünden", NULL,
                        "Der Minister"});
}

static void test_speaker_position(void **state) {
    /* after a person's name "der" opens whom the person speaks to; a
     * role noun's genitive stays ("der Sprecher der Regierung") */
    expect_quote(
        state, "„Die Zuschläge entfallen“, sagte Hannes Ametsreiter der Rheinischen Post.",
        (want){NF_Q_DIRECT, "Die Zuschläge entfallen", NULL, "sagte", NULL, "Hannes Ametsreiter"});
    expect_quote(
        state, "„Wir bleiben“, sagte der Sprecher der Regierung.",
        (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "der Sprecher der Regierung"});
    /* so does it after a person's noun whose compound names the person's
     * organisation, before an outlet: a party's politician is no paper's */
    expect_quote(state, "„Wir bleiben“, sagte der SPD-Politiker der Zeitung Welt am Sonntag.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "der SPD-Politiker"});
    expect_quote(state, "„Wir bleiben“, sagte der Lufthansa-Manager der Süddeutschen Zeitung.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "der Lufthansa-Manager"});
    /* ... and after an office's noun, and before a title in quotation
     * marks */
    expect_quote(state, "„Wir bleiben“, sagte der Minister der Süddeutschen Zeitung.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "der Minister"});
    expect_quote(state, "„Wir bleiben“, sagte der SPD-Politiker der „Süddeutschen Zeitung“.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "der SPD-Politiker"});
    /* ... and after an institution's noun, which owns no outlet, where a
     * newsroom's keeps its genitive */
    expect_quote(state, "„Wir bleiben“, bestätigte die Polizei der Zeitung Dagens Nyheter.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "bestätigte", NULL, "die Polizei"});
    expect_quote(
        state, "„Wir bleiben“, sagte die Redaktion der Zeitung.",
        (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL, "die Redaktion der Zeitung"});
    /* ... while a common noun's compound keeps its genitive */
    expect_quote(state, "„Wir bleiben“, sagte der Innenpolitik-Chef der Zeitung.",
                 (want){NF_Q_DIRECT, "Wir bleiben", NULL, "sagte", NULL,
                        "der Innenpolitik-Chef der Zeitung"});
    /* before the verb, after it, and a pronoun after it */
    expect_quote(state, "Die Polizei teilte mit, dass der Täter gefasst wurde.",
                 (want){NF_Q_INDIRECT, "dass der Täter gefasst wurde", NULL, "teilte", "mit",
                        "Die Polizei"});
    expect_quote(state, "Am Montag erklärte der Sprecher des Ministeriums, die Pläne seien fertig.",
                 (want){NF_Q_INDIRECT, "die Pläne seien fertig", NULL, "erklärte", NULL,
                        "der Sprecher des Ministeriums"});
    expect_quote(state, "„Das ist ein guter Tag“, sagte er.",
                 (want){NF_Q_DIRECT, "Das ist ein guter Tag", NULL, "sagte", NULL, "er"});
    /* "der" before an adjective in -en opens a dative, not the subject; in
     * -e, the subject */
    expect_quote(state, "Der regionalen Zeitung sagte Anna Berg, sie bleibe im Amt.",
                 (want){NF_Q_INDIRECT, "sie bleibe im Amt", NULL, "sagte", NULL, "Anna Berg"});
    expect_quote(
        state, "Der neue Bürgermeister sagte, er bleibe im Amt.",
        (want){NF_Q_INDIRECT, "er bleibe im Amt", NULL, "sagte", NULL, "Der neue Bürgermeister"});
    /* a participle in -end with its phrase before the verb is adverbial */
    expect_quote(
        state,
        "Stellvertretend für die Kommission empfahl der Kommissar, Verhandlungen "
        "einzuleiten.",
        (want){NF_Q_INDIRECT, "Verhandlungen einzuleiten", NULL, "empfahl", NULL, "der Kommissar"});
    /* so is a word capitalised only as the clause's first that the
     * lexicon knows in lower case, before its phrase */
    expect_quote(
        state, "Konfrontiert mit den Vorwürfen sagte der Jagdleiter, er habe nichts bemerkt.",
        (want){NF_Q_INDIRECT, "er habe nichts bemerkt", NULL, "sagte", NULL, "der Jagdleiter"});
    /* verbs of saying: a reply, a forecast */
    expect_quote(state, "Auf die Frage erwiderte sein Sprecher, es handle sich um einen Irrtum.",
                 (want){NF_Q_INDIRECT, "es handle sich um einen Irrtum", NULL, "erwiderte", NULL,
                        "sein Sprecher"});
    expect_quote(state, "Das Institut prognostizierte, die Preise würden steigen.",
                 (want){NF_Q_INDIRECT, "die Preise würden steigen", NULL, "prognostizierte", NULL,
                        "Das Institut"});
    /* A coordinated subject: its first member speaks; a new clause after
     * "und" has its own subject. */
    expect_quote(
        state, "Die Kommission und die Regierung äußerten Zweifel, ob die Vergabe fair war.",
        (want){NF_Q_INDIRECT, "ob die Vergabe fair war", NULL, "äußerten", NULL, "Die Kommission"});
    /* two roles of one named person are one speaker, a role compound too */
    expect_quote(state,
                 "Der Landtagsabgeordnete und SPD-Fraktionschef Andreas Wendel sagte, es gebe "
                 "keine Einigung.",
                 (want){NF_Q_INDIRECT, "es gebe keine Einigung", NULL, "sagte", NULL,
                        "Der Landtagsabgeordnete und SPD-Fraktionschef Andreas Wendel"});
    /* a phrase never nominative after "und" goes on with an object
     * before the verb; the subject follows the verb */
    expect_quote(
        state,
        "Auch auf Spekulationen und den schwachen Dollar verweisen Analysten. Das "
        "Preisniveau sei jedoch zu hoch.",
        (want){NF_Q_INDIRECT, "Das Preisniveau sei jedoch zu hoch", NULL, NULL, NULL, "Analysten"});
    expect_quote(
        state, "Der Minister verließ den Saal und die Sprecherin sagte, es gebe keine Einigung.",
        (want){NF_Q_INDIRECT, "es gebe keine Einigung", NULL, "sagte", NULL, "die Sprecherin"});
    /* after "sagte X," a clause that opens as a main clause, in the
     * indicative ("die USA hielten sich ..."), is the content, not a
     * relative clause about X; a clause after an object is none */
    expect_quote(state, "In Brüssel sagte Müller, die USA hielten sich an die Konvention.",
                 (want){NF_Q_INDIRECT, "die USA hielten sich an die Konvention", NULL, "sagte",
                        NULL, "Müller"});
    expect_no_quote(state,
                    "Der Angeklagte meldete Berufung an, die Staatsanwaltschaft gab keine "
                    "Erklärung ab.",
                    "die Staatsanwaltschaft gab keine Erklärung ab");
    /* a verb after "und" shares the subject before it; the pronoun after
     * it is its object */
    expect_quote(state,
                 "Die Opposition wies die Änderungen zurück und bezeichnete sie als einen "
                 "„Eingriff in die Grundrechte“.",
                 (want){NF_Q_DIRECT, "Eingriff in die Grundrechte", NULL, "bezeichnete", "als",
                        "Die Opposition"});
    /* "Aufgrund" opens a prepositional phrase, no subject */
    expect_quote(state,
                 "Aufgrund des Störfalls hat die Initiative eine Demo angekündigt: Am Sonntag soll "
                 "demonstriert werden.",
                 (want){NF_Q_INDIRECT, "Am Sonntag soll demonstriert werden", NULL, "angekündigt",
                        NULL, "die Initiative"});
    /* "sowohl A als auch B": A speaks, and "als auch" is no "als" a verb
     * governs */
    expect_quote(
        state, "Sowohl die Behörde als auch das Militär sagten, es gebe keine Beweise.",
        (want){NF_Q_INDIRECT, "es gebe keine Beweise", NULL, "sagten", NULL, "die Behörde"});
    expect_no_quote(
        state,
        "Sowohl die Cleveland Cavaliers als auch die San Antonio Spurs konnten mit einem "
        "Sieg den Einzug in das Finale feiern.",
        NULL);
    /* after a relative pronoun in the dative the subject follows it */
    expect_quote(state,
                 "Die Kritik galt dem Fonds, dem unter anderem der Präsident vorwirft, die Krise "
                 "verursacht zu haben.",
                 (want){NF_Q_INDIRECT, "die Krise verursacht zu haben", NULL, "vorwirft", NULL,
                        "der Präsident"});
    /* "in dessen Folge": the noun of a relative possessive is no subject */
    expect_quote(state,
                 "Es folgte der Weinskandal, in dessen Folge das Gericht festgestellt hatte, die "
                 "Regierung sei berechtigt gewesen.",
                 (want){NF_Q_INDIRECT, "die Regierung sei berechtigt gewesen", NULL, "festgestellt",
                        NULL, "das Gericht"});
    /* after ", und" the new clause opens with its subject; the object
     * after the verb does not speak */
    expect_quote(
        state,
        "Der Rat stufte das Gesetz als verfassungswidrig ein, und die UNICEF rief "
        "Russland auf, das Verbot nicht durchzusetzen.",
        (want){NF_Q_INDIRECT, "das Verbot nicht durchzusetzen", NULL, "rief", "auf", "die UNICEF"});
    /* The Vorfeld ends at the auxiliary, however long the middle field. */
    expect_quote(state,
                 "Der Minister hatte bereits am Samstag die Zustimmung seiner Regierung zu dem "
                 "Plan „trotz einiger Vorbehalte“ bekanntgegeben.",
                 (want){NF_Q_DIRECT, "trotz einiger Vorbehalte", NULL, "bekanntgegeben", NULL,
                        "Der Minister"});
    /* A subordinate clause after a colon opens the frame's own sentence,
     * no content before it. */
    expect_no_quote(state,
                    "Dabei soll es eine Spreizung geben: Während die Preise konstant bleiben, "
                    "erwartet die Vorsitzende Brigitte Wendel eine Preissteigerung.",
                    "Dabei soll es eine Spreizung geben: Während die Preise konstant bleiben");
    /* A clause a subordinating word opens has its subject right after
     * it, however long the clause. */
    expect_quote(
        state,
        "Der Bericht ist brisant, weil die US-Regierung Georgien nach dem kurzen Krieg mit "
        "Russland im letzten Monat als „junge couragierte Demokratie“ bezeichnet hat.",
        (want){NF_Q_DIRECT, "junge couragierte Demokratie", NULL, "bezeichnet", "als",
               "die US-Regierung"});
    /* A perfect passive names no subject as speaker. */
    expect_quote(state,
                 "In den Medien war der Auftrag aus dem Ministerium schon als „Geschäft des "
                 "Jahrhunderts“ bezeichnet worden.",
                 (want){NF_Q_DIRECT, "Geschäft des Jahrhunderts", NULL, "*", "*", "den Medien"});
    /* A "von" after a noun of the Vorfeld is the noun's, no agent; one
     * opening the Vorfeld is. */
    expect_quote(
        state,
        "Die Speicherung von Fingerabdrücken war damit begründet worden, dass die "
        "Identität gesichert werden sollte.",
        (want){NF_Q_INDIRECT, "dass die Identität gesichert werden sollte", NULL, "*", "*", NULL});
    expect_quote(state,
                 "Auch von der Polizei war mitgeteilt worden, dass die Identität gesichert "
                 "werden sollte.",
                 (want){NF_Q_INDIRECT, "dass die Identität gesichert werden sollte", NULL, "*", "*",
                        "der Polizei"});
}

static void test_more_frames(void **state) {
    /* a time after the speaker's noun or name is no part of its phrase */
    expect_quote(state, "Die Fifa dürfte im Juli entscheiden, berichtete die BBC Mittwochfrüh.",
                 (want){NF_Q_INDIRECT, "Die Fifa dürfte im Juli entscheiden", NULL, "berichtete",
                        NULL, "die BBC"});
    /* "heißt es" with its source, "demnach", "wonach" */
    expect_quote(state, "In der Erklärung des Verbandes heißt es, die Preise würden steigen.",
                 (want){NF_Q_INDIRECT, "die Preise würden steigen", NULL, "heißt es", NULL,
                        "der Erklärung des Verbandes"});
    expect_quote(
        state,
        "Die Polizei sagte, es habe zwei Verletzte gegeben. Demnach wurde niemand "
        "festgenommen.",
        (want){NF_Q_INDIRECT, "wurde niemand festgenommen", NULL, "Demnach", NULL, "Demnach"});
    /* not in a frame that closes reported speech after it: the frame
     * credits the words */
    expect_no_quote(state,
                    "Robert Beispiel sprach. Das Problem sei ernst, erklärte der Premier demnach "
                    "weiter.",
                    "Das Problem sei ernst, erklärte der Premier");
    /* "Danach" too, after a statement or a document, before a verb in
     * the present or the Konjunktiv; not "afterwards" in a narrative */
    expect_quote(
        state,
        "Das Hilfswerk stellte am Montag einen Bericht vor. Danach leiden viele Kinder "
        "unter Gewalt.",
        (want){NF_Q_INDIRECT, "leiden viele Kinder unter Gewalt", NULL, "Danach", NULL, "Danach"});
    expect_no_quote(
        state,
        "Das Hilfswerk stellte am Montag einen Bericht vor. Danach verließ der Minister "
        "den Saal.",
        "verließ der Minister den Saal");
    /* a sentence in the passive with its agent, between the quote before
     * and the adverb, names whom the adverb points back to */
    expect_speaker_entity(state,
                          "Nach Angaben der Armee seien Soldaten beschossen worden. Dieser "
                          "Darstellung wurde von Oberst Peter Wendelbruck widersprochen. Danach "
                          "habe es sich um einen Unfall gehandelt.",
                          "habe es sich um einen Unfall gehandelt", "Peter Wendelbruck");
    expect_quote(
        state, "Es gibt einen Bericht, wonach die Fabrik schließen soll.",
        (want){NF_Q_INDIRECT, "die Fabrik schließen soll", NULL, "wonach", NULL, "einen Bericht"});
    /* the statement a verb before "wonach" denies or confirms is its
     * source, not the one who denies it */
    expect_quote(state,
                 "Ein Sprecher konnte erste Medienberichte nicht bestätigen, wonach Zeugen eine "
                 "Explosion gehört haben wollen.",
                 (want){NF_Q_INDIRECT, "Zeugen eine Explosion gehört haben wollen", NULL, "wonach",
                        NULL, "Medienberichte"});
    expect_quote(state,
                 "Die Kommission hat einen britischen Pressebericht zurückgewiesen, wonach die "
                 "Strategie auf eine Armee ziele.",
                 (want){NF_Q_INDIRECT, "die Strategie auf eine Armee ziele", NULL, "wonach", NULL,
                        "einen britischen Pressebericht"});
    /* a suspicion or a claim before "wonach" is its source */
    expect_quote(state,
                 "Er schließt sich dem Verdacht der Kritiker an, wonach die Berufung politische "
                 "Gründe habe.",
                 (want){NF_Q_INDIRECT, "die Berufung politische Gründe habe", NULL, "wonach", NULL,
                        "dem Verdacht"});
    /* (a phrase after a preposition is none: "in Aussicht gestellt") */
    expect_quote(state,
                 "Sie hatte Verfahren in Aussicht gestellt und von Beweisen gesprochen, wonach "
                 "die Bescheide den Wettbewerb beeinträchtigten.",
                 (want){NF_Q_INDIRECT, "*", NULL, "*", "*", "Sie"});
    /* "wie X berichtet" frames the clause before it, not the other way round */
    expect_quote(state,
                 "Das vereinbarten die Minister am Dienstag in Warschau, wie die Agentur PAP "
                 "berichtet.",
                 (want){NF_Q_INDIRECT, "Das vereinbarten die Minister am Dienstag in Warschau",
                        NULL, "berichtet", NULL, "die Agentur PAP"});
    /* a passive quotation frame: who is quoted speaks, not the paper */
    expect_quote(
        state, "Der Trainer wird von der Zeitung mit den Worten zitiert: „Wir spielen auf Sieg.“",
        (want){NF_Q_DIRECT, "Wir spielen auf Sieg.", NULL, "zitiert", NULL, "Der Trainer"});
    /* a governing particle before the verb */
    expect_quote(state, "Von einer „schweren Niederlage für alle“ sprach der Vorsitzende.",
                 (want){NF_Q_DIRECT, "schweren Niederlage für alle", NULL, "sprach", "Von",
                        "der Vorsitzende"});
    /* a subject set off by an apposition */
    expect_quote(
        state, "Anna Berger, die Sprecherin der Stadt, erklärte, die Brücke sei sicher.",
        (want){NF_Q_INDIRECT, "die Brücke sei sicher", NULL, "erklärte", NULL, "Anna Berger"});
    /* a marker inside a relative clause: only that clause */
    expect_quote(
        state, "Die Tasche, die nach Angaben der Polizei eine Bombe enthielt, wurde gesprengt.",
        (want){NF_Q_INDIRECT, "die", "eine Bombe enthielt", "nach", NULL, "Angaben der Polizei"});
    /* a noun that also names an event or outcome, after a definite
     * article and with no source after it, is a time: "nach dem einen
     * schlechten Ergebnis" is after it; a source or an adjective of a
     * statement makes it one ("nach dem vorläufigen Ergebnis") */
    expect_quote(state,
                 "Wir bewerten die Mannschaft nicht nach dem einen schlechten Ergebnis, sagte "
                 "der Trainer.",
                 (want){NF_Q_INDIRECT,
                        "Wir bewerten die Mannschaft nicht nach dem einen schlechten Ergebnis",
                        NULL, "sagte", NULL, "der Trainer"});
    expect_no_quote(state, "Nach der Untersuchung durfte der Spieler nach Hause.", NULL);
    /* so after an indefinite article, and in a compound of such a noun */
    expect_no_quote(state, "Der Manager wurde nach einer Untersuchung entlassen.", NULL);
    expect_no_quote(state, "Der Patient wurde nach einer Routineuntersuchung am Montag entlassen.",
                    NULL);
    expect_quote(state, "Nach dem vorläufigen Ergebnis liegt die SPD vorne.",
                 (want){NF_Q_INDIRECT, "liegt die SPD vorne", NULL, "Nach", NULL,
                        "dem vorläufigen Ergebnis"});
    expect_quote(state, "Nach dem Ergebnis einer Umfrage sind die Deutschen zufrieden.",
                 (want){NF_Q_INDIRECT, "sind die Deutschen zufrieden", NULL, "Nach", NULL,
                        "dem Ergebnis einer Umfrage"});
    /* what the reports are about is part of the source's phrase (not
     * after one's own words: the verb's "über"); a verb of saying right
     * after the phrase frames the sentence, as after "laut" */
    expect_quote(state, "Nach Berichten über eine Festnahme sollen die Truppen abgezogen sein.",
                 (want){NF_Q_INDIRECT, "sollen die Truppen abgezogen sein", NULL, "Nach", NULL,
                        "Berichten über eine Festnahme"});
    expect_quote(state,
                 "Die Beobachtungsstelle verfügt nach eigenen Angaben über zahlreiche Informanten.",
                 (want){NF_Q_INDIRECT, "Die Beobachtungsstelle verfügt",
                        "über zahlreiche Informanten", "nach", NULL, "eigenen Angaben"});
    expect_quote(state,
                 "Nach Gerüchten über eine Festnahme teilte der Minister mit, dass die Brücke "
                 "gebaut werde.",
                 (want){NF_Q_INDIRECT, "dass die Brücke gebaut werde", NULL, "teilte", "mit",
                        "der Minister"});
    /* news of an event is a time too; news from someone a source */
    expect_no_quote(state,
                    "Nach der Nachricht vom Rücktritt des Präsidenten stiegen die Kurse der Bank.",
                    NULL);
    expect_no_quote(state, "Nach der Nachricht stiegen die Kurse der Bank.", NULL);
    expect_quote(state, "Nach Nachrichten von Augenzeugen stiegen die Kurse der Bank.",
                 (want){NF_Q_INDIRECT, "stiegen die Kurse der Bank", NULL, "Nach", NULL,
                        "Nachrichten von Augenzeugen"});
    /* ... and one opening with a w-word ("worauf", "was") */
    expect_quote(state,
                 "Er fragte nach dem Plan, worauf der Minister nach Aussagen des Reporters "
                 "schwieg.",
                 (want){NF_Q_INDIRECT, "worauf der Minister", "schwieg", "nach", NULL,
                        "Aussagen des Reporters"});
}

static void test_unclosed_quote_after_colon(void **state) {
    const char *t = "Der Sprecher sagte: „Wir haben alles versucht und bleiben dran.\n\nDanach "
                    "endete die Sitzung.";
    expect_quote(state, t,
                 (want){NF_Q_DIRECT, "Wir haben alles versucht und bleiben dran.", NULL, "sagte",
                        NULL, "Der Sprecher"});
}

/* What became known, with no speaker: "wurde bekannt", "wie ... bekannt
 * wurde"; not what a subject became known for, nor before a frame that
 * names who told it. */
static void test_infinitive_without_comma(void **state) {
    /* after the participle that closes the frame's clause, an infinitive
     * clause whose comma is left out */
    expect_quote(state, "Der Konzern hat angekündigt die Preise ab Oktober zu erhöhen.",
                 (want){NF_Q_INDIRECT, "die Preise ab Oktober zu erhöhen", NULL, "angekündigt",
                        NULL, "Der Konzern"});
    /* an adjective made a noun after the speaker's name is the verb's
     * object */
    expect_quote(
        state,
        "Vor der Presse hatte Kowalczyk Positives zu berichten: Die Firma sei "
        "gerettet.",
        (want){NF_Q_INDIRECT, "Die Firma sei gerettet", NULL, "berichten", NULL, "Kowalczyk"});
    /* ... as is a noun the tagger saw too seldom to know it, which the
     * list of common nouns holds ("Einblick") */
    expect_quote(state,
                 "So hat der Spiegel Einblick in die Gruppe bekommen und dabei festgestellt, "
                 "dass sich deren Mitglieder warnen.",
                 (want){NF_Q_INDIRECT, "dass sich deren Mitglieder warnen", NULL, "festgestellt",
                        NULL, "der Spiegel"});
    /* an apposition or a relative clause set off by commas inside the
     * infinitive clause */
    expect_quote(state,
                 "Die Investorin hatte zugesagt, nicht mehr über den Turm, das höchste der "
                 "Gebäude am Hafen, entscheiden zu wollen.",
                 (want){NF_Q_INDIRECT,
                        "nicht mehr über den Turm, das höchste der Gebäude am Hafen, entscheiden "
                        "zu wollen",
                        NULL, "zugesagt", NULL, "Die Investorin"});
    expect_quote(state,
                 "Die Investorin hatte zugesagt, den Turm, der am Hafen steht, nicht verkaufen "
                 "zu wollen.",
                 (want){NF_Q_INDIRECT, "den Turm, der am Hafen steht, nicht verkaufen zu wollen",
                        NULL, "zugesagt", NULL, "Die Investorin"});
    /* (but a relative clause whose verb of saying frames the infinitive
     * is no insertion: the infinitive is that verb's content) */
    expect_no_quote(state,
                    "Anlass ist die Kritik an der Weltbank, der Regionalbank und am Fonds, denen "
                    "die Opposition vorwirft, Urheber der Krise zu sein.",
                    "der Regionalbank und am Fonds, denen die Opposition vorwirft, Urheber der "
                    "Krise zu sein");
    /* "meine" is no participle of "meinen" */
    expect_no_quote(state, "Ich hatte nun die Möglichkeit meine Laufbahn schnell zu verändern.",
                    NULL);
}

/* A clause after a conditional one that opens with its verb is its
 * consequence, not what the verb in it says. */
static void test_conditional_clause(void **state) {
    expect_no_quote(state, "Sollte der Antrag angenommen werden, könnte die Seite online gehen.",
                    "könnte die Seite online gehen");
    /* a subordinate clause closed by the verb and its auxiliary, then a
     * Konjunktiv II: the main clause, quoted whole by the frame after it */
    expect_quote(state,
                 "Falls das Gericht das Gesetz für nichtig erklären sollte, gäbe es Neuwahlen, "
                 "sagte der Minister.",
                 (want){NF_Q_INDIRECT,
                        "Falls das Gericht das Gesetz für nichtig erklären sollte, gäbe es "
                        "Neuwahlen",
                        NULL, "sagte", NULL, "der Minister"});
    expect_quote(state,
                 "Für den Fall, dass das Gericht den Plan für nichtig erklären sollte, gäbe es "
                 "keinen zweiten, sagte der Minister.",
                 (want){NF_Q_INDIRECT,
                        "Für den Fall, dass das Gericht den Plan für nichtig erklären sollte, gäbe "
                        "es keinen zweiten",
                        NULL, "sagte", NULL, "der Minister"});
}

static void test_became_known(void **state) {
    expect_quote(
        state, "Im April wurde dann bekannt, dass der Sänger an Krebs litt.",
        (want){NF_Q_INDIRECT, "dass der Sänger an Krebs litt", NULL, "bekannt", NULL, NULL});
    expect_quote(
        state, "Wie gestern bekannt wurde, ist der Minister zurückgetreten.",
        (want){NF_Q_INDIRECT, "ist der Minister zurückgetreten", NULL, "bekannt", NULL, NULL});
    expect_no_quote(state, "Das Ergebnis wurde am Abend bekannt, die Wahl war knapp.", NULL);
    expect_no_quote(state, "Er wurde durch seine Filme bekannt, die viele Preise gewannen.", NULL);
    expect_quote(state,
                 "Wie heute bekannt wurde, sind erste Fälle aufgetreten. Das berichteten Helfer "
                 "aus der Stadt.",
                 (want){NF_Q_INDIRECT, "Wie heute bekannt wurde, sind erste Fälle aufgetreten",
                        NULL, "berichteten", NULL, "Helfer"});
}

/* "laut" before a participle of "werden" or "sagen" is the adverb
 * (aloud), no source. */
static void test_laut_as_adverb(void **state) {
    expect_no_quote(state, "Schon 2006 war vereinzelt Kritik laut geworden.", NULL);
    expect_quote(
        state, "Laut dpa ist der Minister zurückgetreten.",
        (want){NF_Q_INDIRECT, "ist der Minister zurückgetreten", NULL, "Laut", NULL, "dpa"});
}

/* "es gut (ernst, ...) meinen" is an attitude, no saying; "meinte, es
 * gut gemacht zu haben" (after a comma) says something. */
static void test_meaning_well_says_nothing(void **state) {
    expect_no_quote(
        state, "Der Sommer meinte es gut mit den Bauern: Es regnete zur richtigen Zeit.", NULL);
    expect_no_quote(state, "Die Ministerin meinte es wirklich ernst mit ihrer Warnung.", NULL);
    expect_quote(
        state, "Die Ministerin meinte, es gut gemacht zu haben.",
        (want){NF_Q_INDIRECT, "es gut gemacht zu haben", NULL, "meinte", NULL, "Die Ministerin"});
}

/* A question the writer or an interviewer asks reports no one's words;
 * a verb of asking reports the question, and a question after a colon is
 * what the frame before it says. */
static void test_questions_report_nothing(void **state) {
    expect_no_quote(state,
                    "Frage: Was ist passiert, dass Sie beschlossen haben, sich für Flüchtlinge "
                    "einzusetzen?",
                    NULL);
    expect_no_quote(state, "Haben Sie damals geglaubt, noch Minister zu werden?", NULL);
    expect_no_quote(state, "Für wie wahrscheinlich halten Sie es, dass der Streit eskaliert?",
                    NULL);
    /* (a period after the question mark, as typed) */
    expect_no_quote(state,
                    "Welche Filme halten Sie für gelungen, auf welche hätte man verzichten "
                    "können?.",
                    NULL);
    expect_quote(state, "Der Abgeordnete fragte, ob die Regierung das wisse?",
                 (want){NF_Q_INDIRECT, "ob die Regierung das wisse?", NULL, "fragte", NULL,
                        "Der Abgeordnete"});
    expect_quote(
        state, "Die Bürger sagen: Wer hat das beschlossen?",
        (want){NF_Q_INDIRECT, "Wer hat das beschlossen?", NULL, "sagen", NULL, "Die Bürger"});
}

static void test_names_are_not_quotes(void **state) {
    expect_no_quote(state, "Die Gruppe nennt sich selbst „Neue Mitte“ und wirbt um Mitglieder.",
                    NULL);
    /* "sich" before the verb of a clause that ends with it; a name "man"
     * gives is a definition */
    expect_no_quote(state, "Syd Barrett, wie er sich selbst gerne nannte, ist tot.", NULL);
    expect_no_quote(state,
                    "Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr "
                    "zurücklegt.",
                    NULL);
    expect_quote(state, "Der Minister nannte die Lage ernst.",
                 (want){NF_Q_REPORTED, "Der Minister nannte die Lage ernst", NULL, "nannte", NULL,
                        "Der Minister"});
    /* "charakterisieren" frames like "bezeichnen", but not with "sich" */
    expect_quote(state, "„Er ist eine eiserne Hand“, so charakterisierte ihn der Gewerkschafter.",
                 (want){NF_Q_DIRECT, "Er ist eine eiserne Hand", NULL, "charakterisierte", NULL,
                        "der Gewerkschafter"});
    expect_no_quote(
        state, "Die Region charakterisiert sich dadurch, dass die Bevölkerung jung ist.", NULL);
    expect_no_quote(state, "Wie „heise online“ berichtet, fällt die Messe aus.", "heise online");
    expect_no_quote(state, "Er spielte in der Band „Kings of the Road“ Gitarre.", NULL);
    /* "berichtet TASS" credits a source: no quote of the frame itself */
    expect_no_quote(state, "Die Gespräche waren gut. Dies teilte der Minister mit, berichtet TASS.",
                    "Dies teilte der Minister mit");
}

/* Asserts that the quote whose first span is `span` is listed exactly
 * once for each speaker in `speakers` (NULL-terminated) and no other. */
static void expect_speakers(void **state, const char *text, const char *span,
                            const char *const *speakers) {
    nf_doc *d = th_extract(state, text);
    size_t expected = 0, got = 0;
    for (const char *const *s = speakers; *s; s++) expected++;
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        if (!same(seg_text(d, text, q->spans[0]), span)) continue;
        const char *sp = seg_text(d, text, q->speaker);
        bool known = false;
        for (const char *const *s = speakers; *s && !known; s++) known = same(sp, *s);
        if (!known) {
            dump(d, text);
            fail_msg("%s: unexpected speaker \"%s\"", span, sp ? sp : "");
        }
        got++;
    }
    if (got != expected) dump(d, text);
    nf_doc_free(d);
    assert_int_equal(got, expected);
}

static void test_object_in_vorfeld(void **state) {
    /* The colon frame's subject is the person after the verb, not the
     * object put first. */
    expect_quote(state,
                 "Den Unmut der Fraktion brachte die Sprecherin Anna Berger deutlich zum Ausdruck: "
                 "„Wir tragen diesen Kurs nicht mit.“",
                 (want){NF_Q_DIRECT, "Wir tragen diesen Kurs nicht mit.", NULL, NULL, NULL,
                        "die Sprecherin Anna Berger"});
    /* A person in the Vorfeld stays the subject. */
    expect_quote(state,
                 "Die Sprecherin Anna Berger brachte den Unmut deutlich zum Ausdruck: „Wir tragen "
                 "diesen Kurs nicht mit.“",
                 (want){NF_Q_DIRECT, "Wir tragen diesen Kurs nicht mit.", NULL, NULL, NULL,
                        "Die Sprecherin Anna Berger"});
    /* A speech verb with an object put first: the named subject after the
     * verb speaks, and a person in the Vorfeld keeps it. */
    expect_speakers(state,
                    "Eine Senkung der Steuern bezeichnete Finanzminister Karl Huber als unmöglich, "
                    "weil der Haushalt keinen Spielraum lasse.",
                    "Eine Senkung der Steuern bezeichnete Finanzminister Karl Huber als unmöglich, "
                    "weil der Haushalt keinen Spielraum lasse",
                    (const char *const[]){"Finanzminister Karl Huber", NULL});
    /* a relative clause between the Vorfeld and the verb: the named
     * subject after the verb speaks */
    expect_quote(
        state,
        "Die Webseite, auf der er Bilder verkaufen wollte, bezeichnete Karl Huber als "
        "Kunstprojekt: „Es schien mir notwendig.“",
        (want){NF_Q_DIRECT, "Es schien mir notwendig.", NULL, "bezeichnete", "als", "Karl Huber"});
    expect_quote(state, "Der Bericht der Kommission kritisiert die Regierung Huber scharf.",
                 (want){NF_Q_REPORTED,
                        "Der Bericht der Kommission kritisiert die Regierung Huber "
                        "scharf",
                        NULL, "kritisiert", NULL, "Der Bericht der Kommission"});
}

/* Checks that the quote with first span `span` resolves to the entity
 * named `name` (its name as written, else its canonical label). */
static void expect_speaker_entity(void **state, const char *text, const char *span,
                                  const char *name) {
    nf_doc *d = th_extract(state, text);
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        if (!same(seg_text(d, text, q->spans[0]), span)) continue;
        const nf_entity *e = q->speaker_entity >= 0 ? &d->entities[q->speaker_entity] : NULL;
        const char *got = !e ? "" : e->name ? e->name : e->canonical ? e->canonical : "";
        if (strcmp(got, name) != 0)
            fail_msg("%s: speaker entity \"%s\", want \"%s\"", span, got, name);
        nf_doc_free(d);
        return;
    }
    dump(d, text);
    nf_doc_free(d);
    fail_msg("no quote \"%s\"", span);
}

/* "man" saying something right after a body's words is that body; "man"
 * who believes is anyone. */
static void test_man_after_a_body(void **state) {
    expect_speaker_entity(state,
                          "Die Deutsche Bahn sagt, es gebe keine Verspätungen. Aber man betont "
                          "auch, dass die Lage schwierig sei.",
                          "dass die Lage schwierig sei", "Deutsche Bahn");
    expect_speaker_entity(state,
                          "Die Deutsche Bahn sagt, es gebe keine Verspätungen. Bisher hatte man "
                          "angenommen, dass die Lage schwierig sei.",
                          "dass die Lage schwierig sei", "");
    expect_speaker_entity(state,
                          "Angela Merkel sagt, es gebe keine Verspätungen. Aber man betont auch, "
                          "dass die Lage schwierig sei.",
                          "dass die Lage schwierig sei", "");
}

/* A speaker after the verb whose name opens with its particles ("sagte
 * von der Leyen", "sagte van der Vaart"). */
static void test_speaker_name_with_particles(void **state) {
    const char *t = "Ursula von der Leyen kam nach Kiew. „Das ist gut“, sagte von der Leyen.";
    expect_quote(state, t,
                 (want){NF_Q_DIRECT, "Das ist gut", NULL, "sagte", NULL, "von der Leyen"});
    expect_speaker_entity(state, t, "Das ist gut", "Ursula von der Leyen");
    t = "Rafael van der Vaart traf. „Wir sind zurück“, erklärte van der Vaart.";
    expect_quote(state, t,
                 (want){NF_Q_DIRECT, "Wir sind zurück", NULL, "erklärte", NULL, "van der Vaart"});
}

/* Whom something was said to, between the verb and the comma, leaves the
 * clause after it the content, in the indicative too; an object that
 * names no outlet or actor does not ("informierte die Gesellschaft von
 * der Pfändung, worauf ..."). */
static void test_addressee_before_content(void **state) {
    expect_quote(
        state, "Ein Insider sagte der Nachrichtenagentur Reuters, die Gespräche stockten.",
        (want){NF_Q_INDIRECT, "die Gespräche stockten", NULL, "sagte", NULL, "Ein Insider"});
    expect_quote(
        state, "Der Minister sagte der Zeitung, die Gespräche stocken.",
        (want){NF_Q_INDIRECT, "die Gespräche stocken", NULL, "sagte", NULL, "Der Minister"});
    expect_no_quote(state, "Er sagte die Wahrheit, die niemand hören wollte.", NULL);
}

/* A name and a colon before a quotation name its speaker; an adverb
 * before the name is no word of it. */
static void test_adverb_before_colon_name(void **state) {
    expect_quote(state, "Dazu Peskow: „Das ist eine Lüge.“",
                 (want){NF_Q_DIRECT, "Das ist eine Lüge.", NULL, ":", NULL, "Peskow"});
}

/* A company's compound whose first part the lists name speaks for the
 * company, named before or not. */
static void test_company_compound_speaks(void **state) {
    expect_speaker_entity(state, "Der Siemens-Konzern teilte mit, der Umsatz sei gestiegen.",
                          "der Umsatz sei gestiegen", "Siemens");
}

/* The gendarmerie and the criminal police are the police: "Demnach"
 * after their statement is theirs. */
static void test_gendarmerie_speaks(void **state) {
    expect_speaker_entity(state,
                          "Die Gendarmerie hat Einzelheiten bekannt gegeben. Demnach ereignete "
                          "sich eine Explosion.",
                          "ereignete sich eine Explosion", "Gendarmerie");
    expect_speaker_entity(state, "Die Kripo teilte mit, der Täter sei geflohen.",
                          "der Täter sei geflohen", "Kripo");
}

/* An organisation named after an article of the masculine or neuter
 * singular ("dem Kurier") is no feminine "sie". */
static void test_masculine_outlet_is_no_sie(void **state) {
    expect_speaker_entity(state,
                          "Laut dem Kurier hat die Ministerin gelogen. Daraufhin forderte sie den "
                          "Rücktritt.",
                          "Daraufhin forderte sie den Rücktritt", "");
}

/* A list's abstract noun set off by a comma is no speaker of the
 * sentence after ("wegen Gründung einer Vereinigung, Volksverhetzung und
 * ... verurteilt"): the passive's subject goes on. */
static void test_abstract_noun_is_no_previous_speaker(void **state) {
    expect_quote(state,
                 "Er wurde wegen Gründung einer Vereinigung, Volksverhetzung und Verbreitung "
                 "von Propaganda verurteilt. Er habe Ausländer verunglimpft.",
                 (want){NF_Q_INDIRECT, "Er habe Ausländer verunglimpft", NULL, NULL, NULL, "Er"});
}

/* A speaker's description with the organisation's name and its acronym
 * in parentheses after its noun is the organisation ("Die Oppositionspartei
 * Bewegung für Demokratischen Wandel (MDC)"), no new one of that text. */
static void test_speaker_with_an_acronym_after_its_name(void **state) {
    expect_speaker_entity(state,
                          "Die Oppositionspartei Bewegung für Demokratischen Wandel (MDC) "
                          "beschuldigte die Regierung des Betrugs.",
                          "Die Oppositionspartei Bewegung für Demokratischen Wandel (MDC) "
                          "beschuldigte die Regierung des Betrugs",
                          "Bewegung für Demokratischen Wandel");
}

/* A pronoun after an indefinite description of someone the text does
 * not name takes him up, not a person named before; a noun made of an
 * adjective describes persons too ("Ein anderer Vertrauter von Wendel"). */
static void test_speaker_pronoun_after_an_unnamed_confidant(void **state) {
    expect_speaker_entity(state,
                          "Der Kommandeur Hans Wendel leitete den Einsatz. Ein anderer Vertrauter "
                          "von Wendel weigerte sich ebenfalls. Er meinte, es handle sich um eine "
                          "Familienangelegenheit.",
                          "es handle sich um eine Familienangelegenheit", "");
}

/* An organisation's noun alone takes up the organisation named before
 * with a compound of it ("die Kammer" after "die Wirtschaftskammer
 * Österreich"), not a state body's ("die Polizei" is no "Alpinpolizei
 * Axams" named before). */
static void test_description_by_a_compound_of_the_name(void **state) {
    expect_speaker_entity(state,
                          "Die Wirtschaftskammer Österreich fordert eine Reform. Die Kammer "
                          "teilte mit, sie sei zuversichtlich.",
                          "sie sei zuversichtlich", "Wirtschaftskammer Österreich");
    /* (so a hyphenated compound's last part: "die Kommission" after "die
     * EU-Kommission") */
    expect_speaker_entity(state,
                          "Die EU-Kommission legte einen Plan vor. Es gebe keinen anderen, "
                          "erklärte ein Sprecher der Kommission.",
                          "Es gebe keinen anderen", "EU-Kommission");
    expect_speaker_entity(state,
                          "Die EU-Kommission legte einen Plan vor. Es gebe keinen anderen, "
                          "erklärte eine Kommissionssprecherin.",
                          "Es gebe keinen anderen", "EU-Kommission");
    const char *t = "Die Lawine ging ab, teilte die Alpinpolizei Axams mit. In Vorarlberg "
                    "stürzte ein Mann ab, er sei unverletzt, teilte die Polizei mit.";
    nf_doc *d = th_extract(state, t);
    bool found = false;
    for (size_t i = 0; i < d->nquotes; i++) {
        int32_t e = d->quotes[i].speaker_entity;
        if (strcmp(seg_text(d, t, d->quotes[i].speaker), "die Polizei") != 0) continue;
        found = true;
        assert_true(e < 0 || !d->entities[e].name ||
                    strcmp(d->entities[e].name, "Alpinpolizei Axams") != 0);
    }
    assert_true(found);
    nf_doc_free(d);
}

/* A person named after a noun of persons behind a preposition ("mit
 * seinem Bruder Eli") is no subject: "er" takes up the subject before. */
static void test_speaker_pronoun_is_no_relative_after_a_preposition(void **state) {
    expect_speaker_entity(state,
                          "Das Team um Peyton Mannberg gewann. Mannberg stemmte die Trophäe. Mit "
                          "zwei Titeln zog er mit seinem jüngeren Bruder Eli gleich. Er wolle "
                          "sich Zeit nehmen, sagte er.",
                          "Er wolle sich Zeit nehmen", "Peyton Mannberg");
    /* the agent of a passive opened by its participle is its actor */
    expect_speaker_entity(state,
                          "Der Richter Karl Brenner urteilte gestern. Ein Schiedsgericht war die "
                          "Instanz. Geleitet wurde es vom früheren Präsidenten Ludwig Adamowitz. "
                          "Darüber will ich nicht nachdenken, sagt er.",
                          "Darüber will ich nicht nachdenken", "Ludwig Adamowitz");
}

/* "sagt er" after what is said is not the owner named in the genitive
 * inside it, nor one named after a preposition in an aside: the subject
 * named before speaks. */
static void test_speaker_pronoun_is_no_owner_in_what_is_said(void **state) {
    expect_speaker_entity(state,
                          "Der Minister Hans Oberleitner stellte neue Pläne vor. Der Ökonom Karl "
                          "Brenner rät zum Abwarten. Noch sei unklar, wohin Oberleitners Politik "
                          "führe, sagt er.",
                          "Noch sei unklar, wohin Oberleitners Politik führe", "Karl Brenner");
    expect_speaker_entity(state,
                          "Karl Brenner, einst Diplomat in Hans Oberleitners Diensten, rät zum "
                          "Abwarten. Noch sei unklar, wohin die Reformen führten, sagt er.",
                          "Noch sei unklar, wohin die Reformen führten", "Karl Brenner");
}

/* A person speaking in quotation marks of someone by name is someone
 * else ("Der Ermittler ...: „Was Größeres als Demjanjuk kommt nicht
 * nach!“" is no Demjanjuk); an organisation's spokesperson names it. */
static void test_speaker_named_in_own_words_is_another(void **state) {
    expect_speaker_entity(state,
                          "John Demjanjuk muss sich verantworten. Der Ermittler, der als Zeuge "
                          "gilt, will danach aufhören: „Was Größeres als Demjanjuk kommt nicht "
                          "nach!“",
                          "Was Größeres als Demjanjuk kommt nicht nach!", "");
    expect_speaker_entity(state,
                          "Der Internationale Währungsfonds prüft die Lage. „Der IWF unterstützt "
                          "Griechenland“, sagte ein IWF-Sprecher.",
                          "Der IWF unterstützt Griechenland", "Internationale Währungsfonds");
}

/* A spokesperson's phrase whose place the speaker phrase leaves out
 * ("in Mekka und Medina") before a name in apposition: the named person
 * speaks. */
static void test_named_spokesperson_after_a_phrase_of_place(void **state) {
    expect_speaker_entity(state,
                          "Ein Sprecher der beiden Moscheen in Mekka und Medina, Ahmed Karimi, "
                          "sagte, die Pilger seien sicher.",
                          "die Pilger seien sicher", "Ahmed Karimi");
}

/* "er" takes up an organisation whose masculine noun opens the sentence
 * before as its subject ("Der Konzern Trelltex", "Der
 * Volkswagen-Konzern"), as it takes up a man. */
static void test_er_takes_up_a_masculine_organisation(void **state) {
    expect_speaker_entity(state,
                          "Der Konzern Trelltex meldete hohe Verluste. Er rechne mit einer "
                          "Erholung, teilte er mit.",
                          "Er rechne mit einer Erholung", "Trelltex");
    expect_speaker_entity(state,
                          "Der Volkswagen-Konzern meldete hohe Verluste. Er rechne mit einer "
                          "Erholung, teilte er mit.",
                          "Er rechne mit einer Erholung", "Volkswagen-Konzern");
}

/* "sie" after the verb of a clause whose Vorfeld names a person who may
 * be its subject is the verb's object: the person speaks. */
static void test_sie_after_a_named_subject_is_the_object(void **state) {
    expect_quote(state,
                 "Die Äußerung war scharf. Karl Brenner nannte sie niveaulos: Wer so redet, "
                 "entlarvt sich selbst.",
                 (want){NF_Q_INDIRECT, "Wer so redet, entlarvt sich selbst", NULL, "*", "*",
                        "Karl Brenner"});
}

/* A name after "Er", a verb and an adverb is the verb's object, no
 * subject an "er" after it takes up. */
static void test_object_after_a_pronoun_subject_and_an_adverb(void **state) {
    expect_speaker_entity(state,
                          "Karl Brenner wandte sich an die Anhänger. Er beschuldigte seinerseits "
                          "Hans Oberleitner, die Partei verraten zu haben. Die Anhänger warnte er, "
                          "die Organisatoren verfolgten eigene Ziele.",
                          "Die Anhänger warnte er, die Organisatoren verfolgten eigene Ziele",
                          "Karl Brenner");
}

/* A speaker's phrase that ends in a noun of a person's office after an
 * organisation's name names a person, not the organisation. */
static void test_office_noun_after_an_organisation_is_a_person(void **state) {
    expect_speaker_entity(state,
                          "Die Autoverdrängung ist gegen die Interessen der Bevölkerung, so der "
                          "ehemalige Mazda Österreich-Chef.",
                          "Die Autoverdrängung ist gegen die Interessen der Bevölkerung", "");
}

/* In a sentence of sports "verteidigen" defends a lead or a title, no
 * position: no reported speech. */
static void test_defending_a_lead_is_no_speech(void **state) {
    expect_no_quote(state,
                    "Im Achtelfinal-Rückspiel am Mittwoch verteidigt der SV Musterstadt ein 1:0 "
                    "gegen die Borussia.",
                    NULL);
    /* (a standings' word makes a sentence of sports too) */
    expect_no_quote(state,
                    "Die Springerin Anna Kogler verteidigt ihren zweiten Platz in der "
                    "Gesamtwertung.",
                    NULL);
}

/* "sie" takes up an organisation named in its sentence or the one
 * before, no further back: two sentences after "die WKÖ", "Sie besagt"
 * is the rule just named. */
static void test_sie_takes_up_an_organisation_near_it_only(void **state) {
    expect_speaker_entity(state,
                          "Auch die WKÖ ist mit dem Gesetz zufrieden. Beispiele für überflüssige "
                          "Normen findet man einige. Die Norm B 5305 wäre so eine Regel: Sie "
                          "besagt, dass jede Wohnung einen Keller braucht.",
                          "dass jede Wohnung einen Keller braucht", "");
}

/* A zu-infinitive joined to a separable particle ("voranzutreiben",
 * "niederzulegen", "stattzugeben") is the content a demand's verb frames:
 * indirect speech. */
static void test_joined_zu_infinitive_of_more_particles(void **state) {
    expect_quote(state,
                 "Volker Beck forderte die Bundesregierung auf, die Bekämpfung des Terrorismus "
                 "nicht auf Kosten der Bürgerrechte voranzutreiben.",
                 (want){NF_Q_INDIRECT,
                        "die Bekämpfung des Terrorismus nicht auf Kosten der Bürgerrechte "
                        "voranzutreiben",
                        NULL, "*", "*", "Volker Beck"});
}

/* A name after the comma that follows a subject's finite verb is what is
 * said, not an apposition to the subject: the experts are no one named. */
static void test_no_apposition_after_a_finite_verb(void **state) {
    expect_speaker_entity(state,
                          "Die Experten hatten zuvor spekuliert, Hans Oberleitner wolle "
                          "zurücktreten.",
                          "Hans Oberleitner wolle zurücktreten", "");
}

/* A role after a name and its comma describes that person, so a speaker's
 * phrase that is the role alone (the closing comma missing) is the person,
 * not the organisation in its genitive. */
static void test_role_after_a_name_speaks_for_the_name(void **state) {
    expect_speaker_entity(state,
                          "Walter Beispielzwanz, Präsident des Deutschen Fußball-Bundes (DFB) "
                          "nannte die Bewerbung „sehr respektabel“.",
                          "sehr respektabel", "Walter Beispielzwanz");
}

/* A name after the speaker's verb and a comma opens what is said: it is
 * no apposition of the speaker's description ("Die Universität teilte mit,
 * Hunt sei ...": the university speaks, not Hunt), while a name set off
 * right after the description is ("Der Vorsitzende des Verbands, Michael
 * Beispielknipp, sagte"). */
static void test_name_after_the_verb_is_no_apposition(void **state) {
    expect_speaker_entity(state,
                          "Tim Beispielhunt trat zurück. Die Universität teilte mit, Beispielhunt "
                          "sei nicht mehr Professor.",
                          "Beispielhunt sei nicht mehr Professor", "");
    expect_speaker_entity(state,
                          "Der Vorsitzende des Verbands, Michael Beispielknipp, sagte, die Lage "
                          "sei ernst.",
                          "die Lage sei ernst", "Michael Beispielknipp");
}

/* The agent of a passive named by its noun alone is whom "er" takes up
 * next, someone the text does not name: not a name further back; the
 * agent named after his noun is that person. */
static void test_pronoun_after_an_unnamed_agent(void **state) {
    expect_speaker_entity(state,
                          "Anlass sei die Ehrung Salman Beispielrushdies. Auch die Haltung der "
                          "Hamas wurde vom Sprecher kritisiert. Er sagte, die Muslime müssten "
                          "kämpfen.",
                          "die Muslime müssten kämpfen", "");
    expect_speaker_entity(state,
                          "Die Haltung der Hamas wurde vom Sprecher Dmitri Beispielpeskow "
                          "kritisiert. Er sagte, die Muslime müssten kämpfen.",
                          "die Muslime müssten kämpfen", "Dmitri Beispielpeskow");
}

/* An adjective in "-e" with no article before a noun of men is a plural
 * ("religiöse Führer"; one is "religiöser Führer"): several people, not
 * the leader named before. */
static void test_bare_plural_description(void **state) {
    expect_speaker_entity(state,
                          "Ministerpräsident Mirko Beispielović reiste ab. In der Vergangenheit "
                          "hatten religiöse Führer ein Verbot gefordert.",
                          "In der Vergangenheit hatten religiöse Führer ein Verbot gefordert", "");
}

static void test_place_in_a_name_is_no_speaker(void **state) {
    /* a place right after another noun of the phrase is part of that
     * noun's name ("Verkehrsclub Österreich", "Kampagne für ein Freies
     * Tibet"): the country says nothing; a state's noun before it names
     * the place itself ("das Land Niederösterreich") */
    expect_speaker_entity(state,
                          "Laut Verkehrsclub Österreich ergeben die Abfälle eine lange Kolonne.",
                          "ergeben die Abfälle eine lange Kolonne", "");
    expect_speaker_entity(state, "Das Land Niederösterreich teilte mit, die Straße werde gesperrt.",
                          "die Straße werde gesperrt", "Niederösterreich");
    /* (a facility's noun before the city names the facility: the airport
     * speaks, not the city) */
    expect_speaker_entity(state,
                          "Laut einer Umfrage des Flughafens Bremen fliegen 54 Prozent in den "
                          "Urlaub.",
                          "fliegen 54 Prozent in den Urlaub", "");
}

static void test_speaker_with_apposition_after_wie(void **state) {
    /* "wie" and a subject with an apposition before the verb's clause */
    expect_speaker_entity(state,
                          "Wie der Bevollmächtigte der Kommission, Gerald Wendelbruck, in Graz "
                          "mitteilte, sieht Huber darin eine Benachteiligung.",
                          "sieht Huber darin eine Benachteiligung", "Gerald Wendelbruck");
    /* an object between the apposition and the verb ("der Presse", "dem
     * Spiegel"): the subject is still the name after "wie" */
    expect_speaker_entity(state,
                          "Wie Philip Wendelbruck, ein Sprecher der Armee, der Presse mitteilte, "
                          "seien neun Dörfer bombardiert worden.",
                          "seien neun Dörfer bombardiert worden", "Philip Wendelbruck");
    /* the verb right after the apposition, the frame before or after its
     * content: "wie" opens the frame, which the content leaves out */
    expect_speaker_entity(state,
                          "Wie der Direktor des Amtes, Smith Wendelbruck, mitteilte, waren die "
                          "Menschen nicht aufgeklärt worden.",
                          "waren die Menschen nicht aufgeklärt worden", "Smith Wendelbruck");
    /* a relative clause after the subject, its object no object of the
     * frame's verb */
    expect_speaker_entity(state,
                          "Wie Hans Wendelbruck, der den Prozess beobachtete, mitteilte, wurde "
                          "das Urteil aufgehoben.",
                          "wurde das Urteil aufgehoben", "Hans Wendelbruck");
    /* (a long one too) */
    expect_speaker_entity(state,
                          "Wie Hans Wendelbruck, der als Begleitung des Anwalts Peter Schultz "
                          "am 20. August zur Beobachtung in Atlanta war, mitteilte, wurde das "
                          "Urteil aufgehoben.",
                          "wurde das Urteil aufgehoben", "Hans Wendelbruck");
    expect_speaker_entity(state,
                          "Die Menschen waren nicht aufgeklärt worden, wie der Direktor des "
                          "Amtes, Smith Wendelbruck, in Graz mitteilte.",
                          "Die Menschen waren nicht aufgeklärt worden", "Smith Wendelbruck");
    /* a content that opens with "wie" and a comparison before a verb-first
     * frame is no such frame */
    expect_speaker_entity(state,
                          "Wie andere Ministerien auch, stehen wir unter Druck, sagte der "
                          "Minister Hans Wendelbruck.",
                          "Wie andere Ministerien auch, stehen wir unter Druck",
                          "Hans Wendelbruck");
}

static void test_name_closes_the_speakers_phrase(void **state) {
    /* an abstract noun by its ending, one the lexicon lacks, after a name */
    expect_quote(state,
                 "In den Ergebnissen sind laut Statistik Austria Bereinigungen bereits "
                 "berücksichtigt.",
                 (want){NF_Q_INDIRECT, "In den Ergebnissen sind",
                        "Bereinigungen bereits berücksichtigt", "laut", NULL, "Statistik Austria"});
    /* "die" and a person's noun in "-en" are several people: one person's
     * name after them is the object */
    expect_quote(
        state,
        "Der Antrag richtet sich gegen Gaby Schaunig. In der Begründung werfen die "
        "Abgeordneten Schaunig vor, sie habe versagt.",
        (want){NF_Q_INDIRECT, "sie habe versagt", NULL, "werfen", "vor", "die Abgeordneten"});
    /* after a name, another name or a common noun starts the next phrase
     * (the object); a description goes on with the person it describes */
    expect_quote(state,
                 "Zuvor hatte die EU-Kommission Griechenland dazu gedrängt, einen Vorschlag "
                 "anzunehmen.",
                 (want){NF_Q_INDIRECT, "einen Vorschlag anzunehmen", NULL, "gedrängt", NULL,
                        "die EU-Kommission"});
    expect_speaker_entity(state,
                          "„Das ist ein Fehler“, sagte der Präsident der Region Elsass Adrien "
                          "Wendelbruck.",
                          "Das ist ein Fehler", "Adrien Wendelbruck");
    expect_speaker_entity(state, "Im Jahr 2008 warf Lech Kaczyński Wałęsa vor, er habe spioniert.",
                          "er habe spioniert", "Lech Kaczyński");
    /* a suspended compound goes on over "und" to its partner */
    expect_quote(state,
                 "Wie die Wirtschaftsprüfungs- und Beratungsgesellschaft PwC am Donnerstag "
                 "mitteilte, stieg die Zahl der Fälle.",
                 (want){NF_Q_INDIRECT, "stieg die Zahl der Fälle", NULL, "mitteilte", NULL,
                        "die Wirtschaftsprüfungs- und Beratungsgesellschaft PwC"});
    /* in the Vorfeld too, where "und" after a suspended compound joins no
     * two subjects */
    expect_quote(state, "Der Innen- und Sportminister Karl Wendel sagte, das Team setze Impulse.",
                 (want){NF_Q_INDIRECT, "das Team setze Impulse", NULL, "sagte", NULL,
                        "Der Innen- und Sportminister Karl Wendel"});
    /* a group by its head and "um" with the names of those it is around,
     * after "laut" too */
    expect_quote(state,
                 "Die Forscher um Evan Wendel und Karl Wendel sagen, die Geier seien bedroht.",
                 (want){NF_Q_INDIRECT, "die Geier seien bedroht", NULL, "sagen", NULL,
                        "Die Forscher um Evan Wendel und Karl Wendel"});
    expect_quote(state,
                 "Laut einer Studie von Forschern um Karl Wendel (Uni Köln) unterscheiden sich die "
                 "Affen.",
                 (want){NF_Q_INDIRECT, "unterscheiden sich die Affen", NULL, "Laut", NULL,
                        "einer Studie von Forschern um Karl Wendel (Uni Köln)"});
    /* a clause of "wie" after a colon frames what follows only; the
     * clause before the colon is the writer's */
    expect_quote(state,
                 "Die Affen unterscheiden sich in einer Eigenschaft: Wie die Forscher im "
                 "Fachblatt schreiben, ist der Gebrauch von Werkzeug angeboren.",
                 (want){NF_Q_INDIRECT, "ist der Gebrauch von Werkzeug angeboren", NULL, "schreiben",
                        NULL, "die Forscher"});
    /* "so" before a noun that names says what something is called */
    expect_no_quote(state,
                    "Die Migranten des Dschungels – so der Übername der Zeltstadt – wurden am "
                    "Montag vertrieben.",
                    NULL);
    /* (a noun that only begins like one is none: "so der Titelverteidiger") */
    expect_quote(
        state, "Wir haben gut gespielt, so der Titelverteidiger.",
        (want){NF_Q_INDIRECT, "Wir haben gut gespielt", NULL, "so", NULL, "der Titelverteidiger"});
}

static void test_office_holder_set_off_after_the_office(void **state) {
    /* an office the gazetteer names as an organisation, its holder set
     * off after it: the person speaks */
    expect_speaker_entity(state,
                          "Migration erfordere eine Teilung von Verantwortung, sagte der "
                          "UN-Hochkommissar für Menschenrechte, Zeid Wendelbruck, am Montag.",
                          "Migration erfordere eine Teilung von Verantwortung", "Zeid Wendelbruck");
}

static void test_company_by_its_nationality(void **state) {
    /* "die schwedische Firma" takes up the company just named, whose
     * country the text did not give; a state's body is no company */
    expect_speaker_entity(state,
                          "Der Streamingdienst Wendelify hat seine Kasse aufgefüllt. Die Runde "
                          "brachte 500 Millionen Dollar ein, wie die schwedische Firma am "
                          "Mittwoch bestätigte.",
                          "Die Runde brachte 500 Millionen Dollar ein", "Wendelify");
    expect_speaker_entity(state,
                          "Die Bundesregierung hat ihre Kasse aufgefüllt. Die Runde brachte 500 "
                          "Millionen Dollar ein, wie die schwedische Firma am Mittwoch bestätigte.",
                          "Die Runde brachte 500 Millionen Dollar ein", "schwedische Firma");
}

static void test_place_only_where_the_speaker_belongs(void **state) {
    /* a place after a person's noun or as a genitive before a noun says
     * where the speaker belongs: no speaker of its own */
    expect_speaker_entity(state, "„Wir sind vorbereitet“, sagte der Polizeichef von Kandahar.",
                          "Wir sind vorbereitet", "");
    expect_speaker_entity(state, "„Wir sind vorbereitet“, sagte Frankreichs Serienmeister.",
                          "Wir sind vorbereitet", "");
    /* (an organisation of no country's stays the speaker: its branch
     * there) */
    expect_speaker_entity(state, "„Wir helfen sofort“, sagte das Rote Kreuz Haitis.",
                          "Wir helfen sofort", "Rote Kreuz");
    /* ... also after a noun in the genitive that classifies it */
    expect_speaker_entity(state,
                          "„Wir sind vorbereitet“, sagte die Polizeichefin des Bezirks Sirmaur.",
                          "Wir sind vorbereitet", "");
    expect_speaker_entity(state,
                          "„Wir sind vorbereitet“, sagte der Bürgermeister der Stadt Kandahar.",
                          "Wir sind vorbereitet", "Kandahar");
    /* an office that speaks for it, a statement of it, or the place the
     * head noun classifies do */
    expect_speaker_entity(state, "„Wir sind vorbereitet“, sagte der Bürgermeister von Kandahar.",
                          "Wir sind vorbereitet", "Kandahar");
    expect_speaker_entity(state, "„Wir sind vorbereitet“, sagte Kärntens Landeshauptmann.",
                          "Wir sind vorbereitet", "Kärnten");
    expect_speaker_entity(state, "Nach Auffassung Österreichs soll der Vertrag scheitern.",
                          "soll der Vertrag scheitern", "Österreich");
    expect_speaker_entity(state, "„Wir sind vorbereitet“, sagte die Stadt Klagenfurt.",
                          "Wir sind vorbereitet", "Klagenfurt");
}

static void test_possessive_source(void **state) {
    /* a possessive before a speech noun stands for whose statement it is,
     * as "er" and "sie" do */
    expect_speaker_entity(state,
                          "Der Konzernchef Jean Wendelbruck weist die Vorwürfe zurück. Seiner "
                          "Meinung nach hätte die Aufsicht abraten müssen.",
                          "hätte die Aufsicht abraten müssen", "Jean Wendelbruck");
    expect_speaker_entity(state,
                          "Die Ministerin Anna Wendelbruck äußerte sich. Nach ihren Angaben sei "
                          "das Geld verloren.",
                          "sei das Geld verloren", "Anna Wendelbruck");
    /* "sein" is no group's: "der kanadischen Ermittler" are several */
    expect_speaker_entity(state,
                          "Der Konzernchef Jean Wendelbruck weist die Vorwürfe der kanadischen "
                          "Ermittler zurück. Seiner Meinung nach hätte die Aufsicht abraten "
                          "müssen.",
                          "hätte die Aufsicht abraten müssen", "Jean Wendelbruck");
    /* an unnamed person just described is whose statement it is, no one
     * named before ("eine Sprecherin des Ministers. Nach ihren Worten") */
    expect_speaker_entity(state,
                          "Die Weltbank prüft das. Es sei wichtig, sagte eine Sprecherin des "
                          "Ministers. Nach ihren Worten gehe es um Details.",
                          "gehe es um Details", "");
    /* the polite "Ihrer" in an interview's question is the one asked,
     * whose words the question are not: no source, no quote */
    expect_no_quote(state, "Anna Wendelbruck leitet das Amt. Wer hat Ihrer Meinung nach recht?",
                    NULL);
}

static void test_surname_like_an_adverb_speaks(void **state) {
    /* "Kurz sagte": a name in the Vorfeld that is an adverb's word too */
    expect_speaker_entity(state,
                          "Außenminister Sebastian Kurz reiste ab. Kurz sagte, es sei wichtig.",
                          "es sei wichtig", "Sebastian Kurz");
}

static void test_description_of_the_person_named_last(void **state) {
    /* with another quote's speaker between, a description is the person
     * named last before it when it fits (a role's noun for someone of no
     * known role) */
    expect_speaker_entity(state,
                          "Wir müssen besser werden, sagte Valentino Wendel. Auch Oscar Gruberich "
                          "sah Fehler. Wir waren nicht gut, erklärte der Abgeordnete.",
                          "Wir waren nicht gut", "Oscar Gruberich");
    /* an occupation's noun, of the article's gender */
    expect_speaker_entity(state,
                          "Einer hält an Kassetten fest: Quentin Wendelbruck. Ich mag kein "
                          "Streaming, schreibt der Regisseur in seinem Buch.",
                          "Ich mag kein Streaming", "Quentin Wendelbruck");
    expect_speaker_entity(state,
                          "Einer hält an Kassetten fest: Quentin Wendelbruck. Ich mag kein "
                          "Streaming, schreibt die Regisseurin in ihrem Buch.",
                          "Ich mag kein Streaming", "");
}

static void test_site_as_speaker(void **state) {
    /* a site's domain after a verb of saying is the outlet that speaks */
    expect_speaker_entity(state,
                          "Die Testphase wurde zur offenen Beta, berichtet Wendelshop.com. Die "
                          "Dateien lassen sich sammeln.",
                          "Die Testphase wurde zur offenen Beta", "Wendelshop.com");
    expect_speaker_entity(state, "Wie Wendelshop.de berichtet, soll der Umstieg leichter werden.",
                          "soll der Umstieg leichter werden", "Wendelshop.de");
}

static void test_relative_after_description(void **state) {
    /* A relative pronoun after a description that names someone, with no
     * mention right before the comma, stands for that one. */
    expect_speaker_entity(state,
                          "Als Beobachter war auch der frühere Minister Ramsey Wendelbruck "
                          "anwesend, der der Regierung vorwarf, dass sie lüge.",
                          "dass sie lüge", "Ramsey Wendelbruck");
}

static void test_speaker_place_in_description(void **state) {
    /* A place after "in" in a person's description locates the person, it
     * names no one they speak for; an institution's seat names its
     * country. */
    expect_speaker_entity(state,
                          "Wie der Sprecher der Kommission in Luxemburg mitteilte, sieht Huber "
                          "darin eine Benachteiligung.",
                          "sieht Huber darin eine Benachteiligung", "");
    expect_speaker_entity(state, "Die Regierung in Moskau teilte mit, dass alles gut sei.",
                          "dass alles gut sei", "Government of Russia");
}

static void test_speaker_in_compound(void **state) {
    /* A speech noun compound with an institution's noun credits the
     * institution: the one the text named, else a new one; not a
     * newspaper ("Zeitungsberichten zufolge" names none). */
    expect_speaker_entity(state, "In Graz wurden nach Polizeiangaben drei Menschen verletzt.",
                          "In Graz wurden", "Polizei");
    expect_speaker_entity(state,
                          "Die Polizei Graz rückte aus. Dort wurden nach Polizeiangaben drei "
                          "Menschen verletzt.",
                          "Dort wurden", "Polizei Graz");
    expect_speaker_entity(state,
                          "Die Zeitung Kurier berichtete. Dort wurden Zeitungsberichten zufolge "
                          "drei Menschen verletzt.",
                          "Dort wurden", "");
    /* an anonymous spokesperson of a compound speaks for its institution,
     * of the country an adjective gives; not one of a club */
    nf_doc *d = th_extract(state, "Die Lage sei ruhig, sagte ein israelischer Regierungssprecher.");
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    assert_string_equal(d->entities[d->quotes[0].speaker_entity].actor, "ISRGOV");
    nf_doc_free(d);
    /* twice: one institution speaks, not two of one name */
    d = th_extract(state, "Die Lage sei ruhig, sagte ein Regierungssprecher. Die Grenze bleibe "
                          "offen, sagte ein Regierungssprecher am Abend.");
    assert_int_equal(d->nquotes, 2);
    assert_true(d->quotes[0].speaker_entity >= 0);
    assert_int_equal(d->quotes[0].speaker_entity, d->quotes[1].speaker_entity);
    nf_doc_free(d);
    expect_speaker_entity(state, "Die Lage sei ruhig, sagte ein Vereinssprecher.",
                          "Die Lage sei ruhig", "");
    /* a joining "es" ("Heeres|sprecher"): the army, "Heer" */
    expect_speaker_entity(state, "Die Lage sei ruhig, sagte ein Heeressprecher.",
                          "Die Lage sei ruhig", "Heer");
    /* the compound names the institution spoken for: an outlet after it
     * is whom the spokesperson told */
    expect_quote(
        state, "Die Lage sei ruhig, sagte ein Polizeisprecher der Nachrichtenagentur dpa.",
        (want){NF_Q_INDIRECT, "Die Lage sei ruhig", NULL, "sagte", NULL, "ein Polizeisprecher"});
    /* after a role noun and a name, or a second "der" before an outlet
     * after a genitive, "der" opens whom the speaker told; inside a
     * genitive a name may take one ("Nach Angaben des Gouverneurs X der
     * Provinz Y") */
    expect_quote(state, "Das Verfahren werde lang, sagte Staatsanwalt Jan Holzner der Zeitung.",
                 (want){NF_Q_INDIRECT, "Das Verfahren werde lang", NULL, "sagte", NULL,
                        "Staatsanwalt Jan Holzner"});
    expect_quote(state, "Die Lage sei unklar, sagte ein Sprecher der Regierung der Agentur MTI.",
                 (want){NF_Q_INDIRECT, "Die Lage sei unklar", NULL, "sagte", NULL,
                        "ein Sprecher der Regierung"});
    /* a place's name after a person's noun is the verb's object, no
     * apposition; a genitive goes on ("der Botschafter Russlands") */
    expect_quote(
        state, "Zudem warf der Minister Polen vor, die Gespräche zu blockieren.",
        (want){NF_Q_INDIRECT, "die Gespräche zu blockieren", NULL, "warf", "vor", "der Minister"});
    expect_quote(
        state, "Der Botschafter Russlands sagte, man sei bereit.",
        (want){NF_Q_INDIRECT, "man sei bereit", NULL, "sagte", NULL, "Der Botschafter Russlands"});
    /* so after any spokesperson's noun: the outlet was told ("der" opens
     * no genitive); "des" does */
    expect_quote(
        state, "Die Tarife gelten ab April, sagte ein Sprecher der dpa.",
        (want){NF_Q_INDIRECT, "Die Tarife gelten ab April", NULL, "sagte", NULL, "ein Sprecher"});
    expect_quote(state, "Die Klage sei eingereicht, sagte ein Sprecher des Spiegels.",
                 (want){NF_Q_INDIRECT, "Die Klage sei eingereicht", NULL, "sagte", NULL,
                        "ein Sprecher des Spiegels"});
}

/* A speaker in the first person outside quotation marks, with a frame
 * after the sentence's words ("Ich habe entschieden, ..., sagte X"), is
 * part of what X said; "..., stelle ich fest" is no such frame. */
static void test_first_person_inside_a_frame(void **state) {
    expect_quote(state,
                 "Ich habe entschieden, das politische Leben zu verlassen, sagte der Präsident.",
                 (want){NF_Q_INDIRECT, "Ich habe entschieden, das politische Leben zu verlassen",
                        NULL, "sagte", NULL, "der Präsident"});
    expect_quote(state, "Wir haben angekündigt, die Steuern zu senken.",
                 (want){NF_Q_INDIRECT, "die Steuern zu senken", NULL, "angekündigt", NULL, "Wir"});
}

/* A person's noun with another person after "von" or in the genitive
 * names a third: the one set off after the phrase ("der Sprecher von
 * Präsident Wladimir Putin, Dmitri Peskow" is Peskov). */
static void test_spokesperson_of_a_named_person(void **state) {
    expect_speaker_entity(state,
                          "Russland halte sie nicht für zielführend, sagte der Sprecher von "
                          "Präsident Wladimir Putin, Dmitri Peskow.",
                          "Russland halte sie nicht für zielführend", "Dmitri Peskow");
    /* ... or the one it is set off after */
    expect_speaker_entity(state,
                          "Julija Timoschenko will klagen. Olexandr Turtschynow, der "
                          "Stellvertreter von Timoschenko sagte, er sei ein Lügner.",
                          "er sei ein Lügner", "Olexandr Turtschynow");
}

static void test_speaker_described_after_quote(void **state) {
    /* A description with no entity of its own that the speaker of the
     * quote just before fits is that speaker: news vary the words for
     * the one they quote. */
    expect_speaker_entity(state,
                          "Die Preise steigen, sagt Christian Wendelbruck. Die Ausgaben wirken "
                          "positiv, so der Experte.",
                          "Die Ausgaben wirken positiv", "Christian Wendelbruck");
    /* an indefinite one is someone else, and so is an office of a party
     * the speaker is not known to belong to */
    expect_speaker_entity(state,
                          "Die Preise steigen, sagt Christian Wendelbruck. Die Ausgaben wirken "
                          "positiv, so ein Experte.",
                          "Die Ausgaben wirken positiv", "");
    expect_speaker_entity(state,
                          "Die Preise steigen, sagt Christian Wendelbruck. Die Ausgaben wirken "
                          "positiv, so der CSU-Chef.",
                          "Die Ausgaben wirken positiv", "");
    /* a nation's member, of no other country; past someone else named
     * after the speaker, the one named last ("Auch Trainer Oscar Garcia") */
    expect_speaker_entity(state,
                          "Es ist eine Erleichterung, sagte Sébastien Wendelbruck. Der Druck war "
                          "groß, sagte der Franzose.",
                          "Der Druck war groß", "Sébastien Wendelbruck");
    expect_speaker_entity(state,
                          "Wir wollen mehr, sagte Valentin Wendelbruck. Auch Trainer Oscar "
                          "Garcia sah Mängel. Wir sind nie zufrieden, erklärte der Spanier.",
                          "Wir sind nie zufrieden", "Oscar Garcia");
    /* a spokesperson or a judge after someone of no known role is someone
     * else */
    expect_speaker_entity(state,
                          "Die Preise steigen, sagt Christian Wendelbruck. Die Ausgaben wirken "
                          "positiv, so der Richter.",
                          "Die Ausgaben wirken positiv", "");
    /* a minister of any portfolio is "der Minister" */
    expect_speaker_entity(state,
                          "Firmen gebe es nicht, sagte Alois Stöger. Die Lage sei gut, so der "
                          "Minister.",
                          "Die Lage sei gut", "Alois Stöger");
}

static void test_speaker_in_apposition(void **state) {
    /* a person's role named by an organisation, then the person's name:
     * the person speaks, not the organisation */
    expect_speaker_entity(state,
                          "Die Vorsitzende des Bundesverbands des Deutschen Schuheinzelhandels, "
                          "Brigitte Wischnewski, erwartet, dass die Preise steigen.",
                          "dass die Preise steigen", "Brigitte Wischnewski");
    expect_speaker_entity(state,
                          "Der serbische Minister für Kosovo, Slobodan Samardzic, sagte, Serbien "
                          "werde warten.",
                          "Serbien werde warten", "Slobodan Samardzic");
}

static void test_speaking_institution(void **state) {
    /* a state institution named by its noun alone is a new organisation
     * when nothing before names it, and the same one after that; a company
     * or an agency so described names no one new */
    const char *t = "Die Polizei teilte mit, der Mann sei verhaftet worden. Nach Angaben der "
                    "Polizei hatte er sich gewehrt. Der Konzern teilte mit, er sei zufrieden. Die "
                    "Agentur meldete, das Spiel falle aus.";
    nf_doc *d = th_extract(state, t);
    int32_t police = -1;
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        const char *sp = seg_text(d, t, q->speaker);
        if (!sp) continue;
        if (strcmp(sp, "Der Konzern") == 0 || strcmp(sp, "Die Agentur") == 0) {
            assert_int_equal(q->speaker_entity, -1);
            continue;
        }
        if (q->speaker_entity < 0) fail_msg("%s: no speaker entity", sp);
        const nf_entity *e = &d->entities[q->speaker_entity];
        assert_int_equal(e->type, NF_ENT_ORG);
        assert_string_equal(e->role, "police");
        if (police >= 0) assert_int_equal(q->speaker_entity, police);
        police = q->speaker_entity;
    }
    assert_true(police >= 0);
    nf_doc_free(d);
}

static void test_spokesperson_speaks_for_the_institution(void **state) {
    /* An anonymous spokesperson speaks for the organisation named after
     * the role noun, as a definite one does; a ministry of any field with
     * a nationality adjective is a new one of that country; other
     * indefinite descriptions stay anonymous, a critic of a minister is
     * not the minister. */
    expect_speaker_entity(state,
                          "Ein Sprecher des saudi-arabischen Gesundheitsministeriums sagte, die "
                          "Lage sei unter Kontrolle.",
                          "die Lage sei unter Kontrolle", "saudi-arabische Gesundheitsministerium");
    expect_speaker_entity(state, "Eine Sprecherin der Polizei erklärte, niemand sei verletzt.",
                          "niemand sei verletzt", "Polizei");
    expect_speaker_entity(state, "Ein Sprecher sagte, niemand sei verletzt.",
                          "niemand sei verletzt", "");
    /* an organisation's name before the hyphen of the compound: one the
     * text names, else the gazetteer's; a person's spokesperson speaks for
     * no organisation */
    expect_speaker_entity(state,
                          "Die Firma Wendelbau GmbH stoppte das Modell. Eine Wendelbau-Sprecherin "
                          "sagte, man prüfe den Fall.",
                          "man prüfe den Fall", "Wendelbau GmbH");
    expect_speaker_entity(state, "Ein WWF-Sprecher sagte, die Lage sei ernst.",
                          "die Lage sei ernst", "World Wide Fund for Nature");
    expect_speaker_entity(state, "Ein Clinton-Sprecher sagte, die Lage sei ernst.",
                          "die Lage sei ernst", "");
    /* a person's noun before a person's name in the genitive is someone
     * of that person's, whom the text does not name ("Der Arzt Lahms");
     * a name that ends in "s" of its own is the person's ("Der Trainer
     * Thomas") */
    expect_speaker_entity(state,
                          "Philipp Wendelmann wurde operiert. Der behandelnde Arzt Wendelmanns "
                          "sagte, er könne bald spielen.",
                          "er könne bald spielen", "");
    expect_speaker_entity(state, "Der Trainer Thomas Wendelmann sagte, die Mannschaft sei gut.",
                          "die Mannschaft sei gut", "Thomas Wendelmann");
    /* an organisation of no country's with a country in the genitive is
     * its branch there, the organisation still ("Das Rote Kreuz Haitis") */
    expect_speaker_entity(state,
                          "Das Rote Kreuz Haitis schätzt, dass die Zahl der Toten steigen könnte.",
                          "dass die Zahl der Toten steigen könnte", "Rote Kreuz");
    /* written as one word, with a name the text has given the organisation */
    expect_speaker_entity(state,
                          "Die Firma Wendelbau stoppte das Modell. Ein Wendelbausprecher sagte, "
                          "man prüfe den Fall.",
                          "man prüfe den Fall", "Wendelbau");
    expect_speaker_entity(state,
                          "Kanzler Olaf Scholz reiste ab. Einer der Kritiker des Kanzlers "
                          "sagte, die Reise sei unnötig.",
                          "die Reise sei unnötig", "");
    /* "von" before an indefinite article after the speaker opens what the
     * speaker tells of, no part of the speaker's phrase */
    expect_quote(state,
                 "Die Fenster seien geborsten, berichtet Heimleiterin Anna Wendel von einem "
                 "Vorfall im Sommer.",
                 (want){NF_Q_INDIRECT, "Die Fenster seien geborsten", NULL, "berichtet", NULL,
                        "Heimleiterin Anna Wendel"});
    /* a court of audit is a body of its own, no office named before */
    expect_speaker_entity(state,
                          "Der Senat im Kanzleramt verhängte eine Strafe. Der Rechnungshof "
                          "kritisierte, die Partei habe zu wenig gemeldet.",
                          "die Partei habe zu wenig gemeldet", "Rechnungshof");
    /* an institution's noun alone after "laut" is that institution */
    expect_speaker_entity(state, "Laut Polizei ist niemand verletzt worden.",
                          "ist niemand verletzt worden", "Polizei");
    /* "lässt sich ... erklären" can be explained: no frame */
    expect_quote(state,
                 "Das lässt sich laut den Forschern nur mit einem Szenario erklären, in dem "
                 "Planeten das Gas aufnehmen.",
                 (want){NF_Q_INDIRECT, "Das lässt sich",
                        "nur mit einem Szenario erklären, in dem Planeten das Gas aufnehmen",
                        "laut", NULL, "den Forschern"});
    expect_no_quote(state,
                    "Das lässt sich nur mit einem Szenario erklären, in dem Planeten das Gas "
                    "aufnehmen.",
                    NULL);
    /* a source's name that goes on past a preposition is the source's
     * whole ("Ärzte ohne Grenzen", the Syrian Observatory "für
     * Menschenrechte"), none of the content */
    expect_quote(state,
                 "Nach Angaben der Hilfsorganisation Ärzte ohne Grenzen mussten 10.000 Menschen "
                 "ihre Heimat verlassen.",
                 (want){NF_Q_INDIRECT, "mussten 10.000 Menschen ihre Heimat verlassen", NULL,
                        "Nach", NULL, "Angaben der Hilfsorganisation Ärzte ohne Grenzen"});
    expect_speaker_entity(state,
                          "Nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte "
                          "starben 20 Menschen. Nach Angaben der Beobachtungsstelle wurden auch "
                          "Kinder getötet.",
                          "wurden auch Kinder getötet",
                          "Syrischen Beobachtungsstelle für Menschenrechte");
    /* the fire brigade too (a government's service, as Phoenix codes it) */
    expect_speaker_entity(state, "Laut Feuerwehr ist niemand verletzt worden.",
                          "ist niemand verletzt worden", "Feuerwehr");
    nf_doc *d = th_extract(state, "Das saudi-arabische Gesundheitsministerium teilte mit, die "
                                  "Lage sei ruhig.");
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    const nf_entity *e = &d->entities[d->quotes[0].speaker_entity];
    assert_string_equal(e->country, "SAU");
    assert_string_equal(e->actor, "SAUGOV");
    nf_doc_free(d);
}

static void test_relative_pronoun_speaker(void **state) {
    /* "X, der sagte": the person before the comma, past an apposition that
     * opens with a role noun; not a place in a genitive there */
    expect_speaker_entity(state,
                          "Die Rede hielt Wladimir Putin, Präsident Russlands, der sagte, der "
                          "Westen irre sich.",
                          "der Westen irre sich", "Wladimir Putin");
    expect_speaker_entity(state,
                          "Den Preis bekam Alice Wendelstrom, die sagte, der Mut sei wichtig.",
                          "der Mut sei wichtig", "Alice Wendelstrom");
    expect_speaker_entity(state, "Es sprach der Führer Irans, der sagte, das Land bleibe stark.",
                          "das Land bleibe stark", "");
}

static void test_commas_in_preposed_content(void **state) {
    /* A content with commas before its frame: its first clause has a verb
     * after the subject, so it is no subject with an apposition. */
    expect_quote(state,
                 "Die Firma baut in Berlin, Hamburg und München Stellen ab, teilte ein "
                 "Sprecher mit.",
                 (want){NF_Q_INDIRECT, "Die Firma baut in Berlin, Hamburg und München Stellen ab",
                        NULL, "teilte", "mit", "ein Sprecher"});
    expect_quote(state, "Er starb am Samstag, den 6. Februar, teilte die Familie mit.",
                 (want){NF_Q_INDIRECT, "Er starb am Samstag, den 6. Februar", NULL, "teilte", "mit",
                        "die Familie"});
    /* a subject with an apposition still speaks itself */
    expect_speaker_entity(state,
                          "Der Sprecher der Stadt, Jonas Weber, sagte, die Straße bleibe zu.",
                          "die Straße bleibe zu", "Jonas Weber");
}

static void test_object_vorfeld(void **state) {
    /* "den", "dem", "einen" ... never open a subject: the speaker follows
     * the verb ("dieses" may: "Dieses Unternehmen teilte mit") */
    expect_quote(state, "Den Bericht bestätigte ein Sprecher der Polizei, die Lage sei ruhig.",
                 (want){NF_Q_INDIRECT, "die Lage sei ruhig", NULL, "bestätigte", NULL,
                        "ein Sprecher der Polizei"});
    expect_quote(state, "Dieses Unternehmen teilte mit, die Preise würden steigen.",
                 (want){NF_Q_INDIRECT, "die Preise würden steigen", NULL, "teilte", "mit",
                        "Dieses Unternehmen"});
    /* "der" before a feminine role noun: a dative, the speaker follows */
    expect_quote(state,
                 "Der Premierministerin Giorgia Meloni warf der französische Präsident Emmanuel "
                 "Macron vor, sie habe gelogen.",
                 (want){NF_Q_INDIRECT, "sie habe gelogen", NULL, "warf", "vor",
                        "der französische Präsident Emmanuel Macron"});
    expect_quote(state, "Den Vorschlag lehnte der Minister ab.",
                 (want){NF_Q_REPORTED, "Den Vorschlag lehnte der Minister ab", NULL, "lehnte", "ab",
                        "der Minister"});
    /* before a colon, across an apposition */
    expect_quote(state,
                 "Den Unmut brachte die Sprecherin der Fraktion, Anna Berg, zum Ausdruck: „Es "
                 "gibt keinen Grund zur Eile.“",
                 (want){NF_Q_DIRECT, "Es gibt keinen Grund zur Eile.", NULL, NULL, NULL,
                        "die Sprecherin der Fraktion"});
    /* a clause after the object's clause is no apposition */
    expect_quote(state,
                 "Einen Rabatt gibt es bei keiner der Firmen, sodass die Preise steigen, "
                 "teilte der Verband mit.",
                 (want){NF_Q_INDIRECT,
                        "Einen Rabatt gibt es bei keiner der Firmen, sodass die Preise steigen",
                        NULL, "teilte", "mit", "der Verband"});
}

static void test_subjunctive_in_fragment(void **state) {
    /* the clause's verb inside the quoted fragment: mixed speech */
    expect_quote(state, "Der Sprecher äußerte sich dahingehend, das Gespräch „sei gut verlaufen“.",
                 (want){NF_Q_MIXED, "das Gespräch „sei gut verlaufen“", NULL, "äußerte", NULL,
                        "Der Sprecher"});
    /* after a colon, a quotation is direct speech; the apposition before it
     * is no content ("nehme" reads like a subjunctive) */
    expect_no_quote(state,
                    "In einem Interview sagte Anna Berg, Gründerin der Band: „Ich nehme die "
                    "Gitarre in die Hand.“",
                    "Gründerin der Band: „Ich nehme die Gitarre in die Hand.“");
}

static void test_es_as_object(void **state) {
    /* "es" before a subject after "wie", and after a subject with an
     * apposition, is the verb's object */
    expect_quote(
        state, "Das ist ein Familienbild, wie es die Behörde in einer Aussendung nannte.",
        (want){NF_Q_INDIRECT, "Das ist ein Familienbild", NULL, "nannte", NULL, "die Behörde"});
    expect_quote(state,
                 "Der Präsident des Verbandes, Reinhard Wendel, nannte es geschmacklos, die "
                 "Spieler zu beleidigen.",
                 (want){NF_Q_INDIRECT, "die Spieler zu beleidigen", NULL, "nannte", NULL,
                        "Der Präsident des Verbandes"});
}

static void test_wie_frames(void **state) {
    /* a conjunction before "wie", a name compound in quotation marks */
    expect_quote(state, "Denn wie die „Bild“-Zeitung berichtete, leidet der Sänger an Gicht.",
                 (want){NF_Q_INDIRECT, "leidet der Sänger an Gicht", NULL, "berichtete", NULL,
                        "die „Bild“-Zeitung"});
    /* adverbs before the subject; the source after "aus" */
    expect_quote(
        state, "Wie schon die Behörde mitteilte, ist die Straße gesperrt.",
        (want){NF_Q_INDIRECT, "ist die Straße gesperrt", NULL, "mitteilte", NULL, "die Behörde"});
    expect_quote(state, "Wie aus Unternehmenskreisen verlautete, wird das Werk geschlossen.",
                 (want){NF_Q_INDIRECT, "wird das Werk geschlossen", NULL, "verlautete", NULL,
                        "Unternehmenskreisen"});
    /* "wie bereits gesagt" names nobody */
    expect_quote(state, "Und wie bereits gesagt, regiert dort das Chefprinzip.",
                 (want){NF_Q_INDIRECT, "regiert dort das Chefprinzip", NULL, "gesagt", NULL, NULL});
}

static void test_so_frames_and_appositions(void **state) {
    /* "..., so der Sender" is a frame, not the content of a verb before */
    expect_quote(state, "Man habe den Ursprung der Störungen im Iran festgestellt, so der Sender.",
                 (want){NF_Q_INDIRECT, "Man habe den Ursprung der Störungen im Iran festgestellt",
                        NULL, "so", NULL, "der Sender"});
    /* "A, so X, B": B goes on with A */
    expect_quote(state, "Der Präsident sei, so Gamkrelidse, schuld daran, dass das Land verliere.",
                 (want){NF_Q_INDIRECT, "Der Präsident sei", "schuld daran, dass das Land verliere",
                        "so", NULL, "Gamkrelidse"});
    /* a preposition that is an adverb too after the speaker ("gegenüber
     * dem Spiegel") */
    expect_quote(state, "Es sei unüblich, so Banke gegenüber dem Spiegel.",
                 (want){NF_Q_INDIRECT, "Es sei unüblich", NULL, "so", NULL, "Banke"});
    /* a quotation alone before it is one direct quote, none mixed */
    const char *t = "„Das ist gut“, so der Sprecher im Interview.";
    expect_quote(state, t, (want){NF_Q_DIRECT, "Das ist gut", NULL, "so", NULL, "der Sprecher"});
    expect_no_quote(state, t, "„Das ist gut“");
    /* a dass-clause the part before in the Konjunktiv I wants */
    expect_quote(state, "Das Problem sei vielmehr, so der Präsident, dass die Lage sich ändere.",
                 (want){NF_Q_INDIRECT, "Das Problem sei vielmehr", "dass die Lage sich ändere",
                        "so", NULL, "der Präsident"});
    /* a content ends before "so X," set off inside its sentence */
    expect_quote(state,
                 "Die Maßnahme sollte beruhigen, indem signalisiert wurde, es sei kein Problem, an "
                 "Geld zu kommen, so Notenbankchef Bernanke, bewirkte aber das Gegenteil.",
                 (want){NF_Q_INDIRECT,
                        "Die Maßnahme sollte beruhigen, indem signalisiert wurde, es sei kein "
                        "Problem, an Geld zu kommen",
                        NULL, "so", NULL, "Notenbankchef Bernanke"});
    /* not a relative clause with a frame of its own */
    expect_quote(state,
                 "Oft habe der Mann vor der Tür gewartet, so Celebi, die auch angab, dass die "
                 "Polizei gekommen sei.",
                 (want){NF_Q_INDIRECT, "Oft habe der Mann vor der Tür gewartet", NULL, "so", NULL,
                        "Celebi"});
    /* a relative clause after the subject, then the content's own verb:
     * no subject with an apposition before the frame */
    expect_quote(state,
                 "Ein Tief, das über der Bucht gestanden hatte, habe das Festland erreicht, "
                 "meldet die Behörde.",
                 (want){NF_Q_INDIRECT,
                        "Ein Tief, das über der Bucht gestanden hatte, habe das Festland erreicht",
                        NULL, "meldet", NULL, "die Behörde"});
    /* a separable particle after a name in apposition */
    expect_quote(state,
                 "Das Werk wird geschlossen. Dies teilte der Sprecher der Fraktion, Jens Nacke, "
                 "mit.",
                 (want){NF_Q_INDIRECT, "Das Werk wird geschlossen", NULL, "teilte", "mit",
                        "der Sprecher der Fraktion"});
    /* or ending a short clause after the apposition */
    expect_quote(state,
                 "Damals ging Anna Wendel, die Anwältin der Frau, noch davon aus, dass der "
                 "Haftbefehl vollstreckt würde.",
                 (want){NF_Q_INDIRECT, "dass der Haftbefehl vollstreckt würde", NULL, "ging", "aus",
                        "Anna Wendel"});
    expect_quote(state,
                 "Die Produktion sank um 1,1 Prozent, teilte das Ministerium heute, Freitag, in "
                 "Berlin mit.",
                 (want){NF_Q_INDIRECT, "Die Produktion sank um 1,1 Prozent", NULL, "teilte", "mit",
                        "das Ministerium"});
}

static void test_frames_set_off_inside(void **state) {
    /* the rest after the frame completes the clause the modal opens */
    expect_quote(state,
                 "Der Einsatz müsse sich, sagte Gall am Montag, auf schwere Fälle begrenzen.",
                 (want){NF_Q_INDIRECT, "Der Einsatz müsse sich", "auf schwere Fälle begrenzen",
                        "sagte", NULL, "Gall"});
    expect_quote(state, "Der Einsatz habe, so der Anwalt des Ministers, nichts gebracht.",
                 (want){NF_Q_INDIRECT, "Der Einsatz habe", "nichts gebracht", "so", NULL,
                        "der Anwalt des Ministers"});
    /* not where the part before is complete: the rest is the frame's */
    expect_quote(
        state, "Die Entscheidung sei hart gewesen, sagte Gall, am Donnerstag gegangen.",
        (want){NF_Q_INDIRECT, "Die Entscheidung sei hart gewesen", NULL, "sagte", NULL, "Gall"});
    /* nor where the rest may open a clause of its own */
    expect_quote(state, "Die Lage sei unklar, sagte Gall, die Polizei ermittelt.",
                 (want){NF_Q_INDIRECT, "Die Lage sei unklar", NULL, "sagte", NULL, "Gall"});
    /* a noun phrase, an anaphor or adverbials before the frame open the
     * content that goes on after it */
    expect_quote(state, "Das, verspricht der Konzernchef, werde sich heuer ändern.",
                 (want){NF_Q_INDIRECT, "Das", "werde sich heuer ändern", "verspricht", NULL,
                        "der Konzernchef"});
    expect_quote(state, "Im Mai, sagte Gall, solle sich das ändern.",
                 (want){NF_Q_INDIRECT, "Im Mai", "solle sich das ändern", "sagte", NULL, "Gall"});
}

/* Frames after a comma that opens with an anaphor ("..., das entschied
 * die NASA"); a clause of "wie" that names the subject, or an apposition
 * with a participle, before the content. */
static void test_anaphor_frames_and_asides(void **state) {
    expect_quote(state, "Die Raumfähre bleibt einen Tag länger im All, das entschied die NASA.",
                 (want){NF_Q_INDIRECT, "Die Raumfähre bleibt einen Tag länger im All", NULL,
                        "entschied", NULL, "die NASA"});
    expect_quote(
        state, "Die Fähre bleibt länger im All, dies teilte die NASA am Montag mit.",
        (want){NF_Q_INDIRECT, "Die Fähre bleibt länger im All", NULL, "teilte", "mit", "die NASA"});
    expect_quote(state,
                 "Dann erklärte der Oberste Rat, wie sich die Junta selbst nennt, die Lage sei "
                 "unter Kontrolle.",
                 (want){NF_Q_INDIRECT, "die Lage sei unter Kontrolle", NULL, "erklärte", NULL,
                        "der Oberste Rat"});
    expect_quote(state,
                 "Dann erklärte der Eigentümer, das auch die Lokalzeitung verlegende Medienhaus "
                 "Lensing, dass das Blatt in einer schwierigen Lage stecke.",
                 (want){NF_Q_INDIRECT, "dass das Blatt in einer schwierigen Lage stecke", NULL,
                        "erklärte", NULL, "der Eigentümer"});
    /* endorsing; making a condition */
    expect_quote(state, "Die Mehrheit befürwortete, dass Abgeordnete mehr zahlen.",
                 (want){NF_Q_INDIRECT, "dass Abgeordnete mehr zahlen", NULL, "befürwortete", NULL,
                        "Die Mehrheit"});
    expect_quote(
        state, "Der Premier machte zur Bedingung, dass die Proteste enden.",
        (want){NF_Q_INDIRECT, "dass die Proteste enden", NULL, "Bedingung", NULL, "Der Premier"});
    expect_no_quote(state, "Der Vertrag gilt unter der Bedingung, dass beide zahlen.", NULL);
    /* signalling and a hypothesis */
    expect_quote(state, "Die Regierungen haben signalisiert, dass sie einen Beitrag leisten.",
                 (want){NF_Q_INDIRECT, "dass sie einen Beitrag leisten", NULL, "signalisiert", NULL,
                        "Die Regierungen"});
    expect_quote(state, "Die Forscher formulierten die Hypothese, dass Mehl eine Rolle spielte.",
                 (want){NF_Q_INDIRECT, "dass Mehl eine Rolle spielte", NULL, "Hypothese", NULL,
                        "Die Forscher"});
}

static void test_frames_after_long_contents(void **state) {
    /* "..., hieß es." needs no speaker */
    expect_quote(
        state, "Die Drohne stamme von der Koalition, hieß es.",
        (want){NF_Q_INDIRECT, "Die Drohne stamme von der Koalition", NULL, "hieß es", NULL, NULL});
    /* and goes on with the source of the quote before */
    expect_quote(
        state,
        "Die Polizei teilte mit, der Täter sei gefasst. Man gehe jedem Hinweis nach, "
        "hieß es weiter.",
        (want){NF_Q_INDIRECT, "Man gehe jedem Hinweis nach", NULL, "hieß es", NULL, "Die Polizei"});
    /* a subordinate clause, then the main clause, then the frame */
    expect_quote(
        state, "Wenn es zu einer Lösung kommt, dann müsse diese dauerhaft sein, sagte Wolf.",
        (want){NF_Q_INDIRECT, "Wenn es zu einer Lösung kommt, dann müsse diese dauerhaft sein",
               NULL, "sagte", NULL, "Wolf"});
    /* "heißt es in dem Bericht": the source in the dative */
    expect_quote(state, "In vielen Fällen stiegen die Preise, heißt es in dem Bericht.",
                 (want){NF_Q_INDIRECT, "In vielen Fällen stiegen die Preise", NULL, "heißt es",
                        NULL, "dem Bericht"});
    /* a verb coordinated in a subordinate clause: that clause's subject */
    expect_quote(state,
                 "Die erste Initiative ist dagegen, während die zweite Initiative den Plan "
                 "unterstützt und fordert, dass der Löwe zur Flagge wird.",
                 (want){NF_Q_INDIRECT, "dass der Löwe zur Flagge wird", NULL, "fordert", NULL,
                        "die zweite Initiative"});
    /* "nach eigenen Angaben": the phrase is the speaker span, the clause's
     * subject the speaker; in the middle of the clause, at its start, in a
     * relative clause, after a dateline, at a sentence's start (no
     * subject before it: no crash either) */
    expect_speaker_entity(state, "Die Firma Siemens hat nach eigenen Angaben 300 Stellen abgebaut.",
                          "Die Firma Siemens hat", "Siemens");
    expect_speaker_entity(state, "Nach eigenen Angaben baute Siemens 300 Stellen ab.",
                          "baute Siemens 300 Stellen ab", "Siemens");
    expect_speaker_entity(state, "Nach eigenen Angaben hat Siemens 300 Stellen abgebaut.",
                          "hat Siemens 300 Stellen abgebaut", "Siemens");
    expect_speaker_entity(state,
                          "Das meldet Siemens, das nach eigenen Angaben über Informanten verfügt.",
                          "das", "Siemens");
    expect_speaker_entity(state, "München – Anna Berg ist nach eigenen Angaben geschlagen worden.",
                          "Anna Berg ist", "Anna Berg");
    /* (an adverb before the name and its auxiliary) */
    expect_speaker_entity(state, "Allein Siemens hat nach eigenen Angaben 300 Stellen abgebaut.",
                          "Allein Siemens hat", "Siemens");
    /* a figure first is the object, the subject after the verb */
    expect_speaker_entity(
        state, "Zwei Millionen Euro hat Siemens nach eigenen Angaben bereits investiert.",
        "Zwei Millionen Euro hat Siemens", "Siemens");
    /* "laut eigenen Angaben", "laut eigenem Bekunden" alike */
    expect_speaker_entity(state, "Anna Berg besucht die Oper laut eigenen Angaben seit 30 Jahren.",
                          "Anna Berg besucht die Oper", "Anna Berg");
    expect_speaker_entity(state,
                          "Das Haus, dem Anna Berg laut eigenem Bekunden treu ist, schließt.",
                          "dem Anna Berg", "Anna Berg");
    /* "auf Nachfrage" says when, not who */
    expect_quote(
        state, "Man achte darauf, hieß es auf Nachfrage aus dem Büro des Ministers.",
        (want){NF_Q_INDIRECT, "Man achte darauf", NULL, "hieß es", NULL, "dem Büro des Ministers"});
    /* an adverb capitalised inside a sentence is a name */
    expect_quote(
        state, "Andere hätten sich verkalkuliert, sagt Kurz.",
        (want){NF_Q_INDIRECT, "Andere hätten sich verkalkuliert", NULL, "sagt", NULL, "Kurz"});
    /* "da" before the verb is an adverb, not a conjunction */
    expect_quote(
        state, "Da müssen wir aufpassen, meinte Calaycay.",
        (want){NF_Q_INDIRECT, "Da müssen wir aufpassen", NULL, "meinte", NULL, "Calaycay"});
    expect_quote(state, "Da zeigt sich ein seltsames Verständnis, sagt Anna Krismer.",
                 (want){NF_Q_INDIRECT, "Da zeigt sich ein seltsames Verständnis", NULL, "sagt",
                        NULL, "Anna Krismer"});
    /* a relative clause, then the main clause's verb */
    expect_quote(state, "Alles, was die Regierung macht, geht über seinen Tisch, sagt Bilalic.",
                 (want){NF_Q_INDIRECT, "Alles, was die Regierung macht, geht über seinen Tisch",
                        NULL, "sagt", NULL, "Bilalic"});
    /* "der 40-Jährige" is a noun phrase; "etwa" an adverb before the speaker */
    expect_quote(state, "Es wird seine Zeit brauchen, sagte der 40-Jährige.",
                 (want){NF_Q_INDIRECT, "Es wird seine Zeit brauchen", NULL, "sagte", NULL,
                        "der 40-Jährige"});
    expect_quote(state, "Rennen sind eine Möglichkeit, Publikum zu erreichen, sagt etwa Tom Volk.",
                 (want){NF_Q_INDIRECT, "Rennen sind eine Möglichkeit, Publikum zu erreichen", NULL,
                        "sagt", NULL, "Tom Volk"});
    /* "der 40-Jährige" is the person named before, by the article's gender */
    expect_speaker_entity(state,
                          "Der Spieler Max Müller und die Trainerin Anna Berg verlängern. Es "
                          "braucht Zeit, sagte der 40-Jährige.",
                          "Es braucht Zeit", "Max Müller");
    /* "einer von ihnen" speaks; "einer" before a participle is an article */
    expect_quote(
        state, "Das Werk ist offen, erklärte einer von ihnen.",
        (want){NF_Q_INDIRECT, "Das Werk ist offen", NULL, "erklärte", NULL, "einer von ihnen"});
    expect_quote(state,
                 "Das sei machbar, hieß es in einer von der Stadt in Auftrag gegebenen Studie.",
                 (want){NF_Q_INDIRECT, "Das sei machbar", NULL, "hieß es", NULL,
                        "einer von der Stadt in Auftrag gegebenen Studie"});
    /* a subordinate clause alone is no content of the verb after it */
    expect_no_quote(state, "Als die Polizei eintraf, sagte der Zeuge, er habe nichts gesehen.",
                    "Als die Polizei eintraf");
}

static void test_source_compound(void **state) {
    /* "nach israelischen Armeeangaben": the Israeli army is the source */
    const char *t = "Nach israelischen Armeeangaben wurden zwei Raketen abgefeuert.";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    assert_string_equal(d->entities[d->quotes[0].speaker_entity].actor, "ISRMIL");
    nf_doc_free(d);
}

static void test_anaphoric_markers(void **state) {
    /* "Demnach" and ", wonach" are the nearest mention of the source; the
     * entity is what they stand for. */
    const char *t = "Die Wahlkommission gab am Abend das Ergebnis bekannt. Demnach hat die "
                    "Regierungspartei die Mehrheit verloren.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "hat die Regierungspartei die Mehrheit verloren", NULL,
                        "Demnach", NULL, "Demnach"});
    const char *u = "Der Minister Karl Huber veröffentlichte eine Erklärung. Demnach sei die "
                    "Brücke sicher.";
    expect_speaker_entity(state, u, "sei die Brücke sicher", "Karl Huber");
    /* inside its sentence, with no quote before: the person or the
     * organisation the sentence before has for its subject, past a
     * passive without an agent; a place, or a phrase after a preposition,
     * is none */
    expect_speaker_entity(state,
                          "Der Minister Karl Huber stimmte dem Plan zu. Allerdings wurden "
                          "Bedingungen genannt. Die Brücke soll demnach gesperrt werden.",
                          "Die Brücke soll", "Karl Huber");
    expect_speaker_entity(state,
                          "Österreich stimmte dem Plan zu. Die Brücke soll demnach gesperrt "
                          "werden.",
                          "Die Brücke soll", "");
    /* (the phrase after "Zusammen mit" names no subject: the one after
     * the verb is) */
    expect_speaker_entity(state,
                          "Zusammen mit dem Minister Karl Huber plädiert Anna Berger für den "
                          "Plan. Die Brücke soll demnach gesperrt werden.",
                          "Die Brücke soll", "Anna Berger");
    /* after a colon, the subject of the clause before it; not a phrase
     * after a preposition */
    expect_speaker_entity(state,
                          "Im Bericht schlüsselt die Ministerin Anna Berger die Kosten auf: "
                          "Demnach sind sie im Vorjahr gestiegen.",
                          "sind sie im Vorjahr gestiegen", "Anna Berger");
    expect_speaker_entity(state,
                          "Es regnete. Bei der Ministerin Anna Berger lag die Liste: Demnach sind "
                          "die Kosten gestiegen.",
                          "sind die Kosten gestiegen", "");
    /* (none rather than the minister "Zusammen mit" names) */
    expect_speaker_entity(state,
                          "Es regnete. Zusammen mit dem Minister Karl Huber legt Anna Berger eine "
                          "Liste vor: Demnach sind die Kosten gestiegen.",
                          "sind die Kosten gestiegen", "");
    expect_quote(state, "Es gibt einen Bericht der Polizei, wonach der Fahrer zu schnell war.",
                 (want){NF_Q_INDIRECT, "der Fahrer zu schnell war", NULL, "wonach", NULL,
                        "einen Bericht der Polizei"});
    /* With no phrase before it, "wonach" stands for the source. */
    expect_quote(state, "Die Zahl stieg, wonach die Firma wachse.",
                 (want){NF_Q_INDIRECT, "die Firma wachse", NULL, "wonach", NULL, "wonach"});
    /* A passive without an agent: the statement it appears in. */
    expect_quote(
        state,
        "In einer Pressemitteilung der Stadt wurde gefordert, dass die Brücke bis Mai "
        "saniert wird.",
        (want){NF_Q_INDIRECT, "*", NULL, "gefordert", NULL, "einer Pressemitteilung der Stadt"});
}

static void test_konjunktiv_two_continuation(void **state) {
    /* Konjunktiv II right after indirect speech carries it on. */
    expect_quote(state,
                 "Der Sprecher sagte, die Brücke sei marode. Die Stadt hätte sie längst sanieren "
                 "müssen.",
                 (want){NF_Q_INDIRECT, "Die Stadt hätte sie längst sanieren müssen", NULL, NULL,
                        NULL, "Der Sprecher"});
    /* Alone it is a conditional, not speech. */
    expect_no_quote(state,
                    "Das Fest begann am Samstag. Wäre das Wetter besser gewesen, hätten mehr "
                    "Besucher kommen können.",
                    NULL);
    /* the Konjunktiv II of strong verbs, by its umlaut ("brächten",
     * "fänden"), as well as that of the auxiliaries */
    expect_quote(state,
                 "Der Sprecher sagte, die Studie sei richtig. Die Kassen brächten jährlich zwei "
                 "Milliarden Euro auf.",
                 (want){NF_Q_INDIRECT, "Die Kassen brächten jährlich zwei Milliarden Euro auf",
                        NULL, NULL, NULL, "Der Sprecher"});
    /* a modal's hedge in the singular is the writer's ("könne" would
     * report); in the plural it reports, as does a content clause its
     * sentence frames */
    expect_no_quote(state,
                    "Der Sprecher sagte, die Brücke sei marode. Die Sanierung könnte sich als "
                    "notwendig erweisen.",
                    "Die Sanierung könnte sich als notwendig erweisen");
    expect_quote(state,
                 "Der Sprecher sagte, die Brücke sei marode. Die Sanierungen könnten sich als "
                 "teuer erweisen.",
                 (want){NF_Q_INDIRECT, "Die Sanierungen könnten sich als teuer erweisen", NULL,
                        NULL, NULL, "Der Sprecher"});
    expect_quote(state,
                 "Der Sprecher sagte, die Lage sei ernst. Der Bericht endet mit der Hoffnung, "
                 "dass es zu einem Rückgang der Kämpfe kommen könnte.",
                 (want){NF_Q_INDIRECT, "dass es zu einem Rückgang der Kämpfe kommen könnte", NULL,
                        "endet", NULL, "Der Bericht"});
}

static void test_own_frame(void **state) {
    /* An indicative main clause before subjunctive content: its subject
     * speaks, its verb is the cue. */
    expect_quote(state,
                 "Der Bürgermeister eröffnete am Montag das neue Rathaus. Die Stadtverwaltung "
                 "blieb bei ihrer Haltung, dass der Streik rechtmäßig sei.",
                 (want){NF_Q_INDIRECT, "dass der Streik rechtmäßig sei", NULL, "blieb", NULL,
                        "Die Stadtverwaltung"});
    expect_quote(
        state,
        "Die Polizei sperrte die Straße. Im ersten Schreiben beruft sich die Firma "
        "darauf, dass die Brücke sicher sei.",
        (want){NF_Q_INDIRECT, "dass die Brücke sicher sei", NULL, "beruft", NULL, "die Firma"});
    /* a coordinated subject: its first member speaks */
    expect_quote(state,
                 "Der Rat tagte lange. CDU und FDP setzten dem entgegen, dass es die Entscheidung "
                 "der Investoren sei.",
                 (want){NF_Q_INDIRECT, "dass es die Entscheidung der Investoren sei", NULL,
                        "setzten", NULL, "CDU"});
    /* Right after a quote, a subject that names nobody does not speak:
     * the sentence carries on the quote before. */
    expect_quote(state,
                 "Der Minister Karl Huber sagte, der Bau sei gesichert. Die hohen Kosten "
                 "bedeuteten aber, dass die Stadt sparen müsse.",
                 (want){NF_Q_INDIRECT,
                        "Die hohen Kosten bedeuteten aber, dass die Stadt sparen "
                        "müsse",
                        NULL, NULL, NULL, "Der Minister Karl Huber"});
    /* A subject with an apposition and no verb of its own is the content. */
    expect_quote(state,
                 "Das Feuer brach am Morgen aus. Die Opfer, meist Touristen, seien im Hotel "
                 "gewesen.",
                 (want){NF_Q_INDIRECT, "Die Opfer, meist Touristen, seien im Hotel gewesen", NULL,
                        NULL, NULL, NULL});
}

static void test_previous_subject(void **state) {
    /* A Konjunktiv sentence after one whose subject names a person: that
     * person goes on speaking. */
    expect_quote(state,
                 "Am Morgen brannte eine Lagerhalle. Ministerin Anna Berger besuchte am Mittag "
                 "die Unglücksstelle. Die Lage sei unter Kontrolle.",
                 (want){NF_Q_INDIRECT, "Die Lage sei unter Kontrolle", NULL, NULL, NULL,
                        "Ministerin Anna Berger"});
    /* The reportive "soll" is about the subject before, not said by it. */
    expect_quote(state,
                 "Am Morgen brannte eine Lagerhalle. Anna Berger nahm einen Mann fest. Er soll "
                 "das Feuer gelegt haben.",
                 (want){NF_Q_INDIRECT, "Er soll das Feuer gelegt haben", NULL, NULL, NULL, NULL});
}

static void test_demonstrative_subject(void **state) {
    /* "Diese" before the verb with nothing after it is the subject. */
    expect_quote(
        state, "Die Polizei suchte die Zeugin auf. Diese bestätigte, dass der Wagen rot war.",
        (want){NF_Q_INDIRECT, "dass der Wagen rot war", NULL, "bestätigte", NULL, "Diese"});
}

static void test_expletive_es(void **state) {
    /* "hält es für möglich": "es" is the object, the subject speaks. */
    expect_quote(state, "Der Konzern hält es für möglich, dass der Rekord heute noch fällt.",
                 (want){NF_Q_INDIRECT, "dass der Rekord heute noch fällt", NULL, "hält", "für",
                        "Der Konzern"});
    expect_quote(state, "Die Regierung erwartet, dass die Nachbarn die Grenze öffnen.",
                 (want){NF_Q_INDIRECT, "dass die Nachbarn die Grenze öffnen", NULL, "erwartet",
                        NULL, "Die Regierung"});
    /* "es gab": there was, no statement. */
    expect_no_quote(state, "Im Mai gab es Streit, ob die Schule schließen soll.", NULL);
}

static void test_frames_around_long_quotes(void **state) {
    /* The quotation's own last sentence is no apposition subject. */
    expect_quote(state,
                 "„Niemand spricht von einer Wahl. Wir diskutieren alle, wie wir sicherstellen "
                 "können, dass dieses Haus funktioniert“, sagte Bill Graham, Chef der Liberalen.",
                 (want){NF_Q_DIRECT, "*", NULL, "sagte", NULL, "Bill Graham"});
    /* A colon after a dass-clause: the verb the clause depends on. */
    expect_quote(state,
                 "Er glaubt weiterhin, dass das Team gestärkt aus der Saison hervorgegangen sei: "
                 "„Wir haben gelernt, bescheidener zu sein.“",
                 (want){NF_Q_DIRECT, "Wir haben gelernt, bescheidener zu sein.", NULL, "glaubt",
                        NULL, "Er"});
}

static void test_speaker_forms(void **state) {
    /* A demonstrative after the verb. */
    expect_quote(state,
                 "In einem Interview mit dem Anwalt der Familie sagte dieser, dass der Sänger "
                 "krank sei.",
                 (want){NF_Q_INDIRECT, "dass der Sänger krank sei", NULL, "sagte", NULL, "dieser"});
    /* A statement named before a relative clause, in a passive and with
     * "heißt es". */
    expect_quote(state,
                 "In einer Pressemitteilung, die am Mittwoch veröffentlicht wurde, wurde "
                 "verkündet, dass die Stadt das Bad schließt.",
                 (want){NF_Q_INDIRECT, "dass die Stadt das Bad schließt", NULL, "verkündet", NULL,
                        "einer Pressemitteilung"});
    expect_quote(state,
                 "In dem Bericht, der im Netz steht, heißt es, die Zahl der Straftaten sei "
                 "gestiegen.",
                 (want){NF_Q_INDIRECT, "die Zahl der Straftaten sei gestiegen", NULL, "heißt es",
                        NULL, "dem Bericht"});
    /* a measure before an adjective inside the speaker's phrase, and a
     * genitive after a possessive or a demonstrative */
    expect_quote(state, "Der 330 Seiten starke Bericht sagt, die Gefahr sei groß.",
                 (want){NF_Q_INDIRECT, "die Gefahr sei groß", NULL, "sagt", NULL,
                        "Der 330 Seiten starke Bericht"});
    expect_quote(state, "Nach Angaben seines Arztes verstarb er in seinem Haus.",
                 (want){NF_Q_INDIRECT, "verstarb er in seinem Haus", NULL, "Nach", NULL,
                        "Angaben seines Arztes"});
    expect_no_quote(state,
                    "Zur Begründung dieser Entscheidung, die im Mai fiel, verwies der Minister auf "
                    "die Lage.",
                    "Zur Begründung dieser Entscheidung, die im Mai fiel");
    /* "zumindest", "wenigstens", "übrigens" are adverbs before the subject */
    expect_quote(state,
                 "Die Moderatoren sind schlecht bezahlt. Das berichtet zumindest die Zeitung "
                 "Verge.",
                 (want){NF_Q_INDIRECT, "Die Moderatoren sind schlecht bezahlt", NULL, "berichtet",
                        NULL, "die Zeitung Verge"});
    /* a name in quotation marks that opens in lower case */
    expect_quote(state, "Wie „heise online“ berichtet, sperrten die Behörden den Zugang.",
                 (want){NF_Q_INDIRECT, "sperrten die Behörden den Zugang", NULL, "berichtet", NULL,
                        "„heise online“"});
    /* a passive without agent: the body where or on whose part it was
     * said (not a comparison: "wie bei ...") */
    expect_quote(state, "Im Finanzministerium wurde betont, dass ein Mechanismus existiere.",
                 (want){NF_Q_INDIRECT, "dass ein Mechanismus existiere", NULL, "betont", NULL,
                        "Finanzministerium"});
    expect_quote(state, "Seitens der Staatsanwaltschaft wurde mitgeteilt, dass ermittelt werde.",
                 (want){NF_Q_INDIRECT, "dass ermittelt werde", NULL, "mitgeteilt", NULL,
                        "der Staatsanwaltschaft"});
    /* the meeting where it was said, not where someone was asked */
    expect_quote(state,
                 "1997 war auf einer Konferenz in Aleppo vorgeschlagen worden, Ostern immer am "
                 "gleichen Tag zu feiern.",
                 (want){NF_Q_INDIRECT, "Ostern immer am gleichen Tag zu feiern", NULL,
                        "vorgeschlagen", NULL, "einer Konferenz"});
    expect_quote(state,
                 "Nadal sorgte in der Pressekonferenz für Gelächter als er gefragt wurde, ob er "
                 "verstehe, dass die Fans besorgt sind.",
                 (want){NF_Q_INDIRECT, "*", NULL, "gefragt", NULL, NULL});
    /* a relative clause with "in" after a document's noun: the document
     * ("er" is who is told; a quoted part of it goes with it) */
    expect_quote(state,
                 "Er zeigte am 8. Januar ein Schreiben der Firma, in dem er informiert wird, dass "
                 "die Daten fehlen.",
                 (want){NF_Q_INDIRECT, "dass die Daten fehlen", NULL, "informiert", NULL,
                        "ein Schreiben der Firma"});
    expect_quote(state,
                 "Reuters zitiert eine Stelle aus dem Bericht, in der berichtet wird, dass der "
                 "Kandidat verletzt wurde.",
                 (want){NF_Q_INDIRECT, "dass der Kandidat verletzt wurde", NULL, "berichtet", NULL,
                        "eine Stelle aus dem Bericht"});
    /* a document's noun before the relative clause too */
    expect_quote(state,
                 "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass "
                 "es Fortschritte gegeben habe.",
                 (want){NF_Q_INDIRECT, "dass es Fortschritte gegeben habe", NULL, "heißt es", NULL,
                        "dieser Resolution"});
    /* (a part of an order, which document-nouns.txt names; "letzten", an
     * adverb of the word lists, is the noun's adjective after "im") */
    expect_quote(state,
                 "Im letzten Satz der Anordnung, die der Firma zugestellt wurde, heißt es, sie "
                 "dürfe nichts sagen.",
                 (want){NF_Q_INDIRECT, "sie dürfe nichts sagen", NULL, "heißt es", NULL,
                        "letzten Satz der Anordnung"});
    expect_quote(
        state, "Im letzten Bericht heißt es, die Zahl sei gestiegen.",
        (want){NF_Q_INDIRECT, "die Zahl sei gestiegen", NULL, "heißt es", NULL, "letzten Bericht"});
    /* (but a time's adjective is no source's: the statement ends before it) */
    expect_quote(
        state, "In einer Erklärung vom vergangenen Freitag heißt es, die Zahl sei gestiegen.",
        (want){NF_Q_INDIRECT, "die Zahl sei gestiegen", NULL, "heißt es", NULL, "einer Erklärung"});
    /* "eine Erklärung, in der es heißt": what the relative pronoun stands
     * for, and the relative clause no content of the verb before */
    expect_quote(state,
                 "Man zitiert eine Erklärung der Behörde, in der es heißt, dass die Seite "
                 "gesperrt worden sei.",
                 (want){NF_Q_INDIRECT, "dass die Seite gesperrt worden sei", NULL, "es heißt", NULL,
                        "eine Erklärung der Behörde"});
}

static void test_speaker_entities(void **state) {
    /* A description with the surname of a person named before. */
    expect_speaker_entity(state,
                          "Thomas Enders leitet den Konzern seit Jahren. Der "
                          "Airbus-Vorstandsvorsitzende Enders sagte, man werde sparen.",
                          "man werde sparen", "Thomas Enders");
    /* A description with the name in apposition after a short phrase. */
    /* An outlet described with its name: the name names the entity. */
    expect_speaker_entity(state,
                          "Der israelische Fernsehsender „Kanal 7“ meldete, die Armee habe "
                          "angegriffen.",
                          "die Armee habe angegriffen", "Kanal 7");
    /* a longer name in quotation marks is one phrase too: every word
     * capitalised but the articles and prepositions */
    expect_quote(state,
                 "Am Abend erklärte der „Oberste Rat zur Rettung der Freien Republik“, die Lage "
                 "sei unter Kontrolle.",
                 (want){NF_Q_INDIRECT, "die Lage sei unter Kontrolle", NULL, "erklärte", NULL,
                        "der „Oberste Rat zur Rettung der Freien Republik“"});
    expect_speaker_entity(state,
                          "Der Vorsitzende des Bauhauptverbands in Deutschland, Michael Knipper, "
                          "sagte, die Lage sei ernst.",
                          "die Lage sei ernst", "Michael Knipper");
}

static void test_speaker_by_the_noun_that_introduced_a_name(void **state) {
    /* "der Teamchef" is the person the text introduced as "Teamchef Marcel
     * Koller", whatever the noun; "die" before a woman's noun; not one of a
     * list, nor several ("die Spieler"). */
    expect_speaker_entity(state,
                          "Teamchef Marcel Kollmann gab den Kader bekannt. Wir sind bereit, sagte "
                          "der Teamchef.",
                          "Wir sind bereit", "Marcel Kollmann");
    expect_speaker_entity(state,
                          "Anwältin Maria Huber vertritt den Kläger. Das Urteil sei falsch, sagte "
                          "die Anwältin.",
                          "Das Urteil sei falsch", "Maria Huber");
    expect_speaker_entity(state,
                          "Die Trainer Klaus Lindner und Peter Maurer stimmten zu. Das sei "
                          "richtig, sagte der Trainer.",
                          "Das sei richtig", "");
    expect_speaker_entity(state,
                          "Spieler Max Mustermann fehlt. Wir sind bereit, sagten die Spieler.",
                          "Wir sind bereit", "");
    /* (a possessive before the noun too: "seine Anwältin" after "dessen
     * Anwältin Klára Samková") */
    expect_speaker_entity(state,
                          "Gegen Martin Konvička wird ermittelt, teilte dessen Anwältin Klára "
                          "Samková mit. Die Äußerungen seien alt, erklärte seine Anwältin.",
                          "Die Äußerungen seien alt", "Klára Samková");
    /* an organisation no list knows, named after an organisation's noun,
     * has its role: "die Firma" finds it */
    expect_speaker_entity(state,
                          "Die Bestände gehören der Firma Euryza. Die Firma sagte, man müsse die "
                          "Ware lagern.",
                          "man müsse die Ware lagern", "Euryza");
    /* with or without a compound's linking "s" */
    expect_speaker_entity(state,
                          "Das sagt Gewerkschaftsschef Wolfgang Wendelbruck. Man müsse handeln, "
                          "verlangt der Gewerkschaftschef.",
                          "Man müsse handeln", "Wolfgang Wendelbruck");
}

static void test_speaker_by_a_compound_or_the_texts_title(void **state) {
    /* An occupation's noun after a name and a hyphen is the person the
     * text named with a role ("der Austria-Trainer", "der
     * Lufthansa-Manager"), as an office's compound is ("der ÖGB-Präsident"),
     * where the person's country is none other than the name's (not
     * Emmanuel Macron for an Austrian trainer); not someone quoted without
     * one.  A known person's title in the text counts beside the
     * gazetteer's office: in an undated text "Außenminister Sebastian Kurz"
     * is "der Minister", though his latest office is chancellor. */
    expect_speaker_entity(state,
                          "Trainer Thorsten Finkel lobte das Team. Wir sind gut, sagte der "
                          "Austria-Trainer.",
                          "Wir sind gut", "Thorsten Finkel");
    expect_speaker_entity(state,
                          "Vorstand Jens Bischofberger äußerte sich. Der Kunde zahle nur, was er "
                          "nutze, sagte der Lufthansa-Manager der Zeitung.",
                          "Der Kunde zahle nur, was er nutze", "Jens Bischofberger");
    expect_speaker_entity(state,
                          "Präsident Thorsten Finkel warnte. Wir sind gut, sagte der "
                          "ÖGB-Präsident.",
                          "Wir sind gut", "Thorsten Finkel");
    expect_speaker_entity(state,
                          "Das freut auch Thorsten Finkel. Wir sind gut, sagte der ÖGB-Präsident.",
                          "Wir sind gut", "");
    expect_speaker_entity(
        state, "Das freut auch Emmanuel Macron. Wir sind gut, sagte der Austria-Trainer.",
        "Wir sind gut", "");
    /* ("Austria" before the hyphen, English, names a club, no country: the
     * person of no country the text named is the coach) */
    expect_speaker_entity(state,
                          "Bei der Rückkehr von Thorsten Finkel strebt die Wiener Austria den "
                          "Sieg an. Das freut auch Finkel. Wir sind gut, sagte der Austria-Coach.",
                          "Wir sind gut", "Thorsten Finkel");
    /* a compound of an occupation describes the person, one of kinship or
     * company names someone else ("der Parteifreund") */
    expect_speaker_entity(state,
                          "Dalton Trumbald schreibt. Ich bin Kommunist, meinte der erfolgreiche "
                          "Drehbuchautor.",
                          "Ich bin Kommunist", "Dalton Trumbald");
    expect_speaker_entity(state,
                          "Dalton Trumbald schreibt. Ich bin Kommunist, meinte der Parteifreund.",
                          "Ich bin Kommunist", "");
    expect_speaker_entity(state,
                          "Außenminister Sebastian Kurz schließt die Botschaften. Estland sei in "
                          "der EU, erklärte der Minister.",
                          "Estland sei in der EU", "Sebastian Kurz");
}

static void test_speaker_organisation_before_its_owner(void **state) {
    /* An organisation whose name holds the phrase's head is the speaker,
     * not the country named after it ("Das Auswärtige Amt der
     * Bundesrepublik"). */
    expect_speaker_entity(state,
                          "Das Auswärtige Amt der Bundesrepublik verurteilte den Anschlag, er sei "
                          "feige.",
                          "er sei feige", "Auswärtige Amt");
}

static void test_government_named_by_its_head(void **state) {
    /* "die Regierung Bush" is the government of Bush's country, no
     * organisation named "Bush". */
    const char *t = "George W. Bush regiert. Offiziell geht die Regierung Bush davon aus, dass "
                    "Nordkorea Waffen hat.";
    nf_doc *d = th_extract_dated(state, t, "2005-03-01");
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    const nf_entity *g = &d->entities[d->quotes[0].speaker_entity];
    assert_int_equal(g->type, NF_ENT_ORG);
    assert_string_equal(g->actor, "USAGOV");
    assert_non_null(g->canonical); /* the gazetteer's government of the United States */
    nf_doc_free(d);
}

static void test_laut_phrase_ends_with_its_noun(void **state) {
    /* The phrase after "laut" ends with its noun of speech before a name
     * that is no genitive: the object follows ("laut italienischen
     * Medienberichten Champions-League-Finalist Juventus Turin"), and
     * "demnach" after it credits no club; a genitive goes on ("laut
     * Angaben Moskaus"). */
    const char *t = "Der Stürmer Carlos Wendelez verlässt laut italienischen Medienberichten "
                    "Champions-League-Finalist Juventus Turin. Der 31-Jährige kehrt demnach in "
                    "seine Heimat zurück.";
    expect_speaker_entity(state, t, "Der 31-Jährige kehrt", "");
    expect_speaker_entity(state, "Laut Angaben Moskaus sind drei Soldaten tot.",
                          "sind drei Soldaten tot", "Moskau");
    /* so after "nach" without an article: the subject follows */
    expect_quote(state,
                 "Mit 20.300 Beschäftigten hatten nach Gewerkschaftsangaben Kundgebungen im "
                 "Saarland den meisten Zulauf.",
                 (want){NF_Q_INDIRECT, "Mit 20.300 Beschäftigten hatten",
                        "Kundgebungen im Saarland den meisten Zulauf", "nach", NULL,
                        "Gewerkschaftsangaben"});
}

static void test_compound_speech_noun_before_its_source(void **state) {
    /* A compound ending in a noun of speech before a genitive credits the
     * genitive's owner, as "Angaben der Polizei" does ("laut
     * Presseaussendung der steirischen Polizei", "einer Pressemitteilung der
     * Organisation"). */
    expect_speaker_entity(state,
                          "Am Samstag sind laut Presseaussendung der steirischen Polizei 4.450 "
                          "Menschen über die Grenze gekommen.",
                          "Am Samstag sind", "steirische Polizei");
}

static void test_demnach_past_a_dateline(void **state) {
    /* "demnach" after a sentence that opens with a place and a dash (a
     * dateline after the title) credits the sentence's subject, not the
     * place. */
    expect_speaker_entity(state,
                          "Schande. Salzburg – Der Österreichische Wendelbund (ÖWB) hat in einer "
                          "Stellungnahme die Aberkennung kritisiert. Demnach sei der Widerruf "
                          "ein lächerlicher Versuch.",
                          "sei der Widerruf ein lächerlicher Versuch",
                          "Österreichische Wendelbund");
}

static void test_verlautbaren_frames_speech(void **state) {
    /* "verlautbaren" (to announce, chiefly Austrian) is a verb of saying */
    expect_quote(state,
                 "Die Ursache sei noch unklar, verlautbarte Gerd Wendelin, der Direktor der "
                 "Reederei.",
                 (want){NF_Q_INDIRECT, "Die Ursache sei noch unklar", NULL, "verlautbarte", NULL,
                        "Gerd Wendelin"});
}

static void test_what_a_document_says(void **state) {
    /* "In <document> steht, dass ..." or "...: ..." quotes the document
     * (document-nouns.txt, compounds too); a place's noun frames nothing. */
    expect_quote(state,
                 "In einem Jahresbericht des Ministeriums steht, dass die Quote gestiegen "
                 "ist.",
                 (want){NF_Q_INDIRECT, "dass die Quote gestiegen ist", NULL, "steht", NULL,
                        "einem Jahresbericht des Ministeriums"});
    expect_quote(state, "Im Koalitionsvertrag stand: Die Steuern werden nicht erhöht.",
                 (want){NF_Q_INDIRECT, "Die Steuern werden nicht erhöht", NULL, "stand", NULL,
                        "Koalitionsvertrag"});
    expect_no_quote(state, "In der Mitte steht, dass ein Tisch fehlt.", "dass ein Tisch fehlt");
}

static void test_role_of_another_body(void **state) {
    /* A role noun with the genitive of a body that is no place ("Der
     * Präsident der Wahlkommission") is that body's officer, not the
     * holder of the same title named before (the state's president); one
     * of the state itself is ("der Präsident des Staates"). */
    expect_speaker_entity(state,
                          "Präsident Mohamed Wendelsi erließ ein Dekret. Der Präsident der "
                          "Wahlkommission sagte, die Wahl finde im Mai statt.",
                          "die Wahl finde im Mai statt", "");
    expect_speaker_entity(state,
                          "Präsident Mohamed Wendelsi erließ ein Dekret. Der Präsident des "
                          "Staates sagte, die Wahl finde im Mai statt.",
                          "die Wahl finde im Mai statt", "Mohamed Wendelsi");
    /* a country after the article is the office's: its holder named
     * before, not the country */
    expect_speaker_entity(state,
                          "Der Präsident der Vereinigten Staaten, Barack Obama, reiste ab. Der "
                          "Präsident der USA sagte, er sei froh.",
                          "er sei froh", "Barack Obama");
}

static void test_source_named_before_a_hyphen(void **state) {
    /* A compound of a listed organisation's name, a hyphen and a noun of
     * speech credits that organisation ("nach Spiegel-Informationen",
     * "laut UNO-Angaben"); a word no list knows there credits no one. */
    expect_speaker_entity(state,
                          "Die Gruppe weitet ihre Aktivitäten nach Spiegel-Informationen aus.",
                          "Die Gruppe weitet ihre Aktivitäten", "Der Spiegel");
    expect_speaker_entity(state, "Das Ergebnis sei laut Wendelgrau-Angaben knapp.",
                          "Das Ergebnis sei", "");
    /* after an article ("der OSZE-Bericht"), and a meeting of the
     * organisation, with the place it met after it ("des G8-Gipfels von
     * Genua") */
    expect_speaker_entity(state,
                          "Die Wahl sei fair gewesen, heißt es im OSZE-Bericht. Die Medien "
                          "seien frei, so der OSZE-Bericht.",
                          "Die Medien seien frei",
                          "Organization for Security and Co-operation in Europe");
    expect_speaker_entity(state,
                          "Nach dem Willen des G8-Gipfels von Genua soll der Streit bald "
                          "beigelegt werden.",
                          "soll der Streit bald beigelegt werden", "G8");
}

static void test_speaker_by_an_organisations_noun(void **state) {
    /* "die Organisation" is an NGO or an international organisation the
     * text named, and so is a compound of it ("Die
     * Menschenrechtsorganisation"); not a company. */
    expect_speaker_entity(state,
                          "Der Bericht von Amnesty International kritisiert Guatemala. Die "
                          "Menschenrechtsorganisation fordert, dass die Polizisten besser "
                          "ausgebildet werden.",
                          "dass die Polizisten besser ausgebildet werden", "Amnesty International");
    expect_speaker_entity(state,
                          "Die WHO warnt vor Masern. Die Organisation fordert, dass mehr Kinder "
                          "geimpft werden.",
                          "dass mehr Kinder geimpft werden", "WHO");
    expect_speaker_entity(state,
                          "Siemens baut Stellen ab. Die Organisation fordert, dass mehr Kinder "
                          "geimpft werden.",
                          "dass mehr Kinder geimpft werden", "");
}

static void test_compound_of_a_state_body_speaks(void **state) {
    /* A compound ending in the noun of a state's body is one ("Die
     * Kriminalpolizei": police); a company's part is none ("Die
     * Geschäftsführung"). */
    const char *t = "Die Kriminalpolizei teilte mit, man ermittle noch. Die Geschäftsführung "
                    "teilte mit, man prüfe das.";
    nf_doc *d = th_extract(state, t);
    size_t seen = 0;
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        const char *span = seg_text(d, t, q->spans[0]);
        const nf_entity *e = q->speaker_entity >= 0 ? &d->entities[q->speaker_entity] : NULL;
        if (same(span, "man ermittle noch")) {
            seen++;
            if (!e || !e->role || strcmp(e->role, "police") != 0)
                fail_msg("%s: no police speaks", span);
        }
        if (same(span, "man prüfe das")) {
            seen++;
            if (e) fail_msg("%s: %s speaks", span, e->name ? e->name : "someone");
        }
    }
    assert_int_equal(seen, 2);
    nf_doc_free(d);
}

static void test_institution_by_its_city_adjective(void **state) {
    /* A city's adjective before a state body's noun gives the country of
     * the body that speaks ("die Salzburger Polizei": AUTCOP, "Die
     * Brüsseler Staatsanwaltschaft": BELJUD, "Münchner": München). */
    const char *t = "Die Salzburger Polizei teilte mit, man ermittle noch. Die Brüsseler "
                    "Staatsanwaltschaft teilte mit, man prüfe das. Die Münchner Polizei sagte, "
                    "es gebe keine Spur.";
    nf_doc *d = th_extract(state, t);
    static const struct {
        const char *span, *actor;
    } cases[] = {{"man ermittle noch", "AUTCOP"},
                 {"man prüfe das", "BELJUD"},
                 {"es gebe keine Spur", "DEUCOP"}};
    for (size_t w = 0; w < sizeof cases / sizeof cases[0]; w++) {
        const nf_quote *q = NULL;
        for (size_t i = 0; i < d->nquotes && !q; i++)
            if (same(seg_text(d, t, d->quotes[i].spans[0]), cases[w].span)) q = &d->quotes[i];
        if (!q) fail_msg("no quote \"%s\"", cases[w].span);
        const nf_entity *e = q->speaker_entity >= 0 ? &d->entities[q->speaker_entity] : NULL;
        if (!e || !e->actor || strcmp(e->actor, cases[w].actor) != 0)
            fail_msg("%s: actor %s", cases[w].span, e && e->actor ? e->actor : "none");
    }
    nf_doc_free(d);
}

static void test_institution_by_its_seat(void **state) {
    /* "die Regierung in Moskau": the speaker is the institution with its
     * seat, the government of the state whose capital that is; a police
     * in a city is its country's police (AUTCOP); a region's leadership
     * is no state's government. */
    const char *t = "Die Regierung in Moskau erklärte, man sei bereit. Die Polizei in Wien "
                    "sagte, es gebe keine Spur. Die Führung der Krim sagte, sie warte ab. Die "
                    "Regierung in Washington erklärte, man prüfe das.";
    nf_doc *d = th_extract(state, t);
    static const struct {
        const char *span, *speaker, *canonical, *actor;
    } cases[] = {
        {"man sei bereit", "Die Regierung in Moskau", "Government of Russia", "RUSGOV"},
        {"es gebe keine Spur", "Die Polizei in Wien", NULL, "AUTCOP"},
        {"sie warte ab", "Die Führung der Krim", NULL, NULL},
        {"man prüfe das", "Die Regierung in Washington", "United States Government", "USAGOV"}};
    for (size_t w = 0; w < sizeof cases / sizeof cases[0]; w++) {
        const nf_quote *q = NULL;
        for (size_t i = 0; i < d->nquotes && !q; i++)
            if (same(seg_text(d, t, d->quotes[i].spans[0]), cases[w].span)) q = &d->quotes[i];
        if (!q) fail_msg("no quote \"%s\"", cases[w].span);
        if (!same(seg_text(d, t, q->speaker), cases[w].speaker))
            fail_msg("%s: speaker \"%s\"", cases[w].span, seg_text(d, t, q->speaker));
        assert_true(q->speaker_entity >= 0);
        const nf_entity *e = &d->entities[q->speaker_entity];
        if (cases[w].canonical && (!e->canonical || strcmp(e->canonical, cases[w].canonical)))
            fail_msg("%s: linked to %s", cases[w].span, e->canonical ? e->canonical : "nothing");
        if (!cases[w].canonical && e->canonical)
            fail_msg("%s: linked to %s", cases[w].span, e->canonical);
        if (cases[w].actor && (!e->actor || strcmp(e->actor, cases[w].actor)))
            fail_msg("%s: actor %s", cases[w].span, e->actor ? e->actor : "none");
    }
    nf_doc_free(d);
}

static void test_office_of_a_country_in_the_genitive(void **state) {
    /* A person's role with a country's name in the genitive before or after
     * it names the office's holder; a role no one holds stays the
     * country's. */
    const char *t = "Russlands Präsident sagte, man sei bereit. Der Präsident Russlands "
                    "erklärte, das sei gut. Der Vertreter Libyens sagte, man warte ab.";
    nf_doc *d = th_extract_dated(state, t, "2015-03-02"); /* the office's holder on that day */
    static const struct {
        const char *span, *canonical;
    } cases[] = {{"man sei bereit", "Vladimir Putin"},
                 {"das sei gut", "Vladimir Putin"},
                 {"man warte ab", "Libya"}};
    for (size_t w = 0; w < sizeof cases / sizeof cases[0]; w++) {
        const nf_quote *q = NULL;
        for (size_t i = 0; i < d->nquotes && !q; i++)
            if (same(seg_text(d, t, d->quotes[i].spans[0]), cases[w].span)) q = &d->quotes[i];
        if (!q) fail_msg("no quote \"%s\"", cases[w].span);
        if (q->speaker_entity < 0) fail_msg("%s: no speaker", cases[w].span);
        const nf_entity *e = &d->entities[q->speaker_entity];
        if (!e->canonical || strcmp(e->canonical, cases[w].canonical) != 0)
            fail_msg("%s: linked to %s", cases[w].span, e->canonical ? e->canonical : "nothing");
    }
    nf_doc_free(d);
}

static void test_organisation_named_in_speaker(void **state) {
    /* The organisation whose mention holds the speaker's head noun is the
     * speaker, not a new organisation of its own name: one entity for "die
     * polnische Regierung" (seat named after it in the same country), the
     * listed ministry for "das russische Außenministerium".  A name after
     * the head noun still names the organisation, and an owner of another
     * country after it still makes that country's institution. */
    const char *t = "Die polnische Regierung in Warschau erklärte, man werde helfen. Das "
                    "russische Außenministerium teilte mit, man sei besorgt. Die israelische "
                    "Tageszeitung Haaretz berichtete, die Lage sei ernst. Das "
                    "Verteidigungsministerium sagte, man prüfe alles. Das "
                    "Verteidigungsministerium der Vereinigten Staaten erklärte, man sei bereit.";
    expect_speaker_entity(state, t, "man werde helfen", "polnische Regierung");
    expect_speaker_entity(state, t, "man sei besorgt", "Ministry of Foreign Affairs of Russia");
    expect_speaker_entity(state, t, "die Lage sei ernst", "Haaretz");
    /* the name after the head noun inside the mention: one organisation */
    expect_speaker_entity(state, "Die Staatsanwaltschaft Oslo teilte mit, man ermittle.",
                          "man ermittle", "Staatsanwaltschaft Oslo");
    nf_doc *d = th_extract(state, t);
    size_t pol = 0;
    for (size_t i = 0; i < d->nentities; i++)
        pol += d->entities[i].actor && strcmp(d->entities[i].actor, "POLGOV") == 0;
    assert_int_equal(pol, 1);
    bool found = false;
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_quote *q = &d->quotes[i];
        if (!same(seg_text(d, t, q->spans[0]), "man sei bereit")) continue;
        assert_true(q->speaker_entity >= 0);
        assert_string_equal(d->entities[q->speaker_entity].country, "USA");
        found = true;
    }
    assert_true(found);
    nf_doc_free(d);
}

static void test_name_in_apposition_after_owner(void **state) {
    /* Something of an owner ("der Partner von Siemens", "der Leiter des
     * Programms der WHO"), then a name between commas: the name speaks.
     * A name after a comma that what is said begins with does not. */
    const char *t = "Der Partner von Siemens, Northrop Grumman, erklärte, man ziehe das Angebot "
                    "zurück. Der Leiter des Programms der WHO, Klaus Stöhr, sagte, die Lage sei "
                    "ernst. Um 15 Uhr meldete die Nachrichtenseite der Tagesschau, Feldmann "
                    "rechne mit einer Verhandlung.";
    expect_speaker_entity(state, t, "man ziehe das Angebot zurück", "Northrop Grumman");
    expect_speaker_entity(state, t, "die Lage sei ernst", "Klaus Stöhr");
    expect_speaker_entity(state, t, "Feldmann rechne mit einer Verhandlung", "Tagesschau");
}

static void test_organisation_descriptions(void **state) {
    /* A definite description of an organisation in the singular is the
     * organisation of its kind named last ("der Konzern": Siemens, "die
     * Partei": the SPD, "die Zeitung": Bild); a plural is not one of them. */
    const char *t = "Siemens meldete Gewinne. Der Konzern teilte mit, man wolle wachsen. Die SPD "
                    "verlor. Die Partei erklärte, sie sei enttäuscht. Die Zeitung Bild berichtete. "
                    "Die Zeitung schrieb, es gebe Streit. Die Konzerne sagten, alles sei gut.";
    expect_speaker_entity(state, t, "man wolle wachsen", "Siemens");
    expect_speaker_entity(state, t, "sie sei enttäuscht", "SPD");
    expect_speaker_entity(state, t, "es gebe Streit", "Bild");
    expect_speaker_entity(state, t, "alles sei gut", "");
}

static void test_pronoun_speakers_by_gender(void **state) {
    /* A pronoun resolves to a person of its gender, which a given name
     * tells (lang/de/entities/given-genders.tsv): "sie" is not the man
     * named last, "er" not the woman. */
    const char *t = "Angela Merkel traf Wladimir Putin in Moskau. „Wir sind Partner“, sagte er. "
                    "„Das stimmt nicht“, sagte sie.";
    expect_speaker_entity(state, t, "Wir sind Partner", "Wladimir Putin");
    expect_speaker_entity(state, t, "Das stimmt nicht", "Angela Merkel");
    const char *u = "Wladimir Putin empfing Julia Timoschenko. „Wir verhandeln“, sagte er.";
    expect_speaker_entity(state, u, "Wir verhandeln", "Wladimir Putin");
    /* so does the noun of persons right before a name ("die
     * Schlagersängerin Jordi" is a she, though Jordi is a man's name), and
     * a given name alone that is no known surname */
    const char *v = "Die Schlagersängerin Jordi traf den Manager Tom Wendelbruck. „Wir feiern“, "
                    "sagte sie.";
    expect_speaker_entity(state, v, "Wir feiern", "Jordi");
    /* "Sie" with a verb in the singular after a sentence that opens with a
     * feminine organisation's noun is the organisation, not the last
     * woman named */
    const char *x = "Die Ministerin Anna Wendelbruck lobte das Gesetz. Der Fraktion der Grünen "
                    "reicht das nicht. Sie fordert strengere Regeln.";
    expect_speaker_entity(state, x, "Sie fordert strengere Regeln", "Fraktion der Grünen");
    const char *w = "Paolo traf Laura am Hafen. „Sie hat uns verraten“, sagte er.";
    expect_speaker_entity(state, w, "Sie hat uns verraten", "Paolo");
}

static void test_pronoun_skips_an_aside(void **state) {
    /* A name in an aside set off by dashes is background: "er" after it
     * is the sentence's subject, not the name in the aside. */
    const char *t = "Seinen ersten Auslandsbesuch machte Bundespräsident Joachim Gauck – wie schon "
                    "vor ihm Horst Köhler – in Polen. „Wir sind Nachbarn“, sagte er.";
    expect_speaker_entity(state, t, "Wir sind Nachbarn", "Joachim Gauck");
    /* brackets set off appositions, which stay in the running */
    const char *u = "Thaksin Shinawatra kam in den Palast. Der König (Bhumibol Adulyadej) empfing "
                    "ihn. „Wir reden“, sagte er.";
    expect_speaker_entity(state, u, "Wir reden", "Bhumibol Adulyadej");
}

static void test_politician_descriptions(void **state) {
    /* "der CDU-Politiker" is a politician of the party's country, "die
     * Grünen-Politikerin" a woman in a political office; "der Volvo-Chef"
     * may be someone the text gives no country. */
    const char *t = "Friedrich Merz traf Emmanuel Macron. Der CDU-Politiker sagte, man sei einig.";
    expect_speaker_entity(state, t, "man sei einig", "Friedrich Merz");
    const char *u = "Außenministerin Annalena Baerbock und Sergej Lawrow trafen sich in Genf. Die "
                    "Grünen-Politikerin sagte, das Gespräch sei offen gewesen.";
    expect_speaker_entity(state, u, "das Gespräch sei offen gewesen", "Annalena Baerbock");
    const char *v = "Volvo-Chef Hakan Samuelsson stellte das Auto vor. Der Absatz sei gut, sagte "
                    "der Volvo-Chef.";
    expect_speaker_entity(state, v, "Der Absatz sei gut", "Hakan Samuelsson");
}

static void test_nation_and_plural_descriptions(void **state) {
    /* "der Franzose" is the Frenchman just named; "die beiden Politiker"
     * are two people, no one speaker. */
    const char *t =
        "Friedrich Merz hat Emmanuel Macron empfangen. Macron betonte, Frankreich stehe "
        "bereit. „Ich bin froh, hier zu sein“, sagte der Franzose. Die beiden "
        "Politiker sagten, man treffe sich bald wieder.";
    expect_speaker_entity(state, t, "Ich bin froh, hier zu sein", "Emmanuel Macron");
    expect_speaker_entity(state, t, "man treffe sich bald wieder", "");
}

static void test_occupation_is_not_an_office_holder(void **state) {
    /* an occupation's noun describes no one the text gave an office */
    expect_speaker_entity(state,
                          "Integrationsminister Sebastian Kurz nahm die Studie zum Anlass. Im "
                          "Bericht räumt der Studienautor ein, die Daten seien dünn.",
                          "die Daten seien dünn", "");
}

static void test_organisation_in_apposition(void **state) {
    /* an organisation's noun with its name set off after it is that
     * organisation; a spokesperson named in apposition is that person (as
     * the gold sets have "der Vorsitzende des Verbands, Phillip Urban"),
     * an anonymous one speaks for the institution */
    expect_speaker_entity(state,
                          "Am Montag meldete der vatikaneigene Radiosender, Radio Vatikan, dass "
                          "die Enzyklika gut verkauft wird.",
                          "dass die Enzyklika gut verkauft wird", "Radio Vatikan");
    expect_speaker_entity(state,
                          "Ein Sprecher der Polizei, Lars Beringer, sagte am Abend, der Täter sei "
                          "gefasst.",
                          "der Täter sei gefasst", "Lars Beringer");
    expect_speaker_entity(state, "Ein Sprecher der Polizei sagte am Abend, der Täter sei gefasst.",
                          "der Täter sei gefasst", "Polizei");
}

static void test_statement_of_a_named_owner(void **state) {
    /* a statement's noun with its owner after it, in the genitive or with
     * an article, however many words come before the noun */
    expect_speaker_entity(state,
                          "Präsident Wladimir Putin reiste nach Minsk. Laut Angaben Putins sei das "
                          "Treffen gut verlaufen.",
                          "sei das Treffen gut verlaufen", "Wladimir Putin");
    expect_speaker_entity(state,
                          "Die Gewerkschaft Verdi rief zum Streik auf. Laut einer am Dienstag "
                          "veröffentlichten Presseerklärung der Gewerkschaft sei die Lage ernst.",
                          "sei die Lage ernst", "Verdi");
}

static void test_statement_of_someone(void **state) {
    /* "nach Angaben der Polizei in Leipzig": the speaker span holds the
     * noun, the speaker is whose statement it is; "von ÖVP-Politikern" are
     * several. */
    const char *t = "Nach Angaben der Polizei in Leipzig wurden drei Menschen verletzt.";
    expect_speaker_entity(state, t, "wurden drei Menschen verletzt", "Polizei in Leipzig");
    const char *u = "Heinz-Christian Strache verlor. Das Angebot scheiterte nach Angaben von "
                    "FPÖ-Politikern an der Partei.";
    expect_speaker_entity(state, u, "Das Angebot scheiterte", "");
}

static void test_relayed_quotes(void **state) {
    /* "zitieren" names two parties: the quote is listed for each. */
    /* (a saying cited is no party: "zitiert eine alte Seglerweisheit") */
    expect_speakers(state,
                    "Andererseits zitiert Hanakamp eine alte Seglerweisheit: „To finish first, "
                    "first you have to finish.“",
                    "To finish first, first you have to finish.",
                    (const char *const[]){"Hanakamp", NULL});
    expect_speakers(state,
                    "Die Zeitung zitiert den Bürgermeister mit den Worten: „Wir bauen die Brücke "
                    "neu.“",
                    "Wir bauen die Brücke neu.",
                    (const char *const[]){"Die Zeitung", "den Bürgermeister", NULL});
    expect_speakers(state,
                    "Der Trainer wird von der Lokalzeitung mit den Worten zitiert: „Die Mannschaft "
                    "hat gekämpft.“",
                    "Die Mannschaft hat gekämpft.",
                    (const char *const[]){"Der Trainer", "der Lokalzeitung", NULL});
    /* a form of "werden" inside the quotation makes no passive frame */
    expect_speakers(
        state, "Die Zeitung zitiert den Bürgermeister mit den Worten „Wir werden siegen“.",
        "Wir werden siegen", (const char *const[]){"Die Zeitung", "den Bürgermeister", NULL});
    /* "sagte" and "laut" name one speaker: one quote. */
    expect_speakers(state, "„Wir bauen die Brücke neu“, sagte der Bürgermeister.",
                    "Wir bauen die Brücke neu", (const char *const[]){"der Bürgermeister", NULL});
    /* A prepositional phrase after the active verb is not a second party. */
    expect_speakers(state, "„Die Lage ist ernst“, zitiert der Sender aus einer Erklärung.",
                    "Die Lage ist ernst", (const char *const[]){"der Sender", NULL});
    /* An outlet's name and a person's after it are two parties, unless the
     * phrase's noun is one of persons whom the name describes. */
    expect_speakers(state,
                    "Premier Robert Fico sorgte für Aufsehen. Der Islam habe keinen Platz in der "
                    "Slowakei, zitierte die Nachrichtenagentur TASR Fico am Abend.",
                    "Der Islam habe keinen Platz in der Slowakei",
                    (const char *const[]){"die Nachrichtenagentur TASR", "Fico", NULL});
    expect_speakers(state,
                    "Die Lieferungen seien bereit, zitierte die Agentur Interfax den Vizechef der "
                    "Präsidialverwaltung Andrej Taranow.",
                    "Die Lieferungen seien bereit",
                    (const char *const[]){"die Agentur Interfax",
                                          "den Vizechef der Präsidialverwaltung Andrej Taranow",
                                          NULL});
}

/* The source before "zufolge" is a dative phrase: it begins at a dative
 * determiner after another phrase and at an article after a person's
 * name or before a statement's noun ("einer Umfrage zufolge"), and
 * takes a genitive plural without article after its noun.  In
 * the frame of a verb of saying the verb's subject is the speaker of the
 * words, the source reports them: a quote for each. */
static void test_zufolge_source(void **state) {
    expect_speakers(state,
                    "Die Reform sei gescheitert, sagte die Ministerin einigen Abgeordneten zufolge "
                    "am Abend.",
                    "*", (const char *const[]){"einigen Abgeordneten", "die Ministerin", NULL});
    expect_speakers(state, "Die Preise würden sinken, sagte Hendrik Vossberg der Zeitung zufolge.",
                    "*", (const char *const[]){"der Zeitung", "Hendrik Vossberg", NULL});
    expect_speakers(state,
                    "Zudem hob Rainer Kolbe dem „Tagblatt“ zufolge die Rolle der Stadt hervor.",
                    "*", (const char *const[]){"dem „Tagblatt“", NULL});
    /* one phrase: the genitive after the noun */
    expect_speakers(state, "Den Angaben der Polizei zufolge wurde niemand verletzt.",
                    "wurde niemand verletzt",
                    (const char *const[]){"Den Angaben der Polizei", NULL});
    expect_speakers(state, "Berichten mehrerer Zeitungen zufolge wurde der Vertrag gekündigt.",
                    "wurde der Vertrag gekündigt",
                    (const char *const[]){"Berichten mehrerer Zeitungen", NULL});
    /* a statement's noun after "einer" is the source, no genitive of the
     * noun of things before it; after a statement's noun it is one */
    expect_speakers(state,
                    "Viele Mieter stehen dem Projekt einer Studie zufolge skeptisch gegenüber.",
                    "*", (const char *const[]){"einer Studie", NULL});
    expect_speakers(state, "Der Auswertung der Einzelstudien zufolge fehlt es an Personal.", "*",
                    (const char *const[]){"Der Auswertung der Einzelstudien", NULL});
    expect_speakers(state, "Dem Bericht einer Zeitung zufolge wurde niemand verletzt.",
                    "wurde niemand verletzt",
                    (const char *const[]){"Dem Bericht einer Zeitung", NULL});
}

/* A noun of a statement, a demand or an opinion with its content after a
 * comma; the speaker is the phrase after the noun, the possessive before
 * it, or the subject of a verb that voices it. */
static void test_statement_nouns(void **state) {
    expect_quote(
        state, "Der Vorwurf der Gewerkschaft an den Vorstand, er habe gelogen, wiegt schwer.",
        (want){NF_Q_INDIRECT, "er habe gelogen", NULL, "Vorwurf", NULL, "der Gewerkschaft"});
    /* an admission and a denial are statements; a concession is no
     * statement, though its word ends in one */
    expect_quote(state,
                 "Das Eingeständnis der Ministerin, ihre Entscheidung sei falsch gewesen, hat "
                 "zu einem Antrag geführt.",
                 (want){NF_Q_INDIRECT, "ihre Entscheidung sei falsch gewesen", NULL,
                        "Eingeständnis", NULL, "der Ministerin"});
    expect_quote(
        state, "Das Dementi der Firma, sie habe Daten verkauft, kam spät.",
        (want){NF_Q_INDIRECT, "sie habe Daten verkauft", NULL, "Dementi", NULL, "der Firma"});
    expect_no_quote(state, "Das Zugeständnis der Firma, die Preise würden gesenkt, kam spät.",
                    "die Preise würden gesenkt");
    /* the owner a role's noun names; a verb that answers the statement
     * says no words of it */
    expect_quote(state,
                 "Daher begrüßt Foglar den Vorschlag des Kanzlers, die Regelung zu verschärfen.",
                 (want){NF_Q_INDIRECT, "die Regelung zu verschärfen", NULL, "Vorschlag", NULL,
                        "des Kanzlers"});
    expect_speakers(state,
                    "Daher begrüßt Foglar den Vorschlag von Kanzler Werner Faymann, die Regelung "
                    "zu verschärfen.",
                    "die Regelung zu verschärfen",
                    (const char *const[]){"von Kanzler Werner Faymann", NULL});
    /* the dative plural, after a speaker's quotation that it ends */
    expect_quote(state,
                 "Der Minister sagte, die Armee müsse abziehen. Nach Vorwürfen kurdischer Medien, "
                 "im Norden seien neun Zivilisten getötet worden, leitete die Regierung eine "
                 "Untersuchung ein.",
                 (want){NF_Q_INDIRECT, "im Norden seien neun Zivilisten getötet worden", NULL,
                        "Vorwürfen", NULL, "kurdischer Medien"});
    expect_quote(state,
                 "An die Besetzer erging die Aufforderung, das Gelände bis Freitag zu räumen.",
                 (want){NF_Q_INDIRECT, "das Gelände bis Freitag zu räumen", NULL, "Aufforderung",
                        NULL, NULL});
    /* the name set off after the genitive speaks */
    expect_quote(state,
                 "Trotz der Ankündigung ihres Kapitäns, Jonas Brandt, den Verein zu verlassen, "
                 "gewann die Mannschaft.",
                 (want){NF_Q_INDIRECT, "den Verein zu verlassen", NULL, "Ankündigung", NULL,
                        "ihres Kapitäns, Jonas Brandt"});
    /* the subject of "bleiben" holds the noun it stays with */
    expect_quote(state, "Die Ministerin blieb beim Versprechen, die Steuern im Mai zu senken.",
                 (want){NF_Q_INDIRECT, "die Steuern im Mai zu senken", NULL, "Versprechen", NULL,
                        "Die Ministerin"});
    /* the noun's clause goes on after the content */
    expect_quote(
        state, "Dem Appell der Feuerwehr, die Fenster zu schließen, folgten viele nicht.",
        (want){NF_Q_INDIRECT, "die Fenster zu schließen", NULL, "Appell", NULL, "der Feuerwehr"});
    /* verbs that voice the noun, last in the clause or before it */
    expect_quote(state,
                 "Das Gericht hat eine deutliche Mahnung an den Landtag ausgesprochen, das "
                 "Gesetz nicht zu missbrauchen.",
                 (want){NF_Q_INDIRECT, "das Gesetz nicht zu missbrauchen", NULL, "Mahnung", NULL,
                        "Das Gericht"});
    expect_quote(state, "Der Verband ist der Meinung, dass die Gebühren zu hoch sind.",
                 (want){NF_Q_INDIRECT, "dass die Gebühren zu hoch sind", NULL, "Meinung", NULL,
                        "Der Verband"});
    /* so does a verb with its particle before the comma ("vorlegen",
     * "vorliegen"), whose "von" phrase says whose it is */
    expect_quote(
        state, "Der Verband legte einen Vorschlag vor, die Gebühren zu senken.",
        (want){NF_Q_INDIRECT, "die Gebühren zu senken", NULL, "Vorschlag", NULL, "Der Verband"});
    expect_quote(
        state,
        "Von der Polizei liegt lediglich eine knappe Stellungnahme vor, man prüfe den "
        "Fall.",
        (want){NF_Q_INDIRECT, "man prüfe den Fall", NULL, "Stellungnahme", NULL, "der Polizei"});
    /* reaching a conclusion voices it */
    expect_quote(state, "Die Kommission kam zu dem Schluss, dass die Gebühren zu hoch sind.",
                 (want){NF_Q_INDIRECT, "dass die Gebühren zu hoch sind", NULL, "Schluss", NULL,
                        "Die Kommission"});
    expect_quote(
        state, "Die Forscher sind zu dem Ergebnis gekommen, dass der Wert sinkt.",
        (want){NF_Q_INDIRECT, "dass der Wert sinkt", NULL, "Ergebnis", NULL, "Die Forscher"});
    /* a clause that opens with that verb after a comma shares the subject
     * of the clause before */
    expect_quote(
        state,
        "Die Beobachter zählten Fehler, kamen aber zum Ergebnis, dass die Wahl frei "
        "war.",
        (want){NF_Q_INDIRECT, "dass die Wahl frei war", NULL, "Ergebnis", NULL, "Die Beobachter"});
    /* a compound that ends in such a noun but names no statement */
    expect_no_quote(state, "Grund ist der Beschluss der Kommission, die Gebühren zu senken.", NULL);
    expect_quote(
        state, "Seine Forderung, die Steuern zu senken, stieß auf Kritik.",
        (want){NF_Q_INDIRECT, "die Steuern zu senken", NULL, "Forderung", NULL, "Seine Forderung"});
    /* the possessive resolves before a compound too */
    expect_speaker_entity(state,
                          "Karl Wendelbruck sprach im Landtag. Seine Rücktrittsforderung, die "
                          "Ministerin müsse gehen, stieß auf Kritik.",
                          "die Ministerin müsse gehen", "Karl Wendelbruck");
    /* an opinion nobody is said to hold, a relative clause, a negation */
    expect_no_quote(state, "Er stand im Verdacht, die Kasse geplündert zu haben.", NULL);
    expect_no_quote(state, "Die Forderung, die der Verband erhob, wurde abgelehnt.", NULL);
    expect_no_quote(state, "Es gab keine Zusage, das Werk zu erhalten.", NULL);
    /* reported words, and a verb of saying that answers the noun */
    expect_no_quote(state,
                    "Den Vorwurf, dass die Stadt geschlampt habe, wies der Bürgermeister zurück.",
                    "dass die Stadt geschlampt habe");
    expect_quote(state,
                 "Den Vorwurf, dass die Stadt geschlampt habe, wies der Bürgermeister zurück.",
                 (want){NF_Q_INDIRECT, "*", NULL, "wies", "zurück", "der Bürgermeister"});
}

/* ", laut dem", ", laut der", ", laut denen" after a comma open a
 * relative clause: the clause is what the phrase before the comma says,
 * not the words before it; ", laut dem Bericht der Polizei." is the
 * plain marker. */
static void test_relative_laut(void **state) {
    expect_quote(state,
                 "Die Polizei veröffentlichte einen Bericht, laut dem drei Menschen "
                 "verletzt wurden.",
                 (want){NF_Q_INDIRECT, "drei Menschen verletzt wurden", NULL, "laut", NULL,
                        "einen Bericht"});
    expect_quote(state, "Dann schrieb die Studentin, laut der seine Kommentare nicht weiterhülfen.",
                 (want){NF_Q_INDIRECT, "seine Kommentare nicht weiterhülfen", NULL, "laut", NULL,
                        "die Studentin"});
    expect_no_quote(state,
                    "Die Polizei veröffentlichte einen Bericht, laut dem drei Menschen "
                    "verletzt wurden.",
                    "Die Polizei veröffentlichte einen Bericht");
    expect_quote(state, "Drei Menschen wurden verletzt, laut dem Bericht der Polizei.",
                 (want){NF_Q_INDIRECT, "Drei Menschen wurden verletzt", NULL, "laut", NULL,
                        "dem Bericht der Polizei"});
}

/* "nach" after the noun it governs, and ", nach denen" after a speech
 * noun. */
static void test_postposed_nach(void **state) {
    expect_quote(state, "Seiner Meinung nach hätte die Stadt früher handeln müssen.",
                 (want){NF_Q_INDIRECT, "hätte die Stadt früher handeln müssen", NULL, "nach", NULL,
                        "Seiner Meinung"});
    expect_quote(state, "Dem Vernehmen nach soll der Vorstand bald zurücktreten.",
                 (want){NF_Q_INDIRECT, "soll der Vorstand bald zurücktreten", NULL, "nach", NULL,
                        "Dem Vernehmen"});
    expect_no_quote(state, "Bei Nebel ist die Sicht nach hinten sehr schlecht.", NULL);
    /* in a relative clause: the clause, and one in the Konjunktiv after it;
     * inside a noun phrase, no statement */
    expect_quote(state,
                 "Ziel ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht regiert.",
                 (want){NF_Q_INDIRECT, "die", "zu Unrecht regiert", "nach", NULL, "ihrer Meinung"});
    expect_quote(state,
                 "Er lehnt das Abkommen ab, das seiner Meinung nach zu einem Kartell führen werde, "
                 "das die Äcker beherrschen werde.",
                 (want){NF_Q_INDIRECT, "das",
                        "zu einem Kartell führen werde, das die Äcker beherrschen werde", "nach",
                        NULL, "seiner Meinung"});
    expect_no_quote(state, "Er warnte vor den seiner Meinung nach wachsenden Gefahren.",
                    "Er warnte vor den");
    /* Investigations, forecasts and laws are sources after "nach" too. */
    expect_quote(state, "Nach ersten Ermittlungen der Polizei war der Fahrer betrunken.",
                 (want){NF_Q_INDIRECT, "war der Fahrer betrunken", NULL, "Nach", NULL,
                        "ersten Ermittlungen der Polizei"});
    /* (a noun after its article, then the object: no source) */
    expect_no_quote(state,
                    "Die Staatsanwaltschaft leitete nach der Pleite Ermittlungen gegen den "
                    "Chef ein.",
                    NULL);
    expect_quote(state, "Nach jetzigem Ermittlungsstand war der Fahrer betrunken.",
                 (want){NF_Q_INDIRECT, "war der Fahrer betrunken", NULL, "Nach", NULL,
                        "jetzigem Ermittlungsstand"});
    expect_quote(state, "Nach dem Grundgesetz darf die Stadt keine Gebühren erheben.",
                 (want){NF_Q_INDIRECT, "darf die Stadt keine Gebühren erheben", NULL, "Nach", NULL,
                        "dem Grundgesetz"});
    expect_quote(state, "Er verwies auf Studien, nach denen das Mittel wirke.",
                 (want){NF_Q_INDIRECT, "das Mittel wirke", NULL, "nach", NULL, "denen"});
    expect_no_quote(state, "Sie nannten Regeln, nach denen gespielt wird.", "gespielt wird");
    /* (a phrase of place or owner between the noun and the clause) */
    expect_quote(state, "Er verwies auf Umfragen im Land, nach denen die Mehrheit zweifelt.",
                 (want){NF_Q_INDIRECT, "die Mehrheit zweifelt", NULL, "nach", NULL, "denen"});
    expect_quote(state, "Er verwies auf Studien der Universität Bonn, nach denen das Mittel wirke.",
                 (want){NF_Q_INDIRECT, "das Mittel wirke", NULL, "nach", NULL, "denen"});
    expect_no_quote(state, "Sie nannten Regeln für das Spiel, nach denen gespielt wird.",
                    "gespielt wird");
}

/* A marker covers the part of its sentence between colons and
 * semicolons. */
static void test_marker_scope(void **state) {
    expect_quote(
        state,
        "Die Partei schloss sich der Kritik an: Die Lage sei nach Angaben der "
        "Polizei ruhig.",
        (want){NF_Q_INDIRECT, "Die Lage sei", "ruhig", "nach", NULL, "Angaben der Polizei"});
}

/* Groups and authorities with no name speak on in the next sentence. */
static void test_group_speakers(void **state) {
    expect_quote(
        state, "Augenzeugen sahen einen roten Wagen. Der Fahrer sei sofort geflohen.",
        (want){NF_Q_INDIRECT, "Der Fahrer sei sofort geflohen", NULL, NULL, NULL, "Augenzeugen"});
    expect_quote(state, "Die Polizei fand den Wagen am Abend. Der Täter soll damit geflohen sein.",
                 (want){NF_Q_INDIRECT, "Der Täter soll damit geflohen sein", NULL, NULL, NULL,
                        "Die Polizei"});
    /* Not a person: the reportive "soll" is about them. */
    expect_quote(state, "Der Bürgermeister besuchte die Schule. Er soll Geld genommen haben.",
                 (want){NF_Q_INDIRECT, "Er soll Geld genommen haben", NULL, NULL, NULL, NULL});
    /* Right after a quotation, "soll" with an infinitive in the main clause
     * goes on reporting the plan; elsewhere, or only in a relative clause,
     * it states one. */
    expect_quote(state,
                 "Der Minister sagte, die Brücke werde saniert. Die Arbeiten sollen im Mai "
                 "beginnen.",
                 (want){NF_Q_INDIRECT, "Die Arbeiten sollen im Mai beginnen", NULL, NULL, NULL,
                        "Der Minister"});
    expect_no_quote(state, "Die Brücke ist alt. Die Arbeiten sollen im Mai beginnen.", NULL);
    expect_no_quote(state,
                    "Der Minister sagte, die Brücke werde saniert. Die Firma liefert die Teile, "
                    "die im Mai eingebaut werden sollen.",
                    "Die Firma liefert die Teile, die im Mai eingebaut werden sollen");
}

/* A decision's or a finding's content is indirect speech, as the annotators
 * of the quotation gold mark it. */
static void test_decisions_and_findings(void **state) {
    /* reports, rumours and hints of a content clause quote it; none do not */
    expect_quote(
        state, "In Mailand kursieren Gerüchte, dass die Bank ihre Töchter verkauft.",
        (want){NF_Q_INDIRECT, "dass die Bank ihre Töchter verkauft", NULL, "Gerüchte", NULL, NULL});
    expect_no_quote(state, "Es gibt keine aktuellen Berichte, dass die Bank Töchter verkauft.",
                    NULL);
    expect_quote(state, "Das Ministerium hat entschieden, der Firma die Lizenz zu entziehen.",
                 (want){NF_Q_INDIRECT, "der Firma die Lizenz zu entziehen", NULL, "entschieden",
                        NULL, "Das Ministerium"});
    expect_quote(state, "Die Ermittlungen ergaben, dass der Bus mit Benzin betankt worden war.",
                 (want){NF_Q_INDIRECT, "dass der Bus mit Benzin betankt worden war", NULL,
                        "ergaben", NULL, "*"});
    /* a decision taken ("fassten den Beschluss", "traf die Entscheidung") */
    expect_quote(
        state, "Die Grünen fassten am Donnerstag den Beschluss, Gespräche zu führen.",
        (want){NF_Q_INDIRECT, "Gespräche zu führen", NULL, "fassten", "Beschluss", "Die Grünen"});
    expect_quote(state, "Die Regierung traf die Entscheidung, die Grenze zu schließen.",
                 (want){NF_Q_INDIRECT, "die Grenze zu schließen", NULL, "traf", "Entscheidung",
                        "Die Regierung"});
    expect_no_quote(state, "Merkel traf sich am Montag mit Putin. Der Stürmer traf zum 2:0.", NULL);
    /* (not inside a conditional clause, whose main clause follows) */
    expect_no_quote(state,
                    "Zu glauben, wenn man einen Beschluss fasst, dann ist es auch schon "
                    "Realität, wäre falsch.",
                    NULL);
    expect_quote(state, "Das Fischereiministerium legte fest, dass 30 Wale gejagt werden dürfen.",
                 (want){NF_Q_INDIRECT, "dass 30 Wale gejagt werden dürfen", NULL, "legte", "fest",
                        "Das Fischereiministerium"});
}

static void test_name_opening_like_a_preposition(void **state) {
    /* "Von der Leyen" opens with what looks like a preposition: the name
     * the entity stage found is still the subject; "Von Moskau aus" is a
     * prepositional phrase and the subject follows the verb. */
    expect_quote(
        state,
        "Ursula von der Leyen reiste ab. Von der Leyen betonte, die Union stehe "
        "zusammen.",
        (want){NF_Q_INDIRECT, "die Union stehe zusammen", NULL, "betonte", NULL, "Von der Leyen"});
    /* A name that opens a longer noun phrase leaves the phrase whole. */
    expect_quote(state,
                 "Australiens Ministerpräsidentin Julia Gillard reiste ab und sagte, ihr Land "
                 "helfe.",
                 (want){NF_Q_INDIRECT, "ihr Land helfe", NULL, "sagte", NULL,
                        "Australiens Ministerpräsidentin Julia Gillard"});
    expect_quote(state, "Aus Diplomatenkreisen verlautete, die Einigung stehe bevor.",
                 (want){NF_Q_INDIRECT, "die Einigung stehe bevor", NULL, "verlautete", NULL,
                        "Diplomatenkreisen"});
    expect_quote(state, "Von Moskau aus betonte Putin, die Lage sei ernst.",
                 (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "betonte", NULL, "Putin"});
}

static void test_verb_forms_between_article_and_noun(void **state) {
    /* a verb form between an article and a noun is an adjective ("in einem
     * entscheiden Punkt", a typo for "entscheidenden"): the frame after
     * the quotation names its speaker */
    expect_quote(state,
                 "Die Bahn will in einem entscheiden Punkt sparen: Künftig wolle sie weniger "
                 "Züge einsetzen, berichtete das Handelsblatt.",
                 (want){NF_Q_INDIRECT, "*", NULL, "berichtete", NULL, "das Handelsblatt"});
    expect_no_quote(state, "Aufgrund der erwarteten Nachfrage baut die Firma ein Werk.", NULL);
    /* a demonstrative before the verb leaves it one */
    expect_quote(state, "Die Lage sei ernst. Das bestätigte Polizeisprecher Karl Huber.",
                 (want){NF_Q_INDIRECT, "Die Lage sei ernst", NULL, "bestätigte", NULL,
                        "Polizeisprecher Karl Huber"});
}

static void test_relative_clause_after_content_subject(void **state) {
    /* a relative clause after the content's subject: the verb after it
     * goes on with the content ("halten sich" frames nothing there) */
    expect_quote(
        state, "Er räumt ein: Fälle von Spekulanten, die etwas abgeben, halten sich in Grenzen.",
        (want){NF_Q_INDIRECT, "Fälle von Spekulanten, die etwas abgeben, halten sich in Grenzen",
               NULL, "räumt", "ein", "Er"});
}

static void test_subject_before_a_frame_set_off(void **state) {
    /* the subject before a frame set off by commas, its verb after: one
     * content around the frame, whoever speaks and in whatever mood */
    expect_quote(
        state, "Ted Cruz ist Senator. Die Lage, schreibt das Magazin Time, ist ernst.",
        (want){NF_Q_INDIRECT, "Die Lage", "ist ernst", "schreibt", NULL, "das Magazin Time"});
    expect_quote(state,
                 "Ted Cruz ist Senator. Cruz, schreibt das Magazin Time, bewegt sich auf einem "
                 "schmalen Grat.",
                 (want){NF_Q_INDIRECT, "Cruz", "bewegt sich auf einem schmalen Grat", "schreibt",
                        NULL, "das Magazin Time"});
    expect_quote(state, "Husam, sagt ein Betreuer, habe das Erlebte gut bewältigt.",
                 (want){NF_Q_INDIRECT, "Husam", "habe das Erlebte gut bewältigt", "sagt", NULL,
                        "ein Betreuer"});
}

static void test_time_and_phrase_after_the_verb(void **state) {
    /* a time and a phrase of a preposition between the verb and the
     * content, a modal in the content's clause; no content without a
     * finite verb ("berichten täglich mit Reportagen, Interviews und ...") */
    expect_quote(state,
                 "Gagey sagte am Montag vor den Gewerkschaftsvertretern, 2016 sollten fünf "
                 "Flugzeuge abgezogen werden.",
                 (want){NF_Q_INDIRECT, "2016 sollten fünf Flugzeuge abgezogen werden", NULL,
                        "sagte", NULL, "Gagey"});
    expect_no_quote(state,
                    "Reporter berichten täglich mit Reportagen, Interviews und Geschichten aus "
                    "dem Quartier.",
                    NULL);
}

static void test_object_after_laut_and_a_name(void **state) {
    /* "laut" and a name, then the clause's object: the name is the source */
    expect_quote(state,
                 "Peter Filzmaier ist Experte. Der Vertrag schließt laut Filzmaier Aufträge von "
                 "Parteien aus.",
                 (want){NF_Q_INDIRECT, "Der Vertrag schließt", "Aufträge von Parteien aus", "laut",
                        NULL, "Filzmaier"});
    /* a role and a name after the name stay the source ("laut Prieths Anwalt
     * Kapferer") */
    expect_quote(state,
                 "David Prieth klagt. Die Kosten dürften sich laut Prieths Anwalt Mathias "
                 "Kapferer auf 6.000 Euro belaufen.",
                 (want){NF_Q_INDIRECT, "Die Kosten dürften sich", "auf 6.000 Euro belaufen", "laut",
                        NULL, "Prieths Anwalt Mathias Kapferer"});
}

static void test_indictment_as_a_source(void **state) {
    /* "laut Anklage": the indictment is the source, the noun after it the
     * clause's object; "nach der Anklage" alone is a time */
    expect_quote(state,
                 "Der Politiker soll laut Anklage Gelder aus dem Fonds falsch verwendet haben.",
                 (want){NF_Q_INDIRECT, "Der Politiker soll",
                        "Gelder aus dem Fonds falsch verwendet haben", "laut", NULL, "Anklage"});
    expect_no_quote(state, "Nach der Anklage verließ er den Saal.", NULL);
}

static void test_number_word_in_the_speaker(void **state) {
    /* a number in words inside the speaker's phrase */
    expect_quote(state,
                 "In der Entscheidung erklärten die fünf konservativen Richter, dass die Mischung "
                 "kein Risiko darstelle.",
                 (want){NF_Q_INDIRECT, "dass die Mischung kein Risiko darstelle", NULL, "erklärten",
                        NULL, "die fünf konservativen Richter"});
}

static void test_speakers_named_beside_their_roles(void **state) {
    /* a description of the speaker, then the name in apposition: the
     * named person speaks, not the one of a like role named before */
    expect_speaker_entity(state,
                          "Der Betrag wird laut Unternehmenschef Richard Cannymeister nicht "
                          "ausreichen. Der Geschäftsführer von „Ener1“, Charles Gassenmeister, "
                          "sagte, das Investment sei gut.",
                          "das Investment sei gut", "Charles Gassenmeister");
    /* two roles of one person after the verb ("deponieren": to state, in
     * Austria) */
    expect_quote(state,
                 "Die Partnerschaft müsse sich ändern, deponierte ÖVP-Chef und "
                 "Wirtschaftsminister Reinhold Mustermann im Kurier.",
                 (want){NF_Q_INDIRECT, "Die Partnerschaft müsse sich ändern", NULL, "deponierte",
                        NULL, "ÖVP-Chef und Wirtschaftsminister Reinhold Mustermann"});
}

static void test_main_clause_after_waehrend_and_damit(void **state) {
    /* "während" as a preposition and "damit" as an adverb open a main
     * clause: the sentence in Konjunktiv goes on with the speaker before */
    expect_quote(state,
                 "Der Gouverneur teilte mit, dass die Feier gestört worden sei. Es ist "
                 "wahrscheinlich, dass die Kämpfer angriffen. Während des Überfalls sollen auch "
                 "Schüsse gefallen sein.",
                 (want){NF_Q_INDIRECT, "Während des Überfalls sollen auch Schüsse gefallen sein",
                        NULL, NULL, NULL, "Der Gouverneur"});
    expect_quote(
        state, "Der Minister sagte, der Test sei gelungen. Damit sei der Weg für einen Flug frei.",
        (want){NF_Q_INDIRECT, "Damit sei der Weg für einen Flug frei", NULL, NULL, NULL,
               "Der Minister"});
    /* a frame after them quotes the main clause */
    expect_quote(state,
                 "Damit entstehe an der Grenze ein großer Andrang, berichteten griechische Medien.",
                 (want){NF_Q_INDIRECT, "Damit entstehe an der Grenze ein großer Andrang", NULL,
                        "berichteten", NULL, "griechische Medien"});
    /* "Da" before the finite verb is the adverb */
    expect_quote(state,
                 "Dieselfahrer zahlen weniger Steuern, sagte die Ministerin. Da sei noch "
                 "Spielraum für eine Gegenfinanzierung.",
                 (want){NF_Q_INDIRECT, "Da sei noch Spielraum für eine Gegenfinanzierung", NULL,
                        NULL, NULL, "die Ministerin"});
    /* a frame closing the sentence credits it, not "demnach" inside */
    expect_quote(state,
                 "Sie bringt eine Abgabe ins Gespräch. Bei 95 Gramm wäre demnach ein Beitrag "
                 "zu zahlen, sagte die Ministerin dem Spiegel.",
                 (want){NF_Q_INDIRECT, "Bei 95 Gramm wäre demnach ein Beitrag zu zahlen", NULL,
                        "sagte", NULL, "die Ministerin"});
    /* "Während" with a subject and its verb last opens a subordinate
     * clause: the sentence goes on with the words before only where its
     * main clause is in Konjunktiv I ("Da Deutschland am Rand eines Tiefs
     * liege, werde milde Luft herangeführt"), not in the indicative */
    expect_no_quote(state,
                    "Der Minister sagte, die Lage sei ruhig. Während der Minister sprach, wartete "
                    "die Menge.",
                    "Während der Minister sprach, wartete die Menge");
    /* right after a quote, a pronoun and a verb in "-e" no list holds go
     * on with it; a verb in "-te" is as often the preterite */
    const char *t = "Der Wetterdienst warnte, es werde kalt. Dies bedinge schwere Böen. Er "
                    "sandte dann "
                    "eine Warnung.";
    expect_quote(
        state, t,
        (want){NF_Q_INDIRECT, "Dies bedinge schwere Böen", NULL, NULL, NULL, "Der Wetterdienst"});
    expect_no_quote(state, t, "Er sandte dann eine Warnung");
    expect_quote(state,
                 "Der Wetterdienst warnte vor Sturm, es werde kalt. Da Deutschland am Rand eines "
                 "Tiefs liege, werde milde Luft herangeführt.",
                 (want){NF_Q_INDIRECT,
                        "Da Deutschland am Rand eines Tiefs liege, werde milde Luft herangeführt",
                        NULL, NULL, NULL, "Der Wetterdienst"});
}

static void test_reported_identity(void **state) {
    /* "soll es sich um X handeln" reports what something is, with no
     * quote before it: the authority of the sentence before is its source */
    expect_quote(state,
                 "Die Polizei nahm am Morgen sieben Personen fest. Bei den Festgenommenen soll es "
                 "sich um Schmuggler handeln.",
                 (want){NF_Q_INDIRECT, "Bei den Festgenommenen soll es sich um Schmuggler handeln",
                        NULL, NULL, NULL, "Die Polizei"});
    /* a plan stated with "soll" is no report there */
    expect_no_quote(state,
                    "Die Polizei nahm am Morgen sieben Personen fest. Die Ermittlungen sollen im "
                    "Mai beginnen.",
                    NULL);
}

static void test_negated_frame_then_continuation(void **state) {
    /* what a speaker would not confirm is no one's words, and no
     * continuation; the sentence after it in Konjunktiv is the speaker's */
    const char *t = "Die Lieferung verzögert sich, weil die Software Fehler hat. Ein Sprecher der "
                    "Behörde wollte auf Anfrage nicht bestätigen, dass eine Forderung gestellt "
                    "werde. Dies sei eine interne Angelegenheit.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Dies sei eine interne Angelegenheit", NULL, NULL, NULL,
                        "Ein Sprecher der Behörde"});
    expect_no_quote(state, t, "dass eine Forderung gestellt werde");
    /* "nicht" before another word is no negated frame ("als nicht
     * hilfreich kritisiert") */
    expect_quote(state,
                 "Die Kanzlerin hat die Regierung als nicht hilfreich kritisiert, weil sie die "
                 "Grenzen geschlossen habe.",
                 (want){NF_Q_INDIRECT, "weil sie die Grenzen geschlossen habe", NULL, "hat", NULL,
                        "Die Kanzlerin"});
}

static void test_one_of_a_nation_by_salience(void **state) {
    /* "der 69-jährige Niederländer": one of a nation's people, with
     * adjectives, is the person just named whom the text gives no other
     * country (the noun gives it) */
    const char *t = "Guus Hiddink übernahm das Team. Die Spieler sollen verärgert spielen, meinte "
                    "der 69-jährige Niederländer.";
    expect_speaker_entity(state, t, "Die Spieler sollen verärgert spielen", "Guus Hiddink");
    nf_doc *d = th_extract(state, t);
    bool dutch = false;
    for (size_t i = 0; i < d->nentities; i++)
        if (d->entities[i].name && strcmp(d->entities[i].name, "Guus Hiddink") == 0)
            dutch = strcmp(d->entities[i].country, "NLD") == 0;
    nf_doc_free(d);
    assert_true(dutch);
    /* past one the text calls a man of another nation */
    expect_speaker_entity(state,
                          "Im Viertelfinale trifft Novak Djokovic auf den Kroaten Marin Cilic. Das "
                          "war ein schwieriges Match, sagte der Serbe.",
                          "Das war ein schwieriges Match", "Novak Djokovic");
    /* not past one whose country the text gives otherwise */
    expect_speaker_entity(
        state,
        "Der französische Minister Jean Dupont traf Kollegen. Das Treffen sei gut "
        "gewesen, sagte der Italiener.",
        "Das Treffen sei gut gewesen", "");
}

static void test_accusing_verbs(void **state) {
    /* a verb of accusing: the Vorfeld is its subject, whom it accuses the
     * dative after it */
    expect_quote(state, "Die Kampagne warf Barack Obama vor, er habe gelogen.",
                 (want){NF_Q_INDIRECT, "er habe gelogen", NULL, "warf", "vor", "Die Kampagne"});
    /* its particle after a subordinate clause set off by commas */
    expect_quote(state,
                 "Die Kampagne warf dem Senator, nachdem die Entscheidung bekannt wurde, vor, er "
                 "habe gezeigt, nur ein Politiker zu sein, der tue, was ihm nütze.",
                 (want){NF_Q_INDIRECT,
                        "er habe gezeigt, nur ein Politiker zu sein, der tue, was ihm nütze", NULL,
                        "warf", "vor", "Die Kampagne"});
}

static void test_diplomat_is_the_ambassador(void **state) {
    /* "der Diplomat" takes up the ambassador or envoy named before */
    expect_speaker_entity(state,
                          "Der Minister will den russischen Botschafter Sergej Andrejew "
                          "einbestellen. In einem Interview warf der Diplomat Warschau vor, die "
                          "Krise verschuldet zu haben.",
                          "die Krise verschuldet zu haben", "Sergej Andrejew");
}

static void test_vorfeld_of_two_prepositional_phrases(void **state) {
    /* a Vorfeld of a preposition's phrase and another's after it: the verb
     * and its subject come after both, and the subject speaks */
    expect_speaker_entity(state,
                          "Der Chef Bernd Musterloh hat die Kommission scharf angegriffen. In dem "
                          "Verfahren vor dem Gerichtshof sieht Musterloh einen Angriff, es stehe "
                          "im Gegensatz zur Marktwirtschaft.",
                          "es stehe im Gegensatz zur Marktwirtschaft", "Bernd Musterloh");
    /* so with a name and its number, "zusammen mit" and phrases joined by
     * "und": the subject of the verb "und" goes on from speaks */
    expect_speaker_entity(state,
                          "Bernd Musterloh flog zum Mond. Nach dem Flug mit Apollo 11 zusammen "
                          "mit Hans Beispiel und Karl Muster lenkte er die Fähre zu einem "
                          "Landeplatz und meldete sich mit den Worten: „Wir sind gelandet.“",
                          "Wir sind gelandet.", "Bernd Musterloh");
}

static void test_focus_adverb_before_fronted_object(void **state) {
    /* "Genau das fordern nun X": "genau" is an adverb, the object after it
     * fronted; the subject after the verb speaks on in the next sentence */
    expect_quote(state,
                 "Einen Kodex gibt es nicht. Genau das fordern nun Aktivisten. Denn derzeit "
                 "müsse jede Firma eigene Regeln entwickeln.",
                 (want){NF_Q_INDIRECT, "Denn derzeit müsse jede Firma eigene Regeln entwickeln",
                        NULL, NULL, NULL, "Aktivisten"});
}

static void test_demnach_points_to_the_source_just_quoted(void **state) {
    /* "demnach" is the source of the quote that ends in its sentence or the
     * one before (here a quote carried on over two sentences), no one
     * further back */
    expect_speaker_entity(state,
                          "Nach Angaben der Polizei wurden in Musterstadt drei Menschen verletzt. "
                          "Die Täter hätten den Angriff am Abend gestartet. Bei der Flucht seien "
                          "sie gesehen worden. Unter den Opfern waren demnach auch zwei Kinder.",
                          "Unter den Opfern waren", "Polizei");
    expect_speaker_entity(state,
                          "Die Polizei teilte mit, der Täter sei geflohen. Die Fahndung läuft "
                          "seit Mai. Ein Bericht erschien im Juni. Im Ausland sei er demnach nicht "
                          "gesehen worden.",
                          "Im Ausland sei er", "");
}

static void test_fragment_in_the_frame_is_the_speakers(void **state) {
    /* a quotation the frame's verb takes as its object, before the
     * content, is the speaker's words */
    expect_quote(
        state,
        "Musterloh sieht darin einen „Angriff gegen die Belegschaft“, es stehe im "
        "Gegensatz zur Marktwirtschaft.",
        (want){NF_Q_DIRECT, "Angriff gegen die Belegschaft", NULL, "sieht", NULL, "Musterloh"});
    /* so is one in the content before an infinitive with "zu", which has
     * no subject to speak */
    expect_quote(state,
                 "Sie warf der Regierung vor, die Euphorie auszunutzen, um diese „massiven "
                 "Einschränkungen der Grundrechte“ zu beschließen.",
                 (want){NF_Q_DIRECT, "massiven Einschränkungen der Grundrechte", NULL, "warf",
                        "vor", "Sie"});
}

static void test_declaring_something_frames_nothing(void **state) {
    /* "für zulässig erklären" declares its object so: no words framed */
    expect_no_quote(state,
                    "Solche Klauseln hat das Gericht nur selten für zulässig erklärt, zum "
                    "Beispiel wenn es um nationale Interessen geht.",
                    NULL);
    expect_quote(
        state, "Der Minister hat erklärt, die Wahl sei ungültig.",
        (want){NF_Q_INDIRECT, "die Wahl sei ungültig", NULL, "erklärt", NULL, "Der Minister"});
}

static void test_coordinated_vorfeld_before_a_singular_verb(void **state) {
    /* a verb in the singular has no coordinated subject: the Vorfeld is
     * its object, the subject follows; two roles of one person and a
     * plural verb keep their subject */
    expect_quote(state,
                 "Die Äußerungen Hubers und Maiers bezeichnete Wendelin Musterloh als „Knaller "
                 "aus Karlsruhe“.",
                 (want){NF_Q_DIRECT, "Knaller aus Karlsruhe", NULL, "bezeichnete", "als",
                        "Wendelin Musterloh"});
    expect_quote(state, "Hart und erniedrigend nannte Wendelin Musterloh das Abkommen.",
                 (want){NF_Q_REPORTED,
                        "Hart und erniedrigend nannte Wendelin Musterloh das Abkommen", NULL,
                        "nannte", NULL, "Wendelin Musterloh"});
    expect_quote(state, "Gouverneur und EZB-Rat Ewald Beispiel sagte, die Lage sei ernst.",
                 (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "sagte", NULL,
                        "Gouverneur und EZB-Rat Ewald Beispiel"});
}

static void test_source_ends_before_a_genitive_of_the_content(void **state) {
    /* a name in the genitive before an adjective and a noun opens the
     * content's noun phrase, no part of the source after "laut" */
    expect_quote(state, "Hintergrund ist laut Polizei Müllers riskante Fahrweise gewesen.",
                 (want){NF_Q_INDIRECT, "Hintergrund ist", "Müllers riskante Fahrweise gewesen",
                        "laut", NULL, "Polizei"});
}

static void test_org_noun_in_the_organisations_name(void **state) {
    /* "die Bank" is the organisation named before whose name holds the
     * word, whatever kind of body its lists say it is */
    expect_speaker_entity(state,
                          "Die Bank of England hat Konten gesperrt. Die Bank beruft sich darauf, "
                          "dass die Freigabe dem Kampf gegen den Terror diene.",
                          "dass die Freigabe dem Kampf gegen den Terror diene", "Bank of England");
}

static void test_lower_case_organisation_after_its_noun(void **state) {
    /* an organisation's name written in lower case after its noun is that
     * organisation, as a capitalised one is ("Die Gewerkschaft IG Metall") */
    expect_speaker_entity(state,
                          "Der arabische Fernsehsender al-Dschasira hatte berichtet, in den "
                          "Sachen seien Spuren gefunden worden.",
                          "in den Sachen seien Spuren gefunden worden", "al-Dschasira");
    expect_speaker_entity(state, "Die Gewerkschaft ver.di erklärte, es werde zu Streiks kommen.",
                          "es werde zu Streiks kommen", "ver.di");
}

static void test_festhalten_frames_indirect_speech(void **state) {
    /* "hielt ... fest, dass", "hat festgehalten, dass": a statement, after
     * a fronted clause too; "hielt die Frau fest" holds her */
    expect_quote(state,
                 "Wenn Flüchtlinge kommen, hielt Doskozil dazu fest, dass die Republik nicht in "
                 "der Pflicht sei.",
                 (want){NF_Q_INDIRECT, "dass die Republik nicht in der Pflicht sei", NULL, "hielt",
                        "fest", "Doskozil"});
    expect_quote(state, "Die Polizei hat festgehalten, dass der Mann unschuldig sei.",
                 (want){NF_Q_INDIRECT, "dass der Mann unschuldig sei", NULL, "festgehalten", NULL,
                        "Die Polizei"});
    expect_no_quote(state, "Zusammen hielten sie die Frau fest.", NULL);
}

static void test_subordinate_clause_frames_nothing(void **state) {
    /* "Auch wenn Flüchtlinge kommen, ...": a clause of a subordinating
     * conjunction is no speaker's frame, the conjunction no cue */
    nf_doc *d = th_extract(state, "Auch wenn Flüchtlinge kommen, hielt der Minister dazu an, dass "
                                  "die Republik nicht in der Pflicht sei.");
    for (size_t i = 0; i < d->nquotes; i++) {
        const nf_seg sp = d->quotes[i].speaker;
        assert_true(sp.tb <= sp.ta);
    }
    nf_doc_free(d);
}

static void test_wie_berichtet_is_no_frame(void **state) {
    /* "wie berichtet", "wie angekündigt": the paper's own earlier report */
    const char *t = "Die Ministerin vertritt wie berichtet die Meinung, dass es Kernzeiten geben "
                    "sollte.";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    nf_doc_free(d);
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "dass es Kernzeiten geben sollte", NULL, "vertritt",
                        "Meinung", "Die Ministerin"});
}

static void test_coordinated_source_after_nach_and_laut(void **state) {
    /* the source's phrase goes on over "und" and a second phrase the
     * clause's verb follows: the content does not begin with "und" */
    expect_quote(state, "Nach Angaben von Polizei und Feuerwehr wurden zwei Menschen verletzt.",
                 (want){NF_Q_INDIRECT, "wurden zwei Menschen verletzt", NULL, "Nach", NULL,
                        "Angaben von Polizei und Feuerwehr"});
    expect_quote(state, "Zwei Menschen wurden laut Polizei und Feuerwehr schwer verletzt.",
                 (want){NF_Q_INDIRECT, "Zwei Menschen wurden", "schwer verletzt", "laut", NULL,
                        "Polizei und Feuerwehr"});
    /* nor the words' origin after "aus": a place, an organisation or
     * circles (not the verb's "aus") */
    expect_quote(
        state, "Laut Berichten aus Moskau kommt das Gesetz 2017.",
        (want){NF_Q_INDIRECT, "kommt das Gesetz 2017", NULL, "Laut", NULL, "Berichten aus Moskau"});
    expect_quote(state, "Nach Angaben aus Bankenkreisen wurden 500 Millionen Euro abgehoben.",
                 (want){NF_Q_INDIRECT, "wurden 500 Millionen Euro abgehoben", NULL, "Nach", NULL,
                        "Angaben aus Bankenkreisen"});
    expect_quote(state, "Die Liste setzt sich laut Bericht aus jenen Produkten zusammen.",
                 (want){NF_Q_INDIRECT, "Die Liste setzt sich", "aus jenen Produkten zusammen",
                        "laut", NULL, "Bericht"});
    /* not the clause's own "und" */
    expect_quote(state, "Laut Polizei wurde der Mann festgenommen und die Frau verletzt.",
                 (want){NF_Q_INDIRECT, "wurde der Mann festgenommen und die Frau verletzt", NULL,
                        "Laut", NULL, "Polizei"});
}

static void test_spokesperson_compounds_no_list_holds(void **state) {
    /* an institution's spokesperson by a compound no list holds speaks for
     * the institution named before ("Parlament" for the Bundestag, a
     * legislature), or for the listed one the compound names */
    expect_speaker_entity(state,
                          "Das IT-System des Deutschen Bundestags lief wieder. Das System ging "
                          "ans Netz, wie eine Parlamentssprecherin bestätigte.",
                          "Das System ging ans Netz", "Deutschen Bundestags");
    expect_speaker_entity(state, "Der Mann sei geflohen, sagte ein Bundestagssprecher.",
                          "Der Mann sei geflohen", "Bundestag");
}

static void test_second_frame_joined_after_a_frame(void **state) {
    /* "A, meinte X, und Y ergänzte: B": B is Y's, no rest of X's quote;
     * "A, antwortet er, aber ich denke, ..." goes on quoting */
    const char *t = "Es hätte sich keiner beschweren dürfen, meinte Marko Stankovic, und Kristijan "
                    "Dobras ergänzte: Ein Sieg wäre verdient gewesen.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Es hätte sich keiner beschweren dürfen", NULL, "meinte",
                        NULL, "Marko Stankovic"});
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Ein Sieg wäre verdient gewesen", NULL, "ergänzte", NULL,
                        "Kristijan Dobras"});
    expect_quote(
        state, "Gar nichts, antwortet er, aber ich wache auf und denke, dass es richtig ist.",
        (want){NF_Q_INDIRECT, "Gar nichts", "aber ich wache auf und denke, dass es richtig ist",
               "antwortet", NULL, "er"});
}

static void test_wie_frame_inside_a_framed_sentence(void **state) {
    /* "A, wie X behaupte, B, sagte Y": B ends before Y's frame, and Y
     * quotes the whole, the "wie" clause in it */
    const char *t = "Von einer Abarbeitung, wie der Minister behaupte, kann keine Rede sein, sagte "
                    "Rossmann.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Von einer Abarbeitung", "kann keine Rede sein", "behaupte",
                        NULL, "der Minister"});
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT,
                        "Von einer Abarbeitung, wie der Minister behaupte, kann keine Rede sein",
                        NULL, "sagte", NULL, "Rossmann"});
}

static void test_speaker_after_adjectives_and_their_adverbs(void **state) {
    /* a name after its article and adjectives names the speaker, an
     * adjective used as an adverb before them too ("das finanziell
     * angeschlagene Venezuela") */
    expect_quote(state, "Nun forderte das angeschlagene Venezuela eine Reduzierung.",
                 (want){NF_Q_REPORTED, "Nun forderte das angeschlagene Venezuela eine Reduzierung",
                        NULL, "forderte", NULL, "das angeschlagene Venezuela"});
    expect_quote(state,
                 "Während Saudi-Arabien nichts ändern wollte, plädierte das finanziell "
                 "angeschlagene Venezuela für eine Reduzierung.",
                 (want){NF_Q_REPORTED,
                        "plädierte das finanziell angeschlagene Venezuela für eine Reduzierung",
                        NULL, "plädierte", NULL, "das finanziell angeschlagene Venezuela"});
}

static void test_main_clause_resumes_after_a_nouns_content(void **state) {
    /* a phrase and the particle that closes the main clause after reported
     * speech resume that clause: no more of the content */
    expect_quote(state,
                 "Er trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, mit den "
                 "Worten entgegen, das Gericht sei ein irakisches.",
                 (want){NF_Q_INDIRECT, "das Gericht sei nicht legitim", NULL, "Vorwurf", NULL,
                        "der Verteidigung"});
}

/* A clause in a Konjunktiv I the lists do not hold ("dauere") frames no
 * content after its comma when its subject names no one: the sentence
 * goes on with the words reported before; with one who may speak it is
 * that one's ("Er baue darauf, dass ..."). */
static void test_unlisted_konjunktiv_frames_nothing(void **state) {
    expect_quote(state,
                 "Eine Sprecherin des Gerichts konnte den Eingang der Klage nicht bestätigen. "
                 "Erfahrungsgemäß dauere es aber einige Zeit, bis die Klage erfasst sei.",
                 (want){NF_Q_INDIRECT,
                        "Erfahrungsgemäß dauere es aber einige Zeit, bis die Klage erfasst sei",
                        NULL, NULL, NULL, "Eine Sprecherin des Gerichts"});
    expect_quote(state,
                 "Der Kandidat legte sich nicht fest. Er baue darauf, dass die Wähler ihn "
                 "unterstützen, was legitim sei.",
                 (want){NF_Q_INDIRECT, "dass die Wähler ihn unterstützen, was legitim sei", NULL,
                        "baue", NULL, "Er"});
}

/* A clause in the indicative after a comma that closes with its finite
 * verb, or has a preposition right after its article and noun, is a
 * relative clause on the noun before the comma, no content; a main
 * clause, reported "soll" and a zu-infinitive's phrase stay contents. */
static void test_relative_clause_is_no_content(void **state) {
    expect_no_quote(state,
                    "In dem Buch hatte Schwan ausführlich aus Tonbändern zitiert, die Kohl für "
                    "seine Memoiren angefertigt hatte.",
                    NULL);
    expect_quote(
        state, "Sie erklärte, die Regierung hatte keine Wahl.",
        (want){NF_Q_INDIRECT, "die Regierung hatte keine Wahl", NULL, "erklärte", NULL, "Sie"});
    expect_quote(state,
                 "Der Rat beschloss, die Hilfsgelder für Syrien, Jordanien und den Libanon "
                 "aufzustocken.",
                 (want){NF_Q_INDIRECT,
                        "die Hilfsgelder für Syrien, Jordanien und den Libanon aufzustocken", NULL,
                        "beschloss", NULL, "Der Rat"});
}

/* The first person in parentheses is an aside in the speaker's words, no
 * sign that the writer speaks: the reported words go on; outside them it
 * is the writer's own sentence. */
static void test_first_person_aside_in_parentheses(void **state) {
    expect_quote(state,
                 "Der Kandidat Norbert Huber strahlte: Sechs Monate sei es her, dass er sich eine "
                 "Pistole gekauft hat (ich schieße gern!).",
                 (want){NF_Q_INDIRECT,
                        "Sechs Monate sei es her, dass er sich eine Pistole gekauft hat (ich "
                        "schieße gern!)",
                        NULL, NULL, NULL, "Der Kandidat Norbert Huber"});
    expect_no_quote(state,
                    "Der Kandidat Norbert Huber strahlte: Sechs Monate sei es her, dass ich eine "
                    "Pistole gekauft habe.",
                    NULL);
}

/* A pronoun and a verb of saying in the indicative after a comma open a
 * frame of their own, no content of the verb before; in the Konjunktiv
 * they go on with the words reported. */
static void test_own_frame_after_a_comma(void **state) {
    expect_quote(state, "Sie nennen es einen Zwang, ich sage, es gibt klare Regeln.",
                 (want){NF_Q_INDIRECT, "es gibt klare Regeln", NULL, "sage", NULL, "ich"});
    expect_quote(state, "Der Minister sagte, er glaube, die Lage sei ernst.",
                 (want){NF_Q_INDIRECT, "er glaube, die Lage sei ernst", NULL, "sagte", NULL,
                        "Der Minister"});
    expect_quote(state, "Die Frau sagte, sie befürchte, dass die Strafe fortgesetzt werde.",
                 (want){NF_Q_INDIRECT, "sie befürchte, dass die Strafe fortgesetzt werde", NULL,
                        "sagte", NULL, "Die Frau"});
}

/* A statement noun that names whose statement it is quotes that owner
 * before any verb of the sentence takes the clause as its own. */
static void test_statement_noun_owner_before_verbs(void **state) {
    /* the verb acts on the noun; the particle closes its clause */
    expect_quote(state,
                 "Der Minister trat dem Vorwurf der Opposition, die Wahl sei gefälscht worden, "
                 "am Montag entschieden entgegen.",
                 (want){NF_Q_INDIRECT, "die Wahl sei gefälscht worden", NULL, "Vorwurf", NULL,
                        "der Opposition"});
    /* the verb answers it with a content of its own */
    expect_quote(
        state,
        "Auf die Kritik der Grünen, das Gesetz komme zu spät, antwortete der Minister, "
        "man habe lange verhandelt.",
        (want){NF_Q_INDIRECT, "das Gesetz komme zu spät", NULL, "Kritik", NULL, "der Grünen"});
    expect_quote(state,
                 "Auf die Kritik der Grünen, das Gesetz komme zu spät, antwortete der Minister, "
                 "man habe lange verhandelt.",
                 (want){NF_Q_INDIRECT, "man habe lange verhandelt", NULL, "antwortete", NULL,
                        "der Minister"});
    /* a phrase with "von" opens the clause of a verb that voices the noun;
     * a relative clause goes on with the content */
    expect_quote(state,
                 "Von der Bahn kam am Abend die Nachricht, der Zug sei entgleist, der aus Hamburg "
                 "gekommen sei.",
                 (want){NF_Q_INDIRECT, "der Zug sei entgleist, der aus Hamburg gekommen sei", NULL,
                        "Nachricht", NULL, "der Bahn"});
    /* a noun a preposition governs is the verb's content */
    expect_speakers(state,
                    "Der Senator sagte zu dem internen Bericht des russischen Außenministeriums, "
                    "es habe einen Plan gegeben.",
                    "es habe einen Plan gegeben", (const char *const[]){"Der Senator", NULL});
    /* the noun inside another's words, past a relative clause */
    expect_quote(state,
                 "Die Forderung der Gewerkschaft, die Löhne zu erhöhen, die seit Jahren "
                 "stagnierten, sei berechtigt, sagte der Minister.",
                 (want){NF_Q_INDIRECT,
                        "Die Forderung der Gewerkschaft, die Löhne zu erhöhen, die seit Jahren "
                        "stagnierten, sei berechtigt",
                        NULL, "sagte", NULL, "der Minister"});
    /* news received is no one's statement */
    expect_no_quote(state,
                    "Sie haben die Nachricht, dass sie nicht weiterfahren dürfen, noch nicht "
                    "verdaut.",
                    NULL);
}

static void test_ergeben_sich_is_no_finding(void **state) {
    /* "ergaben sich Komplikationen", "Dies ergibt sich aus ...": they arose,
     * no one found or said them ("Die Studie ergab, dass ..." did) */
    expect_no_quote(state,
                    "Doch hier ergaben sich noch größere Komplikationen: Apple plante, auch "
                    "Fernsehen anzubieten.",
                    NULL);
    expect_no_quote(state, "Dies ergibt sich aus der Inflation im relevanten Zeitraum.", NULL);
    /* "die sich auf Reisen versichern" insure themselves */
    expect_no_quote(state,
                    "Bei den Reisenden, die sich auf Reisen versichern, liege Österreich vorn.",
                    "liege Österreich vorn");
    expect_no_quote(state, "Wenn es sich ergibt, hocke ich mit einem Witwer zusammen.", NULL);
    expect_quote(
        state, "Die Studie ergab, dass Kinder mehr schlafen.",
        (want){NF_Q_INDIRECT, "dass Kinder mehr schlafen", NULL, "ergab", NULL, "Die Studie"});
}

static void test_addressee_and_expletive_speak_not(void **state) {
    /* "Ihrer Meinung nach" opening a sentence is hers (inside one it asks
     * the addressee: test_possessive_source) */
    expect_quote(state, "Die Ministerin ist zufrieden. Ihrer Meinung nach ist die Lage gut.",
                 (want){NF_Q_INDIRECT, "ist die Lage gut", NULL, "nach", NULL, "Ihrer Meinung"});
    /* the expletive "es" before an infinitive's frame is no speaker */
    expect_quote(state,
                 "Es ist eine reine Fiktion zu sagen: Würden die Beamten nicht in Bayern stehen, "
                 "wären sie in Köln gewesen.",
                 (want){NF_Q_INDIRECT,
                        "Würden die Beamten nicht in Bayern stehen, wären sie in Köln gewesen",
                        NULL, "sagen", NULL, NULL});
}

static void test_beide_speak(void **state) {
    /* "Beide" alone takes up the two named before and speaks; "Beide
     * Verträge" are things */
    expect_quote(state,
                 "Am Rande traf sich Al Gore mit Angela Merkel. Beide riefen gemeinsam zum Kampf "
                 "gegen den Klimawandel auf.",
                 (want){NF_Q_REPORTED, "Beide riefen gemeinsam zum Kampf gegen den Klimawandel auf",
                        NULL, "riefen", "auf", "Beide"});
    expect_no_quote(state, "Beide Verträge sehen den Verkauf von 50 Fahrzeugen vor.", NULL);
}

static void test_possessive_mein_is_no_verb(void **state) {
    /* "meine", "meinen" before a noun are the possessive, not the verb */
    expect_no_quote(state,
                    "In den sechs Monaten bestand meine Hauptaufgabe darin, Ruhe in die "
                    "Organisation zu bringen.",
                    NULL);
    expect_no_quote(state, "Ich erlebe in meinen Seminaren, dass die Ergebnisse schwanken.", NULL);
    /* the verb: "Experten meinen, ...", "..., meinen Experten" */
    expect_quote(
        state, "Viele Experten meinen, die Lage sei ernst.",
        (want){NF_Q_INDIRECT, "die Lage sei ernst", NULL, "meinen", NULL, "Viele Experten"});
    expect_quote(state, "Die Lage sei ernst, meinen Experten.",
                 (want){NF_Q_INDIRECT, "Die Lage sei ernst", NULL, "meinen", NULL, "Experten"});
}

static void test_what_something_is_frames_nothing(void **state) {
    /* "ist", "war" before a clause in Konjunktiv frame it only after a
     * statement's noun; the Konjunktiv of "als dass" is grammar */
    expect_quote(state, "Seine zentrale Aussage ist, dass der Missbrauch gerechtfertigt werde.",
                 (want){NF_Q_INDIRECT, "dass der Missbrauch gerechtfertigt werde", NULL, "ist",
                        NULL, "Seine zentrale Aussage"});
    expect_no_quote(state, "Er ist zu krank, als dass er noch arbeiten könne.", NULL);
    expect_no_quote(state,
                    "Dornhelm ist kein Kenner, vor den Dreharbeiten habe er nur einen gesehen.",
                    "vor den Dreharbeiten habe er nur einen gesehen");
}

static void test_laut_as_an_adverb(void **state) {
    /* "laut" before a participle or a form of "sein" means "loudly":
     * no source, and the quote's speaker stays the frame's */
    expect_quote(state, "Andere sagten, sie habe laut geschrien.",
                 (want){NF_Q_INDIRECT, "sie habe laut geschrien", NULL, "sagten", NULL, "Andere"});
    expect_no_quote(state, "Andere sagten, sie habe laut geschrien.", "Andere sagten, sie habe");
    expect_quote(
        state, "Am Abend sei es dort laut gewesen, hieß es.",
        (want){NF_Q_INDIRECT, "Am Abend sei es dort laut gewesen", NULL, "hieß es", NULL, NULL});
}

static void test_order_and_robustness(void **state) {
    const char *t = "Laut Polizei ist die Lage ruhig. „Wir bleiben wachsam“, sagte ein Sprecher.";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 2);
    assert_true(d->quotes[0].spans[0].ta < d->quotes[1].spans[0].ta);
    nf_doc_free(d);
    /* Unpaired marks, empty quotes and marks alone do no harm. */
    expect_no_quote(state, "„“ „ “ \" sagte", NULL);
    expect_no_quote(state, "", NULL);
    /* a marker or a frame at the text's start with nothing before it */
    for (const char *const *x = (const char *const[]){", wonach die Lage ernst sei.", "Ja, wonach?",
                                                      ", laut.", "Sagte er: Das ist gut.",
                                                      "Betonte sie: Die Lage sei ernst.", NULL};
         *x; x++)
        nf_doc_free(th_extract(state, *x));
}

/* A verb of saying after "und" that follows a frame opening its clause
 * with its verb shares the frame's subject, not the sentence's first
 * words, which stand inside what was said. */
static void test_frame_then_und(void **state) {
    expect_quote(state, "Wir sind dafür, sagte der Minister am Montag und fügte hinzu: Das reicht.",
                 (want){NF_Q_INDIRECT, "Das reicht", NULL, "fügte", "hinzu", "der Minister"});
    expect_quote(state, "Ich bin dafür, sagte er und fügte hinzu, das sei schlecht.",
                 (want){NF_Q_INDIRECT, "das sei schlecht", NULL, "fügte", "hinzu", "er"});
    expect_quote(state, "Ich bin dafür, sagt Kurz – und fügt triumphierend an: Das fordern alle.",
                 (want){NF_Q_INDIRECT, "Das fordern alle", NULL, "fügt", "an", "Kurz"});
    /* (a comma that closes an apposition to the subject: the verb after
     * it is the main clause's, its noun phrase the object) */
    expect_quote(state,
                 "Einer der Putschisten, Harouna Adamou, dankte den Menschen für ihre Hilfe und "
                 "ergänzte, der Staatsstreich sei im Interesse des Landes.",
                 (want){NF_Q_INDIRECT, "der Staatsstreich sei im Interesse des Landes", NULL,
                        "ergänzte", NULL, "Einer der Putschisten"});
}

/* Verbs of saying, objecting, confessing and speculating frame quotes;
 * "bekannte" stays an adjective ("der als König bekannte Mann") and
 * "protestierte gegen" names no content. */
static void test_more_verbs_of_saying(void **state) {
    /* "anregen": to propose */
    expect_quote(state, "Zudem regte ein Sprecher der Regierung eine unabhängige Untersuchung an.",
                 (want){NF_Q_REPORTED, "*", NULL, "regte", "an", "ein Sprecher der Regierung"});
    expect_quote(state, "Die Generalprokuratur moniert, dass wesentliche Ergebnisse fehlen.",
                 (want){NF_Q_INDIRECT, "dass wesentliche Ergebnisse fehlen", NULL, "moniert", NULL,
                        "Die Generalprokuratur"});
    expect_quote(state, "Sie sind ein Team, beharrt Wright bei einer Telefonkonferenz.",
                 (want){NF_Q_INDIRECT, "Sie sind ein Team", NULL, "beharrt", NULL, "Wright"});
    expect_quote(state, "Der Abgeordnete Peter Pilz prophezeit: Diesen Wettbewerb gewinnt keiner.",
                 (want){NF_Q_INDIRECT, "Diesen Wettbewerb gewinnt keiner", NULL, "prophezeit", NULL,
                        "Der Abgeordnete Peter Pilz"});
    /* "schließen daraus": to infer, whose content the dass-clause says */
    expect_quote(state, "Beobachter schließen daraus, dass die Armee nicht mitzieht.",
                 (want){NF_Q_INDIRECT, "dass die Armee nicht mitzieht", NULL, "schließen", "daraus",
                        "Beobachter"});
    expect_quote(state, "Die Organisatoren gestanden ein, dass ihnen das Kind nicht gefiel.",
                 (want){NF_Q_INDIRECT, "dass ihnen das Kind nicht gefiel", NULL, "gestanden", "ein",
                        "Die Organisatoren"});
    expect_quote(
        state, "Die Regierung hatte darüber spekuliert, die Bank zu beteiligen.",
        (want){NF_Q_INDIRECT, "die Bank zu beteiligen", NULL, "spekuliert", NULL, "Die Regierung"});
    expect_quote(
        state, "Man deutete an, die Proteste steigern zu wollen.",
        (want){NF_Q_INDIRECT, "die Proteste steigern zu wollen", NULL, "deutete", "an", "Man"});
    expect_no_quote(state,
                    "Der als König bekannte Mann soll die Familie bedroht haben, was zu seiner "
                    "Festnahme führte.",
                    NULL);
    expect_no_quote(state, "Die Fraktion protestierte dagegen, dass sie neben der NPD sitzen muss.",
                    NULL);
    /* verbs of the manner of speaking frame a direct quote before them */
    expect_quote(state, "„Das war ein schönes Spiel“, freute sich Trainer Peter Stöger.",
                 (want){NF_Q_DIRECT, "Das war ein schönes Spiel", NULL, "freute", NULL,
                        "Trainer Peter Stöger"});
    expect_quote(
        state, "„So schlecht bin ich nicht“, wehrte sich der Spanier.",
        (want){NF_Q_DIRECT, "So schlecht bin ich nicht", NULL, "wehrte", NULL, "der Spanier"});
    expect_quote(state, "„Kein Problem“, winkte der Minister ab.",
                 (want){NF_Q_DIRECT, "Kein Problem", NULL, "winkte", "ab", "der Minister"});
    /* an article or a contribution is a statement's noun: its outlet
     * speaks; after "nach" with no source it names a time, and a law's
     * article before its number is none */
    expect_speaker_entity(state, "Laut einem Artikel der Zeitung Die Welt ist der Minister müde.",
                          "ist der Minister müde", "Die Welt");
    expect_no_quote(state, "Der Journalist wurde nach kritischen Artikeln entführt.", NULL);
    expect_no_quote(state, "Nach Artikel 5 des Grundgesetzes ist die Presse frei.", NULL);
}

/* A participle set off by commas after reported speech, its auxiliary
 * and subject shared with the frame before ("hatte angegeben, ..., jedoch
 * stets beteuert, ..."), closes that content and opens a frame of its own
 * with the same speaker. */
static void test_participle_shares_the_frame_before(void **state) {
    const char *t = "Die Ministerin hatte Fehler eingeräumt und angegeben, sie habe nicht "
                    "sorgfältig gearbeitet, jedoch stets beteuert, nicht absichtlich getäuscht zu "
                    "haben.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "sie habe nicht sorgfältig gearbeitet", NULL, "angegeben",
                        NULL, "Die Ministerin"});
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "nicht absichtlich getäuscht zu haben", NULL, "beteuert",
                        NULL, "Die Ministerin"});
}

/* A "zu" right before a verb marks its infinitive, no separable particle:
 * "zu geben" is no "zugeben", "zu sichern" no "zusichern". */
static void test_zu_before_the_verb_is_no_particle(void **state) {
    expect_no_quote(state,
                    "In der Regierung scheint es nur noch Streit über die Frage zu geben, ob die "
                    "Daten gespeichert werden sollen.",
                    NULL);
    expect_no_quote(state,
                    "Sollten die Länder nicht in der Lage sein, ihre Grenzen zu sichern, dann "
                    "würde eine Eingreiftruppe helfen.",
                    NULL);
    /* (and the expletive "es" before such an infinitive is no speaker) */
    expect_quote(
        state, "Es ist zu begrüßen, dass die Stadt neue Radwege baut.",
        (want){NF_Q_INDIRECT, "dass die Stadt neue Radwege baut", NULL, "begrüßen", NULL, NULL});
}

/* "welches" before a word in lower case that is no article, pronoun or
 * adjective opens a relative clause, no content; before an adjective or
 * an article it asks. */
static void test_welches_opens_a_relative_clause(void **state) {
    expect_no_quote(state,
                    "Der Veranstalter informierte die Botschaft, die wiederum das Ministerium "
                    "informierte, welches daraufhin einen Krisenstab einrichtete.",
                    NULL);
    expect_quote(state, "Die Reporter fragten, welche neuen Regeln gelten sollen.",
                 (want){NF_Q_INDIRECT, "welche neuen Regeln gelten sollen", NULL, "fragten", NULL,
                        "Die Reporter"});
    expect_quote(state, "Sie fragte, welcher der Kandidaten gewinnen werde.",
                 (want){NF_Q_INDIRECT, "welcher der Kandidaten gewinnen werde", NULL, "fragte",
                        NULL, "Sie"});
}

/* A negation in a clause after the act's own (a condition, a reason) does
 * not negate the act; one in the act's clause does, and a condition in
 * the Konjunktiv I stays the speaker's words, quoted on its own. */
static void test_negation_in_a_clause_after_the_act(void **state) {
    expect_quote(state,
                 "Die Gewerkschaft droht mit weiteren Streiks, sollte der Arbeitgeber kein "
                 "Angebot vorlegen.",
                 (want){NF_Q_REPORTED,
                        "Die Gewerkschaft droht mit weiteren Streiks, sollte der Arbeitgeber kein "
                        "Angebot vorlegen",
                        NULL, "droht", "mit", "Die Gewerkschaft"});
    expect_no_quote(state, "Die Gewerkschaft forderte keine höheren Löhne.", NULL);
    expect_no_quote(state,
                    "Der Präsident hat sein Veto gegen das Gesetz angekündigt, falls es nicht "
                    "geändert werde.",
                    "Der Präsident hat sein Veto gegen das Gesetz angekündigt, falls es nicht "
                    "geändert werde");
}

/* "der" before a noun of a feminine ending ("Zeitung", "Regierung") opens
 * a dative, the addressee: the name after the verb speaks. */
static void test_fronted_dative_of_a_feminine_noun(void **state) {
    expect_quote(state, "Der Zeitung sagte Beckenbauer, er habe einen Brief geschrieben.",
                 (want){NF_Q_INDIRECT, "er habe einen Brief geschrieben", NULL, "sagte", NULL,
                        "Beckenbauer"});
    expect_quote(state, "Der Bezirksvertretung spricht der Stadtrat gar Lob aus.",
                 (want){NF_Q_REPORTED, "Der Bezirksvertretung spricht der Stadtrat gar Lob aus",
                        NULL, "spricht", "aus", "der Stadtrat"});
}

/* A clause of "als" after a clause with a subject is no content of that
 * clause's verb: the sentence goes on with the speaker before. */
static void test_als_clause_is_no_content(void **state) {
    const char *t = "Der Minister sagte, die Lage sei ernst. Zudem wollten die Briten ihre Autos "
                    "schneller bauen, als es Rivalen in Deutschland gelinge.";
    expect_no_quote(state, t, "als es Rivalen in Deutschland gelinge");
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT,
                        "Zudem wollten die Briten ihre Autos schneller bauen, als es Rivalen in "
                        "Deutschland gelinge",
                        NULL, NULL, NULL, "Der Minister"});
}

/* "laut X" closing a sentence a verb's frame already quotes says where
 * that frame was read: no quote of its own. */
static void test_laut_closing_a_framed_sentence(void **state) {
    const char *t = "Ziel sei es, mehr Autos zu bauen, sagte der Manager Hans Muster der Zeitung "
                    "laut Vorausbericht.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "Ziel sei es, mehr Autos zu bauen", NULL, "sagte", NULL,
                        "der Manager Hans Muster"});
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    nf_doc_free(d);
    /* (also before a time that ends the sentence) */
    t = "Die Werft baue ein zweites Schiff, sagte ein Sprecher des Ministeriums laut Staatsmedien "
        "am Donnerstag.";
    d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    nf_doc_free(d);
}

/* "sie" after a verb whose Vorfeld is headed by a person's noun is the
 * verb's object, as after a name: the noun phrase speaks. */
static void test_sie_after_a_persons_noun_is_the_object(void **state) {
    expect_quote(state,
                 "Die Studie liegt vor. Der Geschäftsführer des Verbands nannte sie „fahrlässig“.",
                 (want){NF_Q_DIRECT, "fahrlässig", NULL, "nannte", NULL,
                        "Der Geschäftsführer des Verbands"});
}

/* "Der Kläger", "Der Mitarbeiter" as speakers take up the person named
 * before, as other nouns of persons do. */
static void test_plaintiff_and_employee_speak(void **state) {
    expect_speaker_entity(state,
                          "Roland Beispiel hat kein Gehalt bekommen. Der Kläger sagte, er sei "
                          "gemobbt worden.",
                          "er sei gemobbt worden", "Roland Beispiel");
    expect_speaker_entity(state,
                          "Roland Beispiel hat kein Gehalt bekommen. Der Mitarbeiter sagte, er sei "
                          "gemobbt worden.",
                          "er sei gemobbt worden", "Roland Beispiel");
}

/* A verb after "und" right after a quotation opens a predicate of its
 * own: it frames no quotation, and its subject is the sentence's, not
 * that of the reported clause before it. */
static void test_und_verb_after_reported_speech(void **state) {
    expect_quote(
        state,
        "Die Ministerin erklärte, der Plan sei „ein schwerer Fehler“ und forderte einen "
        "Neuanfang.",
        (want){NF_Q_DIRECT, "ein schwerer Fehler", NULL, "erklärte", NULL, "Die Ministerin"});
    expect_quote(
        state,
        "Die Ministerin erklärte, der Plan sei gescheitert und kündigte an, dagegen zu "
        "klagen.",
        (want){NF_Q_INDIRECT, "dagegen zu klagen", NULL, "kündigte", "an", "Die Ministerin"});
    /* (an auxiliary before a participle after "und" is still the finite verb) */
    expect_quote(state, "Der Sprecher hatte die Pläne begrüßt und betont, sie seien gut.",
                 (want){NF_Q_INDIRECT, "sie seien gut", NULL, "betont", NULL, "Der Sprecher"});
}

/* A verb of saying after "und" that goes on a clause in Konjunktiv I
 * belongs to the words a frame after them reports. */
static void test_und_verb_inside_reported_words(void **state) {
    expect_quote(state,
                 "Die Reform sei dringend und regt alle an, sich zu beteiligen, sagte die "
                 "Ministerin.",
                 (want){NF_Q_INDIRECT,
                        "Die Reform sei dringend und regt alle an, sich zu beteiligen", NULL,
                        "sagte", NULL, "die Ministerin"});
    expect_no_quote(state,
                    "Die Reform sei dringend und regt alle an, sich zu beteiligen, sagte die "
                    "Ministerin.",
                    "sich zu beteiligen");
    /* (a Konjunktiv I the lists do not hold, in "-e" after the subject) */
    expect_quote(state,
                 "Die Hilfe heile alle Wunden und regt uns an, Gutes zu tun, sagte der Bischof.",
                 (want){NF_Q_INDIRECT, "Die Hilfe heile alle Wunden und regt uns an, Gutes zu tun",
                        NULL, "sagte", NULL, "der Bischof"});
}

/* A continuation whose sentence opens with the writer's clause in the
 * indicative: the reported words begin after its comma. */
static void test_continuation_after_a_narrated_clause(void **state) {
    expect_quote(state,
                 "Laut der Polizei starben zwei Wanderer. Drei weitere Wanderer wurden verletzt, "
                 "die Verletzten seien Studenten aus Graz.",
                 (want){NF_Q_INDIRECT, "die Verletzten seien Studenten aus Graz", NULL, NULL, NULL,
                        "der Polizei"});
}

/* A frame in the perfect whose subject has an apposition between the
 * auxiliary and the participle. */
static void test_perfect_frame_around_an_apposition(void **state) {
    expect_quote(state,
                 "Der Plan sei gescheitert, hatte die Sprecherin der Stadt, Anna Berger, gesagt.",
                 (want){NF_Q_INDIRECT, "Der Plan sei gescheitert", NULL, "gesagt", NULL,
                        "die Sprecherin der Stadt"});
}

/* After a frame set off by commas, a clause of a relative adverb goes on
 * with the words before the frame; after a frame that opens the sentence
 * it is the content, an indirect question. */
static void test_relative_adverb_after_a_frame(void **state) {
    expect_quote(state,
                 "Die Spiele bringen die Teilnehmer an ihre Grenzen, sagt der Chef, wodurch das "
                 "Spiel bei Firmen beliebt sei.",
                 (want){NF_Q_INDIRECT, "Die Spiele bringen die Teilnehmer an ihre Grenzen",
                        "wodurch das Spiel bei Firmen beliebt sei", "sagt", NULL, "der Chef"});
    expect_quote(state, "Der Chef erklärte, wodurch der Unfall entstanden sei.",
                 (want){NF_Q_INDIRECT, "wodurch der Unfall entstanden sei", NULL, "erklärte", NULL,
                        "Der Chef"});
}

/* A sentence that reports two statements: a quotation in the first one's
 * content is a fragment of it, though the second was made later. */
static void test_fragment_of_the_first_of_two_reports(void **state) {
    expect_quote(
        state,
        "Die Ministerin erklärte, der Plan sei „ein schwerer Fehler“, und kündigte an, "
        "dagegen zu klagen.",
        (want){NF_Q_DIRECT, "ein schwerer Fehler", NULL, "erklärte", NULL, "Die Ministerin"});
}

/* "ehrlich gesagt", "wie gesagt" set off from their clause are idioms,
 * no frame: the quote is the sentence's, framed after it. */
static void test_idioms_of_saying(void **state) {
    expect_quote(state,
                 "Diese Debatte ist noch lange nicht vorbei, ehrlich gesagt, beginnt sie erst, "
                 "erklärte er.",
                 (want){NF_Q_INDIRECT,
                        "Diese Debatte ist noch lange nicht vorbei, ehrlich gesagt, beginnt sie "
                        "erst",
                        NULL, "erklärte", NULL, "er"});
    expect_no_quote(state, "Wie gesagt, das ist falsch.", "das ist falsch");
    expect_quote(state, "Er hat es offen gesagt: Das ist falsch.",
                 (want){NF_Q_INDIRECT, "Das ist falsch", NULL, "gesagt", NULL, "Er"});
}

/* Separable verbs of saying frame in the plural of the present too
 * ("merken an", "machen deutlich"). */
static void test_separable_verbs_in_the_plural(void **state) {
    expect_quote(state,
                 "Die Richterin und der Verteidiger merken an, dass die Erinnerung besser "
                 "geworden sei.",
                 (want){NF_Q_INDIRECT, "dass die Erinnerung besser geworden sei", NULL, "merken",
                        "an", "Die Richterin"});
    expect_quote(state, "Die Anwälte machen deutlich, dass der Vertrag nichtig sei.",
                 (want){NF_Q_INDIRECT, "dass der Vertrag nichtig sei", NULL, "machen", "deutlich",
                        "Die Anwälte"});
}

/* The zu-infinitive of a separable verb of saying frames ("um
 * mitzuteilen, dass"), but not in the modal passive of "sein" ("so ist
 * darauf hinzuweisen, dass": by no one). */
static void test_joined_zu_infinitives(void **state) {
    expect_quote(
        state, "Der Minister lud Journalisten ein, um mitzuteilen, dass er zurücktrete.",
        (want){NF_Q_INDIRECT, "dass er zurücktrete", NULL, "mitzuteilen", NULL, "Der Minister"});
    expect_no_quote(state, "In diesem Fall ist darauf hinzuweisen, dass der Vertrag nichtig ist.",
                    "dass der Vertrag nichtig ist");
}

/* "mit der Bitte" gives its clause's subject the statement, adjectives
 * before the noun or not. */
static void test_with_the_request(void **state) {
    expect_quote(
        state,
        "Die Unesco übergab die Liste mit der dringenden Bitte, diese Plätze nicht "
        "anzugreifen.",
        (want){NF_Q_INDIRECT, "diese Plätze nicht anzugreifen", NULL, "Bitte", NULL, "Die Unesco"});
}

/* An order given ("erteilte den Befehl", "gab die Anweisung") quotes the
 * zu-infinitive after the noun, its giver the speaker. */
static void test_orders_given(void **state) {
    expect_quote(state,
                 "Der mexikanische Präsident erteilte der Luftwaffe den Befehl, den Menschen "
                 "zu helfen.",
                 (want){NF_Q_INDIRECT, "den Menschen zu helfen", NULL, "Befehl", NULL,
                        "Der mexikanische Präsident"});
    expect_quote(
        state, "Der Minister gab die Anweisung, die Grenze zu schließen.",
        (want){NF_Q_INDIRECT, "die Grenze zu schließen", NULL, "Anweisung", NULL, "Der Minister"});
}

/* A qualifier before a figure opens the speaker's phrase, which goes on
 * as the figure's; inside a phrase ("die BBC von rund 10.000 Menschen")
 * no figure extends it. */
static void test_speaker_opened_by_a_qualified_figure(void **state) {
    expect_quote(state,
                 "Rund 60 Prozent der Befragten gaben an, dass die Aufgaben zu schwer seien.",
                 (want){NF_Q_INDIRECT, "dass die Aufgaben zu schwer seien", NULL, "gaben", "an",
                        "Rund 60 Prozent der Befragten"});
    expect_quote(state,
                 "Mehr als die Hälfte der Befragten gab an, dass die Aufgaben zu schwer seien.",
                 (want){NF_Q_INDIRECT, "dass die Aufgaben zu schwer seien", NULL, "gab", "an",
                        "Mehr als die Hälfte der Befragten"});
    expect_quote(state, "Knapp zwei Drittel der Befragten sagten, dass sie zufrieden seien.",
                 (want){NF_Q_INDIRECT, "dass sie zufrieden seien", NULL, "sagten", NULL,
                        "Knapp zwei Drittel der Befragten"});
    expect_quote(state,
                 "Der Umsturz wurde am Samstag laut BBC von rund 10.000 Menschen auf den Straßen "
                 "begrüßt.",
                 (want){NF_Q_INDIRECT, "*", NULL, "laut", NULL, "BBC"});
    /* (so does a quantifier after the qualifier; such a phrase speaks for
     * no one in particular, not for the person named before) */
    const char *t = "Jimmy Morales gewann die Wahl. Kaum ein Politiker in Guatemala kann von "
                    "sich behaupten, eine weiße Weste zu haben.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT, "eine weiße Weste zu haben", NULL, "behaupten", NULL,
                        "Kaum ein Politiker"});
    expect_speaker_entity(state, t, "eine weiße Weste zu haben", "");
    expect_quote(
        state, "Fast jeder Befragte sagte, er sei zufrieden.",
        (want){NF_Q_INDIRECT, "er sei zufrieden", NULL, "sagte", NULL, "Fast jeder Befragte"});
}

/* A person's noun set off by commas after the speaker, without an
 * article ("sagte Peter Müller, Gründer der Firma, ..."), is the
 * speaker's apposition, no part of what is said; before a colon it ends
 * the frame, whose verb and subject stand before it. */
static void test_speaker_apposition_without_article(void **state) {
    expect_quote(state, "Dazu sagte Peter Müller, Gründer der Firma, er sei froh.",
                 (want){NF_Q_INDIRECT, "er sei froh", NULL, "sagte", NULL, "Peter Müller"});
    expect_quote(state,
                 "Nach Meinung von Mike Brown, Professor am Caltech, könnte das Objekt "
                 "verschwinden.",
                 (want){NF_Q_INDIRECT, "könnte das Objekt verschwinden", NULL, "Nach", "*",
                        "Meinung von Mike Brown"});
    expect_quote(
        state,
        "In einem Interview sagte Jon Bon Jovi, Gründer der Band: „Ich nehme "
        "meine Gitarre.“",
        (want){NF_Q_DIRECT, "Ich nehme meine Gitarre.", NULL, "sagte", NULL, "Jon Bon Jovi"});
    expect_quote(state, "Dazu sagte Peter Hahn, der Chef des Verbandes: „Wir bleiben hart.“",
                 (want){NF_Q_DIRECT, "Wir bleiben hart.", NULL, "sagte", NULL, "Peter Hahn"});
}

/* A list of names whose commas join its members ("Merkel, Macron und
 * Draghi") is one subject: before the verb its first member speaks, as in
 * "Merkel und Macron erklärten", and after the verb the frame goes on to
 * the comma after its last member; a list inside a prepositional phrase
 * leaves the subject after the verb, and one after a singular verb with
 * no comma after it opens the content. */
static void test_list_of_names_as_subject(void **state) {
    expect_quote(state, "Merkel, Macron und Draghi erklärten, man werde die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "Merkel"});
    expect_quote(state,
                 "Die Außenminister Frankreichs, Italiens und Österreichs erklärten, man werde "
                 "die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "Die Außenminister Frankreichs"});
    expect_quote(state,
                 "Die SPD, die Grünen und die FDP erklärten, man werde die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "Die SPD"});
    expect_quote(state,
                 "Nach Gesprächen mit Merkel, Macron und Draghi erklärten die Minister, man werde "
                 "die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "die Minister"});
    expect_quote(state,
                 "Am Montag erklärten Angela Merkel, Emmanuel Macron und Mario Draghi, man werde "
                 "die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "Angela Merkel"});
    /* (the first member before the comma need not be a name) */
    expect_quote(state,
                 "Am Montag erklärten der Minister, Emmanuel Macron und Mario Draghi, man werde "
                 "die Sanktionen verlängern.",
                 (want){NF_Q_INDIRECT, "man werde die Sanktionen verlängern", NULL, "erklärten",
                        NULL, "der Minister"});
    expect_quote(
        state, "Am Montag sagte Merkel, Macron und Draghi seien sich einig.",
        (want){NF_Q_INDIRECT, "Macron und Draghi seien sich einig", NULL, "sagte", NULL, "Merkel"});
}

/* A person named first, then a comma and a noun of a person with its
 * article up to the verb: the apposition no comma closes (or a relative
 * clause about the person); the person speaks, not the noun after the
 * comma nor an organisation in it. */
static void test_person_before_an_unclosed_apposition(void **state) {
    expect_quote(state,
                 "Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei ein "
                 "grundlegendes Dokument.",
                 (want){NF_Q_INDIRECT, "der Bericht sei ein grundlegendes Dokument", NULL,
                        "erklärte", NULL, "Stephen Singer"});
    expect_quote(state,
                 "Stephen Singer, der Klimaexperte des WWF erklärte, der Bericht sei ein "
                 "grundlegendes Dokument.",
                 (want){NF_Q_INDIRECT, "der Bericht sei ein grundlegendes Dokument", NULL,
                        "erklärte", NULL, "Stephen Singer"});
    /* (a noun of a person without an article: a compound of "Sekretär") */
    expect_quote(state,
                 "Rob Mueller, Klub-Sekretär der Buitenboys sagte, alle Spieler hätten dem "
                 "Schiedsrichter die Hand gegeben.",
                 (want){NF_Q_INDIRECT, "alle Spieler hätten dem Schiedsrichter die Hand gegeben",
                        NULL, "sagte", NULL, "Rob Mueller"});
    /* (a list after the comma is no apposition) */
    expect_quote(
        state, "Stephen Singer, der Minister und der Sprecher erklärten, man sei sich einig.",
        (want){NF_Q_INDIRECT, "man sei sich einig", NULL, "erklärten", NULL, "der Minister"});
}

/* A group before the examples that "wie" gives ("Politiker wie Angela
 * Merkel und Emmanuel Macron") speaks by its noun, as one example alone
 * leaves it ("Organisationen wie Greenpeace"), and resolves to none of
 * them; "wie folgt" after a name gives no examples. */
static void test_group_before_its_examples(void **state) {
    const char *texts[] = {"Politiker wie Angela Merkel und Emmanuel Macron forderten, die "
                           "Sanktionen zu verlängern.",
                           "Organisationen wie Greenpeace forderten, die Sanktionen zu "
                           "verlängern."};
    const char *groups[] = {"Politiker", "Organisationen"};
    for (size_t i = 0; i < 2; i++) {
        expect_quote(state, texts[i],
                     (want){NF_Q_INDIRECT, "die Sanktionen zu verlängern", NULL, "forderten", NULL,
                            groups[i]});
        nf_doc *d = th_extract(state, texts[i]);
        for (size_t j = 0; j < d->nquotes; j++)
            if (d->quotes[j].speaker_entity >= 0) fail_msg("%s: resolved", groups[i]);
        nf_doc_free(d);
    }
    const char *t = "Auf der Seite der Firma wird Anna Berg wie folgt zitiert: „Wir sind froh.“";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    nf_doc_free(d);
}

/* A zu-infinitive's content goes on with "und zwar" and what it singles
 * out; "von Seiten der X" names the agent of a passive as "seitens der
 * X" does, by the phrase in the genitive. */
static void test_infinitive_and_zwar_and_von_seiten(void **state) {
    expect_quote(state,
                 "Die Delegation warf den USA vor, das Dokument verwässert zu haben und zwar "
                 "genau dort.",
                 (want){NF_Q_INDIRECT, "das Dokument verwässert zu haben und zwar genau dort", NULL,
                        "warf", "vor", "Die Delegation"});
    expect_quote(state, "Von Seiten der Regierung wurde betont, man sei zufrieden.",
                 (want){NF_Q_INDIRECT, "man sei zufrieden", NULL, "betont", NULL, "der Regierung"});
}

/* Reported speech with no frame after a sentence that opens with a
 * dateline ("Wien – "): the subject after the dateline speaks, as it
 * would without it; a reportive "soll" takes the authority after it. */
static void test_subject_after_a_dateline_speaks_on(void **state) {
    expect_quote(state,
                 "Wien – Die Ministerin Anna Berg wünscht sich einen Sozialindex. Ein solcher "
                 "Index setze an den Standorten an.",
                 (want){NF_Q_INDIRECT, "Ein solcher Index setze an den Standorten an", NULL, NULL,
                        NULL, "Die Ministerin Anna Berg"});
    expect_quote(
        state, "Wien – Die Polizei fand den Wagen. Der Täter soll geflohen sein.",
        (want){NF_Q_INDIRECT, "Der Täter soll geflohen sein", NULL, NULL, NULL, "Die Polizei"});
}

/* The outlet that printed a source's statement ("in der Tageszeitung DIE
 * WELT") belongs to the source's phrase, no part of the content; a
 * possessive before adjectives and a noun of statements stands for whose
 * statement it is, as "Seine Aussage" does. */
static void test_outlet_after_a_source_and_adjectives_before_a_statement(void **state) {
    expect_quote(state,
                 "Nach Angaben des Rezensenten Alan Posener in der Tageszeitung DIE WELT sei der "
                 "Anstoß ein Gespräch gewesen.",
                 (want){NF_Q_INDIRECT, "sei der Anstoß ein Gespräch gewesen", NULL, "Nach", NULL,
                        "Angaben des Rezensenten Alan Posener"});
    const char *t = "Christian Füller schrieb ein Buch. Seine zentrale Aussage ist, dass der "
                    "Missbrauch gerechtfertigt worden sei.";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    int32_t e = d->quotes[0].speaker_entity;
    assert_true(e >= 0);
    assert_string_equal(d->entities[e].name, "Christian Füller");
    nf_doc_free(d);
}

/* "meinen" before an adjective and a noun ("meinen ersten Titel", "meinen
 * ersten 500er-Titel") is the possessive, no verb of a frame; a person
 * named after an indefinite article and adjectives ("ein überglücklicher
 * Thiem") is that person. */
static void test_possessive_before_an_adjective_and_a_named_indefinite(void **state) {
    const char *t = "Dominic Thiem gewann. Ich habe ein paar Turniere in Mexiko gewonnen, jetzt "
                    "meinen ersten Hartplatz-Titel und meinen ersten 500er-Titel: Mexiko ist "
                    "toll, erklärte ein überglücklicher Thiem.";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(d->nquotes, 1);
    assert_true(d->quotes[0].speaker_entity >= 0);
    assert_string_equal(d->entities[d->quotes[0].speaker_entity].name, "Dominic Thiem");
    nf_doc_free(d);
}

/* Words before a colon that tell, in the past, of the speaker the frame
 * after the content names again are the writer's, no part of the content
 * (direct speech quoted without its marks); where the speaker is not named
 * before the colon, the content reaches back to the sentence's start. */
static void test_narration_of_the_speaker_before_a_colon(void **state) {
    expect_quote(state,
                 "Begeistert zeigte sich auch der Coach Günter Bresnik: Das war eine "
                 "Riesenvorstellung, da kann man nur den Hut ziehen, sagte Bresnik im Interview.",
                 (want){NF_Q_INDIRECT,
                        "Das war eine Riesenvorstellung, da kann man nur den Hut "
                        "ziehen",
                        NULL, "sagte", NULL, "Bresnik"});
    expect_quote(
        state, "Wir hatten Glück: Das war knapp, sagte Bresnik.",
        (want){NF_Q_INDIRECT, "Wir hatten Glück: Das war knapp", NULL, "sagte", NULL, "Bresnik"});
    /* the writer's telling in the past, the speaker's words in the present */
    expect_quote(state,
                 "Lob kam auch aus der Wissenschaft: Wenn dies umgesetzt wird, bedeutet das "
                 "eine Senkung der Emissionen, erklärte der Forscher Hans Berger.",
                 (want){NF_Q_INDIRECT,
                        "Wenn dies umgesetzt wird, bedeutet das eine Senkung der Emissionen", NULL,
                        "erklärte", NULL, "der Forscher Hans Berger"});
    expect_quote(state,
                 "Die Entdeckung war schon eine Rarität: Natürliche Perlen sind sehr selten, "
                 "berichtet die Archäologin Kat Szabo.",
                 (want){NF_Q_INDIRECT, "Natürliche Perlen sind sehr selten", NULL, "berichtet",
                        NULL, "die Archäologin Kat Szabo"});
    expect_quote(
        state, "Wir hatten Glück: Das ist knapp, sagte Bresnik.",
        (want){NF_Q_INDIRECT, "Wir hatten Glück: Das ist knapp", NULL, "sagte", NULL, "Bresnik"});
}

/* A quotation with no frame that opens its sentence and speaks in the
 * first person takes the subject of the sentence before as its speaker:
 * an organisation for "wir", a person for "ich"; none for a quotation
 * that speaks in no person. */
static void test_first_person_quotation_after_its_subject(void **state) {
    expect_quote(state,
                 "Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen "
                 "ein Europa, auf das man sich verlassen kann.“",
                 (want){NF_Q_DIRECT, "Wir wollen ein Europa, auf das man sich verlassen kann.",
                        NULL, NULL, NULL, "Die SPD"});
    expect_quote(state, "Angela Merkel kam zu spät. „Ich bin müde und will nach Hause.“",
                 (want){NF_Q_DIRECT, "Ich bin müde und will nach Hause.", NULL, NULL, NULL,
                        "Angela Merkel"});
    expect_quote(state,
                 "Die SPD will am Kurs festhalten. „Europa ist eine Region des Friedens und der "
                 "Stabilität.“",
                 (want){NF_Q_DIRECT, "Europa ist eine Region des Friedens und der Stabilität.",
                        NULL, NULL, NULL, NULL});
}

/* "Darin steht" (or "In diesem steht") before a colon quotes the
 * document the sentence before names, past "unter anderem", for direct
 * speech as for indirect. */
static void test_document_named_before_darin(void **state) {
    /* (the passive's "In diesem wird festgehalten" too) */
    expect_quote(state,
                 "Der Arbeitskreis hat das Geheimdokument veröffentlicht. In diesem wird "
                 "festgehalten, dass es keine Begrenzung gibt.",
                 (want){NF_Q_INDIRECT, "dass es keine Begrenzung gibt", NULL, "festgehalten", NULL,
                        "diesem"});
    expect_quote(state,
                 "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter "
                 "anderem: „Besonders betroffen sind wir.“",
                 (want){NF_Q_DIRECT, "Besonders betroffen sind wir.", NULL, "steht", NULL,
                        "eine Stellungnahme"});
    expect_quote(
        state, "Die Regierung legte einen neuen Bericht vor. Darin steht: Die Lage ist ernst.",
        (want){NF_Q_INDIRECT, "Die Lage ist ernst", NULL, "steht", NULL, "einen neuen Bericht"});
}

/* "drängen" with "sich" in its clause pushes, it urges no one: no frame
 * ("kann sich noch auf den 27. Platz drängen", "drängt sich der Verdacht
 * auf, dass ..."); "drängte darauf, ..." still urges. */
static void test_reflexive_draengen_is_no_urging(void **state) {
    expect_no_quote(state,
                    "Der Golfer Jens Hart kann sich mit einer 69er-Runde noch auf den 27. Platz "
                    "drängen.",
                    NULL);
    expect_no_quote(state,
                    "Da drängt sich schon der Verdacht auf, dass das Lamento ein Vorwand der "
                    "Wirtschaft ist.",
                    NULL);
    expect_quote(state, "Die Regierung drängte darauf, die Sanktionen zu verlängern.",
                 (want){NF_Q_INDIRECT, "die Sanktionen zu verlängern", NULL, "drängte", NULL,
                        "Die Regierung"});
}

/* A frame of its own after a dash that ends the sentence ("– der
 * STANDARD berichtete") is no part of what a marker's content covers. */
static void test_frame_after_a_dash_ends_a_markers_content(void **state) {
    expect_quote(state,
                 "Eine Internetseite kann laut einem Urteil des EuGH als Mediendienst eingestuft "
                 "werden – der STANDARD berichtete.",
                 (want){NF_Q_INDIRECT, "Eine Internetseite kann",
                        "als Mediendienst eingestuft werden", "laut", NULL,
                        "einem Urteil des EuGH"});
}

/* "man" after a Vorfeld of "in" and a document is the document's voice:
 * the document speaks ("In den Bekennerschreiben forderte man ..."), not
 * in a place ("In der Stadt sagt man") nor in reported speech, where
 * "man" is whom the speaker reports ("Im Schreiben habe man ... ergänzt");
 * so does a document in the Vorfeld of the passive. */
static void test_man_in_a_document_is_the_document(void **state) {
    expect_quote(state, "In den Bekennerschreiben forderte man den Abzug der Tornados aus Syrien.",
                 (want){NF_Q_REPORTED,
                        "In den Bekennerschreiben forderte man den Abzug der Tornados aus Syrien",
                        NULL, "forderte", NULL, "den Bekennerschreiben"});
    expect_quote(state, "Im Bericht schreibt man, dass die Zahl der Opfer gestiegen sei.",
                 (want){NF_Q_INDIRECT, "dass die Zahl der Opfer gestiegen sei", NULL, "schreibt",
                        NULL, "Bericht"});
    expect_quote(
        state, "In dem Bericht wird zudem eine zu geringe Zahl eingesetzter Beamter beklagt.",
        (want){NF_Q_REPORTED,
               "In dem Bericht wird zudem eine zu geringe Zahl eingesetzter Beamter beklagt", NULL,
               "beklagt", NULL, "dem Bericht"});
    expect_quote(state, "In der Stadt sagt man, dass der Bürgermeister zurücktreten werde.",
                 (want){NF_Q_INDIRECT, "dass der Bürgermeister zurücktreten werde", NULL, "sagt",
                        NULL, "man"});
    expect_quote(state,
                 "Eine Sprecherin sagte: Im Schreiben habe man lediglich die Urteile ergänzt, "
                 "Werbung sei weiter zulässig.",
                 (want){NF_Q_INDIRECT, "*", NULL, "*", NULL, "Eine Sprecherin"});
}

/* A reportive main clause ("soll ... erhalten haben") frames no
 * subjunctive clause after it: its subject is whom the report is about,
 * and the sentence is reported by the source of the sentence before. */
static void test_reportive_clause_frames_nothing(void **state) {
    expect_quote(state,
                 "Die Zeitungen werfen ihm Verrat vor. So soll er die Information erhalten haben, "
                 "dass ein Angriff drohe.",
                 (want){NF_Q_INDIRECT,
                        "So soll er die Information erhalten haben, dass ein Angriff drohe", NULL,
                        NULL, NULL, "Die Zeitungen"});
}

/* Adjectives joined by "und" or "oder" belong to one noun phrase, the
 * first capitalised as the sentence's first word or not; not in a
 * genitive after the noun. */
static void test_adjectives_joined_in_a_subject(void **state) {
    expect_quote(state, "Arabische und iranische Medien berichten, dass der Präsident krank sei.",
                 (want){NF_Q_INDIRECT, "dass der Präsident krank sei", NULL, "berichten", NULL,
                        "Arabische und iranische Medien"});
    expect_quote(state,
                 "Am Montag kritisierten deutsche und französische Politiker, dass die Regierung "
                 "zu langsam sei.",
                 (want){NF_Q_INDIRECT, "dass die Regierung zu langsam sei", NULL, "kritisierten",
                        NULL, "deutsche und französische Politiker"});
    expect_quote(state,
                 "Peter und andere Politiker kritisierten, dass die Regierung zu langsam sei.",
                 (want){NF_Q_INDIRECT, "dass die Regierung zu langsam sei", NULL, "kritisierten",
                        NULL, "Peter"});
    expect_quote(state,
                 "Die Täter in Köln sollen laut Augenzeugenberichten nordafrikanischer oder "
                 "arabischer Herkunft gewesen sein.",
                 (want){NF_Q_INDIRECT, "Die Täter in Köln sollen", NULL, "laut", NULL,
                        "Augenzeugenberichten"});
}

/* Reported speech with no frame after a sentence whose subject is one
 * person's role with no name ("nahm auch der Minister des Landes zu der
 * Frage Stellung") takes that subject as its speaker; not a group ("die
 * Soldaten") nor the subject of a subordinate clause. */
static void test_role_subject_before_reported_speech(void **state) {
    expect_quote(
        state,
        "Das Gesetz kam am Montag. Am Abend nahm auch der Minister des Landes zu der "
        "Frage Stellung. Die Lage sei ruhig.",
        (want){NF_Q_INDIRECT, "Die Lage sei ruhig", NULL, NULL, NULL, "der Minister des Landes"});
    expect_quote(state,
                 "Das Gesetz kam am Montag. Am Abend nahm auch die Ministerin zu der Frage "
                 "Stellung. Die Lage sei ruhig.",
                 (want){NF_Q_INDIRECT, "Die Lage sei ruhig", NULL, NULL, NULL, "die Ministerin"});
    expect_quote(
        state,
        "Das Gesetz kam am Montag. Da sind die Soldaten mit den Fahrzeugen gefahren. Es "
        "habe viele an den Krieg erinnert.",
        (want){NF_Q_INDIRECT, "Es habe viele an den Krieg erinnert", NULL, NULL, NULL, NULL});
    expect_quote(state,
                 "Das Gesetz kam am Montag. Ob nun der Minister zurücktritt, ist offen. Mehr gebe "
                 "es nicht zu sagen.",
                 (want){NF_Q_INDIRECT, "Mehr gebe es nicht zu sagen", NULL, NULL, NULL, NULL});
}

/* "heißt es" in a relative clause of "in" speaks for the antecedent,
 * with words between "es" and the verb at the clause's end, and past a
 * verb's particle before the comma. */
static void test_heisst_es_in_a_relative_clause(void **state) {
    expect_quote(
        state,
        "Die Regierung veröffentlichte einen Bericht, in dem es zu den Protesten auch "
        "heißt, dass die Lage ruhig sei.",
        (want){NF_Q_INDIRECT, "dass die Lage ruhig sei", NULL, "heißt", NULL, "einen Bericht"});
    expect_quote(state,
                 "Er griff damit den Tenor der Medien auf, in denen es heißt, dass die Opposition "
                 "nur ein Papiertiger sei.",
                 (want){NF_Q_INDIRECT, "dass die Opposition nur ein Papiertiger sei", NULL,
                        "es heißt", NULL, "den Tenor der Medien"});
}

/* A verb of deciding or weighing with a clause of "ob" reports a
 * question still open, no one's words; with "dass" it reports the
 * decision. */
static void test_deciding_whether_quotes_nothing(void **state) {
    expect_no_quote(state,
                    "Sie wird dem Ermittlungsrichter vorgeführt, der entscheidet, ob "
                    "Untersuchungshaft angeordnet wird.",
                    NULL);
    expect_no_quote(
        state, "Die Zuständigen überlegten hektisch, ob das Video gelöscht werden sollte.", NULL);
    expect_quote(state, "Das Gericht entschied am Montag, dass die Klage unzulässig sei.",
                 (want){NF_Q_INDIRECT, "dass die Klage unzulässig sei", NULL, "entschied", NULL,
                        "Das Gericht"});
}

/* "Es gibt ... zu berichten: ..." announces the writer's own words, no
 * one's frame; one who has something to say frames it. */
static void test_there_is_to_say_frames_nothing(void **state) {
    expect_no_quote(state,
                    "Neben den Unsportlichkeiten gibt es aber auch Sportliches zu berichten: "
                    "Gastgeber Chile hat sich den Aufstieg gesichert.",
                    NULL);
    expect_no_quote(state, "Es gibt noch viel zu erzählen: Die Mannschaft hat gewonnen.", NULL);
    expect_quote(
        state, "Der Trainer hatte nur eines zu sagen: Die Mannschaft hat gewonnen.",
        (want){NF_Q_INDIRECT, "Die Mannschaft hat gewonnen", NULL, "sagen", NULL, "Der Trainer"});
}

/* "Wie X, Name mitteilte, ...": a frame of "wie" whose apposition no
 * comma closes still frames the clause after it. */
static void test_wie_frame_with_an_unclosed_apposition(void **state) {
    expect_quote(
        state, "Wie ein Sprecher des Konzerns, Hans Meier mitteilte, wurde das Werk verkauft.",
        (want){NF_Q_INDIRECT, "wurde das Werk verkauft", NULL, "mitteilte", NULL, "Hans Meier"});
}

/* A quotation after a colon whose clause has a statement or a document
 * for its subject ("Das Fazit des Berichts lautete:") takes that subject
 * as its speaker; not one a possessive owns, nor a thing. */
static void test_statement_subject_before_a_colon(void **state) {
    expect_quote(state,
                 "Das Fazit des Vorabberichts lautete: „Insgesamt boten die Wahlen den Bürgern "
                 "eine Chance.“",
                 (want){NF_Q_DIRECT, "Insgesamt boten die Wahlen den Bürgern eine Chance.", NULL,
                        NULL, NULL, "Das Fazit des Vorabberichts"});
    expect_quote(state, "Das Buch ist ihr Erstwerk: „Wir alle sind Zeugen der Zeit.“",
                 (want){NF_Q_DIRECT, "Wir alle sind Zeugen der Zeit.", NULL, NULL, NULL, NULL});
}

/* "Als Begründung heißt es, ...": a reason given with no one named is
 * the subject's of the sentence before, where that names someone; else
 * it has no speaker. */
static void test_reason_given_after_an_act(void **state) {
    expect_quote(state,
                 "Die Union spricht sich gegen strengere Regeln aus. Als Begründung dafür heißt "
                 "es, die bestehenden Gesetze seien ausreichend.",
                 (want){NF_Q_INDIRECT, "die bestehenden Gesetze seien ausreichend", NULL,
                        "heißt es", NULL, "Die Union"});
    expect_quote(state,
                 "Der Regen fiel den ganzen Tag. Als Begründung dafür heißt es, die bestehenden "
                 "Gesetze seien ausreichend.",
                 (want){NF_Q_INDIRECT, "die bestehenden Gesetze seien ausreichend", NULL,
                        "heißt es", NULL, NULL});
}

/* Adverbs and a time before a frame set off by commas are the Vorfeld
 * of the clause that goes on after it, in the indicative too: the
 * content is both parts. */
static void test_adverbial_vorfeld_before_a_frame(void **state) {
    expect_quote(state, "Im August, heißt es derzeit, hat er Zeit für die Reise in die Karibik.",
                 (want){NF_Q_INDIRECT, "Im August", "hat er Zeit für die Reise in die Karibik",
                        "heißt es", NULL, NULL});
    expect_quote(state,
                 "Frühestens im August, sagte ein Sprecher, hat er Zeit für die Reise nach Kuba.",
                 (want){NF_Q_INDIRECT, "Frühestens im August",
                        "hat er Zeit für die Reise nach Kuba", "sagte", NULL, "ein Sprecher"});
}

/* The subject of a sentence in the Konjunktiv that no quote took is no
 * speaker of reported speech after it; the subject of the sentence
 * before that is. */
static void test_subject_of_an_unquoted_konjunktiv_sentence(void **state) {
    expect_quote(state,
                 "Die Regierung brachte eine Darstellung in Umlauf. So hätten Rebellen Zivilisten "
                 "eingeschlossen. Außerdem habe das Militär darauf geachtet, Opfer zu vermeiden.",
                 (want){NF_Q_INDIRECT,
                        "Außerdem habe das Militär darauf geachtet, Opfer zu vermeiden", NULL, NULL,
                        NULL, "Die Regierung"});
}

/* "Für X sei ...": a person or an organisation "für" names before a
 * verb in the Konjunktiv holds the view the sentence reports; not a
 * group's noun, which is whom it concerns. */
static void test_view_of_the_one_fuer_names(void **state) {
    expect_quote(state,
                 "„Das ist schlimm“, sagte der Abgeordnete Volker Beck. Für den Theologen Hans "
                 "Küng sei der Rücktritt aus vielen Gründen verständlich.",
                 (want){NF_Q_INDIRECT,
                        "Für den Theologen Hans Küng sei der Rücktritt aus vielen Gründen "
                        "verständlich",
                        NULL, NULL, NULL, "den Theologen Hans Küng"});
    expect_quote(state,
                 "„Das ist schlimm“, sagte der Abgeordnete Volker Beck. Für Anwälte sei es "
                 "längst möglich, sich zu beteiligen.",
                 (want){NF_Q_INDIRECT, "Für Anwälte sei es längst möglich, sich zu beteiligen",
                        NULL, NULL, NULL, "der Abgeordnete Volker Beck"});
}

/* A verb of denial whose object names a report or a claim ("wies die
 * Darstellung zurück, ...", "dementierte das Gerücht, dass ...") quotes
 * what the report claimed, not the one who denies it, who speaks on in
 * the sentence after; criticism and a judgment "als" something stay the
 * subject's words. */
static void test_claim_a_denial_rejects(void **state) {
    const char *t = "Der Präsident der Region, Qiangba Puncog, wies jedoch die Darstellung zurück, "
                    "die Ausländer seien zum Verlassen des Landes gezwungen worden. Ausländern sei "
                    "lediglich abgeraten worden, nach Tibet zu reisen.";
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT,
                        "die Ausländer seien zum Verlassen des Landes gezwungen worden", NULL,
                        "wies", "zurück", "die Darstellung"});
    expect_quote(state, t,
                 (want){NF_Q_INDIRECT,
                        "Ausländern sei lediglich abgeraten worden, nach Tibet zu reisen", NULL,
                        NULL, NULL, "Der Präsident der Region"});
    expect_quote(state,
                 "Der Sprecher dementierte das Gerücht, dass die Regierung Sonderzüge bestellt "
                 "habe.",
                 (want){NF_Q_INDIRECT, "dass die Regierung Sonderzüge bestellt habe", NULL,
                        "dementierte", NULL, "das Gerücht"});
    expect_quote(
        state, "Das Gericht weist den Vorwurf als abwegig zurück, man habe verhandelt.",
        (want){NF_Q_INDIRECT, "man habe verhandelt", NULL, "weist", "zurück", "Das Gericht"});
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_a_denial_rejects),
        cmocka_unit_test(test_view_of_the_one_fuer_names),
        cmocka_unit_test(test_subject_of_an_unquoted_konjunktiv_sentence),
        cmocka_unit_test(test_adverbial_vorfeld_before_a_frame),
        cmocka_unit_test(test_reason_given_after_an_act),
        cmocka_unit_test(test_statement_subject_before_a_colon),
        cmocka_unit_test(test_wie_frame_with_an_unclosed_apposition),
        cmocka_unit_test(test_there_is_to_say_frames_nothing),
        cmocka_unit_test(test_deciding_whether_quotes_nothing),
        cmocka_unit_test(test_heisst_es_in_a_relative_clause),
        cmocka_unit_test(test_role_subject_before_reported_speech),
        cmocka_unit_test(test_reportive_clause_frames_nothing),
        cmocka_unit_test(test_adjectives_joined_in_a_subject),
        cmocka_unit_test(test_man_in_a_document_is_the_document),
        cmocka_unit_test(test_list_of_names_as_subject),
        cmocka_unit_test(test_frame_after_a_dash_ends_a_markers_content),
        cmocka_unit_test(test_reflexive_draengen_is_no_urging),
        cmocka_unit_test(test_document_named_before_darin),
        cmocka_unit_test(test_first_person_quotation_after_its_subject),
        cmocka_unit_test(test_narration_of_the_speaker_before_a_colon),
        cmocka_unit_test(test_possessive_before_an_adjective_and_a_named_indefinite),
        cmocka_unit_test(test_outlet_after_a_source_and_adjectives_before_a_statement),
        cmocka_unit_test(test_subject_after_a_dateline_speaks_on),
        cmocka_unit_test(test_infinitive_and_zwar_and_von_seiten),
        cmocka_unit_test(test_group_before_its_examples),
        cmocka_unit_test(test_person_before_an_unclosed_apposition),
        cmocka_unit_test(test_speaker_apposition_without_article),
        cmocka_unit_test(test_direct_mark_styles),
        cmocka_unit_test(test_orders_given),
        cmocka_unit_test(test_with_the_request),
        cmocka_unit_test(test_joined_zu_infinitives),
        cmocka_unit_test(test_separable_verbs_in_the_plural),
        cmocka_unit_test(test_idioms_of_saying),
        cmocka_unit_test(test_direct_over_paragraphs),
        cmocka_unit_test(test_interrupted),
        cmocka_unit_test(test_colon),
        cmocka_unit_test(test_manner_verbs),
        cmocka_unit_test(test_written),
        cmocka_unit_test(test_wie_inside),
        cmocka_unit_test(test_names_given),
        cmocka_unit_test(test_wie_clause_with_object),
        cmocka_unit_test(test_so_frames_and_views),
        cmocka_unit_test(test_so_frame_inside),
        cmocka_unit_test(test_coordinated_fragments),
        cmocka_unit_test(test_phrases_that_frame_nothing),
        cmocka_unit_test(test_institution_of_the_country_abroad),
        cmocka_unit_test(test_institution_of_the_country_at_home),
        cmocka_unit_test(test_representatives_and_circles),
        cmocka_unit_test(test_reporting_groups),
        cmocka_unit_test(test_continuation_after_role_and_name),
        cmocka_unit_test(test_vorfeld_no_subject),
        cmocka_unit_test(test_passive_zitiert_after_its_content),
        cmocka_unit_test(test_clause_after_relative_clause),
        cmocka_unit_test(test_vorfeld_with_relative_clause),
        cmocka_unit_test(test_da_particles_and_final_passives),
        cmocka_unit_test(test_reported_verb_of_saying),
        cmocka_unit_test(test_subject_after_subordinate_clause),
        cmocka_unit_test(test_partial_and_mixed),
        cmocka_unit_test(test_with_the_words),
        cmocka_unit_test(test_passive_frame_past_apposition),
        cmocka_unit_test(test_relative_clause_on_the_speaker),
        cmocka_unit_test(test_so_before_the_verb),
        cmocka_unit_test(test_titles_are_not_quotes),
        cmocka_unit_test(test_writers_own_voice),
        cmocka_unit_test(test_dass_clause),
        cmocka_unit_test(test_erinnern_an_a_thing),
        cmocka_unit_test(test_conjunction_opens_the_sentence),
        cmocka_unit_test(test_reported_speech_before_a_colon),
        cmocka_unit_test(test_name_set_off_after_the_subject),
        cmocka_unit_test(test_request_in_a_clause_of_purpose),
        cmocka_unit_test(test_called_upon_is_no_demand),
        cmocka_unit_test(test_future_speech_act_quotes_nothing),
        cmocka_unit_test(test_bare_plural_before_singular_verb),
        cmocka_unit_test(test_commas_in_parentheses),
        cmocka_unit_test(test_main_clause_after_a_subordinate_frame),
        cmocka_unit_test(test_partitive_apposition),
        cmocka_unit_test(test_continuation_after_unframed_direct_speech),
        cmocka_unit_test(test_name_after_a_headline_dash),
        cmocka_unit_test(test_informing_and_sources_in_one_sentence),
        cmocka_unit_test(test_speaking_for_or_against),
        cmocka_unit_test(test_not_ruling_out_and_insisting),
        cmocka_unit_test(test_statement_of_a_named_owner),
        cmocka_unit_test(test_organisation_in_apposition),
        cmocka_unit_test(test_occupation_is_not_an_office_holder),
        cmocka_unit_test(test_person_introduced_by_unknown_nouns_acts),
        cmocka_unit_test(test_thought_with_infinitive),
        cmocka_unit_test(test_reported_clause_ends_at_own_verb),
        cmocka_unit_test(test_subjunctive_of_unlisted_verbs),
        cmocka_unit_test(test_konjunktiv_and_continuation),
        cmocka_unit_test(test_markers),
        cmocka_unit_test(test_wie_x_sagte),
        cmocka_unit_test(test_frame_after_content),
        cmocka_unit_test(test_anaphoric_frame),
        cmocka_unit_test(test_hervorgehen_frames),
        cmocka_unit_test(test_separable_cues),
        cmocka_unit_test(test_reported),
        cmocka_unit_test(test_second_clause_with_its_own_frame),
        cmocka_unit_test(test_speaker_of_zu_infinitive),
        cmocka_unit_test(test_frame_past_subjects_apposition),
        cmocka_unit_test(test_regnal_number_in_the_subject),
        cmocka_unit_test(test_testimony),
        cmocka_unit_test(test_shared_subject_after_als_phrase),
        cmocka_unit_test(test_adjective_noun_subject),
        cmocka_unit_test(test_governed_phrase_first),
        cmocka_unit_test(test_source_apposition_no_content),
        cmocka_unit_test(test_speaker_position),
        cmocka_unit_test(test_more_frames),
        cmocka_unit_test(test_unclosed_quote_after_colon),
        cmocka_unit_test(test_infinitive_without_comma),
        cmocka_unit_test(test_conditional_clause),
        cmocka_unit_test(test_became_known),
        cmocka_unit_test(test_laut_as_adverb),
        cmocka_unit_test(test_names_are_not_quotes),
        cmocka_unit_test(test_speaker_by_the_noun_that_introduced_a_name),
        cmocka_unit_test(test_speaker_by_a_compound_or_the_texts_title),
        cmocka_unit_test(test_speaker_organisation_before_its_owner),
        cmocka_unit_test(test_government_named_by_its_head),
        cmocka_unit_test(test_laut_phrase_ends_with_its_noun),
        cmocka_unit_test(test_compound_speech_noun_before_its_source),
        cmocka_unit_test(test_demnach_past_a_dateline),
        cmocka_unit_test(test_source_named_before_a_hyphen),
        cmocka_unit_test(test_verlautbaren_frames_speech),
        cmocka_unit_test(test_what_a_document_says),
        cmocka_unit_test(test_role_of_another_body),
        cmocka_unit_test(test_speaker_by_an_organisations_noun),
        cmocka_unit_test(test_compound_of_a_state_body_speaks),
        cmocka_unit_test(test_institution_by_its_city_adjective),
        cmocka_unit_test(test_institution_by_its_seat),
        cmocka_unit_test(test_office_of_a_country_in_the_genitive),
        cmocka_unit_test(test_organisation_named_in_speaker),
        cmocka_unit_test(test_name_in_apposition_after_owner),
        cmocka_unit_test(test_organisation_descriptions),
        cmocka_unit_test(test_pronoun_speakers_by_gender),
        cmocka_unit_test(test_relayed_quotes),
        cmocka_unit_test(test_zufolge_source),
        cmocka_unit_test(test_statement_nouns),
        cmocka_unit_test(test_pronoun_skips_an_aside),
        cmocka_unit_test(test_politician_descriptions),
        cmocka_unit_test(test_nation_and_plural_descriptions),
        cmocka_unit_test(test_statement_of_someone),
        cmocka_unit_test(test_speaker_entities),
        cmocka_unit_test(test_speaker_forms),
        cmocka_unit_test(test_frames_around_long_quotes),
        cmocka_unit_test(test_expletive_es),
        cmocka_unit_test(test_konjunktiv_two_continuation),
        cmocka_unit_test(test_own_frame),
        cmocka_unit_test(test_previous_subject),
        cmocka_unit_test(test_demonstrative_subject),
        cmocka_unit_test(test_anaphoric_markers),
        cmocka_unit_test(test_speaker_in_apposition),
        cmocka_unit_test(test_speaker_described_after_quote),
        cmocka_unit_test(test_first_person_inside_a_frame),
        cmocka_unit_test(test_spokesperson_of_a_named_person),
        cmocka_unit_test(test_speaker_in_compound),
        cmocka_unit_test(test_speaker_place_in_description),
        cmocka_unit_test(test_relative_after_description),
        cmocka_unit_test(test_site_as_speaker),
        cmocka_unit_test(test_description_of_the_person_named_last),
        cmocka_unit_test(test_surname_like_an_adverb_speaks),
        cmocka_unit_test(test_name_closes_the_speakers_phrase),
        cmocka_unit_test(test_office_holder_set_off_after_the_office),
        cmocka_unit_test(test_company_by_its_nationality),
        cmocka_unit_test(test_place_only_where_the_speaker_belongs),
        cmocka_unit_test(test_possessive_source),
        cmocka_unit_test(test_place_in_a_name_is_no_speaker),
        cmocka_unit_test(test_bare_plural_description),
        cmocka_unit_test(test_pronoun_after_an_unnamed_agent),
        cmocka_unit_test(test_name_after_the_verb_is_no_apposition),
        cmocka_unit_test(test_role_after_a_name_speaks_for_the_name),
        cmocka_unit_test(test_speaker_pronoun_is_no_owner_in_what_is_said),
        cmocka_unit_test(test_speaker_named_in_own_words_is_another),
        cmocka_unit_test(test_speaker_pronoun_is_no_relative_after_a_preposition),
        cmocka_unit_test(test_description_by_a_compound_of_the_name),
        cmocka_unit_test(test_speaker_with_an_acronym_after_its_name),
        cmocka_unit_test(test_abstract_noun_is_no_previous_speaker),
        cmocka_unit_test(test_man_after_a_body),
        cmocka_unit_test(test_speaker_name_with_particles),
        cmocka_unit_test(test_company_compound_speaks),
        cmocka_unit_test(test_adverb_before_colon_name),
        cmocka_unit_test(test_addressee_before_content),
        cmocka_unit_test(test_masculine_outlet_is_no_sie),
        cmocka_unit_test(test_speaker_pronoun_after_an_unnamed_confidant),
        cmocka_unit_test(test_no_apposition_after_a_finite_verb),
        cmocka_unit_test(test_named_spokesperson_after_a_phrase_of_place),
        cmocka_unit_test(test_er_takes_up_a_masculine_organisation),
        cmocka_unit_test(test_sie_after_a_named_subject_is_the_object),
        cmocka_unit_test(test_object_after_a_pronoun_subject_and_an_adverb),
        cmocka_unit_test(test_office_noun_after_an_organisation_is_a_person),
        cmocka_unit_test(test_defending_a_lead_is_no_speech),
        cmocka_unit_test(test_sie_takes_up_an_organisation_near_it_only),
        cmocka_unit_test(test_joined_zu_infinitive_of_more_particles),
        cmocka_unit_test(test_speaker_with_apposition_after_wie),
        cmocka_unit_test(test_speaking_institution),
        cmocka_unit_test(test_spokesperson_speaks_for_the_institution),
        cmocka_unit_test(test_relative_pronoun_speaker),
        cmocka_unit_test(test_commas_in_preposed_content),
        cmocka_unit_test(test_object_vorfeld),
        cmocka_unit_test(test_subjunctive_in_fragment),
        cmocka_unit_test(test_wie_frames),
        cmocka_unit_test(test_es_as_object),
        cmocka_unit_test(test_so_frames_and_appositions),
        cmocka_unit_test(test_frames_set_off_inside),
        cmocka_unit_test(test_anaphor_frames_and_asides),
        cmocka_unit_test(test_frames_after_long_contents),
        cmocka_unit_test(test_source_compound),
        cmocka_unit_test(test_object_in_vorfeld),
        cmocka_unit_test(test_postposed_nach),
        cmocka_unit_test(test_relative_laut),
        cmocka_unit_test(test_marker_scope),
        cmocka_unit_test(test_group_speakers),
        cmocka_unit_test(test_decisions_and_findings),
        cmocka_unit_test(test_name_opening_like_a_preposition),
        cmocka_unit_test(test_verb_forms_between_article_and_noun),
        cmocka_unit_test(test_relative_clause_after_content_subject),
        cmocka_unit_test(test_subject_before_a_frame_set_off),
        cmocka_unit_test(test_speakers_named_beside_their_roles),
        cmocka_unit_test(test_indictment_as_a_source),
        cmocka_unit_test(test_number_word_in_the_speaker),
        cmocka_unit_test(test_object_after_laut_and_a_name),
        cmocka_unit_test(test_time_and_phrase_after_the_verb),
        cmocka_unit_test(test_main_clause_after_waehrend_and_damit),
        cmocka_unit_test(test_reported_identity),
        cmocka_unit_test(test_negated_frame_then_continuation),
        cmocka_unit_test(test_one_of_a_nation_by_salience),
        cmocka_unit_test(test_accusing_verbs),
        cmocka_unit_test(test_diplomat_is_the_ambassador),
        cmocka_unit_test(test_possessive_mein_is_no_verb),
        cmocka_unit_test(test_what_something_is_frames_nothing),
        cmocka_unit_test(test_laut_as_an_adverb),
        cmocka_unit_test(test_order_and_robustness),
        cmocka_unit_test(test_nach_without_source),
        cmocka_unit_test(test_fronted_object_is_no_content),
        cmocka_unit_test(test_age_adjective_speaker),
        cmocka_unit_test(test_vorfeld_of_two_prepositional_phrases),
        cmocka_unit_test(test_frame_then_und),
        cmocka_unit_test(test_more_verbs_of_saying),
        cmocka_unit_test(test_focus_adverb_before_fronted_object),
        cmocka_unit_test(test_demnach_points_to_the_source_just_quoted),
        cmocka_unit_test(test_fragment_in_the_frame_is_the_speakers),
        cmocka_unit_test(test_declaring_something_frames_nothing),
        cmocka_unit_test(test_coordinated_vorfeld_before_a_singular_verb),
        cmocka_unit_test(test_source_ends_before_a_genitive_of_the_content),
        cmocka_unit_test(test_org_noun_in_the_organisations_name),
        cmocka_unit_test(test_lower_case_organisation_after_its_noun),
        cmocka_unit_test(test_festhalten_frames_indirect_speech),
        cmocka_unit_test(test_subordinate_clause_frames_nothing),
        cmocka_unit_test(test_wie_berichtet_is_no_frame),
        cmocka_unit_test(test_coordinated_source_after_nach_and_laut),
        cmocka_unit_test(test_spokesperson_compounds_no_list_holds),
        cmocka_unit_test(test_second_frame_joined_after_a_frame),
        cmocka_unit_test(test_wie_frame_inside_a_framed_sentence),
        cmocka_unit_test(test_speaker_after_adjectives_and_their_adverbs),
        cmocka_unit_test(test_main_clause_resumes_after_a_nouns_content),
        cmocka_unit_test(test_statement_noun_owner_before_verbs),
        cmocka_unit_test(test_own_frame_after_a_comma),
        cmocka_unit_test(test_first_person_aside_in_parentheses),
        cmocka_unit_test(test_relative_clause_is_no_content),
        cmocka_unit_test(test_unlisted_konjunktiv_frames_nothing),
        cmocka_unit_test(test_ergeben_sich_is_no_finding),
        cmocka_unit_test(test_addressee_and_expletive_speak_not),
        cmocka_unit_test(test_beide_speak),
        cmocka_unit_test(test_meaning_well_says_nothing),
        cmocka_unit_test(test_questions_report_nothing),
        cmocka_unit_test(test_gendarmerie_speaks),
        cmocka_unit_test(test_participle_shares_the_frame_before),
        cmocka_unit_test(test_zu_before_the_verb_is_no_particle),
        cmocka_unit_test(test_welches_opens_a_relative_clause),
        cmocka_unit_test(test_negation_in_a_clause_after_the_act),
        cmocka_unit_test(test_fronted_dative_of_a_feminine_noun),
        cmocka_unit_test(test_als_clause_is_no_content),
        cmocka_unit_test(test_laut_closing_a_framed_sentence),
        cmocka_unit_test(test_sie_after_a_persons_noun_is_the_object),
        cmocka_unit_test(test_plaintiff_and_employee_speak),
        cmocka_unit_test(test_und_verb_after_reported_speech),
        cmocka_unit_test(test_fragment_of_the_first_of_two_reports),
        cmocka_unit_test(test_und_verb_inside_reported_words),
        cmocka_unit_test(test_continuation_after_a_narrated_clause),
        cmocka_unit_test(test_perfect_frame_around_an_apposition),
        cmocka_unit_test(test_relative_adverb_after_a_frame),
        cmocka_unit_test(test_speaker_opened_by_a_qualified_figure),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
