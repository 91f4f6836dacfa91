"""What the leader's seat adds to the situation: instructions, consultations, the screen push."""

from __future__ import annotations

from datetime import datetime

from .entities import Base


class Instruction(Base, kw_only=True):
    """One 批示 on an incident (keyed by its event id)."""

    id: str
    incident: str
    text: str
    leader: str
    at: datetime


class Consultation(Base, kw_only=True):
    """One 会商研判 record (keyed by its event id)."""

    id: str
    kind: str
    topic: str
    attendees: list[str]
    conclusions: list[str]
    at: datetime
    incident: str = ""
    actor: str = ""


class ScreenPush(Base, kw_only=True):
    """The last push to the big screen; the screen shows it until `at + seconds`."""

    id: str
    page: str
    incident: str
    seconds: int
    at: datetime
    by: str
