"""`commandcenter hub ...`: tokens from the command line, errors as one sentence."""

from __future__ import annotations

from click.testing import CliRunner

from commandcenter.cli import cli
from commandcenter.hub.tokens import TokenStore, digest
from commandcenter.store import Journal


def _run(*args: str):
    return CliRunner().invoke(cli, ["hub", *args])


def test_add_list_revoke_and_tokens_are_stored_hashed(tmp_path):
    db = str(tmp_path / "hub.db")
    out = _run("add-station", "desk-1", "--role", "desk", "--db", db)
    assert out.exit_code == 0, out.output
    token = out.output.strip()
    assert len(token) >= 40
    with Journal(db) as j:
        store = TokenStore(j.conn)
        assert store.check(token, "desk-1").role == "desk"
        raw = j.conn.exec_driver_sql("SELECT token_hash FROM stations").scalar()
        j.conn.rollback()
    assert raw == digest(token) and token not in raw
    listed = _run("list", "--db", db)
    assert "desk-1" in listed.output and "active" in listed.output
    assert _run("revoke", "desk-1", "--db", db).exit_code == 0
    assert "revoked" in _run("list", "--db", db).output
    again = _run("add-station", "desk-1", "--role", "leader", "--db", db)
    assert again.exit_code == 0 and again.output.strip() != token


def test_mistakes_are_one_clear_sentence_not_a_traceback(tmp_path):
    db = str(tmp_path / "hub.db")
    _run("add-station", "desk-1", "--role", "desk", "--db", db)
    cases = [
        (("add-station", "desk-1", "--role", "desk", "--db", db), "already has a token"),
        (("add-station", "x", "--role", "king", "--db", db), "unknown role 'king'"),
        (("add-station", "bad name", "--role", "desk", "--db", db), "must be 1-64"),
        (("revoke", "nobody", "--db", db), "no station nobody"),
        (("--listen", "nowhere", "--db", db), "HOST:PORT"),
        ((), "needs --db"),
        (("--db", db, "--cert", "c.pem"), "both --cert and --key"),
        (("--db", str(tmp_path)), "is a folder"),
    ]
    for args, says in cases:
        out = _run(*args)
        assert out.exit_code != 0, args
        assert says in out.output, (args, out.output)
        assert "Traceback" not in out.output


def test_a_station_journal_is_not_taken_for_a_hub(tmp_path):
    db = tmp_path / "station.db"
    Journal(db, authority=False).close()
    out = _run("list", "--db", str(db))
    assert out.exit_code != 0 and "station's journal" in out.output


def test_a_field_station_is_issued_for_its_township_and_village(tmp_path):
    db = str(tmp_path / "hub.db")
    out = _run("add-station", "t03", "--role", "field", "--db", db)
    assert out.exit_code != 0 and "needs --township" in out.output
    out = _run("add-station", "desk-2", "--role", "desk", "--township", "T03", "--db", db)
    assert out.exit_code != 0 and "serves the county" in out.output
    out = _run("add-station", "v0302", "--role", "field", "--village", "T03V02", "--db", db)
    assert out.exit_code != 0 and "needs --township" in out.output
    out = _run(
        "add-station",
        "v0302",
        "--role",
        "field",
        "--township",
        "T03",
        "--village",
        "T03V02",
        "--db",
        db,
    )
    assert out.exit_code == 0, out.output
    with Journal(db) as j:
        v = TokenStore(j.conn).check(out.output.strip(), "v0302")
    assert (v.role, v.township, v.village) == ("field", "T03", "T03V02")
    assert "T03/T03V02" in _run("list", "--db", db).output
