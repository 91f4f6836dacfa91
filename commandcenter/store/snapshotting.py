"""The journal's side tables: snapshots of the confirmed state, and settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import msgspec
from sqlalchemy import Connection, func, select

from commandcenter.domain import State, apply
from commandcenter.domain.state import from_bytes, to_bytes

from .db import JournalError
from .rows import ts_text
from .schema import events as T
from .schema import settings, snapshots

SNAPSHOT_EVERY = 5_000


class JournalSnapshots:
    """Snapshots and settings of `Journal` (which provides the connection and `_write`)."""

    conn: Connection
    _snap_upto: int | None
    _write: Callable[[Callable[[], None]], None]

    def save_snapshot(self, state: State, upto: int) -> None:
        """Keep `state` as the result of every event up to global sequence `upto`."""
        ghash = self.conn.execute(select(T.c.ghash).where(T.c.gseq == upto)).scalar()
        if ghash is None:
            self.conn.rollback()
            raise JournalError(f"no event with global sequence {upto}")
        row = {
            "upto": upto,
            "ghash": ghash,
            "state": to_bytes(state),
            "created": ts_text(datetime.now(UTC)),
        }

        def run() -> None:
            self.conn.execute(snapshots.insert(), [row])
            self.conn.execute(snapshots.delete().where(snapshots.c.upto < upto))

        self._write(run)
        self._snap_upto = upto

    def load_snapshot(self) -> tuple[State, int] | None:
        """The newest snapshot whose end still matches the journal, with its `upto`."""
        rows = self.conn.execute(
            select(snapshots.c.upto, snapshots.c.ghash, snapshots.c.state).order_by(
                snapshots.c.upto.desc()
            )
        ).all()
        for r in rows:
            g = self.conn.execute(select(T.c.ghash).where(T.c.gseq == r.upto)).scalar()
            if g == r.ghash:
                self.conn.rollback()
                try:
                    return from_bytes(r.state), r.upto
                except msgspec.DecodeError:
                    continue  # an older version's snapshot: replay instead
        self.conn.rollback()
        return None

    def confirmed_state(self, *, use_snapshot: bool = True) -> tuple[State, int]:
        """The situation after every sequenced event, and the last sequence applied."""
        snap = self.load_snapshot() if use_snapshot else None
        state, upto = snap if snap else (State(), 0)
        for ev, g in self.sequenced(upto):
            apply(state, ev)
            upto = g
        return state, upto

    def maybe_snapshot(self, state: State, upto: int, every: int = SNAPSHOT_EVERY) -> bool:
        """Snapshot when `every` events have passed since the last one (no query otherwise)."""
        if self._snap_upto is None:
            last = self.conn.execute(select(func.max(snapshots.c.upto))).scalar()
            self.conn.rollback()
            self._snap_upto = last or 0
        if upto - self._snap_upto >= every:
            self.save_snapshot(state, upto)
            return True
        return False

    # ------------------------------------------------------------ settings
    def setting(self, key: str, default: str | None = None) -> str | None:
        v = self.conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
        self.conn.rollback()
        return default if v is None else v

    def set_setting(self, key: str, value: str) -> None:
        def run() -> None:
            self.conn.execute(settings.delete().where(settings.c.key == key))
            self.conn.execute(settings.insert(), [{"key": key, "value": value}])

        self._write(run)
