"""Handlers for warnings beyond issue and lift: CAP updates and the 631 ladder's calls."""

from __future__ import annotations

from . import events as E
from .entities import LadderCall
from .folding import on
from .state import State


@on("warning.updated")
def _updated(s: State, ev: E.Event, p: E.WarningUpdated) -> None:
    w = s.warnings.get(p.warning)
    if w is None:
        return
    w.colour, w.hazard, w.text, w.issuer = p.colour, p.hazard, p.text, p.issuer or w.issuer
    w.valid_from, w.valid_to, w.onset = p.valid_from, p.valid_to, p.onset
    w.area, w.villages, w.zones, w.concerns = p.area, p.villages, p.zones, p.concerns
    if p.cap is not None:
        known = list(w.cap.ids) if w.cap else [w.id]
        p.cap.ids = known + [i for i in p.cap.ids if i not in known]
        w.cap = p.cap
    w.updated_at = ev.ts


def _call(s: State, wid: str, cid: str) -> LadderCall | None:
    w = s.warnings.get(wid)
    for c in w.calls if w else ():
        if c.id == cid:
            return c
    return None


@on("ladder.called")
def _called(s: State, ev: E.Event, p: E.LadderCalled) -> None:
    w = s.warnings.get(p.warning)
    if w is None or _call(s, p.warning, p.call) is not None:
        return
    w.calls.append(
        LadderCall(
            id=p.call,
            stage=p.stage,
            target=p.target,
            person=p.person,
            phone=p.phone,
            channel=p.channel,
            at=ev.ts,
            actor=ev.actor,
            night=p.night,
        )
    )


@on("ladder.answered")
def _answered(s: State, ev: E.Event, p: E.LadderAnswered) -> None:
    c = _call(s, p.warning, p.call)
    if c is not None and c.answered_at is None:
        c.answered_at, c.unreached, c.note = ev.ts, False, p.note or c.note


@on("ladder.unreached")
def _unreached(s: State, ev: E.Event, p: E.LadderUnreached) -> None:
    c = _call(s, p.warning, p.call)
    if c is not None and c.answered_at is None:
        c.unreached, c.note = True, p.note or c.note


@on("ladder.configured")
def _configured(s: State, ev: E.Event, p: E.LadderConfigured) -> None:
    s.ladder = p.config


@on("cap.logged")
def _logged(s: State, ev: E.Event, p: E.CapFileLogged) -> None:
    """The import log lives in the journal only; the situation does not change."""
