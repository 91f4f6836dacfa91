"""A plugin API over a local database, for plugin commands run from the command line.

The command opens the journal, builds a Station (role admin) on it and hands the plugin only
the `PluginAPI`; the journal is closed when the command ends. Only an authority journal (a
hub's or a standalone desk's) may take decisions this way: a station's copy of a hub journal
would fork from the hub.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from commandcenter.station import Station
from commandcenter.store import Journal, StoreError

from .api import PluginAPI


@contextmanager
def local_api(
    db: str | None, *, actor: str = "系统管理员", create: bool = True, plugin: str = ""
) -> Iterator[PluginAPI]:
    with Journal(db, create=create) as journal:
        if not journal.authority:
            raise StoreError(
                "this database is a station's copy of a hub journal; "
                "run the command against the hub's database instead"
            )
        station = Station(journal, station="admin", actor=actor, role="admin")
        try:
            yield PluginAPI(station, plugin=plugin)
        finally:
            station.writer.close()
