"""Odd but readable Forms 497, 496 and 465 (any one field of the cover or of one record
of each kind left blank, a date at the ends of the calendar) import, print and check
without a traceback; a file the reader refuses is refused in words."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement
from tests.forms_late.test_late_forms import _demo


def _variants(records: list[CalRecord]) -> list[tuple[str, list[list[str]]]]:
    """(what was changed, file rows): one field blanked or pushed to an extreme in the
    cover and in the first record of each kind."""
    rows = [list(r.values) + [""] * (len(r.fields) - len(r.values)) for r in records]
    firsts: dict[tuple[str, str], int] = {}
    for i, r in enumerate(records):
        firsts.setdefault((r.rec_type, r.form_type), i)
    out = []
    for i in firsts.values():
        rec = records[i]
        for pos, spec in enumerate(rec.fields):
            if pos < 2 or spec.name in ("Tran_ID", "Line_Item"):
                continue
            choices = [""] + (["00010101", "99991231"] if spec.kind == "date" else []) + (
                ["0.00", "-1.00"] if spec.kind == "amount" else [])
            for value in choices:
                if rows[i][pos] == value:
                    continue
                changed = [list(r) for r in rows]
                changed[i][pos] = value
                out.append((f"{rec.rec_type} {rec.form_type} {spec.name}={value!r}", changed))
    return out


@pytest.mark.parametrize("code", ["F497", "F496", "F465"])
def test_odd_files_import_print_and_check_without_a_traceback(code: str, store: Store,
                                                              tmp_path: Path) -> None:
    data = export_statement(store, _demo(store, code))
    cal = read_cal(data, "demo.cal")
    assert cal.header is not None and cal.cover is not None
    variants = _variants([cal.header, cal.cover, *cal.records])
    assert len(variants) > 40
    imported = 0
    for i, (what, rows) in enumerate(variants):
        path = tmp_path / f"{code}-{i}.cal"
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, lineterminator="\r\n").writerows(rows)
        try:
            sid = import_file(store, path).statement_id
        except UserError as refused:
            assert str(refused).strip(), what
            continue
        imported += 1
        assert load_document(store, sid).render().startswith(b"%PDF"), what
        with store.read() as s:
            assert all(f.message for f in validate_statement(s, sid)), what
    assert imported > len(variants) // 2
