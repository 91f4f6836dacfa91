"""Input an outsider controls never makes the hub log a traceback: 1,000 malformed hellos leave
a bounded log, every one is closed with a documented code, and deep nesting is refused before
decoding."""

from __future__ import annotations

import asyncio
import io
import logging

from test_sync_kit import Rig, closed, hello, raw_client, run, synced

from commandcenter.protocol import Error, Welcome, decode_hub
from commandcenter.protocol.bounds import too_deep
from commandcenter.protocol.codes import Close

BAD_HELLOS = [
    b"\xff\xfe\x00",
    "{",
    "null",
    "[" * 5000 + "]" * 5000,
    '{"type":"' + "汉" * 60 + '"}',  # echoed in the reason: more than 123 bytes of UTF-8
    '{"type":"hello","version":1,"station":"a","token":"x","' + "字" * 60 + '":1}',
    '{"type":"hello","version":"1"}',
    '{"type":"hello","version":1,"station":"a","token":"x","last_gseq":1e400}',
    '{"type":"hello","version":1,"station":"a","token":"' + "x" * 5000 + '"}',
    '{"type":"hello","version":7,"station":"a","token":"x"}',
    '{"type":"hello","version":1,"station":"a","token":"guess"}',
    '{"a":' * 3000 + "1" + "}" * 3000,
]
DOCUMENTED = {Close.BAD_HELLO, Close.VERSION, Close.UNAUTHORIZED}


def test_a_thousand_malformed_hellos_leave_a_bounded_log_and_no_traceback(tmp_path):
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.WARNING)  # the hub logs refusals as warnings
    codes: list[int] = []

    async def one(rig: Rig, i: int) -> None:
        ws = await raw_client(rig.url)
        await ws.send(BAD_HELLOS[i % len(BAD_HELLOS)])
        codes.append((await closed(ws))[0])

    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            link = rig.link(st)
            await synced(link, 0)
            for start in range(0, 1000, 25):
                await asyncio.gather(*(one(rig, i) for i in range(start, start + 25)))
            assert rig.hub.refusals.suppressed > 900
            await synced(link, 0)  # the honest station never noticed

    try:
        run(scenario(), timeout=240)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    text = out.getvalue()
    refused = [line for line in text.splitlines() if line.startswith("refused ")]
    assert len(codes) == 1000 and set(codes) <= DOCUMENTED, set(codes) - DOCUMENTED
    assert "Traceback" not in text and "connection handler failed" not in text
    assert 0 < len(refused) <= 20  # the rate limit: 20 lines a minute
    assert len(text.encode()) < 16_000, len(text.encode())
    print(f"1,000 malformed hellos: {len(refused)} log lines, {len(text.encode())} bytes")


def test_deep_nesting_from_an_authenticated_station_is_an_error_frame(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            assert isinstance(await hello(ws, "desk-a", rig.token("desk-a")), Welcome)
            deep = '{"type":"submit","events":[{"payload":' + "[" * 100_000 + "]" * 100_000
            await ws.send(deep + "}]}")
            msg = decode_hub(await ws.recv())
            assert isinstance(msg, Error) and msg.code == "malformed"
            assert "nested deeper than 40 levels" in msg.message
            await ws.close()

    run(scenario())


def test_nesting_check_counts_structure_not_brackets_in_strings():
    assert too_deep("[" * 41 + "]" * 41) and not too_deep("[" * 40 + "]" * 40)
    assert not too_deep('["' + "[" * 100 + "]" * 100 + '"]')
    assert not too_deep('{"a":"' + "{" * 100 + '"}')
    assert too_deep(b'{"a":' * 50 + b"1" + b"}" * 50)
