"""The command line's input rules, in Python: how ``newsfacts extract``
turns one JSONL line (or one ``.txt`` file) into a document or an error.

This mirrors ``run_line`` and ``salvage_id`` of ``src/cli/input.c`` so that
the binding and the Dask runner answer every input line exactly as the CLI
does: the same error codes, ids and offsets; the messages are the CLI's
except for JSON syntax errors, whose wording (and offset) comes from
Python's ``json`` module instead of jansson's.  A public C function running
the CLI's own code for a raw line, for example
``nf_extract_json_line(engine, line, len, full_len, line_no, flags, &out_len,
&status, &err)``, would make this copy unnecessary.

jansson, which the CLI uses, is stricter than Python's ``json`` module in a
few ways that are reproduced here: no ``NaN``/``Infinity``, integers within
64 bits, no real that overflows, no lone surrogate escapes (``"\\ud800"``),
no NUL in object keys, and the top-level value must be an object or array.
One difference is left: a line nested deeper than Python's recursion limit
(about 1000 levels; jansson allows 2048) is ``invalid_json`` here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Optional, Union

from . import _lib

OVERSIZE_KEEP = 4096  # bytes of an oversize line kept to find its id
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class Document:
    """A line that parsed into something to extract."""

    text: bytes
    id_json: bytes
    date: Optional[bytes]
    lang: Optional[bytes]
    title: Optional[bytes]


@dataclass(frozen=True)
class Failure:
    """A line (or item) that never reaches the engine: its error record's
    id (a JSON value, None for null), status code, offset and message."""

    id_json: Optional[bytes]
    code: int
    offset: int
    message: str


class _JanssonRefuses(ValueError):
    """Input that Python's json accepts and jansson does not."""


def line_limit(max_doc_bytes: int) -> Optional[int]:
    """The CLI's line limit for a document limit: room for a text of
    max_doc_bytes with every character escaped (None: no limit)."""
    if not max_doc_bytes:
        return None
    return max_doc_bytes * 6 + 65536


def _parse_int(s: str) -> int:
    v = int(s)
    if v < INT64_MIN or v > INT64_MAX:
        raise _JanssonRefuses("too big integer" if v > 0 else "too big negative integer")
    return v


def _parse_float(s: str) -> float:
    v = float(s)
    if math.isinf(v):
        raise _JanssonRefuses("real number overflow")
    return v


def _parse_constant(s: str) -> Any:
    raise _JanssonRefuses(f"invalid token near '{s}'")


_DECODER = json.JSONDecoder(parse_int=_parse_int, parse_float=_parse_float,
                            parse_constant=_parse_constant)


def _has_surrogate(s: str) -> bool:
    """True when s holds a lone surrogate (only \\u escapes make them here)."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_strings(value: Any, skip: Any = None) -> None:
    """Raises _JanssonRefuses when a string in value (keys included, `skip`
    excepted) is one jansson would refuse."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if v is not skip and _has_surrogate(v):
                raise _JanssonRefuses("invalid Unicode escape")
        elif isinstance(v, dict):
            for k, x in v.items():
                if "\0" in k:
                    raise _JanssonRefuses("NUL byte in object key not supported")
                if _has_surrogate(k):
                    raise _JanssonRefuses("invalid Unicode escape")
                stack.append(x)
        elif isinstance(v, list):
            stack.extend(v)


def json_loads_like_jansson(s: str) -> Any:
    """json.loads with the refusals of the CLI's JSON reader (strict RFC 8259:
    any value at the top, which the caller then finds is not an object);
    raises ValueError (a json.JSONDecodeError where Python's parser failed)."""
    try:
        return _DECODER.decode(s)
    except RecursionError:
        raise _JanssonRefuses("maximum parsing depth reached") from None


def first_invalid_utf8(raw: bytes) -> Optional[int]:
    """The byte offset of the first invalid UTF-8 sequence in raw, or None."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return None


def _loads_id(candidate: bytes) -> Optional[Union[str, int]]:
    """candidate as jansson would load it with JSON_DECODE_ANY, when it is a
    string or an integer; else None.  (Without JSON_ALLOW_NUL, as the CLI
    calls it here: no \\u0000 in the string.)"""
    try:
        v = json.loads(candidate.decode("utf-8"), parse_int=_parse_int, parse_float=_parse_float,
                       parse_constant=_parse_constant)
    except (ValueError, RecursionError):
        return None
    if isinstance(v, str) and "\0" not in v and not _has_surrogate(v):
        return v
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    return None


def salvage_id(raw: bytes, line_no: int) -> bytes:
    """The id of a line that could not be parsed (input.c salvage_id): the
    value after the first ``"id"`` when it is a JSON string or integer, else
    the line number; as a JSON value."""
    at = raw.find(b'"id"')
    if at >= 0:
        end = len(raw)
        p = at + 4
        while p < end and raw[p] in b" \t":
            p += 1
        if p < end and raw[p] == ord(":"):
            p += 1
            while p < end and raw[p] in b" \t":
                p += 1
            v = p
            if p < end and raw[p] == ord('"'):
                p += 1
                while p < end and raw[p] != ord('"') and p - v < 512:
                    if raw[p] == ord("\\") and p + 1 < end:
                        p += 1
                    p += 1
                if p < end:
                    p += 1
            else:
                while p < end and raw[p] in b"0123456789-.eE+":
                    p += 1
            if p > v:
                val = _loads_id(raw[v:p])
                if val is not None:
                    return id_json(val)
    return str(line_no).encode()


_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n",
                  "\r": "\\r", "\t": "\\t"}


def jansson_string(s: str) -> str:
    """A string as jansson's json_dumps writes it (UTF-8 kept, control
    characters as upper-case \\u00XX); a lone surrogate as its escape."""
    out = ['"']
    for ch in s:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ch < " " or "\ud800" <= ch <= "\udfff":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jansson_real(v: float) -> str:
    """A real as jansson writes it: %.17g, with ".0" when it would read as
    an integer, no "+" and no leading zeros in the exponent."""
    text = "%.17g" % v
    if "." not in text and "e" not in text:
        text += ".0"
    mant, e, exp = text.partition("e")
    if e:
        sign = "-" if exp.startswith("-") else ""
        text = mant + "e" + sign + (exp.lstrip("+-").lstrip("0") or "0")
    return text


def id_json(value: Any) -> Optional[bytes]:
    """An id as the JSON value the record carries, written as the CLI
    writes it: strings and numbers (not booleans, not NaN or infinities);
    None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return jansson_string(value).encode("utf-8")
    if isinstance(value, int):
        return str(value).encode()
    if isinstance(value, float) and math.isfinite(value):
        return jansson_real(value).encode()
    return None


def _str_field(obj: dict, key: str) -> Optional[bytes]:
    """A meta field: strings only, as the CLI's str_field."""
    v = obj.get(key)
    return v.encode("utf-8") if isinstance(v, str) else None


def parse_line(raw: bytes, line_no: int, max_doc_bytes: int) -> Union[Document, Failure]:
    """One JSONL line (without its newline) as input.c run_line sees it:
    a Document to extract or a Failure to report."""
    limit = line_limit(max_doc_bytes)
    if limit is not None and len(raw) > limit:
        return Failure(salvage_id(raw[:OVERSIZE_KEEP], line_no), _lib.NF_ERR_TOO_LARGE, len(raw),
                       f"input line of {len(raw)} bytes exceeds the line limit")
    if raw.endswith(b"\r"):
        raw = raw[:-1]  # CRLF files
    if not raw.strip(b" \t"):
        return Failure(salvage_id(raw, line_no), _lib.NF_ERR_JSON, 0,
                       "empty line: no JSON object")
    bad = first_invalid_utf8(raw)
    if bad is not None:
        return Failure(salvage_id(raw, line_no), _lib.NF_ERR_UTF8, bad,
                       f"invalid UTF-8 at byte {bad} of the line")
    s = raw.decode("utf-8")
    try:
        root = json_loads_like_jansson(s)
        if isinstance(root, dict):
            _check_strings(root, skip=root.get("text"))
            text = root.get("text")
            text_b = text.encode("utf-8") if isinstance(text, str) else None
        else:
            _check_strings(root)
    except json.JSONDecodeError as e:
        offset = len(s[:e.pos].encode("utf-8"))
        return Failure(salvage_id(raw, line_no), _lib.NF_ERR_JSON, offset,
                       f"not JSON: {e.msg} (line {e.lineno}, column {e.colno})")
    except (ValueError, UnicodeEncodeError) as e:
        msg = str(e) if isinstance(e, _JanssonRefuses) else "invalid Unicode escape"
        return Failure(salvage_id(raw, line_no), _lib.NF_ERR_JSON, 0, f"not JSON: {msg}")
    if not isinstance(root, dict):
        return Failure(salvage_id(raw, line_no), _lib.NF_ERR_JSON, 0, "not a JSON object")
    ident = id_json(root.get("id")) or str(line_no).encode()
    if "text" not in root:
        return Failure(ident, _lib.NF_ERR_NO_TEXT, 0, 'the record has no "text"')
    if text_b is None:
        return Failure(ident, _lib.NF_ERR_TEXT_TYPE, 0, '"text" is not a string')
    return Document(text_b, ident, _str_field(root, "date"), _str_field(root, "lang"),
                    _str_field(root, "title"))


def parse_text_file(name: str, data: Optional[bytes], size: int,
                    max_doc_bytes: int) -> Union[Document, Failure]:
    """A ``.txt`` document as the CLI reads it: the file name is the id;
    data is None when the file was too large to read (size is its length)."""
    try:
        ident: Optional[bytes] = jansson_string(name).encode("utf-8")
    except UnicodeEncodeError:
        ident = None
    if ident is None:
        return Failure(None, _lib.NF_ERR_UTF8, 0, "the file name is not valid UTF-8")
    if data is None or (max_doc_bytes and size > max_doc_bytes):
        return Failure(ident, _lib.NF_ERR_TOO_LARGE, size,
                       f"file of {size} bytes exceeds the size limit")
    return Document(data, ident, None, None, None)
