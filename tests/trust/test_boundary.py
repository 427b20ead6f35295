"""The one error boundary, through the real command line in a subprocess: a known failure
is its message and exit status, an unexpected one a short message plus a crash report,
Ctrl+C "Stopped.", a closed pipe silence; never a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from calaccess_desktop import __version__, boundary
from calaccess_desktop.errors import UsageError, UserError
from calaccess_desktop.services.store import Store

REPO = Path(__file__).resolve().parents[2]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: logs and settings in tmp_path."""
    env = dict(os.environ, CALACCESS_LOG_DIR=str(tmp_path / "logs"),
               CALACCESS_CONFIG_DIR=str(tmp_path / "config"), PYTHONPATH=str(REPO))
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def cli(tmp_path: Path, *argv: str, patch: str = "", **env: str) -> tuple[int, str, str]:
    """Run ``python -m calaccess_desktop ARGV`` (``patch``: code run first, in the same
    process, to make a service fail); no output may hold a traceback."""
    if patch:
        code = (textwrap.dedent(patch) + "\nimport sys\nfrom calaccess_desktop.cli import main"
                f"\nsys.argv[0] = 'calaccess-desktop'\nsys.exit(main({list(argv)!r}))")
        cmd = [sys.executable, "-c", code]
    else:
        cmd = [sys.executable, "-m", "calaccess_desktop", *argv]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", env=env_for(tmp_path, **env), cwd=tmp_path,
                          timeout=120)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(autouse=True)
def data_file(tmp_path: Path) -> Path:
    """An empty data file at ``s.sqlite``: commands other than demo and import never
    create one, and these tests are about what happens inside a command."""
    Store.open(tmp_path / "s.sqlite").close()
    return tmp_path / "s.sqlite"


def raising(exc: str, module: str = "calaccess_desktop.commands.list_statements",
            name: str = "list_committees") -> str:
    """Code that makes ``module.name`` raise ``exc`` when called."""
    return f"""
        import errno, sqlite3
        import {module} as target
        def fail(*args, **kwargs):
            raise {exc}
        target.{name} = fail
    """


def test_a_user_error_is_its_message_and_exit_status(tmp_path: Path) -> None:
    code, out, err = cli(tmp_path, "summary", "99", "--db", str(tmp_path / "s.sqlite"))
    assert code == 1 and "there is no statement 99" in err.lower() and out == ""
    assert not (tmp_path / "logs").exists()  # a known failure leaves no crash report


def test_an_unexpected_error_is_a_short_message_and_a_crash_report(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    db.unlink()
    assert cli(tmp_path, "demo", "--db", str(db))[0] == 0  # statement 1 is there to file
    patch = raising("RuntimeError('the unexpected')", "calaccess_desktop.services.filing",
                    "queue_statement")
    code, _out, err = cli(tmp_path, "submit", "1", "--server",
                          "https://treasurer:hunter2@efile.example.org", "--db", str(db),
                          patch=patch)
    assert code == 1
    assert err.startswith("Something went wrong that the program did not expect. Nothing was "
                          "changed in your data file. A report was saved to ")
    assert "please send it to the developers" in err and "the unexpected" not in err
    logs = tmp_path / "logs"
    (report,) = logs.iterdir()
    assert str(report) in err
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text()
    assert "Traceback (most recent call last)" in text and "RuntimeError: the unexpected" in text
    assert "queue_statement" in text or "fail" in text
    assert f"calaccess-desktop {__version__}" in text and "platform: " in text
    assert "command line: calaccess-desktop submit 1 --server https://treasurer:***@" in text
    assert "hunter2" not in text


def test_when_the_report_cannot_be_written_there_is_still_no_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    code, _out, err = cli(tmp_path, "list", "--db", str(tmp_path / "s.sqlite"),
                          patch=raising("RuntimeError('boom')"),
                          CALACCESS_LOG_DIR=str(blocker / "logs"))
    assert code == 1
    assert "did not expect" in err and "No report could be saved" in err
    assert "tell the developers" in err


def test_ctrl_c_is_one_line_stopped_exit_130(tmp_path: Path) -> None:
    code, out, err = cli(tmp_path, "list", "--db", str(tmp_path / "s.sqlite"),
                         patch=raising("KeyboardInterrupt()"))
    assert (code, out, err) == (130, "", "Stopped.\n")


@pytest.mark.parametrize(("exc", "words"), [
    ("sqlite3.OperationalError('database is locked')", "is busy: another program is writing"),
    ("sqlite3.DatabaseError('database disk image is malformed')", "is damaged"),
    ("sqlite3.OperationalError('no such table: committees')", "missing part of its contents"),
    ("MemoryError()", "ran out of memory"),
    ("OSError(errno.ENOSPC, 'No space left on device', '/media/usb/data.sqlite')",
     "/media/usb/data.sqlite: The disk is full"),
    ("PermissionError(errno.EACCES, 'Permission denied', '/srv/data.sqlite')",
     "/srv/data.sqlite: Permission denied"),
    ("OSError(errno.EROFS, 'Read-only file system', '/mnt/cd/x')", "read-only file system"),
])
def test_database_file_and_memory_failures_get_plain_words(tmp_path: Path, exc: str,
                                                           words: str) -> None:
    db = tmp_path / "s.sqlite"
    code, _out, err = cli(tmp_path, "list", "--db", str(db), patch=raising(exc))
    assert code == 1 and words in err
    assert "did not expect" not in err and not (tmp_path / "logs").exists()
    assert "Errno" not in err and "OperationalError" not in err


def test_sqlalchemy_wrapped_errors_name_the_data_file(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    patch = raising("__import__('sqlalchemy.exc').exc.OperationalError("
                    "'SELECT 1', {}, sqlite3.OperationalError('database is locked'))",
                    name="open_store")
    code, _out, err = cli(tmp_path, "list", "--db", str(db), patch=patch)
    assert code == 1 and f"The data file {db} is busy" in err and "SELECT" not in err


def test_a_folder_given_as_a_file_is_said_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "statements"
    folder.mkdir()
    code, _out, err = cli(tmp_path, "validate", str(folder))
    assert code == 1 and f"{folder} is a folder, not a file" in err
    assert "Traceback" not in err and "Errno" not in err


def test_a_closed_standard_output_is_silent(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    cli(tmp_path, "demo", "--db", str(db))
    proc = subprocess.Popen([sys.executable, "-m", "calaccess_desktop", "list", "--json",
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env_for(tmp_path), cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert err == ""


def test_output_the_terminal_cannot_encode_never_fails(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    from calaccess_desktop.services.editing import create_committee
    from calaccess_desktop.services.store import Store

    store = Store.open(db)
    with store.transaction() as session:
        create_committee(session, "Friends of Núñez")
    store.close()
    for enc in ({"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"},
                {"PYTHONIOENCODING": "latin-1:strict"}):
        code, out, _err = cli(tmp_path, "list", "--db", str(db), **enc)
        assert code == 0 and "Friends of N" in out and "ez" in out
        code, _out, err = cli(tmp_path, "validate", "Ñandú-€.cal", **enc)
        assert code == 1 and "No such file or folder" in err
        code, _out, err = cli(tmp_path, "summary", "²", **enc)
        assert code == 2 and "is not a statement number" in err


# ----------------------------------------------------------------- the boundary in-process

def test_explain_keeps_user_error_status_and_words() -> None:
    assert boundary.explain(UserError("fix line 3")) == boundary.Outcome("fix line 3", 1)
    assert boundary.explain(UsageError("use -o")).exit_status == 2


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOENT, "No such file or folder"), (errno.EISDIR, "It is a folder"),
    (errno.ENOTDIR, "is a file, not a folder"), (errno.EDQUOT, "quota"),
    (errno.EIO, "input/output error"), (errno.ENAMETOOLONG, "too long"),
])
def test_every_common_os_failure_has_its_own_words(code: int, words: str) -> None:
    message = boundary.os_message(OSError(code, os.strerror(code), "/a/b.cal"))
    assert message.startswith("/a/b.cal: ") and words in message and "Errno" not in message


def test_an_unknown_os_failure_still_names_the_file() -> None:
    message = boundary.os_message(OSError(errno.ENOEXEC, "Exec format error", "/x/y"))
    assert message == "/x/y: The operating system reported a problem (Exec format error). " \
                      "Try again."


def test_redact_removes_passwords_from_the_command_line() -> None:
    argv = ["calaccess-desktop", "--db", "postgresql://ann:s3cret@db.local/x", "--password",
            "pw1", "--api-token=tok", "--password-stdin", "submit", "12"]
    shown = boundary.redact(argv)
    assert shown == ["calaccess-desktop", "--db", "postgresql://ann:***@db.local/x",
                     "--password", "***", "--api-token=***", "--password-stdin", "submit", "12"]


def test_a_sqlite_error_raised_directly_is_explained() -> None:
    outcome = boundary.explain(sqlite3.OperationalError("attempt to write a readonly database"),
                               data_file="/d/f.sqlite")
    assert outcome.message.startswith("The data file /d/f.sqlite is read-only.")


def test_a_misuse_of_the_database_is_a_bug_with_a_crash_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALACCESS_LOG_DIR", str(tmp_path / "logs"))
    outcome = boundary.explain(sqlite3.ProgrammingError("Cannot operate on a closed database."))
    assert outcome.message.startswith(boundary.UNEXPECTED) and outcome.report is not None
    assert "ProgrammingError" in outcome.report.read_text()


def test_an_existing_log_folder_is_made_private(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    monkeypatch.setenv("CALACCESS_LOG_DIR", str(logs))
    report = boundary.explain(RuntimeError("x")).report
    assert report is not None and report.parent == logs
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700


def test_a_write_that_lost_a_race_is_said_in_words(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    monkeypatch.setenv("CALACCESS_LOG_DIR", str(tmp_path / "log"))
    outcome = boundary.explain(StaleDataError("UPDATE statement on table 'records' "
                                              "expected to update 1 row(s); 0 were matched."))
    assert outcome.message == boundary.SAME_MOMENT and outcome.exit_status == 1
    assert not (tmp_path / "log").exists()  # expected, so no crash report


@pytest.mark.parametrize("argv", [
    ["list", "--db", "~no-such-user-here/books.sqlite"],
    ["import", "~no-such-user-here/x.cal"],
    ["backup", "-o", "~no-such-user-here/x.bak"],
])
def test_a_home_folder_of_nobody_is_said_in_words(tmp_path: Path, argv: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """``~NAME`` of a user this computer does not have: plain words, no crash report."""
    from calaccess_desktop.cli import main

    db = ["--db", str(tmp_path / "books.sqlite")] if "--db" not in argv else []
    if argv[0] == "backup":  # something to back up
        assert main(["demo", *db]) == 0
        capsys.readouterr()
    code = main([*argv, *db])
    err = capsys.readouterr().err
    assert code == 1
    assert "this computer has no user by that name" in err and "full path" in err, err
    assert "did not expect" not in err and "Traceback" not in err
