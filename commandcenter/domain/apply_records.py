"""Handlers for records kept up to date: `record.changed` and `record.retired`."""

from __future__ import annotations

import msgspec

from . import events as E
from . import records
from .folding import on
from .state import State


@on("record.changed")
def _changed(s: State, ev: E.Event, p: E.RecordChanged) -> None:
    rt = records.TYPES.get(p.type)
    if rt is None:
        return
    try:
        data = msgspec.convert(p.data, rt.shape)
    except msgspec.ValidationError:  # a fact we cannot read: kept in the journal, not shown
        return
    records.put(s, p.type, data)


@on("record.retired")
def _retired(s: State, ev: E.Event, p: E.RecordRetired) -> None:
    if p.type in records.TYPES:
        records.retire(s, p.type, p.id, ev.ts)
