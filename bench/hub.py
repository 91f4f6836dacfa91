"""Fan-out benchmark: the hub against a bare websockets broadcast() relay, same load, same run.

For 50 and 200 connected receiving stations, submitters send 100 events/s in total (four
stations at 25/s each, under the hub's per-connection rate limit). We measure, per delivered
copy, the time from the submitter's send to the receiver's arrival (p50/p99, ms) and the
delivered copies per second. The bare relay is a minimal `broadcast()` server with no auth,
checks or storage: the library's ceiling. Both servers run as separate processes on 127.0.0.1.

Then, over the same 200 connections, a saturation run: the offered rate climbs a ladder
(more submitters at 25/s each) until p99 passes 100 ms or copies are lost; the highest rate
sustained is the capacity (`hub_saturation_vs_bare`, both rates printed). `p99_vs_bare_200` is
hub p99 / bare p99 at 200 stations and 100 events/s. In full mode everything is repeated three
times, hub and bare alternating, and each ratio is the median of its repeats (spread shown).

    python bench/hub.py [--quick]      # the last line printed is one JSON object
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import math
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
PER_SUBMITTER = 25.0  # events/s per submitting connection, under the hub's per-connection limit
# the saturation run raises the offered rate along this ladder until p99 passes the limit or
# copies are lost; the highest rate sustained is the server's capacity at 200 stations
LADDER = [25.0, 50.0, 75.0, 100.0, 150.0, 200.0, 300.0, 400.0, 600.0, 800.0]
MAX_SUBMITTERS = int(LADDER[-1] / PER_SUBMITTER)
P99_LIMIT_MS = 100.0

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


def chain(station: str, n: int, seq: int = 0, prev: str = "0" * 64) -> list[Event]:
    evs = []
    for i in range(seq, seq + n):
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
        self.last = self.seen = 0.0

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
            now = self.seen = time.perf_counter()
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


class Bench:
    """One server, its receivers and submitters, kept open across runs at several rates."""

    def __init__(self, url: str, receivers: int, tokens: dict[str, str] | None) -> None:
        self.url, self.receivers, self.tokens = url, receivers, tokens
        self.port = int(url.rsplit(":", 1)[1])
        self.sent: dict[str, float] = {}
        self.lat: list[float] = []
        self.tx: dict[str, object] = {}
        self.heads: dict[str, tuple[int, str]] = {}
        self.tasks: list[asyncio.Task] = []

    async def open(self) -> None:
        # every receiver reads and counts every frame; one in five also times its copies
        self.rx = [
            RawReceiver(self.sent, self.lat, sample=i % 5 == 0) for i in range(self.receivers)
        ]
        for i, r in enumerate(self.rx):
            hello = None
            if self.tokens is not None:
                name = f"rx-{i}"
                hello = Hello(version=PROTOCOL_VERSION, station=name, token=self.tokens[name])
                hello = encode(hello)
            await r.open("127.0.0.1", self.port, hello)
        self.tasks += [asyncio.create_task(r.run()) for r in self.rx]

    async def _submitter(self, name: str):
        if name not in self.tx:
            ws = await connect(
                self.url, max_size=None, open_timeout=30, ping_interval=None, close_timeout=0.5
            )
            if self.tokens is not None:
                hello = Hello(version=PROTOCOL_VERSION, station=name, token=self.tokens[name])
                await ws.send(encode(hello), text=True)
                await ws.recv()  # welcome
            self.tx[name] = ws
            self.tasks.append(asyncio.create_task(_drain(ws)))
        return self.tx[name]

    async def settle(self, quiet: float = 0.3, limit: float = 30.0) -> None:
        """Wait until no receiver has read anything for `quiet` s: the joins' welcomes,
        replays and presence frames are over, and the clock measures the steady state."""
        end = time.perf_counter() + limit
        await asyncio.sleep(quiet)
        while time.perf_counter() < end:
            if time.perf_counter() - max(r.seen for r in self.rx) >= quiet:
                return
            await asyncio.sleep(0.05)

    async def run(self, rate: float, seconds: float) -> dict:
        """Offer `rate` events/s for `seconds`; latency per delivered copy, and losses."""
        k = max(SUBMITTERS, math.ceil(rate / PER_SUBMITTER))
        n = max(1, int(rate * seconds / k))
        names = [f"src-{i}" for i in range(k)]
        chains = {}
        for name in names:
            await self._submitter(name)
            seq, prev = self.heads.get(name, (0, "0" * 64))
            chains[name] = chain(name, n, seq, prev)
            self.heads[name] = (chains[name][-1].seq, chains[name][-1].hash)
        self.sent.clear()
        self.lat.clear()
        total = n * k
        await self.settle()
        base = sum(r.count for r in self.rx)
        start = time.perf_counter()
        for i in range(n):
            for j, name in enumerate(names):
                target = start + (i * k + j) / rate
                await asyncio.sleep(max(0.0, target - time.perf_counter()))
                ev = chains[name][i]
                if self.tokens is not None:
                    frame = encode(Submit(events=[ev]))
                else:
                    frame = encode(EventMsg(gseq=i, ghash="0" * 64, event=ev))
                self.sent[ev.id] = time.perf_counter()
                await self.tx[name].send(frame, text=True)
        offered = total / max(time.perf_counter() - start, 1e-9)
        expected = total * self.receivers
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds + 5):
                while sum(r.count for r in self.rx) - base < expected:
                    await asyncio.sleep(0.05)
        delivered = sum(r.count for r in self.rx) - base
        last = max(r.last for r in self.rx)
        lat = sorted(self.lat)
        return {
            "rate": rate,
            "offered_per_s": round(offered, 1),
            "p50_ms": round(1000 * statistics.median(lat), 2) if lat else None,
            "p99_ms": round(1000 * lat[int(0.99 * (len(lat) - 1))], 2) if lat else None,
            "delivered_per_s": round(delivered / max(last - start, 1e-9), 1),
            "delivered": delivered,
            "expected": expected,
        }

    async def close(self) -> None:
        for t in self.tasks:
            t.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for r in self.rx:
            r.writer.transport.abort()
        for ws in self.tx.values():
            ws.transport.abort()


async def session(
    url: str, receivers: int, tokens, fixed_s: float, ladder: list[float] | None, step_s: float
) -> dict:
    """The fixed-rate run and, if `ladder`, the saturation run over the same connections."""
    b = Bench(url, receivers, tokens)
    await b.open()
    try:
        out = {"fixed": await b.run(RATE, fixed_s)}
        if ladder:
            best, steps = 0.0, []
            for rate in ladder:
                row = await b.run(rate, step_s)
                steps.append(row)
                # the server kept up: every copy delivered, p99 under the limit
                if row["delivered"] < row["expected"] or (row["p99_ms"] or 1e9) >= P99_LIMIT_MS:
                    break
                best = rate
            out["saturation_per_s"] = best
            out["steps"] = steps
        return out
    finally:
        await b.close()


async def _drain(ws) -> None:
    async for _ in ws:
        pass


def hub_tokens(db: Path, names: list[str]) -> dict[str, str]:
    from commandcenter.hub.tokens import TokenStore
    from commandcenter.store import Journal

    with Journal(db, authority=True) as j:
        store = TokenStore(j.conn)
        return {n: store.add(n, "desk") for n in names}


def spread(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "min": min(values), "max": max(values)}


def ratio(hub: list[dict], bare: list[dict], key: str) -> list[float]:
    """hub / bare for each repeat (a fixed-rate figure, or the saturation rate)."""
    get = lambda r: r["fixed"][key] if key in r["fixed"] else r[key]  # noqa: E731
    return [round(get(h) / max(get(b), 1e-9), 3) for h, b in zip(hub, bare, strict=True)]


def serve_kind(kind: str, tmp: str, receivers: int, rep: int, port: int):
    if kind == "bare":
        return None, start_server([sys.executable, "-c", BARE, str(port)], b"ready")
    db = Path(tmp) / f"hub-{receivers}-{rep}.db"
    names = [f"rx-{i}" for i in range(receivers)] + [f"src-{k}" for k in range(MAX_SUBMITTERS)]
    tokens = hub_tokens(db, names)
    cmd = [sys.executable, "-m", "commandcenter", "hub"]
    cmd += ["--listen", f"127.0.0.1:{port}", "--db", str(db)]
    return tokens, start_server(cmd, b"hub listening")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter runs (under a minute)")
    args = ap.parse_args()
    seconds, step_s, reps = (2.0, 1.0, 1) if args.quick else (15.0, 3.0, 3)
    ladder = LADDER[:7] if args.quick else LADDER
    result: dict = {"submitted_per_s": RATE, "seconds_per_run": seconds, "repeats": reps}
    runs: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(reps):
            for receivers in (50, 200):
                # hub and bare alternate inside each repeat, so load on the shared machine
                # falls on both alike; the ratios are taken within one repeat
                for kind in ("hub", "bare"):
                    port = free_port()
                    tokens, proc = serve_kind(kind, tmp, receivers, rep, port)
                    try:
                        url = f"ws://127.0.0.1:{port}"
                        lad = ladder if receivers == 200 else None
                        out = asyncio.run(session(url, receivers, tokens, seconds, lad, step_s))
                    finally:
                        proc.terminate()
                        proc.wait()
                    runs.setdefault((receivers, kind), []).append(out)
                    line = {"fixed": out["fixed"], "saturation_per_s": out.get("saturation_per_s")}
                    print(
                        f"rep {rep + 1} {receivers:>4} stations  {kind:<4}  {json.dumps(line)}",
                        flush=True,
                    )
    for receivers in (50, 200):
        hub, bare = runs[(receivers, "hub")], runs[(receivers, "bare")]
        row = {
            kind: {
                key: spread([r["fixed"][key] for r in rs])
                for key in ("p50_ms", "p99_ms", "delivered_per_s")
            }
            for kind, rs in (("hub", hub), ("bare", bare))
        }
        row["hub_vs_bare_throughput"] = spread(ratio(hub, bare, "delivered_per_s"))
        row["p99_vs_bare"] = spread(ratio(hub, bare, "p99_ms"))
        result[f"stations_{receivers}"] = row
    hub, bare = runs[(200, "hub")], runs[(200, "bare")]
    result["hub_saturation_per_s"] = spread([h["saturation_per_s"] for h in hub])
    result["bare_saturation_per_s"] = spread([b["saturation_per_s"] for b in bare])
    print(
        f"saturation at 200 stations (p99 < {P99_LIMIT_MS} ms, nothing lost): "
        f"hub {[h['saturation_per_s'] for h in hub]} /s, "
        f"bare {[b['saturation_per_s'] for b in bare]} /s",
        flush=True,
    )
    sat = ratio(hub, bare, "saturation_per_s")
    result["hub_saturation_vs_bare"] = round(statistics.median(sat), 3)
    result["p99_vs_bare_200"] = result["stations_200"]["p99_vs_bare"]["median"]
    result["hub_vs_bare_throughput"] = min(
        result[f"stations_{n}"]["hub_vs_bare_throughput"]["median"] for n in (50, 200)
    )
    result["quick"] = args.quick
    print(json.dumps(result))


if __name__ == "__main__":
    main()
