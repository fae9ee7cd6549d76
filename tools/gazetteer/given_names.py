#!/usr/bin/env python3
"""Build lang/de/entities/given-names.txt: one given name per line.

    python3 tools/gazetteer/given_names.py [--data data/] [--out lang/de/entities/given-names.txt]

(build.py runs this after writing data/leaders.tsv.)

What the list is for: the entity stage reads it to tell a person's name
from other pairs of capitalised words -- "Anna Berger" is a person because
"Anna" is a given name, "Neue Regierung" is not.  A word in the list should
therefore almost never start a capitalised pair that is not a person's name.

Sources, merged:
  * the first word of every multi-word name form of every person in
    data/leaders.tsv (German, English, Russian forms; titles such as
    "Sheikh", "Dr." and particles such as "al-" skipped), except for
    countries where the family name comes first (China, Taiwan, Korea,
    Vietnam, Cambodia, Mongolia, Singapore, Myanmar);
  * tools/gazetteer/given_names.seed.txt, a hand-written list of common
    given names in Germany, Austria, Switzerland, Poland, Russia/Ukraine
    (German, English and Ukrainian transliterations), Turkey, the Arab
    world, Iran, Israel, France, Italy, Spain/Portugal, the UK/US, Japan and
    other countries in German news.

Removed: the exclusions written in the seed ('-Name  reason': German nouns,
months, place names, titles) and every name that is also a name in
data/countries.tsv, data/places.tsv or data/organizations.tsv, or the name
of a capital, of a city of 100,000 people or more, or of a German, Austrian
or Swiss city in data/cities.tsv -- unless the seed keeps it with
'+Name  reason'.  The output header lists every removed name.

Standard library only; deterministic output.
"""

import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True

SEED = os.path.join(HERE, 'given_names.seed.txt')

# family name first in the forms of leaders.tsv
SURNAME_FIRST = {'CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'KHM',
                 'MNG', 'SGP', 'MMR'}

# titles, honorifics and particles that can open a name form
TITLES = {
    'sheikh', 'sheik', 'shaikh', 'scheich', 'scheik', 'emir', 'king', 'queen',
    'könig', 'königin', 'prince', 'princess', 'prinz', 'prinzessin', 'sir',
    'dame', 'lord', 'lady', 'dr', 'dr.', 'prof', 'prof.', 'general', 'gen.',
    'lt.', 'col.', 'colonel', 'major', 'captain', 'admiral', 'marshal',
    'field', 'ayatollah', 'ajatollah', 'hojatolislam', 'hojatoleslam',
    'hodschatoleslam', 'hodschatolislam', 'sayyed', 'sayyid', 'seyed', 'seyyed', 'sayed',
    'mullah', 'maulana', 'haji', 'hajji', 'alhaji', 'al-haji', 'el-hadj',
    'datuk', 'dato', "dato'", 'datin', 'seri', 'sri', 'tun', 'tan', 'tunku',
    'tengku', 'raja', 'sultan', 'pengiran', 'pehin', 'awang', 'dasho',
    'lyonpo', 'samdech', 'ratu', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
    'madame', 'monsieur', 'don', 'doña', 'dona', 'mgr', 'monsignor', 'bishop',
    'archbishop', 'cardinal', 'father', 'patriarch', 'pope', 'papst', 'saint',
    'st.', 'crown', 'grand', 'duke', 'archduke', 'count', 'baron', 'chief',
    'president', 'präsident', 'premier', 'his', 'her', 'the', 'hrh',
    'excellency', 'mohtaram', 'u', 'daw', 'thakin', 'abu', 'bin', 'ibn', 'ben',
    'ould', 'al', 'el', 'de', 'la', 'le', 'van', 'von', 'der', 'da', 'di',
    'mac', 'fra', 'rev.', 'reverend', 'imam', 'khan', 'shah', 'sheikha',
    'sheikhah', 'princesse', 'infante', 'infanta', 'crown-prince',
    'congressman', 'congresswoman', 'representative', 'senator', 'governor',
    'govenor', 'minister', 'ambassador', 'secretary', 'deputy', 'vice',
    'acting', 'prime', 'mayor', 'islamic', 'tuanku', 'malietoa', 'agha',
    'mian', 'syed', 'chaudhry', 'orang',
    'шейх', 'король', 'принц', 'эмир', 'султан', 'аятолла', 'генерал',
}

WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*$")


def script_ok(word):
    """Latin or Cyrillic letters only (no CJK, Arabic, Hebrew, Thai ...)."""
    for ch in word:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, '')
        if not (name.startswith('LATIN') or name.startswith('CYRILLIC')):
            return False
    return True


def first_given_name(form):
    """First word of a person's name form that can be a given name."""
    words = form.replace(',', ' , ').split()
    if ',' in words or len(words) < 2:
        return None       # single names, inverted "Surname, Given" forms
    while words and words[0].lower() in TITLES:
        words = words[1:]
    if len(words) < 2:
        return None
    w = words[0]
    if not WORD.match(w) or not script_ok(w):
        return None
    if not w[0].isupper() or len(w) < 2 or (w.isupper() and len(w) > 1):
        return None
    if w.lower().startswith(('al-', 'el-', 'ad-', 'as-', 'ar-', 'at-', 'az-',
                             'an-', 'ash-', 'abd-', "o'", 'mc')):
        return None
    return w


def read_rows(path, ncols):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) == ncols:
                rows.append(cols)
    return rows


def read_seed(path):
    """-> (names in order, {excluded: reason}, {kept: reason})"""
    names, excl, keep = [], {}, {}
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line[0] in '-+':
                parts = line[1:].split(None, 1)
                reason = parts[1].strip() if len(parts) > 1 else ''
                (excl if line[0] == '-' else keep)[parts[0]] = reason
                continue
            for w in line.split():
                if not WORD.match(w):
                    raise SystemExit('%s:%d: not a name: %r' % (path, lineno, w))
                names.append(unicodedata.normalize('NFC', w))
    return names, excl, keep


def clash_names(data):
    """Names of countries, places, organisations and larger cities."""
    out = {}

    def add(names, what):
        for n in names.split('|'):
            out.setdefault(n, what)
    for r in read_rows(os.path.join(data, 'countries.tsv'), 5):
        add(r[4], 'country')
    places = os.path.join(data, 'places.tsv')
    if os.path.exists(places):
        for r in read_rows(places, 4):
            add(r[3], 'place')
    for r in read_rows(os.path.join(data, 'organizations.tsv'), 5):
        add(r[4], 'organisation')
    for r in read_rows(os.path.join(data, 'cities.tsv'), 7):
        pop = int(r[3]) if r[3].isdigit() else 0
        if r[4] == '1' or pop >= 100000 or r[2] in ('DEU', 'AUT', 'CHE'):
            add(r[5], 'city')
    return out


def sort_key(n):
    return (unicodedata.normalize('NFKD', n).casefold(), n)


def build(data, out_path, seed=SEED):
    hand, excl, keep = read_seed(seed)
    leaders = []
    for r in read_rows(os.path.join(data, 'leaders.tsv'), 7):
        if r[1] in SURNAME_FIRST:
            continue
        for form in r[6].split('|'):
            g = first_given_name(form)
            if g:
                leaders.append(g)
    clashes = clash_names(data)
    cand = set(hand) | set(leaders)
    removed = {}
    for n in cand:
        if n in excl:
            removed[n] = excl[n] or 'excluded by hand'
        elif n in keep:
            continue
        elif n.lower() in TITLES:
            removed[n] = 'title or particle'
        elif n in clashes:
            removed[n] = 'name of %s in data/' % {'organisation': 'an organisation'}.get(clashes[n], 'a ' + clashes[n])
    final = sorted((n for n in cand if n not in removed), key=sort_key)
    n_hand = len(set(hand) - set(removed))
    n_lead = len(set(leaders) - set(removed))
    by_reason = {}
    for n, why in removed.items():
        by_reason.setdefault(why, []).append(n)
    lines = [
        '# Given names (first names), one per line, as written (with diacritics).',
        '# Purpose: the German entity stage tells a person\'s name from other pairs of',
        '# capitalised words with it: "Anna Berger" is a person because "Anna" is a',
        '# given name, "Neue Regierung" is not.  A word listed here should almost never',
        '# open a capitalised pair that is not a person\'s name.',
        '# Provenance: generated by tools/gazetteer/given_names.py (run by',
        '#   python3 tools/gazetteer/build.py --resources ../shared/resources --out data/)',
        '#   from (a) the first word of every multi-word name form in data/leaders.tsv',
        '#   (sources and licences: see data/README.md; family-name-first countries',
        '#   CHN TWN HKG MAC KOR PRK VNM KHM MNG SGP MMR skipped) and (b) the',
        '#   hand-written list tools/gazetteer/given_names.seed.txt (common given names',
        '#   in Germany, Austria, Switzerland, Poland, Russia/Ukraine, Turkey, the Arab',
        '#   world, Iran, Israel, France, Italy, Spain, the UK/US, Japan; written for',
        '#   newsfacts from general knowledge).  Chinese and Korean given names are not',
        '#   listed: they follow the family name.  Do not edit: edit the seed and re-run.',
        '# %d names: %d from the hand list, %d from leaders.tsv (overlapping).'
        % (len(final), n_hand, n_lead),
        '# Excluded (also frequent German words, months, titles, or names of places,',
        '# countries or organisations in data/; the seed keeps some with "+Name"):',
    ]
    for why in sorted(by_reason):
        names = sorted(by_reason[why], key=sort_key)
        text = '#   %s (%d): ' % (why, len(names))
        cur = text
        for i, n in enumerate(names):
            piece = n + (', ' if i < len(names) - 1 else '')
            if len(cur) + len(piece) > 79:
                lines.append(cur.rstrip())
                cur = '#     '
            cur += piece
        lines.append(cur.rstrip())
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
        for n in final:
            f.write(n + '\n')
    return len(final), len(removed)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', default=os.path.join(REPO, 'data'))
    ap.add_argument('--out', default=os.path.join(REPO, 'lang', 'de', 'entities',
                                                  'given-names.txt'))
    args = ap.parse_args(argv)
    n, r = build(args.data, args.out)
    sys.stderr.write('given-names.txt %d names (%d excluded)\n' % (n, r))


if __name__ == '__main__':
    main()
