"""Helpers for the PDF tests: the demo store, statements built in memory, and the text
of each page as poppler's ``pdftotext -layout`` extracts it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

import pytest

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.snapshot import CommitteeSnap, SnapRecord, StatementSnapshot
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store

if shutil.which("pdftotext") is None:  # pragma: no cover - poppler-utils is installed
    pytest.skip("pdftotext (poppler-utils) is not installed", allow_module_level=True)


def page_texts(data: bytes, *, crop: tuple[float, float, float, float] | None = None,
               page: int | None = None) -> list[str]:
    """Text of each page (``-layout``); ``crop`` = (x, y, w, h) in points from top left."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        cmd = ["pdftotext", "-layout", "-r", "72"]
        if page is not None:
            cmd += ["-f", str(page), "-l", str(page)]
        if crop is not None:
            x, y, w, h = crop
            cmd += ["-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h))]
        out = subprocess.run([*cmd, str(path), "-"], capture_output=True, check=True,
                             text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


TITLE = re.compile(r"^\s{0,4}(COVER PAGE - PART 2|COVER PAGE|SUMMARY PAGE|CONTRIBUTION REPORT|"
                   r"SCHEDULE [A-I](?: - PART [12])?|PART [12]|MEMO TEXT)(?=\s|$)", re.M)


def title_of(page: str) -> str:
    """The form part a page belongs to ("SCHEDULE A", "SUMMARY PAGE", ...)."""
    m = TITLE.search(page)
    return m.group(1) if m else ""


def page_count(data: bytes) -> int:
    """Number of pages according to pypdf."""
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo(store: Store) -> Iterator[tuple[Store, list[int]]]:
    """The demo committee: statements [F460 Jan-Jun, F460 Jul-Sep, F497]."""
    with store.transaction() as session:
        _cid, ids = create_demo(session)
    yield store, ids


def file_statement(store: Store, statement_id: int, filing_id: str,
                   when: dt.datetime) -> None:
    """Mark a statement filed, as the e-file outbox does when the SOS accepts it."""
    with store.transaction() as session:
        stmt = session.get(Statement, statement_id)
        assert stmt is not None
        stmt.status, stmt.filing_id, stmt.filed_at = "filed", filing_id, when


def record(rec_type: str, form_type: str, values: Mapping[str, str],
           seq: int = 0) -> SnapRecord:
    """A snapshot record from named values."""
    fields = fields_for(rec_type, form_type, cvr_form="F460")
    index = {f.name: i for i, f in enumerate(fields)}
    out = [""] * len(fields)
    out[0], out[1] = rec_type, form_type
    for name, value in values.items():
        out[index[name]] = value
    return SnapRecord(tuple(out), seq, seq, "F460")


def contributor(n: int, **extra: str) -> SnapRecord:
    """An itemized Schedule A contribution of ``100 + n`` dollars from "Donor NNN"."""
    values = {"Tran_ID": f"T{n}", "Entity_Cd": "IND", "Ctrib_NamL": f"Donor{n:03d}",
              "Ctrib_NamF": "Pat", "Ctrib_Adr1": f"{n} Elm Street", "Ctrib_City": "Davis",
              "Ctrib_ST": "CA", "Ctrib_ZIP4": "95616", "Ctrib_Occ": "Teacher",
              "Ctrib_Emp": "Davis USD", "Rcpt_Date": "20260310", "Amount": f"{100 + n}.25",
              "Cum_YTD": f"{100 + n}.25", **extra}
    return record("RCPT", "A", values, n)


def snapshot(records: tuple[SnapRecord, ...], *, status: str = "draft",
             filing_id: str = "") -> StatementSnapshot:
    """A Form 460 snapshot built in memory (no store)."""
    cover = record("CVR", "F460", {
        "Filer_ID": "1234567", "Filer_NamL": "Friends of the Library", "Stmt_Type": "SA",
        "From_Date": "20260101", "Thru_Date": "20260630", "Cmtte_Type": "G"})
    return StatementSnapshot(
        committee=CommitteeSnap(1, "1234567", "Friends of the Library", "G", "RCP",
                                MappingProxyType({})),
        statement_id=7, form_type="F460", period_from=dt.date(2026, 1, 1),
        period_through=dt.date(2026, 6, 30), election_date=None, stmt_type="SA",
        report_num=0, original_filing_id="", status=status, filing_id=filing_id,
        filed_at=None, amendment_reason="", cover=cover, records=records)
