"""Snapshots carry a seal: sha256 over their end (upto, ghash) and their state bytes.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Older snapshots stay unsealed (NULL): start-up refuses them and replays the journal once.
    with op.batch_alter_table("snapshots") as batch:
        batch.add_column(sa.Column("seal", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("snapshots") as batch:
        batch.drop_column("seal")
