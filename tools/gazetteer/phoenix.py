"""Reader for PETRARCH2 / TABARI actor dictionaries (Phoenix.*.actors.txt).

Semantics follow petrarch2's PETRreader.read_actor_dictionary:

* a line starting with '+' is a synonym of the current entry;
* a line starting with a tab (or other whitespace) and containing '[' is a code
  line: ``[CODE]`` (default), ``[CODE <date]`` (up to and including date),
  ``[CODE >date]`` (from date on), ``[CODE date-date]`` (inclusive interval);
* any other line is a primary phrase, optionally with an inline default code
  ``NAME [CODE]``.  A primary phrase only starts a new entry when the current
  entry already has codes; consecutive primary phrases without codes between
  them share the codes that follow (e.g. DMITRY_MEDVEDEV_ / DMITR_MEDVEDEV_);
* '#' and ';' start comments; dates are YYYYMMDD or YYMMDD, and a two-digit
  year <= 30 means 20YY, otherwise 19YY.
"""

import calendar
import re


def norm_date(s):
    """PETRARCH date string -> 'YYYY-MM-DD' (None if unparseable).

    Day numbers beyond the end of the month (CountryInfo writes 20060431
    for 'end of April') are clamped to the last day of the month."""
    s = s.strip()
    m = re.match(r'^(\d+)', s)
    if not m:
        return None
    d = m.group(1)
    try:
        if len(d) > 7:
            y, mo, da = int(d[:4]), int(d[4:6]), int(d[6:8])
        elif len(d) >= 6:
            y = int(d[:2])
            y += 2000 if y <= 30 else 1900
            mo, da = int(d[2:4]), int(d[4:6])
        else:
            return None
    except ValueError:
        return None
    if not 1 <= mo <= 12 or da < 1:
        return None
    da = min(da, calendar.monthrange(y, mo)[1])
    return '%04d-%02d-%02d' % (y, mo, da)


def parse_restriction(body):
    """'RUSGOV >080508' -> (code, start, end); dates None when open."""
    body = body.strip()
    parts = body.split(None, 1)
    code = parts[0].strip()
    rest = parts[1].strip() if len(parts) > 1 else ''
    if not rest:
        return code, None, None
    if rest.startswith('<'):
        return code, None, norm_date(rest[1:])
    if rest.startswith('>'):
        return code, norm_date(rest[1:]), None
    if '-' in rest:
        a, b = rest.split('-', 1)
        return code, norm_date(a), norm_date(b)
    return code, None, None


def phrase_to_text(p):
    """'VLADIMIR_V._PUTIN_' -> 'VLADIMIR V. PUTIN'."""
    p = p.strip().replace('_', ' ')
    return re.sub(r'\s+', ' ', p).strip()


class Entry(object):
    __slots__ = ('names', 'codes', 'line', 'comment')

    def __init__(self, line):
        self.names = []      # phrase texts, primary first
        self.codes = []      # (code, start, end)
        self.line = line
        self.comment = ''

    def code_at(self, date):
        """CAMEO code valid at ISO date string (None if none)."""
        default = None
        for code, s, e in self.codes:
            if s is None and e is None:
                default = code
                continue
            if (s is None or s <= date) and (e is None or date <= e):
                return code
        return default


def read_actors(path):
    entries = []
    cur = None
    with open(path, encoding='utf-8', errors='replace') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n').rstrip('\r')
            if not line.strip():
                continue
            stripped = line.strip()
            if stripped.startswith('#') or stripped.startswith('<'):
                continue
            comment = ''
            if '#' in line:
                line, comment = line.split('#', 1)
            if ';' in line:
                line = line.split(';', 1)[0]
            if not line.strip():
                continue
            if line[0] in ' \t' and '[' in line:
                if cur is None:
                    continue
                for body in re.findall(r'\[([^\]]*)\]?', line):
                    if body.strip():
                        cur.codes.append(parse_restriction(body))
                continue
            if line.lstrip().startswith('+'):
                if cur is None:
                    cur = Entry(lineno)
                    entries.append(cur)
                cur.names.append(phrase_to_text(line.lstrip()[1:].split('[')[0]))
                continue
            # primary phrase
            if cur is None or cur.codes:
                cur = Entry(lineno)
                cur.comment = comment.strip()
                entries.append(cur)
            name = line
            inline = None
            if '[' in line:
                name, rest = line.split('[', 1)
                inline = rest.split(']', 1)[0]
            cur.names.append(phrase_to_text(name))
            if inline and inline.strip():
                cur.codes.append(parse_restriction(inline))
    return [e for e in entries if e.names]
