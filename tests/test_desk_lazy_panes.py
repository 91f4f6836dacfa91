"""The hidden tabs (Pane.LAZY) are built after the desk's first paint, and what they then
show is exactly what an eagerly built pane would: decisions taken before they were built,
the station's role, and anything that reaches into one first (which builds it at once)."""

from __future__ import annotations

from desk_fixtures import DeskEnv
from PySide6.QtWidgets import QPushButton

from commandcenter.ui.i18n import vocab

LAZY = {"pane.materials", "pane.evac", "pane.orders", "pane.posts", "pane.warnings"}


def _zone_cells(pane) -> dict[str, list[str]]:
    m = pane.model
    return {
        m.key(r): [m.data(m.index(r, c)) for c in range(m.columnCount())]
        for r in range(m.rowCount())
    }


def test_hidden_tabs_are_built_after_the_first_paint_and_show_the_situation_then(
    qtbot, qloop, tmp_path
):
    env = DeskEnv(qtbot, qloop, tmp_path / "desk.db", show=False)
    try:
        w = env.window
        assert {n for n, p in w.panes.items() if p.unbuilt} == LAZY
        assert not w.pane("pane.incidents").unbuilt and not w.pane("pane.teams").unbuilt
        # a decision the hidden 3人1屋 tab shows, taken and handed to the panes before it is
        # built: the unbuilt pane skips the batch, so its body must read the state itself
        env.run(env.station.submit("evac.started", {"zone": "Z1", "incident": "I1"}))
        env.run(env.settle())
        assert w.pane("pane.evac").unbuilt
        w.show()
        qtbot.waitUntil(lambda: not any(p.unbuilt for p in w.panes.values()), timeout=5000)
        cells = _zone_cells(w.pane("pane.evac"))
        status = w.pane("pane.evac").model.columns.index(
            next(c for c in w.pane("pane.evac").model.columns if c.title == "状态")
        )
        assert cells["Z1"][status] == vocab(env.station.state.zones["Z1"].status)
        assert env.station.state.zones["Z1"].status == "moving"
        # and it keeps up from then on, as every built pane does
        env.run(env.station.submit("evac.cleared", {"zone": "Z1"}))
        env.run(env.settle())
        assert _zone_cells(w.pane("pane.evac"))["Z1"][status] == vocab(
            env.station.state.zones["Z1"].status
        )
        assert env.station.state.zones["Z1"].status != "moving"
    finally:
        env.close()


def test_reaching_into_an_unbuilt_pane_builds_it_with_the_windows_role(qtbot, qloop, tmp_path):
    env = DeskEnv(qtbot, qloop, tmp_path / "desk.db", show=False)
    try:
        w = env.window
        evac = w.pane("pane.evac")
        assert evac.unbuilt
        w.role = "field"  # as the hub's welcome sets it (MainWindow._link_changed)
        view = evac.view  # an attribute of the body: built now, not an AttributeError
        assert not evac.unbuilt and view.model() is evac.proxy
        buttons = {b.text(): b for b in evac.findChildren(QPushButton)}
        # 启动转移 is not a field station's decision: hidden, as apply_role hides it elsewhere
        assert buttons["启动转移…"].isHidden()
        assert not buttons["转移统计…"].isHidden()
        assert w.pane("pane.orders").unbuilt  # only the pane reached into was built
        try:
            evac.no_such_thing  # noqa: B018 - a real missing attribute still says so
        except AttributeError as exc:
            assert "no_such_thing" in str(exc)
        else:
            raise AssertionError("a missing attribute was found")
        w.show()
        qtbot.waitUntil(lambda: not any(p.unbuilt for p in w.panes.values()), timeout=5000)
    finally:
        env.close()
