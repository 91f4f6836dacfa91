"""The map hands changed marker groups to pyqtgraph one per turn of the loop; whatever the
order and however often it repaints before they are all set, each marker shows the
incident's place and level as the situation has it (the last markers worked out win)."""

from __future__ import annotations

from desk_fixtures import DeskEnv

from commandcenter.ui import theme


def _report(iid: str, severity: int, lon: float) -> tuple[str, dict]:
    return "incident.reported", {
        "incident": iid,
        "type": "flood",
        "severity": severity,
        "title": f"{iid} 洪涝",
        "place": {"township": "T02", "lon": lon, "lat": 31.2},
    }


def _on_map(map_) -> dict[str, tuple[str, float]]:
    """incident -> (colour, longitude) of every incident marker pyqtgraph draws."""
    out = {}
    for colour, item in map_.scatters["incidents"].items():
        for p in item.points():
            assert p.data() not in out, f"{p.data()} drawn twice"
            out[p.data()] = (colour, p.pos().x())
    return out


def _expected(state) -> dict[str, tuple[str, float]]:
    return {
        i.id: (theme.SEVERITY[i.severity], i.place.lon)
        for i in state.incidents.values()
        if i.place.lon is not None and i.status != "closed"
    }


def test_markers_set_in_turns_end_as_the_situation_is(qtbot, qloop, tmp_path):
    env = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    try:
        map_ = env.window.pane("pane.map")
        map_.build()
        first = [_report(f"M{i}", 1 + i % 4, 107.0 + i / 100) for i in range(12)]
        env.run(env.station.submit_many(first))
        env.run(env.settle())
        map_.repaint_markers()
        assert len(map_._to_set) == 4, "four colours changed: handed over in turns, not at once"
        # before the queue drains (no turn of the loop runs: the station's synchronous `do`),
        # two of them change level and a new one arrives; the map looks again
        changes = [
            ("incident.severity_changed", {"incident": "M0", "severity": 4, "reason": "复核"}),
            ("incident.severity_changed", {"incident": "M5", "severity": 1, "reason": "复核"}),
            _report("M99", 2, 107.9),
        ]
        env.station.do_many(changes)
        map_.repaint_markers()
        assert len(map_._to_set) > 4  # stale groups still queued ahead of the new ones
        env.desk.flush()  # every turn the desk still owes, the map's included
        assert not map_._to_set
        assert _on_map(map_) == _expected(env.station.state)
        assert _on_map(map_)["M0"][0] == theme.SEVERITY[4]
    finally:
        env.close()
