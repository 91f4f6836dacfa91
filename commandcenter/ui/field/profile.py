"""站点档案: the "五有" checklist (机构, 场所, 队伍, 平台, 物资) and which channels work now —
satellite phone, 370M, radio, network, power — so the county knows how to reach this station
when roads, network or power are down (断路、断网、断电)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from commandcenter.domain.entities_field import COMMS, FIVE

from ..i18n import word
from .page import Page


class ProfilePage(Page):
    TITLE = "&5 站点档案"

    def __init__(self, desk, parent=None) -> None:
        super().__init__(desk, parent)
        five_box = QGroupBox(self.tr("五有建设"))
        grid = QGridLayout(five_box)
        self.five = {}
        for i, (key, label) in enumerate(FIVE.items()):
            cb = QCheckBox(word(label))
            self.five[key] = cb
            grid.addWidget(cb, i // 3, i % 3)
        comms_box = QGroupBox(self.tr("通信与电力 (绿: 正常, 红: 中断; 点按切换)"))
        crow = QHBoxLayout(comms_box)
        self.comms = {}
        for key, label in COMMS.items():
            b = QPushButton(word(label))
            b.setCheckable(True)
            b.setChecked(True)
            b.setProperty("comm", True)
            b.setMinimumHeight(72)
            b.toggled.connect(lambda on, b=b, label=label: self._label(b, label, on))
            self._label(b, label, True)
            self.comms[key] = b
            crow.addWidget(b)
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(self.tr("备注 (如: 进村道路塌方, 靠卫星电话联络)"))
        lay = QVBoxLayout(self)
        lay.addWidget(five_box)
        lay.addWidget(comms_box)
        lay.addWidget(self.remark)
        b = self.button(
            "save", self.tr("保存并上报"), "station.profile", self.save, key="F12", primary=True
        )
        if b is not None:
            lay.addWidget(b)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self._load()

    def _label(self, b: QPushButton, label: str, on: bool) -> None:
        b.setText(f"{word(label)}\n{self.tr('正常') if on else self.tr('中断')}")

    def _load(self) -> None:
        post = self.desk.state.posts.get(self.desk.scope.key)
        if post is None:
            return
        for k, cb in self.five.items():
            cb.setChecked(post.five.get(k, False))
        for k, b in self.comms.items():
            b.setChecked(post.comms.get(k, True))
        self.remark.setText(post.note)

    def save(self) -> None:
        scope = self.desk.scope
        payload = {
            "township": scope.township,
            "village": scope.village,
            "five": {k: cb.isChecked() for k, cb in self.five.items()},
            "comms": {k: b.isChecked() for k, b in self.comms.items()},
            "note": self.remark.text().strip(),
        }
        self.submit([("station.profile", payload)], self.tr("站点档案已上报"))
