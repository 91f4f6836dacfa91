"""A decision the hub rejects never blocks later ones: the station adopts the hub's role, and
a rejected decision is voided (kept for audit inside its `event.voided` record, never sent
again) so the later decisions are re-chained onto the void and reach the hub."""

from __future__ import annotations

import asyncio

import pytest
from test_sync_kit import Rig, count, incident, run, synced, team, until

from commandcenter.domain import Refused
from commandcenter.store.verify import verify


def followup(iid: str, text: str = "水位继续上涨") -> tuple[str, dict]:
    return "incident.followup", {"incident": iid, "text": text}


def test_field_station_voids_a_forced_decision_and_later_ones_reach_the_hub(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("field-a", role="desk")  # it believes it is a desk...
            rig.token("field-a", role="field")  # ... the hub says field
            link = rig.link(st)
            s = await until(link, lambda s: s.role == "field")
            assert st.role == "field" and link.role == "field"
            with pytest.raises(Refused, match="field"):  # not offered any more
                await st.submit(*team("team-1"))
            await st.submit(*incident("i1"))
            await synced(link, 1)
            st.role = "desk"  # forced through the API
            forced = await st.submit(*team("team-1"))
            st.role = "field"
            later = await st.submit(*followup("i1"))
            s = await until(link, lambda s: s.rejected is not None)
            assert (s.rejected.id, s.rejected.code) == (forced.id, "forbidden")
            await asyncio.sleep(0.2)
            assert await count(rig.hub) == 1  # stuck behind the rejection
            void = await link.void(note="误操作, 作废")
            await synced(link, 3)
            assert link.state.rejected is None and st.pending == []
            stored = [e for e, _ in rig.hub.writer.call(lambda: list(rig.journal.sequenced()))]
            assert [e.kind for e in stored] == [
                "incident.reported", "event.voided", "incident.followup",
            ]  # fmt: skip
            v, f = stored[1], stored[2]
            assert v.id == void.id and v.seq == forced.seq  # the void took its chain place
            assert v.payload["original"]["id"] == forced.id  # kept whole, for audit
            assert v.payload["reason"] == s.rejected.reason and "field" in v.payload["reason"]
            assert f.id == later.id and f.prev == v.hash  # re-chained onto the void
            assert "team-1" not in st.state.teams and st.state.voided == {forced.id: v.id}
            # both journals' chains are whole; the voided event never reached the hub
            assert rig.hub.writer.call(verify, rig.journal).ok
            assert st.writer.call(verify, st.journal).ok
            assert rig.hub.writer.call(rig.journal.get, forced.id) is None
            with pytest.raises(ValueError, match="no rejected"):
                await link.void()

    run(scenario())


def test_void_is_refused_for_an_event_the_hub_stored(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            link = rig.link(st)
            ev = await st.submit(*incident("i1"))
            await synced(link, 1)
            with pytest.raises(Refused, match="尚未被中心接收"):
                await st.void_async(ev.id, reason="x")

    run(scenario())
