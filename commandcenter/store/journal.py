"""The journal: the append-only, hash-chained record of every event, and the only truth.

One `Journal` owns one database connection (one writer per SQLite file). Appends are durable
before they return. Appending an event whose id is already stored is a no-op, so delivery can
be repeated safely. In an *authority* journal (the hub's, or a desk that is its own hub) every
new event gets the next global sequence at once; in a station journal it waits in the outbox
(`gseq` NULL) until the hub acknowledges it.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from commandcenter.domain import GENESIS, Event, InvalidEvent, State, apply, payload_of, seal
from commandcenter.domain.events import check_hash
from commandcenter.domain.state import from_bytes, to_bytes

from . import migrate
from .db import StoreError, open_engine
from .guard import DiskFull, check_for_writing, is_full, reclaim
from .lock import lock_journal
from .schema import events as T
from .schema import settings, snapshots

SNAPSHOT_EVERY = 5_000

_payload_enc = msgspec.json.Encoder(order="sorted")
_payload_dec = msgspec.json.Decoder(dict[str, Any])
_ts_enc = msgspec.json.Encoder()


class JournalError(StoreError):
    """An event the journal will not store, or a storage failure; the message says which."""


class JournalFull(JournalError, DiskFull):
    """No space left for the journal; nothing of the write was stored."""


def ts_text(ts: datetime) -> str:
    return _ts_enc.encode(ts.astimezone(UTC)).decode()[1:-1]


def global_hash(prev_ghash: str, event_hash: str) -> str:
    return hashlib.sha256((prev_ghash + event_hash).encode()).hexdigest()


def new_id() -> str:
    return uuid.uuid4().hex


def _row(ev: Event, gseq: int | None, ghash: str | None) -> dict[str, Any]:
    incident = ev.payload.get("incident")
    return {
        "id": ev.id,
        "station": ev.station,
        "seq": ev.seq,
        "actor": ev.actor,
        "ts": ts_text(ev.ts),
        "kind": ev.kind,
        "payload": _payload_enc.encode(ev.payload).decode(),
        "prev": ev.prev,
        "hash": ev.hash,
        "gseq": gseq,
        "ghash": ghash,
        "incident": incident if isinstance(incident, str) and incident else None,
    }


def event_of(row: Any) -> Event:
    return Event(
        id=row.id,
        station=row.station,
        seq=row.seq,
        actor=row.actor,
        ts=datetime.fromisoformat(row.ts),
        kind=row.kind,
        payload=_payload_dec.decode(row.payload),
        prev=row.prev,
        hash=row.hash,
    )


_INSERT = T.insert()
_COLS = (T.c.id, T.c.station, T.c.seq, T.c.actor, T.c.ts, T.c.kind, T.c.payload, T.c.prev, T.c.hash)


class Journal:
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
            rows.append(_row(ev, g, gh))
            out.append(g)
        if rows:
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
        except IntegrityError as exc:
            self.conn.rollback()
            raise JournalError(f"the journal refused the write: {_why(exc)}") from None
        except (OperationalError, SQLAlchemyError) as exc:
            self.conn.rollback()
            if is_full(exc):
                reclaim(self.conn)  # give the WAL's space back (guard.py)
                raise JournalFull(f"the disk holding the journal is full: {_why(exc)}") from None
            raise JournalError(f"could not write the journal: {_why(exc)}") from None

    # ------------------------------------------------------------ reading
    def events(self, after_gseq: int = 0, *, limit: int | None = None) -> Iterator[Event]:
        """Sequenced events after `after_gseq`, in global order."""
        yield from (e for e, _ in self.sequenced(after_gseq, limit=limit))

    def sequenced(self, after_gseq: int = 0, *, limit: int | None = None):
        q = select(*_COLS, T.c.gseq).where(T.c.gseq > after_gseq).order_by(T.c.gseq)
        if limit is not None:
            q = q.limit(limit)
        rows = self.conn.execute(q).all()
        self.conn.rollback()
        for r in rows:
            yield event_of(r), r.gseq

    def pending(self) -> list[Event]:
        """Events of this journal not yet numbered by the hub (the outbox), oldest first."""
        rows = self.conn.execute(select(*_COLS).where(T.c.gseq.is_(None)).order_by(T.c.pos)).all()
        self.conn.rollback()
        return [event_of(r) for r in rows]

    def all_events(self) -> Iterator[Event]:
        """Every event: global order first, then the outbox in local order."""
        yield from self.events()
        yield from self.pending()

    def query(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        incident: str | None = None,
        kinds: Iterable[str] | None = None,
    ) -> list[Event]:
        """Events by time (UTC, [since, until)), incident or kind, in journal order."""
        return [
            e
            for e, _ in self.query_numbered(
                since=since, until=until, incident=incident, kinds=kinds
            )
        ]

    def query_numbered(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        incident: str | None = None,
        kinds: Iterable[str] | None = None,
        after_gseq: int | None = None,
    ) -> list[tuple[Event, int | None]]:
        """`query` with each event's global sequence (None while pending): global order, then
        the outbox. `after_gseq` keeps sequenced events past it, and every pending one."""
        q = select(*_COLS, T.c.gseq)
        if since is not None:
            q = q.where(T.c.ts >= ts_text(since))
        if until is not None:
            q = q.where(T.c.ts < ts_text(until))
        if incident is not None:
            q = q.where(T.c.incident == incident)
        if kinds is not None:
            q = q.where(T.c.kind.in_(list(kinds)))
        if after_gseq is not None:
            q = q.where((T.c.gseq > after_gseq) | T.c.gseq.is_(None))
        q = q.order_by(T.c.gseq.is_(None), T.c.gseq, T.c.pos)
        rows = self.conn.execute(q).all()
        self.conn.rollback()
        return [(event_of(r), r.gseq) for r in rows]

    def ghash_at(self, gseq: int) -> str | None:
        """The global chain hash at `gseq` (None if no event has that number)."""
        g = self.conn.execute(select(T.c.ghash).where(T.c.gseq == gseq)).scalar()
        self.conn.rollback()
        return g

    def recent(self, n: int) -> list[Event]:
        """The last `n` events stored here, oldest first (a log pane's first screenful)."""
        rows = self.conn.execute(select(*_COLS).order_by(T.c.pos.desc()).limit(n)).all()
        self.conn.rollback()
        return [event_of(r) for r in reversed(rows)]

    def get(self, eid: str) -> Event | None:
        r = self.conn.execute(select(*_COLS).where(T.c.id == eid)).first()
        self.conn.rollback()
        return event_of(r) if r else None

    def gseq_of(self, eid: str) -> int | None:
        g = self.conn.execute(select(T.c.gseq).where(T.c.id == eid)).scalar()
        self.conn.rollback()
        return g

    # ------------------------------------------------------------ snapshots and state
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
