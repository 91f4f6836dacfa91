"""The figures of a period computed from its events: one pass, no Qt, no database.

- response times per incident: 接报→派出 (first team dispatched), 派出→到场 (first team on
  scene after that) and 接报→到场, as p50 / p90 in minutes;
- counts of incidents reported, by type, by township and by time bucket (hour by default);
- reporting deadlines (电话初报, 书面报告) met: an incident counts once its deadline has passed
  or it was reported up, met when reported up by the deadline.

Drill incidents (演练) are left out unless asked for: a drill never changes a real figure.
Callers give the events of [since, until) in journal order (`STAT_KINDS` is enough), and a
few hours before `since` if legs that start earlier should count (they are not counted).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from commandcenter.domain import Event
from commandcenter.domain.deadlines import ReportingPolicy

STAT_KINDS = ("incident.reported", "team.dispatched", "team.arrived", "incident.reported_up")
STAGES = {"phone": "电话初报", "written": "书面报告"}


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0..100) by linear interpolation; None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass
class Leg:
    """One leg of the response (e.g. 接报→派出): minutes per incident and their percentiles."""

    label: str
    minutes: list[float] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.minutes)

    @property
    def p50(self) -> float | None:
        return percentile(self.minutes, 50)

    @property
    def p90(self) -> float | None:
        return percentile(self.minutes, 90)


@dataclass
class Figures:
    since: datetime
    until: datetime
    bucket: timedelta
    reported: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_township: Counter = field(default_factory=Counter)
    by_severity: Counter = field(default_factory=Counter)
    # bucket start -> type -> count, every bucket of the period present (zeros included)
    by_bucket: dict[datetime, Counter] = field(default_factory=dict)
    legs: dict[str, Leg] = field(default_factory=dict)
    deadlines: dict[str, tuple[int, int]] = field(default_factory=dict)  # stage -> (met, due)

    def deadline_share(self, stage: str | None = None) -> float | None:
        """Share of due reports made in time (all stages when none is named); None if none due."""
        pairs = [self.deadlines[stage]] if stage else list(self.deadlines.values())
        due = sum(d for _m, d in pairs)
        return sum(m for m, _d in pairs) / due if due else None


@dataclass
class _Inc:
    reported: datetime
    type: str
    dispatched: datetime | None = None
    arrived: datetime | None = None
    up: dict[str, datetime] = field(default_factory=dict)


def compute(
    events: Iterable[Event],
    since: datetime,
    until: datetime,
    *,
    policy: ReportingPolicy | None = None,
    bucket: timedelta = timedelta(hours=1),
    drills: bool = False,
) -> Figures:
    """The figures of [since, until) from its events (see the module docstring)."""
    policy = policy or ReportingPolicy()
    f = Figures(since=since, until=until, bucket=bucket)
    t = since
    while t < until:
        f.by_bucket[t] = Counter()
        t += bucket
    incs: dict[str, _Inc] = {}
    team_at: dict[str, str] = {}  # team -> incident it was last sent to
    for ev in events:
        p = ev.payload
        if ev.kind == "incident.reported":
            if (p.get("drill") and not drills) or not since <= ev.ts < until:
                continue
            incs[p["incident"]] = _Inc(ev.ts, p.get("type", ""))
            f.reported += 1
            f.by_type[p.get("type", "")] += 1
            f.by_township[p.get("place", {}).get("township", "")] += 1
            f.by_severity[p.get("severity", 0)] += 1
            start = since + ((ev.ts - since) // bucket) * bucket
            f.by_bucket.setdefault(start, Counter())[p.get("type", "")] += 1
        elif ev.kind == "team.dispatched":
            team_at[p["team"]] = p["incident"]
            inc = incs.get(p["incident"])
            if inc and inc.dispatched is None:
                inc.dispatched = ev.ts
        elif ev.kind == "team.arrived":
            inc = incs.get(p.get("incident") or team_at.get(p["team"], ""))
            if inc and inc.dispatched and inc.arrived is None:
                inc.arrived = ev.ts
        elif ev.kind == "incident.reported_up":
            inc = incs.get(p["incident"])
            if inc:
                inc.up.setdefault(p["stage"], ev.ts)
    _legs(f, incs.values())
    _deadlines(f, incs.values(), policy, until)
    return f


def _minutes(a: datetime, b: datetime) -> float:
    return max(0.0, (b - a).total_seconds() / 60)


def _legs(f: Figures, incs: Iterable[_Inc]) -> None:
    legs = {
        "dispatch": Leg("接报→派出"),
        "arrive": Leg("派出→到场"),
        "total": Leg("接报→到场"),
    }
    for inc in incs:
        if inc.dispatched:
            legs["dispatch"].minutes.append(_minutes(inc.reported, inc.dispatched))
            if inc.arrived:
                legs["arrive"].minutes.append(_minutes(inc.dispatched, inc.arrived))
                legs["total"].minutes.append(_minutes(inc.reported, inc.arrived))
    f.legs = legs


def _deadlines(f: Figures, incs: Iterable[_Inc], policy: ReportingPolicy, until: datetime):
    minutes = {"phone": policy.phone_minutes, "written": policy.written_minutes}
    out = {stage: [0, 0] for stage in STAGES}
    for inc in incs:
        for stage, mins in minutes.items():
            due = inc.reported + timedelta(minutes=mins)
            made = inc.up.get(stage)
            if made is None and due >= until:
                continue  # not yet due and not yet made: not counted
            out[stage][1] += 1
            if made is not None and made <= due:
                out[stage][0] += 1
    f.deadlines = {k: (m, d) for k, (m, d) in out.items()}
