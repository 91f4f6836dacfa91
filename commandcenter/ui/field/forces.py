"""队伍与转移: the status of this township's teams (到场 / 返回 / 待命) and the evacuation
counts of its zones (households and people moved, people in the safe house)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from .models import TeamModel, ZoneModel, scoped
from .page import Page, current_key, table


class ForcesPage(Page):
    TITLE = "&4 队伍与转移"

    def __init__(self, desk, parent=None) -> None:
        super().__init__(desk, parent)
        scope = desk.scope
        teams_box = QGroupBox(self.tr("本乡镇队伍"))
        self.teams = TeamModel(desk, self)
        self.team_proxy = scoped(self.teams, lambda t: t.township == scope.township, self)
        self.team_view = table(self.team_proxy, stretch=3)
        col = QVBoxLayout(teams_box)
        col.addWidget(self.team_view, 1)
        row = QHBoxLayout()
        for kind, label in (
            ("team.arrived", self.tr("到场")),
            ("team.returning", self.tr("返回")),
            ("team.standby", self.tr("待命")),
        ):
            b = self.button(kind, label, kind, lambda k=kind: self.move(k))
            if b is not None:
                row.addWidget(b)
        col.addLayout(row)
        zones_box = QGroupBox(self.tr("避险转移 (3人1屋)"))
        self.zones = ZoneModel(desk, self)
        self.zone_proxy = scoped(self.zones, lambda z: scope.covers(z.township, z.village), self)
        self.zone_view = table(self.zone_proxy, stretch=0)
        self.households = QSpinBox(maximum=100000, suffix=self.tr(" 户"))
        self.people = QSpinBox(maximum=1000000, suffix=self.tr(" 人"))
        self.safe = QSpinBox(maximum=1000000, suffix=self.tr(" 人"))
        zcol = QVBoxLayout(zones_box)
        zcol.addWidget(self.zone_view, 1)
        counts = QHBoxLayout()
        for label, w in (
            (self.tr("已转移"), self.households),
            ("", self.people),
            (self.tr("安全屋"), self.safe),
        ):
            if label:
                counts.addWidget(QLabel(label))
            counts.addWidget(w)
        zcol.addLayout(counts)
        b = self.button(
            "count", self.tr("上报转移人数"), "evac.counted", self.count, key="F11", primary=True
        )
        if b is not None:
            zcol.addWidget(b)
        self.zone_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_zone())
        row = QHBoxLayout()
        row.addWidget(teams_box, 1)
        row.addWidget(zones_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(self.note)

    def move(self, kind: str) -> None:
        t = self.desk.state.teams.get(current_key(self.team_view))
        if t is None:
            self.say(self.tr("请先选择一支队伍"), True)
            return
        payload = {"team": t.id, "incident": t.incident}
        self.submit([(kind, payload)], self.tr("已记录 {0}").format(t.name))

    def _load_zone(self) -> None:
        z = self.desk.state.zones.get(current_key(self.zone_view))
        if z is not None:
            self.households.setValue(z.moved_households)
            self.people.setValue(z.moved_people)
            self.safe.setValue(z.in_safe_house)

    def count(self) -> None:
        z = self.desk.state.zones.get(current_key(self.zone_view))
        if z is None:
            self.say(self.tr("请先选择一个避险区域"), True)
            return
        payload = {
            "zone": z.id,
            "moved_households": self.households.value(),
            "moved_people": self.people.value(),
            "in_safe_house": self.safe.value(),
        }
        self.submit([("evac.counted", payload)], self.tr("已上报 {0} 转移人数").format(z.name))

    def on_update(self, u) -> None:
        self.teams.refresh(None if u.everything else u.touched)
        self.zones.refresh(None if u.everything else u.touched)
