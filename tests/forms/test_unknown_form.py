"""A .CAL file of a form nobody registered (Form 498, slate mailer late payments) still
imports, lists, opens with a page per record kind its layout has, and exports the same
bytes; printing it says plainly that it is not supported."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.forms.registry import form, spec_for
from calaccess_desktop.pdf.document import UnsupportedForm
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.statement_list import list_statement_items
from calaccess_desktop.services.store import Store

FORM = "F498"


def _file(tmp_path: Path) -> Path:
    cover = CalRecord(["CVR", FORM])
    for name, value in {"Filer_ID": "1499001", "Entity_Cd": "SMO",
                        "Filer_NamL": "Valley Slate Mailers", "Report_Num": "000",
                        "Rpt_Date": "20261020", "Rpt_ID_Num": "000001",
                        "Filer_Adr1": "1 Main Street", "Filer_City": "Fresno",
                        "Filer_ST": "CA", "Filer_ZIP4": "93721"}.items():
        if cover.has_field(name):
            cover.set(name, value)
    pay = CalRecord(["S498", "F498-R"], cvr_form=FORM)
    for name, value in {"Tran_ID": "P1", "Entity_Cd": "COM", "Payor_NamL": "Yes on 12",
                        "Payor_City": "Fresno", "Payor_ST": "CA", "Payor_ZIP4": "93721",
                        "Date_Rcvd": "20261018", "Amt_Rcvd": "2500.00"}.items():
        pay.set(name, value)
    path = tmp_path / "f498.cal"
    path.write_bytes(write_cal(cover, [pay]))
    return path


def test_an_unregistered_form_imports_lists_and_exports(store: Store, tmp_path: Path) -> None:
    assert form(FORM) is None  # nobody registered it: the layouts' stand-in serves
    spec = spec_for(FORM)
    assert not spec.registered and spec.short_name == "Form 498"
    assert [(p.rec_type, p.form_type) for p in spec.parts] == [("S498", "F498-R"),
                                                                ("S498", "F498-A")]
    path = _file(tmp_path)
    result = import_file(store, path)
    with store.read() as session:
        items = list_statement_items(session, result.committee_id)
    assert [i.title.split(",")[0] for i in items] == ["Form 498"]
    assert export_statement(store, result.statement_id) == path.read_bytes()
    with pytest.raises(UnsupportedForm, match="Form 498"):
        load_document(store, result.statement_id)


@pytest.mark.gui
def test_an_unregistered_form_opens_in_the_editor(qtbot, db_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from calaccess_desktop.ui.main_window import MainWindow

    store = Store.open(db_path)
    sid = import_file(store, _file(tmp_path)).statement_id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_statement(sid)
        assert window.editor.keys == ["cover", "F498-R", "F498-A"]  # no summary page
        assert window.editor.select_tab("F498-R")
        tab = window.editor.schedule_tabs["F498-R"]
        qtbot.waitUntil(lambda: tab.model.index_ is not None, timeout=5000)
        assert tab.model.rowCount() == 1
    finally:
        window.ctx.ops.shutdown()
        store.close()
