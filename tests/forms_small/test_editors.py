"""The editor opens each of Forms 450, 425 and 461 in the main window (real widgets,
offscreen) with its own pages; the summary page shows the form's own lines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from calaccess_desktop.db.orm import Record  # noqa: E402
from calaccess_desktop.domain.money import parse_cal_amount  # noqa: E402
from calaccess_desktop.forms.f450.demo import PAYMENTS, SMALL  # noqa: E402
from calaccess_desktop.forms.f461.demo import FIRST  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.formatting import money  # noqa: E402
from calaccess_desktop.ui.main_window import MainWindow  # noqa: E402
from tests.forms_small.support import demo_statements  # noqa: E402

pytestmark = pytest.mark.gui


WindowFor = Callable[[str], MainWindow]


@pytest.fixture
def window_for(qtbot, db_path: Path, tmp_path: Path) -> Iterator[WindowFor]:
    """Open a main window on a data file holding the form's demo statement, showing it."""
    opened: list[tuple[MainWindow, Store]] = []

    def open_form(code: str) -> MainWindow:
        store = Store.open(db_path)
        sid = demo_statements(store, code, committee=0 if code == "F461" else None)[0]
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(store, synchronous=True, settings=settings, restore=False)
        qtbot.addWidget(win)
        opened.append((win, store))
        win.resize(1440, 900)
        win.show()
        win.show_statement(sid)
        assert win.editor.statement_id == sid
        return win

    yield open_form
    for win, store in opened:
        win.ctx.ops.shutdown()
        store.close()


def _pages(win: MainWindow) -> list[str]:
    return [win.editor.pages.item(i).text() for i in range(win.editor.pages.count())]


def _summary_text(win: MainWindow) -> str:
    assert win.editor.select_tab("summary") and win.editor.summary is not None
    model = win.editor.summary.model
    return " ".join(str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                    for c in range(model.columnCount()))


def test_form_450_opens_with_its_parts_and_summary(window_for: WindowFor) -> None:
    win = window_for("F450")
    pages = _pages(win)
    assert pages[:2] == ["Cover page", "Summary page"]
    assert set(win.editor.schedule_tabs) == {"A", "C", "I", "P5", "P5E", "495"}
    assert "(10)" in pages[2]  # ten small contributions, counted but never itemized
    text = _summary_text(win)
    ending = sum(parse_cal_amount(a) for *_n, a in SMALL) + 318 - sum(
        parse_cal_amount(p[4]) for p in PAYMENTS)  # 318: the bank interest
    assert "ENDING CASH BALANCE" in text and money(ending) in text
    assert win.editor.select_tab("P5") and win.editor.schedule_tabs["P5"].isVisible()


def test_form_425_opens_with_the_cover_only(window_for: WindowFor) -> None:
    win = window_for("F425")
    assert _pages(win) == ["Cover page"]
    assert win.editor.schedule_tabs == {} and win.editor.summary is None


def test_form_461_opens_with_part_5_and_its_summary(window_for: WindowFor) -> None:
    win = window_for("F461")
    assert set(win.editor.schedule_tabs) == {"P5"}
    assert "(3)" in _pages(win)[-1]  # three entries in Part 5
    text = _summary_text(win)
    given = sum(parse_cal_amount(row[2]) for row in FIRST)
    assert "calendar year" in text and money(given) in text


def _type(qtbot, form, values: dict[str, str]) -> None:
    for name, text in values.items():
        widget = form.editors[name].input
        widget.setFocus()
        if hasattr(widget, "clear"):
            widget.clear()
        qtbot.keyClicks(widget, text)


def test_a_part_5_payment_typed_in_the_450_updates_its_summary(qtbot,
                                                              window_for: WindowFor) -> None:
    win = window_for("F450")
    before = _summary_text(win)
    assert win.editor.select_tab("P5")
    tab = win.editor.schedule_tabs["P5"]
    if tab.model.index_ is None:
        tab.load()
    rows = tab.model.rowCount()
    form = tab.form
    form.new_entry()
    _type(qtbot, form, {"Payee_NamL": "Capitol Park Rentals", "Payee_Adr1": "10 L Street",
                        "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": "95814",
                        "Expn_Date": "05/30/2026", "Amount": "80.25",
                        "Expn_Dscr": "Tables and chairs for the clean-up day"})
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows + 1, timeout=5000)
    after = _summary_text(win)
    paid = sum(parse_cal_amount(p[4]) for p in PAYMENTS) + 8_025
    ending = sum(parse_cal_amount(a) for *_n, a in SMALL) + 318 - paid  # 318: bank interest
    assert money(paid) in after and money(paid) not in before  # line 4 and line 10
    assert money(ending) in after


def test_a_450_per_election_amount_typed_on_its_own_page(qtbot, window_for: WindowFor,
                                                         tmp_path: Path) -> None:
    win = window_for("F450")
    assert "Per election (1)" in _pages(win)
    assert win.editor.select_tab("P5E")
    tab = win.editor.schedule_tabs["P5E"]
    if tab.model.index_ is None:
        tab.load()
    assert tab.model.rowCount() == 1
    form = tab.form
    form.new_entry()
    assert set(form.editors) >= {"Ptran_Id", "Elec_Code", "Elec_Date", "Elec_Amount"}
    parent = win.ctx.store  # the Part 5 contribution's Tran_ID, as the page lists it
    with parent.read() as s:
        tid = s.query(Record.tran_id).filter(Record.form_type == "F450P5",
                                             Record.rec_type == "EXPN",
                                             Record.tran_id.is_not(None)).all()[-1][0]
    _type(qtbot, form, {"Ptran_Id": tid, "Elec_Date": "06/02/2026", "Elec_Amount": "40.00"})
    code = form.editors["Elec_Code"].input  # a choice of primary, general, special, runoff
    assert {"P", "G", "S", "R"} <= {code.itemData(i) for i in range(code.count())}
    code.setCurrentIndex(code.findData("P"))
    qtbot.keyClick(form.editors["Elec_Amount"].input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    win.grab().save(str(tmp_path / "f450-per-election.png"))
    with parent.read() as s:
        saved = s.query(Record.values).filter(Record.rec_type == "SPLT").all()
    assert ["SPLT", "F450P5", tid, "20260602", "40.00", "P"] in [list(v[0]) for v in saved]
