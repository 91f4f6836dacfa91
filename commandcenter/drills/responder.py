"""The scripted responder: plays a scenario's expected actions, for headless drills and tests.

Each expectation is answered `respond` minutes after its inject (half its target when not
given), with the decision a duty officer would take, chosen from the drill world's state at
that moment (a team on standby, the zone's people). Decisions go through `decide` like any
other, so a responder that asks for the impossible is refused and the evaluation shows it.
"""

from __future__ import annotations

from typing import Any

from commandcenter.domain import State

from .injects import Decision
from .places import Places, resolve, standby_team
from .scenario import Expect, Scenario


class Responder:
    def __init__(self, scenario: Scenario, policy: Any = None) -> None:
        self.scenario = scenario
        self.policy = policy
        self.done: set[str] = set()

    def when(self, e: Expect, played: dict[str, float]) -> float | None:
        """The drill minute at which the responder acts on `e` (None: its inject not played)."""
        if e.after not in played:
            return None
        delay = e.respond if e.respond is not None else self.scenario.target(e, self.policy) / 2
        return played[e.after] + delay

    def next_at(self, played: dict[str, float]) -> float | None:
        times = [
            t
            for e in self.scenario.expects
            if e.id not in self.done and (t := self.when(e, played)) is not None
        ]
        return min(times) if times else None

    def due(self, minute: float, played: dict[str, float]) -> list[Expect]:
        out = [
            e
            for e in self.scenario.expects
            if e.id not in self.done and (t := self.when(e, played)) is not None and t <= minute
        ]
        return sorted(out, key=lambda e: self.when(e, played) or 0)

    def decisions(self, e: Expect, state: State) -> list[Decision]:
        self.done.add(e.id)
        return _act(e, self.scenario, state, resolve(self.scenario, state))


def _act(e: Expect, sc: Scenario, s: State, pl: Places) -> list[Decision]:
    iid, a = sc.incident, e.args
    zone = s.zones.get(pl.zone)
    if e.action == "report_up":
        return [("incident.reported_up", {"incident": iid, "stage": a["stage"], "to": "市应急局"})]
    if e.action == "verify":
        return [("incident.verified", {"incident": iid, "note": "现场核实属实"})]
    if e.action == "call" and zone:
        return [("evac.called", {"zone": zone.id, "role": a["role"], "answered": True})]
    if e.action == "evac_start" and zone:
        payload = {"zone": zone.id, "incident": iid, "households": zone.households,
                   "people": zone.people}  # fmt: skip
        return [("evac.started", payload)]
    if e.action == "evac_done" and zone:
        payload = {"zone": zone.id, "moved_households": zone.households,
                   "moved_people": zone.people, "in_safe_house": zone.people}  # fmt: skip
        return [("evac.counted", payload)]
    if e.action == "dispatch":
        team = standby_team(s, pl, a.get("speciality", ""))
        return (
            [("team.dispatched", {"team": team, "incident": iid, "task": e.label})] if team else []
        )
    if e.action == "plan":
        inc = s.incidents.get(iid)
        plans = [p for p in s.plans.values() if not p.active_level]
        fit = [p for p in plans if inc and inc.type in p.types] or plans
        if fit:
            return [("plan.activated", {"plan": fit[0].id, "level": int(a.get("level", 4)),
                                        "incident": iid})]  # fmt: skip
        return []
    if e.action == "close":
        return [("incident.closed", {"incident": iid, "summary": e.label})]
    return []
