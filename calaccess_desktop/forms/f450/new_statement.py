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
                        limit=itemize_limit(committee.profile if committee else {},
                                            period_from)))


def itemize_limit(profile: Any, on: dt.date) -> int:
    """The contributor itemization threshold of the committee on a day: the lowest of its
    filing officers' own (a city's $25), else the state's $100."""
    from calaccess_desktop.officers.catalog import chosen

    state = threshold("itemize_contributor", on)
    own = [o.itemize_threshold for o in chosen(profile or {})
           if o.itemize_threshold is not None]
    return min([*own, state])


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

