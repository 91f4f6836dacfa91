"""Payload shapes of the leader's seat and the big screen: 批示, 会商研判, the leader's
handover signature, and a desk's push of a page or an incident to the screen (推送到大屏)."""

from __future__ import annotations

from .base import P

__all__ = [
    "CONSULTATION_KINDS",
    "SCREEN_PAGES",
    "ConsultationHeld",
    "InstructionGiven",
    "ScreenPushed",
    "ShiftLeaderSigned",
]

# 会商研判: scheduled (定期), emergency (紧急), special-topic (专题)
CONSULTATION_KINDS = {"periodic": "定期会商", "emergency": "紧急会商", "special": "专题会商"}
# the big screen's pages, in rotation order (key -> title)
SCREEN_PAGES = {
    "overview": "态势总览",
    "map": "一张图",
    "focus": "重点事件",
    "stats": "统计",
    "duty": "值班",
}


class InstructionGiven(P, kw_only=True):
    """批示: the leader's instruction on an incident, in the leader's words."""

    incident: str
    text: str
    leader: str = ""  # who instructed (defaults to the event's actor)


class ConsultationHeld(P, kw_only=True):
    """会商研判: who met, on what, and what they concluded."""

    kind: str  # periodic | emergency | special
    topic: str
    attendees: list[str]
    conclusions: list[str]
    incident: str = ""


class ShiftLeaderSigned(P, kw_only=True):
    """The 带班领导 signs the shift's handover."""

    shift: str
    name: str
    note: str = ""


class ScreenPushed(P, kw_only=True):
    """推送到大屏: show a page or an incident on the big screen for `seconds`, then rotate."""

    page: str = ""  # one of SCREEN_PAGES; "focus" when an incident is given
    incident: str = ""
    seconds: int = 120


KINDS: dict[str, type[P]] = {
    "instruction.given": InstructionGiven,
    "consultation.held": ConsultationHeld,
    "shift.leader_signed": ShiftLeaderSigned,
    "screen.pushed": ScreenPushed,
}
