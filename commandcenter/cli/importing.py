"""Checking an event file before import: every line's shape, hash and place in its chain.

All lines are checked before anything is written, so a bad file changes nothing; each bad
line is named with its number and reason. A line depending on a refused one says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from commandcenter.domain import Event, InvalidEvent, check_hash, payload_of
from commandcenter.store import Journal
from commandcenter.store.exchange import decode_line


@dataclass
class ImportPlan:
    events: list[Event] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    skipped: int = 0
    lines: int = 0


def check_lines(journal: Journal, source: BinaryIO) -> ImportPlan:
    plan = ImportPlan()
    parsed: list[tuple[int, Event]] = []
    for n, raw in enumerate(source, start=1):
        plan.lines = n
        if not raw.strip():
            continue
        try:
            ev = decode_line(raw)
            payload_of(ev)
        except InvalidEvent as exc:
            plan.errors.append((n, str(exc)))
            continue
        if not check_hash(ev):
            plan.errors.append((n, f"event {ev.id}: the hash does not match the content"))
            continue
        parsed.append((n, ev))

    stored = journal.stored_hashes([ev.id for _, ev in parsed])
    heads: dict[str, tuple[int, str]] = {}
    broken: dict[str, int] = {}  # station -> first refused line of its chain
    seen: set[str] = set()
    for n, ev in parsed:
        if ev.id in stored or ev.id in seen:
            if stored.get(ev.id, ev.hash) != ev.hash:
                plan.errors.append((n, f"event {ev.id} is already stored with other content"))
            else:
                plan.skipped += 1
            continue
        seen.add(ev.id)
        if ev.station in broken:
            plan.errors.append(
                (n, f"follows refused line {broken[ev.station]} of station {ev.station}")
            )
            continue
        seq, prev = heads.get(ev.station) or journal.head(ev.station)
        if ev.seq != seq + 1 or ev.prev != prev:
            why = f"station {ev.station} #{ev.seq} does not follow #{seq} in the journal"
            plan.errors.append((n, why))
            broken[ev.station] = n
            continue
        heads[ev.station] = (ev.seq, ev.hash)
        plan.events.append(ev)
    return plan
