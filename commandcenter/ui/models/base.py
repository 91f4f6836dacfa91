"""`EntityModel`: one row per entity of a `state` collection, refreshed in batches.

Rows are keyed by entity id. The model keeps them in the order its view asks for
(`order_by`, see models/order.py): new entities go in at their places and a row whose sort
value changed moves, so a live feed never resets the model and nobody calls Python per
comparison. `FilterProxy` (models/proxy.py) only filters. `data()` is O(1): a dict lookup
and one column function.

Painted cells are Qt items (`CellStore`, models/painted.py), written from `cell()` right
before a view paints the rows; a cell's text and colours are worked out at most once a batch
or a second (`clock_tick`), never kept longer: nothing shown is older than what the desk
would have repainted anyway.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from . import order
from .cells import CLOCK, KEY_ROLE, SORT_ROLE, Index, relayout
from .painted import CellStore

# plain ints: a role arrives as an int, and int == enum costs an enum __eq__ per cell and role
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_CELL_ROLES = (_DISPLAY, _BACKGROUND, _FOREGROUND)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BULK = 4096  # more new rows than this at once: a reload or an import, sorted once (_insert)
MAX_RUNS = 64  # new rows landing in more places than this: sorted once too (_insert)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text
    right: bool = False  # numbers align right
    tip: Callable[[Any], str] | None = None


class EntityModel(CellStore):
    def __init__(self, source: Callable[[], dict[str, Any]], columns: list[Column], parent=None):
        super().__init__(len(columns), parent)
        self._source = source
        self.columns = columns
        self._keys: list[str] = []
        self._row: dict[str, int] = {}  # every key's row; positions redone when stale
        self._row_stale = False
        self._order: tuple[int, bool] | None = None  # (column, descending): see order_by
        self._sorts: dict[int, dict[str, Any]] = {}  # column -> entity id -> sort key
        self._cells: dict[tuple[str, int], tuple[Any, Any, Any]] = {}  # text, bg, fg
        self._cells_at = CLOCK[0]
        self.row_facts: dict[str, Any] = {}  # what a subclass works out once a row (below)
        self.refresh(None)

    # ------------------------------------------------------------ hooks for subclasses
    def background(self, obj: Any, column: int) -> Any:
        return None

    def foreground(self, obj: Any, column: int) -> Any:
        return None

    # ------------------------------------------------------------ Qt API
    # rowCount, columnCount, index and multiData are Qt's own (models/painted.py): a painted
    # cell never calls Python. data() is Python, for every reader that is not a paint.
    def right(self, column: int) -> bool:
        return self.columns[column].right

    def fresh(self) -> None:
        """Forget cells (and row_facts) worked out before the last clock tick."""
        if self._cells_at != CLOCK[0]:
            self._cells.clear()
            self.row_facts.clear()
            self._cells_at = CLOCK[0]

    def cell(self, row: int, column: int) -> tuple[Any, Any, Any] | None:
        """(text, background, foreground) of a cell, worked out at most once a batch/second."""
        self.fresh()
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        if role == SORT_ROLE:
            return self.sort_value(index.column(), self._keys[index.row()])
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
        if role == _TIP and col.tip:
            return col.tip(obj)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return _RIGHT
        return None

    def sort_value(self, column: int, key: str) -> Any:
        """The value entity `key` sorts by in `column`, kept until a batch touches it."""
        try:
            return self._sorts[column][key]
        except KeyError:
            return self.sort_values(column, (key,))[key]

    def sort_values(self, column: int, keys: Iterable[str]) -> dict[str, Any]:
        """`sort_value` for many keys at once (a dict that has at least `keys`): one loop
        with the column's function at hand, not a method call per key (9,500 incidents were
        ~35 ms of the board's first sort, a third of its building before the first paint)."""
        cache = self._sorts.setdefault(column, {})
        missing = [k for k in keys if k not in cache]
        if missing:
            get = self._source().get
            col = self.columns[column]
            fn = col.sort or col.text
            for k in missing:
                obj = get(k)
                cache[k] = None if obj is None else fn(obj)
        return cache

    def order_by(self, column: int, descending: bool = False) -> None:
        """Keep the rows in the order of `column` from now on (see models/order.py): one
        `sorted()` now, and new or changed rows take their place as they come."""
        if not 0 <= column < len(self.columns) or self._order == (column, descending):
            return  # refresh keeps the rows in this order: nothing to sort again
        self._order = (column, descending)
        self._reorder()

    def _reorder(self) -> None:
        column, descending = self._order
        keys = order.sort_keys(self._keys, self.sort_values(column, self._keys), descending)
        if keys == self._keys:  # already in order: no layout change, no refilter
            return

        def swap() -> None:
            self._keys = keys
            self._row = {k: i for i, k in enumerate(keys)}
            self._row_stale = False

        relayout(self, self._keys, keys, swap)

    # ------------------------------------------------------------ keeping up with the state
    def key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int:
        if self._row_stale:  # rows went in or moved above others: positions are redone once
            self._row = {k: i for i, k in enumerate(self._keys)}
            self._row_stale = False
        return self._row.get(key, -1)

    def get(self, key: str) -> Any:
        return self._source().get(key)

    def refresh(self, touched: Iterable[str] | None) -> None:
        """Add new entities, drop vanished ones, repaint the rows of `touched` (None: all),
        keeping the display order (`order_by`) when one is set."""
        current = self._source()
        self._cells.clear()  # a batch arrived: what any row shows is worked out again
        self.row_facts.clear()  # (kept exactly as long as the cells: see cell())
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
            r = self.row_of(k)
            self.remove_rows(r, 1, partial(self._drop, r, k))
        if len(current) > len(self._keys):
            # entities only ever append, in insertion order: the new ones are the tail (a
            # scan of every key per batch grew with the journal: 10,000 incidents, 10 Hz)
            tail = itertools.islice(current, len(self._keys), None)
            new = [k for k in tail if k not in self._row]
            if len(new) != len(current) - len(self._keys):  # not a pure append: every key
                new = [k for k in current if k not in self._row]
            if new:
                self._insert(new)
        else:
            new = []
        if not self._keys:
            return
        # a row inserted just now went in at its place, was filtered and is painted as new:
        # looking at its place again and telling the proxy it changed (which filters it
        # again) is work for nothing (a flood's 125 new incidents a batch)
        inserted = set(new)
        if touched is not None:
            touched = [k for k in touched if k not in inserted]
        if self._order is not None:
            if touched is None:
                self._reorder()  # any value may have changed
            else:
                self._reslot(touched)
        last_col = len(self.columns) - 1
        if touched is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, last_col))
            return
        for k in touched:
            r = self.row_of(k)
            if r >= 0:
                self.dataChanged.emit(self.index(r, 0), self.index(r, last_col))

    def _insert(self, new: list[str]) -> None:
        """New rows go in at their places in the display order, each run of rows that shares
        a place in one `beginInsertRows` (a flood's newest incidents all go on top). Rows that
        would scatter over many places (a reload, a large import) are appended and the model
        sorted once instead.

        A reorder costs more than it looks: the proxy answers a layout change by filtering
        every row again in Python. A flood batch late by a paint held 300 new incidents,
        went over the old fixed limit of 256 and reordered 10,000 rows (70-80 ms stalls,
        bench/desk.py --why); it is one run at the top."""
        placed = None
        if self._order is not None and len(new) <= BULK:
            value = partial(self.sort_value, self._order[0])
            placed = order.runs(self._keys, new, value, self._order[1])
        if placed is None or len(placed) > MAX_RUNS:  # unordered, or a reload: append, sort once
            self.insert_rows(len(self._keys), len(new), partial(self._put, len(self._keys), new))
            if self._order is not None:
                self._reorder()
            return
        for at, run in placed:
            self.insert_rows(at, len(run), partial(self._put, at, run))

    def _put(self, at: int, run: list[str]) -> None:
        self._keys[at:at] = run
        for k in run:
            self._row[k] = -1  # known; its position is redone on the next row_of
        self._row_stale = True

    def _drop(self, row: int, key: str) -> None:
        del self._keys[row]
        del self._row[key]
        self._row_stale = True

    def _reslot(self, touched: list[str]) -> None:
        """Rows whose sort value changed take their new places: one `beginMoveRows` when one
        row is out of place (again until none is: two neighbours may both have changed), a
        reorder when several are (a binary search needs the other rows in order)."""
        column, descending = self._order
        value = partial(self.sort_value, column)
        for _ in range(len(touched)):
            rows = [self.row_of(k) for k in touched]
            out = [
                r for r in rows if r >= 0 and not order.in_place(self._keys, r, value, descending)
            ]
            if not out:
                return
            if len(out) > 1:
                self._reorder()
                return
            r = out[0]
            key = self._keys[r]
            rest = self._keys[:r] + self._keys[r + 1 :]
            at = order.slot(rest, key, value, descending)
            dest = at if at < r else at + 1  # in the rows' places before the move
            if not self.beginMoveRows(QModelIndex(), r, r, QModelIndex(), dest):
                return
            rest.insert(at, key)
            self._keys = rest
            self._row_stale = True
            self.endMoveRows()
