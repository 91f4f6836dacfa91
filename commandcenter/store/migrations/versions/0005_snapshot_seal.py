"""Snapshots carry a seal: sha256 over their end (upto, ghash) and their state bytes.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("snapshots") as batch:
        batch.add_column(sa.Column("seal", sa.String(64), nullable=True))
    # Unsealed snapshots would never be used again, and their `upto` would hold the next
    # (sealed) one back for 5,000 events: drop them. They are caches of what the journal
    # says; the next decision takes a fresh, sealed snapshot.
    op.execute("DELETE FROM snapshots")


def downgrade() -> None:
    with op.batch_alter_table("snapshots") as batch:
        batch.drop_column("seal")
