"""The township (and village) a field station serves, sent to it in the welcome.

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
    with op.batch_alter_table("stations") as batch:
        batch.add_column(sa.Column("township", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("village", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("stations") as batch:
        batch.drop_column("village")
        batch.drop_column("township")
