"""`FilterProxy`: the filter between an `EntityModel` and its view. It keeps rows whose entity
passes `accept` and whose text has `search`, in the model's own order: a sort the view asks for
(header click, `sortByColumn`) is handed to the model (`EntityModel.order_by`). It adds no
Python to painting: a painted cell goes through Qt's own proxy to Qt-held items
(models/painted.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from .cells import Index, refilter
from .painted import PaintedProxy

if TYPE_CHECKING:
    from .base import EntityModel


class FilterProxy(PaintedProxy):
    """Keep rows whose entity passes `accept` and whose text has `search`, in the source's
    order (a sort is the source's: see `PaintedProxy.sort`)."""

    def __init__(self, source: EntityModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)  # re-filter changed rows
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
        # called once per row when a filter changes (9,500 incidents at start-up): the model
        # is kept here and read directly, not asked through sourceModel(), key() and get()
        self._filtered = True
        model = self._store
        try:
            obj = model._source().get(model._keys[row])
        except IndexError:
            return False
        if obj is None:
            return False
        if self.accept is not None and not self.accept(obj):
            return False
        if self.search:
            return any(self.search in c.text(obj).lower() for c in model.columns)
        return True

    def key_at(self, proxy_row: int) -> str:
        src = self.mapToSource(self.index(proxy_row, 0))
        return self._store.key(src.row()) if src.isValid() else ""
