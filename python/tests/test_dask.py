"""Extraction on Dask: extract_bag on a LocalCluster, and the command
`python3 -m newsfacts.dask` against the CLI's output."""

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import newsfacts  # noqa: E402
from conftest import ARTICLES, BENCH_DE, EXAMPLE, parse_lines, run_cli, subprocess_env  # noqa: E402
from mixed import GOOD, mixed_lines  # noqa: E402
from newsfacts import _worker  # noqa: E402
from newsfacts.dask import extract_bag  # noqa: E402

TIMEOUT = 180


@pytest.fixture(scope="module")
def process_cluster():
    """A LocalCluster of 2 worker processes, 1 thread each."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_port=0, silence_logs=40) as cluster, Client(cluster) as client:
        yield cluster, client


def _items(articles):
    bad = [{"id": "no-text"}, {"id": "num", "text": 1}, "not a dict", {"id": "x", "text": GOOD}]
    return articles * 3 + bad


def test_extract_bag_threads(engine, articles):
    items = _items(articles)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      scheduler_port=0, silence_logs=40) as cluster, Client(cluster):
        bag = db.from_sequence(items, npartitions=4)
        got = extract_bag(bag).compute()
        # one engine for the process, whatever the number of tasks
        assert len([k for k in _worker._ENGINES if k == _worker.EngineOptions()]) == 1
    expect = []
    for part in bag.to_delayed():
        expect.extend(engine.extract_many(part.compute(), threads=1))
    assert got == expect
    assert [r["id"] for r in got[:len(articles)]] == [a["id"] for a in articles]
    assert [r["error"]["code"] for r in got[-4:-1]] == ["missing_text", "text_not_string",
                                                        "invalid_json"]


def test_extract_bag_processes_reuses_one_engine_per_worker(process_cluster, articles):
    _, client = process_cluster
    items = _items(articles)
    bag = db.from_sequence(items, npartitions=6)
    got = extract_bag(bag, segments=True).compute()
    with newsfacts.Engine() as e:
        ok = [a for a in items if isinstance(a, dict) and isinstance(a.get("text"), str)]
        assert [r for r in got if r["error"] is None] == [
            e.extract(a["text"], **{k: a.get(k) for k in ("id", "date", "lang", "title")},
                      segments=True) for a in ok]
    counts = client.run(lambda: len(_worker._ENGINES))
    assert sorted(counts.values()) == [1, 1], counts


def _write_inputs(tmp_path):
    """Inputs for the command: the articles, mixed bad lines, a .txt file."""
    bad = tmp_path / "mixed.jsonl"
    bad.write_bytes(b"\n".join(mixed_lines(120)))  # no final newline
    txt = tmp_path / "meldung.txt"
    txt.write_text(GOOD, encoding="utf-8")
    return [ARTICLES, str(bad), str(txt), EXAMPLE]


def _shards(out):
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    data = b""
    for shard in manifest["shards"]:
        with open(os.path.join(out, shard["file"]), "rb") as f:
            data += f.read()
    return manifest, data


def _comparable(out: bytes):
    """Records with the wording and position of JSON syntax errors blanked."""
    recs = []
    for r in parse_lines(out):
        err = r["error"]
        if err and err["code"] == "invalid_json" and err["message"].startswith("not JSON"):
            r = dict(r, error=dict(err, message="not JSON", offset=None))
        recs.append(r)
    return recs


def _run_command(args, **kw):
    return subprocess.run([sys.executable, "-m", "newsfacts.dask"] + args, env=subprocess_env(),
                          capture_output=True, timeout=TIMEOUT, **kw)


def test_command_local_cluster_with_processes(tmp_path):
    inputs = _write_inputs(tmp_path)
    out = tmp_path / "out"
    p = _run_command(inputs + ["--out", str(out), "--workers", "2", "--block-bytes", "3000",
                               "--max-doc-bytes", "1000"])
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    assert b"records" in p.stderr
    manifest, data = _shards(str(out))
    cli = run_cli(["extract", "--max-doc-bytes", "1000"] + inputs)
    assert _comparable(data) == _comparable(cli)
    good = [line for line in cli.splitlines() if b'"error":null' in line]
    assert good and all(line in data.splitlines() for line in good)  # byte for byte
    assert manifest["records"] == len(cli.splitlines())
    assert manifest["errors"] == sum(1 for r in parse_lines(cli) if r["error"])
    assert manifest["cluster"]["workers"] == 2
    assert len(manifest["shards"]) > 4
    assert [i["records"] for i in manifest["inputs"]][2] == 1  # the .txt document
    assert set(manifest["error_codes"]) == {"invalid_json", "missing_text", "text_not_string",
                                            "invalid_utf8", "too_large"}
    # an earlier run's output is kept unless --overwrite
    p = _run_command([ARTICLES, "--out", str(out), "--workers", "1", "--no-processes"])
    assert p.returncode == 1 and b"--overwrite" in p.stderr


def test_command_on_a_running_scheduler(process_cluster, tmp_path):
    cluster, _ = process_cluster
    out = tmp_path / "out"
    p = _run_command([ARTICLES, EXAMPLE, "--out", str(out), "--scheduler",
                      cluster.scheduler_address, "--segments", "-q"])
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    assert p.stderr == b""
    _, data = _shards(str(out))
    assert data == run_cli(["extract", "--segments", ARTICLES, EXAMPLE])


def test_command_arguments(tmp_path):
    for args in (["--workers", "0"], ["--threads-per-worker", "0"], ["--workers", "2",
                 "--scheduler", "tcp://localhost:1"], ["--data-dir", "/nonexistent"], []):
        p = _run_command([ARTICLES, "--out", str(tmp_path / "o")] + args if args else [ARTICLES])
        assert p.returncode == 2, args
    p = _run_command([str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert p.returncode == 1 and b"cannot open" in p.stderr


@pytest.mark.skipif(not os.path.exists(BENCH_DE), reason="../shared/corpus/bench-de.jsonl absent")
def test_bench_de_equals_cli(tmp_path):
    out = tmp_path / "out"
    p = _run_command([BENCH_DE, "--out", str(out), "--workers", "2"])
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    _, data = _shards(str(out))
    cli = run_cli(["extract", BENCH_DE])
    key = lambda r: str(r["id"])  # noqa: E731
    assert sorted(parse_lines(data), key=key) == sorted(parse_lines(cli), key=key)
    assert data == cli  # in input order, byte for byte
