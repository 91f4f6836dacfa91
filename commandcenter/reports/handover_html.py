"""The handover report as HTML for QTextDocument: header, figures, sections, log, signatures.

The body (what the next officer reads and signs) comes first and ends with the journal head
and the signature lines; the decision log follows as an appendix on its own pages.
"""

from __future__ import annotations

from html import escape

from . import fmt
from . import html as H
from .handover_data import HandoverData

CHART_HOUR = "chart:by-hour"
CHART_TYPE = "chart:by-type"
SHORT_LOG = 20  # rows of the decision log that still fit under the signatures


def title(d: HandoverData) -> str:
    return ("【演练】" if d.drill else "") + f"{d.bureau} 值班交接班报告"


def period_text(d: HandoverData) -> str:
    return f"{fmt.stamp(d.since, d.tz)} — {fmt.stamp(d.until, d.tz)}"


def check_command(d: HandoverData) -> str:
    return f"commandcenter verify-log --db <数据库> --head {d.head.text}"


def build(d: HandoverData, fonts: list[str], *, charts: bool = True, log: bool = True) -> str:
    """The whole report; `charts`/`log` off gives the light preview the wizard shows."""
    sh = d.shift
    people = [
        ("值班员", sh.officer if sh else ""),
        ("带班领导", sh.leader if sh else ""),
        ("班次", sh.id if sh else "—"),
        ("接班值班员", d.incoming or "________"),
        ("接班带班领导", d.incoming_leader or "________"),
    ]
    b = [
        f"<h1 align='center'>{escape(title(d))}</h1>",
        f"<p align='center'>{escape(d.county)} 值班时段 {escape(period_text(d))}</p>",
        _drill_banner(d),
        H.grid(people, columns=3),
        H.heading(1, "概要"),
        H.grid(d.summary, columns=3),
    ]
    n = 2
    if charts:
        b.append(H.heading(n, "事件分布", "本班新接报事件, 按小时和类型"))
        b.append(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='62%'><img src='{CHART_HOUR}' width='420' height='190'/></td>"
            f"<td width='38%'><img src='{CHART_TYPE}' width='250' height='190'/></td>"
            "</tr></table>"
        )
        n += 1
    for t in d.tables:
        cap = H.heading(n, t.title, f"{len(t.rows)} 项" if t.rows else "", tag=False)
        b.append(H.table(t, caption=cap))
        n += 1
    b.append(H.heading(n, "待办事项与备注"))
    if d.pending:
        b.append("<ol>" + "".join(f"<li>{escape(p)}</li>" for p in d.pending) + "</ol>")
    else:
        b.append("<p class='small'>无待办事项</p>")
    for label, text in (("交班备注", d.notes), ("接班备注", d.incoming_notes)):
        if text:
            body = escape(text).replace("\n", "<br/>")
            b.append(f"<p><b>{label}:</b> {body}</p>")
    n += 1
    b.append(H.heading(n, "日志校验"))
    b.append(_head_block(d))
    b.append(
        H.signature_lines(
            [
                ("交班值班员", sh.signed_out if sh else ""),
                ("接班值班员", sh.signed_in if sh else ""),
                (f"带班领导 {sh.leader if sh else ''}".strip(), sh.signed_leader if sh else ""),
                (f"接班带班领导 {d.incoming_leader}".strip(), ""),
            ]
        )
    )
    if log:
        if len(d.log.rows) > SHORT_LOG:  # a long log is an appendix on its own pages; a short
            b.append("<p style='page-break-before: always;'></p>")  # one follows on this page
        cap = f"附件: 本班决策日志 <span style='font-size: 8pt; font-weight: normal;'>{len(d.log.rows)} 条</span>"
        b.append(H.log_lines(d.log, "本时段没有决策记录", caption=cap))
    return H.page("".join(b), fonts)


def _drill_banner(d: HandoverData) -> str:
    if not d.drill:
        return ""
    return (
        "<p align='center' style='color:#6a1b9a; font-weight:bold;'>"
        f"演练 EXERCISE · 场景: {escape(d.drill)} · 演练数据, 不计入实际值班统计</p>"
    )


def _head_block(d: HandoverData) -> str:
    h = d.head
    if not h.count:
        return "<p>本时段没有已编号的日志事件。</p>"
    pend = f", 另有 {h.pending} 条尚未上传指挥中心 (不在校验范围内)" if h.pending else ""
    return (
        f"<p>本时段日志事件 <b>{h.count}</b> 条, 全局序号 {h.first}–{h.gseq}{pend}。"
        f"日志头 (全局序号 {h.gseq} 处的全局链哈希):</p>"
        f"<p class='mono'>{h.gseq}:{h.ghash}</p>"
        f"<p class='small'>日后核对本报告与日志是否一致: {escape(check_command(d))}</p>"
    )


def footer(d: HandoverData) -> str:
    """The line at the foot of every page: report, period and the head it was printed from."""
    head = f"日志头 {d.head.gseq}:{d.head.ghash[:12]}…" if d.head.count else ""
    return f"{title(d)}  {fmt.when(d.since, d.tz)}—{fmt.when(d.until, d.tz)}  {head}"
