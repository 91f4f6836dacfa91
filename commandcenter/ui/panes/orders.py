"""基层签收: every order sent down to a township or village, who signed for it and when, and
what they answered; an order not signed for within the policy's minutes is flagged red."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from commandcenter.domain import apply_field, folding
from commandcenter.domain.entities_field import ANSWERS, ORDER_KINDS, Order, sign_overdue

from .. import fmt
from ..dialogs.orders import call_order, video_order
from ..flow import FlowLayout
from ..i18n import word
from ..models.base import Column, EntityModel
from ..models.proxy import FilterProxy
from .base import Pane, fit_columns, make_table

# Kinds whose handlers can give, change or close an order: every kind handled in the family
# module that keeps orders (apply_field), as a main handler or an `after` one.
_TOUCH_ORDERS = frozenset(
    k
    for k, fns in [(k, [fn]) for k, fn in folding.HANDLERS.items()] + list(folding.AFTER.items())
    if any(fn.__module__ == apply_field.__name__ for fn in fns)
)

OVERDUE_TINT = QColor("#ffcdd2")
DONE_TINT = QColor("#e8f5e9")


class OrderBook(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        s = lambda: desk.state  # noqa: E731 -- the state object changes with each reload
        cols = [
            Column(self.tr("乡镇/村"), self._where),
            Column(self.tr("类别"), lambda o: word(ORDER_KINDS.get(o.kind, o.kind))),
            Column(self.tr("内容"), self._what),
            Column(
                self.tr("下达"),
                lambda o: fmt.hhmm(o.issued_at, s()),
                lambda o: o.issued_at.timestamp(),
            ),
            Column(self.tr("签收记录"), self._signed),
            Column(self.tr("回复"), self._answer),
        ]
        super().__init__(lambda: desk.state.orders, cols, parent)

    def _where(self, o: Order) -> str:
        s = self.desk.state
        return s.village_name(o.township, o.village) if o.village else s.township_name(o.township)

    def _what(self, o: Order) -> str:
        s = self.desk.state
        coll = {"dispatch": s.teams, "evac": s.zones, "call": s.zones, "delivery": s.warehouses}
        thing = coll.get(o.kind, s.videos).get(o.subject)
        return " · ".join(x for x in (getattr(thing, "name", o.subject), o.text) if x)

    def _signed(self, o: Order) -> str:
        if o.signed_at is not None:
            return f"{o.signed_by} {fmt.hhmm(o.signed_at, self.desk.state)}"
        if self.overdue(o):
            return self.tr("超时未签收")
        return self.tr("已结束") if o.closed else self.tr("待签收")

    def _answer(self, o: Order) -> str:
        if not o.answer:
            return ""
        text = word(ANSWERS.get(o.answer, o.answer))
        return f"{text} {fmt.hhmm(o.answered_at, self.desk.state)}" + (
            f" ({o.reason})" if o.reason else ""
        )

    def overdue(self, o: Order) -> bool:
        return sign_overdue(o, datetime.now(UTC), self.desk.policy.sign_minutes)

    def background(self, o: Order, column: int):
        if self.overdue(o):
            return OVERDUE_TINT
        return DONE_TINT if o.answer in ("done", "arrived") else None


class OrdersPane(Pane):
    NAME = "pane.orders"
    TITLE = "基层签收"
    LAZY = True  # a hidden tab when the desk opens (Pane)

    def build_body(self) -> None:
        desk, actions = self.desk, self.actions
        self.model = OrderBook(desk, self)
        self.proxy = FilterProxy(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = FlowLayout()  # wraps on a narrow desk
        self.open_only = QCheckBox(self.tr("只看未办结"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._refilter)
        self.flag = QLabel()
        self.flag.setProperty("role", "error")
        bar.addWidget(self.open_only)
        for label, fn in (
            (self.tr("下达叫应…"), lambda: call_order(actions, self._zone())),
            (self.tr("请求单兵图传…"), lambda: video_order(actions, desk.incident)),
        ):
            b = QPushButton(label)
            b.clicked.connect(fn)
            bar.addWidget(b)
        bar.addWidget(self.flag)
        lay.addLayout(bar)
        self.model.order_by(3, descending=True)  # before the filter (a reorder refilters)
        self._refilter()  # filter before the first sort: the proxy sorts once, not twice
        self.view = make_table(self.proxy, stretch=2, sort=(3, Qt.SortOrder.DescendingOrder))
        fit_columns(self.view, {0: 90, 1: 70, 3: 48, 4: 110, 5: 120})
        lay.addWidget(self.view, 1)
        self.setWidget(body)
        desk.tick.connect(self._minute)
        self._ticks = 0
        self._count()

    def _zone(self) -> str:
        """The zone of the selected order, else one of the current incident's."""
        idx = self.view.currentIndex()
        o = self.desk.state.orders.get(self.proxy.key_at(idx.row())) if idx.isValid() else None
        if o is not None and o.subject in self.desk.state.zones:
            return o.subject
        zones = [z.id for z in self.desk.state.zones.values() if z.incident == self.desk.incident]
        return zones[0] if zones else ""

    def _refilter(self) -> None:
        only = self.open_only.isChecked()
        self.proxy.set_accept((lambda o: not o.closed) if only else None)

    def _count(self) -> None:
        n = sum(1 for o in self.desk.state.orders.values() if self.model.overdue(o))
        mins = self.desk.policy.sign_minutes
        self.flag.setText(self.tr("超过{0}分钟未签收: {1}").format(mins, n) if n else "")

    def _minute(self) -> None:
        # the overdue flag is a matter of time, not of events: look again every 30 seconds
        self._ticks = (self._ticks + 1) % 30
        if self._ticks == 0:
            self.model.refresh(None)
            self._count()

    def on_update(self, u) -> None:
        # Orders are keyed by the ids of the events that gave them, so a touched-ids refresh
        # cannot name them: refresh them all, but only when an event could change one. A full
        # refresh re-sorts the whole book through Python data() calls; at 1,000 incident
        # reports/s, none of which touch orders, it was most of the GUI's stall (py-spy).
        if u.everything or any(e.kind in _TOUCH_ORDERS for e in u.events):
            self.model.refresh(None)
            self._count()
