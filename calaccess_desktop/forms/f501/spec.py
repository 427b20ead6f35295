"""Form 501 (Candidate Intention Statement) as one value.

There is no CAL 2.01 layout for the 501 (``has_cal_layout=False``): it is printed,
signed by the candidate and filed on paper with the filing officer (or by the officer's
own electronic means), never exported as a .CAL file. Its values live by name in the
statement's cover (``fields``), built from the committee profile.
"""

from __future__ import annotations

from typing import Any

from calaccess_desktop.cal.values import format_date
from calaccess_desktop.forms.f501 import fields
from calaccess_desktop.forms.spec import FormSpec

FILING = ("Form 501 is not e-filed: the CAL format has no Form 501. Print it, have the "
          "candidate sign it, and file it on paper with your filing officer (or by the "
          "filing officer's own electronic means) before you ask for or receive any "
          "contribution.")
EXPORT = ("A Form 501 cannot be written as a .CAL file: the CAL format has no Form 501. "
          "Print it (Ctrl+P or the print command), sign it, and file it on paper with your "
          "filing officer or by the officer's own electronic means.")


def _year(committee: Any, stmt: Any) -> str:
    if stmt.election_date is not None:
        return str(stmt.election_date.year)
    from calaccess_desktop.forms.f410.from_profile import first_election_year

    return first_election_year((committee.profile or {}).get("elections"))


def build_cover(committee: Any, stmt: Any, rpt_date: str = "") -> list[str]:
    """The ``FormSpec.cover_builder`` hook: the 501's fields from the profile; the
    signature and the "under $2,000" statement, when the profile does not give them, as
    the statement has them."""
    old = fields.read(list(stmt.cover or []))
    values = fields.from_profile(committee.profile or {}, name=committee.name,
                                 election_year=_year(committee, stmt),
                                 election_date=format_date(stmt.election_date))
    values.update({k: old[k] for k in fields.OWN_FIELDS if k in old and not values.get(k)})
    return fields.write(values)


def _printer(snapshot: Any, _summary: Any) -> Any:
    from calaccess_desktop.forms.f501.print_layout import build

    return build(snapshot)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f501.rules import RULES

    return RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f501.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F501",
    title="Form 501 - Candidate Intention Statement",
    short_name="Form 501",
    kind="registration",
    parts=(),
    record_order=(),
    statement_types=("",),
    has_cal_layout=False,
    printer=_printer,
    rules=_rules,
    demo=_demo,
    cover_builder=build_cover,
    signers=(),
    notes={"hint": ("Form 501 comes from the candidate's profile (Committee > Committee "
                    "profile, Candidate and Form 501 groups); once the candidate has signed "
                    "the printout, enter the date signed there."),
           "filing": FILING, "export": EXPORT},
)
