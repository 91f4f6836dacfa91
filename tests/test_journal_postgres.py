"""The same journal on PostgreSQL, by URL: appends, acks, snapshots, verify, a station."""

from __future__ import annotations

import pytest
from domain_fixtures import Desk, county, incident
from pg_server import postgres

from commandcenter.domain import state_hash
from commandcenter.station import Station
from commandcenter.store import Journal, verify


@pytest.fixture(scope="module")
def pg_url():
    with postgres() as url:
        if url is None:
            pytest.skip(
                "no PostgreSQL server here (apt-get install postgresql; pip install psycopg[binary])"
            )
        yield url


def test_journal_on_postgres(pg_url) -> None:
    d = county(Desk())
    for i in range(4):
        incident(d, f"I{i}")
    d.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    with Journal(pg_url) as j:
        assert j.append(d.events) == list(range(1, len(d.events) + 1))
        assert j.append(d.events[:2]) == [1, 2]  # idempotent
        st = Station(j, station="desk-07", actor="王芳")
        st.do("incident.followup", {"incident": "I1", "text": "道路已抢通"})
        j.save_snapshot(st.confirmed, st.upto)
        rep = verify(j)
        assert rep.ok, rep.problems
        h = state_hash(st.state)
    with Journal(pg_url) as j:  # reopened: migrations skipped, state from the snapshot
        assert state_hash(Station(j, station="desk-07", actor="王芳").state) == h
        assert len(j.query(incident="I1")) == 3
