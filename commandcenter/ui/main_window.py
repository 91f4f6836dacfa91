"""The desk's main window: docks from the pane registry, menus, layout save/restore, F2.

Layout: incidents and their detail on the left, the map over the video wall in the middle,
teams / materials / 3人1屋 tabbed over the decision log on the right — the order a duty
officer's eyes move in. Any pane can be closed, moved or floated; the View menu brings it
back and "恢复默认布局" puts everything where it started.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from .actions import Actions
from .i18n import LANGUAGES
from .panes import PANES, Pane
from .statusbar import DeskStatusBar

LAYOUT_VERSION = 2  # bump when panes are added or renamed: old saved layouts are then ignored


class MainWindow(QMainWindow):
    first_paint = Signal()

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("DeskWindow")
        self._painted = False
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
        self.first_paint.connect(lambda: QTimer.singleShot(0, self.pane("pane.map").build))
        self.installEventFilter(self)

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
        self.tabifyDockWidget(evac, p["pane.warnings"])
        teams.raise_()
        self.resizeDocks([board, map_, teams], [820, 460, 640], Qt.Orientation.Horizontal)
        self.resizeDocks([board, detail], [430, 520], Qt.Orientation.Vertical)
        self.resizeDocks([map_, video], [560, 390], Qt.Orientation.Vertical)
        self.resizeDocks([teams, log], [560, 390], Qt.Orientation.Vertical)

    def restore_layout(self) -> None:
        s = QSettings()
        geo, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)

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
        self.intake_action = QAction(self.tr("接报…"), self)
        self.intake_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.intake_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.intake_action.triggered.connect(self.actions.intake)
        duty.addAction(self.intake_action)
        dispatch = QAction(self.tr("派遣队伍…"), self)
        dispatch.setShortcut(QKeySequence("Ctrl+D"))
        dispatch.triggered.connect(lambda: self.actions.dispatch(self.desk.incident))
        duty.addAction(dispatch)
        transfer = QAction(self.tr("物资调拨…"), self)
        transfer.triggered.connect(lambda: self.actions.transfer(self.desk.incident))
        duty.addAction(transfer)
        duty.addSeparator()
        handover = QAction(self.tr("交接班…"), self)
        handover.triggered.connect(self.open_handover)
        duty.addAction(handover)
        duty.addSeparator()
        quit_ = QAction(self.tr("退出"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        duty.addAction(quit_)
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

    def open_handover(self) -> None:
        """The shift handover window (issue 5), imported on first use: it pulls in printing."""
        from .handover_wizard import open_handover

        self.handover = open_handover(self, self.desk.station)

    def choose_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
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
        self.save_layout()
        super().closeEvent(ev)

    def docks(self) -> list[QDockWidget]:
        return list(self.panes.values())
