"""Hash schemes: a journal written before RFC 8785 still verifies, and new rows use it.

`tests/data/journal_rev0002.sqlite` was written by the code of schema revision 0002 (legacy
hash scheme 1, msgspec's float spelling: `1e-6`, `1e16`) and its head printed then.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from commandcenter.cli import cli
from commandcenter.domain import Event, canonical, chain_hash, seal
from commandcenter.domain.canonical import CanonicalError, canonical_v1, ts_text
from commandcenter.store import Journal, verify
from commandcenter.store.migrate import current_revision

OLD = "tests/data/journal_rev0002.sqlite"
PRINTED = (4, "386b0a1a4f4f04fcd42aac64cef4726b2edbfa5a60da7dfd2cc8a28d47466d95")


@pytest.fixture
def old(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD, path)
    return path


def test_an_old_journal_verifies_after_the_migration_and_grows_with_scheme_2(old):
    with Journal(old) as j:
        assert current_revision(j.conn) == "0004"
        rows = list(j.all_events())
        assert [e.scheme for e in rows] == [1, 1, 1, 1]
        assert b"1e-6" in canonical(rows[0])  # the legacy spelling really is in play
        rep = verify(j, expect_head=PRINTED)
        assert rep.ok, rep.problems
        new = j.record("incident.verified", {"incident": "inc-1"}, station="field-1", actor="李娜")
        assert new.scheme == 2 and new.prev == rows[3].hash
        assert verify(j, expect_head=PRINTED).ok
        assert [e.scheme for e in j.all_events()] == [1, 1, 1, 1, 2]
    out = CliRunner().invoke(
        cli, ["verify-log", "--db", str(old), "--head", f"{PRINTED[0]}:{PRINTED[1]}"]
    )
    assert out.exit_code == 0 and "OK: 5 events from 2 stations" in out.output


def test_an_edited_old_row_is_still_caught(old):
    import sqlite3

    with sqlite3.connect(old) as c:
        c.execute("UPDATE events SET payload = replace(payload, '1e-6', '2e-6') WHERE seq = 1")
    with Journal(old) as j:
        rep = verify(j)
    assert not rep.ok and "edited" in rep.problems[0]


def test_a_scheme_cannot_be_switched_to_hide_an_edit(old):
    with Journal(old) as j:
        ev = j.get("ev-old-1")
    as_v2 = Event(**{**{f: getattr(ev, f) for f in ev.__struct_fields__}, "scheme": 2})
    assert chain_hash(ev.prev, as_v2) != ev.hash  # the two schemes differ on these floats
    assert canonical_v1(ev) != canonical(as_v2)


def test_new_events_are_sealed_with_rfc_8785_and_canonical_utc_time():
    ts = datetime(2026, 6, 3, 6, 0, 0, 500000, tzinfo=UTC)
    ev = seal(
        Event(id="e1", station="s", seq=1, actor="a", ts=ts, kind="k", payload={"x": [1e-6, 1e16]}),
        "0" * 64,
    )
    assert ev.scheme == 2
    assert canonical(ev) == (
        b'{"actor":"a","id":"e1","kind":"k","payload":{"x":[0.000001,10000000000000000]},'
        b'"seq":1,"station":"s","ts":"2026-06-03T06:00:00.500000Z"}'
    )
    assert ts_text(datetime(2026, 6, 3, 14, tzinfo=datetime.now().astimezone().tzinfo)).endswith(
        "Z"
    )


def test_a_number_without_a_canonical_form_is_refused_with_a_sentence():
    ev = Event(
        id="e", station="s", seq=1, actor="a", ts=datetime.now(UTC), kind="k", payload={"n": 2**60}
    )
    with pytest.raises(CanonicalError, match="no canonical form"):
        seal(ev, "0" * 64)


def test_an_outbox_sealed_before_the_upgrade_is_still_delivered(tmp_path):
    """A field station offline during the upgrade sends its scheme-1 events afterwards."""
    from test_sync_kit import Rig, run, synced

    from commandcenter.station import Station

    path = tmp_path / "field-7.sqlite"
    shutil.copy("tests/data/outbox_rev0002.sqlite", path)

    async def scenario():
        async with Rig(tmp_path) as rig:
            st = Station(Journal(path), station="field-7", actor="赵六", role="field")
            rig.stations.append(st)
            assert [e.scheme for e in st.pending] == [1, 1]
            link = rig.link(st)
            await synced(link, 2)
            await st.submit("incident.followup", {"incident": "inc-out", "text": "已撤离"})
            await synced(link, 3)
            hub_rows = await rig.hub.writer.run(lambda: list(rig.journal.all_events()))
            return [(e.id, e.scheme) for e in hub_rows], await rig.hub.writer.run(
                verify, rig.journal
            )

    rows, rep = run(scenario())
    assert rows[:2] == [("out-1", 1), ("out-2", 1)] and rows[2][1] == 2
    assert rep.ok, rep.problems
