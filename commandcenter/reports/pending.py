"""Suggested pending items for a handover: what the next shift must not forget (no Qt).

The wizard pre-fills these; the officer edits them before signing. Each is one short sentence.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import State
from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.vocab import EvacStatus, IncidentStatus, zh

from . import fmt


def suggest_pending(state: State, now: datetime, tz: ZoneInfo) -> list[str]:
    out: list[str] = []
    for inc in sorted(state.incidents.values(), key=lambda i: i.reported_at):
        if inc.status == IncidentStatus.CLOSED:
            continue
        d = next_deadline(inc, state.reporting)
        if d is not None:
            late = "已超时, 请尽快" if d.overdue(now) else "请按时"
            out.append(f"「{inc.title}」{d.label}截止 {fmt.when(d.due, tz)}, {late}报送")
    for z in state.zones.values():
        if z.status == EvacStatus.MOVING:
            out.append(
                f"{z.name} 转移中: 已转移 {z.moved_people}/{z.to_move_people} 人, 跟进安置与回流管控"
            )
        for role, calls in z.calls.items():
            if calls and not calls[-1].answered:
                out.append(f"{z.name} {zh(role)} 未叫应, 继续呼叫")
    for c in state.open_conflicts():
        out.append(f"处理冲突: {c.text}")
    return out
