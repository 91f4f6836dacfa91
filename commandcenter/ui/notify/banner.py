"""`NotifyBanner`: a strip across the top of the desk with the newest unacknowledged note,
a 知道了 button (or F4) to acknowledge it, and a 未确认 button listing them all (a menu: each
entry acknowledges one). Never a dialog; it never takes the keyboard focus.

It sits in the menu bar's corner and keeps its place when nothing is waiting (a muted
无未确认提醒): as a strip of its own that came and went, every pane below it moved by its
height the moment a note arrived — the row under the officer's pointer became another
incident — and the whole window was laid out and repainted again (230 ms at 1920×1080,
bench/desk.py --why). In drill mode notes are listed, muted, and never ring."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
)

from .center import NotificationCenter

ACK_KEY = "F4"
WIDTH = 560  # px of the menu bar the banner takes at least
MENU_MAX = 50  # the 未确认 menu lists the newest this many; the count says how many in all


class NotifyBanner(QFrame):
    def __init__(self, center: NotificationCenter, parent=None) -> None:
        super().__init__(parent)
        self.center = center
        self.setObjectName("NotifyBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 2, 0)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.icon = QLabel(self.tr("提醒"))
        self.text = QLabel()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # a long note is cut, never widens the window past the screen
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ack = QPushButton(self.tr("知道了 (F4)"))
        self.ack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ack.clicked.connect(center.ack_latest)
        self.list = QToolButton()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        # filled when opened: rebuilding hundreds of actions after every batch of a flood
        # night was most of the desk's GUI time at 1,000 events/s (py-spy, bench/desk.py)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.list.setMenu(self.menu)
        self._urgent: bool | str | None = ""  # the colours in force (a style sheet is costly)
        self.showing = False  # a note is shown (else the muted quiet line)
        lay.addWidget(self.icon)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.ack)
        lay.addWidget(self.list)
        self.shortcut = ack_shortcut(center.window or self, center)
        # `add` emits changed then announced: one refresh each time is enough, and a repeat
        # (announced alone) changes nothing the banner shows
        center.changed.connect(self.refresh)

    def sizeHint(self) -> QSize:
        # the menu bar gives its corner widget exactly this: room for a sentence beside the
        # menus at 1366 px, more on a wider window; never taller than the menus
        bar = self.parentWidget()
        room = bar.width() - 420 if bar is not None else WIDTH
        return QSize(max(WIDTH, min(room, 2 * WIDTH)), super().sizeHint().height())

    def refresh(self) -> None:
        e = self.center.latest()
        self.list.setText(self.tr("未确认 {n}").format(n=self.center.count()))
        self.showing = e is not None and not self.center.quiet
        self.ack.setEnabled(e is not None)
        urgent = None if not self.showing else e.note.urgent
        if urgent != self._urgent:
            self._urgent = urgent
            colours = {None: ("#eceff1", "#607d8b"), True: ("#c62828", "white")}
            bg, fg = colours.get(urgent, ("#fff3c4", "#222"))
            self.setStyleSheet(
                f"#NotifyBanner {{ background: {bg}; border-bottom: 1px solid #888; }}"
                f"#NotifyBanner QLabel {{ color: {fg}; font-weight: bold; }}"
            )
        if e is None:
            self.text.setText(self.tr("无未确认提醒"))
            return
        text = e.note.text + ("  [演练]" if e.note.drill else "")
        if not self.showing:  # drill mode: listed, muted, no sound
            text = self.tr("演练中提醒不响铃: {text}").format(text=text)
        self.text.setText(text)

    def _fill_menu(self) -> None:
        self.menu.clear()
        left = self.center.unacked()
        for x in reversed(left[-MENU_MAX:]):
            act = self.menu.addAction(x.note.text)
            act.triggered.connect(lambda _=False, k=x.note.key: self.center.ack(k))
        if len(left) > MENU_MAX:
            more = self.menu.addAction(self.tr("…另有 {n} 条较早的").format(n=len(left) - MENU_MAX))
            more.setEnabled(False)


def ack_shortcut(widget, center: NotificationCenter) -> QShortcut:
    """F4 on a window acknowledges the newest note. A window-modal dialog blocks the main
    window's shortcuts, so every dialog the desk opens gets its own (Actions._open)."""
    sc = QShortcut(QKeySequence(ACK_KEY), widget)
    sc.setContext(Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(center.ack_latest)
    return sc
