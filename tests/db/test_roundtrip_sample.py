"""Real CAL-ACCESS records: a .CAL file of each campaign form imports and exports back to
the same records, field for field, and every export passes the spec's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.cli import main
from tests.support.calfiles import cover
from tests.support.samplecal import write_filing

SAMPLE_FORMS = ["F460", "F497", "F496", "F461", "F465", "F498", "F450", "F401"]


def padded(values: list[str], count: int) -> list[str]:
    return values + [""] * (count - len(values))


def records_of(data: bytes, name: str) -> list[list[str]]:
    cal = read_cal(data, name)
    assert cal.errors == [], [p.render(name) for p in cal.errors[:5]]
    assert cal.header is not None and cal.cover is not None
    return [padded(r.values, len(r.fields)) for r in [cal.cover, *cal.records]]


def round_trip(tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    db = tmp_path / "rt.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 0
    statement = capsys.readouterr().out.strip().splitlines()[-1]
    out = tmp_path / "out.cal"
    assert main(["--db", str(db), "export", statement, "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("form", SAMPLE_FORMS)
def test_sample_filing_round_trips(form: str, sample_dir: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = write_filing(sample_dir, form, tmp_path / f"{form}.cal")
    original = records_of(source.read_bytes(), "in")
    assert len(original) > 1, f"the sample gave no {form} records"
    exported = round_trip(tmp_path, source, capsys)
    assert records_of(exported, "out") == original
    first = exported.split(b"\r\n")[0].decode().split(",")
    assert first[:4] == ["HDR", "CAL", "CA", "2.01"] and first[4] == "calaccess-desktop"


def test_every_schedule_of_the_f460_sample_is_present(sample_dir: Path, tmp_path: Path) -> None:
    source = write_filing(sample_dir, "F460", tmp_path / "f460.cal")
    cal = read_cal(source.read_bytes(), "f460.cal")
    kinds = {(r.rec_type, r.form_type) for r in cal.records}
    assert {("RCPT", "A"), ("LOAN", "B1"), ("EXPN", "D"), ("EXPN", "E"), ("DEBT", "F"),
            ("EXPN", "G"), ("LOAN", "H"), ("SMRY", "F460"), ("CVR2", "F460"),
            ("CVR3", "F460")} <= kinds


@pytest.mark.parametrize("form", ["F425", "F470", "F410"])
def test_forms_missing_from_the_sample_round_trip(form: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    cvr = cover(form, Stmt_Type="S1" if form == "F425" else "")
    for spec in cvr.fields:
        if spec.level == "Rx" and not cvr.get(spec.name):
            cvr.set(spec.name, "C" if spec.kind == "code" else "X")
    source = tmp_path / f"{form}.cal"
    source.write_bytes(write_cal(cvr, []))
    exported = round_trip(tmp_path, source, capsys)
    assert records_of(exported, "out") == records_of(source.read_bytes(), "in")


def test_exports_have_exact_field_counts(sample_dir: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = write_filing(sample_dir, "F460", tmp_path / "f460.cal")
    exported = round_trip(tmp_path, source, capsys)
    cal = read_cal(exported, "out")
    for rec in [cal.cover, *cal.records]:
        assert rec is not None
        assert len(rec.values) == len(rec.fields) == layouts.field_count(
            rec.rec_type, rec.form_type, cvr_form="F460")
