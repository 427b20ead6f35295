"""submission protocol, officer and send options (NetFile, CARS, paper)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("protocol", sa.String(length=16), nullable=False,
                                      server_default="practice"))
        batch_op.add_column(sa.Column("officer", sa.String(length=80), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("options", sa.JSON(), nullable=False,
                                      server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("options")
        batch_op.drop_column("officer")
        batch_op.drop_column("protocol")
