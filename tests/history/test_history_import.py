"""A committee's earlier statements from other software, imported as a folder: date order,
amendments linked (even when the amendment came first), contacts and calendar-year
totals across them, and the next statement starting from the last one's ending cash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Contact, Record, Statement
from calaccess_desktop.services.backups import list_backups
from calaccess_desktop.services.cumulative import year_total_before
from calaccess_desktop.services.editing import add_transaction, create_statement, next_tran_id
from calaccess_desktop.services.history_import import import_history, in_date_order
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from tests.history.support import f460, history_files
from tests.support.calfiles import expn, rcpt


def _statements(store: Store) -> list[Statement]:
    with store.read() as s:
        return list(s.scalars(select(Statement).order_by(Statement.id)))


def test_a_folder_imports_in_date_order_not_name_order(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "earlier"
    history_files(folder)
    assert [p.name for p in in_date_order(sorted(folder.iterdir()))] == [
        "q-original.cal", "a-amendment.cal", "m-later.cal"]
    report = import_history(store, [folder])
    assert [(f.path.name, f.outcome) for f in report.files] == [
        ("q-original.cal", "imported"), ("a-amendment.cal", "imported"),
        ("m-later.cal", "imported")]
    assert report.summary() == "imported 3, skipped (already there) 0, failed 0"
    original, amendment, later = _statements(store)
    assert (original.report_num, amendment.report_num, later.report_num) == (0, 1, 0)
    assert amendment.amends_statement_id == original.id
    assert later.amends_statement_id is None
    assert (original.status, amendment.status, later.status) == ("amended", "filed", "filed")


def test_tran_ids_and_contacts_are_kept_across_the_files(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "earlier"
    history_files(folder)
    import_history(store, [folder])
    filed = set()
    for path in folder.iterdir():
        cal = read_cal(path.read_bytes(), path.name)
        filed |= {(path.name, r.get("Tran_ID")) for r in cal.records if r.get("Tran_ID")}
    with store.read() as s:
        stored = {(Path(src).name, tid) for src, tid in s.execute(
            select(Statement.source_file, Record.tran_id).join(Record)
            .where(Record.tran_id.is_not(None), Record.itemize != "lump"))}
        okafor = s.scalars(select(Contact.id).where(Contact.last_name == "Okafor")).all()
        her_records = s.scalar(select(func.count(Record.id)).where(Record.contact_id.in_(okafor)))
    assert stored == filed
    assert len(okafor) == 1  # one contributor, found again in each file
    assert her_records == 4  # A1 (original), A1 and A3 (amendment), A4 (later)


def test_the_next_statement_starts_from_the_last_ones_cash_and_column_b(
        store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "earlier"
    lines = history_files(folder)["m-later.cal"]
    import_history(store, [folder])
    committee_id = _statements(store)[0].committee_id
    with store.transaction() as s:
        new = create_statement(s, committee_id, "F460", period_from=dt.date(2026, 10, 1),
                               period_through=dt.date(2026, 12, 31), stmt_type="SA")
    with store.read() as s:
        snap = build_snapshot(s, new)
        summary = summary_of(s, new)
    assert snap.prior_ending_cash == lines["16"]
    assert snap.prior_column_b["1"] == lines["B1"] and snap.prior_column_b["6"] == lines["B6"]
    assert summary.a("12") == lines["16"]  # beginning cash
    assert summary.lines["1"][1] == lines["B1"]  # nothing new yet: column B as carried


def test_a_contributors_year_to_date_counts_the_imported_statements(
        store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "earlier"
    history_files(folder)
    import_history(store, [folder])
    committee_id = _statements(store)[0].committee_id
    with store.transaction() as s:
        new = create_statement(s, committee_id, "F460", period_from=dt.date(2026, 10, 1),
                               period_through=dt.date(2026, 12, 31), stmt_type="SA")
        before = year_total_before(s, new, last="Okafor", first="Grace", zip4="95811",
                                   city="Sacramento")
        add_transaction(s, new, "RCPT", "A", {
            "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace", "Ctrib_Adr1": "1901 J Street",
            "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95811",
            "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse", "Rcpt_Date": "20261020",
            "Amount": "30.00"})
    # The amended half-year (150 + 60) replaces the original (150); July to September: 40.
    assert before == 15_000 + 6_000 + 4_000
    with store.read() as s:
        snap = build_snapshot(s, new)
    [mine] = [r for r in snap.records if r.rec_type == "RCPT"]
    assert mine.get("Cum_YTD") == "280.00" and mine.itemized  # $30 alone is not itemized


def test_an_amendment_imported_before_its_original_still_links(
        store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "earlier"
    history_files(folder)
    first = import_history(store, [folder / "a-amendment.cal"])
    assert first.count("imported") == 1
    again = import_history(store, [folder])
    assert [(f.path.name, f.outcome) for f in again.files] == [
        ("q-original.cal", "imported"), ("a-amendment.cal", "skipped"),
        ("m-later.cal", "imported")]
    assert "already there as statement" in again.files[1].why
    assert again.summary() == "imported 2, skipped (already there) 1, failed 0"
    amendment, original, _later = _statements(store)
    assert amendment.report_num == 1 and original.report_num == 0
    assert amendment.amends_statement_id == original.id
    assert (original.status, amendment.status) == ("amended", "filed")


def test_a_second_amendment_in_between_relinks_the_chain(store: Store, tmp_path: Path) -> None:
    records = [rcpt("A1", "150.00")]
    for num in (2, 0, 1):
        data, _ = f460("20260101", "20260630", records, report_num=num)
        (tmp_path / f"v{num}.cal").write_bytes(data)
        import_history(store, [tmp_path / f"v{num}.cal"])
    v2, v0, v1 = _statements(store)
    assert (v1.amends_statement_id, v2.amends_statement_id) == (v0.id, v1.id)
    assert (v0.status, v1.status, v2.status) == ("amended", "amended", "filed")


def test_the_committees_own_tran_ids_are_not_handed_out_again(
        store: Store, tmp_path: Path) -> None:
    """A history exported by this app (Tran_IDs CD<committee>-<n>) keeps its IDs, and a
    new entry gets the next number."""
    data, _ = f460("20260101", "20260630", [rcpt("CD1-57"), rcpt("CD1-9", "20.00")])
    (tmp_path / "ours.cal").write_bytes(data)
    import_history(store, [tmp_path / "ours.cal"])
    with store.transaction() as s:
        stmt = s.scalars(select(Statement)).one()
        assert stmt.committee.id == 1
        assert next_tran_id(s, stmt.committee) == "CD1-58"


def test_a_file_without_summary_records_continues_from_the_one_before(
        store: Store, tmp_path: Path) -> None:
    """Some programs leave the summary (SMRY) records off: the statement's beginning cash
    is then the previous one's ending cash, and the next one begins from its own."""
    first, lines = f460("20260101", "20260630", [rcpt("A1", "150.00")],
                        beginning_cash=50_000)
    bare, _ = f460("20260701", "20261231", [rcpt("A2", "75.00", Rcpt_Date="20260802"),
                                           expn("E1", "20.00", Expn_Date="20260803")])
    no_smry = b"".join(line + b"\r\n" for line in bare.split(b"\r\n")
                       if line and not line.startswith(b"SMRY"))
    (tmp_path / "first.cal").write_bytes(first)
    (tmp_path / "second.cal").write_bytes(no_smry)
    report = import_history(store, [tmp_path])
    assert report.count("imported") == 2
    _first, second = _statements(store)
    with store.read() as s:
        summary = summary_of(s, second.id)
    assert summary.a("12") == lines["16"]
    assert summary.a("16") == lines["16"] + 7_500 - 2_000
    assert summary.lines["1"][1] == lines["B1"] + 7_500  # column B goes on too
    with store.transaction() as s:
        new = create_statement(s, second.committee_id, "F460",
                               period_from=dt.date(2027, 1, 1),
                               period_through=dt.date(2027, 6, 30), stmt_type="SA")
        assert build_snapshot(s, new).prior_ending_cash == summary.a("16")


def test_a_checked_backup_is_taken_before_the_history_is_written(
        store: Store, db_path: Path, tmp_path: Path) -> None:
    """Once the data file holds something, importing a history first keeps a checked
    backup of it (holding what was there before), one for the whole folder."""
    folder = tmp_path / "earlier"
    history_files(folder)
    import_history(store, [folder / "q-original.cal"])
    import_history(store, [folder])
    backups = [b for b in list_backups(db_path) if b.why == "before an import"]
    assert len(backups) == 1
    assert backups[0].contents is not None and backups[0].contents.statements == 1
