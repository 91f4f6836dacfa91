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
W = TypeVar("W", bound=QObject)


def offer(obj: W, kind: str) -> W:
    """Mark a widget or action as starting a decision of `kind`."""
    obj.setProperty(PROP, kind)
    return obj


def allowed(desk, kind: str) -> bool:
    return may_submit(desk.station.role, kind)


def apply_role(window: QWidget, role: str) -> list[str]:
    """Show what `role` may do, hide the rest; returns the kinds hidden (for tests)."""
    hidden: list[str] = []
    for obj in [*window.findChildren(QWidget), *window.findChildren(QAction)]:
        kind = obj.property(PROP)
        if not kind:
            continue
        ok = may_submit(role, kind)
        if not ok:
            hidden.append(kind)
        if obj.isVisible() != ok or isinstance(obj, QAction):
            obj.setVisible(ok)
    return hidden
