"""What the township and village stations reported, as report tables (no Qt, no HTML): the
disaster figures (倒损房屋, 紧急转移安置人数, 农作物受灾面积, 直接经济损失), the receipts of
orders sent down, and the stations whose channels are down (断路、断网、断电)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from commandcenter.domain import State
from commandcenter.domain.entities_field import ANSWERS, COMMS, ORDER_KINDS, Figures, sign_overdue

from . import fmt
from .fmt import Table


def _where(s: State, township: str, village: str) -> str:
    town = s.township_name(township)
    return f"{town} {s.village_name(township, village)}" if village else town


def totals(figs: list[Figures]) -> str:
    """'倒损房屋 12 间, 紧急转移安置 340 人, 农作物受灾 25.5 公顷, 直接经济损失 310 万元'."""
    return (
        f"倒损房屋 {sum(f.houses for f in figs)} 间, "
        f"紧急转移安置 {sum(f.relocated for f in figs)} 人, "
        f"农作物受灾 {sum(f.crops_ha for f in figs):g} 公顷, "
        f"直接经济损失 {sum(f.loss_wan for f in figs):g} 万元"
    )


def figures_table(s: State, tz: ZoneInfo) -> Table:
    t = Table(
        "figures",
        "基层灾情统计",
        [
            "乡镇 村",
            "倒损房屋(间)",
            "紧急转移安置(人)",
            "农作物受灾(公顷)",
            "直接经济损失(万元)",
            "报告",
            "时间",
        ],
        [20, 12, 15, 15, 15, 10, 13],
    )
    figs = sorted(s.figures.values(), key=lambda f: (f.township, f.village))
    for f in figs:
        t.rows.append(
            [
                _where(s, f.township, f.village),
                str(f.houses),
                str(f.relocated),
                f"{f.crops_ha:g}",
                f"{f.loss_wan:g}",
                f.by,
                fmt.when(f.at, tz),
            ]
        )
    if len(figs) > 1:
        t.rows.append(
            [
                "合计",
                str(sum(f.houses for f in figs)),
                str(sum(f.relocated for f in figs)),
                f"{sum(f.crops_ha for f in figs):g}",
                f"{sum(f.loss_wan for f in figs):g}",
                "",
                "",
            ]
        )
    return t


def orders_table(s: State, since: datetime, until: datetime, tz: ZoneInfo, minutes: int) -> Table:
    """Orders given in the period, and older ones still not signed for."""
    t = Table(
        "orders", "基层指令签收", ["下达", "乡镇 村", "指令", "签收", "回复"], [12, 18, 34, 16, 20]
    )
    rows = [
        o
        for o in s.orders.values()
        if since <= o.issued_at < until or (o.signed_at is None and not o.closed)
    ]
    for o in sorted(rows, key=lambda o: o.issued_at):
        late = sign_overdue(o, until, minutes)
        signed = (
            f"{o.signed_by} {fmt.when(o.signed_at, tz)}"
            if o.signed_at
            else ("超时未签收" if late else "未签收")
        )
        answer = ANSWERS.get(o.answer, "") + (f": {o.reason}" if o.reason else "")
        t.rows.append(
            [
                fmt.when(o.issued_at, tz),
                _where(s, o.township, o.village),
                f"{ORDER_KINDS.get(o.kind, o.kind)} {o.text}".strip(),
                signed,
                answer,
            ]
        )
        t.alert.append(late)
    return t


def comms_table(s: State, tz: ZoneInfo) -> Table:
    """Stations that reported a channel down: which ones still reach them."""
    t = Table(
        "comms",
        "基层站点通信中断",
        ["站点", "中断", "仍可联络", "备注", "时间"],
        [20, 20, 24, 24, 12],
    )
    for p in sorted(s.posts.values(), key=lambda p: (p.township, p.village)):
        down = [COMMS[k] for k in COMMS if p.comms.get(k) is False]
        if not down:
            continue
        up = [COMMS[k] for k in COMMS if p.comms.get(k)]
        t.rows.append(
            [
                _where(s, p.township, p.village),
                "、".join(down),
                "、".join(up) or "无",
                p.note,
                fmt.when(p.at, tz),
            ]
        )
        t.alert.append(not up)
    return t


def field_tables(s: State, since: datetime, until: datetime, tz: ZoneInfo, minutes: int):
    """The handover report's sections from the field stations (empty ones are left out)."""
    tables = [figures_table(s, tz), orders_table(s, since, until, tz, minutes), comms_table(s, tz)]
    return [t for t in tables if t.rows]


def incident_figures(s: State, incident: str) -> str:
    """The figures reported against one incident, summed, or '' when none were."""
    figs = [f for f in s.figures.values() if f.incident == incident]
    return totals(figs) if figs else ""
