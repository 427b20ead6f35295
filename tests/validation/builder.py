"""Make small statement snapshots in memory (no database) for rule tests.

``Stmt.f460()`` is a clean Form 460 of a city council candidate's committee that gives
no findings at all; tests change one thing and look for the one rule that should
speak. ``Stmt.pac()``, ``.measure()``, ``.primarily_formed()`` and the other forms'
constructors give clean starting points for other committees and forms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import MappingProxyType
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.snapshot import (
    CommitteeSnap,
    SnapRecord,
    StatementBrief,
    StatementSnapshot,
)
from calaccess_desktop.forms.f460.smry import smry_values
from calaccess_desktop.forms.f460.summary import compute
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import Finding, validate

TODAY = dt.date(2026, 7, 20)

COMMITTEE = {
    "Filer_ID": "1449876", "Entity_Cd": "CTL", "Filer_NamL": "Maria Lopez for City Council 2026",
    "Report_Num": "000", "Stmt_Type": "SA", "From_Date": "20260101", "Thru_Date": "20260630",
    "Filer_Adr1": "1420 K Street", "Filer_City": "Sacramento", "Filer_ST": "CA",
    "Filer_ZIP4": "95814", "File_Email": "treasurer@lopez2026.org", "Tres_NamL": "Nguyen",
    "Tres_NamF": "David", "Tres_Adr1": "88 Capitol Mall", "Tres_City": "Sacramento",
    "Tres_ST": "CA", "Tres_ZIP4": "95814", "Tres_Phon": "916-555-0199",
    "Tres_Email": "david@lopez2026.org",
}
CANDIDATE = {
    "Cmtte_Type": "C", "Flag1_YN": "N", "Flag2_YN": "N", "Cand_NamL": "Lopez",
    "Cand_NamF": "Maria", "Cand_Adr1": "2215 Capitol Avenue", "Cand_City": "Sacramento",
    "Cand_ST": "CA", "Cand_ZIP4": "95816", "Office_Cd": "CCM", "Juris_Cd": "CIT",
    "Juris_Dscr": "City of Sacramento", "Off_S_H_Cd": "S",
}
GRACE = {
    "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
    "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
    "Ctrib_ZIP4": "95811", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse",
    "Rcpt_Date": "20260610", "Amount": "350.00", "Cum_YTD": "350.00",
}
PRINTER = {
    "Entity_Cd": "OTH", "Payee_NamL": "Capitol Print & Mail", "Payee_Adr1": "1700 I Street",
    "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": "95811",
    "Expn_Date": "20260405", "Amount": "300.00", "Expn_Code": "LIT",
    "Expn_Dscr": "Walk pieces",
}


@dataclasses.dataclass
class Item:
    rec: CalRecord
    record_id: int
    itemized: bool = True
    contact_id: int | None = None
    lump: bool = False


class Stmt:
    """A statement being built: a cover, records, and what the store would add."""

    def __init__(self, form: str, cover: dict[str, str], committee_type: str = "") -> None:
        self.form = form
        self.cover = CalRecord(["CVR", form])
        self.set(**cover)
        self.committee_type = committee_type
        self.items: list[Item] = []
        self.next_id = 1
        self.smry = form == "F460"
        self.smry_changes: dict[tuple[str, str], dict[str, str]] = {}
        self.snap_fields: dict[str, Any] = {"status": "draft"}
        self.history: list[StatementBrief] = []

    # -- constructors ---------------------------------------------------------------
    @classmethod
    def f460(cls, *, signed: bool = True, receipts: bool = True) -> Stmt:
        """A clean semi-annual Form 460 of a candidate-controlled committee."""
        s = cls("F460", {**COMMITTEE, **CANDIDATE}, "C")
        if receipts:
            s.add("RCPT", "A", contact=1, **GRACE)
            s.add("EXPN", "E", contact=2, **PRINTER)
        if signed:
            s.sign("TRE", "Nguyen", "David")
            s.sign("CAO", "Lopez", "Maria")
        s.with_(prior_ending_cash=500000)  # $5,000 carried from the last statement
        return s

    @classmethod
    def pac(cls) -> Stmt:
        """A clean general purpose committee (PAC) Form 460, no candidate."""
        s = cls("F460", {**COMMITTEE, "Entity_Cd": "RCP",
                         "Filer_NamL": "Sacramento Firefighters PAC", "Cmtte_Type": "G",
                         "Flag1_YN": "N", "Flag2_YN": "N", "Flag3_YN": "N"}, "G")
        s.add("RCPT", "A", contact=1, **GRACE)
        s.sign("TRE", "Nguyen", "David")
        return s

    @classmethod
    def measure(cls) -> Stmt:
        """A clean primarily formed ballot measure committee Form 460."""
        s = cls("F460", {**COMMITTEE, "Entity_Cd": "BMC", "Filer_NamL": "Yes on Measure L",
                         "Cmtte_Type": "B", "Flag1_YN": "Y", "Flag2_YN": "N", "Flag3_YN": "N",
                         "Bal_Name": "Library Parcel Tax", "Bal_Num": "L",
                         "Bal_Juris": "City of Sacramento", "Sup_Opp_Cd": "S"}, "B")
        s.add("RCPT", "A", contact=1, **GRACE)
        s.sign("TRE", "Nguyen", "David")
        return s

    @classmethod
    def primarily_formed(cls) -> Stmt:
        """A clean committee primarily formed to support a candidate."""
        s = cls("F460", {**COMMITTEE, "Entity_Cd": "RCP", "Filer_NamL": "Friends for Lopez",
                         "Cmtte_Type": "P", "Office_Cd": "CCM", "Juris_Cd": "CIT",
                         "Juris_Dscr": "City of Sacramento", "Sup_Opp_Cd": "S"}, "P")
        s.add("CVR2", "F460", Entity_Cd="CAO", F460_Part="7", Enty_NamL="Lopez",
              Enty_NamF="Maria", Office_Cd="CCM", Juris_Cd="CIT",
              Juris_Dscr="City of Sacramento", Off_S_H_Cd="S", Sup_Opp_Cd="S")
        s.add("RCPT", "A", contact=1, **GRACE)
        s.sign("TRE", "Nguyen", "David")
        return s

    @classmethod
    def other(cls, form: str, cover: dict[str, str], committee_type: str = "") -> Stmt:
        """A statement of another form with the given cover fields."""
        return cls(form, cover, committee_type)

    # -- editing --------------------------------------------------------------------
    def set(self, **fields: str) -> Stmt:
        """Set cover fields (blank to clear)."""
        for name, value in fields.items():
            self.cover.set(name, value)
        return self

    def add(self, rec_type: str, form_type: str, *, itemized: bool = True,
            contact: int | None = None, lump: bool = False, **fields: str) -> int:
        """Add a record; returns its record id. Tran_IDs are assigned when missing."""
        rec = CalRecord([rec_type, form_type], cvr_form=self.form)
        assert rec.fields, (rec_type, form_type)
        for name, value in fields.items():
            rec.set(name, value)
        record_id = self.next_id
        self.next_id += 1
        if rec.has_field("Tran_ID") and not rec.get("Tran_ID") and "Tran_ID" not in fields:
            rec.set("Tran_ID", f"T{record_id}")
        self.items.append(Item(rec, record_id, itemized, contact, lump))
        return record_id

    def edit(self, record_id: int, **fields: str) -> Stmt:
        """Change fields of a record."""
        for item in self.items:
            if item.record_id == record_id:
                for name, value in fields.items():
                    item.rec.set(name, value)
        return self

    def first(self, rec_type: str, form_type: str) -> int:
        """The record id of the first record of a kind."""
        return next(i.record_id for i in self.items
                    if i.rec.rec_type == rec_type and i.rec.form_type == form_type)

    def drop(self, record_id: int) -> Stmt:
        self.items = [i for i in self.items if i.record_id != record_id]
        return self

    def sign(self, entity: str, last: str, first: str, day: str = "20260715") -> int:
        return self.add("CVR3", self.form, Entity_Cd=entity, Sig_Date=day,
                        Sig_Loc="Sacramento, CA", Sig_NamL=last, Sig_NamF=first)

    def summary(self, form: str, line: str, **amounts: str) -> Stmt:
        """Override a computed SMRY line (Amount_A=..., Amount_B=...)."""
        self.smry_changes[(form, line)] = amounts
        return self

    def with_(self, **snapshot_fields: Any) -> Stmt:
        """Set StatementSnapshot fields (report_num, history, prior_ending_cash ...)."""
        self.snap_fields.update(snapshot_fields)
        return self

    def brief(self, form: str, start: str, end: str, **kw: Any) -> Stmt:
        """Add another statement of the committee to the history."""
        defaults: dict[str, Any] = {
            "statement_id": 100 + len(self.history), "form_type": form,
            "period_from": _d(start), "period_through": _d(end), "report_num": 0,
            "status": "filed", "filing_id": "", "original_filing_id": "", "ending_cash": None,
            "column_b": MappingProxyType({}),
        }
        defaults.update(kw)
        if isinstance(defaults["column_b"], dict):
            defaults["column_b"] = MappingProxyType(defaults["column_b"])
        self.history.append(StatementBrief(**defaults))
        return self

    # -- result ---------------------------------------------------------------------
    def snapshot(self) -> StatementSnapshot:
        records = tuple(
            SnapRecord(tuple(i.rec.values), i.record_id, i.record_id, self.form, i.itemized,
                       i.contact_id, i.lump)
            for i in self.items
        )
        c = self.cover
        fields: dict[str, Any] = {
            "committee": CommitteeSnap(1, c.get("Filer_ID"), c.get("Filer_NamL"),
                                       self.committee_type or c.get("Cmtte_Type"),
                                       c.get("Entity_Cd"), MappingProxyType({})),
            "statement_id": 1, "form_type": self.form,
            "period_from": _d(c.get("From_Date")) if c.has_field("From_Date") else None,
            "period_through": _d(c.get("Thru_Date")) if c.has_field("Thru_Date") else None,
            "election_date": _d(c.get("Elect_Date")) if c.has_field("Elect_Date") else None,
            "stmt_type": c.get("Stmt_Type") if c.has_field("Stmt_Type") else "",
            "report_num": int(c.get("Report_Num") or 0), "original_filing_id": "",
            "status": "draft", "filing_id": "", "filed_at": None, "amendment_reason": "",
            "cover": SnapRecord(tuple(c.values), 0, 0, self.form), "records": records,
            "history": tuple(self.history),
        }
        fields.update(self.snap_fields)
        snap = StatementSnapshot(**fields)
        if not self.smry:
            return snap
        rows = []
        for n, values in enumerate(smry_values(compute(snap))):
            rec = CalRecord(values, cvr_form="F460")
            for name, value in self.smry_changes.get(
                    (rec.form_type, rec.get("Line_Item")), {}).items():
                rec.set(name, value)
            rows.append(SnapRecord(tuple(rec.values), 9000 + n, 9000 + n, "F460"))
        for (form, line), amounts in self.smry_changes.items():
            if not any(r.values[1] == form and r.values[2] == line for r in rows):
                rec = CalRecord(["SMRY", form, line], cvr_form="F460")
                for name, value in amounts.items():
                    rec.set(name, value)
                rows.append(SnapRecord(tuple(rec.values), 9900 + len(rows), 9900, "F460"))
        return dataclasses.replace(snap, records=snap.records + tuple(rows))

    def findings(self, today: dt.date = TODAY) -> list[Finding]:
        return validate(self.snapshot(), rules=rule_set(), today=today)


def _d(text: str) -> dt.date | None:
    if not text:
        return None
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def ids(findings: list[Finding]) -> set[str]:
    return {f.rule_id for f in findings}


def render(findings: list[Finding]) -> str:
    return "\n".join(f.render() for f in findings)
