"""`order.slot` puts a new row where a stable sort of all the rows would: after its equals,
a missing value lowest, both directions (its fast path for a row that goes first too)."""

from __future__ import annotations

import random

from commandcenter.ui.models import order


def test_slot_agrees_with_a_stable_sort():
    rnd = random.Random(3)
    for trial in range(400):
        values = {f"k{i}": rnd.choice([None, *range(6)]) for i in range(rnd.randrange(0, 12))}
        descending = bool(trial % 2)
        keys = order.sort_keys(list(values), values, descending)
        new = f"n{trial}"
        values[new] = rnd.choice([None, -1, 0, 3, 5, 9])  # often ahead of every row
        at = order.slot(keys, new, values.__getitem__, descending)
        assert [*keys[:at], new, *keys[at:]] == order.sort_keys([*keys, new], values, descending)
