"""The version is in every file the app writes about a statement: the .CAL header's
software fields, and every PDF's metadata and the footer line of each page (statements,
filing packets and receipts)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from calaccess_desktop import APP_NAME, PRODUCT, __version__
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.demo_forms import create_all_forms
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.filing_packet import write_packet
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.paper_filing import mark_filed
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.receipts import write_receipt
from calaccess_desktop.services.store import Store


@pytest.fixture
def every_form(store: Store) -> dict[str, list[int]]:
    with store.transaction() as session:
        return create_all_forms(session).statements


def test_the_product_names_the_release() -> None:
    major, minor, patch = __version__.split(".")
    assert major.isdigit() and minor.isdigit() and patch.isdigit()
    assert APP_NAME == "calaccess-desktop"
    assert f"{APP_NAME} {__version__}" == PRODUCT


def test_every_cal_file_names_the_software_and_its_version(
        store: Store, every_form: dict[str, list[int]]) -> None:
    exported = 0
    for code, ids in every_form.items():
        if not spec_for(code).has_cal_layout:
            continue
        for sid in ids:
            data = export_statement(store, sid)
            hdr = data.decode("ascii").splitlines()[0].split(",")
            assert hdr[:6] == ["HDR", "CAL", "CA", "2.01", APP_NAME, __version__], (code, hdr)
            cal = read_cal(data, f"{sid}.cal")
            assert cal.errors == [] and cal.header is not None
            assert list(cal.header.values[4:6]) == [APP_NAME, __version__]
            exported += 1
    assert exported >= 10


def test_every_pdf_carries_the_version_in_its_metadata_and_on_every_page(
        store: Store, every_form: dict[str, list[int]]) -> None:
    printed = set()
    for code, ids in every_form.items():
        for sid in ids:
            reader = PdfReader(io.BytesIO(load_document(store, sid).render()))
            assert reader.metadata is not None and reader.metadata.creator == PRODUCT, code
            for number, page in enumerate(reader.pages, start=1):
                text = " ".join(page.extract_text().split())
                assert f"Prepared with {PRODUCT}" in text, (code, sid, number)
            printed.add(code)
    assert {"F460", "F497", "F410", "F450", "F501"} <= printed


def test_the_filing_receipt_carries_the_version_too(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        create_demo(session)
        set_officers(session, 1, ["PRAC-CO"])  # an officer who takes paper
    with store.transaction() as session:
        mark_filed(session, 1, on=dt.date(2026, 7, 30), how="mail", filing_id="PC-0042")
    out = tmp_path / "receipt.pdf"
    write_receipt(store, 1, out)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.creator == PRODUCT
    for page in reader.pages:
        assert f"{PRODUCT} - receipt of submission" in " ".join(page.extract_text().split())


def test_the_filing_packet_carries_the_version_on_every_page(store: Store,
                                                             tmp_path: Path) -> None:
    with store.transaction() as session:
        create_demo(session)
        set_officers(session, 1, ["PRAC-CO"])
    out = tmp_path / "packet.pdf"
    pages = write_packet(store, 2, out)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.creator == PRODUCT
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(texts) == pages and f"{PRODUCT} - filing packet" in texts[0]
    assert all(f"Prepared with {PRODUCT}" in t for t in texts[1:])
