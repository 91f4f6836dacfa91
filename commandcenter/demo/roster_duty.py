"""The demo county's duty roster (值班表), directory (通讯录) and its plans' level task lists.

Recorded with their own random stream and at one instant, without moving the roster's clock,
so every other event of the demo stays exactly as it was before these were added.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from commandcenter.domain import records as R
from commandcenter.domain.describe import local_time

from .names import Names
from .recorder import Recorder

UNITS = [
    ("县委办值班室", "值班员"),
    ("县政府值班室", "值班员"),
    ("县水利局", "防汛办主任"),
    ("县气象局", "预报员"),
    ("县自然资源局", "地灾股股长"),
    ("县消防救援大队", "值班指挥长"),
    ("县人武部", "作训参谋"),
    ("县公安局", "指挥中心主任"),
    ("县交通运输局", "应急科科长"),
    ("县卫生健康局", "应急办主任"),
    ("县林业局", "防火办主任"),
    ("国网青山供电公司", "调度值班长"),
    ("中国电信青山分公司", "应急通信负责人"),
]
TASKS = {
    "1": ["县委县政府主要领导指挥", "请求市级支援", "全面转移危险区群众"],
    "2": ["分管县领导到场指挥", "调集县级专业救援队伍", "开放避难场所"],
    "3": ["应急局主要负责人组织会商", "派出现场工作组", "前置应急物资"],
    "4": ["带班领导组织会商研判", "加强监测预警", "3人1屋 逐一叫应"],
}


def register_duty(rec: Recorder, t0: datetime, tz: str) -> None:
    rng = random.Random(611)
    names = Names(rng)
    saved, rec.rng = rec.rng, rng  # event ids from this stream too
    try:

        def do(type_: str, key: str, data: dict) -> None:
            payload = {"type": type_, "id": key, "data": data}
            rec.do(t0, "admin", "系统管理员", "record.changed", payload)

        day0 = local_time(t0, tz).date()
        leaders = [names.contact() for _ in range(4)]
        for i in range(-2, 8):
            d = (day0 + timedelta(days=i)).isoformat()
            do("duty", d, {"date": d, "officer": names.contact(), "leader": leaders[i % 4]})
        for n, (unit, title) in enumerate(UNITS, start=1):
            person = names.contact()
            do("contact", f"C{n:02d}", {"id": f"C{n:02d}", "unit": unit, "title": title, **person})
        for pid, data in R.current(rec.state, "plan").items():
            do("plan", pid, {**data, "levels": TASKS})
    finally:
        rec.rng = saved
