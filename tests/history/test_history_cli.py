"""``import-cal FOLDER`` / ``import-cal FILE...`` through the real command line: a bad file
is reported by file, line and field while the others import, each file on its own, and
the report ends with how many were imported, skipped and failed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services.store import Store
from tests.history.support import history_files
from tests.support.calfiles import join, lines
from tests.support.samplecal import write_filing


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def _break_amount(path: Path) -> int:
    """Put a bad amount on the first contribution; returns its line number."""
    rows = lines(path.read_bytes())
    at = next(i for i, row in enumerate(rows) if row.startswith("RCPT,"))
    fields = rows[at].split(",")
    fields[19] = "12.3.4"  # field #20 Amount of RCPT A
    rows[at] = ",".join(fields)
    path.write_bytes(join(rows))
    return at + 1


def test_a_bad_file_fails_alone_and_the_report_says_where(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = tmp_path / "earlier", tmp_path / "data.sqlite"
    history_files(folder)
    bad_line = _break_amount(folder / "m-later.cal")
    (folder / "notes.txt").write_text("not a CAL file, not looked at")
    code, out, err = run(capsys, "import-cal", str(folder), "--db", str(db))
    assert code == 1
    assert out.splitlines()[-1] == "imported 2, skipped (already there) 0, failed 1"
    assert "failed m-later.cal: 1 problem in the file; nothing of it was imported" in out
    assert f"m-later.cal:{bad_line}: record RCPT A field #20 Amount:" in err
    assert "notes.txt" not in out + err
    store = Store.open(db, create=False)
    try:
        with store.read() as s:
            names = [Path(p).name for p in s.scalars(
                select(Statement.source_file).order_by(Statement.id))]
    finally:
        store.close()
    assert names == ["q-original.cal", "a-amendment.cal"]


def test_the_same_folder_twice_adds_nothing(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = tmp_path / "earlier", tmp_path / "data.sqlite"
    history_files(folder)
    assert run(capsys, "import-cal", str(folder), "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "import-cal", str(folder), "--db", str(db))
    assert code == 0
    assert sum(line.startswith("skipped ") for line in out.splitlines()) == 3
    assert out.splitlines()[-1] == "imported 0, skipped (already there) 3, failed 0"
    listed = json.loads(run(capsys, "list", "--json", "--db", str(db))[1])
    assert [s["status"] for s in listed["committees"][0]["statements"]] == [
        "amended", "filed", "filed"]


def test_files_given_one_by_one_and_a_real_filing(
        tmp_path: Path, sample_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Real CAL-ACCESS rows (a Form 460 of sample records) with hand-made files, named
    on the command line in any order; with --drafts they stay drafts."""
    folder, db = tmp_path / "earlier", tmp_path / "data.sqlite"
    history_files(folder)
    real = write_filing(sample_dir, "F460", tmp_path / "real-460.cal")
    copy = shutil.copy(real, tmp_path / "real-460-copy.cal")
    code, out, err = run(capsys, "import-cal", str(folder / "m-later.cal"), str(real),
                         str(folder / "q-original.cal"), str(copy), "--drafts", "--db", str(db))
    assert code == 0, err
    assert out.splitlines()[-1] == "imported 3, skipped (already there) 1, failed 0"
    cal = read_cal(real.read_bytes(), str(real))
    filed_ids = {r.get("Tran_ID") for r in cal.records if r.get("Tran_ID")}
    store = Store.open(db, create=False)
    try:
        with store.read() as s:
            [sid] = s.scalars(select(Statement.id).where(  # the copy or the file: one
                Statement.source_file.in_([str(real), str(copy)]))).all()
            stored = set(s.scalars(select(Record.tran_id).where(
                Record.statement_id == sid, Record.tran_id.is_not(None))))
            statuses = set(s.scalars(select(Statement.status)))
    finally:
        store.close()
    assert stored == filed_ids and len(filed_ids) > 20
    assert statuses == {"draft"}


def test_one_file_imports_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single file without --filed: a new draft statement, its id printed last (a second
    run makes a second statement, as ``import`` always did)."""
    folder, db = tmp_path / "earlier", tmp_path / "data.sqlite"
    history_files(folder)
    code, out, _ = run(capsys, "import", str(folder / "q-original.cal"), "--db", str(db))
    assert code == 0 and out.splitlines()[-1].isdigit()
    code, out, _ = run(capsys, "import-cal", str(folder / "q-original.cal"), "--filed",
                       "--db", str(db))
    assert code == 0 and out.splitlines()[-1].endswith("skipped (already there) 1, failed 0")


def test_an_empty_folder_is_said_plainly(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "import-cal", str(tmp_path / "empty"),
                         "--db", str(tmp_path / "d.sqlite"))
    assert code == 1
    assert "has no .CAL files in it; nothing was imported" in err
    assert "Traceback" not in out + err


def test_a_pipe_among_the_files_fails_alone_in_words(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """FIFOs named like .CAL files among the ones given each fail on their own (never
    read: it would wait forever), in one plain sentence; the run goes on and exits 1."""
    import os

    pipes = [tmp_path / "a.cal", tmp_path / "b.cal"]
    for pipe in pipes:
        os.mkfifo(pipe)
    code = main(["import-cal", *map(str, pipes), "--db", str(tmp_path / "books.sqlite")])
    out = capsys.readouterr().out
    assert code == 1
    assert "failed a.cal: " in out and "failed b.cal: " in out, out
    assert ("is a pipe (FIFO), not a file; nothing was read. Give the name of a .CAL file; "
            "nothing of it was imported") in out, out
