"""Every table model passes qtmodeltester; layout, View menu, conflicts and language."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import QSettings

from commandcenter.ui.models.proxy import FilterProxy
from commandcenter.ui.panes import PANES


def _double_dispatch(d) -> None:
    """Two desks offline sent TM1 to two incidents: a conflict for a human to settle."""
    from domain_fixtures import incident

    incident(d, "I2", "T02")
    d.fact("team.dispatched", {"team": "TM1", "incident": "I1", "task": "搜救"})
    d.fact("team.dispatched", {"team": "TM1", "incident": "I2", "task": "转移"})


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db", extra=_double_dispatch)
    yield e
    e.close()


def test_every_table_model_passes_qtmodeltester(env, qtmodeltester):
    w = env.window
    mats = w.pane("pane.materials")
    mats.stock.set_warehouse("W1")
    models = [
        w.pane("pane.incidents").model,
        w.pane("pane.incidents").proxy,
        w.pane("pane.teams").model,
        w.pane("pane.teams").proxy,
        w.pane("pane.evac").model,
        mats.stores,
        mats.proxy,
        mats.stock,
        w.pane("pane.log").model,
        w.pane("pane.log").proxy,
    ]
    for m in models:
        assert m.rowCount() > 0, m
        qtmodeltester.check(m, force_py=True)


def test_models_grow_in_place_when_events_arrive(env, qtmodeltester):
    board = env.window.pane("pane.incidents").model
    qtmodeltester.check(board, force_py=True)
    inserted = []
    board.rowsInserted.connect(lambda *_a: inserted.append(1))
    resets = []
    board.modelReset.connect(lambda: resets.append(1))
    for n in range(5):
        env.station.do(
            "incident.reported",
            {
                "incident": f"N{n}",
                "type": "fire",
                "severity": 4,
                "title": f"N{n} 火灾",
                "place": {"township": "T01"},
            },
        )
    env.desk.flush()
    assert board.rowCount() == 7 and inserted == [1] and not resets  # one batch, no reset


def test_conflict_is_shown_on_both_incidents_and_the_team_until_settled(env):
    async def steps():
        s = env.station.state
        (conflict,) = s.open_conflicts()
        board = env.window.pane("pane.incidents").model
        teams = env.window.pane("pane.teams").model
        assert board.index(board.row_of("I1"), 1).data().endswith("⚠")
        assert board.index(board.row_of("I2"), 1).data().endswith("⚠")
        assert teams.index(teams.row_of("TM1"), 0).data().endswith("⚠")
        env.desk.select("I2")
        detail = env.window.pane("pane.detail")
        assert detail.conflicts.count() == 1
        dlg = env.actions.settle(conflict.id)
        dlg.widgets["note"].setPlainText("召回 TM1，改派 TM2 前往龙潭镇")
        dlg.accept()
        await env.settle()
        assert not env.station.state.open_conflicts()
        assert not board.index(board.row_of("I1"), 1).data().endswith("⚠")
        assert not teams.index(teams.row_of("TM1"), 0).data().endswith("⚠")
        assert detail.conflicts.count() == 0

    env.run(steps())


def test_panes_have_stable_names_a_view_menu_and_a_saved_layout(env, qtbot, tmp_path):
    w = env.window
    names = [p.objectName() for p in w.docks()]
    assert names == [cls.NAME for cls in PANES] and len(set(names)) == len(PANES)
    assert [a.text() for a in w.view_menu.actions()[: len(PANES)]] == [p.title() for p in w.docks()]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    w.pane("pane.video").close()
    w.save_layout()
    from commandcenter.ui.main_window import MainWindow

    again = MainWindow(env.desk)
    qtbot.addWidget(again)
    env.run(env.settle())  # its log history loads inside the loop
    again.restore_layout()
    assert again.pane("pane.video").isHidden()
    assert not again.pane("pane.map").isHidden()
    again.pane("pane.video").toggleViewAction().trigger()  # the View menu brings it back
    assert not again.pane("pane.video").isHidden()
    again.close()


def test_filters_narrow_the_board(env):
    board = env.window.pane("pane.incidents")
    assert board.proxy.rowCount() == 2
    board.town.setCurrentIndex(board.town.findData("T02"))
    assert board.proxy.rowCount() == 1
    board.search.setText("I1")
    assert board.proxy.rowCount() == 0
    assert isinstance(board.proxy, FilterProxy)
