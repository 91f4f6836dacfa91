"""Attach a hub to the federation: as a county (authority for its stations, publishing up and
taking the city's decisions) or as the city (taking every county in, sending its own down).

Both connect to their local NATS server (a county's leaf node, the city's cluster) and retry
for ever: a county hub starts and keeps working whether or not NATS or the city is there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import nats
from nats.aio.client import Client

from commandcenter.hub import Hub

from .intake import Intake
from .ledger import Ledger, from_counties
from .names import (
    CITY_STREAM,
    DOWN_STREAM,
    DOWN_SUBJECT,
    check_county,
    down_stream,
    up_stream,
    up_subject,
)
from .streams import ensure_city, ensure_county
from .uplink import Uplink

log = logging.getLogger(__name__)


async def _connect(url: str) -> Client:
    while True:
        try:
            return await nats.connect(
                url, max_reconnect_attempts=-1, reconnect_time_wait=0.5, connect_timeout=2
            )
        except Exception as exc:
            log.warning("NATS at %s not reachable (%s); retrying", url, exc)
            await asyncio.sleep(1.0)


class _Node:
    def __init__(self, hub: Hub, url: str) -> None:
        self.hub, self.url = hub, url
        self.nc: Client | None = None
        self.uplink: Uplink | None = None
        self.intake: Intake | None = None
        self.ready = asyncio.Event()
        self.error = ""
        self._tasks: set[asyncio.Task] = set()

    def start(self) -> None:
        self._spawn(self._main())

    def _spawn(self, coro) -> asyncio.Task:
        t = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(t)
        t.add_done_callback(self._ended)
        return t

    def _ended(self, t: asyncio.Task) -> None:
        # a stopped intake (a broken county chain) must be seen in the hub's log, not lost
        if not t.cancelled() and t.exception() is not None:
            self.error = str(t.exception())
            log.error("federation stopped: %s", self.error)

    async def _main(self) -> None:
        self.nc = await _connect(self.url)
        js = self.nc.jetstream(timeout=5.0)
        while True:
            try:
                await self._streams(js)
                break
            except Exception as exc:
                log.warning("cannot set up the federation streams (%s); retrying", exc)
                await asyncio.sleep(1.0)
        self.uplink, self.intake = self._parts(js)
        self._spawn(self.uplink.run())
        self._spawn(self.intake.run())
        await self.uplink.ready.wait()
        self.ready.set()

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.nc is not None:
            with contextlib.suppress(Exception):
                await self.nc.close()


class CountyNode(_Node):
    """A county hub: publishes its journal to `UP_<county>`, takes `DOWN_<county>` in."""

    def __init__(self, hub: Hub, url: str, county: str) -> None:
        super().__init__(hub, url)
        self.county = check_county(county)

    async def _streams(self, js) -> None:
        await ensure_county(js, self.county)

    def _parts(self, js) -> tuple[Uplink, Intake]:
        c = self.county
        up = Uplink(self.hub, js, up_stream(c), up_subject(c))
        down = Intake(self.hub, js, down_stream(c), DOWN_SUBJECT, counties=False)
        return up, down


class CityNode(_Node):
    """The city hub: takes `CITY` (every county, sourced) in, publishes its own decisions down."""

    def __init__(self, hub: Hub, url: str, counties: list[str]) -> None:
        super().__init__(hub, url)
        self.counties = [check_county(c) for c in counties]

    async def _streams(self, js) -> None:
        await ensure_city(js, self.counties)
        await self.hub.writer.run(Ledger, self.hub.journal)  # the table exists before reads

    def _parts(self, js) -> tuple[Uplink, Intake]:
        journal = self.hub.journal
        down = Uplink(
            self.hub, js, DOWN_STREAM, DOWN_SUBJECT, skip=lambda evs: from_counties(journal, evs)
        )
        up = Intake(self.hub, js, CITY_STREAM, "cc.up.*", counties=True)
        return down, up
