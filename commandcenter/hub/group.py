"""Group commit for the hub's intake: submissions that arrive while one is being stored are
judged and stored together, in one writer call and one durable transaction.

Why: py-spy of `bench/hub.py` at 200 stations showed neither the event loop (43% idle) nor
the writer thread (75% idle) saturated, yet p50 was ~1 s: each submission paid two hand-offs
to the writer thread and back (judge, then append) and its own fsync, one submission at a
time, and on a loaded 2-core machine every hand-off waits for the scheduler. Taking every
submission queued behind the one in flight as one batch pays those once per batch; an event
is still acked only after the transaction that holds it is durable (WAL + synchronous=FULL).

A batch never holds two submissions of the same station (the second one's chain check must
see the first one stored), and if the journal refuses a batch, its submissions are stored one
by one, so one bad submission cannot take other stations' events down with it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commandcenter.domain import Event
from commandcenter.store import Journal, JournalError

from .actors import note_actors
from .intake import Verdicts, judge
from .logline import log

if TYPE_CHECKING:
    from .server import Hub

MAX_GROUP = 2000  # events per batch: ten full Submit messages
Noted = dict[str, set[str]]  # station -> actor names already recorded


@dataclass
class Item:
    evs: list[Event]
    station: str
    role: str
    done: asyncio.Future


def judge_and_store(journal: Journal, items: list[Item]) -> tuple[list[Verdicts], list[int]]:
    """On the writer thread: judge each submission, store every accepted event at once."""
    verdicts = [judge(journal, it.evs, it.station, it.role) for it in items]
    accepted = [e for v in verdicts for e in v.accepted]
    # judge() already checked shape and hash: do not hash every event twice
    gseqs = journal.append(accepted, validate=False) if accepted else []
    return verdicts, gseqs


def note_all(journal: Journal, names: dict[str, list[str]]) -> None:
    """On the writer thread: record new actor names per station (hub list shows them)."""
    for station, new in names.items():
        note_actors(journal, station, new)


def judge_all(journal: Journal, items: list[Item]) -> list[Verdicts]:
    return [judge(journal, it.evs, it.station, it.role) for it in items]


class GroupIntake:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._queue: list[Item] = []
        self._task: asyncio.Task | None = None
        self._noted: Noted = {}  # actor names recorded (or being recorded) per station

    async def submit(self, evs: list[Event], station: str, role: str) -> Verdicts:
        loop = asyncio.get_running_loop()
        item = Item(evs, station, role, loop.create_future())
        self._queue.append(item)
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())
            self.hub._tasks.add(self._task)  # cancelled by Hub.close()
            self._task.add_done_callback(self.hub._tasks.discard)
        return await item.done

    def _take(self) -> list[Item]:
        batch: list[Item] = []
        stations: set[str] = set()
        size = 0
        while self._queue:
            it = self._queue[0]
            if it.station in stations or (batch and size + len(it.evs) > MAX_GROUP):
                break
            batch.append(self._queue.pop(0))
            stations.add(it.station)
            size += len(it.evs)
        return batch

    async def _drain(self) -> None:
        while self._queue:
            async with self.hub._intake:  # a federation ingest (Hub.ingest) never interleaves
                await self._streak()

    async def _streak(self) -> None:
        """Store batches back to back while submissions keep coming.

        The writer starts on the next batch as soon as this one is durable, before this one
        is acked and fanned out: at 200 stations the fan-out (200 writes) is the loop's
        longest step, and with the commit after it the two ran one after the other; per-event
        stage timestamps in bench/hub.py showed the submissions queued behind a fan-out in
        most of the hub's slowest events. The next batch's judge sees this one stored (its
        writer call has returned), and its gseqs follow this one's, so fan-out order holds.
        """
        ahead: tuple[list[Item], asyncio.Future] | None = self._start(self._take())
        while ahead is not None:
            batch, fut = ahead
            ahead = None
            try:
                verdicts, gseqs = await fut
            except JournalError as exc:  # find the one the journal refuses; store the others
                await self._singly(batch, exc)
                continue
            except Exception as exc:  # handed to the submitters, who answer
                _fail(batch, exc)
                continue
            if self._queue and not self.hub.ingest_waiting:
                ahead = self._start(self._take())
            self._finish(batch, verdicts, gseqs)

    def _start(self, batch: list[Item]) -> tuple[list[Item], asyncio.Future]:
        """Hand `batch` to the writer now (not at the loop's next turn); its result later."""
        hub = self.hub
        if hub.station is None:
            fut = asyncio.wrap_future(hub.writer.submit(judge_and_store, hub.journal, batch))
        else:  # embedded: the desk's Station stores, numbers and folds them in its order
            fut = asyncio.ensure_future(self._embedded(batch))
        return batch, fut

    async def _embedded(self, batch: list[Item]) -> tuple[list[Verdicts], list[int]]:
        hub = self.hub
        assert hub.station is not None
        verdicts = await hub.writer.run(judge_all, hub.journal, batch)
        accepted = [e for v in verdicts for e in v.accepted]
        gseqs = await hub.station.accept(accepted) if accepted else []
        return verdicts, gseqs

    async def _singly(self, batch: list[Item], exc: JournalError) -> None:
        if len(batch) == 1:
            _fail(batch, exc)
            return
        for it in batch:
            _, fut = self._start([it])
            try:
                verdicts, gseqs = await fut
            except Exception as one:  # handed to its submitter
                _fail([it], one)
                continue
            self._finish([it], verdicts, gseqs)

    def _finish(self, batch: list[Item], verdicts: list[Verdicts], gseqs: list[int]) -> None:
        """Answer a stored batch: acks per submitter, and its events to every station."""
        self._note(batch, verdicts)
        try:
            hub = self.hub
            pairs = []
            at = 0
            for v in verdicts:
                v.acks.update(v.known)
                mine = list(zip(v.accepted, gseqs[at : at + len(v.accepted)], strict=True))
                at += len(v.accepted)
                v.acks.update((e.id, g) for e, g in mine)
                pairs += mine
            if pairs:
                if pairs[0][1] == hub.sent + 1:
                    hub._broadcast(pairs)  # the batch's frames go out in one write per connection
                else:  # someone else's events came in between: the pump reads them in order
                    hub._dirty.set()
        except Exception as exc:  # handed to the submitters, who answer
            _fail(batch, exc)
            return
        for it, v in zip(batch, verdicts, strict=True):
            if not it.done.done():
                it.done.set_result(v)

    def _note(self, batch: list[Item], verdicts: list[Verdicts]) -> None:
        """Record the actor names each station decided under, in a writer call of its own.

        The names are an audit aid (`hub list`) that the stored events themselves carry, so
        the batch is not held for them: writing a station's first name inside the batch's
        writer call added a second durable transaction before the batch's ack and fan-out,
        and the first event of every station after a hub start was among the hub's slowest
        in bench/hub.py. Only new names are written (a settings read and write each); a
        write that fails is tried again with the station's next event."""
        new: dict[str, list[str]] = {}
        for it, v in zip(batch, verdicts, strict=True):
            seen = self._noted.setdefault(it.station, set())
            names = [a for a in dict.fromkeys(e.actor for e in v.accepted) if a not in seen]
            if names:
                seen.update(names)
                new[it.station] = names
        if new:
            done = asyncio.wrap_future(self.hub.writer.submit(note_all, self.hub.journal, new))
            done.add_done_callback(lambda f: self._noted_failed(f, new))

    def _noted_failed(self, fut: asyncio.Future, new: dict[str, list[str]]) -> None:
        if fut.cancelled() or fut.exception() is None:
            return
        log.warning("could not record actor names (%s); retried later", fut.exception())
        for station, names in new.items():
            self._noted.get(station, set()).difference_update(names)


def _fail(items: list[Item], exc: Exception) -> None:
    for it in items:
        if not it.done.done():
            it.done.set_exception(exc)
