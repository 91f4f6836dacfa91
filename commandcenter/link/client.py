"""The station side of sync: connect, resume, send the outbox, absorb the hub's events.

`Link(station, url, token)` keeps one connection to the hub alive with its own reconnect loop
(jittered backoff capped at `backoff_cap` seconds, whatever the failure, so a token fixed by an
admin is picked up within seconds). Per connection: hello with `station.upto`, then three tasks
— read frames, absorb events strictly in gseq order through `station.receive_async`, and send
`station.pending` in order, one batch in flight. Own events come back as ordinary `event`
frames at their global position; that is how they become confirmed.

A rejected event blocks the outbox: later events of this station chain onto it, so they cannot
be stored either. The link keeps receiving, shows the rejection (with the hub's reason) in its
state, and sends again after `retry()` (a human fixed the cause, e.g. the station's role at the
hub) or `void()`: the officer voids the rejected decision, the station puts an `event.voided`
record (carrying the whole voided event) in its place in the chain and re-chains the later
decisions onto it, and they flow. The station adopts the role the hub's welcome names.

The link never dies silently: whatever ends a connection — a clean close with any code, a
network error, or a bug in a session task — is logged, turns the state offline with the
reason, and the reconnect loop goes on. "Online" is proven, not assumed: the link pings the
hub every `keepalive` seconds itself, `state.last_contact` is the moment of the last frame or
pong, and a hub that stops answering for two intervals ends the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import ssl as ssl_module
import time
from collections.abc import Callable
from dataclasses import replace

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from commandcenter.domain import Event
from commandcenter.protocol import (
    PROTOCOL_VERSION,
    Ack,
    Error,
    EventMsg,
    Hello,
    Presence,
    ProtocolError,
    Reject,
    Submit,
    Welcome,
    decode_hub,
    encode,
)
from commandcenter.station import Station
from commandcenter.store import JournalError

from .reasons import closed_reason
from .reasons import describe_failure as _describe
from .state import LinkState, Rejection, Status
from .tls import client_context, describe_tls_error

log = logging.getLogger(__name__)
StateListener = Callable[[LinkState], None]
BATCH = 100  # events per submit; well under the hub's MAX_BATCH and max message size
BATCH_BYTES = 256 * 1024


class SessionEnd(Exception):
    """This connection is over; the message is the reason shown to the user."""


class Link:
    def __init__(
        self,
        station: Station,
        url: str,
        token: str,
        *,
        ssl: ssl_module.SSLContext | None = None,
        ca: str | None = None,
        backoff_cap: float = 3.0,
        keepalive: float = 5.0,
    ) -> None:
        self.station, self.url, self.token = station, url, token
        # wss:// without a context: the system trust store, or the bureau's CA file `ca`
        # (TLSSetupError at once if that file is unusable: a bad setting, not a bad network)
        self.ssl = ssl if ssl is not None else client_context(url, ca)
        self.backoff_cap, self.keepalive = backoff_cap, keepalive
        self._state = LinkState(pending=len(station.pending), upto=station.upto)
        self._listeners: list[StateListener] = []
        self._changed = asyncio.Event()
        self._wake = asyncio.Event()  # the sender has something new to look at
        self._task: asyncio.Task | None = None
        self._ws: ClientConnection | None = None
        self._sent: set[str] = set()
        self._unanswered: set[str] = set()
        self._caught_up_at = 0
        self._unsub: Callable[[], None] | None = None
        self.welcome: Welcome | None = None  # the hub's last welcome (role, field scope)
        self.on_welcome: Callable[[Welcome], None] | None = None
        self._contact = 0.0  # time.monotonic() of the last frame or pong from the hub

    # ------------------------------------------------------------ what the UI uses
    @property
    def last_contact(self) -> float | None:
        """time.monotonic() when the hub was last heard from (a frame or a pong), or None."""
        return self._contact or None

    @property
    def state(self) -> LinkState:
        return self._state

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        """Call `listener(state)` on the loop thread whenever the state changes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def start(self) -> None:
        """Begin connecting (call inside the running loop); idempotent."""
        if self._task is None or self._task.done():
            self._unsub = self.station.subscribe(self._local)
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        """Disconnect and stop retrying; the outbox stays in the journal for next time."""
        if self._unsub:
            self._unsub()
            self._unsub = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._update(status=Status.STOPPED)

    def reconnect(self) -> None:
        """Drop the current connection at once (as a cut cable would) and connect again."""
        if self._ws is not None:
            self._ws.transport.abort()

    @property
    def role(self) -> str:
        """The role the hub gave this station in its welcome ("" before the first welcome)."""
        return self._state.role

    async def void(self, note: str = "") -> Event:
        """Void the rejected decision (kept for audit, never sent again); later ones flow."""
        rej = self._state.rejected
        if rej is None:
            raise ValueError("no rejected decision to void")
        ev = await self.station.void_async(rej.id, code=rej.code, reason=rej.reason, note=note)
        self.retry()
        return ev

    def retry(self) -> None:
        """Send the outbox again after a rejection whose cause a human has fixed."""
        self._sent.clear()
        self._update(rejected=None)
        self._wake.set()

    async def probe(self, timeout: float = 2.0) -> bool:
        """Ping the hub on the current connection; True (and `last_contact` now) on a pong."""
        ws = self._ws
        if ws is None:
            return False
        try:
            pong = await ws.ping()
            async with asyncio.timeout(timeout):
                await pong
        except (ConnectionClosed, TimeoutError, RuntimeError):
            return False
        self._touch()
        return True

    async def wait_until(self, pred: Callable[[LinkState], bool]) -> LinkState:
        """Wait for a state that satisfies `pred` (wrap in asyncio.timeout as needed)."""
        while not pred(self._state):
            await self._changed.wait()
        return self._state

    # ------------------------------------------------------------ state
    def _update(self, **changes) -> None:
        changes.setdefault("pending", len(self.station.pending))
        changes.setdefault("upto", self.station.upto)
        new = replace(self._state, **changes)
        if new.status in (Status.SYNCING, Status.ONLINE):
            caught_up = new.upto >= self._caught_up_at and (not new.pending or new.blocked)
            if caught_up or new.status is Status.ONLINE:
                new = replace(new, status=Status.ONLINE, last_error="")
        if new == self._state:
            return
        self._state = new
        self._changed.set()
        self._changed = asyncio.Event()
        for fn in list(self._listeners):
            fn(new)

    def _touch(self) -> None:
        """The hub just proved it is there (a frame or a pong)."""
        self._contact = time.monotonic()
        if self._contact - self._state.last_contact >= 0.5:  # repaint at most twice a second
            self._update(last_contact=self._contact)

    def _local(self, _evs: list[Event]) -> None:
        self._wake.set()
        self._update()

    # ------------------------------------------------------------ the reconnect loop
    async def _run(self) -> None:
        attempt = 0
        while True:
            self._update(status=Status.CONNECTING)
            try:
                error = await self._connect_once()
            except Exception as exc:  # a bug must not end the link: say it, retry
                log.exception("link to %s failed", self.url)
                error = f"link failure: {_describe(exc)}"
            if self._state.status in (Status.SYNCING, Status.ONLINE):
                attempt = 0  # it was up: the first retry comes quickly
            self._update(status=Status.OFFLINE, last_error=error)
            log.info("link to %s offline: %s", self.url, error)
            delay = min(self.backoff_cap, 0.1 * 2**attempt) * random.uniform(0.5, 1.0)
            attempt = min(attempt + 1, 16)
            await asyncio.sleep(delay)

    async def _connect_once(self) -> str:
        """One connection from start to end; returns why it ended."""
        try:
            async with connect(
                self.url,
                ssl=self.ssl,
                max_size=64 * 1024 * 1024,  # a snapshot or a big replay frame
                ping_interval=None,  # the session pings itself (_pinger) to prove contact
                open_timeout=5,
                close_timeout=2,
            ) as ws:
                self._ws = ws
                await self._session(ws)
            return "the hub ended the session"
        except SessionEnd as exc:
            return str(exc)
        except ConnectionClosed as exc:
            return closed_reason(exc.rcvd)
        except ssl_module.SSLError as exc:
            return describe_tls_error(exc)
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
            return f"cannot reach the hub: {exc or type(exc).__name__}"
        finally:
            self._ws = None

    async def _session(self, ws: ClientConnection) -> None:
        hello = Hello(
            version=PROTOCOL_VERSION,
            station=self.station.station,
            token=self.token,
            last_gseq=self.station.upto,
        )
        await ws.send(encode(hello), text=True)
        async with asyncio.timeout(10):
            first = _decode(await ws.recv())
        if isinstance(first, Error):
            raise SessionEnd(first.message)
        if not isinstance(first, Welcome):
            raise SessionEnd(f"the hub answered hello with {type(first).__name__}")
        self.welcome = first
        if self.on_welcome is not None:
            self.on_welcome(first)
        self._touch()
        self._sent.clear()
        self._unanswered.clear()
        self._caught_up_at = first.last_gseq
        self.station.role = first.role  # the hub decides what this station may do
        self._update(
            role=first.role,
            status=Status.SYNCING,
            hub_gseq=first.last_gseq,
            online=tuple(p.station for p in first.online),
        )
        inbox: asyncio.Queue[EventMsg] = asyncio.Queue()
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(self._read(ws, inbox))
                tg.create_task(self._absorb(inbox))
                tg.create_task(self._send(ws))
                tg.create_task(self._pinger(ws))
        except* SessionEnd as group:
            raise group.exceptions[0] from None
        except* ConnectionClosed as group:
            raise group.exceptions[0] from None

    async def _read(self, ws: ClientConnection, inbox: asyncio.Queue[EventMsg]) -> None:
        async for raw in ws:
            self._touch()
            msg = _decode(raw)
            if isinstance(msg, EventMsg):
                inbox.put_nowait(msg)
                if msg.gseq > self._state.hub_gseq:
                    self._update(hub_gseq=msg.gseq)
            elif isinstance(msg, Ack):
                self._answered(msg.acks)
            elif isinstance(msg, Reject):
                self._answered([msg.id])
                # after_reject only follows the first rejection of a batch: not a cause
                if self._state.rejected is None and msg.code != "after_reject":
                    ev = next((e for e in self.station.pending if e.id == msg.id), None)
                    kind = ev.kind if ev else ""
                    self._update(rejected=Rejection(msg.id, kind, msg.code, msg.reason))
            elif isinstance(msg, Presence):
                self._update(online=tuple(p.station for p in msg.online))
            elif isinstance(msg, Error):
                self._update(last_error=msg.message)
        raise SessionEnd(closed_reason(ws.protocol.close_rcvd))

    async def _pinger(self, ws: ClientConnection) -> None:
        """Prove the hub is there every `keepalive` seconds; end the session when it is not."""
        while True:
            await asyncio.sleep(self.keepalive)
            pong = await ws.ping()
            try:
                async with asyncio.timeout(2 * self.keepalive):
                    await pong
            except TimeoutError:
                raise SessionEnd(
                    f"the hub stopped answering (no reply for {2 * self.keepalive:g} s)"
                ) from None
            self._touch()

    def _answered(self, ids) -> None:
        self._unanswered.difference_update(ids)
        if not self._unanswered:
            self._wake.set()

    async def _absorb(self, inbox: asyncio.Queue[EventMsg]) -> None:
        """Apply events in strict gseq order; a hole means a broken stream: reconnect."""
        while True:
            batch = [await inbox.get()]
            while not inbox.empty() and len(batch) < 1000:
                batch.append(inbox.get_nowait())
            expected = self.station.upto + 1
            run: list[tuple[Event, int]] = []
            for m in batch:
                if m.gseq < expected:
                    continue  # already held (a replay overlapping what we stored)
                if m.gseq != expected:
                    raise SessionEnd(f"hub skipped from gseq {expected - 1} to {m.gseq}")
                run.append((m.event, m.gseq))
                expected += 1
            try:
                await self.station.receive_async(run)
            except JournalError as exc:
                raise SessionEnd(f"could not store the hub's events: {exc}") from None
            self._update()

    async def _send(self, ws: ClientConnection) -> None:
        while True:
            self._wake.clear()
            if self._state.rejected is None and not self._unanswered:
                batch = _next_batch(self.station.pending, self._sent)
                if batch:
                    ids = [e.id for e in batch]
                    self._sent.update(ids)
                    self._unanswered.update(ids)
                    await ws.send(encode(Submit(events=batch)), text=True)
                    continue
            self._update()
            await self._wake.wait()


def _next_batch(pending: list[Event], sent: set[str]) -> list[Event]:
    out: list[Event] = []
    size = 0
    for ev in pending:
        if ev.id in sent:
            continue
        size += len(ev.payload.__repr__()) + 400
        if out and (len(out) >= BATCH or size > BATCH_BYTES):
            break
        out.append(ev)
    return out


def _decode(raw: str | bytes):
    try:
        return decode_hub(raw)
    except ProtocolError as exc:
        raise SessionEnd(f"the hub sent something unreadable: {exc}") from None
