"""A printed statement: a real creation date, a file name with committee, form and
period, and no DRAFT watermark once it is marked ready to file (or waits in the outbox),
with a label saying it is not filed yet. Checked on real PDFs (pypdf, pdftotext) and on
the pixels pdftoppm draws."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.pdf.document import READY_LABEL
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.entries import set_ready
from calaccess_desktop.services.filing.queue import queue_statement
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from tests.pdf.conftest import file_statement, page_texts
from tests.pdf.test_state import watermarked_pages

WATERMARK_GRAY = range(200, 220)  # the watermark strokes are 82% grey (about 209)


@pytest.fixture
def demo(store: Store) -> tuple[Store, list[int]]:
    with store.transaction() as session:
        _cid, ids = create_demo(session)
    return store, list(ids)


def watermark_pixels(data: bytes, tmp_path: Path) -> int:
    """Grey watermark pixels in the middle of page 1, as pdftoppm draws it (PGM)."""
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(pdf)],
                         capture_output=True, check=True).stdout
    magic, width, height, _maxval, pixels = out.split(maxsplit=4)
    assert magic == b"P5"
    w, h = int(width), int(height)
    middle = [pixels[y * w + x] for y in range(h // 3, 2 * h // 3)
              for x in range(w // 4, 3 * w // 4)]
    return sum(1 for p in middle if p in WATERMARK_GRAY)


def test_ready_to_file_prints_without_the_watermark_and_says_not_filed(
        demo: tuple[Store, list[int]], tmp_path: Path) -> None:
    store, ids = demo
    draft = load_document(store, ids[1]).render()
    assert all(watermarked_pages(draft))
    marked = watermark_pixels(draft, tmp_path)

    with store.transaction() as session:
        set_ready(session, ids[1], True)
    ready = load_document(store, ids[1]).render()
    pages = page_texts(ready)
    assert not any(watermarked_pages(ready))
    plain = watermark_pixels(ready, tmp_path)  # antialiased text has some grey too
    assert marked > 2 * plain + 300, (marked, plain)
    for n, text in enumerate(pages, start=1):
        assert READY_LABEL in text, n
        assert "DRAFT" not in text, n
        assert "Filing ID" not in text, n  # not e-filed: the date stamp box stays blank
    assert "(DRAFT)" not in (PdfReader(io.BytesIO(ready)).metadata.title or "")

    with store.transaction() as session:  # back to draft: the watermark returns
        set_ready(session, ids[1], False)
    assert all(watermarked_pages(load_document(store, ids[1]).render()))


def test_a_statement_in_the_outbox_prints_as_ready_and_a_filed_one_with_its_id(
        demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    with store.transaction() as session:
        queue_statement(session, ids[0], server_url="http://127.0.0.1:9/")
        assert session.get(Statement, ids[0]).status == "queued"  # type: ignore[union-attr]
    queued = load_document(store, ids[0]).render()
    assert not any(watermarked_pages(queued))
    assert all(READY_LABEL in p and "DRAFT" not in p for p in page_texts(queued))

    file_statement(store, ids[0], "2509876", dt.datetime(2026, 8, 1, 18, 0, tzinfo=dt.UTC))
    filed = page_texts(load_document(store, ids[0]).render())
    assert all("Filing ID 2509876" in p and READY_LABEL not in p for p in filed)


def test_the_creation_date_is_now(demo: tuple[Store, list[int]],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    store, ids = demo
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = load_document(store, ids[0]).render(max_pages=1)
    after = dt.datetime.now(dt.UTC)
    created = PdfReader(io.BytesIO(data)).metadata.creation_date
    assert created is not None and created.tzinfo is not None
    assert before - dt.timedelta(seconds=1) <= created <= after + dt.timedelta(seconds=1)


def test_the_suggested_file_name_has_committee_form_and_period(
        demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    assert load_document(store, ids[1]).file_name == (
        "Maria-Lopez-for-City-Council-2026_F460_2026-07-01_to_2026-09-19.pdf")
    assert load_document(store, ids[0]).file_name == (
        "Maria-Lopez-for-City-Council-2026_F460_2026-01-01_to_2026-06-30.pdf")
    with store.transaction() as session:  # only safe characters, whatever the name
        committee = session.get(Statement, ids[1]).committee  # type: ignore[union-attr]
        session.get(Committee, committee.id).name = "Sí a la Medida C / Yes on C: 2026!"  # type: ignore[union-attr]
    name = load_document(store, ids[1]).file_name
    assert name == "Si-a-la-Medida-C-Yes-on-C-2026_F460_2026-07-01_to_2026-09-19.pdf"
    late = load_document(store, ids[2]).file_name
    assert late.startswith("Si-a-la-Medida-C-Yes-on-C-2026_F497_") and late.endswith(".pdf")
    assert all(ch.isalnum() or ch in "-_." for ch in late), late


def test_the_print_command_says_how_the_statement_printed(
        demo: tuple[Store, list[int]], db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from calaccess_desktop.cli import main

    store, ids = demo
    with store.transaction() as session:
        set_ready(session, ids[1], True)
    out = tmp_path / "ready.pdf"
    assert main(["--db", str(db_path), "print", str(ids[1]), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "ready to file: printed without the DRAFT mark" in said
    assert not any(watermarked_pages(out.read_bytes()))
