"""指令签收: the orders addressed to this station; sign for them, then answer 到场 / 完成 /
无法执行 (with the reason). A dispatch answered 到场 also records the team's arrival."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from commandcenter.domain.entities_field import ANSWERS, ORDER_KINDS

from ..i18n import word
from .models import OrderModel, order_status, order_subject, scoped
from .page import Page, current_key, table


class OrdersPage(Page):
    TITLE = "&1 指令签收"

    def __init__(self, desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.model = OrderModel(desk, self)
        scope = desk.scope
        self.proxy = scoped(self.model, lambda o: scope.covers(o.township, o.village), self)
        self.view = table(self.proxy, stretch=1)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 15pt; padding: 6px; background: #eceff1;")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("无法执行的原因 (如: 道路中断)"))
        row = QHBoxLayout()
        for b in (
            self.button("sign", self.tr("签收"), "order.signed", self.sign, key="F3", primary=True),
            self.button(
                "arrived",
                self.tr("到场"),
                "order.answered",
                lambda: self.answer("arrived"),
                key="F4",
            ),
            self.button(
                "done", self.tr("完成"), "order.answered", lambda: self.answer("done"), key="F5"
            ),
            self.button(
                "unable",
                self.tr("无法执行"),
                "order.answered",
                lambda: self.answer("unable"),
                key="F6",
                danger=True,
            ),
        ):
            if b is not None:
                row.addWidget(b)
        if "unable" in self.buttons:
            row.addWidget(self.reason, 1)
        else:
            self.reason.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.detail)
        lay.addLayout(row)
        lay.addWidget(self.note)
        self._show()

    def current(self):
        return self.desk.state.orders.get(current_key(self.view))

    def select(self, order_id: str) -> None:
        r = self.model.row_of(order_id)
        if r >= 0:
            idx = self.proxy.mapFromSource(self.model.index(r, 0))
            self.view.setCurrentIndex(idx)
            self.view.setFocus()

    def _show(self) -> None:
        o = self.current()
        s = self.desk.state
        if o is None:
            self.detail.setText(self.tr("选择一条指令 (↑↓), 按 F3 签收"))
        else:
            kind = word(ORDER_KINDS.get(o.kind, o.kind))
            status = order_status(o) or self.tr("已签收")
            self.detail.setText(f"【{kind}】 {order_subject(s, o)} — {status}")
        signed = o is not None and o.signed_at is not None
        open_ = o is not None and not o.closed
        for name, enabled in (
            ("sign", open_ and not signed),
            ("arrived", open_ and signed and o.answer != "arrived"),
            ("done", open_ and signed),
            ("unable", open_ and signed),
        ):
            if name in self.buttons:
                self.buttons[name].setEnabled(enabled)

    def sign(self) -> None:
        o = self.current()
        if o is not None:
            decision = ("order.signed", {"order": o.id, "name": self.desk.actor})
            self.submit([decision], self.tr("已签收: {0}").format(self.desk.actor))

    def answer(self, answer: str) -> None:
        o = self.current()
        if o is None:
            return
        payload = {"order": o.id, "answer": answer, "name": self.desk.actor}
        if answer == "unable":
            payload["reason"] = self.reason.text().strip()
        decisions = [("order.answered", payload)]
        team = self.desk.state.teams.get(o.subject) if o.kind == "dispatch" else None
        arriving = answer == "arrived" and team is not None and team.status == "dispatched"
        if arriving and self.desk.may("team.arrived"):
            decisions.append(("team.arrived", {"team": team.id, "incident": o.incident}))
        label = word(ANSWERS[answer])
        self.submit(decisions, self.tr("已回复: {0}").format(label), done=self.reason.clear)

    def on_update(self, u) -> None:
        self.model.refresh(None)  # an order closes when its team returns: repaint them all
        self._show()
