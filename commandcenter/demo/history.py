"""The 24 hours before `now` in the demo county: shifts, warnings and incident stories.

Each incident is a story: a generator that yields its next decision with a delay. A scheduler
runs all stories in time order, so stories compete for the same teams and stores as on a real
night; a decision the rules refuse at its moment is skipped and the story carries on.
"""

from __future__ import annotations

import heapq
import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commandcenter.domain.describe import shift_id
from commandcenter.domain.vocab import IncidentStatus, TeamStatus

from .incident_story import incident_story
from .names import Names
from .recorder import Recorder
from .steps import Desk, Step, Story, on_desk


def handover_time(now: datetime, tz: str) -> datetime:
    """08:30 local on the latest day at least two hours before `now` (the shift change)."""
    local = now.astimezone(ZoneInfo(tz))
    t = local.replace(hour=8, minute=30, second=0, microsecond=0)
    while t > local - timedelta(hours=2):
        t -= timedelta(days=1)
    return t


def build_history(rec: Recorder, names: Names, roster: dict, now: datetime, scale: float) -> None:
    rng, s = rec.rng, rec.state
    start = now - timedelta(hours=24)
    desk = Desk(names, handover_time(now, s.county.timezone if s.county else "Asia/Shanghai"))
    heap: list[tuple[datetime, int, Story, Step | None]] = []
    n = [0]

    def schedule(t: datetime, story: Story, outcome: bool | None = None) -> None:
        try:
            step = story.send(outcome) if outcome is not None else next(story)
        except StopIteration:
            return
        n[0] += 1
        heapq.heappush(heap, (t + timedelta(minutes=step[0]), n[0], story, step))

    schedule(desk.handover - timedelta(hours=24) - timedelta(minutes=1), _shifts(desk))
    schedule(start + timedelta(minutes=20), _warnings(rng, now, start))
    count = max(1, round(26 * scale))
    for i in range(count):
        # more reports in the rainy evening and night than at noon
        u = rng.random()
        t = start + timedelta(minutes=10 + (24 * 60 - 25) * (u + 0.08 * math.sin(2 * math.pi * u)))
        schedule(t, incident_story(rec, names, desk, roster, i, t))
    schedule(now - timedelta(hours=3), _offline_conflict(rec, desk))

    while heap:
        t, _, story, step = heapq.heappop(heap)
        if t > now:
            continue  # the future: stories still open at `now` stay open
        _, station, actor, kind, payload = step
        ok = rec.do(t, station, actor or desk.officer(t), kind, payload) is not None
        schedule(t, story, ok)


def _shifts(desk: Desk) -> Story:
    first = desk.handover - timedelta(hours=24)
    day = shift_id  # the same id format the handover window gives the next shift
    yield (
        1,
        "desk-01",
        desk.officers[0],
        "shift.started",
        {"shift": day(first), "officer": desk.officers[0], "leader": desk.leaders[0]},
    )
    yield (
        24 * 60 - 3,
        "desk-01",
        desk.officers[0],
        "shift.signed",
        {
            "shift": day(first),
            "side": "out",
            "name": desk.officers[0],
            "note": "在办事件已逐项交接",
        },
    )
    yield (
        1,
        "desk-01",
        desk.officers[1],
        "shift.signed",
        {"shift": day(first), "side": "in", "name": desk.officers[1]},
    )
    yield (
        1,
        "desk-01",
        desk.officers[1],
        "shift.started",
        {"shift": day(desk.handover), "officer": desk.officers[1], "leader": desk.leaders[1]},
    )


def _warnings(rng, now: datetime, start: datetime) -> Story:
    def iso(t):
        return t.isoformat()

    yield (
        0,
        "feed-weather",
        "县气象台",
        "warning.issued",
        {
            "warning": "WN-1",
            "colour": "blue",
            "hazard": "森林火险",
            "valid_from": iso(start),
            "valid_to": iso(start + timedelta(hours=12)),
            "area": [],
            "text": "森林火险气象等级较高",
            "issuer": "青山县气象台",
        },
    )
    yield (
        240,
        "feed-weather",
        "县气象台",
        "warning.issued",
        {
            "warning": "WN-2",
            "colour": "orange",
            "hazard": "暴雨",
            "valid_from": iso(start + timedelta(hours=4)),
            "valid_to": iso(now + timedelta(hours=18)),
            "area": ["T02", "T03", "T04", "T07"],
            "text": "未来24小时将出现100毫米以上降水",
            "issuer": "青山县气象台",
        },
    )
    yield (
        180,
        "feed-weather",
        "县自然资源局",
        "warning.issued",
        {
            "warning": "WN-3",
            "colour": "yellow",
            "hazard": "地质灾害气象风险",
            "valid_from": iso(start + timedelta(hours=7)),
            "valid_to": iso(now + timedelta(hours=12)),
            "area": ["T02", "T03", "T05"],
            "text": "地质灾害风险较高, 请加强巡查",
        },
    )
    yield 300, "feed-weather", "县气象台", "warning.lifted", {"warning": "WN-1"}


def _offline_conflict(rec: Recorder, desk: Desk) -> Story:
    """A backup desk that was offline dispatched a team the main desk had already sent."""
    yield on_desk(0, "decision.logged", {"text": "备用席位网络中断, 转为离线值守"})
    s = rec.state
    busy = next((t for t in s.teams.values() if t.status == TeamStatus.DISPATCHED), None)
    other = next(
        (
            i
            for i in s.incidents.values()
            if i.status != IncidentStatus.CLOSED and busy and i.id != busy.incident
        ),
        None,
    )
    if busy and other:
        # recorded without `decide`: on the offline desk the rules saw the team as free
        rec.do(
            rec.state.last_ts + timedelta(seconds=30),
            "desk-02",
            desk.deputy,
            "team.dispatched",
            {"team": busy.id, "incident": other.id, "task": "增援"},
            check=False,
        )
        yield on_desk(40, "decision.logged", {"text": "备用席位恢复联网, 离线期间记录已同步"})
