"""值班日志: every decision as a plain sentence, newest first, filtered and searched, with the
journal's integrity check one click away."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.store import verify

from ..flow import FlowLayout, compact
from ..models.cells import refilter
from ..models.log import LogFilter, LogModel
from .base import Pane, fit_columns, make_table

HISTORY = 5_000  # rows read at start-up; the full record stays in the journal and reports
FIRST = 200  # shown at once, before the first paint; the rest of HISTORY follows
BATCH = 250
CHUNK = 120  # live rows added per turn of the loop at most (see LogPane._drain)


class LogPane(Pane):
    NAME = "pane.log"
    TITLE = "值班日志"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.model = LogModel(self)
        self.proxy = LogFilter(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = FlowLayout()
        self.group = QComboBox()
        compact(self.group, chars=4)
        for label, key in (
            (self.tr("全部"), ""),
            (self.tr("事件"), "incident."),
            (self.tr("队伍"), "team."),
            (self.tr("物资"), "stock."),
            (self.tr("3人1屋"), "evac."),
            (self.tr("其他"), "other"),
        ):
            self.group.addItem(label, key)
        self.group.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(group=self.group.currentData())
        )
        self.only_incident = QCheckBox(self.tr("仅当前事件"))
        self.only_incident.toggled.connect(self._incident_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索日志…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(search=t))
        self.check = QPushButton(self.tr("完整性校验"))
        self.check.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        bar.addWidget(self.group)
        bar.addWidget(self.only_incident)
        self.search.setMinimumWidth(140)
        bar.addWidget(self.search)
        bar.addWidget(self.check)
        lay.addLayout(bar)
        lay.addWidget(self.result)
        self.result.hide()
        self.view = make_table(self.proxy, stretch=3, sort=(0, Qt.SortOrder.DescendingOrder))
        fit_columns(self.view, {0: 92, 1: 64, 2: 90})
        lay.addWidget(self.view, 1)
        self.setWidget(body)
        desk.selected.connect(lambda _i: self._incident_filter(self.only_incident.isChecked()))
        self._backlog: list = []  # live events not yet in the model (see _drain)
        self.loading = desk.run(self._load_history())

    async def _load_history(self) -> None:
        # A screenful of the newest rows at once; the older ones in small batches with a
        # frame's pause between them. All 5,000 in one go held the GUI thread ~0.5 s (their
        # sentences, then the proxy's sort) right before the first paint (py-spy, issue 15).
        journal = self.desk.station.journal
        evs = await self.desk.read(journal.recent, FIRST)
        self.model.append(evs, self.desk.state)
        if len(evs) < FIRST:
            return
        older = await self.desk.read(journal.recent, HISTORY)
        for end in range(len(older), 0, -BATCH):  # newest first; rows already shown are skipped
            await asyncio.sleep(0.01)
            self.model.append(older[max(0, end - BATCH) : end], self.desk.state)

    def _incident_filter(self, on: bool) -> None:
        refilter(
            self.proxy, lambda: setattr(self.proxy, "incident", self.desk.incident if on else "")
        )

    def verify(self) -> None:
        self.check.setEnabled(False)
        self.result.setText(self.tr("正在校验…"))
        self.result.show()
        self.verifying = self.desk.run(self._verify())

    async def _verify(self) -> None:
        try:
            rep = await self.desk.read(verify, self.desk.station.journal)
        finally:
            self.check.setEnabled(True)
        if rep.ok:
            self.result.setText(
                self.tr("✓ 日志完整: 已校验 {n} 条，{s} 个站点，链尾 {h}").format(
                    n=rep.checked, s=rep.stations, h=rep.head_ghash[:12]
                )
            )
            self.result.setStyleSheet("color: #2e7d32; font-weight: bold;")
        else:
            self.result.setText(self.tr("✗ 日志被改动: {first}").format(first=rep.problems[0]))
            self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")

    def on_update(self, u) -> None:
        if u.events:
            self._backlog.extend(u.events)
            self._drain()

    def _drain(self) -> None:
        """Add waiting rows, at most CHUNK a turn unless the desk flushes now: 480 rows in
        one go (their sentences, then the proxy placing them) held the GUI 82 ms."""
        take = len(self._backlog) if self.desk.flushing else CHUNK
        evs, self._backlog = self._backlog[:take], self._backlog[take:]
        self.model.append(evs, self.desk.state)
        self.view.doItemsLayout()
        if self._backlog:
            self.desk.later(self._drain)  # the rest in a later turn, after a paint
