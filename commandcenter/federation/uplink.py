"""Publish a hub's journal, in gseq order, to a JetStream stream: a county's events going up,
or the city's own decisions going down.

Each event goes out as its export line (`store/exchange.py`: the event as journaled, with
`gseq` and `ghash`), with the event id as `Nats-Msg-Id` so a resend is dropped by the stream.
Where to resume is read from the stream itself (the `Cc-Seq` header of its last message), so a
hub killed mid-batch and restarted sends exactly what the stream lacks. Publishing only needs
the local leaf node, so a county keeps publishing while its WAN is down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import msgspec
from nats.js import JetStreamContext
from nats.js.errors import NotFoundError

from commandcenter.domain import Event
from commandcenter.hub import Hub
from commandcenter.store.exchange import Exported

from .names import GHASH, SEQ

log = logging.getLogger(__name__)
_enc = msgspec.json.Encoder()


async def last_sent(js: JetStreamContext, stream: str) -> int:
    """The sender's gseq of the stream's last message (0 for an empty stream)."""
    info = await js.stream_info(stream)
    if not info.state.last_seq or not info.state.messages:
        return 0
    try:
        msg = await js.get_msg(stream, seq=info.state.last_seq)
    except NotFoundError:
        return 0
    return int((msg.headers or {}).get(SEQ, 0))


class Uplink:
    """Copies `hub`'s journal after the stream's last message into `stream` on `subject`."""

    def __init__(
        self,
        hub: Hub,
        js: JetStreamContext,
        stream: str,
        subject: str,
        *,
        skip: Callable[[list[Event]], set[str]] | None = None,
        page: int = 500,
    ) -> None:
        self.hub, self.js, self.stream, self.subject = hub, js, stream, subject
        self.skip, self.page = skip, page
        self.sent = 0  # the last gseq handed to the stream
        self.ready = asyncio.Event()

    async def run(self) -> None:
        self.sent = await last_sent(self.js, self.stream)
        self.ready.set()
        while True:
            if self.hub.sent <= self.sent:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(1.0):
                        await self.hub.progressed()
                continue
            rows, skipped = await self.hub.writer.run(self._page)
            for ev, g, gh in rows:
                if g > self.hub.sent:
                    break
                if ev.id not in skipped:
                    await self._publish(ev, g, gh)
                self.sent = g

    def _page(self) -> tuple[list[tuple[Event, int, str]], set[str]]:
        rows = self.hub.journal.chained(self.sent, limit=self.page)
        return rows, (self.skip([r[0] for r in rows]) if self.skip and rows else set())

    async def _publish(self, ev: Event, g: int, gh: str) -> None:
        body = _enc.encode(Exported(**msgspec.structs.asdict(ev), gseq=g, ghash=gh))
        headers = {"Nats-Msg-Id": ev.id, SEQ: str(g), GHASH: gh}
        while True:
            try:
                # no expected-stream header: sourced copies keep headers, and the city's
                # stream would refuse one naming the county's
                await self.js.publish(self.subject, body, headers=headers)
                return
            except Exception as exc:  # the leaf node restarting: wait and send again
                log.warning("publishing %s to %s failed (%s); retrying", ev.id, self.stream, exc)
                await asyncio.sleep(0.5)
