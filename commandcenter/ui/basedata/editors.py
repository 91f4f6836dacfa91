"""Small editors for single records: add a team, change a phone number, retire a camera.

Each is a `FormDialog` whose decisions go through the desk like any click: a new team is
`team.registered`, a changed phone is `record.changed` with the team's whole record, a camera
taken out of service is `record.retired` (its history stays in the journal). For the admin
and desk roles (the station's role check refuses the others with a reason).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from commandcenter.domain import records as R
from commandcenter.domain.vocab import TeamKind

from ..dialogs.form import Field, FormDialog
from ..i18n import vocab


def _tr(text: str) -> str:
    return QCoreApplication.translate("editors", text)


def _phone(text: str) -> str:
    phone = text.replace(" ", "")
    if not R.valid_phone(phone):
        raise ValueError(_tr("「{0}」不是有效的电话号码").format(text))
    return phone


def add_team(desk, parent) -> FormDialog:
    s = desk.state
    towns = [(t.name, t.id) for t in s.townships.values()]
    kinds = [(vocab(k), str(k)) for k in TeamKind]
    fields = [
        Field("id", _tr("编号")),
        Field("name", _tr("名称")),
        Field("kind", _tr("类别"), "choice", str(TeamKind.GRASSROOTS), kinds),
        Field("township", _tr("所属乡镇"), "choice", None, towns),
        Field("leader", _tr("负责人")),
        Field("phone", _tr("负责人电话")),
        Field("headcount", _tr("人数"), "int", 10, maximum=10_000),
        Field("equipment", _tr("装备")),
    ]

    def build(v: dict[str, Any]):
        for key, label in (("id", "编号"), ("name", "名称"), ("leader", "负责人")):
            if not v[key]:
                raise ValueError(_tr("{0}不能为空").format(_tr(label)))
        payload = {
            "id": v["id"],
            "name": v["name"],
            "kind": v["kind"],
            "township": v["township"],
            "leader": {"name": v["leader"], "phone": _phone(v["phone"])},
            "headcount": v["headcount"],
            "equipment": v["equipment"],
        }
        return [("team.registered", payload)]

    return FormDialog(desk, _tr("新增救援队伍"), fields, build, parent=parent)


def change_phone(desk, parent, team: str = "") -> FormDialog:
    s = desk.state
    teams = [(f"{t.name} · {t.leader.name} {t.leader.phone}", t.id) for t in s.teams.values()]
    fields = [
        Field("team", _tr("队伍"), "choice", team or None, teams),
        Field("phone", _tr("负责人新电话")),
    ]

    def build(v: dict[str, Any]):
        data = R.current(desk.state, "team")[v["team"]]
        data["leader"]["phone"] = _phone(v["phone"])
        return [("record.changed", {"type": "team", "id": v["team"], "data": data})]

    return FormDialog(desk, _tr("修改联系电话"), fields, build, parent=parent)


def retire_video(desk, parent) -> FormDialog:
    s = desk.state
    videos = [(f"{v.name} · {vocab(v.kind)}", v.id) for v in s.videos.values()]
    fields = [
        Field("video", _tr("视频点"), "choice", None, videos),
        Field("note", _tr("原因")),
    ]

    def build(v: dict[str, Any]):
        return [("record.retired", {"type": "video", "id": v["video"], "note": v["note"]})]

    intro = _tr("注销后视频点不再显示; 它的历史记录保留在日志中。")
    return FormDialog(desk, _tr("注销视频点"), fields, build, intro=intro, parent=parent)
