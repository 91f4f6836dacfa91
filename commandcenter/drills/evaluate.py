"""The after-action evaluation (演练评估): every inject, what was done, how long it took.

Read from the drill world's events alone (Qt-free): the time each inject was played (its
`drill.inject` marker), and for each expectation the first decision after it that fulfils it,
its delay in drill minutes and whether it met the target (a number of minutes, the bureau's
reporting deadline in force, or "before" a later inject such as the slope failing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from commandcenter.domain import Event, State
from commandcenter.domain.describe import what

from .places import resolve
from .scenario import Expect, Inject, Scenario


@dataclass
class Outcome:
    expect: Expect
    target: float  # minutes after the inject
    done_at: datetime | None = None
    took: float | None = None  # minutes after the inject
    what: str = ""  # the decision that fulfilled it, in words

    @property
    def met(self) -> bool:
        return self.took is not None and self.took <= self.target + 1e-9


@dataclass
class InjectRow:
    inject: Inject
    played_at: datetime | None
    outcomes: list[Outcome] = field(default_factory=list)


@dataclass
class Evaluation:
    scenario: Scenario
    rows: list[InjectRow]

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for r in self.rows for o in r.outcomes]

    @property
    def score(self) -> tuple[int, int]:
        outs = self.outcomes
        return sum(o.met for o in outs), len(outs)


def evaluate(sc: Scenario, events: Iterable[Event], state: State) -> Evaluation:
    """Judge the drill world's events (from `drill.started` on) against the scenario."""
    evs = list(events)
    played: dict[str, datetime] = {}
    for ev in evs:
        if ev.kind == "drill.inject":
            played.setdefault(ev.payload.get("inject", ""), ev.ts)
    pl = resolve(sc, state)
    rows = []
    for inj in sc.injects:
        row = InjectRow(inj, played.get(inj.id))
        for e in (e for e in sc.expects if e.after == inj.id):
            out = Outcome(e, sc.target(e, state.reporting))
            if row.played_at is not None:
                hit = next(
                    (ev for ev in evs if ev.ts >= row.played_at and _fulfils(ev, e, sc, pl, state)),
                    None,
                )
                if hit is not None:
                    out.done_at = hit.ts
                    out.took = (hit.ts - row.played_at).total_seconds() / 60
                    out.what = f"{hit.actor} {what(hit, state)}"
            row.outcomes.append(out)
        rows.append(row)
    return Evaluation(sc, rows)


def _fulfils(ev: Event, e: Expect, sc: Scenario, pl, state: State) -> bool:
    p, a, iid = ev.payload, e.args, sc.incident
    match e.action:
        case "report_up":
            return (
                ev.kind == "incident.reported_up"
                and p.get("incident") == iid
                and p.get("stage") == a.get("stage")
            )
        case "verify":
            return ev.kind == "incident.verified" and p.get("incident") == iid
        case "call":
            return (
                ev.kind == "evac.called"
                and p.get("zone") == pl.zone
                and p.get("role") == a.get("role")
                and bool(p.get("answered"))
            )
        case "evac_start":
            return ev.kind == "evac.started" and p.get("zone") == pl.zone
        case "evac_done":
            zone = state.zones.get(pl.zone)
            need = zone.people if zone else (sc.zone or {}).get("people", 0)
            return (
                ev.kind == "evac.counted"
                and p.get("zone") == pl.zone
                and int(p.get("moved_people", 0)) >= need
            )
        case "dispatch":
            return ev.kind == "team.dispatched" and p.get("incident") == iid
        case "plan":
            return ev.kind == "plan.activated" and p.get("incident") == iid
        case "close":
            return ev.kind == "incident.closed" and p.get("incident") == iid
    return False


def drill_events(journal, copied_gseq: int) -> list[Event]:
    """The drill's own events: everything after the copy of the real county."""
    return [e for e, _ in journal.sequenced(copied_gseq)]


def world_evaluation(journal, state: State) -> Evaluation | None:
    """The evaluation of the drill a world journal holds (None if it is not a drill world)."""
    from .scenario import ScenarioError, parse, scenarios

    if state.drill is None:
        return None
    text = journal.setting("drill_scenario")
    try:
        sc = parse(text, "drill") if text else scenarios().get(state.drill.scenario)
    except ScenarioError:
        sc = None
    if sc is None:
        return None
    return evaluate(sc, drill_events(journal, state.drill.copied_gseq), state)
