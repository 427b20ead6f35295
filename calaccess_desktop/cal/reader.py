"""Read a .CAL file into records, reporting every problem with its line and field.

The reader never raises on bad content: it collects problems (up to a cap) and
the caller decides. ``read_cal`` returns a ``CalFile`` whose ``errors`` are
empty when the file is good enough to import.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import CalRecord, field_position, name_index, per_layout
from calaccess_desktop.cal.problems import Problem, record_label
from calaccess_desktop.cal.values import layout_checks, value_problems

MAX_PROBLEMS = 200
TRAN_ID_RECORDS = frozenset(
    {"CVR2", "CVR3", "RCPT", "EXPN", "DEBT", "LOAN", "S401", "S496", "S497", "S498"}
)
# Records whose trailing empty fields may be left off (spec, SMRY note on page 35).
TRAILING_OPTIONAL = frozenset({"SMRY"})


@dataclass
class CalFile:
    """A parsed .CAL file: header, cover, the other records, and what was wrong."""

    source: str
    header: CalRecord | None = None
    cover: CalRecord | None = None
    records: list[CalRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0

    @property
    def errors(self) -> list[Problem]:
        """Problems that make the file unacceptable."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def form_type(self) -> str:
        """The filing's form (CVR Form_Type), e.g. F460."""
        return self.cover.form_type if self.cover else ""


class _Collector:
    def __init__(self, cal: CalFile, cap: int) -> None:
        self.cal = cal
        self.cap = cap

    def add(self, problem: Problem) -> None:
        if len(self.cal.problems) < self.cap:
            self.cal.problems.append(problem)
        else:
            self.cal.more_problems += 1


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of the file, or None with a reason when it is not a text file."""
    if not data.strip():
        return None, "the file is empty; a CAL file starts with an HDR record"
    nul = data.find(b"\x00")
    if nul >= 0:
        return None, f"this is not a CAL text file (binary data at byte {nul})"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ""


Progress = Callable[[int, int], None]  # (lines read, lines in the file); may raise to stop
PROGRESS_EVERY = 5000  # records between two progress reports


def read_cal(data: bytes, source: str = "<file>", *, cap: int = MAX_PROBLEMS,
             progress: Progress | None = None) -> CalFile:
    """Parse and check a .CAL file. Problems are collected, never raised (an exception
    raised by ``progress`` stops the reading, e.g. when the user cancels)."""
    cal = CalFile(source)
    out = _Collector(cal, cap)
    text, why = decode(data)
    if text is None:
        out.add(Problem(0, "", why))
        return cal
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    total = text.count("\n") + 1 if progress is not None else 0
    report_at = PROGRESS_EVERY if progress is not None else -1
    try:
        for count, values in enumerate(rows, 1):
            line = rows.line_num
            if count == report_at:
                assert progress is not None
                progress(line, total)
                report_at += PROGRESS_EVERY
            if not values or values == [""]:
                continue
            _take(cal, out, CalRecord(values, line))
    except csv.Error as exc:
        out.add(Problem(rows.line_num, "", f"the line cannot be read as CSV ({exc})"))
    if cal.header is None and not cal.problems:
        out.add(Problem(0, "", "no HDR record found; a CAL file starts with an HDR record"))
    elif cal.header is not None and cal.cover is None:
        out.add(Problem(0, "", "no CVR record found; the HDR must be followed by a CVR"))
    _check_references(cal, out)
    return cal


def _take(cal: CalFile, out: _Collector, rec: CalRecord) -> None:
    values = rec.values
    rec_type = values[0].upper()
    if cal.header is None:
        if rec_type != "HDR":
            out.add(Problem(rec.line, rec_type[:8], "the first record must be HDR"))
            cal.header = CalRecord(["HDR"], rec.line)  # report this only once
            return
        _check_fields(out, rec, rec_type)
        _check_header(out, rec)
        cal.header = rec
        return
    if cal.cover is None:
        if rec_type != "CVR":
            out.add(Problem(rec.line, rec_type[:8], "the record after HDR must be the CVR"))
        else:
            rec.cvr_form = rec.form_type
            _check_fields(out, rec, rec_type)
            cal.cover = rec
            return
    form = rec.cvr_form = cal.form_type
    if rec_type not in layouts.record_types():
        if layouts.is_known_unimplemented(rec_type):
            out.add(
                Problem(
                    rec.line,
                    rec_type,
                    "lobbying records are not supported yet; this record was skipped",
                    severity="warning",
                )
            )
        else:
            out.add(Problem(rec.line, rec_type[:8], f"unknown record type {rec_type[:8]!r}"))
        return
    if rec_type in ("HDR", "CVR"):
        out.add(Problem(rec.line, rec_type, f"a second {rec_type} record is not allowed"))
        return
    _check_fields(out, rec, rec_type)
    wrong = _misplaced(form, rec_type, rec.form_type)
    if wrong is not None:
        label, message, number, name = wrong
        out.add(Problem(rec.line, label, message, number, name))
    cal.records.append(rec)


def _check_header(out: _Collector, rec: CalRecord) -> None:
    expected = {"EF_Type": "CAL", "State_Cd": "CA"}
    for name, want in expected.items():
        if rec.get(name) and rec.get(name).upper() != want:
            n = field_position(rec.fields, name)
            out.add(Problem(rec.line, "HDR", f"must be {want}", (n or 0) + 1, name))
    ver = rec.get("CAL_Ver")
    if ver and ver != "2.01":
        n = field_position(rec.fields, "CAL_Ver")
        out.add(
            Problem(
                rec.line,
                "HDR",
                f"CAL version {ver}; this app reads version 2.01",
                (n or 0) + 1,
                "CAL_Ver",
                "warning",
            )
        )


def _check_fields(out: _Collector, rec: CalRecord, rec_type: str) -> None:
    fields = rec.fields
    values = rec.values
    n, want = len(values), len(fields)
    checks = layout_checks(fields) if fields else None
    if checks is not None and n == want and checks.clean(values):
        return  # the common case: no label, no problem objects
    label = record_label(rec_type, rec.form_type)
    if checks is None:
        out.add(Problem(rec.line, label, f"Form_Type {rec.form_type!r} is not valid here"))
        return
    if n > want or (n < want and rec_type not in TRAILING_OPTIONAL):
        out.add(
            Problem(
                rec.line,
                label,
                f"has {n} fields; a {label} record has exactly {want} "
                f"(count the commas: {want - 1})",
            )
        )
        if n > want:
            return
    for i, msg in value_problems(values, fields):
        spec = fields[i]
        out.add(Problem(rec.line, label, msg, spec.number, spec.name))
    for i in checks.required:
        if i >= n or not values[i]:
            spec = fields[i]
            out.add(
                Problem(
                    rec.line,
                    label,
                    "is required and missing (the SOS rejects the filing without it)",
                    spec.number,
                    spec.name,
                )
            )


@lru_cache(maxsize=1024)
def _misplaced(
    cvr_form: str, rec_type: str, form_type: str
) -> tuple[str, str, int, str] | None:
    """Why a record of this type and Form_Type may not be in a ``cvr_form`` filing, as
    (record label, message, field number, field name), or None when it belongs."""
    if rec_type in ("CVR2", "CVR3", "F495") and form_type != cvr_form:
        return (rec_type, f"Form_Type {form_type} must equal the CVR's Form_Type {cvr_form}",
                2, "Form_Type")
    if not layouts.form_components(cvr_form):
        return None
    kinds, rec_types = _component_kinds(cvr_form)
    if rec_type == "SMRY":
        if form_type not in smry_form_types(cvr_form):
            return ("SMRY", f"a {cvr_form} filing has no summary lines for {form_type}",
                    2, "Form_Type")
        return None
    ok = (rec_type, form_type) in kinds or (
        rec_type in ("SMRY", "TEXT", "SPLT", "CVR2", "CVR3", "F495")
        and rec_type in rec_types | {"TEXT"}
    )
    if ok:
        return None
    return (f"{rec_type} {form_type}",
            f"a {cvr_form} filing may not contain {rec_type} records of schedule {form_type}",
            0, "")


@lru_cache(maxsize=64)
def _component_kinds(form: str) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    allowed = layouts.form_components(form)
    return frozenset((r, s.upper()) for r, s in allowed), frozenset(r for r, _ in allowed)


@lru_cache(maxsize=64)
def smry_form_types(form: str) -> frozenset[str]:
    """SMRY Form_Types a filing of ``form`` may carry: the form itself and its schedules
    (the spec's examples write F401A's summary as 401A)."""
    schedules = {ft.upper() for _, ft in layouts.form_components(form)}
    return frozenset(
        t for t in layouts.smry_form_types() if t == form or t in schedules or f"F{t}" in schedules
    )


def _reference_positions(fields: tuple[FieldSpec, ...]) -> tuple[int | None, ...]:
    """Tran_ID, the back reference (BakRef_TID, or Ptran_Id of a SPLT), XRef_SchNm and
    XRef_Match positions of a layout."""
    idx = name_index(fields)
    ref = "ptran_id" if "ptran_id" in idx else "bakref_tid"
    return tuple(idx.get(n) for n in ("tran_id", ref, "xref_schnm", "xref_match"))


def _refs(rec: CalRecord) -> tuple[str, str, bool]:
    """A record's Tran_ID (upper case), back reference and whether it cross-references."""
    pos = per_layout(rec.fields, "references", _reference_positions)
    values = rec.values
    n = len(values)
    tid, ref, sch, match = (values[i] if i is not None and i < n else "" for i in pos)
    return tid.upper(), ref, bool(sch or match)


def _check_references(cal: CalFile, out: _Collector) -> None:
    """Tran_IDs are unique within a filing; the same item may appear again on another
    schedule only when it says so (XRef_SchNm / XRef_Match, spec page 15). Every
    BakRef_TID and SPLT Ptran_Id must point at a Tran_ID of the filing."""
    first: dict[str, tuple[CalRecord, bool]] = {}
    refs = [_refs(rec) for rec in cal.records]
    for rec, (tid, _, xref) in zip(cal.records, refs, strict=True):
        if not tid or rec.values[0].upper() not in TRAN_ID_RECORDS:
            continue
        seen = first.get(tid)
        if seen is None:
            first[tid] = (rec, xref)
            continue
        prev, prev_xref = seen
        if (prev.rec_type, prev.form_type) == (rec.rec_type, rec.form_type) or not (
            prev_xref or xref
        ):
            out.add(
                Problem(
                    rec.line,
                    f"{rec.rec_type} {rec.form_type}",
                    f"Tran_ID {tid!r} is used again (first on line {prev.line}); "
                    "Tran_IDs must be unique within a filing",
                    3,
                    "Tran_ID",
                )
            )
    for rec, (_, ref, _) in zip(cal.records, refs, strict=True):
        if ref and ref.upper() not in first:
            ref_name = "Ptran_Id" if rec.rec_type == "SPLT" else "BakRef_TID"
            n = field_position(rec.fields, ref_name)
            out.add(
                Problem(
                    rec.line,
                    f"{rec.rec_type} {rec.form_type}",
                    f"points at Tran_ID {ref!r}, which is not in this filing",
                    (n or 0) + 1,
                    ref_name,
                )
            )
