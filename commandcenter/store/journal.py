"""The journal: the append-only, hash-chained record of every event, and the only truth.

One `Journal` owns one database connection (one writer per SQLite file). Appends are durable
before they return. Appending an event whose id is already stored is a no-op, so delivery can
be repeated safely. In an *authority* journal (the hub's, or a desk that is its own hub) every
new event gets the next global sequence at once; in a station journal it waits in the outbox
(`gseq` NULL) until the hub acknowledges it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from commandcenter.domain import GENESIS, Event, InvalidEvent, payload_of, seal
from commandcenter.domain.events import check_hash

from . import migrate
from .db import JournalError, StoreError, open_engine
from .fast_insert import insert_rows
from .guard import DiskFull, check_for_writing, is_full, reclaim
from .lock import lock_journal
from .reads import JournalReads
from .rows import event_of, global_hash, new_id, row_of, ts_text
from .schema import events as T
from .snapshotting import SNAPSHOT_EVERY, JournalSnapshots


class JournalFull(JournalError, DiskFull):
    """No space left for the journal; nothing of the write was stored."""


__all__ = [
    "SNAPSHOT_EVERY",
    "Journal",
    "JournalError",
    "event_of",
    "global_hash",
    "new_id",
    "ts_text",
]

_INSERT = T.insert()


class Journal(JournalReads, JournalSnapshots):
    def __init__(
        self,
        db: str | os.PathLike | None = None,
        *,
        authority: bool | None = None,
        create: bool = True,
        lock: bool = True,
        lock_wait: float = 0.0,
    ) -> None:
        # a writer holds the file's writer lock while open (store/lock.py); readers pass False
        self._lock = lock_journal(db, wait=lock_wait, create=create) if lock else None
        try:
            self.engine = open_engine(db, create=create)
        except StoreError:
            self._release()
            raise
        self.url = str(self.engine.url)
        try:
            self.conn: Connection = self.engine.connect()
            migrate.upgrade(self.conn)
            self.conn.commit()
            if self._lock is not None:
                check_for_writing(self.conn)  # read-only or damaged: refuse now
        except (SQLAlchemyError, StoreError) as exc:
            self.engine.dispose()
            self._release()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open the journal at {self.url}: {_why(exc)}") from None
        stored = self.setting("authority")
        if stored is None:
            self.authority = True if authority is None else authority
            self.set_setting("authority", "1" if self.authority else "0")
        else:
            self.authority = stored == "1" if authority is None else authority
            if self.authority != (stored == "1"):
                self.set_setting("authority", "1" if self.authority else "0")
        self._heads: dict[str, tuple[int, str]] = {}
        for station, seq, hash_ in self._load_heads():
            self._heads[station] = (seq, hash_)
        row = self.conn.execute(
            select(T.c.gseq, T.c.ghash)
            .where(T.c.gseq.is_not(None))
            .order_by(T.c.gseq.desc())
            .limit(1)
        ).first()
        self._gseq, self._ghash = (row.gseq, row.ghash) if row else (0, GENESIS)
        self._snap_upto: int | None = None  # upto of the newest snapshot, read on first need
        self.conn.rollback()

    def _load_heads(self) -> Iterable[tuple[str, int, str]]:
        top = select(T.c.station, func.max(T.c.seq).label("seq")).group_by(T.c.station).subquery()
        q = select(T.c.station, T.c.seq, T.c.hash).join(
            top, (T.c.station == top.c.station) & (T.c.seq == top.c.seq)
        )
        return [(r.station, r.seq, r.hash) for r in self.conn.execute(q)]

    # ------------------------------------------------------------ facts about the journal
    def close(self) -> None:
        self.conn.close()
        self.engine.dispose()
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def last_gseq(self) -> int:
        return self._gseq

    @property
    def head_ghash(self) -> str:
        return self._ghash

    def head(self, station: str) -> tuple[int, str]:
        """(last seq, last hash) of a station's chain; (0, GENESIS) if it has none."""
        return self._heads.get(station, (0, GENESIS))

    def count(self) -> int:
        n = self.conn.execute(select(func.count()).select_from(T)).scalar_one()
        self.conn.rollback()
        return n

    # ------------------------------------------------------------ writing
    def record(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        station: str,
        actor: str,
        ts: datetime | None = None,
        id: str | None = None,
    ) -> Event:
        """Seal a new event of this station onto its chain and store it durably."""
        ev = self.seal_new(kind, payload, station=station, actor=actor, ts=ts, id=id)
        self.append([ev])
        return ev

    def seal_new(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        station: str,
        actor: str,
        ts: datetime | None = None,
        id: str | None = None,
    ) -> Event:
        seq, prev = self.head(station)
        ev = Event(
            id=id or new_id(),
            station=station,
            seq=seq + 1,
            actor=actor,
            ts=(ts or datetime.now(UTC)).astimezone(UTC),
            kind=kind,
            payload=payload,
        )
        return seal(ev, prev)

    def append(
        self, evs: list[Event], gseqs: list[int] | None = None, *, validate: bool = True
    ) -> list[int | None]:
        """Store events in one durable transaction; return the global sequence of each.

        Events already stored (same id) are skipped, so repeating a delivery is harmless.
        `gseqs` carries the hub's numbers for events that come from the hub; otherwise an
        authority journal numbers new events itself and a station journal leaves them pending.
        Raises JournalError naming the first event that is malformed or breaks its chain;
        then nothing of the batch is stored.
        """
        if not evs:
            return []
        # An event that extends its station's chain cannot be stored already (a stored copy
        # would sit at or below the head), so the look-up of known ids is only needed when
        # some event does not: a repeated delivery, or a fork the chain check will name.
        known = {} if self._extends_chains(evs) else self._known([e.id for e in evs])
        rows, out = [], []
        heads = dict(self._heads)
        gseq, ghash = self._gseq, self._ghash
        for i, ev in enumerate(evs):
            if ev.id in known:
                if gseqs is not None and known[ev.id] not in (None, gseqs[i]):
                    raise JournalError(
                        f"event {ev.id} is stored at global sequence {known[ev.id]}, not {gseqs[i]}"
                    )
                out.append(known[ev.id])
                continue
            if validate:
                _check(ev)
            seq, prev = heads.get(ev.station, (0, GENESIS))
            if ev.seq != seq + 1 or ev.prev != prev:
                raise JournalError(
                    f"event {ev.id} breaks the chain of station {ev.station}: "
                    f"seq {ev.seq} after {seq}" + ("" if ev.prev == prev else ", prev hash differs")
                )
            heads[ev.station] = (ev.seq, ev.hash)
            g = gseqs[i] if gseqs is not None else (gseq + 1 if self.authority else None)
            gh = None
            if g is not None:
                if g != gseq + 1:
                    raise JournalError(f"event {ev.id}: global sequence {g} after {gseq}")
                gseq, ghash = g, global_hash(ghash, ev.hash)
                gh = ghash
            known[ev.id] = g
            rows.append(row_of(ev, g, gh))
            out.append(g)
        if rows:
            try:
                fast = insert_rows(self.conn, rows)  # SQLite's fast path (fast_insert.py)
            except sqlite3.Error as exc:
                raise self._failed(exc) from None
            if not fast:
                self._write(lambda: self.conn.execute(_INSERT, rows))
            self._heads, self._gseq, self._ghash = heads, gseq, ghash
        return out

    def ack(self, acks: dict[str, int]) -> None:
        """Give pending events the global sequence the hub assigned (in that order)."""
        pending = {
            r.id: r.hash
            for r in self.conn.execute(
                select(T.c.id, T.c.hash).where(T.c.id.in_(list(acks)), T.c.gseq.is_(None))
            )
        }
        gseq, ghash, updates = self._gseq, self._ghash, []
        for eid, g in sorted(acks.items(), key=lambda kv: kv[1]):
            if eid not in pending:
                continue
            if g != gseq + 1:
                self.conn.rollback()
                raise JournalError(f"ack of {eid}: global sequence {g} after {gseq}")
            gseq, ghash = g, global_hash(ghash, pending[eid])
            updates.append({"eid": eid, "g": g, "gh": ghash})
        if not updates:
            self.conn.rollback()
            return

        def run() -> None:
            from sqlalchemy import bindparam

            self.conn.execute(
                update(T)
                .where(T.c.id == bindparam("eid"))
                .values(gseq=bindparam("g"), ghash=bindparam("gh")),
                updates,
            )

        self._write(run)
        self._gseq, self._ghash = gseq, ghash

    def rechain_pending(self, old_ids: list[str], new: list[Event]) -> None:
        """Replace the tail of this station's outbox (events the hub never stored) at once.

        Used when an officer voids an event the hub rejected: the `event.voided` record takes
        its place in the chain and the later pending events are sealed again onto it. Only
        pending rows can be replaced, and the new events must continue the chain where the
        first old one began; otherwise JournalError and nothing changes.
        """
        rows = self.conn.execute(
            select(T.c.id, T.c.station, T.c.seq, T.c.prev, T.c.gseq).where(T.c.id.in_(old_ids))
        ).all()
        self.conn.rollback()
        if len(rows) != len(old_ids) or any(r.gseq is not None for r in rows):
            raise JournalError("only events still in the outbox can be re-chained")
        first = min(rows, key=lambda r: r.seq)
        if not new or new[0].station != first.station or new[0].seq != first.seq:
            raise JournalError("the new events must take the place of the old ones")
        station, seq, prev = first.station, first.seq - 1, first.prev
        for ev in new:
            _check(ev)
            if ev.station != station or ev.seq != seq + 1 or ev.prev != prev:
                raise JournalError(f"event {ev.id} breaks the chain of station {station}")
            seq, prev = ev.seq, ev.hash

        def run() -> None:
            self.conn.execute(T.delete().where(T.c.id.in_(old_ids), T.c.gseq.is_(None)))
            self.conn.execute(_INSERT, [row_of(ev, None, None) for ev in new])

        self._write(run)
        self._heads[station] = (seq, prev)

    def _extends_chains(self, evs: list[Event]) -> bool:
        heads: dict[str, tuple[int, str]] = {}
        for ev in evs:
            seq, prev = heads.get(ev.station) or self.head(ev.station)
            if ev.seq != seq + 1 or ev.prev != prev:
                return False
            heads[ev.station] = (ev.seq, ev.hash)
        return True

    def stored_hashes(self, ids: list[str]) -> dict[str, str]:
        """The hash stored for each of `ids` that the journal holds."""
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            q = select(T.c.id, T.c.hash).where(T.c.id.in_(ids[i : i + 500]))
            found.update({r.id: r.hash for r in self.conn.execute(q)})
        self.conn.rollback()
        return found

    def _known(self, ids: list[str]) -> dict[str, int | None]:
        found: dict[str, int | None] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for r in self.conn.execute(select(T.c.id, T.c.gseq).where(T.c.id.in_(chunk))):
                found[r.id] = r.gseq
        return found

    def _write(self, work) -> None:
        try:
            work()
            self.conn.commit()
        except (OperationalError, SQLAlchemyError) as exc:
            self.conn.rollback()
            raise self._failed(exc) from None

    def _failed(self, exc: Exception) -> JournalError:
        """The one sentence for a write that failed (nothing of it was stored)."""
        if isinstance(exc, IntegrityError | sqlite3.IntegrityError):
            return JournalError(f"the journal refused the write: {_why(exc)}")
        if is_full(exc):
            reclaim(self.conn)  # give the WAL's space back (guard.py)
            return JournalFull(f"the disk holding the journal is full: {_why(exc)}")
        return JournalError(f"could not write the journal: {_why(exc)}")


def _check(ev: Event) -> None:
    try:
        payload_of(ev)
    except InvalidEvent as exc:
        raise JournalError(f"event {ev.id}: {exc}") from None
    if ev.seq < 1:
        raise JournalError(f"event {ev.id}: seq must be 1 or more, not {ev.seq}")
    if not check_hash(ev):
        raise JournalError(f"event {ev.id}: its hash does not match its content")


def _why(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
