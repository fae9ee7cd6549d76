"""newsfacts on a Dask cluster: a Bag of articles to a Bag of records, and a
command that turns JSONL files into record shards on any number of machines.

From Python::

    import dask.bag as db
    from newsfacts.dask import extract_bag
    records = extract_bag(db.from_sequence(articles, npartitions=8)).compute()

From the shell::

    python3 -m newsfacts.dask INPUT.jsonl... --out DIR                  # a LocalCluster
    python3 -m newsfacts.dask INPUT.jsonl... --out DIR --workers 4
    python3 -m newsfacts.dask INPUT.jsonl... --out DIR --scheduler tcp://host:8786

The command reads its inputs on the machine it runs on and sends blocks of
raw lines to the workers, which answer every line exactly as ``newsfacts
extract`` does (bad JSON, a missing text, invalid UTF-8 ... give the CLI's
error records with the CLI's ids: the record's own, else the line number in
its file).  It writes ``DIR/part-NNNNN.jsonl`` shards (each a run of lines of
one input, in order; shard by shard in input order they are the CLI's
output) and ``DIR/manifest.json``: the inputs, the shards, counts of records
and of errors by code, and timing.

Every worker opens one engine per process, the first time a task needs it,
and reuses it for every later task (see :mod:`newsfacts._worker`).  Workers
need the ``newsfacts`` package and its library: install it on each machine
(``pip install ./python`` after ``make``, or the wheel of ``make python``),
or set ``PYTHONPATH`` and ``NEWSFACTS_LIB``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import sys
import time
import warnings
from typing import Any, Dict, Iterator, List, Optional, Sequence

from . import __version__
from ._worker import Block, BlockResult, EngineOptions, extract_partition, flags_for, run_block

MANIFEST = "manifest.json"
BLOCK_BYTES = 900 << 10  # under distributed's 1 MB warning for data inside tasks
SHARD_PREFIX = "part-"


def extract_bag(bag: Any, data_dir: Optional[str] = None, *,
                max_doc_bytes: Optional[int] = None, default_lang: Optional[str] = None,
                segments: bool = False) -> Any:
    """A ``dask.bag.Bag`` of article dicts (``"text"`` and optionally
    ``"id"``, ``"date"``, ``"lang"``, ``"title"``) to a Bag of records
    (dicts), partition by partition, in order.

    Items are handled as by :meth:`newsfacts.Engine.extract_many`: a bad
    item gives an error record, never an exception.  An item without an id
    gets its position within its partition (1-based), so give every item an
    id.  Each worker process opens one engine for these options and reuses
    it.
    """
    options = EngineOptions(os.fspath(data_dir) if data_dir is not None else None,
                            max_doc_bytes, default_lang)
    return bag.map_partitions(extract_partition, options, segments)


# -- the command ----------------------------------------------------------------

def is_text_path(path: str, fmt: Optional[str]) -> bool:
    """True when the input is one plain-text document (as in the CLI)."""
    if fmt:
        return fmt == "text"
    return path.endswith(".txt") and len(path) > 4


def blocks_of(paths: Sequence[str], fmt: Optional[str], block_bytes: int,
              max_doc_bytes: int) -> Iterator[Block]:
    """The inputs cut into blocks of whole lines of about block_bytes, each
    with the number of its first line in its file; a ``.txt`` input is one
    block."""
    index = 0
    for n, path in enumerate(paths):
        if is_text_path(path, fmt):
            size = os.path.getsize(path)
            data = None
            if not (max_doc_bytes and size > max_doc_bytes):
                with open(path, "rb") as f:
                    data = f.read()
                size = len(data)
            yield Block(index, n, data, 1, os.path.basename(path), size)
            index += 1
            continue
        line = 1
        rest = b""
        with open(path, "rb") as f:
            while True:
                chunk = f.read(block_bytes)
                if not chunk:
                    break
                buf = rest + chunk
                cut = buf.rfind(b"\n")
                if cut < 0:
                    rest = buf  # a line longer than a block: read on
                    continue
                data, rest = buf[:cut + 1], buf[cut + 1:]
                yield Block(index, n, data, line)
                index += 1
                line += data.count(b"\n")
        if rest:
            yield Block(index, n, rest, line)
            index += 1


def shard_name(index: int) -> str:
    """The file name of shard `index`."""
    return f"{SHARD_PREFIX}{index:05d}.jsonl"


def _write_atomic(path: str, data: bytes) -> None:
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python3 -m newsfacts.dask",
        description="Extract records from JSONL (or .txt) inputs on a Dask cluster: one record "
                    "per input line, exactly as `newsfacts extract` writes it, into JSONL shards "
                    "and a manifest in DIR.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL files (.txt: one document)")
    p.add_argument("--out", required=True, metavar="DIR", help="the output directory")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running Dask scheduler (tcp://host:8786); default: a LocalCluster")
    where.add_argument("--workers", type=int, metavar="N",
                       help="LocalCluster worker processes (default: one per CPU)")
    p.add_argument("--threads-per-worker", type=int, default=1, metavar="N",
                   help="LocalCluster threads per worker (default 1)")
    p.add_argument("--no-processes", action="store_true",
                   help="LocalCluster workers as threads of this process")
    p.add_argument("--block-bytes", type=int, default=None, metavar="N",
                   help="input bytes per task and shard (default: 900 KiB, less for small "
                        "inputs so that every worker thread gets several blocks)")
    p.add_argument("--max-doc-bytes", type=int, default=None, metavar="N",
                   help="largest text accepted (default 10485760; 0 = no limit)")
    p.add_argument("--data-dir", metavar="DIR", help="word lists over the built-in data")
    p.add_argument("--format", choices=("jsonl", "text"), help="read inputs as jsonl or text")
    p.add_argument("--segments", action="store_true", help="add sentences, tokens, ...")
    p.add_argument("--overwrite", action="store_true",
                   help="replace the shards and manifest of an earlier run in DIR")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    args = p.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        p.error("--workers needs a number of at least 1")
    if args.threads_per_worker < 1:
        p.error("--threads-per-worker needs a number of at least 1")
    if args.block_bytes is not None and args.block_bytes < 1:
        p.error("--block-bytes needs a positive number")
    if args.max_doc_bytes is not None and args.max_doc_bytes < 0:
        p.error("--max-doc-bytes needs a number of bytes")
    if args.data_dir is not None and not os.path.isdir(args.data_dir):
        p.error(f"--data-dir {args.data_dir} is not a directory")
    return args


def _start_client(args: argparse.Namespace) -> Any:
    """A distributed Client: on the scheduler given, else on a new LocalCluster."""
    from distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler)
    from .engine import default_threads

    workers = args.workers or default_threads()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=args.threads_per_worker,
                           processes=not args.no_processes, dashboard_address=None,
                           scheduler_port=0, silence_logs=logging.ERROR)
    return Client(cluster)


def run(args: argparse.Namespace, client: Any) -> Dict[str, Any]:
    """Runs the extraction on `client`; writes the shards and the manifest
    and returns the manifest."""
    from distributed import as_completed

    started = time.time()
    t0 = time.perf_counter()
    threads = sum(client.nthreads().values()) or 1
    max_doc = 10 << 20 if args.max_doc_bytes is None else args.max_doc_bytes
    block_bytes = args.block_bytes
    if block_bytes is None:
        total = sum(os.path.getsize(p) for p in args.inputs)
        block_bytes = max(64 << 10, min(BLOCK_BYTES, total // (4 * threads) + 1))
    options = EngineOptions(os.path.abspath(args.data_dir) if args.data_dir else None,
                            args.max_doc_bytes, None)
    flags = flags_for(args.segments)
    inputs: List[Dict[str, Any]] = [
        {"path": os.path.abspath(p), "bytes": os.path.getsize(p), "records": 0, "errors": 0,
         "shards": 0} for p in args.inputs]
    shards: Dict[int, Dict[str, Any]] = {}
    codes: Dict[str, int] = {}
    busy = 0.0

    def collect(res: BlockResult) -> None:
        nonlocal busy
        name = shard_name(res.index)
        _write_atomic(os.path.join(args.out, name), res.records)
        shards[res.index] = {"file": name, "input": res.input_index, "first_line": res.first_line,
                             "records": res.count, "errors": res.errors}
        inp = inputs[res.input_index]
        inp["records"] += res.count
        inp["errors"] += res.errors
        inp["shards"] += 1
        for c, k in res.codes.items():
            codes[c] = codes.get(c, 0) + k
        busy += res.seconds

    window = 2 * threads + 2
    pending = as_completed()
    for block in blocks_of(args.inputs, args.format, block_bytes, max_doc):
        # The block travels inside the task (not scattered to one worker),
        # so that the scheduler can rerun it elsewhere when a worker dies.
        pending.add(client.submit(run_block, block, options, flags, pure=False))
        while pending.count() >= window:
            fut = next(pending)
            collect(fut.result())
            fut.release()
    for fut in pending:
        collect(fut.result())
        fut.release()
    seconds = time.perf_counter() - t0
    records = sum(i["records"] for i in inputs)
    info = client.scheduler_info()
    manifest = {
        "tool": "newsfacts.dask",
        "version": __version__,
        "started": datetime.datetime.fromtimestamp(started, datetime.timezone.utc)
        .isoformat(timespec="seconds"),
        "inputs": inputs,
        "shards": [shards[i] for i in sorted(shards)],
        "records": records,
        "errors": sum(codes.values()),
        "error_codes": dict(sorted(codes.items())),
        "seconds": round(seconds, 3),
        "docs_per_second": round(records / seconds, 1) if seconds > 0 else None,
        "worker_seconds": round(busy, 3),
        "cluster": {"scheduler": info.get("address"), "workers": len(info.get("workers", {})),
                    "threads": threads},
        "options": {"max_doc_bytes": max_doc, "data_dir": options.data_dir,
                    "segments": args.segments, "format": args.format,
                    "block_bytes": block_bytes},
    }
    _write_atomic(os.path.join(args.out, MANIFEST),
                  (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return manifest


def _prepare_out(out: str, overwrite: bool) -> Optional[str]:
    """Makes the output directory; None when ready, else why not."""
    os.makedirs(out, exist_ok=True)
    old = [n for n in os.listdir(out) if n == MANIFEST or n.startswith(SHARD_PREFIX)]
    if old and not overwrite:
        return f"{out} holds the output of an earlier run ({len(old)} files); use --overwrite"
    for n in old:
        os.remove(os.path.join(out, n))
    return None


def main(argv: Optional[Sequence[str]] = None) -> int:
    """The command; returns the exit status: 0 when every input line was
    answered (error records included), 1 on an input, output or cluster
    failure, 2 on unusable arguments."""
    args = _parse_args(argv)
    for p in args.inputs:
        if not os.access(p, os.R_OK) or os.path.isdir(p):
            print(f"newsfacts.dask: cannot open {p}", file=sys.stderr)
            return 1
    try:
        problem = _prepare_out(args.out, args.overwrite)
    except OSError as e:
        print(f"newsfacts.dask: cannot write {args.out}: {e}", file=sys.stderr)
        return 1
    if problem:
        print(f"newsfacts.dask: {problem}", file=sys.stderr)
        return 1
    # Blocks (and a line over 1 MB) travel inside their tasks on purpose.
    warnings.filterwarnings("ignore", message="Large object of size", category=UserWarning)
    try:
        client = _start_client(args)
    except (OSError, TimeoutError) as e:
        print(f"newsfacts.dask: cannot reach the cluster: {e}", file=sys.stderr)
        return 1
    try:
        manifest = run(args, client)
    except OSError as e:
        print(f"newsfacts.dask: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - a task failed on the cluster (KilledWorker, ...)
        print(f"newsfacts.dask: a task failed, no manifest written: {type(e).__name__}: {e}",
              file=sys.stderr)
        return 1
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None and not args.scheduler:
            cluster.close()
    if not args.quiet:
        print(f"newsfacts.dask: {manifest['records']} records ({manifest['errors']} errors) from "
              f"{len(manifest['inputs'])} inputs in {manifest['seconds']:.2f} s "
              f"({manifest['docs_per_second']} docs/s) on {manifest['cluster']['workers']} "
              f"workers -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
