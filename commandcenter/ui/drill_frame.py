"""The drill frame: a thick coloured border round the whole window while a drill world is
shown, so nobody mistakes the drill desk for the real one (the watermark says it too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

DRILL_COLOUR = QColor(106, 27, 154)  # the drill purple of the status-bar marker
WIDTH = 6


class DrillFrame(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("DrillFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == event.Type.Resize:
            self.setGeometry(self.parent().rect())
            self.raise_()
        return False

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        pen = QPen(DRILL_COLOUR)
        pen.setWidth(WIDTH)
        p.setPen(pen)
        half = WIDTH // 2
        p.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        p.end()
