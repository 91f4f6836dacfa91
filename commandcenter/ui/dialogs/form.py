"""`FormDialog`: a small keyboard-friendly form that submits decisions and stays open on refusal.

Opened with `open()` (never `exec()`: a nested loop breaks qasync). Pressing the default
button calls `on_submit(values)`, which returns the decisions; the dialog hands them to the
desk and closes when they are recorded, or shows the translated refusal and stays open so
nothing the officer typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .footer import add_footer

Decisions = list[tuple[str, dict[str, Any]]]


@dataclass
class Field:
    name: str
    label: str
    kind: str = "text"  # text | multiline | int | choice | bool
    default: Any = None
    choices: list[tuple[str, Any]] = field(default_factory=list)  # (label, value)
    maximum: int = 1_000_000


class FormDialog(QDialog):
    def __init__(
        self,
        desk,
        title: str,
        fields: list[Field],
        on_submit: Callable[[dict[str, Any]], Decisions],
        *,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(title)
        self.on_submit = on_submit
        self.widgets: dict[str, QWidget] = {}
        self.task = None
        lay = QVBoxLayout(self)
        if intro:
            lab = QLabel(intro)
            lab.setWordWrap(True)
            lay.addWidget(lab)
        form = QFormLayout()
        lay.addLayout(form)
        for f in fields:
            w = self._widget(f)
            self.widgets[f.name] = w
            form.addRow(f.label, w)
        self.error, self.ok = add_footer(self, lay, self.tr("确定"))
        self.setMinimumWidth(420)

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "multiline":
            w = QPlainTextEdit(str(f.default or ""))
            w.setTabChangesFocus(True)  # Tab moves on, as in every other field
            w.setFixedHeight(90)
            return w
        if f.kind == "int":
            w = QSpinBox()
            w.setRange(0, f.maximum)
            w.setValue(int(f.default or 0))
            return w
        if f.kind == "choice":
            w = QComboBox()
            for label, value in f.choices:
                w.addItem(label, value)
            if f.default is not None:
                i = w.findData(f.default)
                w.setCurrentIndex(max(0, i))
            return w
        if f.kind == "bool":
            w = QCheckBox()
            w.setChecked(bool(f.default))
            return w
        return QLineEdit(str(f.default or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.widgets.items():
            if isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText().strip()
            elif isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QLineEdit):
                out[name] = w.text().strip()
        return out

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        try:
            decisions = self.on_submit(self.values())
        except ValueError as exc:  # a field the form itself can tell is wrong
            self.show_error(str(exc))
            return
        self.error.hide()
        self.task = self.desk.submit(
            decisions,
            done=lambda _evs: self.done(QDialog.DialogCode.Accepted),
            failed=self.show_error,
        )
