"""Reads of the journal the desk needs and the store does not offer (run on the writer thread)."""

from __future__ import annotations

from sqlalchemy import select

from commandcenter.domain import Event
from commandcenter.store import Journal
from commandcenter.store.journal import _COLS, event_of
from commandcenter.store.schema import events as T


def recent(journal: Journal, n: int) -> list[Event]:
    """The last `n` events stored, oldest first (the decision log's first screenful and more)."""
    rows = journal.conn.execute(select(*_COLS).order_by(T.c.pos.desc()).limit(n)).all()
    journal.conn.rollback()
    return [event_of(r) for r in reversed(rows)]
