"""Reporting duties: every report upward once, 续报 numbered, 终报 after closing, closing
from 接报 only as 误报/重复 with a reason, and deadlines that follow the bureau's settings."""

from __future__ import annotations

from datetime import timedelta

import pytest
from domain_fixtures import Desk, county, incident

from commandcenter.domain import Refused
from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.roles import may_submit
from commandcenter.domain.state import from_bytes, to_bytes


@pytest.fixture
def desk() -> Desk:
    return county(Desk())


def refused(desk: Desk, kind: str, payload: dict, words: str) -> None:
    before = desk.state.clone()
    with pytest.raises(Refused) as exc:
        desk.do(kind, payload)
    assert words in str(exc.value), str(exc.value)
    assert before == desk.state


def up(desk: Desk, stage: str, **kw) -> None:
    desk.do("incident.reported_up", {"incident": "I1", "stage": stage, **kw})


def test_each_report_upward_is_recorded_once(desk: Desk) -> None:
    incident(desk)
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "written"}, "尚未电话初报")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "followup"}, "尚未电话初报")
    up(desk, "phone")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "phone"}, "不能重复记录")
    up(desk, "written")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "written"}, "已于")


def test_followups_are_numbered_and_never_doubled(desk: Desk) -> None:
    incident(desk)
    up(desk, "phone")
    up(desk, "followup")
    up(desk, "followup", number=2)
    assert desk.state.incidents["I1"].followups_up == 2
    refused(desk, "incident.reported_up",
            {"incident": "I1", "stage": "followup", "number": 2}, "第 2 次续报已记录")  # fmt: skip
    refused(desk, "incident.reported_up",
            {"incident": "I1", "stage": "followup", "number": 5}, "第 3 次")  # fmt: skip


def test_final_report_only_after_closing_and_once(desk: Desk) -> None:
    incident(desk)
    up(desk, "phone")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "final"}, "尚未处置完毕")
    desk.do("incident.verified", {"incident": "I1"})
    desk.do("incident.closed", {"incident": "I1", "summary": "处置完毕"})
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "followup"}, "终报")
    up(desk, "final")
    refused(desk, "incident.reported_up", {"incident": "I1", "stage": "final"}, "不能重复记录")
    assert next_deadline(desk.state.incidents["I1"], desk.state.reporting) is None


def test_closing_from_intake_only_as_false_alarm_or_duplicate_with_reason(desk: Desk) -> None:
    incident(desk)
    refused(desk, "incident.closed", {"incident": "I1"}, "只能作为误报或重复办结")
    refused(desk, "incident.closed", {"incident": "I1", "disposition": "false_alarm"}, "理由")
    refused(desk, "incident.closed", {"incident": "I1", "disposition": "lost"}, "不明")
    desk.do("incident.closed",
            {"incident": "I1", "disposition": "false_alarm", "summary": "报警人误认"})  # fmt: skip
    inc = desk.state.incidents["I1"]
    assert inc.disposition == "false_alarm"
    assert next_deadline(inc, desk.state.reporting) is None  # a 误报 owes no 终报


def test_settings_change_every_countdown(desk: Desk) -> None:
    ev = incident(desk)
    inc = desk.state.incidents["I1"]
    d = next_deadline(inc, desk.state.reporting)
    assert (d.stage, d.due - ev.ts) == ("phone", timedelta(minutes=30))  # the default
    desk.do("settings.reporting",
            {"phone_minutes": 15, "written_minutes": 45, "followup_minutes": 60})  # fmt: skip
    assert next_deadline(inc, desk.state.reporting).due - ev.ts == timedelta(minutes=15)
    up(desk, "phone")
    assert next_deadline(inc, desk.state.reporting).due - ev.ts == timedelta(minutes=45)
    w = desk.do("incident.reported_up", {"incident": "I1", "stage": "written"})
    assert next_deadline(inc, desk.state.reporting).due == w.ts + timedelta(minutes=60)
    assert from_bytes(to_bytes(desk.state)).reporting.followup_minutes == 60  # snapshots keep it


def test_settings_are_checked_and_admin_only(desk: Desk) -> None:
    refused(desk, "settings.reporting", {"phone_minutes": 0}, "1–1440")
    refused(desk, "settings.reporting", {"phone_minutes": 90, "written_minutes": 60}, "不能早于")
    refused(desk, "settings.reporting", {"final_hours": 0}, "终报时限")
    assert may_submit("admin", "settings.reporting") and may_submit("desk", "settings.reporting")
    assert not may_submit("field", "settings.reporting")
    assert not may_submit("leader", "settings.reporting")
