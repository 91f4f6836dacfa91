"""Who has decided under each station's token: the hub records every actor name it accepts.

An event's `actor` is the person the station says decided; the hub cannot check it, but it
can keep, per authenticated station, the names it has accepted, so an audit (`hub list`)
shows a field token that signed as "局长". Kept in the journal's settings table (key
`actors:<station>`, a JSON list, at most MAX names); written only when a new name appears.
"""

from __future__ import annotations

import json

from commandcenter.store import Journal

MAX = 200


def actors_of(journal: Journal, station: str) -> list[str]:
    raw = journal.setting(f"actors:{station}")
    return json.loads(raw) if raw else []


def note_actors(journal: Journal, station: str, actors: list[str]) -> None:
    """Add the names in `actors` to `station`'s list (runs on the journal's writer)."""
    known = actors_of(journal, station)
    new = [a for a in dict.fromkeys(actors) if a not in known]
    if new and len(known) < MAX:
        known = (known + new)[:MAX]
        journal.set_setting(f"actors:{station}", json.dumps(known, ensure_ascii=False))
