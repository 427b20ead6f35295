"""Form 465 as one value: its parts, record order, summary, entry fields and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.f465.summary import LINES
from calaccess_desktop.forms.spec import TRAN_ID, Column, FormSpec, Part

SUBJECT_FIELDS = ("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS", "Cand_Adr1", "Cand_Adr2",
                  "Cand_City", "Cand_ST", "Cand_ZIP4", "Cand_Phon", "Office_Cd", "Offic_Dscr",
                  "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num",
                  "Bal_Juris", "Sup_Opp_Cd")
PART_3 = Part("P3", "EXPN", "F465P3", "Part 3 - Independent Expenditures Made",
              "Expenditures made",
              columns=(Column("Date paid", ("Expn_Date",), "date"),
                       Column.name("Paid to", "Payee"), Column("Amount", ("Amount",), "money"),
                       Column("Calendar year to date", ("Cum_YTD",), "money"),
                       Column("Description", ("Expn_Dscr",)), TRAN_ID))
PART_5 = Part("P5", "CVR2", "F465", "Part 5 - Filing Officers", "Filing officers")

_PAYEE = ("Entity_Cd", "Payee_NamL", "Payee_NamF", "Payee_Adr1", "Payee_Adr2", "Payee_City",
          "Payee_ST", "Payee_ZIP4")
ENTRY_GROUPS = {
    ("CVR", "F465"): (("Candidate or measure (Part 2)", SUBJECT_FIELDS, False),),
    ("EXPN", "F465P3"): (
        ("Payee", _PAYEE, False),
        ("Independent expenditure", ("Expn_Date", "Amount", "Cum_YTD", "Expn_Code",
                                     "Expn_Dscr", "Memo_Code", "memo_text"), False),
        ("More details", ("Payee_NamT", "Payee_NamS", "Expn_ChkNo", "BakRef_TID"), True),
    ),
    ("CVR2", "F465"): (
        ("Filing officer", ("Entity_Cd", "Title", "Mail_Adr1", "Mail_Adr2", "Mail_City",
                            "Mail_ST", "Mail_ZIP4"), False),
    ),
    ("CVR3", "F465"): (
        ("Who signs, and when", ("Entity_Cd", "Sig_NamL", "Sig_NamF", "Sig_Date", "Sig_Loc"),
         False),
    ),
}

NOTES = {
    "hint": "Name the candidate or measure on the cover page (Part 2), list the "
            "expenditures on Part 3 and the filing officers on Part 5; the summary is "
            "computed.",
    "filing": "File it with the statements of the period, with the filing officers of the "
              "candidate or measure committee supported or opposed.",
    "when": "File a Form 465 for each candidate or measure with $1,000 or more of independent "
            "expenditures in a calendar year, for the same periods and with the same filing "
            "officers as that candidate's or measure committee's statements.",
    "also": "The same expenditures are reported on your Form 460 (Schedule D) or Form 461.",
}


def _summarize(snapshot: Any, carry_in: Any) -> Any:
    from calaccess_desktop.forms.f465.summary import compute

    return compute(snapshot, carry_in)


def _smry(summary: Any) -> list[list[str]]:
    from calaccess_desktop.forms.f465.summary import smry_records

    return smry_records(summary)


def _rows(summary: Any) -> list[tuple[str, str, int | None, int | None]]:
    from calaccess_desktop.forms.f465.summary import summary_rows

    return summary_rows(summary)


def _import(cal: Any) -> Any:
    from calaccess_desktop.forms.f465.summary import import_extras

    return import_extras(cal)


def _print(snapshot: Any, summary: Any = None) -> Any:
    from calaccess_desktop.forms.f465.print_layout import build

    return build(snapshot, summary)


def _extras(session: Any, stmt: Any) -> Any:
    """The 496 lines already reported, and the payments on the filer's 460s and 461s."""
    from calaccess_desktop.forms.f465.reported import payments_on_statements
    from calaccess_desktop.forms.f496.reported import snapshot_extras

    out = dict(snapshot_extras(session, stmt))
    out["late_reported"] = out.get("late_reported", frozenset()) | payments_on_statements(
        session, stmt)
    return out


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f465.rules import RULES

    return RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f465.demo import create

    return create(session, committees)


SPEC = FormSpec(
    code="F465",
    title="Form 465 - Supplemental Independent Expenditure Report",
    short_name="Form 465",
    kind="periodic",
    # The report number (kept on amendments) and the candidate or measure, per report.
    cover_fields=("Rpt_ID_Num", *SUBJECT_FIELDS),
    parts=(PART_3, PART_5),
    record_order=(("CVR2", "F465"), ("CVR3", "F465"), ("SMRY", "F465"), ("EXPN", "F465P3"),
                  ("TEXT", "")),
    summarize=_summarize,
    smry_records=_smry,
    summary_rows=_rows,
    line_names=dict(LINES),
    import_extras=_import,
    printer=_print,
    rules=_rules,
    snapshot_extras=_extras,
    entry_groups=ENTRY_GROUPS,
    demo=_demo,
    notes=NOTES,
)
