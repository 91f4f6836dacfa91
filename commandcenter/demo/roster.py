"""The demo county's standing set-up: map, townships, teams, stores, zones, shelters, cameras.

Everything is recorded as registration events by the admin station, in the shape and scale of
the seeds: about 15 townships and 200 villages, teams of all six kinds, stores at four levels
with the real material categories, 60+ "3人1屋" zones, shelters and video sources.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from .names import Names
from .recorder import Recorder

ADMIN = ("admin", "系统管理员")


def outline(center: tuple[float, float], rng) -> list[tuple[float, float]]:
    lon0, lat0 = center
    pts = []
    phase = rng.random() * 6
    for i in range(72):
        a = 2 * math.pi * i / 72
        r = 1 + 0.16 * math.sin(3 * a + phase) + 0.08 * math.sin(7 * a) + rng.uniform(-0.03, 0.03)
        pts.append(
            (round(lon0 + 0.42 * r * math.cos(a), 5), round(lat0 + 0.33 * r * math.sin(a), 5))
        )
    return pts


def _inside(pt, poly) -> bool:
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def build_roster(rec: Recorder, names: Names, t0: datetime) -> dict:
    """Record the county set-up from `t0` on; return handles the history needs."""
    rng, w = rec.rng, names.w
    clock = [t0]

    def do(kind: str, payload: dict) -> None:
        clock[0] += timedelta(seconds=2)
        rec.do(clock[0], *ADMIN, kind, payload)

    c = w["county"]
    poly = outline(tuple(c["center"]), rng)
    do("county.defined", {"name": c["name"], "bureau": c["bureau"], "outline": poly})

    # townships: the first (城关) at the centre, the rest spread inside the outline
    spots: list[tuple[float, float]] = [tuple(c["center"])]
    while len(spots) < len(w["townships"]):
        p = (c["center"][0] + rng.uniform(-0.4, 0.4), c["center"][1] + rng.uniform(-0.3, 0.3))
        if _inside(p, poly) and all(math.dist(p, q) > 0.13 for q in spots):
            spots.append(p)
    prefixes = list(w["village_prefix"])
    rng.shuffle(prefixes)
    combos = [p + s for p in prefixes for s in w["village_suffix"][:3]] + [
        p + s for p in prefixes for s in w["village_suffix"][3:]
    ]
    used: set[str] = set()
    townships = []
    for i, (tname, (lon, lat)) in enumerate(zip(w["townships"], spots, strict=True)):
        tid = f"T{i + 1:02d}"
        n_vill = 200 // len(w["townships"]) + (1 if i < 200 % len(w["townships"]) else 0)
        villages = []
        for j in range(n_vill):
            vname = next(
                v for v in combos if v not in used and v[:-1] not in {u[:-1] for u in used}
            )
            used.add(vname)
            villages.append(
                {
                    "id": f"{tid}V{j + 1:02d}",
                    "name": vname,
                    "lon": round(lon + rng.uniform(-0.07, 0.07), 5),
                    "lat": round(lat + rng.uniform(-0.055, 0.055), 5),
                }
            )
        do(
            "township.registered",
            {"id": tid, "name": tname, "lon": lon, "lat": lat, "villages": villages},
        )
        townships.append({"id": tid, "name": tname, "lon": lon, "lat": lat, "villages": villages})

    seat = townships[0]
    _teams(do, names, townships, seat)
    stores = _stores(do, rec, names, townships, seat, t0)
    zones = _zones(do, rng, names, townships)
    _shelters(do, rng, townships, seat)
    _videos(do, rng, townships)
    for pid, pname, kind, types in w["plans"]:
        do("plan.registered", {"id": pid, "name": pname, "kind": kind, "types": types})
    return {"townships": townships, "stores": stores, "zones": zones, "end": clock[0]}


def _near(t: dict, rng, spread: float = 0.03) -> dict:
    return {
        "lon": round(t["lon"] + rng.uniform(-spread, spread), 5),
        "lat": round(t["lat"] + rng.uniform(-spread, spread), 5),
    }


def _teams(do, names: Names, townships: list[dict], seat: dict) -> None:
    rng = names.rng
    n = [0]

    def team(name, kind, t, headcount, speciality, equipment):
        n[0] += 1
        do(
            "team.registered",
            {
                "id": f"TM{n[0]:03d}",
                "name": name,
                "kind": kind,
                "township": t["id"],
                "leader": names.contact(),
                "headcount": headcount,
                "speciality": speciality,
                "equipment": equipment,
                **_near(t, rng, 0.01),
            },
        )

    water = ["flood", "flash_flood"]
    geo = ["landslide", "earthquake"]
    team(
        "青山县消防救援大队",
        "fire_rescue",
        seat,
        45,
        ["fire", "hazchem", "traffic", "construction", *water, "landslide"],
        "水罐消防车4辆、抢险救援车2辆",
    )
    team("城关消防救援站", "fire_rescue", seat, 32, ["fire", "traffic", "flood"], "水罐消防车2辆")
    team(
        f"{townships[1]['name'][:2]}消防救援站",
        "fire_rescue",
        townships[1],
        24,
        ["fire", "traffic", "forest_fire"],
        "水罐消防车2辆",
    )
    team(
        "青山县特勤消防站",
        "fire_rescue",
        seat,
        38,
        ["hazchem", "construction", "special_equipment", "fire"],
        "化学洗消车、生命探测仪",
    )
    team(
        "青山县危化品应急救援队",
        "professional",
        seat,
        28,
        ["hazchem", "fireworks", "industry"],
        "堵漏器材、防化服20套",
    )
    team("青山县矿山救护队", "professional", townships[5], 22, ["mine"], "正压氧气呼吸器24台")
    team("青山县地质灾害应急抢险队", "professional", seat, 30, geo, "无人机2架、边坡监测仪")
    team(
        "青山县防汛抢险突击队",
        "professional",
        seat,
        40,
        [*water, "typhoon"],
        "冲锋舟4艘、大流量排水泵",
    )
    team(
        "青山县森林消防专业队",
        "professional",
        townships[3],
        36,
        ["forest_fire"],
        "风力灭火机30台、水泵",
    )
    for t in townships[6:9]:
        team(
            f"{t['name']}森林防灭火半专业队",
            "professional",
            t,
            20,
            ["forest_fire"],
            "风力灭火机10台",
        )
    team(
        "青山县人武部民兵应急连",
        "militia",
        seat,
        90,
        [*water, "landslide", "forest_fire"],
        "运兵车3辆",
    )
    team(
        "驻地部队抢险分队",
        "militia",
        townships[2],
        120,
        [*water, *geo, "forest_fire"],
        "工程机械6台",
    )
    for t in townships[9:13]:
        team(f"{t['name']}民兵应急排", "militia", t, 30, [*water, "forest_fire"], "铁锹、油锯")
    for t in townships:
        spec = rng.sample([*water, "landslide", "forest_fire", "fire", "traffic"], 3)
        team(
            f"{t['name']}综合应急救援队",
            "grassroots",
            t,
            rng.randint(20, 42),
            spec,
            "抽水泵、油锯、发电机",
        )
        for v in t["villages"]:
            team(
                f"{v['name']}应急分队",
                "grassroots",
                {**t, **_near(v, rng, 0.002)},
                rng.randint(6, 15),
                ["flood", "landslide", "forest_fire"],
                "铁锹、手电、铜锣",
            )
    experts = [
        ("地质灾害", geo),
        ("防汛水利", water),
        ("森林防灭火", ["forest_fire"]),
        ("危险化学品", ["hazchem", "industry"]),
        ("矿山安全", ["mine"]),
        ("气象", ["flood", "typhoon", "ice_snow"]),
        ("建筑工程", ["construction", "earthquake"]),
        ("医疗救护", ["traffic", "fire"]),
    ]
    for field, spec in experts:
        team(f"{names.person()}({field}专家)", "expert", seat, 1, spec, "")
    team("青山蓝天救援队", "social", seat, 35, [*water, "landslide"], "冲锋舟2艘、无人机")
    team("青山县红十字应急救护队", "social", seat, 20, ["traffic", "fire", "flood"], "急救药品")
    team(
        "青山户外救援志愿者协会",
        "social",
        townships[4],
        15,
        ["landslide", "forest_fire"],
        "绳索救援装备",
    )
    team("青山县水上救援志愿队", "social", townships[1], 12, water, "橡皮艇3艘")


def _stores(do, rec: Recorder, names: Names, townships, seat, t0) -> list[str]:
    rng, items = names.rng, names.w["items"]
    upkeep_plan = [("发电机保养", 30), ("对讲机充电", 7), ("物资盘点", 90)]
    ids = []

    def store(wid, name, level, t, village, area, k_items, factor):
        upkeep = [
            {
                "task": task,
                "interval_days": days,
                "last_done": (t0 - timedelta(days=days * rng.uniform(0.1, 1.25))).isoformat(),
            }
            for task, days in upkeep_plan
        ]
        do(
            "warehouse.registered",
            {
                "id": wid,
                "name": name,
                "level": level,
                "township": t["id"],
                "village": village,
                "keeper": names.contact(),
                "area_m2": area,
                **_near(t, rng, 0.01),
                "upkeep": upkeep,
            },
        )
        for item, category, unit, (lo, hi) in rng.sample(items, k_items):
            qty = max(1, int(rng.randint(lo, hi) * factor))
            do(
                "stock.received",
                {
                    "warehouse": wid,
                    "item": item,
                    "qty": qty,
                    "category": category,
                    "unit": unit,
                    "note": "年度储备",
                },
            )
        ids.append(wid)

    store("W-CITY", "川东市应急物资储备库(青山分库)", "city", seat, "", 3000, len(items), 2.0)
    store("W-COUNTY", "青山县应急物资储备库", "county", seat, "", 1200, len(items), 1.0)
    store("W-FLOOD", "青山县防汛物资仓库", "county", seat, "", 800, 8, 1.0)
    for t in townships:
        store(
            f"W-{t['id']}",
            f"{t['name']}应急物资储备点",
            "township",
            t,
            "",
            rng.choice([200, 240, 300, 450, 600]),
            12,
            0.3,
        )
    for t in townships:
        for v in t["villages"][::4]:
            store(
                f"W-{v['id']}",
                f"{v['name']}应急物资储备室",
                "village",
                {**t, "lon": v["lon"], "lat": v["lat"]},
                v["id"],
                rng.choice([30, 36, 40, 60]),
                6,
                0.05,
            )
    return ids


def _zones(do, rng, names: Names, townships) -> list[dict]:
    zones = []
    kinds = [
        ("landslide", "滑坡隐患点"),
        ("landslide", "崩塌隐患点"),
        ("flash_flood", "山洪危险区"),
        ("flood", "低洼易涝区"),
    ]
    houses = ["村委会活动室", "小学", "文化院坝", "便民服务中心", "集中安置点"]
    for t in townships[1:]:
        for v in rng.sample(t["villages"], 5):
            hazard, label = rng.choice(kinds)
            households = rng.randint(8, 70)
            zid = f"Z-{v['id']}"
            payload = {
                "id": zid,
                "name": f"{v['name']}{rng.randint(1, 9)}组{label}",
                "township": t["id"],
                "village": v["id"],
                "hazard": hazard,
                **_near(v, rng, 0.01),
                "households": households,
                "people": int(households * rng.uniform(2.0, 3.1)),
                "commander": names.contact(),
                "supervisor": names.contact(),
                "caretaker": names.contact(),
                "safe_house": {
                    "name": v["name"] + rng.choice(houses),
                    "address": f"{t['name']}{v['name']}",
                    "capacity": rng.choice([60, 80, 120, 150, 200, 300]),
                },
            }
            do("zone.registered", payload)
            zones.append(payload)
    return zones


def _shelters(do, rng, townships, seat) -> None:
    do(
        "shelter.registered",
        {
            "id": "S-01",
            "name": "青山县体育中心",
            "township": seat["id"],
            "address": "城关街道体育路1号",
            "capacity": 5000,
            **_near(seat, rng, 0.01),
        },
    )
    do(
        "shelter.registered",
        {
            "id": "S-02",
            "name": "县城滨江广场应急避难场所",
            "township": seat["id"],
            "address": "滨江路",
            "capacity": 8000,
            **_near(seat, rng, 0.01),
        },
    )
    for i, t in enumerate(townships[1:], start=3):
        do(
            "shelter.registered",
            {
                "id": f"S-{i:02d}",
                "name": f"{t['name']}中心学校",
                "township": t["id"],
                "address": f"{t['name']}场镇",
                "capacity": rng.choice([300, 500, 800, 1200]),
                **_near(t, rng, 0.01),
            },
        )


def _videos(do, rng, townships) -> None:
    n = [0]

    def video(name, kind, t, where):
        n[0] += 1
        do(
            "video.registered",
            {
                "id": f"VS{n[0]:03d}",
                "name": name,
                "kind": kind,
                "url": f"rtsp://video.qingshan.example/{kind}/{n[0]:03d}",
                "township": t["id"],
                **_near(where, rng, 0.004),
            },
        )

    for t in townships:
        video(f"{t['name']}场镇天网", "skynet", t, t)
        for v in rng.sample(t["villages"], 2):
            video(f"{v['name']}雪亮工程", "xueliang", t, v)
        for v in rng.sample(t["villages"], 2):
            video(f"{v['name']}村级应急视频室", "village_room", t, v)
    for i in range(6):
        video(f"单兵图传{i + 1}号", "bodycam", townships[0], townships[0])
    for i in range(3):
        video(f"无人机{i + 1}号", "drone", townships[0], townships[0])
