"""Shared set-up for the late-report form tests: a PAC that makes independent
expenditures (the demo committees' value shape), built through the services."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from calaccess_desktop.services.editing import create_committee

ELECTION = dt.date(2026, 11, 3)
PAC_PROFILE = {
    "Filer_NamL": "Californians for Clean Water PAC", "Filer_Adr1": "1121 L Street, Suite 600",
    "Filer_City": "Sacramento", "Filer_ST": "CA", "Filer_ZIP4": "95814",
    "Filer_Phon": "916-555-0177", "File_Email": "treasurer@cleanwaterpac.org",
    "Tres_NamL": "Okonkwo", "Tres_NamF": "Adaeze", "Tres_Adr1": "1121 L Street, Suite 600",
    "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95814",
}


@dataclass(frozen=True)
class Committees:
    """The fields of ``services.demo.DemoCommittees`` the late-report demos use."""

    candidate_committee: int
    pac: int
    small_committee: int
    candidate: int
    election: dt.date = ELECTION


def make_committees(session: Session) -> Committees:
    """A PAC (general purpose, IE committee) and a candidate committee."""
    pac = create_committee(session, "Californians for Clean Water PAC", filer_id="1478001",
                           committee_type="G", entity_cd="RCP", profile=PAC_PROFILE)
    cand = create_committee(session, "Maria Lopez for City Council 2026", filer_id="1449876",
                            committee_type="C", entity_cd="CTL",
                            profile={"Filer_NamL": "Maria Lopez for City Council 2026"})
    return Committees(cand, pac, pac, cand)


def png_pages(pdf: bytes, folder: Path, dpi: int = 60) -> list[Path]:
    """Render every page with pdftoppm; the PNG files, in page order."""
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is needed"
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "doc.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(folder / "page")],
                   check=True, capture_output=True)
    return sorted(folder.glob("page*.png"))
