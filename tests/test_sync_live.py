"""Live sync through a real hub on 127.0.0.1: fan-out, resume, offline work, conflicts."""

from __future__ import annotations

import pytest
from test_sync_kit import (
    Rig,
    close_station,
    dispatch,
    ids_once,
    incident,
    no_gaps,
    outbox,
    run,
    sequenced,
    station,
    synced,
    team,
    until,
)

from commandcenter.domain import state_hash
from commandcenter.link import Status


def test_live_fan_out_reaches_every_station(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            a, b, c = (rig.station(n) for n in ("desk-a", "desk-b", "field-c"))
            links = [rig.link(st) for st in (a, b, c)]
            for link in links:
                await until(link, lambda s: s.status is Status.ONLINE)
            await a.submit(*incident("i1", "t1"))
            await b.submit(*team("team-1"))
            await synced(links[0], 2)  # desk-a sees the team before it dispatches it
            await a.submit(*dispatch("team-1", "i1"))
            for link in links:
                await synced(link, 3)
            hashes = {state_hash(st.confirmed) for st in (a, b, c)}
            assert len(hashes) == 1
            assert c.confirmed.teams["team-1"].incident == "i1"
            for st in (a, b, c):
                assert await ids_once(st) == await ids_once(rig.hub)
            assert await no_gaps(rig.hub)

    run(scenario())


def test_resume_after_dropped_connection_has_no_gap_and_no_duplicate(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            a, b = rig.station("desk-a"), rig.station("desk-b")
            la, lb = rig.link(a), rig.link(b)
            await until(lb, lambda s: s.status is Status.ONLINE)
            for i in range(60):
                await a.submit(*incident(f"i{i}"))
                if i in (10, 25, 26, 40):
                    lb.reconnect()  # the cable is cut mid-stream, no close handshake
            await synced(la, 60)
            await synced(lb, 60)
            assert [e.id for e, _ in await sequenced(b)] == [
                e.id for e, _ in await sequenced(rig.hub)
            ]
            assert await no_gaps(b) and await no_gaps(rig.hub)
            await ids_once(b)
            assert state_hash(a.confirmed) == state_hash(b.confirmed)

    run(scenario())


def test_station_offline_while_others_work_converges_after_reconnect(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            a, b, c = rig.station("desk-a"), rig.station("desk-b"), rig.station("desk-c")
            la, lb, lc = rig.link(a), rig.link(b), rig.link(c)
            await a.submit(*team("team-1"))
            await synced(lc, 1)
            await lc.close()  # desk-c loses the network
            for i in range(5):
                await a.submit(*incident(f"a{i}"))
                await b.submit(*incident(f"b{i}"))
            for i in range(4):  # desk-c keeps working alone; its decisions wait, visible
                await c.submit(*incident(f"c{i}"))
            assert len(c.pending) == 4 and len(c.state.incidents) == 4
            assert len(c.confirmed.incidents) == 0
            lc.start()
            for link in (la, lb, lc):
                await synced(link, 15)
            assert len({state_hash(st.confirmed) for st in (a, b, c)}) == 1
            assert len(c.confirmed.incidents) == 14
            for st in (a, b, c):
                assert await ids_once(st) == await ids_once(rig.hub)
                assert await outbox(st) == []

    run(scenario())


def test_same_team_dispatched_from_two_offline_desks_is_a_conflict_everywhere(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            a, b, c = rig.station("desk-a"), rig.station("desk-b"), rig.station("screen")
            la, lb = rig.link(a), rig.link(b)
            lc = rig.link(c)
            await a.submit(*team("team-1"))
            await a.submit(*incident("fire"))
            await a.submit(*incident("flood"))
            await synced(lb, 3)
            await la.close()
            await lb.close()
            await a.submit(*dispatch("team-1", "fire"))  # both desks think the team is free
            await b.submit(*dispatch("team-1", "flood"))
            la.start()
            lb.start()
            for link in (la, lb, lc):
                await synced(link, 5)
            for st in (a, b, c):
                kinds = [x.kind for x in st.confirmed.conflicts.values()]
                assert kinds == ["double_dispatch"], st.station
            assert len({state_hash(st.confirmed) for st in (a, b, c)}) == 1

    run(scenario())


def test_receive_refuses_a_gap_in_global_sequence_and_stores_nothing(tmp_path):
    from commandcenter.store import JournalError

    async def scenario():
        hub = station(tmp_path, "hub", authority=True)
        evs = [hub.do(*incident(f"i{i}")) for i in range(3)]
        st = station(tmp_path, "desk-b")
        await st.receive_async([(evs[0], 1)])
        for bad in ([(evs[2], 3)], [(evs[1], 2), (evs[2], 4)], [(evs[0], 2)]):
            with pytest.raises(
                JournalError, match=r"skipped events|breaks the chain|stored at global"
            ):
                await st.receive_async(bad)
            assert st.upto == 1 and len(st.confirmed.incidents) == 1
        with pytest.raises(JournalError, match="expected 2"):
            st.receive([(evs[2], 3)])
        await st.receive_async([(evs[1], 2), (evs[2], 3)])
        assert st.upto == 3 and len(st.confirmed.incidents) == 3
        close_station(hub)
        close_station(st)

    run(scenario())
