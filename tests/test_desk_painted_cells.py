"""A table paints from cells Qt holds (models/painted.py): no Python call per painted cell,
and what a view paints is always what the model says now, through new, changed, moved,
re-sorted, filtered and removed rows and the clock's countdowns."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate

from commandcenter.ui.models.base import Column, EntityModel
from commandcenter.ui.models.cells import clock_tick
from commandcenter.ui.models.proxy import FilterProxy
from commandcenter.ui.panes.base import make_table


class Seen(QStyledItemDelegate):
    """The text and background the real delegate painted in each visible cell."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.cells: dict[tuple[int, int], tuple[str, str]] = {}

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        bg = option.backgroundBrush
        tint = bg.color().name() if bg.style() != Qt.BrushStyle.NoBrush else ""
        self.cells[(index.row(), index.column())] = (option.text, tint)


class Hot(EntityModel):
    def background(self, obj, column):
        return QColor("#ffcc00") if obj["hot"] else None


def _model(items: dict, clock: list[int]) -> Hot:
    return Hot(
        lambda: items,
        [
            Column("名称", lambda o: o["name"]),
            Column("数", lambda o: str(o["n"]), lambda o: o["n"], right=True),
            Column("时限", lambda o: f"剩 {o['n'] * 10 - clock[0]} 秒"),  # the clock's column
        ],
    )


def _painted(view) -> dict:
    seen = view.itemDelegate()
    seen.cells.clear()
    view.grab()
    return seen.cells


def _expected(view, items: dict, clock: list[int]) -> dict:
    """What each visible cell must show, worked out from the items, not from the model."""
    proxy = view.model()
    out = {}
    for r in range(proxy.rowCount()):
        if view.visualRect(proxy.index(r, 0)).intersects(view.viewport().rect()):
            o = items[proxy.key_at(r)]
            tint = "#ffcc00" if o["hot"] else ""
            texts = (o["name"], str(o["n"]), f"剩 {o['n'] * 10 - clock[0]} 秒")
            for c, text in enumerate(texts):
                out[(r, c)] = (text, tint)
    return out


def test_painting_calls_no_python_per_cell_and_shows_the_model(qtbot) -> None:
    clock = [0]
    items = {f"k{i}": {"name": f"点{i}", "n": i, "hot": i % 3 == 0} for i in range(200)}
    model = _model(items, clock)
    view = make_table(FilterProxy(model), sort=(1, Qt.SortOrder.DescendingOrder))
    view.setItemDelegate(Seen(view))
    view.resize(600, 400)
    qtbot.addWidget(view)
    calls = []
    model.data = lambda *a: calls.append(a) or EntityModel.data(model, *a)
    painted = _painted(view)
    assert len(painted) > 30 and painted == _expected(view, items, clock)
    assert calls == []  # seven roles a cell, every cell: all answered by Qt's items
    assert model.index(0, 0).data() == "点199"  # a reader that is not a paint asks Python


def test_what_is_painted_follows_every_change(qtbot) -> None:
    rnd = random.Random(24)
    clock = [0]
    # few distinct values: neighbouring rows often show the same cells, so an item that kept
    # another row's content after rows went in or out would go unnoticed by a comparison
    items = {
        f"k{i}": {"name": f"点{i % 3}", "n": rnd.randint(0, 6), "hot": False} for i in range(60)
    }
    model = _model(items, clock)
    proxy = FilterProxy(model)
    view = make_table(proxy, sort=(1, Qt.SortOrder.DescendingOrder))
    view.setItemDelegate(Seen(view))
    view.resize(600, 300)
    qtbot.addWidget(view)
    born = len(items)
    for step in range(200):
        what = rnd.random()
        if what < 0.25:  # new entities
            new = [f"k{born + j}" for j in range(rnd.randint(1, 5))]
            born += len(new)
            for k in new:
                items[k] = {
                    "name": f"点{born % 3}",
                    "n": rnd.randint(0, 6),
                    "hot": rnd.random() < 0.3,
                }
            model.refresh(new)
        elif what < 0.55:  # changed: a new sort value (a move), a new name, a tint
            keys = rnd.sample(sorted(items), rnd.randint(1, 3))
            for k in keys:
                o = dict(items[k])
                o["n"], o["hot"] = rnd.randint(0, 6), not o["hot"]
                o["name"] = o["name"][:2] if len(o["name"]) > 2 else o["name"] + "·"
                items[k] = o
            model.refresh(keys)
        elif what < 0.65:  # a record retired
            del items[rnd.choice(sorted(items))]
            model.refresh(None)
        elif what < 0.75:  # a header click
            view.sortByColumn(rnd.choice([0, 1]), rnd.choice(list(Qt.SortOrder)))
        elif what < 0.85:  # the officer filters
            limit = rnd.choice([None, 2, 4, 6])
            proxy.set_accept(None if limit is None else (lambda o, m=limit: o["n"] < m))
        elif what < 0.95:  # a second passes: every countdown changes, nothing else
            clock[0] += 1
            clock_tick()
            model.dataChanged.emit(model.index(0, 2), model.index(model.rowCount() - 1, 2))
        else:  # scrolled
            view.verticalScrollBar().setValue(rnd.randint(0, view.verticalScrollBar().maximum()))
        assert _painted(view) == _expected(view, items, clock), step
