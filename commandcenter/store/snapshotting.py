"""The journal's side tables: snapshots of the confirmed state, and settings.

A snapshot is sealed when it is taken: `seal = sha256(f"{upto}:{ghash}:" + state bytes)`.
Start-up uses the newest snapshot whose end still matches the journal *and* whose content
still matches its seal; a snapshot edited after it was taken is refused, the situation is
replayed from the journal, and `snapshot_refused` says so (the station shows it). The seal
stops an edit of the stored state; a forger who also recomputes it is caught by
`verify-log`, which replays the journal up to every snapshot (`verify_snapshots`).
"""

from __future__ import annotations

import hashlib
import logging
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
log = logging.getLogger(__name__)


def seal_of(upto: int, ghash: str, state: bytes) -> str:
    """The seal of a snapshot: binds its state bytes to the journal point it stands for."""
    return hashlib.sha256(f"{upto}:{ghash}:".encode() + bytes(state)).hexdigest()


class JournalSnapshots:
    """Snapshots and settings of `Journal` (which provides the connection and `_write`)."""

    conn: Connection
    _snap_upto: int | None
    # why start-up refused the newest snapshot (edited after it was sealed), or None
    snapshot_refused: str | None = None
    _write: Callable[[Callable[[], None]], None]

    def save_snapshot(self, state: State, upto: int) -> None:
        """Keep `state` as the result of every event up to global sequence `upto`."""
        ghash = self.conn.execute(select(T.c.ghash).where(T.c.gseq == upto)).scalar()
        if ghash is None:
            self.conn.rollback()
            raise JournalError(f"no event with global sequence {upto}")
        data = to_bytes(state)
        row = {
            "upto": upto,
            "ghash": ghash,
            "state": data,
            "created": ts_text(datetime.now(UTC)),
            "seal": seal_of(upto, ghash, data),
        }

        def run() -> None:
            self.conn.execute(snapshots.insert(), [row])
            self.conn.execute(snapshots.delete().where(snapshots.c.upto < upto))

        self._write(run)
        self._snap_upto = upto

    def load_snapshot(self) -> tuple[State, int] | None:
        """The newest snapshot whose end matches the journal and whose content matches its
        seal, with its `upto`; a refused one is logged and named in `snapshot_refused`."""
        rows = self.conn.execute(
            select(
                snapshots.c.upto, snapshots.c.ghash, snapshots.c.state, snapshots.c.seal
            ).order_by(snapshots.c.upto.desc())
        ).all()
        self.snapshot_refused = None
        found = None
        for r in rows:
            g = self.conn.execute(select(T.c.ghash).where(T.c.gseq == r.upto)).scalar()
            if g != r.ghash:
                continue  # the journal's end moved (verify-log names why): not this one
            if r.seal is None:
                log.info("snapshot at global event %s predates sealing: not used", r.upto)
                continue
            if r.seal != seal_of(r.upto, r.ghash, r.state):
                self._refuse(r.upto)
                continue
            try:
                found = from_bytes(r.state), r.upto
                break
            except msgspec.DecodeError:
                continue  # an older version's snapshot: replay instead
        self.conn.rollback()
        return found

    def _refuse(self, upto: int) -> None:
        why = (
            f"the snapshot at global event {upto} does not match its seal (edited after it "
            "was taken): refused, the situation was replayed from the journal"
        )
        log.warning("%s", why)
        self.snapshot_refused = self.snapshot_refused or why

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
