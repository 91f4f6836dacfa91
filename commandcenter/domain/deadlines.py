"""Information-reporting deadlines (初报 by phone, 书面报告, 续报) and their countdown.

The bureau sets the minutes; the defaults follow the usual rule: a phone report upward within
30 minutes of 接报, a written one within an hour, then a 续报 at a fixed interval while open.
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


class Deadline(msgspec.Struct, frozen=True):
    stage: str  # phone | written | followup
    label: str  # 初报 / 书面报告 / 续报
    due: datetime

    def remaining(self, now: datetime) -> timedelta:
        return self.due - now

    def overdue(self, now: datetime) -> bool:
        return now > self.due


_LABEL = {"phone": "电话初报", "written": "书面报告", "followup": "续报"}


def next_deadline(inc: Incident, policy: ReportingPolicy | None = None) -> Deadline | None:
    """The earliest reporting duty still open for the incident (None once it is closed)."""
    p = policy or ReportingPolicy()
    if inc.status == IncidentStatus.CLOSED:
        return None
    t0 = inc.reported_at
    if "phone" not in inc.upward:
        return Deadline("phone", _LABEL["phone"], t0 + timedelta(minutes=p.phone_minutes))
    if "written" not in inc.upward:
        return Deadline("written", _LABEL["written"], t0 + timedelta(minutes=p.written_minutes))
    last = max(inc.upward.values())
    return Deadline("followup", _LABEL["followup"], last + timedelta(minutes=p.followup_minutes))
