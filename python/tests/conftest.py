"""Shared fixtures of the Python tests: where the checkout, the CLI and the
library are, an engine, and running the CLI for comparison.

`make python-test` runs these with PYTHONPATH=python and NEWSFACTS_BUILD set
to the build folder; run alone: `PYTHONPATH=python python3 -m pytest python/tests`.
"""

import json
import os
import subprocess
import sys
from typing import Iterable, List, Sequence

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(PYTHON_DIR)
DATA = os.path.join(HERE, "data")
ARTICLES = os.path.join(DATA, "articles.jsonl")
EXAMPLE = os.path.join(REPO, "examples", "warschau-energie.jsonl")
BENCH_DE = os.path.join(os.path.dirname(REPO), "shared", "corpus", "bench-de.jsonl")
BUILD = os.path.abspath(os.environ.get("NEWSFACTS_BUILD") or os.path.join(REPO, "build"))
CLI = os.path.join(BUILD, "newsfacts")

if PYTHON_DIR not in sys.path:
    sys.path.insert(0, PYTHON_DIR)
if BUILD != os.path.join(REPO, "build") and not os.environ.get("NEWSFACTS_LIB"):
    os.environ["NEWSFACTS_LIB"] = os.path.join(BUILD, "libnewsfacts.so")

import newsfacts  # noqa: E402


def run_cli(args: Sequence[str], stdin: bytes = b"") -> bytes:
    """`newsfacts ARGS` with stdin; its stdout (fails on a non-zero exit)."""
    p = subprocess.run([CLI] + list(args), input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    return p.stdout


def parse_lines(out: bytes) -> List[dict]:
    """The records of JSONL output."""
    return [json.loads(line) for line in out.splitlines()]


def read_jsonl(path: str) -> List[dict]:
    """The objects of a JSONL file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def subprocess_env(**extra: str) -> dict:
    """The environment for a child Python that imports the package from the
    checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PYTHON_DIR + (os.pathsep + env["PYTHONPATH"]
                                      if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def lines_of(data: bytes) -> Iterable[bytes]:
    """Raw lines as the CLI splits them."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


@pytest.fixture(scope="session")
def engine():
    """One engine for the session (closed at the end)."""
    with newsfacts.Engine() as e:
        yield e


@pytest.fixture(scope="session")
def articles() -> List[dict]:
    """The invented articles of tests/data plus the bundled example."""
    return read_jsonl(ARTICLES) + read_jsonl(EXAMPLE)
