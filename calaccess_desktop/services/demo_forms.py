"""``demo --all-forms``: the demo committee, the committees the other forms need (a PAC,
a small committee, a candidate with no committee, a major donor), and every registered
form's demo statements (``FormSpec.demo(session, DemoCommittees)``), in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.forms.registry import all_forms, spec_for
from calaccess_desktop.services.demo import DEMO_ELECTION, DemoCommittees, create_demo
from calaccess_desktop.services.editing import create_committee

ELECTIONS = DEMO_ELECTION.isoformat()  # Committee.profile["elections"] of the demo committees


def _filer(name: str, adr: str, zip4: str, phone: str, email: str) -> dict[str, str]:
    return {"Filer_NamL": name, "Filer_Adr1": adr, "Filer_City": "Sacramento",
            "Filer_ST": "CA", "Filer_ZIP4": zip4, "Filer_Phon": phone, "File_Email": email}


def _treasurer(last: str, first: str, adr: str, zip4: str, phone: str) -> dict[str, str]:
    return {"Tres_NamL": last, "Tres_NamF": first, "Tres_Adr1": adr, "Tres_City": "Sacramento",
            "Tres_ST": "CA", "Tres_ZIP4": zip4, "Tres_Phon": phone}


PAC_NAME = "Californians for Clean Water PAC"
PAC = {
    **_filer(PAC_NAME, "1107 9th Street, Suite 810", "95814", "916-555-0120",
             "info@cleanwaterpac.org"),
    **_treasurer("Brennan", "Colleen", "1107 9th Street, Suite 810", "95814", "916-555-0121"),
    "Flag1_YN": "N", "Flag2_YN": "N", "Actvty_Lvl": "CI",
    "GPC_Descr": "Supports candidates and measures for clean rivers and safe drinking water",
    "bank_name": "Five Star Bank", "bank_account_last4": "2290", "elections": ELECTIONS,
}
SMALL_NAME = "Friends of Midtown Parks"
SMALL = {
    **_filer(SMALL_NAME, "2117 P Street", "95816", "916-555-0150", "hello@midtownparks.org"),
    **_treasurer("Okoye", "Adaeze", "2117 P Street", "95816", "916-555-0151"),
    "Tres_Email": "treasurer@midtownparks.org",
    "Flag1_YN": "N", "Flag2_YN": "N", "Flag3_YN": "N", "Actvty_Lvl": "CI",
    "GPC_Descr": "Neighborhood volunteers for park upkeep and small local causes",
    "bank_name": "River City Bank", "bank_account_last4": "7731",
}
CANDIDATE_NAME = "James Whitfield"
CANDIDATE = {
    "Filer_NamL": "Whitfield", "Filer_NamF": "James", "Filer_Adr1": "4120 Riverside Blvd",
    "Filer_City": "Sacramento", "Filer_ST": "CA", "Filer_ZIP4": "95822",
    "Filer_Phon": "916-555-0188", "Cand_NamL": "Whitfield", "Cand_NamF": "James",
    "Cand_Adr1": "4120 Riverside Blvd", "Cand_City": "Sacramento", "Cand_ST": "CA",
    "Cand_ZIP4": "95822", "Office_Cd": "BED", "Juris_Cd": "LOC",
    "Juris_Dscr": "Sacramento City Unified School District", "Dist_No": "4",
    "Off_S_H_Cd": "S", "elections": ELECTIONS,
}
DONOR_NAME = "Sierra Builders Association"
DONOR = {
    **_filer(DONOR_NAME, "1215 K Street, Suite 1400", "95814", "916-555-0160",
             "accounting@sierrabuilders.org"),
    **_treasurer("Hollis", "Mark", "1215 K Street, Suite 1400", "95814", "916-555-0161"),
    "elections": ELECTIONS,
}


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What ``demo --all-forms`` made: the committees, and statement ids per form code."""

    committees: DemoCommittees
    statements: dict[str, list[int]]
    names: dict[int, str]


def create_committees(session: Session) -> tuple[DemoCommittees, list[int]]:
    """The demo committee with its Form 460s and 497, and the other demo committees."""
    cid, base = create_demo(session)
    _sign_late_reports(session, base)
    pac = create_committee(session, PAC_NAME, filer_id="1462215", committee_type="G",
                           entity_cd="RCP", profile=dict(PAC))
    small = create_committee(session, SMALL_NAME, filer_id="1470338", committee_type="G",
                             entity_cd="RCP", profile=dict(SMALL))
    candidate = create_committee(session, CANDIDATE_NAME, committee_type="",
                                 entity_cd="CAO", profile=dict(CANDIDATE))
    donor = create_committee(session, DONOR_NAME, filer_id="1390172", committee_type="",
                             entity_cd="MDI", profile=dict(DONOR))
    return DemoCommittees(candidate_committee=cid, pac=pac, small_committee=small,
                          candidate=candidate, major_donor=donor), base


# When the demo committee's treasurer signed its Form 497 (its last line is 10/12/2026).
LATE_SIGNED = {"Sig_Date": "20261012", "Sig_Loc": "Sacramento, CA"}


def _sign_late_reports(session: Session, statement_ids: list[int]) -> None:
    """The plain demo's late reports, signed by the treasurer when not signed yet (a
    497 or 496 has no verification record in CAL; the app keeps it for the check)."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement
    from calaccess_desktop.forms.f497.demo import sign_by_treasurer

    for sid in statement_ids:
        stmt = session.get(Statement, sid)
        if stmt is None or spec_for(stmt.form_type).kind != "late":
            continue
        signed = session.scalars(select(Record.id).where(
            Record.statement_id == sid, Record.rec_type == "CVR3")).first()
        if signed is None:
            sign_by_treasurer(session, sid, LATE_SIGNED)


def create_all_forms(session: Session) -> DemoResult:
    """Every demo committee and every registered form's demo statements. The plain demo
    (two Form 460s and a Form 497 of the candidate committee) is listed under their forms;
    a form whose hook is missing gets nothing more."""
    from calaccess_desktop.db.orm import Committee, Statement

    committees, base = create_committees(session)
    made: dict[str, list[int]] = {}
    for sid in base:
        stmt = session.get(Statement, sid)
        if stmt is not None:
            made.setdefault(stmt.form_type, []).append(sid)
    for spec in all_forms():
        if spec.demo is None:
            continue
        made.setdefault(spec.code, []).extend(spec.demo(session, committees))
    session.flush()
    ids = (committees.candidate_committee, committees.pac, committees.small_committee,
           committees.candidate, committees.major_donor)
    names: dict[int, str] = {}
    for cid in ids:
        committee: Any = session.get(Committee, cid)
        names[cid] = committee.name if committee is not None else ""
    order = {s.code: n for n, s in enumerate(all_forms())}
    ordered = dict(sorted(made.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return DemoResult(committees, ordered, names)
