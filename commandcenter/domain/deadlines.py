"""Information-reporting deadlines (电话初报, 书面报告, 续报, 终报) and their countdown.

The bureau sets the minutes (a `settings.reporting` event, changeable by an admin, folded into
`State.reporting`); the defaults follow the usual rule: a phone report upward within 30 minutes
of 接报, a written one within an hour, then a 续报 every two hours while the incident is open,
and a 终报 within a day of closing. Every countdown and report reads the same policy.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from .entities import Incident
from .vocab import IncidentStatus


class ReportingPolicy(msgspec.Struct, kw_only=True):
    phone_minutes: int = 30
    written_minutes: int = 60
    followup_minutes: int = 120
    sign_minutes: int = 15  # an order to a township not signed for (签收) by then is flagged
    final_hours: int = 24
    profile: str = ""


class Deadline(msgspec.Struct, frozen=True):
    stage: str  # phone | written | followup | final
    label: str  # 电话初报 / 书面报告 / 续报 / 终报
    due: datetime

    def remaining(self, now: datetime) -> timedelta:
        return self.due - now

    def overdue(self, now: datetime) -> bool:
        return now > self.due


STAGE_LABEL = {"phone": "电话初报", "written": "书面报告", "followup": "续报", "final": "终报"}
_LABEL = STAGE_LABEL


def next_deadline(inc: Incident, policy: ReportingPolicy | None = None) -> Deadline | None:
    """The earliest reporting duty still open for the incident (None once all are done).

    A 误报 or 重复 closed straight from 接报 owes no 终报.
    """
    p = policy or ReportingPolicy()
    if inc.status == IncidentStatus.CLOSED:
        if "final" in inc.upward or inc.disposition in ("false_alarm", "duplicate"):
            return None
        if inc.closed_at is None or not inc.upward:
            return None  # never reported up at all: nothing to close upward
        return Deadline("final", _LABEL["final"], inc.closed_at + timedelta(hours=p.final_hours))
    t0 = inc.reported_at
    if "phone" not in inc.upward:
        return Deadline("phone", _LABEL["phone"], t0 + timedelta(minutes=p.phone_minutes))
    if "written" not in inc.upward:
        return Deadline("written", _LABEL["written"], t0 + timedelta(minutes=p.written_minutes))
    last = max(v for k, v in inc.upward.items() if k != "final")
    return Deadline("followup", _LABEL["followup"], last + timedelta(minutes=p.followup_minutes))
