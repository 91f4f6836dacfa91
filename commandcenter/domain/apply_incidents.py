"""Handlers for the county's set-up, incidents, plans, the decision log, shifts and conflicts."""

from __future__ import annotations

from . import events as E
from .entities import (
    County,
    FollowUp,
    Incident,
    Plan,
    Shelter,
    Shift,
    Team,
    Township,
    VideoSource,
    Warehouse,
    Zone,
)
from .folding import Handler, flag, on, responding, touch
from .state import State
from .vocab import IncidentStatus


# ---------------------------------------------------------------- county set-up
@on("county.defined")
def _county(s: State, ev: E.Event, p: E.CountyDefined) -> None:
    s.county = County(name=p.name, bureau=p.bureau, timezone=p.timezone, outline=p.outline)


@on("township.registered")
def _township(s: State, ev: E.Event, p: E.TownshipRegistered) -> None:
    s.townships[p.id] = Township(id=p.id, name=p.name, lon=p.lon, lat=p.lat, villages=p.villages)


def _register(collection: str, entity: type) -> Handler:
    def handler(s: State, ev: E.Event, p: E.P) -> None:
        fields = {f: getattr(p, f) for f in p.__struct_fields__}
        getattr(s, collection)[fields["id"]] = entity(**fields)

    return handler


on("team.registered")(_register("teams", Team))
on("warehouse.registered")(_register("warehouses", Warehouse))
on("zone.registered")(_register("zones", Zone))
on("shelter.registered")(_register("shelters", Shelter))
on("video.registered")(_register("videos", VideoSource))
on("plan.registered")(_register("plans", Plan))


# ---------------------------------------------------------------- incidents
@on("incident.reported")
def _reported(s: State, ev: E.Event, p: E.IncidentReported) -> None:
    if p.incident in s.incidents:  # the same id twice: the first report stands
        return
    s.incidents[p.incident] = Incident(
        id=p.incident,
        type=p.type,
        severity=p.severity,
        title=p.title,
        place=p.place,
        source=p.source,
        reported_at=ev.ts,
        occurred_at=p.occurred_at,
        reporter=p.reporter,
        description=p.description,
        casualties=p.casualties,
        updated_at=ev.ts,
        drill=p.drill,
        subtype=p.subtype,
        threatened_households=p.threatened_households,
        threatened_people=p.threatened_people,
    )


@on("incident.verified")
def _verified(s: State, ev: E.Event, p: E.IncidentVerified) -> None:
    inc = s.incidents.get(p.incident)
    if inc and inc.status == IncidentStatus.REPORTED:
        inc.status = IncidentStatus.VERIFIED
        touch(inc, ev)


@on("incident.followup")
def _followup(s: State, ev: E.Event, p: E.IncidentFollowUp) -> None:
    inc = s.incidents.get(p.incident)
    if not inc:
        return
    inc.followups.append(FollowUp(at=ev.ts, actor=ev.actor, text=p.text, event=ev.id))
    if p.casualties is not None:
        inc.casualties = p.casualties
    touch(inc, ev)


@on("incident.severity_changed")
def _severity(s: State, ev: E.Event, p: E.IncidentSeverityChanged) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        inc.severity = p.severity
        touch(inc, ev)


@on("incident.reported_up")
def _reported_up(s: State, ev: E.Event, p: E.IncidentReportedUp) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        inc.upward[p.stage] = ev.ts
        if p.stage == "followup":
            inc.followups_up += 1
        touch(inc, ev)


@on("incident.closed")
def _closed(s: State, ev: E.Event, p: E.IncidentClosed) -> None:
    inc = s.incidents.get(p.incident)
    if not inc:
        return
    if inc.status == IncidentStatus.CLOSED:
        c = flag(s, ev, "closed_twice", inc.id, [inc.id], f"{inc.title} 被重复办结")
        inc.conflicts.append(c.id)
        return
    inc.status = IncidentStatus.CLOSED
    inc.closed_at = ev.ts
    inc.disposition = p.disposition
    touch(inc, ev)


@on("plan.activated")
def _plan_on(s: State, ev: E.Event, p: E.PlanActivated) -> None:
    plan = s.plans.get(p.plan)
    if plan:
        plan.active_level = p.level
        plan.incident = p.incident
    inc = s.incidents.get(p.incident)
    if inc:
        inc.response_level = p.level
        if p.plan not in inc.plans:
            inc.plans.append(p.plan)
        responding(inc)
        touch(inc, ev)


@on("plan.deactivated")
def _plan_off(s: State, ev: E.Event, p: E.PlanDeactivated) -> None:
    plan = s.plans.get(p.plan)
    if plan:
        inc = s.incidents.get(plan.incident)
        if inc and inc.response_level == plan.active_level:
            inc.response_level = 0
        plan.active_level = 0
        plan.incident = ""


@on("decision.logged")
def _decision(s: State, ev: E.Event, p: E.DecisionLogged) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        touch(inc, ev)


@on("shift.started")
def _shift_started(s: State, ev: E.Event, p: E.ShiftStarted) -> None:
    old = s.shifts.get(s.shift)
    if old and old.end is None:
        old.end = ev.ts
    s.shifts[p.shift] = Shift(id=p.shift, officer=p.officer, leader=p.leader, start=ev.ts)
    s.shift = p.shift


@on("shift.signed")
def _shift_signed(s: State, ev: E.Event, p: E.ShiftSigned) -> None:
    sh = s.shifts.get(p.shift)
    if sh:
        if p.side == "out":
            sh.signed_out = p.name
        else:
            sh.signed_in = p.name


@on("shift.ended")
def _shift_ended(s: State, ev: E.Event, p: E.ShiftEnded) -> None:
    sh = s.shifts.get(p.shift)
    if sh and sh.end is None:
        sh.end = ev.ts


@on("conflict.settled")
def _settled(s: State, ev: E.Event, p: E.ConflictSettled) -> None:
    c = s.conflicts.get(p.conflict)
    if c and not c.settled:
        c.settled = True
        c.settled_note = p.note
