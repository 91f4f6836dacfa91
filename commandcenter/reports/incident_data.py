"""One incident's report content (初报 / 续报 / 终报) as of a time, from the journal (no Qt).

The figures are the incident as the journal stood at `at`; the head covers the incident's own
events up to then, so a reader can check the report against the journal like the handover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.entities import Incident
from commandcenter.domain.vocab import LEVEL_ZH, SEVERITY_ZH, IncidentStatus, category_of, zh
from commandcenter.store import Journal

from . import fmt
from .field_data import incident_figures
from .fmt import Table
from .period import Head, head_of, state_at, zone

STAGES = ("初报", "续报", "终报")
_UP = {"phone": "电话初报", "written": "书面报告", "followup": "续报", "final": "终报"}


@dataclass
class IncidentData:
    bureau: str
    stage: str
    number: int  # which 续报 this is (0 for 初报 and 终报)
    incident: Incident
    at: datetime
    tz: ZoneInfo
    facts: list[tuple[str, str]]
    tables: list[Table]
    summary: str
    head: Head


def default_stage(inc: Incident) -> str:
    if inc.status == IncidentStatus.CLOSED:
        return "终报"
    return "续报" if inc.followups else "初报"


def gather_incident(
    journal: Journal, iid: str, *, stage: str | None = None, at: datetime | None = None
) -> IncidentData:
    """The report of incident `iid`; ValueError (one sentence) if it does not exist then."""
    at = at or datetime.now(UTC)
    state = state_at(journal, at)
    inc = state.incidents.get(iid)
    if inc is None:
        raise ValueError(f"日志中 (截至该时间) 没有编号为 {iid} 的事件")
    stage = stage or default_stage(inc)
    if stage not in STAGES:
        raise ValueError(f"报告类别必须是 初报、续报 或 终报, 不是 {stage}")
    if stage == "终报" and inc.status != IncidentStatus.CLOSED:
        raise ValueError(f"事件「{inc.title}」尚未处置完毕, 不能出终报")
    tz = zone(state.county.timezone if state.county else None)
    events = journal.query_numbered(incident=iid, until=at)
    c = inc.casualties
    d = next_deadline(inc)
    facts = [
        ("事件名称", inc.title + (" (演练)" if inc.drill else "")),
        ("类别 / 类型", f"{zh(category_of(inc.type))} / {zh(inc.type)}"),
        ("事件级别", SEVERITY_ZH.get(inc.severity, str(inc.severity))),
        ("处置状态", zh(inc.status)),
        ("响应级别", LEVEL_ZH.get(inc.response_level, "")),
        ("发生地点", fmt.place(state, inc.place) + _coords(inc)),
        ("发生时间", fmt.stamp(inc.occurred_at, tz) if inc.occurred_at else "不详"),
        ("接报时间", fmt.stamp(inc.reported_at, tz)),
        ("信息来源", zh(inc.source) + (f" ({inc.reporter.name})" if inc.reporter else "")),
        (
            "伤亡情况",
            f"死亡 {c.dead} 人, 受伤 {c.injured} 人, 失踪 {c.missing} 人, "
            f"被困 {c.trapped} 人, 受灾 {c.affected} 人",
        ),
        ("下一报送", f"{d.label} 截止 {fmt.stamp(d.due, tz)}" if d else "已办结, 无"),
        ("事件概况", inc.description or "—"),
    ]
    if figures := incident_figures(state, inc.id):  # reported by townships (issue 14)
        facts.append(("灾情统计", figures))
    up = Table("upward", "向上报送", ["报送", "时间"], [30, 70])
    up.rows = [
        [_UP.get(k, k), fmt.stamp(t, tz)]
        for k, t in sorted(inc.upward.items(), key=lambda kv: kv[1])
    ]
    fu = Table("followups", "续报记录", ["时间", "报告人", "内容"], [14, 12, 74])
    fu.rows = [[fmt.when(f.at, tz), f.actor, f.text] for f in inc.followups]
    teams = Table(
        "teams", "救援力量", ["队伍", "类别", "人数", "现状态", "任务"], [30, 22, 8, 12, 28]
    )
    for tid in inc.teams:
        t = state.teams.get(tid)
        if t:
            here = t.incident == inc.id
            teams.rows.append([t.name, zh(t.kind), str(t.headcount), zh(t.status) if here else "已撤离",
                               t.task if here else ""])  # fmt: skip
    log = Table("log", "处置经过", ["时间", "经办", "内容"], [14, 12, 74])
    log.rows = [[fmt.when(ev.ts, tz), ev.actor, fmt.log_line(ev, state)] for ev, _g in events]
    summary = next(
        (ev.payload.get("summary", "") for ev, _g in events if ev.kind == "incident.closed"), ""
    )
    tables = [up, fu, teams, log] if stage != "初报" else [up, teams, log]
    return IncidentData(
        bureau=state.county.bureau if state.county else "应急管理局",
        stage=stage,
        number=len(inc.followups) if stage == "续报" else 0,
        incident=inc,
        at=at,
        tz=tz,
        facts=facts,
        tables=tables,
        summary=summary,
        head=head_of(journal, events),
    )


def _coords(inc: Incident) -> str:
    p = inc.place
    return f" ({p.lon:.4f}, {p.lat:.4f})" if p.lon is not None and p.lat is not None else ""
