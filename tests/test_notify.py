"""Notifications never block: they arrive while a dialog is open, the dialog keeps working,
one key acknowledges them, urgent ones repeat, drill mode is quiet."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from commandcenter.ui.dialogs.intake import IntakeDialog


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


def _report(env, iid: str, severity: int) -> None:
    env.desk.submit(
        [("incident.reported", {"incident": iid, "type": "flood", "severity": severity,
                                "title": f"{iid} 内涝", "place": {"township": "T02"}})]
    )  # fmt: skip
    env.run(env.settle())


def test_notifications_arrive_while_a_dialog_is_open_and_never_block_it(env, qtbot) -> None:
    announced = []
    env.window.notes.announced.connect(announced.append)
    qtbot.keyClick(env.window, Qt.Key.Key_F2)
    dlg = next(d for d in env.actions.dialogs if isinstance(d, IntakeDialog))
    assert dlg.isVisible()
    _report(env, "I9", severity=3)  # 较大: urgent
    assert announced and announced[-1].note.urgent
    banner = env.window.banner
    assert banner.showing and "I9 内涝" in banner.text.text()
    # no modal box of ours appeared, the dialog is still the one on top and still types
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert dlg.isVisible()
    dlg.reporter.setFocus()
    qtbot.keyClicks(dlg.reporter, "13800001111")
    assert dlg.reporter.text() == "13800001111"
    # urgent: repeated until acknowledged
    n = len(announced)
    env.window.notes.repeat()
    assert len(announced) == n + 1
    # F4 acknowledges with the dialog still open and active (an application shortcut)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    qtbot.keyClick(dlg.reporter, Qt.Key.Key_F4)
    assert env.window.notes.unacked() == []
    assert not banner.showing and dlg.isVisible()
    assert banner.holder.isVisible()  # the strip keeps its place: nothing below moves
    env.window.notes.repeat()
    assert len(announced) == n + 1  # nothing left to repeat


def test_a_general_incident_is_listed_once_and_not_repeated(env, qtbot) -> None:
    announced = []
    env.window.notes.announced.connect(announced.append)
    board = env.window.pane("pane.incidents").view
    where = board.mapTo(env.window, QPoint(0, 0))
    assert not env.window.banner.showing
    _report(env, "I8", severity=4)
    qtbot.wait(50)  # a layout change would land now
    # the note shows without moving the panes: the row under the pointer stays that row
    assert env.window.banner.showing
    assert board.mapTo(env.window, QPoint(0, 0)) == where
    _report(env, "I7", severity=4)
    notes = env.window.notes
    assert [e.note.key for e in notes.unacked()] == ["inc:I8", "inc:I7"]
    assert env.window.banner.list.text().endswith("2")
    menu = env.window.banner.menu
    menu.aboutToShow.emit()  # the list is filled when opened, newest first
    assert [a.text() for a in menu.actions()] == [e.note.text for e in notes.unacked()[::-1]]
    notes.repeat()
    assert len(announced) == 2  # not urgent: no repeat
    notes.ack("inc:I8")
    assert [e.note.key for e in notes.unacked()] == ["inc:I7"]


def test_drill_mode_is_quiet_unless_the_drill_asks(env) -> None:
    notes = env.window.notes
    notes.drill = True
    announced = []
    notes.announced.connect(announced.append)
    _report(env, "I6", severity=2)
    assert announced == [] and len(notes.unacked()) == 1  # listed, not announced
    assert not env.window.banner.showing
    notes.drill_asks = True
    _report(env, "I5", severity=2)
    assert len(announced) == 1


def test_deadlines_close_are_announced_over_every_incident_in_turns(env, qtbot, monkeypatch):
    from datetime import timedelta

    from commandcenter.domain.alerts import from_clock
    from commandcenter.ui.notify import center as center_mod

    monkeypatch.setattr(center_mod, "SCAN", 2)  # a few incidents a turn: several turns
    for n in range(7):
        _report(env, f"D{n}", severity=4)
    notes = env.window.notes
    state = env.desk.state
    first = min(i.reported_at for i in state.incidents.values() if i.id.startswith("D"))
    at = first + timedelta(minutes=27)  # the 30-minute phone report is 3 minutes away
    notes.clock = lambda: at
    expected = {n.key for n in from_clock(state, at, env.desk.policy) if n.key.startswith("due:")}
    assert len(expected) >= 5  # the incidents reported within a few minutes of each other
    turns = []
    notes.changed.connect(lambda: turns.append(1))
    notes.look_at_clock()
    assert len({k for k in notes.entries if k.startswith("due:")} & expected) <= 2  # one turn
    qtbot.waitUntil(lambda: expected <= set(notes.entries), timeout=3000)
    assert {k for k in notes.entries if k.startswith("due:")} == expected
    assert len(turns) >= 3
