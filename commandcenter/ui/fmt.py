"""Formatting for the screen: local times, countdowns, casualty summaries, place names."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from commandcenter.domain import State
from commandcenter.domain.describe import zone_of
from commandcenter.domain.entities import Casualties, Incident


def _tr(text: str) -> str:
    return QCoreApplication.translate("fmt", text)


tz_of = zone_of  # the county's time zone (one definition, in the domain)


def local(ts: datetime, state: State) -> datetime:
    return ts.astimezone(tz_of(state))


# strftime imports `time` on every call, through PySide's import hook: ~25 us a call, a third
# of a log row's making in a flood (cProfile). These say exactly what strftime said.
def hhmm(ts: datetime | None, state: State) -> str:
    """ "%H:%M" in the county's time zone."""
    if not ts:
        return ""
    t = local(ts, state)
    return f"{t.hour:02d}:{t.minute:02d}"


def stamp(ts: datetime | None, state: State) -> str:
    """ "%m-%d %H:%M" in the county's time zone."""
    if not ts:
        return ""
    t = local(ts, state)
    return f"{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def countdown(delta: timedelta) -> str:
    """'12:05' left, or '-03:10' overdue; hours shown once it is more than an hour."""
    secs = int(delta.total_seconds())
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m:02d}:{s:02d}"


def casualties(c: Casualties) -> str:
    parts = [
        (c.dead, _tr("亡")),
        (c.injured, _tr("伤")),
        (c.missing, _tr("失联")),
        (c.trapped, _tr("困")),
    ]
    return " ".join(f"{label}{n}" for n, label in parts if n) or "—"


def place(state: State, inc: Incident) -> str:
    p = inc.place
    town = state.township_name(p.township)
    if not p.village:
        return town
    return f"{town} {state.village_name(p.township, p.village)}{(' ' + p.group) if p.group else ''}"
