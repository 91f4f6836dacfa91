"""Handlers for resources in action: teams, materials, 3人1屋 evacuation, video, warnings."""

from __future__ import annotations

from . import events as E
from .entities import (
    Call,
    Item,
    Warehouse,
    Warning,
)
from .folding import Handler, flag, on, responding, touch
from .state import State
from .vocab import EvacStatus, IncidentStatus, TeamStatus


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
            c = flag(
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
        c = flag(
            s, ev, "after_close", inc.id, [team.id], f"向已办结的 {inc.title} 派遣 {team.name}"
        )
        inc.conflicts.append(c.id)
    team.status = TeamStatus.DISPATCHED
    team.incident = inc.id
    team.task = p.task
    team.since = ev.ts
    if team.id not in inc.teams:
        inc.teams.append(team.id)
    responding(inc)
    touch(inc, ev)


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
        c = flag(s, ev, "overdrawn", wh.id, [item], f"{wh.name} {item} 账面不足 (差 {-left})")
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
        onset=p.onset,
        concerns=p.concerns,
        villages=p.villages,
        zones=p.zones,
        cap=p.cap,
        issued_at=ev.ts,
    )


@on("warning.lifted")
def _warning_lifted(s: State, ev: E.Event, p: E.WarningLifted) -> None:
    w = s.warnings.get(p.warning)
    if w and w.lifted_at is None:
        w.lifted_at = ev.ts
        w.lift_reason = p.reason
