"""The hand-off bundle: a committee bundled and imported into an empty data file gives
the same statements, summaries and exports; a second import adds nothing; newer data in
the data file is never overwritten silently."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calaccess_desktop.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _committees(db: Path) -> list[int]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("select id from committees order by id")]
    finally:
        con.close()


def _statements(db: Path, committee: int) -> list[tuple[int, str]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute("select id, form_type from statements where committee_id = ? "
                                "order by id", (committee,)))
    finally:
        con.close()


def _outputs(capsys: pytest.CaptureFixture[str], db: Path, sid: int,
             tmp: Path) -> tuple[object, ...]:
    """What the app says about a statement: its export bytes (or refusal) and summary."""
    out_file = tmp / f"s{sid}-{db.stem}.cal"
    code, _o, err = cli(capsys, "export", str(sid), "-o", str(out_file), "--db", str(db))
    exported = out_file.read_bytes() if code == 0 else err.replace(str(out_file), "OUT")
    code_s, summary, err_s = cli(capsys, "summary", str(sid), "--json", "--db", str(db))
    shown = json.loads(summary) if code_s == 0 else err_s.replace(f"statement {sid}", "S")
    return code, exported, code_s, shown


@pytest.mark.parametrize("demo", [["demo"], ["demo", "--all-forms"]])
def test_a_bundle_into_an_empty_file_gives_the_same_statements(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], demo: list[str]) -> None:
    source = tmp_path / "source.sqlite"
    assert cli(capsys, *demo, "--db", str(source))[0] == 0
    compared = 0
    for committee in _committees(source):
        bundle = tmp_path / f"committee-{committee}.zip"
        code, out, err = cli(capsys, "bundle", str(committee), "-o", str(bundle),
                             "--db", str(source))
        assert code == 0, err
        empty = tmp_path / f"empty-{committee}.sqlite"
        code, out, err = cli(capsys, "import-bundle", str(bundle), "--db", str(empty))
        assert code == 0, err
        (new_committee,) = _committees(empty)
        mine, theirs = _statements(source, committee), _statements(empty, new_committee)
        assert [f for _i, f in mine] == [f for _i, f in theirs]
        for (a, _f), (b, _g) in zip(mine, theirs, strict=True):
            first = _outputs(capsys, source, a, tmp_path)
            second = _outputs(capsys, empty, b, tmp_path)
            assert first == second, (a, b)
            compared += first[0] == 0  # exported
        code, out, err = cli(capsys, "import-bundle", str(bundle), "--db", str(empty))
        assert code == 0 and "already the same" in out and "+ " not in out
        assert _statements(empty, new_committee) == theirs  # nothing added the second time
    assert compared >= (3 if demo == ["demo"] else 10)


def test_newer_data_in_the_file_is_never_overwritten_silently(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old-treasurer.sqlite"
    assert cli(capsys, "demo", "--db", str(old))[0] == 0
    bundle = tmp_path / "handoff.zip"
    assert cli(capsys, "bundle", "Maria Lopez for City Council 2026", "-o", str(bundle),
               "--db", str(old))[0] == 0
    new = tmp_path / "new-treasurer.sqlite"
    assert cli(capsys, "import-bundle", str(bundle), "--db", str(new))[0] == 0
    # The new treasurer deletes the 497 and edits the first 460 afterwards.
    assert cli(capsys, "delete", "3", "--yes", "--db", str(new))[0] == 0
    con = sqlite3.connect(new)
    con.execute("update records set amount_cents = amount_cents + 100 where id = "
                "(select min(id) from records where statement_id = 1 and rec_type = 'RCPT')")
    con.execute("update statements set updated_at = '2099-01-01 00:00:00.000000' where id = 1")
    con.commit()
    con.close()
    con = sqlite3.connect(new)
    con.execute("update committees set profile = json_set(profile, '$.Tres_NamL', 'Okonkwo')")
    con.execute("update contacts set employer = 'Retired' where id = (select min(id) from "
                "contacts)")
    con.commit()
    con.close()
    before = new.read_bytes()
    code, out, err = cli(capsys, "import-bundle", str(bundle), "--db", str(new))
    assert code == 1 and "newer versions of 1 statement" in err and "statement 1" in err
    assert "--keep-newer" in err and "Traceback" not in err
    assert new.read_bytes() == before  # nothing written
    code, out, err = cli(capsys, "import-bundle", str(bundle), "--preview", "--db", str(new))
    assert code == 0 and "+ Form 497" in out and "! statement 1" in out
    assert "profile differs in Tres_NamL: yours is kept" in out
    assert "! 1 contact (same name and ZIP code) differ" in out
    code, out, err = cli(capsys, "import-bundle", str(bundle), "--keep-newer", "--db", str(new))
    assert code == 0, err
    con = sqlite3.connect(new)
    kept = con.execute("select updated_at from statements where id = 1").fetchone()[0]
    forms = [r[0] for r in con.execute("select form_type from statements order by id")]
    con.close()
    assert kept.startswith("2099") and forms == ["F460", "F460", "F497"]
    # An older edit in the file is replaced by the bundle's newer version, and said so.
    later = tmp_path / "later.zip"
    con = sqlite3.connect(old)
    con.execute("update statements set updated_at = '2100-01-01 00:00:00.000000', "
                "stmt_type = 'QT' where id = 2")
    con.commit()
    con.close()
    assert cli(capsys, "bundle", "1", "-o", str(later), "--db", str(old))[0] == 0
    code, out, err = cli(capsys, "import-bundle", str(later), "--keep-newer", "--db", str(new))
    assert code == 0 and "~ statement 2: replaced by the bundle's newer version" in out
    # A statement filed in the data file never goes back to the bundle's draft.
    con = sqlite3.connect(new)
    con.execute("update statements set status = 'accepted', locked = 1, updated_at = "
                "'2000-01-01 00:00:00.000000' where id = 2")
    con.commit()
    con.close()
    code, out, err = cli(capsys, "import-bundle", str(bundle), "--db", str(new))
    assert code == 1 and "filed (or queued) in your file, a draft in the bundle" in err
    (backup,) = list((tmp_path / "backups").glob("new-treasurer-bundle-*.sqlite"))[:1] or [None]
    assert backup is not None  # the import was backed up first


def test_rows_of_other_tables_travel_too(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A table the bundle code does not name (the spreadsheet import's memory of contact
    rows imported) comes along by its links, and the entries' fingerprints with their
    records: importing the same sheets into the next treasurer's file adds nothing."""
    sheet = tmp_path / "gifts.csv"
    sheet.write_text(
        "Name,Date,Amount,Address,City,State,Zip,Employer,Occupation\n"
        '"Chen, Amy",03/02/2026,$150.00,12 Oak St,Sacramento,CA,95814,State of California,'
        "Analyst\n"
        '"Diaz, Ben",03/05/2026,$40.00,9 Elm St,Davis,CA,95616,UC Davis,Professor\n')
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,Address,City,State,ZIP\n"
                      "Rosa,Silva,1 A St,Fresno,California,93704-1825\n"
                      "Jae,Kim,2 B St,Davis,CA,95616\n")
    old, new, bundle = tmp_path / "old.sqlite", tmp_path / "new.sqlite", tmp_path / "b.zip"
    assert cli(capsys, "demo", "--db", str(old))[0] == 0
    code, out, err = cli(capsys, "import-sheet", str(sheet), "--statement", "1", "--db",
                         str(old))
    assert code == 0 and "imported 2 row" in out, err
    code, out, err = cli(capsys, "import-sheet", str(people), "--statement", "1",
                         "--schedule", "contacts", "--db", str(old))
    assert code == 0 and "imported 2 row" in out, err
    assert cli(capsys, "bundle", "1", "-o", str(bundle), "--db", str(old))[0] == 0
    assert cli(capsys, "import-bundle", str(bundle), "--db", str(new))[0] == 0

    def marks(db: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        con = sqlite3.connect(db)
        try:
            return (con.execute("select r.tran_id, r.sheet_fp from records r where "
                                "r.sheet_fp is not null order by r.tran_id").fetchall(),
                    con.execute("select c.last_name, s.fingerprint from sheet_rows s join "
                                "contacts c on c.id = s.contact_id order by 1").fetchall())
        finally:
            con.close()

    entries, contacts = marks(new)
    assert len(entries) == 2 and [name for name, _fp in contacts] == ["Kim", "Silva"]
    assert (entries, contacts) == marks(old)
    code, out, err = cli(capsys, "import-sheet", str(sheet), "--statement", "1", "--db",
                         str(new))
    assert code == 0 and "nothing new was found" in out, out + err
    code, out, err = cli(capsys, "import-sheet", str(people), "--statement", "1",
                         "--schedule", "contacts", "--db", str(new))
    assert code == 0 and "nothing new was found" in out, out + err
