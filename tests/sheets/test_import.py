"""A messy spreadsheet of real Schedule A rows: the preview's problems are exactly the broken
rows, the good rows import with the right totals, a second import changes nothing, the
same data as XLSX gives the same result, and one undo takes the whole import back."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import UndoEntry
from calaccess_desktop.services import sheets, undo
from calaccess_desktop.services.sheets.importing import BadRows, import_preview
from calaccess_desktop.services.store import Store
from tests.sheets.conftest import Books
from tests.sheets.messy import Messy, build, write_csv, write_xlsx


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def schedule_a_total(capsys: pytest.CaptureFixture[str], books: Books) -> Decimal:
    code, out, _ = cli(capsys, "summary", str(books.statement), "--json", "--db", str(books.db))
    assert code == 0
    return Decimal(json.loads(out)["lines"]["1"]["a"])


def preview_of(books: Books, path: Path) -> sheets.Preview:
    store = Store.open(books.db)
    try:
        with store.read() as session:
            return sheets.prepare(session, books.statement, sheets.read_sheet(path))
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_preview_names_exactly_the_broken_rows(books: Books, tmp_path: Path,
                                                   kind: str) -> None:
    messy = build(kind)
    path = (write_csv(messy, tmp_path / "gifts.csv") if kind == "csv"
            else write_xlsx(messy, tmp_path / "gifts.xlsx"))
    before = books.counts()
    preview = preview_of(books, path)
    assert {p.row for p in preview.problems()} == messy.broken
    assert len(preview.problems()) == len(messy.broken)  # one problem each, as broken
    assert preview.count("new") == messy.good
    assert preview.table.header_row == 3  # under the title row and a blank line
    assert books.counts() == before  # a preview writes nothing


def _import(books: Books, path: Path, capsys: pytest.CaptureFixture[str],
            *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "import-sheet", str(path), "--statement", str(books.statement),
               "--db", str(books.db), *extra)


def test_good_rows_import_with_the_right_schedule_a_total_and_again_add_nothing(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = build()
    path = write_csv(messy, tmp_path / "gifts.csv")
    code, out, _ = _import(books, path, capsys, "--skip-bad")
    assert code == 0, out
    assert f"imported {messy.good} row(s)" in out
    assert schedule_a_total(capsys, books) == messy.total
    counts = books.counts()
    rejected = (tmp_path / "gifts.csv.rejected.csv").read_text(encoding="utf-8-sig")
    assert len(rejected.strip().splitlines()) == 1 + len(messy.broken)
    code, out, _ = _import(books, path, capsys, "--skip-bad")
    assert code == 0
    assert "nothing new was found" in out
    assert books.counts() == counts
    assert schedule_a_total(capsys, books) == messy.total


def test_the_same_data_as_xlsx_gives_the_same_result(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.sheets.conftest import make_books

    messy_csv, messy_xlsx = build("csv"), build("xlsx")
    results = []
    for name, path in (("a", write_csv(messy_csv, tmp_path / "gifts.csv")),
                       ("b", write_xlsx(messy_xlsx, tmp_path / "gifts.xlsx"))):
        books = make_books(tmp_path / f"{name}.sqlite")
        code, _out, _ = _import(books, path, capsys, "--skip-bad")
        assert code == 0
        code, out, _ = cli(capsys, "export", str(books.statement), "-o",
                           str(tmp_path / f"{name}.cal"), "--db", str(books.db))
        assert code == 0
        lines = (tmp_path / f"{name}.cal").read_bytes().split(b"\r\n")
        results.append((schedule_a_total(capsys, books),
                        [ln for ln in lines if ln.startswith(b"RCPT")]))
    assert results[0] == results[1]
    assert results[0][0] == messy_csv.total
    assert len(results[0][1]) >= 1


def test_the_xlsx_of_rows_imported_from_csv_adds_nothing(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(books, write_csv(build(), tmp_path / "g.csv"), capsys, "--skip-bad")[0] == 0
    counts = books.counts()
    code, out, _ = _import(books, write_xlsx(build("xlsx"), tmp_path / "g.xlsx"), capsys,
                           "--skip-bad")
    assert code == 0 and "nothing new was found" in out
    assert books.counts() == counts


def test_overlapping_rows_add_only_the_new_ones(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = build()
    good = [r for n, r in enumerate(messy.rows[3:], start=4) if r and n not in messy.broken]
    first = Messy(messy.rows[:3] + good[:12])
    later = Messy(messy.rows[:3] + good[6:])
    p1 = write_csv(first, tmp_path / "jan.csv")
    p2 = write_csv(later, tmp_path / "jun.csv")
    n1 = preview_of(books, p1).count("new")
    assert _import(books, p1, capsys, "--skip-bad")[0] == 0
    preview = preview_of(books, p2)
    assert preview.count("already") == 6  # rows 7-12 of the first export
    assert _import(books, p2, capsys, "--skip-bad")[0] == 0
    store = Store.open(books.db)
    try:
        with store.read() as session:
            again = sheets.prepare(session, books.statement, sheets.read_sheet(p1))
    finally:
        store.close()
    assert again.count("new") == 0 and again.count("already") == n1


def test_one_undo_takes_back_the_whole_import(books: Books, tmp_path: Path) -> None:
    path = write_csv(build(), tmp_path / "gifts.csv")
    before = books.counts()
    store = Store.open(books.db)
    try:
        with store.read() as session:
            preview = sheets.prepare(session, books.statement, sheets.read_sheet(path))
        result = sheets.run_import(store, preview, skip_bad=True)
        assert result.added == preview.count("new") > 0
        with store.read() as session:
            status = undo.undo_status(session)
        assert status.undo_label == result.label
        data = ("records", "contacts", "sheet_rows", "statements")
        imported = {t: books.counts()[t] for t in data}
        with store.transaction() as session:  # the undo entry keeps the new rows' ids
            entry = session.scalars(select(UndoEntry).order_by(UndoEntry.id.desc())).first()
            assert entry is not None and entry.label == result.label
            ops = entry.payload["ops"]
            assert {op["table"] for op in ops} >= {"records", "contacts"}
            assert all(op["after"] is None and op["inserted"] for op in ops)
            assert sum(len(op["inserted"]) for op in ops if op["table"] == "records") \
                == result.added
            undo.undo(session)
        assert {t: books.counts()[t] for t in data} == {t: before[t] for t in data}
        with store.transaction() as session:  # redo puts every row back, then undo again
            undo.redo(session)
        assert {t: books.counts()[t] for t in data} == imported
        assert preview_of(books, path).count("new") == 0
        with store.transaction() as session:
            undo.undo(session)
    finally:
        store.close()
    after = books.counts()
    for table in data:
        assert after[table] == before[table], table
    # undone rows can be imported again
    assert preview_of(books, path).count("already") == 0


def test_without_skip_bad_a_file_with_bad_rows_imports_nothing(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = build()
    path = write_csv(messy, tmp_path / "gifts.csv")
    before = books.counts()
    code, out, err = _import(books, path, capsys)
    assert code == 1
    assert books.counts() == before
    assert not (tmp_path / "gifts.csv.rejected.csv").exists()
    rows = {int(line.split(":row ")[1].split(":")[0]) for line in err.splitlines()
            if ":row " in line}
    assert rows == messy.broken
    store = Store.open(books.db)
    try:
        with store.read() as session:
            preview = sheets.prepare(session, books.statement, sheets.read_sheet(path))
        with pytest.raises(BadRows), store.transaction() as session:
            import_preview(session, preview)
    finally:
        store.close()
    assert books.counts() == before


def test_preview_prints_each_problem_then_the_count(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = build()
    path = write_csv(messy, tmp_path / "gifts.csv")
    before = books.counts()
    code, out, _ = _import(books, path, capsys, "--preview")
    assert code == 1  # rows with problems
    lines = out.splitlines()
    problems = [ln for ln in lines if ln.startswith(f"{path}:row ")]
    assert len(problems) == len(messy.broken)
    for line in problems:
        found = re.fullmatch(r"(.+):row (\d+): column (.+?): (.+)", line)
        assert found is not None and found[1] == str(path), line
        assert int(found[2]) in messy.broken
    assert "column Amount ($): 'abc' is not an amount of money" in out
    assert "column Date Received: '13/45/2001' is not a real calendar date" in out
    assert lines[-1].startswith(f"{messy.good} row(s) would be imported")
    assert books.counts() == before
    code, out, _ = _import(books, path, capsys, "--preview", "--json")
    doc = json.loads(out)
    assert {p["row"] for p in doc["problems"]} == messy.broken
    assert doc["new"] == messy.good


def test_fixing_a_cell_in_the_preview_makes_the_row_good(books: Books, tmp_path: Path) -> None:
    messy = build()
    preview = preview_of(books, write_csv(messy, tmp_path / "gifts.csv"))
    index = next(i for i, r in enumerate(preview.rows) if r.problems)
    row = preview.rows[index]
    column = preview.table.headers.index(row.problems[0].column)
    good = next(r for r in preview.rows if not r.problems)
    preview.fix(index, column, good.cells[column])
    assert preview.rows[index].status == "new"
    assert preview.count("problem") == len(messy.broken) - 1
    preview.skip(index)
    assert preview.rows[index].status == "skipped"


def test_stopping_an_import_leaves_the_data_file_as_it_was(books: Books,
                                                           tmp_path: Path) -> None:
    path = write_csv(build(), tmp_path / "gifts.csv")
    before = books.counts()

    class Stop(Exception):
        pass

    def progress(done: int, total: int, what: str) -> None:
        if what.startswith("Saving"):
            raise Stop

    store = Store.open(books.db)
    try:
        with store.read() as session:
            preview = sheets.prepare(session, books.statement, sheets.read_sheet(path))
        with pytest.raises(Stop):
            sheets.run_import(store, preview, skip_bad=True, progress=progress)
    finally:
        store.close()
    assert books.counts() == before


def test_a_backup_is_taken_before_an_import_but_not_for_nothing_new(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = books.db.parent / "backups"
    path = write_csv(build(), tmp_path / "gifts.csv")
    assert _import(books, path, capsys, "--preview")[0] == 1
    assert not folder.exists() or not any(folder.iterdir())  # a preview writes nothing
    assert _import(books, path, capsys, "--skip-bad")[0] == 0
    taken = sorted(folder.iterdir())
    assert taken and any("import" in p.name for p in taken)


def test_redo_brings_the_import_back_with_its_fingerprints(books: Books, tmp_path: Path) -> None:
    path = write_csv(build(), tmp_path / "gifts.csv")
    store = Store.open(books.db)
    try:
        with store.read() as session:
            preview = sheets.prepare(session, books.statement, sheets.read_sheet(path))
        result = sheets.run_import(store, preview, skip_bad=True)
        data = ("records", "contacts", "sheet_rows", "statements")
        imported = {t: books.counts()[t] for t in data}
        marks = books.fingerprints()
        assert len(marks) == len(set(marks)) == result.added > 0
        assert marks == sorted(r.fingerprint for r in preview.rows if r.status == "new")
        with store.transaction() as session:
            undo.undo(session)
        assert books.fingerprints() == []
        with store.transaction() as session:
            undo.redo(session)
    finally:
        store.close()
    assert books.fingerprints() == marks
    assert books.counts()["records"] == imported["records"]
    assert preview_of(books, path).count("new") == 0  # recognised again after redo
