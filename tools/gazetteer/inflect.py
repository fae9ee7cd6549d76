#!/usr/bin/env python3
"""Helper for writing the hand-written seeds: German inflected forms of names.

    python3 tools/gazetteer/inflect.py < compact.tsv >> organizations.seed.tsv
    python3 tools/gazetteer/inflect.py 'Deutscher* Gewerkschaftsbund~m'

Not used by build.py: the seeds (organizations.seed.tsv, places.seed.tsv)
hold every surface form explicitly, so that a reader sees what is matched.
This tool only saves typing when adding rows.  In a tab-separated line the
last column ('|'-separated names) is expanded; other lines pass through.
A name may end in one marker:

    Name~s        + genitive -s           Bundeskartellamt  -> Bundeskartellamts
    Name~es       + genitive -es and -s   Bundesgerichtshof -> ...hofes, ...hofs
    Name~ES       + genitive -es only     Kreuz -> Kreuzes
    Name~g        + genitive by rule (-es for s/ß/x/z/sch/st/tz endings,
                    -s after unstressed -er/-el/-en/-rn, -um, vowels, else both)
    Adj* Noun~m   masculine: strong nominative given; adds the weak forms
                  (Deutsche Gewerkschaftsbund, Deutschen Gewerkschaftsbund)
                  and the genitive (Deutschen Gewerkschaftsbundes/-bunds)
    Adj* Noun~m0  the same without a genitive ending (Währungsfonds, Kaukasus)
    Adj* Noun~n   neuter, strong nominative (Deutsches Rotes Kreuz) given;
                  adds Deutsche Rote Kreuz, Deutschen Roten Kreuz(es)
    Adj* Noun~n0  the same without a genitive ending
    Adj* Noun~f   feminine (Deutsche Bank) -> + Deutschen Bank
    Adj* Noun~pl  plural (Vereinte Nationen) -> + Vereinten Nationen

Words marked '*' are the declined adjectives (place adjectives in -er such
as 'Frankfurter' do not decline and are not marked).  The head noun that
takes the genitive ending is the last word before the first lower-case word
('Bundesamt für Migration und Flüchtlinge' -> 'Bundesamts für ...'), or the
word marked '^' ('Oberstes* Gericht^ Israels~n').  Latin nouns in -us
(Mechanismus, Kaukasus) take no ending.
"""

import re
import sys


def genitive_endings(word, mode):
    if mode == 's':
        return ['s']
    if mode == 'es':
        return ['es', 's']
    if mode == 'ES':
        return ['es']
    low = word.lower()
    if len(low) > 5 and low.endswith('us') and not low.endswith('haus'):
        return ['']          # Mechanismus, Kaukasus: no ending
    if re.search(r'(s|ß|x|z|sch|st|tz)$', low):
        return ['es']
    if re.search(r'([^e]er|el|en|em|rn|ln|um|ing|chen|lein|ment|[aeiouyäöü])$', low):
        return ['s']
    return ['es', 's']


def head_index(words):
    for i, w in enumerate(words):
        if w.rstrip('*').endswith('^'):
            return i
    idx = len(words) - 1
    for i, w in enumerate(words):
        if i > 0 and w[:1].islower() and not words[i - 1].endswith('-'):
            idx = i - 1
            break
    return idx


def with_genitive(words, mode):
    h = head_index(words)
    out = []
    for e in genitive_endings(words[h].rstrip('*^'), mode):
        ws = [w.replace('^', '') for w in words]
        ws[h] = ws[h].rstrip('*') + e
        out.append(ws)
    return out


def decline(adj, target):
    """adjective in a strong nominative form -> ending 'e' or 'en'."""
    stem = re.sub(r'(er|es|e|en)$', '', adj)
    return stem + target


def expand(name):
    m = re.match(r'^(.*)~(s|es|ES|g|m|m0|n|n0|f|pl)$', name)
    if not m:
        return [name]
    base, mode = m.group(1), m.group(2)
    words = base.split(' ')
    words = [w.replace('^', '') if w.endswith('*') else w for w in words]
    plain = ' '.join(w.rstrip('*').replace('^', '') for w in words)
    if mode in ('s', 'es', 'ES', 'g'):
        return [plain] + [' '.join(ws) for ws in with_genitive(words, mode)]
    adj = [w.endswith('*') for w in words]

    def form(target):
        return [decline(w[:-1], target) if a else w for w, a in zip(words, adj)]
    # form() keeps a head marker '^' for with_genitive(); strip it for output
    forms = [plain]
    if mode in ('m', 'm0', 'n', 'n0'):
        forms.append(' '.join(form('e')).replace('^', ''))
        weak = form('en')
        forms.append(' '.join(weak).replace('^', ''))
        if mode in ('m', 'n'):
            forms.extend(' '.join(ws) for ws in with_genitive(weak, 'g'))
    elif mode in ('f', 'pl'):
        forms.append(' '.join(form('en')).replace('^', ''))
    seen, out = set(), []
    for f in forms:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def expand_names(names):
    out, seen = [], set()
    for n in names.split('|'):
        for f in expand(n.strip()):
            if f and f not in seen:
                seen.add(f)
                out.append(f)
    return '|'.join(out)


def main():
    if len(sys.argv) > 1:
        for a in sys.argv[1:]:
            print(expand_names(a))
        return
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            print(line)
            continue
        cols = line.split('\t')
        cols[-1] = expand_names(cols[-1])
        print('\t'.join(cols))


if __name__ == '__main__':
    main()
