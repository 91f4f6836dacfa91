"""Rules for warning updates and the 631 ladder: a call names a live warning, a known stage and
a channel; an answer or a 'not reached' closes a call once."""

from __future__ import annotations

from . import events as E
from .entities import Warning
from .ladder_config import AUDIENCES, CHANNELS, DEFAULT
from .rules import Refused, rule
from .state import State


def _live(s: State, wid: str) -> Warning:
    w = s.warnings.get(wid)
    if w is None:
        raise Refused("没有编号为 {id} 的预警", id=wid)
    if w.lifted_at is not None:
        raise Refused("该预警已解除")
    return w


@rule("warning.updated")
def _updated(s: State, p: E.WarningUpdated) -> None:
    _live(s, p.warning)
    if p.valid_to <= p.valid_from:
        raise Refused("预警结束时间必须晚于开始时间")


@rule("ladder.called")
def _called(s: State, p: E.LadderCalled) -> None:
    w = _live(s, p.warning)
    if not w.concerns:
        raise Refused("该预警不涉及本县, 无需叫应")
    if not p.call or any(c.id == p.call for c in w.calls):
        raise Refused("叫应记录编号 {id} 已存在", id=p.call)
    stages = (s.ladder or DEFAULT).stages
    if not 0 <= p.stage < len(stages):
        raise Refused("叫应没有第 {n} 级", n=p.stage + 1)
    if p.channel not in CHANNELS:
        raise Refused("未知的叫应方式 {c}", c=p.channel)
    if not p.person.strip():
        raise Refused("请填写被叫应人")


def _open_call(s: State, wid: str, cid: str):
    w = s.warnings.get(wid)
    if w is None:
        raise Refused("没有编号为 {id} 的预警", id=wid)
    for c in w.calls:
        if c.id == cid:
            if c.answered_at is not None:
                raise Refused("{name} 已应答", name=c.person)
            return c
    raise Refused("没有编号为 {id} 的叫应记录", id=cid)


@rule("ladder.answered")
def _answered(s: State, p: E.LadderAnswered) -> None:
    _open_call(s, p.warning, p.call)


@rule("ladder.unreached")
def _unreached(s: State, p: E.LadderUnreached) -> None:
    c = _open_call(s, p.warning, p.call)
    if c.unreached:
        raise Refused("已记录 {name} 未接通", name=c.person)


@rule("ladder.configured")
def _configured(s: State, p: E.LadderConfigured) -> None:
    cfg = p.config
    if not cfg.stages:
        raise Refused("叫应至少要有一级")
    for st in cfg.stages:
        bad = [a for a in st.audiences if a not in AUDIENCES]
        if bad:
            raise Refused("未知的叫应对象 {a}", a=",".join(bad))
        if st.answer_minutes <= 0 or st.hours_before < 0:
            raise Refused("叫应时限必须为正")
    if not (0 <= cfg.night_from < 24 and 0 <= cfg.night_to < 24):
        raise Refused("夜间时段须在 0–23 时之间")


@rule("cap.logged")
def _logged(s: State, p: E.CapFileLogged) -> None:
    if not p.file:
        raise Refused("导入记录缺少文件名")
