"""The conformance kit passes against our hub and names what a non-conforming hub gets wrong."""

from __future__ import annotations

from click.testing import CliRunner
from test_sync_kit import Rig, incident, run, synced

from commandcenter.cli import cli
from commandcenter.hub import intake
from commandcenter.link.conformance import check_hub


def _kit(tmp_path, role: str = "field"):
    async def scenario():
        async with Rig(tmp_path) as rig:
            desk = rig.station("desk-1")
            link = rig.link(desk)
            for i in range(4):
                await desk.submit(*incident(f"i{i}"))
            await synced(link, 4)
            return await check_hub(rig.url, rig.token("kit", role), "kit")

    return {c.name: c for c in run(scenario())}


def test_every_check_passes_against_the_hub(tmp_path):
    checks = _kit(tmp_path)
    assert [n for n, c in checks.items() if not c.ok] == []
    assert set(checks) >= {
        "bad_first_frame", "version", "unauthorized", "welcome", "replay", "submit_relay",
        "idempotent", "bad_hash", "gap", "malformed", "resume", "frames_decode",
    }  # fmt: skip
    assert "4 events" in checks["replay"].detail


def test_a_hub_relaying_the_senders_text_fails_submit_relay(tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "as_journaled", lambda ev: ev)  # the bug of issue 17
    checks = _kit(tmp_path)
    relay = checks["submit_relay"]
    assert not relay.ok and "hash does not verify" in relay.detail and "+08:00" in relay.detail


def test_a_role_that_may_submit_nothing_is_named(tmp_path):
    checks = _kit(tmp_path, role="screen")
    assert not checks["session"].ok and "use a field token" in checks["session"].detail


def test_cli_names_an_unreachable_hub_in_one_sentence():
    res = CliRunner().invoke(cli, ["conformance", "ws://127.0.0.1:1", "--token", "t"])
    assert res.exit_code == 1 and "cannot reach the hub at ws://127.0.0.1:1" in res.output
    assert "Traceback" not in res.output


def test_a_hub_on_a_migrated_old_journal_passes_with_its_legacy_rows(tmp_path):
    import shutil

    shutil.copy("tests/data/journal_rev0002.sqlite", tmp_path / "hub.db")

    async def scenario():
        async with Rig(tmp_path) as rig:
            return await check_hub(rig.url, rig.token("kit", "field"), "kit")

    checks = {c.name: c for c in run(scenario())}
    assert [n for n, c in checks.items() if not c.ok] == []
    assert "4 events" in checks["replay"].detail and "(4 legacy)" in checks["replay"].detail


def test_an_embedded_hub_passes_while_its_desk_keeps_deciding(tmp_path):
    """The desk's own decisions are broadcast by the hub's pump: ghash must still chain."""
    import asyncio

    from test_sync_kit import close_station, station

    from commandcenter.hub import start_embedded_hub

    async def scenario():
        desk = station(tmp_path, "desk", authority=True)
        for i in range(3):
            await desk.submit(*incident(f"d{i}"))
        hub = await start_embedded_hub(desk)
        token = await hub.add_station("kit", "field")

        async def keep_deciding():
            for i in range(20):
                await desk.submit(*incident(f"live{i}"))
                await asyncio.sleep(0.01)

        try:
            checks, _ = await asyncio.gather(check_hub(hub.url, token, "kit"), keep_deciding())
        finally:
            await hub.close()
            close_station(desk)
        return {c.name: c for c in checks}

    checks = run(scenario())
    failed = {n: c.detail for n, c in checks.items() if not c.ok}
    assert failed == {}
