"""The versioned wire protocol between stations and the hub (no Qt, no I/O)."""

from .codec import ProtocolError, decode_client, decode_hub, encode
from .messages import (
    MAX_BATCH,
    PROTOCOL_VERSION,
    Ack,
    ClientMessage,
    Error,
    EventMsg,
    Hello,
    HubMessage,
    Peer,
    Presence,
    Reject,
    Snapshot,
    Submit,
    Welcome,
)

__all__ = [
    "MAX_BATCH",
    "PROTOCOL_VERSION",
    "Ack",
    "ClientMessage",
    "Error",
    "EventMsg",
    "Hello",
    "HubMessage",
    "Peer",
    "Presence",
    "ProtocolError",
    "Reject",
    "Snapshot",
    "Submit",
    "Welcome",
    "decode_client",
    "decode_hub",
    "encode",
]
