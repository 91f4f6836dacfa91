"""`FieldDesk`: the desk controller of a field station, with its scope and who is on watch.

It is the desk's `Desk` (paced updates, submissions as tasks, refusals as sentences) plus the
township or village this station serves and the name of the person on watch (值守人), who
signs for orders and is the actor of every decision made here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from commandcenter.domain.roles import may_submit
from commandcenter.domain.scope import Scope

from ..desk import Desk


class FieldDesk(Desk):
    scope_changed = Signal()

    def __init__(self, station, *, scope: Scope | None = None, demo: bool = False) -> None:
        super().__init__(station, demo=demo)
        self.scope = scope
        self.watch = station.actor  # 值守人

    @property
    def actor(self) -> str:
        # never the county's duty officer: the person on watch at this station decides here
        return self.watch.strip() or self.station.actor

    def may(self, kind: str) -> bool:
        """Whether this station's role may take the action (never offer one it may not)."""
        return may_submit(self.station.role, kind)

    def set_scope(self, scope: Scope) -> None:
        if scope != self.scope:
            self.scope = scope
            self.scope_changed.emit()

    def place_name(self) -> str:
        if self.scope is None:
            return ""
        return self.scope.name(self.state)
