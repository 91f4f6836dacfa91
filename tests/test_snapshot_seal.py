"""Snapshots are evidence: a forged one is named by verify-log and refused at start-up.

The forger edits a real SQLite file the way an insider would: a warehouse's stock inside the
snapshot's state (100 sandbags become 900), with and without recomputing the seal.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from click.testing import CliRunner
from domain_fixtures import Desk, county, incident

from commandcenter.cli import cli
from commandcenter.domain import state_hash
from commandcenter.station import Station
from commandcenter.store import Journal, verify

TRUE, FORGED = (
    b'"stock":{"\xe6\xb2\x99\xe8\xa2\x8b":100}',
    b'"stock":{"\xe6\xb2\x99\xe8\xa2\x8b":900}',
)


@pytest.fixture
def sealed(tmp_path):
    """A journal with a snapshot at its end (as init --demo and the desk leave it)."""
    d = county(Desk())
    for i in range(3):
        incident(d, f"I{i}")
    path = tmp_path / "desk.db"
    with Journal(path) as j:
        j.append(d.events)
        state, upto = j.confirmed_state(use_snapshot=False)
        j.save_snapshot(state, upto)
    return path, state_hash(state), upto


def _forge(path, *, reseal: bool = False) -> None:
    with sqlite3.connect(path) as db:
        (blob,) = db.execute("SELECT state FROM snapshots").fetchone()
        assert TRUE in blob
        forged = blob.replace(TRUE, FORGED)
        db.execute("UPDATE snapshots SET state = ?", (forged,))
        if reseal:  # a forger who read the code and recomputed the seal as well
            upto, ghash = db.execute("SELECT upto, ghash FROM snapshots").fetchone()
            seal = hashlib.sha256(f"{upto}:{ghash}:".encode() + forged).hexdigest()
            db.execute("UPDATE snapshots SET seal = ?", (seal,))


def _stock(state) -> int:
    return state.warehouses["W1"].stock["沙袋"]


def test_an_untouched_snapshot_is_used_and_verifies(sealed) -> None:
    path, h, upto = sealed
    with Journal(path) as j:
        assert j.load_snapshot()[1] == upto
        assert j.snapshot_refused is None
        rep = verify(j)
        assert rep.ok, rep.problems
        assert rep.snapshots == 1
        st = Station(j, station="desk-01", actor="张伟")
        assert st.warnings == [] and state_hash(st.confirmed) == h


def test_a_forged_snapshot_is_refused_at_start_up_and_the_journal_replayed(sealed) -> None:
    path, h, upto = sealed
    _forge(path)
    with Journal(path) as j:
        st = Station(j, station="desk-01", actor="张伟")
        assert _stock(st.state) == 100  # the journal's truth, not the forged 900
        assert state_hash(st.confirmed) == h
        assert j.snapshot_refused and f"global event {upto}" in j.snapshot_refused
        assert "replayed" in j.snapshot_refused
        assert st.warnings == [j.snapshot_refused]  # what the desk's status bar shows


def test_verify_log_names_a_forged_snapshot(sealed) -> None:
    path, _h, upto = sealed
    _forge(path)
    with Journal(path) as j:
        rep = verify(j)
    assert not rep.ok
    assert any(f"snapshot at global event {upto}" in p for p in rep.problems), rep.problems
    res = CliRunner().invoke(cli, ["verify-log", "--db", str(path)])
    assert res.exit_code == 1
    assert f"snapshot at global event {upto}" in res.output


def test_a_resealed_forgery_still_fails_the_replay_in_verify_log(sealed) -> None:
    """The seal stops a casual edit at start-up; the replay in verify-log stops the rest."""
    path, _h, upto = sealed
    _forge(path, reseal=True)
    with Journal(path) as j:
        rep = verify(j)
    assert any(f"snapshot at global event {upto}" in p and "replay" in p for p in rep.problems), (
        rep.problems
    )


def test_an_unreadable_snapshot_is_refused_too(sealed) -> None:
    path, h, _upto = sealed
    with sqlite3.connect(path) as db:
        db.execute("UPDATE snapshots SET state = ?", (b"{not json",))
    with Journal(path) as j:
        state, _ = j.confirmed_state()
        assert state_hash(state) == h
        assert j.snapshot_refused
        assert not verify(j).ok


def test_the_desk_status_bar_says_the_snapshot_was_refused(sealed, qtbot, qloop) -> None:
    from commandcenter.ui.desk import Desk as QtDesk
    from commandcenter.ui.main_window import MainWindow

    path, _h, upto = sealed
    _forge(path)
    journal = Journal(path)
    station = Station(journal, station="desk-01", actor="张伟")
    desk = QtDesk(station)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    try:
        window.show()
        alarm = window.status.alarm
        assert alarm.isVisible() and "快照" in alarm.text()
        assert f"global event {upto}" in alarm.toolTip()
        assert _stock(desk.state) == 100
    finally:
        qloop.run_until_complete(desk.drain())
        desk.close()
        window.close()
        station.writer.close()
        journal.close()


def test_an_unsealed_snapshot_is_not_used_and_not_an_alarm(sealed) -> None:
    """A snapshot without a seal (one an older version took) is replayed over, quietly."""
    path, h, _upto = sealed
    _forge(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE snapshots SET seal = NULL")
    with Journal(path) as j:
        st = Station(j, station="desk-01", actor="张伟")
        assert _stock(st.state) == 100 and state_hash(st.confirmed) == h
        assert st.warnings == []
        assert not verify(j).ok  # the replay still names the forged content


def test_upgrading_drops_unsealed_snapshots(sealed) -> None:
    path, h, _upto = sealed
    with sqlite3.connect(path) as db:  # as a database of the previous schema revision
        db.execute("UPDATE alembic_version SET version_num = '0004'")
        db.execute("ALTER TABLE snapshots DROP COLUMN seal")
    with Journal(path) as j:
        assert j.load_snapshot() is None
        assert state_hash(j.confirmed_state()[0]) == h
        assert j.maybe_snapshot(*j.confirmed_state(), every=1)
        assert j.load_snapshot() is not None  # the next one is sealed and used
