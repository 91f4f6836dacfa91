"""The leader's seat in the pure core: 批示, 会商研判, the leader's signature, 推送到大屏."""

from __future__ import annotations

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.domain import Refused, state_hash
from commandcenter.domain.describe import describe
from commandcenter.domain.roles import may_submit
from commandcenter.domain.state import from_bytes, to_bytes


@pytest.fixture
def desk() -> Desk:
    d = county(Desk())
    incident(d, "I1", "T01", severity=2)
    d.do("shift.started", {"shift": "S1", "officer": "张伟", "leader": "王局"})
    return d


def test_instruction_is_kept_and_described(desk):
    ev = desk.do("instruction.given", {"incident": "I1", "text": "全力搜救, 防止次生灾害"}, "王局")
    ins = desk.state.instructions[ev.id]
    assert (ins.leader, ins.incident, ins.text) == ("王局", "I1", "全力搜救, 防止次生灾害")
    assert describe(ev, desk.state) == "王局 批示 「I1 滑坡」: 全力搜救, 防止次生灾害"


@pytest.mark.parametrize(
    "payload, says",
    [
        ({"incident": "NOPE", "text": "x"}, "没有编号为 NOPE 的事件"),
        ({"incident": "I1", "text": "  "}, "批示内容不能为空"),
    ],
)
def test_bad_instruction_is_refused(desk, payload, says):
    before = state_hash(desk.state)
    with pytest.raises(Refused, match=says):
        desk.do("instruction.given", payload)
    assert state_hash(desk.state) == before


def test_consultation_record(desk):
    ev = desk.do(
        "consultation.held",
        {
            "kind": "emergency",
            "topic": "盘石镇滑坡处置",
            "attendees": ["王局", "张伟", "自然资源局李工"],
            "conclusions": ["启动Ⅲ级响应", "转移一村群众"],
            "incident": "I1",
        },
    )
    c = desk.state.consultations[ev.id]
    assert c.attendees[2] == "自然资源局李工" and c.conclusions == ["启动Ⅲ级响应", "转移一村群众"]
    assert "紧急会商 盘石镇滑坡处置" in describe(ev, desk.state)
    with pytest.raises(Refused, match="会商类型"):
        desk.do("consultation.held", {**_c(), "kind": "weekly"})
    with pytest.raises(Refused, match="参会人员"):
        desk.do("consultation.held", {**_c(), "attendees": [" "]})
    with pytest.raises(Refused, match="会商结论"):
        desk.do("consultation.held", {**_c(), "conclusions": []})


def _c() -> dict:
    return {"kind": "periodic", "topic": "周会商", "attendees": ["王局"], "conclusions": ["无"]}


def test_leader_signs_once_and_only_the_shift_leader(desk):
    with pytest.raises(Refused, match="本班带班领导是 王局"):
        desk.do("shift.leader_signed", {"shift": "S1", "name": "李四"})
    desk.do("shift.leader_signed", {"shift": "S1", "name": "王局"})
    assert desk.state.shifts["S1"].signed_leader == "王局"
    with pytest.raises(Refused, match="已签字"):
        desk.do("shift.leader_signed", {"shift": "S1", "name": "王局"})


def test_screen_push(desk):
    ev = desk.do("screen.pushed", {"incident": "I1", "seconds": 60})
    assert desk.state.screen.page == "focus" and desk.state.screen.id == ev.id
    desk.do("screen.pushed", {"page": "stats"})
    assert desk.state.screen.page == "stats" and desk.state.screen.seconds == 120
    with pytest.raises(Refused, match="没有页面"):
        desk.do("screen.pushed", {"page": "weather"})
    with pytest.raises(Refused, match="推送时长"):
        desk.do("screen.pushed", {"page": "map", "seconds": 5})


def test_new_state_round_trips_through_a_snapshot(desk):
    desk.do("instruction.given", {"incident": "I1", "text": "注意安全"}, "王局")
    desk.do("consultation.held", {**_c(), "incident": "I1"})
    desk.do("shift.leader_signed", {"shift": "S1", "name": "王局"})
    desk.do("screen.pushed", {"page": "map"})
    again = from_bytes(to_bytes(desk.state))
    assert state_hash(again) == state_hash(desk.state)
    assert again.screen == desk.state.screen


def test_roles():
    for kind in ("instruction.given", "consultation.held", "shift.leader_signed", "screen.pushed"):
        assert may_submit("leader", kind) and may_submit("desk", kind)
        assert not may_submit("screen", kind) and not may_submit("field", kind)
