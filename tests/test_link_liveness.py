"""The link never dies silently, and "online" is proven by frames and pings actually flowing."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from test_sync_kit import Rig, incident, run, synced, until

from commandcenter.hub import Hub
from commandcenter.link import Link, Status


def test_a_clean_hub_stop_turns_the_link_offline_with_the_reason_and_it_comes_back(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            link = rig.link(st)
            await st.submit(*incident("i1"))
            await synced(link, 1)
            port = rig.hub.port
            await rig.hub.close()  # graceful: every connection gets 1001
            s = await until(link, lambda s: s.status is not Status.ONLINE)
            s = await until(link, lambda s: bool(s.last_error))
            assert "1001" in s.last_error, s.last_error
            await st.submit(*incident("i2"))  # decided while the hub is away
            rig.hub = Hub(rig.journal)
            await rig.hub.start("127.0.0.1", port)
            await synced(link, 2)
            assert link.state.last_error == ""

    run(scenario())


def test_a_failure_inside_the_session_is_logged_shown_and_the_link_recovers(tmp_path, caplog):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            other = rig.station("desk-b")
            link = rig.link(st)
            rig.link(other)
            await synced(link, 0)
            real = st.receive_async
            failures = []

            async def broken(run_):
                if not failures:
                    failures.append(1)
                    raise RuntimeError("disk on fire")
                return await real(run_)

            st.receive_async = broken  # the next frame from the hub hits a bug
            await other.submit(*incident("i1"))
            s = await until(link, lambda s: s.status is Status.OFFLINE)
            assert s.last_error == "link failure: RuntimeError: disk on fire"
            await synced(link, 1)  # the reconnect loop went on, the event arrived
            assert failures == [1]

    with caplog.at_level(logging.ERROR, logger="commandcenter.link.client"):
        run(scenario())
    assert any("disk on fire" in (r.exc_text or "") for r in caplog.records)


class Freezer:
    """A TCP relay between link and hub that can stop relaying (a hung hub, a dead route)."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.frozen = False
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._pipe, "127.0.0.1", 0)
        return self.server.sockets[0].getsockname()[1]

    async def _pipe(self, r1, w1) -> None:
        r2, w2 = await asyncio.open_connection("127.0.0.1", self.target)

        async def copy(r, w):
            with contextlib.suppress(OSError):
                while data := await r.read(65536):
                    while self.frozen:
                        await asyncio.sleep(0.05)
                    w.write(data)
                    await w.drain()

        await asyncio.gather(copy(r1, w2), copy(r2, w1))

    async def close(self) -> None:
        self.server.close()


def test_online_means_proven_pings_keep_contact_fresh_and_a_silent_hub_ends_online(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            relay = Freezer(rig.hub.port)
            port = await relay.start()
            st = rig.station("desk-a")
            link = Link(st, f"ws://127.0.0.1:{port}", rig.token("desk-a"), keepalive=0.2)
            rig.links.append(link)
            link.start()
            await synced(link, 0)
            first = link.state.last_contact
            # nothing to send or receive: only pings prove the hub is there
            s = await until(link, lambda s: s.last_contact > first + 0.5)
            assert s.status is Status.ONLINE and s.contact_age() < 2
            relay.frozen = True  # the TCP connection stays open, but nothing comes back
            s = await until(link, lambda s: s.status is not Status.ONLINE)
            s = await until(link, lambda s: "stopped answering" in s.last_error)
            relay.frozen = False
            await synced(link, 0)
            await relay.close()

    run(scenario())
