"""`commandcenter county template | export | import`: the county workbook from the command line."""

from __future__ import annotations

from pathlib import Path

import click

from commandcenter.cli.errors import db_option, friendly
from commandcenter.domain import Refused

OUT = click.Path(dir_okay=False, path_type=Path)


@click.group()
def county() -> None:
    """县情基础数据工作簿: the county's rosters as one Excel workbook."""


@county.command()
@click.option("--out", type=OUT, required=True, help="The .xlsx file to write.")
@friendly
def template(out: Path) -> None:
    """Write an empty workbook: headers, an example row, drop-down lists."""
    from .writing import write_template

    write_template(out)
    click.echo(f"Wrote the template to {out}.")


@county.command()
@db_option
@click.option("--out", type=OUT, required=True, help="The .xlsx file to write.")
@friendly
def export(db: str | None, out: Path) -> None:
    """Write the county as it stands to a workbook."""
    from commandcenter.plugins.local import local_api

    from .writing import write_export

    with local_api(db, create=False, plugin="county") as api:
        write_export(api.state, out)
    click.echo(f"Exported the county to {out}.")


@county.command("import")
@db_option
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and show the difference; store nothing.")
@click.option("--actor", default="系统管理员", show_default=True, help="Who records the import.")
@friendly
def import_(db: str | None, source: Path, dry_run: bool, actor: str) -> None:
    """Check every row, show the difference, then record it (all or nothing)."""
    from commandcenter.plugins.local import local_api

    from .importer import WorkbookImporter

    with local_api(db, actor=actor, plugin="county") as api:
        plan = WorkbookImporter().preview(api, source, trial=dry_run)
        for line in plan.errors[:100]:
            click.echo(line, err=True)
        if plan.errors:
            more = len(plan.errors) - 100
            tail = f" (and {more} more)" if more > 0 else ""
            raise click.ClickException(
                f"{len(plan.errors)} problems in {source.name}{tail}; nothing was imported"
            )
        for note in plan.notes:
            click.echo(note)
        for d in plan.diffs:
            if not d.empty:
                click.echo(
                    f"{d.sheet}: 新增 {len(d.new)}, 变更 {len(d.changed)}, 注销 {len(d.retired)}"
                )
        new, changed, retired = plan.counts()
        if plan.empty:
            click.echo(f"No change: the county already matches {source.name}.")
            return
        if dry_run:
            click.echo(f"Dry run: {new} new, {changed} changed, {retired} retired; nothing stored.")
            return
        try:
            evs = api.record(plan.decisions)
        except Refused as exc:
            raise click.ClickException(f"无法导入: {exc}; nothing was imported") from None
        click.echo(
            f"Imported {source.name}: {new} new, {changed} changed, {retired} retired "
            f"({len(evs)} events)."
        )


@county.command()
@db_option
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--encoding", default="utf-8", show_default=True, help="A shapefile's .dbf text.")
@click.option("--dry-run", is_flag=True, help="Show what matches; store nothing.")
@friendly
def boundary(db: str | None, source: Path, encoding: str, dry_run: bool) -> None:
    """County and township outlines from GeoJSON or a shapefile (matched by name or code)."""
    from commandcenter.plugins.local import local_api

    from .boundaries import BoundaryError, plan_boundaries, read_features

    try:
        features = read_features(source, encoding)
    except BoundaryError as exc:
        raise click.ClickException(str(exc)) from None
    with local_api(db, create=False, plugin="county") as api:
        plan = plan_boundaries(features, api.state)
        for line in plan.errors:
            click.echo(line, err=True)
        if plan.errors:
            raise click.ClickException(f"nothing was imported from {source.name}")
        for note in plan.notes:
            click.echo(note)
        new, changed, _ = plan.counts()
        if dry_run or plan.empty:
            click.echo(f"{new} new, {changed} changed outlines; nothing stored.")
            return
        try:
            api.record(plan.decisions)
        except Refused as exc:
            raise click.ClickException(f"无法导入: {exc}; nothing was imported") from None
        click.echo(f"Imported {new} new, {changed} changed outlines from {source.name}.")
