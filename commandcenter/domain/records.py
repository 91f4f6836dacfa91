"""The county's standing records by type: how to read, put and retire each one generically.

The county workbook, the record editors and `record.changed` / `record.retired` all speak of
records as `(type, id, data)`, where `data` is the plain JSON of the type's shape: the fields
a bureau keeps in its rosters (never the live ones such as a team's status or a zone's calls).
`current(state, type)` reads every record of a type in that form; `put` creates or updates
one in place, keeping its live fields; `retire` takes one out of service (its history stays
in the journal, a note of it in `State.retired`). Pure functions of the state: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec

from .entities import (
    Base,
    Contact,
    County,
    DirectoryEntry,
    DutyDay,
    Item,
    Plan,
    Retired,
    Shelter,
    Team,
    Township,
    VideoSource,
    Village,
    Warehouse,
    Zone,
)
from .payloads.setup import (
    PlanRegistered,
    ShelterRegistered,
    TeamRegistered,
    VideoRegistered,
    WarehouseRegistered,
    ZoneRegistered,
)
from .state import State

# a mobile (11 digits from 13x), a landline with its area code, or a short service number
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{3,5})$")


def valid_phone(text: str) -> bool:
    return bool(PHONE.match(text))


# ---------------------------------------------------------------- shapes of the new types
class CountyData(Base, kw_only=True):
    name: str
    bureau: str
    timezone: str = "Asia/Shanghai"


class TownshipData(Base, kw_only=True):
    id: str
    name: str
    lon: float
    lat: float


class VillageData(Base, kw_only=True):
    id: str
    township: str
    name: str
    lon: float
    lat: float


class StockData(Base, kw_only=True):
    warehouse: str
    item: str
    qty: int
    category: str = ""
    unit: str = ""


class DutyData(Base, kw_only=True):
    date: str
    officer: Contact
    leader: Contact


class ContactData(Base, kw_only=True):
    id: str
    unit: str
    name: str
    title: str = ""
    phone: str = ""


class OutlineData(Base, kw_only=True):
    """A real boundary: the county's ("county") or a township's (its id)."""

    id: str
    outline: list[tuple[float, float]]


@dataclass(frozen=True)
class RecordType:
    name: str
    what: str  # the Chinese word, for messages
    shape: type[Base]
    register: str = ""  # the kind that registers a new one ("" = record.changed creates it)


TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        RecordType("county", "县区", CountyData, "county.defined"),
        RecordType("township", "乡镇", TownshipData, "township.registered"),
        RecordType("village", "村(社区)", VillageData),
        RecordType("warehouse", "仓库", WarehouseRegistered, "warehouse.registered"),
        RecordType("stock", "库存", StockData),
        RecordType("team", "队伍", TeamRegistered, "team.registered"),
        RecordType("zone", "避险区域", ZoneRegistered, "zone.registered"),
        RecordType("shelter", "避难场所", ShelterRegistered, "shelter.registered"),
        RecordType("video", "视频点", VideoRegistered, "video.registered"),
        RecordType("plan", "预案", PlanRegistered, "plan.registered"),
        RecordType("duty", "值班", DutyData),
        RecordType("contact", "联系人", ContactData),
        RecordType("outline", "边界", OutlineData),
    )
}

# entity-backed types: type -> (State attribute, entity class)
_ENTITIES: dict[str, tuple[str, type[Base]]] = {
    "warehouse": ("warehouses", Warehouse),
    "team": ("teams", Team),
    "zone": ("zones", Zone),
    "shelter": ("shelters", Shelter),
    "video": ("videos", VideoSource),
    "plan": ("plans", Plan),
}

_enc = msgspec.json.Encoder(order="sorted")


def plain(obj: Any) -> Any:
    return msgspec.to_builtins(obj)


def _fields(entity: Base, shape: type[Base]) -> dict[str, Any]:
    return {f: plain(getattr(entity, f)) for f in shape.__struct_fields__}


def record_key(type_: str, data: dict[str, Any]) -> str:
    """The id of a record from its data (stock rows are keyed by store and item)."""
    if type_ == "stock":
        return f"{data['warehouse']}/{data['item']}"
    if type_ == "duty":
        return str(data["date"])
    if type_ == "county":
        return "county"
    return str(data["id"])


def current(state: State, type_: str) -> dict[str, dict[str, Any]]:
    """Every record of a type now in service, id -> plain data."""
    shape = TYPES[type_].shape
    if type_ in _ENTITIES:
        attr, _ = _ENTITIES[type_]
        return {k: _fields(e, shape) for k, e in getattr(state, attr).items()}
    if type_ == "county":
        return {"county": _fields(state.county, shape)} if state.county else {}
    if type_ == "township":
        return {k: _fields(t, shape) for k, t in state.townships.items()}
    if type_ == "village":
        return {
            v.id: {"id": v.id, "township": t.id, "name": v.name, "lon": v.lon, "lat": v.lat}
            for t in state.townships.values()
            for v in t.villages
        }
    if type_ == "stock":
        out = {}
        for w in state.warehouses.values():
            for item, qty in w.stock.items():
                it = state.items.get(item)
                out[f"{w.id}/{item}"] = {
                    "warehouse": w.id,
                    "item": item,
                    "qty": qty,
                    "category": it.category if it else "",
                    "unit": it.unit if it else "",
                }
        return out
    if type_ == "duty":
        return {k: plain(d) for k, d in state.duty.items()}
    if type_ == "contact":
        return {k: plain(c) for k, c in state.directory.items()}
    if type_ == "outline":
        out = {"county": {"id": "county", "outline": plain(state.county.outline)}}
        if not (state.county and state.county.outline):
            out = {}
        for t in state.townships.values():
            if t.outline:
                out[t.id] = {"id": t.id, "outline": plain(t.outline)}
        return out
    raise KeyError(type_)


def exists(state: State, type_: str, key: str) -> bool:
    if type_ == "stock":
        wid, _, item = key.partition("/")
        w = state.warehouses.get(wid)
        return bool(w and item in w.stock)
    if type_ == "village":
        return find_village(state, key) is not None
    if type_ in _ENTITIES:
        return key in getattr(state, _ENTITIES[type_][0])
    simple = {"township": state.townships, "duty": state.duty, "contact": state.directory}
    if type_ in simple:
        return key in simple[type_]
    if type_ == "county":
        return state.county is not None
    return False


def find_village(state: State, vid: str, near: str = "") -> tuple[Township, Village] | None:
    """The village and its township; `near` (a township id) is looked in first."""
    first = state.townships.get(near)
    for v in first.villages if first else ():
        if v.id == vid:
            return first, v
    for t in state.townships.values():
        for v in t.villages:
            if v.id == vid:
                return t, v
    return None


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return _enc.encode(a) == _enc.encode(b)


# ---------------------------------------------------------------- put
def put(state: State, type_: str, data: Base) -> None:
    """Create or update one record from its typed data; live fields are kept."""
    _PUT[type_](state, data)
    state.retired.pop(f"{type_}:{record_key(type_, plain(data))}", None)


def _put_entity(type_: str) -> Callable[[State, Base], None]:
    attr, cls = _ENTITIES[type_]

    def do(state: State, data: Base) -> None:
        coll = getattr(state, attr)
        old = coll.get(data.id)
        if old is None:
            coll[data.id] = msgspec.convert(plain(data), cls)
            return
        for f in data.__struct_fields__:
            setattr(old, f, getattr(data, f))

    return do


def _put_county(state: State, d: CountyData) -> None:
    if state.county is None:
        state.county = County(name=d.name, bureau=d.bureau, timezone=d.timezone)
    else:
        state.county.name, state.county.bureau = d.name, d.bureau
        state.county.timezone = d.timezone


def _put_township(state: State, d: TownshipData) -> None:
    t = state.townships.get(d.id)
    if t is None:
        state.townships[d.id] = Township(id=d.id, name=d.name, lon=d.lon, lat=d.lat)
    else:
        t.name, t.lon, t.lat = d.name, d.lon, d.lat


def _put_village(state: State, d: VillageData) -> None:
    town = state.townships.get(d.township)
    if town is None:
        return
    found = find_village(state, d.id, d.township)
    v = Village(id=d.id, name=d.name, lon=d.lon, lat=d.lat)
    if found and found[0] is town:
        town.villages[town.villages.index(found[1])] = v
        return
    if found:  # moved to another township
        found[0].villages.remove(found[1])
    town.villages.append(v)


def _put_stock(state: State, d: StockData) -> None:
    w = state.warehouses.get(d.warehouse)
    if w is None:
        return
    w.stock[d.item] = d.qty
    it = state.items.get(d.item)
    if it is None:
        state.items[d.item] = Item(name=d.item, category=d.category or "其他", unit=d.unit or "件")
    else:
        it.category = d.category or it.category
        it.unit = d.unit or it.unit


def _put_duty(state: State, d: DutyData) -> None:
    state.duty[d.date] = DutyDay(date=d.date, officer=d.officer, leader=d.leader)


def _put_contact(state: State, d: ContactData) -> None:
    state.directory[d.id] = msgspec.convert(plain(d), DirectoryEntry)


def _put_outline(state: State, d: OutlineData) -> None:
    if d.id == "county":
        if state.county is not None:
            state.county.outline = list(d.outline)
    elif d.id in state.townships:
        state.townships[d.id].outline = list(d.outline)


_PUT: dict[str, Callable[[State, Any], None]] = {
    **{t: _put_entity(t) for t in _ENTITIES},
    "county": _put_county,
    "township": _put_township,
    "village": _put_village,
    "stock": _put_stock,
    "duty": _put_duty,
    "contact": _put_contact,
    "outline": _put_outline,
}


# ---------------------------------------------------------------- retire
def name_of(state: State, type_: str, key: str) -> str:
    if type_ == "village":
        found = find_village(state, key)
        return found[1].name if found else key
    if type_ == "township":
        return state.township_name(key)
    if type_ in _ENTITIES:
        e = getattr(state, _ENTITIES[type_][0]).get(key)
        return getattr(e, "name", key) if e else key
    if type_ == "contact":
        c = state.directory.get(key)
        return f"{c.unit} {c.name}" if c else key
    return key


def retire(state: State, type_: str, key: str, at: datetime) -> None:
    """Take a record out of service; unknown ids are ignored (apply is total)."""
    if not exists(state, type_, key) and type_ != "outline":
        return
    name = name_of(state, type_, key)
    if type_ in _ENTITIES:
        del getattr(state, _ENTITIES[type_][0])[key]
    elif type_ == "township":
        del state.townships[key]
    elif type_ == "village":
        town, v = find_village(state, key)  # type: ignore[misc]
        town.villages.remove(v)
    elif type_ == "stock":
        wid, _, item = key.partition("/")
        del state.warehouses[wid].stock[item]
    elif type_ == "duty":
        del state.duty[key]
    elif type_ == "contact":
        del state.directory[key]
    elif type_ == "county":
        state.county = None
    elif type_ == "outline":
        _put_outline(state, OutlineData(id=key, outline=[]))
    state.retired[f"{type_}:{key}"] = Retired(type=type_, id=key, name=name, at=at)
