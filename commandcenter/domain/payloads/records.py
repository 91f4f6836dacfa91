"""Payload shapes of the county's records kept up to date: a record changed, a record retired.

A new record of a type with its own registration kind (team.registered, ...) is registered
with that kind; every later change is `record.changed` carrying the record's whole data (see
`domain/records.py` for the types and their shapes), and taking one out of service is
`record.retired`. Types without a registration kind of their own (村社区, 库存 counts, 值班表,
通讯录, boundaries) are created by `record.changed` too.
"""

from __future__ import annotations

from typing import Any

from .base import P

__all__ = ["RecordChanged", "RecordRetired"]


class RecordChanged(P, kw_only=True):
    type: str  # a key of domain.records.TYPES
    id: str
    data: dict[str, Any]
    note: str = ""  # where the change came from (a workbook, an editor)


class RecordRetired(P, kw_only=True):
    type: str
    id: str
    note: str = ""


KINDS: dict[str, type[P]] = {
    "record.changed": RecordChanged,
    "record.retired": RecordRetired,
}
