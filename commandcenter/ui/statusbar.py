"""The status bar: hub link (online/offline/syncing, pending, last error, age of the last
contact with the hub), station and role, the shift on duty, the drill marker and the clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QStatusBar

from . import fmt
from .rejection import RejectionBar

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
        self.clock = ClockLabel()
        self._link_colour = ""  # the colour in force: a style sheet repolishes (and relays out)
        self.rejection = RejectionBar(desk, self)
        self.addWidget(self.rejection)
        # store/station warnings (a forged snapshot refused at start-up): shown until restart
        self.alarm = QLabel(self.tr("⚠ 快照与封存不符, 已拒用并按日志重算"))
        self.alarm.setStyleSheet("color: white; background: #b71c1c; font-weight: bold;")
        self.alarm.setToolTip("\n".join(desk.station.warnings))
        self.alarm.setVisible(bool(desk.station.warnings))
        for w in (self.alarm, self.link, self.station, self.shift, self.drill):
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
        hub = getattr(self.desk, "hub", None)
        if link is None:
            if hub is not None:
                n = len(hub.online())
                return self.tr("内置中心 {url} · 在线站点 {n}").format(url=hub.url, n=n), "online"
            if self.desk.station.journal.authority:
                return self.tr("本机独立运行"), "online"
            pending = len(self.desk.station.pending)
            return self.tr("未连接中心 · 待发 {n}").format(n=pending), "offline"
        st = link.state
        status = str(st.status)
        words = {
            "online": self.tr("在线"),
            "offline": self.tr("离线"),
            "syncing": self.tr("同步中"),
            "connecting": self.tr("连接中"),
            "stopped": self.tr("已断开"),
        }
        age = st.contact_age()
        if status == "online" and age is not None and age > 3 * link.keepalive:
            status = "syncing"  # online only while the hub is heard from: say it is silent
            words["syncing"] = self.tr("无应答")
        text = self.tr("中心: {state} · 待发 {n}").format(
            state=words.get(status, status), n=st.pending
        )
        if age is not None:
            text += self.tr(" · 最近联系 {age}").format(age=_age(self, age))
        if st.rejected is not None:
            text += self.tr(" · 被拒: {reason}").format(reason=st.rejected.reason[:60])
        elif st.last_error and status != "online":
            text += self.tr(" · {err}").format(err=st.last_error[:60])
        colour = "offline" if status in ("offline", "stopped") else status
        return text, "syncing" if colour == "connecting" else colour

    def refresh(self) -> None:
        self.rejection.refresh()
        text, state = self.link_text()
        self.link.setText(text)
        if state != self._link_colour:  # only when it changes: see _link_colour
            self._link_colour = state
            colour = LINK_COLOUR.get(state, "#37474f")
            self.link.setStyleSheet(f"color: {colour}; font-weight: bold;")
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


class ClockLabel(QLabel):
    """The status bar's clock, of a fixed size that only ever grows.

    A label whose text changes asks its parents to lay out again, up to the main window: a
    relayout of every pane, 3-8 ms, after each batch of a flood (bench/desk.py --why). Qt
    stops at a widget whose minimum and maximum sizes are equal. The size is taken from the
    label's own size hint (its real font, which the style sheet sets only once it is
    polished), with room for wider digits."""

    _fixed = QSize()

    def setText(self, text: str) -> None:
        super().setText(text)
        need = self.sizeHint()
        if need.width() > self._fixed.width() or need.height() != self._fixed.height():
            self._fixed = QSize(max(need.width() + 4, self._fixed.width()), need.height())
            self.setFixedSize(self._fixed)


def _age(bar: QStatusBar, seconds: float) -> str:
    """How long ago the hub was last heard from, coarse enough not to flicker."""
    if seconds < 60:
        return bar.tr("{n} 秒前").format(n=int(seconds))
    if seconds < 3600:
        return bar.tr("{n} 分钟前").format(n=int(seconds // 60))
    return bar.tr("{n} 小时前").format(n=int(seconds // 3600))
