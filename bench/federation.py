"""A city of counties on loopback: county hubs federated through NATS JetStream, one cut off.

Three counties of 1,000 registered stations each (3,000 in all), each county a leaf nats-server
and a `commandcenter hub --county` process; the city a nats-server and `hub --city`. Each
county's stations are driven by one client process: stations report at a peak rate (a county at
peak: a few decisions a second), each over a short connection of its own (connect, hello,
submit, ack, close, as a township station on a poor line does), while ten duty desks per county
stay connected and time every event from its station's send to their screens (`p99_ms`,
station to station within a county). A city screen does the same at the city
(`city_lag_p99_ms`, leaving out the cut county's events from 2 s before the cut until the
city has caught up). County 0's WAN
link (a cuttable TCP link between its leaf node and the city) is cut for 60 s (`--quick`: 15 s)
while it keeps working, then restored; `catchup_s` is the time from the restore until the city
holds every event the county made during the cut. At the end the city journal is read: `lost`
counts acknowledged events missing there, `doubled` events held or shown twice.

    python bench/federation.py [--quick]      # the last line printed is one JSON object
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from websockets.asyncio.client import connect

from commandcenter.domain import GENESIS, Event, seal
from commandcenter.federation.natsd import NatsServer, city_conf, county_conf
from commandcenter.federation.wan import WanLink
from commandcenter.protocol import PROTOCOL_VERSION, Hello, Submit, encode

COUNTIES = 3
STATIONS = 1000  # per county
DESKS = 10  # live desks per county, among its stations
CLI = [sys.executable, "-m", "commandcenter"]
_frame = msgspec.json.Decoder(dict)


# ---------------------------------------------------------------- client process (one county)
async def desk(url: str, name: str, token: str, seen: dict, arrivals: list, stop: asyncio.Event):
    """A live desk: records (desk, event id, arrival wall time) of every event frame."""
    async with connect(url, max_size=None, open_timeout=60) as ws:
        await ws.send(encode(Hello(version=PROTOCOL_VERSION, station=name, token=token)), text=True)
        while not stop.is_set():
            try:
                async with asyncio.timeout(0.5):
                    raw = await ws.recv()
            except TimeoutError:
                continue
            now = time.time()
            if raw.startswith('{"type":"event"'):
                msg = _frame.decode(raw)
                arrivals.append((name, msg["event"]["id"], now))
                seen["gseq"] = max(seen["gseq"], msg["gseq"])


async def report(url: str, st: dict, seen: dict, sent: list, acked: list) -> None:
    """One station's report over a short connection of its own."""
    st["busy"] = True
    try:
        await _report(url, st, seen, sent, acked)
    finally:
        st["busy"] = False


async def _report(url: str, st: dict, seen: dict, sent: list, acked: list) -> None:
    ev = Event(
        id=f"{st['name']}-{st['seq'] + 1}",
        station=st["name"],
        seq=st["seq"] + 1,
        actor="bench",
        ts=datetime.now(UTC),
        kind="decision.logged",
        payload={"text": f"村级站点上报 {st['seq'] + 1}: 巡查发现险情, 已组织转移 " + "x" * 60},
    )
    ev = seal(ev, st["prev"])
    st["seq"], st["prev"] = ev.seq, ev.hash
    hello = Hello(
        version=PROTOCOL_VERSION, station=st["name"], token=st["token"], last_gseq=seen["gseq"]
    )
    for _attempt in range(20):
        try:
            async with connect(url, max_size=None, open_timeout=20) as ws:
                await ws.send(encode(hello), text=True)
                await ws.recv()  # welcome
                sent.append((ev.id, time.time()))
                await ws.send(encode(Submit(events=[ev])), text=True)
                async with asyncio.timeout(20):
                    while True:
                        raw = await ws.recv()
                        if raw.startswith('{"type":"ack"') and ev.id in _frame.decode(raw)["acks"]:
                            acked.append(ev.id)
                            return
        except (OSError, TimeoutError, Exception):
            await asyncio.sleep(0.5)


async def client(args) -> None:
    tokens = json.loads(Path(args.tokens).read_text())
    names = sorted(tokens)
    desks, others = names[:DESKS], names[DESKS:]
    seen, arrivals, sent, acked = {"gseq": 0}, [], [], []
    stop = asyncio.Event()
    tasks = [asyncio.create_task(desk(args.url, n, tokens[n], seen, arrivals, stop)) for n in desks]
    stations = [
        {"name": n, "token": tokens[n], "seq": 0, "prev": GENESIS, "busy": False} for n in others
    ]
    start = float(args.start)
    await asyncio.sleep(max(0.0, start - time.time()))
    rng = random.Random(args.seed)
    reports: set[asyncio.Task] = set()
    n = int(args.rate * args.seconds)
    for i in range(n):  # evenly paced, stations in random order
        await asyncio.sleep(max(0.0, start + i / args.rate - time.time()))
        st = rng.choice(stations)
        while st["busy"]:  # one report at a time per station: its chain is sequential
            st = rng.choice(stations)
        t = asyncio.create_task(report(args.url, st, seen, sent, acked))
        reports.add(t)
        t.add_done_callback(reports.discard)
    async with asyncio.timeout(60):
        while reports:
            await asyncio.sleep(0.1)
    await asyncio.sleep(2.0)  # the desks see the last events
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    Path(args.out).write_text(json.dumps({"sent": sent, "acked": acked, "arrivals": arrivals}))


# ---------------------------------------------------------------- orchestrator
def hub_tokens(db: Path, names: list[str], role: str = "desk") -> dict[str, str]:
    from commandcenter.hub.tokens import TokenStore
    from commandcenter.store import Journal

    with Journal(db, authority=True) as j:
        store = TokenStore(j.conn)
        return {n: store.add(n, role) for n in names}


def start_hub(db: Path, args: list[str], log: Path) -> tuple[subprocess.Popen, str]:
    with open(log, "w") as f:
        proc = subprocess.Popen(
            [*CLI, "hub", "--db", str(db), "--listen", "127.0.0.1:0", *args], stdout=f, stderr=f
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        m = re.search(r"ws://127\.0\.0\.1:\d+", log.read_text())
        if m:
            return proc, m.group(0)
        time.sleep(0.1)
    raise SystemExit(f"hub did not start: {log.read_text()[-500:]}")


def pct(xs: list[float], q: float) -> float | None:
    xs = sorted(xs)
    return round(1000 * xs[int(q * (len(xs) - 1))], 1) if xs else None


async def orchestrate(quick: bool) -> dict:
    warm, cut_s, after = (15.0, 15.0, 15.0) if quick else (30.0, 60.0, 30.0)
    seconds = warm + cut_s + after
    rate = 2.0  # reports per second per county (a county at peak)
    tmp = Path(tempfile.mkdtemp(prefix="cc-fed-"))
    procs: list[subprocess.Popen] = []
    servers: list[NatsServer] = []
    wans: list[WanLink] = []
    names = [f"c{i}" for i in range(COUNTIES)]
    try:
        city_nats = NatsServer(tmp / "city-nats")
        conf = city_conf(city_nats.home / "js", city_nats.home / "ports")
        await asyncio.to_thread(city_nats.start, conf)
        servers.append(city_nats)
        city_db = tmp / "city.db"
        screen_tok = hub_tokens(city_db, ["city-screen"], "screen")["city-screen"]
        cp, city_url = await asyncio.to_thread(
            start_hub,
            city_db,
            ["--city", ",".join(names), "--nats", city_nats.url],
            tmp / "city.log",
        )
        procs.append(cp)
        county_urls, county_tokens = {}, {}
        for c in names:
            wan = WanLink(city_nats.leaf_port)
            await wan.restore()
            wans.append(wan)
            leaf = NatsServer(tmp / f"{c}-nats")
            conf = county_conf(c, leaf.home / "js", leaf.home / "ports", wan.url)
            await asyncio.to_thread(leaf.start, conf)
            servers.append(leaf)
            db = tmp / f"{c}.db"
            toks = await asyncio.to_thread(
                hub_tokens, db, [f"{c}-s{k:04d}" for k in range(STATIONS)]
            )
            county_tokens[c] = toks
            (tmp / f"{c}.tokens.json").write_text(json.dumps(toks))
            p, county_urls[c] = start_hub(db, ["--county", c, "--nats", leaf.url], tmp / f"{c}.log")
            procs.append(p)
        print(
            f"{COUNTIES} counties x {STATIONS} stations, {rate}/s per county, "
            f"cut {cut_s:.0f} s; files in {tmp}",
            flush=True,
        )

        # the city screen: every event the city relays, with its arrival time
        city_arrivals: list[tuple[str, float]] = []
        stop = asyncio.Event()
        screen = asyncio.create_task(
            desk(city_url, "city-screen", screen_tok, {"gseq": 0}, city_arrivals, stop)
        )
        start = time.time() + 8.0  # clients connect their desks first
        clients = []
        for i, c in enumerate(names):
            out = tmp / f"{c}.out.json"
            clients.append(
                (
                    c,
                    out,
                    subprocess.Popen(
                        [
                            sys.executable,
                            __file__,
                            "--client",
                            "--url",
                            county_urls[c],
                            "--tokens",
                            str(tmp / f"{c}.tokens.json"),
                            "--rate",
                            str(rate),
                            "--seconds",
                            str(seconds),
                            "--start",
                            str(start),
                            "--seed",
                            str(i),
                            "--out",
                            str(out),
                        ]
                    ),
                )
            )
        await asyncio.sleep(max(0.0, start + warm - time.time()))
        cut_at = time.time()
        await wans[0].cut()
        print(f"county c0 cut off at +{cut_at - start:.1f} s", flush=True)
        await asyncio.sleep(cut_s)
        await wans[0].restore()
        restored = time.time()
        print(f"county c0 restored at +{restored - start:.1f} s", flush=True)
        for _c, _out, p in clients:
            await asyncio.to_thread(p.wait)
        results = {c: json.loads(out.read_text()) for c, out, _p in clients}
        acked = {c: set(r["acked"]) for c, r in results.items()}
        all_acked = set().union(*acked.values())
        async with asyncio.timeout(60):  # the city drains
            while not all_acked <= {e for _d, e, _t in city_arrivals}:
                await asyncio.sleep(0.2)
        stop.set()
        await screen
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                p.wait(20)
        for w in wans:
            await w.close()
        for s in servers:
            s.stop()

    from commandcenter.store import Journal

    with Journal(city_db, authority=True) as j:
        city_ids = [e.id for e in j.all_events()]
    # figures
    sent_at = {e: t for r in results.values() for e, t in r["sent"]}
    lat = []
    doubled = len(city_ids) - len(set(city_ids))
    for r in results.values():
        got = [(d, e) for d, e, _ in r["arrivals"]]
        doubled += len(got) - len(set(got))  # an event shown twice on one desk
        lat += [t - sent_at[e] for _d, e, t in r["arrivals"] if e in sent_at]
    city_first: dict[str, float] = {}
    for _d, e, t in city_arrivals:
        if e in city_first:
            doubled += 1
        city_first.setdefault(e, t)
    c0 = acked["c0"]
    held = {e for e, t in sent_at.items() if e in c0 and cut_at <= t < restored}
    catchup = max((city_first[e] - restored for e in held if e in city_first), default=None)
    # city lag in normal running: leave out c0's events around the cut (sent from 2 s before
    # it until the city had caught up), which wait for the link by design
    end = restored + (catchup or 0.0)
    waited = {e for e, t in sent_at.items() if e in c0 and cut_at - 2.0 <= t <= end}
    city_lag = [city_first[e] - sent_at[e] for e in city_first if e in sent_at and e not in waited]
    lost = len(all_acked - set(city_ids))
    return {
        "stations": COUNTIES * STATIONS,
        "counties": COUNTIES,
        "events": len(all_acked),
        "events_during_cut_c0": len(held),
        "lost": lost,
        "doubled": doubled,
        "catchup_s": None if catchup is None else round(catchup, 2),
        "p50_ms": pct(lat, 0.5),
        "p99_ms": pct(lat, 0.99),
        "city_lag_p50_ms": pct(city_lag, 0.5),
        "city_lag_p99_ms": pct(city_lag, 0.99),
        "cut_s": cut_s,
        "seconds": seconds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a 15 s cut, under three minutes")
    ap.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    for opt in ("--url", "--tokens", "--out", "--start"):
        ap.add_argument(opt, help=argparse.SUPPRESS)
    ap.add_argument("--rate", type=float, default=2.0, help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.client:
        asyncio.run(client(args))
        return
    t0 = time.monotonic()
    out = asyncio.run(orchestrate(args.quick))
    out["wall_s"] = round(time.monotonic() - t0, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
