"""The field station's window: the header, then one tab per job (Alt+1…5), built for the
station's scope once it is known (from the hub's welcome, or kept from the last one)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from .header import Header


def _pages():
    # imported here: each tab is its own module, loaded when the window is built
    from .forces import ForcesPage
    from .orders import OrdersPage
    from .profile import ProfilePage
    from .report import ReportPage
    from .situation import SituationPage

    return [OrdersPage, ReportPage, SituationPage, ForcesPage, ProfilePage]


class FieldWindow(QMainWindow):
    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("FieldWindow")
        self.setWindowTitle(self.tr("应急服务站 — 基层终端"))
        body = QWidget()
        self.lay = QVBoxLayout(body)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.header = Header(desk, self)
        self.lay.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.waiting = QLabel(
            self.tr("本站尚未取得所属乡镇(村)。连接中心后自动开始; 中心管理员须为本站登记乡镇。")
        )
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("font-size: 16pt; padding: 40px;")
        self.lay.addWidget(self.waiting, 1)
        self.lay.addWidget(self.tabs, 1)
        self.pages: dict[str, QWidget] = {}
        self.setCentralWidget(body)
        desk.updated.connect(self._update)
        desk.scope_changed.connect(self.build)
        self.build()

    def build(self) -> None:
        """(Re)build the tabs for the current scope."""
        self.tabs.clear()
        for p in self.pages.values():
            p.deleteLater()
        self.pages = {}
        ready = self.desk.scope is not None
        self.waiting.setVisible(not ready)
        self.tabs.setVisible(ready)
        if not ready:
            return
        for cls in _pages():
            page = cls(self.desk, self)
            self.pages[cls.__name__] = page
            self.tabs.addTab(page, cls.title())
        self.header.refresh()

    def page(self, name: str):
        return self.pages[name]

    def _update(self, u) -> None:
        for p in self.pages.values():
            p.on_update(u)
