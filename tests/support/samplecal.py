"""Build .CAL files from the real CAL-ACCESS sample records (reference/calaccess-sample).

The database columns mirror the spec's field names (CTRIB_NAML is Ctrib_NamL), so
each table row becomes the record whose layout the spec gives, field by field.
Adjustments, all needed because the public export is not itself a CAL file:
- dates ``2/7/2000 12:00:00 AM`` become CCYYMMDD;
- values are stripped, double quotes become single quotes, and text is cut to the
  spec's maximum length (a handful of old rows exceed it);
- rows that still break the format (a missing Rx field, a schedule the spec does
  not define, such as LOAN B3) are left out, and Tran_IDs repeated across the
  sampled filings keep their first row; back references to rows outside the
  sample are cleared.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.model import CalRecord, layout_for
from calaccess_desktop.cal.reader import smry_form_types
from calaccess_desktop.cal.values import check_value
from calaccess_desktop.cal.writer import header_record

TABLES = {
    "CVR2": "CVR2_CAMPAIGN_DISCLOSURE_CD",
    "CVR3": "CVR3_VERIFICATION_INFO_CD",
    "SMRY": "SMRY_CD",
    "RCPT": "RCPT_CD",
    "EXPN": "EXPN_CD",
    "LOAN": "LOAN_CD",
    "DEBT": "DEBT_CD",
    "TEXT": "TEXT_MEMO_CD",
    "SPLT": "SPLT_CD",
    "S496": "S496_CD",
    "S497": "S497_CD",
    "S498": "S498_CD",
    "S401": "S401_CD",
}
RENAMES = {"LATE_RPTNO": "RPT_ID_NUM"}
_DB_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")


def read_table(sample: Path, table: str) -> list[dict[str, str]]:
    """Rows of one sample table, keys upper case."""
    path = sample / f"{table}.tsv"
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        return [
            {RENAMES.get(k.upper(), k.upper()): (v or "") for k, v in row.items() if k}
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _value(raw: str, kind: str, max_len: int) -> str:
    text = raw.strip().replace('"', "'")
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    if kind == "date" and text:
        m = _DB_DATE.match(text)
        text = dt.date(int(m[3]), int(m[1]), int(m[2])).strftime("%Y%m%d") if m else text
    if kind == "amount" and text:
        text = text.replace(",", "").replace("$", "")
    return text[:max_len].rstrip()


def to_record(rec_type: str, row: dict[str, str], cvr_form: str) -> CalRecord | None:
    """The CAL record for a database row, or None when it cannot be a valid record."""
    form_type = row.get("PFORM_TYPE" if rec_type == "SPLT" else "FORM_TYPE", "").strip()
    seed = [rec_type, form_type]
    if rec_type == "RCPT":
        seed += [""] * 14 + [row.get("TRAN_TYPE", "").strip()]
    fields = layout_for(seed, cvr_form)
    if not fields:
        return None
    values = [rec_type] + [
        _value(row.get(spec.name.upper(), ""), spec.kind, spec.max_len) for spec in fields[1:]
    ]
    rec = CalRecord(values, cvr_form=cvr_form)
    for spec, value in zip(fields, rec.values, strict=True):
        if (spec.level == "Rx" and not value) or (
            value and check_value(value, spec.kind, spec.max_len)
        ):
            return None
    return rec


def cover_record(sample: Path, form: str) -> CalRecord:
    """A real cover record of the given form from the sample (the most complete one)."""
    best: CalRecord | None = None
    for row in read_table(sample, "CVR_CAMPAIGN_DISCLOSURE_CD"):
        if row["FORM_TYPE"].upper() != form:
            continue
        if not row.get("REPORT_NUM", "").strip():
            row["REPORT_NUM"] = "000"
        rec = to_record("CVR", row, form)
        if rec is not None and (best is None or _filled(rec) > _filled(best)):
            best = rec
    if best is None:
        raise LookupError(f"no usable {form} cover in the sample")
    return best


def _filled(rec: CalRecord) -> int:
    return sum(1 for v in rec.values if v)


def component_records(sample: Path, form: str, *, smry: bool = True) -> Iterator[CalRecord]:
    """Every sample row whose record type and schedule may appear in a ``form`` filing.
    SMRY rows (one per line item, taken from several sampled filings, so their totals do
    not add up) are included only when ``smry`` is true."""
    allowed = {(rt, ft.upper()) for rt, ft in layouts.form_components(form)}
    rec_types = {rt for rt, _ in allowed}
    for rec_type, table in TABLES.items():
        if (rec_type not in rec_types and rec_type != "TEXT") or (rec_type == "SMRY" and not smry):
            continue
        rows = read_table(sample, table)
        if rec_type == "SMRY":
            kinds = smry_form_types(form)
            rows = _one_per_line([r for r in rows if r["FORM_TYPE"].upper() in kinds])
        for row in rows:
            rec = to_record(rec_type, row, form)
            if rec is None:
                continue
            fixed = rec_type in ("CVR2", "CVR3", "SMRY", "SPLT", "TEXT")
            if fixed and rec_type in ("CVR2", "CVR3"):
                if rec.form_type != form:
                    continue
            elif not fixed and (rec_type, rec.form_type) not in allowed:
                continue
            if rec_type == "TEXT" and rec.form_type not in {ft for _, ft in allowed} | {form}:
                continue
            yield rec


def _one_per_line(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        key = (r["FORM_TYPE"].upper(), r["LINE_ITEM"].upper())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def build_filing(sample: Path, form: str, *,
                 smry: bool = True) -> tuple[CalRecord, list[CalRecord]]:
    """Cover and records of a realistic ``form`` filing made of sample rows."""
    cover = cover_record(sample, form)
    records: list[CalRecord] = []
    seen: set[tuple[str, str, str]] = set()
    for rec in component_records(sample, form, smry=smry):
        tid = rec.get("Tran_ID").upper() if rec.has_field("Tran_ID") else ""
        if tid:
            if tid in {t for _, _, t in seen}:
                continue
            seen.add((rec.rec_type, rec.form_type, tid))
        records.append(rec)
    tids = {t for _, _, t in seen}
    for rec in records:
        for name in ("BakRef_TID", "Ptran_Id"):
            if rec.has_field(name) and rec.get(name) and rec.get(name).upper() not in tids:
                if name == "Ptran_Id":
                    rec.values[0] = ""  # drop orphan SPLT records below
                else:
                    rec.set(name, "")
    records = [r for r in records if r.values[0]]
    _period_around(cover, records)
    return cover, records


def _period_around(cover: CalRecord, records: list[CalRecord]) -> None:
    """Widen the cover's period to the dates of the records (they come from several
    filings, and an item dated after the period is an error)."""
    days = [rec.get(n) for rec in records for n in ("Rcpt_Date", "Expn_Date")
            if rec.has_field(n) and rec.get(n) and not (rec.has_field("Memo_Code")
                                                        and rec.get("Memo_Code"))]
    if not days or not cover.has_field("From_Date"):
        return
    if cover.get("From_Date"):
        cover.set("From_Date", min(cover.get("From_Date"), *days))
    if cover.get("Thru_Date"):
        cover.set("Thru_Date", max(cover.get("Thru_Date"), *days))


def write_filing(sample: Path, form: str, target: Path, *, smry: bool = True) -> Path:
    """Write the sample filing of a form as a .CAL file (plain CSV, as vendors write it)."""
    cover, records = build_filing(sample, form, smry=smry)
    with target.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for rec in [header_record(), cover, *records]:
            w.writerow(rec.values + [""] * (len(rec.fields) - len(rec.values)))
    return target
