"""Odd but readable Form 410 and 470 files (a field blanked, dates at the calendar's ends)
import, print and check without a traceback; a damaged Form 501 cover prints blank."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.engine import validate


def _line(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(values)
    return buf.getvalue()


def _variants(data: bytes) -> list[bytes]:
    lines = data.decode().split("\r\n")
    cover = next(csv.reader([lines[1]]))
    cal = read_cal(data, "x.cal")
    assert cal.cover is not None
    out = []
    for i, spec in enumerate(cal.cover.fields):
        if i >= len(cover) or spec.level == "Rx" or not cover[i]:
            continue
        changed = list(cover)
        changed[i] = ""
        out.append(changed)
        if spec.kind == "date":
            for day in ("00010101", "99991231"):
                dated = list(cover)
                dated[i] = day
                out.append(dated)
    return ["\r\n".join([lines[0], _line(v), *lines[2:]]).encode() for v in out]


@pytest.mark.parametrize("code", ["F410", "F470"])
def test_odd_covers_import_print_and_check(code: str, reg_demo: dict, db_path: Path,
                                           tmp_path: Path) -> None:
    store = Store.open(db_path)
    try:
        variants = _variants(export_statement(store, reg_demo[code]))
        assert len(variants) >= 10
        for n, data in enumerate(variants):
            path = tmp_path / f"{code}-{n}.cal"
            path.write_bytes(data)
            result = import_file(store, path)
            assert load_document(store, result.statement_id).render().startswith(b"%PDF")
            with store.read() as s:
                validate(build_snapshot(s, result.statement_id), rules=rule_set())
    finally:
        store.close()


def test_a_damaged_501_cover_still_prints_and_checks(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        with store.transaction() as s:
            s.get(Statement, reg_demo["F501"]).cover = ["CVR", "F501", "{not json"]
        assert load_document(store, reg_demo["F501"]).render().startswith(b"%PDF")
        with store.read() as s:
            found = {f.rule_id for f in validate(build_snapshot(s, reg_demo["F501"]),
                                                 rules=rule_set())}
        assert {"F501-P1-001", "F501-P3-001"} <= found  # said, not crashed
    finally:
        store.close()
