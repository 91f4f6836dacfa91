"""Journal benchmark: durable appends/s vs raw sqlite3, and cold start-up over 100k events.

Prints its figures; the last line is one JSON object:
  journal_appends_per_s   one event per durable transaction through Journal.append
  station_do_per_s        the same through Station.do (decide + seal + append + apply)
  sqlite_appends_per_s    raw sqlite3 inserts of the same rows, WAL + synchronous=FULL, one commit each
  journal_vs_sqlite       journal_appends_per_s / sqlite_appends_per_s  (aim >= 0.8)
  startup_100k_s          median cold start (new process: imports, open, snapshot + tail) to a
                          ready Station over a 100,000-event journal  (aim < 1 s)
  full_replay_100k_s      the same state rebuilt from every event, no snapshot (for comparison)
Usage: python bench/journal.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from commandcenter.demo import generate_demo
from commandcenter.domain import replay
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.rows import row_of as _row

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def bench_appends(j: Journal, events: list) -> float:
    t = time.perf_counter()
    for ev in events:
        j.append([ev])
    return len(events) / (time.perf_counter() - t)


def bench_station(tmp: Path, n: int) -> float:
    with Journal(tmp / "station.db") as j:
        st = Station(j, station="desk-01", actor="张伟")
        t = time.perf_counter()
        for i in range(n):
            st.do("decision.logged", {"text": f"会商决定第{i}项"})
        return n / (time.perf_counter() - t)


def raw_sqlite(tmp: Path) -> sqlite3.Connection:
    db = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(
        "CREATE TABLE events (pos INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
        " station TEXT, seq INTEGER, actor TEXT, ts TEXT, kind TEXT, payload TEXT, prev TEXT,"
        " hash TEXT, gseq INTEGER UNIQUE, ghash TEXT, incident TEXT, UNIQUE(station, seq))"
    )
    db.execute("CREATE INDEX ix_i ON events(incident)")
    db.execute("CREATE INDEX ix_t ON events(ts)")
    return db


def bench_sqlite(db: sqlite3.Connection, events: list, first: int) -> float:
    rows = [_row(ev, first + i, ev.hash) for i, ev in enumerate(events)]
    sql = (
        "INSERT INTO events (id, station, seq, actor, ts, kind, payload, prev, hash, gseq, ghash,"
        " incident) VALUES (:id, :station, :seq, :actor, :ts, :kind, :payload, :prev, :hash,"
        " :gseq, :ghash, :incident)"
    )
    t = time.perf_counter()
    for r in rows:
        db.execute("BEGIN IMMEDIATE")
        db.execute(sql, r)
        db.execute("COMMIT")
    return len(rows) / (time.perf_counter() - t)


def compare(tmp: Path, events: list, block: int = 20) -> tuple[float, float]:
    """Rates of the journal and raw sqlite3 over the same rows, alternating every `block` rows.

    An fsync here costs 3-6 ms and swings with the other processes' disk traffic from one
    second to the next; alternating in small blocks puts both under the same swings, where
    five long rounds left ratios anywhere from 0.5 to 1.2 on the same code."""
    j, db = Journal(tmp / "append.db"), raw_sqlite(tmp)
    jt = st = 0.0
    try:
        for r in range(0, len(events), block):
            part = events[r : r + block]
            jt += len(part) / bench_appends(j, part)
            st += len(part) / bench_sqlite(db, part, r + 1)
    finally:
        j.close()
        db.close()
    return len(events) / jt, len(events) / st


STARTUP = """
import sys, time
t = time.perf_counter()
from commandcenter.station import Station
from commandcenter.store import Journal
j = Journal(sys.argv[1])
st = Station(j, station="desk-01", actor="x")
assert st.state.events == int(sys.argv[2]), st.state.events
print(time.perf_counter() - t)
"""


def build_big(path: Path, n: int) -> None:
    evs = generate_demo(seed=7, scale=n / 260, now=NOW)[:n]
    if len(evs) < n:
        raise SystemExit(f"the demo gave only {len(evs)} events; raise the scale")
    with Journal(path) as j:
        for i in range(0, n, 10_000):
            j.append(evs[i : i + 10_000])
        # a desk that has been running keeps a snapshot every 5,000 events
        cut = n - 2_500
        j.save_snapshot(replay(evs[:cut]), cut)


def cold_start(path: Path, n: int, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP, str(path), str(n)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small counts, under a minute")
    args = ap.parse_args()
    n_append = 600 if args.quick else 3000
    n_big = 100_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        events = generate_demo(seed=7, now=NOW)[:n_append]
        j_rate, s_rate = compare(tmp, events)
        print(f"journal appends:  {j_rate:8.0f} /s  ({len(events)} durable transactions)")
        print(f"raw sqlite3:      {s_rate:8.0f} /s  (same rows, WAL + synchronous=FULL)")
        d_rate = bench_station(tmp, n_append // 2)
        print(f"Station.do:       {d_rate:8.0f} /s  (decide + seal + append + apply)")
        big = tmp / "big.db"
        t = time.perf_counter()
        build_big(big, n_big)
        print(f"built a {n_big}-event journal in {time.perf_counter() - t:.1f} s")
        startup = cold_start(big, n_big, 1 if args.quick else 3)
        print(f"cold start-up over {n_big} events: {startup:.3f} s (snapshot + 2,500-event tail)")
        with Journal(big) as j:
            t = time.perf_counter()
            j.confirmed_state(use_snapshot=False)
            full = time.perf_counter() - t
        print(f"full replay without snapshot:   {full:.3f} s")
    print(
        json.dumps(
            {
                "journal_appends_per_s": round(j_rate, 1),
                "station_do_per_s": round(d_rate, 1),
                "sqlite_appends_per_s": round(s_rate, 1),
                "journal_vs_sqlite": round(j_rate / s_rate, 3),
                "startup_100k_s": round(startup, 3),
                "full_replay_100k_s": round(full, 3),
                "events": n_big,
                "quick": args.quick,
            }
        )
    )


if __name__ == "__main__":
    main()
