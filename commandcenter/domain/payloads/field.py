"""Payload shapes of the township and village stations: orders, receipts, grid reports,
disaster figures and station profiles."""

from __future__ import annotations

import msgspec

from ..entities import Casualties
from ..vocab import IncidentType
from .base import P

__all__ = [
    "DisasterFigures",
    "GridChecked",
    "GridReported",
    "OrderAnswered",
    "OrderIssued",
    "OrderSigned",
    "StationProfile",
]


class OrderIssued(P, kw_only=True):
    """An order with no other event behind it: a 叫应 call or a video request."""

    order: str
    kind: str  # call | video (dispatch, evac and delivery orders come from their own events)
    township: str
    village: str = ""
    subject: str = ""
    incident: str = ""
    text: str = ""


class OrderSigned(P, kw_only=True):
    """签收: the named person at the station received the order."""

    order: str
    name: str


class OrderAnswered(P, kw_only=True):
    """回复: 到场 (arrived), 完成 (done) or 无法执行 (unable, with the reason)."""

    order: str
    answer: str
    name: str
    reason: str = ""


class GridReported(P, kw_only=True):
    """网格员查报: a grid member's report, waiting for the grid leader's check."""

    report: str
    township: str
    village: str = ""
    grid: str = ""
    reporter: str
    title: str
    type: IncidentType
    severity: int = 4
    description: str = ""
    casualties: Casualties = msgspec.field(default_factory=Casualties)


class GridChecked(P, kw_only=True):
    """网格长审核: accepted (sent up, with the incident it became) or sent back."""

    report: str
    checker: str
    accepted: bool
    incident: str = ""
    note: str = ""


class DisasterFigures(P, kw_only=True):
    """灾情统计 of a township or village: the latest report replaces the one before."""

    township: str
    village: str = ""
    incident: str = ""
    houses: int = 0
    relocated: int = 0
    crops_ha: float = 0.0
    loss_wan: float = 0.0


class StationProfile(P, kw_only=True):
    """站点档案: the 五有 checklist and the channels working now."""

    township: str
    village: str = ""
    five: dict[str, bool] = {}
    comms: dict[str, bool] = {}
    note: str = ""


KINDS: dict[str, type[P]] = {
    "order.issued": OrderIssued,
    "order.signed": OrderSigned,
    "order.answered": OrderAnswered,
    "grid.reported": GridReported,
    "grid.checked": GridChecked,
    "disaster.figures": DisasterFigures,
    "station.profile": StationProfile,
}
