#!/usr/bin/env python3
"""train.py - trains the German name tagger (persons, organisations, places).

    python3 tools/ner/train.py --out data/ner-de.model            # the model
    python3 tools/ner/train.py --cv 5 --europarl-only             # figures only

An averaged structured perceptron over BIO tags with hashed features (see
nerlib.py; src/ner.c is its C twin).  Training data: German Europarl
(Faruqui & Padó 2010, research use) and GermEval 2014 dev (CC BY 4.0), both
tokenised by the engine itself through build/nf_ner_dump_tokens.  The
gazetteer comes from data/*.tsv and lang/de/entities/*.tsv, the lexicon of
how words are capitalised from the unlabelled text of Europarl and the
Wikinews articles of gnqa-train (CC BY 2.5).

--cv K reports K-fold cross-validated P/R/F1 on GermEval dev (train on
Europarl and K-1 folds, test on the held-out fold, counted as
../shared/eval/score.py counts entity mentions).  --europarl-only reports
F1 on all of GermEval dev when trained on Europarl alone.  --out trains on
everything and writes the model.  Deterministic for a given --seed.
Standard library only.
"""
import argparse
import json
import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nerlib as N  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

GTYPE = {"person": 0, "per": 0, "org": 1, "gpe": 2, "loc": 2}
COARSE = ["person", "org", "place"]
DETERMINERS = set(
    "der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins kein "
    "keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem "
    "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem "
    "unserer welche welcher welches".split())


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---- data -------------------------------------------------------------------

def read_europarl(paths):
    """Sentences of (words, IO tags) from Europarl TSV files."""
    out = []
    for p in paths:
        words, tags = [], []
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    if words:
                        out.append((words, tags))
                    words, tags = [], []
                    continue
                c = line.split("\t")
                words.append(c[0])
                tags.append(c[4] if len(c) > 4 else "O")
        if words:
            out.append((words, tags))
    return out


def align(sents, spans):
    """Per-token tag lists for a document's sentences from gold spans
    (start, end, tag type index) in code points.  Returns (tags per sentence,
    number of spans that fall on no token boundaries)."""
    tags = [[N.O] * len(s) for s in sents]
    where = {}
    for si, s in enumerate(sents):
        for ti, t in enumerate(s):
            where.setdefault(("a", t.start), (si, ti))
            where[("b", t.end)] = (si, ti)
    missed = 0
    for start, end, ty in spans:
        a = where.get(("a", start))
        b = where.get(("b", end))
        if not a or not b or a[0] != b[0] or a[1] > b[1]:
            missed += 1
            continue
        si = a[0]
        if any(x != N.O for x in tags[si][a[1]:b[1] + 1]):
            continue
        tags[si][a[1]] = N.tag_b(ty)
        for q in range(a[1] + 1, b[1] + 1):
            tags[si][q] = N.tag_b(ty) + 1
    return tags, missed


def load_europarl(tool, paths):
    sents = read_europarl(paths)
    recs = []
    golds = []
    for n, (words, io) in enumerate(sents):
        text = " ".join(words)
        spans = []
        pos = 0
        cur = None
        for w, t in zip(words, io):
            ty = {"I-PER": 0, "B-PER": 0, "I-ORG": 1, "B-ORG": 1, "I-LOC": 2, "B-LOC": 2,
                  "I-MISC": 3, "B-MISC": 3}.get(t, -1)
            if ty >= 0 and cur and cur[2] == ty and not t.startswith("B-"):
                cur[1] = pos + len(w)
            else:
                if cur:
                    spans.append(tuple(cur))
                cur = [pos, pos + len(w), ty] if ty >= 0 else None
            pos += len(w) + 1
        if cur:
            spans.append(tuple(cur))
        recs.append({"id": "ep%d" % n, "text": text})
        golds.append(spans)
    docs = N.run_dump(tool, recs)
    out = []
    missed = 0
    for n, spans in enumerate(golds):
        ss = docs.get("ep%d" % n, [])
        tags, m = align(ss, spans)
        missed += m
        for s, t in zip(ss, tags):
            out.append((s, t))
    log("europarl: %d sentences, %d spans, %d not on token boundaries"
        % (len(out), sum(len(g) for g in golds), missed))
    return out


def load_germeval(tool, path):
    """Documents: (id, sentences, tags per sentence, gold keys, ignore point sets)."""
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    docs = N.run_dump(tool, [{"id": r["id"], "text": r["text"]} for r in recs])
    out = []
    missed = total = 0
    for r in recs:
        ss = docs.get(r["id"], [])
        spans = []
        gold = set()
        for e in r.get("entities", []):
            ty = GTYPE.get(e["type"])
            for m in e.get("mentions", []):
                if m.get("kind", "name") != "name" or ty is None:
                    continue
                spans.append((m["start"], m["end"], ty))
                gold.add((m["start"], m["end"], COARSE[ty]))
        ign = []
        for s in r.get("ignore_spans", []):
            ign.append(set(range(s["start"], s["end"])))
            lab = s.get("label", "")
            if lab == "OTH" or lab.endswith("deriv"):
                spans.append((s["start"], s["end"], 3))
        total += len(gold)
        tags, m = align(ss, spans)
        missed += m
        out.append((r["id"], ss, tags, gold, ign))
    log("germeval: %d documents, %d gold mentions; %d spans not on token boundaries"
        % (len(out), total, missed))
    return out


# ---- gazetteer and lexicon --------------------------------------------------

def latin(s):
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or c in "’‘" for c in s)


def tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            yield line.split("\t")


def genitive(name):
    """The German genitive of a place name: "Berlins", "Erfurts"."""
    return name if name[-1:] in "sßxz" else name + "s"


def gazetteer_names(root):
    """(name, category index) pairs from the project's data files."""
    G = {g: i for i, g in enumerate(N.GAZ)}
    out = []
    for r in tsv_rows(os.path.join(root, "data/countries.tsv")):
        for n in r[4].split("|"):
            out.append((n, G["country"]))
    for r in tsv_rows(os.path.join(root, "data/cities.tsv")):
        big = r[4] == "1" or int(r[3] or 0) >= 100000
        for n in r[5].split("|"):
            out.append((n, G["city_big"] if big else G["city"]))
            out.append((genitive(n), G["city_big"] if big else G["city"]))
    for r in tsv_rows(os.path.join(root, "data/organizations.tsv")):
        for n in r[4].split("|"):
            out.append((n, G["org"]))
    for r in tsv_rows(os.path.join(root, "data/leaders.tsv")):
        for n in r[6].split("|"):
            out.append((n, G["per_full"]))
            parts = n.split()
            if len(parts) >= 2:
                if len(parts[0]) > 2 and parts[0].isalpha():
                    out.append((parts[0], G["per_first"]))
                if len(parts[-1]) > 2:
                    out.append((parts[-1], G["per_last"]))
    for r in tsv_rows(os.path.join(root, "lang/de/entities/nationalities.tsv")):
        for stem in r[1].split("|"):
            for end in ("", "e", "en", "er", "es", "em"):
                out.append((stem + end, G["nat_adj"]))
        if len(r) > 2:
            for n in r[2].split("|"):
                out.append((n, G["demonym"]))
    for r in tsv_rows(os.path.join(root, "lang/de/entities/roles.tsv")):
        out.append((r[0], G["role_per"] if r[3] == "person" else G["role_org"]))
    here = os.path.dirname(os.path.abspath(__file__))
    for r in tsv_rows(os.path.join(here, "names.tsv")):
        out.append((r[0], G[r[1]]))
    for r in tsv_rows(os.path.join(here, "gazetteer-extra.tsv")):
        out.append((r[0], G["region"] if r[1] == "place" else G["org"]))
        if r[1] == "place":
            out.append((genitive(r[0]), G["region"]))
    return [(n.strip(), c) for n, c in out if n.strip() and latin(n)]


def build_gazetteer(tool, root):
    names = gazetteer_names(root)
    uniq = sorted(set(n for n, _ in names))
    docs = N.run_dump(tool, [{"id": str(i), "text": n} for i, n in enumerate(uniq)])
    idx = {n: i for i, n in enumerate(uniq)}
    gaz = {}
    for n, c in names:
        toks = [t for s in docs.get(str(idx[n]), []) for t in s]
        if not toks or len(toks) > 8 or toks[0].kind not in (N.K_WORD, N.K_ABBREV):
            continue
        hh = N.fnv(toks[0].lower.encode("utf-8"))
        for j in range(1, len(toks)):
            k = hh or 1
            gaz[k] = gaz.get(k, 0) | N.G_PREFIX
            if toks[j].flags & N.F_SPACE:
                hh = N.fnv(b" ", hh)
            hh = N.fnv(toks[j].lower.encode("utf-8"), hh)
        k = hh or 1
        gaz[k] = gaz.get(k, 0) | (1 << c)
    log("gazetteer: %d names, %d keys" % (len(names), len(gaz)))
    return gaz


def build_lexicon(sents):
    """How each word is written: lexicon byte per word hash."""
    st = {}
    for s in sents:
        first = True
        prev = None
        for t in s:
            if t.kind == N.K_WORD:
                c = st.setdefault(t.lower, [0, 0, 0, 0])  # first, mid low, mid cap, det
                if first:
                    c[0] += 1
                elif t.flags & N.F_CAP:
                    c[2] += 1
                    if prev in DETERMINERS:
                        c[3] += 1
                elif t.flags & N.F_LOWER:
                    c[1] += 1
            if t.kind not in (N.K_PUNCT, N.K_QUOTE, N.K_SYMBOL):
                first = False
            prev = t.lower
    lex = {}
    for w, (fi, lo, ca, de) in st.items():
        n = fi + lo + ca
        if lo + ca == 0:
            cl = N.LX_S
        elif lo >= ca:
            cl = N.LX_L
        elif lo > 0:
            cl = N.LX_M
        elif de >= 0.3 * ca:
            cl = N.LX_N
        else:
            cl = N.LX_C
        fb = min(15, int(math.log2(max(n, 1))))
        lex[N.h(w)] = cl | (fb << 4)
    log("lexicon: %d words" % len(lex))
    return lex


def news_sentences(tool, gnqa):
    """Sentences of unlabelled news (the texts of gnqa-train), tokenised."""
    sents = []
    if gnqa and os.path.exists(gnqa):
        recs = [json.loads(l) for l in open(gnqa, encoding="utf-8") if l.strip()]
        docs = N.run_dump(tool, [{"id": r["id"], "text": r["text"]} for r in recs])
        for r in recs:
            sents.extend(docs.get(r["id"], []))
    return sents


# ---- training ---------------------------------------------------------------

class Example:
    __slots__ = ("feats", "tags")

    def __init__(self, feats, tags):
        self.feats, self.tags = feats, tags


def examples(model, sent, tags):
    out = []
    for a in range(0, max(len(sent), 1), N.WINDOW):
        win = sent[a:a + N.WINDOW]
        if win:
            out.append(Example(N.token_features(model, win), tags[a:a + N.WINDOW]))
    return out


def train(exs, epochs, seed, min_count=1):
    """Averaged structured perceptron.  Returns (weights {key: [float]*NT},
    transitions [[float]])."""
    cnt = {}
    for ex in exs:
        for f in ex.feats:
            for k in f:
                cnt[k] = cnt.get(k, 0) + 1
    index = {}
    for k in sorted(cnt):
        if cnt[k] >= min_count:
            index[k] = len(index)
    data = [([[index[k] for k in f if k in index] for f in ex.feats], ex.tags) for ex in exs]
    nf = len(index)
    W = [[0] * N.NT for _ in range(nf)]
    U = [[0] * N.NT for _ in range(nf)]
    T = [[0] * N.NT for _ in range(N.NT + 1)]
    TU = [[0] * N.NT for _ in range(N.NT + 1)]
    c = 1
    rng = random.Random(seed)
    order = list(range(len(data)))
    for ep in range(epochs):
        rng.shuffle(order)
        errs = 0
        t0 = time.time()
        for di in order:
            feats, gold = data[di]
            em = []
            for f in feats:
                s = [0] * N.NT
                for k in f:
                    s = [a + b for a, b in zip(s, W[k])]
                em.append(s)
            pred = N.viterbi(em, T)
            if pred != gold:
                errs += 1
                for i, (g, p) in enumerate(zip(gold, pred)):
                    if g != p:
                        for k in feats[i]:
                            W[k][g] += 1
                            W[k][p] -= 1
                            U[k][g] += c
                            U[k][p] -= c
                    gp = gold[i - 1] if i else N.NT
                    pp = pred[i - 1] if i else N.NT
                    if g != p or gp != pp:
                        T[gp][g] += 1
                        T[pp][p] -= 1
                        TU[gp][g] += c
                        TU[pp][p] -= c
            c += 1
        log("  epoch %d: %d/%d sentences wrong (%.0fs)" % (ep + 1, errs, len(data), time.time() - t0))
    keys = list(index)
    avg = {}
    for k in keys:
        i = index[k]
        row = [W[i][t] - U[i][t] / c for t in range(N.NT)]
        if any(abs(x) > 1e-9 for x in row):
            avg[k] = row
    trans = [[T[p][t] - TU[p][t] / c for t in range(N.NT)] for p in range(N.NT + 1)]
    return avg, trans


def float_model(model, avg, trans):
    """Unquantised weights, for measuring what quantisation costs."""
    model.weights = {k: tuple(r) for k, r in avg.items()}
    model.trans = trans
    model.scale = 1.0


def quantise(model, avg, trans, max_features):
    """Integer weights: one scale for all, int8 emissions, int32 transitions;
    rows that round to zero are dropped, then the weakest rows until at most
    max_features remain."""
    vals = sorted(abs(x) for r in avg.values() for x in r)
    top = vals[int(0.9999 * (len(vals) - 1))] if vals else 1.0
    scale = top / 127.0 or 1.0
    w = {}
    for k, r in avg.items():
        q = tuple(max(-127, min(127, int(round(x / scale)))) for x in r)
        if any(q):
            w[k] = q
    if len(w) > max_features:
        keep = sorted(w, key=lambda k: (-max(abs(x) for x in w[k]), k))[:max_features]
        w = {k: w[k] for k in keep}
    model.weights = w
    model.trans = [[int(round(x / scale)) for x in r] for r in trans]
    model.scale = scale


def calibrate(model, exs):
    """Sets the score scale so that a span with the median mean margin (over
    the spans found in `exs`) scores 0.9: score = logistic(margin * scale)."""
    margins = []
    for ex in exs:
        em = N.emissions(model, ex.feats)
        t = N.viterbi(em, model.trans)
        for a, b, ty in N.spans_of(t):
            if ty != 3:
                margins.append(sum(em[i][t[i]] - em[i][N.O] for i in range(a, b)) / (b - a))
    margins.sort()
    med = margins[len(margins) // 2] if margins else 1.0
    model.scale = math.log(9.0) / max(med, 1.0)
    log("score scale: median margin %.1f -> %.5f" % (med, model.scale))


# ---- evaluation -------------------------------------------------------------

class Counts:
    def __init__(self):
        self.c = {k: [0, 0, 0] for k in ["all"] + COARSE}

    def add(self, k, tp, fp, fn):
        x = self.c[k]
        x[0] += tp
        x[1] += fp
        x[2] += fn

    def prf(self, k):
        tp, fp, fn = self.c[k]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def merge(self, o):
        for k in self.c:
            for i in range(3):
                self.c[k][i] += o.c[k][i]

    def report(self, title):
        lines = [title]
        for k in ["person", "org", "place", "all"]:
            p, r, f = self.prf(k)
            tp, fp, fn = self.c[k]
            lines.append("  %-7s P %.3f  R %.3f  F1 %.3f   (tp %d fp %d fn %d)" % (k, p, r, f, tp, fp, fn))
        return "\n".join(lines)


def system_keys(model, sents):
    keys = set()
    for s in sents:
        _, spans = N.tag_sentence(model, s)
        for a, b, ty, _ in spans:
            keys.add((s[a].start, s[b - 1].end, COARSE[ty]))
    return keys


def score_doc(C, gold, sys_keys, ign):
    """As ../shared/eval/score.py counts entities.mentions."""
    tp = len(gold & sys_keys)
    fp = sum(1 for (a, b, _) in sys_keys - gold if not any(set(range(a, b)) & ig for ig in ign))
    C.add("all", tp, fp, len(gold) - tp)
    for typ in COARSE:
        g = {k for k in gold if k[2] == typ}
        s = {k for k in sys_keys if k[2] == typ}
        t = len(g & s)
        fpt = sum(1 for (a, b, _) in s - g if not any(set(range(a, b)) & ig for ig in ign))
        C.add(typ, t, fpt, len(g) - t)


def evaluate(model, docs, records_out=None):
    C = Counts()
    for did, ss, _, gold, ign in docs:
        keys = system_keys(model, ss)
        score_doc(C, gold, keys, ign)
        if records_out is not None:
            ents = [{"id": "e%d" % i, "type": t, "mentions": [{"start": a, "end": b, "kind": "name"}]}
                    for i, (a, b, t) in enumerate(sorted(keys))]
            records_out.append({"id": did, "entities": ents})
    return C


# ---- main -------------------------------------------------------------------

def entity_bias(model, bias):
    """Adds bias[t] (in the quantised integer steps) to every transition into
    B-PER, B-ORG and B-LOC: the decoder opens a name of that type more
    readily.  Recall is worth more than precision to the whole engine's F1
    (a name the tagger adds is right more often than F1/2)."""
    for p in range(N.NT + 1):
        for t, b in enumerate(bias):
            if b:
                model.trans[p][N.tag_b(t)] += b


def fit(base, exs, args):
    avg, trans = train(exs, args.epochs, args.seed, args.min_count)
    m = N.Model()
    m.gaz, m.lex = base.gaz, base.lex
    if args.float:
        float_model(m, avg, trans)
    else:
        quantise(m, avg, trans, args.max_features)
        entity_bias(m, args.bias)
    return m


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--resources", default=os.path.join(ROOT, "../shared/resources/ner"))
    ap.add_argument("--germeval", default=os.path.join(ROOT, "../shared/corpus/germeval2014-dev.jsonl"))
    ap.add_argument("--gnqa", default=os.path.join(ROOT, "../shared/corpus/gnqa-train.jsonl"),
                    help="unlabelled news for the lexicon ('' for none)")
    ap.add_argument("--dump-tool", default=os.path.join(ROOT, "build/nf_ner_dump_tokens"))
    ap.add_argument("--out", help="write the model trained on everything here")
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation on GermEval dev")
    ap.add_argument("--europarl-only", action="store_true", help="F1 when trained on Europarl alone")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--max-features", type=int, default=250000)
    ap.add_argument("--ge-weight", type=int, default=2, help="times each GermEval sentence is seen")
    ap.add_argument("--bias", default="0,0,0", help="PER,ORG,LOC: added to the transitions into "
                    "B-PER, B-ORG, B-LOC of the quantised model (see entity_bias)")
    ap.add_argument("--no-europarl", action="store_true", help="cross-validate on GermEval alone")
    ap.add_argument("--float", action="store_true", help="evaluate unquantised weights")
    ap.add_argument("--folds", default="", help="only these folds (comma-separated), for quick runs")
    ap.add_argument("--records", help="write the CV system records (JSONL) here for score.py")
    ap.add_argument("--fold-models", help="with --cv: write each fold's model to "
                    "DIR/fold-K/data/ner-de.model (a --data-dir for the engine), so the whole "
                    "pipeline can be scored on the fold it did not see")
    args = ap.parse_args()

    tool = args.dump_tool
    args.bias = [int(x) for x in args.bias.split(",")]
    if len(args.bias) != 3:
        ap.error("--bias wants three integers: PER,ORG,LOC")
    t0 = time.time()
    ep = load_europarl(tool, [os.path.join(args.resources, "europarl-%s.tsv" % s)
                              for s in ("train", "dev", "test")])
    ge = load_germeval(tool, args.germeval)
    base = N.Model()
    base.gaz = build_gazetteer(tool, ROOT)
    news = news_sentences(tool, args.gnqa)
    base.lex = build_lexicon([x for x, _ in ep] + news)
    ep_ex = [x for s, t in ep for x in examples(base, s, t)]
    ge_ex = [[x for s, t in zip(ss, tags) for x in examples(base, s, t)] for _, ss, tags, _, _ in ge]
    log("features ready (%.0fs)" % (time.time() - t0))

    if args.europarl_only:
        m = fit(base, ep_ex, args)
        print(evaluate(m, ge).report("trained on Europarl alone, tested on all of GermEval dev:"))
        sys.stdout.flush()
    if args.cv:
        K = args.cv
        only = {int(x) for x in args.folds.split(",") if x}
        total = Counts()
        recs = []
        for k in range(K):
            if only and k not in only:
                continue
            tr = (ep_ex if not args.no_europarl else []) + [
                x for i, d in enumerate(ge_ex) if i % K != k for x in d] * args.ge_weight
            te = [d for i, d in enumerate(ge) if i % K == k]
            m = fit(base, tr, args)
            if args.fold_models:
                path = os.path.join(args.fold_models, "fold-%d" % k, "data", "ner-de.model")
                os.makedirs(os.path.dirname(path), exist_ok=True)
                m.header = {"model": "fold %d of %d (cross-validation only)" % (k, K)}
                calibrate(m, tr)
                N.write_model(m, path)
            C = evaluate(m, te, recs)
            print(C.report("fold %d/%d (%d features):" % (k + 1, K, len(m.weights))))
            sys.stdout.flush()
            total.merge(C)
        print(total.report("%d-fold cross-validation on GermEval dev:" % K))
        if args.records:
            with open(args.records, "w", encoding="utf-8") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.out:
        m = fit(base, ep_ex + [x for d in ge_ex for x in d] * args.ge_weight, args)
        m.header = {
            "model": "German name tagger (PER/ORG/LOC), averaged structured perceptron",
            "train": "Europarl German NER (Faruqui & Pado 2010, train+dev+test; research use) + "
                     "GermEval 2014 dev (CC BY 4.0)",
            "gazetteer": "data/{countries,cities,organizations,leaders}.tsv, "
                         "lang/de/entities/{nationalities,roles}.tsv (licences: data/README.md), "
                         "tools/ner/names.tsv (@faker-js/faker de+en, MIT), "
                         "tools/ner/gazetteer-extra.tsv (hand-written)",
            "lexicon": "Europarl + Wikinews (gnqa-train, CC BY 2.5) word capitalisation counts",
            "licence": "model weights derived from the data above; research use (Europarl)",
            "command": "python3 tools/ner/train.py --out data/ner-de.model --epochs %d --seed %d "
                       "--ge-weight %d --bias %s"
                       % (args.epochs, args.seed, args.ge_weight, ",".join(map(str, args.bias))),
        }
        calibrate(m, ep_ex + [x for d in ge_ex for x in d])
        N.write_model(m, args.out)
        log("wrote %s: %d features, %d gazetteer keys, %d words, %d bytes"
            % (args.out, len(m.weights), len(m.gaz), len(m.lex), os.path.getsize(args.out)))


if __name__ == "__main__":
    main()
