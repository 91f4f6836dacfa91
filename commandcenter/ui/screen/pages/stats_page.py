"""统计: incidents per hour by type over the last 24 hours, response times 接报→派出→到场
(p50 / p90 over 7 days), the share of reporting deadlines met, and reports by township.
The figures come from `commandcenter.stats` (the same ones the reports print)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout

from commandcenter.stats.figures import STAGES

from ... import i18n
from ..theme import DARK, px
from ..tile import label
from .base import ScreenPage
from .chart import HourlyBars
from .common import span

# the statistics' own words (commandcenter.stats is Qt-free), for lupdate
WORDS = (
    QT_TRANSLATE_NOOP("screen", "接报→派出"),
    QT_TRANSLATE_NOOP("screen", "派出→到场"),
    QT_TRANSLATE_NOOP("screen", "接报→到场"),
    QT_TRANSLATE_NOOP("screen", "电话初报"),
    QT_TRANSLATE_NOOP("screen", "书面报告"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


def minutes(v: float | None) -> str:
    if v is None:
        return "—"
    if v < 100:
        return _tr("{n}分").format(n=f"{v:.0f}")
    return _tr("{n}时").format(n=f"{v / 60:.1f}")


class StatsPage(ScreenPage):
    KEY = "stats"
    TITLE = "统计"
    MIN_GAP = 0.0

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        grid = QGridLayout(self)
        grid.setSpacing(16)
        chart = self.tile(_tr("近24小时接报 (按小时、类型)"))
        self.chart = chart.add(HourlyBars(), 1)
        resp = self.tile(_tr("响应时间 (近7天 中位数 / 90%)"))
        self.legs = resp.add(label("", "mid", wrap=True), 1)
        dl = self.tile(_tr("信息报送时限达标率 (近7天)"))
        self.deadlines = dl.add(label("", "mid", wrap=True), 1)
        town = self.tile(_tr("近7天接报 (按乡镇)"))
        self.towns = town.add(label("", "", wrap=True), 1)
        grid.addWidget(chart, 0, 0, 1, 3)
        grid.addWidget(resp, 1, 0)
        grid.addWidget(dl, 1, 1)
        grid.addWidget(town, 1, 2)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)

    def refresh(self) -> None:
        day, week = self.ctx.figures()
        s, tz = self.ctx.state, self.ctx.tz
        self.chart.font_px = px("small", self.ctx.height)
        names = {k: i18n.vocab(k) for b in day.by_bucket.values() for k in b}
        self.chart.set_data(
            [(t.astimezone(tz), c) for t, c in sorted(day.by_bucket.items())], names
        )
        self.legs.setText(
            "<br>".join(
                f"{escape(_tr(leg.label))}　{span(minutes(leg.p50), DARK['accent'])} / "
                f"{span(minutes(leg.p90), DARK['amber'])}"
                + span("　" + _tr("{n}起").format(n=leg.n), DARK["muted"], bold=False)
                for leg in week.legs.values()
            )
        )
        rows = []
        for stage, name in STAGES.items():
            met, due = week.deadlines.get(stage, (0, 0))
            share = f"{met / due:.0%}" if due else "—"
            colour = DARK["ok"] if due and met / due >= 0.9 else DARK["amber"]
            rows.append(
                f"{_tr(name)}　{span(share, colour)}{span(f'　{met}/{due}', DARK['muted'], bold=False)}"
            )
        total = week.deadline_share()
        rows.append(
            _tr("合计") + f"　{span('—' if total is None else f'{total:.0%}', DARK['text'])}"
        )
        self.deadlines.setText("<br>".join(rows))
        top = week.by_township.most_common(8)
        peak = top[0][1] if top else 1
        self.towns.setText(
            "<br>".join(
                f"{escape(s.township_name(t)):　<6} {span('█' * max(1, round(12 * n / peak)), DARK['accent'])} {n}"
                for t, n in top
            )
            or span(_tr("近7天无接报"), DARK["muted"], bold=False)
        )
