"""Form 496 as one value: its parts, record order, entry fields and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.spec import TRAN_ID, Column, FormSpec, Part

# Part 1 (the candidate or measure) is on the cover: CVR fields 49-70, kept per report.
SUBJECT_FIELDS = ("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS", "Cand_Adr1", "Cand_Adr2",
                  "Cand_City", "Cand_ST", "Cand_ZIP4", "Cand_Phon", "Office_Cd", "Offic_Dscr",
                  "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num",
                  "Bal_Juris", "Sup_Opp_Cd")
PART_2 = Part("P2", "S496", "F496", "Part 2 - Independent Expenditures Made",
              "Expenditures made", (
                  Column("Date made", ("Exp_Date",), "date"),
                  Column("Through", ("Date_Thru",), "date"),
                  Column("Description", ("Expn_Dscr",)),
                  Column("Amount", ("Amount",), "money"), TRAN_ID))
PART_3 = Part("P3", "RCPT", "F496P3", "Part 3 - Contributions of $100 or More Received",
              "Contributions received", (
                  Column("Date received", ("Rcpt_Date",), "date"),
                  Column.name("Contributor", "Ctrib"), Column("Amount", ("Amount",), "money"),
                  Column("Year to date", ("Cum_YTD",), "money"),
                  Column("Occupation", ("Ctrib_Occ",)), Column("Employer", ("Ctrib_Emp",)),
                  TRAN_ID))

_CTRIB = ("Entity_Cd", "Ctrib_NamL", "Ctrib_NamF", "Ctrib_Adr1", "Ctrib_Adr2", "Ctrib_City",
          "Ctrib_ST", "Ctrib_ZIP4", "Ctrib_Occ", "Ctrib_Emp", "Ctrib_Self", "Cmte_ID")
ENTRY_GROUPS = {
    ("CVR", "F496"): (("Candidate or measure (Part 1)", SUBJECT_FIELDS, False),),
    ("S496", "F496"): (
        ("Independent expenditure", ("Exp_Date", "Amount", "Expn_Dscr"), False),
        ("More details", ("Date_Thru", "Memo_Code", "memo_text"), True),
    ),
    ("RCPT", "F496P3"): (
        ("Contributor", _CTRIB, False),
        ("Contribution", ("Rcpt_Date", "Amount", "Cum_YTD", "Memo_Code", "memo_text"), False),
        ("More details", ("Ctrib_NamT", "Ctrib_NamS", "Tran_Type", "Date_Thru", "Int_Rate",
                          "Intr_NamL", "Intr_NamF", "Intr_Adr1", "Intr_City", "Intr_ST",
                          "Intr_ZIP4", "Int_CmteId"), True),
    ),
}

NOTES = {
    "hint": "Name the one candidate or measure on the cover page (Part 1), list the "
            "expenditures on Part 2 and contributions of $100 or more received on Part 3.",
    "filing": "State committees e-file it with the Secretary of State; local committees file "
              "it with their filing officer (not by regular mail).",
    "due": "Due within 24 hours of the expenditure inside the 90 days before the election "
           "(weekends and holidays included), else within 10 business days.",
    "one_subject": "One Form 496 per candidate or measure: an expenditure about several is "
                   "divided among them, each share on its own report.",
}


def _print(snapshot: Any, _summary: Any = None) -> Any:
    from calaccess_desktop.forms.f496.print_layout import build

    return build(snapshot)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f496.rules import RULES
    from calaccess_desktop.forms.f496.timing_rules import TIMING_RULES

    return RULES + TIMING_RULES


def _extras(session: Any, stmt: Any) -> Any:
    from calaccess_desktop.forms.f496.reported import report_extras

    return report_extras(session, stmt)


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f496.demo import create

    return create(session, committees)


SPEC = FormSpec(
    code="F496",
    title="Form 496 - 24-Hour/10-Day Independent Expenditure Report",
    short_name="Form 496",
    kind="late",
    # The report number (kept on amendments) and the candidate or measure, per report.
    cover_fields=("Rpt_ID_Num", *SUBJECT_FIELDS),
    parts=(PART_2, PART_3),
    record_order=(("S496", "F496"), ("RCPT", "F496P3"), ("TEXT", "")),
    printer=_print,
    rules=_rules,
    snapshot_extras=_extras,
    entry_groups=ENTRY_GROUPS,
    demo=_demo,
    notes=NOTES,
)
