"""Start-up of the desk: open the journal and station off the GUI thread, show the window,
then join a hub (or serve the embedded one), start the drill feed, offer the demo county.

Order matters for the first paint: the journal and the situation (snapshot + replay) load on
the writer thread while the loop keeps running; the window is built from the loaded state
and shown; pyqtgraph, the hub and the decision log's history follow after the first paint.
"""

from __future__ import annotations

import asyncio
import os
import sys
from concurrent.futures import Future
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from commandcenter import heap
from commandcenter.station import Station
from commandcenter.store.writer import Writer

from .desk import Desk
from .drill_menu import install as install_drill_menu
from .drill_mode import DrillMode
from .main_window import MainWindow
from .opening import DeskOptions, open_station


def _tr(text: str) -> str:
    # a module-level context: lupdate cannot see the class behind `window.tr`
    return QCoreApplication.translate("Launcher", text)


class Launcher:
    def __init__(
        self,
        opts: DeskOptions,
        *,
        started: float | None = None,
        writer: Writer | None = None,
        opening: Future | None = None,
    ) -> None:
        self.opts = opts
        self.started = started
        self.finished = asyncio.Event()
        self.writer = writer or Writer()
        self._opening = opening  # open_station already under way on `writer` (ui.app.run)
        self.station: Station | None = None
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.hub = None
        self.link = None
        self.drill = None
        self._drill_timer: QTimer | None = None
        self._tasks: set[asyncio.Task] = set()
        self._started = False  # hub, drill and first-start offer run once, not per window
        self.drill_mode = DrillMode(self)

    async def start(self) -> MainWindow:
        if self._opening is not None:
            self.station = await asyncio.wrap_future(self._opening)
            self._opening = None
        else:
            self.station = await self.writer.run(open_station, self.opts, self.writer)
        self._build_window()
        return self.window

    def _build_window(self, station: Station | None = None, drill: DrillMode | None = None) -> None:
        self.desk = Desk(station or self.station, demo=self.opts.demo or drill is not None)
        self.window = MainWindow(self.desk)
        install_drill_menu(self.window, self.drill_mode)
        if drill is not None:
            drill.decorate(self.window)
        # a 24-hour desk asks before it goes; closing it ends the run (no Qt quit mid-await)
        self.window.ask_before_quit = not (self.opts.screenshot or self.opts.first_paint_exit)
        self.window.closed.connect(self.finished.set)
        self.window.apply_language = lambda code: self._spawn(self.relanguage(code))
        small = False
        if self.opts.size:
            self.window.resize(*self.opts.size)
        elif not self.opts.screenshot:
            small = self.window.fit_screen()  # the screen it opens on, not a fixed 1920×1080
            small = not self.window.restore_layout() and small
        self.window.first_paint.connect(self._after_paint)
        if small:
            self.window.showMaximized()
        else:
            self.window.show()

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    spawn = _spawn

    async def show_station(self, station: Station, drill: DrillMode | None = None) -> None:
        """Rebuild the window on `station` (a drill world's, or the real one coming back)."""
        await self._teardown_window()
        self._build_window(station, drill)
        if drill is None:  # back on the real station: its link and hub kept running
            if self.link is not None:
                self.desk.attach(self.link)
            self.desk.hub = self.hub
            self.window.status.refresh()

    def _after_paint(self) -> None:
        if self._started:  # a rebuilt window (drill mode): the hub and feed already run
            return
        self._started = True
        heap.release()  # held since the command started (commandcenter/heap.py)
        if self.opts.first_paint_exit:
            import time

            print(f"FIRST_PAINT {time.perf_counter() - (self.started or 0):.3f}", flush=True)
            self.finished.set()
            return
        self._spawn(self._connect())
        if self.opts.demo:
            self._start_drill()
        if self.opts.screenshot:
            self._spawn(self._screenshot())
        elif self.desk.state.county is None and not self.opts.demo:
            self._offer_demo()

    # ------------------------------------------------------------ hub
    async def _connect(self) -> None:
        try:
            if self.opts.hub:
                from commandcenter.link import Link

                self.link = Link(
                    self.station, self.opts.hub, self.opts.token or "", ca=self.opts.ca
                )
                self.desk.attach(self.link)
                self.link.subscribe(lambda _s: self.window.status.refresh())
                self.link.start()
            elif self.opts.serve and self.station.journal.authority:
                from commandcenter.hub.embedded import start_embedded_hub

                port = int(os.environ.get("COMMANDCENTER_HUB_PORT", "0"))
                self.hub = await start_embedded_hub(self.station, "127.0.0.1", port)
                self.desk.hub = self.hub
                self.window.status.refresh()
        except (ImportError, OSError, ValueError) as exc:
            self.desk.message.emit(_tr("中心连接未启动: {0}").format(exc), True)

    # ------------------------------------------------------------ drill
    def _start_drill(self) -> None:
        from commandcenter.demo import DrillFeed

        if self.drill is None:  # the same feed across a rebuilt window: its ids stay unique
            self.drill = DrillFeed(int(datetime.now(UTC).timestamp()))
        self._drill_timer = QTimer(self.window, interval=int(self.opts.drill_seconds * 1000))
        self._drill_timer.timeout.connect(self._drill_step)
        self._drill_timer.start()

    def _drill_step(self) -> None:
        decisions = self.drill.next(self.desk.state, self.station.clock())
        if decisions:
            self.desk.submit(decisions)

    # ------------------------------------------------------------ language
    async def relanguage(self, code: str) -> None:
        """Apply a language at once: install its translators and rebuild the window (every
        string is set when a pane is built), keeping the selection, the layout, the hub."""
        from . import i18n

        i18n.install(QApplication.instance(), code)
        old = self.window
        geometry, state = old.saveGeometry(), old.saveState()
        selected, link, hub = self.desk.incident, self.desk.link, self.desk.hub
        drilling = self._drill_timer is not None and self._drill_timer.isActive()
        drill = self.drill_mode if self.drill_mode.active else None
        await self._teardown_window()
        self._build_window(self.desk.station if drill else None, drill)
        self.window.restoreGeometry(geometry)
        self.window.restoreState(state)
        self.desk.link, self.desk.hub = link, hub
        if drilling:
            self._start_drill()
        self.desk.select(selected)
        self.window.status.refresh()

    # ------------------------------------------------------------ first start
    def _offer_demo(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("首次启动"),
            _tr("本机还没有县情数据。是否载入演示县(青山县)以便熟悉值班台？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.accepted.connect(lambda: self._spawn(self._load_demo()))
        box.open()
        self._offer = box

    async def _load_demo(self) -> None:
        from commandcenter.demo import init_demo

        await self.station.read(init_demo, self.station.journal)
        await self._teardown_window()
        await self.writer.run(self.station.journal.close)  # frees the writer lock to reopen
        if self._opening is not None:
            self.station = await asyncio.wrap_future(self._opening)
            self._opening = None
        else:
            self.station = await self.writer.run(open_station, self.opts, self.writer)
        self._build_window()

    # ------------------------------------------------------------ screenshot
    async def _screenshot(self) -> None:
        for _ in range(3 if self.drill else 0):  # a few drill items: the shot shows a live drill
            self._drill_step()
        await self.desk.drain()
        s = self.desk.state
        open_ = [i for i in s.incidents.values() if i.status != "closed"]
        if open_:
            best = max(
                open_, key=lambda i: (len(i.teams) + len(i.followups) + len(i.videos), -i.severity)
            )
            self.desk.select(best.id)
        await asyncio.sleep(2.5)  # drill items arrive, the log and timeline load, the map draws
        self.desk.flush()
        await asyncio.sleep(0.3)
        self.window.grab().save(self.opts.screenshot)
        print(f"screenshot: {self.opts.screenshot}", file=sys.stderr)
        self.finished.set()

    # ------------------------------------------------------------ shutdown
    async def _teardown_window(self) -> None:
        if self._drill_timer:
            self._drill_timer.stop()
        if self.desk:
            await self.desk.drain()
            self.desk.close()
        if self.window:
            if getattr(self.window, "drill_frame", None) is None:
                self.window.save_layout()
            self.window.hide()
            self.window.deleteLater()

    async def stop(self) -> None:
        await self.drill_mode.shutdown()
        if self.link is not None:
            await self.link.close()
        if self.hub is not None:
            await self.hub.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._teardown_window()
        if self.station is not None:
            await self.writer.run(self.station.journal.close)
        self.writer.close()


async def main(
    opts: DeskOptions,
    started: float | None = None,
    writer: Writer | None = None,
    opening: Future | None = None,
) -> int:
    app = QApplication.instance()
    launcher = Launcher(opts, started=started, writer=writer, opening=opening)
    app.aboutToQuit.connect(launcher.finished.set)
    # The window's `closed` ends the run; Qt quitting by itself on the last window would stop
    # the loop under main() ("Event loop stopped before Future completed", exit status 1).
    app.setQuitOnLastWindowClosed(False)
    await launcher.start()
    await launcher.finished.wait()
    await launcher.stop()
    return 0
