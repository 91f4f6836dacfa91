"""The 631 叫应 ladder with a controlled clock: stages come due, unanswered calls escalate,
answers close them, a zone whose three roles answered is offered evacuation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commandcenter.domain import Refused, apply, state_hash
from commandcenter.domain.ladder import (
    ANSWERED,
    NOT_DUE,
    OVERDUE,
    TO_CALL,
    UNREACHED,
    WAITING,
    ladder,
    ladders,
)
from commandcenter.domain.state import from_bytes, to_bytes
from commandcenter.reports.ladder_data import ladder_lines
from tests.domain_fixtures import T0, Desk, county

ONSET = T0 + timedelta(hours=8)


@pytest.fixture
def desk() -> Desk:
    d = county(Desk())
    d.do(
        "record.changed",
        {
            "type": "contact",
            "id": "C1",
            "data": {"id": "C1", "unit": "县水利局", "name": "周敏", "title": "主任", "phone": "1"},
        },
    )
    d.do(
        "record.changed",
        {
            "type": "contact",
            "id": "C2",
            "data": {
                "id": "C2",
                "unit": "县水利局",
                "name": "吴刚",
                "title": "副主任",
                "phone": "2",
            },
        },
    )
    d.do(
        "warning.issued",
        {
            "warning": "W-RAIN",
            "colour": "red",
            "hazard": "暴雨",
            "valid_from": T0.isoformat(),
            "valid_to": (T0 + timedelta(days=1)).isoformat(),
            "onset": ONSET.isoformat(),
            "area": ["T01"],
        },
    )
    return d


def _target(lad, stage: int, key: str):
    return next(t for t in lad.stages[stage].targets if t.target.key == key)


def test_stages_come_due_at_6_3_1_hours_before_impact(desk) -> None:
    at = lambda h: ONSET - timedelta(hours=h)  # noqa: E731
    lad = ladder(desk.state, "W-RAIN", at(6.5))
    assert [st.due(at(6.5)) for st in lad.stages] == [False, False, False]
    assert [st.due_at for st in lad.stages] == [at(6), at(3), at(1)]
    assert lad.next_due().name == "6小时"
    lad = ladder(desk.state, "W-RAIN", at(5))
    assert _target(lad, 0, "unit:县水利局").state == TO_CALL
    assert _target(lad, 1, "township:T01").state == NOT_DUE
    assert "unit:县水利局" in {t.target.key for _, t in lad.unanswered}


def test_short_fuse_makes_every_stage_due_at_once(desk) -> None:
    desk.do(
        "warning.issued",
        {
            "warning": "W-NOW",
            "colour": "orange",
            "hazard": "山洪",
            "valid_from": desk.clock.isoformat(),
            "valid_to": (desk.clock + timedelta(hours=6)).isoformat(),
            "onset": (desk.clock + timedelta(minutes=30)).isoformat(),
        },
    )
    lad = ladder(desk.state, "W-NOW", desk.clock + timedelta(minutes=1))
    assert all(st.due(lad.now) for st in lad.stages)


def call(desk: Desk, cid: str, stage: int, target: str, person: str, channel="phone"):
    desk.do(
        "ladder.called",
        {"warning": "W-RAIN", "call": cid, "stage": stage, "target": target,
         "person": person, "channel": channel},
    )  # fmt: skip


def test_unanswered_escalates_to_the_next_person_and_an_answer_closes_it(desk) -> None:
    desk.clock = ONSET - timedelta(hours=6)
    call(desk, "c1", 0, "unit:县水利局", "周敏 (主任)")
    called_at = desk.clock
    lad = ladder(desk.state, "W-RAIN", called_at + timedelta(minutes=10))
    t = _target(lad, 0, "unit:县水利局")
    assert t.state == WAITING and t.deadline == called_at + timedelta(minutes=30)
    lad = ladder(desk.state, "W-RAIN", called_at + timedelta(minutes=31))
    t = _target(lad, 0, "unit:县水利局")
    assert t.state == OVERDUE and t.next_person.name == "吴刚 (副主任)"  # escalation
    call(desk, "c2", 0, "unit:县水利局", "吴刚 (副主任)", "sms")
    desk.do("ladder.unreached", {"warning": "W-RAIN", "call": "c2"})
    assert _target(ladder(desk.state, "W-RAIN", desk.clock), 0, "unit:县水利局").state == UNREACHED
    call(desk, "c3", 0, "unit:县水利局", "周敏 (主任)", "door")
    desk.do("ladder.answered", {"warning": "W-RAIN", "call": "c3"})
    t = _target(ladder(desk.state, "W-RAIN", desk.clock), 0, "unit:县水利局")
    assert t.state == ANSWERED and not t.unanswered
    with pytest.raises(Refused, match="已应答"):
        desk.do("ladder.answered", {"warning": "W-RAIN", "call": "c3"})


def test_night_calls_are_wake_up_calls(desk) -> None:
    # T0 is 08:00 Beijing; 16 h later is midnight
    lad = ladder(desk.state, "W-RAIN", T0 + timedelta(hours=16))
    assert all(t.night for st in lad.stages for t in st.targets)
    assert "喊醒" in "\n".join(ladder_lines(desk.state, "W-RAIN", T0 + timedelta(hours=16)))
    assert not ladder(desk.state, "W-RAIN", T0 + timedelta(hours=2)).stages[0].targets[0].night


def test_a_zone_whose_three_roles_answered_is_offered_evacuation(desk) -> None:
    desk.clock = ONSET - timedelta(minutes=50)
    for i, (role, who) in enumerate(
        (("commander", "甲"), ("supervisor", "乙"), ("caretaker", "丙"))
    ):
        call(desk, f"z{i}", 2, f"zone:Z1:{role}", who)
        assert ladder(desk.state, "W-RAIN", desk.clock).zones_ready == []
        desk.do("ladder.answered", {"warning": "W-RAIN", "call": f"z{i}"})
    assert ladder(desk.state, "W-RAIN", desk.clock).zones_ready == ["Z1"]
    assert "可启动转移" in "\n".join(ladder_lines(desk.state, "W-RAIN", desk.clock))


def test_calls_are_refused_when_they_make_no_sense(desk) -> None:
    with pytest.raises(Refused, match="叫应方式"):
        call(desk, "x", 0, "unit:县水利局", "周敏", channel="pigeon")
    with pytest.raises(Refused, match="第 9 级"):
        call(desk, "x", 8, "unit:县水利局", "周敏")
    desk.do("warning.lifted", {"warning": "W-RAIN"})
    with pytest.raises(Refused, match="已解除"):
        call(desk, "x", 0, "unit:县水利局", "周敏")


def test_ladder_state_survives_snapshots_and_config_changes_stages(desk) -> None:
    call(desk, "c1", 0, "unit:县水利局", "周敏")
    assert state_hash(from_bytes(to_bytes(desk.state))) == state_hash(desk.state)
    desk.do(
        "ladder.configured",
        {"config": {"stages": [{"name": "2小时", "hours_before": 2, "audiences": ["zones"]}]}},
    )
    lad = ladder(desk.state, "W-RAIN", ONSET - timedelta(hours=3))
    assert [st.name for st in lad.stages] == ["2小时"]
    assert [t.target.key for t in lad.stages[0].targets] == [
        "zone:Z1:commander", "zone:Z1:supervisor", "zone:Z1:caretaker"
    ]  # fmt: skip
    assert len(ladders(desk.state, ONSET)) == 1
    ev = desk.events[-1]
    assert apply(from_bytes(to_bytes(desk.state)), ev).ladder is not None


def test_board_gives_the_big_screen_plain_data(desk) -> None:
    import json

    from commandcenter.domain.ladder import board

    call(desk, "c1", 0, "unit:县水利局", "周敏")
    desk.do("ladder.answered", {"warning": "W-RAIN", "call": "c1"})
    rows = board(desk.state, ONSET - timedelta(hours=4))
    json.dumps(rows)  # JSON-ready
    (row,) = rows
    assert row["colour"] == "red" and row["next_stage"] == "3小时"
    assert row["next_due_s"] == 3600
    assert row["stages"][0] == {
        "name": "6小时", "due": True, "answered": 1, "unanswered": 0, "targets": 1
    }  # fmt: skip


def test_alerts_from_events_and_from_the_clock(desk) -> None:
    from commandcenter.domain.alerts import from_clock, from_events

    notes = from_events(desk.state, [desk.events[-1]])  # the red warning
    assert notes[0].urgent and "红色暴雨预警" in notes[0].text
    at = ONSET - timedelta(hours=5)
    keys = {n.key for n in from_clock(desk.state, at)}
    assert "stage:W-RAIN:0" in keys and "stage:W-RAIN:1" not in keys
    desk.clock = ONSET - timedelta(hours=6)
    call(desk, "c1", 0, "unit:县水利局", "周敏")
    late = from_clock(desk.state, desk.clock + timedelta(minutes=31))
    assert any(n.key == "call:W-RAIN:c1" and "超时未应答" in n.text for n in late)
    lift = desk.do("warning.lifted", {"warning": "W-RAIN"})
    assert [n.key for n in from_events(desk.state, [lift])] == ["lift:W-RAIN"]
    assert from_clock(desk.state, at) == []  # nothing in force, nothing due
