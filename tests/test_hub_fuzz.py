"""Thousands of malformed frames at a real hub: it answers or closes, stays up, stores nothing."""

from __future__ import annotations

import json
import random

from test_sync_kit import Rig, hello, incident, raw_client, run, sequenced, synced, team
from websockets.exceptions import ConnectionClosed

from commandcenter.domain import encode_event
from commandcenter.hub import Limits
from commandcenter.protocol import Error, Reject, Welcome, decode_hub

FRAMES = 3000


def _frames(valid_event: bytes, rnd: random.Random):
    """An endless mix of broken frames; each is (payload, as_text)."""
    ev = json.loads(valid_event)
    submit = json.dumps({"type": "submit", "events": [ev]}).encode()
    shapes = [
        lambda: (b"{", True),
        lambda: (b"", True),
        lambda: (b"null", True),
        lambda: (b'{"type": "submit"}', True),
        lambda: (b'{"type": "launch"}', True),
        lambda: (b'{"type": "submit", "events": "all"}', True),
        lambda: (b'{"type": "submit", "events": [1, 2, 3]}', True),
        lambda: (b'{"type": "hello", "version": 1, "station": "x", "token": "y"}', True),
        lambda: (json.dumps({"type": "submit", "events": [{**ev, "seq": 10**40}]}).encode(), True),
        lambda: (json.dumps({"type": "submit", "events": [{**ev, "seq": 1e308}]}).encode(), True),
        lambda: (b'{"type": "submit", "events": [{"seq": 1e999}]}', True),
        lambda: (
            json.dumps({"type": "submit", "events": [{**ev, "kind": "ufo.landed"}]}).encode(),
            True,
        ),
        lambda: (
            json.dumps(
                {"type": "submit", "events": [{**ev, "payload": {"incident": 10**30}}]}
            ).encode(),
            True,
        ),
        lambda: (
            json.dumps({"type": "submit", "events": [{**ev, "ts": "yesterday"}]}).encode(),
            True,
        ),
        lambda: (json.dumps({"type": "submit", "events": [{**ev, "extra": 1}]}).encode(), True),
        lambda: (json.dumps({"type": "submit", "events": [ev] * 500}).encode(), True),
        lambda: (b"\xff\xfe\xfa not utf-8", True),  # invalid UTF-8 in a text frame
        lambda: (submit, False),  # a binary frame
        lambda: (bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 64))), False),
        lambda: (_mutate(submit, rnd), True),
        lambda: (_mutate(submit, rnd), True),
        lambda: (_mutate(submit, rnd), True),
    ]
    while True:
        yield rnd.choice(shapes)()


def _mutate(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randrange(1, 4)):
        i = rnd.randrange(len(b))
        op = rnd.randrange(3)
        if op == 0:
            b[i] = rnd.randrange(32, 127)
        elif op == 1:
            del b[i]
        else:
            b.insert(i, rnd.choice(b'{}[]",:0-e9'))
    return bytes(b)


def test_fuzzed_frames_get_an_answer_or_a_close_and_the_journal_is_unchanged(tmp_path):
    async def scenario():
        async with Rig(tmp_path, Limits(rate=100_000, burst=100_000, strikes=50)) as rig:
            a = rig.station("desk-a")
            la = rig.link(a)
            await a.submit(*team("team-1"))
            ev = await a.submit(*incident("i1"))
            await synced(la, 2)
            before = [(e.id, g) for e, g in await sequenced(rig.hub)]
            token = rig.token("fuzz", "desk")  # events of desk-a can never pass as fuzz's
            frames = _frames(encode_event(ev), random.Random(1234))
            answered = closes = 0
            ws = None
            for _ in range(FRAMES):
                if ws is None:
                    ws = await raw_client(rig.url, max_size=None)
                    assert isinstance(await hello(ws, "fuzz", token), Welcome)
                data, as_text = next(frames)
                try:
                    await ws.send(data, text=as_text)
                    while True:
                        msg = decode_hub(await ws.recv())
                        if isinstance(msg, (Error, Reject)):
                            answered += 1
                            break
                except ConnectionClosed:
                    closes += 1
                    ws = None
            assert answered + closes == FRAMES
            assert answered > FRAMES // 2 and closes > 10
            assert [(e.id, g) for e, g in await sequenced(rig.hub)] == before
            # the hub is still up and serving honest stations
            b = rig.station("desk-b")
            lb = rig.link(b)
            await b.submit(*incident("i2"))
            await synced(lb, 3)
            await synced(la, 3)

    run(scenario(), timeout=110)
