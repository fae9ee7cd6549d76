"""The binding: records equal to the CLI's, threads, bad input, arguments,
lifetime, the GIL, and where the library is found."""

import gc
import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time

import pytest

import newsfacts
from conftest import (ARTICLES, BUILD, CLI, EXAMPLE, PYTHON_DIR, REPO, lines_of, parse_lines,
                      run_cli, subprocess_env)
from mixed import GOOD, mixed_lines


def _kwargs(doc):
    return {k: doc.get(k) for k in ("id", "date", "lang", "title")}


# -- records equal to the CLI's --------------------------------------------------

def test_extract_equals_cli(engine, articles):
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode()
    cli = parse_lines(run_cli(["extract"], data))
    assert len(cli) == len(articles)
    for doc, rec in zip(articles, cli):
        assert rec["error"] is None
        assert engine.extract(doc["text"], **_kwargs(doc)) == rec
    assert any(rec["quotes"] for rec in cli) and any(rec["amounts"] for rec in cli)


def test_segments_equal_cli(engine, articles):
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode()
    cli = parse_lines(run_cli(["extract", "--segments"], data))
    for doc, rec in zip(articles, cli):
        assert engine.extract(doc["text"], **_kwargs(doc), segments=True) == rec
        assert rec["sentences"]


def test_extract_lines_is_byte_identical_to_cli(engine):
    with open(ARTICLES, "rb") as f:
        data = f.read()
    with open(EXAMPLE, "rb") as f:
        data += f.read()
    cli = run_cli(["extract"], data)
    out = "".join(r + "\n" for r in engine.extract_lines(lines_of(data), threads=2)).encode()
    assert out == cli


def test_extract_many_equals_cli_any_thread_count(engine, articles):
    items = articles * 5
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items).encode()
    cli = parse_lines(run_cli(["extract"], data))
    one = list(engine.extract_many(items, threads=1))
    assert one == cli
    for threads in (2, 3, None):
        assert list(engine.extract_many(iter(items), threads=threads)) == one


def test_extract_many_streams_and_keeps_order(engine):
    consumed = []

    def endless():
        for i in itertools.count():
            consumed.append(i)
            yield {"id": i, "text": f"Am {i % 28 + 1}. Mai sagte er: „Ja.“"}

    got = list(itertools.islice(engine.extract_many(endless(), threads=2), 50))
    assert [r["id"] for r in got] == list(range(50))
    assert len(consumed) < 200, "read far ahead of what was asked for"


def test_pretty_free_json_and_titles(engine):
    text = engine.extract_json(GOOD, id="x", title="Titel")
    assert "\n" not in text
    assert json.loads(text)["id"] == "x"


# -- bad input ---------------------------------------------------------------------

def _comparable(rec):
    """A record with the wording and position of JSON syntax errors blanked
    (jansson's and Python's json word them differently)."""
    err = rec["error"]
    if err and err["code"] == "invalid_json" and err["message"].startswith("not JSON"):
        rec = dict(rec, error=dict(err, message="not JSON", offset=None))
    return rec


@pytest.mark.parametrize("threads", [1, 3])
def test_bad_lines_match_cli(threads):
    lines = mixed_lines()
    data = b"\n".join(lines) + b"\n"
    cli_out = run_cli(["extract", "--max-doc-bytes", "1000", "-j", "2"], data).splitlines()
    with newsfacts.Engine(max_doc_bytes=1000) as e:
        py_out = [r.encode() for r in e.extract_lines(lines, threads=threads)]
    assert len(py_out) == len(cli_out) == len(lines)
    codes, exact = set(), 0
    for n, (c_raw, p_raw) in enumerate(zip(cli_out, py_out), 1):
        c, p = json.loads(c_raw), json.loads(p_raw)
        assert _comparable(p) == _comparable(c), f"line {n}: {lines[n - 1][:80]!r}"
        if _comparable(c) == c:  # all but JSON syntax errors: byte for byte
            assert p_raw == c_raw, f"line {n}: {lines[n - 1][:80]!r}"
            exact += 1
        if c["error"]:
            codes.add(c["error"]["code"])
    assert exact > len(lines) / 2
    assert codes == {"invalid_json", "missing_text", "text_not_string", "invalid_utf8",
                     "too_large"}


def test_lines_as_str_and_crlf(engine):
    raw = b'{"id": "a", "text": "Gr\xc3\xb6\xdfe \xff"}\r\n'
    as_str = raw.decode("utf-8", "surrogateescape")
    (r1,) = [json.loads(r) for r in engine.extract_lines([raw])]
    (r2,) = [json.loads(r) for r in engine.extract_lines([as_str])]
    assert r1 == r2 == parse_lines(run_cli(["extract"], raw))[0]
    assert r1["error"]["code"] == "invalid_utf8" and r1["error"]["offset"] == 25


def test_bad_items_give_error_records(engine):
    items = [
        {"id": "ok", "text": GOOD},
        {"id": "no-text", "title": "T"},
        {"id": "num", "text": 5},
        {"id": "none", "text": None},
        {"id": "bytes", "text": b"bytes are not JSON strings"},
        "not a dict",
        None,
        {"text": "Ohne Id."},
        {"id": True, "text": "Bool-Id."},
        {"id": float("nan"), "text": "NaN-Id."},
        {"id": "surrogate", "text": "a\ud800b"},
        {"id": "bad-date", "text": "Heute.", "date": "2025-11-12\udcff"},
        {"id": "ignored", "text": "Heute.", "date": 20251112, "lang": ["de"]},
        {"id": "big", "text": "Wort " * 300},
    ]
    with newsfacts.Engine(max_doc_bytes=1000) as e:
        recs = list(e.extract_many(items, threads=2))
    got = [(r["id"], r["error"] and r["error"]["code"]) for r in recs]
    assert got == [
        ("ok", None), ("no-text", "missing_text"), ("num", "text_not_string"),
        ("none", "text_not_string"), ("bytes", "text_not_string"), (6, "invalid_json"),
        (7, "invalid_json"), (8, None), (9, None), (10, None), ("surrogate", "invalid_utf8"),
        ("bad-date", "invalid_utf8"), ("ignored", None), ("big", "too_large")]
    assert recs[10]["error"]["offset"] == 1  # the byte where the surrogate sits
    # the CLI's error records, word for word
    cli = parse_lines(run_cli(["extract"], b'{"id": "no-text", "title": "T"}\n{"id": "num", '
                                          b'"text": 5}\n[1]\n'))
    assert recs[1] == cli[0] and recs[2] == cli[1]
    assert recs[5]["error"] == cli[2]["error"]


def test_invalid_text_gives_error_record(engine):
    r = engine.extract("ab\ud800c", id=1)
    assert r["error"]["code"] == "invalid_utf8" and r["error"]["offset"] == 2
    r = engine.extract(b"Gut \xff schlecht", id=2)
    assert r["error"]["code"] == "invalid_utf8" and r["error"]["offset"] == 4
    assert r["entities"] == [] and r["lang"] is None
    with newsfacts.Engine(max_doc_bytes=100) as small:
        r = small.extract("Wort " * 100)
        assert r["error"]["code"] == "too_large"
        assert r["id"] is None
    r = engine.extract("")
    assert r["error"] is None


def test_bytes_text_equals_str(engine):
    assert engine.extract(GOOD.encode(), id="b") == engine.extract(GOOD, id="b")


def test_nul_in_text(engine):
    r = engine.extract("a\0b. Am Montag.", id="n")
    assert r["error"] is None
    assert r["times"][0]["text"] == "Montag"


def test_text_files_match_cli(engine, tmp_path):
    files = {"meldung.txt": GOOD.encode(), "bad.txt": b"Gut \xff schlecht",
             "big.txt": b"Wort " * 1000, "leer.txt": b""}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / n) for n in files]
    cli = parse_lines(run_cli(["extract", "--max-doc-bytes", "1000"] + paths))
    with newsfacts.Engine(max_doc_bytes=1000) as e:
        for (name, data), rec in zip(files.items(), cli):
            small = len(data) <= 1000
            out, code = e.extract_text_file(name, data if small else None, len(data))
            assert json.loads(out) == rec
            assert code == (rec["error"] and rec["error"]["code"])


# -- arguments -----------------------------------------------------------------------

@pytest.mark.parametrize("call, exc", [
    (lambda e: e.extract(None), TypeError),
    (lambda e: e.extract(5), TypeError),
    (lambda e: e.extract(["text"]), TypeError),
    (lambda e: e.extract("x", id=True), TypeError),
    (lambda e: e.extract("x", id=1.5), TypeError),
    (lambda e: e.extract("x", id=["a"]), TypeError),
    (lambda e: e.extract("x", date=20251112), TypeError),
    (lambda e: e.extract("x", lang=b"de"), TypeError),
    (lambda e: e.extract("x", date="2025\udcff"), ValueError),
    (lambda e: e.extract("x", id="a\ud800"), ValueError),
    (lambda e: e.extract_many([], threads=0), ValueError),
    (lambda e: e.extract_many([], threads="2"), TypeError),
    (lambda e: list(e.extract_lines([5])), TypeError),
])
def test_bad_arguments_raise(engine, call, exc):
    with pytest.raises(exc):
        call(engine)


def test_engine_options(tmp_path):
    with pytest.raises(ValueError):
        newsfacts.Engine(max_doc_bytes=-1)
    with pytest.raises(TypeError):
        newsfacts.Engine(data_dir=5)
    with pytest.raises(FileNotFoundError):
        newsfacts.Engine(data_dir="/nonexistent/newsfacts-data")
    with pytest.raises(NotADirectoryError):
        newsfacts.Engine(data_dir=ARTICLES)
    broken = tmp_path / "data"
    (broken / "lang" / "de" / "abbreviations.txt").mkdir(parents=True)  # unreadable as a file
    with pytest.raises(newsfacts.NewsfactsError) as info:
        newsfacts.Engine(data_dir=broken)
    assert info.value.code == "io_error" and "abbreviations.txt" in info.value.message
    with pytest.raises(newsfacts.NewsfactsError):
        newsfacts.Engine(default_lang="zz")
    with pytest.raises(TypeError):
        newsfacts.Engine(default_lang=5)
    with newsfacts.Engine(data_dir=REPO, max_doc_bytes=0) as e:
        assert e.max_doc_bytes == 0
        assert e.extract(GOOD, id=1) == newsfacts.Engine().extract(GOOD, id=1)


def test_id_and_meta(engine):
    r = engine.extract(GOOD, id=7, date="2025-11-12", lang="de", title="T")
    assert r["id"] == 7 and r["doc_date"] == {"value": "2025-11-12", "source": "input"}
    assert engine.extract(GOOD, id="ä/\"x\"")["id"] == "ä/\"x\""
    assert "invalid_date" in [w["code"] for w in engine.extract(GOOD, date="gestern")["warnings"]]


# -- lifetime ---------------------------------------------------------------------------

def test_close_and_context_manager():
    e = newsfacts.Engine()
    assert not e.closed and "open" in repr(e)
    e.close()
    e.close()
    assert e.closed
    with pytest.raises(ValueError):
        e.extract("x")
    with pytest.raises(ValueError):
        list(e.extract_many([{"text": "x"}, {"id": 1}]))
    with newsfacts.Engine() as e2:
        assert e2.extract("Heute.")["error"] is None
    assert e2.closed


def test_close_waits_for_running_threads():
    e = newsfacts.Engine()
    errors, done = [], []

    def work():
        try:
            while True:
                e.extract(GOOD * 20)
                done.append(1)
        except ValueError:
            pass
        except Exception as exc:  # noqa: BLE001 - any other error fails the test
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    while len(done) < 6:
        time.sleep(0.01)
    e.close()
    for t in threads:
        t.join(timeout=60)
    assert not errors and not any(t.is_alive() for t in threads)


def test_del_is_safe():
    code = ("import gc, newsfacts\n"
            "e = newsfacts.Engine(); e.extract('x'); del e; gc.collect()\n"
            "try:\n    newsfacts.Engine(data_dir=5)\nexcept TypeError: pass\n"
            "try:\n    newsfacts.Engine(data_dir='/nonexistent')\nexcept OSError: pass\n"
            "gc.collect()\n"
            "keep = newsfacts.Engine()\n"  # still open at interpreter exit
            "print('ok')\n")
    p = subprocess.run([sys.executable, "-c", code], env=subprocess_env(), capture_output=True,
                       timeout=60)
    assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr
    assert b"Exception" not in p.stderr


# -- the GIL and loading ------------------------------------------------------------------

def test_gil_is_released_during_extraction(engine):
    text = GOOD * 3000
    ticks, stop = [0], threading.Event()

    def count():
        while not stop.is_set():
            ticks[0] += 1

    t = threading.Thread(target=count)
    t.start()
    try:
        time.sleep(0.05)
        before = ticks[0]
        engine.extract_json(text)  # one long C call
        during = ticks[0] - before
    finally:
        stop.set()
        t.join()
    # With the GIL held the counter could not move during the call.
    assert during > 1000


def test_import_loads_nothing():
    code = ("import newsfacts, newsfacts.dask\n"
            "maps = lambda: open('/proc/self/maps').read()\n"
            "assert 'libnewsfacts' not in maps(), 'loaded at import'\n"
            "e = newsfacts.Engine()\n"
            "assert 'libnewsfacts' in maps()\n"
            "assert 'distributed' not in __import__('sys').modules\n"
            "print('ok')\n")
    p = subprocess.run([sys.executable, "-c", code], env=subprocess_env(), capture_output=True,
                       timeout=60)
    assert p.stdout == b"ok\n", p.stderr


def test_library_lookup(tmp_path):
    lib = os.path.join(BUILD, "libnewsfacts.so")
    code = "import newsfacts; print(newsfacts.find_library()); newsfacts.Engine().extract('x')"
    env = subprocess_env()
    env.pop("NEWSFACTS_LIB", None)
    if BUILD == os.path.join(REPO, "build"):
        p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
        assert p.stdout.decode().strip() == lib, p.stderr
    for value in (lib, BUILD):  # a file or a directory
        p = subprocess.run([sys.executable, "-c", code], env=dict(env, NEWSFACTS_LIB=value),
                           capture_output=True, timeout=60)
        assert p.stdout.decode().strip() == lib, p.stderr
    p = subprocess.run([sys.executable, "-c", code],
                       env=dict(env, NEWSFACTS_LIB=str(tmp_path / "missing.so")),
                       capture_output=True, timeout=60)
    assert p.returncode != 0 and b"LibraryNotFoundError" in p.stderr


def test_pip_install_bundles_the_library(tmp_path):
    """`pip install --no-index --no-build-isolation` into a target folder (the
    system's Python refuses installs into itself, PEP 668): the installed
    package carries its own copy of the library."""
    if subprocess.run([sys.executable, "-m", "pip", "--version"],
                      capture_output=True).returncode != 0:
        pytest.skip("pip is not installed")
    src = tmp_path / "src"
    shutil.copytree(PYTHON_DIR, src, ignore=shutil.ignore_patterns(
        "tests", "build", "*.egg-info", "__pycache__", "libnewsfacts.so*"))
    target = tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSFACTS_LIB")}
    p = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index",
                        "--no-build-isolation", "--target", str(target), str(src)],
                       env=dict(env, NEWSFACTS_LIB=os.path.join(BUILD, "libnewsfacts.so")),
                       capture_output=True, timeout=300, cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    bundled = target / "newsfacts" / "libnewsfacts.so"
    assert bundled.is_file()
    code = ("import newsfacts; print(newsfacts.find_library()); "
            "print(newsfacts.Engine().extract('Am Montag.')['times'][0]['text'])")
    p = subprocess.run([sys.executable, "-c", code], env=dict(env, PYTHONPATH=str(target)),
                       capture_output=True, timeout=60, cwd=tmp_path)
    assert p.stdout.decode().split("\n")[:2] == [str(bundled), "Montag"], p.stderr


def test_acceptance_one_liner():
    code = ("import newsfacts; r = newsfacts.Engine().extract(open('examples/warschau-energie"
            ".jsonl').read()); print(r['times'][0]['text'])")
    p = subprocess.run([sys.executable, "-c", code], env=subprocess_env(), capture_output=True,
                       timeout=60, cwd=REPO)
    assert p.returncode == 0 and p.stdout.strip(), p.stderr


def test_cli_is_there():
    assert os.access(CLI, os.X_OK), "run make first"
    gc.collect()
