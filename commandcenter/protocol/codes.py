"""Close codes the hub uses when it ends one connection, so a link can tell the reason apart."""

from __future__ import annotations

from enum import IntEnum


class Close(IntEnum):
    GOING_AWAY = 1001  # the hub is shutting down; reconnect
    TOO_BIG = 1009  # a frame above the size limit (websockets closes with this itself)
    INTERNAL = 1011  # the hub failed on this connection (logged on one line); reconnect
    UNAUTHORIZED = 4001  # no, unknown, revoked or mismatched token
    VERSION = 4002  # protocol version the hub does not speak
    BAD_HELLO = 4003  # the first frame was not a valid hello, or came too late
    ABUSE = 4008  # too many malformed or forbidden messages
    AHEAD = 4010  # the station holds more than the hub: wrong hub, or a restored backup
    REPLACED = 4011  # the same station connected again; this older connection is dropped
    FLOOD = 4029  # more messages per second than the limit
    STORAGE_FULL = 4507  # the hub's disk is full: nothing stored; the outbox waits, retry


# Codes after which retrying with the same settings cannot help; a link still retries (an
# admin may fix the token meanwhile) but shows the reason.
FATAL = frozenset({Close.UNAUTHORIZED, Close.VERSION, Close.AHEAD})
