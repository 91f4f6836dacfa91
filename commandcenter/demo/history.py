"""The 24 hours before `now` in the demo county: shifts, warnings and incident stories.

Each incident is a story: a generator that yields its next decision with a delay. A scheduler
runs all stories in time order, so stories compete for the same teams and stores as on a real
night; a decision the rules refuse at its moment is skipped and the story carries on.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Generator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commandcenter.domain.vocab import IncidentStatus, TeamStatus

from .names import Names
from .recorder import Recorder

Step = tuple[float, str, str, str, dict]  # minutes later, station, actor, kind, payload
Story = Generator[Step, bool, None]

TYPES = [
    ("landslide", 25),
    ("flood", 18),
    ("flash_flood", 10),
    ("forest_fire", 10),
    ("traffic", 10),
    ("fire", 10),
    ("hazchem", 4),
    ("construction", 3),
    ("mine", 2),
    ("industry", 3),
    ("ice_snow", 5),
]
SOURCES = [("phone", 50), ("grid", 25), ("sensor", 10), ("video", 10), ("upper", 5)]
MATERIALS = {
    "flood": ["沙袋", "抽水泵", "编织袋", "雨衣雨靴"],
    "flash_flood": ["救生衣", "冲锋舟", "救灾帐篷", "棉被"],
    "landslide": ["救灾帐篷", "棉被", "折叠床", "警戒带"],
    "forest_fire": ["风力灭火机", "二号工具", "油锯", "矿泉水"],
}


class Desk:
    """Who is on duty when: the demo's two shifts, their officers and leaders."""

    def __init__(self, names: Names, handover: datetime) -> None:
        self.handover = handover
        self.officers = (names.person(), names.person())
        self.leaders = (names.person(), names.person())
        self.deputy = names.person()

    def officer(self, t: datetime) -> str:
        return self.officers[t >= self.handover]

    def leader(self, t: datetime) -> str:
        return self.leaders[t >= self.handover]


def _weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def handover_time(now: datetime, tz: str) -> datetime:
    """08:30 local on the latest day at least two hours before `now` (the shift change)."""
    local = now.astimezone(ZoneInfo(tz))
    t = local.replace(hour=8, minute=30, second=0, microsecond=0)
    while t > local - timedelta(hours=2):
        t -= timedelta(days=1)
    return t


def build_history(rec: Recorder, names: Names, roster: dict, now: datetime, scale: float) -> None:
    rng, s = rec.rng, rec.state
    start = now - timedelta(hours=24)
    desk = Desk(names, handover_time(now, s.county.timezone if s.county else "Asia/Shanghai"))
    heap: list[tuple[datetime, int, Story, Step | None]] = []
    n = [0]

    def schedule(t: datetime, story: Story, outcome: bool | None = None) -> None:
        try:
            step = story.send(outcome) if outcome is not None else next(story)
        except StopIteration:
            return
        n[0] += 1
        heapq.heappush(heap, (t + timedelta(minutes=step[0]), n[0], story, step))

    schedule(desk.handover - timedelta(hours=24) - timedelta(minutes=1), _shifts(desk))
    schedule(start + timedelta(minutes=20), _warnings(rng, now, start))
    count = max(1, round(26 * scale))
    for i in range(count):
        # more reports in the rainy evening and night than at noon
        u = rng.random()
        t = start + timedelta(minutes=10 + (24 * 60 - 25) * (u + 0.08 * math.sin(2 * math.pi * u)))
        schedule(t, _incident(rec, names, desk, roster, i, t))
    schedule(now - timedelta(hours=3), _offline_conflict(rec, desk))

    while heap:
        t, _, story, step = heapq.heappop(heap)
        if t > now:
            continue  # the future: stories still open at `now` stay open
        _, station, actor, kind, payload = step
        ok = rec.do(t, station, actor or desk.officer(t), kind, payload) is not None
        schedule(t, story, ok)


def _shifts(desk: Desk) -> Story:
    first = desk.handover - timedelta(hours=24)
    day = lambda t: f"SH-{t:%Y%m%d}"  # noqa: E731
    yield (
        1,
        "desk-01",
        desk.officers[0],
        "shift.started",
        {"shift": day(first), "officer": desk.officers[0], "leader": desk.leaders[0]},
    )
    yield (
        24 * 60 - 3,
        "desk-01",
        desk.officers[0],
        "shift.signed",
        {
            "shift": day(first),
            "side": "out",
            "name": desk.officers[0],
            "note": "在办事件已逐项交接",
        },
    )
    yield (
        1,
        "desk-01",
        desk.officers[1],
        "shift.signed",
        {"shift": day(first), "side": "in", "name": desk.officers[1]},
    )
    yield (
        1,
        "desk-01",
        desk.officers[1],
        "shift.started",
        {"shift": day(desk.handover), "officer": desk.officers[1], "leader": desk.leaders[1]},
    )


def _warnings(rng, now: datetime, start: datetime) -> Story:
    def iso(t):
        return t.isoformat()

    yield (
        0,
        "feed-weather",
        "县气象台",
        "warning.issued",
        {
            "warning": "WN-1",
            "colour": "blue",
            "hazard": "森林火险",
            "valid_from": iso(start),
            "valid_to": iso(start + timedelta(hours=12)),
            "area": [],
            "text": "森林火险气象等级较高",
            "issuer": "青山县气象台",
        },
    )
    yield (
        240,
        "feed-weather",
        "县气象台",
        "warning.issued",
        {
            "warning": "WN-2",
            "colour": "orange",
            "hazard": "暴雨",
            "valid_from": iso(start + timedelta(hours=4)),
            "valid_to": iso(now + timedelta(hours=18)),
            "area": ["T02", "T03", "T04", "T07"],
            "text": "未来24小时将出现100毫米以上降水",
            "issuer": "青山县气象台",
        },
    )
    yield (
        180,
        "feed-weather",
        "县自然资源局",
        "warning.issued",
        {
            "warning": "WN-3",
            "colour": "yellow",
            "hazard": "地质灾害气象风险",
            "valid_from": iso(start + timedelta(hours=7)),
            "valid_to": iso(now + timedelta(hours=12)),
            "area": ["T02", "T03", "T05"],
            "text": "地质灾害风险较高, 请加强巡查",
        },
    )
    yield 300, "feed-weather", "县气象台", "warning.lifted", {"warning": "WN-1"}


def _ranked_teams(rec: Recorder, kind: str, inc) -> list:
    s = rec.state
    loc = (inc.place.lon or 0, inc.place.lat or 0)
    free = [
        t
        for t in s.teams.values()
        if t.status == TeamStatus.STANDBY and kind in t.speciality and t.kind != "expert"
    ]
    free.sort(key=lambda t: math.dist(loc, (t.lon or 0, t.lat or 0)) - t.headcount / 2000)
    return free


def _incident(rec: Recorder, names: Names, desk: Desk, roster: dict, i: int, t0: datetime) -> Story:
    rng, s, w = rec.rng, rec.state, names.w
    kind = _weighted(rng, TYPES)
    town = rng.choice(
        roster["townships"][1:]
        if kind in ("landslide", "flash_flood", "forest_fire")
        else roster["townships"]
    )
    village = rng.choice(town["villages"])
    severity = rng.choices([4, 3, 2, 1], [66, 25, 8, 1])[0]
    source = _weighted(rng, SOURCES)
    iid = f"INC-{t0.astimezone(ZoneInfo('Asia/Shanghai')):%Y%m%d}-{i + 1:04d}"
    title = rng.choice(w["incident_titles"][kind]).format(v=village["name"])
    trapped = (
        rng.choice([0, 0, 0, 1, 2, 3])
        if kind in ("landslide", "flash_flood", "traffic", "construction")
        else 0
    )
    station, actor = {
        "grid": (f"field-{town['id']}", names.person()),
        "sensor": ("feed-sensors", "监测预警系统"),
    }.get(source, ("desk-01", ""))
    ok = yield (
        0,
        station,
        actor,
        "incident.reported",
        {
            "incident": iid,
            "type": kind,
            "severity": severity,
            "title": title,
            "source": source,
            "place": {
                "township": town["id"],
                "village": village["id"],
                "group": f"{rng.randint(1, 9)}组",
                "lon": village["lon"] + rng.uniform(-0.01, 0.01),
                "lat": village["lat"] + rng.uniform(-0.01, 0.01),
            },
            "occurred_at": (t0 - timedelta(minutes=rng.randint(3, 25))).isoformat(),
            "reporter": names.contact() if source in ("phone", "grid") else None,
            "description": f"{title}, 现场情况正在核实。",
            "casualties": {"trapped": trapped, "affected": rng.randint(0, 60)},
        },
    )
    if not ok:
        return
    late = rng.random() < 0.1
    yield (
        (rng.uniform(36, 55) if late else rng.uniform(8, 26)),
        "desk-01",
        "",
        "incident.reported_up",
        {"incident": iid, "stage": "phone", "to": "市应急管理局"},
    )
    yield (
        rng.uniform(2, 10),
        "desk-01",
        "",
        "incident.verified",
        {"incident": iid, "note": "经乡镇核实属实"},
    )
    inc = s.incidents[iid]
    sent = []
    for team in _ranked_teams(rec, kind, inc)[: rng.choice([1, 1, 2, 2, 3])]:
        if (
            yield (
                rng.uniform(1, 4),
                "desk-01",
                "",
                "team.dispatched",
                {"team": team.id, "incident": iid, "task": w["tasks"].get(kind, "抢险救援")},
            )
        ):
            sent.append(team.id)
    video = next(
        (v for v in s.videos.values() if v.township == town["id"] and v.online and not v.incident),
        None,
    )
    if video:
        yield rng.uniform(2, 8), "desk-01", "", "video.linked", {"video": video.id, "incident": iid}
    zone = next(
        (
            z
            for z in roster["zones"]
            if z["township"] == town["id"] and s.zones[z["id"]].status != "moving"
        ),
        None,
    )
    evacuating = (
        zone is not None and kind in ("landslide", "flash_flood", "flood") and rng.random() < 0.6
    )
    if evacuating:
        for role in ("commander", "supervisor", "caretaker"):
            answered = rng.random() > 0.12
            yield (
                rng.uniform(1, 3),
                "desk-01",
                "",
                "evac.called",
                {
                    "zone": zone["id"],
                    "role": role,
                    "answered": answered,
                    "note": "" if answered else "电话无人接听",
                },
            )
            if not answered:
                yield (
                    rng.uniform(3, 8),
                    "desk-01",
                    "",
                    "evac.called",
                    {"zone": zone["id"], "role": role, "answered": True, "note": "回拨已应答"},
                )
        yield (
            rng.uniform(2, 6),
            "desk-01",
            "",
            "evac.started",
            {
                "zone": zone["id"],
                "incident": iid,
                "households": zone["households"],
                "people": zone["people"],
            },
        )
    for tid in sent:
        yield (
            rng.uniform(6, 30),
            f"field-{town['id']}",
            names.person(),
            "team.arrived",
            {"team": tid, "incident": iid},
        )
    yield (
        rng.uniform(5, 25),
        "desk-01",
        "",
        "incident.reported_up",
        {"incident": iid, "stage": "written", "to": "市应急管理局"},
    )
    if severity <= 2 or (severity == 3 and rng.random() < 0.4):
        plan = next((p for p in s.plans.values() if kind in p.types), None)
        if plan and not plan.active_level:
            yield (
                rng.uniform(5, 20),
                "leader-01",
                desk.leader(t0),
                "plan.activated",
                {"plan": plan.id, "level": min(4, severity + 1), "incident": iid},
            )
        yield (
            rng.uniform(5, 30),
            "leader-01",
            desk.leader(t0),
            "decision.logged",
            {"text": rng.choice(w["decisions"]), "incident": iid, "meeting": "应急会商"},
        )
    if kind in MATERIALS:
        target = f"W-{town['id']}"
        for item in rng.sample(MATERIALS[kind], 2):
            src = "W-COUNTY" if s.warehouses["W-COUNTY"].stock.get(item, 0) > 20 else "W-CITY"
            qty = max(
                1, min(s.warehouses[src].stock.get(item, 0) // 8, rng.choice([5, 10, 20, 50, 200]))
            )
            yield (
                rng.uniform(5, 25),
                "desk-01",
                "",
                "stock.transferred",
                {
                    "source": src,
                    "target": target,
                    "item": item,
                    "qty": qty,
                    "incident": iid,
                    "note": "支援现场",
                },
            )
        item = rng.choice(MATERIALS[kind])
        have = s.warehouses[target].stock.get(item, 0)
        if have:
            yield (
                rng.uniform(10, 40),
                "desk-01",
                "",
                "stock.issued",
                {
                    "warehouse": target,
                    "item": item,
                    "qty": max(1, have // 3),
                    "incident": iid,
                    "recipient": "现场指挥部",
                },
            )
    moved = 0
    for _ in range(rng.randint(1, 4)):
        trapped = max(0, trapped - rng.randint(0, 2))
        yield (
            rng.uniform(35, 110),
            "desk-01",
            "",
            "incident.followup",
            {
                "incident": iid,
                "text": rng.choice(w["followups"]),
                "casualties": {
                    "trapped": trapped,
                    "injured": rng.choice([0, 0, 0, 1]),
                    "affected": s.incidents[iid].casualties.affected + rng.randint(0, 20),
                },
            },
        )
        yield (
            rng.uniform(2, 10),
            "desk-01",
            "",
            "incident.reported_up",
            {"incident": iid, "stage": "followup", "to": "市应急管理局"},
        )
        if evacuating:
            z = s.zones[zone["id"]]
            moved = min(
                z.to_move_people, moved + rng.randint(z.to_move_people // 3, z.to_move_people)
            )
            hh = min(z.to_move_households, math.ceil(moved / 2.5))
            yield (
                rng.uniform(5, 15),
                f"field-{town['id']}",
                z.commander.name,
                "evac.counted",
                {
                    "zone": zone["id"],
                    "moved_households": hh,
                    "moved_people": moved,
                    "in_safe_house": int(moved * rng.uniform(0.7, 1.0)),
                },
            )
    if rng.random() < 0.62:
        yield (
            rng.uniform(30, 240),
            "desk-01",
            "",
            "incident.closed",
            {"incident": iid, "summary": "险情排除, 现场处置完毕"},
        )
        yield (
            rng.uniform(3, 15),
            "desk-01",
            "",
            "incident.reported_up",
            {"incident": iid, "stage": "final", "to": "市应急管理局"},
        )
        if evacuating:
            yield rng.uniform(10, 60), "desk-01", "", "evac.cleared", {"zone": zone["id"]}
        for tid in sent:
            yield (
                rng.uniform(1, 10),
                f"field-{town['id']}",
                "",
                "team.returning",
                {"team": tid, "incident": iid, "note": "任务完成"},
            )
        for tid in sent:
            yield (
                rng.uniform(20, 70),
                "desk-01",
                "",
                "team.standby" if rng.random() < 0.7 else "team.resting",
                {"team": tid},
            )


def _offline_conflict(rec: Recorder, desk: Desk) -> Story:
    """A backup desk that was offline dispatched a team the main desk had already sent."""
    yield 0, "desk-01", "", "decision.logged", {"text": "备用席位网络中断, 转为离线值守"}
    s = rec.state
    busy = next((t for t in s.teams.values() if t.status == TeamStatus.DISPATCHED), None)
    other = next(
        (
            i
            for i in s.incidents.values()
            if i.status != IncidentStatus.CLOSED and busy and i.id != busy.incident
        ),
        None,
    )
    if busy and other:
        # recorded without `decide`: on the offline desk the rules saw the team as free
        rec.do(
            rec.state.last_ts + timedelta(seconds=30),
            "desk-02",
            desk.deputy,
            "team.dispatched",
            {"team": busy.id, "incident": other.id, "task": "增援"},
            check=False,
        )
        yield 40, "desk-01", "", "decision.logged", {"text": "备用席位恢复联网, 离线期间记录已同步"}
