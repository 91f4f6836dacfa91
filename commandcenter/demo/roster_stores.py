"""The demo county's stores at four levels and their stock, recorded as events."""

from __future__ import annotations

from datetime import timedelta

from .names import Names
from .place import near as _near
from .recorder import Recorder


def register_stores(do, rec: Recorder, names: Names, townships, seat, t0) -> list[str]:
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
