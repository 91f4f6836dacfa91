"""The field station's header: who this station is, whether the county hears it (在线 / 离线 ·
待同步 N 条), who is on watch, how many orders wait for a signature, and the clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit

from commandcenter.domain import scope as scoping

from .. import fmt


class Header(QFrame):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.desk = desk
        self.station = QLabel()
        self.station.setObjectName("station")
        self.link = QLabel()
        self.link.setObjectName("link")
        self.unsigned = QLabel()
        self.watch = QLineEdit(desk.watch)
        self.watch.setMaximumWidth(160)
        self.watch.setToolTip(self.tr("值守人: 签收和上报都记在这个名字下"))
        self.watch.textChanged.connect(self._watch)
        watch_label = QLabel(self.tr("值守人(&W)"))
        watch_label.setBuddy(self.watch)
        self.clock = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.addWidget(self.station)
        lay.addStretch(1)
        for w in (self.unsigned, self.link, watch_label, self.watch, self.clock):
            lay.addWidget(w)
        desk.tick.connect(self.refresh)
        desk.updated.connect(lambda _u: self.refresh())
        self.refresh()

    def _watch(self, text: str) -> None:
        self.desk.watch = text

    def link_state(self) -> tuple[str, str]:
        """('在线' | '离线 · 待同步 3 条' | …, online | offline | syncing)."""
        link = self.desk.link
        pending = len(self.desk.station.pending)
        if link is None:
            return self.tr("未连接中心 · 待同步 {0} 条").format(pending), "offline"
        status = str(link.state.status)
        words = {
            "online": self.tr("在线"),
            "offline": self.tr("离线"),
            "syncing": self.tr("同步中"),
            "connecting": self.tr("连接中"),
            "stopped": self.tr("已断开"),
        }
        text = words.get(status, status)
        if pending:
            text += self.tr(" · 待同步 {0} 条").format(pending)
        if link.state.rejected is not None:
            text += self.tr(" · 被拒: {0}").format(link.state.rejected.reason[:40])
        colour = {"online": "online", "syncing": "syncing", "connecting": "syncing"}
        return text, colour.get(status, "offline")

    def refresh(self) -> None:
        d = self.desk
        s = d.state
        if d.scope is None:
            self.station.setText(self.tr("等待中心确认本站所属乡镇…"))
            self.unsigned.setText("")
        else:
            kind = self.tr("应急服务站") if d.scope.village else self.tr("应急管理委员会")
            self.station.setText(
                f"{d.place_name()} {kind}" + (self.tr(" 【演练】") if d.demo else "")
            )
            n = scoping.unsigned(s, d.scope)
            self.unsigned.setText(self.tr("待签收 {0}").format(n) if n else "")
            self.unsigned.setStyleSheet(
                "background: #b71c1c; padding: 4px 10px; font-weight: bold;" if n else ""
            )
        text, state = self.link_state()
        self.link.setText(text)
        if self.link.property("state") != state:
            self.link.setProperty("state", state)
            self.link.style().unpolish(self.link)
            self.link.style().polish(self.link)
        self.clock.setText(fmt.local(datetime.now(UTC), s).strftime("%H:%M:%S"))
