"""`commandcenter field`: the township / village station (乡镇 / 村 应急服务站).

Qt is imported only inside the command, so `commandcenter --help` stays fast.
"""

from __future__ import annotations

import click

from .desk_cmds import _size


@click.command()
@click.option("--demo", is_flag=True, help="A demo county and its hub in this process (演练).")
@click.option("--db", default=None, help="This station's own database (default: user data).")
@click.option("--hub", default=None, help="The county hub, ws://host:port.")
@click.option("--token", default=None, help="This station's token for --hub.")
@click.option("--station", default=None, help="The station name the hub issued the token to.")
@click.option("--actor", default="值守员", show_default=True, help="Who is on watch at first.")
@click.option("--lang", type=click.Choice(["zh_CN", "en"]), default=None, help="UI language.")
@click.option("--screenshot", default=None, help="Render the station to this PNG and exit.")
@click.option("--size", default=None, help="Window size WIDTHxHEIGHT (default 1366x768).")
def field(
    demo: bool = False,
    db: str | None = None,
    hub: str | None = None,
    token: str | None = None,
    station: str | None = None,
    actor: str = "值守员",
    lang: str | None = None,
    screenshot: str | None = None,
    size: str | None = None,
) -> None:
    """Open the township or village station (role field) joined to the county hub."""
    if not demo and not (hub and token):
        raise click.UsageError("a field station needs --hub URL --token T (or --demo)")
    if demo and (hub or db):
        raise click.UsageError("--demo runs on its own demo database and hub; drop --hub/--db")
    from commandcenter.ui.field.app import run
    from commandcenter.ui.field.launcher import FieldOptions

    opts = FieldOptions(
        demo=demo,
        db=db,
        hub=hub,
        token=token,
        station=station,
        actor=actor,
        screenshot=screenshot,
        size=_size(size) or (1366, 768),
        lang=lang,
    )
    raise SystemExit(run(opts))
