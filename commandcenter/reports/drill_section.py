"""The drill parts of a drill world's handover: the 演练 banner and the 演练评估 table.

Every inject of the scenario, when it was played, each action expected after it, what was
done (the decision in words), how long it took and the target, so the after-action review
reads straight from the printout. Qt-free.
"""

from __future__ import annotations

from commandcenter.domain import State
from commandcenter.drills.evaluate import world_evaluation
from commandcenter.store import Journal

from . import fmt
from .fmt import Table


def _minutes(m: float | None) -> str:
    return "—" if m is None else f"{m:.0f} 分钟"


def drill_section(journal: Journal, state: State, tz) -> tuple[str, list[tuple[str, str]], Table]:
    """(scenario title, summary lines, the 演练评估 table) of the drill world's journal."""
    info = state.drill
    assert info is not None
    ev = world_evaluation(journal, state)
    t = Table("drill", "演练评估 (情景注入、处置动作与时限)",
              ["注入", "情景", "要求动作", "实际处置", "用时", "目标", "结果"],
              [8, 22, 14, 28, 9, 9, 10])  # fmt: skip
    summary = [("演练场景", info.title), ("演练开始", fmt.when(info.started_at, tz))]
    if ev is None:
        return info.title, summary, t
    met, total = ev.score
    summary.append(("达标动作", f"{met}/{total}"))
    for row in ev.rows:
        when = f"T+{row.inject.at:.0f}" if row.played_at else "未注入"
        if not row.outcomes:
            t.rows.append([when, row.inject.text, "—", "", "", "", ""])
            t.alert.append(False)
        for i, o in enumerate(row.outcomes):
            target = o.target
            before = ev.scenario.inject(o.expect.before).at if o.expect.before else None
            tgt = f"{target:.0f} 分钟" + (f" (T+{before:.0f} 前)" if before is not None else "")
            t.rows.append([
                when if i == 0 else "", row.inject.text if i == 0 else "", o.expect.label,
                o.what or "未完成", _minutes(o.took), tgt, "达标" if o.met else "未达标",
            ])  # fmt: skip
            t.alert.append(not o.met)
    return info.title, summary, t
