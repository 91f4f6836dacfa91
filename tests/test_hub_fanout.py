"""The hub's fan-out (hub/fanout.py): one set of frame bytes for every station, a group
commit's events in order and chained, no permessage-deflate, presence frames coalesced."""

from __future__ import annotations

import asyncio

from test_hub_group import chain
from test_sync_kit import WAIT, Rig, hello, raw_client, run

from commandcenter.hub.session import Session
from commandcenter.protocol import EventMsg, Presence, decode_hub
from commandcenter.store.rows import global_hash


async def _next(ws, kind: type):
    async with asyncio.timeout(WAIT):
        while True:
            msg = decode_hub(await ws.recv())
            if isinstance(msg, kind):
                return msg


def test_a_group_commit_reaches_every_station_in_gseq_order_as_the_journal_chains_it(tmp_path):
    stations = [f"desk-{k}" for k in range(8)]
    chains = {s: chain(s, 3) for s in stations}

    async def scenario():
        async with Rig(tmp_path) as rig:
            viewers = []
            for name in ("screen-1", "screen-2"):
                ws = await raw_client(rig.url)  # offers permessage-deflate, as websockets does
                await hello(ws, name, rig.token(name, "screen"))
                viewers.append(ws)
            # the hub negotiates no extension: every connection gets the same frame bytes
            assert [ws.protocol.extensions for ws in viewers] == [[], []]
            for i in range(3):  # eight submissions at once: stored and sent as one batch
                await asyncio.gather(*(rig.hub.submit([chains[s][i]], s, "desk") for s in stations))
            seen = [[await _next(ws, EventMsg) for _ in range(24)] for ws in viewers]
            stored = await rig.hub.writer.run(rig.hub.read, 0, 100)
            for ws in viewers:
                await ws.close()
            return seen, stored

    seen, stored = run(scenario())
    assert [(e.id, g, gh) for e, g, gh in stored] == [
        (m.event.id, m.gseq, m.ghash) for m in seen[0]
    ]
    assert [m.gseq for m in seen[1]] == list(range(1, 25)) and seen[0] == seen[1]
    ghash = "0" * 64
    for m in seen[0]:  # each frame's ghash links to the one before it
        ghash = global_hash(ghash, m.event.hash)
        assert m.ghash == ghash


def test_joins_in_one_moment_cost_one_presence_frame_naming_them_all(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await hello(ws, "screen-1", rig.token("screen-1", "screen"))
            first = await _next(ws, Presence)  # its own join
            joined = []
            for k in range(10):  # ten stations reconnecting at once (a hub restart)
                s = Session(rig.hub, None)
                s.name, s.role = f"desk-{k}", "desk"
                rig.hub.join(s)
                joined.append(s)
            second = await _next(ws, Presence)
            more = None
            try:  # no frame per join follows: the ten share the one above
                async with asyncio.timeout(0.5):
                    more = await _next(ws, Presence)
            except TimeoutError:
                pass
            for s in joined:
                rig.hub.leave(s)
            await ws.close()
            return first, second, more

    first, second, more = run(scenario())
    assert [p.station for p in first.online] == ["screen-1"]
    assert sorted(p.station for p in second.online) == sorted(
        ["screen-1", *(f"desk-{k}" for k in range(10))]
    )
    assert more is None
