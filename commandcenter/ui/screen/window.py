"""The big screen's window: header (bureau, page, sync state, clock), the red 与指挥中心失去连接
banner, the pages in a stack, and the page tabs at the foot with rotation / pin / lock.

Read-only: nothing here decides anything. Keys for the operator: ←/→ or 1–5 change page,
P pins (or unpins) the page shown, L locks (or unlocks) the view. Once a second the window
asks the rotation which page to show, checks freshness and repaints the ages; the desk's
paced updates (≤ 10 Hz, in their own turn of the loop) mark pages behind and repaint only the
page on screen; a page that asks for a gap between repaints gets a timer for when it is due.

`painted(upto)` is emitted once the pixels are on the window's backing store: after the
window's next UpdateRequest (every child widget's paint is done in it) and, for a page with
a graphics view, after that view's own paint, never on a guess that a paint has happened.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.describe import local_time

from . import theme
from .pages import PAGES
from .rotation import Rotation
from .tile import label, restyle


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


def title(page) -> str:
    """A page's name in the current language (the desk's pane titles share the context)."""
    return QCoreApplication.translate("panes", page.TITLE)


class ScreenWindow(QWidget):
    painted = Signal(int)  # the page on screen painted what the station held up to this gseq
    page_changed = Signal(str)
    _owed: int | None = None  # painted(upto) to emit once the pixels are out
    _waiting: set = set()  # graphics views yet to paint it (events come before __init__ ends)

    def __init__(
        self,
        ctx,
        rotation: Rotation,
        size: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if size:  # before the first build: pages size their fonts and markers from it
            self.resize(*size)
        self.setObjectName("Screen")
        self.setWindowTitle(_tr("应急指挥中心 大屏"))
        self.ctx = ctx
        self.rotation = rotation
        lay = QVBoxLayout(self)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size rules
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(10)
        lay.addLayout(self._header())
        self.banner = label("", "banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        lay.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.pages = {}
        for cls in PAGES:
            page = cls(ctx)
            self.pages[cls.KEY] = page
            self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)
        lay.addLayout(self._footer())
        self.shown = ""
        self._waiting: set[QObject] = set()
        self._watched: set[QObject] = set()
        self._again = QTimer(self, singleShot=True, timeout=self._behind)
        ctx.desk.paced(self.on_update)
        self._tick = QTimer(self, interval=1000, timeout=self.tick)
        self._tick.start()
        self._restyle()
        self.tick()

    # ------------------------------------------------------------ building
    def _header(self) -> QHBoxLayout:
        h = QHBoxLayout()
        self.org = label("", "header")
        self._org_text()
        self.page_title = label("", "header")
        self.page_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sync = label("", "sync")
        self.clock = label("", "clock")
        for w in (self.sync, self.clock):
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        h.addWidget(self.org, 2)
        h.addWidget(self.page_title, 1)
        h.addWidget(self.sync, 0)
        h.addWidget(self.clock, 0)
        return h

    def _org_text(self) -> None:
        s = self.ctx.state
        name = (s.county.bureau if s.county else "") or _tr("应急管理局")
        drill = f'<span style="color:#ce93d8">{_tr("【演练】")}</span>' if self.ctx.demo else ""
        self.org.setText(drill + _tr("{bureau} 应急指挥中心").format(bureau=name))

    def _footer(self) -> QHBoxLayout:
        f = QHBoxLayout()
        self.tabs = {}
        for i, cls in enumerate(PAGES, 1):
            tab = label(f"{i} {title(cls)}", "tab")
            tab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self.tabs[cls.KEY] = tab
            f.addWidget(tab)
        f.addStretch(1)
        self.mode = label("", "muted")
        self.mode.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        f.addWidget(self.mode)
        return f

    def _restyle(self) -> None:
        self.ctx.height = max(540, self.height())
        self.setStyleSheet(theme.style_sheet(self.ctx.height))
        for p in self.pages.values():
            p.dirty = True

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if abs(self.ctx.height - max(540, self.height())) > 8:
            self._restyle()
            self.show_page(self.shown or self.rotation.pages[0], force=True)

    # ------------------------------------------------------------ what is shown
    def show_page(self, key: str, *, force: bool = False) -> None:
        page = self.pages[key]
        if key != self.shown:
            self.shown = key
            self.stack.setCurrentWidget(page)
            self.page_title.setText(title(page))
            for k, tab in self.tabs.items():
                restyle(tab, "current", "true" if k == key else "false")
            self.page_changed.emit(key)
            force = True
        if page.maybe_refresh(force=force):
            page.tick(time.monotonic())  # the ages of what was just painted
            self._owed = self.ctx.desk.station.upto
            self._waiting = set(page.paint_targets())  # a page left behind paints no more
            for w in self._waiting - self._watched:
                self._watched.add(w)
                w.installEventFilter(self)
            self.update(QRect(0, 0, 1, 1))  # a repaint is due even if no text changed
        elif page.dirty and not self._again.isActive():
            self._again.start(int(page.due_in() * 1000) + 1)

    def _behind(self) -> None:
        self.show_page(self.shown)

    def event(self, ev) -> bool:
        done = super().event(ev)
        owed = self._owed is not None and not self._waiting
        if owed and ev.type() == QEvent.Type.UpdateRequest:
            upto, self._owed = self._owed, None
            self.painted.emit(upto)
        return done

    def eventFilter(self, obj, ev) -> bool:
        if ev.type() == QEvent.Type.Paint:
            self._waiting.discard(obj)
        return False

    def on_update(self, u) -> None:
        self.ctx.observe_link()  # events arriving are contact with the hub
        self.ctx.add_events(u.events)
        now = time.monotonic()
        pushed = False
        for ev in u.events:
            if ev.kind == "screen.pushed":
                pushed = self._pushed(ev, now) or pushed
        if u.everything:
            self._org_text()
        focus = self.pages["focus"]
        focus.touched(u.touched)
        for p in self.pages.values():
            p.dirty = True
        if pushed:
            self.tick()  # header, tabs and the push's countdown at once
        else:
            self.show_page(self.rotation.current(now))

    def _pushed(self, ev, now: float) -> bool:
        p = ev.payload
        left = int(p.get("seconds", 120)) - (datetime.now(UTC) - ev.ts).total_seconds()
        page = "focus" if p.get("incident") else p.get("page", "")
        if left > 0 and self.rotation.pushed(page, p.get("incident", ""), now + left, now):
            self.ctx.focus = p.get("incident", "")
            self.pages["focus"].dirty = True
            return True
        return False

    def tick(self) -> None:
        self.ctx.observe_link()
        now = time.monotonic()
        fr = self.ctx.freshness
        if self.rotation.push is None and self.ctx.focus:
            self.ctx.focus = ""  # the push is over: 重点事件 shows the most severe again
            self.pages["focus"].dirty = True
        self.show_page(self.rotation.current(now))
        self.pages[self.shown].tick(now)
        level = fr.level()
        restyle(self.sync, "stale", "" if level == "ok" else level)
        self.sync.setText(_tr("同步 {n} 秒前").format(n=int(fr.age())))
        if fr.lost():
            last = fr.last_sync_wall
            when = local_time(last, self.ctx.tz).strftime("%H:%M:%S") if last else "—"
            self.banner.setText(
                _tr("与指挥中心失去连接　最后同步 {when}　画面可能已过时").format(when=when)
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.clock.setText(local_time(self.ctx.now(), self.ctx.tz).strftime("%m-%d %H:%M:%S"))
        r = self.rotation
        mode = (
            _tr("已锁定")
            if r.locked
            else _tr("已固定 {page}").format(page=title(self.pages[r.pinned]))
            if r.pinned
            else _tr("轮播 {n} 秒").format(n=f"{r.seconds:.0f}")
        )
        if r.push is not None and not r.locked:
            left = max(0, int(r.push.until - now))
            mode = _tr("大屏推送 剩余 {n} 秒").format(n=left)
        self.mode.setText(mode)

    # ------------------------------------------------------------ keys and paint
    def keyPressEvent(self, ev) -> None:
        now = time.monotonic()
        key, r = ev.key(), self.rotation
        keys = list(self.pages)
        if key == Qt.Key.Key_L:
            r.lock(not r.locked, self.shown)
        elif key == Qt.Key.Key_P:
            r.pin(None if r.pinned else self.shown)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            r.step(1, now)
        elif key == Qt.Key.Key_Left:
            r.step(-1, now)
        elif Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(keys):
            r.show(keys[key - Qt.Key.Key_1], now)
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(ev)
            return
        self.tick()

    def close_timers(self) -> None:
        self._tick.stop()
        self._again.stop()
