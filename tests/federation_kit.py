"""A city and its counties on loopback for the federation tests: real nats-servers (the city's
JetStream and one leaf node per county, each behind a cuttable WAN link), real hubs.

Not a test module itself; the federation tests import it. Servers listen on random loopback
ports and are stopped by PID; their JetStream stores live under the test's tmp dir.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from test_sync_kit import WAIT, Rig

from commandcenter.federation.natsd import NatsServer, city_conf, county_conf, find_server
from commandcenter.federation.node import CityNode, CountyNode
from commandcenter.federation.wan import WanLink
from commandcenter.hub import Hub
from commandcenter.store import Journal

needs_nats = pytest.mark.skipif(find_server() is None, reason="nats-server is not installed")


class County:
    def __init__(self, tmp: Path, name: str, city: NatsServer) -> None:
        self.name, self.tmp = name, tmp / name
        self.tmp.mkdir()
        self.wan = WanLink(city.leaf_port)
        self.nats = NatsServer(self.tmp / "nats")
        self.rig = Rig(self.tmp)
        self.node: CountyNode | None = None

    async def start(self) -> None:
        await self.wan.restore()
        conf = county_conf(
            self.name, self.tmp / "nats" / "js", self.tmp / "nats" / "ports", self.wan.url
        )
        await asyncio.to_thread(self.nats.start, conf)
        await self.rig.__aenter__()
        self.node = CountyNode(self.rig.hub, self.nats.url, self.name)
        self.node.start()
        async with asyncio.timeout(WAIT):
            await self.node.ready.wait()

    async def stop(self) -> None:
        if self.node:
            await self.node.close()
        await self.rig.__aexit__()
        await asyncio.to_thread(self.nats.stop)
        await self.wan.close()


class City:
    def __init__(self, tmp: Path, counties: list[str], db: str | None = None) -> None:
        self.tmp = tmp / "city"
        self.tmp.mkdir()
        self.nats = NatsServer(self.tmp / "nats")
        self.nats.start(city_conf(self.tmp / "nats" / "js", self.tmp / "nats" / "ports"))
        self.counties = counties
        self.rig = Rig(self.tmp)
        if db is not None:  # the city journal elsewhere (PostgreSQL)
            self.rig.journal.close()
            self.rig.journal = Journal(db, authority=True)
            self.rig.hub = Hub(self.rig.journal)
        self.node: CityNode | None = None

    async def start(self) -> None:
        await self.rig.__aenter__()
        self.node = CityNode(self.rig.hub, self.nats.url, self.counties)
        self.node.start()
        async with asyncio.timeout(WAIT):
            await self.node.ready.wait()

    async def stop(self) -> None:
        if self.node:
            await self.node.close()
        await self.rig.__aexit__()
        await asyncio.to_thread(self.nats.stop)


async def wait_for(check, what: str, timeout: float = 60.0) -> None:
    """Poll an async check until true; fail naming `what` (tests never assert timings)."""
    try:
        async with asyncio.timeout(timeout):
            while not await check():
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None
