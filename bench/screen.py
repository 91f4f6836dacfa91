"""Bench the big screen (offscreen, 3840×2160): events at 200/s from the hub to the pixels.

    python bench/screen.py            # 200 events/s for 20 s, pages rotating every 4 s
    python bench/screen.py --quick    # 6 s (under a minute)

A demo centre (demo county, authority journal, embedded hub) runs in a second process, as the
centre's server does in the hall; the screen joins it through `ScreenLauncher` exactly as
`commandcenter screen --hub` does (Link, its own journal, role screen). Field events (new
incidents and 续报) enter the centre through `Station.accept` at the given rate; each
event's own time (the feeder's clock, the same machine) is compared with the moment the page
on screen has repainted after a refresh that included it (`ScreenWindow.painted`, emitted
once the window's repaint, and the map's own view paint, are done). Every page is measured,
统计 included, and pages rotate so that each is on screen in turn (every 4 s; every 1.2 s
with --quick). `station_to_paint` is the screen's own share: from the event's arrival on the
screen's station to its paint. A 5 ms QTimer measures how late the GUI loop runs (a stall).
Full-frame paint: `grab()` of each page at 3840×2160. `--why` prints what the GUI thread did
in the longest stalls and the paint time per widget (tools/stallwatch.py). Last line JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q / 100))]


async def feeder(seconds: float, rate: int, folder: Path) -> None:
    """The command centre, in its own process as in the hall: demo county, hub, field feed.

    Prints `URL TOKEN`, waits for a line on stdin, feeds for `seconds`, prints `SENT n`."""
    from commandcenter.demo import DrillFeed, init_demo
    from commandcenter.domain import GENESIS, Event, State, seal, to_payload
    from commandcenter.domain.events import convert_payload
    from commandcenter.hub.embedded import start_embedded_hub
    from commandcenter.station import Station
    from commandcenter.store import Journal, new_id

    journal = Journal(folder / "centre.db")
    init_demo(journal, now=datetime.now(UTC))
    centre = Station(journal, station="centre", actor="值班员")
    hub = await start_embedded_hub(centre)
    token = await hub.add_station("screen-bench", "screen")
    print(hub.url, token, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    drill, empty, made, chain = DrillFeed(11), State(), [], [0, GENESIS]
    places = [{"township": t.id, "village": v.id, "lon": v.lon, "lat": v.lat}
              for t in centre.state.townships.values() for v in t.villages]  # fmt: skip

    def event(kind: str, payload: dict) -> Event:
        ev = Event(id=new_id(), station="field-bench", seq=chain[0] + 1, actor="网格员",
                   ts=datetime.now(UTC), kind=kind, payload=payload)  # fmt: skip
        ev = seal(ev, chain[1])
        chain[:] = [ev.seq, ev.hash]
        return ev

    def batch(n: int) -> list[Event]:
        out = []
        for i in range(n):
            if made and i % 3:
                iid = made[(len(made) * 7 + i) % len(made)]
                out.append(event("incident.followup", {"incident": iid, "text": "【演练】续报"}))
            else:
                kind, payload = drill.next(empty, centre.clock())[0]
                payload["incident"] = f"B{len(made):06d}"
                payload["place"] = places[len(made) % len(places)]
                made.append(payload["incident"])
                out.append(event(kind, to_payload(convert_payload(kind, payload))))
        return out

    t0 = time.perf_counter()
    sent = 0
    tasks: set[asyncio.Task] = set()
    while (elapsed := time.perf_counter() - t0) < seconds:
        due = int(elapsed * rate)
        if due > sent:
            evs = batch(min(due - sent, 20))
            sent += len(evs)
            t = asyncio.ensure_future(centre.accept(evs))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"SENT {sent} {time.perf_counter() - t0:.2f}", flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)
    await hub.close()
    await centre.writer.run(journal.close)
    centre.writer.close()


async def run(seconds: float, rate: int, folder: Path, why: bool = False, rotate=4.0) -> dict:
    from PySide6.QtCore import QTimer

    from commandcenter.link import Status
    from commandcenter.ui.screen.startup import ScreenLauncher, ScreenOptions

    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--feeder", "--seconds", str(seconds), "--rate", str(rate),
        "--folder", str(folder), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    url, token = (await proc.stdout.readline()).decode().split()
    opts = ScreenOptions(hub=url, token=token, db=str(folder / "screen.db"),
                         station="screen-bench", size=(3840, 2160), rotate=rotate)  # fmt: skip
    screen = ScreenLauncher(opts)
    window = await screen.start()
    async with asyncio.timeout(60):
        await screen.link.wait_until(lambda s: s.status is Status.ONLINE)
    await asyncio.sleep(1.0)

    # full-frame paint of every page at 3840×2160
    frame_ms: dict[str, float] = {}
    for key in window.pages:
        window.rotation.show(key, time.monotonic())
        window.show_page(key, force=True)
        window.grab()  # the first grab builds the page's caches (fonts, the map's background)
        t = time.perf_counter()
        window.grab()
        frame_ms[key] = round((time.perf_counter() - t) * 1000, 1)
    window.rotation.show("overview", time.monotonic())

    # latency from the event's own time (stamped by the feeder, same machine clock)
    waiting: list[tuple[int, float, float]] = []  # (gseq on the screen, event time, arrival)
    own: list[float] = []  # arrival on the screen's station -> painted
    latencies: dict[str, list[float]] = {}
    arrivals: list[float] = []  # event time -> stored and applied on the screen's station

    def arrived(evs) -> None:
        upto, now = screen.desk.station.upto, time.time()
        for e in evs:
            if e.station == "field-bench":
                t = e.ts.timestamp()
                arrivals.append((now - t) * 1000)
                waiting.append((upto, t, now))

    def painted(upto: int) -> None:
        now = time.time()
        keep = []
        for g, t, a in waiting:
            if g <= upto:
                latencies.setdefault(window.shown, []).append((now - t) * 1000)
                own.append((now - a) * 1000)
            else:
                keep.append((g, t, a))
        waiting[:] = keep

    screen.desk.station.subscribe(arrived)
    window.painted.connect(painted)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        if watch is not None:
            watch.beat()
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 5)
        last[0] = now

    timer = QTimer(interval=5, timeout=beat)
    watch = None
    if why:  # say what the GUI thread did in the longest stalls (stderr)
        from PySide6.QtWidgets import QApplication

        from tools.stallwatch import StallWatch

        watch = StallWatch(threshold_ms=25)
        watch.start()
        type(QApplication.instance()).on = True
    refresh_ms: dict[str, list[float]] = {}
    for page in window.pages.values():  # time each page's own refresh (Python side)

        def timed(page=page, inner=page.refresh) -> None:
            t = time.perf_counter()
            inner()
            refresh_ms.setdefault(page.KEY, []).append((time.perf_counter() - t) * 1000)

        page.refresh = timed
    timer.start()
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    _, sent, took = (await proc.stdout.readline()).decode().split()
    sent, took = int(sent), float(took)
    await asyncio.sleep(1.5)  # the last events reach the pixels
    timer.stop()
    if watch is not None:
        type(QApplication.instance()).on = False
        watch.stop()
        print(watch.report(), file=sys.stderr)
    proc.stdin.write(b"stop\n")
    await proc.stdin.drain()
    await proc.wait()
    live = [x for xs in latencies.values() for x in xs]
    result = {
        "seconds": round(took, 1),
        "events_sent": sent,
        "events_per_s": round(sent / took, 1),
        "events_painted": len(live),
        "event_to_paint_p50_ms": round(pct(live, 50), 1),
        "event_to_paint_p99_ms": round(pct(live, 99), 1),
        "event_to_screen_station_p99_ms": round(pct(arrivals, 99), 1),
        "station_to_paint_p99_ms": round(pct(own, 99), 1),
        "event_to_paint_p99_by_page_ms": {k: round(pct(v, 99), 1) for k, v in latencies.items()},
        "longest_stall_ms": round(max(gaps), 1),
        "p99_stall_ms": round(pct(gaps, 99), 1),
        "refresh_p99_ms": {k: round(pct(v, 99), 1) for k, v in refresh_ms.items()},
        "refreshes": {k: len(v) for k, v in refresh_ms.items()},
        "full_frame_paint_ms": frame_ms,
        "full_frame_paint_max_ms": max(frame_ms.values()),
        "size": "3840x2160",
        "aims": {"event_to_paint_p99_ms": 250, "longest_stall_ms": 100},
    }
    await screen.stop()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rate", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=None)
    ap.add_argument("--why", action="store_true", help="print the longest stalls' stacks")
    ap.add_argument("--feeder", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--folder", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    seconds = args.seconds or (6 if args.quick else 20)
    if args.feeder:
        asyncio.run(feeder(seconds, args.rate, Path(args.folder)))
        return
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
    with (
        tempfile.TemporaryDirectory() as tmp,
        asyncio.Runner(loop_factory=qasync.QEventLoop) as runner,
    ):
        rotate = 1.2 if args.quick else 4.0
        result = runner.run(run(seconds, args.rate, Path(tmp), args.why, rotate))
    if args.why:
        print("slowest events (native work included):\n" + slow_events(app), file=sys.stderr)
    for k, v in result.items():
        print(f"{k}: {v}", file=sys.stderr)
    result["rate"] = args.rate
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
