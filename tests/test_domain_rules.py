"""Every transition rule: a legal decision passes, an illegal one is refused with a reason."""

from __future__ import annotations

from datetime import timedelta

import pytest
from domain_fixtures import T0, Desk, county, incident

from commandcenter.domain import InvalidEvent, Refused, State, apply
from commandcenter.domain.deadlines import ReportingPolicy, next_deadline
from commandcenter.domain.vocab import EvacStatus, IncidentStatus, TeamStatus


@pytest.fixture
def desk() -> Desk:
    return county(Desk())


def refused(desk: Desk, kind: str, payload: dict, words: str) -> None:
    before = desk.state.clone()
    with pytest.raises(Refused) as exc:
        desk.do(kind, payload)
    assert words in str(exc.value), str(exc.value)
    assert before == desk.state  # a refusal changes nothing


# ---------------------------------------------------------------- incidents
def test_incident_life_cycle(desk: Desk) -> None:
    incident(desk)
    inc = desk.state.incidents["I1"]
    assert inc.status == IncidentStatus.REPORTED
    desk.do("incident.verified", {"incident": "I1"})
    assert inc.status == IncidentStatus.VERIFIED
    desk.do("team.dispatched", {"team": "TM1", "incident": "I1", "task": "人员转移"})
    assert inc.status == IncidentStatus.RESPONDING
    desk.do(
        "incident.followup", {"incident": "I1", "text": "新增被困2人", "casualties": {"trapped": 2}}
    )
    assert inc.casualties.trapped == 2 and len(inc.followups) == 1
    desk.do("incident.severity_changed", {"incident": "I1", "severity": 3})
    assert inc.severity == 3
    desk.do("incident.closed", {"incident": "I1", "summary": "处置完毕"})
    assert inc.status == IncidentStatus.CLOSED and inc.closed_at is not None


def test_incident_report_rules(desk: Desk) -> None:
    incident(desk)
    base = {"type": "flood", "severity": 4, "title": "x", "place": {"township": "T01"}}
    refused(desk, "incident.reported", {**base, "incident": "I1"}, "已存在")
    refused(desk, "incident.reported", {**base, "incident": "I2", "severity": 5}, "1–4")
    refused(desk, "incident.reported", {**base, "incident": "I2", "title": "  "}, "标题")
    refused(
        desk, "incident.reported", {**base, "incident": "I2", "place": {"township": "T99"}}, "T99"
    )
    refused(
        desk, "incident.reported", {**base, "incident": "I2", "casualties": {"dead": -1}}, "负数"
    )


def test_incident_transition_rules(desk: Desk) -> None:
    incident(desk)
    desk.do("incident.verified", {"incident": "I1"})
    refused(desk, "incident.verified", {"incident": "I1"}, "无需再核实")
    refused(desk, "incident.followup", {"incident": "I1", "text": " "}, "不能为空")
    refused(desk, "incident.severity_changed", {"incident": "I1", "severity": 4}, "已是该级别")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "fax"}, "不明")
    refused(desk, "incident.followup", {"incident": "I9", "text": "x"}, "I9")
    desk.do("incident.closed", {"incident": "I1"})  # verified: closes as handled
    refused(desk, "incident.closed", {"incident": "I1"}, "不能重复办结")
    refused(desk, "incident.followup", {"incident": "I1", "text": "x"}, "已处置完毕")


def test_plans_and_response_level(desk: Desk) -> None:
    incident(desk)
    refused(desk, "plan.activated", {"plan": "P1", "level": 5, "incident": "I1"}, "Ⅰ–Ⅳ")
    refused(desk, "plan.deactivated", {"plan": "P1"}, "未启动")
    desk.do("plan.activated", {"plan": "P1", "level": 3, "incident": "I1"})
    assert desk.state.incidents["I1"].response_level == 3
    desk.do("plan.deactivated", {"plan": "P1"})
    assert desk.state.incidents["I1"].response_level == 0


# ---------------------------------------------------------------- teams
def test_team_status_machine(desk: Desk) -> None:
    incident(desk)
    team = desk.state.teams["TM1"]
    refused(desk, "team.arrived", {"team": "TM1"}, "不能到场")
    desk.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    assert (team.status, team.incident) == (TeamStatus.DISPATCHED, "I1")
    refused(desk, "team.standby", {"team": "TM1"}, "不能")
    desk.do("team.arrived", {"team": "TM1", "incident": "I1"})
    assert team.status == TeamStatus.ON_SCENE
    desk.do("team.returning", {"team": "TM1", "incident": "I1"})
    desk.do("team.resting", {"team": "TM1"})
    assert (team.status, team.incident) == (TeamStatus.RESTING, "")
    desk.do("team.standby", {"team": "TM1"})
    assert team.status == TeamStatus.STANDBY


def test_dispatch_rules(desk: Desk) -> None:
    incident(desk)
    incident(desk, "I2")
    desk.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    refused(desk, "team.dispatched", {"team": "TM1", "incident": "I1"}, "已派往该事件")
    refused(desk, "team.dispatched", {"team": "TM1", "incident": "I2"}, "请先召回")
    refused(desk, "team.dispatched", {"team": "TM9", "incident": "I2"}, "TM9")
    desk.do("team.returning", {"team": "TM1", "incident": "I1"})
    desk.do("team.resting", {"team": "TM1"})
    refused(desk, "team.dispatched", {"team": "TM1", "incident": "I2"}, "正在休整")
    desk.do("incident.closed", {"incident": "I2", "disposition": "duplicate", "summary": "同 I1"})
    refused(desk, "team.dispatched", {"team": "TM2", "incident": "I2"}, "已处置完毕")


# ---------------------------------------------------------------- materials
def test_stock_ledger_never_goes_negative(desk: Desk) -> None:
    incident(desk)
    w1, w2 = desk.state.warehouses["W1"], desk.state.warehouses["W2"]
    desk.do("stock.transferred", {"source": "W1", "target": "W2", "item": "沙袋", "qty": 60})
    assert (w1.stock["沙袋"], w2.stock["沙袋"]) == (40, 60)
    refused(
        desk,
        "stock.transferred",
        {"source": "W1", "target": "W2", "item": "沙袋", "qty": 41},
        "不足",
    )
    refused(
        desk,
        "stock.transferred",
        {"source": "W1", "target": "W1", "item": "沙袋", "qty": 1},
        "不能相同",
    )
    refused(desk, "stock.issued", {"warehouse": "W2", "item": "沙袋", "qty": 0}, "大于 0")
    refused(desk, "stock.issued", {"warehouse": "W2", "item": "帐篷", "qty": 1}, "只有 0")
    desk.do("stock.issued", {"warehouse": "W2", "item": "沙袋", "qty": 60, "incident": "I1"})
    assert w2.stock["沙袋"] == 0
    refused(desk, "stock.received", {"warehouse": "W9", "item": "沙袋", "qty": 1}, "W9")
    refused(desk, "upkeep.done", {"warehouse": "W1", "task": "擦桌子"}, "没有维护项目")
    desk.do("upkeep.done", {"warehouse": "W1", "task": "发电机保养"})
    assert w1.upkeep[0].last_done > T0


# ---------------------------------------------------------------- 3人1屋
def test_evacuation_rules(desk: Desk) -> None:
    zone = desk.state.zones["Z1"]
    refused(
        desk,
        "evac.counted",
        {"zone": "Z1", "moved_households": 1, "moved_people": 2, "in_safe_house": 2},
        "请先启动",
    )
    refused(desk, "evac.cleared", {"zone": "Z1"}, "未在转移中")
    for role in ("commander", "supervisor", "caretaker"):
        desk.do("evac.called", {"zone": "Z1", "role": role, "answered": True})
    assert set(zone.calls) == {"commander", "supervisor", "caretaker"}
    desk.do("evac.started", {"zone": "Z1"})
    assert (zone.status, zone.to_move_people) == (EvacStatus.MOVING, 25)
    refused(desk, "evac.started", {"zone": "Z1"}, "已在转移中")
    refused(
        desk,
        "evac.counted",
        {"zone": "Z1", "moved_households": 1, "moved_people": 2, "in_safe_house": 3},
        "多于",
    )
    refused(
        desk,
        "evac.counted",
        {"zone": "Z1", "moved_households": -1, "moved_people": 2, "in_safe_house": 1},
        "负数",
    )
    desk.do(
        "evac.counted",
        {"zone": "Z1", "moved_households": 10, "moved_people": 25, "in_safe_house": 24},
    )
    assert (zone.moved_people, zone.in_safe_house) == (25, 24)
    desk.do("evac.cleared", {"zone": "Z1"})
    assert zone.status == EvacStatus.CLEARED


# ---------------------------------------------------------------- video, warnings, shifts, log
def test_video_warning_and_log_rules(desk: Desk) -> None:
    incident(desk)
    desk.do("video.linked", {"video": "V1", "incident": "I1"})
    refused(desk, "video.linked", {"video": "V1", "incident": "I1"}, "已关联")
    desk.do("video.unlinked", {"video": "V1", "incident": "I1"})
    refused(desk, "video.unlinked", {"video": "V1", "incident": "I1"}, "未关联")
    w = {
        "warning": "WN1",
        "colour": "orange",
        "hazard": "暴雨",
        "valid_from": T0.isoformat(),
        "valid_to": T0.isoformat(),
    }
    refused(desk, "warning.issued", w, "晚于")
    desk.do("warning.issued", {**w, "valid_to": "2026-07-02T00:00:00+00:00"})
    desk.do("warning.lifted", {"warning": "WN1"})
    refused(desk, "warning.lifted", {"warning": "WN1"}, "已解除")
    refused(desk, "decision.logged", {"text": ""}, "不能为空")


def test_shift_needs_handover(desk: Desk) -> None:
    desk.do("shift.started", {"shift": "S1", "officer": "张伟", "leader": "刘局"})
    refused(
        desk,
        "shift.started",
        {"shift": "S2", "officer": "王芳", "leader": "陈局"},
        "尚未完成交接班",
    )
    desk.do("shift.signed", {"shift": "S1", "side": "out", "name": "张伟"})
    refused(desk, "shift.signed", {"shift": "S1", "side": "out", "name": "张伟"}, "已签字")
    refused(desk, "shift.signed", {"shift": "S1", "side": "up", "name": "x"}, "out")
    desk.do("shift.signed", {"shift": "S1", "side": "in", "name": "王芳"})
    desk.do("shift.started", {"shift": "S2", "officer": "王芳", "leader": "陈局"})
    assert desk.state.shift == "S2" and desk.state.shifts["S1"].end is not None


def test_unknown_kind_and_bad_payload_are_invalid(desk: Desk) -> None:
    with pytest.raises(InvalidEvent, match="unknown event kind"):
        desk.do("team.teleported", {"team": "TM1"})
    with pytest.raises(InvalidEvent, match=r"Expected `int`.*qty"):
        desk.do("stock.issued", {"warehouse": "W1", "item": "沙袋", "qty": "many"})
    with pytest.raises(InvalidEvent, match="unknown field"):
        desk.do("incident.verified", {"incident": "I1", "verified_by": "x"})


# ---------------------------------------------------------------- conflicts between desks
def test_same_team_dispatched_from_two_desks_is_a_conflict(desk: Desk) -> None:
    incident(desk)
    incident(desk, "I2")
    desk.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    # the other desk decided while offline, against its own (older) state
    other = desk.fact("team.dispatched", {"team": "TM1", "incident": "I2"})
    s = desk.state
    c = s.conflicts[other.id]
    assert c.kind == "double_dispatch" and c.refs == ["I1", "I2"] and not c.settled
    assert other.id in s.teams["TM1"].conflicts
    assert other.id in s.incidents["I1"].conflicts and other.id in s.incidents["I2"].conflicts
    assert s.teams["TM1"].incident == "I1"  # the first order stands until a human settles
    assert "TM1" in s.incidents["I2"].teams  # the second order is kept, not dropped
    desk.do("conflict.settled", {"conflict": other.id, "note": "保留第一次派遣"})
    assert s.conflicts[other.id].settled and s.open_conflicts() == []
    refused(desk, "conflict.settled", {"conflict": other.id, "note": "x"}, "已处理")


def test_overdraw_close_twice_and_dispatch_after_close_are_conflicts(desk: Desk) -> None:
    incident(desk)
    desk.fact("stock.issued", {"warehouse": "W1", "item": "沙袋", "qty": 150})
    assert desk.state.warehouses["W1"].stock["沙袋"] == -50
    desk.do("incident.verified", {"incident": "I1"})
    desk.do("incident.closed", {"incident": "I1"})
    desk.fact("incident.closed", {"incident": "I1"})
    desk.fact("team.dispatched", {"team": "TM2", "incident": "I1"})
    kinds = sorted(c.kind for c in desk.state.open_conflicts())
    assert kinds == ["after_close", "closed_twice", "overdrawn"]


def test_apply_is_total_on_unknown_references_and_kinds() -> None:
    d = Desk()
    for kind, payload in [
        ("team.dispatched", {"team": "TMX", "incident": "IX"}),
        ("stock.issued", {"warehouse": "WX", "item": "x", "qty": 5}),
        (
            "evac.counted",
            {"zone": "ZX", "moved_households": 1, "moved_people": 1, "in_safe_house": 1},
        ),
        ("incident.closed", {"incident": "IX"}),
        ("future.kind", {"anything": 1}),
        ("stock.issued", {"broken": True}),
    ]:
        apply(d.state, d.event(kind, payload))
    assert d.state.events == 6 and d.state.conflicts == {}


def test_reporting_deadlines_follow_the_policy(desk: Desk) -> None:
    ev = incident(desk)
    inc = desk.state.incidents["I1"]
    policy = ReportingPolicy(phone_minutes=20, written_minutes=50, followup_minutes=90)
    d = next_deadline(inc, policy)
    assert (d.stage, d.due - ev.ts) == ("phone", timedelta(minutes=20))
    desk.do("incident.reported_up", {"incident": "I1", "stage": "phone"})
    assert next_deadline(inc, policy).stage == "written"
    up = desk.do("incident.reported_up", {"incident": "I1", "stage": "written"})
    d = next_deadline(inc, policy)
    assert d.stage == "followup" and d.due == up.ts + timedelta(minutes=90)
    assert d.overdue(d.due + timedelta(seconds=1))
    desk.do("incident.verified", {"incident": "I1"})
    closed = desk.do("incident.closed", {"incident": "I1"})
    d = next_deadline(inc, policy)  # 终报 is owed once the incident is closed
    assert (d.stage, d.due) == ("final", closed.ts + timedelta(hours=24))
    desk.do("incident.reported_up", {"incident": "I1", "stage": "final"})
    assert next_deadline(inc, policy) is None


def test_state_roundtrip_keeps_everything(desk: Desk) -> None:
    incident(desk)
    desk.do(
        "evac.called", {"zone": "Z1", "role": "commander", "answered": False, "note": "无人接听"}
    )
    clone = desk.state.clone()
    assert clone == desk.state and clone is not desk.state
    assert isinstance(clone, State) and clone.zones["Z1"].calls["commander"][0].note == "无人接听"
