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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from commandcenter.domain import Event, State, apply
from commandcenter.store import Journal
from commandcenter.store.journal import event_of, ts_text
from commandcenter.store.schema import events as T

DEFAULT_TZ = "Asia/Shanghai"
Progress = Callable[[int, int], None]  # (done, total)

COLS = (T.c.id, T.c.station, T.c.seq, T.c.actor, T.c.ts, T.c.kind, T.c.payload, T.c.prev)
COLS = (*COLS, T.c.hash, T.c.gseq)


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


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


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


def rows_where(journal: Journal, q) -> list[tuple[Event, int | None]]:
    rows = journal.conn.execute(q.order_by(T.c.gseq.is_(None), T.c.gseq, T.c.pos)).all()
    journal.conn.rollback()
    return [(event_of(r), r.gseq) for r in rows]


def state_at(journal: Journal, until: datetime, progress: Progress | None = None) -> State:
    """The situation after every event stamped before `until`, folded in global order."""
    snap = journal.load_snapshot()
    base, upto = State(), 0
    if snap is not None:
        late = journal.conn.execute(
            select(func.count()).select_from(T).where(T.c.gseq <= snap[1], T.c.ts >= ts_text(until))
        ).scalar_one()
        journal.conn.rollback()
        if late == 0:  # everything the snapshot folded is older than `until`: reuse it
            base, upto = snap
    q = select(*COLS).where(T.c.ts < ts_text(until))
    if upto:
        q = q.where((T.c.gseq > upto) | T.c.gseq.is_(None))
    rows = rows_where(journal, q)
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
    ghash = journal.conn.execute(select(T.c.ghash).where(T.c.gseq == last)).scalar_one()
    journal.conn.rollback()
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
    q = select(*COLS).where(T.c.ts >= ts_text(since), T.c.ts < ts_text(until))
    events = rows_where(journal, q)
    state = state_at(journal, until, progress)
    tz = tz or zone(state.county.timezone if state.county else None)
    return PeriodLog(since, until, tz, events, state, head_of(journal, events))
