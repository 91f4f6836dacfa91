"""The leader's part of a report, Qt-free: the 批示 and 会商研判 of the period, and the
period's response and reporting figures (from `commandcenter.stats`) as tables."""

from __future__ import annotations

from commandcenter.domain.payloads.leader import CONSULTATION_KINDS
from commandcenter.stats import Figures, compute
from commandcenter.stats.figures import STAGES

from . import fmt
from .fmt import Table
from .period import PeriodLog


def leader_tables(plog: PeriodLog) -> list[Table]:
    """领导批示 and 会商研判 recorded in [since, until)."""
    s, tz = plog.state, plog.tz
    inside = {ev.id for ev, _g in plog.events}
    t_ins = Table(
        "instructions", "领导批示", ["时间", "领导", "事件", "批示内容"], [12, 10, 26, 52]
    )
    for x in sorted((x for x in s.instructions.values() if x.id in inside), key=lambda x: x.at):
        inc = s.incidents.get(x.incident)
        t_ins.rows.append([fmt.when(x.at, tz), x.leader, inc.title if inc else x.incident, x.text])
    t_con = Table(
        "consultations",
        "会商研判",
        ["时间", "类型", "议题", "参会人员", "结论"],
        [12, 9, 20, 22, 37],
    )
    for c in sorted((c for c in s.consultations.values() if c.id in inside), key=lambda c: c.at):
        t_con.rows.append(
            [
                fmt.when(c.at, tz),
                CONSULTATION_KINDS.get(c.kind, c.kind),
                c.topic,
                "、".join(c.attendees),
                "; ".join(c.conclusions),
            ]
        )
    return [t_ins, t_con]


def period_figures(plog: PeriodLog) -> Figures:
    return compute([ev for ev, _g in plog.events], plog.since, plog.until)


def minutes(v: float | None) -> str:
    return "—" if v is None else f"{v:.0f} 分钟"


def response_table(f: Figures) -> Table:
    """响应时间 and 报送时限 of the period in one table."""
    t = Table(
        "response", "响应时间与信息报送", ["项目", "事件数", "中位数", "90%"], [40, 20, 20, 20]
    )
    for leg in f.legs.values():
        t.rows.append([leg.label, str(leg.n), minutes(leg.p50), minutes(leg.p90)])
        t.alert.append(False)
    for stage, name in STAGES.items():
        met, due = f.deadlines.get(stage, (0, 0))
        share = f"{met / due:.0%}" if due else "—"
        t.rows.append([f"{name}按时率", f"{met}/{due}", share, ""])
        t.alert.append(bool(due) and met < due)
    return t
