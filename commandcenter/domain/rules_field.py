"""Rules of the township and village stations' decisions: receipts and answers of orders,
the two steps of a grid report, disaster figures and station profiles.

Which orders a station may sign (its own township or village) is the station's scope, checked
by the field front-end (`domain/scope.py`); here are the rules that hold for everyone.
"""

from __future__ import annotations

from . import events as E
from .entities_field import ANSWERS, COMMS, FIVE, ORDER_KINDS
from .rules import Refused, _casualties, _get, _incident, _new, _severity, _township, rule
from .state import State


def _named(name: str, who: str) -> None:
    if not name.strip():
        raise Refused("请填写{who}姓名", who=who)


@rule("order.issued")
def _issued(s: State, p: E.OrderIssued) -> None:
    if p.kind not in ("call", "video"):
        raise Refused("指令类别 {kind} 不明 (call/video)", kind=p.kind)
    _new(s, "orders", p.order, "指令")
    if not p.township:
        raise Refused("指令须写明下达到哪个乡镇")
    _township(s, p.township)
    if p.incident:
        _incident(s, p.incident)


@rule("order.signed")
def _signed(s: State, p: E.OrderSigned) -> None:
    o = _get(s, "orders", p.order, "指令")
    _named(p.name, "签收人")
    if o.signed_at is not None:
        raise Refused("该指令已由 {name} 签收", name=o.signed_by)


@rule("order.answered")
def _answered(s: State, p: E.OrderAnswered) -> None:
    o = _get(s, "orders", p.order, "指令")
    _named(p.name, "回复人")
    if p.answer not in ANSWERS:
        raise Refused("回复 {answer} 不明 (到场/完成/无法执行)", answer=p.answer)
    if o.signed_at is None:
        raise Refused("请先签收该指令")
    if o.closed:
        raise Refused("该指令已办结, 不能再回复")
    if p.answer == "unable" and not p.reason.strip():
        raise Refused("无法执行须说明原因")
    if p.answer == o.answer:
        raise Refused("该指令已回复「{answer}」", answer=ANSWERS[p.answer])


@rule("grid.reported")
def _grid_reported(s: State, p: E.GridReported) -> None:
    _new(s, "grid_reports", p.report, "网格报告")
    if not p.township:
        raise Refused("网格报告须写明乡镇")
    _township(s, p.township)
    _named(p.reporter, "网格员")
    if not p.title.strip():
        raise Refused("报告标题不能为空")
    _severity(p.severity)
    _casualties(p.casualties)


@rule("grid.checked")
def _grid_checked(s: State, p: E.GridChecked) -> None:
    r = _get(s, "grid_reports", p.report, "网格报告")
    _named(p.checker, "网格长")
    if r.checked_at is not None:
        raise Refused("该报告已由 {name} 审核", name=r.checked_by)
    if p.checker.strip() == r.reporter.strip():
        raise Refused("网格长审核须由报告人以外的人完成")
    if not p.accepted and not p.note.strip():
        raise Refused("退回报告须说明原因")


@rule("disaster.figures")
def _figures(s: State, p: E.DisasterFigures) -> None:
    if not p.township:
        raise Refused("灾情统计须写明乡镇")
    _township(s, p.township)
    if min(p.houses, p.relocated, p.crops_ha, p.loss_wan) < 0:
        raise Refused("灾情数字不能为负数")
    if p.incident:
        _incident(s, p.incident, open_=False)


@rule("station.profile")
def _profile(s: State, p: E.StationProfile) -> None:
    if not p.township:
        raise Refused("站点档案须写明乡镇")
    _township(s, p.township)
    unknown = sorted((set(p.five) - set(FIVE)) | (set(p.comms) - set(COMMS)))
    if unknown:
        raise Refused("站点档案有不明项目: {items}", items=", ".join(unknown))


def order_label(kind: str) -> str:
    return ORDER_KINDS.get(kind, kind)
