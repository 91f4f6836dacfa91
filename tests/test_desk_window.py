"""The real desk window driven like a duty officer: keyboard intake, dispatch, transfer,
3人1屋 calls and counts, refusals, conflicts — each checked in journal, panes and log."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from commandcenter.ui.dialogs.dispatch import DispatchDialog
from commandcenter.ui.dialogs.intake import IntakeDialog


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


def ime(widget, text: str) -> None:
    """Type Chinese the way it really arrives: committed by the input method, not as key codes
    (QTest.keyClicks only knows ASCII)."""
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def _dialog(env, cls):
    found = [d for d in env.actions.dialogs if isinstance(d, cls)]
    assert found, f"no {cls.__name__} open"
    return found[-1]


def test_f2_intake_by_keyboard_lands_in_journal_board_and_log(env, qtbot):
    async def steps():
        qtbot.keyClick(env.window, Qt.Key.Key_F2)
        dlg = _dialog(env, IntakeDialog)
        assert dlg.isVisible() and dlg.focusWidget() is dlg.type
        dlg.type.lineEdit().selectAll()
        ime(dlg.type.lineEdit(), "山洪")
        qtbot.keyClick(dlg.type, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.severity
        qtbot.keyClick(dlg.severity, Qt.Key.Key_Down)  # 一般 -> 较大
        qtbot.keyClick(dlg.severity, Qt.Key.Key_Tab)  # -> 信息来源, keep 电话接警
        qtbot.keyClick(dlg.source, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.township
        ime(dlg.township, "潭")  # any part of the name
        assert dlg.township.completer().currentCompletion() == "龙潭镇"
        qtbot.keyClick(dlg.township, Qt.Key.Key_Tab)
        dlg.township.editingFinished.emit()  # offscreen windows get no focus-out
        assert dlg.township.text() == "龙潭镇"
        ime(dlg.village, "一村")
        ime(dlg.reporter, "赵六")
        qtbot.keyClicks(dlg.phone, "13900001111")
        ime(dlg.description, "河水上涨，两户被困")
        box = dlg.casualties["trapped"]
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, "2")
        qtbot.keyClick(dlg.phone, Qt.Key.Key_Return)  # Enter on a line records the report
        await env.settle()

        reported = [e for e in env.journal.query(kinds=["incident.reported"]) if e.id != "x"]
        ev = reported[-1]
        assert ev.payload["type"] == "flash_flood" and ev.payload["severity"] == 3
        assert (
            ev.payload["place"]["township"] == "T02" and ev.payload["place"]["village"] == "T02V1"
        )
        assert ev.payload["casualties"]["trapped"] == 2
        assert ev.payload["reporter"] == {"name": "赵六", "phone": "13900001111"}
        assert ev.actor == "张伟"
        iid = ev.payload["incident"]
        board = env.window.pane("pane.incidents")
        row = board.model.row_of(iid)
        assert row >= 0
        assert board.model.index(row, 1).data() == "龙潭一村山洪"
        assert env.desk.incident == iid  # the new report is selected for the next step
        detail = env.window.pane("pane.detail")
        assert "龙潭一村山洪" in detail.heading.text()
        assert any("龙潭一村山洪" in t for t in env.log_texts())
        assert dlg not in env.actions.dialogs  # closed once recorded

    env.run(steps())


def test_intake_refuses_an_unknown_township_and_keeps_the_form(env, qtbot):
    async def steps():
        before = len(env.kinds())
        env.actions.intake()
        dlg = _dialog(env, IntakeDialog)
        ime(dlg.township, "不存在镇")
        qtbot.keyClick(dlg.township, Qt.Key.Key_Return)
        await env.settle()
        assert dlg.isVisible() and "乡镇" in dlg.error.text()
        assert len(env.kinds()) == before

    env.run(steps())


def test_dispatch_ranks_by_speciality_shows_why_and_updates_everything(env, qtbot):
    async def steps():
        env.desk.select("I1")
        qtbot.keyClick(env.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        dlg = _dialog(env, DispatchDialog)
        first = dlg.ranked[0]
        assert first.team.id == "TM1"  # landslide speciality, same township
        assert "专长对口" in dlg.table.item(0, 4).text()
        assert "本乡镇" in dlg.table.item(0, 4).text()
        dlg.table.setFocus()
        dlg.table.setCurrentCell(0, 0)
        qtbot.keyClick(dlg.table, Qt.Key.Key_Space)
        assert dlg.chosen() == ["TM1"]
        ime(dlg.task_edit, "人员搜救")
        dlg.ok.click()
        await env.settle()

        ev = env.journal.query(kinds=["team.dispatched"])[-1]
        assert ev.payload == {"team": "TM1", "incident": "I1", "task": "人员搜救"}
        teams = env.window.pane("pane.teams").model
        r = teams.row_of("TM1")
        assert teams.index(r, 4).data() == "已派出"
        assert "人员搜救" in teams.index(r, 5).data()
        board = env.window.pane("pane.incidents").model
        assert board.index(board.row_of("I1"), 4).data() == "处置中"
        assert any("派遣" in t and "TM1救援队" in t for t in env.log_texts())
        detail = env.window.pane("pane.detail")
        assert any("TM1救援队" in detail.teams.item(i).text() for i in range(detail.teams.count()))

    env.run(steps())


def test_transfer_materials_moves_stock_and_writes_the_ledger(env, qtbot):
    async def steps():
        mats = env.window.pane("pane.materials")
        mats.view.selectRow(
            mats.proxy.mapFromSource(mats.stores.index(mats.stores.row_of("W1"), 0)).row()
        )
        await env.settle()
        assert mats.stock.warehouse == "W1"
        dlg = env.actions.transfer("I1", "W1")
        dlg.select(source="W1", target="W2", item="沙袋", qty=30)
        assert "100" in dlg.have.text()
        qtbot.keyClick(dlg.note, Qt.Key.Key_Return)
        await env.settle()

        ev = env.journal.query(kinds=["stock.transferred"])[-1]
        assert ev.payload["qty"] == 30 and ev.payload["incident"] == "I1"
        assert env.station.state.warehouses["W2"].stock["沙袋"] == 30
        stock = mats.stock
        assert stock.index(stock.row_of("沙袋"), 2).data() == "70"
        assert mats.ledger.count() == 2  # received 100, transferred 30
        assert any("沙袋" in t and "30" in t for t in env.log_texts())

    env.run(steps())


def test_transfer_refusal_is_shown_translated_and_nothing_is_written(env, qtbot):
    async def steps():
        dlg = env.actions.transfer("", "W1")
        dlg.select(source="W1", target="W2", item="沙袋", qty=500)
        before = len(env.kinds())
        dlg.ok.click()
        await env.settle()
        assert dlg.isVisible()
        assert "只有 100" in dlg.error.text() and "不足 500" in dlg.error.text()
        assert len(env.kinds()) == before

    env.run(steps())


def test_three_roles_called_then_evacuation_started_counted_and_cleared(env, qtbot):
    async def steps():
        evac = env.window.pane("pane.evac")
        evac.select_zone("Z1")
        for role in ("commander", "supervisor", "caretaker"):
            evac.call_buttons[(role, True)].click()
            await env.settle()
        model = evac.model
        row = model.row_of("Z1")
        for col in (3, 4, 5):
            assert "✓已应答" in model.index(row, col).data()
        calls = env.journal.query(kinds=["evac.called"])
        assert [c.payload["role"] for c in calls] == ["commander", "supervisor", "caretaker"]
        assert all(c.payload["answered"] for c in calls)

        start = env.actions.start_evac("Z1")
        start.widgets["people"].setValue(25)
        start.accept()
        await env.settle()
        count = env.actions.count_evac("Z1")
        count.widgets["moved_households"].setValue(8)
        count.widgets["moved_people"].setValue(20)
        count.widgets["in_safe_house"].setValue(18)
        count.accept()
        await env.settle()
        assert model.index(row, 8).data() == "8/10 户，20/25 人"
        assert model.index(row, 9).data() == "18"
        z = env.station.state.zones["Z1"]
        assert (z.moved_people, z.in_safe_house) == (20, 18)
        env.actions.clear_evac("Z1")
        await env.settle()
        assert model.index(row, 7).data() == "已解除"
        kinds = env.kinds()
        for k in ("evac.started", "evac.counted", "evac.cleared"):
            assert k in kinds
        texts = env.log_texts()
        assert sum("叫应" in t for t in texts) == 3, texts[-8:]

    env.run(steps())


def test_counting_before_start_is_refused_with_the_reason_on_the_status_bar(env, qtbot):
    async def steps():
        dlg = env.actions.count_evac("Z1")
        dlg.widgets["moved_people"].setValue(5)
        dlg.accept()
        await env.settle()
        assert "未在转移中" in dlg.error.text()
        assert "未在转移中" in env.window.statusBar().currentMessage()

    env.run(steps())


def test_duty_menu_opens_the_handover_window_for_the_current_shift(env, qtbot):
    from PySide6.QtGui import QAction

    env.station.do("shift.started", {"shift": "S1", "officer": "张伟", "leader": "刘强"})
    action = next(a for a in env.window.findChildren(QAction) if a.text() == "交接班…")
    action.trigger()
    win = env.window.handover
    qtbot.waitUntil(lambda: win.data is not None and not win.jobs, timeout=30_000)
    assert win.isVisible() and "张伟" in win.who.text() and "刘强" in win.who.text()
    assert not win.start_btn.isEnabled()  # the next shift needs both signatures first
    qtbot.wait(50)  # let the job's last queued signals land before the window goes
    win.close()
