"""`Actions`: every decision a pane can start, in one place (dialogs opened with open()).

Panes call these; each builds the command (kind, payload) from what the officer chose and
hands it to `Desk.submit`. Refusals come back as translated text on the dialog or the status
bar. Open dialogs are kept referenced here so they are not garbage-collected while shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from commandcenter.domain.ranking import distance_km, incident_point
from commandcenter.domain.vocab import LEVEL_ZH, SEVERITY_ZH

from .dialogs.form import Field, FormDialog
from .i18n import vocab, word


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions(QObject):
    def __init__(self, desk, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.dialogs: list[QDialog] = []

    def _open(self, dlg: QDialog) -> QDialog:
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self._forget(d))
        notes = getattr(self.window, "notes", None)
        if notes is not None:  # F4 acknowledges a notification with this dialog open too
            from .notify.banner import ack_shortcut

            ack_shortcut(dlg, notes)
        dlg.open()
        return dlg

    def _forget(self, dlg: QDialog) -> None:
        if dlg in self.dialogs:
            self.dialogs.remove(dlg)
        dlg.deleteLater()

    def _form(self, title: str, fields: list[Field], build, intro: str = "") -> FormDialog:
        return self._open(
            FormDialog(self.desk, title, fields, build, intro=intro, parent=self.window)
        )

    def decide(self, kind: str, payload: dict[str, Any]):
        """A one-click decision with no form (核实, 叫应 answered, 解除…)."""
        return self.desk.submit([(kind, payload)])

    # ------------------------------------------------------------ incidents
    def intake(self):
        from .dialogs.intake import IntakeDialog

        return self._open(IntakeDialog(self.desk, self.window))

    def verify(self, iid: str):
        return self.decide("incident.verified", {"incident": iid})

    def followup(self, iid: str):
        inc = self.desk.state.incidents[iid]
        c = inc.casualties
        fields = [
            Field("text", _tr("续报内容"), "multiline"),
            Field("dead", _tr("死亡"), "int", c.dead),
            Field("injured", _tr("受伤"), "int", c.injured),
            Field("missing", _tr("失踪"), "int", c.missing),
            Field("trapped", _tr("被困"), "int", c.trapped),
            Field("affected", _tr("受灾人数"), "int", c.affected),
        ]

        def build(v):
            cas = {k: v[k] for k in ("dead", "injured", "missing", "trapped", "affected")}
            return [("incident.followup", {"incident": iid, "text": v["text"], "casualties": cas})]

        return self._form(_tr("续报 — {title}").format(title=inc.title), fields, build)

    def severity(self, iid: str):
        inc = self.desk.state.incidents[iid]
        levels = [(word(SEVERITY_ZH[n]), n) for n in (1, 2, 3, 4)]
        fields = [
            Field("severity", _tr("事件级别"), "choice", inc.severity, levels),
            Field("reason", _tr("理由")),
        ]
        return self._form(
            _tr("调整级别 — {title}").format(title=inc.title),
            fields,
            lambda v: [("incident.severity_changed", {"incident": iid, **v})],
        )

    def respond(self, iid: str):
        inc = self.desk.state.incidents[iid]
        plans = [
            (p.name, p.id)
            for p in self.desk.state.plans.values()
            if not p.types or inc.type in p.types
        ] or [(p.name, p.id) for p in self.desk.state.plans.values()]
        if not plans:
            self.desk.message.emit(_tr("没有可启动的预案"), True)
            return None
        levels = [(word(LEVEL_ZH[n]), n) for n in (1, 2, 3, 4)]
        fields = [
            Field("plan", _tr("预案"), "choice", None, plans),
            Field("level", _tr("响应级别"), "choice", inc.severity, levels),
        ]
        return self._form(
            _tr("启动预案响应 — {title}").format(title=inc.title),
            fields,
            lambda v: [("plan.activated", {"incident": iid, **v})],
        )

    def report_up(self, iid: str, stage: str):
        return self.decide("incident.reported_up", {"incident": iid, "stage": stage})

    def dispatch(self, iid: str):
        from .dialogs.dispatch import DispatchDialog

        if iid not in self.desk.state.incidents:
            self.desk.message.emit(_tr("请先在警情列表中选中一个事件"), True)
            return None
        return self._open(DispatchDialog(self.desk, iid, self.window))

    def transfer(self, iid: str = "", source: str = ""):
        from .dialogs.transfer import TransferDialog

        return self._open(
            TransferDialog(self.desk, incident=iid, source=source, parent=self.window)
        )

    def link_video(self, iid: str):
        s = self.desk.state
        here = incident_point(s, s.incidents[iid])

        def km(v):
            d = distance_km(here, (v.lon, v.lat))
            return d if d is not None else 1e9

        near = sorted((v for v in s.videos.values() if v.incident != iid), key=km)[:30]
        choices = [(f"{v.name} · {vocab(v.kind)} · {km(v):.1f} km", v.id) for v in near]
        fields = [Field("video", _tr("视频源 (由近到远)"), "choice", None, choices)]
        return self._form(
            _tr("关联视频"),
            fields,
            lambda v: [("video.linked", {"incident": iid, "video": v["video"]})],
        )

    def close_incident(self, iid: str):
        inc = self.desk.state.incidents[iid]
        fields = [Field("summary", _tr("处置结果"), "multiline")]
        intro = ""
        if inc.status == "reported":  # straight from 接报: only as 误报 or 重复, with a reason
            ways = [(_tr("误报"), "false_alarm"), (_tr("重复"), "duplicate")]
            fields = [Field("disposition", _tr("办结方式"), "choice", "false_alarm", ways),
                      Field("summary", _tr("理由"), "multiline")]  # fmt: skip
            intro = _tr("尚未核实的事件只能作为误报或重复办结, 并写明理由。")
        return self._form(
            _tr("办结 — {title}").format(title=inc.title),
            fields,
            lambda v: [("incident.closed", {"incident": iid, **v})],
            intro=intro,
        )

    def reporting_settings(self):
        """The bureau's reporting deadlines (an admin's decision, journaled)."""
        p = self.desk.state.reporting
        fields = [
            Field("phone_minutes", _tr("电话初报 (分钟)"), "int", p.phone_minutes),
            Field("written_minutes", _tr("书面报告 (分钟)"), "int", p.written_minutes),
            Field("followup_minutes", _tr("续报间隔 (分钟)"), "int", p.followup_minutes),
            Field("final_hours", _tr("终报 (办结后小时)"), "int", p.final_hours),
        ]
        return self._form(
            _tr("报送时限 (局设置)"),
            fields,
            lambda v: [("settings.reporting", {**v, "profile": p.profile})],
        )

    def settle(self, conflict: str):
        c = self.desk.state.conflicts[conflict]
        fields = [Field("note", _tr("处理结果"), "multiline")]
        return self._form(
            _tr("处理冲突"),
            fields,
            lambda v: [("conflict.settled", {"conflict": conflict, **v})],
            intro=c.text,
        )

    # ------------------------------------------------------------ teams
    def team_move(self, team: str, kind: str):
        t = self.desk.state.teams[team]
        return self.decide(kind, {"team": team, "incident": t.incident})

    # ------------------------------------------------------------ 3人1屋
    def call(self, zone: str, role: str, answered: bool, note: str = ""):
        return self.decide(
            "evac.called", {"zone": zone, "role": role, "answered": answered, "note": note}
        )

    def start_evac(self, zone: str):
        z = self.desk.state.zones[zone]
        incs = [(_tr("(无)"), "")] + [
            (i.title, i.id)
            for i in self.desk.state.incidents.values()
            if i.status != "closed" and i.place.township == z.township
        ]
        fields = [
            Field("households", _tr("应转移户数"), "int", z.households),
            Field("people", _tr("应转移人数"), "int", z.people),
            Field("incident", _tr("关联事件"), "choice", self.desk.incident, incs),
        ]
        return self._form(
            _tr("启动转移 — {zone}").format(zone=z.name),
            fields,
            lambda v: [("evac.started", {"zone": zone, **v})],
        )

    def count_evac(self, zone: str):
        z = self.desk.state.zones[zone]
        fields = [
            Field("moved_households", _tr("已转移户数"), "int", z.moved_households),
            Field("moved_people", _tr("已转移人数"), "int", z.moved_people),
            Field("in_safe_house", _tr("在安全屋人数"), "int", z.in_safe_house),
            Field("reason", _tr("超出计划的原因")),
        ]
        intro = _tr("应转移 {h} 户 {p} 人; 超出时须写明原因").format(
            h=z.to_move_households, p=z.to_move_people
        )
        return self._form(
            _tr("转移统计 — {zone}").format(zone=z.name),
            fields,
            lambda v: [("evac.counted", {"zone": zone, **v})],
            intro=intro,
        )

    def clear_evac(self, zone: str):
        return self.decide("evac.cleared", {"zone": zone})
