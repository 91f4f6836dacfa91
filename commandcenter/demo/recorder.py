"""Recording demo decisions as real events: every one goes through `decide`, then `apply`.

The demo county is built the way a real desk builds its journal, so it can hold nothing a
desk could not have recorded. Each station's events are sealed onto its own hash chain.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from typing import Any

from commandcenter.domain import (
    GENESIS,
    Event,
    Refused,
    State,
    apply,
    decide,
    seal,
    to_payload,
)


class Recorder:
    def __init__(self, rng: random.Random, state: State | None = None) -> None:
        self.rng = rng
        self.state = state or State()
        self.events: list[Event] = []
        self.heads: dict[str, tuple[int, str]] = {}
        self.refused = 0

    def new_id(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def do(
        self,
        ts: datetime,
        station: str,
        actor: str,
        kind: str,
        payload: dict[str, Any],
        *,
        check: bool = True,
    ) -> Event | None:
        """Record one decision; None (and counted) if the rules refuse it at that moment."""
        try:
            p = decide(self.state, kind, payload) if check else None
        except Refused:
            self.refused += 1
            return None
        body = to_payload(p) if p is not None else payload
        seq, prev = self.heads.get(station, (0, GENESIS))
        ev = seal(
            Event(
                id=self.new_id(),
                station=station,
                seq=seq + 1,
                actor=actor,
                ts=ts.astimezone(UTC),
                kind=kind,
                payload=body,
            ),
            prev,
        )
        self.heads[station] = (ev.seq, ev.hash)
        apply(self.state, ev)
        self.events.append(ev)
        return ev
