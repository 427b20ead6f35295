"""computed totals kept apart from entered records

The summary lines (SMRY records) move from ``records`` to ``statement_totals``: an
app-made line is marked computed, a line read from an imported file keeps its filed
values (``computed`` false) until the statement next changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import json

import sqlalchemy as sa
from alembic import op

from calaccess_desktop.domain.money import cents_or_none

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _at(values: list[str], i: int) -> str:
    return str(values[i]) if len(values) > i else ""


def upgrade() -> None:
    op.create_table(
        "statement_totals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("form_type", sa.String(length=8), nullable=False),
        sa.Column("line_item", sa.String(length=8), nullable=False),
        sa.Column("amount_a", sa.Integer(), nullable=True),
        sa.Column("amount_b", sa.Integer(), nullable=True),
        sa.Column("computed", sa.Boolean(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["statement_id"], ["statements.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("statement_totals") as batch:
        batch.create_index("ix_statement_totals_line",
                           ["statement_id", "form_type", "line_item"], unique=False)
    conn = op.get_bind()
    old = conn.execute(sa.text(
        "select id, statement_id, seq, itemize, \"values\" from records "
        "where rec_type = 'SMRY' order by statement_id, seq, id")).all()
    rows = []
    for _id, statement_id, seq, itemize, raw in old:
        values = raw if isinstance(raw, list) else json.loads(raw or "[]")
        rows.append({
            "statement_id": statement_id, "seq": seq, "form_type": _at(values, 1).upper()[:8],
            "line_item": _at(values, 2).strip()[:8],
            "amount_a": cents_or_none(_at(values, 3)), "amount_b": cents_or_none(_at(values, 4)),
            "computed": itemize != "always", "values": json.dumps(values),
        })
    if rows:
        conn.execute(sa.text(
            "insert into statement_totals(statement_id, seq, form_type, line_item, amount_a, "
            "amount_b, computed, \"values\") values (:statement_id, :seq, :form_type, "
            ":line_item, :amount_a, :amount_b, :computed, :values)"), rows)
        conn.execute(sa.text("delete from records where rec_type = 'SMRY'"))


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text(
        "insert into records(statement_id, seq, rec_type, form_type, entity_cd, memo, "
        "bakref_tid, itemize, amount_cents, \"values\") select statement_id, seq, 'SMRY', "
        "form_type, '', 0, '', case when computed then 'auto' else 'always' end, amount_a, "
        "\"values\" from statement_totals"))
    op.drop_table("statement_totals")
