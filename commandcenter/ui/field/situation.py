"""灾情续报: a 续报 on an incident of this township or village (text and revised casualty
figures), and the disaster figures the county adds up — 倒损房屋, 紧急转移安置人数,
农作物受灾面积, 直接经济损失 — which the desk and the reports show."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from commandcenter.domain import scope as scoping

from .. import fmt
from .page import Page


class SituationPage(Page):
    TITLE = "&3 灾情续报"

    def __init__(self, desk, parent=None) -> None:
        super().__init__(desk, parent)
        # ---- 续报
        fu_box = QGroupBox(self.tr("续报"))
        fu = QFormLayout(fu_box)
        self.incident = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("最新情况、已采取的措施"))
        self.cas = {k: QSpinBox(maximum=100000) for k in ("dead", "injured", "missing", "trapped")}
        people = QHBoxLayout()
        for w in self.cas.values():
            people.addWidget(w)
        fu.addRow(self.tr("事件(&I)"), self.incident)
        fu.addRow(self.tr("续报内容"), self.text)
        fu.addRow(self.tr("死亡 受伤 失踪 被困"), people)
        b = self.button(
            "followup",
            self.tr("报送续报"),
            "incident.followup",
            self.followup,
            key="F9",
            primary=True,
        )
        if b is not None:
            fu.addRow(b)
        else:
            fu_box.setEnabled(False)
        # ---- 灾情统计
        fig_box = QGroupBox(self.tr("灾情统计 (本站合计, 新报覆盖旧报)"))
        fig = QFormLayout(fig_box)
        self.houses = QSpinBox(maximum=10_000_000)
        self.relocated = QSpinBox(maximum=10_000_000)
        self.crops = QDoubleSpinBox(maximum=10_000_000, decimals=1, suffix=self.tr(" 公顷"))
        self.loss = QDoubleSpinBox(maximum=100_000_000, decimals=1, suffix=self.tr(" 万元"))
        self.houses.setSuffix(self.tr(" 间"))
        self.relocated.setSuffix(self.tr(" 人"))
        for label, w in (
            (self.tr("倒损房屋(&H)"), self.houses),
            (self.tr("紧急转移安置人数"), self.relocated),
            (self.tr("农作物受灾面积"), self.crops),
            (self.tr("直接经济损失"), self.loss),
        ):
            fig.addRow(label, w)
        b = self.button(
            "figures",
            self.tr("上报灾情"),
            "disaster.figures",
            self.figures,
            key="F10",
            primary=True,
        )
        if b is not None:
            fig.addRow(b)
        else:
            fig_box.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(fu_box, 1)
        row.addWidget(fig_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self._incidents()
        self._load_figures()

    def _incidents(self) -> None:
        keep = self.incident.currentData()
        self.incident.clear()
        s = self.desk.state
        for inc in scoping.incidents(s, self.desk.scope):
            self.incident.addItem(f"{inc.title} ({fmt.stamp(inc.reported_at, s)})", inc.id)
        i = self.incident.findData(keep)
        self.incident.setCurrentIndex(max(i, 0))

    def _load_figures(self) -> None:
        f = self.desk.state.figures.get(self.desk.scope.key)
        if f is not None:
            self.houses.setValue(f.houses)
            self.relocated.setValue(f.relocated)
            self.crops.setValue(f.crops_ha)
            self.loss.setValue(f.loss_wan)

    def followup(self) -> None:
        iid = self.incident.currentData()
        if not iid:
            self.say(self.tr("本站辖区没有正在处置的事件"), True)
            return
        inc = self.desk.state.incidents[iid]
        cas = {k: w.value() for k, w in self.cas.items()}
        cas["affected"] = inc.casualties.affected
        payload = {"incident": iid, "text": self.text.text().strip(), "casualties": cas}
        self.submit([("incident.followup", payload)], self.tr("续报已报送"), done=self.text.clear)

    def figures(self) -> None:
        scope = self.desk.scope
        payload = {
            "township": scope.township,
            "village": scope.village,
            "incident": self.incident.currentData() or "",
            "houses": self.houses.value(),
            "relocated": self.relocated.value(),
            "crops_ha": self.crops.value(),
            "loss_wan": self.loss.value(),
        }
        self.submit([("disaster.figures", payload)], self.tr("灾情已上报"))

    def on_update(self, u) -> None:
        if any(e.kind.startswith("incident.") for e in u.events) or u.everything:
            self._incidents()
