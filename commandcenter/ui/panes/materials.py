"""应急物资: warehouses by level, the stock of the selected one, its ledger, and 调拨.

Shortages and overdue "五定" upkeep are tinted; the ledger is read from the journal (every
move of the store), off the GUI thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.vocab import WarehouseLevel

from .. import fmt
from ..flow import FlowLayout
from ..i18n import log_sentence, vocab
from ..models.proxy import FilterProxy
from ..models.stores import StockModel, WarehouseModel
from ..roles import offer
from .base import Pane, fit_columns, make_table

STOCK_KINDS = ("stock.received", "stock.transferred", "stock.issued", "upkeep.done")


class MaterialsPane(Pane):
    NAME = "pane.materials"
    TITLE = "应急物资"
    LAZY = True  # a hidden tab when the desk opens (Pane)

    def __init__(self, desk, actions, parent=None) -> None:
        super().__init__(desk, actions, parent)
        self._describe = log_sentence

    def build_body(self) -> None:
        desk, actions = self.desk, self.actions
        self.stores = WarehouseModel(desk, self)
        self.proxy = FilterProxy(self.stores, self)
        self.stock = StockModel(desk, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = FlowLayout()  # wraps: the pane must fit a 1366-pixel desk
        self.level = QComboBox()
        self.level.addItem(self.tr("全部级别"), "")
        for lv in WarehouseLevel:
            self.level.addItem(vocab(lv), str(lv))
        self.level.currentIndexChanged.connect(self._refilter)
        transfer = offer(QPushButton(self.tr("调拨…")), "stock.transferred")
        transfer.setProperty("primary", True)
        transfer.clicked.connect(lambda: actions.transfer(desk.incident, self.current_store()))
        bar.addWidget(self.level)
        self.stock_buttons = {}
        for name, text in (
            ("receive", self.tr("入库…")),
            ("issue", self.tr("出库…")),
            ("upkeep", self.tr("五定…")),
        ):
            b = QPushButton(text)
            b.clicked.connect(partial(self.stock_dialog, name))
            bar.addWidget(b)
            self.stock_buttons[name] = b
        bar.addWidget(transfer)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.view = make_table(self.proxy, stretch=6)
        fit_columns(self.view, {0: 170, 1: 64, 2: 80, 3: 140, 4: 44, 5: 44})
        self.view.selectionModel().currentRowChanged.connect(self._store_changed)
        split.addWidget(self.view)
        tabs = QTabWidget()
        self.stock_view = make_table(self.stock, stretch=0)
        self.ledger = QListWidget()
        tabs.addTab(self.stock_view, self.tr("库存"))
        tabs.addTab(self.ledger, self.tr("台账"))
        split.addWidget(tabs)
        lay.addWidget(split, 1)
        self.setWidget(body)

    def stock_dialog(self, name: str):
        """入库 / 出库 / 五定 for the selected store (ui/dialogs/stock.py)."""
        from ..dialogs import stock

        wid = self.current_store()
        if not wid:
            self.desk.message.emit(self.tr("请先选中一个仓库"), True)
            return None
        return self.actions._open(getattr(stock, name)(self.desk, self.window(), wid))

    def _refilter(self) -> None:
        level = self.level.currentData()
        self.proxy.set_accept(lambda w: not level or w.level == level)

    def current_store(self) -> str:
        idx = self.view.currentIndex()
        return self.proxy.key_at(idx.row()) if idx.isValid() else ""

    def _store_changed(self, current, _prev) -> None:
        wid = self.proxy.key_at(current.row()) if current.isValid() else ""
        self.stock.set_warehouse(wid)
        self.ledger.clear()
        if wid:
            query = partial(self.desk.station.journal.query, kinds=STOCK_KINDS)
            self.desk.run(self._load_ledger(wid, query))

    async def _load_ledger(self, wid: str, query) -> None:
        evs = await self.desk.read(query)
        if wid == self.stock.warehouse:
            self._add_ledger([e for e in evs if wid in _stores_of(e)])

    def _add_ledger(self, evs) -> None:
        s = self.desk.state
        for ev in evs:
            self.ledger.addItem(f"{fmt.stamp(ev.ts, s)}  {self._describe(ev, s)}")

    def on_update(self, u) -> None:
        self.stores.refresh(None if u.everything else u.touched)
        self.stock.refresh(None if u.everything else u.touched)
        wid = self.stock.warehouse
        if wid:
            self._add_ledger(
                [e for e in u.events if e.kind in STOCK_KINDS and wid in _stores_of(e)]
            )


def _stores_of(ev) -> tuple[str, ...]:
    p = ev.payload
    return tuple(p[k] for k in ("warehouse", "source", "target") if k in p)
