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


# Assistant treasurer kept in the profile (app keys) -> CVR2 fields (spec page 32).
ATR_FIELDS = {"atr_naml": "Enty_NamL", "atr_namf": "Enty_NamF", "atr_Adr1": "Enty_Adr1",
              "atr_Adr2": "Enty_Adr2", "atr_City": "Enty_City", "atr_ST": "Enty_ST",
              "atr_ZIP4": "Enty_ZIP4", "atr_phon": "Enty_Phon"}
ATR_FORMS = frozenset({"F425", "F450", "F460"})
ATR_TRAN_ID = "CVR2-ATR"  # stable: the same entity in every report and amendment


def profile_records(committee: Committee, stmt: Statement) -> list[list[str]]:
    """Cover records the profile implies: the assistant treasurer's CVR2 (Part 3)."""
    profile = committee.profile or {}
    if stmt.form_type not in ATR_FORMS or not profile.get("atr_naml"):
        return []
    rec = CalRecord(["CVR2", stmt.form_type], cvr_form=stmt.form_type)
    rec.set("Tran_ID", ATR_TRAN_ID)
    rec.set("Entity_Cd", "ATR")
    if rec.has_field("F460_Part") and stmt.form_type == "F460":
        rec.set("F460_Part", "3")
    for key, name in ATR_FIELDS.items():
        if profile.get(key):
            rec.set(name, str(profile[key]))
    return [rec.values]
