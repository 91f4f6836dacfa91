"""Bring a database's tables to the current revision with Alembic, only when needed.

Importing Alembic costs start-up time, so the revision is read with one query first and the
migration machinery is loaded only for a new or older database.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect, text

from .schema import SCHEMA_REVISION

MIGRATIONS = Path(__file__).parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(conn: Connection) -> None:
    if current_revision(conn) == SCHEMA_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    conn.commit()


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()
