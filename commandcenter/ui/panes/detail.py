"""事件详情: the selected incident — fields, casualties, timeline of 续报 and decisions, linked
teams, materials and videos, open conflicts, and every action the officer takes on it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.vocab import LEVEL_ZH, SEVERITY_ZH, IncidentStatus

from .. import fmt, theme
from ..flow import FlowLayout
from ..i18n import log_sentence, vocab, word
from ..roles import offer
from .base import Pane
from .detail_reporting import ReportingRow

BUTTON_KINDS = {
    "verify": "incident.verified",
    "followup": "incident.followup",
    "severity": "incident.severity_changed",
    "respond": "plan.activated",
    "phone": "incident.reported_up",
    "written": "incident.reported_up",
    "dispatch": "team.dispatched",
    "transfer": "stock.transferred",
    "video": "video.linked",
    "close": "incident.closed",
}


class IncidentDetail(Pane):
    NAME = "pane.detail"
    TITLE = "事件详情"

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self._describe = log_sentence
        self._timeline_ids: set[str] = set()
        self._loading = None
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(self.tr("未选中事件 — 在警情列表或地图上点选"))
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        grid = QFormLayout()
        grid.setHorizontalSpacing(12)
        self.fields: dict[str, QLabel] = {}
        box = QGridLayout()
        names = [
            ("type", self.tr("类型")),
            ("place", self.tr("地点")),
            ("source", self.tr("来源")),
            ("occurred", self.tr("发生")),
            ("reported", self.tr("接报")),
            ("reporter", self.tr("报告人")),
            ("threat", self.tr("受威胁")),
            ("level", self.tr("响应")),
            ("deadline", self.tr("报送")),
            ("casualties", self.tr("伤亡")),
        ]
        for i, (key, label) in enumerate(names):
            val = QLabel("—")
            val.setWordWrap(True)
            self.fields[key] = val
            box.addWidget(QLabel(f"<b>{label}</b>"), i // 2, (i % 2) * 2)
            box.addWidget(val, i // 2, (i % 2) * 2 + 1)
        box.setColumnStretch(1, 1)
        box.setColumnStretch(3, 1)
        lay.addLayout(box)
        self.description = QLabel()
        self.description.setWordWrap(True)
        lay.addWidget(self.description)
        self.conflicts = QVBoxLayout()
        lay.addLayout(self.conflicts)
        self.buttons: dict[str, QPushButton] = {}
        rows = [
            [
                ("verify", self.tr("核实"), lambda i: actions.verify(i)),
                ("followup", self.tr("续报…"), lambda i: actions.followup(i)),
                ("severity", self.tr("调整级别…"), lambda i: actions.severity(i)),
                ("respond", self.tr("启动响应…"), lambda i: actions.respond(i)),
                ("phone", self.tr("已电话初报"), lambda i: actions.report_up(i, "phone")),
                ("written", self.tr("已书面报告"), lambda i: actions.report_up(i, "written")),
            ],
            [
                ("dispatch", self.tr("派遣队伍…"), lambda i: actions.dispatch(i)),
                ("transfer", self.tr("调拨物资…"), lambda i: actions.transfer(i)),
                ("video", self.tr("关联视频…"), lambda i: actions.link_video(i)),
                ("close", self.tr("办结…"), lambda i: actions.close_incident(i)),
            ],
        ]
        for row in rows:
            line = FlowLayout()
            for key, label, fn in row:
                b = QPushButton(label)
                b.clicked.connect(
                    lambda _=False, fn=fn: self.desk.incident and fn(self.desk.incident)
                )
                self.buttons[key] = b
                line.addWidget(b)
            lay.addLayout(line)
        self.buttons["dispatch"].setProperty("primary", True)
        for key, kind in BUTTON_KINDS.items():
            offer(self.buttons[key], kind)
        self.reporting = ReportingRow(desk, actions, self)
        lay.addWidget(self.reporting)
        self.tabs = QTabWidget()
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)  # long 续报 lines wrap instead of running off the pane
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.teams = QListWidget()
        self.videos = QListWidget()
        self.tabs.addTab(self.timeline, self.tr("时间线"))
        self.tabs.addTab(self.teams, self.tr("队伍"))
        self.tabs.addTab(self.videos, self.tr("视频"))
        lay.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(120)  # the timeline keeps a few lines when the pane scrolls
        # On a 1366x768 duty PC everything above took 461 px of ~700 and left the 警情 board
        # two rows: the pane scrolls instead, so the board keeps about eight (the facts and
        # the first two rows of buttons stay in view; a 1080-line screen never scrolls).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        desk.selected.connect(self.show_incident)
        desk.tick.connect(self._deadline)
        self.show_incident(desk.incident)

    # ------------------------------------------------------------ painting
    def _zones(self, iid: str) -> set[str]:
        """The 3人1屋 zones moving for this incident: their 叫应 and counts join its timeline."""
        return {z.id for z in self.desk.state.zones.values() if z.incident == iid}

    def show_incident(self, iid: str) -> None:
        self._timeline_ids.clear()
        self.timeline.clear()
        self._paint()
        inc = self.desk.state.incidents.get(iid) if iid else None
        if inc is not None:
            query = partial(
                incident_timeline,
                self.desk.station.journal,
                iid,
                self._zones(iid),
                inc.reported_at,
            )
            self._loading = self.desk.run(self._load_timeline(iid, query))

    async def _load_timeline(self, iid: str, query) -> None:
        evs = await self.desk.read(query)
        if iid == self.desk.incident:
            self._add_timeline(evs)

    def _add_timeline(self, evs) -> None:
        s = self.desk.state
        for ev in evs:
            if ev.id in self._timeline_ids:
                continue
            self._timeline_ids.add(ev.id)
            self.timeline.addItem(f"{fmt.stamp(ev.ts, s)}  {self._describe(ev, s)}")
        self.timeline.scrollToBottom()

    def _paint(self) -> None:
        s = self.desk.state
        inc = s.incidents.get(self.desk.incident)
        for b in self.buttons.values():
            b.setEnabled(inc is not None and inc.status != IncidentStatus.CLOSED)
        while self.conflicts.count():
            w = self.conflicts.takeAt(0).widget()
            if w:
                w.deleteLater()
        if inc is None:
            for f in self.fields.values():
                f.setText("—")
            self.description.clear()
            self.teams.clear()
            self.videos.clear()
            return
        drill = self.tr("【演练】") if inc.drill and not inc.title.startswith("【演练】") else ""
        colour = theme.SEVERITY[inc.severity]
        self.heading.setText(
            f"{drill}{inc.title} <span style='color:{colour}'>[{word(SEVERITY_ZH[inc.severity])}]"
            f"</span> · {vocab(inc.status)}"
        )
        f = self.fields
        f["type"].setText(vocab(inc.type) + (f"·{vocab(inc.subtype)}" if inc.subtype else ""))
        f["occurred"].setText(fmt.stamp(inc.occurred_at, s) or "—")
        f["threat"].setText(
            self.tr("{h} 户 {p} 人").format(h=inc.threatened_households, p=inc.threatened_people)
            if inc.threatened_households or inc.threatened_people
            else "—"
        )
        f["place"].setText(fmt.place(s, inc))
        f["source"].setText(vocab(inc.source))
        f["reported"].setText(fmt.stamp(inc.reported_at, s))
        rep = inc.reporter
        f["reporter"].setText(f"{rep.name} {rep.phone}".strip() if rep else "—")
        f["level"].setText(word(LEVEL_ZH.get(inc.response_level, "")))
        c = inc.casualties
        f["casualties"].setText(
            self.tr("{cas} · 受灾 {a}").format(cas=fmt.casualties(c), a=c.affected)
        )
        self.description.setText(inc.description)
        self._deadline()
        self.buttons["verify"].setEnabled(inc.status == IncidentStatus.REPORTED)
        for cid in inc.conflicts:
            con = s.conflicts.get(cid)
            if con is None or con.settled:
                continue
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            lab = QLabel(self.tr("冲突: {text}").format(text=con.text))
            lab.setProperty("role", "conflict")
            lab.setWordWrap(True)
            btn = QPushButton(self.tr("处理…"))
            btn.clicked.connect(lambda _=False, cid=cid: self.actions.settle(cid))
            h.addWidget(lab, 1)
            h.addWidget(btn)
            self.conflicts.addWidget(row)
        self.teams.clear()
        for tid in inc.teams:
            t = s.teams.get(tid)
            if t:
                here = t.incident == inc.id
                state = vocab(t.status) if here else self.tr("已离开")
                self.teams.addItem(f"{t.name} ({t.headcount}) — {state} {t.task if here else ''}")
        self.videos.clear()
        for vid in inc.videos:
            v = s.videos.get(vid)
            if v:
                self.videos.addItem(f"{v.name} · {vocab(v.kind)} · {v.url}")

    def _deadline(self) -> None:
        inc = self.desk.state.incidents.get(self.desk.incident)
        lab = self.fields["deadline"]
        self.reporting.paint(inc)
        dl = next_deadline(inc, self.desk.policy) if inc else None
        if dl is None:
            lab.setText("—")
            return
        left = dl.remaining(self.desk.station.clock())
        if left.total_seconds() < 0:
            lab.setText(
                self.tr("{label} 已超时 {t}").format(label=word(dl.label), t=fmt.countdown(-left))
            )
            lab.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            lab.setText(
                self.tr("{label} 剩余 {t}").format(label=word(dl.label), t=fmt.countdown(left))
            )
            lab.setStyleSheet("")

    def on_update(self, u) -> None:
        iid = self.desk.incident
        if not iid:
            return
        zones = self._zones(iid)
        mine = [
            ev
            for ev in u.events
            if ev.payload.get("incident") == iid
            or (ev.kind.startswith("evac.") and ev.payload.get("zone") in zones)
        ]
        if any(e.kind == "evac.started" and e.payload.get("incident") == iid for e in mine):
            self.show_incident(iid)  # a zone joined: its earlier 叫应 belong here too
            return
        if mine:
            self._add_timeline(mine)
        if u.everything or iid in u.touched:
            self._paint()


def incident_timeline(journal, iid: str, zones: set[str], since) -> list:
    """The incident's own events, plus the 叫应 and counts of its zones since it was reported
    (they name the zone, not the incident), in time order. Runs on the writer thread."""
    own = journal.query(incident=iid)
    evac = [
        e
        for e in journal.query(since=since, kinds=EVAC_KINDS)
        if e.payload.get("zone") in zones
    ] if zones else []  # fmt: skip
    return sorted(own + evac, key=lambda e: e.ts)


EVAC_KINDS = ("evac.called", "evac.started", "evac.counted", "evac.cleared")
