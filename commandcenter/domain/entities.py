"""The things on the duty desk: incidents, teams, stores, zones, shelters, cameras, warnings.

Plain msgspec structs so that the whole situation encodes to JSON (snapshots, state hashes)
without hand-written converters. They hold data only; `apply` changes them.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from .vocab import (
    EvacStatus,
    IncidentStatus,
    IncidentType,
    PlanKind,
    Source,
    TeamKind,
    TeamStatus,
    VideoKind,
    WarehouseLevel,
    WarningColour,
)


class Base(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    pass


class Place(Base, kw_only=True):
    township: str  # 乡镇(街道) id
    village: str = ""  # 村(社区) id
    group: str = ""  # 组, free text
    lon: float | None = None
    lat: float | None = None


class Casualties(Base, kw_only=True):
    dead: int = msgspec.field(default=0)
    injured: int = 0
    missing: int = 0
    trapped: int = 0
    affected: int = 0  # 受灾人数


class Contact(Base, kw_only=True):
    name: str
    phone: str = ""


class Village(Base, kw_only=True):
    id: str
    name: str
    lon: float
    lat: float


class Township(Base, kw_only=True):
    id: str
    name: str
    lon: float
    lat: float
    villages: list[Village] = []
    outline: list[tuple[float, float]] = []  # the real boundary, when one was imported


class County(Base, kw_only=True):
    name: str
    bureau: str
    timezone: str = "Asia/Shanghai"
    outline: list[tuple[float, float]] = []


class FollowUp(Base, kw_only=True):
    """One 续报 entry on an incident."""

    at: datetime
    actor: str
    text: str
    event: str


class Incident(Base, kw_only=True):
    id: str
    type: IncidentType
    severity: int
    title: str
    place: Place
    source: Source
    reported_at: datetime  # 接报 time: the reporting deadlines count from here
    occurred_at: datetime | None = None
    reporter: Contact | None = None
    description: str = ""
    casualties: Casualties = msgspec.field(default_factory=Casualties)
    status: IncidentStatus = IncidentStatus.REPORTED
    response_level: int = 0  # 0 = none, 1..4 = Ⅰ..Ⅳ级响应
    followups: list[FollowUp] = []
    upward: dict[str, datetime] = {}  # stage (phone/written/followup/final) -> last time up
    followups_up: int = 0  # how many 续报 were sent upward
    disposition: str = ""  # how it was closed: resolved | false_alarm | duplicate
    teams: list[str] = []  # every team ever sent, in order
    videos: list[str] = []
    plans: list[str] = []
    conflicts: list[str] = []
    closed_at: datetime | None = None
    updated_at: datetime | None = None
    drill: bool = False  # 演练
    subtype: str = ""
    threatened_households: int = 0
    threatened_people: int = 0


class Team(Base, kw_only=True):
    id: str
    name: str
    kind: TeamKind
    township: str
    leader: Contact
    headcount: int
    speciality: list[IncidentType] = []
    equipment: str = ""
    lon: float | None = None
    lat: float | None = None
    status: TeamStatus = TeamStatus.STANDBY
    incident: str = ""  # current assignment
    task: str = ""
    since: datetime | None = None
    conflicts: list[str] = []


class Upkeep(Base, kw_only=True):
    """A "五定" upkeep task of a store: maintenance, inspection, charging."""

    task: str
    interval_days: int
    last_done: datetime


class Warehouse(Base, kw_only=True):
    id: str
    name: str
    level: WarehouseLevel
    township: str = ""
    village: str = ""
    keeper: Contact
    area_m2: float = 0
    lon: float | None = None
    lat: float | None = None
    stock: dict[str, int] = {}  # item -> quantity
    upkeep: list[Upkeep] = []
    conflicts: list[str] = []


class Item(Base, kw_only=True):
    name: str
    category: str
    unit: str


class SafeHouse(Base, kw_only=True):
    name: str
    address: str = ""
    capacity: int = 0


class Call(Base, kw_only=True):
    """One 叫应 of a "3人1屋" role: called at, answered or not."""

    at: datetime
    answered: bool
    actor: str
    note: str = ""


class Zone(Base, kw_only=True):
    """An evacuation zone (村/组, 山洪地灾点) with its "3人1屋"."""

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
    calls: dict[str, list[Call]] = {}  # role -> calls, latest last
    status: EvacStatus = EvacStatus.IDLE
    incident: str = ""
    to_move_households: int = 0
    to_move_people: int = 0
    moved_households: int = 0
    moved_people: int = 0
    in_safe_house: int = 0
    started_at: datetime | None = None
    cleared_at: datetime | None = None


class Shelter(Base, kw_only=True):
    id: str
    name: str
    township: str
    address: str = ""
    capacity: int = 0
    lon: float | None = None
    lat: float | None = None


class VideoSource(Base, kw_only=True):
    id: str
    name: str
    kind: VideoKind
    url: str
    township: str = ""
    lon: float | None = None
    lat: float | None = None
    online: bool = True
    incident: str = ""


class CapInfo(Base, kw_only=True):
    """What a CAP 1.2 message said beyond the desk's own fields, kept for CAP out."""

    sender: str = ""
    sent: datetime | None = None
    status: str = "Actual"
    msg_type: str = "Alert"
    scope: str = "Public"
    category: str = "Met"
    event: str = ""
    urgency: str = "Expected"
    severity: str = "Moderate"
    certainty: str = "Likely"
    headline: str = ""
    instruction: str = ""
    area_desc: str = ""
    polygons: list[str] = []  # CAP "lat,lon lat,lon ..." rings
    circles: list[str] = []  # CAP "lat,lon radius_km"
    geocodes: list[tuple[str, str]] = []  # (valueName, value)
    ids: list[str] = []  # every CAP identifier of this warning: the first, then its updates


class LadderCall(Base, kw_only=True):
    """One call of the 631 叫应 ladder: called (how, whom), then answered or not reached."""

    id: str
    stage: int
    target: str  # "unit:<contact>", "township:<id>", "village:<tid>/<vid>", "zone:<id>:<role>"
    person: str
    phone: str = ""
    channel: str  # phone | sms | broadcast | robocall | gong | door
    at: datetime
    actor: str
    night: bool = False  # 喊醒: called at night
    answered_at: datetime | None = None
    unreached: bool = False
    note: str = ""


class Warning(Base, kw_only=True):
    id: str
    colour: WarningColour
    hazard: str
    area: list[str]  # township ids; empty = whole county
    valid_from: datetime
    valid_to: datetime
    text: str = ""
    issuer: str = ""
    lifted_at: datetime | None = None
    onset: datetime | None = None  # expected impact: the 631 ladder counts back from here
    concerns: bool = True  # False: outside the county, kept for the record only
    villages: list[str] = []  # "township/village" inside the area
    zones: list[str] = []  # 3人1屋 zones inside the area
    cap: CapInfo | None = None
    issued_at: datetime | None = None
    updated_at: datetime | None = None
    lift_reason: str = ""
    calls: list[LadderCall] = []


class Plan(Base, kw_only=True):
    id: str
    name: str
    kind: PlanKind
    types: list[IncidentType] = []
    levels: dict[str, list[str]] = {}  # response level "1".."4" -> its task list
    active_level: int = 0
    incident: str = ""


class Shift(Base, kw_only=True):
    id: str
    officer: str
    leader: str
    start: datetime
    end: datetime | None = None
    signed_out: str = ""  # outgoing officer's sign-off (交班)
    signed_in: str = ""  # incoming officer's sign-off (接班)
    signed_leader: str = ""  # the 带班领导's signature on the handover


class Conflict(Base, kw_only=True):
    """Two facts from different desks that collide; kept for a human to settle."""

    id: str  # the id of the event that collided
    kind: str  # double_dispatch | overdrawn | after_close | closed_twice
    subject: str  # the team, store or incident concerned
    refs: list[str]  # the other ids involved (incidents, events)
    at: datetime
    text: str
    settled: bool = False
    settled_note: str = ""


class DutyDay(Base, kw_only=True):
    """One day of the 值班表: who is on duty and which leader leads the shift (领导带班)."""

    date: str  # YYYY-MM-DD in the county's time zone
    officer: Contact
    leader: Contact


class DirectoryEntry(Base, kw_only=True):
    """One line of the 通讯录: a person of a department or member unit."""

    id: str
    unit: str  # 单位/部门
    name: str
    title: str = ""  # 职务
    phone: str = ""


class Retired(Base, kw_only=True):
    """A record taken out of service; its history stays in the journal."""

    type: str
    id: str
    name: str
    at: datetime
