"""Resume by sequence and the snapshot for a station without a journal, spoken by hand."""

from __future__ import annotations

from test_sync_kit import Rig, closed, hello, incident, raw_client, run, synced

from commandcenter.domain import state_hash
from commandcenter.hub import Limits
from commandcenter.protocol import EventMsg, Presence, Snapshot, Welcome, decode_hub
from commandcenter.protocol.codes import Close


async def _events(ws, n: int) -> list[EventMsg]:
    out = []
    while len(out) < n:
        msg = decode_hub(await ws.recv())
        if isinstance(msg, EventMsg):
            out.append(msg)
        else:
            assert isinstance(msg, Presence)
    return out


def test_replay_starts_after_the_given_sequence_and_continues_live(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            a = rig.station("desk-a")
            la = rig.link(a)
            for i in range(10):
                await a.submit(*incident(f"i{i}"))
            await synced(la, 10)
            ws = await raw_client(rig.url)
            w = await hello(ws, "viewer", rig.token("viewer", "screen"), last_gseq=6)
            assert isinstance(w, Welcome) and w.last_gseq == 10 and w.role == "screen"
            await a.submit(*incident("live"))
            got = await _events(ws, 5)
            assert [m.gseq for m in got] == [7, 8, 9, 10, 11]
            assert got[-1].event.payload["incident"] == "live"
            await ws.close()

    run(scenario())


def test_far_behind_station_may_take_a_snapshot_then_events(tmp_path):
    async def scenario():
        async with Rig(tmp_path, Limits(snapshot_after=5)) as rig:
            a = rig.station("desk-a")
            la = rig.link(a)
            for i in range(12):
                await a.submit(*incident(f"i{i}"))
            await synced(la, 12)
            ws = await raw_client(rig.url, max_size=None)
            await hello(ws, "wall", rig.token("wall", "screen"), want_snapshot=True)
            snap = decode_hub(await ws.recv())
            assert isinstance(snap, Snapshot) and snap.upto == 12
            assert state_hash(snap.state) == state_hash(a.confirmed)
            await a.submit(*incident("next"))
            assert [m.gseq for m in await _events(ws, 1)] == [13]
            await ws.close()

    run(scenario())


def test_a_station_ahead_of_the_hub_is_told_it_talks_to_the_wrong_hub(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await hello(ws, "desk-a", rig.token("desk-a"), last_gseq=99)
            code, reason = await closed(ws)
            assert code == Close.AHEAD and "wrong hub" in reason

    run(scenario())


def test_a_second_connection_of_a_station_replaces_the_first(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            token = rig.token("desk-a")
            old = await raw_client(rig.url)
            assert isinstance(await hello(old, "desk-a", token), Welcome)
            new = await raw_client(rig.url)
            assert isinstance(await hello(new, "desk-a", token), Welcome)
            code, reason = await closed(old)
            assert code == Close.REPLACED and "replaced" in reason
            await new.close()

    run(scenario())
