"""Real Form 450 and 461 filings from the CAL-ACCESS sample (reference/calaccess-sample):
every sampled cover, and a filing made of the sample's Part 5 and summary rows, import,
read back field for field, print every page and check without a traceback."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import header_record
from calaccess_desktop.cli import main
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement
from tests.support.samplecal import read_table, to_record, write_filing

FORMS = ("F450", "F461")


def _covers(sample: Path, form: str) -> list[CalRecord]:
    out, seen = [], set()
    for row in read_table(sample, "CVR_CAMPAIGN_DISCLOSURE_CD"):
        key = (row["FILING_ID"], row["AMEND_ID"])
        if row["FORM_TYPE"].upper() != form or key in seen:
            continue
        row["REPORT_NUM"] = row.get("REPORT_NUM", "").strip() or "000"
        rec = to_record("CVR", row, form)
        if rec is not None:
            seen.add(key)
            out.append(rec)
    return out


def _write(path: Path, records: list[CalRecord]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for rec in [header_record(), *records]:
            w.writerow(rec.values + [""] * (len(rec.fields) - len(rec.values)))
    return path


def _trim(values: list[str]) -> list[str]:
    while values and not values[-1]:
        values = values[:-1]
    return values


def _round_trip(store: Store, source: Path, tmp_path: Path) -> int:
    """Import, export and compare field for field; print every page; check."""
    result = import_file(store, source)
    sid = result.statement_id
    back = read_cal(export_statement(store, sid), "back.cal")
    original = read_cal(source.read_bytes(), "in.cal")
    assert back.errors == []
    assert original.cover is not None and back.cover is not None
    assert [_trim(list(r.values)) for r in original.records] == \
        [_trim(list(r.values)) for r in back.records]
    cover_in, cover_out = _trim(list(original.cover.values)), _trim(list(back.cover.values))
    assert cover_in[:9] + cover_in[10:] == cover_out[:9] + cover_out[10:]  # all but Rpt_Date
    doc = load_document(store, sid)
    pdf = doc.render()
    assert pdf.startswith(b"%PDF") and doc.total_pages >= 2
    with store.read() as s:
        findings = validate_statement(s, sid)
    assert all(f.message and f.fix is not None for f in findings)
    return sid


@pytest.mark.parametrize("form", FORMS)
def test_every_sampled_cover_imports_prints_and_checks(form: str, sample_dir: Path,
                                                       tmp_path: Path) -> None:
    covers = _covers(sample_dir, form)
    assert len(covers) >= 3
    store = Store.open(tmp_path / "real.sqlite")
    try:
        for i, cover in enumerate(covers):
            _round_trip(store, _write(tmp_path / f"{form}-{i}.cal", [cover]), tmp_path)
    finally:
        store.close()


@pytest.mark.parametrize("form", FORMS)
def test_a_filing_of_sampled_records_round_trips(form: str, sample_dir: Path,
                                                 tmp_path: Path) -> None:
    source = write_filing(sample_dir, form, tmp_path / f"{form}.cal")
    kinds = {(r.rec_type, r.form_type) for r in read_cal(source.read_bytes(), "x").records}
    assert ("EXPN", f"{form}P5") in kinds and ("SMRY", form) in kinds
    store = Store.open(tmp_path / "real.sqlite")
    try:
        _round_trip(store, source, tmp_path)
    finally:
        store.close()


def test_a_real_461_through_the_cli(sample_dir: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = write_filing(sample_dir, "F461", tmp_path / "one.cal")
    db = tmp_path / "cli.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 0
    sid = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", str(db), "print", sid, "-o", str(tmp_path / "one.pdf")]) == 0
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db), "validate", sid]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err
