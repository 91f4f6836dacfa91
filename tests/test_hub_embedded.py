"""The in-process hub: a desk serving its own journal so a second station and a screen join."""

from __future__ import annotations

from test_sync_kit import close_station, ids_once, incident, run, station, synced, team, until

from commandcenter.domain import state_hash
from commandcenter.hub import start_embedded_hub
from commandcenter.link import Link, Status


def test_embedded_hub_joins_a_second_desk_and_the_big_screen(tmp_path):
    async def scenario():
        desk = station(tmp_path, "desk", authority=True)
        await desk.submit(*team("team-1"))  # made before anyone joined: replayed on join
        hub = await start_embedded_hub(desk)
        assert hub.url.startswith("ws://127.0.0.1:")
        second = station(tmp_path, "desk-2")
        screen = station(tmp_path, "screen", role="screen")
        l2 = Link(second, hub.url, await hub.add_station("desk-2", "desk"))
        ls = Link(screen, hub.url, await hub.add_station("screen", "screen"))
        seen: list[Status] = []
        ls.subscribe(lambda s: seen.append(s.status))
        try:
            l2.start()
            ls.start()
            await synced(l2, 1)
            await second.submit(*incident("i1"))  # remote decision: stored in the desk journal
            await desk.submit(*incident("i2"))  # desk decision: broadcast to the others
            await second.submit(*incident("i3"))
            await synced(l2, 4)
            await synced(ls, 4)
            assert sorted(desk.confirmed.incidents) == ["i1", "i2", "i3"]
            assert state_hash(desk.confirmed) == state_hash(second.confirmed)
            assert state_hash(desk.confirmed) == state_hash(screen.confirmed)
            assert await ids_once(second) == await ids_once(desk)
            assert await ids_once(screen) == await ids_once(desk)
            assert sorted(hub.online()) == ["desk-2", "screen"]
            assert Status.SYNCING in seen and seen[-1] is Status.ONLINE
            # a restarted desk keeps numbering after what remote stations sent
            assert desk.journal.last_gseq == 4 and desk.upto == 4
        finally:
            await l2.close()
            await ls.close()
            await hub.close()
            for st in (desk, second, screen):
                close_station(st)

    run(scenario())


def test_embedded_hub_refuses_a_station_journal(tmp_path):
    async def scenario():
        st = station(tmp_path, "not-authority")
        try:
            await start_embedded_hub(st)
        except ValueError as exc:
            assert "authority" in str(exc)
        else:
            raise AssertionError("a station journal cannot serve as the hub")
        finally:
            close_station(st)

    run(scenario())


def test_revoked_station_is_dropped_from_the_embedded_hub(tmp_path):
    async def scenario():
        from commandcenter.hub import Limits

        desk = station(tmp_path, "desk", authority=True)
        hub = await start_embedded_hub(desk, limits=Limits(recheck=0.2))
        other = station(tmp_path, "field-1", role="field")
        link = Link(other, hub.url, await hub.add_station("field-1", "field"), backoff_cap=0.3)
        try:
            link.start()
            await until(link, lambda s: s.status is Status.ONLINE)
            await hub.revoke("field-1")
            state = await until(link, lambda s: "revoked" in s.last_error)
            assert state.status is not Status.ONLINE
        finally:
            await link.close()
            await hub.close()
            close_station(desk)
            close_station(other)

    run(scenario())
