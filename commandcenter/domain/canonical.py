"""The bytes an event's hash covers, for each hash scheme an event may carry.

Scheme 2 (every event sealed since journal revision 0003) is the published one, computable
in any language: the RFC 8785 JSON Canonicalization Scheme (JCS) of the object

    {"actor", "id", "kind", "payload", "seq", "station", "ts"}

with `ts` written as canonical UTC text (`ts_text`): `YYYY-MM-DDTHH:MM:SS`, then `.ffffff`
(exactly six digits) only when the microseconds are not zero, then `Z`. JCS sorts keys by
UTF-16 code units, writes no whitespace, escapes only `"`, `\\` and control characters, and
spells numbers as ECMAScript does (`JSON.stringify` in JavaScript), so Python and JavaScript
agree on every float. Integers must be safe in a double (|n| <= 2^53 - 1).

Scheme 1 is the legacy form (msgspec's sorted encoding, with its own float spelling) of rows
written before revision 0003. It is kept only so those rows still verify; nothing new is
sealed with it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

import msgspec
import rfc8785

SCHEME = 2  # the scheme new events are sealed with
SCHEMES = (1, 2)

_legacy = msgspec.json.Encoder(order="sorted")


class Hashed(Protocol):
    id: str
    station: str
    seq: int
    actor: str
    ts: datetime
    kind: str
    payload: dict[str, Any]
    scheme: int


class CanonicalError(ValueError):
    """An event that has no canonical form (a number JSON cannot carry exactly)."""


def ts_text(ts: datetime) -> str:
    """The canonical UTC text of a zone-aware time, e.g. `2026-06-03T06:00:00.500000Z`."""
    u = ts.astimezone(UTC)
    frac = f".{u.microsecond:06d}" if u.microsecond else ""
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}{frac}Z"
    )


def canonical_v2(ev: Hashed) -> bytes:
    """RFC 8785 bytes of the hashed fields (scheme 2)."""
    try:
        return rfc8785.dumps(
            {
                "id": ev.id,
                "station": ev.station,
                "seq": ev.seq,
                "actor": ev.actor,
                "ts": ts_text(ev.ts),
                "kind": ev.kind,
                "payload": ev.payload,
            }
        )
    except rfc8785.CanonicalizationError as exc:
        raise CanonicalError(f"event {ev.id} has no canonical form: {exc}") from None


def canonical_v1(ev: Hashed) -> bytes:
    """The legacy bytes (scheme 1): msgspec's sorted JSON, `ts` as a UTC datetime."""
    return _legacy.encode(
        {
            "id": ev.id,
            "station": ev.station,
            "seq": ev.seq,
            "actor": ev.actor,
            "ts": ev.ts.astimezone(UTC),
            "kind": ev.kind,
            "payload": ev.payload,
        }
    )


def canonical_bytes(ev: Hashed) -> bytes:
    """The bytes the event's own scheme hashes; CanonicalError for an unknown scheme."""
    if ev.scheme == 2:
        return canonical_v2(ev)
    if ev.scheme == 1:
        return canonical_v1(ev)
    raise CanonicalError(f"event {ev.id}: unknown hash scheme {ev.scheme}")
