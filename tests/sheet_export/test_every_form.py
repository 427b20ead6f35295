"""Every statement of ``demo --all-forms`` (each registered form) exports in both formats:
a workbook with all transactions and a sheet per schedule that has entries, and a CSV
file with all transactions, the same rows in both."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from sqlalchemy import select

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.demo_forms import create_all_forms
from calaccess_desktop.services.schedule_rows import schedule_counts
from calaccess_desktop.services.sheet_export import TRANSACTIONS, export_sheet
from calaccess_desktop.services.store import Store


def test_every_form_exports(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        create_all_forms(s)
    with store.read() as s:
        statements = [(sid, form, schedule_counts(s, sid)) for sid, form in
                      s.execute(select(Statement.id, Statement.form_type))]
    assert len({form for _sid, form, _n in statements}) >= 9
    for sid, form, counts in statements:
        book = export_sheet(store, sid, tmp_path / f"{sid}.xlsx")
        flat = export_sheet(store, sid, tmp_path / f"{sid}.csv")
        transactions = sum(n for (rt, _ft), n in counts.items() if rt in TRANSACTIONS)
        assert book.rows == flat.rows == transactions, form
        parts = [p for p in spec_for(form).parts if counts.get((p.rec_type, p.form_type))]
        names = openpyxl.load_workbook(tmp_path / f"{sid}.xlsx").sheetnames
        assert names[0] == "All transactions" and names[-1] == "About this export"
        assert len(names) == len(parts) + 2 == len(set(names)), (form, names)
        with (tmp_path / f"{sid}.csv").open(encoding="utf-8-sig", newline="") as fh:
            assert len(list(csv.DictReader(fh))) == transactions
