"""Find in the print preview: matches per page as pdftotext reads the same PDF, Next and
Previous (buttons, Enter, F3) wrapping across pages, highlights painted where the text
is at any zoom, page 1 only until every page is drawn, a newer search replacing a
running one, and a cleared field clearing the highlights."""

from __future__ import annotations

import io
import re
import subprocess
import threading
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage

from calaccess_desktop.services.printing import load_document
from calaccess_desktop.ui import pdf_find
from calaccess_desktop.ui.controllers import file_actions
from calaccess_desktop.ui.pdf_find import find_text
from calaccess_desktop.ui.pdf_raster import OpenedPdf, pdf_worker
from calaccess_desktop.ui.widgets.page_view import MARK, MARK_CURRENT
from tests.gui.test_print_preview import open_preview

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not file_actions.printing_available(),
                                                  reason="PDF printing not installed")]

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r'([^<]*)</word>')


def per_page(path: Path, pages: int, term: str) -> list[int]:
    """How often pdftotext reads ``term`` (any case) on each page."""
    return [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout.lower()
            .count(term.lower()) for p in range(1, pages + 1)]


def words(path: Path, page: int, start: str) -> list[tuple[float, float, float, float]]:
    """pdftotext's boxes (points, origin top-left) of the words on a page (0-based) that
    start with ``start``."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1),
                          str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(a), float(b), float(c), float(d)) for a, b, c, d, w in WORD.findall(out)
            if w.lower().startswith(start.lower())]


def search(qtbot, dialog, text):
    """Type ``text`` into the find field; wait for the search to finish."""
    bar = dialog.finder
    with qtbot.waitSignal(bar.finished, timeout=10000):
        bar.field.clear()
        qtbot.keyClicks(bar.field, text)
    assert bar.searched == text
    return bar


def marked(image: QImage, area: QRectF, colour: QColor | None = None) -> float:
    """The share of pixels in ``area`` that show paper coloured by the highlighter
    (``colour``, or either of its colours)."""
    r = area.toAlignedRect().intersected(image.rect())
    hits = total = 0
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            c = image.pixelColor(x, y)
            total += 1
            hits += any(abs(c.red() - m.red()) + abs(c.green() - m.green())
                        + abs(c.blue() - m.blue()) < 30
                        for m in ((colour,) if colour else (MARK, MARK_CURRENT)))
    return hits / max(total, 1)


def on_screen(view, page: int, box: tuple[float, float, float, float]) -> QRectF:
    """A pdftotext box (points from the top-left) where the page is drawn now."""
    shown = view.page_rect(page)
    w, h = view.sizes[page]
    sx, sy = shown.width() / w, shown.height() / h
    return QRectF(shown.x() + box[0] * sx, shown.y() + box[1] * sy,
                  (box[2] - box[0]) * sx, (box[3] - box[1]) * sy)


def test_finds_a_contributor_on_its_pages_and_moves_between_matches(qtbot, make_window,
                                                                    demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    assert dialog.data is not None and dialog.path.read_bytes() == dialog.data
    view, pages = dialog.view, dialog.pages

    # A contributor of Schedule A: on the pages where pdftotext reads it, any case.
    bar = search(qtbot, dialog, "OKAFOR")
    expected = per_page(dialog.path, pages, "okafor")
    assert sum(expected) >= 1
    assert [sum(m.page == p for m in bar.matches) for p in range(pages)] == expected
    assert expected[dialog.sections["A"] - 1] >= 1
    assert view.current_page() == bar.matches[0].page == dialog.sections["A"] - 1
    assert bar.count.text() == f"1 of {len(bar.matches)}"

    # The committee's name is on every page, several times on the cover.
    bar = search(qtbot, dialog, "lopez")
    expected = per_page(dialog.path, pages, "lopez")
    found = [sum(m.page == p for m in bar.matches) for p in range(pages)]
    assert found == expected and all(expected) and expected[0] > 1
    view.go_to(0)
    n = len(bar.matches)
    bar = search(qtbot, dialog, "Lopez")  # from the page shown: the first match
    assert bar.current == 0 and bar.count.text() == f"1 of {n}"

    bar.prev_match.click()  # before the first: the last, on the last page
    assert bar.count.text() == f"{n} of {n}" and view.current_page() == pages - 1
    assert dialog.page_label.text() == f"Page {pages} of {pages}"
    bar.next_match.click()  # after the last: the first
    assert bar.count.text() == f"1 of {n}" and view.current_page() == 0
    for _ in range(expected[0]):  # Enter: next, through page 1 to page 2
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == expected[0] and view.current_page() == 1
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == expected[0] - 1 and view.current_page() == 0
    assert dialog.isVisible()  # Enter did not press the dialog's default button

    # F3 / Shift+F3 anywhere in the dialog; Ctrl+F back into the field.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert bar.current == expected[0] and view.current_page() == 1
    qtbot.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == expected[0] - 1
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.field.hasFocus() and bar.field.selectedText() == "Lopez"

    # Absent text.
    bar = search(qtbot, dialog, "Zyzzyva")
    assert bar.count.text() == "No matches" and bar.matches == []
    assert not bar.next_match.isEnabled() and not bar.prev_match.isEnabled()
    assert all(view.highlight_rects(p) == [] for p in range(pages))


def test_highlights_land_on_the_text_at_any_zoom_and_go_when_cleared(qtbot, make_window,
                                                                     demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    dialog.resize(1100, 900)
    view = dialog.view
    bar = search(qtbot, dialog, "Okafor")
    match = bar.matches[bar.current]
    page = match.page
    [box] = words(dialog.path, page, "okafor")  # "Okafor," as pdftotext reads it
    assert page == view.current_page()

    for zoom in ("width", 2.0, 0.75):
        view.set_zoom(zoom)
        bar.next()  # the only match: back to it, scrolled into view at this zoom
        qtbot.waitUntil(lambda: view.image(page) is not None
                        and view.images[page][0] == round(view.scale(), 4), timeout=10000)
        word = on_screen(view, page, box)
        assert view.viewport().rect().contains(word.toAlignedRect())
        # The widget's own rectangle covers the word (less its comma) and not much more.
        [(rect, current)] = view.highlight_rects(page)
        assert current and rect.left() <= word.left() + 1
        assert word.right() - word.width() * 0.1 <= rect.right()  # all but the comma
        assert rect.right() < word.right() + 2  # not ", Grace"
        assert rect.top() < word.center().y() < rect.bottom()
        assert rect.height() < word.height() * 1.6
        # ...and the highlighter's colour is painted there, not beside it (", Grace").
        shot = view.viewport().grab().toImage()
        inside = word.adjusted(word.width() * 0.1, word.height() * 0.2, -word.width() * 0.2,
                               -word.height() * 0.2)
        beside = inside.translated(word.width() * 1.3, 0)
        assert marked(shot, inside) > 0.15, zoom
        assert marked(shot, beside) < 0.02, zoom

    # The current match stronger (orange) than the others on its page (yellow).
    view.go_to(0)
    bar = search(qtbot, dialog, "Lopez")
    qtbot.waitUntil(lambda: view.images.get(0, (0,))[0] == round(view.scale(), 4),
                    timeout=10000)
    marks = view.highlight_rects(0)
    assert [current for _r, current in marks] == [True] + [False] * (len(marks) - 1)
    shot = view.viewport().grab().toImage()
    shares = [(marked(shot, r, MARK_CURRENT), marked(shot, r, MARK)) for r, _c in marks[:2]]
    assert shares[0][0] > 0.3 and shares[0][1] < 0.05, shares
    assert shares[1][1] > 0.3 and shares[1][0] < 0.05, shares

    # Clearing the field clears the count and the highlights.
    bar.field.clear()
    assert bar.count.text() == "" and bar.matches == [] and view.highlight_rects(0) == []
    shot = view.viewport().grab().toImage()
    assert all(marked(shot, r) == 0 for r, _c in marks)


def test_page_one_alone_then_every_page(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    gate = threading.Event()
    window.ctx.ops.task("hold", lambda _t: gate.wait(10), cpu=True, dialog=False)
    dialog = open_preview(qtbot, window, sids[1])
    qtbot.waitUntil(lambda: dialog.loads == [1], timeout=10000)
    try:
        bar = search(qtbot, dialog, "Lopez")
        assert {m.page for m in bar.matches} == {0}  # only page 1 exists so far
        assert bar.count.text() == f"1 of {len(bar.matches)} on page 1"
        first = bar.matches[0]
        with qtbot.waitSignal(bar.finished, timeout=20000):
            gate.set()  # the whole file is drawn, shown, and searched again
    finally:
        gate.set()
    assert dialog.loads == [1, dialog.pages]
    expected = per_page(dialog.path, dialog.pages, "lopez")
    assert [sum(m.page == p for m in bar.matches) for p in range(dialog.pages)] == expected
    assert bar.matches[bar.current] == first  # still on the same match
    assert bar.count.text() == f"1 of {sum(expected)}"


def test_a_newer_search_replaces_one_still_running(qtbot, make_window, demo_ids,
                                                   monkeypatch):
    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    dialog = open_preview(qtbot, window, sids[1])
    qtbot.waitUntil(lambda: len(dialog.loads) == 2, timeout=20000)
    bar = search(qtbot, dialog, "Lopez")
    assert all(dialog.view.highlight_rects(p) for p in range(dialog.pages))
    searched: list[str] = []
    original = pdf_find.search_page

    def spy(pdf, index, text):
        searched.append(text)
        return original(pdf, index, text)

    monkeypatch.setattr(pdf_find, "search_page", spy)
    finished: list[tuple[str, int]] = []
    bar.finished.connect(lambda text, n: finished.append((text, n)))
    gate = threading.Event()
    pdf_worker().call(gate.wait, 10)  # PDFium is busy: the searches queue up
    try:
        bar.field.setText("Sacramento")
        bar.find_now()
        assert bar.count.text() == "Searching..."  # and the old text's marks are gone
        assert not any(dialog.view.highlight_rects(p) for p in range(dialog.pages))
        with qtbot.waitSignal(bar.finished, timeout=20000):
            bar.field.setText("Okafor")
            bar.find_now()
            gate.set()
    finally:
        gate.set()
    assert finished == [("Okafor", 1)]
    assert "Sacramento" not in searched and searched.count("Okafor") == dialog.pages
    assert bar.count.text() == "1 of 1" and bar.search is None
    page = bar.matches[0].page
    assert [p for p in range(dialog.pages) if dialog.view.highlight_rects(p)] == [page]


def test_escape_clears_the_field_before_closing(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    bar = search(qtbot, dialog, "Sacramento")
    assert bar.matches
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and bar.field.text() == "" and bar.matches == []
    assert bar.count.text() == ""


def test_matches_on_rotated_and_cropped_pages(store, demo_ids):
    """Rectangles are on the page as shown: rotation and crop box applied, as
    pdftotext -bbox -cropbox reads them."""
    _cid, sids = demo_ids
    source = PdfReader(io.BytesIO(load_document(store, sids[1]).render(max_pages=1)))
    writer = PdfWriter()
    for turn in (0, 90, 180, 270):
        writer.add_page(source.pages[0])
        writer.pages[-1].rotate(turn)
    writer.add_page(source.pages[0])
    writer.pages[-1].cropbox.lower_left = (20, 30)
    writer.pages[-1].cropbox.upper_right = (500, 760)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    doc = pdfium.PdfDocument(data)
    try:
        pdf = OpenedPdf(doc, [doc.get_page_size(i) for i in range(len(doc))], data)
        matches = find_text(pdf, "Lopez", range(len(doc)))
        for page in range(len(doc)):
            w, h = pdf.sizes[page]
            out = subprocess.run(["pdftotext", "-bbox", "-cropbox", "-f", str(page + 1),
                                  "-l", str(page + 1), "-", "-"], input=data,
                                 capture_output=True, check=True).stdout.decode()
            theirs = [tuple(map(float, box)) for *box, word in WORD.findall(out)
                      if word.lower().startswith("lopez")]
            ours = [((left + right) / 2, h - (bottom + top) / 2) for m in matches
                    if m.page == page for left, bottom, right, top in m.rects]
            assert len(theirs) >= 3 and len(ours) == len(theirs) + 2  # + 2 e-mail addresses
            for x0, y0, x1, y1 in theirs:  # each word as shown holds the centre of a match
                assert any(x0 < x < x1 and y0 < y < y1 for x, y in ours), (page, ours)
    finally:
        doc.close()
