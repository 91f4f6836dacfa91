"""Checking a printed journal head against the journal: was anything changed after printing?

A report prints `GSEQ:GHASH`, the global chain hash at the last event of its period. The check
recomputes every event's hash from its *content* (not from the stored hash column) and folds
them into the global chain up to GSEQ. A row edited in place breaks its own hash; a forger who
also rewrites every later hash so that `verify` passes still cannot match the paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from commandcenter.domain import GENESIS
from commandcenter.domain.events import chain_hash
from commandcenter.store import Journal
from commandcenter.store.journal import event_of, global_hash, ts_text
from commandcenter.store.schema import events as T

_HEAD = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$")


@dataclass
class HeadCheck:
    gseq: int
    ghash: str
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse_head(text: str) -> tuple[int, str]:
    """`GSEQ:HASH` as printed on a report; ValueError with the expected form if not."""
    m = _HEAD.match(text)
    if not m:
        raise ValueError(f"「{text}」不是日志头 (格式: 全局序号:64位哈希, 例如 2345:ab12…)")
    return int(m.group(1)), m.group(2).lower()


def check_head(
    journal: Journal,
    gseq: int,
    ghash: str,
    *,
    count: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 20,
) -> HeadCheck:
    """Recompute the global chain up to `gseq` from the events' content; compare with `ghash`.

    With `count` and the period, also check that the journal still holds that many sequenced
    events of the period up to `gseq` (a deleted row shows here even when re-chained).
    """
    out = HeadCheck(gseq, ghash.lower())
    cols = (T.c.id, T.c.station, T.c.seq, T.c.actor, T.c.ts, T.c.kind, T.c.payload)
    q = select(*cols, T.c.prev, T.c.hash, T.c.gseq, T.c.pos)
    rows = journal.conn.execute(q.where(T.c.gseq <= gseq).order_by(T.c.gseq)).all()
    journal.conn.rollback()
    out.checked = len(rows)
    if not rows or rows[-1].gseq != gseq:
        out.problems.append(f"日志中没有全局序号 {gseq} 的事件 (已删除或不是这个日志)")
        return out
    g, expect = GENESIS, 1
    for r in rows:
        if r.gseq != expect:
            out.problems.append(f"全局序号 {expect}–{r.gseq - 1} 的事件缺失 (已删除)")
        expect = r.gseq + 1
        h = chain_hash(r.prev, event_of(r))
        if h != r.hash:
            out.problems.append(
                f"第 {r.pos} 行 (全局序号 {r.gseq}, {r.kind}, 事件 {r.id}) 的内容与其哈希不符 (被修改)"
            )
        g = global_hash(g, h)
    if g != out.ghash:
        out.problems.append(
            f"按日志内容重算的全局序号 {gseq} 处哈希为 {g}, 与打印的 {out.ghash} 不符: "
            "打印之后日志被改动过"
        )
    if count is not None and since is not None and until is not None:
        n = journal.conn.execute(
            select(func.count())
            .select_from(T)
            .where(T.c.gseq <= gseq, T.c.ts >= ts_text(since), T.c.ts < ts_text(until))
        ).scalar_one()
        journal.conn.rollback()
        if n != count:
            out.problems.append(f"本时段的事件数现为 {n} 条, 打印时为 {count} 条")
    del out.problems[limit:]
    return out
