"""What the panes do per batch of a live feed stays proportional to the batch (issue 15)."""

from __future__ import annotations

from commandcenter.ui.models.base import Column, EntityModel
from commandcenter.ui.panes.orders import _TOUCH_ORDERS


def test_orders_are_refreshed_only_for_kinds_that_can_change_one() -> None:
    for kind in ("team.dispatched", "evac.started", "stock.transferred", "order.signed",
                 "order.answered", "evac.cleared"):  # fmt: skip
        assert kind in _TOUCH_ORDERS, kind
    for kind in ("incident.reported", "incident.followup", "decision.logged"):
        assert kind not in _TOUCH_ORDERS, kind


def test_refresh_appends_the_new_tail_and_still_finds_keys_of_a_replaced_state(qtbot) -> None:
    state = {"items": {f"k{i}": i for i in range(5)}}
    model = EntityModel(lambda: state["items"], [Column("n", str)])
    model.refresh(None)
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    state["items"].update({"k5": 5, "k6": 6})
    model.refresh([])
    assert inserted == [(5, 6)] and [model.key(r) for r in (5, 6)] == ["k5", "k6"]
    # a different state whose new key is not at the end: found by the full look-up
    state["items"] = {"x": 9, **{f"k{i}": i for i in range(7)}}
    model.refresh([])
    assert model.row_of("x") == 7 and model.rowCount() == 8
