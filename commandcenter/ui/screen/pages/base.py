"""The base of a big-screen page: its key and title, its tiles, and when it repaints.

A page repaints from `ctx.state` only while it is shown (hidden pages just note that they are
behind) and at most every `MIN_GAP` seconds, so a burst of events costs one repaint.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget

from ..tile import Tile


class ScreenPage(QWidget):
    KEY = ""
    TITLE = ""
    MIN_GAP = 0.0  # seconds between repaints (the map and statistics ask for more)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreenPage")
        self.ctx = ctx
        self.tiles: list[Tile] = []
        self.dirty = True
        self._last = 0.0

    def tile(self, title: str) -> Tile:
        t = Tile(title)
        self.tiles.append(t)
        return t

    def maybe_refresh(self, force: bool = False) -> bool:
        """Repaint if behind (and not too soon); True when it did."""
        now = time.monotonic()
        if not self.dirty or (not force and now - self._last < self.MIN_GAP):
            return False
        self.refresh()
        self.dirty = False
        self._last = now
        for t in self.tiles:
            t.stamp(self.ctx.freshness.last_contact)
        return True

    def due_in(self) -> float:
        """Seconds until a page that is behind may repaint (0: now)."""
        return max(0.0, self._last + self.MIN_GAP - time.monotonic())

    def paint_targets(self) -> list[QWidget]:
        """Widgets that paint apart from the window's own repaint (a graphics view)."""
        return []

    def tick(self, now: float) -> None:
        """Once a second: tiles that are up to date carry the last contact; ages repaint."""
        if not self.dirty:
            for t in self.tiles:
                t.stamp(self.ctx.freshness.last_contact)
        for t in self.tiles:
            t.show_age(now, self.ctx.freshness.interval)

    def refresh(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError
