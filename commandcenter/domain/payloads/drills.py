"""Payload shapes of drills, voided decisions and the bureau's reporting settings.

Drill kinds come in two groups. In the **real** journal only the officer's crossing is kept:
`drill.entered` / `drill.left` (who, when, which scenario, where the drill world lives). In the
**drill** world's own journal: `drill.started` (the scenario and the copy of the county it started
from), `drill.inject` (each timed inject as it is played) and `drill.ended`.
"""

from __future__ import annotations

from typing import Any

from .base import P

__all__ = [
    "DrillEnded",
    "DrillEntered",
    "DrillInject",
    "DrillLeft",
    "DrillStarted",
    "EventVoided",
    "ReportingSettings",
]


class DrillEntered(P, kw_only=True):
    """Real journal: the desk switched to a drill world."""

    scenario: str
    title: str = ""
    world: str = ""  # where the drill world's journal lives (file or URL, no password)


class DrillLeft(P, kw_only=True):
    """Real journal: the desk came back from the drill world."""

    scenario: str
    note: str = ""


class DrillStarted(P, kw_only=True):
    """Drill journal: the scenario this world plays and the real head it was copied at."""

    scenario: str
    title: str
    speed: int = 1
    copied_gseq: int = 0
    copied_head: str = ""


class DrillInject(P, kw_only=True):
    """Drill journal: one timed inject of the scenario was played."""

    inject: str
    at_minute: float
    kind: str  # report | followup | casualties | team_unavailable | road_cut | warning | …
    text: str


class DrillEnded(P, kw_only=True):
    scenario: str
    note: str = ""


class EventVoided(P, kw_only=True):
    """An own decision the hub rejected, voided by the officer.

    It takes the voided event's place in the station's chain (same seq, same prev) and
    carries the whole voided event, so the audit trail keeps it and the chain stays whole.
    """

    event: str  # id of the voided event
    kind: str
    code: str  # the hub's rejection code
    reason: str  # the hub's reason
    original: dict[str, Any]  # the voided event as it was signed (id, seq, ts, payload, hash…)
    note: str = ""


class ReportingSettings(P, kw_only=True):
    """The bureau's reporting deadlines (a province profile), set by an admin."""

    phone_minutes: int = 30
    written_minutes: int = 60
    followup_minutes: int = 120
    final_hours: int = 24
    profile: str = ""  # e.g. the province the defaults follow


KINDS: dict[str, type[P]] = {
    "drill.entered": DrillEntered,
    "drill.left": DrillLeft,
    "drill.started": DrillStarted,
    "drill.inject": DrillInject,
    "drill.ended": DrillEnded,
    "event.voided": EventVoided,
    "settings.reporting": ReportingSettings,
}
