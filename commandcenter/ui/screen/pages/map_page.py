"""一张图 full screen: the county outline, its layers (zones, shelters, stores, cameras,
teams) and the active incidents highlighted with a halo, with the open incidents listed.

pyqtgraph is imported when the page is first built. What the profile of a 4K screen under
200 events/s showed, and what follows from it: one scatter item per colour, fed numpy arrays
with a single brush (a brush per point made setData ~3.5x dearer); a layer is set again only
when its points changed (a 续报 moves nothing); the view range is fixed on the county's
outline (auto-range recomputed every child's bounds on each change); the markers are
painted each refresh, so the page keeps up with the feed instead of waiting out a gap.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from commandcenter.domain.vocab import EvacStatus, TeamStatus
from commandcenter.stats.situation import active

from ..theme import DARK, px
from ..tile import label
from .base import ScreenPage
from .common import incident_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


LAYERS = (  # key, legend, symbol, size at 1080 lines, colour
    ("zones", QT_TRANSLATE_NOOP("screen", "隐患点/避险区"), "d", 16, "#b388ff"),
    ("shelters", QT_TRANSLATE_NOOP("screen", "避难场所"), "s", 14, "#26a69a"),
    ("warehouses", QT_TRANSLATE_NOOP("screen", "物资仓库"), "s", 16, "#a1887f"),
    ("videos", QT_TRANSLATE_NOOP("screen", "视频点"), "+", 14, "#90a4ae"),
    ("teams", QT_TRANSLATE_NOOP("screen", "救援队伍"), "t", 20, "#66bb6a"),
)
TEAM_COLOURS = {TeamStatus.DISPATCHED: "#ff9500", TeamStatus.ON_SCENE: "#ff3b30"}
LIST_ROWS = 12
HALO_ALPHA = 80
# Halos mark the few incidents that matter most. Under a 200 events/s drill with ~600 open
# incidents, a halo on every 较大 one was ~12 M blended pixels a frame at 4K and most of the
# map's paint time (drawPixmapFragments in the profile), and 600 halos point at nothing.
HALOS = 24
SEVERITY_SCALE = {1: 1.2, 2: 1.0, 3: 0.85, 4: 0.6}


class Markers:
    """One map layer: a scatter item per colour, each set from arrays only when it changed."""

    def __init__(self, page: MapPage, symbol: str, size: float, z: float, pen, alpha=255):
        self.page, self.symbol, self.size, self.z, self.pen = page, symbol, size, z, pen
        self.alpha = alpha
        self.rank: dict[str, float] = {}  # colour -> z offset (the most severe drawn on top)
        self.scale: dict[str, float] = {}  # colour -> size factor (the most severe largest)
        self.items: dict[str, object] = {}
        self.drawn: dict[str, tuple] = {}

    def set(self, groups: dict[str, list[tuple[float, float]]]) -> bool:
        """Set the layer's points; True when any item changed (the plot will repaint)."""
        np, pg = self.page.np, self.page.pg
        changed = False
        for colour in set(groups) | set(self.items):
            pts = tuple(groups.get(colour, ()))
            if self.drawn.get(colour) == pts:
                continue
            item = self.items.get(colour)
            if item is None:
                c = pg.mkColor(colour)
                c.setAlpha(self.alpha)
                item = pg.ScatterPlotItem(
                    symbol=self.symbol,
                    size=self.size * self.scale.get(colour, 1),
                    pen=self.pen,
                    brush=pg.mkBrush(c),
                )
                item.setZValue(self.z + self.rank.get(colour, 0))
                self.page.plot.addItem(item)
                self.items[colour] = item
            self.drawn[colour] = pts
            arr = np.array(pts, dtype=float).reshape(-1, 2)
            item.setData(x=arr[:, 0], y=arr[:, 1])
            changed = True
        return changed

    def resize(self, size: float) -> None:
        self.size = size
        for colour, item in self.items.items():
            item.setSize(size * self.scale.get(colour, 1))


class MapPage(ScreenPage):
    KEY = "map"
    TITLE = "一张图"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.plot = None
        self.moved = False  # the last refresh changed markers: the plot repaints apart
        self.layers: dict[str, Markers] = {}
        lay = QHBoxLayout(self)
        lay.setSpacing(16)
        self.map_tile = self.tile(_tr("一张图"))
        lay.addWidget(self.map_tile, 3)
        side = self.tile(_tr("在办事件"))
        self.rows = [side.add(label("", "", wrap=True)) for _ in range(LIST_ROWS)]
        side.body.addStretch(1)
        lay.addWidget(side, 1)
        self.legend = self.map_tile.add(label("", "muted", wrap=True))
        self.holder = QVBoxLayout()
        self.map_tile.body.insertLayout(0, self.holder, 1)

    def _build(self) -> None:
        import numpy as np
        import pyqtgraph as pg

        self.pg, self.np = pg, np
        self.plot = pg.PlotWidget(background=DARK["panel"])
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.hideButtons()
        self.holder.addWidget(self.plot)
        self.plot.getViewBox().disableAutoRange()  # the county's outline sets the range
        self.static: list = []  # the outline and the townships' names
        self.labels: list = []
        self._county: tuple | None = None
        black = pg.mkPen("#000000")
        for key, _legend, symbol, size, _colour in LAYERS:
            self.layers[key] = Markers(self, symbol, size, 5, black)
        self.layers["halo"] = Markers(self, "o", 70, 8, None, alpha=HALO_ALPHA)
        self.layers["incidents"] = Markers(self, "o", 30, 10, pg.mkPen("#ffffff", width=2))
        for key in ("halo", "incidents"):
            self.layers[key].rank = {c: (5 - lvl) / 10 for lvl, c in DARK["severity"].items()}
        # 一般 incidents small: the severe stand out, and a drill's ~1,400 open incidents
        # blended ~5 M pixels a frame at 4K at one size (the paint grows with their area)
        self.layers["incidents"].scale = {
            c: SEVERITY_SCALE[lvl] for lvl, c in DARK["severity"].items()
        }
        self.legend.setText(
            "　".join(
                f'<span style="color:{c}">■</span> {_tr(name)}' for _k, name, _s, _z, c in LAYERS
            )
            + f'　<span style="color:#ff3b30">●</span> {_tr("在办事件 (光圈: 较大及以上, 至多{n}起)").format(n=HALOS)}'
        )

    def _county_drawn(self) -> None:
        """Outline, township names and the fixed range, drawn again when the county changes
        (a screen's first start has no county until the hub has sent it)."""
        pg, s = self.pg, self.ctx.state
        outline = list(s.county.outline) if s.county else []
        towns = [(t.name, t.lon, t.lat) for t in s.townships.values() if t.lon is not None]
        key = (tuple(map(tuple, outline)), tuple(towns))
        if key == self._county:
            return
        self._county = key
        for item in self.static:
            self.plot.removeItem(item)
        self.static, self.labels = [], []
        lat0 = outline[0][1] if outline else (towns[0][2] if towns else 30.0)
        self.plot.setAspectLocked(True, ratio=1 / max(0.2, math.cos(math.radians(lat0))))
        if outline:
            xs = [p[0] for p in outline] + [outline[0][0]]
            ys = [p[1] for p in outline] + [outline[0][1]]
            self.static.append(self.plot.plot(xs, ys, pen=pg.mkPen(DARK["accent"], width=3)))
        for name, lon, lat in towns:
            text = pg.TextItem(name, color=DARK["muted"], anchor=(0.5, 1.6))
            text.setPos(lon, lat)
            self.plot.addItem(text)
            self.static.append(text)
            self.labels.append(text)
        places = [(p[0], p[1]) for p in outline] or [(t[1], t[2]) for t in towns]
        if places:  # a fixed range: no auto-range pass over every item on each change
            xs, ys = [p[0] for p in places], [p[1] for p in places]
            self.plot.getViewBox().setRange(
                xRange=(min(xs), max(xs)), yRange=(min(ys), max(ys)), padding=0.04
            )
        self._h = None  # the new names take the screen's font size

    def _scale(self) -> None:
        """Marker and label sizes follow the screen's height (set again after a resize)."""
        h = self.ctx.height
        if getattr(self, "_h", None) == h:
            return
        self._h, k = h, h / 1080
        for key, _legend, _symbol, size, _colour in LAYERS:
            self.layers[key].resize(size * k)
        self.layers["halo"].resize(70 * k)
        self.layers["incidents"].resize(30 * k)
        font = self.font()
        font.setPixelSize(px("small", h))
        for text in self.labels:
            text.setFont(font)

    def paint_targets(self) -> list:
        """The widgets whose own paint shows the last refresh (the plot paints apart)."""
        return [self.plot.viewport()] if self.moved else []

    def refresh(self) -> None:
        if self.plot is None:
            self._build()
        self._county_drawn()
        self._scale()
        s, tz = self.ctx.state, self.ctx.tz
        self.moved = False
        for key, _legend, _symbol, _size, colour in LAYERS:
            groups: dict[str, list] = {}
            for x in getattr(s, key).values():
                if x.lon is None or x.lat is None:
                    continue
                c = colour
                if key == "teams":
                    c = TEAM_COLOURS.get(x.status, colour)
                elif key == "zones" and x.status == EvacStatus.MOVING:
                    c = "#ff6f00"
                groups.setdefault(c, []).append((x.lon, x.lat))
            self.moved = self.layers[key].set(groups) or self.moved
        incs = active(s)
        spots: dict[str, list] = {}
        halos: dict[str, list] = {}
        n_halos = 0  # incidents come most severe first, then the most recent
        for inc in incs:
            lon, lat = inc.place.lon, inc.place.lat
            if lon is None or lat is None:
                t = s.townships.get(inc.place.township)
                lon, lat = (t.lon, t.lat) if t else (None, None)
            if lon is None:
                continue
            colour = DARK["severity"].get(inc.severity, "#ffffff")
            spots.setdefault(colour, []).append((lon, lat))
            if (inc.severity <= 3 and n_halos < HALOS) or inc.id == self.ctx.focus:
                n_halos += 1
                halos.setdefault(colour, []).append((lon, lat))
        self.moved = self.layers["incidents"].set(spots) or self.moved
        self.moved = self.layers["halo"].set(halos) or self.moved
        for i, row in enumerate(self.rows):
            row.setText(incident_line(incs[i], s, tz) if i < len(incs) else "")
