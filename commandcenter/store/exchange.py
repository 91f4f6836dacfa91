"""The JSON-lines form of a journal (`export` / `import`): each event as journaled, numbered.

One line per event, global order first, then the outbox: the event's own fields exactly as
the hub relays them, plus `gseq` and `ghash` (both null while the event is pending), so a third
party can check each station's chain and the global chain from the file alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from commandcenter.domain import Event, InvalidEvent

from .journal import Journal


class Exported(Event, kw_only=True, forbid_unknown_fields=True):
    gseq: int | None = None
    ghash: str | None = None


_enc = msgspec.json.Encoder()
_dec = msgspec.json.Decoder(Exported)


def export_lines(journal: Journal, page: int = 2000) -> Iterator[bytes]:
    """Every event of the journal as one JSON line (without the newline)."""
    after = 0
    while rows := journal.chained(after, limit=page):
        for ev, g, gh in rows:
            yield _enc.encode(Exported(**msgspec.structs.asdict(ev), gseq=g, ghash=gh))
        after = rows[-1][1]
    for ev in journal.pending():
        yield _enc.encode(Exported(**msgspec.structs.asdict(ev)))


def decode_line(data: bytes | str) -> Event:
    """The event of one exported line (a bare event line is read too); InvalidEvent if bad."""
    try:
        line = _dec.decode(data)
    except msgspec.DecodeError as exc:
        raise InvalidEvent(str(exc)) from None
    if line.ts.tzinfo is None:
        raise InvalidEvent("ts has no time zone")
    fields = msgspec.structs.asdict(line)
    del fields["gseq"], fields["ghash"]
    return Event(**fields)
