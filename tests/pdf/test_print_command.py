"""``calaccess-desktop print STATEMENT -o FILE.pdf`` and the printing service; Form 497."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from calaccess_desktop import pdf
from calaccess_desktop.cli import main
from calaccess_desktop.services.editing import create_statement
from calaccess_desktop.services.printing import print_statement
from calaccess_desktop.services.store import Store
from tests.pdf.conftest import page_count, page_texts, title_of


def test_print_command_writes_the_pdf(demo: tuple[Store, list[int]], db_path: Path,
                                      tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "statement.pdf"
    assert main(["--db", str(db_path), "print", "1", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) == 13
    assert capsys.readouterr().out.strip() == (
        f"wrote {out} (13 pages); the statement is a draft: every page is marked DRAFT - NOT "
        "FILED (mark it ready to file in the window to print it for signing)")


def test_print_command_errors_exit_1_and_write_nothing(
        demo: tuple[Store, list[int]], db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "none.pdf"
    assert main(["--db", str(db_path), "print", "99", "-o", str(out)]) == 1
    assert "There is no statement 99" in capsys.readouterr().err
    assert main(["--db", str(db_path), "print", "1", "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    assert f"{tmp_path / 'no' / 'x.pdf'}" in capsys.readouterr().err
    store, _ids = demo
    with store.transaction() as session:
        other = create_statement(session, 1, "F498")  # a form nobody registered
    assert main(["--db", str(db_path), "print", str(other), "-o", str(out)]) == 1
    assert "printing a Form 498 is not supported yet" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cancelled_print_leaves_no_file(demo: tuple[Store, list[int]], tmp_path: Path) -> None:
    store, ids = demo
    out = tmp_path / "cancelled.pdf"
    stop = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        stop.set()

    with pytest.raises(pdf.RenderCancelled):
        print_statement(store, ids[0], out, progress=progress, cancel=stop)
    assert calls == [1] and not out.exists() and not list(tmp_path.glob("*.part"))
    assert print_statement(store, ids[0], out) == 13 and out.exists()


def test_form_497_prints_cover_and_late_contributions(demo: tuple[Store, list[int]]) -> None:
    store, ids = demo
    out = Path(store.location).with_name("497.pdf")
    assert print_statement(store, ids[2], out) == 2
    pages = page_texts(out.read_bytes())
    assert [title_of(p) for p in pages] == ["CONTRIBUTION REPORT", "PART 1"]
    for k, text in enumerate(pages, start=1):
        assert "Maria Lopez for City Council 2026" in text and "1449876" in text
        assert f"Page {k} of 2" in text and "DRAFT - NOT FILED" in text
        assert "11/03/2026" in text  # date of election
    row = next(t for t in pages[1].splitlines() if "Goldberg, Samuel" in t)
    assert "10/12/2026" in row and "IND" in row and row.rstrip().endswith("1,500.00")
    assert "Attorney" in pages[1] and "Goldberg & Ito LLP" in pages[1]
    assert "under penalty of perjury" in pages[0]
