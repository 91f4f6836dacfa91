"""A reporting period read from the journal: its events, its head, and the situation at its end.

Times are UTC inside; `parse_time` reads what a person types (ISO 8601, local time of the
bureau when no offset is given). The situation at the end of a past period is the fold of every
event stamped before it, in global order: a valid snapshot is reused when every event it folded
is older than the period end, otherwise the journal is replayed from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import Event, State, apply
from commandcenter.domain.describe import zone
from commandcenter.store import Journal

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class Head:
    """What the printout states about the journal, so a reader can check it later."""

    gseq: int  # global sequence of the last sequenced event of the period
    ghash: str  # the global chain hash at that event
    count: int  # sequenced events in the period
    first: int  # global sequence of the first sequenced event of the period
    pending: int = 0  # events of the period not yet numbered by the hub

    @property
    def text(self) -> str:
        return f"{self.gseq}:{self.ghash}"


@dataclass
class PeriodLog:
    since: datetime
    until: datetime
    tz: ZoneInfo
    events: list[tuple[Event, int | None]]  # the period's events, global order, pending last
    state: State  # the situation at `until`
    head: Head


def parse_time(text: str, tz: ZoneInfo) -> datetime:
    """An ISO 8601 time; without an offset it is the bureau's local time. ValueError if not."""
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"「{text}」不是 ISO 8601 时间 (例如 2024-07-01T08:00)") from None
    return t.replace(tzinfo=tz) if t.tzinfo is None else t


def bureau_zone(journal: Journal) -> ZoneInfo:
    """The county's time zone, from its `county.defined` event (the latest one wins)."""
    evs = journal.query(kinds=["county.defined"])
    return zone(evs[-1].payload.get("timezone") if evs else None)


def state_at(journal: Journal, until: datetime, progress: Progress | None = None) -> State:
    """The situation after every event stamped before `until`, folded in global order."""
    snap = journal.load_snapshot()
    base, upto = State(), 0
    if snap is not None:
        later = journal.query_numbered(since=until)
        if not any(g is not None and g <= snap[1] for _e, g in later):
            base, upto = snap  # everything the snapshot folded is older than `until`: reuse it
    rows = journal.query_numbered(until=until, after_gseq=upto or None)
    step = max(1, len(rows) // 50)
    for i, (ev, _g) in enumerate(rows):
        apply(base, ev)
        if progress and i % step == 0:
            progress(i, len(rows))
    if progress:
        progress(len(rows), len(rows))
    return base


def head_of(journal: Journal, events: list[tuple[Event, int | None]]) -> Head:
    seqd = [g for _e, g in events if g is not None]
    if not seqd:
        return Head(gseq=0, ghash="", count=0, first=0, pending=len(events))
    last = max(seqd)
    ghash = journal.ghash_at(last) or ""
    return Head(
        gseq=last, ghash=ghash, count=len(seqd), first=min(seqd), pending=len(events) - len(seqd)
    )


def load_period(
    journal: Journal,
    since: datetime,
    until: datetime,
    *,
    tz: ZoneInfo | None = None,
    progress: Progress | None = None,
) -> PeriodLog:
    """Everything a report of [since, until) needs from the journal."""
    if until <= since:
        raise ValueError("结束时间必须晚于开始时间")
    events = journal.query_numbered(since=since, until=until)
    state = state_at(journal, until, progress)
    tz = tz or zone(state.county.timezone if state.county else None)
    return PeriodLog(since, until, tz, events, state, head_of(journal, events))
