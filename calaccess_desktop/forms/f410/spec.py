"""Form 410 (Statement of Organization, Recipient Committee) as one value.

Initial, amendment and termination: there is no statement-type field in CAL 2.01; an
amendment is a Report_Num above 000 and a termination carries Term_Date (spec page 58).
The committee profile is the 410's source (``from_profile``).
"""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.f410.from_profile import build_cover, import_profile
from calaccess_desktop.forms.spec import FormSpec, Part

NAMES = Part("NAMES", "CVR2", "F410",
             "Officers, candidates, measures and sponsors (Parts 3 and 6)",
             "Officers and candidates")

_PERSON = ("Enty_NamL", "Enty_NamF", "Enty_NamT", "Enty_NamS")
_ADDRESS = ("Cvr2_Adr1", "Cvr2_Adr2", "Cvr2_City", "Cvr2_ST", "Cvr2_ZIP4", "Day_Phone",
            "Email_Adr")
ENTRY_GROUPS = {
    ("CVR2", "F410"): (
        ("Who", ("Item_Cd", "Entity_Cd", *_PERSON, "POF_Title", "Cmte_ID"), False),
        ("Address", _ADDRESS, False),
        ("Candidate and office (controlled or primarily formed)",
         ("Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd",
          "Party_Name", "Non_Pty_CB", "Year_Elect"), True),
        ("Ballot measure or support/oppose", ("Bal_Num", "Bal_Juris", "Sup_Opp_Cd"), True),
        ("Sponsor", ("Ind_Group",), True),
    ),
}


def _printer(snapshot: Any, _summary: Any) -> Any:
    from calaccess_desktop.forms.f410.print_layout import build

    return build(snapshot)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f410.rules import RULES

    return RULES


def _after_create(session: Any, statement_id: int) -> None:
    from calaccess_desktop.services.registration import finish_new_410

    finish_new_410(session, statement_id)


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f410.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F410",
    title="Form 410 - Statement of Organization, Recipient Committee",
    short_name="Form 410",
    kind="registration",
    parts=(NAMES,),
    record_order=(("CVR2", "F410"), ("CVR3", "")),
    statement_types=("",),
    printer=_printer,
    rules=_rules,
    entry_groups=ENTRY_GROUPS,
    demo=_demo,
    cover_builder=build_cover,
    after_create=_after_create,
    profile_from_import=import_profile,
    notes={
        "hint": ("Form 410 comes from the committee profile (Committee > Committee "
                 "profile): change the profile and save, and the app offers the amended "
                 "410 listing what changed (due within 10 days of the change). List other "
                 "officers on the Officers page; then sign and check (F5)."),
    },
)
