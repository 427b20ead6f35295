"""Real Form 410 filings (CAL-ACCESS sample: CVR_SO_CD covers and their CVR2_SO_CD
names) import, read back field for field, print and check without a traceback."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import header_record
from calaccess_desktop.cli import main
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.engine import validate
from tests.support.samplecal import read_table, to_record


def _filings(sample: Path, count: int) -> list[tuple[list[str], list[list[str]]]]:
    names: dict[str, list[list[str]]] = {}
    for row in read_table(sample, "CVR2_SO_CD"):
        rec = to_record("CVR2", row, "F410")
        if rec is not None and rec.form_type == "F410":
            names.setdefault(row["FILING_ID"], []).append(rec.values)
    out, seen = [], set()
    rows = read_table(sample, "CVR_SO_CD")
    rows.sort(key=lambda r: r["FILING_ID"] not in names)  # filings with names first
    for row in rows:
        if row["FORM_TYPE"] != "F410" or row["FILING_ID"] in seen:
            continue
        cover = to_record("CVR", row, "F410")
        if cover is None:
            continue
        seen.add(row["FILING_ID"])
        tids: set[str] = set()
        kept = []
        for values in names.get(row["FILING_ID"], []):
            if values[2] not in tids:
                tids.add(values[2])
                kept.append(values)
        out.append((cover.values, kept))
        if len(out) == count:
            break
    return out


def _write(path: Path, cover: list[str], names: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for values in [header_record().values, cover, *names]:
            w.writerow(values)
    return path


def _trim(values: list[str]) -> list[str]:
    while values and not values[-1]:
        values = values[:-1]
    return values


def test_real_410s_import_print_and_check(sample_dir: Path, tmp_path: Path) -> None:
    filings = _filings(sample_dir, 12)
    assert len(filings) == 12 and sum(1 for _c, n in filings if n) >= 6
    store = Store.open(tmp_path / "real.sqlite")
    try:
        for i, (cover, names) in enumerate(filings):
            source = _write(tmp_path / f"f410-{i}.cal", cover, names)
            result = import_file(store, source)
            back = read_cal(export_statement(store, result.statement_id), "back.cal")
            assert back.errors == []
            original = read_cal(source.read_bytes(), "in.cal")
            assert [_trim(list(r.values)) for r in [original.cover, *original.records]] == \
                [_trim(list(r.values)) for r in [back.cover, *back.records]]
            doc = load_document(store, result.statement_id)
            assert doc.total_pages == 2 and doc.render().startswith(b"%PDF")
            with store.read() as s:
                validate(build_snapshot(s, result.statement_id), rules=rule_set())
    finally:
        store.close()


def test_real_410_through_the_cli(sample_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    cover, names = next((c, n) for c, n in _filings(sample_dir, 30) if n)
    source = _write(tmp_path / "one.cal", cover, names)
    db = tmp_path / "cli.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 0
    sid = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", str(db), "print", sid, "-o", str(tmp_path / "one.pdf")]) == 0
    assert main(["--db", str(db), "validate", sid]) in (0, 1)
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_a_real_410_gives_a_profile(sample_dir: Path) -> None:
    from calaccess_desktop.forms.f410.spec import SPEC

    cover, names = next((c, n) for c, n in _filings(sample_dir, 30) if n)
    data = "\r\n".join(",".join(f'"{v}"' if "," in v else v for v in values)
                       for values in [header_record().values, cover, *names]).encode()
    cal = read_cal(data, "in.cal")
    assert cal.errors == []
    assert SPEC.profile_from_import is not None
    made = SPEC.profile_from_import(cal)
    profile = made["profile"]
    assert profile["Filer_NamL"] == cal.cover.get("Filer_NamL")
    assert profile.get("Filer_City") == cal.cover.get("City")
    assert profile.get("Tres_NamL") == cal.cover.get("Tres_NamL")
    assert made["committee_type"] in ("C", "P", "G", "")
