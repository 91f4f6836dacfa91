"""The handover (交接班) window: compile, add pending items, both sign, print, start the next shift.

Non-modal (shown, never exec'd: the desk's loop is qasync). The content is compiled from the
journal off the GUI thread; only the pending items, the notes and the incoming officers are
typed. The two signatures and the new shift are decisions through the Station like any other,
each recorded under the name of the person who signs. The preview is compiled again after
every signature and whenever the incoming officers, pending items or notes are edited, so it
never shows a stale period, count or 接班人.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
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
from commandcenter.domain.describe import shift_id
from commandcenter.reports import handover, handover_html
from commandcenter.reports.notes import compose_note
from commandcenter.reports.pending import suggest_pending
from commandcenter.station import Station

from .flow import FlowLayout
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
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("交接班"))
        self.resize(1100, 760)
        self.station = station
        self.jobs: list[ReportJob] = []
        self._tasks: set[asyncio.Task] = set()
        self.data = None
        self.pdf_path: str | None = None

        self.who = QLabel()
        self.bar = QProgressBar()
        self.status = QLabel(self.tr("正在从日志汇总本班情况…"))
        self.preview = QTextBrowser()
        self.pending = QPlainTextEdit()
        self.pending.setPlaceholderText(self.tr("每行一项待办"))
        self.notes = QPlainTextEdit()
        self.in_officer = QLineEdit()
        self.in_leader = QLineEdit()
        self.pdf_edit = QLineEdit()
        self.sign_out = QPushButton(self.tr("交班签字"))
        self.sign_in = QPushButton(self.tr("接班签字"))
        self.print_btn = QPushButton(self.tr("生成报告 PDF"))
        self.preview_btn = QPushButton(self.tr("打印预览…"))
        self.start_btn = QPushButton(self.tr("开始新班次"))

        form = QFormLayout()
        form.addRow(self.tr("待办事项"), self.pending)
        form.addRow(self.tr("交班备注"), self.notes)
        form.addRow(self.tr("接班值班员"), self.in_officer)
        form.addRow(self.tr("接班带班领导"), self.in_leader)
        form.addRow(self.tr("报告文件"), self.pdf_edit)
        buttons = FlowLayout()
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
        # edits recompile the preview once typing pauses (one job, not one per keystroke)
        self._stale = QTimer(self, singleShot=True, interval=600, timeout=self.compile)
        for edit in (self.in_officer, self.in_leader):
            edit.textEdited.connect(lambda _t: self._stale.start())
        for edit in (self.pending, self.notes):
            edit.textChanged.connect(self._edited)
        self._filling = False
        self._refresh()

    # ------------------------------------------------------------ state of the shift
    @property
    def shift(self):
        s = self.station.state
        return s.shifts.get(s.shift)

    def _refresh(self) -> None:
        sh = self.shift
        if sh is None:
            self.who.setText(self.tr("当前没有值班班次: 请直接开始新班次"))
        else:
            since = sh.start.astimezone(_tz(self.station)).strftime("%m-%d %H:%M")
            unsigned = self.tr("未签")
            self.who.setText(
                self.tr(
                    "<b>班次 {id}</b>  值班员 {officer}  带班领导 {leader}  自 {since}"
                    "  交班签字: {out}  接班签字: {in_}"
                ).format(
                    id=sh.id,
                    officer=sh.officer,
                    leader=sh.leader,
                    since=since,
                    out=sh.signed_out or unsigned,
                    in_=sh.signed_in or unsigned,
                )
            )
        out, in_ = bool(sh and sh.signed_out), bool(sh and sh.signed_in)
        editable = sh is not None and not out
        self.pending.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self.sign_out.setEnabled(editable and self.data is not None)
        self.sign_in.setEnabled(out and not in_)
        self.start_btn.setEnabled(sh is None or (out and in_))
        if not self.pdf_edit.text() and sh is not None:
            self.pdf_edit.setText(str(Path.home() / self.tr("交接班-{id}.pdf").format(id=sh.id)))

    # ------------------------------------------------------------ compiling (worker thread)
    def compile(self) -> None:
        """Gather the shift's period from the journal (on its writer thread) for the preview,
        with what is typed in the window (pending items, notes, the incoming officers)."""
        if self.shift is None:
            self.status.setText("")
            return
        first = self.data is None
        self._gather(self._compiled, typed=not first)

    def _edited(self) -> None:
        if not self._filling:
            self._stale.start()

    def _compiled(self, data) -> None:
        first = self.data is None
        self._show(data)
        if first and not self.pending.toPlainText().strip():
            items = data.pending or suggest_pending(self.station.state, data.until, data.tz)
            self._filling = True  # filling in the suggestions is not an edit to recompile for
            self.pending.setPlainText("\n".join(items))
            self.notes.setPlainText(data.notes)
            self._filling = False
        self._refresh()

    def _show(self, data) -> None:
        """The latest compiled report in the preview, and a status line that says so."""
        from commandcenter.reports import render

        self.data = data
        fonts = render.families()
        self.preview.setHtml(handover_html.build(data, fonts, charts=False, log=False))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("已汇总: 本时段日志 {n} 条, 日志头 {head}").format(
                n=data.head.count, head=data.head.text
            )
        )

    def _run(self, work, done) -> ReportJob:
        job = ReportJob(work, self)
        job.progressed.connect(self._progress)
        job.succeeded.connect(done)
        job.failed.connect(lambda msg: self.status.setText(self.tr("失败: {0}").format(msg)))
        job.finished.connect(lambda: self.jobs.remove(job))
        self.jobs.append(job)
        self.bar.setRange(0, 0)  # busy until the first figure arrives
        job.start()
        return job

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            {"journal": self.tr("正在回放日志…"), "pages": self.tr("正在排版打印…")}.get(
                stage, stage
            )
        )

    def _until(self) -> datetime:
        # the station's clock, so the period ends where its decisions are stamped; the second
        # past it takes in the signatures just made
        return self.station.clock() + timedelta(seconds=1)

    # ------------------------------------------------------------ decisions
    def _decide(self, kind: str, payload: dict, actor: str) -> None:
        """Through the writer thread inside the desk's loop; inline when there is none (tests).
        `actor` is the person signing or taking over, never the station's generic 值班员."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:
            # inline means on this thread, on the journal's one connection: a compile job
            # reading it on the writer thread must be done first (one user at a time)
            for job in list(self.jobs):
                job.wait()
            try:
                self.station.do(kind, payload, actor=actor or None)
            except Refused as exc:
                self._refused(str(exc))
            self._after_decision()
            return
        task = loop.create_task(self.station.submit(kind, payload, actor=actor or None))
        self._tasks.add(task)
        task.add_done_callback(self._decided)

    def _decided(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and isinstance(task.exception(), Refused):
            self._refused(str(task.exception()))
        self._after_decision()

    def _after_decision(self) -> None:
        self._refresh()
        if self.shift is not None:
            self.compile()  # the signatures (and the 接班人) belong in the preview now

    def _refused(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("交接班"), reason, parent=self)
        box.open()  # never exec(): the desk's loop is qasync

    def _pending_items(self) -> list[str]:
        return [ln.strip() for ln in self.pending.toPlainText().splitlines() if ln.strip()]

    def _sign_out(self) -> None:
        sh = self.shift
        note = compose_note(self._pending_items(), self.notes.toPlainText())
        self._decide(
            "shift.signed",
            {"shift": sh.id, "side": "out", "name": sh.officer, "note": note},
            sh.officer,
        )

    def _sign_in(self) -> None:
        name = self.in_officer.text().strip()
        if not name:
            self._refused(self.tr("请先填写接班值班员"))
            return
        self._decide("shift.signed", {"shift": self.shift.id, "side": "in", "name": name}, name)

    def _start_next(self) -> None:
        officer, leader = self.in_officer.text().strip(), self.in_leader.text().strip()
        sid = shift_id(self.station.clock(), _tz(self.station))
        self._decide("shift.started", {"shift": sid, "officer": officer, "leader": leader}, officer)

    # ------------------------------------------------------------ printing
    def print_pdf(self) -> None:
        """Compile again up to now (signatures included), draw the charts here, render off-thread."""
        path = self.pdf_edit.text().strip()
        self._gather(lambda data: self._render(data, path))

    def print_preview(self) -> None:
        """The same report on the system printer, through Qt's print preview (non-modal)."""
        self._gather(self._open_preview)

    def _gather(self, then, *, typed: bool = True) -> None:
        sh = self.shift
        if sh is None:
            return
        st, since, until = self.station, sh.start, self._until()
        pending = self._pending_items() if typed else None
        notes = self.notes.toPlainText() if typed else None
        incoming, leader = self.in_officer.text().strip(), self.in_leader.text().strip()

        def gather(progress):
            return st.writer.call(
                handover.compile_handover, st.journal, since, until, shift_id=sh.id,
                pending=pending, notes=notes, incoming=incoming, incoming_leader=leader,
                progress=progress,
            )  # fmt: skip

        self._run(gather, then)

    def _open_preview(self, data) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self._show(data)
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
        self._show(data)
        self.status.setText(
            self.tr("已生成 {path}: {pages} 页, 日志头 {head}").format(
                path=path, pages=pages, head=data.head.text
            )
        )

    def closeEvent(self, event) -> None:
        self._stale.stop()
        for job in list(self.jobs):
            job.wait()  # a job holds the journal's writer; let it finish before we go
        super().closeEvent(event)


def _tz(station: Station):
    from commandcenter.domain.describe import zone_of

    return zone_of(station.state)
