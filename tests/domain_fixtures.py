"""Small, explicit situations for domain tests: a two-township county built through events."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from commandcenter.domain import GENESIS, Event, State, apply, decide, seal, to_payload

T0 = datetime(2026, 7, 1, 0, 0, tzinfo=UTC)
_ids = itertools.count(1)


class Desk:
    """Records decisions the way a desk does (decide, then apply), one station chain each."""

    def __init__(self, state: State | None = None, station: str = "desk-01") -> None:
        self.state = state if state is not None else State()
        self.station = station
        self.head = (0, GENESIS)
        self.events: list[Event] = []
        self.clock = T0

    def event(self, kind: str, payload: dict, actor: str = "张伟") -> Event:
        """Make an event without deciding (a fact from elsewhere)."""
        self.clock += timedelta(minutes=1)
        ev = Event(
            id=f"{self.station}-{next(_ids)}",
            station=self.station,
            seq=self.head[0] + 1,
            actor=actor,
            ts=self.clock,
            kind=kind,
            payload=payload,
        )
        ev = seal(ev, self.head[1])
        self.head = (ev.seq, ev.hash)
        return ev

    def do(self, kind: str, payload: dict, actor: str = "张伟") -> Event:
        p = decide(self.state, kind, payload)
        ev = self.event(kind, to_payload(p), actor)
        apply(self.state, ev)
        self.events.append(ev)
        return ev

    def fact(self, kind: str, payload: dict) -> Event:
        ev = self.event(kind, payload)
        apply(self.state, ev)
        self.events.append(ev)
        return ev


def contact(name: str) -> dict:
    return {"name": name, "phone": "13800000000"}


def county(desk: Desk) -> Desk:
    desk.do("county.defined", {"name": "青山县", "bureau": "青山县应急管理局"})
    for tid, name, lon in (("T01", "盘石镇", 107.1), ("T02", "龙潭镇", 107.4)):
        villages = [{"id": f"{tid}V1", "name": f"{name[:2]}一村", "lon": lon, "lat": 31.2}]
        desk.do(
            "township.registered",
            {"id": tid, "name": name, "lon": lon, "lat": 31.2, "villages": villages},
        )
    for tid, town, spec in (("TM1", "T01", ["landslide"]), ("TM2", "T02", ["flood"])):
        desk.do(
            "team.registered",
            {
                "id": tid,
                "name": f"{tid}救援队",
                "kind": "grassroots",
                "township": town,
                "leader": contact("李强"),
                "headcount": 30,
                "speciality": spec,
            },
        )
    for wid, level in (("W1", "county"), ("W2", "township")):
        desk.do(
            "warehouse.registered",
            {
                "id": wid,
                "name": f"{wid}仓库",
                "level": level,
                "township": "T01",
                "keeper": contact("王芳"),
                "upkeep": [
                    {"task": "发电机保养", "interval_days": 30, "last_done": T0.isoformat()}
                ],
            },
        )
    desk.do(
        "stock.received",
        {"warehouse": "W1", "item": "沙袋", "qty": 100, "category": "排涝类", "unit": "条"},
    )
    desk.do(
        "zone.registered",
        {
            "id": "Z1",
            "name": "一村滑坡点",
            "township": "T01",
            "households": 10,
            "people": 25,
            "commander": contact("甲"),
            "supervisor": contact("乙"),
            "caretaker": contact("丙"),
            "safe_house": {"name": "村委会", "capacity": 80},
        },
    )
    desk.do(
        "video.registered",
        {
            "id": "V1",
            "name": "一村雪亮",
            "kind": "xueliang",
            "url": "rtsp://x/1",
            "township": "T01",
        },
    )
    desk.do(
        "plan.registered",
        {"id": "P1", "name": "地灾预案", "kind": "special", "types": ["landslide"]},
    )
    return desk


def incident(desk: Desk, iid: str = "I1", town: str = "T01", severity: int = 4) -> Event:
    return desk.do(
        "incident.reported",
        {
            "incident": iid,
            "type": "landslide",
            "severity": severity,
            "title": f"{iid} 滑坡",
            "place": {"township": town},
        },
    )
