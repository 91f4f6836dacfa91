"""The link's state for the UI: offline, token problems, rejections that block the outbox."""

from __future__ import annotations

import asyncio
import socket

from test_sync_kit import (
    Rig,
    close_station,
    count,
    incident,
    outbox,
    run,
    station,
    synced,
    team,
    until,
)

from commandcenter.link import Link, Status


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_link_without_a_hub_stays_offline_keeps_the_outbox_and_retries(tmp_path):
    async def scenario():
        st = station(tmp_path, "desk-a")
        link = Link(st, f"ws://127.0.0.1:{_free_port()}", "token", backoff_cap=0.2)
        states = []
        link.subscribe(states.append)
        try:
            link.start()
            await st.submit(*incident("i1"))
            await until(link, lambda s: s.status is Status.OFFLINE and "reach" in s.last_error)
            attempts = sum(1 for s in states if s.status is Status.CONNECTING)
            await until(link, lambda s: s.status is Status.CONNECTING)
            assert sum(1 for s in states if s.status is Status.CONNECTING) > attempts
            assert link.state.pending == 1 and (await outbox(st))[0].kind == "incident.reported"
        finally:
            await link.close()
            close_station(st)
        assert link.state.status is Status.STOPPED

    run(scenario())


def test_wrong_token_shows_token_rejected_and_a_fixed_token_connects(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            rig.token("desk-a")
            link = Link(st, rig.url, "not-the-token", backoff_cap=0.2)
            rig.links.append(link)
            link.start()
            s = await until(link, lambda s: s.last_error.startswith("token rejected"))
            assert s.last_error == "token rejected: unknown token"
            link.token = rig.token("desk-a")  # the admin hands over the right token
            await until(link, lambda s: s.status is Status.ONLINE and s.last_error == "")

    run(scenario())


def test_rejected_event_blocks_the_outbox_until_a_human_retries(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            # misconfiguration: the desk believes it is a desk, the hub issued a field token
            st = rig.station("desk-a", role="desk")
            rig.token("desk-a", role="field")
            link = rig.link(st)
            await until(link, lambda s: s.role == "field")  # the station adopts the hub's role
            await st.submit(*incident("i1"))  # a field station may report incidents
            st.role = "desk"  # forced past the station's own check (a stale or tampered desk)
            await st.submit(*team("team-1"))  # but not register teams
            st.role = "field"
            await st.submit(*incident("i2"))
            s = await until(link, lambda s: s.rejected is not None)
            assert s.rejected.kind == "team.registered" and s.rejected.code == "forbidden"
            assert "field" in s.rejected.reason
            await until(link, lambda s: s.upto == 1)
            await asyncio.sleep(0.3)  # give a wrong implementation the chance to send more
            assert [e.kind for e in st.pending] == ["team.registered", "incident.reported"]
            assert await count(rig.hub) == 1
            assert link.state.status is Status.ONLINE and link.state.pending == 2
            # the admin fixes the role; the officer presses "retry"
            rig.hub.writer.call(rig.hub.tokens.revoke, "desk-a")
            rig.tokens.pop("desk-a")
            link.token = rig.token("desk-a", role="desk")
            link.reconnect()
            link.retry()
            await synced(link, 3)
            assert link.state.rejected is None and await count(rig.hub) == 3

    run(scenario())
