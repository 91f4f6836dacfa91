"""What the hub checks before it stores a submitted event: shape, station, role and chain.

Never domain rules: a well-formed, permitted event from the right station, continuing that
station's chain, is a fact. The first event of a batch that fails makes every later event of
that station in the batch fail too, because its chain cannot continue past a hole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

import msgspec

from commandcenter.domain import Event, InvalidEvent, check_hash, payload_of
from commandcenter.domain.canonical import ts_text
from commandcenter.domain.roles import may_submit
from commandcenter.store import Journal

# beyond this JSON numbers lose precision in other clients (and RFC 8785 has no form for them)
MAX_INT = 2**53 - 1
_sorted = msgspec.json.Encoder(order="sorted")
_plain = msgspec.json.Decoder(dict[str, Any])


@dataclass
class Verdicts:
    accepted: list[Event] = field(default_factory=list)
    known: dict[str, int] = field(default_factory=dict)  # resent events: id -> stored gseq
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (id, code, reason)
    acks: dict[str, int] = field(default_factory=dict)  # known and newly stored: id -> gseq


def _numbers_ok(value: Any, depth: int = 0) -> bool:
    if depth > 32:
        return False
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return -MAX_INT <= value <= MAX_INT
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    if isinstance(value, dict):
        return all(_numbers_ok(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_numbers_ok(v, depth + 1) for v in value)
    return False


def problem(ev: Event, station: str, role: str) -> tuple[str, str] | None:
    """(code, reason) if the event may not be stored whatever the journal holds."""
    if ev.station != station:
        return "wrong_station", f"event of station {ev.station!r} sent by {station}"
    if not may_submit(role, ev.kind):
        return "forbidden", f"role {role} may not submit {ev.kind!r}"
    if max(len(ev.id), len(ev.actor), len(ev.kind)) > 64 or not ev.id or not ev.actor:
        return "invalid", "id, actor and kind must be 1-64 characters"
    if ev.ts.tzinfo is None:
        return "invalid", "ts has no time zone"
    if not 1 <= ev.seq <= MAX_INT:
        return "invalid", f"seq {ev.seq} out of range"
    if not _numbers_ok(ev.payload):
        return "invalid", "payload holds a number out of range"
    try:
        payload_of(ev)
    except InvalidEvent as exc:
        return "invalid", str(exc)
    if not check_hash(ev):
        return "bad_hash", (
            f"the hash does not match the event: expected sha256(prev + RFC 8785 JSON of "
            f"actor, id, kind, payload, seq, station and ts written as {ts_text(ev.ts)})"
            if ev.scheme == 2
            else "the hash does not match the event (legacy hash scheme 1)"
        )
    return None


def as_journaled(ev: Event) -> Event:
    """The event as the journal stores and every station receives it: `ts` in UTC.

    The hash covers the UTC time, so a `ts` sent with another offset (`+08:00`) keeps its
    hash; relaying the sender's text would make the live frame differ from the replayed one.
    Payload keys are sorted as the journal stores them, so live and replayed frames are equal.
    """
    # the journal keeps payload keys sorted (store/rows.py); a replay reads them that way
    payload = _plain.decode(_sorted.encode(ev.payload))
    return msgspec.structs.replace(ev, ts=ev.ts.astimezone(UTC), payload=payload)


def judge(journal: Journal, evs: list[Event], station: str, role: str) -> Verdicts:
    """Sort a batch into new, already stored and refused (runs on the journal's writer)."""
    out = Verdicts()
    seq, prev = journal.head(station)
    blocked = ""
    for ev in evs:
        if blocked:
            out.rejected.append((ev.id, "after_reject", f"follows rejected event {blocked}"))
            continue
        why = problem(ev, station, role)
        if why is None and ev.seq <= seq:
            g = journal.gseq_of(ev.id)
            if g is not None:
                out.known[ev.id] = g
                continue
            why = "fork", f"seq {ev.seq} of {station} is already another event (restored backup?)"
        elif why is None and (ev.seq != seq + 1 or ev.prev != prev):
            why = "gap", f"seq {ev.seq} does not follow seq {seq} of {station}"
        if why is not None:
            out.rejected.append((ev.id, *why))
            blocked = ev.id
            continue
        out.accepted.append(as_journaled(ev))
        seq, prev = ev.seq, ev.hash
    return out
