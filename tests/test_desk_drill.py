"""Drill mode on the real desk: entering is logged in the real journal, the window shows the
drill (watermark, frame, 演练控制), everything done there lands in the drill world, and leaving
returns to the untouched real state."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta

from commandcenter.demo import init_demo
from commandcenter.store import Journal
from commandcenter.ui.startup import DeskOptions, Launcher

SHOTS = os.environ.get("CC_SHOTS")  # set to a folder to keep the screenshots


def test_drill_mode_plays_in_its_own_world_and_leaves_reality_untouched(qtbot, qloop, tmp_path,
                                                                         monkeypatch):  # fmt: skip
    monkeypatch.setenv("COMMANDCENTER_HOME", str(tmp_path / "home"))
    real_db = tmp_path / "county.db"
    with Journal(real_db) as j:
        init_demo(j, now=datetime.now(UTC) - timedelta(hours=1))
        before = [e.id for e in j.all_events()]
    lch = Launcher(DeskOptions(db=str(real_db), serve=False, size=(1600, 1000)))

    async def steps():
        await lch.start()
        real = lch.station
        real_state = real.state.clone()
        mode = lch.drill_mode
        await mode.enter("panshi-landslide", speed=600)
        w = lch.window
        assert lch.desk.station is not real and lch.desk.station.station == f"drill-{real.station}"
        assert w.windowTitle().startswith("【演练】") and w.watermark is not None
        assert w.drill_frame.isVisible() and mode.pane.isVisible()
        mode.player.paused = True
        for _ in range(4):  # warning, report, 续报, a team drops out
            await mode.step()
        drill = lch.desk.station
        assert "DRILL-PANSHI-01" in drill.state.incidents
        # the officer acts in the drill: the dispatch goes to the drill world only
        team = next(t for t in drill.state.teams.values() if t.status == "standby")
        await lch.desk.submit([("team.dispatched", {"team": team.id,
                                                    "incident": "DRILL-PANSHI-01"})])  # fmt: skip
        await lch.desk.submit([("incident.reported_up",
                                {"incident": "DRILL-PANSHI-01", "stage": "phone"})])  # fmt: skip
        assert drill.state.teams[team.id].status == "dispatched"
        assert real.state.teams[team.id].status == real_state.teams[team.id].status
        lch.desk.select("DRILL-PANSHI-01")
        lch.desk.flush()
        mode._refresh()
        ev = mode.evaluation()
        done = {o.expect.id for o in ev.outcomes if o.met}
        assert {"phone", "dispatch"} <= done
        await asyncio.sleep(0.3)
        if SHOTS:
            w.grab().save(os.path.join(SHOTS, "drill-mode.png"))
            mode.pane.grab().save(os.path.join(SHOTS, "drill-player.png"))
        await mode.leave()
        assert lch.desk.station is real and not lch.window.windowTitle().startswith("【演练】")
        assert getattr(lch.window, "drill_frame", None) is None
        assert "DRILL-PANSHI-01" not in real.state.incidents
        assert real.state.teams == real_state.teams and real.state.zones == real_state.zones
        await lch.stop()

    qloop.run_until_complete(steps())
    with Journal(real_db) as j:
        evs = list(j.all_events())
    assert [e.id for e in evs[: len(before)]] == before
    extra = evs[len(before) :]
    assert [e.kind for e in extra] == ["drill.entered", "drill.left"]  # the crossing, logged
    assert extra[0].payload["scenario"] == "panshi-landslide" and extra[0].actor
    with Journal(tmp_path / "county.drill.db") as world:
        kinds = [e.kind for e in world.all_events()]
    assert kinds.count("drill.inject") == 4 and kinds[-1] == "drill.ended"
    assert "team.dispatched" in kinds[len(before) :]


def test_demo_feed_with_a_real_database_plays_in_a_copy(tmp_path, monkeypatch):
    from commandcenter.demo import DrillFeed
    from commandcenter.store.writer import Writer
    from commandcenter.ui.startup import open_station

    monkeypatch.setenv("COMMANDCENTER_HOME", str(tmp_path / "home"))
    real_db = tmp_path / "county.db"
    with Journal(real_db) as j:
        init_demo(j, now=datetime.now(UTC) - timedelta(hours=1))
        before = [(e.id, e.hash) for e in j.all_events()]
    writer = Writer()
    st = writer.call(open_station, DeskOptions(demo=True, db=str(real_db)), writer)
    try:
        assert st.journal.url.endswith("county.drill.db")
        feed = DrillFeed(3)
        for _ in range(5):
            writer.call(st.do_many, feed.next(st.state, datetime.now(UTC)))
        assert sum(i.drill for i in st.state.incidents.values()) >= 1
    finally:
        writer.call(st.journal.close)
        writer.close()
    with Journal(real_db) as j:
        assert [(e.id, e.hash) for e in j.all_events()] == before  # the real one: untouched
