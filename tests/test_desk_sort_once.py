"""Tables sort once at start-up, in the order the pane asks for (first paint, issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commandcenter.ui.models.base import SORT_ROLE, Column, EntityModel, FilterProxy
from commandcenter.ui.panes.base import make_table


def test_make_table_sorts_once_by_the_requested_column(qtbot) -> None:
    items = {f"k{i}": {"name": f"n{i:03d}", "n": (i * 37) % 101} for i in range(200)}
    model = EntityModel(
        lambda: items,
        [
            Column("名称", lambda o: o["name"]),
            Column("数", lambda o: str(o["n"]), lambda o: o["n"]),
        ],
    )
    model.refresh(None)
    proxy = FilterProxy(model)
    asked = []
    real = model.data

    def counted(index, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE:
            asked.append(index.column())
        return real(index, role)

    model.data = counted  # Python-side override: the proxy calls it for every comparison
    sorts = []
    proxy.layoutChanged.connect(lambda *_: sorts.append(proxy.sortColumn()))
    view = make_table(proxy, sort=(1, Qt.SortOrder.DescendingOrder))
    qtbot.addWidget(view)
    # one sort, by the requested column, none by column 0 first (-1: the presort reorder)
    assert [c for c in sorts if c >= 0] == [1]
    assert set(asked) <= {1}
    values = [proxy.index(r, 1).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True) and len(values) == 200
    header = view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )


def test_presort_orders_rows_once_and_new_entities_still_append(qtbot) -> None:
    items = {f"k{i}": {"n": (i * 37) % 101} for i in range(50)}
    model = EntityModel(lambda: items, [Column("数", lambda o: str(o["n"]), lambda o: o["n"])])
    model.refresh(None)
    layouts = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.presort(0)
    order = [items[model.key(r)]["n"] for r in range(model.rowCount())]
    assert order == sorted(order) and len(layouts) == 1
    assert all(model.row_of(model.key(r)) == r for r in range(model.rowCount()))
    model.presort(0)  # already in order: no second layout change
    assert len(layouts) == 1
    items["new"] = {"n": -1}
    model.refresh(["new"])
    assert model.key(model.rowCount() - 1) == "new" and model.row_of("new") == 50


def test_the_proxy_orders_new_rows_missing_values_and_ties_as_qt_would(qtbot) -> None:
    # FilterProxy.lessThan compares the cached sort keys in Python (one call per comparison)
    items = {f"k{i}": {"n": i % 5} for i in range(20)}
    items["none"] = {"n": None}
    model = EntityModel(lambda: items, [Column("数", lambda o: str(o["n"]), lambda o: o["n"])])
    model.refresh(None)
    proxy = FilterProxy(model)
    view = make_table(proxy, sort=(0, Qt.SortOrder.DescendingOrder))
    qtbot.addWidget(view)
    keys = [proxy.key_at(r) for r in range(proxy.rowCount())]
    assert keys[-1] == "none"  # a missing value sorts below every value, descending
    shown = [items[k]["n"] for k in keys[:-1]]
    assert shown == sorted(shown, reverse=True)
    # ties keep the source's order (a stable sort), as with Qt's own comparison
    fours = [k for k in keys if items[k]["n"] == 4]
    assert fours == sorted(fours, key=lambda k: model.row_of(k))
    items["top"] = {"n": 99}
    model.refresh(["top"])  # a new entity lands where the sort puts it, not at the end
    assert proxy.key_at(0) == "top"
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert proxy.key_at(0) == "none" and proxy.key_at(proxy.rowCount() - 1) == "top"


def test_a_first_filter_set_before_any_row_was_filtered_still_filters(qtbot) -> None:
    items = {f"k{i}": {"n": i} for i in range(30)}
    model = EntityModel(lambda: items, [Column("数", lambda o: str(o["n"]), lambda o: o["n"])])
    model.refresh(None)
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
