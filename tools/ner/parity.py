#!/usr/bin/env python3
"""parity.py - writes the expected output of the name tagger for the parity test.

    python3 tools/ner/parity.py [--model data/ner-de.model] [--dump-tool build/nf_ner_dump_tokens]

Tags every sentence of tools/ner/parity-sentences.txt with the Python tagger
(nerlib.py) and writes tests/unit/ner_parity.tsv: a header naming the model
it was made with, then per text a line "T<TAB>text" followed by one line
"S<TAB>ta<TAB>tb<TAB>type<TAB>score<TAB>surface" per span (token indices
into the document, type PER/ORG/LOC).  tests/unit/test_ner.c runs the C
tagger over the same texts and expects the same spans.  Rerun it whenever
the model changes.  Standard library only.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nerlib as N  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=os.path.join(ROOT, "data/ner-de.model"))
    ap.add_argument("--dump-tool", default=os.path.join(ROOT, "build/nf_ner_dump_tokens"))
    ap.add_argument("--sentences", default=os.path.join(ROOT, "tools/ner/parity-sentences.txt"))
    ap.add_argument("--out", default=os.path.join(ROOT, "tests/unit/ner_parity.tsv"))
    args = ap.parse_args()
    model = N.read_model(args.model)
    texts = [l.rstrip("\n") for l in open(args.sentences, encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    docs = N.run_dump(args.dump_tool, [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Expected spans of the name tagger, written by tools/ner/parity.py from\n"
                "# tools/ner/parity-sentences.txt - do not edit; rerun it when the model changes.\n")
        f.write("# model-id: %s\n" % model.header.get("id", ""))
        for i, t in enumerate(texts):
            f.write("T\t%s\n" % t)
            base = 0
            for sent in docs[str(i)]:
                _, spans = N.tag_sentence(model, sent)
                for a, b, ty, sc in spans:
                    surface = t[sent[a].start:sent[b - 1].end]
                    f.write("S\t%d\t%d\t%s\t%.6f\t%s\n" % (base + a, base + b, N.TYPES[ty], sc, surface))
                base += len(sent)
    print("wrote %s (%d texts)" % (args.out, len(texts)))


if __name__ == "__main__":
    main()
