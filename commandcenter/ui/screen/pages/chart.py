"""Stacked bars painted with QPainter: incidents per hour by type over the last 24 hours.

Painted directly (no pyqtgraph): 24 bars and a legend are cheap, and fonts and colours follow
the screen's theme at any size.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from ..theme import DARK


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


PALETTE = ["#4fc3f7", "#ffb300", "#ef5350", "#66bb6a", "#ab47bc", "#8d6e63", "#90a4ae"]


class HourlyBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[tuple[datetime, Counter]] = []
        self.names: dict[str, str] = {}
        self.font_px = 20
        self.setMinimumHeight(200)

    def set_data(self, buckets: list[tuple[datetime, Counter]], names: dict[str, str]) -> None:
        self.buckets, self.names = buckets, names
        self.update()

    def paintEvent(self, _ev) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = QFont(self.font())
        f.setPixelSize(self.font_px)
        p.setFont(f)
        totals: Counter = Counter()
        for _t, c in self.buckets:
            totals.update(c)
        kinds = [k for k, _n in totals.most_common(len(PALETTE) - 1)]
        colour = {k: PALETTE[i] for i, k in enumerate(kinds)}
        legend_h = self.font_px * 2
        axis_h = self.font_px * 1.8
        w, h = self.width(), self.height()
        area = QRectF(self.font_px * 2.5, legend_h, w - self.font_px * 3, h - legend_h - axis_h)
        peak = max((sum(c.values()) for _t, c in self.buckets), default=0) or 1
        n = max(1, len(self.buckets))
        bw = area.width() / n
        muted = QColor(DARK["muted"])
        p.setPen(muted)
        p.drawText(
            QRectF(0, area.top() - self.font_px, area.left() - 6, self.font_px * 1.5),
            Qt.AlignmentFlag.AlignRight,
            str(peak),
        )
        p.drawLine(area.bottomLeft(), area.bottomRight())
        for i, (t, c) in enumerate(self.buckets):
            x = area.left() + i * bw
            y = area.bottom()
            for k in [*kinds, "_other"]:
                v = (
                    c.get(k, 0)
                    if k != "_other"
                    else sum(v for kk, v in c.items() if kk not in colour)
                )
                if not v:
                    continue
                bh = area.height() * v / peak
                p.fillRect(
                    QRectF(x + bw * 0.12, y - bh, bw * 0.76, bh), QColor(colour.get(k, PALETTE[-1]))
                )
                y -= bh
            if i % 3 == 0:
                p.setPen(muted)
                p.drawText(
                    QRectF(x - bw, area.bottom() + 4, bw * 3, axis_h),
                    Qt.AlignmentFlag.AlignHCenter,
                    _tr("{hour}时").format(hour=f"{t:%H}"),
                )
        x = area.left()
        p.setPen(QColor(DARK["text"]))
        for k in kinds + (["_other"] if len(totals) > len(kinds) else []):
            p.fillRect(QRectF(x, 4, self.font_px, self.font_px), QColor(colour.get(k, PALETTE[-1])))
            other = _tr("其他")
            text = self.names.get(k, other) if k != "_other" else other
            text = f"{text} {totals[k] if k != '_other' else sum(totals[o] for o in totals if o not in colour)}"
            p.drawText(
                QRectF(x + self.font_px * 1.3, 0, 400, legend_h * 0.8),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += self.font_px * 1.6 + p.fontMetrics().horizontalAdvance(text) + self.font_px
        p.end()
