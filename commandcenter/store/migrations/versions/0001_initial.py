"""The first tables: events, snapshots, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pos", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("ts", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("gseq", sa.BigInteger, nullable=True, unique=True),
        sa.Column("ghash", sa.String(64), nullable=True),
        sa.Column("incident", sa.String(64), nullable=True),
        sa.UniqueConstraint("station", "seq", name="uq_events_station_seq"),
    )
    op.create_index("ix_events_incident", "events", ["incident"])
    op.create_index("ix_events_ts", "events", ["ts"])
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("upto", sa.BigInteger, nullable=False),
        sa.Column("ghash", sa.String(64), nullable=False),
        sa.Column("state", sa.LargeBinary, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("snapshots")
    op.drop_index("ix_events_ts", "events")
    op.drop_index("ix_events_incident", "events")
    op.drop_table("events")
