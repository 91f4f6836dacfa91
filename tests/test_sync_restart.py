"""A hub restarted the way a service manager does it (SIGTERM, start again) while stations decide.

A clean close (1001) must not strand a station: every link goes offline with the reason,
reconnects to the new hub process, and sends its outbox; every decision reaches the hub
exactly once and every station folds the same state.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest
from hub_proc import add_station, free_port, start_hub
from test_sync_kit import (
    close_station,
    eventually,
    ids_in,
    ids_once,
    incident,
    run,
    station,
    synced,
)

from commandcenter.domain import state_hash
from commandcenter.link import Link, Status
from commandcenter.store import Journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")
ROLES = {"desk-a": "desk", "desk-b": "desk", "field-1": "field"}


def test_graceful_hub_restart_while_stations_decide_loses_and_doubles_nothing(tmp_path):
    async def scenario():
        db, port = tmp_path / "hub.db", free_port()
        tokens = {n: add_station(db, n, r) for n, r in ROLES.items()}
        hub = await start_hub(db, port)
        url = f"ws://127.0.0.1:{port}"
        sts = {n: station(tmp_path, n, role=r) for n, r in ROLES.items()}
        links = {n: Link(sts[n], url, tokens[n], backoff_cap=0.5) for n in ROLES}
        made: dict[str, list[str]] = {n: [] for n in ROLES}
        stop = asyncio.Event()

        async def decide(name: str) -> None:
            i = 0
            while not stop.is_set():
                ev = await sts[name].submit(*incident(f"{name}-{i}"))
                made[name].append(ev.id)
                i += 1
                await asyncio.sleep(0.02)

        workers = []
        try:
            for link in links.values():
                link.start()
            workers = [asyncio.get_running_loop().create_task(decide(n)) for n in ROLES]
            await eventually(lambda: all(s.upto >= 20 for s in sts.values()))
            hub.send_signal(signal.SIGTERM)
            assert await hub.wait() == 0
            # every link must notice: none may stay "online" with the hub gone
            await eventually(
                lambda: all(lk.state.status is not Status.ONLINE for lk in links.values())
            )
            for link in links.values():
                assert link.state.last_error, "offline without a reason"
            # decisions pile up in the outboxes meanwhile
            await eventually(lambda: all(len(st.pending) >= 5 for st in sts.values()))
            back_from = time.monotonic()
            hub = await start_hub(db, port)
            listening = time.monotonic()  # the new hub process printed its address
            up = (Status.SYNCING, Status.ONLINE)  # connected again (online once caught up)
            await eventually(lambda: all(lk.state.status in up for lk in links.values()))
            stop.set()
            await asyncio.gather(*workers)
            total = sum(len(v) for v in made.values())
            for link in links.values():
                await synced(link, total)
            back = time.monotonic() - back_from
            after_listen = time.monotonic() - listening
        finally:
            stop.set()
            await asyncio.gather(*workers, return_exceptions=True)
            for link in links.values():
                await link.close()
            if hub.returncode is None:
                hub.send_signal(signal.SIGTERM)
                await hub.wait()
        with Journal(db) as hj:
            stored = ids_in(hj)
            gseqs = [g for _, g in hj.sequenced()]
            hub_state = hj.confirmed_state(use_snapshot=False)[0]
        decided = [i for v in made.values() for i in v]
        lost = len(set(decided) - set(stored))
        doubled = len(stored) - len(set(stored))
        assert lost == 0 and doubled == 0 and len(stored) == len(decided)
        assert gseqs == list(range(1, len(decided) + 1))
        for st in sts.values():
            assert await ids_once(st) == stored
            assert state_hash(st.confirmed) == state_hash(hub_state)
            close_station(st)
        print(
            f"graceful restart: {len(decided)} decisions, lost {lost}, doubled {doubled}, "
            f"every station back {back:.2f} s after the hub was started again "
            f"({after_listen:.2f} s after it listened)"
        )

    run(scenario(), timeout=120)
