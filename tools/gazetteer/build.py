#!/usr/bin/env python3
"""Build the entity gazetteers in data/ from the raw public sources.

    python3 tools/gazetteer/build.py --resources ../shared/resources --out data/

Writes data/countries.tsv, data/cities.tsv, data/organizations.tsv,
data/places.tsv, data/leaders.tsv, data/persons.tsv, data/person-codes.tsv
and data/README.md, then (through
given_names.py) lang/de/entities/given-names.txt.  Standard library only; the
output is deterministic (sorted, no time stamps), so re-running it on the
same inputs gives byte-identical files.

Inputs besides the raw sources (all hand-written, in this repository):
  tools/gazetteer/organizations.seed.tsv   organisations, media, parties, ...
  tools/gazetteer/places.seed.tsv          regions, states, seas, rivers, ...
  tools/gazetteer/given_names.seed.txt     common given names, exclusions
  lang/de/entities/countries.tsv           extra German country names
  lang/de/entities/cities.tsv              German city exonyms
  lang/de/entities/officials.tsv           officials and leaders by hand
  tools/gazetteer/labels.seed.tsv          persons' labels with their letters
  tools/gazetteer/city_labels.seed.tsv     cities' English Wikipedia titles
  tools/gazetteer/org-codes.seed.tsv       organisations' actor codes by date
"""

import argparse
import csv
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep tools/gazetteer free of __pycache__

import countryinfo  # noqa: E402
import given_names  # noqa: E402
import iso3166      # noqa: E402
import phoenix      # noqa: E402
import translit     # noqa: E402

# Snapshot date of actors/world-leaders-current: "now" for Phoenix code
# look-ups and the date up to which leaders.tsv claims currency.
SNAPSHOT = '2026-08-22'
WIKIDATA_SNAPSHOT = '2022'     # latest year in world-leaders-2021-wikidata.csv
# Countries whose leaders' names the German press transcribes from Arabic or
# Persian (see translit.en_to_german_arabic).
ARABIC_PERSIAN = set('AFG ARE BHR DZA EGY IRN IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN '
                     'SYR TUN YEM'.split())

# Country prefixes of Phoenix codes that this project writes otherwise:
# Kosovo is XKX here (the spec), KSV in Phoenix and CountryInfo.
PHOENIX_PREFIX = {'KSV': 'XKX'}

# a CountryInfo term open at its last update (Feb 2011) is closed by the next
# known holder only if that one starts before this date
STALE_LIMIT = '2012-12-31'

COMMAND = 'python3 tools/gazetteer/build.py --resources ../shared/resources --out data/'

SRC = {
    'i18n': ('geo/i18n-iso-countries-{de,en,ru}.json',
             'npm i18n-iso-countries 7.14.0', 'MIT'),
    'countryinfo': ('geo/CountryInfo.120116.txt',
                    'openeventdata/CountryInfo', 'CC BY-SA 3.0'),
    'geonames': ('geo/cities15000.txt', 'GeoNames', 'CC BY 4.0'),
    'phoenix': ('actors/Phoenix.{Countries,International,MilNonState}.actors.txt',
                'Phoenix / PETRARCH2 actor dictionaries', 'MIT'),
    'wikidata': ('actors/world-leaders-2021-wikidata.csv', 'Wikidata', 'CC0'),
    'current': ('actors/world-leaders-current/*.json',
                'world-leaders-current (Wikipedia+Wikidata, snapshot 2026-08-22)',
                'CC BY-SA 4.0'),
    'iso': ('tools/gazetteer/iso3166.py', 'ISO 3166-1 codes (facts)', '-'),
}

# Countries whose people are named family name first, with a given name of
# two syllables that romanisations join by a hyphen or write apart ("Moon
# Jae-in", "Moon Jae In"; "Kim Jong Un", "Kim Jong-un").
SYLLABLE_GIVEN = {'CHN', 'HKG', 'MAC', 'TWN', 'KOR', 'PRK', 'SGP'}

POST_SOVIET = {'RUS', 'UKR', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'AZE',
               'ARM', 'GEO', 'MDA'}
POST_SOVIET_CYR = POST_SOVIET | {'EST', 'LVA', 'LTU'}
GERMAN_SPEAKING = {'DEU', 'AUT', 'CHE', 'LIE', 'LUX'}

ORG_TYPES = {'igo', 'ngo', 'media', 'gov', 'party', 'court', 'company',
             'military', 'legislature'}
PLACE_TYPES = {'gpe', 'loc'}


def warn(msg):
    sys.stderr.write('build.py: ' + msg + '\n')


# ====================================================================== utils

def clean(name):
    if name is None:
        return ''
    name = unicodedata.normalize('NFC', name)
    name = name.replace('\t', ' ').replace('|', '/').replace('\ufffd', '')
    return re.sub(r'\s+', ' ', name).strip()


class NameList(object):
    """Ordered, de-duplicated list of surface forms."""

    def __init__(self, items=()):
        self.items = []
        self.seen = set()
        for i in items:
            self.add(i)

    def add(self, name, maxlen=None):
        name = clean(name)
        if not name or name in self.seen:
            return
        if maxlen and len(name) > maxlen:
            return
        self.seen.add(name)
        self.items.append(name)

    def extend(self, names, maxlen=None):
        for n in names:
            self.add(n, maxlen)

    def __contains__(self, n):
        return n in self.seen

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def joined(self):
        return '|'.join(self.items)


SMALL_WORDS = {'of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la',
               'le', 'les', 'et', 'da', 'do', 'dos', 'das', 'di', 'del',
               'von', 'van', 'der', 'den', 'y', 'bin', 'ibn', 'al', 'el',
               'ben', 'bint', 'to', 'at'}
ROMAN = {'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI',
         'XII', 'XIV', 'XV', 'XVI'}


ACRONYMS = {'UN', 'EU', 'US', 'UK', 'UAE', 'USA', 'NATO', 'OPEC', 'IMF', 'WHO',
            'WTO', 'UNSC', 'OSCE', 'CIS', 'ASEAN'}


def titlecase(phrase, keep_short_caps=True, acronyms=False):
    """'VLADIMIR V. PUTIN' -> 'Vladimir V. Putin'; 'BASHAR AL-ASSAD' ->
    'Bashar al-Assad'; single short all-caps tokens (NATO, UN) stay."""
    words = phrase.split()
    if keep_short_caps and len(words) == 1 and len(words[0]) <= 5 \
            and words[0].isupper():
        return words[0]
    out = []
    for i, w in enumerate(words):
        if acronyms and ('.' in w or w in ACRONYMS):
            out.append(w)        # UN, EU, U.S.
            continue
        if w in ROMAN and i > 0:
            out.append(w)
            continue
        parts = w.split('-')
        nparts = []
        for j, p in enumerate(parts):
            lp = p.lower()
            if (i > 0 or j > 0) and lp in SMALL_WORDS and (j < len(parts) - 1 or i < len(words) - 1):
                nparts.append(lp)
                continue
            if '.' in p.strip('.'):
                nparts.append(p.upper())      # initials: A.F.M.
                continue
            if lp.startswith("o'") and len(lp) > 2:
                nparts.append("O'" + lp[2:].capitalize())
            elif lp.startswith('mc') and len(lp) > 3:
                nparts.append('Mc' + lp[2:].capitalize())
            else:
                nparts.append(lp[:1].upper() + lp[1:])
        out.append('-'.join(nparts))
    return ' '.join(out)


def date_lo(s):
    if not s:
        return '0000-00-00'
    if len(s) == 4:
        return s + '-01-01'
    return s


def date_hi(s):
    if not s:
        return '9999-99-99'
    if len(s) == 4:
        return s + '-12-31'
    return s


def overlaps(a_start, a_end, b_start, b_end):
    return date_lo(a_start) < date_hi(b_end) and date_lo(b_start) < date_hi(a_end)


def valid_date(s):
    return s == '' or re.match(r'^\d{4}(-\d{2}-\d{2})?$', s) is not None


# Letters that Unicode does not decompose into an ASCII letter and a mark
# (translit.fold spells out ß and ı itself).
PLAIN_LETTERS = {'ł': 'l', 'đ': 'd', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ð': 'd', 'þ': 'th',
                 'ħ': 'h'}


def strip_letters(name, umlaut_e=False):
    """`name` in lower-case ASCII: translit.fold, special letters spelt out
    ("Tadić" -> "tadic", "Wałęsa" -> "walesa"); with umlaut_e German's
    umlauts as "ae", "oe", "ue" ("Schröder" -> "schroeder") and đ as "dj"."""
    if umlaut_e:  # and "dj" for đ: "Tudjman" is Tuđman
        name = name.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
        name = name.replace('đ', 'dj')
    return ''.join(PLAIN_LETTERS.get(ch, ch) for ch in translit.fold(name))


def read_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            rows.append((lineno, line.split('\t')))
    return rows


def write_tsv(path, title, columns, sources, notes, rows):
    lines = ['# ' + title,
             '# columns (tab-separated): ' + '\t'.join(columns)]
    for key in sources:
        if key in SRC:
            p, what, lic = SRC[key]
            lines.append('# source: %s (%s; licence %s)' % (p, what, lic))
        else:
            lines.append('# source: ' + key)
    for n in notes:
        lines.append('# ' + n)
    lines.append('# generated by: ' + COMMAND)
    lines.append('# do not edit: edit the sources named above and re-run the command')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
        for r in rows:
            assert len(r) == len(columns), (path, r)
            f.write('\t'.join(r) + '\n')
    return len(rows)


# =================================================================== loading

class Sources(object):
    def __init__(self, res):
        self.res = res
        self.i18n = {}
        for lang in ('de', 'en', 'ru'):
            with open(os.path.join(res, 'geo', 'i18n-iso-countries-%s.json' % lang),
                      encoding='utf-8') as f:
                self.i18n[lang] = json.load(f)['countries']
        self.ci = countryinfo.read(os.path.join(res, 'geo', 'CountryInfo.120116.txt'))
        self.phoenix = {}
        for part in ('Countries', 'International', 'MilNonState'):
            self.phoenix[part] = phoenix.read_actors(
                os.path.join(res, 'actors', 'Phoenix.%s.actors.txt' % part))
        self.phoenix_index = {}
        for part in ('International', 'Countries', 'MilNonState'):
            for e in self.phoenix[part]:
                for n in e.names:
                    key = n.upper()
                    self.phoenix_index.setdefault(key, []).append(e)
                    if key.startswith('THE '):
                        self.phoenix_index.setdefault(key[4:], []).append(e)
        self.ci_iso3 = self._map_countryinfo()

    # ---------------------------------------------------------- countryinfo
    def en_names(self, a2):
        v = self.i18n['en'].get(a2)
        names = [v] if isinstance(v, str) else list(v or [])
        if a2 in iso3166.WIKI_TITLE:
            names.append(iso3166.WIKI_TITLE[a2])
        return names

    def _map_countryinfo(self):
        """CountryInfo block -> ISO alpha-3, resolving the file's copy errors
        (e.g. AFGHANISTAN with CountryCode AIA, GUATEMALA with ISO3 GLP) by
        checking the block's English name against i18n-iso-countries."""
        name_to_iso3 = {}
        for a2 in self.i18n['en']:
            for n in self.en_names(a2):
                name_to_iso3.setdefault(translit.loose_key(n), set()).add(iso3166.ALPHA2_TO_3[a2])
        name_to_iso3 = dict((k, list(v)[0]) for k, v in name_to_iso3.items() if len(v) == 1)
        out = {}
        for i, c in enumerate(self.ci):
            cands = []
            for code in (c.code, c.iso3):
                if code in iso3166.ALPHA3 and code not in cands:
                    cands.append(code)
            a3 = iso3166.ALPHA2_TO_3.get(c.iso2)
            if a3 and a3 not in cands:
                cands.append(a3)
            if 'KSV' in (c.code or '') or c.iso3 == 'KSV':
                cands = ['XKX']
            # A code written as dated pieces ('[SCGSRB 20030205 - 20060605][SRB
            # >20030101]', Serbia and Montenegro's block, whose leaders are
            # Serbia's): the country of the piece still open (">date").
            if not cands and c.code and '[' in c.code:
                for piece in re.findall(r'\[([A-Z]{3})[A-Z]*\s*>', c.code):
                    if piece in iso3166.ALPHA3 and piece not in cands:
                        cands.append(piece)
            byname = name_to_iso3.get(translit.loose_key(c.name))
            if byname:
                out[i] = byname
                if cands and byname not in cands:
                    warn('CountryInfo %s: codes %s disagree with name; using %s'
                         % (c.name, cands, byname))
            elif len(cands) >= 1 and all(x == cands[0] for x in cands):
                out[i] = cands[0]
            elif cands:
                # majority / first plain CountryCode
                out[i] = cands[0]
                warn('CountryInfo %s: ambiguous codes %s; using %s' % (c.name, cands, cands[0]))
        return out

    def ci_blocks_for(self, iso3):
        return [self.ci[i] for i, v in sorted(self.ci_iso3.items()) if v == iso3]

    # -------------------------------------------------------------- phoenix
    def phoenix_lookup(self, phrase):
        return self.phoenix_index.get(phrase.upper().strip(), [])


# ================================================================ countries

ADJ_SUFFIXES = ('ische', 'ischer', 'isches', 'ischen', 'igte', 'igter',
                'igtes', 'igten', 'iger', 'ige', 'igen', 'ierte', 'ierten',
                'alen', 'ale')
NO_GENITIVE_HEADS = ('republik', 'föderation', 'union', 'staaten', 'emirate',
                     'inseln', 'insel', 'küste', 'gebiete', 'stadt', 'ei',
                     'niederlande', 'philippinen', 'malediven', 'seychellen',
                     'komoren', 'bahamas', 'salomonen', 'färöer', 'antillen',
                     'eidgenossenschaft', 'emiraten', 'gebieten')
NOUN_HEADS = {'Volksrepublik', 'Bundesrepublik', 'Republik', 'Staat', 'Königreich',
              'Reich', 'Fürstentum', 'Großherzogtum', 'Sultanat', 'Emirat', 'VR',
              'DR', 'Festlandchina', 'Islamisches', 'Commonwealth'}
NO_GENITIVE = {'Schweiz', 'Ukraine', 'Türkiye', 'Antarktis', 'Arktis', 'Westsahara',
               'Mongolei', 'Karibik', 'Dominica'}


def german_genitive(name):
    """Genitive -s form of a German country name, or None where German
    forms no -s genitive (feminine and plural names, names ending in a
    sibilant, adjective + noun names)."""
    if not name or not name[0].isupper() or name.isupper() or name in NO_GENITIVE:
        return None
    if re.search(r'[^\w\s\-\']', name) or translit.is_cyrillic(name):
        return None
    words = name.split()
    low = name.lower()
    if low.endswith(('s', 'ß', 'x', 'z')):
        return None
    if any(low.endswith(h) for h in NO_GENITIVE_HEADS):
        return None
    if len(words) > 1 and words[0].lower().endswith(ADJ_SUFFIXES):
        return None
    if words[0] in NOUN_HEADS or any(w in ('der', 'des', 'von', 'vom') for w in words[1:]):
        return None          # "der Volksrepublik China", "des Staates Palästina"
    if "'" in name or '’' in name:
        return None          # Côte d'Ivoire
    if any(w.lower() in NO_GENITIVE_HEADS for w in words):
        return None
    return name + 's'


def unsplit_inverted(name):
    """Undo ISO-style inversions and parentheses:
    'Korea, Republic of' -> ['Republic of Korea', 'Korea'];
    'Holy See (Vatican City State)' -> ['Holy See', 'Vatican City State'];
    'Netherlands (Kingdom of the)' -> ['Netherlands', 'Kingdom of the Netherlands'];
    'Saint Martin (French part)' -> ['Saint Martin']."""
    m = re.match(r'^(.*?)\s*\(([^)]*)\)\s*(.*)$', name)
    if m:
        base = clean(m.group(1) + ' ' + m.group(3))
        inner = m.group(2).strip()
        out = [base]
        if inner.endswith(' part'):
            pass
        elif inner.endswith((' of the', ' of')):
            out.append(inner + ' ' + base)
        elif m.group(3):
            out.append(clean(name))
        else:
            out.append(inner)
        return out
    if ', ' in name:
        a, b = name.split(', ', 1)
        if b.startswith(('Province of', 'Provinz')):
            return [a]
        return [clean(b + ' ' + a), a]
    return [name]


CI_STOP = {'LAST', 'EMPIRE', 'GRAVEYARD', 'DICTATORSHIP', 'CELESTIAL', 'OCCUPIED'}
CI_ADJ = ('IAN', 'EAN', 'ESE', 'ISH', 'ICAN', 'IOT', 'ITE', 'IC', 'AIS',
          'IAN_', 'ANS')


def _similar_to_any(name, keys, threshold=0.8):
    k = translit.loose_key(name)
    return any(difflib.SequenceMatcher(None, k, x).ratio() >= threshold for x in keys)


def countryinfo_variants(src, iso3, known):
    """CountryInfo <CountryName> and <Nationality> entries, title-cased; only
    spelling variants of names known from i18n-iso-countries (similarity of
    loose keys >= 0.8) are kept, which drops English adjectives, descriptive
    phrases and mangled foreign forms ('POCCNR', 'VENAEJAE')."""
    keys = set(translit.loose_key(n) for n in known)
    out = []
    for c in src.ci_blocks_for(iso3):
        cands = [c.name] + c.nationality
        for k, n in enumerate(cands):
            words = n.split()
            if not words or any(w in CI_STOP for w in words):
                continue
            if len(n) < 4:
                continue
            if k > 0 and len(words) == 1 and words[0].endswith(CI_ADJ):
                continue
            if k == 1:
                # the first <Nationality> entry is the English adjective
                continue
            t = titlecase(n, keep_short_caps=False)
            if re.search(r"[()&,]", t) or t.split()[0] in CI_JUNK_FIRST:
                continue
            k = translit.loose_key(t)
            if any(x != k and len(x) >= 4 and (k.startswith(x) or x.startswith(k))
                   for x in keys):
                continue      # demonyms and truncations: Hollander, Iraqui, Turk
            if _similar_to_any(t, keys):
                out.append(t)
    return out


CI_JUNK_FIRST = {'Das', 'Der', 'Die', 'The', 'La', 'Le', 'Les', 'El', 'Al', 'Big',
                 'Red', 'Dr', 'Us', 'Last'}


def load_hand_countries():
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'countries.tsv')
    de, other = {}, {}
    for lineno, cols in read_tsv(path):
        if len(cols) != 3 or cols[0] not in iso3166.ALPHA3:
            warn('%s:%d: bad line' % (path, lineno))
            continue
        de.setdefault(cols[0], []).extend([x for x in cols[1].split('|') if x])
        other.setdefault(cols[0], []).extend([x for x in cols[2].split('|') if x])
    return de, other


def cameo_country_codes(src):
    codes = set()
    for e in src.phoenix['Countries']:
        for code, s, en in e.codes:
            if len(code) == 3 and code.isalpha():
                codes.add(code)
    return codes


FOREIGN_COUNTRY_NAMES = os.path.join(REPO, 'lang', 'de', 'entities', 'foreign-country-names.txt')


def write_foreign_country_names(names, path=FOREIGN_COUNTRY_NAMES):
    """Writes to path (by default lang/de/entities/foreign-country-names.txt)
    the one-word English names of countries that no country's German name
    equals ("Austria", "Germany", "Turkey")."""
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# One-word English names of countries that German writes otherwise\n'
                '# ("Austria" for Österreich, "Turkey" for Türkei).  In German text they\n'
                '# name clubs, banks, races and magazines ("die Austria", "Bank\n'
                '# Austria", "Tour de France", "France Football"), not the country: the\n'
                '# entity stage makes no country mention of them.\n'
                '# Generated by tools/gazetteer/build.py from npm i18n-iso-countries\n'
                '# 7.14.0 (licence MIT): the English names (and the canonical labels)\n'
                '# that equal no German name of any country.  Do not edit.\n')
        for n in names:
            f.write(n + '\n')


def build_countries(src, out, foreign_path=FOREIGN_COUNTRY_NAMES):
    hand_de, hand_other = load_hand_countries()
    german_all, english_one_word = set(), set()
    phoenix_codes = cameo_country_codes(src)
    not_in_phoenix = []
    rows = []
    cameo = {}
    for a2 in sorted(src.i18n['en']):
        iso3 = iso3166.ALPHA2_TO_3[a2]
        canonical = iso3166.WIKI_TITLE.get(a2)
        en = src.i18n['en'][a2]
        en_list = [en] if isinstance(en, str) else list(en)
        if not canonical:
            canonical = unsplit_inverted(en_list[0])[0]
        # CAMEO code: ISO alpha-3 except the listed exceptions; territories
        # that Phoenix codes only under their parent (DNKGRL, USAPRI) keep
        # their ISO code here
        code = iso3166.CAMEO_EXCEPTIONS.get(iso3, iso3)
        if code not in phoenix_codes:
            not_in_phoenix.append(code)
        cameo[iso3] = code
        names = NameList()
        de = src.i18n['de'].get(a2)
        de_list = [de] if isinstance(de, str) else list(de or [])
        german = []
        for n in de_list + hand_de.get(iso3, []):
            for m in unsplit_inverted(n):
                german.append(m)
                spaced = spaced_variant(m)
                if spaced:
                    german.append(spaced)
        names.extend(german)
        german_all.update(german)
        for g in german:
            gen = german_genitive(g)
            if gen:
                names.add(gen)
                german_all.add(gen)
        names.extend(weak_forms(list(names)))
        names.add(canonical)
        for n in en_list:
            names.extend(unsplit_inverted(n))
        ru = src.i18n['ru'].get(a2)
        for n in ([ru] if isinstance(ru, str) else list(ru or [])):
            names.extend(unsplit_inverted(n))
        names.extend(hand_other.get(iso3, []))
        known = [x for x in names if not translit.is_cyrillic(x)]
        known += [translit.to_english(x) for x in names if translit.is_cyrillic(x)]
        names.extend(countryinfo_variants(src, iso3, known))
        rows.append([iso3, a2, canonical, code, names.joined()])
        for n in [canonical] + en_list:
            for m in unsplit_inverted(n):
                if ' ' not in m:
                    english_one_word.add(m)
    rows.sort()
    foreign = sorted(n for n in english_one_word if n not in german_all)
    write_foreign_country_names(foreign, foreign_path)
    src.cameo_not_in_phoenix = sorted(not_in_phoenix)
    n = write_tsv(os.path.join(out, 'countries.tsv'),
                  'Countries: ISO codes, English canonical name, CAMEO country code, surface forms',
                  ['iso3', 'iso2', 'canonical_en', 'cameo_code', 'names'],
                  ['i18n', 'countryinfo', 'phoenix', 'iso',
                   'lang/de/entities/countries.tsv (hand-written)'],
                  ['canonical_en: English Wikipedia article title.',
                   'cameo_code: CAMEO country code = ISO alpha-3 except TLS -> TMP '
                   '(as in CountryInfo/Phoenix); Kosovo is XKX (this project\'s spec; '
                   'Phoenix uses KSV).',
                   'cameo_code not a country code in Phoenix (territories coded under their '
                   'parent there, e.g. DNKGRL, or missing): ' + ' '.join(src.cameo_not_in_phoenix) + '.',
                   'names: German forms first (i18n de + hand list + genitive -s forms), '
                   'then English, Russian and CountryInfo name variants (spelling variants '
                   'only; adjectives and descriptive phrases dropped).'],
                  rows)
    return n, cameo


# =================================================================== cities

CITY_MAXLEN = 40
LATIN_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .\-]+$")


def load_hand_cities():
    path = os.path.join(REPO, 'lang', 'de', 'entities', 'cities.tsv')
    out = []
    for lineno, cols in read_tsv(path):
        if len(cols) != 3 or cols[1] not in iso3166.ALPHA3:
            warn('%s:%d: bad line' % (path, lineno))
            continue
        out.append((cols[0], cols[1], [x for x in cols[2].split('|') if x]))
    return out


def load_city_labels(cities):
    """{geonameid: English Wikipedia title} from tools/gazetteer/city_labels.seed.tsv
    (hand-written): the canonical_en of the cities whose GeoNames main name
    differs ("Köln" -> "Cologne").  Each line names the GeoNames name too;
    a line whose id is not in cities15000.txt, or whose name is not that
    id's, is refused (a mistyped id would relabel another city)."""
    path = os.path.join(HERE, 'city_labels.seed.tsv')
    if not os.path.exists(path):
        return {}
    names = {c[0]: c[1] for c in cities}
    out = {}
    for lineno, cols in read_tsv(path):
        if len(cols) != 3 or not cols[2]:
            warn('%s:%d: want geonameid, GeoNames name, title' % (path, lineno))
        elif names.get(cols[0]) != cols[1]:
            warn('%s:%d: %s is not %r in cities15000.txt' % (path, lineno, cols[0], cols[1]))
        elif cols[0] in out:
            warn('%s:%d: %s twice' % (path, lineno, cols[0]))
        else:
            out[cols[0]] = cols[2]
    return out


def _plain(s):
    """fold + letters only: the comparison form for city names."""
    return ''.join(ch for ch in translit.fold(s) if ch.isalpha())


def _de_plain(s):
    """German spelling-variant form: umlauts written as ae/oe/ue."""
    t = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    return ''.join(ch for ch in t if ch.isalpha())


OTHER_CYR_LETTERS = set('іїєґўқңұүһәөјљњћђџ')


def pick_cyrillic_name(alts, name, ascii_, iso3):
    """The one Cyrillic alternate name of a post-Soviet city that is its
    national (Russian / Ukrainian / Kazakh) name, or None.

    cities15000.txt has no language tags, so the name is recognised by its
    transliteration: a candidate qualifies when one of its English
    transliterations (translit.english_variants) equals the GeoNames name or
    ASCII name (letters only, diacritics folded).  Among several qualifying
    candidates (Tatar Казан, Russian Казань) the Russian-looking one is
    preferred: no letters of other Cyrillic alphabets, no final ъ, and the
    form with a final ь where another candidate differs only by it."""
    targets = {_plain(name), _plain(ascii_)}
    cands = []
    for a in alts:
        if len(a) > CITY_MAXLEN or not translit.is_cyrillic(a):
            continue
        if not all(ch.isspace() or ch in "-'’" or translit._is_cyr_letter(ch) for ch in a):
            continue
        langs = translit.langs_for(a, iso3)
        if langs == ['be']:
            continue
        for lang in langs:
            if any(_plain(v) in targets for v in translit.english_variants(a, lang)):
                cands.append((a, lang))
                break
    if not cands:
        return None

    def score(c):
        a, lang = c
        low = a.lower()
        s = 0
        if lang == 'ru' and any(ch in OTHER_CYR_LETTERS for ch in low):
            s -= 4
        if lang == 'ru' and translit.looks_ukrainian(low) and iso3 != 'UKR':
            s -= 4
        if iso3 == 'UKR' and lang == 'uk' and translit.looks_ukrainian(low):
            s += 2
        if (lang == 'uk' and iso3 != 'UKR') or (lang == 'kk' and iso3 != 'KAZ'):
            s -= 4
        if iso3 == 'KAZ' and lang == 'kk':
            s += 1
        if re.search(r'ъ(\s|$)', low) or ' ' in a and iso3 != 'RUS':
            s -= 2
        if low.endswith('ь') and any(b.lower() == low[:-1] for b, _ in cands):
            s += 1
        return (-s, alts.index(a))
    return sorted(cands, key=score)[0]


def build_cities(src, out):
    path = os.path.join(src.res, 'geo', 'cities15000.txt')
    cities = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 19:
                continue
            cities.append(c)
    # hand-written exonyms -> geonameid
    by_key = {}
    for c in cities:
        iso3 = iso3166.ALPHA2_TO_3.get(c[8])
        keys = {c[1].casefold(), c[2].casefold()}
        keys.update(a.casefold() for a in c[3].split(',') if a)
        for k in keys:
            by_key.setdefault((iso3, k), []).append(c)
    hand = {}
    for name, iso3, names in load_hand_cities():
        cands = by_key.get((iso3, name.casefold()))
        if not cands:
            warn('cities.tsv: %s (%s) not found in cities15000.txt' % (name, iso3))
            continue
        best = sorted(cands, key=lambda c: (-int(c[14] or 0), int(c[0])))[0]
        hand.setdefault(best[0], []).extend(names)
    labels = load_city_labels(cities)
    rows = []
    stats = {'cyrillic': 0, 'de_translit': 0, 'de_variant': 0, 'hand': 0, 'labels': 0}
    for c in cities:
        gid, name, ascii_, alts = c[0], c[1], c[2], [a for a in c[3].split(',') if a]
        iso3 = iso3166.ALPHA2_TO_3.get(c[8])
        if not iso3:
            warn('cities: unknown country code %r for %s' % (c[8], name))
            continue
        pop = c[14] or '0'
        cap = '1' if c[7] == 'PPLC' else '0'
        names = NameList()
        for n in hand.get(gid, []):
            if not translit.is_cyrillic(n):
                names.add(n, CITY_MAXLEN)
                stats['hand'] += 1
        names.add(name)           # main names are kept whatever their length
        names.add(ascii_)
        for n in list(names):
            if n.startswith('Sankt '):
                names.add('St. ' + n[6:])  # "St. Pölten", as German writes it
        river = re.match(r'^(\S+) \(([^()]+)\)$', name)
        if iso3 in GERMAN_SPEAKING and river:
            # "Frankfurt (Oder)" as German writes it in running text: "Frankfurt
            # an der Oder", "Frankfurt/Oder" ("am" for a masculine river: "Weiden
            # am ..."; which one a river takes is not in the data, so both)
            town, where = river.groups()
            for form in ('%s an der %s', '%s am %s', '%s/%s'):
                names.add(form % (town, where), CITY_MAXLEN)
                stats['river_forms'] = stats.get('river_forms', 0) + 1
        if iso3 in GERMAN_SPEAKING:
            # spelling variants with ae/oe/ue for umlauts (Koeln, Duesseldorf)
            base = {_de_plain(name)}
            for a in alts:
                if LATIN_RE.match(a) and a[:1].isupper() and _de_plain(a) in base \
                        and len(a) <= CITY_MAXLEN:
                    if a not in names:
                        stats['de_variant'] += 1
                    names.add(a)
        cyr = []
        for n in hand.get(gid, []):
            if translit.is_cyrillic(n):
                cyr.append((n, translit.langs_for(n, iso3)[0]))
        if iso3 in POST_SOVIET_CYR and not cyr:
            picked = pick_cyrillic_name(alts, name, ascii_, iso3)
            if picked:
                cyr.append(picked)
                stats['cyrillic'] += 1
                if iso3 in POST_SOVIET and gid not in hand:
                    # (cities with hand-written German names get no generated
                    # forms: Москва would give 'Moskwa', the river)
                    for g in translit.german_variants(picked[0], picked[1])[:2]:
                        if g not in names:
                            stats['de_translit'] += 1
                        names.add(g, CITY_MAXLEN)
        for a, lang in cyr:
            names.add(a, CITY_MAXLEN)
        label = labels.get(gid, name)
        stats['labels'] += label != name
        if ',' not in label and '(' not in label:
            # the English title names the city in German text too where it
            # is the plain name ("Hama" for GeoNames' "Ḩamāh", "Odesa",
            # "Patras"); a title with a qualifier ("Salvador, Bahia") is no form
            names.add(label, CITY_MAXLEN)
        rows.append([gid, label, iso3, pop, cap, names.joined(),
                     '1' if iso3 not in GERMAN_SPEAKING and
                     any(not translit.is_cyrillic(n) for n in hand.get(gid, [])) else '0'])
    rows.sort(key=lambda r: int(r[0]))
    n = write_tsv(os.path.join(out, 'cities.tsv'),
                  'Cities over 15,000 inhabitants (all of GeoNames cities15000.txt)',
                  ['geonameid', 'canonical_en', 'iso3', 'population', 'is_capital', 'names',
                   'german_name'],
                  ['geonames', 'iso', 'lang/de/entities/cities.tsv (hand-written German exonyms)',
                   'tools/gazetteer/city_labels.seed.tsv (hand-written English titles)'],
                  ['canonical_en: the English Wikipedia title where '
                   'tools/gazetteer/city_labels.seed.tsv (hand-written) gives one (Cologne '
                   'for Köln), else the GeoNames main name; is_capital: 1 for feature code PPLC; '
                   'german_name: 1 where lang/de/entities/cities.tsv gives a city outside the '
                   'German-speaking countries a German name (Venedig): a city known enough to '
                   'have one.',
                   'names: hand-written German exonyms (lang/de/entities/cities.tsv), GeoNames '
                   'name and ASCII name, the English title where it has no qualifier; for DEU/AUT/CHE/LIE/LUX the alternate spellings with '
                   'ae/oe/ue for umlauts (Koeln), and for a name with its river in parentheses '
                   'the forms running text writes (Frankfurt (Oder): Frankfurt an der Oder, '
                   'Frankfurt/Oder); for post-Soviet countries one Cyrillic '
                   'alternate name, the one whose transliteration equals the GeoNames name '
                   '(the Russian/Ukrainian/Kazakh name; hand list first), and for cities '
                   'without hand-written names its German (Duden) transliteration '
                   '(Jekaterinburg).  cities15000.txt carries no language tags, so all other '
                   'alternate names are left out.  Alternate names over %d characters are '
                   'dropped; GeoNames main names are kept whatever their length.' % CITY_MAXLEN],
                  rows)
    return n, stats


# ============================================================ organizations

PHOENIX_NAME_STOP = {'PRESIDENT', 'CHIEF', 'SPOKESMAN', 'SPOKESWOMAN', 'OFFICIAL',
                     'OFFICIALS', 'SECRETARY', 'MINISTER', 'DIRECTOR', 'HEAD',
                     'CHAIRMAN', 'ENVOY', 'AMBASSADOR', 'REPRESENTATIVE',
                     'DELEGATE', 'MEMBER', 'MEMBERS', 'OFFICER', 'STAFF',
                     'EXPERT', 'EXPERTS', 'INSPECTOR', 'INSPECTORS', 'TEAM',
                     'MISSION', 'FORCES', 'TROOPS', 'PEACEKEEPERS', 'SOLDIERS',
                     'RESOLUTION', 'SPOKESPERSON', 'COMMANDER', 'LEADER',
                     'LEADERS', 'SUMMIT', 'COUNTRIES', 'STATES', 'NATIONS',
                     'PRESS', 'SECRETARIAT', 'BODY', 'AGENCY', 'AGENCIES'}


ORG_STOP_TOKENS = {'the', 'of', 'and', 'for', 'in', 'on', 'organization',
                   'organisation', 'international', 'united', 'nations', 'al', 'el',
                   'federal', 'national', 'state', 'republic'}


def _org_tokens(s):
    return set(t for t in re.findall(r'[a-z0-9]+', translit.fold(s)) if t not in ORG_STOP_TOKENS)


def phoenix_org_names(entry, reference, keep_words=()):
    """English forms from a Phoenix entry: multi-word names sharing a word
    with the organisation's own names (drops persons and other bodies that
    Phoenix lists as synonyms, e.g. leaders of an armed group)."""
    ref = set()
    for r in reference:
        ref |= _org_tokens(r)
    out = []
    for n in entry.names:
        words = n.upper().split()
        if len(words) < 2:
            continue
        if any(w in PHOENIX_NAME_STOP and w not in keep_words for w in words):
            continue
        if re.search(r'[^A-Z0-9 .&\'\-/]', n.upper()):
            continue
        if words[0] == 'THE':
            n = ' '.join(words[1:])
            if len(words) < 3:
                continue
        if not (_org_tokens(n) & ref):
            continue
        out.append(titlecase(n, acronyms=True))
    return out


def weak_forms(names):
    """The forms a name takes after the definite article where its list has
    the strong ones: "das Europäische Parlament", "der Internationale
    Währungsfonds", "das Deutsche Rote Kreuz".  A word in -es or -er becomes
    -e where another form of the same name has the word in -en in its place
    ("Europäisches Parlament" and "Europäischen Parlament", or the genitive
    "Zweiten Deutschen Fernsehens" for "Zweites Deutsches Fernsehen"), so
    that city adjectives and nouns in -er ("Berliner Zeitung", "Bayer") stay
    as they are.  Returns the new forms, in the order of the names."""
    out = []
    multi = [n.split(' ') for n in names if ' ' in n]
    known = set(names)
    for words in multi:
        for other in multi:
            if len(other) != len(words) or other == words:
                continue
            weak, changed = [], False
            for w, o in zip(words, other):
                if w == o:
                    weak.append(w)
                elif len(w) > 3 and w[-2:] in ('es', 'er') and o == w[:-2] + 'en':
                    weak.append(w[:-2] + 'e')
                    changed = True
                elif o in (w + 's', w + 'es'):
                    weak.append(w)  # the noun in the genitive there
                else:
                    break
            else:
                form = ' '.join(weak)
                if changed and form not in known:
                    known.add(form)
                    out.append(form)
    return out


def un_spellings(names):
    """The United Nations' compounds in every prefix German writes them with:
    "UN-", "UNO-" and the Swiss and Austrian "Uno-" ("Uno-Menschenrechtsrat",
    "Uno-Sicherheitsrat") for each one the seed lists with one of them."""
    out = []
    for n in names:
        for p in ('UN-', 'UNO-', 'Uno-'):
            if n.startswith(p) and len(n) > len(p):
                rest = n[len(p):]
                out.extend(q + rest for q in ('UN-', 'UNO-', 'Uno-') if q != p)
                break
    return out


def build_organizations(src, out, cameo):
    path = os.path.join(HERE, 'organizations.seed.tsv')
    rows = []
    phoenix_hits = 0
    for lineno, cols in read_tsv(path):
        if len(cols) != 5:
            raise SystemExit('%s:%d: expected 5 columns, got %d' % (path, lineno, len(cols)))
        canonical, typ, country, actor = [clean(x) for x in cols[:4]]
        names = cols[4]
        if typ not in ORG_TYPES:
            raise SystemExit('%s:%d: unknown type %r' % (path, lineno, typ))
        if country and country not in iso3166.ALPHA3:
            raise SystemExit('%s:%d: unknown country %r' % (path, lineno, country))
        nl = NameList(x for x in names.split('|'))
        if actor.startswith('@'):
            phrase = actor[1:]
            ents = [e for e in src.phoenix_lookup(phrase) if e.codes]
            if not ents:
                raise SystemExit('%s:%d: %r not found in the Phoenix dictionaries'
                                 % (path, lineno, phrase))
            e = ents[0]
            actor = e.code_at(SNAPSHOT) or e.codes[0][0]
            phoenix_hits += 1
            if actor == 'MED' and country:
                # Phoenix codes media without a country; the project's
                # convention is country + MED (RUSMED for TASS)
                actor = cameo.get(country, country) + 'MED'
            keep = set(w for w in phrase.upper().split())
            if typ not in ('media',):
                nl.extend(phoenix_org_names(e, list(nl) + [canonical, phrase], keep))
        nl.extend(un_spellings(list(nl)))
        nl.extend(weak_forms(list(nl)))
        if '(' not in canonical:      # 'ABC (Spain)' is no surface form
            nl.add(canonical)
        if not len(nl):
            raise SystemExit('%s:%d: no names' % (path, lineno))
        rows.append([canonical, typ, country, actor, nl.joined()])
    rows.sort(key=lambda r: (r[1], r[0]))
    n = write_tsv(os.path.join(out, 'organizations.tsv'),
                  'Organisations: international organisations, NGOs, media, '
                  'government institutions, legislatures, parties, courts, armed groups, companies',
                  ['canonical_en', 'type', 'country_iso3_or_empty', 'actor_code', 'names'],
                  ['tools/gazetteer/organizations.seed.tsv (hand-written)', 'phoenix'],
                  ['type: igo ngo media gov party court company military legislature.',
                   'actor_code: Phoenix code where the Phoenix dictionaries have the '
                   'organisation (IGOUNO, IGOWSTNAT, IGOBUSIMF, NGOHRIAMN, ...); media '
                   'country + MED; companies country + BUS; national institutions '
                   'country + GOV/LEG/JUD/MIL/SPY/PTY as in the annotation guide.',
                   'names: German forms (with inflected and genitive forms, and the '
                   'forms after the definite article where the list has the strong and the '
                   '-en ones: "Europäische Parlament"), English, Russian; for organisations '
                   'found in Phoenix also its English forms.'],
                  rows)
    return n, phoenix_hits


# ================================================================== leaders

class Person(object):
    def __init__(self, canonical, iso3, rank):
        self.canonical = canonical
        self.iso3 = iso3          # home country ('' for IGO-only people)
        self.rank = rank
        self.names = NameList([canonical])
        self.rows = []            # dicts
        self.hand = rank == 0
        self.guessed = False
        self.known_only = False   # persons.tsv: no office source has the person
        self.entry = None         # its Phoenix entry (persons.tsv persons only)
        self.phoenix_names = []   # the names of its Phoenix entries, title-cased (the same)


HONORIFICS = {'sheikh', 'sheik', 'shaikh', 'sir', 'ratu', 'lyonpo', 'dr', 'dr.',
              'prince', 'princess', 'king', 'queen', 'sultan', 'emir', 'general',
              'gen.', 'colonel', 'col.', 'dato', 'datuk', 'tun', 'tan', 'haji',
              'hajji', 'pengiran', 'tuanku', 'mr.', 'mrs.'}


def person_key_tokens(name):
    """Tokens of a person name for matching: honorifics dropped, ibn = bin,
    Arabic article variants unified."""
    toks = []
    for t in re.split(r'\s+', name.replace(',', ' ').replace('`', "'")):
        if not t:
            continue
        lt = t.lower()
        if lt in HONORIFICS and len(toks) == 0:
            continue
        if lt == 'ibn':
            t = 'bin'
        toks.append(t)
    return toks


def _edit_distance_le(a, b, k):
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1] <= k


class Registry(object):
    def __init__(self):
        self.persons = []
        self.full = {}            # loose key -> [Person]
        self.surname = {}         # (iso3, loose surname) -> [Person]

    @staticmethod
    def _tokens(name):
        return person_key_tokens(name)

    def _index(self, p, name):
        k2 = translit.loose_key(' '.join(person_key_tokens(name)))
        if k2:
            lst = self.full.setdefault(k2, [])
            if p not in lst:
                lst.append(p)
        k = translit.loose_key(name)
        if k:
            lst = self.full.setdefault(k, [])
            if p not in lst:
                lst.append(p)
        toks = self._tokens(name)
        if len(toks) >= 2 and not translit.is_cyrillic(name):
            lst = self.surname.setdefault(p.iso3, [])
            if p not in lst:
                lst.append(p)

    def add_names(self, p, names):
        for n in names:
            n = clean(n)
            if not n:
                continue
            p.names.add(n)
            self._index(p, n)

    def new(self, canonical, iso3, rank, names=()):
        p = Person(canonical, iso3, rank)
        self.persons.append(p)
        self._index(p, canonical)
        self.add_names(p, names)
        return p

    @staticmethod
    def _same_word(a, b):
        """equal, or one edit apart for words of 6+ letters (Nahyan/Nahayan)"""
        if a == b:
            return True
        return len(a) >= 6 and len(b) >= 6 and _edit_distance_le(a, b, 1)

    @staticmethod
    def _first_compatible(a, b):
        if not a or not b:
            return False
        if a == b:
            return True
        if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
            return True
        if len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and _edit_distance_le(a, b, 1):
            return True          # Mohammad / Mohammed (after loose_key)
        return False

    def find_exact(self, names, iso3):
        """find's first step alone: the person one of `names` names, by
        the loose key of a full name (also without honorifics)."""
        for n in names:
            for k in (translit.loose_key(n), translit.loose_key(' '.join(person_key_tokens(n)))):
                for p in self.full.get(k, []):
                    if p.iso3 == iso3 or p.hand or not iso3:
                        return p
        return None

    @staticmethod
    def _key_words(name):
        """The loose keys of a name's words, Arabic articles left out
        ("al-Bashir", "al Bashir": "bashir"); None for a Cyrillic name or
        one word."""
        toks = person_key_tokens(name)
        if len(toks) < 2 or translit.is_cyrillic(name):
            return None
        words = []
        for t in toks:
            t = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|ul)[-']", '', t.lower())
            if t in ('al', 'el'):
                continue
            words.append(translit.loose_key(t))
        return words if len(words) >= 2 else None

    @staticmethod
    def _within(short, long_):
        """True when `short`'s words are `long_`'s first and last words
        with some of the words between: "Umar al Bashir" within "Omar
        Hassan Ahmad al-Bashir"."""
        if short[0] != long_[0] or short[-1] != long_[-1] or len(short) > len(long_):
            return False
        i = 1
        for w in short[1:-1]:
            while i < len(long_) - 1 and long_[i] != w:
                i += 1
            if i >= len(long_) - 1:
                return False
            i += 1
        return True

    def find_first_last(self, names, iso3):
        """A person of `iso3` (of an office source) one of whose names has
        the words of one of `names` with some more between, or the other
        way round ("Umar al Bashir" and "Omar Hassan Ahmad al-Bashir"),
        where find's middle names disagree; None when there is none or
        more than one."""
        mine = [w for w in (self._key_words(n) for n in names) if w]
        found = None
        for p in self.surname.get(iso3, []):
            if p.known_only:
                continue
            theirs = [w for w in (self._key_words(n) for n in p.names) if w]
            if any(self._within(a, b) or self._within(b, a) for a in mine for b in theirs):
                if found is not None and found is not p:
                    return None
                found = p
        return found

    def find(self, names, iso3):
        # 1. exact loose key of a full name (also without honorifics)
        p = self.find_exact(names, iso3)
        if p is not None:
            return p
        # 2. same surname, compatible given name, compatible middle names
        for n in names:
            toks = self._tokens(n)
            if len(toks) < 2 or translit.is_cyrillic(n):
                continue
            first = translit.loose_key(toks[0])
            last = translit.loose_key(toks[-1])
            mids = tuple(translit.loose_key(t) for t in toks[1:-1])
            for p in self.surname.get(iso3, []):
                for pn in p.names:
                    ptoks = self._tokens(pn)
                    if len(ptoks) < 2 or translit.is_cyrillic(pn):
                        continue
                    if not self._same_word(translit.loose_key(ptoks[-1]), last):
                        continue
                    pmids = tuple(translit.loose_key(t) for t in ptoks[1:-1])
                    if mids and pmids and not (len(mids) == len(pmids) and all(
                            x == y or (len(x) >= 4 and len(y) >= 4 and _edit_distance_le(x, y, 1))
                            for x, y in zip(mids, pmids))):
                        continue
                    if self._first_compatible(first, translit.loose_key(ptoks[0])):
                        return p
        return None


def copied_head_of_state(pos):
    """True when a world-leaders-current record's head of state is a copy
    of its head of government: the same holder, and the government's title
    names the state's office in parentheses as the one that holds it
    ("Prime Minister (King)": the source took the prime minister for the
    king; Saudi Arabia's snapshot lists Mohammed bin Salman as king)."""
    hs, hg = pos.get('head_of_state') or {}, pos.get('head_of_government') or {}
    a = (hs.get('current_holder') or {}).get('wikidata_id')
    b = (hg.get('current_holder') or {}).get('wikidata_id')
    hs_title = (hs.get('title_en') or '').strip()
    return bool(a and a == b and hs_title and
                (hg.get('title_en') or '').strip().endswith('(%s)' % hs_title))


def norm_role_title(title):
    """Office title (CountryInfo <Leaders> tag, Wikidata position label,
    world-leaders-current title) -> role word, or None to skip."""
    t = title.lower().replace('_', ' ').strip()
    t = re.sub(r'\s+', ' ', t)
    if re.search(r'\bvice\b|vice-|deputy|lieutenant|governor|administrator|'
                 r'commissioner|\bresidents?\b|representative|supreme commander|'
                 r'civil admin|junta|council of deputies|high state committee|'
                 r'presidential commission|political bureau|provisional presidential|'
                 r'leaders? of government business|national assembly|'
                 r'permanent standing committee|queen\'s', t):
        if 'governor-general' in t or 'governor general' in t:
            return 'governor_general'
        return None
    if t.startswith(('co-prince', 'coprince', 'episcopal co-prince', 'french co-prince')) \
            or 'co-prince' in t:
        return 'co_prince'
    if 'captain' in t and 'regent' in t:
        return 'captain_regent'
    if 'member of the swiss federal council' in t:
        return 'federal_councillor'
    if 'supreme leader' in t:
        return 'supreme_leader'
    if t == 'pope':
        return 'pope'
    if 'chancellor' in t:
        return 'chancellor'
    if re.search(r'prime minister|premier|taoiseach|chief minister|heads? of government|'
                 r'chiefs? of government|government leaders|council of ministers|'
                 r'executive yuan|federal executive council|government council|'
                 r'executive council|cabinet|ministers? of state|first syndics|'
                 r'people\'s.commissars|operative management|general people\'s.committee|'
                 r'chief executives?', t):
        if 'chief executive' in t:
            return 'chief_executive'
        return 'prime_minister'
    if re.search(r'\bpresidents?\b', t) and 'council' not in t and 'presidium' not in t \
            and 'presidency' not in t and "assembly" not in t:
        return 'president'
    if re.search(r'kings?/queens?|monarch', t):
        return 'monarch'
    if re.search(r'\bkings?\b|druk gyalpo|ngwenyama|yang di-pertuan agong|maharajadhiraja', t):
        return 'king'
    if re.search(r'\bqueen', t):
        return 'queen'
    if 'emperor' in t:
        return 'emperor'
    if re.search(r'\bemirs?\b', t):
        return 'emir'
    if 'sultan' in t:
        return 'sultan'
    if 'shah' in t:
        return 'shah'
    if 'grand duke' in t:
        return 'grand_duke'
    if re.search(r'\bprinces?\b', t):
        return 'prince'
    if re.search(r'general secretar|first secretar|secretaries of the central committee|'
                 r'communist party of china', t):
        return 'general_secretary'
    if re.search(r'presidium|presidency|council of state|state council|heads? of state|'
                 r'leaders?\b|leader of the revolution|chairm[ae]n|rulers?|'
                 r'people\'s.assembly|general people\'s.congress|rada|'
                 r'o le ao o le malo|military leader|interim|revolutionary', t):
        return 'head_of_state'
    return None


def is_foreign_minister(title, iso3):
    t = (title or '').replace('"', '')
    if re.search(r'Deputy|Vice|State for|Junior|Assistant|Under|to the Minister|'
                 r'Permanent Representative|Ambassador', t):
        # "Ambassador to the US & Minister of Foreign Affairs" is split by '&'
        # before this is called; anything left with these words is not the FM
        return False
    if re.search(r'Foreign (and Commonwealth )?Affairs|Foreign Relations|External Affairs|'
                 r'External Relations|Foreign Minister|Foreign Secretary', t) and \
            re.search(r'Minister|Secretary', t):
        return True
    if iso3 == 'USA' and t.strip() == 'Secretary of State':
        return True
    return False


TITLE_WORDS = {'PRESIDENT', 'PRIME', 'MINISTER', 'PREMIER', 'FOREIGN', 'AMBASSADOR',
               'SECRETARY', 'LEADER', 'KING', 'QUEEN', 'CHANCELLOR', 'FORMER',
               'EX', 'CHIEF', 'ADMINISTRATION', 'COMMUNIST', 'SOVIET', 'PARTY',
               'SENATOR', 'GOVERNOR', 'MAYOR', 'SPOKESMAN', 'DEPUTY', 'VICE',
               'COLONEL', 'GEN.', 'GENERAL', 'DR.', 'MR.', 'MRS.', 'SHEIKH', 'PRINCE',
               'EMIR', 'SULTAN', 'AYATOLLAH', 'PRESIDENT-ELECT', 'GOVERNMENT',
               'REGIME', 'CABINET', 'MINISTRY', 'FORCES', 'SUPPORTERS', 'CAMP',
               'CHAIRMAN', 'ENVOY', 'OFFICIAL', 'PM', 'SEN.', 'REP.', 'GOV.',
               'LT.', 'MAJ.', 'CAPT.', 'ADMIRAL', 'MARSHAL', 'PRES.', 'THE',
               'KANZLER', 'BUNDESKANZLER', 'KANZLERIN', 'BUNDESKANZLERIN',
               'PRAESIDENT', 'PRASIDENT', 'MINISTERPRASIDENT', 'AUSSENMINISTER',
               'PRESIDENTE', 'PRESIDENTA', 'MINISTRO', 'MINISTRE', 'PREMIERE'}


def phoenix_person_names(entry):
    out = []
    for n in entry.names:
        words = n.upper().replace('_', ' ').split()
        if len(words) < 2:
            continue
        if any(w in TITLE_WORDS or w.endswith("'S") for w in words):
            continue
        if words[0].endswith(('IAN', 'ESE', 'ISH')) and len(words) > 2:
            continue
        if re.search(r'[^A-Z .\'\-]', n.upper()) or re.search(r'(^|\s)\.|\.[A-Z]', n.upper()):
            continue
        out.append(titlecase(n, keep_short_caps=False))
    return out


PATRONYMIC = re.compile(r'(ович|евич|ьич|ич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)$')


def cyrillic_short_forms(name):
    """'Владимир Владимирович Путин' -> ['Владимир Путин']."""
    toks = name.split()
    if len(toks) == 3 and PATRONYMIC.search(toks[1].lower()):
        return [toks[0] + ' ' + toks[2]]
    return []


class LeaderBuilder(object):
    def __init__(self, src, cameo):
        self.src = src
        self.cameo = cameo
        self.reg = Registry()
        self.stats = {}
        self.country_by_name = {}
        for a2 in src.i18n['en']:
            for n in src.en_names(a2):
                for m in unsplit_inverted(n):
                    self.country_by_name[m] = iso3166.ALPHA2_TO_3[a2]
        self.country_by_name.update({
            'Kingdom of the Netherlands': 'NLD', 'Kingdom of Denmark': 'DNK',
            'Republic of Ireland': 'IRL', 'United States of America': 'USA',
            "People's Republic of China": 'CHN', 'The Bahamas': 'BHS',
            'Kosovo': 'XKX', 'Brunei': 'BRN', 'Laos': 'LAO', 'Syria': 'SYR'})

    def code(self, iso3, sector='GOV'):
        return self.cameo.get(iso3, iso3) + sector

    def count(self, k):
        self.stats[k] = self.stats.get(k, 0) + 1

    def add_row(self, p, iso3, actor, role, start, end, rank, src_name, stale=False):
        p.rows.append({'iso3': iso3, 'actor': actor, 'role': role,
                       'start': start or '', 'end': end or '', 'rank': rank,
                       'src': src_name, 'stale': stale})

    # --------------------------------------------------------------- hand
    def load_officials(self):
        path = os.path.join(REPO, 'lang', 'de', 'entities', 'officials.tsv')
        by_canon = {}
        for lineno, cols in read_tsv(path):
            if len(cols) != 7:
                raise SystemExit('%s:%d: expected 7 columns, got %d' % (path, lineno, len(cols)))
            canon, iso3, actor, role, start, end = [clean(x) for x in cols[:6]]
            names = cols[6]
            if iso3 and iso3 not in iso3166.ALPHA3:
                raise SystemExit('%s:%d: unknown iso3 %r' % (path, lineno, iso3))
            if not iso3 and not actor.startswith('IGO'):
                raise SystemExit('%s:%d: empty iso3 needs an IGO actor code' % (path, lineno))
            if not valid_date(start) or not valid_date(end):
                raise SystemExit('%s:%d: bad date' % (path, lineno))
            p = by_canon.get(canon)
            if p is None:
                p = self.reg.new(canon, iso3, 0)
                by_canon[canon] = p
            elif not p.iso3 and iso3:
                p.iso3 = iso3
            self.reg.add_names(p, [x for x in names.split('|') if x])
            self.add_row(p, iso3, actor, role, start, end, 0, 'officials')
            self.count('officials')
        # index the hand persons under their home country as well
        for p in by_canon.values():
            for n in list(p.names):
                self.reg._index(p, n)

    # ------------------------------------------------------ current JSON
    def load_current(self):
        """Rows from world-leaders-current: each country's head of state and
        head of government on the snapshot date."""
        d = os.path.join(self.src.res, 'actors', 'world-leaders-current')
        for fn in sorted(os.listdir(d)):
            if not fn.endswith('.json'):
                continue
            with open(os.path.join(d, fn), encoding='utf-8') as f:
                data = json.load(f)
            code = data['country']['iso_code']
            if code == 'EU':
                iso3, actor = '', 'IGOEUREEC'
            elif code == 'AU_AF':
                iso3, actor = '', 'IGOAFRAFU'
            else:
                iso3 = iso3166.ALPHA2_TO_3[code]
                actor = self.code(iso3)
            pos = data['positions']
            seen = {}
            for key in ('head_of_state', 'head_of_government'):
                if key not in pos:
                    continue
                h = pos[key].get('current_holder') or {}
                name = h.get('name_en')
                if not name:
                    continue
                title = pos[key].get('title_en') or ''
                if key == 'head_of_state' and copied_head_of_state(pos):
                    self.count('current_copied_head_of_state_skipped')
                    continue
                if code == 'EU':
                    role = 'commission_president' if 'Commission' in title else 'european_council_president'
                elif code == 'AU_AF':
                    role = 'commission_chairperson' if 'Commission' in title else 'chairperson'
                else:
                    role = norm_role_title(title.split('(')[0].replace(' and Prime Minister', '')) \
                        or ('president' if key == 'head_of_state' else 'prime_minister')
                    if key == 'head_of_government' and role not in ('prime_minister', 'chancellor', 'president'):
                        role = 'prime_minister'
                    if key == 'head_of_government' and 'Prime Minister' in title:
                        role = 'prime_minister'
                if name in seen and seen[name] == role:
                    continue
                seen[name] = role
                names = [name]
                local = h.get('name_local')
                if local:
                    names.append(local)
                    names.extend(cyrillic_short_forms(local))
                p = self.reg.find(names, iso3)
                if p is None:
                    p = self.reg.new(name, iso3, 1)
                self.reg.add_names(p, names)
                self.add_row(p, iso3, actor, role, h.get('since') or '', '', 1, 'current')
                self.count('current')

    # ----------------------------------------------------------- wikidata
    def load_wikidata(self):
        path = os.path.join(self.src.res, 'actors', 'world-leaders-2021-wikidata.csv')
        with open(path, encoding='utf-8') as f:
            for r in csv.DictReader(f):
                iso3 = self.country_by_name.get(r['country'])
                if not iso3:
                    self.count('wikidata_skipped_country')
                    continue
                role = norm_role_title(r['positionLabel'])
                if role is None:
                    self.count('wikidata_skipped_role')
                    continue
                name = clean(r['officeholderLabel'])
                if not name or re.match(r'^Q\d+$', name):
                    continue
                p = self.reg.find([name], iso3)
                if p is None:
                    p = self.reg.new(name, iso3, 2)
                self.reg.add_names(p, [name])
                self.add_row(p, iso3, self.code(iso3), role, r['start_year'],
                             r['end_year'], 2, 'wikidata')
                self.count('wikidata')

    # ---------------------------------------------- countryinfo + phoenix
    def _phoenix_entry(self, names):
        for n in names:
            for e in self.src.phoenix_lookup(n):
                if e in self._phoenix_countries:
                    return e
        return None

    def _actor(self, entry, iso3, start, end):
        base = self.cameo.get(iso3, iso3)
        if entry is not None:
            for d in (start, end):
                if d:
                    c = entry.code_at(date_lo(d))
                    if c and c.startswith(base) and 'GOV' in c:
                        return c
        return base + 'GOV'

    def load_countryinfo(self):
        self._phoenix_countries = set(self.src.phoenix['Countries'])
        # A term (title, first name, dates) that an earlier block lists already is
        # the same term copied: CountryInfo's KOSOVO block repeats all of
        # KIRIBATI's leaders ("These are from some miserable atoll!"), its
        # CHRISTMAS ISLAND and COCOS ISLANDS blocks those of the British
        # Indian Ocean Territory.  It stays with the first block only.
        listed = set()
        for i, c in enumerate(self.src.ci):
            iso3 = self.src.ci_iso3.get(i)
            if not iso3:
                continue
            for title, names, ivs in c.leaders:
                term = (title, names[0] if names else "", repr(ivs))
                if term in listed:
                    self.count('countryinfo_copied_terms')
                    continue
                listed.add(term)
                role = norm_role_title(title)
                if role is None:
                    self.count('countryinfo_skipped_title')
                    continue
                self._ci_person(iso3, names, role, ivs)
            for names, codes in c.government:
                for code, s, e, t in codes:
                    if t and is_foreign_minister(t, iso3):
                        self._ci_person(iso3, names, 'foreign_minister', [(s, e)])

    def _ci_person(self, iso3, names, role, ivs):
        # drop remarks that CountryInfo writes into names: '(acting',
        # '(1st time', quoted nicknames
        names = [re.sub(r'\s*\(.*$', '', re.sub(r'"[^"]*"', '', n)).strip() for n in names]
        names = [n for n in names if n]
        if not names:
            return
        pretty = [titlecase(n, keep_short_caps=False) for n in names]
        entry = self._phoenix_entry(names)
        extra = phoenix_person_names(entry) if entry else []
        p = self.reg.find(pretty + extra, iso3)
        if p is None:
            p = self.reg.new(pretty[0], iso3, 3)
        self.reg.add_names(p, pretty + extra)
        for s, e in ivs:
            if s is None and e is None:
                continue
            self.add_row(p, iso3, self._actor(entry, iso3, s, e), role, s or '',
                         e or '', 3, 'countryinfo', stale=(e is None))
            self.count('countryinfo')

    # ---------------------------------------------------- phoenix persons
    def load_phoenix_persons(self):
        """The persons of the Phoenix country dictionary that no office
        source above has (ministers of every portfolio, members of
        parliament, opposition leaders, heads of state before 2003): every
        entry CountryInfo wrote (all are persons) and, of the other entries,
        those whose first word is a given name of the hand-written or faker
        lists (the rest are organisations and places: "Afghan National
        Army", "Republic of Croatia").  They go to persons.tsv, not to
        leaders.tsv: the engine links them by a full name and gives them
        the code Phoenix gives them on the document's date.  An entry whose
        codes belong to more than one country, or to none, is left out."""
        given = hand_given_names()
        by_cameo = {}
        for iso3, c in self.cameo.items():
            by_cameo.setdefault(c, set()).add(iso3)
        for phoenix_prefix, ours in PHOENIX_PREFIX.items():
            by_cameo.setdefault(phoenix_prefix, set()).update(by_cameo.get(ours, ()))
        for e in self.src.phoenix['Countries']:
            names = phoenix_person_names(e)
            # a person's entry: its first name has two words or more, and
            # every code has a sector (a country's entry has the bare code,
            # its synonyms the names of its regions and cities)
            if not names or len(e.names[0].split()) < 2 or \
                    any(len(code) <= 3 for code, s, en in e.codes):
                continue
            if 'countryinfo' not in e.comment.lower():
                toks = person_key_tokens(names[0])
                if not toks or toks[0] not in given:
                    self.count('phoenix_persons_not_given_name')
                    continue
            isos = {i for code, s, en in e.codes if len(code) > 3
                    for i in by_cameo.get(code[:3], ())}
            if len(isos) != 1:
                self.count('phoenix_persons_no_country')
                continue
            iso3 = isos.pop()
            p = self.reg.find(names, iso3)
            elsewhere = self.reg.find_exact(names, '')
            if p is None and elsewhere is not None and not elsewhere.known_only:
                # a leader of another country by the same name: a territory's
                # (the Faroes' prime ministers are Denmark's in Phoenix), or
                # a namesake a full name cannot tell apart
                self.count('phoenix_persons_leader_elsewhere')
                continue
            if p is None:
                p = self.reg.find_first_last(names, iso3)
                if p is not None:
                    # the office holder under a shorter name: its forms too
                    self.reg.add_names(p, names)
                    self.count('phoenix_persons_named_leaders')
                    continue
            if p is not None and not p.known_only:
                self.count('phoenix_persons_in_leaders')
                continue
            if p is not None and not self.reg.find_exact(names, iso3) and \
                    not same_given_name(names, p.names):
                # two entries of Phoenix are two persons unless a name or
                # the given name is the same ("Julia Eileen Gillard" and
                # "Julia Gillard"): "Eva Nowotny" is not "Ewald Nowotny"
                p = None
            if p is None:
                p = self.reg.new(names[0], iso3, 4)
                p.known_only = True
                p.entry = e
                self.count('phoenix_persons')
            p.phoenix_names.extend(n for n in names if n not in p.phoenix_names)
            self.reg.add_names(p, names)
        for p in self.reg.persons:
            if p.known_only:
                p.canonical = phoenix_label(p.phoenix_names, given)

    def persons_rows(self):
        """persons.tsv: canonical, iso3 and full-name forms of the persons
        of load_phoenix_persons.  A form two of them share names neither
        (which one a text means is a guess), and a person left without a
        form is left out."""
        owners = {}
        for p in self.reg.persons:
            if p.known_only:
                for n in set(p.names):
                    if len(n.split()) >= 2:
                        owners.setdefault(n, set()).add(id(p))
        out = []
        for p in self.reg.persons:
            if not p.known_only:
                continue
            names = NameList()
            for n in p.names:
                if len(n.split()) >= 2 and len(owners.get(n, ())) == 1:
                    names.add(n, 80)
            if not names.items:
                self.count('phoenix_persons_ambiguous')
                continue
            out.append([p.canonical, p.iso3, names.joined()])
        out.sort()
        return out

    # ------------------------------------------------------ label letters
    def apply_label_letters(self):
        """Gives persons whose label a source wrote in ASCII ("Boris Tadic",
        CountryInfo) the letters of their name ("Boris Tadić"), as
        tools/gazetteer/labels.seed.tsv lists them; the ASCII form stays a
        name form.  A line whose label is not the ASCII form with letters
        added is refused with a warning."""
        path = os.path.join(HERE, 'labels.seed.tsv')
        fixes = {}
        for lineno, cols in read_tsv(path):
            if len(cols) != 3:
                raise SystemExit('%s:%d: expected 3 columns, got %d' % (path, lineno, len(cols)))
            ascii_label, iso3, label = cols[0], cols[1], clean(cols[2])
            garbled = '\x1a' in ascii_label
            plain = ascii_label.lower()
            if not garbled and (label == ascii_label or
                                plain not in (strip_letters(label), strip_letters(label, True))):
                warn('%s:%d: %r is not %r with letters added' % (path, lineno, label, ascii_label))
                continue
            fixes[(ascii_label, iso3)] = label
        for p in self.reg.persons:
            label = fixes.get((p.canonical, p.iso3))
            if not label:
                continue
            old = p.canonical
            p.canonical = label
            self.reg.add_names(p, [label] if '\x1a' in old else [label, old])
            self.count('label_letters')

    # -------------------------------------------------------- consolidate
    MULTI = {'captain_regent', 'co_prince', 'federal_councillor', 'head_of_state',
             'spokesperson', 'adviser', 'deputy_foreign_minister', 'minister',
             'un_ambassador', 'governor_general', 'mayor', 'regional_head', 'speaker',
             'intelligence_chief', 'special_envoy', 'director_general',
             'security_council_deputy_chairman', 'chief_executive', 'prince',
             'party_leader', 'senator', 'special_representative'}

    def consolidate(self):
        # 1. per person and role: drop lower-priority rows that overlap a kept one
        for p in self.reg.persons:
            kept = []
            for r in sorted(p.rows, key=lambda r: (r['rank'], date_lo(r['start']), r['end'])):
                clash = False
                for k in kept:
                    if k['role'] == r['role'] and k['iso3'] == r['iso3'] and \
                            overlaps(k['start'], k['end'], r['start'], r['end']):
                        clash = True
                        break
                if clash:
                    # a year-only date of the kept row (Wikidata) is refined
                    # by a full date of the same year from the dropped one
                    for f in ('start', 'end'):
                        if len(k[f]) == 4 and len(r[f]) == 10 and r[f][:4] == k[f]:
                            k[f] = r[f]
                            self.count('dates_refined')
                    self.count('dropped_overlapping_rows')
                    continue
                kept.append(r)
            p.rows = kept
        # 2. close open terms when a later holder of the same office is known
        groups = {}
        for p in self.reg.persons:
            for r in p.rows:
                if r['role'] in self.MULTI:
                    continue
                groups.setdefault((r['iso3'], r['actor'], r['role']), []).append((p, r))
        for key, lst in groups.items():
            for p, r in lst:
                if r['end']:
                    continue
                later = [r2['start'] for p2, r2 in lst
                         if p2 is not p and r2['start'] and date_lo(r2['start']) > date_lo(r['start'])]
                if not later:
                    continue
                nxt = min(later, key=date_lo)
                if r['stale'] and date_lo(nxt) > STALE_LIMIT:
                    # a CountryInfo term open in 2011 whose next known holder
                    # starts years later: the holders in between are missing,
                    # so the successor's start says nothing; keep the
                    # "in office at least until 2011" reading (step 3)
                    continue
                r['end'] = nxt
                self.count('closed_by_successor')
        # 3. CountryInfo terms still open were open at the file's last update
        for p in self.reg.persons:
            for r in p.rows:
                if r['stale'] and not r['end']:
                    r['end'] = countryinfo.GOVERNMENT_LAST_UPDATE
                    self.count('closed_at_countryinfo_update')
        # 4. the start of an open hand/JSON row can be later than the end
        # assigned above; make sure end >= start
        for p in self.reg.persons:
            for r in p.rows:
                if r['end'] and r['start'] and date_hi(r['end']) < date_lo(r['start']):
                    r['end'] = r['start']

    # -------------------------------------------------------------- names
    ROMAN = re.compile(r'^(.* [IVXL]+)(?: of (?:the )?[A-Z][\w ]+)?$')

    def expand_names(self):
        names, _, _ = given_names.read_seed(os.path.join(HERE, 'given_names.seed.txt'))
        compounds = {n for n in names if '-' in n}
        for p in self.reg.persons:
            if not p.rows and not p.known_only:
                continue
            # a double given name of the seed with its hyphen or without, as
            # sources and the press write either: "Karl Heinz Grasser" is
            # "Karl-Heinz Grasser" too, "Jean-Claude Juncker" "Jean Claude
            # Juncker"
            for n in list(p.names):
                w = n.split()
                if len(w) >= 3 and w[0] + '-' + w[1] in compounds:
                    self.reg.add_names(p, [' '.join([w[0] + '-' + w[1]] + w[2:])])
                    self.count('double_given_names')
                elif len(w) >= 2 and w[0] in compounds:
                    self.reg.add_names(p, [' '.join(w[0].split('-') + w[1:])])
                    self.count('double_given_names')
            # a regnal number as German writes it, an ordinal with its
            # period, and without the realm: "Felipe VI of Spain" is
            # "Felipe VI" and "Felipe VI."
            for n in list(p.names):
                m = self.ROMAN.match(n)
                if m and not translit.is_cyrillic(n):
                    self.reg.add_names(p, [m.group(1), m.group(1) + '.'])
                    self.count('regnal_names')
            iso3 = p.iso3 or (p.rows[0]['iso3'] if p.rows else '')
            if iso3 in SYLLABLE_GIVEN:
                syllables = [f for f in map(syllable_forms, list(p.names)) if f]
                for f in syllables:
                    self.reg.add_names(p, f)
                if syllables:
                    self.count('syllable_given_names')
            if iso3 in ARABIC_PERSIAN:
                # German press spellings of names written the English way
                german = [translit.en_to_german_arabic(n) for n in list(p.names)
                          if not translit.is_cyrillic(n)]
                german = [g for g in german if g]
                if german:
                    self.reg.add_names(p, german)
                    self.count('german_arabic_names')
            cyr = [n for n in p.names if translit.is_cyrillic(n)]
            forms = NameList()
            for c in cyr:
                forms.add(c)
                for s in cyrillic_short_forms(c):
                    forms.add(s)
            if iso3 not in POST_SOVIET:
                # Cyrillic forms of other people's names are Russian renderings
                # of a foreign name: transliterating them back gives nonsense
                # ('Donald Tramp'), so they are kept as they are
                for c in forms:
                    self.reg.add_names(p, [c])
                continue
            clear_uk = iso3 == 'UKR' and any(translit.looks_ukrainian(c) for c in forms)
            for c in list(forms):
                langs = translit.langs_for(c, iso3)
                if clear_uk and langs == ['uk', 'ru']:
                    # the person has an unmistakably Ukrainian form; an
                    # undecided one next to it is the Russian spelling
                    langs = ['ru']
                for lang in langs:
                    self.reg.add_names(p, [c])
                    de = translit.german_variants(c, lang)
                    en = translit.english_variants(c, lang)
                    self.reg.add_names(p, de)
                    self.reg.add_names(p, en)
                    self.reg.add_names(p, translit.mixed_variants(de, en))
                    self.count('translit_names')
            if not cyr and iso3 in POST_SOVIET:
                g = translit.en_to_cyrillic(p.canonical)
                if g:
                    before = len(p.names)
                    self.reg.add_names(p, translit.german_variants(g, 'ru'))
                    if len(p.names) > before:
                        p.guessed = True
                        self.count('guessed_german_names')

    # ------------------------------------------------------------- output
    def rows(self):
        out = []
        for p in self.reg.persons:
            names = NameList([p.canonical])
            for n in p.names:
                toks = n.split()
                if len(toks) < 2 and n != p.canonical and not p.hand:
                    continue          # bare surnames: the C code indexes them
                names.add(n, 80)
            for r in p.rows:
                out.append([p.canonical, r['iso3'], r['actor'], r['role'], r['start'],
                            r['end'], names.joined()])
        out.sort(key=lambda r: (r[0], r[1], date_lo(r[4]), r[3], r[5]))
        # exact duplicates (same person listed twice in one source)
        dedup = []
        for r in out:
            if not dedup or dedup[-1] != r:
                dedup.append(r)
        return dedup


def same_given_name(names, others):
    """True when a name of `names` and one of `others` start with the same
    given name (compared by translit.loose_key)."""
    def firsts(ns):
        return {translit.loose_key(t[0]) for t in (person_key_tokens(n) for n in ns) if t}
    return bool(firsts(names) & firsts(others))


def phoenix_label(names, given):
    """The label of a person of persons.tsv from the title-cased names of
    its Phoenix entry: of the names that end in the first one's last word
    and start with a given name, the shortest (the first of equals) --
    "Julia Gillard", not "Julia Eileen Gillard"; "Cecilia Malmstrom", not
    Phoenix's "Cecila Malmstrom" -- else the first name."""
    last = names[0].split()[-1]
    fits = [n for n in names if n.split()[-1] == last and
            (person_key_tokens(n) or [''])[0] in given]
    if not fits:
        return names[0]
    return min(fits, key=lambda n: (len(n.split()), names.index(n)))


def hand_given_names():
    """Given names of the hand-written seed (given_names.seed.txt, its
    exclusions left out) and of the faker lists (faker-genders.tsv), as
    written: what tells a person from an organisation in Phoenix."""
    names, excl, _ = given_names.read_seed(os.path.join(HERE, 'given_names.seed.txt'))
    out = {n for n in names if n not in excl}
    for lineno, cols in read_tsv(os.path.join(HERE, 'faker-genders.tsv')):
        if cols and cols[0] not in excl:
            out.add(cols[0])
    return out


def phoenix_last_day(src):
    """The latest date any code of the Phoenix country dictionary names: an
    open term of a person of persons.tsv ran at least until then."""
    last = ''
    for e in src.phoenix['Countries']:
        for code, start, end in e.codes:
            for d in (start, end):
                if d and d > last:
                    last = d
    return last


def person_code_rows(lb):
    """The Phoenix codes, with their dates, of the persons of leaders.tsv and
    persons.tsv that the Phoenix country dictionary has (found by any of
    their name forms; a person of persons.tsv by its own entry): one row per
    code in Phoenix's order, so that the first code whose dates cover a day
    is the one PETRARCH would give; a code without dates is the default.
    Only codes of the person's own country (a namesake elsewhere is someone
    else).  For a person of leaders.tsv, only dated codes, and no
    government code without an end (an open term or default written while
    the person governed says nothing of the years since: leaders.tsv knows
    when the terms ended).  For a person of persons.tsv, whose codes are all
    the engine has, every code, an open government term ending on the last
    day Phoenix records (in office at least until then)."""
    rows = []
    seen = set()
    listed = {r[0] for r in lb.persons_rows()}
    last = phoenix_last_day(lb.src)
    for p in lb.reg.persons:
        # (a person officials.tsv lists first in an office of an
        # organisation of states has the country of an office the
        # generated sources give: Romano Prodi, Italy's)
        iso3 = p.iso3 or next((r['iso3'] for r in p.rows if r['iso3']), '')
        if not iso3 or p.canonical in seen:
            continue
        if p.known_only and p.canonical not in listed:
            continue
        entry = p.entry if p.known_only else lb._phoenix_entry(list(p.names.items))
        if entry is None:
            continue
        base = lb.cameo.get(iso3, iso3)
        mine = []
        for code, start, end in entry.codes:
            if p.known_only and PHOENIX_PREFIX.get(code[:3]) == base:
                code = base + code[3:]   # KSVGOV: XKXGOV, as the project writes Kosovo
            if not code.startswith(base):
                continue
            if code[len(base):].startswith('GOV') and end is None:
                if not p.known_only:
                    continue  # open: in government when Phoenix was written, not since
                end = max(last, start or '')
            mine.append([p.canonical, iso3, code, start or '', end or ''])
        if p.known_only or any(r[3] or r[4] for r in mine):  # something to tell apart
            seen.add(p.canonical)
            rows.extend(mine)
    return rows


def org_code_rows():
    """Rows (canonical, iso3, code, start, end) of tools/gazetteer/org-codes.seed.tsv
    (hand-written): the codes of organisations that change over time (the
    Taliban: AFGGOV while they govern Afghanistan, AFGREB between).  A row
    with another number of columns, or dates not YYYY-MM-DD, is refused."""
    path = os.path.join(HERE, 'org-codes.seed.tsv')
    rows = []
    for lineno, cols in read_tsv(path):
        cols = cols + [''] * (5 - len(cols))
        dated = all(not d or re.match(r'^\d{4}-\d{2}-\d{2}$', d) for d in cols[3:5])
        if len(cols) != 5 or len(cols[1]) != 3 or not cols[2] or not dated:
            warn('%s:%d: want canonical, iso3, code, start, end' % (path, lineno))
            continue
        rows.append(cols)
    return rows


def build_person_codes(out, lb):
    rows = person_code_rows(lb) + org_code_rows()
    return write_tsv(os.path.join(out, 'person-codes.tsv'),
                     'CAMEO actor codes of persons of leaders.tsv and persons.tsv by date, as the Phoenix '
                     'dictionaries give them, and of the organisations of org-codes.seed.tsv',
                     ['canonical_en', 'iso3', 'code', 'start', 'end'],
                     ['phoenix', 'tools/gazetteer/org-codes.seed.tsv (hand-written)'],
                     ['The engine gives a person of leaders.tsv out of every office '
                      'leaders.tsv lists on the document\'s date, and every person of '
                      'persons.tsv, the first code here whose '
                      'dates cover that day (Nicolas Sarkozy in 2005: FRAGOVDEV, as minister of '
                      'the interior), else the code without dates, else the country\'s elite '
                      'code (XXXELI).',
                      'Rows in the order of the Phoenix entry; start/end: YYYY-MM-DD, empty: '
                      'open.  Only codes of the person\'s own country.  Persons of '
                      'leaders.tsv: only those with dated codes, and no government code '
                      'without an end date.  Persons of persons.tsv: every code, an open '
                      'government term ending on the last day Phoenix records (%s).'
                      % phoenix_last_day(lb.src)],
                     rows)


def syllable_forms(name):
    """The other spellings of a name of three syllables, a family name and
    a given name of two, as the press writes it: joined by a hyphen, the
    second syllable in lower case or capitalised, or apart ("Tsai Ing-wen":
    "Tsai Ing Wen", "Tsai Ing-Wen"; "Kim Jong Un": "Kim Jong-un",
    "Kim Jong-Un"); [] for any other name."""
    m = re.fullmatch(r'([A-Z][a-z]+) ([A-Z][a-z]+)(?:-| )([A-Za-z][a-z]+)', name)
    if not m:
        return []
    fam, first, second = m.group(1), m.group(2), m.group(3)
    low, cap = second.lower(), second[0].upper() + second[1:].lower()
    forms = ['%s %s-%s' % (fam, first, low), '%s %s-%s' % (fam, first, cap),
             '%s %s %s' % (fam, first, cap)]
    return [f for f in forms if f != name]


def build_leaders(src, out, cameo):
    lb = LeaderBuilder(src, cameo)
    lb.load_officials()
    lb.load_current()
    lb.load_wikidata()
    lb.load_countryinfo()
    lb.load_phoenix_persons()
    lb.consolidate()
    lb.apply_label_letters()
    lb.expand_names()
    rows = lb.rows()
    n = write_tsv(os.path.join(out, 'leaders.tsv'),
                  'Heads of state and government, foreign ministers and other officials, '
                  'one row per person and office period',
                  ['canonical_en', 'iso3', 'actor_code', 'role', 'start', 'end', 'names'],
                  ['lang/de/entities/officials.tsv (hand-written)', 'current', 'wikidata',
                   'countryinfo', 'phoenix'],
                  ['Priority where sources overlap: officials.tsv > world-leaders-current > '
                   'Wikidata > CountryInfo/Phoenix.',
                   'A world-leaders-current head of state that copies the head of government '
                   '(same holder; the government\'s title names the state\'s office in '
                   'parentheses, "Prime Minister (King)") is left out.',
                   'start/end: YYYY-MM-DD or YYYY.  Empty start: in office when the source '
                   'began recording (CountryInfo "<date" = before Jan 2003).  Empty end: in '
                   'office at the snapshot of the source that has the row: 2026-08-22 for '
                   'world-leaders-current and officials.tsv rows, %s for Wikidata-only rows '
                   '(Wikidata open terms of the 30 countries in world-leaders-current are '
                   'closed by its holders).' % WIKIDATA_SNAPSHOT,
                   'An open term is closed at the start of the next holder of the same office '
                   '(same iso3, actor and role) when a later holder is known.  CountryInfo '
                   'terms open at its last update (Feb 2011) are closed that way only when the '
                   'next known holder starts by %s; otherwise they get end = %s, meaning '
                   '"in office at least until then".' % (STALE_LIMIT[:4], countryinfo.GOVERNMENT_LAST_UPDATE),
                   'actor_code: the Phoenix code valid at the start of the term where Phoenix '
                   'has the person (a country + GOV code), else country + GOV; IGO offices '
                   'carry the organisation\'s code and an empty iso3.',
                   'role: president, prime_minister, chancellor, foreign_minister, king, '
                   'queen, monarch, emir, sultan, emperor, supreme_leader, head_of_state '
                   '(collective or other titles), general_secretary, ... (officials.tsv adds '
                   'spokesperson, defence_minister, secretary_general, ...).',
                   'names: full-name forms only (the entity stage indexes surnames itself): '
                   'source forms, Phoenix synonyms without titles, and for every Cyrillic '
                   'form its German (Duden) and English transliterations, Kazakh forms with '
                   'the Kazakh letters (Toqajew), Ukrainian forms with the Ukrainian rules '
                   '(Selenskyj) -- see tools/gazetteer/translit.py.  For post-Soviet '
                   'leaders without a Cyrillic form in any source, German forms are derived '
                   'from a guessed Russian spelling of the English name (translit.en_to_cyrillic).  '
                   'Persons of China, Taiwan, Hong Kong, Macao, the Koreas and Singapore named by '
                   'three syllables get the other spellings of the given name: hyphened, '
                   'capitalised after the hyphen, and apart ("Tsai Ing-wen", "Tsai Ing-Wen", '
                   '"Tsai Ing Wen"; syllable_forms).'],
                  rows)
    n_persons = write_tsv(
        os.path.join(out, 'persons.tsv'),
        'Other persons of the Phoenix country dictionary: ministers, members of parliament, '
        'opposition leaders and former heads of state that leaders.tsv does not hold',
        ['canonical_en', 'iso3', 'names'],
        ['phoenix', 'tools/gazetteer/given_names.seed.txt and faker-genders.tsv (which '
         'entries are persons)'],
        ['Every Phoenix entry that CountryInfo wrote, and of the others those whose first '
         'word is a given name; left out: entries of persons in leaders.tsv (found by any '
         'name form), entries whose codes name no country or several.',
         'canonical_en: the first Phoenix name, title-cased (with its letters where '
         'tools/gazetteer/labels.seed.tsv gives them).  names: full-name forms only, as in '
         'leaders.tsv (German forms of Arabic and Persian names, transliterations of '
         'Cyrillic ones); a form two persons share is left out, and a person without a '
         'form with it.',
         'The engine links these persons by a full name only (never by a surname alone, '
         'which is left to coreference with the full name) and gives them no office: their '
         'actor code on a document\'s date comes from person-codes.tsv.'],
        lb.persons_rows())
    n_codes = build_person_codes(out, lb)
    lb.stats['persons_tsv_rows'] = n_persons
    return n, n_codes, lb.stats


# ==================================================================== places

def spaced_variant(name):
    """The name written with a space for its hyphen when it is two
    capitalised German words joined by one ("Saudi Arabien", "Guinea
    Bissau", "Baden Württemberg"), else None."""
    if re.fullmatch(r'[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+', name):
        return name.replace('-', ' ')
    return None


def build_places(out):
    """data/places.tsv from the hand-written tools/gazetteer/places.seed.tsv."""
    path = os.path.join(HERE, 'places.seed.tsv')
    rows, seen = [], set()
    for lineno, cols in read_tsv(path):
        if len(cols) != 4:
            raise SystemExit('%s:%d: expected 4 columns, got %d' % (path, lineno, len(cols)))
        canonical, typ, iso3 = [clean(x) for x in cols[:3]]
        if typ not in PLACE_TYPES:
            raise SystemExit('%s:%d: unknown type %r' % (path, lineno, typ))
        if iso3 and iso3 not in iso3166.ALPHA3:
            raise SystemExit('%s:%d: unknown iso3 %r' % (path, lineno, iso3))
        if canonical in seen:
            raise SystemExit('%s:%d: duplicate canonical_en %r' % (path, lineno, canonical))
        seen.add(canonical)
        nl = NameList(cols[3].split('|'))
        nl.extend(weak_forms(list(nl)))
        if iso3 in ('DEU', 'AUT', 'CHE'):
            # a German-speaking region's hyphenated name with a space
            # ("Baden Württemberg")
            nl.extend([v for v in map(spaced_variant, list(nl)) if v])
        if '(' not in canonical:
            nl.add(canonical)
        if not len(nl):
            raise SystemExit('%s:%d: no names' % (path, lineno))
        rows.append([canonical, typ, iso3, nl.joined()])
    rows.sort(key=lambda r: (r[1], r[0]))
    return write_tsv(os.path.join(out, 'places.tsv'),
                     'Places that are neither countries nor cities: continents, regions, '
                     'states and provinces, territories, seas, rivers, mountains, islands',
                     ['canonical_en', 'type', 'iso3_or_empty', 'names'],
                     ['tools/gazetteer/places.seed.tsv (hand-written for newsfacts from '
                      'general knowledge)'],
                     ['type: gpe = state, province, canton, oblast, region with a government '
                      'of its own; loc = continent, geographic region, sea, river, mountain, '
                      'island, territory without a government of its own.',
                      'iso3: the country the place belongs to under international law (Krim '
                      '-> UKR, Golanhöhen -> SYR); empty for places across countries.',
                      'names: German forms with genitive -s and inflected forms, English, '
                      'Russian/Ukrainian; names shared with a city in cities.tsv only in '
                      'unambiguous forms (Land Berlin, Kanton Zürich, Oblast Kursk), except '
                      'Donezk, Luhansk, Cherson, Saporischschja, Québec, Gaza.'],
                     rows)


# =================================================================== README

README = """# data/ -- entity gazetteers

Generated files.  Do not edit them by hand: edit the inputs named below and
regenerate from the repository root with

    {cmd}

(Python 3, standard library only; deterministic output).  The same command
also writes `lang/de/entities/given-names.txt` (see below).  Verify with

    python3 tools/gazetteer/check.py data/

All files are UTF-8, tab-separated, one entry per line; lines starting with
`#` are comments (each file starts with a header naming its columns, sources
and licences).  Multi-valued columns are `|`-separated.

| file | rows | columns | built from |
|---|---|---|---|
| `countries.tsv` | {countries} | iso3, iso2, canonical_en, cameo_code, names | i18n-iso-countries de/en/ru, CountryInfo name variants, Phoenix country codes, `lang/de/entities/countries.tsv` |
| `cities.tsv` | {cities} | geonameid, canonical_en, iso3, population, is_capital, names, german_name | GeoNames cities15000, `lang/de/entities/cities.tsv`, `tools/gazetteer/city_labels.seed.tsv` |
| `organizations.tsv` | {orgs} | canonical_en, type, country_iso3_or_empty, actor_code, names | `tools/gazetteer/organizations.seed.tsv`, Phoenix actor dictionaries |
| `places.tsv` | {places} | canonical_en, type (gpe/loc), iso3_or_empty, names | `tools/gazetteer/places.seed.tsv` |
| `leaders.tsv` | {leaders} | canonical_en, iso3, actor_code, role, start, end, names | `lang/de/entities/officials.tsv`, world-leaders-current, Wikidata world leaders, CountryInfo, Phoenix; labels with their letters from `tools/gazetteer/labels.seed.tsv` |
| `persons.tsv` | {persons} | canonical_en, iso3, names | Phoenix country dictionary: its other persons (ministers, members of parliament, opposition leaders, former heads of state), linked by full name only and holding no office |
| `person-codes.tsv` | {person_codes} | canonical_en, iso3, code, start, end | Phoenix actor dictionaries (the dated codes of the persons of `leaders.tsv` and `persons.tsv`); `tools/gazetteer/org-codes.seed.tsv` (organisations whose code changes over time: the Taliban) |

Hand-written German lexicons that the entity stage reads next to these files
live in `lang/de/entities/` (`nationalities.tsv`, `roles.tsv`; and the
inputs `countries.tsv`, `cities.tsv`, `officials.tsv` merged here).
`lang/de/entities/given-names.txt` ({given_names} given names, one per line) is
generated by `tools/gazetteer/given_names.py` (run by the command above)
from the first words of the person names in `leaders.tsv` and the
hand-written `tools/gazetteer/given_names.seed.txt`; its header says what it
is for and lists the names left out (German words, months, titles, names of
places and organisations).  `lang/de/entities/foreign-country-names.txt`
(the one-word English names of countries that German writes otherwise,
"Austria", "Turkey") is generated with `countries.tsv` from the same
i18n-iso-countries names: in German text they name banks, clubs and races,
and the entity stage makes no country mention of them.

## Sources and licences

Raw sources are in `../shared/resources/` (see its README).  Facts (names,
codes, dates) carry over into the files here; the licences of the sources
they come from:

| source file | provider | licence | used in |
|---|---|---|---|
| `geo/cities15000.txt` | GeoNames (geonames.org) | CC BY 4.0 | cities.tsv |
| `actors/world-leaders-2021-wikidata.csv` | Wikidata | CC0 | leaders.tsv, given-names.txt |
| `geo/CountryInfo.120116.txt` | openeventdata/CountryInfo (P. Schrodt) | CC BY-SA 3.0 | countries.tsv, leaders.tsv, given-names.txt |
| `actors/Phoenix.*.actors.txt` | Phoenix / PETRARCH2 dictionaries (Open Event Data Alliance) | MIT | countries.tsv, organizations.tsv, leaders.tsv, persons.tsv, person-codes.tsv |
| `geo/i18n-iso-countries-{{de,en,ru}}.json` | npm i18n-iso-countries 7.14.0 | MIT | countries.tsv |
| `actors/world-leaders-current/*.json` | world-leaders-current (Wikipedia + Wikidata, snapshot 2026-08-22) | CC BY-SA 4.0 | leaders.tsv, given-names.txt |
| `cameo/CAMEO2PLOVER-2021.txt` | CAMEO to PLOVER mapping | CC BY-SA 4.0 | not used here (event stage) |

Hand-written inputs in this repository (written for newsfacts from general
knowledge; they carry the project's own licence):
`tools/gazetteer/organizations.seed.tsv` (organizations.tsv),
`tools/gazetteer/places.seed.tsv` (all of places.tsv),
`tools/gazetteer/given_names.seed.txt` (given-names.txt) and the
`lang/de/entities/*.tsv` lexicons.

Because CountryInfo (CC BY-SA 3.0) and world-leaders-current (CC BY-SA 4.0)
contribute to `countries.tsv` and `leaders.tsv`, those two files should be
treated as share-alike (attribution to the sources above); the given names
taken from `leaders.tsv` are single words (facts), listed together with
hand-written ones in `given-names.txt`.  `cities.tsv` requires attribution
to GeoNames (CC BY 4.0).  `places.tsv` comes from the hand-written seed
only.

## Notes

- GeoNames `cities15000.txt` carries no language tags on its alternate names,
  so German names come from (a) the hand list `lang/de/entities/cities.tsv`,
  (b) alternate names with umlauts/ß for cities in DEU/AUT/CHE/LIE/LUX, and
  (c) for post-Soviet countries the Cyrillic alternate name whose
  transliteration equals the GeoNames name (taken as the Russian, Ukrainian
  or Kazakh name) plus its German Duden transliteration ("Jekaterinburg").
- CAMEO country codes equal ISO alpha-3 except East Timor (TMP); Kosovo is
  `XKX` as this project's spec requires (Phoenix/CountryInfo use `KSV`).
- Codes for organisations missing from Phoenix follow its pattern and are
  marked in `tools/gazetteer/organizations.seed.tsv` (its header lists the
  sector codes: GOV, LEG, JUD, MIL, SPY, COP, PTY, MED, BUS, LAB, REB, REL).
- Names may be shared by several rows (RAF: Rote Armee Fraktion and Royal Air
  Force; Donezk: city and oblast; Georgia: US state and, in English, the
  country); `check.py` prints the names shared between files.
- `places.tsv` gives a region whose German name is also a city's name
  (Berlin, Salzburg, Zürich, Oblast Kursk) only in unambiguous forms; see the
  header of `tools/gazetteer/places.seed.tsv`.
- `leaders.tsv`: see its header for the date conventions (which snapshot an
  empty end refers to, how open terms are closed).
"""


# Everything from this line of data/README.md on is written by hand (the
# name tagger's section) and kept when the README is regenerated.
KEPT_FROM = '## `ner-de.model`'


def write_readme(out, counts):
    path = os.path.join(out, 'README.md')
    kept = ''
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            old = f.read()
        if KEPT_FROM in old:
            kept = '\n' + old[old.index(KEPT_FROM):]
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(README.format(cmd=COMMAND, **counts) + kept)


# ===================================================================== main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--resources', default=os.path.join(REPO, '..', 'shared', 'resources'))
    ap.add_argument('--out', default=os.path.join(REPO, 'data'))
    ap.add_argument('--given-names', default=os.path.join(
        REPO, 'lang', 'de', 'entities', 'given-names.txt'),
        help='where to write the given-name list (default: %(default)s)')
    ap.add_argument('--foreign-country-names', default=FOREIGN_COUNTRY_NAMES,
                    help='where to write the list of one-word English country names '
                         '(default: %(default)s)')
    args = ap.parse_args(argv)
    if not os.path.isdir(args.out):
        os.makedirs(args.out)
    src = Sources(args.resources)
    n_c, cameo = build_countries(src, args.out, args.foreign_country_names)
    n_ci, cstats = build_cities(src, args.out)
    n_o, ohits = build_organizations(src, args.out, cameo)
    n_p = build_places(args.out)
    n_l, n_pc, lstats = build_leaders(src, args.out, cameo)
    n_g, n_gx = given_names.build(args.out, args.given_names)
    write_readme(args.out, {'countries': n_c, 'cities': n_ci, 'orgs': n_o, 'places': n_p,
                            'leaders': n_l, 'persons': lstats['persons_tsv_rows'],
                            'person_codes': n_pc, 'given_names': n_g})
    sys.stderr.write('countries.tsv %d rows\n' % n_c)
    sys.stderr.write('cities.tsv %d rows %s\n' % (n_ci, sorted(cstats.items())))
    sys.stderr.write('organizations.tsv %d rows (%d Phoenix look-ups)\n' % (n_o, ohits))
    sys.stderr.write('places.tsv %d rows\n' % n_p)
    sys.stderr.write('leaders.tsv %d rows %s\n' % (n_l, sorted(lstats.items())))
    sys.stderr.write('persons.tsv %d rows\n' % lstats['persons_tsv_rows'])
    sys.stderr.write('person-codes.tsv %d rows\n' % n_pc)
    sys.stderr.write('%s %d names (%d excluded)\n'
                     % (os.path.relpath(args.given_names, REPO), n_g, n_gx))


if __name__ == '__main__':
    main()
