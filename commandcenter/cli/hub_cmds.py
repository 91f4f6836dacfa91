"""`commandcenter hub`: run the hub server, and issue, revoke and list station tokens."""

from __future__ import annotations

import asyncio
import logging
import signal
import ssl

import click

from commandcenter.store import Journal, StoreError
from commandcenter.store.lock import JournalLocked

from .errors import friendly

TOKENS_BUSY = " (add stations while the hub is stopped; `hub revoke` works while it runs)"


def _open(db: str, *, write: bool = True, busy: str = "") -> Journal:
    try:
        # create=False: a mistyped --db must not quietly start an empty hub
        journal = Journal(db, authority=None, lock=write, create=False)
    except JournalLocked as exc:
        # one writer per journal: a second hub would number events twice, and token changes
        # beside a running hub would be a second writer on its SQLite file
        raise click.ClickException(f"{exc}{busy}") from None
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    if not journal.authority:
        journal.close()
        raise click.ClickException(f"{db} is a station's journal, not a hub's; use another --db")
    return journal


def _listen(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise click.ClickException(f"--listen wants HOST:PORT, e.g. 127.0.0.1:8765, not {text!r}")
    return host.strip("[]"), int(port)


def _tls(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    if not cert and not key:
        return None
    if not (cert and key):
        raise click.ClickException("TLS needs both --cert and --key")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise click.ClickException(f"cannot load the TLS certificate or key: {exc}") from None
    return ctx


@click.group(invoke_without_command=True)
@click.option("--listen", default="127.0.0.1:8765", show_default=True, help="HOST:PORT to serve.")
@click.option("--db", default=None, help="The hub's database (URL or file).")
@click.option("--cert", type=click.Path(dir_okay=False), help="TLS certificate (PEM).")
@click.option("--key", type=click.Path(dir_okay=False), help="TLS private key (PEM).")
@click.option("--county", default=None, help="Federate as county NAME (publishes to --nats).")
@click.option("--city", default=None, help="Federate as the city of COUNTIES (comma-separated).")
@click.option("--nats", "nats_url", default=None, help="The local NATS JetStream server URL.")
@click.pass_context
def hub(
    ctx: click.Context,
    listen: str,
    db: str | None,
    cert: str | None,
    key: str | None,
    county: str | None = None,
    city: str | None = None,
    nats_url: str | None = None,
) -> None:
    """Run the hub that orders, stores and relays every station's events."""
    if ctx.invoked_subcommand is not None:
        return
    if not db:
        raise click.ClickException("the hub needs --db (its journal, e.g. hub.db)")
    host, port = _listen(listen)
    tls = _tls(cert, key)
    fed = _federation(county, city, nats_url)
    journal = _open(db)
    try:
        asyncio.run(_serve(journal, host, port, tls, fed))
    finally:
        journal.close()


def _federation(county: str | None, city: str | None, url: str | None):
    """A function making the hub's federation node, or None for a hub on its own."""
    if not (county or city or url):
        return None
    if bool(county) == bool(city) or not url:
        raise click.ClickException("federation needs --nats URL and one of --county or --city")
    try:
        from commandcenter.federation import FederationError, check_county
        from commandcenter.federation.node import CityNode, CountyNode
    except ImportError:
        raise click.ClickException(
            "federation needs nats-py: pip install 'commandcenter[federation]'"
        ) from None
    try:
        if county:
            check_county(county)
            return lambda h: CountyNode(h, url, county)
        names = [check_county(c.strip()) for c in (city or "").split(",") if c.strip()]
    except FederationError as exc:
        raise click.ClickException(str(exc)) from None
    return lambda h: CityNode(h, url, names)


async def _serve(
    journal: Journal, host: str, port: int, tls: ssl.SSLContext | None, fed=None
) -> None:
    from commandcenter.hub import Hub

    server = Hub(journal)
    try:
        await server.start(host, port, ssl=tls)
    except OSError as exc:
        await server.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    node = fed(server) if fed else None
    if node is not None:
        node.start()  # connects in the background: the hub serves its stations meanwhile
        logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    scheme = "wss" if tls else "ws"
    click.echo(f"hub listening on {scheme}://{host}:{server.port} (gseq {journal.last_gseq})")
    if node is not None:
        click.echo(f"federated through NATS at {node.url}")
    try:
        await stop.wait()
    finally:
        if node is not None:
            await node.close()
        await server.close()
    click.echo("hub stopped")


@hub.command("add-station")
@click.argument("name")
@click.option("--role", required=True, help="desk, leader, screen, field, feed or admin.")
@click.option("--db", required=True, help="The hub's database (URL or file).")
@click.option("--township", default="", help="field: the township id it serves (e.g. T03).")
@click.option("--village", default="", help="field: the village id, for a village station.")
@friendly  # a full or read-only disk is one sentence, never the SQL
def add_station(name: str, role: str, db: str, township: str = "", village: str = "") -> None:
    """Issue a token for station NAME and print it (it is shown only this once)."""
    from commandcenter.hub import TokenError, TokenStore

    if role == "field" and not township:
        raise click.ClickException(
            "a field station needs --township (and --village for a village station)"
        )
    journal = _open(db, busy=TOKENS_BUSY)
    try:
        click.echo(TokenStore(journal.conn).add(name, role, township=township, village=village))
    except TokenError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        journal.close()


@hub.command()
@click.argument("name")
@click.option("--db", required=True, help="The hub's database (URL or file).")
@friendly  # a full or read-only disk is one sentence, never the SQL
def revoke(name: str, db: str) -> None:
    """Revoke the token of station NAME; a running hub drops it within seconds."""
    from commandcenter.hub import TokenError, TokenStore

    # Revoking must work while the hub runs (a lost laptop): one small transaction beside
    # the hub, serialised by SQLite's own lock; the hub drops the connection on its recheck.
    journal = _open(db, write=False)
    try:
        TokenStore(journal.conn).revoke(name)
    except TokenError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        journal.close()
    click.echo(f"revoked {name}")


@hub.command("list")
@click.option("--db", required=True, help="The hub's database (URL or file).")
@friendly  # a full or read-only disk is one sentence, never the SQL
def list_(db: str) -> None:
    """List stations, their roles and whether their token is valid."""
    from commandcenter.hub import TokenStore
    from commandcenter.hub.actors import actors_of

    journal = _open(db, write=False)
    try:
        rows = TokenStore(journal.conn).list()
        actors = {r.name: actors_of(journal, r.name) for r in rows}
    finally:
        journal.close()
    if not rows:
        click.echo("no stations")
    for r in rows:
        status = f"revoked {r.revoked}" if r.revoked else "active"
        scope = "/".join(x for x in (r.township, r.village) if x)
        line = f"{r.name:<24} {r.role:<8} {status:<32} created {r.created}"
        click.echo(f"{line}  {scope}" if scope else line)
        if actors[r.name]:  # who has decided under this token, as the hub recorded
            click.echo(f"{'':<24} actors: {', '.join(actors[r.name])}")
