"""Shared helpers for the Form 450 / 425 / 461 tests: committees like the demo's, the
forms' own demo statements, export and read-back, printing to PNG pages."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import CalFile, read_cal
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import editing
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.validation.findings import Finding

SMALL_PROFILE = {
    "Filer_NamL": "Friends of Midtown Parks", "Filer_Adr1": "2100 P Street",
    "Filer_City": "Sacramento", "Filer_ST": "CA", "Filer_ZIP4": "95816",
    "Filer_Phon": "916-555-0123", "File_Email": "friends@midtownparks.org",
    "Tres_NamL": "Okoye", "Tres_NamF": "Adaeze", "Tres_Adr1": "2100 P Street",
    "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95816",
    "Tres_Phon": "916-555-0124", "Tres_Email": "adaeze@midtownparks.org",
    "Flag1_YN": "N", "Flag2_YN": "N", "Flag3_YN": "N",
}


@dataclass(frozen=True)
class Committees:
    """The part of the demo committees value these forms use."""

    small_committee: int
    candidate_committee: int = 0
    pac: int = 0
    candidate: int = 0


def small_committee(store: Store, committee_type: str = "G", entity: str = "RCP") -> int:
    """A small general purpose committee (not candidate-controlled) with a full profile."""
    with store.transaction() as s:
        return editing.create_committee(s, "Friends of Midtown Parks", filer_id="1460001",
                                        committee_type=committee_type, entity_cd=entity,
                                        profile=SMALL_PROFILE)


def demo_statements(store: Store, code: str, committee: int | None = None) -> list[int]:
    """The form's own demo statements (its FormSpec.demo hook) in the store."""
    cid = committee if committee is not None else small_committee(store)
    spec = form(code)
    assert spec is not None and spec.demo is not None
    with store.transaction() as s:
        return spec.demo(s, Committees(small_committee=cid))


def exported(store: Store, sid: int) -> tuple[bytes, CalFile]:
    """The statement's .CAL bytes and the file read back (no problems allowed)."""
    data = export_statement(store, sid)
    cal = read_cal(data, "export.cal")
    assert not cal.problems, cal.problems
    return data, cal


def errors(findings: list[Finding]) -> list[Finding]:
    """The findings that block filing."""
    return [f for f in findings if f.severity == "error"]


def png_pages(store: Store, sid: int, out: Path) -> tuple[bytes, list[Path]]:
    """Print the statement (the app's print service) and render every page with
    ``pdftoppm -r 60``; returns the PDF and the page images."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is needed to look at printed pages")
    pdf = load_document(store, sid).render()
    path = out / "statement.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(out / "page")],
                   check=True, timeout=120)
    return pdf, sorted(out.glob("page*.png"))


def pdf_text(pdf: bytes, out: Path) -> str:
    """The text of a PDF (pdftotext -layout)."""
    path = out / "text.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, timeout=120)
    return done.stdout.decode("utf-8")


def field_values(records: list) -> list[tuple[str, ...]]:
    """Each record's values padded to its layout's field count (the file writes every
    field; a stored record may omit trailing blanks)."""
    out = []
    for r in records:
        n = max(len(r.fields), len(r.values))
        out.append(tuple(r.values) + ("",) * (n - len(r.values)))
    return out
