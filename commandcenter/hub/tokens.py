"""Station tokens: issue, revoke, list, and check who a presented token belongs to.

A token is 32 random bytes (url-safe text) shown once when issued; only its SHA-256 is stored.
All calls run on the connection of the journal that holds the `stations` table, so from async
code call them through that journal's `Writer`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select, update

from commandcenter.domain.roles import Role
from commandcenter.store.schema import stations as T


class TokenError(ValueError):
    """A token operation that cannot be done; the message says why in one sentence."""


@dataclass(frozen=True)
class StationInfo:
    name: str
    role: str
    created: str
    revoked: str | None
    township: str = ""
    village: str = ""


@dataclass(frozen=True)
class Verdict:
    """The answer to "whose token is this": a station and role, or a reason to refuse."""

    name: str = ""
    role: str = ""
    refusal: str = ""  # empty when the token is good
    township: str = ""  # a field station's scope
    village: str = ""


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class TokenStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.writes = 0  # tokens added or revoked through this store

    def version(self) -> tuple[int, int] | None:
        """Changes whenever the stations table may have: a commit by another connection
        (`hub revoke` from the CLI; SQLite's data_version) or a write through this store.
        None for a server database (PostgreSQL), which has no such cheap mark."""
        if self.conn.dialect.name != "sqlite":
            return None
        v = self.conn.exec_driver_sql("PRAGMA data_version").scalar()
        self.conn.rollback()
        return int(v or 0), self.writes

    def add(self, name: str, role: str, *, township: str = "", village: str = "") -> str:
        """Issue a token for a new (or revoked) station; returns the token, shown only once.

        A `field` station names the township it serves (and the village, for a village
        应急服务站; the CLI insists on it, the field front-end refuses to open without it);
        other roles serve the whole county and take none.
        """
        try:
            role = Role(role).value
        except ValueError:
            roles = ", ".join(r.value for r in Role)
            raise TokenError(f"unknown role {role!r}; choose one of {roles}") from None
        _check_scope(role, township, village)
        if not name or len(name) > 64 or not all(c.isalnum() or c in "_.-" for c in name):
            raise TokenError(f"station name {name!r} must be 1-64 letters, digits, '_', '.', '-'")
        row = self.conn.execute(select(T.c.revoked).where(T.c.name == name)).first()
        if row is not None and row.revoked is None:
            self.conn.rollback()
            raise TokenError(f"station {name} already has a token; revoke it first")
        token = secrets.token_urlsafe(32)
        values = {
            "role": role,
            "token_hash": digest(token),
            "created": _now(),
            "revoked": None,
            "township": township,
            "village": village,
        }
        if row is None:
            self.conn.execute(T.insert(), [{"name": name, **values}])
        else:
            self.conn.execute(update(T).where(T.c.name == name).values(**values))
        self.conn.commit()
        self.writes += 1
        return token

    def revoke(self, name: str) -> None:
        done = self.conn.execute(
            update(T).where(T.c.name == name, T.c.revoked.is_(None)).values(revoked=_now())
        )
        self.conn.commit()
        self.writes += 1
        if done.rowcount == 0:
            raise TokenError(f"no station {name} with a valid token")

    def list(self) -> list[StationInfo]:
        rows = self.conn.execute(select(T).order_by(T.c.name)).all()
        self.conn.rollback()
        return [
            StationInfo(r.name, r.role, r.created, r.revoked, r.township, r.village) for r in rows
        ]

    def check(self, token: str, station: str) -> Verdict:
        """Whose token this is; the refusal names the problem without echoing the token."""
        if not token:
            return Verdict(refusal="token rejected: no token given")
        row = self.conn.execute(_COLUMNS.where(T.c.token_hash == digest(token))).first()
        self.conn.rollback()
        return _verdict(row, token, station)

    def check_all(self, pairs: list[tuple[str, str]]) -> list[Verdict]:
        """`check()` of many (token, station) pairs with one read of the stations table.

        The hub re-checks every connection every few seconds; one query per token held the
        writer thread, and the submissions queued behind it, for ~20 ms at 200 stations
        (the hub's p99 in bench/hub.py)."""
        rows = {r.token_hash: r for r in self.conn.execute(_COLUMNS)}
        self.conn.rollback()
        return [
            _verdict(rows.get(digest(token)), token, station)
            if token
            else Verdict(refusal="token rejected: no token given")
            for token, station in pairs
        ]


_COLUMNS = select(T.c.name, T.c.role, T.c.token_hash, T.c.revoked, T.c.township, T.c.village)


def _verdict(row, token: str, station: str) -> Verdict:
    # compare_digest: the lookup is by hash already; this keeps the final check constant-time
    if row is None or not hmac.compare_digest(row.token_hash, digest(token)):
        return Verdict(refusal="token rejected: unknown token")
    if row.revoked is not None:
        return Verdict(refusal=f"token rejected: the token of {row.name} was revoked")
    if row.name != station:
        return Verdict(refusal=f"token rejected: it belongs to {row.name}, not {station}")
    return Verdict(name=row.name, role=row.role, township=row.township, village=row.village)


def _check_scope(role: str, township: str, village: str) -> None:
    ok = all(not x or (len(x) <= 32 and all(c.isalnum() or c in "_-" for c in x))
             for x in (township, village))  # fmt: skip
    if not ok:
        raise TokenError("township and village must be ids (letters, digits, '_', '-'), e.g. T03")
    if role != Role.FIELD.value and (township or village):
        raise TokenError(f"only a field station serves one township; {role} serves the county")
    if village and not township:
        raise TokenError("--village needs the --township it belongs to")
