"""Start-up of the field station: open its journal (a station journal, never the authority),
join the hub through a `Link`, learn its scope from the welcome, show the window.

The scope (township / village) comes from the hub's station record in the welcome and is kept
in the journal's settings, so a station that starts while the hub is unreachable still knows
where it is and works offline at once. A token of another role is refused with a sentence.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from commandcenter.domain.scope import Scope
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.db import data_dir
from commandcenter.store.writer import Writer

from .controller import FieldDesk
from .window import FieldWindow

SCOPE_KEY = "field_scope"
STATION_KEY = "field_station"


@dataclass
class FieldOptions:
    demo: bool = False
    db: str | None = None
    hub: str | None = None
    token: str | None = None
    station: str | None = None
    actor: str = "值守员"
    screenshot: str | None = None
    size: tuple[int, int] | None = None
    lang: str | None = None
    home: Path | None = None  # where --demo keeps its own databases (default: user data)


def _tr(text: str) -> str:
    # a module-level context: lupdate cannot see the class behind `window.tr`
    return QCoreApplication.translate("FieldLauncher", text)


class StartError(Exception):
    """The field station cannot start; the message says why in one sentence."""


def open_field_station(opts: FieldOptions, writer: Writer, home: Path) -> Station:
    """Open the station journal and build the station (runs on the writer thread)."""
    if opts.demo:
        from .demo import FIELD_NAME, fresh_journal

        journal = fresh_journal(home / "field-demo.db", authority=False)
        sid = FIELD_NAME
    else:
        journal = Journal(opts.db or (home / "field.db"), authority=False)
        sid = opts.station or journal.setting(STATION_KEY) or ""
        if not sid:
            journal.close()
            raise StartError(
                "first start: give --station NAME (the name the hub issued the token to)"
            )
        if journal.authority:
            journal.close()
            raise StartError(
                f"{opts.db} is a hub's or a desk's journal; a field station needs its own"
            )
        journal.set_setting(STATION_KEY, sid)
    return Station(journal, station=sid, actor=opts.actor, role="field", writer=writer)


class FieldLauncher:
    def __init__(self, opts: FieldOptions) -> None:
        self.opts = opts
        self.home = opts.home or data_dir()
        self.finished = asyncio.Event()
        self.writer = Writer("field-writer")
        self.station: Station | None = None
        self.desk: FieldDesk | None = None
        self.window: FieldWindow | None = None
        self.county = None  # the demo county and its hub, for --demo
        self.link = None
        self._tasks: set[asyncio.Task] = set()
        self._stopped = False

    async def start(self) -> FieldWindow:
        self.home.mkdir(parents=True, exist_ok=True)
        url, token = self.opts.hub, self.opts.token or ""
        if self.opts.demo:
            from .demo import start_demo_county

            self.county = await start_demo_county(self.home)
            url, token = self.county.hub.url, self.county.token
        self.station = await self.writer.run(open_field_station, self.opts, self.writer, self.home)
        saved = await self.writer.run(self.station.journal.setting, SCOPE_KEY)
        self.desk = FieldDesk(
            self.station, scope=Scope.parse(saved) if saved else None, demo=self.opts.demo
        )
        self.window = FieldWindow(self.desk)
        self.window.resize(*(self.opts.size or (1366, 768)))
        self.window.show()
        from commandcenter.link import Link

        self.link = Link(self.station, url, token)
        self.link.on_welcome = self._welcomed
        self.desk.link = self.link
        self.link.subscribe(lambda _s: self.window.header.refresh())
        self.link.start()
        if self.opts.screenshot:
            self._spawn(self._screenshot())
        return self.window

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _welcomed(self, welcome) -> None:
        if welcome.role != "field":
            self.desk.message.emit(
                _tr("此令牌属于 {0} 站点, 不是乡镇(村)站点").format(welcome.role), True
            )
            return
        if not welcome.township:
            self.desk.message.emit(_tr("中心未为本站登记所属乡镇, 请联系管理员"), True)
            return
        scope = Scope(welcome.township, welcome.village)
        if scope != self.desk.scope:
            self._spawn(self.station.read(self.station.journal.set_setting, SCOPE_KEY, str(scope)))
            self.desk.set_scope(scope)

    # ------------------------------------------------------------ screenshot
    async def _screenshot(self) -> None:
        from commandcenter.link import Status

        try:
            async with asyncio.timeout(20):
                await self.link.wait_until(lambda s: s.status is Status.ONLINE)
                while self.desk.scope is None:
                    await asyncio.sleep(0.05)
        except TimeoutError:
            print("screenshot: the hub did not answer in time", file=sys.stderr)
        if self.opts.demo:
            from .demo_steps import act_a_little

            await act_a_little(self.desk, self.window)
        await self.desk.drain()
        self.desk.flush()
        await asyncio.sleep(0.5)
        self.window.grab().save(self.opts.screenshot)
        print(f"screenshot: {self.opts.screenshot}", file=sys.stderr)
        self.finished.set()

    # ------------------------------------------------------------ shutdown
    async def stop(self) -> None:
        if self._stopped:  # idempotent: quit and a failed start may both call it
            return
        self._stopped = True
        if self.link is not None:
            await self.link.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.desk is not None:
            await self.desk.drain()
            self.desk.close()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
        if self.station is not None:
            await self.writer.run(self.station.journal.close)
        self.writer.close()
        if self.county is not None:
            await self.county.close()


async def main(opts: FieldOptions) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    launcher = FieldLauncher(opts)
    app.aboutToQuit.connect(launcher.finished.set)
    app.setQuitOnLastWindowClosed(True)
    try:
        await launcher.start()
    except StartError as exc:
        print(f"commandcenter field: {exc}", file=sys.stderr)
        await launcher.stop()
        return 2
    await launcher.finished.wait()
    await launcher.stop()
    return 0
