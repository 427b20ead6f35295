"""Pagination: rows spill onto continuation pages, the page count is known up front and
exact, the summary block moves to its own page when it does not fit, long text wraps."""

from __future__ import annotations

import io
import re
import threading

import pytest
from pypdf import PdfReader

from calaccess_desktop import pdf
from calaccess_desktop.domain.money import format_display
from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.forms.f460.summary import compute
from calaccess_desktop.pdf import frame
from calaccess_desktop.pdf.sections import TablePart
from calaccess_desktop.services import printing
from tests.pdf.conftest import contributor, page_count, page_texts, record, snapshot, title_of

COVER_PAGES = 3  # cover, cover part 2, summary page


def donors_on(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"Donor(\d{3})", page)]


def rows_per_page() -> int:
    """Rows of the test's uniform 3-line contributions that fill one Schedule A page."""
    doc = printing.prepare(snapshot(tuple(contributor(n) for n in range(1, 80))))
    part = next(p for p in doc.parts if isinstance(p, TablePart) and p.section.key == "A")
    return part.pages[0].rows[1]


def test_rows_spill_onto_continuation_pages_with_exact_page_count() -> None:
    per_page = rows_per_page()
    n = 2 * per_page + 5
    snap = snapshot(tuple(contributor(k) for k in range(1, n + 1)))
    doc = printing.prepare(snap)
    data = doc.render()
    pages = page_texts(data)
    a_pages = [p for p in pages if title_of(p) == "SCHEDULE A"]
    assert doc.total_pages == page_count(data) == len(pages) == COVER_PAGES + 3
    assert len(a_pages) == 3
    assert [len(donors_on(p)) for p in a_pages] == [per_page, per_page, 5]
    assert sum((donors_on(p) for p in a_pages), []) == list(range(1, n + 1))  # in order, once
    for k, text in enumerate(pages, start=1):
        assert f"Page {k} of {doc.total_pages}" in text
    assert "Schedule A Summary" in a_pages[-1] and "Schedule A Summary" not in a_pages[0]
    # each page's subtotal is the sum of its own rows
    for text in a_pages:
        cents = sum((100 + d) * 100 + 25 for d in donors_on(text))
        assert f"SUBTOTAL $ {format_display(cents)}" in re.sub(r"\s+", " ", text)


def test_a_full_page_sends_the_summary_block_to_its_own_page() -> None:
    per_page = rows_per_page()
    doc = printing.prepare(snapshot(tuple(contributor(k) for k in range(1, per_page + 1))))
    pages = page_texts(doc.render())
    a_pages = [p for p in pages if title_of(p) == "SCHEDULE A"]
    assert len(pages) == COVER_PAGES + 2
    assert len(donors_on(a_pages[0])) == per_page and "Schedule A Summary" not in a_pages[0]
    assert donors_on(a_pages[1]) == [] and "Schedule A Summary" in a_pages[1]


def test_long_names_and_employers_wrap_without_losing_words() -> None:
    name = "Committee to Preserve and Protect the Historic Riverfront Neighborhoods of " \
           "Sacramento County Sponsored by Friends of the Parkway"
    employer = "California Department of Forestry and Fire Protection, Northern Region Office"
    rec = contributor(1, Ctrib_NamL=name, Ctrib_NamF="", Ctrib_Emp=employer)
    pages = page_texts(printing.render(snapshot((rec, contributor(2)))))
    a_page = next(p for p in pages if title_of(p) == "SCHEDULE A")
    words = re.findall(r"\S+", a_page)
    for word in (name + " " + employer).replace(",", "").split():
        assert word in (w.strip(",") for w in words), word
    assert "101.25" in a_page and "102.25" in a_page


def test_memo_entries_are_marked_and_left_out_of_subtotals() -> None:
    memo = contributor(1, Memo_Code="X", Memo_RefNo="M1")
    snap = snapshot((memo, contributor(2)))
    pages = page_texts(printing.render(snap, compute(snap)))
    a_page = next(p for p in pages if title_of(p) == "SCHEDULE A")
    assert "MEMO ENTRY (not in totals)" in a_page and "See memo M1" in a_page
    assert "SUBTOTAL $ 102.25" in re.sub(r"\s+", " ", a_page)


def test_first_page_alone_is_fast_path_and_already_numbered() -> None:
    doc = printing.prepare(snapshot(tuple(contributor(k) for k in range(1, 60))))
    first = doc.render(max_pages=1)
    assert page_count(first) == 1
    assert f"Page 1 of {doc.total_pages}" in page_texts(first)[0]
    assert doc.total_pages > 4


def test_progress_and_cancel() -> None:
    doc = printing.prepare(snapshot(tuple(contributor(k) for k in range(1, 60))))
    seen: list[tuple[int, int]] = []
    doc.render(progress=lambda done, total: seen.append((done, total)))
    assert seen == [(k, doc.total_pages) for k in range(1, doc.total_pages + 1)]
    stop = threading.Event()

    def cancel_after_two(done: int, total: int) -> None:
        if done == 2:
            stop.set()

    with pytest.raises(pdf.RenderCancelled):
        doc.render(progress=cancel_after_two, cancel=stop)


def test_letter_size_and_only_embedded_fonts() -> None:
    reader = PdfReader(io.BytesIO(printing.render(snapshot((contributor(1),)))))
    fonts = set()
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == (frame.PAGE_W, frame.PAGE_H) == (612, 792)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # TrueType, embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans-Bold", "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}


def test_every_schedule_layout_fills_the_page_width() -> None:
    for sec in lay.SECTIONS:
        assert sum(col.width for col in sec.columns) == pytest.approx(frame.WIDTH), sec.key


def test_unsupported_forms_are_refused_plainly() -> None:
    snap = snapshot((contributor(1),))
    import dataclasses

    with pytest.raises(pdf.UnsupportedForm, match="Form 498"):
        printing.prepare(dataclasses.replace(snap, form_type="F498"))


def test_per_election_amounts_come_from_the_rows_split_records() -> None:
    split = record("SPLT", "", {"Pform_Type": "A", "Ptran_Id": "T1", "Elec_Date": "20260602",
                                "Elec_Amount": "1500.00", "Elec_Code": "P"}, 99)
    pages = page_texts(printing.render(snapshot((contributor(1), contributor(2), split))))
    a_page = next(p for p in pages if title_of(p) == "SCHEDULE A")
    lines = a_page.splitlines()
    at = next(i for i, t in enumerate(lines) if "Donor001" in t)
    assert lines[at].rstrip().endswith("P 06/02/2026")
    assert lines[at + 1].rstrip().endswith("1,500.00")
    assert "P 06/02/2026" not in "\n".join(t for t in lines if "Donor002" in t)
