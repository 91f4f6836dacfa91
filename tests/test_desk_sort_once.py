"""Tables keep their rows in the view's order in the model (models/order.py): one `sorted()`
at start-up, new and changed rows placed by binary search, the same order Qt's own proxy sort
gives, and no Python call per comparison (first paint, issue 15)."""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import QSortFilterProxyModel, Qt

from commandcenter.ui.models.base import Column, EntityModel
from commandcenter.ui.models.cells import SORT_ROLE
from commandcenter.ui.models.proxy import FilterProxy
from commandcenter.ui.panes.base import make_table


def _model(items: dict) -> EntityModel:
    return EntityModel(lambda: items, [Column("数", lambda o: str(o["n"]), lambda o: o["n"])])


def _table(qtbot, items: dict, order: Qt.SortOrder):
    """The model over `items`, its proxy and a view sorted by the number."""
    model = _model(items)
    proxy = FilterProxy(model)
    view = make_table(proxy, sort=(0, order))
    qtbot.addWidget(view)
    return model, proxy, view


def _shown(proxy: FilterProxy) -> list[str]:
    return [proxy.key_at(r) for r in range(proxy.rowCount())]


def _qt_order(items: dict, descending: bool) -> list[str]:
    """The order Qt's own proxy sort gives (QVariant comparison of SORT_ROLE). Its ties come
    out in either order (over ~100 rows a descending sort reversed them), so compare values
    with it and check ties separately (`_ties_in_insertion_order`)."""
    # rows in insertion order, never ordered; a missing value lowest, as the desk always had
    # it (Qt's own QVariant comparison puts an invalid value last in both orders)
    plain = EntityModel(
        lambda: items,
        [Column("数", str, lambda o: -1 if o["n"] is None else o["n"])],
    )
    ref = QSortFilterProxyModel()
    ref.setSourceModel(plain)
    ref.setSortRole(SORT_ROLE)
    ref.sort(0, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    return [plain.key(ref.mapToSource(ref.index(r, 0)).row()) for r in range(ref.rowCount())]


def _ties_in_insertion_order(items: dict, shown: list[str]) -> bool:
    born = {k: i for i, k in enumerate(items)}
    return all(
        born[a] < born[b] for a, b in itertools.pairwise(shown) if items[a]["n"] == items[b]["n"]
    )


def _same_values(items: dict, shown: list[str], descending: bool) -> bool:
    expect = [items[k]["n"] for k in _qt_order(items, descending)]
    return [items[k]["n"] for k in shown] == expect and sorted(shown) == sorted(items)


def test_make_table_orders_rows_once_with_no_python_per_comparison(qtbot) -> None:
    items = {f"k{i}": {"n": (i * 37) % 101} for i in range(2000)}
    model = _model(items)
    proxy = FilterProxy(model)
    calls = []
    model.index = lambda *a: calls.append("index") or EntityModel.index(model, *a)
    layouts = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    view = make_table(proxy, sort=(0, Qt.SortOrder.DescendingOrder))
    qtbot.addWidget(view)
    assert len(layouts) == 1  # one reorder, before the proxy first filtered
    assert proxy.sortColumn() == -1  # the proxy itself never sorts
    # Qt's merge sort asked index() twice per comparison (~40,000 here); what is left is the
    # view laying out and painting its visible rows
    assert len(calls) < len(items)
    assert _same_values(items, _shown(proxy), descending=True)
    assert _ties_in_insertion_order(items, _shown(proxy))
    header = view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )


def test_the_order_is_qt_s_for_ties_missing_values_new_and_changed_rows(qtbot) -> None:
    rnd = random.Random(15)
    items = {f"k{i}": {"n": rnd.choice([None, *range(8)])} for i in range(300)}
    model, proxy, view = _table(qtbot, items, Qt.SortOrder.DescendingOrder)
    assert _same_values(items, _shown(proxy), descending=True)
    for step in range(40):  # batches of new entities and changed values, as a feed brings
        touched = [f"n{step}-{j}" for j in range(rnd.randint(0, 5))]
        for k in touched:
            items[k] = {"n": rnd.choice([None, *range(10)])}
        for k in rnd.sample(sorted(items), 3):
            items[k] = {"n": rnd.choice([None, *range(10)])}
            touched.append(k)
        model.refresh(touched)
        # a moved row goes after its new equals, so ties are in insertion order only for
        # rows that never moved: check the values (and that every entity is shown once)
        assert _same_values(items, _shown(proxy), descending=True), step
        assert all(model.row_of(model.key(r)) == r for r in range(model.rowCount()))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # what a header click does
    assert _same_values(items, _shown(proxy), descending=False)
    model.refresh(None)  # a full refresh keeps the order
    assert _same_values(items, _shown(proxy), descending=False)


def test_a_new_entity_lands_at_its_place_and_ties_keep_insertion_order(qtbot) -> None:
    items = {f"k{i}": {"n": i % 5} for i in range(20)}
    items["none"] = {"n": None}
    model, proxy, _view = _table(qtbot, items, Qt.SortOrder.DescendingOrder)
    keys = _shown(proxy)
    assert keys[-1] == "none"  # a missing value sorts below every value, descending
    assert [k for k in keys if items[k]["n"] == 4] == ["k4", "k9", "k14", "k19"]
    items["top"], items["four"] = {"n": 99}, {"n": 4}
    model.refresh(["top", "four"])
    keys = _shown(proxy)
    assert keys[0] == "top"
    assert keys[1:6] == ["k4", "k9", "k14", "k19", "four"]  # after its equals, as Qt's


def test_a_moved_row_keeps_the_selection(qtbot) -> None:
    items = {f"k{i}": {"n": i} for i in range(50)}
    model, proxy, view = _table(qtbot, items, Qt.SortOrder.AscendingOrder)
    view.selectRow(10)
    assert proxy.key_at(view.currentIndex().row()) == "k10"
    items["k10"] = {"n": 1000}  # its sort value changes: the row moves to the bottom
    model.refresh(["k10"])
    assert _shown(proxy)[-1] == "k10"
    assert proxy.key_at(view.currentIndex().row()) == "k10"
    rows = view.selectionModel().selectedRows()
    assert [proxy.key_at(i.row()) for i in rows] == ["k10"]


def test_a_first_filter_set_before_any_row_was_filtered_still_filters(qtbot) -> None:
    items = {f"k{i}": {"n": i} for i in range(30)}
    model = _model(items)
    proxy = FilterProxy(model)
    passed = []
    proxy.set_accept(lambda o: passed.append(1) or o["n"] % 3 == 0)  # set, not re-run
    assert passed == []
    view = make_table(proxy, sort=(0, Qt.SortOrder.AscendingOrder))
    qtbot.addWidget(view)
    assert [items[proxy.key_at(r)]["n"] for r in range(proxy.rowCount())] == list(range(0, 30, 3))
    assert len(passed) == 30  # each row filtered once
    proxy.set_accept(lambda o: o["n"] < 5)  # a later change filters again
    assert [items[proxy.key_at(r)]["n"] for r in range(proxy.rowCount())] == [0, 1, 2, 3, 4]


def test_a_flood_batch_is_one_insert_and_a_scattered_import_one_sort(qtbot) -> None:
    items = {f"k{i}": {"n": i} for i in range(3000)}
    model, proxy, _view = _table(qtbot, items, Qt.SortOrder.DescendingOrder)
    inserts, layouts = [], []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.layoutChanged.connect(lambda *_a: layouts.append(1))
    for i in range(3000, 3400):  # 400 newest incidents in one late batch: all on top
        items[f"k{i}"] = {"n": i}
    model.refresh([f"k{i}" for i in range(3000, 3400)])
    assert inserts == [(0, 399)] and not layouts  # no reorder: the proxy refilters nothing
    assert _same_values(items, _shown(proxy), descending=True)
    inserts.clear()
    for i in range(200):  # an import whose rows land all over the table: sorted once
        items[f"m{i}"] = {"n": i * 17 + 0.5}
    model.refresh([f"m{i}" for i in range(200)])
    assert len(layouts) == 1 and len(inserts) == 1
    assert _same_values(items, _shown(proxy), descending=True)
