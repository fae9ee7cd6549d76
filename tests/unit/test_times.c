/* test_times.c - German time expressions, one rule per test, on sentences
 * written for these tests. */
#include "helpers.h"
#include "doc.h"

/* Extracts `text` with publication date `date` (NULL: none) and asserts
 * that the time whose text is `span` has `value` ("" for null) and type. */
static void expect_time(void **state, const char *date, const char *text, const char *span,
                        const char *value, int type) {
    nf_doc *d = th_extract_dated(state, text, date);
    for (size_t i = 0; i < d->ntimes; i++) {
        nf_span s = nf_doc_tokens_span(d, d->times[i].ta, d->times[i].tb);
        if (strcmp(th_span(text, s), span) != 0) continue;
        if (strcmp(d->times[i].value, value) != 0)
            fail_msg("\"%s\": value \"%s\", want \"%s\"", span, d->times[i].value, value);
        if (type >= 0) assert_int_equal(d->times[i].type, type);
        nf_doc_free(d);
        return;
    }
    for (size_t i = 0; i < d->ntimes; i++)
        fprintf(stderr, "  found \"%s\" = %s\n",
                th_span(text, nf_doc_tokens_span(d, d->times[i].ta, d->times[i].tb)),
                d->times[i].value);
    nf_doc_free(d);
    fail_msg("no time \"%s\" in \"%s\"", span, text);
}

/* Asserts that `text` holds no time expression at all. */
static void expect_no_time(void **state, const char *text) {
    nf_doc_meta m = {0};
    m.date = "2025-11-12";
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), &m, &e);
    if (d->ntimes)
        fail_msg("\"%s\": found \"%s\"", text,
                 th_span(text, nf_doc_tokens_span(d, d->times[0].ta, d->times[0].tb)));
    nf_doc_free(d);
}

#define DOC "2025-11-12" /* a Wednesday */

static void test_absolute_dates(void **state) {
    expect_time(state, DOC, "Das Gesetz gilt seit dem 12.11.2024.", "12.11.2024", "2024-11-12",
                NF_TIME_DATE);
    expect_time(state, DOC, "Er kam am 3. Oktober 2019 an.", "3. Oktober 2019", "2019-10-03",
                NF_TIME_DATE);
    expect_time(state, DOC, "Das war im März 2010.", "März 2010", "2010-03", NF_TIME_DATE);
    expect_time(state, DOC, "Im Jahr 2024 wuchs der Handel.", "Jahr 2024", "2024", NF_TIME_DATE);
    expect_time(state, DOC, "Sonntag, den 17. Februar 2008, wird gewählt.",
                "Sonntag, den 17. Februar 2008", "2008-02-17", NF_TIME_DATE);
}

static void test_partial_dates_take_the_nearest_year(void **state) {
    expect_time(state, DOC, "Toqajew traf am 11. November in Moskau ein.", "11. November",
                "2025-11-11", -1);
    expect_time(state, "2008-10-25", "Der Prozess beginnt am 17. Dezember.", "17. Dezember",
                "2008-12-17", -1);
    expect_time(state, "2026-01-05", "Er hatte am 28. Dezember gewarnt.", "28. Dezember",
                "2025-12-28", -1);
    /* the date something was put off to lies ahead, past tense or not */
    expect_time(state, "2005-10-19", "Der Prozess wurde auf den 28. November vertagt.",
                "28. November", "2005-11-28", -1);
    expect_time(state, DOC, "Es war am 4.12. in Berlin.", "4.12.", "2024-12-04", -1);
    expect_time(state, DOC, "Es geschieht am 4.12. in Berlin.", "4.12.", "2025-12-04", -1);
    /* a month alone by its nearer end: in late May the coming November
     * is nearer than the last one ends */
    expect_time(state, "2016-05-25", "Die Wahl findet Anfang November statt.", "Anfang November",
                "2016-11", -1);
    expect_time(state, "2016-05-25", "Die Wahl fand im November statt.", "November", "2015-11", -1);
    /* a day weeks back beats a tense that points most of a year ahead
     * (a report in the Konjunktiv of two days ago) */
    expect_time(state, "2009-09-18",
                "Die Flugzeuge hätten am 16. September Angriffe geflogen, "
                "werden die Rebellen sagen.",
                "16. September", "2009-09-16", -1);
    /* a genitive after it names its year: one expression */
    expect_time(state, "2015-08-22", "Zuletzt gewann die Austria am 21. September des Vorjahres.",
                "21. September des Vorjahres", "2014-09-21", -1);
    expect_time(state, "2006-08-23", "Der Bericht vom 19. Juni dieses Jahres liegt vor.",
                "19. Juni dieses Jahres", "2006-06-19", -1);
    /* "desselben Jahres", "des folgenden Jahres" after a month, day or
     * season: the year the text named last, not the document's */
    expect_time(state, "2021-02-09",
                "Shultz trat im März 1974 zurück, und im August desselben Jahres trat Nixon "
                "zurück.",
                "August desselben Jahres", "1974-08", -1);
    expect_time(state, "2021-02-09",
                "Im Herbst 2010 kam er. Am 3. Mai des folgenden Jahres ging er.",
                "3. Mai des folgenden Jahres", "2011-05-03", -1);
    expect_time(state, NULL,
                "Schlecker meldete im Jänner 2012 Insolvenz an. Im Sommer desselben Jahres "
                "stimmten die Gläubiger zu.",
                "Sommer desselben Jahres", "2012-SU", -1);
    /* a chronicle's entry: the year before the dash is its days' */
    expect_time(state, "2015-10-04",
                "1970 – Der im August verunglückte Jochen Rindt wird Weltmeister.", "August",
                "1970-08", -1);
    /* so is a year that opens a sentence before its verb, for its days
     * and holidays; a year that counts a noun after it is no such year */
    expect_time(state, "2011-02-22", "1953 kamen am Heiligen Abend viele Menschen ums Leben.",
                "Heiligen Abend", "1953-12-24", -1);
    expect_time(state, "2011-02-22", "Im Jahr 1953 kamen am 24. Dezember viele ums Leben.",
                "24. Dezember", "1953-12-24", -1);
    expect_time(state, "2011-02-22", "2005 vermeinte man, im Mai eine Einigung zu finden.", "Mai",
                "2005-05", -1);
}

static void test_relative_days(void **state) {
    expect_time(state, DOC, "Wie wir gestern besprochen haben.", "gestern", "2025-11-11", -1);
    expect_time(state, DOC, "Heute beginnt der Gipfel.", "Heute", "2025-11-12", -1);
    expect_time(state, DOC, "Vorgestern regnete es.", "Vorgestern", "2025-11-10", -1);
    expect_time(state, DOC, "Er kommt übermorgen.", "übermorgen", "2025-11-14", -1);
    expect_time(state, DOC, "Die Lage ist derzeit ruhig.", "derzeit", "2025-11-12", -1);
    expect_time(state, DOC, "Damals war alles anders.", "Damals", "", -1);
}

static void test_weekdays_follow_the_tense(void **state) {
    expect_time(state, DOC, "Am Montag hatte die Regierung getagt.", "Montag", "2025-11-10", -1);
    expect_time(state, DOC, "Am Freitag wird der Rat entscheiden.", "Freitag", "2025-11-14", -1);
    /* The night before a day is dated by the day. */
    expect_time(state, DOC, "In der Nacht zum Montag brannte die Fabrik.", "der Nacht zum Montag",
                "2025-11-10", -1);
    expect_time(state, DOC, "Die Polizei nahm ihn Nacht auf Sonntag fest.", "Nacht auf Sonntag",
                "2025-11-09", -1);
    expect_time(state, DOC, "Am Mittwoch tagt der Rat.", "Mittwoch", "2025-11-12", -1);
    /* the present of a scheduled act points ahead; "seit" always back */
    expect_time(state, DOC, "Der Kanzler reist am Freitag nach Peking.", "Freitag", "2025-11-14",
                -1);
    expect_time(state, DOC, "Er hält sich seit Montag in Kiew auf und spricht am Freitag.",
                "Montag", "2025-11-10", -1);
    expect_time(state, DOC, "Er hält sich seit Montag in Kiew auf und spricht am Freitag.",
                "Freitag", "2025-11-14", -1);
    /* the day a thing is set for, in the present, though its participle
     * is a past marker; with an auxiliary in the past the tense decides */
    expect_time(state, DOC, "Weitere Streiks sind für Montag angekündigt.", "Montag", "2025-11-17",
                -1);
    expect_time(state, DOC, "Für Montag hatte die Gewerkschaft zum Streik aufgerufen.", "Montag",
                "2025-11-10", -1);
    /* an attributive participle after the day tells its tense: done, or
     * planned where the participle is a future marker */
    expect_time(state, DOC,
                "Es gibt Proteste nach der am Montag erfolgten Wahl, die gefälscht sein soll.",
                "Montag", "2025-11-10", -1);
    expect_time(state, DOC, "Die am Freitag geplante Sitzung ist öffentlich.", "Freitag",
                "2025-11-14", -1);
    expect_time(state, DOC, "Das geschah vergangenen Donnerstag.", "vergangenen Donnerstag",
                "2025-11-06", -1);
    expect_time(state, DOC, "Wir treffen uns nächsten Montag.", "nächsten Montag", "2025-11-17",
                -1);
    expect_time(state, DOC, "Er reiste am Samstagabend ab.", "Samstagabend",
                "2025-11-08T16:00/2025-11-08T20:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Sitzung findet jeden Montag statt.", "jeden Montag", "XXXX-WXX-1",
                NF_TIME_SET);
}

/* Parts of the day are intervals of hours on their day; "früh" and "spät"
 * in a compound take the first or second half. */
static void test_parts_of_day(void **state) {
    expect_time(state, DOC, "Die Delegation reist am Dienstag Morgen ab.", "Dienstag Morgen",
                "2025-11-18T08:00/2025-11-18T12:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Der Ausschuss wird Donnerstag nachmittags tagen.",
                "Donnerstag nachmittags", "2025-11-13T12:00/2025-11-13T16:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Heute Abend spricht der Kanzler.", "Heute Abend",
                "2025-11-12T16:00/2025-11-12T20:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Gestern Nacht brannte eine Lagerhalle.", "Gestern Nacht",
                "2025-11-11T20:00/2025-11-11T23:59", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Fähre legte Montagfrühmorgens ab.", "Montagfrühmorgens",
                "2025-11-10T08:00/2025-11-10T10:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Polizei kam Freitagspätabends.", "Freitagspätabends",
                "2025-11-07T18:00/2025-11-07T20:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Dieser Abend bleibt in Erinnerung.", "Dieser Abend",
                "2025-11-12T16:00/2025-11-12T20:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Spätabends fiel der Strom aus.", "Spätabends",
                "2025-11-12T18:00/2025-11-12T20:00", NF_TIME_PERIOD);
    /* A clock time after a part of day is a point, not an interval. */
    expect_time(state, DOC, "Er landet abends um 8 Uhr.", "abends um 8 Uhr", "T20:00", -1);
}

/* A clock range on the document's day; a weekday directly before a date is
 * one expression with the date. */
static void test_clock_ranges_and_weekday_dates(void **state) {
    expect_time(state, DOC, "Die Wahllokale sind von 8 bis 18 Uhr geöffnet.", "von 8 bis 18 Uhr",
                "2025-11-12T08:00/2025-11-12T18:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Konferenz beginnt am Donnerstag 20. November in Genf.",
                "Donnerstag 20. November", "2025-11-20", NF_TIME_DATE);
    /* a day word and a clock time after it are that day's hour */
    expect_time(state, DOC, "Die Landung ist für heute 21:30 Uhr vorgesehen.", "heute 21:30 Uhr",
                "2025-11-12T21:30", NF_TIME_TIME);
    expect_time(state, DOC, "Das Treffen beginnt morgen um 10 Uhr.", "morgen um 10 Uhr",
                "2025-11-13T10:00", NF_TIME_TIME);
}

static void test_anaphoric_dates(void **state) {
    expect_time(state, DOC,
                "Er traf am 11. November ein. Noch am selben Tag fand ein Treffen statt.",
                "selben Tag", "2025-11-11", -1);
    /* "an diesem Tag" as "am selben Tag"; "diese Woche" is the writer's */
    expect_time(state, DOC,
                "Die Stadt wurde am 16. Januar 1945 bombardiert. An diesem Tag brannte der Dom.",
                "diesem Tag", "1945-01-16", -1);
    expect_time(state, DOC, "Am 3. März 2020 begann es. Diese Woche endete es.", "Diese Woche",
                "2025-11-10/2025-11-16", -1);
    expect_time(state, DOC, "Am 3. März 2020 begann es. Am Tag darauf endete es.", "Tag darauf",
                "2020-03-04", -1);
    expect_time(state, "2010-03-09",
                "Im abgelaufenen Geschäftsjahr stieg der Gewinn. Ein Jahr zuvor war er gesunken.",
                "Ein Jahr zuvor", "2008", -1);
    /* "später" counts from the date named last too, as "zuvor" does */
    expect_time(state, "2015-08-22",
                "Ab Sommer 2006 war er Trainer der Junioren, ein Jahr später Assistent.",
                "ein Jahr später", "2007", -1);
    expect_time(state, DOC,
                "Das Spiel erscheint am 16. Oktober 2007 in den USA und drei Tage später in "
                "Europa.",
                "drei Tage später", "2007-10-19", -1);
    /* minutes and hours after the clock time named last on that day; with
     * none, no time a reader could tell (a match's minutes) */
    expect_time(state, "2006-03-27",
                "Die Rakete hob am 24. März um 22:30 Uhr ab, eine Minute später brach der Kontakt "
                "ab.",
                "eine Minute später", "2006-03-24T22:31", NF_TIME_TIME);
    expect_time(state, "2006-03-27",
                "In der zwölften Minute fiel der Ausgleich, zehn Minuten später die Führung.",
                "zehn Minuten später", "", NF_TIME_TIME);
}

static void test_relative_units(void **state) {
    expect_time(state, DOC, "Im vergangenen Jahr sank der Umsatz.", "vergangenen Jahr", "2024", -1);
    expect_time(state, DOC, "Im kommenden Jahr soll er steigen.", "kommenden Jahr", "2026", -1);
    expect_time(state, DOC, "Das war vergangene Woche.", "vergangene Woche",
                "2025-11-03/2025-11-09", NF_TIME_PERIOD);
    expect_time(state, DOC, "Er kam letzten Monat.", "letzten Monat", "2025-10", -1);
    /* a relative pronoun before a demonstrative is no part of the time */
    expect_time(state, DOC, "Die Ministerin, die diese Woche gewählt wurde, sprach.", "diese Woche",
                "2025-11-10/2025-11-16", -1);
    expect_time(state, DOC, "Er kam vor drei Tagen.", "vor drei Tagen", "2025-11-09", -1);
    expect_time(state, DOC, "Er kommt in zwei Wochen.", "in zwei Wochen", "2025-11-26", -1);
    expect_time(state, DOC, "Er kam vor einigen Jahren.", "vor einigen Jahren", "", -1);
    /* a count of units after "letzten" or "nächsten": the span up to the
     * document's date or from the day after it; "nächsten" in the past
     * counts from a time the text tells of */
    expect_time(state, DOC, "In den vergangenen drei Jahren stieg der Umsatz.",
                "den vergangenen drei Jahren", "2022-11-12/2025-11-12", NF_TIME_PERIOD);
    expect_time(state, DOC, "Er ist für die nächsten 3 Tage in Berlin.", "die nächsten 3 Tage",
                "2025-11-13/2025-11-15", NF_TIME_PERIOD);
    expect_time(state, "2024-03-31", "In den letzten zwölf Monaten stieg er.",
                "den letzten zwölf Monaten", "2023-03-31/2024-03-31", NF_TIME_PERIOD);
    expect_time(state, "2024-03-31", "In den letzten 13 Monaten stieg er.",
                "den letzten 13 Monaten", "2023-02-28/2024-03-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Damit wurden die Grenzen für die nächsten 200 Jahre gezogen.",
                "die nächsten 200 Jahre", "", NF_TIME_PERIOD);
    expect_time(state, DOC, "In den letzten Tagen fiel Regen.", "den letzten Tagen", "",
                NF_TIME_PERIOD);
    /* a year before year 0 has no ISO 8601 form of the record: no value */
    expect_time(state, DOC, "Die Höhle wurde vor 30.000 Jahren bemalt.", "vor 30.000 Jahren", "",
                -1);
    expect_time(state, DOC, "Das war vor 300 Jahren.", "vor 300 Jahren", "1725", -1);
    /* quarters as the other units: the one before, this one, the next */
    expect_time(state, DOC, "Im vergangenen Quartal sank der Umsatz.", "vergangenen Quartal",
                "2025-07-01/2025-09-30", -1);
    expect_time(state, DOC, "Im laufenden Quartal steigt er.", "laufenden Quartal",
                "2025-10-01/2025-12-31", -1);
    expect_time(state, DOC, "Zum Ende des Quartals hatte er 9 Millionen Nutzer.",
                "Ende des Quartals", "2025-10-01/2025-12-31", -1);
    /* but "Quartal" alone is no span of three months, and the last one
     * of a year named after it is no shift */
    expect_no_time(state, "Die stärksten Quartale brachten Gewinn.");
    nf_doc *d = th_extract_dated(state, "Im letzten Quartal des Jahres lag er vorn.", DOC);
    for (size_t i = 0; i < d->ntimes; i++)
        if (strcmp(d->times[i].value, "2025-07-01/2025-09-30") == 0)
            fail_msg("the last quarter of the year read as the one before");
    nf_doc_free(d);
}

static void test_periods(void **state) {
    expect_time(state, DOC, "in den ersten neun Monaten des Jahres 2025 stieg er.",
                "den ersten neun Monaten des Jahres 2025", "2025-01-01/2025-09-30", NF_TIME_PERIOD);
    expect_time(state, DOC, "Im ersten Quartal 2024 fiel er.", "ersten Quartal 2024",
                "2024-01-01/2024-03-31", NF_TIME_PERIOD);
    /* "des Jahres" with no year is the document's, whatever year the text
     * named before; "des vergangenen Jahres" the one before it */
    expect_time(state, DOC,
                "Seit 2022 steigen die Preise. In den ersten neun Monaten des Jahres sank er.",
                "den ersten neun Monaten des Jahres", "2025-01-01/2025-09-30", NF_TIME_PERIOD);
    expect_time(state, DOC, "Im zweiten Halbjahr des vergangenen Jahres fiel er.",
                "zweiten Halbjahr des vergangenen Jahres", "2024-07-01/2024-12-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Im ersten Quartal dieses Jahres fiel er.",
                "ersten Quartal dieses Jahres", "2025-01-01/2025-03-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Im zweiten Halbjahr 2023 stieg er.", "zweiten Halbjahr 2023",
                "2023-07-01/2023-12-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Im Zeitraum von 2001 bis 2005 wuchs er.", "Zeitraum von 2001 bis 2005",
                "2001-01-01/2005-12-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Zwischen 2010 und 2015 wuchs er.", "Zwischen 2010 und 2015",
                "2010-01-01/2015-12-31", NF_TIME_PERIOD);
    expect_time(state, "2009-07-10", "Das Treffen findet am 24. und 25. September statt.",
                "24. und 25. September", "2009-09-24/2009-09-25", NF_TIME_PERIOD);
    expect_time(state, DOC, "Vom 24. März 1999 bis zum 10. Juni 1999 dauerte der Krieg.",
                "24. März 1999 bis zum 10. Juni 1999", "1999-03-24/1999-06-10", NF_TIME_PERIOD);
    expect_time(state, "2006-08-13", "Am Wochenende wurde gekämpft.", "Wochenende",
                "2006-08-12/2006-08-13", NF_TIME_PERIOD);
}

static void test_durations_and_sets(void **state) {
    expect_time(state, DOC, "Das Treffen dauerte etwa drei Stunden.", "drei Stunden", "PT3H",
                NF_TIME_DURATION);
    expect_time(state, DOC, "Wir warteten anderthalb Stunden.", "anderthalb Stunden", "PT1.5H",
                NF_TIME_DURATION);
    expect_time(state, DOC, "Er blieb eine halbe Stunde.", "eine halbe Stunde", "PT0.5H", -1);
    /* hours and minutes with a colon before the larger unit: how long it
     * took, no clock time and no time to come after "in" */
    expect_time(state, DOC, "Er setzte sich in 1:35 Stunden mit 6:3, 6:4 durch.", "1:35 Stunden",
                "PT95M", NF_TIME_DURATION);
    expect_time(state, DOC, "Sie lief die Strecke in 2:05 Minuten.", "2:05 Minuten", "PT125S",
                NF_TIME_DURATION);
    expect_time(state, DOC, "Er siegte nach 8:14:40 Stunden Tortur.", "8:14:40 Stunden", "PT29680S",
                NF_TIME_DURATION);
    expect_time(state, DOC, "Er ist seit einem Jahr im Amt.", "einem Jahr", "P1Y", -1);
    expect_time(state, DOC, "Nach einem Dreivierteljahr endete es.", "einem Dreivierteljahr", "P9M",
                -1);
    expect_time(state, DOC, "Er erhielt eine dreieinhalbjährige Haftstrafe.", "dreieinhalbjährige",
                "P3Y6M", NF_TIME_DURATION);
    expect_time(state, DOC, "Die Zeitung erscheint täglich.", "täglich", "P1D", NF_TIME_SET);
    expect_time(state, DOC, "Das muss alle zwei Tage geschehen.", "alle zwei Tage", "P2D",
                NF_TIME_SET);
    /* an age in any form of "alt" is no duration */
    expect_no_time(state, "Gefasst wurde ein 43 Jahre alter Ungar.");
    expect_no_time(state, "Er fuhr ein 20 Jahre altes Auto.");
}

static void test_clock_times(void **state) {
    expect_time(state, DOC, "Am 14. Oktober 2025 um 8:00:31 Uhr begann es.",
                "14. Oktober 2025 um 8:00:31 Uhr", "2025-10-14T08:00:31", NF_TIME_TIME);
    expect_time(state, DOC, "Die Sitzung beginnt um 14 Uhr.", "14 Uhr", "T14:00", NF_TIME_TIME);
    expect_time(state, DOC, "Es ist halb 8.", "halb 8", "T07:30", NF_TIME_TIME);
    expect_time(state, DOC, "Wir treffen uns um 18.12 Uhr.", "18.12 Uhr", "T18:12", -1);
    /* the hour as a word; "eine Uhr" is a clock */
    expect_time(state, DOC, "Die Feuerwehr rückte um fünf Uhr ab.", "fünf Uhr", "T05:00",
                NF_TIME_TIME);
    expect_time(state, DOC, "Kurz nach zwei Uhr nachts fielen Schüsse.", "zwei Uhr nachts",
                "T02:00", NF_TIME_TIME);
    expect_no_time(state, "Er kaufte eine Uhr.");
    /* with a dot and no "Uhr" after a preposition of time, as programmes
     * write it; not a measure */
    expect_time(state, DOC, "Der Film läuft bis 23.35, danach kommen Nachrichten.", "23.35",
                "T23:35", NF_TIME_TIME);
    expect_time(state, DOC, "Um 20.15 beginnt der Krimi.", "20.15", "T20:15", NF_TIME_TIME);
    expect_no_time(state, "Der Kurs stieg um 2.50 Prozent.");
}

static void test_day_and_month_with_a_slash(void **state) {
    /* after a word that calls for a date, or alone; not as a ratio, a
     * fraction or a player's caps and goals */
    expect_time(state, DOC, "Am 3/4 war er noch hier.", "3/4", "2025-04-03", NF_TIME_DATE);
    expect_no_time(state, "Chatbots arbeiten 24/7 und helfen.");
    expect_no_time(state, "Im Kader steht Marcel Sabitzer (RB Leipzig, 12/2).");
}

/* A year after a word that opens the sentence and is written in lower case
 * elsewhere is a year ("Ab 2018 gilt", "Allein 2015 könnten"); after a
 * name it is a number ("Windows 2000"). */
static void test_year_after_an_opening_word(void **state) {
    expect_time(state, DOC, "Ab 2018 gilt eine zweijährige Frist.", "2018", "2018", NF_TIME_DATE);
    expect_time(state, DOC,
                "Wurden 2012 noch 1,93 Milliarden Nachrichten verschickt, waren es "
                "weniger.",
                "2012", "2012", NF_TIME_DATE);
    expect_no_time(state, "Windows 2000 ist ein altes System.");
}

/* "des Jahres" after whom an award goes to is the award's title, no time
 * ("zum Fußballer des Jahres"); after a thing it is this year. */
static void test_award_of_the_year(void **state) {
    expect_no_time(state, "Er wurde zum deutschen Fußballer des Jahres gewählt.");
    expect_no_time(state, "Sie ist Onlinerin des Jahres in der Kategorie Agenturen.");
    expect_time(state, DOC, "Er spielt das erste Turnier des Jahres.", "des Jahres", "2025",
                NF_TIME_DATE);
}

/* A figure with a colon and nothing after it is a clock time only after a
 * word that calls for one, or before a time zone or a part of the day;
 * else a score or a record ("mit 24:10", "(15:13)"). */
static void test_bare_colon_figures(void **state) {
    expect_time(state, DOC, "Lass uns um 18:12 einen Kaffee trinken.", "18:12", "T18:12",
                NF_TIME_TIME);
    expect_time(state, DOC, "Das Beben begann 20:31 MEZ.", "20:31", "T20:31", NF_TIME_TIME);
    expect_no_time(state, "Denver gewann die Super Bowl gegen Carolina mit 24:10.");
    expect_no_time(state, "Die Niederlande gewannen deutlich mit 34:23 (15:13).");
    expect_no_time(state, "Zuletzt stand es rasch 0:10.");
}

/* A month's abbreviation without its period is one only beside a number
 * ("23/Sep/2020", "Jan 2020"); else it is a word ("ein Film von Jan
 * Haft"). */
static void test_month_abbreviation_without_period(void **state) {
    expect_time(state, DOC, "Die Datei stammt vom 23/Sep/2020.", "23/Sep/2020", "2020-09-23",
                NF_TIME_DATE);
    expect_time(state, DOC, "Die Zahlen vom Jan 2020 liegen vor.", "Jan 2020", "2020-01",
                NF_TIME_DATE);
    expect_no_time(state, "Zu sehen ist ein Film von Jan Haft.");
    expect_no_time(state, "Das Buch von Okt Berger erschien.");
}

/* A year-like number after a verb of becoming or being in the singular is
 * a year, whatever noun follows ("wurde er 2010 Weltmeister"), and so is
 * the next of a list; a plural verb may count ("wurden 2010 Menschen
 * verletzt"), and a unit measures. */
static void test_year_after_a_verb_of_becoming(void **state) {
    expect_time(state, DOC, "Mit Spanien wurde er 2010 Weltmeister.", "2010", "2010", NF_TIME_DATE);
    expect_time(state, DOC, "Sie wurde 2010 Weltmeisterin und 2012 Europameisterin.", "2012",
                "2012", NF_TIME_DATE);
    expect_time(state, DOC, "Deutschland wurde 2014 Weltmeister.", "2014", "2014", NF_TIME_DATE);
    expect_no_time(state, "Bei dem Unglück wurden 2010 Menschen verletzt.");
    expect_no_time(state, "Der Läufer ist 2000 Meter gelaufen.");
}

/* A weekday in a name the entities find is the name's ("der „Bild am
 * Sonntag“"), no time the text speaks of; a year there stays. */
static void test_weekday_in_a_name(void **state) {
    expect_no_time(state, "Das sagte er der „Bild am Sonntag“.");
    expect_no_time(state, "Die Welt am Sonntag berichtete das.");
    expect_time(state, DOC, "Das sagte er der Welt am Sonntag am Montag.", "Montag", "2025-11-10",
                NF_TIME_DATE);
}

/* A clock time alone needs no publication date. */
static void test_clock_time_without_a_date(void **state) {
    expect_time(state, NULL, "Die Explosion ereignete sich gegen 19.00 Uhr.", "19.00 Uhr", "T19:00",
                NF_TIME_TIME);
    expect_time(state, NULL, "Um 8:30 Uhr kam er.", "8:30 Uhr", "T08:30", NF_TIME_TIME);
}

static void test_holidays(void **state) {
    expect_time(state, DOC, "Pfingsten 2022 fiel auf den Juni.", "Pfingsten 2022", "2022-06-05",
                -1);
    expect_time(state, DOC, "Am Ostermontag 2024 war frei.", "Ostermontag 2024", "2024-04-01", -1);
    expect_time(state, DOC, "Zu Weihnachten 2025 kommt er.", "Weihnachten 2025", "2025-12-25", -1);
}

static void test_seasons(void **state) {
    expect_time(state, "2025-06-17", "Ein Abkommen soll im Herbst unterzeichnet werden.", "Herbst",
                "2025-FA", NF_TIME_DATE);
    expect_time(state, "2025-06-17", "Im vergangenen Winter fror es.", "vergangenen Winter",
                "2024-WI", -1);
    expect_time(state, DOC, "Der Sommer 2024 war heiß.", "Sommer 2024", "2024-SU", -1);
}

/* A year joined by a slash to the next ("2015/16", "2019/2020") spans
 * both; one joined to another number is no season. */
static void test_slashed_seasons(void **state) {
    expect_time(state, DOC, "In der Saison 2015/16 stieg der Verein ab.", "2015/16",
                "2015-01-01/2016-12-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Der Verlust im Geschäftsjahr 2010/2011 war hoch.", "2010/2011",
                "2010-01-01/2011-12-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Saison 2015/17 war lang.", "2015", "2015", NF_TIME_DATE);
}

static void test_year_before_a_figure(void **state) {
    /* "im Jahr 2024 auf rund 170 Milliarden": the year, then the figure */
    expect_time(state, DOC, "Der Handel stieg im Jahr 2024 auf rund 170 Milliarden Euro.",
                "Jahr 2024", "2024", NF_TIME_DATE);
}

static void test_not_times(void **state) {
    expect_no_time(state, "Im Alter von 78 Jahren starb er.");
    expect_no_time(state, "Die Chefs im Alter von 62, 64 und 66 Jahren wurden verurteilt.");
    expect_no_time(state, "Männer im Alter zwischen 15 und 60 Jahren wurden ausgebildet.");
    /* so too right after a noun of people or of a nation's; a span after
     * a verb stays one */
    expect_no_time(state, "Nur 58 Prozent der jungen Deutschen zwischen 18 und 34 Jahren wählten.");
    expect_time(state, DOC, "Die Bauzeit lag zwischen 3 und 5 Jahren.", "5 Jahren", "P5Y", -1);
    /* "mit" and an age in years, no noun after it: when, not how long */
    expect_no_time(state, "Mit 14 Jahren überquerte er die Grenze.");
    expect_no_time(state, "Mit 12 oder 13 Jahren zog sie nach Wien.");
    expect_no_time(state, "Er starb mit 83 Jahren.");
    expect_time(state, DOC, "Der Bau endete mit zwei Jahren Verspätung.", "zwei Jahren", "P2Y",
                NF_TIME_DURATION);
    /* a dimension's number is no year */
    expect_no_time(state, "Der Bildschirm bietet eine Auflösung von 1152 x 1920 Pixel.");
    expect_no_time(state, "Der Sicherheitsrat verabschiedete die Resolution 1701.");
    expect_no_time(state, "Das Spiel endete 2:1.");
    expect_no_time(state, "Die Zahl stieg von 2000 auf 15.000 Soldaten.");
    expect_no_time(state, "Es kamen 1500 Menschen.");
    expect_no_time(state, "Die UN-Resolution 1701 fordert einen Waffenstillstand.");
    expect_no_time(state, "Die Richtlinie 2012/34/EU gilt weiter.");
    expect_no_time(state, "Er installierte Windows 2000 auf dem Rechner.");
    /* a unit or a currency after a year-like number measures */
    expect_no_time(state, "Sie flogen auf den 1881 m hohen Berg.");
    expect_no_time(state, "Geplant sind 600 bis 1000 qm Gastronomiefläche.");
}

/* After a common noun a year is the time of what the noun names. */
static void test_year_after_a_noun(void **state) {
    expect_time(state, DOC, "Bei der Landtagswahl 2008 erhielt die Partei neun Prozent.", "2008",
                "2008", NF_TIME_DATE);
    expect_time(state, DOC, "Es gelang der Schuhindustrie 2006, den Umsatz zu steigern.", "2006",
                "2006", NF_TIME_DATE);
    /* short nouns too, from the list of common nouns */
    expect_time(state, DOC, "Bei der Wahl 2012 verlor die Partei fünf Prozent.", "2012", "2012",
                NF_TIME_DATE);
    expect_time(state, DOC, "Mit dessen Bau 1936 wurde begonnen.", "1936", "1936", NF_TIME_DATE);
}

/* "seit" takes a point in time: a year after it is one even before a noun
 * it might count ("seit 2003 Gouverneur"), unless a time unit follows;
 * so does "von" after a document's noun ("eines Abkommens von 1961"). */
static void test_year_after_seit(void **state) {
    expect_time(state, DOC, "Er war seit 2003 Zentralbankgouverneur.", "2003", "2003",
                NF_TIME_DATE);
    expect_time(state, DOC, "Sie ist seit 1998 Mitglied der Partei.", "1998", "1998", NF_TIME_DATE);
    expect_time(state, DOC, "Die Stadt besteht seit 1500 Jahren.", "1500 Jahren", "P1500Y",
                NF_TIME_DURATION);
    /* a year before a woman's noun in the singular names when, it counts
     * none ("wurde die 1998 Europameisterin") */
    expect_time(state, DOC, "Sie war die 1998 Europameisterin.", "1998", "1998", NF_TIME_DATE);
    /* so does "von" after a document's noun, which it dates */
    expect_time(state, DOC, "Aufgrund eines Abkommens von 1961 Zahlungen zu leisten, war teuer.",
                "1961", "1961", NF_TIME_DATE);
}

/* Vague quantities of time units: no value (""), the whole phrase as the
 * span. */
static void test_vague_times(void **state) {
    expect_time(state, DOC, "In wenigen Tagen kommt er.", "In wenigen Tagen", "", -1);
    expect_time(state, DOC, "Vor ein paar Jahren war es anders.", "Vor ein paar Jahren", "",
                NF_TIME_DATE);
    expect_time(state, DOC, "Es dauerte ein paar Stunden.", "ein paar Stunden", "", -1);
}

/* Extracts `text` with no date given and fails unless its record holds
 * each of the NULL-terminated JSON fragments `want`. */
static void expect_record_holds(void **state, const char *text, const char *const *want) {
    nf_error e;
    nf_doc *d = nf_extract(*state, text, strlen(text), NULL, &e);
    char *json = nf_doc_to_json(d, 0, NULL, &e);
    for (const char *const *w = want; *w; w++)
        if (!strstr(json, *w)) fail_msg("\"%s\": no %s in %s", text, *w, json);
    nf_free(json);
    nf_doc_free(d);
}

static void test_doc_date_from_text(void **state) {
    expect_record_holds(
        state,
        "Im Jahr 2025 stieg der Handel. Heute, am 12. November, finden Gespräche "
        "statt. Gestern kam er an.",
        (const char *const[]){"\"doc_date\":{\"value\":\"2025-11-12\",\"source\":\"text\"}",
                              "\"text\":\"Gestern\",\"type\":\"date\",\"value\":\"2025-11-11\"",
                              NULL});
    /* Without a date anywhere, relative expressions stay unresolved. */
    expect_record_holds(state, "Gestern kam er an.",
                        (const char *const[]){"\"doc_date\":{\"value\":null,\"source\":\"none\"}",
                                              "\"value\":null", NULL});
}

/* The credit stamp closing an article dates it: "(red, 16. 5. 2016)". */
static void test_doc_date_from_a_credit_stamp(void **state) {
    expect_record_holds(
        state, "Der Minister sagte am Mittwoch, er trete zurueck. (red, 16. 5. 2016)",
        (const char *const[]){"\"doc_date\":{\"value\":\"2016-05-16\",\"source\":\"text\"}",
                              "\"text\":\"Mittwoch\",\"type\":\"date\",\"value\":\"2016-05-11\"",
                              NULL});
    /* several credits, separated by commas */
    expect_record_holds(
        state, "Der Minister sagte am Sonntag, er trete zurueck. (APA, Reuters, 2.8.2015)",
        (const char *const[]){"\"doc_date\":{\"value\":\"2015-08-02\",\"source\":\"text\"}", NULL});
    /* A date in parentheses that credits no one is no stamp. */
    expect_record_holds(
        state, "Gestern kam er an (16.5.2016).",
        (const char *const[]){"\"doc_date\":{\"value\":null,\"source\":\"none\"}", NULL});
    expect_time(state, DOC, "Er kam am 3. 10. 2019 an.", "3. 10. 2019", "2019-10-03", NF_TIME_DATE);
    /* day and month joined, the year after a space: "11.7. 2015" */
    expect_time(state, DOC, "Er kam am 11.7. 2015 an.", "11.7. 2015", "2015-07-11", NF_TIME_DATE);
    expect_record_holds(
        state, "Der Spieler sagte am Freitag, er trete an. (APA/sid/red - 11.7. 2015)",
        (const char *const[]){"\"doc_date\":{\"value\":\"2015-07-11\",\"source\":\"text\"}",
                              "\"text\":\"Freitag\",\"type\":\"date\",\"value\":\"2015-07-10\"",
                              NULL});
}

/* Adjectives of days: "gestrig", "heutig", "morgig" date the weekday,
 * part of the day or noun after them ("am morgigen Dienstag" is the next
 * Tuesday, not the last); "heutig" before other nouns is the present, no
 * date; a part of another day ("am Vormittag des 3. März") is not the
 * document's. */
static void test_day_adjectives(void **state) {
    const char *doc = "2025-11-10"; /* a Monday */
    expect_time(state, doc, "Am morgigen Dienstag kommt er.", "morgigen Dienstag", "2025-11-11",
                NF_TIME_DATE);
    expect_time(state, doc, "Am gestrigen Sonntag ging er.", "gestrigen Sonntag", "2025-11-09",
                NF_TIME_DATE);
    expect_time(state, doc, "Am heutigen Tag sprach er.", "heutigen Tag", "2025-11-10",
                NF_TIME_DATE);
    expect_time(state, doc, "Die gestrige Abstimmung scheiterte.", "gestrige", "2025-11-09",
                NF_TIME_DATE);
    expect_time(state, doc, "Am gestrigen Vormittag kam er.", "gestrigen Vormittag",
                "2025-11-09T08:00/2025-11-09T12:00", NF_TIME_PERIOD);
    expect_time(state, doc, "Am gestrigen Sonntagabend kam er.", "gestrigen Sonntagabend",
                "2025-11-09T16:00/2025-11-09T20:00", NF_TIME_PERIOD);
    expect_time(state, doc, "Am heutigen Montag um 10 Uhr bebte die Erde.",
                "heutigen Montag um 10 Uhr", "2025-11-10T10:00", NF_TIME_TIME);
    expect_time(state, doc, "In ihrer heutigen Ausgabe schreibt die Zeitung das.", "heutigen",
                "2025-11-10", NF_TIME_DATE);
    expect_no_time(state, "Das heutige Russland ist groß.");
    expect_time(state, doc, "Am Vormittag des 3. März kam er.", "3. März", "2025-03-03",
                NF_TIME_DATE);
    nf_doc *d = th_extract_dated(state, "Am Vormittag des 3. März kam er.", doc);
    assert_int_equal(d->ntimes, 1);
    nf_doc_free(d);
}

/* The start, middle or end of a unit: the span takes the part's word in,
 * the value and the type stay the unit's; "Am Ende" alone and "Ende des
 * Tages" are no parts of a unit. */
static void test_parts_of_units(void **state) {
    const char *doc = "2016-01-20";
    expect_time(state, doc, "Ende 2012 soll es fertig sein.", "Ende 2012", "2012", NF_TIME_DATE);
    expect_time(state, doc, "Anfang Dezember kam er.", "Anfang Dezember", "2015-12", -1);
    expect_time(state, doc, "Ende des Monats kam er.", "Ende des Monats", "2016-01", -1);
    expect_time(state, doc, "Zu Beginn des Jahres 2012 kam er.", "Beginn des Jahres 2012", "2012",
                -1);
    expect_time(state, doc, "Anfang nächster Woche kommt er.", "Anfang nächster Woche",
                "2016-01-25/2016-01-31", -1);
    expect_time(state, doc, "Ende der Woche kommt er.", "Ende der Woche", "2016-01-18/2016-01-24",
                -1);
    expect_time(state, doc, "Seit Jahresbeginn sank der Kurs.", "Jahresbeginn", "2016", -1);
    expect_time(state, doc, "Zum Jahresende 2015 sank der Kurs.", "Jahresende 2015", "2015", -1);
    /* an end told in the past at the turn of the unit is the last one's, a
     * beginning told in the future the next one's */
    expect_time(state, doc, "Bis Jahresende stieg die Zahl auf 500.", "Jahresende", "2015", -1);
    expect_time(state, doc, "Bis Jahresende soll das Werk fertig sein.", "Jahresende", "2016", -1);
    expect_time(state, doc, "Die Mitarbeiter befanden sich bis Jahresende im Urlaub.", "Jahresende",
                "2015", -1);
    /* "eines Tages" is some day, no day's length; "binnen eines Tages" is */
    expect_time(state, doc, "Eines Tages werde ich Präsident.", "Eines Tages", "", NF_TIME_DATE);
    expect_time(state, doc, "Die Syrer wurden binnen eines Tages registriert.", "eines Tages",
                "P1D", NF_TIME_DURATION);
    expect_time(state, "2016-12-28", "Zum Jahresbeginn soll das Werk öffnen.", "Jahresbeginn",
                "2017", -1);
    expect_time(state, "2016-06-28", "Zum Jahresbeginn soll das Werk öffnen.", "Jahresbeginn",
                "2016", -1);
    expect_time(state, "2016-03-02", "Zum Monatsende wurde das Werk geschlossen.", "Monatsende",
                "2016-02", -1);
    expect_no_time(state, "Am Ende entschied er sich anders.");
    expect_no_time(state, "Am Ende des Tages siegte er.");
}

/* Decades and centuries: periods valued by the digits their years share,
 * the rest X; a two-digit decade is the last one of that name before the
 * document's year. */
static void test_decades_and_centuries(void **state) {
    const char *doc = "2016-01-20";
    expect_time(state, doc, "In den 1990er Jahren kam er.", "1990er Jahren", "199X",
                NF_TIME_PERIOD);
    expect_time(state, doc, "In den 90er-Jahren kam er.", "90er-Jahren", "199X", NF_TIME_PERIOD);
    expect_time(state, doc, "In den Neunzigerjahren kam er.", "Neunzigerjahren", "199X",
                NF_TIME_PERIOD);
    expect_time(state, doc, "Die 20er Jahre waren wild.", "20er Jahre", "192X", NF_TIME_PERIOD);
    expect_time(state, doc, "Er lebte im 19. Jahrhundert.", "19. Jahrhundert", "18XX",
                NF_TIME_PERIOD);
    expect_time(state, doc, "Mitte der 1990er Jahre kam er.", "Mitte der 1990er Jahre", "199X",
                NF_TIME_PERIOD);
    expect_no_time(state, "Der 500er Bus fährt um die Ecke.");
}

/* The first or second half of a part of the day ("am frühen Morgen"), a
 * day's part after "gestern am", and the week or month before the last
 * date ("in der Vorwoche", "im Vormonat"). */
static void test_early_late_and_previous_units(void **state) {
    const char *doc = "2016-01-20";
    expect_time(state, doc, "Am frühen Morgen kam er.", "frühen Morgen",
                "2016-01-20T08:00/2016-01-20T10:00", NF_TIME_PERIOD);
    expect_time(state, doc, "Am späten Abend kam er.", "späten Abend",
                "2016-01-20T18:00/2016-01-20T20:00", NF_TIME_PERIOD);
    expect_time(state, doc, "Er ist gestern am frühen Abend gestorben.", "gestern am frühen Abend",
                "2016-01-19T16:00/2016-01-19T18:00", NF_TIME_PERIOD);
    expect_time(state, doc, "Am 3. Januar stieg der Kurs. In der Vorwoche war er gefallen.",
                "der Vorwoche", "2015-12-21/2015-12-27", NF_TIME_PERIOD);
    expect_time(state, doc, "Im Dezember stieg er um 2 Prozent mehr als im Vormonat.", "Vormonat",
                "2015-11", NF_TIME_DATE);
    expect_no_time(state, "Die frühen Jahre waren gut.");
    /* the night before a date, dated by the morning's day */
    expect_time(state, doc, "In der Nacht vom 10. zum 11. Januar 2006 passierte es.",
                "der Nacht vom 10. zum 11. Januar 2006", "2006-01-11", NF_TIME_DATE);
    expect_time(state, doc, "In der Nacht auf den 11. Januar 2016 passierte es.",
                "der Nacht auf den 11. Januar 2016", "2016-01-11", NF_TIME_DATE);
}

/* A night: "in der Nacht" told in the past is the night before the
 * document's day, told otherwise the document's own; "vergangene Nacht"
 * and "letzte Nacht" are the night before, unless an article or an owner
 * makes "letzte" an adjective ("seine letzte Nacht"); "von Mittwoch auf
 * Donnerstag" is dated by the morning's day, as "zum Donnerstag" is. */
static void test_nights(void **state) {
    expect_time(state, DOC, "Russland hat in der Nacht Kiew angegriffen.", "der Nacht",
                "2025-11-11T20:00/2025-11-11T23:59", NF_TIME_PERIOD);
    expect_time(state, DOC, "In der Nacht wird es kalt.", "der Nacht",
                "2025-11-12T20:00/2025-11-12T23:59", NF_TIME_PERIOD);
    expect_time(state, DOC, "In der vergangenen Nacht brannte ein Hof.", "der vergangenen Nacht",
                "2025-11-11T20:00/2025-11-11T23:59", NF_TIME_PERIOD);
    expect_time(state, DOC, "Er hat letzte Nacht gut geschlafen.", "letzte Nacht",
                "2025-11-11T20:00/2025-11-11T23:59", NF_TIME_PERIOD);
    expect_no_time(state, "Seine letzte Nacht war kurz.");
    expect_no_time(state, "Die letzte Nacht vor der Wahl war kurz.");
    expect_no_time(state, "In der Nacht der Wahl feierten sie.");
    expect_time(state, DOC,
                "Die Küstenwache barg in der Nacht von Montag auf Dienstag 14 Menschen.",
                "der Nacht von Montag auf Dienstag", "2025-11-11", NF_TIME_DATE);
}

/* A year-like figure before a noun that no number above one counts (it
 * ends as no plural does) is a year; before a plural or a club's name it
 * is no year. */
static void test_year_before_a_singular_noun(void **state) {
    expect_time(state, DOC, "Russland hat 2023 Öl exportiert.", "2023", "2023", NF_TIME_DATE);
    expect_time(state, DOC, "China importierte 2024 Gas aus Russland.", "2024", "2024",
                NF_TIME_DATE);
    expect_time(state, DOC, "Die Ukraine exportierte 2023 Weizen.", "2023", "2023", NF_TIME_DATE);
    expect_time(state, DOC, "Die Windräder sollen ab 2027 Strom liefern.", "2027", "2027",
                NF_TIME_DATE);
    expect_time(state, DOC, "Die Gemeinden haben bis 2030 Zeit.", "2030", "2030", NF_TIME_DATE);
    expect_no_time(state, "Im Fahrzeugbau fielen 2000 Stellen weg.");
    expect_no_time(state, "Er schrieb 2000 Artikel.");
    expect_no_time(state, "1899 Hoffenheim gewann das Spiel.");
}

/* A quarter of the document's year not begun by its date, told in the
 * past, is last year's; told of the future, this year's. */
static void test_quarter_not_begun(void **state) {
    expect_time(state, "2025-03-03", "Tesla verkaufte im vierten Quartal rund 495.000 Fahrzeuge.",
                "vierten Quartal", "2024-10-01/2024-12-31", NF_TIME_PERIOD);
    expect_time(state, "2025-03-03", "Im vierten Quartal wird der Umsatz steigen.",
                "vierten Quartal", "2025-10-01/2025-12-31", NF_TIME_PERIOD);
    expect_time(state, "2025-03-03", "Im ersten Quartal stieg der Umsatz.", "ersten Quartal",
                "2025-01-01/2025-03-31", NF_TIME_PERIOD);
}

/* A part of the day without its own day is one of the day named last,
 * where the sentence or the one before named it, else of the document's
 * day. */
static void test_parts_of_the_day_named_last(void **state) {
    expect_time(state, DOC, "Am 3. November traf er in Kiew ein. Am Abend sprach er mit Selenskyj.",
                "Abend", "2025-11-03T16:00/2025-11-03T20:00", NF_TIME_PERIOD);
    expect_time(state, DOC, "Am Montag kam er an. In der Nacht gab es Luftalarm.", "der Nacht",
                "2025-11-10T20:00/2025-11-10T23:59", NF_TIME_PERIOD);
    expect_time(state, DOC, "Gestern traf er ein. Am Nachmittag sprach er.", "Nachmittag",
                "2025-11-11T12:00/2025-11-11T16:00", NF_TIME_PERIOD);
    expect_time(state, DOC,
                "Am Montag traf er in Kiew ein. Er blieb lange. Dann ging er. Am Abend sprach er.",
                "Abend", "2025-11-12T16:00/2025-11-12T20:00", NF_TIME_PERIOD);
}

/* A yearless date takes the tense of its own clause where that shows one:
 * a weak preterite of the speech or event lists ("kritisierte") points
 * back; a future in a relative clause points ahead whatever the main
 * clause's tense; an adjective of a noun ("den nächsten Chef") is no
 * tense. */
static void test_numbered_things_are_no_days(void **state) {
    /* a day and month in digits after a noun that numbers things is a
     * version or a section, no date */
    expect_no_time(state, "Das Profil 1.1. wird nicht das letzte sein.");
    /* nor a version after a product's name, a word of no language */
    expect_no_time(state, "Als Software läuft hier Android 5.1.");
    expect_time(state, DOC, "Er kam am Sonntag 5.1. zurück.", "Sonntag 5.1.", "2025-01-05", -1);
    expect_no_time(state, "Aktuelle Systeme laufen bereits mit Version 3.11. Das reicht.");
    expect_time(state, "2010-03-01", "Am 1.1. trat das Gesetz in Kraft.", "1.1.", "2010-01-01",
                NF_TIME_DATE);
}

static void test_clause_tense(void **state) {
    expect_time(state, "2016-01-20", "Am 3. März kritisierte er die Regierung.", "3. März",
                "2015-03-03", NF_TIME_DATE);
    expect_time(state, "2010-12-14",
                "Er zeichnete eine Talkshow auf, die am 16. Dezember ausgestrahlt werden wird.",
                "16. Dezember", "2010-12-16", NF_TIME_DATE);
    expect_time(state, "2008-02-27",
                "In Spanien, wo am 9. März Parlamentswahlen stattfinden sollen, fand bereits "
                "eine Debatte statt.",
                "9. März", "2008-03-09", NF_TIME_DATE);
    /* a weekday in brackets names the day before it, whatever the tense */
    expect_time(state, "2009-04-07",
                "Für morgen (Mittwoch) haben die Gruppen eine Kundgebung angekündigt.", "Mittwoch",
                "2009-04-08", NF_TIME_DATE);
}

/* A weekday right after a given name is the person's surname ("Jerzy
 * Montag", "Peter Freitag"); after "am" or a surname alone it is a day. */
static void test_weekday_as_a_surname(void **state) {
    expect_no_time(state, "Der Abgeordnete Jerzy Montag kritisierte das Gesetz.");
    expect_no_time(state, "Das sagte Peter Freitag der Zeitung.");
    expect_time(state, DOC, "Das sagte Peter am Freitag der Zeitung.", "Freitag", "2025-11-07", -1);
    expect_time(state, DOC, "Das sagte Merkel Freitag der Zeitung.", "Freitag", "2025-11-07", -1);
}

/* A span of months: "bis" joins any two, "und" neighbours ("im Januar
 * und Februar"; "im April und Juni" are two months); over the new year
 * the span starts the year before; a year the second month names in
 * words leaves the months apart ("bis Juni dieses Jahres"). */
static void test_span_of_months(void **state) {
    expect_time(state, "2025-03-05", "Der Überschuss ist im Januar und Februar gestiegen.",
                "Januar und Februar", "2025-01-01/2025-02-28", NF_TIME_PERIOD);
    expect_time(state, DOC, "Die Studie lief von Januar bis März 2024.", "Januar bis März 2024",
                "2024-01-01/2024-03-31", NF_TIME_PERIOD);
    expect_time(state, DOC, "Von Dezember bis Februar 2024 war es kalt.",
                "Dezember bis Februar 2024", "2023-12-01/2024-02-29", NF_TIME_PERIOD);
    expect_time(state, "2012-07-01", "Die Delegierten stimmten im April und Juni ab.", "April",
                "2012-04", NF_TIME_DATE);
    expect_time(state, "2005-07-05", "Von Januar bis Juni dieses Jahres starben viele.",
                "Juni dieses Jahres", "2005-06", NF_TIME_DATE);
}

/* A year near the document's after "für", "bis", "ab" before a noun is
 * the year of a plan or a goal; a count far from it stays a count. */
static void test_year_of_a_plan(void **state) {
    expect_time(state, DOC, "Die Regierung plant für 2026 Ausgaben von 524 Milliarden Euro.",
                "2026", "2026", NF_TIME_DATE);
    expect_time(state, DOC, "Das Land will bis 2030 Kohlekraftwerke abschalten.", "2030", "2030",
                NF_TIME_DATE);
    expect_no_time(state, "Der Saal bietet Platz für 2000 Menschen.");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clause_tense),
        cmocka_unit_test(test_numbered_things_are_no_days),
        cmocka_unit_test(test_early_late_and_previous_units),
        cmocka_unit_test(test_decades_and_centuries),
        cmocka_unit_test(test_parts_of_units),
        cmocka_unit_test(test_day_adjectives),
        cmocka_unit_test(test_absolute_dates),
        cmocka_unit_test(test_partial_dates_take_the_nearest_year),
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_weekdays_follow_the_tense),
        cmocka_unit_test(test_weekday_as_a_surname),
        cmocka_unit_test(test_parts_of_day),
        cmocka_unit_test(test_clock_ranges_and_weekday_dates),
        cmocka_unit_test(test_anaphoric_dates),
        cmocka_unit_test(test_relative_units),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_durations_and_sets),
        cmocka_unit_test(test_clock_times),
        cmocka_unit_test(test_day_and_month_with_a_slash),
        cmocka_unit_test(test_month_abbreviation_without_period),
        cmocka_unit_test(test_bare_colon_figures),
        cmocka_unit_test(test_award_of_the_year),
        cmocka_unit_test(test_year_after_an_opening_word),
        cmocka_unit_test(test_weekday_in_a_name),
        cmocka_unit_test(test_year_after_a_verb_of_becoming),
        cmocka_unit_test(test_clock_time_without_a_date),
        cmocka_unit_test(test_holidays),
        cmocka_unit_test(test_seasons),
        cmocka_unit_test(test_slashed_seasons),
        cmocka_unit_test(test_year_before_a_figure),
        cmocka_unit_test(test_not_times),
        cmocka_unit_test(test_year_after_a_noun),
        cmocka_unit_test(test_year_after_seit),
        cmocka_unit_test(test_vague_times),
        cmocka_unit_test(test_doc_date_from_text),
        cmocka_unit_test(test_doc_date_from_a_credit_stamp),
        cmocka_unit_test(test_nights),
        cmocka_unit_test(test_quarter_not_begun),
        cmocka_unit_test(test_year_before_a_singular_noun),
        cmocka_unit_test(test_parts_of_the_day_named_last),
        cmocka_unit_test(test_span_of_months),
        cmocka_unit_test(test_year_of_a_plan),
    };
    return cmocka_run_group_tests(tests, th_engine_setup, th_engine_teardown);
}
