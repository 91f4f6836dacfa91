"""The pure core: entities, events, `apply` and the rules of the duty desk (no Qt, SQL, I/O)."""

from . import (
    rules_field,  # noqa: F401 -- registers the field stations' rules
    rules_leader,  # noqa: F401 -- registers the leader's rules
    rules_records,  # noqa: F401 -- registers the record rules
    rules_reporting,  # noqa: F401 -- registers the reporting rules
    rules_warnings,  # noqa: F401 -- and the warning and ladder rules
)
from .apply import apply, replay
from .events import (
    GENESIS,
    PAYLOADS,
    Event,
    InvalidEvent,
    canonical,
    chain_hash,
    check_hash,
    decode_event,
    encode_event,
    payload_of,
    seal,
    to_payload,
)
from .rules import Refused, decide
from .state import State, state_hash

__all__ = [
    "GENESIS",
    "PAYLOADS",
    "Event",
    "InvalidEvent",
    "Refused",
    "State",
    "apply",
    "canonical",
    "chain_hash",
    "check_hash",
    "decide",
    "decode_event",
    "encode_event",
    "payload_of",
    "replay",
    "seal",
    "state_hash",
    "to_payload",
]
