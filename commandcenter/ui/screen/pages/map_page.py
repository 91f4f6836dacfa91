"""一张图 full screen: the county outline, its layers (zones, shelters, stores, cameras,
teams) and the active incidents highlighted with a halo, with the open incidents listed.

What the profile of a 4K screen under 200 events/s showed (bench/screen.py --why and a map
micro-bench): with pyqtgraph the map's refresh was ~5 ms (setData with a brush per point) and
its repaint 30-70 ms: translucent halos on every 较大+ incident (~12 M blended pixels a
frame), per-item Python in every paint for layers that had not changed, and the scene's
bookkeeping per update. The map is now painted by `MapCanvas`: the slow layers go into a
cached background, set again only when they change (a 续报 changes nothing), the incidents
are sprites over it, halos mark only the worst few, and 一般 incidents are drawn smallest.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout

from commandcenter.domain.vocab import EvacStatus, TeamStatus
from commandcenter.stats.situation import active

from ..theme import DARK, px
from ..tile import label
from .base import ScreenPage
from .common import incident_line
from .map_canvas import MapCanvas, sprite


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
HALO, SPOT, HALO_ALPHA = 70, 30, 80  # sizes at 1080 lines
# Halos mark the few incidents that matter most: under a drill with ~600 open incidents a
# halo on every 较大 one was most of the paint, and 600 halos point at nothing.
HALOS = 24
SEVERITY_SCALE = {1: 1.2, 2: 1.0, 3: 0.85, 4: 0.6}  # the severe stand out


class MapPage(ScreenPage):
    KEY = "map"
    TITLE = "一张图"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._sprites: dict[tuple, object] = {}
        self._county: tuple | None = None
        self._layers: tuple | None = None
        self._spots: tuple | None = None
        lay = QHBoxLayout(self)
        lay.setSpacing(16)
        self.map_tile = self.tile(_tr("一张图"))
        lay.addWidget(self.map_tile, 3)
        side = self.tile(_tr("在办事件"))
        self.rows = [side.add(label("", "", wrap=True)) for _ in range(LIST_ROWS)]
        side.body.addStretch(1)
        lay.addWidget(side, 1)
        self.canvas = MapCanvas(DARK["panel"], DARK["accent"], DARK["muted"])
        self.map_tile.add(self.canvas, 1)
        self.legend = self.map_tile.add(label("", "muted", wrap=True))
        self.legend.setText(
            "　".join(
                f'<span style="color:{c}">■</span> {_tr(name)}' for _k, name, _s, _z, c in LAYERS
            )
            + '　<span style="color:#ff3b30">●</span> '
            + _tr("在办事件 (光圈: 较大及以上, 至多{n}起)").format(n=HALOS)
        )

    def _sprite(self, symbol: str, size: float, colour: str, pen, width=1.0, alpha=255):
        k = self.ctx.height / 1080
        key = (symbol, size, colour, pen, width, alpha, k)
        pm = self._sprites.get(key)
        if pm is None:
            pm = self._sprites[key] = sprite(symbol, size * k, colour, pen, width * k, alpha)
        return pm

    def refresh(self) -> None:
        s, tz, h = self.ctx.state, self.ctx.tz, self.ctx.height
        self.canvas.set_font_px(px("small", h))
        outline = list(s.county.outline) if s.county else []
        towns = [(t.name, t.lon, t.lat) for t in s.townships.values() if t.lon is not None]
        county = (tuple(map(tuple, outline)), tuple(towns))
        if county != self._county:
            self._county = county
            self.canvas.set_county(outline, towns)
        marks = []
        for key, _legend, symbol, size, colour in LAYERS:
            for x in getattr(s, key).values():
                if x.lon is None or x.lat is None:
                    continue
                c = colour
                if key == "teams":
                    c = TEAM_COLOURS.get(x.status, colour)
                elif key == "zones" and x.status == EvacStatus.MOVING:
                    c = "#ff6f00"
                marks.append((x.lon, x.lat, symbol, size, c))
        layers = (tuple(marks), h)
        if layers != self._layers:
            self._layers = layers
            self.canvas.set_layers(
                [(lon, lat, self._sprite(sym, z, c, "#000000")) for lon, lat, sym, z, c in marks]
            )
        incs = active(s)
        halos, spots = [], []
        for inc in incs:
            lon, lat = inc.place.lon, inc.place.lat
            if lon is None or lat is None:
                t = s.townships.get(inc.place.township)
                lon, lat = (t.lon, t.lat) if t else (None, None)
            if lon is None:
                continue
            colour = DARK["severity"].get(inc.severity, "#ffffff")
            if (inc.severity <= 3 and len(halos) < HALOS) or inc.id == self.ctx.focus:
                halos.append((lon, lat, colour))
            spots.append((inc.severity, lon, lat, colour))
        spots.sort(key=lambda x: -x[0])  # 一般 first: the most severe are painted on top
        sig = (tuple(halos), tuple(spots), h)
        if sig != self._spots:
            self._spots = sig
            self.canvas.set_spots(
                [
                    (lo, la, self._sprite("o", HALO, c, None, alpha=HALO_ALPHA))
                    for lo, la, c in halos
                ]
                + [
                    (lo, la, self._sprite("o", SPOT * SEVERITY_SCALE.get(sv, 1), c, "#ffffff", 2))
                    for sv, lo, la, c in spots
                ]
            )
        for i, row in enumerate(self.rows):
            row.setText(incident_line(incs[i], s, tz) if i < len(incs) else "")
