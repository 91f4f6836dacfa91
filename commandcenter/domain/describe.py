"""Every event as one plain Chinese sentence, for the 值班日志 and the printed reports.

"张伟 派遣 盘石镇综合应急救援队(32人) 前往 响水洞村 任务: 人员转移". Names are looked up in
the given state; an id that is not (yet) known is printed as it is rather than failing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from .describe_leader import PHRASES as LEADER_PHRASES
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


def shift_id(start: datetime, tz: str | ZoneInfo = DEFAULT_TZ) -> str:
    """The one shift id format, from its start in county time: SH-20261123-0800."""
    return "SH-" + local_time(start, tz).strftime("%Y%m%d-%H%M")


def local_time(ts: datetime, tz: str | ZoneInfo = DEFAULT_TZ) -> datetime:
    return ts.astimezone(tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz))


def log_line(ev: Event, state: State) -> str:
    """'09:42 张伟 派遣 …' in the bureau's time zone."""
    return f"{local_time(ev.ts, zone_of(state)):%H:%M} {describe(ev, state)}"


class Said(str):
    """A Chinese sentence (or part of one) that keeps its template and parameters, so the
    desk can say it in another language (Qt context "log", ui.i18n.said); as a str it is
    exactly the Chinese text the journal's reports print."""

    template: str
    params: dict

    def __new__(cls, template: str, **params: object) -> Said:
        obj = super().__new__(cls, template.format(**params))
        obj.template, obj.params = template, params
        return obj


class Word(str):
    """A word of the bureau's vocabulary (Qt context "vocab")."""


class Joined(str):
    """Parts joined by a separator (the separator is translated too)."""

    items: list
    sep: str

    def __new__(cls, sep: str, items: list) -> Joined:
        obj = super().__new__(cls, sep.join(items))
        obj.items, obj.sep = items, sep
        return obj


T = Said


def W(code: str) -> Word:
    return Word(zh(code))


def _opt(cond: object, template: str, **params: object) -> str:
    return T(template, **params) if cond else ""


def _inc(s: State, iid: str) -> str:
    inc = s.incidents.get(iid)
    return T("「{title}」", title=inc.title) if inc else T("事件{id}", id=iid)


def _team(s: State, tid: str) -> str:
    t = s.teams.get(tid)
    return T("{name}({n}人)", name=t.name, n=t.headcount) if t else T("队伍{id}", id=tid)


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
        T(template, n=n)
        for template, n in (
            ("死亡{n}人", c.dead),
            ("受伤{n}人", c.injured),
            ("失踪{n}人", c.missing),
            ("被困{n}人", c.trapped),
        )
        if n
    ]
    return T("，{parts}", parts=Joined("、", parts)) if parts else ""


_STAGE = {"phone": "电话初报", "written": "书面报告", "followup": "续报", "final": "终报"}
_DISPOSITION = {"false_alarm": "(误报)", "duplicate": "(重复)"}
_SIDE = {"out": "交班", "in": "接班"}


def _stage(stage: str) -> str:
    return T(_STAGE[stage]) if stage in _STAGE else stage


def _reported(s: State, e: Event, p) -> str:
    village = s.village_name(p.place.township, p.place.village) if p.place.village else ""
    return T(
        "接报 {town}{village} {type}{subtype}: {title}({severity}, {source}){cas}{drill}",
        town=s.township_name(p.place.township),
        village=village,
        type=W(p.type),
        subtype=_opt(p.subtype, "·{sub}", sub=W(p.subtype)),
        title=p.title,
        severity=Word(SEVERITY_ZH.get(p.severity, str(p.severity))),
        source=W(p.source),
        cas=_casualties(p.casualties),
        drill=_opt(p.drill, "【演练】"),
    )


Phrase = Callable[[State, Event, object], str]
PHRASES: dict[str, Phrase] = {
    "county.defined": lambda s, e, p: T("建立 {name} 基础信息", name=p.name),
    "township.registered": lambda s, e, p: T(
        "登记乡镇 {name}({n}个村)", name=p.name, n=len(p.villages)
    ),
    "team.registered": lambda s, e, p: T(
        "登记队伍 {name}({n}人, {kind})", name=p.name, n=p.headcount, kind=W(p.kind)
    ),
    "warehouse.registered": lambda s, e, p: T(
        "登记{level}物资仓库 {name}", level=W(p.level), name=p.name
    ),
    "zone.registered": lambda s, e, p: T(
        "登记避险区域 {name}, 指挥官 {who}", name=p.name, who=p.commander.name
    ),
    "shelter.registered": lambda s, e, p: T(
        "登记避难场所 {name}(容纳{n}人)", name=p.name, n=p.capacity
    ),
    "video.registered": lambda s, e, p: T("登记视频源 {name}({kind})", name=p.name, kind=W(p.kind)),
    "plan.registered": lambda s, e, p: T("登记预案 {name}", name=p.name),
    "incident.reported": _reported,
    "incident.verified": lambda s, e, p: T(
        "核实 {inc}{note}", inc=_inc(s, p.incident), note=_opt(p.note, ": {note}", note=p.note)
    ),
    "incident.followup": lambda s, e, p: T(
        "续报 {inc}: {text}{cas}",
        inc=_inc(s, p.incident),
        text=p.text,
        cas=_casualties(p.casualties) if p.casualties else "",
    ),
    "incident.severity_changed": lambda s, e, p: T(
        "将 {inc} 调整为{severity}{reason}",
        inc=_inc(s, p.incident),
        severity=Word(SEVERITY_ZH.get(p.severity, str(p.severity))),
        reason=_opt(p.reason, ", 理由: {reason}", reason=p.reason),
    ),
    "incident.reported_up": lambda s, e, p: T(
        "向{to}{stage} {inc}",
        to=p.to or T("上级"),
        stage=_stage(p.stage),
        inc=_inc(s, p.incident),
    ),
    "incident.closed": lambda s, e, p: T(
        "办结 {inc}{disposition}{summary}",
        inc=_inc(s, p.incident),
        disposition=_opt(p.disposition, _DISPOSITION.get(p.disposition, "")),
        summary=_opt(p.summary, ": {summary}", summary=p.summary),
    ),
    "plan.activated": lambda s, e, p: T(
        "启动 {plan} {level}{inc}",
        plan=_name(s, "plans", p.plan),
        level=Word(LEVEL_ZH.get(p.level, str(p.level))),
        inc=_opt(p.incident, " 应对 {inc}", inc=_inc(s, p.incident)),
    ),
    "plan.deactivated": lambda s, e, p: T("终止 {plan} 应急响应", plan=_name(s, "plans", p.plan)),
    "team.dispatched": lambda s, e, p: T(
        "派遣 {team} 前往 {place}{task}",
        team=_team(s, p.team),
        place=_place(s, p.incident),
        task=_opt(p.task, " 任务: {task}", task=p.task),
    ),
    "team.arrived": lambda s, e, p: T("{team} 到达现场", team=_team(s, p.team)),
    "team.returning": lambda s, e, p: T(
        "{team} 返回{note}", team=_team(s, p.team), note=_opt(p.note, ": {note}", note=p.note)
    ),
    "team.standby": lambda s, e, p: T("{team} 恢复待命", team=_team(s, p.team)),
    "team.resting": lambda s, e, p: T("{team} 转入休整", team=_team(s, p.team)),
    "stock.received": lambda s, e, p: T(
        "{store} 入库 {item} {qty}{unit}{note}",
        store=_name(s, "warehouses", p.warehouse),
        item=p.item,
        qty=p.qty,
        unit=p.unit,
        note=_opt(p.note, " ({note})", note=p.note),
    ),
    "stock.transferred": lambda s, e, p: T(
        "调拨 {item} {qty} 从 {source} 到 {target}{inc}",
        item=p.item,
        qty=p.qty,
        source=_name(s, "warehouses", p.source),
        target=_name(s, "warehouses", p.target),
        inc=_opt(p.incident, " 支援 {inc}", inc=_inc(s, p.incident)),
    ),
    "stock.issued": lambda s, e, p: T(
        "{store} 出库 {item} {qty}{inc}{to}{order}",
        store=_name(s, "warehouses", p.warehouse),
        item=p.item,
        qty=p.qty,
        inc=_opt(p.incident, " 用于 {inc}", inc=_inc(s, p.incident)),
        to=_opt(p.recipient, " 交 {who}", who=p.recipient),
        order=_opt(p.order, " (依据 {order})", order=p.order),
    ),
    "upkeep.done": lambda s, e, p: T(
        "{store} 完成{task}", store=_name(s, "warehouses", p.warehouse), task=Word(p.task)
    ),
    "evac.called": lambda s, e, p: T(
        "叫应 {zone} {role}{who}: {answer}{note}",
        zone=_name(s, "zones", p.zone),
        role=W(p.role),
        who=_role_name(s, p.zone, p.role),
        answer=T("已应答") if p.answered else T("未应答"),
        note=_opt(p.note, " ({note})", note=p.note),
    ),
    "evac.started": lambda s, e, p: T(
        "启动 {zone} 人员转移, 计划 {h}户{n}人",
        zone=_name(s, "zones", p.zone),
        h=p.households,
        n=p.people,
    ),
    "evac.counted": lambda s, e, p: T(
        "{zone} 已转移 {h}户{n}人, 安全屋 {safe}人{reason}",
        zone=_name(s, "zones", p.zone),
        h=p.moved_households,
        n=p.moved_people,
        safe=p.in_safe_house,
        reason=_opt(p.reason, " (超出计划: {reason})", reason=p.reason),
    ),
    "evac.cleared": lambda s, e, p: T("{zone} 解除转移", zone=_name(s, "zones", p.zone)),
    "video.linked": lambda s, e, p: T(
        "接入视频 {video} 至 {inc}", video=_name(s, "videos", p.video), inc=_inc(s, p.incident)
    ),
    "video.unlinked": lambda s, e, p: T("断开视频 {video}", video=_name(s, "videos", p.video)),
    "video.status": lambda s, e, p: T(
        "视频 {video} {state}",
        video=_name(s, "videos", p.video),
        state=T("上线") if p.online else T("离线"),
    ),
    "warning.issued": lambda s, e, p: T(
        "发布{colour}预警: {hazard}{text}",
        colour=W(p.colour),
        hazard=p.hazard,
        text=_opt(p.text, " {text}", text=p.text),
    ),
    "warning.lifted": lambda s, e, p: T(
        "解除预警 {w}{reason}",
        w=_warning(s, p.warning),
        reason=_opt(p.reason, " ({reason})", reason=p.reason),
    ),
    "warning.updated": lambda s, e, p: T("更新预警 {w}", w=_warning(s, p.warning)),
    "ladder.called": lambda s, e, p: T(
        "{call} {person} ({w})",
        call=T("喊醒") if p.night else T("叫应"),
        person=p.person,
        w=_warning(s, p.warning),
    ),
    "ladder.answered": lambda s, e, p: T("叫应已应答 ({w})", w=_warning(s, p.warning)),
    "ladder.unreached": lambda s, e, p: T("叫应未接通 ({w})", w=_warning(s, p.warning)),
    "ladder.configured": lambda s, e, p: T("设置 631 叫应 {n} 级", n=len(p.config.stages)),
    "cap.logged": lambda s, e, p: T(
        "CAP 导入 {file}: {outcome}{reason}",
        file=p.file,
        outcome=p.outcome,
        reason=_opt(p.reason, " {reason}", reason=p.reason),
    ),
    "decision.logged": lambda s, e, p: T(
        "{meeting}决定: {text}{inc}",
        meeting=_opt(p.meeting, "[{meeting}] ", meeting=p.meeting),
        text=p.text,
        inc=_opt(p.incident, " ({inc})", inc=_inc(s, p.incident)),
    ),
    "shift.started": lambda s, e, p: T(
        "接班, 值班员 {officer}, 带班领导 {leader}", officer=p.officer, leader=p.leader
    ),
    "shift.signed": lambda s, e, p: T(
        "{name} {side}签字{note}",
        name=p.name,
        side=T(_SIDE[p.side]) if p.side in _SIDE else p.side,
        note=_opt(p.note, ": {note}", note=p.note),
    ),
    "shift.ended": lambda s, e, p: T("本班结束"),
    "conflict.settled": lambda s, e, p: T("处理冲突: {note}", note=p.note),
}
PHRASES.update(LEADER_PHRASES)  # 批示, 会商研判, the leader's signature, 推送到大屏


def _role_name(s: State, zid: str, role: str) -> str:
    z = s.zones.get(zid)
    c = getattr(z, str(role), None) if z else None
    return f" {c.name}" if c else ""


def _warning(s: State, wid: str) -> str:
    w = s.warnings.get(wid)
    return T("{colour}{hazard}预警", colour=W(w.colour), hazard=w.hazard) if w else wid


def what(ev: Event, state: State) -> str:
    """What was decided or reported, without who (for lists that show the actor apart)."""
    phrase = PHRASES.get(ev.kind)
    if phrase is None:
        return ev.kind
    try:
        text = phrase(state, ev, payload_of(ev))
    except InvalidEvent:
        return T("{kind} (内容无法识别)", kind=ev.kind)
    if ev.kind == "evac.counted":
        return T("报告 {text}", text=text)
    if ev.kind.endswith((".arrived", ".returning", ".standby", ".resting")):
        return T("记录 {text}", text=text)
    return text


def describe(ev: Event, state: State) -> str:
    """The actor and what they decided, in one sentence (no time)."""
    return T("{actor} {what}", actor=ev.actor, what=what(ev, state))


# Families with their own phrase modules (imported last: they use the helpers above).
from .describe_admin import PHRASES as _ADMIN  # noqa: E402 -- drills, voids, settings, records
from .describe_field import PHRASES as _FIELD  # noqa: E402 -- township and village stations

PHRASES.update(_ADMIN)
PHRASES.update(_FIELD)
