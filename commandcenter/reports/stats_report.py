"""The statistics report (`commandcenter report stats`): the figures of a period as an A4 PDF.

The same figures as the big screen's 统计 page and the handover report (`commandcenter.stats`):
counts by type, township, severity and day (or hour, for a period under two days), response
times 接报→派出→到场 and reporting-deadline compliance, with the journal head of the period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from commandcenter.domain.vocab import SEVERITY_ZH, zh
from commandcenter.stats import Figures, compute
from commandcenter.store import Journal

from . import fmt
from . import html as H
from .fmt import Table
from .leader_data import response_table
from .period import PeriodLog, load_period


@dataclass
class PrintedStats:
    path: str
    pages: int
    figures: Figures
    plog: PeriodLog


def gather_stats(plog: PeriodLog) -> Figures:
    span = plog.until - plog.since
    bucket = timedelta(hours=1) if span <= timedelta(days=2) else timedelta(days=1)
    return compute([ev for ev, _g in plog.events], plog.since, plog.until, bucket=bucket)


def tables(f: Figures, plog: PeriodLog) -> list[Table]:
    s, tz = plog.state, plog.tz
    t_type = Table("by-type", "按类型", ["类型", "起数"], [70, 30])
    t_type.rows = [[zh(k), str(n)] for k, n in f.by_type.most_common()]
    t_town = Table("by-township", "按乡镇", ["乡镇(街道)", "起数"], [70, 30])
    t_town.rows = [[s.township_name(k), str(n)] for k, n in f.by_township.most_common()]
    t_sev = Table("by-severity", "按级别", ["级别", "起数"], [70, 30])
    t_sev.rows = [
        [SEVERITY_ZH.get(k, str(k)), str(f.by_severity[k])] for k in sorted(f.by_severity)
    ]
    hourly = f.bucket < timedelta(days=1)
    t_time = Table(
        "by-time", "按小时" if hourly else "按日", ["时段", "起数", "其中"], [25, 15, 60]
    )
    for start, c in sorted(f.by_bucket.items()):
        if not c:
            continue  # periods without a report are left out (a year has 365 days)
        label = fmt.when(start, tz) if hourly else start.astimezone(tz).strftime("%Y-%m-%d")
        detail = "、".join(f"{zh(k)} {n}" for k, n in c.most_common())
        t_time.rows.append([label, str(sum(c.values())), detail])
    return [response_table(f), t_type, t_town, t_sev, t_time]


def build(f: Figures, plog: PeriodLog, bureau: str, fonts: list[str]) -> str:
    period = f"{fmt.stamp(plog.since, plog.tz)} — {fmt.stamp(plog.until, plog.tz)}"
    b = [
        f"<h1 align='center'>{escape(bureau)} 应急值守统计</h1>",
        f"<p align='center'>统计时段 {escape(period)} (不含演练)</p>",
        H.grid(
            [
                ("接报事件", f"{f.reported} 起"),
                ("报送按时率", "—" if f.deadline_share() is None else f"{f.deadline_share():.0%}"),
                ("接报→到场 中位数", _min(f.legs["total"].p50)),
            ],
            columns=3,
        ),
    ]
    for n, t in enumerate(tables(f, plog), 1):
        b.append(H.table(t, caption=H.heading(n, t.title, f"{len(t.rows)} 项", tag=False)))
    h = plog.head
    if h.count:
        b.append(f"<p class='small'>日志头 {h.gseq}:{escape(h.ghash)}</p>")
    return H.page("".join(b), fonts)


def _min(v: float | None) -> str:
    return "—" if v is None else f"{v:.0f} 分钟"


def stats_pdf(
    journal: Journal,
    since: datetime,
    until: datetime,
    out: str,
    *,
    progress: Callable[[str, int, int], None] | None = None,
) -> PrintedStats:
    from . import render

    render.ensure_app()
    fonts = render.families()
    jstep = (lambda n, t: progress("journal", n, t)) if progress else None
    plog = load_period(journal, since, until, progress=jstep)
    f = gather_stats(plog)
    bureau = plog.state.county.bureau if plog.state.county else "应急管理局"
    step = (lambda n, t: progress("pages", n, t)) if progress else None
    doc = render.document(build(f, plog, bureau, fonts), {})
    footer = f"{bureau} 应急值守统计  {fmt.when(since, plog.tz)}—{fmt.when(until, plog.tz)}"
    pages = render.paint(doc, render.new_printer(out), footer, fonts, step)
    return PrintedStats(out, pages, f, plog)
