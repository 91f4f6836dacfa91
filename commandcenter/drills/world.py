"""The drill world: its own journal, started from a copy of the real county.

A drill world is an authority journal of its own (a SQLite file beside the real database, or
in the user data folder when the real one is a server). It begins as a copy of every real
event, so the drill sees the real teams, stores and zones, and from then on it has its own
state: nothing done there reaches the real journal. Copying only reads the real journal.
One drill world per real database; starting a new drill replaces the previous world.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from commandcenter.store import Journal
from commandcenter.store.db import data_dir, sqlite_path, to_url

COPY_BATCH = 5000


def drill_db_for(real: str | None) -> str:
    """Where the drill world of the real database `real` lives."""
    path = sqlite_path(to_url(real))
    if path is not None:
        return str(path.with_name(f"{path.stem}.drill.db"))
    return str(data_dir() / "drill.db")


def _remove(target: str) -> None:
    path = sqlite_path(to_url(target))
    if path is None:
        raise ValueError(f"a drill world is a local SQLite file, not {target}")
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def copy_world(real: Journal, target: str) -> Journal:
    """A fresh drill journal at `target` holding a copy of every event of `real`.

    The real journal is only read. Its outbox (events not yet numbered by a hub) is copied
    too, numbered by the drill world, so the drill starts from what the officer sees.
    """
    if sqlite_path(to_url(target)) == sqlite_path(real.url):
        raise ValueError("the drill world cannot be the real database")
    _remove(target)
    drill = Journal(target, authority=True)
    try:
        upto = 0
        while True:
            rows = list(real.sequenced(upto, limit=COPY_BATCH))
            if not rows:
                break
            drill.append([e for e, _ in rows], [g for _, g in rows], validate=False)
            upto = rows[-1][1]
        snap = real.load_snapshot()
        if snap is not None and snap[1] <= drill.last_gseq:
            drill.save_snapshot(*snap)
        pending = real.pending()
        if pending:
            drill.append(pending)
        drill.set_setting("drill_of", _safe(real.url))
        drill.set_setting("drill_copied_gseq", str(upto))
    except Exception:
        drill.close()
        raise
    return drill


def _safe(url: str) -> str:
    """The URL without a password, for the audit trail."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url
