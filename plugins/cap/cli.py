"""`commandcenter warnings import | list | show | lift | export`: warnings from the command line."""

from __future__ import annotations

from pathlib import Path

import click

from commandcenter.cli.errors import db_option, friendly

OUT = click.Path(dir_okay=False, path_type=Path)


@click.group()
def warnings() -> None:
    """预警: CAP 1.2 in and out, the 631 叫应 ladder."""


@warnings.command("import")
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@friendly
def import_(db: str | None, files: tuple[Path, ...]) -> None:
    """Import CAP 1.2 files; one import-log line per file."""
    from commandcenter.plugins.local import local_api

    from .intake import import_files

    with local_api(db, actor="CAP接入", plugin="cap") as api:
        plans = import_files(api, list(files))
    for p in plans:
        click.echo(p.line())
    refused = sum(p.outcome == "refused" for p in plans)
    click.echo(f"{len(plans)} files: {len(plans) - refused} recorded, {refused} refused.")
    if refused and refused == len(plans):
        raise SystemExit(1)


def _state(db: str | None):
    from commandcenter.plugins.local import local_api

    with local_api(db, create=False, plugin="cap") as api:
        return api.state, api.now()


@warnings.command("list")
@db_option
@click.option("--all", "everything", is_flag=True, help="Lifted and outside ones too.")
@friendly
def list_(db: str | None, everything: bool) -> None:
    """Warnings in force (worst first)."""
    from commandcenter.domain.ladder import in_force

    from .text import warning_line

    state, now = _state(db)
    ws = list(state.warnings.values()) if everything else in_force(state, now)
    for w in ws:
        click.echo(warning_line(state, w))
    if not ws:
        click.echo("No warning in force.")


@warnings.command()
@db_option
@click.argument("ident")
@friendly
def show(db: str | None, ident: str) -> None:
    """A warning and its 631 ladder (everyone unanswered marked)."""
    from .text import ladder_lines

    state, now = _state(db)
    w = _find(state, ident)
    for line in ladder_lines(state, w.id, now):
        click.echo(line)


def _find(state, ident: str):
    w = state.warnings.get(ident) or next(
        (x for x in state.warnings.values() if x.cap and ident in x.cap.ids), None
    )
    if w is None:
        raise click.ClickException(f"没有编号为 {ident} 的预警")
    return w


@warnings.command()
@db_option
@click.argument("ident")
@click.option("--reason", default="", help="Why it is lifted.")
@friendly
def lift(db: str | None, ident: str, reason: str) -> None:
    """Lift a warning."""
    from commandcenter.plugins.local import local_api

    with local_api(db, create=False, plugin="cap") as api:
        w = _find(api.state, ident)
        api.record([("warning.lifted", {"warning": w.id, "reason": reason})])
    click.echo(f"Lifted {w.id}.")


@warnings.command()
@db_option
@click.argument("ident")
@click.option("--out", type=OUT, required=True, help="The CAP 1.2 .xml file to write.")
@friendly
def export(db: str | None, ident: str, out: Path) -> None:
    """Write a warning as a CAP 1.2 message, validated against the XSD."""
    from .export import export as to_cap
    from .reading import CapError

    state, now = _state(db)
    try:
        data = to_cap(state, _find(state, ident).id, now)
    except CapError as exc:
        raise click.ClickException(str(exc)) from None
    out.write_bytes(data)
    click.echo(f"Wrote {out} ({len(data)} bytes, valid CAP 1.2).")


@warnings.command("ladder")
@db_option
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSON file: {stages: [{name, hours_before, audiences, answer_minutes}], "
    "night_from, night_to, codes}. Without it, print the ladder in force.",
)
@friendly
def ladder_(db: str | None, config_file: Path | None) -> None:
    """The bureau's 631 叫应 ladder: print it, or set it from a JSON file."""
    import msgspec

    from commandcenter.domain.ladder import config
    from commandcenter.domain.ladder_config import LadderConfig
    from commandcenter.plugins.local import local_api

    with local_api(db, create=False, plugin="cap") as api:
        if config_file is not None:
            try:
                cfg = msgspec.json.decode(config_file.read_bytes(), type=LadderConfig)
            except msgspec.DecodeError as exc:  # ValidationError is a DecodeError
                raise click.ClickException(f"{config_file.name}: {exc}") from None
            api.record([("ladder.configured", {"config": msgspec.to_builtins(cfg)})])
        cfg = config(api.state)
    click.echo(msgspec.json.format(msgspec.json.encode(cfg), indent=2).decode())
