"""What a hub has taken in from a federation stream: a cursor per stream and, at the city, each
county's sequence.

The city keeps, for every county event, `(county, cseq, id, ghash)`: the county's gseq and its
global chain hash, so each county's order is preserved and every event can be checked against
its county chain. `next()` checks a county message before it is stored: the next cseq, and the
county's ghash recomputed from the event's hash. The cursor is the last stream sequence taken
in (resume is by stream sequence). The table lives in the hub's own database, beside the
journal, and is written on the journal's writer thread; all of this runs on that thread.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, MetaData, String, Table, func, select

from commandcenter.domain import GENESIS
from commandcenter.store import Journal
from commandcenter.store.rows import global_hash

from .names import FederationError

_meta = MetaData()
federated = Table(
    "federated",
    _meta,
    Column("county", String(32), primary_key=True),
    Column("cseq", BigInteger, primary_key=True),
    Column("id", String(64), nullable=False),
    Column("ghash", String(64), nullable=False),
)


class Ledger:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        conn = journal.conn
        _meta.create_all(conn)
        conn.commit()
        q = select(federated.c.county, func.max(federated.c.cseq)).group_by(federated.c.county)
        self.heads: dict[str, tuple[int, str]] = {}
        for county, cseq in conn.execute(q).all():
            gh = conn.execute(
                select(federated.c.ghash).where(
                    federated.c.county == county, federated.c.cseq == cseq
                )
            ).scalar_one()
            self.heads[county] = (cseq, gh)
        conn.rollback()

    def cursor(self, stream: str) -> int:
        return int(self.journal.setting(f"federation.cursor.{stream}", "0") or 0)

    def check(self, county: str, cseq: int, ghash: str, ev_hash: str) -> bool:
        """True if this is the county's next event, False if already taken; raise on a gap."""
        last, last_gh = self.heads.get(county, (0, GENESIS))
        if cseq <= last:
            return False
        if cseq != last + 1:
            raise FederationError(f"county {county}: sequence {cseq} after {last}, events missing")
        if global_hash(last_gh, ev_hash) != ghash:
            raise FederationError(f"county {county}: sequence {cseq} does not extend its chain")
        self.heads[county] = (cseq, ghash)
        return True

    def record(self, rows: list[dict], stream: str, upto: int) -> None:
        """Store taken-in county rows and the stream cursor in one transaction."""
        from commandcenter.store.schema import settings

        conn = self.journal.conn
        if rows:
            conn.execute(federated.insert(), rows)
        key = f"federation.cursor.{stream}"
        conn.execute(settings.delete().where(settings.c.key == key))
        conn.execute(settings.insert(), [{"key": key, "value": str(upto)}])
        conn.commit()

    def count(self, county: str | None = None) -> int:
        q = select(func.count()).select_from(federated)
        if county is not None:
            q = q.where(federated.c.county == county)
        n = self.journal.conn.execute(q).scalar_one()
        self.journal.conn.rollback()
        return n


def from_counties(journal: Journal, evs: list) -> set[str]:
    """The ids among `evs` that came from a county (the city sends only its own decisions down)."""
    ids = [e.id for e in evs]
    found = set(
        journal.conn.execute(select(federated.c.id).where(federated.c.id.in_(ids))).scalars()
    )
    journal.conn.rollback()
    return found
