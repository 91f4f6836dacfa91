"""The status bar: hub link (online/offline/syncing, pending, last error), station and role,
the shift on duty, the drill marker and the clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QStatusBar

from . import fmt

LINK_COLOUR = {"online": "#2e7d32", "syncing": "#ef6c00", "offline": "#b71c1c"}


class DeskStatusBar(QStatusBar):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.link = QLabel()
        self.station = QLabel()
        self.shift = QLabel()
        self.drill = QLabel(self.tr("演练模式"))
        self.drill.setStyleSheet("color: white; background: #6a1b9a; font-weight: bold;")
        self.drill.setVisible(desk.demo)
        self.clock = QLabel()
        for w in (self.link, self.station, self.shift, self.drill):
            self.addPermanentWidget(w)
        self.addPermanentWidget(self.clock)
        desk.tick.connect(self.refresh)
        desk.updated.connect(lambda _u: self.refresh())
        desk.message.connect(self.say)
        self.refresh()

    def say(self, text: str, error: bool) -> None:
        self.setStyleSheet("QStatusBar { color: #b71c1c; font-weight: bold; }" if error else "")
        self.showMessage(text, 15_000 if error else 5_000)

    def link_text(self) -> tuple[str, str]:
        link = self.desk.link
        if link is None:
            pending = len(self.desk.station.pending)
            if self.desk.station.journal.authority:
                return self.tr("本机独立运行 (内置中心)"), "online"
            return self.tr("未连接中心 · 待发 {n}").format(n=pending), "offline"
        state = str(getattr(link, "state", "offline"))
        pending = getattr(link, "pending", None)
        pending = pending() if callable(pending) else pending
        if pending is None:
            pending = len(self.desk.station.pending)
        words = {
            "online": self.tr("在线"),
            "offline": self.tr("离线"),
            "syncing": self.tr("同步中"),
        }
        text = self.tr("中心: {state} · 待发 {n}").format(state=words.get(state, state), n=pending)
        err = getattr(link, "last_error", "") or ""
        if err and state != "online":
            text += self.tr(" · {err}").format(err=str(err)[:60])
        return text, state

    def refresh(self) -> None:
        text, state = self.link_text()
        self.link.setText(text)
        self.link.setStyleSheet(f"color: {LINK_COLOUR.get(state, '#37474f')}; font-weight: bold;")
        st = self.desk.station
        self.station.setText(
            self.tr("站点 {station} · 角色 {role}").format(station=st.station, role=st.role)
        )
        s = self.desk.state
        sh = s.shifts.get(s.shift)
        if sh:
            self.shift.setText(
                self.tr("值班员 {officer} · 带班领导 {leader}").format(
                    officer=sh.officer, leader=sh.leader
                )
            )
        else:
            self.shift.setText(self.tr("未排班"))
        now = datetime.now(UTC)
        self.clock.setText(fmt.local(now, s).strftime("%Y-%m-%d %H:%M:%S"))
