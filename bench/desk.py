"""Bench the desk (offscreen): event-loop stalls under a live feed, and time to first paint.

    python bench/desk.py            # 1,000 events/s for 10 s; first paint with 100,000 events
    python bench/desk.py --quick    # 3 s of feed, 20,000-event journal (under a minute)

The feed is what reaches a desk at that rate in a busy county: other stations' events (new
incidents and 续报 from a field station) arriving through the desk's in-process hub every
20 ms — `Station.accept`: durable write on the writer thread, apply, notify, panes — while a
5 ms QTimer measures how late the GUI loop runs it (a stall). A desk's own clicks take the
same path after `decide`, at human rates. First paint is measured in a
fresh process (`commandcenter desk --first-paint-exit`) on a journal built with the demo
county and a snapshot, as a desk that has been running has one. The last line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def build_journal(path: Path, events: int) -> int:
    from commandcenter.demo import generate_demo
    from commandcenter.store import Journal

    # ~300 events per unit of demo scale at large scales; make more and keep exactly `events`
    evs = generate_demo(scale=max(1, events / 250), now=datetime.now(UTC))[:events]
    with Journal(path) as j:
        for i in range(0, len(evs), 5000):
            j.append(evs[i : i + 5000])
        state, upto = j.confirmed_state(use_snapshot=False)
        j.save_snapshot(state, upto)
        return j.count()


def _empty_state():
    from commandcenter.domain import State

    return State()


_EMPTY = None


def first_paint(path: Path) -> float:
    # An installed desk runs from compiled bytecode (pip compiles on install); a source
    # checkout under PYTHONDONTWRITEBYTECODE recompiled all of commandcenter at every start.
    import compileall

    import commandcenter

    compileall.compile_dir(Path(commandcenter.__file__).parent, quiet=1)
    env = dict(os.environ, COMMANDCENTER_HOME=str(path.parent))
    cmd = [
        sys.executable,
        "-m",
        "commandcenter",
        "desk",
        "--db",
        str(path),
        "--no-serve",
        "--first-paint-exit",
        "--size",
        "1920x1080",
    ]
    with tempfile.TemporaryFile("w+") as err:  # said when the desk exits without painting
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        for line in proc.stdout:
            if line.startswith("FIRST_PAINT"):
                elapsed = time.perf_counter() - t0
                proc.wait(timeout=30)
                return elapsed
        proc.wait()
        err.seek(0)
        why = [ln for ln in err.read().splitlines() if "propagateSizeHints" not in ln]
    raise RuntimeError(
        f"the desk exited ({proc.returncode}) without painting: " + " / ".join(why[-5:])
    )


async def feed(seconds: float, rate: int, db: Path, why: bool = False) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from commandcenter.demo import DrillFeed
    from commandcenter.domain import GENESIS, Event, seal, to_payload
    from commandcenter.domain.events import convert_payload
    from commandcenter.store import new_id
    from commandcenter.ui.startup import DeskOptions, Launcher

    global _EMPTY
    _EMPTY = _empty_state()

    launcher = Launcher(DeskOptions(db=str(db), serve=False, size=(1920, 1080)))
    window = await launcher.start()
    desk = launcher.desk
    # Start-up work is over before the clock starts: the map (pyqtgraph's import alone is a
    # ~0.5-1 s block of the GUI thread, once, after the first paint) and the log's history.
    # A fixed 1 s wait let that land inside the feed on a loaded machine and be measured
    # as a feed stall.
    async with asyncio.timeout(60):
        while window.pane("pane.map").plot is None:
            await asyncio.sleep(0.05)
        await window.pane("pane.log").loading
    await asyncio.sleep(0.5)
    got = [0]
    desk.station.subscribe(lambda evs: got.__setitem__(0, got[0] + len(evs)))
    gaps: list[float] = []
    last = [time.perf_counter()]

    watch = None
    if why:  # say what the GUI thread did in the longest stalls (stderr)
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tools.stallwatch import StallWatch

        watch = StallWatch(threshold_ms=25)

    def beat() -> None:
        if watch is not None:
            watch.beat()
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 5)
        last[0] = now

    timer = QTimer(interval=5, timeout=beat)
    drill = DrillFeed(11)
    # The feed itself must not load the GUI thread: DrillFeed scans every incident per call,
    # so it writes new reports, and 续报 go to reports it made (as a busy county's would).
    made: list[str] = []
    chain = [0, GENESIS]

    def event(kind: str, payload: dict) -> Event:
        ev = Event(id=new_id(), station="field-bench", seq=chain[0] + 1, actor="网格员",
                   ts=desk.station.clock(), kind=kind, payload=payload)  # fmt: skip
        ev = seal(ev, chain[1])
        chain[:] = [ev.seq, ev.hash]
        return ev

    def decisions_for(n: int) -> list:
        out = []
        for i in range(n):
            if made and i % 2:
                iid = made[(len(made) * 7 + i) % len(made)]
                out.append(
                    event("incident.followup", {"incident": iid, "text": "【演练】现场续报"})
                )
            else:
                kind, payload = drill.next(_EMPTY, desk.station.clock())[0]
                payload["incident"] = f"B{len(made):06d}"
                payload["place"] = places[len(made) % len(places)]
                made.append(payload["incident"])
                out.append(event(kind, to_payload(convert_payload(kind, payload))))
        return out

    places = [
        {"township": t.id, "village": v.id, "lon": v.lon, "lat": v.lat}
        for t in desk.state.townships.values()
        for v in t.villages
    ]
    period, per_batch = 0.02, max(1, round(rate * 0.02))
    # Made before the clock starts: in a real county other stations make them, and the
    # generator's own work on this GUI thread was ~10% of what the stall timer saw (py-spy).
    ready = decisions_for(int(rate * seconds) + per_batch * 3)
    last[0] = time.perf_counter()
    timer.start()
    if watch is not None:
        watch.start()
        type(QApplication.instance()).on = True
    t0 = time.perf_counter()
    sent = 0
    pending: set[asyncio.Task] = set()
    while (elapsed := time.perf_counter() - t0) < seconds:
        due = int(elapsed * rate)
        if due > sent:
            decisions = ready[sent : sent + min(due - sent, per_batch * 3)]
            sent += len(decisions)
            t = asyncio.ensure_future(desk.station.accept(decisions))
            pending.add(t)
            t.add_done_callback(pending.discard)
        await asyncio.sleep(period)
    await asyncio.gather(*pending, return_exceptions=True)
    took = time.perf_counter() - t0
    await asyncio.sleep(0.3)
    timer.stop()
    if watch is not None:
        type(QApplication.instance()).on = False
        watch.stop()
        print(watch.report(), file=sys.stderr)
    # the panes must have kept up during the feed (not only at this last flush): a stall
    # figure from panes that stopped updating would be worthless
    live = window.pane("pane.log").model.rowCount()
    desk.flush()
    rows = window.pane("pane.log").model.rowCount()
    if rows - live > 3 * per_batch * 10:
        raise SystemExit(f"the log fell {rows - live} rows behind during the feed")
    await launcher.stop()
    gaps.sort()
    return {
        "feed_seconds": round(took, 2),
        "events_sent": sent,
        "events_absorbed": got[0],
        "events_per_s": round(got[0] / took, 1),
        "log_rows": rows,
        "log_rows_behind_at_end": rows - live,
        "longest_stall_ms": round(max(gaps), 1),
        "p99_stall_ms": round(gaps[int(len(gaps) * 0.99)], 1),
        "beats": len(gaps),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rate", type=int, default=1000)
    ap.add_argument("--why", action="store_true", help="print the longest stalls' stacks")
    ap.add_argument("--no-paint", action="store_true", help="skip the first-paint runs")
    args = ap.parse_args()
    seconds, journal_events = (3, 20_000) if args.quick else (10, 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.db"
        t = time.perf_counter()
        n = build_journal(big, journal_events)
        print(f"journal: {n} events in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        paint = 0.0 if args.no_paint else min(first_paint(big) for _ in range(2))
        print(f"first paint: {paint:.2f} s", file=sys.stderr)

        import qasync
        from PySide6.QtWidgets import QApplication

        from commandcenter.ui import theme

        if args.why:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
            from tools.stallwatch import slow_events, timed_application

            app = timed_application([])
        else:
            app = QApplication.instance() or QApplication([])
        app.setOrganizationName("commandcenter-bench")
        theme.apply_theme(app)
        live = Path(tmp) / "live.db"
        build_journal(live, 2_000)
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            result = runner.run(feed(seconds, args.rate, live, args.why))
    if args.why:
        print("slowest events (native work included):\n" + slow_events(app), file=sys.stderr)
    result.update(
        journal_events=n,
        startup_first_paint_s=round(paint, 2),
        rate=args.rate,
        aims={"longest_stall_ms": 50, "startup_first_paint_s": 1.5},
    )
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
