"""How reports write times, places, casualties and log lines: one place, so all reports agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import Event, State
from commandcenter.domain.describe import what
from commandcenter.domain.entities import Casualties, Place
from commandcenter.domain.vocab import zh


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    widths: list[int]  # per cent of the text width; they sum to 100
    rows: list[list[str]] = field(default_factory=list)
    alert: list[bool] = field(default_factory=list)  # rows to print in the warning colour


def when(ts: datetime | None, tz: ZoneInfo, *, date: bool = True) -> str:
    if ts is None:
        return ""
    local = ts.astimezone(tz)
    # a no-break space: a narrow time column must not split the date from the hour
    return local.strftime("%m-%d\u00a0%H:%M" if date else "%H:%M")


def stamp(ts: datetime, tz: ZoneInfo) -> str:
    """A full local time with its offset, for headers (the period, the printing time)."""
    return ts.astimezone(tz).strftime("%Y-%m-%d %H:%M (UTC%z)")


def place(state: State, p: Place) -> str:
    parts = [state.township_name(p.township)]
    if p.village:
        parts.append(state.village_name(p.township, p.village))
    if p.group:
        parts.append(p.group)
    return " ".join(parts)


def casualties(c: Casualties) -> str:
    figs = [("死亡", c.dead), ("受伤", c.injured), ("失踪", c.missing), ("被困", c.trapped)]
    text = " ".join(f"{k}{v}" for k, v in figs if v)
    return text or "无"


def log_line(ev: Event, state: State) -> str:
    """What a decision-log line says; the actor has a column of its own."""
    return what(ev, state)


__all__ = ["Table", "casualties", "log_line", "place", "stamp", "when", "zh"]
