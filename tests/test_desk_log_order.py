"""The 值班日志 keeps its rows in the view's order itself (models/log.py): a live batch goes in
at its place by binary search, so the proxy never places rows by Python comparisons (a flood's
120 rows into 12,000 held the GUI 40-50 ms, issue 15), and the order is the time order even
for an event that arrives late."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from commandcenter.domain import Event, State
from commandcenter.ui.models import log as logmod
from commandcenter.ui.models.log import LogFilter, LogModel
from commandcenter.ui.panes.base import make_table

T0 = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def _ev(n: int, minutes: float, actor: str = "张伟") -> Event:
    return Event(
        id=f"e{n:05d}",
        station="desk-01",
        seq=n,
        actor=actor,
        ts=T0 + timedelta(minutes=minutes),
        kind="decision.logged",
        payload={"text": f"第{n}条"},
    )


def _n(text: str) -> int:
    return int(re.search(r"第(\d+)条", text).group(1))


def _shown(view) -> list[int]:
    """The event numbers the view shows, top to bottom, read from the painted sentences."""
    m = view.model()
    return [_n(m.index(r, 3).data()) for r in range(m.rowCount())]


def _table(qtbot, column: int = 0, order=Qt.SortOrder.DescendingOrder):
    model = LogModel()
    view = make_table(LogFilter(model), sort=(column, order))
    qtbot.addWidget(view)
    return model, view


def test_live_rows_go_in_at_the_top_with_no_python_call_per_comparison(qtbot) -> None:
    model, view = _table(qtbot)
    state = State()
    model.append([_ev(n, n) for n in range(3000)], state)
    calls = []
    model.data = lambda *a: calls.append(a) or LogModel.data(model, *a)
    inserts = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.append([_ev(n, n) for n in range(3000, 3120)], state)
    assert inserts == [(0, 119)]  # one insert, at the top
    view.resize(600, 400)
    view.grab()
    assert not calls  # the proxy asked Python nothing to place them, nor the paint per cell
    shown = _shown(view)
    assert shown[:3] == [3119, 3118, 3117] and len(shown) == 3120


def test_late_events_and_history_take_their_places_in_time_order(qtbot) -> None:
    model, view = _table(qtbot)
    state = State()
    rng = random.Random(7)
    minutes = list(range(0, 4000, 2))
    rng.shuffle(minutes)
    for start in range(0, len(minutes), 137):  # batches in no time order at all
        model.append([_ev(m, m) for m in minutes[start : start + 137]], state)
    model.append([_ev(m, m) for m in range(3999, 3399, -2)], state)  # late, between the others
    model.append([_ev(m, -m) for m in range(5000, 5100)], state)  # history, older than all
    shown = [model.rows[r].ts for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) == 2400
    proxy = view.model()
    numbers = _shown(view)
    assert len(numbers) == 2400 and numbers[:3] == [3999, 3998, 3997]
    assert numbers[-3:] == [5097, 5098, 5099] and len(set(numbers)) == 2400
    model.append([_ev(3998, 3998)], state)
    assert proxy.rowCount() == 2400  # an event already shown is not shown twice


def test_equal_times_keep_their_arrival_order_in_both_directions(qtbot) -> None:
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model, view = _table(qtbot, order=order)
        model.append([_ev(1, 5), _ev(2, 5)], State())
        model.append([_ev(3, 5), _ev(4, 9)], State())
        same = [n for n in _shown(view) if n != 4]
        assert same == [1, 2, 3], (order, same)


def test_a_header_click_sorts_by_that_column_and_keeps_the_selection(qtbot) -> None:
    model, view = _table(qtbot)
    actors = ["王", "李", "赵", "孙"]
    model.append([_ev(n, n, actors[n % 4]) for n in range(40)], State())
    proxy = view.model()
    row = _shown(view).index(17)
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.horizontalHeader().sectionClicked.emit(1)  # what a click on 值班人 does
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    who = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert who == sorted(who)
    assert _n(proxy.index(view.currentIndex().row(), 3).data()) == 17
    model.append([_ev(99, 99, "李")], State())  # a new row lands among its equals, last
    who = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert who == sorted(who)
    li = [n for n, w in zip(_shown(view), who, strict=True) if w == "李"]
    assert li[-1] == 99
    assert _n(proxy.index(view.currentIndex().row(), 3).data()) == 17


def test_a_week_long_session_drops_the_oldest_tenth(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(logmod, "MAX_ROWS", 100)
    for column in (0, 2):  # newest first (one block at the bottom), or by 站点 (scattered)
        model, view = _table(qtbot, column=column)
        model.append([_ev(n, n) for n in range(100)], State())
        model.append([_ev(100, 100)], State())
        kept = sorted(_shown(view))
        assert kept == list(range(10, 101)), column
        model.append([_ev(5, 5)], State())  # a dropped event may be shown again
        assert view.model().rowCount() == 92
