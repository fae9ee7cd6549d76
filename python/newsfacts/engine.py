"""The engine: one loaded set of language packs, shared by any number of
threads, that turns texts into records.

Errors, the rule this module follows:

* **Bad arguments raise.**  A text that is not ``str`` (or ``bytes``),
  an id that is not a string or an integer, a date/lang/title that is not a
  string, meta strings that are not valid Unicode, ``threads < 1``, a closed
  engine: ``TypeError`` or ``ValueError``, as Python's own functions do.
  A missing data directory raises ``FileNotFoundError``; data the library
  cannot load raises :class:`NewsfactsError`.
* **Bad documents give error records.**  What the library itself refuses —
  text that is not valid Unicode (a ``str`` with lone surrogates, ``bytes``
  that are not UTF-8) or text over ``max_doc_bytes`` — comes back as a
  record whose ``"error"`` is set (``invalid_utf8``, ``too_large``), exactly
  the record the CLI writes for such a document.  One rule for one call and
  for a batch: a batch never loses an item.
* **Batches never raise for an item.**  :meth:`Engine.extract_many` and
  :meth:`Engine.extract_lines` answer every item with a record, bad ones
  with the CLI's error records (``invalid_json``, ``missing_text``,
  ``text_not_string``, ``invalid_utf8``, ``too_large``).
"""

from __future__ import annotations

import collections
import concurrent.futures
import ctypes
import json
import os
import threading
from typing import (Any, Callable, Dict, Iterable, Iterator, Mapping, Optional, Tuple,
                    TypeVar, Union)

from . import _cli, _lib

T = TypeVar("T")
R = TypeVar("R")

PathLike = Union[str, "os.PathLike[str]"]


class NewsfactsError(RuntimeError):
    """A failure reported by the library (unreadable data, a default
    language without a pack, memory exhausted).  ``code`` is the status
    name ("io_error", "unsupported_language", ...), ``offset`` its byte
    offset where one applies."""

    def __init__(self, code: str, message: str, offset: int = 0) -> None:
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message
        self.offset = offset


def default_threads() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _meta_bytes(name: str, value: Optional[str]) -> Optional[bytes]:
    """A meta argument of extract() as UTF-8 (TypeError/ValueError when it
    is not a valid string)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"{name} is not valid Unicode: {e.reason} at {e.start}") from None


def _text_bytes(text: Union[str, bytes]) -> bytes:
    """The text as bytes for the library: a str as UTF-8 (lone surrogates
    kept as the invalid bytes they are, so that the library reports
    invalid_utf8 with their offset), bytes as given."""
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"text must be a str (or UTF-8 bytes), not {type(text).__name__}")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], threads: int) -> Iterator[R]:
    """fn over items on `threads` threads, results in input order.  At most
    a few items per thread are in flight, so a long or endless iterable is
    streamed, not read ahead; stopping the iteration cancels what is queued."""
    if threads == 1:
        for x in items:
            yield fn(x)
        return
    window: "collections.deque[concurrent.futures.Future[R]]" = collections.deque()
    pool = concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="newsfacts")
    try:
        for x in items:
            window.append(pool.submit(fn, x))
            if len(window) >= threads * 4:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Engine:
    """A newsfacts engine: the language packs, loaded once, and everything
    needed to turn articles into records (docs/record-format.md).

    ``Engine()`` loads the library and its data; importing the package does
    neither.  One engine may be used by any number of threads at once; the
    library releases the GIL while it extracts.  Close it with
    :meth:`close` or use it as a context manager; an engine that is
    garbage-collected is closed then.

    :param data_dir: a directory with ``lang/<code>/*.txt`` word lists that
        replace the built-in data file by file (the CLI's ``--data-dir``).
    :param max_doc_bytes: the largest text accepted, in bytes; longer texts
        get a ``too_large`` error record.  None: the library's default
        (10 MiB); 0: no limit.
    :param default_lang: the language used when a document names none and
        detection is unsure (default ``"de"``).
    :raises FileNotFoundError, NotADirectoryError: data_dir is no directory.
    :raises NewsfactsError: the data could not be loaded.
    :raises LibraryNotFoundError: libnewsfacts could not be found.
    """

    def __init__(self, data_dir: Optional[PathLike] = None, *,
                 max_doc_bytes: Optional[int] = None,
                 default_lang: Optional[str] = None) -> None:
        self._handle: Optional[int] = None
        self._busy = 0
        self._cond = threading.Condition()
        if data_dir is not None and not isinstance(data_dir, (str, os.PathLike)):
            raise TypeError(f"data_dir must be a path or None, not {type(data_dir).__name__}")
        if max_doc_bytes is not None and (not isinstance(max_doc_bytes, int)
                                          or isinstance(max_doc_bytes, bool)):
            raise TypeError("max_doc_bytes must be an int or None")
        if max_doc_bytes is not None and max_doc_bytes < 0:
            raise ValueError("max_doc_bytes must be >= 0")
        lang_b = _meta_bytes("default_lang", default_lang)
        if data_dir is not None and not os.path.isdir(data_dir):
            if not os.path.exists(data_dir):
                raise FileNotFoundError(f"data_dir {os.fspath(data_dir)!r} does not exist")
            raise NotADirectoryError(f"data_dir {os.fspath(data_dir)!r} is not a directory")
        self._lib = _lib.load_library()
        opts = _lib.NfEngineOptions()
        self._lib.nf_engine_options_init(ctypes.byref(opts))
        self.data_dir: Optional[str] = os.fspath(data_dir) if data_dir is not None else None
        dir_b = os.fsencode(self.data_dir) if self.data_dir is not None else None
        if dir_b is not None:
            opts.data_dir = dir_b
        if max_doc_bytes is not None:
            opts.max_doc_bytes = max_doc_bytes
        if lang_b is not None:
            opts.default_lang = lang_b
        #: The largest text accepted, in bytes (0: no limit).
        self.max_doc_bytes: int = opts.max_doc_bytes
        err = _lib.NfError()
        handle = self._lib.nf_engine_open(ctypes.byref(opts), ctypes.byref(err))
        if not handle:
            raise self._error(err)
        self._handle = handle

    # -- lifetime -------------------------------------------------------------

    def close(self) -> None:
        """Closes the engine and frees its data; waits for extractions that
        other threads are running with it.  Closing twice is harmless; using
        a closed engine raises ValueError."""
        with self._cond:
            handle, self._handle = self._handle, None
            while self._busy:
                self._cond.wait()
        if handle:
            self._lib.nf_engine_close(handle)

    @property
    def closed(self) -> bool:
        """True once close() was called."""
        return self._handle is None

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        # No thread can be inside a call here (every call holds a reference),
        # so there is nothing to wait for; tolerate a half-built object.
        handle = getattr(self, "_handle", None)
        lib = getattr(self, "_lib", None)
        if handle and lib is not None:
            self._handle = None
            lib.nf_engine_close(handle)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<newsfacts.Engine {state} data_dir={self.data_dir!r}>"

    @property
    def library_version(self) -> str:
        """The version of the loaded libnewsfacts."""
        return self._lib.nf_version().decode()

    def _acquire(self) -> int:
        with self._cond:
            if self._handle is None:
                raise ValueError("the engine is closed")
            self._busy += 1
            return self._handle

    def _release(self) -> None:
        with self._cond:
            self._busy -= 1
            if not self._busy:
                self._cond.notify_all()

    # -- the C calls ----------------------------------------------------------

    def _error(self, err: _lib.NfError) -> NewsfactsError:
        name = self._lib.nf_status_name(err.code).decode()
        return NewsfactsError(name, err.message.decode("utf-8", "replace"), err.offset)

    def _take(self, ptr: Optional[int], n: ctypes.c_size_t, err: _lib.NfError) -> bytes:
        """The bytes of a string the library returned, freed."""
        if not ptr:
            raise self._error(err)
        try:
            return ctypes.string_at(ptr, n.value)
        finally:
            self._lib.nf_free(ptr)

    def _extract_doc(self, doc: _cli.Document, flags: int) -> Tuple[bytes, Optional[str]]:
        """Extracts one document: its record (JSON, one line) and the error
        code of the record (None when it has none)."""
        meta = _lib.NfDocMeta(None, doc.id_json, doc.date, doc.lang, doc.title)
        err = _lib.NfError()
        n = ctypes.c_size_t()
        handle = self._acquire()
        try:
            d = self._lib.nf_extract(handle, doc.text, len(doc.text), ctypes.byref(meta),
                                     ctypes.byref(err))
            if not d:
                raise self._error(err)
            try:
                out = self._take(self._lib.nf_doc_to_json(d, flags, ctypes.byref(n),
                                                          ctypes.byref(err)), n, err)
                e = self._lib.nf_doc_error(d)
                code = self._lib.nf_status_name(e.contents.code).decode() if e else None
            finally:
                self._lib.nf_doc_free(d)
        finally:
            self._release()
        return out, code

    def _failure_record(self, f: _cli.Failure, flags: int) -> Tuple[bytes, str]:
        """The record of input that never reached the engine
        (nf_error_record_json, as the CLI writes it)."""
        e = _lib.NfError()
        e.code = f.code
        e.offset = f.offset
        e.message = f.message.encode("utf-8")[:255].decode("utf-8", "ignore").encode("utf-8")
        err = _lib.NfError()
        n = ctypes.c_size_t()
        out = self._take(self._lib.nf_error_record_json(f.id_json, ctypes.byref(e), flags,
                                                        ctypes.byref(n), ctypes.byref(err)),
                         n, err)
        return out, self._lib.nf_status_name(f.code).decode()

    def _record(self, parsed: Union[_cli.Document, _cli.Failure],
                flags: int) -> Tuple[bytes, Optional[str]]:
        if isinstance(parsed, _cli.Failure):
            if self._handle is None:
                raise ValueError("the engine is closed")
            return self._failure_record(parsed, flags)
        return self._extract_doc(parsed, flags)

    # -- one document ---------------------------------------------------------

    def extract_json(self, text: Union[str, bytes], id: Optional[Union[str, int]] = None,
                     date: Optional[str] = None, lang: Optional[str] = None,
                     title: Optional[str] = None, *, segments: bool = False) -> str:
        """Like :meth:`extract`, but returns the record as the library
        writes it: one line of JSON (no newline), as ``newsfacts extract``
        prints it."""
        if id is not None and (isinstance(id, bool) or not isinstance(id, (str, int))):
            raise TypeError(f"id must be a str, an int or None, not {type(id).__name__}")
        if isinstance(id, str):
            _meta_bytes("id", id)
        doc = _cli.Document(_text_bytes(text), _cli.id_json(id) if id is not None else b"null",
                            _meta_bytes("date", date), _meta_bytes("lang", lang),
                            _meta_bytes("title", title))
        out, _ = self._extract_doc(doc, _lib.NF_JSON_SEGMENTS if segments else 0)
        return out.decode("utf-8")

    def extract(self, text: Union[str, bytes], id: Optional[Union[str, int]] = None,
                date: Optional[str] = None, lang: Optional[str] = None,
                title: Optional[str] = None, *, segments: bool = False) -> Dict[str, Any]:
        """Extracts one article and returns its record as a dict.

        :param text: the article, a ``str`` (or ``bytes`` in UTF-8).  Spans
            in the record are code point offsets into it: ``text[start:end]``.
        :param id: echoed as the record's ``"id"`` (None: null).
        :param date: the publication date, ``YYYY-MM-DD`` or ISO 8601; it
            anchors "heute" and "am Montag".  An invalid date is ignored with
            an ``invalid_date`` warning in the record.
        :param lang: a language tag ("de"); None: detected.
        :param title: the headline.
        :param segments: add paragraphs, sentences, tokens, quote regions.
        :returns: the record; when the text cannot be processed (not valid
            Unicode, over ``max_doc_bytes``) a record with ``"error"`` set.
        :raises TypeError: text, id or a meta field of the wrong type.
        :raises ValueError: a meta string that is not valid Unicode, or the
            engine is closed.
        """
        return json.loads(self.extract_json(text, id, date, lang, title, segments=segments))

    # -- batches --------------------------------------------------------------

    def _item(self, index: int, item: Any) -> Union[_cli.Document, _cli.Failure]:
        """One dict of a batch as a document or a failure, by the CLI's rules
        for a parsed JSONL object; `index` stands in for the line number."""
        if not isinstance(item, Mapping):
            return _cli.Failure(str(index).encode(), _lib.NF_ERR_JSON, 0, "not a JSON object")
        ident = _cli.id_json(item.get("id")) or str(index).encode()
        if "text" not in item:
            return _cli.Failure(ident, _lib.NF_ERR_NO_TEXT, 0, 'the record has no "text"')
        text = item["text"]
        if not isinstance(text, str):
            return _cli.Failure(ident, _lib.NF_ERR_TEXT_TYPE, 0, '"text" is not a string')
        meta: Dict[str, Optional[bytes]] = {}
        for key in ("date", "lang", "title"):
            v = item.get(key)
            try:
                meta[key] = v.encode("utf-8") if isinstance(v, str) else None
            except UnicodeEncodeError as e:
                return _cli.Failure(ident, _lib.NF_ERR_UTF8, 0,
                                    f'"{key}" is not valid Unicode at code point {e.start}')
        return _cli.Document(text.encode("utf-8", "surrogatepass"), ident, meta["date"],
                             meta["lang"], meta["title"])

    def _threads(self, threads: Optional[int]) -> int:
        if threads is None:
            return default_threads()
        if not isinstance(threads, int) or isinstance(threads, bool):
            raise TypeError("threads must be an int or None")
        if threads < 1:
            raise ValueError("threads must be at least 1")
        return threads

    def extract_many(self, items: Iterable[Mapping[str, Any]], threads: Optional[int] = None,
                     *, segments: bool = False, first_index: int = 1
                     ) -> Iterator[Dict[str, Any]]:
        """Extracts a stream of articles on `threads` threads (default: every
        CPU) and yields their records in input order.

        Each item is a dict like a line of the CLI's JSONL input: ``"text"``
        and optionally ``"id"``, ``"date"``, ``"lang"``, ``"title"``.  Every
        item yields exactly one record; an item that cannot be processed
        yields the CLI's error record instead of raising: not a dict
        (``invalid_json``), no text (``missing_text``), a text that is not a
        str (``text_not_string``), a string that is not valid Unicode
        (``invalid_utf8``), a text over ``max_doc_bytes`` (``too_large``).
        As in the CLI, an id that is not a string or number, and meta fields
        that are not strings, are ignored; a missing id becomes the item's
        position, counted from `first_index` (the CLI's line number).

        :raises TypeError, ValueError: only for bad `threads`, or when the
            engine is closed.
        """
        n = self._threads(threads)
        flags = _lib.NF_JSON_SEGMENTS if segments else 0

        def one(pair: Tuple[int, Any]) -> Dict[str, Any]:
            out, _ = self._record(self._item(*pair), flags)
            return json.loads(out)

        return ordered_map(one, enumerate(items, first_index), n)

    def extract_lines(self, lines: Iterable[Union[bytes, str]], threads: Optional[int] = None,
                      *, segments: bool = False, first_line: int = 1) -> Iterator[str]:
        """Extracts raw JSONL lines exactly as ``newsfacts extract`` does and
        yields the records as JSON strings (one line each, no newline), in
        order: bad JSON, empty lines, a missing or non-string text, invalid
        UTF-8 and oversize lines all give the CLI's error records, with the
        CLI's ids (the record's own, else salvaged from the line, else the
        line number counted from `first_line`).

        :param lines: ``bytes`` (or ``str``) lines; one trailing newline is
            removed.  A ``str`` read with ``errors="surrogateescape"`` keeps
            its undecodable bytes.
        """
        n = self._threads(threads)
        flags = _lib.NF_JSON_SEGMENTS if segments else 0

        def one(pair: Tuple[int, Union[bytes, str]]) -> str:
            out, _ = self.extract_line(pair[1], pair[0], flags)
            return out.decode("utf-8")

        return ordered_map(one, enumerate(lines, first_line), n)

    def extract_line(self, line: Union[bytes, str], line_no: int,
                     flags: int = 0) -> Tuple[bytes, Optional[str]]:
        """One raw JSONL line as the CLI answers it: the record (UTF-8 JSON,
        no newline) and its error code (None when it has none).  `flags`
        are the library's NF_JSON_* flags."""
        raw = _line_bytes(line)
        return self._record(_cli.parse_line(raw, line_no, self.max_doc_bytes), flags)

    def extract_text_file(self, name: str, data: Optional[bytes], size: int,
                          flags: int = 0) -> Tuple[bytes, Optional[str]]:
        """A ``.txt`` document as the CLI answers it (the file name is the
        id): the record and its error code.  `data` is None when the file
        was not read because `size` is over ``max_doc_bytes``."""
        return self._record(_cli.parse_text_file(name, data, size, self.max_doc_bytes), flags)


def _line_bytes(line: Union[bytes, str]) -> bytes:
    """A line as bytes without its newline."""
    if isinstance(line, str):
        try:
            raw = line.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = line.encode("utf-8", "surrogatepass")
    elif isinstance(line, (bytes, bytearray, memoryview)):
        raw = bytes(line)
    else:
        raise TypeError(f"a line must be bytes or str, not {type(line).__name__}")
    return raw[:-1] if raw.endswith(b"\n") else raw


def read_lines(path: PathLike) -> Iterator[bytes]:
    """The lines of a JSONL file as the CLI reads them: split at ``\\n``
    only, without it; no empty line after a final newline."""
    with open(path, "rb") as f:
        for line in f:
            yield line[:-1] if line.endswith(b"\n") else line


