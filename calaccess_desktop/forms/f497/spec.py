"""Form 497 as one value: its two parts, record order, entry fields and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.spec import TRAN_ID, Column, FormSpec, Part

PART_1 = Part("P1", "S497", "F497P1", "Part 1 - Contributions Received",
              "Contributions received", (
                  Column("Date received", ("Ctrib_Date",), "date"),
                  Column.name("Contributor", "Enty"), Column("Occupation", ("Ctrib_Occ",)),
                  Column("Amount", ("Amount",), "money"), TRAN_ID))
PART_2 = Part("P2", "S497", "F497P2", "Part 2 - Contributions Made", "Contributions made", (
    Column("Date made", ("Ctrib_Date",), "date"), Column.name("Recipient", "Enty"),
    Column("Candidate or measure", ("Cand_NamL", "Bal_Name")),
    Column("Amount", ("Amount",), "money"), TRAN_ID))

_ENTY = ("Enty_NamL", "Enty_NamF", "Enty_Adr1", "Enty_Adr2", "Enty_City", "Enty_ST",
         "Enty_ZIP4")
ENTRY_GROUPS = {
    ("S497", "F497P1"): (
        ("Contributor", ("Entity_Cd", *_ENTY, "Ctrib_Occ", "Ctrib_Emp", "Ctrib_Self",
                         "Cmte_ID"), False),
        ("Contribution", ("Ctrib_Date", "Amount", "Memo_Code", "memo_text"), False),
        ("More details", ("Enty_NamT", "Enty_NamS", "Date_Thru"), True),
    ),
    ("S497", "F497P2"): (
        ("Recipient", ("Entity_Cd", *_ENTY, "Cmte_ID"), False),
        ("Contribution made", ("Ctrib_Date", "Amount", "Elec_Date", "Memo_Code", "memo_text"),
         False),
        ("Candidate or measure", ("Cand_NamL", "Cand_NamF", "Office_Cd", "Offic_Dscr",
                                  "Off_S_H_Cd", "Juris_Cd", "Juris_Dscr", "Dist_No",
                                  "Bal_Name", "Bal_Num", "Bal_Juris"), False),
    ),
}

NOTES = {
    "hint": "List contributions received on Part 1 and contributions made on Part 2; each "
            "is reported again on the next Form 460.",
    "filing": "State committees e-file it with the Secretary of State; local committees file "
              "it with their filing officer (not by regular mail).",
    "due": "Due within 24 hours inside the 90 days before the election (even on a weekend "
           "just before it), else within 10 business days.",
    "next_460": "Everything on a Form 497 is reported again on the next Form 460 (or 450).",
}


def _print(snapshot: Any, _summary: Any = None) -> Any:
    from calaccess_desktop.forms.f497.print_layout import build

    return build(snapshot)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f497.rules import RULES
    from calaccess_desktop.forms.f497.timing_rules import TIMING_RULES

    return RULES + TIMING_RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f497.demo import create

    return create(session, committees)


SPEC = FormSpec(
    code="F497",
    title="Form 497 - 24-Hour/10-Day Contribution Report",
    short_name="Form 497",
    kind="late",
    cover_fields=("Rpt_ID_Num",),  # the report number stays on its amendments
    parts=(PART_1, PART_2),
    record_order=(("S497", "F497P1"), ("S497", "F497P2"), ("TEXT", "")),
    printer=_print,
    rules=_rules,
    entry_groups=ENTRY_GROUPS,
    demo=_demo,
    notes=NOTES,
)
