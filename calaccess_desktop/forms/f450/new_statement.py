"""The eligibility test before a Form 450 is started (the new-statement flow): the
committee's type, and the loans and unpaid bills still open on its latest statement
(they carry into the new period). A new Form 450 of a committee that may not use it is
refused with the reasons (``refuse_if_not_eligible``, the FormSpec.after_create hook).
Entries of the period itself are judged by rule F450-ELG-001."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import cents_or_zero
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f450.eligibility import Facts, Reason, Source, assess, summary_words


def _name(rec: CalRecord) -> str:
    for prefix in ("Lndr", "Payee"):
        if last := rec.get(f"{prefix}_NamL"):
            return f"{rec.get(f'{prefix}_NamF')} {last}".strip()
    return "an unnamed lender or creditor"


def open_balances(session: Any, committee_id: int,
                  before: dt.date) -> tuple[list[Source], list[Source]]:
    """(loans, unpaid bills) with a balance on the committee's latest statement that ends
    before ``before``."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    latest = session.scalars(
        select(Statement).where(Statement.committee_id == committee_id,
                                Statement.period_through < before)
        .order_by(Statement.period_through.desc(), Statement.report_num.desc()).limit(1)
    ).first()
    loans: list[Source] = []
    bills: list[Source] = []
    if latest is None:
        return loans, bills
    for values in session.scalars(select(Record.values).where(
            Record.statement_id == latest.id, Record.rec_type.in_(("LOAN", "DEBT")))):
        rec = CalRecord(list(values), cvr_form=latest.form_type)
        if rec.rec_type == "LOAN" and rec.form_type in ("B1", "H"):
            balance = cents_or_zero(rec.get("Loan_Amt2"))
            if balance > 0:
                loans.append(Source(_name(rec), balance))
        elif rec.rec_type == "DEBT":
            owed = cents_or_zero(rec.get("End_Bal"))
            if owed > 0:
                bills.append(Source(_name(rec), owed))
    return loans, bills


def why_not_new(session: Any, committee_id: int, period_from: dt.date) -> tuple[Reason, ...]:
    """Every reason the committee may not start a Form 450 for a period starting on
    ``period_from`` (empty: it may)."""
    from calaccess_desktop.db.orm import Committee

    committee = session.get(Committee, committee_id)
    kind = committee.committee_type if committee is not None else ""
    loans, bills = open_balances(session, committee_id, period_from)
    return assess(Facts(kind, loans=loans, unpaid_bills=bills,
                        limit=threshold("itemize_contributor", period_from)))


class NotEligible(UserError):
    """The committee may not use Form 450; the message says why and what to file."""


def refuse_if_not_eligible(session: Any, statement_id: int) -> None:
    """The FormSpec.after_create hook: a new Form 450 of a committee that may not use it
    is refused (nothing is created) with every reason, in plain words."""
    from calaccess_desktop.db.orm import Statement

    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return
    reasons = why_not_new(session, stmt.committee_id, stmt.period_from or dt.date.today())
    if reasons:
        raise NotEligible("A Form 450 cannot be started. " + summary_words(reasons))


# The summary line that holds a statement's ending cash, by form (a Form 425 has none:
# nothing came in or went out, so the cash of the statement before it carries through).
ENDING_CASH = {"F450": "11", "F460": "16"}


def _ending_cash(session: Any, statement_id: int, form: str) -> int | None:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    line = ENDING_CASH.get(form)
    for values in session.scalars(select(Record.values).where(
            Record.statement_id == statement_id, Record.rec_type == "SMRY")):
        rec = CalRecord(list(values), cvr_form=form)
        if rec.form_type == form and rec.get("Line_Item").strip() == line:
            return cents_or_zero(rec.get("Amount_A"))
    return None


def start_cash(session: Any, statement_id: int) -> None:
    """Line 7 (beginning cash) of a new Form 450 = the ending cash of the committee's
    statement before it (a 450's line 11, a 460's line 16, through any Forms 425), kept in
    its carry-in when it is started. After a Form 460 the snapshot's own previous ending
    cash is used as it is (nothing kept)."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services.summaries import refresh_smry

    stmt = session.get(Statement, statement_id)
    if stmt is None or stmt.period_from is None:
        return
    earlier = session.scalars(select(Statement).where(
        Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
        Statement.form_type.in_(("F425", "F450", "F460")),
        Statement.period_through < stmt.period_from)
        .order_by(Statement.period_through.desc(), Statement.report_num.desc())).all()
    if not earlier or earlier[0].form_type == "F460":
        return
    cash = next((c for s in earlier if s.form_type in ENDING_CASH
                 and (c := _ending_cash(session, s.id, s.form_type)) is not None), None)
    if cash is None:
        return
    stmt.carry_in = {**(stmt.carry_in or {}), "beginning_cash": cash}
    session.flush()
    refresh_smry(session, statement_id)
