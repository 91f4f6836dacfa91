"""record.changed / record.retired in the pure core: rules, live fields kept, snapshots."""

from __future__ import annotations

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.domain import Refused, state_hash
from commandcenter.domain import records as R
from commandcenter.domain.state import from_bytes, to_bytes


def changed(type_: str, id_: str, data: dict) -> dict:
    return {"type": type_, "id": id_, "data": data}


@pytest.fixture
def d() -> Desk:
    return county(Desk())


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (changed("spaceship", "x", {}), "没有「spaceship」这类基础数据"),
        (changed("team", "TM1", {"id": "TM1"}), "的内容有误"),
        (
            changed(
                "village", "V9", {"id": "V8", "township": "T01", "name": "x", "lon": 1, "lat": 1}
            ),
            "与内容不符",
        ),
        (
            changed(
                "village", "V9", {"id": "V9", "township": "T09", "name": "x", "lon": 1, "lat": 1}
            ),
            "没有编号为 T09 的乡镇",
        ),
        (changed("stock", "W1/沙袋", {"warehouse": "W1", "item": "沙袋", "qty": -1}), "负数"),
        (changed("stock", "W9/沙袋", {"warehouse": "W9", "item": "沙袋", "qty": 1}), "W9"),
        (changed("outline", "T09", {"id": "T09", "outline": [[1, 1]]}), "T09"),
    ],
)
def test_bad_changes_are_refused_with_the_reason(d, payload, reason) -> None:
    with pytest.raises(Refused, match=reason):
        d.do("record.changed", payload)


def test_a_new_team_needs_its_registration(d) -> None:
    data = R.current(d.state, "team")["TM1"] | {"id": "TM7"}
    with pytest.raises(Refused, match="尚未登记"):
        d.do("record.changed", changed("team", "TM7", data))


def test_a_change_keeps_the_live_fields(d) -> None:
    incident(d, "I1", "T01")
    d.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    data = R.current(d.state, "team")["TM1"]
    data["leader"]["phone"] = "13912345678"
    data["headcount"] = 12
    d.do("record.changed", changed("team", "TM1", data))
    t = d.state.teams["TM1"]
    assert (t.leader.phone, t.headcount, t.status, t.incident) == (
        "13912345678",
        12,
        "dispatched",
        "I1",
    )
    with pytest.raises(Refused, match="正在执行任务"):
        d.do("record.retired", {"type": "team", "id": "TM1"})


def test_villages_move_and_retire_and_come_back(d) -> None:
    v = {"id": "T01V1", "township": "T02", "name": "搬迁村", "lon": 107.4, "lat": 31.2}
    d.do("record.changed", changed("village", "T01V1", v))
    assert [x.id for x in d.state.townships["T01"].villages] == []
    assert [x.name for x in d.state.townships["T02"].villages] == ["龙潭一村", "搬迁村"]
    d.do("record.retired", {"type": "village", "id": "T01V1"})
    assert "village:T01V1" in d.state.retired and d.state.retired["village:T01V1"].name == "搬迁村"
    with pytest.raises(Refused, match="没有在用的"):
        d.do("record.retired", {"type": "village", "id": "T01V1"})
    d.do("record.changed", changed("village", "T01V1", v))
    assert "village:T01V1" not in d.state.retired


def test_duty_contacts_stock_and_outlines_round_trip_through_a_snapshot(d) -> None:
    duty = {
        "date": "2026-07-01",
        "officer": {"name": "赵磊", "phone": "13800000001"},
        "leader": {"name": "孙涛", "phone": "13800000002"},
    }
    d.do("record.changed", changed("duty", "2026-07-01", duty))
    d.do(
        "record.changed",
        changed("contact", "C1", {"id": "C1", "unit": "县水利局", "name": "周敏", "phone": "110"}),
    )
    d.do(
        "record.changed",
        changed("stock", "W1/沙袋", {"warehouse": "W1", "item": "沙袋", "qty": 7, "unit": "条"}),
    )
    d.do(
        "record.changed",
        changed("outline", "county", {"id": "county", "outline": [[1, 1], [2, 1], [2, 2]]}),
    )
    d.do("record.retired", {"type": "contact", "id": "C1"})
    s = d.state
    assert s.duty["2026-07-01"].leader.name == "孙涛"
    assert s.warehouses["W1"].stock["沙袋"] == 7 and s.county.outline[2] == (2, 2)
    assert "C1" not in s.directory and "contact:C1" in s.retired
    again = from_bytes(to_bytes(s))
    assert again == s and state_hash(again) == state_hash(s)
    assert R.current(again, "duty") == {"2026-07-01": duty}
