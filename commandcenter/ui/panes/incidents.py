"""警情 board: every incident, coloured by severity, filtered, searched, with deadline countdowns."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commandcenter.domain.vocab import IncidentStatus, IncidentType

from ..i18n import vocab
from ..models.base import FilterProxy
from ..models.incidents import IncidentModel
from ..roles import offer
from .base import Pane, fit_columns, make_table


class IncidentBoard(Pane):
    NAME = "pane.incidents"
    TITLE = "警情"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.model = IncidentModel(desk, self)
        self.proxy = FilterProxy(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("未办结"), "open")
        self.status.addItem(self.tr("全部状态"), "")
        for s in IncidentStatus:
            self.status.addItem(vocab(s), str(s))
        self.type = QComboBox()
        self.type.addItem(self.tr("全部类型"), "")
        for t in IncidentType:
            self.type.addItem(vocab(t), str(t))
        self.town = QComboBox()
        self.town.addItem(self.tr("全部乡镇"), "")
        self.hours = QComboBox()
        for label, h in (
            (self.tr("全部时间"), 0),
            (self.tr("近1小时"), 1),
            (self.tr("近6小时"), 6),
            (self.tr("近24小时"), 24),
        ):
            self.hours.addItem(label, h)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索标题、地点…"))
        self.search.setClearButtonEnabled(True)
        intake = offer(QPushButton(self.tr("接报 (F2)")), "incident.reported")
        intake.setProperty("primary", True)
        intake.clicked.connect(actions.intake)
        dispatch = offer(QPushButton(self.tr("派遣…")), "team.dispatched")
        dispatch.setMinimumWidth(64)
        dispatch.clicked.connect(lambda: actions.dispatch(desk.incident))
        for w in (self.status, self.type, self.town, self.hours):
            bar.addWidget(w)
            w.currentIndexChanged.connect(self._refilter)
        bar.addWidget(self.search, 1)
        bar.addWidget(intake)
        bar.addWidget(dispatch)
        self.search.textChanged.connect(self.proxy.set_search)
        lay.addLayout(bar)
        self._fill_towns()
        self.model.presort(5)  # before the filter, which a reorder would run again
        self._refilter()  # filter before the first sort: the proxy sorts once, not twice
        self.view = make_table(self.proxy, stretch=1, sort=(5, Qt.SortOrder.DescendingOrder))
        fit_columns(self.view, {0: 56, 2: 68, 3: 124, 4: 56, 5: 84, 6: 52, 7: 128, 8: 36})
        self.view.selectionModel().currentRowChanged.connect(self._current)
        lay.addWidget(self.view)
        self.setWidget(body)
        # The countdown only needs the visible cells repainted; a dataChanged over every row
        # would make the proxy refilter and resort the whole board each second.
        desk.tick.connect(self.view.viewport().update)
        desk.selected.connect(self.show_incident)

    def _fill_towns(self) -> None:
        have = {self.town.itemData(i) for i in range(self.town.count())}
        for t in self.desk.state.townships.values():
            if t.id not in have:
                self.town.addItem(t.name, t.id)

    def _refilter(self) -> None:
        status, kind = self.status.currentData(), self.type.currentData()
        town, hours = self.town.currentData(), self.hours.currentData()
        clock = self.desk.station.clock

        def accept(inc) -> bool:
            if status == "open" and inc.status == IncidentStatus.CLOSED:
                return False
            if status and status != "open" and inc.status != status:
                return False
            if kind and inc.type != kind:
                return False
            if town and inc.place.township != town:
                return False
            return not hours or inc.reported_at >= clock() - timedelta(hours=hours)

        self.proxy.set_accept(accept)

    def _current(self, current, _previous) -> None:
        if current.isValid():
            self.desk.select(self.proxy.key_at(current.row()))

    def show_incident(self, iid: str) -> None:
        row = self.model.row_of(iid)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if idx.isValid() and self.view.currentIndex().row() != idx.row():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)

    def on_update(self, u) -> None:
        self.model.refresh(None if u.everything else u.touched)
        if u.everything:
            self._fill_towns()
