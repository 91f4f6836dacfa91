"""Close codes the hub uses when it ends one connection, so a link can tell the reason apart."""

from __future__ import annotations

from enum import IntEnum


class Close(IntEnum):
    GOING_AWAY = 1001  # the hub is shutting down; reconnect
    TOO_BIG = 1009  # a frame above the size limit (websockets closes with this itself)
    UNAUTHORIZED = 4001  # no, unknown, revoked or mismatched token
    VERSION = 4002  # protocol version the hub does not speak
    BAD_HELLO = 4003  # the first frame was not a valid hello, or came too late
    ABUSE = 4008  # too many malformed or forbidden messages
    AHEAD = 4010  # the station holds more than the hub: wrong hub, or a restored backup
    REPLACED = 4011  # the same station connected again; this older connection is dropped
    FLOOD = 4029  # more messages per second than the limit


# Codes after which retrying with the same settings cannot help; a link still retries (an
# admin may fix the token meanwhile) but shows the reason.
FATAL = frozenset({Close.UNAUTHORIZED, Close.VERSION, Close.AHEAD})


# Every `reject.code` (one submitted event refused; the event is not stored).
REJECTS = {
    "wrong_station": "the event's `station` is not the authenticated one (counts as a strike)",
    "forbidden": "the station's role may not submit this kind (counts as a strike)",
    "invalid": "shape: payload does not fit its kind, id/actor/kind not 1-64 characters, seq "
    "out of 1..2^53-1, a number out of range (counts as a strike)",
    "bad_hash": "`hash` is not sha256(prev + canonical form); the reason names the canonical ts",
    "gap": "`seq`/`prev` do not continue the station's chain at the hub",
    "fork": "another event is already stored at this `seq` (a station restored from a backup)",
    "after_reject": "follows an event rejected earlier in the same batch",
}

# Every `error.code` (something sent was refused; each one counts as a strike).
ERRORS = {
    "malformed": "not JSON, or not a valid message (the text names the field)",
    "binary": "a binary frame; only text frames are part of the protocol",
    "unexpected": "a message that is not allowed now (a second hello)",
}

# The `error.code` sent just before the hub closes with a code of `Close` is its name,
# lower-case (`bad_hello`, `unauthorized`, `flood`, ...); REPLACED, GOING_AWAY and TOO_BIG
# close without one. A keepalive timeout closes with 1011 (websockets' own code).
CLOSE_MEANING = {
    Close.GOING_AWAY: "the hub is shutting down; reconnect",
    Close.TOO_BIG: "a frame larger than the limit (the hub closes without an error frame)",
    Close.UNAUTHORIZED: "no, unknown, revoked or mismatched token (also within 5 s of a revoke)",
    Close.VERSION: "a protocol version the hub does not speak",
    Close.BAD_HELLO: "the first frame was not a valid hello, or none came within 10 s",
    Close.ABUSE: "the 11th malformed, unexpected or refused (strike) message",
    Close.AHEAD: "hello's last_gseq is beyond the hub's: wrong hub, or a hub restored from backup",
    Close.REPLACED: "the same station connected again; this older connection is dropped",
    Close.FLOOD: "more messages than the rate limit allows",
}
