"""Convergence, as a property: any interleaving of work, drops and outages ends identical.

Three stations on real SQLite files, a real hub on 127.0.0.1. Hypothesis picks a sequence of
decisions, dropped connections, and stations going offline and back; afterwards every station
must hold every event exactly once, in the hub's order, and the same state hash.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_kit import Rig, dispatch, ids_once, incident, outbox, run, synced, team

from commandcenter.domain import Refused, state_hash

N = 3
action = st.one_of(
    st.tuples(st.just("incident"), st.integers(0, N - 1)),
    st.tuples(st.just("team"), st.integers(0, N - 1)),
    st.tuples(st.just("dispatch"), st.integers(0, N - 1), st.integers(0, 5), st.integers(0, 5)),
    st.tuples(st.just("drop"), st.integers(0, N - 1)),
    st.tuples(st.just("offline"), st.integers(0, N - 1)),
    st.tuples(st.just("online"), st.integers(0, N - 1)),
    st.tuples(st.just("pause")),
)


async def play(tmp: Path, actions: list[tuple]) -> None:
    async with Rig(tmp) as rig:
        stations = [rig.station(f"desk-{i}") for i in range(N)]
        links = [rig.link(s) for s in stations]
        made = 0
        for act in actions:
            kind, *args = act
            if kind == "incident":
                await stations[args[0]].submit(*incident(f"i{made}"))
                made += 1
            elif kind == "team":
                await stations[args[0]].submit(*team(f"t{made}"))
                made += 1
            elif kind == "dispatch":
                s = stations[args[0]]
                teams, incs = sorted(s.state.teams), sorted(s.state.incidents)
                if teams and incs:
                    try:
                        await s.submit(
                            *dispatch(teams[args[1] % len(teams)], incs[args[2] % len(incs)])
                        )
                        made += 1
                    except Refused:
                        pass
            elif kind == "drop":
                links[args[0]].reconnect()
            elif kind == "offline":
                await links[args[0]].close()
            elif kind == "online":
                links[args[0]].start()
            else:
                await asyncio.sleep(0.01)  # let the network catch up for a moment
        for link in links:
            link.start()
        for link in links:
            await synced(link, made)
        hub_ids = await ids_once(rig.hub)
        assert len(hub_ids) == made
        for s in stations:
            assert await ids_once(s) == hub_ids
            assert await outbox(s) == []
        assert len({state_hash(s.confirmed) for s in stations}) == 1


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
@given(st.lists(action, min_size=5, max_size=30))
def test_random_interleavings_converge_with_every_event_exactly_once(actions):
    with tempfile.TemporaryDirectory() as tmp:
        run(play(Path(tmp), actions), timeout=60)
