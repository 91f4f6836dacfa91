"""The one-call cell path shared by the desk's tables: `CellTable` answers every role of a
painted cell in one Python call (`fill`); `CellProxy` maps a cell once and lets its source
answer; `relayout` reorders a model's rows keeping persistent indexes; `hand_sort` gives a
view's sort to the source model (`order_by`); `refilter` changes a proxy's filter on any
Qt 6; `clock_tick` ages cached cells.

Painting a cell asks for seven roles; through a proxy each was three Python calls (the proxy's
`mapToSource` asks `rowCount` and `columnCount` too), which made Python half of a table's paint
(py-spy, bench/desk.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: a table's only parent
CLOCK = [0]  # bumped once a second by the desk: cached cells older than that are redone


def clock_tick() -> None:
    """A second passed: countdowns and overdue colours must be worked out again."""
    CLOCK[0] += 1


class CellTable(QAbstractTableModel):
    """A table model that answers a painted cell in one Python call: subclasses give
    `rowCount`, `columnCount` and `fill(row, column, span)`."""

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # Qt's own index() asks rowCount and columnCount: two Python calls per cell and role
        ok = 0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        return self.createIndex(row, column) if ok and not parent.isValid() else QModelIndex()

    def multiData(self, index: Index, span: Any) -> None:
        # Qt's item delegate reuses one span from cell to cell: `fill` sets or clears every
        # role, and a cell that is not there clears them all
        if index.isValid():
            self.fill(index.row(), index.column(), span)
        else:
            clear(span)

    def fill(self, row: int, column: int, span: Any) -> None:
        raise NotImplementedError


class CellProxy(QSortFilterProxyModel):
    """A proxy over a `CellTable` that maps a painted cell once and lets the source answer
    every role (Qt's default asks `data` once per role, each through `mapToSource`)."""

    def multiData(self, index: Index, span: Any) -> None:
        src = self.mapToSource(index)
        if src.isValid():
            self.sourceModel().fill(src.row(), src.column(), span)
        else:
            clear(span)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        hand_sort(self, column, order)


def relayout(
    model: QAbstractItemModel,
    before: Sequence[Hashable],
    after: Sequence[Hashable],
    swap: Callable[[], None],
) -> None:
    """Put `model`'s rows in a new order: `before` and `after` are the rows' keys in the old
    and new order, `swap()` installs the new one. Persistent indexes (a proxy's mapping, and
    through it a view's selection) follow their rows' keys."""
    model.layoutAboutToBeChanged.emit()
    old = model.persistentIndexList()
    was = [before[i.row()] if 0 <= i.row() < len(before) else None for i in old]
    swap()
    row = {k: i for i, k in enumerate(after)}
    model.changePersistentIndexList(
        old,
        [
            model.index(row[k], i.column()) if k in row else QModelIndex()
            for k, i in zip(was, old, strict=True)
        ],
    )
    model.layoutChanged.emit()


def hand_sort(proxy: QSortFilterProxyModel, column: int, order: Qt.SortOrder) -> None:
    """A view's sort (its header, `sortByColumn`, enabling sorting) orders the proxy's source
    model's rows (its `order_by`, see models/order.py): the proxy never sorts (its sort
    column stays -1, so a source insert is not placed by Python comparisons) and shows the
    rows it lets through in the source's order."""
    proxy.sourceModel().order_by(column, order == Qt.SortOrder.DescendingOrder)


def clear(span: Any) -> None:
    for rd in span:
        rd.clearData()


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a proxy's filter: begin/endFilterChange on Qt 6.10+, invalidateFilter before."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateFilter()
