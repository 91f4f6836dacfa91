"""Every event as one plain Chinese sentence, for the 值班日志 and the printed reports.

"张伟 派遣 盘石镇综合应急救援队(32人) 前往 响水洞村 任务: 人员转移". Names are looked up in
the given state; an id that is not (yet) known is printed as it is rather than failing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from .events import Event, InvalidEvent, payload_of
from .state import State
from .vocab import LEVEL_ZH, SEVERITY_ZH, zh

DEFAULT_TZ = "Asia/Shanghai"


@lru_cache(maxsize=8)
def zone(name: str | None) -> ZoneInfo:
    """The named time zone, or the bureau default when the name is empty or unknown."""
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return ZoneInfo(DEFAULT_TZ)


def zone_of(state: State | None) -> ZoneInfo:
    """The county's time zone, in which every time is shown."""
    return zone(state.county.timezone if state is not None and state.county else None)


def local_time(ts: datetime, tz: str | ZoneInfo = DEFAULT_TZ) -> datetime:
    return ts.astimezone(tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz))


def log_line(ev: Event, state: State) -> str:
    """'09:42 张伟 派遣 …' in the bureau's time zone."""
    return f"{local_time(ev.ts, zone_of(state)):%H:%M} {describe(ev, state)}"


def _inc(s: State, iid: str) -> str:
    inc = s.incidents.get(iid)
    return f"「{inc.title}」" if inc else f"事件{iid}"


def _team(s: State, tid: str) -> str:
    t = s.teams.get(tid)
    return f"{t.name}({t.headcount}人)" if t else f"队伍{tid}"


def _name(s: State, collection: str, key: str) -> str:
    x = getattr(s, collection).get(key)
    return getattr(x, "name", key) if x else key


def _place(s: State, iid: str) -> str:
    inc = s.incidents.get(iid)
    if not inc:
        return _inc(s, iid)
    p = inc.place
    return s.village_name(p.township, p.village) if p.village else s.township_name(p.township)


def _casualties(c) -> str:
    parts = [
        f"{label}{n}人"
        for label, n in (
            ("死亡", c.dead),
            ("受伤", c.injured),
            ("失踪", c.missing),
            ("被困", c.trapped),
        )
        if n
    ]
    return ("，" + "、".join(parts)) if parts else ""


_STAGE = {"phone": "电话初报", "written": "书面报告", "followup": "续报", "final": "终报"}
_SIDE = {"out": "交班", "in": "接班"}

Phrase = Callable[[State, Event, object], str]
PHRASES: dict[str, Phrase] = {
    "county.defined": lambda s, e, p: f"建立 {p.name} 基础信息",
    "township.registered": lambda s, e, p: f"登记乡镇 {p.name}({len(p.villages)}个村)",
    "team.registered": lambda s, e, p: f"登记队伍 {p.name}({p.headcount}人, {zh(p.kind)})",
    "warehouse.registered": lambda s, e, p: f"登记{zh(p.level)}物资仓库 {p.name}",
    "zone.registered": lambda s, e, p: f"登记避险区域 {p.name}, 指挥官 {p.commander.name}",
    "shelter.registered": lambda s, e, p: f"登记避难场所 {p.name}(容纳{p.capacity}人)",
    "video.registered": lambda s, e, p: f"登记视频源 {p.name}({zh(p.kind)})",
    "plan.registered": lambda s, e, p: f"登记预案 {p.name}",
    "incident.reported": lambda s, e, p: (
        f"接报 {s.township_name(p.place.township)}"
        f"{s.village_name(p.place.township, p.place.village) if p.place.village else ''} "
        f"{zh(p.type)}: {p.title}({SEVERITY_ZH.get(p.severity, p.severity)}, {zh(p.source)})"
        f"{_casualties(p.casualties)}{'【演练】' if p.drill else ''}"
    ),
    "incident.verified": lambda s, e, p: (
        f"核实 {_inc(s, p.incident)}" + (f": {p.note}" if p.note else "")
    ),
    "incident.followup": lambda s, e, p: (
        f"续报 {_inc(s, p.incident)}: {p.text}"
        + (_casualties(p.casualties) if p.casualties else "")
    ),
    "incident.severity_changed": lambda s, e, p: (
        f"将 {_inc(s, p.incident)} 调整为{SEVERITY_ZH.get(p.severity, p.severity)}"
        + (f", 理由: {p.reason}" if p.reason else "")
    ),
    "incident.reported_up": lambda s, e, p: (
        f"向{p.to or '上级'}{_STAGE.get(p.stage, p.stage)} {_inc(s, p.incident)}"
    ),
    "incident.closed": lambda s, e, p: (
        f"办结 {_inc(s, p.incident)}" + (f": {p.summary}" if p.summary else "")
    ),
    "plan.activated": lambda s, e, p: (
        f"启动 {_name(s, 'plans', p.plan)} {LEVEL_ZH.get(p.level, p.level)}"
        + (f" 应对 {_inc(s, p.incident)}" if p.incident else "")
    ),
    "plan.deactivated": lambda s, e, p: f"终止 {_name(s, 'plans', p.plan)} 应急响应",
    "team.dispatched": lambda s, e, p: (
        f"派遣 {_team(s, p.team)} 前往 {_place(s, p.incident)}"
        + (f" 任务: {p.task}" if p.task else "")
    ),
    "team.arrived": lambda s, e, p: f"{_team(s, p.team)} 到达现场",
    "team.returning": lambda s, e, p: (
        f"{_team(s, p.team)} 返回" + (f": {p.note}" if p.note else "")
    ),
    "team.standby": lambda s, e, p: f"{_team(s, p.team)} 恢复待命",
    "team.resting": lambda s, e, p: f"{_team(s, p.team)} 转入休整",
    "stock.received": lambda s, e, p: (
        f"{_name(s, 'warehouses', p.warehouse)} 入库 {p.item} {p.qty}{p.unit}"
        + (f" ({p.note})" if p.note else "")
    ),
    "stock.transferred": lambda s, e, p: (
        f"调拨 {p.item} {p.qty} 从 {_name(s, 'warehouses', p.source)} 到 "
        f"{_name(s, 'warehouses', p.target)}"
        + (f" 支援 {_inc(s, p.incident)}" if p.incident else "")
    ),
    "stock.issued": lambda s, e, p: (
        f"{_name(s, 'warehouses', p.warehouse)} 出库 {p.item} {p.qty}"
        + (f" 用于 {_inc(s, p.incident)}" if p.incident else "")
        + (f" 交 {p.recipient}" if p.recipient else "")
        + (f" (依据 {p.order})" if p.order else "")
    ),
    "upkeep.done": lambda s, e, p: f"{_name(s, 'warehouses', p.warehouse)} 完成{p.task}",
    "evac.called": lambda s, e, p: (
        f"叫应 {_name(s, 'zones', p.zone)} {zh(p.role)}"
        f"{_role_name(s, p.zone, p.role)}: {'已应答' if p.answered else '未应答'}"
        + (f" ({p.note})" if p.note else "")
    ),
    "evac.started": lambda s, e, p: (
        f"启动 {_name(s, 'zones', p.zone)} 人员转移, 计划 {p.households}户{p.people}人"
    ),
    "evac.counted": lambda s, e, p: (
        f"{_name(s, 'zones', p.zone)} 已转移 {p.moved_households}户{p.moved_people}人, "
        f"安全屋 {p.in_safe_house}人"
    ),
    "evac.cleared": lambda s, e, p: f"{_name(s, 'zones', p.zone)} 解除转移",
    "video.linked": lambda s, e, p: (
        f"接入视频 {_name(s, 'videos', p.video)} 至 {_inc(s, p.incident)}"
    ),
    "video.unlinked": lambda s, e, p: f"断开视频 {_name(s, 'videos', p.video)}",
    "video.status": lambda s, e, p: (
        f"视频 {_name(s, 'videos', p.video)} {'上线' if p.online else '离线'}"
    ),
    "warning.issued": lambda s, e, p: (
        f"发布{zh(p.colour)}预警: {p.hazard}" + (f" {p.text}" if p.text else "")
    ),
    "warning.lifted": lambda s, e, p: (
        f"解除预警 {_warning(s, p.warning)}" + (f" ({p.reason})" if p.reason else "")
    ),
    "warning.updated": lambda s, e, p: f"更新预警 {_warning(s, p.warning)}",
    "ladder.called": lambda s, e, p: (
        f"{'喊醒' if p.night else '叫应'} {p.person} ({_warning(s, p.warning)})"
    ),
    "ladder.answered": lambda s, e, p: f"叫应已应答 ({_warning(s, p.warning)})",
    "ladder.unreached": lambda s, e, p: f"叫应未接通 ({_warning(s, p.warning)})",
    "ladder.configured": lambda s, e, p: f"设置 631 叫应 {len(p.config.stages)} 级",
    "cap.logged": lambda s, e, p: (
        f"CAP 导入 {p.file}: {p.outcome}" + (f" {p.reason}" if p.reason else "")
    ),
    "decision.logged": lambda s, e, p: (
        (f"[{p.meeting}] " if p.meeting else "")
        + f"决定: {p.text}"
        + (f" ({_inc(s, p.incident)})" if p.incident else "")
    ),
    "shift.started": lambda s, e, p: f"接班, 值班员 {p.officer}, 带班领导 {p.leader}",
    "shift.signed": lambda s, e, p: (
        f"{p.name} {_SIDE.get(p.side, p.side)}签字" + (f": {p.note}" if p.note else "")
    ),
    "shift.ended": lambda s, e, p: "本班结束",
    "conflict.settled": lambda s, e, p: f"处理冲突: {p.note}",
    "record.changed": lambda s, e, p: _record_changed(s, p),
    "record.retired": lambda s, e, p: (
        f"注销{_what(p.type)} {_record_name(s, p)}" + (f": {p.note}" if p.note else "")
    ),
}


def _what(type_: str) -> str:
    from .records import TYPES

    rt = TYPES.get(type_)
    return rt.what if rt else type_


def _record_name(s: State, p) -> str:
    retired = s.retired.get(f"{p.type}:{p.id}")
    return retired.name if retired else p.id


def _record_changed(s: State, p) -> str:
    d = p.data
    if p.type == "stock":
        return (
            f"盘点 {_name(s, 'warehouses', d.get('warehouse', ''))} {d.get('item')} {d.get('qty')}"
        )
    if p.type == "duty":
        who = [
            f"{label} {d.get(k, {}).get('name', '')}"
            for k, label in (("officer", "值班员"), ("leader", "带班领导"))
        ]
        return f"排班 {p.id} " + ", ".join(who)
    contacts = [v for v in d.values() if isinstance(v, dict) and "phone" in v]
    people = "、".join(f"{c.get('name', '')} {c.get('phone', '')}".strip() for c in contacts)
    if p.type == "contact":
        people = f"{d.get('name', '')} {d.get('phone', '')}"
    label = d.get("name") or p.id
    return f"更新{_what(p.type)} {label}" + (f" ({people})" if people else "")


def _role_name(s: State, zid: str, role: str) -> str:
    z = s.zones.get(zid)
    c = getattr(z, str(role), None) if z else None
    return f" {c.name}" if c else ""


def _warning(s: State, wid: str) -> str:
    w = s.warnings.get(wid)
    return f"{zh(w.colour)}{w.hazard}预警" if w else wid


def what(ev: Event, state: State) -> str:
    """What was decided or reported, without who (for lists that show the actor apart)."""
    phrase = PHRASES.get(ev.kind)
    if phrase is None:
        return ev.kind
    try:
        text = phrase(state, ev, payload_of(ev))
    except InvalidEvent:
        return f"{ev.kind} (内容无法识别)"
    if ev.kind == "evac.counted":
        return f"报告 {text}"
    if ev.kind.endswith((".arrived", ".returning", ".standby", ".resting")):
        return f"记录 {text}"
    return text


def describe(ev: Event, state: State) -> str:
    """The actor and what they decided, in one sentence (no time)."""
    return f"{ev.actor} {what(ev, state)}"
