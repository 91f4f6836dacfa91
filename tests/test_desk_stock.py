"""入库, 出库 (with its 动用指令) and 五定 upkeep from the materials pane, on the real window."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt

from commandcenter.ui.dialogs.form import FormDialog


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


def _select_w1(env):
    mats = env.window.pane("pane.materials")
    row = mats.proxy.mapFromSource(mats.stores.index(mats.stores.row_of("W1"), 0)).row()
    mats.view.selectRow(row)
    return mats


def _open(env, mats, qtbot, name) -> FormDialog:
    qtbot.mouseClick(mats.stock_buttons[name], Qt.MouseButton.LeftButton)
    dlg = env.actions.dialogs[-1]
    assert isinstance(dlg, FormDialog) and dlg.isVisible()
    return dlg


def test_issue_needs_its_order_and_is_written_to_the_ledger(env, qtbot):
    async def steps():
        mats = _select_w1(env)
        await env.settle()
        dlg = _open(env, mats, qtbot, "issue")
        assert dlg.widgets["item"].currentData() == "沙袋"
        qty = dlg.widgets["qty"]
        qty.lineEdit().selectAll()
        qtbot.keyClicks(qty, "30")
        dlg.accept()
        await env.settle()
        assert "动用指令" in dlg.error.text() and "stock.issued" not in env.kinds()
        qtbot.keyClicks(dlg.widgets["order"], "DY-2026-017")
        dlg.widgets["incident"].setCurrentIndex(dlg.widgets["incident"].findData("I1"))
        dlg.accept()
        await env.settle()
        ev = env.journal.query(kinds=["stock.issued"])[-1]
        assert ev.payload["order"] == "DY-2026-017" and ev.payload["qty"] == 30
        assert ev.payload["incident"] == "I1"
        assert env.desk.state.warehouses["W1"].stock["沙袋"] == 70
        assert any(
            "依据 DY-2026-017" in mats.ledger.item(i).text() for i in range(mats.ledger.count())
        )

    env.run(steps())


def test_issue_beyond_the_stock_is_refused_and_the_form_stays(env, qtbot):
    async def steps():
        mats = _select_w1(env)
        dlg = _open(env, mats, qtbot, "issue")
        qty = dlg.widgets["qty"]
        qty.lineEdit().selectAll()
        qtbot.keyClicks(qty, "500")
        qtbot.keyClicks(dlg.widgets["order"], "DY-1")
        dlg.accept()
        await env.settle()
        assert dlg.isVisible() and dlg.error.text()
        assert env.desk.state.warehouses["W1"].stock["沙袋"] == 100

    env.run(steps())


def test_receive_a_new_item_and_record_upkeep_done(env, qtbot):
    async def steps():
        mats = _select_w1(env)
        dlg = _open(env, mats, qtbot, "receive")
        qtbot.keyClicks(dlg.widgets["item"], "Tent")
        qty = dlg.widgets["qty"]
        qty.lineEdit().selectAll()
        qtbot.keyClicks(qty, "12")
        qtbot.keyClicks(dlg.widgets["unit"], "ding")
        dlg.accept()
        await env.settle()
        assert env.desk.state.warehouses["W1"].stock["Tent"] == 12
        assert env.desk.state.items["Tent"].unit == "ding"
        before = env.desk.state.warehouses["W1"].upkeep[0].last_done
        dlg = _open(env, mats, qtbot, "upkeep")
        assert dlg.widgets["task"].currentData() == "发电机保养"
        dlg.accept()
        await env.settle()
        after = env.desk.state.warehouses["W1"].upkeep[0].last_done
        assert after > before
        assert env.kinds()[-2:] == ["stock.received", "upkeep.done"]

    env.run(steps())
