"""row versions, per-user undo, safe counters, spec version

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Columns are added in place (no table rebuild: a file of 100,000 records upgrades in
moments). Two rows of one statement that share a place in its order (never made by
this app, but possible in an old file) get new places after the last before the
unique index is made.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = ("committees", "statements", "records")


def _version() -> sa.Column:
    return sa.Column("version", sa.Integer(), nullable=False, server_default="1")


def _separate_shared_places() -> None:
    conn = op.get_bind()
    shared = conn.execute(sa.text(
        "SELECT statement_id, seq FROM records GROUP BY statement_id, seq "
        "HAVING COUNT(*) > 1")).all()
    for statement_id, seq in shared:
        top = conn.execute(sa.text("SELECT MAX(seq) FROM records WHERE statement_id = :s"),
                           {"s": statement_id}).scalar() or 0
        ids = conn.execute(sa.text(
            "SELECT id FROM records WHERE statement_id = :s AND seq = :q ORDER BY id"),
            {"s": statement_id, "q": seq}).scalars().all()
        for n, rid in enumerate(ids[1:], start=1):
            conn.execute(sa.text("UPDATE records SET seq = :q WHERE id = :i"),
                         {"q": top + n, "i": rid})


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(_version())
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("spec_version", sa.String(length=16), nullable=False,
                                   server_default="CAL-2.01"))
    with op.batch_alter_table("undo_entries") as batch:
        batch.add_column(sa.Column("actor", sa.String(length=100), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("session_id", sa.String(length=64), nullable=False,
                                   server_default=""))
        batch.create_index("ix_undo_entries_session", ["session_id", "actor", "id"],
                           unique=False)
    _separate_shared_places()
    with op.batch_alter_table("records") as batch:
        batch.drop_index("ix_records_statement_seq")
        batch.create_index("ux_records_statement_seq", ["statement_id", "seq"], unique=True)
    op.create_table(
        "change_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=True),
        sa.Column("committee_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("change_journal")
    with op.batch_alter_table("records") as batch:
        batch.drop_index("ux_records_statement_seq")
        batch.create_index("ix_records_statement_seq", ["statement_id", "seq"], unique=False)
    with op.batch_alter_table("undo_entries") as batch:
        batch.drop_index("ix_undo_entries_session")
        batch.drop_column("session_id")
        batch.drop_column("actor")
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("spec_version")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
