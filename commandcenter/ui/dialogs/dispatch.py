"""派遣: pick one or more teams for an incident from a list ranked by suitability, with why.

The ranking is the core's (`domain.ranking`); this dialog shows it, lets the officer tick
teams (Space on the current row), write the task and confirm. All ticked teams go as one
step: if one is refused, none is sent and the reason is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.ranking import rank_teams

from .. import fmt
from ..i18n import reasons, vocab
from .footer import add_footer


class DispatchDialog(QDialog):
    def __init__(self, desk, incident: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.incident = incident
        self.task = None
        inc = desk.state.incidents[incident]
        self.setWindowTitle(self.tr("派遣队伍 — {title}").format(title=inc.title))
        lay = QVBoxLayout(self)
        head = QLabel(
            self.tr("{type}，{place}。按得分排序，勾选要派遣的队伍 (空格键勾选)。").format(
                type=vocab(inc.type), place=fmt.place(desk.state, inc)
            )
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        # why 3.5 km can rank above 3.3 km: distance is one term of the score, not the order
        self.how = QLabel(
            self.tr(
                "得分 = 专长对口 50 (或综合力量 20) + (30 − 距离公里) + 本乡镇 5 + 人数÷4 (至多 15)"
                " − 正在返回 10。距离只是其中一项，所以较远但专长对口或人多的队伍可能排在前面。"
            )
        )
        self.how.setWordWrap(True)
        self.how.setProperty("role", "hint")
        lay.addWidget(self.how)
        self.ranked = rank_teams(desk.state, incident)
        self.table = QTableWidget(len(self.ranked), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("队伍"),
                self.tr("类别"),
                self.tr("人数"),
                self.tr("距离"),
                self.tr("推荐理由"),
                self.tr("得分"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, r in enumerate(self.ranked):
            name = QTableWidgetItem(r.team.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, r.team.id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(vocab(r.team.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(str(r.team.headcount)))
            km = self.tr("{km:.1f} 公里").format(km=r.km) if r.km is not None else "—"
            self.table.setItem(row, 3, QTableWidgetItem(km))
            score = QTableWidgetItem(f"{r.score:.1f}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4, QTableWidgetItem(reasons(r.reasons)))
            self.table.setItem(row, 5, score)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemActivated.connect(self._toggle)
        lay.addWidget(self.table)
        if not self.ranked:
            lay.addWidget(QLabel(self.tr("没有待命的队伍。")))
        self.task_edit = QLineEdit()
        self.task_edit.setPlaceholderText(self.tr("任务，例如：人员搜救、人员转移"))
        lay.addWidget(QLabel(self.tr("任务")))
        lay.addWidget(self.task_edit)
        self.error, self.ok = add_footer(self, lay, self.tr("派遣"))
        self.resize(860, 520)
        if self.ranked:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def _toggle(self, item: QTableWidgetItem) -> None:
        cell = self.table.item(item.row(), 0)
        on = cell.checkState() == Qt.CheckState.Checked
        cell.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)

    def check(self, team_id: str, on: bool = True) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell.data(Qt.ItemDataRole.UserRole) == team_id:
                cell.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell.checkState() == Qt.CheckState.Checked:
                out.append(cell.data(Qt.ItemDataRole.UserRole))
        return out

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        teams = self.chosen()
        if not teams:
            self.show_error(self.tr("请至少勾选一支队伍"))
            return
        task = self.task_edit.text().strip()
        decisions = [
            ("team.dispatched", {"team": t, "incident": self.incident, "task": task}) for t in teams
        ]
        self.task = self.desk.submit(
            decisions,
            done=lambda _e: self.done(QDialog.DialogCode.Accepted),
            failed=self.show_error,
        )
