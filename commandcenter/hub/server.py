"""The hub: one global order for every station's events, stored before acked, then fanned out.

`Hub` owns the ordering and the fan-out; each connection is a `Session` (session.py). The
journal is an authority `Journal`: it numbers new events (gseq). Every call into it runs on the
journal's single writer thread. Fan-out is strictly in gseq order: `_sent` is the last gseq
broadcast; a connection joins the broadcast set only once its replay has reached `_sent`, so
no event is skipped or sent twice between replay and live.

Two ways to run it: standalone on its own journal (`commandcenter hub`), or embedded on a desk's
`Station` (embedded.py), where the station's journal is the hub's journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl as ssl_module
from collections.abc import Callable
from typing import TypeVar

from websockets.asyncio.server import Server, ServerConnection, serve

from commandcenter.domain import Event
from commandcenter.protocol import EventMsg, Peer, Presence, encode
from commandcenter.protocol.codes import Close
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.rows import global_hash
from commandcenter.store.writer import Writer

from .fanout import fan_out
from .group import GroupIntake
from .intake import Verdicts
from .keepalive import SpreadConnection
from .limits import Limits
from .logline import RefusalLog, log
from .session import Session
from .tokens import TokenStore, Verdict

T = TypeVar("T")

# Joins and leaves within this many seconds share one presence frame: with one frame per join,
# 200 stations reconnecting after a hub restart cost 200 x 200 frames (the federation note).
PRESENCE_DELAY = 0.1


class Hub:
    def __init__(
        self,
        journal: Journal | None = None,
        *,
        station: Station | None = None,
        writer: Writer | None = None,
        limits: Limits | None = None,
    ) -> None:
        if station is not None:
            journal, writer = station.journal, station.writer
        if journal is None or not journal.authority:
            raise ValueError("the hub needs an authority journal")
        self.journal = journal
        self.station = station
        self.writer = writer or Writer("hub-writer")
        self._own_writer = writer is None
        self.limits = limits or Limits()
        self.tokens = TokenStore(journal.conn)
        self.sessions: dict[str, Session] = {}
        self.live: set[ServerConnection] = set()
        self.refusals = RefusalLog()  # one rate-limited line per refused connection
        self._sent = journal.last_gseq  # everything stored before start counts as sent
        self._sent_ghash = journal.head_ghash  # the global chain hash at `_sent`
        self._tick = asyncio.Event()
        self._dirty = asyncio.Event()
        self._intake = asyncio.Lock()  # group commits and federation ingests, one at a time
        self.ingest_waiting = 0  # ingests waiting for `_intake`: a run of group commits yields
        self._group = GroupIntake(self)
        self._server: Server | None = None
        self._tasks: set[asyncio.Task] = set()
        self._presence_due: asyncio.TimerHandle | None = None
        # (stations table version, pairs judged at it) of the last full token recheck
        self._checked: tuple[tuple[int, int] | None, set[tuple[str, str]]] = (None, set())
        self._unsubscribe = station.subscribe(lambda _evs: self._dirty.set()) if station else None

    # ------------------------------------------------------------ lifecycle
    async def start(
        self, host: str = "127.0.0.1", port: int = 0, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        self._server = await serve(
            self._handle,
            host,
            port,
            ssl=ssl,
            max_size=self.limits.max_message,
            ping_interval=self.limits.keepalive,
            ping_timeout=self.limits.keepalive,
            close_timeout=2,
            # every event goes to every station: deflate would compress each copy on its own
            # (CPU x stations), and fanout.py writes one set of frame bytes to all
            compression=None,
            create_connection=SpreadConnection,  # keepalive pings spread, not in bursts
        )
        # kept: the port is still the hub's address for status lines after close()
        self._port: int = self._server.sockets[0].getsockname()[1]
        for coro in (self._pump(), self._recheck()):
            self._tasks.add(asyncio.get_running_loop().create_task(coro))

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the hub first"
        return self._port

    async def close(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        if self._presence_due is not None:
            self._presence_due.cancel()
            self._presence_due = None
        if self._server is not None:
            self._server.close(close_connections=True)
            await self._server.wait_closed()
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        if self._own_writer:
            self.writer.close()

    async def serve_forever(self) -> None:
        assert self._server is not None
        await self._server.serve_forever()

    # ------------------------------------------------------------ what sessions call
    async def check_token(self, token: str, station: str) -> Verdict:
        return await self.writer.run(self.tokens.check, token, station)

    async def submit(self, evs: list[Event], station: str, role: str) -> Verdicts:
        """Judge and store a batch; new events are broadcast in order before this returns."""
        # several stations' submissions are stored together (group.py: group commit)
        return await self._group.submit(evs, station, role)

    async def ingest(self, work: Callable[[], T]) -> T:
        """Run `work` (it stores events that are already facts elsewhere: a federation stream)
        on the writer between submissions, then relay whatever it stored in gseq order."""
        self.ingest_waiting += 1
        try:
            await self._intake.acquire()
        finally:
            self.ingest_waiting -= 1
        try:
            out = await self.writer.run(work)
        finally:
            self._intake.release()
        self._dirty.set()
        return out

    def join(self, session: Session) -> None:
        old = self.sessions.get(session.name)
        self.sessions[session.name] = session
        if old is not None:
            old.drop(Close.REPLACED, "replaced by a newer connection of the same station")
        self._presence()

    def leave(self, session: Session) -> None:
        self.live.discard(session.ws)
        if self.sessions.get(session.name) is session:
            del self.sessions[session.name]
            self._presence()

    def go_live(self, session: Session) -> bool:
        """Join the broadcast set if the session's replay reached the last broadcast event."""
        if session.upto < self._sent:
            return False
        self.live.add(session.ws)
        return True

    @property
    def sent(self) -> int:
        return self._sent

    async def progressed(self) -> None:
        """Wait until the next event is broadcast."""
        await self._tick.wait()

    def online(self) -> list[Peer]:
        return [Peer(station=s.name, role=s.role) for s in self.sessions.values()]

    # ------------------------------------------------------------ fan-out
    def _broadcast(self, pairs: list[tuple[Event, int]]) -> None:
        """Send stored events (consecutive gseqs after `_sent`) to every live connection."""
        # the same links the journal stored: broadcast is strictly in gseq order
        ghash, frames = self._sent_ghash, []
        for ev, gseq in pairs:
            ghash = global_hash(ghash, ev.hash)
            frames.append(encode(EventMsg(gseq=gseq, ghash=ghash, event=ev)))
        fan_out(self.live, frames)  # one write per connection for the whole batch
        self._sent, self._sent_ghash = pairs[-1][1], ghash
        self._tick.set()
        self._tick = asyncio.Event()

    def _presence(self) -> None:
        if self._presence_due is None:
            loop = asyncio.get_running_loop()
            self._presence_due = loop.call_later(PRESENCE_DELAY, self._send_presence)

    def _send_presence(self) -> None:
        self._presence_due = None
        fan_out(self.live, [encode(Presence(online=self.online()))])

    async def _pump(self) -> None:
        """Broadcast, in order, events stored by others (the embedded desk's own decisions)."""
        while True:
            await self._dirty.wait()
            self._dirty.clear()
            while self._sent < self.journal.last_gseq:
                rows = await self.writer.run(self.read, self._sent, 500)
                at = self._sent
                pairs = [(ev, g) for ev, g, _ in rows if g > at]
                # only the run that continues from `_sent` (reads are in gseq order)
                pairs = [(ev, g) for i, (ev, g) in enumerate(pairs) if g == at + 1 + i]
                if pairs:
                    self._broadcast(pairs)

    def read(self, after: int, limit: int) -> list[tuple[Event, int, str]]:
        return self.journal.chained(after, limit=limit)

    async def _recheck(self) -> None:
        """Drop connections whose token was revoked (the CLI writes from another process)."""
        while True:
            await asyncio.sleep(self.limits.recheck)
            sessions = list(self.sessions.values())
            # one writer call for all of them: 200 calls queued every few seconds on the
            # writer thread, each waiting for a hand-off, were holding up the submissions
            # behind them (the hub's p99 at 200 stations, bench/hub.py)
            with contextlib.suppress(Exception):
                pairs = [(s.token, s.name) for s in sessions]
                verdicts = await self.writer.run(self._check_all, pairs)
                for s, v in zip(sessions, verdicts or [], strict=True):
                    if v.refusal:
                        s.drop(Close.UNAUTHORIZED, v.refusal)

    def _check_all(self, pairs: list[tuple[str, str]]) -> list[Verdict] | None:
        """Verdicts for `pairs`, or None when none can have changed since the last check.

        A verdict changes only when the stations table does. Reading and judging all 200
        tokens took 4-12 ms of the writer thread every 5 s, and the group commits queued
        behind it were among the hub's slowest events (per-event timestamps, bench/hub.py);
        now the full check runs only after the table changed or a pair not yet checked
        (a station that joined since) appears."""
        version = self.tokens.version()
        if (
            version is not None
            and version == self._checked[0]
            and self._checked[1].issuperset(pairs)
        ):
            return None
        verdicts = self.tokens.check_all(pairs)  # one read of the stations table for all
        self._checked = (version, set(pairs))
        return verdicts

    async def _handle(self, ws: ServerConnection) -> None:
        try:
            await Session(self, ws).run()
        except Exception as exc:  # never a traceback per connection an outsider can cause
            self.refusals.line(ws.remote_address, f"internal error: {type(exc).__name__}: {exc}")
            log.debug("session failed", exc_info=True)
            await ws.close(Close.INTERNAL, "internal error")
