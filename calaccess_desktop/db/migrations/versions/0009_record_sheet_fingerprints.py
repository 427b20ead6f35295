"""a spreadsheet row's fingerprint kept on the entry it made (records.sheet_fp)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

An import of 100,000 rows wrote 100,000 ``sheet_rows`` beside its records (three indexes,
one of them on a random key) and read their ids back for undo; the fingerprint now goes
in the record's own row, in the same INSERT. The column is added in place (no table
rebuild) and the fingerprints of entries imported before move into it; ``sheet_rows``
keeps those of contacts imports (which make no entry).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("records", sa.Column("sheet_fp", sa.String(length=64), nullable=True,
                                       server_default=sa.text("NULL")))
    op.execute(
        "UPDATE records SET sheet_fp = (SELECT s.fingerprint FROM sheet_rows s "
        "WHERE s.record_id = records.id ORDER BY s.id LIMIT 1) "
        "WHERE id IN (SELECT record_id FROM sheet_rows WHERE record_id IS NOT NULL)")
    op.execute("DELETE FROM sheet_rows WHERE record_id IS NOT NULL")


def downgrade() -> None:
    # One mark per committee and fingerprint (an amendment's copy carries its original's).
    op.execute(
        "INSERT INTO sheet_rows (committee_id, fingerprint, record_id, contact_id) "
        "SELECT s.committee_id, r.sheet_fp, MIN(r.id), NULL FROM records r "
        "JOIN statements s ON s.id = r.statement_id WHERE r.sheet_fp IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM sheet_rows x WHERE x.committee_id = s.committee_id "
        "AND x.fingerprint = r.sheet_fp) GROUP BY s.committee_id, r.sheet_fp ORDER BY 3")
    op.drop_column("records", "sheet_fp")  # in place (a rebuild would lose AUTOINCREMENT)
