"""The CVR record of an app-made statement, from the committee profile and statement;
and the cover page's period, type and election date, saved only over what was seen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date
from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.applicability import cover_field_applies
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.concurrency.conflicts import (
    EditConflict,
    FieldChange,
    changed_by,
    changed_here,
    conflict_message,
)
from calaccess_desktop.services.concurrency.counters import lock_statement


def _kept(stmt: Statement, names: tuple[str, ...]) -> dict[str, str]:
    """The statement's own values of the form's ``cover_fields`` (blank ones left out)."""
    if not names or not stmt.cover:
        return {}
    old = CalRecord(list(stmt.cover))
    return {n: old.get(n) for n in names if old.has_field(n) and old.get(n)}


def build_cover(committee: Committee, stmt: Statement, rpt_date: str = "") -> list[str]:
    """CVR values for a statement: profile fields that the form's layout has, plus
    the statement's own period, type, amendment number and explanation, and the
    form's own cover fields as the statement has them (``FormSpec.cover_fields``).
    A form with its own cover (``FormSpec.cover_builder``) builds it itself."""
    spec = spec_for(stmt.form_type)
    if spec.cover_builder is not None:
        return spec.cover_builder(committee, stmt, rpt_date)
    kept = _kept(stmt, spec.cover_fields)
    rec = CalRecord(["CVR", stmt.form_type])
    form, ctype = stmt.form_type, committee.committee_type
    for fld in rec.fields[2:]:
        value = committee.profile.get(fld.name)
        if value and cover_field_applies(form, ctype, fld.number):
            rec.set(fld.name, str(value))
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
        "Rpt_ID_Num": f"{stmt.id:06d}" if "Rpt_ID_Num" in spec.cover_fields else "",
    }
    for name, value in {**own, **kept}.items():
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
ATR_TRAN_ID = "CVR2-ATR"  # stable: the same entity in every report and amendment


def profile_records(committee: Committee, stmt: Statement) -> list[list[str]]:
    """Cover records the profile implies: the assistant treasurer's CVR2 (Part 3)."""
    profile = committee.profile or {}
    if not profile.get("atr_naml") or not _has_atr_part(stmt.form_type):
        return []
    rec = CalRecord(["CVR2", stmt.form_type], cvr_form=stmt.form_type)
    rec.set("Tran_ID", ATR_TRAN_ID)
    rec.set("Entity_Cd", "ATR")
    if rec.has_field("F460_Part"):
        rec.set("F460_Part", "3")
    for key, name in ATR_FIELDS.items():
        if profile.get(key):
            rec.set(name, str(profile[key]))
    return [rec.values]


def _has_atr_part(form: str) -> bool:
    """Whether the form's cover lists an assistant treasurer: a periodic form with CVR2
    cover records that are not an entry part of their own (Forms 460, 450, 425)."""
    spec = spec_for(form)
    return (spec.kind == "periodic" and spec.has_cal_layout
            and any(rt == "CVR2" for rt, _ft in spec.record_order)
            and not any(p.rec_type == "CVR2" for p in spec.parts))


# ----------------------------------------------------------------- the period, as seen
# What the cover page's first part edits (CVR names), checked against the stored
# statement when it is saved: another person's change since is never overwritten.
PERIOD_FIELDS = ("Stmt_Type", "From_Date", "Thru_Date", "Elect_Date")


@dataclass(frozen=True, slots=True)
class PeriodSeen:
    """A statement's period, type and election date as a cover page loaded them, with
    the statement's version then (CAL values: dates as CCYYMMDD)."""

    statement_id: int
    version: int
    values: dict[str, str]


def period_values(stmt: Statement) -> dict[str, str]:
    """The statement's period fields by CVR name."""
    return {"Stmt_Type": stmt.stmt_type or "", "From_Date": format_date(stmt.period_from),
            "Thru_Date": format_date(stmt.period_through),
            "Elect_Date": format_date(stmt.election_date)}


# The words the cover page labels them with.
PERIOD_LABELS = {"Stmt_Type": "Type of statement", "From_Date": "Period from",
                 "Thru_Date": "Period through", "Elect_Date": "Date of election"}


def period_changes(seen: dict[str, str], now: dict[str, str]) -> list[FieldChange]:
    """The period fields whose value differs, as the cover page labels and shows them
    (dates as MM/DD/YYYY, the statement type in words)."""
    kinds = codes("statement_type")
    out = []
    for name in PERIOD_FIELDS:
        old, new = seen.get(name, ""), now.get(name, "")
        if old == new:
            continue
        if name == "Stmt_Type":
            old, new = (kinds.get(v, v).split(" (")[0] for v in (old, new))
        else:
            old, new = (f"{v[4:6]}/{v[6:]}/{v[:4]}" if len(v) == 8 else v
                        for v in (old, new))
        out.append(FieldChange(name, PERIOD_LABELS[name], old, new))
    return out


def load_period(session: Session, statement_id: int) -> PeriodSeen:
    """The statement's period fields and version, as the cover page shows them."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise UserError(f"There is no statement {statement_id}.")
    return PeriodSeen(stmt.id, stmt.version, period_values(stmt))


def check_period_unchanged(session: Session, seen: PeriodSeen) -> None:
    """Refuse (``EditConflict``, its ``current`` the period as stored now) when someone
    else changed the period, type or election date since ``seen`` was loaded. A newer
    version with these fields as seen (a profile save, say) is no conflict."""
    stmt = lock_statement(session, seen.statement_id)
    if stmt is None:
        raise EditConflict("Someone else deleted this statement since you opened it. "
                           "Nothing was saved.", None, gone=True)
    if stmt.version == seen.version:
        return
    now = PeriodSeen(stmt.id, stmt.version, period_values(stmt))
    changes = period_changes(seen.values, now.values)
    if not changes or changed_here(session, stmt.id, "statements", stmt.id):
        return
    who = changed_by(session, stmt.id, "statements", stmt.id)
    raise EditConflict(conflict_message("cover page", changes, who), now)


def save_period(session: Session, statement_id: int, *, period_from: dt.date | None,
                period_through: dt.date | None, stmt_type: str,
                election_date: dt.date | None, seen: PeriodSeen | None = None) -> None:
    """Save the cover page's period, type and election date (one undo step). ``seen``:
    the values as the page loaded them; a change made since by someone else refuses
    the save (``EditConflict``) and nothing is written."""
    from calaccess_desktop.services.entries import update_statement

    if seen is not None:
        check_period_unchanged(session, seen)
    try:
        update_statement(session, statement_id, period_from=period_from,
                         period_through=period_through, stmt_type=stmt_type,
                         election_date=election_date)
        session.flush()
    except StaleDataError as exc:  # a writer that does not wait for the others' lock
        raise EditConflict(SAME_TIME, None) from exc


SAME_TIME = ("Someone else saved this statement at the same moment. Nothing was saved, "
             "and what you typed is still here: save again to see their change.")
