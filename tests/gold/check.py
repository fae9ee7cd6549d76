#!/usr/bin/env python3
"""Regression checks on the shared gold sets (../shared, present in CI and
developer sessions, absent from a user's clone).

For each gold file: run `newsfacts extract` on its input, require that every
record validates (../shared/eval/validate.py), that no span's text differs
from its slice of the input, and that each layer's figures stay at or above
the floors below (raised as the layers improve; never lowered to pass).
Prints the figures it measured.  Exits 0 with a note when ../shared is
absent."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BIN = os.path.join(ROOT, "build", "newsfacts")

# gold file -> {metric: floor on F1}
FLOORS = {
    "seed/seed-gold.jsonl": {"quotes": 0.85, "quotes.speaker_resolved": 0.90,
                             "entities.mentions": 0.95, "entities.linked": 0.95,
                             "amounts.correct": 0.99, "times.correct": 0.95, "events": 0.80,
                             "sources": 0.99, "doc_date": 0.99},
    "corpus/gnqa-dev.jsonl": {"quotes": 0.79, "quotes.direct": 0.89, "quotes.cue": 0.74,
                              "quotes.speaker_span": 0.72, "quotes.reported": 0.40},
    "corpus/full-dev.jsonl": {"amounts.correct": 0.85, "times.correct": 0.90,
                              "entities.mentions": 0.98, "entities.linked": 0.94, "events": 0.69,
                              "quotes": 0.84, "quotes.speaker_resolved": 0.80,
                              "amounts.period": 0.90,
                              "sources": 0.95},
    "corpus/recognizers-de-visible.jsonl": {"times.correct": 0.85, "amounts.correct": 0.90},
    "corpus/germeval2014-dev.jsonl": {"entities.mentions": 0.93},
}
SHOW = ["quotes", "quotes.speaker_resolved", "entities.mentions", "entities.linked",
        "amounts.correct", "times.correct", "events", "sources", "doc_date", "offsets_consistent"]


def main():
    score = os.path.join(SHARED, "eval", "score.py")
    validate = os.path.join(SHARED, "eval", "validate.py")
    if not os.path.exists(score):
        print(f"gold checks skipped: {score} not found")
        return 0
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        for rel, floors in FLOORS.items():
            gold = os.path.join(SHARED, rel)
            if not os.path.exists(gold):
                print(f"skip {rel}: not present")
                continue
            with open(inp, "w") as f:
                subprocess.run([sys.executable, score, "input", gold], stdout=f, check=True)
            with open(out, "w") as f:
                subprocess.run([BIN, "extract", "--no-progress", inp], stdout=f, check=True)
            problems = []
            v = subprocess.run([sys.executable, validate, out, inp], capture_output=True, text=True)
            if v.returncode != 0:
                problems.append("does not validate: " + " | ".join(v.stdout.splitlines()[-3:]))
            s = subprocess.run([sys.executable, score, "score", gold, out, "--json"],
                               capture_output=True, text=True, check=True)
            res = json.loads(s.stdout)
            oc = res.get("offsets_consistent")
            if oc and oc["fn"]:
                problems.append(f"{oc['fn']} spans differ from their slice of the input")
            for metric, floor in floors.items():
                have = res.get(metric, {}).get("f1", 0.0)
                if have + 1e-9 < floor:
                    problems.append(f"{metric} F1 {have:.3f} below its floor {floor}")
            figures = ", ".join(f"{k} {res[k]['f1']:.3f}" for k in SHOW if k in res)
            docs = res["_docs"]
            print(f"{'FAIL' if problems else 'ok  '} {rel}: {figures or 'no layer scored yet'} "
                  f"({docs['gold']} docs, {docs['missing']} missing, {docs['errors']} errors)")
            for p in problems:
                print("     " + p)
            failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
