"""The exercise watermark: "演练 EXERCISE" across the window while the drill feed runs, so no
one mistakes a drill for a real emergency (screenshots included)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget


class Watermark(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.text = self.tr("演练 EXERCISE")
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == event.Type.Resize:
            self.setGeometry(self.parent().rect())
            self.raise_()
        return False

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(QColor(106, 27, 154, 30))
        font = QFont(self.font())
        font.setPointSize(42)
        font.setBold(True)
        p.setFont(font)
        p.translate(self.width() / 2, self.height() / 2)
        p.rotate(-24)
        step_x, step_y = 620, 240
        for y in range(-3, 4):
            for x in range(-3, 4):
                p.drawText(x * step_x + (y % 2) * step_x // 2 - 200, y * step_y, self.text)
        p.end()
