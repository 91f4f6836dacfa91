"""Take a federation stream into a hub's journal: county events at the city, city decisions at
a county. Exactly once and in order.

An ephemeral pull consumer reads the stream from the cursor onwards (resume by stream
sequence). Each batch is stored in one go on the journal's writer thread: the events (an id
already in the journal is skipped, so a redelivery is harmless), then, at the city, each county's
sequence after checking it extends the county chain (ledger.py), then the cursor. The hub then
relays the new events to its desks in its own gseq order.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import msgspec
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

from commandcenter.domain import Event
from commandcenter.hub import Hub
from commandcenter.store import JournalError
from commandcenter.store.exchange import Exported

from .ledger import Ledger
from .names import FederationError, county_of_subject

log = logging.getLogger(__name__)
_dec = msgspec.json.Decoder(Exported)


@dataclass
class IntakeStats:
    taken: int = 0  # new events stored
    repeats: int = 0  # messages whose event the hub already held
    last_ts: dict[str, float] = field(default_factory=dict)
    error: str = ""


def _event(line: Exported) -> Event:
    fields = msgspec.structs.asdict(line)
    del fields["gseq"], fields["ghash"]
    return Event(**fields)


class Intake:
    """Reads `stream` (subjects `subject`) into `hub`; `counties` checks county chains."""

    def __init__(
        self,
        hub: Hub,
        js: JetStreamContext,
        stream: str,
        subject: str,
        *,
        counties: bool,
        batch: int = 500,
    ) -> None:
        self.hub, self.js, self.stream, self.subject = hub, js, stream, subject
        self.counties, self.batch = counties, batch
        self.ledger: Ledger | None = None
        self.stats = IntakeStats()
        self.on_batch: list = []  # callbacks(list[(county, Exported)]) after each stored batch

    async def run(self) -> None:
        self.ledger = await self.hub.writer.run(Ledger, self.hub.journal)
        start = self.ledger.cursor(self.stream) + 1
        cfg = ConsumerConfig(
            deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
            opt_start_seq=start,
            ack_policy=AckPolicy.NONE,
            inactive_threshold=30.0,
        )
        sub = await self.js.pull_subscribe(self.subject, stream=self.stream, config=cfg)
        expect = start
        while True:
            try:
                msgs = await sub.fetch(self.batch, timeout=1.0)
            except TimeoutError:
                continue
            except Exception as exc:  # the local server restarting: come back on a new consumer
                log.warning("reading %s failed (%s); resubscribing", self.stream, exc)
                cfg.opt_start_seq = expect
                sub = await self._resubscribe(cfg)
                continue
            items = []
            for m in msgs:
                seq = m.metadata.sequence.stream
                if seq < expect:
                    continue
                items.append((county_of_subject(m.subject), _dec.decode(m.data)))
                expect = seq + 1
            if items:
                await self._store(items, expect - 1)

    async def _resubscribe(self, cfg: ConsumerConfig):
        while True:
            await asyncio.sleep(0.5)
            try:
                return await self.js.pull_subscribe(self.subject, stream=self.stream, config=cfg)
            except Exception as exc:
                log.warning("cannot read %s yet (%s)", self.stream, exc)

    async def _store(self, items: list[tuple[str, Exported]], upto: int) -> None:
        ledger = self.ledger
        assert ledger is not None
        journal = self.hub.journal
        taken = []

        def work() -> list[Event]:
            heads = dict(ledger.heads)
            rows, evs, seen = [], [], set()
            try:
                for county, line in items:
                    ev = _event(line)
                    if self.counties:
                        if not ledger.check(county, line.gseq or 0, line.ghash or "", ev.hash):
                            continue
                        rows.append(
                            {"county": county, "cseq": line.gseq, "id": ev.id, "ghash": line.ghash}
                        )
                    if ev.id in seen or journal.gseq_of(ev.id) is not None:
                        self.stats.repeats += 1
                        continue
                    seen.add(ev.id)
                    evs.append(ev)
                    taken.append((county, line))
                try:
                    journal.append(evs)
                except JournalError as exc:
                    raise FederationError(
                        f"{self.stream}: {exc} (two counties with a station of the same name?)"
                    ) from None
                ledger.record(rows, self.stream, upto)
            except Exception:
                ledger.heads = heads
                journal.conn.rollback()
                raise
            return evs

        try:
            evs = await self.hub.ingest(work)
        except FederationError as exc:
            self.stats.error = str(exc)
            log.error("%s", exc)
            raise
        self.stats.taken += len(evs)
        for cb in self.on_batch:
            cb(taken)
