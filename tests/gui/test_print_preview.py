"""Print preview without QtPdf: page 1 first (pypdfium2 into a QImage), the rest when the
full PDF is drawn, 'Go to' a schedule, stop and redraw, save, and print to a PDF printer."""

from __future__ import annotations

import subprocess
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from calaccess_desktop.services.printing import load_document
from calaccess_desktop.ui.controllers import file_actions
from calaccess_desktop.ui.controllers.print_job import PrintJob, setup_printer
from calaccess_desktop.ui.controllers.print_preview import show_print_preview
from calaccess_desktop.ui.pdf_raster import ink
from tests.gui.test_keyboard_access import unnamed_controls

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not file_actions.printing_available(),
                                                  reason="PDF printing not installed")]


def open_preview(qtbot, window, sid):
    window.show_statement(sid)
    qtbot.waitUntil(lambda: window.editor.statement_id == sid, timeout=20000)
    shown = []
    show_print_preview(window, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    return dialog


def pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_page_one_first_then_every_page_and_go_to_a_schedule(qtbot, make_window, demo_ids,
                                                            store, tmp_path):
    _cid, sids = demo_ids
    expected = load_document(store, sids[1])
    total, sections = expected.total_pages, expected.sections()
    assert total >= 5 and "A" in sections
    window = make_window(restore=False, synchronous=False)
    dialog = open_preview(qtbot, window, sids[1])
    view = dialog.view

    qtbot.waitUntil(lambda: view.image(0) is not None, timeout=10000)
    first = view.image(0)
    assert first.width() > 300 and ink(first) > first.sizeInBytes() // 100  # not blank
    assert dialog.page_label.text() == f"Page 1 of {total}"

    qtbot.waitUntil(lambda: len(dialog.loads) == 2, timeout=20000)
    assert dialog.loads == [1, total]  # page 1 alone first, then the whole file
    assert dialog.data is not None and dialog.print_button.isEnabled()
    assert len(PdfReader(dialog.path).pages) == total

    # "Go to": the schedule's first page, as the list offers it.
    index = next(i for i in range(dialog.jump.count())
                 if dialog.jump.itemText(i).startswith("Schedule A"))
    dialog.jump.setCurrentIndex(index)
    dialog.jump.activated.emit(index)
    page = sections["A"]
    assert dialog.page_label.text() == f"Page {page} of {total}"
    assert view.current_page() == page - 1 and dialog.prev_button.isEnabled()
    qtbot.waitUntil(lambda: view.image(page - 1) is not None, timeout=10000)
    shown = view.image(page - 1)
    assert ink(shown) > 0 and shown != first
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(dialog.path),
                           "-"], capture_output=True, text=True, check=True).stdout
    assert "SCHEDULE A" in text

    assert dialog.go_to_section("summary")
    assert dialog.page_label.text() == f"Page {sections['summary']} of {total}"
    assert dialog.jump.currentText().startswith("Summary page")

    copy = tmp_path / "copy.pdf"
    assert dialog.save_as(str(copy))
    assert copy.read_bytes() == dialog.data


def test_stop_drawing_keeps_page_one_and_draw_again(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    gate = threading.Event()
    # Hold the CPU worker so the full drawing is still waiting when Stop is pressed.
    window.ctx.ops.task("hold", lambda _t: gate.wait(10), cpu=True, dialog=False)
    dialog = open_preview(qtbot, window, sids[0])
    assert dialog.drawing and dialog.stop_button.isVisible()
    dialog.stop_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.drawing, timeout=10000)
    assert dialog.data is None and not dialog.print_button.isEnabled()
    assert "Stopped" in dialog.info.text() and dialog.again_button.isVisible()
    qtbot.waitUntil(lambda: dialog.view.image(0) is not None, timeout=10000)
    assert dialog.loads == [1]
    dialog.again_button.click()
    qtbot.waitUntil(lambda: len(dialog.loads) == 2, timeout=20000)
    assert dialog.print_button.isEnabled() and dialog.loads == [1, dialog.pages]


def test_print_on_a_pdf_printer_without_the_dialog(qtbot, make_window, demo_ids, tmp_path):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    assert dialog.data is not None and dialog.print_button.isEnabled()
    assert unnamed_controls(dialog) == []

    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    setup_printer(printer, dialog.view.sizes[0], dialog.title)
    job = dialog.print_to(printer, dpi=60)  # what Print... does after the dialog
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert job.printed == dialog.pages and not job.error
    assert dialog.info.text() == f"Sent {dialog.pages} pages to the printer."
    printed = PdfReader(target)
    assert len(printed.pages) == dialog.pages
    for page in printed.pages:  # letter paper, one page image each
        assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)
        assert page.images

    # A page range from the print dialog, printed by the blocking loop.
    ranged = pdf_printer(tmp_path / "range.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 3)
    assert PrintJob(dialog.data, ranged, dpi=40).run() == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_closing_the_preview_leaves_no_statement_on_disk(qtbot, make_window, demo_ids,
                                                         monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from calaccess_desktop import scratch

    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    assert dialog.data is not None and dialog.path.exists()
    assert dialog.path.parent.parent == scratch.scratch_root()
    folder = dialog.path.parent
    dialog.close()
    assert not folder.exists()

    # Opened in the system's PDF viewer: the file stays for the viewer until the app exits.
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = open_preview(qtbot, window, sids[1])
    dialog.open_external()
    assert opened == [str(dialog.path)]
    dialog.close()
    assert dialog.path.exists()
    scratch.discard_all()  # what happens at exit
    assert not dialog.path.exists()
