"""The wire messages between stations and the hub: one msgspec Struct per message type.

Every frame is one JSON object in a WebSocket text frame, tagged by its `type` field. Decoding
validates the whole shape (types, ranges, lengths) with msgspec, so the hub never hand-checks
a field. Events travel as the domain's `Event` struct; what an event *means* is not checked
here (the hub checks role and chain; stations apply).
"""

from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import Meta

from commandcenter.domain import Event, State

# 2: events carry `scheme` and are hashed over RFC 8785; `event` frames carry `ghash`.
PROTOCOL_VERSION = 2

# A submit batch never carries more than this many events (the link sends smaller ones).
MAX_BATCH = 200

Name = Annotated[str, Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")]
Token = Annotated[str, Meta(max_length=256)]
Gseq = Annotated[int, Meta(ge=0, le=2**62)]
Text = Annotated[str, Meta(max_length=2000)]


class Msg(msgspec.Struct, kw_only=True, tag_field="type", forbid_unknown_fields=True):
    """Base of every wire message."""


# ---------------------------------------------------------------- station -> hub
class Hello(Msg, tag="hello"):
    """First frame of a station: who it is, its token, and the last global sequence it holds."""

    version: Annotated[int, Meta(ge=0, le=1000)]
    station: Name
    token: Token
    last_gseq: Gseq = 0
    # A station without a journal of its own (a light big screen) may take a snapshot
    # instead of a long replay; a station that keeps a journal must never ask for one.
    want_snapshot: bool = False


class Submit(Msg, tag="submit"):
    """A batch of this station's own events, oldest first, contiguous in its chain."""

    events: Annotated[list[Event], Meta(min_length=1, max_length=MAX_BATCH)]


# ---------------------------------------------------------------- hub -> station
class Peer(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    station: Name
    role: str


class Welcome(Msg, tag="welcome"):
    """The hub accepted the hello: the station's role and the hub's last global sequence."""

    version: int
    station: Name
    role: str
    last_gseq: Gseq
    online: list[Peer] = []
    # a field station's scope from its station record: the township (and village) it serves
    township: str = ""
    village: str = ""


class Ack(Msg, tag="ack"):
    """Events stored durably by the hub: event id -> global sequence."""

    acks: dict[str, Gseq]


class Reject(Msg, tag="reject"):
    """One submitted event the hub will not store, and why (code is machine-readable)."""

    id: Annotated[str, Meta(max_length=64)]
    code: str
    reason: Text


Hash = Annotated[str, Meta(pattern=r"^[0-9a-f]{64}$")]


class EventMsg(Msg, tag="event"):
    """One event in the global order, exactly as journaled; stations apply them by `gseq`.

    `ghash` links the global order: sha256 of the ASCII text of the previous event's ghash
    (64 zeros before gseq 1) followed by this event's `hash`, so anyone can check it."""

    gseq: Gseq
    ghash: Hash
    event: Event


class Snapshot(Msg, tag="snapshot"):
    """The whole situation after global sequence `upto`; events after it follow as `event`."""

    upto: Gseq
    state: State


class Presence(Msg, tag="presence"):
    """Who is connected to the hub now."""

    online: list[Peer]


class Error(Msg, tag="error"):
    """A problem with something the peer sent; `ref` names it (event id, message type)."""

    code: str
    message: Text
    ref: str = ""


ClientMessage = Hello | Submit
HubMessage = Welcome | Ack | Reject | EventMsg | Snapshot | Presence | Error
