"""调拨: move materials from one warehouse to another, optionally for an incident."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import vocab
from .footer import add_footer
from .pick import matches, resolve, searchable

LEVEL_ORDER = {"city": 0, "county": 1, "township": 2, "village": 3}


class TransferDialog(QDialog):
    def __init__(
        self, desk, *, incident: str = "", source: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.task = None
        self.setWindowTitle(self.tr("物资调拨"))
        s = desk.state
        stores = sorted(s.warehouses.values(), key=lambda w: (LEVEL_ORDER.get(w.level, 9), w.name))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)
        self.source = QComboBox()
        self.target = QComboBox()
        for box in (self.source, self.target):
            searchable(box)
            for w in stores:
                box.addItem(f"{w.name} ({vocab(w.level)})", w.id)
        self.item = QComboBox()
        searchable(self.item)
        self.qty = QSpinBox()
        self.qty.setRange(1, 10_000_000)
        self.incident = QComboBox()
        self.incident.addItem(self.tr("(不关联事件)"), "")
        for inc in s.incidents.values():
            if inc.status != "closed":
                self.incident.addItem(inc.title, inc.id)
        self.note = QLineEdit()
        form.addRow(self.tr("调出仓库"), self.source)
        form.addRow(self.tr("物资"), self.item)
        form.addRow(self.tr("数量"), self.qty)
        form.addRow(self.tr("调入仓库"), self.target)
        form.addRow(self.tr("用于事件"), self.incident)
        form.addRow(self.tr("备注"), self.note)
        self.have = QLabel()
        lay.addWidget(self.have)
        self.error, self.ok = add_footer(self, lay, self.tr("调拨"))
        self.source.currentIndexChanged.connect(self._items)
        self.item.currentIndexChanged.connect(self._show_have)
        self.item.editTextChanged.connect(self._show_have)
        if source:
            self.source.setCurrentIndex(max(0, self.source.findData(source)))
        if incident:
            self.incident.setCurrentIndex(max(0, self.incident.findData(incident)))
        self.target.setCurrentIndex(1 if self.target.count() > 1 else 0)
        self._items()
        self.setMinimumWidth(480)

    def _items(self) -> None:
        wh = self.desk.state.warehouses.get(self.source.currentData())
        self.item.clear()
        for name in sorted(wh.stock if wh else {}):
            self.item.addItem(name, name)
        self._show_have()

    def _show_have(self, *_args) -> None:
        """The stock of the item the text names (not the one selected before typing)."""
        wh = self.desk.state.warehouses.get(self.source.currentData())
        rows = matches(self.item, self.item.currentText())
        name = self.item.itemData(rows[0]) if len(rows) == 1 else ""
        if wh and name:
            unit = self.desk.state.items.get(name)
            self.have.setText(
                self.tr("{item} 库存: {qty} {unit}").format(
                    item=name, qty=wh.stock.get(name, 0), unit=unit.unit if unit else ""
                )
            )
        elif wh and self.item.currentText().strip():
            self.have.setText(self.tr("没有相符的物资"))
        else:
            self.have.setText("")

    def select(self, *, source: str = "", target: str = "", item: str = "", qty: int = 0) -> None:
        if source:
            self.source.setCurrentIndex(self.source.findData(source))
        if target:
            self.target.setCurrentIndex(self.target.findData(target))
        if item:
            self.item.setCurrentIndex(self.item.findData(item))
        if qty:
            self.qty.setValue(qty)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.task is not None and not self.task.done():
            return
        typed = self.item.currentText()
        try:
            source = resolve(self.source, self.tr("调出仓库"))
            if self.item.currentText() != typed:  # a new source refilled the items
                self.item.setEditText(typed)
            if self.item.count() == 0:
                raise ValueError(self.tr("调出仓库没有库存物资"))
            item = resolve(self.item, self.tr("物资"))
            target = resolve(self.target, self.tr("调入仓库"))
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.error.hide()
        payload = {
            "source": source,
            "target": target,
            "item": item,
            "qty": self.qty.value(),
            "incident": self.incident.currentData() or "",
            "note": self.note.text().strip(),
        }
        self.task = self.desk.submit(
            [("stock.transferred", payload)],
            done=lambda _e: self.done(QDialog.DialogCode.Accepted),
            failed=self.show_error,
        )
