"""County workbook benchmark: import a city-size workbook into an empty database.

A city of 180 townships, 2,000 villages, 3,000 teams, 1,000 stores with 20,000 stock rows,
600 3人1屋 zones, shelters, cameras, a year's duty roster and a directory is written as one
.xlsx (openpyxl, write-only), then imported through the county plugin exactly as
`commandcenter county import` does: read, check every row, work out the difference, check the
decisions, record them in one step. Prints its figures; the last line is one JSON object:
  rows                    data rows in the workbook
  read_s / check_s / record_s   the three stages of the import
  import_city_s           the whole import into an empty database  (aim < 10 s)
  import_rows_per_s       rows / import_city_s
  import_city_cpu_s       CPU time of that import (wall time on a busy machine is longer)
  reimport_s              the same workbook again (nothing to store)
Usage: python bench/county.py [--quick]   (--quick: a tenth of the city, well under a minute)
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from commandcenter.bundled_plugins.county.checking import check
from commandcenter.bundled_plugins.county.diff import plan_import
from commandcenter.bundled_plugins.county.reading import read
from commandcenter.bundled_plugins.county.sheets import SHEETS
from commandcenter.plugins.local import local_api

ITEMS = [(f"物资{i:03d}", f"类别{i % 32:02d}", "件") for i in range(60)]


def phone(rng: random.Random) -> str:
    return "13" + "".join(str(rng.randrange(10)) for _ in range(9))


def city(scale: float, seed: int = 3) -> dict[str, list[list]]:
    rng = random.Random(seed)
    n_town, n_vill = max(2, int(180 * scale)), int(2000 * scale)
    n_team, n_store, n_stock = int(3000 * scale), int(1000 * scale), int(20000 * scale)
    rows: dict[str, list[list]] = {s.name: [] for s in SHEETS}
    rows["县区"].append(["川东市", "川东市应急管理局", "Asia/Shanghai"])
    towns = [f"5113{i:05d}" for i in range(n_town)]
    for i, t in enumerate(towns):
        rows["乡镇街道"].append([t, f"第{i}镇", 106 + rng.random(), 31 + rng.random()])
    villages = []
    for i in range(n_vill):
        t = towns[i % n_town]
        v = f"{t}{i:04d}"
        villages.append((t, v))
        rows["村社区"].append([v, f"第{i}村", t, 106 + rng.random(), 31 + rng.random()])
    for i in range(n_team):
        rows["救援队伍"].append(
            [
                f"TM{i:05d}",
                f"救援队{i}",
                "基层应急救援队伍",
                towns[i % n_town],
                f"队长{i}",
                phone(rng),
                rng.randint(5, 60),
                "暴雨洪涝、地质灾害",
                "",
                None,
                None,
            ]
        )
    stores = []
    for i in range(n_store):
        w = f"W{i:05d}"
        stores.append(w)
        rows["仓库"].append(
            [
                w,
                f"仓库{i}",
                "村级" if i % 3 else "乡镇级",
                towns[i % n_town],
                None,
                f"保管员{i}",
                phone(rng),
                60,
                None,
                None,
                "对讲机充电/7；物资盘点/90",
            ]
        )
    per = max(1, n_stock // max(1, n_store))
    for i in range(n_stock):
        item, cat, unit = ITEMS[(i % per) % len(ITEMS)]
        rows["库存"].append([stores[i // per % n_store], item, cat, unit, rng.randint(1, 500)])
    for i in range(int(600 * scale)):
        t, v = villages[i % len(villages)]
        rows["3人1屋危险区"].append(
            [
                f"Z{i:05d}",
                f"危险区{i}",
                t,
                v,
                "地质灾害",
                None,
                None,
                20,
                50,
                "甲",
                phone(rng),
                "乙",
                phone(rng),
                "丙",
                phone(rng),
                f"安全屋{i}",
                "",
                100,
            ]
        )
    for i in range(int(200 * scale)):
        rows["避难场所"].append(
            [f"S{i:04d}", f"避难场所{i}", towns[i % n_town], "", 500, None, None]
        )
        rows["视频点"].append(
            [
                f"V{i:04d}",
                f"视频{i}",
                "天网",
                f"rtsp://10.0.0.{i % 250}/1",
                towns[i % n_town],
                None,
                None,
            ]
        )
    for i in range(365):
        d = (date(2026, 1, 1) + timedelta(days=i)).isoformat()
        rows["值班表"].append([d, f"值班员{i % 9}", phone(rng), f"领导{i % 5}", phone(rng)])
    for i in range(int(300 * scale)):
        rows["通讯录"].append([f"C{i:04d}", f"单位{i % 40}", f"联系人{i}", "", phone(rng)])
    return rows


def write(rows: dict[str, list[list]], out: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    for s in SHEETS:
        ws = wb.create_sheet(s.name)
        ws.append([c.header for c in s.cols])
        for r in rows[s.name]:
            ws.append(r)
    wb.save(out)


def import_once(db: Path, xlsx: Path) -> dict:
    c0 = time.process_time()
    t0 = time.perf_counter()
    book = read(xlsx)
    t1 = time.perf_counter()
    with local_api(str(db)) as api:
        # as `commandcenter county import` does: recording checks every decision again
        plan = plan_import(check(book, api.state), api.state, api.now())
        assert plan.ok, plan.errors[:5]
        t2 = time.perf_counter()
        if plan.decisions:
            api.record(plan.decisions)
        t3 = time.perf_counter()
    cpu = time.process_time() - c0
    return {
        "read": t1 - t0,
        "check": t2 - t1,
        "record": t3 - t2,
        "total": t3 - t0,
        "cpu": cpu,
        "rows": plan.rows,
        "events": len(plan.decisions),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    scale = 0.1 if args.quick else 1.0
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, db = Path(tmp) / "city.xlsx", Path(tmp) / "city.db"
        t = time.perf_counter()
        write(city(scale), xlsx)
        print(
            f"wrote {xlsx.stat().st_size / 1e6:.1f} MB workbook in {time.perf_counter() - t:.1f} s"
        )
        first = import_once(db, xlsx)
        print(
            f"import: {first['rows']} rows -> {first['events']} events in {first['total']:.2f} s "
            f"(read {first['read']:.2f}, check {first['check']:.2f}, record {first['record']:.2f}; "
            f"CPU {first['cpu']:.2f} s)"
        )
        again = import_once(db, xlsx)
        print(f"re-import: {again['events']} events in {again['total']:.2f} s")
    result = {
        "quick": args.quick,
        "rows": first["rows"],
        "read_s": round(first["read"], 2),
        "check_s": round(first["check"], 2),
        "record_s": round(first["record"], 2),
        "import_city_s": round(first["total"], 2),
        "import_rows_per_s": round(first["rows"] / first["total"]),
        "import_city_cpu_s": round(first["cpu"], 2),
        "reimport_s": round(again["total"], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
