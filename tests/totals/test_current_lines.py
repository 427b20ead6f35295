"""The stored summary lines (``stored.current_lines``) are the computed summary's lines
for every statement of the demo, after an edit and its undo, and None for a statement
whose lines are still as filed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services import editing, undo
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.totals.stored import current_lines
from tests.history.support import f460
from tests.support.calfiles import rcpt


def _all_agree(store: Store) -> int:
    checked = 0
    with store.read() as s:
        for stmt in s.scalars(select(Statement)):
            if spec_for(stmt.form_type).smry_records is None:
                continue
            assert current_lines(s, stmt.id, stmt.form_type) == summary_of(s, stmt.id).lines
            checked += 1
    return checked


def test_stored_lines_are_the_summary_lines(store: Store) -> None:
    with store.transaction() as s:
        _cid, ids = create_demo(s)
    assert _all_agree(store) >= 2
    with store.transaction() as s:
        editing.add_transaction(s, ids[1], "RCPT", "A", {
            "Ctrib_NamL": "Quill", "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260810",
            "Amount": "175.00"})
    assert _all_agree(store) >= 2
    with store.transaction() as s:
        assert undo.undo(s) is not None
    assert _all_agree(store) >= 2


def test_lines_as_filed_are_not_current(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "filed.cal"
    data, lines = f460("20260101", "20260630", [rcpt("A1", "150.00")], beginning_cash=500)
    path.write_bytes(data)
    sid = import_file(store, path).statement_id
    with store.read() as s:
        assert current_lines(s, sid, "F460") is None
        filed = current_lines(s, sid, "F460", as_filed_too=True)
        assert filed is not None and filed["16"][0] == lines["16"]
        assert filed["1"] == (lines["1"], lines["B1"]) and filed["12"] == (500, None)
        with s.begin_nested():
            from calaccess_desktop.services.summaries import refresh_smry

            refresh_smry(s, sid)  # computed: the filed figures, now current
            assert current_lines(s, sid, "F460") == summary_of(s, sid).lines
            assert summary_of(s, sid).a("16") == lines["16"]
