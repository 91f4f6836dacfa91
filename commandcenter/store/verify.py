"""`verify`: walk every hash chain of a journal and name the first entry that is broken.

Three chains are checked: each station's events by `seq` (prev link and own hash: catches an
edited or deleted row), the global order by `gseq` (`ghash`: catches reordering or a deleted
sequenced row), and, in an authority journal, that rows were stored in global order.
Then every snapshot is compared with a replay of the journal up to it (`verify_snapshots`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from commandcenter.domain import GENESIS
from commandcenter.domain.events import chain_hash

from .journal import Journal, event_of, global_hash
from .schema import events as T
from .verify_snapshots import verify_snapshots

_HEAD = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$")


def parse_head(text: str) -> tuple[int, str]:
    """`GSEQ:HASH` as printed on a report; ValueError naming the expected form if not."""
    m = _HEAD.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a journal head: expected GSEQ:HASH (64 hex digits)")
    return int(m.group(1)), m.group(2).lower()


@dataclass
class VerifyReport:
    checked: int = 0
    stations: int = 0
    snapshots: int = 0
    head_gseq: int = 0
    head_ghash: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _where(r) -> str:
    return f"row {r.pos} (event {r.id}, station {r.station} #{r.seq}, global {r.gseq})"


def verify(
    journal: Journal, *, expect_head: tuple[int, str] | None = None, limit: int = 20
) -> VerifyReport:
    """Check every chain; with `expect_head` also check a printed (gseq, ghash) still holds."""
    rows = journal.conn.execute(select(T).order_by(T.c.pos)).all()
    journal.conn.rollback()
    rep = VerifyReport(checked=len(rows))
    problems = rep.problems

    chains: dict[str, list] = {}
    content: dict[int, str] = {}  # pos -> the hash recomputed from the row's content
    evs: dict = {}  # pos -> the event, replayed against the snapshots
    for r in rows:
        ev = evs[r.pos] = event_of(r)
        content[r.pos] = chain_hash(r.prev, ev)
        if content[r.pos] != r.hash:
            problems.append(f"{_where(r)}: its content does not match its hash (edited)")
        chains.setdefault(r.station, []).append(r)
    rep.stations = len(chains)

    for station, chain in sorted(chains.items()):
        chain.sort(key=lambda r: r.seq)
        prev, expect, last_g = GENESIS, 1, 0
        for r in chain:
            if r.seq != expect:
                problems.append(
                    f"station {station}: events #{expect}–#{r.seq - 1} are missing before "
                    f"{_where(r)} (deleted)"
                )
                prev = r.prev  # report once, then keep checking from here
            elif r.prev != prev:
                problems.append(f"{_where(r)}: does not link to the station's previous event")
            if r.gseq is not None:
                if r.gseq < last_g:
                    problems.append(
                        f"{_where(r)}: is ordered before an earlier event of its station"
                    )
                last_g = r.gseq
            elif last_g and any(x.gseq is not None for x in chain if x.seq > r.seq):
                problems.append(f"{_where(r)}: pending, but a later event of its station is not")
            prev, expect = r.hash, r.seq + 1

    seqd = sorted((r for r in rows if r.gseq is not None), key=lambda r: r.gseq)
    ghash = GENESIS
    for i, r in enumerate(seqd):
        if i == 0 and r.gseq != 1:
            problems.append(f"global order starts at {r.gseq}, not 1: earlier events are missing")
        elif i and r.gseq != seqd[i - 1].gseq + 1:
            problems.append(
                f"global events {seqd[i - 1].gseq + 1}–{r.gseq - 1} are missing before {_where(r)}"
            )
        expected = global_hash(ghash if i else GENESIS, r.hash)
        if i == 0 and r.gseq != 1:
            expected = r.ghash  # the first link of a partial journal cannot be checked
        if r.ghash != expected:
            problems.append(f"{_where(r)}: the global chain breaks here (reordered or edited)")
        ghash = r.ghash or ghash
    if seqd:
        rep.head_gseq, rep.head_ghash = seqd[-1].gseq, seqd[-1].ghash

    if journal.authority:
        last_pos = 0
        for r in seqd:
            if r.pos < last_pos:
                problems.append(f"{_where(r)}: stored out of global order (rows swapped)")
                break
            last_pos = r.pos

    rep.snapshots = verify_snapshots(journal, seqd, evs, problems)

    if expect_head is not None:
        _check_head(seqd, content, expect_head, problems)

    del problems[limit:]
    return rep


def _check_head(seqd: list, content: dict[int, str], head: tuple[int, str], problems: list) -> None:
    """Fold the hashes recomputed from content, not the stored columns, up to the printed
    gseq: a row edited in place, or a journal re-chained by a forger, cannot match the paper."""
    g, printed = head
    if not any(r.gseq == g for r in seqd):
        problems.append(f"the printed head, global event {g}, is no longer in the journal")
        return
    ghash = GENESIS
    for r in seqd:
        if r.gseq > g:
            break
        ghash = global_hash(ghash, content[r.pos])
    if ghash != printed:
        problems.append(
            f"the journal's content up to global event {g} hashes to {ghash[:16]}…, not the "
            f"printed {printed[:16]}…: it was changed after printing"
        )
