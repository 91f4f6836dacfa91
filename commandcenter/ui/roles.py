"""What the station's role may do, applied to the window: forbidden actions are hidden.

A button or menu action that starts a decision carries the event kind it submits as the
dynamic property `cc_kind` (`offer(widget, kind)`); `apply_role` shows exactly those the role
may submit (`domain.roles.may_submit`) and hides the others — hidden, not greyed, so a field
station sees a field station's desk. Called when the window is built and whenever the hub's
welcome names a (new) role.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from commandcenter.domain.roles import may_submit

PROP = "cc_kind"
HIDDEN = "cc_role_hidden"  # hidden by apply_role (not by its pane): shown again by it only
W = TypeVar("W", bound=QObject)


def offer(obj: W, kind: str) -> W:
    """Mark a widget or action as starting a decision of `kind`."""
    obj.setProperty(PROP, kind)
    return obj


def allowed(desk, kind: str) -> bool:
    return may_submit(desk.station.role, kind)


def apply_role(window: QWidget, role: str) -> list[str]:
    """Hide what `role` may not do and show again what an earlier role hid; returns the kinds
    hidden (for tests). Works before the window is shown (a window rebuilt on a station that
    is already a field station's, a pane built later): `isVisible()` is False for every
    widget of a window not shown yet, so it cannot tell what to hide. A widget the pane hid
    for reasons of its own stays as the pane left it."""
    hidden: list[str] = []
    for obj in [*window.findChildren(QWidget), *window.findChildren(QAction)]:
        kind = obj.property(PROP)
        if not kind:
            continue
        if not may_submit(role, kind):
            hidden.append(kind)
            if not obj.property(HIDDEN):
                obj.setProperty(HIDDEN, True)
                obj.setVisible(False)
        elif obj.property(HIDDEN):
            obj.setProperty(HIDDEN, False)
            obj.setVisible(True)
    return hidden
