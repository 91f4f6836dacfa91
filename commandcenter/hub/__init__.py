"""The hub: authenticates stations, orders their events, stores them, fans them out (no Qt)."""

from .embedded import EmbeddedHub, start_embedded_hub
from .limits import Limits
from .server import Hub
from .tokens import StationInfo, TokenError, TokenStore

__all__ = [
    "EmbeddedHub",
    "Hub",
    "Limits",
    "StationInfo",
    "TokenError",
    "TokenStore",
    "start_embedded_hub",
]
