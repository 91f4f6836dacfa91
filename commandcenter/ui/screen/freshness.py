"""Never stale without saying so: how old the screen's picture is, and how to say it.

Qt-free. `last_contact` is the monotonic time the hub was last heard from (a frame or the
answer to the screen's probe). The header is amber past 2× and red past 5× the expected
interval; the 与指挥中心失去连接 banner shows when the link is not up or the hub has been
silent for `banner_after` seconds (the probe runs every `interval`, so a silent cable cut
shows within `banner_after + interval`, under 10 s with the defaults).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication


@dataclass
class Freshness:
    interval: float = 2.0  # expected seconds between contacts with the hub
    banner_after: float = 6.0
    clock: callable = time.monotonic
    last_contact: float | None = None
    last_sync_wall: datetime | None = None  # wall time of the last contact, for the banner
    connected: bool = False
    _since: float = field(default_factory=time.monotonic)

    def contact(self) -> None:
        """The hub was heard from just now."""
        self.last_contact = self.clock()
        self.last_sync_wall = datetime.now(UTC)

    def observe(self, last_contact: float | None, connected: bool) -> None:
        """Take the link's own last-contact time (monotonic) and whether it is up."""
        self.connected = connected
        if last_contact is not None and (
            self.last_contact is None or last_contact > self.last_contact
        ):
            self.last_contact = last_contact
            self.last_sync_wall = datetime.now(UTC) - timedelta(
                seconds=max(0.0, self.clock() - last_contact)
            )

    def age(self) -> float:
        """Seconds since the last contact (since start when there was none)."""
        ref = self.last_contact if self.last_contact is not None else self._since
        return max(0.0, self.clock() - ref)

    def level(self) -> str:
        """ "ok", "amber" (past 2× the interval) or "red" (past 5×, or never in contact)."""
        a = self.age()
        if self.last_contact is None or a > 5 * self.interval:
            return "red"
        return "amber" if a > 2 * self.interval else "ok"

    def lost(self) -> bool:
        """Show the 与指挥中心失去连接 banner."""
        return not self.connected or self.age() > self.banner_after


def age_text(seconds: float) -> str:
    """更新于 N 秒前 / N 分钟前 / N 小时前."""
    s = int(seconds)
    if s < 60:
        return _tr("更新于 {n} 秒前").format(n=s)
    if s < 3600:
        return _tr("更新于 {n} 分钟前").format(n=s // 60)
    return _tr("更新于 {n} 小时前").format(n=s // 3600)


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)
