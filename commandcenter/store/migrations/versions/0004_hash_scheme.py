"""The hash scheme of each event: 1 (legacy) for every row already stored, 2 (RFC 8785) after.

Rows are never re-hashed: a printed head (GSEQ:HASH on a handover report) must still hold, so
old rows keep their hashes and say which scheme made them.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (no table rebuild): cheap on a journal of millions of rows
    op.add_column("events", sa.Column("scheme", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("scheme")
