"""预警: the warnings (colour, hazard, area, in force or not) and the selected one's 631 ladder.

The ladder is computed by `domain.ladder` at the desk's clock every second: stages with their
countdowns, each target's state, everyone unanswered in red, and the next person to call
(喊醒 at night). Buttons record a call (with its channel), an answer or a 'not reached'; when a
zone's three roles have answered the pane offers 启动转移. CAP 1.2 files dropped on the pane
are imported through the bundled cap plugin (one import-log line each), and so are files
written to the drop folder set with 投递文件夹.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.ladder_config import CHANNELS
from commandcenter.domain.vocab import WarningColour, zh
from commandcenter.reports.ladder_data import warning_title

from ..flow import FlowLayout
from .base import Pane
from .warnings_ladder import ladder_rows

COLOURS = {
    WarningColour.RED: "#d32f2f",
    WarningColour.ORANGE: "#ef6c00",
    WarningColour.YELLOW: "#f9a825",
    WarningColour.BLUE: "#1565c0",
}
RED = QBrush(QColor("#c62828"))
_RED = Qt.ItemDataRole.UserRole + 1  # a target item is drawn red (unanswered)
DROP_EVERY = 5  # seconds between looks at the drop folder


class WarningsPane(Pane):
    NAME = "pane.warnings"
    TITLE = "预警"
    LAZY = True  # a hidden tab when the desk opens (Pane)

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.clock = lambda: datetime.now(UTC)  # injectable for screenshots and tests
        self.setAcceptDrops(True)

    def build_body(self) -> None:
        desk = self.desk
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("级别"), self.tr("预警"), self.tr("内容"), self.tr("截止"), self.tr("状态")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_ladder)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("叫应对象"), self.tr("状态"), self.tr("叫应 / 应答"), self.tr("下一步")]
        )
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 190)
        split.addWidget(self.table)
        split.addWidget(self.tree)
        split.setSizes([140, 300])
        lay.addWidget(split, 1)
        self.offer = QPushButton()
        self.offer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.offer.setStyleSheet("background:#2e7d32;color:white;font-weight:bold")
        self.offer.hide()
        self.offer.clicked.connect(self._evacuate)
        lay.addWidget(self.offer)
        calls = FlowLayout()
        self.channel = QComboBox()
        for key, name in CHANNELS.items():
            self.channel.addItem(name, key)
        calls.addWidget(self.channel)
        acts = FlowLayout()  # rows that wrap: the pane must fit a 1366-pixel desk
        for row, label, fn in (
            (calls, self.tr("叫应"), self.call),
            (calls, self.tr("已应答"), lambda: self.close_call("ladder.answered")),
            (calls, self.tr("未接通"), lambda: self.close_call("ladder.unreached")),
            (acts, self.tr("发布预警…"), self.issue),
            (acts, self.tr("解除预警"), self.lift),
            (acts, self.tr("导出 CAP…"), self.export_cap),
            (acts, self.tr("投递文件夹…"), self.choose_folder),
        ):
            b = QPushButton(label)
            b.clicked.connect(fn)
            row.addWidget(b)
        lay.addLayout(calls)
        lay.addLayout(acts)
        self.note = QLabel(self.tr("把 CAP 1.2 预警文件拖到这里即可导入"))
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setStyleSheet("color:#666")
        lay.addWidget(self.note)
        self.setWidget(body)
        self._ids: list[str] = []
        self._seconds = 0
        self.folder = str(QSettings().value("warnings/drop_folder", "") or "")
        desk.tick.connect(self._tick)
        self.refresh()

    # ------------------------------------------------------------ showing
    def on_update(self, u) -> None:
        if u.everything or any(e.kind.startswith(("warning.", "ladder.")) for e in u.events):
            self.refresh()

    def _tick(self) -> None:
        self._seconds += 1
        if self.isVisible():
            self.show_ladder()
        if self.folder and self._seconds % DROP_EVERY == 0:
            self.scan_folder()

    def refresh(self) -> None:
        s, now = self.desk.state, self.clock()
        keep = self.current()
        ws = sorted(
            s.warnings.values(),
            key=lambda w: (w.lifted_at is not None or w.valid_to <= now, not w.concerns,
                           -(w.issued_at or w.valid_from).timestamp()),
        )  # fmt: skip
        self._ids = [w.id for w in ws]
        self.table.setRowCount(len(ws))
        for r, w in enumerate(ws):
            live = w.lifted_at is None and w.valid_to > now
            state = (
                self.tr("已解除")
                if w.lifted_at
                else (self.tr("生效") if live else self.tr("已过期"))
            )
            if not w.concerns:
                state = self.tr("不涉及本县")
            cells = [
                zh(w.colour),
                warning_title(s, w),
                w.text[:40],
                w.valid_to.astimezone().strftime("%m-%d %H:%M"),
                state,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setBackground(QBrush(QColor(COLOURS.get(w.colour, "#999"))))
                    item.setForeground(QBrush(QColor("white")))
                if not live or not w.concerns:
                    item.setForeground(QBrush(QColor("#999")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if keep in self._ids:
            self.table.selectRow(self._ids.index(keep))
        elif self._ids:
            self.table.selectRow(0)
        self.show_ladder()

    def current(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else ""

    def show_ladder(self) -> None:
        """The 叫应 ladder of the selected warning. The clock redraws it every second: when the
        stages and targets are the ones shown, their texts change in place, so a head the
        officer folded stays folded and the list does not jump back to the top."""
        wid = self.current()
        self.offer.hide()
        rows, note, offer = ladder_rows(self.desk.state, self.clock(), wid)
        if offer:
            self.offer.setText(offer[0])
            self.offer.setProperty("zone", offer[1])
            self.offer.show()
        shape = (wid, note, [(h[0], [c[0] for c in kids]) for h, kids in rows])
        if shape != getattr(self, "_shape", None) or self.tree.topLevelItemCount() != len(
            rows
        ) + bool(note):
            self._shape = shape
            self._fill_tree(rows, note)
            return
        for i, (head, kids) in enumerate(rows):
            item = self.tree.topLevelItem(i)
            for col, text in enumerate(head[1]):
                if item.text(col) != text:
                    item.setText(col, text)
            for j, kid in enumerate(kids):
                self._set_target(item.child(j), kid)

    def _fill_tree(self, rows, note: str) -> None:
        sel = self.selected_target()
        self.tree.clear()
        if note:
            QTreeWidgetItem(self.tree, [note])
            return
        for (_index, texts), kids in rows:
            head = QTreeWidgetItem(self.tree, texts)
            head.setFirstColumnSpanned(False)
            for kid in kids:
                item = QTreeWidgetItem(head)
                self._set_target(item, kid)
                if sel and sel[:2] == kid[2][:2]:
                    self.tree.setCurrentItem(item)
            head.setExpanded(True)

    @staticmethod
    def _set_target(item: QTreeWidgetItem, kid) -> None:
        # only what changed: each set is a model signal, and a county's ladder has hundreds
        # of targets of which a second changes a few countdowns (bench/desk.py --why)
        _key, texts, data, unanswered = kid
        red = item.data(0, _RED) is True
        for col, text in enumerate(texts):
            if item.text(col) != text:
                item.setText(col, text)
            if red != unanswered:
                # answered: no foreground (an empty QBrush would paint the text invisible)
                item.setData(col, Qt.ItemDataRole.ForegroundRole, RED if unanswered else None)
        if red != unanswered:
            item.setData(0, _RED, unanswered)
        if item.data(0, Qt.ItemDataRole.UserRole) != data:
            item.setData(0, Qt.ItemDataRole.UserRole, data)

    def selected_target(self):
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    # ------------------------------------------------------------ deciding
    def call(self) -> None:
        sel, wid = self.selected_target(), self.current()
        if not sel or not wid:
            self.desk.message.emit(self.tr("请先选中一个叫应对象"), True)
            return
        stage, target, person, phone, _cid = sel
        from commandcenter.domain.ladder import is_night

        self.desk.submit([("ladder.called", {
            "warning": wid, "call": uuid.uuid4().hex[:12], "stage": stage, "target": target,
            "person": person or target, "phone": phone, "channel": self.channel.currentData(),
            "night": is_night(self.desk.state, self.clock()),
        })])  # fmt: skip

    def close_call(self, kind: str) -> None:
        sel, wid = self.selected_target(), self.current()
        if not sel or not sel[4]:
            self.desk.message.emit(self.tr("请先选中一个已叫应的对象"), True)
            return
        self.desk.submit([(kind, {"warning": wid, "call": sel[4]})])

    def lift(self) -> None:
        wid = self.current()
        if wid:
            self.desk.submit(
                [("warning.lifted", {"warning": wid, "reason": self.tr("值班台解除")})]
            )

    def issue(self) -> None:
        from datetime import timedelta

        from commandcenter.domain.vocab import WarningColour

        from ..dialogs.form import Field

        s = self.desk.state
        towns = [(self.tr("全县"), "")] + [(t.name, tid) for tid, t in s.townships.items()]
        colours = [(zh(c) + self.tr("预警"), str(c)) for c in WarningColour]
        fields = [
            Field("colour", self.tr("级别"), "choice", str(WarningColour.YELLOW), colours),
            Field("hazard", self.tr("灾种"), "text", self.tr("暴雨")),
            Field("township", self.tr("范围"), "choice", "", towns),
            Field("onset_h", self.tr("预计几小时后影响"), "int", 6),
            Field("hours", self.tr("有效小时数"), "int", 24),
            Field("text", self.tr("内容"), "multiline", ""),
        ]

        def build(v):
            now = self.clock()
            return [("warning.issued", {
                "warning": f"W-{now:%Y%m%d%H%M%S}-{uuid.uuid4().hex[:4]}",
                "colour": v["colour"], "hazard": v["hazard"].strip() or "暴雨",
                "valid_from": now.isoformat(),
                "valid_to": (now + timedelta(hours=max(1, v["hours"]))).isoformat(),
                "onset": (now + timedelta(hours=v["onset_h"])).isoformat(),
                "area": [v["township"]] if v["township"] else [],
                "text": v["text"], "issuer": s.county.bureau if s.county else "",
            })]  # fmt: skip

        self.actions._form(self.tr("发布预警"), fields, build)

    def export_cap(self) -> None:
        wid = self.current()
        if not wid:
            return
        dlg = QFileDialog(self, self.tr("导出 CAP 1.2"), f"{wid}.xml", "CAP (*.xml)")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.fileSelected.connect(lambda path, w=wid: self._write_cap(w, path))
        dlg.open()
        self._export_dialog = dlg

    def _write_cap(self, wid: str, path: str) -> None:
        from commandcenter.bundled_plugins.cap.export import export
        from commandcenter.bundled_plugins.cap.reading import CapError

        try:
            Path(path).write_bytes(export(self.desk.state, wid, self.clock()))
        except (CapError, OSError) as exc:
            self.desk.message.emit(str(exc), True)
            return
        self.desk.message.emit(self.tr("已导出 {path}").format(path=path), False)

    def _evacuate(self) -> None:
        zid = self.offer.property("zone")
        if zid:
            self.actions.start_evac(zid)

    # ------------------------------------------------------------ CAP in
    def import_cap(self, paths: list[Path]) -> None:
        from commandcenter.plugins import PluginAPI
        from commandcenter.plugins.registry import default_registry

        reg = default_registry()
        found = reg.find("channels", "cap.intake")
        if found is None:
            self.desk.message.emit(self.tr("未找到 CAP 插件"), True)
            return
        plugin, contribution = found
        reg.load(plugin, "channels", contribution)  # marks the plugin if it cannot load
        from commandcenter.bundled_plugins.cap.intake import import_files_async

        api = PluginAPI(self.desk.station, plugin="cap")

        async def run() -> None:
            plans = await import_files_async(api, paths)
            self.desk.flush()
            text = "; ".join(p.line().replace("\t", " ") for p in plans)
            self.note.setText(text[:200])
            self.desk.message.emit(text[:200], any(p.outcome == "refused" for p in plans))

        self.desk.run(run())

    def dragEnterEvent(self, ev) -> None:
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:
        paths = [Path(u.toLocalFile()) for u in ev.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_cap(paths)
            ev.acceptProposedAction()

    def choose_folder(self) -> None:
        dlg = QFileDialog(self, self.tr("CAP 投递文件夹"))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.fileSelected.connect(self.set_folder)
        dlg.open()
        self._folder_dialog = dlg

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        QSettings().setValue("warnings/drop_folder", folder)

    def scan_folder(self) -> None:
        from commandcenter.bundled_plugins.cap.watch import take_new

        paths = take_new(Path(self.folder))
        if paths:
            self.import_cap(paths)
