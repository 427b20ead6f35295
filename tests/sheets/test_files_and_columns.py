"""Files in any common encoding and delimiter, columns guessed (a processor's export by its
header set) and remembered by layout, contacts matched, other schedules, bad input in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.services import editing, sheets
from calaccess_desktop.services.sheets.reading import SheetError, read_table
from calaccess_desktop.services.store import Store
from tests.sheets.conftest import Books
from tests.sheets.messy import build, write_csv
from tests.sheets.test_import import cli, preview_of, schedule_a_total


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8-sig", ","), ("utf-16", ","), ("cp1252", ";"), ("utf-8", "\t"), ("utf-8", "|")])
def test_any_common_encoding_and_delimiter(books: Books, tmp_path: Path, encoding: str,
                                           delimiter: str) -> None:
    messy = build()
    messy.rows[3][0] = "José  Núñez"  # not ASCII
    path = write_csv(messy, tmp_path / "gifts.csv", encoding=encoding, delimiter=delimiter)
    preview = preview_of(books, path)
    assert {p.row for p in preview.problems()} == messy.broken
    first = preview.rows[0]
    assert first.values[4:6] == ["Núñez", "José"]  # Ctrib_NamL, Ctrib_NamF


def test_a_donation_platform_export_is_recognised_by_its_headers(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "platform.csv"
    path.write_text(
        "Receipt ID,Date,Amount,Donor First Name,Donor Last Name,Donor Addr1,Donor City,"
        "Donor State,Donor ZIP,Donor Employer,Donor Occupation,Donor Email,Fee,Net\n"
        "R-1001,2001-03-04 10:22:01,$150.00,Grace,Okafor,12 J St,Sacramento,CA,95814-1234,"
        "Sutter Health,Nurse,g@example.org,4.50,145.50\n"
        "R-1002,2001-03-05 11:00:00,$25.00,Ana,Chen,9 K St,Davis,CA,95616,,,a@example.org,"
        "1.00,24.00\n", encoding="utf-8")
    preview = preview_of(books, path)
    assert preview.mapping.source == "a donation platform's contribution export"
    wanted = {"Receipt ID": "external_id", "Date": "date", "Amount": "amount",
              "Donor First Name": "first", "Donor Last Name": "last", "Donor ZIP": "zip",
              "Donor Employer": "employer", "Fee": "", "Net": "", "Donor Email": ""}
    got = dict(zip(preview.mapping.headers, preview.mapping.columns, strict=True))
    assert {h: got[h] for h in wanted} == wanted
    assert preview.problems() == []
    assert cli(capsys, "import-sheet", str(path), "--statement", str(books.statement),
               "--db", str(books.db))[0] == 0
    assert str(schedule_a_total(capsys, books)) == "175.00"  # the gross, not the net
    # the platform's own receipt IDs recognise the rows even when a detail changed
    path.write_text(path.read_text().replace("12 J St", "12 J Street"), encoding="utf-8")
    assert preview_of(books, path).count("already") == 2


def test_a_mapping_given_once_is_remembered_for_files_of_that_layout(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = "Who,Gift,When,Postcode\n"
    one = tmp_path / "one.csv"
    one.write_text(header + "\"Okafor, Grace\",100,1/5/2001,95814\n")
    code, out, err = cli(capsys, "import-sheet", str(one), "--statement", str(books.statement),
                         "--db", str(books.db), "--map", "Who=name", "--map", "Gift=amount",
                         "--map", "When=date")
    assert code == 0, err
    two = tmp_path / "two.csv"
    two.write_text(header + "Ana Chen,50,2/6/2001,95616\n")
    code, out, _ = cli(capsys, "import-sheet", str(two), "--statement", str(books.statement),
                       "--db", str(books.db), "--preview", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["mapping_source"] == "remembered" and doc["new"] == 1
    assert [c["target"] for c in doc["columns"]] == ["name", "amount", "date", "zip"]


def test_a_file_without_an_amount_column_says_so(books: Books, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name,Date\nGrace Okafor,1/5/2001\n")
    code, _out, err = cli(capsys, "import-sheet", str(path), "--statement",
                          str(books.statement), "--db", str(books.db))
    assert code == 1
    assert "no column holds the amount" in err and "Traceback" not in err


@pytest.mark.parametrize(("content", "words"), [
    (b"", "no rows"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Excel file"),
    (b"PK\x03\x04broken", "not a spreadsheet"), (b"a\x00b\x00c,\x00\x01", "binary")])
def test_files_that_are_not_spreadsheets_are_refused_in_words(
        tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(SheetError, match=words):
        read_table(path)


def test_bad_arguments_are_refused_in_words(books: Books, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(build(), tmp_path / "g.csv")
    code, _o, err = cli(capsys, "import-sheet", str(path), "--statement", str(books.statement),
                        "--schedule", "Q", "--db", str(books.db))
    assert code == 2 and "not a schedule" in err
    code, _o, err = cli(capsys, "import-sheet", str(path), "--statement", "999",
                        "--db", str(books.db), "--preview")
    assert code == 1 and "no statement 999" in err
    code, _o, err = cli(capsys, "import-sheet", str(tmp_path), "--statement",
                        str(books.statement), "--db", str(books.db))
    assert code == 1 and "folder" in err and "Traceback" not in err


def test_contributors_match_contacts_and_near_matches_are_listed(books: Books,
                                                                 tmp_path: Path) -> None:
    store = Store.open(books.db)
    try:
        with store.transaction() as session:
            editing.add_transaction(session, books.statement, "RCPT", "A", {
                "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace", "Ctrib_ZIP4": "95814",
                "Ctrib_City": "Sacramento", "Rcpt_Date": "20010105", "Amount": "10.00"})
            editing.add_transaction(session, books.statement, "RCPT", "A", {
                "Ctrib_NamL": "Chen", "Ctrib_NamF": "Ana", "Ctrib_ZIP4": "95616",
                "Rcpt_Date": "20010105", "Amount": "10.00"})
    finally:
        store.close()
    path = tmp_path / "g.csv"
    path.write_text("Name,Zip,Date,Amount\nGrace Okafor,95814,1/6/2001,20\n"
                    "Ana Chen,95818,1/6/2001,20\nRobert Kim,95814,1/6/2001,20\n")
    preview = preview_of(books, path)
    grace, ana, robert = preview.rows
    assert grace.contact_id is not None and not grace.near  # same name and ZIP
    assert ana.contact_id is None and [n.words for n in ana.near] == ["Ana Chen, 95616"]
    assert robert.contact_id is None and not robert.near
    preview.confirm(1, ana.near[0].contact_id)  # the treasurer says it is the same Ana
    store = Store.open(books.db)
    try:
        result = sheets.run_import(store, preview)
        with store.read() as session:
            from sqlalchemy import select

            from calaccess_desktop.db.orm import Contact, Record
            linked = dict(session.execute(select(Record.tran_id, Record.contact_id).where(
                Record.rec_type == "RCPT")).all())
            contacts = session.scalar(select(Contact.id).where(Contact.last_name == "Kim"))
    finally:
        store.close()
    assert result.added == 3 and result.contacts_added == 1  # only Robert is new
    assert grace.contact_id in linked.values() and ana.near[0].contact_id in linked.values()
    assert contacts is not None


def test_payments_loans_and_contacts_only(books: Books, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    pay = tmp_path / "pay.csv"
    pay.write_text("Payee,Date Paid,Amount,Expense Code,Description,Check Number\n"
                   "Kinko Copies,3/1/2001,\"$1,200.00\",LIT,Flyers,1001\n"
                   "\"Smith, John\",3/2/2001,80,CNS,Consulting,1002\n")
    code, out, err = cli(capsys, "import-sheet", str(pay), "--statement", str(books.statement),
                         "--schedule", "E", "--db", str(books.db))
    assert code == 0, err
    loan = tmp_path / "loan.csv"
    loan.write_text("Lender,Loan Date,Amount,Due Date,Interest Rate\n"
                    "Grace Okafor,4/1/2001,500,12/31/2001,5%\n")
    assert cli(capsys, "import-sheet", str(loan), "--statement", str(books.statement),
               "--schedule", "B", "--db", str(books.db))[0] == 0
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,Address,City,State,ZIP\n"
                      "Rosa,Silva,1 A St,Fresno,California,93704-1825\n"
                      "Jae,Kim,2 B St,Davis,CA,95616\n")
    code, out, err = cli(capsys, "import-sheet", str(people), "--statement",
                         str(books.statement), "--schedule", "contacts", "--db", str(books.db))
    assert code == 0 and "imported 2 row(s)" in out
    code, out, _ = cli(capsys, "summary", str(books.statement), "--json", "--db", str(books.db))
    lines = json.loads(out)["lines"]
    assert lines["6"]["a"] == "1280.00" and lines["2"]["a"] == "500.00"
    counts = books.counts()
    assert "nothing new" in cli(capsys, "import-sheet", str(people), "--statement",
                                str(books.statement), "--schedule", "contacts",
                                "--db", str(books.db))[1]
    assert books.counts() == counts


def test_a_statement_without_the_schedule_is_refused_in_words(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    store = Store.open(books.db)
    try:
        with store.transaction() as session:
            late = editing.create_statement(session, books.committee, "F497",
                                            election_date=dt.date(2002, 11, 5))
    finally:
        store.close()
    path = write_csv(build(), tmp_path / "g.csv")
    before = books.counts()
    code, _o, err = cli(capsys, "import-sheet", str(path), "--statement", str(late),
                        "--db", str(books.db), "--skip-bad")
    assert code == 1 and "Form 497" in err and "no page for contributions" in err
    assert books.counts() == before


def test_a_cal_access_export_is_read_by_its_own_column_names(
        books: Books, capsys: pytest.CaptureFixture[str]) -> None:
    from decimal import Decimal

    from tests.sheets.messy import SAMPLE, sample

    preview = preview_of(books, SAMPLE)  # tab-separated, CTRIB_NAML, RCPT_DATE, AMOUNT ...
    got = dict(zip(preview.mapping.headers, preview.mapping.columns, strict=True))
    assert {k: got[k] for k in ("CTRIB_NAML", "CTRIB_NAMF", "CTRIB_ZIP4", "RCPT_DATE",
                                "AMOUNT", "TRAN_ID", "ENTITY_CD", "FILING_ID")} == {
        "CTRIB_NAML": "last", "CTRIB_NAMF": "first", "CTRIB_ZIP4": "zip", "RCPT_DATE": "date",
        "AMOUNT": "amount", "TRAN_ID": "external_id", "ENTITY_CD": "entity", "FILING_ID": ""}
    assert preview.problems() == [] and preview.count("new") == len(sample())
    later = {n for n, r in enumerate(sample(), start=2)
             if int(r["RCPT_DATE"].split()[0].split("/")[2]) > 2002}
    assert set(preview.outside_period()) == later and later  # the period ends in 2002
    assert cli(capsys, "import-sheet", str(SAMPLE), "--statement", str(books.statement),
               "--db", str(books.db))[0] == 0
    assert schedule_a_total(capsys, books) == sum(Decimal(r["AMOUNT"]) for r in sample())


def test_a_totals_line_is_left_out_but_a_contributor_named_sum_is_not(
        books: Books, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Name,Date,Amount\nGrace Okafor,1/5/2001,$10\nSum,1/6/2001,$5\n"
                    "Total,,$15\n")
    preview = preview_of(books, path)
    assert [r.row for r in preview.rows] == [2, 3] and preview.ignored == [4]
    assert preview.problems() == []


def test_a_tab_inside_a_few_cells_does_not_make_the_file_tab_separated(tmp_path: Path) -> None:
    # A title line and two short rows make the commas uneven; a tab in two names must not
    # win just because most lines have none.
    lines = ["Gifts received", "Name,City,Date,Amount", "Ana\tChen,Davis,1/5/2026,$5.00",
             "Grace Okafor,Davis,1/6/2026", "Lee\tKim,Davis", "Bob Ray,Davis,1/7/2026,$7.00"]
    path = tmp_path / "gifts.csv"
    path.write_text("\n".join(lines) + "\n")
    table = read_table(path)
    assert table.headers == ["Name", "City", "Date", "Amount"]
    assert table.rows[0][1] == ["Ana Chen", "Davis", "1/5/2026", "$5.00"]
