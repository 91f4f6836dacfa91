"""The 值班日志 model: every event as a plain sentence, added in batches.

Sentences are made once, when an event arrives (names resolved against the state of that
moment), so painting a row is a list lookup. Rows are kept for the current session; older
history is read from the journal on demand.

The model keeps its rows in the order the view asks for (`order_by`, models/order.py), as
`EntityModel` does: a live batch is one insert at the top and history one at the bottom. The
proxy used to place each new row by binary search over the whole log, two Python `data()`
calls per comparison: 120 rows into 12,000 held the GUI thread 40-50 ms in a flood
(bench/desk.py --why, issue 15).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from commandcenter.domain import Event, State

from .. import fmt, theme
from ..i18n import log_what
from . import order
from .cells import Index, refilter, relayout
from .painted import CellStore, PaintedProxy

MAX_ROWS = 200_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogModel", text)


@dataclass(frozen=True, slots=True)
class LogRow:
    id: str
    when: str
    actor: str
    station: str
    text: str
    kind: str
    incident: str
    drill: bool
    ts: float


class LogModel(CellStore):
    COLUMNS = ("时间", "值班人", "站点", "内容")

    def __init__(self, parent=None) -> None:
        super().__init__(len(self.COLUMNS), parent)
        self.rows: list[LogRow] = []  # in display order (order_by)
        self._ids: set[str] = set()
        self._describe = log_what  # the actor has a column of its own
        self._order = (0, True)  # (column, descending): newest first until a view says

    @staticmethod
    def sort_value(column: int) -> Callable[[LogRow], Any]:
        """What rows sort by in `column`: the event's time, or the column's raw text (a drill
        mark shown in front of a sentence does not move it)."""
        if column == 0:
            return lambda r: r.ts
        return lambda r: (r.when, r.actor, r.station, r.text)[column]

    def order_by(self, column: int, descending: bool = False) -> None:
        """Keep the rows in the order of `column` from now on: one stable sort now, and new
        rows go in at their places (ties in the order they came)."""
        if not 0 <= column < len(self.COLUMNS) or self._order == (column, descending):
            return
        self._order = (column, descending)
        rows = sorted(self.rows, key=self.sort_value(column), reverse=descending)
        if all(a is b for a, b in zip(rows, self.rows, strict=True)):
            return
        relayout(self, [r.id for r in self.rows], [r.id for r in rows], lambda: self._set(rows))

    def _set(self, rows: list[LogRow]) -> None:
        self.rows = rows

    def make_rows(self, evs: list[Event], state: State) -> list[LogRow]:
        out = []
        for ev in evs:
            if ev.id in self._ids:
                continue
            try:
                text = self._describe(ev, state)
            except Exception:  # a describe bug must not lose the row from the log
                text = f"{ev.kind} {ev.payload}"
            inc = ev.payload.get("incident")
            drill = bool(ev.payload.get("drill")) or (
                isinstance(inc, str) and inc in state.incidents and state.incidents[inc].drill
            )
            out.append(
                LogRow(
                    ev.id,
                    fmt.stamp(ev.ts, state),
                    ev.actor,
                    ev.station,
                    text,
                    ev.kind,
                    inc if isinstance(inc, str) else "",
                    drill,
                    ev.ts.timestamp(),
                )
            )
        return out

    def append(self, evs: list[Event], state: State) -> None:
        """Add events at their places in the display order (one insert per place: a live
        batch is one at the top, history one at the bottom); events already shown are
        skipped."""
        rows = self.make_rows(evs, state)
        if not rows:
            return
        column, descending = self._order
        for at, run in order.runs(self.rows, rows, self.sort_value(column), descending):
            self.insert_rows(at, len(run), partial(self._put, at, run))
        if len(self.rows) > MAX_ROWS:  # a week-long session: drop the oldest tenth
            self._drop_oldest(MAX_ROWS // 10)

    def _put(self, at: int, run: list[LogRow]) -> None:
        self.rows[at:at] = run
        self._ids.update(r.id for r in run)

    def _drop_oldest(self, n: int) -> None:
        cut = sorted(self.rows, key=lambda r: r.ts)[n - 1].ts
        keep = [r for r in self.rows if r.ts > cut]
        if len(keep) == len(self.rows):
            return
        first = next(i for i, r in enumerate(self.rows) if r.ts <= cut)
        block = len(self.rows) - len(keep)
        gone = [r for r in self.rows if r.ts <= cut]
        if all(r.ts <= cut for r in self.rows[first : first + block]):  # newest or oldest first
            self.remove_rows(first, block, lambda: self._set(keep))
        else:  # sorted by another column: the oldest are scattered
            self.beginResetModel()
            self.rows = keep
            self.set_row_count(len(keep))
            self.endResetModel()
        self._ids.difference_update(r.id for r in gone)

    # rowCount, columnCount and multiData are Qt's (models/painted.py); data() is Python
    def key(self, row: int) -> str:
        return self.rows[row].id

    def cell(self, row: int, column: int) -> tuple[str, None, Any]:
        r = self.rows[row]
        return self._display(r, column), None, theme.DRILL if r.drill else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return _tr(self.COLUMNS[section])
        return None

    def _display(self, r: LogRow, c: int) -> str:
        text = (r.when, r.actor, r.station, r.text)[c]
        drill = c == 3 and r.drill and "【演练】" not in text
        return (_tr("【演练】") + text) if drill else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, c)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.cell(row, c)[2]
        if role == Qt.ItemDataRole.UserRole:  # what the column sorts by
            return self.sort_value(c)(self.rows[row])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.rows[row].kind} · {self.rows[row].id}"
        return None


KIND_GROUPS = {
    "": (),
    "incident.": ("incident.",),
    "team.": ("team.",),
    "stock.": ("stock.", "upkeep."),
    "evac.": ("evac.",),
    "other": ("plan.", "video.", "warning.", "decision.", "shift.", "conflict."),
}


class LogFilter(PaintedProxy):
    def __init__(self, source: LogModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.group = ""
        self.search = ""
        self.incident = ""

    def set_filter(self, *, group: str | None = None, search: str | None = None) -> None:
        def change() -> None:
            if group is not None:
                self.group = group
            if search is not None:
                self.search = search.strip().lower()

        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        r: LogRow = self._store.rows[row]  # not sourceModel(): it finds the object anew
        prefixes = KIND_GROUPS.get(self.group, ())
        if prefixes and not r.kind.startswith(prefixes):
            return False
        if self.incident and r.incident != self.incident:
            return False
        if self.search:
            return self.search in r.text.lower() or self.search in r.actor.lower()
        return True
