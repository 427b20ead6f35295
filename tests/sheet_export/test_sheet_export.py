"""``export-sheet``: every schedule of the demo Form 460, and all transactions, as CSV and
XLSX read back with ``csv`` and openpyxl: plain-word columns, exact dollar amounts whose
totals are the schedules' totals, dates as dates, and formulas in names made inert."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.domain.money import to_decimal
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.editing import add_transaction
from calaccess_desktop.services.schedule_rows import schedule_counts
from calaccess_desktop.services.sheet_export import neutralised
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of

HOSTILE = {
    "Ctrib_NamL": "=HYPERLINK('http://evil.example/x','Click me')",
    "Ctrib_NamF": "@SUM(A1:A9)", "Ctrib_Emp": "+1+2", "Ctrib_Occ": "-2+3",
}
# Schedule -> (column title, summary block line) pairs whose sums must agree.
TOTALS = {
    "A": [("Amount", "3")], "C": [("Fair market value", "3")], "D": [("Amount", "3")],
    "E": [("Amount", "1+2")],  # E line 3 is the interest paid on loans (Schedule B)
    "I": [("Amount", "1+2")],
    "B1": [("Amount received this period", "1")],
    "F": [("New amount owed this period", "1"), ("Amount paid this period", "2")],
    "H": [("Amount lent this period", "1")],
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """The demo data file and its first Form 460, with one hostile contribution."""
    db = tmp_path / "demo.sqlite"
    store = Store.open(db)
    with store.transaction() as s:
        _cid, (first, *_rest) = create_demo(s)
        add_transaction(s, first, "RCPT", "A", {
            **HOSTILE, "Ctrib_Adr1": "1 Elm Street", "Ctrib_City": "Davis", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95616", "Rcpt_Date": "20260301", "Amount": "120.00"})
        add_transaction(s, first, "EXPN", "E", {
            "Payee_NamL": "Davis Print", "Expn_Date": "20260302", "Amount": "-25.00",
            "Expn_Code": "LIT", "Expn_Dscr": "=cmd|' /C calc'!A0"})
    store.close()
    yield db, first


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_xlsx(path: Path, sheet: str) -> tuple[list[str], list[list[openpyxl.cell.Cell]]]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows())
    return [str(c.value) for c in rows[0]], rows[1:]


def _summary(db: Path, sid: int) -> tuple[dict[str, dict[str, int]], dict[tuple[str, str], int]]:
    store = Store.open(db, create=False)
    try:
        with store.read() as s:
            return summary_of(s, sid).schedules, schedule_counts(s, sid)
    finally:
        store.close()


def _expected(schedules: dict[str, dict[str, int]], letter: str, line: str) -> Decimal:
    return to_decimal(sum(schedules[letter][n] for n in line.split("+")))


def test_every_schedule_of_the_demo_460_in_both_formats(
        demo: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, sid = demo
    schedules, count = _summary(db, sid)
    parts = spec_for("F460").parts
    for part in parts:
        for suffix in ("csv", "xlsx"):
            out = tmp_path / f"{part.key}.{suffix}"
            code, said, err = run(capsys, "export-sheet", str(sid), "-o", str(out),
                                  "--schedule", part.key, "--db", str(db))
            assert code == 0, err
            n = count.get((part.rec_type, part.form_type), 0)
            assert f"({n} entries; " in said
            if suffix == "csv":
                rows = read_csv(out)
                titles = list(rows[0]) if rows else []
                cells = [[row[t] for t in titles] for row in rows]
            else:
                titles, xrows = read_xlsx(out, part.title.split(" - ")[0])
                cells = [[c.value for c in row] for row in xrows]
            assert len(cells) == n, part.key
            assert not [t for t in titles if "_" in t]  # plain words, no CAL field names
            for title, line in TOTALS.get(part.key, []):
                at = titles.index(title)
                counted = titles.index("Counted in totals")
                got = sum((Decimal(str(r[at])) for r in cells
                           if r[counted] == "Yes" and r[at] not in ("", None)), Decimal(0))
                assert got == _expected(schedules, part.key, line), (part.key, suffix, title)


def test_a_hostile_name_comes_out_inert(demo: tuple[Path, int], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, sid = demo
    run(capsys, "export-sheet", str(sid), "-o", str(tmp_path / "a.csv"), "--schedule", "A",
        "--db", str(db))
    run(capsys, "export-sheet", str(sid), "-o", str(tmp_path / "all.xlsx"), "--db", str(db))
    [row] = [r for r in read_csv(tmp_path / "a.csv")
             if r["Contributor's last name or organization"].startswith("'=HYPERLINK")]
    assert row["Contributor's last name or organization"] == "'" + HOSTILE["Ctrib_NamL"]
    assert row["Contributor's first name"] == "'" + HOSTILE["Ctrib_NamF"]
    assert row["Contributor's employer"] == "'" + HOSTILE["Ctrib_Emp"]
    assert row["Contributor's occupation"] == "'" + HOSTILE["Ctrib_Occ"]
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    texts = []
    for ws in book.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert "'" + HOSTILE["Ctrib_NamL"] in texts
    assert "'=cmd|' /C calc'!A0" in texts
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@"))]
    headers, rows = read_xlsx(tmp_path / "all.xlsx", "All transactions")
    amount = headers.index("Amount")
    refund = [r for r in rows if r[headers.index("Name")].value == "Davis Print"]
    assert refund[0][amount].value == -25 and refund[0][amount].data_type == "n"


def test_all_transactions_amounts_and_dates(demo: tuple[Path, int], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db, sid = demo
    schedules, count = _summary(db, sid)
    run(capsys, "export-sheet", str(sid), "-o", str(tmp_path / "all.csv"), "--db", str(db))
    run(capsys, "export-sheet", str(sid), "-o", str(tmp_path / "all.xlsx"), "--db", str(db))
    rows = read_csv(tmp_path / "all.csv")
    money = {"RCPT", "EXPN", "LOAN", "DEBT"}
    assert len(rows) == sum(n for (rt, _ft), n in count.items() if rt in money)
    contributions = sum((Decimal(r["Amount"]) for r in rows if r["Schedule"] == "Schedule A"
                         and r["Counted in totals"] == "Yes"), Decimal(0))
    assert contributions == to_decimal(schedules["A"]["3"])
    assert all(dt.date.fromisoformat(r["Date"]) for r in rows if r["Date"])
    headers, xrows = read_xlsx(tmp_path / "all.xlsx", "All transactions")
    date, amount = headers.index("Date"), headers.index("Amount")
    assert len(xrows) == len(rows)
    for csv_row, xrow in zip(rows, xrows, strict=True):
        if csv_row["Date"]:
            assert xrow[date].is_date and xrow[date].number_format == "mm/dd/yyyy"
            assert xrow[date].value.date() == dt.date.fromisoformat(csv_row["Date"])
        if csv_row["Amount"]:
            assert xrow[amount].number_format == "#,##0.00"
            assert Decimal(str(xrow[amount].value)) == Decimal(csv_row["Amount"])
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert book.sheetnames[0] == "All transactions" and "Schedule A" in book.sheetnames
    assert book.sheetnames[-1] == "About this export"


def test_a_wrong_schedule_or_name_writes_nothing(demo: tuple[Path, int], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db, sid = demo
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"the accountant's earlier file")
    code, _, err = run(capsys, "export-sheet", str(sid), "-o", str(out), "--schedule", "Z",
                       "--db", str(db))
    assert code == 1 and "has no schedule 'Z'; its schedules are A, B1" in err
    code, _, err = run(capsys, "export-sheet", str(sid), "-o", str(tmp_path / "x.pdf"),
                       "--db", str(db))
    assert code == 1 and "ending in .csv or .xlsx" in err
    assert out.read_bytes() == b"the accountant's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "keep.xlsx"]
    assert "Traceback" not in err


@pytest.mark.parametrize("text, shown", [
    ("=1+1", "'=1+1"), ("+1 555 1234", "'+1 555 1234"), ("+15551234", "+15551234"),
    ("-2+3", "'-2+3"), ("@A1", "'@A1"),
    ("\tx", "'\tx"), ("\r=1", "'\r=1"), ("-12.50", "-12.50"), ("+7", "+7"),
    ("Okafor", "Okafor"), ("", ""),
])
def test_neutralised(text: str, shown: str) -> None:
    assert neutralised(text) == shown


def test_a_write_stopped_half_way_leaves_the_earlier_file(
        demo: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopped after some rows (the window's Stop, a full disk): the file that was there
    is as it was, and no partial file is left beside it."""
    from calaccess_desktop.services import sheet_export

    db, sid = demo
    out = tmp_path / "books.xlsx"
    out.write_bytes(b"last month's export")
    monkeypatch.setattr(sheet_export, "PROGRESS_EVERY", 5)

    def stop(done: int, _total: int, _words: str) -> None:
        if done >= 10:
            raise KeyboardInterrupt

    store = Store.open(db, create=False)
    try:
        with pytest.raises(KeyboardInterrupt):
            sheet_export.export_sheet(store, sid, out, progress=stop)
    finally:
        store.close()
    assert out.read_bytes() == b"last month's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["books.xlsx", "demo.sqlite"]
    from openpyxl.worksheet._writer import ALL_TEMP_FILES  # openpyxl's own scratch files

    assert not [p for p in ALL_TEMP_FILES if Path(p).exists()]
