"""重点事件: the most severe active incident (or the one a desk pushed) — its facts, the
leaders' 批示, its timeline, the teams sent, the materials moved for it and its video tiles.

The timeline and materials come from the journal (read on the writer thread when the focus
changes or an event touches the incident); everything else from the state.
"""

from __future__ import annotations

import functools
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.describe import local_time
from commandcenter.stats import focus_incident

from ... import i18n
from ..theme import DARK
from ..tile import label
from .base import ScreenPage
from .common import hm, level, sev, span


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


TIMELINE = 12
VIDEOS = 4


class FocusPage(ScreenPage):
    KEY = "focus"
    TITLE = "重点事件"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.incident = ""
        self.timeline: list[tuple[str, str, str]] = []  # (time, actor, sentence)
        self.materials: list[str] = []
        self._reading = ""
        lay = QHBoxLayout(self)
        lay.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(16)
        right.setSpacing(16)
        lay.addLayout(left, 3)
        lay.addLayout(right, 2)
        head = self.tile(_tr("事件概况"))
        self.title_lab = head.add(label("", "mid", wrap=True))
        self.facts = head.add(label("", "", wrap=True))
        inst = self.tile(_tr("领导批示"))
        self.inst = inst.add(label("", "", wrap=True), 1)
        tl = self.tile(_tr("处置时间线"))
        self.tl_rows = [tl.add(label("", "")) for _ in range(TIMELINE)]
        tl.body.addStretch(1)
        left.addWidget(head, 3)
        left.addWidget(inst, 2)
        left.addWidget(tl, 6)
        teams = self.tile(_tr("出动队伍"))
        self.teams_lab = teams.add(label("", "", wrap=True), 1)
        mats = self.tile(_tr("调用物资"))
        self.mats_lab = mats.add(label("", "", wrap=True), 1)
        video = self.tile(_tr("视频联报"))
        grid = QGridLayout()
        self.video_boxes = []
        for i in range(VIDEOS):
            box = QFrame()
            box.setObjectName("video")
            box.setStyleSheet(
                f"QFrame#video {{ background:#000000; border:2px solid {DARK['edge']}; }}"
            )
            inner = QVBoxLayout(box)
            lab = label("", "", wrap=True)
            inner.addWidget(lab)
            grid.addWidget(box, i // 2, i % 2)
            self.video_boxes.append(lab)
        video.body.addLayout(grid, 1)
        right.addWidget(teams, 3)
        right.addWidget(mats, 2)
        right.addWidget(video, 4)

    def current(self):
        s = self.ctx.state
        inc = s.incidents.get(self.ctx.focus) if self.ctx.focus else None
        return inc or focus_incident(s)

    def refresh(self) -> None:
        s, tz = self.ctx.state, self.ctx.tz
        inc = self.current()
        if inc is None:
            self.title_lab.setText(span(_tr("当前无在办事件"), DARK["ok"]))
            for w in (self.facts, self.inst, self.teams_lab, self.mats_lab):
                w.setText("")
            for r in self.tl_rows:
                r.setText("")
            for v in self.video_boxes:
                v.setText("")
            return
        if inc.id != self.incident:
            self.incident, self.timeline, self.materials = inc.id, [], []
        self._read_journal(inc.id)
        drill = span(_tr("【演练】"), DARK["drill"]) if inc.drill else ""
        self.title_lab.setText(f"{drill}{sev(inc.severity)} {escape(inc.title)}")
        place = s.township_name(inc.place.township)
        if inc.place.village:
            place += s.village_name(inc.place.township, inc.place.village)
        c = inc.casualties
        dl = next_deadline(inc, self.ctx.desk.policy)
        due = ""
        if dl:
            late = dl.overdue(self.ctx.now())
            colour = DARK["red"] if late else DARK["amber"]
            when = (_tr("已超时 {time}") if late else _tr("时限 {time}")).format(
                time=hm(dl.due, tz)
            )
            due = f"　{escape(i18n.word(dl.label))} {span(when, colour)}"
        a, r = DARK["amber"], DARK["red"]
        self.facts.setText(
            f"{escape(place)}　{escape(i18n.vocab(inc.type))}　"
            + _tr("接报 {time}").format(time=hm(inc.reported_at, tz))
            + f"　{span(i18n.vocab(inc.status), DARK['accent'])}　"
            + (span(level(inc.response_level), r) if inc.response_level else "")
            + "<br>"
            + "　".join(
                (
                    _tr("死亡 {n}").format(n=span(c.dead, r)),
                    _tr("受伤 {n}").format(n=span(c.injured, a)),
                    _tr("失踪 {n}").format(n=span(c.missing, a)),
                    _tr("被困 {n}").format(n=span(c.trapped, a)),
                    _tr("受灾 {n} 人").format(n=c.affected),
                )
            )
            + due
        )
        ins = sorted(
            (x for x in s.instructions.values() if x.incident == inc.id), key=lambda x: x.at
        )
        self.inst.setText(
            "<br>".join(
                f"{span(hm(x.at, tz), DARK['muted'], bold=False)} {span(x.leader, DARK['amber'])}:"
                f" {escape(x.text)}"
                for x in reversed(ins[-3:])
            )
            or span(_tr("暂无批示"), DARK["muted"], bold=False)
        )
        rows = self.timeline[-TIMELINE:]
        for i, r in enumerate(self.tl_rows):
            r.setText(self._row(r, *rows[i]) if i < len(rows) else "")
        teams = [s.teams[t] for t in dict.fromkeys(inc.teams) if t in s.teams]
        self.teams_lab.setText(
            "<br>".join(
                escape(t.name)
                + " "
                + _tr("{n}人").format(n=t.headcount)
                + " "
                + span(
                    i18n.vocab(t.status) if t.incident == inc.id else _tr("已撤离"),
                    _team_colour(t, inc.id),
                )
                for t in teams[:8]
            )
            or span(_tr("尚未派出队伍"), DARK["amber"])
        )
        self.mats_lab.setText(
            "<br>".join(self.materials[-6:]) or span(_tr("暂无调用物资"), DARK["muted"])
        )
        vids = [s.videos[v] for v in inc.videos if v in s.videos]
        for i, box in enumerate(self.video_boxes):
            if i < len(vids):
                v = vids[i]
                state = (
                    span(_tr("在线"), DARK["ok"]) if v.online else span(_tr("离线"), DARK["red"])
                )
                box.setText(f"{escape(v.name)}<br>{escape(i18n.vocab(v.kind))} {state}")
            else:
                box.setText(
                    span(_tr("未接入视频"), DARK["muted"], bold=False)
                    if i == 0 and not vids
                    else span(_tr("未关联更多视频"), DARK["muted"], bold=False)
                )

    def touched(self, ids: set[str]) -> bool:
        """Events touched the shown incident: read its journal again."""
        if self.incident and self.incident in ids:
            self._reading = ""
            return True
        return False

    def _read_journal(self, iid: str) -> None:
        if self._reading == iid:
            return
        self._reading = iid
        journal = self.ctx.desk.station.journal
        self.ctx.desk.run(self._load(iid, functools.partial(journal.query, incident=iid)))

    async def _load(self, iid: str, query) -> None:
        evs = await self.ctx.desk.read(query)
        if iid != self.incident:
            return
        s, tz = self.ctx.state, self.ctx.tz
        self.timeline = [
            (local_time(e.ts, tz).strftime("%H:%M"), e.actor, i18n.log_what(e, s)) for e in evs
        ]
        self.materials = [
            escape(i18n.log_what(e, s))
            for e in evs
            if e.kind in ("stock.transferred", "stock.issued")
        ]
        self.dirty = True
        self.maybe_refresh(force=True)

    @staticmethod
    def _row(lab, hhmm: str, actor: str, sentence: str) -> str:
        """One timeline line, its sentence elided to the row's width (never clipped mid-word
        at the tile's edge: from the back of the hall a cut line reads as a different one)."""
        fm = lab.fontMetrics()
        room = lab.width() - fm.horizontalAdvance(f"{hhmm} {actor} ") - fm.averageCharWidth()
        if room > 0:
            sentence = fm.elidedText(sentence, Qt.TextElideMode.ElideRight, room)
        return f"{span(hhmm, DARK['muted'], bold=False)} {escape(actor)} {escape(sentence)}"


def _team_colour(t, iid: str) -> str:
    if t.incident != iid:
        return DARK["muted"]
    return DARK["red"] if t.status == "on_scene" else DARK["amber"]
