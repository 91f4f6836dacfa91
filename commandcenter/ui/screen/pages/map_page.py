"""一张图 full screen: the county outline, its layers (zones, shelters, stores, cameras,
teams) and the active incidents highlighted with a halo, with the open incidents listed.

pyqtgraph is imported when the page is first painted; markers repaint at most once a second.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from commandcenter.domain.vocab import EvacStatus, TeamStatus
from commandcenter.stats.situation import active

from ..theme import DARK, px
from ..tile import label
from .base import ScreenPage
from .common import incident_line

LAYERS = (  # key, legend, symbol, size at 1080 lines, colour
    ("zones", "隐患点/避险区", "d", 16, "#b388ff"),
    ("shelters", "避难场所", "s", 14, "#26a69a"),
    ("warehouses", "物资仓库", "s", 16, "#a1887f"),
    ("videos", "视频点", "+", 14, "#90a4ae"),
    ("teams", "救援队伍", "t", 20, "#66bb6a"),
)
TEAM_COLOURS = {TeamStatus.DISPATCHED: "#ff9500", TeamStatus.ON_SCENE: "#ff3b30"}
LIST_ROWS = 12


class MapPage(ScreenPage):
    KEY = "map"
    TITLE = "一张图"
    MIN_GAP = 0.2  # a marker set costs little; more often would only repaint the same pixels

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.plot = None
        self.scatters: dict[str, object] = {}
        lay = QHBoxLayout(self)
        lay.setSpacing(16)
        self.map_tile = self.tile("一张图")
        lay.addWidget(self.map_tile, 3)
        side = self.tile("在办事件")
        self.rows = [side.add(label("", "", wrap=True)) for _ in range(LIST_ROWS)]
        side.body.addStretch(1)
        lay.addWidget(side, 1)
        self.legend = self.map_tile.add(label("", "muted", wrap=True))
        self.holder = QVBoxLayout()
        self.map_tile.body.insertLayout(0, self.holder, 1)

    def _build(self) -> None:
        import pyqtgraph as pg

        self.pg = pg
        self.plot = pg.PlotWidget(background=DARK["panel"])
        self.plot.setMenuEnabled(False)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.hideButtons()
        self.holder.addWidget(self.plot)
        s = self.ctx.state
        outline = s.county.outline if s.county else []
        lat0 = outline[0][1] if outline else 30.0
        self.plot.setAspectLocked(True, ratio=1 / max(0.2, math.cos(math.radians(lat0))))
        if outline:
            xs = [p[0] for p in outline] + [outline[0][0]]
            ys = [p[1] for p in outline] + [outline[0][1]]
            self.plot.plot(xs, ys, pen=pg.mkPen(DARK["accent"], width=3))
        for t in s.townships.values():
            text = pg.TextItem(t.name, color=DARK["muted"], anchor=(0.5, 1.6))
            text.setPos(t.lon, t.lat)
            self.plot.addItem(text)
        self.labels = [i for i in self.plot.items() if isinstance(i, pg.TextItem)]
        for key, _legend, symbol, size, colour in LAYERS:
            sc = pg.ScatterPlotItem(symbol=symbol, size=size, pen=pg.mkPen("#000000"))
            sc.setZValue(5)
            self.plot.addItem(sc)
            self.scatters[key] = (sc, colour)
        self.halo = pg.ScatterPlotItem(symbol="o", size=70, pen=None)
        self.halo.setZValue(8)
        self.incidents = pg.ScatterPlotItem(symbol="o", size=30, pen=pg.mkPen("#ffffff", width=2))
        self.incidents.setZValue(10)
        self.plot.addItem(self.halo)
        self.plot.addItem(self.incidents)
        self.legend.setText(
            "　".join(f'<span style="color:{c}">■</span> {name}' for _k, name, _s, _z, c in LAYERS)
            + '　<span style="color:#ff3b30">●</span> 在办事件 (光圈: 较大及以上)'
        )
        self._brushes: dict[str, object] = {}
        self._drawn: dict[str, tuple] = {}

    def _set(self, key: str, item, pts: list[dict]) -> None:
        """setData only when the markers changed: a 续报 must not repaint a 4K map."""
        sig = tuple((p["pos"], id(p["brush"])) for p in pts)
        if self._drawn.get(key) != sig:
            self._drawn[key] = sig
            item.setData(pts)

    def _brush(self, colour: str, alpha: int = 255):
        key = f"{colour}/{alpha}"
        b = self._brushes.get(key)
        if b is None:
            c = self.pg.mkColor(colour)
            c.setAlpha(alpha)
            b = self._brushes[key] = self.pg.mkBrush(c)
        return b

    def _scale(self) -> None:
        """Marker and label sizes follow the screen's height (set again after a resize)."""
        h = self.ctx.height
        if getattr(self, "_h", None) == h:
            return
        self._h, k = h, h / 1080
        for key, _legend, _symbol, size, _colour in LAYERS:
            self.scatters[key][0].setSize(size * k)
        self.halo.setSize(70 * k)
        self.incidents.setSize(30 * k)
        font = self.font()
        font.setPixelSize(px("small", h))
        for text in self.labels:
            text.setFont(font)
        self._drawn.clear()  # markers are set again at the new size

    def refresh(self) -> None:
        if self.plot is None:
            self._build()
        self._scale()
        s, tz = self.ctx.state, self.ctx.tz
        for key, (sc, colour) in self.scatters.items():
            pts = []
            for x in getattr(s, key).values():
                if x.lon is None or x.lat is None:
                    continue
                c = colour
                if key == "teams":
                    c = TEAM_COLOURS.get(x.status, colour)
                elif key == "zones" and x.status == EvacStatus.MOVING:
                    c = "#ff6f00"
                pts.append({"pos": (x.lon, x.lat), "brush": self._brush(c)})
            self._set(key, sc, pts)
        incs = active(s)
        spots, halos = [], []
        for inc in incs:
            lon, lat = inc.place.lon, inc.place.lat
            if lon is None or lat is None:
                t = s.townships.get(inc.place.township)
                lon, lat = (t.lon, t.lat) if t else (None, None)
            if lon is None:
                continue
            colour = DARK["severity"].get(inc.severity, "#ffffff")
            spots.append({"pos": (lon, lat), "brush": self._brush(colour)})
            if inc.severity <= 3 or inc.id == self.ctx.focus:
                halos.append({"pos": (lon, lat), "brush": self._brush(colour, 80)})
        self._set("incidents", self.incidents, spots)
        self._set("halo", self.halo, halos)
        for i, row in enumerate(self.rows):
            row.setText(incident_line(incs[i], s, tz) if i < len(incs) else "")
