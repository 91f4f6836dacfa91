"""Payload shapes of the county's set-up: gazetteer, roster, stores, zones, shelters, cameras, plans."""

from __future__ import annotations

import msgspec

from ..entities import Contact, SafeHouse, Upkeep, Village
from ..vocab import IncidentType, PlanKind, TeamKind, VideoKind, WarehouseLevel
from .base import P

__all__ = [
    "CountyDefined",
    "PlanRegistered",
    "ShelterRegistered",
    "TeamRegistered",
    "TownshipRegistered",
    "VideoRegistered",
    "WarehouseRegistered",
    "ZoneRegistered",
]


class CountyDefined(P, kw_only=True):
    name: str
    bureau: str
    timezone: str = "Asia/Shanghai"
    outline: list[tuple[float, float]] = []


class TownshipRegistered(P, kw_only=True):
    id: str
    name: str
    lon: float
    lat: float
    villages: list[Village] = []


class TeamRegistered(P, kw_only=True):
    id: str
    name: str
    kind: TeamKind
    township: str
    leader: Contact
    headcount: int = msgspec.field(default=0)
    speciality: list[IncidentType] = []
    equipment: str = ""
    lon: float | None = None
    lat: float | None = None


class WarehouseRegistered(P, kw_only=True):
    id: str
    name: str
    level: WarehouseLevel
    township: str = ""
    village: str = ""
    keeper: Contact
    area_m2: float = 0
    lon: float | None = None
    lat: float | None = None
    upkeep: list[Upkeep] = []


class ZoneRegistered(P, kw_only=True):
    id: str
    name: str
    township: str
    village: str = ""
    hazard: IncidentType = IncidentType.LANDSLIDE
    lon: float | None = None
    lat: float | None = None
    households: int = 0
    people: int = 0
    commander: Contact
    supervisor: Contact
    caretaker: Contact
    safe_house: SafeHouse


class ShelterRegistered(P, kw_only=True):
    id: str
    name: str
    township: str
    address: str = ""
    capacity: int = 0
    lon: float | None = None
    lat: float | None = None


class VideoRegistered(P, kw_only=True):
    id: str
    name: str
    kind: VideoKind
    url: str
    township: str = ""
    lon: float | None = None
    lat: float | None = None


class PlanRegistered(P, kw_only=True):
    id: str
    name: str
    kind: PlanKind
    types: list[IncidentType] = []
    levels: dict[str, list[str]] = {}  # response level "1".."4" -> its task list


KINDS: dict[str, type[P]] = {
    "county.defined": CountyDefined,
    "township.registered": TownshipRegistered,
    "team.registered": TeamRegistered,
    "warehouse.registered": WarehouseRegistered,
    "zone.registered": ZoneRegistered,
    "shelter.registered": ShelterRegistered,
    "video.registered": VideoRegistered,
    "plan.registered": PlanRegistered,
}
