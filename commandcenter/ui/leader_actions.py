"""The leader's seat on the desk: 批示, 会商研判, the 带班领导's handover signature, and
推送到大屏 — as forms over `Actions`, and the 领导 menu that offers them.

Each item is enabled only when the station's role may submit its kind (roles leader and
desk); a role that may not sees it greyed. A 批示 from another station is announced on the
status bar as it arrives, so it reaches the officer even when the log pane is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from commandcenter.domain.payloads.leader import CONSULTATION_KINDS, SCREEN_PAGES
from commandcenter.domain.roles import may_submit

from .dialogs.form import Field


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeaderActions", text)


def _split(text: str) -> list[str]:
    for sep in ("，", ",", "；", ";", "、"):
        text = text.replace(sep, "\n")
    return [x.strip() for x in text.splitlines() if x.strip()]


class LeaderActions(QObject):
    def __init__(self, actions, window: QMainWindow) -> None:
        super().__init__(window)
        self.actions = actions
        self.desk = actions.desk
        self.window = window
        self.desk.updated.connect(self._announce)

    def _incidents(self, first: str = "") -> list[tuple[str, str]]:
        s = self.desk.state
        incs = sorted(s.incidents.values(), key=lambda i: (i.status == "closed", i.severity))
        choices = [(i.title, i.id) for i in incs]
        choices.sort(key=lambda c: c[1] != first)
        return choices

    def instruct(self, iid: str = ""):
        """批示 on an incident (the selected one first)."""
        iid = iid or self.desk.incident
        fields = [
            Field("incident", _tr("事件"), "choice", iid or None, self._incidents(iid)),
            Field("text", _tr("批示内容"), "multiline"),
        ]
        return self.actions._form(
            _tr("领导批示"),
            fields,
            lambda v: [("instruction.given", {"incident": v["incident"], "text": v["text"]})],
        )

    def consult(self, iid: str = ""):
        """会商研判: type, topic, attendees, conclusions (one per line), the incident if any."""
        iid = iid or self.desk.incident
        kinds = [(name, key) for key, name in CONSULTATION_KINDS.items()]
        fields = [
            Field("kind", _tr("会商类型"), "choice", "periodic", kinds),
            Field("topic", _tr("议题")),
            Field("attendees", _tr("参会人员 (用、或逗号分隔)")),
            Field("conclusions", _tr("会商结论 (每行一条)"), "multiline"),
            Field(
                "incident", _tr("关联事件"), "choice", iid, [(_tr("(无)"), ""), *self._incidents()]
            ),
        ]

        def build(v):
            payload = {
                "kind": v["kind"],
                "topic": v["topic"],
                "attendees": _split(v["attendees"]),
                "conclusions": [x.strip() for x in v["conclusions"].splitlines() if x.strip()],
                "incident": v["incident"] or "",
            }
            return [("consultation.held", payload)]

        return self.actions._form(_tr("会商研判记录"), fields, build)

    def sign(self):
        """The 带班领导 signs the handover of the shift on duty."""
        s = self.desk.state
        sh = s.shifts.get(s.shift)
        if sh is None:
            self.desk.message.emit(_tr("当前没有班次, 无法签字"), True)
            return None
        fields = [
            Field("name", _tr("带班领导"), "text", sh.leader),
            Field("note", _tr("签字意见"), "multiline"),
        ]
        return self.actions._form(
            _tr("带班领导签字 — 班次 {shift}").format(shift=sh.id),
            fields,
            lambda v: [("shift.leader_signed", {"shift": sh.id, **v})],
            intro=_tr("值班员 {officer}, 带班领导 {leader}").format(
                officer=sh.officer, leader=sh.leader
            ),
        )

    def push(self, iid: str = ""):
        """推送到大屏: the selected incident, or a page, for a number of seconds."""
        iid = iid or self.desk.incident
        inc = self.desk.state.incidents.get(iid)
        targets = [(f"{_tr('重点事件')}: {inc.title}", "incident")] if inc else []
        targets += [(title, key) for key, title in SCREEN_PAGES.items()]
        fields = [
            Field("target", _tr("推送内容"), "choice", targets[0][1], targets),
            Field("seconds", _tr("显示时长 (秒)"), "int", 120, maximum=3600),
        ]

        def build(v):
            if v["target"] == "incident":
                return [("screen.pushed", {"incident": iid, "seconds": v["seconds"]})]
            return [("screen.pushed", {"page": v["target"], "seconds": v["seconds"]})]

        return self.actions._form(_tr("推送到大屏"), fields, build)

    def _announce(self, u) -> None:
        me = self.desk.station.station
        for ev in u.events:
            if ev.kind == "instruction.given" and ev.station != me:
                inc = self.desk.state.incidents.get(ev.payload.get("incident", ""))
                title = inc.title if inc else ""
                text = _tr("领导批示 {leader}「{title}」: {text}").format(
                    leader=ev.payload.get("leader") or ev.actor,
                    title=title,
                    text=ev.payload["text"],
                )
                self.desk.message.emit(text, False)


def add_leader_menu(window: QMainWindow) -> LeaderActions:
    """The 领导 menu on the desk's menu bar; items greyed when the role may not submit them."""
    la = LeaderActions(window.actions, window)
    menu = window.menuBar().addMenu(_tr("领导(&L)"))
    role = window.desk.station.role
    for text, kind, slot in (
        (_tr("批示…"), "instruction.given", la.instruct),
        (_tr("会商研判…"), "consultation.held", la.consult),
        (_tr("带班领导签字…"), "shift.leader_signed", la.sign),
        (_tr("推送到大屏…"), "screen.pushed", la.push),
    ):
        act = QAction(text, window)
        act.triggered.connect(lambda _=False, f=slot: f())
        act.setEnabled(may_submit(role, kind))
        menu.addAction(act)
    window.leader_menu = menu
    return la
