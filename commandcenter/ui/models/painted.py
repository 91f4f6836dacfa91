"""`CellStore`: a table model whose painted cells are held by Qt (it is a QStandardItemModel),
so a view paints them without one Python call per cell; `fill_before_paint(view)` writes the
cells of the rows a view is about to paint, those that changed, right before it paints them.

Why: in a 1,000 events/s flood the board's paint was 25-35 ms and the desk's longest stall
(bench/desk.py); py-spy put 55-60% of it in Python answering cells (a `multiData` call per
cell, and `index()` through the proxy for `flags`). The same view over Qt-held cells paints
in 5-8 ms.

A subclass keeps its rows (keys, order) in Python and says what a cell shows (`cell(row,
column)` -> (text, background, foreground)). Only painting reads the items; `data()` stays
Python and exact for every other reader. The items are a copy made at paint time, so they can
never show what the model would not: every paint first compares the visible rows with what
their items hold and rewrites what differs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class CellStore(QStandardItemModel):
    """Rows whose painted cells Qt holds; subclasses give `key(row)`, `cell(row, column)` and
    `right(column)`, and change rows with `insert_rows`/`remove_rows` (see there)."""

    def __init__(self, columns: int, parent=None) -> None:
        super().__init__(0, columns, parent)
        self._painted: dict[int, tuple] = {}  # row -> (key, cells) its items hold now
        self._apply: Callable[[], None] | None = None  # a row change due inside Qt's
        # Connected before any proxy or view: the subclass's rows change first, then the
        # others hear of it (Qt calls slots in the order they were connected). Qt's insert
        # and remove shift the items below; a move or a new order (beginMoveRows, relayout)
        # only remaps indexes and leaves every item where it was, as does `_painted`.
        self.rowsAboutToBeInserted.connect(self._inserting)
        self.rowsRemoved.connect(self._removed)
        self.modelReset.connect(self._reset)

    def key(self, row: int) -> Any:
        raise NotImplementedError

    def cell(self, row: int, column: int) -> tuple[Any, Any, Any] | None:
        raise NotImplementedError

    def right(self, column: int) -> bool:
        return False

    def insert_rows(self, at: int, count: int, apply: Callable[[], None]) -> None:
        """Insert `count` rows at `at`; `apply()` puts their keys in, once Qt has told
        everyone rows are coming and before anyone can ask for them."""
        self._apply = apply
        self.insertRows(at, count)

    def remove_rows(self, first: int, count: int, apply: Callable[[], None]) -> None:
        """Remove `count` rows from `first`; `apply()` takes their keys out after Qt removed
        them and before anyone hears they are gone (whoever reacts reads the new rows)."""
        self._apply = apply
        self.removeRows(first, count)

    def set_row_count(self, count: int) -> None:
        """The row count inside a model reset (begin/endResetModel around it): nobody is told
        of the rows one by one."""
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(count)
        finally:
            self.blockSignals(blocked)

    def _inserting(self, _parent, first: int, last: int) -> None:
        n = last - first + 1
        self._painted = {r + n if r >= first else r: v for r, v in self._painted.items()}
        self._applied()

    def _removed(self, _parent, first: int, last: int) -> None:
        n = last - first + 1
        self._painted = {
            r - n if r > last else r: v for r, v in self._painted.items() if not first <= r <= last
        }
        self._applied()

    def _reset(self) -> None:
        self._painted = {}

    def _applied(self) -> None:
        if self._apply is not None:
            apply, self._apply = self._apply, None
            apply()

    def paint_rows(self, rows: Iterable[int]) -> list[int]:
        """Make the items of `rows` hold what the model shows now; the rows that changed."""
        changed = []
        columns = self.columnCount()
        blocked = self.blockSignals(True)  # a copy for painting: nobody needs to hear of it
        try:
            for row in rows:
                now = (self.key(row), tuple(self.cell(row, c) for c in range(columns)))
                was = self._painted.get(row)
                if now == was:
                    continue
                for c, got in enumerate(now[1]):
                    if was is None or was[1][c] != got:
                        self._write(row, c, got)
                self._painted[row] = now
                changed.append(row)
        finally:
            self.blockSignals(blocked)
        return changed

    def announce(self, rows: list[int]) -> None:
        """Tell views the items of `rows` changed (a view whose columns fit their contents
        sizes them again); only rows still there."""
        last = self.columnCount() - 1
        for r in rows:
            if 0 <= r < self.rowCount():
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def _write(self, row: int, column: int, got: tuple[Any, Any, Any] | None) -> None:
        item = self.item(row, column)
        if item is None:
            item = QStandardItem()
            item.setFlags(_FLAGS)
            if self.right(column):
                item.setData(_RIGHT, _ALIGN)
            self.setItem(row, column, item)
        text, bg, fg = got if got is not None else (None, None, None)
        item.setData(text, _DISPLAY)
        item.setData(bg, _BACKGROUND)
        item.setData(fg, _FOREGROUND)


class PaintedProxy(QSortFilterProxyModel):
    """A filter over a `CellStore` that adds no Python per painted cell beyond one call: the
    cell's item answers every role in Qt. (Qt's proxy asks the model's data() once per
    role, and QStandardItemModel's own multiData does the same for models that override
    data(): seven Python calls a cell.) A view's sort goes to the store (`sort`)."""

    _store: CellStore | None = None

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        self._store = model  # kept: sourceModel() finds the Python object anew each call

    def multiData(self, index, span) -> None:
        item = self._store.itemFromIndex(self.mapToSource(index))
        if item is not None:
            item.multiData(span)
        else:
            for rd in span:  # Qt reuses the span from cell to cell: clear every role
                rd.clearData()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A view's sort (its header, `sortByColumn`, enabling sorting) orders the store's
        rows (its `order_by`, see models/order.py): this proxy never sorts (its sort column
        stays -1, so a new row is not placed by Python comparisons) and shows the rows it
        lets through in the store's order."""
        self._store.order_by(column, order == Qt.SortOrder.DescendingOrder)


class _BeforePaint(QObject):
    """The event filter on a view's viewport that fills its visible rows before a paint."""

    def __init__(self, view, store: CellStore, resize: bool) -> None:
        super().__init__(view)
        self.view = view
        self.store = store
        self.resize = resize

    def eventFilter(self, obj, ev) -> bool:
        if ev.type() == QEvent.Type.Paint:
            changed = self.store.paint_rows(self.visible_rows())
            if changed and self.resize:  # columns sized to their contents: size them again
                QTimer.singleShot(0, self, lambda: self.store.announce(changed))
        return False

    def visible_rows(self) -> list[int]:
        view = self.view
        model = view.model()
        n = model.rowCount()
        top = view.rowAt(0)
        if top < 0 or n == 0:
            return []
        bottom = view.rowAt(view.viewport().height() - 1)
        rows = range(top, (bottom if bottom >= 0 else n - 1) + 1)
        if model is self.store:
            return list(rows)
        out = []
        for r in rows:  # through the proxies down to the store
            index, m = model.index(r, 0), model
            while m is not self.store and index.isValid():
                index, m = m.mapToSource(index), m.sourceModel()
            if index.isValid():
                out.append(index.row())
        return out


def no_shaping(view) -> None:
    """Lay out a table's cells without HarfBuzz shaping: its text is Han, Latin and digits,
    which need none, and shaping each cell's text twice a paint (its size, then its drawing)
    was the largest part of the board's repaint (py-spy --native: 13 -> 10-11 ms)."""
    font = view.font()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    view.setFont(font)


def fill_before_paint(view, *, resize: bool = False) -> None:
    """Have `view` fill its visible rows' cells before each paint when the model it shows
    (through any proxies) is a `CellStore`; `resize`: its columns fit their contents."""
    model = view.model()
    while model is not None and not isinstance(model, CellStore):
        model = model.sourceModel() if hasattr(model, "sourceModel") else None
    if model is not None:
        view.viewport().installEventFilter(_BeforePaint(view, model, resize))
