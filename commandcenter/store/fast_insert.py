"""The hot path of an append on SQLite: the insert and its commit straight on the driver.

A durable append is one `BEGIN IMMEDIATE; INSERT ...; COMMIT` with WAL + synchronous=FULL
(set on connect, db.py). Through SQLAlchemy's Core that single transaction cost about 1 ms of
Python per append (autobegin, the begin listener, compiled-statement setup, result proxies:
cProfile of bench/journal.py), while the fsync itself is 3-6 ms here; that overhead was why
journal appends ran at 0.6x raw sqlite3. The same statements, sent straight to the sqlite3
connection, keep the same durability and cut the overhead to the driver's own.

Used only when the connection is SQLite and SQLAlchemy holds no transaction open on it (a
read that did not end, e.g. the known-id look-up of a repeated delivery): then the caller
goes the ordinary way. Other databases (PostgreSQL) always go the ordinary way.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Connection

from .schema import events as T

_COLS = [c.name for c in T.c if c.name != "pos"]
INSERT_SQL = f"INSERT INTO events ({', '.join(_COLS)}) VALUES ({', '.join(':' + c for c in _COLS)})"


def insert_rows(conn: Connection, rows: list[dict[str, Any]]) -> bool:
    """Store `rows` in one durable transaction; False if this connection needs the slow way."""
    if conn.dialect.name != "sqlite" or conn.in_transaction():
        return False
    raw = conn.connection.dbapi_connection
    if not isinstance(raw, sqlite3.Connection) or raw.in_transaction:
        return False
    # a driver error propagates as it is: the journal turns every failed write, on either
    # path, into the same sentence (and gives a full disk's WAL space back)
    raw.execute("BEGIN IMMEDIATE")  # the write lock up front, as db._sqlite_begin does
    try:
        raw.executemany(INSERT_SQL, rows)
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return True
