"""Checks a journal must pass before anything is written to it: writable, and not damaged.

A desk or hub that opens a read-only file would accept decisions it cannot keep, and one that
opens a damaged file would serve (and extend) it. Both are refused when the journal is opened
for writing, each with one sentence. Only SQLite files are checked; a server database
reports its own problems on the first write.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from .db import StoreError, sqlite_path


def check_for_writing(conn: Connection) -> None:
    """Raise StoreError if the SQLite journal on `conn` is damaged or cannot be written."""
    if conn.dialect.name != "sqlite":
        return
    where = sqlite_path(str(conn.engine.url)) or conn.engine.url
    try:
        # quick_check: every page and index readable and well-formed (not the slower
        # row-by-row index comparison of integrity_check)
        problems = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(3)")]
    except SQLAlchemyError as exc:
        conn.rollback()
        raise StoreError(f"the journal at {where} is damaged: {_why(exc)}") from None
    if problems != ["ok"]:
        conn.rollback()
        raise StoreError(
            f"the journal at {where} is damaged ({problems[0]}); "
            "restore it from a backup or a hub export"
        )
    try:
        conn.exec_driver_sql("UPDATE settings SET value = value")  # writes nothing: rolled back
    except SQLAlchemyError as exc:
        conn.rollback()
        if "readonly" in str(exc).replace("-", "").lower():
            raise StoreError(
                f"the journal at {where} is read-only; decisions could not be kept "
                "(check the file's permissions or the disk)"
            ) from None
        raise StoreError(f"cannot write the journal at {where}: {_why(exc)}") from None
    conn.rollback()


def _why(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full; nothing of the write was stored."""


def is_full(exc: Exception) -> bool:
    return "disk is full" in str(getattr(exc, "orig", None) or exc)


def reclaim(conn: Connection) -> None:
    """After a write failed for lack of space: fold the WAL into the database and truncate it,
    so the space the WAL holds is given back instead of being refilled by the next attempt."""
    if conn.dialect.name != "sqlite":
        return
    try:
        conn.rollback()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.rollback()
    except SQLAlchemyError:
        conn.rollback()  # best effort: the disk may be too full even for that
