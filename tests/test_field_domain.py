"""The field stations' facts without Qt: orders from the desk's own decisions, receipts and
answers, the two steps of a grid report, figures, profiles, scope and the role table."""

from __future__ import annotations

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.domain import Refused, replay, state_hash
from commandcenter.domain.describe import describe
from commandcenter.domain.roles import may_submit
from commandcenter.domain.scope import Scope, orders, unsigned
from commandcenter.domain.state import from_bytes, to_bytes


@pytest.fixture
def d() -> Desk:
    desk = county(Desk())
    incident(desk, "I1", "T01", severity=3)
    return desk


def test_a_dispatch_of_a_township_team_is_an_order_to_that_township(d):
    ev = d.do("team.dispatched", {"team": "TM1", "incident": "I1", "task": "人员搜救"})
    o = d.state.orders[ev.id]
    assert (o.kind, o.township, o.subject, o.text) == ("dispatch", "T01", "TM1", "人员搜救")
    assert [x.id for x in orders(d.state, Scope("T01"))] == [ev.id]
    assert orders(d.state, Scope("T02")) == []
    assert unsigned(d.state, Scope("T01")) == 1


def test_evacuation_and_delivery_and_issued_orders(d):
    evac = d.do("evac.started", {"zone": "Z1", "incident": "I1", "households": 10, "people": 25})
    d.do("stock.transferred", {"source": "W1", "target": "W2", "item": "沙袋", "qty": 10})
    d.do("order.issued", {"order": "C1", "kind": "call", "township": "T01", "subject": "Z1"})
    kinds = sorted(o.kind for o in d.state.orders.values())
    assert kinds == ["call", "delivery", "evac"]
    assert d.state.orders[evac.id].text == "10户25人"
    with pytest.raises(Refused, match="指令类别"):
        d.do("order.issued", {"order": "C2", "kind": "dispatch", "township": "T01"})
    with pytest.raises(Refused, match="没有编号为 T09 的乡镇"):
        d.do("order.issued", {"order": "C3", "kind": "video", "township": "T09"})


def test_sign_then_answer_and_the_refusals_on_the_way(d):
    oid = d.do("team.dispatched", {"team": "TM1", "incident": "I1"}).id
    with pytest.raises(Refused, match="请先签收"):
        d.do("order.answered", {"order": oid, "answer": "arrived", "name": "赵六"})
    with pytest.raises(Refused, match="签收人"):
        d.do("order.signed", {"order": oid, "name": " "})
    signed = d.do("order.signed", {"order": oid, "name": "赵六"}, actor="赵六")
    o = d.state.orders[oid]
    assert (o.signed_by, o.signed_at) == ("赵六", signed.ts)
    with pytest.raises(Refused, match="已由 赵六 签收"):
        d.do("order.signed", {"order": oid, "name": "钱七"})
    d.do("order.answered", {"order": oid, "answer": "arrived", "name": "赵六"})
    with pytest.raises(Refused, match="已回复「到场」"):
        d.do("order.answered", {"order": oid, "answer": "arrived", "name": "赵六"})
    with pytest.raises(Refused, match="须说明原因"):
        d.do("order.answered", {"order": oid, "answer": "unable", "name": "赵六"})
    d.do("order.answered", {"order": oid, "answer": "unable", "name": "赵六", "reason": "道路中断"})
    assert (o.answer, o.reason, o.closed) == ("unable", "道路中断", True)
    with pytest.raises(Refused, match="已办结"):
        d.do("order.answered", {"order": oid, "answer": "done", "name": "赵六"})
    line = describe(d.events[-1], d.state)
    assert "无法执行" in line and "道路中断" in line


def test_a_team_back_closes_its_unsigned_order(d):
    oid = d.do("team.dispatched", {"team": "TM1", "incident": "I1"}).id
    d.do("team.returning", {"team": "TM1"})
    assert d.state.orders[oid].closed
    assert unsigned(d.state, Scope("T01")) == 0


def test_grid_report_needs_a_second_person_to_check_it(d):
    d.do(
        "grid.reported",
        {
            "report": "G1",
            "township": "T01",
            "village": "T01V1",
            "grid": "3",
            "reporter": "孙网格",
            "title": "后山裂缝",
            "type": "landslide",
        },
    )
    assert d.state.grid_reports["G1"].checked_at is None
    with pytest.raises(Refused, match="报告人以外"):
        d.do("grid.checked", {"report": "G1", "checker": "孙网格", "accepted": True})
    with pytest.raises(Refused, match="退回报告须说明原因"):
        d.do("grid.checked", {"report": "G1", "checker": "周网格长", "accepted": False})
    d.do(
        "grid.checked", {"report": "G1", "checker": "周网格长", "accepted": True, "incident": "I9"}
    )
    assert d.state.grid_reports["G1"].accepted
    with pytest.raises(Refused, match="已由 周网格长 审核"):
        d.do("grid.checked", {"report": "G1", "checker": "吴", "accepted": True})


def test_figures_and_profile_are_kept_per_place_and_refuse_nonsense(d):
    d.do(
        "disaster.figures",
        {"township": "T01", "houses": 3, "relocated": 40, "crops_ha": 12.5, "loss_wan": 80},
    )
    d.do("disaster.figures", {"township": "T01", "houses": 5, "relocated": 42})
    assert d.state.figures["T01"].houses == 5  # the latest report replaces the one before
    with pytest.raises(Refused, match="负数"):
        d.do("disaster.figures", {"township": "T01", "houses": -1})
    d.do(
        "station.profile",
        {
            "township": "T01",
            "village": "T01V1",
            "five": {"org": True},
            "comms": {"network": False, "satphone": True},
        },
    )
    assert d.state.posts["T01V1"].comms == {"network": False, "satphone": True}
    assert "中断: 网络" in describe(d.events[-1], d.state)
    with pytest.raises(Refused, match="不明项目: wifi"):
        d.do("station.profile", {"township": "T01", "comms": {"wifi": True}})


def test_the_new_state_round_trips_and_folds_the_same_everywhere(d):
    oid = d.do("team.dispatched", {"team": "TM1", "incident": "I1"}).id
    d.do("order.signed", {"order": oid, "name": "赵六"})
    d.do("disaster.figures", {"township": "T01", "houses": 2})
    assert state_hash(from_bytes(to_bytes(d.state))) == state_hash(d.state)
    assert state_hash(replay(d.events)) == state_hash(d.state)


def test_village_scope_sees_its_village_only(d):
    d.do("order.issued", {"order": "C1", "kind": "call", "township": "T01", "village": "T01V1"})
    d.do("order.issued", {"order": "C2", "kind": "video", "township": "T01"})
    assert [o.id for o in orders(d.state, Scope("T01", "T01V1"))] == ["C1"]
    assert {o.id for o in orders(d.state, Scope("T01"))} == {"C1", "C2"}
    assert Scope.parse("T01/T01V1") == Scope("T01", "T01V1")
    assert Scope("T01", "T01V1").name(d.state) == "盘石镇 盘石一村"


def test_field_role_may_sign_and_report_but_not_dispatch():
    for kind in (
        "order.signed",
        "order.answered",
        "grid.reported",
        "grid.checked",
        "disaster.figures",
        "station.profile",
        "evac.counted",
        "incident.followup",
    ):
        assert may_submit("field", kind), kind
    for kind in ("team.dispatched", "order.issued", "incident.closed", "stock.transferred"):
        assert not may_submit("field", kind), kind
    assert may_submit("desk", "order.issued")
