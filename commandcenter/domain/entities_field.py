"""What the township and village stations add to the situation: orders and their receipts,
grid reports, disaster figures and each station's profile (五有, communications).

An **order** is anything the county sends down that a station must sign for (签收) and answer:
a team dispatch, a 叫应 call, an evacuation order, a video request (接入单兵图传), a material
delivery. Most orders are not events of their own: a `team.dispatched` for a township's team
*is* the order to that township, so its id is the id of the event that gave it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from .entities import Base, Casualties

# order kinds -> Chinese label
ORDER_KINDS = {
    "dispatch": "派遣任务",
    "call": "叫应",
    "evac": "转移指令",
    "video": "视频请求",
    "delivery": "物资送达",
}
# answers to an order -> Chinese label; "unable" needs a reason
ANSWERS = {"arrived": "到场", "done": "完成", "unable": "无法执行"}
# the "五有" of a village 应急服务站 (seeds 000/003)
FIVE = {
    "org": "有机构",
    "site": "有场所",
    "team": "有队伍",
    "platform": "有平台",
    "stock": "有物资",
}
# the channels that may still reach a station when roads, network or power fail
COMMS = {
    "satphone": "卫星电话",
    "r370": "370M",
    "radio": "电台",
    "network": "网络",
    "power": "电力",
}


class Order(Base, kw_only=True):
    id: str  # the id of the event that gave the order
    kind: str  # one of ORDER_KINDS
    township: str
    village: str = ""
    subject: str = ""  # the team, zone, video source or warehouse concerned
    incident: str = ""
    text: str = ""
    issued_at: datetime
    issued_by: str = ""  # the station that gave it
    signed_by: str = ""
    signed_at: datetime | None = None
    signed_station: str = ""
    answer: str = ""  # "" or one of ANSWERS (the latest)
    answered_by: str = ""
    answered_at: datetime | None = None
    reason: str = ""
    closed: bool = False  # answered done/unable, or its subject moved on (team back, all-clear)


class GridReport(Base, kw_only=True):
    """网格员查报 -> 网格长审核: becomes an incident only once the grid leader sends it."""

    id: str
    township: str
    village: str = ""
    grid: str = ""  # the grid (网格) name or number
    reporter: str
    title: str
    type: str
    severity: int = 4
    description: str = ""
    casualties: Casualties = msgspec.field(default_factory=Casualties)
    reported_at: datetime
    station: str = ""
    checked_by: str = ""
    checked_at: datetime | None = None
    accepted: bool = False
    note: str = ""
    incident: str = ""  # the incident it became


class Figures(Base, kw_only=True):
    """Disaster figures of one township or village (latest report wins)."""

    township: str
    village: str = ""
    incident: str = ""
    houses: int = 0  # 倒损房屋 (间)
    relocated: int = 0  # 紧急转移安置人数
    crops_ha: float = 0.0  # 农作物受灾面积 (公顷)
    loss_wan: float = 0.0  # 直接经济损失 (万元)
    at: datetime
    by: str = ""


class Post(Base, kw_only=True):
    """A station's profile: the 五有 checklist and which channels work now."""

    township: str
    village: str = ""
    five: dict[str, bool] = {}
    comms: dict[str, bool] = {}
    note: str = ""
    at: datetime
    by: str = ""


def place_key(township: str, village: str = "") -> str:
    """Where figures and profiles are kept: the village id when given, else the township id."""
    return village or township


def sign_overdue(o: Order, now: datetime, minutes: int) -> bool:
    """Not signed for within `minutes` of being given, and still open: the desk flags it."""
    return o.signed_at is None and not o.closed and now - o.issued_at > timedelta(minutes=minutes)
