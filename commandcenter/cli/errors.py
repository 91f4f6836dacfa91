"""One clear sentence instead of a traceback for every failure a person can cause or fix."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click
from sqlalchemy.exc import SQLAlchemyError

from commandcenter.domain import InvalidEvent, Refused
from commandcenter.store import StoreError

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (StoreError, InvalidEvent, Refused) as exc:
            raise click.ClickException(str(exc)) from None
        except SQLAlchemyError as exc:  # a damaged page met half-way through a read
            orig = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise click.ClickException(
                f"the database cannot be read ({orig}); restore it from a backup or a hub export"
            ) from None
        except OSError as exc:
            where = f" ({exc.filename})" if exc.filename else ""
            raise click.ClickException(f"{exc.strerror or exc}{where}") from None

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db",
    default=None,
    help="Database: an SQLAlchemy URL or a file path (default: user data folder).",
)
