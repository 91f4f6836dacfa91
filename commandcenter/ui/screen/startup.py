"""Start-up of the big screen: its own journal and a read-only Station (role screen) joined
to a hub through a Link, the window, the freshness probe — and for `--demo`, a demo county
with its drill feed served by an in-process hub, all in a fresh temporary folder.

`--demo` never opens a real database: the demo centre's journal and the screen's journal are
created in a temporary directory that is removed on exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.db import data_dir
from commandcenter.store.writer import Writer

from ..desk import Desk
from .context import ScreenContext
from .freshness import Freshness
from .rotation import Rotation
from .window import ScreenWindow


@dataclass
class ScreenOptions:
    demo: bool = False
    db: str | None = None
    hub: str | None = None
    token: str | None = None
    station: str = "screen"
    screenshot: str | None = None
    size: tuple[int, int] | None = None
    page: str | None = None  # show (and pin) this page; with a screenshot, the page shot
    rotate: float | None = None  # seconds per page (the setting screen/rotate_seconds)
    lock: bool = False
    duty_phone: str = ""
    drill_seconds: float = 3.0
    interval: float = 2.0  # expected seconds between contacts with the hub
    lang: str | None = None  # zh_CN or en (default: the saved ui/language, else Chinese)


def rotate_setting(value: float | None) -> float:
    s = QSettings()
    if value is not None:
        s.setValue("screen/rotate_seconds", value)
        return value
    try:
        return max(5.0, float(s.value("screen/rotate_seconds", 20)))
    except (TypeError, ValueError):
        return 20.0


class DemoCentre:
    """The demo command centre the screen watches: demo county, drill feed, embedded hub."""

    def __init__(self, folder: Path, writer: Writer) -> None:
        from commandcenter.demo import init_demo

        self.journal = Journal(folder / "centre.db")
        init_demo(self.journal, now=datetime.now(UTC))
        self.station = Station(self.journal, station="demo-centre", actor="值班员", writer=writer)
        self.hub = None
        self.drill = None
        self._tasks: set[asyncio.Task] = set()

    async def start(self, seconds: float) -> tuple[str, str]:
        from commandcenter.demo import DrillFeed
        from commandcenter.hub.embedded import start_embedded_hub

        self.hub = await start_embedded_hub(self.station, "127.0.0.1", 0)
        token = await self.hub.add_station("screen-demo", "screen")
        self.drill = DrillFeed(int(datetime.now(UTC).timestamp()))
        self.timer = QTimer(interval=int(seconds * 1000), timeout=self.step)
        self.timer.start()
        return self.hub.url, token

    def step(self) -> None:
        decisions = self.drill.next(self.station.state, self.station.clock())
        if decisions:
            t = asyncio.ensure_future(self.station.submit_many(decisions))
            self._tasks.add(t)
            t.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        if self.drill:
            self.timer.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.hub:
            await self.hub.close()


class ScreenLauncher:
    def __init__(self, opts: ScreenOptions) -> None:
        self.opts = opts
        self.finished = asyncio.Event()
        self.writer = Writer()
        self.centre: DemoCentre | None = None
        self.folder: Path | None = None
        self.link = None
        self.window: ScreenWindow | None = None
        self.desk: Desk | None = None
        self._tasks: set[asyncio.Task] = set()

    def _spawn(self, coro) -> None:
        t = asyncio.ensure_future(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)

    async def start(self) -> ScreenWindow:
        o = self.opts
        hub, token, station_id = o.hub, o.token or "", o.station
        if o.demo:
            self.folder = Path(tempfile.mkdtemp(prefix="commandcenter-screen-demo-"))
            self.centre = await self.writer.run(DemoCentre, self.folder, self.writer)
            hub, token = await self.centre.start(o.drill_seconds)
            path, station_id = self.folder / "screen.db", "screen-demo"
        else:
            path = o.db or str(data_dir() / "screen.db")
        journal = await self.writer.run(lambda: Journal(path, authority=False))
        station = Station(
            journal, station=station_id, actor="大屏", role="screen", writer=self.writer
        )
        from commandcenter.link import Link

        self.link = Link(station, hub, token)
        self.desk = Desk(station, demo=o.demo)
        fresh = Freshness(interval=o.interval)
        ctx = ScreenContext(self.desk, fresh, demo=o.demo, duty_phone=o.duty_phone, link=self.link)
        from commandcenter.stats import STAT_KINDS

        ctx.add_events(await station.read(lambda: journal.query(kinds=STAT_KINDS)))
        rotation = Rotation([cls.KEY for cls in _pages()], seconds=rotate_setting(o.rotate))
        if o.page:
            rotation.pin(o.page)
        if o.lock:
            rotation.lock(True, o.page)
        size = o.size or QApplication.primaryScreen().size().toTuple()
        self.window = ScreenWindow(ctx, rotation, size)
        self.link.start()
        self._spawn(self._probe(fresh))
        if o.size:
            self.window.resize(*o.size)
            self.window.show()
        else:
            self.window.showFullScreen()
        # once the first page is up: 一张图 draws its county, then the heap is frozen
        map_page = self.window.pages["map"]
        # a timer the launcher owns and stops: a context singleShot is a parentless QTimer
        # that outlived a screen closed within 300 ms (the tests' timer check caught it)
        self._settle = QTimer(self.window, singleShot=True, interval=300)
        self._settle.timeout.connect(lambda: self._built(map_page))
        self._settle.start()
        if o.screenshot:
            self._spawn(self._screenshot())
        return self.window

    def _built(self, map_page) -> None:
        """Every page is built: keep the long-lived heap out of the collector's full walks
        (a gen-2 collection over it stalled the desk ~110 ms; see Desk.settle_heap)."""
        map_page.maybe_refresh(force=True)
        self.desk.settle_heap()

    async def _probe(self, fresh: Freshness) -> None:
        """Every interval: ask the hub for a pong (a quiet hub is still heard from)."""
        from commandcenter.link import Status

        while True:
            if self.link.state.status in (Status.ONLINE, Status.SYNCING):
                await self.link.probe(timeout=fresh.interval)
            self.window.ctx.observe_link()
            await asyncio.sleep(fresh.interval)

    async def _screenshot(self) -> None:
        from commandcenter.link import Status

        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(30):
                await self.link.wait_until(lambda s: s.status is Status.ONLINE)
        await asyncio.sleep(self.opts.drill_seconds * 1.5 if self.centre else 1.0)
        self.desk.flush()
        w = self.window
        w.tick()
        w.pages[w.shown].maybe_refresh(force=True)
        await asyncio.sleep(1.2)  # the focus page's journal read, the map's first draw
        w.pages[w.shown].dirty = True
        w.show_page(w.shown, force=True)
        w.tick()
        await asyncio.sleep(0.2)
        w.grab().save(self.opts.screenshot)
        print(f"screenshot: {self.opts.screenshot}", file=sys.stderr)
        self.finished.set()

    async def stop(self) -> None:
        if self.window:
            self._settle.stop()
            self.window.close_timers()
        if self.link is not None:
            await self.link.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.desk:
            await self.desk.drain()
            self.desk.close()
        if self.centre:
            await self.centre.stop()
        if self.desk:
            await self.writer.run(self.desk.station.journal.close)
        if self.centre:
            await self.writer.run(self.centre.journal.close)
        self.writer.close()
        if self.window:
            self.window.hide()
            self.window.deleteLater()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def _pages():
    from .pages import PAGES

    return PAGES


async def main(opts: ScreenOptions) -> int:
    app = QApplication.instance()
    launcher = ScreenLauncher(opts)
    app.aboutToQuit.connect(launcher.finished.set)
    app.setQuitOnLastWindowClosed(True)
    await launcher.start()
    await launcher.finished.wait()
    await launcher.stop()
    return 0


def run(opts: ScreenOptions) -> int:
    """Entry point of `commandcenter screen`: QApplication, theme, one qasync loop."""
    import os

    os.environ.setdefault("QT_API", "pyside6")
    if opts.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from .. import i18n
    from ..theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("commandcenter")
    app.setApplicationName("screen")
    i18n.install(app, i18n.chosen_language(opts.lang))
    apply_theme(app)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main(opts))
