"""Saving a candidate's profile keeps a draft Form 501 (its own fields) and refreshes the
rest from the profile."""

from __future__ import annotations

from pathlib import Path

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.profile_fields import load_profile, save_profile
from calaccess_desktop.services.store import Store


def test_profile_save_keeps_the_501_and_updates_it(reg_demo: dict, db_path: Path) -> None:
    from calaccess_desktop.forms.f501 import fields

    store = Store.open(db_path)
    try:
        cid = reg_demo["committees"].candidate  # type: ignore[attr-defined]
        with store.transaction() as s:
            values = load_profile(s, cid)
            save_profile(s, cid, {**values, "Cand_Adr1": "77 Land Park Drive"})
        with store.read() as s:
            stmt = s.get(Statement, reg_demo["F501"])
            assert stmt is not None
            kept = fields.read(stmt.cover)
        assert kept["Cand_Adr1"] == "77 Land Park Drive"  # from the profile
        assert kept["Sig_Date"] == "20260210"  # the statement's own, kept
    finally:
        store.close()
