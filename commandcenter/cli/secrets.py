"""Where a desk's hub token comes from, and where it is kept: never only the command line.

`--token` is visible to every local user through `ps`, so a token is taken, in this order,
from `--token-file FILE`, the environment variable COMMANDCENTER_TOKEN, `--token` (still
accepted, with a warning), the token this desk stored for that hub before, or a hidden
prompt on a terminal. A token given any of those ways is kept in the data folder
(`tokens/<host>_<port>.token`, 0600 in a 0700 folder) so the next start needs none.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from commandcenter.store.db import data_dir, private_dir

ENV = "COMMANDCENTER_TOKEN"


def token_path(hub: str) -> Path:
    where = urlsplit(hub)
    name = f"{where.hostname or 'hub'}_{where.port or 0}".replace(":", "_").replace("/", "_")
    return data_dir() / "tokens" / f"{name}.token"


def read_token_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise click.ClickException(f"no token file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read the token file {path}: {exc}") from None
    if not text or len(text.split()) != 1:
        raise click.ClickException(f"the token file {path} must hold exactly one token")
    return text


def store_token(hub: str, token: str) -> Path:
    path = token_path(hub)
    private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    os.chmod(path, 0o600)  # an older file may have been wider
    return path


def desk_token(hub: str, token: str | None, token_file: str | None) -> str:
    """The token for `hub`, from the first source that has one; kept for next time."""
    if token_file:
        found = read_token_file(token_file)
    elif os.environ.get(ENV, "").strip():
        found = os.environ[ENV].strip()
    elif token:
        click.echo(
            f"warning: --token is visible to other users (ps); use --token-file or {ENV}",
            err=True,
        )
        found = token
    elif token_path(hub).exists():
        return read_token_file(str(token_path(hub)))
    elif sys.stdin.isatty():
        found = click.prompt(f"Token for {hub}", hide_input=True).strip()
    else:
        raise click.UsageError(
            f"--hub needs a token: --token-file FILE, the environment variable {ENV}, "
            "or run it once on a terminal to be asked"
        )
    store_token(hub, found)
    return found
