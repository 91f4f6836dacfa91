"""The bytes an event's hash covers, for each hash scheme an event may carry.

Scheme 2 (every event sealed since journal revision 0004) is the published one, computable
in any language: the RFC 8785 JSON Canonicalization Scheme (JCS) of the object

    {"actor", "id", "kind", "payload", "seq", "station", "ts"}

with `ts` written as canonical UTC text (`ts_text`): `YYYY-MM-DDTHH:MM:SS`, then `.ffffff`
(exactly six digits) only when the microseconds are not zero, then `Z`. JCS sorts keys by
UTF-16 code units, writes no whitespace, escapes only `"`, `\\` and control characters, and
spells numbers as ECMAScript does (`JSON.stringify` in JavaScript), so Python and JavaScript
agree on every float. Integers must be safe in a double (|n| <= 2^53 - 1).

`jcs()` is a fast path for the values events hold (msgspec writes strings exactly as JCS does;
numbers are spelled here by ECMAScript's rules); `rfc8785` (Trail of Bits) is the reference:
objects with keys outside the Basic Multilingual Plane go through it, and a property test
checks that both agree on every JSON value.

Scheme 1 is the legacy form (msgspec's sorted encoding, with its own float spelling) of rows
written before revision 0004. It is kept only so those rows still verify; nothing new is
sealed with it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

import msgspec
import rfc8785
from msgspec import Raw

SCHEME = 2  # the scheme new events are sealed with
SCHEMES = (1, 2)

_legacy = msgspec.json.Encoder(order="sorted")
_sorted = msgspec.json.Encoder(order="sorted")
_SAFE = 2**53 - 1
_INF = float("inf")


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
    """The canonical UTC text of a zone-aware time, e.g. `2026-06-03T06:00:00.500000Z`.

    msgspec writes a UTC datetime exactly so (six fraction digits, or none when zero); a test
    checks it against the rule spelled out by hand."""
    if ts.tzinfo is not UTC:
        ts = ts.astimezone(UTC)
    return _sorted.encode(ts)[1:-1].decode()


def es_number(x: float) -> str:
    """A float as ECMAScript's Number.prototype.toString spells it (RFC 8785 section 3.2.2.3).

    Python's repr and ECMAScript pick the same shortest round-trip digits; only the layout
    differs (`1e-07` / `1e-7`, `1e+16` / `10000000000000000`, `1.0` / `1`, `-0.0` / `0`)."""
    if x != x or x in (_INF, -_INF):
        raise CanonicalError(f"{x} has no JSON form")
    if x == 0:
        return "0"
    r = repr(x)
    if "e" not in r:  # 1e-4 <= |x| < 1e16: the same fixed notation, but for a trailing .0
        return r[:-2] if r.endswith(".0") else r
    mantissa, _, exp = repr(abs(x)).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = whole + frac
    n = len(whole) + int(exp or 0)  # where the decimal point sits, counted from digits[0]
    lead = len(digits) - len(digits.lstrip("0"))
    digits, n = digits[lead:].rstrip("0"), n - lead
    k = len(digits)
    if k <= n <= 21:
        out = digits + "0" * (n - k)
    elif 0 < n <= 21:
        out = f"{digits[:n]}.{digits[n:]}"
    elif -6 < n <= 0:
        out = "0." + "0" * -n + digits
    else:
        e = n - 1
        out = digits[0] + (f".{digits[1:]}" if k > 1 else "") + ("e+" if e > 0 else "e-")
        out += str(abs(e))
    return "-" + out if x < 0 else out


class _Astral(Exception):
    """A key outside the BMP: msgspec's key order would differ from RFC 8785's."""


def _prepared(v: Any) -> Any:
    """`v` with floats replaced by their ECMAScript text (msgspec writes everything else)."""
    t = type(v)
    if t is str or t is bool or v is None:
        return v
    if t is dict:
        for key in v:
            # msgspec sorts keys by code point; RFC 8785 by UTF-16 unit: the same in the BMP
            if type(key) is not str or (not key.isascii() and max(key) > "\uffff"):
                raise _Astral
        return {key: _prepared(item) for key, item in v.items()}
    if t is float:
        return Raw(es_number(v).encode())
    if t is int:
        if -_SAFE <= v <= _SAFE:
            return v
        raise CanonicalError(f"{v} exceeds the integers a JSON number carries exactly")
    if t is list or t is tuple:
        return [_prepared(item) for item in v]
    if isinstance(v, str):  # subclasses (a StrEnum): as their plain value
        return v[:]
    if isinstance(v, int | float):
        return _prepared((int if isinstance(v, int) else float)(v))
    raise CanonicalError(f"{type(v).__name__} is not a JSON value")


def jcs(value: Any) -> bytes:
    """RFC 8785 bytes of a JSON value (dict, list, str, int, float, bool, None)."""
    try:
        try:
            return _sorted.encode(_prepared(value))
        except _Astral:
            return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, UnicodeEncodeError, msgspec.EncodeError) as exc:
        raise CanonicalError(str(exc)) from None


def canonical_v2(ev: Hashed) -> bytes:
    """RFC 8785 bytes of the hashed fields (scheme 2)."""
    try:
        return jcs(
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
    except CanonicalError as exc:
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
