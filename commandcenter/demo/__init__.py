"""The demo county 青山县: a reproducible, realistic journal for first starts and benchmarks.

`generate_demo(seed, scale, now)` returns the events of the county's set-up and the 24 hours
of incidents and decisions before `now`; `scale` multiplies the incidents (×10, ×100 for
benchmarks). The same seed and `now` give the same events, byte for byte.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from commandcenter.domain import Event
from commandcenter.store import Journal

from .drill import DrillFeed
from .history import build_history
from .names import Names
from .recorder import Recorder
from .roster import build_roster

__all__ = ["DrillFeed", "generate_demo", "init_demo"]


def _record(seed: int, scale: float, now: datetime | None) -> Recorder:
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    rng = random.Random(seed)
    rec = Recorder(rng)
    names = Names(rng)
    roster = build_roster(rec, names, now - timedelta(hours=26))
    build_history(rec, names, roster, now, scale)
    return rec


def generate_demo(seed: int = 7, scale: float = 1, now: datetime | None = None) -> list[Event]:
    return _record(seed, scale, now).events


def init_demo(
    journal: Journal,
    seed: int = 7,
    scale: float = 1,
    now: datetime | None = None,
    batch: int = 5000,
) -> int:
    """Write the demo into an empty journal, with a snapshot at its end; return the count."""
    rec = _record(seed, scale, now)
    for i in range(0, len(rec.events), batch):
        journal.append(rec.events[i : i + batch])
    journal.save_snapshot(rec.state, journal.last_gseq)
    return len(rec.events)
