"""3人1屋: zones with commander, supervisor, caretaker and safe house; record each role's 叫应,
start a transfer, count households and people moved and in the safe house, all-clear."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.vocab import EvacStatus

from ..contacts import ContactStrip
from ..flow import FlowLayout, compact
from ..i18n import vocab
from ..models.proxy import FilterProxy
from ..models.roster import ROLES, ZoneModel
from ..roles import offer
from .base import Pane, fit_columns, make_table


class EvacPane(Pane):
    NAME = "pane.evac"
    TITLE = "3人1屋"
    LAZY = True  # a hidden tab when the desk opens (Pane)

    def build_body(self) -> None:
        desk, actions = self.desk, self.actions
        self.model = ZoneModel(desk, self)
        self.proxy = FilterProxy(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.status = QComboBox()
        compact(self.status, chars=5)
        self.status.addItem(self.tr("全部区域"), "")
        for s in EvacStatus:
            self.status.addItem(vocab(s), str(s))
        self.status.currentIndexChanged.connect(self._refilter)
        search = QLineEdit()
        search.setPlaceholderText(self.tr("搜索区域、责任人…"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.proxy.set_search)
        bar.addWidget(self.status)
        bar.addWidget(search, 1)
        lay.addLayout(bar)
        self.view = make_table(self.proxy)
        fit_columns(self.view, {0: 150, 1: 80, 2: 64, 3: 150, 4: 150, 5: 150, 6: 150, 7: 60})
        lay.addWidget(self.view, 1)
        self.contacts = ContactStrip()
        lay.addWidget(self.contacts)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._contacts())
        calls = FlowLayout()
        calls.addWidget(QLabel(self.tr("叫应:")))
        self.call_buttons: dict[tuple[str, bool], QPushButton] = {}
        for role in ROLES:
            for answered, label in (
                (True, self.tr("{role}已应答")),
                (False, self.tr("{role}未应答")),
            ):
                b = QPushButton(label.format(role=vocab(role)))
                b.clicked.connect(lambda _=False, r=role, a=answered: self._call(r, a))
                offer(b, "evac.called")
                self.call_buttons[(str(role), answered)] = b
                calls.addWidget(b)
        lay.addLayout(calls)
        moves = FlowLayout()
        for label, fn, kind in (
            (self.tr("启动转移…"), actions.start_evac, "evac.started"),
            (self.tr("转移统计…"), actions.count_evac, "evac.counted"),
            (self.tr("解除"), actions.clear_evac, "evac.cleared"),
        ):
            b = offer(QPushButton(label), kind)
            b.clicked.connect(
                lambda _=False, fn=fn: self.current_zone() and fn(self.current_zone())
            )
            moves.addWidget(b)
        lay.addLayout(moves)
        self.setWidget(body)

    def _refilter(self) -> None:
        status = self.status.currentData()
        self.proxy.set_accept(lambda z: not status or z.status == status)

    def current_zone(self) -> str:
        idx = self.view.currentIndex()
        return self.proxy.key_at(idx.row()) if idx.isValid() else ""

    def select_zone(self, zid: str) -> None:
        row = self.model.row_of(zid)
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(idx)

    def _contacts(self) -> None:
        z = self.desk.state.zones.get(self.current_zone())
        people = [(vocab(r), getattr(z, r).name, getattr(z, r).phone) for r in ROLES] if z else []
        self.contacts.show_contacts(people)

    def _call(self, role: str, answered: bool) -> None:
        zone = self.current_zone()
        if zone:
            self.actions.call(zone, role, answered)
        else:
            self.desk.message.emit(self.tr("请先选中一个避险区域"), True)

    def on_update(self, u) -> None:
        self.model.refresh(None if u.everything else u.touched)
