"""`ContactStrip`: the phone numbers an officer calls, shown in full with one-click copy.

The 3人1屋 roles' numbers were only in tooltips and the team leaders' cut off at the end of a
wide table; a call is made from the number, so it is printed under the table for the selected
row, each with a 复制 button that puts the bare number on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from .flow import FlowLayout


class ContactStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=6)
        self.copy_buttons: dict[str, QToolButton] = {}  # phone -> its copy button
        self.empty = QLabel(self.tr("选中一行以显示联系电话"))
        self.empty.setProperty("role", "hint")
        self.flow.addWidget(self.empty)

    def show_contacts(self, contacts: list[tuple[str, str, str]]) -> None:
        """(role, name, phone) for each person; nothing selected shows a hint."""
        while self.flow.count():
            w = self.flow.takeAt(0).widget()
            if w is not None and w is not self.empty:
                w.deleteLater()
        self.copy_buttons.clear()
        self.empty.setVisible(not contacts)
        if not contacts:
            self.flow.addWidget(self.empty)
        for role, name, phone in contacts:
            label = QLabel(
                f"<b>{role}</b> {name} <span style='font-family: monospace'>{phone}</span>"
            )
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.flow.addWidget(label)
            if phone:
                b = QToolButton()
                b.setText(self.tr("复制"))
                b.setToolTip(self.tr("复制 {phone} 到剪贴板").format(phone=phone))
                b.clicked.connect(lambda _=False, p=phone: QGuiApplication.clipboard().setText(p))
                self.copy_buttons[phone] = b
                self.flow.addWidget(b)
        self.flow.invalidate()
