"""Table models of the field station: orders, grid reports, teams and zones of its scope.

Each is the desk's `EntityModel` over one collection of the state (so `data()` stays O(1) and
rows append in batches); the scope is a `FilterProxy` filter, not a copied list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from commandcenter.domain.entities_field import ANSWERS, ORDER_KINDS, GridReport, Order

from .. import fmt
from ..i18n import vocab, word
from ..models.base import Column, EntityModel
from ..models.proxy import FilterProxy

UNSIGNED = QColor("#ffcdd2")
SIGNED = QColor("#fff9c4")
CLOSED = QColor("#e8f5e9")


def _tr(text: str) -> str:
    return QCoreApplication.translate("field", text)


def order_subject(state, o: Order) -> str:
    """'盘石镇综合应急救援队' / '一村滑坡点' / the store or camera, then the incident."""
    names = {
        "dispatch": state.teams,
        "evac": state.zones,
        "call": state.zones,
        "delivery": state.warehouses,
        "video": state.videos,
    }
    thing = names.get(o.kind, {}).get(o.subject)
    parts = [getattr(thing, "name", o.subject)]
    if o.text:
        parts.append(o.text)
    inc = state.incidents.get(o.incident)
    if inc is not None:
        parts.append(f"「{inc.title}」")
    return " · ".join(p for p in parts if p)


def order_status(o: Order) -> str:
    if o.answer:
        return word(ANSWERS.get(o.answer, o.answer)) + (f": {o.reason}" if o.reason else "")
    if o.closed:
        return _tr("已结束")
    return _tr("待回复") if o.signed_at else _tr("待签收")


class OrderModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        s = lambda: desk.state  # noqa: E731 -- the state object changes with each reload
        cols = [
            Column(_tr("类别"), lambda o: word(ORDER_KINDS.get(o.kind, o.kind))),
            Column(_tr("内容"), lambda o: order_subject(s(), o)),
            Column(
                _tr("下达"),
                lambda o: fmt.stamp(o.issued_at, s()),
                lambda o: o.issued_at.timestamp(),
            ),
            Column(
                _tr("签收记录"),
                lambda o: f"{o.signed_by} {fmt.hhmm(o.signed_at, s())}" if o.signed_at else "—",
            ),
            Column(_tr("回复"), order_status),
        ]
        super().__init__(lambda: desk.state.orders, cols, parent)

    def background(self, o: Order, column: int):
        if o.closed:
            return CLOSED
        return SIGNED if o.signed_at else UNSIGNED


class GridModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        s = lambda: desk.state  # noqa: E731
        cols = [
            Column(_tr("报告"), lambda r: r.title),
            Column(_tr("网格员"), lambda r: f"{r.reporter} {r.grid}".strip()),
            Column(_tr("类别"), lambda r: vocab(r.type)),
            Column(
                _tr("时间"),
                lambda r: fmt.hhmm(r.reported_at, s()),
                lambda r: r.reported_at.timestamp(),
            ),
            Column(_tr("审核"), _grid_status),
        ]
        super().__init__(lambda: desk.state.grid_reports, cols, parent)

    def background(self, r: GridReport, column: int):
        return UNSIGNED if r.checked_at is None else (CLOSED if r.accepted else SIGNED)


def _grid_status(r: GridReport) -> str:
    if r.checked_at is None:
        return _tr("待网格长审核")
    if r.accepted:
        return _tr("{0} 已上报").format(r.checked_by)
    return _tr("{0} 退回: {1}").format(r.checked_by, r.note)


class TeamModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        cols = [
            Column(_tr("队伍"), lambda t: t.name),
            Column(_tr("人数"), lambda t: str(t.headcount), lambda t: t.headcount, right=True),
            Column(_tr("状态"), lambda t: vocab(t.status)),
            Column(_tr("任务"), lambda t: t.task),
        ]
        super().__init__(lambda: desk.state.teams, cols, parent)


class ZoneModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        cols = [
            Column(_tr("避险区域"), lambda z: z.name),
            Column(_tr("状态"), lambda z: vocab(z.status)),
            Column(_tr("应转移"), lambda z: f"{z.to_move_households}户 {z.to_move_people}人"),
            Column(_tr("已转移"), lambda z: f"{z.moved_households}户 {z.moved_people}人"),
            Column(_tr("安全屋"), lambda z: f"{z.in_safe_house}人"),
        ]
        super().__init__(lambda: desk.state.zones, cols, parent)


def scoped(model: EntityModel, accept, parent=None) -> FilterProxy:
    proxy = FilterProxy(model, parent)
    proxy.set_accept(accept)
    return proxy
