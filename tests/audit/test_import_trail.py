"""A .CAL import is in the audit trail (who imported which file), and the trail of each
entry it brought begins with it; once the data file has users it needs a login."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services.audit.report import entry_trail, statement_trail
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import LoginNeeded, accounts, login
from tests.audit.conftest import PASSWORDS, ROLES


def test_a_cal_import_is_in_the_trail(demo: Store, tmp_path: Path) -> None:
    cal = tmp_path / "pre-election.cal"
    cal.write_bytes(export_statement(demo, 2))
    other = Store.open(tmp_path / "office.sqlite")
    try:
        with other.transaction() as s:
            for name in ("Admin", "Lee"):
                accounts.add_user(s, name, ROLES[name], PASSWORDS[name])
        with pytest.raises(LoginNeeded):
            import_file(other, cal)
        with other.read() as s:
            assert s.query(Statement).count() == 0  # refused whole
        login(other, "Lee", PASSWORDS["Lee"])
        result = import_file(other, cal)
        with other.read() as s:
            lines = statement_trail(s, result.statement_id)
            tran = s.query(Record.tran_id).filter(
                Record.statement_id == result.statement_id,
                Record.rec_type == "RCPT").first()
            assert tran is not None
            first = entry_trail(s, result.statement_id, str(tran[0]))
    finally:
        other.close()
    assert [(line.who, line.kind) for line in lines] == [("Lee (treasurer)", "import")]
    assert lines[0].action.startswith("Imported pre-election.cal: ")
    assert first[0].action == lines[0].action  # the entry came with the import
