"""Mixed input for the bad-input tests: good lines between every kind of
bad one, as raw JSONL bytes (written for these tests)."""

import json
import random
from typing import List

GOOD = ("„Wir sind bereit“, sagte Dr. Weber am 11. November in Berlin. Der Handel betrug "
        "27,8 Mrd. Euro.\n\nEr fügte hinzu: „Das ist gut.“")

# Lines the CLI answers in particular ways; the comments name the rule.
SPECIAL: List[bytes] = [
    b"", b"   ", b"\t", b"\r",                                   # empty lines
    b"nope", b"123", b'"str"', b"[1,2]", b'[{"id": "in-array"}]',  # not an object
    b'{"id": "a", "text": "x"',                                  # truncated: id salvaged
    b'{"id": "b", "text": NaN}', b'{"id": "c", "text": "x", "n": 1e999}',  # jansson refuses
    b'{"id": 99999999999999999999, "text": "x"}',                # integer over 64 bits
    b'{"id": -9223372036854775808, "text": "Ja."}', b'{"id": 9223372036854775807, "text": "Ja."}',
    b'{"id": "d", "text": "a\\ud800b"}',                          # lone surrogate escape
    b'{"id": "e", "t\\u0000": "x", "text": "y"}',                 # NUL in a key
    b'{"id": "f", "text": "a\\u0000b. C."}',                      # NUL in the text: fine
    b'\xef\xbb\xbf{"id": "bom", "text": "x"}',                    # byte order mark
    b'{"id": "g", "text": "Gr\xc3\xb6\xdfe \xff"}',               # invalid UTF-8
    b'{"id": "h\xff", "text": "x"}', b'{"id": "\xed\xa0\x80", "text": "x"}',
    b'{"id": "o", "text": "\xf4\x90\x80\x80"}', b'{"id": "ov", "text": "\xc0\x80"}',
    b'{"id": true, "text": "x"}', b'{"id": null, "text": "x"}', b'{"id": [1], "text": "x"}',
    b'{"id": 1.5, "text": "Ja."}', b'{"id": 2.0, "text": "Ja."}', b'{"id": 1e20, "text": "Ja."}',
    b'{"id": "x", "text": null}', b'{"id": "y"}', b'{"text": "ohne id"}',
    b'{"id": "dup", "text": 1, "text": "zwei."}',                 # the last key wins
    b'{"id":"cr", "text": "crlf."}\r', b'{"id":"cr2", "text": "crlf."}\r\r',
    b'{"id" :\t"sp", "text": }', b'{"id":12, "text": }', b'{"id":1.5, "text": }',
    b'{"id":"' + b"x" * 600 + b'", "text": }',                    # salvage stops at 512 bytes
    b'{"id": "\\u00e9\\u00e9", "text": "caf\\u00e9"}', b'{"id": "esc\\/", "text": "a"}',
    b'{"id": "ctl", "text": "a\x01b"}',                           # raw control character
    b"[" * 3000 + b"]" * 3000,                                    # too deep
    b'{"id": "t", "text": "' + b"Wort " * 300 + b'"}',            # over --max-doc-bytes 1000
    b'{"id": "huge", "text": "' + b"x" * 80000 + b'"}',           # over the line limit
    b'{"id": "meta", "text": "Heute.", "date": "2025-11-12", "lang": "de", "title": 5}',
    b'{"id": "meta2", "text": "Heute.", "date": 20251112, "lang": "xx-yy"}',
    b'{"id": "meta3", "text": "Heute.", "date": "gestern"}',
    b'  {"id": "ws", "text": "Heute."}  ', b'{"id": "ws2", "text": "Heute."} x',
    b'{"a": {"id": "nested"}, "text": 1}', b'{"x": "\\"id\\": 7", "text": 1',
]
# Ids of every form, in good lines and in lines whose id must be salvaged.
IDS = [b'0.1', b'1e-5', b'1e20', b'1.5e300', b'-0.0', b'123456789012345678.0', b'5e-324',
       b'-1E+2', b'"a\\u001fb"', b'"\\u007f"', b'"\xc3\xa9"', b'"\\u2028"', b'"a/b"',
       b'"\\ud83d\\ude00"', b'"t\\u0000x"', b'"\\b\\f\\n\\r\\t"', b'"q\\"uote"']
SPECIAL += [b'{"id": ' + i + b', "text": "Ja."}' for i in IDS]
SPECIAL += [b'{"id": ' + i + b', "text": }' for i in IDS]


def mixed_lines(n: int = 200, seed: int = 5) -> List[bytes]:
    """SPECIAL, then n lines mixing good records and random bad ones."""
    rnd = random.Random(seed)
    out = list(SPECIAL)
    for i in range(n):
        k = rnd.random()
        if k < 0.5:
            doc = {"id": f"doc-{i}", "text": GOOD, "date": "2025-11-12"}
            if rnd.random() < 0.3:
                del doc["id"]
            out.append(json.dumps(doc, ensure_ascii=rnd.random() < 0.5).encode())
        elif k < 0.6:
            out.append(rnd.choice(SPECIAL[:40]))
        else:
            junk = bytes(rnd.choice(b'abc{}[]:,"\\ \t\x01\x7f\xc3\xff') for _ in range(
                rnd.randint(1, 60)))
            out.append(junk.replace(b"\n", b" "))
    return out
