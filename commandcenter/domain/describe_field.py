"""Log sentences of the township and village stations' events (joined into describe.PHRASES)."""

from __future__ import annotations

from .entities_field import ANSWERS, COMMS, ORDER_KINDS
from .state import State


def _order(s: State, oid: str) -> str:
    o = s.orders.get(oid)
    if o is None:
        return f"指令{oid[:8]}"
    where = s.village_name(o.township, o.village) if o.village else s.township_name(o.township)
    return f"{where}的{ORDER_KINDS.get(o.kind, o.kind)}" + (f"「{o.text}」" if o.text else "")


def _where(s: State, township: str, village: str) -> str:
    town = s.township_name(township)
    return f"{town}{s.village_name(township, village)}" if village else town


def _by(e, name: str, who: str) -> str:
    return f" ({who} {name})" if name != e.actor else ""


def _down(comms: dict[str, bool]) -> str:
    down = [COMMS.get(k, k) for k, ok in comms.items() if not ok]
    return f", 中断: {'、'.join(down)}" if down else ", 通信全部正常"


PHRASES = {
    "order.issued": lambda s, e, p: (
        f"向{_where(s, p.township, p.village)}下达{ORDER_KINDS.get(p.kind, p.kind)}"
        + (f": {p.text}" if p.text else "")
    ),
    "order.signed": lambda s, e, p: f"签收 {_order(s, p.order)}{_by(e, p.name, '签收人')}",
    "order.answered": lambda s, e, p: (
        f"回复 {_order(s, p.order)}: {ANSWERS.get(p.answer, p.answer)}{_by(e, p.name, '回复人')}"
        + (f", 原因: {p.reason}" if p.reason else "")
    ),
    "grid.reported": lambda s, e, p: (
        f"网格员 {p.reporter} 查报 {_where(s, p.township, p.village)}"
        + (f" {p.grid}网格" if p.grid else "")
        + f": {p.title} (待网格长审核)"
    ),
    "grid.checked": lambda s, e, p: (
        f"网格长 {p.checker} "
        + ("审核通过并上报" if p.accepted else "退回")
        + f" 网格报告「{_grid_title(s, p.report)}」"
        + (f": {p.note}" if p.note else "")
    ),
    "disaster.figures": lambda s, e, p: (
        f"上报 {_where(s, p.township, p.village)} 灾情: 倒损房屋{p.houses}间, "
        f"紧急转移安置{p.relocated}人, 农作物受灾{p.crops_ha:g}公顷, "
        f"直接经济损失{p.loss_wan:g}万元"
    ),
    "station.profile": lambda s, e, p: (
        f"更新 {_where(s, p.township, p.village)} 站点档案{_down(p.comms)}"
    ),
}


def _grid_title(s: State, rid: str) -> str:
    r = s.grid_reports.get(rid)
    return r.title if r else rid
