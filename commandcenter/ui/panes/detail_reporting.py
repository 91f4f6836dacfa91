"""The incident detail's reporting row: the incident id (shown, copyable), 续报 and 终报 sent
upward, and the 初报 / 续报 / 终报 PDFs printed straight from the pane.

Recording goes through the rules (a second 终报 or the same 续报 twice is refused with the
reason); printing reads the journal on the writer thread and writes the PDF to the reports
folder of the user data directory, then says where.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from commandcenter.domain.vocab import IncidentStatus
from commandcenter.store.db import data_dir

from ..flow import FlowLayout
from ..roles import offer


class ReportingRow(QWidget):
    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.actions = desk, actions
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        lay, prints = FlowLayout(), FlowLayout()  # wrap on a narrow desk
        rows.addLayout(lay)
        rows.addLayout(prints)
        self.ident = QLabel("—")
        self.ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ident.setToolTip(self.tr("事件编号, 可选中复制"))
        self.copy = QPushButton(self.tr("复制编号"))
        self.copy.clicked.connect(self.copy_id)
        self.followup_up = offer(QPushButton(self.tr("已续报")), "incident.reported_up")
        self.final_up = offer(QPushButton(self.tr("已终报")), "incident.reported_up")
        self.followup_up.clicked.connect(lambda: self._up("followup"))
        self.final_up.clicked.connect(lambda: self._up("final"))
        lay.addWidget(QLabel(self.tr("编号")))
        lay.addWidget(self.ident)
        lay.addWidget(self.copy)
        lay.addWidget(self.followup_up)
        lay.addWidget(self.final_up)
        self.prints: dict[str, QPushButton] = {}
        # one whole label per stage, so each is translated as a phrase
        labels = {
            "初报": self.tr("打印初报"),
            "续报": self.tr("打印续报"),
            "终报": self.tr("打印终报"),
        }
        for stage, label in labels.items():
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, s=stage: self.print_report(s))
            self.prints[stage] = b
            prints.addWidget(b)
        self.last_pdf: Path | None = None
        self._next_followup = 1

    def paint(self, inc) -> None:
        self.ident.setText(inc.id if inc else "—")
        closed = inc is not None and inc.status == IncidentStatus.CLOSED
        self.copy.setEnabled(inc is not None)
        self.followup_up.setEnabled(inc is not None and not closed)
        self._next_followup = (inc.followups_up + 1) if inc else 1
        self.followup_up.setText(self.tr("已续报 (第{n}次)").format(n=self._next_followup))
        self.final_up.setEnabled(closed)
        for stage, b in self.prints.items():
            b.setEnabled(inc is not None and (closed or stage != "终报"))

    def copy_id(self) -> None:
        if self.desk.incident:
            QGuiApplication.clipboard().setText(self.desk.incident)
            self.desk.message.emit(
                self.tr("已复制事件编号 {id}").format(id=self.desk.incident), False
            )

    def _up(self, stage: str) -> None:
        iid = self.desk.incident
        if not iid:
            return
        payload = {"incident": iid, "stage": stage}
        if stage == "followup":  # the number shown: a double click cannot record it twice
            payload["number"] = self._next_followup
        self.actions.decide("incident.reported_up", payload)

    def print_report(self, stage: str):
        iid = self.desk.incident
        if not iid:
            return None
        folder = data_dir() / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{iid}-{stage}.pdf"
        return self.desk.run(self._print(iid, stage, out))

    async def _print(self, iid: str, stage: str, out: Path) -> None:
        from commandcenter.reports.incident_report import incident_pdf

        job = partial(incident_pdf, self.desk.station.journal, iid, str(out), stage=stage)
        try:
            await self.desk.read(job)
        except (ValueError, OSError) as exc:
            self.desk.message.emit(str(exc), True)
            return
        self.last_pdf = out
        self.desk.message.emit(
            self.tr("{stage}已生成: {path}").format(stage=stage, path=out), False
        )
