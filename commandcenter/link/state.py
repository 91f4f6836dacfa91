"""What the link tells the UI: connection status, outbox size, last error, blocked event."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    OFFLINE = "offline"  # no connection; working alone, the outbox grows
    CONNECTING = "connecting"
    SYNCING = "syncing"  # connected, catching up on missed events or sending the outbox
    ONLINE = "online"  # connected and caught up; new decisions go out at once
    STOPPED = "stopped"  # the link was closed on purpose


@dataclass(frozen=True)
class Rejection:
    """An own event the hub refused. The outbox stops behind it until a human acts."""

    id: str
    kind: str
    code: str  # forbidden, wrong_station, invalid, bad_hash, gap, fork
    reason: str


@dataclass(frozen=True)
class LinkState:
    status: Status = Status.OFFLINE
    pending: int = 0  # own events journaled here, not yet numbered by the hub
    last_error: str = ""  # e.g. "token rejected: unknown token"; cleared once online
    rejected: Rejection | None = None
    upto: int = 0  # last global sequence this station holds
    hub_gseq: int = 0  # last global sequence the hub is known to hold
    online: tuple[str, ...] = ()  # stations connected to the hub, as it last said
    role: str = ""  # the role the hub's welcome gave this station (desk, field, leader, …)
    # time.monotonic() of the last frame or pong from the hub (0: never); published at most
    # twice a second, so a screen shows "last contact N s ago" from it
    last_contact: float = 0.0

    @property
    def blocked(self) -> bool:
        return self.rejected is not None

    def contact_age(self, now: float | None = None) -> float | None:
        """Seconds since the hub last proved it was there; None if it never did."""
        if not self.last_contact:
            return None
        return max(0.0, (time.monotonic() if now is None else now) - self.last_contact)
