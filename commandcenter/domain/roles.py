"""Which station role may submit which event kinds.

One table, used twice: the hub enforces it on every submission, and a station checks it before
recording, so a desk never journals a fact the hub would refuse.
"""

from __future__ import annotations

from enum import StrEnum

from .events import PAYLOADS, SETUP_KINDS
from .payloads.leader import KINDS as LEADER_KINDS


class Role(StrEnum):
    DESK = "desk"  # duty officer: everything
    LEADER = "leader"  # leader on duty: levels, decisions, settling, signing
    SCREEN = "screen"  # big screen: read-only
    FIELD = "field"  # township / village station
    FEED = "feed"  # plugin or sensor
    ADMIN = "admin"  # stations, roster and stores


_ALL = frozenset(PAYLOADS)
# Any station that may decide something may void its own decision the hub rejected.
_VOID = frozenset({"event.voided"})

ALLOWED: dict[Role, frozenset[str]] = {
    Role.DESK: _ALL,
    Role.LEADER: frozenset(
        {
            "decision.logged",
            "plan.activated",
            "plan.deactivated",
            "incident.severity_changed",
            "conflict.settled",
            "shift.signed",
            "event.voided",
        }
    )
    | frozenset(LEADER_KINDS),  # 批示, 会商研判, the leader's signature, 推送到大屏
    Role.SCREEN: frozenset(),
    Role.FIELD: frozenset(
        {
            "incident.reported",
            "incident.followup",
            "team.arrived",
            "team.returning",
            "evac.called",
            "evac.counted",
            "video.status",
            "team.standby",
            "order.signed",
            "order.answered",
            "grid.reported",
            "grid.checked",
            "disaster.figures",
            "station.profile",
            "event.voided",
        }
    ),
    Role.FEED: frozenset(
        {"incident.reported", "warning.issued", "warning.updated", "warning.lifted"}
        | {"video.status", "cap.logged"}
        | _VOID
    ),
    # the command line (local_api) imports CAP files and configures the 631 ladder as admin
    Role.ADMIN: SETUP_KINDS
    | {"settings.reporting"}
    | {"warning.issued", "warning.updated", "warning.lifted", "cap.logged", "ladder.configured"}
    | _VOID,
}


def may_submit(role: str, kind: str) -> bool:
    try:
        return kind in ALLOWED[Role(role)]
    except ValueError:
        return False
