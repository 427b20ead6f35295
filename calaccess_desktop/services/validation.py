"""Validate a stored statement, or a .CAL file without touching the store.

A file is read with ``cal.reader.read_cal``; its format problems become findings
(``CAL-FMT-*``, ``CAL-001`` for the header, ``CAL-002`` for amounts, ``CAL-006`` for
Tran_IDs), then the records become an in-memory snapshot and every rule runs on it.
Locations carry the file's line numbers. ``rule_set()`` is the app's full rule set: the
built-in rules plus each registered form's (``FormSpec.rules``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from types import MappingProxyType

from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import Problem
from calaccess_desktop.cal.reader import CalFile, read_cal
from calaccess_desktop.cal.values import parse_date, parse_whole
from calaccess_desktop.domain.snapshot import CommitteeSnap, SnapRecord, StatementSnapshot
from calaccess_desktop.forms.registry import all_forms
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.validation import DEFAULT, RuleSet, validate
from calaccess_desktop.validation.context import schedule_name
from calaccess_desktop.validation.findings import Finding, Location, sort_key
from calaccess_desktop.validation.ruleset import Rule
from calaccess_desktop.validation.words import field_label

_FIXES = {
    "CAL-001": "Write the HDR record as HDR,CAL,CA,2.01,<software>,<version>.",
    "CAL-002": "Write amounts as digits with a decimal point and at most two decimals, "
               "e.g. 1234.50 (no commas or $).",
    "CAL-006": "Give each item its own transaction ID, and point sub-items at an item in "
               "this file.",
    "CAL-FMT-001": "Check that this is a .CAL file: an HDR line first, then the CVR.",
    "CAL-FMT-002": "Remove the record, or fix its record type and Form_Type.",
    "CAL-FMT-003": "Give the record exactly as many fields (commas) as its layout has.",
    "CAL-FMT-004": "Correct the value so it fits the field (CCYYMMDD dates, length, no "
                   "quotes or leading spaces).",
    "CAL-FMT-005": "Fill in the field; an e-filing system (the Secretary of State's or a "
                   "city's or county's) rejects the filing without it.",
    "CAL-FMT-006": "No action needed; the record was skipped or read as version 2.01.",
}


@cache
def rule_set() -> RuleSet:
    """The app's rules: the built-in set and every registered form's own rules. A form's
    rule replaces a built-in rule of the same id (a rule moving into its form's package);
    two forms giving the same id is refused."""
    return compose(DEFAULT, _form_rules())


def _form_rules() -> list[tuple[Rule, ...]]:
    return [spec.rules() for spec in all_forms() if spec.rules is not None]


def compose(base: RuleSet, form_rules: Iterable[Iterable[Rule]]) -> RuleSet:
    """``base`` plus each form's rules; a form's rule replaces a base rule of its id."""
    forms = RuleSet.of(*form_rules)
    return base.without(forms.ids).extend(forms)


def validate_statement(session: Session, statement_id: int) -> list[Finding]:
    """Every rule on a stored statement (its snapshot), sorted by location."""
    return validate(build_snapshot(session, statement_id), rules=rule_set())


def validate_cal_bytes(data: bytes, source: str) -> list[Finding]:
    """Findings for a .CAL file: format problems first found by the reader, then rules."""
    cal = read_cal(data, source)
    by_line = {r.line: r for r in cal.records}
    if cal.cover is not None:
        by_line[cal.cover.line] = cal.cover
    found = [_from_problem(p, by_line) for p in cal.problems]
    if cal.more_problems:
        found.append(Finding("CAL-FMT-004", "error", Location(schedule="file"),
                             f"... and {cal.more_problems} more format problems not shown.",
                             _FIXES["CAL-FMT-004"]))
    if cal.cover is None:
        return sorted(found, key=sort_key)
    rule_findings = validate(snapshot_from_cal(cal), rules=rule_set(), is_file=True)
    return _merge(found, rule_findings)


def snapshot_from_cal(cal: CalFile) -> StatementSnapshot:
    """An in-memory snapshot of a parsed file (record ids and seq are the file lines)."""
    assert cal.cover is not None
    cover = cal.cover
    form = cover.form_type
    name = " ".join(v for v in (cover.get("Filer_NamF"), cover.get("Filer_NamL")) if v)
    report = cover.get("Report_Num")
    reason = " ".join(v for v in (cover.get(f"AmendExp_{i}") for i in (1, 2, 3)) if v)
    return StatementSnapshot(
        committee=CommitteeSnap(0, cover.get("Filer_ID"), name,
                                cover.get("Cmtte_Type").upper(),
                                cover.get("Entity_Cd").upper(), MappingProxyType({})),
        statement_id=0,
        form_type=form,
        period_from=parse_date(cover.get("From_Date")),
        period_through=parse_date(cover.get("Thru_Date")),
        election_date=parse_date(cover.get("Elect_Date")),
        stmt_type=cover.get("Stmt_Type").upper(),
        report_num=parse_whole(report) or 0,
        original_filing_id="",
        status="file",
        filing_id="",
        filed_at=None,
        amendment_reason=reason,
        cover=SnapRecord(tuple(cover.values), 0, cover.line, form),
        records=tuple(SnapRecord(tuple(r.values), r.line, r.line, form) for r in cal.records),
    )


def _rule_of(p: Problem, rec: CalRecord | None) -> str:
    msg = p.message
    if p.severity != "error":
        return "CAL-FMT-006"
    if p.rec_type == "HDR":
        return "CAL-001"
    if not p.rec_type or "must be HDR" in msg or "must be the CVR" in msg:
        return "CAL-FMT-001"
    if "summary lines" in msg or "may not contain" in msg or "must equal the CVR" in msg:
        return "CAL-FMT-002"
    if "Tran_ID" in msg and ("used again" in msg or "not in this filing" in msg):
        return "CAL-006"
    if "fields; a" in msg and "has exactly" in msg:
        return "CAL-FMT-003"
    if p.field_number and "required and missing" in msg:
        return "CAL-FMT-005"
    if p.field_number:
        spec = rec.fields[p.field_number - 1] if rec is not None and \
            0 < p.field_number <= len(rec.fields) else None
        return "CAL-002" if spec is not None and spec.kind == "amount" else "CAL-FMT-004"
    return "CAL-FMT-002"


def _from_problem(p: Problem, by_line: dict[int, CalRecord]) -> Finding:
    rec = by_line.get(p.line)
    rule_id = _rule_of(p, rec)
    schedule = "file"
    tran_id = ""
    message = p.message[:1].upper() + p.message[1:]
    if rec is not None:
        schedule = schedule_name(rec.rec_type, rec.form_type)
        tran_id = rec.get("Tran_ID") if rec.has_field("Tran_ID") else ""
    elif p.rec_type == "HDR":
        schedule = "file"
    label = ""
    if p.field_name:
        spec = None
        if rec is not None and 0 < p.field_number <= len(rec.fields):
            spec = rec.fields[p.field_number - 1]
        label = field_label(p.rec_type.split()[0] if p.rec_type else "", "", spec,
                            p.field_name)
        message = f"{label} (field #{p.field_number} {p.field_name}): {p.message}"
    record = f"record {p.rec_type}" if p.rec_type else "the file"
    message = f"Line {p.line}, {record}: {message}" if p.line else message
    if not message.endswith("."):
        message += "."
    severity = "warning" if rule_id == "CAL-FMT-006" else "error"
    return Finding(rule_id, severity,
                   Location(0, schedule, p.line if rec is not None else 0, tran_id,
                            p.field_name, p.line, label=label),
                   message, _FIXES[rule_id])


def _merge(reader: list[Finding], rules: list[Finding]) -> list[Finding]:
    """Reader and rule findings without saying the same thing twice: a missing field is
    told by the rule (plainer words), a malformed value by the reader."""
    rule_spots = {(f.location.line, f.location.field) for f in rules}
    value_spots = {(f.location.line, f.location.field) for f in reader
                   if f.rule_id in ("CAL-002", "CAL-FMT-004")}
    seen_ref = {(f.rule_id, f.location.line, f.location.field) for f in reader}
    out = [f for f in reader
           if not (f.rule_id == "CAL-FMT-005" and (f.location.line, f.location.field)
                   in rule_spots)]
    for f in rules:
        spot = (f.location.line, f.location.field)
        if f.rule_id in ("CAL-002", "CAL-008") and spot in value_spots:
            continue
        if (f.rule_id, *spot) in seen_ref:
            continue
        out.append(f)
    return sorted(dict.fromkeys(out), key=sort_key)
