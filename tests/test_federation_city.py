"""The city side: its journal on PostgreSQL (as docs/deployment.md says to run it) holds every
county event once and in order; two counties sharing a station name stop the intake with one
sentence instead of breaking the city's chains."""

from __future__ import annotations

import pytest
from federation_kit import City, County, needs_nats, wait_for
from pg_server import postgres
from test_federation import city_holds, city_journal_ids
from test_sync_kit import incident, run, synced

pytestmark = needs_nats


@pytest.fixture(scope="module")
def pg_url():
    with postgres() as url:
        if url is None:
            pytest.skip("no PostgreSQL server here (apt-get install postgresql)")
        yield url


def test_the_city_journal_on_postgres_holds_every_county_event_once(tmp_path, pg_url):
    async def scenario():
        city = City(tmp_path, ["north"], db=pg_url)
        north = County(tmp_path, "north", city.nats)
        try:
            await city.start()
            await north.start()
            desk = north.rig.station("north-desk")
            link = north.rig.link(desk)
            for i in range(30):
                await desk.submit(*incident(f"pg{i}"))
            await synced(link, 30)
            await wait_for(lambda: city_holds(city, north), "north at the PostgreSQL city")
            assert len(await city_journal_ids(city)) == 30
        finally:
            await north.stop()
            await city.stop()

    run(scenario(), timeout=120)


def test_two_counties_with_a_station_of_the_same_name_stop_with_one_sentence(tmp_path):
    async def scenario():
        city = City(tmp_path, ["north", "south"])
        north, south = County(tmp_path, "north", city.nats), County(tmp_path, "south", city.nats)
        try:
            await city.start()
            for c in (north, south):
                await c.start()
            for c in (north, south):
                desk = c.rig.station("desk")  # the same name in both counties
                link = c.rig.link(desk)
                await desk.submit(*incident(f"{c.name}-1"))
                await synced(link, 1)

            async def stopped() -> bool:
                return bool(city.node.error)

            await wait_for(stopped, "the city intake to stop")
            assert "station desk" in city.node.error and "same name" in city.node.error
            # nothing of the clash is stored: at most the first county's event (both may come
            # in one intake batch, which is then refused whole)
            assert len(await city_journal_ids(city)) <= 1
        finally:
            for c in (north, south):
                await c.stop()
            await city.stop()

    run(scenario(), timeout=120)
