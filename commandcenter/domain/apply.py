"""`apply(state, event)`: fold one fact into the situation.

Deterministic (no clock, no I/O, no randomness: only the state and the event) and total: a
well-formed event never raises, whatever the state, because when it arrives from another desk it
is already a fact. Facts that collide are kept and flagged as conflicts, never dropped.
For speed the given state is updated in place and returned; clone it first to keep the old one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import events as E
from .entities import (
    Call,
    Conflict,
    County,
    FollowUp,
    Incident,
    Item,
    Plan,
    Shelter,
    Shift,
    Team,
    Township,
    VideoSource,
    Warehouse,
    Warning,
    Zone,
)
from .state import State
from .vocab import EvacStatus, IncidentStatus, TeamStatus

Handler = Callable[[State, E.Event, E.P], None]
_HANDLERS: dict[str, Handler] = {}


def on(*kinds: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for k in kinds:
            _HANDLERS[k] = fn
        return fn

    return register


def apply(state: State, ev: E.Event) -> State:
    state.events += 1
    state.last_ts = ev.ts
    handler = _HANDLERS.get(ev.kind)
    if handler is None:  # a kind from a newer version: kept in the journal, not shown
        return state
    try:
        payload = E.payload_of(ev)
    except E.InvalidEvent:
        return state
    handler(state, ev, payload)
    return state


def replay(events: Iterable[E.Event], state: State | None = None) -> State:
    s = state if state is not None else State()
    for ev in events:
        apply(s, ev)
    return s


def _flag(
    state: State, ev: E.Event, kind: str, subject: str, refs: list[str], text: str
) -> Conflict:
    c = Conflict(id=ev.id, kind=kind, subject=subject, refs=refs, at=ev.ts, text=text)
    state.conflicts[ev.id] = c
    return c


def _touch(inc: Incident, ev: E.Event) -> None:
    inc.updated_at = ev.ts


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
        _touch(inc, ev)


def _responding(inc: Incident) -> None:
    if inc.status in (IncidentStatus.REPORTED, IncidentStatus.VERIFIED):
        inc.status = IncidentStatus.RESPONDING


@on("incident.followup")
def _followup(s: State, ev: E.Event, p: E.IncidentFollowUp) -> None:
    inc = s.incidents.get(p.incident)
    if not inc:
        return
    inc.followups.append(FollowUp(at=ev.ts, actor=ev.actor, text=p.text, event=ev.id))
    if p.casualties is not None:
        inc.casualties = p.casualties
    _touch(inc, ev)


@on("incident.severity_changed")
def _severity(s: State, ev: E.Event, p: E.IncidentSeverityChanged) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        inc.severity = p.severity
        _touch(inc, ev)


@on("incident.reported_up")
def _reported_up(s: State, ev: E.Event, p: E.IncidentReportedUp) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        inc.upward[p.stage] = ev.ts
        _touch(inc, ev)


@on("incident.closed")
def _closed(s: State, ev: E.Event, p: E.IncidentClosed) -> None:
    inc = s.incidents.get(p.incident)
    if not inc:
        return
    if inc.status == IncidentStatus.CLOSED:
        c = _flag(s, ev, "closed_twice", inc.id, [inc.id], f"{inc.title} 被重复办结")
        inc.conflicts.append(c.id)
        return
    inc.status = IncidentStatus.CLOSED
    inc.closed_at = ev.ts
    _touch(inc, ev)


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
        _responding(inc)
        _touch(inc, ev)


@on("plan.deactivated")
def _plan_off(s: State, ev: E.Event, p: E.PlanDeactivated) -> None:
    plan = s.plans.get(p.plan)
    if plan:
        inc = s.incidents.get(plan.incident)
        if inc and inc.response_level == plan.active_level:
            inc.response_level = 0
        plan.active_level = 0
        plan.incident = ""


# ---------------------------------------------------------------- teams
@on("team.dispatched")
def _dispatched(s: State, ev: E.Event, p: E.TeamDispatched) -> None:
    team = s.teams.get(p.team)
    inc = s.incidents.get(p.incident)
    if not team or not inc:
        return
    busy = team.status in (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE)
    if busy and team.incident and team.incident != inc.id:
        other = s.incidents.get(team.incident)
        if other is not None and other.status != IncidentStatus.CLOSED:
            c = _flag(
                s,
                ev,
                "double_dispatch",
                team.id,
                [team.incident, inc.id],
                f"{team.name} 同时被派往 {other.title} 和 {inc.title}",
            )
            team.conflicts.append(c.id)
            other.conflicts.append(c.id)
            inc.conflicts.append(c.id)
            if team.id not in inc.teams:
                inc.teams.append(team.id)
            return
    if inc.status == IncidentStatus.CLOSED:
        c = _flag(
            s, ev, "after_close", inc.id, [team.id], f"向已办结的 {inc.title} 派遣 {team.name}"
        )
        inc.conflicts.append(c.id)
    team.status = TeamStatus.DISPATCHED
    team.incident = inc.id
    team.task = p.task
    team.since = ev.ts
    if team.id not in inc.teams:
        inc.teams.append(team.id)
    _responding(inc)
    _touch(inc, ev)


def _team_moves(status: TeamStatus, keep_assignment: bool) -> Handler:
    def handler(s: State, ev: E.Event, p: E.TeamMoved) -> None:
        team = s.teams.get(p.team)
        if not team:
            return
        team.status = status
        team.since = ev.ts
        if not keep_assignment:
            team.incident = ""
            team.task = ""

    return handler


on("team.arrived")(_team_moves(TeamStatus.ON_SCENE, keep_assignment=True))
on("team.returning")(_team_moves(TeamStatus.RETURNING, keep_assignment=True))
on("team.standby")(_team_moves(TeamStatus.STANDBY, keep_assignment=False))
on("team.resting")(_team_moves(TeamStatus.RESTING, keep_assignment=False))


# ---------------------------------------------------------------- materials
def _item(s: State, name: str, category: str = "", unit: str = "") -> None:
    if name not in s.items:
        s.items[name] = Item(name=name, category=category or "其他", unit=unit or "件")


def _take(s: State, ev: E.Event, wh: Warehouse, item: str, qty: int) -> None:
    left = wh.stock.get(item, 0) - qty
    wh.stock[item] = left
    if left < 0:
        c = _flag(s, ev, "overdrawn", wh.id, [item], f"{wh.name} {item} 账面不足 (差 {-left})")
        wh.conflicts.append(c.id)


@on("stock.received")
def _received(s: State, ev: E.Event, p: E.StockReceived) -> None:
    wh = s.warehouses.get(p.warehouse)
    if wh:
        _item(s, p.item, p.category, p.unit)
        wh.stock[p.item] = wh.stock.get(p.item, 0) + p.qty


@on("stock.transferred")
def _transferred(s: State, ev: E.Event, p: E.StockTransferred) -> None:
    src, dst = s.warehouses.get(p.source), s.warehouses.get(p.target)
    if not src or not dst:
        return
    _item(s, p.item)
    _take(s, ev, src, p.item, p.qty)
    dst.stock[p.item] = dst.stock.get(p.item, 0) + p.qty


@on("stock.issued")
def _issued(s: State, ev: E.Event, p: E.StockIssued) -> None:
    wh = s.warehouses.get(p.warehouse)
    if wh:
        _item(s, p.item)
        _take(s, ev, wh, p.item, p.qty)


@on("upkeep.done")
def _upkeep(s: State, ev: E.Event, p: E.UpkeepDone) -> None:
    wh = s.warehouses.get(p.warehouse)
    for u in wh.upkeep if wh else ():
        if u.task == p.task:
            u.last_done = ev.ts


# ---------------------------------------------------------------- 3人1屋 evacuation
@on("evac.called")
def _called(s: State, ev: E.Event, p: E.EvacCalled) -> None:
    z = s.zones.get(p.zone)
    if z:
        call = Call(at=ev.ts, answered=p.answered, actor=ev.actor, note=p.note)
        z.calls.setdefault(str(p.role), []).append(call)


@on("evac.started")
def _evac_started(s: State, ev: E.Event, p: E.EvacStarted) -> None:
    z = s.zones.get(p.zone)
    if not z:
        return
    z.status = EvacStatus.MOVING
    z.incident = p.incident
    z.to_move_households = p.households or z.households
    z.to_move_people = p.people or z.people
    z.moved_households = z.moved_people = z.in_safe_house = 0
    z.started_at = ev.ts
    z.cleared_at = None


@on("evac.counted")
def _evac_counted(s: State, ev: E.Event, p: E.EvacCounted) -> None:
    z = s.zones.get(p.zone)
    if z:
        z.moved_households = p.moved_households
        z.moved_people = p.moved_people
        z.in_safe_house = p.in_safe_house


@on("evac.cleared")
def _evac_cleared(s: State, ev: E.Event, p: E.EvacCleared) -> None:
    z = s.zones.get(p.zone)
    if z:
        z.status = EvacStatus.CLEARED
        z.cleared_at = ev.ts


# ---------------------------------------------------------------- video, warnings, log, shifts
@on("video.linked")
def _video_linked(s: State, ev: E.Event, p: E.VideoLinked) -> None:
    v, inc = s.videos.get(p.video), s.incidents.get(p.incident)
    if v and inc:
        v.incident = inc.id
        if v.id not in inc.videos:
            inc.videos.append(v.id)


@on("video.unlinked")
def _video_unlinked(s: State, ev: E.Event, p: E.VideoLinked) -> None:
    v, inc = s.videos.get(p.video), s.incidents.get(p.incident)
    if v and v.incident == p.incident:
        v.incident = ""
    if inc and p.video in inc.videos:
        inc.videos.remove(p.video)


@on("video.status")
def _video_status(s: State, ev: E.Event, p: E.VideoStatus) -> None:
    v = s.videos.get(p.video)
    if v:
        v.online = p.online


@on("warning.issued")
def _warning(s: State, ev: E.Event, p: E.WarningIssued) -> None:
    s.warnings[p.warning] = Warning(
        id=p.warning,
        colour=p.colour,
        hazard=p.hazard,
        area=p.area,
        valid_from=p.valid_from,
        valid_to=p.valid_to,
        text=p.text,
        issuer=p.issuer,
    )


@on("warning.lifted")
def _warning_lifted(s: State, ev: E.Event, p: E.WarningLifted) -> None:
    w = s.warnings.get(p.warning)
    if w and w.lifted_at is None:
        w.lifted_at = ev.ts


@on("decision.logged")
def _decision(s: State, ev: E.Event, p: E.DecisionLogged) -> None:
    inc = s.incidents.get(p.incident)
    if inc:
        _touch(inc, ev)


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


def handled_kinds() -> frozenset[str]:
    return frozenset(_HANDLERS)
