"""The one entry point, `commandcenter`, and its subcommands.

Subcommand groups live in sibling modules and are imported only when used, so `verify-log`
does not pay for Qt and the desk does not pay for Alembic. With no subcommand the desk opens.
"""

from __future__ import annotations

import importlib
import sys

import click

# name -> "module:attribute" of a click command, loaded on first use
LAZY = {
    "init": "commandcenter.cli.journal_cmds:init",
    "verify-log": "commandcenter.cli.journal_cmds:verify_log",
    "export": "commandcenter.cli.journal_cmds:export",
    "import": "commandcenter.cli.journal_cmds:import_",
    "hub": "commandcenter.cli.hub_cmds:hub",
    "desk": "commandcenter.cli.desk_cmds:desk",
    "field": "commandcenter.cli.field_cmds:field",
    "report": "commandcenter.cli.report_cmds:report",
    "drill": "commandcenter.cli.drill_cmds:drill",
    "conformance": "commandcenter.cli.conformance_cmd:conformance",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(LAZY)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = LAZY.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise  # a real missing dependency: let it be seen
            return _missing(name)


def _missing(name: str) -> click.Command:
    def fail(**_: object) -> None:
        raise click.ClickException(f"`commandcenter {name}` is not available in this build yet")

    return click.Command(
        name,
        callback=fail,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.option("--demo", is_flag=True, help="Open the desk on the demo county with a drill feed.")
@click.option("--db", "db", default=None, help="Database URL or file (default: user data folder).")
@click.version_option(package_name="commandcenter")
@click.pass_context
def cli(ctx: click.Context, demo: bool, db: str | None) -> None:
    """应急指挥中心 值班台 — the duty desk. With no command, opens the desk."""
    if ctx.invoked_subcommand is None:
        desk = ctx.command.get_command(ctx, "desk")
        ctx.invoke(desk, demo=demo, db=db)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)
