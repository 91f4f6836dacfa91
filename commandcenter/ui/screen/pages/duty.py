"""值班: the duty officer and the leader on duty of the shift now, the duty phone, the leaders
of the teams out with their phones, and the 叫应 ladders of the warnings in force."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout

from commandcenter.stats import ladder, warnings_in_force
from commandcenter.stats.situation import OUT

from ... import i18n
from ..theme import DARK
from ..tile import label
from .base import ScreenPage
from .common import colour_word, hm, span

RUNGS = 12
MARK = {
    "answered": (QT_TRANSLATE_NOOP("screen", "已应答"), "ok"),
    "unanswered": (QT_TRANSLATE_NOOP("screen", "未应答"), "red"),
    "not_called": (QT_TRANSLATE_NOOP("screen", "未叫应"), "amber"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


class DutyPage(ScreenPage):
    KEY = "duty"
    TITLE = "值班"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        grid = QGridLayout(self)
        grid.setSpacing(16)
        shift = self.tile(_tr("今日值班"))
        self.shift = shift.add(label("", "mid", wrap=True), 1)
        teams = self.tile(_tr("在外队伍 联系电话"))
        self.teams = teams.add(label("", "", wrap=True), 1)
        calls = self.tile(_tr("预警叫应"))
        self.calls = calls.add(label("", "", wrap=True), 1)
        grid.addWidget(shift, 0, 0)
        grid.addWidget(teams, 1, 0)
        grid.addWidget(calls, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def refresh(self) -> None:
        s, tz = self.ctx.state, self.ctx.tz
        sh = s.shifts.get(s.shift)
        if sh is None:
            text = span(_tr("尚未接班"), DARK["amber"])
        else:
            signed = span(_tr("已签字"), DARK["ok"]) if sh.signed_leader else ""
            start = _tr("接班 {time}").format(time=hm(sh.start, tz))
            officer, leader = _tr("值班员"), _tr("带班领导")
            text = (
                f"{officer}　{span(sh.officer, DARK['text'])}<br>"
                f"{leader}　{span(sh.leader, DARK['amber'])} {signed}<br>"
                f"{span(start, DARK['muted'], bold=False)}"
            )
        if self.ctx.duty_phone:
            phone = _tr("值班电话")
            text += f"<br>{phone}　{span(self.ctx.duty_phone, DARK['accent'])}"
        self.shift.setText(text)
        out = [t for t in s.teams.values() if t.status in OUT]
        self.teams.setText(
            "<br>".join(
                f"{escape(t.name)}　{escape(t.leader.name)} {span(t.leader.phone, DARK['accent'])}"
                f"　{span(i18n.vocab(t.status), DARK['amber'])}"
                for t in out[:10]
            )
            + (
                "<br>" + span(_tr("… 另有 {n} 支").format(n=len(out) - 10), DARK["muted"])
                if len(out) > 10
                else ""
            )
            or span(_tr("暂无在外队伍"), DARK["muted"], bold=False)
        )
        ws = warnings_in_force(s, self.ctx.now())
        if not ws:
            self.calls.setText(span(_tr("当前无生效预警"), DARK["ok"]))
            return
        lines: list[str] = []
        for w in sorted(ws, key=lambda w: ["red", "orange", "yellow", "blue"].index(str(w.colour))):
            c = str(w.colour)
            name = _tr("{colour}预警").format(colour=colour_word(c))
            lines.append(f"{span(name, DARK['warning'][c])} {escape(w.hazard)}")
            rungs = ladder(s, list(w.area))
            done = sum(r.state == "answered" for r in rungs)
            said = _tr("叫应 {done}/{n} 已应答").format(done=done, n=len(rungs))
            lines.append(span(said, DARK["muted"], bold=False))
            for r in [r for r in rungs if r.state != "answered"][: RUNGS // max(1, len(ws))]:
                word, col = MARK[r.state]
                lines.append(
                    f"　{escape(r.zone)} {escape(i18n.vocab(r.role))} {escape(r.name)} "
                    f"{span(r.phone, DARK['accent'], bold=False)} {span(_tr(word), DARK[col])}"
                )
        self.calls.setText("<br>".join(lines))
