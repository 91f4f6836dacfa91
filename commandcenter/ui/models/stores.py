"""Models of the materials: warehouses (应急物资仓库) and the stock of one warehouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from commandcenter.domain.entities import Warehouse

from .. import theme
from ..i18n import vocab, word
from .base import Column, EntityModel

LOW_STOCK = 10  # below this a line is flagged; the bureau sets real minimums per item later


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreModels", text)


def overdue_upkeep(wh: Warehouse, now: datetime) -> list[str]:
    """The "五定" tasks of a store whose interval has run out."""
    return [u.task for u in wh.upkeep if u.last_done + timedelta(days=u.interval_days) < now]


def shortages(wh: Warehouse) -> int:
    return sum(1 for q in wh.stock.values() if q < LOW_STOCK)


class WarehouseModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        st = lambda: desk.state  # noqa: E731
        cols = [
            Column(_tr("仓库"), lambda w: w.name),
            Column(
                _tr("级别"),
                lambda w: vocab(w.level),
                sort=lambda w: ["city", "county", "township", "village"].index(w.level),
            ),
            Column(_tr("乡镇"), lambda w: st().township_name(w.township) if w.township else ""),
            Column(_tr("管理责任人"), lambda w: f"{w.keeper.name} {w.keeper.phone}".strip()),
            Column(
                _tr("品种"), lambda w: str(len(w.stock)), sort=lambda w: len(w.stock), right=True
            ),
            Column(_tr("短缺"), lambda w: str(shortages(w) or ""), sort=shortages, right=True),
            Column(_tr("五定维护"), self._upkeep),
        ]
        super().__init__(lambda: desk.state.warehouses, cols, parent)

    def _upkeep(self, w: Warehouse) -> str:
        late = overdue_upkeep(w, self.desk.station.clock())
        if not late:
            return _tr("正常")
        return _tr("超期: {tasks}").format(tasks=_tr("、").join(word(t) for t in late))

    def background(self, w: Warehouse, column: int) -> Any:
        if w.conflicts:
            return theme.CONFLICT_TINT
        if column == 6 and overdue_upkeep(w, self.desk.station.clock()):
            return theme.WARN_TINT
        if column == 5 and shortages(w):
            return theme.WARN_TINT
        return None


@dataclass
class StockLine:
    item: str
    qty: int
    unit: str
    category: str


class StockModel(EntityModel):
    """The stock of the selected warehouse (rows keyed by item name)."""

    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        self.warehouse = ""
        self._lines: dict[str, StockLine] = {}
        cols = [
            Column(_tr("物资"), lambda s: s.item),
            Column(_tr("类别"), lambda s: s.category),
            Column(_tr("数量"), lambda s: str(s.qty), sort=lambda s: s.qty, right=True),
            Column(_tr("单位"), lambda s: s.unit),
        ]
        super().__init__(lambda: self._lines, cols, parent)

    def set_warehouse(self, wid: str) -> None:
        self.beginResetModel()  # a different store: not a live feed, a reset is right here
        self.warehouse = wid
        self._lines = {}
        self._keys, self._row = [], {}
        self._rebuild()
        self._keys = list(self._lines)
        self._row = {k: i for i, k in enumerate(self._keys)}
        self.set_row_count(len(self._keys))
        self.endResetModel()

    def _rebuild(self) -> None:
        wh = self.desk.state.warehouses.get(self.warehouse)
        items = self.desk.state.items
        lines: dict[str, StockLine] = {}
        for name, qty in wh.stock.items() if wh else ():
            it = items.get(name)
            lines[name] = StockLine(name, qty, it.unit if it else "", it.category if it else "")
        self._lines = lines

    def refresh(self, touched=None) -> None:
        if touched is not None and self.warehouse and self.warehouse not in touched:
            return
        if hasattr(self, "warehouse"):
            self._rebuild()
        super().refresh(None)

    def background(self, s: StockLine, column: int) -> Any:
        if s.qty <= 0:
            return theme.CONFLICT_TINT
        return theme.WARN_TINT if s.qty < LOW_STOCK else None
