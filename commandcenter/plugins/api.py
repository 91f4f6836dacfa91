"""The narrow object a plugin works through: read the situation, check and submit decisions.

A plugin never sees the journal or the database. It reads `api.state` (the station's current
situation; treat it as read-only) and proposes decisions as `(kind, payload)` pairs, which go
through the station exactly as a click does: the station's role check, `decide()` against the
live state, the hash chain, the journal, the hub. A refusal comes back as `Refused(reason)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from commandcenter.domain import Event, Refused, State, apply, decide, to_payload
from commandcenter.domain.events import P
from commandcenter.station import Station

API_VERSION = 1
SUPPORTED = frozenset({1})

Decision = tuple[str, P | dict[str, Any]]


class PluginAPI:
    def __init__(self, station: Station, *, plugin: str = "") -> None:
        self._station = station
        self.plugin = plugin

    @property
    def state(self) -> State:
        """The situation now (this desk's view). Read it; never change it."""
        return self._station.state

    @property
    def role(self) -> str:
        return self._station.role

    @property
    def actor(self) -> str:
        return self._station.actor

    def now(self):
        return self._station.clock()

    def may(self, kind: str) -> bool:
        from commandcenter.domain.roles import may_submit

        return may_submit(self._station.role, kind)

    def check(self, kind: str, payload: P | dict[str, Any]) -> P:
        """Raise Refused if this station could not make the decision now."""
        return self._station.check(kind, payload)

    def check_all(self, decisions: Iterable[Decision]) -> None:
        """Raise Refused if the decisions, taken in turn, could not all be made now.

        Nothing is stored: this is the preview's check that the real submission will pass.
        """
        self._station._prepare(list(decisions), None)

    def record(self, decisions: Iterable[Decision], *, actor: str | None = None) -> list[Event]:
        """Decide and store several decisions as one step, all or none (CLI, tests)."""
        return self._station.do_many(decisions, actor=actor)

    async def submit(
        self, decisions: Iterable[Decision], *, actor: str | None = None
    ) -> list[Event]:
        """`record` for the event loop: the durable write runs on the writer thread."""
        return await self._station.submit_many(decisions, actor=actor)


class SnapshotAPI:
    """The read side of `PluginAPI` over a private copy of the situation.

    For a plugin's heavy work on a worker thread (comparing a city workbook with the county):
    the copy is taken on the loop's thread, then nothing the worker does touches the live
    state. `check_all` tries the decisions on a further copy, in turn; nothing is stored, and
    `record` / `submit` are not offered: decisions go back through the live API.
    """

    def __init__(self, state: State, *, role: str, actor: str, now: Any) -> None:
        self.state = state
        self.role = role
        self.actor = actor
        self._now = now

    @classmethod
    def of(cls, api: PluginAPI) -> SnapshotAPI:
        return cls(api.state.clone(), role=api.role, actor=api.actor, now=api.now())

    def now(self):
        return self._now

    def may(self, kind: str) -> bool:
        from commandcenter.domain.roles import may_submit

        return may_submit(self.role, kind)

    def check(self, kind: str, payload: P | dict[str, Any]) -> P:
        if not self.may(kind):
            raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind=kind)
        return decide(self.state, kind, payload)

    def check_all(self, decisions: Iterable[Decision]) -> None:
        trial = self.state.clone()
        for n, (kind, payload) in enumerate(decisions, start=1):
            if not self.may(kind):
                raise Refused("本站角色 {role} 无权提交「{kind}」", role=self.role, kind=kind)
            p = decide(trial, kind, payload)
            ev = Event(
                id=f"trial-{n}",
                station="trial",
                seq=n,
                actor=self.actor,
                ts=self._now,
                kind=kind,
                payload=to_payload(p),
            )
            apply(trial, ev)
