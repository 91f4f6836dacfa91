"""Group commit at the hub: submissions queued together are stored in one go, in order,
each answered as if alone; a refused one does not take the others down."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from commandcenter.domain import GENESIS, Event, seal
from commandcenter.hub import Hub
from commandcenter.store import Journal, verify
from commandcenter.store.writer import Writer


class CountingWriter(Writer):
    """The real writer thread, counting the calls made to it."""

    calls = 0

    async def run(self, fn, *args, **kwargs):
        self.calls += 1
        return await super().run(fn, *args, **kwargs)

    def submit(self, fn, *args, **kwargs):  # the group intake hands batches over this way
        self.calls += 1
        return super().submit(fn, *args, **kwargs)


def chain(station: str, n: int) -> list[Event]:
    evs, prev = [], GENESIS
    for i in range(n):
        ev = Event(id=f"{station}-{i}", station=station, seq=i + 1, actor="值班员",
                   ts=datetime.now(UTC), kind="decision.logged",
                   payload={"text": f"会商决定 {i}"})  # fmt: skip
        ev = seal(ev, prev)
        prev = ev.hash
        evs.append(ev)
    return evs


def test_queued_submissions_share_writer_calls_and_keep_every_answer(tmp_path) -> None:
    stations = [f"desk-{k}" for k in range(8)]
    chains = {s: chain(s, 5) for s in stations}

    async def scenario():
        with Journal(tmp_path / "hub.db", authority=True) as j:
            writer = CountingWriter("hub-test")
            hub = Hub(j, writer=writer)
            try:
                answers = []
                for i in range(5):  # every station submits its next event at the same moment
                    answers += await asyncio.gather(
                        *(hub.submit([chains[s][i]], s, "desk") for s in stations)
                    )
                ok = (await writer.run(verify, j)).ok  # the journal is the writer's
                return answers, writer.calls, j.last_gseq, ok, hub.sent
            finally:
                writer.close()

    answers, calls, last, ok, sent = asyncio.run(scenario())
    assert all(len(v.accepted) == 1 and not v.rejected for v in answers)
    acks = sorted(g for v in answers for g in v.acks.values())
    assert acks == list(range(1, 41)) and last == 40 and sent == 40 and ok
    # one submission at a time took two writer calls each (judge, then append): 80
    assert calls < 40, calls


def test_a_refused_submission_in_a_group_leaves_the_others_stored(tmp_path) -> None:
    good = {s: chain(s, 1) for s in ("desk-a", "desk-b")}
    bad = chain("desk-c", 2)[1:]  # seq 2 with nothing before it: a gap

    async def scenario():
        with Journal(tmp_path / "hub.db", authority=True) as j:
            hub = Hub(j)
            try:
                out = await asyncio.gather(
                    hub.submit(good["desk-a"], "desk-a", "desk"),
                    hub.submit(bad, "desk-c", "desk"),
                    hub.submit(good["desk-b"], "desk-b", "desk"),
                )
                return out, await hub.writer.run(j.count)  # the journal is the writer's
            finally:
                hub.writer.close()

    (a, c, b), count = asyncio.run(scenario())
    assert a.acks == {"desk-a-0": 1} and b.acks == {"desk-b-0": 2}
    assert [r[1] for r in c.rejected] == ["gap"] and not c.acks
    assert count == 2
