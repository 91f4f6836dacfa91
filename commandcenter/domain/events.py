"""Events: the immutable facts of the journal, their payload shapes and their hash chain.

An event is `(id, station, seq, actor, ts, kind, payload)` plus the chain link `prev` and its
own `hash = sha256(prev + canonical)`; `scheme` says how `canonical` is computed (canonical.py:
2 is RFC 8785, 1 the legacy form of rows written before it). `seq` counts the events of one station from 1, so each
station's events form one chain wherever they are stored. The payload is kept as plain JSON
values (what was signed); `payload_of(event)` gives the typed, validated view by kind.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any, Literal

import msgspec

from .canonical import SCHEME, CanonicalError, canonical_bytes
from .payloads import drills, field, incidents, resources, setup
from .payloads.base import P
from .payloads.drills import *  # noqa: F403
from .payloads.field import *  # noqa: F403
from .payloads.incidents import *  # noqa: F403 -- callers name payloads as events.<Shape>
from .payloads.resources import *  # noqa: F403
from .payloads.setup import *  # noqa: F403

GENESIS = "0" * 64


class Event(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    station: str
    seq: int
    actor: str
    ts: datetime
    kind: str
    payload: dict[str, Any]
    prev: str = GENESIS
    hash: str = ""
    scheme: Literal[1, 2] = SCHEME  # how the hash is computed (canonical.py); not hashed


def canonical(ev: Event) -> bytes:
    """The bytes the hash covers: every field but the chain link and scheme (canonical.py)."""
    return canonical_bytes(ev)


def chain_hash(prev: str, ev: Event) -> str:
    return hashlib.sha256(prev.encode() + canonical(ev)).hexdigest()


def seal(ev: Event, prev: str) -> Event:
    """Return the event linked to `prev` with its hash filled in."""
    linked = msgspec.structs.replace(ev, prev=prev, scheme=SCHEME)
    return msgspec.structs.replace(linked, hash=chain_hash(prev, linked))


def check_hash(ev: Event) -> bool:
    try:
        return ev.hash == chain_hash(ev.prev, ev)
    except CanonicalError:
        return False


# ---------------------------------------------------------------- the registry of kinds
PAYLOADS: dict[str, type[P]] = {
    **setup.KINDS,
    **incidents.KINDS,
    **resources.KINDS,
    **drills.KINDS,
    **field.KINDS,  # township and village stations
}

# Kinds that set up the county rather than record a decision (roster, stores, gazetteer).
SETUP_KINDS = frozenset(k for k in PAYLOADS if k.endswith((".registered", ".defined")))


class InvalidEvent(ValueError):
    """An event whose kind is unknown or whose payload does not fit its kind."""


def convert_payload(kind: str, payload: dict[str, Any]) -> P:
    """The typed payload for `kind`; raises InvalidEvent naming the problem."""
    shape = PAYLOADS.get(kind)
    if shape is None:
        raise InvalidEvent(f"unknown event kind {kind!r}")
    try:
        return msgspec.convert(payload, shape)
    except msgspec.ValidationError as exc:
        raise InvalidEvent(f"payload of {kind}: {exc}") from None


def payload_of(ev: Event) -> P:
    return convert_payload(ev.kind, ev.payload)


def to_payload(p: P) -> dict[str, Any]:
    """Plain JSON values of a typed payload (what goes into an Event)."""
    return msgspec.to_builtins(p)


def utc(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        raise ValueError("naive datetime: times in events must carry a zone")
    return ts.astimezone(UTC)


_decoder = msgspec.json.Decoder(Event)
_plain = msgspec.json.Encoder()


def encode_event(ev: Event) -> bytes:
    return _plain.encode(ev)


def decode_event(data: bytes | str) -> Event:
    """Decode one JSON event; raises InvalidEvent with the location of the problem."""
    try:
        ev = _decoder.decode(data)
    except msgspec.DecodeError as exc:
        raise InvalidEvent(str(exc)) from None
    if ev.ts.tzinfo is None:
        raise InvalidEvent("ts has no time zone")
    return ev
