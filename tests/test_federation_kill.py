"""A county hub process killed with SIGKILL mid-stream and restarted: its desk's outbox and the
county's uplink resume, and the city still holds every county event exactly once, in order."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from federation_kit import City, needs_nats, wait_for
from test_federation import city_rows
from test_sync_kit import close_station, incident, run, station, synced

from commandcenter.federation.natsd import NatsServer, county_conf
from commandcenter.federation.wan import WanLink
from commandcenter.link import Link

pytestmark = needs_nats
CLI = [sys.executable, "-m", "commandcenter"]


def _hub(db: Path, nats_url: str, port: int) -> tuple[subprocess.Popen, int]:
    """Start `commandcenter hub --county north`; its output goes to a file (never a full pipe)."""
    out = db.with_suffix(f".{time.monotonic_ns()}.log")
    args = ["--listen", f"127.0.0.1:{port}", "--county", "north", "--nats", nats_url]
    with open(out, "w") as f:
        proc = subprocess.Popen([*CLI, "hub", "--db", str(db), *args], stdout=f, stderr=f)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        m = re.search(r"ws://127\.0\.0\.1:(\d+)", out.read_text())
        if m:
            return proc, int(m.group(1))
        time.sleep(0.05)
    raise AssertionError(f"the hub did not start: {out.read_text()!r}")


def test_a_county_hub_killed_and_restarted_loses_and_doubles_nothing(tmp_path):
    async def scenario():
        city = City(tmp_path, ["north"])
        wan = WanLink(city.nats.leaf_port)
        leaf = NatsServer(tmp_path / "north-nats")
        procs: list[subprocess.Popen] = []
        desk = station(tmp_path, "north-desk")
        link = None
        try:
            await city.start()
            await wan.restore()
            leaf.start(county_conf("north", leaf.home / "js", leaf.home / "ports", wan.url))
            db = tmp_path / "north-hub.db"
            subprocess.run([*CLI, "init", "--db", str(db)], capture_output=True, check=True)
            token = subprocess.run(
                [*CLI, "hub", "add-station", "north-desk", "--role", "desk", "--db", str(db)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            proc, port = await asyncio.to_thread(_hub, db, leaf.url, 0)
            procs.append(proc)
            link = Link(desk, f"ws://127.0.0.1:{port}", token, backoff_cap=0.3)
            link.start()
            for i in range(40):
                await desk.submit(*incident(f"k{i}"))
                if i == 20:
                    await asyncio.sleep(0.3)  # let some go up the uplink first
                    os.kill(proc.pid, signal.SIGKILL)  # no goodbye, mid-stream
                    proc.wait(10)
            # the desk keeps working into its outbox; the hub comes back on the same port
            proc, _ = await asyncio.to_thread(_hub, db, leaf.url, port)
            procs.append(proc)
            await synced(link, 40)
            want = [e.id for e, _ in await desk.writer.run(lambda: list(desk.journal.sequenced()))]

            async def complete() -> bool:
                return [r[1] for r in await city_rows(city, "north")] == want

            await wait_for(complete, "every north event at the city")
            rows = await city_rows(city, "north")
            assert [r[0] for r in rows] == list(range(1, 41))  # each cseq once, none skipped
            ids = await city.rig.hub.writer.run(
                lambda: [e.id for e in city.rig.journal.all_events()]
            )
            assert sorted(ids) == sorted(want)  # exactly once in the city journal
        finally:
            if link is not None:
                await link.close()
            close_station(desk)
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
                    p.wait(10)
            await city.stop()
            leaf.stop()
            await wan.close()

    run(scenario(), timeout=180)


def test_hub_federation_options_refuse_bad_input_in_one_sentence(tmp_path):
    db = str(tmp_path / "h.db")
    for args, words in (
        (["--county", "north"], "--nats"),
        (["--county", "a", "--city", "b", "--nats", "nats://x"], "one of --county or --city"),
        (["--county", "north.east", "--nats", "nats://x"], "county name"),
    ):
        r = subprocess.run([*CLI, "hub", "--db", db, *args], capture_output=True, text=True)
        assert r.returncode != 0
        assert words in r.stderr and "Traceback" not in r.stderr, r.stderr
