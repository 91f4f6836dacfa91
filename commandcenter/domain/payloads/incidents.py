"""Payload shapes of incident work: life cycle, reports upward, plans, decisions, shifts, conflicts."""

from __future__ import annotations

from datetime import datetime

import msgspec

from ..entities import Casualties, Contact, Place
from ..vocab import IncidentType, Source
from .base import P

__all__ = [
    "ConflictSettled",
    "DecisionLogged",
    "IncidentClosed",
    "IncidentFollowUp",
    "IncidentReported",
    "IncidentReportedUp",
    "IncidentSeverityChanged",
    "IncidentVerified",
    "PlanActivated",
    "PlanDeactivated",
    "ShiftEnded",
    "ShiftSigned",
    "ShiftStarted",
]


class IncidentReported(P, kw_only=True):
    incident: str
    type: IncidentType
    severity: int
    title: str
    place: Place
    source: Source = Source.PHONE
    occurred_at: datetime | None = None
    reporter: Contact | None = None
    description: str = ""
    casualties: Casualties = msgspec.field(default_factory=Casualties)
    drill: bool = False
    subtype: str = ""  # vocab.SUBTYPES of the type: 滑坡, 崩塌, 泥石流 under 地质灾害
    threatened_households: int = 0  # 受威胁户数
    threatened_people: int = 0  # 受威胁人数


class IncidentVerified(P, kw_only=True):
    incident: str
    note: str = ""


class IncidentFollowUp(P, kw_only=True):
    """续报: new text and, when given, the revised casualty figures."""

    incident: str
    text: str
    casualties: Casualties | None = None


class IncidentSeverityChanged(P, kw_only=True):
    incident: str
    severity: int
    reason: str = ""


class IncidentReportedUp(P, kw_only=True):
    """The desk reported the incident upward (初报 by phone, 书面报告, 续报, 终报)."""

    incident: str
    stage: str  # phone | written | followup | final
    to: str = ""
    number: int = 0  # 续报: which one (第 N 次); 0 = the next


class IncidentClosed(P, kw_only=True):
    incident: str
    summary: str = ""
    # resolved (处置完毕) | false_alarm (误报) | duplicate (重复); straight from 接报 only the last two
    disposition: str = "resolved"


class PlanActivated(P, kw_only=True):
    plan: str
    level: int
    incident: str = ""


class PlanDeactivated(P, kw_only=True):
    plan: str


class DecisionLogged(P, kw_only=True):
    """A decision from 会商研判 or the leader, in the words of the person who made it."""

    text: str
    incident: str = ""
    meeting: str = ""


class ShiftStarted(P, kw_only=True):
    shift: str
    officer: str
    leader: str


class ShiftSigned(P, kw_only=True):
    """A handover signature: the outgoing officer (out) or the incoming one (in)."""

    shift: str
    side: str  # out | in
    name: str
    note: str = ""


class ShiftEnded(P, kw_only=True):
    shift: str


class ConflictSettled(P, kw_only=True):
    conflict: str
    note: str


KINDS: dict[str, type[P]] = {
    "incident.reported": IncidentReported,
    "incident.verified": IncidentVerified,
    "incident.followup": IncidentFollowUp,
    "incident.severity_changed": IncidentSeverityChanged,
    "incident.reported_up": IncidentReportedUp,
    "incident.closed": IncidentClosed,
    "plan.activated": PlanActivated,
    "plan.deactivated": PlanDeactivated,
    "decision.logged": DecisionLogged,
    "shift.started": ShiftStarted,
    "shift.signed": ShiftSigned,
    "shift.ended": ShiftEnded,
    "conflict.settled": ConflictSettled,
}
