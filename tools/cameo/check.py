#!/usr/bin/env python3
"""Check the CAMEO table and the German event lexicons.

    python3 tools/cameo/check.py [--repo .]

data/cameo.tsv          4 columns; codes of 2-4 digits, each with its parent;
                        goldstein a number in [-10, 10]; label non-empty
lang/de/event-triggers.txt
                        6 columns (form, particle, code, frame, reverse,
                        flags); code and reverse in data/cameo.tsv; frame
                        SRC>TGT with known roles; known flags; no duplicate
                        (form, particle, code); nouns capitalised, verbs lower
                        case; particles lower-case words, *suffixes or
                        =words joined by "+"; field lengths
                        within what src/events.c reads; every root 01-20
                        has triggers that are not weak
lang/de/event-modality.txt
                        3 columns; known modality and scope; no duplicates
Prints the counts per root code; exits 1 on any error.  Standard library only.
"""

import argparse
import collections
import os
import re
import sys

SRC_ROLES = {'subj', 'gen', 'poss'}
TGT_ROLES = {'obj', 'mit', 'gegen', 'gegenüber', 'bei', 'an', 'auf', 'für', 'zu',
             'nach', 'in', 'aus', 'von', 'über', 'none'}
FLAGS = {'pass', 'sym', 'noun', 'weak', 'content', 'adj', 'doc'}
MODALITIES = {'planned', 'intended', 'negated', 'hypothetical'}
SCOPES = {'clause', 'noun'}
# buffer sizes in src/events.c (struct reading), bytes including the NUL
LIMITS = {'particle': 40, 'code': 6, 'src': 8, 'tgt': 12, 'reverse': 6,
          'frame': 24, 'flags': 64}


def data_lines(path):
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            yield n, line


def check_cameo(path, errors):
    codes = {}
    for n, line in data_lines(path):
        cols = line.split('\t')
        where = '%s:%d' % (path, n)
        if len(cols) != 4:
            errors.append('%s: %d columns, want 4' % (where, len(cols)))
            continue
        code, label, g, plover = cols
        if not re.fullmatch(r'\d{2,4}', code):
            errors.append('%s: bad code %r' % (where, code))
            continue
        if code in codes:
            errors.append('%s: duplicate code %s' % (where, code))
        if not label.strip():
            errors.append('%s: %s has no label' % (where, code))
        try:
            gv = float(g)
            if not -10 <= gv <= 10:
                raise ValueError
        except ValueError:
            errors.append('%s: %s goldstein %r' % (where, code, g))
        if not plover:
            errors.append('%s: %s empty plover (use "-")' % (where, code))
        codes[code] = (label, g, plover)
    for c in codes:
        p = c[:3] if len(c) == 4 else c[:2] if len(c) == 3 else None
        if p and p not in codes:
            errors.append('%s: %s has no parent %s' % (path, c, p))
    roots = {c for c in codes if len(c) == 2}
    want = {'%02d' % i for i in range(1, 21)}
    if roots != want:
        errors.append('%s: roots %s, want 01-20' % (path, sorted(roots ^ want)))
    return codes


def check_triggers(path, codes, errors, warnings):
    seen = {}
    per_root = collections.defaultdict(lambda: collections.Counter())
    forms = set()
    for n, line in data_lines(path):
        where = '%s:%d' % (path, n)
        cols = line.split('\t')
        if len(cols) != 6:
            errors.append('%s: %d columns, want 6: %r' % (where, len(cols), line))
            continue
        form, particle, code, frame, rev, flags = cols
        if not form or form != form.strip() or ' ' in form:
            errors.append('%s: bad form %r' % (where, form))
        if particle and (particle != particle.lower() or ' ' in particle or
                         any(not x or x in '*=' for x in particle.split('+'))):
            errors.append('%s: particle %r must be lower-case words, *suffixes or =words joined by +'
                          % (where, particle))
        if code not in codes:
            errors.append('%s: code %r not in data/cameo.tsv' % (where, code))
        elif len(code) < 3:
            errors.append('%s: root code %s: use the 3-digit code' % (where, code))
        if rev != '-' and rev not in codes:
            errors.append('%s: reverse %r not in data/cameo.tsv' % (where, rev))
        m = re.fullmatch(r'([a-z]+)>([a-zäöüß]+)', frame)
        if not m:
            errors.append('%s: frame %r does not parse' % (where, frame))
            src = tgt = ''
        else:
            src, tgt = m.groups()
            if src not in SRC_ROLES:
                errors.append('%s: source role %r' % (where, src))
            if tgt not in TGT_ROLES:
                errors.append('%s: target role %r' % (where, tgt))
        fl = [f for f in flags.split(',') if f] if flags else []
        for f in fl:
            if f not in FLAGS:
                errors.append('%s: unknown flag %r' % (where, f))
        if len(set(fl)) != len(fl):
            errors.append('%s: repeated flag' % where)
        noun = 'noun' in fl
        if noun and not form[0].isupper():
            errors.append('%s: noun %r not capitalised' % (where, form))
        if not noun and form != form.lower():
            errors.append('%s: %r is capitalised but not flagged noun' % (where, form))
        if noun and src == 'subj':
            warnings.append('%s: noun %r with source subj (use poss or gen)' % (where, form))
        if not noun and src in ('gen', 'poss'):
            errors.append('%s: %s source on a non-noun %r' % (where, src, form))
        if 'pass' in fl and tgt != 'obj':
            warnings.append('%s: pass on %r whose target is %s' % (where, form, tgt))
        if rev != '-' and tgt == 'none':
            errors.append('%s: reverse code but no target' % where)
        for name, val in (('particle', particle), ('code', code), ('src', src),
                          ('tgt', tgt), ('reverse', rev), ('frame', frame), ('flags', flags)):
            if len(val.encode('utf-8')) >= LIMITS[name]:
                errors.append('%s: %s %r longer than src/events.c reads' % (where, name, val))
        key = (form, particle, code)
        if key in seen:
            errors.append('%s: duplicate (form, particle, code) %r, first at line %d'
                          % (where, key, seen[key]))
        seen[key] = n
        forms.add(form)
        root = code[:2]
        c = per_root[root]
        c['lines'] += 1
        c['noun' if noun else 'verb'] += 1
        if 'weak' in fl:
            c['weak'] += 1
        c['codes:' + code] += 1
    for r in ('%02d' % i for i in range(1, 21)):
        c = per_root.get(r)
        if not c or c['lines'] - c['weak'] == 0:
            errors.append('%s: root %s has no trigger that is not weak' % (path, r))
    return per_root, len(seen), len(forms)


def check_modality(path, errors):
    seen = {}
    counts = collections.Counter()
    for n, line in data_lines(path):
        where = '%s:%d' % (path, n)
        cols = line.split('\t')
        if len(cols) != 3:
            errors.append('%s: %d columns, want 3' % (where, len(cols)))
            continue
        w, mod, scope = cols
        if mod not in MODALITIES:
            errors.append('%s: modality %r' % (where, mod))
        if scope not in SCOPES:
            errors.append('%s: scope %r' % (where, scope))
        if w in seen:
            errors.append('%s: duplicate word %r (line %d)' % (where, w, seen[w]))
        seen[w] = n
        counts[mod] += 1
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--repo', default=os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))), help='repository root')
    ap.add_argument('-v', '--verbose', action='store_true', help='print warnings')
    args = ap.parse_args()
    cameo = os.path.join(args.repo, 'data', 'cameo.tsv')
    trig = os.path.join(args.repo, 'lang', 'de', 'event-triggers.txt')
    moda = os.path.join(args.repo, 'lang', 'de', 'event-modality.txt')
    errors, warnings = [], []
    codes = check_cameo(cameo, errors)
    print('data/cameo.tsv: %d codes (%d roots, %d 3-digit, %d 4-digit)' % (
        len(codes), sum(len(c) == 2 for c in codes), sum(len(c) == 3 for c in codes),
        sum(len(c) == 4 for c in codes)))
    per_root, nlines, nforms = check_triggers(trig, codes, errors, warnings)
    print('lang/de/event-triggers.txt: %d lines, %d distinct forms' % (nlines, nforms))
    print('  root  label                              lines  verb  noun  weak  codes')
    for r in sorted(per_root):
        c = per_root[r]
        cs = sorted(k[6:] for k in c if k.startswith('codes:'))
        print('  %s    %-34s %5d %5d %5d %5d  %s' % (
            r, codes.get(r, ('?',))[0][:34], c['lines'], c['verb'], c['noun'], c['weak'],
            ' '.join(cs)))
    used = {k[6:] for c in per_root.values() for k in c if k.startswith('codes:')}
    print('  %d of %d codes have triggers' % (len(used), len(codes)))
    mc = check_modality(moda, errors)
    print('lang/de/event-modality.txt: %d words (%s)' % (
        sum(mc.values()), ', '.join('%s %d' % kv for kv in sorted(mc.items()))))
    if args.verbose:
        for w in warnings:
            print('warning: ' + w)
    elif warnings:
        print('%d warnings (-v to list)' % len(warnings))
    for e in errors:
        print('error: ' + e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
