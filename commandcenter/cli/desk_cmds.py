"""`commandcenter desk`: open the duty desk (also what `commandcenter` alone runs).

Qt is imported only inside the command, so `commandcenter --help` stays fast.
"""

from __future__ import annotations

import click


def _size(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        w, h = (int(x) for x in value.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not WIDTHxHEIGHT, e.g. 1920x1080") from None
    return w, h


@click.command()
@click.option("--demo", is_flag=True, help="Open on the demo county with a drill feed (演练).")
@click.option(
    "--new-demo", is_flag=True, help="With --demo: start the demo county afresh (discards it)."
)
@click.option("--db", "db", default=None, help="Database URL or file (default: user data folder).")
@click.option("--hub", default=None, help="Join this hub (ws://host:port) instead of serving one.")
@click.option("--token", default=None, help="This station's token (visible in ps: prefer below).")
@click.option(
    "--token-file",
    type=click.Path(dir_okay=False),
    default=None,
    help="File holding this station's token (or set COMMANDCENTER_TOKEN).",
)
@click.option(
    "--ca",
    type=click.Path(dir_okay=False),
    default=None,
    help="CA certificate (PEM) for a wss:// hub (default: the system's trust store).",
)
@click.option("--station", default=None, help="Station id (default: desk-<hostname>).")
@click.option(
    "--actor", default="值班员", show_default=True, help="Who decides when no shift is on."
)
@click.option("--lang", type=click.Choice(["zh_CN", "en"]), default=None, help="UI language.")
@click.option("--screenshot", default=None, help="Render the loaded desk to this PNG and exit.")
@click.option("--size", default=None, help="Window size WIDTHxHEIGHT (e.g. 1920x1080).")
@click.option("--no-serve", is_flag=True, help="Do not serve the embedded hub on loopback.")
@click.option("--drill-seconds", default=4.0, show_default=True, help="Drill feed interval.")
@click.option("--first-paint-exit", is_flag=True, hidden=True, help="Bench: exit at first paint.")
def desk(
    demo: bool = False,
    new_demo: bool = False,
    db: str | None = None,
    hub: str | None = None,
    token: str | None = None,
    token_file: str | None = None,
    ca: str | None = None,
    station: str | None = None,
    actor: str = "值班员",
    lang: str | None = None,
    screenshot: str | None = None,
    size: str | None = None,
    no_serve: bool = False,
    drill_seconds: float = 4.0,
    first_paint_exit: bool = False,
) -> None:
    """Open the duty desk (应急指挥中心 值班台)."""
    from commandcenter import heap

    heap.hold()  # released at the first paint (commandcenter/heap.py)
    from commandcenter.store import StoreError
    from commandcenter.ui.app import run
    from commandcenter.ui.opening import DeskOptions  # not .startup: the window's imports

    if hub:
        from commandcenter.link.tls import TLSSetupError, client_context

        from .secrets import desk_token

        try:
            client_context(hub, ca)  # a bad --ca is a setting to fix now, not a retry loop
        except TLSSetupError as exc:
            raise click.ClickException(str(exc)) from None
        token = desk_token(hub, token, token_file)
    elif ca or token or token_file:
        raise click.UsageError("--token, --token-file and --ca go with --hub")
    dims = _size(size) or ((1920, 1080) if screenshot else None)
    opts = DeskOptions(
        demo=demo or new_demo,
        new_demo=new_demo,
        db=db,
        hub=hub,
        token=token,
        ca=ca,
        screenshot=screenshot,
        size=dims,
        lang=lang,
        station=station,
        actor=actor,
        drill_seconds=drill_seconds,
        serve=not no_serve,
        first_paint_exit=first_paint_exit,
    )
    try:
        code = run(opts)
    except StoreError as exc:  # read-only, damaged, or another desk writing the same file
        raise click.ClickException(str(exc)) from None
    raise SystemExit(code)
