"""The hub refuses a ts far ahead of its clock, and records who decided under each token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from test_sync_kit import Rig, count, incident, run, synced, until

from commandcenter.cli import cli
from commandcenter.hub.actors import actors_of
from commandcenter.hub.intake import MAX_AHEAD


def test_a_ts_far_ahead_is_refused_with_the_reason_and_old_ones_pass(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("field-1", role="field")
            rig.token("field-1", "field")
            link = rig.link(st)
            now = datetime.now(UTC)
            st.clock = lambda: now - timedelta(days=3)  # decided offline three days ago
            await st.submit(*incident("old"))
            st.clock = lambda: now + MAX_AHEAD / 2  # a clock a little fast is fine
            await st.submit(*incident("fast"))
            await synced(link, 2)
            st.clock = lambda: datetime(2099, 1, 1, tzinfo=UTC)
            await st.submit(*incident("future"))
            s = await until(link, lambda s: s.rejected is not None)
            assert s.rejected.code == "invalid" and "ahead of the hub's clock" in s.rejected.reason
            assert await count(rig.hub) == 2

    run(scenario())


def test_the_hub_records_each_stations_actors_and_hub_list_shows_them(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("field-1", role="field")
            rig.token("field-1", "field")
            link = rig.link(st)
            await st.submit(*incident("a"))
            await st.submit(*incident("b"), actor="局长")  # a field token signing as 局长
            await st.submit(*incident("c"))
            await synced(link, 3)
            names = await rig.hub.writer.run(actors_of, rig.journal, "field-1")
            assert names == ["field-1-officer", "局长"]

    run(scenario())
    out = CliRunner().invoke(cli, ["hub", "list", "--db", str(tmp_path / "hub.db")])
    assert out.exit_code == 0 and "actors: field-1-officer, 局长" in out.output
