"""The desk's main window: docks from the pane registry, menus, layout save/restore, F2.

Layout: incidents and their detail on the left, the map over the video wall in the middle,
teams / materials / 3人1屋 tabbed over the decision log on the right — the order a duty
officer's eyes move in. Any pane can be closed, moved or floated; the View menu brings it
back and "恢复默认布局" puts everything where it started.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from .actions import Actions
from .i18n import LANGUAGES
from .panes import PANES, Pane
from .roles import apply_role, offer
from .statusbar import DeskStatusBar

LAYOUT_VERSION = 2  # bump when panes are added or renamed: old saved layouts are then ignored


class MainWindow(QMainWindow):
    first_paint = Signal()
    closed = Signal()  # the officer confirmed quitting and the window has closed

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("DeskWindow")
        self._painted = False
        self.ask_before_quit = False  # the launcher turns it on; tests and tools close at once
        # set by the launcher: rebuild the window in another language at once; without it the
        # choice is saved and applies at the next start (and the officer is told so)
        self.apply_language = None
        self._quit_confirmed = False
        self.quit_box: QMessageBox | None = None
        title = self.tr("应急指挥中心 值班台")
        county = desk.state.county
        if county:
            title = f"{county.bureau or county.name} — {title}"
        if desk.demo:
            title = self.tr("【演练】") + title
        self.setWindowTitle(title)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.setDockNestingEnabled(True)
        self.actions = Actions(desk, self)
        self.panes: dict[str, Pane] = {}
        for cls in PANES:
            pane = cls(desk, self.actions, self)
            self.panes[cls.NAME] = pane
        self._default_layout()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._menus()
        self.status = DeskStatusBar(desk, self)
        self.setStatusBar(self.status)
        from .notify import install  # the banner, sound and taskbar alert (issue 12)

        install(self)
        self.watermark = None
        if desk.demo:
            from .watermark import Watermark

            self.watermark = Watermark(self)
        self.first_paint.connect(lambda: QTimer.singleShot(0, self._after_first_paint))
        self.role = desk.station.role  # the hub's welcome may name another (_link_changed)
        apply_role(self, self.role)  # offer only what this station's role may do
        desk.linked.connect(self._link_changed)
        self.installEventFilter(self)

    def _after_first_paint(self) -> None:
        self.pane("pane.map").build()
        self.desk.run(self._settle())
        # what the first paint did not wait for (the hidden tabs' bodies, Pane.LAZY; the
        # plugins' menu entries), one step per turn of the loop (Desk.later): each is short,
        # and all are done before the officer can reach them
        for step in [p.ensure_built for p in self.panes.values() if p.unbuilt]:
            self.desk.later(step)
        self.desk.later(self.basedata.list_plugins)

    async def _settle(self) -> None:
        """Once the history is in, freeze the heap (see Desk.settle_heap)."""
        await self.pane("pane.log").loading
        self.desk.settle_heap()

    def pane(self, name: str) -> Pane:
        return self.panes[name]

    # ------------------------------------------------------------ layout
    def _default_layout(self) -> None:
        p = self.panes
        board, detail, map_, video = (
            p["pane.incidents"],
            p["pane.detail"],
            p["pane.map"],
            p["pane.video"],
        )
        teams, materials, evac, log = (
            p["pane.teams"],
            p["pane.materials"],
            p["pane.evac"],
            p["pane.log"],
        )
        for d in p.values():
            d.setFloating(False)
            d.show()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, board)
        self.splitDockWidget(board, map_, Qt.Orientation.Horizontal)
        self.splitDockWidget(map_, teams, Qt.Orientation.Horizontal)
        self.splitDockWidget(board, detail, Qt.Orientation.Vertical)
        self.splitDockWidget(map_, video, Qt.Orientation.Vertical)
        self.splitDockWidget(teams, log, Qt.Orientation.Vertical)
        self.tabifyDockWidget(teams, materials)
        self.tabifyDockWidget(materials, evac)
        self.tabifyDockWidget(evac, p["pane.orders"])  # field stations' receipts (issue 14)
        self.tabifyDockWidget(p["pane.orders"], p["pane.posts"])
        self.tabifyDockWidget(p["pane.posts"], p["pane.warnings"])
        teams.raise_()
        self.resizeDocks([board, map_, teams], [820, 460, 640], Qt.Orientation.Horizontal)
        self.resizeDocks([board, detail], [430, 520], Qt.Orientation.Vertical)
        self.resizeDocks([map_, video], [560, 390], Qt.Orientation.Vertical)
        self.resizeDocks([teams, log], [560, 390], Qt.Orientation.Vertical)

    def fit_screen(self, screen=None) -> bool:
        """Size the window to the screen it is on (1920×1080 at most); True when the screen is
        smaller than that, so the caller shows it maximised (a 1366×768 duty PC)."""
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        w, h = min(1920, avail.width()), min(1080, avail.height())
        self.resize(w, h)
        self.move(avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2)
        return avail.width() < 1920 or avail.height() < 1080

    def restore_layout(self) -> bool:
        """The saved geometry and docks; False when nothing was saved (first start)."""
        s = QSettings()
        geo, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)  # Qt moves it back onto a screen that still exists
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
        return isinstance(geo, QByteArray)

    def save_layout(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)

    # ------------------------------------------------------------ menus
    def _menus(self) -> None:
        bar = self.menuBar()
        duty = bar.addMenu(self.tr("值班(&D)"))
        self.intake_action = offer(QAction(self.tr("接报…"), self), "incident.reported")
        self.intake_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.intake_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.intake_action.triggered.connect(self.actions.intake)
        duty.addAction(self.intake_action)
        dispatch = offer(QAction(self.tr("派遣队伍…"), self), "team.dispatched")
        dispatch.setShortcut(QKeySequence("Ctrl+D"))
        dispatch.triggered.connect(lambda: self.actions.dispatch(self.desk.incident))
        duty.addAction(dispatch)
        transfer = offer(QAction(self.tr("物资调拨…"), self), "stock.transferred")
        transfer.triggered.connect(lambda: self.actions.transfer(self.desk.incident))
        duty.addAction(transfer)
        duty.addSeparator()
        handover = offer(QAction(self.tr("交接班…"), self), "shift.signed")
        handover.triggered.connect(self.open_handover)
        duty.addAction(handover)
        settings = offer(QAction(self.tr("报送时限设置…"), self), "settings.reporting")
        settings.triggered.connect(self.actions.reporting_settings)
        duty.addAction(settings)
        duty.addSeparator()
        quit_ = QAction(self.tr("退出"), self)
        quit_.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on some platforms
        quit_.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_.triggered.connect(self.close)
        duty.addAction(quit_)
        from .leader_actions import add_leader_menu  # 批示, 会商研判, 签字, 推送到大屏 (issue 13)

        self.leader = add_leader_menu(self)
        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        for pane in self.panes.values():
            act = pane.toggleViewAction()
            act.setText(pane.title())
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        reset = QAction(self.tr("恢复默认布局"), self)
        reset.triggered.connect(self.reset_layout)
        self.view_menu.addAction(reset)
        lang = self.view_menu.addMenu(self.tr("语言 / Language"))
        for code, name in LANGUAGES.items():
            act = QAction(name, self)
            act.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            lang.addAction(act)
        from .basedata import BaseDataMenu  # 基础数据: imports, exports, editors, 插件

        self.basedata = BaseDataMenu(self)

    def _link_changed(self, state) -> None:
        if state.role and state.role != self.role:  # the hub's welcome names the role
            self.role = state.role
            apply_role(self, state.role)
        self.status.refresh()

    def open_handover(self) -> None:
        """The shift handover window (issue 5), imported on first use: it pulls in printing."""
        from .handover_wizard import open_handover

        self.handover = open_handover(self, self.desk.station)

    def choose_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        if self.apply_language is not None:
            self.apply_language(code)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("语言"),
            self.tr(
                "界面语言将在重新启动值班台后生效。\n"
                "The language applies when the desk is restarted."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()
        self._language_box = box

    # ------------------------------------------------------------ events
    def eventFilter(self, obj, ev: QEvent) -> bool:
        # A filter, not an event() override: once the first paint is seen it is removed, so
        # the window does not pay a Python call for every event of the shift.
        if ev.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.first_paint.emit)
        return False

    def closeEvent(self, ev) -> None:
        if self.ask_before_quit and not self._quit_confirmed:
            ev.ignore()
            self._ask_quit()
            return
        self.save_layout()
        super().closeEvent(ev)
        self.closed.emit()

    def _ask_quit(self) -> None:
        """Ask before a 24-hour desk goes (non-modal: the loop is qasync, never exec())."""
        if self.quit_box is not None and self.quit_box.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("退出值班台"),
            self.tr("确定退出值班台吗？退出后本机不再接收警情和中心同步，直到再次打开。"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("退出"))
        yes.clicked.connect(self._confirmed_quit)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("继续值班"))
        self.quit_box = box
        box.open()

    def _confirmed_quit(self) -> None:
        self._quit_confirmed = True
        self.close()

    def docks(self) -> list[QDockWidget]:
        return list(self.panes.values())
