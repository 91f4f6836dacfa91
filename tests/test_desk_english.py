"""English covers what an officer reads: buttons, headers, the handover window, the map
legend, 信息来源, 休整, 五定 values, log sentences, and a store's 级别 as "Level" (item 8)."""

from __future__ import annotations

import re

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from commandcenter.ui import i18n
from commandcenter.ui.dialogs.intake import IntakeDialog

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def env(qapp, qtbot, qloop, tmp_path):
    assert i18n.install(qapp, "en") == "en"
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()
    i18n.install(qapp, "zh_CN")


def _headers(view) -> list[str]:
    m = view.model()
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]


def test_every_button_header_and_pane_title_is_english(env):
    win = env.window
    chinese = [b.text() for b in win.findChildren(QPushButton) if CJK.search(b.text())]
    assert not chinese, chinese
    for pane in win.panes.values():
        assert not CJK.search(pane.windowTitle()), pane.windowTitle()
    for name in ("pane.incidents", "pane.teams", "pane.evac", "pane.log"):
        view = win.pane(name).view
        heads = _headers(view)
        assert not [h for h in heads if CJK.search(h or "")], (name, heads)
    mats = win.pane("pane.materials")
    assert _headers(mats.view)[1] == "Level"  # a store's 级别 is its level, not a severity
    assert "Rest" in [b.text() for b in win.pane("pane.teams").findChildren(QPushButton)]


def test_map_legend_upkeep_and_intake_source_are_english(env):
    win = env.window
    legend = win.pane("pane.map").legend_line.text()
    assert (
        "Shelters" in legend
        and "Cameras" in legend
        and not CJK.search(re.sub(r"<[^>]+>", "", legend))
    )
    stores = win.pane("pane.materials").stores
    upkeep = stores.index(stores.row_of("W1"), 6).data()
    assert "Generator maintenance" in upkeep, upkeep
    dlg = env.actions.intake()
    assert isinstance(dlg, IntakeDialog)
    labels = [lab.text() for lab in dlg.findChildren(QLabel)]
    assert "Source" in labels, labels


def test_log_sentences_and_the_timeline_are_english(env):
    async def steps():
        env.desk.select("I1")
        env.desk.submit([("team.dispatched", {"team": "TM1", "incident": "I1", "task": "搜救"})])
        await env.settle()
        texts = env.log_texts()
        assert any(t.startswith("Dispatched TM1救援队 (30 people) to ") for t in texts), texts[-3:]
        assert any(t.startswith("Report from ") for t in texts), texts
        tl = env.window.pane("pane.detail").timeline
        lines = [tl.item(i).text() for i in range(tl.count())]
        assert any("Dispatched" in t for t in lines), lines

    env.run(steps())


def test_the_handover_window_is_english(env, qtbot):
    from commandcenter.ui.handover_wizard import HandoverWizard

    async def start_shift():
        env.desk.submit([("shift.started", {"shift": "S1", "officer": "张伟", "leader": "刘强"})])
        await env.settle()

    env.run(start_shift())
    win = HandoverWizard(env.station)
    qtbot.addWidget(win)
    assert win.windowTitle() == "Shift handover"
    buttons = [b.text() for b in win.findChildren(QPushButton)]
    assert not [b for b in buttons if CJK.search(b)], buttons
    labels = [lab.text() for lab in win.findChildren(QLabel)]
    assert "Incoming leader on duty" in labels
    win.close()
