"""`Desk`: the one object the panes share — the station, the current selection, and a paced
stream of updates.

The station notifies on every decision; the desk gathers those events and hands them to the
panes at most ten times a second (one batch, one repaint), so a burst of a thousand events
never turns into a thousand model resets. Panes subscribe with `paced`: the timer's batch
reaches them one pane per turn of the event loop, so each pane's update and repaint is its
own short step and the GUI never stalls for all of them at once (at 1,000 events/s the
board, log, map and banner together were one 80-120 ms step). An explicit `flush()` (the
officer's own click, tests) still reaches every pane before it returns. Every click that decides something goes through
`submit`, which runs the station's coroutine as a task the desk keeps a strong reference to,
and turns a refusal into a translated sentence.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from commandcenter.domain import Event, InvalidEvent, Refused, State
from commandcenter.domain.deadlines import ReportingPolicy
from commandcenter.station import Station

from .i18n import refusal
from .models.cells import clock_tick

log = logging.getLogger(__name__)

FLUSH_MS = 100
# In a flood (events arriving faster than FLOOD_RATE a second) panes take batches every
# FLOOD_S, not every FLUSH_MS: each batch costs every pane a turn and a repaint, and at 1,000
# events/s ten of them a second kept the GUI thread ~80% busy painting (33 window repaints a
# second, bench/desk.py --why), so the clock and the officer's clicks waited behind paints.
# An officer's own decision is flushed at once (`flush`), whatever the rate.
FLOOD_RATE = 200
FLOOD_S = 0.25
_TURN = QEvent.Type(QEvent.registerEventType())  # "give the next paced pane its batch"
# seconds between freezes of the heap (the window freezes it once start-up is over): a full
# collection that walked everything start-up and the shift had made stalled the GUI for
# 106-110 ms at 1,000 events/s (bench/desk.py --why)
FREEZE_EVERY = 600
# ...and after this many events since the last freeze: a flood night's new situation (10,000
# events in 10 s) made one 22-35 ms full collection of what it had added (bench/desk.py --why)
FREEZE_EVENTS = 4000
# payload fields that name an entity whose row must repaint when the event arrives
ID_KEYS = ("incident", "team", "zone", "warehouse", "source", "target", "video", "plan")


@dataclass
class Update:
    events: list[Event]
    touched: set[str] = field(default_factory=set)
    everything: bool = False  # repaint every row (conflict settled, reload)

    def merged(self, later: Update) -> Update:
        """This update and a later one as one (a pane that has not had its turn yet)."""
        return Update(
            self.events + later.events,
            self.touched | later.touched,
            self.everything or later.everything,
        )


def touched_ids(state: State, evs: Iterable[Event]) -> tuple[set[str], bool]:
    ids: set[str] = set()
    everything = False
    for ev in evs:
        for k in ID_KEYS:
            v = ev.payload.get(k)
            if isinstance(v, str) and v:
                ids.add(v)
        c = state.conflicts.get(ev.id)
        if c is not None:  # a conflict also marks the *other* incident of a double dispatch
            ids.add(c.subject)
            ids.update(c.refs)
        if (
            ev.kind in ("conflict.settled", "county.defined")
            or ev.kind.endswith(".registered")
            or ev.kind.startswith("record.")  # a record changed or retired (rows may go)
        ):
            everything = True
    return ids, everything


class Desk(QObject):
    updated = Signal(object)  # Update
    selected = Signal(str)  # incident id ("" = none)
    tick = Signal()  # once a second: clocks and countdowns
    linked = Signal(object)  # LinkState, whenever the hub link's state changes
    message = Signal(str, bool)  # text, is_error

    def __init__(
        self,
        station: Station,
        *,
        demo: bool = False,
        policy: ReportingPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.demo = demo
        self._policy = policy  # a fixed policy (tests); else the bureau's settings in force
        self.link: Any = None  # commandcenter.link.Link when joined to a hub
        self.hub: Any = None  # the embedded hub this desk serves, if any
        self.incident = ""
        self._inbox: list[Event] = []
        self._paced: list[Callable[[Update], None]] = []
        self._turn_posted = False  # a _TURN event is waiting in Qt's queue
        self._due: dict[Callable, Update | None] = {}  # paced panes yet to be told
        # the first post in a process costs PySide ~20-40 ms of signature set-up: at start,
        # not in the middle of a flood
        self._post_turn()
        self._seconds = 0
        self._since_freeze = 0  # events received since the heap was last frozen
        self.flushing = False  # an explicit flush: panes take the whole batch now
        self._handed_at = time.monotonic()  # when the panes last got a batch
        self._tasks: set[asyncio.Task] = set()
        self._unsubscribe = station.subscribe(self._received)
        self._flush = QTimer(self, interval=FLUSH_MS, timeout=self._flush_paced)
        self._flush.start()
        self._clock = QTimer(self, interval=1000, timeout=self._second)
        self._clock.start()

    @property
    def policy(self) -> ReportingPolicy:
        """The reporting deadlines in force: the bureau's `settings.reporting` (journaled)."""
        return self._policy or self.station.state.reporting

    @property
    def state(self) -> State:
        return self.station.state

    @property
    def actor(self) -> str:
        """Who decides: the duty officer (the leader on duty at a leader's seat) of the current
        shift, else the station's actor."""
        sh = self.state.shifts.get(self.state.shift)
        if sh is None or sh.end is not None:
            return self.station.actor
        return sh.leader if self.station.role == "leader" else sh.officer

    def attach(self, link) -> None:
        """Join the desk to its hub link: its state (role, rejection) reaches the window."""
        self.link = link
        self._unlink = link.subscribe(self.linked.emit)
        self.linked.emit(link.state)

    def select(self, incident: str) -> None:
        if incident != self.incident:
            self.incident = incident
            self.selected.emit(incident)

    def _second(self) -> None:
        self._seconds += 1
        if self._seconds % FREEZE_EVERY == 0 or self._since_freeze >= FREEZE_EVENTS:
            self._since_freeze = 0
            self.settle_heap()
        clock_tick()  # tables work out their countdowns and overdue colours again
        self.tick.emit()

    @staticmethod
    def settle_heap() -> None:
        """Keep what exists now out of the collector's full walks: the situation, the
        panes and the history live as long as the desk (young garbage is collected first;
        objects that later die are still freed by reference counting)."""
        gc.collect(1)
        gc.freeze()

    def paced(self, fn: Callable[[Update], None]) -> None:
        """Subscribe a pane: it gets each batch in its own turn of the event loop."""
        self._paced.append(fn)

    def later(self, fn: Callable[[], None]) -> None:
        """Run `fn` in a turn of its own, once however often it is asked for before it runs
        (the map's once-a-second repaint: not in the same step as the clock's other work)."""
        if fn not in self._due:
            self._due[fn] = None
        self._post_turn()

    def _received(self, evs: list[Event]) -> None:
        self._inbox.extend(evs)  # painted on the next flush, with whatever else arrives by then
        self._since_freeze += len(evs)

    def flush(self) -> None:
        """Hand gathered events to every pane now (an officer's own click, tests)."""
        self._gather()
        self.flushing = True
        try:
            while self._due:
                self._next_turn()
        finally:
            self.flushing = False

    def _flush_paced(self) -> None:
        now = time.monotonic()
        since = now - self._handed_at
        if self._inbox and since < FLOOD_S and len(self._inbox) > FLOOD_RATE * since:
            return  # a flood: the panes take it in fewer, larger batches
        if self._inbox:
            self._handed_at = now
        if self._gather():
            self._post_turn()

    def _gather(self) -> bool:
        if not self._inbox:
            return bool(self._due)
        evs, self._inbox = self._inbox, []
        ids, everything = touched_ids(self.state, evs)
        self._hand_out(Update(evs, ids, everything))
        return True

    def _hand_out(self, u: Update) -> None:
        self.updated.emit(u)  # light listeners (status bar, banner): at once
        for fn in self._paced:
            prev = self._due.get(fn)
            self._due[fn] = u if prev is None else prev.merged(u)

    def _post_turn(self) -> None:
        # Posted at low priority, after the repaint the last turn asked for (Qt posts its
        # UpdateRequest at low priority too, and same-priority events keep their order): a
        # zero timer ran every turn before any paint, and one paint then drew every pane.
        if not self._turn_posted:
            self._turn_posted = True
            QCoreApplication.postEvent(self, QEvent(_TURN), Qt.EventPriority.LowEventPriority.value)

    def event(self, e: QEvent) -> bool:
        if e.type() == _TURN:
            self._turn_posted = False
            self._next_turn()
            return True
        return super().event(e)

    def _next_turn(self) -> None:
        if not self._due:
            return
        fn = next(iter(self._due))
        u = self._due.pop(fn)
        try:
            fn(u) if u is not None else fn()
        except Exception:  # one pane's bug must not keep the others stale
            log.exception("a pane failed to take an update")
        finally:
            if self._due:
                self._post_turn()

    def refresh_all(self) -> None:
        self._hand_out(Update([], set(), True))
        self.flush()

    # ------------------------------------------------------------ deciding
    def submit(
        self,
        decisions: list[tuple[str, dict[str, Any]]],
        *,
        done: Callable[[list[Event]], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> asyncio.Task:
        """Submit decisions as one step; `done(events)` or `failed(reason)` is called after."""
        task = asyncio.ensure_future(self._submit(decisions, done, failed))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _submit(self, decisions, done, failed) -> list[Event]:
        try:
            evs = await self.station.submit_many(decisions, actor=self.actor)
        except Refused as exc:
            reason = refusal(exc)
        except (InvalidEvent, OSError) as exc:
            reason = self.tr("无法记录: {0}").format(exc)
        except Exception as exc:  # a journal failure must reach the officer, not a log file
            reason = self.tr("无法记录: {0}").format(exc)
        else:
            self.flush()  # the officer's own click repaints at once
            if done is not None:
                done(evs)
            return evs
        self.message.emit(reason, True)
        if failed is not None:
            failed(reason)
        return []

    async def drain(self) -> None:
        """Wait for every submission in flight (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def run(self, coro) -> asyncio.Task:
        """Run a coroutine for a pane (journal reads) and keep it referenced until it ends."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a journal read on the writer thread, never alongside a write."""
        return await self.station.read(fn, *args)

    def close(self) -> None:
        self._flush.stop()
        self._due.clear()
        self._clock.stop()
        self._unsubscribe()
        if getattr(self, "_unlink", None):
            self._unlink()
            self._unlink = None
        for t in list(self._tasks):
            t.cancel()
