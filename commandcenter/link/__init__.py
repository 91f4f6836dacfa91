"""The station's link to the hub: resume, outbox, reconnect with backoff (no Qt; asyncio)."""

from .client import Link
from .state import LinkState, Rejection, Status

__all__ = ["Link", "LinkState", "Rejection", "Status"]
