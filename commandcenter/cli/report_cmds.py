"""`commandcenter report …`: print the handover and incident reports headless, check a head.

Times are ISO 8601; without an offset they are the bureau's local time (the county's zone).
Every failure is one sentence through click.ClickException, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

import click

from commandcenter.store import Journal, StoreError

from .errors import db_option

STAGES = {"初报": "first", "续报": "followup", "终报": "final"}


@click.group("report")
def report() -> None:
    """打印交接班报告和事件报告 (PDF), 核对打印的日志头。"""


@contextmanager
def _journal(db: str | None) -> Iterator[Journal]:
    try:
        journal = Journal(db, create=False, lock=False)  # reads only, beside a running desk
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield journal
    finally:
        journal.close()


def _times(journal: Journal, texts: list[str | None]) -> list[datetime | None]:
    from commandcenter.reports.period import bureau_zone, parse_time

    tz = bureau_zone(journal)
    try:
        return [parse_time(t, tz) if t else None for t in texts]
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


@contextmanager
def _bar(label: str) -> Iterator[Callable[[str, int, int], None]]:
    """One terminal bar for all stages: replaying the journal is the first third, pages the rest."""
    weights = {"journal": (0, 300), "pages": (300, 700)}
    with click.progressbar(length=1000, label=label, file=sys.stderr) as bar:
        shown = [0]

        def step(stage: str, done: int, total: int) -> None:
            start, span = weights.get(stage, (0, 0))
            at = start + (span * done // total if total else span)
            if at > shown[0]:
                bar.update(at - shown[0])
                shown[0] = at

        yield step
        bar.update(1000 - shown[0])


def _render_errors(fn: Callable[[], object]) -> object:
    from commandcenter.reports.render import NoCJKFont

    try:
        return fn()
    except (NoCJKFont, ValueError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write the report: {exc.strerror or exc}") from None


@report.command("handover")
@db_option
@click.option("--from", "since", default=None, help="Start (ISO 8601; local time if no offset).")
@click.option(
    "--to", "until", default=None, help="End (ISO 8601; default: the shift's end or now)."
)
@click.option(
    "--shift", "shift_id", default=None, help="Shift id: its start and end are the period."
)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="PDF file to write.")
@click.option("--drill", is_flag=True, help="The drill world's handover (演练), not the real one.")
def handover(
    db: str | None,
    since: str | None,
    until: str | None,
    shift_id: str | None,
    out: str,
    drill: bool,
) -> None:
    """交接班报告: 一个时段 (或一个班次) 的 A4 PDF。"""
    from commandcenter.reports.handover import handover_pdf

    if drill:
        db = _drill_world(db)
    with _journal(db) as journal:
        t0, t1 = _times(journal, [since, until])
        if shift_id:
            t0, t1 = _shift_period(journal, shift_id, t0, t1)
        if t0 is None:
            raise click.ClickException("请用 --from 给出开始时间, 或用 --shift 指定班次")
        t1 = t1 or datetime.now(t0.tzinfo)
        if t1 <= t0:
            raise click.ClickException("结束时间必须晚于开始时间")
        with _bar("交接班报告") as step:
            printed = _render_errors(
                lambda: handover_pdf(journal, t0, t1, out, shift_id=shift_id, progress=step)
            )
    h = printed.data.head
    click.echo(f"{out}: {printed.pages} 页, 本时段事件 {h.count} 条, 日志头 {h.text}")


def _drill_world(db: str) -> str:
    from pathlib import Path

    from commandcenter.drills.world import drill_db_for
    from commandcenter.store.db import sqlite_path, to_url

    world = drill_db_for(db)
    path = sqlite_path(to_url(world))
    if path is not None and not path.exists():
        raise click.ClickException(
            f"{db} 没有演练数据 ({Path(world).name}); 先运行 commandcenter drill run"
        )
    return world


def _shift_period(journal: Journal, shift_id: str, t0, t1):
    evs = journal.query(kinds=["shift.started", "shift.ended"])
    starts = [e for e in evs if e.kind == "shift.started"]
    mine = [e for e in starts if e.payload.get("shift") == shift_id]
    if not mine:
        raise click.ClickException(f"日志中没有班次 {shift_id}")
    start = mine[0].ts
    state, _ = journal.confirmed_state()
    end = state.shifts[shift_id].end if shift_id in state.shifts else None
    return t0 or start, t1 or end


@report.command("incident")
@click.argument("incident")
@db_option
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="PDF file to write.")
@click.option("--stage", type=click.Choice(list(STAGES)), default=None,
              help="初报, 续报 or 终报 (default: from the incident's state).")  # fmt: skip
@click.option("--at", "at", default=None, help="As of this time (ISO 8601; default: now).")
def incident(incident: str, db: str | None, out: str, stage: str | None, at: str | None) -> None:
    """事件报告 (初报/续报/终报) 的 A4 PDF。"""
    from commandcenter.reports.incident_report import incident_pdf

    with _journal(db) as journal:
        (when,) = _times(journal, [at])
        with _bar(f"事件报告 {incident}") as step:
            printed = _render_errors(
                lambda: incident_pdf(journal, incident, out, stage=stage, at=when, progress=step)
            )
    click.echo(f"{out}: {printed.pages} 页, {printed.stage}, 日志头 {printed.head.text}")


@report.command("stats")
@click.option("--db", required=True, help="Database URL or file.")
@click.option("--from", "since", required=True, help="Start (ISO 8601; local time if no offset).")
@click.option("--to", "until", default=None, help="End (ISO 8601; default: now).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="PDF file to write.")
def stats(db: str, since: str, until: str | None, out: str) -> None:
    """统计报告: 响应时间、按类型/乡镇/时段的起数、信息报送按时率 (A4 PDF)。"""
    from commandcenter.reports.stats_report import stats_pdf

    with _journal(db) as journal:
        t0, t1 = _times(journal, [since, until])
        t1 = t1 or datetime.now(t0.tzinfo)
        if t1 <= t0:
            raise click.ClickException("结束时间必须晚于开始时间")
        with _bar("统计报告") as step:
            printed = _render_errors(lambda: stats_pdf(journal, t0, t1, out, progress=step))
    f = printed.figures
    click.echo(f"{out}: {printed.pages} 页, 接报 {f.reported} 起, 日志头 {printed.plog.head.text}")
