"""The big screen and the leader's seat on a real hub (pytest-qt, real sockets, real windows).

Desk A serves the embedded hub on 127.0.0.1; the screen joins it through `ScreenLauncher`
(the code `commandcenter screen --hub` runs) with a token of role screen; a leader's desk
joins with a token of role leader.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt

from commandcenter.hub.embedded import start_embedded_hub
from commandcenter.link import Link, Status
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.ui.desk import Desk
from commandcenter.ui.main_window import MainWindow
from commandcenter.ui.screen.startup import ScreenLauncher, ScreenOptions


async def until(pred, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(0.05)


class Live:
    """Desk A + its hub + a screen joined to it."""

    def __init__(self, qtbot, qloop, tmp_path) -> None:
        self.a = DeskEnv(qtbot, qloop, tmp_path / "a.db")
        self.tmp = tmp_path

    def run(self, steps) -> None:
        """Start, run the scenario, stop: one coroutine, so no timer fires between loop runs."""

        async def whole():
            await self.start()
            try:
                await steps()
            finally:
                await self.stop()

        try:
            self.a.run(whole())
        finally:
            self.a.close()

    async def start(self) -> None:
        shift = {"shift": "S1", "officer": "张伟", "leader": "王局"}
        await self.a.desk.submit([("shift.started", shift)])
        await self.a.settle()
        self.hub = await start_embedded_hub(self.a.station)
        token = await self.hub.add_station("screen-1", "screen")
        opts = ScreenOptions(
            hub=self.hub.url,
            token=token,
            db=str(self.tmp / "screen.db"),
            station="screen-1",
            size=(1920, 1080),
            rotate=600,
        )
        self.screen = ScreenLauncher(opts)
        self.window = await self.screen.start()  # the launcher closes it
        await until(lambda: self.screen.link.state.status is Status.ONLINE)
        await until(lambda: self.screen.desk.station.upto == self.a.station.upto)

    async def stop(self) -> None:
        await self.screen.stop()
        await self.hub.close()
        await self.a.desk.drain()


def test_a_dispatch_on_a_desk_reaches_the_screen(qtbot, qloop, tmp_path):
    live = Live(qtbot, qloop, tmp_path)

    async def steps():
        w = live.window
        assert w.shown == "overview"
        assert "0 支" in w.pages["overview"].teams.text()
        dlg = live.a.actions.dispatch("I1")
        dlg.check("TM1")
        dlg.task_edit.setText("人员搜救")
        dlg.accept()
        await live.a.settle()
        await until(lambda: live.screen.desk.station.state.teams["TM1"].status == "dispatched")
        await until(lambda: "1 支" in w.pages["overview"].teams.text())
        assert "30 人在外" in w.pages["overview"].people.text()
        assert w.pages["overview"].tiles[2].age.text().startswith("更新于")
        w.grab().save(str(tmp_path / "overview.png"))
        # the operator's keys: 2 goes to 一张图, P pins it, L locks the view, 4 then does nothing
        qtbot.keyClick(w, Qt.Key.Key_2)
        assert w.shown == "map" and w.page_title.text() == "一张图"
        qtbot.keyClick(w, Qt.Key.Key_P)
        assert w.rotation.pinned == "map" and "已固定" in w.mode.text()
        qtbot.keyClick(w, Qt.Key.Key_L)
        qtbot.keyClick(w, Qt.Key.Key_4)
        assert w.shown == "map" and "已锁定" in w.mode.text()
        qtbot.keyClick(w, Qt.Key.Key_L)
        qtbot.keyClick(w, Qt.Key.Key_4)
        assert w.shown == "stats"

    live.run(steps)


def test_dropping_the_hub_shows_the_banner_within_10_s(qtbot, qloop, tmp_path):
    live = Live(qtbot, qloop, tmp_path)

    async def steps():
        w = live.window
        await asyncio.sleep(1.2)
        assert not w.banner.isVisible()
        t0 = time.monotonic()
        await live.hub.close()
        await until(w.banner.isVisible, timeout=10)
        took = time.monotonic() - t0
        assert "与指挥中心失去连接" in w.banner.text() and "最后同步" in w.banner.text()
        print(f"banner after {took:.1f} s")
        await asyncio.sleep(4.5)  # past 2× the interval: the header is no longer green
        assert w.sync.property("stale") in ("amber", "red")
        assert w.pages[w.shown].tiles[0].age.property("stale") in ("amber", "red")
        # the centre comes back on the same address (its tokens kept): the screen reconnects
        live.hub = await start_embedded_hub(live.a.station, "127.0.0.1", live.hub.port)
        await until(lambda: not w.banner.isVisible(), timeout=15)

    live.run(steps)


def test_a_push_from_the_desk_switches_the_page(qtbot, qloop, tmp_path):
    live = Live(qtbot, qloop, tmp_path)

    async def steps():
        w = live.window
        la = live.a.window.leader
        assert w.shown == "overview"
        dlg = la.push()
        dlg.widgets["target"].setCurrentIndex(dlg.widgets["target"].findData("stats"))
        dlg.widgets["seconds"].setValue(60)
        dlg.accept()
        await live.a.settle()
        await until(lambda: w.shown == "stats")
        assert "大屏推送" in w.mode.text()

        live.a.desk.select("I1")
        dlg = la.push()  # the selected incident is offered first
        assert dlg.widgets["target"].currentData() == "incident"
        dlg.accept()
        await live.a.settle()
        await until(lambda: w.shown == "focus")
        await until(lambda: "I1 滑坡" in w.pages["focus"].title_lab.text())
        assert w.rotation.push.incident == "I1"

    live.run(steps)


def test_a_leaders_instruction_reaches_a_desk_and_the_screen(qtbot, qloop, tmp_path):
    live = Live(qtbot, qloop, tmp_path)
    journal_l = Journal(tmp_path / "leader.db", authority=False)
    station_l = Station(journal_l, station="leader-1", actor="王局", role="leader")
    desk_l = Desk(station_l)
    window_l = MainWindow(desk_l)
    qtbot.addWidget(window_l)
    window_l.show()
    said: list[str] = []
    live.a.desk.message.connect(lambda text, _err: said.append(text))

    async def steps():
        token = await live.hub.add_station("leader-1", "leader")
        link = Link(station_l, live.hub.url, token)
        link.start()
        try:
            await until(lambda: station_l.upto == live.a.station.upto)
            acts = {a.text(): a for a in window_l.leader_menu.actions()}
            assert acts["批示…"].isEnabled() and acts["带班领导签字…"].isEnabled()
            desk_l.select("I1")
            dlg = window_l.leader.instruct()
            dlg.widgets["text"].setPlainText("全力搜救被困人员, 注意防范次生灾害")
            dlg.accept()
            await desk_l.drain()
            await until(lambda: live.a.station.state.instructions)
            live.a.desk.flush()
            log = [r.text for r in live.a.window.pane("pane.log").model.rows]
            assert any("批示" in t and "全力搜救" in t for t in log), log[-3:]
            assert any("领导批示" in t for t in said), said
            ins = next(iter(live.a.station.state.instructions.values()))
            assert ins.leader == "王局" and ins.incident == "I1"
            overview = live.window.pages["overview"]
            await until(lambda: "全力搜救" in overview.instructions.text())
        finally:
            await link.close()
            await desk_l.drain()
            desk_l.close()
            with contextlib.suppress(RuntimeError):
                window_l.close()

    try:
        live.run(steps)
    finally:
        station_l.writer.close()
        journal_l.close()
