"""The smaller things an officer noticed (issue 10, item 9): dock widths hold still, the map
legend covers no marker, timeline lines wrap, conflict rows are readable and explained, the
dispatch ranking says how it orders, phones are visible with one-click copy, and the X11
libraries Qt needs are named."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from commandcenter.ui import theme
from commandcenter.ui.x11 import XCB_LIBS, missing_packages


def _conflict(d) -> None:
    from domain_fixtures import incident

    incident(d, "I2", "T02", severity=2)
    long = "滑坡体后缘出现新的拉张裂缝，" * 12
    d.do("incident.followup", {"incident": "I2", "text": long})
    # the same team sent to two incidents from two desks while offline: a conflict
    d.fact("team.dispatched", {"team": "TM1", "incident": "I1", "task": "搜救"})
    d.fact("team.dispatched", {"team": "TM1", "incident": "I2", "task": "转移"})


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db", extra=_conflict)
    yield e
    e.close()


def _widths(win) -> dict[str, int]:
    return {name: p.width() for name, p in win.panes.items() if p.isVisible()}


def test_dock_widths_hold_still_while_content_changes(env, qtbot):
    win = env.window
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: win.width() == 1366, timeout=5000)
    QApplication.processEvents()

    async def steps():
        before = _widths(win)
        for iid in ("I2", "I1", "I2"):  # a long title, long timeline lines, conflicts
            env.desk.select(iid)
            await env.settle()
            for _ in range(3):
                env.desk.tick.emit()
            QApplication.processEvents()
            assert _widths(win) == before

    env.run(steps())


def test_the_legend_is_under_the_map_and_timeline_lines_wrap(env):
    map_ = env.window.pane("pane.map")
    map_.build()
    assert map_.plot.getPlotItem().legend is None  # nothing drawn over the markers
    below = map_.legend_line.mapTo(map_, map_.legend_line.rect().topLeft()).y()
    plot_bottom = map_.plot.mapTo(map_, map_.plot.rect().bottomLeft()).y()
    assert below >= plot_bottom
    tl = env.window.pane("pane.detail").timeline
    assert tl.wordWrap() and tl.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_conflict_rows_are_readable_and_explained(env):
    board = env.window.pane("pane.incidents")
    m = board.model
    row = m.row_of("I2")
    assert m.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) == theme.CONFLICT_TINT
    for col in range(m.columnCount()):
        fg = m.index(row, col).data(Qt.ItemDataRole.ForegroundRole)
        bg = m.index(row, col).data(Qt.ItemDataRole.BackgroundRole)
        fg, bg = QColor(fg or "black"), QColor(bg or "white")
        assert abs(fg.lightness() - bg.lightness()) > 100, (col, fg.name(), bg.name())
    assert "冲突" in m.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert board.conflict_hint.isVisibleTo(board) and "处理" in board.conflict_hint.text()
    assert "矛盾" in board.conflict_hint.toolTip()


def test_the_dispatch_ranking_says_how_it_orders(env):
    async def steps():
        env.desk.select("I1")
        await env.settle()
        dlg = env.actions.dispatch("I1")
        assert "距离只是其中一项" in dlg.how.text()
        scores = [float(dlg.table.item(r, 5).text()) for r in range(dlg.table.rowCount())]
        assert scores == sorted(scores, reverse=True)
        dlg.reject()

    env.run(steps())


def test_phones_are_shown_in_full_with_one_click_copy(env):
    evac = env.window.pane("pane.evac")
    evac.select_zone("Z1")
    assert set(evac.contacts.copy_buttons) == {"13800000000"}
    evac.contacts.copy_buttons["13800000000"].click()
    assert QGuiApplication.clipboard().text() == "13800000000"
    teams = env.window.pane("pane.teams")
    teams.view.setCurrentIndex(teams.proxy.index(0, 0))
    assert "13800000000" in teams.contacts.copy_buttons


def test_the_missing_x11_libraries_are_named():
    assert missing_packages(find=lambda _lib: None) == list(XCB_LIBS.values())
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(XCB_LIBS.values())
    assert missing_packages(find=lambda lib: f"lib{lib}.so") == []
