"""Form 470 (Officeholder and Candidate Campaign Statement, Short Form) and the 470
Supplement, as one value.

One CAL layout serves both (CVR F470, spec pages 28-29): the Supplement is a 470 whose
``Date_1000`` gives the day the candidate reached the threshold ($2,000 since 2016; the
field's name keeps the old $1,000). The period is the calendar year.

2026: the current text of GC 85200(b) moves the 470's job to Form 501 (a candidate who
does not intend to raise or spend $2,000 says so on the 501 and amends it within 48
hours of reaching $2,000); when that wording became operative is not confirmed
(form-rules §3.8). The app supports both paths: this 470 (CAL, e-filed where the SOS
still takes it) and the 501's "under $2,000" statement (``forms/f501``), and says so.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date
from calaccess_desktop.forms.spec import FormSpec

# CVR F470 field <- profile key (the candidate's own facts).
CVR_FROM_PROFILE = {
    "Cand_Adr1": "Cand_Adr1", "Cand_Adr2": "Cand_Adr2", "Cand_City": "Cand_City",
    "Cand_ST": "Cand_ST", "Cand_ZIP4": "Cand_ZIP4", "Cand_Phon": "Cand_Phon",
    "Cand_Email": "Cand_Email", "Office_Cd": "Office_Cd", "Offic_Dscr": "Offic_Dscr",
    "Juris_Cd": "Juris_Cd", "Juris_Dscr": "Juris_Dscr", "Dist_No": "Dist_No",
    "Off_S_H_Cd": "Off_S_H_Cd",
}
OWN_FIELDS = ("Date_1000",)  # the statement's own: the Supplement's threshold date

NOTE_2026 = ("Current law (GC 85200(b)) may have moved the 470's job to Form 501: a "
             "candidate who will stay under $2,000 can say so on the 501 and amend it "
             "within 48 hours of reaching $2,000. Ask your filing officer which one it "
             "takes in 2026; the app prints both.")


def build_cover(committee: Any, stmt: Any, rpt_date: str = "") -> list[str]:
    """The ``FormSpec.cover_builder`` hook: CVR F470 from the candidate's profile."""
    p = committee.profile or {}
    old = CalRecord(list(stmt.cover)) if stmt.cover else None
    rec = CalRecord(["CVR", "F470"])
    rec.set("Filer_ID", committee.filer_id)
    rec.set("Entity_Cd", "CAO")
    rec.set("Filer_NamL", str(p.get("Cand_NamL") or committee.name))
    rec.set("Filer_NamF", str(p.get("Cand_NamF", "")))
    rec.set("Report_Num", f"{stmt.report_num:03d}")
    rec.set("Rpt_Date", rpt_date)
    for name, key in CVR_FROM_PROFILE.items():
        rec.set(name, str(p.get(key, "") or ""))
    rec.set("Elect_Date", format_date(stmt.election_date))
    if old is not None and old.form_type == "F470":
        for name in OWN_FIELDS:
            rec.set(name, old.get(name))
    reached = _cal_date(str(p.get("f470_reached_Dt", "") or ""))
    year = stmt.period_from.year if stmt.period_from else None
    if reached and (year is None or reached[:4] == str(year)):
        rec.set("Date_1000", reached)  # the profile says when $2,000 was reached
    return rec.values


def _cal_date(text: str) -> str:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    return f"{m[3]}{int(m[1]):02d}{int(m[2]):02d}" if m else text.strip()


def is_supplement(cover_values: list[str] | tuple[str, ...]) -> bool:
    """Whether a 470 cover is the Supplement (it gives the threshold date)."""
    return bool(CalRecord(list(cover_values)).get("Date_1000")) if cover_values else False


def mark_supplement(cover_values: list[str], reached: dt.date) -> list[str]:
    """A 470 cover made the 470 Supplement: the day $2,000 was reached (Date_1000)."""
    rec = CalRecord(list(cover_values))
    rec.set("Date_1000", format_date(reached))
    return rec.values


def _printer(snapshot: Any, _summary: Any) -> Any:
    from calaccess_desktop.forms.f470.print_layout import build

    return build(snapshot)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f470.rules import RULES

    return RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f470.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F470",
    title="Form 470 - Officeholder and Candidate Campaign Statement, Short Form",
    short_name="Form 470",
    kind="once",
    parts=(),
    record_order=(("CVR2", "F470"), ("CVR3", "")),
    statement_types=("",),
    printer=_printer,
    rules=_rules,
    demo=_demo,
    cover_builder=build_cover,
    signers=("CAO",),
    notes={"hint": ("Form 470 comes from the candidate's profile; sign it on the cover "
                    "page, then check it (F5)."),
           "filing": NOTE_2026,
           "supplement": ("Form 470 Supplement: give the date you reached $2,000 "
                          "(received or spent); file it within 48 hours with your filing "
                          "officer and the Secretary of State, send it to every other "
                          "candidate for the office (not by regular mail), then file a "
                          "Form 410 within 10 days.")},
)
