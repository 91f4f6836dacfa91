"""The journal CLI on real files: init --demo, verify-log, export/import and its refusals."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from commandcenter.cli import cli
from commandcenter.store import Journal


def run(*args: str, ok: bool = True):
    res = CliRunner().invoke(cli, list(args))
    if ok:
        assert res.exit_code == 0, res.output
    return res


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    out = run("init", "--demo", "--db", str(path)).output
    assert "events" in out
    return path


def test_init_demo_verifies_and_refuses_to_overwrite(demo) -> None:
    assert "OK:" in run("verify-log", "--db", str(demo)).output
    res = run("init", "--demo", "--db", str(demo), ok=False)
    assert res.exit_code == 1 and "already holds" in res.output


def test_verify_log_names_the_first_broken_entry(tmp_path, demo) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(demo.read_bytes())
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE events SET actor = '某某' WHERE gseq = 900")
    res = run("verify-log", "--db", str(copy), ok=False)
    assert res.exit_code == 1
    assert "BROKEN: row 900" in res.output and "edited" in res.output


def test_export_import_roundtrip_is_idempotent(tmp_path, demo) -> None:
    dump = tmp_path / "events.jsonl"
    run("export", "--db", str(demo), "--out", str(dump))
    target = tmp_path / "copy.db"
    assert "no database at" in run("import", "--db", str(target), str(dump), ok=False).output
    run("init", "--db", str(target))
    assert "Imported" in run("import", "--db", str(target), str(dump)).output
    again = run("import", "--db", str(target), str(dump)).output
    assert "Imported 0 events" in again
    with Journal(demo) as a, Journal(target) as b:
        assert (a.last_gseq, a.head_ghash) == (b.last_gseq, b.head_ghash)


def test_import_refuses_bad_lines_by_number_and_stores_nothing(tmp_path, demo) -> None:
    dump = tmp_path / "events.jsonl"
    run("export", "--db", str(demo), "--out", str(dump))
    lines = dump.read_text(encoding="utf-8").splitlines()[:40]
    target = tmp_path / "t.db"
    run("init", "--db", str(target))
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(lines[:20]) + "\n", encoding="utf-8")
    run("import", "--db", str(target), str(good))

    bad = list(lines[20:30])
    bad[1] = bad[1][:-7]  # broken JSON
    e = json.loads(bad[3])
    e["kind"] = "team.teleported"
    bad[3] = json.dumps(e, ensure_ascii=False)
    e = json.loads(bad[5])
    e["seq"] = "seven"
    bad[5] = json.dumps(e, ensure_ascii=False)
    e = json.loads(bad[7])
    e["actor"] = "冒名者"  # content no longer matches its hash
    bad[7] = json.dumps(e, ensure_ascii=False)
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    res = run("import", "--db", str(target), str(path), ok=False)
    out = res.output
    assert res.exit_code == 1 and "nothing was imported" in out
    assert "line 2:" in out and "JSON" in out
    assert "line 4:" in out and "unknown event kind 'team.teleported'" in out
    assert "line 6:" in out and "Expected `int`, got `str` - at `$.seq`" in out
    assert "line 8:" in out and "hash does not match" in out
    with Journal(target) as j:
        assert j.count() == 20


def test_errors_are_one_sentence_not_a_traceback(tmp_path) -> None:
    missing = tmp_path / "none.db"
    p = subprocess.run(
        [sys.executable, "-m", "commandcenter", "verify-log", "--db", str(missing)],
        capture_output=True,
        text=True,
    )
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert "no database at" in p.stderr and "commandcenter init" in p.stderr
    res = run("verify-log", "--db", str(tmp_path), ok=False)  # a folder
    assert "is a folder" in res.output
    res = run("verify-log", "--db", "nosuchdriver://x", ok=False)
    assert "Error:" in res.output and res.exception.__class__ is SystemExit
    res = run("verify-log", "--db", str(missing), "--head", "12:abc", ok=False)
    assert "GSEQ:HASH" in res.output
