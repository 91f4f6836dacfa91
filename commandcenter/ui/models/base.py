"""`EntityModel`: one row per entity of a `state` collection, refreshed in batches.

Rows are keyed by entity id in the collection's insertion order, so new entities append (one
`beginInsertRows` per batch) and rows never move: a live feed never resets the model. `data()`
is O(1): a dict lookup and one column function. Sorting and filtering live in `FilterProxy`.

Painting a cell asks for seven roles; through the proxy each was three Python calls (the
proxy's `mapToSource` asks `rowCount` and `columnCount` too), which made Python half of a
table's paint (py-spy, bench/desk.py). So `multiData` answers every role of a cell in one call
(`FilterProxy.multiData` maps once and calls `fill`), `index` skips the bounds calls, and a
cell's text and colours are kept until the next batch or the next second (`clock_tick`), never
longer: nothing shown is older than what the desk would have repainted anyway.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the table's only parent
# plain ints: a role arrives as an int, and int == enum costs an enum __eq__ per cell and role
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_CELL_ROLES = (_DISPLAY, _BACKGROUND, _FOREGROUND)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CLOCK = [0]  # bumped once a second by the desk: cached cells older than that are redone


def clock_tick() -> None:
    """A second passed: countdowns and overdue colours must be worked out again."""
    _CLOCK[0] += 1


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text
    right: bool = False  # numbers align right
    tip: Callable[[Any], str] | None = None


class CellTable(QAbstractTableModel):
    """A table model that answers a painted cell in one Python call: subclasses give
    `rowCount`, `columnCount` and `fill(row, column, span)`."""

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # Qt's own index() asks rowCount and columnCount: two Python calls per cell and role
        ok = 0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        return self.createIndex(row, column) if ok and not parent.isValid() else QModelIndex()

    def multiData(self, index: Index, span: Any) -> None:
        if index.isValid():
            self.fill(index.row(), index.column(), span)

    def fill(self, row: int, column: int, span: Any) -> None:
        raise NotImplementedError


class CellProxy(QSortFilterProxyModel):
    """A proxy over a `CellTable` that maps a painted cell once and lets the source answer
    every role (Qt's default asks `data` once per role, each through `mapToSource`)."""

    def multiData(self, index: Index, span: Any) -> None:
        src = self.mapToSource(index)
        if src.isValid():
            self.sourceModel().fill(src.row(), src.column(), span)


class EntityModel(CellTable):
    def __init__(self, source: Callable[[], dict[str, Any]], columns: list[Column], parent=None):
        super().__init__(parent)
        self._source = source
        self.columns = columns
        self._keys: list[str] = []
        self._row: dict[str, int] = {}
        self._sorts: dict[int, dict[str, Any]] = {}  # column -> entity id -> sort key
        self._cells: dict[tuple[str, int], tuple[Any, Any, Any]] = {}  # text, bg, fg
        self._cells_at = _CLOCK[0]
        self.refresh(None)

    # ------------------------------------------------------------ hooks for subclasses
    def background(self, obj: Any, column: int) -> Any:
        return None

    def foreground(self, obj: Any, column: int) -> Any:
        return None

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def cell(self, row: int, column: int) -> tuple[Any, Any, Any] | None:
        """(text, background, foreground) of a cell, worked out at most once a batch/second."""
        if self._cells_at != _CLOCK[0]:
            self._cells.clear()
            self._cells_at = _CLOCK[0]
        try:
            key = self._keys[row]
        except IndexError:
            return None
        got = self._cells.get((key, column))
        if got is None:
            obj = self._source().get(key)
            if obj is None:
                return None
            got = (
                self.columns[column].text(obj),
                self.background(obj, column),
                self.foreground(obj, column),
            )
            self._cells[(key, column)] = got
        return got

    def fill(self, row: int, column: int, span: Any) -> None:
        """Answer every role a view asks of one cell (a QModelRoleDataSpan) in one call."""
        got = None
        for rd in span:
            role = rd.role()
            if role in _CELL_ROLES:
                if got is None:
                    got = self.cell(row, column)
                    if got is None:
                        return
                v = got[0] if role == _DISPLAY else got[1] if role == _BACKGROUND else got[2]
                if v is not None:
                    rd.setData(v)
            elif role == _ALIGN:
                if self.columns[column].right:
                    rd.setData(_RIGHT)
            elif role in (_TIP, KEY_ROLE, SORT_ROLE):
                v = self.data(self.createIndex(row, column), role)
                if v is not None:
                    rd.setData(v)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        if role in _CELL_ROLES:
            got = self.cell(index.row(), index.column())
            if got is None:
                return None
            return got[0] if role == _DISPLAY else got[1] if role == _BACKGROUND else got[2]
        key = self._keys[index.row()]
        obj = self._source().get(key)
        if obj is None:
            return None
        col = self.columns[index.column()]
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and col.tip:
            return col.tip(obj)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, row: int, column: int) -> Any:
        """The value a row sorts by in `column`, from the column's cache (a sort of 9,500
        incidents asks ~80,000 times: the cached case takes no detours)."""
        cache = self._sorts.get(column)
        if cache is not None and row >= 0:
            try:
                return cache[self._keys[row]]
            except (KeyError, IndexError):
                pass
        return self._sort_key(row, column)

    def _sort_key(self, row: int, column: int) -> Any:
        if not 0 <= row < len(self._keys) or not 0 <= column < len(self.columns):
            return None
        cache = self._sorts.get(column)
        if cache is None:  # a column's first sort: every key in one pass, not one per call
            cache = self._sorts[column] = {}
            col, source = self.columns[column], self._source()
            for k in self._keys:
                obj = source.get(k)
                if obj is not None:
                    cache[k] = col.sort(obj) if col.sort else col.text(obj)
        key = self._keys[row]
        if key not in cache:
            obj = self._source().get(key)
            col = self.columns[column]
            cache[key] = None if obj is None else (col.sort(obj) if col.sort else col.text(obj))
        return cache[key]

    def presort(self, column: int) -> None:
        """Put the rows in ascending order of `column` once, before a view sorts by it.

        The proxy's merge sort calls data() twice per comparison; on rows already in order
        it compares about half as often (9,500 incidents: 1.4 s -> 0.6 s at start-up). New
        entities still append; rows never move after this."""
        if not 0 <= column < len(self.columns) or len(self._keys) < 2:
            return
        self._sort_key(0, column)  # fills the column's key cache in one pass
        cache = self._sorts[column]
        try:
            keys = sorted(self._keys, key=lambda k: cache.get(k, 0))
        except TypeError:  # keys that do not compare: leave the order
            return
        if keys == self._keys:  # already in order: no layout change, no refilter
            return
        self.layoutAboutToBeChanged.emit()
        self._keys = keys
        self._row = {k: i for i, k in enumerate(keys)}
        self.layoutChanged.emit()

    # ------------------------------------------------------------ keeping up with the state
    def key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int:
        return self._row.get(key, -1)

    def get(self, key: str) -> Any:
        return self._source().get(key)

    def refresh(self, touched: Iterable[str] | None) -> None:
        """Append new entities, drop vanished ones, repaint the rows of `touched` (None: all)."""
        current = self._source()
        self._cells.clear()  # a batch arrived: what any row shows is worked out again
        if touched is None:
            self._sorts.clear()
        else:
            touched = list(touched)
            for cache in self._sorts.values():
                for k in touched:
                    cache.pop(k, None)
        # records leave only when retired (record.retired repaints everything) or on a reload;
        # a full refresh looks for them, since an import may retire one and add another
        scan = touched is None or len(current) < len(self._keys)
        gone = [k for k in self._keys if k not in current] if scan else []
        for k in gone:
            r = self._row[k]
            self.beginRemoveRows(QModelIndex(), r, r)
            del self._keys[r]
            self._row = {k2: i for i, k2 in enumerate(self._keys)}
            self.endRemoveRows()
        if len(current) > len(self._keys):
            # entities only ever append, in insertion order: the new ones are the tail (a
            # scan of every key per batch grew with the journal: 10,000 incidents, 10 Hz)
            tail = itertools.islice(current, len(self._keys), None)
            new = [k for k in tail if k not in self._row]
            if len(new) != len(current) - len(self._keys):  # not a pure append: every key
                new = [k for k in current if k not in self._row]
            if new:
                first = len(self._keys)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                for i, k in enumerate(new, first):
                    self._keys.append(k)
                    self._row[k] = i
                self.endInsertRows()
        if not self._keys:
            return
        last_col = len(self.columns) - 1
        if touched is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, last_col))
            return
        for k in touched:
            r = self._row.get(k)
            if r is not None:
                self.dataChanged.emit(self.index(r, 0), self.index(r, last_col))


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a proxy's filter: begin/endFilterChange on Qt 6.10+, invalidateFilter before."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateFilter()


class FilterProxy(CellProxy):
    """Sort by SORT_ROLE; keep rows whose entity passes `accept` and whose text has `search`."""

    def __init__(self, source: EntityModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accept: Callable[[Any], bool] | None = None
        self.search = ""
        self._filtered = False  # a row has been through filterAcceptsRow

    def set_accept(self, accept: Callable[[Any], bool] | None) -> None:
        if not self._filtered:  # nothing filtered yet: no mapping to redo (the board's
            self.accept = accept  # first filter passed 9,500 incidents 2.5 times, ~300 ms)
            return
        refilter(self, lambda: setattr(self, "accept", accept))

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "search", text.strip().lower()))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        self._filtered = True
        model: EntityModel = self.sourceModel()
        obj = model.get(model.key(row))
        if obj is None:
            return False
        if self.accept is not None and not self.accept(obj):
            return False
        if self.search:
            return any(self.search in c.text(obj).lower() for c in model.columns)
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        """One Python call per comparison (the default asks `data` twice): a sort of 5,300
        incidents makes ~35,000 of them at start-up."""
        m: EntityModel = self.sourceModel()
        c = left.column()
        a, b = m.sort_key(left.row(), c), m.sort_key(right.row(), c)
        if a is None or b is None:  # a missing value sorts first, as Qt's invalid QVariant
            return a is None and b is not None
        try:
            return a < b
        except TypeError:  # values that do not compare (never mixed in one column so far)
            return str(a) < str(b)

    def key_at(self, proxy_row: int) -> str:
        src = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().key(src.row()) if src.isValid() else ""
