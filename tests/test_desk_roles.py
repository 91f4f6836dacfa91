"""A desk started with a field token on a real hub: it offers only what a field station may
do, a rejected decision (forced through the API) is shown with the hub's reason and voided
from the status bar, and a later 续报 reaches the hub."""

from __future__ import annotations

import asyncio
import contextlib

from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt

from commandcenter.hub.embedded import start_embedded_hub
from commandcenter.link import Link, Status
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.ui.desk import Desk
from commandcenter.ui.main_window import MainWindow


async def until(pred, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(0.02)


def test_field_token_desk_hides_forbidden_actions_and_voids_a_rejection(qtbot, qloop, tmp_path):
    hub_desk = DeskEnv(qtbot, qloop, tmp_path / "hub.db")  # the hub's authority journal
    journal = Journal(tmp_path / "field.db", authority=False)
    station = Station(journal, station="field-b", actor="乡镇值班员")  # believes it is a desk
    desk = Desk(station)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    detail = window.pane("pane.detail")
    assert detail.buttons["dispatch"].isVisible()  # a desk, until the hub says otherwise

    async def steps():
        hub = await start_embedded_hub(hub_desk.station)
        link = Link(station, hub.url, await hub.add_station("field-b", "field"))
        desk.attach(link)
        link.start()
        try:
            await until(lambda: link.state.status is Status.ONLINE and station.upto > 0)
            assert station.role == "field" and link.role == "field"
            desk.flush()
            desk.select("I1")
            # forbidden actions are not offered (hidden, not greyed); allowed ones are
            for key in ("dispatch", "verify", "close", "respond", "phone", "transfer"):
                assert not detail.buttons[key].isVisible(), key
            assert detail.buttons["followup"].isVisible()
            assert window.intake_action.isVisible()  # 接报 is a field duty
            menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()
                          if a.isVisible()]  # fmt: skip
            assert "派遣队伍…" not in menu_texts and "交接班…" not in menu_texts
            teams = window.pane("pane.teams")
            shown = [b.text() for b in teams.findChildren(type(detail.buttons["followup"]))
                     if b.isVisible()]  # fmt: skip
            assert "到场" in shown and "派往当前事件…" not in shown

            # a dispatch forced through the API: the hub rejects it with its reason
            station.role = "desk"
            forced = await station.submit("team.dispatched", {"team": "TM1", "incident": "I1"})
            station.role = "field"
            later = await station.submit(
                "incident.followup", {"incident": "I1", "text": "乡镇续报: 水位回落"}
            )
            await until(lambda: link.state.rejected is not None)
            bar = window.status.rejection
            window.status.refresh()
            assert bar.isVisible() and "field" in bar.text.text()
            assert hub_desk.station.state.teams["TM1"].status == "standby"
            qtbot.mouseClick(bar.void_button, Qt.MouseButton.LeftButton)
            await until(lambda: not station.pending and link.state.rejected is None)
            await until(lambda: len(hub_desk.station.state.incidents["I1"].followups) == 1)
            assert hub_desk.station.state.incidents["I1"].followups[0].event == later.id
            assert hub_desk.station.state.voided == {forced.id: station.state.voided[forced.id]}
            assert hub_desk.station.state.teams["TM1"].status == "standby"  # never applied
            window.status.refresh()
            assert not bar.isVisible()
        finally:
            await link.close()
            await hub.close()
            await desk.drain()

    hub_desk.run(steps())
    desk.close()
    with contextlib.suppress(RuntimeError):
        window.close()
    station.writer.close()
    journal.close()
    hub_desk.close()


def test_a_window_built_for_a_field_or_leader_station_offers_only_what_it_may_do(
    qtbot, qloop, tmp_path
):
    # the window rebuilt after a drill or a language change is built on a station whose role
    # the hub already named: apply_role runs before the window is shown, when every widget's
    # isVisible() is False; forbidden buttons were left to appear with the window
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from commandcenter.domain.roles import may_submit
    from commandcenter.ui.roles import PROP

    env = DeskEnv(qtbot, qloop, tmp_path / "hub.db")
    try:
        for role in ("field", "leader", "desk"):
            station = Station(env.journal, station="s-" + role, actor="值班员", role=role)
            desk = Desk(station)
            window = MainWindow(desk)
            qtbot.addWidget(window)
            window.show()
            for p in window.panes.values():
                p.ensure_built()
            offered = [
                o
                for o in [*window.findChildren(QWidget), *window.findChildren(QAction)]
                if o.property(PROP)
            ]
            shown = {
                o.property(PROP)
                for o in offered
                if (o.isVisible() if isinstance(o, QAction) else not o.isHidden())
            }
            assert shown, role
            assert {k for k in shown if not may_submit(role, k)} == set(), role
            window.close()
            desk.close()
    finally:
        env.close()
