"""Say what the GUI thread was doing when it stalled: a watchdog thread samples the main
thread's Python stack every 2 ms; whenever the loop's heartbeat is late by more than a
threshold, the stacks seen during that gap are counted and kept.

    from tools.stallwatch import StallWatch
    watch = StallWatch(threshold_ms=30); watch.start(); ...; watch.beat() from a 5 ms QTimer
    watch.stop(); print(watch.report())

Native work (Qt painting, layout) shows as the frame that called into Qt, e.g. qasync's
`run_forever` for a paint event. bench/desk.py `--why` uses it, with `timed_application`
(the slowest events, the time each widget spent painting). Environment switches:
STALL_PROFILE=Desk,MainWindow runs those receivers' events under cProfile; STALL_TRACE=1 (or
a threshold in ms) lists each slow event with the events before it and what it painted.
The watchdog itself slows the GUI thread: read its figures as relative.
"""

from __future__ import annotations

import collections
import gc
import os
import sys
import threading
import time
import traceback


class StallWatch:
    def __init__(self, threshold_ms: float = 30.0, every_s: float = 0.002) -> None:
        self.threshold = threshold_ms / 1000
        self.every = every_s
        self.main = threading.main_thread().ident
        self.last = time.perf_counter()
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.stalls: list[tuple[float, collections.Counter]] = []
        self.gcs: list[tuple[int, float]] = []  # (generation, ms) of each collection
        self._gc_t0 = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.last = time.perf_counter()
        gc.callbacks.append(self._gc)
        self._thread.start()

    def stop(self) -> None:
        gc.callbacks.remove(self._gc)
        self._stop.set()
        self._thread.join()

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_t0 = time.perf_counter()
        else:
            self.gcs.append((info["generation"], (time.perf_counter() - self._gc_t0) * 1000))

    def beat(self) -> None:
        """Call from the GUI loop (a short QTimer): closes the gap since the last beat."""
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.threshold:
            seen = collections.Counter(s for t, s in self.samples if t >= self.last)
            self.stalls.append((gap * 1000, seen))
        self.samples = [x for x in self.samples if x[0] >= now - 1]
        self.last = now

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = tuple(
                f"{fs.name} ({fs.filename.rsplit('/', 2)[-1]}:{fs.lineno})"
                for fs in traceback.extract_stack(frame)[-14:]
            )
            self.samples.append((time.perf_counter(), stack))

    def report(self, top: int = 6) -> str:
        """The longest stalls, each with the stacks seen most often while it lasted."""
        out = []
        for g in (0, 1, 2):
            ms = [m for gen, m in self.gcs if gen == g]
            if ms:
                out.append(f"gc gen{g}: {len(ms)} collections, longest {max(ms):.1f} ms")
        for ms, seen in sorted(self.stalls, key=lambda x: -x[0])[:top]:
            out.append(f"--- stall {ms:.1f} ms, {sum(seen.values())} samples")
            for stack, n in seen.most_common(3):
                out.append(f"  x{n}: " + " > ".join(stack[-7:]))
        return "\n".join(out)


# receivers (class names) whose events are run under cProfile: STALL_PROFILE=GraphicsScene,…
PROFILE = set(filter(None, os.environ.get("STALL_PROFILE", "").split(",")))


# STALL_TRACE=1 (or a number of ms, default 25): for every event slower than that, keep the
# events that ran just before it in the same stretch of the loop and the widgets it painted
# (how the desk's slowest paints were found: a pane's turn, then the repaint it asked for)
TRACE: list[str] | None = [] if os.environ.get("STALL_TRACE") else None
TRACE_MS = float(os.environ["STALL_TRACE"]) if os.environ.get("STALL_TRACE", "1") != "1" else 25.0


def timed_application(argv: list[str]):
    """A QApplication whose `notify` keeps the slowest events (receiver, type, ms): native
    work — a table's paint, a layout pass — that the Python stack sampler cannot see."""
    from PySide6.QtWidgets import QApplication

    class _Timed(QApplication):
        slow: list[tuple[float, str, str]] = []
        depth = 0
        on = False  # set while measuring
        worst: tuple = (0.0, None, None)  # the slowest profiled event: ms, profile, nested
        nested: collections.Counter | None = None  # events sent inside a profiled one
        paint_ms: collections.Counter | None = None  # widget -> ms painted inside it
        details: list = []  # (ms, paint_ms) of each profiled event over 30 ms
        paints: collections.Counter = collections.Counter()  # receiver -> ms painting
        painted: collections.Counter = collections.Counter()  # receiver -> paint events
        painted_now: collections.Counter = collections.Counter()  # in this top-level event
        traced: list[str] = []  # STALL_TRACE: each slow event with what came before it

        def notify(self, receiver, event):
            _Timed.depth += 1
            t0 = time.perf_counter()
            prof = None
            if _Timed.nested is not None and _Timed.depth > 1:
                k = event.type()
                _Timed.nested[f"{getattr(k, 'name', k)} -> {_who(receiver)}"] += 1
            if _Timed.on and _Timed.depth == 1 and type(receiver).__name__ in PROFILE:
                import cProfile

                prof = cProfile.Profile()
                _Timed.nested = collections.Counter()
                _Timed.paint_ms = collections.Counter()
                prof.enable()
            try:
                return super().notify(receiver, event)
            finally:
                _Timed.depth -= 1
                ms = (time.perf_counter() - t0) * 1000
                if prof is not None:
                    prof.disable()
                    if ms > _Timed.worst[0]:
                        _Timed.worst = (ms, prof, _Timed.nested)
                    if ms > 30:
                        _Timed.details.append((ms, _Timed.paint_ms))
                    _Timed.paint_ms = None
                    _Timed.nested = None
                if _Timed.on and event.type() == event.Type.Paint:
                    who = _who(receiver)
                    if ms >= 3:
                        _Timed.painted_now[who] += ms
                    if _Timed.paint_ms is not None:
                        _Timed.paint_ms[who] += ms
                    _Timed.paints[who] += ms
                    _Timed.painted[who] += 1
                if _Timed.on and _Timed.depth == 0 and TRACE is not None:
                    k = event.type()
                    TRACE.append(f"{getattr(k, 'name', k)}:{type(receiver).__name__}:{ms:.0f}")
                    if ms > TRACE_MS:
                        before = [x for x in TRACE[-30:-1] if not x.endswith(":0")][-8:]
                        drawn = ", ".join(f"{w} {m:.0f}" for w, m in _Timed.painted_now.items())
                        _Timed.traced.append(f"{ms:5.1f} ms {' '.join(before)} -> {TRACE[-1]}"
                                             + (f" [painted: {drawn}]" if drawn else ""))  # fmt: skip
                    if len(TRACE) >= 400:
                        del TRACE[:200]
                if _Timed.depth == 0:
                    _Timed.painted_now.clear()
                if ms > 8 and _Timed.depth == 0 and _Timed.on:
                    name = receiver.objectName() if hasattr(receiver, "objectName") else ""
                    parent = receiver.parent() if hasattr(receiver, "parent") else None
                    where = f"{type(receiver).__name__}({name}) in {type(parent).__name__}"
                    if parent is not None and hasattr(parent, "objectName"):
                        where += f"({parent.objectName()})"
                    kind = event.type()
                    _Timed.slow.append((ms, where, getattr(kind, "name", str(kind))))

    return _Timed(argv)


def _who(w) -> str:
    """A widget by its class and the first named ancestor (a pane's objectName)."""
    name, p = type(w).__name__, w
    while p is not None and not (
        hasattr(p, "objectName") and p.objectName() and not p.objectName().startswith("qt_")
    ):
        p = p.parent() if hasattr(p, "parent") else None
    return f"{name} in {p.objectName()}" if p is not None else name


def slow_events(app, top: int = 12) -> str:
    traced = getattr(app, "traced", [])
    if traced:
        print("slow events with the events before them (STALL_TRACE):\n  " + "\n  ".join(traced))
    rows = sorted(getattr(app, "slow", []), reverse=True)[:top]
    out = [f"  {ms:6.1f} ms {kind:14s} {where}" for ms, where, kind in rows]
    ms, prof, nested = getattr(app, "worst", (0.0, None, None))
    if prof is not None:
        import io
        import pstats

        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumtime").print_stats(25)
        out.append(f"slowest profiled event ({ms:.1f} ms):\n{buf.getvalue()}")
        out.append(
            "events sent inside it: " + ", ".join(f"{k} x{n}" for k, n in nested.most_common(12))
        )
    for ms, painted in sorted(getattr(app, "details", []), key=lambda x: -x[0])[:8]:
        what = ", ".join(f"{w} {m:.0f}" for w, m in painted.most_common(5))
        out.append(f"  {ms:5.1f} ms event painted: {what}")
    paints = getattr(app, "paints", {})
    if paints:
        out.append("painting, total ms (paint events) per widget:")
        for who, ms in sorted(paints.items(), key=lambda x: -x[1])[:top]:
            out.append(f"  {ms:7.1f} ms ({app.painted[who]:4d}) {who}")
    return "\n".join(out)
