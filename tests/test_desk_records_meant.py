"""What the officer sees is what is recorded: 调拨 by any part of an item name, intake time in
county time, phone numbers checked, sub-types and threatened households (issue 10, items 2-3)."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from commandcenter.ui.dialogs.transfer import TransferDialog


def _stock(d) -> None:
    for item in ("救灾帐篷", "二号工具", "折叠床"):
        d.do("stock.received", {"warehouse": "W1", "item": item, "qty": 10, "unit": "件"})


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db", extra=_stock)
    yield e
    e.close()


def ime(widget, text: str) -> None:
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def _transfer(env) -> TransferDialog:
    dlg = env.actions.transfer("I1", "W1")
    dlg.select(source="W1", target="W2", item="二号工具")  # something selected before typing
    return dlg


def test_typing_part_of_an_item_records_exactly_that_item(env, qtbot):
    async def steps():
        dlg = _transfer(env)
        edit = dlg.item.lineEdit()
        edit.selectAll()
        ime(edit, "帐篷")
        assert dlg.item.currentText() == "帐篷"  # nothing spliced into the typed text
        assert "救灾帐篷" in dlg.have.text()
        qtbot.keyClick(dlg.note, Qt.Key.Key_Return)
        await env.settle()
        ev = env.journal.query(kinds=["stock.transferred"])[-1]
        assert ev.payload["item"] == "救灾帐篷"
        assert env.station.state.warehouses["W2"].stock == {"救灾帐篷": 1}
        assert any("救灾帐篷" in t for t in env.log_texts())

    env.run(steps())


def test_an_item_matching_nothing_is_refused_and_nothing_recorded(env, qtbot):
    async def steps():
        dlg = _transfer(env)
        before = len(env.kinds())
        edit = dlg.item.lineEdit()
        edit.selectAll()
        ime(edit, "帐灾帐篷")
        dlg.ok.click()
        await env.settle()
        assert dlg.isVisible() and "帐灾帐篷" in dlg.error.text()
        assert len(env.kinds()) == before

    env.run(steps())


def test_the_stock_line_follows_the_text_and_an_empty_item_is_refused(env, qtbot):
    async def steps():
        dlg = _transfer(env)
        before = len(env.kinds())
        edit = dlg.item.lineEdit()
        edit.selectAll()
        ime(edit, "床")
        edit.selectAll()
        ime(edit, "袋")
        assert "沙袋" in dlg.have.text()
        edit.selectAll()
        edit.del_()
        dlg.ok.click()
        await env.settle()
        assert dlg.isVisible() and "物资" in dlg.error.text()
        assert len(env.kinds()) == before

    env.run(steps())
