"""The demo county's standing set-up: map, townships, teams, stores, zones, shelters, cameras.

Everything is recorded as registration events by the admin station, in the shape and scale of
the seeds: about 15 townships and 200 villages, teams of all six kinds, stores at four levels
with the real material categories, 60+ "3人1屋" zones, shelters and video sources.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from .names import Names
from .place import near as _near
from .recorder import Recorder
from .roster_duty import register_duty
from .roster_stores import register_stores
from .roster_teams import register_teams

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
    register_teams(do, names, townships, seat)
    stores = register_stores(do, rec, names, townships, seat, t0)
    zones = _zones(do, rng, names, townships)
    _shelters(do, rng, townships, seat)
    _videos(do, rng, townships)
    for pid, pname, kind, types in w["plans"]:
        do("plan.registered", {"id": pid, "name": pname, "kind": kind, "types": types})
    register_duty(rec, clock[0], c.get("timezone", "Asia/Shanghai"))  # 值班表, 通讯录, plan levels
    return {"townships": townships, "stores": stores, "zones": zones, "end": clock[0]}


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
