"""The hub's periodic work stays off the event path: the token recheck reads the stations
table only when it may have changed, and keepalive pings start at a random phase per
connection (spread, not in bursts) while a peer that stops answering is still closed."""

from __future__ import annotations

import asyncio
import base64
import os

from test_sync_kit import Rig

import commandcenter.hub.keepalive as keepalive
from commandcenter.hub import Hub, TokenStore
from commandcenter.hub.limits import Limits
from commandcenter.protocol import PROTOCOL_VERSION, Hello, encode
from commandcenter.store import Journal


def test_the_token_recheck_reads_the_table_only_after_it_may_have_changed(tmp_path):
    db = tmp_path / "hub.db"
    with Journal(db, authority=True) as j:
        hub = Hub(j)
        try:
            tokens = {n: hub.writer.call(hub.tokens.add, n, "desk") for n in ("a", "b", "c")}
            pairs = [(tokens[n], n) for n in ("a", "b")]
            first = hub.writer.call(hub._check_all, pairs)
            assert [v.refusal for v in first] == ["", ""]
            assert hub.writer.call(hub._check_all, pairs) is None  # nothing changed
            # `hub revoke` from the CLI: another connection, another process's commit
            with Journal(db, lock=False) as other:
                TokenStore(other.conn).revoke("b")
            after = hub.writer.call(hub._check_all, pairs)
            assert after is not None and "revoked" in after[1].refusal
            assert hub.writer.call(hub._check_all, pairs) is None
            # a station that joined since the last full check is checked
            more = hub.writer.call(hub._check_all, [*pairs, (tokens["c"], "c")])
            assert more is not None and more[2].refusal == ""
            # a revoke through the hub's own connection (the embedded desk's)
            hub.writer.call(hub.tokens.revoke, "a")
            own = hub.writer.call(hub._check_all, [*pairs, (tokens["c"], "c")])
            assert own is not None and "revoked" in own[0].refusal
        finally:
            hub.writer.close()


async def _dead_peer(port: int, hello: bytes) -> int:
    """A station that says hello, then never answers a ping; the close code it gets."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    await reader.readuntil(b"\r\n\r\n")
    n = len(hello)
    head = bytes([0x81, 0x80 | n]) if n < 126 else bytes([0x81, 0xFE]) + n.to_bytes(2, "big")
    writer.write(head + b"\0\0\0\0" + hello)  # masked with the zero key
    try:
        while True:
            b0, b1 = await reader.readexactly(2)
            size = b1 & 0x7F
            if size == 126:
                size = int.from_bytes(await reader.readexactly(2), "big")
            elif size == 127:
                size = int.from_bytes(await reader.readexactly(8), "big")
            body = await reader.readexactly(size)
            if b0 & 0x0F == 0x8:
                return int.from_bytes(body[:2], "big")
    finally:
        writer.close()


def test_keepalive_starts_at_a_random_phase_and_still_closes_a_silent_peer(tmp_path, monkeypatch):
    phases: list[tuple[float, float]] = []

    def uniform(a: float, b: float) -> float:
        phases.append((a, b))
        return 0.0

    monkeypatch.setattr(keepalive.random, "uniform", uniform)

    async def scenario():
        async with Rig(tmp_path, Limits(keepalive=0.3)) as rig:
            hello = encode(Hello(version=PROTOCOL_VERSION, station="a", token=rig.token("a")))
            return await asyncio.wait_for(_dead_peer(rig.hub.port, hello), 10)

    assert asyncio.run(scenario()) == 1011  # keepalive ping timeout
    assert phases == [(0.0, 0.3)]  # the connection's phase, drawn over one interval
