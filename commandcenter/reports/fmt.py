"""How reports write times, places, casualties and log lines: one place, so all reports agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import Event, State
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
    return local.strftime("%m-%d %H:%M" if date else "%H:%M")


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
    """A plain Chinese sentence for a decision-log line."""
    try:
        from commandcenter.domain.describe import describe
    except ImportError:  # the describer lands with the demo county; until then name the kind
        return f"{ev.actor} {_KIND_ZH.get(ev.kind, ev.kind)} {_gist(ev)}".strip()
    return describe(ev, state)


def _gist(ev: Event) -> str:
    p = ev.payload
    for key in ("title", "text", "task", "note", "summary", "item", "hazard"):
        if isinstance(p.get(key), str) and p[key]:
            return p[key]
    return ""


_KIND_ZH = {
    "incident.reported": "接报",
    "incident.verified": "核实",
    "incident.followup": "续报",
    "incident.closed": "办结",
    "team.dispatched": "派遣队伍",
    "stock.transferred": "调拨物资",
    "stock.issued": "出库",
    "evac.started": "启动转移",
    "evac.counted": "报转移人数",
    "decision.logged": "决策",
    "shift.signed": "签字",
    "warning.issued": "发布预警",
}

__all__ = ["Table", "casualties", "log_line", "place", "stamp", "when", "zh"]
