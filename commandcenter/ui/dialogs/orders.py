"""Orders the desk sends down that no other decision gives: a 叫应 call to a zone's "3人1屋"
people and a video request (接入单兵图传) to a township. Both become `order.issued`, which the
township or village station signs for and answers (dispatches, evacuations and deliveries are
orders already, through their own events)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commandcenter.store.journal import new_id

from .form import Field


def _tr(text: str) -> str:
    return QCoreApplication.translate("orders", text)


def call_order(actions, zone: str = ""):
    """下达叫应: the zone's commander is called through the township or village station."""
    s = actions.desk.state
    zones = sorted(s.zones.values(), key=lambda z: (z.township, z.name))
    choices = [(f"{z.name} ({s.township_name(z.township)})", z.id) for z in zones]
    fields = [
        Field("zone", _tr("避险区域"), "choice", zone or None, choices),
        Field("text", _tr("叫应内容"), "multiline", _tr("立即组织群众转移, 到安全屋后回报人数")),
    ]

    def build(v):
        z = s.zones[v["zone"]]
        text = f"叫应 {z.commander.name}: {v['text']}"
        payload = {
            "order": new_id(),
            "kind": "call",
            "township": z.township,
            "village": z.village,
            "subject": z.id,
            "incident": z.incident,
            "text": text,
        }
        return [("order.issued", payload)]

    return actions._form(_tr("向基层下达叫应"), fields, build)


def video_order(actions, incident: str = ""):
    """请求单兵图传: the township links a body camera or drone feed for the incident."""
    s = actions.desk.state
    inc = s.incidents.get(incident)
    towns = [(t.name, t.id) for t in s.townships.values()]
    fields = [
        Field("township", _tr("乡镇"), "choice", inc.place.township if inc else None, towns),
        Field("text", _tr("要求"), "text", _tr("接入单兵图传")),
    ]

    def build(v):
        village = inc.place.village if inc and inc.place.township == v["township"] else ""
        payload = {
            "order": new_id(),
            "kind": "video",
            "township": v["township"],
            "village": village,
            "incident": incident,
            "text": v["text"],
        }
        return [("order.issued", payload)]

    return actions._form(_tr("请求单兵图传"), fields, build)
