"""The 值班日志 model: every event as a plain sentence, appended in batches, newest last.

Sentences are made once, when an event arrives (names resolved against the state of that
moment), so painting a row is a list lookup. Rows are kept for the current session; older
history is read from the journal on demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)

from commandcenter.domain import Event, State

from .. import fmt, theme
from ..i18n import log_what
from .cells import ROOT, CellProxy, CellTable, Index, refilter

MAX_ROWS = 200_000
_SORT = Qt.ItemDataRole.UserRole
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


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


class LogModel(CellTable):
    COLUMNS = ("时间", "值班人", "站点", "内容")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[LogRow] = []
        self._ids: set[str] = set()
        self._describe = log_what  # the actor has a column of its own

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
        """Add events (one insert per batch); events already shown are skipped."""
        rows = self.make_rows(evs, state)
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._ids.update(r.id for r in rows)
        self.endInsertRows()
        if len(self.rows) > MAX_ROWS:  # a week-long session: drop the oldest tenth
            cut = MAX_ROWS // 10
            self.beginRemoveRows(QModelIndex(), 0, cut - 1)
            for r in self.rows[:cut]:
                self._ids.discard(r.id)
            del self.rows[:cut]
            self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return _tr(self.COLUMNS[section])
        return None

    def _display(self, r: LogRow, c: int) -> str:
        text = (r.when, r.actor, r.station, r.text)[c]
        drill = c == 3 and r.drill and "【演练】" not in text
        return (_tr("【演练】") + text) if drill else text

    def fill(self, row: int, column: int, span: Any) -> None:
        """Every role a view asks of one cell in one call (as EntityModel.fill): through
        the proxy each role was three Python calls, a fifth of the desk's painting."""
        r = self.rows[row] if 0 <= row < len(self.rows) else None
        for rd in span:  # Qt reuses the span from cell to cell: every role is set or cleared
            role = rd.role()
            if r is not None and role == _DISPLAY:
                rd.setData(self._display(r, column))
            elif r is not None and role == _FOREGROUND and r.drill:
                rd.setData(theme.DRILL)
            else:
                rd.clearData()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _SORT and index.column() == 0:  # the proxy's sort, per insert: keep it short
            row = index.row()
            return self.rows[row].ts if 0 <= row < len(self.rows) else None
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, c)
        if role == Qt.ItemDataRole.UserRole:
            return r.ts if c == 0 else (r.when, r.actor, r.station, r.text)[c]
        if role == Qt.ItemDataRole.ForegroundRole and r.drill:
            return theme.DRILL
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.kind} · {r.id}"
        return None


KIND_GROUPS = {
    "": (),
    "incident.": ("incident.",),
    "team.": ("team.",),
    "stock.": ("stock.", "upkeep."),
    "evac.": ("evac.",),
    "other": ("plan.", "video.", "warning.", "decision.", "shift.", "conflict."),
}


class LogFilter(CellProxy):
    def __init__(self, source: LogModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(Qt.ItemDataRole.UserRole)
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
        r: LogRow = self.sourceModel().rows[row]
        prefixes = KIND_GROUPS.get(self.group, ())
        if prefixes and not r.kind.startswith(prefixes):
            return False
        if self.incident and r.incident != self.incident:
            return False
        if self.search:
            return self.search in r.text.lower() or self.search in r.actor.lower()
        return True
