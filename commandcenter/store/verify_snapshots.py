"""Snapshots as evidence: replay the journal up to every snapshot and compare the states.

`verify-log` calls this after the chains: a snapshot whose content differs from the replay
of the journal up to its `upto` is forged (or damaged), whether or not its seal was
recomputed; one that no longer matches its seal, or that ends at an event the journal does
not hold, is named too. Checking costs one replay of the journal (apply() of every event).
"""

from __future__ import annotations

import msgspec
from sqlalchemy import select

from commandcenter.domain import Event, State, apply
from commandcenter.domain.state import from_bytes, to_bytes

from .schema import snapshots
from .snapshotting import seal_of


def _differs(a: State, b: State) -> list[str]:
    """The top-level parts of the situation that differ (warehouses, teams, …)."""
    return [
        f
        for f in a.__struct_fields__
        if msgspec.to_builtins(getattr(a, f)) != msgspec.to_builtins(getattr(b, f))
    ]


def verify_snapshots(journal, seqd: list, events: dict[int, Event], problems: list[str]) -> int:
    """Check every snapshot against a replay of `seqd` (rows in global order, their events by
    `pos`); append a sentence per bad one to `problems`; return how many were checked."""
    snaps = journal.conn.execute(
        select(snapshots.c.upto, snapshots.c.ghash, snapshots.c.state, snapshots.c.seal).order_by(
            snapshots.c.upto
        )
    ).all()
    journal.conn.rollback()
    if not snaps:
        return 0
    by_g = {r.gseq: r for r in seqd}
    partial = bool(seqd) and seqd[0].gseq != 1
    state, i = State(), 0
    for s in snaps:
        where = f"the snapshot at global event {s.upto}"
        row = by_g.get(s.upto)
        if row is None:
            problems.append(f"{where} stands for an event the journal does not hold")
            continue
        if row.ghash != s.ghash:
            problems.append(f"{where} does not end at the journal's event {s.upto} (hash differs)")
            continue
        if s.seal is not None and s.seal != seal_of(s.upto, s.ghash, s.state):
            problems.append(f"{where} does not match its seal (edited after it was taken)")
        if partial:
            continue  # the journal starts later than 1: nothing to replay from
        while i < len(seqd) and seqd[i].gseq <= s.upto:
            apply(state, events[seqd[i].pos])
            i += 1
        try:
            snap = from_bytes(s.state)
        except msgspec.DecodeError:
            problems.append(f"{where} cannot be read (damaged, or from another version)")
            continue
        if to_bytes(snap) != to_bytes(state):
            parts = ", ".join(_differs(snap, state))
            problems.append(
                f"{where} differs from a replay of the journal up to it ({parts}): forged"
            )
    return len(snaps)
