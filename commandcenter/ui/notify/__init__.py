"""Notifications that never block: a banner, a sound, a taskbar alert; acknowledged in one
click or key; repeated until acknowledged when urgent; quiet in drill mode."""

from .banner import NotifyBanner
from .center import NotificationCenter

__all__ = ["NotificationCenter", "NotifyBanner"]


def _tr(text: str) -> str:
    # a module-level context: lupdate cannot see the class behind `window.tr`
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Notifications", text)


def install(window) -> NotificationCenter:
    """Give a main window its notification centre and banner (a fixed strip under the menu)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    center = NotificationCenter(window.desk, window, drill=window.desk.demo)
    bar = QToolBar(_tr("提醒"), window)
    bar.setObjectName("bar.notify")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)
    banner = NotifyBanner(center, bar)
    banner.holder = bar
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    banner.refresh()
    window.notes, window.banner = center, banner
    return center
