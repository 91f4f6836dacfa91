"""The situation: everything the screens show, as one struct built from the journal.

`State` is what `apply` folds events into. It encodes to JSON for snapshots and for
`state_hash`, which two stations compare to prove they converged.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import msgspec

from .deadlines import ReportingPolicy
from .entities import (
    Conflict,
    County,
    DirectoryEntry,
    DutyDay,
    Incident,
    Item,
    Plan,
    Retired,
    Shelter,
    Shift,
    Team,
    Township,
    VideoSource,
    Warehouse,
    Warning,
    Zone,
)
from .entities_field import Figures, GridReport, Order, Post
from .entities_leader import Consultation, Instruction, ScreenPush
from .ladder_config import LadderConfig


class DrillInfo(msgspec.Struct, kw_only=True):
    """What a drill world plays: its scenario and the injects played so far."""

    scenario: str
    title: str
    started_at: datetime
    speed: int = 1
    copied_gseq: int = 0
    injects: list[tuple[str, datetime, str]] = []  # (inject id, when, text)
    ended_at: datetime | None = None


class State(msgspec.Struct, kw_only=True):
    county: County | None = None
    townships: dict[str, Township] = {}
    teams: dict[str, Team] = {}
    warehouses: dict[str, Warehouse] = {}
    items: dict[str, Item] = {}
    zones: dict[str, Zone] = {}
    shelters: dict[str, Shelter] = {}
    videos: dict[str, VideoSource] = {}
    plans: dict[str, Plan] = {}
    incidents: dict[str, Incident] = {}
    warnings: dict[str, Warning] = {}
    shifts: dict[str, Shift] = {}
    shift: str = ""  # the shift on duty now
    conflicts: dict[str, Conflict] = {}
    # township and village stations: orders and receipts, grid reports, figures, profiles
    orders: dict[str, Order] = {}
    grid_reports: dict[str, GridReport] = {}
    figures: dict[str, Figures] = {}
    posts: dict[str, Post] = {}
    reporting: ReportingPolicy = msgspec.field(default_factory=ReportingPolicy)
    drill: DrillInfo | None = None  # set in a drill world's journal only
    voided: dict[str, str] = {}  # voided event id -> the void event's id (audit)
    duty: dict[str, DutyDay] = {}  # 值班表: date -> who is on duty
    directory: dict[str, DirectoryEntry] = {}  # 通讯录
    retired: dict[str, Retired] = {}  # "type:id" -> a record taken out of service
    instructions: dict[str, Instruction] = {}  # 批示, by event id
    consultations: dict[str, Consultation] = {}  # 会商研判, by event id
    screen: ScreenPush | None = None  # the last 推送到大屏
    ladder: LadderConfig | None = None  # the 631 ladder; None = ladder_config.DEFAULT
    events: int = 0  # how many events were applied
    last_ts: datetime | None = None

    def clone(self) -> State:
        return from_bytes(to_bytes(self))

    def township_name(self, tid: str) -> str:
        t = self.townships.get(tid)
        return t.name if t else tid

    def village_name(self, tid: str, vid: str) -> str:
        t = self.townships.get(tid)
        for v in t.villages if t else ():
            if v.id == vid:
                return v.name
        return vid

    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts.values() if not c.settled]


_enc = msgspec.json.Encoder(order="sorted")
_dec = msgspec.json.Decoder(State)


def to_bytes(state: State) -> bytes:
    return _enc.encode(state)


def from_bytes(data: bytes) -> State:
    return _dec.decode(data)


def state_hash(state: State) -> str:
    """A digest of the whole situation: equal on every station that applied the same events."""
    return hashlib.sha256(to_bytes(state)).hexdigest()
