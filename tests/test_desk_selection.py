"""One selection for the board, the map and every action; rows never jump under the pointer
(issue 10, item 4)."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from commandcenter.ui.dialogs.dispatch import DispatchDialog


def _placed(d) -> None:
    for iid, town, lon in (("I2", "T02", 107.4), ("I3", "T02", 107.45)):
        d.do(
            "incident.reported",
            {
                "incident": iid,
                "type": "flood",
                "severity": 3,
                "title": f"{iid} 洪涝",
                "place": {"township": town, "lon": lon, "lat": 31.2},
            },
        )


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db", extra=_placed)
    yield e
    e.close()


def _highlighted(board) -> list[str]:
    return [board.proxy.key_at(i.row()) for i in board.view.selectionModel().selectedRows()]


def test_a_map_click_moves_the_board_highlight_the_ring_and_ctrl_d(env, qtbot):
    board, map_ = env.window.pane("pane.incidents"), env.window.pane("pane.map")
    map_.build()  # outside the loop: pyqtgraph may process events while it sets up

    async def steps():
        env.desk.select("I1")
        sc, point = next(
            (sc, p) for sc in map_.layer("incidents") for p in sc.points() if p.data() == "I3"
        )
        map_._clicked(sc, [point])
        await env.settle()
        assert env.desk.incident == "I3"
        assert _highlighted(board) == ["I3"]
        assert map_.ringed() == "I3"
        assert "I3" in env.window.pane("pane.detail").heading.text()
        qtbot.keyClick(env.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        dlg = next(d for d in env.actions.dialogs if isinstance(d, DispatchDialog))
        assert dlg.incident == "I3"
        await env.settle()

    env.run(steps())


def test_a_filter_or_a_closed_row_never_moves_the_selection_to_another_incident(env, qtbot):
    async def steps():
        board = env.window.pane("pane.incidents")
        env.desk.select("I2")
        assert _highlighted(board) == ["I2"]
        board.town.setCurrentIndex(board.town.findData("T01"))  # I2 is in T02: hidden
        await env.settle()
        assert env.desk.incident == "I2"  # still the officer's choice
        assert _highlighted(board) == []  # and nothing else pretends to be selected
        board.town.setCurrentIndex(0)
        assert _highlighted(board) == ["I2"]
        env.station.do("incident.verified", {"incident": "I2"})
        env.station.do("incident.closed", {"incident": "I2", "summary": "已处置"})
        await env.settle()  # 未办结 filter drops the row
        assert env.desk.incident == "I2"
        assert _highlighted(board) == []

    env.run(steps())


def test_rows_stay_put_while_the_pointer_is_over_the_board(env, qtbot):
    async def steps():
        board = env.window.pane("pane.incidents")
        vp = board.view.viewport()
        top = board.proxy.key_at(0)
        enter = QEnterEvent(QPointF(10, 10), QPointF(10, 10), QPointF(10, 10))
        QApplication.sendEvent(vp, enter)  # the pointer comes over the rows
        env.station.do(
            "incident.reported",
            {"incident": "I9", "type": "fire", "severity": 2, "title": "新火情",
             "place": {"township": "T01"}},
        )  # fmt: skip
        await env.settle()
        assert board.proxy.key_at(0) == top  # nothing inserted above the pointer
        assert board.waiting.isVisibleTo(board) and "1" in board.waiting.text()
        QApplication.sendEvent(vp, QEvent(QEvent.Type.Leave))
        assert board.proxy.key_at(0) == "I9"  # newest first once the pointer has gone
        assert not board.waiting.isVisibleTo(board)

    env.run(steps())
