"""The 631 叫应 ladders as text and as a report table: every stage, every call, the unanswered.

Qt-free; used by the handover report, `commandcenter warnings show` and the big screen's
值班 page (through `domain.ladder.ladders`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import State
from commandcenter.domain.entities import Warning
from commandcenter.domain.ladder import (
    ANSWERED,
    NOT_DUE,
    OVERDUE,
    TO_CALL,
    UNREACHED,
    WAITING,
    LadderStatus,
    ladders,
)
from commandcenter.domain.ladder import ladder as ladder_of
from commandcenter.domain.ladder_config import CHANNELS
from commandcenter.domain.vocab import zh

from .fmt import Table, when

STATE_ZH = {
    NOT_DUE: "未到时",
    TO_CALL: "待叫应",
    WAITING: "等待应答",
    OVERDUE: "超时未应答",
    UNREACHED: "未接通",
    ANSWERED: "已应答",
}


def warning_title(s: State, w: Warning) -> str:
    area = "、".join(s.township_name(a) for a in w.area) or "全县"
    if not w.concerns:
        area = "本县以外"
    return f"{zh(w.colour)}{w.hazard}预警 ({area})"


def warning_line(s: State, w: Warning) -> str:
    tz = ZoneInfo(s.county.timezone if s.county else "Asia/Shanghai")
    status = "已解除" if w.lifted_at else ("不涉及本县" if not w.concerns else "生效")
    return (
        f"{w.id}\t{zh(w.colour)}\t{w.hazard}\t{warning_title(s, w)}\t"
        f"{when(w.valid_from, tz)}–{when(w.valid_to, tz)}\t{status}"
    )


def _countdown(due: datetime, now: datetime) -> str:
    secs = int((due - now).total_seconds())
    sign = "" if secs >= 0 else "超时 "
    secs = abs(secs)
    return f"{sign}{secs // 3600:d}:{secs % 3600 // 60:02d}"


def target_text(t, tz: ZoneInfo, now: datetime) -> str:
    """One target's line: who, state, the last call, the next person to call."""
    bits = [t.target.label, STATE_ZH[t.state]]
    if t.calls:
        c = t.calls[-1]
        how = CHANNELS.get(c.channel, c.channel)
        bits.append(f"{c.person} {how} {when(c.at, tz, date=False)}" + (" 喊醒" if c.night else ""))
        if c.answered_at:
            bits.append(f"应答 {when(c.answered_at, tz, date=False)}")
    if t.deadline and t.state == WAITING:
        bits.append(f"时限 {_countdown(t.deadline, now)}")
    if t.next_person and t.state != NOT_DUE:
        word = "喊醒" if t.night else "叫应"
        bits.append(f"下一步{word} {t.next_person.name} {t.next_person.phone}".rstrip())
    return "  ".join(bits)


def ladder_lines(s: State, wid: str, now: datetime) -> list[str]:
    tz = ZoneInfo(s.county.timezone if s.county else "Asia/Shanghai")
    lad = ladder_of(s, wid, now)
    w = lad.warning
    out = [warning_line(s, w)]
    if w.text:
        out.append(f"  {w.text}")
    if w.onset:
        out.append(f"  预计影响: {when(w.onset, tz)}")
    if not w.concerns:
        out.append("  不涉及本县, 无需叫应")
        return out
    for st in lad.stages:
        due = "已到时" if st.due(now) else f"倒计时 {_countdown(st.due_at, now)}"
        out.append(f"[{st.name}] {when(st.due_at, tz)} {due}, 应答时限 {st.answer_minutes} 分钟")
        for t in st.targets:
            mark = "!! " if t.unanswered else "   "
            out.append(f"  {mark}{target_text(t, tz, now)}")
    if lad.zones_ready:
        names = "、".join(s.zones[z].name for z in lad.zones_ready)
        out.append(f"3人1屋 均已应答, 可启动转移: {names}")
    n = len(lad.unanswered)
    out.append(f"未应答 {n} 处" if n else "全部已应答或未到时")
    return out


def ladder_table(s: State, now: datetime, tz: ZoneInfo) -> Table:
    """Every ladder of the warnings in force; unanswered lines print in the alert colour."""
    t = Table("ladders", "631 叫应", ["预警", "级", "对象", "状态", "叫应", "应答"],
              [22, 7, 20, 11, 25, 15])  # fmt: skip
    for lad in ladders(s, now):
        _rows(s, lad, t, tz)
    return t


def _rows(s: State, lad: LadderStatus, t: Table, tz: ZoneInfo) -> None:
    """A row per call made; the targets not yet called, one row per stage (a county ladder
    has hundreds of them, and the next shift needs to know who, not a page each)."""
    title = warning_title(s, lad.warning)
    for st in lad.stages:
        waiting = [ts for ts in st.targets if ts.state == TO_CALL]
        for ts in st.targets:
            if ts.state in (NOT_DUE, TO_CALL):
                continue
            c = ts.calls[-1]
            how = CHANNELS.get(c.channel, c.channel)
            called = f"{c.person} {how} {when(c.at, tz, date=False)}"
            answered = when(c.answered_at, tz, date=False) if c.answered_at else ""
            t.rows.append([title, st.name, ts.target.label, STATE_ZH[ts.state], called, answered])
            t.alert.append(ts.unanswered)
        if waiting:
            names = "、".join(ts.target.label for ts in waiting[:12])
            more = f" 等 {len(waiting)} 个" if len(waiting) > 12 else f" 共 {len(waiting)} 个"
            t.rows.append([title, st.name, names + more, STATE_ZH[TO_CALL], "", ""])
            t.alert.append(True)
