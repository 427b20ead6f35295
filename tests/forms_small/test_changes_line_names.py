"""What an amendment of a Form 450 changes names the 450's own summary lines (its
``FormSpec.line_names``), on the command line and in the window's changes page, never
Form 460's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.f450.lines import LINES
from calaccess_desktop.forms.f460.labels import SUMMARY_LINES
from calaccess_desktop.services import editing
from calaccess_desktop.services.amendments import changes_since_filed
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.models.changes_model import line_rows
from tests.forms_small.support import demo_statements

pytestmark = pytest.mark.gui  # the changes page's model is a Qt model


def test_an_amended_450_names_its_own_summary_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    store = Store.open(db)
    try:
        [sid, *_] = demo_statements(store, "F450")
        with store.transaction() as s:
            stmt = s.get(Statement, sid)
            assert stmt is not None
            stmt.status, stmt.filing_id, stmt.locked = "filed", "2601234", True
        with store.transaction() as s:
            amendment = editing.amend_statement(s, sid, "Corrected a payment.")
            payment = s.scalars(select(Record.id).where(
                Record.statement_id == amendment, Record.rec_type == "EXPN")).first()
            assert payment is not None
            editing.update_transaction(s, payment, {"Amount": "999.00"})
        with store.read() as s:
            changes = changes_since_filed(s, amendment)
    finally:
        store.close()
    moved = {line for line, a0, a1, _b0, _b1 in changes.lines if a0 != a1}
    assert "4" in moved and LINES["4"] != SUMMARY_LINES["4"]
    rows = {r.key: r.label for r in line_rows(changes)}
    assert rows["4"] == LINES["4"]
    assert main(["changes", str(amendment), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    line4 = next(x for x in out.splitlines() if x.strip().startswith("4 "))
    assert LINES["4"] in line4 and SUMMARY_LINES["4"] not in line4
