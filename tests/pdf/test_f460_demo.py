"""The demo Form 460 printed: every page identifies the statement, and every summary line
and itemized row shows the store's amount, to the cent."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from calaccess_desktop.domain.money import format_display
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.forms.f460.labels import SUMMARY_LINES
from calaccess_desktop.forms.f460.schedules import SCHEDULES
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.pdf import frame
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize
from tests.pdf.conftest import page_count, page_texts, title_of

TITLES = {sec.key: sec.title for sec in lay.SECTIONS}
# Money fields printed on the first line of a row, per schedule, in column order.
ROW_AMOUNTS = {
    "A": ("Amount", "Cum_YTD"), "B1": ("Loan_Amt4", "Loan_Amt1", "Loan_Amt5", "Loan_Amt2"),
    "B2": ("Loan_Amt1", "Loan_Amt3", "Loan_Amt2"), "C": ("Amount", "Cum_YTD"),
    "D": ("Amount", "Cum_YTD"), "E": ("Amount",), "F": ("Beg_Bal", "Amt_Incur", "Amt_Paid",
                                                         "End_Bal"),
    "G": ("Amount",), "H": ("Loan_Amt4", "Loan_Amt1", "Loan_Amt2", "Loan_Amt8"),
    "I": ("Amount",),
}
NAME_FIELDS = ("Ctrib_NamL", "Payee_NamL", "Lndr_NamL")


def schedule_pages(pages: list[str], key: str) -> list[str]:
    """The pages of one schedule."""
    return [p for p in pages if title_of(p) == TITLES[key]]


def name_of(rec: SnapRecord) -> str:
    return next(rec.get(f) for f in NAME_FIELDS if rec.get(f))


class Printed(NamedTuple):
    snap: StatementSnapshot
    summary: Summary
    data: bytes
    pages: list[str]


@pytest.fixture
def printed(demo: tuple[Store, list[int]]) -> Printed:
    """The first demo statement, printed."""
    store, ids = demo
    with store.read() as session:
        snap, summary = summarize(session, ids[0])
    data = load_document(store, ids[0]).render()
    return Printed(snap, summary, data, page_texts(data))


def test_every_page_names_committee_period_and_page_number(printed: Printed) -> None:
    snap, _summary, data, pages = printed
    total = page_count(data)
    assert len(pages) == total == 13
    for n, text in enumerate(pages, start=1):
        assert "Maria Lopez for City Council 2026" in text, n
        assert "1449876" in text, n
        assert "01/01/2026" in text and "06/30/2026" in text, n
        assert f"Page {n} of {total}" in text, n


def test_page_order_cover_summary_then_schedules_a_to_i(printed: Printed) -> None:
    titles = [title_of(p) for p in printed.pages]
    assert titles[:3] == ["COVER PAGE", "COVER PAGE - PART 2", "SUMMARY PAGE"]
    assert titles[3:] == [TITLES[k] for k in ("A", "B1", "B2", "C", "D", "E", "F", "G", "H",
                                              "I")]


def test_summary_page_shows_every_line_in_both_columns(printed: Printed) -> None:
    _snap, summary, data, pages = printed
    number = next(i for i, p in enumerate(pages, start=1) if "SUMMARY PAGE" in p)
    split = frame.X0 + 312
    left = page_texts(data, page=number, crop=(0, 0, split, 792))[0]
    right = page_texts(data, page=number, crop=(split, 0, 612 - split, 792))[0]
    for line, (a, b) in summary.lines.items():
        text = left if b is not None else right
        name = SUMMARY_LINES[line]
        found = [t for t in text.splitlines() if re.match(rf"\s*{line}\.\s", t)]
        assert len(found) == 1, (line, found)
        assert name.lower() in found[0].lower()
        amounts = re.findall(r"\$\s+(-?[\d,]+\.\d\d)", found[0])
        expected = [format_display(a)] + ([format_display(b)] if b is not None else [])
        assert amounts == expected, (line, found[0])


def test_every_itemized_row_and_its_amounts_are_printed(printed: Printed) -> None:
    snap, _summary, _data, pages = printed
    for key, (rec_type, form_type) in SCHEDULES.items():
        rows = [r for r in snap.schedule(rec_type, form_type) if r.itemized and not r.lump]
        text = "\n".join(schedule_pages(pages, key))
        assert rows and text, key
        for rec in rows:
            lines = [t for t in text.splitlines() if name_of(rec) in t
                     and format_display(rec.cents(ROW_AMOUNTS[key][0])) in t]
            assert lines, (key, name_of(rec))
            shown = re.findall(r"-?\d[\d,]*\.\d\d", lines[0])
            wanted = [format_display(rec.cents(f)) for f in ROW_AMOUNTS[key] if rec.get(f)]
            rest = iter(shown)
            assert all(w in rest for w in wanted), (key, lines[0])  # in column order


def test_unitemized_contributions_are_only_in_the_summary_block(printed: Printed) -> None:
    snap, summary, _data, pages = printed
    text = "\n".join(schedule_pages(pages, "A"))
    for rec in snap.schedule("RCPT", "A"):
        if not rec.itemized:
            assert rec.get("Ctrib_NamL") not in text
    assert summary.schedules["A"]["2"] == 7500


@pytest.mark.parametrize("key", ["A", "B1", "C", "D", "E", "F", "H", "I"])
def test_schedule_summary_block_matches_the_computed_summary(printed: Printed, key: str) -> None:
    _snap, summary, _data, pages = printed
    last = schedule_pages(pages, key)[-1]
    section = next(s for s in lay.SECTIONS if s.key == key)
    block = last.split(section.summary_title, 1)[1]
    amounts = re.findall(r"\$\s+(-?[\d,]+\.\d\d)", block)
    expected = [format_display(summary.schedules[key][line.source[1]])
                for line in section.summary]
    assert amounts[: len(expected)] == expected


def test_page_subtotals_add_up_to_schedule_line_1(printed: Printed) -> None:
    _snap, summary, _data, pages = printed
    for key in ("A", "C", "D", "E", "I"):
        text = "\n".join(schedule_pages(pages, key))
        subtotals = re.findall(r"SUBTOTAL \$\s+(-?[\d,]+\.\d\d)", text)
        total = sum(int(s.replace(",", "").replace(".", "")) for s in subtotals)
        assert subtotals and total == summary.schedules[key]["1"], key


def test_memo_text_follows_its_schedule(printed: Printed) -> None:
    _snap, _summary, _data, pages = printed
    e_last = schedule_pages(pages, "E")[-1]
    after = e_last.split("Schedule E Summary", 1)[1]
    assert "Memo text - Schedule E" in after
    assert "Printing costs were shared with the Measure L committee" in after
    assert sum("Printing costs were shared" in p for p in pages) == 1


def test_cover_page_parts(printed: Printed) -> None:
    _snap, _summary, _data, pages = printed
    cover, part2 = pages[0], pages[1]
    for text in ("1. Type of Recipient Committee", "2. Type of Statement", "Semi-annual Statement",
                 "3. Committee Information", "1420 K Street, Suite 300", "Nguyen, David",
                 "88 Capitol Mall", "4. Verification", "under penalty of perjury",
                 "Signature of Treasurer or Assistant Treasurer", "07/28/2026"):
        assert text in cover, text
    for text in ("5. Officeholder or Candidate Controlled Committee", "Lopez, Maria",
                 "City Council Member", "City of Sacramento", "2215 Capitol Avenue",
                 "6. Primarily Formed Ballot Measure Committee",
                 "7. Primarily Formed Candidate/Officeholder Committee"):
        assert text in part2, text


def test_empty_schedules_are_left_out(demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    pages = page_texts(load_document(store, ids[1]).render())
    present = {k for k in TITLES if schedule_pages(pages, k)}
    assert present == {"A", "B1", "E", "F", "H", "I"}  # no C, D, G or B2 activity
    i_page = schedule_pages(pages, "I")[0]
    assert "No itemized entries this period." in i_page
    assert re.search(r"3\.\s+Total of all interest.*\$\s+7\.50", i_page)
