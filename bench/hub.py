"""Fan-out benchmark: the hub against a bare websockets broadcast() relay, same load, same run.

For 50 and 200 connected receiving stations, submitters send 100 events/s in total (four
stations at 25/s each, under the hub's per-connection rate limit). We measure, per delivered
copy, the time from the submitter's send to the receiver's arrival (p50/p99, ms) and the
delivered copies per second. The bare relay is a minimal `broadcast()` server with no auth,
checks or storage: the library's ceiling. Both servers run as separate processes on 127.0.0.1.

    python bench/hub.py [--quick]      # the last line printed is one JSON object
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from websockets.asyncio.client import connect
from websockets.frames import Frame, Opcode

from commandcenter.domain import Event, seal
from commandcenter.protocol import PROTOCOL_VERSION, EventMsg, Hello, Submit, encode

RATE = 100.0
SUBMITTERS = 4

BARE = """
import asyncio, sys
from websockets.asyncio.server import serve, broadcast
clients = set()
async def handler(ws):
    clients.add(ws)
    try:
        async for msg in ws:
            broadcast(clients, msg)
    finally:
        clients.discard(ws)
async def main():
    async with serve(handler, "127.0.0.1", int(sys.argv[1]), max_size=2**20):
        print("ready", flush=True)
        await asyncio.Future()
asyncio.run(main())
"""


class Seen(msgspec.Struct):
    gseq: int
    event: dict


_seen = msgspec.json.Decoder(Seen)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chain(station: str, n: int) -> list[Event]:
    evs, prev = [], "0" * 64
    for i in range(n):
        ev = Event(
            id=f"{station}-{i}",
            station=station,
            seq=i + 1,
            actor="bench",
            ts=datetime.now(UTC),
            kind="decision.logged",
            payload={"text": f"会商决定 {i}: 派出抢险队伍, 转移群众 " + "x" * 120},
        )
        ev = seal(ev, prev)
        prev = ev.hash
        evs.append(ev)
    return evs


def start_server(cmd: list[str], ready: bytes) -> subprocess.Popen:
    # the bare relay logs every aborted connection; its noise is not a figure
    quiet = subprocess.DEVNULL if cmd[1] == "-c" else None
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=quiet)
    line = proc.stdout.readline()
    if not line.startswith(ready):
        proc.kill()
        raise SystemExit(f"server did not start: {line!r}")
    return proc


class RawReceiver:
    """A receiving station with a minimal frame parser: the websockets client costs ~10x more
    CPU per frame, and with 200 of them the measuring process, not the server, was the limit."""

    def __init__(self, clock: dict[str, float], lat: list[float], sample: bool) -> None:
        self.clock, self.lat, self.sample = clock, lat, sample
        self.count = 0
        self.last = 0.0

    async def open(self, host: str, port: int, hello: bytes | None) -> None:
        self.reader, self.writer = await asyncio.open_connection(host, port)
        key = base64.b64encode(os.urandom(16)).decode()
        self.writer.write(
            f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101"), head
        if hello is not None:
            self.writer.write(Frame(Opcode.TEXT, hello).serialize(mask=True))

    async def run(self) -> None:
        buf = b""
        while True:
            chunk = await self.reader.read(1 << 16)
            if not chunk:
                return
            buf += chunk
            now = time.perf_counter()
            i = 0
            while len(buf) - i >= 2:
                op, n = buf[i] & 0x0F, buf[i + 1] & 0x7F
                h = 2
                if n == 126:
                    if len(buf) - i < 4:
                        break
                    n, h = int.from_bytes(buf[i + 2 : i + 4]), 4
                elif n == 127:
                    if len(buf) - i < 10:
                        break
                    n, h = int.from_bytes(buf[i + 2 : i + 10]), 10
                if len(buf) - i < h + n:
                    break
                data = buf[i + h : i + h + n]
                i += h + n
                if op == 9:  # ping: answer, or the server's keepalive drops us
                    self.writer.write(Frame(Opcode.PONG, data).serialize(mask=True))
                elif op == 1 and data.startswith(b'{"type":"event"'):
                    self.count += 1
                    self.last = now
                    if self.sample:
                        t0 = self.clock.get(_seen.decode(data).event["id"])
                        if t0 is not None:
                            self.lat.append(now - t0)
            buf = buf[i:]

    def close(self) -> None:
        self.writer.transport.abort()


async def measure(url: str, receivers: int, seconds: float, tokens: dict[str, str] | None) -> dict:
    n = int(RATE * seconds / SUBMITTERS)
    chains = {f"src-{k}": chain(f"src-{k}", n) for k in range(SUBMITTERS)}
    sent: dict[str, float] = {}
    lat: list[float] = []
    total = n * SUBMITTERS
    port = int(url.rsplit(":", 1)[1])

    async def open_(name: str):
        ws = await connect(
            url, max_size=None, open_timeout=30, ping_interval=None, close_timeout=0.5
        )
        if tokens is not None:
            hello = Hello(version=PROTOCOL_VERSION, station=name, token=tokens[name])
            await ws.send(encode(hello), text=True)
            await ws.recv()  # welcome
        return ws

    # every receiver reads and counts every frame; one in five also times its copies
    rx = [RawReceiver(sent, lat, sample=i % 5 == 0) for i in range(receivers)]
    for i, r in enumerate(rx):
        hello = None
        if tokens is not None:
            name = f"rx-{i}"
            hello = encode(Hello(version=PROTOCOL_VERSION, station=name, token=tokens[name]))
        await r.open("127.0.0.1", port, hello)
    tx = {name: await open_(name) for name in chains}
    tasks = [asyncio.create_task(r.run()) for r in rx]
    drains = [asyncio.create_task(_drain(ws)) for ws in tx.values()]
    await asyncio.sleep(0.5)  # welcomes and presence frames settle before the clock starts
    base = sum(r.count for r in rx)
    start = time.perf_counter()
    for i in range(n):
        for k, (name, evs) in enumerate(chains.items()):
            target = start + (i * SUBMITTERS + k) / RATE
            await asyncio.sleep(max(0.0, target - time.perf_counter()))
            ev = evs[i]
            frame = (
                encode(Submit(events=[ev]))
                if tokens
                else encode(EventMsg(gseq=i, ghash="0" * 64, event=ev))
            )
            sent[ev.id] = time.perf_counter()
            await tx[name].send(frame, text=True)
    async with asyncio.timeout(seconds + 10):
        while sum(r.count for r in rx) - base < total * receivers:
            await asyncio.sleep(0.05)
    for t in tasks + drains:
        t.cancel()
    await asyncio.gather(*tasks, *drains, return_exceptions=True)
    for r in rx:
        r.close()
    for ws in tx.values():
        ws.transport.abort()
    delivered = sum(r.count for r in rx) - base
    last = max(r.last for r in rx)
    lat.sort()
    return {
        "p50_ms": round(1000 * statistics.median(lat), 2) if lat else None,
        "p99_ms": round(1000 * lat[int(0.99 * (len(lat) - 1))], 2) if lat else None,
        "delivered_per_s": round(delivered / max(last - start, 1e-9), 1),
        "delivered": delivered,
        "expected": total * receivers,
    }


async def _drain(ws) -> None:
    async for _ in ws:
        pass


def hub_tokens(db: Path, names: list[str]) -> dict[str, str]:
    from commandcenter.hub.tokens import TokenStore
    from commandcenter.store import Journal

    with Journal(db, authority=True) as j:
        store = TokenStore(j.conn)
        return {n: store.add(n, "desk") for n in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter runs (under a minute)")
    args = ap.parse_args()
    seconds = 4.0 if args.quick else 15.0
    result: dict = {"submitted_per_s": RATE, "seconds_per_run": seconds}
    with tempfile.TemporaryDirectory() as tmp:
        for receivers in (50, 200):
            row = {}
            for kind in ("hub", "bare"):
                port = free_port()
                url = f"ws://127.0.0.1:{port}"
                if kind == "hub":
                    db = Path(tmp) / f"hub-{receivers}.db"
                    names = [f"rx-{i}" for i in range(receivers)]
                    names += [f"src-{k}" for k in range(SUBMITTERS)]
                    tokens = hub_tokens(db, names)
                    cmd = [sys.executable, "-m", "commandcenter", "hub"]
                    cmd += ["--listen", f"127.0.0.1:{port}", "--db", str(db)]
                    proc = start_server(cmd, b"hub listening")
                else:
                    tokens = None
                    proc = start_server([sys.executable, "-c", BARE, str(port)], b"ready")
                try:
                    row[kind] = asyncio.run(measure(url, receivers, seconds, tokens))
                finally:
                    proc.terminate()
                    proc.wait()
                print(f"{receivers:>4} stations  {kind:<4}  {json.dumps(row[kind])}", flush=True)
            row["hub_vs_bare_throughput"] = round(
                row["hub"]["delivered_per_s"] / row["bare"]["delivered_per_s"], 3
            )
            result[f"stations_{receivers}"] = row
    result["hub_vs_bare_throughput"] = min(
        result[f"stations_{n}"]["hub_vs_bare_throughput"] for n in (50, 200)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
