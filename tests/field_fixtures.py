"""A county desk serving its embedded hub on 127.0.0.1 and a field station joined to it
through the real `commandcenter field` start-up (FieldLauncher, Link, FieldWindow)."""

from __future__ import annotations

import asyncio

from desk_fixtures import DeskEnv

from commandcenter.hub.embedded import start_embedded_hub
from commandcenter.link import Status
from commandcenter.ui.field.launcher import FieldLauncher, FieldOptions


async def until(pred, timeout: float = 15.0) -> None:
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(0.02)


class County:
    """Desk A (the county) with its hub, and one field station for township T01."""

    def __init__(self, qtbot, qloop, tmp_path, *, village: str = "") -> None:
        self.desk = DeskEnv(qtbot, qloop, tmp_path / "county.db")
        self.tmp = tmp_path
        self.village = village
        self.hub = None
        self.field: FieldLauncher | None = None

    def run(self, coro):
        return self.desk.run(coro)

    async def start(self) -> FieldLauncher:
        self.hub = await start_embedded_hub(self.desk.station)
        token = await self.hub.add_station(
            "field-t01", "field", township="T01", village=self.village
        )
        opts = FieldOptions(
            hub=self.hub.url, token=token, station="field-t01", actor="赵六", home=self.tmp
        )
        self.field = FieldLauncher(opts)
        await self.field.start()
        await self.online()
        return self.field

    async def online(self) -> None:
        link = self.field.link
        await until(
            lambda: (
                link.state.status is Status.ONLINE
                and self.field.desk.scope is not None
                and self.field.station.upto == self.desk.station.upto
                and not self.field.station.pending
            )
        )
        self.field.desk.flush()
        self.desk.desk.flush()

    async def stop(self) -> None:
        if self.field is not None:
            await self.field.stop()
        if self.hub is not None:
            await self.hub.close()

    def close(self) -> None:
        self.desk.close()
