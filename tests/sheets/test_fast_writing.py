"""The import's fast write paths give what the plain ones give: ``insert_many`` stores the
rows ``insert_rows`` stores (raw sqlite3 compares both files), ``record_tuples`` is
``record_tuple`` of each record, and the command line built for one command parses as the
full one does (and imports no other command)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.db.bulk import VALUES_PER_INSERT, insert_many, insert_rows
from calaccess_desktop.db.orm import Record
from calaccess_desktop.services.record_rows import RECORD_COLUMNS, record_tuple, record_tuples
from calaccess_desktop.services.store import Store
from tests.sheets.conftest import make_books

RCPT = fields_for("RCPT", "A", cvr_form="F460")


def _rows(statement: int, n: int) -> list[tuple[Any, ...]]:
    """Records with repeated and distinct dates, flags, amounts, JSON with quotes and
    accents, None in nullable columns, and rows enough for several INSERT statements."""
    out = []
    for i in range(n):
        values = ["RCPT", "A", f"T{i}", "IND", f'Chén "{i % 7}"', "", "", "", "", "", "", "",
                  "", "", "", "", "X" if i % 5 == 0 else "", f"2026010{i % 9 + 1}"]
        out.append((statement, 100 + i, "RCPT", "A", f"T{i}" if i % 11 else None, "IND",
                    None if i % 13 == 0 else (i % 4) * 2500, dt.date(2026, 1, i % 28 + 1)
                    if i % 17 else None, i % 3 == 0, "", "auto", values, None))
    return out


def _dump(db: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute('select * from records order by id').fetchall()
    finally:
        con.close()


def test_insert_many_stores_what_insert_rows_stores(tmp_path: Path) -> None:
    columns = (*RECORD_COLUMNS, "contact_id")
    width = len(columns) + 1  # and the version column's default
    n = 3 * (VALUES_PER_INSERT // width) + 7  # several statements, the last one short
    files = []
    for name, insert in (("plain", insert_rows), ("many", insert_many)):
        books = make_books(tmp_path / f"{name}.sqlite")
        store = Store.open(books.db)
        try:
            with store.transaction() as session:
                insert(session.connection(), Record.__table__, columns,
                       _rows(books.statement, n))
        finally:
            store.close()
        files.append(_dump(books.db))
    assert len(files[0]) == n
    assert files[0] == files[1]


def test_insert_many_of_nothing_writes_nothing(tmp_path: Path) -> None:
    books = make_books(tmp_path / "b.sqlite")
    store = Store.open(books.db)
    try:
        with store.transaction() as session:
            insert_many(session.connection(), Record.__table__,
                        (*RECORD_COLUMNS, "contact_id"), [])
    finally:
        store.close()
    assert _dump(books.db) == []


_value = st.one_of(st.sampled_from(["", "X", "x", "12.50", "-3", "1,000", "20260105",
                                    "2026013", "IND", "com", "T1"]), st.text(max_size=6))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_value, min_size=2, max_size=len(RCPT) + 3), min_size=1,
                max_size=12), st.integers(0, 10**6))
def test_record_tuples_is_record_tuple_of_each_record(records: list[list[str]],
                                                      seq: int) -> None:
    for values in records:
        values[0] = "RCPT"
    got = record_tuples(records, "F460", seq=seq, statement_id=4, itemize="auto", fields=RCPT)
    assert got == [record_tuple(v, "F460", seq=seq + i, statement_id=4, itemize="auto",
                                fields=RCPT) for i, v in enumerate(records)]


ARGVS = [
    ["import-sheet", "gifts.csv", "--statement", "3"],
    ["import-sheet", "g.xlsx", "--statement", "3", "--schedule", "E", "--skip-bad", "--json",
     "--map", "Gift=amount", "--db", "x.sqlite", "--user", "pat"],
    ["import-sheet", "g.csv", "--statement", "3", "--preview"],
]


def _parsed(argv: list[str], which: str) -> dict[str, Any]:
    from calaccess_desktop import cli

    parser = cli.build_parser() if which == "full" else cli._parser_for(argv)
    found = vars(parser.parse_args(argv))
    found["run"] = getattr(found["run"], "__qualname__", None)
    return found


def test_the_parser_of_one_command_parses_as_the_full_one() -> None:
    for argv in ARGVS:
        assert _parsed(argv, "one") == _parsed(argv, "full")


def test_starting_import_sheet_imports_no_other_command() -> None:
    code = ("import sys; from calaccess_desktop import cli; "
            "cli._parser_for(['import-sheet', 'f.csv', '--statement', '1']); "
            "print(sorted(m for m in sys.modules if m.startswith('calaccess_desktop.commands.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == str(["calaccess_desktop.commands.common",
                                       "calaccess_desktop.commands.import_sheet"])
