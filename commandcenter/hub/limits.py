"""The hub's limits on one connection: sizes, timeouts, message and event rates, tolerated
mistakes."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # The largest real message is a submit batch of MAX_BATCH events; the link keeps its
    # batches under half of this.
    max_message: int = 1 << 20
    hello_timeout: float = 10.0
    # Keepalive of a few seconds: a dead peer (pulled cable) is noticed fast, slow readers
    # of broadcast() are dropped before their buffers grow without bound.
    keepalive: float = 5.0
    rate: float = 50.0  # messages per second, sustained; beyond it: closed (flood)
    burst: int = 200
    # Events per second, sustained, per connection: a submit of many events counts as many.
    # Beyond it the hub stops reading that connection until the bucket refills (TCP then
    # slows the sender), so an outbox after a long outage is paced, never refused.
    event_rate: float = 1000.0
    event_burst: int = 5000
    strikes: int = 10  # malformed or forbidden messages before the connection is closed
    # A station that asked for a snapshot gets one when it is further behind than this.
    snapshot_after: int = 1000
    # How often connected stations' tokens are checked again (a revoke takes effect).
    recheck: float = 5.0


class Bucket:
    """A token bucket: `take()` is False once the sender exceeds rate and burst."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, float(burst)
        self.level = float(burst)
        self.at = time.monotonic()

    def take(self, n: float = 1) -> bool:
        now = time.monotonic()
        self.level = min(self.burst, self.level + (now - self.at) * self.rate)
        self.at = now
        if self.level < n:
            return False
        self.level -= n
        return True

    async def pace(self, n: float) -> None:
        """Take `n` (at most a full bucket), sleeping until the bucket holds them."""
        n = min(n, self.burst)
        while not self.take(n):
            await asyncio.sleep((n - self.level) / self.rate)
