"""Evacuation counts above the plan need a reason; 叫应 and counts show in the incident's
timeline (issue 10, item 6)."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


def _timeline(env) -> list[str]:
    tl = env.window.pane("pane.detail").timeline
    return [tl.item(i).text() for i in range(tl.count())]


def test_more_moved_than_planned_is_refused_unless_a_reason_is_given(env, qtbot):
    async def steps():
        env.desk.select("I1")
        evac = env.window.pane("pane.evac")
        evac.select_zone("Z1")
        evac.call_buttons[("commander", True)].click()
        await env.settle()
        start = env.actions.start_evac("Z1")  # 10 户 25 人, linked to the selected I1
        assert start.widgets["incident"].currentData() == "I1"
        start.ok.click()
        await env.settle()

        count = env.actions.count_evac("Z1")
        count.widgets["moved_households"].setValue(10)
        count.widgets["moved_people"].setValue(200)
        before = len(env.kinds())
        count.ok.click()
        await env.settle()
        assert count.isVisible()
        assert "200" in count.error.text() and "25" in count.error.text()
        assert len(env.kinds()) == before
        assert env.station.state.zones["Z1"].moved_people == 0

        count.widgets["moved_people"].setValue(27)
        count.widgets["reason"].setText("途中收留两名游客")
        count.ok.click()
        await env.settle()
        assert count not in env.actions.dialogs  # recorded and closed
        assert env.station.state.zones["Z1"].moved_people == 27
        assert any("途中收留两名游客" in t for t in env.log_texts())

        lines = _timeline(env)
        assert any("叫应" in t and "指挥官" in t for t in lines), lines
        assert any("已转移 10户27人" in t for t in lines), lines

    env.run(steps())


def test_the_timeline_shows_the_zone_calls_after_reselecting(env, qtbot):
    async def steps():
        env.desk.select("I1")
        start = env.actions.start_evac("Z1")
        start.ok.click()
        await env.settle()
        env.window.pane("pane.evac").select_zone("Z1")
        env.window.pane("pane.evac").call_buttons[("supervisor", False)].click()
        await env.settle()
        env.desk.select("")
        env.desk.select("I1")
        await env.settle()
        lines = _timeline(env)
        assert any("监管员" in t and "未应答" in t for t in lines), lines

    env.run(steps())
