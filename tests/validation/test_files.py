""".CAL files made of real CAL-ACCESS records: clean files give no errors; a file that
breaks one spec rule is rejected with a finding naming that record's line and field."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.services.validation import validate_cal_bytes
from calaccess_desktop.validation.findings import blocking
from tests.support.samplecal import write_filing


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def bytes_of(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    from tests.conftest import SAMPLE, need_reference

    need_reference(SAMPLE)  # part of the repository: missing fails, never skips
    folder = tmp_path_factory.mktemp("cal")
    # Summary (SMRY) lines are left out: samplecal takes each line from a different filing,
    # so their totals cannot add up (test_mixed_summary_lines_are_errors shows it).
    return {form: write_filing(SAMPLE, form, folder / f"{form}.cal", smry=False).read_bytes()
            for form in ("F460", "F497", "F496")}


def negative_lines(data: bytes) -> set[int]:
    """Lines of Schedule A, C and E rows with a negative amount: real filings of the
    sample report returned contributions that way, which this app refuses (APP-NEG-001:
    a returned contribution is a Schedule E payment with code RFD)."""
    out = set()
    for line, values in enumerate(rows_of(data), 1):
        if (values[0], values[1]) in (("RCPT", "A"), ("RCPT", "C"), ("EXPN", "E")):
            rec = CalRecord(values, line, "F460")
            if rec.get("Amount").startswith("-"):
                out.add(line)
    return out


@pytest.mark.parametrize("form", ["F460", "F497", "F496"])
def test_clean_real_files_have_no_errors(sample_files: dict[str, bytes], form: str) -> None:
    """No errors but one per negative Schedule A/C/E amount, each named at its line."""
    findings = validate_cal_bytes(sample_files[form], f"{form}.cal")
    negatives = negative_lines(sample_files[form])
    refused = {f.location.line for f in findings if f.rule_id == "APP-NEG-001"}
    assert refused == negatives
    errors = [f.render(f"{form}.cal") for f in findings
              if f.severity == "error" and f.rule_id != "APP-NEG-001"]
    assert not errors, "\n".join(errors[:20])
    assert blocking(findings) == bool(negatives)
    assert all(f.location.line for f in findings if f.location.schedule != "file")


def test_mixed_summary_lines_are_errors(tmp_path: Path, sample_dir: Path) -> None:
    """With samplecal's SMRY lines (each from another filing) the summary math is broken,
    and the findings say which lines disagree."""
    data = write_filing(sample_dir, "F460", tmp_path / "mixed.cal").read_bytes()
    errors = [f for f in validate_cal_bytes(data, "mixed.cal") if f.severity == "error"]
    errors = [f for f in errors if f.location.line not in negative_lines(data)]
    assert errors and all(f.rule_id.startswith("F460-") for f in errors)
    assert all(f.location.schedule in ("summary", "A", "B1", "C", "D", "E", "F", "H", "I")
               and f.location.field.startswith("Amount_") for f in errors)


def test_clean_file_findings_name_real_fields(sample_files: dict[str, bytes]) -> None:
    findings = validate_cal_bytes(sample_files["F460"], "f460.cal")
    assert findings, "the sample has real gaps (no street addresses in the public export)"
    rows = rows_of(sample_files["F460"])
    for f in findings:
        if f.location.line and f.location.field:
            names = {s.name for s in CalRecord(rows[f.location.line - 1],
                                               cvr_form="F460").fields}
            assert f.location.field in names, f.render()
        assert f.message.endswith(".") and f.fix


def _spec_fields(rows: list[list[str]], form: str) -> list[tuple[int, str, str]]:
    """(line, rec_type, field) for the first record of each type: its filled Rx fields,
    plus the F460 cover's Cx fields."""
    seen: set[str] = set()
    out = []
    for n, row in enumerate(rows, start=1):
        rec_type = row[0].upper()
        if rec_type in seen or rec_type == "HDR":
            continue
        seen.add(rec_type)
        rec = CalRecord(row, cvr_form=form)
        for spec in rec.fields:
            value = row[spec.number - 1] if spec.number <= len(row) else ""
            if spec.name in ("Rec_Type", "Form_Type") or not value:
                continue
            if spec.level == "Rx" or (rec_type == "CVR" and form == "F460" and spec.level == "Cx"
                                      and spec.name in ("Stmt_Type", "From_Date",
                                                        "Thru_Date")) or (
                    rec_type == "CVR2" and spec.name == "F460_Part"):
                out.append((n, rec_type, spec.name))
    return out


def _spec_cases() -> list[tuple[str, int, str, str]]:
    import tempfile

    from tests.conftest import SAMPLE

    with tempfile.TemporaryDirectory() as folder:
        out = []
        for form in ("F460", "F497"):
            data = write_filing(SAMPLE, form, Path(folder) / "x.cal", smry=False).read_bytes()
            out += [(form, *c) for c in _spec_fields(rows_of(data), form)]
    return out


SPEC_CASES = _spec_cases()


def test_there_are_spec_cases() -> None:
    assert len(SPEC_CASES) > 20


@pytest.mark.parametrize("form,line,rec_type,field", SPEC_CASES,
                         ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in SPEC_CASES])
def test_missing_required_field_rejects_the_file(sample_files: dict[str, bytes], form: str,
                                                 line: int, rec_type: str, field: str) -> None:
    rows = rows_of(sample_files[form])
    rec = CalRecord(rows[line - 1], cvr_form=form)
    rows[line - 1][[f.name for f in rec.fields].index(field)] = ""
    findings = validate_cal_bytes(bytes_of(rows), "broken.cal")
    named = [f for f in findings if f.location.line == line and f.location.field == field
             and f.severity == "error"]
    assert named, [f.render() for f in findings if f.location.line == line]
    assert blocking(findings)
    assert len({f.rule_id for f in named}) == 1, "one finding per broken field"


@pytest.mark.parametrize("field,value,rule", [
    ("Rcpt_Date", "2006-01-15", "CAL-FMT-004"),
    ("Amount", "1,000.00", "CAL-002"),
    ("Ctrib_ST", "California", "CAL-FMT-004"),
])
def test_malformed_value_is_named(sample_files: dict[str, bytes], field: str, value: str,
                                  rule: str) -> None:
    rows = rows_of(sample_files["F460"])
    line = next(n for n, r in enumerate(rows, start=1) if r[0] == "RCPT" and r[1] == "A")
    rec = CalRecord(rows[line - 1], cvr_form="F460")
    rows[line - 1][[f.name for f in rec.fields].index(field)] = value
    findings = validate_cal_bytes(bytes_of(rows), "bad.cal")
    named = [f for f in findings if f.location.line == line and f.location.field == field]
    assert [f.rule_id for f in named] == [rule], [f.render() for f in named]
    assert named[0].severity == "error" and f"Line {line}" in named[0].message
    assert "bad.cal:" in named[0].render("bad.cal")


def test_header_problem_is_cal_001(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F460"])
    rows[0][2] = "NV"
    findings = validate_cal_bytes(bytes_of(rows), "hdr.cal")
    assert [f.rule_id for f in findings if f.location.line == 1] == ["CAL-001"]


def test_version_other_than_201_is_a_format_warning(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F460"])
    rows[0][3] = "2.20"
    findings = validate_cal_bytes(bytes_of(rows), "v220.cal")
    [f] = [f for f in findings if f.location.line == 1]
    assert (f.rule_id, f.severity) == ("CAL-FMT-006", "warning")


@pytest.mark.parametrize("data,rule", [
    (b"", "CAL-FMT-001"),
    (b"\x00\x01binary", "CAL-FMT-001"),
    (b"CVR,F460,123\r\n", "CAL-FMT-001"),
])
def test_unreadable_files(data: bytes, rule: str) -> None:
    findings = validate_cal_bytes(data, "x.cal")
    assert findings and findings[0].rule_id == rule and blocking(findings)


def test_unknown_record_and_field_count(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F460"])
    rows.append(["XYZ", "A", "1"])
    line = next(n for n, r in enumerate(rows, start=1) if r[0] == "EXPN")
    rows[line - 1] = rows[line - 1][:-3]
    findings = validate_cal_bytes(bytes_of(rows), "x.cal")
    by_rule = {f.rule_id for f in findings}
    assert {"CAL-FMT-002", "CAL-FMT-003"} <= by_rule
    assert any(f.rule_id == "CAL-FMT-003" and f.location.line == line for f in findings)


def test_duplicate_tran_id_is_cal_006_once(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F460"])
    lines = [n for n, r in enumerate(rows, start=1) if r[0] == "RCPT" and r[1] == "A"][:2]
    rows[lines[1] - 1][2] = rows[lines[0] - 1][2]
    findings = validate_cal_bytes(bytes_of(rows), "dup.cal")
    dup = [f for f in findings if f.rule_id == "CAL-006" and f.location.line == lines[1]]
    assert len(dup) == 1 and dup[0].location.field == "Tran_ID"


def test_lobbying_record_is_skipped_with_a_warning(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F497"])
    rows.append(["LEXP", "F615P1", "1"])
    findings = validate_cal_bytes(bytes_of(rows), "x.cal")
    assert [(f.rule_id, f.severity) for f in findings if f.location.line == len(rows)] == [
        ("CAL-FMT-006", "warning")]


def test_smry_of_the_wrong_form_is_a_structure_problem(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F497"])
    rows.append(["SMRY", "E", "4", "100.00", "", "", ""])
    findings = validate_cal_bytes(bytes_of(rows), "x.cal")
    assert [f.rule_id for f in findings if f.location.line == len(rows)] == ["CAL-FMT-002"]


@pytest.mark.parametrize("form", ["F401", "F410", "F425", "F450", "F460", "F461", "F465",
                                  "F470", "F496", "F497", "F498", "F999"])
def test_a_bare_cover_of_any_form_is_checked_without_crashing(form: str) -> None:
    data = f"HDR,CAL,CA,2.01,x,1\r\nCVR,{form},123\r\n".encode()
    findings = validate_cal_bytes(data, "bare.cal")
    assert blocking(findings)
    assert all(f.message and f.fix for f in findings)


def test_garbage_records_do_not_crash(sample_files: dict[str, bytes]) -> None:
    rows = rows_of(sample_files["F460"])
    rows.insert(3, ["RCPT", "A"])
    rows.insert(4, ["EXPN", "G", "G1", "", "", "", "", "", "", "", "", "", "", "", "x"])
    rows.insert(5, ["SPLT"])
    rows.insert(6, ["SMRY", "F460", "1", "abc"])
    findings = validate_cal_bytes(bytes_of(rows), "garbage.cal")
    assert blocking(findings)
    assert {4, 5, 6, 7} <= {f.location.line for f in findings}
