"""Importing a committee's own Form 410 into an empty data file fills the new
committee's profile (address, officers, bank) the way the app keeps it, so the profile
dialog and the next 410 start from what was filed (``FormSpec.profile_from_import``)."""

from __future__ import annotations

from pathlib import Path

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.forms.f410.from_profile import CVR_FROM_PROFILE
from calaccess_desktop.services.store import Store


def _profile(db: Path, form: str) -> tuple[dict[str, str], int]:
    store = Store.open(db)
    try:
        with store.read() as s:
            stmt = s.query(Statement).filter(Statement.form_type == form).order_by(
                Statement.id).first()
            assert stmt is not None
            committee = s.get(Committee, stmt.committee_id)
            assert committee is not None
            return dict(committee.profile), stmt.id
    finally:
        store.close()


def test_an_imported_410_fills_the_new_committees_profile(tmp_path: Path) -> None:
    second = tmp_path / "b.sqlite"
    assert main(["demo", "--all-forms", "--db", str(tmp_path / "all.sqlite")]) == 0
    original, sid = _profile(tmp_path / "all.sqlite", "F410")
    out = tmp_path / "f410.cal"
    assert main(["export", str(sid), "-o", str(out), "--db", str(tmp_path / "all.sqlite")]) == 0
    Store.open(second).close()
    assert main(["import", str(out), "--db", str(second)]) == 0
    made, _ = _profile(second, "F410")
    carried = [key for key in CVR_FROM_PROFILE.values() if original.get(key)]
    assert len(carried) >= 5
    assert {k: made.get(k) for k in carried} == {k: original[k] for k in carried}
