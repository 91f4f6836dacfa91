"""The station's local service: decide, journal, project — the path of every decision.

`Station` turns a proposed decision into an event (after `decide` and the role check), stores
it in the local journal, and keeps the situation the screens show. It holds two states:
`confirmed` (every event the hub has numbered, in hub order) and `view` (confirmed plus this
desk's events still waiting in the outbox). That split is what makes desks converge: whatever
order events reach a desk in, the confirmed state is the same fold in the same order.
No Qt and no networking here; the UI and the link call into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from commandcenter.domain import Event, Refused, State, apply, decide, seal, to_payload
from commandcenter.domain.events import P
from commandcenter.domain.roles import may_submit
from commandcenter.store import Journal
from commandcenter.store.journal import new_id

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
    ) -> None:
        self.journal = journal
        self.station = station
        self.actor = actor
        self.role = role
        self.clock = clock or (lambda: datetime.now(UTC))
        self.confirmed, self.upto = journal.confirmed_state()
        self.pending: list[Event] = journal.pending()
        self._view: State | None = None
        self._listeners: list[Listener] = []

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
        trial = self.state.clone()
        evs: list[Event] = []
        for kind, payload in decisions:
            if not may_submit(self.role, kind):
                raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind=kind)
            p = decide(trial, kind, payload)
            ev = self._seal(kind, to_payload(p), actor, evs)
            apply(trial, ev)
            evs.append(ev)
        gseqs = self.journal.append(evs)
        if self.journal.authority:
            for ev, g in zip(evs, gseqs, strict=True):
                apply(self.confirmed, ev)
                self.upto = g or self.upto
            self._view = None
        else:
            view = self.state  # build before the new events join the outbox
            self.pending.extend(evs)
            for ev in evs:
                apply(view, ev)
            self._view = view
        self._snapshot()
        self._notify(evs)
        return evs

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

    # ------------------------------------------------------------ what the hub sends back
    def receive(self, sequenced: list[tuple[Event, int]]) -> list[Event]:
        """Store and apply events the hub numbered (ours come back as acks). Returns the new ones."""
        if not sequenced:
            return []
        fresh = [(e, g) for e, g in sequenced if g > self.upto]
        if not fresh:
            return []
        mine = {e.id for e in self.pending}
        acks = {e.id: g for e, g in fresh if e.id in mine}
        others = [(e, g) for e, g in fresh if e.id not in mine]
        # Store in global order: acks and foreign events interleave by gseq.
        batch: list[Event] = []
        batch_g: list[int] = []
        for e, g in fresh:
            if e.id in acks:
                if batch:
                    self.journal.append(batch, batch_g)
                    batch, batch_g = [], []
                self.journal.ack({e.id: g})
            else:
                batch.append(e)
                batch_g.append(g)
        if batch:
            self.journal.append(batch, batch_g)
        pure_acks = not others and [e.id for e in self.pending[: len(acks)]] == [
            e.id for e, _ in fresh
        ]
        for e, g in fresh:
            apply(self.confirmed, e)
            self.upto = g
        if acks:
            self.pending = [e for e in self.pending if e.id not in acks]
        if not pure_acks or not self.pending:
            self._view = None
        self._snapshot()
        new = [e for e, _ in others]
        self._notify(new)
        return new

    def _snapshot(self) -> None:
        if self.upto:
            self.journal.maybe_snapshot(self.confirmed, self.upto)
