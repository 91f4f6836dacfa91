"""The hub's log of refused connections: one line each, with the peer and the reason, and a
rate limit, so an outsider hammering the hub with bad hellos cannot fill its disk.

At most `burst` lines per `window` seconds; beyond that lines are counted, and the next line
allowed says how many were left out. Never a traceback for input an outsider controls.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger("commandcenter.hub")


class RefusalLog:
    def __init__(self, burst: int = 20, window: float = 60.0) -> None:
        self.burst, self.window = burst, window
        self._start = time.monotonic()
        self._lines = 0
        self.suppressed = 0

    def line(self, peer: object, reason: str, *, level: int = logging.WARNING) -> bool:
        """Log `peer: reason` on one line if the budget allows; True if it was written."""
        now = time.monotonic()
        if now - self._start >= self.window:
            self._start, self._lines = now, 0
        if self._lines >= self.burst:
            self.suppressed += 1
            return False
        self._lines += 1
        more = f" ({self.suppressed} more refused since, not logged)" if self.suppressed else ""
        self.suppressed = 0
        text = " ".join(reason.split())[:300]  # one line, bounded, whatever the peer sent
        log.log(level, "refused %s: %s%s", _peer(peer), text, more)
        return True


def _peer(peer: object) -> str:
    if isinstance(peer, tuple) and len(peer) >= 2:
        return f"{peer[0]}:{peer[1]}"
    return str(peer)


def fit_close_reason(text: str, limit: int = 123) -> str:
    """`text` cut to a WebSocket close reason: at most 123 UTF-8 bytes, whole characters."""
    data = text.encode("utf-8", errors="replace")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", errors="ignore") + "..."
