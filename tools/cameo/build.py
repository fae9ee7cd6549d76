#!/usr/bin/env python3
"""Build data/cameo.tsv, the CAMEO code table, from the raw public sources.

    python3 tools/cameo/build.py --resources ../shared/resources --out data/cameo.tsv \
        [--readme data/README.md]

With --readme, also (re)writes this table's section of data/README.md: the
block between the markers "<!-- cameo:begin -->" and "<!-- cameo:end -->",
appended when absent; the rest of the file is left as it is (the gazetteer
build rewrites data/README.md whole, so run this after it).

One row per CAMEO code (2-digit roots, 3- and 4-digit codes) with its name,
its Goldstein score and its PLOVER category.  Standard library only;
deterministic output (rows sorted by code, no time stamps).

Inputs (under --resources):
  cameo/CAMEO2PLOVER-2021.txt  "CODE: PLOVER, mode, context # name"
  cameo/goldstein.tsv          "code<TAB>goldstein"
  cameo/CAMEO.2.0.verbs.txt    only scanned for codes it uses ([176])
and, in this directory:
  labels-extra.tsv             CAMEO names missing from CAMEO2PLOVER
                               (roots, 01x, 02x, 176) and label fixes

Rules:
  label     the comment of the code's line in CAMEO2PLOVER (first line wins
            when a code is listed twice, as 175 is), else labels-extra.tsv;
            labels-extra.tsv entries marked "fix" override obvious typos
  goldstein goldstein.tsv; a code missing there takes its parent's score
            (4-digit -> 3-digit -> root)
  plover    the first field of the code's CAMEO2PLOVER line; a code without
            a line takes its parent's; labels-extra.tsv may give one for
            codes whose whole branch is missing (02x -> REQUEST); "-" when
            there is none (01x: public statements have no PLOVER category)
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COMMAND = ('python3 tools/cameo/build.py --resources ../shared/resources '
           '--out data/cameo.tsv')

CODE_RE = re.compile(r'^(\d{2,4})$')


def parent(code):
    """'0871' -> '087' -> '08'; roots have no parent."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


def read_plover(path):
    """CAMEO2PLOVER: code -> (plover, label or '').  First line wins."""
    out = {}
    line_re = re.compile(r'^(\d{2,4})\s*:\s*([^#]*?)\s*(?:#\s*(.*?))?\s*$')
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#') or line.startswith('~'):
                continue
            m = line_re.match(line)
            if not m:
                continue
            code, fields, label = m.group(1), m.group(2), m.group(3) or ''
            plover = fields.split(',')[0].strip()
            if code in out:
                continue                    # 08 and 175 appear twice
            out[code] = (plover, label.strip())
    return out


def read_goldstein(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for raw in f:
            parts = raw.rstrip('\n').split('\t')
            if len(parts) < 2 or not CODE_RE.match(parts[0]):
                continue                    # header, blank lines
            out[parts[0]] = parts[1].strip()
    return out


def read_verb_codes(path):
    """Codes the PETRARCH2 verb dictionary uses ([176], [042:043], ...)."""
    codes = set()
    with open(path, encoding='utf-8', errors='replace') as f:
        for raw in f:
            for m in re.finditer(r'\[(\d*)(?::(\d*))?\]', raw):
                for c in m.groups():
                    if c and 2 <= len(c) <= 4:
                        codes.add(c)
    return codes


def read_extra(path):
    """labels-extra.tsv: code, label, plover ('' = none given), kind."""
    out = {}
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            while len(parts) < 4:
                parts.append('')
            code, label, plover, kind = (p.strip() for p in parts[:4])
            out[code] = (label, plover, kind)
    return out


def build(resources):
    cam = os.path.join(resources, 'cameo')
    plover = read_plover(os.path.join(cam, 'CAMEO2PLOVER-2021.txt'))
    gold = read_goldstein(os.path.join(cam, 'goldstein.tsv'))
    verb_codes = read_verb_codes(os.path.join(cam, 'CAMEO.2.0.verbs.txt'))
    extra = read_extra(os.path.join(HERE, 'labels-extra.tsv'))

    codes = set(plover) | set(gold)
    # codes the verb dictionary uses that the two tables lack, if we can name
    # them (176 "Attack cybernetically"; [1952] and the like are dropped)
    codes |= {c for c in verb_codes if c in extra and c not in codes}
    # every code's parents exist
    for c in list(codes):
        p = parent(c)
        while p:
            codes.add(p)
            p = parent(p)

    rows = []
    problems = []
    for c in sorted(codes):
        # label
        label = plover.get(c, ('', ''))[1]
        ex = extra.get(c)
        if ex and ex[0] and (ex[2] == 'fix' or not label):
            label = ex[0]
        if not label:
            problems.append('no label for %s' % c)
        # goldstein
        g, p = gold.get(c), c
        while g is None and parent(p):
            p = parent(p)
            g = gold.get(p)
        if g is None:
            problems.append('no goldstein for %s' % c)
            g = ''
        # plover
        pl, p = None, c
        while p:
            if p in plover and plover[p][0]:
                pl = plover[p][0]
                break
            if p in extra and extra[p][1]:
                pl = extra[p][1]
                break
            p = parent(p)
        rows.append((c, label, g, pl or '-'))
    return rows, problems


HEADER = """\
# CAMEO event codes: name, Goldstein score, PLOVER category.
# Generated by: {cmd}
# Do not edit by hand; edit tools/cameo/labels-extra.tsv or the sources.
# Columns: code <TAB> label <TAB> goldstein <TAB> plover
#   code      CAMEO code: 2-digit root, 3- or 4-digit code (sorted as strings,
#             so every code follows its parent)
#   label     CAMEO name, from the comments of CAMEO2PLOVER-2021.txt; roots,
#             01x, 02x and 176 (not in that file) from tools/cameo/labels-extra.tsv
#             (names of the CAMEO codebook, Gerner/Schrodt/Yilmaz, 2009-2012)
#   goldstein Goldstein (1992) conflict-cooperation score as used by GDELT;
#             a code missing from goldstein.tsv takes its parent's score
#   plover    PLOVER category (first field of CAMEO2PLOVER); a code without
#             a line takes its parent's; 02x -> REQUEST (the PLOVER category
#             for appeals and demands); "-" = none (01x public statements)
# Sources (../shared/resources/cameo/) and licences:
#   CAMEO2PLOVER-2021.txt  CAMEO to PLOVER conversion table, PLOVER manual
#                          draft 0.8 (P. Schrodt, 2021)       CC BY-SA 4.0
#   goldstein.tsv          Goldstein scores of the CAMEO codes (GDELT)
#                                                             public figures
#   CAMEO.2.0.verbs.txt    PETRARCH2 CAMEO verb dictionary (Open Event Data
#                          Alliance; only the codes it uses)  MIT
# This file carries facts (codes, names, scores, categories) from a
# CC BY-SA 4.0 source: share alike, with attribution to the sources above.
"""


README_SECTION = """<!-- cameo:begin -->
## CAMEO code table

`cameo.tsv` is generated too; regenerate and check it with

    {cmd} --readme data/README.md
    python3 tools/cameo/check.py

| file | rows | columns | built from |
|---|---|---|---|
| `cameo.tsv` | {rows} | code, label, goldstein, plover | `cameo/CAMEO2PLOVER-2021.txt`, `cameo/goldstein.tsv`, `cameo/CAMEO.2.0.verbs.txt` (codes only), `tools/cameo/labels-extra.tsv` |

Every CAMEO code: {roots} roots, {three} three-digit and {four} four-digit
codes, sorted as strings so that each code follows its parent.

- `label`: the CAMEO name from the comments of CAMEO2PLOVER; the roots, 01x,
  02x and 176, which that file lacks, and a few typo fixes come from
  `tools/cameo/labels-extra.tsv` (names of the CAMEO codebook).
- `goldstein`: from `goldstein.tsv`; a code missing there takes its parent's.
- `plover`: the first field of the code's CAMEO2PLOVER line, else the
  parent's; 02x appeals are REQUEST; 01x public statements have none (`-`).

The events stage reads it together with the hand-written German lexicons
`lang/de/event-triggers.txt` (trigger words: CAMEO code, argument frame,
reverse code, flags; see its header) and `lang/de/event-modality.txt`
(words that make an event planned, intended, negated or hypothetical);
`tools/cameo/check.py` checks all three.

| source file | provider | licence | used in |
|---|---|---|---|
| `cameo/CAMEO2PLOVER-2021.txt` | CAMEO to PLOVER conversion table, PLOVER manual draft 0.8 (P. Schrodt, 2021) | CC BY-SA 4.0 | cameo.tsv (share alike, attribution) |
| `cameo/goldstein.tsv` | Goldstein (1992) scores of the CAMEO codes, as used by GDELT | public figures | cameo.tsv |
| `cameo/CAMEO.2.0.verbs.txt` | PETRARCH2 CAMEO verb dictionary (Open Event Data Alliance) | MIT | cameo.tsv (which codes exist); guide for the trigger lexicon (no text taken) |
<!-- cameo:end -->
"""


def write_readme(path, rows):
    text = README_SECTION.format(
        cmd=COMMAND, rows=len(rows), roots=sum(len(r[0]) == 2 for r in rows),
        three=sum(len(r[0]) == 3 for r in rows), four=sum(len(r[0]) == 4 for r in rows))
    try:
        with open(path, encoding='utf-8') as f:
            old = f.read()
    except FileNotFoundError:
        old = ''
    b, e = '<!-- cameo:begin -->', '<!-- cameo:end -->\n'
    if b in old and e in old:
        i, j = old.index(b), old.index(e) + len(e)
        new = old[:i] + text + old[j:]
    else:
        new = old + ('\n' if old and not old.endswith('\n\n') else '') + text
    if new != old:
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(new)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--resources', required=True,
                    help='the shared resources folder (../shared/resources)')
    ap.add_argument('--out', required=True, help='output file (data/cameo.tsv)')
    ap.add_argument('--readme', help='also write the table\'s section of this README')
    args = ap.parse_args()
    rows, problems = build(args.resources)
    for p in problems:
        print('build.py: ' + p, file=sys.stderr)
    tmp = args.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HEADER.format(cmd=COMMAND))
        for r in rows:
            f.write('\t'.join(r) + '\n')
    os.replace(tmp, args.out)
    if args.readme:
        write_readme(args.readme, rows)
    print('wrote %s: %d codes' % (args.out, len(rows)), file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
