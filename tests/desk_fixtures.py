"""A real desk on a small county for UI tests: journal, station, Desk and MainWindow.

The county comes from domain_fixtures (two townships, two teams, two stores, one 3人1屋 zone,
one camera, one plan) plus one open landslide incident, stored in a real SQLite journal.
`DeskEnv.close()` checks nothing is left running: no active QTimer, no writer thread.
"""

from __future__ import annotations

import contextlib
import gc

from domain_fixtures import Desk as FixtureDesk
from domain_fixtures import county, incident
from PySide6.QtCore import QTimer

from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.ui.desk import Desk
from commandcenter.ui.main_window import MainWindow


def small_county_events(extra=None) -> list:
    d = county(FixtureDesk())
    incident(d, "I1", "T01", severity=3)
    if extra:
        extra(d)
    return d.events


class DeskEnv:
    def __init__(
        self, qtbot, qloop, path, *, extra=None, demo: bool = False, show: bool = True
    ) -> None:
        self.qtbot, self.loop = qtbot, qloop
        self.journal = Journal(path)
        self.journal.append(small_county_events(extra))
        self.station = Station(self.journal, station="desk-test", actor="张伟")
        self.desk = Desk(self.station, demo=demo)
        self.window = MainWindow(self.desk)
        qtbot.addWidget(self.window)
        self.window.resize(1600, 1000)
        self.actions = self.window.actions
        if show:  # else the test shows it, after looking at the window before its first paint
            self.window.show()
            self.run(self.settle())  # the log's history loads inside the loop, not stray

    def run(self, coro):
        """Drive a scenario inside the running loop (key clicks are fine there; qtbot.wait not)."""
        return self.loop.run_until_complete(coro)

    async def settle(self) -> None:
        """Let every submission and read finish and hand the events to the panes."""
        await self.desk.drain()
        self.desk.flush()

    def kinds(self) -> list[str]:
        return [e.kind for e in self.journal.query()]

    def log_texts(self) -> list[str]:
        return [r.text for r in self.window.pane("pane.log").model.rows]

    def close(self) -> None:
        self.loop.run_until_complete(self.desk.drain())
        for dlg in list(self.actions.dialogs):
            with contextlib.suppress(RuntimeError):
                dlg.reject()
        self.desk.close()
        with contextlib.suppress(RuntimeError):  # pytest-qt may have closed it already
            self.window.close()
        self._writer_threads = list(self.station.writer._pool._threads)
        self.station.writer.close()
        self.journal.close()
        gc.collect()
        running = [t for t in gc.get_objects() if isinstance(t, QTimer) and _active(t)]
        assert not running, (
            f"QTimers left running: {[(t, t.parent(), t.interval(), t.isSingleShot()) for t in running]}"
        )
        alive = [t.name for t in self._writer_threads if t.is_alive()]
        assert not alive, f"writer threads left running: {alive}"


def _active(t: QTimer) -> bool:
    try:
        return t.isActive()
    except RuntimeError:  # its C++ side is already gone
        return False
