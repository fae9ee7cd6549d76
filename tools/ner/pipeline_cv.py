#!/usr/bin/env python3
"""pipeline_cv.py - the whole engine's entity figures on GermEval dev, cross-validated.

    python3 tools/ner/train.py --cv 5 --fold-models /tmp/folds   # once: the fold models
    python3 tools/ner/pipeline_cv.py --folds-dir /tmp/folds      # the figures

The shipped name tagger is trained on GermEval dev, so scoring the engine on
that set flatters it.  The honest figure runs the engine on each fold with the
tagger model that did not see it (`--data-dir DIR/fold-K`: train.py writes
DIR/fold-K/data/ner-de.model), and scores the union of the folds with
../shared/eval/score.py as one system output.  Fold K holds the documents i
with i % K == k, as in train.py.  Standard library only; exits 1 when a
command fails.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def die(msg):
    """Print msg to stderr and exit with status 1."""
    print("pipeline_cv: " + msg, file=sys.stderr)
    sys.exit(1)


def run(cmd, **kw):
    """Run cmd; exit with its stderr when it fails.  Returns its stdout."""
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        die("%s failed:\n%s" % (" ".join(cmd), p.stderr))
    return p.stdout


def main():
    """Split the input into folds, extract each with its fold model, score the union."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds-dir", required=True, help="DIR with fold-K/data/ner-de.model")
    ap.add_argument("--k", type=int, default=5, help="number of folds (as train.py --cv)")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "newsfacts"))
    ap.add_argument("--gold", default=os.path.join(SHARED, "corpus", "germeval2014-dev.jsonl"))
    ap.add_argument("--score", default=os.path.join(SHARED, "eval", "score.py"))
    ap.add_argument("--out", help="also keep the union of the system records here")
    args = ap.parse_args()
    for path, what in ((args.gold, "gold file"), (args.score, "score.py"), (args.binary, "binary")):
        if not os.path.exists(path):
            die("no %s at %s" % (what, path))
    for k in range(args.k):
        if not os.path.exists(os.path.join(args.folds_dir, "fold-%d" % k, "data", "ner-de.model")):
            die("no fold model %d in %s (run train.py --cv %d --fold-models %s)"
                % (k, args.folds_dir, args.k, args.folds_dir))
    lines = run([sys.executable, args.score, "input", args.gold]).splitlines()
    with tempfile.TemporaryDirectory(prefix="pipeline-cv-") as tmp:
        procs = []
        for k in range(args.k):
            fin = os.path.join(tmp, "in-%d.jsonl" % k)
            with open(fin, "w", encoding="utf-8") as f:
                f.writelines(l + "\n" for i, l in enumerate(lines) if i % args.k == k)
            fout = os.path.join(tmp, "out-%d.jsonl" % k)
            procs.append(subprocess.Popen(
                [args.binary, "extract", "-j", "1", "--no-progress", "--data-dir",
                 os.path.join(args.folds_dir, "fold-%d" % k), fin, "-o", fout],
                stderr=subprocess.PIPE))
        for p in procs:
            _, err = p.communicate()
            if p.returncode != 0:
                die("extract failed:\n" + err.decode(errors="replace"))
        union = args.out or os.path.join(tmp, "out.jsonl")
        n = 0
        with open(union, "w", encoding="utf-8") as out:
            for k in range(args.k):
                with open(os.path.join(tmp, "out-%d.jsonl" % k), encoding="utf-8") as f:
                    for line in f:
                        json.loads(line)  # one record a line, or fail loudly
                        out.write(line)
                        n += 1
        if n != len(lines):
            die("%d records for %d documents" % (n, len(lines)))
        report = run([sys.executable, args.score, "score", args.gold, union])
    print("%d-fold pipeline cross-validation on %s (%d documents):"
          % (args.k, os.path.basename(args.gold), n))
    for line in report.splitlines():
        if line.startswith("metric") or line.startswith("entities.mentions"):
            print(line)


if __name__ == "__main__":
    main()
