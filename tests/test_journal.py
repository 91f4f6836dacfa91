"""The journal on a real SQLite file: idempotent appends, chains, snapshots, tampering."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.domain import state_hash
from commandcenter.station import Station
from commandcenter.store import Journal, JournalError, verify
from commandcenter.store.migrate import head_revision
from commandcenter.store.schema import SCHEMA_REVISION


@pytest.fixture
def events():
    d = county(Desk())
    for i in range(5):
        incident(d, f"I{i}")
    d.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    return d.events


def test_append_is_durable_idempotent_and_numbered(tmp_path, events) -> None:
    path = tmp_path / "j.db"
    with Journal(path) as j:
        assert j.append(events) == list(range(1, len(events) + 1))
        assert j.append(events[:3]) == [1, 2, 3]  # delivered again: stored once
        assert j.count() == len(events)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == len(events)
    with Journal(path) as j:  # reopened: heads and global chain carry on
        assert j.last_gseq == len(events) and verify(j).ok


def test_schema_revision_is_alembic_head() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_append_refuses_breaks_and_keeps_the_batch_out(tmp_path, events) -> None:
    with Journal(tmp_path / "j.db") as j:
        j.append(events[:5])
        with pytest.raises(JournalError, match="breaks the chain"):
            j.append([events[6]])  # events[5] skipped: a gap in desk-01's chain
        bad = events[5].__copy__()
        bad.payload = {**bad.payload, "name": "改过的"}
        with pytest.raises(JournalError, match="hash does not match"):
            j.append([bad])
        assert j.count() == 5 and verify(j).ok


def test_station_survives_reopen_with_same_state(tmp_path) -> None:
    path = tmp_path / "desk.db"
    with Journal(path) as j:
        st = Station(j, station="desk-01", actor="张伟")
        for ev in county(Desk()).events:
            st.do(ev.kind, ev.payload)
        st.do(
            "incident.reported",
            {
                "incident": "I1",
                "type": "fire",
                "severity": 3,
                "title": "民房火灾",
                "place": {"township": "T02"},
            },
        )
        h = state_hash(st.state)
    with Journal(path) as j:
        assert state_hash(Station(j, station="desk-01", actor="张伟").state) == h


def test_snapshots_are_taken_and_checked_against_the_chain(tmp_path, events) -> None:
    path = tmp_path / "j.db"
    with Journal(path) as j:
        j.append(events)
        full, upto = j.confirmed_state(use_snapshot=False)
        assert j.maybe_snapshot(full, upto, every=5)
        assert j.load_snapshot()[1] == upto
    with sqlite3.connect(path) as db:  # the snapshot's end no longer matches: ignore it
        db.execute("UPDATE snapshots SET ghash = 'x'")
    with Journal(path) as j:
        assert j.load_snapshot() is None
        assert state_hash(j.confirmed_state()[0]) == state_hash(full)


# ---------------------------------------------------------------- tampering, caught by verify-log
def _tampered(tmp_path, events, sql: str):
    path = tmp_path / "j.db"
    with Journal(path) as j:
        j.append(events)
    with sqlite3.connect(path) as db:
        db.executescript(sql)
    with Journal(path) as j:
        return verify(j)


def test_verify_catches_an_edited_payload(tmp_path, events) -> None:
    rep = _tampered(
        tmp_path,
        events,
        "UPDATE events SET payload = replace(payload, 'I3 滑坡', 'I3 小事') WHERE gseq = 15;",
    )
    assert not rep.ok and "row 15" in rep.problems[0] and "edited" in rep.problems[0]


def test_verify_catches_a_deleted_row(tmp_path, events) -> None:
    rep = _tampered(tmp_path, events, "DELETE FROM events WHERE gseq = 12;")
    assert not rep.ok and "#12" in rep.problems[0] and "missing" in rep.problems[0]


def test_verify_catches_a_swapped_pair_of_rows(tmp_path, events) -> None:
    # exchange the global order of two events (their numbers and links)
    rep = _tampered(
        tmp_path,
        events,
        """UPDATE events SET gseq = -gseq WHERE gseq IN (15, 16);
           UPDATE events SET gseq = 16 WHERE gseq = -15;
           UPDATE events SET gseq = 15 WHERE gseq = -16;""",
    )
    assert not rep.ok and "global" in rep.problems[0]


def test_verify_catches_rows_swapped_in_storage_order(tmp_path, events) -> None:
    rep = _tampered(
        tmp_path,
        events,
        """UPDATE events SET pos = -1 WHERE pos = 15;
           UPDATE events SET pos = 15 WHERE pos = 16;
           UPDATE events SET pos = 16 WHERE pos = -1;""",
    )
    assert not rep.ok and "out of global order" in rep.problems[-1]


def test_verify_checks_a_printed_head(tmp_path, events) -> None:
    with Journal(tmp_path / "j.db") as j:
        j.append(events)
        head = (j.last_gseq, j.head_ghash)
        assert verify(j, expect_head=head).ok
        assert not verify(j, expect_head=(head[0], "0" * 64)).ok
        assert "no longer" in verify(j, expect_head=(head[0] + 5, head[1])).problems[0]


def test_query_by_time_incident_and_kind(tmp_path, events) -> None:
    with Journal(tmp_path / "j.db") as j:
        j.append(events)
        assert [e.kind for e in j.query(incident="I1")] == ["incident.reported", "team.dispatched"]
        assert len(j.query(kinds=["incident.reported"])) == 5
        mid = events[13].ts
        assert len(j.query(since=mid)) + len(j.query(until=mid)) == len(events)
        assert j.query(since=datetime(2100, 1, 1, tzinfo=UTC)) == []


def test_disk_full_is_one_clear_error_and_loses_nothing(tmp_path, events) -> None:
    path = tmp_path / "j.db"
    with Journal(path) as j:
        j.append(events[:10])
        j.conn.exec_driver_sql(
            f"PRAGMA max_page_count = {j.conn.exec_driver_sql('PRAGMA page_count').scalar()}"
        )
        big = Desk(station="desk-09")
        county(big)
        for i in range(300):
            incident(big, f"X{i}")
        with pytest.raises(JournalError, match="full"):
            j.append(big.events)
        assert j.count() == 10
        j.append(events[10:12])  # the earlier state still works
    with Journal(path) as j:
        assert j.count() == 12 and verify(j).ok
