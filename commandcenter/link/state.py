"""What the link tells the UI: connection status, outbox size, last error, blocked event."""

from __future__ import annotations

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

    @property
    def blocked(self) -> bool:
        return self.rejected is not None
