"""The in-process hub of the embedded default: a desk serving its own journal on loopback.

A desk with no hub configured is its own authority: its journal numbers events, and this hub
serves that same journal so a second station or the big screen can join. Remote submissions go
through `Station.accept` (stored and applied in order with the desk's own decisions); the
desk's own decisions reach the hub through `Station.subscribe` and are broadcast.

    hub = await start_embedded_hub(station)          # station.journal.authority must be True
    token = await hub.add_station("screen-1", "screen")  # shown once to the operator
    ...
    await hub.close()
"""

from __future__ import annotations

import ssl as ssl_module

from commandcenter.station import Station

from .limits import Limits
from .server import Hub


class EmbeddedHub:
    """Handle of a running in-process hub: its address, its tokens, and how to stop it."""

    def __init__(self, hub: Hub, host: str) -> None:
        self.hub = hub
        self.host = host

    @property
    def port(self) -> int:
        return self.hub.port

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    async def add_station(
        self, name: str, role: str, *, township: str = "", village: str = ""
    ) -> str:
        """Issue a token for a station joining this desk; raises TokenError with a reason."""
        add = self.hub.tokens.add
        return await self.hub.writer.run(
            lambda: add(name, role, township=township, village=village)
        )

    async def revoke(self, name: str) -> None:
        """Revoke a station's token; its open connection is dropped within `Limits.recheck`."""
        await self.hub.writer.run(self.hub.tokens.revoke, name)

    def online(self) -> list[str]:
        return [p.station for p in self.hub.online()]

    async def close(self) -> None:
        await self.hub.close()


async def start_embedded_hub(
    station: Station,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    ssl: ssl_module.SSLContext | None = None,
    limits: Limits | None = None,
) -> EmbeddedHub:
    """Serve `station`'s journal on `host:port` (port 0 picks a free one). Call in the loop."""
    if not station.journal.authority:
        raise ValueError("the embedded hub needs a desk whose journal is the authority")
    hub = Hub(station=station, limits=limits)
    await hub.start(host, port, ssl=ssl)
    return EmbeddedHub(hub, host)
