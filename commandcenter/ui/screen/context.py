"""What every page of the big screen reads: the situation, how fresh it is, the statistics.

The statistics need a week of events; the context keeps the few kinds they use (loaded from
the screen's journal once, then appended as events arrive) and recomputes the figures at most
every `STATS_EVERY` seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from commandcenter.domain import Event, State
from commandcenter.domain.describe import zone_of
from commandcenter.stats import STAT_KINDS, Figures, compute

STATS_EVERY = 10.0
WEEK = timedelta(days=7)


@dataclass
class ScreenContext:
    desk: object  # commandcenter.ui.desk.Desk over the screen's station
    freshness: object  # Freshness
    demo: bool = False
    duty_phone: str = ""
    focus: str = ""  # the incident a desk pushed, while the push lasts
    height: int = 1080
    link: object = None  # commandcenter.link.Link: its status and last contact
    _events: list[Event] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)
    _figures: tuple[Figures, Figures] | None = None
    _figures_at: float = 0.0

    @property
    def state(self) -> State:
        return self.desk.state

    @property
    def tz(self) -> ZoneInfo:
        return zone_of(self.state)

    def now(self) -> datetime:
        return self.desk.station.clock()

    def observe_link(self) -> None:
        """Bring the freshness up to what the link knows now (every tick and probe)."""
        if self.link is not None:
            status = str(self.link.state.status)
            self.freshness.observe(self.link.last_contact, status in ("online", "syncing"))

    def add_events(self, evs: list[Event]) -> None:
        """Keep the events the statistics read (duplicates ignored)."""
        for ev in evs:
            if ev.kind in STAT_KINDS and ev.id not in self._ids:
                self._ids.add(ev.id)
                self._events.append(ev)
                self._figures_at = 0.0  # recompute on the next ask (still paced by the page)

    def figures(self) -> tuple[Figures, Figures]:
        """(last 24 h by hour, the last 7 days) — recomputed at most every STATS_EVERY s."""
        mono = time.monotonic()
        if self._figures is None or mono - self._figures_at > STATS_EVERY:
            now = self.now().astimezone(UTC)
            hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            evs = sorted(self._events, key=lambda e: e.ts)
            day = compute(evs, hour - timedelta(hours=24), hour, drills=self.demo)
            week = compute(evs, now - WEEK, now, drills=self.demo)
            self._figures, self._figures_at = (day, week), mono
        return self._figures
