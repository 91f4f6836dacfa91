"""The station's local service: decide, journal, project — the path of every decision.

`Station` turns a proposed decision into an event (after `decide` and the role check), stores
it in the local journal, and keeps the situation the screens show. It holds two states:
`confirmed` (every event the hub has numbered, in hub order) and `view` (confirmed plus this
desk's events still waiting in the outbox). That split is what makes desks converge: whatever
order events reach a desk in, the confirmed state is the same fold in the same order.
No Qt and no networking here; the UI and the link call into it.

Threading: a Station and its states belong to the thread of the event loop (in the desk, the
GUI thread through qasync), so screens read them without locks. Durable writes go to the
journal's single writer thread (`Writer`) through `submit*` / `receive_async`, so an fsync
never stalls the loop. The plain `do*` / `receive` write inline, for the CLI and tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import msgspec

from commandcenter.domain import Event, Refused, State, apply, decide, seal, to_payload
from commandcenter.domain.events import P
from commandcenter.domain.roles import may_submit
from commandcenter.store import Journal, JournalError
from commandcenter.store.journal import new_id
from commandcenter.store.writer import Writer

Listener = Callable[[list[Event]], None]


class Station:
    def __init__(
        self,
        journal: Journal,
        *,
        station: str,
        actor: str,
        role: str = "desk",
        clock: Callable[[], datetime] | None = None,
        writer: Writer | None = None,
    ) -> None:
        self.journal = journal
        self.station = station
        self.actor = actor
        self.role = role
        self.clock = clock or (lambda: datetime.now(UTC))
        self.confirmed, self.upto = journal.confirmed_state()
        # sentences for the desk's status bar: a refused (forged) snapshot, say
        self.warnings: list[str] = [journal.snapshot_refused] if journal.snapshot_refused else []
        self.pending: list[Event] = journal.pending()
        self._view: State | None = None
        self._listeners: list[Listener] = []
        self.writer = writer or Writer()
        self._lock = asyncio.Lock()

    # ------------------------------------------------------------ what the screens read
    @property
    def state(self) -> State:
        if not self.pending:
            return self.confirmed
        if self._view is None:
            self._view = self.confirmed.clone()
            for ev in self.pending:
                apply(self._view, ev)
        return self._view

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, evs: list[Event]) -> None:
        for fn in list(self._listeners):
            fn(evs)

    # ------------------------------------------------------------ deciding
    def check(self, kind: str, payload: P | dict[str, Any]) -> P:
        """Raise Refused (or InvalidEvent) if this desk may not make the decision now."""
        if not may_submit(self.role, kind):
            raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind=kind)
        return decide(self.state, kind, payload)

    def do(self, kind: str, payload: P | dict[str, Any], *, actor: str | None = None) -> Event:
        """Decide, journal durably, project. Returns the event; raises Refused with a reason."""
        return self.do_many([(kind, payload)], actor=actor)[0]

    def do_many(
        self, decisions: Iterable[tuple[str, P | dict[str, Any]]], *, actor: str | None = None
    ) -> list[Event]:
        """Several decisions as one step: all are checked in turn, stored together or not at all."""
        evs = self._prepare(decisions, actor)
        self._commit(evs, self.journal.append(evs))
        return evs

    async def submit(
        self, kind: str, payload: P | dict[str, Any], *, actor: str | None = None
    ) -> Event:
        """`do` for the event loop: the durable write runs on the journal's writer thread."""
        return (await self.submit_many([(kind, payload)], actor=actor))[0]

    async def submit_many(
        self, decisions: Iterable[tuple[str, P | dict[str, Any]]], *, actor: str | None = None
    ) -> list[Event]:
        async with self._lock:
            evs = self._prepare(decisions, actor)
            gseqs = await self.writer.run(self.journal.append, evs)
            self._commit(evs, gseqs, snapshot=False)
            await self.writer.run(self._snapshot)
            return evs

    def _prepare(
        self, decisions: Iterable[tuple[str, P | dict[str, Any]]], actor: str | None
    ) -> list[Event]:
        decisions = list(decisions)
        # decide() only reads, so one decision is checked against the live state; a batch
        # needs a trial copy because each decision must see the ones before it.
        trial = self.state.clone() if len(decisions) > 1 else self.state
        evs: list[Event] = []
        for kind, payload in decisions:
            if not may_submit(self.role, kind):
                raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind=kind)
            p = decide(trial, kind, payload)
            ev = self._seal(kind, to_payload(p), actor, evs)
            if trial is not self.state:
                apply(trial, ev)
            evs.append(ev)
        return evs

    def _commit(self, evs: list[Event], gseqs: list[int | None], *, snapshot: bool = True) -> None:
        if self.journal.authority:
            for ev, g in zip(evs, gseqs, strict=True):
                apply(self.confirmed, ev)
                self.upto = g or self.upto
            self._view = None
        else:
            view = self._view if self.pending and self._view is not None else None
            if view is None:  # never apply the outbox onto the confirmed state itself
                view = self.confirmed.clone()
                for ev in self.pending:
                    apply(view, ev)
            self.pending.extend(evs)
            for ev in evs:
                apply(view, ev)
            self._view = view
        if snapshot:
            self._snapshot()
        self._notify(evs)

    def _seal(self, kind: str, payload: dict[str, Any], actor: str | None, before: list[Event]):
        seq, prev = self.journal.head(self.station)
        if before:
            seq, prev = before[-1].seq, before[-1].hash
        ev = Event(
            id=new_id(),
            station=self.station,
            seq=seq + 1,
            actor=actor or self.actor,
            ts=self.clock().astimezone(UTC),
            kind=kind,
            payload=payload,
        )
        return seal(ev, prev)

    # ------------------------------------------------------------ voiding a rejected decision
    def _voiding(self, event_id: str, code: str, reason: str, note: str, actor: str | None):
        """The `event.voided` record that takes the rejected event's place, and the later
        pending events sealed again onto it (same ids and seqs, new prev and hash)."""
        idx = next((i for i, e in enumerate(self.pending) if e.id == event_id), None)
        if idx is None:
            raise Refused("只能作废本站尚未被中心接收的决策")
        if not may_submit(self.role, "event.voided"):
            raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind="event.voided")
        old = self.pending[idx]
        payload = {"event": old.id, "kind": old.kind, "code": code, "reason": reason,
                   "original": msgspec.to_builtins(old), "note": note}  # fmt: skip
        decide(self.state, "event.voided", payload)
        void = seal(
            Event(id=new_id(), station=self.station, seq=old.seq, actor=actor or self.actor,
                  ts=self.clock().astimezone(UTC), kind="event.voided", payload=payload),
            old.prev,
        )  # fmt: skip
        chain, prev = [void], void.hash
        for ev in self.pending[idx + 1 :]:
            ev = seal(msgspec.structs.replace(ev, prev=prev), prev)
            chain.append(ev)
            prev = ev.hash
        return idx, [e.id for e in self.pending[idx:]], chain

    def _voided(self, idx: int, chain: list[Event]) -> Event:
        self.pending = self.pending[:idx] + chain
        self._view = None
        self._notify([chain[0]])
        return chain[0]

    def void(self, event_id: str, *, code: str = "", reason: str = "", note: str = "",
             actor: str | None = None) -> Event:  # fmt: skip
        """Void an own event the hub rejected: kept in the journal for audit (inside the
        `event.voided` record that takes its chain position), never sent again, and every
        later decision of this station re-chained so it can flow. Returns the void record."""
        idx, old, chain = self._voiding(event_id, code, reason, note, actor)
        self.journal.rechain_pending(old, chain)
        return self._voided(idx, chain)

    async def void_async(self, event_id: str, *, code: str = "", reason: str = "",
                         note: str = "", actor: str | None = None) -> Event:  # fmt: skip
        async with self._lock:
            idx, old, chain = self._voiding(event_id, code, reason, note, actor)
            await self.writer.run(self.journal.rechain_pending, old, chain)
            return self._voided(idx, chain)

    async def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a journal read (`journal.query`, `verify`) on the writer thread, between writes.

        The journal has one connection; reading it on the loop thread while the writer thread
        commits would share that connection across threads at the same moment.
        """
        async with self._lock:
            return await self.writer.run(fn, *args)

    # ------------------------------------------------------------ what the hub sends back
    def receive(self, sequenced: list[tuple[Event, int]]) -> list[Event]:
        """Store and apply events the hub numbered (ours come back as acks). Returns the new ones."""
        fresh = self._fresh(sequenced)
        if fresh:
            self._store_sequenced(fresh)
        return self._absorb(fresh)

    async def receive_async(self, sequenced: list[tuple[Event, int]]) -> list[Event]:
        async with self._lock:
            fresh = self._fresh(sequenced)
            if fresh:
                await self.writer.run(self._store_sequenced, fresh)
            others = self._absorb(fresh, snapshot=False)
            if fresh:
                await self.writer.run(self._snapshot)
            return others

    async def accept(self, evs: list[Event]) -> list[int]:
        """For the in-process hub: number, store and apply events other stations submitted.

        Only on an authority journal. Runs under the same lock as local decisions, so the
        confirmed state is folded in exactly the journal's global order. Events already
        stored are skipped. Returns the global sequence of each event.
        """
        if not self.journal.authority:
            raise ValueError("only a station whose journal is the authority can accept events")
        async with self._lock:
            gseqs = await self.writer.run(self.journal.append, evs)
            fresh = [(e, g) for e, g in zip(evs, gseqs, strict=True) if g and g > self.upto]
            self._absorb(fresh, snapshot=False)
            if fresh:
                await self.writer.run(self._snapshot)
            return [g or 0 for g in gseqs]

    def _fresh(self, sequenced: list[tuple[Event, int]]) -> list[tuple[Event, int]]:
        """The events past `upto`, which must continue it without a hole (else JournalError,
        nothing stored): a skipped number means the stream lost an event."""
        fresh = [(e, g) for e, g in sequenced if g > self.upto]
        for i, (e, g) in enumerate(fresh):
            if g != self.upto + 1 + i:
                raise JournalError(
                    f"event {e.id} has global sequence {g}, expected {self.upto + 1 + i}: "
                    "the hub's stream skipped events"
                )
        return fresh

    def _store_sequenced(self, fresh: list[tuple[Event, int]]) -> None:
        """Write hub-numbered events in global order; our own pending ones become acks.

        Runs of own events are acknowledged in one transaction (one fsync per run, not per
        event: an outbox of thousands coming back after an outage is stored in seconds)."""
        mine = {e.id for e in self.pending}
        batch: list[Event] = []
        batch_g: list[int] = []
        acks: dict[str, int] = {}
        for e, g in fresh:
            if e.id in mine:
                if batch:
                    self.journal.append(batch, batch_g)
                    batch, batch_g = [], []
                acks[e.id] = g
            else:
                if acks:
                    self.journal.ack(acks)
                    acks = {}
                batch.append(e)
                batch_g.append(g)
        if acks:
            self.journal.ack(acks)
        if batch:
            self.journal.append(batch, batch_g)

    def _absorb(self, fresh: list[tuple[Event, int]], *, snapshot: bool = True) -> list[Event]:
        if not fresh:
            return []
        mine = {e.id for e in self.pending}
        others = [e for e, _ in fresh if e.id not in mine]
        n_acked = len(fresh) - len(others)
        pure_acks = not others and [e.id for e in self.pending[:n_acked]] == [
            e.id for e, _ in fresh
        ]
        for e, g in fresh:
            apply(self.confirmed, e)
            self.upto = g
        if n_acked:
            acked = {e.id for e, _ in fresh}
            self.pending = [e for e in self.pending if e.id not in acked]
        if not pure_acks or not self.pending:
            self._view = None
        if snapshot:  # async callers take it on the writer thread, not the loop's
            self._snapshot()
        self._notify(others)
        return others

    def _snapshot(self) -> None:
        if self.upto:
            self.journal.maybe_snapshot(self.confirmed, self.upto)
