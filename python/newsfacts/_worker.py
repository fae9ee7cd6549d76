"""What runs inside a Dask worker: the per-process engine cache and the
task functions.  Kept apart from :mod:`newsfacts.dask` so that tasks are
pickled by reference to an importable module (never to ``__main__``) and so
that a worker needs only the binding, not the command.

The one piece of global mutable state in the package lives here:
``_ENGINES``, a per-process cache of open engines keyed by their options.
Every task on a worker asks :func:`engine_for` for its engine; the first
opens it (loading the language data once per worker process), the rest
reuse it.  Threads of a worker share the engine (it is thread-safe); the
engines live as long as the worker process.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional

from . import _lib
from .engine import Engine


@dataclass(frozen=True)
class EngineOptions:
    """How a worker's engine is opened; the key of the engine cache."""

    data_dir: Optional[str] = None
    max_doc_bytes: Optional[int] = None
    default_lang: Optional[str] = None


@dataclass(frozen=True)
class Block:
    """A piece of input sent to a worker: complete JSONL lines of one file
    (`data`, the lines with their newlines, the first numbered
    `first_line`), or one ``.txt`` document (`text_name` set; `data` None
    when the file is over the size limit, `size` its length)."""

    index: int
    input_index: int
    data: Optional[bytes]
    first_line: int = 1
    text_name: Optional[str] = None
    size: int = 0


@dataclass
class BlockResult:
    """A block's records (JSONL, each line ending in a newline) and counts."""

    index: int
    input_index: int
    first_line: int
    records: bytes
    count: int
    errors: int
    codes: Dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


_ENGINES: Dict[EngineOptions, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine_for(options: EngineOptions) -> Engine:
    """The engine of this process for `options`, opened on first use."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(options)
        if engine is None or engine.closed:
            engine = Engine(options.data_dir, max_doc_bytes=options.max_doc_bytes,
                            default_lang=options.default_lang)
            _ENGINES[options] = engine
        return engine


def split_lines(data: bytes) -> List[bytes]:
    """Complete lines as the CLI reads them: split at newlines, no empty
    line after a final newline."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def run_block(block: Block, options: EngineOptions, flags: int = 0) -> BlockResult:
    """Turns a block into records, each exactly as ``newsfacts extract``
    writes it (a task function)."""
    start = time.perf_counter()
    engine = engine_for(options)
    codes: Counter = Counter()
    out: List[bytes] = []
    if block.text_name is not None:
        rec, code = engine.extract_text_file(block.text_name, block.data, block.size, flags)
        out.append(rec)
        if code:
            codes[code] += 1
    else:
        for i, line in enumerate(split_lines(block.data or b""), block.first_line):
            rec, code = engine.extract_line(line, i, flags)
            out.append(rec)
            if code:
                codes[code] += 1
    out.append(b"")
    return BlockResult(block.index, block.input_index, block.first_line, b"\n".join(out),
                       len(out) - 1, sum(codes.values()), dict(codes),
                       time.perf_counter() - start)


def extract_partition(items: Iterable[Any], options: EngineOptions,
                      segments: bool = False) -> List[Dict[str, Any]]:
    """A bag partition of dicts to records (see Engine.extract_many)."""
    engine = engine_for(options)
    return list(engine.extract_many(items, threads=1, segments=segments))


def flags_for(segments: bool) -> int:
    """The library's record flags."""
    return _lib.NF_JSON_SEGMENTS if segments else 0
