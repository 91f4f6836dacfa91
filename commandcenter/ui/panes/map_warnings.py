"""The map's warning layer: the area of every warning in force, filled in its colour.

A CAP warning is drawn with the polygons and circles it came with; one issued on townships
fills their outlines, or — where no real boundary was imported — the township's share of the
county (the Voronoi cell of its centre, clipped to the county outline, computed with shapely
once per outline). A whole-county warning fills the county. Worse colours are drawn on top.
"""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.ops import voronoi_diagram

from commandcenter.domain.ladder import in_force
from commandcenter.domain.vocab import WarningColour

from ..theme import WARNING_FILL

FILL = {WarningColour(k): v for k, v in WARNING_FILL.items()}
ALPHA = 70


def township_cells(state) -> dict[str, Polygon]:
    """Each township's area: its outline, else its Voronoi cell within the county."""
    out: dict[str, Polygon] = {}
    county = state.county
    hull = Polygon(county.outline).buffer(0) if county and len(county.outline) >= 3 else None
    centres = {tid: Point(t.lon, t.lat) for tid, t in state.townships.items()}
    cells = {}
    if hull is not None and len(centres) >= 2:
        diagram = voronoi_diagram(MultiPoint(list(centres.values())), envelope=hull.envelope)
        for cell in diagram.geoms:
            for tid, p in centres.items():
                if cell.contains(p):
                    cells[tid] = cell.intersection(hull)
    for tid, t in state.townships.items():
        if len(t.outline) >= 3:
            out[tid] = Polygon(t.outline).buffer(0)
        elif tid in cells:
            out[tid] = cells[tid]
        else:
            out[tid] = centres[tid].buffer(0.02)
    return out


def _rings(geom) -> list[list[tuple[float, float]]]:
    if geom.is_empty:
        return []
    polys = getattr(geom, "geoms", [geom])
    return [list(p.exterior.coords) for p in polys if isinstance(p, Polygon)]


def warning_shapes(state, w, cells: dict[str, Polygon]) -> list[list[tuple[float, float]]]:
    cap = w.cap
    if cap and (cap.polygons or cap.circles):
        from commandcenter.bundled_plugins.cap.area import circle, polygon

        rings = []
        for p in cap.polygons:
            rings += _rings(polygon(p))
        for c in cap.circles:
            rings += _rings(circle(c))
        return rings
    if not w.area and state.county and state.county.outline:
        return [list(state.county.outline)]
    rings = []
    for tid in w.area:
        if tid in cells:
            rings += _rings(cells[tid])
    return rings


class WarningLayer:
    def __init__(self, plot, desk) -> None:
        self.plot, self.desk = plot, desk
        self.items: list[QGraphicsPolygonItem] = []
        self._cells: dict[str, Polygon] | None = None
        self._shown: bytes | None = None  # the warnings drawn now, as their JSON
        self.clock = lambda: datetime.now(UTC)

    def forget_outlines(self) -> None:
        self._cells = None
        self._shown = None  # new outlines: redraw the areas on the next repaint

    def repaint(self) -> None:
        s = self.desk.state
        ws = in_force(s, self.clock())
        # the map repaints on every batch of events: areas are rebuilt (shapely, new items)
        # only when the warnings in force changed (the state is updated in place, so compare
        # their encoded form, not the objects)
        shown = msgspec.json.encode(ws)
        if shown == self._shown:
            return
        self._shown = shown
        for it in self.items:
            self.plot.removeItem(it)
        self.items = []
        if not ws:
            return
        if self._cells is None:
            self._cells = township_cells(s)
        for z, w in enumerate(reversed(ws)):  # worst last: on top
            colour = QColor(FILL.get(w.colour, "#757575"))
            fill = QColor(colour)
            fill.setAlpha(ALPHA)
            try:
                rings = warning_shapes(s, w, self._cells)
            except ValueError:  # a malformed stored polygon: skip it, keep the map
                continue
            for ring in rings:
                item = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in ring]))
                item.setBrush(QBrush(fill))
                pen = QPen(colour)
                pen.setCosmetic(True)
                pen.setWidthF(1.5)
                item.setPen(pen)
                item.setZValue(1 + z * 0.01)
                self.plot.addItem(item)
                self.items.append(item)
