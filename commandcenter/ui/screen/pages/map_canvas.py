"""The big screen's map, painted by hand: a cached background (the county's outline, the
townships' names and the slow layers: zones, shelters, stores, cameras, teams) and, over it,
the open incidents as sprites, the most severe last (on top) and the few worst with a halo.

Why not pyqtgraph (the desk's map): with ~1,400 open incidents at 3840×2160 a pyqtgraph
repaint was ~22 ms of which most was per-item Python (bounds, pixel vectors, masks) and the
layers that had not changed, plus ~15 ms more of scene bookkeeping per update; here a repaint
is one background blit and one sprite per incident. Longitude and latitude map to pixels with
an equirectangular projection (x scaled by cos of the county's latitude), fitted to the widget.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD = 0.04  # of the county's extent, on each side


def sprite(symbol: str, size: float, fill: str, pen: str | None, width: float = 1.0, alpha=255):
    """A marker drawn once into a pixmap: o circle, s square, d diamond, t triangle, + cross."""
    side = math.ceil(size + 2 * width + 2)
    pm = QPixmap(side, side)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(fill)
    c.setAlpha(alpha)
    p.setBrush(c)
    p.setPen(QPen(QColor(pen), width) if pen else Qt.PenStyle.NoPen)
    m, r = side / 2, size / 2
    if symbol == "o":
        p.drawEllipse(QPointF(m, m), r, r)
    elif symbol == "s":
        p.drawRect(QRectF(m - r * 0.85, m - r * 0.85, r * 1.7, r * 1.7))
    elif symbol == "d":
        p.drawPolygon(QPolygonF([QPointF(m, m - r), QPointF(m + r, m), QPointF(m, m + r),
                                 QPointF(m - r, m)]))  # fmt: skip
    elif symbol == "t":  # pointing down, as pyqtgraph's "t"
        p.drawPolygon(QPolygonF([QPointF(m - r, m - r * 0.6), QPointF(m + r, m - r * 0.6),
                                 QPointF(m, m + r)]))  # fmt: skip
    else:  # "+"
        path = QPainterPath()
        t = r * 0.3
        path.addRect(QRectF(m - r, m - t, 2 * r, 2 * t))
        path.addRect(QRectF(m - t, m - r, 2 * t, 2 * r))
        p.drawPath(path.simplified())
    p.end()
    return pm


class MapCanvas(QWidget):
    def __init__(self, panel: str, line: str, muted: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it paints every pixel
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.panel, self.line, self.muted = QColor(panel), QColor(line), QColor(muted)
        self.outline: list[tuple[float, float]] = []
        self.towns: list[tuple[str, float, float]] = []
        self.layers: list[tuple[float, float, QPixmap]] = []  # the slow layers' markers
        self.spots: list[tuple[float, float, QPixmap]] = []  # halos and incidents, in order
        self.font_px = 20
        self._bg: QPixmap | None = None
        self._fit: tuple[float, float, float, float] | None = None

    # ------------------------------------------------------------ what is drawn
    def set_county(self, outline: list, towns: list[tuple[str, float, float]]) -> None:
        self.outline, self.towns = [(p[0], p[1]) for p in outline], towns
        self._bg = self._fit = None
        self.update()

    def set_layers(self, markers: list[tuple[float, float, QPixmap]]) -> None:
        self.layers = markers
        self._bg = None
        self.update()

    def set_spots(self, spots: list[tuple[float, float, QPixmap]]) -> None:
        self.spots = spots
        self.update()

    def set_font_px(self, px: int) -> None:
        if px != self.font_px:
            self.font_px, self._bg = px, None
            self.update()

    # ------------------------------------------------------------ projection
    def _projection(self) -> tuple[float, float, float, float]:
        """(scale x, scale y, offset x, offset y): pixel = lon * sx + ox, lat * sy + oy."""
        if self._fit is None:
            pts = self.outline or [(lon, lat) for _n, lon, lat in self.towns] or [(0.0, 0.0)]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            k = max(0.2, math.cos(math.radians(sum(ys) / len(ys))))
            w = (max(xs) - min(xs)) * k or 1e-3
            h = (max(ys) - min(ys)) or 1e-3
            s = min(self.width() / (w * (1 + 2 * PAD)), self.height() / (h * (1 + 2 * PAD)))
            cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
            sx, sy = s * k, -s  # north up
            self._fit = (sx, sy, self.width() / 2 - cx * sx, self.height() / 2 - cy * sy)
        return self._fit

    def to_px(self, lon: float, lat: float) -> QPointF:
        sx, sy, ox, oy = self._projection()
        return QPointF(lon * sx + ox, lat * sy + oy)

    def resizeEvent(self, ev) -> None:
        self._bg = self._fit = None
        super().resizeEvent(ev)

    # ------------------------------------------------------------ paint
    def _background(self) -> QPixmap:
        pm = QPixmap(self.size())
        pm.fill(self.panel)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.outline:
            p.setPen(QPen(self.line, max(2.0, self.font_px / 8)))
            p.drawPolygon(QPolygonF([self.to_px(x, y) for x, y in self.outline]))
        for lon, lat, pm_ in self.layers:
            c = self.to_px(lon, lat)
            p.drawPixmap(QPointF(c.x() - pm_.width() / 2, c.y() - pm_.height() / 2), pm_)
        font = QFont(self.font())
        font.setPixelSize(self.font_px)
        p.setFont(font)
        p.setPen(self.muted)
        for name, lon, lat in self.towns:
            c = self.to_px(lon, lat)
            box = QRectF(c.x() - 300, c.y() - self.font_px * 2.2, 600, self.font_px * 1.4)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, name)
        p.end()
        return pm

    def paintEvent(self, ev) -> None:
        if self._bg is None or self._bg.size() != self.size():
            self._bg = self._background()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._bg)
        sx, sy, ox, oy = self._projection()
        for lon, lat, pm in self.spots:
            p.drawPixmap(
                int(lon * sx + ox - pm.width() / 2), int(lat * sy + oy - pm.height() / 2), pm
            )
        p.end()
