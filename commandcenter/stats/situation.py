"""The situation at a glance, Qt-free: what the big screen's 态势总览 and 值班 pages show.

Counts read from the state at one moment: open incidents by severity, today's reports, teams
out and their people, people to move / moved / in safe houses, warnings in force by colour,
response levels in force, the most severe active incident, and the 叫应 ladders of warnings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import State
from commandcenter.domain.entities import Incident, Zone
from commandcenter.domain.vocab import EvacStatus, IncidentStatus, TeamStatus

OUT = (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE)
ROLES = ("commander", "supervisor", "caretaker")


@dataclass
class Situation:
    open_by_severity: Counter = field(default_factory=Counter)
    open_total: int = 0
    open_drills: int = 0
    today_reported: int = 0
    teams_out: int = 0
    people_out: int = 0
    to_move: int = 0
    moved: int = 0
    in_safe_house: int = 0
    zones_moving: int = 0
    warnings_by_colour: Counter = field(default_factory=Counter)
    levels: list[tuple[str, int, str]] = field(default_factory=list)  # plan, level, incident
    open_incidents: list[Incident] = field(default_factory=list)  # most severe first


def active(state: State) -> list[Incident]:
    """Open incidents, most severe first, then the most recent."""
    xs = [i for i in state.incidents.values() if i.status != IncidentStatus.CLOSED]
    xs.sort(key=lambda i: (i.severity, -i.reported_at.timestamp()))
    return xs


def focus_incident(state: State) -> Incident | None:
    """The most severe active incident (real ones before drills)."""
    xs = active(state)
    real = [i for i in xs if not i.drill]
    return (real or xs or [None])[0]


def warnings_in_force(state: State, now: datetime) -> list:
    return [
        w
        for w in state.warnings.values()
        if w.lifted_at is None and w.valid_from <= now < w.valid_to
    ]


def situation(state: State, now: datetime, tz: ZoneInfo) -> Situation:
    s = Situation()
    s.open_incidents = active(state)
    for inc in s.open_incidents:
        s.open_by_severity[inc.severity] += 1
        s.open_drills += inc.drill
    s.open_total = len(s.open_incidents)
    day = now.astimezone(tz).date()
    s.today_reported = sum(
        1 for i in state.incidents.values() if i.reported_at.astimezone(tz).date() == day
    )
    for t in state.teams.values():
        if t.status in OUT:
            s.teams_out += 1
            s.people_out += t.headcount
    for z in state.zones.values():
        if z.status == EvacStatus.MOVING:
            s.zones_moving += 1
            s.to_move += z.to_move_people
            s.moved += z.moved_people
            s.in_safe_house += z.in_safe_house
    for w in warnings_in_force(state, now):
        s.warnings_by_colour[str(w.colour)] += 1
    for p in state.plans.values():
        if p.active_level:
            s.levels.append((p.name, p.active_level, p.incident))
    s.levels.sort(key=lambda x: x[1])
    return s


@dataclass
class Rung:
    """One step of a 叫应 ladder: a zone's role, who, and the last call."""

    zone: str
    role: str
    name: str
    phone: str
    state: str  # answered | unanswered | not_called


def ladder(state: State, warning_area: list[str]) -> list[Rung]:
    """The 3人1屋 roles of the zones a warning covers (empty area = whole county)."""
    out: list[Rung] = []
    zones: list[Zone] = [
        z for z in state.zones.values() if not warning_area or z.township in warning_area
    ]
    for z in sorted(zones, key=lambda z: (z.status != EvacStatus.MOVING, z.name)):
        for role in ROLES:
            c = getattr(z, role)
            calls = z.calls.get(role) or []
            st = "not_called" if not calls else ("answered" if calls[-1].answered else "unanswered")
            out.append(Rung(z.name, role, c.name, c.phone, st))
    return out
