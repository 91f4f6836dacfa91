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
    """Give a main window its notification centre and banner: in the menu bar's right-hand
    corner, so it takes no row of its own (at 1366×768 a row is a row of the 警情 board) and
    a note arriving never moves the panes under the officer's pointer."""
    from PySide6.QtCore import Qt

    center = NotificationCenter(window.desk, window, drill=window.desk.demo)
    bar = window.menuBar()
    height = bar.sizeHint().height()  # the menus' own height: the banner must not add to it
    banner = NotifyBanner(center, bar)
    banner.setFixedHeight(height)
    for button in (banner.ack, banner.list):
        button.setMaximumHeight(height - 2)
        button.setStyleSheet("padding: 0 8px;")
    banner.holder = banner
    bar.setCornerWidget(banner, Qt.Corner.TopRightCorner)
    banner.refresh()
    window.notes, window.banner = center, banner
    return center
