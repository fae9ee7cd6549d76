#!/usr/bin/env python3
"""Check the gazetteer files in data/ and the hand-written lexicons in
lang/de/entities/.

    python3 tools/gazetteer/check.py [data_dir]

Checks: every file starts with '#' header lines; UTF-8; the exact number of
tab-separated columns on every line; every iso3 is a known ISO 3166 alpha-3
code (or XKX); no names column is empty; dates are YYYY-MM-DD or YYYY and
start <= end; numbers are numbers; rows are sorted and unique; places.tsv
types are gpe/loc; persons.tsv names have two words or more, belong to one
row each, and none is a person of leaders.tsv again;
lang/de/entities/given-names.txt is non-empty, one
capitalised word per line, without duplicates.  Prints the row count of each
file, the rows for a few well-known entities and (as notes, not errors) the
names shared between files.  Exits with status 1 if any check fails.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep tools/gazetteer free of __pycache__

import iso3166  # noqa: E402
import translit  # noqa: E402

ORG_TYPES = {'igo', 'ngo', 'media', 'gov', 'party', 'court', 'company',
             'military', 'legislature'}
PLACE_TYPES = {'gpe', 'loc'}
GIVEN_NAME = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*$")
DATE = re.compile(r'^\d{4}(-\d{2}-\d{2})?$')
ACTOR = re.compile(r'^[A-Z]{3,}$')

errors = []


def err(path, lineno, msg):
    errors.append('%s:%s: %s' % (os.path.relpath(path, REPO), lineno, msg))


def load(path, ncols, need_header=True, optional=0):
    rows = []
    try:
        text = open(path, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        err(path, 0, 'not UTF-8: %s' % e)
        return rows
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if need_header and (not lines or not lines[0].startswith('# ')):
        err(path, 1, 'file does not start with a "# " header line')
    for i, line in enumerate(lines, 1):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.split('\t')
        if not ncols <= len(cols) <= ncols + optional:
            err(path, i, 'expected %d columns, got %d' % (ncols, len(cols)))
            continue
        if any(c != c.strip() for c in cols):
            err(path, i, 'leading/trailing white space in a column')
        rows.append((i, cols))
    return rows


def check_names(path, i, names, allow_empty=False, no_qualifier=False):
    if not names:
        if not allow_empty:
            err(path, i, 'empty names column')
        return
    parts = names.split('|')
    if any(not p.strip() for p in parts):
        err(path, i, 'empty name between "|"')
    if no_qualifier and any('(' in p or ')' in p for p in parts):
        err(path, i, 'name with a "(...)" qualifier')
    if len(set(parts)) != len(parts):
        err(path, i, 'duplicate name in names column')


def check_iso(path, i, code, allow_empty=False):
    if code == '' and allow_empty:
        return
    if code not in iso3166.ALPHA3:
        err(path, i, 'unknown iso3 %r' % code)


def check_dates(path, i, start, end):
    for d in (start, end):
        if d and not DATE.match(d):
            err(path, i, 'bad date %r' % d)
    if start and end and end[:len(start)] < start[:len(end)]:
        err(path, i, 'end %s before start %s' % (end, start))


def check_countries(d):
    path = os.path.join(d, 'countries.tsv')
    rows = load(path, 5)
    seen = set()
    for i, (iso3, iso2, canon, cameo, names) in rows:
        check_iso(path, i, iso3)
        if iso3166.ALPHA2_TO_3.get(iso2) != iso3:
            err(path, i, 'iso2 %r does not match iso3 %r' % (iso2, iso3))
        if not canon:
            err(path, i, 'empty canonical_en')
        if not re.match(r'^[A-Z]{3}$', cameo):
            err(path, i, 'bad cameo_code %r' % cameo)
        check_names(path, i, names)
        if iso3 in seen:
            err(path, i, 'duplicate iso3 %s' % iso3)
        seen.add(iso3)
    keys = [r[1][0] for r in rows]
    if keys != sorted(keys):
        err(path, 0, 'rows not sorted by iso3')
    return rows


def check_cities(d):
    path = os.path.join(d, 'cities.tsv')
    rows = load(path, 7)
    seen = set()
    prev = -1
    for i, (gid, canon, iso3, pop, cap, names, german) in rows:
        if german not in ('0', '1'):
            err(path, i, 'bad german_name %r' % german)
        if not gid.isdigit():
            err(path, i, 'bad geonameid %r' % gid)
            continue
        if int(gid) <= prev:
            err(path, i, 'rows not sorted / duplicate geonameid %s' % gid)
        prev = int(gid)
        check_iso(path, i, iso3)
        if not pop.isdigit():
            err(path, i, 'bad population %r' % pop)
        if cap not in ('0', '1'):
            err(path, i, 'bad is_capital %r' % cap)
        if not canon:
            err(path, i, 'empty canonical_en')
        check_names(path, i, names)
        if any(len(n) > 40 and translit.fold(n) != translit.fold(canon)
               for n in names.split('|')):
            err(path, i, 'name longer than 40 characters')
    return rows


# CAMEO's region codes, which stand where a country would for a body of
# several countries that is no IGO (Airbus: EURBUS), as in the CAMEO
# manual's actor codebook: Africa, Asia, Balkans, Caucasus, Central
# Africa, Central Asia, Central Europe, East Africa, Eastern Europe,
# Europe, Latin America, Middle East, North Africa, North America,
# Persian Gulf, Scandinavia, Southern Africa, South America, South Asia,
# Southeast Asia, West Africa, the West.
CAMEO_REGIONS = ('AFR', 'ASA', 'BLK', 'CAU', 'CFR', 'CAS', 'CEU', 'EAF', 'EEU', 'EUR', 'LAM',
                 'MEA', 'NAF', 'NMR', 'PGS', 'SCN', 'SAF', 'SAM', 'SAS', 'SEA', 'WAF', 'WST')


def check_orgs(d):
    path = os.path.join(d, 'organizations.tsv')
    rows = load(path, 5)
    seen = set()
    for i, (canon, typ, iso3, actor, names) in rows:
        if typ not in ORG_TYPES:
            err(path, i, 'unknown type %r' % typ)
        check_iso(path, i, iso3, allow_empty=True)
        if not ACTOR.match(actor):
            err(path, i, 'bad actor code %r' % actor)
        if typ == 'igo' and not actor.startswith('IGO'):
            err(path, i, 'igo without an IGO actor code')
        if not iso3 and not actor.startswith(('IGO', 'NGO', 'IMG', 'MNC') + CAMEO_REGIONS):
            err(path, i, 'no country and no IGO/NGO/IMG/MNC or region actor code')
        check_names(path, i, names, no_qualifier=True)
        if canon in seen:
            err(path, i, 'duplicate canonical_en %r' % canon)
        seen.add(canon)
    keys = [(r[1][1], r[1][0]) for r in rows]
    if keys != sorted(keys):
        err(path, 0, 'rows not sorted by (type, canonical_en)')
    return rows


def check_places(d):
    path = os.path.join(d, 'places.tsv')
    rows = load(path, 4)
    seen = set()
    for i, (canon, typ, iso3, names) in rows:
        if typ not in PLACE_TYPES:
            err(path, i, 'unknown type %r' % typ)
        check_iso(path, i, iso3, allow_empty=True)
        if not canon:
            err(path, i, 'empty canonical_en')
        check_names(path, i, names, no_qualifier=True)
        if canon in seen:
            err(path, i, 'duplicate canonical_en %r' % canon)
        seen.add(canon)
    keys = [(r[1][1], r[1][0]) for r in rows]
    if keys != sorted(keys):
        err(path, 0, 'rows not sorted by (type, canonical_en)')
    return rows


def check_given_genders():
    """lang/de/entities/given-genders.tsv: "name<TAB>m|f" lines, sorted, no
    duplicates, and what tools/gazetteer/given_genders.py writes from its
    sources (it is generated, so a hand edit or a stale copy is an error)."""
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'given-genders.tsv')
    rows = []
    try:
        text = open(path, encoding='utf-8').read()
    except (OSError, UnicodeDecodeError) as e:
        err(path, 0, 'cannot read: %s' % e)
        return rows
    names = []
    for i, line in enumerate(text.split('\n'), 1):
        if not line or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != 2 or cols[1] not in ('m', 'f') or not cols[0]:
            err(path, i, 'want "name<TAB>m|f": %r' % line)
            continue
        names.append(cols[0])
        rows.append((i, cols))
    if names != sorted(set(names)):
        err(path, 0, 'names not sorted or not unique')
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import given_genders
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, 'given-genders.tsv')
        given_genders.build(fresh)
        if open(fresh, encoding='utf-8').read() != text:
            err(path, 0, 'differs from what tools/gazetteer/given_genders.py writes: run it')
    return rows


def check_given_names():
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'given-names.txt')
    names = []
    try:
        lines = open(path, encoding='utf-8').read().split('\n')
    except (OSError, UnicodeDecodeError) as e:
        err(path, 0, 'cannot read: %s' % e)
        return names
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or not lines[0].startswith('# '):
        err(path, 1, 'file does not start with a "# " header line')
    seen = {}
    for i, line in enumerate(lines, 1):
        if line.startswith('#'):
            continue
        if not line.strip():
            err(path, i, 'empty line')
            continue
        if not GIVEN_NAME.match(line) or not line[0].isupper():
            err(path, i, 'not one capitalised word: %r' % line)
        if line in seen:
            err(path, i, 'duplicate %r (also line %d)' % (line, seen[line]))
        seen[line] = i
        names.append((i, [line]))
    if not names:
        err(path, 0, 'no names')
    return names


def name_index(rows, col):
    idx = {}
    for _, cols in rows:
        for n in cols[col].split('|'):
            idx.setdefault(n, []).append(cols[0])
    return idx


def shared_names(title, a, b, maxshow=40):
    common = sorted(set(a) & set(b))
    print('--- %s: %d name(s)' % (title, len(common)))
    if common:
        print('    ' + ', '.join(common[:maxshow])
              + (' ... %d more' % (len(common) - maxshow) if len(common) > maxshow else ''))


def check_leaders(path, hand=False):
    rows = load(path, 7)
    seen = set()
    named = set()
    for i, (canon, iso3, actor, role, start, end, names) in rows:
        if not canon:
            err(path, i, 'empty canonical_en')
        if iso3 == '':
            if not actor.startswith('IGO'):
                err(path, i, 'empty iso3 needs an IGO actor code')
        else:
            check_iso(path, i, iso3)
        if not ACTOR.match(actor):
            err(path, i, 'bad actor code %r' % actor)
        if not re.match(r'^[a-z_]+$', role):
            err(path, i, 'bad role %r' % role)
        check_dates(path, i, start, end)
        # the hand file may leave names empty on continuation rows
        check_names(path, i, names, allow_empty=hand and canon in named)
        if names:
            named.add(canon)
        key = (canon, iso3, actor, role, start, end)
        if key in seen:
            err(path, i, 'duplicate row')
        seen.add(key)
    if hand:
        for i, (canon, *_rest) in rows:
            if canon not in named:
                err(path, i, 'person without names on any row')
    return rows


def check_persons(d, leaders):
    """persons.tsv: canonical, iso3, names; rows sorted and unique, every
    name of two words or more and of one row only, and no person of
    leaders.tsv again."""
    path = os.path.join(d, 'persons.tsv')
    rows = load(path, 3)
    owner = {}
    in_leaders = {cols[0] for _, cols in leaders}
    prev = None
    for i, (canon, iso3, names) in rows:
        if not canon:
            err(path, i, 'empty canonical_en')
        check_iso(path, i, iso3)
        check_names(path, i, names)
        for n in names.split('|'):
            if len(n.split()) < 2:
                err(path, i, 'one-word name %r (persons.tsv holds full names only)' % n)
            if n in owner:
                err(path, i, 'name %r also on line %d' % (n, owner[n]))
            owner[n] = i
        if (canon, iso3) in in_leaders or canon in in_leaders:
            err(path, i, '%r is in leaders.tsv as well' % canon)
        if prev is not None and [canon, iso3, names] <= prev:
            err(path, i, 'rows not sorted or not unique')
        prev = [canon, iso3, names]
    return rows


def check_nationalities():
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'nationalities.tsv')
    rows = load(path, 3)
    stems = {}
    for i, (iso3, stem, dem) in rows:
        check_iso(path, i, iso3)
        for s in stem.split('|'):
            if not re.match(r'^[a-zäöüß][a-zäöüß\-]*(?:-[a-zäöüßA-Z]+)*$', s) and not s.startswith('US-'):
                err(path, i, 'adjective stem %r is not a lower-case stem' % s)
            if s in stems:
                err(path, i, 'stem %r also used for %s' % (s, stems[s]))
            stems[s] = iso3
        check_names(path, i, dem)
    return rows


def check_region_adjectives(d, nationalities):
    """lang/de/entities/region-adjectives.tsv: a lower-case stem in -isch
    no nationality uses, and a region the places or cities name."""
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'region-adjectives.tsv')
    rows = load(path, 2)
    names = set()
    for name in ('places.tsv', 'cities.tsv'):
        for _, cols in load(os.path.join(d, name), 4 if name == 'places.tsv' else 7):
            names.update(cols[-1 if name == 'places.tsv' else 5].split('|'))
    national = {s for _, (_, stem, _) in nationalities for s in stem.split('|')}
    seen = set()
    for i, (stem, region) in rows:
        if not re.match(r'^[a-zäöüß][a-zäöüß\-]*isch$', stem):
            err(path, i, 'stem %r is no lower-case stem in -isch' % stem)
        if stem in seen or stem in national:
            err(path, i, 'stem %r listed twice or as a nationality' % stem)
        seen.add(stem)
        if region not in names:
            err(path, i, 'region %r is no name of places.tsv or cities.tsv' % region)
    return rows


def check_roles():
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'roles.tsv')
    rows = load(path, 4, optional=1)
    seen = set()
    for i, cols in rows:
        form, role, gender, kind = cols[:4]
        if not form or not re.match(r'^[a-z_]+$', role):
            err(path, i, 'bad form/role')
        if len(cols) > 4 and not (re.match(r'^[A-Z]{3}$', cols[4]) and kind == 'person'):
            err(path, i, 'country must be an ISO alpha-3 code, on a person\'s role')
        if gender not in ('m', 'f', 'x'):
            err(path, i, 'gender must be m, f or x')
        if kind not in ('person', 'org'):
            err(path, i, 'kind must be person or org')
        if (form, role) in seen:
            err(path, i, 'duplicate %s/%s' % (form, role))
        seen.add((form, role))
    return rows


# The kinds and flags of lang/de/entities/class-nouns.txt (see its header).
CLASS_KINDS = ('person', 'org', 'place', 'thing', 'any')
CLASS_FLAGS = ('word', 'kin', 'f', 'x', 'noble', 'town', 'list', 'loc', 'company')


def check_class_nouns():
    """Each class noun: one lower-case key, a tab, a kind and flags after
    spaces (a flag after a second tab is one no reader sees)."""
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'class-nouns.txt')
    rows = load(path, 2)
    seen = set()
    for i, (key, value) in rows:
        if key != key.lower():
            err(path, i, 'key must be lower case')
        words = value.split(' ')
        if words[0] not in CLASS_KINDS:
            err(path, i, 'kind must be one of ' + ', '.join(CLASS_KINDS))
        bad = [w for w in words[1:] if w not in CLASS_FLAGS]
        if bad:
            err(path, i, 'unknown flag(s) %s' % ' '.join(bad))
        if key in seen:
            err(path, i, 'duplicate %s' % key)
        seen.add(key)
    return rows


def show(title, rows, pred, maxrows=12):
    hits = [cols for _, cols in rows if pred(cols)]
    print('--- %s: %d row(s)' % (title, len(hits)))
    for cols in hits[:maxrows]:
        print('\t'.join(cols))
    if len(hits) > maxrows:
        print('    ... %d more' % (len(hits) - maxrows))


def has_name(cols, name, idx=-1):
    return name in cols[idx].split('|')


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, 'data')
    files = {}
    files['countries.tsv'] = check_countries(d)
    files['cities.tsv'] = check_cities(d)
    files['organizations.tsv'] = check_orgs(d)
    files['places.tsv'] = check_places(d)
    files['leaders.tsv'] = check_leaders(os.path.join(d, 'leaders.tsv'))
    files['persons.tsv'] = check_persons(d, files['leaders.tsv'])
    hand = {}
    hand['lang/de/entities/officials.tsv'] = check_leaders(
        os.path.join(REPO, 'lang', 'de', 'entities', 'officials.tsv'), hand=True)
    hand['lang/de/entities/nationalities.tsv'] = check_nationalities()
    hand['lang/de/entities/region-adjectives.tsv'] = check_region_adjectives(
        d, hand['lang/de/entities/nationalities.tsv'])
    hand['lang/de/entities/roles.tsv'] = check_roles()
    hand['lang/de/entities/class-nouns.txt'] = check_class_nouns()
    hand['lang/de/entities/countries.tsv'] = load(
        os.path.join(REPO, 'lang', 'de', 'entities', 'countries.tsv'), 3)
    hand['lang/de/entities/cities.tsv'] = load(
        os.path.join(REPO, 'lang', 'de', 'entities', 'cities.tsv'), 3)
    hand['lang/de/entities/given-names.txt'] = check_given_names()
    hand['lang/de/entities/given-genders.tsv'] = check_given_genders()
    if not os.path.exists(os.path.join(d, 'README.md')):
        err(os.path.join(d, 'README.md'), 0, 'missing')

    print('== row counts')
    total = 0
    for name in sorted(files):
        size = os.path.getsize(os.path.join(d, name))
        total += size
        print('%-40s %7d rows %9d bytes' % ('data/' + name, len(files[name]), size))
    readme = os.path.join(d, 'README.md')
    if os.path.exists(readme):
        total += os.path.getsize(readme)
    print('%-40s %17d bytes' % ('data/ total (incl. README.md)', total))
    for name in sorted(hand):
        print('%-40s %7d rows' % (name, len(hand[name])))

    L = files['leaders.tsv']
    print('\n== sample rows')
    show('leaders: Putin', L, lambda c: has_name(c, 'Wladimir Putin') or has_name(c, 'Владимир Путин'))
    show('leaders: Tokayev', L, lambda c: has_name(c, 'Qassym-Schomart Toqajew')
         and has_name(c, 'Kassym-Schomart Tokajew') and has_name(c, 'Касым-Жомарт Токаев'))
    show('leaders: Peskov', L, lambda c: has_name(c, 'Dmitri Peskow') and has_name(c, 'Dmitry Peskov'))
    show('persons: Tomislav Nikolic', files['persons.tsv'],
         lambda c: has_name(c, 'Tomislav Nikolic'))
    show('organizations: TASS', files['organizations.tsv'], lambda c: has_name(c, 'TASS'))
    show('organizations: Kremlin', files['organizations.tsv'], lambda c: has_name(c, 'Kreml'))
    show('countries: Russia', files['countries.tsv'], lambda c: c[0] == 'RUS')
    show('countries: Kazakhstan', files['countries.tsv'], lambda c: c[0] == 'KAZ')
    show('cities: Moscow', files['cities.tsv'], lambda c: has_name(c, 'Moskau'))
    P = files['places.tsv']
    show('places: Bavaria', P, lambda c: has_name(c, 'Bayern'))
    show('places: Gaza Strip', P, lambda c: has_name(c, 'Gazastreifens'))
    show('places: Black Sea', P, lambda c: has_name(c, 'Schwarzen Meer'))
    O = files['organizations.tsv']
    show('organizations: Bundeskartellamt', O, lambda c: has_name(c, 'Bundeskartellamts'))
    show('organizations: SRS', O, lambda c: has_name(c, 'Serbischen Radikalen Partei'))

    print('\n== names shared between files (notes, not errors)')
    pidx = name_index(P, 3)
    cidx = name_index(files['countries.tsv'], 4)
    tidx = name_index(files['cities.tsv'], 5)
    oidx = name_index(O, 4)
    shared_names('places.tsv and countries.tsv', pidx, cidx)
    shared_names('places.tsv and cities.tsv', pidx, tidx)
    shared_names('places.tsv and organizations.tsv', pidx, oidx)
    multi = sorted(n for n, v in oidx.items() if len(set(v)) > 1)
    print('--- organizations.tsv names of several rows: %d name(s)' % len(multi))
    if multi:
        print('    ' + ', '.join(multi[:60]) + (' ...' if len(multi) > 60 else ''))
    gn = set(c[0] for _, c in hand['lang/de/entities/given-names.txt'])
    shared_names('given-names.txt and places/countries', gn, set(pidx) | set(cidx))

    if errors:
        print('\n== %d error(s)' % len(errors))
        for e in errors[:200]:
            print(e)
        sys.exit(1)
    print('\n== all checks passed')


if __name__ == '__main__':
    main()
