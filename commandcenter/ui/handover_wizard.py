"""The handover (交接班) window: compile, add pending items, both sign, print, start the next shift.

Non-modal (shown, never exec'd: the desk's loop is qasync). The content is compiled from the
journal off the GUI thread; only the pending items, the notes and the incoming officers are
typed. The two signatures and the new shift are decisions through the Station like any other.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import Refused
from commandcenter.reports import handover, handover_html
from commandcenter.reports.notes import compose_note
from commandcenter.reports.pending import suggest_pending
from commandcenter.station import Station

from .handover_job import ReportJob


def open_handover(parent: QWidget | None, station: Station) -> QWidget:
    """Open the handover window for the shift on duty (non-modal) and return it."""
    w = HandoverWizard(station, parent)
    w.show()
    w.compile()
    return w


class HandoverWizard(QWidget):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle("交接班")
        self.resize(1100, 760)
        self.station = station
        self.jobs: list[ReportJob] = []
        self._tasks: set[asyncio.Task] = set()
        self.data = None
        self.pdf_path: str | None = None

        self.who = QLabel()
        self.bar = QProgressBar()
        self.status = QLabel("正在从日志汇总本班情况…")
        self.preview = QTextBrowser()
        self.pending = QPlainTextEdit()
        self.pending.setPlaceholderText("每行一项待办")
        self.notes = QPlainTextEdit()
        self.in_officer = QLineEdit()
        self.in_leader = QLineEdit()
        self.pdf_edit = QLineEdit()
        self.sign_out = QPushButton("交班签字")
        self.sign_in = QPushButton("接班签字")
        self.print_btn = QPushButton("生成报告 PDF")
        self.preview_btn = QPushButton("打印预览…")
        self.start_btn = QPushButton("开始新班次")

        form = QFormLayout()
        form.addRow("待办事项", self.pending)
        form.addRow("交班备注", self.notes)
        form.addRow("接班值班员", self.in_officer)
        form.addRow("接班带班领导", self.in_leader)
        form.addRow("报告文件", self.pdf_edit)
        buttons = QHBoxLayout()
        for b in (self.sign_out, self.sign_in, self.print_btn, self.preview_btn, self.start_btn):
            buttons.addWidget(b)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.addLayout(form)
        side_box.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.preview)
        split.addWidget(side)
        split.setSizes([620, 480])
        box = QVBoxLayout(self)
        box.addWidget(self.who)
        box.addWidget(split, 1)
        box.addWidget(self.status)
        box.addWidget(self.bar)

        self.sign_out.clicked.connect(self._sign_out)
        self.sign_in.clicked.connect(self._sign_in)
        self.print_btn.clicked.connect(self.print_pdf)
        self.preview_btn.clicked.connect(self.print_preview)
        self.preview_dialog = None
        self.start_btn.clicked.connect(self._start_next)
        self._refresh()

    # ------------------------------------------------------------ state of the shift
    @property
    def shift(self):
        s = self.station.state
        return s.shifts.get(s.shift)

    def _refresh(self) -> None:
        sh = self.shift
        if sh is None:
            self.who.setText("当前没有值班班次: 请直接开始新班次")
        else:
            since = sh.start.astimezone(_tz(self.station)).strftime("%m-%d %H:%M")
            self.who.setText(
                f"<b>班次 {sh.id}</b>  值班员 {sh.officer}  带班领导 {sh.leader}  自 {since}"
                f"  交班签字: {sh.signed_out or '未签'}  接班签字: {sh.signed_in or '未签'}"
            )
        out, in_ = bool(sh and sh.signed_out), bool(sh and sh.signed_in)
        editable = sh is not None and not out
        self.pending.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self.sign_out.setEnabled(editable and self.data is not None)
        self.sign_in.setEnabled(out and not in_)
        self.start_btn.setEnabled(sh is None or (out and in_))
        if not self.pdf_edit.text() and sh is not None:
            self.pdf_edit.setText(str(Path.home() / f"交接班-{sh.id}.pdf"))

    # ------------------------------------------------------------ compiling (worker thread)
    def compile(self) -> None:
        """Gather the shift's period from the journal (on its writer thread) for the preview."""
        sh = self.shift
        if sh is None:
            self.status.setText("")
            return
        st, since, until = self.station, sh.start, self._until()

        def work(progress):
            return st.writer.call(
                handover.compile_handover, st.journal, since, until, progress=progress
            )

        self._run(work, self._compiled)

    def _compiled(self, data) -> None:
        self.data = data
        from commandcenter.reports import render

        fonts = render.families()
        self.preview.setHtml(handover_html.build(data, fonts, charts=False, log=False))
        if not self.pending.toPlainText().strip():
            items = data.pending or suggest_pending(self.station.state, data.until, data.tz)
            self.pending.setPlainText("\n".join(items))
            self.notes.setPlainText(data.notes)
        self.status.setText(f"已汇总: 本时段日志 {data.head.count} 条, 日志头 {data.head.text}")
        self._refresh()

    def _run(self, work, done) -> ReportJob:
        job = ReportJob(work, self)
        job.progressed.connect(self._progress)
        job.succeeded.connect(done)
        job.failed.connect(lambda msg: self.status.setText(f"失败: {msg}"))
        job.finished.connect(lambda: self.jobs.remove(job))
        self.jobs.append(job)
        self.bar.setRange(0, 0)  # busy until the first figure arrives
        job.start()
        return job

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            {"journal": "正在回放日志…", "pages": "正在排版打印…"}.get(stage, stage)
        )

    def _until(self) -> datetime:
        # the station's clock, so the period ends where its decisions are stamped; the second
        # past it takes in the signatures just made
        return self.station.clock() + timedelta(seconds=1)

    # ------------------------------------------------------------ decisions
    def _decide(self, kind: str, payload: dict) -> None:
        """Through the writer thread inside the desk's loop; inline when there is none (tests)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:
            try:
                self.station.do(kind, payload)
            except Refused as exc:
                self._refused(str(exc))
            self._refresh()
            return
        task = loop.create_task(self.station.submit(kind, payload))
        self._tasks.add(task)
        task.add_done_callback(self._decided)

    def _decided(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and isinstance(task.exception(), Refused):
            self._refused(str(task.exception()))
        self._refresh()

    def _refused(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "交接班", reason, parent=self)
        box.open()  # never exec(): the desk's loop is qasync

    def _pending_items(self) -> list[str]:
        return [ln.strip() for ln in self.pending.toPlainText().splitlines() if ln.strip()]

    def _sign_out(self) -> None:
        sh = self.shift
        note = compose_note(self._pending_items(), self.notes.toPlainText())
        self._decide(
            "shift.signed", {"shift": sh.id, "side": "out", "name": sh.officer, "note": note}
        )

    def _sign_in(self) -> None:
        name = self.in_officer.text().strip()
        if not name:
            self._refused("请先填写接班值班员")
            return
        self._decide("shift.signed", {"shift": self.shift.id, "side": "in", "name": name})

    def _start_next(self) -> None:
        officer, leader = self.in_officer.text().strip(), self.in_leader.text().strip()
        now = self.station.clock().astimezone(_tz(self.station))
        self._decide(
            "shift.started",
            {"shift": now.strftime("s%Y%m%d-%H%M"), "officer": officer, "leader": leader},
        )

    # ------------------------------------------------------------ printing
    def print_pdf(self) -> None:
        """Compile again up to now (signatures included), draw the charts here, render off-thread."""
        path = self.pdf_edit.text().strip()
        self._gather(lambda data: self._render(data, path))

    def print_preview(self) -> None:
        """The same report on the system printer, through Qt's print preview (non-modal)."""
        self._gather(self._open_preview)

    def _gather(self, then) -> None:
        sh = self.shift
        if sh is None:
            return
        st, since, until = self.station, sh.start, self._until()
        pending, notes, incoming = (
            self._pending_items(),
            self.notes.toPlainText(),
            self.in_officer.text(),
        )

        def gather(progress):
            return st.writer.call(
                handover.compile_handover, st.journal, since, until, shift_id=sh.id,
                pending=pending, notes=notes, incoming=incoming, progress=progress,
            )  # fmt: skip

        self._run(gather, then)

    def _open_preview(self, data) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from commandcenter.reports import render

        fonts = render.families()
        images = handover.charts(data, fonts)
        printer = render.new_printer(None, handover_html.title(data))
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setWindowTitle(handover_html.title(data))
        # The preview paints on the GUI thread (Qt's preview widget asks for it there).
        dlg.paintRequested.connect(lambda p: handover.render_handover(data, images, fonts, p))
        self.preview_dialog = dlg
        dlg.open()

    def _render(self, data, path: str) -> None:
        from commandcenter.reports import render

        fonts = render.families()
        images = handover.charts(data, fonts)  # pyqtgraph: GUI thread

        def paint(progress):
            printer = render.new_printer(path, handover_html.title(data))
            return handover.render_handover(data, images, fonts, printer, progress)

        self._run(paint, lambda pages: self._printed(path, pages, data))

    def _printed(self, path: str, pages: int, data) -> None:
        self.pdf_path = path
        self.status.setText(f"已生成 {path}: {pages} 页, 日志头 {data.head.text}")

    def closeEvent(self, event) -> None:
        for job in list(self.jobs):
            job.wait()  # a job holds the journal's writer; let it finish before we go
        super().closeEvent(event)


def _tz(station: Station):
    from commandcenter.domain.describe import zone_of

    return zone_of(station.state)
