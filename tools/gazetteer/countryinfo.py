"""Reader for CountryInfo.txt (openeventdata/CountryInfo, CC BY-SA 3.0).

Only what the gazetteer needs: per country the ISO codes, the English name,
the <Nationality> name variants, the <Leaders> blocks (office title -> people
with date intervals) and the <Government> lines (CAMEO codes with date
restrictions, and the office titles after '#', one per code bracket).

Date notation (see the file's own header):
  [date - date]  in office during the interval
  [>date]        in office from date until the last update of the file
  [<date]        in office when the CIA World Leaders coding began
                 (Jan 2003) until date
Dates are YYYYMMDD; day numbers past the end of a month ('20060431') are
clamped to the month's last day.
"""

import re

from phoenix import norm_date, phrase_to_text

# last update of the <Government> data (file header: 'Feb-11')
GOVERNMENT_LAST_UPDATE = '2011'


class Country(object):
    def __init__(self):
        self.code = None          # CountryCode (CAMEO, may be composite)
        self.name = None
        self.iso2 = None
        self.iso3 = None
        self.nationality = []     # phrase texts
        self.leaders = []         # (title, [names], [(start, end)])
        self.government = []      # ([names], [(code, start, end, title)])


def _tag(block, tag):
    m = re.search(r'<' + re.escape(tag) + r'>(.*?)</' + re.escape(tag) + '>',
                  block, re.S)
    return m.group(1) if m else None


def _names(field):
    """'{A_}{B_}' or 'A_' -> ['A', 'B'] (phrase texts)."""
    field = field.strip()
    if '{' in field:
        out = [phrase_to_text(x) for x in re.findall(r'\{([^}]*)\}', field)]
    else:
        out = [phrase_to_text(field)]
    return [n for n in out if n and '\ufffd' not in n]


def _interval(body):
    """'19641014 - 19821110' | '>19900424' | '<20040331' -> (start, end)."""
    body = body.strip()
    if body.startswith('>'):
        return norm_date(body[1:]), None
    if body.startswith('<'):
        return None, norm_date(body[1:])
    if '-' in body:
        a, b = body.split('-', 1)
        return norm_date(a), norm_date(b)
    d = norm_date(body)
    return d, d


def read(path):
    text = open(path, encoding='utf-8', errors='replace').read()
    # skip the documentation comment at the top
    start = text.find('<Doc>')
    if start > 0:
        text = text[start:]
    countries = []
    for block in re.findall(r'<Country>(.*?)</Country>', text, re.S):
        # drop '#' comments, but keep the '#' title in <Government> lines
        c = Country()
        c.code = (_tag(block, 'CountryCode') or '').strip()
        c.name = phrase_to_text(_tag(block, 'CountryName') or '')
        c.iso2 = (_tag(block, 'ISO3166-alpha2') or '').strip()
        c.iso3 = (_tag(block, 'ISO3166-alpha3') or '').strip()
        nat = _tag(block, 'Nationality') or ''
        for line in nat.split('\n'):
            line = line.split('#')[0].strip()
            if line and '\ufffd' not in line:
                c.nationality.append(phrase_to_text(line))
        for lead in re.findall(r'<Leaders>(.*?)</Leaders>', block, re.S):
            _read_leaders(lead, c)
        gov = _tag(block, 'Government') or ''
        for line in gov.split('\n'):
            _read_government_line(line, c)
        countries.append(c)
    return countries


def _read_leaders(text, c):
    title = None
    for line in text.split('\n'):
        s = line.split('#')[0].strip()
        if not s:
            continue
        m = re.match(r'^<([^/!][^>]*)>$', s)
        if m:
            title = m.group(1).strip()
            continue
        if s.startswith('</'):
            title = None
            continue
        if title is None or '[' not in s:
            continue
        namepart = s[:s.index('[')]
        names = _names(namepart)
        ivs = []
        for body in re.findall(r'\[([^\]]*)\]', s):
            if body.startswith(('B:', 'D:')):
                continue
            ivs.append(_interval(body))
        if names and ivs:
            c.leaders.append((title, names, ivs))


def _read_government_line(line, c):
    if '[' not in line:
        return
    body, _, comment = line.partition('#')
    if not body.strip() or body.strip().startswith('<'):
        return
    namepart = body[:body.index('[')]
    names = _names(namepart)
    codes = []
    for br in re.findall(r'\[([^\]]*)\]', body):
        parts = br.strip().split(None, 1)
        if not parts:
            continue
        code = parts[0]
        s, e = _interval(parts[1]) if len(parts) > 1 else (None, None)
        codes.append([code, s, e, None])
    titles = [t.strip() for t in comment.split('&')] if comment.strip() else []
    if len(titles) == len(codes):
        for cd, t in zip(codes, titles):
            cd[3] = t
    elif len(titles) == 1:
        for cd in codes:
            cd[3] = titles[0]
    if names and codes:
        c.government.append((names, [tuple(x) for x in codes]))
