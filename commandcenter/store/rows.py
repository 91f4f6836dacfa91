"""Rows of the `events` table: how an event is written to a row and read back from one."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

import msgspec

from commandcenter.domain import Event

from .schema import events as T

_payload_enc = msgspec.json.Encoder(order="sorted")
_payload_dec = msgspec.json.Decoder(dict[str, Any])
_ts_enc = msgspec.json.Encoder()


def ts_text(ts: datetime) -> str:
    return _ts_enc.encode(ts.astimezone(UTC)).decode()[1:-1]


def global_hash(prev_ghash: str, event_hash: str) -> str:
    return hashlib.sha256((prev_ghash + event_hash).encode()).hexdigest()


def new_id() -> str:
    return uuid.uuid4().hex


def row_of(ev: Event, gseq: int | None, ghash: str | None) -> dict[str, Any]:
    incident = ev.payload.get("incident")
    return {
        "id": ev.id,
        "station": ev.station,
        "seq": ev.seq,
        "actor": ev.actor,
        "ts": ts_text(ev.ts),
        "kind": ev.kind,
        "payload": _payload_enc.encode(ev.payload).decode(),
        "prev": ev.prev,
        "hash": ev.hash,
        "gseq": gseq,
        "ghash": ghash,
        "incident": incident if isinstance(incident, str) and incident else None,
        "scheme": ev.scheme,
    }


def event_of(row: Any) -> Event:
    return Event(
        id=row.id,
        station=row.station,
        seq=row.seq,
        actor=row.actor,
        ts=datetime.fromisoformat(row.ts),
        kind=row.kind,
        payload=_payload_dec.decode(row.payload),
        prev=row.prev,
        hash=row.hash,
        scheme=row.scheme,
    )


COLS = (
    *(T.c.id, T.c.station, T.c.seq, T.c.actor, T.c.ts, T.c.kind, T.c.payload, T.c.prev, T.c.hash),
    T.c.scheme,
)
