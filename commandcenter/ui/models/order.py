"""Display order of a table's rows, kept by the model itself (no Qt here).

A view sorted by `QSortFilterProxyModel` calls Python for every comparison: two `index()`
calls and one `lessThan` per comparison, ~57,000 comparisons for 9,500 incidents (0.4 s before
the desk's first paint, py-spy, issue 15). So `EntityModel` keeps its rows in the order the
view asks for: a sort is one `sorted()` over cached keys (C comparisons), a new or changed row
finds its place by binary search (~14 comparisons), and the proxy only filters.

The order is the one Qt's proxy gave: ascending or descending by the column's sort value, a
missing value (None) lowest, equal values in insertion order (both sorts are stable).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Ordinal = tuple


def ordinal(value: Any) -> Ordinal:
    """A key that sorts None first and never compares None with a value."""
    return (0,) if value is None else (1, value)


def _text_ordinal(value: Any) -> Ordinal:
    return (0,) if value is None else (1, str(value))


def sort_keys(keys: Sequence[Any], values: dict[Any, Any], descending: bool) -> list[Any]:
    """`keys` in display order, by `values` (every key's sort value). With no missing value
    the sort's key is the dict's own lookup (no Python call per key: 9,500 incidents, ~5 ms).
    Values of a column that do not compare with each other (never mixed so far) fall back to
    their text, as the proxy's `lessThan` did."""
    try:
        if None not in (values[k] for k in keys):
            return sorted(keys, key=values.__getitem__, reverse=descending)
        return sorted(keys, key=lambda k: ordinal(values[k]), reverse=descending)
    except TypeError:
        return sorted(keys, key=lambda k: _text_ordinal(values[k]), reverse=descending)


def slot(keys: Sequence[Any], key: Any, value: Callable[[Any], Any], descending: bool) -> int:
    """Where `key` goes in `keys` (already in display order): after every row with an equal
    value, as a stable sort puts the newest entity (the last inserted) after its equals."""
    v = ordinal(value(key))
    lo, hi = 0, len(keys)
    if hi and _before(v, keys[0], value, descending):
        return 0  # a live feed's newest row: ahead of every other, no search
    while lo < hi:
        mid = (lo + hi) // 2
        m = ordinal(value(keys[mid]))
        try:
            before = m < v if descending else v < m
        except TypeError:
            a, b = _text_ordinal(value(key)), _text_ordinal(value(keys[mid]))
            before = b < a if descending else a < b
        if before:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _before(v: Ordinal, other: Any, value: Callable[[Any], Any], descending: bool) -> bool:
    """Whether a row of ordinal `v` goes before `other` (never before an equal one)."""
    m = ordinal(value(other))
    try:
        return m < v if descending else v < m
    except TypeError:
        return False  # values that do not compare: the search (and its text fallback) decides


def in_place(keys: Sequence[Any], row: int, value: Callable[[Any], Any], descending: bool) -> bool:
    """Whether the row at `row` is still in order with its neighbours (its value changed)."""
    v = ordinal(value(keys[row]))

    def ok(a: Ordinal, b: Ordinal) -> bool:  # a may stand before b
        try:
            return not (a < b) if descending else not (b < a)
        except TypeError:
            return False

    return (row == 0 or ok(ordinal(value(keys[row - 1])), v)) and (
        row == len(keys) - 1 or ok(v, ordinal(value(keys[row + 1])))
    )


def runs(
    keys: Sequence[Any], new: Sequence[Any], value: Callable[[Any], Any], descending: bool
) -> list[tuple[int, list[Any]]]:
    """Where `new` keys go in `keys` (already in display order): (place, run) pairs, each run
    a block of new keys that share a place, the last place first, so that inserting the runs
    in this order leaves the places still to come where they were computed. A live feed's
    newest rows are one run at the top; history read later is one run at the bottom."""
    new = sort_keys(new, {k: value(k) for k in new}, descending)
    slots = [slot(keys, k, value, descending) for k in new]
    out = []
    end = len(new)
    while end > 0:
        start, at = end - 1, slots[end - 1]
        while start > 0 and slots[start - 1] == at:
            start -= 1
        out.append((at, new[start:end]))
        end = start
    return out
