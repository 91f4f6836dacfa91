"""接报: the keyboard-first form for a phone report (F2 anywhere).

Field order follows the call: what happened, where, who is calling, what they say, how many
hurt or threatened. Townships, villages and types (sub-types too: typing 滑坡 finds
地质灾害·滑坡) complete as you type by any part of the name; Enter on a line or Ctrl+Enter
anywhere records the report. 发生时间 is county time (never the machine's zone) and defaults
to now: it is kept out of the Tab path, so text typed after 具体位置 cannot change the date by
accident; click it or press Alt+W to edit it.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.describe import zone_of
from commandcenter.domain.vocab import SEVERITY_ZH, SUBTYPES, IncidentType, Source

from ..i18n import vocab, word
from .footer import add_footer

# a phone number: digits, optionally +country, '-' or spaces between groups, 5-20 digits
PHONE = re.compile(r"^\+?\d[\d\- ]{3,22}\d$")


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    c = QCompleter(words, parent)
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return c


class IntakeDialog(QDialog):
    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.task = None
        self.incident_id = ""
        self.setWindowTitle(self.tr("接报 — 电话报告"))
        s = desk.state
        self._towns = {t.name: t.id for t in s.townships.values()}
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)

        self.type = QComboBox()
        self.type.setEditable(True)
        self.type.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for t in IncidentType:
            self.type.addItem(vocab(t), str(t))
            for sub in SUBTYPES.get(t, ()):
                self.type.addItem(f"{vocab(t)}·{vocab(sub)}", f"{t}:{sub}")
        self.type.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.type.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.severity = QComboBox()
        for level in (4, 3, 2, 1):
            self.severity.addItem(word(SEVERITY_ZH[level]), level)
        self.source = QComboBox()
        for src in Source:
            self.source.addItem(vocab(src), str(src))
        self.township = QLineEdit()
        self.township.setCompleter(_completer(sorted(self._towns), self))
        self.township.setPlaceholderText(self.tr("输入乡镇名称的任意部分"))
        self.village = QLineEdit()
        self.village.setPlaceholderText(self.tr("村(社区)，可留空"))
        self.township.textChanged.connect(self._villages_for)
        self.township.editingFinished.connect(self._complete_town)
        self.village.editingFinished.connect(self._complete_village)
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("组、门牌或地标"))
        # The edit holds the county's wall-clock time in a UTC-spec QDateTime, so neither
        # display nor reading ever passes through the machine's own zone.
        self._tz = zone_of(s)
        now = desk.station.clock().astimezone(self._tz).replace(tzinfo=UTC)
        self.when = QDateTimeEdit(QDateTime(now.date(), now.time(), QTimeZone.utc()))
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # out of the ordinary Tab path
        self.reporter = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone.setPlaceholderText(self.tr("手机或座机号码"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("留空则按地点和类型生成"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.casualties: dict[str, QSpinBox] = {}
        cas_row = QHBoxLayout()
        for key, label in (
            ("dead", self.tr("死亡")),
            ("injured", self.tr("受伤")),
            ("missing", self.tr("失踪")),
            ("trapped", self.tr("被困")),
            ("affected", self.tr("受灾")),
        ):
            box = QSpinBox()
            box.setRange(0, 1_000_000)
            box.setAccessibleName(label)
            self.casualties[key] = box
            cas_row.addWidget(QLabel(label))
            cas_row.addWidget(box)
        threat_row = QHBoxLayout()
        self.threatened: dict[str, QSpinBox] = {}
        for key, label in (
            ("threatened_households", self.tr("户")),
            ("threatened_people", self.tr("人")),
        ):
            box = QSpinBox()
            box.setRange(0, 1_000_000)
            box.setAccessibleName(label)
            self.threatened[key] = box
            threat_row.addWidget(box)
            threat_row.addWidget(QLabel(label))
        threat_row.addStretch(1)

        form.addRow(self.tr("事件类型(&T)"), self.type)
        form.addRow(self.tr("事件级别"), self.severity)
        form.addRow(self.tr("信息来源"), self.source)
        form.addRow(self.tr("乡镇(街道)(&Z)"), self.township)
        form.addRow(self.tr("村(社区)"), self.village)
        form.addRow(self.tr("具体位置"), self.group)
        form.addRow(self.tr("发生时间(&W)"), self.when)
        form.addRow(self.tr("报告人"), self.reporter)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("情况描述"), self.description)
        form.addRow(self.tr("伤亡人数"), cas_row)
        form.addRow(self.tr("受威胁"), threat_row)
        self.error, self.ok = add_footer(self, lay, self.tr("记录接报"))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.setMinimumWidth(560)
        self.type.setFocus()

    def _town(self):
        """The township typed: its exact name, or the only one containing what was typed."""
        text = self.township.text().strip()
        if text in self._towns:
            return self.desk.state.townships[self._towns[text]]
        hits = [name for name in self._towns if text and text in name]
        return self.desk.state.townships[self._towns[hits[0]]] if len(hits) == 1 else None

    def _village(self, town):
        text = self.village.text().strip()
        exact = [v for v in town.villages if v.name == text]
        hits = exact or [v for v in town.villages if text and text in v.name]
        return hits[0] if len(hits) == 1 else None

    def _complete_town(self) -> None:
        town = self._town()
        if town is not None and town.name != self.township.text():
            self.township.setText(town.name)  # typing "龙潭" and Tab is enough

    def _complete_village(self) -> None:
        town = self._town()
        v = self._village(town) if town else None
        if v is not None and v.name != self.village.text():
            self.village.setText(v.name)

    def _villages_for(self, town_name: str) -> None:
        t = self.desk.state.townships.get(self._towns.get(town_name.strip(), ""))
        names = [v.name for v in t.villages] if t else []
        self.village.setCompleter(_completer(names, self))

    def payload(self) -> dict[str, Any]:
        """The incident.reported payload; ValueError names a field the officer must fix."""
        type_code = self.type.currentData()
        if self.type.currentText() != self.type.itemText(self.type.currentIndex()):
            i = self.type.findText(self.type.currentText(), Qt.MatchFlag.MatchContains)
            if i < 0:
                raise ValueError(self.tr("请从列表中选择事件类型"))
            type_code = self.type.itemData(i)
        type_code, _, subtype = str(type_code).partition(":")
        town = self._town()
        if town is None:
            raise ValueError(self.tr("请从列表中选择乡镇(街道)"))
        town_id = town.id
        vname = self.village.text().strip()
        village = self._village(town) if vname else None
        if vname and village is None:
            raise ValueError(
                self.tr("{town} 没有名为 {village} 的村(社区)").format(
                    town=town.name, village=vname
                )
            )
        where = village.name if village else town.name
        title = self.title.text().strip() or f"{where}{vocab(subtype or type_code)}"
        wall = self.when.dateTime().toPython().replace(tzinfo=None)
        occurred = wall.replace(tzinfo=self._tz).astimezone(UTC)
        phone = self.phone.text().strip()
        if phone and not PHONE.match(phone):
            raise ValueError(
                self.tr("联系电话“{phone}”不是电话号码(只能有数字、+、-)").format(phone=phone[:20])
            )
        reporter = None
        if self.reporter.text().strip() or phone:
            reporter = {"name": self.reporter.text().strip(), "phone": phone}
        self.incident_id = self.incident_id or f"inc-{uuid.uuid4().hex[:10]}"
        return {
            "incident": self.incident_id,
            "type": type_code,
            "severity": self.severity.currentData(),
            "title": title,
            "place": {
                "township": town_id,
                "village": village.id if village else "",
                "group": self.group.text().strip(),
                "lon": village.lon if village else town.lon,
                "lat": village.lat if village else town.lat,
            },
            "source": self.source.currentData(),
            "occurred_at": occurred.isoformat(),
            "reporter": reporter,
            "description": self.description.toPlainText().strip(),
            "casualties": {k: box.value() for k, box in self.casualties.items()},
            "subtype": subtype,
            **{k: box.value() for k, box in self.threatened.items()},
        }

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.task is not None and not self.task.done():
            return  # Enter pressed twice: the first report is already on its way
        try:
            payload = self.payload()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.error.hide()
        self.task = self.desk.submit(
            [("incident.reported", payload)], done=self._recorded, failed=self.show_error
        )

    def _recorded(self, evs) -> None:
        self.desk.select(self.incident_id)
        self.done(QDialog.DialogCode.Accepted)
