"""Form 425 (no activity): nothing but cover records; export and read-back, rules,
printing on a real data file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_cal_bytes, validate_statement
from tests.forms_small.support import (
    demo_statements,
    errors,
    exported,
    pdf_text,
    png_pages,
    small_committee,
)

PAYEE = {"Entity_Cd": "OTH", "Payee_NamL": "Midtown Print Shop", "Payee_Adr1": "2115 J Street",
         "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": "95816"}


def _ids(store: Store, sid: int) -> dict[str, list[str]]:
    """Rule id -> 'message / fix' of each finding."""
    with store.read() as s:
        out: dict[str, list[str]] = {}
        for f in validate_statement(s, sid):
            out.setdefault(f.rule_id, []).append(f"{f.message} / {f.fix}")
        return out


def test_the_file_holds_only_cover_records(store: Store) -> None:
    [sid] = demo_statements(store, "F425")
    data, cal = exported(store, sid)
    assert cal.form_type == "F425" and cal.cover is not None
    assert cal.cover.get("Stmt_Type") == "S2"
    assert (cal.cover.get("From_Date"), cal.cover.get("Thru_Date")) == ("20250701", "20251231")
    assert [r.rec_type for r in cal.records] == ["CVR3"]
    assert cal.records[0].get("Entity_Cd") == "TRE"
    assert errors(validate_cal_bytes(data, "f425.cal")) == []
    with store.read() as s:
        assert errors(validate_statement(s, sid)) == []


def test_activity_a_candidate_committee_or_a_wrong_period_are_refused(store: Store) -> None:
    [sid] = demo_statements(store, "F425")
    assert not {"F425-ELG-001", "F425-ELG-002", "F425-PER-001"} & set(_ids(store, sid))
    with store.transaction() as s:
        editing.add_transaction(s, sid, "EXPN", "E", {**PAYEE, "Amount": "40.00",
                                                      "Expn_Code": "LIT"})
    found = _ids(store, sid)
    assert "F425-ELG-001" in found and "reports activity" in found["F425-ELG-001"][0]
    cid = small_committee(store, committee_type="G", entity="CAO")
    with store.transaction() as s:
        bad = editing.create_statement(s, cid, "F425", period_from=dt.date(2026, 1, 1),
                                       period_through=dt.date(2026, 5, 31), stmt_type="S1")
    found = _ids(store, bad)
    assert "F425-ELG-002" in found  # a candidate or officeholder files a 460
    assert "F425-PER-001" in found and "01/01/2026 to 06/30/2026" in found["F425-PER-001"][0]
    controlled = small_committee(store, committee_type="C", entity="CTL")
    with store.transaction() as s:
        other = editing.create_statement(s, controlled, "F425",
                                         period_from=dt.date(2026, 1, 1),
                                         period_through=dt.date(2026, 6, 30), stmt_type="S1")
    found = _ids(store, other)
    assert "GEN-TYP-003" in found and "F425-ELG-002" not in found  # one fact, one finding


def test_the_one_page_prints(store: Store, tmp_path: Path) -> None:
    [sid] = demo_statements(store, "F425")
    pdf, pages = png_pages(store, sid, tmp_path)
    assert len(pages) == 1 and pages[0].stat().st_size > 5_000
    words = pdf_text(pdf, tmp_path)
    for part in ("Part 1. Committee Information", "Part 2. Period of No Activity",
                 "Part 3. Verification", "July 1 - December 31, 2025", "Okoye, Adaeze"):
        assert part in words
