"""The desk's status bar tells the truth about the hub: online with the age of the last contact,
offline with the reason when the hub stops cleanly, online again after it restarts."""

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


async def until(pred, timeout: float = 20.0) -> None:
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(0.02)


def test_status_bar_shows_contact_age_and_a_clean_hub_stop(qtbot, qloop, tmp_path):
    a = DeskEnv(qtbot, qloop, tmp_path / "a.db")  # the desk serving the embedded hub
    journal_b = Journal(tmp_path / "b.db", authority=False)
    station_b = Station(journal_b, station="desk-b", actor="李娜")
    desk_b = Desk(station_b)
    window_b = MainWindow(desk_b)
    qtbot.addWidget(window_b)
    window_b.resize(1366, 768)
    window_b.show()
    bar = window_b.status

    async def steps():
        hub = await start_embedded_hub(a.station)
        port = hub.port
        link = Link(station_b, hub.url, await hub.add_station("desk-b", "desk"), keepalive=0.3)
        desk_b.link = link
        shown: list[tuple[str, str]] = []  # what the bar said at each change of the link

        def repaint(_state) -> None:
            bar.refresh()
            shown.append(bar.link_text())

        link.subscribe(repaint)
        link.start()
        try:
            await until(lambda: link.state.status is Status.ONLINE)
            bar.refresh()
            text = bar.link_text()[0]
            assert "在线" in text and "最近联系" in text and "秒前" in text, text
            await hub.close()  # a clean stop: 1001 to every station
            await until(lambda: link.state.status is Status.OFFLINE)
            said = [(t, c) for t, c in shown if "1001" in t]
            assert said, shown[-3:]
            text, colour = said[0]
            assert "离线" in text and "最近联系" in text and colour == "offline", text
            window_b.grab().save(str(tmp_path / "offline.png"))
            hub = await start_embedded_hub(a.station, port=port)
            await until(lambda: link.state.status is Status.ONLINE)
            bar.refresh()
            assert "在线" in bar.link_text()[0]
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
