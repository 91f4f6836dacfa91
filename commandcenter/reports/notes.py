"""Pending items and notes of a handover, kept in the `note` of the outgoing `shift.signed`.

The note stays plain Chinese text a person can read in the journal itself; the numbered lines
under 「待办事项」 are the pending items, the rest under 「备注」 is free text. Text without
the headings is read as notes, so a signature typed by hand elsewhere still prints.
"""

from __future__ import annotations

import re

PENDING = "待办事项:"
NOTES = "备注:"
_ITEM = re.compile(r"^\s*\d+[.、)]\s*")


def compose_note(pending: list[str], notes: str) -> str:
    """The note text for a `shift.signed` event."""
    items = [p.strip() for p in pending if p.strip()]
    parts = []
    if items:
        parts.append(PENDING + "\n" + "\n".join(f"{i}. {p}" for i, p in enumerate(items, 1)))
    if notes.strip():
        parts.append(NOTES + "\n" + notes.strip())
    return "\n".join(parts)


def parse_note(note: str) -> tuple[list[str], str]:
    """(pending items, notes) from a `shift.signed` note."""
    pending: list[str] = []
    notes: list[str] = []
    where = notes
    for line in note.splitlines():
        head = line.strip()
        if head == PENDING:
            where = pending
        elif head == NOTES:
            where = notes
        elif where is pending and head:
            pending.append(_ITEM.sub("", head))
        else:
            notes.append(line)
    return pending, "\n".join(notes).strip()
