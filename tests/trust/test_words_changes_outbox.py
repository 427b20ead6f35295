"""``changes`` says what an amendment changes in plain words (which kind of entry, who it
is about, on which schedule, field labels and amounts as people write them), and
``outbox --log`` says what the server said in words, never its raw answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.cli import main
from calaccess_desktop.commands.outbox import server_said
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store

KIM = {"Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae", "Ctrib_Adr1": "1 A St",
       "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95814",
       "Rcpt_Date": "20260320", "Amount": "300.00"}


def _first(session, sid: int, rec_type: str, name: str) -> Record:
    return next(r for r in session.query(Record).filter(
        Record.statement_id == sid, Record.rec_type == rec_type).order_by(Record.id)
        if name in r.values)


@pytest.fixture
def amended(store: Store) -> int:
    """The demo's first statement filed, amended: one contribution changed, one added,
    one payment removed, and the election date put on the cover."""
    with store.transaction() as s:
        create_demo(s)
        s.get(Statement, 1).status = "filed"
    with store.transaction() as s:
        new = editing.amend_statement(s, 1, "Corrected a contribution")
    with store.transaction() as s:
        editing.update_transaction(s, _first(s, new, "RCPT", "Okafor").id,
                                   {"Amount": "400.00", "Ctrib_Emp": "City of Sacramento"})
        editing.delete_transaction(s, _first(s, new, "EXPN", "Capitol Print & Mail").id)
        editing.add_transaction(s, new, "RCPT", "A", KIM)
        stmt = s.get(Statement, new)
        cover = list(stmt.cover)
        cover[[f.name for f in fields_for("CVR", "F460")].index("Elect_Date")] = "20261103"
        stmt.cover = cover
    store.close()
    return new


def test_the_changes_say_what_and_who_in_plain_words(
        amended: int, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", str(amended), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    lines = [line.strip() for line in out.splitlines()]
    changed = next(t for t in lines if t.startswith("- changed"))
    assert changed.startswith("- changed a contribution from Okafor, Grace on Schedule A (CD1-")
    assert "Contributor's employer Sutter Health -> City of Sacramento" in changed
    assert "Amount $250.00 -> $400.00" in changed
    assert any(t.startswith("- added a contribution from Kim, Jae on Schedule A (CD1-") and
               t.endswith("Amount $300.00, Date received 03/20/2026") for t in lines), out
    assert any(t.startswith("- removed a payment to Capitol Print & Mail on Schedule E")
               for t in lines), out
    assert any("(blank) -> 11/03/2026" in t for t in lines), out
    for code in ("RCPT", "EXPN", "Ctrib_", "Elect_Date", "Amount 250.00"):
        assert code not in out, code  # no record codes, field names or CAL amounts
    assert "$4,450.00 -> $4,900.00" in out  # summary line 1, column A


@pytest.mark.parametrize(("answer", "said"), [
    ('{"error": "overloaded", "message": "try again later"}', "try again later"),
    ('{"status": "accepted", "summary": "Filing accepted, but with warnings", '
     '"filing_id": "CA-9000001", "messages": [{"level": "warning"}]}',
     "Filing accepted, but with warnings; filing ID CA-9000001; 1 message (below"),
    ('{"error": "bad_request"}', "error: bad_request"),
    ("<html>\x1b[31mProxy error\x07</html>", "<html> [31mProxy error </html>"),
    ('["a", "list"]', '["a", "list"]'),
    ("{}", "(an answer with nothing to show)"),
])
def test_what_the_server_said_is_words_not_json(answer: str, said: str) -> None:
    text = server_said(answer)
    assert text.startswith(said), text
    assert all(c.isprintable() for c in text)
    assert len(server_said("x" * 10_000)) < 400
