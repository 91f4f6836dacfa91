"""Reading the journal: events by global order, the outbox, queries by time, incident and kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlalchemy import Connection, select

from commandcenter.domain import Event

from .rows import COLS as _COLS
from .rows import event_of, ts_text
from .schema import events as T


class JournalReads:
    """The read side of `Journal`: every query here runs on the journal's one connection."""

    conn: Connection

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

    def chained(self, after_gseq: int = 0, *, limit: int = 500) -> list[tuple[Event, int, str]]:
        """Sequenced events after `after_gseq` with their gseq and global chain hash."""
        q = select(*_COLS, T.c.gseq, T.c.ghash).where(T.c.gseq > after_gseq).order_by(T.c.gseq)
        rows = self.conn.execute(q.limit(limit)).all()
        self.conn.rollback()
        return [(event_of(r), r.gseq, r.ghash) for r in rows]

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
