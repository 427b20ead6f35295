"""Form 450 Part 5 per election: a contribution made to a candidate gives its amount per
election to date (SPLT records under the Part 5 line, CAL errata 2.01), entered on its own
page of the editor, exported, read back and printed in Part 5's "per election to date"
column, on a real data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.forms.f450.demo import PER_ELECTION
from calaccess_desktop.forms.f450.entry import GROUPS
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import editing
from calaccess_desktop.services.editing import FieldProblems
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from tests.forms_small.support import demo_statements, exported, pdf_text, png_pages


def _parent(store: Store, sid: int) -> str:
    with store.read() as s:
        snap = build_snapshot(s, sid)
    (line,) = [r for r in snap.records if r.rec_type == "EXPN" and r.get("Expn_Code") == "CTB"]
    return line.tran_id


def test_the_part_and_its_entry_fields() -> None:
    spec = form("F450")
    assert spec is not None
    part = spec.part("P5E")
    assert part is not None and (part.rec_type, part.form_type) == ("SPLT", "F450P5")
    names = [n for _title, fields, _more in GROUPS[("SPLT", "F450P5")] for n in fields]
    assert names == ["Ptran_Id", "Elec_Code", "Elec_Date", "Elec_Amount"]


def test_per_election_amounts_export_read_back_and_print(store: Store, tmp_path: Path) -> None:
    [sid] = demo_statements(store, "F450")
    parent = _parent(store, sid)
    code, day, amount = PER_ELECTION["Kaur for Assembly 2026"]
    data, cal = exported(store, sid)
    (split,) = [r for r in cal.records if r.rec_type == "SPLT"]
    assert (split.get("Pform_Type"), split.get("Ptran_Id"), split.get("Elec_Code"),
            split.get("Elec_Date"), split.get("Elec_Amount")) == (
        "F450P5", parent, code, day, amount)
    kinds = [(r.rec_type, r.form_type) for r in cal.records]
    assert kinds.index(("EXPN", "F450P5")) < kinds.index(("SPLT", "F450P5"))
    assert f"SPLT,F450P5,{parent},{day},{amount},{code}".encode() in data
    # a second election's amount for the same contribution, typed as the window does
    with store.transaction() as s:
        editing.add_transaction(s, sid, "SPLT", "F450P5", {
            "Ptran_Id": parent, "Elec_Code": "P", "Elec_Date": "20260602",
            "Elec_Amount": "60.00"})
        with pytest.raises(FieldProblems):
            editing.add_transaction(s, sid, "SPLT", "F450P5", {
                "Ptran_Id": parent, "Elec_Code": "G", "Elec_Date": "2026-11-3",
                "Elec_Amount": "ten dollars"})
    pdf, pages = png_pages(store, sid, tmp_path)
    assert pages
    words = pdf_text(pdf, tmp_path)
    assert "PER ELECTION" in words
    assert "G 11/03/2026" in words and "P 06/02/2026" in words
    assert "100.00" in words and "60.00" in words
