"""`apply(state, event)`: fold one fact into the situation.

Deterministic (no clock, no I/O, no randomness: only the state and the event) and total: a
well-formed event never raises, whatever the state, because when it arrives from another desk it
is already a fact. Facts that collide are kept and flagged as conflicts, never dropped.
For speed the given state is updated in place and returned; clone it first to keep the old one.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import (  # noqa: F401 -- they register their handlers
    apply_drills,
    apply_field,
    apply_incidents,
    apply_leader,
    apply_records,
    apply_resources,
    apply_warnings,
)
from . import events as E
from .folding import AFTER, HANDLERS, handled_kinds
from .state import State

__all__ = ["apply", "handled_kinds", "replay"]


def apply(state: State, ev: E.Event) -> State:
    state.events += 1
    state.last_ts = ev.ts
    handler = HANDLERS.get(ev.kind)
    if handler is None:  # a kind from a newer version: kept in the journal, not shown
        return state
    try:
        payload = E.payload_of(ev)
    except E.InvalidEvent:
        return state
    handler(state, ev, payload)
    for also in AFTER.get(ev.kind, ()):
        also(state, ev, payload)
    return state


def replay(events: Iterable[E.Event], state: State | None = None) -> State:
    s = state if state is not None else State()
    for ev in events:
        apply(s, ev)
    return s
