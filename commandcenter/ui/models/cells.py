"""What the desk's table models share (painting itself is models/painted.py): the roles and
index types, `relayout` (reorder a model's rows keeping persistent indexes), `refilter`
(change a proxy's filter on any Qt 6) and `clock_tick` (cells cached for a second are worked
out again).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
CLOCK = [0]  # bumped once a second by the desk: cached cells older than that are redone


def clock_tick() -> None:
    """A second passed: countdowns and overdue colours must be worked out again."""
    CLOCK[0] += 1


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


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a proxy's filter: begin/endFilterChange on Qt 6.10+, invalidateFilter before."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateFilter()
