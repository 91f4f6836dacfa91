"""Bad files get one sentence: an import file with bad UTF-8 or deep nesting, a hub journal
that is read-only. Nothing stored is changed."""

from __future__ import annotations

import subprocess
import sys

from commandcenter.store import Journal

CLI = [sys.executable, "-m", "commandcenter"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)


def test_import_of_bad_utf8_and_deep_nesting_names_the_lines(tmp_path):
    db = tmp_path / "hub.db"
    with Journal(db) as j:
        j.record("decision.logged", {"text": "值班开始"}, station="desk-a", actor="张伟")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(
        b'{"id":"\xff\xfe","station":"s"}\n'
        + b'{"id":"x","payload":' + b'{"a":' * 5000 + b"1" + b"}" * 5001 + b"\n"
        + b"\xff\xfe\xfd\n"
    )  # fmt: skip
    p = _cli("import", "--db", str(db), str(bad))
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert "line 1: not UTF-8 text" in p.stderr
    assert "line 2: JSON nested deeper than 40 levels" in p.stderr
    assert "line 3:" in p.stderr and "nothing was imported" in p.stderr
    with Journal(db) as j:
        assert j.count() == 1


def test_token_admin_on_a_read_only_hub_journal_is_one_sentence(tmp_path):
    db = tmp_path / "hub.db"
    Journal(db).close()
    ro = f"sqlite:///file:{db}?mode=ro&uri=true"  # read-only even for root
    p = _cli("hub", "add-station", "desk-a", "--role", "desk", "--db", ro)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert "is read-only" in p.stderr and len(p.stderr.strip().splitlines()) == 1
