"""`commandcenter screen`: the leaders' big screen (大屏), read-only, joined to a hub.

Qt is imported only inside the command, so `commandcenter --help` stays fast.
"""

from __future__ import annotations

import click

from .desk_cmds import _size

PAGE_KEYS = ["overview", "map", "focus", "stats", "duty"]


@click.command()
@click.option("--hub", default=None, help="The hub to watch (ws://host:port).")
@click.option("--token", default=None, help="This screen's token (role screen) for --hub.")
@click.option("--demo", is_flag=True, help="Watch a demo centre (temporary demo county, drills).")
@click.option("--db", "db", default=None, help="The screen's own journal (default: user data).")
@click.option("--station", default="screen", show_default=True, help="Station id at the hub.")
@click.option("--page", type=click.Choice(PAGE_KEYS), default=None, help="Pin this page.")
@click.option("--rotate", type=float, default=None, help="Seconds per page (saved as setting).")
@click.option("--lock", is_flag=True, help="Lock the view on the first (or --page) page.")
@click.option("--duty-phone", default="", help="The duty phone shown on the 值班 page.")
@click.option("--screenshot", default=None, help="Render to this PNG and exit.")
@click.option("--size", default=None, help="Window size WIDTHxHEIGHT (default full screen).")
@click.option("--drill-seconds", default=3.0, show_default=True, help="Demo drill interval.")
@click.option("--lang", type=click.Choice(["zh_CN", "en"]), default=None, help="UI language.")
def screen(
    hub: str | None = None,
    token: str | None = None,
    demo: bool = False,
    db: str | None = None,
    station: str = "screen",
    page: str | None = None,
    rotate: float | None = None,
    lock: bool = False,
    duty_phone: str = "",
    screenshot: str | None = None,
    size: str | None = None,
    drill_seconds: float = 3.0,
    lang: str | None = None,
) -> None:
    """Open the big screen (大屏): 态势总览, 一张图, 重点事件, 统计, 值班."""
    if demo and (hub or db):
        raise click.UsageError("--demo runs on its own temporary demo centre: drop --hub/--db")
    if not demo and not (hub and token):
        raise click.UsageError("give --hub and --token (role screen), or --demo")
    if rotate is not None and rotate < 5:
        raise click.BadParameter("a page needs at least 5 seconds", param_hint="--rotate")
    from commandcenter.ui.screen.startup import ScreenOptions, run

    dims = _size(size) or ((3840, 2160) if screenshot else None)
    opts = ScreenOptions(
        demo=demo,
        db=db,
        hub=hub,
        token=token,
        station=station,
        screenshot=screenshot,
        size=dims,
        page=page,
        rotate=rotate,
        lock=lock,
        duty_phone=duty_phone or ("0000-12345678" if demo else ""),
        drill_seconds=drill_seconds,
        lang=lang,
    )
    raise SystemExit(run(opts))
