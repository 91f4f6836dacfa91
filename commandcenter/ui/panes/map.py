"""一张图: incidents, teams, stores, hazard zones, shelters and cameras on the county outline.

pyqtgraph draws it (no tiles, works offline). It is imported when the map is first built,
after the window has painted, so start-up does not pay for it. Markers repaint at most once
a second; clicking an incident selects it everywhere.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commandcenter.domain.vocab import EvacStatus, IncidentStatus, TeamStatus

from .. import theme
from .base import Pane

LAYERS = (  # key, Chinese legend, symbol, size
    ("zones", "隐患点/避险区", "d", 9),
    ("shelters", "避难场所", "s", 8),
    ("warehouses", "物资仓库", "s", 10),
    ("videos", "视频点", "+", 7),
    ("teams", "救援队伍", "t", 11),
    ("incidents", "警情", "o", 16),
)


class MapPane(Pane):
    NAME = "pane.map"
    TITLE = "一张图"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.plot = None
        self.scatters: dict[str, object] = {}
        self._shown: dict[str, tuple] = {}  # layer -> the markers it shows
        self._brushes: dict[str, object] = {}
        self.dirty = True
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("正在载入地图…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_layout.addWidget(self.placeholder)
        self.setWidget(body)
        desk.tick.connect(self._maybe_repaint)

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
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextSize="10pt")
        self.placeholder.hide()
        self.body_layout.addWidget(self.plot)
        self._outline()
        for key, label, symbol, size in LAYERS:
            sc = pg.ScatterPlotItem(
                symbol=symbol, size=size, pen=pg.mkPen("#263238", width=0.6), name=self.tr(label)
            )
            sc.setZValue(10 if key == "incidents" else 5)
            if key == "incidents":
                sc.sigClicked.connect(self._clicked)
            self.plot.addItem(sc)
            self.scatters[key] = sc
        self.repaint_markers()

    def _outline(self) -> None:
        s = self.desk.state
        lat0 = s.county.outline[0][1] if s.county and s.county.outline else 30.0
        self.plot.setAspectLocked(True, ratio=1 / max(0.2, math.cos(math.radians(lat0))))
        if s.county and s.county.outline:
            xs = [p[0] for p in s.county.outline] + [s.county.outline[0][0]]
            ys = [p[1] for p in s.county.outline] + [s.county.outline[0][1]]
            self.plot.plot(
                xs, ys, pen=self.pg.mkPen("#455a64", width=2), fillLevel=None, brush=None
            )
        for t in s.townships.values():
            label = self.pg.TextItem(t.name, color="#546e7a", anchor=(0.5, 1.4))
            label.setPos(t.lon, t.lat)
            self.plot.addItem(label)

    def _brush(self, colour: str):
        b = self._brushes.get(colour)
        if b is None:  # one brush per colour lets pyqtgraph reuse its rendered symbols
            b = self._brushes[colour] = self.pg.mkBrush(colour)
        return b

    def _markers(self, key: str) -> tuple[list[float], list[float], list, list[str]]:
        s = self.desk.state
        xs: list[float] = []
        ys: list[float] = []
        brushes: list = []
        ids: list[str] = []

        def add(lon, lat, colour, ident) -> None:
            if lon is not None and lat is not None:
                xs.append(lon)
                ys.append(lat)
                brushes.append(self._brush(colour))
                ids.append(ident)

        if key == "incidents":
            for inc in s.incidents.values():
                if inc.status != IncidentStatus.CLOSED:
                    add(inc.place.lon, inc.place.lat, theme.SEVERITY[inc.severity], inc.id)
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
        return xs, ys, brushes, ids

    def repaint_markers(self) -> None:
        if self.plot is None:
            return
        for key, sc in self.scatters.items():
            markers = self._markers(key)
            # pyqtgraph's setData costs ~10 us a point (5,700 incidents: ~60 ms, then the
            # repaint): a layer whose markers did not change keeps the ones it has
            if self._shown.get(key) == markers:
                continue
            xs, ys, brushes, ids = markers
            sc.setData(x=xs, y=ys, brush=brushes, data=ids)
            self._shown[key] = markers
        self.dirty = False

    def _maybe_repaint(self) -> None:
        if self.dirty and self.isVisible():
            self.repaint_markers()

    def _clicked(self, _item, points, *_args) -> None:
        if len(points):
            self.desk.select(points[0].data())

    def on_update(self, u) -> None:
        self.dirty = True
        if u.everything and self.plot is not None:
            QTimer.singleShot(0, self.repaint_markers)
