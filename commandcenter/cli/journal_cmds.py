"""Journal commands: `init` (optionally with the demo county), `verify-log`, `export`, `import`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from commandcenter.store import Journal, parse_head, verify

from .errors import db_option, friendly


@click.command()
@db_option
@click.option("--demo", is_flag=True, help="Fill the new database with the demo county 青山县.")
@click.option("--seed", default=7, show_default=True, help="Seed of the demo county.")
@click.option("--scale", default=1.0, show_default=True, help="Multiply the demo's incidents.")
@friendly
def init(db: str | None, demo: bool, seed: int, scale: float) -> None:
    """Create a database (and the demo county with --demo)."""
    with Journal(db) as j:
        n = j.count()
        if demo:
            if n:
                raise click.ClickException(
                    f"the database at {j.url} already holds {n} events; "
                    "choose another --db or move that file away first"
                )
            from commandcenter.demo import init_demo

            n = init_demo(j, seed=seed, scale=scale)
            click.echo(f"Created the demo county at {j.url}: {n} events.")
        else:
            click.echo(f"Database ready at {j.url} ({n} events).")


def _head(value: str | None) -> tuple[int, str] | None:
    try:
        return parse_head(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--head") from None


@click.command("verify-log")
@db_option
@click.option("--head", "head", default=None, help="A printed head GSEQ:HASH that must still hold.")
@friendly
def verify_log(db: str | None, head: str | None) -> None:
    """Walk every hash chain; exit 1 naming the first broken entry."""
    expect = _head(head)
    with Journal(db, create=False) as j:
        rep = verify(j, expect_head=expect)
    if rep.ok:
        click.echo(
            f"OK: {rep.checked} events from {rep.stations} stations verify; "
            f"head {rep.head_gseq}:{rep.head_ghash}"
        )
        return
    click.echo(f"BROKEN: {rep.problems[0]}", err=True)
    for p in rep.problems[1:]:
        click.echo(f"  also: {p}", err=True)
    sys.exit(1)


@click.command()
@db_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@friendly
def export(db: str | None, out: Path | None) -> None:
    """Write every event as one JSON line with its gseq and ghash, in journal order."""
    from commandcenter.store.exchange import export_lines

    with Journal(db, create=False) as j:
        stream = out.open("wb") if out else sys.stdout.buffer
        n = 0
        try:
            for line in export_lines(j):
                stream.write(line + b"\n")
                n += 1
        finally:
            if out:
                stream.close()
    click.echo(f"Exported {n} events.", err=True)


@click.command("import")
@db_option
@click.argument("source", type=click.File("rb"))
@friendly
def import_(db: str | None, source) -> None:
    """Read events (JSON lines) into the journal; all or nothing, idempotent."""
    from .importing import check_lines

    with Journal(db) as j:
        if not j.authority:
            raise click.ClickException(
                "this database is a station's copy of a hub journal; import into the hub instead"
            )
        plan = check_lines(j, source)
        for line, why in plan.errors[:50]:
            click.echo(f"line {line}: {why}", err=True)
        if plan.errors:
            more = len(plan.errors) - 50
            tail = f" (and {more} more)" if more > 0 else ""
            raise click.ClickException(
                f"refused {len(plan.errors)} of {plan.lines} lines{tail}; nothing was imported"
            )
        j.append(plan.events, validate=False)
    click.echo(f"Imported {len(plan.events)} events; {plan.skipped} were already stored.")
