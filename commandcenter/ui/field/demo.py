"""`commandcenter field --demo`: a county desk and its hub in this process, on a demo database
of its own (never a real one), that has just sent a few orders down to 青山县's township T03.

The county side is an ordinary authority `Station` with the embedded hub; the field station
joins it through a real `Link` on 127.0.0.1 with a `field` token scoped to the township, so
everything the field station does travels the same way as in a real deployment.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from commandcenter.domain import Refused
from commandcenter.domain.scope import Scope
from commandcenter.hub.embedded import EmbeddedHub, start_embedded_hub
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.journal import new_id
from commandcenter.store.writer import Writer

FIELD_NAME = "field-demo"


@dataclass
class DemoCounty:
    station: Station  # the county desk (authority journal, serves the hub)
    hub: EmbeddedHub
    token: str
    scope: Scope

    async def close(self) -> None:
        await self.hub.close()
        await self.station.writer.run(self.station.journal.close)
        self.station.writer.close()


def fresh_journal(path: Path, *, authority: bool) -> Journal:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
    return Journal(path, authority=authority)


def _county(path: Path) -> Journal:
    from commandcenter.demo import init_demo

    journal = fresh_journal(path, authority=True)
    init_demo(journal, now=datetime.now(UTC))
    return journal


async def start_demo_county(home: Path, township: str = "T03") -> DemoCounty:
    """Build the demo county in `home`, serve it on loopback, issue the field token, give orders."""
    writer = Writer("demo-county")
    journal = await writer.run(_county, home / "field-demo-county.db")
    station = Station(journal, station="desk-demo", actor="值班员", writer=writer)
    if township not in station.state.townships:
        township = next(iter(station.state.townships))
    hub = await start_embedded_hub(station)
    token = await hub.add_station(FIELD_NAME, "field", township=township)
    await give_orders(station, township)
    return DemoCounty(station, hub, token, Scope(township))


async def give_orders(station: Station, township: str) -> None:
    """The county sends a few fresh orders down: a 叫应 call, a video request, a dispatch."""
    s = station.state
    zones = [z for z in s.zones.values() if z.township == township]
    incidents = [
        i for i in s.incidents.values() if i.place.township == township and i.status != "closed"
    ]
    inc = incidents[0].id if incidents else ""
    decisions = []
    if zones:
        z = zones[0]
        text = f"叫应 {z.commander.name}: 立即组织{z.name}群众转移"
        decisions.append(
            (
                "order.issued",
                {
                    "order": new_id(),
                    "kind": "call",
                    "township": township,
                    "village": z.village,
                    "subject": z.id,
                    "text": text,
                },
            )
        )
    if inc:
        decisions.append(
            (
                "order.issued",
                {
                    "order": new_id(),
                    "kind": "video",
                    "township": township,
                    "incident": inc,
                    "text": "接入单兵图传",
                },
            )
        )
        standby = [t for t in s.teams.values() if t.township == township and t.status == "standby"]
        if standby:
            decisions.append(
                (
                    "team.dispatched",
                    {"team": standby[0].id, "incident": inc, "task": "排查隐患点, 协助转移"},
                )
            )
    for kind, payload in decisions:  # one by one: a refusal (demo data moved on) skips one
        with contextlib.suppress(Refused):
            await station.submit(kind, payload)
