"""The incident report (初报 / 续报 / 终报) as HTML and as an A4 PDF, in the handover's style."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from commandcenter.store import Journal

from . import fmt
from . import html as H
from .incident_data import IncidentData, gather_incident
from .period import Head


@dataclass
class PrintedIncident:
    path: str
    pages: int
    stage: str
    head: Head


def title(d: IncidentData) -> str:
    nth = f" (第 {d.number} 次)" if d.stage == "续报" and d.number else ""
    return f"{d.bureau} 突发事件信息{d.stage}{nth}"


def build(d: IncidentData, fonts: list[str]) -> str:
    inc = d.incident
    b = [
        f"<h1 align='center'>{escape(title(d))}</h1>",
        f"<p align='center'>事件编号 {escape(inc.id)}  报告时间 {escape(fmt.stamp(d.at, d.tz))}</p>",
        H.heading(1, "基本情况"),
        _facts(d.facts),
    ]
    n = 2
    if d.stage == "终报":
        b.append(H.heading(n, "处置结果"))
        closed = fmt.stamp(inc.closed_at, d.tz) if inc.closed_at else ""
        b.append(f"<p>{escape(closed)} 处置完毕。{escape(d.summary or '')}</p>")
        n += 1
    for t in d.tables:
        cap = H.heading(n, t.title, f"{len(t.rows)} 项" if t.rows else "", tag=False)
        b.append(H.table(t, caption=cap))
        n += 1
    b.append(H.heading(n, "日志校验"))
    h = d.head
    if h.count:
        b.append(
            f"<p>本事件日志事件 <b>{h.count}</b> 条, 日志头 (全局序号 {h.gseq}):</p>"
            f"<p class='mono'>{h.gseq}:{h.ghash}</p>"
            f"<p class='small'>核对: commandcenter verify-log --db &lt;数据库&gt; --head {h.text}</p>"
        )
    b.append(H.signature_lines([("填报人", ""), ("审核 (带班领导)", ""), ("签发", "")]))
    return H.page("".join(b), fonts)


def _facts(facts: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td width='18%' bgcolor='{H.HEAD_BG}'><b>{escape(k)}</b></td>"
        f"<td width='82%'>{escape(v)}</td></tr>"
        for k, v in facts
    )
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse: collapse; border-color: {H.RULE};'>{rows}</table>"
    )


def footer(d: IncidentData) -> str:
    head = f"日志头 {d.head.gseq}:{d.head.ghash[:12]}…" if d.head.count else ""
    return f"{d.incident.title} {d.stage}  {fmt.when(d.at, d.tz)}  {head}"


def incident_pdf(
    journal: Journal,
    iid: str,
    out: str,
    *,
    stage: str | None = None,
    at: datetime | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> PrintedIncident:
    from . import render

    render.ensure_app()
    fonts = render.families()
    d = gather_incident(journal, iid, stage=stage, at=at)
    if progress:
        progress("journal", 1, 1)
    step = (lambda n, t: progress("pages", n, t)) if progress else None
    doc = render.document(build(d, fonts), {})
    pages = render.paint(doc, render.new_printer(out), footer(d), fonts, step)
    return PrintedIncident(out, pages, d.stage, d.head)
