"""Payload shapes of resources in action: teams, stock, 3人1屋 evacuation, video, warnings."""

from __future__ import annotations

from datetime import datetime

from ..entities import CapInfo
from ..vocab import EvacRole, WarningColour
from .base import P

__all__ = [
    "EvacCalled",
    "EvacCleared",
    "EvacCounted",
    "EvacStarted",
    "StockIssued",
    "StockReceived",
    "StockTransferred",
    "TeamDispatched",
    "TeamMoved",
    "UpkeepDone",
    "VideoLinked",
    "VideoStatus",
    "WarningIssued",
    "WarningLifted",
]


class TeamDispatched(P, kw_only=True):
    team: str
    incident: str
    task: str = ""


class TeamMoved(P, kw_only=True):
    """A team's own progress: arrived / returning / standby / resting."""

    team: str
    incident: str = ""
    note: str = ""


class StockReceived(P, kw_only=True):
    warehouse: str
    item: str
    qty: int
    category: str = ""
    unit: str = ""
    note: str = ""


class StockTransferred(P, kw_only=True):
    source: str
    target: str
    item: str
    qty: int
    incident: str = ""
    note: str = ""


class StockIssued(P, kw_only=True):
    warehouse: str
    item: str
    qty: int
    incident: str = ""
    recipient: str = ""
    order: str = ""  # the order the issue follows (动用指令 number)


class UpkeepDone(P, kw_only=True):
    warehouse: str
    task: str
    note: str = ""


class EvacCalled(P, kw_only=True):
    zone: str
    role: EvacRole
    answered: bool
    note: str = ""


class EvacStarted(P, kw_only=True):
    zone: str
    incident: str = ""
    households: int = 0
    people: int = 0


class EvacCounted(P, kw_only=True):
    zone: str
    moved_households: int
    moved_people: int
    in_safe_house: int
    reason: str = ""  # why more moved than planned (needed when counts exceed the plan)


class EvacCleared(P, kw_only=True):
    zone: str


class VideoLinked(P, kw_only=True):
    video: str
    incident: str


class VideoStatus(P, kw_only=True):
    video: str
    online: bool


class WarningIssued(P, kw_only=True):
    warning: str
    colour: WarningColour
    hazard: str
    valid_from: datetime
    valid_to: datetime
    area: list[str] = []
    text: str = ""
    issuer: str = ""
    onset: datetime | None = None
    concerns: bool = True
    villages: list[str] = []
    zones: list[str] = []
    cap: CapInfo | None = None


class WarningLifted(P, kw_only=True):
    warning: str
    reason: str = ""


KINDS: dict[str, type[P]] = {
    "team.dispatched": TeamDispatched,
    "team.arrived": TeamMoved,
    "team.returning": TeamMoved,
    "team.standby": TeamMoved,
    "team.resting": TeamMoved,
    "stock.received": StockReceived,
    "stock.transferred": StockTransferred,
    "stock.issued": StockIssued,
    "upkeep.done": UpkeepDone,
    "evac.called": EvacCalled,
    "evac.started": EvacStarted,
    "evac.counted": EvacCounted,
    "evac.cleared": EvacCleared,
    "video.linked": VideoLinked,
    "video.unlinked": VideoLinked,
    "video.status": VideoStatus,
    "warning.issued": WarningIssued,
    "warning.lifted": WarningLifted,
}
