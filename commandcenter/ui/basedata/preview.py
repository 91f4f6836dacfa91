"""`ImportPreviewDialog`: what an import would change, and every bad row, before anything is stored.

The file is read and compared on a worker thread (a city workbook takes seconds), against a
copy of the situation taken on the GUI thread (the live state belongs to it). The dialog shows the difference per
sheet (新增 / 变更 / 注销) and the errors table (sheet, row, column, reason); 导入 is enabled
only for a clean, non-empty plan and records it through the desk as one step, all or none.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandcenter.plugins import PluginAPI
from commandcenter.plugins.api import SnapshotAPI

from ..dialogs.footer import add_footer

WHERE = re.compile(r"^(\S+) 第(\d+)行 ([^:]+): (.*)$")


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(str(text)))


class ImportPreviewDialog(QDialog):
    def __init__(self, desk, importer, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreview")
        self.desk, self.importer, self.path = desk, importer, Path(path)
        self.plan = None
        self.task = None
        self.setWindowTitle(self.tr("导入预览 — {0}").format(self.path.name))
        lay = QVBoxLayout(self)
        self.status = QLabel(self.tr("正在读取 {0} …").format(self.path.name))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.diff_label = QLabel(self.tr("变动 (尚未保存)"))
        lay.addWidget(self.diff_label)
        self.diff = _table([self.tr("工作表"), self.tr("新增"), self.tr("变更"), self.tr("注销")])
        self.diff.horizontalHeader().setStretchLastSection(False)
        self.diff.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.diff)
        self.errors_label = QLabel(self.tr("错误"))
        lay.addWidget(self.errors_label)
        self.errors = _table([self.tr("工作表"), self.tr("行"), self.tr("列"), self.tr("问题")])
        lay.addWidget(self.errors)
        self.error, self.ok = add_footer(self, lay, self.tr("导入"))
        self.ok.setEnabled(False)
        self.resize(720, 560)

    def start(self):
        """Read and compare in the background; returns the task (tests await it)."""
        self.task = self.desk.run(self._load())
        return self.task

    async def _load(self) -> None:
        # the worker compares against a copy: the live state belongs to the GUI thread
        snapshot = SnapshotAPI.of(PluginAPI(self.desk.station))

        def work():
            return self.importer.compare(snapshot, self.importer.read(self.path))

        self.show_plan(await asyncio.to_thread(work))

    def show_plan(self, plan) -> None:
        self.plan = plan
        _fill(
            self.diff,
            [[d.sheet, len(d.new), len(d.changed), len(d.retired)] for d in plan.diffs],
        )
        self.diff.setVisible(bool(plan.diffs))  # no difference is worked out for a bad file
        self.diff_label.setVisible(bool(plan.diffs))
        rows = []
        for line in plan.errors:
            m = WHERE.match(line)
            rows.append(list(m.groups()) if m else ["", "", "", line])
        _fill(self.errors, rows)
        self.errors.setVisible(bool(rows))
        self.errors_label.setVisible(bool(rows))
        new, changed, retired = plan.counts()
        if plan.errors:
            text = self.tr("发现 {0} 处错误, 请修改文件后重新导入; 未保存任何内容。")
            self.status.setText(text.format(len(plan.errors)))
        elif plan.empty:
            self.status.setText(self.tr("文件与现有基础数据一致, 无需导入。"))
        else:
            text = self.tr("共 {0} 行: 新增 {1}, 变更 {2}, 注销 {3}。确认后一次性记录。")
            self.status.setText(
                "\n".join([text.format(plan.rows, new, changed, retired), *plan.notes])
            )
        self.ok.setEnabled(plan.ok and not plan.empty)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.ok.setEnabled(True)

    def accept(self) -> None:
        if self.plan is None or not self.plan.ok or self.plan.empty:
            return
        self.ok.setEnabled(False)
        self.status.setText(self.tr("正在记录 …"))
        self.task = self.desk.submit(
            self.plan.decisions,
            done=lambda _evs: self.done(QDialog.DialogCode.Accepted),
            failed=self.show_error,
        )
