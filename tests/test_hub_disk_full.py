"""A hub whose disk fills refuses submissions with a clear reason, gives the WAL's space back,
and takes every waiting decision once there is room again, none lost or doubled.

The full disk is SQLite's own size limit (`PRAGMA max_page_count` on the hub's connection):
the same SQLITE_FULL error as a full file system, without needing to mount one."""

from __future__ import annotations

from test_sync_kit import Rig, count, ids_once, incident, run, synced, until

from commandcenter.link import Status


def _limit_pages(journal, extra: int) -> int:
    used = journal.conn.exec_driver_sql("PRAGMA page_count").scalar()
    journal.conn.exec_driver_sql(f"PRAGMA max_page_count = {used + extra}")
    journal.conn.rollback()
    return used


def _unlimit(journal) -> None:
    journal.conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    journal.conn.rollback()


def test_a_full_hub_refuses_with_a_reason_and_recovers_when_space_returns(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            link = rig.link(st)
            await st.submit(*incident("i0"))
            await synced(link, 1)
            await rig.hub.writer.run(_limit_pages, rig.journal, 4)
            kind, payload = incident("big")
            for i in range(40):  # far more than four pages of decisions
                payload = {**payload, "incident": f"big{i}", "title": f"暴雨积水 {i} " + "详" * 300}
                await st.submit(kind, payload)
            s = await until(link, lambda s: "disk is full" in s.last_error)
            assert s.status is not Status.ONLINE and s.pending > 0
            stored = await count(rig.hub)
            assert 1 <= stored < 41
            await rig.hub.writer.run(_unlimit, rig.journal)  # the operator freed space
            await synced(link, 41)
            assert await count(rig.hub) == 41
            assert await ids_once(rig.hub) == await ids_once(st)

    run(scenario(), timeout=90)
