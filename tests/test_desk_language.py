"""The language menu switches the running desk at once, and English covers what an officer
reads: the handover window, the map legend, 信息来源, 休整, 五定 values, log sentences, and
a store's 级别 as "Level" (issue 10, item 8)."""

from __future__ import annotations

import asyncio

import pytest
from desk_fixtures import small_county_events
from PySide6.QtGui import QAction

from commandcenter.store import Journal
from commandcenter.ui import i18n
from commandcenter.ui.startup import DeskOptions, Launcher


@pytest.fixture
def launcher(qapp, qloop, tmp_path):
    path = tmp_path / "desk.db"
    j = Journal(path)
    j.append(small_county_events())
    j.close()
    la = Launcher(DeskOptions(db=str(path), serve=False, actor="张伟"))
    qloop.run_until_complete(la.start())
    yield la
    qloop.run_until_complete(la.stop())
    i18n.install(qapp, "zh_CN")


def _menu_action(window, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


async def _until(cond, tries: int = 200) -> None:
    for _ in range(tries):
        if cond():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the window was not rebuilt in the new language")


def test_the_language_menu_switches_the_running_desk(launcher, qloop, qtbot):
    async def steps():
        launcher.desk.select("I1")
        old = launcher.window
        _menu_action(old, "English").trigger()
        await _until(lambda: launcher.window is not old)
        win = launcher.window
        assert win.pane("pane.incidents").windowTitle() == "Incidents"
        assert launcher.desk.incident == "I1"  # the selection survives the switch
        assert "Dispatch" in win.pane("pane.detail").buttons["dispatch"].text()
        _menu_action(win, "中文").trigger()
        await _until(lambda: launcher.window is not win)
        assert launcher.window.pane("pane.incidents").windowTitle() == "警情"
        await launcher.desk.drain()

    qloop.run_until_complete(steps())
