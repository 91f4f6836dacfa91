"""Rules of the reporting duties: reports upward, closing from 接报, settings, voids, drills.

Each report upward is recorded once: a second 电话初报, 书面报告 or 终报, or the same 续报
number twice, is refused with the time it was already recorded. An incident still at 接报 can be
closed only as 误报 or 重复, with a reason. The deadlines are bureau settings.
"""

from __future__ import annotations

from . import events as E
from .describe import local_time, zone_of
from .rules import Refused, _incident, rule
from .state import State
from .vocab import IncidentStatus

STAGES = ("phone", "written", "followup", "final")
_STAGE_ZH = {"phone": "电话初报", "written": "书面报告", "followup": "续报", "final": "终报"}
DISPOSITIONS = ("resolved", "false_alarm", "duplicate")


def _at(s: State, ts) -> str:
    return f"{local_time(ts, zone_of(s)):%m-%d %H:%M}"


@rule("incident.reported_up")
def _reported_up(s: State, p: E.IncidentReportedUp) -> None:
    inc = _incident(s, p.incident, open_=False)
    if p.stage not in STAGES:
        raise Refused("报送阶段 {stage} 不明 (phone/written/followup/final)", stage=p.stage)
    done = inc.upward
    if p.stage in ("phone", "written", "final") and p.stage in done:
        raise Refused(
            "「{title}」的{stage}已于 {at} 记录, 不能重复记录",
            title=inc.title,
            stage=_STAGE_ZH[p.stage],
            at=_at(s, done[p.stage]),
        )
    if p.stage != "phone" and "phone" not in done:
        raise Refused("「{title}」尚未电话初报, 请先记录初报", title=inc.title)
    if p.stage == "followup":
        if inc.status == IncidentStatus.CLOSED:
            raise Refused("「{title}」已处置完毕, 请报送终报而非续报", title=inc.title)
        n = inc.followups_up + 1
        if p.number and p.number < n:
            raise Refused(
                "「{title}」第 {n} 次续报已记录, 不能重复记录", title=inc.title, n=p.number
            )
        if p.number and p.number > n:
            raise Refused("「{title}」下一次应为第 {n} 次续报", title=inc.title, n=n)
    if p.stage == "final" and inc.status != IncidentStatus.CLOSED:
        raise Refused("「{title}」尚未处置完毕, 终报在办结后报送", title=inc.title)


@rule("incident.closed")
def _closed(s: State, p: E.IncidentClosed) -> None:
    inc = s.incidents.get(p.incident)
    if inc is not None and inc.status == IncidentStatus.CLOSED:
        raise Refused("事件「{title}」已处置完毕, 不能重复办结", title=inc.title)
    inc = _incident(s, p.incident)
    if p.disposition not in DISPOSITIONS:
        raise Refused("办结方式 {d} 不明 (resolved/false_alarm/duplicate)", d=p.disposition)
    if inc.status == IncidentStatus.REPORTED:
        if p.disposition == "resolved":
            raise Refused(
                "「{title}」尚在接报阶段, 只能作为误报或重复办结, 否则请先核实", title=inc.title
            )
        if not p.summary.strip():
            raise Refused("作为误报或重复办结须写明理由")


@rule("settings.reporting")
def _settings(s: State, p: E.ReportingSettings) -> None:
    for name, v, hi in (
        ("电话初报", p.phone_minutes, 24 * 60),
        ("书面报告", p.written_minutes, 24 * 60),
        ("续报间隔", p.followup_minutes, 7 * 24 * 60),
    ):
        if not 1 <= v <= hi:
            raise Refused("{name}时限必须在 1–{hi} 分钟之间, 不是 {v}", name=name, hi=hi, v=v)
    if not 1 <= p.final_hours <= 30 * 24:
        raise Refused("终报时限必须在 1–720 小时之间, 不是 {v}", v=p.final_hours)
    if p.written_minutes < p.phone_minutes:
        raise Refused("书面报告时限不能早于电话初报时限")


@rule("event.voided")
def _voided(s: State, p: E.EventVoided) -> None:
    if p.event in s.voided:
        raise Refused("该决策已作废")
    if p.original.get("id") != p.event:
        raise Refused("作废记录与原决策不符")


@rule("drill.started")
def _drill_started(s: State, p: E.DrillStarted) -> None:
    if s.drill is not None and s.drill.ended_at is None:
        raise Refused("演练「{title}」正在进行", title=s.drill.title)
    if not 1 <= p.speed <= 600:
        raise Refused("演练速度必须在 ×1–×600 之间, 不是 ×{v}", v=p.speed)
