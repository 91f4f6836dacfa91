"""What the officer sees is what is recorded: 调拨 by any part of an item name, intake time in
county time, phone numbers checked, sub-types and threatened households (issue 10, items 2-3)."""

from __future__ import annotations

import warnings

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


def _intake(env, qtbot):
    from commandcenter.ui.dialogs.intake import IntakeDialog

    qtbot.keyClick(env.window, Qt.Key.Key_F2)
    return next(d for d in env.actions.dialogs if isinstance(d, IntakeDialog))


def test_intake_time_is_county_time_shown_in_the_detail_pane(env, qtbot):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    async def steps():
        dlg = _intake(env, qtbot)
        shown = dlg.when.dateTime().toString("yyyy-MM-dd HH:mm")
        county_now = datetime.now(UTC) + timedelta(hours=8)  # 青山县: Asia/Shanghai
        near = {(county_now + timedelta(minutes=d)).strftime("%Y-%m-%d %H:%M") for d in (-1, 0, 1)}
        assert shown in near, (shown, near)
        # the officer types 08:30 county time: 00:30 UTC is recorded, whatever the machine's zone
        dlg.when.setDateTime(QDateTime(QDate(2026, 7, 1), QTime(8, 30), QTimeZone.utc()))
        ime(dlg.township, "盘石")
        dlg.township.editingFinished.emit()
        dlg.ok.click()
        await env.settle()
        ev = env.journal.query(kinds=["incident.reported"])[-1]
        assert ev.payload["occurred_at"].startswith("2026-07-01T00:30:00")
        detail = env.window.pane("pane.detail")
        assert detail.fields["occurred"].text() == "07-01 08:30"

    env.run(steps())


def test_tab_from_location_skips_the_date_and_a_bad_phone_is_refused(env, qtbot):
    async def steps():
        dlg = _intake(env, qtbot)
        before_when = dlg.when.dateTime()
        dlg.group.setFocus()
        ime(dlg.group, "3组")
        qtbot.keyClick(dlg.group, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is not dlg.when
        assert dlg.focusWidget() is dlg.reporter
        qtbot.keyClicks(dlg.reporter, "12")  # typing on does not touch the date
        assert dlg.when.dateTime() == before_when
        ime(dlg.township, "盘石")
        dlg.township.editingFinished.emit()
        ime(dlg.phone, "山体开裂，三户受威胁")  # the description typed into the wrong field
        before = len(env.kinds())
        dlg.ok.click()
        await env.settle()
        assert dlg.isVisible() and "联系电话" in dlg.error.text()
        assert len(env.kinds()) == before
        dlg.phone.clear()
        qtbot.keyClicks(dlg.phone, "0827-5551234")
        dlg.ok.click()
        await env.settle()
        ev = env.journal.query(kinds=["incident.reported"])[-1]
        assert ev.payload["reporter"]["phone"] == "0827-5551234"

    env.run(steps())


def test_intake_subtype_and_threatened_households_and_people(env, qtbot):
    async def steps():
        dlg = _intake(env, qtbot)
        dlg.type.lineEdit().selectAll()
        ime(dlg.type.lineEdit(), "泥石流")
        ime(dlg.township, "盘石")
        dlg.township.editingFinished.emit()
        dlg.threatened["threatened_households"].setValue(62)
        dlg.threatened["threatened_people"].setValue(138)
        dlg.ok.click()
        await env.settle()
        ev = env.journal.query(kinds=["incident.reported"])[-1]
        p = ev.payload
        assert (p["type"], p["subtype"]) == ("landslide", "debris_flow")
        assert (p["threatened_households"], p["threatened_people"]) == (62, 138)
        assert p["title"] == "盘石镇泥石流"
        detail = env.window.pane("pane.detail")
        assert detail.fields["type"].text() == "地质灾害·泥石流"
        assert "62" in detail.fields["threat"].text() and "138" in detail.fields["threat"].text()
        assert any("地质灾害·泥石流" in t for t in env.log_texts())

    env.run(steps())


def test_alt_w_reaches_the_date_when_the_officer_wants_it(env, qtbot):
    async def steps():
        dlg = _intake(env, qtbot)
        with warnings.catch_warnings():  # offscreen windows only activate when told to
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(dlg)  # a mnemonic is a window shortcut
        assert dlg.isActiveWindow()
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert dlg.focusWidget() is dlg.when

    env.run(steps())
