"""Every registered form, end to end, picked up from the registry (a form added later is
tested here without a line changed): its demo statements are built in a real data file,
exported and read back field for field (and re-imported byte for byte), checked (no error
they did not earn), printed (a real PDF, every page rendered with pdftoppm), and opened
in the editor (real widgets, offscreen) with one page per part of the form."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.snapshot import SnapRecord
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import all_forms, spec_for
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.services.demo_forms import create_all_forms
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement

FORMS = all_forms()
CODES = [f.code for f in FORMS]


@dataclass(frozen=True)
class Demo:
    """The data file holding every form's demo statements."""

    path: Path
    statements: dict[str, list[int]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """``demo --all-forms`` into a real SQLite file, once for the module."""
    path = tmp_path_factory.mktemp("every_form") / "demo.sqlite"
    store = Store.open(path)
    try:
        with store.transaction() as session:
            made = create_all_forms(session)
    finally:
        store.close()
    yield Demo(path, made.statements)


@pytest.fixture
def demo_store(demo: Demo) -> Iterator[Store]:
    """The demo data file, opened."""
    store = Store.open(demo.path)
    yield store
    store.close()


def _padded(values: tuple[str, ...] | list[str], n: int) -> tuple[str, ...]:
    return tuple(values) + ("",) * (n - len(values))


def _filed(records: tuple[SnapRecord, ...]) -> list[SnapRecord]:
    return [r for r in records if r.itemized and not r.lump]


def _in_layout(code: str, records: list[SnapRecord]) -> list[SnapRecord]:
    """The records the form's CAL layout has a place for: a cover record it has none
    for (a 497's or 496's signature, kept as CVR3 for the check and the printout) is
    not written."""
    from calaccess_desktop.cal.layouts import form_components

    kinds = {rt for rt, _ft in form_components(code)}
    return [r for r in records if r.rec_type in kinds
            or r.rec_type not in ("CVR2", "CVR3", "F495")]


def _signers(records: tuple[SnapRecord, ...]) -> list[str]:
    return sorted(r.get("Entity_Cd") for r in records
                  if r.rec_type == "CVR3" and r.get("Sig_NamL") and r.get("Sig_Date"))


def test_every_form_is_registered_whole() -> None:
    """Each form says what it is, has a record order (or no CAL layout), parts of record
    types its CAL layout has (receipts may be only counted, as on the 450), a place in
    the order for each part, demo data, and it prints."""
    from calaccess_desktop.cal.layouts import form_components

    assert len(set(CODES)) == len(CODES)
    for spec in FORMS:
        assert spec.code.startswith("F") and spec.title and spec.short_name, spec.code
        assert spec.registered and spec_for(spec.code) is spec
        assert spec.printer is not None, f"{spec.code} cannot be printed"
        assert spec.demo is not None or spec.code == "F460", f"{spec.code} has no demo data"
        if not spec.has_cal_layout:
            continue
        assert spec.record_order, spec.code
        kinds = {rt for rt, _ft in form_components(spec.code)}
        assert {p.rec_type for p in spec.parts} <= kinds | {"RCPT"}, spec.code
        for part in spec.parts:  # (a part may hold entries that are only counted: 450 A)
            assert spec.order_rank(part.rec_type, part.form_type) < len(spec.record_order)


@pytest.mark.parametrize("code", CODES)
def test_demo_statements_exist(code: str, demo: Demo) -> None:
    assert demo.statements.get(code), f"no demo statement of {code}"


@pytest.mark.parametrize("code", CODES)
def test_export_reads_back_field_for_field(code: str, demo: Demo, demo_store: Store,
                                           tmp_path: Path) -> None:
    """The .CAL file holds the statement's cover and every filed record, value for value,
    in the form's record order; importing it and exporting again gives the same bytes."""
    spec = spec_for(code)
    for sid in demo.statements.get(code, []):
        if not spec.has_cal_layout:
            with pytest.raises(UserError, match=spec.short_name):
                export_statement(demo_store, sid)
            continue
        data = export_statement(demo_store, sid)
        cal = read_cal(data, f"{code}.cal")
        assert not cal.errors, cal.errors
        assert cal.form_type == code
        with demo_store.read() as session:
            snap = build_snapshot(session, sid)
        assert cal.cover is not None
        width = len(cal.cover.fields)
        got = dict(zip((f.name for f in cal.cover.fields), cal.cover.values, strict=False))
        want = dict(zip((f.name for f in snap.cover.fields),
                        _padded(snap.cover.values, width), strict=False))
        got.pop("Rpt_Date"), want.pop("Rpt_Date")  # a draft gets today's date when written
        assert got == want, code
        filed = _in_layout(code, _filed(snap.records))
        assert [_padded(r.values, len(r.fields)) for r in cal.records] == \
            [_padded(r.values, len(r.fields)) for r in filed], code
        ranks = [spec.order_rank(r.rec_type, r.form_type) for r in cal.records]
        assert ranks == sorted(ranks), f"{code}: records out of the form's order"
        path = tmp_path / f"{code}-{sid}.cal"
        path.write_bytes(data)
        other = Store.open(tmp_path / f"{code}-{sid}.sqlite")
        try:
            again = export_statement(other, import_file(other, path).statement_id)
        finally:
            other.close()
        assert again == data, f"{code}: re-imported statement {sid} exports differently"


@pytest.mark.parametrize("code", CODES)
def test_demo_statements_are_signed(code: str, demo: Demo, demo_store: Store) -> None:
    """Each demo statement carries the verification its form asks for: the candidate
    on a 470, none on a 501 (signed on paper), else the treasurer, assistant treasurer
    or responsible officer (497 and 496 too), and the candidate as well on a
    candidate-controlled committee's 460."""
    spec = spec_for(code)
    with demo_store.read() as session:
        for sid in demo.statements.get(code, []):
            snap = build_snapshot(session, sid)
            signed = _signers(snap.records)
            if spec.signers is not None:
                assert signed == sorted(spec.signers), (code, sid, signed)
            else:
                assert {"TRE", "ATR", "OFF"} & set(signed), (code, sid, signed)
            if code == "F460" and snap.committee.committee_type == "C":
                assert "CAO" in signed, (code, sid, signed)


@pytest.mark.parametrize("code", CODES)
def test_demo_statements_have_no_error(code: str, demo: Demo, demo_store: Store) -> None:
    """The check finds nothing that blocks filing in the demo data (nothing unearned)."""
    with demo_store.read() as session:
        for sid in demo.statements.get(code, []):
            errors = [(f.rule_id, f.message) for f in validate_statement(session, sid)
                      if f.severity == "error"]
            assert errors == [], (code, sid, errors)


@pytest.mark.parametrize("code", CODES)
def test_every_page_prints(code: str, demo: Demo, demo_store: Store, tmp_path: Path) -> None:
    """A real PDF: pdftoppm renders as many pages as the document counts, none blank."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is needed to render the printed pages")
    from PIL import Image

    sid = demo.statements[code][0]
    doc = load_document(demo_store, sid)
    pdf = doc.render()
    assert pdf.startswith(b"%PDF") and doc.total_pages >= 1
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "page")],
                   check=True, timeout=120)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == doc.total_pages
    for page in pages:
        with Image.open(page) as img:
            low, _high = img.convert("L").getextrema()
        assert low < 128, f"{code}: {page.name} is blank"


def _expected_keys(spec: FormSpec, amendment: bool) -> list[str]:
    keys = ["cover", *(["summary"] if spec.summarize is not None else []),
            *(p.key for p in spec.parts)]
    return keys + (["changes"] if amendment else [])


@pytest.mark.gui
@pytest.mark.parametrize("code", CODES)
def test_the_editor_opens_with_a_page_per_part(code: str, demo: Demo, qtbot,
                                               tmp_path: Path) -> None:
    """The window shows the statement: the cover, the summary when the form has one,
    and each part with as many entries as the statement holds."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from calaccess_desktop.ui.main_window import MainWindow

    spec = spec_for(code)
    sid = demo.statements[code][0]
    store = Store.open(demo.path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_statement(sid)
        editor = window.editor
        assert editor.statement_id == sid
        with store.read() as session:
            stmt = session.get(Statement, sid)
            assert stmt is not None
            amendment = stmt.amends_statement_id is not None
            snap = build_snapshot(session, sid)
        assert editor.keys == _expected_keys(spec, amendment)
        assert spec.short_name in editor.title.text()
        for part in spec.parts:
            assert editor.select_tab(part.key)
            tab = editor.schedule_tabs[part.key]
            qtbot.waitUntil(lambda t=tab: t.model.index_ is not None, timeout=5000)
            stored = [r for r in snap.records if r.record_id
                      and (r.rec_type, r.form_type) == (part.rec_type, part.form_type)]
            assert tab.model.rowCount() == len(stored), (code, part.key)
        if spec.summarize is not None:
            assert editor.select_tab("summary") and editor.summary is not None
            qtbot.waitUntil(lambda: editor.summary is not None
                            and editor.summary.model.rowCount() > 0, timeout=5000)
    finally:
        window.ctx.ops.shutdown()
        store.close()


@pytest.mark.gui
def test_the_cover_page_shows_who_signs_each_form(demo: Demo, qtbot, tmp_path: Path) -> None:
    """Form 470 is signed by the candidate, Form 501 not on a CAL verification at all, a
    460 of a controlled committee by both; a 461 has no statement type; a 496 names the
    candidate or measure it is about."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from calaccess_desktop.ui.controllers.report_subject import SubjectBox
    from calaccess_desktop.ui.main_window import MainWindow

    store = Store.open(demo.path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    seen = {}
    try:
        window.show()
        for code in ("F460", "F470", "F501", "F461", "F496"):
            window.show_statement(demo.statements[code][0])
            cover = window.editor.cover
            assert cover is not None
            seen[code] = (cover.verification.isVisibleTo(cover),
                          cover.candidate.isVisibleTo(cover),
                          cover.type_editor.isVisibleTo(cover),
                          bool(cover.findChildren(SubjectBox)))
    finally:
        window.ctx.ops.shutdown()
        store.close()
    assert seen["F460"][:3] == (True, True, True)  # the demo 460 is a candidate's committee
    assert seen["F470"][:2] == (False, True)
    assert seen["F501"][:2] == (False, False)
    assert seen["F461"][2] is False
    assert seen["F496"][3] is True
