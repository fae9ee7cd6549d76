#!/usr/bin/env python3
"""Tests of the corpus store: `newsfacts ingest` and `newsfacts query` on
articles written for these tests, against SQLite and, when the server
binaries are installed, a throw-away PostgreSQL server (initdb + pg_ctl in
a temporary directory, listening only on a Unix socket there)."""
import glob
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

BIN = None

ARTICLES = [
    {"id": "a1", "date": "2025-03-11", "title": "Scholz empfängt Macron",
     "text": "Berlin (dpa) – Bundeskanzler Olaf Scholz hat am Montag den französischen "
             "Präsidenten Emmanuel Macron in Berlin empfangen. „Wir stehen fest zusammen“, "
             "sagte Scholz nach dem Treffen. Der Handel zwischen Deutschland und Frankreich "
             "betrug im Jahr 2024 rund 180 Milliarden Euro, erklärte er."},
    {"id": "a2", "date": "2025-04-16", "title": "Toqajew in Moskau",
     "text": "Moskau – Der russische Präsident Wladimir Putin hat am Dienstag den kasachischen "
             "Präsidenten Qassym-Schomart Toqajew im Kreml empfangen. Putin erinnerte daran, "
             "dass das Handelsvolumen zwischen beiden Ländern im Jahr 2024 27,8 Milliarden "
             "US-Dollar betrug. „Wir sind enge Partner und Verbündete“, sagte Putin. Toqajew "
             "sagte, Kasachstan wolle die Zusammenarbeit mit Russland ausbauen."},
    {"id": "a3", "date": "2025-05-20", "title": "Gespräche in Astana",
     "text": "Astana – Der russische Außenminister Sergej Lawrow hat am Montag in Astana "
             "Gespräche mit der kasachischen Regierung geführt. Lawrow sagte, Russland und "
             "Kasachstan würden ihre Beziehungen weiter vertiefen. Kremlchef Putin teilte mit, "
             "die Investitionen in Kasachstan seien in den ersten neun Monaten des Jahres 2024 "
             "auf 5 Milliarden US-Dollar gestiegen."},
]


def write_jsonl(path, items):
    """Writes items as JSONL."""
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def big_corpus(path, n):
    """n variations of the articles, with their own ids and figures."""
    items = []
    for i in range(n):
        a = dict(ARTICLES[i % len(ARTICLES)])
        a["id"] = f"g{i}"
        a["text"] = a["text"].replace("27,8", f"{i % 90 + 1},5").replace("180", str(100 + i % 50))
        items.append(a)
    write_jsonl(path, items)


def synthetic_record(doc_id, n, seed=0):
    """A record with n entities (three mentions each), quotes, amounts (two
    subjects each), times, events and sources: more rows of each table than
    one multi-row INSERT takes, ids that sort out of order as text (e10 < e2),
    and names in ASCII and not."""
    names = ["Anna Müller", "Bernd Schulz", "ÖZDEMIR", "Chloé Dupont", "Dmitri Iwanow"]
    ents = []
    for i in range(1, n + 1):
        name = f"{names[(i + seed) % len(names)]} {i}"
        ents.append({"id": f"e{i}", "type": "person" if i % 3 else "organization",
                     "name": name, "canonical": name if i % 4 else None,
                     "country": "DEU" if i % 2 else None, "actor": "DEUGOV" if i % 5 else None,
                     "roles": ["speaker", "source"] if i % 6 == 0 else [],
                     "mentions": [{"start": 10 * i + k, "end": 10 * i + k + 5,
                                   "text": name if k == 0 else name.split()[0],
                                   "kind": "name" if k < 2 else "pronoun"} for k in range(3)]})
    quotes = [{"id": f"q{i}", "kind": "direct",
               "spans": [{"start": i, "end": i + 4, "text": f"Satz {i}"},
                         {"start": i + 9, "end": i + 12, "text": "weiter"}],
               "cue": {"start": i, "end": i + 2, "text": "sagte"},
               "speaker": f"e{i % n + 1}"} for i in range(1, n + 1)]
    amounts = [{"start": i, "end": i + 3, "text": f"{i} Euro", "value": i * 1.5 + seed,
                "unit": "EUR", "approx": i % 2 == 0, "measure": "trade" if i % 3 else None,
                "period": {"start": "2024-01-01", "end": "2024-12-31"},
                "claimant": f"e{i}", "subjects": [f"e{i}", f"e{i % n + 1}", f"e{i}"]}
               for i in range(1, n + 1)]
    times = [{"start": i, "end": i + 4, "text": f"{i}. März", "type": "date",
              "value": f"2025-03-{i % 28 + 1:02d}"} for i in range(n)]
    events = [{"id": f"v{i}", "code": "042", "root": "04", "label": "Besuch", "goldstein": 1.9,
               "source": f"e{i}", "target": f"e{i % n + 1}", "modality": "asserted",
               "trigger": {"start": i, "end": i + 6, "text": "besuchte"}} for i in range(1, n + 1)]
    sources = [{"entity": f"e{i}", "cue": {"start": i, "end": i + 3, "text": "laut"}}
               for i in range(1, n + 1)]
    return {"id": doc_id, "lang": "de", "doc_date": {"value": "2025-03-11", "source": "input"},
            "entities": ents, "quotes": quotes, "amounts": amounts, "times": times,
            "events": events, "sources": sources}


def run(args, check=False, timeout=300):
    """Runs newsfacts; returns the CompletedProcess (text)."""
    p = subprocess.run([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"{args}: exit {p.returncode}: {p.stderr}")
    return p


class PgServer:
    """A throw-away PostgreSQL server in a temporary directory."""

    def __init__(self):
        self.dir = None
        self.bindir = None
        self.why = None
        self.serial = 0

    def find(self):
        """The directory of initdb/pg_ctl, or None."""
        for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
            if os.path.exists(os.path.join(d, "initdb")):
                return d
        p = shutil.which("initdb")
        return os.path.dirname(p) if p else None

    def as_owner(self, cmd):
        """cmd run as the postgres user when we are root."""
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--"] + cmd
        return cmd

    def start(self):
        """Starts the server; False (with self.why) when it cannot."""
        self.bindir = self.find()
        if not self.bindir:
            self.why = "PostgreSQL server binaries (initdb, pg_ctl) not installed"
            return False
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                self.why = "running as root and there is no postgres user"
                return False
        self.dir = tempfile.mkdtemp(prefix="nfpg-")
        if os.geteuid() == 0:
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        data = os.path.join(self.dir, "data")
        init = subprocess.run(self.as_owner([os.path.join(self.bindir, "initdb"), "-D", data,
                                             "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                             "--locale=C"]),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if init.returncode != 0:
            self.why = "initdb failed: " + init.stdout[-500:]
            return False
        opts = f"-k {self.dir} -c listen_addresses='' -p 5432 -c fsync=off"
        st = subprocess.run(self.as_owner([os.path.join(self.bindir, "pg_ctl"), "-D", data,
                                           "-o", opts, "-l", os.path.join(self.dir, "log"),
                                           "-w", "start"]),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if st.returncode != 0:
            self.why = "pg_ctl start failed: " + st.stdout[-500:]
            return False
        return True

    def new_db(self):
        """A fresh database; returns its postgresql:// URL."""
        self.serial += 1
        name = f"nf{self.serial}"
        subprocess.run([os.path.join(self.bindir, "createdb"), "-h", self.dir, "-p", "5432",
                        "-U", "postgres", name], check=True)
        return f"postgresql:///{name}?host={self.dir}&port=5432&user=postgres"

    def stop(self):
        """Stops the server and removes its directory."""
        if self.dir and self.bindir:
            subprocess.run(self.as_owner([os.path.join(self.bindir, "pg_ctl"), "-D",
                                          os.path.join(self.dir, "data"), "-m", "immediate",
                                          "-w", "stop"]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


PG = PgServer()


class StoreTests:
    """The suite; a subclass says which backend new_db() makes."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="nfstore-")
        self.articles = os.path.join(self.tmp, "articles.jsonl")
        write_jsonl(self.articles, ARTICLES)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def stats(self, db):
        """The store's counts as a dict."""
        return json.loads(run(["query", "stats", "--db", db, "--format", "json"],
                              check=True).stdout)

    def query(self, db, *args):
        """A query's rows (JSON)."""
        return json.loads(run(["query"] + list(args) + ["--db", db, "--format", "json"],
                              check=True).stdout)

    def ingest(self, db, *args):
        """Runs ingest; returns the process."""
        return run(["ingest", "--no-progress", "--db", db] + list(args), check=True)

    def write_records(self):
        """The articles' records as `extract` writes them; returns the path."""
        records = os.path.join(self.tmp, "records.jsonl")
        with open(records, "w", encoding="utf-8") as f:
            f.write(run(["extract", self.articles], check=True).stdout)
        return records

    def test_ingest_twice_same_stats(self):
        db = self.new_db()
        self.ingest(db, self.articles)
        once = self.stats(db)
        self.assertEqual(once["documents"], 3)
        self.assertGreater(once["entities"], 5)
        self.assertGreater(once["quotes"], 2)
        p = self.ingest(db, self.articles)
        self.assertIn("3 unchanged", p.stderr)
        self.assertEqual(self.stats(db), once)

    def test_changed_document_replaced(self):
        db = self.new_db()
        self.ingest(db, self.articles)
        self.assertEqual(len(self.query(db, "who-said", "Scholz")), 2)
        changed = [dict(a) for a in ARTICLES]
        changed[0]["text"] = "Berlin – Bundeskanzler Olaf Scholz hat am Montag Paris besucht."
        path = os.path.join(self.tmp, "changed.jsonl")
        write_jsonl(path, changed)
        p = self.ingest(db, path)
        self.assertIn("1 stored (1 replaced), 2 unchanged", p.stderr)
        st = self.stats(db)
        self.assertEqual(st["documents"], 3)
        self.assertEqual(self.query(db, "who-said", "Scholz"), [])
        fresh = self.new_db()
        self.ingest(fresh, path)
        want = self.stats(fresh)
        for k in ("documents", "entities", "mentions", "quotes", "amounts", "times", "events",
                  "sources", "actors"):
            self.assertEqual(st[k], want[k], k)

    def test_layers(self):
        """--layers stores the layers asked for (and those they are read
        from); a run with other options replaces the documents, the same
        options again skip them."""
        db = self.new_db()
        self.ingest(db, "--layers", "quotes", self.articles)
        st = self.stats(db)
        self.assertGreater(st["quotes"], 2)
        self.assertGreater(st["entities"], 5)  # the speakers (and the times names are told from)
        self.assertEqual((st["amounts"], st["events"], st["sources"]), (0, 0, 0))
        self.assertGreaterEqual(len(self.query(db, "who-said", "Putin")), 2)
        p = self.ingest(db, "--layers", "quotes", self.articles)
        self.assertIn("3 unchanged", p.stderr)
        p = self.ingest(db, self.articles)
        self.assertIn("3 stored (3 replaced)", p.stderr)
        whole = self.new_db()
        self.ingest(whole, self.articles)
        self.assertEqual(self.stats(db), self.stats(whole))
        p = self.ingest(db, "--no-tagger", self.articles)
        self.assertIn("3 stored (3 replaced)", p.stderr)
        p = self.ingest(db, "--text", "--no-tagger", self.articles)
        self.assertIn("3 stored (3 replaced)", p.stderr)
        bad = run(["ingest", "--db", db, "--layers", "nothing", self.articles])
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--layers", bad.stderr)
        bad = run(["ingest", "--db", db, "--records", "--layers", "quotes", self.write_records()])
        self.assertEqual(bad.returncode, 2)
        self.assertIn("records are stored as they are", bad.stderr)

    def test_about_leaves_out_the_speaker(self):
        """--about looks for the actor inside the quote, not at the speaker
        whose name frames it in the middle."""
        path = os.path.join(self.tmp, "framed.jsonl")
        write_jsonl(path, [{"id": "f1", "date": "2025-06-02", "text":
                            "Moskau – Der russische Außenminister Sergej Lawrow hat am Montag "
                            "Journalisten empfangen. „Wir bleiben gelassen“, sagte Lawrow, "
                            "„und wir warten ab.“ Lawrow sagte außerdem, Kasachstan sei ein "
                            "verlässlicher Partner."}])
        db = self.new_db()
        self.ingest(db, path)
        said = self.query(db, "who-said", "Lawrow")
        self.assertEqual(len(said), 2, said)
        kz = self.query(db, "who-said", "Lawrow", "--about", "KAZ")
        self.assertEqual([r["text"] for r in kz], [said[1]["text"]])
        self.assertIn("Kasachstan", kz[0]["text"])
        self.assertEqual(self.query(db, "who-said", "Lawrow", "--about", "RUS"), [])
        self.assertEqual(self.query(db, "who-said", "Lawrow", "--about", "Lawrow"), [])

    def test_ingest_in_parts(self):
        """Actors met again in a later run (and a later batch) are the same
        actors: ingesting the articles in two runs, one document a batch,
        stores what one run does, and a name finds its quotes in both."""
        first, second = os.path.join(self.tmp, "first.jsonl"), os.path.join(self.tmp, "second.jsonl")
        write_jsonl(first, ARTICLES[1:2])
        write_jsonl(second, [ARTICLES[2], ARTICLES[0], ARTICLES[1]])
        parts, whole = self.new_db(), self.new_db()
        self.ingest(parts, first)
        p = self.ingest(parts, "--batch", "1", second)
        self.assertIn("2 stored (0 replaced), 1 unchanged", p.stderr)
        self.ingest(whole, self.articles)
        st = self.stats(parts)
        self.assertEqual(st, self.stats(whole))
        self.assertEqual(self.stats(whole)["documents"], 3)
        for name in ("Putin", "Wladimir Putin", "Scholz", "Toqajew"):
            got = sorted(json.dumps(r, sort_keys=True) for r in self.query(parts, "who-said", name))
            want = sorted(json.dumps(r, sort_keys=True) for r in self.query(whole, "who-said", name))
            self.assertEqual(got, want, name)
        # Putin is quoted in a2 (the first run) and a3 (the second): one actor.
        docs = {r["document"] for r in self.query(parts, "who-said", "Putin")}
        self.assertEqual(docs, {"a2", "a3"})

    def test_concurrent_ingests(self):
        """Two ingests into one new store at once, their transactions taking
        turns: one creates the schema while the other waits, and the store
        then holds what one ingest of both files does, every actor once."""
        everything = os.path.join(self.tmp, "all.jsonl")
        big_corpus(everything, 120)
        with open(everything, encoding="utf-8") as f:
            lines = f.readlines()
        halves = [os.path.join(self.tmp, f"half{i}.jsonl") for i in (0, 1)]
        for i, path in enumerate(halves):
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(lines[i::2])
        db = self.new_db()
        procs = [subprocess.Popen([BIN, "ingest", "--no-progress", "-j", "1", "--batch", "2",
                                   "--db", db, path], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for path in halves]
        for p in procs:
            _, err = p.communicate(timeout=300)
            self.assertEqual(p.returncode, 0, err)
        whole = self.new_db()
        self.ingest(whole, everything)
        self.assertEqual(self.stats(db), self.stats(whole))
        # The same quotes (in another order: documents are numbered as stored).
        rows = [sorted(json.dumps(r, sort_keys=True) for r in self.query(d, "who-said", "Putin"))
                for d in (db, whole)]
        self.assertTrue(rows[0])
        self.assertEqual(rows[0], rows[1])

    def test_records(self):
        records = self.write_records()
        a, b = self.new_db(), self.new_db()
        self.ingest(a, self.articles)
        self.ingest(b, "--records", records)
        self.assertEqual(self.stats(a), self.stats(b))
        self.ingest(b, "--records", records)
        self.assertEqual(self.stats(a), self.stats(b))

    def test_many_rows_batched(self):
        """Rows of several documents share INSERT statements: the store holds
        the same as when every document is its own batch, a document that
        comes twice in one batch is replaced, and the name forms are
        case-folded whether ASCII or not."""
        records = os.path.join(self.tmp, "synthetic.jsonl")
        items = [synthetic_record(f"s{i}", 45 if i % 7 == 0 else 3 + i % 5, i) for i in range(40)]
        items.insert(20, synthetic_record("s5", 50, 99))  # s5 again, other content
        write_jsonl(records, items)
        a, b = self.new_db(), self.new_db()
        p = self.ingest(a, "--records", records)
        self.assertIn("41 stored (1 replaced)", p.stderr)
        self.ingest(b, "--batch", "1", "--records", records)
        st = self.stats(a)
        self.assertEqual(st, self.stats(b))
        self.assertEqual(st["documents"], 40)
        ents = sum(len(r["entities"]) for r in items) - (3 + 5 % 5)  # the first s5 is gone
        self.assertEqual(st["entities"], ents)
        self.assertEqual(st["mentions"], 3 * ents)
        self.assertEqual(st["amount_subjects"], 2 * ents)
        for name in ("özdemir", "ÖZDEMIR 3", "anna müller 1", "ANNA", "chloé dupont 2"):
            self.assertEqual(self.query(a, "entity", name), self.query(b, "entity", name), name)
        self.assertTrue(self.query(a, "entity", "ÖZDEMIR 3"))
        self.assertTrue(self.query(a, "entity", "ANNA MÜLLER 1"))
        self.assertTrue(self.query(a, "entity", "anna"))  # a mention's name form
        self.assertEqual(self.query(a, "claims", "--measure", "trade"),
                         self.query(b, "claims", "--measure", "trade"))

    def test_bad_records_line(self):
        path = os.path.join(self.tmp, "bad.jsonl")
        with open(path, "w") as f:
            f.write('{"id": "x", "entities": []}\nnot json\n')
        db = self.new_db()
        p = run(["ingest", "--db", db, "--records", path])
        self.assertEqual(p.returncode, 1)
        self.assertIn("line 2: not a JSON record", p.stderr)
        self.assertEqual(self.stats(db)["documents"], 1)

    def test_queries(self):
        db = self.new_db()
        self.ingest(db, self.articles)
        rows = self.query(db, "who-said", "Putin")
        self.assertGreaterEqual(len(rows), 2)
        self.assertTrue(all(r["speaker"] in ("Vladimir Putin", "Putin") for r in rows))
        self.assertIn("Wir sind enge Partner und Verbündete", [r["text"] for r in rows])
        self.assertEqual(set(rows[0]), {"date", "document", "kind", "speaker", "cue", "text"})
        # Any name form, any case.
        self.assertEqual(len(self.query(db, "who-said", "wladimir PUTIN")),
                         len(self.query(db, "who-said", "Vladimir Putin")))
        self.assertEqual(self.query(db, "who-said", "Niemand"), [])

        trade = self.query(db, "claims", "--measure", "trade")
        self.assertEqual(len(trade), 2)
        kz = [r for r in trade if r["document"] == "a2"][0]
        self.assertEqual(kz["value"], 27.8e9)
        self.assertEqual(kz["unit"], "USD")
        self.assertEqual((kz["period_start"], kz["period_end"]), ("2024-01-01", "2024-12-31"))
        self.assertEqual(kz["claimant"], "Vladimir Putin")
        self.assertEqual(kz["date"], "2025-04-16")
        self.assertEqual([r["document"] for r in
                          self.query(db, "claims", "--measure", "trade", "--subject", "RUS")],
                         ["a2"])
        self.assertEqual(len(self.query(db, "claims", "--claimant", "Putin")), 2)
        self.assertEqual(len(self.query(db, "claims")), 3)

        dyad = self.query(db, "dyad", "RUS", "KAZ")
        self.assertGreaterEqual(len(dyad), 1)
        self.assertEqual(set(dyad[0]), {"period", "root", "events", "a_to_b", "b_to_a",
                                        "mean_goldstein", "labels"})
        self.assertTrue(all(r["period"].startswith("2025-") and len(r["period"]) == 7
                            for r in dyad))
        self.assertEqual(sum(r["events"] for r in dyad),
                         sum(r["events"] for r in self.query(db, "dyad", "KAZ", "RUS")))
        self.assertEqual(len(self.query(db, "dyad", "RUS", "KAZ", "--by", "year")[0]["period"]), 4)

        ent = self.query(db, "entity", "Kasachstan")
        self.assertEqual([r["document"] for r in ent], ["a2", "a3"])
        self.assertTrue(all(r["entity"] == "Kazakhstan" and r["mentions"] >= 1 for r in ent))

        # The speakers quoted most, and those quoted about something.
        sp = self.query(db, "speakers")
        self.assertEqual(set(sp[0]), {"speaker", "quotes", "first_date", "last_date"})
        self.assertEqual(sum(r["quotes"] for r in sp if "Putin" in r["speaker"]),
                         len(self.query(db, "who-said", "Putin")))
        self.assertEqual(sp, sorted(sp, key=lambda r: (-r["quotes"], r["speaker"])))
        self.assertTrue(all(r["first_date"] <= r["last_date"] for r in sp))
        # Toqajew ("Kasachstan wolle ..."), Lawrow ("Russland und Kasachstan
        # würden ...") and Putin (a3: "Kremlchef Putin") each said one thing
        # about Kazakhstan.
        about = self.query(db, "speakers", "--about", "Kasachstan")
        self.assertEqual([(r["speaker"], r["quotes"]) for r in about],
                         [("Kassym-Jomart Tokayev", 1), ("Sergey Lavrov", 1), ("Vladimir Putin", 1)])
        self.assertEqual(len(self.query(db, "speakers", "--limit", "1")), 1)
        self.assertEqual(self.query(db, "speakers", "--to", "2024"), [])
        # Narrowed: by what the quote names, by date, by count.
        docs = lambda rows: [r["document"] for r in rows]  # noqa: E731
        self.assertEqual(docs(self.query(db, "who-said", "Putin", "--about", "Kasachstan")), ["a3"])
        self.assertEqual(docs(self.query(db, "who-said", "Putin", "--about", "KAZ")), ["a3"])
        self.assertEqual(self.query(db, "who-said", "Putin", "--about", "Frankreich"), [])
        self.assertEqual(set(docs(self.query(db, "who-said", "Putin", "--from", "2025-05"))), {"a3"})
        self.assertEqual(set(docs(self.query(db, "who-said", "Putin", "--to", "2025-04"))), {"a2"})
        self.assertEqual(set(docs(self.query(db, "who-said", "Putin", "--from", "2025-04-16",
                                             "--to", "2025-04-16"))), {"a2"})
        self.assertEqual(len(self.query(db, "who-said", "Putin", "--limit", "1")), 1)
        self.assertEqual(docs(self.query(db, "claims", "--from", "2025", "--to", "2025-03")), ["a1"])
        self.assertEqual(self.query(db, "claims", "--from", "2026"), [])
        self.assertEqual(docs(self.query(db, "entity", "Kasachstan", "--from", "2025-05")), ["a3"])
        self.assertEqual(len(self.query(db, "entity", "Kasachstan", "--limit", "1")), 1)
        may = self.query(db, "dyad", "RUS", "KAZ", "--from", "2025-05-01", "--to", "2025-05-31")
        self.assertTrue(may and all(r["period"] == "2025-05" for r in may), may)
        self.assertEqual(self.query(db, "dyad", "RUS", "KAZ", "--to", "2024"), [])
        for bad in (["who-said", "Putin", "--from", "2025-5"], ["who-said", "Putin", "--to", "x"],
                    ["claims", "--about", "Putin"], ["who-said", "Putin", "--limit", "0"],
                    ["stats", "--limit", "3"], ["who-said", "Putin", "--about", ""],
                    ["who-said", "Putin", "--from", "2025-06", "--to", "2025-05"]):
            p = run(["query"] + bad + ["--db", db])
            self.assertEqual(p.returncode, 2, bad)
            self.assertIn("newsfacts:", p.stderr)

        table = run(["query", "who-said", "Scholz", "--db", db], check=True).stdout
        self.assertIn("Olaf Scholz", table)
        self.assertIn("(2 rows)", table)
        csv = run(["query", "claims", "--db", db, "--format", "csv"], check=True).stdout
        self.assertTrue(csv.startswith("date,document,value,unit,measure,"))
        self.assertEqual(len(csv.strip().splitlines()), 4)
        # No rows: CSV still has its header, the table says so, JSON is [].
        none = run(["query", "who-said", "Niemand", "--db", db, "--format", "csv"], check=True)
        self.assertEqual(none.stdout, "date,document,kind,speaker,cue,text\n")
        none = run(["query", "claims", "--from", "2030", "--db", db], check=True)
        self.assertEqual(none.stdout, "(no rows)\n")
        self.assertEqual(self.query(db, "dyad", "RUS", "KAZ", "--from", "2030"), [])
        # A NAME is a parameter, never SQL.
        self.assertEqual(self.query(db, "who-said", "x' OR '1'='1"), [])
        self.assertEqual(self.stats(db)["documents"], 3)

    def test_bad_arguments(self):
        db = self.new_db()
        self.ingest(db, self.articles)
        for args, msg in [
            (["query"], "needs a SUBCOMMAND"),
            (["query", "bogus", "--db", db], "unknown query"),
            (["query", "who-said", "--db", db], "takes one NAME"),
            (["query", "dyad", "RUS", "--db", db], "takes two actors"),
            (["query", "stats", "extra", "--db", db], "takes no arguments"),
            (["query", "stats", "--format", "xml", "--db", db], "--format is table, json or csv"),
            (["query", "dyad", "RUS", "KAZ", "--by", "week", "--db", db], "--by is day"),
            (["query", "stats", "--by", "day", "--db", db], "--by belongs to query dyad"),
            (["query", "who-said", "X", "--measure", "trade", "--db", db], "belong to query claims"),
            (["query", "stats", "--nope"], "Try 'newsfacts query --help'"),
            (["ingest", "--db", db], "needs at least one FILE"),
            (["ingest", "-j", "0", "--db", db, self.articles], "-j needs a number"),
            (["ingest", "--batch", "0", "--db", db, self.articles], "--batch needs a number"),
        ]:
            p = run(args)
            self.assertEqual(p.returncode, 2, args)
            self.assertIn(msg, p.stderr, args)

    def test_interrupted_ingest(self):
        corpus = os.path.join(self.tmp, "big.jsonl")
        big_corpus(corpus, 4000)
        whole = self.new_db()
        self.ingest(whole, "-j", "2", "--batch", "50", corpus)
        want = self.stats(whole)
        self.assertEqual(want["documents"], 4000)

        db = self.new_db()
        self.ingest(db, self.articles)  # creates the schema, so stats can be polled
        child = subprocess.Popen([BIN, "ingest", "--no-progress", "-j", "1", "--batch", "50",
                                  "--db", db, corpus], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while time.time() < deadline and child.poll() is None:
            if self.stats(db)["documents"] > 3 + 100:
                break
            time.sleep(0.02)
        killed = child.poll() is None
        if killed:
            child.send_signal(signal.SIGKILL)
        child.wait()
        partial = self.stats(db)["documents"]
        p = self.ingest(db, "-j", "2", "--batch", "50", corpus)
        got = self.stats(db)
        # The test articles have other ids: take them out of the comparison.
        alone = self.new_db()
        self.ingest(alone, self.articles)
        extra = self.stats(alone)
        expect = {k: v for k, v in want.items() if k not in ("actors", "actor_names")}
        for k in expect:
            self.assertEqual(got[k], want[k] + extra[k], k)
        if killed:
            self.assertLess(partial, 4003)
            self.assertIn("unchanged", p.stderr)
        else:
            print("note: the ingest finished before it could be killed", file=sys.stderr)

    def test_seed_like_article_txt(self):
        path = os.path.join(self.tmp, "meldung.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(ARTICLES[1]["text"])
        db = self.new_db()
        self.ingest(db, path)
        rows = self.query(db, "who-said", "Putin")
        self.assertEqual({r["document"] for r in rows}, {"meldung.txt"})


class SQLiteTests(StoreTests, unittest.TestCase):
    """The suite on SQLite files."""

    def new_db(self):
        fd, path = tempfile.mkstemp(prefix="db-", suffix=".sqlite", dir=self.tmp)
        os.close(fd)
        os.unlink(path)
        return path

    def test_extracted_rows_equal_records_rows(self):
        """Ingest hands each record to the store as values, without its JSON
        text; every row equals what ingesting the written records stores."""
        import sqlite3
        records = self.write_records()
        a, b = self.new_db(), self.new_db()
        self.ingest(a, self.articles)
        self.ingest(b, "--records", records)
        tables = ("entities", "mentions", "quotes", "amounts", "amount_subjects", "times",
                  "events", "sources", "actors", "actor_names")
        with sqlite3.connect(a) as ca, sqlite3.connect(b) as cb:
            for t in tables:
                rows = [sorted(c.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                        for c in (ca, cb)]
                self.assertTrue(rows[0], t)
                self.assertEqual(rows[0], rows[1], t)

    def test_dyad_rare_and_common_sides(self):
        """dyad starts from the documents of a side with few entities and
        reads every event when both sides are everywhere; either way it
        counts the events the view v_events holds between the two."""
        import sqlite3
        corpus = os.path.join(self.tmp, "skewed.jsonl")
        items = [dict(ARTICLES[0], id=f"de{i}") for i in range(40)]
        items += [dict(ARTICLES[1], id="kz1"), dict(ARTICLES[2], id="kz2")]
        write_jsonl(corpus, items)
        db = self.new_db()
        self.ingest(db, corpus)
        side = "(v.{0}_actor IN (SELECT actor FROM actor_names WHERE name = ?) OR v.{0}_country = ?)"
        between = (f"({side.format('source')} AND {side.format('target')}) OR "
                   f"({side.format('source')} AND {side.format('target')})")
        with sqlite3.connect(db) as c:
            events = c.execute("SELECT count(*) FROM events").fetchone()[0]

            def entities(key, iso):
                return c.execute("SELECT count(*) FROM entities WHERE actor_id IN (SELECT actor "
                                 "FROM actor_names WHERE name = ?) OR country = ?",
                                 (key, iso)).fetchone()[0]

            def expected(ka, ia, kb, ib):
                return c.execute(f"SELECT count(*) FROM v_events v WHERE {between}",
                                 (ka, ia, kb, ib, kb, ib, ka, ia)).fetchone()[0]

            # Both plans are exercised: KAZ and Putin are rare, DEU and FRA common.
            self.assertLess(entities("kaz", "KAZ"), events / 2)
            self.assertLess(entities("putin", None), events / 2)
            self.assertGreater(entities("fra", "FRA"), events / 2)
            cases = [("RUS", "KAZ", ("rus", "RUS", "kaz", "KAZ")),
                     ("DEU", "FRA", ("deu", "DEU", "fra", "FRA")),
                     ("Putin", "Toqajew", ("putin", None, "toqajew", None)),
                     ("Scholz", "FRA", ("scholz", None, "fra", "FRA"))]
            for a, b, params in cases:
                want = expected(*params)
                self.assertGreater(want, 0, (a, b))
                for x, y in ((a, b), (b, a)):
                    rows = self.query(db, "dyad", x, y)
                    self.assertEqual(sum(r["events"] for r in rows), want, (x, y))

    def test_missing_store(self):
        p = run(["query", "stats", "--db", os.path.join(self.tmp, "none.db")])
        self.assertEqual(p.returncode, 1)
        self.assertIn("run newsfacts ingest first", p.stderr)

    def test_foreign_database_left_alone(self):
        """query and serve read a store, and ingest makes one only in an
        empty file: a SQLite file of someone else's gets a clear error and
        keeps its tables and journal mode."""
        import sqlite3
        path = os.path.join(self.tmp, "other.db")
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE notes (t TEXT)")
        con.commit()
        con.close()
        for cmd in (["query", "stats"], ["query", "who-said", "Putin"],
                    ["serve", "--port", "0"]):
            p = run(cmd + ["--db", path], timeout=30)
            self.assertEqual(p.returncode, 1, cmd)
            self.assertIn("is not a newsfacts store", p.stderr)
        p = run(["ingest", "--no-progress", "--db", path, self.articles])
        self.assertEqual(p.returncode, 1)
        self.assertIn("another database", p.stderr)
        con = sqlite3.connect(path)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master")]
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        con.close()
        self.assertEqual((tables, mode), (["notes"], "delete"))

    def test_other_schema_version(self):
        """A store of another schema version is neither read nor written."""
        import sqlite3
        db = self.new_db()
        self.ingest(db, self.articles)
        con = sqlite3.connect(db)
        con.execute("UPDATE nf_meta SET value = '2' WHERE key = 'schema'")
        con.commit()
        con.close()
        for cmd in (["query", "stats"], ["ingest", "--no-progress", self.articles]):
            p = run(cmd + ["--db", db])
            self.assertEqual(p.returncode, 1, cmd)
            self.assertIn("schema version 2, this newsfacts reads version 1", p.stderr)

    def test_missing_input(self):
        p = run(["ingest", "--db", self.new_db(), os.path.join(self.tmp, "none.jsonl")])
        self.assertEqual(p.returncode, 1)
        self.assertIn("cannot open", p.stderr)


class PostgreSQLTests(StoreTests, unittest.TestCase):
    """The suite on a throw-away PostgreSQL server."""

    @classmethod
    def setUpClass(cls):
        if os.environ.get("NF_SKIP_PG"):
            raise unittest.SkipTest("PostgreSQL tests skipped: NF_SKIP_PG is set")
        if not PG.start():
            PG.stop()
            raise unittest.SkipTest("PostgreSQL tests skipped: " + PG.why)

    @classmethod
    def tearDownClass(cls):
        PG.stop()

    def new_db(self):
        return PG.new_db()

    def test_query_creates_nothing(self):
        """A query on a database ingest never wrote to says so and leaves it
        empty."""
        db = self.new_db()
        p = run(["query", "stats", "--db", db])
        self.assertEqual(p.returncode, 1)
        self.assertIn("is not a newsfacts store", p.stderr)
        again = run(["query", "who-said", "Putin", "--db", db])  # still nothing made
        self.assertIn("is not a newsfacts store", again.stderr)
        run(["ingest", "--no-progress", "--db", db, self.articles], check=True)
        self.assertEqual(self.stats(db)["documents"], 3)

    def test_bad_url(self):
        p = run(["query", "stats", "--db", f"postgresql:///nosuchdb?host={PG.dir}&user=postgres"])
        self.assertEqual(p.returncode, 1)
        self.assertIn("cannot connect to PostgreSQL", p.stderr)


if __name__ == "__main__":
    BIN = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
