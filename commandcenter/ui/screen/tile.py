"""A tile of the big screen: a title, its content, and 更新于 N 秒前 at the foot.

`stamp(t)` records the monotonic time of the data the tile shows (the last contact with the
hub when it was painted); `show_age(now, level)` rewrites the foot line once a second.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .freshness import age_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


def label(text: str = "", role: str = "", *, wrap: bool = False) -> QLabel:
    lab = QLabel(text)
    if role:
        lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    if wrap:  # lists read from the top
        lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    # a long line is clipped, never allowed to widen its tile: the grid is the screen's
    # big figures take the tile's spare height, so a font that grew on a 4K resize still fits
    tall = QSizePolicy.Policy.Expanding if role == "value" else QSizePolicy.Policy.Preferred
    lab.setSizePolicy(QSizePolicy.Policy.Ignored, tall)
    lab.setMinimumWidth(1)
    lab.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.AutoText)
    return lab


def restyle(w: QWidget, prop: str, value: str) -> None:
    """Set a style property and make the style sheet see the change."""
    if w.property(prop) != value:
        w.setProperty(prop, value)
        w.style().unpolish(w)
        w.style().polish(w)


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        # the page's grid gives tiles their size by stretch alone: new text in a tile never
        # moves the grid (which would repaint the whole 4K frame on every event)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stamp_at: float | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 12, 18, 10)
        lay.setSpacing(6)
        self.title = label(title, "title")
        lay.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        lay.addLayout(self.body, 1)
        self.age = label("", "age")
        self.age.setAlignment(Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.age)

    def add(self, w: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(w, stretch)
        return w

    def stamp(self, t: float | None) -> None:
        self.stamp_at = t

    def show_age(self, now: float, interval: float) -> None:
        if self.stamp_at is None:
            self.age.setText(_tr("尚未同步"))
            restyle(self.age, "stale", "red")
            return
        a = max(0.0, now - self.stamp_at)
        self.age.setText(age_text(a))
        restyle(
            self.age, "stale", "red" if a > 5 * interval else "amber" if a > 2 * interval else ""
        )
