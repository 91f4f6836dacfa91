"""Two desks on a real in-process hub: a dispatch clicked on one appears on the other."""

from __future__ import annotations

import asyncio
import contextlib

from desk_fixtures import DeskEnv

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


def test_dispatch_on_one_desk_appears_on_the_other(qtbot, qloop, tmp_path):
    a = DeskEnv(qtbot, qloop, tmp_path / "a.db")  # the desk serving the embedded hub
    journal_b = Journal(tmp_path / "b.db", authority=False)
    station_b = Station(journal_b, station="desk-b", actor="李娜")
    desk_b = Desk(station_b)
    window_b = MainWindow(desk_b)
    qtbot.addWidget(window_b)
    window_b.show()

    async def steps():
        hub = await start_embedded_hub(a.station)
        link = Link(station_b, hub.url, await hub.add_station("desk-b", "desk"))
        desk_b.link = link
        link.start()
        try:
            await until(
                lambda: link.state.status is Status.ONLINE and station_b.upto == a.station.upto
            )
            desk_b.flush()
            teams_b = window_b.pane("pane.teams").model
            assert teams_b.index(teams_b.row_of("TM1"), 4).data() == "待命"
            assert "在线" in window_b.status.link_text()[0]

            dlg = a.actions.dispatch("I1")  # clicked on desk A
            dlg.check("TM1")
            dlg.task_edit.setText("人员搜救")
            dlg.accept()
            await a.settle()
            await until(lambda: station_b.state.teams["TM1"].status == "dispatched")
            desk_b.flush()
            assert teams_b.index(teams_b.row_of("TM1"), 4).data() == "已派出"
            log_b = [r.text for r in window_b.pane("pane.log").model.rows]
            assert any("派遣" in t and "TM1救援队" in t for t in log_b), log_b[-5:]

            # and back: desk B files a 续报, desk A sees it
            await desk_b.submit([("incident.followup", {"incident": "I1", "text": "现场续报"})])
            await until(lambda: len(a.station.state.incidents["I1"].followups) == 1)
            a.desk.flush()
            assert any(r.station == "desk-b" for r in a.window.pane("pane.log").model.rows)
        finally:
            await link.close()
            await hub.close()
            await desk_b.drain()

    a.run(steps())
    desk_b.close()
    with contextlib.suppress(RuntimeError):
        window_b.close()
    station_b.writer.close()
    journal_b.close()
    a.close()
