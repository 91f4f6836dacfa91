"""Decide-rules of the leader's seat and the big screen (批示, 会商研判, signature, push)."""

from __future__ import annotations

from . import events as E
from .payloads.leader import CONSULTATION_KINDS, SCREEN_PAGES
from .rules import Refused, _get, _incident, rule
from .state import State

PUSH_SECONDS = (10, 3600)  # how long a push may hold the screen


@rule("instruction.given")
def _instruction(s: State, p: E.InstructionGiven) -> None:
    _incident(s, p.incident, open_=False)
    if not p.text.strip():
        raise Refused("批示内容不能为空")


@rule("consultation.held")
def _consultation(s: State, p: E.ConsultationHeld) -> None:
    if p.kind not in CONSULTATION_KINDS:
        raise Refused("会商类型必须是 定期、紧急 或 专题")
    if not p.topic.strip():
        raise Refused("请填写会商议题")
    if not [a for a in p.attendees if a.strip()]:
        raise Refused("请填写参会人员")
    if not [c for c in p.conclusions if c.strip()]:
        raise Refused("请填写会商结论")
    if p.incident:
        _incident(s, p.incident, open_=False)


@rule("shift.leader_signed")
def _leader_signed(s: State, p: E.ShiftLeaderSigned) -> None:
    sh = _get(s, "shifts", p.shift, "班次")
    if not p.name.strip():
        raise Refused("签字人不能为空")
    if p.name.strip() != sh.leader:
        raise Refused("本班带班领导是 {leader}, 不能由 {name} 签字", leader=sh.leader, name=p.name)
    if sh.signed_leader:
        raise Refused("带班领导已签字")


@rule("screen.pushed")
def _pushed(s: State, p: E.ScreenPushed) -> None:
    if p.incident:
        _incident(s, p.incident, open_=False)
    elif p.page not in SCREEN_PAGES:
        raise Refused("大屏没有页面「{page}」", page=p.page)
    lo, hi = PUSH_SECONDS
    if not lo <= p.seconds <= hi:
        raise Refused("推送时长必须在 {lo} 到 {hi} 秒之间", lo=lo, hi=hi)
