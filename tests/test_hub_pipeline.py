"""The hub's group commits run back to back: the writer takes the next batch before the loop
fans the stored one out, fan-out order still follows gseq, and a federation ingest waiting
for its turn gets in between two batches of a run instead of after the whole run."""

from __future__ import annotations

import asyncio

from test_hub_group import chain

from commandcenter.hub import Hub
from commandcenter.store import Journal, verify
from commandcenter.store.writer import Writer


class LoggingWriter(Writer):
    """The real writer thread; each hand-over of a group commit is logged with its event ids."""

    def __init__(self, log: list) -> None:
        super().__init__("hub-test")
        self.log = log

    def note(self, fn, args) -> None:
        if fn.__name__ == "judge_and_store":
            self.log.append(("store", [e.id for it in args[1] for e in it.evs]))

    def submit(self, fn, *args, **kwargs):
        self.note(fn, args)
        return super().submit(fn, *args, **kwargs)

    async def run(self, fn, *args, **kwargs):
        self.note(fn, args)
        return await super().run(fn, *args, **kwargs)


class LoggingHub(Hub):
    def _broadcast(self, pairs) -> None:
        self.writer.log.append(("fan-out", [ev.id for ev, _ in pairs]))
        super()._broadcast(pairs)


def test_the_writer_takes_the_next_batch_before_the_loop_fans_out_the_stored_one(tmp_path):
    evs = chain("desk-a", 3)  # one station: each submission is its own batch, in order

    async def scenario():
        with Journal(tmp_path / "hub.db", authority=True) as j:
            log: list = []
            hub = LoggingHub(j, writer=LoggingWriter(log))
            try:
                answers = await asyncio.gather(*(hub.submit([e], "desk-a", "desk") for e in evs))
                ok = (await hub.writer.run(verify, j)).ok  # the journal is the writer's
                return log, answers, ok, hub.sent
            finally:
                hub.writer.close()

    log, answers, ok, sent = asyncio.run(scenario())
    assert [v.acks for v in answers] == [{e.id: i + 1} for i, e in enumerate(evs)]
    assert ok and sent == 3
    ids = [[e.id] for e in evs]
    # one after the other, the fan-out of a batch held up the commit of the next
    assert log == [
        ("store", ids[0]),
        ("store", ids[1]),
        ("fan-out", ids[0]),
        ("store", ids[2]),
        ("fan-out", ids[1]),
        ("fan-out", ids[2]),
    ]


def test_an_ingest_waiting_gets_in_between_two_batches_of_a_run(tmp_path):
    evs = chain("desk-a", 6)

    async def scenario():
        with Journal(tmp_path / "hub.db", authority=True) as j:
            log: list = []
            hub = LoggingHub(j, writer=LoggingWriter(log))
            try:
                subs = [asyncio.ensure_future(hub.submit([e], "desk-a", "desk")) for e in evs]
                while not log:  # the run of group commits has begun
                    await asyncio.sleep(0.001)
                await hub.ingest(lambda: log.append(("ingest", [])))
                await asyncio.gather(*subs)
                return log, j.last_gseq
            finally:
                hub.writer.close()

    log, last = asyncio.run(scenario())
    stores = [i for i, (what, _) in enumerate(log) if what == "store"]
    assert last == 6 and len(stores) == 6
    # the run yields the journal to the ingest; it does not wait for the run's end
    assert log.index(("ingest", [])) < stores[-1], log


def test_actor_names_are_written_apart_from_the_batch_and_a_failed_write_costs_no_event(
    tmp_path, monkeypatch
):
    import commandcenter.hub.group as group
    from commandcenter.hub.actors import actors_of, note_actors
    from commandcenter.store import JournalError

    evs = chain("desk-a", 2)
    calls: list[list[str]] = []

    def failing_once(journal, station, names):
        calls.append(names)
        if len(calls) == 1:
            raise JournalError("the disk holding the journal is full")
        note_actors(journal, station, names)

    monkeypatch.setattr(group, "note_actors", failing_once)

    async def scenario():
        with Journal(tmp_path / "hub.db", authority=True) as j:
            log: list = []
            hub = LoggingHub(j, writer=LoggingWriter(log))
            try:
                first = await hub.submit([evs[0]], "desk-a", "desk")
                await hub.writer.run(lambda: None)  # the name's write has run (and failed)
                second = await hub.submit([evs[1]], "desk-a", "desk")
                names = await hub.writer.run(actors_of, j, "desk-a")
                return first, second, names, j.last_gseq
            finally:
                hub.writer.close()

    first, second, names, last = asyncio.run(scenario())
    # the events are stored and acked whatever became of the audit list's write
    assert first.acks == {evs[0].id: 1} and second.acks == {evs[1].id: 2} and last == 2
    assert calls == [["值班员"], ["值班员"]] and names == ["值班员"]  # tried again, then kept
