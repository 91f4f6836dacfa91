"""Keepalive pings spread over the interval instead of arriving in bursts.

websockets pings each connection `ping_interval` seconds after it opened, then every
`ping_interval`. Stations connect together (a hub start, a network coming back), so at 200
stations the hub sent 200 pings and read 200 pongs within ~0.6 s, every 5 s, on the same
loop that fans events out; per-event timestamps of bench/hub.py put the hub's slowest events
in those bursts. Here each connection starts its keepalive after a random part of the
interval, so the pings of many connections spread evenly over it. The keepalive itself (ping,
wait `ping_timeout` for the pong, close 1011 if none) is the library's, unchanged; the first
ping of a connection comes between one and two intervals after it opened.
"""

from __future__ import annotations

import asyncio
import random

from websockets.asyncio.server import ServerConnection


class SpreadConnection(ServerConnection):
    def start_keepalive(self) -> None:
        if self.ping_interval is not None:
            self.keepalive_task = self.loop.create_task(self._spread_keepalive())

    async def _spread_keepalive(self) -> None:
        assert self.ping_interval is not None
        # a phase, not a secret: the standard generator is enough
        await asyncio.sleep(random.uniform(0, self.ping_interval))
        await self.keepalive()
