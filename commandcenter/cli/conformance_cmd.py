"""`commandcenter conformance URL --token T`: check a running hub against the protocol spec."""

from __future__ import annotations

import asyncio
import sys

import click


@click.command()
@click.argument("url")
@click.option("--token", required=True, help="Token of a test station (role field or desk).")
@click.option("--station", default="conformance", show_default=True, help="That station's name.")
def conformance(url: str, token: str, station: str) -> None:
    """Check the hub at URL (ws:// or wss://) against docs/protocol.md.

    It submits real events (marked as drill where the kind allows): use a test hub."""
    from commandcenter.link.conformance import Failed, check_hub

    try:
        checks = asyncio.run(check_hub(url, token, station))
    except Failed as exc:
        raise click.ClickException(str(exc)) from None
    for c in checks:
        click.echo(f"{'PASS' if c.ok else 'FAIL'}  {c.name:<16} {c.detail}")
    passed = sum(c.ok for c in checks)
    click.echo(f"{passed} of {len(checks)} checks passed")
    if passed != len(checks):
        sys.exit(1)
