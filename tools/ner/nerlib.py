"""nerlib.py - the German name tagger's feature set, model file and decoder.

Everything here has a twin in src/ner.c: token attributes, the hashing of
features, gazetteer matching, the Viterbi decoder and the model file format.
A change on one side must be made on the other, with FEATURE_SET bumped;
tests/unit/test_ner.c checks that both tag the same sentences alike.

Standard library only.
"""
import json
import math
import struct
import subprocess

FEATURE_SET = "nfner-2"

# Tags.  Spans of PER/ORG/LOC are reported; MISC (other names, derived
# adjectives) is learnt so that it does not crowd the others, and dropped.
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
NT = len(TAGS)
TYPES = ["PER", "ORG", "LOC", "MISC"]
O = 0


def tag_b(t):
    """Index of B-<type> for a type index (0 = PER)."""
    return 1 + 2 * t


def tag_type(tag):
    """Type index of a tag (-1 for O)."""
    return (tag - 1) // 2 if tag else -1


def allowed(prev, cur):
    """Whether tag `cur` may follow tag `prev` (prev = -1: sentence start)."""
    if cur == O or cur % 2 == 1:
        return True
    # cur is I-X: only after B-X or I-X
    return prev >= 1 and tag_type(prev) == tag_type(cur)


# Token kinds and flags (include/newsfacts.h, src/doc.h).
K_WORD, K_NUMBER, K_ORDINAL, K_DATE, K_ABBREV, K_PUNCT, K_QUOTE, K_URL, K_EMAIL, K_SYMBOL = range(10)
F_SPACE, F_CAP, F_LOWER = 1, 2, 4

# Longest span of tokens that is tagged as one sequence; longer sentences are
# cut into pieces of this many tokens (NF_NER_WINDOW in src/ner.c).
WINDOW = 256

M32 = 0xFFFFFFFF
FNV_INIT = 0x811C9DC5


def fnv(data, h=FNV_INIT):
    """FNV-1a, 32 bits, over bytes, continuing from h."""
    for x in data:
        h = ((h ^ x) * 0x01000193) & M32
    return h


def fmix(h):
    """MurmurHash3's 32-bit finaliser."""
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def fkey(tid, v):
    """The key of feature template `tid` with value hash `v` (never 0)."""
    k = ((v ^ (tid * 0x9E3779B1)) * 0x85EBCA6B) & M32
    k ^= k >> 16
    return k or 1


def pair(a, b):
    """A value hash for two value hashes."""
    return (a * 0x2C1B3C6D + b) & M32


# Feature templates (NF_FT_* in src/ner.c).
(FT_BIAS, FT_W, FT_WT, FT_SH, FT_SHL, FT_P1, FT_P2, FT_P3, FT_P4, FT_S1, FT_S2, FT_S3, FT_S4,
 FT_CP, FT_WM1, FT_WP1, FT_WM2, FT_WP2, FT_SHM1, FT_SHP1, FT_WM1W, FT_WWP1, FT_LX, FT_LXCP,
 FT_LXM1, FT_LXP1, FT_LF, FT_G, FT_GM1, FT_GP1, FT_CPM1, FT_CPP1, FT_SH3, FT_RUN, FT_S3M1,
 FT_S3P1, FT_GCP, FT_WM1CP, FT_LXM1CP) = range(39)

# Gazetteer categories (bits of a gazetteer mask).
GAZ = ["country", "city_big", "city", "org", "per_full", "per_first", "per_last", "nat_adj",
       "demonym", "role_per", "role_org", "first_name", "surname", "region"]
G_PREFIX = 1 << 15  # some longer name continues this one

# Lexicon classes (low 4 bits of a lexicon byte; the frequency bucket is the
# high 4 bits).  0: unknown word.
LX_S, LX_L, LX_M, LX_N, LX_C = 1, 2, 3, 4, 5

# Shape characters for the NF_C_* classes as dump_tokens writes them ('a' + class).
SHAPE_OF = {"d": "X", "e": "x", "f": "x", "h": "d", "i": "-", "j": "-", "k": "'", "l": ".",
            "m": "$", "g": ""}
BOS, EOS = 1, 2  # value hashes of the words before and after a sentence


class Token:
    __slots__ = ("start", "end", "kind", "flags", "cls", "text", "lower")

    def __init__(self, start, end, kind, flags, cls, text, lower):
        self.start, self.end, self.kind, self.flags = start, end, kind, flags
        self.cls, self.text, self.lower = cls, text, lower


def run_dump(tool, records):
    """Tokenises records ({"id", "text"}) with the engine's dump tool.
    Returns {id: [sentence, ...]}, a sentence being a list of Tokens."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    out = subprocess.run([tool], input=data, stdout=subprocess.PIPE, check=True).stdout
    docs = {}
    cur = None
    sent = []
    for line in out.decode("utf-8").split("\n"):
        if line.startswith("#doc "):
            cur = docs.setdefault(line[5:], [])
            sent = []
            continue
        if line.startswith("#error"):
            continue
        if not line:
            if sent:
                cur.append(sent)
            sent = []
            continue
        p = line.split("\t")
        sent.append(Token(int(p[0]), int(p[1]), int(p[2]), int(p[3]), p[4], p[5], p[6]))
    return docs


def shape(tok):
    """Short shape: one character per class, runs collapsed, at most 8."""
    out = []
    last = None
    for c in tok.cls:
        s = SHAPE_OF.get(c, "?")
        if s and s != last:
            out.append(s)
            last = s
            if len(out) == 8:
                break
    return "".join(out)


def len_bucket(n):
    return n if n <= 4 else 5 if n <= 6 else 7 if n <= 9 else 10


def cp_code(tok, first):
    """Kind, capitalisation and position of a token in one small number."""
    k = tok.kind
    if k in (K_WORD, K_ABBREV):
        if tok.flags & F_CAP:
            return 1 if first else 2
        return 3 if tok.flags & F_LOWER else 4
    if k in (K_NUMBER, K_ORDINAL, K_DATE):
        return 5
    if k == K_PUNCT:
        return 6
    if k == K_QUOTE:
        return 7
    return 8


_hcache = {}


def h(s):
    """FNV-1a of a string's UTF-8 bytes, 0 read as 1 (cached)."""
    v = _hcache.get(s)
    if v is None:
        v = fnv(s.encode("utf-8")) or 1
        _hcache[s] = v
    return v


class Model:
    """Weights, transitions, gazetteer and lexicon: what the model file holds."""

    def __init__(self):
        self.weights = {}  # key -> tuple of NT ints
        self.trans = [[0] * NT for _ in range(NT + 1)]  # [prev (NT = start)][cur]
        self.gaz = {}  # key -> mask
        self.lex = {}  # key -> byte
        self.scale = 1.0  # span score = logistic(mean margin in integer steps * scale)
        self.header = {}


def gaz_masks(model, sent):
    """Per token: gazetteer bits of names it begins (low 16) and continues (high 16)."""
    n = len(sent)
    m = [0] * n
    gaz = model.gaz
    for i in range(n):
        if sent[i].kind not in (K_WORD, K_ABBREV):
            continue
        hh = fnv(sent[i].lower.encode("utf-8"))
        j = i
        while True:
            e = gaz.get(hh or 1, 0)
            bits = e & 0x7FFF
            if bits:
                m[i] |= bits
                for q in range(i + 1, j + 1):
                    m[q] |= bits << 16
            if not (e & G_PREFIX) or j + 1 >= n or j - i >= 7:
                break
            j += 1
            if sent[j].flags & F_SPACE:
                hh = fnv(b" ", hh)
            hh = fnv(sent[j].lower.encode("utf-8"), hh)
    return m


def token_features(model, sent):
    """Feature keys of every token of a sentence (at most WINDOW tokens)."""
    n = len(sent)
    hl = [h(t.lower) for t in sent]
    sh = [shape(t) for t in sent]
    hs = [h(s) for s in sh]
    cps = []
    first = True
    for t in sent:
        cps.append(cp_code(t, first))
        if t.kind not in (K_PUNCT, K_QUOTE, K_SYMBOL):
            first = False
    lx = [model.lex.get(x, 0) for x in hl]
    gm = gaz_masks(model, sent)
    feats = []
    for i, t in enumerate(sent):
        if not (t.flags & F_CAP):
            # A token that does not start with a capital: a few features only.
            f = [fkey(FT_BIAS, 1), fkey(FT_W, hl[i]), fkey(FT_SH, hs[i]), fkey(FT_CP, cps[i]),
                 fkey(FT_WM1, hl[i - 1] if i > 0 else BOS),
                 fkey(FT_WP1, hl[i + 1] if i + 1 < n else EOS), fkey(FT_LX, lx[i] & 15),
                 fkey(FT_LXP1, (lx[i + 1] & 15) if i + 1 < n else 15),
                 fkey(FT_CPM1, cps[i - 1] if i > 0 else 0),
                 fkey(FT_CPP1, cps[i + 1] if i + 1 < n else 0)]
            gaz_features(f, gm, i, n, cps[i])
            feats.append(f)
            continue
        f = [fkey(FT_BIAS, 0), fkey(FT_W, hl[i]), fkey(FT_WT, h(t.text)), fkey(FT_SH, hs[i]),
             fkey(FT_SHL, pair(hs[i], len_bucket(len(t.cls)))), fkey(FT_CP, cps[i])]
        if t.kind == K_WORD:
            w = t.lower
            L = len(w)
            for a in range(1, 5):
                if a < L:
                    f.append(fkey(FT_P1 + a - 1, h(w[:a])))
                    f.append(fkey(FT_S1 + a - 1, h(w[-a:])))
        wm1 = hl[i - 1] if i > 0 else BOS
        wp1 = hl[i + 1] if i + 1 < n else EOS
        f.append(fkey(FT_WM1, wm1))
        f.append(fkey(FT_WP1, wp1))
        f.append(fkey(FT_WM2, hl[i - 2] if i > 1 else BOS))
        f.append(fkey(FT_WP2, hl[i + 2] if i + 2 < n else EOS))
        shm1 = hs[i - 1] if i > 0 else BOS
        shp1 = hs[i + 1] if i + 1 < n else EOS
        f.append(fkey(FT_SHM1, shm1))
        f.append(fkey(FT_SHP1, shp1))
        f.append(fkey(FT_SH3, pair(pair(shm1, hs[i]), shp1)))
        f.append(fkey(FT_WM1W, pair(wm1, hl[i])))
        f.append(fkey(FT_WWP1, pair(hl[i], wp1)))
        x = lx[i]
        f.append(fkey(FT_LX, x & 15))
        f.append(fkey(FT_LXCP, (x & 15) * 16 + cps[i]))
        f.append(fkey(FT_LF, x >> 4))
        f.append(fkey(FT_LXM1, (lx[i - 1] & 15) if i > 0 else 15))
        f.append(fkey(FT_LXP1, (lx[i + 1] & 15) if i + 1 < n else 15))
        f.append(fkey(FT_CPM1, cps[i - 1] if i > 0 else 0))
        f.append(fkey(FT_CPP1, cps[i + 1] if i + 1 < n else 0))
        if t.flags & F_CAP:
            a = i
            while a > 0 and sent[a - 1].flags & F_CAP and sent[a - 1].kind == K_WORD:
                a -= 1
            b = i
            while b + 1 < n and sent[b + 1].flags & F_CAP and sent[b + 1].kind == K_WORD:
                b += 1
            f.append(fkey(FT_RUN, min(i - a, 2) * 4 + min(b - i, 2)))
        f.append(fkey(FT_S3M1, h(sent[i - 1].lower[-3:]) if i > 0 else BOS))
        f.append(fkey(FT_S3P1, h(sent[i + 1].lower[-3:]) if i + 1 < n else EOS))
        f.append(fkey(FT_WM1CP, pair(wm1, cps[i])))
        f.append(fkey(FT_LXM1CP, ((lx[i - 1] & 15) if i > 0 else 15) * 16 + cps[i]))
        gaz_features(f, gm, i, n, cps[i])
        feats.append(f)
    return feats


def gaz_features(f, gm, i, n, cp):
    """Appends the gazetteer features of token i to f."""
    g = gm[i]
    if g:
        for b in range(15):
            if g & (1 << b):
                f.append(fkey(FT_G, b * 2))
                f.append(fkey(FT_GCP, b * 16 + cp))
            if g & (1 << (b + 16)):
                f.append(fkey(FT_G, b * 2 + 1))
    if i > 0 and gm[i - 1]:
        g = gm[i - 1] | (gm[i - 1] >> 16)
        for b in range(15):
            if g & (1 << b):
                f.append(fkey(FT_GM1, b))
    if i + 1 < n and gm[i + 1]:
        g = gm[i + 1] | (gm[i + 1] >> 16)
        for b in range(15):
            if g & (1 << b):
                f.append(fkey(FT_GP1, b))


def windows(sent):
    """A sentence cut into pieces of at most WINDOW tokens."""
    return [sent[i:i + WINDOW] for i in range(0, len(sent), WINDOW)] or [sent]


def viterbi(em, trans):
    """Best tag sequence for emission scores em[i][t] under transitions
    trans[prev][cur] (prev NT = start) and the BIO constraints.  Ties go to the
    lower tag index.  Integer or float scores."""
    n = len(em)
    if n == 0:
        return []
    NEG = -(1 << 60)
    score = [trans[NT][t] + em[0][t] if allowed(-1, t) else NEG for t in range(NT)]
    back = []
    for i in range(1, n):
        e = em[i]
        new = [NEG] * NT
        bp = [0] * NT
        for t in range(NT):
            best = NEG
            arg = 0
            for p in range(NT):
                if score[p] == NEG or not ALLOWED[p][t]:
                    continue
                v = score[p] + trans[p][t]
                if v > best:
                    best, arg = v, p
            if best != NEG:
                new[t] = best + e[t]
                bp[t] = arg
        score = new
        back.append(bp)
    best, arg = NEG, 0
    for t in range(NT):
        if score[t] > best:
            best, arg = score[t], t
    tags = [arg]
    for bp in reversed(back):
        arg = bp[arg]
        tags.append(arg)
    tags.reverse()
    return tags


ALLOWED = [[allowed(p, c) for c in range(NT)] for p in range(NT)]


def spans_of(tags):
    """(ta, tb, type index) of every B-I* run."""
    out = []
    i = 0
    n = len(tags)
    while i < n:
        t = tags[i]
        if t and t % 2 == 1:
            j = i + 1
            while j < n and tags[j] == t + 1:
                j += 1
            out.append((i, j, tag_type(t)))
            i = j
        else:
            i += 1
    return out


def emissions(model, feats):
    em = []
    W = model.weights
    for f in feats:
        s = [0] * NT
        for k in f:
            r = W.get(k)
            if r is not None:
                s = [a + b for a, b in zip(s, r)]
        em.append(s)
    return em


def tag_sentence(model, sent):
    """Tags a sentence; returns (tags, spans) with spans (ta, tb, type, score)
    for PER/ORG/LOC only, ta/tb indices into `sent`."""
    tags = []
    spans = []
    base = 0
    for win in windows(sent):
        feats = token_features(model, win)
        em = emissions(model, feats)
        t = viterbi(em, model.trans)
        for a, b, ty in spans_of(t):
            if ty == 3:
                continue
            m = sum(em[i][t[i]] - em[i][O] for i in range(a, b)) / (b - a)
            score = 1.0 / (1.0 + math.exp(-m * model.scale))
            spans.append((base + a, base + b, ty, score))
        tags.extend(t)
        base += len(win)
    return tags, spans


# ---- model file ------------------------------------------------------------

MAGIC = b"NFNER1\n"


def write_model(model, path):
    """Writes the model file: text header lines (with an id hashed from the
    data), a line "data", then little-endian arrays."""
    keys = sorted(model.weights)
    gk = sorted(model.gaz)
    lk = sorted(model.lex)
    parts = [struct.pack("<IIIIf", NT, len(keys), len(gk), len(lk), model.scale)]
    for row in model.trans:
        parts.append(struct.pack("<%di" % NT, *row))
    parts.append(struct.pack("<%dI" % len(keys), *keys))
    parts.append(b"".join(struct.pack("<%db" % NT, *model.weights[k]) for k in keys))
    parts.append(struct.pack("<%dI" % len(gk), *gk))
    parts.append(struct.pack("<%dH" % len(gk), *[model.gaz[k] for k in gk]))
    parts.append(struct.pack("<%dI" % len(lk), *lk))
    parts.append(bytes(model.lex[k] for k in lk))
    payload = b"".join(parts)
    hdr = dict(model.header)
    hdr["features"] = FEATURE_SET
    hdr["tags"] = ",".join(TAGS)
    hdr["id"] = "%08x" % fnv(payload)
    with open(path, "wb") as f:
        f.write(MAGIC)
        for k, v in hdr.items():
            f.write(("# %s: %s\n" % (k, v)).encode("utf-8"))
        f.write(b"data\n")
        f.write(payload)


def read_model(path):
    """Reads a model file written by write_model."""
    m = Model()
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(MAGIC):
        raise ValueError("%s: not a name tagger model" % path)
    pos = len(MAGIC)
    while True:
        e = data.index(b"\n", pos)
        line = data[pos:e].decode("utf-8")
        pos = e + 1
        if line == "data":
            break
        if line.startswith("# ") and ": " in line:
            k, v = line[2:].split(": ", 1)
            m.header[k] = v
    nt, nf, ng, nl, m.scale = struct.unpack_from("<IIIIf", data, pos)
    pos += 20
    if nt != NT or m.header.get("features") != FEATURE_SET:
        raise ValueError("%s: feature set %s, want %s" % (path, m.header.get("features"), FEATURE_SET))
    m.trans = []
    for _ in range(NT + 1):
        m.trans.append(list(struct.unpack_from("<%di" % NT, data, pos)))
        pos += 4 * NT
    keys = struct.unpack_from("<%dI" % nf, data, pos)
    pos += 4 * nf
    for k in keys:
        m.weights[k] = struct.unpack_from("<%db" % NT, data, pos)
        pos += NT
    gk = struct.unpack_from("<%dI" % ng, data, pos)
    pos += 4 * ng
    gv = struct.unpack_from("<%dH" % ng, data, pos)
    pos += 2 * ng
    m.gaz = dict(zip(gk, gv))
    lk = struct.unpack_from("<%dI" % nl, data, pos)
    pos += 4 * nl
    m.lex = dict(zip(lk, data[pos:pos + nl]))
    return m
