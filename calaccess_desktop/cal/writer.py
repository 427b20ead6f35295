"""Write records as a .CAL file, exact to the spec, refusing any value that does not fit."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from calaccess_desktop import APP_NAME, __version__
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import CalFormatError, Problem, record_label
from calaccess_desktop.cal.values import layout_checks, value_problems

LINE_END = "\r\n"


def header_record(comment: str = "") -> CalRecord:
    """The HDR record this app writes (spec page 7)."""
    return CalRecord(["HDR", "CAL", "CA", "2.01", APP_NAME, __version__, comment])


def _problems(rec: CalRecord, values: list[str], line: int) -> list[Problem]:
    """What is wrong with a record whose ``values`` are padded to its layout."""
    fields = rec.fields
    if fields and len(values) == len(fields) and layout_checks(fields).clean(values):
        return []
    label = record_label(rec.rec_type, rec.form_type)
    if not fields:
        return [Problem(line, label, "no layout for this record and Form_Type")]
    if len(values) > len(fields):
        return [Problem(line, label, f"has {len(values)} values; at most {len(fields)}")]
    found = value_problems(values, fields)
    found += [(i, "is required (Rx) and empty")
              for i in layout_checks(fields).required if not values[i]]
    return [Problem(line, label, msg, fields[i].number, fields[i].name)
            for i, msg in sorted(found)]


def write_cal(
    cover: CalRecord,
    records: Iterable[CalRecord],
    *,
    target: str = "<export>",
    header: CalRecord | None = None,
) -> bytes:
    """Serialise HDR, CVR and the records; raise CalFormatError naming each bad field."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=LINE_END, quoting=csv.QUOTE_MINIMAL)
    problems: list[Problem] = []
    cvr_form = cover.form_type
    for line, rec in enumerate([header or header_record(), cover, *records], start=1):
        if rec.rec_type not in ("HDR", "CVR"):
            rec.cvr_form = cvr_form
        values = rec.values
        missing = len(rec.fields) - len(values)
        if missing > 0:
            values = values + [""] * missing
        found = _problems(rec, values, line)
        if found:
            problems.extend(found)
            continue
        writer.writerow(values)
    if problems:
        raise CalFormatError(target, problems[:200], max(0, len(problems) - 200))
    return buf.getvalue().encode("utf-8")
