"""Encoding and validating decoding of wire messages; every failure becomes a ProtocolError."""

from __future__ import annotations

import msgspec

from .bounds import MAX_DEPTH, too_deep
from .messages import ClientMessage, HubMessage, Msg


class ProtocolError(ValueError):
    """A frame that is not a valid message; the text says where and what (for error frames)."""


_encoder = msgspec.json.Encoder()
_client = msgspec.json.Decoder(ClientMessage)
_hub = msgspec.json.Decoder(HubMessage)


def encode(msg: Msg) -> bytes:
    """UTF-8 JSON of one message (send it as a text frame)."""
    return _encoder.encode(msg)


def _decode(decoder: msgspec.json.Decoder, data: bytes | str) -> Msg:
    if too_deep(data):  # checked before decoding: msgspec would raise RecursionError
        raise ProtocolError(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return decoder.decode(data)
    except msgspec.ValidationError as exc:
        raise ProtocolError(f"invalid message: {exc}") from None
    except msgspec.DecodeError as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    except RecursionError:
        raise ProtocolError(f"nested deeper than {MAX_DEPTH} levels") from None


def decode_client(data: bytes | str) -> ClientMessage:
    """A message a station sent to the hub."""
    return _decode(_client, data)  # type: ignore[return-value]


def decode_hub(data: bytes | str) -> HubMessage:
    """A message the hub sent to a station."""
    return _decode(_hub, data)  # type: ignore[return-value]
