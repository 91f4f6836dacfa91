"""The demo county's rescue teams, of all six kinds, recorded as registration events."""

from __future__ import annotations

from .names import Names
from .place import near as _near


def register_teams(do, names: Names, townships: list[dict], seat: dict) -> None:
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
