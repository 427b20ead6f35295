"""A statement's page has room for 999,999 entries (places ``seq`` of one block): an
import that would run past it is refused in words, before anything is written, instead
of spilling its entries into the next schedule's places (a 1,000,000-row file did)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.summaries import SEQ_BLOCK
from tests.sheets.conftest import Books
from tests.sheets.test_import import cli

ROWS = "".join(f'"Chen, Amy{chr(97 + i)}",03/0{i + 1}/2001,$50.00,12 Oak St,Sacramento,CA,'
               "95814\n" for i in range(5))


def test_an_import_past_the_end_of_its_page_is_refused(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rank = spec_for("F460").order_rank("RCPT", "A")
    end = (rank + 1) * SEQ_BLOCK
    con = sqlite3.connect(books.db)  # the page nearly full: its last entry 3 places from the end
    try:
        con.execute(
            "insert into records (statement_id, seq, rec_type, form_type, tran_id, entity_cd, "
            "amount_cents, tran_date, memo, bakref_tid, itemize, \"values\", version) values "
            "(?, ?, 'RCPT', 'A', 'FULL-1', 'IND', 100, '2001-01-02', 0, '', 'auto', "
            "'[\"RCPT\",\"A\",\"FULL-1\",\"IND\",\"Full\"]', 1)", (books.statement, end - 3))
        con.commit()
    finally:
        con.close()
    sheet = tmp_path / "five.csv"
    sheet.write_text("Name,Date,Amount,Address,City,State,Zip\n" + ROWS)
    before = books.counts()
    code, out, err = cli(capsys, "import-sheet", str(sheet), "--statement",
                         str(books.statement), "--db", str(books.db))
    assert code == 1, out + err
    assert "room for 2 more" in err and "5 were to be added" in err, err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert books.counts() == before
    con = sqlite3.connect(books.db)
    try:
        spilled = con.execute("select count(*) from records where seq >= ?", (end,)).fetchone()
    finally:
        con.close()
    assert spilled == (0,)
