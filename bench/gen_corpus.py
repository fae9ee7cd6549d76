#!/usr/bin/env python3
"""Generate a synthetic German-news JSONL corpus for bench/run.

The text is made from sentence templates written for this project (no
article text is copied from anywhere).  Output is deterministic: the same
seed and size give byte-identical files.  Each line is
{"id", "date", "lang", "text"}.

    bench/gen_corpus.py [--size BYTES] [--seed N] OUTPUT
"""

import argparse
import json
import os
import random
import sys

PEOPLE = [
    "Angela Brückner", "Dr. Jürgen Hoffmann", "Prof. Dr. Sabine Wächter",
    "Olaf Meißner", "Katharina Özdemir", "Wolfgang Schäfer", "Lena Großmann",
    "Mehmet Yıldırım", "Dr. Ursula von der Heide", "Friedrich Kühn",
    "Anna-Lena Wolff", "Thomas de Maizière-Berg", "Jana Nowak", "Sergej Iwanow",
]
ROLES = [
    "Bundesfinanzminister", "Ministerpräsidentin", "Vorstandschefin",
    "Gewerkschaftssprecher", "Oberbürgermeister", "Staatssekretärin",
    "Polizeisprecher", "Aufsichtsratsvorsitzende", "Außenminister",
]
ORGS = [
    "die Deutsche Bahn", "der Bundestag", "die Europäische Zentralbank",
    "die Siemens AG", "der ADAC", "die Stadtwerke München",
    "das Statistische Bundesamt", "die IG Metall", "der FC Bayern München",
    "die Bundesagentur für Arbeit", "das Robert Koch-Institut",
]
PLACES = [
    "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Dresden",
    "Leipzig", "Stuttgart", "Düsseldorf", "Brüssel", "Wien", "Zürich",
    "Moskau", "Paris", "Warschau",
]
AGENCIES = ["dpa", "AFP", "Reuters", "epd", "KNA", "AP", "dts"]
MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
UNITS = ["Millionen Euro", "Milliarden Euro", "Mio. Euro", "Mrd. Euro", "Prozent",
         "Tonnen", "Kilometer", "US-Dollar"]
TOPICS = [
    "den Ausbau der Windenergie", "die Sanierung der Schulen", "die neue Grundsteuer",
    "die Tarifverhandlungen", "den Haushaltsentwurf", "die Digitalisierung der Verwaltung",
    "den Streik im Nahverkehr", "die Reform der Pflegeversicherung",
    "den Bau der Umgehungsstraße", "die Wasserstoffstrategie",
]
SLUGS = ["stadt-beispiel", "verband-muster", "land-test", "amt-nord"]
VERBS_SAY = ["sagte", "erklärte", "betonte", "kritisierte", "warnte", "räumte ein",
             "teilte mit", "hieß es"]

# Quotations, each wrapped in one of the German (or Swiss/French) styles.
QUOTES = [
    "Wir werden das gemeinsam schaffen",
    "Die Lage ist ernst, aber nicht hoffnungslos",
    "Das ist ein wichtiges Signal für die Region",
    "Niemand hat mit einem so deutlichen Ergebnis gerechnet",
    "Wir brauchen jetzt Verlässlichkeit, keine neuen Versprechen",
    "Die Zahlen sprechen eine klare Sprache",
    "Das Projekt liegt im Zeitplan und im Budget",
]
QUOTE_STYLES = [("„", "“"), ("»", "«"), ("«", "»"), ("\"", "\"")]
INNER_STYLES = [("‚", "‘"), ("›", "‹")]

TEMPLATES = [
    "{place} ({agency}) – {Org} hat am {weekday} {topic_cap}.",
    "Nach Angaben von {org} stieg der Umsatz im {q}. Quartal um {dec} {unit}.",
    "{role} {person} {say} am {day}. {month}: {oq}{quote}.{cq}",
    "{oq}{quote}{cq}, {say} {person} in {place}.",
    "Der Etat für {topic} beläuft sich auf {dec} Milliarden Euro, das sind rund {pct} Prozent mehr als {year}.",
    "Die Sitzung ist für den {date} angesetzt; Beginn ist um {hour}.{minute} Uhr.",
    "Bereits im {century}. Jahrhundert war {place} ein wichtiger Handelsplatz.",
    "Betroffen sind u. a. die Linien {n1} und {n2}, z. B. zwischen {place} und {place2}.",
    "Weitere Informationen gibt es unter https://www.{slug}.de/presse/{year}/{n1} oder per E-Mail an presse@{slug}.de.",
    "Laut Dr. {last} vom Institut Nr. {n1} sind bis zu {thousands} Haushalte betroffen.",
    "{person} ({age}) sagte der Zeitung: {oq}Ich habe {iq}so etwas{ciq} noch nie erlebt.{cq}",
    "Die Kosten von ca. {dec} Mio. Euro trägt {org}, die Länder zahlen weitere {n2} Mio. Euro usw.",
    "Am {weekday}, dem {day}. {month} {year}, unterzeichneten beide Seiten eine Absichtserklärung.",
    "Der Vertrag läuft vom {date} bis zum {date2} und kann danach um {n3} Jahre verlängert werden.",
    "Mit {pct},{q} Tonnen CO₂ pro Kopf liegt {place} über dem Durchschnitt von {dec2} Tonnen.",
    "{Org} wies die Vorwürfe zurück: Man habe „alle Vorschriften eingehalten“.",
    "Die Polizei bittet um Hinweise unter der Telefonnummer 0{n1}/{thousands_plain}.",
    "Insgesamt wurden {thousands} Stimmen abgegeben; die Wahlbeteiligung lag bei {dec} Prozent.",
    "Der Prozess gegen den {age}-Jährigen beginnt voraussichtlich im {month}.",
    "Die Opposition forderte {topic} bis spätestens {year_next}.",
]


def _pick(rng, seq):
    """Return one random element of seq."""
    return seq[rng.randrange(len(seq))]


def _fields(rng):
    """Draw one set of values for the template placeholders."""
    qs = _pick(rng, QUOTE_STYLES)
    iq = _pick(rng, INNER_STYLES)
    year = rng.randint(1990, 2025)
    d1 = (rng.randint(1, 28), rng.randint(1, 12), year)
    d2 = (rng.randint(1, 28), rng.randint(1, 12), year + rng.randint(1, 5))
    org = _pick(rng, ORGS)
    person = _pick(rng, PEOPLE)
    thousands = rng.randint(1000, 999999)
    return {
        "place": _pick(rng, PLACES),
        "place2": _pick(rng, PLACES),
        "agency": _pick(rng, AGENCIES),
        "org": org,
        "Org": org[0].upper() + org[1:],
        "weekday": _pick(rng, WEEKDAYS),
        "topic": _pick(rng, TOPICS),
        "topic_cap": "über " + _pick(rng, TOPICS) + " beraten",
        "q": rng.randint(1, 4),
        "dec": f"{rng.randint(1, 999)},{rng.randint(0, 9)}",
        "dec2": f"{rng.randint(1, 99)},{rng.randint(0, 99):02d}",
        "unit": _pick(rng, UNITS),
        "role": _pick(rng, ROLES),
        "person": person,
        "last": person.split()[-1],
        "say": _pick(rng, VERBS_SAY),
        "day": rng.randint(1, 31),
        "month": _pick(rng, MONTHS),
        "oq": qs[0],
        "cq": qs[1],
        "iq": iq[0],
        "ciq": iq[1],
        "quote": _pick(rng, QUOTES),
        "pct": rng.randint(1, 40),
        "year": year,
        "year_next": year + rng.randint(1, 10),
        "date": "%d.%d.%d" % d1,
        "date2": "%02d.%02d.%d" % d2,
        "hour": rng.randint(6, 22),
        "minute": "%02d" % rng.choice([0, 15, 30, 45]),
        "century": rng.randint(12, 20),
        "n1": rng.randint(1, 99),
        "n2": rng.randint(100, 999),
        "n3": rng.randint(2, 10),
        "slug": _pick(rng, SLUGS),
        "thousands": f"{thousands:,}".replace(",", "."),
        "thousands_plain": str(thousands),
        "age": rng.randint(18, 90),
    }


def make_article(rng):
    """Return the text of one article: a dateline and a few paragraphs."""
    paragraphs = []
    first = True
    for _ in range(rng.randint(3, 8)):
        sentences = []
        for _ in range(rng.randint(2, 6)):
            tmpl = TEMPLATES[0] if first else _pick(rng, TEMPLATES[1:])
            first = False
            sentences.append(tmpl.format(**_fields(rng)))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def generate(path, size, seed):
    """Write a corpus of about `size` bytes to `path`; return (bytes, lines)."""
    rng = random.Random(seed)
    written = 0
    n = 0
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        while written < size:
            n += 1
            year = rng.randint(2015, 2025)
            rec = {
                "id": f"gen-{n:05d}",
                "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "lang": "de",
                "text": make_article(rng),
            }
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    os.replace(tmp, path)
    return written, n


def main(argv=None):
    """Parse the command line and write the corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("--size", type=int, default=4 * 1000 * 1000, help="target bytes (default 4 MB)")
    ap.add_argument("--seed", type=int, default=20251112, help="random seed")
    args = ap.parse_args(argv)
    d = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(d, exist_ok=True)
    size, lines = generate(args.output, args.size, args.seed)
    print(f"gen_corpus: wrote {lines} documents, {size} bytes to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
