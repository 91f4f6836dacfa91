"""The foot every decision dialog shares: a hidden error line for refusals, then OK / Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout


def add_footer(dialog: QDialog, lay: QVBoxLayout, ok_text: str) -> tuple[QLabel, QPushButton]:
    """Append the error line and the buttons to `lay`; return (error label, OK button)."""
    error = QLabel()
    error.setProperty("role", "error")
    error.setWordWrap(True)
    error.hide()
    lay.addWidget(error)
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    cancel = QCoreApplication.translate("dialogs", "取消")
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    lay.addWidget(buttons)
    return error, ok
