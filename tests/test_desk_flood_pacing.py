"""In a flood the panes take events in fewer, larger batches (issue 15): every event still
reaches them, and an officer's own flush is never held back."""

from __future__ import annotations

import asyncio

from desk_fixtures import small_county_events
from domain_fixtures import Desk as FixtureDesk

from commandcenter.domain import State, apply
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.ui import desk as desk_mod
from commandcenter.ui.desk import Desk


def _field_reports(n: int) -> list:
    """`n` new incidents from a field station, sealed on its own chain."""
    state = State()
    for ev in small_county_events():
        apply(state, ev)
    field = FixtureDesk(state, station="field-07")
    return [
        field.do(
            "incident.reported",
            {
                "incident": f"F{i:04d}",
                "type": "landslide",
                "severity": 4,
                "title": f"F{i:04d} 滑坡",
                "place": {"township": "T01"},
            },
        )
        for i in range(n)
    ]


def _open(tmp_path):
    journal = Journal(tmp_path / "desk.db")
    journal.append(small_county_events())
    station = Station(journal, station="desk-test", actor="张伟")
    return journal, station, Desk(station)


def _close(journal, station, desk) -> None:
    desk.close()
    station.writer.close()
    journal.close()


def test_a_flood_reaches_the_panes_whole_in_fewer_batches(qtbot, qloop, tmp_path) -> None:
    journal, station, desk = _open(tmp_path)
    batches: list[int] = []
    desk.paced(lambda u: batches.append(len(u.events)))
    evs = _field_reports(1500)

    async def flood() -> None:
        for i in range(0, len(evs), 20):  # 1,000 events a second for 1.5 s
            await station.accept(evs[i : i + 20])
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.6)  # the last batch is handed out

    try:
        qloop.run_until_complete(flood())
        assert sum(batches) == 1500  # every event reached the pane, none twice
        # at FLUSH_MS (0.1 s) the pane took ~15 batches; in a flood at most one per FLOOD_S
        assert len(batches) <= 1.5 / desk_mod.FLOOD_S + 3, batches
        assert set(desk.state.incidents) >= {e.payload["incident"] for e in evs}
    finally:
        _close(journal, station, desk)


def test_the_flood_rule_waits_only_while_events_come_fast(qtbot, tmp_path, monkeypatch) -> None:
    journal, station, desk = _open(tmp_path)
    now = [1000.0]
    monkeypatch.setattr(desk_mod.time, "monotonic", lambda: now[0])
    handed: list[int] = []
    desk.paced(lambda u: handed.append(len(u.events)))
    desk._handed_at = now[0]
    try:
        evs = _field_reports(60)
        now[0] += 0.1
        desk._received(evs[:50])  # 500 a second: held for a larger batch
        desk._flush_paced()
        assert not handed and desk._inbox
        now[0] += 0.15  # FLOOD_S since the last hand-out: taken
        desk._flush_paced()
        desk.flush()  # run the posted turns now
        assert handed == [50]
        now[0] += 0.1
        desk._received(evs[50:52])  # 20 a second: a quiet desk takes them at the next tick
        desk._flush_paced()
        desk.flush()
        assert handed == [50, 2]
        now[0] += 0.01
        desk._received(evs[52:60])
        desk.flush()  # an officer's own decision: flushed at once, whatever the rate
        assert handed == [50, 2, 8]
    finally:
        _close(journal, station, desk)


def test_a_flood_freezes_the_heap_by_events_not_only_by_the_clock(qtbot, tmp_path, monkeypatch):
    """A full collection walks whatever is not frozen: in a flood the new situation grew
    fast enough for one 22-35 ms collection in 10 s. The heap is settled after
    FREEZE_EVENTS events, at the next second, as well as every FREEZE_EVERY seconds."""
    journal, station, desk = _open(tmp_path)
    monkeypatch.setattr(desk_mod, "FREEZE_EVENTS", 30)
    settled = []
    monkeypatch.setattr(desk, "settle_heap", lambda: settled.append(1))
    try:
        evs = _field_reports(45)
        desk._received(evs[:20])
        desk._second()
        assert settled == []  # 20 events: not yet
        desk._received(evs[20:45])
        desk._second()
        assert settled == [1]  # 45 since the last freeze
        desk._second()
        assert settled == [1]  # counted afresh
    finally:
        _close(journal, station, desk)
