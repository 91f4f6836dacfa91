"""入库, 出库 and 五定 upkeep for one store, from the materials pane (FormDialogs).

出库 names the order it follows (a 动用指令 number) and, when it serves one, the incident;
五定 lists the store's upkeep tasks with when each falls due. The rules (enough stock, a
positive quantity, a task the store has) are the domain's; a refusal keeps the form open.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import fmt
from .form import Field, FormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("stock", text)


def receive(desk, parent, warehouse: str) -> FormDialog:
    w = desk.state.warehouses[warehouse]
    items = desk.state.items
    fields = [
        Field("item", _tr("物资名称")),
        Field("qty", _tr("数量"), "int", 1),
        Field("category", _tr("类别 (新物资)")),
        Field("unit", _tr("单位 (新物资)")),
        Field("note", _tr("来源 / 凭证号")),
    ]

    def build(v: dict[str, Any]):
        if not v["item"]:
            raise ValueError(_tr("物资名称不能为空"))
        known = items.get(v["item"])
        payload = {
            "warehouse": warehouse,
            "item": v["item"],
            "qty": v["qty"],
            "category": v["category"] or (known.category if known else ""),
            "unit": v["unit"] or (known.unit if known else ""),
            "note": v["note"],
        }
        return [("stock.received", payload)]

    return FormDialog(desk, _tr("入库 — {0}").format(w.name), fields, build, parent=parent)


def issue(desk, parent, warehouse: str) -> FormDialog:
    s = desk.state
    w = s.warehouses[warehouse]
    stock = [(f"{item} ({qty})", item) for item, qty in sorted(w.stock.items()) if qty > 0]
    incidents = [(_tr("(无)"), "")] + [
        (i.title, i.id) for i in s.incidents.values() if i.status != "closed"
    ]
    fields = [
        Field("item", _tr("物资"), "choice", None, stock),
        Field("qty", _tr("数量"), "int", 1),
        Field("order", _tr("动用指令编号")),
        Field("incident", _tr("用于事件"), "choice", desk.incident, incidents),
        Field("recipient", _tr("领用人")),
    ]

    def build(v: dict[str, Any]):
        if not v["order"]:
            raise ValueError(_tr("出库须依据动用指令, 请填写指令编号"))
        return [("stock.issued", {"warehouse": warehouse, **v})]

    return FormDialog(desk, _tr("出库 — {0}").format(w.name), fields, build, parent=parent)


def upkeep(desk, parent, warehouse: str) -> FormDialog:
    s = desk.state
    w = s.warehouses[warehouse]
    tasks = [
        (
            _tr("{task} (每{days}天, 到期 {due})").format(
                task=u.task,
                days=u.interval_days,
                due=fmt.stamp(u.last_done + timedelta(days=u.interval_days), s),
            ),
            u.task,
        )
        for u in w.upkeep
    ]
    fields = [Field("task", _tr("五定任务"), "choice", None, tasks), Field("note", _tr("说明"))]

    def build(v: dict[str, Any]):
        if not v["task"]:
            raise ValueError(_tr("该仓库没有五定任务"))
        return [("upkeep.done", {"warehouse": warehouse, **v})]

    return FormDialog(desk, _tr("五定维护完成 — {0}").format(w.name), fields, build, parent=parent)
