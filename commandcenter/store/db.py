"""Opening a database: an SQLAlchemy URL or a plain file path, SQLite tuned for durability.

SQLite runs in WAL mode with synchronous=FULL (NORMAL can lose the last commits on power loss)
and the engine holds a single connection, because the SQLite shipped here predates the fix for
WAL corruption with two writers (ENGINEERING.md, trap 8).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "commandcenter"


class StoreError(Exception):
    """A database problem, said in one sentence."""


class JournalError(StoreError):
    """An event the journal will not store, or a storage failure; the message says which."""


def data_dir() -> Path:
    home = os.environ.get("COMMANDCENTER_HOME")
    if home:  # platformdirs' import is ~20 ms of a desk's start: only when it is needed
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "desk.db"


def to_url(db: str | os.PathLike | None) -> str:
    """An SQLAlchemy URL from a URL, a file path, or None (the default desk database)."""
    if db is None or str(db) == "":
        db = os.environ.get("COMMANDCENTER_DB") or default_db_path()
    text = str(db)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {text} ({exc})") from None
        return text
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    if u.database.startswith("file:"):  # an SQLite URI (…?mode=ro&uri=true): the file's path
        return Path(u.database[5:].split("?", 1)[0])
    return Path(u.database)


def open_engine(db: str | os.PathLike | None, *, create: bool = True) -> Engine:
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise StoreError(f"no database at {path} (run `commandcenter init` first)")
        private_file(path)
        engine = create_engine(
            url,
            pool_size=1,
            max_overflow=0,
            connect_args={"check_same_thread": False, "timeout": 10},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_size=2, max_overflow=0, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad URL
        raise StoreError(f"cannot open {url}: {exc}") from None


def private_dir(path: Path) -> None:
    """Create `path` (and parents) if missing; folders made here are the user's only (0700)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(f"cannot create folder {path}: {exc.strerror}") from None


def private_file(path: Path) -> None:
    """Create an empty database file readable by its user only (0600) before SQLite opens it;
    SQLite gives its -wal and -shm files the same permissions."""
    private_dir(path.parent)
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise StoreError(f"cannot create {path}: {exc.strerror}") from None


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # pysqlite's own transaction handling is off (so PRAGMAs work); `_sqlite_begin` starts
    # every transaction explicitly, which is what makes a batch of appends all-or-nothing.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn) -> None:
    # IMMEDIATE takes the write lock up front: a second process fails at once with "locked"
    # instead of half-way through a batch.
    conn.exec_driver_sql("BEGIN IMMEDIATE")
