"""Handlers for the leader's seat and the big screen: 批示, 会商研判, the leader's handover
signature and 推送到大屏. Total like every handler: a well-formed fact is always kept."""

from __future__ import annotations

from . import events as E
from .entities_leader import Consultation, Instruction, ScreenPush
from .folding import on, touch
from .state import State


@on("instruction.given")
def _instructed(s: State, ev: E.Event, p: E.InstructionGiven) -> None:
    s.instructions[ev.id] = Instruction(
        id=ev.id, incident=p.incident, text=p.text, leader=p.leader or ev.actor, at=ev.ts
    )
    inc = s.incidents.get(p.incident)
    if inc:
        touch(inc, ev)


@on("consultation.held")
def _consulted(s: State, ev: E.Event, p: E.ConsultationHeld) -> None:
    s.consultations[ev.id] = Consultation(
        id=ev.id,
        kind=p.kind,
        topic=p.topic,
        attendees=list(p.attendees),
        conclusions=list(p.conclusions),
        at=ev.ts,
        incident=p.incident,
        actor=ev.actor,
    )
    inc = s.incidents.get(p.incident)
    if inc:
        touch(inc, ev)


@on("shift.leader_signed")
def _leader_signed(s: State, ev: E.Event, p: E.ShiftLeaderSigned) -> None:
    sh = s.shifts.get(p.shift)
    if sh and not sh.signed_leader:
        sh.signed_leader = p.name


@on("screen.pushed")
def _pushed(s: State, ev: E.Event, p: E.ScreenPushed) -> None:
    page = "focus" if p.incident else p.page
    s.screen = ScreenPush(
        id=ev.id, page=page, incident=p.incident, seconds=p.seconds, at=ev.ts, by=ev.actor
    )
