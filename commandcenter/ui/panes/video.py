"""视频联报: a wall of 1/4/9 tiles — the sources linked to the selected incident first, then
the nearest ones as suggestions. Tiles are placeholders (name, kind, status, linked incident);
double-click opens the stream in the system player, the link button ties it to the incident."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.ranking import distance_km, incident_point

from ..i18n import vocab
from ..roles import offer
from .base import Pane


class Tile(QFrame):
    opened = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.video = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "Tile { background: #102027; border: 1px solid #37474f; } QLabel { color: #eceff1; }"
        )
        lay = QVBoxLayout(self)
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.name.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.link = offer(QPushButton(self.tr("关联到当前事件")), "video.linked")
        lay.addWidget(self.name)
        lay.addStretch(1)
        lay.addWidget(self.info)
        lay.addWidget(self.link)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.video:
            self.opened.emit(self.video)


class VideoWall(Pane):
    NAME = "pane.video"
    TITLE = "视频联报"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self.n = 4
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        bar.addWidget(self.caption, 1)
        group = QButtonGroup(self)
        for n in (1, 4, 9):
            b = QToolButton()
            b.setText(self.tr("{n}画面").format(n=n))
            b.setCheckable(True)
            b.setChecked(n == self.n)
            b.clicked.connect(lambda _=False, n=n: self.set_tiles(n))
            group.addButton(b)
            bar.addWidget(b)
        lay.addLayout(bar)
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        lay.addLayout(self.grid, 1)
        self.tiles: list[Tile] = []
        self.setWidget(body)
        self.set_tiles(self.n)
        desk.selected.connect(lambda _i: self.fill())

    def set_tiles(self, n: int) -> None:
        self.n = n
        for t in self.tiles:
            t.setParent(None)
            t.deleteLater()
        self.tiles = []
        side = {1: 1, 4: 2, 9: 3}[n]
        for i in range(n):
            t = Tile()
            t.opened.connect(self.open_stream)
            t.link.clicked.connect(lambda _=False, t=t: self._link(t.video))
            self.grid.addWidget(t, i // side, i % side)
            self.tiles.append(t)
        self.fill()

    def sources(self) -> tuple[list, list]:
        """(linked to the incident, nearest others) for the selected incident."""
        s = self.desk.state
        inc = s.incidents.get(self.desk.incident)
        if inc is None:
            return [], sorted(s.videos.values(), key=lambda v: (not v.incident, v.name))
        linked = [s.videos[v] for v in inc.videos if v in s.videos]
        here = incident_point(s, inc)

        def km(v):
            d = distance_km(here, (v.lon, v.lat))
            return d if d is not None else 1e9

        rest = sorted((v for v in s.videos.values() if v.id not in inc.videos), key=km)
        return linked, rest

    def fill(self) -> None:
        linked, rest = self.sources()
        s = self.desk.state
        inc = s.incidents.get(self.desk.incident)
        self.caption.setText(
            self.tr("{title}: 已关联 {n} 路，其余为就近推荐").format(title=inc.title, n=len(linked))
            if inc
            else self.tr("未选中事件: 显示全部视频源")
        )
        shown = (linked + rest)[: self.n]
        for i, t in enumerate(self.tiles):
            v = shown[i] if i < len(shown) else None
            t.video = v.id if v else ""
            if v is None:
                t.name.setText(self.tr("(空)"))
                t.info.setText("")
                t.link.hide()
                continue
            status = self.tr("在线") if v.online else self.tr("离线")
            other = s.incidents.get(v.incident)
            tag = (
                self.tr("已关联: {t}").format(t=other.title)
                if other
                else (self.tr("推荐") if inc else "")
            )
            t.name.setText(v.name)
            t.info.setText(f"{vocab(v.kind)} · {status}\n{tag}")
            t.link.setVisible(inc is not None and v.incident != inc.id)

    def _link(self, vid: str) -> None:
        if vid and self.desk.incident:
            self.actions.decide("video.linked", {"video": vid, "incident": self.desk.incident})

    def open_stream(self, vid: str) -> None:
        v = self.desk.state.videos.get(vid)
        if v:
            QDesktopServices.openUrl(QUrl(v.url))

    def on_update(self, u) -> None:
        if (
            u.everything
            or any(e.kind.startswith("video.") for e in u.events)
            or (self.desk.incident in u.touched)
        ):
            self.fill()
