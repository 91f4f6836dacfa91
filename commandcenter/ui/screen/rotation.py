"""Which page the screen shows: rotation every N seconds, a pinned page, a locked view, and
a desk's push (推送到大屏) that holds the screen for a while before rotation resumes.

Qt-free; the window asks `current(now)` once a second with a monotonic `now`.
- pinned: rotation stops on that page; pushes still show, then it returns to the pin;
- locked: nothing changes the page (not rotation, keys, nor pushes) until unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Push:
    page: str
    incident: str
    until: float  # monotonic


@dataclass
class Rotation:
    pages: list[str]
    seconds: float = 20.0
    index: int = 0
    pinned: str = ""
    locked: bool = False
    push: Push | None = None
    _next: float = 0.0
    _history: list[str] = field(default_factory=list)

    def current(self, now: float) -> str:
        """The page to show at `now`, advancing the rotation when its time is up."""
        if self.locked:
            return self.pages[self.index]
        if self.push is not None:
            if now < self.push.until:
                return self.push.page
            self.push = None
            self._next = now + self.seconds
        if self.pinned:
            return self.pinned
        if now >= self._next:
            if self._next:  # the first call only starts the clock
                self.index = (self.index + 1) % len(self.pages)
            self._next = now + self.seconds
        return self.pages[self.index]

    def show(self, page: str, now: float) -> None:
        """Go to a page by hand (keys): the rotation continues from there."""
        if self.locked or page not in self.pages:
            return
        self.index = self.pages.index(page)
        self.push = None
        if self.pinned:
            self.pinned = page
        self._next = now + self.seconds

    def step(self, delta: int, now: float) -> None:
        self.show(self.pages[(self.index + delta) % len(self.pages)], now)

    def pin(self, page: str | None) -> None:
        """Pin a page (None or "" unpins)."""
        if not self.locked:
            self.pinned = page or ""
            if page in self.pages:
                self.index = self.pages.index(page)

    def lock(self, on: bool, page: str | None = None) -> None:
        """Lock the view on the page shown now (or `page`)."""
        if on and page in self.pages:
            self.index = self.pages.index(page)
        self.locked = on

    def pushed(self, page: str, incident: str, until: float, now: float) -> bool:
        """A desk pushed a page or incident; False when the view is locked (not shown)."""
        if self.locked or page not in self.pages or until <= now:
            return False
        self.push = Push(page, incident, until)
        return True
