"""Opening the desk's journal and station: Qt-free, so it can start on the writer thread
before the user interface is even imported (`ui.app.run`).

Start-up used to import the window's modules (~0.8 s) and only then open the journal (~0.45 s
over 100,000 events: the integrity check, the snapshot, the replay) while the GUI thread
waited; most of the opening is SQLite work that runs beside the imports on a second core.
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.db import data_dir
from commandcenter.store.writer import Writer


@dataclass
class DeskOptions:
    demo: bool = False
    db: str | None = None
    hub: str | None = None
    token: str | None = None
    ca: str | None = None  # CA file for a wss:// hub (None: the system's trust store)
    screenshot: str | None = None
    size: tuple[int, int] | None = None
    lang: str | None = None
    station: str | None = None
    actor: str = "值班员"
    drill_seconds: float = 4.0
    serve: bool = True  # embedded hub on loopback when no --hub is given
    first_paint_exit: bool = False  # bench: print the time of the first paint and quit
    new_demo: bool = False  # --new-demo: start the demo county afresh (its work is discarded)


def _demo_journal(path: Path, fresh: bool) -> Journal:
    """The demo county's journal: the one kept from the last start (work done in it stays),
    created on the first start or when the officer asks for a fresh one."""
    from commandcenter.demo import init_demo

    if fresh:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(path) + suffix).unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(path)
    if journal.count() == 0:
        init_demo(journal, now=datetime.now(UTC))
    return journal


def open_station(opts: DeskOptions, writer: Writer) -> Station:
    """Open (and for --demo, fill) the journal and build the station. Runs on the writer thread."""
    if opts.demo and not opts.db:
        journal = _demo_journal(data_dir() / "demo.db", opts.new_demo)
    elif opts.demo:  # the drill feed never writes into a real database: it plays in a copy
        from commandcenter.drills.world import copy_world, drill_db_for

        real = Journal(opts.db, create=False)
        try:
            journal = copy_world(real, drill_db_for(opts.db))
        finally:
            real.close()
        if journal.count() == 0:
            from commandcenter.demo import init_demo

            init_demo(journal, now=datetime.now(UTC))
    else:
        # an explicit --db must exist (a typo would open an empty desk); the default is made
        journal = Journal(opts.db, authority=False if opts.hub else None, create=not opts.db)
    sid = opts.station or journal.setting("desk_station")
    if not sid:
        sid = f"desk-{socket.gethostname()}".lower()
        journal.set_setting("desk_station", sid)
    return Station(journal, station=sid, actor=opts.actor, writer=writer)
