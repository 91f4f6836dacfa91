"""一张图: incidents, teams, stores, hazard zones, shelters and cameras on the county outline.

pyqtgraph draws it (no tiles, works offline). It is imported when the map is first built,
after the window has painted, so start-up does not pay for it. Markers repaint at most once
a second; clicking an incident selects it everywhere, and the desk's selected incident is
ringed. The legend is a line under the plot, so it never covers a marker.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commandcenter.domain.vocab import EvacStatus, IncidentStatus, TeamStatus

from .. import theme
from .base import Pane

LAYERS = (  # key, Chinese legend, symbol, size
    ("zones", QT_TRANSLATE_NOOP("MapPane", "隐患点/避险区"), "d", 9),
    ("shelters", QT_TRANSLATE_NOOP("MapPane", "避难场所"), "s", 8),
    ("warehouses", QT_TRANSLATE_NOOP("MapPane", "物资仓库"), "s", 10),
    ("videos", QT_TRANSLATE_NOOP("MapPane", "视频点"), "+", 7),
    ("teams", QT_TRANSLATE_NOOP("MapPane", "救援队伍"), "t", 11),
    ("incidents", QT_TRANSLATE_NOOP("MapPane", "警情"), "o", 16),
)
_SEVERITY_OF = {colour: level for level, colour in theme.SEVERITY.items()}
LEGEND_GLYPH = {"d": "◆", "s": "■", "+": "✚", "t": "▼", "o": "●"}
LEGEND_COLOUR = {
    "zones": "#8e24aa",
    "shelters": "#00897b",
    "warehouses": "#6d4c41",
    "videos": "#546e7a",
    "teams": "#2e7d32",
    "incidents": "#c62828",
}


class MapPane(Pane):
    NAME = "pane.map"
    TITLE = "一张图"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.plot = None
        self.scatters: dict[str, object] = {}
        self._shown: dict[str, tuple] = {}  # layer -> the markers it shows (or will: _set_next)
        self._to_set: list[tuple] = []  # (layer, colour, markers) for pyqtgraph, oldest first
        self._brushes: dict[str, object] = {}
        self.dirty = True
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("正在载入地图…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_layout.addWidget(self.placeholder)
        self.legend_line = QLabel(self._legend_html())
        self.legend_line.setWordWrap(True)
        self.legend_line.setContentsMargins(6, 2, 6, 2)
        self.body_layout.addWidget(self.legend_line)
        self.setWidget(body)
        self.ring = None
        desk.tick.connect(self._maybe_repaint)
        desk.selected.connect(lambda _i: self._paint_ring())

    def _legend_html(self) -> str:
        return " &nbsp; ".join(
            f"<span style='color:{LEGEND_COLOUR[key]}'>{LEGEND_GLYPH[sym]}</span> {self.tr(label)}"
            for key, label, sym, _size in reversed(LAYERS)
        ) + self.tr(" &nbsp; <span style='color:#0d47a1'>◎</span> 选中事件")

    def build(self) -> None:
        """Create the plot (imports pyqtgraph); the window calls this after its first paint."""
        if self.plot is not None:
            return
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="#f5f7f8", foreground="#37474f")
        self.pg = pg
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.placeholder.hide()
        self.body_layout.insertWidget(0, self.plot, 1)
        self._outline()
        from .map_warnings import WarningLayer  # warning areas by colour (issue 12)

        self.warnings = WarningLayer(self.plot, self.desk)
        for key, _label, _symbol, _size in LAYERS:
            self.scatters[key] = {}  # colour -> its scatter item, made when first needed
        self.ring = pg.ScatterPlotItem(
            symbol="o", size=30, pen=pg.mkPen("#0d47a1", width=3), brush=None
        )
        self.ring.setZValue(20)
        self.plot.addItem(self.ring)
        self.repaint_markers(at_once=True)

    def _outline(self) -> None:
        for item in getattr(self, "_outline_items", []):  # redrawn when a boundary is imported
            self.plot.removeItem(item)
        self._outline_items = []
        s = self.desk.state
        lat0 = s.county.outline[0][1] if s.county and s.county.outline else 30.0
        self.plot.setAspectLocked(True, ratio=1 / max(0.2, math.cos(math.radians(lat0))))
        if s.county and s.county.outline:
            xs = [p[0] for p in s.county.outline] + [s.county.outline[0][0]]
            ys = [p[1] for p in s.county.outline] + [s.county.outline[0][1]]
            line = self.plot.plot(
                xs, ys, pen=self.pg.mkPen("#455a64", width=2), fillLevel=None, brush=None
            )
            self._outline_items.append(line)
        thin = self.pg.mkPen("#90a4ae", width=1, style=Qt.PenStyle.DashLine)
        for t in s.townships.values():
            if t.outline:  # a real township boundary
                xs = [p[0] for p in t.outline] + [t.outline[0][0]]
                ys = [p[1] for p in t.outline] + [t.outline[0][1]]
                self._outline_items.append(self.plot.plot(xs, ys, pen=thin))
            label = self.pg.TextItem(t.name, color="#546e7a", anchor=(0.5, 1.4))
            label.setPos(t.lon, t.lat)
            self.plot.addItem(label)
            self._outline_items.append(label)

    def _brush(self, colour: str):
        b = self._brushes.get(colour)
        if b is None:  # one brush per colour lets pyqtgraph reuse its rendered symbols
            b = self._brushes[colour] = self.pg.mkBrush(colour)
        return b

    def _item(self, key: str, colour: str, z: float):
        """The scatter item of one layer and colour: one brush for all its points makes
        `setData` ~3.5x cheaper than a brush per point (5,000 points: 35 -> 10 ms)."""
        item = self.scatters[key].get(colour)
        if item is None:
            _k, label, symbol, size = next(x for x in LAYERS if x[0] == key)
            item = self.pg.ScatterPlotItem(
                symbol=symbol,
                size=size,
                pen=self.pg.mkPen("#263238", width=0.6),
                brush=self._brush(colour),
                name=self.tr(label),
            )
            item.setZValue(z)
            if key == "incidents":
                item.sigClicked.connect(self._clicked)
            self.plot.addItem(item)
            self.scatters[key][colour] = item
        return item

    def layer(self, key: str) -> list:
        """The scatter items that draw one layer (one per colour)."""
        return list(self.scatters[key].values())

    def _markers(self, key: str) -> dict[str, tuple[list[float], list[float], list[str]]]:
        """A layer's markers by colour: (longitudes, latitudes, ids)."""
        s = self.desk.state
        out: dict[str, tuple[list[float], list[float], list[str]]] = {}

        def add(lon, lat, colour, ident) -> None:
            if lon is not None and lat is not None:
                xs, ys, ids = out.get(colour) or out.setdefault(colour, ([], [], []))
                xs.append(lon)
                ys.append(lat)
                ids.append(ident)

        if key == "incidents":  # the one layer of thousands: no call per marker
            closed, levels = IncidentStatus.CLOSED, {}
            for inc in s.incidents.values():
                if inc.status != closed:
                    p = inc.place
                    if p.lon is not None and p.lat is not None:
                        xs, ys, ids = levels.get(inc.severity) or levels.setdefault(
                            inc.severity, ([], [], [])
                        )
                        xs.append(p.lon)
                        ys.append(p.lat)
                        ids.append(inc.id)
            for level in sorted(levels):
                out[theme.SEVERITY[level]] = levels[level]
        elif key == "teams":
            colours = {
                TeamStatus.STANDBY: "#2e7d32",
                TeamStatus.DISPATCHED: "#ef6c00",
                TeamStatus.ON_SCENE: "#c62828",
            }
            for t in s.teams.values():
                add(t.lon, t.lat, colours.get(t.status, "#78909c"), t.id)
        elif key == "zones":
            for z in s.zones.values():
                add(z.lon, z.lat, "#ff6f00" if z.status == EvacStatus.MOVING else "#8e24aa", z.id)
        else:
            colour = {"warehouses": "#6d4c41", "shelters": "#00897b", "videos": "#546e7a"}[key]
            for x in getattr(s, key).values():
                add(x.lon, x.lat, colour, x.id)
        return out

    def repaint_markers(self, at_once: bool = False) -> None:
        """Work out every layer's markers; the (layer, colour) groups that changed go to
        pyqtgraph one per turn of the loop (`_set_next`), or all now (`at_once`). In a flood
        all four incident colours change every second, and setting them in one step was a
        15-21 ms turn (bench/desk.py --why); the queue is first in, first out, so the last
        markers worked out for a group are the ones it shows."""
        if self.plot is None:
            return
        for key, _label, _symbol, _size in LAYERS:
            markers = self._markers(key)
            # a layer whose markers did not change keeps the ones it has
            shown = self._shown.get(key)
            if shown == markers:
                continue
            shown = shown or {}
            for colour, points in markers.items():
                if shown.get(colour) != points:
                    self._to_set.append((key, colour, points))
            for colour in self.scatters[key]:
                if colour not in markers:
                    self._to_set.append((key, colour, ([], [], [])))
            self._shown[key] = markers
        if at_once:
            self._set_next(every=True)
        elif self._to_set:
            self.desk.later(self._set_next)
        self._paint_ring()
        self.warnings.repaint()
        self.dirty = False

    def _set_next(self, every: bool = False) -> None:
        import numpy as np  # pyqtgraph's own dependency, loaded with it

        while self._to_set:
            key, colour, (xs, ys, ids) = self._to_set.pop(0)
            # incidents above everything, the most severe on top
            z = 15 - _SEVERITY_OF.get(colour, 4) if key == "incidents" else 5
            self._item(key, colour, z).setData(x=np.asarray(xs), y=np.asarray(ys), data=ids)
            if not every:
                break
        if self._to_set:
            self.desk.later(self._set_next)

    def _paint_ring(self) -> None:
        """Ring the desk's selected incident: the map and the board show the same one."""
        if self.ring is None:
            return
        inc = self.desk.state.incidents.get(self.desk.incident)
        if inc is None or inc.place.lon is None or inc.place.lat is None:
            self.ring.setData(x=[], y=[])
        else:
            self.ring.setData(x=[inc.place.lon], y=[inc.place.lat], data=[inc.id])

    def ringed(self) -> str:
        pts = self.ring.points() if self.ring is not None else []
        return pts[0].data() if len(pts) else ""

    def _maybe_repaint(self) -> None:
        if self.dirty and self.isVisible():  # in a turn of its own, not the clock's step
            self.desk.later(self.repaint_markers)

    def _clicked(self, _item, points, *_args) -> None:
        if len(points):  # pyqtgraph lists the topmost (last drawn) point first
            self.desk.select(points[0].data())

    def on_update(self, u) -> None:
        self.dirty = True
        if self.plot is not None and any(
            e.kind == "record.changed" and e.payload.get("type") in ("outline", "township")
            for e in u.events
        ):
            self._outline()
            self.warnings.forget_outlines()
        if u.everything and self.plot is not None:
            self.desk.later(self.repaint_markers)
