"""`commandcenter plugins list`, and the subcommands plugins contribute (`commands` kind)."""

from __future__ import annotations

import click

from commandcenter.plugins import KINDS, PluginError, default_registry


@click.group()
def plugins() -> None:
    """Plugins: bundled ones and those installed (entry-point group commandcenter.plugins)."""


@plugins.command("list")
def list_() -> None:
    """Every plugin found, with its contributions or the error that stopped it."""
    reg = default_registry()
    if not reg.plugins:
        click.echo("No plugins found.")
    for p in reg.plugins:
        mark = {"ok": "ok", "error": "ERROR", "refused": "REFUSED"}[p.status]
        click.echo(f"{p.id} {p.version} [{mark}] {p.name} — {p.source}")
        if p.error:
            click.echo(f"    {p.error}")
        for kind in KINDS:
            for c in p.manifest.contributes.get(kind, []) if p.manifest else []:
                click.echo(f"    {kind}: {c.id} {c.title}".rstrip())


def plugin_command(name: str) -> click.Command | None:
    """The click command a plugin contributes under `name`, loaded now (None if none)."""
    reg = default_registry()
    found = reg.find("commands", name)
    if found is None:
        return None
    try:
        cmd = reg.load(*found[:1], "commands", found[1])
    except PluginError as exc:
        return _broken(name, str(exc))
    if not isinstance(cmd, click.Command):
        return _broken(name, f"插件 {found[0].id} 的 {name} 不是 click 命令")
    return cmd


def plugin_command_names() -> list[str]:
    return [c.id for _, c in default_registry().contributions("commands")]


def _broken(name: str, why: str) -> click.Command:
    def fail(**_: object) -> None:
        raise click.ClickException(why)

    return click.Command(
        name,
        callback=fail,
        help=why,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )
