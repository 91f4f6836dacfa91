"""One incident's story in the demo: report, verify, dispatch, evacuate, follow up, close.

A generator that yields its next decision with a delay; it reads the situation when it
resumes, so it picks teams and stores that are free at that moment.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commandcenter.domain.vocab import TeamStatus

from .names import Names
from .recorder import Recorder
from .steps import Desk, Story, on_desk, weighted

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


def incident_story(
    rec: Recorder, names: Names, desk: Desk, roster: dict, i: int, t0: datetime
) -> Story:
    rng, s, w = rec.rng, rec.state, names.w
    kind = weighted(rng, TYPES)
    town = rng.choice(
        roster["townships"][1:]
        if kind in ("landslide", "flash_flood", "forest_fire")
        else roster["townships"]
    )
    village = rng.choice(town["villages"])
    severity = rng.choices([4, 3, 2, 1], [66, 25, 8, 1])[0]
    source = weighted(rng, SOURCES)
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
    yield on_desk(
        (rng.uniform(36, 55) if late else rng.uniform(8, 26)),
        "incident.reported_up",
        {"incident": iid, "stage": "phone", "to": "市应急管理局"},
    )
    yield on_desk(
        rng.uniform(2, 10),
        "incident.verified",
        {"incident": iid, "note": "经乡镇核实属实"},
    )
    inc = s.incidents[iid]
    sent = []
    for team in _ranked_teams(rec, kind, inc)[: rng.choice([1, 1, 2, 2, 3])]:
        if (
            yield on_desk(
                rng.uniform(1, 4),
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
        yield on_desk(rng.uniform(2, 8), "video.linked", {"video": video.id, "incident": iid})
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
            yield on_desk(
                rng.uniform(1, 3),
                "evac.called",
                {
                    "zone": zone["id"],
                    "role": role,
                    "answered": answered,
                    "note": "" if answered else "电话无人接听",
                },
            )
            if not answered:
                yield on_desk(
                    rng.uniform(3, 8),
                    "evac.called",
                    {"zone": zone["id"], "role": role, "answered": True, "note": "回拨已应答"},
                )
        yield on_desk(
            rng.uniform(2, 6),
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
    yield on_desk(
        rng.uniform(5, 25),
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
            yield on_desk(
                rng.uniform(5, 25),
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
            yield on_desk(
                rng.uniform(10, 40),
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
        yield on_desk(
            rng.uniform(35, 110),
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
        yield on_desk(
            rng.uniform(2, 10),
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
        yield on_desk(
            rng.uniform(30, 240),
            "incident.closed",
            {"incident": iid, "summary": "险情排除, 现场处置完毕"},
        )
        yield on_desk(
            rng.uniform(3, 15),
            "incident.reported_up",
            {"incident": iid, "stage": "final", "to": "市应急管理局"},
        )
        if evacuating:
            yield on_desk(rng.uniform(10, 60), "evac.cleared", {"zone": zone["id"]})
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
