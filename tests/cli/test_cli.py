#!/usr/bin/env python3
"""Command-line tests of `newsfacts extract`: arguments, input formats,
order, threads, and bad input that must never lose a line."""
import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import records  # noqa: E402

BIN = None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(args, stdin=b"", check=False):
    """Runs newsfacts with bytes on stdin; returns the CompletedProcess."""
    p = subprocess.run([BIN] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p


def lines_of(p):
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines()]


GOOD = ("„Wir sind bereit“, sagte Dr. Weber am 11. November in Berlin. Der Handel "
        "betrug 27,8 Mrd. Euro.\n\nEr fügte hinzu: „Das ist gut.“")


def make_bad_input(n=300, seed=7):
    """n lines of mixed input: good records between every kind of bad one.
    Returns (bytes, list of expected error codes or None)."""
    rnd = random.Random(seed)
    lines, expect = [], []
    kinds = ["good", "notjson", "notext", "numtext", "nulltext", "garbage", "badutf8",
             "huge", "empty", "array", "truncated", "escaped_bad"]
    for i in range(n):
        k = kinds[i % len(kinds)] if i < len(kinds) * 2 else rnd.choice(kinds)
        ident = f"doc-{i}"
        if k == "good":
            lines.append(json.dumps({"id": ident, "text": GOOD, "date": "2025-11-12"},
                                    ensure_ascii=rnd.random() < 0.5).encode())
            expect.append((ident, None))
        elif k == "notjson":
            lines.append(b"{\"id\": \"" + ident.encode() + b"\", \"text\": nope}")
            expect.append((ident, "invalid_json"))
        elif k == "notext":
            lines.append(json.dumps({"id": ident, "title": "ohne Text"}).encode())
            expect.append((ident, "missing_text"))
        elif k == "numtext":
            lines.append(json.dumps({"id": ident, "text": 12345}).encode())
            expect.append((ident, "text_not_string"))
        elif k == "nulltext":
            lines.append(json.dumps({"id": ident, "text": None}).encode())
            expect.append((ident, "text_not_string"))
        elif k == "garbage":
            junk = bytes(rnd.choice(b"abc{}[]:,\"\\ \t\x01\x7f") for _ in range(rnd.randint(1, 60)))
            lines.append(junk.replace(b"\n", b" ").replace(b"\r", b" "))
            expect.append((None, "invalid_json"))
        elif k == "badutf8":
            lines.append(b"{\"id\": \"" + ident.encode() + b"\", \"text\": \"Gr\xc3\xb6\xdfe \xff\"}")
            expect.append((ident, "invalid_utf8"))
        elif k == "huge":
            lines.append(json.dumps({"id": ident, "text": "Wort " * 400}).encode())
            expect.append((ident, "too_large"))
        elif k == "empty":
            lines.append(b"   ")
            expect.append((None, "invalid_json"))
        elif k == "array":
            lines.append(b"[1, 2, 3]")
            expect.append((None, "invalid_json"))
        elif k == "truncated":
            lines.append(json.dumps({"id": ident, "text": GOOD}).encode()[:40])
            expect.append((ident, "invalid_json"))
        elif k == "escaped_bad":
            # a lone surrogate escape: valid-looking JSON, not a Unicode string
            lines.append(b"{\"id\": \"" + ident.encode() + b"\", \"text\": \"a\\ud800b\"}")
            expect.append((ident, "invalid_json"))
    return b"\n".join(lines) + b"\n", expect


class Arguments(unittest.TestCase):
    def test_help_and_version(self):
        p = run(["--help"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"extract", p.stdout)
        p = run(["extract", "--help"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"--max-doc-bytes", p.stdout)
        p = run(["--version"])
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout.decode(), r"^newsfacts \d+\.\d+\.\d+")

    def test_unusable_arguments_exit_2(self):
        for args in (["extract", "--bogus"], ["extract", "-j", "0"], ["extract", "-j", "x"],
                     ["extract", "--format", "xml"], ["extract", "--max-doc-bytes", "-1"],
                     ["extract", "--data-dir", "/nonexistent/dir"], ["frobnicate"], []):
            p = run(args)
            self.assertEqual(p.returncode, 2, args)
            self.assertTrue(p.stderr, args)

    def test_missing_file_exit_1(self):
        p = run(["extract", "/nonexistent/file.jsonl"])
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"cannot open", p.stderr)

    def test_write_failure_exit_1(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        with open("/dev/full", "wb") as full:
            p = subprocess.run([BIN, "extract"], input=(json.dumps({"text": GOOD}) + "\n").encode()
                               * 2000, stdout=full, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"cannot write", p.stderr)


class Inputs(unittest.TestCase):
    def test_jsonl_stdin_record(self):
        doc = {"id": "a1", "text": GOOD, "date": "2025-11-12", "lang": "de", "title": "T"}
        p = run(["extract"], (json.dumps(doc) + "\n").encode(), check=True)
        (r,) = lines_of(p)
        self.assertEqual(r["id"], "a1")
        self.assertEqual(r["lang"], "de")
        self.assertEqual(r["doc_date"], {"value": "2025-11-12", "source": "input"})
        self.assertIsNone(r["error"])
        self.assertEqual(records.problems(r, GOOD), [])

    def test_event_dated_by_a_year(self):
        """An event dated by a month or year has that value, nothing after it."""
        text = "Im April 2008 kritisierte Putin die Ukraine scharf. 1999 kritisierte Putin Polen."
        doc = {"id": "y1", "text": text, "date": "2021-02-09"}
        p = run(["extract"], (json.dumps(doc) + "\n").encode(), check=True)
        (r,) = lines_of(p)
        self.assertEqual(sorted(e["date"] for e in r["events"]), ["1999", "2008-04"])
        self.assertEqual(records.problems(r, text), [])

    def test_planned_event_has_no_day(self):
        """An act that happened gets the publication day where no time
        dates it; one only planned gets none."""
        text = "Putin soll demnächst die Ukraine besuchen. Putin kritisierte Polen scharf."
        doc = {"id": "p1", "text": text, "date": "2021-02-09"}
        p = run(["extract"], (json.dumps(doc) + "\n").encode(), check=True)
        (r,) = lines_of(p)
        dates = {(e["modality"], e["date"]) for e in r["events"]}
        self.assertIn(("planned", None), dates)
        self.assertIn(("asserted", "2021-02-09"), dates)
        self.assertNotIn(("planned", "2021-02-09"), dates)
        self.assertEqual(records.problems(r, text), [])

    def test_no_tagger(self):
        """--no-tagger drops the names only the learned tagger finds."""
        line = json.dumps({"id": "t", "text": "Die Feuerwehr von Oberkirchbach rückte aus."},
                          ensure_ascii=False).encode() + b"\n"
        names = []
        for extra in ([], ["--no-tagger"]):
            rec = json.loads(run(["extract"] + extra, line, check=True).stdout)
            names.append({e["name"] for e in rec["entities"]})
        self.assertIn("Oberkirchbach", names[0])
        self.assertNotIn("Oberkirchbach", names[1])

    def test_layers(self):
        """--layers keeps the layers asked for (and those they are read
        from), leaves the others empty and says so in "layers"."""
        text = "Am Montag sagte Olaf Scholz in Berlin, der Handel sei um 3 Prozent gewachsen."
        line = json.dumps({"id": "t", "text": text, "date": "2025-03-05"},
                          ensure_ascii=False).encode() + b"\n"
        full = json.loads(run(["extract"], line, check=True).stdout)
        part = json.loads(run(["extract", "--layers", "amounts"], line, check=True).stdout)
        self.assertNotIn("layers", full)
        self.assertEqual(part["layers"], ["amounts", "times"])
        self.assertTrue(full["entities"])
        self.assertEqual(part["entities"], [])
        self.assertEqual(part["times"], full["times"])
        self.assertEqual([a["value"] for a in part["amounts"]],
                         [a["value"] for a in full["amounts"]])
        self.assertEqual(records.problems(part, text), [])
        p = run(["extract", "--layers", "times,nonsense"], line)
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"nonsense", p.stderr)

    def test_every_entity_has_a_name(self):
        """A country named only by an adjective gets its label as name."""
        line = json.dumps({"id": "t", "text": "Die israelische Regierung schweigt."},
                          ensure_ascii=False).encode() + b"\n"
        rec = json.loads(run(["extract"], line, check=True).stdout)
        self.assertTrue(rec["entities"])
        for e in rec["entities"]:
            self.assertTrue(e["name"], e)
        self.assertIn("Israel", {e["name"] for e in rec["entities"]})

    def test_segments_spans_match_text(self):
        doc = {"id": 7, "text": "Größe 😀: „Zitat über\n\n„zwei Absätze.“ Ende."}
        p = run(["extract", "--segments"], (json.dumps(doc) + "\n").encode(), check=True)
        (r,) = lines_of(p)
        self.assertEqual(r["id"], 7)
        self.assertEqual(records.problems(r, doc["text"]), [])
        self.assertEqual(len(r["quote_regions"]), 1)
        self.assertGreaterEqual(len(r["sentences"]), 2)

    def test_txt_files_and_output_file(self):
        with tempfile.TemporaryDirectory() as d:
            a = os.path.join(d, "meldung.txt")
            with open(a, "w", encoding="utf-8") as f:
                f.write(GOOD)
            b = os.path.join(d, "input.jsonl")
            with open(b, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": "x", "text": "Kurz."}) + "\n")
            out = os.path.join(d, "out.jsonl")
            run(["extract", "-o", out, a, b], check=True)
            with open(out, encoding="utf-8") as f:
                recs = [json.loads(l) for l in f]
            self.assertEqual([r["id"] for r in recs], ["meldung.txt", "x"])
            self.assertEqual(records.problems(recs[0], GOOD), [])

    def test_txt_invalid_and_too_large(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.txt")
            with open(bad, "wb") as f:
                f.write(b"Gut \xff schlecht")
            big = os.path.join(d, "big.txt")
            with open(big, "wb") as f:
                f.write(b"Wort " * 1000)
            p = run(["extract", "--max-doc-bytes", "1000", bad, big], check=True)
            r1, r2 = lines_of(p)
            self.assertEqual(r1["error"]["code"], "invalid_utf8")
            self.assertEqual(r1["error"]["offset"], 4)
            self.assertEqual(r2["error"]["code"], "too_large")

    def test_pretty_is_one_json_value_per_record(self):
        inp = "".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in range(3)).encode()
        p = run(["extract", "--pretty"], inp, check=True)
        dec = json.JSONDecoder()
        s, pos, ids = p.stdout.decode(), 0, []
        while pos < len(s.rstrip()):
            obj, end = dec.raw_decode(s, pos)
            ids.append(obj["id"])
            pos = end + 1
        self.assertEqual(ids, [0, 1, 2])

    def test_crlf_and_no_final_newline(self):
        inp = (json.dumps({"id": "a", "text": "Eins."}) + "\r\n" +
               json.dumps({"id": "b", "text": "Zwei."})).encode()
        p = run(["extract"], inp, check=True)
        self.assertEqual([r["id"] for r in lines_of(p)], ["a", "b"])
        self.assertTrue(all(r["error"] is None for r in lines_of(p)))


class BadInput(unittest.TestCase):
    def test_300_mixed_lines(self):
        data, expect = make_bad_input(300)
        self.assertEqual(data.count(b"\n"), 300)
        p = run(["extract", "-j", "3", "--max-doc-bytes", "1000"], data)
        self.assertEqual(p.returncode, 0, p.stderr)
        recs = lines_of(p)
        self.assertEqual(len(recs), 300)
        for n, (r, (ident, code)) in enumerate(zip(recs, expect), 1):
            if ident is not None:
                self.assertEqual(r["id"], ident, f"line {n}")
            else:
                self.assertEqual(r["id"], n, f"line {n}: the line number stands in for the id")
            if code is None:
                self.assertIsNone(r["error"], f"line {n}")
            else:
                self.assertIsNotNone(r["error"], f"line {n}")
                self.assertEqual(r["error"]["code"], code, f"line {n}: {r['error']}")
                self.assertIsInstance(r["error"]["message"], str)
                self.assertIsInstance(r["error"]["offset"], int)
            self.assertEqual(records.problems(r, None), [], f"line {n}")
        self.assertEqual(p.stderr, b"", "no progress or warnings when stderr is not a terminal")

    def test_line_over_the_line_limit(self):
        # --max-doc-bytes 100: lines over 6*100+64Ki bytes are refused unread
        long_line = b"{\"id\": \"big\", \"text\": \"" + b"x" * 200000 + b"\"}"
        data = long_line + b"\n" + json.dumps({"id": "after", "text": "Ja."}).encode() + b"\n"
        p = run(["extract", "--max-doc-bytes", "100"], data, check=True)
        r1, r2 = lines_of(p)
        self.assertEqual(r1["id"], "big")
        self.assertEqual(r1["error"]["code"], "too_large")
        self.assertEqual(r2["id"], "after")
        self.assertIsNone(r2["error"])

    def test_nul_in_text(self):
        p = run(["extract"], b"{\"id\": \"n\", \"text\": \"a\\u0000b. C.\"}\n", check=True)
        (r,) = lines_of(p)
        self.assertIsNone(r["error"])


class Threads(unittest.TestCase):
    def test_same_output_any_thread_count(self):
        data, _ = make_bad_input(240, seed=3)
        outs = [run(["extract", "-j", str(j), "--segments", "--max-doc-bytes", "1000"], data,
                    check=True).stdout for j in (1, 2, 5)]
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(outs[0], outs[2])


class Example(unittest.TestCase):
    def test_bundled_example(self):
        path = os.path.join(ROOT, "examples", "warschau-energie.jsonl")
        p = run(["extract", path], check=True)
        with open(path, encoding="utf-8") as f:
            texts = {str(d["id"]): d["text"] for d in map(json.loads, f)}
        recs = lines_of(p)
        self.assertEqual(len(recs), len(texts))
        for r in recs:
            self.assertIsNone(r["error"])
            self.assertEqual(records.problems(r, texts[str(r["id"])]), [])


if __name__ == "__main__":
    BIN = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
