"""spreadsheet imports: layouts remembered, rows imported (by fingerprint)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sheet_layouts",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("schedule", sa.String(length=8), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "sheet_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["committee_id"], ["committees.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sheet_rows") as batch:
        batch.create_index("ix_sheet_rows_record_id", ["record_id"], unique=False)
        batch.create_index("ix_sheet_rows_contact_id", ["contact_id"], unique=False)
        batch.create_index("ux_sheet_rows_fingerprint", ["committee_id", "fingerprint"],
                           unique=True)


def downgrade() -> None:
    op.drop_table("sheet_rows")
    op.drop_table("sheet_layouts")
