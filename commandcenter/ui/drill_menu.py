"""The 演练 menu: enter a drill world with one of the bundled scenarios, leave it again.

Entering is offered only to roles that may record `drill.entered` (the duty desk); in a drill
world's window the menu offers 退出演练 instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from commandcenter.drills import ScenarioError, scenarios

from .roles import offer


def _tr(text: str) -> str:
    # a module-level context: lupdate cannot see the class behind `window.tr`
    return QCoreApplication.translate("DrillMenu", text)


def install(window, mode) -> None:
    menu = window.menuBar().addMenu(_tr("演练(&X)"))
    window.drill_menu = menu
    if mode.active:
        leave = QAction(_tr("退出演练, 回到实际值班"), window)
        leave.triggered.connect(mode.request_leave)
        menu.addAction(leave)
        return
    try:
        found = scenarios()
    except ScenarioError as exc:
        menu.addAction(QAction(str(exc), window)).setEnabled(False)
        return
    enter = menu.addMenu(_tr("进入演练模式"))
    offer(enter.menuAction(), "drill.entered")
    for sc in found.values():
        act = QAction(sc.title, window)
        act.setToolTip(sc.summary)
        act.triggered.connect(lambda _=False, n=sc.id: mode.launcher.spawn(mode.enter(n)))
        enter.addAction(act)
