"""Payload shapes of warnings beyond issue and lift: CAP updates, the 631 ladder, the import log."""

from __future__ import annotations

from datetime import datetime

from ..entities import CapInfo
from ..ladder_config import LadderConfig
from ..vocab import WarningColour
from .base import P

__all__ = [
    "CapFileLogged",
    "LadderAnswered",
    "LadderCalled",
    "LadderConfigured",
    "LadderUnreached",
    "WarningUpdated",
]


class WarningUpdated(P, kw_only=True):
    """A CAP Update (or a desk correction): the warning's fields as they now stand."""

    warning: str
    colour: WarningColour
    hazard: str
    valid_from: datetime
    valid_to: datetime
    area: list[str] = []
    villages: list[str] = []
    zones: list[str] = []
    onset: datetime | None = None
    text: str = ""
    issuer: str = ""
    concerns: bool = True
    cap: CapInfo | None = None


class LadderCalled(P, kw_only=True):
    warning: str
    call: str  # a new id for this call
    stage: int
    target: str
    person: str
    phone: str = ""
    channel: str = "phone"
    night: bool = False


class LadderAnswered(P, kw_only=True):
    warning: str
    call: str
    note: str = ""


class LadderUnreached(P, kw_only=True):
    warning: str
    call: str
    note: str = ""


class LadderConfigured(P, kw_only=True):
    config: LadderConfig


class CapFileLogged(P, kw_only=True):
    """One line of the CAP import log: a file and what became of it."""

    file: str
    digest: str  # sha256 of the bytes read ("" when none could be read)
    outcome: str  # imported | updated | cancelled | duplicate | ignored | refused
    reason: str = ""
    warning: str = ""


KINDS: dict[str, type[P]] = {
    "warning.updated": WarningUpdated,
    "ladder.called": LadderCalled,
    "ladder.answered": LadderAnswered,
    "ladder.unreached": LadderUnreached,
    "ladder.configured": LadderConfigured,
    "cap.logged": CapFileLogged,
}
