"""Shared pieces of the hub/link tests: stations on real SQLite files, a real hub on loopback.

Not a test module itself (it defines no tests); the sync, hub and link tests import it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from commandcenter.domain import Event
from commandcenter.hub import Hub, Limits
from commandcenter.link import Link, LinkState, Status
from commandcenter.station import Station
from commandcenter.store import Journal

T = TypeVar("T")
WAIT = 20.0  # generous: tests never assert timings, they only refuse to hang forever
_ids = itertools.count(1)


def run(coro: Awaitable[T], timeout: float = 60.0) -> T:
    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await coro

    return asyncio.run(bounded())


def station(tmp: Path, name: str, *, role: str = "desk", authority: bool = False) -> Station:
    return Station(
        Journal(tmp / f"{name}.db", authority=authority),
        station=name,
        actor=f"{name}-officer",
        role=role,
    )


def close_station(st: Station) -> None:
    st.writer.close()
    st.journal.close()


def incident(iid: str | None = None, township: str = "t1") -> tuple[str, dict[str, Any]]:
    iid = iid or f"inc-{next(_ids)}"
    return "incident.reported", {
        "incident": iid,
        "type": "flood",
        "severity": 3,
        "title": f"暴雨积水 {iid}",
        "place": {"township": township},
    }


def team(tid: str) -> tuple[str, dict[str, Any]]:
    return "team.registered", {
        "id": tid,
        "name": f"队伍 {tid}",
        "kind": "grassroots",
        "township": "t1",
        "leader": {"name": "张三"},
    }


def dispatch(tid: str, iid: str) -> tuple[str, dict[str, Any]]:
    return "team.dispatched", {"team": tid, "incident": iid}


class Rig:
    """A standalone hub on 127.0.0.1 over its own journal, and tokens for stations."""

    def __init__(self, tmp: Path, limits: Limits | None = None) -> None:
        self.tmp = tmp
        self.journal = Journal(tmp / "hub.db", authority=True)
        self.hub = Hub(self.journal, limits=limits)
        self.tokens: dict[str, str] = {}
        self.links: list[Link] = []
        self.stations: list[Station] = []

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.hub.port}"

    async def __aenter__(self) -> Rig:
        await self.hub.start("127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        for link in self.links:
            await link.close()
        await self.hub.close()
        self.journal.close()
        for st in self.stations:
            close_station(st)

    def token(self, name: str, role: str = "desk") -> str:
        if name not in self.tokens:
            self.tokens[name] = self.hub.writer.call(self.hub.tokens.add, name, role)
        return self.tokens[name]

    def station(self, name: str, role: str = "desk") -> Station:
        st = station(self.tmp, name, role=role)
        self.stations.append(st)
        return st

    def link(self, st: Station, *, start: bool = True) -> Link:
        link = Link(st, self.url, self.token(st.station, st.role), backoff_cap=0.5)
        self.links.append(link)
        if start:
            link.start()
        return link


async def until(link: Link, pred: Callable[[LinkState], bool]) -> LinkState:
    async with asyncio.timeout(WAIT):
        return await link.wait_until(pred)


async def synced(link: Link, gseq: int) -> None:
    """Wait until the link holds everything up to `gseq` and its outbox is empty."""
    await until(
        link,
        lambda s: s.status is Status.ONLINE and s.upto >= gseq and s.pending == 0,
    )


async def eventually(check: Callable[[], bool], what: str = "condition") -> None:
    async with asyncio.timeout(WAIT):
        while not check():
            await asyncio.sleep(0.02)


# Journal reads go through the owner's writer thread, like any async caller's must: the
# journal's one connection may be busy on that thread (a snapshot, a replay) at any moment.
async def ids_once(owner: Station | Hub) -> list[str]:
    """Every event id of a station's or hub's journal in order, asserting none appears twice."""
    evs = await owner.writer.run(lambda: list(owner.journal.all_events()))
    ids = [e.id for e in evs]
    assert len(ids) == len(set(ids)), "an event is stored twice"
    return ids


def ids_in(journal: Journal) -> list[str]:
    """The same for a journal no thread is using (a hub that was stopped)."""
    ids = [e.id for e in journal.all_events()]
    assert len(ids) == len(set(ids)), "an event is stored twice"
    return ids


async def sequenced(owner: Station | Hub) -> list[tuple[Event, int]]:
    return await owner.writer.run(lambda: list(owner.journal.sequenced()))


async def count(owner: Station | Hub) -> int:
    return await owner.writer.run(owner.journal.count)


async def outbox(owner: Station) -> list[Event]:
    return await owner.writer.run(owner.journal.pending)


async def no_gaps(owner: Station | Hub) -> bool:
    g = [g for _, g in await sequenced(owner)]
    return g == list(range(1, len(g) + 1))


async def quietly(aw: Awaitable[Any]) -> None:
    with contextlib.suppress(Exception):
        await aw


__all__ = ["Event"]


async def raw_client(url: str, **kw: Any):
    """A bare websocket to the hub, for speaking the protocol by hand."""
    from websockets.asyncio.client import connect

    return await connect(url, open_timeout=5, close_timeout=2, **kw)


async def hello(ws, name: str, token: str, last_gseq: int = 0, **extra: Any):
    """Send a hello and return the hub's first answer, decoded."""
    from commandcenter.protocol import PROTOCOL_VERSION, Hello, decode_hub, encode

    await ws.send(
        encode(
            Hello(version=PROTOCOL_VERSION, station=name, token=token, last_gseq=last_gseq, **extra)
        ),
        text=True,
    )
    async with asyncio.timeout(WAIT):
        return decode_hub(await ws.recv())


async def closed(ws) -> tuple[int, str]:
    """Read until the hub closes the connection; its close code and reason."""
    from websockets.exceptions import ConnectionClosed

    async with asyncio.timeout(WAIT):
        try:
            while True:
                await ws.recv()
        except ConnectionClosed as exc:
            rcvd = exc.rcvd
            return (rcvd.code, rcvd.reason) if rcvd else (1006, "")
