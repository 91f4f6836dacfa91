"""Log sentences of drills, voided decisions, bureau settings and record upkeep
(joined into describe.PHRASES)."""

from __future__ import annotations

from .describe import T as _T  # describe imports this module last, after its helpers
from .describe import _name, _opt
from .state import State


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
        return _T(
            "盘点 {store} {item} {qty}",
            store=_name(s, "warehouses", d.get("warehouse", "")),
            item=d.get("item"),
            qty=d.get("qty"),
        )
    if p.type == "duty":
        return _T(
            "排班 {day} 值班员 {officer}, 带班领导 {leader}",
            day=p.id,
            officer=d.get("officer", {}).get("name", ""),
            leader=d.get("leader", {}).get("name", ""),
        )
    contacts = [v for v in d.values() if isinstance(v, dict) and "phone" in v]
    people = "、".join(f"{c.get('name', '')} {c.get('phone', '')}".strip() for c in contacts)
    if p.type == "contact":
        people = f"{d.get('name', '')} {d.get('phone', '')}"
    return _T(
        "更新{what} {label}{people}",
        what=_what(p.type),
        label=d.get("name") or p.id,
        people=_opt(people, " ({people})", people=people),
    )


PHRASES = {
    "drill.entered": lambda s, e, p: _T("进入演练模式: {name}", name=p.title or p.scenario),
    "drill.left": lambda s, e, p: _T(
        "退出演练模式: {scenario}{note}",
        scenario=p.scenario,
        note=_opt(p.note, " ({note})", note=p.note),
    ),
    "drill.started": lambda s, e, p: _T(
        "演练开始: {title} (×{speed})", title=p.title, speed=p.speed
    ),
    "drill.inject": lambda s, e, p: _T(
        "【演练注入 T+{minute}】{text}", minute=f"{p.at_minute:.0f}", text=p.text
    ),
    "drill.ended": lambda s, e, p: _T("演练结束"),
    "event.voided": lambda s, e, p: _T(
        "作废被中心拒绝的决策 {kind} ({reason}){note}",
        kind=p.kind,
        reason=p.reason,
        note=_opt(p.note, ": {note}", note=p.note),
    ),
    "settings.reporting": lambda s, e, p: _T(
        "设置报送时限: 电话初报 {phone} 分钟, 书面报告 {written} 分钟, 续报每 {followup} 分钟, 终报 {final} 小时",
        phone=p.phone_minutes,
        written=p.written_minutes,
        followup=p.followup_minutes,
        final=p.final_hours,
    ),
    "record.changed": lambda s, e, p: _record_changed(s, p),
    "record.retired": lambda s, e, p: _T(
        "注销{what} {name}{note}",
        what=_what(p.type),
        name=_record_name(s, p),
        note=_opt(p.note, ": {note}", note=p.note),
    ),
}
