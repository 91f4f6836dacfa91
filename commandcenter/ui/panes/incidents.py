"""警情 board: every incident, coloured by severity, filtered, searched, with deadline countdowns.

The board mirrors the desk's one selection (`Desk.incident`, shared with the map, the detail
pane and every action): it only *changes* the selection when the officer clicks or moves with
the keyboard, never because a filter, a closed incident or a re-sort moved the current row.
While the pointer is over the table nothing moves under it: new rows and re-sorting wait until
the pointer leaves (a line says how many new reports are waiting).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.vocab import IncidentStatus, IncidentType

from ..flow import FlowLayout, compact
from ..i18n import vocab
from ..models.incidents import IncidentModel
from ..models.proxy import FilterProxy
from ..roles import offer
from .base import Pane, fit_columns, make_table, order_columns


class IncidentBoard(Pane):
    NAME = "pane.incidents"
    TITLE = "警情"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.model = IncidentModel(desk, self)
        self.proxy = FilterProxy(self.model, self)
        self.view = None  # made after the first filter, so the proxy sorts once
        self._quiet = 0  # >0 while the proxy (not the officer) moves the current row
        self.held = False  # the pointer is over the table: rows stay where they are
        self._held_touched: set[str] = set()
        # Connected before the view's selection model exists, so these run first: a row
        # removed by a filter moves Qt's current index, which must not select anything.
        for begin in (
            self.proxy.rowsAboutToBeRemoved,
            self.proxy.layoutAboutToBeChanged,
            self.proxy.modelAboutToBeReset,
        ):
            begin.connect(self._begin_quiet)
        self.proxy.rowsRemoved.connect(lambda *_a: self._end_quiet(later=False))
        for end in (self.proxy.layoutChanged, self.proxy.modelReset):
            end.connect(lambda *_a: self._end_quiet(later=True))
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        from .warning_strip import WarningStrip  # warnings in force, in the board's header

        self.warning_strip = WarningStrip(desk, self)
        lay.addWidget(self.warning_strip)
        bar = FlowLayout()
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
        compact(self.status, self.type, self.town, self.hours, chars=4)
        for w in (self.status, self.type, self.town, self.hours):
            bar.addWidget(w)
            w.currentIndexChanged.connect(self._refilter)
        self.search.setMinimumWidth(120)
        bar.addWidget(self.search)
        bar.addWidget(intake)
        bar.addWidget(dispatch)
        self.search.textChanged.connect(self.proxy.set_search)
        lay.addLayout(bar)
        self.waiting = QLabel()
        self.waiting.setProperty("role", "hint")
        self.waiting.hide()
        lay.addWidget(self.waiting)
        self.conflict_hint = QLabel(self.tr("⚠ 粉色行有待处理的冲突 — 选中后在事件详情中点“处理…”"))
        self.conflict_hint.setToolTip(
            self.tr(
                "两台值班台在离线时做了相互矛盾的决定(如同一队伍派往两处)，"
                "系统保留两条记录并标出冲突，由值班员核对后处理。"
            )
        )
        self.conflict_hint.setWordWrap(True)
        self.conflict_hint.setStyleSheet("color: #4a0016; background: #f8bbd0; padding: 2px;")
        lay.addWidget(self.conflict_hint)
        self.waiting.setWordWrap(True)
        self._fill_towns()
        self.model.order_by(5, descending=True)  # before the filter (a reorder refilters)
        self._refilter()  # filter before the first sort: the proxy sorts once, not twice
        self._conflict_hint()
        self.view = make_table(self.proxy, sort=(5, Qt.SortOrder.DescendingOrder))
        self.view.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.view, {0: 56, 1: 200, 2: 68, 3: 124, 4: 56, 5: 84, 6: 52, 7: 128, 8: 36})
        # 级别, 标题, 报送时限, 状态 first: the countdown stays in view on a 1366-px screen
        order_columns(self.view, [0, 1, 7, 4, 8, 6, 5, 3, 2])
        self.view.selectionModel().currentRowChanged.connect(self._current)
        # a row coming back into the filter (after the view has taken it in) gets its highlight
        self.proxy.rowsInserted.connect(lambda *_a: self.show_incident(self.desk.incident))
        lay.addWidget(self.view)
        self.setWidget(body)
        self._hover = _Hover(self)
        self.view.viewport().installEventFilter(self._hover)
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
        if current.isValid() and not self._quiet:
            self.desk.select(self.proxy.key_at(current.row()))

    def _begin_quiet(self, *_a) -> None:
        self._quiet += 1

    def _end_quiet(self, later: bool) -> None:
        self._quiet = max(0, self._quiet - 1)
        if self._quiet:
            return
        # put the highlight back on the desk's selection (or none); after a layout change the
        # selection model restores its own rows after this slot, so do it on the next turn
        if later:
            QTimer.singleShot(0, lambda: self.show_incident(self.desk.incident))
        else:
            self.show_incident(self.desk.incident)

    def show_incident(self, iid: str) -> None:
        if self.view is None:
            return
        row = self.model.row_of(iid) if iid else -1
        idx = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        sel = self.view.selectionModel()
        self._quiet += 1
        try:
            if not idx.isValid():  # filtered out or none: highlight nothing rather than another
                sel.clearSelection()
                sel.clearCurrentIndex()
            elif self.view.currentIndex().row() != idx.row() or not sel.isRowSelected(
                idx.row(), QModelIndex()
            ):
                self.view.setCurrentIndex(idx)
                if not self.held:
                    self.view.scrollTo(idx)
        finally:
            self._quiet -= 1

    def hold(self, on: bool) -> None:
        """Freeze the rows under the pointer (on) or let waiting updates in (off)."""
        if on == self.held:
            return
        self.held = on
        self.proxy.setDynamicSortFilter(not on)
        if not on:
            self.model.refresh(None)
            self._held_touched.clear()
            self.waiting.hide()
            self.show_incident(self.desk.incident)

    def on_update(self, u) -> None:
        if u.everything:
            self._fill_towns()
        if self.held:  # repaint rows already shown; new ones and re-sorting wait
            self._held_touched |= set(u.touched)
            last = self.model.columnCount() - 1
            for k in u.touched:
                r = self.model.row_of(k)
                if r >= 0:
                    self.model.dataChanged.emit(self.model.index(r, 0), self.model.index(r, last))
            new = len(self.desk.state.incidents) - self.model.rowCount()
            if new > 0:
                self.waiting.setText(self.tr("{n} 条新警情将在鼠标移开列表后显示").format(n=new))
                self.waiting.show()
            return
        self.model.refresh(None if u.everything else u.touched)
        self._conflict_hint()

    def _conflict_hint(self) -> None:
        self.conflict_hint.setVisible(
            any(not c.settled for c in self.desk.state.conflicts.values())
        )


class _Hover(QObject):
    """Enter/leave of the board's viewport: hold the rows while the pointer is over them."""

    def __init__(self, board: IncidentBoard) -> None:
        super().__init__(board)
        self.board = board

    def eventFilter(self, obj, ev) -> bool:
        if ev.type() == QEvent.Type.Enter:
            self.board.hold(True)
        elif ev.type() == QEvent.Type.Leave:
            self.board.hold(False)
        return False
