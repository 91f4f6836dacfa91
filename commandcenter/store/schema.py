"""The tables: the append-only event journal, snapshots of the situation, and settings.

`events` holds every fact once. `seq`/`prev`/`hash` chain the events of one station;
`gseq`/`ghash` chain the global order the hub gave (NULL while an event waits in the outbox).
`stations` holds the hub's station tokens (hashed) and roles.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_REVISION = "0004"

metadata = MetaData()

events = Table(
    "events",
    metadata,
    Column("pos", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("station", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("ts", String(40), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("gseq", BigInteger, nullable=True, unique=True),
    Column("ghash", String(64), nullable=True),
    Column("incident", String(64), nullable=True),
    # how `hash` was computed (domain/canonical.py): 1 for rows written before revision 0004
    Column("scheme", Integer, nullable=False, server_default="1"),
    UniqueConstraint("station", "seq", name="uq_events_station_seq"),
)
Index("ix_events_incident", events.c.incident)
Index("ix_events_ts", events.c.ts)

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("upto", BigInteger, nullable=False),
    Column("ghash", String(64), nullable=False),
    Column("state", LargeBinary, nullable=False),
    Column("created", String(40), nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# The hub's stations: one token each, kept only as its SHA-256 (tokens are 256-bit random,
# so a fast hash is enough); a revoked row stays so the hub can say "revoked", not "unknown".
stations = Table(
    "stations",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created", String(40), nullable=False),
    Column("revoked", String(40), nullable=True),
    # a field station's township and village (empty for every other role): its scope
    Column("township", String(32), nullable=False, server_default=""),
    Column("village", String(32), nullable=False, server_default=""),
)
