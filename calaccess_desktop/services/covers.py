"""The CVR record of an app-made statement, from the committee profile and statement."""

from __future__ import annotations

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date
from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.forms.applicability import cover_field_applies

LATE_REPORT_FORMS = frozenset({"F465", "F496", "F497", "F498"})


def build_cover(committee: Committee, stmt: Statement, rpt_date: str = "") -> list[str]:
    """CVR values for a statement: profile fields that the form's layout has, plus
    the statement's own period, type, amendment number and explanation."""
    rec = CalRecord(["CVR", stmt.form_type])
    form, ctype = stmt.form_type, committee.committee_type
    for spec in rec.fields[2:]:
        value = committee.profile.get(spec.name)
        if value and cover_field_applies(form, ctype, spec.number):
            rec.set(spec.name, str(value))
    rec.set("Filer_ID", committee.filer_id)
    if not rec.get("Filer_NamL"):
        rec.set("Filer_NamL", committee.name)
    own = {
        "Entity_Cd": committee.entity_cd,
        "Cmtte_Type": ctype if cover_field_applies(form, ctype, 41) else "",
        "Report_Num": f"{stmt.report_num:03d}",
        "Rpt_Date": rpt_date,
        "Stmt_Type": stmt.stmt_type,
        "From_Date": format_date(stmt.period_from),
        "Thru_Date": format_date(stmt.period_through),
        "Elect_Date": format_date(stmt.election_date),
        # User-assigned report number, required on late reports (CVR field 12).
        "Rpt_ID_Num": f"{stmt.id:06d}" if form in LATE_REPORT_FORMS else "",
    }
    for name, value in own.items():
        if rec.has_field(name):
            rec.set(name, value or "")
    reason = stmt.amendment_reason if stmt.report_num else ""
    for i in range(3):
        name = f"AmendExp_{i + 1}"
        if rec.has_field(name):
            rec.set(name, reason[i * 100:(i + 1) * 100].strip())
    return rec.values
