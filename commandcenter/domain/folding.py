"""The registry that `apply()` dispatches on, and the small helpers handlers share.

Handlers live in `apply_incidents` and `apply_resources` (one module per family of events);
each registers itself with `@on(kind, ...)`. A new family is a new module imported by `apply`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import events as E
from .entities import Conflict, Incident
from .state import State
from .vocab import IncidentStatus

Handler = Callable[[State, E.Event, E.P], None]
HANDLERS: dict[str, Handler] = {}
# Handlers that run after the main one of a kind (a dispatch is also an order to a township).
AFTER: dict[str, list[Handler]] = {}


def on(*kinds: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for k in kinds:
            HANDLERS[k] = fn
        return fn

    return register


def after(*kinds: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for k in kinds:
            AFTER.setdefault(k, []).append(fn)
        return fn

    return register


def handled_kinds() -> frozenset[str]:
    return frozenset(HANDLERS)


def flag(
    state: State, ev: E.Event, kind: str, subject: str, refs: list[str], text: str
) -> Conflict:
    c = Conflict(id=ev.id, kind=kind, subject=subject, refs=refs, at=ev.ts, text=text)
    state.conflicts[ev.id] = c
    return c


def touch(inc: Incident, ev: E.Event) -> None:
    inc.updated_at = ev.ts


def responding(inc: Incident) -> None:
    if inc.status in (IncidentStatus.REPORTED, IncidentStatus.VERIFIED):
        inc.status = IncidentStatus.RESPONDING
