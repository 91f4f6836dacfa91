"""Faults with real processes: the hub SIGKILLed mid-stream, a station SIGKILLed mid-send."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_sync_kit import (
    WAIT,
    Rig,
    close_station,
    count,
    eventually,
    ids_in,
    ids_once,
    incident,
    run,
    sequenced,
    station,
    synced,
)

from commandcenter.domain import state_hash
from commandcenter.link import Link
from commandcenter.store import Journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
CLI = [sys.executable, "-m", "commandcenter"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _add_station(db: Path, name: str) -> str:
    if not db.exists():  # hub commands refuse a journal that does not exist
        subprocess.run([*CLI, "init", "--db", str(db)], capture_output=True, check=True)
    out = subprocess.run(
        [*CLI, "hub", "add-station", name, "--role", "desk", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


async def _start_hub(db: Path, port: int) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        *CLI,
        "hub",
        "--listen",
        f"127.0.0.1:{port}",
        "--db",
        str(db),
        stdout=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(WAIT):
        line = await proc.stdout.readline()
    assert line.startswith(b"hub listening on ws://127.0.0.1:"), line
    return proc


async def _acked(st) -> dict[str, int]:
    return {e.id: g for e, g in await sequenced(st)}


def test_hub_killed_mid_stream_loses_no_acked_event_and_stations_resume(tmp_path):
    async def scenario():
        db, port = tmp_path / "hub.db", _free_port()
        tokens = {n: _add_station(db, n) for n in ("desk-a", "desk-b")}
        hub = await _start_hub(db, port)
        a, b = station(tmp_path, "desk-a"), station(tmp_path, "desk-b")
        url = f"ws://127.0.0.1:{port}"
        la = Link(a, url, tokens["desk-a"], backoff_cap=0.3)
        lb = Link(b, url, tokens["desk-b"], backoff_cap=0.3)
        try:
            la.start()
            lb.start()

            async def work():
                for i in range(150):
                    await a.submit(*incident(f"a{i}"))
                    await b.submit(*incident(f"b{i}"))
                    await asyncio.sleep(0.005)

            worker = asyncio.get_running_loop().create_task(work())
            await eventually(lambda: a.upto >= 40 and b.upto >= 40)
            hub.send_signal(signal.SIGKILL)
            await hub.wait()
            acked = {**await _acked(a), **await _acked(b)}
            assert len(acked) >= 40
            hub = await _start_hub(db, port)  # same address; links find it by themselves
            await worker
            await synced(la, 300)
            await synced(lb, 300)
        finally:
            await la.close()
            await lb.close()
            hub.send_signal(signal.SIGTERM)
            await hub.wait()
        with Journal(db) as hj:
            stored = {e.id: g for e, g in hj.sequenced()}
            assert all(stored.get(i) == g for i, g in acked.items()), "an acked event was lost"
            assert len(ids_in(hj)) == 300 and sorted(stored.values()) == list(range(1, 301))
            for st in (a, b):
                assert await ids_once(st) == ids_in(hj)
            assert state_hash(a.confirmed) == state_hash(b.confirmed)
        close_station(a)
        close_station(b)

    run(scenario(), timeout=90)


STATION_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from commandcenter.link import Link
    from commandcenter.station import Station
    from commandcenter.store import Journal

    async def main(db, url, token, n):
        st = Station(Journal(db, authority=False), station="desk-k", actor="k")
        if not st.pending:
            decisions = [("incident.reported", {"incident": f"k{i}", "type": "flood",
                          "severity": 4, "title": f"k{i}", "place": {"township": "t"}})
                         for i in range(n)]
            for i in range(0, n, 500):
                st.do_many(decisions[i:i + 500])
        print("recorded", flush=True)
        Link(st, url, token).start()
        await asyncio.sleep(3600)

    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
    """
)


def test_station_killed_mid_send_sends_its_outbox_after_restart_without_doubles(tmp_path):
    n = 3000

    async def scenario():
        async with Rig(tmp_path) as rig:
            db = tmp_path / "desk-k.db"
            script = tmp_path / "station.py"
            script.write_text(STATION_SCRIPT)
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                str(script),
                str(db),
                rig.url,
                rig.token("desk-k"),
                str(n),
                stdout=asyncio.subprocess.PIPE,
            )
            async with asyncio.timeout(WAIT):
                assert await proc.stdout.readline() == b"recorded\n"
            async with asyncio.timeout(WAIT):
                while await count(rig.hub) == 0:
                    await asyncio.sleep(0.005)
            proc.send_signal(signal.SIGKILL)  # mid-send: the hub holds part of the outbox
            await proc.wait()
            st = rig.stations.append(station(tmp_path, "desk-k")) or rig.stations[-1]
            link = rig.link(st)  # the desk restarts on the same database
            await synced(link, n)
            assert len(await ids_once(rig.hub)) == n == len(await ids_once(st))
            hub_rows = await sequenced(rig.hub)
            assert [g for _, g in hub_rows] == list(range(1, n + 1))
            assert [e.seq for e, _ in hub_rows] == list(range(1, n + 1))

    run(scenario(), timeout=90)
