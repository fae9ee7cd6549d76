/* test_segment.c - German paragraphs, sentences and tokens on sentences
 * written for these tests. */
#include "helpers.h"

/* Asserts that `text` splits into exactly the `n` sentences given. */
static void expect_sentences(void **state, const char *text, const char *const *want, size_t n) {
    nf_doc *d = th_extract(state, text);
    size_t got = nf_doc_sentence_count(d);
    for (size_t i = 0; i < got; i++) {
        nf_span s;
        assert_int_equal(nf_doc_sentence(d, i, &s), NF_OK);
        if (i < n && strcmp(th_span(text, s), want[i]) != 0)
            fail_msg("sentence %zu: got \"%s\", want \"%s\"", i, th_span(text, s), want[i]);
    }
    if (got != n) fail_msg("%zu sentences, want %zu", got, n);
    nf_doc_free(d);
}

#define SENTENCES(text, ...)                                                                       \
    do {                                                                                           \
        const char *const w_[] = {__VA_ARGS__};                                                    \
        expect_sentences(state, text, w_, sizeof w_ / sizeof w_[0]);                               \
    } while (0)

/* Finds the token whose text is `tok` and returns its kind (-1 if none). */
static int token_kind(void **state, const char *text, const char *tok) {
    nf_doc *d = th_extract(state, text);
    int kind = -1;
    for (size_t i = 0; i < nf_doc_token_count(d) && kind < 0; i++) {
        nf_span s;
        nf_token_kind k;
        nf_doc_token(d, i, &s, &k);
        if (strcmp(th_span(text, s), tok) == 0) kind = (int)k;
    }
    nf_doc_free(d);
    return kind;
}

static void test_abbreviations(void **state) {
    SENTENCES("Das ist z. B. ein Test. Dr. Müller kam am Montag.", "Das ist z. B. ein Test.",
              "Dr. Müller kam am Montag.");
    SENTENCES("Der Umsatz stieg um 5 Mio. Euro bzw. um drei Prozent. Prof. Weber u. a. "
              "widersprach.",
              "Der Umsatz stieg um 5 Mio. Euro bzw. um drei Prozent.",
              "Prof. Weber u. a. widersprach.");
    SENTENCES("Die Kirche in St. Petersburg wurde im 19. Jh. gebaut, ca. 20 Jahre nach Nr. 5.",
              "Die Kirche in St. Petersburg wurde im 19. Jh. gebaut, ca. 20 Jahre nach Nr. 5.");
    SENTENCES("Das gilt z.B. für Banken, d.h. für alle. Sie zahlen.",
              "Das gilt z.B. für Banken, d.h. für alle.", "Sie zahlen.");
    assert_int_equal(token_kind(state, "Das gilt z.B. hier.", "z.B."), NF_TOK_ABBREV);
    assert_int_equal(token_kind(state, "Das kostet 2 Mrd. Euro.", "Mrd."), NF_TOK_ABBREV);
}

static void test_abbreviation_at_sentence_end(void **state) {
    SENTENCES("Sie kauften Äpfel, Birnen usw. Die Preise stiegen.",
              "Sie kauften Äpfel, Birnen usw.", "Die Preise stiegen.");
    SENTENCES("Sie kauften Äpfel usw. Müller war zufrieden.",
              "Sie kauften Äpfel usw. Müller war zufrieden.");
    SENTENCES("Es sprach George W. Bush.", "Es sprach George W. Bush.");
    /* one that stands before a number is a word where a sentence starter
     * follows it ("Hybrid Art."), not before a number */
    SENTENCES("Sie gewann in der Kategorie Hybrid Art. Es war ein Erfolg.",
              "Sie gewann in der Kategorie Hybrid Art.", "Es war ein Erfolg.");
    SENTENCES("Das regelt Art. 5 des Gesetzes.", "Das regelt Art. 5 des Gesetzes.");
    /* a capital letter alone ends a sentence before a word that opens
     * sentences, not after "z." */
    SENTENCES("Das schrieb er auf der Plattform X. Seine Frau lachte.",
              "Das schrieb er auf der Plattform X.", "Seine Frau lachte.");
    SENTENCES("Das gilt z. B. Die Zeit druckte es.", "Das gilt z. B. Die Zeit druckte es.");
}

static void test_ordinals_and_dates(void **state) {
    SENTENCES("Toqajew traf am 11. November in Moskau ein. Er blieb drei Tage.",
              "Toqajew traf am 11. November in Moskau ein.", "Er blieb drei Tage.");
    SENTENCES("Im 19. Jahrhundert wuchs die Stadt. Sie zählte 2.500 Einwohner.",
              "Im 19. Jahrhundert wuchs die Stadt.", "Sie zählte 2.500 Einwohner.");
    SENTENCES("Sie feierte ihren 40. Geburtstag. Er belegte Platz 3. Die Konkurrenz staunte.",
              "Sie feierte ihren 40. Geburtstag.", "Er belegte Platz 3.",
              "Die Konkurrenz staunte.");
    /* "als" before a rank's noun; not "mehr als" closing a sentence */
    SENTENCES("Er ist als 47. Präsident vereidigt worden. Es kamen mehr als 47. Die Feier "
              "war lang.",
              "Er ist als 47. Präsident vereidigt worden.", "Es kamen mehr als 47.",
              "Die Feier war lang.");
    SENTENCES("Er wurde 1964 geboren. 1990 zog er um.", "Er wurde 1964 geboren.",
              "1990 zog er um.");
    SENTENCES("Das Gesetz trat am 12.11.2025 in Kraft. Danach sank die Zahl.",
              "Das Gesetz trat am 12.11.2025 in Kraft.", "Danach sank die Zahl.");
    SENTENCES("Am 4.12. wurde gewählt, am 3. und 4. Mai gezählt.",
              "Am 4.12. wurde gewählt, am 3. und 4. Mai gezählt.");
    assert_int_equal(token_kind(state, "Am 12.11.2025 war es.", "12.11.2025"), NF_TOK_DATE);
    assert_int_equal(token_kind(state, "Am 4.12. war es.", "4.12."), NF_TOK_DATE);
    assert_int_equal(token_kind(state, "am 11. November", "11."), NF_TOK_ORDINAL);
    assert_int_equal(token_kind(state, "im 19. Jahrhundert", "19."), NF_TOK_ORDINAL);
    assert_int_equal(token_kind(state, "bis zum 3. Oktober", "3."), NF_TOK_ORDINAL);
    /* a comma, semicolon or closing parenthesis after it: an ordinal, no
     * sentence ends there (a goal's minutes); an adverb of time between a
     * possessive and it ("seinem bereits 150. Grand Prix") */
    assert_int_equal(token_kind(state, "Er traf doppelt (80., 94.) im Spiel.", "80."),
                     NF_TOK_ORDINAL);
    assert_int_equal(token_kind(state, "Stocker (84.) traf.", "84."), NF_TOK_ORDINAL);
    /* after an article and an opening quotation mark: a title's ordinal */
    assert_int_equal(token_kind(state, "Dann wurde die „4. Winterwelt“ eröffnet.", "4."),
                     NF_TOK_ORDINAL);
    SENTENCES("Er startet zu seinem bereits 150. Grand Prix in Monza. Es regnet.",
              "Er startet zu seinem bereits 150. Grand Prix in Monza.", "Es regnet.");
    SENTENCES("Es kamen 150. Danach war Ruhe.", "Es kamen 150.", "Danach war Ruhe.");
    /* an item's number opening the text before a capitalised word */
    SENTENCES("1. Anna Berg (AUT) 242,6 Punkte", "1. Anna Berg (AUT) 242,6 Punkte");
    SENTENCES("Sie siegte. 28. Sieg von Anna Berg.", "Sie siegte.", "28. Sieg von Anna Berg.");
    /* a rank of a results list after a parenthesis */
    SENTENCES("Ergebnis: Anna Berg (AUT) 242,6 (92,5/97,0) 2. Sara Tak (JPN) 238,6",
              "Ergebnis: Anna Berg (AUT) 242,6 (92,5/97,0) 2. Sara Tak (JPN) 238,6");
    /* an article or a preposition opening the sentence ends none */
    SENTENCES("Er siegte. Der 1. FC Köln verlor. Das 11. Weltsozialforum begann.", "Er siegte.",
              "Der 1. FC Köln verlor.", "Das 11. Weltsozialforum begann.");
    /* a kind of club after the number: its name ("1. FC Nürnberg"), but
     * not after a score */
    SENTENCES("Er kehrte zum Bundesligisten 1. FC Nürnberg zurück. Er blieb.",
              "Er kehrte zum Bundesligisten 1. FC Nürnberg zurück.", "Er blieb.");
    SENTENCES("Das Spiel endete 2:1. FC Bayern führt.", "Das Spiel endete 2:1.",
              "FC Bayern führt.");
    /* a capitalised word in the sentence before a number closes it */
    SENTENCES("Sie gewann im Finale gegen Platz 3. Der Verein jubelte.",
              "Sie gewann im Finale gegen Platz 3.", "Der Verein jubelte.");
}

static void test_numbers(void **state) {
    const char *t = "Der Handel betrug 27,8 Milliarden Dollar, 2.500 Menschen kamen um 14:30 Uhr.";
    assert_int_equal(token_kind(state, t, "27,8"), NF_TOK_NUMBER);
    assert_int_equal(token_kind(state, t, "2.500"), NF_TOK_NUMBER);
    assert_int_equal(token_kind(state, t, "14:30"), NF_TOK_NUMBER);
    assert_int_equal(token_kind(state, "Er zahlte 1.000.000 Euro.", "1.000.000"), NF_TOK_NUMBER);
    SENTENCES("Die Quote lag bei 3,5. Das war neu.", "Die Quote lag bei 3,5.", "Das war neu.");
}

static void test_compounds_and_elisions(void **state) {
    const char *t = "Einer der führenden Handels- und Wirtschaftspartner ist Qassym-Schomart "
                    "Toqajews Land, so geht's.";
    assert_int_equal(token_kind(state, t, "Handels-"), NF_TOK_WORD);
    assert_int_equal(token_kind(state, t, "Qassym-Schomart"), NF_TOK_WORD);
    assert_int_equal(token_kind(state, t, "geht's"), NF_TOK_WORD);
    assert_int_equal(token_kind(state, "Die US-Dollar-Reserven", "US-Dollar-Reserven"),
                     NF_TOK_WORD);
    assert_int_equal(token_kind(state, "in den 1970-er Jahren", "1970-er"), NF_TOK_WORD);
    assert_int_equal(token_kind(state, "Export- bzw. Importquote", "Export-"), NF_TOK_WORD);
}

static void test_urls_and_emails(void **state) {
    const char *t = "Mehr unter https://www.example.org/a_b.html. Fragen an info@example.de, "
                    "siehe auch www.bund.de oder tagesschau.de/inland.";
    assert_int_equal(token_kind(state, t, "https://www.example.org/a_b.html"), NF_TOK_URL);
    assert_int_equal(token_kind(state, t, "info@example.de"), NF_TOK_EMAIL);
    assert_int_equal(token_kind(state, t, "www.bund.de"), NF_TOK_URL);
    assert_int_equal(token_kind(state, t, "tagesschau.de/inland"), NF_TOK_URL);
    SENTENCES(t, "Mehr unter https://www.example.org/a_b.html.",
              "Fragen an info@example.de, siehe auch www.bund.de oder tagesschau.de/inland.");
    assert_int_equal(token_kind(state, "(siehe http://x.org/a_(b))", "http://x.org/a_(b)"),
                     NF_TOK_URL);
    /* a domain with capitals before a common top-level domain is one
     * token, at a sentence's end too; a sentence run on without its space
     * is two words */
    t = "Das meldet ZDNet.com, wie Golem.de feststellt. Er sagte es Ende.das war neu.";
    assert_int_equal(token_kind(state, t, "ZDNet.com"), NF_TOK_URL);
    assert_int_equal(token_kind(state, t, "Golem.de"), NF_TOK_URL);
    assert_int_equal(token_kind(state, t, "Ende"), NF_TOK_WORD);
    SENTENCES("Konkurrenz gibt es von Musicload.de. Der Markt wächst.",
              "Konkurrenz gibt es von Musicload.de.", "Der Markt wächst.");
    /* the link an embedded tweet ends with ends it, where the article
     * runs on with a capital and no full stop; another link does not */
    SENTENCES("Wir gewinnen! pic.twitter.com/b8UnP8azAM Der Minister sagte das. Siehe "
              "https://t.co/vDhbCqSz6L Innenminister X sprach. Siehe www.bund.de Daten.",
              "Wir gewinnen! pic.twitter.com/b8UnP8azAM", "Der Minister sagte das.",
              "Siehe https://t.co/vDhbCqSz6L", "Innenminister X sprach.",
              "Siehe www.bund.de Daten.");
}

static void test_quotes_and_sentences(void **state) {
    SENTENCES("„Wir kommen.“ Er ging.", "„Wir kommen.“", "Er ging.");
    SENTENCES("„Das ist gut“, sagte er. „Wir sind bereit.“", "„Das ist gut“, sagte er.",
              "„Wir sind bereit.“");
    SENTENCES("»Ja!«, rief sie. «Non», sagte er.", "»Ja!«, rief sie.", "«Non», sagte er.");
    SENTENCES("„Wohin?“, fragte er.", "„Wohin?“, fragte er.");
    SENTENCES("Er sagte: \"Wir bleiben.\" Dann ging er.", "Er sagte: \"Wir bleiben.\"",
              "Dann ging er.");
    /* a quotation that opens with a function word in lower case goes on
     * the sentence after a period that ends a numeral; a name in lower
     * case opens a new one */
    SENTENCES("Er sagte, Benedikt XVI. „ist ein Denker“. Sie ging.",
              "Er sagte, Benedikt XVI. „ist ein Denker“.", "Sie ging.");
    SENTENCES("Er las ein Blatt. „taz“ heißt es.", "Er las ein Blatt.", "„taz“ heißt es.");
    /* a regnal number's period before a parenthesis goes on the sentence;
     * another's before one ends it */
    SENTENCES("König Rama IX. (Bhumibol) bestellte ihn ein. Er kam.",
              "König Rama IX. (Bhumibol) bestellte ihn ein.", "Er kam.");
    SENTENCES("Er kam um neun. (Die Zeit war knapp.)", "Er kam um neun.", "(Die Zeit war knapp.)");
    /* hashtags after a sentence open one, and end it before a word that
     * opens sentences; inside a sentence they stay */
    SENTENCES("Ich freue mich auf die EM. #Nachbarn Als Reaktion schrieb er ein Lied.",
              "Ich freue mich auf die EM.", "#Nachbarn", "Als Reaktion schrieb er ein Lied.");
    SENTENCES("Sie schrieb unter #MeToo Bewegendes.", "Sie schrieb unter #MeToo Bewegendes.");
}

static void test_punctuation_runs(void **state) {
    SENTENCES("Wirklich?! Ja … das stimmt. Gut", "Wirklich?!", "Ja … das stimmt.", "Gut");
    SENTENCES("Er zögerte... Dann sprach er (kurz). Ende.", "Er zögerte...",
              "Dann sprach er (kurz).", "Ende.");
}

static void test_heading_run_in(void **state) {
    /* A heading that lost its line break ends before the capitalised
     * word that opens the sentence after it; the polite "Sie" and a name
     * after such a word are no sentence start. */
    SENTENCES("Das war gut. Breiter Protest Seine neue Haltung sei das Problem.", "Das war gut.",
              "Breiter Protest", "Seine neue Haltung sei das Problem.");
    SENTENCES("Wagen Sie es ja nicht, hier zu sprechen.",
              "Wagen Sie es ja nicht, hier zu sprechen.");
    SENTENCES("Der Dichter Bei Dao las.", "Der Dichter Bei Dao las.");
}

static void test_dateline(void **state) {
    const char *t = "Moskau (dpa) – Der Kreml hat am Montag Gespräche bestätigt. Mehr folgt.";
    nf_doc *d = th_extract(state, t);
    nf_span s;
    assert_int_equal(nf_doc_dateline(d, &s), NF_OK);
    assert_string_equal(th_span(t, s), "Moskau (dpa) –");
    assert_int_equal(nf_doc_sentence_count(d), 2);
    nf_doc_sentence(d, 0, &s);
    assert_string_equal(th_span(t, s), "Der Kreml hat am Montag Gespräche bestätigt.");
    nf_doc_free(d);
    const char *t2 = "BERLIN, 12. November (Reuters) - Die Regierung tagte.";
    d = th_extract(state, t2);
    assert_int_equal(nf_doc_dateline(d, &s), NF_OK);
    assert_string_equal(th_span(t2, s), "BERLIN, 12. November (Reuters) -");
    nf_doc_free(d);
    d = th_extract(state, "Die Regierung (CDU) – so hieß es – tagte.");
    assert_int_equal(nf_doc_dateline(d, &s), NF_ERR_ARGUMENT);
    nf_doc_free(d);
}

static void test_paragraphs(void **state) {
    const char *t = "Titel der Meldung\n\nErster Absatz. Noch ein Satz.\nZweiter Absatz\n\n\n";
    nf_doc *d = th_extract(state, t);
    assert_int_equal(nf_doc_paragraph_count(d), 3);
    nf_span s;
    nf_doc_paragraph(d, 1, &s);
    assert_string_equal(th_span(t, s), "Erster Absatz. Noch ein Satz.");
    assert_int_equal(nf_doc_sentence_count(d), 4); /* sentences never cross paragraphs */
    nf_doc_free(d);
    /* Hard-wrapped text: single line breaks join lines into one paragraph. */
    const char *w = "Die Regierung in Berlin hat am Montag neue Zahlen zum Handel mit\n"
                    "Kasachstan vorgelegt. Demnach wuchs der Warenaustausch im Jahr 2024\n"
                    "deutlich, vor allem bei Maschinen und Fahrzeugen. Die Opposition\n"
                    "kritisierte, die Zahlen seien geschönt, und verlangte eine Prüfung\n"
                    "durch den Rechnungshof. Das Ministerium wies die Vorwürfe zurück.\n"
                    "\n"
                    "Ein zweiter Absatz folgt hier.";
    d = th_extract(state, w);
    assert_int_equal(nf_doc_paragraph_count(d), 2);
    assert_int_equal(nf_doc_sentence_count(d), 5);
    nf_doc_free(d);
    /* Spaces around the breaks, CR LF, a space-only line and trailing
     * white space: the breaks still count, the spaces do not. */
    const char *x = "  Eins ist hier. \r\n \t\r\nZwei folgt.  \n  Drei kommt.\n \n\n  ";
    d = th_extract(state, x);
    assert_int_equal(nf_doc_paragraph_count(d), 3);
    nf_doc_paragraph(d, 0, &s);
    assert_string_equal(th_span(x, s), "Eins ist hier.");
    nf_doc_paragraph(d, 2, &s);
    assert_string_equal(th_span(x, s), "Drei kommt.");
    nf_doc_free(d);
}

static void test_crlf_and_invisibles(void **state) {
    SENTENCES("Erster Satz.\r\nZweiter\xc2\xa0Satz.", "Erster Satz.", "Zweiter\xc2\xa0Satz.");
    assert_int_equal(token_kind(state, "Die Wirt\xc2\xadschaft wächst.", "Wirt\xc2\xadschaft"),
                     NF_TOK_WORD);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_abbreviation_at_sentence_end),
        cmocka_unit_test(test_ordinals_and_dates),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_compounds_and_elisions),
        cmocka_unit_test(test_urls_and_emails),
        cmocka_unit_test(test_quotes_and_sentences),
        cmocka_unit_test(test_punctuation_runs),
        cmocka_unit_test(test_heading_run_in),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_crlf_and_invisibles),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
