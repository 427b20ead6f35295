"""The state of a printed statement is unmistakable: DRAFT on every page until filed;
filing ID and date once filed; the amended filing and amendment number on amendments."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.editing import amend_statement
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from tests.pdf.conftest import file_statement, page_texts

FILED_AT = dt.datetime(2026, 7, 30, 21, 15, tzinfo=dt.UTC)  # 2:15 pm in Sacramento


def watermarked_pages(data: bytes) -> list[bool]:
    """Per page: is the watermark drawing (a form XObject) placed on it?"""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        out.append(any("cd_watermark" in str(name) for name in xobjects))
    return out


def test_a_draft_is_watermarked_on_every_page(demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    for sid in ids:
        data = load_document(store, sid).render()
        pages = page_texts(data)
        assert all("DRAFT - NOT FILED" in p for p in pages), sid
        assert all(watermarked_pages(data)), sid
        assert "Filing ID" not in "".join(pages)


def test_a_filed_statement_shows_filing_id_and_date_and_no_draft_mark(
        demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    file_statement(store, ids[0], "2501234", FILED_AT)
    data = load_document(store, ids[0]).render()
    pages = page_texts(data)
    assert not any(watermarked_pages(data))
    for n, text in enumerate(pages, start=1):
        assert "DRAFT" not in text, n
        assert "FILED - Filing ID 2501234 - filed 07/30/2026 14:15 PT" in text, n
    assert "E-FILED" in pages[0]


def test_an_amendment_names_the_filing_it_amends_and_its_number(
        demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    file_statement(store, ids[0], "2501234", FILED_AT)
    with store.transaction() as session:
        amendment = amend_statement(session, ids[0], "Corrected a contributor's address")
    data = load_document(store, amendment).render()
    pages = page_texts(data)
    for n, text in enumerate(pages, start=1):
        assert "AMENDMENT No. 1 - amends Filing ID 2501234" in text, n
        assert "DRAFT - NOT FILED" in text, n  # the amendment itself is not filed yet
    cover = pages[0]
    assert "Amendment No. 1 to Filing ID 2501234" in cover
    assert "Explanation: Corrected a contributor's address" in cover
    assert all(watermarked_pages(data))

    # The original still prints as filed; once the amendment is accepted (status
    # 'amended') it also says it was superseded.
    original = page_texts(load_document(store, ids[0]).render())
    assert all("Filing ID 2501234" in p and "DRAFT" not in p for p in original)
    with store.transaction() as session:
        session.get(Statement, ids[0]).status = "amended"  # type: ignore[union-attr]
    original = page_texts(load_document(store, ids[0]).render())
    assert all("Filing ID 2501234" in p and "Superseded by a later amendment" in p
               and "DRAFT" not in p for p in original)
