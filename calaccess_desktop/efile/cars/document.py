"""PROVISIONAL: the JSON document of one filing for the SOS's CARS vendor API.

The SOS has not published the CARS schema (efile-notes §CARS: filings are JSON
documents, one per form, checked against a schema). Everything about the document's
shape lives in this one module, so the real schema is one file's change:

- ``to_document(cal_bytes)``: the document, derived from the frozen .CAL bytes the
  outbox sends (read with ``cal.reader``), so the proof hash stays the .CAL file's
  SHA-256 (it travels in ``source.sha256``);
- ``schema_problems(doc)``: what the (practice) schema refuses, in words;
- ``to_cal(doc)``: the .CAL bytes back, exactly (the practice server judges those,
  and checks they hash to ``source.sha256``).

Shape (provisional)::

    {"schemaVersion": SCHEMA_VERSION, "form": "F460", "filerId": "1449876",
     "filerName": "...", "amendment": {"number": 0, "originalFilingId": ""},
     "period": {"from": "2026-07-01", "through": "2026-09-19"},
     "source": {"format": "CAL", "version": "2.01", "sha256": "...", "size": 1234},
     "records": [{"recordType": "HDR", "formType": "CAL", "line": 1, "width": 7,
                  "fields": [{"number": 1, "name": "Rec_Type", "value": "HDR"}, ...]},
                 ...]}

``width`` is how many fields the line has in the file; ``fields`` lists only the
non-blank ones, by number and spec name.
"""

from __future__ import annotations

import csv
import hashlib
import io
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal

SCHEMA_VERSION = "calaccess-desktop/provisional-1"
MEDIA_TYPE = "application/json"
MAX_WIDTH = 400  # fields in one record, at most (the widest CAL layout has fewer)


class DocumentError(ValueError):
    """The .CAL bytes cannot be made into a document (the message says why)."""


def _date(text: str) -> str:
    """CCYYMMDD as YYYY-MM-DD ('' when blank or not a date)."""
    if len(text) == 8 and text.isascii() and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return ""


def _record(rec: CalRecord) -> dict[str, Any]:
    names = {f.number: f.name for f in rec.fields}
    return {
        "recordType": rec.rec_type, "formType": rec.form_type, "line": rec.line,
        "width": len(rec.values),
        "fields": [{"number": n, "name": names.get(n, f"Field_{n}"), "value": v}
                   for n, v in enumerate(rec.values, 1) if v],
    }


def to_document(data: bytes) -> dict[str, Any]:
    """The JSON document for the frozen .CAL bytes (DocumentError without HDR and CVR
    records; other problems are the service's to judge, as it judges a .CAL file)."""
    cal = read_cal(data, "the frozen filing")
    if cal.header is None or cal.cover is None:
        first = cal.errors[0].message if cal.errors else "no HDR and CVR records"
        raise DocumentError(f"the frozen filing does not read as CAL 2.01 ({first})")
    cover = cal.cover
    name = ", ".join(p for p in (cover.get("Filer_NamL"), cover.get("Filer_NamF")) if p)
    report = cover.get("Report_Num") or "0"
    return {
        "schemaVersion": SCHEMA_VERSION,
        "form": cal.form_type,
        "filerId": cover.get("Filer_ID"),
        "filerName": name,
        "amendment": {"number": int(report) if report.isdigit() else 0,
                      "originalFilingId": ""},
        "period": {"from": _date(cover.get("From_Date")),
                   "through": _date(cover.get("Thru_Date"))},
        "source": {"format": "CAL", "version": cal.header.get("Version") or "2.01",
                   "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)},
        "records": [_record(r) for r in (cal.header, cover, *cal.records)],
    }


def with_amendment(doc: dict[str, Any], original_filing_id: str) -> dict[str, Any]:
    """The document naming the original filing it amends."""
    out = dict(doc)
    out["amendment"] = {**doc.get("amendment", {}), "originalFilingId": original_filing_id}
    return out


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _record_problems(k: int, rec: Any) -> list[str]:
    where = f"records[{k}]"
    if not isinstance(rec, dict):
        return [f"{where} is not an object"]
    out = [f"{where}.{key} must be text" for key in ("recordType", "formType")
           if not isinstance(rec.get(key), str)]
    width, fields = rec.get("width"), rec.get("fields")
    if not isinstance(width, int) or isinstance(width, bool) or not 1 <= width <= MAX_WIDTH:
        out.append(f"{where}.width must be a whole number from 1 to {MAX_WIDTH}")
        return out
    if not isinstance(fields, list):
        return [*out, f"{where}.fields must be a list"]
    for j, f in enumerate(fields):
        if not (isinstance(f, dict) and _is_int(f.get("number")) and isinstance(
                f.get("value"), str) and isinstance(f.get("name", ""), str)):
            out.append(f"{where}.fields[{j}] must have a number, a name and a text value")
        elif not 1 <= f["number"] <= width:
            out.append(f"{where}.fields[{j}].number {f['number']} is outside the record's "
                       f"{width} fields")
    return out


def schema_problems(doc: Any, expected_version: str = SCHEMA_VERSION) -> list[str]:
    """What the (practice) schema refuses in a document, in words ([] when it passes)."""
    if not isinstance(doc, dict):
        return ["the document is not a JSON object"]
    out = []
    if doc.get("schemaVersion") != expected_version:
        out.append(f"schemaVersion is {str(doc.get('schemaVersion'))[:40]!r}; this service "
                   f"takes {expected_version!r}")
    for key in ("form", "filerId"):
        if not isinstance(doc.get(key), str) or not doc.get(key):
            out.append(f"{key} is required (text)")
    amendment, source = doc.get("amendment"), doc.get("source")
    if not (isinstance(amendment, dict) and _is_int(amendment.get("number"))
            and isinstance(amendment.get("originalFilingId", ""), str)):
        out.append("amendment must have a number and an originalFilingId")
    if not (isinstance(source, dict) and isinstance(source.get("sha256"), str)
            and len(source["sha256"]) == 64):
        out.append("source.sha256 is required (the SHA-256 of the .CAL file, 64 hex digits)")
    records = doc.get("records")
    if not isinstance(records, list) or len(records) < 2:
        out.append("records must list at least the header and the cover")
        return out
    for k, rec in enumerate(records):
        out.extend(_record_problems(k, rec))
        if len(out) > 20:
            break
    return out


def to_cal(doc: dict[str, Any]) -> bytes:
    """The .CAL bytes the document was made from (for a document that passed
    ``schema_problems``): every line with its ``width`` fields, as the writer writes."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for rec in doc["records"]:
        values = [""] * rec["width"]
        for f in rec["fields"]:
            values[f["number"] - 1] = f["value"]
        writer.writerow(values)
    return buf.getvalue().encode("utf-8")
