"""What deserves a notification, decided without Qt from events and from the clock.

`from_events` turns new facts into notes (a new incident, a new or changed warning, a
conflict); `from_clock` looks at the situation at `now` (a ladder stage due, a call unanswered
past its deadline, a reporting deadline about to pass). Each note has a stable key, so the
desk's notification centre shows it once and repeats it — for red/orange warnings and 较大
incidents and above — until acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .deadlines import ReportingPolicy, next_deadline
from .entities import Incident
from .events import Event
from .ladder import OVERDUE, TO_CALL, UNREACHED, ladders
from .state import State
from .vocab import SEVERITY_ZH, IncidentStatus, WarningColour, zh

SOON = timedelta(minutes=5)  # a reporting deadline this close is announced


@dataclass(frozen=True)
class Note:
    key: str  # stable: the same fact never makes two notes
    text: str
    urgent: bool = False  # repeated until acknowledged
    drill: bool = False  # comes from a drill


def from_events(state: State, evs: list[Event]) -> list[Note]:
    out: list[Note] = []
    for ev in evs:
        p = ev.payload
        if ev.kind == "incident.reported":
            inc = state.incidents.get(p.get("incident", ""))
            if inc is None:
                continue
            sev = SEVERITY_ZH.get(inc.severity, "")
            text = f"新接报 {sev} {zh(inc.type)}: {inc.title}"
            out.append(Note(f"inc:{inc.id}", text, urgent=inc.severity <= 3, drill=inc.drill))
        elif ev.kind in ("warning.issued", "warning.updated"):
            w = state.warnings.get(p.get("warning", ""))
            if w is None or not w.concerns:
                continue
            verb = "发布" if ev.kind == "warning.issued" else "更新"
            urgent = w.colour in (WarningColour.RED, WarningColour.ORANGE)
            out.append(Note(f"warn:{w.id}:{ev.id}", f"{verb}{zh(w.colour)}{w.hazard}预警", urgent))
        elif ev.kind == "warning.lifted":
            w = state.warnings.get(p.get("warning", ""))
            if w is not None and w.concerns:
                out.append(Note(f"lift:{w.id}", f"解除{zh(w.colour)}{w.hazard}预警"))
        elif ev.id in state.conflicts:
            out.append(Note(f"conflict:{ev.id}", f"冲突: {state.conflicts[ev.id].text}", True))
    return out


def from_clock(state: State, now: datetime, policy: ReportingPolicy | None = None) -> list[Note]:
    """Ladder stages due and calls unanswered (`from_ladders`), and reporting deadlines
    close (`due_soon`) at `now`."""
    return from_ladders(state, now) + due_soon(state.incidents.values(), now, policy)


def from_ladders(state: State, now: datetime) -> list[Note]:
    out: list[Note] = []
    for lad in ladders(state, now):
        w = lad.warning
        name = f"{zh(w.colour)}{w.hazard}预警"
        urgent = w.colour in (WarningColour.RED, WarningColour.ORANGE)
        for st in lad.stages:
            if st.due(now) and any(t.state == TO_CALL for t in st.targets):
                out.append(Note(f"stage:{w.id}:{st.index}", f"{name} {st.name}叫应已到时", urgent))
            for t in st.targets:
                if t.state in (OVERDUE, UNREACHED) and t.calls:
                    c = t.calls[-1]
                    text = f"{name}: {t.target.label} {c.person} 超时未应答"
                    out.append(Note(f"call:{w.id}:{c.id}", text, urgent))
        for zid in lad.zones_ready:
            z = state.zones[zid]
            out.append(Note(f"ready:{w.id}:{zid}", f"{z.name} 3人1屋均已应答, 可启动转移", urgent))
    return out


def due_soon(
    incidents: Iterable[Incident], now: datetime, policy: ReportingPolicy | None = None
) -> list[Note]:
    """A note for each incident whose next reporting deadline is at most `SOON` away."""
    out: list[Note] = []
    for inc in incidents:
        if inc.status == IncidentStatus.CLOSED:
            continue
        d = next_deadline(inc, policy)
        if d and timedelta(0) <= d.remaining(now) <= SOON:
            key = f"due:{inc.id}:{d.stage}:{d.due.isoformat()}"
            text = f"{inc.title}: {d.label} 即将超时"
            out.append(Note(key, text, inc.severity <= 3, inc.drill))
    return out
