"""Events: the immutable facts of the journal, their payload shapes and their hash chain.

An event is `(id, station, seq, actor, ts, kind, payload)` plus the chain link `prev` and its
own `hash = sha256(prev + canonical)`. `seq` counts the events of one station from 1, so each
station's events form one chain wherever they are stored. The payload is kept as plain JSON
values (what was signed); `payload_of(event)` gives the typed, validated view by kind.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import msgspec

from .entities import Base, Casualties, Contact, Place, SafeHouse, Upkeep, Village
from .vocab import (
    EvacRole,
    IncidentType,
    PlanKind,
    Source,
    TeamKind,
    VideoKind,
    WarehouseLevel,
    WarningColour,
)

GENESIS = "0" * 64


class Event(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    station: str
    seq: int
    actor: str
    ts: datetime
    kind: str
    payload: dict[str, Any]
    prev: str = GENESIS
    hash: str = ""


_encoder = msgspec.json.Encoder(order="sorted")


def canonical(ev: Event) -> bytes:
    """The bytes the hash covers: every field but the chain link, keys sorted, UTC times."""
    return _encoder.encode(
        {
            "id": ev.id,
            "station": ev.station,
            "seq": ev.seq,
            "actor": ev.actor,
            "ts": ev.ts.astimezone(UTC),
            "kind": ev.kind,
            "payload": ev.payload,
        }
    )


def chain_hash(prev: str, ev: Event) -> str:
    return hashlib.sha256(prev.encode() + canonical(ev)).hexdigest()


def seal(ev: Event, prev: str) -> Event:
    """Return the event linked to `prev` with its hash filled in."""
    linked = msgspec.structs.replace(ev, prev=prev)
    return msgspec.structs.replace(linked, hash=chain_hash(prev, linked))


def check_hash(ev: Event) -> bool:
    return ev.hash == chain_hash(ev.prev, ev)


# ---------------------------------------------------------------- payload shapes, by kind
class P(Base, kw_only=True):
    """Base of payloads: unknown fields are refused so typos never become silent facts."""


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


class IncidentReported(P, kw_only=True):
    incident: str
    type: IncidentType
    severity: int
    title: str
    place: Place
    source: Source = Source.PHONE
    occurred_at: datetime | None = None
    reporter: Contact | None = None
    description: str = ""
    casualties: Casualties = msgspec.field(default_factory=Casualties)
    drill: bool = False
    subtype: str = ""  # vocab.SUBTYPES of the type: 滑坡, 崩塌, 泥石流 under 地质灾害
    threatened_households: int = 0  # 受威胁户数
    threatened_people: int = 0  # 受威胁人数


class IncidentVerified(P, kw_only=True):
    incident: str
    note: str = ""


class IncidentFollowUp(P, kw_only=True):
    """续报: new text and, when given, the revised casualty figures."""

    incident: str
    text: str
    casualties: Casualties | None = None


class IncidentSeverityChanged(P, kw_only=True):
    incident: str
    severity: int
    reason: str = ""


class IncidentReportedUp(P, kw_only=True):
    """The desk reported the incident upward (初报 by phone, 书面报告, 续报)."""

    incident: str
    stage: str  # phone | written | followup
    to: str = ""


class IncidentClosed(P, kw_only=True):
    incident: str
    summary: str = ""


class PlanActivated(P, kw_only=True):
    plan: str
    level: int
    incident: str = ""


class PlanDeactivated(P, kw_only=True):
    plan: str


class TeamDispatched(P, kw_only=True):
    team: str
    incident: str
    task: str = ""


class TeamMoved(P, kw_only=True):
    """A team's own progress: arrived / returning / standby / resting."""

    team: str
    incident: str = ""
    note: str = ""


class StockReceived(P, kw_only=True):
    warehouse: str
    item: str
    qty: int
    category: str = ""
    unit: str = ""
    note: str = ""


class StockTransferred(P, kw_only=True):
    source: str
    target: str
    item: str
    qty: int
    incident: str = ""
    note: str = ""


class StockIssued(P, kw_only=True):
    warehouse: str
    item: str
    qty: int
    incident: str = ""
    recipient: str = ""


class UpkeepDone(P, kw_only=True):
    warehouse: str
    task: str
    note: str = ""


class EvacCalled(P, kw_only=True):
    zone: str
    role: EvacRole
    answered: bool
    note: str = ""


class EvacStarted(P, kw_only=True):
    zone: str
    incident: str = ""
    households: int = 0
    people: int = 0


class EvacCounted(P, kw_only=True):
    zone: str
    moved_households: int
    moved_people: int
    in_safe_house: int
    reason: str = ""  # why more moved than planned (needed when counts exceed the plan)


class EvacCleared(P, kw_only=True):
    zone: str


class VideoLinked(P, kw_only=True):
    video: str
    incident: str


class VideoStatus(P, kw_only=True):
    video: str
    online: bool


class WarningIssued(P, kw_only=True):
    warning: str
    colour: WarningColour
    hazard: str
    valid_from: datetime
    valid_to: datetime
    area: list[str] = []
    text: str = ""
    issuer: str = ""


class WarningLifted(P, kw_only=True):
    warning: str


class DecisionLogged(P, kw_only=True):
    """A decision from 会商研判 or the leader, in the words of the person who made it."""

    text: str
    incident: str = ""
    meeting: str = ""


class ShiftStarted(P, kw_only=True):
    shift: str
    officer: str
    leader: str


class ShiftSigned(P, kw_only=True):
    """A handover signature: the outgoing officer (out) or the incoming one (in)."""

    shift: str
    side: str  # out | in
    name: str
    note: str = ""


class ShiftEnded(P, kw_only=True):
    shift: str


class ConflictSettled(P, kw_only=True):
    conflict: str
    note: str


PAYLOADS: dict[str, type[P]] = {
    "county.defined": CountyDefined,
    "township.registered": TownshipRegistered,
    "team.registered": TeamRegistered,
    "warehouse.registered": WarehouseRegistered,
    "zone.registered": ZoneRegistered,
    "shelter.registered": ShelterRegistered,
    "video.registered": VideoRegistered,
    "plan.registered": PlanRegistered,
    "incident.reported": IncidentReported,
    "incident.verified": IncidentVerified,
    "incident.followup": IncidentFollowUp,
    "incident.severity_changed": IncidentSeverityChanged,
    "incident.reported_up": IncidentReportedUp,
    "incident.closed": IncidentClosed,
    "plan.activated": PlanActivated,
    "plan.deactivated": PlanDeactivated,
    "team.dispatched": TeamDispatched,
    "team.arrived": TeamMoved,
    "team.returning": TeamMoved,
    "team.standby": TeamMoved,
    "team.resting": TeamMoved,
    "stock.received": StockReceived,
    "stock.transferred": StockTransferred,
    "stock.issued": StockIssued,
    "upkeep.done": UpkeepDone,
    "evac.called": EvacCalled,
    "evac.started": EvacStarted,
    "evac.counted": EvacCounted,
    "evac.cleared": EvacCleared,
    "video.linked": VideoLinked,
    "video.unlinked": VideoLinked,
    "video.status": VideoStatus,
    "warning.issued": WarningIssued,
    "warning.lifted": WarningLifted,
    "decision.logged": DecisionLogged,
    "shift.started": ShiftStarted,
    "shift.signed": ShiftSigned,
    "shift.ended": ShiftEnded,
    "conflict.settled": ConflictSettled,
}

# Kinds that set up the county rather than record a decision (roster, stores, gazetteer).
SETUP_KINDS = frozenset(k for k in PAYLOADS if k.endswith((".registered", ".defined")))


class InvalidEvent(ValueError):
    """An event whose kind is unknown or whose payload does not fit its kind."""


def convert_payload(kind: str, payload: dict[str, Any]) -> P:
    """The typed payload for `kind`; raises InvalidEvent naming the problem."""
    shape = PAYLOADS.get(kind)
    if shape is None:
        raise InvalidEvent(f"unknown event kind {kind!r}")
    try:
        return msgspec.convert(payload, shape)
    except msgspec.ValidationError as exc:
        raise InvalidEvent(f"payload of {kind}: {exc}") from None


def payload_of(ev: Event) -> P:
    return convert_payload(ev.kind, ev.payload)


def to_payload(p: P) -> dict[str, Any]:
    """Plain JSON values of a typed payload (what goes into an Event)."""
    return msgspec.to_builtins(p)


def utc(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        raise ValueError("naive datetime: times in events must carry a zone")
    return ts.astimezone(UTC)


_decoder = msgspec.json.Decoder(Event)
_plain = msgspec.json.Encoder()


def encode_event(ev: Event) -> bytes:
    return _plain.encode(ev)


def decode_event(data: bytes | str) -> Event:
    """Decode one JSON event; raises InvalidEvent with the location of the problem."""
    try:
        ev = _decoder.decode(data)
    except msgspec.DecodeError as exc:
        raise InvalidEvent(str(exc)) from None
    if ev.ts.tzinfo is None:
        raise InvalidEvent("ts has no time zone")
    return ev
