"""Late reports a statement's entries call for: Forms 497 (late contributions) and 496
(late independent expenditures) that are owed and not yet on one of the committee's
late reports. The window shows them as soon as an entry triggers one, not only when
the statement is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE, PARTIES, PartyFields
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.constants import lowest
from calaccess_desktop.forms.f496.spec import SPEC as F496
from calaccess_desktop.forms.f497.spec import SPEC as F497
from calaccess_desktop.services.editing import (
    EDITABLE,
    EditError,
    FieldProblems,
    add_transaction,
    check_fields,
    create_statement,
    editable_statement,
)
from calaccess_desktop.services.snapshots import NotFound, build_snapshot
from calaccess_desktop.services.undo import Recorder
from calaccess_desktop.validation import Finding, validate_only

LATE_REPORT_RULES = ("F497-TRG-001", "F497-TRG-002", "F460-C-008", "F496-TRG-001",
                     "F496-TRG-002")


def late_reports_owed(session: Session, statement_id: int, *,
                      today: dt.date | None = None) -> list[Finding]:
    """The late-report findings of one statement (empty when nothing is owed).

    Runs after every saved entry, so it reads only what those rules look at (a test
    proves the findings equal the full check's): independent expenditures, and receipts
    and loans inside the 90 days before the election or large enough for a 10-day report.
    """
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise NotFound(f"There is no statement {statement_id}.")
    from calaccess_desktop.services.validation import rule_set

    return validate_only(build_snapshot(session, statement_id,
                                        records_where=_late_report_records(stmt)),
                         LATE_REPORT_RULES, rules=rule_set(), today=today)


def _late_report_records(stmt: Statement) -> ColumnElement[bool]:
    """The records the late-report rules read (the cover and SMRY are not records)."""
    received = Record.amount_cents >= lowest("late_contribution_10day")
    window = calendar.late_window(stmt.election_date)
    if window is not None:
        received = received | Record.tran_date.between(window.start, window.end) | (
            Record.tran_date.is_(None))
    ies = Record.form_type.in_(("D", "F461P5", "F465P3")) & (Record.rec_type == "EXPN")
    receipts = (Record.rec_type.in_(("RCPT", "LOAN"))) & received
    return ies | receipts | Record.rec_type.in_(("CVR2", "CVR3"))



def _s497_from(rec_type: str) -> dict[str, str]:
    """Which field of a receipt or loan each Form 497 Part 1 field takes: the parties'
    field names and main amount and date, from ``cal.parties`` (one place)."""
    target, source = PARTIES["S497"], PARTIES[rec_type]
    names = {getattr(target, f.name): getattr(source, f.name) for f in fields(PartyFields)}
    (amount, date), (from_amount, from_date) = MAIN_AMOUNT_DATE["S497"], MAIN_AMOUNT_DATE[rec_type]
    return {"Entity_Cd": "Entity_Cd", **{t: f for t, f in names.items() if t and f},
            amount: from_amount, date: from_date}


@dataclass(frozen=True, slots=True)
class LateReportLine:
    """Where a contribution (or expenditure) was listed: the Form 497 (496) and its new
    line."""

    statement_id: int
    record_id: int
    created: bool  # True when the Form 497 was started for it


RECEIVED_KINDS = (("RCPT", "A"), ("RCPT", "C"), ("LOAN", "B1"))
LOAN_MEMO = "Loan received (reported on Schedule B, Part 1)."  # form-rules F497-P1-002
# A contribution made (Schedule D, monetary or in kind) goes on Part 2 with the candidate
# or measure it went to (the same field names on EXPN D and S497).
MADE_TARGET = ("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS", "Office_Cd", "Offic_Dscr",
               "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num",
               "Bal_Juris")


def report_late_contribution(session: Session, record_id: int) -> LateReportLine:
    """List a contribution received (Schedule A or C) or loan (B1, with a memo saying it
    is a loan: CAL has no loan box) on a Form 497, Part 1, or a contribution made
    (Schedule D, code MON or IKD) on Part 2: the committee's draft 497 for the same
    election, or a new one."""
    record = session.get(Record, record_id)
    if record is None:
        raise NotFound(f"there is no entry {record_id}")
    stmt = session.get(Statement, record.statement_id)
    assert stmt is not None
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type)
    made = (rec.rec_type, rec.form_type) == ("EXPN", "D") and rec.get(
        "Expn_Code").upper() in ("MON", "IKD")
    if (record.rec_type, record.form_type) not in RECEIVED_KINDS and not made:
        raise EditError("only contributions received (Schedules A and C), loans received "
                        "(Schedule B1) and contributions made (Schedule D, codes MON and "
                        "IKD) go on a Form 497")
    values = {target: rec.get(name) for target, name in _s497_from(record.rec_type).items()
              if rec.get(name)}
    part = "F497P2" if made else "F497P1"
    if made:
        values.update({n: rec.get(n) for n in MADE_TARGET if rec.get(n)})
        if stmt.election_date is not None:
            values["Elec_Date"] = stmt.election_date.strftime("%Y%m%d")
    report = session.scalars(
        select(Statement).where(
            Statement.committee_id == stmt.committee_id, Statement.form_type == F497.code,
            Statement.status.in_(EDITABLE),
            Statement.election_date.is_not_distinct_from(stmt.election_date),
        ).order_by(Statement.id.desc()).limit(1)).first()
    created = report is None
    report_id = (create_statement(session, stmt.committee_id, F497.code,
                                  election_date=stmt.election_date)
                 if report is None else report.id)
    listed = session.scalars(select(Record.values).where(
        Record.statement_id == report_id, Record.rec_type == "S497",
        Record.form_type == part))
    key = (values.get("Enty_NamL", "").upper(), values.get("Ctrib_Date", ""),
           values.get("Amount", ""))
    for stored in listed:
        line = CalRecord(list(stored), cvr_form=F497.code)
        if (line.get("Enty_NamL").upper(), line.get("Ctrib_Date"), line.get("Amount")) == key:
            raise EditError(f"this contribution is already on Form 497 (statement {report_id})")
    if record.rec_type == "LOAN":  # a 497 in CAL has no loan box: say it in a memo
        from calaccess_desktop.services.entries import save_entry

        new_id = save_entry(session, report_id, "S497", part, values, memo_text=LOAN_MEMO)
    else:
        new_id = add_transaction(session, report_id, "S497", part, values)
    return LateReportLine(report_id, new_id, created)


# The candidate or measure an independent expenditure is about: CVR fields 49-70 of a
# Form 496 / 465 cover, named the same on the expenditure records (EXPN D, F465P3, F461P5).
SUBJECT = ("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS", "Cand_Adr1", "Cand_Adr2",
           "Cand_City", "Cand_ST", "Cand_ZIP4", "Office_Cd", "Offic_Dscr",
           "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num",
           "Bal_Juris", "Sup_Opp_Cd")
IE_KINDS = (("EXPN", "D"), ("EXPN", "F461P5"), ("EXPN", "F465P3"))


def set_cover_fields(session: Session, statement_id: int, fields: dict[str, str]) -> None:
    """Set cover (CVR) fields a report keeps itself: a Form 496's or 465's candidate or
    measure (Part 1 / Part 2), checked against the layout like any entry; one undo step."""
    stmt = editable_statement(session, statement_id)
    cover = CalRecord(list(stmt.cover) or ["CVR", stmt.form_type], cvr_form=stmt.form_type)
    for name, text in fields.items():
        if not cover.has_field(name):
            raise EditError(f"the cover of a Form {stmt.form_type[1:]} has no field {name}")
        cover.set(name, str(text).strip())
    problems = [p for p in check_fields(cover) if p.field_name in fields]
    if problems:
        raise FieldProblems(cover, problems)
    undo = Recorder(session, "Edit the candidate or measure", statement_id)
    before = undo.before(stmt)
    stmt.cover = cover.values
    undo.changed("statements", before, stmt)
    undo.save()


def draft_key(get: Callable[[str], str]) -> str:
    """Who or what an expenditure (or a report) is about, in one comparable text: the
    candidate's name, or the measure's number and name."""
    words = [get(n) for n in ("Cand_NamL", "Cand_NamF")]
    if not any(words):
        words = [get(n) for n in ("Bal_Num", "Bal_Name", "Bal_Juris")]
    return " ".join(" ".join(words).upper().split())


def is_independent_expenditure(session: Session, record_id: int) -> bool:
    """Whether an entry is an independent expenditure (a Form 496 line), not a
    contribution (a Form 497 line)."""
    record = session.get(Record, record_id)
    stmt = session.get(Statement, record.statement_id) if record is not None else None
    if record is None or stmt is None:
        return False
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type)
    kind = (rec.rec_type, rec.form_type)
    return kind in IE_KINDS and (kind == ("EXPN", "F465P3")
                                 or rec.get("Expn_Code").upper() == "IND")


def report_late_expenditure(session: Session, record_id: int) -> LateReportLine:
    """List an independent expenditure (Schedule D, Form 461 Part 5 or Form 465 Part 3,
    code IND) on a Form 496, Part 2: the committee's draft 496 about the same candidate
    or measure for the same election, or a new one about it."""
    record = session.get(Record, record_id)
    if record is None:
        raise NotFound(f"there is no entry {record_id}")
    stmt = session.get(Statement, record.statement_id)
    assert stmt is not None
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type)
    on_465 = (rec.rec_type, rec.form_type) == ("EXPN", "F465P3")  # every line is one
    if (rec.rec_type, rec.form_type) not in IE_KINDS or not (
            on_465 or rec.get("Expn_Code").upper() == "IND"):
        raise EditError("only independent expenditures (payments with the code IND on "
                        "Schedule D or Form 461 Part 5, or on Form 465 Part 3) go on a "
                        "Form 496")
    # A Form 465 names its candidate or measure on its cover, not on each line.
    about = CalRecord(list(stmt.cover), cvr_form=stmt.form_type) if on_465 else rec
    key = draft_key(about.get)
    if not key:
        raise EditError("the expenditure does not name the candidate or measure it is about; "
                        "enter it first (a Form 496 is about one candidate or measure)")
    drafts = session.scalars(select(Statement).where(
        Statement.committee_id == stmt.committee_id, Statement.form_type == F496.code,
        Statement.status.in_(EDITABLE),
        Statement.election_date.is_not_distinct_from(stmt.election_date),
    ).order_by(Statement.id.desc())).all()
    report = next((d for d in drafts if draft_key(
        CalRecord(list(d.cover), cvr_form=F496.code).get) == key), None)
    created = report is None
    if report is None:
        report_id = create_statement(session, stmt.committee_id, F496.code,
                                     election_date=stmt.election_date)
        set_cover_fields(session, report_id,
                         {n: about.get(n) for n in SUBJECT if about.get(n)})
    else:
        report_id = report.id
    line = {"Exp_Date": rec.get("Expn_Date"), "Amount": rec.get("Amount"),
            "Expn_Dscr": rec.get("Expn_Dscr")[:90]}
    for stored in session.scalars(select(Record.values).where(
            Record.statement_id == report_id, Record.rec_type == "S496")):
        listed = CalRecord(list(stored), cvr_form=F496.code)
        if (listed.get("Exp_Date"), listed.get("Amount")) == (line["Exp_Date"], line["Amount"]):
            raise EditError(f"this expenditure is already on Form 496 (statement {report_id})")
    new_id = add_transaction(session, report_id, "S496", "F496",
                             {k: v for k, v in line.items() if v})
    return LateReportLine(report_id, new_id, created)
