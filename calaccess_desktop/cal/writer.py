"""Write records as a .CAL file, exact to the spec, refusing any value that does not fit."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from calaccess_desktop import APP_NAME, __version__
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import CalFormatError, Problem
from calaccess_desktop.cal.values import check_value

LINE_END = "\r\n"


def header_record(comment: str = "") -> CalRecord:
    """The HDR record this app writes (spec page 7)."""
    return CalRecord(["HDR", "CAL", "CA", "2.01", APP_NAME, __version__, comment])


def _problems(rec: CalRecord, line: int) -> list[Problem]:
    fields = rec.fields
    label = f"{rec.rec_type} {rec.form_type}" if rec.rec_type != "HDR" else "HDR"
    if not fields:
        return [Problem(line, label, "no layout for this record and Form_Type")]
    if len(rec.values) > len(fields):
        return [Problem(line, label, f"has {len(rec.values)} values; at most {len(fields)}")]
    found = []
    for spec in fields:
        value = rec.values[spec.number - 1] if spec.number <= len(rec.values) else ""
        if value:
            msg = check_value(value, spec.kind, spec.max_len)
            if msg:
                found.append(Problem(line, label, msg, spec.number, spec.name))
        elif spec.level == "Rx":
            found.append(
                Problem(line, label, "is required (Rx) and empty", spec.number, spec.name)
            )
    return found


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
        found = _problems(rec, line)
        if found:
            problems.extend(found)
            continue
        count = len(rec.fields)
        values = rec.values + [""] * (count - len(rec.values))
        writer.writerow(values)
    if problems:
        raise CalFormatError(target, problems[:200], max(0, len(problems) - 200))
    return buf.getvalue().encode("utf-8")
