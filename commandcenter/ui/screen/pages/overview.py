"""态势总览: open incidents by severity, today's reports, teams out, evacuation, warnings in
force by colour, response levels in force, the open incidents and the latest 批示."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout

from commandcenter.stats import situation

from ..theme import DARK
from ..tile import label
from .base import ScreenPage
from .common import colour_word, hm, incident_line, level, span

ROWS = 6  # incidents listed at the foot
SHORT = {
    1: QT_TRANSLATE_NOOP("screen", "特别重大 {n}"),
    2: QT_TRANSLATE_NOOP("screen", "重大 {n}"),
    3: QT_TRANSLATE_NOOP("screen", "较大 {n}"),
    4: QT_TRANSLATE_NOOP("screen", "一般 {n}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


class OverviewPage(ScreenPage):
    KEY = "overview"
    TITLE = "态势总览"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        grid = QGridLayout(self)
        grid.setSpacing(16)
        t_open = self.tile(_tr("在办事件"))
        self.open_n = t_open.add(label("0", "value"))
        self.open_sev = t_open.add(label("", ""))
        t_today = self.tile(_tr("今日接报"))
        self.today = t_today.add(label("0", "value"))
        self.today_sub = t_today.add(label("", "muted"))
        t_teams = self.tile(_tr("出动队伍"))
        self.teams = t_teams.add(label("0", "value"))
        self.people = t_teams.add(label("", ""))
        t_evac = self.tile(_tr("转移避险"))
        self.evac = t_evac.add(label("", "mid", wrap=True))
        self.zones = t_evac.add(label("", "muted"))
        t_warn = self.tile(_tr("生效预警"))
        self.warn = t_warn.add(label("", "mid", wrap=True))
        t_levels = self.tile(_tr("应急响应"))
        self.levels = t_levels.add(label("", "", wrap=True))
        t_list = self.tile(_tr("在办事件一览"))
        self.rows = [t_list.add(label("", "")) for _ in range(ROWS)]
        t_list.body.addStretch(1)
        t_inst = self.tile(_tr("领导批示"))
        self.instructions = t_inst.add(label("", "", wrap=True), 1)
        for i, t in enumerate((t_open, t_today, t_teams, t_evac, t_warn, t_levels)):
            grid.addWidget(t, i // 3, i % 3)
        grid.addWidget(t_list, 2, 0, 1, 2)
        grid.addWidget(t_inst, 2, 2)
        # rows sized to their content at any height (tiles ignore their own size hints)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 6)
        grid.setRowStretch(2, 6)

    def refresh(self) -> None:
        s, tz = self.ctx.state, self.ctx.tz
        sit = situation(s, self.ctx.now(), tz)
        self.open_n.setText(span(sit.open_total, DARK["text"]))
        # one line under the figure (two left the figure no height at 1080 lines): the level
        # in its colour and a short name (English: the numeral, I-IV)
        self.open_sev.setText(
            "　".join(
                span(_tr(SHORT[k]).format(n=sit.open_by_severity.get(k, 0)), DARK["severity"][k])
                for k in (1, 2, 3, 4)
            )
        )
        self.today.setText(span(sit.today_reported, DARK["text"]))
        drills = _tr("其中演练在办 {n} 起").format(n=sit.open_drills)
        self.today_sub.setText(drills if sit.open_drills else "")
        self.teams.setText(span(_tr("{n} 支").format(n=sit.teams_out), DARK["text"]))
        self.people.setText(_tr("{n} 人在外").format(n=sit.people_out))
        self.evac.setText(
            _tr("应转移 {n} 人").format(n=span(sit.to_move, DARK["amber"]))
            + "<br>"
            + _tr("已转移 {n} 人").format(n=span(sit.moved, DARK["ok"]))
            + "<br>"
            + _tr("安全屋 {n} 人").format(n=span(sit.in_safe_house, DARK["accent"]))
        )
        self.zones.setText(_tr("{n} 处转移中").format(n=sit.zones_moving))
        warn = [
            f"{span(colour_word(c), DARK['warning'][c])} {sit.warnings_by_colour.get(c, 0)}"
            for c in ("red", "orange", "yellow", "blue")
        ]
        self.warn.setText("　".join(warn[:2]) + "<br>" + "　".join(warn[2:]))
        if sit.levels:
            self.levels.setText(
                "<br>".join(
                    f"{span(level(lvl), DARK['red'])} {escape(name)}"
                    for name, lvl, _inc in sit.levels[:5]
                )
            )
        else:
            self.levels.setText(span(_tr("未启动应急响应"), DARK["muted"], bold=False))
        incs = sit.open_incidents
        for i, row in enumerate(self.rows):
            row.setText(incident_line(incs[i], s, tz) if i < len(incs) else "")
        if len(incs) > ROWS:
            more = _tr("… 另有 {n} 起").format(n=len(incs) - ROWS + 1)
            self.rows[-1].setText(span(more, DARK["muted"]))
        latest = sorted(s.instructions.values(), key=lambda x: x.at)[-3:]
        self.instructions.setText(
            "<br>".join(
                f"{span(hm(x.at, tz), DARK['muted'], bold=False)} {span(x.leader, DARK['amber'])}"
                + " "
                + _tr("批示")
                + f"{escape(_title(s, x.incident))}: {escape(x.text)}"
                for x in reversed(latest)
            )
            or span(_tr("暂无批示"), DARK["muted"], bold=False)
        )


def _title(s, iid: str) -> str:
    inc = s.incidents.get(iid)
    return f"「{inc.title}」" if inc else ""
