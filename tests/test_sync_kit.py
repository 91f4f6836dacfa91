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


def ids_once(journal: Journal) -> list[str]:
    """Every event id of a journal in global order, asserting none appears twice."""
    ids = [e.id for e in journal.all_events()]
    assert len(ids) == len(set(ids)), "an event is stored twice"
    return ids


def gseqs(journal: Journal) -> list[int]:
    return [g for _, g in journal.sequenced()]


def no_gaps(journal: Journal) -> bool:
    g = gseqs(journal)
    return g == list(range(1, len(g) + 1))


async def quietly(aw: Awaitable[Any]) -> None:
    with contextlib.suppress(Exception):
        await aw


__all__ = ["Event"]
