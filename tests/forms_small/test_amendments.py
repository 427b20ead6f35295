"""An amendment of a filed Form 450, 425 or 461: numbered 001, explained on the cover,
the same entries under the same Tran_IDs, and no error it did not earn."""

from __future__ import annotations

import pytest

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement
from tests.forms_small.support import demo_statements, errors, exported

REASON = "Corrected the payee's street address."


@pytest.mark.parametrize("code", ["F450", "F425", "F461"])
def test_an_amendment_restates_the_filed_statement(store: Store, code: str) -> None:
    [sid, *_] = demo_statements(store, code, committee=0 if code == "F461" else None)
    _data, original = exported(store, sid)
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        stmt.status, stmt.filing_id, stmt.locked = "filed", "2601234", True
    with store.transaction() as s:
        amendment = editing.amend_statement(s, sid, REASON)
    _data, cal = exported(store, amendment)
    assert cal.cover is not None and cal.cover.get("Report_Num") == "001"
    assert cal.cover.get("AmendExp_1") == REASON
    assert [r.get("Tran_ID") for r in cal.records if r.rec_type == "EXPN"] == \
        [r.get("Tran_ID") for r in original.records if r.rec_type == "EXPN"]
    with store.read() as s:
        assert errors(validate_statement(s, amendment)) == []
