#!/usr/bin/env python3
"""Throughput of the Python binding and of the Dask runner next to the CLI
(a benchmark, not a test: it prints timings and asserts nothing).

Rows, each the median of --runs runs over the same input: wall seconds,
documents/s, MB/s, CPU seconds (this process and its children) and
documents per CPU-second (which says more than wall time on a busy machine):

  cli -jN             build/newsfacts extract -j N INPUT > tmpfile
  lines  threads=N    Engine.extract_lines: raw JSONL lines -> record strings,
                      written to a tmpfile (the CLI's work, from Python)
  dicts  threads=N    Engine.extract_many: dicts -> record dicts (parsing the
                      records back into Python objects included)
  dask  workers=N     python3 -m newsfacts.dask INPUT --out DIR --workers N
                      (processes): "run" = extraction with the cluster up
                      (the manifest's seconds), "total" = the whole command,
                      cluster start and stop included

Input: --input FILE, else ../shared/corpus/bench-de.jsonl next to the repo,
else the corpus bench/gen_corpus.py generates (cached in build/bench/).
Usage: PYTHONPATH=python python3 bench/python_bench.py [--runs 3] [--threads 1,2]
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable, Dict, List, Tuple

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
sys.path.insert(0, os.path.join(REPO, "python"))

import newsfacts  # noqa: E402

REAL_CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpus", "bench-de.jsonl")
GEN_CORPUS = os.path.join(REPO, "build", "bench", "gen-de.jsonl")


def choose_input(given: str) -> str:
    """The corpus to run on (see the module docstring)."""
    if given:
        return given
    if os.path.isfile(REAL_CORPUS):
        return REAL_CORPUS
    if not os.path.isfile(GEN_CORPUS):
        os.makedirs(os.path.dirname(GEN_CORPUS), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(BENCH_DIR, "gen_corpus.py"), GEN_CORPUS],
                       check=True)
    return GEN_CORPUS


def cpu_seconds() -> float:
    """CPU time of this process (all threads) and of its waited-for children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def median_time(fn: Callable[[], None], runs: int) -> Tuple[float, float]:
    """The median wall time and the median CPU time of fn over `runs`
    runs, after one warm-up."""
    fn()
    walls, cpus = [], []
    for _ in range(runs):
        c0, t0 = cpu_seconds(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu_seconds() - c0)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", help="JSONL corpus")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", default="1,2", help="thread/worker counts, e.g. 1,2,4")
    ap.add_argument("--cli", default=os.path.join(REPO, "build", "newsfacts"))
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    path = choose_input(args.input)
    counts = [int(t) for t in args.threads.split(",") if t.strip()]
    lines = list(newsfacts.read_lines(path))
    docs = len(lines)
    size = os.path.getsize(path)
    print(f"input: {path} ({size / 1e6:.1f} MB, {docs} documents); "
          f"{os.cpu_count()} CPUs; median of {args.runs} runs")
    rows: List[Dict[str, object]] = []

    print(f"  {'':<22} {'wall':>9}  {'docs/s':>8}  {'MB/s':>6}  {'CPU s':>7}  {'docs/CPU-s':>10}")

    def row(name: str, timing: Tuple[float, float], note: str = "") -> None:
        seconds, cpu = timing
        rows.append({"name": name, "seconds": seconds, "docs_per_s": docs / seconds, "cpu": cpu})
        per_cpu = f"{docs / cpu:10.1f}" if cpu > 0 else f"{'-':>10}"
        print(f"  {name:<22} {seconds:7.3f} s  {docs / seconds:8.1f}  {size / 1e6 / seconds:6.2f}  "
              f"{cpu:7.3f}  {per_cpu}  {note}", flush=True)

    with tempfile.TemporaryDirectory(prefix="nf-pybench-") as tmp:
        out_path = os.path.join(tmp, "out.jsonl")
        for n in counts:
            def cli(n: int = n) -> None:
                with open(out_path, "wb") as out:
                    subprocess.run([args.cli, "extract", "-j", str(n), "--no-progress", path],
                                   stdout=out, check=True)
            row(f"cli -j{n}", median_time(cli, args.runs))

        t0 = time.perf_counter()
        engine = newsfacts.Engine()
        print(f"  (Engine() opened in {time.perf_counter() - t0:.3f} s)")
        for n in counts:
            def by_lines(n: int = n) -> None:
                with open(out_path, "w", encoding="utf-8") as out:
                    for rec in engine.extract_lines(lines, threads=n):
                        out.write(rec)
                        out.write("\n")
            row(f"lines threads={n}", median_time(by_lines, args.runs))
        items = [json.loads(line) for line in lines]
        for n in counts:
            def by_dicts(n: int = n) -> None:
                for _ in engine.extract_many(items, threads=n):
                    pass
            row(f"dicts threads={n}", median_time(by_dicts, args.runs))
        engine.close()

        if not args.no_dask:
            for n in counts:
                inner: List[float] = []

                def dask(n: int = n) -> None:
                    out_dir = os.path.join(tmp, "dask")
                    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "python"))
                    subprocess.run([sys.executable, "-m", "newsfacts.dask", path, "--out", out_dir,
                                    "--workers", str(n), "--overwrite", "-q"], env=env,
                                   check=True)
                    with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
                        inner.append(json.load(f)["seconds"])
                total = median_time(dask, args.runs)
                row(f"dask workers={n} run", (statistics.median(inner[1:] or inner), 0.0))
                row(f"dask workers={n} total", total, "(cluster start and stop included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
