/* test_amounts.c - figures: values, units, qualifiers, objects, measures,
 * periods, and what is not an amount; sentences written for these tests. */
#include <math.h>

#include "helpers.h"
#include "doc.h"
#include "stages.h"

/* What an amount should be; NULL strings mean "null". */
typedef struct want {
    const char *span;
    double value;
    const char *unit, *qualifier, *object, *measure, *period_start, *period_end;
} want;

/* Compares a possibly NULL string with an expectation. */
static void same(const char *what, const char *got, const char *exp) {
    bool differ = got && exp ? strcmp(got, exp) != 0 : got != exp;
    if (differ)
        fail_msg("%s: got \"%s\", want \"%s\"", what, got ? got : "(null)", exp ? exp : "(null)");
}

/* Extracts `text` (published 2025-11-12) and checks the amount `w`. */
static void expect_amount(void **state, const char *text, want w) {
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    for (size_t i = 0; i < d->namounts; i++) {
        const nf_amount *a = &d->amounts[i];
        if (strcmp(th_span(text, nf_doc_tokens_span(d, a->ta, a->tb)), w.span) != 0) continue;
        if (isnan(w.value) != isnan(a->value) ||
            (!isnan(w.value) && fabs(a->value - w.value) > 1e-6 * fmax(1, fabs(w.value))))
            fail_msg("%s: value %g, want %g", w.span, a->value, w.value);
        same("unit", a->unit, w.unit);
        same("qualifier", a->qualifier, w.qualifier);
        same("object",
             a->obj >= 0 ? th_span(text, nf_doc_tokens_span(d, (size_t)a->obj, (size_t)a->obj + 1))
                         : NULL,
             w.object);
        same("measure", a->measure, w.measure);
        if (w.period_start) {
            int f[3], l[3];
            assert_true(nf_amount_period(d, a, f, l));
            char s[16], x[16];
            snprintf(s, sizeof s, "%04d-%02d-%02d", f[0], f[1], f[2]);
            snprintf(x, sizeof x, "%04d-%02d-%02d", l[0], l[1], l[2]);
            same("period start", s, w.period_start);
            same("period end", x, w.period_end);
        } else {
            assert_int_equal(a->period, -1);
        }
        nf_doc_free(d);
        return;
    }
    for (size_t i = 0; i < d->namounts; i++)
        fprintf(stderr, "  found \"%s\"\n",
                th_span(text, nf_doc_tokens_span(d, d->amounts[i].ta, d->amounts[i].tb)));
    nf_doc_free(d);
    fail_msg("no amount \"%s\" in \"%s\"", w.span, text);
}

/* Asserts that `text` holds no amount. */
static void expect_none(void **state, const char *text) {
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    if (d->namounts)
        fail_msg("\"%s\": found \"%s\"", text,
                 th_span(text, nf_doc_tokens_span(d, d->amounts[0].ta, d->amounts[0].tb)));
    nf_doc_free(d);
}

static void test_money_with_scale_and_period(void **state) {
    expect_amount(state, "Das Handelsvolumen betrug im Jahr 2024 27,8 Milliarden US-Dollar.",
                  (want){"27,8 Milliarden US-Dollar", 27.8e9, "USD", NULL, "Handelsvolumen",
                         "trade", "2024-01-01", "2024-12-31"});
    expect_amount(state,
                  "In den ersten neun Monaten des Jahres 2025 lag der Umsatz bei 1,5 Mio. Euro.",
                  (want){"1,5 Mio. Euro", 1.5e6, "EUR", NULL, "Umsatz", "revenue", "2025-01-01",
                         "2025-09-30"});
    /* a scaled sum with no unit and no noun after a money figure is in
     * its currency */
    expect_amount(
        state,
        "Der Handel erreichte 44 Milliarden US-Dollar. Bis 2030 soll er auf 50 "
        "Milliarden steigen.",
        (want){"44 Milliarden US-Dollar", 44e9, "USD", NULL, "Handel", "trade", NULL, NULL});
    nf_doc *d = th_extract(state, "Der Handel erreichte 44 Milliarden US-Dollar. Bis 2030 soll "
                                  "er auf 50 Milliarden steigen.");
    assert_int_equal(d->namounts, 2);
    assert_non_null(d->amounts[1].unit);
    assert_string_equal(d->amounts[1].unit, "USD");
    nf_doc_free(d);
    /* a trade turnover ("Warenumsatz", товарооборот) is trade, not a
     * company's revenue */
    expect_amount(state,
                  "Im ersten Halbjahr 2025 wuchs der Warenumsatz auf 13,1 Milliarden Dollar.",
                  (want){"13,1 Milliarden Dollar", 13.1e9, "USD", NULL, "Warenumsatz", "trade",
                         "2025-01-01", "2025-06-30"});
    expect_amount(
        state, "Der Nettoverlust betrug 763 Millionen Euro.",
        (want){"763 Millionen Euro", 763e6, "EUR", NULL, "Nettoverlust", "loss", NULL, NULL});
}

/* A time after "gegenüber" or "im Vergleich zu" is the base of a
 * comparison, not the figure's period, unless the figure stands in
 * apposition to it; a sentence opening with "Damit"/"Dabei" keeps the
 * period of the sentence before; a change "von A auf B" over several years
 * puts A in the first year and B in the last. */
static void test_periods_of_comparisons(void **state) {
    expect_amount(state, "Der Verband steigerte den Umsatz gegenüber dem Vorjahr um 12 Prozent.",
                  (want){"12 Prozent", 12, "%", NULL, "Umsatz", "revenue", NULL, NULL});
    expect_amount(state,
                  "Der Umsatz lag gegenüber dem Vorjahr (3,1 Millionen Euro) um 12 Prozent höher.",
                  (want){"3,1 Millionen Euro", 3.1e6, "EUR", NULL, "Umsatz", "revenue",
                         "2024-01-01", "2024-12-31"});
    expect_amount(state,
                  "Der Konzern wies für das Jahr 2023 einen Gewinn von 5 Milliarden Euro aus. "
                  "Damit stieg der Gewinn gegenüber dem Vorjahr um 1,2 Milliarden Euro.",
                  (want){"1,2 Milliarden Euro", 1.2e9, "EUR", NULL, "Gewinn", "profit",
                         "2023-01-01", "2023-12-31"});
    expect_amount(state,
                  "Der Konzern wies für das Jahr 2023 einen Gewinn von 5 Milliarden Euro aus. "
                  "Der Umsatz betrug 9 Milliarden Euro.",
                  (want){"9 Milliarden Euro", 9e9, "EUR", NULL, "Umsatz", "revenue", NULL, NULL});
    expect_amount(state, "Zum Vergleich: 2014 lag der Umsatz bei 7 Millionen Euro.",
                  (want){"7 Millionen Euro", 7e6, "EUR", NULL, "Umsatz", "revenue", "2014-01-01",
                         "2014-12-31"});
    static const char range[] = "Im Zeitraum von 2010 bis 2015 sank der Preis von 80 auf 60 Euro.";
    expect_amount(state, range,
                  (want){"80", 80, "EUR", NULL, "Preis", "price", "2010-01-01", "2010-12-31"});
    expect_amount(state, range,
                  (want){"60 Euro", 60, "EUR", NULL, "Preis", "price", "2015-01-01", "2015-12-31"});
    /* a time in a later clause with a figure of its own is that figure's */
    static const char later[] = "Vorgesehen ist ein Defizit von 407 Milliarden Dollar, für das "
                                "Jahr 2024 mit zusätzlichen 410 Milliarden Dollar.";
    expect_amount(
        state, later,
        (want){"407 Milliarden Dollar", 407e9, "USD", NULL, "Defizit", "deficit", NULL, NULL});
    expect_amount(state, later,
                  (want){"410 Milliarden Dollar", 410e9, "USD", NULL, "Defizit", "deficit",
                         "2024-01-01", "2024-12-31"});
}

static void test_counts_and_qualifiers(void **state) {
    expect_amount(state, "Rund 2.500 Polizisten sicherten die Gespräche.",
                  (want){"Rund 2.500", 2500, NULL, "about", "Polizisten", "police", NULL, NULL});
    expect_amount(state, "Es gab mehr als 100 Tote.",
                  (want){"mehr als 100", 100, NULL, "more_than", "Tote", "deaths", NULL, NULL});
    expect_amount(state, "Bis zu 30 Staaten nehmen teil.",
                  (want){"Bis zu 30", 30, NULL, "up_to", "Staaten", NULL, NULL, NULL});
    expect_amount(state, "Meines Wissens etwa 27 Milliarden Investitionen.",
                  (want){"etwa 27 Milliarden", 27e9, NULL, "about", "Investitionen", "investment",
                         NULL, NULL});
    expect_amount(state, "Israel rief zehntausend Reservisten ein.",
                  (want){"zehntausend", 10000, NULL, NULL, "Reservisten", "troops", NULL, NULL});
    expect_amount(state, "Mindestens 40 Ziele wurden getroffen.",
                  (want){"Mindestens 40", 40, NULL, "at_least", "Ziele", NULL, NULL, NULL});
}

static void test_percentages_and_units(void **state) {
    expect_amount(
        state, "Der Marktanteil lag bei rund 90 Prozent.",
        (want){"rund 90 Prozent", 90, "%", "about", "Marktanteil", "market share", NULL, NULL});
    expect_amount(state, "Die Quote stieg um 0,7 %.",
                  (want){"0,7 %", 0.7, "%", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Die Leitung ist 120 Kilometer lang.",
                  (want){"120 Kilometer", 120, "km", NULL, NULL, NULL, NULL, NULL});
    /* a physical unit takes no measure only money has */
    expect_amount(state, "Ergebnisse des Radrennens (295 km) am Samstag: Sieg für Demare.",
                  (want){"295 km", 295, "km", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Der Gewinn stieg auf 5 Millionen Euro.",
                  (want){"5 Millionen Euro", 5e6, "EUR", NULL, "Gewinn", "profit", NULL, NULL});
    /* an adjective's ending written onto the percent sign */
    expect_amount(state, "Die Anleihe brachte eine 2,6%ige Rendite.",
                  (want){"2,6%", 2.6, "%", NULL, "Rendite", "interest rate", NULL, NULL});
    /* "Zoll" after a number is the inch, no tariff */
    expect_amount(state, "Der 5,7 Zoll große Bildschirm ist hell.",
                  (want){"5,7 Zoll", 5.7, "in", NULL, "Bildschirm", NULL, NULL, NULL});
}

/* A minus before a figure makes it negative: the word "minus", a hyphen,
 * minus or en dash written onto the number and set off before; not a
 * margin's "plus/minus". */
static void test_negative_figures(void **state) {
    expect_amount(state, "In der Nacht sank die Temperatur auf minus 12 Grad.",
                  (want){"minus 12 Grad", -12, "°C", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Der Index schloss bei -0,25 Prozent.",
                  (want){"-0,25 Prozent", -0.25, "%", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state,
                  "Der Index schloss bei \xE2\x88\x92"
                  "3,5 Prozent.",
                  (want){"\xE2\x88\x92"
                         "3,5 Prozent",
                         -3.5, "%", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Die Probe wird auf etwa minus 5 Grad gekühlt.",
                  (want){"etwa minus 5 Grad", -5, "°C", "about", NULL, NULL, NULL, NULL});
    expect_amount(state, "Die Fehlermarge liegt bei plus/minus 3 Prozent.",
                  (want){"3 Prozent", 3, "%", NULL, NULL, NULL, NULL, NULL});
}

/* A number before a fraction's noun is a share, in percent ("zwei Drittel
 * der Wähler" 66.67 %, "die Hälfte der Befragten" 50 %); tenths and hundredths with no whole after
 * them are a race's seconds, no share. */
static void test_fractions_as_shares(void **state) {
    expect_amount(state, "Rund zwei Drittel der Wähler stimmten zu.",
                  (want){"Rund zwei Drittel", 66.67, "%", "about", "Wähler", "voters", NULL, NULL});
    expect_amount(state, "Ein Viertel der Befragten lehnt das ab.",
                  (want){"Ein Viertel", 25, "%", NULL, "Befragten", NULL, NULL, NULL});
    expect_amount(state, "Ein Zehntel der Kredite fiel aus.",
                  (want){"Ein Zehntel", 10, "%", NULL, "Kredite", "loan", NULL, NULL});
    expect_amount(
        state, "Ausgezählt sind mehr als Dreiviertel der Wahlzettel.",
        (want){"mehr als Dreiviertel", 75, "%", "more_than", "Wahlzettel", NULL, NULL, NULL});
    expect_none(state, "Er lag acht Hundertstel zurück.");
    /* "die Hälfte" of a whole is 50 %, with its qualifier; not the second
     * half of a year nor a point in time */
    expect_amount(state, "Die Hälfte der Befragten lehnt das ab.",
                  (want){"Hälfte", 50, "%", NULL, "Befragten", NULL, NULL, NULL});
    expect_amount(
        state, "Mehr als die Hälfte der Wähler stimmte zu.",
        (want){"Mehr als die Hälfte", 50, "%", "more_than", "Wähler", "voters", NULL, NULL});
    expect_none(state, "In der zweiten Hälfte des Jahres wuchs die Wirtschaft.");
    expect_none(state, "Nach der Hälfte des Films ging er.");
    /* a fraction's noun alone is a part, no figure */
    expect_none(state, "Er setzte im dritten Viertel einen Versuch.");
    /* "eine halbe Milliarde": the article is the fraction's "one" */
    expect_amount(state, "Die Tour brachte Einnahmen von einer halben Milliarde Dollar.",
                  (want){"einer halben Milliarde Dollar", 5e8, "USD", NULL, "Einnahmen", "revenue",
                         NULL, NULL});
}

static void test_cents_alone(void **state) {
    /* "Cent" alone is a hundredth of the currency named before it, else of
     * the euro, and its value the decimal a reader writes */
    expect_amount(state,
                  "Der Umsatz betrug 278 Millionen Euro. Es gab eine Dividende von zehn Cent je "
                  "Aktie.",
                  (want){"zehn Cent", 0.1, "EUR", NULL, "Dividende", "dividend", NULL, NULL});
    expect_amount(state, "Apple zahlt 5 Milliarden Dollar. Die Aktie stieg um 50 Cent.",
                  (want){"50 Cent", 0.5, "USD", NULL, "Aktie", "share price", NULL, NULL});
    const char *t = "Die Dividende steigt auf 70 Cent.";
    nf_doc_meta m = {0};
    nf_error e;
    nf_doc *d = nf_extract(*state, t, strlen(t), &m, &e);
    assert_int_equal(d->namounts, 1);
    assert_true(d->amounts[0].value == 0.7);
    assert_string_equal(d->amounts[0].unit, "EUR");
    nf_doc_free(d);
}

static void test_currency_forms(void **state) {
    expect_amount(state, "Er zahlte 94.000 $.",
                  (want){"94.000 $", 94000, "USD", NULL, NULL, "payment", NULL, NULL});
    expect_amount(state, "Es kostet $ 15.",
                  (want){"$ 15", 15, "USD", NULL, NULL, "cost", NULL, NULL});
    expect_amount(state, "Der Etat beträgt 12 500 EUR.",
                  (want){"12 500 EUR", 12500, "EUR", NULL, "Etat", "budget", NULL, NULL});
    expect_amount(state, "Es kostet zwei Euro und fünfzig Cent.",
                  (want){"zwei Euro und fünfzig Cent", 2.5, "EUR", NULL, NULL, "cost", NULL, NULL});
    expect_amount(state, "Das kostet 15 Dollar 50.",
                  (want){"15 Dollar 50", 15.5, "USD", NULL, NULL, "cost", NULL, NULL});
    expect_amount(state, "Er bot siebenhundert-Euro.",
                  (want){"siebenhundert-Euro", 700, "EUR", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Kasachstan erhielt 300 Milliarden Tenge.",
                  (want){"300 Milliarden Tenge", 300e9, "KZT", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Die Ausgaben sanken von 114 auf 99 Euro.",
                  (want){"114", 114, "EUR", NULL, "Ausgaben", "spending", NULL, NULL});
    expect_amount(state, "Die Ausgaben sanken von 114 auf 99 Euro.",
                  (want){"99 Euro", 99, "EUR", NULL, "Ausgaben", "spending", NULL, NULL});
}

static void test_ranges(void **state) {
    expect_amount(state, "Zwischen 5 und 7 Prozent der Stimmen fielen weg.",
                  (want){"5 und 7 Prozent", 5, "%", NULL, "Stimmen", "votes", NULL, NULL});
    expect_amount(state, "Es kamen 20 bis 30 Menschen.",
                  (want){"20 bis 30", 20, NULL, NULL, "Menschen", NULL, NULL, NULL});
    /* "ein" counts where a range begins with it */
    expect_amount(state, "Nur ein bis zwei Krankenschwestern stünden bereit.",
                  (want){"ein bis zwei", 1, NULL, NULL, "Krankenschwestern", NULL, NULL, NULL});
    expect_amount(state, "Schon das Rauchen von einer bis vier Zigaretten schadet.",
                  (want){"einer bis vier", 1, NULL, NULL, "Zigaretten", NULL, NULL, NULL});
    expect_none(state, "Ein Mann kam.");
}

static void test_not_amounts(void **state) {
    expect_none(state, "Die Präsidenten sprachen unter vier Augen.");
    expect_none(state, "Die Boeing 747 landete sicher.");
    /* after a common noun a number word, or digits, that a noun follows
     * count ("laut Polizei zwei Menschen"); after a noun of ranks, before
     * an article, or a name in capitals they stay a number */
    expect_amount(state, "Bei dem Unfall sind laut Polizei zwei Menschen gestorben.",
                  (want){"zwei", 2, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "Dabei sind nach Angaben der Polizei 14 Menschen gestorben.",
                  (want){"14", 14, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_none(state, "Der Verein rutscht dadurch auf Platz neun der Tabelle.");
    expect_none(state, "Er komponierte den Chorgesang Drei Hirtenkinder aus Fatima.");
    expect_none(state, "Die Boeing 747 der Gesellschaft landete sicher.");
    /* at the sentence start too, where the word is no word of the language
     * ("Etwa 100 Menschen" is an amount) */
    expect_none(state, "Windows 10 kommt im Juli auf den Markt.");
    expect_none(state, "Ubuntu 16.04 erscheint im April.");
    expect_amount(state, "Etwa 100 Menschen kamen zur Kundgebung.",
                  (want){"Etwa 100", 100, NULL, "about", "Menschen", NULL, NULL, NULL});
    expect_none(state, "Er wohnt in der Hausnummer 5 nicht.");
    expect_none(state, "Russland ist einer der führenden Partner.");
    expect_none(state, "Das Treffen dauerte drei Stunden.");
    expect_none(state, "Am 11. November 2025 kam er.");
    expect_none(state, "Die Summe beläuft sich auf Milliarden.");
    expect_none(state, "Es endete 2:1 nach Verlängerung.");
    /* a score with spaces around its colon, and the half-time score */
    expect_none(state, "Hannover 96 – Karlsruher SC 2 : 2 (1 : 0)");
    /* a range whose other end a duration holds is the duration's */
    expect_none(state, "Das Gespräch habe 30 bis 40 Minuten gedauert.");
    /* the first part of a compound whose rest follows the next one */
    expect_none(state, "Die 200- und 500-Euro-Scheine waren gefälscht.");
    expect_none(state, "Bei 16- bis 24-jährigen Alleinlebenden ist das so.");
}

/* The numbers of a ranking or a line-up are ordinals; a count closing a
 * sentence stays a count. */
static void test_ranked_lists(void **state) {
    expect_none(state, "Gesamtwertung: 1. Frenzel \xe2\x80\x93 2. Riessle \xe2\x80\x93 3. Watabe.");
    expect_none(state, "Ajax spielte mit Cillessen, Veltman (71. Sanogo) und Dijks.");
    expect_none(state, "Herren: 1. Jan Frodeno (GER) 8:14:40 3. Timothy ODonnell (USA).");
    expect_none(state, "Tore: Rosseli (44.) und Nyquist (21./Foulelfmeter).");
    expect_amount(state, "Die Zahl der Toten stieg auf 27. Danach kam Hilfe.",
                  (want){"27", 27, NULL, NULL, "Toten", "deaths", NULL, NULL});
    expect_amount(state, "Die Bilanz: 27. Das ist viel.",
                  (want){"27", 27, NULL, NULL, NULL, NULL, NULL, NULL});
}

/* Vague counts ("mehrere hundert", "Hunderte") are figures without a
 * value, marked approximate; a plain "Dutzend" is twelve. */
static void test_vague_counts(void **state) {
    expect_amount(
        state, "Mehrere hundert Menschen demonstrierten.",
        (want){"Mehrere hundert", NAN, NULL, "about", "Menschen", "participants", NULL, NULL});
    expect_amount(
        state, "Der Wert beträgt einige hundert Millionen Euro.",
        (want){"einige hundert Millionen Euro", NAN, "EUR", "about", NULL, NULL, NULL, NULL});
    expect_amount(state, "Hunderte Zivilisten flohen.",
                  (want){"Hunderte", NAN, NULL, "about", "Zivilisten", "displaced", NULL, NULL});
    expect_amount(state, "Das Land zählt dutzende Millionen Muslime.",
                  (want){"dutzende Millionen", NAN, NULL, "about", "Muslime", NULL, NULL, NULL});
    expect_amount(state, "Ein Dutzend Häuser brannte.",
                  (want){"Dutzend", 12, NULL, NULL, "Häuser", NULL, NULL, NULL});
    /* a scale word after a vague qualifier */
    expect_amount(state, "Sie sollen mehrere Millionen Euro ergaunert haben.",
                  (want){"mehrere Millionen Euro", NAN, "EUR", "about", NULL, NULL, NULL, NULL});
    expect_amount(state, "Der Dienst hat einige Millionen Nutzer.",
                  (want){"einige Millionen", NAN, NULL, "about", "Nutzer", NULL, NULL, NULL});
    expect_none(state, "Es gibt mehrere Millionen.");
    expect_none(state, "Es waren Tausende.");
    expect_none(state, "Einige Politiker kamen.");
    expect_none(state, "Federer siegte mit einem 6:0-Sieg.");
    /* a tie-break's points in parentheses after a set's score */
    expect_none(state, "Er verlor knapp mit 6:7(1),6:7(4).");
    expect_none(state, "Sie siegte 6:3, 7:6 (6).");
    /* whole numbers joined by slashes: a season, caps and goals, a date */
    expect_none(state, "In der Saison 2015/16 spielte er gut.");
    expect_none(state, "Im Kader steht David Alaba (Bayern, 37/9).");
    expect_none(state, "Das Treffen ist am 30/2.");
    /* numbers that name a thing after its noun, alone or listed */
    expect_none(state, "Es fahren die Straßenbahnlinien 5, 10 und 18.");
    expect_none(state, "Das regelt Artikel 68 des Grundgesetzes.");
    expect_amount(state, "Der Landesjagdverband zahlt 2.000 Euro.",
                  (want){"2.000 Euro", 2000, "EUR", NULL, NULL, "payment", NULL, NULL});
    /* a number in a name the entity stage found */
    expect_none(state, "Hannover 96 spielte gegen Bündnis 90/Die Grünen.");
    /* runs of digits side by side that are no thousands' groups: a
     * telephone number */
    expect_none(state, "Hinweise an die Polizei unter 059 133 60 3333.");
    expect_amount(state, "Rund 12 500 000 Menschen kamen.",
                  (want){"Rund 12 500 000", 12500000, NULL, "about", "Menschen", NULL, NULL, NULL});
    /* a model's number after a brand's word with a capital inside, a
     * minute of stoppage time */
    expect_none(state, "Er testete das Netz mit einem Apple iPhone 6 vier Wochen lang.");
    expect_none(state, "Die Entscheidung fiel in der Nachspielzeit (45.+1).");
    expect_amount(state, "Im Satz ließ der 22-Jährige drei Breakbälle ungenutzt.",
                  (want){"drei", 3, NULL, NULL, "Breakbälle", NULL, NULL, NULL});
    /* an adjective's form in "-e" before a capitalised word gives no
     * measure: the name's ("das Tote Gebirge") */
    expect_amount(state, "Man wandert durch das Tote Gebirge, schon 600 Höhenmeter über der Alm.",
                  (want){"600 Höhenmeter", 600, "m", NULL, NULL, NULL, NULL, NULL});
    /* a court's case number: chamber, register letters, file and year */
    expect_none(state, "Das Gericht bestätigte das Urteil (1 R 77/15y).");
    expect_none(state, "Der OGH entschied im Verfahren 4 Ob 112/14m anders.");
    expect_none(state, "Das Aktenzeichen lautet 2 BvR 1234/19.");
    expect_amount(state, "Er zahlte 3 Mio. 12/20 nicht.",
                  (want){"3 Mio.", 3000000, NULL, NULL, NULL, NULL, NULL, NULL});
    /* an item's number in a list */
    expect_none(state, "Das Programm. 5) Münchener Biennale startet neu.");
    /* decimals so joined are measures */
    expect_amount(state, "Sie sprang 92,5/97,0 Meter weit.",
                  (want){"97,0 Meter", 97, "m", NULL, NULL, NULL, NULL, NULL});
}

/* A scale applied to a decimal fraction gives the whole number it names,
 * exactly (8.2 times 10^9 in binary is 8199999999.999999). */
static void test_scaled_values_are_exact(void **state) {
    const char *text = "Spotify wurde mit 8,2 Milliarden Dollar bewertet, die Firma mit über "
                       "4,1 Millionen Euro.";
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    assert_int_equal(d->namounts, 2);
    assert_true(d->amounts[0].value == 8200000000.0);
    assert_true(d->amounts[1].value == 4100000.0);
    nf_doc_free(d);
}

/* A measure is found in a compound's tail, not in a prefixed word; a
 * change of a measure measures what changes. */
static void test_measure_not_in_a_prefix(void **state) {
    expect_amount(state, "Straflos bleibt der Besitz von maximal 15 Gramm.",
                  (want){"maximal 15 Gramm", 15, "g", "up_to", NULL, NULL, NULL, NULL});
    expect_amount(state, "Die Partei lehnt die Mehrwertsteuererhöhung auf 19 Prozent ab.",
                  (want){"19 Prozent", 19, "%", NULL, "Mehrwertsteuererhöhung", "tax", NULL, NULL});
    expect_amount(
        state, "Die Notenbank beschloss eine Zinssenkung um 0,25 Prozentpunkte.",
        (want){"0,25 Prozentpunkte", 0.25, "%", NULL, "Zinssenkung", "interest rate", NULL, NULL});
}

/* The measure of a noun before the figure: not that of a noun qualifying
 * another after "vor" ("Ergebnis vor Steuern"), nor one in a clause of
 * purpose that opens the sentence (the verb of its own clause says what
 * it is: a payment, no loss). */
static void test_measure_noun_before(void **state) {
    expect_amount(
        state, "Das Ergebnis vor Steuern sank auf 172 Millionen Euro.",
        (want){"172 Millionen Euro", 172e6, "EUR", NULL, "Ergebnis", "profit", NULL, NULL});
    expect_amount(state, "Um ihn für den Verlust zu entschädigen, zahlte der Staat 70.000 Dollar.",
                  (want){"70.000 Dollar", 70000, "USD", NULL, NULL, "payment", NULL, NULL});
}

/* A sum no noun says more of takes its measure from the verb of its
 * clause, before or after it; not past a dash, nor from a participle
 * before its noun. */
static void test_measure_of_a_sum_by_its_verb(void **state) {
    expect_amount(
        state, "Das neue Gebäude kostet fast fünf Milliarden Dollar.",
        (want){"fast fünf Milliarden Dollar", 5e9, "USD", "less_than", NULL, "cost", NULL, NULL});
    expect_amount(state, "Die Kamera soll rund 500 Euro kosten.",
                  (want){"rund 500 Euro", 500, "EUR", "about", NULL, "cost", NULL, NULL});
    expect_amount(
        state, "Die Firma hat rund eine Milliarde Euro investiert.",
        (want){"rund eine Milliarde Euro", 1e9, "EUR", "about", NULL, "investment", NULL, NULL});
    expect_amount(state, "SanDisk ist an der Börse rund 14,6 Milliarden Dollar wert.",
                  (want){"rund 14,6 Milliarden Dollar", 14.6e9, "USD", "about", NULL, "valuation",
                         NULL, NULL});
    expect_amount(state, "Die Firma wurde mit gut 8,2 Milliarden Dollar bewertet.",
                  (want){"gut 8,2 Milliarden Dollar", 8.2e9, "USD", "more_than", NULL, "valuation",
                         NULL, NULL});
    expect_amount(state, "Die Bank muss 2,5 Milliarden Euro abschreiben.",
                  (want){"2,5 Milliarden Euro", 2.5e9, "EUR", NULL, NULL, "loss", NULL, NULL});
    expect_amount(state,
                  "Die Aktionäre sollen einer Kapitalerhöhung von 15 Milliarden Franken "
                  "zustimmen.",
                  (want){"15 Milliarden Franken", 15e9, "CHF", NULL, "Kapitalerhöhung",
                         "investment", NULL, NULL});
    expect_amount(state, "Das Telefon ist ab 739 Euro erhältlich.",
                  (want){"739 Euro", 739, "EUR", NULL, NULL, "price", NULL, NULL});
    expect_amount(
        state, "Der Minister hat bereits mehr als 600.000 Euro ausgegeben.",
        (want){"mehr als 600.000 Euro", 6e5, "EUR", "more_than", NULL, "spending", NULL, NULL});
    expect_amount(state, "Die Summe: 600 Euro – das Flugzeug dürfte viel mehr wert sein.",
                  (want){"600 Euro", 600, "EUR", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state,
                  "Weitere 4,5 Millionen Euro entgehen den Gemeinden an nicht bezahlten Taxen.",
                  (want){"4,5 Millionen Euro", 4.5e6, "EUR", NULL, NULL, NULL, NULL, NULL});
    /* exports and imports; a year between the verb and the sum is no
     * other count that ends the verb's reach, and a verb before its
     * subject's name is no participle before a noun */
    expect_amount(state, "Russland exportierte 2023 Öl im Wert von 100 Milliarden Dollar.",
                  (want){"100 Milliarden Dollar", 1e11, "USD", NULL, NULL, "export", "2023-01-01",
                         "2023-12-31"});
    /* things sold or exported, which no noun measures; not a count after a
     * preposition or of a whole */
    expect_amount(state, "Der Hersteller verkaufte im Jahr 2024 rund 495.000 Fahrzeuge.",
                  (want){"rund 495.000", 495000, NULL, "about", "Fahrzeuge", "sales", "2024-01-01",
                         "2024-12-31"});
    expect_amount(state, "Russland exportierte 2023 rund 50 Millionen Tonnen Weizen.",
                  (want){"rund 50 Millionen Tonnen", 5e7, "t", "about", "Weizen", "export",
                         "2023-01-01", "2023-12-31"});
    expect_amount(state, "Das Buch wurde verkauft und in 40 Sprachen übersetzt.",
                  (want){"40", 40, NULL, NULL, "Sprachen", NULL, NULL, NULL});
    /* the economy growing or shrinking, not a sector */
    expect_amount(
        state, "Die deutsche Wirtschaft schrumpfte 2024 um 0,2 Prozent.",
        (want){"0,2 Prozent", 0.2, "%", NULL, "Wirtschaft", "growth", "2024-01-01", "2024-12-31"});
    expect_amount(state, "Die Landwirtschaft schrumpfte um 2 Prozent.",
                  (want){"2 Prozent", 2, "%", NULL, NULL, NULL, NULL, NULL});
    expect_amount(state, "Im Jahr 2024 importierte China Gas für 20 Milliarden Dollar.",
                  (want){"20 Milliarden Dollar", 2e10, "USD", NULL, NULL, "import", "2024-01-01",
                         "2024-12-31"});
}

/* A party's percentage after a verb of an election's result is its share
 * of the votes; not a percentage a party wants. */
static void test_party_vote_share(void **state) {
    expect_amount(state,
                  "Die AfD kam auf 20,8 Prozent, die SPD erreichte mit 16,4 Prozent ihr "
                  "schlechtestes Ergebnis.",
                  (want){"20,8 Prozent", 20.8, "%", NULL, NULL, "votes", NULL, NULL});
    expect_amount(state,
                  "Die AfD kam auf 20,8 Prozent, die SPD erreichte mit 16,4 Prozent ihr "
                  "schlechtestes Ergebnis.",
                  (want){"16,4 Prozent", 16.4, "%", NULL, NULL, "votes", NULL, NULL});
    expect_amount(state, "Die SPD will die Renten um 10 Prozent erhöhen.",
                  (want){"10 Prozent", 10, "%", NULL, "Renten", "pension", NULL, NULL});
    expect_amount(state, "Die SPD will den Beitrag um 10 Prozent erhöhen.",
                  (want){"10 Prozent", 10, "%", NULL, NULL, NULL, NULL, NULL});
}

/* A bare count of the number the clause opened with measures its
 * genitive's noun: "Die Zahl der Toten stieg auf 120", or the noun's
 * participle: "der verletzten Personen". */
static void test_number_of_noun(void **state) {
    expect_amount(state, "Die Zahl der Toten stieg auf 120.",
                  (want){"120", 120, NULL, NULL, "Toten", "deaths", NULL, NULL});
    /* (a compound whose tail would mislead measures nothing: no jobs) */
    expect_amount(state, "Die Zahl der Tankstellen stieg auf 800.",
                  (want){"800", 800, NULL, NULL, "Tankstellen", NULL, NULL, NULL});
    /* (a noun of people measured by its participle) */
    expect_amount(state, "Die Zahl der verletzten Personen stieg auf 25.",
                  (want){"25", 25, NULL, NULL, "Personen", "injured", NULL, NULL});
    expect_amount(state,
                  "Die Zahl der registrierten Arbeitslosen stieg im Oktober auf 2,91 Millionen.",
                  (want){"2,91 Millionen", 2.91e6, NULL, NULL, "Arbeitslosen", "unemployed",
                         "2025-10-01", "2025-10-31"});
}

/* A figure after "seit" counts from then to the document's date; a
 * record's "seit" (after a superlative, "erstmals") is no period of the
 * figure, unless the figure stands in the "als" clause that says what
 * happened then. */
static void test_period_since(void **state) {
    expect_amount(state, "In dem Konflikt wurden seit April 2014 fast 7000 Menschen getötet.",
                  (want){"fast 7000", 7000, NULL, "less_than", "Menschen", "deaths", "2014-04-01",
                         "2025-11-12"});
    expect_amount(state,
                  "Die Grünen erreichten 2,1 Millionen Stimmen, das schlechteste Ergebnis seit "
                  "2009.",
                  (want){"2,1 Millionen", 2.1e6, NULL, NULL, "Stimmen", "votes", NULL, NULL});
    expect_amount(state,
                  "Es ist die schwerste Krise seit 2009, als das BIP um 7,9 Prozent einbrach.",
                  (want){"7,9 Prozent", 7.9, "%", NULL, "BIP", "gdp", "2009-01-01", "2009-12-31"});
}

/* A sum converted in parentheses measures what the sum before it does;
 * a noun after the parenthesis measures both. */
static void test_conversions_in_parentheses(void **state) {
    const char *t = "Dabei investierte die NASA 1,5 Milliarden Dollar (1,24 Milliarden Euro).";
    expect_amount(
        state, t,
        (want){"1,24 Milliarden Euro", 1.24e9, "EUR", NULL, NULL, "investment", NULL, NULL});
    const char *u = "Er klagte auf 168 Millionen Dollar (rund 150 Millionen Euro) Schadenersatz.";
    expect_amount(state, u,
                  (want){"168 Millionen Dollar", 168e6, "USD", NULL, "Schadenersatz",
                         "compensation", NULL, NULL});
    expect_amount(state, u,
                  (want){"rund 150 Millionen Euro", 150e6, "EUR", "about", "Schadenersatz",
                         "compensation", NULL, NULL});
}

/* A year before "auf" dates the figure after it, unless "von" opens the
 * pair ("von 114 auf 99 Euro", "von derzeit 2000 auf 15.000 Soldaten"). */
static void test_year_before_auf(void **state) {
    expect_amount(state, "Der Umsatz stieg 2015 auf 3 Milliarden Dollar.",
                  (want){"3 Milliarden Dollar", 3e9, "USD", NULL, "Umsatz", "revenue", "2015-01-01",
                         "2015-12-31"});
    expect_amount(state, "Die Zahl stieg von derzeit 2000 auf rund 15.000 Soldaten.",
                  (want){"2000", 2000, NULL, NULL, NULL, NULL, NULL, NULL});
}

/* A sum of money measures no count of people or things, a bare count no
 * sum of money; "-schaft" is a suffix, no noun "Haft" in a compound. */
static void test_money_and_counts(void **state) {
    expect_amount(state, "Die Kosten für die Belegschaft bezifferte er mit 22,5 Millionen Euro.",
                  (want){"22,5 Millionen Euro", 22.5e6, "EUR", NULL, "Kosten", "cost", NULL, NULL});
    expect_amount(state, "Die Suche ergab weltweit 580 Ergebnisse.",
                  (want){"580", 580, NULL, NULL, "Ergebnisse", NULL, NULL, NULL});
    expect_amount(state, "Der Sturm traf die Versorgung von 498.000 Haushalten.",
                  (want){"498.000", 498000, NULL, NULL, "Haushalten", "households", NULL, NULL});
    /* "Haushalten" are households, no budget ("Haushalt") */
    expect_amount(state, "In den übrigen Haushalten müssen nur vier Prozent darauf verzichten.",
                  (want){"vier Prozent", 4, "%", NULL, "Haushalten", "households", NULL, NULL});
    expect_amount(state, "Die Tochtergesellschaft buchte 266.016 Euro.",
                  (want){"266.016 Euro", 266016, "EUR", NULL, NULL, NULL, NULL, NULL});
    /* a scaled sum keeps its measure */
    expect_amount(state, "Drei Milliarden Schulden hat die Stadt.",
                  (want){"Drei Milliarden", 3e9, NULL, NULL, "Schulden", "debt", NULL, NULL});
}

/* A person's age in parentheses after the name or role noun is no figure;
 * a count after a place is. */
static void test_ages_in_parentheses(void **state) {
    expect_none(state, "Die Sängerin Nina Hagen (56) kam mit ihrer Tochter.");
    /* after a class noun of persons too */
    expect_none(state, "Der Fahrer (33) wurde am Montag einem Richter vorgeführt.");
    expect_none(state, "Der Minister (54) trat zurück.");
    expect_amount(state, "Betroffen waren vor allem Brandenburg (97) und Sachsen.",
                  (want){"97", 97, NULL, NULL, NULL, NULL, NULL, NULL});
}

/* A count of people whose noun says nothing of what befell them, or only
 * who they are: the verb of its clause does ("wurden getötet", "starben",
 * "kamen ums Leben", "festgenommen"); not an age ("im Alter von 79
 * Jahren gestorben") nor the whole of a part ("zwei der drei Kinder"). */
/* A share of the economy's output in the genitive is the base of the
 * figure: the noun before names what it measures; the output itself
 * where none does. */
static void test_share_of_gdp(void **state) {
    expect_amount(state, "Das Defizit beträgt 3,2 Prozent des BIP.",
                  (want){"3,2 Prozent", 3.2, "%", NULL, "Defizit", "deficit", NULL, NULL});
    expect_amount(
        state,
        "Die Verteidigungsausgaben sollen auf fünf Prozent der Wirtschaftsleistung "
        "steigen.",
        (want){"fünf Prozent", 5, "%", NULL, "Verteidigungsausgaben", "spending", NULL, NULL});
    expect_amount(state, "Das BIP wuchs um 0,3 Prozent.",
                  (want){"0,3 Prozent", 0.3, "%", NULL, "BIP", "gdp", NULL, NULL});
}

static void test_measure_by_verb(void **state) {
    expect_amount(state, "Bei dem Anschlag wurden mindestens 40 Menschen getötet.",
                  (want){"mindestens 40", 40, NULL, "at_least", "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "Dabei kamen 20 Zivilisten ums Leben.",
                  (want){"20", 20, NULL, NULL, "Zivilisten", "deaths", NULL, NULL});
    expect_amount(state, "Getötet wurden 3 Polizisten.",
                  (want){"3", 3, NULL, NULL, "Polizisten", "deaths", NULL, NULL});
    expect_amount(state, "Die Polizei hat 25 Demonstranten festgenommen.",
                  (want){"25", 25, NULL, NULL, "Demonstranten", "arrested", NULL, NULL});
    /* the finite verb right before the count, after the prefield; a
     * protest counts its participants */
    expect_amount(state, "Bei dem Anschlag starben 20 Menschen.",
                  (want){"20", 20, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "In Berlin demonstrierten rund 5000 Menschen.",
                  (want){"rund 5000", 5000, NULL, "about", "Menschen", "participants", NULL, NULL});
    expect_amount(state, "Rund 200 Bürger protestierten vor dem Rathaus.",
                  (want){"Rund 200", 200, NULL, "about", "Bürger", "participants", NULL, NULL});
    expect_amount(state, "Zwei Menschen wurden getötet und 100 verletzt.",
                  (want){"100", 100, NULL, NULL, NULL, "injured", NULL, NULL});
    /* "zum Opfer fallen"; killing told in the active, its subject a
     * pronoun between; those who fled; the jobless.  A killing only
     * wanted counts no dead, nor does "Opfer" without "zum" */
    expect_amount(state, "In Polen fielen dem Hochwasser bereits 16 Menschen zum Opfer.",
                  (want){"16", 16, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "Dort töteten sie mindestens 89 Menschen.",
                  (want){"mindestens 89", 89, NULL, "at_least", "Menschen", "deaths", NULL, NULL});
    expect_amount(
        state, "Mindestens 2000 Menschen flohen über die Grenze.",
        (want){"Mindestens 2000", 2000, NULL, "at_least", "Menschen", "displaced", NULL, NULL});
    expect_amount(state, "Im April waren 23,5 Millionen Menschen arbeitslos.",
                  (want){"23,5 Millionen", 23.5e6, NULL, NULL, "Menschen", "unemployed",
                         "2025-04-01", "2025-04-30"});
    expect_amount(state, "Er wollte mehr als 100 Menschen töten.",
                  (want){"mehr als 100", 100, NULL, "more_than", "Menschen", NULL, NULL, NULL});
    expect_amount(state, "16 Menschen wurden Opfer eines Betrugs.",
                  (want){"16", 16, NULL, NULL, "Menschen", NULL, NULL, NULL});
    /* a count joined by "und" to the next shares its verb; one whose own
     * verb follows "und" does not */
    expect_amount(state,
                  "Bei der Explosion sind acht Menschen und auf der Insel 68 Menschen ums Leben "
                  "gekommen.",
                  (want){"acht", 8, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "Dort explodierten vier Autobomben und töteten 98 Menschen.",
                  (want){"vier", 4, NULL, NULL, "Autobomben", NULL, NULL, NULL});
    /* "das Leben" that a form of "kosten" took from the count, the verb
     * before the count in its clause or after "das Leben"; a relative
     * pronoun before the count is no article of a known group */
    expect_amount(state, "Gestern kostete ein Lawinenabgang im Tal fünf Skifahrern das Leben.",
                  (want){"fünf", 5, NULL, NULL, "Skifahrern", "deaths", NULL, NULL});
    expect_amount(state, "Es war ein Brand, der neun Bewohnern das Leben gekostet hat.",
                  (want){"neun", 9, NULL, NULL, "Bewohnern", "deaths", NULL, NULL});
    expect_amount(state, "Es war ein Sturm, der zwölf Fischer tötete.",
                  (want){"zwölf", 12, NULL, NULL, "Fischer", "deaths", NULL, NULL});
    expect_amount(state, "Die Rettung von vier Kletterern kostete das Leben eines Helfers.",
                  (want){"vier", 4, NULL, NULL, "Kletterern", NULL, NULL, NULL});
    /* "ihr Leben verloren"; "und" between two nouns before the verb */
    expect_amount(state, "Bei dem Beben haben 80 Menschen ihr Leben verloren.",
                  (want){"80", 80, NULL, NULL, "Menschen", "deaths", NULL, NULL});
    expect_amount(state, "Dort wurden 17 Bauern durch Geröll und Schlamm getötet.",
                  (want){"17", 17, NULL, NULL, "Bauern", "deaths", NULL, NULL});
    /* digits after a compound noun count a noun of what figures measure
     * after them */
    expect_amount(state, "In Laos forderte die Flutkatastrophe 64 Menschenleben.",
                  (want){"64", 64, NULL, NULL, "Menschenleben", "deaths", NULL, NULL});
    /* an age that tells when is no amount (the guide: "ages used as
     * dates"), an age range of people is one */
    expect_none(state, "Er ist im Alter von 79 Jahren gestorben.");
    expect_none(state, "Er starb mit 85 Jahren in Wien.");
    expect_amount(state, "Männer im Alter zwischen 15 und 60 Jahren wurden ausgebildet.",
                  (want){"15 und 60", 15, NULL, NULL, "Jahren", NULL, NULL, NULL});
    expect_amount(state, "Rund 500 Polizisten waren im Einsatz.",
                  (want){"Rund 500", 500, NULL, "about", "Polizisten", "police", NULL, NULL});
    /* a share at an election is of the votes */
    expect_amount(
        state, "Bei der Landtagswahl 2008 holte er 9,4 Prozent.",
        (want){"9,4 Prozent", 9.4, "%", NULL, "Landtagswahl", "votes", "2008-01-01", "2008-12-31"});
    expect_amount(state, "Nach 34 Vorwahlen war er vorn.",
                  (want){"34", 34, NULL, NULL, "Vorwahlen", NULL, NULL, NULL});
    /* "Stellen" after "an" are spots, no jobs */
    expect_amount(state, "Im Wald brannte es an insgesamt drei Stellen.",
                  (want){"drei", 3, NULL, NULL, "Stellen", NULL, NULL, NULL});
    expect_amount(state, "Der Konzern streicht 3000 Stellen.",
                  (want){"3000", 3000, NULL, NULL, "Stellen", "jobs", NULL, NULL});
    /* a participle before the noun tells it too */
    expect_amount(state, "Es kamen 40 verletzte Soldaten an.",
                  (want){"40", 40, NULL, NULL, "Soldaten", "injured", NULL, NULL});
    expect_amount(state, "Im Jahr gab es 60 getötete Journalisten.",
                  (want){"60", 60, NULL, NULL, "Journalisten", "deaths", NULL, NULL});
}

/* A month right after a figure, past "im", is that figure's period, even
 * where another time stands nearer before it. */
static void test_time_right_after_the_figure(void **state) {
    const char *t = "Die Inflation lag im Oktober bei 2,3 Prozent nach 2,6 Prozent im September.";
    expect_amount(state, t,
                  (want){"2,6 Prozent", 2.6, "%", NULL, "Inflation", "inflation", "2025-09-01",
                         "2025-09-30"});
    expect_amount(state, t,
                  (want){"2,3 Prozent", 2.3, "%", NULL, "Inflation", "inflation", "2025-10-01",
                         "2025-10-31"});
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_measure_by_verb),
        cmocka_unit_test(test_share_of_gdp),
        cmocka_unit_test(test_money_with_scale_and_period),
        cmocka_unit_test(test_periods_of_comparisons),
        cmocka_unit_test(test_counts_and_qualifiers),
        cmocka_unit_test(test_percentages_and_units),
        cmocka_unit_test(test_fractions_as_shares),
        cmocka_unit_test(test_currency_forms),
        cmocka_unit_test(test_cents_alone),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_not_amounts),
        cmocka_unit_test(test_ranked_lists),
        cmocka_unit_test(test_vague_counts),
        cmocka_unit_test(test_scaled_values_are_exact),
        cmocka_unit_test(test_measure_not_in_a_prefix),
        cmocka_unit_test(test_measure_noun_before),
        cmocka_unit_test(test_measure_of_a_sum_by_its_verb),
        cmocka_unit_test(test_money_and_counts),
        cmocka_unit_test(test_party_vote_share),
        cmocka_unit_test(test_number_of_noun),
        cmocka_unit_test(test_period_since),
        cmocka_unit_test(test_conversions_in_parentheses),
        cmocka_unit_test(test_year_before_auf),
        cmocka_unit_test(test_negative_figures),
        cmocka_unit_test(test_ages_in_parentheses),
        cmocka_unit_test(test_time_right_after_the_figure),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
