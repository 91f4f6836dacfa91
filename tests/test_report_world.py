"""A small county and one 24-hour shift built through Station.do, shared by the report tests.

Importable helpers (`build_shift`, `T0`) plus tests of the Qt-free gathering on that shift.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commandcenter.reports.handover_data import gather
from commandcenter.reports.notes import compose_note, parse_note
from commandcenter.reports.period import load_period, parse_time
from commandcenter.station import Station
from commandcenter.store import Journal

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2024, 7, 1, 8, 0, tzinfo=TZ)


@dataclass
class World:
    journal: Journal
    station: Station
    clock: list[datetime]
    path: str

    def at(self, hours: float) -> None:
        self.clock[0] = T0 + timedelta(hours=hours)


def person(name: str) -> dict:
    return {"name": name, "phone": "138" + str(abs(hash(name)) % 10**8).zfill(8)}


def _setup(st: Station) -> None:
    st.do("county.defined", {"name": "青山县", "bureau": "青山县应急管理局"})
    villages = [
        {"id": "xsd", "name": "响水洞村", "lon": 108.1, "lat": 29.1},
        {"id": "lsp", "name": "柳树坪村", "lon": 108.2, "lat": 29.2},
    ]
    st.do(
        "township.registered",
        {"id": "ps", "name": "盘石镇", "lon": 108, "lat": 29, "villages": villages},
    )
    st.do("township.registered", {"id": "hx", "name": "河西街道", "lon": 108.3, "lat": 29.3})
    teams = [
        ("t1", "盘石镇综合应急救援队", "grassroots", "ps", 32),
        ("t2", "县消防救援大队特勤中队", "fire_rescue", "hx", 24),
        ("t3", "县地质灾害应急救援队", "professional", "hx", 18),
        ("t4", "县森林消防专业队", "professional", "hx", 40),
    ]
    for tid, name, kind, town, n in teams:
        st.do("team.registered", {"id": tid, "name": name, "kind": kind, "township": town,
                                  "leader": person(name[:2] + "队长"), "headcount": n})  # fmt: skip
    for wid, name, level, town in (
        ("w1", "县救灾物资储备库", "county", "hx"),
        ("w2", "盘石镇物资站", "township", "ps"),
    ):
        st.do("warehouse.registered", {"id": wid, "name": name, "level": level, "township": town,
                                       "keeper": person("库管" + wid)})  # fmt: skip
    st.do("stock.received", {"warehouse": "w1", "item": "帐篷", "qty": 200, "unit": "顶"})
    st.do("stock.received", {"warehouse": "w1", "item": "矿泉水", "qty": 500, "unit": "箱"})
    st.do("zone.registered", {
        "id": "z1", "name": "响水洞村三组山洪点", "township": "ps", "village": "xsd",
        "households": 62, "people": 138, "commander": person("刘建国"),
        "supervisor": person("陈明"), "caretaker": person("赵丽"),
        "safe_house": {"name": "响水洞村小学", "capacity": 150}})  # fmt: skip


def build_shift(path: str) -> World:
    """The 24-hour shift from T0: four incidents (one closed), dispatches, stock, evacuation."""
    clock = [T0 - timedelta(days=1)]
    journal = Journal(path)
    st = Station(journal, station="desk-1", actor="张伟", clock=lambda: clock[0])
    w = World(journal, st, clock, path)
    _setup(st)
    w.at(-1)
    st.do("shift.started", {"shift": "s0", "officer": "周敏", "leader": "吴刚"})
    w.at(-0.1)
    st.do("shift.signed", {"shift": "s0", "side": "out", "name": "周敏"})
    st.do("shift.signed", {"shift": "s0", "side": "in", "name": "张伟"})
    w.at(0)
    st.do("shift.started", {"shift": "s1", "officer": "张伟", "leader": "李强"})
    w.at(0.5)
    st.do("warning.issued", {"warning": "wr1", "colour": "red", "hazard": "暴雨红色预警",
                             "valid_from": (T0 + timedelta(hours=1)).isoformat(),
                             "valid_to": (T0 + timedelta(hours=30)).isoformat(),
                             "area": ["ps"], "issuer": "县气象台"})  # fmt: skip
    w.at(1.2)
    place = {"township": "ps", "village": "xsd", "group": "三组"}
    st.do("incident.reported", {"incident": "i1", "type": "flash_flood", "severity": 3,
                                "title": "响水洞村山洪", "place": place})  # fmt: skip
    st.do("incident.verified", {"incident": "i1"})
    st.do("incident.reported_up", {"incident": "i1", "stage": "phone"})
    st.do("team.dispatched", {"incident": "i1", "team": "t1", "task": "人员转移"})
    st.do("evac.started", {"zone": "z1", "incident": "i1"})
    w.at(2)
    st.do("team.arrived", {"team": "t1", "incident": "i1"})
    st.do(
        "evac.counted",
        {"zone": "z1", "moved_households": 40, "moved_people": 95, "in_safe_house": 90},
    )
    st.do("incident.followup", {"incident": "i1", "text": "已转移95人, 无人员伤亡",
                                "casualties": {"trapped": 2}})  # fmt: skip
    w.at(3.5)
    st.do("incident.reported", {"incident": "i2", "type": "traffic", "severity": 4,
                                "title": "G318线货车侧翻", "place": {"township": "hx"}})  # fmt: skip
    st.do("team.dispatched", {"incident": "i2", "team": "t2", "task": "破拆救援"})
    w.at(5)
    st.do("incident.reported", {"incident": "i3", "type": "landslide", "severity": 2,
                                "title": "柳树坪村滑坡", "place": {"township": "ps", "village": "lsp"}})  # fmt: skip
    st.do("team.dispatched", {"incident": "i3", "team": "t3", "task": "监测排险"})
    st.do(
        "stock.transferred",
        {"source": "w1", "target": "w2", "item": "帐篷", "qty": 20, "incident": "i3"},
    )
    st.do(
        "stock.issued",
        {
            "warehouse": "w1",
            "item": "矿泉水",
            "qty": 30,
            "incident": "i3",
            "recipient": "柳树坪村委",
        },
    )
    st.do("decision.logged", {"text": "会商决定启动地质灾害Ⅳ级响应", "incident": "i3"})
    w.at(6)
    st.do("incident.closed", {"incident": "i2", "summary": "道路恢复通行"})
    st.do("team.returning", {"team": "t2", "incident": "i2"})
    st.do("team.standby", {"team": "t2"})
    w.at(8)
    st.do("incident.reported", {"incident": "i4", "type": "forest_fire", "severity": 3,
                                "title": "青龙山林火", "place": {"township": "hx"}})  # fmt: skip
    # a dispatch from a desk that was offline: it collides with t3's assignment (a conflict)
    journal.record("team.dispatched", {"incident": "i4", "team": "t3", "task": "扑火"},
                   station="desk-2", actor="王芳", ts=T0 + timedelta(hours=8.5))  # fmt: skip
    st.confirmed, st.upto = journal.confirmed_state()
    w.at(9)
    st.do("team.dispatched", {"incident": "i4", "team": "t4", "task": "扑火"})
    w.at(23.5)
    return w


@pytest.fixture
def world(tmp_path) -> World:
    w = build_shift(str(tmp_path / "desk.db"))
    yield w
    w.journal.close()


def test_gather_lists_open_incidents_teams_out_and_movements(world: World) -> None:
    plog = load_period(world.journal, T0, T0 + timedelta(hours=24))
    d = gather(plog)
    tables = {t.key: t for t in d.tables}
    open_titles = [r[0] for r in tables["open"].rows]
    assert open_titles == ["柳树坪村滑坡", "响水洞村山洪", "青龙山林火"]
    assert {r[0] for r in tables["teams"].rows} == {
        "盘石镇综合应急救援队",
        "县地质灾害应急救援队",
        "县森林消防专业队",
    }
    assert [r[1] for r in tables["moves"].rows] == ["调拨", "出库"]
    assert tables["evac"].rows[0][3:5] == ["62/138", "40/95"]
    assert len(tables["conflicts"].rows) == 1 and "同时被派往" in tables["conflicts"].rows[0][2]
    assert d.shift is not None and (d.shift.officer, d.shift.leader) == ("张伟", "李强")
    assert d.head.count == len(plog.events) and d.head.gseq == world.journal.last_gseq


def test_period_state_is_the_situation_at_its_end_not_now(world: World) -> None:
    plog = load_period(world.journal, T0, T0 + timedelta(hours=4))
    assert plog.state.incidents["i2"].status == "responding"  # closed only at +6 h
    assert "i3" not in plog.state.incidents
    assert all(ev.ts < T0 + timedelta(hours=4) for ev, _g in plog.events)


def test_parse_time_reads_local_time_and_offsets() -> None:
    assert parse_time("2024-07-01T08:00", TZ) == T0
    assert parse_time("2024-07-01T00:00Z", TZ) == T0
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_time("明天早上", TZ)


def test_note_round_trip_keeps_pending_items_and_notes() -> None:
    note = compose_note(
        ["  核实青龙山林火火线 ", "", "10:00前报送书面报告"], "夜间雨量大\n注意山洪"
    )
    assert parse_note(note) == (
        ["核实青龙山林火火线", "10:00前报送书面报告"],
        "夜间雨量大\n注意山洪",
    )
    assert parse_note("手写备注") == ([], "手写备注")
