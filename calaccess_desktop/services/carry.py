"""Carry open loans and unpaid bills into a new statement (form-rules §4, identity 4):
each loan or bill still outstanding at the close of the previous statement starts the
new one with that balance as its beginning balance, under the same Tran_ID."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import cents_or_zero, format_cal_amount
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.services.record_rows import record_row

# kind -> (outstanding-at-close field, beginning field, fields that start at zero)
BALANCES: dict[tuple[str, str], tuple[str, str, tuple[str, ...]]] = {
    ("LOAN", "B1"): ("Loan_Amt2", "Loan_Amt4", ("Loan_Amt1", "Loan_Amt5", "Loan_Amt6",
                                                "Loan_Amt7")),
    ("LOAN", "H"): ("Loan_Amt2", "Loan_Amt4", ("Loan_Amt1", "Loan_Amt5", "Loan_Amt6",
                                               "Loan_Amt7")),
    ("DEBT", "F"): ("End_Bal", "Beg_Bal", ("Amt_Incur", "Amt_Paid")),
}


def carries_balances(spec: FormSpec) -> bool:
    """Whether a new statement of this form starts with the open loans and bills of the
    previous one (it has a loan or unpaid-bill part)."""
    return any(spec.part_of(rt, ft) is not None for rt, ft in BALANCES)


def carried_values(values: list[str], form: str) -> list[str] | None:
    """The opening values of an outstanding loan or bill for the next period, or None
    when it was settled (or is a memo or child item)."""
    rec = CalRecord(list(values), cvr_form=form)
    spec = BALANCES.get((rec.rec_type, rec.form_type))
    if spec is None or rec.get("Memo_Code") or rec.get("BakRef_TID"):
        return None
    close, begin, zeroed = spec
    outstanding = cents_or_zero(rec.get(close))
    if outstanding == 0:
        return None
    rec.set(begin, format_cal_amount(outstanding))
    for name in zeroed:
        rec.set(name, "0.00" if name in ("Loan_Amt1", "Amt_Incur", "Amt_Paid") else "")
    return rec.values


def carry_open_balances(session: Session, new: Statement, previous: Statement) -> list[Record]:
    """Copy the previous statement's open B1, H and F items into ``new`` (those of its
    kinds the new statement's form has)."""
    rows = session.scalars(
        select(Record)
        .where(Record.statement_id == previous.id, Record.rec_type.in_(("LOAN", "DEBT")))
        .order_by(Record.seq)
    ).all()
    spec = spec_for(new.form_type)
    added = []
    for old in rows:
        values = carried_values(list(old.values), previous.form_type)
        if values is None or spec.part_of(values[0], values[1]) is None:
            continue
        row = record_row(values, new.form_type, seq=old.seq, statement_id=new.id,
                         itemize=old.itemize)
        row["contact_id"] = old.contact_id
        record = Record(**row)
        session.add(record)
        added.append(record)
    session.flush()
    return added
