"""Log sentences of the leader's seat and the big screen (joined into describe.PHRASES)."""

from __future__ import annotations

from .payloads.leader import CONSULTATION_KINDS, SCREEN_PAGES
from .state import State


def _inc(s: State, iid: str) -> str:
    inc = s.incidents.get(iid)
    return f"「{inc.title}」" if inc else f"事件{iid}"


PHRASES = {
    "instruction.given": lambda s, e, p: f"批示 {_inc(s, p.incident)}: {p.text}",
    "consultation.held": lambda s, e, p: (
        f"{CONSULTATION_KINDS.get(p.kind, p.kind)} {p.topic}"
        f" (参会: {'、'.join(p.attendees)}) 结论: {'; '.join(p.conclusions)}"
        + (f" ({_inc(s, p.incident)})" if p.incident else "")
    ),
    "shift.leader_signed": lambda s, e, p: (
        f"{p.name} 以带班领导签字" + (f": {p.note}" if p.note else "")
    ),
    "screen.pushed": lambda s, e, p: (
        f"推送{_inc(s, p.incident) if p.incident else SCREEN_PAGES.get(p.page, p.page)}"
        f"到大屏 ({p.seconds}秒)"
    ),
}
