"""The SQLite fast path of an append: same rows, same durability, same clear errors."""

from __future__ import annotations

import sqlite3

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.store import Journal, JournalError, verify
from commandcenter.store.fast_insert import insert_rows
from commandcenter.store.rows import row_of


@pytest.fixture
def events():
    d = county(Desk())
    for i in range(40):
        incident(d, f"I{i}")
    return d.events


def _rows(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM events ORDER BY pos").fetchall()


def test_fast_and_ordinary_appends_store_identical_rows(tmp_path, events) -> None:
    fast, slow = tmp_path / "fast.db", tmp_path / "slow.db"
    with Journal(fast) as a, Journal(slow) as b:
        for ev in events:
            a.append([ev])
            assert not a.conn.in_transaction()  # the fast path was free to run
            b.conn.exec_driver_sql("SELECT 1")  # an open read: the ordinary way must be taken
            assert b.conn.in_transaction()
            b.append([ev])
    assert _rows(fast) == _rows(slow) and len(_rows(fast)) == len(events)
    with Journal(fast) as j:
        assert verify(j).ok and j.last_gseq == len(events)
    with sqlite3.connect(fast) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_fast_path_refuses_a_duplicate_in_one_sentence_and_keeps_the_batch_out(
    tmp_path, events
) -> None:
    with Journal(tmp_path / "j.db") as j:
        j.append(events[:5])
        rows = [row_of(events[5], 6, "x" * 64), row_of(events[0], 7, "y" * 64)]
        with pytest.raises(sqlite3.IntegrityError) as raised:
            insert_rows(j.conn, rows)
        # the journal says every failed write, on either path, in one sentence
        failed = j._failed(raised.value)
        assert isinstance(failed, JournalError) and "refused the write: UNIQUE" in str(failed)
        assert j.count() == 5  # the first row of the batch was rolled back with it
        j.append(events[5:8])
        assert j.count() == 8 and verify(j).ok


def test_disk_full_on_the_fast_path_is_one_clear_error_and_loses_nothing(tmp_path, events) -> None:
    path = tmp_path / "j.db"
    with Journal(path) as j:
        j.append(events[:10])
        raw = j.conn.connection.dbapi_connection
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")
        big = Desk(station="desk-09")
        county(big)
        for i in range(300):
            incident(big, f"X{i}")
        with pytest.raises(JournalError, match="full"):
            j.append(big.events)
        assert not raw.in_transaction and j.count() == 10
        j.append(events[10:12])  # the earlier state still works
    with Journal(path) as j:
        assert j.count() == 12 and verify(j).ok
