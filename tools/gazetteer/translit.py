"""Transliteration of Cyrillic names into German (Duden) and English
(BGN/PCGN-like, as used by English Wikipedia and news agencies).

    to_german(text, lang='ru')   ->  'Wladimir Putin'
    to_english(text, lang='ru')  ->  'Vladimir Putin'
    german_variants(text, lang)  ->  ['Sergei Lawrow', 'Sergej Lawrow', ...]
    english_variants(text, lang) ->  ['Sergey Lavrov', 'Sergei Lavrov', ...]
    langs_for(text, iso3)        ->  which rule sets apply to a Cyrillic name
    en_to_cyrillic(text)         ->  a guessed Russian spelling of an
                                     English-romanised post-Soviet name

Languages (`lang`):

  ru  Russian (also used for Belarusian, Kyrgyz, Tajik, ... names written in
      Russian, which is how German media receive them).
  uk  Ukrainian: г->h, и->y, і->i, ї->ji, є->je, й->j (German), the Ukrainian
      national system for English (Зеленський -> Selenskyj / Zelenskyi).
  kk  Kazakh: Russian rules plus the Kazakh letters ә ғ қ ң ө ұ ү һ і.
      German media and the German Wikipedia write Kazakh names from the
      Kazakh Cyrillic form with қ -> q, so Қасым-Жомарт Тоқаев gives
      'Qassym-Schomart Toqajew' next to the Russian-based 'Kassym-Schomart
      Tokajew' (from Касым-Жомарт Токаев).  This is the "Kazakh-Latin-aware"
      rule: a name that contains Kazakh-only letters is transliterated with
      it, and both the Kazakh and the Russian Cyrillic forms are kept.
  be  Belarusian: ў, і, г->h.

German rules (Duden, 'Transkription des Russischen'): ж sch, ш sch,
щ schtsch, ч tsch, ц z, х ch, в w, з s, с s (ss between vowels), й j before
a vowel, i after a vowel (variant j), ий at the end of a word i (variant ij),
ый y, е je at the start of a word and after a vowel/ь/ъ, else e, ё jo (o
after ж ч ш щ), ю ju, я ja, ы y, э e, ь dropped (j before и/о), ъ dropped,
кс ks (variant x).

English rules: ж zh, ш sh, щ shch, ч ch, ц ts, х kh, в v, з z, с s, й y,
ий/ый at the end of a word y (variant iy), е ye at the start / after a vowel,
else e, ё yo (o after ж ч ш щ), ю yu, я ya, ы y, э e, ь/ъ dropped (y before
и), кс ks (variant x), ей ey (variant ei).

Only the standard library is used; all functions are deterministic.
"""

import itertools
import re
import unicodedata

CYR_VOWELS = set('аеёиоуыэюяіїєәөұүиАЕЁИОУЫЭЮЯІЇЄӘӨҰҮ'.lower())
UK_ONLY = set('іїєґ')
KK_ONLY = set('әғқңөұүһ')
BE_ONLY = set('ў')

# given names whose German / English form is not their transliteration
GERMAN_GIVEN = {
    'александр': ['Alexander'], 'мария': ['Maria'], 'юлия': ['Julia'],
    'виталий': ['Vitali'], 'наталия': ['Natalia'], 'ксения': ['Xenia'],
    'олександр': ['Alexander'], 'аляксандр': ['Alexander'],
}
ENGLISH_GIVEN = {
    'александр': ['Alexander'], 'алексей': ['Alexei'], 'мария': ['Maria'],
    'юлия': ['Yulia'], 'олександр': ['Oleksandr'], 'аляксандр': ['Alexander'],
    'пётр': ['Pyotr'], 'петр': ['Pyotr'], 'фёдор': ['Fyodor'],
}


def is_cyrillic(text):
    return any('CYRILLIC' in unicodedata.name(c, '') for c in text)


def _is_cyr_letter(c):
    return c.isalpha() and 'CYRILLIC' in unicodedata.name(c, '')


_UK_FEATURES = ('ськ', 'цьк', 'зьк', 'ьо', "'", '’', 'ʼ')
_RU_FEATURES = set('ыэёъ')


def looks_ukrainian(text):
    """True / False / None (can't tell) for a Cyrillic name."""
    low = text.lower()
    if any(c in UK_ONLY for c in low) or any(f in low for f in _UK_FEATURES):
        return True
    if any(c in _RU_FEATURES for c in low):
        return False
    return None


def langs_for(text, iso3=None):
    """Rule sets that apply to a Cyrillic name of a person/place in iso3."""
    low = text.lower()
    if any(c in KK_ONLY for c in low):
        return ['kk']
    if any(c in UK_ONLY for c in low):
        return ['uk']
    if any(c in BE_ONLY for c in low):
        return ['be']
    if iso3 == 'UKR':
        u = looks_ukrainian(low)
        if u is True:
            return ['uk']          # Зеленський (-ський)
        if u is False:
            return ['ru']
        # can't tell (Виктор Янукович): read it both ways
        return ['uk', 'ru']
    return ['ru']


# ---------------------------------------------------------------- core

def _translit(text, target, lang, opt):
    """target: 'de' or 'en'; opt: dict of variant switches."""
    chars = list(text)
    n = len(chars)
    pieces = []  # (output, is_word_char, source_is_upper)
    i = 0
    wstart = True
    while i < n:
        c = chars[i]
        if not _is_cyr_letter(c):
            pieces.append((c, False, False))
            wstart = c not in "'’ʼ"  # apostrophe inside a word (uk) keeps the word
            if c in "'’ʼ" and lang == 'uk':
                pieces[-1] = ('', False, False)
            i += 1
            continue
        lc = c.lower()
        prev = chars[i - 1].lower() if i > 0 and _is_cyr_letter(chars[i - 1]) else ''
        nxt = chars[i + 1].lower() if i + 1 < n and _is_cyr_letter(chars[i + 1]) else ''
        nxt2 = chars[i + 2].lower() if i + 2 < n and _is_cyr_letter(chars[i + 2]) else ''
        at_end = nxt == ''
        after_vowel = prev in CYR_VOWELS or prev in ('ь', 'ъ') or wstart
        o = _letter(lc, prev, nxt, nxt2, at_end, after_vowel, wstart, target, lang, opt)
        pieces.append((o, True, c.isupper()))
        wstart = False
        i += 1

    # re-assemble with capitalisation; a fully upper-case Cyrillic word stays
    # upper case (ТАСС -> TASS)
    out = []
    j = 0
    while j < len(pieces):
        if not pieces[j][1]:
            out.append(pieces[j][0])
            j += 1
            continue
        k = j
        while k < len(pieces) and pieces[k][1]:
            k += 1
        seg = pieces[j:k]
        all_upper = len(seg) > 1 and all(p[2] for p in seg)
        s = ''
        for o, _, up in seg:
            if up and o:
                o = o[0].upper() + o[1:]
            s += o
        if all_upper:
            s = s.upper()
        out.append(s)
        j = k
    return ''.join(out)


def _letter(c, prev, nxt, nxt2, at_end, after_vowel, wstart, target, lang, opt):
    de = target == 'de'
    V = CYR_VOWELS
    # ---- Ukrainian
    if lang == 'uk':
        if c == 'г':
            return 'h'
        if c == 'ґ':
            return 'g'
        if c == 'и':
            return 'y'
        if c == 'і':
            return 'i'
        if c == 'ї':
            return 'ji' if de else ('yi' if wstart else 'i')
        if c == 'є':
            return 'je' if de else ('ye' if wstart else 'ie')
        if c == 'е':
            return 'e'
        if c == 'й':
            if de:
                return 'j'
            return 'y' if wstart else 'i'
        if c == 'ю':
            return 'ju' if de else ('yu' if wstart else 'iu')
        if c == 'я':
            return 'ja' if de else ('ya' if wstart else 'ia')
        if c == 'ь':
            return 'j' if (de and nxt == 'о') else ''
        if c == 'щ':
            return 'schtsch' if de else 'shch'
    # ---- Kazakh letters
    if lang == 'kk':
        kk = {'ә': ('ä', 'a'), 'ғ': ('gh', 'gh'), 'қ': ('q', 'q'),
              'ң': ('ng', 'ng'), 'ө': ('ö', 'o'), 'ұ': ('u', 'u'),
              'ү': ('ü', 'u'), 'һ': ('h', 'h'), 'і': ('i', 'i')}
        if c in kk:
            return kk[c][0] if de else kk[c][1]
        if c == 'ж' and not de:
            return 'j'
    if c == 'һ':
        return 'h'
    # ---- Belarusian
    if lang == 'be':
        if c == 'ў':
            return 'w'
        if c == 'і':
            return 'i'
        if c == 'г':
            return 'h'
    # ---- Russian (and the rest of the others)
    if c == 'а':
        return 'a'
    if c == 'б':
        return 'b'
    if c == 'в':
        return 'w' if de else 'v'
    if c == 'г':
        return 'g'
    if c == 'д':
        return 'd'
    if c == 'е':
        if after_vowel:
            return 'je' if de else 'ye'
        return 'e'
    if c == 'ё':
        if prev in ('ж', 'ч', 'ш', 'щ'):
            return 'o'
        return 'jo' if de else 'yo'
    if c == 'ж':
        return 'sch' if de else 'zh'
    if c == 'з':
        return 's' if de else 'z'
    if c == 'и':
        if nxt == 'й' and nxt2 == '':
            # ий at the end of a word
            if de:
                return 'ij' if opt.get('ij') else 'i'
            return 'iy' if opt.get('iy') else 'y'
        return 'i'
    if c == 'й':
        if nxt and nxt in V:
            return 'j' if de else 'y'
        if prev == 'и' and at_end:
            return ''            # handled by и
        if prev == 'ы':
            return ''              # ый -> y
        if de:
            return 'j' if opt.get('j') else 'i'
        if prev == 'е' and opt.get('ei'):
            return 'i'
        return 'y'
    if c == 'к':
        if nxt == 'с' and opt.get('x'):
            return 'x'
        return 'k'
    if c == 'л':
        return 'l'
    if c == 'м':
        return 'm'
    if c == 'н':
        return 'n'
    if c == 'о':
        return 'o'
    if c == 'п':
        return 'p'
    if c == 'р':
        return 'r'
    if c == 'с':
        if prev == 'к' and opt.get('x'):
            return ''
        if de and prev in V and prev != '' and nxt in V and nxt != '':
            return 'ss'
        return 's'
    if c == 'т':
        return 't'
    if c == 'у':
        return 'u'
    if c == 'ф':
        return 'f'
    if c == 'х':
        return 'ch' if de else 'kh'
    if c == 'ц':
        return 'z' if de else 'ts'
    if c == 'ч':
        return 'tsch' if de else 'ch'
    if c == 'ш':
        return 'sch' if de else 'sh'
    if c == 'щ':
        return 'schtsch' if de else 'shch'
    if c == 'ъ':
        return ''
    if c == 'ы':
        return 'y'
    if c == 'ь':
        if nxt in ('и', 'о'):
            return 'j' if de else 'y'
        return ''
    if c == 'э':
        return 'e'
    if c == 'ю':
        return 'ju' if de else 'yu'
    if c == 'я':
        return 'ja' if de else 'ya'
    if c == 'і':
        return 'i'
    if c == 'ў':
        return 'w'
    return c


def to_german(text, lang='ru'):
    return _translit(text, 'de', lang, {})


def to_english(text, lang='ru'):
    return _translit(text, 'en', lang, {})


def _given_name_forms(text, table):
    """Replace the first word by conventional given-name forms."""
    words = text.split(' ')
    key = words[0].lower()
    return [' '.join([g] + words[1:]) for g in table.get(key, [])]


def _variants(text, target, lang, switches, given):
    seen = []
    for combo in itertools.product([False, True], repeat=len(switches)):
        opt = dict(zip(switches, combo))
        s = _translit(text, target, lang, opt)
        if s not in seen:
            seen.append(s)
    forms = _given_name_forms(text, given)
    for f in forms:
        # transliterate the remaining words, keep the conventional given name
        first, _, rest = f.partition(' ')
        if rest:
            s = first + ' ' + _translit(rest, target, lang, {})
        else:
            s = first
        if s not in seen:
            seen.append(s)
    return seen


def german_variants(text, lang='ru'):
    """Primary Duden form first, then variants (й->j, ий->ij, кс->x,
    conventional German given names)."""
    sw = ['j', 'ij', 'x'] if lang != 'uk' else ['x']
    return _variants(text, 'de', lang, sw, GERMAN_GIVEN)


def english_variants(text, lang='ru'):
    sw = ['iy', 'x', 'ei'] if lang != 'uk' else ['x']
    return _variants(text, 'en', lang, sw, ENGLISH_GIVEN)


def mixed_variants(german, english):
    """The primary German and English forms of one name crossed word by
    word at the given name: news write "Dmitri Peskov" and "Dmitry
    Peskow" as well as "Dmitri Peskow" and "Dmitry Peskov"."""
    if not german or not english:
        return []
    d, e = german[0].split(' '), english[0].split(' ')
    if len(d) < 2 or len(d) != len(e):
        return []
    out = []
    for f in (' '.join(d[:1] + e[1:]), ' '.join(e[:1] + d[1:])):
        if f not in (german[0], english[0]) and f not in out:
            out.append(f)
    return out


# ------------------------------------------------ English -> Cyrillic guess

_EN_MULTI = [
    ('shch', 'щ'), ('zh', 'ж'), ('kh', 'х'), ('ts', 'ц'), ('ch', 'ч'),
    ('sh', 'ш'), ('yu', 'ю'), ('ya', 'я'), ('yo', 'ё'),
]
_EN_SINGLE = {
    'a': 'а', 'b': 'б', 'v': 'в', 'g': 'г', 'd': 'д', 'z': 'з', 'i': 'и',
    'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р',
    's': 'с', 't': 'т', 'u': 'у', 'f': 'ф', 'w': 'в', 'q': 'к', 'c': 'к',
    'x': 'кс', 'j': 'дж', 'h': 'һ', 'e': 'е', 'ë': 'ё', "'": 'ь',
}
_EN_VOWELS = set('aeiouyë')


def en_to_cyrillic(text):
    """Guess the Russian Cyrillic spelling of an English-romanised
    (BGN/PCGN-style) post-Soviet name: 'Nursultan Nazarbayev' -> 'Нурсултан
    Назарбаев'.  A lone 'h' (not part of kh/zh/sh/ch) becomes 'һ', which
    transliterates back to 'h': such names (Ilham Aliyev, Emomali Rahmon) are
    not Russian and German keeps their h.  Returns None for text with
    characters outside a-z and separators.  A heuristic: used only for names
    that have no Cyrillic form in the sources."""
    out_words = []
    for word in text.split(' '):
        parts = []
        for sub in word.split('-'):
            r = _en_word(sub)
            if r is None:
                return None
            parts.append(r)
        out_words.append('-'.join(parts))
    return ' '.join(out_words)


def _en_word(w):
    if not w:
        return ''
    cap = w[0].isupper()
    s = w.lower()
    if any(ch not in _EN_SINGLE and ch not in 'y.' for ch in s):
        return None
    if '.' in s:
        return None
    res = []
    i = 0
    n = len(s)
    while i < n:
        prev = s[i - 1] if i > 0 else ''
        rest = s[i:]
        done = False
        for lat, cyr in _EN_MULTI:
            if rest.startswith(lat):
                res.append(cyr)
                i += len(lat)
                done = True
                break
        if done:
            continue
        ch = s[i]
        nxt = s[i + 1] if i + 1 < n else ''
        if ch == 'y':
            if nxt == 'e':
                # ye: е at the start / after a vowel, ье after a consonant
                if i == 0 or prev in _EN_VOWELS:
                    res.append('е')
                else:
                    res.append('ье')
                i += 2
                continue
            if i == n - 1:
                if prev == 'i':
                    res.append('й')      # -iy -> -ий
                elif prev in _EN_VOWELS:
                    res.append('й')
                else:
                    res.append('ий')     # Dmitry -> Дмитрий
                i += 1
                continue
            if prev in _EN_VOWELS or i == 0:
                res.append('й')
            else:
                res.append('ы')
            i += 1
            continue
        if ch == 'e' and i == 0:
            res.append('э')
            i += 1
            continue
        res.append(_EN_SINGLE[ch])
        i += 1
    out = ''.join(res)
    if cap and out:
        out = out[0].upper() + out[1:]
    return out


# ------------------------------------------- Arabic and Persian names in German

# The German press transcribes Arabic and Persian names by German spelling
# rules where English writes English ones (Duden; dpa usage): Ahmadinejad ->
# Ahmadinedschad, Velayati -> Welajati, Ghazi -> Ghasi, Khamenei ->
# Chamenei, Mahmoud -> Mahmud, Yasser -> Jasser.  Applied in this order, on
# lower-case letters; a name keeps its capitals.
_EN_TO_DE_ARABIC = [('ou', 'u'), ('oo', 'u'), ('ee', 'i'), ('sh', 'sch'), ('kh', 'ch'),
                    ('dj', 'dsch'), ('j', 'dsch'), ('y', 'j'), ('v', 'w'), ('w', 'w'),
                    ('z', 's')]


# English words in the names of collective leaderships.
_COLLECTIVE = {'council', 'revolutionary', 'committee', 'command', 'government', 'national',
               'military', 'transitional', 'presidential', 'of', 'the', 'union'}


def en_to_german_arabic(name):
    """The German press spelling of an Arabic or Persian name written the
    English way, or None when it is the same: 'Mahmoud Ahmadinejad' ->
    'Mahmud Ahmadinedschad'."""
    if _COLLECTIVE & set(name.lower().split()):
        return None  # a council, not a person ('Islamic Revolutionary Council')
    out = []
    for word in re.split(r'([ -])', name):
        low = word.lower()
        if low.endswith('y') and len(low) > 2:
            low = low[:-1] + 'i'  # 'Hosny' -> 'Hosni', not 'Hosnj'
        res, i = [], 0
        while i < len(low):
            for a, b in _EN_TO_DE_ARABIC:
                if low.startswith(a, i):
                    res.append(b)
                    i += len(a)
                    break
            else:
                res.append(low[i])
                i += 1
        w = ''.join(res)
        if word[:1].isupper():
            w = w[:1].upper() + w[1:]
        out.append(w)
    g = ''.join(out)
    return None if g == name else g


# ------------------------------------------------------------- matching key

def fold(text):
    """Lower-case ASCII folding (diacritics removed)."""
    t = unicodedata.normalize('NFKD', text)
    t = ''.join(c for c in t if not unicodedata.combining(c))
    return t.lower().replace('ß', 'ss').replace('ı', 'i')


_LOOSE = [('shch', 's'), ('sch', 's'), ('dzh', 'j'), ('zh', 'j'),
          ('kh', 'h'), ('ts', 'c'), ('tz', 'c'), ('ch', 'c'), ('sh', 's'),
          ('ye', 'e'), ('yo', 'o'), ('yu', 'u'), ('ya', 'a'), ('ju', 'u'),
          ('ja', 'a'), ('je', 'e'), ('jo', 'o'), ('ph', 'f'),
          ('w', 'v'), ('y', 'i'), ('x', 'ks'), ('q', 'k'), ('c', 'k')]


def loose_key(text):
    """A spelling-insensitive key for romanised names: 'Kassym-Jomart
    Tokayev' and 'KASYMZHOMART TOKAYEV' give the same key."""
    t = ''.join(c for c in fold(text) if c.isalpha())
    for a, b in _LOOSE:
        t = t.replace(a, b)
    out = []
    for c in t:
        if not out or out[-1] != c:
            out.append(c)
    return ''.join(out)
