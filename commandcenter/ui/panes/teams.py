"""救援队伍: the roster by kind and township with live status; dispatch and recall from here."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commandcenter.domain.vocab import TeamKind, TeamStatus

from ..contacts import ContactStrip
from ..flow import FlowLayout, compact
from ..i18n import vocab
from ..models.proxy import FilterProxy
from ..models.roster import TeamModel
from ..roles import offer
from .base import Pane, fit_columns, make_table, order_columns


class TeamsPane(Pane):
    NAME = "pane.teams"
    TITLE = "救援队伍"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.model = TeamModel(desk, self)
        self.proxy = FilterProxy(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = FlowLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), "")
        for k in TeamKind:
            self.kind.addItem(vocab(k), str(k))
        self.town = QComboBox()
        self.town.addItem(self.tr("全部乡镇"), "")
        for t in desk.state.townships.values():
            self.town.addItem(t.name, t.id)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), "")
        for s in TeamStatus:
            self.status.addItem(vocab(s), str(s))
        search = QLineEdit()
        search.setPlaceholderText(self.tr("搜索队伍、负责人…"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.proxy.set_search)
        compact(self.kind, self.town, self.status, chars=5)
        for w in (self.kind, self.town, self.status):
            bar.addWidget(w)
            w.currentIndexChanged.connect(self._refilter)
        search.setMinimumWidth(140)
        bar.addWidget(search)
        lay.addLayout(bar)
        self.view = make_table(self.proxy)
        self.view.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.view, {0: 170, 1: 130, 2: 80, 3: 48, 4: 60, 5: 160, 7: 180})
        order_columns(self.view, [0, 4, 3, 5, 7, 2, 1, 6])  # 状态 beside the name
        lay.addWidget(self.view, 1)
        self.contacts = ContactStrip()
        lay.addWidget(self.contacts)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._contacts())
        buttons = FlowLayout()
        for label, fn, kind in (
            (self.tr("派往当前事件…"), lambda: actions.dispatch(desk.incident), "team.dispatched"),
            (self.tr("到场"), lambda: self._move("team.arrived"), "team.arrived"),
            (self.tr("返回"), lambda: self._move("team.returning"), "team.returning"),
            (self.tr("待命"), lambda: self._move("team.standby"), "team.standby"),
            (self.tr("休整"), lambda: self._move("team.resting"), "team.resting"),
        ):
            b = offer(QPushButton(label), kind)
            b.clicked.connect(fn)
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.setWidget(body)

    def _refilter(self) -> None:
        kind, town, status = (
            self.kind.currentData(),
            self.town.currentData(),
            self.status.currentData(),
        )
        self.proxy.set_accept(
            lambda t: (
                (not kind or t.kind == kind)
                and (not town or t.township == town)
                and (not status or t.status == status)
            )
        )

    def current_team(self) -> str:
        idx = self.view.currentIndex()
        return self.proxy.key_at(idx.row()) if idx.isValid() else ""

    def _contacts(self) -> None:
        t = self.desk.state.teams.get(self.current_team())
        self.contacts.show_contacts(
            [(self.tr("负责人"), t.leader.name, t.leader.phone)] if t else []
        )

    def _move(self, kind: str) -> None:
        team = self.current_team()
        if team:
            self.actions.team_move(team, kind)

    def on_update(self, u) -> None:
        self.model.refresh(None if u.everything else u.touched)
