"""A cuttable TCP link on loopback: stands in for a county's WAN in tests and benches.

`WanLink` forwards a local port to a target; `cut()` drops every connection and refuses new
ones (the county's leaf node sees the city vanish), `restore()` listens again on the same port.
It carries no protocol of its own: NATS runs through it untouched.
"""

from __future__ import annotations

import asyncio
import contextlib


class WanLink:
    def __init__(self, target_port: int, host: str = "127.0.0.1") -> None:
        self.host, self.target = host, target_port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        return f"nats://{self.host}:{self.port}"

    async def restore(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._accept, self.host, self.port)
            self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for w in list(self._pipes):
            w.transport.abort()
        self._pipes.clear()

    async def close(self) -> None:
        await self.cut()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        # a connection accepted just before a cut may reach here after it: refuse it too
        if self._server is None:
            w.transport.abort()
            return
        try:
            tr, tw = await asyncio.open_connection(self.host, self.target)
        except OSError:
            w.transport.abort()
            return
        if self._server is None:
            w.transport.abort()
            tw.transport.abort()
            return
        self._pipes.update((w, tw))
        for a, b in ((r, tw), (tr, w)):
            t = asyncio.get_running_loop().create_task(self._pump(a, b))
            self._tasks.add(t)
            t.add_done_callback(self._tasks.discard)

    async def _pump(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            while data := await r.read(65536):
                w.write(data)
                await w.drain()
        w.transport.abort()
        self._pipes.discard(w)
