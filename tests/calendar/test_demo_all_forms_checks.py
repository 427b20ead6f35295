"""Every statement ``demo --all-forms`` makes checks without an error it did not earn, and
every CAL form among them exports and reads back (Form 501, which has no CAL layout, is
refused in words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.demo_forms import create_all_forms
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement


@pytest.fixture(scope="module")
def all_forms_store(tmp_path_factory: pytest.TempPathFactory):
    store = Store.open(tmp_path_factory.mktemp("all") / "all.sqlite")
    with store.transaction() as session:
        create_all_forms(session)
    yield store
    store.close()


def _statements(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        return [(s.id, s.form_type) for s in session.scalars(select(Statement))]


def test_no_error_it_did_not_earn(all_forms_store: Store) -> None:
    errors = []
    with all_forms_store.read() as session:
        for sid, form in _statements(all_forms_store):
            errors += [(sid, form, f.rule_id, f.message) for f in
                       validate_statement(session, sid) if f.severity == "error"]
    assert errors == []


def test_every_cal_form_exports_and_reads_back(all_forms_store: Store, tmp_path: Path) -> None:
    statements = _statements(all_forms_store)
    assert len({form for _sid, form in statements}) >= 10
    for sid, form in statements:
        if not spec_for(form).has_cal_layout:
            with pytest.raises(UserError):
                export_statement(all_forms_store, sid)
            continue
        data = export_statement(all_forms_store, sid)
        cal = read_cal(data, f"{sid}.cal")
        assert not cal.errors, (sid, form, cal.errors[:3])
        assert cal.cover is not None and cal.form_type == form
        # read back: imported into another data file, it exports the same records
        path = tmp_path / f"{sid}.cal"
        path.write_bytes(data)
        again = Store.open(tmp_path / f"again-{sid}.sqlite")
        try:
            result = import_file(again, path)
            back = export_statement(again, result.statement_id)
        finally:
            again.close()
        assert _records(back) == _records(data), (sid, form)


def _records(data: bytes) -> list[str]:
    """The file's lines after the header (the header names the file's software and date)."""
    return data.decode("latin-1").splitlines()[1:]
