"""Handlers of the township and village stations: orders (given, signed for, answered),
grid reports, disaster figures and station profiles.

Three kinds of the desk are also orders to a station, so they get a second handler
(`folding.after`): a dispatch of a township's team, the start of an evacuation in a zone, and
a transfer of materials into a township's or village's own store. Their order id is the id of the
event. An order closes when it is answered 完成/无法执行 or when its subject moves on (the team
is back, the zone's all-clear), so nothing stays flagged for ever.
"""

from __future__ import annotations

from . import events as E
from .entities_field import Figures, GridReport, Order, Post, place_key
from .folding import after, on
from .state import State


def _order(s: State, ev: E.Event, kind: str, township: str, village: str = "", **kw) -> None:
    if not township or ev.id in s.orders:
        return
    s.orders[ev.id] = Order(
        id=ev.id,
        kind=kind,
        township=township,
        village=village,
        issued_at=ev.ts,
        issued_by=ev.station,
        **kw,
    )


# ---------------------------------------------------------------- orders the desk's events give
@after("team.dispatched")
def _dispatch_order(s: State, ev: E.Event, p: E.TeamDispatched) -> None:
    team = s.teams.get(p.team)
    if team is not None and team.incident == p.incident:  # not when flagged as a double dispatch
        _order(s, ev, "dispatch", team.township, subject=team.id, incident=p.incident, text=p.task)


@after("evac.started")
def _evac_order(s: State, ev: E.Event, p: E.EvacStarted) -> None:
    zone = s.zones.get(p.zone)
    if zone is not None:
        text = f"{p.households}户{p.people}人" if p.people else ""
        _order(
            s,
            ev,
            "evac",
            zone.township,
            zone.village,
            subject=zone.id,
            incident=p.incident,
            text=text,
        )


@after("stock.transferred")
def _delivery_order(s: State, ev: E.Event, p: E.StockTransferred) -> None:
    wh = s.warehouses.get(p.target)
    if wh is not None and wh.township and wh.level in ("township", "village"):
        _order(
            s,
            ev,
            "delivery",
            wh.township,
            wh.village,
            subject=wh.id,
            incident=p.incident,
            text=f"{p.item} {p.qty}",
        )


def _close_orders(s: State, subject: str, kinds: tuple[str, ...]) -> None:
    for o in s.orders.values():
        if o.subject == subject and o.kind in kinds and not o.closed:
            o.closed = True


@after("team.returning", "team.standby", "team.resting")
def _team_back(s: State, ev: E.Event, p: E.TeamMoved) -> None:
    _close_orders(s, p.team, ("dispatch",))


@after("evac.cleared")
def _all_clear(s: State, ev: E.Event, p: E.EvacCleared) -> None:
    _close_orders(s, p.zone, ("evac", "call"))


@on("order.issued")
def _issued(s: State, ev: E.Event, p: E.OrderIssued) -> None:
    if p.order not in s.orders:
        s.orders[p.order] = Order(
            id=p.order,
            kind=p.kind,
            township=p.township,
            village=p.village,
            subject=p.subject,
            incident=p.incident,
            text=p.text,
            issued_at=ev.ts,
            issued_by=ev.station,
        )


@on("order.signed")
def _signed(s: State, ev: E.Event, p: E.OrderSigned) -> None:
    o = s.orders.get(p.order)
    if o is not None and o.signed_at is None:  # the first receipt counts
        o.signed_by, o.signed_at, o.signed_station = p.name, ev.ts, ev.station


@on("order.answered")
def _answered(s: State, ev: E.Event, p: E.OrderAnswered) -> None:
    o = s.orders.get(p.order)
    if o is None:
        return
    if o.signed_at is None:  # answering is also receiving it
        o.signed_by, o.signed_at, o.signed_station = p.name, ev.ts, ev.station
    o.answer, o.answered_by, o.answered_at, o.reason = p.answer, p.name, ev.ts, p.reason
    if p.answer in ("done", "unable"):
        o.closed = True


# ---------------------------------------------------------------- grid reports
@on("grid.reported")
def _grid_reported(s: State, ev: E.Event, p: E.GridReported) -> None:
    if p.report in s.grid_reports:
        return
    s.grid_reports[p.report] = GridReport(
        id=p.report,
        township=p.township,
        village=p.village,
        grid=p.grid,
        reporter=p.reporter,
        title=p.title,
        type=str(p.type),
        severity=p.severity,
        description=p.description,
        casualties=p.casualties,
        reported_at=ev.ts,
        station=ev.station,
    )


@on("grid.checked")
def _grid_checked(s: State, ev: E.Event, p: E.GridChecked) -> None:
    r = s.grid_reports.get(p.report)
    if r is not None and r.checked_at is None:
        r.checked_by, r.checked_at, r.accepted = p.checker, ev.ts, p.accepted
        r.note, r.incident = p.note, p.incident


# ---------------------------------------------------------------- figures and profiles
@on("disaster.figures")
def _figures(s: State, ev: E.Event, p: E.DisasterFigures) -> None:
    s.figures[place_key(p.township, p.village)] = Figures(
        township=p.township,
        village=p.village,
        incident=p.incident,
        houses=p.houses,
        relocated=p.relocated,
        crops_ha=p.crops_ha,
        loss_wan=p.loss_wan,
        at=ev.ts,
        by=ev.actor,
    )


@on("station.profile")
def _profile(s: State, ev: E.Event, p: E.StationProfile) -> None:
    s.posts[place_key(p.township, p.village)] = Post(
        township=p.township,
        village=p.village,
        five=dict(p.five),
        comms=dict(p.comms),
        note=p.note,
        at=ev.ts,
        by=ev.actor,
    )
