"""网格上报: a grid member (网格员) reports what they found; the grid leader (网格长) checks it
and sends it up as an incident, or sends it back with the reason. Two people, two steps."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from commandcenter.domain.vocab import SEVERITY_ZH, IncidentType
from commandcenter.store.journal import new_id

from ..i18n import vocab, word
from .models import GridModel, scoped
from .page import Page, current_key, table


class ReportPage(Page):
    TITLE = "&2 网格上报"

    def __init__(self, desk, parent=None) -> None:
        super().__init__(desk, parent)
        scope = desk.scope
        s = desk.state
        # ---- step 1: the grid member's report
        form_box = QGroupBox(self.tr("① 网格员查报"))
        form = QFormLayout(form_box)
        self.reporter = QLineEdit(desk.actor)
        self.grid = QLineEdit()
        self.grid.setPlaceholderText(self.tr("如: 第3网格"))
        self.village = QComboBox()
        town = s.townships.get(scope.township)
        for v in town.villages if town else ():
            if not scope.village or v.id == scope.village:
                self.village.addItem(v.name, v.id)
        if not scope.village:
            self.village.insertItem(0, self.tr("(乡镇本级)"), "")
            self.village.setCurrentIndex(0)
        self.type = QComboBox()
        for t in IncidentType:
            self.type.addItem(vocab(t), str(t))
        self.severity = QComboBox()
        for level in (4, 3, 2, 1):
            self.severity.addItem(f"{word(SEVERITY_ZH[level])} ({'ⅠⅡⅢⅣ'[level - 1]})", level)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("发现了什么, 在哪里"))
        self.trapped = QSpinBox(maximum=100000)
        self.injured = QSpinBox(maximum=100000)
        people = QHBoxLayout()
        people.addWidget(self.trapped)
        people.addWidget(self.injured)
        for label, w in (
            (self.tr("网格员(&R)"), self.reporter),
            (self.tr("网格"), self.grid),
            (self.tr("村(社区)"), self.village),
            (self.tr("类别"), self.type),
            (self.tr("级别"), self.severity),
            (self.tr("情况(&T)"), self.title_edit),
            (self.tr("被困 / 受伤"), people),
        ):
            form.addRow(label, w)
        send = self.button(
            "report",
            self.tr("提交网格长审核"),
            "grid.reported",
            self.report,
            key="Ctrl+Return",
            primary=True,
        )
        if send is not None:
            form.addRow(send)
        else:
            form_box.setEnabled(False)
        # ---- step 2: the grid leader's check
        check_box = QGroupBox(self.tr("② 网格长审核并上报"))
        self.model = GridModel(desk, self)
        self.proxy = scoped(self.model, lambda r: scope.covers(r.township, r.village), self)
        self.view = table(self.proxy, stretch=0)
        self.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.checker = QLineEdit()
        self.checker.setPlaceholderText(self.tr("网格长姓名"))
        self.back_note = QLineEdit()
        self.back_note.setPlaceholderText(self.tr("退回原因"))
        col = QVBoxLayout(check_box)
        col.addWidget(self.view, 1)
        who = QHBoxLayout()
        who.addWidget(self.checker)
        who.addWidget(self.back_note)
        col.addLayout(who)
        buttons = QHBoxLayout()
        for b in (
            self.button(
                "accept",
                self.tr("审核通过并上报"),
                "grid.checked",
                lambda: self.check(True),
                key="F7",
                primary=True,
            ),
            self.button(
                "reject", self.tr("退回"), "grid.checked", lambda: self.check(False), key="F8"
            ),
        ):
            if b is not None:
                buttons.addWidget(b)
        col.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(form_box, 1)
        row.addWidget(check_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(self.note)

    def report(self) -> None:
        scope = self.desk.scope
        payload = {
            "report": new_id(),
            "township": scope.township,
            "village": self.village.currentData() or "",
            "grid": self.grid.text().strip(),
            "reporter": self.reporter.text().strip(),
            "title": self.title_edit.text().strip(),
            "type": self.type.currentData(),
            "severity": self.severity.currentData(),
            "casualties": {"trapped": self.trapped.value(), "injured": self.injured.value()},
        }
        self.submit(
            [("grid.reported", payload)], self.tr("已提交, 等待网格长审核"), done=self._clear
        )

    def _clear(self) -> None:
        self.title_edit.clear()
        self.trapped.setValue(0)
        self.injured.setValue(0)

    def select(self, report_id: str) -> None:
        r = self.model.row_of(report_id)
        if r >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(r, 0)))

    def check(self, accepted: bool) -> None:
        r = self.desk.state.grid_reports.get(current_key(self.view))
        if r is None:
            self.say(self.tr("请先在列表中选择一份网格报告"), True)
            return
        checker = self.checker.text().strip()
        incident = new_id() if accepted else ""
        decisions = [
            (
                "grid.checked",
                {
                    "report": r.id,
                    "checker": checker,
                    "accepted": accepted,
                    "incident": incident,
                    "note": self.back_note.text().strip(),
                },
            ),
        ]
        if accepted:
            decisions.append(
                (
                    "incident.reported",
                    {
                        "incident": incident,
                        "type": r.type,
                        "severity": r.severity,
                        "title": r.title,
                        "place": {"township": r.township, "village": r.village, "group": r.grid},
                        "source": "grid",
                        "reporter": {"name": r.reporter},
                        "description": r.description,
                        "casualties": msgspec.to_builtins(r.casualties),
                    },
                )
            )
        text = self.tr("已审核并上报县应急指挥中心") if accepted else self.tr("已退回网格员")
        self.submit(decisions, text, done=self.back_note.clear)

    def on_update(self, u) -> None:
        self.model.refresh(None)
