"""A part's list in the editor and its name in the print preview come from the form's
spec (``Part.columns``, ``Part.title``): every column names fields of the part's own
layout, a part without columns gets them from its layout, and the window shows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.forms.registry import all_forms, form, spec_for
from calaccess_desktop.services.demo_forms import create_all_forms
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.schedule_rows import columns_for, layout_columns
from calaccess_desktop.services.store import Store

PARTS = [(f.code, p.key) for f in all_forms() for p in f.parts]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict]]:
    path = tmp_path_factory.mktemp("columns") / "demo.sqlite"
    store = Store.open(path)
    try:
        with store.transaction() as session:
            made = create_all_forms(session).statements
    finally:
        store.close()
    yield path, made


@pytest.mark.parametrize(("code", "key"), PARTS)
def test_every_column_shows_fields_of_its_part(code: str, key: str) -> None:
    part = spec_for(code).part(key)
    assert part is not None
    names = {f.name for f in fields_for(part.rec_type, part.form_type)}
    columns = columns_for(part.rec_type, part.form_type, code)
    assert columns and all(c.title for c in columns)
    for column in columns:
        assert set(column.fields) <= names, (code, key, column)
    if part.columns:
        assert columns == part.columns


def test_the_late_reports_give_their_own_columns() -> None:
    """Form 496 and 497 parts list what a treasurer looks for, from their spec."""
    p2 = form("F496").part("P2")  # type: ignore[union-attr]
    titles = [c.title for c in columns_for("S496", "F496")]
    assert p2 is not None and titles == [c.title for c in p2.columns]
    assert {"Date made", "Description", "Amount"} <= set(titles)
    made = [c.title for c in columns_for("S497", "F497P2", "F497")]
    assert "Recipient" in made and "Candidate or measure" in made


def test_a_part_without_columns_gets_them_from_its_layout() -> None:
    """The 465's filing officers (CVR2) show the officer's title and city, not only
    the transaction ID."""
    cols = layout_columns("CVR2", "F465", "F465")
    assert [c.fields for c in cols] == [("Title",), ("Mail_City",), ("Tran_ID",)]
    assert cols[0].title == "Filing officer's title"
    expn = [c.kind for c in layout_columns("EXPN", "F465P3", "F465")]
    assert expn[:3] == ["date", "name", "money"]


def test_print_preview_names_every_section(demo: tuple[Path, dict]) -> None:
    """'Go to' names each printed part by the form's own title, never 'Part X'."""
    from calaccess_desktop.ui.controllers.print_preview import section_name

    path, made = demo
    store = Store.open(path)
    try:
        for code in ("F460", "F496", "F465", "F450", "F497"):
            doc = load_document(store, made[code][0])
            spec = spec_for(f"F{doc.info.form_number}")
            assert spec.code == code
            for key in doc.sections():
                name = section_name(key, spec)
                assert not name.startswith("Part " + key), (code, key, name)
                part = spec.part(key)
                if part is not None:
                    assert name == part.title
    finally:
        store.close()


@pytest.mark.gui
def test_the_editor_shows_the_specs_columns(demo: tuple[Path, dict], qtbot,
                                            tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings, Qt

    from calaccess_desktop.ui.main_window import MainWindow

    path, made = demo
    store = Store.open(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    try:
        window.show()
        for code, key in (("F496", "P2"), ("F496", "P3"), ("F465", "P5")):
            window.show_statement(made[code][0])
            assert window.editor.select_tab(key)
            model = window.editor.schedule_tabs[key].model
            qtbot.waitUntil(lambda m=model: m.index_ is not None, timeout=5000)
            part = spec_for(code).part(key)
            assert part is not None
            heads = [model.headerData(i, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.DisplayRole)
                     for i in range(model.columnCount())]
            want = columns_for(part.rec_type, part.form_type, code)
            assert heads == [c.title for c in want], (code, key)
            assert model.rowCount() > 0
            first = [model.data(model.index(0, i), Qt.ItemDataRole.DisplayRole)
                     for i in range(model.columnCount())]
            assert sum(1 for v in first if v) >= 3, (code, key, first)
    finally:
        window.ctx.ops.shutdown()
        store.close()
