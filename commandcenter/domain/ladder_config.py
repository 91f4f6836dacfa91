"""The 631 叫应 ladder as a bureau configures it: stages, who is called, answer deadlines.

Kept in the state (set by `ladder.configured`), so every desk calls the same ladder. With no
configuration the default is the published reading of "631": 6 h before the expected impact
the county 防指 member units, 3 h before the township leaders, 1 h before the village cadres
and the 3人1屋 roles of the zones inside the area. A stage whose time is already past when the
warning arrives (a short-fuse warning) is due at once.
"""

from __future__ import annotations

from .entities import Base

AUDIENCES = ("units", "townships", "villages", "zones")
AUDIENCE_ZH = {
    "units": "县防指成员单位",
    "townships": "乡镇领导",
    "villages": "村干部",
    "zones": "3人1屋",
}
CHANNELS = {
    "phone": "电话",
    "sms": "短信",
    "broadcast": "广播",
    "robocall": "自动外呼",
    "gong": "鸣锣",
    "door": "上门",
}


class LadderStage(Base, kw_only=True):
    name: str
    hours_before: float  # before the expected impact (onset)
    audiences: list[str]  # of AUDIENCES
    answer_minutes: int = 30  # a call unanswered this long escalates to the next person


class LadderConfig(Base, kw_only=True):
    stages: list[LadderStage]
    night_from: int = 22  # local hour: calls between night_from and night_to are 喊醒
    night_to: int = 6
    # administrative codes (GB/T 2260 + township/village codes) -> "county", "<tid>" or
    # "<tid>/<vid>": how a CAP geocode names a place of this county
    codes: dict[str, str] = {}


DEFAULT = LadderConfig(
    stages=[
        LadderStage(name="6小时", hours_before=6, audiences=["units"], answer_minutes=30),
        LadderStage(name="3小时", hours_before=3, audiences=["townships"], answer_minutes=20),
        LadderStage(
            name="1小时", hours_before=1, audiences=["villages", "zones"], answer_minutes=15
        ),
    ]
)
