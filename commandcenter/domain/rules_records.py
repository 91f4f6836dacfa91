"""Rules for records kept up to date: what `record.changed` and `record.retired` may do.

A change must fit its type's shape, keep its id, and name places and stores that exist; a
retirement must name a record in service, and a team out on a task cannot be retired.
"""

from __future__ import annotations

import msgspec

from . import events as E
from . import records
from .rules import Refused, rule
from .state import State
from .vocab import TeamStatus


def _type(name: str) -> records.RecordType:
    rt = records.TYPES.get(name)
    if rt is None:
        raise Refused("没有「{type}」这类基础数据", type=name)
    return rt


@rule("record.changed")
def _changed(s: State, p: E.RecordChanged) -> None:
    rt = _type(p.type)
    try:
        data = msgspec.convert(p.data, rt.shape)
    except msgspec.ValidationError as exc:
        raise Refused(
            "{what} {id} 的内容有误: {why}", what=rt.what, id=p.id, why=str(exc)
        ) from None
    if records.record_key(p.type, records.plain(data)) != p.id:
        raise Refused("{what}编号 {id} 与内容不符", what=rt.what, id=p.id)
    town = getattr(data, "township", "")
    if town and s.townships and town not in s.townships:
        raise Refused("没有编号为 {id} 的乡镇", id=town)
    if p.type == "village" and town not in s.townships:
        raise Refused("没有编号为 {id} 的乡镇", id=town)
    if p.type == "stock":
        if data.warehouse not in s.warehouses:
            raise Refused("没有编号为 {id} 的仓库", id=data.warehouse)
        if data.qty < 0:
            raise Refused("数量不能为负数, 不是 {qty}", qty=data.qty)
    if p.type == "outline" and p.id != "county" and p.id not in s.townships:
        raise Refused("没有编号为 {id} 的乡镇", id=p.id)
    # a type with its own registration kind is created by it; record.changed only changes it
    if rt.register and p.type != "county" and not records.exists(s, p.type, p.id):
        raise Refused("{what} {id} 尚未登记, 请先登记", what=rt.what, id=p.id)


@rule("record.retired")
def _retired(s: State, p: E.RecordRetired) -> None:
    rt = _type(p.type)
    if not records.exists(s, p.type, p.id):
        raise Refused("没有在用的{what} {id}", what=rt.what, id=p.id)
    team = s.teams.get(p.id) if p.type == "team" else None
    if team and team.status in (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE):
        raise Refused("队伍 {name} 正在执行任务, 不能注销", name=team.name)
