"""A city of counties through real nats-servers on loopback: every county event reaches the city
journal exactly once and in its county's order, across a cut WAN, and city orders come down."""

from __future__ import annotations

import asyncio

from federation_kit import City, County, needs_nats, wait_for
from sqlalchemy import select
from test_sync_kit import incident, run, synced, until

from commandcenter.federation.ledger import federated
from commandcenter.link import Status

pytestmark = needs_nats


async def county_ids(c: County) -> list[str]:
    return await c.rig.hub.writer.run(lambda: [e.id for e, _ in c.rig.journal.sequenced()])


async def city_rows(city: City, county: str) -> list[tuple[int, str]]:
    def read():
        conn = city.rig.journal.conn
        q = select(federated.c.cseq, federated.c.id).where(federated.c.county == county)
        rows = [tuple(r) for r in conn.execute(q.order_by(federated.c.cseq))]
        conn.rollback()
        return rows

    return await city.rig.hub.writer.run(read)


async def city_holds(city: City, c: County) -> bool:
    """The city holds county c's journal exactly: every cseq once, ids in the county's order."""
    want = await county_ids(c)
    rows = await city_rows(city, c.name)
    return [r[1] for r in rows] == want and [r[0] for r in rows] == list(range(1, len(want) + 1))


async def city_journal_ids(city: City) -> list[str]:
    ids = await city.rig.hub.writer.run(lambda: [e.id for e in city.rig.journal.all_events()])
    assert len(ids) == len(set(ids)), "an event is stored twice at the city"
    return ids


def test_a_county_cut_off_keeps_working_and_the_city_gets_everything_once_in_order(tmp_path):
    async def scenario():
        city = City(tmp_path, ["north", "south"])
        north, south = County(tmp_path, "north", city.nats), County(tmp_path, "south", city.nats)
        try:
            await city.start()
            for c in (north, south):
                await c.start()
            dn, ds = north.rig.station("north-desk"), south.rig.station("south-desk")
            ln = north.rig.link(dn)
            south.rig.link(ds)
            for i in range(20):
                await dn.submit(*incident(f"n{i}"))
            for i in range(10):
                await ds.submit(*incident(f"s{i}"))
            await synced(ln, 20)
            await wait_for(lambda: city_holds(city, north), "north at the city")

            await north.wan.cut()  # 断网: north's WAN to the city is gone
            # held past the leaf node's reconnect interval (1 s): it must find no way around
            await asyncio.sleep(3)
            for i in range(20, 50):
                await dn.submit(*incident(f"n{i}"))
            await synced(ln, 50)  # north's desk and hub keep working alone
            for i in range(10, 20):
                await ds.submit(*incident(f"s{i}"))
            await wait_for(lambda: city_holds(city, south), "south at the city while north is cut")
            assert len(await city_rows(city, "north")) == 20  # nothing crossed the cut link

            await north.wan.restore()
            await wait_for(lambda: city_holds(city, north), "north caught up at the city")
            assert await city_holds(city, south)
            ids = await city_journal_ids(city)
            assert len(ids) == 50 + 20
            # each county's events keep the county's order inside the city's global order
            pos = {eid: i for i, eid in enumerate(ids)}
            for c in (north, south):
                order = [pos[e] for e in await county_ids(c)]
                assert order == sorted(order)
            assert not city.node.intake.stats.error
        finally:
            for c in (north, south):
                await c.stop()
            await city.stop()

    run(scenario(), timeout=180)


def test_a_city_warning_reaches_a_county_desk(tmp_path):
    async def scenario():
        city = City(tmp_path, ["north"])
        north = County(tmp_path, "north", city.nats)
        try:
            await city.start()
            await north.start()
            desk = north.rig.station("north-desk")
            link = north.rig.link(desk)
            await until(link, lambda s: s.status is Status.ONLINE)
            city_desk = city.rig.station("city-desk")
            city_link = city.rig.link(city_desk)
            warning = {
                "warning": "city-w1",
                "colour": "red",
                "hazard": "暴雨红色预警",
                "valid_from": "2026-07-01T00:00:00+00:00",
                "valid_to": "2026-07-02T00:00:00+00:00",
                "area": ["north"],
                "text": "全市启动防汛Ⅱ级应急响应",
            }
            ev = await city_desk.submit("warning.issued", warning)
            await synced(city_link, 1)

            async def on_county_desk() -> bool:
                return "city-w1" in desk.confirmed.warnings

            await wait_for(on_county_desk, "the city warning on the county desk")
            held = await desk.writer.run(desk.journal.get, ev.id)
            assert held is not None and held.hash == ev.hash  # the city's event, unchanged
            # it comes back up in north's chain, but the city holds it once and sends it once
            await wait_for(lambda: city_holds(city, north), "north's chain at the city")
            assert (await city_journal_ids(city)).count(ev.id) == 1
        finally:
            await north.stop()
            await city.stop()

    run(scenario(), timeout=120)
