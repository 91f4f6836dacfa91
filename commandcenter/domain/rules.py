"""`decide`: check a proposed decision against the current situation before it becomes a fact.

A refusal carries a reason the duty officer can act on. Reasons are Chinese templates with
named fields; the UI passes the template through Qt's translator (context "rules") and fills
the fields, so English users get English while the core stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import events as E
from .state import State
from .vocab import SUBTYPES, EvacStatus, IncidentStatus, TeamStatus, zh


class Refused(Exception):
    """A decision the rules do not allow; `str()` is the reason in Chinese."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def reason(self) -> str:
        return str(self)


Check = Callable[[State, E.P], None]
_CHECKS: dict[str, Check] = {}


def rule(*kinds: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        for k in kinds:
            _CHECKS[k] = fn
        return fn

    return register


def decide(state: State, kind: str, payload: E.P | dict) -> E.P:
    """Validate shape and rules; return the typed payload or raise Refused / InvalidEvent."""
    shape = E.PAYLOADS.get(kind)
    if shape is None:
        raise E.InvalidEvent(f"unknown event kind {kind!r}")
    if not isinstance(payload, shape):
        payload = E.convert_payload(kind, payload)
    check = _CHECKS.get(kind)
    if check is not None:
        check(state, payload)
    return payload


# ---------------------------------------------------------------- helpers
def _incident(s: State, iid: str, *, open_: bool = True):
    inc = s.incidents.get(iid)
    if inc is None:
        raise Refused("没有编号为 {id} 的事件", id=iid)
    if open_ and inc.status == IncidentStatus.CLOSED:
        raise Refused("事件「{title}」已处置完毕", title=inc.title)
    return inc


def _get(s: State, collection: str, key: str, what: str):
    item = getattr(s, collection).get(key)
    if item is None:
        raise Refused("没有编号为 {id} 的{what}", id=key, what=what)
    return item


def _new(s: State, collection: str, key: str, what: str) -> None:
    if not key:
        raise Refused("{what}编号不能为空", what=what)
    if key in getattr(s, collection):
        raise Refused("{what}编号 {id} 已存在", id=key, what=what)


def _severity(level: int) -> None:
    if level not in (1, 2, 3, 4):
        raise Refused("事件级别必须是 1–4 (特别重大、重大、较大、一般), 不是 {level}", level=level)


def _positive(qty: int) -> None:
    if qty <= 0:
        raise Refused("数量必须大于 0, 不是 {qty}", qty=qty)


def _casualties(c) -> None:
    if c is not None and min(c.dead, c.injured, c.missing, c.trapped, c.affected) < 0:
        raise Refused("伤亡人数不能为负数")


def _township(s: State, tid: str) -> None:
    if s.townships and tid and tid not in s.townships:
        raise Refused("没有编号为 {id} 的乡镇", id=tid)


# ---------------------------------------------------------------- set-up
def _registration(collection: str, what: str) -> Check:
    def check(s: State, p: E.P) -> None:
        _new(s, collection, p.id, what)
        _township(s, getattr(p, "township", ""))

    return check


rule("township.registered")(_registration("townships", "乡镇"))
rule("team.registered")(_registration("teams", "队伍"))
rule("warehouse.registered")(_registration("warehouses", "仓库"))
rule("zone.registered")(_registration("zones", "避险区域"))
rule("shelter.registered")(_registration("shelters", "避难场所"))
rule("video.registered")(_registration("videos", "视频源"))
rule("plan.registered")(_registration("plans", "预案"))


# ---------------------------------------------------------------- incidents
@rule("incident.reported")
def _reported(s: State, p: E.IncidentReported) -> None:
    _new(s, "incidents", p.incident, "事件")
    _severity(p.severity)
    _casualties(p.casualties)
    _township(s, p.place.township)
    if not p.title.strip():
        raise Refused("事件标题不能为空")
    if p.subtype and p.subtype not in SUBTYPES.get(p.type, ()):
        raise Refused("{type}没有细类 {subtype}", type=zh(p.type), subtype=p.subtype)
    if p.threatened_households < 0 or p.threatened_people < 0:
        raise Refused("受威胁户数和人数不能为负数")


@rule("incident.verified")
def _verified(s: State, p: E.IncidentVerified) -> None:
    inc = _incident(s, p.incident)
    if inc.status != IncidentStatus.REPORTED:
        raise Refused(
            "事件「{title}」已是{status}, 无需再核实", title=inc.title, status=zh(inc.status)
        )


@rule("incident.followup")
def _followup(s: State, p: E.IncidentFollowUp) -> None:
    _incident(s, p.incident)
    if not p.text.strip():
        raise Refused("续报内容不能为空")
    _casualties(p.casualties)


@rule("incident.severity_changed")
def _severity_changed(s: State, p: E.IncidentSeverityChanged) -> None:
    inc = _incident(s, p.incident)
    _severity(p.severity)
    if inc.severity == p.severity:
        raise Refused("事件「{title}」已是该级别", title=inc.title)


@rule("plan.activated")
def _plan_on(s: State, p: E.PlanActivated) -> None:
    _get(s, "plans", p.plan, "预案")
    if p.level not in (1, 2, 3, 4):
        raise Refused("响应级别必须是 Ⅰ–Ⅳ (1–4), 不是 {level}", level=p.level)
    if p.incident:
        _incident(s, p.incident)


@rule("plan.deactivated")
def _plan_off(s: State, p: E.PlanDeactivated) -> None:
    plan = _get(s, "plans", p.plan, "预案")
    if not plan.active_level:
        raise Refused("预案「{name}」未启动", name=plan.name)


# ---------------------------------------------------------------- teams
@rule("team.dispatched")
def _dispatch(s: State, p: E.TeamDispatched) -> None:
    team = _get(s, "teams", p.team, "队伍")
    inc = _incident(s, p.incident)
    if team.status == TeamStatus.RESTING:
        raise Refused("{team} 正在休整, 不能派遣", team=team.name)
    if team.status in (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE):
        where = s.incidents.get(team.incident)
        if team.incident == inc.id:
            raise Refused("{team} 已派往该事件", team=team.name)
        raise Refused(
            "{team} 已派往「{other}」, 请先召回",
            team=team.name,
            other=where.title if where else team.incident,
        )


_TEAM_FROM = {
    "team.arrived": (TeamStatus.DISPATCHED,),
    "team.returning": (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE),
    "team.standby": (TeamStatus.RETURNING, TeamStatus.RESTING),
    "team.resting": (TeamStatus.RETURNING, TeamStatus.STANDBY),
}


def _team_move(kind: str) -> Check:
    def check(s: State, p: E.TeamMoved) -> None:
        team = _get(s, "teams", p.team, "队伍")
        if team.status not in _TEAM_FROM[kind]:
            raise Refused(
                "{team} 当前为{status}, 不能{action}",
                team=team.name,
                status=zh(team.status),
                action={"team.arrived": "到场", "team.returning": "返回"}.get(
                    kind, "转为待命/休整"
                ),
            )

    return check


for _kind in _TEAM_FROM:
    rule(_kind)(_team_move(_kind))


# ---------------------------------------------------------------- materials
def _enough(s: State, wid: str, item: str, qty: int):
    wh = _get(s, "warehouses", wid, "仓库")
    _positive(qty)
    have = wh.stock.get(item, 0)
    if have < qty:
        raise Refused(
            "{store} 的 {item} 只有 {have}, 不足 {qty}",
            store=wh.name,
            item=item,
            have=have,
            qty=qty,
        )
    return wh


@rule("stock.received")
def _received(s: State, p: E.StockReceived) -> None:
    _get(s, "warehouses", p.warehouse, "仓库")
    _positive(p.qty)
    if not p.item.strip():
        raise Refused("物资名称不能为空")


@rule("stock.transferred")
def _transferred(s: State, p: E.StockTransferred) -> None:
    if p.source == p.target:
        raise Refused("调出与调入仓库不能相同")
    _get(s, "warehouses", p.target, "仓库")
    _enough(s, p.source, p.item, p.qty)
    if p.incident:
        _incident(s, p.incident)


@rule("stock.issued")
def _issued(s: State, p: E.StockIssued) -> None:
    _enough(s, p.warehouse, p.item, p.qty)
    if p.incident:
        _incident(s, p.incident)


@rule("upkeep.done")
def _upkeep(s: State, p: E.UpkeepDone) -> None:
    wh = _get(s, "warehouses", p.warehouse, "仓库")
    if not any(u.task == p.task for u in wh.upkeep):
        raise Refused("{store} 没有维护项目「{task}」", store=wh.name, task=p.task)


# ---------------------------------------------------------------- 3人1屋
@rule("evac.called")
def _called(s: State, p: E.EvacCalled) -> None:
    _get(s, "zones", p.zone, "避险区域")


@rule("evac.started")
def _evac_started(s: State, p: E.EvacStarted) -> None:
    z = _get(s, "zones", p.zone, "避险区域")
    if z.status == EvacStatus.MOVING:
        raise Refused("{zone} 已在转移中", zone=z.name)
    if p.households < 0 or p.people < 0:
        raise Refused("转移户数、人数不能为负数")
    if p.incident:
        _incident(s, p.incident)


@rule("evac.counted")
def _evac_counted(s: State, p: E.EvacCounted) -> None:
    z = _get(s, "zones", p.zone, "避险区域")
    if z.status != EvacStatus.MOVING:
        raise Refused("{zone} 未在转移中, 请先启动转移", zone=z.name)
    if min(p.moved_households, p.moved_people, p.in_safe_house) < 0:
        raise Refused("转移户数、人数不能为负数")
    if p.in_safe_house > p.moved_people:
        raise Refused("安全屋人数 {n} 多于已转移人数 {m}", n=p.in_safe_house, m=p.moved_people)
    over = [
        (n, plan, unit)
        for n, plan, unit in (
            (p.moved_households, z.to_move_households, "户"),
            (p.moved_people, z.to_move_people, "人"),
        )
        if plan and n > plan
    ]
    if over and not p.reason.strip():
        n, plan, unit = over[0]
        raise Refused(
            "{zone} 已转移 {n}{unit}, 多于应转移 {plan}{unit}: 请核对, 或写明超出原因",
            zone=z.name, n=n, plan=plan, unit=unit,
        )  # fmt: skip


@rule("evac.cleared")
def _evac_cleared(s: State, p: E.EvacCleared) -> None:
    z = _get(s, "zones", p.zone, "避险区域")
    if z.status != EvacStatus.MOVING:
        raise Refused("{zone} 未在转移中", zone=z.name)


# ---------------------------------------------------------------- video, warnings, log, shifts
@rule("video.linked")
def _video_linked(s: State, p: E.VideoLinked) -> None:
    v = _get(s, "videos", p.video, "视频源")
    _incident(s, p.incident)
    if v.incident == p.incident:
        raise Refused("{video} 已关联该事件", video=v.name)


@rule("video.unlinked")
def _video_unlinked(s: State, p: E.VideoLinked) -> None:
    v = _get(s, "videos", p.video, "视频源")
    if v.incident != p.incident:
        raise Refused("{video} 未关联该事件", video=v.name)


@rule("video.status")
def _video_status(s: State, p: E.VideoStatus) -> None:
    _get(s, "videos", p.video, "视频源")


@rule("warning.issued")
def _warning(s: State, p: E.WarningIssued) -> None:
    _new(s, "warnings", p.warning, "预警")
    if p.valid_to <= p.valid_from:
        raise Refused("预警结束时间必须晚于开始时间")


@rule("warning.lifted")
def _warning_lifted(s: State, p: E.WarningLifted) -> None:
    w = _get(s, "warnings", p.warning, "预警")
    if w.lifted_at is not None:
        raise Refused("该预警已解除")


@rule("decision.logged")
def _decision(s: State, p: E.DecisionLogged) -> None:
    if not p.text.strip():
        raise Refused("决策内容不能为空")
    if p.incident:
        _incident(s, p.incident, open_=False)


@rule("shift.started")
def _shift_started(s: State, p: E.ShiftStarted) -> None:
    _new(s, "shifts", p.shift, "班次")
    if not p.officer.strip() or not p.leader.strip():
        raise Refused("值班员和带班领导都必须填写")
    cur = s.shifts.get(s.shift)
    if cur is not None and cur.end is None and not (cur.signed_out and cur.signed_in):
        raise Refused("上一班 ({officer}) 尚未完成交接班, 请先交接", officer=cur.officer)


@rule("shift.signed")
def _shift_signed(s: State, p: E.ShiftSigned) -> None:
    sh = _get(s, "shifts", p.shift, "班次")
    if p.side not in ("out", "in"):
        raise Refused("签字方必须是 out (交班) 或 in (接班)")
    if not p.name.strip():
        raise Refused("签字人不能为空")
    if sh.signed_out if p.side == "out" else sh.signed_in:
        raise Refused("该班次已签字")


@rule("shift.ended")
def _shift_ended(s: State, p: E.ShiftEnded) -> None:
    sh = _get(s, "shifts", p.shift, "班次")
    if sh.end is not None:
        raise Refused("该班次已结束")


@rule("conflict.settled")
def _settled(s: State, p: E.ConflictSettled) -> None:
    c = _get(s, "conflicts", p.conflict, "冲突")
    if c.settled:
        raise Refused("该冲突已处理")
    if not p.note.strip():
        raise Refused("请写明处理结果")
