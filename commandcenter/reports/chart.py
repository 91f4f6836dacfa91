"""The report's charts, drawn with pyqtgraph and exported to images for the document.

pyqtgraph draws on a QGraphicsScene, which lives on the GUI thread: call these there (the
worker only renders the document). Images are exported at three times their printed size so
bars and Chinese labels stay sharp on paper.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage

BAR = QColor("#3b6ea8")
SCALE = 3


def _plot(width: int, height: int, family: str):
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF

    # a scene with a view that is never shown: the exporter wants a view, and the plot gets
    # exactly the printed shape (a hidden PlotWidget keeps its default 640x480 until shown)
    w = pg.GraphicsView(background="w")
    p = pg.PlotItem()
    w.scene().addItem(p)
    p.setGeometry(QRectF(0, 0, width * SCALE, height * SCALE))
    font = QFont(family)
    font.setPointSizeF(7 * SCALE)
    for side in ("bottom", "left"):
        ax = p.getAxis(side)
        ax.setPen(pg.mkPen("#404040", width=SCALE))
        ax.setTextPen(pg.mkPen("#1a1a1a"))
        ax.setStyle(tickFont=font, tickLength=-3 * SCALE)
    p.showGrid(x=False, y=True, alpha=0.25)
    p.setMenuEnabled(False)
    p.hideButtons()
    return w, p, font


def _export(w, p, width: int, height: int, title: str, font: QFont, left: list[str]) -> QImage:
    from pyqtgraph.exporters import ImageExporter
    from PySide6.QtGui import QFontMetrics

    p.setTitle(title, color="#1a1a1a", size=f"{8 * SCALE}pt", family=font.family())
    # axes size themselves only after a first paint; give them room for their labels up front
    fm = QFontMetrics(font)
    p.getAxis("left").setWidth(max(fm.horizontalAdvance(t) for t in [*left, "00"]) + 8 * SCALE)
    p.getAxis("bottom").setHeight(fm.height() + 8 * SCALE)
    p.layout.activate()
    ex = ImageExporter(p)
    ex.parameters()["width"] = width * SCALE
    ex.parameters()["background"] = QColor("white")
    img = ex.export(toBytes=True)
    w.scene().removeItem(p)
    w.deleteLater()
    return img


def _integer_ticks(p, top: int) -> None:
    step = max(1, -(-top // 5))
    p.getAxis("left").setTicks([[(v, str(v)) for v in range(0, top + step + 1, step)]])
    p.setYRange(0, max(top, 1) * 1.1 + 0.2, padding=0)


def by_hour(counts: list[tuple[str, int]], family: str, size=(420, 190)) -> QImage:
    """Bars of incidents per hour, hour labels below."""
    import pyqtgraph as pg

    w, p, font = _plot(*size, family)
    xs = list(range(len(counts)))
    ys = [c for _l, c in counts]
    p.addItem(pg.BarGraphItem(x=xs, height=ys, width=0.75, brush=BAR, pen=pg.mkPen(None)))
    every = max(1, -(-len(counts) // 12))
    p.getAxis("bottom").setTicks(
        [[(i, lbl) for i, (lbl, _c) in enumerate(counts) if i % every == 0]]
    )
    p.setXRange(-0.6, max(len(counts), 1) - 0.4, padding=0)
    _integer_ticks(p, max(ys, default=0))
    return _export(w, p, *size, "每小时新接报事件 (时)", font, [str(max(ys, default=0))])


def by_type(counts: list[tuple[str, int]], family: str, size=(250, 190)) -> QImage:
    """Horizontal bars of incidents per type, most frequent on top."""
    import pyqtgraph as pg

    w, p, font = _plot(*size, family)
    rows = list(reversed(counts[:8])) or [("无", 0)]
    ys = list(range(len(rows)))
    xs = [c for _l, c in rows]
    p.addItem(pg.BarGraphItem(x0=0, y=ys, width=xs, height=0.7, brush=BAR, pen=pg.mkPen(None)))
    p.getAxis("left").setTicks([[(i, lbl) for i, (lbl, _c) in enumerate(rows)]])
    top = max(xs, default=0)
    step = max(1, -(-top // 4))
    p.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, top + step + 1, step)]])
    p.setXRange(0, max(top, 1) * 1.1, padding=0)
    p.setYRange(-0.6, len(rows) - 0.4, padding=0)
    return _export(w, p, *size, "按类型", font, [lbl for lbl, _c in rows])
