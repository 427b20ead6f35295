"""The practice server judges uploads as the SOS does (spec levels; amendments, page 14)."""

from __future__ import annotations

from calaccess_desktop.cal.gaps import gaps
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.efile.judge import Original, judge
from tests.support.calfiles import cover, join, lines, rcpt, valid_f460

ORIGINAL = Original("CA-9000001", "1234567", "F460", 0, 1)
AMENDMENT_1 = Original("CA-9000002", "1234567", "F460", 1, 0, "CA-9000001")


def find(filing_id: str) -> Original | None:
    return {"CA-9000001": ORIGINAL, "CA-9000002": AMENDMENT_1}.get(filing_id)


def amendment(num: str, reason: str = "Corrected an employer") -> bytes:
    return write_cal(cover(Report_Num=num, AmendExp_1=reason), [rcpt("A1")])


def errors(verdict: object) -> list[str]:
    return [f"{m.record} #{m.field} {m.text}" for m in verdict.messages  # type: ignore[attr-defined]
            if m.level == "error"]


def test_a_clean_filing_is_accepted() -> None:
    v = judge(valid_f460(), filer_id="1234567")
    assert v.accepted and v.form_type == "F460" and v.report_num == 0
    assert not errors(v)


def test_an_empty_rx_field_rejects_the_filing() -> None:
    rows = lines(valid_f460())
    cvr = rows[1].split(",")
    cvr[4] = ""  # field #5 Filer_NamL (Rx)
    rows[1] = ",".join(cvr)
    v = judge(join(rows), filer_id="1234567")
    assert not v.accepted
    assert any(m.line == 2 and m.field == 5 and m.field_name == "Filer_NamL"
               for m in v.messages if m.level == "error")
    assert v.summary == "Filing did not pass validation"


def test_an_empty_cx_field_rejects_only_where_its_condition_applies() -> None:
    v = judge(write_cal(cover(Stmt_Type=""), [rcpt("A1")]), filer_id="1234567")
    assert not v.accepted
    assert [m.field_name for m in v.messages if m.level == "error"] == ["Stmt_Type"]
    late = CalRecord(["CVR", "F497"])
    flagged = {g.spec.name for g in gaps(late.values, late.fields, "F497")}
    assert "Stmt_Type" not in flagged  # "not Req. on ... F497"


def test_transfer_without_the_intermediary_committee_id_is_warned() -> None:
    """Cx, but filings the SOS accepted carry transfers without it (cal.gaps.ACCEPTED_BLANK):
    accepted with a warning, as the app's own check says."""
    data = write_cal(cover(), [rcpt("A1", Tran_Type="X")])
    v = judge(data, filer_id="1234567")
    assert v.accepted
    assert any(m.field_name == "Int_CmteId" and m.line == 3 and m.level == "warning"
               for m in v.messages)


def test_an_empty_r_field_is_accepted_with_a_warning() -> None:
    v = judge(write_cal(cover(Filer_Adr1=""), [rcpt("A1")]), filer_id="1234567")
    assert v.accepted and v.summary == "Filing accepted, but with warnings"
    assert any(m.level == "warning" and m.field_name == "Filer_Adr1" for m in v.messages)


def test_a_format_error_rejects() -> None:
    rows = lines(valid_f460())
    rows[2] = rows[2].replace("150.00", "150,00", 1)
    assert not judge(join(rows), filer_id="1234567").accepted


def test_filer_may_file_only_its_own_statement() -> None:
    v = judge(valid_f460(), filer_id="7654321")
    assert not v.accepted and "signed in as filer 7654321" in errors(v)[0]


def test_amendment_needs_the_original_filing_id() -> None:
    v = judge(amendment("001"), filer_id="1234567", amendment_number=1)
    assert not v.accepted
    assert "no original filing ID was given" in errors(v)[0]


def test_amendments_come_in_sequence() -> None:
    ok = judge(amendment("002"), filer_id="1234567", amends_filing_id="CA-9000001",
               amendment_number=2, find_original=find)
    assert ok.accepted and ok.original_filing_id == "CA-9000001"
    early = judge(amendment("003"), filer_id="1234567", amends_filing_id="9000001",
                  amendment_number=3, find_original=find)
    assert errors(early) == ["CVR #9 Amendment number is 003, but amendment 002 of filing "
                             "CA-9000001 has not been received; amendments must come in "
                             "sequence"]
    again = judge(amendment("001"), filer_id="1234567", amends_filing_id="CA-9000001",
                  amendment_number=1, find_original=find)
    assert "amendment 001 of filing CA-9000001 is already on file" in errors(again)[0]


def test_amendment_must_name_the_original_not_an_amendment() -> None:
    v = judge(amendment("002"), filer_id="1234567", amends_filing_id="CA-9000002",
              amendment_number=2, find_original=find)
    assert "must name the original filing's ID (CA-9000001)" in errors(v)[0]


def test_amendment_of_an_unknown_or_foreign_filing_is_rejected() -> None:
    v = judge(amendment("002"), filer_id="1234567", amends_filing_id="CA-1",
              amendment_number=2, find_original=find)
    assert "there is no filing CA-1 from filer 1234567" in errors(v)[0]


def test_upload_number_must_match_the_file() -> None:
    v = judge(amendment("002"), filer_id="1234567", amends_filing_id="CA-9000001",
              amendment_number=4, find_original=find)
    assert any("the two must agree" in e for e in errors(v))


def test_an_original_cannot_name_a_filing_to_amend() -> None:
    v = judge(valid_f460(), filer_id="1234567", amends_filing_id="CA-9000001",
              find_original=find)
    assert "an amendment needs Report_Num 001 or higher" in errors(v)[0]


def test_amendment_without_an_explanation_gets_a_warning() -> None:
    v = judge(amendment("002", reason=""), filer_id="1234567",
              amends_filing_id="CA-9000001", amendment_number=2, find_original=find)
    assert v.accepted
    assert any(m.field_name == "AmendExp_1" and m.level == "warning" for m in v.messages)
